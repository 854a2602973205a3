import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../../dashboard/src/i18n/catalog.js';
import type { Translate } from '../../dashboard/src/i18n/translate.js';
import { translatorFor as bind } from '../../dashboard/src/i18n/translator.js';
import { REPO } from './app.js';

// Every area's catalog, as the dashboard's build finds them (messages/*.ts).
const DIR = join(REPO, 'dashboard/src/i18n/messages');
const catalogs: Catalog[] = [];
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts')))
  catalogs.push(((await import(join(DIR, file))) as { messages: Catalog }).messages);

/** The dashboard's own messages (svelte-i18n over its catalogs), in one language. */
export function translatorFor(lang: 'en' | 'nl'): Translate {
  return bind(lang, catalogs);
}
