/** A piece of text, marked when it is (part of) a search hit. */
export interface TextPart {
  text: string;
  hit: boolean;
}

/** One character folded as the service folds search text: no diacritics, lower case. */
function foldChar(c: string): string {
  return c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Splits text into parts where the (already folded) search terms occur, matching as the
 * service does: accents and case ignored ("oekraine" marks "Oekraïne"). Overlapping hits merge.
 */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const wanted = terms.filter((t) => t.length > 0);
  if (wanted.length === 0 || text === '') return [{ text, hit: false }];
  // The folded text, and for each folded position the index of the character it came from.
  let folded = '';
  const from: number[] = [];
  const chars = Array.from(text);
  const starts: number[] = [];
  let at = 0;
  for (const c of chars) {
    starts.push(at);
    const f = foldChar(c);
    for (let k = 0; k < f.length; k++) from.push(starts.length - 1);
    folded += f;
    at += c.length;
  }
  starts.push(at);
  const hit = new Uint8Array(chars.length);
  for (const term of wanted) {
    for (let i = folded.indexOf(term); i >= 0; i = folded.indexOf(term, i + 1)) {
      for (let k = from[i]!; k <= from[i + term.length - 1]!; k++) hit[k] = 1;
    }
  }
  const parts: TextPart[] = [];
  for (let i = 0; i < chars.length;) {
    let j = i;
    while (j < chars.length && hit[j] === hit[i]) j++;
    parts.push({ text: text.slice(starts[i], starts[j]), hit: hit[i] === 1 });
    i = j;
  }
  return parts;
}
