import { describe, expect, it } from 'vitest';
import {
  FuzzyDate,
  KroniekEvent,
  Money,
  SCHEMA_VERSION,
  dayBounds,
  deriveEventId,
  moneyBounds,
  upcast,
} from '@kroniek/events';

describe('FuzzyDate', () => {
  it('accepts each precision the sources use', () => {
    const dates = [
      { precision: 'day', date: '2025-06-04', wording: '4 juni' },
      { precision: 'days', from: '2025-06-24', to: '2025-06-25', wording: '24 en 25 juni' },
      { precision: 'month', month: '2025-06' },
      { precision: 'season', season: 'autumn', year: 2025, wording: 'in het najaar' },
      { precision: 'year', year: 2026 },
      { precision: 'between', latest: '2025-06-23', wording: 'onlangs' },
    ];
    for (const d of dates) expect(FuzzyDate.safeParse(d).success, JSON.stringify(d)).toBe(true);
  });

  it('rejects a day that does not exist', () => {
    expect(FuzzyDate.safeParse({ precision: 'day', date: '2025-02-30' }).success).toBe(false);
    expect(FuzzyDate.safeParse({ precision: 'day', date: '2025-02-29' }).success).toBe(false);
    expect(FuzzyDate.safeParse({ precision: 'day', date: '2024-02-29' }).success).toBe(true);
  });

  it("rejects 'days' whose 'from' is not before 'to'", () => {
    const days = (from: string, to: string) => FuzzyDate.safeParse({ precision: 'days', from, to });
    expect(days('2025-06-25', '2025-06-24').success).toBe(false);
    expect(days('2025-06-24', '2025-06-24').success).toBe(false);
  });

  it("rejects 'between' with no bound, or with bounds the wrong way round", () => {
    expect(FuzzyDate.safeParse({ precision: 'between', wording: 'onlangs' }).success).toBe(false);
    const reversed = { precision: 'between', earliest: '2025-06-23', latest: '2025-06-05' };
    expect(FuzzyDate.safeParse(reversed).success).toBe(false);
  });

  it('rejects a month that does not exist and fields of another precision', () => {
    expect(FuzzyDate.safeParse({ precision: 'month', month: '2025-13' }).success).toBe(false);
    expect(FuzzyDate.safeParse({ precision: 'year', year: 2025, date: '2025-01-01' }).success).toBe(
      false,
    );
  });
});

describe('dayBounds', () => {
  const bounds = (d: unknown) => dayBounds(FuzzyDate.parse(d));

  it('is the day itself for a day, and the first and last day for days', () => {
    expect(bounds({ precision: 'day', date: '2025-06-04' })).toEqual({
      earliest: '2025-06-04',
      latest: '2025-06-04',
    });
    expect(bounds({ precision: 'days', from: '2025-06-24', to: '2025-06-25' })).toEqual({
      earliest: '2025-06-24',
      latest: '2025-06-25',
    });
  });

  it('ends a month on its last day, leap years included', () => {
    expect(bounds({ precision: 'month', month: '2024-02' })).toEqual({
      earliest: '2024-02-01',
      latest: '2024-02-29',
    });
    expect(bounds({ precision: 'month', month: '2025-02' })).toEqual({
      earliest: '2025-02-01',
      latest: '2025-02-28',
    });
    expect(bounds({ precision: 'month', month: '2025-12' })).toEqual({
      earliest: '2025-12-01',
      latest: '2025-12-31',
    });
  });

  it('reads seasons meteorologically, winter running into the next year', () => {
    const season = (s: string, year: number) => bounds({ precision: 'season', season: s, year });
    expect(season('spring', 2025)).toEqual({ earliest: '2025-03-01', latest: '2025-05-31' });
    expect(season('summer', 2025)).toEqual({ earliest: '2025-06-01', latest: '2025-08-31' });
    expect(season('autumn', 2025)).toEqual({ earliest: '2025-09-01', latest: '2025-11-30' });
    expect(season('winter', 2025)).toEqual({ earliest: '2025-12-01', latest: '2026-02-28' });
    expect(season('winter', 2023)).toEqual({ earliest: '2023-12-01', latest: '2024-02-29' });
  });

  it('spans the whole year for a year', () => {
    expect(bounds({ precision: 'year', year: 2026 })).toEqual({
      earliest: '2026-01-01',
      latest: '2026-12-31',
    });
  });

  it("leaves an open end of 'between' open", () => {
    expect(bounds({ precision: 'between', latest: '2025-06-23' })).toEqual({
      earliest: null,
      latest: '2025-06-23',
    });
    expect(bounds({ precision: 'between', earliest: '2025-06-05' })).toEqual({
      earliest: '2025-06-05',
      latest: null,
    });
  });
});

describe('Money', () => {
  const range = (low: number, high: number) => ({
    currency: 'EUR',
    amount: { kind: 'range', low, high },
    approximate: true,
    wording: 'honderden miljoenen',
  });

  it('accepts a range whose low end does not exceed its high end', () => {
    const money = Money.parse(range(200_000_000, 999_999_999));
    expect(moneyBounds(money)).toEqual({ low: 200_000_000, high: 999_999_999 });
  });

  it('rejects a range the wrong way round, a negative amount and a made-up currency code', () => {
    expect(Money.safeParse(range(5, 4)).success).toBe(false);
    expect(Money.safeParse(range(-1, 4)).success).toBe(false);
    expect(Money.safeParse({ ...range(1, 2), currency: 'euro' }).success).toBe(false);
  });

  it('gives an exact amount equal bounds', () => {
    const money = Money.parse({
      currency: 'EUR',
      amount: { kind: 'exact', value: 400_000_000 },
      approximate: true,
      wording: 'circa €400 mln',
    });
    expect(moneyBounds(money)).toEqual({ low: 400_000_000, high: 400_000_000 });
  });
});

describe('upcast', () => {
  const versionZero = {
    id: deriveEventId('brief', 'top-gepland'),
    type: 'MeetingScheduled',
    subject: 'nato-summit-2025-the-hague',
    title: 'NATO summit scheduled',
    category: 'nato-deterrence',
    occurred: { precision: 'days', from: '2025-06-24', to: '2025-06-25' },
    knownAt: { date: { precision: 'day', date: '2025-06-05' }, basis: 'stated' },
    source: {
      documentId: 'brief',
      location: { section: 'DMM', start: 0, end: 3 },
      quotation: 'top',
    },
    actors: [],
    meeting: { name: 'NAVO-top' },
  };

  it('lifts an event written before schemaVersion existed to the current version', () => {
    expect(KroniekEvent.safeParse(versionZero).success).toBe(false);
    const lifted = upcast(versionZero);
    expect(lifted).toEqual({ ...versionZero, schemaVersion: SCHEMA_VERSION });
    expect(KroniekEvent.safeParse(lifted).success).toBe(true);
  });

  it('does not change its input, nor an event already current, nor what is not an object', () => {
    const before = structuredClone(versionZero);
    upcast(versionZero);
    expect(versionZero).toEqual(before);
    const current = { ...versionZero, schemaVersion: SCHEMA_VERSION };
    expect(upcast(current)).toEqual(current);
    expect(upcast(null)).toBeNull();
    expect(upcast(['x'])).toEqual(['x']);
  });
});

describe('deriveEventId', () => {
  it('derives the same id from the same document and key', () => {
    expect(deriveEventId('kamerbrief-navo-dmm-2025-06', 'ct25-adopted')).toBe(
      deriveEventId('kamerbrief-navo-dmm-2025-06', 'ct25-adopted'),
    );
  });

  it('derives different ids for another key or another document', () => {
    const id = deriveEventId('brief-a', 'ct25-adopted');
    expect(deriveEventId('brief-a', 'ct25-adopted-2')).not.toBe(id);
    expect(deriveEventId('brief-b', 'ct25-adopted')).not.toBe(id);
  });

  it('is a version 8 RFC 9562 UUID', () => {
    const id = deriveEventId('kamerbrief-navo-dmm-2025-06', 'ct25-adopted');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
