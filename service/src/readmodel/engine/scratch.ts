/**
 * Reusable work buffers of one engine, for a replay's intermediate counts that no result keeps.
 *
 * Why: each typed array larger than a few dozen bytes has its own buffer outside the JS heap.
 * A replay that allocated hundreds of them (one per month, per line) drove V8 to start marking
 * the whole ~150 MB heap for "external memory pressure" every few dozen replays, and while it
 * marks, every new buffer takes a marking step: the 1M bench's p99 spikes (issue 14). Numbered
 * slots let two buffers of one computation live side by side. Single-threaded: a slot is valid
 * until the next request for the same slot; a caller must not keep a view or hand it out.
 */
export interface Scratch {
  /** slot `slot` as `n` zeroed doubles */
  float64(slot: number, n: number): Float64Array;
  /** slot `slot` as `n` zeroed bytes */
  uint8(slot: number, n: number): Uint8Array;
}

export function createScratch(): Scratch {
  const doubles: Float64Array[] = [];
  const bytes: Uint8Array[] = [];
  /** The buffer grows to the next power of two, so a growing log reallocates rarely. */
  const capacity = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(64, n)));
  function view<A extends Float64Array | Uint8Array>(
    slots: A[],
    make: (length: number) => A,
    slot: number,
    n: number,
  ): A {
    let buf = slots[slot];
    if (!buf || buf.length < n) slots[slot] = buf = make(capacity(n));
    const part = buf.subarray(0, n) as A;
    part.fill(0);
    return part;
  }
  return {
    float64: (slot, n) => view(doubles, (k) => new Float64Array(k), slot, n),
    uint8: (slot, n) => view(bytes, (k) => new Uint8Array(k), slot, n),
  };
}
