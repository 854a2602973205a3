import type { DayBounds, FuzzyDate } from './types.js';

/**
 * How a subject's due date is drawn on its lifecycle track: a line on one day (a day, or the one
 * bound an open window has), or a band over a window (a season, a month, "between … and …"),
 * never narrowed to a day the source does not give. Null when there is no due date or no bound.
 */
export type DueMark =
  | { kind: 'day'; day: string; due: FuzzyDate }
  | { kind: 'window'; bounds: { earliest: string; latest: string }; due: FuzzyDate };

export function dueMark(s: { due?: FuzzyDate; dueBounds?: DayBounds }): DueMark | null {
  const { due, dueBounds: b } = s;
  if (!due || !b) return null;
  if (b.earliest && b.latest)
    return b.earliest === b.latest
      ? { kind: 'day', day: b.latest, due }
      : { kind: 'window', bounds: { earliest: b.earliest, latest: b.latest }, due };
  const day = b.latest ?? b.earliest;
  return day ? { kind: 'day', day, due } : null;
}
