import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { RecordedFile, SourceDocument } from '@kroniek/events';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const LETTER_ID = 'kamerbrief-navo-dmm-2025-06';

/** The seed the letter was copied from; CI has shared/ beside the clone. */
export const SEED_PATH = resolve(repoRoot, '../shared/seeds/000_9a4e4f08df328718.txt');

export const paths = {
  meta: resolve(repoRoot, `events/sources/${LETTER_ID}.yaml`),
  text: resolve(repoRoot, `events/sources/${LETTER_ID}.txt`),
  recorded: resolve(repoRoot, `events/recorded/${LETTER_ID}.yaml`),
};

/** The letter's metadata, verbatim text and recorded-events file, validated at the door. */
export function loadLetter(): { meta: SourceDocument; text: string; file: RecordedFile } {
  return {
    meta: SourceDocument.parse(parse(readFileSync(paths.meta, 'utf8'))),
    text: readFileSync(paths.text, 'utf8'),
    file: RecordedFile.parse(parse(readFileSync(paths.recorded, 'utf8'))),
  };
}

/** Runs of whitespace as one space: how quotations and wordings are compared across line breaks. */
export function collapse(s: string): string {
  return s.trim().replace(/\s+/g, ' ');
}
