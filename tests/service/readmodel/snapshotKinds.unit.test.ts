import { afterEach, describe, expect, it, vi } from 'vitest';
import { EVENT_TYPES } from '@kroniek/events';
import type {
  LogEntry,
  ReadModel,
  ReadModelState,
} from '../../../service/src/readmodel/readModel.js';
import { randomLog } from './randomLog.js';

/*
 * A snapshot stores each fact's kind as a small code. Codes follow the order of EVENT_TYPES, so
 * a vocabulary that gains a kind in the middle numbers the later kinds one higher: a snapshot
 * written before must then be read by kind name (or refused), never with the new numbering.
 * The read model is loaded twice: once with the real vocabulary (it writes the snapshot), once
 * with a vocabulary mocked to differ (it restores it).
 */

const TODAY = '2026-03-01';
const entries: LogEntry[] = randomLog(31, 700).map((event, i) => ({
  position: i + 1,
  recordedAt: `2025-07-01T09:${String(Math.floor(i / 40)).padStart(2, '0')}:00.000Z`,
  event,
}));

// The modules are loaded afresh per test (vi.resetModules), so their types are named by import().
/* eslint-disable @typescript-eslint/consistent-type-imports */
type Modules = {
  createReadModel: typeof import('../../../service/src/readmodel/readModel.js').createReadModel;
  snapshot: typeof import('../../../service/src/readmodel/snapshot.js');
};
/* eslint-enable @typescript-eslint/consistent-type-imports */

/** The read model and snapshot modules, loaded afresh with `kinds` as the vocabulary's order. */
async function loadWith(kinds: readonly string[] | null): Promise<Modules> {
  vi.resetModules();
  vi.doUnmock('@kroniek/events');
  if (kinds) {
    vi.doMock('@kroniek/events', async (importOriginal) => ({
      // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- the module as loaded afresh
      ...(await importOriginal<typeof import('@kroniek/events')>()),
      EVENT_TYPES: kinds,
    }));
  }
  const { createReadModel } = await import('../../../service/src/readmodel/readModel.js');
  const snapshot = await import('../../../service/src/readmodel/snapshot.js');
  return { createReadModel, snapshot };
}

/** A model of `modules` that applied every entry. */
function folded(modules: Modules): ReadModel {
  const m = modules.createReadModel({ today: () => TODAY });
  for (const e of entries) m.apply(e);
  return m;
}

/** The state a snapshot file of `m` holds, read back through the snapshot codec. */
function snapshotState(modules: Modules, m: ReadModel): ReadModelState {
  const parts = modules.snapshot.encodeSnapshot(m, () => 'hash')!;
  return modules.snapshot.decodeSnapshot(Buffer.concat(parts)).state;
}

/** What the views answer that depends on each fact's kind. */
function answers(m: ReadModel) {
  const later = EVENT_TYPES.slice(Math.ceil(EVENT_TYPES.length / 2));
  return {
    all: m.timeline({ limit: 500, includeRetracted: true }),
    laterKinds: m.timeline({ kinds: [...later], limit: 500 }),
    perMonth: m.chart('events-per-month'),
    money: m.chart('money-cumulative', { resolution: 'event' }),
    quantities: m.chart('quantities', { groupBy: 'actor', resolution: 'month' }),
    subjects: m.subjects(),
  };
}

afterEach(() => {
  vi.doUnmock('@kroniek/events');
  vi.resetModules();
});

describe('a snapshot written before the vocabulary changed', () => {
  it('is read by kind name when a kind is inserted in the middle', async () => {
    const before = await loadWith(null);
    const state = snapshotState(before, folded(before));
    const mid = Math.floor(EVENT_TYPES.length / 2);
    const inserted = [
      ...EVENT_TYPES.slice(0, mid),
      'KindInsertedInTheMiddle',
      ...EVENT_TYPES.slice(mid),
    ];
    const after = await loadWith(inserted);
    const restored = after.createReadModel({ today: () => TODAY });
    restored.restoreState(state);
    const fresh = folded(after);
    const got = answers(restored);
    // The log has facts of kinds on both sides of the inserted one, so a misread would show.
    expect(new Set(got.all.items.map((i) => EVENT_TYPES.indexOf(i.type) < mid))).toEqual(
      new Set([true, false]),
    );
    expect(got).toEqual(answers(fresh));
  });

  it('is refused when it holds a kind the vocabulary no longer has', async () => {
    const before = await loadWith(null);
    const state = snapshotState(before, folded(before));
    const used = entries.find((e) => e.event.type === 'SupportCommitted')!.event.type;
    const after = await loadWith(EVENT_TYPES.filter((k) => k !== used));
    const restored = after.createReadModel({ today: () => TODAY });
    expect(() => restored.restoreState(state)).toThrow(/SupportCommitted/);
  });
});
