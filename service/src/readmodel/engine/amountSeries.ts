import { EVENT_TYPES } from '@kroniek/events';
import { NO_LIMIT_MS, dayNumber, dayString, monthIndex, monthString } from '../../temporal/days.js';
import { fuzzyDateLabel } from '../../temporal/labels.js';
import { seriesSums } from '../chartSeries.js';
import type { Placements } from '../../temporal/precision.js';
import { noUnsure, pushUnsure, settleCertainty } from './amountCertainty.js';
import type { Unsure } from './amountCertainty.js';
import { amountSeriesByMonth } from './amountMonthSeries.js';
import type { MonthSeriesCache } from './amountMonthSeries.js';
import { amountsOf } from './amountRows.js';
import type { Amount, AmountRows, AmountSeriesName, GroupBy } from './amountRows.js';
import type { LogIndex } from './logIndex.js';
import { MONTH_CELL, bucketOf } from './monthBuckets.js';
import type { MonthBuckets } from './monthBuckets.js';
import type {
  ChartLine,
  ChartPoint,
  ChartResolution,
  ChartSeries,
  MonthBucket,
} from '../readModelTypes.js';
import type { ResolvedFact, Resolver } from '../resolve.js';
import type { Selection } from './selection.js';
import { slotStatus } from './replay.js';
import type { Scratch } from './scratch.js';
import { partitionPoint } from '../../temporal/sorted.js';

const MAX_IDS = 20;
/** Distinct wordings listed in one point; more are summed but only counted ("…"). */
const MAX_WORDINGS = 12;
/** Above this many amount rows in the log, 'auto' draws one point per month. */
export const AUTO_MONTH_ABOVE = 5_000;

/** The resolution 'auto' stands for, given the number of amount rows in the log. */
export function chartResolution(
  asked: ChartResolution | 'auto',
  amountRows: number,
): ChartResolution {
  if (asked !== 'auto') return asked;
  return amountRows > AUTO_MONTH_ABOVE ? 'month' : 'event';
}
const T = EVENT_TYPES.length;

interface OpenLine extends ChartLine {
  /** the entry of the last point, and the distinct wordings in it (split when first needed) */
  at: number;
  parts: string[] | null;
  /** 'month' resolution: the last day number of the current point's month */
  monthEnd: number;
  /** per point, the last day it stands for; and the amounts not surely happened at their point */
  until: number[];
  unsure: Unsure;
}

/** Amounts of resolved (amended) facts, per series and grouping, kept with the resolution. */
export type ResolvedAmounts = WeakMap<ResolvedFact, Map<string, Amount[]>>;

/** What amount series keep between replays, per engine. */
export interface AmountSeriesCache extends MonthSeriesCache {
  resolved: ResolvedAmounts;
}

function resolvedAmounts(
  amountsCache: ResolvedAmounts,
  r: ResolvedFact,
  name: AmountSeriesName,
  groupBy: GroupBy,
): Amount[] {
  let byKind = amountsCache.get(r);
  if (!byKind) amountsCache.set(r, (byKind = new Map()));
  const k = `${name}:${groupBy}`;
  let list = byKind.get(k);
  if (!list) byKind.set(k, (list = amountsOf(r.event, name, groupBy)));
  return list;
}

/**
 * Cumulative lines over occurred time up to asOf. Events with the same occurred bounds on
 * one line share a point (its bounds and label are theirs), so a line has at most one
 * point per distinct date, whatever the number of events. A point sits on the key day:
 * the earliest bound, or the latest when the start is open. Walks the precomputed rows up
 * to the asOf cut; only amended facts are resolved, the rest are integer compares. At month
 * resolution without a recordedAsOf limit it reads the month checkpoints instead
 * (amountBuckets.ts): same totals and counts, O(lines × months × log) rather than O(rows).
 */
export function amountSeries(
  index: LogIndex,
  rows: AmountRows,
  sel: Pick<Selection, 'ctx' | 'slots'>,
  resolve: Resolver,
  placements: Placements,
  name: AmountSeriesName,
  groupBy: GroupBy,
  resolution: ChartResolution,
  cache: AmountSeriesCache,
): ChartSeries {
  if (resolution === 'month' && sel.ctx.recordedMs === NO_LIMIT_MS) {
    return amountSeriesByMonth(
      index,
      rows,
      sel,
      resolve,
      (v) => resolvedAmounts(cache.resolved, v, name, groupBy),
      name,
      groupBy,
      cache,
    );
  }
  const c = index.getColumns();
  const { ctx, slots } = sel;
  const open: (OpenLine | undefined)[] = new Array<OpenLine | undefined>(rows.lines.length);
  const extra = new Map<string, OpenLine>();
  const lineFor = (ordinal: number, a: Amount): OpenLine => {
    let line = ordinal >= 0 ? open[ordinal] : extra.get(a.line.key);
    if (!line) {
      line = {
        ...a.line,
        points: [],
        certainLow: 0,
        certainHigh: 0,
        at: -1,
        parts: null,
        monthEnd: -1,
        until: [],
        unsure: noUnsure(),
      };
      if (ordinal >= 0) open[ordinal] = line;
      else extra.set(a.line.key, line);
    }
    return line;
  };
  const add = (line: OpenLine, i: number, id: string, title: string, a: Amount) => {
    addPoint(line, i, id, title, a);
    // Not surely happened on its own point's day: listed for the certain line (settleCertainty).
    if (c.latest[i]! > Math.min(line.until[line.until.length - 1]!, ctx.asOf))
      pushUnsure(line.unsure, line.points.length - 1, c.latest[i]!, a.low, a.high);
  };
  const addPoint = (line: OpenLine, i: number, id: string, title: string, a: Amount) => {
    const prev = line.points[line.points.length - 1];
    // Same entry place (key, earliest, latest) as the last point: add to it, no new objects.
    const at = line.at;
    const samePlace =
      resolution === 'month'
        ? c.key[i]! <= line.monthEnd
        : c.key[at] === c.key[i] &&
          c.earliest[at] === c.earliest[i] &&
          c.latest[at] === c.latest[i];
    if (prev && at >= 0 && samePlace) {
      prev.events++;
      if (prev.eventIds.length < MAX_IDS) prev.eventIds.push(id);
      line.parts ??= prev.wording.split('; ');
      if (line.parts.length < MAX_WORDINGS && !line.parts.includes(a.wording)) {
        prev.wording += `; ${a.wording}`;
        line.parts.push(...a.wording.split('; '));
      } else if (line.parts.length === MAX_WORDINGS && !line.parts.includes(a.wording)) {
        prev.wording += '; …';
        line.parts.push('…');
      }
      prev.low += a.low;
      prev.high += a.high;
      prev.cumulativeLow += a.low;
      prev.cumulativeHigh += a.high;
      prev.approximate ||= a.approximate;
      return;
    }
    line.at = i;
    line.parts = null;
    const place =
      resolution === 'month'
        ? monthPlace(c.key[i]!, line)
        : placements(c.precision[i]!, c.earliest[i]!, c.latest[i]!);
    const point: ChartPoint = {
      day: (place.bounds.earliest ?? place.bounds.latest)!,
      occurredLabel: place.label,
      occurredBounds: place.bounds,
      eventId: id,
      eventIds: [id],
      events: 1,
      title,
      low: a.low,
      high: a.high,
      cumulativeLow: (prev?.cumulativeLow ?? 0) + a.low,
      cumulativeHigh: (prev?.cumulativeHigh ?? 0) + a.high,
      certainLow: 0,
      certainHigh: 0,
      approximate: a.approximate,
      wording: a.wording,
    };
    line.points.push(point);
    line.until.push(resolution === 'month' ? line.monthEnd : c.key[i]!);
  };
  const amountOf = index.columnsOfFacts().amount;
  const store = index.amountStore;
  // Rows follow the sorted index, so the asOf cut is a binary search.
  const end = partitionPoint(0, rows.n, (r) => c.key[rows.entry[r]!]! <= ctx.asOf);
  for (let r = 0; r < end; r++) {
    const i = rows.entry[r]!;
    const k = rows.amount[r]!;
    if (k >= 0) {
      if (c.knownOn[i]! > ctx.knownBy || c.recordedMs[i]! > ctx.recordedMs) continue;
      const ordinal = amountOf[c.fact[i]!]!;
      const a = rows.amounts[k]!;
      add(lineFor(rows.lineOf[k]!, a), i, store.id(ordinal), store.title(ordinal), a);
      continue;
    }
    const s = c.slot[i]!;
    if (slots.visible[s] !== 1 || slots.retracted[s] === 1 || slots.entry[s] !== i) continue;
    const v = resolve(index.fact(c.fact[i]!));
    for (const a of resolvedAmounts(cache.resolved, v, name, groupBy))
      add(lineFor(rows.lineIndex.get(a.line.key) ?? -1, a), i, v.event.id, v.event.title, a);
  }
  const lines = [...open.filter((l): l is OpenLine => l !== undefined), ...extra.values()];
  const sums = seriesSums(name);
  for (const l of lines) settleCertainty(l, l.until, ctx.asOf, [l.unsure], sums);
  const sorted = lines
    // The walk's bookkeeping stays here: a response carries ChartLine's fields only.
    .map(
      ({ at, parts, monthEnd, until, unsure, ...line }): ChartLine => (
        void at,
        void parts,
        void monthEnd,
        void until,
        void unsure,
        line
      ),
    )
    .sort((a, b) => (a.key < b.key ? -1 : 1));
  return { name, groupBy, placement: 'key-day', resolution, lines: sorted };
}

/** The month a key day falls in, as a point's place; remembers where that month ends. */
function monthPlace(key: number, line: OpenLine) {
  const month = monthString(monthIndex(key));
  const next = monthString(monthIndex(key) + 1);
  line.monthEnd = dayNumber(`${next}-01`) - 1;
  return {
    label: fuzzyDateLabel({ precision: 'month', month }),
    bounds: { earliest: `${month}-01`, latest: dayString(line.monthEnd) },
  };
}

/** Cells per month row: per kind, what certainly happened and is known, and what possibly (MONTH_CELL). */
const WIDTH = T * 2;

/**
 * Month rows as chart buckets, every month from the first used row's to the last's (a month
 * without a used row is an empty bucket): `total` and `byType` count what certainly happened
 * and is certainly known (the line); `possible` what possibly happened or is possibly known
 * (the band above it). Later and not-yet-known events are in neither. Row j (WIDTH cells from
 * j * WIDTH of `cells`) counts month `month[j]`; months ascend.
 */
function toBuckets(
  month: ArrayLike<number>,
  cells: ArrayLike<number>,
  used: ArrayLike<number>,
): MonthBucket[] {
  let first = -1;
  let last = -1;
  for (let j = 0; j < month.length; j++)
    if (used[j] === 1) {
      if (first < 0) first = j;
      last = j;
    }
  const buckets: MonthBucket[] = [];
  if (first < 0) return buckets;
  let j = first;
  for (let m = month[first]!; m <= month[last]!; m++) {
    while (j < last && month[j]! < m) j++;
    const row = month[j] === m && used[j] === 1 ? j * WIDTH : -1;
    const byType: Record<string, number> = {};
    let total = 0;
    let possible = 0;
    for (let t = 0; row >= 0 && t < T; t++) {
      const n = cells[row + t * 2]!;
      if (n > 0) byType[EVENT_TYPES[t]!] = n;
      total += n;
      possible += cells[row + t * 2 + 1]!;
    }
    buckets.push({ month: monthString(m), total, possible, byType });
  }
  return buckets;
}

/** Events per month of a walked listing (its status codes), by the month of the key day. */
export function eventsPerMonth(index: LogIndex, sel: Selection): ChartSeries {
  const c = index.getColumns();
  const counts = new Map<number, number[]>();
  const idx = sel.idx!;
  const status = sel.status!;
  for (let j = 0; j < idx.length; j++) {
    const i = idx[j]!;
    const cell = MONTH_CELL[status[j]!]!;
    if (cell < 0) continue;
    const s = c.slot[i]!;
    if (s >= 0 && sel.slots.retracted[s] === 1) continue;
    const month = monthIndex(c.key[i]!);
    let row = counts.get(month);
    if (!row) counts.set(month, (row = new Array<number>(WIDTH).fill(0)));
    row[c.type[i]! * 2 + cell]!++;
  }
  const months = [...counts.keys()].sort((a, b) => a - b);
  const buckets = toBuckets(
    months,
    months.flatMap((m) => counts.get(m)!),
    months.map(() => 1),
  );
  return { name: 'events-per-month', placement: 'key-day', buckets };
}

/**
 * Events per month from the month checkpoints: the unamended counts per bucket and kind
 * (`perBucket`, from countUnamended: per (month, kind) two binary searches on the knownAt
 * windows, one month and the wide entries scanned), the amended facts added from the replay.
 * Valid without recordedAsOf. `scratch` is the engine's reusable buffer (see scratch.ts):
 * nothing of it is kept in the result.
 */
export function eventsPerMonthCounted(
  buckets: MonthBuckets,
  sel: Selection,
  perBucket: Int32Array,
  scratch: Scratch,
): ChartSeries {
  const b = buckets.month.length;
  // The counts and one flag per month in reused buffers: a replay allocates no typed array
  // here (one per month made every replay allocate 200 buffers outside the heap).
  const cells = scratch.float64(0, b * WIDTH);
  cells.set(perBucket.subarray(0, b * WIDTH));
  const used = scratch.uint8(1, b);
  for (let m = 0; m < b; m++) {
    let shown = 0;
    for (let k = m * WIDTH; k < (m + 1) * WIDTH && shown === 0; k++) shown = cells[k]! > 0 ? 1 : 0;
    used[m] = shown;
  }
  const { slots } = sel;
  for (let s = 0; s < slots.recorded.length; s++) {
    const code = slotStatus(slots, s, false);
    const cell = code < 0 ? -1 : MONTH_CELL[code]!;
    if (cell < 0) continue;
    const m = bucketOf(buckets, slots.entry[s]!);
    used[m] = 1;
    cells[m * WIDTH + slots.entryType[s]! * 2 + cell]!++;
  }
  return {
    name: 'events-per-month',
    placement: 'key-day',
    buckets: toBuckets(buckets.month, cells, used),
  };
}
