import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupRefusedError, backupSqliteStore, restoreSqliteStore } from '@kroniek/service';
import type { StoredEvent } from '@kroniek/service';
import { REPO } from '../../support/app.js';
import { bundleChildScript, sleep, startChild } from '../../support/childScript.js';
import type { Child } from '../../support/childScript.js';
import { checkNewEvents, createLogState, openForCheck } from '../../support/logChecks.js';

const dir = mkdtempSync(join(tmpdir(), 'kroniek-backup-'));
const db = join(dir, 'live.db');
const FIXED = () => new Date('2025-07-01T10:00:00.000Z');
let writer: string;

/** Runs the real CLI (tsx service/src/cli.ts ...) and returns its exit code and stderr. */
async function kroniek(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await promisify(execFile)(
      join(REPO, 'node_modules/.bin/tsx'),
      ['service/src/cli.ts', ...args],
      { cwd: REPO },
    );
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { code: failed.code ?? -1, stderr: failed.stderr ?? String(error) };
  }
}

/** The whole log of a store file, checked to verify and to hold whole batches only. */
async function readLog(path: string): Promise<StoredEvent[]> {
  const store = openForCheck(path);
  try {
    const head = await store.head();
    expect(await store.verify(), path).toEqual({ ok: true, checked: head });
    await checkNewEvents(store, createLogState());
    const events: StoredEvent[] = [];
    for await (const e of store.streamAll({ limit: 1000 })) events.push(e);
    return events;
  } finally {
    await store.close();
  }
}

const identity = (events: StoredEvent[]) =>
  events.map((e) => [e.position, e.stream, e.revision, e.id, e.hash]);

beforeAll(async () => {
  writer = await bundleChildScript('tests/support/crashWriter.ts');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (writer) rmSync(writer, { force: true });
});

describe('backups of a store that is being written to', () => {
  const backups: string[] = [];
  let finalLog: StoredEvent[] = [];

  it('kroniek backup takes verified copies whose logs are prefixes of the final log', async () => {
    const started = performance.now();
    const child: Child = startChild(writer, [db, join(dir, 'live.ack')]);
    try {
      await child.waitFor((l) => l.startsWith('ready'));
      await sleep(300);
      const cli = join(dir, 'cli.backup.db');
      const viaCli = kroniek('backup', cli, '--db', db);
      for (let i = 0; i < 3; i++) {
        const to = join(dir, `backup-${i}.db`);
        const report = await backupSqliteStore({ from: db, to });
        expect(report.events).toBeGreaterThan(0);
        backups.push(to);
        await sleep(200);
      }
      const { code, stderr } = await viaCli;
      expect(code, stderr).toBe(0);
      expect(stderr).toMatch(/backed up \d+ event\(s\) to .*cli\.backup\.db; hash chain verified/);
      backups.push(cli);
      expect(child.process.exitCode, `the writer kept writing:\n${child.stderr()}`).toBeNull();
    } finally {
      child.process.kill('SIGKILL');
      await child.exited;
    }
    finalLog = await readLog(db);
    const sizes: number[] = [];
    for (const backup of backups) {
      const log = await readLog(backup);
      sizes.push(log.length);
      expect(log.length).toBeGreaterThan(0);
      expect(identity(log)).toEqual(identity(finalLog.slice(0, log.length)));
      expect(log).toEqual(finalLog.slice(0, log.length));
    }
    // The writer went on while the copies were taken: they are true prefixes, not the whole log.
    expect(Math.min(...sizes)).toBeLessThan(finalLog.length);
    expect(backups.every((b) => !existsSync(`${b}-wal`))).toBe(true);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `backup test: ${backups.length} online backups of ${sizes.join(', ')} events taken while a ` +
        `writer appended; final log ${finalLog.length} events; all verify and are prefixes, ${seconds} s`,
    );
  }, 120_000);

  it('refuses to overwrite an existing file', async () => {
    await expect(backupSqliteStore({ from: db, to: backups[0]! })).rejects.toBeInstanceOf(
      BackupRefusedError,
    );
  });

  it('kroniek restore puts a backup in place; it refuses a store with events unless --force', async () => {
    const target = join(dir, 'restored.db');
    const first = await kroniek('restore', backups[0]!, '--db', target);
    expect(first.code, first.stderr).toBe(0);
    const firstLog = await readLog(backups[0]!);
    expect(await readLog(target)).toEqual(firstLog);

    const refused = await kroniek('restore', backups[1]!, '--db', target);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/holds \d+ event\(s\); use --force/);
    expect(await readLog(target)).toEqual(firstLog);

    const forced = await kroniek('restore', backups[1]!, '--db', target, '--force');
    expect(forced.code, forced.stderr).toBe(0);
    expect(await readLog(target)).toEqual(await readLog(backups[1]!));
    // The replaced store is kept aside, whole: a restore never destroys a record.
    const aside = readdirSync(dir).filter((f) => f.startsWith('restored.db.replaced-'));
    expect(aside).toHaveLength(1);
    expect(await readLog(join(dir, aside[0]!))).toEqual(firstLog);
  }, 60_000);

  it('refuses to restore over a store that is open or from a file that is not a store, not over a crashed one', async () => {
    const target = join(dir, 'in-use.db');
    await restoreSqliteStore({ from: backups[0]!, to: target, clock: FIXED });
    const open = openForCheck(target);
    try {
      await expect(
        restoreSqliteStore({ from: backups[1]!, to: target, force: true, clock: FIXED }),
      ).rejects.toThrow(/in use; stop the service first/);
    } finally {
      await open.close();
    }
    // A store whose writer was killed keeps its write-ahead log, but nobody has it open.
    const crashed = join(dir, 'crashed.db');
    const child = startChild(writer, [crashed, join(dir, 'crashed.ack')]);
    await child.waitFor((l) => l.startsWith('ready'));
    await sleep(100);
    child.process.kill('SIGKILL');
    await child.exited;
    expect(existsSync(`${crashed}-wal`)).toBe(true);
    const report = await restoreSqliteStore({
      from: backups[0]!,
      to: crashed,
      force: true,
      clock: FIXED,
    });
    expect(report.replaced).toBe(`${crashed}.replaced-2025-07-01T10-00-00-000Z`);
    expect(await readLog(crashed)).toEqual(await readLog(backups[0]!));

    const junk = join(dir, 'junk.db');
    writeFileSync(junk, '');
    await expect(
      restoreSqliteStore({ from: junk, to: join(dir, 'other.db'), clock: FIXED }),
    ).rejects.toBeInstanceOf(BackupRefusedError);
    expect(existsSync(join(dir, 'other.db'))).toBe(false);
  });
});
