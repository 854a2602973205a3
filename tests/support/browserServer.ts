import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer, type StartServerOptions } from '@kroniek/service';
import type { Browser } from 'playwright-core';
import { EVENTS_DIR, REPO } from './app.js';
import { launchBrowser } from './browser.js';

/** The built dashboard; e2e tests that serve it fail loudly when it is missing. */
export const DASHBOARD_DIST = join(REPO, 'dashboard/dist');

export interface BrowserServer {
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * A real service on a fresh SQLite file in a temporary folder (seeded with the letter, port 0,
 * no log) and headless Chromium beside it, for e2e tests. `dashboard: true` serves the built
 * dashboard; `options` add to or override the service's options.
 */
export async function startBrowserServer(
  name: string,
  token: string,
  { dashboard = false, ...options }: Partial<StartServerOptions> & { dashboard?: boolean } = {},
): Promise<BrowserServer> {
  if (dashboard && !existsSync(join(DASHBOARD_DIST, 'index.html'))) {
    throw new Error(
      'dashboard/dist is missing: build it first (npx -y pnpm@10.34.8 --filter @kroniek/dashboard build)',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), `kroniek-${name}-`));
  const dbPath = join(dir, 'kroniek.db');
  let server: RunningServer | undefined;
  try {
    server = await startServer({
      dbPath,
      store: { kind: 'sqlite', path: dbPath },
      port: 0,
      eventsDir: EVENTS_DIR,
      token,
      log: () => {},
      ...(dashboard ? { dashboardDir: DASHBOARD_DIST } : {}),
      ...options,
    });
    const browser = await launchBrowser();
    const running = server;
    return {
      server: running,
      browser,
      async close() {
        await browser.close();
        await running.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
