import { OPEN_AFTER } from '../temporal/days.js';
import type { Amendment } from './logIndex.js';

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
  const c: SortedColumns = {
    n: m,
    fact: new Int32Array(m),
    variant: new Int32Array(m),
    key: new Int32Array(m),
    earliest: new Int32Array(m),
    latest: new Int32Array(m),
    precision: new Uint8Array(m),
    position: new Float64Array(m),
    knownOn: new Int32Array(m),
    recordedMs: new Float64Array(m),
    type: new Uint8Array(m),
    slot: new Int32Array(m),
    subject: new Int32Array(m),
    category: new Int32Array(m),
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
