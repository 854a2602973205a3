import { Hono } from 'hono';
import type { Context } from 'hono';
import { z } from 'zod';
import { NotFoundError, ValidationError } from '../errors.js';
import type { RouteDeps } from '../http/deps.js';
import { validate } from '../http/validate.js';
import { streamLive } from '../live.js';
import type { LiveConnections, LiveLimits } from '../liveConnections.js';
import type { Pacer } from '../livePacer.js';

const LiveQuery = z.strictObject({
  after: z.coerce.number().int().min(0).optional().describe('announce events after this position'),
});

/** What the live route needs besides the common dependencies; built once per app. */
export interface LiveRouteOptions {
  limits: LiveLimits;
  connections: LiveConnections;
  pacer: Pacer;
  /** The client's address for the per-client cap (behind a trusted proxy, from X-Forwarded-For). */
  clientAddress: (c: Context) => string;
  heartbeatMs?: number;
}

/**
 * GET /api/live: the log as it grows. Last-Event-ID (or ?after=) resumes without a gap. Streams
 * are capped per client address (429) and in all (503), both with Retry-After; a client that
 * falls too far behind gets `event: overflow` with the id to resume after (see live.ts).
 */
export function liveRoutes(deps: RouteDeps, live: LiveRouteOptions) {
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
    const slot = live.connections.admit(live.clientAddress(c));
    if (!slot.ok) {
      c.header('Retry-After', String(live.limits.retryAfterSeconds));
      throw slot.error;
    }
    return streamLive(c, {
      store: deps.store,
      after: after ?? head,
      log: deps.log,
      limits: live.limits,
      pacer: live.pacer,
      onClose: slot.release,
      ...(live.heartbeatMs ? { heartbeatMs: live.heartbeatMs } : {}),
      beforeSend: async (position) => {
        if (deps.readModel.position() < position) await deps.feed.catchUp();
      },
    });
  });
}
