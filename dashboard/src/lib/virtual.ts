/** The slice of a list to render for a scroll position. */
export interface VirtualWindow {
  start: number;
  /** exclusive */
  end: number;
  /** offset in pixels of row `start` from the top of the list */
  offset: number;
  /** height in pixels of the whole list */
  total: number;
}

/** Prefix sums of row heights: offsets[i] is the top of row i, offsets[n] the total height. */
export function rowOffsets(heights: readonly number[]): Float64Array {
  const offsets = new Float64Array(heights.length + 1);
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = offsets[i]! + heights[i]!;
  return offsets;
}

/** The index of the row at pixel `y` (binary search in the prefix sums). */
export function rowAt(offsets: Float64Array, y: number): number {
  const n = offsets.length - 1;
  if (n <= 0) return 0;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The rows visible in a viewport of `height` pixels scrolled to `scrollTop`, plus `overscan`
 * rows either side so that fast scrolling and keyboard moves do not show gaps.
 */
export function visibleWindow(
  offsets: Float64Array,
  scrollTop: number,
  height: number,
  overscan = 4,
): VirtualWindow {
  const n = offsets.length - 1;
  const total = offsets[n] ?? 0;
  if (n <= 0) return { start: 0, end: 0, offset: 0, total };
  const first = rowAt(offsets, Math.max(0, scrollTop));
  const last = rowAt(offsets, Math.max(0, scrollTop + height - 1));
  const start = Math.max(0, first - overscan);
  const end = Math.min(n, last + 1 + overscan);
  return { start, end, offset: offsets[start]!, total };
}

/** The scrollTop that brings row `index` fully into a viewport, or null when it already is. */
export function scrollToReveal(
  offsets: Float64Array,
  index: number,
  scrollTop: number,
  height: number,
): number | null {
  const top = offsets[index];
  const bottom = offsets[index + 1];
  if (top === undefined || bottom === undefined) return null;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + height) return Math.max(0, bottom - height);
  return null;
}

/** What decides how tall a timeline row is: its text lengths and whether it has a facts line. */
export interface RowText {
  meta: number;
  title: number;
  facts: boolean;
}

/**
 * The height of a timeline row of `width` pixels, from the length of its texts. The list needs
 * heights before rendering; the estimate errs on the tall side (wider characters than average)
 * and the title is clamped to two lines, so text is never cut off.
 */
export function estimateRowHeight(t: RowText, width: number): number {
  const inner = Math.max(160, width - 44);
  const metaLines = Math.max(1, Math.ceil((t.meta * 7.6) / inner));
  const titleLines = Math.min(2, Math.max(1, Math.ceil((t.title * 9.6) / inner)));
  return 22 + metaLines * 26 + titleLines * 24 + (t.facts ? 22 : 0);
}
