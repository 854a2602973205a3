/** The languages the dashboard is written in; the first is the fallback. */
export declare const LOCALES: readonly ['en', 'nl'];
export type Locale = (typeof LOCALES)[number];
/**
 * The messages of one area of the dashboard, in every language. Each area keeps its own file in
 * `messages/` (keys prefixed with the area, e.g. `sources.title`), so that adding a view adds a
 * file instead of editing a shared one. Messages use ICU syntax (`{count, plural, ...}`).
 */
export type Catalog = Record<Locale, Record<string, string>>;
/** The locale a language tag asks for (`nl-BE` → `nl`), or null when it is none of ours. */
export declare function localeOf(tag: string | null | undefined): Locale | null;
/** Keys present in one language of a catalog and missing in another, as `nl: key` lines. */
export declare function missingKeys(catalog: Catalog): string[];
