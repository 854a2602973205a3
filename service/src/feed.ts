import { EVENT_TYPES, parseStoredEvent, upcast } from '@kroniek/events';
import type { KroniekEvent } from '@kroniek/events';
import type { EntryLoader, LogEntry, ReadModel } from './readmodel/readModel.js';
import type { EventStore, StoredEvent, Unsubscribe } from './store/eventStore.js';

/** A stored event as projections see it: its data lifted to the current schema and validated. */
export function toLogEntry(stored: StoredEvent): LogEntry {
  return {
    position: stored.position,
    recordedAt: stored.recordedAt,
    event: parseStoredEvent(stored.data),
  };
}

const KNOWN_TYPES = new Set<string>(EVENT_TYPES);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalArray = (v: unknown) => v === undefined || Array.isArray(v);

/** The fields a read model's fold reads have the types it expects (not a full validation). */
function foldable(e: unknown): e is KroniekEvent {
  if (!isObject(e) || typeof e.type !== 'string' || !KNOWN_TYPES.has(e.type)) return false;
  if (typeof e.id !== 'string' || typeof e.subject !== 'string') return false;
  if (typeof e.category !== 'string' || typeof e.title !== 'string') return false;
  if (!isObject(e.occurred) || !isObject(e.knownAt) || !isObject(e.knownAt.date)) return false;
  if (!Array.isArray(e.actors) || !optionalArray(e.money) || !optionalArray(e.quantities))
    return false;
  if (e.type === 'EventCorrected') return typeof e.corrects === 'string' && isObject(e.changes);
  if (e.type === 'EventRetracted') return typeof e.retracts === 'string';
  if (e.type === 'EventCorroborated') return typeof e.corroborates === 'string';
  return true;
}

/** A stored event, or a lean row of one with its data still JSON text. */
export type Foldable =
  | Pick<StoredEvent, 'position' | 'recordedAt' | 'data'>
  | { position: number; recordedAt: string; json: string };

/**
 * A stored event for a read model's fold at start-up: lifted to the current schema and
 * checked only in the fields the fold reads. Every event was validated in full at the door
 * when it was written, and the bodies a response shows are validated again when loaded
 * (toLogEntry), so the fold does not pay for a full schema parse of every event of the log.
 * Anything that does not look like an event gets the full parse, and its error.
 */
export function toFoldEntry(stored: Foldable): LogEntry {
  // Parsed here, one event at a time, so a page of bodies never outlives the young generation.
  const data = upcast('json' in stored ? JSON.parse(stored.json) : stored.data);
  return {
    position: stored.position,
    recordedAt: stored.recordedAt,
    event: foldable(data) ? data : parseStoredEvent(data),
  };
}

/** A store that can read events by position synchronously (see EventStore.readPositions). */
export type PositionReader = Required<Pick<EventStore, 'readPositions'>>;

/**
 * A read model's body loader over a store that declares `readPositions`, or undefined for a
 * store that does not (the read model then holds the bodies itself).
 */
export function storeBodyLoader(store: Pick<EventStore, 'readPositions'>): EntryLoader | undefined {
  const read = store.readPositions?.bind(store);
  return read && ((positions) => read(positions).map(toLogEntry));
}

/** A store's lean fold pages (see EventStore.readFoldPage). */
export type FoldPageReader = Required<Pick<EventStore, 'readFoldPage'>>;

/** The store's lean page reader when it declares one, else undefined (read through readAll). */
export function foldPagesOf(store: EventStore): FoldPageReader | undefined {
  const read = store.readFoldPage?.bind(store);
  return read && { readFoldPage: read };
}

export interface ReadModelFeedOptions {
  /**
   * Where catch-ups read the log, when not through `store.readAll`: the same store's lean
   * pages (the SQLite store's readFoldPage), which a start-up fold of a large log reads
   * about twice as fast as full StoredEvents.
   */
  foldPages?: FoldPageReader;
}

/** Keeps a read model up to date with the log. */
export interface ReadModelFeed {
  /** Applies every event up to the log's head; resolves when the model has seen them. */
  catchUp(): Promise<number>;
  /** Subscribes to appends from now on; gaps are filled by a catch-up. */
  start(): void;
  /** True when the model has applied everything the store holds. */
  caughtUp(): Promise<boolean>;
  stop(): void;
}

/**
 * Feeds a read model from a store, page by page and then live. Catch-ups are serialised, and an
 * entry is applied only when it is the next one, so the model sees the log in order without gaps
 * whichever path (subscription or catch-up) delivers it first.
 */
export function createReadModelFeed(
  store: EventStore,
  readModel: ReadModel,
  pageSize = 500,
  options: ReadModelFeedOptions = {},
): ReadModelFeed {
  let running: Promise<number> = Promise.resolve(0);
  let unsubscribe: Unsubscribe | null = null;

  const lean = options.foldPages;
  const readPage = async (after: number): Promise<Foldable[]> =>
    lean ? lean.readFoldPage(after, pageSize) : store.readAll({ after, limit: pageSize });

  const pull = async (): Promise<number> => {
    for (let first = true; ; first = false) {
      const page = await readPage(readModel.position());
      // A long fold (a start-up) tells the model how far it goes, so columns grow only once.
      if (first && page.length === pageSize && readModel.reserve) {
        const ahead = (await store.head()) - readModel.position();
        if (ahead > 4 * pageSize) readModel.reserve(ahead);
      }
      for (const stored of page) {
        if (stored.position === readModel.position() + 1) readModel.apply(toFoldEntry(stored));
      }
      if (page.length < pageSize) return readModel.position();
    }
  };

  const catchUp = (): Promise<number> => {
    running = running.then(pull, pull);
    return running;
  };

  return {
    catchUp,
    start() {
      if (unsubscribe) return;
      unsubscribe = store.subscribe(
        (stored) => {
          if (stored.position <= readModel.position()) return;
          // Live events were validated in full at the door of this very process (the routes,
          // the importer); like the start-up fold, the live tail checks only what the fold reads.
          if (stored.position === readModel.position() + 1) readModel.apply(toFoldEntry(stored));
          else void catchUp();
        },
        { after: readModel.position() },
      );
    },
    async caughtUp() {
      return readModel.position() >= (await store.head());
    },
    stop() {
      unsubscribe?.();
      unsubscribe = null;
    },
  };
}
