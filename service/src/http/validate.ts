import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { ValidationError, type FieldIssue } from '../errors.js';

/** zod issues as field issues; `prefix` names where the validated value sits in the input. */
export function issuesOf(error: z.core.$ZodError, prefix: (string | number)[] = []): FieldIssue[] {
  const at = (path: PropertyKey[]) => [...prefix, ...path].map(String).join('.');
  return error.issues.flatMap((i) =>
    // An unknown key is named by its own path, so a typo in a field or parameter name is pointed at.
    i.code === 'unrecognized_keys'
      ? i.keys.map((key) => ({ path: at([...i.path, key]), message: 'unknown field' }))
      : [{ path: at(i.path), message: i.message }],
  );
}

const WHERE: Partial<Record<keyof ValidationTargets, string>> = {
  json: 'body',
  query: 'query parameter',
  param: 'path parameter',
  header: 'header',
};

/** hono's zod validator whose failure throws a ValidationError naming each field. */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      const issues = issuesOf(result.error);
      const fields = [...new Set(issues.map((i) => i.path || '(root)'))].join(', ');
      throw new ValidationError(`invalid ${WHERE[target] ?? target}: ${fields}`, issues);
    }
  });
}
