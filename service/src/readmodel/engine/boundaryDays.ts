import { OPEN_AFTER, OPEN_BEFORE } from '../../temporal/days.js';
import type { LogIndex } from './logIndex.js';

/**
 * The days on which some replay status can change: every finite earliest and latest bound of
 * the occurred and knownAt windows of every entry in the sorted index (corrected dates
 * included), sorted and distinct. The replay control steps from one to the next.
 */
export function boundaryDays(index: LogIndex): Int32Array {
  const c = index.getColumns();
  const days = new Int32Array(c.n * 4);
  let n = 0;
  const add = (d: number) => {
    if (d !== OPEN_BEFORE && d !== OPEN_AFTER) days[n++] = d;
  };
  for (let i = 0; i < c.n; i++) {
    add(c.earliest[i]!);
    add(c.latest[i]!);
    add(c.knownFrom[i]!);
    add(c.knownOn[i]!);
  }
  const sorted = days.subarray(0, n).sort();
  let k = 0;
  for (let i = 0; i < n; i++) if (k === 0 || sorted[i] !== sorted[k - 1]) sorted[k++] = sorted[i]!;
  return sorted.slice(0, k);
}
