import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { KroniekError, NotFoundError } from '../errors.js';
import { createSqliteEventStore } from './sqlite.js';

/** 409: a backup or restore that would overwrite something, or a store that is still in use. */
export class BackupRefusedError extends KroniekError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(409, 'Backup refused', message, details);
  }
}

/** 422: a copy whose hash chain does not verify; it is never put in place. */
export class BrokenBackupError extends KroniekError {
  constructor(path: string, reason: string) {
    super(422, 'Broken backup', `${path} does not verify: ${reason}`, { path, reason });
  }
}

export interface BackupOptions {
  /** The live store file. */
  from: string;
  /** Where the copy goes; must not exist yet. */
  to: string;
}

export interface RestoreOptions {
  /** A backup made by {@link backupSqliteStore} (or any kroniek store file). */
  from: string;
  /** The store file to restore into. */
  to: string;
  /** Replace a store that holds events; the old file is moved aside, never deleted. */
  force?: boolean;
  /** Names the moved-aside file. */
  clock: () => Date;
}

export interface CopyReport {
  /** The file written. */
  path: string;
  /** Events in the copy, all verified by the hash chain. */
  events: number;
  /** Where a replaced store was moved (restore --force only). */
  replaced?: string;
}

/**
 * Takes a consistent online copy of a store file while other processes keep appending to it.
 * `VACUUM INTO` copies one read snapshot (WAL readers never block writers), so the copy holds a
 * prefix of the log that ends at a committed batch. The copy is verified before it gets its name.
 */
export async function backupSqliteStore(options: BackupOptions): Promise<CopyReport> {
  if (existsSync(options.to)) {
    throw new BackupRefusedError(`${options.to} exists already; choose a new file`, {
      path: options.to,
    });
  }
  const partial = partialName(options.to);
  try {
    snapshotInto(options.from, partial);
    const events = await verifyFile(partial);
    putInPlace(partial, options.to);
    return { path: options.to, events };
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * Puts a verified copy of a backup in place as the store file. Refuses to replace a store that
 * holds events unless `force`; a replaced store is moved aside. The service must be stopped:
 * a store whose write-ahead log is still present after closing is taken to be in use.
 */
export async function restoreSqliteStore(options: RestoreOptions): Promise<CopyReport> {
  const present = existsSync(options.to) ? countEvents(options.to) : null;
  if (present !== null && present !== 0 && !options.force) {
    throw new BackupRefusedError(
      `${options.to} ${present === undefined ? 'is not a kroniek store' : `holds ${present} event(s)`}; use --force to replace it`,
      { path: options.to },
    );
  }
  const partial = partialName(options.to);
  try {
    snapshotInto(options.from, partial);
    const events = await verifyFile(partial);
    let replaced: string | undefined;
    if (existsSync(options.to)) {
      if (countEvents(options.to) === 0) rmSync(options.to);
      else {
        const stamp = options.clock().toISOString().replace(/[:.]/g, '-');
        replaced = `${options.to}.replaced-${stamp}`;
        renameSync(options.to, replaced);
      }
    }
    putInPlace(partial, options.to);
    return { path: options.to, events, ...(replaced ? { replaced } : {}) };
  } finally {
    rmSync(partial, { force: true });
  }
}

const partialName = (path: string) => `${path}.${process.pid}.partial`;

/** Opens a kroniek store file; throws when it is missing or not a kroniek store. */
function openStoreFile(path: string, readonly: boolean): Database.Database {
  if (!existsSync(path)) throw new NotFoundError('store', path);
  const db = new Database(path, { readonly, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'events'")
      .get();
    if (!table) throw new BackupRefusedError(`${path} is not a kroniek store`, { path });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Events in a store file, or undefined for a file that is not a kroniek store. Also checks that
 * no other connection has it open: the last read-write connection to close checkpoints and
 * removes the write-ahead log (one left by a crash included), so a log that stays means another.
 */
function countEvents(path: string): number | undefined {
  let db: Database.Database;
  try {
    db = openStoreFile(path, false);
  } catch {
    return undefined;
  }
  const { n } = db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number };
  db.close();
  if (existsSync(`${path}-wal`)) {
    throw new BackupRefusedError(`${path} is in use; stop the service first`, { path });
  }
  return n;
}

function snapshotInto(from: string, to: string): void {
  // Read-only: the live store is never touched by a backup.
  const db = openStoreFile(from, true);
  try {
    db.prepare('VACUUM INTO ?').run(to);
  } finally {
    db.close();
  }
}

/** Recomputes the copy's hash chain with the store's own verify. */
async function verifyFile(path: string): Promise<number> {
  // Verification only reads, so the clock is never asked.
  const store = createSqliteEventStore({ path, clock: () => new Date(0) });
  try {
    const result = await store.verify();
    if (!result.ok) throw new BrokenBackupError(path, `${result.reason} at ${result.brokenAt}`);
    const head = await store.head();
    if (result.checked !== head) throw new BrokenBackupError(path, 'events beyond the chain');
    return head;
  } finally {
    await store.close();
  }
}

/** Makes the copy durable, then gives it its name in one atomic rename. */
function putInPlace(partial: string, to: string): void {
  fsyncPath(partial);
  renameSync(partial, to);
  fsyncPath(dirname(to));
}

function fsyncPath(path: string): void {
  const fd = openSync(path, statSync(path).isDirectory() ? 'r' : 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
