import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { KroniekError } from '../errors.js';

/**
 * Refuses request bodies over `maxBytes` with a 413 problem. The decision is taken from the
 * Content-Length header when there is one (the HTTP parser never delivers more than it says), as
 * hono's `bodyLimit` does, but without touching the request's body stream first: on
 * `@hono/node-server` that touch builds a full web `Request` around the socket, which costs an
 * append about as much as its SQLite transaction, while `c.req.json()` can otherwise read the
 * bytes straight from the socket. GET and HEAD carry no body; a body without a length (chunked)
 * is counted by hono's own middleware as it streams in.
 */
export function requestBodyLimit(maxBytes: number): MiddlewareHandler {
  const tooLarge = () => {
    throw new KroniekError(
      413,
      'Payload too large',
      `a request body may hold at most ${maxBytes} bytes`,
    );
  };
  const streamed = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = c.req.header('Content-Length');
    if (length !== undefined && c.req.header('Transfer-Encoding') === undefined) {
      if (!/^\d+$/.test(length.trim())) return streamed(c, next);
      return Number(length) > maxBytes ? tooLarge() : next();
    }
    return streamed(c, next);
  };
}
