import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KroniekEvent } from '@kroniek/events';
import {
  createReadModel,
  createReadModelFeed,
  createSqliteEventStore,
  storeBodyLoader,
} from '@kroniek/service';
import type { ReadModel, SqliteEventStore } from '@kroniek/service';
import { toFoldEntry } from '../../../service/src/feed.js';
import {
  checksumOf,
  createSnapshotWriter,
  decodeSnapshot,
  encodeSnapshot,
  openFromSnapshot,
  SnapshotRejected,
  writeSnapshotFile,
} from '../../../service/src/readmodel/snapshot.js';
import { loadRecordedEvents } from '../../support/letterLog.js';
import { day, knownOn, makeEvent } from '../../support/projectionEvents.js';
import { randomLog } from './randomLog.js';

const TODAY = '2026-03-01';
let dir: string;
let log: KroniekEvent[];
let store: SqliteEventStore;
let full: ReadModel;
/** the position the snapshot of the tests is taken at: amendments wait for targets after it */
let cut: number;

const create = (s: SqliteEventStore) => () =>
  createReadModel({ today: () => TODAY, loadEntries: storeBodyLoader(s)! });
const catchUp = (s: SqliteEventStore, m: ReadModel) =>
  createReadModelFeed(s, m, 64, { foldPages: s }).catchUp();

/** A store holding `events`, 40 per transaction (one minute of store clock each). */
async function storeOf(path: string, events: KroniekEvent[]): Promise<SqliteEventStore> {
  let minute = 0;
  const s = createSqliteEventStore({
    path,
    clock: () => new Date(Date.UTC(2025, 6, 1, 9, minute++)),
  });
  for (let i = 0; i < events.length; i += 40) {
    await s.appendMany(
      events
        .slice(i, i + 40)
        .map((e) => ({ stream: e.subject, events: [{ id: e.id, type: e.type, data: e }] })),
    );
  }
  return s;
}

/** A model folded up to `position` only (the state a snapshot would hold then). */
async function foldedUpTo(s: SqliteEventStore, position: number): Promise<ReadModel> {
  const m = create(s)();
  for (const row of s.readFoldPage(0, position)) m.apply(toFoldEntry(row));
  return m;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kroniek-snapshot-'));
  log = [...(await loadRecordedEvents()), ...randomLog(23, 900)];
  // Somewhere in the middle: amendments after the cut aim at facts before it (randomLog), and
  // two recorded before the cut aim at facts after it, so they wait for them in the snapshot.
  cut = Math.floor(log.length * 0.6);
  const later = log
    .slice(cut + 10)
    .filter((e) => e.type === 'SupportCommitted')
    .slice(0, 2);
  const waiting = [
    makeEvent('EventCorrected', 'snapshot-waits-1', {
      subject: later[0]!.subject,
      corrects: later[0]!.id,
      changes: { occurred: day('2022-02-02'), knownAt: knownOn('2021-03-03'), title: 'Waited' },
      reason: 'recorded before the fact it corrects',
      knownAt: knownOn('2021-04-04'),
    }),
    makeEvent('EventRetracted', 'snapshot-waits-2', {
      subject: later[1]!.subject,
      retracts: later[1]!.id,
      reason: 'recorded before the fact it retracts',
      knownAt: knownOn('2020-05-05'),
    }),
  ];
  log.splice(cut - 5, 0, ...waiting);
  store = await storeOf(join(dir, 'log.db'), log);
  full = create(store)();
  await catchUp(store, full);
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

let fullAnswers: ReturnType<typeof answersOf> | undefined;
/** The answers of `m`, those of the model folded from the whole log computed once. */
const answers = (m: ReadModel) => (m === full ? (fullAnswers ??= answersOf(full)) : answersOf(m));

/** Every view the API serves, on a few replays; equal models answer all of them alike. */
function answersOf(m: ReadModel) {
  const ids = [
    log[0]!,
    log[7]!,
    log[cut - 1]!,
    log[cut + 3]!,
    ...log.filter((e) => e.type === 'EventCorrected' || e.type === 'EventRetracted').slice(0, 12),
  ].map((e) => e.id);
  const subjects = [...new Set(log.map((e) => e.subject))].slice(0, 6);
  const queries = [
    {},
    { asOf: '2021-01-01', knownBy: '2020-06-30' },
    { asOf: '2023-06-15' },
    { asOf: '2030-01-01', knownBy: '2022-02-02', recordedAsOf: '2025-07-01T09:10:00.000Z' },
    { asOf: '2019-07-01', knownBy: '2030-12-31' },
  ];
  return queries.map((q) => ({
    timeline: m.timeline({ ...q, limit: 500 }),
    retracted: m.timeline({ ...q, limit: 50, includeRetracted: true, includeLater: false }),
    filtered: m.timeline({ ...q, limit: 100, categories: ['a'], actors: ['nl'] }),
    text: m.timeline({ ...q, limit: 100, q: 'munitie' }),
    money: m.chart('money-cumulative', { ...q, resolution: 'event' }),
    moneyByActor: m.chart('money-cumulative', { ...q, groupBy: 'actor', resolution: 'month' }),
    quantities: m.chart('quantities', q),
    months: m.chart('events-per-month', q),
    subjects: m.subjects(q),
    subject: subjects.map((s) => m.subject(s, q)),
    actors: m.actors(q),
    events: ids.map((id) => m.event(id, q)),
    changes: m.changes('2019-01-01', '2024-12-31'),
  }));
}

describe('a read model restored from a snapshot and fed the tail of the log', () => {
  it('answers every view exactly as a model folded from the whole log', async () => {
    const early = await foldedUpTo(store, cut);
    expect(early.position()).toBe(cut);
    const path = join(dir, 'equal.readmodel');
    const writer = createSnapshotWriter({
      path,
      model: early,
      hashAt: (p) => store.hashAt(p),
      from: 0,
    });
    expect(await writer.save(1)).toBe(true);
    const opened = openFromSnapshot(path, create(store), (p) => store.hashAt(p));
    expect(opened.rejected).toBeUndefined();
    expect(opened.position).toBe(cut);
    expect(opened.model.position()).toBe(cut);
    await catchUp(store, opened.model);
    expect(opened.model.position()).toBe(log.length);
    expect(answers(opened.model)).toEqual(answers(full));
  });

  it('keeps applying live appends after a restore, like a full fold does', async () => {
    const path = join(dir, 'live.readmodel');
    const s = await storeOf(join(dir, 'live.db'), log.slice(0, 500));
    try {
      const first = create(s)();
      await catchUp(s, first);
      // Every list of strings stored as one text (in production only lists of 1,024 and more).
      const parts = encodeSnapshot(first, (p) => s.hashAt(p), { minStringList: 1 })!;
      writeFileSync(path, Buffer.concat(parts));
      // More events (with amendments of facts folded before the snapshot) after it was taken.
      for (const e of log.slice(500))
        await s.append(e.subject, [{ id: e.id, type: e.type, data: e }]);
      const restored = openFromSnapshot(path, create(s), (p) => s.hashAt(p));
      expect(restored.position).toBe(500);
      await catchUp(s, restored.model);
      const again = create(s)();
      await catchUp(s, again);
      expect(answers(restored.model)).toEqual(answers(again));
    } finally {
      await s.close();
    }
  });

  it('writes the state as it was when encoded, while applies go on during the write', async () => {
    const m = await foldedUpTo(store, cut);
    const path = join(dir, 'during.readmodel');
    const parts = encodeSnapshot(m, (p) => store.hashAt(p))!;
    // The rest of the log (amendments of facts before the cut among it) before the file is written.
    for (const row of store.readFoldPage(cut, log.length)) m.apply(toFoldEntry(row));
    await writeSnapshotFile(path, parts);
    const opened = openFromSnapshot(path, create(store), (p) => store.hashAt(p));
    expect(opened.rejected).toBeUndefined();
    expect(opened.position).toBe(cut);
    await catchUp(store, opened.model);
    expect(answers(opened.model)).toEqual(answers(full));
  });

  it('writes nothing at position 0, and again only once the model moved far enough', async () => {
    const empty = createSqliteEventStore({ path: join(dir, 'empty.db'), clock: () => new Date(0) });
    try {
      const m = create(empty)();
      const path = join(dir, 'empty.readmodel');
      const w = createSnapshotWriter({ path, model: m, hashAt: (p) => empty.hashAt(p), from: 0 });
      expect(await w.save(1)).toBe(false);
    } finally {
      await empty.close();
    }
    const m = await foldedUpTo(store, 100);
    const path = join(dir, 'moves.readmodel');
    const w = createSnapshotWriter({ path, model: m, hashAt: (p) => store.hashAt(p), from: 0 });
    expect(await w.save(50)).toBe(true);
    expect(w.position()).toBe(100);
    expect(await w.save(1)).toBe(false);
  });
});

describe('a snapshot that does not fit is ignored, and the model folds the whole log', () => {
  let good: Buffer;
  beforeAll(async () => {
    const m = await foldedUpTo(store, cut);
    good = Buffer.concat(encodeSnapshot(m, (p) => store.hashAt(p))!);
  });

  /** Opens `bytes` as the snapshot of `s`; the model it gives must then fold to the full answers. */
  async function openBytes(bytes: Buffer | string, s = store) {
    const path = join(dir, `case-${Math.random().toString(36).slice(2)}.readmodel`);
    writeFileSync(path, bytes);
    const opened = openFromSnapshot(path, create(s), (p) => s.hashAt(p));
    return opened;
  }

  async function expectIgnored(bytes: Buffer | string, reason: RegExp) {
    const opened = await openBytes(bytes);
    expect(opened.rejected).toMatch(reason);
    expect(opened.position).toBe(0);
    expect(opened.model.position()).toBe(0);
    await catchUp(store, opened.model);
    expect(opened.model.timeline({ limit: 500 })).toEqual(full.timeline({ limit: 500 }));
  }

  it('uses a file that is whole (the control for the cases below)', async () => {
    const opened = await openBytes(good);
    expect(opened.rejected).toBeUndefined();
    expect(opened.position).toBe(cut);
  });

  it('no file: a fresh model, nothing to report', () => {
    const opened = openFromSnapshot(join(dir, 'none.readmodel'), create(store), () => null);
    expect(opened).toMatchObject({ position: 0 });
    expect(opened.rejected).toBeUndefined();
  });

  it('truncated, anywhere', async () => {
    await expectIgnored(good.subarray(0, good.length - 1), /payload of/);
    await expectIgnored(good.subarray(0, Math.floor(good.length / 2)), /payload of/);
    await expectIgnored(good.subarray(0, 40), /truncated header|not a read-model/);
    await expectIgnored(Buffer.alloc(0), /not a read-model snapshot/);
  });

  it('corrupt: one byte of the payload or the header changed', async () => {
    const flipped = Buffer.from(good);
    flipped[flipped.length - 100]! ^= 0x20;
    await expectIgnored(flipped, /checksum/);
    const header = Buffer.from(good);
    const at = header.indexOf('"position"');
    header[at + 1] = 'q'.charCodeAt(0);
    await expectIgnored(header, /no position/);
  });

  it('foreign: not a snapshot at all', async () => {
    await expectIgnored('{"position": 3}\n', /not a read-model snapshot/);
    await expectIgnored(readFileSync(join(dir, 'log.db')), /not a read-model snapshot/);
  });

  it('of another store, or of this store restored to before its position', async () => {
    // The same events in another order: another chain, other hashes.
    const other = await storeOf(join(dir, 'other.db'), [...log].reverse());
    try {
      const opened = await openBytes(good, other);
      expect(opened.rejected).toMatch(/hash at position/);
      expect(opened.model.position()).toBe(0);
    } finally {
      await other.close();
    }
    const shorter = await storeOf(join(dir, 'shorter.db'), log.slice(0, cut - 1));
    try {
      const opened = await openBytes(good, shorter);
      expect(opened.rejected).toMatch(/no event at position/);
    } finally {
      await shorter.close();
    }
  });

  it('written by code with another state version or other columns', async () => {
    const { header, state } = decodeSnapshot(good);
    const reencode = (h: object, payload: Buffer) => {
      const json = Buffer.from(JSON.stringify(h));
      const len = Buffer.alloc(4);
      len.writeUInt32BE(json.length);
      return Buffer.concat([good.subarray(0, good.indexOf('\n') + 1), len, json, payload]);
    };
    const sha = async (b: Buffer) => checksumOf([b]);
    const payload = good.subarray(good.length - header.bytes);
    // The control: re-encoded as it was (the body unaligned in the file now), it is used.
    expect((await openBytes(reencode(header, payload))).position).toBe(cut);
    // SHA-256 (Node without zlib.crc32) is read as well; an unknown checksum is not.
    const bySha = { ...header, checksum: checksumOf([payload], 'sha256') };
    expect(bySha.checksum).toMatch(/^sha256:/);
    expect((await openBytes(reencode(bySha, payload))).position).toBe(cut);
    await expectIgnored(reencode({ ...header, checksum: 'md5:00' }, payload), /no checksum/);
    await expectIgnored(
      reencode({ ...header, stateVersion: header.stateVersion + 1 }, payload),
      /state version/,
    );
    await expectIgnored(reencode({ ...header, format: header.format + 1 }, payload), /file format/);
    // A column more or less than this code has (e.g. a snapshot from before a column was added).
    const fewer = { ...state.columns };
    delete fewer.type;
    const less = serialize({ ...state, columns: fewer });
    await expectIgnored(
      reencode(
        { ...header, bytes: less.length, checksum: await sha(less), arraysAt: less.length },
        less,
      ),
      /StateShapeError: fields/,
    );
    const wrongType = serialize({
      ...state,
      columns: { ...state.columns, type: { ...state.columns.type!, data: new Float64Array(cut) } },
    });
    await expectIgnored(
      reencode(
        {
          ...header,
          bytes: wrongType.length,
          checksum: await sha(wrongType),
          arraysAt: wrongType.length,
        },
        wrongType,
      ),
      /StateShapeError/,
    );
    const notAState = serialize({ hello: 'world' });
    await expectIgnored(
      reencode(
        {
          ...header,
          bytes: notAState.length,
          checksum: await sha(notAState),
          arraysAt: notAState.length,
        },
        notAState,
      ),
      /StateShapeError/,
    );
  });

  it('decodeSnapshot throws SnapshotRejected, not something else', () => {
    expect(() => decodeSnapshot(Buffer.from('nonsense'))).toThrow(SnapshotRejected);
  });
});
