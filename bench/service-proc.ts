/**
 * @module The processes of the service bench: `est serve` (or the echo server) as a child, waited
 * for until it prints its address, stopped with SIGTERM; and a PostgreSQL schema of its own per run.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ADMIN_TOKEN = 'bench-admin-token';

export interface Child {
  readonly proc: ChildProcess;
  readonly url: string;
  /** SIGTERM; resolves when the process is gone. */
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

/** Starts `node <args>` in the project and waits for `listening on <url>` on its stdout. */
export function startChild(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Child> {
  const clean = { ...process.env };
  for (const k of ['DATABASE_URL', 'EST_ADMIN_TOKEN', 'EST_DATA_DIR']) delete clean[k];
  const proc = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...clean, EST_ADMIN_TOKEN: ADMIN_TOKEN, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(proc);
  let out = '';
  let err = '';
  proc.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  proc.stderr?.on('data', (b: Buffer) => (err += b.toString()));
  const exited = new Promise<void>((done) =>
    proc.once('exit', () => {
      children.delete(proc);
      done();
    }),
  );
  return new Promise((resolve, reject) => {
    let gone = false;
    void exited.then(() => {
      gone = true;
      reject(new Error(`node ${args.join(' ')} exited before it listened:\n${out}\n${err}`));
    });
    const since = Date.now();
    const poll = () => {
      if (gone) return;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        resolve({
          proc,
          url: m[1] as string,
          stop: () => {
            proc.kill('SIGTERM');
            return exited;
          },
        });
      } else if (Date.now() - since > 120_000) {
        proc.kill('SIGKILL');
        reject(new Error(`node ${args.join(' ')} did not listen in 120 s:\n${out}\n${err}`));
      } else setTimeout(poll, 25);
    };
    poll();
  });
}

/**
 * CPU time (user + system, every thread) a child process has used so far, in milliseconds, read
 * from /proc; NaN where there is no /proc (the rows that need it then say so).
 */
export function cpuMs(child: Child): number {
  try {
    const fields = readFileSync(`/proc/${child.proc.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

/** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in these ticks. */
const CLOCK_TICKS = 100;

/**
 * `est serve --port 0 --rate-limit 0 --data DIR [--db URL] [ARGS]`, with extra node flags
 * (profiling) and extra arguments of est serve.
 */
export function startServe(
  data: string,
  db?: string,
  nodeFlags: readonly string[] = [],
  serveArgs: readonly string[] = [],
): Promise<Child> {
  const args = [
    ...nodeFlags,
    'bin/est.js',
    'serve',
    '--port',
    '0',
    '--rate-limit',
    '0',
    '--data',
    data,
    ...serveArgs,
  ];
  if (db !== undefined) args.push('--db', db);
  return startChild(args);
}

export function startEcho(): Promise<Child> {
  return startChild(['--import', 'tsx', 'bench/service-echo.ts']);
}

/** A fresh schema: the URL that selects it (`options=-c search_path=...`), and its removal. */
export async function freshSchema(
  databaseUrl: string,
  prefix: string,
): Promise<{ url: string; schema: string; drop: () => Promise<void> }> {
  const schema = `${prefix}_${process.pid}_${randomBytes(3).toString('hex')}`;
  const run = async (sql: string) => {
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await run(`CREATE SCHEMA ${schema}`);
  const u = new URL(databaseUrl);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return { url: u.toString(), schema, drop: () => run(`DROP SCHEMA IF EXISTS ${schema} CASCADE`) };
}

/** A metric's value in a Prometheus text exposition (the first series of that name); NaN if absent. */
export function metric(text: string, name: string): number {
  const m = new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text);
  return m === null ? NaN : Number(m[1]);
}
