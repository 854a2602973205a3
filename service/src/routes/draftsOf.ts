import { isFact, parseStoredEvent, subjectEventOf } from '@kroniek/events';
import type { KroniekEvent } from '@kroniek/events';
import type { SourceDrafts } from '../draft/draftSource.js';
import type { ProposedEvent } from '../draft/proposedEvent.js';
import type { SourceLookup } from '../draft/sourceLookup.js';
import { NotFoundError } from '../errors.js';
import type { RouteDeps } from '../http/deps.js';

/**
 * The drafts of a source, each with the event it proposes: a corroboration of the recorded fact
 * it most likely reports again, else a new fact; `fact` is the draft as a new fact either way.
 */
export interface DraftsAnswer extends Omit<SourceDrafts, 'drafts'> {
  drafts: (SourceDrafts['drafts'][number] & { event: ProposedEvent; fact: ProposedEvent })[];
}

async function recordOf(deps: RouteDeps): Promise<KroniekEvent[]> {
  const stored = await deps.store.readAll();
  return stored
    .map((s) => subjectEventOf(parseStoredEvent(s.data)))
    .filter((e): e is KroniekEvent => e !== undefined && isFact(e));
}

/** Drafts a held source and proposes its events; throws NotFoundError for an unknown id. */
export async function draftsOf(
  deps: RouteDeps,
  lookup: SourceLookup,
  id: string,
): Promise<DraftsAnswer> {
  const source = lookup.get(id);
  if (!source) throw new NotFoundError('source', id);
  // The drafter (chrono-node's parsers, the cue lexicon, the similarity library) loads on the
  // first draft, off the start-up path.
  const [{ draftSource }, { proposedCorroboration, proposedEvent }] = await Promise.all([
    import('../draft/draftSource.js'),
    import('../draft/proposedEvent.js'),
  ]);
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
