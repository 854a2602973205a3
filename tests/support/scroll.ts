import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

// The browser global page.evaluate uses (the tests project compiles without the DOM library).
declare const window: { scrollBy(x: number, y: number): void; innerHeight: number };

/**
 * Scrolls the page a screen at a time until `target` is rendered: the timeline renders only the
 * rows on screen, and the seed's letter comes after the corpus's older documents.
 */
export async function scrollUntil(page: Page, target: Locator): Promise<void> {
  await expect
    .poll(
      async () => {
        if ((await target.count()) > 0) return true;
        await page.evaluate(() => window.scrollBy(0, window.innerHeight));
        return false;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
}
