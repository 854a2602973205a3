import Database from 'better-sqlite3';
import type { ExpectedRevision } from '../errors.js';
import { IdempotencyError } from '../errors.js';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  NewEvent,
  ReadAllOptions,
  StoredEvent,
  StreamBatch,
  VerifyResult,
} from './eventStore.js';
import { chainHash, GENESIS_HASH } from './sqliteChain.js';
import { checkExpected } from './expectedRevision.js';
import { checkBatch, checkReadAll } from './sqliteInput.js';
import type { PreparedEvent } from './sqliteInput.js';
import { migrate } from './sqliteSchema.js';
import { createSubscriptions } from './sqliteSubscriptions.js';

export interface SqliteEventStoreOptions {
  /** The SQLite file, created when missing (`:memory:` for a throwaway store). */
  path: string;
  /** Stamps `recordedAt`; one reading per append call. */
  clock: () => Date;
  /** Default page size of `readAll`, `streamAll` and subscription catch-up (500). */
  pageSize?: number;
  /** Gets what a subscriber's listener throws; the append itself has already succeeded. */
  onListenerError?: (error: unknown) => void;
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
}

/** An event as a read model folds it (see {@link SqliteEventStore.readFoldPage}). */
export interface FoldRow {
  position: number;
  recordedAt: string;
  /** the event data, JSON text */
  json: string;
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
 * Opens (and creates when needed) an event store in a SQLite file. Every append is one
 * immediate transaction, so the CLI and a running server may share the file; the live
 * tail only sees appends made through this instance.
 */
export function createSqliteEventStore(options: SqliteEventStoreOptions): SqliteEventStore {
  const db = new Database(options.path);
  migrate(db);
  const pageSize = options.pageSize ?? 500;

  const sql = {
    head: db.prepare<[], Head>('SELECT position, hash FROM events ORDER BY position DESC LIMIT 1'),
    revision: db.prepare<[string], { revision: number | null }>(
      'SELECT MAX(revision) AS revision FROM events WHERE stream = ?',
    ),
    byId: db.prepare<[string], Row>('SELECT * FROM events WHERE id = ?'),
    stream: db.prepare<[string], Row>('SELECT * FROM events WHERE stream = ? ORDER BY revision'),
    byPosition: db.prepare<[number], Row>('SELECT * FROM events WHERE position = ?'),
    foldPage: db
      .prepare<[number, number], [number, string, string]>(
        'SELECT position, recorded_at, data FROM events WHERE position > ? ORDER BY position LIMIT ?',
      )
      .raw(),
    page: db.prepare<[number, number], Row>(
      'SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?',
    ),
    insert: db.prepare<[number, string, number, string, string, string, string, string, string]>(
      `INSERT INTO events (position, stream, revision, id, type, data, metadata, recorded_at, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };

  const readHead = (): Head => sql.head.get() ?? { position: 0, hash: GENESIS_HASH };
  const readPage = (after: number, limit: number) => sql.page.all(after, limit).map(toStored);

  const subscriptions = createSubscriptions({
    readPage: (after) => readPage(after, pageSize),
    head: () => readHead().position,
    onListenerError:
      options.onListenerError ?? ((error) => console.error('kroniek: subscriber failed', error)),
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

  const appendBatches = (
    batches: { stream: string; events: PreparedEvent[]; expected: ExpectedRevision }[],
    collect: boolean,
  ) => {
    const recordedAt = options.clock().toISOString();
    const outcome = db
      .transaction(() => {
        const tx: TxState = { ...readHead(), revisions: new Map(), collect };
        const done = batches.map((b) => appendInTx(b.stream, b.events, b.expected, recordedAt, tx));
        return { done, lastPosition: tx.position };
      })
      .immediate();
    const results = outcome.done.map((d) => d.result);
    if (collect) subscriptions.publish(results.flatMap((r) => r.appended));
    return {
      results,
      lastPosition: outcome.lastPosition,
      written: outcome.done.reduce((n, d) => n + d.written, 0),
    };
  };

  /** Live subscribers of a counted append get its events from the log, as stored. */
  const publishRange = (after: number, last: number) => {
    for (let from = after; from < last; from += pageSize) {
      subscriptions.publish(readPage(from, Math.min(pageSize, last - from)));
    }
  };

  return {
    path: options.path,

    async append(stream: string, events: NewEvent[], appendOptions?: AppendOptions) {
      const checked = checkBatch(stream, events, appendOptions?.expectedRevision);
      const [result] = appendBatches([checked], true).results;
      return result!;
    },

    async appendMany(batches: StreamBatch[]) {
      const checked = batches.map((b, i) =>
        checkBatch(b.stream, b.events, b.expectedRevision, `batches.${i}.`),
      );
      return appendBatches(checked, true).results;
    },

    async appendCounted(batches: StreamBatch[]) {
      const checked = batches.map((b, i) =>
        checkBatch(b.stream, b.events, b.expectedRevision, `batches.${i}.`),
      );
      const { lastPosition, written } = appendBatches(checked, false);
      if (written > 0 && subscriptions.hasLive()) publishRange(lastPosition - written, lastPosition);
      return { appended: written, lastPosition };
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

    readFoldPage(after: number, limit: number) {
      const { after: from, limit: size } = checkReadAll({ after, limit }, pageSize);
      return sql.foldPage
        .all(from, size)
        .map(([position, recordedAt, json]) => ({ position, recordedAt, json }));
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
      let previousHash = GENESIS_HASH;
      let checked = 0;
      for (;;) {
        const rows = sql.page.all(checked, 1000);
        for (const row of rows) {
          const expected = checked + 1;
          if (row.position !== expected) {
            return {
              ok: false,
              checked,
              brokenAt: expected,
              reason: `position ${expected} is missing`,
            };
          }
          const hash = chainHash({ ...row, recordedAt: row.recorded_at, previousHash });
          if (hash !== row.hash) {
            const reason = 'stored hash does not match the event and the hash before it';
            return { ok: false, checked, brokenAt: row.position, reason };
          }
          previousHash = row.hash;
          checked = expected;
        }
        if (rows.length < 1000) return { ok: true, checked };
        // Let other work run between pages of a long log.
        await new Promise((resolve) => setImmediate(resolve));
      }
    },

    async close() {
      subscriptions.closeAll();
      if (db.open) db.close();
    },
  };
}

/** Data and metadata are canonical JSON text, so equal content is equal text. */
function sameContent(a: PreparedEvent | Row, b: PreparedEvent): boolean {
  return a.type === b.type && a.data === b.data && a.metadata === b.metadata;
}

