import { dayNumber, dayString, monthIndex, monthString } from '../temporal/days.js';
import { fuzzyDateLabel } from '../temporal/labels.js';
import { partitionPoint } from '../temporal/sorted.js';
import { amountBucketsOf, firstBucketOf, knownInBucket } from './amountBuckets.js';
import type { Amount, AmountRows, AmountSeriesName, GroupBy } from './amountRows.js';
import type { LogIndex } from './logIndex.js';
import type { ChartLine, ChartPoint, ChartSeries } from './readModelTypes.js';
import type { ResolvedFact, Resolver } from './resolve.js';
import type { Selection } from './selection.js';

interface MonthPlace {
  label: string;
  bounds: { earliest: string; latest: string };
  end: number;
}
/** Places by month index: a pure function of it, asked for on every point of every replay. */
const places = new Map<number, MonthPlace>();

/** A calendar month as a chart point's place: its label and bounds (a fresh bounds object). */
export function monthPlaceOf(m: number): MonthPlace {
  let p = places.get(m);
  if (!p) places.set(m, (p = computeMonthPlace(m)));
  return { label: p.label, bounds: { ...p.bounds }, end: p.end };
}

function computeMonthPlace(m: number): MonthPlace {
  const month = monthString(m);
  const end = dayNumber(`${monthString(m + 1)}-01`) - 1;
  return {
    label: fuzzyDateLabel({ precision: 'month', month }),
    bounds: { earliest: `${month}-01`, latest: dayString(end) },
    end,
  };
}

/** One (line, month) point being summed: from a bucket prefix, then single amounts. */
interface MonthSum {
  month: number;
  events: number;
  low: number;
  high: number;
  approximate: boolean;
  ids: string[];
  title: string;
  words: string[];
  more: boolean;
}

const MAX_IDS = 20;
const MAX_WORDINGS = 12;

function addOne(s: MonthSum, id: string, title: string, a: Amount): void {
  if (s.events === 0) s.title = title;
  s.events++;
  if (s.ids.length < MAX_IDS) s.ids.push(id);
  s.low += a.low;
  s.high += a.high;
  s.approximate ||= a.approximate;
  if (s.words.includes(a.wording)) return;
  if (s.words.length < MAX_WORDINGS) s.words.push(a.wording);
  else s.more = true;
}

/**
 * Money or quantities at month resolution from the checkpoints, for a replay without a
 * recordedAsOf limit: per line, every month before asOf's month is one binary search on
 * knownOn; asOf's own month is walked; amended facts are resolved and added per month.
 * Totals and counts equal the walk's. A month point lists the first 20 ids and 12 wordings
 * in knownOn order (the first known events of the month), then those of amended facts.
 */
export function amountSeriesByMonth(
  index: LogIndex,
  rows: AmountRows,
  sel: Pick<Selection, 'ctx' | 'slots'>,
  resolve: Resolver,
  amountsOfResolved: (r: ResolvedFact) => Amount[],
  name: AmountSeriesName,
  groupBy: GroupBy,
): ChartSeries {
  const c = index.getColumns();
  const ab = amountBucketsOf(index, rows);
  const { ctx, slots } = sel;
  const amountOf = index.columnsOfFacts().amount;
  const store = index.amountStore;
  const idOfRow = (r: number) => store.id(amountOf[c.fact[rows.entry[r]!]!]!);
  const titleOfRow = (r: number) => store.title(amountOf[c.fact[rows.entry[r]!]!]!);
  const byLine = new Map<string, { line: Amount['line']; sums: Map<number, MonthSum> }>();
  const sumOf = (line: Amount['line'], month: number): MonthSum => {
    let l = byLine.get(line.key);
    if (!l) byLine.set(line.key, (l = { line, sums: new Map() }));
    let s = l.sums.get(month);
    if (!s) {
      const fresh: MonthSum = {
        month,
        events: 0,
        low: 0,
        high: 0,
        approximate: false,
        ids: [],
        title: '',
        words: [],
        more: false,
      };
      l.sums.set(month, (s = fresh));
    }
    return s;
  };
  const asOfMonth = monthIndex(ctx.asOf);
  const full = firstBucketOf(ab, asOfMonth);
  for (let b = 0; b < full; b++) {
    const k = knownInBucket(ab, b, ctx.knownBy);
    if (k === 0) continue;
    const j0 = ab.start[b]!;
    const s = sumOf(rows.lines[ab.line[b]!]!, ab.month[b]!);
    s.events = k;
    s.low = ab.low[j0 + k - 1]!;
    s.high = ab.high[j0 + k - 1]!;
    s.approximate = ab.approximate[j0 + k - 1]! > 0;
    s.title = titleOfRow(ab.row[j0]!);
    for (let j = j0; j < j0 + Math.min(k, MAX_IDS); j++) s.ids.push(idOfRow(ab.row[j]!));
    for (let w = ab.wordStart[b]!; w < ab.wordStart[b + 1]! && ab.wordAt[w]! < k; w++) {
      if (s.words.length < MAX_WORDINGS) s.words.push(ab.words[w]!);
      else s.more = true;
    }
  }
  // asOf's month: walk its unamended rows up to the cut.
  const monthStart = dayNumber(`${monthString(asOfMonth)}-01`);
  const from = partitionPoint(0, rows.n, (r) => c.key[rows.entry[r]!]! < monthStart);
  for (let r = from; r < rows.n; r++) {
    const i = rows.entry[r]!;
    if (c.key[i]! > ctx.asOf) break;
    const k = rows.amount[r]!;
    if (k < 0 || c.knownOn[i]! > ctx.knownBy) continue;
    const a = rows.amounts[k]!;
    addOne(sumOf(a.line, asOfMonth), idOfRow(r), titleOfRow(r), a);
  }
  for (const r of ab.amended) {
    const i = rows.entry[r]!;
    if (c.key[i]! > ctx.asOf) break;
    const s = c.slot[i]!;
    if (slots.visible[s] !== 1 || slots.retracted[s] === 1 || slots.entry[s] !== i) continue;
    const v = resolve(index.fact(c.fact[i]!));
    for (const a of amountsOfResolved(v))
      addOne(sumOf(a.line, monthIndex(c.key[i]!)), v.event.id, v.event.title, a);
  }
  const lines: ChartLine[] = [];
  for (const { line, sums } of byLine.values()) {
    let low = 0;
    let high = 0;
    const points: ChartPoint[] = [...sums.values()]
      .sort((x, y) => x.month - y.month)
      .map((s) => {
        const place = monthPlaceOf(s.month);
        low += s.low;
        high += s.high;
        return {
          day: place.bounds.earliest,
          occurredLabel: place.label,
          occurredBounds: place.bounds,
          eventId: s.ids[0]!,
          eventIds: s.ids,
          events: s.events,
          title: s.title,
          low: s.low,
          high: s.high,
          cumulativeLow: low,
          cumulativeHigh: high,
          approximate: s.approximate,
          wording: s.words.join('; ') + (s.more ? '; …' : ''),
        };
      });
    lines.push({ ...line, points });
  }
  lines.sort((a, b) => (a.key < b.key ? -1 : 1));
  return { name, groupBy, placement: 'key-day', resolution: 'month', lines };
}
