/**
 * First characters that make a spreadsheet read a cell as a formula, or that hide one (tab and
 * carriage return), and the full-width forms some spreadsheets normalise to them. A leading `-`
 * counts too: `-2+3` is a formula, and text cells are never numbers here.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A text cell made safe to open in a spreadsheet (CSV injection, OWASP): text that would start a
 * formula gets a leading apostrophe, which spreadsheets read as "this is text". The same rule as
 * csv-stringify's `escape_formulas` for strings, kept here so that every CSV kroniek writes, the
 * service's and the dashboard's, applies one rule. Numbers are not text and are not passed here.
 */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
