import { describe, expect, it } from 'vitest';
import { createReadModel } from '@kroniek/service';
import type { ReadModel, TimelineQuery } from '@kroniek/service';
import { entryAt } from '../../support/projectionSpec.js';
import { isoDay, randomLog, seeded } from './randomLog.js';

const TODAY = '2026-03-01';

function modelOf(seed: number, size: number): ReadModel {
  const model = createReadModel({ today: () => TODAY });
  randomLog(seed, size).forEach((e, i) => model.apply(entryAt(i + 1, e)));
  return model;
}

const firstDay = (x: unknown) => JSON.stringify(x).match(/\d{4}-\d{2}-\d{2}/)?.[0];

/** (occurred day, knownAt day) of the log's events: replays to them hit every boundary exactly. */
const LOG_PAIRS = randomLog(11, 600).flatMap((e) => {
  const asOf = firstDay(e.occurred);
  const knownBy = firstDay(e.knownAt.date);
  return asOf && knownBy ? [{ asOf, knownBy }] : [];
});
const LOG_DAYS = LOG_PAIRS.flatMap((p) => [p.asOf, p.knownBy]);

/**
 * Random (asOf, knownBy) pairs around the log's years, knownBy before or after asOf; a third
 * are days the log names and a third an event's own (occurred, knownAt) days, so that
 * boundaries are hit exactly.
 */
function pairs(seed: number, count: number): { asOf: string; knownBy: string }[] {
  const rnd = seeded(seed);
  const first = Date.UTC(2018, 6, 1) / 86_400_000;
  const span = 6 * 365;
  const pick = (k: number) =>
    k % 2 === 0
      ? isoDay(first + Math.floor(rnd() * span))
      : LOG_DAYS[Math.floor(rnd() * LOG_DAYS.length)]!;
  return Array.from({ length: count }, (_, k) =>
    k % 3 === 2
      ? LOG_PAIRS[Math.floor(rnd() * LOG_PAIRS.length)]!
      : { asOf: pick(k), knownBy: pick(k) },
  );
}

// `from` far in the past and `recordedAsOf` far ahead select everything, but they take the
// path that scans every entry: the answers of the two paths must be the same.
const SCAN = { from: '1000-01-01' };
const SCAN_CHART = { recordedAsOf: '2999-12-31' };

describe('a replay counted from the month checkpoints', () => {
  const model = modelOf(11, 600);

  it('gives the counts and total of a full scan, for any asOf and knownBy', () => {
    const variants: TimelineQuery[] = [
      {},
      { includeRetracted: true },
      { includeLater: false },
      { kinds: ['SupportCommitted', 'MeetingHeld'], includeRetracted: true },
    ];
    for (const q of pairs(1, 60)) {
      for (const v of variants) {
        const counted = model.timeline({ ...q, ...v, limit: 500 });
        const scanned = model.timeline({ ...q, ...v, ...SCAN, limit: 500 });
        expect({ ...counted, nextCursor: null }).toEqual({ ...scanned, nextCursor: null });
        expect(counted.total).toBe(scanned.total);
      }
    }
  });

  it('pages with cursors to the same items as a full scan', () => {
    for (const q of pairs(2, 15)) {
      const walk = (extra: TimelineQuery) => {
        const ids: string[] = [];
        let cursor: string | undefined;
        do {
          const page = model.timeline({ ...q, ...extra, limit: 37, ...(cursor ? { cursor } : {}) });
          ids.push(...page.items.map((i) => i.id));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        return ids;
      };
      const counted = walk({});
      expect(counted).toEqual(walk(SCAN));
      expect(counted.length).toBe(model.timeline(q).total);
    }
  });

  it('gives the events per month of a full scan', () => {
    for (const q of pairs(3, 40)) {
      expect(model.chart('events-per-month', q)).toEqual(
        model.chart('events-per-month', { ...q, ...SCAN_CHART }),
      );
    }
  });

  it('counts nothing before the first event and everything after the last', () => {
    const before = model.timeline({ asOf: '2010-01-01' });
    expect(before.counts.happened).toBe(0);
    // An open start ("onlangs": some time before its latest bound) has possibly happened on any earlier day.
    const openStart = before.total - before.counts.later;
    expect(before.counts.possiblyHappened).toBe(openStart);
    expect(openStart).toBeGreaterThan(0);
    const listed = model.timeline({ asOf: '2010-01-01', limit: 500 }).items;
    expect(listed.filter((i) => i.occurredStatus === 'possibly-happened').length).toBe(openStart);
    expect(
      listed.every(
        (i) => i.occurredStatus !== 'possibly-happened' || i.occurredBounds.earliest === null,
      ),
    ).toBe(true);
    const after = model.timeline({ asOf: '2040-01-01', includeLater: false });
    expect(after.counts.later).toBe(0);
    expect(after.total).toBe(after.counts.happened);
    expect(after.total).toBeGreaterThan(400);
  });

  it('changes nothing when the same entries are applied again', () => {
    const again = modelOf(11, 600);
    randomLog(11, 600).forEach((e, i) => again.apply(entryAt(i + 1, e)));
    for (const q of pairs(4, 10)) {
      expect(again.timeline(q)).toEqual(model.timeline(q));
      expect(again.chart('money-cumulative', q)).toEqual(model.chart('money-cumulative', q));
    }
  });
});
