import { deriveEventId, entryToEvent, EventBase } from '@kroniek/events';
import type { Provenance } from '@kroniek/events';
import { draftToEntry } from './toRecorded.js';
import type { Draft } from './types.js';

/** An event as drafted: every field of its kind, and only the drafted half of its provenance. */
export type ProposedEvent = Record<string, unknown> & {
  id: string;
  subject: string;
  provenance: { drafted: Provenance['drafted'] };
};

/** What the drafter says of a draft: rule, drafter version, confidence and cue. */
export function draftedProvenance(draft: Draft, drafter: string): Provenance['drafted'] {
  return {
    rule: draft.rule,
    drafter,
    confidence: draft.confidence,
    cue: draft.cue.text.replace(/\s+/g, ' ').trim().slice(0, 300),
  };
}

/** A stable key of a draft within its document: its kind and the place of its quotation. */
export function draftKey(draft: Draft): string {
  return `draft-${draft.quotation.start}-${draft.quotation.end}-${draft.kind.toLowerCase()}`;
}

/** The id an accepted draft gets: derived from its document and key, so accepting twice appends once. */
export function draftEventId(documentId: string, draft: Draft): string {
  return deriveEventId(documentId, draftKey(draft));
}

/**
 * The event a draft proposes, as the review screen edits it: the recorded-file entry of the draft
 * (toRecorded.ts) without its "to be reviewed" summary, with an id of its own and the drafted half
 * of its provenance. The accepted half is the server's to add.
 */
export function proposedEvent(draft: Draft, documentId: string, drafter: string): ProposedEvent {
  const key = draftKey(draft);
  const entry = draftToEntry(draft, documentId, 0);
  delete entry.summary;
  const parsed = entryToEvent(documentId, {
    ...entry,
    key,
    subject: `${documentId}-${key}`.slice(0, 120).replace(/-+$/, ''),
  });
  if (!parsed.success)
    throw new TypeError(
      `draft at ${draft.quotation.start} is not an event: ${parsed.error.message}`,
    );
  return { ...parsed.data, provenance: { drafted: draftedProvenance(draft, drafter) } };
}

/**
 * The corroboration a draft proposes when it reports a recorded fact again: the draft's base
 * fields (what THIS source says: date, actors, amounts, quotation) on the fact's subject, with
 * `corroborates` naming the fact; the kind's own fields belong to the fact and are left out.
 */
export function proposedCorroboration(
  fact: ProposedEvent,
  target: { id: string; subject: string },
  documentId: string,
  draft: Draft,
): ProposedEvent {
  const base = Object.fromEntries(
    Object.entries(fact).filter(([k]) => k in EventBase.shape),
  ) as ProposedEvent;
  return {
    ...base,
    id: deriveEventId(documentId, `${draftKey(draft)}-corroborates`),
    type: 'EventCorroborated',
    subject: target.subject,
    corroborates: target.id,
  };
}
