import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../support/app.js';
import { startServerProcess } from '../support/server.js';

/** The environment of a first-time user: no token configured, no snapshot to save. */
function envFor(db: string, port: string): Record<string, string | undefined> {
  return { KRONIEK_DB: db, PORT: port, KRONIEK_TOKEN: undefined, KRONIEK_SNAPSHOT: 'false' };
}

function serveOnce(env: Record<string, string | undefined>) {
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...env }))
    if (v !== undefined) childEnv[k] = v;
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      join(REPO, 'node_modules/.bin/tsx'),
      ['service/src/cli.ts', 'serve'],
      { cwd: REPO, env: childEnv, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? ((error as { code?: number }).code ?? null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('kroniek serve at start-up', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'kroniek-start-'));
  let taken: Server;
  let takenPort: number;

  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((ok) => taken.listen(0, '127.0.0.1', ok));
    takenPort = (taken.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((ok) => taken.close(() => ok()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('on a port in use prints one line, exits 1 and makes no token', async () => {
    const db = join(dir, 'busy.db');
    const run = await serveOnce(envFor(db, String(takenPort)));
    expect(run.code).toBe(1);
    const lines = `${run.stdout}${run.stderr}`.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`port ${takenPort} is in use; set PORT`);
    expect(existsSync(`${db}.token`)).toBe(false);
  });

  it('shows a generated token once, then only where it is kept', async () => {
    const db = join(dir, 'fresh.db');
    const tokenFile = `${db}.token`;
    const first = await startServerProcess(envFor(db, '0'));
    await first.stop();
    const token = readFileSync(tokenFile, 'utf8').trim();
    expect(token.length).toBeGreaterThan(20);
    const firstOut = first.lines.join('\n');
    expect(first.lines).toContain(`kroniek is ready at ${first.url}`);
    expect(firstOut).toContain(token);
    expect(firstOut).toContain(tokenFile);

    const second = await startServerProcess(envFor(db, '0'));
    await second.stop();
    expect(second.lines).toContain(`kroniek is ready at ${second.url}`);
    const secondOut = second.lines.join('\n');
    expect(secondOut).not.toContain(token);
    expect(secondOut).toContain(tokenFile);
    expect(readFileSync(tokenFile, 'utf8').trim()).toBe(token);
  });
});
