import { KroniekEvent, upcast } from '@kroniek/events';
import type { LogEntry, ReadModel } from './projections/readModel.js';
import type { EventStore, StoredEvent, Unsubscribe } from './store/eventStore.js';

/** A stored event as projections see it: its data lifted to the current schema and validated. */
export function toLogEntry(stored: StoredEvent): LogEntry {
  return {
    position: stored.position,
    recordedAt: stored.recordedAt,
    event: KroniekEvent.parse(upcast(stored.data)),
  };
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
): ReadModelFeed {
  let running: Promise<number> = Promise.resolve(0);
  let unsubscribe: Unsubscribe | null = null;

  const pull = async (): Promise<number> => {
    for (;;) {
      const page = await store.readAll({ after: readModel.position(), limit: pageSize });
      for (const stored of page) {
        if (stored.position === readModel.position() + 1) readModel.apply(toLogEntry(stored));
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
          if (stored.position === readModel.position() + 1) readModel.apply(toLogEntry(stored));
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
