import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import type { KroniekEvent } from '@kroniek/events';
import { dayBounds } from '@kroniek/events';
import {
  createReadModel,
  createReadModelFeed,
  createSqliteEventStore,
  storeBodyLoader,
  workerFoldOf,
} from '@kroniek/service';
import type { LogEntry, ReadModel, SqliteEventStore } from '@kroniek/service';
import { generateWorkload } from './workload.js';

/**
 * Measurements of the read side (issue 6) for the bench harness: a full projection rebuild
 * from the store beside a raw read of the same rows, and replays to random (asOf, knownBy)
 * pairs beside the naive way (refold every event known by that date). Plain numbers only.
 */

/** The day the bench read model takes for "today" (fixed, so runs compare). */
const TODAY = '2026-03-01';
/** Occurred and knownAt dates of the workload lie in 2014–2030; pairs are drawn from there. */
const FIRST_DAY = Date.UTC(2014, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(2030, 11, 31) / 86_400_000;

export interface RebuildFigures {
  events: number;
  /** full projection rebuild from the store: read, parse, apply, indexes ready */
  ms: number;
  /** raw read of all rows + JSON.parse + a trivial fold, same run */
  rawMs: number;
  eventsPerSec: number;
  rawEventsPerSec: number;
  /** eventsPerSec / rawEventsPerSec (goal ≥ 0.6) */
  ratio: number;
  /** resident set size with the rebuilt model alive, MB (after a full GC with --expose-gc) */
  rssMb: number;
  heapUsedMb: number;
}

export interface ReplayOptions {
  pairs?: number;
  seed?: number;
  /** How many pairs the naive baseline refolds (each reads the whole store); default 5. */
  naivePairs?: number;
}

export interface ReplayFigures {
  events: number;
  pairs: number;
  p50: number;
  p90: number;
  p99: number;
  /**
   * the p99 of the first 200 pairs (the same pairs the row measured before it took 1,000):
   * the 2nd worst of 200, so a single garbage collection can decide it
   */
  p99Of200: number;
  max: number;
  /** per part, p50 ms: timeline first page + counts, money chart, quantities, events per month */
  parts: { timeline: number; money: number; quantities: number; months: number };
  /**
   * timeline first page + counts + events per month, without the two amount charts, whose
   * cost follows the number of points they return (one per line and distinct date)
   */
  coreP50: number;
  coreP99: number;
  /** points in the money and quantities charts, median per replay */
  chartPoints: number;
  naivePairs: number;
  naiveP50: number;
  naiveP99: number;
  /** naiveP50 / p50 */
  speedup: number;
}

/** Opens the store and builds the read model the way the server does at start-up. */
export async function openReadModel(
  dbPath: string,
): Promise<{ store: SqliteEventStore; model: ReadModel; events: number }> {
  const store = createSqliteEventStore({ path: dbPath, clock: () => new Date(0) });
  const model = createReadModel({ today: () => TODAY, loadEntries: storeBodyLoader(store)! });
  // As the server folds at start-up: a long stretch with the fold workers (feed.ts).
  const workerFold = workerFoldOf(store);
  const events = await createReadModelFeed(store, model, 1000, {
    foldPages: store,
    ...(workerFold ? { workerFold } : {}),
  }).catchUp();
  // The first read builds the sorted indexes; "ready" means a query can be answered.
  model.timeline({ limit: 1 });
  return { store, model, events };
}

/** Raw read of every row + JSON.parse + a trivial fold (counts by type, knownAt days seen). */
export function rawReadParseFold(dbPath: string): { events: number; ms: number } {
  const db = new Database(dbPath, { readonly: true });
  const t0 = performance.now();
  const byType = new Map<string, number>();
  let events = 0;
  let checksum = 0;
  const rows = db.prepare<[], { data: string; recorded_at: string }>(
    'SELECT data, recorded_at FROM events ORDER BY position',
  );
  for (const row of rows.iterate()) {
    const e = JSON.parse(row.data) as KroniekEvent;
    byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    checksum += e.title.length + row.recorded_at.length;
    events++;
  }
  const ms = performance.now() - t0;
  db.close();
  if (checksum < 0) console.log(byType);
  return { events, ms };
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/**
 * Full projection rebuild from the store vs raw read + parse + fold of the same rows. The two
 * alternate for `rounds` rounds and each side's fastest run counts, so neither gains from a
 * page cache the other warmed or from a quiet moment on a shared machine.
 */
export async function measureRebuild(dbPath: string, rounds = 2): Promise<RebuildFigures> {
  const gc = (globalThis as { gc?: () => void }).gc;
  let rawMs = Infinity;
  let ms = Infinity;
  let events = 0;
  let mem = process.memoryUsage();
  for (let r = 0; r < rounds; r++) {
    gc?.();
    const raw = rawReadParseFold(dbPath);
    rawMs = Math.min(rawMs, raw.ms);
    gc?.();
    const t0 = performance.now();
    const opened = await openReadModel(dbPath);
    ms = Math.min(ms, performance.now() - t0);
    events = opened.events;
    gc?.();
    mem = process.memoryUsage();
    await opened.store.close();
  }
  const eventsPerSec = (events / ms) * 1000;
  const rawEventsPerSec = (events / rawMs) * 1000;
  return {
    events,
    ms: Math.round(ms),
    rawMs: Math.round(rawMs),
    eventsPerSec: Math.round(eventsPerSec),
    rawEventsPerSec: Math.round(rawEventsPerSec),
    ratio: Number((eventsPerSec / rawEventsPerSec).toFixed(2)),
    rssMb: mb(mem.rss),
    heapUsedMb: mb(mem.heapUsed),
  };
}

/** A small seeded generator (mulberry32) for the random pairs; deterministic per seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const isoDay = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

/** Random (asOf, knownBy) pairs over the workload's years, knownBy anywhere (before or after asOf). */
export function randomPairs(count: number, seed: number): { asOf: string; knownBy: string }[] {
  const next = random(seed);
  const day = () => isoDay(FIRST_DAY + Math.floor(next() * (LAST_DAY - FIRST_DAY + 1)));
  return Array.from({ length: count }, () => ({ asOf: day(), knownBy: day() }));
}

/** One replay as the dashboard asks it: timeline first page with counts, and the chart series. */
export function replayOnce(
  model: ReadModel,
  q: { asOf: string; knownBy: string },
): {
  timeline: number;
  money: number;
  quantities: number;
  months: number;
  total: number;
  points: number;
} {
  const t0 = performance.now();
  const page = model.timeline({ ...q, limit: 50 });
  const t1 = performance.now();
  const money = model.chart('money-cumulative', q);
  const t2 = performance.now();
  const quantities = model.chart('quantities', q);
  const t3 = performance.now();
  const months = model.chart('events-per-month', q);
  const t4 = performance.now();
  if (page.total < 0 || !money || !quantities || !months) throw new Error('no replay');
  const points = (c: typeof money) =>
    'lines' in c ? c.lines.reduce((n, l) => n + l.points.length, 0) : 0;
  return {
    timeline: t1 - t0,
    money: t2 - t1,
    quantities: t3 - t2,
    months: t4 - t3,
    total: t4 - t0,
    points: points(money) + points(quantities),
  };
}

/** The p-th percentile of ascending numbers (nearest rank), to two decimals. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Number(sorted[Math.max(0, i)]!.toFixed(2));
}

const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

/** The effective knownOn day of an event: the latest bound of knownAt (see docs/REPLAY.md). */
function knownOnOf(e: KroniekEvent): string {
  const b = dayBounds(e.knownAt.date);
  return (b.latest ?? b.earliest)!;
}

/**
 * The naive replay: read every row, keep the events known by `knownBy`, fold them into a
 * fresh read model, then ask the same queries.
 */
export function naiveReplay(dbPath: string, q: { asOf: string; knownBy: string }): number {
  const t0 = performance.now();
  const db = new Database(dbPath, { readonly: true });
  const model = createReadModel({ today: () => TODAY });
  const rows = db.prepare<[], { position: number; data: string; recorded_at: string }>(
    'SELECT position, data, recorded_at FROM events ORDER BY position',
  );
  let position = 0;
  for (const row of rows.iterate()) {
    const event = JSON.parse(row.data) as KroniekEvent;
    // Source records (SourceRegistered, SourceCorrected) are no facts: the model skips them.
    if (!('knownAt' in event) || knownOnOf(event) > q.knownBy) continue;
    // The refold sees only what was known, so it numbers its own log.
    const entry: LogEntry = { position: ++position, recordedAt: row.recorded_at, event };
    model.apply(entry);
  }
  db.close();
  replayOnce(model, { asOf: q.asOf, knownBy: q.knownBy });
  return performance.now() - t0;
}

/** Replays to `pairs` random (asOf, knownBy) pairs on the rebuilt model, and a few naive refolds. */
export async function measureReplay(
  dbPath: string,
  options: ReplayOptions = {},
): Promise<ReplayFigures> {
  const count = options.pairs ?? 200;
  const pairs = randomPairs(count, options.seed ?? 1);
  const { store, model, events } = await openReadModel(dbPath);
  // Warm up the JIT on pairs that are not measured.
  for (const q of randomPairs(5, (options.seed ?? 1) + 1000)) replayOnce(model, q);
  const totals: number[] = [];
  const core: number[] = [];
  const points: number[] = [];
  const parts = {
    timeline: [] as number[],
    money: [] as number[],
    quantities: [] as number[],
    months: [] as number[],
  };
  for (const q of pairs) {
    const r = replayOnce(model, q);
    totals.push(r.total);
    core.push(r.timeline + r.months);
    points.push(r.points);
    parts.timeline.push(r.timeline);
    parts.money.push(r.money);
    parts.quantities.push(r.quantities);
    parts.months.push(r.months);
  }
  await store.close();
  const naiveCount = Math.min(options.naivePairs ?? 5, count);
  const naive = pairs.slice(0, naiveCount).map((q) => naiveReplay(dbPath, q));
  const sorted = [...totals].sort((a, b) => a - b);
  const first200 = totals.slice(0, 200).sort((a, b) => a - b);
  const naiveSorted = [...naive].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const coreSorted = [...core].sort((a, b) => a - b);
  const naiveP50 = percentile(naiveSorted, 50);
  return {
    events,
    pairs: count,
    p50,
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    p99Of200: percentile(first200, 99),
    max: percentile(sorted, 100),
    parts: {
      timeline: median(parts.timeline),
      money: median(parts.money),
      quantities: median(parts.quantities),
      months: median(parts.months),
    },
    coreP50: percentile(coreSorted, 50),
    coreP99: percentile(coreSorted, 99),
    chartPoints: median(points),
    naivePairs: naiveCount,
    naiveP50,
    naiveP99: percentile(naiveSorted, 99),
    speedup: Number((naiveP50 / Math.max(p50, 0.001)).toFixed(1)),
  };
}

/**
 * Writes a synthetic workload into a new SQLite store (1,000 events per transaction, one
 * minute of store clock per transaction). Synthetic data goes to its own file only.
 */
export async function writeWorkloadStore(dbPath: string, size: number, seed = 42): Promise<void> {
  mkdirSync(dirname(dbPath), { recursive: true });
  let minute = 0;
  const base = Date.UTC(2025, 0, 1);
  const store = createSqliteEventStore({
    path: dbPath,
    clock: () => new Date(base + minute * 60_000),
  });
  let batch: KroniekEvent[] = [];
  const flush = async () => {
    const byStream = new Map<string, KroniekEvent[]>();
    for (const e of batch) {
      const list = byStream.get(e.subject);
      if (list) list.push(e);
      else byStream.set(e.subject, [e]);
    }
    await store.appendMany(
      [...byStream].map(([stream, events]) => ({
        stream,
        events: events.map((e) => ({ id: e.id, type: e.type, data: e })),
      })),
    );
    minute++;
    batch = [];
  };
  for (const e of generateWorkload({ size, seed })) {
    batch.push(e);
    if (batch.length === 1000) await flush();
  }
  if (batch.length > 0) await flush();
  await store.close();
}

// `npx tsx bench/readModel.ts [size] [pairs]`: builds bench/.data/readModel-<size>.db when missing, then measures.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const size = Number(process.argv[2] ?? 100_000);
  const pairs = Number(process.argv[3] ?? 200);
  const dbPath = resolve(dirname(new URL(import.meta.url).pathname), `.data/readModel-${size}.db`);
  if (!existsSync(dbPath)) {
    const t = performance.now();
    await writeWorkloadStore(dbPath, size);
    console.log(`wrote ${size} events to ${dbPath} in ${Math.round(performance.now() - t)} ms`);
  }
  const only = process.argv[4];
  if (only !== 'replay') console.log('rebuild', await measureRebuild(dbPath));
  if (only !== 'rebuild') console.log('replay', await measureReplay(dbPath, { pairs, seed: 7 }));
}
