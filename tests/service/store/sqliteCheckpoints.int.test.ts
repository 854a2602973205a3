import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteEventStore } from '@kroniek/service';
import { T0, testEvent } from '../../support/storeContract.js';

const dir = mkdtempSync(join(tmpdir(), 'kroniek-checkpoints-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sizeOf = (path: string) => (existsSync(path) ? statSync(path).size : 0);

/** Appends `count` events of ~2 KB, ten per append, far below SQLite's own 1,000-page threshold. */
async function appendSome(store: ReturnType<typeof createSqliteEventStore>, from: number) {
  for (let i = 0; i < 10; i++) {
    const events = Array.from({ length: 10 }, (_, j) =>
      testEvent(from + i * 10 + j, { text: 'x'.repeat(2000) }),
    );
    await store.append('s', events);
  }
}

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

describe('WAL checkpoints of the SQLite store', () => {
  it('in the background: a worker copies the WAL into the file; commits do not', async () => {
    const path = join(dir, 'background.db');
    const store = createSqliteEventStore({
      path,
      clock: () => new Date(T0),
      checkpointInBackground: true,
    });
    await appendSome(store, 1);
    const before = sizeOf(path);
    // ~100 pages: a commit would not checkpoint yet, so only the worker can grow the file.
    expect(await until(() => sizeOf(path) > before + 100_000, 5000)).toBe(true);
    expect(sizeOf(`${path}-wal`)).toBeGreaterThan(0);
    await store.close();
    // The last connection's close checkpoints the rest and removes the WAL.
    expect(sizeOf(`${path}-wal`)).toBe(0);
    const reopened = createSqliteEventStore({ path, clock: () => new Date(T0) });
    try {
      expect(await reopened.verify()).toEqual({ ok: true, checked: 100 });
    } finally {
      await reopened.close();
    }
  });

  it('by default in the commits, as SQLite does: a small log stays in the WAL', async () => {
    const path = join(dir, 'inline.db');
    const store = createSqliteEventStore({ path, clock: () => new Date(T0) });
    try {
      await appendSome(store, 1);
      const before = sizeOf(path);
      expect(await until(() => sizeOf(path) > before + 100_000, 600)).toBe(false);
    } finally {
      await store.close();
    }
  });
});
