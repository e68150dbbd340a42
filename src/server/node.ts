/**
 * @module The one file that binds a port: serves an app with @hono/node-server, with timeouts that
 * cut off slow clients, a problem+json answer to requests that never reach the app (refused by
 * Node's parser, too slow, no valid URL), and a graceful close (in-flight requests finish; event
 * streams are ended).
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { STATUS_CODES, createServer, maxHeaderSize } from 'node:http';
import type { Duplex } from 'node:stream';
import { RequestError, getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { PROBLEM_MEDIA_TYPE } from '../log/problem-details.ts';
import type { ProblemBody } from '../log/problem-details.ts';
import type { ConnectionLimits } from './problems.ts';
import { connectionRefusal, problemOf, targetRefusal } from './problems.ts';

export interface ServerOptions {
  // The app's own environment type does not matter here: the adapter passes Node's bindings.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly app: Hono<any>;
  readonly host: string;
  /** 0: any free port (the URL says which). */
  readonly port: number;
  /** Milliseconds to receive a request's headers / whole request (default 10 s each). */
  readonly headersTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
  /** Milliseconds an idle keep-alive connection stays open (default 5 s). */
  readonly keepAliveTimeoutMs?: number;
  /** Milliseconds close() waits for open requests before cutting them (default 5 s). */
  readonly closeGraceMs?: number;
  /** Where a fault outside the app is logged (the app logs its own); default stderr. */
  readonly logError?: (message: string) => void;
}

/** How long a connection refused by the parser stays open after its answer, for the client to read it. */
const LINGER_MS = 2_000;

/** A whole HTTP/1.1 response carrying a problem, written straight to a socket; the connection ends. */
function rawProblem(body: ProblemBody): string {
  const json = JSON.stringify(body);
  return [
    `HTTP/1.1 ${body.status} ${STATUS_CODES[body.status] ?? 'Error'}`,
    `Content-Type: ${PROBLEM_MEDIA_TYPE}`,
    `Content-Length: ${Buffer.byteLength(json)}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    `Date: ${new Date().toUTCString()}`,
    'Connection: close',
    '',
    json,
  ].join('\r\n');
}

/**
 * Answers a request that Node refused before it became one (the `clientError` event: a parse error
 * or a timeout) with a problem, when nothing of another answer was written on the connection yet,
 * then closes it. Node's own answers (400, 408, 431) have no body. Never throws: an event
 * handler's throw would bring the process down.
 */
function answerClientError(limits: ConnectionLimits): (error: Error, socket: Duplex) => void {
  // Further errors of a connection already answered (llhttp repeats its error on any later bytes,
  // and on the client's close) are echoes of the first.
  const answered = new WeakSet<Duplex>();
  return (error, socket) => {
    try {
      if (answered.has(socket)) return;
      answered.add(socket);
      const code = (error as NodeJS.ErrnoException).code;
      // The response under way on this connection, if any: once its head is out, another would garble it.
      const current = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
      if (code === 'ECONNRESET' || !socket.writable || current?.headersSent === true) {
        socket.destroy();
        return;
      }
      const refusal = connectionRefusal({ code, reason: (error as { reason?: unknown }).reason }, limits);
      socket.end(rawProblem(problemOf(refusal).body));
      // The client closes once it has read the answer; one that does not is cut after a while.
      setTimeout(() => socket.destroy(), LINGER_MS).unref();
    } catch {
      // Whatever failed, nothing more can be told to this client: the connection goes.
      socket.destroy();
    }
  };
}

export interface RunningServer {
  /** `http://host:port`, with the port actually bound. */
  readonly url: string;
  readonly port: number;
  /** Stops accepting, lets requests in flight finish (up to the grace period), then cuts the rest. */
  close(): Promise<void>;
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const logError = options.logError ?? ((m: string) => process.stderr.write(`${m}\n`));
  const problem = (body: ProblemBody) =>
    new Response(JSON.stringify(body), {
      status: body.status,
      headers: {
        'Content-Type': PROBLEM_MEDIA_TYPE,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        // A client that sent a request no URL can be made of is not trusted with the next one.
        Connection: 'close',
      },
    });
  const listener = getRequestListener(options.app.fetch, {
    // A request with no valid URL never reaches the app (the adapter's own answer is an empty 400).
    // Anything else here is a fault of the app, which answers all its errors itself.
    errorHandler: (error) => {
      if (error instanceof RequestError) return problem(problemOf(targetRefusal(error.message)).body);
      logError(`est serve: the app failed outside its error handler: ${String(error)}`);
      return problem(problemOf(error).body);
    },
  });
  const requestTimeout = options.requestTimeoutMs ?? 10_000;
  const headersTimeout = Math.min(options.headersTimeoutMs ?? 10_000, requestTimeout);
  const server: Server = createServer(
    {
      requestTimeout,
      headersTimeout,
      keepAliveTimeout: options.keepAliveTimeoutMs ?? 5_000,
      // How often Node checks the two timeouts above (its default, 30 s, would let them run long).
      connectionsCheckingInterval: Math.min(1_000, headersTimeout),
      // Node's check answers a missing Host with an empty 400; the adapter's refuses it as a problem.
      requireHostHeader: false,
    },
    (req, res) => void listener(req, res),
  );
  server.on(
    'clientError',
    answerClientError({
      headersTimeoutMs: headersTimeout,
      requestTimeoutMs: requestTimeout,
      maxHeaderBytes: maxHeaderSize,
    }),
  );
  return new Promise((resolve, reject) => {
    const failed = (e: Error) => reject(e);
    server.once('error', failed);
    server.listen(options.port, options.host, () => {
      server.off('error', failed);
      const { port } = server.address() as AddressInfo;
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      let closing: Promise<void> | null = null;
      resolve({
        url: `http://${host}:${port}`,
        port,
        close: () =>
          (closing ??= new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
            // Event streams never end by themselves; requests still running after the grace are cut.
            setTimeout(() => server.closeAllConnections(), options.closeGraceMs ?? 5_000).unref();
          })),
      });
    });
  });
}
