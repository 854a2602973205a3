import Database from 'better-sqlite3';
import type { FoldReader, FoldRow, ThreadLogSource } from './eventStore.js';

/**
 * A SQLite store's log as another thread reads it (EventStore.threadLog): this module's URL and
 * the file's path. The thread imports this module and calls openFoldReader.
 */
export function sqliteThreadLog(path: string): ThreadLogSource {
  return { module: import.meta.url, arg: path };
}

/**
 * Opens a store file read-only for a fold in another thread: pages of position, recordedAt and
 * the event's JSON text (the same rows as the store's readFoldPage), on a connection of its own.
 */
export function openFoldReader(path: string): FoldReader {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const page = db.prepare<[number, number], FoldRow>(
      'SELECT position, recorded_at AS recordedAt, data AS json FROM events WHERE position > ? ORDER BY position LIMIT ?',
    );
    return { page: (after, limit) => page.all(after, limit), close: () => db.close() };
  } catch (error) {
    db.close();
    throw error;
  }
}
