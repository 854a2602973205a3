import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createReadModel,
  createSqliteEventStore,
  storeBodyLoader,
  toFoldEntry,
} from '@kroniek/service';
import { verifyStoreFile } from '../../../service/src/integrity/verifyFile.js';
import {
  decodeSnapshot,
  encodeSnapshot,
  openFromSnapshot,
} from '../../../service/src/readmodel/snapshot.js';
import { DOC, quote, REPO, sources } from '../../support/app.js';
import { kroniek } from '../../support/cli.js';
import { randomLog } from '../readmodel/randomLog.js';
import {
  appendWithAnchor,
  clock,
  copyStore,
  editTitle,
  headOf,
  readyWhen,
  rewriteFrom,
  serve,
  tamper,
  TOKEN,
} from './tamperSupport.js';

// Each edit below is made to a real store file, on a connection of its own with the triggers
// dropped, as someone with the file would; each must be caught by `kroniek verify` (the function
// it runs, and the CLI where the exit code matters) and by the service when it starts.
const dir = mkdtempSync(join(tmpdir(), 'kroniek-tamper-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The store as the service left it: the seed, 60 more events, its snapshot and anchor. */
let pristine: string;
let head: { position: number; hash: string };
let cases = 0;
const copy = () => copyStore(pristine, join(dir, `case-${++cases}`));

beforeAll(async () => {
  pristine = join(dir, 'pristine', 'kroniek.db');
  await (await serve(pristine)).server.close();
  await appendWithAnchor(pristine, randomLog(7, 60));
  await (await serve(pristine)).server.close();
  head = tamper(pristine, headOf)!;
}, 120_000);

/** A write the API would take from an intact log. */
async function postEvent(url: string) {
  const text = (await sources()).get(DOC)!.text;
  const event = {
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
  };
  return fetch(`${url}/api/subjects/europese-verantwoordelijkheid/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(event),
  });
}

/** The service started on a broken log: not ready naming the position, reads answer, writes 503. */
async function expectBrokenService(db: string, brokenAt: number, waitForBackground = false) {
  const { server, lines } = await serve(db);
  try {
    const ready = await readyWhen(server.url, (b) => !waitForBackground || b.status === 'broken');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ status: 'broken', brokenAt });
    expect((await fetch(`${server.url}/api/timeline?limit=5`)).status).toBe(200);
    const write = await postEvent(server.url);
    expect(write.status).toBe(503);
    expect(write.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await write.json()).toMatchObject({ status: 503, brokenAt });
    const errors = lines.filter((l) => l.level === 'error');
    expect(errors).toContainEqual(expect.objectContaining({ brokenAt }));
  } finally {
    await server.close();
  }
}

describe('the pristine store (the control for every case below)', () => {
  it('verifies, holds its anchor and an authentic snapshot, and the service is ready', async () => {
    const report = await verifyStoreFile({ path: pristine });
    expect(report.ok).toBe(true);
    expect(report.lines.join('\n')).toContain(`ok: ${head.position} event(s), hash chain intact`);
    expect(report.lines.join('\n')).toContain(`head anchor, position ${head.position}`);
    expect(report.lines.join('\n')).toContain('read-model snapshot is authentic');
    const key = Buffer.from(readFileSync(`${pristine}.key`, 'utf8').trim(), 'hex');
    const { header } = decodeSnapshot(readFileSync(`${pristine}.readmodel`), key);
    expect(header.verified).toEqual(head);
    const db = copy();
    const { server } = await serve(db);
    try {
      const ready = await readyWhen(
        server.url,
        (b) => (b.chain as { full?: string })?.full === 'done',
      );
      expect(ready).toMatchObject({
        status: 200,
        body: { status: 'ready', chain: { full: 'done' } },
      });
      const served = (await (await fetch(`${server.url}/api/log/head`)).json()) as unknown;
      expect(served).toEqual({ ...head, recordedAt: expect.any(String) });
    } finally {
      await server.close();
    }
  });
});

describe('tampering that the service and `kroniek verify` catch', () => {
  it('an edited row: verify names it; the background verification at start finds it', async () => {
    const db = copy();
    const target = head.position - 10;
    expect(tamper(db, (raw) => editTitle(raw, target))).toBe(1);
    const report = await verifyStoreFile({ path: db });
    expect(report.ok).toBe(false);
    expect(report.lines.join('\n')).toContain(`BROKEN at position ${target}`);
    await expectBrokenService(db, target, true);
  });

  it('an edited row after the last verified point: found before the service serves', async () => {
    const db = copy();
    // The next events of the same log (randomLog(7, n) grows by its end).
    await appendWithAnchor(db, randomLog(7, 66).slice(60));
    const target = head.position + 3;
    expect(tamper(db, (raw) => editTitle(raw, target))).toBe(1);
    expect((await verifyStoreFile({ path: db })).lines.join('\n')).toContain(
      `BROKEN at position ${target}`,
    );
    // No waiting: the very first /readyz already says so.
    await expectBrokenService(db, target);
  });

  it('a deleted tail: the store is shorter than its anchor; `kroniek serve` exits 1', async () => {
    const db = copy();
    tamper(db, (raw) =>
      raw.prepare('DELETE FROM events WHERE position > ?').run(head.position - 5),
    );
    const report = await verifyStoreFile({ path: db });
    expect(report.ok).toBe(false);
    expect(report.lines.join('\n')).toMatch(
      new RegExp(`ANCHOR MISMATCH: the store ends at position ${head.position - 5}, before`),
    );
    await expect(serve(db)).rejects.toThrow(/does not match its head anchor.*events were removed/);
    const served = await serveProcess(db);
    expect(served.code).toBe(1);
    expect(served.output).toContain('kroniek: the store does not match its head anchor');
    expect(served.output).not.toContain('kroniek is listening');
  });

  it('every row deleted', async () => {
    const db = copy();
    tamper(db, (raw) => raw.prepare('DELETE FROM events').run());
    const report = await verifyStoreFile({ path: db });
    expect(report.ok).toBe(false);
    expect(report.lines.join('\n')).toContain('ANCHOR MISMATCH: the store ends at position 0');
    const run = await kroniek(['verify', '--db', db]);
    expect(run.code).toBe(1);
    await expect(serve(db)).rejects.toThrow(/ends at position 0/);
  });

  it('an edited row with every later hash recomputed: the anchor catches it', async () => {
    const db = copy();
    const forged = tamper(db, (raw) =>
      rewriteFrom(raw, head.position - 20, (d) => d.replace('"title":"', '"title":"Vervalst: ')),
    );
    expect(forged.position).toBe(head.position);
    expect(forged.hash).not.toBe(head.hash);
    const report = await verifyStoreFile({ path: db });
    // The chain itself holds: only the anchor (and the snapshot's recorded hash) tell.
    expect(report.lines[0]).toBe(`ok: ${head.position} event(s), hash chain intact`);
    expect(report.ok).toBe(false);
    expect(report.lines.join('\n')).toContain(
      `ANCHOR MISMATCH: the store holds another hash at position ${head.position}`,
    );
    await expect(serve(db)).rejects.toThrow(/another hash at position/);
  });

  it('... and with the anchor beside it rewritten too, a head recorded elsewhere catches it', async () => {
    const db = copy();
    const forged = tamper(db, (raw) =>
      rewriteFrom(raw, head.position - 20, (d) => d.replace('"title":"', '"title":"Vervalst: ')),
    );
    writeFileSync(`${db}.anchor`, JSON.stringify({ ...forged, recordedAt: null }));
    rmSync(`${db}.readmodel`);
    expect((await verifyStoreFile({ path: db })).ok).toBe(true);
    const run = await kroniek([
      'verify',
      '--db',
      db,
      '--expect-head',
      `${head.position}:${head.hash}`,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `HEAD MISMATCH: the store holds another hash at position ${head.position}`,
    );
    const recorded = await kroniek([
      'verify',
      '--db',
      pristine,
      '--expect-head',
      `${head.position}:${head.hash}`,
    ]);
    expect(recorded.code).toBe(0);
  });

  it('a forged snapshot (the right chain hash and checksum, no valid HMAC) is ignored with a warning', async () => {
    const db = copy();
    // A model folded from the store with one title changed, snapshotted at the store's head with
    // the store's own hash there: structurally a perfect snapshot, but not made with its key.
    const store = createSqliteEventStore({ path: db, clock });
    try {
      const create = () =>
        createReadModel({ today: () => '2026-03-01', loadEntries: storeBodyLoader(store)! });
      const model = create();
      for (const row of store.readFoldPage(0, head.position)) {
        const json =
          row.position === head.position - 1
            ? row.json.replace('"title":"', '"title":"Vervalst: ')
            : row.json;
        model.apply(toFoldEntry({ ...row, json }));
      }
      const hashAt = (p: number) => store.hashAt(p);
      for (const key of [randomBytes(32), undefined]) {
        const parts = encodeSnapshot(model, hashAt, { verified: head, ...(key ? { key } : {}) })!;
        writeFileSync(`${db}.readmodel`, Buffer.concat(parts));
        // Without the key it would be trusted: the forgery is otherwise sound.
        const unkeyed = openFromSnapshot(`${db}.readmodel`, create, hashAt);
        expect(unkeyed.rejected).toBeUndefined();
        expect(unkeyed.position).toBe(head.position);
      }
    } finally {
      await store.close();
    }
    const report = await verifyStoreFile({ path: db });
    expect(report.ok).toBe(false);
    expect(report.lines.join('\n')).toContain('SNAPSHOT NOT AUTHENTIC');
    const { server, lines } = await serve(db);
    try {
      const ignored = lines.filter((l) => l.msg === 'read-model snapshot ignored');
      expect(ignored).toEqual([
        expect.objectContaining({ level: 'warn', reason: expect.stringMatching(/HMAC/) }),
      ]);
      expect(lines.map((l) => l.msg)).not.toContain('read-model snapshot restored');
      const ready = await readyWhen(server.url, (_, status) => status === 200);
      expect(ready.body).toMatchObject({ status: 'ready', position: head.position });
      const timeline = await (await fetch(`${server.url}/api/timeline?limit=500`)).text();
      expect(timeline).not.toContain('Vervalst');
    } finally {
      await server.close();
    }
  });

  it('a row that does not parse: named by verify; the service starts not ready instead of crashing', async () => {
    const db = copy();
    const target = head.position - 3;
    // The attacker recomputes the hashes and the anchor too: only parsing the row tells.
    const forged = tamper(db, (raw) => rewriteFrom(raw, target, (d) => d.slice(0, 40)));
    writeFileSync(`${db}.anchor`, JSON.stringify({ ...forged, recordedAt: null }));
    const report = await verifyStoreFile({ path: db });
    expect(report.ok).toBe(false);
    expect(report.lines[0]).toMatch(
      new RegExp(`^BROKEN at position ${target}: the event's data does not parse as JSON`),
    );
    await expectBrokenService(db, target);
  });
});

/** `kroniek serve` on `db` as its own process: its exit code and everything it printed. */
async function serveProcess(db: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'service/src/cli.ts', 'serve'], {
    cwd: REPO,
    env: { ...process.env, PORT: '0', KRONIEK_DB: db, KRONIEK_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (b: Buffer) => (output += b.toString('utf8')));
  child.stderr.on('data', (b: Buffer) => (output += b.toString('utf8')));
  // A service that starts anyway is stopped, so the test fails instead of hanging.
  const timer = setTimeout(() => child.kill('SIGTERM'), 45_000);
  const code = await new Promise<number | null>((ok) => child.once('exit', (c) => ok(c)));
  clearTimeout(timer);
  return { code, output };
}
