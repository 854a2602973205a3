import { OPEN_AFTER } from '../../temporal/days.js';
import type { Amendment } from '../facts.js';

/**
 * Columns of the occurred-sorted index: entry i (in timeline order) is fact `fact[i]` at
 * occurred variant `variant[i]` (0: as recorded; k: as amendment k - 1 of the fact dates
 * it). Copied per entry so that a replay scan reads contiguous typed arrays.
 */
export interface SortedColumns {
  n: number;
  fact: Int32Array;
  variant: Int32Array;
  key: Int32Array;
  earliest: Int32Array;
  latest: Int32Array;
  precision: Uint8Array;
  position: Float64Array;
  knownOn: Int32Array;
  /** earliest day of knownAt (-∞ when open); knownOn is its latest */
  knownFrom: Int32Array;
  recordedMs: Float64Array;
  type: Uint8Array;
  /** the amended-fact slot of the entry's fact, -1 when the fact has no amendments */
  slot: Int32Array;
  subject: Int32Array;
  category: Int32Array;
  /** per slot, its entries: slotEntry[slotStart[s] .. slotStart[s + 1]) with their variants */
  slotStart: Int32Array;
  slotEntry: Int32Array;
  slotVariant: Int32Array;
}

export interface FactColumns {
  n: number;
  position: Float64Array;
  recordedMs: Float64Array;
  knownOn: Int32Array;
  knownFrom: Int32Array;
  key: Int32Array;
  earliest: Int32Array;
  latest: Int32Array;
  precision: Uint8Array;
  type: Uint8Array;
  subject: Int32Array;
  category: Int32Array;
  slot: Int32Array;
  amendmentsOf: Amendment[][];
}

/** Stable counting sort of `order` by `value[order[j]]` (values in [0, range)). */
function countingSort(order: Int32Array, value: Int32Array, range: number): Int32Array {
  const count = new Int32Array(range + 1);
  for (let j = 0; j < order.length; j++) count[value[order[j]!]! + 1]!++;
  for (let v = 0; v < range; v++) count[v + 1]! += count[v]!;
  const out = new Int32Array(order.length);
  for (let j = 0; j < order.length; j++) out[count[value[order[j]!]!]!++] = order[j]!;
  return out;
}

/** Entries a column's buffer holds for m entries: an eighth more, for the appends to come. */
const withRoom = (m: number) => m + (m >> 3) + 64;

/** Largest value range sorted by counting; wider ranges (dates centuries apart) use a comparison sort. */
const MAX_COUNTING_RANGE = 1 << 22;

/**
 * Builds the timeline order: key day, then latest bound (narrower first, an open end last),
 * then log position, then variant. Entries are generated in (position, variant) order and
 * sorted stably by latest-minus-key and then by key with two counting passes: O(n), no
 * comparison sort of a million entries.
 */
export function buildColumns(fc: FactColumns): SortedColumns {
  let m = fc.n;
  for (const list of fc.amendmentsOf) for (const a of list) if (a.occ) m++;
  const fact = new Int32Array(m);
  const variant = new Int32Array(m);
  const key = new Int32Array(m);
  const earliest = new Int32Array(m);
  const latest = new Int32Array(m);
  const precision = new Uint8Array(m);
  let j = 0;
  for (let i = 0; i < fc.n; i++) {
    fact[j] = i;
    key[j] = fc.key[i]!;
    earliest[j] = fc.earliest[i]!;
    latest[j] = fc.latest[i]!;
    precision[j] = fc.precision[i]!;
    j++;
    const s = fc.slot[i]!;
    if (s < 0) continue;
    fc.amendmentsOf[s]!.forEach((a, k) => {
      if (!a.occ) return;
      fact[j] = i;
      variant[j] = k + 1;
      key[j] = a.occ.key;
      earliest[j] = a.occ.earliest;
      latest[j] = a.occ.latest;
      precision[j] = a.precision;
      j++;
    });
  }
  const order = sortOrder(m, key, latest);
  // Room behind the entries, so that appends of facts extend these arrays in place.
  const cap = withRoom(m);
  const c: SortedColumns = {
    n: m,
    fact: new Int32Array(new ArrayBuffer(cap * 4), 0, m),
    variant: new Int32Array(new ArrayBuffer(cap * 4), 0, m),
    key: new Int32Array(new ArrayBuffer(cap * 4), 0, m),
    earliest: new Int32Array(new ArrayBuffer(cap * 4), 0, m),
    latest: new Int32Array(new ArrayBuffer(cap * 4), 0, m),
    precision: new Uint8Array(new ArrayBuffer(cap), 0, m),
    position: new Float64Array(new ArrayBuffer(cap * 8), 0, m),
    knownOn: new Int32Array(new ArrayBuffer(cap * 4), 0, m),
    knownFrom: new Int32Array(new ArrayBuffer(cap * 4), 0, m),
    recordedMs: new Float64Array(new ArrayBuffer(cap * 8), 0, m),
    type: new Uint8Array(new ArrayBuffer(cap), 0, m),
    slot: new Int32Array(new ArrayBuffer(cap * 4), 0, m),
    subject: new Int32Array(new ArrayBuffer(cap * 4), 0, m),
    category: new Int32Array(new ArrayBuffer(cap * 4), 0, m),
    slotStart: new Int32Array(fc.amendmentsOf.length + 1),
    slotEntry: new Int32Array(m - fc.n + fc.amendmentsOf.length),
    slotVariant: new Int32Array(m - fc.n + fc.amendmentsOf.length),
  };
  for (let i = 0; i < m; i++) {
    const o = order[i]!;
    const fi = fact[o]!;
    c.fact[i] = fi;
    c.variant[i] = variant[o]!;
    c.key[i] = key[o]!;
    c.earliest[i] = earliest[o]!;
    c.latest[i] = latest[o]!;
    c.precision[i] = precision[o]!;
    c.position[i] = fc.position[fi]!;
    c.knownOn[i] = fc.knownOn[fi]!;
    c.knownFrom[i] = fc.knownFrom[fi]!;
    c.recordedMs[i] = fc.recordedMs[fi]!;
    c.type[i] = fc.type[fi]!;
    c.slot[i] = fc.slot[fi]!;
    c.subject[i] = fc.subject[fi]!;
    c.category[i] = fc.category[fi]!;
  }
  // Entries of each amended fact, grouped by slot.
  for (let i = 0; i < m; i++) if (c.slot[i]! >= 0) c.slotStart[c.slot[i]! + 1]!++;
  for (let s = 0; s < fc.amendmentsOf.length; s++) c.slotStart[s + 1]! += c.slotStart[s]!;
  const fill = c.slotStart.slice(0, fc.amendmentsOf.length);
  for (let i = 0; i < m; i++) {
    const s = c.slot[i]!;
    if (s < 0) continue;
    const at = fill[s]!++;
    c.slotEntry[at] = i;
    c.slotVariant[at] = c.variant[i]!;
  }
  return c;
}

function sortOrder(m: number, key: Int32Array, latest: Int32Array): Int32Array {
  const identity = new Int32Array(m);
  for (let i = 0; i < m; i++) identity[i] = i;
  if (m === 0) return identity;
  // Width of a date (latest - key); an open end sorts after every finite width.
  let minKey = Infinity;
  let maxKey = -Infinity;
  let maxWidth = 0;
  for (let i = 0; i < m; i++) {
    const k = key[i]!;
    if (k < minKey) minKey = k;
    if (k > maxKey) maxKey = k;
    if (latest[i]! !== OPEN_AFTER && latest[i]! - k > maxWidth) maxWidth = latest[i]! - k;
  }
  if (maxKey - minKey + 1 > MAX_COUNTING_RANGE || maxWidth + 2 > MAX_COUNTING_RANGE) {
    return identity.sort((a, b) => key[a]! - key[b]! || latest[a]! - latest[b]! || a - b);
  }
  const width = new Int32Array(m);
  const shifted = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    width[i] = latest[i] === OPEN_AFTER ? maxWidth + 1 : latest[i]! - key[i]!;
    shifted[i] = key[i]! - minKey;
  }
  return countingSort(countingSort(identity, width, maxWidth + 2), shifted, maxKey - minKey + 1);
}

/**
 * Number of old entries placed before an inserted one, from the inserted entries' positions
 * in the new order (ascending): an old entry x moves to x + #{j : before(j) ≤ x}.
 */
export function shiftOf(inserted: Int32Array): (x: number) => number {
  const k = inserted.length;
  return (x: number) => {
    // Count of j with inserted[j] - j ≤ x; inserted[j] - j is non-decreasing.
    let lo = 0;
    let hi = k;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (inserted[mid]! - mid <= x) lo = mid + 1;
      else hi = mid;
    }
    return x + lo;
  };
}

/**
 * Composes two steps of inserted positions: `first` in the space of the middle columns,
 * `second` in the space of the last ones. Returns the positions in the last space of every
 * entry inserted by either step, ascending.
 */
export function composeInserted(first: Int32Array, second: Int32Array): Int32Array {
  if (first.length === 0) return second;
  if (second.length === 0) return first;
  const shift = shiftOf(second);
  const out = new Int32Array(first.length + second.length);
  let a = 0;
  let b = 0;
  let o = 0;
  while (a < first.length || b < second.length) {
    const x = a < first.length ? shift(first[a]!) : Number.POSITIVE_INFINITY;
    if (b < second.length && second[b]! < x) out[o++] = second[b++]!;
    else {
      out[o++] = x;
      a++;
    }
  }
  return out;
}

/** Timeline comparison of two (key, latest) pairs: key, then latest (an open end is largest). */
function pairBefore(k1: number, l1: number, k2: number, l2: number): boolean {
  return k1 < k2 || (k1 === k2 && l1 <= l2);
}

/**
 * The index `old` (built from the first `from` facts) extended by facts from..fc.n - 1, which
 * must be unamended (slot -1) with no amendment added since: each new entry goes after every
 * old entry with the same key and latest bound (it has a later log position), so the result
 * equals buildColumns(fc). O(n) copies plus O(k log n) for k new facts; null when a new fact
 * is amended (the caller rebuilds). `inserted` holds the new entries' positions, ascending.
 * The arrays of an extension have room behind them, and the next extension moves their
 * entries up in place (a memmove, no allocation): `old` is then no longer valid. Only the
 * owner of the columns (the log index, which replaces them) may extend them.
 */
export function extendColumns(
  old: SortedColumns,
  fc: FactColumns,
  from: number,
): { columns: SortedColumns; inserted: Int32Array } | null {
  const k = fc.n - from;
  for (let i = from; i < fc.n; i++) if (fc.slot[i]! >= 0) return null;
  if (old.slotStart.length !== fc.amendmentsOf.length + 1) return null;
  const add = new Int32Array(k);
  for (let j = 0; j < k; j++) add[j] = from + j;
  // Fact order breaks ties: the sort is stable on (key, latest) since add is in fact order.
  const sortedAdd = Array.from(add).sort(
    (a, b) => fc.key[a]! - fc.key[b]! || fc.latest[a]! - fc.latest[b]! || a - b,
  );
  const before = new Int32Array(k);
  for (let j = 0; j < k; j++) {
    const f = sortedAdd[j]!;
    const key = fc.key[f]!;
    const latest = fc.latest[f]!;
    let lo = j > 0 ? before[j - 1]! : 0;
    let hi = old.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pairBefore(old.key[mid]!, old.latest[mid]!, key, latest)) lo = mid + 1;
      else hi = mid;
    }
    before[j] = lo;
  }
  const m = old.n + k;
  const inserted = new Int32Array(k);
  for (let j = 0; j < k; j++) inserted[j] = before[j]! + j;
  function merged<A extends Int32Array | Float64Array | Uint8Array>(
    src: A,
    make: (buffer: ArrayBuffer, n: number) => A,
    value: (f: number) => number,
  ): A {
    const buffer = src.buffer as ArrayBuffer;
    if (src.byteOffset === 0 && buffer.byteLength >= m * src.BYTES_PER_ELEMENT) {
      // Room left behind the old entries (an earlier extension made it): move the tail up
      // in place, from the back, and write the new entries into the gaps.
      const out = make(buffer, m);
      let end = old.n;
      for (let j = k - 1; j >= 0; j--) {
        const b = before[j]!;
        if (end > b) out.copyWithin(b + j + 1, b, end);
        out[b + j] = value(sortedAdd[j]!);
        end = b;
      }
      return out;
    }
    // A new buffer with room, so the next appends need no new one.
    const out = make(new ArrayBuffer(withRoom(m) * src.BYTES_PER_ELEMENT), m);
    let prev = 0;
    for (let j = 0; j < k; j++) {
      const b = before[j]!;
      if (b > prev) out.set(src.subarray(prev, b) as never, prev + j);
      out[b + j] = value(sortedAdd[j]!);
      prev = b;
    }
    if (old.n > prev) out.set(src.subarray(prev, old.n) as never, prev + k);
    return out;
  }
  const i32 = (b: ArrayBuffer, n: number) => new Int32Array(b, 0, n);
  const f64 = (b: ArrayBuffer, n: number) => new Float64Array(b, 0, n);
  const u8 = (b: ArrayBuffer, n: number) => new Uint8Array(b, 0, n);
  const shift = shiftOf(inserted);
  const slotEntry = new Int32Array(old.slotEntry.length);
  for (let s = 0; s < slotEntry.length; s++) slotEntry[s] = shift(old.slotEntry[s]!);
  const columns: SortedColumns = {
    n: m,
    fact: merged(old.fact, i32, (f) => f),
    variant: merged(old.variant, i32, () => 0),
    key: merged(old.key, i32, (f) => fc.key[f]!),
    earliest: merged(old.earliest, i32, (f) => fc.earliest[f]!),
    latest: merged(old.latest, i32, (f) => fc.latest[f]!),
    precision: merged(old.precision, u8, (f) => fc.precision[f]!),
    position: merged(old.position, f64, (f) => fc.position[f]!),
    knownOn: merged(old.knownOn, i32, (f) => fc.knownOn[f]!),
    knownFrom: merged(old.knownFrom, i32, (f) => fc.knownFrom[f]!),
    recordedMs: merged(old.recordedMs, f64, (f) => fc.recordedMs[f]!),
    type: merged(old.type, u8, (f) => fc.type[f]!),
    slot: merged(old.slot, i32, () => -1),
    subject: merged(old.subject, i32, (f) => fc.subject[f]!),
    category: merged(old.category, i32, (f) => fc.category[f]!),
    slotStart: old.slotStart,
    slotEntry,
    slotVariant: old.slotVariant,
  };
  return { columns, inserted };
}
