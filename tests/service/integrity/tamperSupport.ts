import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import type { KroniekEvent } from '@kroniek/events';
import { chainHash, createSqliteEventStore, GENESIS_HASH, startServer } from '@kroniek/service';
import type { RunningServer, StartServerOptions } from '@kroniek/service';
import { createAnchorWriter } from '../../../service/src/integrity/anchor.js';
import { EVENTS_DIR } from '../../support/letterLog.js';

export const TOKEN = 'tamper-test-token-0123456789';
export const clock = () => new Date(Date.UTC(2026, 2, 1, 12));

/** The files a store keeps beside itself. */
const SIDECARS = ['', '-wal', '.anchor', '.key', '.readmodel', '.token'];

/** A copy of a store file and everything beside it, in a folder of its own. */
export function copyStore(db: string, folder: string): string {
  mkdirSync(folder, { recursive: true });
  const to = join(folder, basename(db));
  for (const suffix of SIDECARS)
    if (existsSync(db + suffix)) copyFileSync(db + suffix, to + suffix);
  return to;
}

/** A server on `db` (the seed of the repository), its JSON log lines collected. */
export async function serve(db: string, more: Partial<StartServerOptions> = {}) {
  const lines: Record<string, unknown>[] = [];
  const server: RunningServer = await startServer({
    dbPath: db,
    eventsDir: EVENTS_DIR,
    port: 0,
    token: TOKEN,
    clock,
    log: (line) => lines.push(JSON.parse(line) as Record<string, unknown>),
    ...more,
  });
  return { server, lines };
}

/** Appends as `kroniek import` does: through the store, the head anchor kept beside it. */
export async function appendWithAnchor(db: string, events: KroniekEvent[]): Promise<void> {
  const anchor = createAnchorWriter({ path: `${db}.anchor`, dbPath: db });
  const store = createSqliteEventStore({
    path: db,
    clock,
    onCommitted: (commit) => anchor.record(commit.to),
  });
  for (const e of events) await store.append(e.subject, [{ id: e.id, type: e.type, data: e }]);
  await anchor.flush();
  await store.close();
}

/** What an attacker with the file does, on a connection of its own (the triggers dropped). */
export function tamper<T>(db: string, act: (raw: Database.Database) => T): T {
  const raw = new Database(db);
  try {
    raw.exec('DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete;');
    return act(raw);
  } finally {
    raw.close();
  }
}

export const headOf = (raw: Database.Database) =>
  raw.prepare('SELECT position, hash FROM events ORDER BY position DESC LIMIT 1').get() as
    { position: number; hash: string } | undefined;

/** Changes the title in the data of the event at `position` (the JSON still parses). */
export const editTitle = (raw: Database.Database, position: number) =>
  raw
    .prepare(
      `UPDATE events SET data = replace(data, '"title":"', '"title":"Vervalst: ') WHERE position = ?`,
    )
    .run(position).changes;

/**
 * Replaces the data of the event at `position` with `edit(data)` and recomputes its hash and every
 * later one, so the chain holds again; returns the new head.
 */
export function rewriteFrom(
  raw: Database.Database,
  position: number,
  edit: (data: string) => string,
): { position: number; hash: string } {
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
  const rows = raw
    .prepare('SELECT * FROM events WHERE position >= ? ORDER BY position')
    .all(position) as Row[];
  let previous =
    (raw
      .prepare('SELECT hash FROM events WHERE position = ?')
      .pluck()
      .get(position - 1) as string | undefined) ?? GENESIS_HASH;
  const update = raw.prepare('UPDATE events SET data = ?, hash = ? WHERE position = ?');
  raw.transaction(() => {
    for (const row of rows) {
      const data = row.position === position ? edit(row.data) : row.data;
      const hash = chainHash({ ...row, data, recordedAt: row.recorded_at, previousHash: previous });
      update.run(data, hash, row.position);
      previous = hash;
    }
  })();
  return { position: rows.at(-1)!.position, hash: previous };
}

/** Polls `/readyz` until `done` holds for its body (or `ms` passed). */
export async function readyWhen(
  url: string,
  done: (body: Record<string, unknown>, status: number) => boolean,
  ms = 60_000,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const until = Date.now() + ms;
  for (;;) {
    const res = await fetch(`${url}/readyz`);
    const body = (await res.json()) as Record<string, unknown>;
    if (done(body, res.status) || Date.now() > until) return { status: res.status, body };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
