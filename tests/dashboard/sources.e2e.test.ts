import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningServer } from '@kroniek/service';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../support/app.js';
import { startBrowserServer } from '../support/browserServer.js';
import type { BrowserServer } from '../support/browserServer.js';
import { PLAIN_TEXT } from '../support/sourceFiles.js';
import { formatFuzzyDate } from '../../dashboard/src/lib/dates.js';
import type { FuzzyDate } from '../../dashboard/src/lib/types.js';

// The sources tab: the list, the letter's page with its quotations highlighted and the parts no
// event cites, a click that opens the event, and the Add-a-source form.

const TOKEN = 'e2e-sources-token-0123456789abcdef';
const LETTER = 'kamerbrief-navo-dmm-2025-06';
const SHOTS = join(REPO, 'tests/artifacts/screenshots');
const SIZES = { 1280: { width: 1280, height: 900 }, 390: { width: 390, height: 844 } } as const;

let server: RunningServer;
let browser: Browser;
let running: BrowserServer | undefined;
let dir: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'kroniek-sources-e2e-'));
  running = await startBrowserServer('sources-e2e', TOKEN, { dashboard: true });
  ({ server, browser } = running);
}, 90_000);
afterAll(async () => {
  await running?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function shots(page: Page, name: string): Promise<void> {
  for (const [width, size] of Object.entries(SIZES)) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: false });
  }
  await page.setViewportSize(SIZES[1280]);
}

describe('the sources tab', { timeout: 90_000 }, () => {
  it('lists the sources and shows the letter with every quotation highlighted and the uncited parts dimmed', async () => {
    const api = (await (await fetch(`${server.url}/api/sources/${LETTER}`)).json()) as {
      title: string;
      citations: { factId: string; start: number; end: number }[];
    };
    const page = await browser.newPage({ viewport: SIZES[1280] });
    try {
      await page.goto(`${server.url}/?tab=sources`);
      const link = page.getByRole('link', { name: api.title });
      await link.waitFor();
      await shots(page, 'sources-list');
      await link.click();
      await page.getByRole('heading', { name: api.title, level: 2 }).waitFor();
      expect(new URL(page.url()).searchParams.get('source')).toBe(LETTER);
      const quoted = page.locator('.text a.quoted');
      // One highlighted stretch at least per place quoted (overlapping quotations cut it finer).
      const places = new Set(api.citations.map((c) => `${c.start}-${c.end}`)).size;
      expect(await quoted.count()).toBeGreaterThanOrEqual(places);
      expect(await page.locator('.text .uncited').count()).toBeGreaterThan(0);
      await shots(page, 'sources-page');

      const first = quoted.first();
      const factId = await first.getAttribute('data-event');
      expect(api.citations.map((c) => c.factId)).toContain(factId);
      await first.click();
      await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(factId);
      expect(new URL(page.url()).searchParams.get('tab')).toBeNull();
    } finally {
      await page.close();
    }
  });

  it('writes the publication dates in the UI language: Dutch with lang=nl', async () => {
    const { sources } = (await (await fetch(`${server.url}/api/sources`)).json()) as {
      sources: { id: string; title: string; published: { date: FuzzyDate } }[];
    };
    // the test can tell the languages apart: some date reads otherwise in Dutch
    const nl = (s: (typeof sources)[number]) => formatFuzzyDate(s.published.date, 'nl');
    expect(sources.some((s) => nl(s) !== formatFuzzyDate(s.published.date, 'en'))).toBe(true);
    const page = await browser.newPage({ viewport: SIZES[1280] });
    try {
      await page.goto(`${server.url}/?tab=sources&lang=nl`);
      await page.locator('ul.sources li').first().waitFor();
      for (const s of sources) {
        const link = page.getByRole('link', { name: s.title, exact: true });
        const item = page.locator('ul.sources li').filter({ has: link });
        expect(await item.innerText()).toContain(nl(s));
      }
      const letter = sources.find((s) => s.id === LETTER)!;
      await page.getByRole('link', { name: letter.title, exact: true }).click();
      await page.getByRole('heading', { name: letter.title, level: 2 }).waitFor();
      expect(await page.locator('dl.meta dd').first().innerText()).toBe(nl(letter));
      await shots(page, 'sources-page-nl');
    } finally {
      await page.close();
    }
  });

  it('the February 2025 meeting page lists both documents; known then on the day after the first, only that one', async () => {
    const subject = 'nato-dmm-2025-02-13';
    type Items = { items: { knownOn: string; source: { documentId: string } }[] };
    const docsOf = (d: Items) => [...new Set(d.items.map((i) => i.source.documentId))].sort();
    const all = (await (await fetch(`${server.url}/api/subjects/${subject}`)).json()) as Items;
    const first = all.items.map((i) => i.knownOn).sort()[0]!;
    const between = new Date(Date.parse(`${first}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    const then = (await (
      await fetch(`${server.url}/api/subjects/${subject}?knownBy=${between}`)
    ).json()) as Items;
    expect(docsOf(all).length).toBeGreaterThan(docsOf(then).length);
    const page = await browser.newPage({ viewport: SIZES[1280] });
    const listed = async () =>
      (await page.locator('section[aria-labelledby="subject-sources-h"] li').allInnerTexts())
        .map((s) => s.trim())
        .sort();
    try {
      await page.goto(`${server.url}/?subject=${subject}`);
      await page.locator('#subject-sources-h').waitFor();
      await expect.poll(listed).toEqual(docsOf(all));
      await shots(page, 'subject-two-sources');
      await page.goto(`${server.url}/?subject=${subject}&asOf=${between}&known=then`);
      await page.locator('#subject-sources-h').waitFor();
      await expect.poll(listed).toEqual(docsOf(then));
    } finally {
      await page.close();
    }
  });

  it('adds a source with the form and opens its page; the same file again stores nothing', async () => {
    const file = join(dir, 'brief.txt');
    writeFileSync(file, PLAIN_TEXT);
    const page = await browser.newPage({ viewport: SIZES[1280] });
    try {
      await page.goto(`${server.url}/?tab=sources`);
      const form = page.locator('section.add form');
      await form.waitFor();
      await form.locator('input[name="file"]').setInputFiles(file);
      await form.locator('input[name="title"]').fill('Brief over steun aan Oekraïne');
      await form.locator('input[name="date"]').fill('2025-06-05');
      await form.locator('input[name="publisher"]').fill('Rijksoverheid');
      await form.locator('input[type="password"]').fill(TOKEN);
      await shots(page, 'sources-add-form');
      await form.locator('button[type="submit"]').click();
      await page
        .getByRole('heading', { name: 'Brief over steun aan Oekraïne', level: 2 })
        .waitFor();
      expect(new URL(page.url()).searchParams.get('source')).toBe('brief-over-steun-aan-oekraine');
      const list = (await (await fetch(`${server.url}/api/sources`)).json()) as {
        sources: { id: string }[];
      };
      expect(list.sources.map((s) => s.id)).toContain('brief-over-steun-aan-oekraine');

      await page.goto(`${server.url}/?tab=sources`);
      await form.locator('input[name="file"]').setInputFiles(file);
      await form.locator('input[type="password"]').fill(TOKEN);
      await form.locator('button[type="submit"]').click();
      await page
        .getByRole('heading', { name: 'Brief over steun aan Oekraïne', level: 2 })
        .waitFor();
      const again = (await (await fetch(`${server.url}/api/sources`)).json()) as {
        sources: { id: string }[];
      };
      expect(again.sources).toHaveLength(list.sources.length);
    } finally {
      await page.close();
    }
  });

  it('shows why a source is refused, and adds nothing', async () => {
    const file = join(dir, 'scan.png');
    writeFileSync(file, new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    const before = ((await (await fetch(`${server.url}/api/sources`)).json()) as { sources: [] })
      .sources.length;
    const page = await browser.newPage({ viewport: SIZES[1280] });
    try {
      await page.goto(`${server.url}/?tab=sources`);
      const form = page.locator('section.add form');
      await form.locator('input[name="file"]').setInputFiles(file);
      await form.locator('input[name="title"]').fill('Scan');
      await form.locator('input[name="date"]').fill('2025');
      await form.locator('input[type="password"]').fill(TOKEN);
      await form.locator('button[type="submit"]').click();
      const alert = page.locator('section.add [role="alert"]');
      await alert.waitFor();
      expect(await alert.innerText()).toMatch(/not taken in/);
      await shots(page, 'sources-add-refused');
    } finally {
      await page.close();
    }
    const after = ((await (await fetch(`${server.url}/api/sources`)).json()) as { sources: [] })
      .sources.length;
    expect(after).toBe(before);
  });
});
