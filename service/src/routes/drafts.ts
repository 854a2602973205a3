import { isFact, parseStoredEvent } from '@kroniek/events';
import type { KroniekEvent } from '@kroniek/events';
import { Hono } from 'hono';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { draftSource } from '../draft/draftSource.js';
import type { SourceDrafts } from '../draft/draftSource.js';
import { proposedCorroboration, proposedEvent } from '../draft/proposedEvent.js';
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

/**
 * The drafts of a source, each with the event it proposes: a corroboration of the recorded fact
 * it most likely reports again, else a new fact; `fact` is the draft as a new fact either way.
 */
export interface DraftsAnswer extends Omit<SourceDrafts, 'drafts'> {
  drafts: (SourceDrafts['drafts'][number] & { event: ProposedEvent; fact: ProposedEvent })[];
}

async function recordOf(deps: RouteDeps): Promise<KroniekEvent[]> {
  const stored = await deps.store.readAll();
  return stored.map((s) => parseStoredEvent(s.data)).filter(isFact);
}

/** Drafts a held source and proposes its events; throws NotFoundError for an unknown id. */
export async function draftsOf(
  deps: RouteDeps,
  lookup: SourceLookup,
  id: string,
): Promise<DraftsAnswer> {
  const source = lookup.get(id);
  if (!source) throw new NotFoundError('source', id);
  const record = await recordOf(deps);
  const subjects = new Map(record.map((e) => [e.id, e.subject]));
  const result = draftSource(source, record);
  return {
    ...result,
    drafts: result.drafts.map((d) => {
      const fact = proposedEvent(d, id, result.drafter);
      const target = d.corroborates && {
        id: d.corroborates.eventId,
        subject: subjects.get(d.corroborates.eventId)!,
      };
      const event = target ? proposedCorroboration(fact, target, id, d) : fact;
      return { ...d, event, fact };
    }),
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
