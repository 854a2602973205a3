import { Hono } from 'hono';
import type { RouteDeps } from '../http/deps.js';
import type { Readiness } from '../http/readiness.js';

/**
 * Liveness (the process answers) and readiness (the store is open, the projections caught up and
 * nothing holds readiness back, such as a full disk).
 */
export function healthRoutes({ store, readModel }: RouteDeps, readiness?: Readiness) {
  return new Hono()
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .get('/readyz', async (c) => {
      let head: number;
      try {
        head = await store.head();
      } catch {
        return c.json({ status: 'unavailable', reason: 'the store cannot be read' }, 503);
      }
      const held = (await readiness?.reasons()) ?? [];
      if (held.length > 0) return c.json({ status: 'unavailable', reasons: held }, 503);
      const position = readModel.position();
      const ready = position >= head;
      return c.json({ status: ready ? 'ready' : 'catching-up', head, position }, ready ? 200 : 503);
    });
}
