import { join } from 'node:path';
import type { RunningServer } from '@kroniek/service';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../support/app.js';
import { startBrowserServer } from '../support/browserServer.js';
import type { BrowserServer } from '../support/browserServer.js';

// Issue 14: a subject's page draws a due date given as a season or another window ("najaar
// 2025") as a band over that window, with its wording (before: no due marker at all).

const SUBJECT = 'critical-military-capabilities-analysis';
const SHOTS = join(REPO, 'tests/artifacts/screenshots');
const TODAY = new Date('2026-01-15T10:00:00.000Z');

let server: RunningServer;
let browser: Browser;
let running: BrowserServer | undefined;

beforeAll(async () => {
  running = await startBrowserServer('due-window-e2e', 'e2e-due-window-token', {
    dashboard: true,
    clock: () => new Date(TODAY),
  });
  ({ server, browser } = running);
});
afterAll(async () => running?.close());

async function open(width: number, lang: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.clock.setFixedTime(TODAY);
  await page.goto(`${server.url}/?subject=${SUBJECT}&lang=${lang}`);
  await page.getByTestId('subject-page').getByRole('heading', { level: 2 }).waitFor();
  return page;
}

describe("a subject's due window", () => {
  it('is drawn as a band over the season, with its wording, in Dutch and English', async () => {
    const res = await fetch(`${server.url}/api/subjects/${SUBJECT}`);
    const subject = (await res.json()) as {
      due?: { precision: string };
      dueBounds?: { earliest: string | null; latest: string | null };
    };
    // The record gives this briefing's due date as a season: "in het najaar" 2025.
    expect(subject.due?.precision).toBe('season');
    expect(subject.dueBounds).toEqual({ earliest: '2025-09-01', latest: '2025-11-30' });
    for (const [width, lang, words] of [
      [1280, 'nl', /najaar 2025/],
      [390, 'en', /autumn 2025/],
    ] as const) {
      const page = await open(width, lang);
      try {
        const band = page.getByTestId('due-window');
        await band.waitFor();
        expect(await band.innerText()).toMatch(words);
        const box = await band.boundingBox();
        // A window, not a line: the band has a width of its own.
        expect(box!.width).toBeGreaterThan(4);
        await page.screenshot({ path: join(SHOTS, `subject-due-window-${width}.png`) });
      } finally {
        await page.close();
      }
    }
  });
});
