import { isAmountSeries } from '../chartSeries.js';
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
  return engine.amountLines(ctx, chart.series, chart.groupBy, chart.resolution);
}
