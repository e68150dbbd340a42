/**
 * The log as c2sp.org/tlog-tiles end to end: a real `est serve --demo`, `est log export --tiles`
 * to a directory, a plain static web server of that directory (node:http, here: no JSON API, no
 * est code), and `est verify` against it as a child process, reaching the verdict the JSON API
 * reaches; then the log grows and is exported again, a copy is changed, and another log is
 * exported over the first.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { Server as HttpServer } from 'node:http';
import { generateKeyPairSync } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, normalize, resolve, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { tilePath } from '../../src/log/tiles.ts';
import { serveAt } from '../durability/helpers.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'est.js');
const TOKEN = 'tiles-e2e-admin-token';

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

function est(args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const show = (r: Run): string => `exit ${r.code}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;

/** `est serve --port 0 --data DATA EXTRA...` with this test's admin token. */
const serve = (data: string, extra: readonly string[] = []) =>
  serveAt(data, extra, { EST_ADMIN_TOKEN: TOKEN });

/** A plain static file server of a directory, as any web server would serve it: files or 404. */
function staticServer(dir: string): Promise<{ url: string; server: HttpServer; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      done({ url: `http://127.0.0.1:${port}`, server, requests });
    }),
  );
}

/** Every file under a directory, relative to it. */
function files(dir: string, under = ''): string[] {
  return readdirSync(join(dir, under), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(dir, join(under, e.name)) : [join(under, e.name)],
  );
}

const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('est log export --tiles, a static web server, and est verify', () => {
  let dir: string;
  let depositary: Awaited<ReturnType<typeof serve>>;
  let web: Awaited<ReturnType<typeof staticServer>>;
  let size: number;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'est-tiles-'));
    dirs.push(dir);
    depositary = await serve(join(dir, 'data'), ['--demo']);
    web = await staticServer(join(dir, 'site'));
  });
  after(async () => {
    await depositary.stop();
    await new Promise((done) => web.server.close(done));
  });

  it('writes the checkpoint, the tiles, the entry bundles and est-log.json', async () => {
    const r = await est(['log', 'export', '--server', depositary.url, '--tiles', 'site/log'], dir);
    assert.equal(r.code, 0, show(r));
    const checkpoint = readFileSync(join(dir, 'site', 'log', 'checkpoint'), 'utf8');
    assert.equal(checkpoint, await (await fetch(`${depositary.url}/tlog/checkpoint`)).text());
    size = Number(checkpoint.split('\n')[1]);
    assert.match(
      r.stderr,
      new RegExp(
        `Exported ${size} entries of .* as tiles \\(c2sp.org/tlog-tiles\\): \\d+ files written, 0 already there`,
      ),
    );
    const written = files(join(dir, 'site', 'log')).sort();
    assert.ok(written.includes('est-log.json'));
    // The files are the server's /tlog/, byte for byte.
    for (const f of written.filter((p) => p.startsWith('tile'))) {
      const served = new Uint8Array(
        await (await fetch(`${depositary.url}/tlog/${f.split(sep).join('/')}`)).arrayBuffer(),
      );
      assert.deepEqual(new Uint8Array(readFileSync(join(dir, 'site', 'log', f))), served, f);
    }
    assert.ok(written.some((p) => p.startsWith(join('tile', 'entries'))));
    assert.ok(!written.some((p) => p.includes('.est-export')), 'no staging left');
  });

  it('verifies the copy through any web server, with the verdict of the JSON API', async () => {
    const viaWeb = await est(['verify', '--server', `${web.url}/log/`, '--json'], dir);
    assert.equal(viaWeb.code, 0, show(viaWeb));
    const viaJson = await est(['verify', '--server', depositary.url, '--json'], dir);
    assert.equal(viaJson.code, 0, show(viaJson));
    const [a, b] = [viaWeb, viaJson].map(
      (r) => JSON.parse(r.stdout) as { kind: string; result: Record<string, unknown> },
    );
    assert.equal(a?.kind, 'tiles');
    assert.equal(b?.kind, 'server');
    for (const field of ['ok', 'size', 'root', 'checkpoint', 'treaty', 'problems', 'firstBad'])
      assert.deepEqual(a?.result[field], b?.result[field], field);
    // The JSON API was looked for once, not found, and the tiles read instead.
    assert.deepEqual(
      [...new Set(web.requests.filter((p) => p.includes('/api/')))],
      ['/log/api/v1/log/checkpoint'],
    );
    assert.ok(web.requests.includes('/log/checkpoint'));
    assert.ok(web.requests.some((p) => p.startsWith('/log/tile/entries/')));
    const text = await est(['verify', '--server', `${web.url}/log/`], dir);
    assert.match(text.stdout, new RegExp(`^The log verifies: ${size} entries, root `));
    assert.match(
      text.stdout,
      /inclusion proofs verify \(entries .*\), computed from the tiles \(c2sp.org\/tlog-tiles\)/,
    );
  });

  it('verifies the copy on disk, and the depositary through its own tiles', async () => {
    const disk = await est(['verify', '--tiles', 'site/log', '--save', 'first.checkpoint'], dir);
    assert.equal(disk.code, 0, show(disk));
    assert.match(disk.stdout, new RegExp(`^The log verifies: ${size} entries`));
    const own = await est(['verify', '--server', depositary.url, '--tiles'], dir);
    assert.equal(own.code, 0, show(own));
    assert.match(own.stdout, /computed from the tiles/);
  });

  it('adds what is new when exported again, and the copy extends the earlier checkpoint', async () => {
    // A copy of the depositary as it is now, for a fork below (a consistent copy, while it runs).
    mkdirSync(join(dir, 'fork'));
    for (const f of readdirSync(join(dir, 'data')))
      if (!f.startsWith('est.db')) cpSync(join(dir, 'data', f), join(dir, 'fork', f), { recursive: true });
    const db = new Database(join(dir, 'data', 'est.db'), { readonly: true });
    await db.backup(join(dir, 'fork', 'est.db'));
    db.close();
    const { publicKey } = generateKeyPairSync('ed25519');
    const raw = (publicKey.export({ format: 'jwk' }) as { x: string }).x;
    const r = await fetch(`${depositary.url}/api/v1/admin/parties/IS/keys`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ publicKey: Buffer.from(raw, 'base64url').toString('base64') }),
    });
    assert.equal(r.status, 201, await r.text());
    const again = await est(['log', 'export', '--server', depositary.url, '--tiles', 'site/log'], dir);
    assert.equal(again.code, 0, show(again));
    assert.match(
      again.stderr,
      new RegExp(`Exported ${size + 1} entries .*: \\d+ files written, \\d+ already there`),
    );
    const since = await est(['verify', '--server', `${web.url}/log/`, '--since', 'first.checkpoint'], dir);
    assert.equal(since.code, 0, show(since));
    assert.match(
      since.stdout,
      new RegExp(`the log extends the earlier checkpoint \\(size ${size}\\) append-only`),
    );
  });

  it('names the entry changed in a copy of the tiles', async () => {
    cpSync(join(dir, 'site', 'log'), join(dir, 'changed'), { recursive: true });
    const now = Number(readFileSync(join(dir, 'changed', 'checkpoint'), 'utf8').split('\n')[1]);
    const bundle = tilePath({ level: 'entries', index: 0, width: Math.min(256, now) });
    const file = join(dir, 'changed', ...bundle.split('/'));
    const bytes = readFileSync(file);
    // The receipt time of entry 30, its seconds' last digit changed: the same length.
    let at = -1;
    for (let i = 0; i < 31; i += 1) at = bytes.indexOf('"receivedAt":"', at + 1);
    const digit = at + '"receivedAt":"2010-01-01T00:00:0'.length;
    bytes[digit] = bytes[digit] === 0x30 ? 0x31 : 0x30;
    writeFileSync(file, bytes);
    const r = await est(['verify', '--tiles', 'changed'], dir);
    assert.equal(r.code, 1, show(r));
    assert.match(r.stdout, /^The log does NOT verify: entry 30 does not match\.\n {2}entry 30: /);
  });

  it('refuses to export over the tiles another log, or this log with its history rewritten', async () => {
    // Another log of the same origin (the demo's, an exercise's), under another key.
    const other = await serve(join(dir, 'other'), ['--exercise']);
    try {
      const r = await est(['log', 'export', '--server', other.url, '--tiles', 'site/log'], dir);
      assert.equal(r.code, 1, show(r));
      assert.match(
        r.stderr,
        /^est: site\/log\/checkpoint is not a checkpoint signed by .*: site\/log holds another log\n$/,
      );
    } finally {
      await other.stop();
    }
    // The depositary as it was before the last key was lodged, with the same key: it lodges another.
    const fork = await serve(join(dir, 'fork'));
    try {
      const { publicKey } = generateKeyPairSync('ed25519');
      const raw = (publicKey.export({ format: 'jwk' }) as { x: string }).x;
      const lodged = await fetch(`${fork.url}/api/v1/admin/parties/NO/keys`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ publicKey: Buffer.from(raw, 'base64url').toString('base64') }),
      });
      assert.equal(lodged.status, 201, await lodged.text());
      const r = await est(['log', 'export', '--server', fork.url, '--tiles', 'site/log'], dir);
      assert.equal(r.code, 1, show(r));
      assert.match(r.stderr, /this log's history was rewritten since it was exported there/);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    } finally {
      await fork.stop();
    }
    // The copy is as it was: it still verifies, and nothing was left aside.
    assert.equal((await est(['verify', '--tiles', 'site/log'], dir)).code, 0);
    assert.ok(!files(join(dir, 'site', 'log')).some((p) => p.includes('.est-export')));
  });
});

describe('est verify --tiles usage', () => {
  const cwd = ROOT;
  it('wants --server with --tiles alone, and the JSON API for --receipt; names a directory with no tiles', async () => {
    const alone = await est(['verify', '--tiles'], cwd);
    assert.equal(alone.code, 2, show(alone));
    assert.equal(alone.stderr, 'est: --tiles alone goes with --server URL; or give --tiles DIR\n');
    const receipt = await est(
      ['verify', '--server', 'http://127.0.0.1:9', '--tiles', '--receipt', 'r.json'],
      cwd,
    );
    assert.equal(receipt.code, 2, show(receipt));
    assert.equal(receipt.stderr, 'est: --receipt goes with --server (and its JSON API)\n');
    const nothing = mkdtempSync(join(tmpdir(), 'est-no-tiles-'));
    dirs.push(nothing);
    const empty = await est(['verify', '--tiles', nothing], cwd);
    assert.equal(empty.code, 1, show(empty));
    assert.equal(
      empty.stderr,
      `est: ${nothing}: no checkpoint here; not a tiled log (est log export --tiles writes one)\n`,
    );
  });
});
