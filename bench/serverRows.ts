import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import type { WorkloadFiles } from './data.js';
import { waitForBackgroundCheck } from './backgroundCheck.js';
import { rssMb, startChild, stopChild } from './children.js';
import { syntheticDocumentId, syntheticText } from './workload.js';

const TOKEN = 'kroniek-bench-token';

export interface StartupFigures {
  /** From spawning `kroniek serve` to the first 200 of /readyz. */
  readyMs: number;
  /** Resident set size of the server process once ready. */
  rssMb: number;
}

/**
 * Start-up and memory: the real CLI (`kroniek serve`) on the store, one node process (tsx as a
 * loader, not a wrapper, so the pid is the server's own).
 */
export async function measureStartup(files: WorkloadFiles, db: string): Promise<StartupFigures> {
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'service/src/cli.ts',
      'serve',
      '--db',
      db,
      '--events-dir',
      files.eventsDir,
      '--port',
      '0',
    ],
    {
      cwd: new URL('..', import.meta.url).pathname,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, KRONIEK_TOKEN: TOKEN },
    },
  );
  try {
    const url = await new Promise<string>((ok, fail) => {
      let rest = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (piece: string) => {
        const parts = (rest + piece).split('\n');
        rest = parts.pop()!;
        for (const line of parts) {
          const m = /"url":"(http:[^"]+)"/.exec(line);
          if (m) ok(m[1]!);
        }
      });
      child.on('exit', (code) => fail(new Error(`kroniek serve exited with ${code}`)));
    });
    for (;;) {
      const res = await fetch(`${url}/readyz`).catch(() => undefined);
      if (res?.status === 200) break;
      await new Promise((ok) => setTimeout(ok, 20));
    }
    const readyMs = performance.now() - t0;
    return { readyMs, rssMb: rssMb(child.pid!) };
  } finally {
    await stopChild(child);
  }
}

export interface LoadFigures {
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
}

export interface HttpFigures {
  timeline: LoadFigures;
  hello: LoadFigures;
  appends: LoadFigures;
  /** Waited after start-up for the one-off whole-chain check before the first load. */
  backgroundCheckMs: number;
}

/**
 * HTTP rows against one server process: the timeline's first page (50 events) and the hello
 * route under 50 connections, then single appends (one event per POST, bearer token, full
 * validation and quotation check) under 10 connections.
 */
export async function measureHttp(
  files: WorkloadFiles,
  db: string,
  seconds: number,
): Promise<HttpFigures> {
  const { child, line } = await startChild(
    [
      '--import',
      'tsx',
      'bench/server.ts',
      '--db',
      db,
      '--events-dir',
      files.eventsDir,
      '--token',
      TOKEN,
    ],
    (l) => l.startsWith('READY '),
  );
  try {
    const ready = JSON.parse(line.slice(6)) as { url: string; hello: string };
    // The whole-chain check runs once in a worker after every start; measured alongside it the
    // timeline shared 2 cores with it (bench/RESULTS.md, 2026-12-06), so wait for it to finish.
    const backgroundCheckMs = await waitForBackgroundCheck(ready.url);
    const timelineUrl = `${ready.url}/api/timeline?limit=50`;
    const check = await fetch(timelineUrl);
    const page = (await check.json()) as { items?: unknown[] };
    if (!check.ok || (page.items?.length ?? 0) === 0)
      throw new Error(`the timeline answered ${check.status} without items`);
    // Warm up both routes before measuring.
    await load({ url: timelineUrl, connections: 10, duration: 1 });
    await load({ url: ready.hello, connections: 10, duration: 1 });
    const timeline = await load({ url: timelineUrl, connections: 50, duration: seconds });
    const hello = await load({ url: ready.hello, connections: 50, duration: seconds });
    // Warmed up like the reads: the first second of appends runs code not yet optimised.
    const appending = { url: ready.url, connections: 10, requests: appendRequests(files.seed) };
    await load({ ...appending, duration: 1 });
    const appends = await load({ ...appending, duration: seconds });
    return { timeline, hello, appends, backgroundCheckMs };
  } finally {
    await stopChild(child);
  }
}

async function load(options: autocannon.Options): Promise<LoadFigures> {
  const result = await autocannon({ ...options, pipelining: 1 });
  return {
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** 50 POSTs of one StatementMade each, on 50 subjects, quoting synthetic document 0 exactly. */
function appendRequests(seed: number): autocannon.Request[] {
  const { text, wordStarts } = syntheticText(seed, 0);
  const start = wordStarts[10]!;
  const end = wordStarts[17]! - 1;
  return Array.from({ length: 50 }, (_, i) => ({
    method: 'POST' as const,
    path: `/api/subjects/bench-http-${i}/events`,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'StatementMade',
      title: `Benchmark statement ${i}`,
      category: 'ukraine-support',
      occurred: { precision: 'day', date: '2026-02-27' },
      knownAt: { date: { precision: 'day', date: '2026-02-27' }, basis: 'public-at-occurrence' },
      source: {
        documentId: syntheticDocumentId(0),
        location: { section: 'synthetic', start, end },
        quotation: text.slice(start, end),
      },
      actors: [{ id: 'nl', name: 'Nederland', role: 'speaker' }],
    }),
  }));
}
