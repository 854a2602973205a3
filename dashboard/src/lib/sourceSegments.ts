import type { SourceCitation } from './types.js';

/** A stretch of a source's text: quoted by some events, or by none. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  /** the citations covering the whole stretch, first by position */
  citations: SourceCitation[];
}

/**
 * Cuts a text at every quotation's start and end, so each stretch is covered by the same
 * citations throughout; stretches no citation covers are the uncited parts.
 */
export function segmentsOf(text: string, citations: readonly SourceCitation[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const c of citations) {
    if (c.end > c.start && c.start >= 0 && c.end <= text.length) {
      cuts.add(c.start);
      cuts.add(c.end);
    }
  }
  const at = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < at.length; i++) {
    const start = at[i]!;
    const end = at[i + 1]!;
    if (end <= start) continue;
    const covering = citations.filter((c) => c.start <= start && c.end >= end);
    out.push({ start, end, text: text.slice(start, end), citations: covering });
  }
  return out;
}

/** The share of non-blank characters no citation covers, in whole percent. */
export function uncitedPercent(segments: readonly Segment[]): number {
  let all = 0;
  let uncited = 0;
  for (const s of segments) {
    const n = s.text.replace(/\s+/g, '').length;
    all += n;
    if (s.citations.length === 0) uncited += n;
  }
  return all === 0 ? 0 : Math.round((uncited / all) * 100);
}
