import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';

interface CachedResponse {
  body: ArrayBuffer;
  headers: [string, string][];
}

export interface LogETagOptions {
  /** Bytes of response bodies kept for repeats of the same (version, query); 0 turns it off. */
  cacheBytes?: number;
}

/**
 * A weak ETag for responses that depend only on the log (plus the query and, where relative to
 * "today", the day): derived from the version, so a 304 costs no projection work. For the same
 * reason a 200 can be kept and served again while the version stands: the many readers of the
 * same first timeline page then cost one projection, not one each.
 */
export function logETag(
  version: () => Promise<string> | string,
  options: LogETagOptions = {},
): MiddlewareHandler {
  const maxSize = options.cacheBytes ?? 32 * 1024 * 1024;
  const cache =
    maxSize > 0
      ? new LRUCache<string, CachedResponse>({
          maxSize,
          maxEntrySize: Math.max(1, Math.floor(maxSize / 8)),
          sizeCalculation: (r) => r.body.byteLength + 1,
        })
      : null;
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const url = new URL(c.req.url);
    const params = [...url.searchParams.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const key = `${url.pathname}?${new URLSearchParams(params).toString()}`;
    const hash = createHash('sha256').update(key).digest('base64url').slice(0, 16);
    const tag = `W/"${await version()}-${hash}"`;
    const inm =
      c.req
        .header('If-None-Match')
        ?.split(',')
        .map((t) => t.trim()) ?? [];
    if (inm.includes(tag)) return c.body(null, 304, { ETag: tag });
    // `*` matches any current representation (RFC 9110 13.1.2): known only once the handler has
    // answered 200, so a missing resource or a bad query keeps its 404 or 400.
    const any = inm.includes('*');
    const hit = cache?.get(tag);
    if (hit) {
      if (any) return c.body(null, 304, { ETag: tag });
      return c.body(hit.body, 200, Object.fromEntries([...hit.headers, ['ETag', tag]]));
    }
    await next();
    if (c.res.status !== 200) return undefined;
    c.res.headers.set('ETag', tag);
    const type = c.res.headers.get('Content-Type') ?? '';
    // JSON bodies are whole strings already; exports stream and are not kept.
    if (cache && type.startsWith('application/json')) {
      const headers: [string, string][] = [];
      c.res.headers.forEach((value, name) => {
        if (name === 'content-type' || name === 'content-disposition') headers.push([name, value]);
      });
      cache.set(tag, { body: await c.res.clone().arrayBuffer(), headers });
    }
    if (any) {
      await c.res.body?.cancel();
      // Unset first: assigning over a response would carry its headers (length, type) along.
      c.res = undefined;
      c.res = c.body(null, 304, { ETag: tag });
    }
    return undefined;
  };
}
