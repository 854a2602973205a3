import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '@kroniek/service';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENTS_DIR, REPO } from '../support/app.js';
import { launchBrowser } from '../support/browser.js';

// The dashboard against the real service: a temp SQLite store seeded with the letter, the built
// dashboard (the test command runs `vite build` first) and headless Chromium.

// Callbacks given to page.evaluate run in the browser; these are the browser globals they use,
// typed just enough (the tests project compiles for Node, without the DOM library).
declare const document: {
  activeElement: { getAttribute(name: string): string | null } | null;
  documentElement: { scrollWidth: number; scrollHeight: number };
};
declare const window: Record<string, unknown> & { scrollTo(x: number, y: number): void };
declare function requestAnimationFrame(callback: () => void): number;

const DIST = join(REPO, 'dashboard/dist');
const SHOTS = join(REPO, 'tests/artifacts/screenshots');
const TOKEN = 'e2e-dashboard-token';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

interface Item {
  id: string;
  type: string;
  title: string;
  subject: string;
  source: unknown;
  occurredBounds: { earliest: string | null; latest: string | null };
  money?: { wording: string }[];
}

let server: RunningServer;
let browser: Browser;
let dir: string;
let items: Item[];
let maritime: Item;
let ct25: Item;

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${server.url}${path}`, init);
  if (!res.ok)
    throw new Error(`${init?.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Appends a statement on the maritime package's subject, quoting the maritime package's source. */
async function appendStatement(title: string): Promise<string> {
  const body = {
    type: 'StatementMade',
    title,
    category: 'ukraine-support',
    occurred: { precision: 'day', date: '2025-06-04' },
    knownAt: { date: { precision: 'day', date: '2025-06-04' }, basis: 'public-at-occurrence' },
    source: maritime.source,
    actors: [{ id: 'nederland', name: 'Nederland', role: 'speaker' }],
  };
  const res = await api<{ events: { id: string }[] }>(`/api/subjects/${maritime.subject}/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return res.events[0]!.id;
}

async function open(path: string, viewport = DESKTOP): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(`${server.url}${path}`);
  if (!path.includes('tab='))
    await page
      .getByTestId('count')
      .filter({ hasText: /\d+ events?/ })
      .waitFor();
  return page;
}

function rows(page: Page) {
  return page.locator('[data-testid="timeline"] a.item');
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(
      'dashboard/dist is missing: build it first (npx -y pnpm@10.34.8 --filter @kroniek/dashboard build)',
    );
  }
  mkdirSync(SHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'kroniek-dashboard-e2e-'));
  const dbPath = join(dir, 'kroniek.db');
  server = await startServer({
    dbPath,
    // Named explicitly: the store spec read from the environment must not win over this temp file.
    store: { kind: 'sqlite', path: dbPath },
    port: 0,
    eventsDir: EVENTS_DIR,
    dashboardDir: DIST,
    token: TOKEN,
    log: () => {},
  });
  browser = await launchBrowser();
  items = (await api<{ items: Item[] }>('/api/timeline?limit=500')).items;
  const find = (type: string, re: RegExp) => {
    const hit = items.find((i) => i.type === type && re.test(i.title));
    if (!hit) throw new Error(`the seed has no ${type} matching ${re}`);
    return hit;
  };
  maritime = find('AnnouncementMade', /maritime/i);
  ct25 = find('DocumentAdopted', /CT25/);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the dashboard', () => {
  it('shows the seeded timeline, rendering only the rows on screen', async () => {
    const page = await open('/');
    await expect
      .poll(() => page.getByTestId('count').innerText())
      .toContain(`${items.length} events`);
    const rendered = await rows(page).count();
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(items.length);
    await expect.poll(() => rows(page).first().innerText()).toContain(items[0]!.title);
    // The first month heading is that of the earliest event (the seed holds the corpus too).
    const first = items[0]!.occurredBounds;
    const month = new Date(`${first.earliest ?? first.latest}T00:00:00Z`).toLocaleString('en', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    await page
      .getByRole('heading', { name: new RegExp(month) })
      .first()
      .waitFor();
    await shot(page, 'desktop-timeline');

    // Scrolling the page to the end renders the last events of the letter (issue 14: one page
    // scroll, no scroll box of its own). Rows are measured as they render, so the list grows
    // while it scrolls (more so with the corpus in the seed): scroll until the last is there.
    const last = page.locator(`[data-id="${items.at(-1)!.id}"]`);
    await expect
      .poll(async () => {
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        return last.count();
      })
      .toBe(1);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('asks for the timeline first, and loads the charts code only when the Charts tab opens', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/`);
    await rows(page).first().waitFor();
    await page.getByTestId('live-status').filter({ hasText: /^Live/ }).waitFor();
    const api = asked.filter((p) => p.startsWith('/api/'));
    expect(api[0]).toBe('/api/timeline');
    expect(api).toEqual(expect.arrayContaining(['/api/actors', '/api/subjects']));
    expect(api.filter((p) => p === '/api/timeline')).toHaveLength(1);
    const chartsCode = () => asked.filter((p) => /\/assets\/ChartsView-.*\.js$/.test(p));
    expect(chartsCode()).toEqual([]);
    await page.getByRole('tab', { name: 'Charts' }).click();
    await page.getByTestId('chart-money').locator('canvas').first().waitFor();
    expect(chartsCode()).toHaveLength(1);
    await page.close();
  });

  it('narrows the timeline when filtering by kind, and keeps the filter in the URL', async () => {
    const page = await open('/');
    // Tall enough to render every adoption of the seed with its month and day headings.
    await page.setViewportSize({ width: 1280, height: 2400 });
    await page.getByRole('button', { name: 'Adoption' }).click();
    const adoptions = items.filter((i) => i.type === 'DocumentAdopted').length;
    await expect
      .poll(() => page.getByTestId('count').innerText())
      .toContain(`${adoptions} events match`);
    await expect.poll(() => rows(page).count()).toBe(adoptions);
    expect(
      await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-type'))),
    ).toEqual(Array(adoptions).fill('DocumentAdopted'));
    expect(new URL(page.url()).searchParams.get('kinds')).toBe('DocumentAdopted');

    // Back restores the unfiltered view; forward the filtered one.
    await page.goBack();
    await expect
      .poll(() => page.getByTestId('count').innerText())
      .toContain(`${items.length} events`);
    await page.goForward();
    await expect.poll(() => rows(page).count()).toBe(adoptions);
    await page.close();
  });

  it('replays the record to 4 June 2025: the maritime package has happened, the CT25 adoption not yet', async () => {
    const page = await open('/');
    await page.getByTestId('replay-date').fill('2025-06-04');
    await expect.poll(() => new URL(page.url()).searchParams.get('asOf')).toBe('2025-06-04');
    await page.getByRole('button', { name: 'Announcement' }).click();
    await page.getByRole('button', { name: 'Adoption' }).click();
    // The letter's events are the latest of the seed (the corpus comes before them): scroll the
    // page to them (issue 14: one page scroll).
    const announcement = page.locator(`[data-id="${maritime.id}"]`);
    await expect
      .poll(async () => {
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        return announcement.count();
      })
      .toBe(1);
    const adoption = page.locator(`[data-id="${ct25.id}"]`);
    await expect.poll(() => announcement.getAttribute('data-status')).toBe('happened');
    await expect.poll(() => adoption.getAttribute('data-status')).toBe('later');
    expect(await adoption.innerText()).toMatch(/later/i);
    expect(await announcement.innerText()).toContain('circa €400 mln');
    expect(await page.getByTestId('count').innerText()).toContain('happened by 4 June 2025');
    await shot(page, 'desktop-replay-2025-06-04');
    await page.close();
  });

  it('takes a day typed before the record\'s dates have loaded (the slider waits for them, the field does not)', async () => {
    // The replay domain (the slider's span) loads after the timeline; hold its two requests back
    // so the day is typed while the domain still stands at its fallback (the year up to today).
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.route(
      (url) =>
        url.pathname === '/api/replay/days' || url.pathname === '/api/charts/events-per-month',
      async (route) => {
        await held;
        await route.continue();
      },
    );
    try {
      await page.goto(`${server.url}/`);
      await page.getByTestId('count').filter({ hasText: /\d+ events?/ }).waitFor();
      await page.getByTestId('replay-date').fill('2025-06-04');
      await expect.poll(() => new URL(page.url()).searchParams.get('asOf')).toBe('2025-06-04');
      release();
      await expect
        .poll(() => page.getByTestId('count').innerText())
        .toContain('happened by 4 June 2025');
    } finally {
      release();
      await page.close();
    }
  });

  it('reopens the view a copied link describes', async () => {
    const link = `/?asOf=2025-06-04&kinds=DocumentAdopted&event=${ct25.id}`;
    const page = await open(link);
    // Issue 14: the day field writes the day in the UI's language.
    expect(await page.getByTestId('replay-date').inputValue()).toBe('4 June 2025');
    expect(await page.getByRole('button', { name: 'Adoption' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const detail = page.getByTestId('event-detail');
    await detail.getByRole('heading', { name: ct25.title }).waitFor();
    expect(await detail.innerText()).toContain('Later than the replay date');
    expect(await page.getByTestId('quotation').innerText()).toMatch(/CT25/);
    await page.getByTestId('source-context').locator('mark').waitFor();
    await shot(page, 'desktop-event-detail');

    // Escape closes the detail, and the link then no longer names the event.
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBeNull();
    await page.close();
  });

  it('moves through the timeline with the keyboard and opens an event with Enter', async () => {
    const page = await open('/?kinds=DocumentAdopted');
    await rows(page).first().focus();
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(second).toBe(await rows(page).nth(1).getAttribute('data-id'));
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(second);
    await page.close();
  });

  it('shows an event appended through the API without a reload', async () => {
    const page = await open('/?q=Zeeland');
    await page.getByTestId('live-status').filter({ hasText: /^Live/ }).waitFor();
    const title = 'Netherlands spoke about the patrol boats for Zeeland (e2e live check)';
    const marker = await page.evaluate(() => (window['__kept'] = 42));
    await appendStatement(title);
    await page.getByText(title).waitFor({ timeout: 10_000 });
    // Still the same page: nothing reloaded it.
    expect(await page.evaluate(() => window['__kept'])).toBe(marker);
    await page.close();
  });

  it('shows a title with markup as text and runs none of it', async () => {
    const title = 'Test <img src=x onerror=alert(1)> injected title';
    const id = await appendStatement(title);
    const page = await browser.newPage({ viewport: DESKTOP });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server.url}/?q=injected&event=${id}`);
    await page.locator(`[data-id="${id}"]`).waitFor();
    await page.getByTestId('event-detail').getByRole('heading', { name: title }).waitFor();
    expect(await page.locator(`[data-id="${id}"]`).innerText()).toContain(
      '<img src=x onerror=alert(1)>',
    );
    await page.waitForTimeout(300);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('draws the charts with data tables and adoption and signing markers', async () => {
    const page = await open('/?tab=charts&asOf=2025-06-30');
    const money = page.getByTestId('chart-money');
    await money.locator('canvas').first().waitFor();
    expect(await money.getByRole('list', { name: /Adoptions and signings/ }).innerText()).toContain(
      'CT25',
    );
    // Each amount has its own row and its own wording: the maritime package (4 June 2025) and
    // the Drone Line purchases (issue 13: the money is theirs, not the update's; undated).
    const drones = items.find(
      (i) =>
        /Drone Line/.test(i.title) && i.money?.some((m) => m.wording === 'honderden miljoenen'),
    );
    if (!drones) throw new Error('the seed has no Drone Line event');
    const row = (title: string) => money.locator('tbody tr').filter({ hasText: title });
    await row(maritime.title).waitFor();
    expect(await row(maritime.title).innerText()).toContain('circa €400 mln');
    expect(await row(maritime.title).innerText()).not.toContain('honderden miljoenen');
    expect(await row(drones.title).innerText()).toContain('honderden miljoenen');
    expect(await row(drones.title).innerText()).not.toContain('circa €400 mln');
    // The update itself, a statement, mentions the money but is no row of money committed.
    const update = items.find((i) => /Drone Line/.test(i.title) && i.type === 'StatementMade');
    if (!update) throw new Error('the seed has no Drone Line update');
    expect(await row(update.title).count()).toBe(0);
    await page.getByTestId('chart-per-month').locator('table').waitFor();
    await page.getByTestId('chart-quantities').locator('table').waitFor();
    const download = page.waitForEvent('download');
    await money.getByRole('button', { name: 'Export CSV' }).click();
    expect((await download).suggestedFilename()).toBe('money-committed-cumulative.csv');
    await shot(page, 'desktop-charts');
    await page.close();
  });

  it('works at phone width', async () => {
    const page = await open('/?asOf=2025-06-04', PHONE);
    await shot(page, 'phone-timeline');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await page.goto(`${server.url}/?asOf=2025-06-04&event=${maritime.id}`);
    await page.getByTestId('event-detail').getByRole('heading', { name: maritime.title }).waitFor();
    await shot(page, 'phone-event-detail');
    await page.goto(`${server.url}/?tab=charts&asOf=2025-06-30`);
    await page.getByTestId('chart-money').locator('canvas').first().waitFor();
    await shot(page, 'phone-charts');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await page.close();
  });

  it('stays responsive with 10,000 events, rendering only the rows on screen', async () => {
    const N = 10_000;
    const template = items.find((i) => i.type === 'MeetingHeld') as unknown as Record<
      string,
      unknown
    >;
    const synthetic = Array.from({ length: N }, (_, i) => {
      const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(i / 4) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      return {
        ...template,
        id: `00000000-0000-8000-8000-${String(i).padStart(12, '0')}`,
        position: i + 1,
        title: `Synthetic meeting number ${i + 1}`,
        occurred: { precision: 'day', date: day },
        occurredBounds: { earliest: day, latest: day },
      };
    });
    const page = await browser.newPage({ viewport: DESKTOP });
    // The service is real; only the timeline's answer is swapped for a large synthetic one.
    await page.route('**/api/timeline?**', async (route) => {
      const url = new URL(route.request().url());
      const limit = Number(url.searchParams.get('limit') ?? 50);
      const from = Number(url.searchParams.get('cursor') ?? 0);
      const next = from + limit < N ? String(from + limit) : null;
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          items: synthetic.slice(from, from + limit),
          nextCursor: next,
          total: N,
          counts: { happened: N, later: 0, byType: { MeetingHeld: N } },
        }),
      });
    });
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.getByTestId('count').innerText()).toContain('10,000 events');
    const started = Date.now();
    const last = page.locator(`[data-id="${synthetic.at(-1)!.id}"]`);
    while (!(await last.count())) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(50);
      expect(Date.now() - started).toBeLessThan(20_000);
    }
    expect(await rows(page).count()).toBeLessThan(60);
    // A jump back to the top re-renders within a frame or two.
    const jump = await page.getByTestId('timeline').evaluate(async (el) => {
      const t0 = performance.now();
      window.scrollTo(0, 0);
      await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
      return { ms: performance.now() - t0, first: el.querySelector('a.item')?.textContent ?? '' };
    });
    expect(jump.first).toContain('Synthetic meeting number 1');
    expect(jump.ms).toBeLessThan(500);
    await page.close();
  });

  it('says so when the API cannot be reached', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.route('**/api/timeline**', (route) => route.abort());
    await page.goto(`${server.url}/`);
    await page.getByRole('alert').filter({ hasText: 'Could not load the timeline' }).waitFor();
    expect(await page.getByRole('alert').first().innerText()).toContain('cannot be reached');
    await page.getByRole('button', { name: 'Try again' }).first().waitFor();
    await shot(page, 'desktop-api-down');
    await page.close();
  });
});
