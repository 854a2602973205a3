import { IsoDay } from '@kroniek/events';
import { ValidationError } from '../errors.js';

/**
 * Days are handled as integers (days since 1970-01-01 UTC) so that indexes can live in
 * typed arrays and compare with one instruction. Open bounds become the sentinels below.
 */
export const OPEN_BEFORE = -1_000_000_000;
export const OPEN_AFTER = 1_000_000_000;
/** "No limit" for millisecond timestamps (recordedAt axis). */
export const NO_LIMIT_MS = Number.MAX_VALUE;

const MS_PER_DAY = 86_400_000;

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/**
 * Day number of a `YYYY-MM-DD` string that is already known to be valid. Integer civil-date
 * arithmetic (H. Hinnant's days_from_civil): a fold calls this several times per event.
 */
export function dayNumber(day: string): number {
  const y = digit(day, 0) * 1000 + digit(day, 1) * 100 + digit(day, 2) * 10 + digit(day, 3);
  const m = digit(day, 5) * 10 + digit(day, 6);
  const d = digit(day, 8) * 10 + digit(day, 9);
  // Date.UTC reads years 0-99 as 1900-1999; keep its answer for them.
  if (y < 100) return Date.UTC(y, m - 1, d) / MS_PER_DAY;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The `YYYY-MM-DD` of a day number. */
export function dayString(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Month index (year * 12 + month - 1) of a day number, for per-month buckets. */
export function monthIndex(n: number): number {
  const d = new Date(n * MS_PER_DAY);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** `YYYY-MM` of a month index. */
export function monthString(index: number): string {
  const y = Math.floor(index / 12);
  return `${y}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Parses a query day, throwing a ValidationError that names the parameter. */
export function parseDay(name: string, value: string): number {
  if (!IsoDay.safeParse(value).success) {
    throw new ValidationError(`${name} must be a calendar day YYYY-MM-DD`, [
      { path: name, message: `'${value}' is not a calendar day YYYY-MM-DD` },
    ]);
  }
  return dayNumber(value);
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses `recordedAsOf`: an ISO timestamp with offset, or a day meaning the end of that
 * day in UTC (everything stored during that day is included).
 */
export function parseInstant(name: string, value: string): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return (parseDay(name, value) + 1) * MS_PER_DAY - 1;
  const ms = TIMESTAMP.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new ValidationError(`${name} must be an ISO timestamp or a day`, [
      { path: name, message: `'${value}' is not an ISO 8601 timestamp with offset, nor a day` },
    ]);
  }
  return ms;
}
