import { KroniekError, ValidationError } from './errors.js';

/** Limits of the live stream (`GET /api/live`). */
export interface LiveLimits {
  /** Open streams per client address; past it 429 with Retry-After. */
  maxPerClient: number;
  /** Open streams in all; past it 503 with Retry-After. */
  maxTotal: number;
  /**
   * Live events a stream holds for a client that reads more slowly than the log grows; past
   * it the stream ends with an `overflow` event naming the position to resume after.
   */
  queueLimit: number;
  /** Events read from the log per catch-up step. */
  pageSize: number;
  /** How long an overflowing stream may take to flush its last event before it is cut, ms. */
  closeGraceMs: number;
  /** The Retry-After of a refused stream, seconds. */
  retryAfterSeconds: number;
}

/**
 * A browser opens one stream per tab, and several people may share one address (an office
 * behind NAT); each stream holds at most a catch-up page and a few socket chunks (bench/sse.ts).
 */
export const DEFAULT_LIVE_LIMITS: LiveLimits = {
  maxPerClient: 100,
  maxTotal: 1000,
  queueLimit: 1000,
  pageSize: 20,
  closeGraceMs: 10_000,
  retryAfterSeconds: 10,
};

export type Admission = { ok: true; release: () => void } | { ok: false; error: KroniekError };

/** Counts the open live streams, per client address and in all. */
export interface LiveConnections {
  /** Takes a slot for a stream of `address`, or says why not (429 or 503, with retryAfter). */
  admit(address: string): Admission;
  /** Open streams, in all. */
  open(): number;
}

export function createLiveConnections(
  limits: Pick<LiveLimits, 'maxPerClient' | 'maxTotal' | 'retryAfterSeconds'>,
): LiveConnections {
  const byClient = new Map<string, number>();
  let total = 0;
  const retryAfter = limits.retryAfterSeconds;
  return {
    admit(address) {
      const mine = byClient.get(address) ?? 0;
      if (mine >= limits.maxPerClient) {
        const detail = `at most ${limits.maxPerClient} live streams per client; retry after ${retryAfter} s`;
        return {
          ok: false,
          error: new KroniekError(429, 'Too many requests', detail, { retryAfter }),
        };
      }
      if (total >= limits.maxTotal) {
        const detail = `the server holds its limit of ${limits.maxTotal} live streams; retry after ${retryAfter} s`;
        return {
          ok: false,
          error: new KroniekError(503, 'Service unavailable', detail, { retryAfter }),
        };
      }
      byClient.set(address, mine + 1);
      total += 1;
      let released = false;
      return {
        ok: true,
        release: () => {
          if (released) return;
          released = true;
          total -= 1;
          const left = (byClient.get(address) ?? 1) - 1;
          if (left > 0) byClient.set(address, left);
          else byClient.delete(address);
        },
      };
    },
    open: () => total,
  };
}

/**
 * KRONIEK_LIVE_MAX_PER_CLIENT and KRONIEK_LIVE_MAX_TOTAL (whole numbers ≥ 1), or undefined when
 * neither is set.
 */
export function liveLimitsFromEnv(env: NodeJS.ProcessEnv): Partial<LiveLimits> | undefined {
  const read = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) {
      throw new ValidationError(`invalid ${name} '${raw}'`, [
        { path: name, message: 'expected a whole number of at least 1' },
      ]);
    }
    return n;
  };
  const maxPerClient = read('KRONIEK_LIVE_MAX_PER_CLIENT');
  const maxTotal = read('KRONIEK_LIVE_MAX_TOTAL');
  if (maxPerClient === undefined && maxTotal === undefined) return undefined;
  return {
    ...(maxPerClient !== undefined ? { maxPerClient } : {}),
    ...(maxTotal !== undefined ? { maxTotal } : {}),
  };
}
