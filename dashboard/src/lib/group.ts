import { dateWords, formatBounds, formatMonth, monthName, type DateLang } from './dates.js';
import type { DayBounds } from './types.js';

/**
 * A row of the flattened timeline: a heading (level 1 a period, level 2 a day or a stretch of
 * days within it) or an event.
 */
export type TimelineRow<T> =
  | { kind: 'header'; level: 1 | 2; key: string; label: string; count: number }
  | { kind: 'item'; key: string; item: T; index: number };

/**
 * The period an event is listed under. A date within one month goes under that month; a date
 * that spans months ("najaar 2025") goes under the span itself, so grouping never makes a date
 * look more precise than its source.
 */
export function periodOf(b: DayBounds, lang: DateLang = 'en'): { key: string; label: string } {
  const w = dateWords(lang);
  const first = b.earliest?.slice(0, 7) ?? null;
  const last = b.latest?.slice(0, 7) ?? null;
  if (first && last && first === last) return { key: first, label: formatMonth(first, lang) };
  if (first && last) return { key: `${first}..${last}`, label: spanLabel(first, last, lang) };
  if (last) return { key: `..${last}`, label: w.upTo(formatMonth(last, lang)) };
  if (first) return { key: `${first}..`, label: w.from(formatMonth(first, lang)) };
  return { key: 'undated', label: w.unknown };
}

function spanLabel(first: string, last: string, lang: DateLang): string {
  const [fy, fm] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  if (fy === ly && fm === 1 && lm === 12) return dateWords(lang).wholeYear(fy);
  if (fy === ly) return `${monthName(fm, lang)}–${monthName(lm, lang)} ${ly}`;
  return `${monthName(fm, lang)} ${fy} – ${monthName(lm, lang)} ${ly}`;
}

const lastDayOfMonth = (ym: string) => {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
};

/**
 * The heading under a month an event is listed under: its day ("4 June 2025"), or its stretch
 * of days ("5–23 June 2025"); a date known only to the month gets "Some day in June 2025".
 * Null for dates that span months (their period heading says it all).
 */
export function dayOf(b: DayBounds, lang: DateLang = 'en'): { key: string; label: string } | null {
  const { earliest, latest } = b;
  if (!earliest || !latest || earliest.slice(0, 7) !== latest.slice(0, 7)) return null;
  const month = earliest.slice(0, 7);
  if (earliest.endsWith('-01') && Number(latest.slice(8)) === lastDayOfMonth(month))
    return { key: `${month}:month`, label: dateWords(lang).someday(formatMonth(month, lang)) };
  return { key: `${earliest}..${latest}`, label: formatBounds(b, lang) };
}

/**
 * Flattens events (already in chronological order) into heading and event rows. Consecutive
 * events of the same period share one heading, and within a month consecutive events of the
 * same day (or stretch of days) one day heading; a heading's count is the events under it.
 */
export function groupByPeriod<T>(
  items: readonly T[],
  boundsOf: (item: T) => DayBounds,
  idOf: (item: T) => string,
  lang: DateLang = 'en',
): TimelineRow<T>[] {
  const rows: TimelineRow<T>[] = [];
  type Header = Extract<TimelineRow<T>, { kind: 'header' }>;
  let header: Header | null = null;
  let dayHeader: Header | null = null;
  let period = '';
  let day = '';
  items.forEach((item, index) => {
    const b = boundsOf(item);
    const p = periodOf(b, lang);
    if (!header || period !== p.key) {
      period = p.key;
      day = '';
      dayHeader = null;
      header = { kind: 'header', level: 1, key: `h:${p.key}:${index}`, label: p.label, count: 0 };
      rows.push(header);
    }
    header.count += 1;
    const d = dayOf(b, lang);
    if (d && (!dayHeader || day !== d.key)) {
      day = d.key;
      dayHeader = {
        kind: 'header',
        level: 2,
        key: `d:${d.key}:${index}`,
        label: d.label,
        count: 0,
      };
      rows.push(dayHeader);
    }
    if (d && dayHeader) dayHeader.count += 1;
    rows.push({ kind: 'item', key: idOf(item), item, index });
  });
  return rows;
}
