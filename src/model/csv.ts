/**
 * Writing CSV for the downloads (RFC 4180: comma, point decimals, quotes where needed), on both sides:
 * the build writes the download files, the indicator page the rows a reader has filtered.
 *
 *   csvLine(['19.02', 2022, 'a "b"', null]) -> '19.02,2022,"a ""b""",\n'
 */
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(cells: ReadonlyArray<string | number | null | undefined>): string {
  return cells.map(csvCell).join(',') + '\n';
}
