import { Growable } from './growable.js';

/** Offsets of the 32 hex digits of a UUID in its 36-character text. */
const HEX_AT = Array.from({ length: 36 }, (_, i) => i).filter((i) => ![8, 13, 18, 23].includes(i));

/** The value of a hex digit's char code (below 128), or -1. */
const HEX = new Int8Array(128).fill(-1);
for (let c = 0; c < 10; c++) HEX[48 + c] = c;
for (let c = 0; c < 6; c++) HEX[65 + c] = HEX[97 + c] = 10 + c;
const HEX_OFFSETS = Int32Array.from(HEX_AT);

const DASH = 45;

/**
 * Reads a UUID's 128 bits into four 32-bit words; false when `id` is not a UUID. With
 * `upper` false, only lower-case hex digits count (an upper-case digit makes it another string).
 */
function uuidWords(id: string, out: Int32Array, upper: boolean): boolean {
  if (id.length !== 36) return false;
  if (
    id.charCodeAt(8) !== DASH ||
    id.charCodeAt(13) !== DASH ||
    id.charCodeAt(18) !== DASH ||
    id.charCodeAt(23) !== DASH
  )
    return false;
  // One table lookup per digit; any digit that is not hex makes `bad` negative.
  let bad = 0;
  for (let w = 0; w < 4; w++) {
    let v = 0;
    for (let k = w * 8; k < w * 8 + 8; k++) {
      const c = id.charCodeAt(HEX_OFFSETS[k]!);
      const h = c < 128 && (upper || c < 65 || c > 70) ? HEX[c]! : -1;
      bad |= h;
      v = (v << 4) | (h & 15);
    }
    out[w] = v;
  }
  return bad >= 0;
}

/**
 * Reads a UUID written in lower case (as every event id is written) into four 32-bit words;
 * false for anything else, which then travels as text. The fold worker hands ids over this
 * way, and only a lower-case id, so the words stand for exactly one string.
 */
export const lowerUuidWords = (id: string, out: Int32Array): boolean => uuidWords(id, out, false);

/** The lower-case UUID text of four words (the inverse of lowerUuidWords). */
export function uuidOfWords(w: Int32Array): string {
  let hex = '';
  for (let k = 0; k < 4; k++) hex += (w[k]! >>> 0).toString(16).padStart(8, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Event ids to dense numbers without keeping a string per event: a UUID is stored as four
 * 32-bit words and found through an open-addressing table (about 24 bytes per id instead of
 * a string and a map entry, and nothing for the garbage collector to trace). Ids that are
 * not UUIDs (none are written, but a store may hold anything) fall back to a map.
 */
export class IdTable {
  private readonly words = new Growable(Int32Array, 4096);
  private table = new Int32Array(1 << 12).fill(-1);
  private count = 0;
  private readonly other = new Map<string, number>();
  private readonly scratch = new Int32Array(4);
  private readonly values = new Growable(Int32Array, 1024);

  /** Reads a UUID's 128 bits into `scratch`, upper-case hex too (the same UUID); false when `id` is not one. */
  private parse(id: string): boolean {
    return uuidWords(id, this.scratch, true);
  }

  private slotOf(w: Int32Array, table: Int32Array): number {
    const mask = table.length - 1;
    let h = (w[0]! ^ Math.imul(w[3]!, 0x9e3779b1)) & mask;
    for (;;) {
      const v = table[h]!;
      if (v < 0) return h;
      const d = this.words.data;
      if (
        d[v * 4] === w[0] &&
        d[v * 4 + 1] === w[1] &&
        d[v * 4 + 2] === w[2] &&
        d[v * 4 + 3] === w[3]
      )
        return h;
      h = (h + 1) & mask;
    }
  }

  /** The number stored for `id`, or undefined. */
  get(id: string): number | undefined {
    return this.parse(id) ? this.getWords(this.scratch) : this.other.get(id);
  }

  /** The number stored for the UUID with these words (see lowerUuidWords), or undefined. */
  getWords(w: Int32Array): number | undefined {
    this.keep(w);
    const v = this.table[this.slotOf(w, this.table)]!;
    return v < 0 ? undefined : this.values.data[v];
  }

  /** `add` for a UUID given as its words (see lowerUuidWords). */
  addWords(w: Int32Array, value: number): boolean {
    this.keep(w);
    const h = this.slotOf(w, this.table);
    if (this.table[h]! >= 0) return false;
    for (let k = 0; k < 4; k++) this.words.push(w[k]!);
    this.values.push(value);
    this.table[h] = this.count++;
    if (this.count * 2 > this.table.length) this.grow();
    return true;
  }

  /**
   * The last id looked up stays in `scratch` (a saved field) whether it came as text or as
   * words, so a table's state is the same whichever way its ids were folded.
   */
  private keep(w: Int32Array): void {
    if (w !== this.scratch) this.scratch.set(w);
  }

  /** Stores `value` for a new `id` (an id already stored keeps its value). */
  set(id: string, value: number): void {
    this.add(id, value);
  }

  /** Stores `value` for `id` unless the id is stored already: one probe; false when it was. */
  add(id: string, value: number): boolean {
    if (!this.parse(id)) {
      if (this.other.has(id)) return false;
      this.other.set(id, value);
      return true;
    }
    return this.addWords(this.scratch, value);
  }

  /** Makes room for `count` ids in all, so that a fold of a known size never rehashes. */
  reserve(count: number): void {
    this.words.reserve(count * 4);
    this.values.reserve(count);
    let size = this.table.length;
    while (count * 2 > size) size *= 2;
    if (size > this.table.length) this.rehash(size);
  }

  private grow(): void {
    this.rehash(this.table.length * 2);
  }

  private rehash(size: number): void {
    const table = new Int32Array(size).fill(-1);
    const w = new Int32Array(4);
    for (let v = 0; v < this.count; v++) {
      w.set(this.words.data.subarray(v * 4, v * 4 + 4));
      table[this.slotOf(w, table)] = v;
    }
    this.table = table;
  }
}
