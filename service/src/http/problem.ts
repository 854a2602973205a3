import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { KroniekError, MAX_LISTED_ISSUES, NotFoundError } from '../errors.js';
import type { Logger } from './logging.js';

/** An RFC 9457 problem details body. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  [extension: string]: unknown;
}

const PROBLEM_TYPES = 'https://kroniek.invalid/problems/';

function slugOf(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/(^-|-$)/g, '');
}

/**
 * `issues` cut to the first {@link MAX_LISTED_ISSUES}, the rest counted in `moreIssues`, so the
 * answer to a body of countless bad fields stays small.
 */
function capIssues(details: Record<string, unknown>): Record<string, unknown> {
  const { issues, moreIssues } = details;
  if (!Array.isArray(issues) || issues.length <= MAX_LISTED_ISSUES) return details;
  return {
    ...details,
    issues: issues.slice(0, MAX_LISTED_ISSUES),
    moreIssues:
      issues.length - MAX_LISTED_ISSUES + (typeof moreIssues === 'number' ? moreIssues : 0),
  };
}

/** Headers a status calls for: what is allowed instead. */
const HEADERS: Partial<Record<number, Record<string, string>>> = {
  405: { Allow: 'GET' },
  415: { 'Accept-Post': 'application/json' },
};

/**
 * The problem body for a typed error; `details` (issues, revisions ...) become extension members,
 * the issues listed at most {@link MAX_LISTED_ISSUES}.
 */
export function problemOf(err: KroniekError, instance: string): Problem {
  return {
    ...capIssues(err.details),
    type: PROBLEM_TYPES + slugOf(err.title),
    title: err.title,
    status: err.status,
    detail: err.message,
    instance,
  };
}

function send(c: Context, problem: Problem, headers: Record<string, string> = {}): Response {
  return c.body(JSON.stringify(problem), problem.status as 400, {
    'Content-Type': 'application/problem+json',
    ...headers,
  });
}

/**
 * The one error handler: typed errors answer with their status; hono's own HTTP errors (e.g. a body
 * that is not JSON) keep theirs; anything else is logged and answers 500 without internals.
 */
export function createErrorHandler(log: Logger): ErrorHandler {
  return (err, c) => {
    const instance = new URL(c.req.url).pathname;
    if (err instanceof KroniekError) {
      return send(c, problemOf(err, instance), HEADERS[err.status]);
    }
    if (err instanceof HTTPException && err.status < 500) {
      const title = err.status === 400 ? 'Invalid input' : 'Request refused';
      return send(c, {
        type: PROBLEM_TYPES + slugOf(title),
        title,
        status: err.status,
        detail: err.message || title,
        instance,
        issues: [],
      });
    }
    log.error('unhandled error', {
      method: c.req.method,
      path: instance,
      error:
        err instanceof Error
          ? { name: err.name, message: err.message, stack: err.stack }
          : String(err),
    });
    return send(c, {
      type: PROBLEM_TYPES + 'internal-error',
      title: 'Internal error',
      status: 500,
      detail: 'the server could not answer this request; the error has been logged',
      instance,
    });
  };
}

/** Unknown routes answer 404 problem+json like every other error. */
export const notFoundHandler: NotFoundHandler = (c) => {
  const path = new URL(c.req.url).pathname;
  return send(c, problemOf(new NotFoundError('route', `${c.req.method} ${path}`), path));
};
