/**
 * @module The one file that binds a port: serves an app with @hono/node-server, with timeouts that
 * cut off slow clients, and a graceful close (in-flight requests finish; event streams are ended).
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';

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
}

export interface RunningServer {
  /** `http://host:port`, with the port actually bound. */
  readonly url: string;
  readonly port: number;
  /** Stops accepting, lets requests in flight finish (up to the grace period), then cuts the rest. */
  close(): Promise<void>;
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const listener = getRequestListener(options.app.fetch);
  const requestTimeout = options.requestTimeoutMs ?? 10_000;
  const headersTimeout = Math.min(options.headersTimeoutMs ?? 10_000, requestTimeout);
  const server: Server = createServer(
    {
      requestTimeout,
      headersTimeout,
      keepAliveTimeout: options.keepAliveTimeoutMs ?? 5_000,
      // How often Node checks the two timeouts above (its default, 30 s, would let them run long).
      connectionsCheckingInterval: Math.min(1_000, headersTimeout),
    },
    (req, res) => void listener(req, res),
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
