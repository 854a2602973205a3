import { describe, expect, it } from 'vitest';
import {
  formatBounds,
  formatDay,
  formatFuzzyDate,
  parseDayInput,
} from '../../dashboard/src/lib/dates.js';

// Dates in the UI's language, and a day field that reads what a reader types, never month first.

describe('dates in Dutch', () => {
  it('writes a day, a stretch and a season in Dutch', () => {
    expect(formatDay('2025-06-04', 'nl')).toBe('4 juni 2025');
    expect(formatBounds({ earliest: '2025-06-05', latest: '2025-06-23' }, 'nl')).toBe(
      '5–23 juni 2025',
    );
    expect(formatFuzzyDate({ precision: 'season', season: 'autumn', year: 2025 }, 'nl')).toBe(
      'najaar 2025',
    );
    expect(formatFuzzyDate({ precision: 'between', latest: '2025-06-23' }, 'nl')).toBe(
      'uiterlijk 23 juni 2025',
    );
  });

  it('keeps English the default', () => {
    expect(formatDay('2025-06-04')).toBe('4 June 2025');
  });
});

describe('reading a typed day', () => {
  it.each([
    ['2025-06-04', '2025-06-04'],
    ['4 juni 2025', '2025-06-04'],
    ['4 June 2025', '2025-06-04'],
    ['4 jun 2025', '2025-06-04'],
    ['4-6-2025', '2025-06-04'],
    ['04/06/2025', '2025-06-04'],
    ['1 okt 2025', '2025-10-01'],
    ['  12 mei 2025 ', '2025-05-12'],
  ])('reads %s as %s (day first)', (typed, day) => {
    expect(parseDayInput(typed)).toBe(day);
  });

  it.each(['06/31/2025', '31 februari 2025', 'juni', '2025-13-01', ''])('refuses %s', (typed) => {
    expect(parseDayInput(typed)).toBeNull();
  });
});

describe('numbers in Dutch', () => {
  it('group thousands with a point and write decimals with a comma', async () => {
    const { formatNumber } = await import('../../dashboard/src/lib/money.js');
    expect(formatNumber(10000, 'nl')).toBe('10.000');
    expect(formatNumber(1.25, 'nl')).toBe('1,25');
    expect(formatNumber(10000)).toBe('10,000');
  });
});
