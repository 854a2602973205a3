import { execSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR, ensureWorkload, REPO } from './data.js';
import type { WorkloadFiles } from './data.js';
import { runRow } from './children.js';
import type { RebuildFigures, ReplayFigures } from './readModel.js';
import { measureHttp, measureStartup } from './serverRows.js';
import type { HttpFigures, StartupFigures } from './serverRows.js';
import { formatTable, ms, num } from './table.js';
import type { TableRow } from './table.js';

const USAGE = `usage: pnpm bench [--quick | --size N] [--seed S] [--only rows] [--seconds S]

  --quick       10,000 events (development); default 1,000,000
  --size N      any workload size
  --only rows   comma-separated: import,http,rebuild,replay,startup,dashboard,draft
  --seconds S   duration of each HTTP load (default 10; 3 with --quick)`;

const ROWS = ['import', 'startup', 'http', 'rebuild', 'replay', 'dashboard', 'draft'] as const;
type Row = (typeof ROWS)[number];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    size: { type: 'string' },
    seed: { type: 'string' },
    only: { type: 'string' },
    seconds: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const size = values.quick ? 10_000 : Number(values.size ?? 1_000_000);
const seed = Number(values.seed ?? 42);
const seconds = Number(values.seconds ?? (values.quick ? 3 : 10));
const only = new Set((values.only?.split(',') ?? ROWS) as Row[]);
for (const r of only) if (!ROWS.includes(r)) throw new Error(`unknown row '${r}'\n${USAGE}`);
const log = (line: string) => console.error(line);

const rows: TableRow[] = [];
// Drafting needs no event workload: run it first, and alone without building one.
if (only.has('draft')) {
  log('drafting a 100-page document ...');
  const r = await runRow<{ pages: number; drafts: number; ms: number; cpuMs: number }>(
    'bench/rows/draft.ts',
    [],
    log,
  );
  rows.push({
    what: `draft a ${r.pages}-page document (${r.drafts} drafts)`,
    figure: `${ms(r.ms)} (CPU ${ms(r.cpuMs)})`,
    limit: '—',
    ratio: '—',
    goal: '≤ 1 s',
    pass: r.ms <= 1000,
  });
  if (only.size === 1) {
    console.log(`\n${formatTable(rows)}`);
    process.exit(0);
  }
}

const files = await ensureWorkload(size, seed, log);
const args = ['--size', String(size), '--seed', String(seed)];

if (only.has('import')) {
  log('bulk import (CLI) and raw inserts ...');
  const raw = await runRow<{ eventsPerSec: number }>('bench/rows/raw.ts', args, log);
  const cli = await runRow<{ eventsPerSec: number; ms: number }>('bench/rows/import.ts', args, log);
  const ratio = cli.eventsPerSec / raw.eventsPerSec;
  rows.push({
    what: 'bulk import (CLI)',
    figure: `${num(cli.eventsPerSec)} events/s`,
    limit: `raw inserts ${num(raw.eventsPerSec)} events/s`,
    ratio: `${num(ratio, 2)}×`,
    goal: '≥ 30,000 events/s and ≥ 0.7×',
    pass: cli.eventsPerSec >= 30_000 && ratio >= 0.7,
  });
}

// The server rows write to their own copy of the store, never to the workload's.
const serverDb = join(DATA_DIR, `scratch-server-${process.pid}.db`);
const removeServerDb = () => {
  for (const f of [
    serverDb,
    `${serverDb}-wal`,
    `${serverDb}-shm`,
    `${serverDb}.token`,
    `${serverDb}.readmodel`,
  ])
    rmSync(f, { force: true });
};
if (only.has('startup') || only.has('http')) copyFileSync(files.db, serverDb);
try {
  if (only.has('startup')) {
    // Cold: no read-model snapshot, the whole log is folded. `kroniek serve` saves a snapshot
    // (`<db>.readmodel`) shortly after start and when stopped; warm is the restart after that,
    // as after any earlier run: the snapshot restored, the tail folded. The goal row is warm.
    log('start-up and memory (kroniek serve), cold then warm ...');
    rmSync(`${serverDb}.readmodel`, { force: true });
    const cold: StartupFigures = await measureStartup(files, serverDb);
    const snapshotted = existsSync(`${serverDb}.readmodel`);
    if (!snapshotted)
      log('  no read-model snapshot was saved by the cold start; warm start not measured');
    const warm: StartupFigures | null = snapshotted ? await measureStartup(files, serverDb) : null;
    rows.push(
      {
        what: `service RSS after start, cold (${num(size)} events)`,
        figure: `${num(cold.rssMb)} MB`,
        limit: '—',
        ratio: '—',
        goal: '≤ 800 MB',
        pass: cold.rssMb <= 800,
      },
      {
        what: `start-up to ready, cold: full fold (${num(size)} events)`,
        figure: ms(cold.readyMs),
        limit: '—',
        ratio: '—',
        goal: '(no goal; see warm)',
        pass: undefined,
      },
      warm
        ? {
            what: `start-up to ready, warm: snapshot + tail (${num(size)} events)`,
            figure: `${ms(warm.readyMs)}, RSS ${num(warm.rssMb)} MB`,
            limit: '—',
            ratio: '—',
            goal: '≤ 10 s, ≤ 800 MB',
            pass: warm.readyMs <= 10_000 && warm.rssMb <= 800,
          }
        : {
            what: `start-up to ready, warm: snapshot + tail (${num(size)} events)`,
            figure: 'no snapshot saved',
            limit: '—',
            ratio: '—',
            goal: '≤ 10 s',
            pass: false,
          },
    );
  }
  if (only.has('http')) {
    log(`HTTP under load (${seconds} s each) ...`);
    const h: HttpFigures = await measureHttp(files, serverDb, seconds);
    const ratio = h.timeline.reqPerSec / h.hello.reqPerSec;
    log(`  waited ${ms(h.backgroundCheckMs)} for the start-up's whole-chain check`);
    rows.push(
      {
        what: 'single appends over HTTP (10 conns)',
        figure: `${num(h.appends.reqPerSec)} appends/s, p99 ${ms(h.appends.p99)}`,
        limit: '—',
        ratio: '—',
        goal: '≥ 2,000/s, p99 ≤ 25 ms',
        pass: h.appends.errors === 0 && h.appends.reqPerSec >= 2000 && h.appends.p99 <= 25,
      },
      {
        what: 'timeline page (50) over HTTP, 50 conns',
        figure: `${num(h.timeline.reqPerSec)} req/s, p99 ${ms(h.timeline.p99)}`,
        limit: `hello ${num(h.hello.reqPerSec)} req/s, p99 ${ms(h.hello.p99)}`,
        ratio: `${num(ratio, 2)}×`,
        goal: '≥ 3,000 req/s, p99 ≤ 50 ms',
        pass: h.timeline.errors === 0 && h.timeline.reqPerSec >= 3000 && h.timeline.p99 <= 50,
      },
    );
    if (h.appends.errors + h.timeline.errors + h.hello.errors > 0)
      log(
        `  errors: appends ${h.appends.errors}, timeline ${h.timeline.errors}, hello ${h.hello.errors}`,
      );
  }
} finally {
  removeServerDb();
}

if (only.has('rebuild')) {
  log('full projection rebuild ...');
  const r = await runRow<RebuildFigures>('bench/rows/rebuild.ts', args, log);
  rows.push({
    what: 'full projection rebuild',
    figure: `${num(r.eventsPerSec)} events/s (${ms(r.ms)})`,
    limit: `raw read+parse+fold ${num(r.rawEventsPerSec)} events/s`,
    ratio: `${num(r.ratio, 2)}×`,
    goal: '≥ 0.6×',
    pass: r.ratio >= 0.6,
  });
}
if (only.has('replay')) {
  log('replay to 1,000 random date pairs ...');
  const r = await runRow<ReplayFigures>('bench/rows/replay.ts', args, log);
  rows.push({
    what: `replay, ${r.pairs} random (asOf, knownBy)`,
    figure: `p50 ${ms(r.p50)}, p99 ${ms(r.p99)} (first 200: ${ms(r.p99Of200)})`,
    limit: `naive refold p50 ${ms(r.naiveP50)} (${r.naivePairs} pairs)`,
    ratio: `${num(r.speedup)}× faster`,
    goal: 'p50 ≤ 20 ms, p99 ≤ 50 ms (issue 14)',
    pass: r.p50 <= 20 && r.p99 <= 50,
  });
}
if (only.has('dashboard')) {
  log('dashboard bundle and first render of 10,000 events ...');
  const small: WorkloadFiles = size === 10_000 ? files : await ensureWorkload(10_000, seed, log);
  const d = await runRow<{ gzipKb: number; firstRenderMs: number }>(
    'bench/rows/dashboard.ts',
    ['--size', String(small.size), '--seed', String(seed)],
    log,
  );
  rows.push(
    {
      what: 'dashboard JS bundle (gzip)',
      figure: `${num(d.gzipKb, 1)} KB`,
      limit: '—',
      ratio: '—',
      goal: '≤ 150 KB',
      pass: d.gzipKb <= 150,
    },
    {
      what: 'dashboard first render, 10,000 events',
      figure: ms(d.firstRenderMs),
      limit: '—',
      ratio: '—',
      goal: '≤ 1 s',
      pass: d.firstRenderMs <= 1000,
    },
  );
}

const machine = (cmd: string) => {
  try {
    return execSync(cmd, { cwd: REPO, encoding: 'utf8' }).trim();
  } catch {
    return '(unknown)';
  }
};
console.log(`\nkroniek bench: ${num(size)} events, seed ${seed}, ${new Date().toISOString()}`);
console.log(
  `nproc ${machine('nproc')}; commit ${machine('git rev-parse HEAD')}; load ${machine('cat /proc/loadavg')}`,
);
console.log(machine('free -h'));
console.log(`\n${formatTable(rows)}`);
