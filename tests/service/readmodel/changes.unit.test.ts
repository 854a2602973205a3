import { describe, expect, it } from 'vitest';
import { ValidationError } from '@kroniek/service';
import { day, idOf, knownOn, makeEvent } from '../../support/projectionEvents.js';
import { given } from '../../support/projectionSpec.js';

const a = makeEvent('StatementMade', 'a', { knownAt: knownOn('2025-06-05') });
const b = makeEvent('StatementMade', 'b', {
  knownAt: {
    date: { precision: 'between', earliest: '2025-06-05', latest: '2025-06-23' },
    basis: 'source-publication',
  },
});
const fix = makeEvent('EventCorrected', 'fix-a', {
  subject: 'a',
  corrects: idOf('a'),
  changes: { occurred: day('2025-06-03') },
  reason: 'wrong day',
  knownAt: knownOn('2025-07-02'),
});
const drop = makeEvent('EventRetracted', 'drop-b', {
  subject: 'b',
  retracts: idOf('b'),
  reason: 'not in the letter',
  knownAt: knownOn('2025-07-02'),
});

describe('changes between two days', () => {
  it('lists what became public in (from, to], by knownOn then log order', () => {
    given(b, a, fix, drop).then((m) => {
      expect(m.changes('2025-06-04', '2025-06-05').map((c) => [c.kind, c.id])).toEqual([
        ['known', a.id],
      ]);
      expect(m.changes('2025-06-05', '2025-06-23').map((c) => [c.kind, c.id, c.knownOn])).toEqual([
        ['known', b.id, '2025-06-23'],
      ]);
      expect(m.changes('2025-06-30', '2025-07-31')).toEqual([
        expect.objectContaining({
          kind: 'corrected',
          id: fix.id,
          targetId: a.id,
          changedFields: ['occurred'],
          title: a.title,
        }),
        expect.objectContaining({
          kind: 'retracted',
          id: drop.id,
          targetId: b.id,
          reason: 'not in the letter',
        }),
      ]);
    });
  });

  it('refuses a range that runs backwards', () => {
    given(a).then((m) =>
      expect(() => m.changes('2025-07-01', '2025-06-01')).toThrow(ValidationError),
    );
  });
});
