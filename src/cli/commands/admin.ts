/**
 * @module `est admin token [--reset] --data DIR`: the operator's way back in. The admin token is
 * shown at every start of est serve until its first use (src/server/setup.ts); once used, only its
 * SHA-256 stays in the store, so a lost token can only be replaced: `--reset` makes a new one.
 */
import type { Command } from 'commander';
import {
  ADMIN_TOKEN_FILE,
  ADMIN_TOKEN_HASH,
  DEFAULT_DATA_DIR,
  issueAdminToken,
  unusedAdminToken,
} from '../../server/setup.ts';
import { CliError, openLocalOrFail } from '../io.ts';

interface TokenOptions {
  data: string;
  db?: string;
  reset?: boolean;
}

async function adminToken(opts: TokenOptions): Promise<void> {
  const local = await openLocalOrFail(opts.data, opts.db);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  try {
    const storedHash = await local.log.getSetting(ADMIN_TOKEN_HASH);
    if (!opts.reset) {
      if (storedHash === null)
        throw new CliError(
          `${local.where} has no admin token yet: est serve --data ${opts.data} makes one`,
          1,
        );
      const unused = unusedAdminToken(local.dataDir, storedHash);
      if (unused === null) {
        out('The admin token has been used: only its SHA-256 is kept, so it cannot be shown.');
        out(`Lost it? est admin token --reset --data ${opts.data} makes a new one.`);
      } else {
        out('The admin token (not used yet):');
        out(`  ${unused}`);
      }
      return;
    }
    const token = await issueAdminToken(local.log, local.dataDir);
    out(`A new admin token for ${local.where} (the old one no longer works once est serve restarts):`);
    out(`  ${token}`);
    out(
      `It is kept in ${ADMIN_TOKEN_FILE} (mode 0600) in the data directory and shown at every start until its first use.`,
    );
    out('Restart est serve for it to take effect.');
    if (process.env['EST_ADMIN_TOKEN'])
      process.stderr.write(
        'est: warning: EST_ADMIN_TOKEN is set: est serve uses that token instead while it is set.\n',
      );
  } finally {
    await local.log.close();
  }
}

export function registerAdmin(program: Command): void {
  const admin = program.command('admin').description("the operator's credentials of a depositary");
  admin
    .command('token')
    .description('show the admin token while it is unused, or replace it (--reset)')
    .option('--data <dir>', 'the data directory of est serve', DEFAULT_DATA_DIR)
    .option('--db <spec>', 'the store, as for est serve (default $DATABASE_URL, else DIR/est.db)')
    .option('--reset', 'make a new admin token, replacing the old one (restart est serve after)')
    .addHelpText(
      'after',
      `
The admin token lodges and revokes Parties' keys (Authorization: Bearer <token>). est serve makes it
at first start and shows it at every start until it is first used; then only its SHA-256 is kept.

Examples:
  est admin token --data ./est-data
  est admin token --reset --data ./est-data

Exit status: 0 done; 1 no token yet, or the store failed; 2 bad input.`,
    )
    .action(async (opts: TokenOptions) => {
      await adminToken(opts);
    });
}
