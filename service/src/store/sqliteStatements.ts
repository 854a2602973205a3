import type Database from 'better-sqlite3';
import type { FoldRow, StoredEvent } from './eventStore.js';
import { CHAIN_ROW_COLUMNS, GENESIS_HASH } from './chain.js';
import type { ChainRow } from './chain.js';

/** A row of the events table, as SQLite returns it. */
export interface Row {
  position: number;
  stream: string;
  revision: number;
  id: string;
  type: string;
  data: string;
  metadata: string;
  recorded_at: string;
  hash: string;
}

/** The log's last position and the hash stored there (0 and GENESIS_HASH when empty). */
export interface Head {
  position: number;
  hash: string;
}

type InsertArgs = [number, string, number, string, string, string, string, string, string];

type Statement<P extends unknown[], R = unknown> = Database.Statement<P, R>;

/** The prepared statements of one SQLite store (see prepareStatements). */
export interface Statements {
  head: Statement<[], Head>;
  revision: Statement<[string], { revision: number | null }>;
  byId: Statement<[string], Row>;
  stream: Statement<[string], Row>;
  byPosition: Statement<[number], Row>;
  hashAt: Statement<[number], string>;
  foldPage: Statement<[number, number], FoldRow>;
  page: Statement<[number, number], Row>;
  /** rows as the hash chain covers them, positionally (see ChainRow) */
  chainPage: Statement<[number, number], ChainRow>;
  insertNewId: Statement<InsertArgs>;
  dataVersion: Statement<[], number>;
}

/** Prepares every SQL statement a SQLite store runs on its events. */
export function prepareStatements(db: Database.Database): Statements {
  return {
    head: db.prepare<[], Head>('SELECT position, hash FROM events ORDER BY position DESC LIMIT 1'),
    revision: db.prepare<[string], { revision: number | null }>(
      'SELECT MAX(revision) AS revision FROM events WHERE stream = ?',
    ),
    byId: db.prepare<[string], Row>('SELECT * FROM events WHERE id = ?'),
    stream: db.prepare<[string], Row>('SELECT * FROM events WHERE stream = ? ORDER BY revision'),
    byPosition: db.prepare<[number], Row>('SELECT * FROM events WHERE position = ?'),
    hashAt: db.prepare<[number], string>('SELECT hash FROM events WHERE position = ?').pluck(),
    // Named as FoldRow's fields, so the rows are returned as they come (no second object each).
    foldPage: db.prepare<[number, number], FoldRow>(
      'SELECT position, recorded_at AS recordedAt, data AS json FROM events WHERE position > ? ORDER BY position LIMIT ?',
    ),
    page: db.prepare<[number, number], Row>(
      'SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?',
    ),
    chainPage: db
      .prepare<[number, number], ChainRow>(
        `SELECT ${CHAIN_ROW_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`,
      )
      .raw(),
    // An id stored already is found by the unique index during the insert instead of by a
    // probe before every insert (see sqliteWrite.ts).
    insertNewId: db.prepare<InsertArgs>(
      `INSERT INTO events (position, stream, revision, id, type, data, metadata, recorded_at, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    ),
    // Bumped by every commit of another connection (a second process, the CLI), never by ours.
    dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
  };
}

/** The head of the log as it is in the file now. */
export function readHead(sql: Statements): Head {
  return sql.head.get() ?? { position: 0, hash: GENESIS_HASH };
}

/** A row as the port's StoredEvent, its data and metadata parsed. */
export function toStored(row: Row): StoredEvent {
  return {
    position: row.position,
    stream: row.stream,
    revision: row.revision,
    id: row.id,
    type: row.type,
    data: JSON.parse(row.data) as unknown,
    metadata: JSON.parse(row.metadata) as Record<string, unknown>,
    recordedAt: row.recorded_at,
    hash: row.hash,
  };
}
