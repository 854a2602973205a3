import { describe, expect, it } from 'vitest';
import { toFoldEntry } from '@kroniek/service';
import { createChunkPacker } from '../../../service/src/readmodel/engine/foldChunk.js';
import { uuidOfWords } from '../../../service/src/readmodel/engine/idTable.js';
import { createLogIndex } from '../../../service/src/readmodel/engine/logIndex.js';
import {
  createPacker,
  createUnpacker,
} from '../../../service/src/readmodel/engine/packedFields.js';
import type { FactWriter, WholeRow } from '../../../service/src/readmodel/engine/packedFields.js';
import { isSourceRecord } from '@kroniek/events';
import { withWindowsAndSources } from './logExtras.js';
import { randomLog } from './randomLog.js';

type Call = [string, ...unknown[]];

/** A writer that writes down every call, an id given as words as its text. */
function recorder(): { writer: FactWriter; calls: Call[] } {
  const calls: Call[] = [];
  const writer: FactWriter = {
    fact: (...args) => void calls.push(['fact', ...args]),
    factWords: (position, recordedMs, words, ...rest) =>
      void calls.push(['fact', position, recordedMs, uuidOfWords(words), ...rest]),
    actor: (...args) => void calls.push(['actor', ...args]),
    related: (...args) => void calls.push(['related', ...args]),
    fulfils: (...args) => void calls.push(['fulfils', ...args]),
    amounts: (...args) => void calls.push(['amounts', ...args]),
    group: (...args) => void calls.push(['group', ...args]),
    money: (...args) => void calls.push(['money', ...args]),
    quantity: (...args) => void calls.push(['quantity', ...args]),
    end: () => void calls.push(['end']),
  };
  return { writer, calls };
}

const LOWER = '0b5a3c1e-9f2d-8a47-b6c3-d2e1f0a9b8c7';
const UPPER = '0B5A3C1E-9F2D-8A47-B6C3-D2E1F0A9B8C8';

/** Makes the same calls on any FactWriter-like sink: three facts of every shape. */
function callsOn(sink: Omit<FactWriter, 'factWords'>): void {
  sink.fact(
    1,
    1_750_000_000_000,
    LOWER,
    3,
    20_000,
    19_990,
    20_001,
    20_001,
    20_031,
    2,
    'subject-a',
    'cat',
  );
  sink.actor('nl');
  sink.actor('ua');
  sink.related('subject-b');
  sink.fulfils('a-commitment');
  sink.amounts(LOWER, 'A title');
  sink.group('nl');
  sink.money('EUR', 100.5, 200, true, 'circa €100 mln');
  sink.quantity('items', 'drones', 7, '7 drones');
  sink.end();
  sink.fact(
    3,
    1_750_000_000_000,
    UPPER,
    0,
    -5,
    -2_000_000_000,
    -1_000_000_000,
    -1_000_000_000,
    9,
    0,
    'subject-a',
    'cat',
  );
  sink.end();
  sink.fact(4, 1_750_000_060_000, 'not-a-uuid', 1, 1, 1, 2, 2, 2, 1, 'subject-c', 'other');
  sink.actor('nl');
  sink.end();
}

describe('packed fields', () => {
  it('replay the calls they recorded, ids as words or as text, entries kept whole in place', () => {
    const packer = createPacker(16);
    callsOn(packer);
    const row: WholeRow = { position: 5, recordedAt: '2025-07-01T09:00:00.000Z', json: '{}' };
    packer.whole(row);
    const expected = recorder();
    callsOn(expected.writer);
    const got = recorder();
    const wholes: WholeRow[] = [];
    expect(createUnpacker(got.writer, (r) => wholes.push(r))(packer.take())).toBe(true);
    expect(got.calls).toEqual(expected.calls);
    expect(wholes).toEqual([row]);
  });

  it('send each string once, and refuse a batch that comes out of turn', () => {
    const packer = createPacker();
    callsOn(packer);
    const first = packer.take();
    callsOn(packer);
    const second = packer.take();
    expect(first.strings).toContain('subject-a');
    expect(second.strings).toEqual([]);
    expect(second.tableStart).toBe(first.strings.length);
    const got = recorder();
    const unpack = createUnpacker(got.writer, () => {});
    expect(() => unpack(second)).toThrow(RangeError);
    unpack(first);
    unpack(second);
    const once = recorder();
    callsOn(once.writer);
    expect(got.calls).toEqual([...once.calls, ...once.calls]);
  });

  it('drop what was recorded since the mark when a fact fails half-way', () => {
    const packer = createPacker();
    packer.fact(1, 0, 'id-1', 0, 0, 0, 0, 0, 0, 0, 's', 'c');
    packer.end();
    packer.mark();
    packer.fact(2, 0, 'id-2', 0, 0, 0, 0, 0, 0, 0, 's', 'c');
    packer.amounts('id-2', 'half');
    packer.rollback();
    packer.whole({ position: 2, recordedAt: 'r', json: 'x' });
    const got = recorder();
    const wholes: WholeRow[] = [];
    createUnpacker(got.writer, (r) => wholes.push(r))(packer.take());
    expect(got.calls).toEqual([['fact', 1, 0, 'id-1', 0, 0, 0, 0, 0, 0, 0, 's', 'c'], ['end']]);
    expect(wholes.map((r) => r.position)).toEqual([2]);
  });

  it('stop before the first entry at the position they must not pass', () => {
    const packer = createPacker();
    callsOn(packer);
    const got = recorder();
    expect(createUnpacker(got.writer, () => {})(packer.take(), 3)).toBe(false);
    expect(got.calls.filter((c) => c[0] === 'fact').map((c) => c[1])).toEqual([1]);
  });

  it('fold chunks of a log into the same columns as the fold of each entry', () => {
    let minute = 0;
    // Corroborations (early, amended), knownAt windows and source records among the facts.
    const log = withWindowsAndSources(randomLog(5, 1500), 6);
    const kinds = new Set(log.map((e) => e.type));
    for (const kind of ['EventCorroborated', 'EventCorrected', 'SourceRegistered'])
      expect(kinds).toContain(kind);
    expect(log.some((e) => !isSourceRecord(e) && e.knownAt.date.precision !== 'day')).toBe(true);
    const rows: WholeRow[] = log.map((event, i) => ({
      position: i + 1,
      recordedAt: new Date(Date.UTC(2025, 6, 1, 9, (minute += i % 7 === 0 ? 1 : 0))).toISOString(),
      json: JSON.stringify(event),
    }));
    // A row that does not parse: both folds throw its error there and stand before it.
    rows.splice(1400, 0, { position: 0, recordedAt: rows[1399]!.recordedAt, json: '{"type":' });
    rows.forEach((r, i) => (r.position = i + 1));
    const direct = createLogIndex(() => []);
    const packed = createLogIndex(() => []);
    const pack = createChunkPacker();
    const unpack = createUnpacker(packed.writer!, (r) => packed.apply(toFoldEntry(r)));
    const fold = (index: typeof direct, go: (from: number, to: number) => void) => {
      for (let from = 0; from < rows.length; from += 256) {
        try {
          go(from, Math.min(rows.length, from + 256));
        } catch (error) {
          expect(error).toBeInstanceOf(SyntaxError);
          expect(index.position()).toBe(1400);
          return;
        }
      }
    };
    fold(direct, (from, to) => rows.slice(from, to).forEach((r) => direct.apply(toFoldEntry(r))));
    fold(packed, (from, to) => unpack(pack(rows.slice(from, to))));
    expect(direct.position()).toBe(1400);
    expect(packed.exportState()).toEqual(direct.exportState());
  });
});
