import { isAmountSeries, measureOf, seriesSums } from '../chartSeries.js';
import type { ChartRequest } from '../door.js';
import type { Engine } from '../engine/engine.js';
import type { ChartSeries, DisputedAmount } from '../readModelTypes.js';
import { agreementOf } from './citations.js';
import type { ReplayContext } from '../resolve.js';

/**
 * A chart under a replay: events per month, or the cumulative lines of an amount series
 * (money or quantities) grouped by category or actor. The engine walks its amount rows or
 * counts its month checkpoints; see engine/amountSeries.ts.
 */
export function chartOf(engine: Engine, ctx: ReplayContext, chart: ChartRequest): ChartSeries {
  if (!isAmountSeries(chart.series)) return engine.eventsPerMonth(ctx);
  const drawn = engine.amountLines(ctx, chart.series, chart.groupBy, chart.resolution);
  return withDisputes(engine, ctx, seriesSums(chart.series) ? drawn : asMarkers(drawn));
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

/**
 * The amount lines with, on each point, the other amounts corroborations state for its events
 * (money for money lines, quantities for quantity lines). The point's value stays the record's.
 * New point objects: the engine's series may be shared.
 */
function withDisputes(engine: Engine, ctx: ReplayContext, series: ChartSeries): ChartSeries {
  if (series.name === 'events-per-month') return series;
  const corroborated = engine.corroboratedIds();
  if (corroborated.size === 0) return series;
  const field = measureOf(series.name) === 'quantities' ? 'quantities' : 'money';
  const resolve = engine.resolver(ctx);
  const disputesOf = new Map<string, DisputedAmount[]>();
  const disputes = (id: string): DisputedAmount[] => {
    let found = disputesOf.get(id);
    if (found) return found;
    found = [];
    const idx = engine.factIdOf(id);
    if (idx !== undefined) {
      const r = resolve(engine.fact(idx));
      for (const c of r.corroborations) {
        const stated = c.event[field];
        if (stated === undefined) continue;
        const a = agreementOf(r.event, { occurred: c.event.occurred, actors: [], [field]: stated });
        if (a.some((x) => x.field === field && x.agreement === 'differs'))
          found.push({
            eventId: id,
            title: r.event.title,
            record: { [field]: r.event[field] ?? [] },
            citationId: c.event.id,
            documentId: c.event.source.documentId,
            [field]: stated,
          });
      }
    }
    disputesOf.set(id, found);
    return found;
  };
  let changed = false;
  const lines = series.lines.map((line) => ({
    ...line,
    points: line.points.map((p) => {
      const ids = p.eventIds.filter((id) => corroborated.has(id));
      const found = ids.flatMap(disputes);
      if (found.length === 0) return p;
      changed = true;
      return { ...p, disputed: found };
    }),
  }));
  return changed ? { ...series, lines } : series;
}
