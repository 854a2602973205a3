import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createReadModel,
  createReadModelFeed,
  createSqliteEventStore,
  storeBodyLoader,
} from '@kroniek/service';
import type { ReadModel, SqliteEventStore } from '@kroniek/service';
import { randomLog } from './randomLog.js';

const TODAY = '2026-03-01';
const log = randomLog(9, 300);
let dir: string;
let store: SqliteEventStore;
let fromFile: ReadModel;
let held: ReadModel;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kroniek-loader-'));
  let minute = 0;
  store = createSqliteEventStore({
    path: join(dir, 'log.db'),
    clock: () => new Date(Date.UTC(2025, 6, 1, 9, minute++)),
  });
  for (let i = 0; i < log.length; i += 50) {
    await store.appendMany(
      log
        .slice(i, i + 50)
        .map((e) => ({ stream: e.subject, events: [{ id: e.id, type: e.type, data: e }] })),
    );
  }
  fromFile = createReadModel({ today: () => TODAY, loadEntries: storeBodyLoader(store)! });
  await createReadModelFeed(store, fromFile, 64).catchUp();
  held = createReadModel({ today: () => TODAY });
  for await (const stored of store.streamAll()) {
    held.apply({
      position: stored.position,
      recordedAt: stored.recordedAt,
      event: stored.data as never,
    });
  }
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a read model folded from a SQLite file, reading bodies from it', () => {
  it('has applied the whole log, page by page', async () => {
    expect(fromFile.position()).toBe(await store.head());
    expect(fromFile.position()).toBe(log.length);
  });

  it('answers as a model that holds every body', () => {
    for (const q of [{}, { asOf: '2021-01-01', knownBy: '2020-06-30' }]) {
      expect(fromFile.timeline({ ...q, limit: 500 })).toEqual(held.timeline({ ...q, limit: 500 }));
      expect(fromFile.chart('money-cumulative', q)).toEqual(held.chart('money-cumulative', q));
      expect(fromFile.subjects(q)).toEqual(held.subjects(q));
      expect(fromFile.event(log[5]!.id, q)).toEqual(held.event(log[5]!.id, q));
    }
  });

  it('reads events by position in the order asked, leaving out positions that do not exist', () => {
    const found = store.readPositions([7, 2, 99_999, 5]);
    expect(found.map((e) => e.position)).toEqual([7, 2, 5]);
    expect(found[1]!.id).toBe(log[1]!.id);
  });

  it('reads a lean page of the log for folds', () => {
    const page = store.readFoldPage(10, 3);
    expect(page.map((r) => r.position)).toEqual([11, 12, 13]);
    expect((JSON.parse(page[0]!.json) as { id: string }).id).toBe(log[10]!.id);
  });
});
