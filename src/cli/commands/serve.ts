/**
 * @module `est serve`: the depositary service. Opens the data directory and the store, files the
 * demo history into an empty log with `--demo`, listens, and closes cleanly on Ctrl-C or SIGTERM.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { Option } from 'commander';
import { fileDemo } from '../../app/demo.ts';
import { Witnesses } from '../../app/witnesses.ts';
import { sha256 } from '../../log/node-crypto.ts';
import type { Policy } from '../../log/policy.ts';
import { PolicyError, parsePolicy } from '../../log/policy.ts';
import { createApp } from '../../server/app.ts';
import { startServer } from '../../server/node.ts';
import type { Setup } from '../../server/setup.ts';
import { DEFAULT_DATA_DIR, EXIT_TRY_LATER, SetupError, adminTokenUsed, setUp } from '../../server/setup.ts';
import type { DemoWitnesses } from '../demo-witnesses.ts';
import { startDemoWitnesses } from '../demo-witnesses.ts';
import { CliError, closeOnSignals, listenFailure, parsePort } from '../io.ts';

/** The built web UI (npm install builds it), served at `/` by est serve and est mirror when present. */
export const WEB_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'web', 'dist');

interface ServeOptions {
  host: string;
  port: string;
  data?: string;
  db?: string;
  origin?: string;
  demo?: boolean;
  exercise?: boolean;
  acceptRulesChange?: boolean;
  receiptProofs?: boolean;
  rateLimit?: string;
  witnessPolicy?: string;
  demoWitnesses?: boolean;
  printVerifierKey?: boolean;
}

/** Reads a c2sp.org/tlog-policy file; its errors name the file and the line. */
async function readPolicy(file: string): Promise<{ policy: Policy; text: string }> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(
      `--witness-policy ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
    );
  }
  try {
    return { policy: await parsePolicy(text, sha256, file), text };
  } catch (e) {
    if (e instanceof PolicyError) throw new CliError(e.message);
    throw e;
  }
}

function parseRate(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,9}$/.test(text))
    throw new CliError(`--rate-limit ${text}: expected a whole number (0: no limit)`);
  return Number(text);
}

const storeName = (s: Setup): string =>
  s.spec.kind === 'postgres' ? `postgres (${s.log.name})` : s.log.name;

async function serve(opts: ServeOptions): Promise<void> {
  const port = parsePort(opts.port);
  const rate = parseRate(opts.rateLimit);
  if (opts.witnessPolicy !== undefined && opts.demoWitnesses)
    throw new CliError('--witness-policy and --demo-witnesses: give one or the other');
  let policy = opts.witnessPolicy === undefined ? null : await readPolicy(opts.witnessPolicy);
  // The demo steps the depositary's clock through its dates; afterwards it reads the real one.
  let demoTime: Date | null = null;
  let setup: Setup;
  try {
    setup = await setUp({
      dataDir: opts.data,
      db: opts.db,
      origin: opts.origin,
      acceptRulesChange: opts.acceptRulesChange === true,
      receiptProofs: opts.receiptProofs !== false,
      exercise: opts.demo === true || opts.exercise === true,
      clock: () => demoTime ?? new Date(),
      // Printing the key reads what a running service pinned: it takes no lock.
      lock: opts.printVerifierKey !== true,
      // Another process writes to the store now: this one stops rather than serve a stale record.
      onWriterLockTaken: (holder) => {
        process.stderr.write(
          `est serve: another process took this store's writer lock while this one's connection was down: ${holder}. It writes now; this one stops (exit ${EXIT_TRY_LATER})\n`,
        );
        process.exitCode = EXIT_TRY_LATER;
        process.kill(process.pid, 'SIGTERM');
      },
    });
  } catch (e) {
    if (e instanceof SetupError) {
      const cause = e.cause instanceof Error ? `: ${e.cause.message}` : '';
      throw new CliError(`${e.message}${cause}`, e.exitCode);
    }
    throw e;
  }
  const { depositary, log } = setup;
  if (setup.adminTokenFrom === 'env' && (process.env['EST_ADMIN_TOKEN'] ?? '').length < 16)
    process.stderr.write(
      'est serve: warning: EST_ADMIN_TOKEN is shorter than 16 characters, which can be guessed; use a long random one (e.g. openssl rand -base64 32)\n',
    );
  const out = (line: string) => process.stdout.write(`${line}\n`);
  if (opts.printVerifierKey) {
    out(depositary.verifierKey);
    await setup.close();
    return;
  }
  if (policy !== null && !policy.policy.logs.some((l) => l.vkey === depositary.verifierKey))
    process.stderr.write(
      `est serve: warning: ${opts.witnessPolicy} lists no log line with this depositary's key (${depositary.verifierKey}); clients using it will not trust these checkpoints\n`,
    );

  if (opts.demo && depositary.size === 0) {
    const r = await fileDemo(depositary, (at) => (demoTime = at));
    demoTime = null;
    out(`demo: filed ${r.filed} signed acts dated ${r.from} to ${r.to} (${r.refused} refused by the treaty)`);
  } else if (opts.demo) {
    out(`demo: the log already holds ${depositary.size} entries; nothing filed`);
  }

  let demoWitnesses: DemoWitnesses | null = null;
  if (opts.demoWitnesses) {
    try {
      demoWitnesses = await startDemoWitnesses(setup.dataDir, depositary.verifierKey);
    } catch (e) {
      await setup.close();
      throw new CliError(`cannot start the demo witnesses: ${e instanceof Error ? e.message : String(e)}`, 1);
    }
    opts.witnessPolicy = demoWitnesses.policyFile;
    policy = await readPolicy(demoWitnesses.policyFile);
  }
  // c2sp.org/tlog-witness: after each committed batch, the witnesses of the policy are asked to
  // cosign; the API serves the newest checkpoint whose cosignatures meet the quorum.
  const witnesses =
    policy === null
      ? undefined
      : await Witnesses.start({
          policy: policy.policy,
          text: policy.text,
          log: {
            get size() {
              return depositary.size;
            },
            checkpoint: () => depositary.checkpoint(),
            consistencyProof: (from, to) => depositary.consistencyProof(from, to),
            subscribe: (listener) => depositary.subscribe(() => listener()),
            getSetting: (name) => log.getSetting(name),
            setSetting: (name, value) => log.setSetting(name, value),
            addWitnessed: (size, quorumTime) => log.addWitnessed(size, quorumTime),
            witnessedAt: (index) => log.witnessedAt(index),
          },
        });
  const shutdown = new AbortController();
  const webRoot = WEB_ROOT;
  const hasWeb = existsSync(join(webRoot, 'index.html'));
  const app = createApp({
    depositary,
    log,
    adminTokenHash: setup.adminTokenHash,
    ...(setup.newAdminToken === null ? {} : { onAdminTokenUsed: () => adminTokenUsed(setup.dataDir) }),
    signal: shutdown.signal,
    ...(witnesses === undefined ? {} : { witnesses }),
    limits: rate === undefined ? {} : { ratePerSecond: rate },
    ...(hasWeb ? { webRoot } : {}),
  });
  let server;
  try {
    server = await startServer({ app, host: opts.host, port });
  } catch (e) {
    await setup.close();
    throw new CliError(
      listenFailure(
        opts.host,
        port,
        e,
        ` Nothing was lost${setup.newAdminToken === null ? '' : '; the admin token is shown again at the next start, until its first use'}.`,
      ),
      1,
    );
  }

  // Before the banner: whoever reads the address may stop the service at once.
  closeOnSignals(
    'est serve',
    () =>
      server
        .close()
        .then(() => witnesses?.close())
        .then(() => demoWitnesses?.stop())
        .then(() => setup.close()),
    { first: () => shutdown.abort() },
  );

  out(`est serve: the depositary is listening on ${server.url}`);
  out(`  data directory  ${setup.dataDir}`);
  out(`  store           ${storeName(setup)}`);
  out(
    `  log             ${depositary.size} ${depositary.size === 1 ? 'entry' : 'entries'}, treaty ${depositary.treaty}`,
  );
  out(`  origin          ${setup.origin}`);
  if (setup.mode === 'exercise')
    out('  mode            EXERCISE: the filings are invented for training, not the historical record');
  out(`  verifier key    ${depositary.verifierKey}`);
  if (witnesses !== undefined)
    out(
      `  witnesses       ${witnesses.policy.witnesses.map((w) => w.name).join(', ')}; quorum ${witnesses.policy.quorum} (${opts.witnessPolicy})`,
    );
  if (setup.adminTokenFrom === 'env') out('  admin token     from EST_ADMIN_TOKEN');
  if (setup.newAdminToken !== null) {
    out('');
    out(
      `  ADMIN TOKEN (${setup.adminTokenFrom === 'unused' ? 'not used yet' : 'new'}; shown at every start until its first use, then only its SHA-256 is kept):`,
    );
    out(`    ${setup.newAdminToken}`);
    out('  Keep it secret. It lodges and revokes Parties\u2019 keys: Authorization: Bearer <token>.');
  }
  if (setup.adminTokenFrom === 'store')
    out(
      `  Lost the admin token? est admin token --reset --data ${setup.dataDir} makes a new one (then restart).`,
    );
  out('');
  out(
    hasWeb
      ? `  open ${server.url}/ in a browser, or: curl ${server.url}/api/v1/treaty   (Ctrl-C stops)`
      : `  try: curl ${server.url}/api/v1/treaty   (Ctrl-C stops; the web UI is not built: npm run build:web)`,
  );
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the depositary service: signed filings, the transparency log, the HTTP API')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0: any free port)', '8080')
    .option('--data <dir>', `data directory (default: EST_DATA_DIR or ${DEFAULT_DATA_DIR})`)
    .option('--db <file|url>', 'a SQLite file or postgres://... (default: DATABASE_URL or DIR/est.db)')
    .option('--origin <name>', "the log's origin, fixed at first start (default: est.depositary/<hostname>)")
    .option(
      '--demo',
      'file a demo history (signed, dated 2010-2012, invented) into a new exercise log (implies --exercise)',
    )
    .option(
      '--exercise',
      'make a new log an exercise (training, simulation): its origin ends in /exercise and every view says so',
    )
    // The benchmark's baseline only (npm run bench): receipts without checkpoint and proof.
    .addOption(new Option('--no-receipt-proofs').hideHelp())
    .option(
      '--accept-rules-change',
      'when the rules of this build decide logged filings otherwise, log the change and go on',
    )
    .option(
      '--rate-limit <n>',
      'requests per second per client address to /api and /tlog (burst: twice the rate, at least 20; 0: no limit, and lifts the health and web-file limits; default 10000)',
    )
    .option(
      '--witness-policy <file>',
      'a c2sp.org/tlog-policy file: ask its witnesses to cosign, and serve the checkpoint its quorum cosigned',
    )
    .option(
      '--demo-witnesses',
      'start three local demo witnesses (separate processes, DIR/demo-witnesses) and require all three to cosign',
    )
    .option(
      '--print-verifier-key',
      "print the depositary's verifier key (making the key if missing; a new log with --demo or --exercise is made an exercise first) and exit",
    )
    .addHelpText(
      'after',
      '\nExamples:\n  est serve --demo                      the service with a demo history, on SQLite in ./est-data\n  est serve --db postgres://localhost/est --port 8443\n  EST_ADMIN_TOKEN=... est serve --data /var/lib/est',
    )
    .action((opts: ServeOptions) => serve(opts));
}
