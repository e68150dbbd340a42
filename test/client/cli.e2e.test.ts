/**
 * The Party's and the auditor's commands end to end: `est keygen`, `est submit`, `est verify` and
 * `est log export`, each run as a child process against a real `est serve` on a SQLite data
 * directory (started with --port 0), and against that directory's store directly. Rows are changed
 * in the database behind the server's back to show that verify names the changed entry.
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'est.js');
const TOKEN = 'cli-e2e-admin-token';

/** The environment of every child: no store, server or token leaks in from the caller's. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const k of ['DATABASE_URL', 'EST_ADMIN_TOKEN', 'EST_DATA_DIR', 'EST_SERVER']) delete env[k];
  return { ...env, ...extra };
}

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `est ...` without blocking this process (the server under test may be in it). */
function est(args: readonly string[], options: { cwd?: string; input?: string } = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: cleanEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

const show = (r: Run): string => `exit ${r.code}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;

interface Server {
  readonly proc: ChildProcess;
  readonly url: string;
  stop(): Promise<number | null>;
}

/** `est serve --port 0` on a data directory, once it prints its address. */
function serve(data: string, extra: readonly string[] = []): Promise<Server> {
  const proc = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', data, ...extra], {
    cwd: ROOT,
    env: cleanEnv({ EST_ADMIN_TOKEN: TOKEN }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const exited = new Promise<number | null>((done) => proc.once('exit', (code) => done(code)));
  return new Promise((started, fail) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      fail(new Error(`est serve did not start:\n${out}\n${err}`));
    }, 30_000);
    proc.stderr?.on('data', (b: Buffer) => (err += b.toString()));
    proc.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m && out.includes('Ctrl-C stops')) {
        clearTimeout(timer);
        started({
          proc,
          url: m[1] as string,
          stop: () => {
            proc.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`est serve exited with ${code}:\n${out}\n${err}`));
    });
  });
}

const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'est-cli-'));
  dirs.push(d);
  return d;
};
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Lodges the public key of a key file with the operator's token. */
/** Lodges a key file's key; the index of the entry that lodged it. */
async function lodge(server: Server, keyFile: string): Promise<number> {
  const { party, publicKey } = JSON.parse(readFileSync(keyFile, 'utf8')) as {
    party: string;
    publicKey: string;
  };
  const r = await fetch(`${server.url}/api/v1/admin/parties/${party}/keys`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ publicKey }),
  });
  const text = await r.text();
  assert.equal(r.status, 201, text);
  return (JSON.parse(text) as { receipt: { index: number } }).receipt.index;
}

/** Changes a stored entry's leaf in the SQLite file, as someone with access to the database could. */
function tamperRow(dbFile: string, index: number, change: (leaf: string) => string): void {
  const db = new Database(dbFile);
  try {
    db.exec('DROP TRIGGER IF EXISTS entries_no_update');
    const leaf = db.prepare('SELECT leaf FROM entries WHERE idx = ?').pluck().get(index) as string;
    const changed = change(leaf);
    assert.notEqual(changed, leaf);
    db.prepare('UPDATE entries SET leaf = ? WHERE idx = ?').run(changed, index);
  } finally {
    db.close();
  }
}

/** A receipt time moved by a millisecond: no check of the entry itself can see it. */
const nudge = (leaf: string): string =>
  leaf.replace(/"receivedAt":"([^"]*)\.(\d{3})Z"/, (_m, s: string, ms: string) => {
    const n = (Number(ms) + 1) % 1000;
    return `"receivedAt":"${s}.${String(n).padStart(3, '0')}Z"`;
  });

describe('est keygen', () => {
  it('writes a key readable by its owner only, and prints the public key, its id and how to lodge it', async () => {
    const dir = tempDir();
    const r = await est(['keygen', '--party', 'RU', '--out', 'ru.key', '--server', 'http://d.example:8080'], {
      cwd: dir,
    });
    assert.equal(r.code, 0, show(r));
    assert.equal(statSync(join(dir, 'ru.key')).mode & 0o777, 0o600);
    const key = JSON.parse(readFileSync(join(dir, 'ru.key'), 'utf8')) as Record<string, string>;
    assert.match(r.stdout, new RegExp(`public key  ${key['publicKey']!.replace(/[+/]/g, '\\$&')}`));
    assert.match(r.stdout, new RegExp(`key id      ${key['keyId']}`));
    assert.match(r.stdout, /curl -X POST http:\/\/d\.example:8080\/api\/v1\/admin\/parties\/RU\/keys/);
    assert.match(r.stdout, /est submit --server http:\/\/d\.example:8080 --key ru\.key act\.yaml/);
    assert.equal(r.stderr, '');
  });

  it('refuses to overwrite a key file unless --force', async () => {
    const dir = tempDir();
    assert.equal((await est(['keygen', '--party', 'RU', '--out', 'ru.key'], { cwd: dir })).code, 0);
    const before = readFileSync(join(dir, 'ru.key'), 'utf8');
    const again = await est(['keygen', '--party', 'RU', '--out', 'ru.key'], { cwd: dir });
    assert.equal(again.code, 2, show(again));
    assert.equal(again.stderr, 'est: ru.key exists; add --force to replace it\n');
    assert.equal(readFileSync(join(dir, 'ru.key'), 'utf8'), before);
    const forced = await est(['keygen', '--party', 'RU', '--out', 'ru.key', '--force', '--json'], {
      cwd: dir,
    });
    assert.equal(forced.code, 0, show(forced));
    assert.notEqual(readFileSync(join(dir, 'ru.key'), 'utf8'), before);
    assert.equal(statSync(join(dir, 'ru.key')).mode & 0o777, 0o600);
    const printed = JSON.parse(forced.stdout) as { party: string; keyId: string };
    assert.equal(printed.party, 'RU');
    assert.match(printed.keyId, /^[0-9a-f]{16}$/);
  });

  it('refuses what is not a Party, without a stack trace', async () => {
    const dir = tempDir();
    for (const party of ['XX', 'UNSC', 'DEPOSITARY']) {
      const r = await est(['keygen', '--party', party, '--out', 'k.key'], { cwd: dir });
      assert.equal(r.code, 2, show(r));
      assert.match(r.stderr, /^est: --party /);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    }
  });
});

describe('est submit, verify and log export against est serve', () => {
  let dir: string;
  let data: string;
  let server: Server;
  /** The entries before the filings: the keys lodged. */
  let base: number;
  before(async () => {
    dir = tempDir();
    data = join(dir, 'data');
    server = await serve(data);
    for (const p of ['RU', 'GB', 'BY']) {
      const r = await est(['keygen', '--party', p, '--out', `${p.toLowerCase()}.key`], { cwd: dir });
      assert.equal(r.code, 0, show(r));
    }
    await lodge(server, join(dir, 'ru.key'));
    base = (await lodge(server, join(dir, 'gb.key'))) + 1;
  });
  after(async () => {
    await server?.stop();
  });

  it('submit: files an act and prints the receipt', async () => {
    writeFileSync(join(dir, 'sign.yaml'), '# RU signs\nact: sign\n');
    const r = await est(['submit', '--server', server.url, '--key', 'ru.key', 'sign.yaml'], { cwd: dir });
    assert.equal(r.code, 0, show(r));
    assert.match(
      r.stdout,
      new RegExp(`^Logged as entry ${base}, received \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z \\(RU, seq 1\\)\\.`),
    );
    assert.match(r.stdout, /leaf hash {2}[A-Za-z0-9+/]{43}=/);
    assert.match(r.stdout, /rules {6}est-rules\/\S+/);
    assert.match(r.stdout, /outcome {4}accepted/);
    assert.doesNotMatch(r.stdout, /EXERCISE/, 'a record is not called an exercise');
  });

  it('submit: a filing the treaty refuses is logged; exit 0, with each violation', async () => {
    const r = await est(['submit', '--server', server.url, '--key', 'gb.key', '-'], {
      cwd: dir,
      input: '{ "act": "ratify" }',
    });
    assert.equal(r.code, 0, show(r));
    assert.match(r.stdout, new RegExp(`Logged as entry ${base + 1}`));
    assert.match(r.stdout, /REFUSED under the treaty; the filing stays in the log as evidence/);
    assert.match(r.stdout, /not_a_signatory \(EST 11\): /);
  });

  it('submit --json prints the receipt', async () => {
    const r = await est(['submit', '--server', server.url, '--key', 'ru.key', '--json', '-'], {
      cwd: dir,
      input: 'act: ratify\n',
    });
    assert.equal(r.code, 0, show(r));
    const receipt = JSON.parse(r.stdout) as { index: number; outcome: { accepted: boolean } };
    assert.equal(receipt.index, base + 2);
    assert.equal(receipt.outcome.accepted, true);
  });

  it('submit: a malformed act is exit 2, checked before anything is filed', async () => {
    const cases: [string, RegExp][] = [
      ['act: sgin\n', /act\.act: unknown act 'sgin' \(did you mean sign\?\)/],
      ['act: sign\non: 2010-01-01\n', /act\.on: a filed act carries no 'on'/],
      ['act: sign\nby: RU\n', /act\.by: a filed act carries no 'by'/],
      ['- act: sign\n', /expected one act \(a map/],
      ['act: sign\n---\nact: ratify\n', /2 YAML documents; a filing is one act/],
      ['act: [\n', /^est: \(stdin\):\d+:\d+: /],
      ['act: close\nprocedure: c-1\n', /filed by the depositary's operator/],
    ];
    for (const [input, message] of cases) {
      const r = await est(['submit', '--server', server.url, '--key', 'ru.key', '-'], { cwd: dir, input });
      assert.equal(r.code, 2, `${input}\n${show(r)}`);
      assert.match(r.stderr, message, input);
    }
    const missing = await est(['submit', '--server', server.url, '--key', 'nope.key', '-'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'est: nope.key: no such file\n');
    const other = await est(['submit', '--server', server.url, '--key', 'ru.key', '--party', 'BY', '-'], {
      cwd: dir,
      input: 'act: sign',
    });
    assert.equal(other.code, 2);
    assert.match(other.stderr, /--party BY, but ru\.key is the key of RU/);
  });

  it('submit: a filing the depositary does not take is exit 1, its problem printed plainly', async () => {
    const r = await est(['submit', '--server', server.url, '--key', 'by.key', '-'], {
      cwd: dir,
      input: 'act: sign',
    });
    assert.equal(r.code, 1, show(r));
    assert.match(
      r.stderr,
      /^est: the depositary refused the filing: 401 Unknown or revoked key: no key [0-9a-f]{16} of BY is lodged in the log/,
    );
    assert.match(r.stderr, /is the key lodged\?/);
    const down = await est(['submit', '--server', 'http://127.0.0.1:9', '--key', 'ru.key', '-'], {
      cwd: dir,
      input: 'act: sign',
    });
    assert.equal(down.code, 1, show(down));
    assert.match(down.stderr, /cannot reach the depositary at http:\/\/127\.0\.0\.1:9/);
  });

  it('submit --dry-run --seq signs offline and files nothing', async () => {
    const r = await est(['submit', '--key', 'ru.key', '--dry-run', '--seq', '9', '-'], {
      cwd: dir,
      input: 'act: withdraw\n',
    });
    assert.equal(r.code, 0, show(r));
    const envelope = JSON.parse(r.stdout) as { party: string; seq: number; signature: string };
    assert.equal(envelope.party, 'RU');
    assert.equal(envelope.seq, 9);
  });

  it('verify --server: the log verifies; --save then --since checks it grew append-only', async () => {
    const r = await est(['verify', '--server', server.url, '--save', 'cp.txt'], { cwd: dir });
    assert.equal(r.code, 0, show(r));
    assert.match(r.stdout, new RegExp(`^The log verifies: ${base + 3} entries, root [A-Za-z0-9+/]{43}=\\.`));
    assert.match(r.stdout, /inclusion proofs verify/);
    assert.match(
      readFileSync(join(dir, 'cp.txt'), 'utf8'),
      new RegExp(`^est\\.depositary/\\S+\\n${base + 3}\\n`),
    );
    const filed = await est(['submit', '--server', server.url, '--key', 'gb.key', '-'], {
      cwd: dir,
      input: 'act: sign',
    });
    assert.equal(filed.code, 0, show(filed));
    const since = await est(['verify', '--server', server.url, '--since', 'cp.txt', '--json'], { cwd: dir });
    assert.equal(since.code, 0, show(since));
    const report = JSON.parse(since.stdout) as {
      result: { size: number };
      since: { size: number; ok: boolean };
    };
    assert.equal(report.result.size, base + 4);
    assert.deepEqual(report.since, { size: base + 3, ok: true });
  });

  it('log export and verify --export: the export verifies; a changed act is named', async () => {
    const r = await est(['log', 'export', '--server', server.url, '--out', 'log.jsonl'], { cwd: dir });
    assert.equal(r.code, 0, show(r));
    assert.match(
      r.stderr,
      new RegExp(`^Exported ${base + 4} entries of est\\.depositary/\\S+ to log\\.jsonl`),
    );
    const lines = readFileSync(join(dir, 'log.jsonl'), 'utf8').split('\n');
    // The header, the entries, and the empty string after the last newline.
    assert.equal(lines.length, base + 6);
    const header = JSON.parse(lines[0]!) as Record<string, unknown>;
    assert.equal(header['est-log-export'], 1);
    assert.equal(header['mode'], 'record');
    assert.doesNotMatch(r.stderr, /EXERCISE/);
    assert.equal(header['size'], base + 4);
    assert.equal(header['treaty'], 'est-2009');
    const ok = await est(['verify', '--export', 'log.jsonl'], { cwd: dir });
    assert.equal(ok.code, 0, show(ok));

    writeFileSync(
      join(dir, 'changed.jsonl'),
      // Line 0 is the header: entry base + 2 (RU's ratification) is line base + 3.
      lines.map((l, i) => (i === base + 3 ? l.replace('"ratify"', '"withdraw"') : l)).join('\n'),
    );
    const bad = await est(['verify', '--export', 'changed.jsonl'], { cwd: dir });
    assert.equal(bad.code, 1, show(bad));
    assert.match(
      bad.stdout,
      new RegExp(
        `^The log does NOT verify: entry ${base + 2} does not match\\.\\n {2}entry ${base + 2}: signature: `,
      ),
    );

    const toStdout = await est(['log', 'export', '--server', server.url], { cwd: dir });
    assert.equal(toStdout.code, 0, show(toStdout));
    assert.deepEqual(toStdout.stdout.split('\n').slice(1), lines.slice(1));
    const piped = await est(['verify', '--export', '-'], { cwd: dir, input: toStdout.stdout });
    assert.equal(piped.code, 0, show(piped));
    const empty = await est(['verify', '--export', '-'], { cwd: dir });
    assert.equal(empty.code, 2, show(empty));
    assert.equal(empty.stderr, 'est: -: the file is empty\n');
  });

  it('verify --server names an entry changed in the database under the running server', async () => {
    tamperRow(join(data, 'est.db'), base + 1, nudge);
    const r = await est(['verify', '--server', server.url], { cwd: dir });
    assert.equal(r.code, 1, show(r));
    assert.match(
      r.stdout,
      new RegExp(
        `^The log does NOT verify: entry ${base + 1} does not match\\.\\n {2}entry ${base + 1}: root: this is not the entry the signed tree holds`,
      ),
    );
    const stored = await est(['verify', '--data', 'data'], { cwd: dir });
    assert.equal(stored.code, 1, show(stored));
    assert.match(
      stored.stdout,
      new RegExp(`entry ${base + 1}: stored: the stored leaf no longer hashes to the leaf hash stored`),
    );
    const exported = await est(['log', 'export', '--data', 'data', '--out', 'x.jsonl'], { cwd: dir });
    assert.equal(exported.code, 1, show(exported));
    assert.match(exported.stderr, /the stored log does not open/);
  });
});

describe('est verify --data and log export --data', () => {
  it('verify the store of a stopped server, and name a changed row at its index', async () => {
    const dir = tempDir();
    const data = join(dir, 'data');
    const server = await serve(data, ['--demo']);
    let verified: Run;
    try {
      verified = await est(['verify', '--server', server.url, '--sample', '4'], { cwd: dir });
      // A filing into an exercise: the receipt says what the log is.
      const made = await est(['keygen', '--party', 'VA', '--out', 'va.key'], { cwd: dir });
      assert.equal(made.code, 0, show(made));
      await lodge(server, join(dir, 'va.key'));
      const filed = await est(['submit', '--server', server.url, '--key', 'va.key', '-'], {
        cwd: dir,
        input: '{ "act": "sign" }',
      });
      assert.equal(filed.code, 0, show(filed));
      assert.match(filed.stdout, /\nEXERCISE: this log \(\S+\/exercise\) is an exercise/);
    } finally {
      await server.stop();
    }
    assert.equal(verified.code, 0, show(verified));
    const size = Number(/The log verifies: (\d+) entries/.exec(verified.stdout)?.[1]);
    assert.ok(size > 10, verified.stdout);

    const ok = await est(['verify', '--data', 'data'], { cwd: dir });
    assert.equal(ok.code, 0, show(ok));
    assert.match(ok.stdout, /every stored leaf hash and tree node is the one the stored entries make/);
    const exported = await est(['log', 'export', '--data', 'data', '--out', 'log.jsonl'], { cwd: dir });
    assert.equal(exported.code, 0, show(exported));
    assert.match(exported.stderr, /\nEXERCISE: /);
    const fromExport = await est(['verify', '--export', 'log.jsonl'], { cwd: dir });
    assert.equal(fromExport.code, 0, show(fromExport));
    // The header's mode is read against the signed origin: an exercise cannot be passed off as a record.
    const [head = '', ...rest] = readFileSync(join(dir, 'log.jsonl'), 'utf8').split('\n');
    assert.equal((JSON.parse(head) as { mode: string }).mode, 'exercise');
    writeFileSync(
      join(dir, 'relabelled.jsonl'),
      [head.replace('"mode":"exercise"', '"mode":"record"'), ...rest].join('\n'),
    );
    const relabelled = await est(['verify', '--export', 'relabelled.jsonl'], { cwd: dir });
    assert.equal(relabelled.code, 2, show(relabelled));
    assert.match(relabelled.stderr, /line 1: "mode" must be "exercise", as the signed origin says/);

    const k = Math.floor(size / 2);
    tamperRow(join(data, 'est.db'), k, nudge);
    const bad = await est(['verify', '--data', 'data'], { cwd: dir });
    assert.equal(bad.code, 1, show(bad));
    assert.match(
      bad.stdout,
      new RegExp(`^The log does NOT verify: entry ${k} does not match\\.\\n  entry ${k}: stored: `),
    );

    const none = await est(['verify', '--data', 'nowhere'], { cwd: dir });
    assert.equal(none.code, 2);
    assert.equal(none.stderr, 'est: nowhere: no such folder\n');
  });
});

describe('est verify usage', () => {
  it('wants exactly one source', async () => {
    const r = await est(['verify']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'est: give exactly one of --server URL, --tiles DIR, --export FILE, --data DIR\n');
    const treaty = await est(['verify', '--export', 'x.jsonl', '--treaty', 'est-2031']);
    assert.equal(treaty.code, 2);
    assert.equal(
      treaty.stderr,
      'est: --treaty est-2031: unknown treaty (did you mean est-2009?); est knows est-2009, nrc-2009, nat-1949, un-1945, osce-1992, nra-2021, rus-us-2021\n',
    );
    // A treaty est knows but no depositary keeps: the error names those it can verify.
    const regime = await est(['verify', '--export', 'x.jsonl', '--treaty', 'un-1945']);
    assert.equal(regime.code, 2);
    assert.equal(regime.stderr, 'est: --treaty un-1945: est verify works on est-2009 or nrc-2009 only\n');
  });
});
