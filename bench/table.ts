/** One line of the result table: a figure beside its limit measured in the same run. */
export interface TableRow {
  what: string;
  figure: string;
  limit: string;
  ratio: string;
  goal: string;
  pass: boolean | undefined;
}

const HEAD = ['what', 'figure', 'limit (same run)', 'ratio', 'goal', 'pass/fail'];

/** The table as Markdown, so the same text goes to the terminal and to RESULTS.md. */
export function formatTable(rows: TableRow[]): string {
  const cells = rows.map((r) => [
    r.what,
    r.figure,
    r.limit,
    r.ratio,
    r.goal,
    r.pass === undefined ? 'n/a' : r.pass ? 'pass' : 'FAIL',
  ]);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(HEAD),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...cells.map(line),
  ].join('\n');
}

export const num = (n: number, digits = 0) =>
  n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
export const ms = (n: number) => `${num(n, n < 10 ? 2 : n < 100 ? 1 : 0)} ms`;
