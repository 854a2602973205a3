import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

/** The built dashboard: its files, and index.html for any other non-API GET (the SPA's own routes). */
export function dashboardRoutes(dir: string) {
  const files = serveStatic({ root: dir });
  const index = serveStatic({ path: join(dir, 'index.html') });
  return new Hono()
    .use('*', async (c, next) => (isApi(c.req.path) ? next() : files(c, next)))
    .get('*', async (c, next) => (isApi(c.req.path) ? next() : index(c, next)));
}
