// The API's response shapes as the dashboard reads them: names for the types generated from the
// service's OpenAPI document (api.gen.ts, by `npx -y pnpm@10.34.8 gen:api`). The dashboard talks
// to the service only over HTTP, so it takes the shapes from the document, not from server code.
import type { components } from './api.gen.js';

type Schemas = components['schemas'];

export type TimelineItem = Schemas['TimelineItem'];
export type TimelinePage = Schemas['TimelinePage'];
export type EventType = TimelineItem['type'];
export type FuzzyDate = Schemas['FuzzyDate'];
export type Season = Extract<FuzzyDate, { precision: 'season' }>['season'];
export type Money = Schemas['Money'];
export type Quantity = Schemas['Quantity'];
export type ActorRef = Schemas['ActorRef'];
export type SourceRef = Schemas['SourceRef'];
export type KnownAt = Schemas['KnownAt'];
export type DayBounds = Schemas['DayRange'];
/** A correction or retraction in the history of an event. */
export type AmendmentRecord = Schemas['AmendmentRecord'];
/** An event as stored: one of the fact kinds. */
export type RawEvent = Schemas['FactEvent'];
export type EventDetail = Schemas['EventDetail'];
export type SourceWithText = Schemas['SourceWithText'];
export type SubjectSummary = Schemas['SubjectSummary'];
export type PeriodRef = NonNullable<SubjectSummary['first']>;
export type ActorSummary = Schemas['ActorSummary'];
export type ChartSeries = Schemas['ChartSeries'];
export type ChartSeriesName = ChartSeries['name'];
/** A point placed at `day`; its bounds, label and the source's wording are kept. */
export type ChartPoint = Schemas['ChartPoint'];
export type ChartLine = Schemas['ChartLine'];
export type MonthBucket = Schemas['MonthBucket'];
export type ChangeItem = Schemas['ChangeItem'];
export type ChangeList = Schemas['ChangeList'];
/** The commitments register (GET /api/commitments) and one of its entries. */
export type CommitmentRegister = Schemas['CommitmentRegister'];
export type CommitmentItem = Schemas['CommitmentItem'];
/** One source stating an event: its own, or a corroboration (with agreement per field). */
export type CitationRecord = Schemas['CitationRecord'];
export type FieldAgreement = Schemas['FieldAgreement'];
export type SourceSummary = Schemas['SourceSummary'];
/** A draft of the drafts API: every value with its span, and the event it proposes. */
export type Draft = Schemas['Draft'];
export type DraftList = Schemas['DraftList'];
export type AcceptDraftResult = Schemas['AcceptDraftResult'];
export type SubjectDetail = Schemas['SubjectDetail'];
export type LifecycleStep = SubjectDetail['lifecycle'][number];
export type ActorDetail = Schemas['ActorDetail'];
export type ActorEvent = ActorDetail['items'][number];
export type SearchMatch = NonNullable<TimelineItem['match']>;
export type SourceAdded = Schemas['SourceAdded'];
export type SourceCitation = Schemas['SourceCitation'];
