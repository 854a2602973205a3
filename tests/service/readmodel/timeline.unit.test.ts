import { describe, expect, it } from 'vitest';
import { ValidationError } from '@kroniek/service';
import type { ReadModel } from '@kroniek/service';
import { day, idOf, knownOn, makeEvent } from '../../support/projectionEvents.js';
import { entryAt, given } from '../../support/projectionSpec.js';

const nl = { id: 'nl', name: 'Nederland', role: 'announcer' as const };
const nato = { id: 'nato', name: 'NAVO', role: 'adopter' as const };

const udcg = makeEvent('MeetingHeld', 'udcg', {
  occurred: day('2025-06-04'),
  meeting: { name: 'UDCG' },
  actors: [{ ...nl, role: 'participant' }],
  category: 'ukraine-support',
});
const maritime = makeEvent('SupportCommitted', 'maritime', {
  occurred: day('2025-06-04'),
  title: 'Maritiem steunpakket',
  quote: 'een nieuw maritiem pakket aangekondigd voor Oekraïne',
  actors: [nl],
  category: 'ukraine-support',
});
const ct25 = makeEvent('DocumentAdopted', 'ct25', {
  occurred: day('2025-06-05'),
  document: { name: 'Capability Targets 2025' },
  actors: [nato],
  category: 'deterrence',
});
const summit = makeEvent('MeetingScheduled', 'summit', {
  occurred: { precision: 'days', from: '2025-06-24', to: '2025-06-25' },
  meeting: { name: 'NAVO-top', place: 'Den Haag' },
  category: 'deterrence',
});
const defport = makeEvent('InitiativeLaunched', 'defport', {
  occurred: { precision: 'between', latest: '2025-06-05', wording: 'onlangs' },
  category: 'industry',
});
const june = makeEvent('StatementMade', 'june', {
  occurred: { precision: 'month', month: '2025-06' },
});

const ids = (m: ReadModel, q = {}) => m.timeline(q).items.map((i) => i.id);

describe('timeline order', () => {
  it('orders by occurred key, narrower first on the same key, then log position', () => {
    given(summit, ct25, june, maritime, udcg, defport).then((m) => {
      expect(ids(m)).toEqual(
        [june.id, maritime.id, udcg.id, ct25.id, defport.id, summit.id].map(String),
      );
    });
  });

  it('shows fuzzy dates with their own precision and bounds', () => {
    given(summit).then((m) => {
      const [item] = m.timeline({}).items;
      expect(item?.occurredLabel).toBe('24–25 Jun 2025');
      expect(item?.occurredBounds).toEqual({ earliest: '2025-06-24', latest: '2025-06-25' });
      expect(item?.knownOn).toBe('2025-06-05');
    });
  });
});

describe('applying the log', () => {
  it('changes nothing when the same entry is applied twice', () => {
    const first = entryAt(1, maritime);
    given(first, entryAt(2, ct25)).then((once) => {
      given(first, entryAt(2, ct25))
        .when(entryAt(2, ct25), first)
        .then((twice) => {
          expect(twice.position()).toBe(2);
          expect(twice.timeline({})).toEqual(once.timeline({}));
          expect(twice.subjects()).toEqual(once.subjects());
          expect(twice.chart('events-per-month')).toEqual(once.chart('events-per-month'));
        });
    });
  });

  it('ignores a repeated event id at a new position but moves its position on', () => {
    given(entryAt(1, maritime))
      .when(entryAt(2, maritime))
      .then((m) => {
        expect(m.position()).toBe(2);
        expect(m.timeline({}).total).toBe(1);
      });
  });
});

describe('filters', () => {
  const all = [udcg, maritime, ct25, summit, defport, june];

  it('by kind, actor, subject and category', () => {
    given(...all).then((m) => {
      expect(ids(m, { kinds: ['DocumentAdopted', 'MeetingScheduled'] })).toEqual([
        ct25.id,
        summit.id,
      ]);
      expect(ids(m, { actors: ['nl'] })).toEqual([udcg.id, maritime.id]);
      expect(ids(m, { subjects: ['ct25'] })).toEqual([ct25.id]);
      expect(ids(m, { categories: ['industry', 'deterrence'] })).toEqual([
        ct25.id,
        defport.id,
        summit.id,
      ]);
    });
  });

  it('by free text, case- and accent-insensitive, over title and quotation', () => {
    given(...all).then((m) => {
      expect(ids(m, { q: 'OEKRAINE' })).toEqual([maritime.id]);
      expect(ids(m, { q: 'oekraïne maritiem' })).toEqual([maritime.id]);
      expect(ids(m, { q: 'steunpakket' })).toEqual([maritime.id]);
      expect(ids(m, { q: 'oekraine top' })).toEqual([]);
    });
  });

  it('by occurred range, taking events whose bounds overlap it', () => {
    given(...all).then((m) => {
      expect(ids(m, { from: '2025-06-05', to: '2025-06-05' })).toEqual([
        june.id,
        ct25.id,
        defport.id,
      ]);
      expect(ids(m, { from: '2025-06-20' })).toEqual([june.id, summit.id]);
    });
  });

  it('refuses an unknown kind and a malformed day with typed errors', () => {
    given(...all).then((m) => {
      expect(() => m.timeline({ kinds: ['ThingHappened' as never] })).toThrow(ValidationError);
      expect(() => m.timeline({ from: '5 juni' })).toThrow(ValidationError);
      expect(() => m.timeline({ limit: 501 })).toThrow(ValidationError);
      expect(() => m.timeline({ cursor: 'nonsense' })).toThrow(ValidationError);
    });
  });
});

describe('cursor paging', () => {
  it('visits every item once, in order, across pages', () => {
    given(udcg, maritime, ct25, summit, defport, june).then((m) => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = m.timeline({ limit: 2, ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(ids(m));
    });
  });

  it('stays stable when an event is recorded before the page boundary', () => {
    const early = makeEvent('StatementMade', 'early', { occurred: day('2025-01-01') });
    const model: { cursor?: string; firstPage?: string[] } = {};
    given(udcg, maritime, ct25, summit).then((m) => {
      const first = m.timeline({ limit: 2 });
      model.cursor = first.nextCursor!;
      model.firstPage = first.items.map((i) => i.id);
      m.apply(entryAt(5, early));
      const second = m.timeline({ limit: 2, cursor: model.cursor });
      expect(second.items.map((i) => i.id)).toEqual([ct25.id, summit.id]);
      expect(second.total).toBe(5);
      expect(model.firstPage).toEqual([udcg.id, maritime.id]);
    });
  });
});

describe('retractions', () => {
  const retract = makeEvent('EventRetracted', 'retract-ct25', {
    subject: 'ct25',
    retracts: idOf('ct25'),
    reason: 'recorded from the wrong meeting',
    knownAt: knownOn('2025-07-01'),
    occurred: day('2025-07-01'),
  });

  it('hides a retracted event by default and shows it marked when asked', () => {
    given(maritime, ct25)
      .when(retract)
      .then((m) => {
        expect(ids(m)).toEqual([maritime.id]);
        expect(m.timeline({}).counts.byType).toEqual({ SupportCommitted: 1 });
        const all = m.timeline({ includeRetracted: true }).items;
        expect(all.map((i) => [i.id, i.retracted])).toEqual([
          [maritime.id, false],
          [ct25.id, true],
        ]);
        expect(m.event(ct25.id)?.retraction?.reason).toBe('recorded from the wrong meeting');
      });
  });

  it('is not applied in a replay known by a day before the retraction was public', () => {
    given(maritime, ct25)
      .when(retract)
      .then((m) => {
        expect(ids(m, { knownBy: '2025-06-30' })).toEqual([maritime.id, ct25.id]);
      });
  });
});
