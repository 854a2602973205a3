import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '@kroniek/events';
import {
  hasHappenedBy,
  isOverdue,
  knownOnDay,
  occurredKey,
} from '../../../service/src/temporal/axes.js';
import {
  dayNumber,
  dayString,
  parseDay,
  parseInstant,
} from '../../../service/src/temporal/days.js';
import { fuzzyDateLabel } from '../../../service/src/temporal/labels.js';
import { ValidationError } from '@kroniek/service';

const d = (s: string) => dayNumber(s);
const autumn2025: FuzzyDate = {
  precision: 'season',
  season: 'autumn',
  year: 2025,
  wording: 'najaar',
};
const onlangs: FuzzyDate = { precision: 'between', latest: '2025-06-05', wording: 'onlangs' };

describe('day numbers', () => {
  it('round-trips a day through its number', () => {
    expect(dayString(d('2025-06-04'))).toBe('2025-06-04');
    expect(d('2025-06-05') - d('2025-06-04')).toBe(1);
  });

  it('refuses a day that does not exist with a typed error naming the parameter', () => {
    expect(() => parseDay('asOf', '2025-02-30')).toThrow(ValidationError);
    expect(() => parseDay('asOf', 'yesterday')).toThrow(/asOf/);
  });

  it('reads a recordedAsOf day as the end of that day in UTC', () => {
    expect(parseInstant('recordedAsOf', '2025-07-01')).toBe(Date.parse('2025-07-01T23:59:59.999Z'));
    expect(parseInstant('recordedAsOf', '2025-07-01T10:00:00+02:00')).toBe(
      Date.parse('2025-07-01T08:00:00Z'),
    );
    expect(() => parseInstant('recordedAsOf', '2025-07-01T10:00')).toThrow(ValidationError);
  });
});

describe('the occurred axis', () => {
  it('has happened by a day when the earliest bound is on or before it', () => {
    const june = occurredKey({ precision: 'month', month: '2025-06' });
    expect(hasHappenedBy(june, d('2025-05-31'))).toBe(false);
    expect(hasHappenedBy(june, d('2025-06-01'))).toBe(true);
  });

  it("places an open start ('onlangs') at its latest bound", () => {
    const k = occurredKey(onlangs);
    expect(hasHappenedBy(k, d('2025-06-04'))).toBe(false);
    expect(hasHappenedBy(k, d('2025-06-05'))).toBe(true);
  });

  it('sorts a day before a month that starts the same day (narrower first)', () => {
    const first = occurredKey({ precision: 'day', date: '2025-06-01' });
    const month = occurredKey({ precision: 'month', month: '2025-06' });
    expect(first.key).toBe(month.key);
    expect(first.latest).toBeLessThan(month.latest);
  });
});

describe('the knownAt axis', () => {
  it('takes the latest bound of a fuzzy knownAt as the day it was certainly public', () => {
    const k = knownOnDay({
      date: { precision: 'between', earliest: '2025-06-05', latest: '2025-06-23' },
      basis: 'source-publication',
    });
    expect(k.label).toBe('2025-06-23');
  });

  it('falls back to the start when only a start is given', () => {
    const k = knownOnDay({
      date: { precision: 'between', earliest: '2025-06-05' },
      basis: 'stated',
    });
    expect(k.label).toBe('2025-06-05');
  });
});

describe('overdue', () => {
  it("keeps 'najaar 2025' open through 30 November and overdue from 1 December", () => {
    expect(isOverdue(autumn2025, d('2025-10-01'))).toBe(false);
    expect(isOverdue(autumn2025, d('2025-11-30'))).toBe(false);
    expect(isOverdue(autumn2025, d('2025-12-01'))).toBe(true);
  });

  it('keeps a year-only due date open through 31 December', () => {
    const y: FuzzyDate = { precision: 'year', year: 2025 };
    expect(isOverdue(y, d('2025-12-31'))).toBe(false);
    expect(isOverdue(y, d('2026-01-01'))).toBe(true);
  });

  it('is never overdue with an open end or no due date', () => {
    expect(isOverdue({ precision: 'between', earliest: '2025-01-01' }, d('2030-01-01'))).toBe(
      false,
    );
    expect(isOverdue(undefined, d('2030-01-01'))).toBe(false);
  });
});

describe('labels', () => {
  it('keep the precision of the source', () => {
    expect(fuzzyDateLabel({ precision: 'days', from: '2025-06-24', to: '2025-06-25' })).toBe(
      '24–25 Jun 2025',
    );
    expect(fuzzyDateLabel(autumn2025)).toBe('autumn 2025');
    expect(fuzzyDateLabel(onlangs)).toBe('by 5 Jun 2025');
    expect(fuzzyDateLabel({ precision: 'month', month: '2025-06' })).toBe('Jun 2025');
  });
});
