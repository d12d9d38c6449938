// CSV for the back office's exports (RFC 4180: comma-separated, CRLF, quoted where needed), with a guard against
// formula injection: a cell that a spreadsheet would run as a formula (= + - @) is prefixed with an apostrophe.
const FORMULA = /^[=+\-@\t\r]/;

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  let text = Array.isArray(value) ? value.join(' ') : String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** A header line and one line per row, in the order of `columns`. */
export const toCsv = <T extends Record<string, unknown>>(
  columns: readonly (keyof T & string)[],
  rows: readonly T[],
): string =>
  [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))].join(
    '\r\n',
  ) + '\r\n';
