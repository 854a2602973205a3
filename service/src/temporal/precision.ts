import { assertNever } from '@kroniek/events';
import type { FuzzyDate, Season } from '@kroniek/events';
import { dayString, OPEN_AFTER, OPEN_BEFORE } from './days.js';
import { fuzzyDateLabel } from './labels.js';

/** A fuzzy date's first and last day (YYYY-MM-DD), null where it is open. */
export interface DayRange {
  earliest: string | null;
  latest: string | null;
}

/**
 * A fuzzy date kept as three integers (precision code, earliest and latest day), so that a
 * read model can label and place an event without holding its body. The source's wording is
 * not kept here: labels never use it, and items read it from the body.
 */
export const PRECISIONS = ['day', 'days', 'month', 'season', 'year', 'between'] as const;
const CODE = new Map<FuzzyDate['precision'], number>(PRECISIONS.map((p, i) => [p, i]));

export function precisionCode(d: FuzzyDate): number {
  return CODE.get(d.precision)!;
}

const SEASON_OF_MONTH: Record<string, Season> = {
  '03': 'spring',
  '06': 'summer',
  '09': 'autumn',
  '12': 'winter',
};

/** The fuzzy date (without wording) that has this precision and these bounds. */
export function fuzzyFromCode(code: number, earliest: number, latest: number): FuzzyDate {
  const from = earliest === OPEN_BEFORE ? undefined : dayString(earliest);
  const to = latest === OPEN_AFTER ? undefined : dayString(latest);
  const p = PRECISIONS[code];
  switch (p) {
    case 'day':
      return { precision: 'day', date: from! };
    case 'days':
      return { precision: 'days', from: from!, to: to! };
    case 'month':
      return { precision: 'month', month: from!.slice(0, 7) };
    case 'season':
      return {
        precision: 'season',
        season: SEASON_OF_MONTH[from!.slice(5, 7)]!,
        year: Number(from!.slice(0, 4)),
      };
    case 'year':
      return { precision: 'year', year: Number(from!.slice(0, 4)) };
    case 'between':
      return {
        precision: 'between',
        ...(from ? { earliest: from } : {}),
        ...(to ? { latest: to } : {}),
      };
    case undefined:
      throw new RangeError(`unknown precision code ${code}`);
    default:
      return assertNever(p);
  }
}

export interface Placement {
  label: string;
  bounds: DayRange;
}

/**
 * Labels and bounds by (precision, earliest, latest), computed once per distinct date: a
 * chart of 100,000 points has only a few thousand distinct dates.
 */
export function createPlacements() {
  const cache = new Map<number, Placement>();
  // Open bounds become 0; real days are within ±2^21, so the key is an exact integer.
  const part = (day: number) => (day === OPEN_BEFORE || day === OPEN_AFTER ? 0 : day + 2 ** 21);
  return (code: number, earliest: number, latest: number): Placement => {
    const k = (code * 2 ** 22 + part(earliest)) * 2 ** 22 + part(latest);
    let hit = cache.get(k);
    if (!hit) {
      hit = {
        label: fuzzyDateLabel(fuzzyFromCode(code, earliest, latest)),
        bounds: {
          earliest: earliest === OPEN_BEFORE ? null : dayString(earliest),
          latest: latest === OPEN_AFTER ? null : dayString(latest),
        },
      };
      cache.set(k, hit);
    }
    return hit;
  };
}

export type Placements = ReturnType<typeof createPlacements>;
