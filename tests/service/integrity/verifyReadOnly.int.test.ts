import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteEventStore } from '@kroniek/service';
import { kroniek } from '../../support/cli.js';
import { randomLog } from '../readmodel/randomLog.js';

// `kroniek verify` checks a store and must leave it exactly as it found it: read-only, never
// creating a file, migrating a schema or re-arming the triggers someone dropped.
const dir = mkdtempSync(join(tmpdir(), 'kroniek-verify-ro-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const schemaOf = (db: string) => {
  const raw = new Database(db, { readonly: true });
  try {
    return raw.prepare('SELECT type, name FROM sqlite_master ORDER BY name').all() as {
      type: string;
      name: string;
    }[];
  } finally {
    raw.close();
  }
};

let db: string;
beforeAll(async () => {
  db = join(dir, 'kroniek.db');
  const store = createSqliteEventStore({ path: db, clock: () => new Date(Date.UTC(2026, 2, 1)) });
  for (const e of randomLog(3, 20))
    await store.append(e.subject, [{ id: e.id, type: e.type, data: e }]);
  await store.close();
});

describe('kroniek verify', { timeout: 60_000 }, () => {
  it('fails on a missing file with a clear message, and creates nothing', async () => {
    const missing = join(dir, 'nothing-here.db');
    const run = await kroniek(['verify', '--db', missing]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`kroniek: no store at ${missing}`);
    expect(run.stdout).not.toContain('ok');
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(`${missing}-wal`)).toBe(false);
  });

  it('fails on a file that is not a kroniek store, and leaves it alone', async () => {
    const other = join(dir, 'other.db');
    const raw = new Database(other);
    raw.exec('CREATE TABLE notes (text TEXT)');
    raw.close();
    const before = sha256(other);
    const run = await kroniek(['verify', '--db', other]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${other} is not a kroniek store`);
    expect(sha256(other)).toBe(before);
    expect(schemaOf(other).map((o) => o.name)).toEqual(['notes']);
  });

  it('never re-creates the triggers someone dropped, nor migrates, nor writes the file', async () => {
    const raw = new Database(db);
    raw.exec('DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete; DROP INDEX events_id;');
    raw.close();
    const schema = schemaOf(db);
    expect(schema.map((o) => o.name)).not.toContain('events_no_update');
    const before = sha256(db);
    const run = await kroniek(['verify', '--db', db]);
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toContain('ok: 20 event(s), hash chain intact');
    expect(schemaOf(db)).toEqual(schema);
    expect(sha256(db)).toBe(before);
  });

  it('rejects a malformed --expect-head as a usage error', async () => {
    const run = await kroniek(['verify', '--db', db, '--expect-head', '20:abc']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--expect-head must be POSITION:HASH');
  });
});
