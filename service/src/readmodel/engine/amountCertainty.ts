import type { ChartLine, ChartPoint } from '../readModelTypes.js';
import type { LatestWalker } from './amountLatestBuckets.js';

// The certain line and the possible band of an amount line (issue 14): a point's running total
// counts every amount whose occurred window has begun by the point (its key day is at or before
// it): what possibly happened. The certain total counts only those whose window has ended by
// then (latest bound ≤ the point's day, and ≤ asOf): what surely happened. Most amounts are on
// one day and are certain at their own point; only the others ("unsure": a window wider than
// the point, or past asOf) are listed, so the split costs O(unsure + points) per line.

/**
 * The amounts of one line that are not surely happened at their own point: the point they are
 * added to, their latest occurred bound, and their low and high.
 */
export interface Unsure {
  point: number[];
  latest: number[];
  low: number[];
  high: number[];
}

export const noUnsure = (): Unsure => ({ point: [], latest: [], low: [], high: [] });

/** Adds one unsure amount (added to point `point`, window ending on `latest`). */
export function pushUnsure(u: Unsure, point: number, latest: number, low: number, high: number) {
  u.point.push(point);
  u.latest.push(latest);
  u.low.push(low);
  u.high.push(high);
}

// Scratch arrays here are plain arrays, not typed arrays: a replay settles dozens of lines, and
// a typed array each would be a buffer outside the heap each (see scratch.ts for why that hurts).

/** The indices of an Unsure list in ascending order of latest bound. */
function byLatest(u: Unsure): number[] {
  const order = new Array<number>(u.latest.length);
  for (let j = 0; j < order.length; j++) order[j] = j;
  let sorted = true;
  for (let j = 1; j < u.latest.length && sorted; j++) sorted = u.latest[j - 1]! <= u.latest[j]!;
  if (!sorted) order.sort((a, b) => u.latest[a]! - u.latest[b]!);
  return order;
}

/**
 * Sets `certainLow`/`certainHigh` on every point of a line and on the line (the total at asOf).
 * `until[p]` is the last day point p stands for (its key day, or a month point's last day);
 * each point is judged at min(until[p], asOf). `lists` are the line's unsure amounts, each
 * list one source of them (e.g. checkpoint rows and walked rows). When `sums` is false (markers),
 * a point's certain amount is its own amounts that surely happened by it, not a running total.
 */
export function settleCertainty(
  line: ChartLine,
  until: ArrayLike<number>,
  asOf: number,
  lists: readonly Unsure[],
  sums: boolean,
): void {
  const points = line.points;
  const n = points.length;
  const addLow = new Array<number>(n).fill(0);
  const addHigh = new Array<number>(n).fill(0);
  const ownLow = new Array<number>(n).fill(0);
  const ownHigh = new Array<number>(n).fill(0);
  const at = (p: number) => Math.min(until[p]!, asOf);
  const orders = lists.map(byLatest);
  for (const u of lists)
    for (let j = 0; j < u.point.length; j++) {
      const p = u.point[j]!;
      addLow[p]! += u.low[j]!;
      addHigh[p]! += u.high[j]!;
      if (u.latest[j]! > at(p)) {
        ownLow[p]! += u.low[j]!;
        ownHigh[p]! += u.high[j]!;
      }
    }
  // certain(p) = running total(p) − unsure added by p + unsure whose window ended by p's day.
  let aLow = 0;
  let aHigh = 0;
  let bLow = 0;
  let bHigh = 0;
  const next = new Array<number>(lists.length).fill(0);
  const settle = (day: number) => {
    for (let k = 0; k < lists.length; k++) {
      const u = lists[k]!;
      const order = orders[k]!;
      let j = next[k]!;
      for (; j < order.length && u.latest[order[j]!]! <= day; j++) {
        bLow += u.low[order[j]!]!;
        bHigh += u.high[order[j]!]!;
      }
      next[k] = j;
    }
  };
  let cumulativeLow = 0;
  let cumulativeHigh = 0;
  for (let p = 0; p < n; p++) {
    const point = points[p]!;
    aLow += addLow[p]!;
    aHigh += addHigh[p]!;
    settle(at(p));
    cumulativeLow = point.cumulativeLow;
    cumulativeHigh = point.cumulativeHigh;
    setCertain(
      point,
      sums ? cumulativeLow - aLow + bLow : point.low - ownLow[p]!,
      sums ? cumulativeHigh - aHigh + bHigh : point.high - ownHigh[p]!,
    );
  }
  if (sums) {
    settle(asOf);
    line.certainLow = cumulativeLow - aLow + bLow;
    line.certainHigh = cumulativeHigh - aHigh + bHigh;
  } else {
    // Markers: the line's certain total is what surely happened by asOf, summed for the table.
    let low = 0;
    let high = 0;
    for (const p of points) {
      low += p.low;
      high += p.high;
    }
    for (const u of lists)
      for (let j = 0; j < u.point.length; j++)
        if (u.latest[j]! > asOf) {
          low -= u.low[j]!;
          high -= u.high[j]!;
        }
    line.certainLow = low;
    line.certainHigh = high;
  }
}

function setCertain(p: ChartPoint, low: number, high: number): void {
  p.certainLow = low;
  p.certainHigh = high;
}

/**
 * Sets the certain totals of a summing line from its latest-bound checkpoints (`walk`, see
 * amountLatestBuckets.ts: the unamended rows surely happened by a day) plus its amended facts'
 * amounts (`amended`) whose window ended by then. Point p (month `months[p]`, last day
 * `until[p]`) is judged at the end of its month, or at asOf in asOf's month; the line at asOf.
 * O(points + months on the way + amended), nothing allocated per point.
 */
export function settleByLatest(
  line: ChartLine,
  months: ArrayLike<number>,
  until: ArrayLike<number>,
  asOf: { day: number; month: number },
  walk: LatestWalker,
  amended: Unsure,
): void {
  const order = amended.point.length > 0 ? byLatest(amended) : null;
  let j = 0;
  let low = 0;
  let high = 0;
  const out = { low: 0, high: 0 };
  const settle = (m: number, day: number, whole: boolean) => {
    if (order)
      for (; j < order.length && amended.latest[order[j]!]! <= day; j++) {
        low += amended.low[order[j]!]!;
        high += amended.high[order[j]!]!;
      }
    walk(m, day, whole, out);
  };
  const points = line.points;
  for (let p = 0; p < points.length; p++) {
    const whole = until[p]! <= asOf.day;
    settle(months[p]!, whole ? until[p]! : asOf.day, whole);
    setCertain(points[p]!, out.low + low, out.high + high);
  }
  settle(asOf.month, asOf.day, false);
  line.certainLow = out.low + low;
  line.certainHigh = out.high + high;
}
