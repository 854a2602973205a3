import { dayBounds } from '@kroniek/events';
import type { FuzzyDate } from '@kroniek/events';
import { actorMatcher, readActors } from './actors.js';
import { readAmounts, readQuantities } from './amounts.js';
import { compileCues, CUES_VERSION, FUTURE, HEDGES, wordsOf } from './cues.js';
import { readDates, undated } from './dates.js';
import { explainsOnly, notAnEvent } from './context.js';
import { FAMILY } from './family.js';
import { detectLanguage } from './language.js';
import { headingsOf, sectionAt, segmentSentences, splitClauses } from './segment.js';
import type { DateReading, DocumentContext, Draft, Language, Span } from './types.js';

export interface DraftOptions {
  documentId: string;
  /** The document's own date: a day, or the window it was published in. */
  published: FuzzyDate;
  language?: Language;
}

/** Below this confidence a sentence is not drafted. */
const THRESHOLD = 0.45;
/** A weaker kind family is drafted beside the strongest only from this weight on. */
const SECONDARY = 0.7;

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
  const headings = headingsOf(text);
  for (const sentence of segmentSentences(text, language)) {
    for (const clause of splitClauses(sentence))
      drafts.push(...draftSentence(headings, clause, ctx, cues, actors));
  }
  return drafts;
}

function draftSentence(
  headings: ReturnType<typeof headingsOf>,
  sentence: Span,
  ctx: DocumentContext,
  cues: ReturnType<typeof compileCues>,
  matcher: ReturnType<typeof actorMatcher>,
): Draft[] {
  if (sentence.text.length < 12 || !/\p{L}{3}/u.test(sentence.text)) return [];
  // A heading or title (no closing punctuation) names a topic; the sentences below report it.
  if (
    !/[.!?:;"”’)\]]\d{0,2}$/.test(sentence.text) &&
    !sentence.text.includes('\n') &&
    sentence.text.length < 60
  )
    return [];
  // A sentence wholly in brackets is an aside ("(As delivered)").
  if (/^\(.*\)[.]?$/s.test(sentence.text)) return [];
  if (explainsOnly(sentence.text)) return [];
  // A title line (a paragraph of its own, no closing punctuation) names what the text reports.
  if (
    !/[.!?:;"”’)\]]\d{0,2}$/.test(sentence.text) &&
    headings.some((h) => h.at === sentence.start && h.title === sentence.text.trim())
  )
    return [];
  // The strongest cue of each kind family: a sentence may report a meeting and what was said there.
  const best = new Map<
    string,
    { cue: (typeof cues)[number]; at: RegExpExecArray; weight: number }
  >();
  const dates = readDates(sentence, ctx);
  const words = wordsOf(sentence.text);
  for (const cue of cues) {
    if (!cue.firstWords.some((w) => words.has(w))) continue;
    // Every place the cue stands: a meeting noun may be a reference back in one place and
    // carry its own date in another ("de laatste bijeenkomst ... voor de NAVO-top op 24 juni").
    const all =
      cue.datedBoost || cue.anaphoric
        ? [...sentence.text.matchAll(cue.reAll)]
        : [cue.re.exec(sentence.text)];
    // A past meeting and an upcoming one in the same sentence are two events.
    const family = cue.past ? 'meeting-past' : FAMILY[cue.kind];
    for (const at of all) {
      if (!at) continue;
      // "the meeting", "mötet", "deze bijeenkomst" without a date of its own refers back to a
      // meeting already named: not another meeting.
      const dated = nearDate(at, sentence, dates);
      if (cue.anaphoric && refersBack(at, sentence.text) && !dated) continue;
      if (notAnEvent(cue, at, sentence.text, dates.length > 0)) continue;
      const had = best.get(family);
      const weight = cue.weight + (cue.datedBoost && dated ? cue.datedBoost : 0);
      if (!had || weight > had.weight) best.set(family, { cue, at, weight });
    }
  }
  if (best.size === 0) return [];
  const amounts = readAmounts(sentence, ctx.language);
  const taken = [...dates.map((d) => d.span), ...amounts.map((a) => a.span)];
  const quantities = readQuantities(sentence, ctx.language, taken);
  const top = Math.max(...[...best.values()].map((b) => b.weight));
  const hedged = HEDGES.test(sentence.text) || /\?\s*$/.test(sentence.text);
  const out: Draft[] = [];
  const chosen = [...best.values()];
  // A meeting named as the setting ("Tijdens de top van ...", "At the summit of ...") frames what
  // the sentence reports: what was said or found there is drafted beside it, however weak its cue.
  const setting = chosen.some(
    (c) => FAMILY[c.cue.kind] === 'meeting' && isSetting(c.at, sentence.text),
  );
  for (const { cue, at, weight } of chosen) {
    // A weaker family is drafted beside the strongest only when its own cue is strong, and not
    // on the words a stronger cue already read ("heb ik u toegezegd" is no pledge as well).
    if (weight < top && weight < SECONDARY && !(setting && FAMILY[cue.kind] === 'statement'))
      continue;
    const overlapped = chosen.some(
      (o) =>
        o.weight > weight &&
        o.at.index < at.index + at[0].length &&
        at.index < o.at.index + o.at[0].length,
    );
    if (overlapped && !cue.alongside) continue;
    const cueSpan: Span = {
      start: sentence.start + at.index,
      end: sentence.start + at.index + at[0].length,
      text: at[0],
    };
    const actors = readActors(sentence, matcher, cueSpan.start, cue.roles);
    // The date worded nearest the cue is the event's. A past event, and a statement (reported
    // once made), cannot be dated after the document: a later date is another event's.
    const bounded = cue.past || cue.kind === 'StatementMade';
    const date = [...dates]
      .filter((d) => !bounded || (dayBounds(d.value).earliest ?? '') <= ctx.latest)
      .sort(
        (a, b) =>
          distanceTo(a.span, cueSpan) - distanceTo(b.span, cueSpan) || a.span.start - b.span.start,
      )[0];
    let kind = cue.kind;
    // A commitment made in the document is made before it; a later date it names is when it is due.
    const due =
      kind === 'ParliamentaryCommitmentMade' &&
      date &&
      (dayBounds(date.value).earliest ?? '') > ctx.latest
        ? date
        : undefined;
    const occurred: FuzzyDate = date && !due ? date.value : undated(ctx);
    const occurredFrom = dayBounds(occurred).earliest;
    if (
      kind === 'MeetingHeld' &&
      (FUTURE.test(sentence.text) || (occurredFrom !== null && occurredFrom > ctx.latest))
    )
      kind = 'MeetingScheduled';
    // Telling parliament is a statement to it (a letter, an answer), whatever the verb says.
    if (kind === 'AnnouncementMade' && TO_PARLIAMENT.test(sentence.text)) kind = 'StatementMade';
    // Contributing to an aim named before ("draagt hieraan bij", "contribute to this") with
    // nothing given (no amount, no quantity) states a policy; it commits no support.
    if (
      FAMILY[kind] === 'support' &&
      amounts.length === 0 &&
      quantities.length === 0 &&
      TO_AN_AIM.test(sentence.text.slice(at.index, at.index + at[0].length + 24))
    )
      kind = 'StatementMade';
    let confidence = weight;
    if (date) confidence += 0.1;
    if (actors.length > 0) confidence += 0.05;
    if (amounts.length > 0 || quantities.length > 0) confidence += 0.1;
    if (hedged) confidence -= 0.35;
    confidence = Math.round(Math.min(0.95, Math.max(0, confidence)) * 100) / 100;
    if (confidence < THRESHOLD) continue;
    out.push({
      kind,
      title: titleOf(kind, sentence.text),
      occurred,
      ...(date && !due ? { occurredSpan: date.span } : {}),
      ...(due ? { due: { value: due.value, span: due.span } } : {}),
      knownAt: { date: ctx.published, basis: 'source-publication' },
      amounts,
      quantities,
      actors,
      quotation: sentence,
      section: sectionAt(headings, sentence.start),
      cue: cueSpan,
      rule: { id: `${cue.id}${ruleSuffix(cue.kind, kind)}`, version: CUES_VERSION },
      confidence,
      language: ctx.language,
    });
  }
  return out;
}

/** Words that address parliament: "aan de Kamer", "aan uw Kamer", "to parliament", "till riksdagen". */
const TO_PARLIAMENT =
  /(?<![\p{L}])(aan (de (Tweede )?|uw )Kamer|to (the )?parliament|till riksdagen)(?![\p{L}])/iu;

/** "hieraan", "daartoe", "to this", "till detta": an aim named before, that something contributes to. */
const TO_AN_AIM =
  /(?<![\p{L}])(hieraan|daaraan|eraan|hiertoe|daartoe|to this|to that|to these|till detta|till det|till dessa)(?![\p{L}])/iu;

/** Where a meeting is the setting of what the sentence reports: "tijdens de", "at the", "vid". */
const SETTING =
  /(?<![\p{L}])(in|tijdens|bij|op|at|during|vid|under|på)\s+((de|het|the|den|det)\s+)?$/iu;

function isSetting(at: RegExpExecArray, text: string): boolean {
  return SETTING.test(text.slice(Math.max(0, at.index - 12), at.index));
}

/**
 * How the rule that fired is named when the draft's kind is not its cue's: `+future`,
 * `+parliament` (an announcement to parliament), `+policy` (a contribution to an aim).
 */
function ruleSuffix(cueKind: Draft['kind'], kind: Draft['kind']): string {
  if (kind === cueKind) return '';
  if (kind === 'MeetingScheduled') return '+future';
  return cueKind === 'AnnouncementMade' ? '+parliament' : '+policy';
}

const DEFINITE_BEFORE =
  /(?<![\p{L}])(the|this|that|these|those|deze|die|dit|dat|het|de|denna|detta)\s+$/iu;
const DEFINITE_NOUN = /^(mötet|besöket|sammanträdet|toppmötet|samtalet|överläggningarna)$/iu;

function refersBack(at: RegExpExecArray, text: string): boolean {
  // "the meetings of NATO Defence Ministers" names the meeting it speaks of.
  if (
    /^\s+(of|van|med|för|with)\s/iu.test(
      text.slice(at.index + at[0].length, at.index + at[0].length + 6),
    )
  )
    return false;
  return (
    DEFINITE_NOUN.test(at[0]) ||
    DEFINITE_BEFORE.test(text.slice(Math.max(0, at.index - 8), at.index))
  );
}

/** Whether a date is worded within 30 characters of the cue (a meeting noun with its own date). */
function nearDate(at: RegExpExecArray, sentence: Span, dates: DateReading[]): boolean {
  const cue = {
    start: sentence.start + at.index,
    end: sentence.start + at.index + at[0].length,
    text: at[0],
  };
  return dates.some((d) => d.span.text.length > 0 && distanceTo(d.span, cue) <= 30);
}

function distanceTo(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}

/** "<kind>: <the sentence's first words>", at most 120 characters, cut at a word. */
function titleOf(kind: Draft['kind'], sentence: string): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  const head = flat.length <= 100 ? flat : `${flat.slice(0, 100).replace(/\s+\S*$/, '')} …`;
  return `${KIND_LABEL[kind]}: ${head}`;
}
