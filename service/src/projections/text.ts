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
