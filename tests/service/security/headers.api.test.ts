import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenFileApp } from '../../support/fileApp.js';
import type { FileApp } from '../../support/fileApp.js';
import { IDS, REPO } from '../../support/app.js';

let t: FileApp;
let dist: string;
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'kroniek-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><title>kroniek</title><script type="module" src="/assets/app.js"></script>',
  );
  writeFileSync(join(dist, 'assets/app.js'), 'console.log("kroniek")');
  t = await givenFileApp({ dashboardDir: dist });
});
afterAll(async () => {
  await t.close();
  rmSync(dist, { recursive: true, force: true });
});

/** The CSP as directive name -> sources. */
function csp(res: Response): Map<string, string[]> {
  const header = res.headers.get('Content-Security-Policy') ?? '';
  return new Map(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const responses: [string, () => Response | Promise<Response>][] = [
  ['the dashboard', () => t.app.request('/')],
  ['a dashboard asset', () => t.app.request('/assets/app.js')],
  ['an SPA route', () => t.app.request('/subjects/maritiem-steunpakket')],
  ['an API read', () => t.app.request('/api/timeline')],
  ['an API 404', () => t.app.request('/api/events/00000000-0000-4000-8000-000000000000')],
  ['an API 400', () => t.app.request('/api/timeline?asOf=2025-02-30')],
  [
    'an API 401',
    () => t.app.request(`/api/events/${IDS.mou}/retractions`, { method: 'POST', body: '{}' }),
  ],
  ['an export', () => t.app.request('/api/timeline.csv')],
  ['a health check', () => t.app.request('/healthz')],
];

describe('security headers', () => {
  it.each(responses)('are on %s', async (_label, request) => {
    const res = await request();
    const policy = csp(res);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    // No directive allows inline code or eval.
    expect(res.headers.get('Content-Security-Policy')).not.toMatch(/unsafe-(inline|eval)/);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    expect(res.headers.get('X-Powered-By')).toBeNull();
  });
});

describe('the built dashboard', () => {
  const index = join(REPO, 'dashboard/dist/index.html');

  it('has no inline script, so script-src self is enough', () => {
    expect(
      existsSync(index),
      'build the dashboard first: pnpm --filter @kroniek/dashboard build',
    ).toBe(true);
    const html = readFileSync(index, 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/assets\//);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i); // no inline event handlers
    expect(html).not.toMatch(/<style\b/i);
  });
});
