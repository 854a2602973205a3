import autocannon from 'autocannon';
import type { Request } from 'autocannon';
import { DAYS, numberArg, startBenchServer, statementBody, writeHeaders } from './loadSupport.js';

// Mixed load on loopback: timeline reads, replays (asOf/knownBy pairs) and appends, for
// --seconds (default 60) over --connections (default 20). Zero failed requests is the bar:
// anything but a 2xx is a failure (appends go to new subjects, so no 409 is expected).
//
//   npx tsx bench/load.ts --seconds 60 --connections 20

const seconds = numberArg('seconds', 60);
const connections = numberArg('connections', 20);
const server = await startBenchServer();
const startHead = (await (await fetch(`${server.url}/api/log?limit=1`)).json()) as { head: number };

let n = 0;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)]!;
const requests: Request[] = [
  { method: 'GET', setupRequest: (r) => ({ ...r, path: '/api/timeline?limit=50' }) },
  {
    method: 'GET',
    setupRequest: (r) => {
      const knownBy = pick(DAYS);
      const asOf = pick(DAYS.filter((d) => d >= knownBy));
      return { ...r, path: `/api/timeline?asOf=${asOf}&knownBy=${knownBy}&limit=50` };
    },
  },
  {
    method: 'GET',
    setupRequest: (r) => ({ ...r, path: `/api/subjects?asOf=${pick(DAYS)}` }),
  },
  {
    method: 'POST',
    headers: writeHeaders,
    setupRequest: (r) => {
      n += 1;
      return {
        ...r,
        path: `/api/subjects/load-${n}/events`,
        body: statementBody(server.source, n),
      };
    },
  },
];

const result = await autocannon({
  url: server.url,
  connections,
  duration: seconds,
  requests,
});

const byStatus =
  (result as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ??
  {};
const created = byStatus['201']?.count ?? 0;
const after = (await (await fetch(`${server.url}/api/log?limit=1`)).json()) as { head: number };
const appended = after.head - startHead.head;
const failures = result.non2xx + result.errors + result.timeouts;
console.log(
  JSON.stringify(
    {
      seconds: result.duration,
      connections,
      requests: result.requests.total,
      reqPerSec: Math.round(result.requests.average),
      latencyMs: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
      },
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      byStatus: Object.fromEntries(Object.entries(byStatus).map(([k, v]) => [k, v.count])),
      appendsAnswered201: created,
      appendsStored: appended,
    },
    null,
    2,
  ),
);
await server.stop();
// An append in flight when the time ran out may be stored without its answer being counted.
if (failures > 0 || appended < created) {
  console.error(
    `FAILED: ${failures} failed requests, ${created - appended} answered appends missing`,
  );
  process.exit(1);
}
