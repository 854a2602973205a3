/** A stretch of the source text and the drafts whose quotation covers it (indices into the list). */
export interface TextSegment {
  start: number;
  end: number;
  text: string;
  drafts: number[];
}

/**
 * Cuts a source text at every start and end of the drafts' quotations, so each stretch is covered
 * by the same drafts throughout: the review screen marks the covered stretches. Quotations may
 * overlap (two kinds drafted from one sentence) and may be empty or out of range (ignored).
 */
export function segmentText(
  text: string,
  spans: readonly { start: number; end: number }[],
): TextSegment[] {
  const cuts = new Set([0, text.length]);
  const valid = spans.map((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  spans.forEach((s, i) => {
    if (valid[i]) cuts.add(s.start).add(s.end);
  });
  const points = [...cuts].sort((a, b) => a - b);
  const out: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const drafts = spans.flatMap((s, j) =>
      valid[j] && s.start <= start && s.end >= end ? [j] : [],
    );
    out.push({ start, end, text: text.slice(start, end), drafts });
  }
  return out;
}
