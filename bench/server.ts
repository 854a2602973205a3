import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { startServer } from '@kroniek/service';
import { parseArgs } from 'node:util';

/**
 * The bench's server process: the real service (startServer, as `kroniek serve` runs it, with
 * auth and validation; the write rate limit off, since the bench is the only client) and, in the
 * same process and on the same kind of server, a Hono hello-world app as the limit for the
 * timeline row. Prints one READY line with both addresses.
 */
const { values } = parseArgs({
  options: { db: { type: 'string' }, 'events-dir': { type: 'string' }, token: { type: 'string' } },
});
const running = await startServer({
  dbPath: values.db!,
  eventsDir: values['events-dir']!,
  token: values.token!,
  port: 0,
  log: () => {},
  writeRateLimit: false,
  // No read-model snapshot: its one-off save after start would land inside the measured loads.
  snapshot: false,
});
const hello = serve({
  fetch: new Hono().get('/hello', (c) => c.text('Hello Hono!')).fetch,
  port: 0,
  hostname: '127.0.0.1',
});
await new Promise<void>((ok) => hello.once('listening', () => ok()));
const { port } = hello.address() as { port: number };
process.stdout.write(
  `READY ${JSON.stringify({ url: running.url, hello: `http://127.0.0.1:${port}/hello`, pid: process.pid })}\n`,
);
process.on('SIGTERM', () => {
  hello.close();
  void running.close().then(() => process.exit(0));
});
