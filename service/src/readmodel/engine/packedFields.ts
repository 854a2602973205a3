import type { FactSink, FactWordsHead } from './factFields.js';
import { lowerUuidWords } from './idTable.js';

/*
 * The fold worker's hand-over: the FactSink calls that factFields makes, recorded as numbers in
 * one Float64Array (an op code, then its arguments) that is transferred, not copied, and
 * replayed into the read model's column writer. Strings that repeat (subjects, categories,
 * actors, groups, currencies, units, wordings) cross once, into a string table, and are named
 * by number after that; an event id crosses as the four words of its UUID; the few strings
 * used once (titles and ids of facts with amounts, fulfilled ids) cross as they are.
 * Entries the engine keeps whole cross as their JSON text. packed.unit proves the replay makes
 * the calls the recording was given.
 */

/** A log row as the fold reads it: position, recordedAt, and the event as JSON text. */
export interface WholeRow {
  position: number;
  recordedAt: string;
  json: string;
}

/** One batch of folded entries, in log order. */
export interface PackedBatch {
  /** the calls: an op code and its arguments, then the next (filled up to `length`) */
  ops: Float64Array;
  length: number;
  /** strings new to the string table, numbered from `tableStart` on */
  strings: string[];
  tableStart: number;
  /** strings that are used once, in the order the calls take them */
  loose: string[];
  /** entries kept whole, in the order the calls take them */
  whole: WholeRow[];
}

const FACT_WORDS = 1;
const FACT_TEXT = 2;
const ACTOR = 3;
const RELATED = 4;
const FULFILS = 5;
const AMOUNTS = 6;
const GROUP = 7;
const MONEY = 8;
const QUANTITY = 9;
const END = 10;
const WHOLE = 11;

/** Records FactSink calls (and whole entries) into batches. */
export interface Packer extends FactSink {
  /** an entry kept whole, in its place among the facts */
  whole(row: WholeRow): void;
  /** calls recorded since the last take */
  readonly size: number;
  /** notes where the batch stands, so that a fact whose fields fail half-way can be dropped */
  mark(): void;
  /** drops what was recorded since the mark */
  rollback(): void;
  /** the batch so far; the next one starts empty */
  take(): PackedBatch;
}

/**
 * A packer with an empty string table (one per fold: its numbers are the unpacker's). A batch's
 * buffer starts at `capacity` numbers, then at a quarter more than the last batch took.
 */
export function createPacker(capacity = 1 << 12): Packer {
  const table = new Map<string, number>();
  let fresh: string[] = [];
  let tableStart = 0;
  let loose: string[] = [];
  let whole: WholeRow[] = [];
  let ops = new Float64Array(capacity);
  let n = 0;
  let markAt = 0;
  let markLoose = 0;
  const words = new Int32Array(4);

  function room(k: number): void {
    if (n + k <= ops.length) return;
    const next = new Float64Array(Math.max(ops.length * 2, n + k));
    next.set(ops.subarray(0, n));
    ops = next;
  }
  function sym(s: string): number {
    let id = table.get(s);
    if (id === undefined) {
      id = table.size;
      table.set(s, id);
      fresh.push(s);
    }
    return id;
  }

  return {
    fact(
      position,
      recordedMs,
      id,
      type,
      knownOn,
      knownFrom,
      key,
      earliest,
      latest,
      precision,
      s,
      c,
    ) {
      room(16);
      const text = !lowerUuidWords(id, words);
      ops[n++] = text ? FACT_TEXT : FACT_WORDS;
      ops[n++] = position;
      ops[n++] = recordedMs;
      if (text) loose.push(id);
      else for (let k = 0; k < 4; k++) ops[n++] = words[k]!;
      ops[n++] = type;
      ops[n++] = knownOn;
      ops[n++] = knownFrom;
      ops[n++] = key;
      ops[n++] = earliest;
      ops[n++] = latest;
      ops[n++] = precision;
      ops[n++] = sym(s);
      ops[n++] = sym(c);
    },
    actor(id) {
      room(2);
      ops[n++] = ACTOR;
      ops[n++] = sym(id);
    },
    related(subject) {
      room(2);
      ops[n++] = RELATED;
      ops[n++] = sym(subject);
    },
    fulfils(id) {
      room(1);
      ops[n++] = FULFILS;
      loose.push(id);
    },
    amounts(id, title) {
      room(1);
      ops[n++] = AMOUNTS;
      loose.push(id, title);
    },
    group(name) {
      room(2);
      ops[n++] = GROUP;
      ops[n++] = sym(name);
    },
    money(currency, low, high, approximate, wording) {
      room(6);
      ops[n++] = MONEY;
      ops[n++] = sym(currency);
      ops[n++] = low;
      ops[n++] = high;
      ops[n++] = approximate ? 1 : 0;
      ops[n++] = sym(wording);
    },
    quantity(unit, item, value, wording) {
      room(5);
      ops[n++] = QUANTITY;
      ops[n++] = sym(unit);
      ops[n++] = sym(item);
      ops[n++] = value;
      ops[n++] = sym(wording);
    },
    end() {
      room(1);
      ops[n++] = END;
    },
    whole(row) {
      room(1);
      ops[n++] = WHOLE;
      whole.push(row);
    },
    get size() {
      return n;
    },
    mark() {
      markAt = n;
      markLoose = loose.length;
    },
    rollback() {
      // The table keeps the strings it learned: they are sent, and nothing names them.
      n = markAt;
      loose.length = markLoose;
    },
    take() {
      const batch: PackedBatch = {
        ops,
        length: n,
        strings: fresh,
        tableStart,
        loose,
        whole,
      };
      tableStart += fresh.length;
      fresh = [];
      loose = [];
      whole = [];
      ops = new Float64Array(Math.max(1024, n + (n >> 2)));
      n = 0;
      return batch;
    },
  };
}

/** The column writer a batch is replayed into (logIndex.ts): a FactSink that also takes words. */
export interface FactWriter extends FactSink {
  factWords: FactWordsHead;
}

/**
 * Replays batches into a writer, in order: `whole` gets each entry kept whole in its place.
 * The replay stops before the first entry at `stopAt` or later, and then answers false (with
 * `stopAt` -Infinity a batch only adds its strings to the table: a chunk folded elsewhere). One
 * per fold: it keeps the string table the batches build, so it takes every batch of its packer,
 * in order.
 */
export function createUnpacker(
  writer: FactWriter,
  whole: (row: WholeRow) => void,
): (batch: PackedBatch, stopAt?: number) => boolean {
  const table: string[] = [];
  const words = new Int32Array(4);
  return (batch, stopAt = Number.POSITIVE_INFINITY) => {
    if (batch.tableStart !== table.length) throw new RangeError('a batch of the fold is missing');
    for (const s of batch.strings) table.push(s);
    const { ops, loose } = batch;
    let l = 0;
    let w = 0;
    let i = 0;
    while (i < batch.length) {
      switch (ops[i++]) {
        case FACT_WORDS: {
          const position = ops[i++]!;
          if (position >= stopAt) return false;
          const recordedMs = ops[i++]!;
          for (let k = 0; k < 4; k++) words[k] = ops[i++]!;
          writer.factWords(
            position,
            recordedMs,
            words,
            ops[i++]!,
            ops[i++]!,
            ops[i++]!,
            ops[i++]!,
            ops[i++]!,
            ops[i++]!,
            ops[i++]!,
            table[ops[i++]!]!,
            table[ops[i++]!]!,
          );
          break;
        }
        case FACT_TEXT: {
          const position = ops[i++]!;
          if (position >= stopAt) return false;
          const recordedMs = ops[i++]!;
          writer.fact(
            position,
            recordedMs,
            loose[l++]!,
            ops[i++]!,
            ops[i++]!,
            ops[i++]!,
            ops[i++]!,
            ops[i++]!,
            ops[i++]!,
            ops[i++]!,
            table[ops[i++]!]!,
            table[ops[i++]!]!,
          );
          break;
        }
        case ACTOR:
          writer.actor(table[ops[i++]!]!);
          break;
        case RELATED:
          writer.related(table[ops[i++]!]!);
          break;
        case FULFILS:
          writer.fulfils(loose[l++]!);
          break;
        case AMOUNTS:
          writer.amounts(loose[l]!, loose[l + 1]!);
          l += 2;
          break;
        case GROUP:
          writer.group(table[ops[i++]!]!);
          break;
        case MONEY:
          writer.money(
            table[ops[i]!]!,
            ops[i + 1]!,
            ops[i + 2]!,
            ops[i + 3] === 1,
            table[ops[i + 4]!]!,
          );
          i += 5;
          break;
        case QUANTITY:
          writer.quantity(table[ops[i]!]!, table[ops[i + 1]!]!, ops[i + 2]!, table[ops[i + 3]!]!);
          i += 4;
          break;
        case END:
          writer.end();
          break;
        case WHOLE: {
          const row = batch.whole[w++]!;
          if (row.position >= stopAt) return false;
          whole(row);
          break;
        }
        default:
          throw new RangeError(`op ${ops[i - 1]} at ${i - 1} is not a fold op`);
      }
    }
    return true;
  };
}
