import type { Context, MiddlewareHandler } from 'hono';
import { KroniekError } from '../errors.js';

export interface RateLimitOptions {
  /** Sustained writes per second per client. */
  perSecond: number;
  /** How many writes a client may make at once before the rate applies. */
  burst: number;
}

/** 20 writes a second, bursts of 100: far above an editor's pace, far below what floods the log. */
export const DEFAULT_WRITE_RATE_LIMIT: RateLimitOptions = { perSecond: 20, burst: 100 };

export interface TokenBucketsOptions extends RateLimitOptions {
  clock: () => Date;
  /** Above this many clients, buckets that have refilled completely are forgotten. */
  maxClients?: number;
}

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/** One token bucket per client key: each write takes a token, tokens come back at `perSecond`. */
export function createTokenBuckets({
  perSecond,
  burst,
  clock,
  maxClients = 10_000,
}: TokenBucketsOptions) {
  const buckets = new Map<string, Bucket>();
  const refill = (b: Bucket, now: number) => {
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * perSecond);
    b.at = now;
  };
  const forgetFull = (now: number) => {
    for (const [key, b] of buckets) {
      refill(b, now);
      if (b.tokens >= burst) buckets.delete(key);
    }
  };
  return {
    take(key: string): Take {
      const now = clock().getTime();
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= maxClients) forgetFull(now);
        bucket = { tokens: burst, at: now };
        buckets.set(key, bucket);
      }
      refill(bucket, now);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / perSecond) };
    },
    /** How many clients have a bucket (for tests and metrics). */
    size: () => buckets.size,
  };
}

/** The client's address as the socket saw it (`app.request()` has none). */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

const isWrite = (method: string) => method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';

/**
 * Limits writes per client address with token buckets; reads pass. Runs before authentication,
 * so it also slows down guessing the token. A refused write answers 429 with Retry-After.
 */
export function writeRateLimit(
  options: RateLimitOptions & { clock: () => Date; keyOf?: (c: Context) => string },
): MiddlewareHandler {
  const buckets = createTokenBuckets(options);
  const keyOf = options.keyOf ?? clientAddress;
  return async (c, next) => {
    if (!isWrite(c.req.method)) return next();
    const taken = buckets.take(keyOf(c));
    if (!taken.ok) {
      c.header('Retry-After', String(taken.retryAfterSeconds));
      throw new KroniekError(
        429,
        'Too many requests',
        `at most ${options.perSecond} writes per second (bursts of ${options.burst}) per client; retry after ${taken.retryAfterSeconds} s`,
        { retryAfter: taken.retryAfterSeconds },
      );
    }
    return next();
  };
}
