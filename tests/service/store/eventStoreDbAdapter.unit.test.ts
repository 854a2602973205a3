import { UnavailableError, jsonEvent } from '@eventstore/db-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConcurrencyError, StoreUnavailableError, createEventStoreDb } from '@kroniek/service';
import type { EventStore, StoredEvent } from '@kroniek/service';
import {
  collect,
  createTestClock,
  describeEventStoreContract,
  testEvent,
  testId,
} from '../../support/storeContract.js';
import { createFakeEventStoreDb } from './eventStoreDbFake.js';
import type { FakeEventStoreDb } from './eventStoreDbFake.js';

const LOG = 'kroniek-log';

// The adapter's own logic (index, compare-and-set on the log, idempotency, tail, verify)
// against an in-memory stand-in for the server. The same suite runs against a real
// server in eventStoreDb.int.test.ts when EVENTSTORE_URL is set.
describeEventStoreContract(
  'EventStoreDB adapter on an in-memory stand-in for the server',
  ({ clock }) =>
    createEventStoreDb({
      url: 'esdb://stand-in',
      clock,
      client: createFakeEventStoreDb().client,
      pageSize: 7,
    }),
);

describe('the EventStoreDB adapter', () => {
  let fake: FakeEventStoreDb;
  const open: EventStore[] = [];
  const replica = async () => {
    const store = await createEventStoreDb({
      url: 'esdb://stand-in',
      clock: createTestClock().clock,
      client: fake.client,
      onListenerError: () => undefined,
    });
    open.push(store);
    return store;
  };

  beforeEach(() => {
    fake = createFakeEventStoreDb();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });

  describe('with several replicas writing to one log', () => {
    it('keeps positions dense and the chain whole when they write at once', async () => {
      const [a, b, c] = [await replica(), await replica(), await replica()];
      const writers = [a!, b!, c!];
      await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          writers[i % 3]!.append(`s${i % 4}`, [testEvent(i + 1)]),
        ),
      );
      const all = await a!.readAll({ limit: 100 });
      expect(all.map((e) => e.position)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      expect(await c!.verify()).toEqual({ ok: true, checked: 30 });
      const revisions = (await b!.readStream('s1')).map((e) => e.revision);
      expect(revisions).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    });

    it('gives the loser of a race on one stream a ConcurrencyError with the actual revision', async () => {
      const [a, b] = [await replica(), await replica()];
      await a.append('s', [testEvent(1)]);
      await a.append('s', [testEvent(2)], { expectedRevision: 0 });
      // b has not read the log since it opened; the log's compare-and-set sends it back to read.
      const error = await b
        .append('s', [testEvent(3)], { expectedRevision: 0 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConcurrencyError);
      expect([(error as ConcurrencyError).expected, (error as ConcurrencyError).actual]).toEqual([
        0, 1,
      ]);
    });

    it('treats a batch another replica already stored as an idempotent no-op', async () => {
      const [a, b] = [await replica(), await replica()];
      await a.append('s', [testEvent(1)], { expectedRevision: 'no_stream' });
      const retry = await b.append('s', [testEvent(1)], { expectedRevision: 'no_stream' });
      expect(retry).toEqual({ nextRevision: 0, lastPosition: 1, appended: [] });
      expect(await b.head()).toBe(1);
    });
  });

  describe('the live tail', () => {
    it('resumes after a dropped connection without losing or repeating an event', async () => {
      const writer = await replica();
      const reader = await replica();
      const sub = collect(reader, 0);
      await writer.append('a', [testEvent(1), testEvent(2)]);
      await sub.untilCount(2);
      fake.dropSubscriptions();
      await writer.append('b', [testEvent(3)]);
      await writer.append('a', [testEvent(4)]);
      await sub.untilCount(4, 10_000);
      await new Promise((resolve) => setTimeout(resolve, 50));
      sub.unsubscribe();
      expect(sub.events.map((e) => e.position)).toEqual([1, 2, 3, 4]);
    });

    it('delivers neither system events nor events of other streams', async () => {
      const store = await replica();
      const sub = collect(store, 0);
      for (let n = 1; n <= 6; n += 1) await store.append('s', [testEvent(n)]);
      fake.appendRaw(
        'someone-elses-stream',
        jsonEvent({ id: testId(99), type: 'Other', data: {} }),
      );
      await store.append('s', [testEvent(7)]);
      await sub.untilCount(7);
      sub.unsubscribe();
      expect(fake.all().some((e) => e.type.startsWith('$'))).toBe(true);
      expect(sub.events.map((e: StoredEvent) => e.id)).toEqual(
        Array.from({ length: 7 }, (_, i) => testId(i + 1)),
      );
    });

    it('lets a restarted replica catch up from its checkpoint', async () => {
      const writer = await replica();
      for (let n = 1; n <= 4; n += 1) await writer.append('s', [testEvent(n)]);
      const restarted = await replica();
      const sub = collect(restarted, 2);
      await writer.append('s', [testEvent(5)]);
      await sub.untilCount(3);
      sub.unsubscribe();
      expect(sub.events.map((e) => e.position)).toEqual([3, 4, 5]);
    });
  });

  describe('when the server cannot be reached', () => {
    it('an append fails with StoreUnavailableError and leaves the log as it was', async () => {
      const store = await replica();
      await store.append('s', [testEvent(1)]);
      fake.failAppends(new UnavailableError(undefined, 'UNAVAILABLE: No connection established'));
      await expect(store.append('s', [testEvent(2)])).rejects.toBeInstanceOf(StoreUnavailableError);
      fake.failAppends(null);
      expect(await store.head()).toBe(1);
      await store.append('s', [testEvent(2)]);
      expect(await store.verify()).toEqual({ ok: true, checked: 2 });
    });
  });

  describe('verify', () => {
    it('finds an event in the log stream that kroniek did not write', async () => {
      const store = await replica();
      await store.append('s', [testEvent(1)]);
      fake.appendRaw(LOG, jsonEvent({ id: testId(50), type: 'Injected', data: {} }));
      const result = await store.verify();
      expect(result).toMatchObject({ ok: false, checked: 1, brokenAt: 2 });
    });

    it('finds an event whose content no longer matches its hash', async () => {
      const store = await replica();
      await store.append('s', [testEvent(1)]);
      const [first] = fake.all();
      const metadata = first!.metadata as { kroniek: Record<string, unknown> };
      // A forged copy of event 1 with other data but the old envelope, written as event 2.
      const forged = {
        kroniek: {
          ...metadata.kroniek,
          revision: 1,
          position: 2,
          previousHash: metadata.kroniek.hash,
        },
        metadata: { by: 'contract' },
      };
      fake.appendRaw(
        LOG,
        jsonEvent({ id: testId(2), type: 'ThingHappened', data: { n: 666 }, metadata: forged }),
      );
      const result = await store.verify();
      expect(result).toMatchObject({
        ok: false,
        checked: 1,
        brokenAt: 2,
        reason: expect.stringMatching(/hash/),
      });
    });
  });
});
