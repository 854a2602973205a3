import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningServer } from '@kroniek/service';
import { deriveEventId } from '@kroniek/events';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOC, quote, REPO, sources } from '../support/app.js';
import { startBrowserServer } from '../support/browserServer.js';
import type { BrowserServer } from '../support/browserServer.js';

// A fact of the letter corroborated by a second citation that states another amount, known a
// day earlier: the timeline shows "2 sources", the detail lists both citations, each quote
// highlighted in its own source text, and the disagreement beside the record's value.

const TOKEN = 'e2e-corroboration-token';
const FACT = deriveEventId(DOC, 'maritime-package-announced');
const SUBJECT = 'nl-maritime-package-ukraine-2025';
const SHOTS = join(REPO, 'tests/artifacts/screenshots');

let server: RunningServer;
let browser: Browser;
let running: BrowserServer | undefined;
let corroborationId = '';

beforeAll(async () => {
  running = await startBrowserServer('corroboration-e2e', TOKEN, { dashboard: true });
  ({ server, browser } = running);
  const text = (await sources()).get(DOC)!.text;
  const res = await fetch(`${server.url}/api/subjects/${SUBJECT}/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({
      type: 'EventCorroborated',
      corroborates: FACT,
      title: 'The maritime package, as another passage states it',
      category: 'ukraine-support',
      occurred: { precision: 'day', date: '2025-06-04' },
      knownAt: { date: { precision: 'day', date: '2025-06-03' }, basis: 'stated' },
      source: quote(text, 'De eerste leveringen zijn al gedaan', 'UDCG'),
      actors: [],
      money: [
        {
          currency: 'EUR',
          amount: { kind: 'exact', value: 450_000_000 },
          approximate: false,
          wording: '€450 mln',
        },
      ],
    }),
  });
  expect(res.status).toBe(201);
  corroborationId = ((await res.json()) as { events: { id: string }[] }).events[0]!.id;
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => running?.close());

async function check(page: Page, width: number): Promise<void> {
  await page.goto(`${server.url}/?q=${encodeURIComponent('maritime support package')}`);
  const row = page.locator(`[data-id="${FACT}"]`);
  const tag = row.getByTestId('sources-tag');
  await tag.waitFor({ timeout: 20_000 });
  expect(await tag.innerText()).toMatch(/^2 sources/);
  expect(await tag.getAttribute('title')).toContain(DOC);

  await row.click();
  const citations = page.getByTestId('citations');
  await citations.waitFor({ timeout: 20_000 });
  const items = citations.getByTestId('citation');
  expect(await items.count()).toBe(2);
  expect(await items.nth(0).getAttribute('data-role')).toBe('own');
  const cor = items.nth(1);
  expect(await cor.getAttribute('data-role')).toBe('corroboration');
  expect(await cor.innerText()).toContain('Earliest source');
  // The other amount, with the record's beside it.
  const money = cor.locator('tr[data-field="money"]');
  expect(await money.getAttribute('data-agreement')).toBe('differs');
  expect(await money.innerText()).toMatch(/450/);
  expect(await money.innerText()).toMatch(/400/);
  // Each quote highlighted in its own source.
  await cor.getByTestId('source-context').waitFor({ timeout: 20_000 });
  expect(await cor.locator('mark').innerText()).toBe('De eerste leveringen zijn al gedaan');
  expect(await items.nth(0).locator('mark').innerText()).toContain('maritiem pakket aangekondigd');
  await cor.locator('tr[data-field="money"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, `corroboration-${width}.png`) });

  // The money chart draws the record's value and lists the other beside it.
  await page.goto(`${server.url}/?tab=charts`);
  const disputed = page.getByTestId('disputed-amounts');
  await disputed.waitFor({ timeout: 20_000 });
  expect(await disputed.innerText()).toMatch(/450/);
  expect(await disputed.innerText()).toContain(DOC);
  await disputed.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, `corroboration-chart-${width}.png`) });
}

describe('an event stated by two sources', () => {
  it('shows the count on the timeline and every citation in the detail, at 1280 and 390 wide', async () => {
    expect(corroborationId).not.toBe('');
    for (const [width, height] of [
      [1280, 900],
      [390, 844],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height } });
      try {
        await check(page, width);
      } finally {
        await page.close();
      }
    }
  });
});
