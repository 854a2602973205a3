import type { EventStore } from '../store/eventStore.js';

/** One quotation an event rests on, at its place in its source's text. */
export interface SourceCitation {
  /** the event that cites the text */
  eventId: string;
  type: string;
  title: string;
  /** the fact the event is about: itself, or the one it corrects, retracts or corroborates */
  factId: string;
  section: string;
  start: number;
  end: number;
  quotation: string;
}

/** Every quotation in the log by source, kept up with the log's tail on each `catchUp`. */
export interface CitationIndex {
  catchUp(): Promise<void>;
  of(documentId: string): readonly SourceCitation[];
}

const REFERENCES = ['corrects', 'retracts', 'corroborates'] as const;

/** The citation an event's data makes, whatever its kind (read by field, not by kind). */
function citationOf(id: string, type: string, data: unknown): [string, SourceCitation] | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  const source = d.source as
    { documentId?: unknown; quotation?: unknown; location?: Record<string, unknown> } | undefined;
  const loc = source?.location;
  if (typeof source?.documentId !== 'string' || typeof source.quotation !== 'string' || !loc)
    return null;
  if (typeof loc.start !== 'number' || typeof loc.end !== 'number') return null;
  const target = REFERENCES.map((r) => d[r]).find((v): v is string => typeof v === 'string');
  return [
    source.documentId,
    {
      eventId: id,
      type,
      title: typeof d.title === 'string' ? d.title : '',
      factId: target ?? id,
      section: typeof loc.section === 'string' ? loc.section : '',
      start: loc.start,
      end: loc.end,
      quotation: source.quotation,
    },
  ];
}

/**
 * An index built from the log on the first `catchUp` (one pass) and extended by the tail after
 * that; kept by the instance that owns it, never shared.
 */
export function createCitationIndex(store: Pick<EventStore, 'readAll'>): CitationIndex {
  const byDocument = new Map<string, SourceCitation[]>();
  let after = 0;
  let running: Promise<void> = Promise.resolve();
  const pull = async () => {
    for (;;) {
      const page = await store.readAll({ after, limit: 1000 });
      for (const e of page) {
        const found = citationOf(e.id, e.type, e.data);
        if (found) {
          const list = byDocument.get(found[0]) ?? [];
          list.push(found[1]);
          byDocument.set(found[0], list);
        }
        after = e.position;
      }
      if (page.length < 1000) return;
    }
  };
  return {
    catchUp: () => (running = running.then(pull, pull)),
    of: (documentId) => byDocument.get(documentId) ?? [],
  };
}

/** The stretches of `text` no citation covers, white space at their ends left out. */
export function uncitedRanges(
  text: string,
  citations: readonly SourceCitation[],
): { start: number; end: number }[] {
  const spans = citations
    .map((c) => [Math.max(0, c.start), Math.min(text.length, c.end)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const out: { start: number; end: number }[] = [];
  const gap = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  let at = 0;
  for (const [s, e] of spans) {
    if (s > at) gap(at, s);
    at = Math.max(at, e);
  }
  gap(at, text.length);
  return out;
}
