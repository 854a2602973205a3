import { describe, expect, it } from 'vitest';
import {
  followLive,
  parseRetryAfter,
  retryDelay,
  type LiveConnectionHandlers,
} from '../../dashboard/src/lib/liveFollower.js';

/** A live feed under test control: each connection's handlers, and the timers it set. */
function harness(options: { firstRetryMs?: number; maxRetryMs?: number } = {}) {
  const connections: { handlers: LiveConnectionHandlers; closed: boolean }[] = [];
  const timers = new Map<number, { task: () => void; ms: number }>();
  let nextTimer = 1;
  const log: string[] = [];
  const stop = followLive({
    connect: (handlers) => {
      const connection = { handlers, closed: false };
      connections.push(connection);
      return () => {
        connection.closed = true;
      };
    },
    timers: {
      setTimeout: (task, ms) => {
        const id = nextTimer++;
        timers.set(id, { task, ms });
        return id;
      },
      clearTimeout: (id) => timers.delete(id as number),
    },
    onAppend: (position) => log.push(`append ${position}`),
    onStatus: (connected) => log.push(connected ? 'online' : 'offline'),
    onResume: () => log.push('resume'),
    ...options,
  });
  const current = () => {
    const c = connections.at(-1);
    if (!c) throw new Error('never connected');
    return c.handlers;
  };
  /** Runs the one pending timer and says how long it was set for. */
  const fire = (): number => {
    const entry = [...timers][0];
    if (!entry || timers.size !== 1)
      throw new Error(`expected one pending timer, got ${timers.size}`);
    const [id, timer] = entry;
    timers.delete(id);
    timer.task();
    return timer.ms;
  };
  return { connections, timers, log, stop, current, fire };
}

describe('the live follower', () => {
  it('waits as long as a refusal asks, offline meanwhile, then connects again and reloads', () => {
    const h = harness();
    h.current().onStatus(true);
    h.current().onAppend(7);
    h.current().onClosed({ status: 429, retryAfterMs: 10_000 });

    expect(h.log).toEqual(['online', 'append 7', 'offline']);
    expect(h.connections[0]?.closed).toBe(true);
    expect(h.connections).toHaveLength(1);
    expect(h.fire()).toBe(10_000);
    expect(h.connections).toHaveLength(2);

    h.current().onStatus(true);
    expect(h.log.slice(3)).toEqual(['online', 'resume']);
    // Only the first connection after an outage means events may have been missed.
    h.current().onStatus(false);
    h.current().onStatus(true);
    expect(h.log.filter((l) => l === 'resume')).toHaveLength(1);
  });

  it('backs off, doubling, while the service keeps refusing without Retry-After, and starts over once connected', () => {
    const h = harness({ firstRetryMs: 1000, maxRetryMs: 5000 });
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      h.current().onClosed({ status: 503, retryAfterMs: null });
      waits.push(h.fire());
    }
    expect(waits).toEqual([1000, 2000, 4000, 5000, 5000]);

    h.current().onStatus(true);
    h.current().onClosed({ status: 503, retryAfterMs: null });
    expect(h.fire()).toBe(1000);
  });

  it('leaves a dropped socket or an overflow to the EventSource: offline, no new connection', () => {
    const h = harness();
    h.current().onStatus(true);
    h.current().onStatus(false);
    expect(h.timers.size).toBe(0);
    expect(h.connections).toHaveLength(1);
    h.current().onStatus(true);
    expect(h.log).toEqual(['online', 'offline', 'online']);
  });

  it('stops for good: the pending retry is cancelled and nothing more is reported', () => {
    const h = harness();
    h.current().onClosed({ status: 429, retryAfterMs: 10_000 });
    const stale = h.current();
    h.stop();
    expect(h.timers.size).toBe(0);
    stale.onAppend(3);
    stale.onStatus(true);
    expect(h.log).toEqual(['offline']);
  });

  it('closes the open connection when stopped', () => {
    const h = harness();
    h.stop();
    expect(h.connections[0]?.closed).toBe(true);
  });
});

describe('retryDelay', () => {
  it('takes the service’s Retry-After, but never less than the backoff', () => {
    expect(retryDelay(1, 10_000, 1000, 60_000)).toBe(10_000);
    expect(retryDelay(5, 10_000, 1000, 60_000)).toBe(16_000);
    expect(retryDelay(20, null, 1000, 60_000)).toBe(60_000);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds as ms and leaves anything else to the backoff', () => {
    expect(parseRetryAfter('10')).toBe(10_000);
    expect(parseRetryAfter(' 3 ')).toBe(3000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT')).toBeNull();
    expect(parseRetryAfter('-1')).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });
});
