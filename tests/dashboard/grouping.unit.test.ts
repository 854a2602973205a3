import { describe, expect, it } from 'vitest';
import { groupByPeriod, periodOf } from '../../dashboard/src/lib/group.js';
import { nextBoundaryDay, replayDomain, nextPlayDay } from '../../dashboard/src/lib/replay.js';
import { quoteContext } from '../../dashboard/src/lib/sourceContext.js';
import {
  rowAt,
  rowOffsets,
  scrollToReveal,
  visibleWindow,
} from '../../dashboard/src/lib/virtual.js';
import type { DayBounds } from '../../dashboard/src/lib/types.js';

interface Row {
  id: string;
  b: DayBounds;
}
const row = (id: string, earliest: string | null, latest: string | null): Row => ({
  id,
  b: { earliest, latest },
});

describe('grouping by month', () => {
  it('puts a date within one month under that month', () => {
    expect(periodOf({ earliest: '2025-06-04', latest: '2025-06-04' })).toEqual({
      key: '2025-06',
      label: 'June 2025',
    });
  });

  it('puts a date spanning months under the span, never under one month', () => {
    expect(periodOf({ earliest: '2025-09-01', latest: '2025-11-30' }).label).toBe(
      'September–November 2025',
    );
    expect(periodOf({ earliest: null, latest: '2025-06-23' }).label).toBe('Up to June 2025');
    expect(periodOf({ earliest: '2025-01-01', latest: '2025-12-31' }).label).toBe(
      '2025 (whole year)',
    );
  });

  it('gives consecutive events of one period one heading with their count', () => {
    const rows = groupByPeriod(
      [
        row('a', '2025-03-06', '2025-03-06'),
        row('b', '2025-03-06', '2025-03-06'),
        row('c', '2025-06-04', '2025-06-04'),
        row('d', '2025-09-01', '2025-11-30'),
      ],
      (r) => r.b,
      (r) => r.id,
    );
    const heading = (r: (typeof rows)[number]) =>
      r.kind === 'header' ? `${'#'.repeat(r.level)} ${r.label} (${r.count})` : r.key;
    expect(rows.map(heading)).toEqual([
      '# March 2025 (2)',
      '## 6 March 2025 (2)',
      'a',
      'b',
      '# June 2025 (1)',
      '## 4 June 2025 (1)',
      'c',
      '# September–November 2025 (1)',
      'd',
    ]);
  });

  it('heads each day within a month, a stretch of days and a month-only date apart', () => {
    const rows = groupByPeriod(
      [
        row('udcg', '2025-06-04', '2025-06-04'),
        row('dmm1', '2025-06-05', '2025-06-05'),
        row('dmm2', '2025-06-05', '2025-06-05'),
        row('letter', '2025-06-05', '2025-06-23'),
        row('june', '2025-06-01', '2025-06-30'),
      ],
      (r) => r.b,
      (r) => r.id,
      'nl',
    );
    const heading = (r: (typeof rows)[number]) =>
      r.kind === 'header' ? `${'#'.repeat(r.level)} ${r.label} (${r.count})` : r.key;
    expect(rows.map(heading)).toEqual([
      '# juni 2025 (5)',
      '## 4 juni 2025 (1)',
      'udcg',
      '## 5 juni 2025 (2)',
      'dmm1',
      'dmm2',
      '## 5–23 juni 2025 (1)',
      'letter',
      '## Ergens in juni 2025 (1)',
      'june',
    ]);
  });
});

describe('the virtual list window', () => {
  const offsets = rowOffsets([40, 100, 100, 100, 40, 100]);

  it('sums row heights into offsets', () => {
    expect([...offsets]).toEqual([0, 40, 140, 240, 340, 380, 480]);
  });

  it('finds the row under a pixel', () => {
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, 139)).toBe(1);
    expect(rowAt(offsets, 140)).toBe(2);
    expect(rowAt(offsets, 10_000)).toBe(5);
  });

  it('renders only the rows in view, plus the overscan', () => {
    expect(visibleWindow(offsets, 150, 100, 0)).toEqual({
      start: 2,
      end: 4,
      offset: 140,
      total: 480,
    });
    expect(visibleWindow(offsets, 150, 100, 1)).toEqual({
      start: 1,
      end: 5,
      offset: 40,
      total: 480,
    });
  });

  it('stays small for 10,000 rows', () => {
    const many = rowOffsets(Array.from({ length: 10_000 }, () => 100));
    const w = visibleWindow(many, 500_000, 800, 6);
    expect(w.end - w.start).toBeLessThanOrEqual(8 + 12 + 1);
    expect(w.start).toBe(4994);
  });

  it('scrolls just enough to reveal a row', () => {
    expect(scrollToReveal(offsets, 5, 0, 200)).toBe(280);
    expect(scrollToReveal(offsets, 0, 100, 200)).toBe(0);
    expect(scrollToReveal(offsets, 2, 100, 200)).toBeNull();
  });
});

describe('the replay domain', () => {
  it("spans the record's dates, not up to today (issue 14)", () => {
    expect(replayDomain(['2025-03', '2025-06'], '2026-11-27')).toEqual({
      min: '2025-03-01',
      max: '2025-06-30',
    });
    expect(replayDomain(['2025-05-22', '2025-06-04', '2025-06-23'], '2026-11-27')).toEqual({
      min: '2025-05-22',
      max: '2025-06-23',
    });
    expect(replayDomain(['2025-03', '2027-02'], '2026-11-27')).toEqual({
      min: '2025-03-01',
      max: '2027-02-28',
    });
    expect(replayDomain([], '2026-11-27')).toEqual({ min: '2025-11-27', max: '2026-11-27' });
  });

  it('plays through the domain in steps and stops at its end', () => {
    const d = { min: '2025-01-01', max: '2025-01-31' };
    expect(nextPlayDay('2025-01-01', d, 10)).toBe('2025-01-04');
    expect(nextPlayDay('2025-01-30', d, 10)).toBe('2025-01-31');
    expect(nextPlayDay('2025-01-31', d, 10)).toBeNull();
  });

  it('plays from one boundary day to the next, past no meeting (issue 14)', () => {
    const d = { min: '2025-05-22', max: '2025-06-23' };
    const days = ['2025-05-22', '2025-05-25', '2025-06-04', '2025-06-05', '2025-06-23'];
    const stops: string[] = [];
    for (let at: string | null = '2025-05-25'; at; at = nextBoundaryDay(at, days, d))
      stops.push(at);
    expect(stops).toEqual(['2025-05-25', '2025-06-04', '2025-06-05', '2025-06-23']);
    expect(nextBoundaryDay('2025-06-23', days, d)).toBeNull();
    expect(nextBoundaryDay('2025-01-01', [], { min: '2025-01-01', max: '2025-01-31' }, 10)).toBe(
      '2025-01-04',
    );
  });
});

describe('a quotation in its source', () => {
  const text =
    'De eerste zin. Ik heb een nieuw maritiem pakket aangekondigd. De laatste zin staat hier.';
  const quotation = 'een nieuw maritiem pakket aangekondigd';

  it('cuts the quotation out at its offsets, with context cut at word boundaries', () => {
    const start = text.indexOf(quotation);
    const c = quoteContext(text, quotation, start, start + quotation.length, 12);
    expect(c).toEqual({
      before: 'zin. Ik heb ',
      quote: quotation,
      after: '. De laatste',
      clippedBefore: true,
      clippedAfter: true,
      exact: true,
    });
  });

  it('finds the quotation when the offsets are off, and says so', () => {
    const c = quoteContext(text, quotation, 0, quotation.length);
    expect(c?.quote).toBe(quotation);
    expect(c?.exact).toBe(false);
  });

  it('returns nothing when the quotation is not in the text', () => {
    expect(quoteContext(text, 'niet aanwezig', 0, 5)).toBeNull();
  });
});
