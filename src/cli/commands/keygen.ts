/** @module `est keygen --party RU --out ru.key`: a Party's Ed25519 key, and how to have it lodged. */
import type { Command } from 'commander';
import { KeyFileError, writeKeyFile } from '../../client/keys.ts';
import { toBase64 } from '../../log/bytes.ts';
import { keyIdOf } from '../../log/entry.ts';
import { newKeyPair, sha256 } from '../../log/node-crypto.ts';
import { partyIdProblem } from '../../log/filing-act.ts';
import { CliError } from '../io.ts';

const DEFAULT_SERVER = 'http://127.0.0.1:8080';

/**
 * A Party id a key may be made for: one that files under its own key, by the rule the depositary
 * applies to filings and to lodging keys (src/log/record.ts), so a key made here can be lodged.
 */
export function checkPartyId(party: string, option = '--party'): string {
  const problem = partyIdProblem(party);
  if (problem !== null) throw new CliError(`${option} ${problem}`);
  return party;
}

const shellQuote = (s: string): string => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

export function registerKeygen(program: Command): void {
  program
    .command('keygen')
    .description("make a Party's Ed25519 signing key, and print the public key to lodge")
    .requiredOption('--party <id>', 'the Party the key is for (RU, NATO, x:name)')
    .requiredOption('--out <file>', 'where to write the private key (mode 0600)')
    .option('--force', 'replace the file if it exists')
    .option('--server <url>', 'the depositary, for the lodging hint (default $EST_SERVER or 127.0.0.1:8080)')
    .option('--json', 'print { party, keyId, publicKey, file } as JSON')
    .addHelpText(
      'after',
      `
The key file is JSON: { "type": "est-ed25519-key", "party", "keyId", "publicKey", "seed" }, the seed
being the private key (base64 of 32 bytes). Keep it secret: the depositary never holds it. Only its
public key is lodged, by the depositary's operator.

Examples:
  est keygen --party RU --out ru.key
  est keygen --party NATO --out nato.key --server https://depositary.example --json

Exit status: 0 written; 2 bad input (unknown Party, the file exists without --force).`,
    )
    .action((opts: { party: string; out: string; force?: boolean; server?: string; json?: boolean }) => {
      const party = checkPartyId(opts.party);
      const { seed, publicKey } = newKeyPair();
      try {
        writeKeyFile(opts.out, { party, seed, publicKey }, { force: opts.force === true });
      } catch (e) {
        if (e instanceof KeyFileError) throw new CliError(e.message);
        throw e;
      }
      const keyId = keyIdOf(sha256, publicKey);
      const pub = toBase64(publicKey);
      if (opts.json) {
        process.stdout.write(
          `${JSON.stringify({ party, keyId, publicKey: pub, file: opts.out }, null, 2)}\n`,
        );
        return;
      }
      const server = (opts.server ?? process.env['EST_SERVER'] ?? DEFAULT_SERVER).replace(/\/+$/, '');
      const body = JSON.stringify({ publicKey: pub });
      process.stdout.write(
        `Wrote the private key of ${party} to ${opts.out} (mode 0600). Keep it secret; never send it.

party       ${party}
public key  ${pub}
key id      ${keyId}

The depositary's operator lodges the public key with:

  curl -X POST ${shellQuote(`${server}/api/v1/admin/parties/${encodeURIComponent(party)}/keys`)} \\
    -H "Authorization: Bearer $EST_ADMIN_TOKEN" -H 'Content-Type: application/json' \\
    -d ${shellQuote(body)}

Then ${party} files its acts with:

  est submit --server ${shellQuote(server)} --key ${shellQuote(opts.out)} act.yaml
`,
      );
    });
}
