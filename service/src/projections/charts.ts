import { dayBounds } from '@kroniek/events';
import type { FactEvent } from '@kroniek/events';
import { EVENT_TYPES } from '@kroniek/events';
import { dayNumber, dayString, monthIndex, monthString } from '../temporal/days.js';
import { fuzzyDateLabel } from '../temporal/labels.js';
import { amountsOf } from './amountRows.js';
import type { Amount, AmountRows, AmountSeriesName, GroupBy } from './amountRows.js';
import type { LogIndex } from './logIndex.js';
import type { ChartLine, ChartSeries, MonthBucket } from './readModelTypes.js';
import type { Resolver } from './resolve.js';
import type { ReplayContext } from './resolve.js';
import type { Selection } from './selection.js';

const MAX_IDS = 20;

/**
 * Cumulative lines over occurred time up to asOf. Events with the same occurred bounds on
 * one line share a point (its bounds and label are theirs), so a line has at most one
 * point per distinct date, whatever the number of events. A point sits on the key day:
 * the earliest bound, or the latest when the start is open.
 */
export function amountSeries(
  index: LogIndex,
  rows: AmountRows,
  ctx: ReplayContext,
  resolve: Resolver,
  name: AmountSeriesName,
  groupBy: GroupBy,
): ChartSeries {
  const c = index.getColumns();
  const lines = new Map<string, ChartLine & { at: number }>();
  const add = (i: number, e: FactEvent, a: Amount) => {
    let line = lines.get(a.line.key);
    if (!line) lines.set(a.line.key, (line = { ...a.line, points: [], at: -1 }));
    const prev = line.points[line.points.length - 1];
    // Same entry place (key, earliest, latest) as the last point: add to it, no new objects.
    const at = line.at;
    if (
      prev &&
      at >= 0 &&
      c.key[at] === c.key[i] &&
      c.earliest[at] === c.earliest[i] &&
      c.latest[at] === c.latest[i]
    ) {
      prev.events++;
      if (prev.eventIds.length < MAX_IDS) prev.eventIds.push(e.id);
      if (!prev.wording.split('; ').includes(a.wording)) prev.wording += `; ${a.wording}`;
      prev.low += a.low;
      prev.high += a.high;
      prev.cumulativeLow += a.low;
      prev.cumulativeHigh += a.high;
      prev.approximate ||= a.approximate;
      return;
    }
    line.at = i;
    line.points.push({
      day: dayString(c.key[i]!),
      occurredLabel: fuzzyDateLabel(e.occurred),
      occurredBounds: dayBounds(e.occurred),
      eventId: e.id,
      eventIds: [e.id],
      events: 1,
      title: e.title,
      low: a.low,
      high: a.high,
      cumulativeLow: (prev?.cumulativeLow ?? 0) + a.low,
      cumulativeHigh: (prev?.cumulativeHigh ?? 0) + a.high,
      approximate: a.approximate,
      wording: a.wording,
    });
  };
  for (let r = 0; r < rows.n; r++) {
    const i = rows.entry[r]!;
    if (c.key[i]! > ctx.asOf) break;
    const fact = index.facts[c.fact[i]!]!;
    const k = rows.amount[r]!;
    if (k >= 0) {
      if (c.knownOn[i]! > ctx.knownBy || c.recordedMs[i]! > ctx.recordedMs) continue;
      add(i, fact.event, rows.amounts[k]!);
      continue;
    }
    const v = resolve(fact);
    if (!v.visible || v.retracted || v.variant !== c.variant[i]) continue;
    for (const a of amountsOf(v.event, name, groupBy)) add(i, v.event, a);
  }
  const sorted = [...lines.values()]
    .map(({ at, ...line }): ChartLine => (void at, line))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
  return { name, groupBy, placement: 'key-day', lines: sorted };
}

/** Happened events per month of their key day, by kind, with empty months filled in. */
export function eventsPerMonth(index: LogIndex, sel: Selection): ChartSeries {
  const c = index.getColumns();
  const counts = new Map<number, Float64Array>();
  let monthEnd = Number.NEGATIVE_INFINITY;
  let month = 0;
  let row: Float64Array | undefined;
  for (let j = 0; j < sel.prefix; j++) {
    const i = sel.idx[j]!;
    const key = c.key[i]!;
    if (key >= monthEnd) {
      // Keys ascend, so the month is recomputed only when it changes.
      month = monthIndex(key);
      monthEnd = dayNumber(`${monthString(month + 1)}-01`);
      row = counts.get(month) ?? new Float64Array(EVENT_TYPES.length);
      counts.set(month, row);
    }
    if (c.amended[i] === 1 && sel.resolve(index.facts[c.fact[i]!]!).retracted) continue;
    row![c.type[i]!]!++;
  }
  const months = [...counts.keys()];
  const buckets: MonthBucket[] = [];
  if (months.length > 0) {
    for (let m = Math.min(...months); m <= Math.max(...months); m++) {
      const r = counts.get(m);
      const byType: Record<string, number> = {};
      let total = 0;
      r?.forEach((n, t) => {
        if (n > 0) byType[EVENT_TYPES[t]!] = n;
        total += n;
      });
      buckets.push({ month: monthString(m), total, byType });
    }
  }
  return { name: 'events-per-month', placement: 'key-day', buckets };
}
