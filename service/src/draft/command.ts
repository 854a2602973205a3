import { stringify } from 'yaml';
import { findCorroboration } from './dedupe.js';
import { readDraftInput, sourceDraftInput } from './document.js';
import { draftDocument } from './draft.js';
import { draftedProvenance } from './proposedEvent.js';
import { draftToEntry } from './toRecorded.js';
import { DRAFTER_VERSION } from './version.js';
import { withDraftedProvenance } from './yamlProvenance.js';
import type { DraftSource } from './sourceLookup.js';
import type { Draft } from './types.js';

export interface DraftCommandOptions {
  /** A file to draft, or a source the service holds (`kroniek draft SOURCE_ID`). */
  file: string | DraftSource;
  eventsDir: string;
  format: 'json' | 'yaml';
  date?: string;
  language?: string;
  documentId?: string;
}

/**
 * `kroniek draft FILE|SOURCE_ID`: the drafts as JSON (every value with its span, the rule, the confidence,
 * a proposed corroboration) or as a recorded-events YAML file for `kroniek import`.
 */
export function runDraftCommand(o: DraftCommandOptions): { output: string; note: string } {
  const input =
    typeof o.file === 'string'
      ? readDraftInput(o.file, o.eventsDir, o)
      : sourceDraftInput(o.file, o.eventsDir, o);
  const drafts: Draft[] = draftDocument(input.text, {
    documentId: input.documentId,
    published: input.published,
    ...(input.language ? { language: input.language } : {}),
  }).map((d) => {
    const c = findCorroboration(d, input.documentId, input.record);
    return c ? { ...d, corroborates: c } : d;
  });
  const corroborating = drafts.filter((d) => d.corroborates).length;
  const note = `drafted ${drafts.length} event(s) from '${input.documentId}' (${corroborating} corroborate recorded events)${input.registered ? '' : '; not a registered source: register it before importing'}`;
  if (o.format === 'json')
    return { output: JSON.stringify({ documentId: input.documentId, drafts }, null, 2), note };
  const header = [
    `# Drafts from ${input.documentId}, made by kroniek draft: review each entry (title, kind, date,`,
    `# actors, amounts) before importing; each summary names the rule and the spans read.`,
    `# Leave each provenance as it is: importing records the entry as drafted and accepted,`,
    `# naming the fields you changed. Delete an entry to reject it.`,
  ].join('\n');
  const body = stringify(
    {
      source: input.documentId,
      events: drafts.map((d, i) =>
        withDraftedProvenance(
          draftToEntry(d, input.documentId, i),
          draftedProvenance(d, DRAFTER_VERSION),
        ),
      ),
    },
    { lineWidth: 100 },
  );
  return { output: `${header}\n${body}`, note };
}
