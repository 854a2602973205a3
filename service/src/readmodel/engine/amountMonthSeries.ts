import { dayNumber, dayString, monthIndex, monthString } from '../../temporal/days.js';
import { fuzzyDateLabel } from '../../temporal/labels.js';
import { partitionPoint } from '../../temporal/sorted.js';
import {
  BUCKET_IDS,
  bucketIds,
  firstBucketOf,
  joinedWordings,
  knownInBucket,
  steadyTitle,
} from './amountBuckets.js';
import type { AmountBuckets } from './amountBuckets.js';
import { amountBucketsOf } from './amountBucketsCache.js';
import type { AmountBucketsCache } from './amountBucketsCache.js';
import { noUnsure, pushUnsure, settleByLatest, settleCertainty } from './amountCertainty.js';
import { latestBucketsOf, latestWalker } from './amountLatestBuckets.js';
import type { LatestBuckets } from './amountLatestBuckets.js';
import type { Unsure } from './amountCertainty.js';
import { wideRowsOf } from './amountWide.js';
import type { WideRows } from './amountWide.js';
import { seriesSums } from '../chartSeries.js';
import type { Amount, AmountRows, AmountSeriesName, GroupBy } from './amountRows.js';
import type { LogIndex } from './logIndex.js';
import type { ChartLine, ChartPoint, ChartSeries } from '../readModelTypes.js';
import type { ResolvedFact, Resolver } from '../resolve.js';
import type { Selection } from './selection.js';

interface MonthPlace {
  label: string;
  bounds: Readonly<{ earliest: string; latest: string }>;
  end: number;
}
/** Places by month index: a pure function of it, asked for on every point of every replay. */
export type MonthPlaces = Map<number, MonthPlace>;

/** What month series keep between replays, per engine: checkpoints and month places. */
export interface MonthSeriesCache {
  buckets: AmountBucketsCache;
  places: MonthPlaces;
  /** the rows wider than their month, per rows (for markers' certain amounts) */
  wide: WeakMap<AmountRows, WideRows>;
  /** the rows by month of their latest bound, per rows (for the certain line) */
  latest: WeakMap<AmountRows, LatestBuckets>;
}

/** A calendar month as a chart point's place: its label and (frozen, shared) bounds. */
function cachedPlace(places: MonthPlaces, m: number): MonthPlace {
  let p = places.get(m);
  if (!p) places.set(m, (p = computeMonthPlace(m)));
  return p;
}

function computeMonthPlace(m: number): MonthPlace {
  const month = monthString(m);
  const end = dayNumber(`${monthString(m + 1)}-01`) - 1;
  return {
    label: fuzzyDateLabel({ precision: 'month', month }),
    bounds: Object.freeze({ earliest: `${month}-01`, latest: dayString(end) }),
    end,
  };
}

const MAX_IDS = BUCKET_IDS;
const MAX_WORDINGS = 12;

/**
 * Amounts added to one line's month points after their checkpoint part (asOf's month, amended
 * facts), in month order and, within a month, in the order the walk met them.
 */
interface LineExtras {
  month: number[];
  id: string[];
  title: string[];
  amount: Amount[];
  /** the latest occurred bound of each (its entry's) */
  latest: number[];
  /** whether it is an unamended row of asOf's month (walked), not an amended fact's */
  walked: boolean[];
}

const noExtras = (): LineExtras => ({
  month: [],
  id: [],
  title: [],
  amount: [],
  latest: [],
  walked: [],
});

/**
 * Money or quantities at month resolution from the checkpoints, for a replay without a
 * recordedAsOf limit: per line, every month before asOf's month is one binary search on
 * knownOn; asOf's own month is walked; amended facts are added per month (those whose
 * corrections cannot change their amounts from their slot alone, the others resolved).
 * Totals and counts equal the walk's. A month point lists the first 20 ids and 12 wordings
 * in knownOn order (the first known events of the month), then those of asOf's month and of
 * amended facts. Cost: O(buckets × log + one month + amended facts + points).
 */
export function amountSeriesByMonth(
  index: LogIndex,
  rows: AmountRows,
  sel: Pick<Selection, 'ctx' | 'slots'>,
  resolve: Resolver,
  amountsOfResolved: (r: ResolvedFact) => Amount[],
  name: AmountSeriesName,
  groupBy: GroupBy,
  cache: MonthSeriesCache,
): ChartSeries {
  const c = index.getColumns();
  const ab = amountBucketsOf(index, rows, cache.buckets);
  const places = cache.places;
  const { ctx, slots } = sel;
  const amountOf = index.columnsOfFacts().amount;
  const store = index.amountStore;
  // Extras by line ordinal; lines the rows do not have (a correction's new currency) by key.
  const extras: (LineExtras | undefined)[] = new Array<LineExtras | undefined>(rows.lines.length);
  const extraLines = new Map<string, { line: Amount['line']; x: LineExtras }>();
  const addExtra = (
    ordinal: number,
    month: number,
    id: string,
    title: string,
    a: Amount,
    latest: number,
    walked = false,
  ) => {
    let x: LineExtras;
    if (ordinal >= 0) x = extras[ordinal] ??= noExtras();
    else {
      let e = extraLines.get(a.line.key);
      if (!e) extraLines.set(a.line.key, (e = { line: a.line, x: noExtras() }));
      x = e.x;
    }
    x.month.push(month);
    x.id.push(id);
    x.title.push(title);
    x.amount.push(a);
    x.latest.push(latest);
    x.walked.push(walked);
  };
  const asOfMonth = monthIndex(ctx.asOf);
  const full = firstBucketOf(ab, asOfMonth);
  const monthStart = dayNumber(`${monthString(asOfMonth)}-01`);
  /** Amended rows from q on, of months before `untilMonth` (or up to the asOf cut). */
  const amendedUntil = (q: number, untilMonth: number): number => {
    for (; q < ab.amended.length; q++) {
      const i = rows.entry[ab.amended[q]!]!;
      const month = ab.amendedMonth[q]!;
      if (month >= untilMonth || c.key[i]! > ctx.asOf) return q;
      const s = c.slot[i]!;
      if (slots.visible[s] !== 1 || slots.retracted[s] === 1 || slots.entry[s] !== i) continue;
      const st = ab.steady[q];
      if (st) {
        if (st.amounts.length === 0) continue;
        const title = steadyTitle(st, slots.mask[s]!);
        for (let j = 0; j < st.amounts.length; j++)
          addExtra(st.lineOf[j]!, month, st.id, title, st.amounts[j]!, c.latest[i]!);
        continue;
      }
      const v = resolve(index.fact(c.fact[i]!));
      for (const a of amountsOfResolved(v))
        addExtra(
          rows.lineIndex.get(a.line.key) ?? -1,
          month,
          v.event.id,
          v.event.title,
          a,
          c.latest[i]!,
        );
    }
    return q;
  };
  // Amended facts of earlier months; then asOf's month: its unamended rows up to the cut
  // (walked), then its amended facts. Each line's extras are thus in month order.
  const q = amendedUntil(0, asOfMonth);
  const from = partitionPoint(0, rows.n, (r) => c.key[rows.entry[r]!]! < monthStart);
  for (let r = from; r < rows.n; r++) {
    const i = rows.entry[r]!;
    if (c.key[i]! > ctx.asOf) break;
    const k = rows.amount[r]!;
    if (k < 0 || c.knownOn[i]! > ctx.knownBy) continue;
    const ordinal = amountOf[c.fact[i]!]!;
    addExtra(
      rows.lineOf[k]!,
      asOfMonth,
      store.id(ordinal),
      store.title(ordinal),
      rows.amounts[k]!,
      c.latest[i]!,
      true,
    );
  }
  amendedUntil(q, Number.POSITIVE_INFINITY);

  const lines: ChartLine[] = [];
  const cumulative = { low: 0, high: 0 };
  const sums = seriesSums(name);
  const asOfAt = { day: ctx.asOf, month: asOfMonth };
  // Summing lines read the certain line from latest-bound checkpoints; markers, from the rows
  // wider than their month (a marker's own amounts, not a running total).
  const latest = sums ? latestBucketsOf(index, rows, cache.latest) : null;
  const wide = sums ? null : wideRowsOf(index, rows, cache.wide);
  /** Appends one month point and notes its extras that are not surely happened by it. */
  const point = (b: number, k: number, x: LineExtras, e: number, acc: LinePoints): number => {
    const month = monthOfPoint(ab, b, x, e);
    const end = monthPoint(ab, b, k, x, e, acc.points, cumulative, places);
    const until = cachedPlace(places, month).end;
    const p = acc.points.length - 1;
    acc.until.push(until);
    acc.month.push(month);
    const at = Math.min(until, ctx.asOf);
    for (let y = e; y < end; y++) {
      const a = x.amount[y]!;
      if (x.latest[y]! > at) pushUnsure(acc.extra, p, x.latest[y]!, a.low, a.high);
      if (!x.walked[y]) pushUnsure(acc.amended, p, x.latest[y]!, a.low, a.high);
    }
    return end;
  };
  /** The line's checkpoint rows wider than their month, for months before asOf's, known by knownBy. */
  const wideOf = (l: number, acc: LinePoints): Unsure => {
    const u = noUnsure();
    if (!wide) return u;
    for (let j = wide.lineStart[l]!; j < wide.lineStart[l + 1]!; j++) {
      const m = wide.month[j]!;
      if (m >= asOfMonth || wide.known[j]! > ctx.knownBy) continue;
      pushUnsure(u, pointOfMonth(acc.month, m), wide.latest[j]!, wide.low[j]!, wide.high[j]!);
    }
    return u;
  };
  for (let l = 0; l < rows.lines.length; l++) {
    const acc = newLinePoints();
    const x = extras[l] ?? noExtras();
    let e = 0;
    cumulative.low = 0;
    cumulative.high = 0;
    for (let j = ab.lineStart[l]!; j < ab.lineStart[l + 1]!; j++) {
      const b = ab.lineBucket[j]!;
      if (b >= full) break;
      const k = knownInBucket(ab, b, ctx.knownBy);
      if (k === 0) continue;
      const month = ab.month[b]!;
      while (e < x.month.length && x.month[e]! < month) e = point(-1, 0, x, e, acc);
      e = point(b, k, x, e, acc);
    }
    while (e < x.month.length) e = point(-1, 0, x, e, acc);
    if (acc.points.length === 0) continue;
    const line: ChartLine = {
      ...rows.lines[l]!,
      points: acc.points,
      certainLow: 0,
      certainHigh: 0,
    };
    if (latest)
      settleByLatest(
        line,
        acc.month,
        acc.until,
        asOfAt,
        latestWalker(latest, l, ctx.knownBy),
        acc.amended,
      );
    else settleCertainty(line, acc.until, ctx.asOf, [wideOf(l, acc), acc.extra], sums);
    lines.push(line);
  }
  for (const { line: shape, x } of extraLines.values()) {
    const acc = newLinePoints();
    cumulative.low = 0;
    cumulative.high = 0;
    for (let e = 0; e < x.month.length;) e = point(-1, 0, x, e, acc);
    const line: ChartLine = { ...shape, points: acc.points, certainLow: 0, certainHigh: 0 };
    settleCertainty(line, acc.until, ctx.asOf, [acc.extra], sums);
    lines.push(line);
  }
  lines.sort((a, b) => (a.key < b.key ? -1 : 1));
  return { name, groupBy, placement: 'key-day', resolution: 'month', lines };
}

/** A line's month points as they are made: their months, last days, and unsure extras. */
interface LinePoints {
  points: ChartPoint[];
  month: number[];
  until: number[];
  extra: Unsure;
  /** every amended fact's amount added to the line (for the latest-bound path) */
  amended: Unsure;
}

const newLinePoints = (): LinePoints => ({
  points: [],
  month: [],
  until: [],
  extra: noUnsure(),
  amended: noUnsure(),
});

/** The month of the point monthPoint makes from bucket b (or, when b is -1, extra e). */
const monthOfPoint = (ab: AmountBuckets, b: number, x: LineExtras, e: number): number =>
  b >= 0 ? ab.month[b]! : x.month[e]!;

/** The index of the point of month m among a line's point months (ascending; m is among them). */
function pointOfMonth(months: readonly number[], m: number): number {
  return partitionPoint(0, months.length, (p) => months[p]! < m);
}

/**
 * Appends one month point of a line: the first k rows of bucket b (none when b is -1), then
 * the extras of that month from index e on; returns the index after them. Sums, ids and
 * wordings are taken in that order, as one walk would add them.
 */
function monthPoint(
  ab: AmountBuckets,
  b: number,
  k: number,
  x: LineExtras,
  e: number,
  points: ChartPoint[],
  cumulative: { low: number; high: number },
  places: MonthPlaces,
): number {
  const month = b >= 0 ? ab.month[b]! : x.month[e]!;
  let end = e;
  while (end < x.month.length && x.month[end] === month) end++;
  let low = 0;
  let high = 0;
  let approximate = false;
  let title: string;
  let ids: readonly string[];
  let base = 0;
  let more = false;
  if (k > 0) {
    const last = ab.start[b]! + k - 1;
    low = ab.low[last]!;
    high = ab.high[last]!;
    approximate = ab.approximate[last]! > 0;
    title = ab.title[b]!;
    ids = bucketIds(ab, b, k);
    let w = 0;
    for (let y = ab.wordStart[b]!; y < ab.wordStart[b + 1]! && ab.wordAt[y]! < k; y++) w++;
    base = Math.min(w, MAX_WORDINGS);
    more = w > MAX_WORDINGS;
  } else {
    title = x.title[e]!;
    ids = [];
  }
  let added: string[] | null = null;
  // Extras add ids to a copy: a shared array of bucket ids is never changed.
  if (e < end && ids.length < MAX_IDS) ids = ids.slice();
  for (let y = e; y < end; y++) {
    const a = x.amount[y]!;
    low += a.low;
    high += a.high;
    approximate ||= a.approximate;
    if (ids.length < MAX_IDS) (ids as string[]).push(x.id[y]!);
    const wording = a.wording;
    if (k > 0 && hasWord(ab, b, base, wording)) continue;
    if (added !== null && added.includes(wording)) continue;
    if (base + (added?.length ?? 0) < MAX_WORDINGS) (added ??= []).push(wording);
    else more = true;
  }
  let wording = base > 0 ? joinedWordings(ab, b, base) : '';
  if (added !== null) wording = base > 0 ? `${wording}; ${added.join('; ')}` : added.join('; ');
  if (more) wording += '; …';
  const place = cachedPlace(places, month);
  cumulative.low += low;
  cumulative.high += high;
  points.push({
    day: place.bounds.earliest,
    occurredLabel: place.label,
    // One frozen bounds object per month, shared by every point and replay (results are read-only).
    occurredBounds: place.bounds,
    eventId: ids[0]!,
    eventIds: ids as string[],
    events: k + (end - e),
    title,
    low,
    high,
    cumulativeLow: cumulative.low,
    cumulativeHigh: cumulative.high,
    certainLow: 0,
    certainHigh: 0,
    approximate,
    wording,
  });
  return end;
}

/** Whether one of the first `base` kept wordings of bucket b is `wording`. */
function hasWord(ab: AmountBuckets, b: number, base: number, wording: string): boolean {
  for (let y = ab.wordStart[b]!; y < ab.wordStart[b]! + base; y++)
    if (ab.words[y] === wording) return true;
  return false;
}
