import { z } from 'zod';
import { Text } from './text.js';

/** A calendar day `YYYY-MM-DD` that exists (no 30 February). */
export const IsoDay = z.iso.date().refine(isRealDay, { message: 'not a real calendar day' });

const Wording = Text({ max: 200 }).describe(
  "the source's own words for this date, e.g. 'najaar', 'onlangs', '24 en 25 juni'",
);

export const Season = z.enum(['spring', 'summer', 'autumn', 'winter']);
export type Season = z.infer<typeof Season>;

const Year = z.number().int().min(1900).max(2200);

/**
 * A date with the precision its source gives. Nothing finer is ever invented:
 * "najaar 2025" stays a season, "onlangs" stays an open bound.
 */
export const FuzzyDate = z.discriminatedUnion('precision', [
  z.strictObject({ precision: z.literal('day'), date: IsoDay, wording: Wording.optional() }),
  z
    .strictObject({
      precision: z.literal('days'),
      from: IsoDay,
      to: IsoDay,
      wording: Wording.optional(),
    })
    .refine((d) => d.from < d.to, { message: "'from' must be before 'to'", path: ['to'] }),
  z.strictObject({
    precision: z.literal('month'),
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM'),
    wording: Wording.optional(),
  }),
  z.strictObject({
    precision: z.literal('season'),
    season: Season,
    year: Year,
    wording: Wording.optional(),
  }),
  z.strictObject({ precision: z.literal('year'), year: Year, wording: Wording.optional() }),
  z
    .strictObject({
      precision: z.literal('between'),
      earliest: IsoDay.optional(),
      latest: IsoDay.optional(),
      wording: Wording.optional(),
    })
    .refine((d) => d.earliest !== undefined || d.latest !== undefined, {
      message: "'between' needs 'earliest' or 'latest'",
    })
    .refine((d) => !d.earliest || !d.latest || d.earliest <= d.latest, {
      message: "'earliest' must not be after 'latest'",
      path: ['latest'],
    }),
]);
export type FuzzyDate = z.infer<typeof FuzzyDate>;

/** Inclusive first and last day a fuzzy date may fall on; `null` where the source leaves it open. */
export interface DayBounds {
  earliest: string | null;
  latest: string | null;
}

/**
 * Seasons are meteorological (KNMI): spring March–May, summer June–August,
 * autumn ("najaar") September–November, winter December–February of the next year.
 */
const SEASON_MONTHS: Record<Season, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  winter: [12, 14],
};

/** The inclusive day bounds of a fuzzy date. */
export function dayBounds(d: FuzzyDate): DayBounds {
  switch (d.precision) {
    case 'day':
      return { earliest: d.date, latest: d.date };
    case 'days':
      return { earliest: d.from, latest: d.to };
    case 'month': {
      const [y, m] = d.month.split('-').map(Number) as [number, number];
      return { earliest: `${d.month}-01`, latest: lastDayOfMonth(y, m) };
    }
    case 'season': {
      const [from, to] = SEASON_MONTHS[d.season];
      return {
        earliest: `${d.year}-${pad(from)}-01`,
        latest: lastDayOfMonth(d.year + Math.floor((to - 1) / 12), ((to - 1) % 12) + 1),
      };
    }
    case 'year':
      return { earliest: `${d.year}-01-01`, latest: `${d.year}-12-31` };
    case 'between':
      return { earliest: d.earliest ?? null, latest: d.latest ?? null };
    default:
      return assertNever(d);
  }
}

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isRealDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Exhaustiveness guard for switches over discriminated unions. */
export function assertNever(x: never): never {
  throw new TypeError(`unexpected variant: ${JSON.stringify(x)}`);
}
