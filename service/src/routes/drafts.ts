import { isAmendment, parseStoredEvent } from '@kroniek/events';
import type { KroniekEvent } from '@kroniek/events';
import { Hono } from 'hono';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { draftSource } from '../draft/draftSource.js';
import type { SourceDrafts } from '../draft/draftSource.js';
import { proposedEvent } from '../draft/proposedEvent.js';
import type { ProposedEvent } from '../draft/proposedEvent.js';
import { sourceLookupOf } from '../draft/sourceLookup.js';
import type { SourceLookup } from '../draft/sourceLookup.js';
import { NotFoundError } from '../errors.js';
import type { RouteDeps } from '../http/deps.js';
import { SlugParam } from '../http/queries.js';
import { validate } from '../http/validate.js';
import { acceptDraft } from './acceptDraft.js';

/** The body of an acceptance: the proposed event, as drafted or edited. */
export const AcceptDraftBody = z.strictObject({
  event: z.record(z.string(), z.unknown()).describe('the proposed event, as drafted or edited'),
});

/** The drafts of a source, each with the event it proposes. */
export interface DraftsAnswer extends Omit<SourceDrafts, 'drafts'> {
  drafts: (SourceDrafts['drafts'][number] & { event: ProposedEvent })[];
}

async function recordOf(deps: RouteDeps): Promise<KroniekEvent[]> {
  const stored = await deps.store.readAll();
  return stored.map((s) => parseStoredEvent(s.data)).filter((e) => !isAmendment(e));
}

/** Drafts a held source and proposes its events; throws NotFoundError for an unknown id. */
export async function draftsOf(
  deps: RouteDeps,
  lookup: SourceLookup,
  id: string,
): Promise<DraftsAnswer> {
  const source = lookup.get(id);
  if (!source) throw new NotFoundError('source', id);
  const result = draftSource(source, await recordOf(deps));
  return {
    ...result,
    drafts: result.drafts.map((d) => ({ ...d, event: proposedEvent(d, id, result.drafter) })),
  };
}

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
