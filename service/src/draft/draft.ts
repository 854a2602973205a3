import { dayBounds } from '@kroniek/events';
import type { FuzzyDate } from '@kroniek/events';
import { actorMatcher, readActors } from './actors.js';
import { readAmounts, readQuantities } from './amounts.js';
import { compileCues, CUES_VERSION, FUTURE, HEDGES } from './cues.js';
import { readDates, undated } from './dates.js';
import { detectLanguage } from './language.js';
import { sectionOf, segmentSentences } from './segment.js';
import type { DocumentContext, Draft, Language, Span } from './types.js';

export interface DraftOptions {
  documentId: string;
  /** The document's own date: a day, or the window it was published in. */
  published: FuzzyDate;
  language?: Language;
}

/** Below this confidence a sentence is not drafted. */
const THRESHOLD = 0.45;

const KIND_LABEL: Record<Draft['kind'], string> = {
  MeetingHeld: 'Meeting held',
  MeetingScheduled: 'Meeting scheduled',
  AnnouncementMade: 'Announced',
  DocumentAdopted: 'Adopted',
  AgreementSigned: 'Signed',
  ProposalTabled: 'Proposed',
  SupportCommitted: 'Support committed',
  SupportDelivered: 'Support delivered',
  ParliamentaryCommitmentMade: 'Commitment to parliament',
  ParliamentaryCommitmentFulfilled: 'Commitment to parliament fulfilled',
  InitiativeLaunched: 'Launched',
  StatementMade: 'Statement',
};

/**
 * Drafts events from a document's text: one draft per sentence with an event cue, each value
 * read from a span inside that sentence. Pure and deterministic: same text, same drafts.
 */
export function draftDocument(text: string, options: DraftOptions): Draft[] {
  const language = options.language ?? detectLanguage(text);
  const bounds = dayBounds(options.published);
  if (!bounds.earliest || !bounds.latest) throw new TypeError('the document date must be bounded');
  const ctx: DocumentContext = {
    documentId: options.documentId,
    language,
    published: options.published,
    earliest: bounds.earliest,
    latest: bounds.latest,
  };
  const cues = compileCues();
  const actors = actorMatcher();
  const drafts: Draft[] = [];
  for (const sentence of segmentSentences(text, language)) {
    const draft = draftSentence(text, sentence, ctx, cues, actors);
    if (draft) drafts.push(draft);
  }
  return drafts;
}

function draftSentence(
  text: string,
  sentence: Span,
  ctx: DocumentContext,
  cues: ReturnType<typeof compileCues>,
  matcher: ReturnType<typeof actorMatcher>,
): Draft | null {
  if (sentence.text.length < 12 || !/\p{L}{3}/u.test(sentence.text)) return null;
  // A heading or title (no closing punctuation) names a topic; the sentences below report it.
  if (!/[.!?:;"”’)\]]$/.test(sentence.text) && !sentence.text.includes('\n') && sentence.text.length < 120) return null;
  let best: { cue: (typeof cues)[number]; at: RegExpExecArray } | undefined;
  for (const cue of cues) {
    const at = cue.re.exec(sentence.text);
    if (at && (!best || cue.weight > best.cue.weight)) best = { cue, at };
  }
  if (!best) return null;
  const dates = readDates(sentence, ctx);
  const amounts = readAmounts(sentence, ctx.language);
  const taken = [...dates.map((d) => d.span), ...amounts.map((a) => a.span)];
  const quantities = readQuantities(sentence, ctx.language, taken);
  const cueSpan: Span = {
    start: sentence.start + best.at.index,
    end: sentence.start + best.at.index + best.at[0].length,
    text: best.at[0],
  };
  const actors = readActors(sentence, matcher, cueSpan.start, best.cue.roles);
  const date = dates[0];
  const occurred: FuzzyDate = date ? date.value : undated(ctx);
  let kind = best.cue.kind;
  const occurredFrom = dayBounds(occurred).earliest;
  if (kind === 'MeetingHeld' && (FUTURE.test(sentence.text) || (occurredFrom !== null && occurredFrom > ctx.latest)))
    kind = 'MeetingScheduled';
  let confidence = best.cue.weight;
  if (date) confidence += 0.1;
  if (actors.length > 0) confidence += 0.05;
  if (amounts.length > 0 || quantities.length > 0) confidence += 0.1;
  if (HEDGES.test(sentence.text)) confidence -= 0.35;
  if (/\?\s*$/.test(sentence.text)) confidence -= 0.3;
  confidence = Math.round(Math.min(0.95, Math.max(0, confidence)) * 100) / 100;
  if (confidence < THRESHOLD) return null;
  return {
    kind,
    title: titleOf(kind, sentence.text),
    occurred,
    ...(date ? { occurredSpan: date.span } : {}),
    knownAt: { date: ctx.published, basis: 'source-publication' },
    amounts,
    quantities,
    actors,
    quotation: sentence,
    section: sectionOf(text, sentence.start),
    cue: cueSpan,
    rule: { id: `${best.cue.id}${kind !== best.cue.kind ? '+future' : ''}`, version: CUES_VERSION },
    confidence,
    language: ctx.language,
  };
}

/** "<kind>: <the sentence's first words>", at most 120 characters, cut at a word. */
function titleOf(kind: Draft['kind'], sentence: string): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  const head = flat.length <= 100 ? flat : `${flat.slice(0, 100).replace(/\s+\S*$/, '')} …`;
  return `${KIND_LABEL[kind]}: ${head}`;
}
