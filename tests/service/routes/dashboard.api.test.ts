import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, createReadModel, createSqliteEventStore, silentLogger } from '@kroniek/service';
import { NOW, sources, TOKEN } from '../../support/app.js';

const dir = mkdtempSync(join(tmpdir(), 'kroniek-dist-'));
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>kroniek</title>');
writeFileSync(join(dir, 'assets/app.js'), 'console.log("kroniek")');
const store = createSqliteEventStore({ path: ':memory:', clock: () => new Date(NOW) });
const app = createApp({
  store,
  readModel: createReadModel({ today: () => NOW.slice(0, 10) }),
  sources: await sources(),
  clock: () => new Date(NOW),
  token: TOKEN,
  log: silentLogger,
  dashboardDir: dir,
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the built dashboard', () => {
  it('is served at / with its assets', async () => {
    const index = await app.request('/');
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<title>kroniek</title>');
    const asset = await app.request('/assets/app.js');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
  });

  it('falls back to index.html for the SPA routes, but not for the API', async () => {
    const route = await app.request('/subjects/maritiem-steunpakket');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>kroniek</title>');
    const api = await app.request('/api/unknown');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toBe('application/problem+json');
  });
});
