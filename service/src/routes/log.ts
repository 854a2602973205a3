import { upcast } from '@kroniek/events';
import { Hono } from 'hono';
import { z } from 'zod';
import { NotFoundError } from '../errors.js';
import type { RouteDeps } from '../http/deps.js';
import { LogQueryParams } from '../http/queries.js';
import { validate } from '../http/validate.js';
import type { StoredEvent } from '../store/eventStore.js';
import { GENESIS_HASH } from '../store/chain.js';

const PositionParam = z.strictObject({ position: z.coerce.number().int().min(1) });

/** A stored event as the API shows it: data lifted to the current schema, the hash chain kept. */
export function logRecord(stored: StoredEvent) {
  return { ...stored, data: upcast(stored.data) };
}

/**
 * The raw log by position, for replication and audit; `/head` is the log's head (position, hash,
 * recordedAt) for others to record, as certificate-transparency logs publish a tree head, and
 * check later with `kroniek verify --expect-head POSITION:HASH`.
 */
export function logRoutes({ store }: RouteDeps) {
  return new Hono()
    .get('/head', async (c) => {
      const head = await store.head();
      const [last] = head > 0 ? await store.readAll({ after: head - 1, limit: 1 }) : [];
      if (head > 0 && last?.position !== head) throw new NotFoundError('position', String(head));
      return c.json({
        position: head,
        hash: last?.hash ?? GENESIS_HASH,
        recordedAt: last?.recordedAt ?? null,
      });
    })
    .get('/', validate('query', LogQueryParams), async (c) => {
      const { after = 0, limit = 100 } = c.req.valid('query');
      const head = await store.head();
      if (after > head) throw new NotFoundError('position', String(after));
      const events = await store.readAll({ after, limit });
      const last = events.at(-1)?.position ?? after;
      return c.json({
        head,
        after,
        events: events.map(logRecord),
        next: last < head ? last : null,
      });
    })
    .get('/:position', validate('param', PositionParam), async (c) => {
      const { position } = c.req.valid('param');
      const [stored] = await store.readAll({ after: position - 1, limit: 1 });
      if (!stored || stored.position !== position)
        throw new NotFoundError('position', String(position));
      return c.json(logRecord(stored));
    });
}
