import { ValidationError } from '../errors.js';
import { actorSummaries } from './actors.js';
import { buildAmountRows } from './amountRows.js';
import type { AmountRows } from './amountRows.js';
import { changesBetween } from './changes.js';
import { amountSeries, eventsPerMonth } from './charts.js';
import { eventDetail } from './eventDetail.js';
import { createLogIndex } from './logIndex.js';
import { createMemo } from './memo.js';
import type {
  ChartSeries,
  ChartSeriesName,
  ReadModel,
  ReadModelOptions,
  ReplayQuery,
  TimelineQuery,
} from './readModelTypes.js';
import { replayContext } from './resolve.js';
import type { ReplayContext } from './resolve.js';
import { ALL, select, selectionFilter } from './selection.js';
import type { Selection, SelectionFilter } from './selection.js';
import { subjectDetail, subjectSummaries } from './subjects.js';
import { timelinePage } from './timeline.js';

export type * from './readModelTypes.js';

/** The chart series a read model draws. */
export const CHART_SERIES: readonly ChartSeriesName[] = [
  'money-cumulative',
  'quantities',
  'events-per-month',
];

/** Replays kept per log version; a replay is a few typed arrays, so this bounds memory. */
const MEMO_CAPACITY = 32;

/**
 * The read side: folds the log into an index once (apply), and answers replays on the three
 * time axes from it. Replays are memoised per (asOf, knownBy, recordedAsOf, filters) until
 * the next apply. See docs/REPLAY.md.
 */
export function createReadModel(options: ReadModelOptions): ReadModel {
  const index = createLogIndex();
  const selections = createMemo<Selection>(MEMO_CAPACITY);
  const derived = createMemo<unknown>(MEMO_CAPACITY);
  const rowSets = createMemo<AmountRows>(4);

  const ctxOf = (q?: ReplayQuery) => replayContext(q, options.today());
  const selection = (ctx: ReplayContext, f: SelectionFilter) =>
    selections(index.version(), `${ctx.key}#${f.key}`, () => select(index, ctx, f));
  function memo<T>(kind: string, ctx: ReplayContext, compute: () => T): T {
    return derived(index.version(), `${kind}#${ctx.key}`, compute) as T;
  }

  return {
    apply: (entry) => void index.apply(entry),
    position: () => index.position(),
    timeline(q: TimelineQuery) {
      const ctx = ctxOf(q);
      return timelinePage(index, selection(ctx, selectionFilter(q)), q.cursor, q.limit);
    },
    event(id, q) {
      const ctx = ctxOf(q);
      return eventDetail(index, ctx, selection(ctx, ALL).resolve, id);
    },
    subjects(q) {
      const ctx = ctxOf(q);
      return memo('subjects', ctx, () => subjectSummaries(index, selection(ctx, ALL)));
    },
    subject(id, q) {
      const ctx = ctxOf(q);
      return subjectDetail(index, selection(ctx, ALL), id);
    },
    actors(q) {
      const ctx = ctxOf(q);
      return memo('actors', ctx, () => actorSummaries(index, selection(ctx, ALL)));
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
      return memo(`chart:${series}:${groupBy}`, ctx, (): ChartSeries => {
        const sel = selection(ctx, ALL);
        return series === 'events-per-month'
          ? eventsPerMonth(index, sel)
          : amountSeries(
              index,
              rowSets(index.version(), `${series}:${groupBy}`, () =>
                buildAmountRows(index, series, groupBy),
              ),
              ctx,
              sel.resolve,
              series,
              groupBy,
            );
      });
    },
    changes: (from, to) => changesBetween(index, from, to),
  };
}
