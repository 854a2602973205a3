import { describe, expect, it } from 'vitest';
import { createTokenBuckets } from '../../../service/src/http/rateLimit.js';

const T0 = Date.parse('2025-07-01T10:00:00.000Z');

/** Token buckets on a clock the test moves. */
function given(perSecond: number, burst: number, maxClients?: number) {
  let now = T0;
  const buckets = createTokenBuckets({
    perSecond,
    burst,
    clock: () => new Date(now),
    ...(maxClients ? { maxClients } : {}),
  });
  return { buckets, advance: (ms: number) => (now += ms) };
}

describe('token buckets', () => {
  it('let a burst through, then refuse with the seconds until the next token', () => {
    const { buckets } = given(2, 3);
    expect([1, 2, 3].map(() => buckets.take('a').ok)).toEqual([true, true, true]);
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
  });

  it('refill at the sustained rate, never above the burst', () => {
    const { buckets, advance } = given(2, 3);
    for (let i = 0; i < 3; i++) buckets.take('a');
    advance(500); // one token back at 2/s
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(false);
    advance(60_000);
    expect([1, 2, 3, 4].map(() => buckets.take('a').ok)).toEqual([true, true, true, false]);
  });

  it('count each client on its own', () => {
    const { buckets } = given(1, 1);
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(false);
    expect(buckets.take('b').ok).toBe(true);
  });

  it('say how long to wait at slow rates', () => {
    const { buckets } = given(0.1, 1);
    buckets.take('a');
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterSeconds: 10 });
  });

  it('forget clients whose bucket is full again when there are too many', () => {
    const { buckets, advance } = given(1, 1, 3);
    for (const k of ['a', 'b', 'c']) buckets.take(k);
    expect(buckets.size()).toBe(3);
    advance(1_000);
    buckets.take('d');
    expect(buckets.size()).toBe(1);
    // A forgotten client starts with a full bucket: no write was lost to forgetting.
    expect(buckets.take('a').ok).toBe(true);
  });
});
