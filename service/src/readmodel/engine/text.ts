import type { FactEvent } from '@kroniek/events';

/** Lower case without diacritics, so that "oekraïne" matches "Oekraine" and "OEKRAÏNE". */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a free-text query, folded; every one must occur. */
export function searchTerms(q: string | undefined): string[] | undefined {
  if (q === undefined) return undefined;
  const terms = foldText(q)
    .split(/\s+/)
    .filter((t) => t.length > 0);
  return terms.length > 0 ? terms : undefined;
}

/** The searchable text of an event: its title, summary and the Dutch quotation it rests on. */
export function haystackOf(e: FactEvent): string {
  return foldText(`${e.title}\n${e.summary ?? ''}\n${e.source.quotation}`);
}

export function matchesTerms(haystack: string, terms: string[]): boolean {
  return terms.every((t) => haystack.includes(t));
}

/** Facts loaded per loader call while the text index is built. */
const TEXT_CHUNK = 5000;

/**
 * The folded search text of every fact as recorded, built on the first text query (one pass
 * over the bodies through the loader) and extended as facts are added. Kept out of start-up
 * on purpose: most replays never search, and the text is the largest part of a fact.
 */
export function createTextIndex(
  count: () => number,
  load: (idxs: number[]) => { event: FactEvent }[],
) {
  const texts: string[] = [];
  return (idx: number): string => {
    while (texts.length <= idx) {
      const from = texts.length;
      const to = Math.min(count(), from + TEXT_CHUNK);
      const idxs = Array.from({ length: to - from }, (_, k) => from + k);
      for (const fact of load(idxs)) texts.push(haystackOf(fact.event));
    }
    return texts[idx]!;
  };
}
