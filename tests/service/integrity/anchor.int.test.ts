import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, createReadModel, createSqliteEventStore } from '@kroniek/service';
import { createAnchorWriter, readAnchor } from '../../../service/src/integrity/anchor.js';
import { DOC, quote, sources } from '../../support/app.js';
import { kroniek } from '../../support/cli.js';
import { randomLog } from '../readmodel/randomLog.js';
import { appendWithAnchor, clock, serve, TOKEN } from './tamperSupport.js';

const dir = mkdtempSync(join(tmpdir(), 'kroniek-anchor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the head anchor beside the store', () => {
  it("follows the service's writes and is what GET /api/log/head served", async () => {
    const db = join(dir, 'served.db');
    const { server } = await serve(db);
    let served: { position: number; hash: string; recordedAt: string };
    try {
      const text = (await sources()).get(DOC)!.text;
      const res = await fetch(`${server.url}/api/subjects/europese-verantwoordelijkheid/events`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({
          type: 'StatementMade',
          title: 'Het kabinet onderschrijft een grotere Europese verantwoordelijkheid',
          category: 'european-defence',
          occurred: { precision: 'between', earliest: '2025-06-05', latest: '2025-06-23' },
          knownAt: {
            date: { precision: 'between', earliest: '2025-06-05', latest: '2025-06-23' },
            basis: 'source-publication',
          },
          source: quote(
            text,
            'Het kabinet onderschrijft de noodzaak voor een grotere Europese',
            'Motie leden Dassen en Omtzigt',
          ),
          actors: [{ id: 'nl-kabinet', name: 'Kabinet', role: 'speaker' }],
        }),
      });
      expect(res.status).toBe(201);
      const { position } = (await res.json()) as { position: number };
      served = (await (await fetch(`${server.url}/api/log/head`)).json()) as typeof served;
      expect(served.position).toBe(position);
    } finally {
      await server.close();
    }
    const store = createSqliteEventStore({ path: db, clock });
    try {
      const [last] = await store.readAll({ after: served.position - 1, limit: 1 });
      expect(served).toEqual({
        position: last!.position,
        hash: last!.hash,
        recordedAt: last!.recordedAt,
      });
      expect(await store.head()).toBe(served.position);
    } finally {
      await store.close();
    }
    expect(readAnchor(`${db}.anchor`)).toEqual(served);
    expect(statSync(`${db}.anchor`).mode & 0o777).toBe(0o600);
  });

  it('never moves back: an older head (another process, a late write) is not written', async () => {
    const db = join(dir, 'two.db');
    const path = `${db}.anchor`;
    const a = createAnchorWriter({ path, dbPath: db });
    const b = createAnchorWriter({ path, dbPath: db });
    const head = (position: number) => ({
      position,
      hash: String(position % 10).repeat(64),
      recordedAt: null,
    });
    a.record(head(5));
    a.record(head(9)); // coalesced with 5 while 5 is written, or written after it
    await a.flush();
    expect(readAnchor(path)?.position).toBe(9);
    b.record(head(7));
    await b.flush();
    expect(readAnchor(path)).toEqual(head(9));
    expect(readFileSync(path, 'utf8').endsWith('\n')).toBe(true);
  });

  it('GET /api/log/head of an empty log is position 0 and the genesis hash', async () => {
    const store = createSqliteEventStore({ path: ':memory:', clock });
    try {
      const app = createApp({
        store,
        readModel: createReadModel({ today: () => '2026-03-01' }),
        sources: [],
        clock,
        token: TOKEN,
        log: { info: () => {}, error: () => {} },
      });
      const res = await app.request('/api/log/head');
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ position: 0, hash: '0'.repeat(64), recordedAt: null });
    } finally {
      await store.close();
    }
  });
});

describe('kroniek restore', { timeout: 90_000 }, () => {
  it('sets the anchor to the restored head, so the service starts on the older store', async () => {
    const db = join(dir, 'restored.db');
    await (await serve(db)).server.close();
    const backup = join(dir, 'backup.db');
    expect((await kroniek(['backup', backup, '--db', db])).code).toBe(0);
    await appendWithAnchor(db, randomLog(11, 5));
    const ahead = readAnchor(`${db}.anchor`)!;
    const run = await kroniek(['restore', backup, '--db', db, '--force']);
    expect(run.code).toBe(0);
    const anchor = readAnchor(`${db}.anchor`)!;
    expect(anchor.position).toBe(ahead.position - 5);
    expect((await kroniek(['verify', '--db', db])).code).toBe(0);
    const { server } = await serve(db);
    await server.close();
  });
});
