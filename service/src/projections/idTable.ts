import { Growable } from './growable.js';

/** Offsets of the 32 hex digits of a UUID in its 36-character text. */
const HEX_AT = Array.from({ length: 36 }, (_, i) => i).filter((i) => ![8, 13, 18, 23].includes(i));

/** The value of a hex digit's char code, or -1. */
function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

const DASH = 45;
const DASHES = [8, 13, 18, 23];

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

  /** Reads a UUID's 128 bits into `scratch`; false when `id` is not a UUID. */
  private parse(id: string): boolean {
    if (id.length !== 36) return false;
    for (const at of DASHES) if (id.charCodeAt(at) !== DASH) return false;
    for (let w = 0; w < 4; w++) {
      let v = 0;
      for (let k = 0; k < 8; k++) {
        const h = hexValue(id.charCodeAt(HEX_AT[w * 8 + k]!));
        if (h < 0) return false;
        v = (v << 4) | h;
      }
      this.scratch[w] = v;
    }
    return true;
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
    if (!this.parse(id)) return this.other.get(id);
    const v = this.table[this.slotOf(this.scratch, this.table)]!;
    return v < 0 ? undefined : this.values.data[v];
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
    const h = this.slotOf(this.scratch, this.table);
    if (this.table[h]! >= 0) return false;
    for (let w = 0; w < 4; w++) this.words.push(this.scratch[w]!);
    this.values.push(value);
    this.table[h] = this.count++;
    if (this.count * 2 > this.table.length) this.grow();
    return true;
  }

  private grow(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1);
    const w = new Int32Array(4);
    for (let v = 0; v < this.count; v++) {
      w.set(this.words.data.subarray(v * 4, v * 4 + 4));
      table[this.slotOf(w, table)] = v;
    }
    this.table = table;
  }
}
