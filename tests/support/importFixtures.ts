import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256Hex } from '@kroniek/events';
import { stringify } from 'yaml';

export const FIXTURE_SOURCE = 'test-brief-2025-06';

/** A tiny source text with hard line breaks, as the real letters have. */
export const FIXTURE_TEXT = ` Op 4 juni 2025 kwam de Ukraine Defence Contact Group bijeen.
 
UDCG 
Ik heb aangegeven dat Nederland de militaire steun aan Oekraïne 
onverminderd voortzet. Nederland draagt circa €400 mln bij aan drones.
 
DMM 
De ministers stelden nieuwe capaciteitsdoelen vast.
`;

/** A valid entry of the fixture source; `overrides` replace top-level fields. */
export function fixtureEntry(
  key: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    key,
    type: 'AnnouncementMade',
    subject: 'udcg-2025-06',
    title: 'Nederland zet de militaire steun aan Oekraïne voort',
    category: 'ukraine-support',
    occurred: { precision: 'day', date: '2025-06-04' },
    knownAt: { date: { precision: 'month', month: '2025-06' }, basis: 'source-publication' },
    source: {
      section: 'UDCG',
      quotation: 'Nederland de militaire steun aan Oekraïne onverminderd voortzet',
    },
    actors: [{ id: 'nl', name: 'Nederland', role: 'announcer' }],
    ...overrides,
  };
}

/** A fresh events directory with the fixture source (metadata, text, checksum) and an empty recorded/. */
export function createEventsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kroniek-events-'));
  mkdirSync(join(dir, 'sources'));
  mkdirSync(join(dir, 'recorded'));
  writeFileSync(join(dir, 'sources', `${FIXTURE_SOURCE}.txt`), FIXTURE_TEXT);
  const meta = {
    id: FIXTURE_SOURCE,
    title: 'Testbrief over de UDCG en de DMM',
    kind: 'letter-to-parliament',
    language: 'nl',
    author: { name: 'De minister', role: 'De minister van Defensie' },
    published: { date: { precision: 'month', month: '2025-06' }, rule: 'test fixture' },
    cites: [],
    textFile: `${FIXTURE_SOURCE}.txt`,
    sha256: sha256Hex(FIXTURE_TEXT),
  };
  writeFileSync(join(dir, 'sources', `${FIXTURE_SOURCE}.yaml`), stringify(meta));
  return dir;
}

/** Writes a recorded-events file into `dir` and returns its path. */
export function writeRecorded(
  dir: string,
  name: string,
  events: Record<string, unknown>[],
  source = FIXTURE_SOURCE,
): string {
  const file = join(dir, name);
  writeFileSync(file, stringify({ source, events }));
  return file;
}
