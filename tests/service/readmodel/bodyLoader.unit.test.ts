import { describe, expect, it } from 'vitest';
import { createReadModel } from '@kroniek/service';
import type { ReadModel } from '@kroniek/service';
import { entryAt } from '../../support/projectionSpec.js';
import type { EntryOf } from '../../support/projectionSpec.js';
import { randomLog } from './randomLog.js';

const TODAY = '2026-03-01';
const entries: EntryOf[] = randomLog(5, 400).map((e, i) => entryAt(i + 1, e));

/** A read model that keeps no bodies: it asks `loaded` for them, and counts what it asked. */
function lazyModel() {
  const byPosition = new Map(entries.map((e) => [e.position, e]));
  const asked: number[] = [];
  const model = createReadModel({
    today: () => TODAY,
    loadEntries: (positions) => {
      asked.push(...positions);
      return positions.flatMap((p) => byPosition.get(p) ?? []);
    },
  });
  for (const e of entries) model.apply(e);
  return { model, asked };
}

function heldModel(): ReadModel {
  const model = createReadModel({ today: () => TODAY });
  for (const e of entries) model.apply(e);
  return model;
}

const replays = [
  {},
  { asOf: '2021-06-30' },
  { asOf: '2022-01-01', knownBy: '2021-03-01' },
  { asOf: '2030-01-01', knownBy: '2020-12-31', recordedAsOf: '2025-07-01T12:00:00Z' },
];

describe('a read model with a body loader', () => {
  const held = heldModel();
  const { model: lazy } = lazyModel();

  it('answers every view as the model that holds the bodies', () => {
    for (const q of replays) {
      expect(lazy.timeline({ ...q, limit: 500 })).toEqual(held.timeline({ ...q, limit: 500 }));
      expect(lazy.timeline({ ...q, q: 'munitie', actors: ['nl'] })).toEqual(
        held.timeline({ ...q, q: 'munitie', actors: ['nl'] }),
      );
      for (const series of ['money-cumulative', 'quantities', 'events-per-month'] as const) {
        for (const groupBy of ['category', 'actor'] as const)
          expect(lazy.chart(series, { ...q, groupBy })).toEqual(
            held.chart(series, { ...q, groupBy }),
          );
      }
      expect(lazy.subjects(q)).toEqual(held.subjects(q));
      expect(lazy.actors(q)).toEqual(held.actors(q));
      expect(lazy.subject('s3', q)).toEqual(held.subject('s3', q));
      for (const e of entries.slice(0, 60))
        expect(lazy.event(e.event.id, q)).toEqual(held.event(e.event.id, q));
    }
    expect(lazy.changes('2019-01-01', '2021-01-01')).toEqual(
      held.changes('2019-01-01', '2021-01-01'),
    );
  });

  it('loads only the bodies of the page it shows', () => {
    const { model, asked } = lazyModel();
    model.timeline({ limit: 1 });
    asked.length = 0;
    const page = model.timeline({ asOf: '2021-01-01', knownBy: '2022-01-01', limit: 20 });
    // Amended facts are held once loaded; every other item is one body asked for.
    expect(asked.length).toBeLessThanOrEqual(20);
    expect(page.items).toHaveLength(20);
    asked.length = 0;
    model.chart('money-cumulative', { asOf: '2022-01-01', knownBy: '2021-01-01' });
    model.chart('events-per-month', { asOf: '2022-01-01', knownBy: '2021-01-01' });
    expect(asked).toEqual([]);
  });

  it('sees entries applied after a read', () => {
    const { model } = lazyModel();
    const before = model.timeline({}).total;
    const fact = entries.find((e) => e.event.type === 'SupportCommitted')!;
    const extra = entryAt(401, { ...fact.event, id: '00000000-0000-4000-8000-000000000401' });
    const all = createReadModel({
      today: () => TODAY,
      loadEntries: (ps) =>
        ps.flatMap((p) => (p === 401 ? [extra] : entries.filter((e) => e.position === p))),
    });
    for (const e of entries) all.apply(e);
    expect(all.timeline({}).total).toBe(before);
    all.apply(extra);
    expect(all.timeline({}).total).toBe(before + 1);
    expect(all.event(extra.event.id)?.item.position).toBe(401);
  });
});
