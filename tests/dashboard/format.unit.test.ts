import { describe, expect, it } from 'vitest';
import {
  formatBounds,
  formatDayRange,
  formatFuzzyDate,
  isIsoDay,
} from '../../dashboard/src/lib/dates.js';
import {
  formatMoney,
  formatNumber,
  formatQuantity,
  formatRange,
} from '../../dashboard/src/lib/money.js';
import type { Money } from '../../dashboard/src/lib/types.js';

describe('formatFuzzyDate', () => {
  it('keeps a season a season, with the source words after it', () => {
    expect(
      formatFuzzyDate({ precision: 'season', season: 'autumn', year: 2025, wording: 'najaar' }),
    ).toBe('autumn 2025 (najaar)');
  });

  it('writes a single day in full and leaves out wording that only repeats it', () => {
    expect(formatFuzzyDate({ precision: 'day', date: '2025-06-04', wording: '4 juni' })).toBe(
      '4 June 2025',
    );
  });

  it('writes consecutive days within a month as one range', () => {
    expect(
      formatFuzzyDate({
        precision: 'days',
        from: '2025-06-24',
        to: '2025-06-25',
        wording: '24 en 25 juni',
      }),
    ).toBe('24–25 June 2025 (24 en 25 juni)');
  });

  it('names both months, and both years, when a range crosses them', () => {
    expect(formatDayRange('2025-06-30', '2025-07-02')).toBe('30 June – 2 July 2025');
    expect(formatDayRange('2025-12-30', '2026-01-02')).toBe('30 December 2025 – 2 January 2026');
  });

  it('leaves an open bound open ("onlangs" is only known to be before the letter)', () => {
    expect(
      formatFuzzyDate({ precision: 'between', latest: '2025-06-23', wording: 'onlangs' }),
    ).toBe('on or before 23 June 2025 (onlangs)');
    expect(
      formatFuzzyDate({ precision: 'between', earliest: '2025-06-05', latest: '2025-06-23' }),
    ).toBe('between 5 June 2025 and 23 June 2025');
  });

  it('writes a month and a year with no invented day', () => {
    expect(formatFuzzyDate({ precision: 'month', month: '2026-03' })).toBe('March 2026');
    expect(formatFuzzyDate({ precision: 'year', year: 2026, wording: 'tot en met 2026' })).toBe(
      '2026 (tot en met 2026)',
    );
  });

  it('writes day bounds as a day, a range or an open bound', () => {
    expect(formatBounds({ earliest: '2025-06-05', latest: '2025-06-05' })).toBe('5 June 2025');
    expect(formatBounds({ earliest: null, latest: '2025-06-23' })).toBe(
      'on or before 23 June 2025',
    );
    expect(formatBounds({ earliest: null, latest: null })).toBe('date unknown');
  });

  it('accepts only real calendar days', () => {
    expect(isIsoDay('2025-06-04')).toBe(true);
    expect(isIsoDay('2025-02-30')).toBe(false);
    expect(isIsoDay('2025-6-4')).toBe(false);
  });
});

const eur = (amount: Money['amount'], approximate: boolean, wording: string): Money => ({
  currency: 'EUR',
  amount,
  approximate,
  wording,
});

describe('formatMoney', () => {
  it('marks an approximate amount as circa', () => {
    expect(formatMoney(eur({ kind: 'exact', value: 400_000_000 }, true, 'circa €400 mln'))).toBe(
      'circa €400 mln',
    );
  });

  it('draws "honderden miljoenen" as a range whose ends are never rounded outwards', () => {
    expect(
      formatMoney(
        eur({ kind: 'range', low: 200_000_000, high: 999_999_999 }, true, 'honderden miljoenen'),
      ),
    ).toBe('€200–999 mln');
  });

  it('names both scales when the ends of a range differ in scale', () => {
    expect(formatRange(600_000_000, 1_399_999_999, 'EUR')).toBe('€600 mln – €1.39 bn');
  });

  it('writes an exact amount without circa, and other currencies by code', () => {
    expect(formatMoney(eur({ kind: 'exact', value: 1_500_000_000 }, false, '€1,5 mld'))).toBe(
      '€1.5 bn',
    );
    expect(
      formatMoney({
        ...eur({ kind: 'exact', value: 250_000 }, false, '250.000 kronen'),
        currency: 'SEK',
      }),
    ).toBe('SEK 250,000');
  });

  it('groups thousands and drops trailing decimals', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(3.5)).toBe('3.5');
    expect(formatNumber(2.0)).toBe('2');
  });
});

describe('formatQuantity', () => {
  it('writes counted items and percentages as the source counts them', () => {
    expect(
      formatQuantity({
        value: 58,
        unit: 'items',
        item: 'snelle patrouilleboten',
        wording: '58 snelle patrouilleboten',
      }),
    ).toBe('58 snelle patrouilleboten');
    expect(
      formatQuantity({ value: 3.5, unit: 'percent', item: 'defensie-uitgaven', wording: '3,5%' }),
    ).toBe('3.5% defensie-uitgaven');
  });
});
