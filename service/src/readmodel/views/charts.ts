import { isAmountSeries, seriesSums } from '../chartSeries.js';
import type { ChartRequest } from '../door.js';
import type { Engine } from '../engine/engine.js';
import type { ChartSeries } from '../readModelTypes.js';
import type { ReplayContext } from '../resolve.js';

/**
 * A chart under a replay: events per month, or the cumulative lines of an amount series
 * (money or quantities) grouped by category or actor. The engine walks its amount rows or
 * counts its month checkpoints; see engine/amountSeries.ts.
 */
export function chartOf(engine: Engine, ctx: ReplayContext, chart: ChartRequest): ChartSeries {
  if (!isAmountSeries(chart.series)) return engine.eventsPerMonth(ctx);
  const drawn = engine.amountLines(ctx, chart.series, chart.groupBy, chart.resolution);
  return seriesSums(chart.series) ? drawn : asMarkers(drawn);
}

/** A series of markers (mentions, targets): each point keeps its own amount, never a sum. */
function asMarkers(s: ChartSeries): ChartSeries {
  if (!('lines' in s)) return s;
  return {
    ...s,
    lines: s.lines.map((l) => ({
      ...l,
      points: l.points.map((p) => ({ ...p, cumulativeLow: p.low, cumulativeHigh: p.high })),
    })),
  };
}
