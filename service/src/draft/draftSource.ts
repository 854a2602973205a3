import type { KroniekEvent } from '@kroniek/events';
import { findCorroboration } from './dedupe.js';
import { draftDocument } from './draft.js';
import { detectLanguage } from './language.js';
import type { DraftSource } from './sourceLookup.js';
import type { Draft, Language } from './types.js';
import { DRAFTER_VERSION } from './version.js';

/** The drafts of one source, each matched against the record. */
export interface SourceDrafts {
  documentId: string;
  language: Language;
  drafter: string;
  drafts: Draft[];
}

const LANGUAGES: readonly string[] = ['nl', 'en', 'sv'];

/**
 * Drafts a source the service holds, dated and in the language its metadata gives (detected when
 * the drafter does not read that language), and proposes each draft that reports a recorded
 * event again as a corroboration of it.
 */
export function draftSource(source: DraftSource, record: readonly KroniekEvent[]): SourceDrafts {
  const { metadata, text } = source;
  const language = LANGUAGES.includes(metadata.language)
    ? (metadata.language as Language)
    : detectLanguage(text);
  const drafts = draftDocument(text, {
    documentId: metadata.id,
    published: metadata.published.date,
    language,
  }).map((d) => {
    const c = findCorroboration(d, metadata.id, record);
    return c ? { ...d, corroborates: c } : d;
  });
  return {
    documentId: metadata.id,
    language,
    drafter: DRAFTER_VERSION,
    drafts,
  };
}
