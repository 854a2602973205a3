import type { Database } from 'better-sqlite3';

/**
 * The log table. `position` is the rowid (INTEGER PRIMARY KEY) and is assigned by the
 * store as head + 1, never reused because rows are never deleted. Data and metadata are
 * canonical JSON text.
 */
const DDL = `
CREATE TABLE IF NOT EXISTS events (
  position    INTEGER PRIMARY KEY,
  stream      TEXT    NOT NULL,
  revision    INTEGER NOT NULL,
  id          TEXT    NOT NULL,
  type        TEXT    NOT NULL,
  data        TEXT    NOT NULL,
  metadata    TEXT    NOT NULL,
  recorded_at TEXT    NOT NULL,
  hash        TEXT    NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS events_stream_revision ON events (stream, revision);
CREATE UNIQUE INDEX IF NOT EXISTS events_id ON events (id);

-- Immutability lives in the database itself, so it holds for any client, a SQL shell too.
CREATE TRIGGER IF NOT EXISTS events_no_update BEFORE UPDATE ON events
BEGIN
  SELECT RAISE(ABORT, 'kroniek: events are immutable; record a correction instead');
END;
CREATE TRIGGER IF NOT EXISTS events_no_delete BEFORE DELETE ON events
BEGIN
  SELECT RAISE(ABORT, 'kroniek: events are immutable; record a retraction instead');
END;
`;

/**
 * Prepares a connection: WAL so readers never block the writer, NORMAL sync (safe with
 * WAL: an OS crash may lose the last commits, never corrupt the file), a busy timeout so
 * the CLI and a running server can share the file, and the schema.
 */
export function migrate(db: Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(DDL);
}
