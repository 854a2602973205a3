import { describe, expect, it } from 'vitest';
import { labelRows } from '../../dashboard/src/lib/labelRows.js';

/** Whether two placed labels (centre x, width) in one row overlap or come closer than `gap`. */
const clash = (x1: number, w1: number, x2: number, w2: number, gap: number) =>
  Math.abs(x1 - x2) < (w1 + w2) / 2 + gap;

describe('chart label rows', () => {
  it('keeps far-apart labels in the first row', () => {
    expect(labelRows([0, 200, 400], [100, 100, 100])).toEqual([0, 0, 0]);
  });

  it('moves a label that would cover its neighbour to the next free row, and drops it when none is free', () => {
    // Five labels 120 px wide, 20 px apart: three rows hold three of them, the rest are dropped.
    expect(labelRows([0, 20, 40, 60, 80], [120, 120, 120, 120, 120])).toEqual([0, 1, 2, -1, -1]);
  });

  it('places labels by position, not by the order they are given in', () => {
    expect(labelRows([300, 0, 10], [100, 100, 100], 2)).toEqual([0, 0, 1]);
  });

  it('never lets two labels of one row clash, for random layouts', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 200; run++) {
      const n = 1 + Math.floor(next() * 30);
      const xs = Array.from({ length: n }, () => next() * 800);
      const ws = Array.from({ length: n }, () => 20 + next() * 200);
      const rows = labelRows(xs, ws, 3, 6);
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++)
          if (rows[i]! >= 0 && rows[i] === rows[j])
            expect(clash(xs[i]!, ws[i]!, xs[j]!, ws[j]!, 6)).toBe(false);
      // The leftmost label always has a place.
      const first = xs.indexOf(Math.min(...xs));
      expect(rows[first]).toBe(0);
    }
  });
});
