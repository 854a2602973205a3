import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConcurrencyError, createSqliteEventStore } from '@kroniek/service';
import type { SqliteEventStore } from '@kroniek/service';
import {
  createTestClock,
  describeEventStoreContract,
  T0,
  testEvent,
  testId,
} from '../../support/storeContract.js';

const dir = mkdtempSync(join(tmpdir(), 'kroniek-sqlite-'));
let files = 0;
const nextFile = () => join(dir, `store-${(files += 1)}.db`);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEventStoreContract('SQLite file', async ({ clock }) =>
  createSqliteEventStore({ path: nextFile(), clock, pageSize: 7 }),
);

describe('the SQLite store file', () => {
  let path: string;
  let store: SqliteEventStore;

  beforeEach(async () => {
    path = nextFile();
    store = createSqliteEventStore({ path, clock: createTestClock().clock });
    await store.append('a', [testEvent(1), testEvent(2)]);
    await store.append('b', [testEvent(3)]);
    await store.append('a', [testEvent(4)]);
  });
  afterEach(async () => {
    await store.close();
  });

  /** A second connection, as a SQL shell would open it. */
  const raw = () => new Database(path);

  it('is in WAL mode', () => {
    const db = raw();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('refuses UPDATE and DELETE on events from any connection', () => {
    const db = raw();
    expect(() => db.prepare("UPDATE events SET data = '{}' WHERE position = 2").run()).toThrow(
      /immutable/,
    );
    expect(() => db.prepare('DELETE FROM events WHERE position = 4').run()).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM events').run()).toThrow(/immutable/);
    expect(db.prepare('SELECT COUNT(*) AS n FROM events').get()).toEqual({ n: 4 });
    db.close();
  });

  it('verify finds the exact position of a changed byte of stored data', async () => {
    const db = raw();
    db.exec('DROP TRIGGER events_no_update');
    const { data } = db.prepare('SELECT data FROM events WHERE position = 3').get() as {
      data: string;
    };
    // One byte, and the JSON still parses: {"n":3} becomes {"n":8}.
    const tampered = data.replace('3', '8');
    expect(tampered).not.toBe(data);
    db.prepare('UPDATE events SET data = ? WHERE position = 3').run(tampered);
    db.close();
    expect(await store.verify()).toMatchObject({ ok: false, checked: 2, brokenAt: 3 });
  });

  it('verify reports a deleted event as the first missing position', async () => {
    const db = raw();
    db.exec('DROP TRIGGER events_no_delete');
    db.prepare('DELETE FROM events WHERE position = 2').run();
    db.close();
    expect(await store.verify()).toMatchObject({ ok: false, checked: 1, brokenAt: 2 });
  });

  it('verify catches a rewritten hash through the next link', async () => {
    const db = raw();
    db.exec('DROP TRIGGER events_no_update');
    db.prepare('UPDATE events SET hash = ? WHERE position = 1').run('f'.repeat(64));
    db.close();
    expect(await store.verify()).toMatchObject({ ok: false, brokenAt: 1 });
  });

  it('keeps its log, chain and revisions across a reopen', async () => {
    await store.close();
    const time = createTestClock('2025-06-06T00:00:00.000Z');
    store = createSqliteEventStore({ path, clock: time.clock });
    const r = await store.append('a', [testEvent(5)], { expectedRevision: 2 });
    expect(r.appended.map((e) => [e.position, e.revision, e.recordedAt])).toEqual([
      [5, 3, '2025-06-06T00:00:00.000Z'],
    ]);
    expect(await store.verify()).toEqual({ ok: true, checked: 5 });
    expect((await store.readAll()).map((e) => e.recordedAt).slice(0, 1)).toEqual([T0]);
  });

  it('appendMany writes several streams in one transaction, or none of them', async () => {
    const error = await store
      .appendMany([
        { stream: 'c', events: [testEvent(10)] },
        { stream: 'a', events: [testEvent(11)], expectedRevision: 0 },
      ])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect(await store.head()).toBe(4);

    const results = await store.appendMany([
      { stream: 'c', events: [testEvent(10)] },
      { stream: 'a', events: [testEvent(11)], expectedRevision: 2 },
      { stream: 'c', events: [testEvent(12)] },
    ]);
    expect(
      results.map((r) => r.appended.map((e) => `${e.stream}@${e.revision}#${e.position}`)),
    ).toEqual([['c@0#5'], ['a@3#6'], ['c@1#7']]);
    expect((await store.getById(testId(12)))?.position).toBe(7);
    expect(await store.verify()).toEqual({ ok: true, checked: 7 });
  });

  it('the schema enforces unique ids and unique (stream, revision)', () => {
    const db = raw();
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE 'CREATE UNIQUE%'")
      .all();
    expect(indexes).toEqual(
      expect.arrayContaining([{ name: 'events_id' }, { name: 'events_stream_revision' }]),
    );
    db.close();
  });
});
