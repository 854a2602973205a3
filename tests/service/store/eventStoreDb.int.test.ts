import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreUnavailableError, createEventStoreDb } from '@kroniek/service';
import type { EventStore } from '@kroniek/service';
import {
  collect,
  createTestClock,
  describeEventStoreContract,
  testEvent,
} from '../../support/storeContract.js';

// EventStoreDB cannot run on the development machines; point this at a node or cluster,
// e.g. EVENTSTORE_URL='esdb://localhost:2113?tls=false', to run the suite for real.
const url = process.env.EVENTSTORE_URL;
const skipReason = url ? undefined : 'EVENTSTORE_URL is not set';

/** Each store gets a log stream of its own, so every test starts from an empty log. */
const freshLog = () => `kroniek-test-${randomUUID()}`;

if (skipReason) {
  console.warn(`EventStoreDB contract: skipped — ${skipReason}`);
  describe('EventStoreDB adapter against a real server', () => {
    it(`EventStoreDB contract: skipped — ${skipReason}`, () => {
      expect(url).toBeUndefined();
    });
  });
}

describeEventStoreContract(
  'EventStoreDB',
  ({ clock }) => createEventStoreDb({ url: url!, clock, logStream: freshLog(), pageSize: 7 }),
  skipReason ? { skipReason } : {},
);

describe('opening an EventStoreDB that is not there', () => {
  it('fails within the deadline with StoreUnavailableError naming the address', async () => {
    const started = performance.now();
    const error = await createEventStoreDb({
      url: 'esdb://127.0.0.1:1?tls=false',
      clock: createTestClock().clock,
      connectTimeoutMs: 2_000,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).status).toBe(503);
    expect((error as Error).message).toMatch(
      /cannot reach EventStoreDB at esdb:\/\/127\.0\.0\.1:1\?tls=false/,
    );
    expect(performance.now() - started).toBeLessThan(2_600);
  });
});

describe.skipIf(!url)('EventStoreDB with several kroniek replicas on one log', () => {
  const open: EventStore[] = [];
  const replica = async (logStream: string) => {
    const store = await createEventStoreDb({
      url: url!,
      clock: createTestClock().clock,
      logStream,
    });
    open.push(store);
    return store;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });

  it('keeps positions dense and the chain whole when two replicas write at once', async () => {
    const log = freshLog();
    const [a, b] = [await replica(log), await replica(log)];
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 === 0 ? a : b).append(`s${i % 3}`, [testEvent(i + 1)]),
      ),
    );
    const all = await a.readAll({ limit: 100 });
    expect(all.map((e) => e.position)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await b.verify()).toEqual({ ok: true, checked: 20 });
  });

  it('turns a conflict between replicas on one stream into a ConcurrencyError for the loser', async () => {
    const log = freshLog();
    const [a, b] = [await replica(log), await replica(log)];
    await a.append('s', [testEvent(1)]);
    const results = await Promise.allSettled([
      a.append('s', [testEvent(2)], { expectedRevision: 0 }),
      b.append('s', [testEvent(3)], { expectedRevision: 0 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await a.head()).toBe(2);
  });

  it('a replica sees what another wrote, live and after a restart from its checkpoint', async () => {
    const log = freshLog();
    const writer = await replica(log);
    const reader = await replica(log);
    const live = collect(reader, 0);
    await writer.append('s', [testEvent(1), testEvent(2)]);
    await live.untilCount(2);
    live.unsubscribe();
    const checkpoint = live.events.at(-1)!.position;
    await writer.append('s', [testEvent(3)]);
    const restarted = await replica(log);
    const resumed = collect(restarted, checkpoint);
    await resumed.untilCount(1);
    resumed.unsubscribe();
    expect(resumed.events.map((e) => e.position)).toEqual([3]);
    expect((await restarted.readStream('s')).map((e) => e.revision)).toEqual([0, 1, 2]);
  });
});
