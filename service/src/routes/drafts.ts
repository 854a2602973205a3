import { Hono } from 'hono';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { sourceLookupOf } from '../draft/sourceLookup.js';
import type { RouteDeps } from '../http/deps.js';
import { SlugParam } from '../http/queries.js';
import { validate } from '../http/validate.js';
import { acceptDraft } from './acceptDraft.js';
import { draftsOf } from './draftsOf.js';

export type { DraftsAnswer } from './draftsOf.js';

/** The body of an acceptance: the proposed event, as drafted or edited. */
export const AcceptDraftBody = z.strictObject({
  event: z.record(z.string(), z.unknown()).describe('the proposed event, as drafted or edited'),
});

/**
 * Drafts of a source the service holds (`POST /api/sources/{id}/drafts`, with the token: drafting
 * reads the whole record to propose corroborations) and their acceptance
 * (`POST /api/sources/{id}/drafts/accept`). A rejected draft is simply never accepted: nothing of
 * it enters the log.
 */
export function draftRoutes(deps: RouteDeps, requireToken: MiddlewareHandler) {
  // When sources move into the log, this lookup is the one line to change.
  const lookup = sourceLookupOf(deps.sources);
  return new Hono()
    .post('/:id/drafts', requireToken, validate('param', SlugParam), async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await draftsOf(deps, lookup, id));
    })
    .post(
      '/:id/drafts/accept',
      requireToken,
      validate('param', SlugParam),
      validate('json', AcceptDraftBody),
      async (c) => {
        const { id } = c.req.valid('param');
        const drafted = await draftsOf(deps, lookup, id);
        const result = await acceptDraft(deps, drafted, c.req.valid('json').event);
        return c.json(result, result.appended > 0 ? 201 : 200);
      },
    );
}
