import type { Language, Span } from './types.js';

/**
 * Sentences of a text with their offsets, by `Intl.Segmenter`, further cut at blank lines,
 * at list items and headings (lines starting with '-', '*', '#' or '•'), since a heading has no
 * full stop to end it. Leading and trailing whitespace is left out of each span.
 */
export function segmentSentences(text: string, language: Language): Span[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const out: Span[] = [];
  // ICU ends a sentence at every line break; a hard-wrapped line is not a sentence end, so single
  // line breaks are read as spaces (same length: offsets stay those of the text).
  const flowed = text.replace(/\r?\n(?![ \t]*(?:\r?\n|[-*•#]|\d+\.\s))/g, (m, at: number) =>
    isHeadingEnd(text, at) ? m : ' '.repeat(m.length),
  );
  for (const { segment, index } of segmenter.segment(flowed)) {
    let from = 0;
    for (const cut of text
      .slice(index, index + segment.length)
      .matchAll(/\n[ \t]*\n|\n(?=[ \t]*(?:[-*•#]|\d+\.\s))/g)) {
      push(out, text, index + from, index + cut.index);
      from = cut.index + cut[0].length;
    }
    push(out, text, index + from, index + segment.length);
  }
  return out;
}

function push(out: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  // A list marker or heading hash is not part of the sentence.
  const marker = /^(?:[-*•]|#+)\s+/.exec(text.slice(s, e));
  if (marker) s += marker[0].length;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

/**
 * The heading a sentence stands under: the last line before it that stands alone after a blank
 * line (or opens the text), is short and ends without a full stop. '(document)' when there is none.
 */
export function sectionOf(text: string, offset: number): string {
  const lines = text.slice(0, offset).split('\n');
  for (let i = lines.length - 2; i >= 0; i--) {
    const line = lines[i]!.replace(/^#+\s*/, '').trim();
    const alone = i === 0 || lines[i - 1]!.trim() === '';
    if (alone && line.length > 0 && line.length <= 80 && !/[.;,:]$/.test(line)) return line;
  }
  return '(document)';
}

/** Whether the line ending at `at` is a heading: short, no closing punctuation, after a blank line. */
function isHeadingEnd(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const line = text.slice(lineStart, at).trim();
  if (line.length === 0 || line.length > 60 || /[.;:,]$/.test(line)) return false;
  if (lineStart === 0) return true;
  const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  return text.slice(prevStart, lineStart - 1).trim() === '';
}

const CLAUSE_BREAK =
  /;\s+|,\s*(?=(?:voorafgegaan door|gevolgd door|preceded by|followed by|waarna|whereafter|föregånget av|följt av)\s)|\s+(?=(?:föregås av|följs av)\s)/giu;

/**
 * A sentence cut into clauses where it joins two reports ("…, voorafgegaan door een bijeenkomst
 * van …", "; …", "… föregås av ett möte …"); parts shorter than 20 characters stay joined.
 */
export function splitClauses(sentence: Span): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const m of sentence.text.matchAll(CLAUSE_BREAK)) {
    const end = m.index;
    if (end - from >= 20 && sentence.text.length - (m.index + m[0].length) >= 20) {
      push(out, sentence.text, from, end);
      from = m.index + m[0].length;
    }
  }
  push(out, sentence.text, from, sentence.text.length);
  return out.map((c) => ({
    start: sentence.start + c.start,
    end: sentence.start + c.end,
    text: c.text,
  }));
}
