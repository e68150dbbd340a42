/**
 * @module The baseline server of the latency figures: a bare Hono app whose one route echoes the
 * JSON body, served the way `est serve` serves the depositary (src/server/node.ts, @hono/node-server,
 * the same timeouts). Run as a child process; prints its address like `est serve`.
 */
import { Hono } from 'hono';
import { startServer } from '../src/server/node.ts';

const app = new Hono();
app.post('/echo', async (c) => c.json(await c.req.json(), 201));

const server = await startServer({ app, host: '127.0.0.1', port: 0 });
process.stdout.write(`echo: listening on ${server.url}\n`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
