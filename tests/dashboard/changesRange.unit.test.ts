import { describe, expect, it } from 'vitest';
import { changesRange, CHANGES_DEFAULT_DAYS } from '../../dashboard/src/lib/changesRange.js';
import { addDays } from '../../dashboard/src/lib/dates.js';

const none = { asOf: null, changesFrom: null, changesTo: null };

describe('the range of the "What changed" view', () => {
  it('ends today and starts a month earlier when the URL names neither end', () => {
    expect(changesRange(none, '2025-06-30')).toEqual({
      from: addDays('2025-06-30', -CHANGES_DEFAULT_DAYS),
      to: '2025-06-30',
    });
  });

  it('ends on the replay day when the record is replayed', () => {
    const r = changesRange({ ...none, asOf: '2025-06-05' }, '2025-12-01');
    expect(r.to).toBe('2025-06-05');
    expect(r.from).toBe(addDays('2025-06-05', -CHANGES_DEFAULT_DAYS));
  });

  it('keeps the ends the URL names', () => {
    const r = changesRange(
      { asOf: '2025-06-05', changesFrom: '2025-01-01', changesTo: '2025-02-01' },
      '2025-12-01',
    );
    expect(r).toEqual({ from: '2025-01-01', to: '2025-02-01' });
  });
});
