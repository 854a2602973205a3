import Database from 'better-sqlite3';
import type { ExpectedRevision } from '../errors.js';
import { assertNever } from '@kroniek/events';
import { ConcurrencyError, IdempotencyError } from '../errors.js';
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

  /** Appends one stream's checked batch inside the caller's transaction; `head` moves along. */
  const appendInTx = (
    stream: string,
    events: PreparedEvent[],
    expected: ExpectedRevision,
    recordedAt: string,
    head: Head,
  ): AppendResult => {
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
    const current = sql.revision.get(stream)?.revision ?? null;
    // A batch that is stored already is a retry: it succeeds whatever it expected.
    if (events.length > 0 && fresh.length === 0) {
      return { nextRevision: current ?? -1, lastPosition: head.position, appended: [] };
    }
    checkExpected(stream, expected, current);
    let revision = current ?? -1;
    const appended: StoredEvent[] = [];
    for (const event of fresh) {
      const position = head.position + 1;
      revision += 1;
      const link = { position, stream, revision, ...event, recordedAt, previousHash: head.hash };
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
      head.position = position;
      head.hash = hash;
      appended.push(toStored({ ...link, recorded_at: recordedAt, hash }));
    }
    return { nextRevision: revision, lastPosition: head.position, appended };
  };

  const appendBatches = (
    batches: { stream: string; events: PreparedEvent[]; expected: ExpectedRevision }[],
  ) => {
    const recordedAt = options.clock().toISOString();
    const results = db
      .transaction(() => {
        const head = readHead();
        return batches.map((b) => appendInTx(b.stream, b.events, b.expected, recordedAt, head));
      })
      .immediate();
    subscriptions.publish(results.flatMap((r) => r.appended));
    return results;
  };

  return {
    path: options.path,

    async append(stream: string, events: NewEvent[], appendOptions?: AppendOptions) {
      const checked = checkBatch(stream, events, appendOptions?.expectedRevision);
      const [result] = appendBatches([checked]);
      return result!;
    },

    async appendMany(batches: StreamBatch[]) {
      const checked = batches.map((b, i) =>
        checkBatch(b.stream, b.events, b.expectedRevision, `batches.${i}.`),
      );
      return appendBatches(checked);
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

function checkExpected(stream: string, expected: ExpectedRevision, current: number | null): void {
  if (typeof expected === 'number') {
    if (current !== expected) throw new ConcurrencyError(stream, expected, current);
    return;
  }
  switch (expected) {
    case 'any':
      return;
    case 'no_stream':
      if (current !== null) throw new ConcurrencyError(stream, expected, current);
      return;
    case 'stream_exists':
      if (current === null) throw new ConcurrencyError(stream, expected, current);
      return;
    default:
      assertNever(expected);
  }
}
