import { MAX_AMOUNT } from '@kroniek/events';
import type { ChartSeries } from '@kroniek/service';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { givenApp, problemOf } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { delivery, postJson } from '../../support/writes.js';

// Amounts are finite and at most MAX_AMOUNT (1e18), so that no sum of a chart can overflow to
// Infinity, which JSON writes as null. The sums are the running totals of the amount lines
// (charts.ts and amountMonthSeries.ts: low, high, cumulativeLow, cumulativeHigh).

let t: TestApp;
beforeEach(async () => (t = await givenApp()));
afterEach(() => t.close());

const money = (value: number) => ({
  currency: 'EUR',
  amount: { kind: 'exact', value },
  approximate: true,
  wording: 'circa €400 mln',
});
const quantity = (value: number) => ({
  value,
  unit: 'items',
  item: 'drones',
  wording: '58 snelle patrouilleboten',
});
const append = (body: unknown) => postJson(t, '/api/subjects/maritiem-steunpakket/events', body);

/** Every sum of every line of a chart, as JSON gives it back. */
async function chartSums(series: string, query = ''): Promise<unknown[]> {
  const res = await t.app.request(`/api/charts/${series}${query}`);
  expect(res.status).toBe(200);
  const chart = (await res.json()) as Extract<ChartSeries, { lines: unknown }>;
  return chart.lines.flatMap((l) =>
    l.points.flatMap((p) => [p.low, p.high, p.cumulativeLow, p.cumulativeHigh]),
  );
}

describe('amounts', () => {
  it.each([
    ['money', { money: [money(1.7e308)] }, 'money.0.amount.value'],
    ['money just above the bound', { money: [money(MAX_AMOUNT * 1.01)] }, 'money.0.amount.value'],
    [
      'a range',
      { money: [{ ...money(1), amount: { kind: 'range', low: 1, high: 1e300 } }] },
      'money.0.amount.high',
    ],
    ['a quantity', { quantities: [quantity(1.7e308)] }, 'quantities.0.value'],
  ])('refuses an absurd value in %s, naming the field', async (_label, overrides, field) => {
    for (let i = 0; i < 2; i++) {
      const res = await append(
        delivery({ type: 'SupportCommitted', stage: undefined, ...overrides }),
      );
      expect(res.status).toBe(400);
      const issues = (await problemOf(res)).body.issues ?? [];
      expect(issues.map((i) => i.path)).toEqual([field]);
      expect(issues[0]!.message).toContain('1e18');
    }
    expect(await t.store.head()).toBe(4);
    for (const sum of [
      ...(await chartSums('money-cumulative')),
      ...(await chartSums('quantities')),
    ])
      expect(Number.isFinite(sum), String(sum)).toBe(true);
  });

  it('keeps every chart sum finite with the largest allowed values posted many times', async () => {
    // 600 events of 20 amounts and 50 quantities at the bound, in batches of 200.
    const event = delivery({
      type: 'SupportCommitted',
      stage: undefined,
      money: Array.from({ length: 20 }, () => money(MAX_AMOUNT)),
      quantities: Array.from({ length: 50 }, () => quantity(MAX_AMOUNT)),
    });
    const batches = 3;
    for (let b = 0; b < batches; b++) {
      const res = await append({ events: Array.from({ length: 200 }, () => event) });
      expect(res.status, await res.clone().text()).toBe(201);
    }
    for (const [series, each] of [
      ['money-cumulative', 20],
      ['quantities', 50],
    ] as const) {
      for (const query of ['?resolution=event', '?resolution=month', '?groupBy=actor']) {
        const sums = await chartSums(series, query);
        for (const sum of sums) expect(typeof sum === 'number' && Number.isFinite(sum)).toBe(true);
        // The largest running total is all the new amounts (plus the fixture's own, far smaller).
        const expected = batches * 200 * each * MAX_AMOUNT;
        const largest = Math.max(...(sums as number[]));
        expect(Math.abs(largest - expected) / expected).toBeLessThan(1e-9);
      }
    }
  });
});
