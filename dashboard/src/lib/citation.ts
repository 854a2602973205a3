/** Where a document can be found officially: its link and its parliamentary number. */
export interface OfficialLocation {
  url?: string;
  parliamentaryNumber?: string;
}

/**
 * The official page of a Kamerstuk on officielebekendmakingen.nl, from its reference as written
 * ("Kamerstuk 21 501-20, nr. 2217" → kst-21501-20-2217); null when the reference is not one.
 */
export function kamerstukUrl(reference: string): string | null {
  const m = /kamerstuk(?:ken)?\s+([\d\s]+(?:-[\dA-Z]+)?)\s*,\s*nr\.?\s*(\d+)/i.exec(reference);
  if (!m) return null;
  const dossier = m[1]!.replace(/\s+/g, '');
  return `https://zoek.officielebekendmakingen.nl/kst-${dossier}-${m[2]}.html`;
}

/** The link to show for a document's official location: its own url, else its number's page. */
export function officialUrl(loc: OfficialLocation | undefined): string | null {
  if (loc?.url) return loc.url;
  return loc?.parliamentaryNumber ? kamerstukUrl(loc.parliamentaryNumber) : null;
}

/** What a citation of one event is built from. */
export interface CitationParts {
  author: string;
  title: string;
  number?: string;
  published: string;
  section: string;
  quotation: string;
  /** the official location, when recorded */
  url?: string;
  /** the event's own link in kroniek */
  link: string;
  /** "accessed"/"geraadpleegd" and the words around it, in the UI's language */
  words: { section: string; via: string };
}

/** A citation to paste into an article or a note: author, title, number, date, passage, links. */
export function citationText(c: CitationParts): string {
  const head = [c.author, `“${c.title}”`, c.number, c.published].filter(Boolean).join(', ');
  const where = `${c.words.section} “${c.section}”`;
  const quote = `“${c.quotation.replace(/\s*\n\s*/g, ' ')}”`;
  return [`${head}, ${where}: ${quote}`, c.url, `${c.words.via}: ${c.link}`]
    .filter(Boolean)
    .join('\n');
}

/** The citations of a source whose quoted words stand within [start, end) of its text. */
export function citesWithin<T extends { quotation: string }>(
  text: string,
  cites: readonly T[],
  start: number,
  end: number,
): T[] {
  return cites.filter((c) => {
    const at = text.indexOf(c.quotation);
    return at >= 0 && at < end && at + c.quotation.length > start;
  });
}
