import { z } from 'zod';
import { Text } from './text.js';

/**
 * The largest amount or quantity recorded: 10^18 units. The largest public budgets in the
 * smallest currency units in use today stay below about 10^17 (a national budget in Iranian
 * rials or Indonesian rupiah is 10^15 to 10^17), so 10^18 leaves room for any real commitment
 * while refusing the absurd (1.7e308). It also keeps every sum finite: an event holds at most 20
 * amounts, so even 10^12 events sum to at most 2·10^31, nowhere near the double's limit
 * (1.8·10^308), and a chart can never show an overflowed total (JSON `null`). Amounts of a
 * hyperinflated currency beyond it are recorded in its redenominated unit, with the wording.
 */
export const MAX_AMOUNT = 1e18;

const NonNegative = z
  .number()
  .finite()
  .nonnegative()
  .max(MAX_AMOUNT, `at most ${MAX_AMOUNT.toExponential()} (1e18): no public commitment is larger`);

/**
 * Money as the source gives it: an exact value or a range, never a number invented
 * from words. "honderden miljoenen" is a range; "circa €400 mln" is approximate.
 */
export const Money = z
  .strictObject({
    currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as EUR'),
    amount: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('exact'), value: NonNegative }),
      z.strictObject({ kind: z.literal('range'), low: NonNegative, high: NonNegative }),
    ]),
    approximate: z.boolean(),
    wording: Text({ max: 300 }).describe("the source's exact words for the amount"),
    note: Text({ min: 0, max: 1000 }).optional().describe('how the words were read into numbers'),
  })
  .refine((m) => m.amount.kind !== 'range' || m.amount.low <= m.amount.high, {
    message: "'low' must not exceed 'high'",
    path: ['amount', 'high'],
  });
export type Money = z.infer<typeof Money>;

/** A counted thing: 58 snelle patrouilleboten, 5%. */
export const Quantity = z.strictObject({
  value: NonNegative,
  unit: Text({ max: 100 }).describe("'items', 'percent', ..."),
  item: Text({ max: 300 }),
  wording: Text({ max: 300 }),
});
export type Quantity = z.infer<typeof Quantity>;

/** The low and high ends of an amount; equal for an exact value. */
export function moneyBounds(m: Money): { low: number; high: number } {
  return m.amount.kind === 'exact'
    ? { low: m.amount.value, high: m.amount.value }
    : { low: m.amount.low, high: m.amount.high };
}
