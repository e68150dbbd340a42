/**
 * The server over real sockets (startServer on a free loopback port): requests that never reach the
 * app (refused by Node's HTTP/1.1 parser, too slow, no URL) are answered with a problem, and a body
 * the client cuts off is the client's doing, not a fault of the server.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { RunningServer, ServerOptions } from '../../src/server/node.ts';
import { startServer } from '../../src/server/node.ts';
import type { Problem, TestApp } from './helpers.ts';
import { testApp } from './helpers.ts';

interface RawResponse {
  readonly status: number;
  readonly headers: ReadonlyMap<string, string>;
  readonly body: string;
  /** Everything the server wrote on the connection. */
  readonly raw: string;
}

/**
 * Writes `request` on a fresh connection and reads until the server closes it. With `more`, writes
 * that too once a whole response has arrived (as a client that keeps talking would).
 */
function exchange(port: number, request: string, more?: string): Promise<RawResponse> {
  return new Promise<string>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let raw = '';
    let sent = false;
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      raw += chunk;
      if (more !== undefined && !sent && whole(raw)) {
        sent = true;
        socket.write(more);
      }
    });
    // The server may close before it reads what follows its answer: a reset then is expected.
    socket.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'ECONNRESET' && e.code !== 'EPIPE') reject(e);
    });
    socket.on('close', () => resolve(raw));
  }).then(parse);
}

/** Whether `raw` holds a whole response (its head and Content-Length bytes of body). */
function whole(raw: string): boolean {
  const end = raw.indexOf('\r\n\r\n');
  const length = /\r\ncontent-length: *(\d+)/i.exec(raw.slice(0, end));
  return end !== -1 && length !== null && raw.length >= end + 4 + Number(length[1]);
}

function parse(raw: string): RawResponse {
  const end = raw.indexOf('\r\n\r\n');
  assert.notEqual(end, -1, `no response head in ${JSON.stringify(raw)}`);
  const [statusLine = '', ...lines] = raw.slice(0, end).split('\r\n');
  const m = /^HTTP\/1\.1 (\d{3}) /.exec(statusLine);
  assert.ok(m, `not an HTTP/1.1 status line: ${JSON.stringify(statusLine)}`);
  const headers = new Map(
    lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
  );
  const length = Number(headers.get('content-length'));
  return { status: Number(m[1]), headers, body: raw.slice(end + 4, end + 4 + length), raw };
}

/** Asserts a problem answer with this status and type, on a connection the server closes. */
function problemOf(r: RawResponse, status: number, type: string): Problem {
  assert.equal(r.status, status, r.raw);
  assert.equal(r.headers.get('content-type'), 'application/problem+json', r.raw);
  assert.equal(r.headers.get('connection'), 'close', r.raw);
  const body = JSON.parse(r.body) as Problem;
  assert.equal(body.type, `https://est.example/problems/${type}`, r.body);
  assert.equal(body.status, status);
  assert.ok(body.detail.length > 0);
  return body;
}

/** Waits until `done` holds, checking every few milliseconds; fails after `ms`. */
async function until(done: () => boolean | Promise<boolean>, what: string, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) assert.fail(`waited ${ms} ms for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const metrics = async (t: TestApp) => (await t.req('GET', '/metrics')).text();

async function serve(options: Partial<ServerOptions> = {}) {
  const t = await testApp();
  const server = await startServer({ app: t.app, host: '127.0.0.1', port: 0, ...options });
  return { t, server };
}

describe('a request that never reaches the app', () => {
  let t: TestApp;
  let server: RunningServer;
  before(async () => ({ t, server } = await serve()));
  after(() => server.close());

  const cases: [string, string, number, string, RegExp][] = [
    [
      'Content-Length together with Transfer-Encoding',
      'POST /api/v1/submissions HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      400,
      'bad-request',
      /either one Content-Length or Transfer-Encoding: chunked/,
    ],
    [
      'two Content-Lengths',
      'POST /api/v1/submissions HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
      400,
      'bad-request',
      /Duplicate Content-Length/,
    ],
    [
      'a negative Content-Length',
      'POST /api/v1/submissions HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n',
      400,
      'bad-request',
      /whole number of bytes/,
    ],
    [
      'a backslash in the path',
      'GET /api/v1\\treaty HTTP/1.1\r\nHost: a\r\n\r\n',
      400,
      'bad-request',
      /backslash/,
    ],
    ['no Host', 'GET /api/v1/treaty HTTP/1.1\r\n\r\n', 400, 'bad-request', /no Host header/],
    [
      'headers too large',
      `GET /api/v1/treaty HTTP/1.1\r\nHost: a\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`,
      431,
      'headers-too-large',
      /over \d+ bytes/,
    ],
    [
      'an unknown method',
      'FROB /api/v1/treaty HTTP/1.1\r\nHost: a\r\n\r\n',
      501,
      'not-implemented',
      /method/,
    ],
    [
      'an unknown HTTP version',
      'GET /api/v1/treaty HTTP/4.0\r\nHost: a\r\n\r\n',
      505,
      'http-version',
      /HTTP\/1\.1/,
    ],
  ];
  for (const [what, request, status, type, detail] of cases) {
    it(`with ${what} is answered ${status} with a problem, and the connection closed`, async () => {
      const p = problemOf(await exchange(server.port, request), status, type);
      assert.match(p.detail, detail);
    });
  }

  it('is answered once, whatever the client sends after the answer', async () => {
    const r = await exchange(
      server.port,
      'POST /api/v1/submissions HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n',
      'GET /api/v1/treaty HTTP/1.1\r\nHost: a\r\n\r\n\x00\x01garbage\r\n\r\n',
    );
    problemOf(r, 400, 'bad-request');
    assert.equal(r.raw.match(/HTTP\/1\.1 \d{3} /g)?.length, 1, r.raw);
  });

  it('is no fault of the server: nothing is logged, and the next request is served', async () => {
    const r = await exchange(
      server.port,
      'GET /api/v1/treaty HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n',
    );
    assert.equal(r.status, 200, r.raw);
    assert.deepEqual(t.errors, []);
  });
});

describe('a request too slow to arrive', () => {
  it('is answered 408 when its headers do not come in time', async () => {
    const { t, server } = await serve({ headersTimeoutMs: 100, requestTimeoutMs: 1_000 });
    try {
      const p = problemOf(
        await exchange(server.port, 'GET /api/v1/treaty HTTP/1.1\r\nHost: a\r\n'),
        408,
        'request-timeout',
      );
      assert.match(p.detail, /within 100 ms/);
      assert.deepEqual(t.errors, []);
    } finally {
      await server.close();
    }
  });

  it('is answered 408 when its body does not, and counted as cut off, not as a fault', async () => {
    const { t, server } = await serve({ headersTimeoutMs: 100, requestTimeoutMs: 300 });
    try {
      problemOf(
        await exchange(
          server.port,
          'POST /api/v1/submissions HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"v":',
        ),
        408,
        'request-timeout',
      );
      await until(() => t.errors.length > 0, 'the log line');
      assert.equal(t.errors.length, 1);
      assert.match(t.errors[0] ?? '', /cut off/);
      const text = await metrics(t);
      assert.match(text, /^est_filings_total\{outcome="aborted",status="499"\} 1$/m);
      assert.doesNotMatch(text, /status="500"/);
    } finally {
      await server.close();
    }
  });
});

describe('a filing whose client goes away half way', () => {
  /** Sends the head and part of a body, waits until it is written, then closes the connection. */
  function cutOff(port: number, request: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(request, (e) => {
          socket.destroy();
          if (e) reject(e);
          else resolve();
        });
      });
      socket.on('error', reject);
    });
  }

  for (const [framing, head, body] of [
    ['Content-Length', 'Content-Length: 1000', '{"v":1,"party":"RU",'],
    ['chunked', 'Transfer-Encoding: chunked', '14\r\n{"v":1,"party":"RU",\r\n'],
  ] as const) {
    it(`(${framing}) is logged in one line, without a stack, and counted as aborted, not as a 500`, async () => {
      const { t, server } = await serve();
      try {
        await cutOff(
          server.port,
          `POST /api/v1/submissions HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n${head}\r\n\r\n${body}`,
        );
        await until(
          async () => /^est_client_aborts_total\{route="\/api\/v1\/submissions"\} 1$/m.test(await metrics(t)),
          'the abort to be counted',
        );
        const text = await metrics(t);
        assert.match(text, /^est_filings_total\{outcome="aborted",status="499"\} 1$/m);
        assert.doesNotMatch(text, /status="500"/);
        assert.equal(t.errors.length, 1, t.errors.join('\n---\n'));
        const line = t.errors[0] ?? '';
        assert.doesNotMatch(line, /\n/);
        assert.match(line, /^est serve: POST \/api\/v1\/submissions: the request was cut off/);
        assert.equal(t.d.size, 0);
      } finally {
        await server.close();
      }
    });
  }
});
