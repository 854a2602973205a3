import { execSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { rssMb, startChild, stopChild } from './children.js';
import { DATA_DIR, ensureWorkload } from './data.js';

// `bench/sse.ts --idle`: --clients (default 200) clients open /api/live?after=0 on a log of
// --size events (default 100,000) and never read, while --connections (default 10) clients
// read the timeline's first page (50) for --seconds (default 20). Reports the service's RSS
// before, at its peak and at the end, and the timeline's latency meanwhile. The service runs
// in its own process (bench/server.ts, the real startServer), so its RSS is its own. A
// service whose RSS passes --rss-cap-mb (default 4000) is stopped and the run says so.
//
//   node --import tsx bench/sse.ts --idle --size 100000 --clients 200

const TOKEN = 'kroniek-bench-token';

export interface IdleFigures {
  size: number;
  clients: number;
  accepted: number;
  baselineRssMb: number;
  peakRssMb: number;
  endRssMb: number;
  addedPeakMb: number;
  addedEndMb: number;
  cappedAtMb: number | null;
  /** Seconds from opening the clients to passing the cap. */
  cappedAfterS: number | null;
  timeline: {
    connections: number;
    seconds: number;
    requests: number;
    reqPerSec: number;
    p50: number;
    p99: number;
    max: number;
    failed: number;
  };
}

export async function runIdleBench(): Promise<IdleFigures> {
  const { values } = parseArgs({
    options: {
      idle: { type: 'boolean' },
      size: { type: 'string' },
      seed: { type: 'string' },
      clients: { type: 'string' },
      connections: { type: 'string' },
      seconds: { type: 'string' },
      'rss-cap-mb': { type: 'string' },
    },
  });
  const size = Number(values.size ?? 100_000);
  const seed = Number(values.seed ?? 42);
  const clients = Number(values.clients ?? 200);
  const connections = Number(values.connections ?? 10);
  const seconds = Number(values.seconds ?? 20);
  const capMb = Number(values['rss-cap-mb'] ?? 4000);
  const log = (line: string) => console.error(line);

  const files = await ensureWorkload(size, seed, log);
  const db = join(DATA_DIR, `scratch-sse-${process.pid}.db`);
  copyFileSync(files.db, db);
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
    {
      ...process.env,
      KRONIEK_LIVE_MAX_PER_CLIENT: String(clients),
      KRONIEK_LIVE_MAX_TOTAL: String(clients),
    },
  );
  const sockets: Socket[] = [];
  try {
    const ready = JSON.parse(line.slice(6)) as { url: string; pid: number };
    const url = new URL(ready.url);
    const timelineUrl = `${ready.url}/api/timeline?limit=50`;
    // Warm up the timeline, then take the service's resident set as the baseline.
    await autocannon({ url: timelineUrl, connections, duration: 2 });
    await new Promise((ok) => setTimeout(ok, 1000));
    const baselineRssMb = rssMb(ready.pid);
    log(
      `service pid ${ready.pid}, RSS ${baselineRssMb.toFixed(0)} MB; opening ${clients} idle clients`,
    );

    let peakRssMb = baselineRssMb;
    let cappedAtMb: number | null = null;
    let cappedAfterS: number | null = null;
    const opened = performance.now();
    const sampler = setInterval(() => {
      if (cappedAtMb !== null) return;
      const now = rssMb(ready.pid);
      peakRssMb = Math.max(peakRssMb, now);
      if (now > capMb && cappedAtMb === null) {
        cappedAtMb = now;
        cappedAfterS = (performance.now() - opened) / 1000;
        log(`service RSS ${now.toFixed(0)} MB passed the cap of ${capMb} MB: stopping it`);
        child.kill('SIGKILL');
      }
    }, 100);

    // Raw sockets: read the status line, then never read again.
    const statuses = Array.from(
      { length: clients },
      () =>
        new Promise<number>((ok) => {
          const socket = connect(Number(url.port), url.hostname);
          sockets.push(socket);
          socket.on('error', () => ok(0));
          socket.write(
            `GET /api/live?after=0 HTTP/1.1\r\nHost: ${url.host}\r\nAccept: text/event-stream\r\n\r\n`,
          );
          socket.once('data', (first: Buffer) => {
            socket.pause();
            ok(Number(/^HTTP\/1\.1 (\d+)/.exec(first.toString('latin1'))?.[1] ?? 0));
          });
        }),
    );
    const load = await autocannon({ url: timelineUrl, connections, duration: seconds });
    const accepted = (await Promise.all(statuses)).filter((s) => s === 200).length;
    clearInterval(sampler);
    const endRssMb = cappedAtMb === null ? rssMb(ready.pid) : cappedAtMb;
    return {
      size,
      clients,
      accepted,
      baselineRssMb: round(baselineRssMb),
      peakRssMb: round(peakRssMb),
      endRssMb: round(endRssMb),
      addedPeakMb: round(peakRssMb - baselineRssMb),
      addedEndMb: round(endRssMb - baselineRssMb),
      cappedAtMb: cappedAtMb === null ? null : round(cappedAtMb),
      cappedAfterS: cappedAfterS === null ? null : round(cappedAfterS),
      timeline: {
        connections,
        seconds,
        requests: load.requests.total,
        reqPerSec: round(load.requests.average),
        p50: load.latency.p50,
        p99: load.latency.p99,
        max: load.latency.max,
        failed: load.errors + load.timeouts + load.non2xx,
      },
    };
  } finally {
    for (const s of sockets) s.destroy();
    await stopChild(child);
    for (const f of [db, `${db}-wal`, `${db}-shm`, `${db}.token`, `${db}.readmodel`])
      rmSync(f, { force: true });
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

/** nproc, memory and load of the machine, for the record. */
export function machine(): string {
  const run = (cmd: string) => {
    try {
      return execSync(cmd, { encoding: 'utf8' }).trim();
    } catch {
      return '(unknown)';
    }
  };
  return `nproc ${run('nproc')}; load ${run('cat /proc/loadavg')}; ${run('free -m | sed -n 2p | awk \'{print "memory " $2 " MB, available " $7 " MB"}\'')}`;
}
