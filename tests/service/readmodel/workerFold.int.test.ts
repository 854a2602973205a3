import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSourceRecord } from '@kroniek/events';
import type { KroniekEvent, LogEvent } from '@kroniek/events';
import {
  createReadModel,
  createReadModelFeed,
  createSqliteEventStore,
  FoldWorkerError,
  storeBodyLoader,
  toFoldEntry,
} from '@kroniek/service';
import type { ReadModel, SqliteEventStore } from '@kroniek/service';
import { day, knownOn, makeEvent } from '../../support/projectionEvents.js';
import { withWindowsAndSources } from './logExtras.js';
import { randomLog, seeded } from './randomLog.js';

const TODAY = '2026-03-01';

/**
 * A random log (corrections, retractions, an amendment before its target, money, corroborations,
 * amended ones and early ones) with what the random log lacks mixed in: commitments and their
 * fulfilments, quantities, related subjects, several actors, knownAt windows and source records.
 * Long enough for many chunks of the fold workers.
 */
function workerLog(size: number): LogEvent[] {
  const rnd = seeded(77);
  const int = (n: number) => Math.floor(rnd() * n);
  const log = randomLog(21, size);
  const made: string[] = [];
  for (let n = 0; n < size / 10; n++) {
    const key = `w${n}`;
    const at = 1 + int(log.length - 1);
    const occurred = day(`202${int(4)}-0${1 + int(9)}-1${int(10)}`);
    const common = {
      subject: `s${int(9)}`,
      occurred,
      knownAt: knownOn('2024-02-02'),
      actors: [
        { id: ['nl', 'ua'][int(2)]!, name: 'Actor', role: 'promisor' as const },
        { id: 'de', name: 'Duitsland', role: 'participant' as const },
      ],
      relatedSubjects: [`s${int(9)}`, `r${int(3)}`],
    };
    let event: KroniekEvent;
    if (made.length > 0 && int(3) === 0) {
      event = makeEvent('ParliamentaryCommitmentFulfilled', key, {
        ...common,
        fulfils: made[int(made.length)]!,
      });
    } else if (int(2) === 0) {
      event = makeEvent('ParliamentaryCommitmentMade', key, {
        ...common,
        commitment: { description: `Promise ${n}`, due: day('2027-01-01') },
      });
      made.push(event.id);
    } else {
      event = makeEvent('SupportDelivered', key, {
        ...common,
        stage: 'completed',
        quantities: [
          {
            value: 1 + int(40),
            unit: 'items',
            item: ['drones', 'tanks'][int(2)]!,
            wording: `${n} stuks`,
          },
        ],
      });
    }
    log.splice(at, 0, event);
  }
  return withWindowsAndSources(log, 78);
}

const log = workerLog(6000);
let dir: string;
let store: SqliteEventStore;

async function writeStore(path: string, events: LogEvent[]): Promise<SqliteEventStore> {
  let minute = 0;
  const s = createSqliteEventStore({
    path,
    clock: () => new Date(Date.UTC(2025, 6, 1, 9, minute++)),
  });
  for (let i = 0; i < events.length; i += 100) {
    await s.appendMany(
      events.slice(i, i + 100).map((e) => ({
        stream: isSourceRecord(e) ? `source-${e.documentId}` : e.subject,
        events: [{ id: e.id, type: e.type, data: e }],
      })),
    );
  }
  return s;
}

const modelOf = (s: SqliteEventStore) =>
  createReadModel({ today: () => TODAY, loadEntries: storeBodyLoader(s)! });

/** The plain fold in this thread, page by page, up to `to`. */
function foldInThread(s: SqliteEventStore, to = Number.POSITIVE_INFINITY): ReadModel {
  const model = modelOf(s);
  for (let page = s.readFoldPage(0, 1000); page.length > 0;) {
    for (const row of page) if (row.position <= to) model.apply(toFoldEntry(row));
    page = s.readFoldPage(page[page.length - 1]!.position, 1000);
  }
  return model;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kroniek-worker-fold-'));
  store = await writeStore(join(dir, 'log.db'), log);
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

// Worker threads start slowly on a loaded machine; each fold starts one or two.
describe('a read model folded by the fold workers', { timeout: 120_000 }, () => {
  it('holds the same state as one folded in its own thread', async () => {
    const kinds = new Set(log.map((e) => e.type));
    // The log has what the fold must carry over: amendments, corroborations, fulfilments,
    // quantities, relations, knownAt windows, and source records (not facts) between them.
    for (const kind of [
      'EventCorrected',
      'EventRetracted',
      'EventCorroborated',
      'ParliamentaryCommitmentFulfilled',
      'SourceRegistered',
      'SourceCorrected',
    ])
      expect(kinds).toContain(kind);
    const windows = log.filter((e) => !isSourceRecord(e) && e.knownAt.date.precision !== 'day');
    expect(windows.filter((e) => e.type === 'EventCorroborated').length).toBeGreaterThan(0);
    expect(windows.length).toBeGreaterThan(log.length / 5);
    const head = await store.head();
    // Every chunk from the workers (one worker, then two with a string table each), then the
    // workers and this thread sharing them.
    for (const options of [
      { workers: 1, thisThread: false },
      { workers: 2, thisThread: false },
      {},
    ]) {
      // Fresh each time: a query leaves the last id it looked up in the id table's state.
      const inThread = foldInThread(store);
      const byWorkers = modelOf(store);
      await expect(
        byWorkers.foldInWorker!(store.threadLog!, { to: head, ...options }),
      ).resolves.toBe(head);
      expect(byWorkers.exportState()).toEqual(inThread.exportState());
      const q = { asOf: '2023-06-15', knownBy: '2031-01-01' };
      expect(byWorkers.timeline({ ...q, limit: 200 })).toEqual(
        inThread.timeline({ ...q, limit: 200 }),
      );
      expect(byWorkers.chart('quantities', q)).toEqual(inThread.chart('quantities', q));
      expect(byWorkers.subjects(q)).toEqual(inThread.subjects(q));
    }
  });

  it('goes on from a model that has folded part of the log already', async () => {
    const model = foldInThread(store, 2500);
    expect(model.position()).toBe(2500);
    const head = await store.head();
    await model.foldInWorker!(store.threadLog!, { to: head, thisThread: false });
    expect(model.exportState()).toEqual(foldInThread(store).exportState());
  });

  it('goes on from a restored state in which a corroboration waits for its fact', async () => {
    // The corroboration recorded before its fact (logExtras.ts); positions are log indices + 1.
    const early = log.findIndex((e) => e.type === 'EventCorroborated');
    const target = log.findIndex(
      (e) => e.id === (log[early] as Extract<LogEvent, { type: 'EventCorroborated' }>).corroborates,
    );
    expect(target).toBeGreaterThan(early);
    const model = modelOf(store);
    model.restoreState(structuredClone(foldInThread(store, early + 1).exportState()));
    const head = await store.head();
    await model.foldInWorker!(store.threadLog!, { to: head, thisThread: false });
    expect(model.exportState()).toEqual(foldInThread(store).exportState());
  });

  it('stops before the first position it must not fold', async () => {
    const model = modelOf(store);
    const head = await store.head();
    await expect(
      model.foldInWorker!(store.threadLog!, { to: head, before: () => 3001, thisThread: false }),
    ).resolves.toBe(3000);
    expect(model.exportState()).toEqual(foldInThread(store, 3000).exportState());
  });

  it('is what a feed does for a long catch-up, with the same result', async () => {
    const model = modelOf(store);
    const fallbacks: unknown[] = [];
    const feed = createReadModelFeed(store, model, 500, {
      foldPages: store,
      workerFold: { log: store.threadLog!, minEntries: 1, onFallback: (e) => fallbacks.push(e) },
    });
    expect(await feed.catchUp()).toBe(await store.head());
    expect(fallbacks).toEqual([]);
    expect(model.exportState()).toEqual(foldInThread(store).exportState());
  });

  it('throws the error of a row that does not parse, standing at the row before it', async () => {
    const path = join(dir, 'broken.db');
    const broken = await writeStore(path, log.slice(0, 5000));
    await broken.close();
    const raw = new Database(path);
    raw.exec('DROP TRIGGER IF EXISTS events_no_update');
    raw.prepare('UPDATE events SET data = \'{"type": \' WHERE position = 4321').run();
    raw.close();
    const reopened = createSqliteEventStore({ path, clock: () => new Date(0) });
    try {
      const model = modelOf(reopened);
      const error = await model.foldInWorker!(reopened.threadLog!, {
        to: 5000,
        thisThread: false,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SyntaxError);
      expect(model.position()).toBe(4320);
      expect(() => reopened.readFoldPage(4320, 1).map(toFoldEntry)).toThrow(SyntaxError);
    } finally {
      await reopened.close();
    }
  });

  it('refuses (and the feed folds in its thread) when the model holds bodies itself', async () => {
    const held = createReadModel({ today: () => TODAY });
    await expect(held.foldInWorker!(store.threadLog!, { to: 10 })).rejects.toBeInstanceOf(
      FoldWorkerError,
    );
    const fallbacks: unknown[] = [];
    const feed = createReadModelFeed(store, held, 500, {
      workerFold: { log: store.threadLog!, minEntries: 1, onFallback: (e) => fallbacks.push(e) },
    });
    expect(await feed.catchUp()).toBe(await store.head());
    expect(fallbacks).toHaveLength(1);
  });

  it('reports a worker that cannot open the log as a FoldWorkerError', async () => {
    const model = modelOf(store);
    const missing = { module: store.threadLog!.module, arg: join(dir, 'no-such.db') };
    await expect(model.foldInWorker!(missing, { to: 5000 })).rejects.toBeInstanceOf(
      FoldWorkerError,
    );
    expect(model.position()).toBe(0);
  });
});
