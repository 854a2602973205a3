import type {
  ActorRef,
  ActorRole,
  CorrectableFields,
  EventType,
  FactEvent,
  FuzzyDate,
  KnownAt,
  LogEvent,
  Money,
  Quantity,
  SourceRef,
  SubjectKind,
  SubjectStatus,
} from '@kroniek/events';
import type { DayRange } from '../temporal/precision.js';
import type { KnownStatus, OccurredStatus } from '../temporal/status.js';

export type { KnownStatus, OccurredStatus };
import type { AmendmentEvent } from './facts.js';

export type { DayRange };
export type * from './commitmentTypes.js';
export type * from './citationTypes.js';
export type * from './chartTypes.js';
import type { CitationRecord, SourcesSummary } from './citationTypes.js';
import type { ChartResolution, ChartSeries } from './chartTypes.js';
import type { CommitmentKind, CommitmentRegister, CommitmentStatus } from './commitmentTypes.js';
import type { ChartSeriesName } from './chartSeries.js';

/** One entry of the log as projections see it (mapped from the store's StoredEvent in the service wiring; projections never import a store). */
export interface LogEntry {
  position: number;
  /** ISO timestamp */
  recordedAt: string;
  /** an event on a subject, or a source record (which the read model passes over) */
  event: LogEvent;
}

/** The three time axes: asOf/knownBy are days YYYY-MM-DD; recordedAsOf an ISO timestamp or day. All optional; asOf defaults to today, knownBy and recordedAsOf to "everything". */
export interface ReplayQuery {
  asOf?: string;
  knownBy?: string;
  recordedAsOf?: string;
}

/** GET /api/commitments: the replay, and filters on the register (see commitmentTypes.ts). */
export interface CommitmentQuery extends ReplayQuery {
  status?: CommitmentStatus[];
  kind?: CommitmentKind[];
  /** actor ids: a commitment is listed when one of them made it or received it */
  actors?: string[];
}

export interface TimelineQuery extends ReplayQuery {
  kinds?: EventType[];
  actors?: string[];
  subjects?: string[];
  categories?: string[];
  /** Free text over title, summary and the source quotation; case- and accent-insensitive; every word must occur. */
  q?: string;
  /** Occurred range, days, inclusive: an event is in range when its bounds overlap [from, to]. */
  from?: string;
  to?: string;
  /** default false */
  includeRetracted?: boolean;
  /** default true: events after asOf are listed with status 'later'; false drops them */
  includeLater?: boolean;
  /** occurred statuses to list (default all three) */
  occurredStatus?: string[];
  /** knownAt statuses to list (default known and possibly-known) */
  knownStatus?: string[];
  /** opaque cursor from a previous page */
  cursor?: string;
  /** default 50, max 500 */
  limit?: number;
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
  occurredBounds: DayRange;
  occurredLabel: string;
  knownAt: KnownAt;
  /** the day by which it was certainly public: the latest bound of knownAt */
  knownOn: string | null;
  /** the knownAt window in words ("between 5 and 23 Jun 2025") */
  knownLabel: string;
  recordedAt: string;
  actors: ActorRef[];
  money?: Money[];
  quantities?: Quantity[];
  relatedSubjects?: string[];
  source: SourceRef;
  /** the same as occurredStatus (kept for older clients) */
  status: OccurredStatus;
  /** occurred against asOf: happened (latest bound ≤ asOf), possibly (window straddles it), later */
  occurredStatus: OccurredStatus;
  /** knownAt against knownBy: known, possibly known (window straddles it), not yet known */
  knownStatus: KnownStatus;
  retracted: boolean;
  /** number of corrections applied in this view */
  corrections: number;
  /** the sources stating this fact in this view: its own and its corroborations */
  sources: SourcesSummary;
  /** with a free-text query: its folded terms and the fields of this event that hold one */
  match?: SearchMatch;
}

/** What a free-text query matched in one event (see engine/text.ts). */
export interface SearchMatch {
  terms: string[];
  fields: ('title' | 'summary' | 'quotation' | 'actors' | 'subject')[];
}

/**
 * A replay's counts, retracted events left out. The occurred statuses count what the
 * knownStatus filter lists, the knownAt statuses what the occurredStatus filter lists (so
 * `notYetKnown` says how many the replay hides because they were not yet public).
 */
export interface ReplayCounts {
  happened: number;
  possiblyHappened: number;
  later: number;
  known: number;
  possiblyKnown: number;
  notYetKnown: number;
  /** listed events that happened or possibly happened, per kind */
  byType: Record<string, number>;
}

export interface TimelinePage {
  items: TimelineItem[];
  nextCursor: string | null;
  /** items in the listing over all pages */
  total: number;
  counts: ReplayCounts;
}

/** A correction or retraction in the history of an event. */
export interface AmendmentRecord {
  id: string;
  type: 'EventCorrected' | 'EventRetracted';
  position: number;
  reason: string;
  changes?: CorrectableFields;
  changedFields: string[];
  source: SourceRef;
  knownAt: KnownAt;
  knownOn: string | null;
  recordedAt: string;
  /** whether this amendment is part of the view asked for (known by knownBy, recorded by recordedAsOf) */
  applied: boolean;
}

export interface EventDetail {
  /** the current view: the original with every applicable correction applied */
  item: TimelineItem;
  current: FactEvent;
  original: FactEvent;
  /** every correction and retraction of this event, in log order */
  history: AmendmentRecord[];
  retraction: AmendmentRecord | null;
  /** other events on the same subject, on its relatedSubjects, or naming this subject as related */
  related: TimelineItem[];
  /** every source stating the fact in this view: its own first, then corroborations in log order */
  citations: CitationRecord[];
  /** set when the id asked for was that of a corroboration of this event */
  viaCorroboration?: string;
  /** set when the id asked for was that of a correction or retraction of this event */
  viaAmendment?: string;
  /** that correction or retraction itself, when the id asked for was one: its record and event */
  amendment?: AmendmentRecord & { event: AmendmentEvent };
}

export type { SubjectKind, SubjectStatus } from '@kroniek/events';

export interface LifecycleStep {
  status: SubjectStatus;
  eventId: string;
  type: EventType;
  occurredLabel: string;
  occurredBounds: DayRange;
}

export interface SubjectSummary {
  id: string;
  kind: SubjectKind;
  status: SubjectStatus;
  title: string;
  categories: string[];
  /** events that happened by asOf */
  events: number;
  /** events after asOf (upcoming in this replay) */
  later: number;
  first: { occurredLabel: string; occurredBounds: DayRange } | null;
  last: { occurredLabel: string; occurredBounds: DayRange } | null;
  next: { occurredLabel: string; occurredBounds: DayRange } | null;
  due?: FuzzyDate;
  dueLabel?: string;
  /** the due date's day bounds (a season, a month: a window) */
  dueBounds?: DayRange;
  actors: string[];
}

export interface SubjectDetail extends SubjectSummary {
  lifecycle: LifecycleStep[];
  items: TimelineItem[];
  relatedSubjects: string[];
}

export interface ActorSummary {
  id: string;
  name: string;
  /** events that happened by asOf in which the actor took part */
  events: number;
  byRole: Partial<Record<ActorRole, number>>;
  byType: Record<string, number>;
  subjects: string[];
}

/** An event on an actor's page: the timeline item and the actor's roles in it. */
export interface ActorEvent extends TimelineItem {
  roles: ActorRole[];
}

export interface ActorDetail extends ActorSummary {
  /** events after asOf in which the actor takes part */
  later: number;
  /** happened and later events, retracted ones left out */
  total: number;
  /** in timeline order, the first ACTOR_ITEMS_MAX (500) of them */
  items: ActorEvent[];
}

export type { ChartSeriesName } from '../readmodel/chartSeries.js';

export type ChartQuery = ReplayQuery & {
  groupBy?: 'actor' | 'category';
  resolution?: ChartResolution | 'auto';
};

export interface ChangeItem {
  /**
   * 'known': a fact became known (its knownOn, from knownAt, falls in the range; not when it was
   * recorded); 'corrected' and 'retracted': an amendment of one became known.
   */
  kind: 'known' | 'corrected' | 'retracted';
  /** the id of the event that carries the news (the fact, or the correction/retraction) */
  id: string;
  /** the fact it is about (equal to id for 'known') */
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
  /** the fact's occurred window (as the replay resolves it) against asOf */
  occurredStatus: OccurredStatus;
  /** this change's knownAt window against knownBy */
  knownStatus: KnownStatus;
  /** the fact's occurred date as the replay resolves it (absent while the fact is not in the log) */
  occurred?: FuzzyDate;
}

/** Items counted by status, three ways on each axis. */
export type StatusCounts = Omit<ReplayCounts, 'byType'>;

/**
 * A read model's folded state as plain data, for a snapshot (readmodel/snapshot.ts). Opaque
 * here: its shape is the engine's (engine/logIndex.ts, LogIndexState), checked on restore.
 */
export interface ReadModelState {
  readonly stateVersion: number;
}

export interface ReadModel {
  /** feed in position order; applying an entry already applied changes nothing */
  apply(entry: LogEntry): void;
  /** a hint before a long fold: room for this many more entries (optional, changes no answer) */
  reserve?(entries: number): void;
  /**
   * Folds a long stretch of the log with a worker thread that reads and parses it (optional,
   * changes no answer): see foldInWorker in engine/workerFold.ts. Resolves with the last position
   * applied; rejects with an entry's parse error, or a FoldWorkerError when no worker could run
   * (or the model holds bodies itself), after which the caller folds on in its own thread.
   */
  foldInWorker?(log: WorkerLog, options: WorkerFoldOptions): Promise<number>;
  /** the folded state as plain data (views of live arrays: serialise it before the next apply) */
  exportState(): ReadModelState;
  /**
   * Restores a state from exportState into this model, which must not have applied anything;
   * throws a StateShapeError when it does not fit, and the model must then be thrown away.
   */
  restoreState(state: ReadModelState): void;
  /** last applied position */
  position(): number;
  timeline(q: TimelineQuery): TimelinePage;
  event(id: string, q?: ReplayQuery): EventDetail | null;
  subjects(q?: ReplayQuery): SubjectSummary[];
  subject(id: string, q?: ReplayQuery): SubjectDetail | null;
  actors(q?: ReplayQuery): ActorSummary[];
  /** the commitments register: promises to parliament and pledges, with their status on asOf */
  commitments(q?: CommitmentQuery): CommitmentRegister;
  /** one actor's page: its events with its roles; null when no visible event names it */
  actor(id: string, q?: ReplayQuery): ActorDetail | null;
  chart(series: ChartSeriesName, q?: ChartQuery): ChartSeries;
  /** what the record learned between two days: knownOn in (from, to], with statuses in the replay q */
  changes(from: string, to: string, q?: ReplayQuery): ChangeItem[];
  /** the days a replay status can change on (bounds of occurred and knownAt), ascending */
  replayDays(): string[];
}

/**
 * A log that a fold worker reads on a connection of its own: the URL of a module exporting
 * `openFoldReader(arg)` (pages of position, recordedAt and JSON text), and its argument. The
 * store port's ThreadLogSource is one.
 */
export interface WorkerLog {
  module: string;
  arg: string;
}

/** What a fold worker's module opens (the store port's FoldReader). */
export interface WorkerLogReader {
  page(after: number, limit: number): { position: number; recordedAt: string; json: string }[];
  close(): void;
}

export interface WorkerFoldOptions {
  /** fold up to this log position (the head when the fold starts) */
  to: number;
  /** the first position not to fold (a break in the chain); read again before each batch */
  before?: () => number;
  /** worker threads to start (default: one fewer than the processors, at least one) */
  workers?: number;
  /** whether the read model's thread folds chunks too (default true; false: it waits for workers) */
  thisThread?: boolean;
}

/** Fetches the entries at the given log positions (in any order; unknown positions left out). */
export type EntryLoader = (positions: readonly number[]) => LogEntry[];

export interface ReadModelOptions {
  /** YYYY-MM-DD, injected clock; the default asOf */
  today: () => string;
  /**
   * Where event bodies come from when a page, a chart point or a detail needs them. With a
   * loader the model keeps only compact columns (see docs/REPLAY.md); without one it keeps
   * every applied entry in memory (tests, small logs).
   */
  loadEntries?: EntryLoader;
}
