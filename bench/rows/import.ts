import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { REPO } from '../data.js';
import { removeDb, report, scratchPath, workloadArgs } from './common.js';

/**
 * Bulk import through the real CLI: `kroniek import <workload>.ndjson` into a fresh store,
 * timed from process start to exit (so node's start-up counts too), then the stored count and
 * the hash chain are checked.
 */
const { files } = workloadArgs();
const target = scratchPath('import');
removeDb(target, rmSync);
const t0 = performance.now();
const run = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    'service/src/cli.ts',
    'import',
    files.ndjson,
    '--db',
    target,
    '--events-dir',
    files.eventsDir,
  ],
  { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] },
);
const ms = performance.now() - t0;
if (run.status !== 0) throw new Error(`kroniek import failed (${run.status}): ${run.stderr}`);
const db = new Database(target, { readonly: true });
const stored = (db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
db.close();
removeDb(target, rmSync);
if (stored !== files.size) throw new Error(`imported ${stored} of ${files.size} events`);
report({ events: stored, ms, eventsPerSec: (stored / ms) * 1000, cli: run.stderr.trim() });
