import { describe, expect, it } from 'vitest';
import { dayBounds, deriveEventId, entryToEvent } from '@kroniek/events';
import type { FactEvent, KroniekEvent } from '@kroniek/events';
import { LETTER_ID, loadLetter } from './letterFiles.js';

// Issue 13, "The letter's record, revisited": readings of the letter corrected by amendments
// (EventCorrected with a reason), never by editing the entries they correct.

const { text, file } = loadLetter();
const events = file.events.map((entry) => {
  const r = entryToEvent(file.source, entry, text);
  if (!r.success) throw new Error(`${entry.key}: ${r.error.message}`);
  return r.data;
});
const id = (key: string) => deriveEventId(LETTER_ID, key);

/** The letter's facts as its amendments leave them: each correction's changes applied in file order. */
function resolved(): Map<string, FactEvent> {
  const facts = new Map<string, FactEvent>();
  for (const e of events) {
    if (e.type === 'EventCorrected') {
      const target = facts.get(e.corrects);
      if (target) facts.set(e.corrects, { ...target, ...e.changes } as FactEvent);
    } else if (e.type !== 'EventRetracted' && e.type !== 'EventCorroborated') facts.set(e.id, e);
  }
  return facts;
}
const facts = resolved();
const fact = (key: string) => {
  const f = facts.get(id(key));
  if (!f) throw new Error(`no fact '${key}'`);
  return f;
};
const correctionsOf = (key: string): KroniekEvent[] =>
  events.filter((e) => e.type === 'EventCorrected' && e.corrects === id(key));

describe(`the record of ${LETTER_ID}, revisited`, () => {
  it('makes the commitment of the committee debate of 22 May public that day', () => {
    for (const key of [
      'commissiedebat-2025-05-22-held',
      'commitment-report-on-motie-dassen-omtzigt',
    ]) {
      expect(dayBounds(fact(key).knownAt.date), key).toEqual({
        earliest: '2025-05-22',
        latest: '2025-05-22',
      });
      expect(fact(key).knownAt.basis, key).toBe('public-at-occurrence');
    }
  });

  it('no longer dates the European Council of 6 March as known from the letter only', () => {
    for (const key of [
      'european-council-2025-03-06-held',
      'european-council-seven-urgent-domains',
    ]) {
      const known = dayBounds(fact(key).knownAt.date);
      expect(known.earliest === null || known.earliest <= '2025-03-06', key).toBe(true);
      expect(known.latest, key).toBe('2025-06-23');
    }
  });

  it('names no host of the Hague summit and no order of the DMM sessions', () => {
    expect(fact('nato-summit-the-hague-scheduled').actors.filter((a) => a.role === 'host')).toEqual(
      [],
    );
    expect(fact('nuc-session-held').summary ?? '').not.toMatch(/second/i);
  });

  it('records the Drone Line purchases as their own fact, with the money, by the Netherlands from sellers', () => {
    const update = fact('drone-line-update-given');
    expect(update.type).toBe('StatementMade');
    expect(update.money ?? []).toEqual([]);
    expect(update.actors.filter((a) => a.role === 'recipient')).toEqual([]);
    const purchases = fact('drone-line-purchases');
    expect(purchases.subject).toBe(update.subject);
    expect(purchases.money?.map((m) => m.wording)).toEqual(['honderden miljoenen']);
    expect(purchases.actors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'netherlands', role: 'buyer' }),
        expect.objectContaining({ id: 'ukrainian-drone-producers', role: 'seller' }),
      ]),
    );
    expect(purchases.actors.filter((a) => a.role === 'recipient')).toEqual([]);
    expect(purchases.occurred).toEqual({ precision: 'between', latest: '2025-06-23' });
  });

  it('does so by corrections that give a reason, each quoting the letter', () => {
    for (const key of [
      'commissiedebat-2025-05-22-held',
      'commitment-report-on-motie-dassen-omtzigt',
      'european-council-2025-03-06-held',
      'european-council-seven-urgent-domains',
      'nato-summit-the-hague-scheduled',
      'nuc-session-held',
      'drone-line-update-given',
    ]) {
      const corrections = correctionsOf(key);
      expect(corrections, key).toHaveLength(1);
      const [c] = corrections;
      if (c?.type !== 'EventCorrected') continue;
      expect(c.reason.trim().length, key).toBeGreaterThan(40);
      expect(text.slice(c.source.location.start, c.source.location.end)).toBe(c.source.quotation);
    }
  });
});
