import { daysBetween } from './dates.js';
import type { DayBounds } from './types.js';

/** Where a stretch of days sits on a scale: its left edge and width, in percent of the scale. */
export interface Placed {
  left: number;
  width: number;
}

/**
 * A day scale spanning every known bound given (open bounds are ignored), for drawing a
 * subject's lifecycle over time. `place` puts a stretch of days on it; a single day gets zero
 * width. With no day at all, everything sits at 0.
 */
export function dayScale(days: readonly (string | null | undefined)[]) {
  const known = days.filter((d): d is string => typeof d === 'string').sort();
  const min = known[0] ?? null;
  const max = known[known.length - 1] ?? null;
  const span = min && max ? Math.max(1, daysBetween(min, max)) : 1;
  const at = (day: string) => (min ? (daysBetween(min, day) / span) * 100 : 0);
  return {
    min,
    max,
    at,
    place(b: DayBounds): Placed {
      const from = b.earliest ?? b.latest;
      const to = b.latest ?? b.earliest;
      if (!from || !to) return { left: 0, width: 0 };
      return { left: at(from), width: at(to) - at(from) };
    },
  };
}
