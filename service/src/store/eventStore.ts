import type { ExpectedRevision } from '../errors.js';

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
   * Appends several streams' batches in one go, in order. Optional: an adapter that can
   * make this atomic across streams (SQLite) offers it; callers fall back to `append`.
   */
  appendMany?(batches: StreamBatch[]): Promise<AppendResult[]>;
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
