import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningServer } from '@kroniek/service';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../../support/app.js';
import { startBrowserServer } from '../../support/browserServer.js';
import type { BrowserServer } from '../../support/browserServer.js';

// The API reference page (/api/docs) in Chromium under the service's Content-Security-Policy:
// it must render the operations of /api/openapi.json without a single violation.

declare const document: {
  addEventListener(
    type: 'securitypolicyviolation',
    listener: (e: { violatedDirective: string; blockedURI: string; sample: string }) => void,
  ): void;
};
declare const window: { __violations: string[] };

const SHOTS = join(REPO, 'tests/artifacts/screenshots');
let server: RunningServer;
let browser: Browser;
let running: BrowserServer | undefined;

beforeAll(async () => {
  running = await startBrowserServer('apidocs', 'docs-token');
  ({ server, browser } = running);
});

afterAll(async () => running?.close());

describe('GET /api/docs', () => {
  it('renders every operation of the OpenAPI document without a CSP violation', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    const operations = Object.values(doc.paths).flatMap((item) => Object.values(item));

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
      );
    });

    const res = await page.goto(`${server.url}/api/docs`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(res?.headers()['content-security-policy']).toContain("style-src 'self'");

    await page.locator('.opblock').first().waitFor();
    // Swagger UI lists what it could not read of the document in an errors box.
    expect(await page.locator('.errors-wrapper').count()).toBe(0);
    expect(await page.locator('.opblock').count()).toBe(operations.length);
    await expect.poll(() => page.locator('.opblock-tag').count()).toBeGreaterThan(5);
    // Open one operation: its parameters render from the document too.
    await page.locator('#operations-timeline-getTimeline .opblock-summary').click();
    await page.locator('#operations-timeline-getTimeline .parameters').waitFor();
    await expect
      .poll(() => page.locator('#operations-timeline-getTimeline .parameters').textContent())
      .toContain('knownBy');
    await page.waitForLoadState('networkidle');

    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'api-docs.png'), fullPage: false });
    expect([...problems, ...(await page.evaluate(() => window.__violations))]).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });
});
