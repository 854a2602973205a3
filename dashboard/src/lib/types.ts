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
export type SourceSummary = Schemas['SourceSummary'];
export type SourceAdded = Schemas['SourceAdded'];
export type SourceCitation = Schemas['SourceCitation'];
