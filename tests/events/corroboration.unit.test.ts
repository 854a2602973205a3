import { describe, expect, it } from 'vitest';
import {
  deriveEventId,
  entryToEvent,
  EVENT_TYPES,
  isAmendment,
  isCorroboration,
  isFact,
  KroniekEvent,
  referenceId,
} from '@kroniek/events';

const TEXT = 'Kop \nDe NAVO heeft het doel aangenomen. \nHet doel is groot.\n';

const corroboration = (extra: Record<string, unknown> = {}) => ({
  key: 'doel-bevestigd',
  type: 'EventCorroborated',
  subject: 'doel',
  title: 'The goal was adopted, as this letter says too',
  category: 'nato',
  occurred: { precision: 'day', date: '2025-06-05' },
  knownAt: { date: { precision: 'day', date: '2025-06-10' }, basis: 'source-publication' },
  source: { section: 'Kop', quotation: 'De NAVO heeft het doel aangenomen.' },
  actors: [],
  corroborates: 'navo-persbericht#doel-aangenomen',
  ...extra,
});

describe('EventCorroborated', () => {
  it('is a kind of event, but neither a fact nor an amendment', () => {
    expect(EVENT_TYPES).toContain('EventCorroborated');
    const result = entryToEvent('brief', corroboration(), TEXT);
    expect(result.error?.issues ?? []).toEqual([]);
    const e = result.data!;
    expect(isCorroboration(e)).toBe(true);
    expect(isFact(e)).toBe(false);
    expect(isAmendment(e)).toBe(false);
  });

  it('requires the id of the fact it corroborates', () => {
    const { corroborates: _, ...rest } = corroboration();
    const result = entryToEvent('brief', rest, TEXT);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('corroborates');
  });

  it('carries what its own source states: date, amounts, actors', () => {
    const money = [
      {
        currency: 'EUR',
        amount: { kind: 'exact', value: 5e8 },
        approximate: true,
        wording: 'circa €500 mln',
      },
    ];
    const result = entryToEvent('brief', corroboration({ money }), TEXT);
    expect(result.success && KroniekEvent.parse(result.data).money).toEqual(money);
  });
});

describe('reference fields written as <documentId>#<key>', () => {
  it("resolve 'corroborates' to the entry of another file", () => {
    const result = entryToEvent('brief', corroboration(), TEXT);
    expect(result.success && result.data.type === 'EventCorroborated').toBe(true);
    if (result.success && result.data.type === 'EventCorroborated') {
      expect(result.data.corroborates).toBe(deriveEventId('navo-persbericht', 'doel-aangenomen'));
      expect(result.data.corroborates).not.toBe(
        deriveEventId('brief', 'navo-persbericht#doel-aangenomen'),
      );
    }
  });

  it("a plain key stays this file's entry, for every reference field", () => {
    for (const [type, field, extra] of [
      ['EventCorroborated', 'corroborates', {}],
      ['EventRetracted', 'retracts', { reason: 'wrong reading' }],
      ['EventCorrected', 'corrects', { reason: 'wrong reading', changes: { title: 'Fixed' } }],
      ['ParliamentaryCommitmentFulfilled', 'fulfils', { corroborates: undefined }],
    ] as const) {
      const entry = { ...corroboration({ type, ...extra }), [field]: 'doel-aangenomen' };
      if (type !== 'EventCorroborated') delete (entry as Record<string, unknown>).corroborates;
      const result = entryToEvent('brief', entry, TEXT);
      expect(result.error?.issues ?? [], type).toEqual([]);
      expect((result.data as Record<string, unknown>)[field], type).toBe(
        deriveEventId('brief', 'doel-aangenomen'),
      );
      const other = { ...entry, [field]: 'navo-persbericht#doel-aangenomen' };
      const across = entryToEvent('brief', other, TEXT);
      expect((across.data as Record<string, unknown>)[field], type).toBe(
        deriveEventId('navo-persbericht', 'doel-aangenomen'),
      );
    }
  });

  it('leaves an id as it is', () => {
    const id = deriveEventId('x', 'y');
    expect(referenceId('brief', id)).toBe(id);
    expect(referenceId('brief', 'a-key')).toBe(deriveEventId('brief', 'a-key'));
    expect(referenceId('brief', 'other-doc#a-key')).toBe(deriveEventId('other-doc', 'a-key'));
  });
});
