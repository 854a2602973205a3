import type { DayBounds } from './types.js';

/** English dates read as the rest of the dashboard writes them: "5 June 2025". */
const tag = (locale: string) => (locale === 'en' ? 'en-GB' : locale);

function utc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** A day written in the reader's language: "5 June 2025", "5 juni 2025". */
export function dayIn(day: string, locale: string): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    utc(day),
  );
}

/**
 * A date's bounds in the reader's language: one day, or a range ("1 Sept – 30 Nov 2025"); an
 * open end falls back to `label` (the service's own words for the date).
 */
export function boundsIn(b: DayBounds, locale: string, label: string): string {
  if (!b.earliest || !b.latest) return label;
  if (b.earliest === b.latest) return dayIn(b.earliest, locale);
  const f = new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeZone: 'UTC' });
  return f.formatRange(utc(b.earliest), utc(b.latest));
}
