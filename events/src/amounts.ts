import { z } from 'zod';

const NonNegative = z.number().finite().nonnegative();

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
    wording: z.string().min(1).max(300).describe("the source's exact words for the amount"),
    note: z.string().max(1000).optional().describe('how the words were read into numbers'),
  })
  .refine((m) => m.amount.kind !== 'range' || m.amount.low <= m.amount.high, {
    message: "'low' must not exceed 'high'",
    path: ['amount', 'high'],
  });
export type Money = z.infer<typeof Money>;

/** A counted thing: 58 snelle patrouilleboten, 5%. */
export const Quantity = z.strictObject({
  value: NonNegative,
  unit: z.string().min(1).max(100).describe("'items', 'percent', ..."),
  item: z.string().min(1).max(300),
  wording: z.string().min(1).max(300),
});
export type Quantity = z.infer<typeof Quantity>;

/** The low and high ends of an amount; equal for an exact value. */
export function moneyBounds(m: Money): { low: number; high: number } {
  return m.amount.kind === 'exact'
    ? { low: m.amount.value, high: m.amount.value }
    : { low: m.amount.low, high: m.amount.high };
}
