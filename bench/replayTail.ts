import { Session } from 'node:inspector/promises';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { openReadModel, percentile, randomPairs, replayOnce } from './readModel.js';

/**
 * What makes a slow replay slow (issue 14's p99 at 1M): replays the read model to N random
 * (asOf, knownBy) pairs, as the bench's replay row does, and attributes the slowest ones.
 *
 *   node --import tsx bench/replayTail.ts [--db bench/.data/1000000-42.db] [--pairs 1000] [--cpu]
 *
 * Prints p50/p90/p99/max, the same without the main-thread GC pauses that fell inside each
 * replay (perf_hooks 'gc' entries), the GC pauses by kind, the external (ArrayBuffer) memory a
 * replay allocates, and the 8 slowest replays by part, each replayed again (a pair that is slow
 * again is slow by its data; one that is fast again was slowed by the process: GC, marking).
 * With --cpu, a sampling CPU profile of the run is split into replays slower than 35 ms and
 * faster than 20 ms, and the functions' samples per replay of each group are listed.
 * Compare with `node --no-incremental-marking ...` to see what incremental marking costs.
 */
const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1]! : fallback;
};
const dbPath = resolve(arg('--db', 'bench/.data/1000000-42.db'));
const count = Number(arg('--pairs', '1000'));
const cpu = process.argv.includes('--cpu');

const { model } = await openReadModel(dbPath);
for (const q of randomPairs(5, 1042)) replayOnce(model, q);

// External memory one replay allocates, by part (no GC runs inside so short a stretch).
const ab = () => process.memoryUsage().arrayBuffers;
const ext: number[] = [];
for (const q of randomPairs(5, 7)) {
  const a0 = ab();
  replayOnce(model, q);
  ext.push(ab() - a0);
}

const gcs: { start: number; end: number; kind: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    gcs.push({
      start: e.startTime,
      end: e.startTime + e.duration,
      kind: (e as { detail?: { kind?: number } }).detail?.kind ?? 0,
    });
}).observe({ entryTypes: ['gc'] });

const session = cpu ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
interface Run extends ReturnType<typeof replayOnce> {
  q: { asOf: string; knownBy: string };
  start: number;
  end: number;
  /** process.hrtime in µs, the clock of the CPU profile's samples */
  startUs: number;
  endUs: number;
}
const hrUs = () => Number(process.hrtime.bigint() / 1000n);
const runs: Run[] = [];
for (const q of randomPairs(count, 42)) {
  const startUs = hrUs();
  const start = performance.now();
  const r = replayOnce(model, q);
  runs.push({ ...r, q, start, end: performance.now(), startUs, endUs: hrUs() });
}
const profile = session
  ? ((await session.post('Profiler.stop')) as { profile: CpuProfile }).profile
  : null;
await new Promise((r) => setTimeout(r, 50));

const gcIn = (r: Run) =>
  gcs.reduce((ms, g) => ms + Math.max(0, Math.min(g.end, r.end) - Math.max(g.start, r.start)), 0);
const pct = (xs: number[], p: number) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    p,
  ).toFixed(1);
const totals = runs.map((r) => r.total);
const net = runs.map((r) => r.total - gcIn(r));
console.log(
  `${count} pairs: p50 ${pct(totals, 50)}, p90 ${pct(totals, 90)}, p99 ${pct(totals, 99)}, max ${pct(totals, 100)} ms`,
);
console.log(`without GC pauses: p50 ${pct(net, 50)}, p99 ${pct(net, 99)}, max ${pct(net, 100)} ms`);
const kinds = new Map<number, string>([
  [constants.NODE_PERFORMANCE_GC_MINOR, 'scavenge'],
  [constants.NODE_PERFORMANCE_GC_MAJOR, 'mark-compact'],
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL, 'incremental'],
  [constants.NODE_PERFORMANCE_GC_WEAKCB, 'weak callbacks'],
]);
for (const [kind, name] of kinds) {
  const ds = gcs.filter((g) => g.kind === kind).map((g) => g.end - g.start);
  if (ds.length > 0)
    console.log(
      `gc ${name}: ${ds.length}, ${ds.reduce((a, b) => a + b, 0).toFixed(0)} ms, max ${Math.max(...ds).toFixed(1)} ms`,
    );
}
console.log(
  `external memory allocated per replay: ${ext.map((b) => `${(b / 1024).toFixed(0)} KB`).join(', ')}`,
);
console.log('slowest (ms): total, GC inside | timeline, money, quantities, months | again');
for (const r of [...runs].sort((a, b) => b.total - a.total).slice(0, 8)) {
  const again = replayOnce(model, r.q);
  const f = (x: number) => x.toFixed(1);
  console.log(
    `${f(r.total)}, ${f(gcIn(r))} | ${f(r.timeline)}, ${f(r.money)}, ${f(r.quantities)}, ${f(r.months)} | ${f(again.total)}  ${r.q.asOf} / ${r.q.knownBy}`,
  );
}
if (profile) splitProfile(profile, runs);
process.exit(0);

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Samples per replay by function (self time), for slow (> 35 ms) and fast (< 20 ms) replays. */
function splitProfile(p: CpuProfile, all: Run[]): void {
  const name = new Map(
    p.nodes.map((n) => [
      n.id,
      `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}`,
    ]),
  );
  for (const [label, set] of [
    ['slower than 35 ms', all.filter((r) => r.total > 35)],
    ['faster than 20 ms', all.filter((r) => r.total < 20)],
  ] as const) {
    const byFn = new Map<string, number>();
    let t = p.startTime;
    let k = 0;
    for (let i = 0; i < p.samples.length && k < set.length; i++) {
      t += p.timeDeltas[i]!;
      while (k < set.length && set[k]!.endUs < t) k++;
      if (k >= set.length || t < set[k]!.startUs) continue;
      const fn = name.get(p.samples[i]!)!;
      byFn.set(fn, (byFn.get(fn) ?? 0) + 1);
    }
    console.log(`--- ${label}: ${set.length} replays, samples per replay by function`);
    for (const [fn, n] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 12))
      console.log(`${(n / Math.max(1, set.length)).toFixed(1).padStart(7)}  ${fn}`);
  }
}
