import type { RunningServer } from '@kroniek/service';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserServer } from '../../support/browserServer.js';
import type { BrowserServer } from '../../support/browserServer.js';

// The built dashboard under the service's Content-Security-Policy, in Chromium: every violation
// the page reports is collected, and the views must render and draw their charts all the same.

declare const document: {
  addEventListener(
    type: 'securitypolicyviolation',
    listener: (e: { violatedDirective: string; blockedURI: string; sample: string }) => void,
  ): void;
};
declare const window: { __violations: string[] };

let server: RunningServer;
let browser: Browser;
let running: BrowserServer | undefined;

beforeAll(async () => {
  running = await startBrowserServer('csp', 'csp-token', { dashboard: true });
  ({ server, browser } = running);
});

afterAll(async () => running?.close());

async function openWatched(
  path: string,
): Promise<{ page: Page; problems: () => Promise<string[]> }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) console.push(m.text());
  });
  page.on('pageerror', (e) => console.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  const res = await page.goto(`${server.url}${path}`);
  expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
  return {
    page,
    problems: async () => [...console, ...(await page.evaluate(() => window.__violations))],
  };
}

describe('the dashboard under the CSP', () => {
  it('renders the timeline and an event without a single violation', async () => {
    const { page, problems } = await openWatched('/');
    await page
      .getByTestId('count')
      .filter({ hasText: /\d+ events?/ })
      .waitFor();
    await page.locator('[data-testid="timeline"] a.item').first().click();
    await page.getByTestId('event-detail').waitFor();
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('draws the charts (Chart.js) without a single violation', async () => {
    const { page, problems } = await openWatched('/?tab=charts&asOf=2025-06-30');
    await page.getByTestId('chart-money').locator('canvas').first().waitFor();
    await page.getByTestId('chart-per-month').locator('table').waitFor();
    // Give Chart.js its animation frames.
    await page.waitForTimeout(500);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('blocks and reports an injected inline script and inline style (the watch works)', async () => {
    const { page, problems } = await openWatched('/?tab=changes');
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      const d = document as unknown as {
        createElement(t: string): { textContent: string; setAttribute(n: string, v: string): void };
        body: { append(n: unknown): void };
      };
      const script = d.createElement('script');
      script.textContent = 'window.__injected = true';
      d.body.append(script);
      const div = d.createElement('div');
      div.setAttribute('style', 'color: red');
      d.body.append(div);
    });
    await expect.poll(async () => (await problems()).join('\n')).toMatch(/script-src/);
    expect((await problems()).join('\n')).toMatch(/style-src/);
    expect(
      await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
    ).toBeUndefined();
    await page.close();
  });

  it('shows the changes view without a single violation', async () => {
    const { page, problems } = await openWatched('/?tab=changes');
    await page.waitForLoadState('networkidle');
    expect(await problems()).toEqual([]);
    await page.close();
  });
});
