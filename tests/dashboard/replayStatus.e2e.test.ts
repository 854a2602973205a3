import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningServer, TimelinePage } from '@kroniek/service';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../support/app.js';
import { startBrowserServer } from '../support/browserServer.js';
import type { BrowserServer } from '../support/browserServer.js';
import { scrollUntil } from '../support/scroll.js';


// Issue 14 §1 in Chromium against the real service: a replay says how sure it is. Figures are
// derived from the API (the letter's events, by documentId), never written here.

const TOKEN = 'e2e-replay-status-token';
const LETTER = 'kamerbrief-navo-dmm-2025-06';
const SHOTS = join(REPO, 'tests/artifacts/screenshots');

let server: RunningServer;
let browser: Browser;
let running: BrowserServer | undefined;

beforeAll(async () => {
  running = await startBrowserServer('replay-status-e2e', TOKEN, { dashboard: true });
  ({ server, browser } = running);
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => running?.close());

async function api(query: string): Promise<TimelinePage> {
  const res = await fetch(`${server.url}/api/timeline?limit=500&${query}`);
  return (await res.json()) as TimelinePage;
}

async function open(width: number, search: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'en-GB' });
  await page.goto(`${server.url}/${search}`);
  await page.getByTestId('replay-counts').waitFor({ timeout: 20_000 });
  return page;
}

describe('the replay in the dashboard', () => {
  for (const width of [1280, 390]) {
    it(`on 2025-06-05 as known then shows the letter's events as possibly public, with the window, and counts them (${width})`, async () => {
      const q = 'asOf=2025-06-05&knownBy=2025-06-05';
      const body = await api(q);
      const letter = body.items.filter((i) => i.source.documentId === LETTER);
      // Every event the letter made public carries its window (5-23 June): possibly known on
      // 5 June. The few public before it (issue 13's revisited back-references) are not.
      const inWindow = letter.filter((i) => {
        const d = i.knownAt.date;
        return (
          d.precision === 'between' && d.earliest === '2025-06-05' && d.latest === '2025-06-23'
        );
      });
      expect(inWindow.length).toBeGreaterThan(letter.length / 2);
      expect(inWindow.filter((i) => i.knownStatus !== 'possibly-known')).toEqual([]);
      const page = await open(width, '?asOf=2025-06-05&known=then');
      try {
        await expect
          .poll(() => page.getByTestId('replay-known-counts').innerText(), { timeout: 15_000 })
          .toBe(`${body.counts.known} known, ${body.counts.possiblyKnown} possibly known by then`);
        const tag = page.getByTestId('tag-possibly-known').first();
        await scrollUntil(page, tag);
        expect(await tag.innerText()).toMatch(
          /^Possibly public: between 5 June 2025 and 23 June 2025$/,
        );
        await page.screenshot({
          path: join(SHOTS, `replay-known-then-${width}.png`),
          fullPage: true,
        });
      } finally {
        await page.close();
      }
    });
  }

  for (const width of [1280, 390])
    it(`on 2025-06-04 as known then says how many events are hidden and why (${width})`, async () => {
      const body = await api('asOf=2025-06-04&knownBy=2025-06-04');
      expect(body.counts.notYetKnown).toBeGreaterThan(0);
      const page = await open(width, '?asOf=2025-06-04&known=then');
      try {
        const note = page.getByTestId('replay-hidden');
        await note.waitFor({ timeout: 15_000 });
        expect(await note.innerText()).toBe(
          `${body.counts.notYetKnown} events were not yet public on 4 June 2025 and are hidden.`,
        );
        await page.screenshot({ path: join(SHOTS, `replay-hidden-${width}.png`), fullPage: true });
      } finally {
        await page.close();
      }
    });

  it('on 2025-06-05 the DMM has happened and the fulfilled commitment is marked possibly happened', async () => {
    const page = await open(
      390,
      '?asOf=2025-06-05&known=then&kinds=ParliamentaryCommitmentFulfilled,MeetingHeld',
    );
    try {
      // The letter's fulfilled commitment, after the corpus's older meetings: scroll to it.
      const letters = await api(
        'asOf=2025-06-05&knownBy=2025-06-05&kinds=ParliamentaryCommitmentFulfilled',
      );
      const own = letters.items.find((i) => i.source.documentId === LETTER);
      if (!own) throw new Error("the letter's fulfilled commitment is not in the replay");
      const fulfilled = page.locator(`[data-id="${own.id}"]`);
      await scrollUntil(page, fulfilled);
      expect(await fulfilled.getAttribute('data-status')).toBe('possibly-happened');
      expect(await fulfilled.getByTestId('tag-possibly-happened').innerText()).toMatch(
        /^Possibly happened: between 5 June 2025 and 23 June 2025$/,
      );
      const body = await api('asOf=2025-06-05&knownBy=2025-06-05&kinds=MeetingHeld');
      const dmm = body.items.filter((i) => i.occurredBounds.latest === '2025-06-05');
      expect(dmm.length).toBeGreaterThan(0);
      for (const m of dmm)
        expect(await page.locator(`[data-id="${m.id}"]`).getAttribute('data-status')).toBe(
          'happened',
        );
      await page.screenshot({ path: join(SHOTS, 'replay-dmm-390.png'), fullPage: true });
    } finally {
      await page.close();
    }
  });

  it('plays from one boundary day to the next and keeps "as recorded on" in an advanced panel', async () => {
    const days = (
      (await (await fetch(`${server.url}/api/replay/days`)).json()) as { days: string[] }
    ).days;
    const next = days.find((d) => d > '2025-05-25')!;
    const page = await open(1280, '?asOf=2025-05-25');
    try {
      const slider = page.getByTestId('replay-slider');
      // The slider spans the record's first to last day, not up to today.
      await expect
        .poll(() => slider.getAttribute('max'), { timeout: 10_000 })
        .toBe(String((Date.parse(days.at(-1)!) - Date.parse(days[0]!)) / 86_400_000));
      await page.getByTestId('replay-play').click();
      await expect
        .poll(() => new URL(page.url()).searchParams.get('asOf'), { timeout: 10_000 })
        .toBe(next);
      await page.getByTestId('replay-play').click();
      await page.getByText('Advanced').click();
      await page.getByTestId('replay-recorded').fill('2000-01-01');
      await page.getByTestId('replay-recorded').dispatchEvent('change');
      await expect
        .poll(() => new URL(page.url()).searchParams.get('recordedAsOf'))
        .toBe('2000-01-01');
      await expect
        .poll(() => page.getByTestId('count').innerText(), { timeout: 15_000 })
        .toMatch(/^0 events/);
      await page.screenshot({ path: join(SHOTS, 'replay-advanced-1280.png'), fullPage: true });
    } finally {
      await page.close();
    }
  });
});

// Issue 14: the what-changed view shows the two statuses like the timeline, counted three ways.
describe('the what-changed view in a replay', () => {
  for (const width of [1280, 390]) {
    it(`marks changes possibly public on 2025-06-10 as known then, and counts them (${width})`, async () => {
      const res = await fetch(
        `${server.url}/api/changes?from=2025-06-01&to=2025-06-30&asOf=2025-06-10&knownBy=2025-06-10`,
      );
      const body = (await res.json()) as {
        counts: { happened: number; possiblyKnown: number };
        changes: { occurred?: unknown; knownStatus: string }[];
      };
      const possiblyKnown = body.changes.filter(
        (c) => c.occurred !== undefined && c.knownStatus === 'possibly-known',
      ).length;
      expect(possiblyKnown).toBeGreaterThan(0);
      const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'en-GB' });
      try {
        await page.goto(
          `${server.url}/?tab=changes&changesFrom=2025-06-01&changesTo=2025-06-30&asOf=2025-06-10&known=then&lang=en`,
        );
        const counts = page.getByTestId('changes-counts');
        await counts.waitFor({ timeout: 20_000 });
        const text = await counts.innerText();
        expect(text).toContain(String(body.counts.happened));
        expect(await counts.getByTestId('replay-known-counts').innerText()).toContain(
          String(body.counts.possiblyKnown),
        );
        const list = page.locator('section.changes');
        await expect.poll(() => list.getByTestId('tag-possibly-known').count()).toBe(possiblyKnown);
        expect(await list.getByTestId('tag-possibly-known').first().innerText()).toMatch(
          /between 5 June 2025 and 23 June 2025/,
        );
        await page.screenshot({
          path: join(SHOTS, `changes-statuses-${width}.png`),
          fullPage: width === 390,
        });
      } finally {
        await page.close();
      }
    });
  }
});

// Issue 14: "As recorded on" is the same day field as the replay day, dates in the UI's language
// (before: the browser's date input, which writes the day in the browser's locale).
describe('the "as recorded on" field', () => {
  it('shows and reads the day in Dutch, like the replay day', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    try {
      await page.goto(`${server.url}/?lang=nl&recordedAsOf=2026-01-01`);
      const field = page.getByTestId('replay-recorded');
      await field.waitFor({ timeout: 20_000 });
      expect(await field.getAttribute('type')).toBe('text');
      await expect.poll(() => field.inputValue()).toBe('1 januari 2026');
      await field.fill('3 februari 2000');
      await field.press('Enter');
      await expect
        .poll(() => new URL(page.url()).searchParams.get('recordedAsOf'))
        .toBe('2000-02-03');
      expect(await page.getByTestId('replay-explain').innerText()).toContain('3 februari 2000');
      await page.screenshot({ path: join(SHOTS, 'replay-recorded-nl-1280.png') });
    } finally {
      await page.close();
    }
  });
});
