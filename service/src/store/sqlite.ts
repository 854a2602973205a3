import Database from 'better-sqlite3';
import type {
  AppendOptions,
  AppendResult,
  CountedResult,
  FoldRow,
  NewEvent,
  ReadAllOptions,
  StoredEvent,
  StreamBatch,
  StreamBatchJson,
  VerifyResult,
} from './eventStore.js';
import { GENESIS_HASH, walkChain } from './chain.js';
import type { ChainPoint, ChainWalkOptions } from './chain.js';
import { createPrivateFile } from './privateFile.js';
import { checkBatch, checkJsonBatch, checkReadAll } from './input.js';
import type { CheckedBatch } from './input.js';
import { writeErrorOf } from './sqliteErrors.js';
import { createGroupCommit } from './sqliteGroupCommit.js';
import { sqliteThreadLog } from './sqliteFoldReader.js';
import { createSqliteReads } from './sqliteRead.js';
import { migrate } from './sqliteSchema.js';
import { prepareStatements } from './sqliteStatements.js';
import { createBatchWriter } from './sqliteWrite.js';
import type { SqliteEventStore, SqliteEventStoreOptions } from './sqliteTypes.js';
import { startBackgroundCheckpoints } from './sqliteCheckpoints.js';
import { createSubscriptions } from './sqliteSubscriptions.js';

export type { FoldRow, NewEventJson, StreamBatchJson } from './eventStore.js';

export type { CommittedHead } from './sqliteWrite.js';
export type { SqliteEventStore, SqliteEventStoreOptions } from './sqliteTypes.js';

/**
 * Opens (and creates when needed) an event store in a SQLite file. Every write is an immediate
 * transaction, so the CLI and a running server may share the file; the live tail announces
 * appends made through other connections too, within `foreignPollMs`, in log order.
 *
 * Group commit (sqliteGroupCommit.ts): `append`s called in the same turn of the event loop
 * (concurrent requests of a server) are written in one transaction when the turn ends, each in its
 * own savepoint with its own checks (expected revision, idempotency) and chain links, in call
 * order; one that fails is rolled back alone and only its caller gets the error. A promise
 * resolves only after the commit. Every other method first writes the appends still waiting
 * (`flush`), so each call sees every append called before it, as if each had been written at once.
 */
export function createSqliteEventStore(options: SqliteEventStoreOptions): SqliteEventStore {
  const memory = options.path === ':memory:' || options.path === '';
  // Created here, mode 0600 whatever the umask; SQLite gives its -wal and -shm the same mode.
  if (!memory) createPrivateFile(options.path);
  const db = new Database(options.path);
  migrate(db);
  const setMaxPageCount = (pages: number): number => {
    if (!Number.isSafeInteger(pages) || pages < 1)
      throw new RangeError(`invalid page count ${pages}`);
    return db.pragma(`max_page_count = ${pages}`, { simple: true }) as number;
  };
  if (options.maxPageCount !== undefined) setMaxPageCount(options.maxPageCount);
  const checkpoints =
    options.checkpointInBackground && !memory
      ? startBackgroundCheckpoints(db, options.path, {
          onError:
            options.onCheckpointError ??
            ((error) => console.error('kroniek: background checkpoint failed', error)),
        })
      : null;
  const pageSize = options.pageSize ?? 500;
  const sql = prepareStatements(db);
  const reads = createSqliteReads(sql, pageSize);

  let seenVersion = sql.dataVersion.get();
  const subscriptions = createSubscriptions({
    readPage: (after) => reads.readPage(after, pageSize),
    head: reads.head,
    onListenerError:
      options.onListenerError ?? ((error) => console.error('kroniek: subscriber failed', error)),
    foreignCommits: () => {
      const version = sql.dataVersion.get();
      const changed = version !== seenVersion;
      seenVersion = version;
      return changed;
    },
    ...(options.foreignPollMs !== undefined ? { pollMs: options.foreignPollMs } : {}),
  });
  const publish = (results: AppendResult[]) =>
    subscriptions.publish(results.flatMap((r) => r.appended));

  const hooks = {
    clock: options.clock,
    ...(options.onCommitted ? { onCommitted: options.onCommitted } : {}),
  };
  const group = createGroupCommit(db, sql, { ...hooks, publish });
  const writeBatches = createBatchWriter(db, sql, hooks);
  /** The waiting appends first, so this call sees them (see the group commit above). */
  const { flush } = group;

  /** Writes checked batches in one transaction; a failure is reported as the port's error. */
  const write = (batches: CheckedBatch[], collect: boolean) => {
    try {
      return writeBatches(batches, collect);
    } catch (error) {
      throw writeErrorOf(error);
    }
  };

  /** A counted append; live subscribers get the new events from the log, as stored. */
  const writeCounted = (checked: CheckedBatch[]): CountedResult => {
    const { lastPosition, written } = write(checked, false);
    if (written > 0 && subscriptions.hasLive()) {
      for (let from = lastPosition - written; from < lastPosition; from += pageSize)
        subscriptions.publish(reads.readPage(from, Math.min(pageSize, lastPosition - from)));
    }
    return { appended: written, lastPosition };
  };

  const walkChainHere = (from: ChainPoint, walkOptions: ChainWalkOptions = {}) =>
    walkChain((after, limit) => sql.chainPage.all(after, limit), from, {
      ...walkOptions,
      // Let other work run between pages of a long log.
      between: () => new Promise((resolve) => setImmediate(resolve)),
    });

  const checkBatches = (batches: StreamBatch[]) =>
    batches.map((b, i) => checkBatch(b.stream, b.events, b.expectedRevision, `batches.${i}.`));

  return {
    path: options.path,
    // Another thread reads the file through sqliteFoldReader.ts (not a file in memory).
    ...(memory ? {} : { threadLog: sqliteThreadLog(options.path) }),

    async append(stream: string, events: NewEvent[], appendOptions?: AppendOptions) {
      return group.enqueue(checkBatch(stream, events, appendOptions?.expectedRevision));
    },

    async appendMany(batches: StreamBatch[]) {
      flush();
      const { results } = write(checkBatches(batches), true);
      publish(results);
      return results;
    },

    async appendCounted(batches: StreamBatch[]) {
      flush();
      return writeCounted(checkBatches(batches));
    },

    async appendCountedJson(batches: StreamBatchJson[]) {
      flush();
      const checked = batches.map((b, i) =>
        checkJsonBatch(b.stream, b.events, b.expectedRevision, `batches.${i}.`),
      );
      return writeCounted(checked);
    },

    async readStream(stream: string) {
      flush();
      return reads.readStream(stream);
    },

    async readAll(readOptions?: ReadAllOptions) {
      flush();
      return reads.readAll(readOptions);
    },

    streamAll(readOptions?: ReadAllOptions) {
      flush();
      return reads.streamAll(readOptions);
    },

    readPositions(positions: readonly number[]): StoredEvent[] {
      flush();
      return reads.readPositions(positions);
    },

    hashAt(position: number) {
      flush();
      return reads.hashAt(position);
    },

    setMaxPageCount(pages: number) {
      flush();
      return setMaxPageCount(pages);
    },

    readFoldPage(after: number, limit: number): FoldRow[] {
      flush();
      return reads.readFoldPage(after, limit);
    },

    async getById(id: string) {
      flush();
      return reads.getById(id);
    },

    async head() {
      flush();
      return reads.head();
    },

    subscribe(listener, subscribeOptions) {
      flush();
      const after = subscribeOptions?.after;
      if (after !== undefined) checkReadAll({ after }, pageSize);
      return subscriptions.subscribe(listener, after);
    },

    async verify(): Promise<VerifyResult> {
      flush();
      const result = await walkChainHere({ position: 0, hash: GENESIS_HASH });
      return result.ok ? { ok: true, checked: result.checked } : result;
    },

    walkChain(from: ChainPoint, walkOptions?: Omit<ChainWalkOptions, 'between'>) {
      flush();
      return walkChainHere(from, walkOptions);
    },

    async close() {
      flush();
      subscriptions.closeAll();
      await checkpoints?.stop();
      if (db.open) db.close();
    },
  };
}
