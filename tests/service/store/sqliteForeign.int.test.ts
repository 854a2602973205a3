import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteEventStore } from '@kroniek/service';
import type { SqliteEventStore } from '@kroniek/service';
import { collect, testEvent } from '../../support/storeContract.js';

// Two connections to one file, as two processes or the CLI beside a server have: a subscriber of
// either is handed every append to the file, in log order, once.

let dir: string;
let a: SqliteEventStore;
let b: SqliteEventStore;
const clock = () => new Date('2025-07-01T10:00:00.000Z');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kroniek-foreign-store-'));
  const path = join(dir, 'kroniek.db');
  a = createSqliteEventStore({ path, clock, foreignPollMs: 10 });
  b = createSqliteEventStore({ path, clock, foreignPollMs: 10 });
});
afterEach(async () => {
  await a.close();
  await b.close();
  rmSync(dir, { recursive: true, force: true });
});

const positions = (events: { position: number }[]) => events.map((e) => e.position);

describe('a SQLite store shared by two connections', () => {
  it("announces the other connection's appends to live subscribers", async () => {
    await a.append('s', [testEvent(1)]);
    const onA = collect(a);
    await b.append('s', [testEvent(2), testEvent(3)]);
    await onA.untilCount(2);
    onA.unsubscribe();
    expect(positions(onA.events)).toEqual([2, 3]);
  });

  it('hands on a foreign commit before an own append that follows it, without waiting', async () => {
    // A connection that would not look at the file for an hour: its own append fills the gap.
    const slow = createSqliteEventStore({ path: a.path, clock, foreignPollMs: 3_600_000 });
    try {
      const onSlow = collect(slow);
      await b.append('s', [testEvent(1)]);
      await slow.append('t', [testEvent(2)]);
      await onSlow.untilCount(2);
      expect(positions(onSlow.events)).toEqual([1, 2]);
      expect(onSlow.events.map((e) => e.id)).toEqual([testEvent(1).id, testEvent(2).id]);
      onSlow.unsubscribe();
    } finally {
      await slow.close();
    }
  });

  it('delivers interleaved appends of both, after a catch-up, in order and once', async () => {
    await a.append('s', [testEvent(1)]);
    const fromZero = collect(a, 0);
    const onB = collect(b);
    for (let n = 2; n <= 41; n += 1) {
      await (n % 2 === 0 ? a : b).append(`s-${n % 3}`, [testEvent(n)]);
    }
    await fromZero.untilCount(41);
    await onB.untilCount(40);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(positions(fromZero.events)).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
    expect(positions(onB.events)).toEqual(Array.from({ length: 40 }, (_, i) => i + 2));
    fromZero.unsubscribe();
    onB.unsubscribe();
  });
});
