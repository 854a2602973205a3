import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteEventStore, startServer } from '@kroniek/service';
import type { RunningServer } from '@kroniek/service';
import { REPO } from '../support/app.js';
import { EVENTS_DIR } from '../support/letterLog.js';
import { randomLog } from './readmodel/randomLog.js';

const dir = mkdtempSync(join(tmpdir(), 'kroniek-server-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const clock = () => new Date(Date.UTC(2026, 2, 1, 12));

/** A server on `db` whose JSON log lines are collected. */
async function serve(db: string, snapshot?: boolean) {
  const lines: Record<string, unknown>[] = [];
  const server: RunningServer = await startServer({
    dbPath: db,
    eventsDir: EVENTS_DIR,
    port: 0,
    token: 'snapshot-test-token',
    clock,
    log: (line) => lines.push(JSON.parse(line) as Record<string, unknown>),
    ...(snapshot === undefined ? {} : { snapshot }),
  });
  const msgs = () => lines.map((l) => l.msg);
  return { server, lines, msgs };
}

/** What a client sees: a few replays of the timeline, a chart and the subjects. */
async function views(url: string): Promise<unknown[]> {
  const paths = [
    '/api/timeline?limit=500',
    '/api/timeline?limit=500&asOf=2021-06-01&knownBy=2021-01-01',
    '/api/charts/money-cumulative?asOf=2024-01-01',
    '/api/subjects?asOf=2023-01-01',
  ];
  return Promise.all(paths.map(async (p) => (await fetch(`${url}${p}`)).json()));
}

describe('the server keeps a snapshot of its read model beside the store', () => {
  const db = join(dir, 'kroniek.db');
  const file = `${db}.readmodel`;

  it('saves one when closed, restores it at the next start and folds only the tail', async () => {
    const first = await serve(db);
    await first.server.close();
    expect(existsSync(file)).toBe(true);
    expect(first.msgs()).toContain('read-model snapshot saved');
    const saved = first.lines.find((l) => l.msg === 'read-model snapshot saved')!;

    // Another writer (the CLI) appends while the server is down: the tail after the snapshot.
    const store = createSqliteEventStore({ path: db, clock });
    for (const e of randomLog(5, 120))
      await store.append(e.subject, [{ id: e.id, type: e.type, data: e }]);
    const head = await store.head();
    await store.close();

    const warm = await serve(db);
    try {
      const restored = warm.lines.find((l) => l.msg === 'read-model snapshot restored');
      expect(restored?.position).toBe(saved.position);
      const ready = (await (await fetch(`${warm.server.url}/readyz`)).json()) as {
        position: number;
      };
      expect(ready.position).toBe(head);
      const cold = await serve(join(dir, 'kroniek.db'), false);
      try {
        expect(cold.msgs()).not.toContain('read-model snapshot restored');
        expect(await views(warm.server.url)).toEqual(await views(cold.server.url));
      } finally {
        await cold.server.close();
      }
    } finally {
      await warm.server.close();
    }
  });

  it('ignores a corrupt one with one log line, and answers from a full fold', async () => {
    const bytes = readFileSync(file);
    bytes[bytes.length - 10]! ^= 0xff;
    writeFileSync(file, bytes);
    const again = await serve(db);
    try {
      const ignored = again.lines.filter((l) => l.msg === 'read-model snapshot ignored');
      expect(ignored).toHaveLength(1);
      expect(ignored[0]!.reason).toMatch(/checksum/);
      const cold = await serve(db, false);
      try {
        expect(await views(again.server.url)).toEqual(await views(cold.server.url));
      } finally {
        await cold.server.close();
      }
    } finally {
      await again.server.close();
    }
    // Closing wrote a good one again.
    const next = await serve(db);
    await next.server.close();
    expect(next.msgs()).toContain('read-model snapshot restored');
  });

  it('writes none when turned off', async () => {
    const off = join(dir, 'off.db');
    const s = await serve(off, false);
    await s.server.close();
    expect(existsSync(`${off}.readmodel`)).toBe(false);
  });

  it('kroniek serve saves one on SIGTERM', async () => {
    const served = join(dir, 'served.db');
    // `node --import tsx` as the bench runs it: the tsx wrapper would SIGKILL a child that
    // does not report a signal within 30 ms, which a loaded machine does not always manage.
    const child = spawn(process.execPath, ['--import', 'tsx', 'service/src/cli.ts', 'serve'], {
      cwd: REPO,
      env: { ...process.env, PORT: '0', KRONIEK_DB: served, KRONIEK_TOKEN: 'signal-token' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
    await new Promise<void>((ok, fail) => {
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString('utf8');
        if (out.includes('kroniek is listening')) ok();
      });
      void exited.then(() => fail(new Error(`serve exited early:\n${out}`)));
    });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('kroniek is stopping');
    expect(existsSync(`${served}.readmodel`)).toBe(true);
  }, 60_000);
});
