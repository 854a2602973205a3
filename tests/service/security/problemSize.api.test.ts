import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenApp, IDS, jsonHeaders } from '../../support/app.js';
import type { ProblemBody, TestApp } from '../../support/app.js';
import { delivery } from '../../support/writes.js';

// A body of countless bad fields gets a small answer: the first 20 issues, and a count of the rest.

let t: TestApp;
beforeAll(async () => (t = await givenApp()));
afterAll(() => t.close());

/** A JSON object just under the 4 MiB body limit: `base`'s members plus as many unknown keys. */
function bodyOfUnknownKeys(base: Record<string, unknown>): { text: string; unknown: number } {
  const head = JSON.stringify(base).slice(0, -1);
  const parts: string[] = [];
  let size = head.length + 2;
  for (let i = 0; size < 4_000_000; i++) {
    const part = `"u${i.toString(36).padStart(7, '0')}":0`;
    parts.push(part);
    size += part.length + 1;
  }
  const glue = head === '{' ? '' : ',';
  return { text: `${head}${glue}${parts.join(',')}}`, unknown: parts.length };
}

describe('the problem answering a 4 MB body of unknown keys', () => {
  it.each([
    ['a correction', `/api/events/${IDS.maritime}/corrections`, {}],
    ['an event', '/api/subjects/maritiem-steunpakket/events', delivery()],
    ['a batch', '/api/subjects/maritiem-steunpakket/events', { events: [delivery()] }],
  ])('to %s lists 20 issues and counts the rest', async (_label, path, base) => {
    const { text, unknown } = bodyOfUnknownKeys(base);
    expect(text.length).toBeLessThan(4 * 1024 * 1024);
    const res = await t.app.request(path, { method: 'POST', headers: jsonHeaders, body: text });
    expect(res.status).toBe(400);
    const answer = await res.text();
    expect(answer.length).toBeLessThan(8_000);
    const body = JSON.parse(answer) as ProblemBody & { moreIssues: number };
    expect(body.issues).toHaveLength(20);
    expect(body.issues!.every((i) => i.message === 'unknown field' || i.path !== '')).toBe(true);
    // Every unknown key is counted: listed, or in the count of the rest.
    expect(body.issues!.length + body.moreIssues).toBeGreaterThanOrEqual(unknown);
    expect(body.issues!.length + body.moreIssues).toBeLessThan(unknown + 10);
    expect(body.detail).toMatch(/and \d+ more$/);
    expect(await t.store.head()).toBe(4);
  });

  it('lists a few issues whole, without a count', async () => {
    const res = await t.app.request(`/api/events/${IDS.maritime}/corrections`, {
      method: 'POST',
      headers: jsonHeaders,
      body: JSON.stringify({ a: 1, b: 2 }),
    });
    const body = (await res.json()) as ProblemBody;
    expect(body.issues!.map((i) => i.path)).toEqual(expect.arrayContaining(['a', 'b']));
    expect(body.issues!.length).toBeLessThan(20);
    expect(body).not.toHaveProperty('moreIssues');
  });
});
