import { addMessages, init, locale, _ } from 'svelte-i18n';
import { LOCALES, type Catalog, type Locale } from './catalog.js';
import type { Translate } from './translate.js';

/**
 * A Translate bound to one language, over the given catalogs, outside any component: for pure
 * helpers run where no `$t` is at hand (the unit tests). Uses the same library and messages as
 * the dashboard (svelte-i18n, ICU syntax).
 */
export function translatorFor(lang: Locale, catalogs: readonly Catalog[]): Translate {
  for (const c of catalogs) for (const l of LOCALES) addMessages(l, c[l]);
  init({ fallbackLocale: LOCALES[0], initialLocale: lang });
  let format: Translate | undefined;
  _.subscribe((f) => (format = f as Translate))();
  const bound = format!;
  // The formatter reads the current locale at call time: set it for every call.
  return (id, options) => {
    locale.set(lang);
    return bound(id, options);
  };
}
