import Papa from 'papaparse/papaparse.min.js';

/**
 * Spreadsheet software runs a cell that starts with = + - @ (or a tab/carriage return before
 * one) as a formula: a listing named "=HYPERLINK(…)" must reach the CCI's Excel as text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvLines(rows: ReadonlyArray<ReadonlyArray<string | number | null>>, delimiter: ',' | ';' = ','): string {
  return Papa.unparse(
    rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : (cell ?? '')))),
    { newline: '\r\n', delimiter },
  );
}
