import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/**
 * A weak ETag for responses that depend only on the log (plus the query and, where relative to
 * "today", the day): derived from the version, so a 304 costs no projection work.
 */
export function logETag(version: () => Promise<string> | string): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const url = new URL(c.req.url);
    const params = [...url.searchParams.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const key = `${url.pathname}?${new URLSearchParams(params).toString()}`;
    const hash = createHash('sha256').update(key).digest('base64url').slice(0, 16);
    const tag = `W/"${await version()}-${hash}"`;
    const inm = c.req.header('If-None-Match');
    if (inm && inm.split(',').some((t) => t.trim() === tag || t.trim() === '*')) {
      return c.body(null, 304, { ETag: tag });
    }
    await next();
    if (c.res.status === 200) c.res.headers.set('ETag', tag);
    return undefined;
  };
}
