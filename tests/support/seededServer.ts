import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '@kroniek/service';
import { EVENTS_DIR } from './app.js';

/** A real service on loopback, seeded from events/, on a fresh SQLite file in a temporary folder. */
export interface SeededServer {
  server: RunningServer;
  close(): Promise<void>;
}

/** Starts a seeded service (port 0, no log, no snapshot) with the write token `token`. */
export async function startSeededServer(name: string, token: string): Promise<SeededServer> {
  const dir = mkdtempSync(join(tmpdir(), `kroniek-${name}-`));
  const dbPath = join(dir, 'kroniek.db');
  const server = await startServer({
    dbPath,
    store: { kind: 'sqlite', path: dbPath },
    port: 0,
    eventsDir: EVENTS_DIR,
    token,
    log: () => {},
    snapshot: false,
  });
  return {
    server,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
