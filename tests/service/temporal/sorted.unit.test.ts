import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countAtMost, mergeSorted } from '../../../service/src/temporal/sorted.js';

describe('sorted index helpers', () => {
  it('merges a batch into a sorted array as a full sort would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.array(fc.integer()), (a, b) => {
        const sorted = [...a].sort((x, y) => x - y);
        const merged = mergeSorted(sorted, [...b], (x, y) => x - y);
        expect(merged).toEqual([...a, ...b].sort((x, y) => x - y));
      }),
    );
  });

  it('counts the values at most x by binary search', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 })),
        fc.integer({ min: -60, max: 60 }),
        (a, x) => {
          const sorted = Int32Array.from(a).sort();
          expect(countAtMost(sorted, x)).toBe(a.filter((v) => v <= x).length);
        },
      ),
    );
  });
});
