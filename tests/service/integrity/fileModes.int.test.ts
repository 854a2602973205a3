import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../../support/app.js';

// The store and everything beside it holds the record and its secrets: created for the owner
// alone (0600) whatever the umask of the process that creates them.
const dir = mkdtempSync(join(tmpdir(), 'kroniek-modes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);
const onPosix = process.platform !== 'win32';

/** `kroniek serve` on `db` under `umask 000`, as its own process. */
function serveUnderUmask0(db: string) {
  const child = spawn(
    'sh',
    ['-c', `umask 000 && exec "${process.execPath}" --import tsx service/src/cli.ts serve`],
    {
      cwd: REPO,
      env: { ...process.env, PORT: '0', KRONIEK_DB: db, KRONIEK_TOKEN: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (b: Buffer) => (output += b.toString('utf8')));
  child.stderr.on('data', (b: Buffer) => (output += b.toString('utf8')));
  const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
  return { child, exited, output: () => output };
}

describe.runIf(onPosix)('files the service creates', { timeout: 90_000 }, () => {
  it('the database, its WAL and shm, the snapshot, token, key and anchor are 0600 under umask 000', async () => {
    const db = join(dir, 'fresh', 'kroniek.db');
    const served = serveUnderUmask0(db);
    const files = ['', '-wal', '-shm', '.token', '.key', '.anchor', '.readmodel'].map(
      (suffix) => db + suffix,
    );
    try {
      // The snapshot is saved a second after a cold start; the anchor after the seed's commit.
      for (let i = 0; i < 300 && !files.every((f) => existsSync(f)); i++) {
        if (served.child.exitCode !== null) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(served.output()).toContain('kroniek is listening');
      expect(Object.fromEntries(files.map((f) => [f.slice(db.length) || 'db', modeOf(f)]))).toEqual(
        {
          db: '600',
          '-wal': '600',
          '-shm': '600',
          '.token': '600',
          '.key': '600',
          '.anchor': '600',
          '.readmodel': '600',
        },
      );
    } finally {
      served.child.kill('SIGTERM');
      await served.exited;
    }
    // Rewritten at the stop: still the owner's only.
    expect(modeOf(`${db}.readmodel`)).toBe('600');
    expect(modeOf(`${db}.anchor`)).toBe('600');
  });

  it('refuses a token file that its group or others may read, saying how to fix it', async () => {
    const db = join(dir, 'open-token', 'kroniek.db');
    mkdirSync(join(dir, 'open-token'), { recursive: true });
    writeFileSync(`${db}.token`, 'a-token-that-others-can-read\n');
    chmodSync(`${db}.token`, 0o644);
    const served = serveUnderUmask0(db);
    // A service that starts anyway is stopped, so the test fails instead of hanging.
    const timer = setTimeout(() => served.child.kill('SIGTERM'), 45_000);
    const code = await served.exited;
    clearTimeout(timer);
    expect(code).toBe(1);
    expect(served.output()).toContain(
      `kroniek: ${db}.token may be read by its group or others (mode 644); run \`chmod 600 ${db}.token\``,
    );
    expect(served.output()).not.toContain('kroniek is listening');
  });
});
