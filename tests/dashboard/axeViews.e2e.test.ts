import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockingViolations } from '../support/axe.js';
import { startBrowserServer, type BrowserServer } from '../support/browserServer.js';

// Issue 14 §5: axe-core on every view, failing on any serious or critical violation. The pages
// and the timeline are checked in pages.e2e; these are the views added beside them (sources,
// commitments, the review screen, the replay's advanced panel, charts), at both widths.

const LETTER = 'kamerbrief-navo-dmm-2025-06';
const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];

let env: BrowserServer;
const contexts: BrowserContext[] = [];

async function open(path: string, viewport: (typeof WIDTHS)[number]): Promise<Page> {
  const context = await env.browser.newContext({ viewport, locale: 'en-GB' });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${env.server.url}${path}`);
  return page;
}

beforeAll(async () => {
  env = await startBrowserServer('axe-views-e2e', 'e2e-axe-token', { dashboard: true });
}, 60_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await env?.close();
});

const VIEWS: { name: string; path: string; ready: (p: Page) => Promise<unknown> }[] = [
  {
    name: 'the sources list',
    path: '/?tab=sources',
    ready: (p) =>
      p
        .getByRole('link', { name: /NAVO|NATO/ })
        .first()
        .waitFor(),
  },
  {
    name: "the letter's source page",
    path: `/?tab=sources&source=${LETTER}`,
    ready: (p) => p.getByTestId('uncited-share').waitFor(),
  },
  {
    name: 'the commitments register',
    path: '/?tab=commitments',
    ready: (p) => p.getByTestId('commitment').first().waitFor(),
  },
  {
    name: 'the review screen',
    path: '/?tab=review',
    ready: (p) => p.getByTestId('review-source').waitFor(),
  },
  {
    name: "the replay's advanced panel, as known then",
    path: '/?asOf=2025-06-05&knownThen=1&recordedAsOf=2026-01-01',
    ready: (p) => p.getByTestId('replay-recorded').waitFor(),
  },
  {
    name: 'the charts',
    path: '/?tab=charts&asOf=2025-06-30',
    ready: (p) => p.locator('canvas').first().waitFor(),
  },
];

describe('axe on the views added by issues 13-15', () => {
  for (const view of VIEWS)
    for (const viewport of WIDTHS)
      it(`finds no serious or critical violation on ${view.name} at ${viewport.width} wide`, async () => {
        const page = await open(view.path, viewport);
        await view.ready(page);
        expect(await blockingViolations(page)).toEqual([]);
      }, 60_000);
});
