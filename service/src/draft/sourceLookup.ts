import type { SourceWithText } from '@kroniek/events';

/** A source the service holds: its metadata and verbatim text. */
export interface DraftSource {
  metadata: Omit<SourceWithText, 'text'>;
  text: string;
}

/** Finds a source by id; the drafts API and `kroniek draft SOURCE_ID` need nothing more. */
export interface SourceLookup {
  get(id: string): DraftSource | undefined;
}

/** A lookup over the sources the service holds (registered in the log). */
export function sourceLookupOf(sources: ReadonlyMap<string, SourceWithText>): SourceLookup {
  return {
    get(id) {
      const found = sources.get(id);
      if (!found) return undefined;
      const { text, ...metadata } = found;
      return { metadata, text };
    },
  };
}
