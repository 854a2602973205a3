import { deriveEventId } from '@kroniek/events';
import type { RunningServer } from '@kroniek/service';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../support/app.js';
import { startBrowserServer } from '../support/browserServer.js';
import type { BrowserServer } from '../support/browserServer.js';

// Issue 14, section 2, in Chromium against the real service: the Commitments view. "Today" is
// the injected clock of the service and a fixed clock in the page, never the wall clock.

const TOKEN = 'e2e-commitments-token';
const TODAY = new Date('2026-01-15T10:00:00.000Z');
const LETTER = 'kamerbrief-navo-dmm-2025-06';
const DASSEN = deriveEventId(LETTER, 'commitment-report-on-motie-dassen-omtzigt');
const DASSEN_FULFILLED = deriveEventId(
  LETTER,
  'commitment-report-on-motie-dassen-omtzigt-fulfilled',
);
const BRIEFING = deriveEventId(LETTER, 'commitment-confidential-briefing-autumn');
const SHOTS = `${REPO}/tests/artifacts/screenshots`;

let server: RunningServer;
let browser: Browser;
let running: BrowserServer | undefined;

beforeAll(async () => {
  running = await startBrowserServer('commitments-e2e', TOKEN, {
    dashboard: true,
    clock: () => new Date(TODAY),
  });
  ({ server, browser } = running);
});

afterAll(async () => running?.close());

async function openPage(query: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.clock.setFixedTime(TODAY);
  await page.goto(`${server.url}/${query}`);
  await page.getByTestId('commitments-count').waitFor({ timeout: 20_000 });
  return page;
}
const item = (page: Page, id: string) =>
  page.locator(`[data-testid="commitment"][data-id="${id}"]`);

describe('the Commitments view', () => {
  it('shows the Dassen-Omtzigt report fulfilled by the letter and the autumn briefing overdue today', async () => {
    const page = await openPage('?tab=commitments&lang=en');
    try {
      await expect.poll(() => item(page, DASSEN).getAttribute('data-status')).toBe('fulfilled');
      const settled = item(page, DASSEN).getByTestId('commitment-settled').getByRole('link');
      expect(await settled.getAttribute('href')).toContain(`event=${DASSEN_FULFILLED}`);
      expect(await item(page, BRIEFING).getAttribute('data-status')).toBe('overdue');
      expect(await item(page, BRIEFING).getByTestId('commitment-due').innerText()).toContain(
        'in het najaar',
      );
      await page.screenshot({ path: `${SHOTS}/commitments-1280.png`, fullPage: true });

      await settled.click();
      await page.waitForURL((u) => u.searchParams.get('event') === DASSEN_FULFILLED);
    } finally {
      await page.close();
    }
  });

  it('keeps the autumn briefing open on 2025-10-01, as known then', async () => {
    const page = await openPage('?tab=commitments&asOf=2025-10-01&known=then&lang=nl');
    try {
      await expect.poll(() => item(page, BRIEFING).getAttribute('data-status')).toBe('open');
      expect(await page.getByRole('heading', { level: 2 }).first().innerText()).toBe(
        'Register van toezeggingen',
      );
    } finally {
      await page.close();
    }
  });

  it('filters by status through the URL, and fits a phone', async () => {
    const page = await openPage('?tab=commitments&lang=en', 390);
    try {
      await page.getByTestId('commitments-status').selectOption('overdue');
      await page.waitForURL((u) => u.searchParams.get('cstatus') === 'overdue');
      await expect
        .poll(() =>
          page
            .locator('[data-testid="commitment"]')
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))),
        )
        .toEqual(['overdue']);
      await page.getByTestId('commitments-status').selectOption('');
      await expect.poll(() => item(page, DASSEN).count()).toBe(1);
      const overflow = await page.evaluate(() => {
        const g = globalThis as unknown as {
          document: { documentElement: { scrollWidth: number } };
          innerWidth: number;
        };
        return g.document.documentElement.scrollWidth - g.innerWidth;
      });
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/commitments-390.png`, fullPage: true });
    } finally {
      await page.close();
    }
  });
});
