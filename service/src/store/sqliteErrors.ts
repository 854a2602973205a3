import { StorageFullError } from '../errors.js';

/**
 * A write's failure as the port reports it: SQLite's SQLITE_FULL (a full disk, which SQLite
 * reports for ENOSPC, or the connection's `max_page_count`) becomes a StorageFullError; anything
 * else is returned as it is. SQLite has rolled the transaction back by then: nothing was stored.
 */
export function writeErrorOf(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_FULL'
    ? new StorageFullError()
    : error;
}
