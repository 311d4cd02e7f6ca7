/**
 * Writing CSV for the downloads, on both sides: the build writes the download files, the site the
 * Excel copies and the rows a reader has filtered. Two flavours of the same cells:
 *
 *   mesin (machine, RFC 4180): UTF-8, comma, decimal point — for programs, R, pandas, portals.
 *     csvLine(['19.02', 2022, 53.42, 'a "b"', null]) -> '19.02,2022,53.42,"a ""b""",\n'
 *   excel (Excel set to Indonesian): UTF-8 with a byte order mark, semicolon, decimal comma; a text that
 *   Excel would turn into a number or a date (a region code '19.02') is written as the formula ="19.02".
 *     csvLine(['19.02', 2022, 53.42, 'a;b', null], 'excel') -> '="19.02";2022;53,42;"a;b";\n'
 *
 * readExcelCell undoes the excel flavour's text guard and decimal comma, so both re-parse to the same values.
 */
export type CsvFlavour = 'mesin' | 'excel';

const NEEDS_QUOTES = { mesin: /[",\r\n]/, excel: /[";\r\n]/ } as const;
const SEPARATOR = { mesin: ',', excel: ';' } as const;
/** A text Excel reads as a number or a date: digits with dots, commas, slashes, dashes or spaces. */
const LOOKS_NUMERIC = /^[-+]?[\d][\d.,/\s-]*$/;

/** What starts a file of the flavour: the byte order mark that tells Excel the file is UTF-8. */
export const CSV_START: Record<CsvFlavour, string> = { mesin: '', excel: '\ufeff' };

export function csvCell(value: string | number | null | undefined, flavour: CsvFlavour = 'mesin'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return flavour === 'excel' ? String(value).replace('.', ',') : String(value);
  if (flavour === 'excel' && LOOKS_NUMERIC.test(value) && !/^\d+$/.test(value)) return `="${value}"`;
  return NEEDS_QUOTES[flavour].test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(cells: ReadonlyArray<string | number | null | undefined>, flavour: CsvFlavour = 'mesin'): string {
  return cells.map((c) => csvCell(c, flavour)).join(SEPARATOR[flavour]) + '\n';
}

/** A cell of an excel-flavour file as parsed text, back to the machine flavour's text: ="19.02" -> 19.02, 53,42 -> 53.42. */
export function readExcelCell(text: string): string {
  const guarded = /^="(.*)"$/.exec(text);
  if (guarded) return guarded[1]!;
  return /^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
}
