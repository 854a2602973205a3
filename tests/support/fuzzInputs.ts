import fc from 'fast-check';
import { expect } from 'vitest';
import type { ProblemBody } from './app.js';

/** How many inputs each property tries; KRONIEK_FUZZ_RUNS raises it for a long run. */
export const RUNS = Number(process.env.KRONIEK_FUZZ_RUNS ?? 200);

/** Days that are not days: impossible, malformed, empty, words. */
export const BAD_DAYS = [
  '2025-02-30',
  '2025-02-29',
  '2025-13-01',
  '2025-00-10',
  '2025-06-31',
  '2025-06-00',
  '0000-00-00',
  '',
  ' ',
  'yesterday',
  'onlangs',
  'najaar 2025',
  '2025-6-4',
  '20250604',
  '04-06-2025',
  '2025/06/04',
  '2025-06-04T00:00:00Z',
  '2025-06-04 ',
  '+02025-06-04',
  '2025-06-04\u0000',
  '٢٠٢٥-٠٦-٠٤',
];

/** A day string that is not a real YYYY-MM-DD day: a known bad one or a random string. */
export const badDay = fc.oneof(
  fc.constantFrom(...BAD_DAYS),
  fc.string({ maxLength: 12 }).filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s)),
);

export const HTML = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "javascript:alert('x')",
  '<svg onload=alert(1)>',
  '</textarea><b>vet</b>',
  '{{constructor.constructor("alert(1)")()}}',
  '<style>*{display:none}</style>',
];

export const SQL = [
  "' OR 1=1 --",
  "'; DROP TABLE events; --",
  '" OR ""="',
  '1; DELETE FROM events',
  "x' UNION SELECT id, data FROM events --",
  "%' AND 1=0 --",
  '\\x27 OR 1=1',
  '*/ SELECT 1 /*',
];

/** Unicode that trips up text handling: RTL, emoji, combining marks, NUL, lone surrogates, BOM. */
export const UNICODE = [
  '\u202Eevil\u202C',
  'مرحبا',
  'עברית',
  '👩🏽‍🚀🇺🇦',
  'e\u0301\u0301\u0301',
  'Z̷̧͎̈́a̴̙͐l̵̗̇g̸̱̈o̷͖̐',
  'a\u0000b',
  '\uD800',
  'x\uDC00y',
  '\uFEFF',
  '\u200B\u200D',
  '\uFFFF',
  '𝕜𝕣𝕠𝕟𝕚𝕖𝕜',
];

/** Text a client might send that is hostile or odd but still text. */
export const nastyText = fc.oneof(
  fc.constantFrom(...HTML, ...SQL, ...UNICODE),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .array(fc.constantFrom(...HTML, ...SQL, ...UNICODE, 'tekst', ' ', '\n', ',', ';', '"'), {
      minLength: 1,
      maxLength: 6,
    })
    .map((parts) => parts.join('')),
);

/** A value nested `depth` deep, in arrays or objects. */
export function nested(depth: number, kind: 'array' | 'object'): unknown {
  let v: unknown = 'deep';
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { a: v };
  return v;
}

/** Percent-encodes every UTF-8 byte of `s` (a lone surrogate becomes U+FFFD, as a browser sends it). */
export function pct(s: string): string {
  return [...new TextEncoder().encode(s)]
    .map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0'))
    .join('');
}

/** Counts the cases a property tried, by outcome, and prints them at the end. */
export function tally(name: string) {
  const counts = new Map<string, number>();
  return {
    count(outcome: string | number) {
      const key = String(outcome);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    },
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
    print() {
      const parts = [...counts.entries()].sort().map(([k, n]) => `${k}: ${n}`);
      console.log(`[fuzz] ${name}: ${this.total()} cases (${parts.join(', ')})`);
    },
  };
}

/**
 * Asserts a 4xx problem+json that names the problem: a `detail`, and for a 400 the issue paths,
 * one of which is `path` or lies under it.
 */
export async function expectProblem(
  res: Response,
  status: number | number[],
  path?: string,
): Promise<ProblemBody> {
  const statuses = Array.isArray(status) ? status : [status];
  const text = await res.text();
  expect(statuses, `status ${res.status}: ${text.slice(0, 500)}`).toContain(res.status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const body = JSON.parse(text) as ProblemBody;
  expect(body.status).toBe(res.status);
  expect(typeof body.detail).toBe('string');
  expect(body.detail.length).toBeGreaterThan(0);
  if (path !== undefined) {
    const paths = (body.issues ?? []).map((i) => i.path);
    expect(
      paths.some((p) => p === path || p.startsWith(`${path}.`)),
      `no issue at '${path}' in ${JSON.stringify(body.issues)}`,
    ).toBe(true);
  }
  return body;
}

/** `s` with each lone surrogate replaced by U+FFFD (String.prototype.toWellFormed, ES2024). */
export function wellFormed(s: string): string {
  return s.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}
