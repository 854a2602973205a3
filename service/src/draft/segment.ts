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
  // ICU's sentence iterator slows down badly on long inputs, so each paragraph (text between
  // blank lines, which always ends a sentence) is segmented on its own.
  const paras = [...text.matchAll(/[^\n]*(?:\n(?![ \t]*\r?\n)[^\n]*)*/g)]
    .filter((p) => p[0].trim() !== '')
    .map((p) => ({ from: p.index, to: p.index + p[0].length }));
  for (let i = 0; i < paras.length; i++) {
    const { from } = paras[i]!;
    let { to } = paras[i]!;
    // A paragraph that stops mid-sentence (a page break) goes on in the next one.
    while (i + 1 < paras.length && continuesAfter(text.slice(from, to))) to = paras[++i]!.to;
    segmentParagraph(out, segmenter, text, from, to);
  }
  return out;
}

function continuesAfter(para: string): boolean {
  const t = para.trim();
  return t.length > 40 && !/[.!?:;)"”’\]]\d{0,2}$/.test(t) && !/\n/.test(t.slice(-1));
}

function segmentParagraph(
  out: Span[],
  segmenter: Intl.Segmenter,
  text: string,
  from: number,
  to: number,
): void {
  // ICU ends a sentence at every line break; a hard-wrapped line is not a sentence end, so single
  // line breaks are read as spaces (same length: offsets stay those of the text), except after a
  // heading and before a list item.
  const para = text.slice(from, to);
  const flowed = para
    .replace(/\r?\n(?![ \t]*(?:[-*•#]|\d+\.\s))/g, (m, at: number) =>
      isHeadingEnd(text, from + at) ? m : ' '.repeat(m.length),
    )
    // A footnote marker after a full stop ("Innovatie.1 Daarnaast") hides the sentence end from
    // ICU: the marker is moved before the stop (same length, so offsets hold).
    .replace(/([.!?])(\d{1,2})(?=\s+\p{Lu})/gu, (_m, stop: string, n: string) => `${n}${stop}`);
  for (const { segment, index } of segmenter.segment(flowed)) {
    let start = 0;
    for (const cut of para
      .slice(index, index + segment.length)
      .matchAll(/\n(?=[ \t]*(?:[-*•#]|\d+\.\s))/g)) {
      push(out, text, from + index + start, from + index + cut.index);
      start = cut.index + cut[0].length;
    }
    push(out, text, from + index + start, from + index + segment.length);
  }
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
 * The headings of a text with their offsets: lines that stand alone after a blank line (or open
 * the text), are short and end without a full stop. Read once per document.
 */
export function headingsOf(text: string): Array<{ at: number; title: string }> {
  const out: Array<{ at: number; title: string }> = [];
  let at = 0;
  let previousBlank = true;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^#+\s*/, '').trim();
    if (previousBlank && line.length > 0 && line.length <= 80 && !/[.;,:]$/.test(line))
      out.push({ at, title: line });
    previousBlank = line.length === 0;
    at += raw.length + 1;
  }
  return out;
}

/** The heading a sentence at `offset` stands under, or '(document)'. */
export function sectionAt(headings: Array<{ at: number; title: string }>, offset: number): string {
  let lo = 0;
  let hi = headings.length - 1;
  let found = '(document)';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const h = headings[mid]!;
    if (h.at < offset) {
      found = h.title;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Whether the line ending at `at` is a heading: short, no closing punctuation, after a blank line. */
function isHeadingEnd(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const line = text.slice(lineStart, at).trim();
  if (line.length === 0 || line.length > 40 || line.split(/\s+/).length > 6 || /[.;:,]$/.test(line))
    return false;
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
