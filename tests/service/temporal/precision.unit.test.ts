import { describe, expect, it } from 'vitest';
import { dayBounds } from '@kroniek/events';
import type { FuzzyDate } from '@kroniek/events';
import { occurredKey } from '../../../service/src/temporal/axes.js';
import { dayNumber } from '../../../service/src/temporal/days.js';
import { fuzzyDateLabel } from '../../../service/src/temporal/labels.js';
import {
  createPlacements,
  fuzzyFromCode,
  precisionCode,
} from '../../../service/src/temporal/precision.js';

const dates: FuzzyDate[] = [
  { precision: 'day', date: '2025-06-04', wording: '4 juni' },
  { precision: 'days', from: '2025-06-24', to: '2025-06-25' },
  { precision: 'days', from: '2025-06-30', to: '2025-07-02' },
  { precision: 'month', month: '2025-02' },
  { precision: 'season', season: 'autumn', year: 2025, wording: 'najaar' },
  { precision: 'season', season: 'winter', year: 2024 },
  { precision: 'year', year: 2026 },
  { precision: 'between', latest: '2025-06-23', wording: 'onlangs' },
  { precision: 'between', earliest: '2025-01-01' },
  { precision: 'between', earliest: '2025-01-01', latest: '2025-03-31' },
];

describe('a fuzzy date kept as (precision, earliest, latest)', () => {
  it('gives back the label and bounds of the date it was taken from', () => {
    const place = createPlacements();
    for (const d of dates) {
      const { earliest, latest } = occurredKey(d);
      const code = precisionCode(d);
      expect(fuzzyDateLabel(fuzzyFromCode(code, earliest, latest))).toBe(fuzzyDateLabel(d));
      expect(place(code, earliest, latest)).toEqual({
        label: fuzzyDateLabel(d),
        bounds: dayBounds(d),
      });
    }
  });

  it('keeps winter in the year it starts: December 2024 to February 2025', () => {
    const d: FuzzyDate = { precision: 'season', season: 'winter', year: 2024 };
    const { earliest, latest } = occurredKey(d);
    expect(fuzzyFromCode(precisionCode(d), earliest, latest)).toEqual({
      precision: 'season',
      season: 'winter',
      year: 2024,
    });
  });
});

describe('day numbers', () => {
  it('agree with Date.UTC on every day from 1899 to 2300 and on leap days', () => {
    for (let t = Date.UTC(1899, 0, 1); t < Date.UTC(2301, 0, 1); t += 86_400_000) {
      const s = new Date(t).toISOString().slice(0, 10);
      if (dayNumber(s) !== t / 86_400_000) expect(dayNumber(s)).toBe(t / 86_400_000);
    }
    expect(dayNumber('2000-02-29')).toBe(Date.UTC(2000, 1, 29) / 86_400_000);
    expect(dayNumber('0050-01-01')).toBe(Date.UTC(50, 0, 1) / 86_400_000);
  });
});
