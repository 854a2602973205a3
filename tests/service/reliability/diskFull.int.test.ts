import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, createReadModel, createSqliteEventStore, silentLogger } from '@kroniek/service';
import type { SqliteEventStore } from '@kroniek/service';
import {
  DOC,
  fixtureEvents,
  jsonHeaders,
  NOW,
  problemOf,
  quote,
  sources,
  TOKEN,
} from '../../support/app.js';

const TEXT = (await sources()).get(DOC)!.text;
const clock = () => new Date(NOW);

/** A delivery on the maritime package, as a client posts it; the server gives it an id. */
const delivery = (n: number) => ({
  type: 'SupportDelivered',
  stage: 'started',
  title: `Levering ${n} maritiem pakket`,
  category: 'ukraine-support',
  occurred: { precision: 'between', latest: '2025-06-04', wording: 'al gedaan' },
  knownAt: {
    date: { precision: 'between', earliest: '2025-06-05', latest: '2025-06-23' },
    basis: 'source-publication',
  },
  source: quote(TEXT, 'De eerste leveringen zijn al gedaan en gaan door tot'),
  actors: [{ id: 'nl-minister-defensie', name: 'Minister van Defensie', role: 'donor' }],
});

let dir: string | undefined;
let store: SqliteEventStore | undefined;
afterEach(async () => {
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  store = undefined;
  dir = undefined;
});

async function givenStoreNearlyFull() {
  dir = mkdtempSync(join(tmpdir(), 'kroniek-full-'));
  const path = join(dir, 'kroniek.db');
  store = createSqliteEventStore({ path, clock });
  for (const e of fixtureEvents(TEXT))
    await store.append(e.subject, [{ id: e.id, type: e.type, data: e, metadata: {} }]);
  // The quota never goes below the file's size: asking for 1 page answers that size.
  const size = store.setMaxPageCount(1);
  store.setMaxPageCount(size + 4);
  const app = createApp({
    store,
    readModel: createReadModel({ today: () => NOW.slice(0, 10) }),
    sources: await sources(),
    clock,
    token: TOKEN,
    log: silentLogger,
    writeRateLimit: false,
  });
  const post = (n: number) =>
    app.request('/api/subjects/maritiem-steunpakket/events', {
      method: 'POST',
      headers: jsonHeaders,
      body: JSON.stringify(delivery(n)),
    });
  return { app, path, post, store };
}

describe('a full disk', () => {
  it('answers 507 with Retry-After, is not ready until a write succeeds, and loses nothing acknowledged', async () => {
    const { app, path, post, store: full } = await givenStoreNearlyFull();
    const acknowledged: string[] = [];
    let refused: Response | undefined;
    for (let n = 0; n < 500 && !refused; n++) {
      const res = await post(n);
      if (res.status === 201)
        acknowledged.push(((await res.json()) as { events: { id: string }[] }).events[0]!.id);
      else refused = res;
    }
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(refused?.status).toBe(507);
    expect(Number(refused!.headers.get('Retry-After'))).toBeGreaterThan(0);
    const { contentType, body } = await problemOf(refused!);
    expect(contentType).toBe('application/problem+json');
    expect(body).toMatchObject({ status: 507, title: 'Insufficient storage' });

    // Appends of one group commit fail together, each with the same answer.
    const group = await Promise.all([1000, 1001, 1002].map(post));
    expect(group.map((r) => r.status)).toEqual([507, 507, 507]);

    const notReady = await app.request('/readyz');
    expect(notReady.status).toBe(503);
    expect(JSON.stringify(await notReady.json())).toMatch(/storage/);
    // Reads go on.
    expect((await app.request('/api/timeline')).status).toBe(200);

    // Room again: the next write succeeds and the service is ready again.
    full.setMaxPageCount(1_000_000);
    const again = await post(2000);
    expect(again.status).toBe(201);
    acknowledged.push(((await again.json()) as { events: { id: string }[] }).events[0]!.id);
    expect((await app.request('/readyz')).status).toBe(200);

    // Every acknowledged event is in the file, and the chain holds, after a reopen too.
    await full.close();
    store = createSqliteEventStore({ path, clock });
    for (const id of acknowledged) expect(await store.getById(id), id).not.toBeNull();
    expect(await store.head()).toBe(4 + acknowledged.length);
    expect((await store.verify()).ok).toBe(true);
  });

  it('is ready again when the log grows through another connection', async () => {
    const { app, path, post } = await givenStoreNearlyFull();
    let status = 201;
    for (let n = 0; n < 500 && status === 201; n++) status = (await post(n)).status;
    expect(status).toBe(507);
    expect((await app.request('/readyz')).status).toBe(503);
    // The CLI (another connection, without this one's quota) appends: there is room again.
    const other = createSqliteEventStore({ path, clock });
    try {
      const e = fixtureEvents(TEXT)[0]!;
      const id = '77777777-7777-4777-8777-777777777777';
      await other.append(e.subject, [{ id, type: e.type, data: { ...e, id }, metadata: {} }]);
    } finally {
      await other.close();
    }
    // A read brings the read model up to the new head; then nothing holds readiness back.
    expect((await app.request('/api/timeline')).status).toBe(200);
    expect((await app.request('/readyz')).status).toBe(200);
  });
});
