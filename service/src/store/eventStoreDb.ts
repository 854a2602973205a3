import { EventStoreDBClient, WrongExpectedVersionError } from '@eventstore/db-client';
import type { AppendExpectedRevision, RecordedEvent } from '@eventstore/db-client';
import { IdempotencyError } from '../errors.js';
import type { AppendResult, EventStore, StoredEvent } from './eventStore.js';
import { probe, verifyLog } from './eventStoreDbChecks.js';
import { createTail } from './eventStoreDbTail.js';
import {
  DEFAULT_LOG_STREAM,
  checkExpected,
  fromRecorded,
  isStreamNotFound,
  logExpectedRevision,
  mapClientError,
  sameContent,
  toEventData,
} from './eventStoreDbMapping.js';
import type { EventStoreDbClientPort } from './eventStoreDbMapping.js';
import { GENESIS_HASH } from './chain.js';
import { checkBatch, checkReadAll } from './input.js';
import type { PreparedEvent } from './input.js';

export type { EventStoreDbClientPort } from './eventStoreDbMapping.js';

export interface EventStoreDbOptions {
  /** Connection string, e.g. `esdb://node1:2113,node2:2113,node3:2113?tls=true`. */
  url: string;
  /** Stamps `recordedAt`; one reading per append call. */
  clock: () => Date;
  /** The stream holding the log (default `kroniek-log`). */
  logStream?: string;
  /** Deadline of the first call, after which opening fails (default 5000 ms). */
  connectTimeoutMs?: number;
  /** Default page size of `readAll` and `streamAll` (500). */
  pageSize?: number;
  /** How often an append re-reads the log and tries again when another writer got in first (10). */
  maxAppendAttempts?: number;
  /** Gets what a subscriber's listener throws and subscription failures. */
  onListenerError?: (error: unknown) => void;
  /** A client to use instead of one made from `url` (tests). */
  client?: EventStoreDbClientPort;
}

/** What the adapter knows of the log, kept up to date by reading the log stream forwards. */
interface LogIndex {
  /** Number of events read; also the position of the last one. */
  length: number;
  lastHash: string;
  byId: Map<string, number>;
  /** Per stream, the positions of its events; the array index is the stream revision. */
  byStream: Map<string, number[]>;
}

/**
 * Opens the EventStoreDB/KurrentDB adapter. The whole log is one stream whose revision r is
 * position r + 1, and every append is a compare-and-set on that stream, so positions stay
 * dense and the hash chain unbroken with any number of writers. The adapter keeps an index
 * (id and stream to position) built from the log; reads of a stream or an id first bring it
 * up to date. Fails with StoreUnavailableError when the first call misses its deadline.
 */
export async function createEventStoreDb(options: EventStoreDbOptions): Promise<EventStore> {
  const url = options.url;
  const log = options.logStream ?? DEFAULT_LOG_STREAM;
  const pageSize = options.pageSize ?? 500;
  const maxAttempts = options.maxAppendAttempts ?? 10;
  const onListenerError =
    options.onListenerError ??
    ((error: unknown) => console.error('kroniek: subscriber failed', error));
  const client = options.client ?? EventStoreDBClient.connectionString(url);

  const fail = (error: unknown): never => {
    throw mapClientError(error, url);
  };

  /** Reads the log stream; a log that does not exist yet reads as empty. */
  const readLog = async (from: number, maxCount?: number): Promise<RecordedEvent[]> => {
    const out: RecordedEvent[] = [];
    if (maxCount === 0) return out;
    try {
      const read = client.readStream(log, {
        fromRevision: BigInt(from),
        ...(maxCount === undefined ? {} : { maxCount }),
      });
      for await (const resolved of read) if (resolved.event) out.push(resolved.event);
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      fail(error);
    }
    return out;
  };

  const readPage = async (after: number, limit: number) =>
    (await readLog(after, limit)).map(fromRecorded);

  const readAt = async (position: number) => {
    const [event] = await readPage(position - 1, 1);
    return event ?? null;
  };

  await probe(client, log, url, options.connectTimeoutMs ?? 5000);

  const index: LogIndex = {
    length: 0,
    lastHash: GENESIS_HASH,
    byId: new Map(),
    byStream: new Map(),
  };
  const remember = (event: StoredEvent) => {
    // A catch-up and an append may both bring the same event; only the next one counts.
    if (event.position !== index.length + 1) return;
    index.length = event.position;
    index.lastHash = event.hash;
    index.byId.set(event.id, event.position);
    const positions = index.byStream.get(event.stream) ?? [];
    positions.push(event.position);
    index.byStream.set(event.stream, positions);
  };

  // One catch-up at a time; callers that arrive meanwhile share it.
  let syncing: Promise<void> | undefined;
  const sync = () => {
    syncing ??= (async () => {
      try {
        for (;;) {
          const page = await readPage(index.length, pageSize);
          for (const event of page) remember(event);
          if (page.length < pageSize) return;
        }
      } finally {
        syncing = undefined;
      }
    })();
    return syncing;
  };
  await sync();

  // Appends of this process queue behind each other; other processes meet at the log's CAS.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const appendOnce = async (
    stream: string,
    events: PreparedEvent[],
    expected: Parameters<typeof checkExpected>[1],
  ) => {
    await sync();
    const fresh: PreparedEvent[] = [];
    const inBatch = new Map<string, PreparedEvent>();
    for (const event of events) {
      const twin = inBatch.get(event.id);
      if (twin) {
        if (
          twin.type !== event.type ||
          twin.data !== event.data ||
          twin.metadata !== event.metadata
        ) {
          throw new IdempotencyError(event.id);
        }
        continue;
      }
      const at = index.byId.get(event.id);
      if (at !== undefined) {
        // EventStoreDB would not catch this: its own dedupe only looks at recent appends.
        const stored = await readAt(at);
        if (!stored || stored.stream !== stream || !sameContent(stored, event))
          throw new IdempotencyError(event.id);
        continue;
      }
      inBatch.set(event.id, event);
      fresh.push(event);
    }
    const current = (index.byStream.get(stream)?.length ?? 0) - 1;
    const currentRevision = current < 0 ? null : current;
    const unchanged: AppendResult = {
      nextRevision: current,
      lastPosition: index.length,
      appended: [],
    };
    if (events.length > 0 && fresh.length === 0) return unchanged;
    checkExpected(stream, expected, currentRevision);
    if (fresh.length === 0) return unchanged;

    const recordedAt = options.clock().toISOString();
    const expectedLog: AppendExpectedRevision = logExpectedRevision(index.length);
    let previousHash = index.lastHash;
    const built = fresh.map((event, i) => {
      const at = {
        stream,
        revision: current + 1 + i,
        position: index.length + 1 + i,
        recordedAt,
        previousHash,
      };
      const { data, hash } = toEventData(event, at);
      previousHash = hash;
      const stored: StoredEvent = {
        position: at.position,
        stream,
        revision: at.revision,
        id: event.id,
        type: event.type,
        data: JSON.parse(event.data) as unknown,
        metadata: JSON.parse(event.metadata) as Record<string, unknown>,
        recordedAt,
        hash,
      };
      return { data, stored };
    });
    await client.appendToStream(
      log,
      built.map((b) => b.data),
      { expectedRevision: expectedLog },
    );
    const appended = built.map((b) => b.stored);
    for (const event of appended) remember(event);
    return { nextRevision: current + appended.length, lastPosition: index.length, appended };
  };

  const store: EventStore = {
    async append(stream, events, appendOptions) {
      const checked = checkBatch(stream, events, appendOptions?.expectedRevision);
      return serial(async () => {
        for (let attempt = 1; ; attempt++) {
          try {
            return await appendOnce(checked.stream, checked.events, checked.expected);
          } catch (error) {
            // Another writer moved the log: re-read it and decide again (the stream's own
            // expected revision is checked anew, so a real conflict still surfaces).
            if (
              error instanceof WrongExpectedVersionError &&
              error.streamName === log &&
              attempt < maxAttempts
            ) {
              continue;
            }
            return fail(error);
          }
        }
      });
    },

    async readStream(stream) {
      await sync();
      const positions = index.byStream.get(stream) ?? [];
      const events: StoredEvent[] = [];
      // Read runs of neighbouring positions in one call each.
      for (let i = 0; i < positions.length;) {
        let j = i;
        while (j + 1 < positions.length && positions[j + 1] === positions[j]! + 1) j++;
        events.push(...(await readPage(positions[i]! - 1, j - i + 1)));
        i = j + 1;
      }
      return events;
    },

    async readAll(readOptions) {
      const { after, limit } = checkReadAll(readOptions, pageSize);
      return readPage(after, limit);
    },

    async *streamAll(readOptions) {
      const checked = checkReadAll(readOptions, pageSize);
      let after = checked.after;
      for (;;) {
        const page = await readPage(after, checked.limit);
        yield* page;
        if (page.length < checked.limit) return;
        after = page[page.length - 1]!.position;
      }
    },

    async getById(id) {
      await sync();
      const at = index.byId.get(id);
      return at === undefined ? null : readAt(at);
    },

    async head() {
      await sync();
      return index.length;
    },

    subscribe(listener, subscribeOptions) {
      const after = subscribeOptions?.after;
      if (after !== undefined) checkReadAll({ after }, pageSize);
      return createTail(
        {
          client,
          logStream: log,
          readPage: (from) => readPage(from, pageSize),
          allPositionOf: async (position) => (await readLog(position - 1, 1))[0]?.position,
          onError: onListenerError,
        },
        listener,
        // The head as this instance knows it when called: a caller that appended and then
        // subscribes gets nothing it wrote before, whatever the timing of the first read.
        after ?? index.length,
      );
    },

    verify() {
      return verifyLog((from, count) => readLog(from, count));
    },

    async close() {
      await client.dispose();
    },
  };
  return store;
}
