/**
 * Streams a CSV file row by row without holding the file in memory.
 *
 *   await readCsv('data/values/idg.csv', { onHeader: (h) => ..., onRow: (cells, rowNumber) => ... })
 *
 * Accepts what spreadsheets export in Indonesia: a UTF-8 byte-order mark, CRLF (or old Mac CR) line
 * ends, comma, semicolon or tab delimiters (detected from the header line). Row numbers are spreadsheet
 * row numbers: the header is row 1, the first data row is row 2. Entirely empty lines are skipped.
 * A quoted cell may hold line breaks (Excel writes Alt+Enter so); a quote never closed, or one whose
 * text swallows lines that read as rows of the file (`looksLikeRow`), is not read but reported in
 * `quoteProblems`. The result counts the file's lines and accounts for each (see CsvReadResult).
 *
 * Speed: a national file has close to a million lines, almost none with a quote in it. Such a line is
 * split on its delimiter directly; a line with a quote (and the lines a quoted line break spans) goes to
 * papaparse, so quoting follows papaparse's rules exactly (csv-lines.ts). tests/scripts/fast/csv-reader.test.ts compares the
 * two on generated files.
 */
import { isAscii } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { Lines } from './csv-lines.ts';

export interface CsvHandlers {
  /** Receives the trimmed header cells; return false to stop reading (the header is unusable). */
  onHeader(header: string[], delimiter: string): boolean;
  onRow(cells: string[], rowNumber: number): void;
  /**
   * Whether the cells of a line inside a quoted cell (as many as the header has) read as a row of this
   * file, say with a known region code in its place. Without it, line breaks in quoted cells are kept.
   */
  looksLikeRow?(cells: string[]): boolean;
}

/** A quote that swallowed lines: opened in `row` (line `line`, cell `cell` from 0), never closed or closed on `closedLine`. */
export interface QuoteProblem {
  row: number;
  line: number;
  cell: number;
  closedLine: number | null;
  /** The first swallowed line that reads as a row of the file, if one does. */
  firstRowLine: number | null;
}

export interface CsvReadResult {
  delimiter: string;
  /** Data rows read (not counting the header or empty lines). */
  rows: number;
  /** Set when the file has no header line at all (zero bytes or only blank lines). */
  empty: boolean;
  /** Set when the bytes are not valid UTF-8 (a Windows-1252 export, say). */
  notUtf8: boolean;
  /** Lines of the file, counted apart from reading it; each is a header, blank, a row's, a line break inside a quoted cell or swallowed by a quote problem. */
  lines: number;
  blank: number;
  quotedBreaks: number;
  swallowed: number;
  quoteProblems: QuoteProblem[];
  /** Whether a header line was read (a quote never closed can swallow it too). */
  header: boolean;
}

const SNIFF_BYTES = 64 * 1024;

/** Chooses the delimiter that splits the header line into the most cells, ignoring quoted text. */
export function detectDelimiter(headerLine: string): ',' | ';' | '\t' {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  const counts: Array<[',' | ';' | '\t', number]> = [
    [';', unquoted.split(';').length],
    [',', unquoted.split(',').length],
    ['\t', unquoted.split('\t').length],
  ];
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![0];
}

async function sniff(path: string): Promise<{ firstLine: string; bytes: number; newline: '\n' | '\r' }> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const firstLine = body.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
    // "CSV (Macintosh)" from Excel ends lines with CR alone.
    const newline = !body.includes('\n') && body.includes('\r') ? '\r' : '\n';
    return { firstLine, bytes: bytesRead, newline };
  } finally {
    await handle.close();
  }
}

export async function readCsv(path: string, handlers: CsvHandlers, options: { chunkBytes?: number } = {}): Promise<CsvReadResult> {
  const { firstLine, bytes, newline } = await sniff(path);
  const delimiter = detectDelimiter(firstLine);
  const empty = bytes === 0 || firstLine === '';
  const result: CsvReadResult = {
    delimiter,
    rows: 0,
    empty,
    notUtf8: false,
    lines: 0,
    blank: 0,
    quotedBreaks: 0,
    swallowed: 0,
    quoteProblems: [],
    header: false,
  };
  if (result.empty) return result;
  const lines = new Lines(handlers, delimiter, newline, result);
  const decoder = new StringDecoder('utf8');
  let first = true;
  // Read synchronously into one reused buffer: no new megabyte a piece for the collector, no stream
  // machinery between pieces (a build script has nothing else to do meanwhile).
  const fd = openSync(path, 'r');
  const buffer = Buffer.allocUnsafe(options.chunkBytes ?? 1 << 20);
  try {
    for (let n = readSync(fd, buffer); n > 0 && !lines.stopped; n = readSync(fd, buffer)) {
      const chunk = buffer.subarray(0, n);
      // A piece of plain ASCII (the usual national file) is read byte for character, without UTF-8
      // decoding; end() first gives out what the decoder held, which before ASCII can only be a broken
      // character (U+FFFD).
      const ascii = isAscii(chunk);
      let text = ascii ? decoder.end() + chunk.toString('latin1') : decoder.write(chunk);
      if (first && text !== '') {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      if (!result.notUtf8 && (!ascii || text.charCodeAt(0) === 0xfffd) && text.includes('\ufffd')) result.notUtf8 = true;
      result.lines += countOf(text, newline);
      lines.piece(text);
    }
  } finally {
    closeSync(fd);
  }
  const rest = decoder.end();
  if (rest.includes('\ufffd')) result.notUtf8 = true;
  if (!lines.stopped && !lines.endsWithNewline(rest)) result.lines += 1; // a last line without a line break
  lines.finish(rest);
  return result;
}

/**
 * Lines of a read file that none of header, blank, row, line break inside a quoted cell or quote problem
 * explains: 0 unless the reader lost some (a test holds it to 0 on generated files).
 */
export function unexplainedLines(r: CsvReadResult): number {
  if (r.empty) return 0;
  return r.lines - ((r.header ? 1 : 0) + r.blank + r.rows + r.quotedBreaks + r.swallowed);
}

function countOf(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}
