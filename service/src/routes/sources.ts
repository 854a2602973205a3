import type { SourceWithText } from '@kroniek/events';
import { Hono } from 'hono';
import { NotFoundError } from '../errors.js';
import type { RouteDeps } from '../http/deps.js';
import { SlugParam } from '../http/queries.js';
import { validate } from '../http/validate.js';

/** Source documents: metadata in the list, the verbatim text one by one so quotations can be shown in context. */
export function sourceRoutes({ sources }: RouteDeps) {
  const meta = ({ text, ...rest }: SourceWithText) => ({ ...rest, length: text.length });
  return new Hono()
    .get('/', (c) => c.json({ sources: [...sources.values()].map(meta) }))
    .get('/:id', validate('param', SlugParam), (c) => {
      const { id } = c.req.valid('param');
      const source = sources.get(id);
      if (!source) throw new NotFoundError('source', id);
      return c.json(source);
    });
}
