import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConcurrencyError, IdempotencyError, ValidationError } from '@kroniek/service';
import type { EventStore, NewEvent, StoredEvent } from '@kroniek/service';

/** A clock that stands still until a test moves it. */
export interface TestClock {
  clock: () => Date;
  set(iso: string): void;
}

export const T0 = '2025-06-05T10:00:00.000Z';

/** Creates a clock fixed at `iso` (default {@link T0}). */
export function createTestClock(iso = T0): TestClock {
  let now = new Date(iso);
  return { clock: () => new Date(now), set: (next) => (now = new Date(next)) };
}

/** A valid UUID that is the same on every run, numbered `n`. */
export function testId(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** A new event numbered `n`, with data that tells it apart. */
export function testEvent(n: number, data: Record<string, unknown> = {}): NewEvent {
  return {
    id: testId(n),
    type: 'ThingHappened',
    data: { n, ...data },
    metadata: { by: 'contract' },
  };
}

/** Collects what a subscription delivers; `untilCount` waits (bounded) for a number of events. */
export function collect(store: EventStore, after?: number) {
  const events: StoredEvent[] = [];
  const unsubscribe = store.subscribe(
    (e) => events.push(e),
    after === undefined ? undefined : { after },
  );
  const untilCount = async (count: number, timeoutMs = 5_000) => {
    const deadline = performance.now() + timeoutMs;
    while (events.length < count) {
      if (performance.now() > deadline) {
        throw new Error(`timed out with ${events.length} of ${count} events delivered`);
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  return { events, unsubscribe, untilCount };
}

/** Builds a fresh, empty store that reads time from `clock`. */
export type StoreFactory = (options: { clock: () => Date }) => Promise<EventStore>;

export interface ContractOptions {
  /** When set, the suite is skipped and the reason shows in the suite's name. */
  skipReason?: string;
}

/**
 * The behaviour every event store adapter must have. Call it from an adapter's test file
 * with a factory that makes an empty store.
 */
export function describeEventStoreContract(
  name: string,
  makeStore: StoreFactory,
  options: ContractOptions = {},
): void {
  const title = options.skipReason ? `${name} (skipped: ${options.skipReason})` : name;
  describe.skipIf(options.skipReason !== undefined)(`event store contract: ${title}`, () => {
    let store: EventStore;
    let time: TestClock;

    beforeEach(async () => {
      time = createTestClock();
      store = await makeStore({ clock: time.clock });
    });
    afterEach(async () => {
      await store.close();
    });

    const positions = (events: StoredEvent[]) => events.map((e) => e.position);

    describe('an empty store', () => {
      it('has head 0, no events and a stream that reads as empty', async () => {
        expect(await store.head()).toBe(0);
        expect(await store.readAll()).toEqual([]);
        expect(await store.readStream('nothing-here')).toEqual([]);
        expect(await store.getById(testId(1))).toBeNull();
        expect(await store.verify()).toEqual({ ok: true, checked: 0 });
      });
    });

    describe('append and readStream', () => {
      it('stores a batch with its id, type, data and metadata, in revision order', async () => {
        const batch = [
          testEvent(1, { title: 'één' }),
          testEvent(2, { nested: { b: [1, 2], a: null } }),
        ];
        const result = await store.append('subject-a', batch);
        const read = await store.readStream('subject-a');
        expect(read.map((e) => [e.stream, e.revision, e.id, e.type, e.data, e.metadata])).toEqual(
          batch.map((e, i) => ['subject-a', i, e.id, e.type, e.data, e.metadata]),
        );
        expect(result.nextRevision).toBe(1);
        expect(result.lastPosition).toBe(read[1]!.position);
        expect(result.appended).toEqual(read);
      });

      it('keeps streams apart', async () => {
        await store.append('subject-a', [testEvent(1)]);
        await store.append('subject-b', [testEvent(2)]);
        expect((await store.readStream('subject-a')).map((e) => e.id)).toEqual([testId(1)]);
        expect((await store.readStream('subject-b')).map((e) => e.id)).toEqual([testId(2)]);
      });

      it('stores an event without metadata with empty metadata', async () => {
        await store.append('subject-a', [{ id: testId(1), type: 'ThingHappened', data: [1, 'x'] }]);
        const [stored] = await store.readStream('subject-a');
        expect(stored?.data).toEqual([1, 'x']);
        expect(stored?.metadata).toEqual({});
      });
    });

    describe('expected revision', () => {
      const conflict = async (promise: Promise<unknown>) => {
        const error = await promise.then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(ConcurrencyError);
        return error as ConcurrencyError;
      };

      it("'any' appends to a new and to an existing stream", async () => {
        await store.append('s', [testEvent(1)], { expectedRevision: 'any' });
        const r = await store.append('s', [testEvent(2)], { expectedRevision: 'any' });
        expect(r.nextRevision).toBe(1);
      });

      it("'no_stream' appends to a new stream and conflicts with an existing one", async () => {
        await store.append('s', [testEvent(1), testEvent(2)], { expectedRevision: 'no_stream' });
        const e = await conflict(
          store.append('s', [testEvent(3)], { expectedRevision: 'no_stream' }),
        );
        expect([e.expected, e.actual]).toEqual(['no_stream', 1]);
      });

      it("'stream_exists' conflicts with a new stream and appends to an existing one", async () => {
        const e = await conflict(
          store.append('s', [testEvent(1)], { expectedRevision: 'stream_exists' }),
        );
        expect([e.expected, e.actual]).toEqual(['stream_exists', null]);
        await store.append('s', [testEvent(1)]);
        const r = await store.append('s', [testEvent(2)], { expectedRevision: 'stream_exists' });
        expect(r.nextRevision).toBe(1);
      });

      it('an exact revision appends when the stream is there and names the actual one when not', async () => {
        await store.append('s', [testEvent(1)]);
        const r = await store.append('s', [testEvent(2), testEvent(3)], { expectedRevision: 0 });
        expect(r.nextRevision).toBe(2);
        const stale = await conflict(store.append('s', [testEvent(4)], { expectedRevision: 0 }));
        expect([stale.expected, stale.actual]).toEqual([0, 2]);
        const missing = await conflict(store.append('t', [testEvent(5)], { expectedRevision: 0 }));
        expect([missing.expected, missing.actual]).toEqual([0, null]);
        expect(await store.head()).toBe(3);
      });

      it('rejects a revision that is not a whole number or a known word', async () => {
        await expect(
          store.append('s', [testEvent(1)], { expectedRevision: -1 }),
        ).rejects.toBeInstanceOf(ValidationError);
      });
    });

    describe('idempotency by event id', () => {
      it('the same id with the same content is a no-op', async () => {
        await store.append('s', [testEvent(1)]);
        const again = await store.append('s', [testEvent(1)]);
        expect(again.appended).toEqual([]);
        expect(again).toMatchObject({ nextRevision: 0, lastPosition: 1 });
        expect(await store.head()).toBe(1);
      });

      it('the same id with other content is an IdempotencyError and writes nothing', async () => {
        await store.append('s', [testEvent(1)]);
        await expect(store.append('s', [testEvent(1, { changed: true })])).rejects.toBeInstanceOf(
          IdempotencyError,
        );
        await expect(store.append('other', [testEvent(1)])).rejects.toBeInstanceOf(
          IdempotencyError,
        );
        expect(await store.head()).toBe(1);
      });

      it('a retry of a whole stored batch succeeds as a no-op even with its old expected revision', async () => {
        const batch = [testEvent(1), testEvent(2)];
        await store.append('s', batch, { expectedRevision: 'no_stream' });
        await store.append('s', [testEvent(3)], { expectedRevision: 1 });
        const retry = await store.append('s', batch, { expectedRevision: 'no_stream' });
        expect(retry).toEqual({ nextRevision: 2, lastPosition: 3, appended: [] });
        expect(await store.head()).toBe(3);
      });

      it("with 'any' a batch writes only its events that are not stored yet", async () => {
        await store.append('s', [testEvent(1)]);
        const r = await store.append('s', [testEvent(1), testEvent(2)]);
        expect(r.appended.map((e) => [e.id, e.revision])).toEqual([[testId(2), 1]]);
      });

      it('a batch that is partly stored checks its expected revision against the stream as it is', async () => {
        await store.append('s', [testEvent(1)], { expectedRevision: 'no_stream' });
        const e = await store
          .append('s', [testEvent(1), testEvent(2)], { expectedRevision: 'no_stream' })
          .catch((x: unknown) => x);
        expect(e).toBeInstanceOf(ConcurrencyError);
        expect(await store.head()).toBe(1);
      });

      it('a key order change in data is the same content', async () => {
        await store.append('s', [{ id: testId(1), type: 'T', data: { a: 1, b: 2 } }]);
        const r = await store.append('s', [{ id: testId(1), type: 'T', data: { b: 2, a: 1 } }]);
        expect(r.appended).toEqual([]);
      });
    });

    describe('atomic batches', () => {
      it('a batch with a bad event writes nothing and names the field', async () => {
        const bad = { id: 'not-a-uuid', type: 'T', data: {} };
        const error = await store.append('s', [testEvent(1), bad]).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).issues.map((i) => i.path)).toContain('events.1.id');
        expect(await store.head()).toBe(0);
        expect(await store.readStream('s')).toEqual([]);
      });

      it('refuses an id in upper case, naming the field: ids differing in case are not two events', async () => {
        const lower = { ...testEvent(1), id: testId(0xabc) };
        await store.append('s', [lower]);
        // The same id in upper case, with other content, in the same and in another stream.
        const upper = { ...testEvent(2), id: lower.id.toUpperCase() };
        for (const stream of ['s', 't']) {
          const error = await store.append(stream, [upper]).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(ValidationError);
          expect((error as ValidationError).issues).toEqual([
            { path: 'events.0.id', message: `ids are lower case: write '${lower.id}'` },
          ]);
        }
        expect(await store.head()).toBe(1);
        expect((await store.getById(lower.id))?.data).toEqual(lower.data);
      });

      it('a batch whose data is not JSON writes nothing', async () => {
        const error = await store
          .append('s', [testEvent(1), { id: testId(2), type: 'T', data: { n: Number.NaN } }])
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ValidationError);
        expect(await store.head()).toBe(0);
      });

      it('a batch with a revision conflict writes nothing', async () => {
        await store.append('s', [testEvent(1)]);
        await expect(
          store.append('s', [testEvent(2), testEvent(3)], { expectedRevision: 5 }),
        ).rejects.toBeInstanceOf(ConcurrencyError);
        expect(await store.head()).toBe(1);
      });

      it('a batch with a reused id in its middle writes nothing', async () => {
        await store.append('s', [testEvent(1)]);
        await expect(
          store.append('s', [testEvent(2), testEvent(1, { other: 1 }), testEvent(3)]),
        ).rejects.toBeInstanceOf(IdempotencyError);
        expect(await store.head()).toBe(1);
      });
    });

    describe('positions and revisions', () => {
      it('are contiguous: positions over the log from 1, revisions per stream from 0', async () => {
        await store.append('a', [testEvent(1), testEvent(2)]);
        await store.append('b', [testEvent(3)]);
        await store.append('a', [testEvent(4)]);
        await store.append('b', [testEvent(5), testEvent(6)]);
        const all = await store.readAll();
        expect(positions(all)).toEqual([1, 2, 3, 4, 5, 6]);
        expect(all.map((e) => `${e.stream}@${e.revision}`)).toEqual([
          'a@0',
          'a@1',
          'b@0',
          'a@2',
          'b@1',
          'b@2',
        ]);
        expect(await store.head()).toBe(6);
      });
    });

    describe('reading the whole log', () => {
      const fill = async (count: number) => {
        for (let n = 1; n <= count; n += 1) await store.append(`s${n % 3}`, [testEvent(n)]);
      };

      it('readAll pages forward from a position', async () => {
        await fill(7);
        const page1 = await store.readAll({ limit: 3 });
        const page2 = await store.readAll({ after: page1.at(-1)!.position, limit: 3 });
        const page3 = await store.readAll({ after: page2.at(-1)!.position, limit: 3 });
        expect([positions(page1), positions(page2), positions(page3)]).toEqual([
          [1, 2, 3],
          [4, 5, 6],
          [7],
        ]);
        expect(await store.readAll({ after: 7 })).toEqual([]);
        expect(page3[0]?.data).toEqual({ n: 7 });
      });

      it('streamAll yields every event in order across many pages', async () => {
        await fill(25);
        const seen: number[] = [];
        for await (const e of store.streamAll({ limit: 4 })) seen.push(e.position);
        expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
        const tail: number[] = [];
        for await (const e of store.streamAll({ after: 20, limit: 2 })) tail.push(e.position);
        expect(tail).toEqual([21, 22, 23, 24, 25]);
      });

      it('getById finds a stored event', async () => {
        await fill(3);
        const found = await store.getById(testId(2));
        expect(found).toMatchObject({ id: testId(2), position: 2, data: { n: 2 } });
      });
    });

    describe('subscriptions', () => {
      it('delivers live appends after the head at subscription, until unsubscribed', async () => {
        await store.append('s', [testEvent(1)]);
        const sub = collect(store);
        await store.append('s', [testEvent(2), testEvent(3)]);
        await sub.untilCount(2);
        sub.unsubscribe();
        await store.append('s', [testEvent(4)]);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(positions(sub.events)).toEqual([2, 3]);
      });

      it('with `after` catches up from the log, then goes live, without gaps or repeats', async () => {
        for (let n = 1; n <= 5; n += 1) await store.append('s', [testEvent(n)]);
        const sub = collect(store, 2);
        // Appends racing with the catch-up must neither be lost nor delivered twice.
        await store.append('s', [testEvent(6)]);
        await sub.untilCount(4);
        await store.append('t', [testEvent(7), testEvent(8)]);
        await sub.untilCount(6);
        await new Promise((resolve) => setTimeout(resolve, 50));
        sub.unsubscribe();
        expect(positions(sub.events)).toEqual([3, 4, 5, 6, 7, 8]);
      });

      it('with `after: 0` replays a log longer than one page', async () => {
        for (let n = 1; n <= 30; n += 1) await store.append('s', [testEvent(n)]);
        const sub = collect(store, 0);
        await sub.untilCount(30);
        sub.unsubscribe();
        expect(positions(sub.events)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      });
    });

    describe('recordedAt', () => {
      it("comes from the store's injected clock, one reading per append", async () => {
        await store.append('s', [testEvent(1), testEvent(2)]);
        time.set('2025-09-01T08:30:00.000Z');
        await store.append('s', [testEvent(3)]);
        const all = await store.readAll();
        expect(all.map((e) => e.recordedAt)).toEqual([T0, T0, '2025-09-01T08:30:00.000Z']);
      });
    });

    describe('hash chain', () => {
      it('gives each event a SHA-256 hash and verifies an untouched log', async () => {
        await store.append('a', [testEvent(1), testEvent(2)]);
        await store.append('b', [testEvent(3)]);
        const all = await store.readAll();
        expect(all.every((e) => /^[0-9a-f]{64}$/.test(e.hash))).toBe(true);
        expect(new Set(all.map((e) => e.hash)).size).toBe(3);
        expect(await store.verify()).toEqual({ ok: true, checked: 3 });
      });
    });
  });
}
