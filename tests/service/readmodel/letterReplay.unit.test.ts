import { beforeAll, describe, expect, it } from 'vitest';
import { deriveEventId, isFact } from '@kroniek/events';
import type { KroniekEvent } from '@kroniek/events';
import type { ReadModel } from '@kroniek/service';
import { loadRecordedEvents } from '../../support/letterLog.js';
import { given } from '../../support/projectionSpec.js';

const LETTER = 'kamerbrief-navo-dmm-2025-06';
const id = (key: string) => deriveEventId(LETTER, key);
const MARITIME = id('maritime-package-announced');
const CT25 = id('ct25-adopted');
const SUMMIT = id('nato-summit-the-hague-scheduled');

let letter: KroniekEvent[] = [];
/** The letter's facts (its amendments aside): what the timeline counts. */
let facts: KroniekEvent[] = [];
beforeAll(async () => {
  // The seed holds other sources too (the corpus); this file replays the letter's record alone.
  letter = (await loadRecordedEvents()).filter((e) => e.source.documentId === LETTER);
  facts = letter.filter(isFact);
});

const status = (m: ReadModel, subject: string, asOf?: string) =>
  m.subjects(asOf ? { asOf } : {}).find((s) => s.id === subject)?.status;
const itemStatus = (m: ReadModel, eventId: string, asOf: string) =>
  m.timeline({ asOf, limit: 500 }).items.find((i) => i.id === eventId)?.status;

describe("the letter's record replayed", () => {
  it('to 2025-06-04: the maritime package is announced, CT25 not yet adopted', () => {
    given(...letter).then((m) => {
      expect(status(m, 'nl-maritime-package-ukraine-2025', '2025-06-04')).toBe('announced');
      expect(status(m, 'nato-ct25', '2025-06-04')).toBe('upcoming');
      expect(itemStatus(m, MARITIME, '2025-06-04')).toBe('happened');
      expect(itemStatus(m, CT25, '2025-06-04')).toBe('later');
    });
  });

  it('to 2025-06-10: CT25 is adopted and the Hague summit of 24–25 June is still ahead', () => {
    given(...letter).then((m) => {
      expect(status(m, 'nato-ct25', '2025-06-10')).toBe('adopted');
      expect(itemStatus(m, CT25, '2025-06-10')).toBe('happened');
      expect(status(m, 'nato-summit-2025-the-hague', '2025-06-10')).toBe('upcoming');
      expect(itemStatus(m, SUMMIT, '2025-06-10')).toBe('later');
      const summit = m
        .subjects({ asOf: '2025-06-10' })
        .find((s) => s.id === 'nato-summit-2025-the-hague');
      expect(summit?.next?.occurredLabel).toBe('24–25 Jun 2025');
    });
  });

  it('to today: the summit days have passed, deliveries have started, the autumn briefing is overdue', () => {
    given(...letter)
      .on('2026-03-01')
      .then((m) => {
        expect(itemStatus(m, SUMMIT, '2026-03-01')).toBe('happened');
        expect(status(m, 'nl-maritime-package-ukraine-2025')).toBe('delivering');
        expect(status(m, 'critical-military-capabilities-analysis')).toBe('overdue');
        expect(status(m, 'critical-military-capabilities-analysis', '2025-10-01')).toBe('open');
        expect(status(m, 'motie-dassen-omtzigt')).toBe('fulfilled');
      });
  });

  it('counts only what happened by each day, and more by each later day', () => {
    given(...letter).then((m) => {
      const [early, mid, now] = ['2025-06-04', '2025-06-10', '2026-03-01'].map(
        (asOf) => m.timeline({ asOf }).counts,
      );
      expect(early!.happened).toBeLessThan(mid!.happened);
      expect(mid!.happened).toBeLessThan(now!.happened);
      expect(now!.later).toBe(0);
      expect(now!.happened).toBe(facts.length);
      expect(early!.happened + early!.possiblyHappened + early!.later).toBe(facts.length);
      expect(early!.byType.DocumentAdopted).toBeUndefined();
      expect(mid!.byType.DocumentAdopted).toBeGreaterThan(0);
    });
  });

  it('as the record stood on 2025-06-10, before the letter was certainly public, shows what was public then', () => {
    given(...letter).then((m) => {
      const page = m.timeline({ asOf: '2025-06-10', knownBy: '2025-06-10', limit: 500 });
      const ids = page.items.map((i) => i.id);
      expect(ids).toContain(MARITIME);
      // The letter was public some day between 5 and 23 June: possibly known on the 10th,
      // listed as such, and left out when only what was certainly public is asked for.
      expect(page.items.find((i) => i.id === CT25)?.knownStatus).toBe('possibly-known');
      expect(
        page.items.every(
          (i) =>
            i.knownStatus === 'possibly-known' || (i.knownOn !== null && i.knownOn <= '2025-06-10'),
        ),
      ).toBe(true);
      const certain = m.timeline({
        asOf: '2025-06-10',
        knownBy: '2025-06-10',
        knownStatus: ['known'],
        limit: 500,
      });
      expect(certain.items.map((i) => i.id)).not.toContain(CT25);
      expect(certain.items.every((i) => i.knownOn !== null && i.knownOn <= '2025-06-10')).toBe(
        true,
      );
    });
  });

  it('charts the committed euros only: the maritime package and the Drone Line purchases, kept as low/high', () => {
    given(...letter).then((m) => {
      const chart = m.chart('money-cumulative');
      if (chart.name === 'events-per-month') throw new TypeError('expected amount lines');
      expect(new Set(chart.lines.map((l) => l.currency))).toEqual(new Set(['EUR']));
      // The maritime package on 4 June 2025; the Drone Line purchases (issue 13: the money is
      // theirs, not the update's, and they are undated) on the letter's last possible day, the
      // key day of a date with an open start. The range stays a range, no midpoint is invented,
      // and the cumulative ends add up.
      const [june4, byJune23] = chart.lines.find((l) => l.key === 'ukraine-support|EUR')!.points;
      expect(june4).toMatchObject({
        day: '2025-06-04',
        events: 1,
        low: 400_000_000,
        high: 400_000_000,
        wording: 'circa €400 mln',
      });
      expect(byJune23).toMatchObject({
        day: '2025-06-23',
        occurredBounds: { earliest: null, latest: '2025-06-23' },
        events: 1,
        low: 200_000_000,
        high: 999_999_999,
        cumulativeLow: 600_000_000,
        cumulativeHigh: 1_399_999_999,
        wording: 'honderden miljoenen',
      });
      // By actor, both amounts go to the Netherlands, who pays for both (issue 14: the giver or
      // buyer, never the sellers): one line adding up to the same ends.
      const byActor = m.chart('money-cumulative', { groupBy: 'actor' });
      if (byActor.name === 'events-per-month') throw new TypeError('expected amount lines');
      const drones = byActor.lines.find((l) =>
        l.points.some((p) => p.wording === 'honderden miljoenen'),
      );
      expect(drones?.key).toMatch(/^netherlands\|/);
      expect(drones?.points.at(-1)).toMatchObject({
        wording: 'honderden miljoenen',
        low: 200_000_000,
        high: 999_999_999,
        cumulativeHigh: 1_399_999_999,
        events: 1,
      });
    });
  });
});
