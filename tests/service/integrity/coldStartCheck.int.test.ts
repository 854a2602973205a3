import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomLog } from '../readmodel/randomLog.js';
import {
  appendWithAnchor,
  copyStore,
  editTitle,
  headOf,
  readyWhen,
  serve,
  tamper,
} from './tamperSupport.js';

// A cold start (no snapshot, so nothing known good) of a long log walks the hash chain in a
// worker thread while the model folds (integrity/verifiedFold.ts). The threshold is set to one
// position here so that the path runs on a small real store file.
const dir = mkdtempSync(join(tmpdir(), 'kroniek-cold-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let pristine: string;
let head: { position: number; hash: string };
let cases = 0;
/** A copy of the pristine store without its read-model snapshot: a cold start. */
const coldCopy = () => {
  const db = copyStore(pristine, join(dir, `case-${++cases}`));
  rmSync(`${db}.readmodel`, { force: true });
  return db;
};
const CONCURRENT = { concurrentChainCheckFrom: 1 };

beforeAll(async () => {
  pristine = join(dir, 'pristine', 'kroniek.db');
  await (await serve(pristine)).server.close();
  await appendWithAnchor(pristine, randomLog(11, 40));
  head = tamper(pristine, headOf)!;
}, 120_000);

describe('a cold start walks the chain beside the fold', () => {
  it('an intact log: verified from the start to the head before serving, and ready', async () => {
    const { server, lines } = await serve(coldCopy(), CONCURRENT);
    try {
      const checked = lines.find((l) => l.msg === 'hash chain verified before serving');
      expect(checked).toMatchObject({ from: 0, head: head.position });
      const ready = await readyWhen(server.url, (_, status) => status === 200);
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({ status: 'ready' });
      expect(lines.filter((l) => l.level === 'error')).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('an edited row: broken before serving, and the model holds nothing from the break on', async () => {
    const db = coldCopy();
    const target = head.position - 7;
    expect(tamper(db, (raw) => editTitle(raw, target))).toBe(1);
    const { server, lines } = await serve(db, CONCURRENT);
    try {
      // The very first /readyz already says so: the check ended before the service listened.
      const res = await fetch(`${server.url}/readyz`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ status: 'broken', brokenAt: target });
      // The fold of the whole log had passed the break; the model was folded again up to it.
      expect(body.position).toBe(target - 1);
      const titles = (await (await fetch(`${server.url}/api/timeline?limit=500`)).json()) as {
        items: { title: string }[];
      };
      expect(titles.items.some((i) => i.title.startsWith('Vervalst'))).toBe(false);
      expect(lines.filter((l) => l.level === 'error').map((l) => l.brokenAt)).toContain(target);
    } finally {
      await server.close();
    }
  });

  it('below the threshold the walk comes first, then the fold (the same outcome)', async () => {
    const db = coldCopy();
    const target = head.position - 7;
    tamper(db, (raw) => editTitle(raw, target));
    const { server, lines } = await serve(db);
    try {
      const body = (await (await fetch(`${server.url}/readyz`)).json()) as Record<string, unknown>;
      expect(body).toMatchObject({ status: 'broken', brokenAt: target, position: target - 1 });
      expect(
        lines.some((l) => l.msg === 'the fold went past the break; folding again up to it'),
      ).toBe(false);
    } finally {
      await server.close();
    }
  });
});
