import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { createSqliteEventStore } from '../../service/src/store/sqlite.js';
import { report, scratchPath, workloadArgs } from './common.js';

interface Row {
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

/**
 * The limit beside the bulk import: raw better-sqlite3 inserts of the very rows the import
 * stored, 1,000 per transaction, into a fresh file with the store's own schema and indexes.
 * Rows are read from the reference store page by page; only the inserts are timed.
 */
const { files } = workloadArgs();
const target = scratchPath('raw');
for (const f of [target, `${target}-wal`, `${target}-shm`]) rmSync(f, { force: true });
// The store creates the schema (table, indexes, triggers) exactly as kroniek uses it.
await createSqliteEventStore({ path: target, clock: () => new Date(0) }).close();

const from = new Database(files.db, { readonly: true });
const to = new Database(target);
to.pragma('journal_mode = WAL');
to.pragma('synchronous = NORMAL');
const page = from.prepare<[number], Row>(
  'SELECT * FROM events WHERE position > ? ORDER BY position LIMIT 1000',
);
const insert = to.prepare<[number, string, number, string, string, string, string, string, string]>(
  `INSERT INTO events (position, stream, revision, id, type, data, metadata, recorded_at, hash)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
const insertPage = to.transaction((rows: Row[]) => {
  for (const r of rows)
    insert.run(
      r.position,
      r.stream,
      r.revision,
      r.id,
      r.type,
      r.data,
      r.metadata,
      r.recorded_at,
      r.hash,
    );
});
let after = 0;
let events = 0;
let ms = 0;
for (;;) {
  const rows = page.all(after);
  if (rows.length === 0) break;
  const t0 = performance.now();
  insertPage(rows);
  ms += performance.now() - t0;
  events += rows.length;
  after = rows[rows.length - 1]!.position;
}
from.close();
to.close();
for (const f of [target, `${target}-wal`, `${target}-shm`]) rmSync(f, { force: true });
report({ events, ms, eventsPerSec: (events / ms) * 1000 });
