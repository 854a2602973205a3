import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { UnauthorizedError } from '../errors.js';

/** SHA-256 of a token: compared in constant time, and a key that does not hold the token itself. */
export function tokenDigest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

/** The digest of the request's `Authorization: Bearer <token>` when it is `expected`, else null. */
export function validBearerDigest(c: Context, expected: Buffer): Buffer | null {
  const header = c.req.header('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return null;
  const presented = tokenDigest(match[1]!);
  return timingSafeEqual(presented, expected) ? presented : null;
}

/**
 * Requires `Authorization: Bearer <token>`. Both sides are hashed first so the comparison is
 * constant-time and of equal length whatever the client sends.
 */
export function requireBearer(token: string): MiddlewareHandler {
  const expected = tokenDigest(token);
  return async (c, next) => {
    if (!validBearerDigest(c, expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="kroniek"');
      throw new UnauthorizedError();
    }
    await next();
  };
}
