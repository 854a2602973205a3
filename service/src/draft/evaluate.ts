import { dayBounds } from '@kroniek/events';
import type { DayBounds, KroniekEvent } from '@kroniek/events';
import { draftDocument } from './draft.js';
import { FAMILY, windowsOverlap } from './family.js';
import type { KindFamily } from './family.js';
import { inventedValues } from './verify.js';
import type { InventedValue } from './verify.js';
import type { Draft, Language } from './types.js';

/**
 * KEY.md's kinds onto kroniek's. KEY writes a kind and, in brackets, what sort of it; the bracket
 * decides where the kind alone is too broad ("other (training)" and "other (procurement
 * for Ukraine)" are support given to Ukraine; every other "other" - a letter to parliament, a
 * press conference, a publication - is a statement of its author).
 */
export function mapKeyKind(kind: string): Draft['kind'] {
  const k = kind.toLowerCase();
  if (k.startsWith('meeting-scheduled')) return 'MeetingScheduled';
  if (k.startsWith('meeting')) return 'MeetingHeld';
  if (k.startsWith('pledge')) return 'SupportCommitted';
  if (k.startsWith('delivery')) return 'SupportDelivered';
  if (k.startsWith('announcement')) return 'AnnouncementMade';
  if (k.startsWith('adoption')) return 'DocumentAdopted';
  if (k.startsWith('signing')) return 'AgreementSigned';
  if (k.startsWith('proposal')) return 'ProposalTabled';
  if (k.startsWith('parliamentary-commitment'))
    return /follow-up|fulfil/.test(k)
      ? 'ParliamentaryCommitmentFulfilled'
      : 'ParliamentaryCommitmentMade';
  if (/other \((training|procurement)/.test(k)) return 'SupportCommitted';
  return 'StatementMade';
}

/** A reference event: its kind, its day window (null ends: open or not stated) and its quotation's place. */
export interface ReferenceEvent {
  label: string;
  kind: Draft['kind'];
  window: DayBounds | null;
  start: number;
  end: number;
  quote: string;
}

/** KEY's normalised date ("→ 2023-02-14/2023-02-15", "→ 2022-04-19") as a window; null when not stated. */
export function keyWindow(date: string): DayBounds | null {
  const after = date.includes('→') ? date.slice(date.indexOf('→')) : date;
  const days = [...after.matchAll(/\b(\d{4}-\d{2}-\d{2})\b/g)].map((m) => m[1]!);
  if (days.length >= 2) return { earliest: days[0]!, latest: days[1]! };
  if (days.length === 1) return { earliest: days[0]!, latest: days[0]! };
  const month = /\b(\d{4})-(\d{2})\b/.exec(after);
  if (month)
    return { earliest: `${month[1]}-${month[2]}-01`, latest: `${month[1]}-${month[2]}-31` };
  return null;
}

export interface DocResult {
  id: string;
  language: Language;
  drafts: Draft[];
  matchedDrafts: boolean[];
  found: boolean[];
  reference: ReferenceEvent[];
  invented: Array<InventedValue & { draft: number }>;
}

/** Whether a draft reports a reference event: same kind family, overlapping date, overlapping quotation. */
export function matches(d: Draft, r: ReferenceEvent): boolean {
  if (FAMILY[d.kind] !== FAMILY[r.kind]) return false;
  if (r.window && !windowsOverlap(dayBounds(d.occurred), r.window)) return false;
  return d.quotation.start < r.end && d.quotation.end > r.start;
}

/** Drafts one document and scores it against its reference events. */
export function evaluateDocument(
  id: string,
  text: string,
  published: Parameters<typeof draftDocument>[1]['published'],
  language: Language,
  reference: ReferenceEvent[],
): DocResult {
  const drafts = draftDocument(text, { documentId: id, published, language });
  const b = dayBounds(published);
  const ctx = { documentId: id, language, published, earliest: b.earliest!, latest: b.latest! };
  const invented = drafts.flatMap((d, i) =>
    inventedValues(d, text, ctx).map((v) => ({ ...v, draft: i })),
  );
  return {
    id,
    language,
    drafts,
    matchedDrafts: drafts.map((d) => reference.some((r) => matches(d, r))),
    found: reference.map((r) => drafts.some((d) => matches(d, r))),
    reference,
    invented,
  };
}

/** The recorded events of a source as reference events. */
export function recordedAsReference(events: readonly KroniekEvent[]): ReferenceEvent[] {
  return events
    .filter((e) => e.type !== 'EventCorrected' && e.type !== 'EventRetracted')
    .map((e) => ({
      label: e.title,
      kind: e.type as Draft['kind'],
      window: dayBounds(e.occurred),
      start: e.source.location.start,
      end: e.source.location.end,
      quote: e.source.quotation,
    }));
}

export interface Score {
  reference: number;
  found: number;
  drafts: number;
  correct: number;
  recall: number;
  precision: number;
}

/** Recall and precision over some documents, optionally only for one kind family or language. */
export function score(results: DocResult[], family?: KindFamily): Score {
  let reference = 0,
    found = 0,
    drafts = 0,
    correct = 0;
  for (const r of results) {
    r.reference.forEach((ref, i) => {
      if (family && FAMILY[ref.kind] !== family) return;
      reference++;
      if (r.found[i]) found++;
    });
    r.drafts.forEach((d, i) => {
      if (family && FAMILY[d.kind] !== family) return;
      drafts++;
      if (r.matchedDrafts[i]) correct++;
    });
  }
  return {
    reference,
    found,
    drafts,
    correct,
    recall: reference ? found / reference : 1,
    precision: drafts ? correct / drafts : 1,
  };
}
