import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeOf, missingKeys, type Catalog } from '../../dashboard/src/i18n/catalog.js';
import { REPO } from '../support/app.js';

// Every area's catalog file, as the dashboard's build finds them (messages/*.ts).
const DIR = join(REPO, 'dashboard/src/i18n/messages');
const areas: Record<string, { messages: Catalog }> = {};
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
  areas[file] = (await import(join(DIR, file))) as { messages: Catalog };
}

describe('the dashboard catalogs', () => {
  it('are found', () => {
    expect(Object.keys(areas).length).toBeGreaterThan(0);
  });

  for (const [file, { messages }] of Object.entries(areas)) {
    it(`${file.split('/').pop()} has every key in every language`, () => {
      expect(missingKeys(messages)).toEqual([]);
    });
    it(`${file.split('/').pop()} prefixes its keys with its area`, () => {
      const area = file.split('/').pop()!.replace(/\.ts$/, '');
      const stray = Object.keys(messages.en).filter((k) => !k.startsWith(`${area}.`));
      expect(stray).toEqual([]);
    });
  }

  it('names a key missing in one language', () => {
    expect(missingKeys({ en: { 'a.x': 'x', 'a.y': 'y' }, nl: { 'a.x': 'x' } })).toEqual([
      'nl: a.y',
    ]);
  });

  it('reads a locale from a language tag', () => {
    expect([localeOf('nl-BE'), localeOf('en_GB'), localeOf('sv'), localeOf(null)]).toEqual([
      'nl',
      'en',
      null,
      null,
    ]);
  });
});
