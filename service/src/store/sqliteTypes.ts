import type {
  AppendResult,
  CountedResult,
  EventStore,
  FoldRow,
  StoredEvent,
  StreamBatch,
  StreamBatchJson,
  ThreadLogSource,
} from './eventStore.js';
import type { ChainCheck, ChainPoint, ChainWalkOptions } from './chain.js';
import type { CommittedHead } from './sqliteWrite.js';

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

/** The SQLite adapter: the port plus a bulk append that is atomic across streams. */
export interface SqliteEventStore extends EventStore {
  readonly path: string;
  appendMany(batches: StreamBatch[]): Promise<AppendResult[]>;
  /**
   * `appendMany` for bulk imports: the same checks, idempotency and hash chain in one
   * transaction, but it answers only how many events were new. The stored events are
   * rebuilt from their JSON only when a live subscriber wants them.
   */
  appendCounted(batches: StreamBatch[]): Promise<CountedResult>;
  /**
   * `appendCounted` for events whose data and metadata are already JSON text (an import that
   * holds each line's text): the same checks, idempotency and hash chain, and the stored text
   * is the canonical (RFC 8785) form of the data as always. Text that is canonical already is
   * recognised in one pass and stored as it is, without parsing or serialising it again.
   */
  appendCountedJson(batches: StreamBatchJson[]): Promise<CountedResult>;
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
  /** A file's log, read by another thread through sqliteFoldReader.ts; none for `:memory:`. */
  readonly threadLog?: ThreadLogSource;
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
