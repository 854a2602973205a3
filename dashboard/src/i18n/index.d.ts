import { locale, _ } from 'svelte-i18n';
import { type Locale } from './catalog.js';
export { LOCALES, localeOf, type Locale } from './catalog.js';
/**
 * Starts the translations: the locale the URL asks for, else the browser's, else English.
 * Call once, before the first component mounts.
 */
export declare function setupI18n(fromUrl: string | null): Locale;
/** `$t('area.key', { values })` in a component; `locale` is the store of the current language. */
export { _ as t, locale };
