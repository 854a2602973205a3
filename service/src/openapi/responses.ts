import { KNOWN_STATUSES, OCCURRED_STATUSES } from '../temporal/status.js';
import {
  ActorRef,
  CorrectableFields,
  EVENT_TYPES,
  EventCorrected,
  EventRetracted,
  FACT_KINDS,
  FuzzyDate,
  KnownAt,
  Money,
  Quantity,
  LOG_EVENT_TYPES,
  LogEvent,
  SourceRef,
  SUBJECT_KINDS,
  SUBJECT_STATUSES,
} from '@kroniek/events';
import type { EventType, LogEvent as LogEventValue } from '@kroniek/events';

type LogEventType = LogEventValue['type'];
import { z } from 'zod';

// The shapes the API answers with, as zod schemas so the OpenAPI document can describe them.
// They follow the read model's types (readmodel/readModelTypes.ts); responseTypeChecks.ts makes
// the compiler hold the two together, and tests/service/routes/openapi.api.test.ts validates real
// answers of the seeded app against the document built from them. Views (actors, charts, changes)
// are in viewResponses.ts.

export const Day = z.string().describe('a calendar day, YYYY-MM-DD');
export const Timestamp = z.string().describe('an ISO 8601 timestamp');
export const Count = z.number().int().min(0);

export const EventTypeName = z.enum(EVENT_TYPES as [EventType, ...EventType[]]);

/** An event that says something about the world (every kind but corrections and retractions). */
export const FactEvent = z.discriminatedUnion('type', FACT_KINDS);

export const DayRange = z.object({
  earliest: Day.nullable().describe('earliest day the date can mean; null when open'),
  latest: Day.nullable().describe('latest day the date can mean; null when open'),
});

// --- corroboration (h13-corrob) ---
export const SourcesSummary = z.object({
  count: Count.describe(
    'sources stating the fact in this view (public by knownBy, recorded by recordedAsOf): its own and its corroborations',
  ),
  documentIds: z.array(z.string()).describe("their documents, the fact's own first, each once"),
  disagreements: z
    .array(z.string())
    .describe('fields on which some corroboration states another value than the record'),
});

export const StatedValues = z.object({
  occurred: FuzzyDate,
  actors: z.array(ActorRef),
  money: z.array(Money).optional(),
  quantities: z.array(Quantity).optional(),
});

export const FieldAgreement = z.object({
  field: z.enum(['occurred', 'money', 'quantities', 'actors']),
  agreement: z
    .enum(['same', 'compatible', 'differs'])
    .describe(
      "'compatible': not the same but not contradicting (a vaguer date, an overlapping range, fewer actors); 'differs': another value",
    ),
  record: z.unknown().describe("the record's current value of the field"),
  stated: z.unknown().describe('what this source states'),
});

export const CitationRecord = z.object({
  id: z.uuid().describe('the citing event: the fact itself, or the EventCorroborated'),
  role: z.enum(['own', 'corroboration']),
  position: z.number().int().min(1),
  source: SourceRef,
  knownAt: KnownAt,
  knownOn: Day.describe("the latest bound of this source's knownAt"),
  recordedAt: Timestamp,
  public: z.boolean().describe('public by knownBy'),
  earliest: z.boolean().describe('the source the fact is known from'),
  title: z.string(),
  stated: StatedValues,
  corrections: Count,
  agreement: z.array(FieldAgreement).describe('each stated field against the record'),
  disagrees: z.array(z.string()),
});
// --- end corroboration ---
const OccurredStatus = z.enum(OCCURRED_STATUSES);
const KnownStatus = z.enum(KNOWN_STATUSES);

/** Counts by status, three ways on each axis (the read model's StatusCounts). */
export const STATUS_COUNT_FIELDS = {
  happened: Count,
  possiblyHappened: Count,
  later: Count,
  known: Count,
  possiblyKnown: Count,
  notYetKnown: Count,
};

export const ReplayCounts = z
  .object({
    ...STATUS_COUNT_FIELDS,
    notYetKnown: Count.describe(
      'events the replay hides because they were not yet public by knownBy',
    ),
    byType: z
      .record(z.string(), Count)
      .describe('listed events that happened or possibly happened, per type'),
  })
  .describe(
    'retracted events left out; occurred statuses count what knownStatus lists, knownAt statuses what occurredStatus lists',
  );

export const TimelineItem = z.object({
  id: z.uuid(),
  position: z.number().int().min(1).describe('log position of the event'),
  type: EventTypeName,
  subject: z.string(),
  title: z.string(),
  summary: z.string().optional(),
  category: z.string(),
  occurred: FuzzyDate,
  occurredBounds: DayRange,
  occurredLabel: z.string().describe('the occurred date as a reader would say it'),
  knownAt: KnownAt,
  knownOn: Day.nullable().describe(
    'the day by which it was certainly public: the latest bound of knownAt',
  ),
  knownLabel: z.string().describe('the knownAt window as a reader would say it'),
  recordedAt: Timestamp,
  actors: z.array(ActorRef),
  money: z.array(Money).optional(),
  quantities: z.array(Quantity).optional(),
  relatedSubjects: z.array(z.string()).optional(),
  source: SourceRef,
  status: OccurredStatus.describe('the same as occurredStatus (kept for older clients)'),
  occurredStatus: OccurredStatus.describe(
    'occurred against asOf: happened (latest bound ≤ asOf), possibly-happened (the window straddles asOf), later (earliest bound > asOf)',
  ),
  knownStatus: KnownStatus.describe(
    'knownAt against knownBy: known (latest bound ≤ knownBy), possibly-known (the window straddles knownBy), not-yet-known',
  ),
  retracted: z.boolean(),
  corrections: Count.describe('number of corrections applied in this view'),
  sources: SourcesSummary,
  match: z
    .object({
      terms: z.array(z.string()).describe('the folded words of the query'),
      fields: z.array(z.enum(['title', 'summary', 'quotation', 'actors', 'subject'])),
    })
    .optional()
    .describe('with a free-text query: the fields of this event that hold one of its words'),
});

export const TimelinePage = z.object({
  items: z.array(TimelineItem),
  nextCursor: z.string().nullable().describe('pass as `cursor` for the next page; null at the end'),
  total: Count.describe('items in the listing over all pages'),
  counts: ReplayCounts,
});

export const AmendmentRecord = z.object({
  id: z.uuid(),
  type: z.enum(['EventCorrected', 'EventRetracted']),
  position: z.number().int().min(1),
  reason: z.string(),
  changes: CorrectableFields.optional(),
  changedFields: z.array(z.string()),
  source: SourceRef,
  knownAt: KnownAt,
  knownOn: Day.nullable(),
  recordedAt: Timestamp,
  applied: z
    .boolean()
    .describe('part of the view asked for (known by knownBy, recorded by recordedAsOf)'),
});

export const EventDetail = z.object({
  item: TimelineItem.describe('the current view: the original with every applicable correction'),
  current: FactEvent,
  original: FactEvent,
  history: z.array(AmendmentRecord).describe('every correction and retraction, in log order'),
  retraction: AmendmentRecord.nullable(),
  related: z.array(TimelineItem),
  citations: z
    .array(CitationRecord)
    .describe('every source stating the fact: its own first, then corroborations in log order'),
  viaCorroboration: z
    .uuid()
    .optional()
    .describe('set when the id asked for was that of a corroboration of this event'),
  viaAmendment: z
    .uuid()
    .optional()
    .describe('set when the id asked for was that of a correction or retraction of this event'),
  amendment: AmendmentRecord.extend({
    event: z.discriminatedUnion('type', [EventCorrected, EventRetracted]),
  })
    .optional()
    .describe('that correction or retraction itself, when the id asked for was one'),
});

export const SubjectKind = z.enum(SUBJECT_KINDS);

export const SubjectStatus = z.enum(SUBJECT_STATUSES);

const Period = z.object({ occurredLabel: z.string(), occurredBounds: DayRange });

export const SubjectSummary = z.object({
  id: z.string(),
  kind: SubjectKind,
  status: SubjectStatus,
  title: z.string(),
  categories: z.array(z.string()),
  events: Count.describe('events that happened by asOf'),
  later: Count.describe('events after asOf'),
  first: Period.nullable(),
  last: Period.nullable(),
  next: Period.nullable(),
  due: FuzzyDate.optional(),
  dueLabel: z.string().optional(),
  dueBounds: DayRange.optional().describe(
    "the due date's day bounds: a season or a month is a window",
  ),
  actors: z.array(z.string()),
});

export const LifecycleStep = z.object({
  status: SubjectStatus,
  eventId: z.uuid(),
  type: EventTypeName,
  occurredLabel: z.string(),
  occurredBounds: DayRange,
});

export const SubjectDetail = SubjectSummary.extend({
  lifecycle: z.array(LifecycleStep),
  items: z.array(TimelineItem),
  relatedSubjects: z.array(z.string()),
});

export const SubjectList = z.object({ subjects: z.array(SubjectSummary) });

export const LogRecord = z.object({
  position: z.number().int().min(1).describe('1-based, contiguous'),
  stream: z.string(),
  revision: z.number().int().min(0).describe('0-based revision within its stream'),
  id: z.uuid(),
  type: z.enum(LOG_EVENT_TYPES as [LogEventType, ...LogEventType[]]),
  data: LogEvent.describe('the event (or source record), lifted to the current schema version'),
  metadata: z.record(z.string(), z.unknown()),
  recordedAt: Timestamp,
  hash: z.string().describe('hex SHA-256 chaining this entry to the one before it'),
});

export const LogPage = z.object({
  head: Count.describe('the position of the last entry in the log'),
  after: Count,
  events: z.array(LogRecord),
  next: Count.nullable().describe('pass as `after` for the next page; null at the head'),
});

export {
  SourceCorrectionResult,
  SourceAdded,
  SourceCitation,
  SourceList,
  SourceRecord,
  SourceSummary,
  SourceWithText,
} from './sourceResponses.js';

export const AppendResult = z.object({
  stream: z.string(),
  revision: z.number().int().describe("the stream's revision after the append"),
  position: z.number().int().describe('the log position of the last event written or found'),
  appended: Count.describe('0 when every event was stored already (an idempotent retry)'),
  alreadyRetracted: z
    .literal(true)
    .optional()
    .describe(
      'a retraction of a fact retracted already: nothing appended, `events` names the retraction',
    ),
  detail: z.string().optional().describe('why nothing was appended'),
  events: z.array(
    z.object({
      id: z.uuid(),
      type: EventTypeName,
      position: z.number().int().min(1),
      revision: z.number().int().min(0),
    }),
  ),
});

export const LogHead = z.object({
  position: Count.describe('the log position of the head (0: an empty log)'),
  hash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe("the head event's chain hash (64 zeros when empty)"),
  recordedAt: Timestamp.nullable().describe('when the head event was stored (null when empty)'),
});

export const Health = z.object({ status: z.literal('ok') });
export const Readiness = z.looseObject({
  status: z.string().describe("'ready', or why not ('catching-up', 'unavailable', ...)"),
  head: Count.optional(),
  position: Count.optional(),
  reason: z.string().optional(),
});
