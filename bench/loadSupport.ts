import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '@kroniek/service';
import type { RunningServer, StartServerOptions } from '@kroniek/service';

export const TOKEN = 'bench-load-token';

/** `--name value` from argv, as a number. */
export function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const raw = i >= 0 ? process.argv[i + 1] : undefined;
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`--${name} expects a positive number, got '${raw}'`);
  return n;
}

export interface BenchServer extends RunningServer {
  /** A quotation of the seed's source, to post statements that quote it. */
  source: unknown;
}

/**
 * The real server (startServer) on a loopback port over a temp SQLite file seeded with the
 * letter; no dashboard. The write rate limit is off: every request of the load comes from one
 * address, and the limiter is not what is measured. `extra` adds options (e.g. the live caps).
 */
export async function startBenchServer(
  extra: Partial<StartServerOptions> = {},
): Promise<BenchServer & { stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'kroniek-load-'));
  const dbPath = join(dir, 'kroniek.db');
  const server = await startServer({
    dbPath,
    store: { kind: 'sqlite', path: dbPath },
    port: 0,
    eventsDir: join(dirname(fileURLToPath(import.meta.url)), '../events'),
    dashboardDir: join(dir, 'no-dashboard'),
    token: TOKEN,
    log: () => {},
    writeRateLimit: false,
    ...extra,
  });
  const res = await fetch(`${server.url}/api/log?limit=1`);
  if (res.status !== 200) throw new Error(`the log answered ${res.status}: ${await res.text()}`);
  const log = (await res.json()) as { events: { data: { source: unknown } }[] };
  return {
    ...server,
    source: log.events[0]!.data.source,
    stop: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A statement on its own new subject, quoting the seed. */
export function statementBody(source: unknown, n: number): string {
  return JSON.stringify({
    type: 'StatementMade',
    title: `Load statement ${n}`,
    category: 'ukraine-support',
    occurred: { precision: 'day', date: '2025-06-04' },
    knownAt: { date: { precision: 'day', date: '2025-06-04' }, basis: 'public-at-occurrence' },
    source,
    actors: [{ id: 'nederland', name: 'Nederland', role: 'speaker' }],
    expectedRevision: 'no_stream',
  });
}

export const writeHeaders = {
  'content-type': 'application/json',
  authorization: `Bearer ${TOKEN}`,
};

/** Days of the letter's span, for asOf/knownBy replays. */
export const DAYS = [
  '2025-03-01',
  '2025-05-15',
  '2025-06-01',
  '2025-06-04',
  '2025-06-05',
  '2025-06-10',
  '2025-06-24',
  '2025-06-25',
  '2025-06-30',
  '2025-09-01',
  '2025-12-31',
];
