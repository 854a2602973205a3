import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  chainHash,
  createSqliteEventStore,
  GENESIS_HASH,
  IdempotencyError,
  ValidationError,
} from '@kroniek/service';
import type { NewEventJson, SqliteEventStore, StoredEvent } from '@kroniek/service';
import { createTestClock, testId } from '../../support/storeContract.js';

const META = '{"origin":"test"}';
const ev = (n: number, data: string, metadata = META): NewEventJson => ({
  id: testId(n),
  type: 'T',
  data,
  metadata,
});

/** The stored text of each event, read back from the log as it is hashed. */
function storedTexts(e: StoredEvent, previousHash: string) {
  const data = canonicalize(e.data)!;
  const metadata = canonicalize(e.metadata)!;
  const link = { ...e, data, metadata, previousHash };
  return { data, metadata, hashOk: chainHash(link) === e.hash };
}

describe('the SQLite store appending events given as JSON text', () => {
  let dir: string;
  let path: string;
  let store: SqliteEventStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kroniek-json-'));
    path = join(dir, 'store.db');
    store = createSqliteEventStore({ path, clock: createTestClock().clock });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores the RFC 8785 text of the value, whatever form the text came in', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.integer({ min: 0, max: 2 }), async (value, form) => {
        const text = [canonicalize, JSON.stringify, (v: unknown) => JSON.stringify(v, null, 2)][
          form
        ]!(value)!;
        n += 1;
        let expected: string | undefined;
        try {
          expected = canonicalize(JSON.parse(text));
        } catch {
          expected = undefined; // a lone surrogate: RFC 8785 has no text for it
        }
        const append = store.appendCountedJson([{ stream: 's', events: [ev(n, text)] }]);
        if (expected === undefined) {
          await expect(append).rejects.toBeInstanceOf(ValidationError);
          return;
        }
        expect((await append).appended).toBe(1);
        const stored = (await store.getById(testId(n)))!;
        // The hash covers the stored bytes: it matches only if they are the canonical text.
        const before =
          stored.position === 1
            ? GENESIS_HASH
            : (await store.readAll({ after: stored.position - 2, limit: 1 }))[0]!.hash;
        const texts = storedTexts(stored, before);
        expect(texts.data).toBe(expected);
        expect(texts.hashOk).toBe(true);
      }),
      { numRuns: 150 },
    );
    expect(await store.verify()).toMatchObject({ ok: true });
  });

  it('never keeps text that is not canonical: whitespace, key order and number forms are redone', async () => {
    const texts = [
      '{ "b": 1, "a": [1.0, 1e2, -0] }',
      '{"a":1,"a":2}',
      '"\\u0041\\/"',
      '{"10":1,"9":2}',
    ];
    await store.appendCountedJson([
      { stream: 's', events: texts.map((t, i) => ev(i + 1, t, '{ "k" : 1 }')) },
    ]);
    const stored = await store.readAll();
    expect(stored.map((e) => canonicalize(e.data))).toEqual([
      '{"a":[1,100,0],"b":1}',
      '{"a":2}',
      '"A/"',
      '{"10":1,"9":2}',
    ]);
    let previous = GENESIS_HASH;
    for (const e of stored) {
      const texts = storedTexts(e, previous);
      expect(texts.metadata).toBe('{"k":1}');
      expect(texts.hashOk).toBe(true);
      previous = e.hash;
    }
  });

  it('stores the same bytes and hashes as appendCounted does with the values', async () => {
    const twin = createSqliteEventStore({ path: ':memory:', clock: createTestClock().clock });
    const values = [{ b: 2, a: 'x' }, [1, { z: null, y: true }], 'steun 🇺🇦', 12.5];
    await store.appendCountedJson([
      {
        stream: 's',
        events: values.map((v, i) => ev(i + 1, JSON.stringify(v), '{"origin":"test"}')),
      },
    ]);
    await twin.appendCounted([
      {
        stream: 's',
        events: values.map((v, i) => ({
          id: testId(i + 1),
          type: 'T',
          data: v,
          metadata: { origin: 'test' },
        })),
      },
    ]);
    expect((await store.readAll()).map((e) => e.hash)).toEqual(
      (await twin.readAll()).map((e) => e.hash),
    );
    await twin.close();
  });

  it('checks every event as appendCounted does and writes nothing of a call that fails', async () => {
    await store.appendCountedJson([{ stream: 's', events: [ev(1, '1')] }]);
    const cases: [unknown, string][] = [
      [{ ...ev(2, '1'), id: 'not-a-uuid' }, 'batches.1.events.0.id'],
      [{ ...ev(2, '1'), id: testId(0xabc).toUpperCase() }, 'batches.1.events.0.id'],
      [{ ...ev(2, '1'), type: '' }, 'batches.1.events.0.type'],
      [ev(2, '{ not json'), 'batches.1.events.0.data'],
      [ev(2, '1', '[1]'), 'batches.1.events.0.metadata'],
      [ev(2, '"\\ud800"'), 'batches.1.events.0.data'],
      [{ ...ev(2, '1'), data: { a: 1 } }, 'batches.1.events.0.data'],
    ];
    for (const [bad, field] of cases) {
      const call = store.appendCountedJson([
        { stream: 's', events: [ev(3, '3')] },
        { stream: 's', events: [bad as NewEventJson] },
      ]);
      const error = await call.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, field).toBeInstanceOf(ValidationError);
      expect(
        (error as ValidationError).issues.map((i) => i.path),
        field,
      ).toContain(field);
    }
    await expect(
      store.appendCountedJson([{ stream: '$system', events: [ev(4, '1')] }]),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await store.head()).toBe(1);
  });

  it('is idempotent by id: a retry appends nothing, other content under the same id fails whole', async () => {
    const batches = [
      { stream: 'a', events: [ev(1, '{"n":1}'), ev(2, '{"n":2}')] },
      { stream: 'b', events: [ev(3, '{"n":3}')] },
    ];
    expect(await store.appendCountedJson(batches)).toEqual({ appended: 3, lastPosition: 3 });
    // The same content in another form of text is the same event.
    const retry = [
      { stream: 'a', events: [ev(2, '{ "n": 2 }'), ev(4, '{"n":4}'), ev(4, '{"n":4}')] },
    ];
    expect(await store.appendCountedJson(retry)).toEqual({ appended: 1, lastPosition: 4 });
    const conflicting = [
      { stream: 'b', events: [ev(5, '5')] },
      { stream: 'a', events: [ev(1, '{"n":99}')] },
    ];
    await expect(store.appendCountedJson(conflicting)).rejects.toBeInstanceOf(IdempotencyError);
    const elsewhere = [{ stream: 'b', events: [ev(1, '{"n":1}')] }];
    await expect(store.appendCountedJson(elsewhere)).rejects.toBeInstanceOf(IdempotencyError);
    const twice = [{ stream: 'c', events: [ev(6, '6'), ev(6, '7')] }];
    await expect(store.appendCountedJson(twice)).rejects.toBeInstanceOf(IdempotencyError);
    expect(await store.head()).toBe(4);
    expect((await store.readStream('a')).map((e) => [e.revision, e.data])).toEqual([
      [0, { n: 1 }],
      [1, { n: 2 }],
      [2, { n: 4 }],
    ]);
    expect(await store.verify()).toEqual({ ok: true, checked: 4 });
  });

  it('keeps stream revisions right when others append between its calls', async () => {
    const other = createSqliteEventStore({ path, clock: createTestClock().clock });
    let n = 0;
    const bulk = (stream: string) =>
      store.appendCountedJson([{ stream, events: [ev(++n, String(n))] }]);
    await bulk('a');
    await bulk('a');
    await store.append('a', [{ id: testId(++n), type: 'T', data: n }]); // this instance, one by one
    await bulk('a');
    await other.append('a', [{ id: testId(++n), type: 'T', data: n }]); // another connection
    await bulk('a');
    await other.appendCountedJson([{ stream: 'a', events: [ev(++n, String(n))] }]);
    await bulk('a');
    await expect(
      store.appendCountedJson([{ stream: 'a', events: [ev(++n, String(n))], expectedRevision: 7 }]),
    ).resolves.toMatchObject({ appended: 1 });
    expect((await store.readStream('a')).map((e) => e.revision)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    expect(await store.verify()).toEqual({ ok: true, checked: 9 });
    await other.close();
  });

  it('hands the stored events to a live subscriber', async () => {
    const seen: StoredEvent[] = [];
    const stop = store.subscribe((e) => seen.push(e));
    await store.appendCountedJson([{ stream: 's', events: [ev(1, '{"b":1,"a":2}'), ev(2, '[]')] }]);
    stop();
    expect(seen.map((e) => [e.position, e.data])).toEqual([
      [1, { a: 2, b: 1 }],
      [2, []],
    ]);
  });
});
