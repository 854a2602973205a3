import { Hono } from 'hono';
import { z } from 'zod';
import { NotFoundError, ValidationError } from '../errors.js';
import type { RouteDeps } from '../http/deps.js';
import { validate } from '../http/validate.js';
import { streamLive } from '../live.js';

const LiveQuery = z.strictObject({
  after: z.coerce.number().int().min(0).optional().describe('announce events after this position'),
});

/** GET /api/live: the log as it grows. Last-Event-ID (or ?after=) resumes without a gap. */
export function liveRoutes(deps: RouteDeps, heartbeatMs?: number) {
  return new Hono().get('/', validate('query', LiveQuery), async (c) => {
    const header = c.req.header('Last-Event-ID');
    let after = c.req.valid('query').after;
    if (header !== undefined && header.trim() !== '') {
      if (!/^\d+$/.test(header.trim())) {
        throw new ValidationError('invalid Last-Event-ID', [
          { path: 'Last-Event-ID', message: 'expected a log position' },
        ]);
      }
      after = Number(header.trim());
    }
    const head = await deps.store.head();
    if (after !== undefined && after > head) throw new NotFoundError('position', String(after));
    return streamLive(c, {
      store: deps.store,
      after: after ?? head,
      log: deps.log,
      ...(heartbeatMs ? { heartbeatMs } : {}),
      beforeSend: async (position) => {
        if (deps.readModel.position() < position) await deps.feed.catchUp();
      },
    });
  });
}
