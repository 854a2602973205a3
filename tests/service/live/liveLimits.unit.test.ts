import { describe, expect, it } from 'vitest';
import { optionsFromEnv, ValidationError } from '@kroniek/service';
import { createLiveConnections } from '../../../service/src/liveConnections.js';
import { createPacer } from '../../../service/src/livePacer.js';

describe('the live stream caps from the environment', () => {
  it('reads KRONIEK_LIVE_MAX_PER_CLIENT and KRONIEK_LIVE_MAX_TOTAL', () => {
    const o = optionsFromEnv({ KRONIEK_LIVE_MAX_PER_CLIENT: '4', KRONIEK_LIVE_MAX_TOTAL: '40' });
    expect(o.live).toEqual({ maxPerClient: 4, maxTotal: 40 });
    expect(optionsFromEnv({}).live).toBeUndefined();
  });

  it('refuses a cap that is not a whole number of at least 1, naming the variable', () => {
    for (const raw of ['0', '-1', '2.5', 'many']) {
      expect(() => optionsFromEnv({ KRONIEK_LIVE_MAX_TOTAL: raw })).toThrow(ValidationError);
      expect(() => optionsFromEnv({ KRONIEK_LIVE_MAX_PER_CLIENT: raw })).toThrow(
        /KRONIEK_LIVE_MAX_PER_CLIENT/,
      );
    }
  });
});

describe('createLiveConnections', () => {
  it('counts per address and in all, and a slot given back once frees it once', () => {
    const live = createLiveConnections({ maxPerClient: 1, maxTotal: 2, retryAfterSeconds: 7 });
    const a = live.admit('a');
    expect(a.ok).toBe(true);
    const again = live.admit('a');
    expect(again).toMatchObject({ ok: false, error: { status: 429, details: { retryAfter: 7 } } });
    expect(live.admit('b').ok).toBe(true);
    expect(live.admit('c')).toMatchObject({ ok: false, error: { status: 503 } });
    if (a.ok) {
      a.release();
      a.release();
    }
    expect(live.open()).toBe(1);
    expect(live.admit('a').ok).toBe(true);
    expect(live.admit('c')).toMatchObject({ ok: false, error: { status: 503 } });
  });
});

describe('createPacer', () => {
  it('runs the steps in the order asked, and lets the event loop turn once a budget is spent', async () => {
    let now = 0;
    const pacer = createPacer({ budgetMs: 10, now: () => now });
    const order: string[] = [];
    // Runs at the next turn of the event loop, whenever the pacer lets it turn.
    setImmediate(() => order.push('next turn'));
    const step = (name: string, cost: number) =>
      pacer.run(async () => {
        order.push(name);
        now += cost;
        return name;
      });
    const results = await Promise.all([step('a', 4), step('b', 4), step('c', 4), step('d', 25)]);
    expect(results).toEqual(['a', 'b', 'c', 'd']);
    // c still starts within the 10 ms (at 8); d would start at 12, so it waits for the next turn.
    expect(order).toEqual(['a', 'b', 'c', 'next turn', 'd']);
    await expect(pacer.run(async () => Promise.reject(new Error('step failed')))).rejects.toThrow(
      'step failed',
    );
  });

  it('gives steps asked one after another within one turn a single budget', async () => {
    let now = 0;
    const pacer = createPacer({ budgetMs: 10, now: () => now });
    const order: string[] = [];
    setImmediate(() => order.push('next turn'));
    const step = (name: string, cost: number) =>
      pacer.run(async () => {
        order.push(name);
        now += cost;
      });
    // Each awaited, and then some work of microtasks only (a stream writing what it read), before
    // the next is asked: the queue empties in between, while the turn goes on.
    const write = async () => {
      for (let i = 0; i < 20; i += 1) await Promise.resolve();
    };
    await step('a', 6);
    await write();
    await step('b', 6);
    await write();
    await step('c', 1);
    expect(order).toEqual(['a', 'b', 'next turn', 'c']);
  });
});
