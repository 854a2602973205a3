import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConcurrencyError, createSqliteEventStore, IdempotencyError } from '@kroniek/service';
import type { SqliteEventStore } from '@kroniek/service';
import { createTestClock, testEvent } from '../../support/storeContract.js';

/** The one insert path of the SQLite store, through each entry point that reaches it. */
describe('the SQLite insert path', () => {
  let dir: string;
  let store: SqliteEventStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kroniek-write-'));
    store = createSqliteEventStore({ path: join(dir, 'store.db'), clock: createTestClock().clock });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an empty batch leaves a missing stream missing for the next batch of the same write', async () => {
    const results = await store.appendMany([
      { stream: 'a', events: [] },
      { stream: 'a', events: [testEvent(1)], expectedRevision: 'no_stream' },
    ]);
    expect(results.map((r) => r.nextRevision)).toEqual([-1, 0]);
    expect((await store.readStream('a')).map((e) => e.revision)).toEqual([0]);
    expect(
      await store.appendCounted([
        { stream: 'b', events: [] },
        { stream: 'b', events: [testEvent(2)], expectedRevision: 'no_stream' },
      ]),
    ).toEqual({ appended: 1, lastPosition: 2 });
  });

  it('checks ids before the expected revision, and writes nothing of a failed batch', async () => {
    await store.append('a', [testEvent(1)]);
    const clash = { ...testEvent(1), data: { other: true } };
    for (const write of [
      () => store.append('b', [testEvent(2), clash], { expectedRevision: 5 }),
      () => store.appendMany([{ stream: 'b', events: [testEvent(2), clash], expectedRevision: 5 }]),
      () =>
        store.appendCounted([{ stream: 'b', events: [testEvent(2), clash], expectedRevision: 5 }]),
    ])
      await expect(write()).rejects.toBeInstanceOf(IdempotencyError);
    for (const write of [
      () => store.append('b', [testEvent(2)], { expectedRevision: 5 }),
      () => store.appendMany([{ stream: 'b', events: [testEvent(2)], expectedRevision: 5 }]),
      () => store.appendCounted([{ stream: 'b', events: [testEvent(2)], expectedRevision: 5 }]),
    ])
      await expect(write()).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await store.head()).toBe(1);
    expect(await store.verify()).toEqual({ ok: true, checked: 1 });
  });

  it('a retried batch succeeds whatever it expected, through every entry point', async () => {
    await store.append('a', [testEvent(1), testEvent(2)]);
    const retry = [testEvent(1), testEvent(2)];
    expect(await store.append('a', retry, { expectedRevision: 'no_stream' })).toEqual({
      nextRevision: 1,
      lastPosition: 2,
      appended: [],
    });
    expect(
      (await store.appendMany([{ stream: 'a', events: retry, expectedRevision: 7 }]))[0],
    ).toEqual({ nextRevision: 1, lastPosition: 2, appended: [] });
    expect(
      await store.appendCounted([{ stream: 'a', events: retry, expectedRevision: 7 }]),
    ).toEqual({ appended: 0, lastPosition: 2 });
  });
});
