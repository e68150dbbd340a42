/**
 * @module `est witness init` and `est witness serve`: a transparency log witness
 * (c2sp.org/tlog-witness) that cosigns the depositary's checkpoints (c2sp.org/tlog-cosignature)
 * only while they stay consistent with what it cosigned before.
 */
import type { Command } from 'commander';
import { sha256 } from '../../log/node-crypto.ts';
import type { NoteKey } from '../../log/note.ts';
import { parseVerifierKey } from '../../log/note.ts';
import { startServer } from '../../server/node.ts';
import { createWitnessApp } from '../../witness/app.ts';
import { WitnessKeyError, initWitnessKey, keyFileTooOpen, loadWitnessKey } from '../../witness/key.ts';
import { WitnessStore } from '../../witness/store.ts';
import { Witness } from '../../witness/witness.ts';
import { CliError, closeOnSignals, listenFailure, parsePort } from '../io.ts';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

async function logKeys(vkeys: readonly string[]): Promise<NoteKey[]> {
  const out: NoteKey[] = [];
  for (const text of vkeys) {
    const key = await parseVerifierKey(sha256, text.trim());
    if (key === null) {
      throw new CliError(
        `--log ${text}: not an Ed25519 log verifier key (<origin>+<hex key id>+<base64 of 0x01 and the 32-byte key>; \`est serve --print-verifier-key\` prints the depositary's)`,
      );
    }
    if (!out.some((k) => k.name === key.name && k.id.every((b, i) => b === key.id[i]))) out.push(key);
  }
  return out;
}

async function init(opts: { name: string; data: string }): Promise<void> {
  try {
    const made = await initWitnessKey(opts.data, opts.name);
    process.stdout.write(`${made.verifierKey}\n`);
    process.stderr.write(
      `est witness: wrote the key of ${made.key.name} to ${made.file} (mode 0600); keep it, and give the verifier key above to the logs' clients (a policy line: witness NAME <vkey> <url>)\n`,
    );
  } catch (e) {
    if (e instanceof WitnessKeyError) throw new CliError(e.message);
    throw e;
  }
}

async function serve(opts: { data: string; host: string; port: string; log?: string[] }): Promise<void> {
  const port = parsePort(opts.port);
  if (opts.log === undefined || opts.log.length === 0) {
    throw new CliError(
      '--log VKEY: name at least one log to witness (the depositary prints its key with est serve --print-verifier-key)',
    );
  }
  const logs = await logKeys(opts.log);
  let key;
  try {
    key = await loadWitnessKey(opts.data);
  } catch (e) {
    if (e instanceof WitnessKeyError) throw new CliError(e.message);
    throw e;
  }
  if (keyFileTooOpen(key.file)) {
    process.stderr.write(
      `est witness: warning: ${key.file} can be read by others than its owner (chmod 600 it)\n`,
    );
  }
  let store: WitnessStore;
  try {
    store = WitnessStore.open(opts.data);
  } catch (e) {
    throw new CliError(`cannot open the witness's store in ${opts.data}: ${(e as Error).message}`, 1);
  }
  const witness = new Witness({ store, key, logs });
  const app = createWitnessApp({ witness, store });
  let server;
  try {
    server = await startServer({ app, host: opts.host, port });
  } catch (e) {
    store.close();
    throw new CliError(listenFailure(opts.host, port, e), 1);
  }

  closeOnSignals('est witness', () => server.close().then(() => store.close()));

  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`est witness: ${witness.name} is listening on ${server.url}`);
  out(`  verifier key    ${witness.verifierKey}`);
  out(`  data directory  ${opts.data}`);
  for (const l of witness.logs()) {
    const at = l.cosigned === null ? 'nothing cosigned yet' : `last cosigned size ${l.cosigned.size}`;
    out(`  log             ${l.origin} (${at})`);
  }
  out(`  add-checkpoint  POST ${server.url}/add-checkpoint   evidence  GET ${server.url}/evidence`);
}

export function registerWitness(program: Command): void {
  const witness = program
    .command('witness')
    .description('run a transparency log witness that cosigns consistent checkpoints (c2sp.org/tlog-witness)')
    .addHelpText(
      'after',
      `
A witness keeps, for each log it witnesses, the last checkpoint it cosigned, and cosigns a new one
only with a consistency proof from it: a log that shows two histories is refused by the witnesses
that saw the other, and their refusals are kept as evidence (GET /evidence).

Examples:
  est witness init --name witness.example.org/w1 --data ./w1
  est witness serve --data ./w1 --port 7380 --log "$(est serve --print-verifier-key --data ./est-data)"`,
    );

  witness
    .command('init')
    .description("make the witness's Ed25519 key and print its verifier key")
    .requiredOption('--name <name>', 'the witness name, usually a schema-less URL (witness.example.org/w1)')
    .requiredOption('--data <dir>', 'the data directory (created if needed); the key goes to DIR/witness.key')
    .addHelpText(
      'after',
      `
Prints the verifier key alone on standard output, <name>+<hex key id>+<base64 of 0x04 and the key>
(c2sp.org/tlog-cosignature), for the logs' clients to put in their policies. The key file has mode
0600 and is never overwritten: a witness keeps its key for life.

Exit status: 0 made; 2 bad input (a bad name, a key already there).`,
    )
    .action(init);

  witness
    .command('serve')
    .description('serve POST /add-checkpoint (c2sp.org/tlog-witness), GET /evidence and GET /healthz')
    .requiredOption('--data <dir>', 'the data directory made by est witness init (its key and its store)')
    .option('--host <host>', 'the address to listen on', '127.0.0.1')
    .requiredOption('--port <port>', 'the port to listen on (0: any free port)')
    .option(
      '--log <vkey>',
      'a log to witness: its verifier key, named after its origin (repeatable)',
      collect,
    )
    .addHelpText(
      'after',
      `
POST /add-checkpoint takes "old <size>", consistency proof lines, a blank line and the signed
checkpoint, and answers:
  200  the cosignature line(s), "— <name> <base64>"
  400  a malformed body, or an old size above the checkpoint's size
  403  no signature verifies with a key given by --log for the checkpoint's origin
  404  the origin is not one given by --log
  409  text/x.tlog.size "<size>\\n": the old size is not the size last cosigned; resend from it
  409  problem+json "fork": the size last cosigned, with another root
  422  the consistency proof does not verify
Each checkpoint is recorded (SQLite, DIR/witness.db) before the answer. Refused checkpoints signed
by a trusted log are listed at GET /evidence.

Exit status: 0 stopped; 1 cannot listen or open the store; 2 bad input (no key, a bad --log key).`,
    )
    .action(serve);
}
