import type { ExpectedRevision } from '../errors.js';
import type { ChainCheck, ChainPoint, ChainWalkOptions } from './chain.js';

/** An event as handed to a store: the store is generic and knows nothing of event kinds. */
export interface NewEvent {
  id: string;
  type: string;
  /** The event body as JSON-serialisable data. */
  data: unknown;
  /** kroniek's own metadata that is not part of the fact (e.g. importer, request id). */
  metadata?: Record<string, unknown>;
}

/** An event as the store holds it. */
export interface StoredEvent {
  /** Global position in the log, 1-based and contiguous. */
  position: number;
  stream: string;
  /** Revision within its stream, 0-based and contiguous. */
  revision: number;
  id: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
  /** When the store wrote it (ISO 8601 timestamp from the store's clock). */
  recordedAt: string;
  /** Hex SHA-256 chaining this event to the one before it in the log. */
  hash: string;
}

/**
 * A new event whose data and metadata come as JSON text, for bulk imports that already hold
 * each event's text (see {@link EventStore.appendCountedJson}).
 */
export interface NewEventJson {
  id: string;
  type: string;
  /** JSON text of the event data; stored as its canonical (RFC 8785) form. */
  data: string;
  /** JSON text of a metadata object; stored as its canonical form. */
  metadata: string;
}

/** One stream's batch of {@link NewEventJson}s for {@link EventStore.appendCountedJson}. */
export interface StreamBatchJson {
  stream: string;
  events: NewEventJson[];
  expectedRevision?: ExpectedRevision;
}

/** What a counted append answers: how many events were new, and the log's head after it. */
export interface CountedResult {
  appended: number;
  lastPosition: number;
}

/** An event as a read model folds it (see {@link EventStore.readFoldPage}). */
export interface FoldRow {
  position: number;
  recordedAt: string;
  /** the event data, JSON text */
  json: string;
}

/**
 * How another thread reads a store's log on a connection of its own (see
 * {@link EventStore.threadLog}): the URL of a module that exports
 * `openFoldReader(arg: string): FoldReader`, and the argument to open it with.
 */
export interface ThreadLogSource {
  module: string;
  /** what the module opens, e.g. a SQLite file's path */
  arg: string;
}

/** What a {@link ThreadLogSource}'s module opens: lean pages of the log, synchronously. */
export interface FoldReader {
  /** rows after `after`, in position order, at most `limit` (as {@link EventStore.readFoldPage}) */
  page(after: number, limit: number): FoldRow[];
  close(): void;
}

export interface AppendOptions {
  /** Defaults to 'any'. */
  expectedRevision?: ExpectedRevision;
}

/** One stream's batch for {@link EventStore.appendMany}. */
export interface StreamBatch extends AppendOptions {
  stream: string;
  events: NewEvent[];
}

export interface AppendResult {
  /** The stream's revision after the append (unchanged when every event was already stored). */
  nextRevision: number;
  /** Global position of the last event of the batch, or of the log when nothing was new. */
  lastPosition: number;
  /** Events actually written; idempotent repeats are left out. */
  appended: StoredEvent[];
}

export interface ReadAllOptions {
  /** Read events with position > after (default 0: from the start). */
  after?: number;
  /** Page size (default 500). */
  limit?: number;
}

export type VerifyResult =
  { ok: true; checked: number } | { ok: false; checked: number; brokenAt: number; reason: string };

export type Unsubscribe = () => void;

/**
 * The event store port. Adapters: SQLite (embedded default) and EventStoreDB.
 * Events are never updated or deleted through it.
 *
 * Beside the required methods, a store declares what more it can do through the optional
 * members marked *Capability*; each names the fallback a caller takes when a store leaves it out
 * (EventStoreDB leaves out all of them but `appendMany`). Callers choose by whether the member is
 * there (`store.readPositions ? ... : ...`), never by the adapter's type: an adapter that has a
 * capability declares it on its own type as a required member.
 */
export interface EventStore {
  /**
   * Appends a batch atomically to one stream; idempotent by event id.
   *
   * Events whose id is already stored with the same stream, type, data and metadata are
   * skipped; the same id with other content is an `IdempotencyError`. When every event of
   * the batch is already stored the call is a no-op that succeeds whatever
   * `expectedRevision` says, so a retry of a whole batch is safe. Otherwise the expected
   * revision is checked against the stream as it is (`ConcurrencyError` on mismatch) and
   * only the new events are written. A batch that fails writes nothing.
   */
  append(stream: string, events: NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  /**
   * Capability: appends several streams' batches in one go, in order, atomically across
   * streams (SQLite). Fallback: one `append` per batch, each atomic alone.
   */
  appendMany?(batches: StreamBatch[]): Promise<AppendResult[]>;
  /**
   * Capability: `appendMany` for bulk imports, answering only how many events were new (the
   * stored events are not built unless a live subscriber wants them). Fallback: `appendMany`
   * (or `append`) and count the `appended` events.
   */
  appendCounted?(batches: StreamBatch[]): Promise<CountedResult>;
  /**
   * Capability: `appendCounted` for events whose data and metadata are already JSON text (an
   * import that holds each line's text), with the same checks, idempotency and chain; text that
   * is canonical already is stored without being parsed again. Fallback: parse the text and
   * append values.
   */
  appendCountedJson?(batches: StreamBatchJson[]): Promise<CountedResult>;
  /**
   * Capability: the events at the given log positions, in the order asked, synchronously
   * (an embedded file answers in microseconds); positions that do not exist are left out. A
   * read model then keeps compact columns and loads the bodies a response shows. Fallback: the
   * read model holds every body itself.
   */
  readPositions?(positions: readonly number[]): StoredEvent[];
  /**
   * Capability: one page of the log with only what a read model folds (position, recordedAt,
   * data as JSON text), synchronously; a start-up fold reads it about twice as fast as full
   * events. Fallback: `readAll`.
   */
  readFoldPage?(after: number, limit: number): FoldRow[];
  /**
   * Capability: how a worker thread reads this log on a connection of its own (a module and
   * what it opens). A read model's long fold then reads and parses the log there while its own
   * thread writes the columns. Fallback: the fold reads in the read model's thread
   * (`readFoldPage`, else `readAll`).
   */
  readonly threadLog?: ThreadLogSource;
  /**
   * Capability: the chain hash stored at a log position, or null, synchronously. A read-model
   * snapshot and the head anchor record it, so a snapshot of another or a restored store is
   * detected. Fallback: no snapshot and no head anchor.
   */
  hashAt?(position: number): string | null;
  /**
   * Capability: recomputes the hash chain from a point known to be good to the head (see
   * `walkChain` in chain.ts), yielding between pages; the integrity checks at start-up use it.
   * Fallback: `verify`, which walks the whole chain.
   */
  walkChain?(from: ChainPoint, options?: Omit<ChainWalkOptions, 'between'>): Promise<ChainCheck>;
  /** All events of one stream in revision order (empty when the stream does not exist). */
  readStream(stream: string): Promise<StoredEvent[]>;
  /** One page of the global log in position order. */
  readAll(options?: ReadAllOptions): Promise<StoredEvent[]>;
  /** Iterates the whole log forwards, page by page, without loading it all. */
  streamAll(options?: ReadAllOptions): AsyncIterable<StoredEvent>;
  /** One event by id, or null. */
  getById(id: string): Promise<StoredEvent | null>;
  /** Position of the last event (0 when empty). */
  head(): Promise<number>;
  /** Calls `listener` for every event appended after `after` (default: the current head). */
  subscribe(listener: (event: StoredEvent) => void, options?: { after?: number }): Unsubscribe;
  /** Recomputes the hash chain and reports the first broken link. */
  verify(): Promise<VerifyResult>;
  close(): Promise<void>;
}
