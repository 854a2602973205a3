import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConcurrencyError, createSqliteEventStore, IdempotencyError } from '@kroniek/service';
import type { AppendResult, SqliteEventStore, StoredEvent } from '@kroniek/service';
import { T0, testEvent, testId } from '../../support/storeContract.js';

const dir = mkdtempSync(join(tmpdir(), 'kroniek-group-'));
let files = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Outcome = { ok: AppendResult } | { error: unknown };
const settle = (p: Promise<AppendResult>): Promise<Outcome> =>
  p.then(
    (ok) => ({ ok }),
    (error: unknown) => ({ error }),
  );

describe('group commit of concurrent appends (SQLite)', () => {
  let path: string;
  let store: SqliteEventStore;
  let readings: number;
  let live: StoredEvent[];

  beforeEach(async () => {
    path = join(dir, `store-${(files += 1)}.db`);
    readings = 0;
    // Each clock reading is a new millisecond, so recordedAt tells the write transactions apart.
    const clock = () => new Date(Date.parse(T0) + readings++);
    store = createSqliteEventStore({ path, clock });
    await store.append('a', [testEvent(1)]);
    await store.append('b', [testEvent(2), testEvent(3)]);
    live = [];
    store.subscribe((e) => live.push(e));
  });
  afterEach(async () => {
    await store.close();
  });

  it('writes the appends of one turn in one transaction; each keeps its own outcome', async () => {
    const before = readings;
    // Called in one synchronous step, as concurrent requests of a server reach the store.
    const outcomes = await Promise.all([
      settle(store.append('a', [testEvent(10)], { expectedRevision: 0 })), // ok: a at 0 -> 1
      settle(store.append('a', [testEvent(11)], { expectedRevision: 0 })), // conflict: a is at 1 now
      settle(store.append('b', [testEvent(12)], { expectedRevision: 1 })), // ok: b at 1 -> 2
      settle(store.append('c', [testEvent(13), testEvent(14)], { expectedRevision: 'no_stream' })), // ok
      settle(store.append('c', [testEvent(15)], { expectedRevision: 'no_stream' })), // conflict: c exists
      settle(store.append('b', [testEvent(2)])), // a retry of a stored event: no-op
      settle(store.append('a', [testEvent(3)])), // id 3 is b's: id reused
      settle(store.append('a', [testEvent(16)], { expectedRevision: 1 })), // ok: a at 1 -> 2
    ]);
    // One clock reading: one write transaction for all eight.
    expect(readings - before).toBe(1);

    const ok = (i: number) => {
      const o = outcomes[i]!;
      if (!('ok' in o)) throw new Error(`append ${i} failed: ${String(o.error)}`);
      return o.ok;
    };
    const error = (i: number) => {
      const o = outcomes[i]!;
      if ('ok' in o) throw new Error(`append ${i} succeeded`);
      return o.error;
    };
    expect(ok(0)).toMatchObject({ nextRevision: 1, lastPosition: 4 });
    expect(error(1)).toBeInstanceOf(ConcurrencyError);
    expect(error(1)).toMatchObject({ expected: 0, actual: 1 });
    expect(ok(2)).toMatchObject({ nextRevision: 2, lastPosition: 5 });
    expect(ok(3)).toMatchObject({ nextRevision: 1, lastPosition: 7 });
    expect(error(4)).toMatchObject({ expected: 'no_stream', actual: 1 });
    expect(ok(5)).toMatchObject({ nextRevision: 2, appended: [] });
    expect(error(6)).toBeInstanceOf(IdempotencyError);
    expect(ok(7)).toMatchObject({ nextRevision: 2, lastPosition: 8 });
    expect(ok(7).appended.map((e) => [e.id, e.position, e.revision])).toEqual([[testId(16), 8, 2]]);

    // The log holds exactly the successful appends, in call order, chained, one recordedAt.
    const all = await store.readAll();
    expect(all.map((e) => e.id)).toEqual([1, 2, 3, 10, 12, 13, 14, 16].map(testId));
    expect(all.map((e) => e.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(all.slice(3).map((e) => e.recordedAt)).size).toBe(1);
    expect(await store.verify()).toEqual({ ok: true, checked: 8 });
    // Live subscribers got the new events once each, in log order, before the callers resumed.
    expect(live.map((e) => e.position)).toEqual([4, 5, 6, 7, 8]);
  });

  it('rolls back a batch that fails halfway through its inserts, and only that batch', async () => {
    // A second connection adds a trigger that refuses one kind of event inside SQLite itself,
    // after the batch's earlier events are inserted: only a savepoint can take those back.
    const other = new Database(path);
    other.exec(`CREATE TRIGGER refuse_boom BEFORE INSERT ON events WHEN NEW.type = 'Boom'
      BEGIN SELECT RAISE(ABORT, 'boom'); END;`);
    other.close();
    const boom = { id: testId(21), type: 'Boom', data: { n: 21 } };
    const outcomes = await Promise.all([
      settle(store.append('a', [testEvent(20)])),
      settle(store.append('d', [testEvent(22), testEvent(23), boom])),
      settle(store.append('d', [testEvent(24)], { expectedRevision: 'no_stream' })),
    ]);
    expect(outcomes[0]).toMatchObject({ ok: { lastPosition: 4 } });
    expect(outcomes[1]).toMatchObject({ error: { message: 'boom' } });
    // Its two inserted events were rolled back: 'd' does not exist for the next append.
    expect(outcomes[2]).toMatchObject({ ok: { nextRevision: 0, lastPosition: 5 } });
    const all = await store.readAll();
    expect(all.map((e) => e.id)).toEqual([1, 2, 3, 20, 24].map(testId));
    expect(await store.verify()).toEqual({ ok: true, checked: 5 });
    expect(live.map((e) => e.id)).toEqual([testId(20), testId(24)]);
  });

  it('a failing transaction as a whole reaches every caller of the group', async () => {
    const other = new Database(path);
    other.exec(`CREATE TRIGGER refuse_all BEFORE INSERT ON events
      BEGIN SELECT RAISE(ABORT, 'refused'); END;`);
    other.close();
    const outcomes = await Promise.all([
      settle(store.append('a', [testEvent(30)])),
      settle(store.append('e', [testEvent(31)])),
    ]);
    expect(outcomes).toMatchObject([
      { error: { message: 'refused' } },
      { error: { message: 'refused' } },
    ]);
    expect(await store.head()).toBe(3);
  });

  it('any other call first writes the appends called before it', async () => {
    const pending = store.append('a', [testEvent(40)]);
    // Not awaited: the read still sees it, as when every append was written at once.
    expect(await store.head()).toBe(4);
    expect(await store.getById(testId(40))).toMatchObject({ position: 4, revision: 1 });
    await expect(pending).resolves.toMatchObject({ lastPosition: 4 });
    // The same for a bulk append: it comes after the waiting append in the log.
    const waiting = store.append('a', [testEvent(41)]);
    await store.appendMany([{ stream: 'b', events: [testEvent(42)] }]);
    await waiting;
    expect((await store.readAll({ after: 4 })).map((e) => e.id)).toEqual([41, 42].map(testId));
  });

  it('close writes the appends still waiting', async () => {
    const pending = store.append('a', [testEvent(50)]);
    await store.close();
    await expect(pending).resolves.toMatchObject({ lastPosition: 4 });
    const reopened = createSqliteEventStore({ path, clock: () => new Date(T0) });
    try {
      expect(await reopened.getById(testId(50))).toMatchObject({ position: 4 });
    } finally {
      await reopened.close();
    }
  });

  it('an append that fails its own checks is refused at once and joins no group', async () => {
    await expect(store.append('$reserved', [testEvent(60)])).rejects.toThrow(/stream/);
    expect(await store.head()).toBe(3);
  });
});
