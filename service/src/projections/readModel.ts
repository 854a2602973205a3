import { ValidationError } from '../errors.js';
import { CHART_SERIES, isAmountSeries } from '../readmodel/chartSeries.js';
import { createPlacements } from '../temporal/precision.js';
import { actorSummaries } from './actors.js';
import { noteExtendedRows } from './amountBuckets.js';
import { buildAmountRows, extendAmountRows, rowsGeneration } from './amountRows.js';
import type { AmountRows, AmountSeriesName, GroupBy } from './amountRows.js';
import { changesBetween } from './changes.js';
import { amountSeries, chartResolution, eventsPerMonth, eventsPerMonthCounted } from './charts.js';
import { eventDetail } from './eventDetail.js';
import { createLogIndex } from './logIndex.js';
import { createMemo } from './memo.js';
import { buildMonthBuckets, extendMonthBuckets } from './monthBuckets.js';
import type { MonthBuckets } from './monthBuckets.js';
import type {
  ChartSeries,
  ReadModel,
  ReadModelOptions,
  ReplayQuery,
  TimelineQuery,
} from './readModelTypes.js';
import { replaySlots } from './replay.js';
import type { SlotReplay } from './replay.js';
import { createResolver, replayContext } from './resolve.js';
import type { ReplayContext, ResolutionCache } from './resolve.js';
import { ALL, countable, countListing, select, selectionFilter } from './selection.js';
import type { Selection, SelectionFilter } from './selection.js';
import { subjectDetail, subjectSummaries } from './subjects.js';
import { createTextIndex } from './text.js';
import { timelinePage } from './timeline.js';

export type * from './readModelTypes.js';

/** The chart series a read model draws (the registry, readmodel/chartSeries.ts). */
export { CHART_SERIES };

/** Replays kept per log version; a replay is a few typed arrays, so this bounds memory. */
const MEMO_CAPACITY = 16;

/**
 * The read side: folds the log into compact columns (apply), and answers replays on the three
 * time axes from them. Event bodies are read through `loadEntries` only for what a response
 * shows. Replays are memoised per (asOf, knownBy, recordedAsOf, filters) until the next
 * apply. See docs/REPLAY.md.
 */
export function createReadModel(options: ReadModelOptions): ReadModel {
  const index = createLogIndex(options.loadEntries);
  const placements = createPlacements();
  const text = createTextIndex(index.factCount, (idxs) => index.facts(idxs));
  const selections = createMemo<Selection>(MEMO_CAPACITY);
  const slotSets = createMemo<SlotReplay>(MEMO_CAPACITY);
  const derived = createMemo<unknown>(MEMO_CAPACITY);
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
  const ctxOf = (q?: ReplayQuery) => replayContext(q, options.today());
  const resolverOf = (ctx: ReplayContext) => (current(), createResolver(ctx, resolutions));
  const slotsOf = (ctx: ReplayContext) =>
    slotSets(current(), ctx.key, () => replaySlots(index, ctx));
  /** A listing: counted from the checkpoints when the filter allows, else one scan. */
  const listing = (ctx: ReplayContext, f: SelectionFilter) =>
    selections(current(), `${ctx.key}#${f.key}`, () =>
      countable(f, ctx)
        ? countListing(index, monthBuckets(), slotsOf(ctx), f)
        : select(index, slotsOf(ctx), resolverOf(ctx), text, f),
    );
  /** The unfiltered listing with its entries, for views that walk it (subjects, actors). */
  const walked = (ctx: ReplayContext) =>
    selections(current(), `${ctx.key}#walk`, () =>
      select(index, slotsOf(ctx), resolverOf(ctx), text, ALL),
    );
  function memo<T>(kind: string, ctx: ReplayContext, compute: () => T): T {
    return derived(current(), `${kind}#${ctx.key}`, compute) as T;
  }

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
      noteExtendedRows(rows, old, extended.inserted);
    } else rows = buildAmountRows(index, series, groupBy);
    rowSets.set(key, rows);
    return rows;
  }

  return {
    apply: (entry) => void index.apply(entry),
    reserve: (entries) => index.reserve(entries),
    exportState: () => index.exportState(),
    restoreState: (state) => index.restoreState(state),
    position: () => index.position(),
    timeline(q: TimelineQuery) {
      const ctx = ctxOf(q);
      const sel = listing(ctx, selectionFilter(q));
      return timelinePage(index, sel, resolverOf(ctx), q.cursor, q.limit);
    },
    event(id, q) {
      const ctx = ctxOf(q);
      return eventDetail(index, ctx, resolverOf(ctx), id);
    },
    subjects(q) {
      const ctx = ctxOf(q);
      return memo('subjects', ctx, () => subjectSummaries(index, walked(ctx), resolverOf(ctx)));
    },
    subject(id, q) {
      const ctx = ctxOf(q);
      return subjectDetail(index, { ctx }, resolverOf(ctx), id);
    },
    actors(q) {
      const ctx = ctxOf(q);
      return memo('actors', ctx, () => actorSummaries(index, walked(ctx), resolverOf(ctx)));
    },
    chart(series, q) {
      const ctx = ctxOf(q);
      const groupBy = q?.groupBy ?? 'category';
      if (!CHART_SERIES.includes(series) || (groupBy !== 'actor' && groupBy !== 'category')) {
        throw new ValidationError(`unknown chart '${series}' grouped by '${groupBy}'`, [
          {
            path: 'series',
            message: `expected one of ${CHART_SERIES.join(', ')}, grouped by actor or category`,
          },
        ]);
      }
      return memo(`chart:${series}:${groupBy}:${q?.resolution ?? 'auto'}`, ctx, (): ChartSeries => {
        if (!isAmountSeries(series)) {
          return countable(ALL, ctx)
            ? eventsPerMonthCounted(index, monthBuckets(), listing(ctx, ALL))
            : eventsPerMonth(index, walked(ctx));
        }
        const rows = amountRows(series, groupBy);
        return amountSeries(
          index,
          rows,
          { ctx, slots: slotsOf(ctx) },
          resolverOf(ctx),
          placements,
          series,
          groupBy,
          chartResolution(q?.resolution ?? 'auto', rows.n),
        );
      });
    },
    changes: (from, to) => (current(), changesBetween(index, from, to)),
  };
}
