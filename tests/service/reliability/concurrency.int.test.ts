import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleChildScript, startChild } from '../../support/childScript.js';
import { openForCheck } from '../../support/logChecks.js';

const WRITERS = 4;
const APPENDS = 60;
const STREAM = 'contested-subject';
const dir = mkdtempSync(join(tmpdir(), 'kroniek-concurrency-'));
let script: string;

beforeAll(async () => {
  script = await bundleChildScript('tests/support/concurrentWriter.ts');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (script) rmSync(script, { force: true });
});

interface Line {
  kind: 'ready' | 'appended' | 'conflict' | 'retried' | 'done';
  ids?: string[];
  revisions?: number[];
  nextRevision?: number;
  expected?: number | string;
  actual?: number | null;
  appended?: number;
}

describe('one stream of one SQLite file, written by several processes at once', () => {
  it('writes each revision exactly once; losers get the actual revision and retries append once', async () => {
    const db = join(dir, 'contested.db');
    const started = performance.now();
    const children = Array.from({ length: WRITERS }, (_, w) =>
      startChild(script, [db, String(w), String(APPENDS), STREAM]),
    );
    await Promise.all(children.map((c) => c.waitFor((l) => l.includes('"ready"'))));
    for (const c of children) c.process.stdin!.write('go\n');
    const exits = await Promise.all(children.map((c) => c.exited));
    exits.forEach((exit, w) =>
      expect(exit, `writer ${w}:\n${children[w]!.stderr()}`).toEqual({ code: 0, signal: null }),
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const outcomes = children.flatMap((c) => c.lines.map((l) => JSON.parse(l) as Line));
    const of = (kind: Line['kind']) => outcomes.filter((o) => o.kind === kind);

    const store = openForCheck(db);
    try {
      const stored = await store.readStream(STREAM);
      const acknowledged = of('appended');
      const sent = acknowledged.flatMap((a) => a.ids!);
      // Every acknowledged event is stored once, at the revision its writer was told.
      expect(stored.map((e) => e.revision)).toEqual(stored.map((_, i) => i));
      expect(new Set(stored.map((e) => e.id)).size).toBe(stored.length);
      expect(stored.map((e) => e.id).sort()).toEqual([...sent].sort());
      expect(acknowledged).toHaveLength(WRITERS * APPENDS);
      const byRevision = new Map(stored.map((e) => [e.revision, e.id]));
      for (const a of acknowledged) {
        expect(a.revisions!.map((r) => byRevision.get(r))).toEqual(a.ids);
        // A batch of two stays together: nobody else's event between them.
        expect(a.revisions).toEqual(a.revisions!.map((_, i) => a.revisions![0]! + i));
        expect(a.nextRevision).toBe(a.revisions!.at(-1));
      }
      // Losers learn the revision the stream had moved on to, never a made-up one.
      const conflicts = of('conflict');
      for (const c of conflicts) {
        const floor = typeof c.expected === 'number' ? c.expected : -1;
        expect(c.actual).not.toBeNull();
        expect(c.actual!).toBeGreaterThan(floor);
        expect(c.actual!).toBeLessThan(stored.length);
      }
      expect(conflicts.length, 'the writers did contend').toBeGreaterThan(0);
      // Sending an acknowledged batch again, with its stale expected revision, appends nothing.
      expect(of('retried')).toHaveLength(WRITERS * APPENDS);
      expect(of('retried').filter((r) => r.appended !== 0)).toEqual([]);
      expect(await store.head()).toBe(stored.length);
      expect(await store.verify()).toEqual({ ok: true, checked: stored.length });
      console.log(
        `concurrency test: ${WRITERS} processes x ${APPENDS} appends = ${stored.length} events at ` +
          `revisions 0..${stored.length - 1}, ${conflicts.length} conflicts retried, ` +
          `${of('retried').length} idempotent resends appended nothing, ${seconds} s`,
      );
    } finally {
      await store.close();
    }
  }, 120_000);
});
