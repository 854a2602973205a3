import { formatMonth, monthName } from './dates.js';
import type { DayBounds } from './types.js';

/** A row of the flattened timeline: a period heading or an event. */
export type TimelineRow<T> =
  | { kind: 'header'; key: string; label: string; count: number }
  | { kind: 'item'; key: string; item: T; index: number };

/**
 * The period an event is listed under. A date within one month goes under that month; a date
 * that spans months ("najaar 2025") goes under the span itself, so grouping never makes a date
 * look more precise than its source.
 */
export function periodOf(b: DayBounds): { key: string; label: string } {
  const first = b.earliest?.slice(0, 7) ?? null;
  const last = b.latest?.slice(0, 7) ?? null;
  if (first && last && first === last) return { key: first, label: formatMonth(first) };
  if (first && last) return { key: `${first}..${last}`, label: spanLabel(first, last) };
  if (last) return { key: `..${last}`, label: `Up to ${formatMonth(last)}` };
  if (first) return { key: `${first}..`, label: `From ${formatMonth(first)}` };
  return { key: 'undated', label: 'Undated' };
}

function spanLabel(first: string, last: string): string {
  const [fy, fm] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  if (fy === ly && fm === 1 && lm === 12) return `${fy} (whole year)`;
  if (fy === ly) return `${monthName(fm)}–${monthName(lm)} ${ly}`;
  return `${monthName(fm)} ${fy} – ${monthName(lm)} ${ly}`;
}

/**
 * Flattens events (already in chronological order) into heading and event rows. Consecutive
 * events of the same period share one heading; its count is the number of events under it.
 */
export function groupByPeriod<T>(
  items: readonly T[],
  boundsOf: (item: T) => DayBounds,
  idOf: (item: T) => string,
): TimelineRow<T>[] {
  const rows: TimelineRow<T>[] = [];
  let header: Extract<TimelineRow<T>, { kind: 'header' }> | null = null;
  let period = '';
  items.forEach((item, index) => {
    const p = periodOf(boundsOf(item));
    if (!header || period !== p.key) {
      period = p.key;
      header = { kind: 'header', key: `h:${p.key}:${index}`, label: p.label, count: 0 };
      rows.push(header);
    }
    header.count += 1;
    rows.push({ kind: 'item', key: idOf(item), item, index });
  });
  return rows;
}
