import { parseStoredEvent } from '@kroniek/events';
import { toFoldEntry } from './readmodel/foldEntry.js';
import type { Foldable } from './readmodel/foldEntry.js';
import { FoldWorkerError } from './readmodel/readModel.js';
import type { EntryLoader, LogEntry, ReadModel, WorkerLog } from './readmodel/readModel.js';
import type { EventStore, StoredEvent, Unsubscribe } from './store/eventStore.js';

/** A stored event as projections see it: its data lifted to the current schema and validated. */
export function toLogEntry(stored: StoredEvent): LogEntry {
  return {
    position: stored.position,
    recordedAt: stored.recordedAt,
    event: parseStoredEvent(stored.data),
  };
}

export { toFoldEntry };
export type { Foldable } from './readmodel/foldEntry.js';

/** A store that can read events by position synchronously (see EventStore.readPositions). */
export type PositionReader = Required<Pick<EventStore, 'readPositions'>>;

/**
 * A read model's body loader over a store that declares `readPositions`, or undefined for a
 * store that does not (the read model then holds the bodies itself). The bodies a response
 * shows are read as the fold reads them (toFoldEntry): every event was validated in full at
 * the door, and the hash chain checks (before serving and in the background) catch a row
 * changed in the file since; anything that does not look like an event gets the full parse.
 */
export function storeBodyLoader(store: Pick<EventStore, 'readPositions'>): EntryLoader | undefined {
  const read = store.readPositions?.bind(store);
  return read && ((positions) => read(positions).map(toFoldEntry));
}

/** A store's lean fold pages (see EventStore.readFoldPage). */
export type FoldPageReader = Required<Pick<EventStore, 'readFoldPage'>>;

/** The store's lean page reader when it declares one, else undefined (read through readAll). */
export function foldPagesOf(store: EventStore): FoldPageReader | undefined {
  const read = store.readFoldPage?.bind(store);
  return read && { readFoldPage: read };
}

/**
 * Fewest entries a catch-up folds with the fold worker; shorter stretches fold in this thread,
 * where they take less time than starting a worker (bench/RESULTS.md, "the rebuild worker").
 */
export const WORKER_FOLD_MIN = 50_000;

/** A long catch-up folded by a worker thread (see ReadModel.foldInWorker). */
export interface WorkerFold {
  /** the log as the worker reads it: the store's threadLog */
  log: WorkerLog;
  /** the first position not to fold (a break in the chain), read again before each batch */
  before?: () => number;
  /** fewest entries worth a worker (default WORKER_FOLD_MIN) */
  minEntries?: number;
  /** told when no worker could run; the catch-up then folds in its own thread */
  onFallback?: (error: unknown) => void;
}

/** A worker fold of a store that declares `threadLog`, else undefined (fold in this thread). */
export function workerFoldOf(
  store: Pick<EventStore, 'threadLog'>,
  options: Omit<WorkerFold, 'log'> = {},
): WorkerFold | undefined {
  return store.threadLog && { log: store.threadLog, ...options };
}

export interface ReadModelFeedOptions {
  /**
   * Where catch-ups read the log, when not through `store.readAll`: the same store's lean
   * pages (the SQLite store's readFoldPage), which a start-up fold of a large log reads
   * about twice as fast as full StoredEvents.
   */
  foldPages?: FoldPageReader;
  /** a catch-up of at least `minEntries` is folded by a worker thread first */
  workerFold?: WorkerFold;
  /**
   * The first position the model must not fold (a break in the hash chain), asked again before
   * each page and each live event; by default every position folds. A worker fold gets it as
   * its `before` unless it names its own.
   */
  foldLimit?: () => number;
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
  const limit = options.foldLimit ?? (() => Number.POSITIVE_INFINITY);
  /** The next entry, below the limit: the one the model is to apply now. */
  const isNext = (position: number) => position === readModel.position() + 1 && position < limit();
  const readPage = async (after: number): Promise<Foldable[]> =>
    lean ? lean.readFoldPage(after, pageSize) : store.readAll({ after, limit: pageSize });

  /** Folds a long stretch with the worker first, when the model and the stretch allow it. */
  const pullInWorker = async (fold: WorkerFold): Promise<void> => {
    if (!readModel.foldInWorker) return;
    const to = await store.head();
    const ahead = to - readModel.position();
    if (ahead < (fold.minEntries ?? WORKER_FOLD_MIN)) return;
    readModel.reserve?.(ahead);
    try {
      const before = fold.before ?? options.foldLimit;
      await readModel.foldInWorker(fold.log, { to, ...(before ? { before } : {}) });
    } catch (error) {
      // An entry that does not parse is the fold's error; a worker that could not run is not.
      if (!(error instanceof FoldWorkerError)) throw error;
      fold.onFallback?.(error);
    }
  };

  const pull = async (): Promise<number> => {
    if (options.workerFold) await pullInWorker(options.workerFold);
    for (let first = true; ; first = false) {
      const page = await readPage(readModel.position());
      // A long fold (a start-up) tells the model how far it goes, so columns grow only once.
      if (first && page.length === pageSize && readModel.reserve) {
        const ahead = (await store.head()) - readModel.position();
        if (ahead > 4 * pageSize) readModel.reserve(ahead);
      }
      for (const stored of page) {
        if (isNext(stored.position)) readModel.apply(toFoldEntry(stored));
      }
      if (page.length < pageSize || readModel.position() + 1 >= limit())
        return readModel.position();
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
          if (stored.position <= readModel.position() || stored.position >= limit()) return;
          // Live events were validated in full at the door of this very process (the routes,
          // the importer); like the start-up fold, the live tail checks only what the fold reads.
          if (isNext(stored.position)) readModel.apply(toFoldEntry(stored));
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
