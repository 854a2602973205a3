import type { MiddlewareHandler } from 'hono';
import { KroniekError } from '../errors.js';
import { tokenDigest, validBearerDigest } from './auth.js';
import { socketAddress } from './clientAddress.js';
import type { ClientAddressOf } from './clientAddress.js';

export interface RateLimitOptions {
  /** Sustained writes per second per client (a token, or an address without one). */
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
export const clientAddress: ClientAddressOf = socketAddress;

/**
 * Writes without a valid token: 1 a second per address, bursts of 10. Enough for a person who
 * mistyped the token, and slow for someone guessing it.
 */
export const DEFAULT_ANONYMOUS_WRITE_RATE_LIMIT: RateLimitOptions = { perSecond: 1, burst: 10 };

/** The stricter of two limits, field by field. */
export function stricterOf(a: RateLimitOptions, b: RateLimitOptions): RateLimitOptions {
  return { perSecond: Math.min(a.perSecond, b.perSecond), burst: Math.min(a.burst, b.burst) };
}

export interface WriteRateLimitOptions extends RateLimitOptions {
  clock: () => Date;
  /** The bearer token writes need; a write that carries it counts against that token. */
  token: string;
  /** Writes without a valid token, per client address; default 1/s, bursts of 10 (never looser). */
  anonymous?: RateLimitOptions;
  /** Tells clients apart; default the socket peer. */
  clientAddress?: ClientAddressOf;
}

const isWrite = (method: string) => method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';

function tooMany(retryAfterSeconds: number, detail: string): KroniekError {
  return new KroniekError(
    429,
    'Too many requests',
    `${detail}; retry after ${retryAfterSeconds} s`,
    { retryAfter: retryAfterSeconds },
  );
}

/**
 * Limits writes with token buckets; reads pass. A write with the valid bearer token takes from
 * that token's bucket (keyed by the token's SHA-256, never the token), so editors are counted by
 * who they are, not where they come from. Any other write takes from its client address's
 * stricter bucket before authentication answers 401: that slows down guessing the token without
 * touching the editors' budget. A refused write answers 429 with Retry-After.
 */
export function writeRateLimit(options: WriteRateLimitOptions): MiddlewareHandler {
  const { clock } = options;
  const anonymous = stricterOf(options.anonymous ?? DEFAULT_ANONYMOUS_WRITE_RATE_LIMIT, options);
  const perToken = createTokenBuckets({ ...options, clock });
  const perAddress = createTokenBuckets({ ...anonymous, clock });
  const expected = tokenDigest(options.token);
  const addressOf = options.clientAddress ?? socketAddress;
  return async (c, next) => {
    if (!isWrite(c.req.method)) return next();
    const digest = validBearerDigest(c, expected);
    const taken = digest ? perToken.take(digest.toString('hex')) : perAddress.take(addressOf(c));
    if (!taken.ok) {
      c.header('Retry-After', String(taken.retryAfterSeconds));
      throw tooMany(
        taken.retryAfterSeconds,
        digest
          ? `at most ${options.perSecond} writes per second (bursts of ${options.burst}) per token`
          : `at most ${anonymous.perSecond} write attempts per second (bursts of ${anonymous.burst}) per client address without a valid token`,
      );
    }
    return next();
  };
}
