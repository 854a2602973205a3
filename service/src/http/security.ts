import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * The Content-Security-Policy of the dashboard and the API. The built dashboard loads one module
 * script and one stylesheet from its own origin and no inline script; Svelte's `style:` directives
 * and Chart.js set styles through the CSSOM, which CSP does not govern, so `style-src` needs no
 * 'unsafe-inline' either. `img-src data:` is for the empty favicon (`<link rel="icon" href="data:,">`).
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Security headers for every response (dashboard, API, errors): the CSP above, nosniff, no
 * framing, no referrer. HSTS is left to whatever terminates TLS in front of kroniek: the service
 * itself speaks plain HTTP, by default on loopback.
 */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    strictTransportSecurity: false,
  });
}

/**
 * Private reads: `/api` reads need the same bearer token as writes (KRONIEK_PRIVATE_READS=true).
 * Writes are checked by their own routes; health checks and the dashboard's files stay public.
 */
export function requireTokenForReads(auth: MiddlewareHandler): MiddlewareHandler {
  return async (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? auth(c, next) : next();
}
