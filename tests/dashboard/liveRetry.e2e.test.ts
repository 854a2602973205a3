import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '@kroniek/service';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENTS_DIR, REPO } from '../support/app.js';
import { launchBrowser } from '../support/browser.js';

// The live feed when the service is capped: a stream refused with 429 makes an EventSource give
// up for good, so the dashboard must connect again by itself after Retry-After.

const DIST = join(REPO, 'dashboard/dist');
const TOKEN = 'e2e-live-retry-token';

let server: RunningServer;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(
      'dashboard/dist is missing: build it first (npx -y pnpm@10.34.8 --filter @kroniek/dashboard build)',
    );
  }
  dir = mkdtempSync(join(tmpdir(), 'kroniek-live-retry-e2e-'));
  const dbPath = join(dir, 'kroniek.db');
  server = await startServer({
    dbPath,
    store: { kind: 'sqlite', path: dbPath },
    port: 0,
    eventsDir: EVENTS_DIR,
    dashboardDir: DIST,
    token: TOKEN,
    log: () => {},
    // One stream per address: a stream held by the test leaves the page none.
    live: { maxPerClient: 1, retryAfterSeconds: 1 },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the live status when the service refuses the stream', () => {
  it('shows not live while refused, then follows the feed once a slot is free, without a reload', async () => {
    const holder = new AbortController();
    const held = await fetch(`${server.url}/api/live`, { signal: holder.signal });
    expect(held.status).toBe(200);

    const page = await browser.newPage();
    const refused: number[] = [];
    page.on('response', (r) => {
      if (new URL(r.url()).pathname === '/api/live' && r.status() === 429) refused.push(r.status());
    });
    try {
      await page.goto(server.url);
      await expect.poll(() => refused.length, { timeout: 15_000 }).toBeGreaterThan(0);
      expect(await page.getByTestId('live-status').innerText()).toMatch(/^Not live/);
      const marker = await page.evaluate(
        () => ((globalThis as Record<string, unknown>).__kept = 7),
      );

      holder.abort();
      await page
        .getByTestId('live-status')
        .filter({ hasText: /^Live/ })
        .waitFor({ timeout: 20_000 });
      expect(await page.evaluate(() => (globalThis as Record<string, unknown>).__kept)).toBe(
        marker,
      );
    } finally {
      holder.abort();
      await page.close();
    }
  });
});
