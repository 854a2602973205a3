import { addMessages, getLocaleFromNavigator, init, locale, _ } from 'svelte-i18n';
import { LOCALES, localeOf, type Catalog, type Locale } from './catalog.js';

export { LOCALES, localeOf, type Locale } from './catalog.js';

/** Every area's catalog (`messages/*.ts`, each exporting `messages`), found at build time. */
const areas = import.meta.glob<{ messages: Catalog }>('./messages/*.ts', { eager: true });

for (const { messages } of Object.values(areas)) {
  for (const l of LOCALES) addMessages(l, messages[l]);
}

/**
 * Starts the translations: the locale the URL asks for, else the browser's, else English.
 * Call once, before the first component mounts.
 */
export function setupI18n(fromUrl: string | null): Locale {
  const initial = localeOf(fromUrl) ?? localeOf(getLocaleFromNavigator()) ?? LOCALES[0];
  init({ fallbackLocale: LOCALES[0], initialLocale: initial });
  return initial;
}

/** `$t('area.key', { values })` in a component; `locale` is the store of the current language. */
export { _ as t, locale };
