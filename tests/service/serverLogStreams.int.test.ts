import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from '../support/server.js';

const dir = mkdtempSync(join(tmpdir(), 'kroniek-log-streams-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const parsed = (lines: string[]) =>
  lines.flatMap((l) => {
    try {
      return [JSON.parse(l) as { level?: string; msg?: string }];
    } catch {
      return [];
    }
  });

describe('the log of `kroniek serve`', () => {
  it(
    'writes error- and warn-level lines to stderr and info lines to stdout',
    { timeout: 60_000 },
    async () => {
      const db = join(dir, 'kroniek.db');
      // A folder where the read-model snapshot goes: saving it fails, an error-level line.
      mkdirSync(`${db}.readmodel`);
      const server = await startServerProcess({ KRONIEK_DB: db, KRONIEK_TOKEN: undefined });
      // The first save runs ~1 s after start-up; wait for its failure before stopping (a stop
      // under load may end the process before the save at close is logged).
      const notSaved = () =>
        parsed(server.streams.stderr).some((l) => l.msg === 'read-model snapshot not saved');
      for (let waited = 0; !notSaved() && waited < 20_000; waited += 100)
        await new Promise((ok) => setTimeout(ok, 100));
      await server.stop();
      const out = parsed(server.streams.stdout);
      const err = parsed(server.streams.stderr);
      expect(err.map((l) => [l.level, l.msg])).toContainEqual([
        'error',
        'read-model snapshot not saved',
      ]);
      // Warnings (e.g. an ignored snapshot) go to stderr too; stdout holds only info lines.
      expect(err.filter((l) => l.level !== 'error' && l.level !== 'warn')).toEqual([]);
      expect(out.length).toBeGreaterThan(0);
      expect(out.filter((l) => l.level === 'error' || l.level === 'warn')).toEqual([]);
      expect(out.map((l) => l.msg)).toContain('kroniek is listening');
    },
  );
});
