import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../support/app.js';
import { blockingViolations, violationsOf } from '../support/axe.js';
import { startBrowserServer, type BrowserServer } from '../support/browserServer.js';
import { scrollUntil } from '../support/scroll.js';

// Issue 14, sections 3 and 5 in Chromium against the real service: subject and actor pages,
// the NL/EN switch, dates in the UI's language (also in a US-locale browser), search by actor
// name, citations and exports, and axe on every view (0 serious or critical violations).

// Callbacks given to page.evaluate run in the browser; these are the browser globals they use
// (the tests project compiles for Node, without the DOM library).
declare function getComputedStyle(el: unknown): { overflowY: string };
declare const navigator: { clipboard: { readText(): Promise<string> } };

const SHOTS = join(REPO, 'tests/artifacts/screenshots');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const LETTER = 'kamerbrief-navo-dmm-2025-06';

interface Item {
  id: string;
  title: string;
  subject: string;
  actors: { id: string; name: string }[];
  source: { documentId: string };
}

let env: BrowserServer;
let items: Item[];

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${env.server.url}${path}`);
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  return (await res.json()) as T;
}

const contexts: BrowserContext[] = [];
async function open(
  path: string,
  options: { viewport?: typeof DESKTOP; locale?: string } = {},
): Promise<Page> {
  const context = await env.browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    locale: options.locale ?? 'en-GB',
  });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(`${env.server.url}${path}`);
  return page;
}

async function shots(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}-1280.png`) });
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(SHOTS, `${name}-390.png`) });
  await page.setViewportSize(DESKTOP);
}

const timelineReady = (page: Page) =>
  page.locator('[data-testid="timeline"] a.item').first().waitFor();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  env = await startBrowserServer('pages-e2e', 'e2e-pages-token', { dashboard: true });
  items = (await api<{ items: Item[] }>('/api/timeline?limit=500')).items;
}, 60_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await env?.close();
});

describe('subject and actor pages', () => {
  it('open from a subject name in the timeline, with the lifecycle and every event', async () => {
    // The first item of the timeline: the one rendered first.
    const item = items[0]!;
    const subject = await api<{ title: string; items: { id: string }[]; lifecycle: unknown[] }>(
      `/api/subjects/${item.subject}`,
    );
    const page = await open('/');
    await timelineReady(page);
    await page
      .locator(`[data-testid="timeline"] [data-page="subject"][data-page-id="${item.subject}"]`)
      .first()
      .click();
    const view = page.getByTestId('subject-page');
    await view.getByRole('heading', { level: 2, name: subject.title }).waitFor();
    expect(new URL(page.url()).searchParams.get('subject')).toBe(item.subject);
    for (const e of subject.items) await view.locator(`a[href*="event=${e.id}"]`).first().waitFor();
    expect(await view.getByTestId('lifecycle').locator('li[data-reached="true"]').count()).toBe(
      subject.lifecycle.length,
    );
    expect(await blockingViolations(page)).toEqual([]);
    await shots(page, 'subject-page');
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it('open from the URL: the Dassen-Omtzigt motion is fulfilled, with its steps', async () => {
    const subjects = (await api<{ subjects: { id: string; status: string }[] }>('/api/subjects'))
      .subjects;
    const motion = subjects.find((s) => s.id === 'motie-dassen-omtzigt')!;
    const page = await open('/?subject=motie-dassen-omtzigt');
    const view = page.getByTestId('subject-page');
    await expect.poll(() => view.getByTestId('subject-status').textContent()).toBe(motion.status);
    expect(motion.status).toBe('fulfilled');
    // The path drawn: open, then fulfilled, each with its step.
    const stops = await view
      .getByTestId('lifecycle')
      .locator('li')
      .evaluateAll((els) =>
        els.map((e) => `${e.getAttribute('data-status')}:${e.getAttribute('data-reached')}`),
      );
    expect(stops).toEqual(['open:true', 'fulfilled:true']);

    // The autumn briefing on critical capabilities, replayed to a fixed day past its due date.
    const briefing = await api<{ status: string }>(
      '/api/subjects/critical-military-capabilities-analysis?asOf=2026-03-01',
    );
    expect(briefing.status).toBe('overdue');
    await page.goto(
      `${env.server.url}/?subject=critical-military-capabilities-analysis&asOf=2026-03-01`,
    );
    await expect.poll(() => view.getByTestId('subject-status').textContent()).toBe('overdue');
    await view.locator('li.overdue[data-status="fulfilled"]').waitFor();
    expect(await blockingViolations(page)).toEqual([]);
    await shots(page, 'subject-overdue');
    expect(await blockingViolations(page)).toEqual([]);
  });

  it("open an actor's page from a name in the timeline and from the URL, events by role", async () => {
    const withActor = items.find((i) => i.actors.some((a) => a.id === 'rp-brekelmans'))!;
    const actor = await api<{ name: string; total: number; byRole: Record<string, number> }>(
      '/api/actors/rp-brekelmans',
    );
    const page = await open('/?q=Brekelmans');
    await timelineReady(page);
    await page
      .locator(`[data-id="${withActor.id}"]`)
      .locator('xpath=..')
      .locator('[data-page="actor"][data-page-id="rp-brekelmans"]')
      .click();
    const view = page.getByTestId('actor-page');
    await view.getByRole('heading', { level: 2, name: actor.name }).waitFor();
    expect(new URL(page.url()).searchParams.get('actor')).toBe('rp-brekelmans');
    const roles = await view
      .locator('[data-role]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-role')));
    expect(roles.sort()).toEqual(Object.keys(actor.byRole).sort());
    expect(await blockingViolations(page)).toEqual([]);
    await shots(page, 'actor-page');

    const direct = await open('/?actor=rp-brekelmans&lang=nl');
    await direct
      .getByTestId('actor-page')
      .getByRole('heading', { level: 2, name: actor.name })
      .waitFor();
    expect(await direct.getByTestId('actor-page').textContent()).toContain(
      'Gebeurtenissen per rol',
    );
  });
});

describe('search', () => {
  it('finds "Brekelmans" by the actor name and marks the hit', async () => {
    const expected = items.filter((i) => i.actors.some((a) => /brekelmans/i.test(a.name))).length;
    const page = await open('/');
    await timelineReady(page);
    await page.getByTestId('search').fill('Brekelmans');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Brekelmans');
    const count = page.getByTestId('count');
    await expect
      .poll(async () =>
        Number((await count.innerText()).match(/^\s*([\d,]+)/)?.[1]?.replace(/,/g, '')),
      )
      .toBeGreaterThanOrEqual(expected);
    await page
      .locator('[data-testid="timeline"] mark', { hasText: /Brekelmans/ })
      .first()
      .waitFor();
    expect(await blockingViolations(page)).toEqual([]);
    await shots(page, 'search-brekelmans');
  });
});

describe('the actor picker', () => {
  it('lists each actor once, sorted, and takes a typed name', async () => {
    const actors = (await api<{ actors: { id: string; name: string }[] }>('/api/actors')).actors;
    const brekelmans = actors.find((a) => a.id === 'rp-brekelmans')!;
    const page = await open('/');
    await timelineReady(page);
    const picker = page.getByTestId('filter-actor');
    await picker.focus();
    const labels = await page
      .locator('#filter-actor-options option')
      .evaluateAll((els) => els.map((e) => e.getAttribute('value') ?? ''));
    expect(labels.length).toBe(new Set(actors.map((a) => a.id)).size);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toEqual(
      [...labels].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare),
    );
    await picker.fill(brekelmans.name.toUpperCase());
    await picker.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('actors')).toBe('rp-brekelmans');
  });
});

describe('language', () => {
  it('follows the browser, switches with the buttons and keeps the choice in the URL', async () => {
    const page = await open('/?asOf=2025-06-04', { locale: 'nl-NL' });
    await timelineReady(page);
    await page.getByRole('tab', { name: 'Tijdlijn' }).waitFor();
    expect(await page.getByTestId('replay-date').inputValue()).toBe('4 juni 2025');
    await scrollUntil(page, page.getByRole('heading', { level: 4, name: /4 juni 2025/ }));
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await shots(page, 'timeline-nl');

    await page.locator('[data-lang="en"]').click();
    await page.getByRole('tab', { name: 'Timeline' }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await page.getByTestId('replay-date').inputValue()).toBe('4 June 2025');
    await page.reload();
    await page.getByRole('tab', { name: 'Timeline' }).waitFor();
    expect(await blockingViolations(page)).toEqual([]);
  });

  it('writes the day field in the UI language in a US-locale browser, never 06/04/2025', async () => {
    const page = await open('/?asOf=2025-06-04&lang=nl', { locale: 'en-US' });
    await timelineReady(page);
    const field = page.getByTestId('replay-date');
    expect(await field.inputValue()).toBe('4 juni 2025');
    expect(await field.getAttribute('type')).toBe('text');
    await field.fill('5 juni 2025');
    await expect.poll(() => new URL(page.url()).searchParams.get('asOf')).toBe('2025-06-05');
    await field.fill('06/04/2025');
    await field.press('Enter');
    // Day first, always: 6 April, never June the 4th.
    await expect.poll(() => new URL(page.url()).searchParams.get('asOf')).toBe('2025-04-06');
  });
});

describe('the timeline page', () => {
  it('scrolls with the page, heads each day, links citations and exports, folds filters on a phone', async () => {
    const page = await open('/?asOf=2025-06-05');
    await timelineReady(page);
    const overflow = await page
      .getByTestId('timeline')
      .evaluate((el) => getComputedStyle(el).overflowY);
    expect(overflow).toBe('visible');
    await scrollUntil(page, page.getByRole('heading', { level: 4, name: /^4 June 2025/ }));
    const exports = page.getByTestId('exports');
    expect(await exports.locator('[data-export="csv"]').getAttribute('href')).toContain(
      'asOf=2025-06-05',
    );
    const csv = await fetch(
      `${env.server.url}${await exports.locator('[data-export="ndjson"]').getAttribute('href')}`,
    );
    expect(csv.status).toBe(200);

    // An event quoting the passage that cites the motion links to it: Kamerstuk 21 501-20, nr. 2217.
    const source = await api<{ text: string; cites: { reference: string; quotation: string }[] }>(
      `/api/sources/${LETTER}`,
    );
    const motion = source.cites.find((c) => c.reference === 'Kamerstuk 21 501-20, nr. 2217')!;
    const at = source.text.indexOf(motion.quotation);
    const full = (
      await api<{ items: (Item & { source: { location: { start: number; end: number } } })[] }>(
        '/api/timeline?limit=500',
      )
    ).items;
    const citing = full.find(
      (i) =>
        i.source.documentId === LETTER &&
        i.source.location.start < at + motion.quotation.length &&
        i.source.location.end > at,
    );
    expect(citing, 'an event quoting the passage that cites the motion').toBeDefined();
    const fulfilled = citing!;
    await page.goto(`${env.server.url}/?event=${fulfilled.id}`);
    const cites = page.getByTestId('passage-cites');
    await cites.waitFor();
    expect(await cites.innerText()).toContain('Kamerstuk 21 501-20, nr. 2217');
    expect(await cites.locator('a').first().getAttribute('href')).toBe(
      'https://zoek.officielebekendmakingen.nl/kst-21501-20-2217.html',
    );
    await page.getByTestId('official-location').waitFor();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByTestId('copy-citation').click();
    await page.getByRole('status').filter({ hasText: 'Citation copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(fulfilled.id);
    expect(await blockingViolations(page)).toEqual([]);
    await shots(page, 'event-citation');

    // Printed, the record stands without its controls.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('tablist').isVisible()).toBe(false);
    expect(await page.getByTestId('copy-citation').isVisible()).toBe(false);
    expect(await page.getByTestId('quotation').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    const phone = await open('/', { viewport: PHONE });
    await timelineReady(phone);
    expect(await phone.getByTestId('filters-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(await phone.locator('#more-filters').isVisible()).toBe(false);
  });

  it('keeps headings in order on the timeline, an event and a subject page', async () => {
    const item = items[0]!;
    for (const path of ['/?asOf=2025-06-05', `/?event=${item.id}`, `/?subject=${item.subject}`]) {
      const page = await open(path);
      await page.locator('h2, h3').first().waitFor();
      await page.waitForTimeout(500);
      expect(await violationsOf(page, ['heading-order', 'page-has-heading-one']), path).toEqual([]);
    }
  });

  it('passes axe on the charts and what-changed views, and in dark mode', async () => {
    const page = await open('/?tab=charts');
    await page.getByTestId('chart-money').waitFor();
    expect(await blockingViolations(page)).toEqual([]);
    await page.goto(`${env.server.url}/?tab=changes&changesFrom=2025-06-01&changesTo=2025-06-30`);
    await page.getByRole('heading', { name: 'What changed' }).waitFor();
    expect(await blockingViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${env.server.url}/?event=${items[0]!.id}`);
    await page.getByTestId('event-detail').getByRole('heading', { level: 2 }).waitFor();
    expect(await blockingViolations(page)).toEqual([]);
    await shots(page, 'dark-event');
  });
});
