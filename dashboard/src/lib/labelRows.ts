/**
 * Rows for chart labels centred on pixel positions `xs` with the given widths, so that none
 * covers another: left to right, each label takes the first of `rows` rows where it starts at
 * least `gap` pixels after the previous label of that row ends. A label that fits in no row gets
 * -1 and is not drawn: the list beside the chart names every marker, so nothing is lost, where a
 * pile of overlapping labels said nothing at all.
 */
export function labelRows(
  xs: readonly number[],
  widths: readonly number[],
  rows = 3,
  gap = 6,
): number[] {
  const order = xs.map((_, i) => i).sort((a, b) => xs[a]! - xs[b]! || a - b);
  const ends = new Array<number>(rows).fill(Number.NEGATIVE_INFINITY);
  const out = new Array<number>(xs.length).fill(-1);
  for (const i of order) {
    const left = xs[i]! - widths[i]! / 2;
    const row = ends.findIndex((end) => left >= end + gap);
    if (row < 0) continue;
    out[i] = row;
    ends[row] = xs[i]! + widths[i]! / 2;
  }
  return out;
}
