/**
 * A message lookup as the chart helpers take it: `$t` in a component, or any function with the
 * same call (the unit tests pass one bound to a language). Keeps the helpers pure: they never
 * read the current locale themselves.
 */
export type Translate = (
  id: string,
  options?: { values?: Record<string, string | number | boolean | null | undefined> },
) => string;
