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

/** The words of a subject's slug ("nl-maritime-package" → "nl maritime package"). */
const subjectWords = (subject: string) => subject.replace(/-/g, ' ');

/**
 * The searchable text of an event: its title, summary, the Dutch quotation it rests on, the
 * names of its actors and the words of its subject.
 */
export function haystackOf(e: FactEvent): string {
  const actors = e.actors.map((a) => a.name).join('\n');
  return foldText(
    `${e.title}\n${e.summary ?? ''}\n${e.source.quotation}\n${actors}\n${subjectWords(e.subject)}`,
  );
}

/** The fields of an event a search can match, in the order a reader sees them. */
export const SEARCH_FIELDS = ['title', 'summary', 'quotation', 'actors', 'subject'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Which fields of an event hold at least one of the (folded) terms. */
export function matchedFields(e: FactEvent, terms: readonly string[]): SearchField[] {
  const text: Record<SearchField, string> = {
    title: e.title,
    summary: e.summary ?? '',
    quotation: e.source.quotation,
    actors: e.actors.map((a) => a.name).join('\n'),
    subject: subjectWords(e.subject),
  };
  return SEARCH_FIELDS.filter((f) => {
    const folded = foldText(text[f]);
    return terms.some((t) => folded.includes(t));
  });
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
