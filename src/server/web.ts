/**
 * @module The web UI's files (web/dist, built by `npm install`) served at `/`. Hashed assets are
 * cached for good; the page itself never is, so a new build is seen at once. The UI routes with the
 * URL's hash, so `/` is its only page.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import type { App } from './deps.ts';

export function webRoutes(root: string): (app: App) => void {
  return (app) => {
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
