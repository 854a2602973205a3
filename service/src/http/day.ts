/** The time zone kroniek's "today" is counted in: the sources are Dutch government documents. */
export const KRONIEK_TIME_ZONE = 'Europe/Amsterdam';

const format = new Intl.DateTimeFormat('en-CA', {
  timeZone: KRONIEK_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (YYYY-MM-DD) of an instant, in Amsterdam. */
export function dayOf(instant: Date): string {
  return format.format(instant);
}
