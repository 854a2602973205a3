import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveEventId } from '@kroniek/events';
import type { EventDetail, ChartSeries } from '@kroniek/service';
import { givenRecordedApp } from '../../support/recordedApp.js';
import type { RecordedApp } from '../../support/recordedApp.js';

// Issue 14, section 4: the charts of the recorded letter count only what commits money, show a
// statement's money as a marker with its wording, keep targets apart from quantities pledged
// and credit money to the actor who gives. Expectations come from the recorded data.

const LETTER = 'kamerbrief-navo-dmm-2025-06';
const DRONE_LINE = deriveEventId(LETTER, 'drone-line-update-given');
const MARITIME = deriveEventId(LETTER, 'maritime-package-announced');
const PROPOSAL = deriveEventId(LETTER, 'sg-nato-spending-proposal-presented');
const CV90 = deriveEventId(LETTER, 'cv90-agreement-signed');

type Lines = Extract<ChartSeries, { lines: unknown }>;

let t: RecordedApp;
beforeAll(async () => (t = await givenRecordedApp('2026-01-15')));
afterAll(() => t.close());

const chart = async (path: string): Promise<Lines> => {
  const s = await t.json<ChartSeries>(path);
  if (!('lines' in s)) throw new Error(`${path}: expected amount lines`);
  return s;
};
const pointsOf = (s: Lines) => s.lines.flatMap((l) => l.points.map((p) => ({ line: l, p })));
/** The Drone Line update as the record shows it now (an amendment may have moved its money). */
const droneLine = async () => (await t.json<EventDetail>(`/api/events/${DRONE_LINE}`)).item;

describe('the money chart (money-cumulative)', () => {
  for (const groupBy of ['category', 'actor'])
    it(`never sums the Drone Line update's "honderden miljoenen" (by ${groupBy})`, async () => {
      const money = await chart(`/api/charts/money-cumulative?groupBy=${groupBy}`);
      expect(money.lines.length).toBeGreaterThan(0);
      for (const { p } of pointsOf(money)) expect(p.eventIds).not.toContain(DRONE_LINE);
    });

  it('draws the maritime package at its own amount, not added to the statement', async () => {
    const maritime = t.facts.find((e) => e.id === MARITIME)!;
    const [own] = maritime.money!;
    const money = await chart('/api/charts/money-cumulative');
    const hit = pointsOf(money).find(({ p }) => p.eventIds.includes(MARITIME))!;
    expect(hit.p.wording.split('; ')).toContain(own!.wording);
    expect(hit.p.wording.split('; ')).not.toContain('honderden miljoenen');
    // Every event in the point commits money: the point is the sum of their own amounts.
    const committed = hit.p.eventIds.map((id) => t.facts.find((e) => e.id === id)!);
    const sum = committed
      .flatMap((e) => e.money ?? [])
      .filter((m) => m.currency === hit.line.currency)
      .reduce((s, m) => s + (m.amount.kind === 'exact' ? m.amount.value : m.amount.low), 0);
    expect(hit.p.low).toBe(sum);
  });

  it("shows the statement's money as a mention with its wording, each point its own amount", async () => {
    const statement = await droneLine();
    const mentions = await chart('/api/charts/money-mentions');
    const points = pointsOf(mentions);
    for (const { p } of points) {
      expect(p.cumulativeLow).toBe(p.low);
      expect(p.cumulativeHigh).toBe(p.high);
    }
    const hit = points.find(({ p }) => p.eventIds.includes(DRONE_LINE));
    if ((statement.money ?? []).length === 0) {
      expect(hit).toBeUndefined();
    } else {
      expect(hit?.p.wording).toContain(statement.money![0]!.wording);
    }
  });

  it('credits money to the actor who gives or speaks for it, never "unattributed" when one is named', async () => {
    for (const series of ['money-cumulative', 'money-mentions', 'quantities', 'targets']) {
      const s = await chart(`/api/charts/${series}?groupBy=actor`);
      for (const { line, p } of pointsOf(s)) {
        if (line.group !== 'unattributed') continue;
        for (const id of p.eventIds)
          expect(t.facts.find((e) => e.id === id)!.actors, `${series}: ${id}`).toEqual([]);
      }
    }
    const money = await chart('/api/charts/money-cumulative?groupBy=actor');
    const maritime = pointsOf(money).find(({ p }) => p.eventIds.includes(MARITIME))!;
    const donors = t.facts
      .find((e) => e.id === MARITIME)!
      .actors.filter((a) => a.role === 'donor')
      .map((a) => a.id);
    expect(donors).toContain(maritime.line.group);
  });
});

describe('quantities and targets', () => {
  it('charts as quantities pledged only counts of things, never percentages or counts of parties', async () => {
    const q = await chart('/api/charts/quantities');
    const units = new Set(q.lines.map((l) => l.unit));
    expect(units.has('percent')).toBe(false);
    expect(units.has('countries')).toBe(false);
    for (const { p } of pointsOf(q)) {
      expect(p.eventIds).not.toContain(PROPOSAL);
      expect(p.eventIds).not.toContain(CV90);
    }
    const maritime = t.facts.find((e) => e.id === MARITIME)!;
    const items = new Set(q.lines.map((l) => l.item));
    for (const x of maritime.quantities!) expect(items.has(x.item)).toBe(true);
  });

  it("draws the proposal's percentages as targets, each at its own value", async () => {
    const proposal = t.facts.find((e) => e.id === PROPOSAL)!;
    const targets = await chart('/api/charts/targets');
    for (const x of proposal.quantities!) {
      const line = targets.lines.find((l) => l.item === x.item && l.unit === x.unit);
      const p = line?.points.find((pt) => pt.eventIds.includes(PROPOSAL));
      expect(p).toMatchObject({ low: x.value, high: x.value, cumulativeHigh: x.value });
    }
  });
});
