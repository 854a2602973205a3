import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { KroniekError } from '../errors.js';
import { CHAIN_ROW_COLUMNS } from './chain.js';
import type { ChainRow } from './chain.js';

/** 404: a store file that is not there, or is not a kroniek store; nothing is created. */
export class StoreFileError extends KroniekError {
  constructor(message: string, path: string) {
    super(404, 'No store', message, { path });
  }
}

/** A store file opened read-only for checks: no schema changes, no writes, no triggers made. */
export interface ReadOnlyLog {
  /** The last position and its row's hash and recordedAt; position 0 for an empty log. */
  head(): { position: number; hash: string | null; recordedAt: string | null };
  hashAt(position: number): string | null;
  /** Rows after `after`, in position order, as the chain covers them. */
  page(after: number, limit: number): ChainRow[];
  close(): void;
}

/**
 * Opens an existing store file read-only (SQLite's read-only mode: the file, its schema and its
 * triggers stay as they are; SQLite may create the `-wal` and `-shm` files a WAL database is
 * read through). A missing file, or one without the events table, is a StoreFileError.
 */
export function openReadOnlyLog(path: string): ReadOnlyLog {
  if (!existsSync(path))
    throw new StoreFileError(`no store at ${path} (nothing was created)`, path);
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'events'")
      .get();
    if (!table) throw new StoreFileError(`${path} is not a kroniek store`, path);
  } catch (error) {
    db.close();
    throw error;
  }
  const sql = {
    head: db.prepare<[], { position: number; hash: string; recordedAt: string }>(
      'SELECT position, hash, recorded_at AS recordedAt FROM events ORDER BY position DESC LIMIT 1',
    ),
    hashAt: db.prepare<[number], string>('SELECT hash FROM events WHERE position = ?').pluck(),
    page: db
      .prepare<[number, number], ChainRow>(
        `SELECT ${CHAIN_ROW_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`,
      )
      .raw(),
  };
  return {
    head: () => sql.head.get() ?? { position: 0, hash: null, recordedAt: null },
    hashAt: (position) => sql.hashAt.get(position) ?? null,
    page: (after, limit) => sql.page.all(after, limit),
    close: () => db.close(),
  };
}
