import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chainHash, createSqliteEventStore, GENESIS_HASH, ValidationError } from '@kroniek/service';
import type { SqliteEventStore, StoredEvent } from '@kroniek/service';
import { createTestClock, testId } from '../../support/storeContract.js';

/** The hash a stored event must have if its data and metadata were stored as RFC 8785 text. */
function canonicalHash(e: StoredEvent, previousHash: string): string {
  return chainHash({
    position: e.position,
    stream: e.stream,
    revision: e.revision,
    id: e.id,
    type: e.type,
    data: canonicalize(e.data)!,
    metadata: canonicalize(e.metadata)!,
    recordedAt: e.recordedAt,
    previousHash,
  });
}

/** Objects with their keys in code-unit order at every level: the store's native fast path. */
function sortedDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedDeep);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortedDeep((value as Record<string, unknown>)[k])]),
  );
}

describe('the SQLite store writing data as canonical JSON', () => {
  let store: SqliteEventStore;
  let n = 0;

  beforeEach(() => {
    store = createSqliteEventStore({ path: ':memory:', clock: createTestClock().clock });
  });
  afterEach(async () => {
    await store.close();
  });

  const appendAndCheck = async (data: unknown) => {
    n += 1;
    const head = await store.head();
    const [before] = head === 0 ? [] : await store.readAll({ after: head - 1, limit: 1 });
    const { appended } = await store.append('s', [
      { id: testId(n), type: 'T', data, metadata: { k: n } },
    ]);
    const stored = appended[0]!;
    expect(stored.hash).toBe(canonicalHash(stored, before?.hash ?? GENESIS_HASH));
  };

  it('stores the RFC 8785 text of any JSON value, keys sorted or not', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        await appendAndCheck({ v: value });
        await appendAndCheck(sortedDeep({ v: value }));
      }),
      { numRuns: 150 },
    );
  });

  it('sorts integer-like keys by code unit, as RFC 8785 does', async () => {
    await appendAndCheck({ '10': 1, '9': 2, a: { '2': 0, '10': 1 } });
  });

  it('keeps rejecting what JSON cannot hold, sorted or not', async () => {
    for (const data of [{ a: Number.NaN }, { a: 'x\uD800y' }, { a: Number.POSITIVE_INFINITY }]) {
      await expect(
        store.append('s', [{ id: testId(900), type: 'T', data }]),
      ).rejects.toBeInstanceOf(ValidationError);
    }
    expect(await store.head()).toBe(0);
  });

  it('stores a surrogate pair (an emoji) the way the library writes it', async () => {
    await appendAndCheck({ a: 'steun 🇺🇦', b: ['😀'] });
  });
});

describe('the SQLite store appending in bulk with counts only', () => {
  let store: SqliteEventStore;

  beforeEach(() => {
    store = createSqliteEventStore({ path: ':memory:', clock: createTestClock().clock });
  });
  afterEach(async () => {
    await store.close();
  });

  const batch = (from: number, count: number, stream: string) => ({
    stream,
    events: Array.from({ length: count }, (_, i) => ({
      id: testId(from + i),
      type: 'T',
      data: { n: from + i },
    })),
  });

  it('answers how many were new, and is idempotent like appendMany', async () => {
    const batches = [batch(1, 3, 'a'), batch(4, 2, 'b'), batch(6, 1, 'a')];
    expect(await store.appendCounted(batches)).toEqual({ appended: 6, lastPosition: 6 });
    expect(await store.appendCounted(batches)).toEqual({ appended: 0, lastPosition: 6 });
    const a = await store.readStream('a');
    expect(a.map((e) => e.revision)).toEqual([0, 1, 2, 3]);
    expect(await store.verify()).toEqual({ ok: true, checked: 6 });
  });

  it('hands the stored events to a live subscriber, and only then', async () => {
    const seen: StoredEvent[] = [];
    const stop = store.subscribe((e) => seen.push(e));
    await store.appendCounted([batch(1, 3, 'a')]);
    stop();
    expect(seen.map((e) => [e.position, e.data])).toEqual([
      [1, { n: 1 }],
      [2, { n: 2 }],
      [3, { n: 3 }],
    ]);
  });

  it('writes nothing of the call when one batch fails', async () => {
    await store.appendCounted([batch(1, 1, 'a')]);
    const conflicting = { stream: 'a', events: [{ id: testId(1), type: 'T', data: { n: 99 } }] };
    await expect(store.appendCounted([batch(2, 2, 'b'), conflicting])).rejects.toThrow(
      /different content/,
    );
    expect(await store.head()).toBe(1);
  });
});
