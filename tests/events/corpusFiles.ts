import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { entryToEvent, RecordedFile, SourceDocument } from '@kroniek/events';
import type { FuzzyDate, KroniekEvent } from '@kroniek/events';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const eventsDir = resolve(repoRoot, 'events');

/** The corpus's reference reading, copied from ../shared/corpus/key.json so the test stands alone. */
export const KEY_PATH = resolve(repoRoot, 'tests/events/fixtures/corpus-key.json');
/** Where the copy came from; only present where ../shared lies beside the clone. */
export const SHARED_KEY_PATH = resolve(repoRoot, '../shared/corpus/key.json');

/** The corpus file names of KEY (../shared/corpus/docs) and the source ids they were recorded as. */
export const CORPUS_IDS: Record<string, string> = {
  '2022-04-19_defensie-nl_zwaar-materieel-oekraine.txt':
    'defensie-zwaar-materieel-oekraine-2022-04-19',
  '2022-11-16_nato_sg-udcg-virtual-meeting.txt': 'nato-sg-udcg-virtual-2022-11-16',
  '2023-01-20_rijksoverheid-nl_patriot-levering-oekraine.txt':
    'rijksoverheid-patriot-levering-oekraine-2023-01-20',
  '2023-01-31_tweedekamer_kamerbrief-verslag-rbz-23-januari-2023.txt':
    'kamerbrief-verslag-rbz-2023-01-31',
  '2023-02-13_nato_defence-ministers-preview-feb-2023.txt': 'nato-dmm-preview-2023-02-13',
  '2023-12-18_regeringen-se_avsiktsforklaring-sverige-danmark-cv90.txt':
    'regeringen-se-cv90-avsiktsforklaring-2023-12-18',
  '2024-02-20_regeringen-se_stodpaket-15-ukraina.txt': 'regeringen-se-stodpaket-15-2024-02-20',
  '2024-05-03_tweedekamer_kamerbrief-europese-vredesfaciliteit.txt':
    'kamerbrief-epf-update-2024-05-03',
  '2025-01-09_rijksoverheid-nl_artilleriemunitie-udcg-25.txt':
    'rijksoverheid-artilleriemunitie-udcg-25-2025-01-09',
  '2025-01-30_regeringen-se_stodpaket-18-ukraina.txt': 'regeringen-se-stodpaket-18-2025-01-30',
  '2025-02-10_regeringen-se_jonson-natos-forsvarsministermote-udcg.txt':
    'regeringen-se-jonson-dmm-udcg-2025-02-10',
  '2025-02-13_nato_rutte-press-conference-defence-ministers.txt':
    'nato-rutte-press-conference-dmm-2025-02-13',
};

/** One event of KEY: its kind ("pledge", "meeting (telephone call)", …), status and exact quote. */
export interface KeyEvent {
  kind: string;
  status: string;
  quote: string;
}
export interface KeyDocument {
  id: string;
  file: string;
  events: KeyEvent[];
}

/** KEY's documents and events, as the copy in tests/events/fixtures holds them. */
export function loadKey(): KeyDocument[] {
  return JSON.parse(readFileSync(KEY_PATH, 'utf8')) as KeyDocument[];
}

/** A source with its text, and the events recorded from it (each with the entry key). */
export interface RecordedSource {
  meta: SourceDocument;
  text: string;
  /** the recorded file's path, or null when nothing is recorded from the source */
  file: string | null;
  entries: { key: string; event: KroniekEvent | null; problem: string | null }[];
}

/** Every source under events/sources with the events recorded from it, converted by the importer's rules. */
export function loadRecordedSources(): Map<string, RecordedSource> {
  const out = new Map<string, RecordedSource>();
  const sourcesDir = resolve(eventsDir, 'sources');
  for (const name of readdirSync(sourcesDir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    const meta = SourceDocument.parse(parse(readFileSync(resolve(sourcesDir, name), 'utf8')));
    const text = readFileSync(resolve(sourcesDir, meta.textFile), 'utf8');
    const path = resolve(eventsDir, 'recorded', `${meta.id}.yaml`);
    const entries: RecordedSource['entries'] = [];
    if (existsSync(path)) {
      const file = RecordedFile.parse(parse(readFileSync(path, 'utf8')));
      for (const entry of file.events) {
        const result = entryToEvent(file.source, entry, text);
        entries.push(
          result.success
            ? { key: entry.key, event: result.data, problem: null }
            : {
                key: entry.key,
                event: null,
                problem: result.error.issues
                  .map((i) => `${i.path.join('.')} ${i.message}`)
                  .join('; '),
              },
        );
      }
    }
    out.set(meta.id, { meta, text, file: existsSync(path) ? path : null, entries });
  }
  return out;
}

/** The words an event gives for its dates, amounts and quantities, each with what it is. */
export function wordingsOf(e: KroniekEvent): { what: string; wording: string }[] {
  const dates: [string, FuzzyDate | undefined][] = [
    ['occurred', e.occurred],
    ['knownAt', e.knownAt.date],
  ];
  if (e.type === 'ParliamentaryCommitmentMade') dates.push(['due', e.commitment.due]);
  if (e.type === 'EventCorrected') {
    dates.push(
      ['changes.occurred', e.changes.occurred],
      ['changes.knownAt', e.changes.knownAt?.date],
    );
  }
  const money =
    e.type === 'EventCorrected'
      ? [...(e.money ?? []), ...(e.changes.money ?? [])]
      : (e.money ?? []);
  const quantities =
    e.type === 'EventCorrected'
      ? [...(e.quantities ?? []), ...(e.changes.quantities ?? [])]
      : (e.quantities ?? []);
  return [
    ...dates.flatMap(([what, d]) => (d?.wording ? [{ what, wording: d.wording }] : [])),
    ...money.map((m) => ({ what: `money ${m.currency}`, wording: m.wording })),
    ...quantities.map((q) => ({ what: `quantity ${q.item}`, wording: q.wording })),
  ];
}

/** Runs of whitespace (no-break spaces included) as one space. */
export function collapse(s: string): string {
  return s.trim().replace(/\s+/g, ' ');
}
