import Database from 'better-sqlite3';
import type { ExpectedRevision } from '../errors.js';
import { IdempotencyError } from '../errors.js';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  FoldRow,
  NewEvent,
  ReadAllOptions,
  StoredEvent,
  StreamBatch,
  StreamBatchJson,
  VerifyResult,
} from './eventStore.js';
import { chainHash, GENESIS_HASH, walkChain } from './chain.js';
import type { ChainCheck, ChainPoint, ChainWalkOptions } from './chain.js';
import { createPrivateFile } from './privateFile.js';
import { checkExpected } from './expectedRevision.js';
import { checkBatch, checkJsonBatch, checkReadAll } from './input.js';
import type { CheckedBatch, PreparedEvent } from './input.js';
import { writeErrorOf } from './sqliteErrors.js';
import { migrate } from './sqliteSchema.js';

export type { FoldRow, NewEventJson, StreamBatchJson } from './eventStore.js';
import { startBackgroundCheckpoints } from './sqliteCheckpoints.js';
import { createSubscriptions } from './sqliteSubscriptions.js';

export interface SqliteEventStoreOptions {
  /** The SQLite file, created when missing (`:memory:` for a throwaway store). */
  path: string;
  /** Stamps `recordedAt`; one reading per write transaction (a group of appends shares it). */
  clock: () => Date;
  /** Default page size of `readAll`, `streamAll` and subscription catch-up (500). */
  pageSize?: number;
  /** Gets what a subscriber's listener throws; the append itself has already succeeded. */
  onListenerError?: (error: unknown) => void;
  /**
   * Checkpoint the WAL from a worker thread instead of inside commits (see
   * sqliteCheckpoints.ts): for a long-running server, whose appends then never wait for a
   * checkpoint's fsyncs. Default false; ignored for `:memory:`.
   */
  checkpointInBackground?: boolean;
  /** Gets a failure of the background checkpoints (default: logged to stderr). */
  onCheckpointError?: (error: unknown) => void;
  /**
   * The most pages the file may grow to, for this connection only (`PRAGMA max_page_count`): a
   * quota, and how tests fill the "disk". A write past it fails as on a full disk. Default none
   * (SQLite's own limit).
   */
  maxPageCount?: number;
  /**
   * Told of each committed write transaction that appended (the head before and after it), after
   * the commit; for a head anchor kept outside the file (integrity/anchor.ts). Must not throw.
   */
  onCommitted?: (commit: CommittedHead) => void;
  /**
   * How often subscriptions look for appends made through another connection to the file (a
   * second process, the CLI), in ms; default 50. Looked for only while anyone subscribes.
   */
  foreignPollMs?: number;
}

/** A committed write transaction: the log's head before it and after it. */
export interface CommittedHead {
  from: ChainPoint;
  to: ChainPoint & { recordedAt: string };
}

/** The SQLite adapter: the port plus a bulk append that is atomic across streams. */
export interface SqliteEventStore extends EventStore {
  readonly path: string;
  appendMany(batches: StreamBatch[]): Promise<AppendResult[]>;
  /**
   * `appendMany` for bulk imports: the same checks, idempotency and hash chain in one
   * transaction, but it answers only how many events were new. The stored events are
   * rebuilt from their JSON only when a live subscriber wants them.
   */
  appendCounted(batches: StreamBatch[]): Promise<{ appended: number; lastPosition: number }>;
  /**
   * `appendCounted` for events whose data and metadata are already JSON text (an import that
   * holds each line's text): the same checks, idempotency and hash chain, and the stored text
   * is the canonical (RFC 8785) form of the data as always. Text that is canonical already is
   * recognised in one pass and stored as it is, without parsing or serialising it again.
   */
  appendCountedJson(
    batches: StreamBatchJson[],
  ): Promise<{ appended: number; lastPosition: number }>;
  /**
   * The events at the given log positions, in the order asked, synchronously (an embedded
   * file answers in microseconds). Positions that do not exist are left out. Read models use
   * it to fetch the bodies of the few events a page shows instead of holding every body.
   */
  readPositions(positions: readonly number[]): StoredEvent[];
  /**
   * One page of the log with only what a read model folds: position, recordedAt and the
   * data as JSON text. A start-up fold reads every row; the full StoredEvent (stream, hash,
   * metadata ...) costs it more than half again, and a page of parsed bodies outlives the
   * young generation. This reads three columns and leaves parsing to the fold, one at a time.
   */
  readFoldPage(after: number, limit: number): FoldRow[];
  /**
   * The chain hash stored with the event at a log position, or null when there is none. A
   * read-model snapshot records it, so a snapshot of another or a restored store is detected.
   */
  hashAt(position: number): string | null;
  /**
   * Sets this connection's page quota (see `maxPageCount`), e.g. raises it once there is room
   * again; answers the quota now in force, which SQLite never sets below the file's size.
   */
  setMaxPageCount(pages: number): number;
  /**
   * Recomputes the hash chain from a point known to be good to the head (see walkChain), on
   * this connection, yielding to the event loop between pages.
   */
  walkChain(from: ChainPoint, options?: Omit<ChainWalkOptions, 'between'>): Promise<ChainCheck>;
}

interface Row {
  position: number;
  stream: string;
  revision: number;
  id: string;
  type: string;
  data: string;
  metadata: string;
  recorded_at: string;
  hash: string;
}

interface Head {
  position: number;
  hash: string;
}

/** What one write transaction knows: the head as it moves, and each touched stream's revision. */
interface TxState extends Head {
  revisions: Map<string, number | null>;
  /** Build the appended `StoredEvent`s (results and subscribers need them; counts do not). */
  collect: boolean;
  /**
   * Stream revisions known from this instance's previous counted appends, when nothing was
   * appended to the file since (see `bulkRevisions`); null otherwise.
   */
  known: Map<string, number | null> | null;
}

const toStored = (row: Row): StoredEvent => ({
  position: row.position,
  stream: row.stream,
  revision: row.revision,
  id: row.id,
  type: row.type,
  data: JSON.parse(row.data) as unknown,
  metadata: JSON.parse(row.metadata) as Record<string, unknown>,
  recordedAt: row.recorded_at,
  hash: row.hash,
});

/**
 * Opens (and creates when needed) an event store in a SQLite file. Every write is an immediate
 * transaction, so the CLI and a running server may share the file; the live tail announces
 * appends made through other connections too, within `foreignPollMs`, in log order.
 *
 * Group commit: `append`s called in the same turn of the event loop (concurrent requests of a
 * server) are written in one transaction when the turn ends, each in its own savepoint with its
 * own checks (expected revision, idempotency) and chain links, in call order; one that fails is
 * rolled back alone and only its caller gets the error. A promise resolves only after the commit.
 * Every other method first writes the appends still waiting, so each call sees every append
 * called before it, as if each had been written at once.
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

  const sql = {
    head: db.prepare<[], Head>('SELECT position, hash FROM events ORDER BY position DESC LIMIT 1'),
    revision: db.prepare<[string], { revision: number | null }>(
      'SELECT MAX(revision) AS revision FROM events WHERE stream = ?',
    ),
    byId: db.prepare<[string], Row>('SELECT * FROM events WHERE id = ?'),
    stream: db.prepare<[string], Row>('SELECT * FROM events WHERE stream = ? ORDER BY revision'),
    byPosition: db.prepare<[number], Row>('SELECT * FROM events WHERE position = ?'),
    hashAt: db.prepare<[number], string>('SELECT hash FROM events WHERE position = ?').pluck(),
    // Named as FoldRow's fields, so the rows are returned as they come (no second object each).
    foldPage: db.prepare<[number, number], FoldRow>(
      'SELECT position, recorded_at AS recordedAt, data AS json FROM events WHERE position > ? ORDER BY position LIMIT ?',
    ),
    page: db.prepare<[number, number], Row>(
      'SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?',
    ),
    insert: db.prepare<[number, string, number, string, string, string, string, string, string]>(
      `INSERT INTO events (position, stream, revision, id, type, data, metadata, recorded_at, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    // The bulk path: an id stored already is found by the unique index during the insert
    // instead of by a probe before every insert (see appendAnyInTx).
    insertNewId: db.prepare<
      [number, string, number, string, string, string, string, string, string]
    >(
      `INSERT INTO events (position, stream, revision, id, type, data, metadata, recorded_at, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    ),
  };

  /**
   * Each stream's revision after this instance's last counted append, and the head it left.
   * Valid only while the log's head is still that head: the log only grows, so any append
   * since (through this instance or another connection) moves the head and voids it.
   */
  const bulkRevisions = new Map<string, number | null>();
  let bulkHead: Head | null = null;
  const BULK_REVISIONS_MAX = 250_000;

  const readHead = (): Head => sql.head.get() ?? { position: 0, hash: GENESIS_HASH };
  const readPage = (after: number, limit: number) => sql.page.all(after, limit).map(toStored);

  // Bumped by every commit of another connection (a second process, the CLI), never by ours.
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  let seenVersion = dataVersion.get();
  const subscriptions = createSubscriptions({
    readPage: (after) => readPage(after, pageSize),
    head: () => readHead().position,
    onListenerError:
      options.onListenerError ?? ((error) => console.error('kroniek: subscriber failed', error)),
    foreignCommits: () => {
      const version = dataVersion.get();
      const changed = version !== seenVersion;
      seenVersion = version;
      return changed;
    },
    ...(options.foreignPollMs !== undefined ? { pollMs: options.foreignPollMs } : {}),
  });

  /** Appends one stream's checked batch inside the caller's transaction; `tx` moves along. */
  const appendInTx = (
    stream: string,
    events: PreparedEvent[],
    expected: ExpectedRevision,
    recordedAt: string,
    tx: TxState,
  ): { result: AppendResult; written: number } => {
    const fresh: PreparedEvent[] = [];
    const inBatch = new Map<string, PreparedEvent>();
    for (const event of events) {
      const twin = inBatch.get(event.id) ?? sql.byId.get(event.id);
      if (twin) {
        const twinStream = 'stream' in twin ? twin.stream : stream;
        if (twinStream !== stream || !sameContent(twin, event))
          throw new IdempotencyError(event.id);
        continue;
      }
      inBatch.set(event.id, event);
      fresh.push(event);
    }
    let current = tx.revisions.get(stream);
    if (current === undefined) current = sql.revision.get(stream)?.revision ?? null;
    // A batch that is stored already is a retry: it succeeds whatever it expected.
    if (events.length > 0 && fresh.length === 0) {
      const result = { nextRevision: current ?? -1, lastPosition: tx.position, appended: [] };
      return { result, written: 0 };
    }
    checkExpected(stream, expected, current);
    let revision = current ?? -1;
    const appended: StoredEvent[] = [];
    for (const event of fresh) {
      const position = tx.position + 1;
      revision += 1;
      const link = { position, stream, revision, ...event, recordedAt, previousHash: tx.hash };
      const hash = chainHash(link);
      sql.insert.run(
        position,
        stream,
        revision,
        event.id,
        event.type,
        event.data,
        event.metadata,
        recordedAt,
        hash,
      );
      tx.position = position;
      tx.hash = hash;
      if (tx.collect) appended.push(toStored({ ...link, recorded_at: recordedAt, hash }));
    }
    tx.revisions.set(stream, revision);
    return {
      result: { nextRevision: revision, lastPosition: tx.position, appended },
      written: fresh.length,
    };
  };

  /**
   * `appendInTx` for a counted append with expected revision 'any' (a bulk import's): no
   * expectation to check, so no probe by id before each insert. The insert skips an id that is
   * stored already (ON CONFLICT on the id's unique index), and only then is the stored twin read
   * and compared, as `appendInTx` does: same stream and content is a retry and is skipped,
   * anything else an IdempotencyError. A twin earlier in the same batch or call is found the
   * same way, as it is stored by then. Other constraints (position, stream revision) still fail.
   */
  const appendAnyInTx = (
    stream: string,
    events: PreparedEvent[],
    recordedAt: string,
    tx: TxState,
  ): { result: AppendResult; written: number } => {
    let current = tx.revisions.get(stream);
    if (current === undefined) current = tx.known?.get(stream);
    if (current === undefined) current = sql.revision.get(stream)?.revision ?? null;
    let revision = current ?? -1;
    let written = 0;
    for (const event of events) {
      const position = tx.position + 1;
      const link = {
        position,
        stream,
        revision: revision + 1,
        id: event.id,
        type: event.type,
        data: event.data,
        metadata: event.metadata,
        recordedAt,
        previousHash: tx.hash,
      };
      const hash = chainHash(link);
      const { changes } = sql.insertNewId.run(
        position,
        stream,
        link.revision,
        event.id,
        event.type,
        event.data,
        event.metadata,
        recordedAt,
        hash,
      );
      if (changes === 0) {
        const twin = sql.byId.get(event.id);
        if (!twin || twin.stream !== stream || !sameContent(twin, event))
          throw new IdempotencyError(event.id);
        continue;
      }
      revision = link.revision;
      tx.position = position;
      tx.hash = hash;
      written += 1;
    }
    tx.revisions.set(stream, written > 0 ? revision : current);
    return {
      result: { nextRevision: revision, lastPosition: tx.position, appended: [] },
      written,
    };
  };

  const appendBatches = (
    batches: { stream: string; events: PreparedEvent[]; expected: ExpectedRevision }[],
    collect: boolean,
  ) => {
    const recordedAt = options.clock().toISOString();
    const outcome = db
      .transaction(() => {
        const head = readHead();
        const known =
          !collect && bulkHead?.position === head.position && bulkHead.hash === head.hash
            ? bulkRevisions
            : null;
        const tx: TxState = { ...head, revisions: new Map(), collect, known };
        const done = batches.map((b) =>
          !collect && b.expected === 'any'
            ? appendAnyInTx(b.stream, b.events, recordedAt, tx)
            : appendInTx(b.stream, b.events, b.expected, recordedAt, tx),
        );
        return {
          done,
          from: { position: head.position, hash: head.hash },
          lastPosition: tx.position,
          hash: tx.hash,
          revisions: tx.revisions,
          known,
        };
      })
      .immediate();
    if (outcome.lastPosition > outcome.from.position)
      options.onCommitted?.({
        from: outcome.from,
        to: { position: outcome.lastPosition, hash: outcome.hash, recordedAt },
      });
    if (!collect) {
      // Committed: remember the revisions for the next counted append (see bulkRevisions).
      if (outcome.known === null || bulkRevisions.size > BULK_REVISIONS_MAX) bulkRevisions.clear();
      for (const [stream, revision] of outcome.revisions) bulkRevisions.set(stream, revision);
      bulkHead = { position: outcome.lastPosition, hash: outcome.hash };
    }
    const results = outcome.done.map((d) => d.result);
    if (collect) subscriptions.publish(results.flatMap((r) => r.appended));
    return {
      results,
      lastPosition: outcome.lastPosition,
      written: outcome.done.reduce((n, d) => n + d.written, 0),
    };
  };

  /** A write whose failure is reported as the port's error (see writeErrorOf). */
  function writing<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw writeErrorOf(error);
    }
  }
  const walkChainHere = (from: ChainPoint, walkOptions: ChainWalkOptions = {}) =>
    walkChain((after, limit) => sql.page.all(after, limit), from, {
      ...walkOptions,
      // Let other work run between pages of a long log.
      between: () => new Promise((resolve) => setImmediate(resolve)),
    });

  /** `append`s waiting for the end of the event-loop turn (see the group commit above). */
  let queue: QueuedAppend[] = [];

  /** One append of a group, in a savepoint of the group's transaction (nested = savepoint). */
  const appendInSavepoint = db.transaction(
    (batch: CheckedBatch, recordedAt: string, tx: TxState) =>
      appendInTx(batch.stream, batch.events, batch.expected, recordedAt, tx).result,
  );

  /** Writes the waiting appends in one transaction; settles each caller's promise after the commit. */
  const writeQueue = () => {
    if (queue.length === 0) return;
    const group = queue;
    queue = [];
    let outcomes: ({ ok: AppendResult } | { error: unknown })[];
    let committed: CommittedHead;
    try {
      // Inside the try: whatever fails here (the clock too) reaches the callers, never the loop.
      const recordedAt = options.clock().toISOString();
      // Filled in the transaction; kept to tell onCommitted where the group started and ended.
      const from: Head = { position: 0, hash: GENESIS_HASH };
      const tx: TxState = { ...from, revisions: new Map(), collect: true, known: null };
      outcomes = db
        .transaction(() => {
          Object.assign(from, readHead());
          Object.assign(tx, from);
          // Alone, a failure rolls back the whole transaction and reaches the caller below.
          if (group.length === 1) {
            const { stream, events, expected } = group[0]!.batch;
            return [{ ok: appendInTx(stream, events, expected, recordedAt, tx).result }];
          }
          return group.map(({ batch }) => {
            const before = {
              position: tx.position,
              hash: tx.hash,
              revisions: new Map(tx.revisions),
            };
            try {
              return { ok: appendInSavepoint(batch, recordedAt, tx) };
            } catch (error) {
              // Some errors (disk full, I/O) make SQLite roll back the whole transaction: then
              // nothing of the group is written, and every caller gets the error.
              if (!db.inTransaction) throw error;
              Object.assign(tx, before);
              return { error: writeErrorOf(error) };
            }
          });
        })
        .immediate();
      committed = { from, to: { position: tx.position, hash: tx.hash, recordedAt } };
    } catch (error) {
      for (const waiting of group) waiting.reject(writeErrorOf(error));
      return;
    }
    if (committed.to.position > committed.from.position) options.onCommitted?.(committed);
    subscriptions.publish(outcomes.flatMap((o) => ('ok' in o ? o.ok.appended : [])));
    outcomes.forEach((o, i) => {
      if ('ok' in o) group[i]!.resolve(o.ok);
      else group[i]!.reject(o.error);
    });
  };

  /** Live subscribers of a counted append get its events from the log, as stored. */
  const publishRange = (after: number, last: number) => {
    for (let from = after; from < last; from += pageSize) {
      subscriptions.publish(readPage(from, Math.min(pageSize, last - from)));
    }
  };

  /** A counted append of checked batches; live subscribers get the new events from the log. */
  const writeCounted = (checked: CheckedBatch[]) => {
    const { lastPosition, written } = writing(() => appendBatches(checked, false));
    if (written > 0 && subscriptions.hasLive()) publishRange(lastPosition - written, lastPosition);
    return { appended: written, lastPosition };
  };

  const store: SqliteEventStore = {
    path: options.path,

    async append(stream: string, events: NewEvent[], appendOptions?: AppendOptions) {
      const batch = checkBatch(stream, events, appendOptions?.expectedRevision);
      return new Promise<AppendResult>((resolve, reject) => {
        if (queue.length === 0) setImmediate(writeQueue);
        queue.push({ batch, resolve, reject });
      });
    },

    async appendMany(batches: StreamBatch[]) {
      const checked = batches.map((b, i) =>
        checkBatch(b.stream, b.events, b.expectedRevision, `batches.${i}.`),
      );
      return writing(() => appendBatches(checked, true)).results;
    },

    async appendCounted(batches: StreamBatch[]) {
      const checked = batches.map((b, i) =>
        checkBatch(b.stream, b.events, b.expectedRevision, `batches.${i}.`),
      );
      return writeCounted(checked);
    },

    async appendCountedJson(batches: StreamBatchJson[]) {
      const checked = batches.map((b, i) =>
        checkJsonBatch(b.stream, b.events, b.expectedRevision, `batches.${i}.`),
      );
      return writeCounted(checked);
    },

    async readStream(stream: string) {
      return sql.stream.all(stream).map(toStored);
    },

    async readAll(readOptions?: ReadAllOptions) {
      const { after, limit } = checkReadAll(readOptions, pageSize);
      return readPage(after, limit);
    },

    async *streamAll(readOptions?: ReadAllOptions) {
      let { after } = checkReadAll(readOptions, pageSize);
      const { limit } = checkReadAll(readOptions, pageSize);
      for (;;) {
        const page = readPage(after, limit);
        yield* page;
        if (page.length < limit) return;
        after = page[page.length - 1]!.position;
      }
    },

    readPositions(positions: readonly number[]) {
      const found: StoredEvent[] = [];
      for (const position of positions) {
        const row = sql.byPosition.get(position);
        if (row) found.push(toStored(row));
      }
      return found;
    },

    hashAt(position: number) {
      return sql.hashAt.get(position) ?? null;
    },

    setMaxPageCount,

    readFoldPage(after: number, limit: number) {
      const { after: from, limit: size } = checkReadAll({ after, limit }, pageSize);
      return sql.foldPage.all(from, size);
    },

    async getById(id: string) {
      const row = sql.byId.get(id);
      return row ? toStored(row) : null;
    },

    async head() {
      return readHead().position;
    },

    subscribe(listener, subscribeOptions) {
      const after = subscribeOptions?.after;
      if (after !== undefined) checkReadAll({ after }, pageSize);
      return subscriptions.subscribe(listener, after);
    },

    async verify(): Promise<VerifyResult> {
      const result = await walkChainHere({ position: 0, hash: GENESIS_HASH });
      return result.ok ? { ok: true, checked: result.checked } : result;
    },

    walkChain(from: ChainPoint, walkOptions?: Omit<ChainWalkOptions, 'between'>) {
      return walkChainHere(from, walkOptions);
    },

    async close() {
      subscriptions.closeAll();
      await checkpoints?.stop();
      if (db.open) db.close();
    },
  };
  return writingQueueFirst(store, writeQueue);
}

/** An `append` waiting for its group's transaction. */
interface QueuedAppend {
  batch: CheckedBatch;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

/**
 * Makes every method but `append` write the waiting appends first, so that any call sees the
 * appends called before it (see the group commit of createSqliteEventStore).
 */
function writingQueueFirst(store: SqliteEventStore, writeQueue: () => void): SqliteEventStore {
  const methods = store as unknown as Record<string, unknown>;
  for (const [name, method] of Object.entries(methods)) {
    if (name === 'append' || typeof method !== 'function') continue;
    methods[name] = (...args: unknown[]): unknown => {
      writeQueue();
      return (method as (...a: unknown[]) => unknown).apply(store, args);
    };
  }
  return store;
}

/** Data and metadata are canonical JSON text, so equal content is equal text. */
function sameContent(a: PreparedEvent | Row, b: PreparedEvent): boolean {
  return a.type === b.type && a.data === b.data && a.metadata === b.metadata;
}
