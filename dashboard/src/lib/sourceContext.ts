/** A quotation cut out of its source text, with some text either side. */
export interface QuoteContext {
  before: string;
  quote: string;
  after: string;
  /** whether text was left out before / after the shown context */
  clippedBefore: boolean;
  clippedAfter: boolean;
  /** whether the text at start..end is exactly the quotation */
  exact: boolean;
}

/**
 * The quotation at `start..end` of a source text with about `context` characters either side,
 * cut at whitespace so no word is split. When the offsets do not hold the quotation (a text that
 * changed), the quotation is searched for instead; `exact` says whether the offsets matched.
 */
export function quoteContext(
  text: string,
  quotation: string,
  start: number,
  end: number,
  context = 300,
): QuoteContext | null {
  let s = start;
  let e = end;
  const exact = text.slice(s, e) === quotation;
  if (!exact) {
    const found = text.indexOf(quotation);
    if (found < 0) return null;
    s = found;
    e = found + quotation.length;
  }
  let from = Math.max(0, s - context);
  let to = Math.min(text.length, e + context);
  if (from > 0 && !/\s/.test(text[from - 1] ?? '')) {
    const ws = text.slice(from, s).search(/\s/);
    if (ws >= 0) from += ws + 1;
  }
  if (to < text.length && !/\s/.test(text[to] ?? '')) {
    const tail = text.slice(e, to);
    const ws = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
    if (ws > 0) to = e + ws;
  }
  return {
    before: text.slice(from, s),
    quote: text.slice(s, e),
    after: text.slice(e, to),
    clippedBefore: from > 0,
    clippedAfter: to < text.length,
    exact,
  };
}
