import { zValidator } from '@hono/zod-validator';
import type { Context, ValidationTargets } from 'hono';
import { z } from 'zod';
import {
  fieldNames,
  MAX_LISTED_ISSUES,
  UnsupportedMediaTypeError,
  ValidationError,
  type FieldIssue,
} from '../errors.js';

/**
 * zod issues as field issues; `prefix` names where the validated value sits in the input. At most
 * `max` are made: an object of countless unknown keys is one zod issue that names them all.
 */
export function issuesOf(
  error: z.core.$ZodError,
  prefix: (string | number)[] = [],
  max = Number.POSITIVE_INFINITY,
): FieldIssue[] {
  const at = (path: PropertyKey[]) => [...prefix, ...path].map(String).join('.');
  const out: FieldIssue[] = [];
  for (const i of error.issues) {
    // An unknown key is named by its own path, so a typo in a field or parameter name is pointed at.
    if (i.code === 'unrecognized_keys') {
      for (const key of i.keys) {
        if (out.length >= max) return out;
        out.push({ path: at([...i.path, key]), message: 'unknown field' });
      }
    } else {
      if (out.length >= max) return out;
      out.push({ path: at(i.path), message: i.message });
    }
  }
  return out;
}

/** How many field issues a zod error holds (each unknown key is one). */
function issueCount(error: z.core.$ZodError): number {
  let n = 0;
  for (const i of error.issues) n += i.code === 'unrecognized_keys' ? i.keys.length : 1;
  return n;
}

/**
 * A ValidationError for a zod error, `what` leading its message: the first issues listed (at most
 * {@link MAX_LISTED_ISSUES}) and the rest counted.
 */
export function validationErrorOf(
  what: string,
  error: z.core.$ZodError,
  prefix: (string | number)[] = [],
): ValidationError {
  const issues = issuesOf(error, prefix, MAX_LISTED_ISSUES);
  const more = issueCount(error) - issues.length;
  return new ValidationError(`${what}: ${fieldNames(issues, more)}`, issues, more);
}

const WHERE: Partial<Record<keyof ValidationTargets, string>> = {
  json: 'body',
  query: 'query parameter',
  param: 'path parameter',
  header: 'header',
};

const JSON_TYPE = 'application/json';

/**
 * A JSON body must say so: `Content-Type: application/json`, with no charset but UTF-8 (the
 * body is read as UTF-8). Anything else is a 415 naming the type expected, before the body is
 * read, instead of a 400 about an empty body.
 */
export function requireJsonBody(c: Context): void {
  const header = c.req.header('Content-Type');
  const [type = '', ...params] = (header ?? '').split(';').map((p) => p.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length);
  const utf8 = charset === undefined || ['utf-8', 'utf8', '"utf-8"'].includes(charset);
  if (type !== JSON_TYPE || !utf8) throw new UnsupportedMediaTypeError(JSON_TYPE, header);
}

/**
 * Refuses an object with more unknown keys than a problem lists, before any schema reads it:
 * counting keys is cheap, while a schema (or a spread) copies every one of them. Fewer unknown
 * keys are left to the schema, which reports them with the other issues.
 */
export function refuseUnknownKeys(
  value: unknown,
  known: ReadonlySet<string>,
  prefix: (string | number)[] = [],
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  const listed: FieldIssue[] = [];
  let unknown = 0;
  for (const key in value) {
    if (known.has(key)) continue;
    unknown += 1;
    if (listed.length < MAX_LISTED_ISSUES)
      listed.push({ path: [...prefix, key].join('.'), message: 'unknown field' });
  }
  if (unknown <= MAX_LISTED_ISSUES) return;
  const more = unknown - listed.length;
  throw new ValidationError(`unknown fields: ${fieldNames(listed, more)}`, listed, more);
}

/**
 * hono's zod validator whose failure throws a ValidationError naming each field. A JSON body is
 * read only when its Content-Type says it is JSON (else 415), and a body with far more members
 * than the schema knows (`knownKeys`, by default an object schema's own) is refused unread.
 */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
  knownKeys?: ReadonlySet<string>,
) {
  const validator = zValidator(target, schema, (result) => {
    if (!result.success)
      throw validationErrorOf(`invalid ${WHERE[target] ?? target}`, result.error);
  });
  if (target !== 'json') return validator;
  const known =
    knownKeys ?? (schema instanceof z.ZodObject ? new Set(Object.keys(schema.shape)) : undefined);
  const checked: typeof validator = async (c, next) => {
    requireJsonBody(c);
    if (known) {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return validator(c, next); // hono's validator answers a body that is not JSON
      }
      refuseUnknownKeys(body, known);
    }
    return validator(c, next);
  };
  return checked;
}
