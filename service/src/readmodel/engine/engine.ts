import { createPlacements } from '../../temporal/precision.js';
import { compareCursor } from '../cursor.js';
import type { CursorKey } from '../cursor.js';
import type { Amendment, Corroboration, Fact } from '../facts.js';
import type {
  ChartResolution,
  ChartSeries,
  EntryLoader,
  LogEntry,
  ReadModelState,
  WorkerFoldOptions,
  WorkerLog,
} from '../readModelTypes.js';
import { createResolver } from '../resolve.js';
import type { ReplayContext, ResolutionCache, ResolvedFact, Resolver } from '../resolve.js';
import { partitionPoint } from '../../temporal/sorted.js';
import { createAmountBucketsCache, noteExtendedRows } from './amountBucketsCache.js';
import { buildAmountRows, extendAmountRows, rowsGeneration } from './amountRows.js';
import type { AmountRows, AmountSeriesName, GroupBy } from './amountRows.js';
import {
  amountSeries,
  chartResolution,
  eventsPerMonth,
  eventsPerMonthCounted,
} from './amountSeries.js';
import type { AmountSeriesCache } from './amountSeries.js';
import { createLogIndex } from './logIndex.js';
import type { LogIndexState } from './logIndex.js';
import { createMemo } from '../memo.js';
import { createScratch } from './scratch.js';
import { buildMonthBuckets, extendMonthBuckets } from './monthBuckets.js';
import type { MonthBuckets } from './monthBuckets.js';
import { createSlotAmendmentsCache, replaySlots } from './replay.js';
import type { SlotReplay } from './replay.js';
import {
  ALL,
  countable,
  countListing,
  listedByScan,
  select,
  unamendedCounts,
} from './selection.js';
import type { Selection, SelectionFilter, UnamendedCounts } from './selection.js';
import { createTextIndex } from './text.js';
import { boundaryDays } from './boundaryDays.js';
import { FoldWorkerError, foldInWorker } from './workerFold.js';

export { StateShapeError } from './growable.js';
export { FoldWorkerError } from './workerFold.js';
export { LOG_INDEX_STATE_VERSION as ENGINE_STATE_VERSION } from './logIndex.js';
export { selectionFilter } from './selection.js';
export { matchedFields } from './text.js';
export type { ListingFilter, Selection, SelectionFilter } from './selection.js';
export type { AmountSeriesName, GroupBy } from './amountRows.js';
/** The engine's state as plain data (what a snapshot holds). */
export type EngineState = LogIndexState;

/** Replays kept per log version; a replay is a few typed arrays, so this bounds memory. */
const MEMO_CAPACITY = 16;
/** Bodies loaded per loader call while a selection is visited. */
const CHUNK = 5000;

/**
 * The read engine: the one interface between the fast columns (engine/*) and the views. It
 * owns the columns, the sorted index, checkpoints, id table, amount rows and every cache, per
 * instance; views ask it questions in the terms of the record (facts, selections, counts,
 * amount lines) and never see a typed column.
 */
export interface Engine {
  /** folds one log entry (O(1)); false when it changed nothing (a repeat) */
  apply(entry: LogEntry): boolean;
  /** a hint before a long fold: room for this many more entries */
  reserve(entries: number): void;
  /** folds a stretch of the log read and parsed by a worker thread (see workerFold.ts) */
  foldInWorker(log: WorkerLog, options: WorkerFoldOptions): Promise<number>;
  /** the folded state as plain data: views of live arrays, valid until the next apply */
  exportState(): EngineState;
  /** restores an exported state into this empty engine; throws StateShapeError when it does not fit */
  restoreState(state: ReadModelState): void;
  /** last applied log position */
  position(): number;
  /** bumps on every applied entry: results derived from the engine are keyed by it */
  version(): number;
  /** resolves facts under a replay context (resolutions of amended facts shared per version) */
  resolver(ctx: ReplayContext): Resolver;
  /** a replay into a listing: counted from the month checkpoints when the filter allows, else one scan */
  replay(ctx: ReplayContext, filter?: SelectionFilter): Selection;
  /** the unfiltered listing with its entries, for views that visit all of it */
  walk(ctx: ReplayContext): Selection;
  /** a page of a listing: the facts after `after` in timeline order, at most `size` */
  page(
    sel: Selection,
    after: CursorKey | undefined,
    size: number,
  ): { facts: Fact[]; more: boolean; last: CursorKey | null };
  /**
   * visits a walked listing's facts in timeline order, resolved, bodies loaded a chunk at a
   * time, with each one's status code (occurred * 3 + known, temporal/status.ts)
   */
  visit(sel: Selection, resolve: Resolver, visit: (r: ResolvedFact, status: number) => void): void;
  /** facts with their bodies, by engine fact number */
  facts(idxs: readonly number[]): Fact[];
  fact(idx: number): Fact;
  /** the fact number of an event id, undefined when it is no fact */
  factIdOf(id: string): number | undefined;
  /** an amendment by its id, with the id of the fact it is aimed at */
  amendment(id: string): { amendment: Amendment; target: string } | undefined;
  /** a corroboration by its id, with the id of the fact it states */
  corroboration(id: string): { corroboration: Corroboration; target: string } | undefined;
  /** ids of the facts some corroboration states (few: built on each call) */
  corroboratedIds(): ReadonlySet<string>;
  /** facts on a subject, facts naming it as related, fulfilments of a commitment (log order) */
  factsOfSubject(subject: string): number[];
  factsRelatedTo(subject: string): number[];
  fulfilmentsOf(commitmentId: string): number[];
  /** facts (by number) and amendments whose knownOn is in (from, to], in knownOn then log order */
  learnedBetween(from: number, to: number): (number | Amendment)[];
  /** every finite bound of every fact's occurred and knownAt windows, as sorted distinct days */
  boundaryDays(): Int32Array;
  /** happened events per month by kind (counted from checkpoints when it can) */
  eventsPerMonth(ctx: ReplayContext): ChartSeries;
  /** cumulative amount lines of a series up to asOf */
  amountLines(
    ctx: ReplayContext,
    series: AmountSeriesName,
    groupBy: GroupBy,
    resolution: ChartResolution | 'auto',
  ): ChartSeries;
}

/**
 * An engine over the log: bodies come from `loadEntries`, or are held when there is none.
 * Everything cached belongs to this instance.
 */
export function createEngine(loadEntries?: EntryLoader): Engine {
  const index = createLogIndex(loadEntries);
  const placements = createPlacements();
  const text = createTextIndex(index.factCount, (idxs) => index.facts(idxs));
  const selections = createMemo<Selection>(MEMO_CAPACITY);
  const slotSets = createMemo<SlotReplay>(MEMO_CAPACITY);
  const countSets = createMemo<UnamendedCounts>(MEMO_CAPACITY);
  const slotAmendments = createSlotAmendmentsCache();
  const boundaries = createMemo<Int32Array>(1);
  /** work buffers a replay reuses instead of allocating (see scratch.ts) */
  const scratch = createScratch();
  const seriesCache: AmountSeriesCache = {
    buckets: createAmountBucketsCache(),
    places: new Map(),
    wide: new WeakMap(),
    latest: new WeakMap(),
    resolved: new WeakMap(),
  };
  /** the latest amount rows per series and grouping, extended as facts are appended */
  const rowSets = new Map<string, AmountRows>();
  let seen = -1;
  let buckets: MonthBuckets | null = null;
  /** the columns generation the month buckets were built for */
  let bucketsGen = -1;
  let resolutions: ResolutionCache = new Map();

  /**
   * Per-version state: dropped on the first read after an apply. The month buckets and amount
   * rows follow the columns generation instead (extended after appends of facts).
   */
  function current(): number {
    const v = index.version();
    if (v !== seen) {
      seen = v;
      resolutions = new Map();
      index.holdAmended();
    }
    return v;
  }
  /** The month checkpoints, extended by the facts appended since they were built when it can. */
  function monthBuckets(): MonthBuckets {
    current();
    const c = index.getColumns();
    const gen = index.columnsGeneration();
    if (buckets && bucketsGen === gen) return buckets;
    const inserted = buckets ? index.columnsSince(bucketsGen) : null;
    buckets = buckets && inserted ? extendMonthBuckets(buckets, c, inserted) : buildMonthBuckets(c);
    bucketsGen = gen;
    return buckets;
  }
  const resolver = (ctx: ReplayContext) => (current(), createResolver(ctx, resolutions));
  const slotsOf = (ctx: ReplayContext) =>
    slotSets(current(), ctx.key, () => replaySlots(index, ctx, slotAmendments));
  /** The unamended counts on the replay's two days, shared by every filter of them. */
  const countsOf = (ctx: ReplayContext) =>
    countSets(current(), `${ctx.asOf}:${ctx.knownBy}`, () =>
      unamendedCounts(index, monthBuckets(), ctx.asOf, ctx.knownBy),
    );
  const replay = (ctx: ReplayContext, f: SelectionFilter = ALL) =>
    selections(current(), `${ctx.key}#${f.key}`, () =>
      countable(f, ctx)
        ? countListing(index, countsOf(ctx), slotsOf(ctx), f)
        : select(index, slotsOf(ctx), resolver(ctx), text, f),
    );
  const walk = (ctx: ReplayContext) =>
    selections(current(), `${ctx.key}#walk`, () =>
      select(index, slotsOf(ctx), resolver(ctx), text, ALL),
    );

  /** The amount rows of a chart, extended by the facts appended since they were read when it can. */
  function amountRows(series: AmountSeriesName, groupBy: GroupBy): AmountRows {
    current();
    index.getColumns();
    const gen = index.columnsGeneration();
    const key = `${series}:${groupBy}`;
    const old = rowSets.get(key);
    if (old && rowsGeneration(old) === gen) return old;
    const inserted = old ? index.columnsSince(rowsGeneration(old)) : null;
    const extended = old && inserted ? extendAmountRows(index, old, inserted) : null;
    let rows: AmountRows;
    if (old && extended) {
      rows = extended.rows;
      noteExtendedRows(seriesCache.buckets, rows, old, extended.inserted);
    } else rows = buildAmountRows(index, series, groupBy);
    rowSets.set(key, rows);
    return rows;
  }

  /** The sorted entries a page shows: from the cursor, at most `size`, and whether more follow. */
  function pageEntries(
    sel: Selection,
    cur: CursorKey | undefined,
    size: number,
  ): { entries: number[]; more: boolean } {
    const c = index.getColumns();
    const after = (i: number) => compareCursor(cur!, c.key[i]!, c.latest[i]!, c.position[i]!) >= 0;
    const idx = sel.idx;
    if (idx) {
      const start = cur ? partitionPoint(0, idx.length, (j) => after(idx[j]!)) : 0;
      const end = Math.min(start + size, idx.length);
      return { entries: Array.from(idx.subarray(start, end)), more: end < idx.length };
    }
    // No materialised listing: walk the sorted columns from the cursor, testing each entry.
    const entries: number[] = [];
    const stop = c.n;
    for (let i = cur ? partitionPoint(0, c.n, after) : 0; i < stop; i++) {
      if (!listedByScan(c, sel, i)) continue;
      if (entries.length === size) return { entries, more: true };
      entries.push(i);
    }
    return { entries, more: false };
  }

  return {
    apply: (entry) => index.apply(entry),
    reserve: (entries) => index.reserve(entries),
    foldInWorker(log, options) {
      const writer = index.writer;
      if (!writer)
        return Promise.reject(new FoldWorkerError('a model that holds bodies folds in its thread'));
      return foldInWorker({ writer, apply: index.apply, position: index.position }, log, options);
    },
    exportState: () => index.exportState(),
    restoreState: (state) => index.restoreState(state as LogIndexState),
    position: () => index.position(),
    version: () => current(),
    resolver,
    replay,
    walk,
    page(sel, after, size) {
      const c = index.getColumns();
      const { entries, more } = pageEntries(sel, after, size);
      const facts = index.facts(entries.map((i) => c.fact[i]!));
      const last = entries[entries.length - 1];
      return {
        facts,
        more,
        last:
          last === undefined
            ? null
            : { key: c.key[last]!, latest: c.latest[last]!, position: c.position[last]! },
      };
    },
    visit(sel, resolve, visit) {
      const c = index.getColumns();
      const idx = sel.idx!;
      const status = sel.status!;
      const end = idx.length;
      for (let from = 0; from < end; from += CHUNK) {
        const to = Math.min(end, from + CHUNK);
        const facts = index.facts(Array.from(idx.subarray(from, to), (i) => c.fact[i]!));
        facts.forEach((f, k) => visit(resolve(f), status[from + k]!));
      }
    },
    facts: (idxs) => index.facts(idxs),
    fact: (idx) => index.fact(idx),
    factIdOf: (id) => index.factIdOf(id),
    amendment: (id) => index.getAmendment(id),
    corroboration: (id) => index.getCorroboration(id),
    corroboratedIds: () => index.corroboratedIds(),
    factsOfSubject: (subject) => index.factsOfSubject(subject),
    factsRelatedTo: (subject) => index.factsRelatedTo(subject),
    fulfilmentsOf: (id) => index.fulfilmentsOf(id),
    learnedBetween(from, to) {
      current();
      const { day, ref } = index.getLearned();
      const start = partitionPoint(0, day.length, (i) => day[i]! <= from);
      const end = partitionPoint(start, day.length, (i) => day[i]! <= to);
      return ref.slice(start, end);
    },
    boundaryDays: () => boundaries(current(), '', () => boundaryDays(index)),
    eventsPerMonth(ctx) {
      return countable(ALL, ctx)
        ? eventsPerMonthCounted(monthBuckets(), replay(ctx, ALL), countsOf(ctx).perBucket, scratch)
        : eventsPerMonth(index, walk(ctx));
    },
    amountLines(ctx, series, groupBy, resolution) {
      const rows = amountRows(series, groupBy);
      return amountSeries(
        index,
        rows,
        { ctx, slots: slotsOf(ctx) },
        resolver(ctx),
        placements,
        series,
        groupBy,
        chartResolution(resolution, rows.n),
        seriesCache,
      );
    },
  };
}
