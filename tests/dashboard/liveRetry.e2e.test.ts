import type { RunningServer } from '@kroniek/service';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserServer } from '../support/browserServer.js';
import type { BrowserServer } from '../support/browserServer.js';

// The live feed when the service is capped: a stream refused with 429 makes an EventSource give
// up for good, so the dashboard must connect again by itself after Retry-After.

const TOKEN = 'e2e-live-retry-token';

let server: RunningServer;
let browser: Browser;
let running: BrowserServer | undefined;

beforeAll(async () => {
  running = await startBrowserServer('live-retry-e2e', TOKEN, {
    dashboard: true,
    // One stream per address: a stream held by the test leaves the page none.
    live: { maxPerClient: 1, retryAfterSeconds: 1 },
  });
  ({ server, browser } = running);
});

afterAll(async () => running?.close());

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
