import { z } from 'zod';
import { ActorRef, Slug } from './actors.js';
import { Money, Quantity } from './amounts.js';
import { FuzzyDate } from './fuzzyDate.js';
import { KnownAt, SourceExtras, SourceMediaType, SourceMetadata, SourceRef } from './sources.js';
import { Provenance } from './provenance.js';
import { EventId, sha256Hex } from './ids.js';
import { Name, Text as FreeText } from './text.js';

/** Current shape version of every event type. Older events are upcast on read. */
export const SCHEMA_VERSION = 1;

/** Free text of an event: trimmed, 1 to `max` characters, no control characters. */
const Text = (max: number) => FreeText({ max, trim: true });

/** Fields every event has, whatever its kind. */
export const EventBase = z.strictObject({
  id: EventId,
  schemaVersion: z.literal(SCHEMA_VERSION),
  subject: Slug.describe('the thing the event is about; also its stream'),
  title: Name(300),
  summary: Text(4000).optional(),
  category: Slug.describe("a broad theme for charts, e.g. 'ukraine-support'"),
  occurred: FuzzyDate,
  knownAt: KnownAt,
  source: SourceRef,
  actors: z.array(ActorRef).max(100),
  money: z.array(Money).max(20).optional(),
  quantities: z.array(Quantity).max(50).optional(),
  relatedSubjects: z.array(Slug).max(50).optional(),
  // Issue 15: drafted by a rule and accepted by a reviewer (absent on hand-recorded events).
  provenance: Provenance.optional(),
});

const kind = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  EventBase.extend({ type: z.literal(type), ...shape });

const Named = z.strictObject({ name: Name(300), place: Name(200).optional() });

export const MeetingHeld = kind('MeetingHeld', {
  meeting: Named.extend({
    classified: z.boolean().optional().describe('content may not be reported; none is recorded'),
  }),
});
export const MeetingScheduled = kind('MeetingScheduled', { meeting: Named });
export const AnnouncementMade = kind('AnnouncementMade', {});
export const DocumentAdopted = kind('DocumentAdopted', {
  document: z.strictObject({ name: Name(300), replaces: Name(300).optional() }),
});
export const AgreementSigned = kind('AgreementSigned', {
  agreement: z.strictObject({
    name: Name(300),
    form: z.enum(['agreement', 'mou', 'treaty', 'contract', 'other']),
  }),
});
export const ProposalTabled = kind('ProposalTabled', {
  proposal: z.strictObject({ name: Name(300) }),
});
export const SupportCommitted = kind('SupportCommitted', {});
export const SupportDelivered = kind('SupportDelivered', {
  stage: z.enum(['started', 'partial', 'completed']),
});
export const ParliamentaryCommitmentMade = kind('ParliamentaryCommitmentMade', {
  commitment: z.strictObject({
    description: Text(2000),
    due: FuzzyDate.optional().describe('when it is to be fulfilled, as precisely as promised'),
  }),
});
export const ParliamentaryCommitmentFulfilled = kind('ParliamentaryCommitmentFulfilled', {
  fulfils: EventId.optional().describe('the id of the ParliamentaryCommitmentMade event'),
});
export const InitiativeLaunched = kind('InitiativeLaunched', {});
export const StatementMade = kind('StatementMade', {});

/** What a correction may change of the event it corrects. */
export const CorrectableFields = z
  .strictObject({
    title: Name(300),
    summary: Text(4000),
    category: Slug,
    occurred: FuzzyDate,
    knownAt: KnownAt,
    actors: z.array(ActorRef).max(100),
    money: z.array(Money).max(20),
    quantities: z.array(Quantity).max(50),
  })
  .partial()
  .refine((c) => Object.keys(c).length > 0, {
    message: 'a correction must change at least one field',
  });
export type CorrectableFields = z.infer<typeof CorrectableFields>;

export const EventCorrected = kind('EventCorrected', {
  corrects: EventId,
  changes: CorrectableFields,
  reason: Text(2000),
});
export const EventRetracted = kind('EventRetracted', {
  retracts: EventId,
  reason: Text(2000),
});

// --- corroboration (h13-corrob) ---
/**
 * Another source states a fact already in the record. Like a correction it has the event base:
 * `occurred` is what THIS source says of the date, `knownAt` when THIS source was public,
 * `source` this source's quotation, and actors/money/quantities what this source states.
 * It is not a fact of its own: it adds a citation to the fact it corroborates.
 */
export const EventCorroborated = kind('EventCorroborated', {
  corroborates: EventId.describe('the id of the fact this source also states'),
});
// --- end corroboration ---

// ---- Source records (issue 13): a source is registered in the log, with its text. ----

/** The longest source text kroniek keeps (characters). */
export const MAX_SOURCE_TEXT = 2_000_000;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits');

/**
 * A source document enters the record: its metadata, the text quotations are checked against
 * (and its SHA-256), and the SHA-256 of the original bytes it was extracted from. Its id is
 * derived from the original bytes (`sourceEventId`), so registering the same bytes twice is a
 * no-op. Not a fact: it says nothing about the world, and no view lists it.
 */
export const SourceRegistered = z
  .strictObject({
    id: EventId,
    schemaVersion: z.literal(SCHEMA_VERSION),
    type: z.literal('SourceRegistered'),
    documentId: Slug.describe("the source's id, as events' `source.documentId` names it"),
    ...SourceMetadata.shape,
    mediaType: SourceMediaType,
    header: SourceExtras.header,
    text: FreeText({ max: MAX_SOURCE_TEXT, quotation: true }).describe('the extracted text'),
    textSha256: Sha256.describe('SHA-256 of the text (UTF-8)'),
    originalSha256: Sha256.describe('SHA-256 of the original bytes'),
  })
  .refine((s) => sha256Hex(s.text) === s.textSha256, {
    message: 'does not match the SHA-256 of the text',
    path: ['textSha256'],
  });

/** What a source correction may change: any metadata field, never the text. */
export const CorrectableSourceFields = z
  .strictObject(SourceMetadata.shape)
  .partial()
  .refine((c) => Object.keys(c).length > 0, {
    message: 'a correction must change at least one field',
  });
export type CorrectableSourceFields = z.infer<typeof CorrectableSourceFields>;

/** A registered source's metadata is corrected; its text never is. Not a fact. */
export const SourceCorrected = z.strictObject({
  id: EventId,
  schemaVersion: z.literal(SCHEMA_VERSION),
  type: z.literal('SourceCorrected'),
  documentId: Slug,
  changes: CorrectableSourceFields,
  reason: Text(2000),
});

export type SourceRegistered = z.infer<typeof SourceRegistered>;
export type SourceCorrected = z.infer<typeof SourceCorrected>;

/** The kinds that are about sources, not facts: kept out of `FactEvent` and of every view. */
export const SOURCE_RECORD_KINDS = [SourceRegistered, SourceCorrected] as const;

// ---- end of source records ----

/**
 * The schemas of every kind of fact (an event about the world). A kind added here must also get
 * its rules in kindRules.ts (KIND_RULES): the compiler says so.
 */
export const FACT_KINDS = [
  MeetingHeld,
  MeetingScheduled,
  AnnouncementMade,
  DocumentAdopted,
  AgreementSigned,
  ProposalTabled,
  SupportCommitted,
  SupportDelivered,
  ParliamentaryCommitmentMade,
  ParliamentaryCommitmentFulfilled,
  InitiativeLaunched,
  StatementMade,
] as const;

/** Every kind of event kroniek records, discriminated on `type`. */
export const KroniekEvent = z.discriminatedUnion('type', [
  ...FACT_KINDS,
  EventCorrected,
  EventRetracted,
  EventCorroborated,
]);
export type KroniekEvent = z.infer<typeof KroniekEvent>;
export type EventType = KroniekEvent['type'];
export type EventOf<T extends EventType> = Extract<KroniekEvent, { type: T }>;

export const EVENT_TYPES = KroniekEvent.options.map((o) => o.shape.type.value) as EventType[];

/** Event types that say something about the world, as opposed to about other events. */
export type FactEvent = Exclude<
  KroniekEvent,
  { type: 'EventCorrected' | 'EventRetracted' | 'EventCorroborated' }
>;

// ---- Source records in the log (issue 13) ----

/**
 * Every kind of event the log holds: the events on subjects (`KroniekEvent`: facts and their
 * amendments) and the source records (`SourceRegistered`, `SourceCorrected`), which live on a
 * stream of their own. Kept apart from `KroniekEvent` because everything that reads an event on a
 * subject (views, drafts, imports of recorded files) may rely on its subject, dates and source.
 */
export const LogEvent = z.discriminatedUnion('type', [
  ...KroniekEvent.options,
  ...SOURCE_RECORD_KINDS,
]);
export type LogEvent = z.infer<typeof LogEvent>;

/** The kinds about sources (see SOURCE_RECORD_KINDS). */
export type SourceRecordEvent = Exclude<LogEvent, KroniekEvent>;
export type SourceRecordType = SourceRecordEvent['type'];

/** Every type the log may hold: the event kinds and the source-record kinds. */
export const LOG_EVENT_TYPES = LogEvent.options.map(
  (o) => o.shape.type.value,
) as LogEvent['type'][];

/** True for the events about sources, which are not facts and no view lists. */
export function isSourceRecord(e: { type: string }): e is SourceRecordEvent {
  return e.type === 'SourceRegistered' || e.type === 'SourceCorrected';
}

/** The event on a subject a log event is, or undefined for a source record. */
export function subjectEventOf(e: LogEvent): KroniekEvent | undefined {
  return isSourceRecord(e) ? undefined : (e as KroniekEvent);
}

// ---- end of source records in the log ----

/** True for corrections and retractions, which act on an earlier event. */
export function isAmendment(
  e: KroniekEvent,
): e is EventOf<'EventCorrected'> | EventOf<'EventRetracted'> {
  return e.type === 'EventCorrected' || e.type === 'EventRetracted';
}

/** True for a corroboration: another source stating a fact already recorded. */
export function isCorroboration(e: KroniekEvent): e is EventOf<'EventCorroborated'> {
  return e.type === 'EventCorroborated';
}

/** True for a fact: an event about the world, neither an amendment nor a corroboration. */
export function isFact(e: KroniekEvent): e is FactEvent {
  return !isAmendment(e) && !isCorroboration(e);
}
