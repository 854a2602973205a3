import type { Amendment } from '../facts.js';

/** Everything the record learned, on the knownAt axis: a fact (its index) or an amendment. */
export interface Learned {
  day: Int32Array;
  ref: (number | Amendment)[];
}

/**
 * Facts and amendments in knownOn then log order, for `changes`: one numeric sort of
 * (knownOn, position) packed into doubles. `factAt` finds a fact by its log position.
 */
export function buildLearned(
  facts: { n: number; knownOn: Int32Array; position: Float64Array },
  amendments: readonly Amendment[],
  factAt: (position: number) => number,
): Learned {
  const n = facts.n + amendments.length;
  const packed = new Float64Array(n);
  // knownOn days are within ±2^20 and positions below 2^32: the pair fits a double exactly.
  const pack = (day: number, position: number) => (day + 2 ** 20) * 2 ** 32 + position;
  for (let i = 0; i < facts.n; i++) packed[i] = pack(facts.knownOn[i]!, facts.position[i]!);
  amendments.forEach((a, k) => (packed[facts.n + k] = pack(a.knownOnDay, a.position)));
  packed.sort();
  const byPosition = new Map(amendments.map((a) => [a.position, a]));
  const day = new Int32Array(n);
  const ref: (number | Amendment)[] = new Array<number | Amendment>(n);
  for (let k = 0; k < n; k++) {
    const position = packed[k]! % 2 ** 32;
    day[k] = Math.floor(packed[k]! / 2 ** 32) - 2 ** 20;
    ref[k] = byPosition.get(position) ?? factAt(position);
  }
  return { day, ref };
}
