// The API's response shapes as the dashboard reads them. They mirror the read-model facade
// (service/src/projections/readModel.ts); the dashboard talks to the service only over HTTP,
// so it keeps its own copy of the shapes rather than importing server code.

export const EVENT_KINDS = [
  'MeetingHeld',
  'MeetingScheduled',
  'AnnouncementMade',
  'DocumentAdopted',
  'AgreementSigned',
  'ProposalTabled',
  'SupportCommitted',
  'SupportDelivered',
  'ParliamentaryCommitmentMade',
  'ParliamentaryCommitmentFulfilled',
  'InitiativeLaunched',
  'StatementMade',
  'EventCorrected',
  'EventRetracted',
] as const;
export type EventType = (typeof EVENT_KINDS)[number];

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

export type FuzzyDate =
  | { precision: 'day'; date: string; wording?: string }
  | { precision: 'days'; from: string; to: string; wording?: string }
  | { precision: 'month'; month: string; wording?: string }
  | { precision: 'season'; season: Season; year: number; wording?: string }
  | { precision: 'year'; year: number; wording?: string }
  | { precision: 'between'; earliest?: string; latest?: string; wording?: string };

export interface Money {
  currency: string;
  amount: { kind: 'exact'; value: number } | { kind: 'range'; low: number; high: number };
  approximate: boolean;
  wording: string;
  note?: string;
}

export interface Quantity {
  value: number;
  unit: string;
  item: string;
  wording: string;
}

export interface ActorRef {
  id: string;
  name: string;
  role: string;
}

export interface SourceRef {
  documentId: string;
  location: { section: string; start: number; end: number };
  quotation: string;
}

export interface KnownAt {
  date: FuzzyDate;
  basis: 'source-publication' | 'public-at-occurrence' | 'stated';
  note?: string;
}

export interface DayBounds {
  earliest: string | null;
  latest: string | null;
}

export interface TimelineItem {
  id: string;
  position: number;
  type: EventType;
  subject: string;
  title: string;
  summary?: string;
  category: string;
  occurred: FuzzyDate;
  occurredBounds: DayBounds;
  occurredLabel: string;
  knownAt: KnownAt;
  knownOn: string | null;
  recordedAt: string;
  actors: ActorRef[];
  money?: Money[];
  quantities?: Quantity[];
  relatedSubjects?: string[];
  source: SourceRef;
  status: 'happened' | 'later';
  retracted: boolean;
  corrections: number;
}

export interface TimelinePage {
  items: TimelineItem[];
  nextCursor: string | null;
  total: number;
  counts: { happened: number; later: number; byType: Record<string, number> };
}

/** A correction or retraction in the history of an event. */
export interface AmendmentRecord {
  id: string;
  type: 'EventCorrected' | 'EventRetracted';
  position: number;
  reason: string;
  changes?: Record<string, unknown>;
  changedFields: string[];
  source: SourceRef;
  knownAt: KnownAt;
  knownOn: string | null;
  recordedAt: string;
  /** whether this amendment is part of the view asked for */
  applied: boolean;
}

/** An event as stored (fields common to every kind; kind-specific fields vary). */
export interface RawEvent {
  id: string;
  type: EventType;
  title: string;
  summary?: string;
  occurred: FuzzyDate;
  [field: string]: unknown;
}

export interface EventDetail {
  /** the current (corrected) view */
  item: TimelineItem;
  current: RawEvent;
  original: RawEvent;
  history: AmendmentRecord[];
  retraction: AmendmentRecord | null;
  related: TimelineItem[];
  viaAmendment?: string;
}

export interface SourceWithText {
  id: string;
  title: string;
  kind: string;
  language: string;
  author: { name: string; role: string };
  addressee?: string;
  published: { date: FuzzyDate; rule: string };
  cites: { kind: string; reference: string; quotation: string }[];
  text: string;
}

export interface PeriodRef {
  occurredLabel: string;
  occurredBounds: DayBounds;
}

export interface SubjectSummary {
  id: string;
  kind: string;
  status: string;
  title: string;
  categories: string[];
  events: number;
  later: number;
  first: PeriodRef | null;
  last: PeriodRef | null;
  next: PeriodRef | null;
  dueLabel?: string;
  actors: string[];
}

export interface ActorSummary {
  id: string;
  name: string;
  events: number;
  byRole: Record<string, number>;
  byType: Record<string, number>;
  subjects: string[];
}

export type ChartSeriesName = 'money-cumulative' | 'quantities' | 'events-per-month';

/** A point placed at `day`; its bounds, label and the source's wording are kept. */
export interface ChartPoint {
  day: string;
  occurredLabel: string;
  occurredBounds: DayBounds;
  eventId: string;
  title: string;
  /** how many events share this point (same line, same occurred bounds), and the first ids of them (at most 20) */
  events?: number;
  eventIds?: string[];
  low: number;
  high: number;
  cumulativeLow: number;
  cumulativeHigh: number;
  approximate: boolean;
  /** the distinct wordings of the point's events, joined by '; ' */
  wording: string;
}

export interface ChartLine {
  key: string;
  group: string;
  currency?: string;
  unit?: string;
  item?: string;
  points: ChartPoint[];
}

export interface MonthBucket {
  month: string;
  total: number;
  byType: Record<string, number>;
}

export type ChartSeries =
  | {
      name: 'money-cumulative';
      groupBy: 'actor' | 'category';
      placement: 'key-day';
      lines: ChartLine[];
    }
  | { name: 'quantities'; groupBy: 'actor' | 'category'; placement: 'key-day'; lines: ChartLine[] }
  | { name: 'events-per-month'; placement: 'key-day'; buckets: MonthBucket[] };

export interface ChangeItem {
  kind: 'known' | 'corrected' | 'retracted';
  id: string;
  targetId: string;
  position: number;
  type: EventType;
  subject: string | null;
  title: string;
  reason?: string;
  changedFields?: string[];
  knownAt: KnownAt;
  knownOn: string;
  recordedAt: string;
  source: SourceRef;
}
