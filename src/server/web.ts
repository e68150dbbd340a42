/**
 * @module The web UI's files (web/dist, built by `npm install`) served at `/`. Hashed assets are
 * cached for good; the page itself never is, so a new build is seen at once. The UI routes with the
 * URL's hash, so `/` is its only page. The files are rate-limited per client address in a bucket of
 * their own, sized so that loading pages never runs into the limit (one load is some 10 to 20 files)
 * while a flood from one address does.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import type { App, ServerDeps } from './deps.ts';
import { limitRequests, rateLimiter } from './rate-limit.ts';

/** Paths whose requests the API's own limiter has charged already (they reach here unmatched). */
const charged = (path: string) => path.startsWith('/api/') || path.startsWith('/tlog/');

export function webRoutes(
  root: string,
  deps: Pick<ServerDeps, 'limits' | 'now' | 'clientAddress'>,
): (app: App) => void {
  const limit = limitRequests(
    rateLimiter({
      ratePerSecond: deps.limits.webRatePerSecond,
      burst: deps.limits.webBurst,
      now: deps.now,
    }),
    deps.clientAddress,
    charged,
  );
  return (app) => {
    app.use('/*', limit);
    app.use(
      '/assets/*',
      serveStatic({
        root,
        onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
      }),
    );
    app.use(
      '/*',
      serveStatic({
        root,
        rewriteRequestPath: (path) => (path === '/' ? '/index.html' : path),
        onFound: (_path, c) => c.header('Cache-Control', 'no-cache'),
      }),
    );
  };
}
