import { Agent, get } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { numberArg, startBenchServer, statementBody, writeHeaders } from './loadSupport.js';

// --clients (default 500) SSE clients on /api/live while --appends (default 100) events are
// appended by --writers (default 4) concurrent writers: every client must receive every event,
// once, in log order.
//
//   npx tsx bench/sse.ts --clients 500 --appends 100
//
// With --idle: clients that never read, at after=0 on a large log (see sseIdle.ts).

if (process.argv.includes('--idle')) {
  const { machine, runIdleBench } = await import('./sseIdle.js');
  const figures = await runIdleBench();
  console.log(JSON.stringify({ ...figures, machine: machine() }, null, 2));
  process.exit(0);
}

const clients = numberArg('clients', 500);
const appends = numberArg('appends', 100);
const writers = numberArg('writers', 4);
const server = await startBenchServer({ live: { maxPerClient: clients, maxTotal: clients } });
const agent = new Agent({ keepAlive: true, maxSockets: Infinity });

interface Client {
  positions: number[];
  ready: Promise<void>;
  response?: IncomingMessage;
}

function connect(): Client {
  const client: Client = { positions: [], ready: Promise.resolve() };
  client.ready = new Promise((resolve, reject) => {
    const req = get(`${server.url}/api/live`, { agent }, (res) => {
      client.response = res;
      if (res.statusCode !== 200) reject(new Error(`live answered ${res.statusCode}`));
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (/^event: ready$/m.test(frame)) resolve();
          const id = /^id: (\d+)$/m.exec(frame);
          if (id && /^event: appended$/m.test(frame)) client.positions.push(Number(id[1]));
        }
      });
    });
    req.on('error', reject);
  });
  return client;
}

const t0 = performance.now();
const all = Array.from({ length: clients }, connect);
await Promise.all(all.map((c) => c.ready));
const connectedMs = performance.now() - t0;

let next = 0;
const appendLatencies: number[] = [];
async function writer() {
  while (next < appends) {
    const n = ++next;
    const started = performance.now();
    const res = await fetch(`${server.url}/api/subjects/sse-${n}/events`, {
      method: 'POST',
      headers: writeHeaders,
      body: statementBody(server.source, n),
    });
    if (res.status !== 201) throw new Error(`append ${n} answered ${res.status}`);
    await res.arrayBuffer();
    appendLatencies.push(performance.now() - started);
  }
}
const t1 = performance.now();
await Promise.all(Array.from({ length: writers }, writer));
const appendedMs = performance.now() - t1;

const deadline = Date.now() + 60_000;
while (all.some((c) => c.positions.length < appends) && Date.now() < deadline) {
  await new Promise((r) => setTimeout(r, 50));
}
const deliveredMs = performance.now() - t1;

const counts = all.map((c) => c.positions.length);
const inOrder = all.every((c) => c.positions.every((p, i) => i === 0 || p > c.positions[i - 1]!));
const complete = counts.filter((n) => n === appends).length;
appendLatencies.sort((a, b) => a - b);
const q = (p: number) => Math.round(appendLatencies[Math.floor((appendLatencies.length - 1) * p)]!);
console.log(
  JSON.stringify(
    {
      clients,
      appends,
      writers,
      connectMs: Math.round(connectedMs),
      appendPhaseMs: Math.round(appendedMs),
      allDeliveredMs: Math.round(deliveredMs),
      appendLatencyMs: { p50: q(0.5), p99: q(0.99), max: q(1) },
      received: counts.reduce((a, b) => a + b, 0),
      expected: clients * appends,
      clientsComplete: complete,
      minPerClient: Math.min(...counts),
      maxPerClient: Math.max(...counts),
      inLogOrder: inOrder,
    },
    null,
    2,
  ),
);
for (const c of all) c.response?.destroy();
agent.destroy();
await server.stop();
if (complete !== clients || Math.max(...counts) !== appends || !inOrder) {
  console.error('FAILED: not every client received every event exactly once, in order');
  process.exit(1);
}
