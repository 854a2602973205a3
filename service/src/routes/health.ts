import { Hono } from 'hono';
import type { RouteDeps } from '../http/deps.js';
import type { Readiness } from '../http/readiness.js';

/**
 * Liveness (the process answers) and readiness (the store is open, its hash chain is not known
 * to be broken, nothing holds readiness back, such as a full disk, and the projections caught
 * up). A broken chain answers 503 naming the position.
 */
export function healthRoutes({ store, readModel, integrity }: RouteDeps, readiness?: Readiness) {
  return new Hono()
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .get('/readyz', async (c) => {
      let head: number;
      try {
        head = await store.head();
      } catch {
        return c.json({ status: 'unavailable', reason: 'the store cannot be read' }, 503);
      }
      const position = readModel.position();
      const chain = integrity?.status();
      if (chain?.state === 'broken') {
        const { brokenAt, reason } = chain;
        return c.json({ status: 'broken', brokenAt, reason, head, position }, 503);
      }
      const held = (await readiness?.reasons()) ?? [];
      if (held.length > 0) return c.json({ status: 'unavailable', reasons: held }, 503);
      const ready = position >= head;
      const body = { status: ready ? 'ready' : 'catching-up', head, position };
      return c.json(chain ? { ...body, chain } : body, ready ? 200 : 503);
    });
}
