import type { DayBounds, FuzzyDate, Season } from './types.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(s: string): boolean {
  const m = DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function parts(day: string): { y: number; m: number; d: number } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/** The English name of a month, 1-based. */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? `month ${month}`;
}

/** "5 June 2025". */
export function formatDay(day: string): string {
  const { y, m, d } = parts(day);
  return `${d} ${monthName(m)} ${y}`;
}

/** "June 2025" for "2025-06" or "2025-06-05". */
export function formatMonth(yearMonth: string): string {
  const { y, m } = parts(`${yearMonth.slice(0, 7)}-01`);
  return `${monthName(m)} ${y}`;
}

/** "24–25 June 2025", "30 June – 2 July 2025", "30 December 2025 – 2 January 2026". */
export function formatDayRange(from: string, to: string): string {
  const a = parts(from);
  const b = parts(to);
  if (a.y !== b.y) return `${formatDay(from)} – ${formatDay(to)}`;
  if (a.m !== b.m) return `${a.d} ${monthName(a.m)} – ${b.d} ${monthName(b.m)} ${b.y}`;
  return `${a.d}–${b.d} ${monthName(b.m)} ${b.y}`;
}

const SEASONS: Record<Season, string> = {
  spring: 'spring',
  summer: 'summer',
  autumn: 'autumn',
  winter: 'winter',
};

/**
 * A fuzzy date in English, exactly as precise as the source: a season stays a season and an
 * open bound stays open. The source's own words follow in parentheses when they add something,
 * e.g. "autumn 2025 (najaar)".
 */
export function formatFuzzyDate(d: FuzzyDate): string {
  const base = fuzzyBase(d);
  if (!d.wording || d.precision === 'day') return base;
  return `${base} (${d.wording})`;
}

function fuzzyBase(d: FuzzyDate): string {
  switch (d.precision) {
    case 'day':
      return formatDay(d.date);
    case 'days':
      return formatDayRange(d.from, d.to);
    case 'month':
      return formatMonth(d.month);
    case 'season':
      return `${SEASONS[d.season]} ${d.year}`;
    case 'year':
      return String(d.year);
    case 'between':
      if (d.earliest && d.latest)
        return `between ${formatDay(d.earliest)} and ${formatDay(d.latest)}`;
      if (d.latest) return `on or before ${formatDay(d.latest)}`;
      if (d.earliest) return `on or after ${formatDay(d.earliest)}`;
      return 'date unknown';
    default:
      return assertNever(d);
  }
}

/** A label for a fuzzy date's day bounds when the date itself is not at hand. */
export function formatBounds(b: DayBounds): string {
  if (b.earliest && b.latest) {
    return b.earliest === b.latest ? formatDay(b.earliest) : formatDayRange(b.earliest, b.latest);
  }
  if (b.latest) return `on or before ${formatDay(b.latest)}`;
  if (b.earliest) return `on or after ${formatDay(b.earliest)}`;
  return 'date unknown';
}

/** Days between two ISO days (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The ISO day n days after `day` (n may be negative). */
export function addDays(day: string, n: number): string {
  const t = new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000);
  return t.toISOString().slice(0, 10);
}

/** "2025-06-05T10:00:00.000Z" -> "5 June 2025, 10:00 UTC". */
export function formatTimestamp(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const day = t.toISOString().slice(0, 10);
  return `${formatDay(day)}, ${t.toISOString().slice(11, 16)} UTC`;
}

/** Exhaustiveness guard for switches over discriminated unions. */
export function assertNever(x: never): never {
  throw new TypeError(`unexpected variant: ${JSON.stringify(x)}`);
}
