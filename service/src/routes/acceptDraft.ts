import canonicalize from 'canonicalize';
import { isAmendment } from '@kroniek/events';
import { checkCorroboration } from './corroboration.js';
import { ValidationError } from '../errors.js';
import type { RouteDeps } from '../http/deps.js';
import type { DraftsAnswer } from './draftsOf.js';
import { appendAndSync, checkSource, completeEvent } from './writeSupport.js';

/** Fields the server owns: never counted as a reviewer's edit. */
const OWN = new Set(['id', 'schemaVersion', 'provenance']);

/** The top-level fields whose values differ between the proposed and the posted event. */
export function editedFields(
  proposed: Record<string, unknown>,
  posted: Record<string, unknown>,
): string[] {
  const keys = new Set([...Object.keys(proposed), ...Object.keys(posted)]);
  return [...keys]
    .filter((k) => !OWN.has(k))
    .filter((k) => canonicalize(proposed[k] ?? null) !== canonicalize(posted[k] ?? null))
    .sort();
}

/**
 * Appends an accepted draft, as drafted or edited: the corroboration it proposes or the new fact
 * (found by its id among what the drafter proposes for this source now); its provenance is the server's: what the drafter says of it,
 * when it was accepted and which fields the reviewer changed. The quotation is checked against the
 * source text at its offsets, like any posted event.
 */
export async function acceptDraft(
  deps: RouteDeps,
  drafted: DraftsAnswer,
  posted: Record<string, unknown>,
) {
  const draft = drafted.drafts.find((d) => d.event.id === posted.id || d.fact.id === posted.id);
  const proposal = draft && (draft.event.id === posted.id ? draft.event : draft.fact);
  if (!draft || !proposal) {
    throw new ValidationError('not a draft of this source', [
      {
        path: 'event.id',
        message: `the drafter proposes no event '${String(posted.id)}' for '${drafted.documentId}'`,
      },
    ]);
  }
  const edited = editedFields(proposal, posted);
  const event = completeEvent(
    {
      ...posted,
      provenance: {
        drafted: draft.event.provenance.drafted,
        accepted: { at: deps.clock().toISOString(), edited },
      },
    },
    ['event'],
  );
  if (isAmendment(event)) {
    throw new ValidationError('a draft is a fact, not a correction or retraction', [
      { path: 'event.type', message: `'${event.type}' is not a drafted kind` },
    ]);
  }
  if (event.source.documentId !== drafted.documentId) {
    throw new ValidationError('the draft cites another source', [
      { path: 'event.source.documentId', message: `drafts of '${drafted.documentId}' cite it` },
    ]);
  }
  checkSource(event.source, deps.sources, ['event']);
  await checkCorroboration(deps.store, event, (field) => `event.${field}`);
  return { ...(await appendAndSync(deps, event.subject, [event], 'any')), edited };
}
