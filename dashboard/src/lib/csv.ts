import { defuseFormula } from '@kroniek/events/spreadsheet';

/**
 * One CSV cell, quoted when needed (RFC 4180). Text that a spreadsheet would run as a formula is
 * defused by the rule the service's CSV export applies too.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = defuseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV document with a header row; lines end in CRLF as RFC 4180 asks. */
export function toCsv(
  headers: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return [headers, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A file-name-safe slug for downloads: "Money committed, cumulative" -> "money-committed-cumulative". */
export function fileSlug(s: string): string {
  return (
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'export'
  );
}
