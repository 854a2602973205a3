import type { MiddlewareHandler } from 'hono';
import { StorageFullError } from '../errors.js';
import type { EventStore } from '../store/eventStore.js';
import type { Logger } from './logging.js';
import type { Readiness } from './readiness.js';

export interface StorageFullOptions {
  store: EventStore;
  readiness: Readiness;
  log: Logger;
}

/**
 * A write refused for want of room (507) gets its Retry-After, and makes the service not ready
 * until the log grows again: a later write that succeeds, through this service or another
 * connection to the store, shows there is room. A refusal is logged as an error.
 */
export function storageFullReadiness({
  store,
  readiness,
  log,
}: StorageFullOptions): MiddlewareHandler {
  // One error line per head the store filled up at, not one per refused write.
  let loggedAt: number | null = null;
  return async (c, next) => {
    await next();
    const error = c.error;
    if (!(error instanceof StorageFullError)) return;
    c.header('Retry-After', String(error.retryAfterSeconds));
    const head = await store.head();
    if (loggedAt !== head) log.error('storage full: writes are refused', { head });
    loggedAt = head;
    readiness.hold('storage-full', 'storage full: writes are refused until one succeeds again', {
      detail: { head },
      until: async () => (await store.head()) > head,
    });
  };
}
