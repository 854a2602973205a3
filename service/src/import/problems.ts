import type { z } from 'zod';
import { ValidationError } from '../errors.js';

/** One thing wrong with an input file: the file, the entry (by key) and the field. */
export interface ImportProblem {
  file: string;
  /** The entry's key, when the problem belongs to one entry. */
  key?: string | undefined;
  /** Dotted path of the field inside the entry (or the file). */
  field: string;
  message: string;
}

/** One line per problem: `file: event 'key': field: message`. */
export function formatProblem(p: ImportProblem): string {
  return `${p.file}: ${p.key === undefined ? '' : `event '${p.key}': `}${p.field}: ${p.message}`;
}

/** The issues of a zod error as problems of one file (and entry). */
export function fieldProblems(
  file: string,
  key: string | undefined,
  error: z.ZodError,
): ImportProblem[] {
  const field = (path: PropertyKey[]) => (path.length > 0 ? path.map(String).join('.') : '(entry)');
  return error.issues.flatMap((issue) =>
    // An unknown key is named by its own path, as the HTTP API does, so a typo is pointed at.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((k) => ({
          file,
          key,
          field: field([...issue.path, k]),
          message: 'unknown field',
        }))
      : [{ file, key, field: field(issue.path), message: issue.message }],
  );
}

/** Throws one `ValidationError` listing every problem, if there are any. */
export function throwProblems(problems: ImportProblem[], summary: string): void {
  if (problems.length === 0) return;
  const lines = problems.map(formatProblem);
  throw new ValidationError(
    `${summary}:\n${lines.map((l) => `  ${l}`).join('\n')}`,
    problems.map((p, i) => ({
      path: `${p.file}${p.key === undefined ? '' : `#${p.key}`}.${p.field}`,
      message: lines[i]!,
    })),
  );
}
