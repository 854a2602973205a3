import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningServer } from '@kroniek/service';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOC, REPO } from '../support/app.js';
import { startBrowserServer } from '../support/browserServer.js';
import type { BrowserServer } from '../support/browserServer.js';

// The review screen against the real service: the letter's drafts beside its text, accepted,
// edited or rejected by keyboard and mouse; what is accepted is in the log with its provenance.

const TOKEN = 'e2e-review-token';
const SHOTS = join(REPO, 'tests/artifacts/screenshots');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

interface ProposedDraft {
  corroborates?: { eventId: string };
  kind: string;
  event: { id: string; title: string };
  fact: { id: string };
}

let server: RunningServer;
let browser: Browser;
let running: BrowserServer | undefined;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  running = await startBrowserServer('review-e2e', TOKEN, { dashboard: true });
  ({ server, browser } = running);
});
afterAll(async () => running?.close());

async function head(): Promise<number> {
  const res = await fetch(`${server.url}/api/log/head`);
  return ((await res.json()) as { position: number }).position;
}

async function drafts(): Promise<ProposedDraft[]> {
  const res = await fetch(`${server.url}/api/sources/${DOC}/drafts`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  return ((await res.json()) as { drafts: ProposedDraft[] }).drafts;
}

interface Logged {
  id: string;
  type: string;
  data: {
    title: string;
    source: { quotation: string };
    provenance?: { drafted: { rule: { id: string } }; accepted: { edited: string[] } };
  };
}

/** What the log holds after `position`. */
async function loggedAfter(position: number): Promise<Logged[]> {
  const res = await fetch(`${server.url}/api/log?after=${position}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { events: Logged[] }).events;
}

async function openReview(viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/?tab=review`);
  await page
    .getByTestId('review-source')
    .locator(`option[value="${DOC}"]`)
    .waitFor({ state: 'attached' });
  await page.getByTestId('review-source').selectOption(DOC);
  await page.getByTestId('review-token').fill(TOKEN);
  await page.getByRole('button', { name: 'Draft events' }).click();
  await page.getByTestId('draft').first().waitFor();
  expect(errors).toEqual([]);
  return page;
}

const status = (page: Page, i: number) =>
  page.getByTestId('draft').nth(i).getByTestId('draft-status');

describe('the review screen', () => {
  it('shows the drafts beside the highlighted source text, and screenshots at 1280 and 390', async () => {
    const expected = await drafts();
    const page = await openReview(DESKTOP);
    try {
      expect(await page.getByTestId('draft').count()).toBe(expected.length);
      expect(await page.getByTestId('review-text').locator('mark').count()).toBeGreaterThan(0);
      await page.screenshot({ path: join(SHOTS, 'review-1280.png') });
    } finally {
      await page.close();
    }
    const phone = await openReview(PHONE);
    try {
      const width = await phone.evaluate('document.documentElement.scrollWidth');
      expect(width).toBeLessThanOrEqual(PHONE.width);
      await phone.screenshot({ path: join(SHOTS, 'review-390.png') });
    } finally {
      await phone.close();
    }
  });

  it('rejects by keyboard without writing, and accepts by keyboard with provenance', async () => {
    const expected = await drafts();
    const page = await openReview(DESKTOP);
    try {
      const before = await head();
      await page.getByTestId('draft').first().focus();
      await page.keyboard.press('r');
      await expect.poll(() => status(page, 0).innerText()).toMatch(/^rejected/);
      expect(await head()).toBe(before);
      // The rejection moved the focus to the next draft: accept it with `a`.
      await page.keyboard.press('a');
      await expect.poll(() => status(page, 1).innerText()).toMatch(/^accepted at log position/);
      expect(await head()).toBe(before + 1);
      const [logged] = await loggedAfter(before);
      expect(logged!.id).toBe(expected[1]!.event.id);
      expect(logged!.data.title).toBe(expected[1]!.event.title);
      expect(logged!.data.provenance?.accepted.edited).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('edits by mouse: a quotation off its offsets is refused by the server, the fixed edit accepted', async () => {
    const expected = await drafts();
    const page = await openReview(DESKTOP);
    try {
      const before = await head();
      const card = page.getByTestId('draft').nth(2);
      await card.getByRole('button', { name: 'Edit' }).click();
      const editor = card.getByTestId('draft-editor');
      await editor.locator('input[name="title"]').fill('Titel door de beoordelaar');
      // Shorten the quotation by its first word without moving its start: not the text there.
      const quotation = editor.locator('textarea[name="quotation"]');
      const words = await quotation.inputValue();
      const cut = words.search(/\s\S/) + 1;
      expect(cut).toBeGreaterThan(0);
      await quotation.fill(words.slice(cut));
      const accept = editor.getByRole('button', { name: 'Accept as edited' });
      await accept.click();
      await expect.poll(() => status(page, 2).innerText()).toMatch(/^not accepted: .*quotation/);
      const start = editor.locator('input[name="start"]');
      await start.fill(String(Number(await start.inputValue()) + cut));
      await accept.click();
      await expect
        .poll(() => status(page, 2).innerText())
        .toMatch(/^accepted at log position \d+, edited: source, title$/);
      const logged = await loggedAfter(before);
      expect(logged.map((e) => e.id)).toEqual([expected[2]!.event.id]);
      const event = logged[0]!.data;
      expect(event.title).toBe('Titel door de beoordelaar');
      expect(event.source.quotation).toBe(words.slice(cut));
      expect(event.provenance?.accepted.edited).toEqual(['source', 'title']);
    } finally {
      await page.close();
    }
  });

  it('accepts a proposed corroboration as one, or the draft as a new fact at the reviewer’s choice', async () => {
    const expected = await drafts();
    const matched = expected.flatMap((d, i) => (d.corroborates ? [i] : []));
    expect(matched.length).toBeGreaterThan(1);
    const [first, second] = [matched[0]!, matched[1]!];
    const page = await openReview(DESKTOP);
    try {
      const before = await head();
      await page
        .getByTestId('draft')
        .nth(first)
        .getByRole('button', { name: 'Accept', exact: true })
        .click();
      await expect.poll(() => status(page, first).innerText()).toMatch(/^accepted/);
      await page
        .getByTestId('draft')
        .nth(second)
        .getByRole('button', { name: 'Accept as a new fact' })
        .click();
      await expect.poll(() => status(page, second).innerText()).toMatch(/^accepted/);
      const logged = await loggedAfter(before);
      expect(logged.map((e) => [e.id, e.type])).toEqual([
        [expected[first]!.event.id, 'EventCorroborated'],
        [expected[second]!.fact.id, expected[second]!.kind],
      ]);
    } finally {
      await page.close();
    }
  });
});
