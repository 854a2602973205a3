import { CHART_SERIES } from './chartSeries.js';
import {
  changesRange,
  chartRequest,
  commitmentFilter,
  listingFilter,
  pageRequest,
  replayContext,
} from './door.js';
import { createEngine, selectionFilter } from './engine/engine.js';

export { FoldWorkerError } from './engine/engine.js';
import { createMemo } from './memo.js';
import { dayString } from '../temporal/days.js';
import type {
  ChartSeries,
  ReadModel,
  ReadModelOptions,
  ReplayQuery,
  TimelineQuery,
} from './readModelTypes.js';
import type { ReplayContext } from './resolve.js';
import { actorDetail } from './views/actorDetail.js';
import { actorSummaries } from './views/actors.js';
import { changesBetween } from './views/changes.js';
import { commitmentRegister, filterCommitments } from './views/commitments.js';
import { chartOf } from './views/charts.js';
import { eventDetail } from './views/eventDetail.js';
import { subjectDetail, subjectSummaries } from './views/subjects.js';
import { timelinePage } from './views/timeline.js';

export type * from './readModelTypes.js';

/** The chart series a read model draws (the registry, chartSeries.ts). */
export { CHART_SERIES };
export { changeCounts } from './views/changes.js';

/** View results kept per log version (subjects, actors, charts). */
const MEMO_CAPACITY = 16;

/**
 * The read side: the engine folds the log into compact columns (apply) and answers replays
 * on the three time axes; the views turn its answers into responses. Queries are checked once,
 * at the door (door.ts). View results are memoised per (asOf, knownBy, recordedAsOf, query)
 * until the next apply. See docs/REPLAY.md.
 */
export function createReadModel(options: ReadModelOptions): ReadModel {
  const engine = createEngine(options.loadEntries);
  const derived = createMemo<unknown>(MEMO_CAPACITY);
  const ctxOf = (q?: ReplayQuery) => replayContext(q, options.today());
  function memo<T>(kind: string, ctx: ReplayContext, compute: () => T): T {
    return derived(engine.version(), `${kind}#${ctx.key}`, compute) as T;
  }

  return {
    apply: (entry) => void engine.apply(entry),
    reserve: (entries) => engine.reserve(entries),
    foldInWorker: (log, o) => engine.foldInWorker(log, o),
    exportState: () => engine.exportState(),
    restoreState: (state) => engine.restoreState(state),
    position: () => engine.position(),
    timeline(q: TimelineQuery) {
      const ctx = ctxOf(q);
      const sel = engine.replay(ctx, selectionFilter(listingFilter(q)));
      return timelinePage(engine, sel, engine.resolver(ctx), pageRequest(q));
    },
    event(id, q) {
      const ctx = ctxOf(q);
      return eventDetail(engine, ctx, engine.resolver(ctx), id);
    },
    subjects(q) {
      const ctx = ctxOf(q);
      return memo('subjects', ctx, () =>
        subjectSummaries(engine, engine.walk(ctx), engine.resolver(ctx)),
      );
    },
    subject(id, q) {
      const ctx = ctxOf(q);
      return subjectDetail(engine, { ctx }, engine.resolver(ctx), id);
    },
    actors(q) {
      const ctx = ctxOf(q);
      return memo('actors', ctx, () =>
        actorSummaries(engine, engine.walk(ctx), engine.resolver(ctx)),
      );
    },
    commitments(q) {
      const ctx = ctxOf(q);
      const filter = commitmentFilter(q);
      const all = memo('commitments', ctx, () =>
        commitmentRegister(engine, engine.walk(ctx), engine.resolver(ctx)),
      );
      return filterCommitments(all, filter);
    },
    actor(id, q) {
      const ctx = ctxOf(q);
      const sel = engine.replay(ctx, selectionFilter({ actors: [id] }));
      return actorDetail(engine, sel, engine.resolver(ctx), id);
    },
    chart(series, q) {
      const ctx = ctxOf(q);
      const chart = chartRequest(series, q, CHART_SERIES);
      const key = `chart:${chart.series}:${chart.groupBy}:${chart.resolution}`;
      return memo(key, ctx, (): ChartSeries => chartOf(engine, ctx, chart));
    },
    changes: (from, to, q) => changesBetween(engine, changesRange(from, to), ctxOf(q)),
    replayDays: () => Array.from(engine.boundaryDays(), dayString),
  };
}
