/**
 * Streams a CSV file row by row without holding the file in memory.
 *
 *   await readCsv('data/values/idg.csv', { onHeader: (h) => ..., onRow: (cells, rowNumber) => ... })
 *
 * Accepts what spreadsheets export in Indonesia: a UTF-8 byte-order mark, CRLF (or old Mac CR) line
 * ends, comma, semicolon or tab delimiters (detected from the header line). Row numbers are spreadsheet
 * row numbers: the header is row 1, the first data row is row 2. Entirely empty lines are skipped.
 *
 * Speed: a national file has close to a million lines, almost none with a quote in it. Such a line is
 * split on its delimiter directly; a line with a quote (and the lines a quoted line break spans) goes to
 * papaparse, so quoting follows papaparse's rules exactly. tests/scripts/lib/csv.test.ts compares the
 * two on generated files.
 */
import { isAscii } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import Papa from 'papaparse';

export interface CsvHandlers {
  /** Receives the trimmed header cells; return false to stop reading (the header is unusable). */
  onHeader(header: string[], delimiter: string): boolean;
  onRow(cells: string[], rowNumber: number): void;
}

export interface CsvReadResult {
  delimiter: string;
  /** Data rows read (not counting the header or empty lines). */
  rows: number;
  /** Set when the file has no header line at all (zero bytes or only blank lines). */
  empty: boolean;
  /** Set when the bytes are not valid UTF-8 (a Windows-1252 export, say). */
  notUtf8: boolean;
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

function countQuotes(line: string): number {
  let n = 0;
  for (let i = line.indexOf('"'); i !== -1; i = line.indexOf('"', i + 1)) n++;
  return n;
}

/**
 * The cells of the quote-free line text[start, stop), cut straight from the piece of file: the same as
 * text.slice(start, stop).split(delimiter), without building the line first.
 */
function cellsOf(text: string, start: number, stop: number, delimiter: string): string[] {
  const cells: string[] = [];
  let from = start;
  for (let at = text.indexOf(delimiter, from); at !== -1 && at < stop; at = text.indexOf(delimiter, from)) {
    cells.push(text.slice(from, at));
    from = at + 1;
  }
  cells.push(text.slice(from, stop));
  return cells;
}

export async function readCsv(path: string, handlers: CsvHandlers, options: { chunkBytes?: number } = {}): Promise<CsvReadResult> {
  const { firstLine, bytes, newline } = await sniff(path);
  const delimiter = detectDelimiter(firstLine);
  const result: CsvReadResult = { delimiter, rows: 0, empty: bytes === 0 || firstLine === '', notUtf8: false };
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
      lines.piece(text);
    }
  } finally {
    closeSync(fd);
  }
  const rest = decoder.end();
  if (rest.includes('\ufffd')) result.notUtf8 = true;
  lines.finish(rest);
  return result;
}

/** Cuts pieces of a file into lines and lines into records, and hands them on (see readCsv). */
class Lines {
  stopped = false;
  private headerSeen = false;
  private rowNumber = 0;
  /** The start of a line begun in the piece before. */
  private carry = '';
  /** A record whose quotes are not yet balanced: the lines it spans so far, and their quote count. */
  private pending: string | null = null;
  private pendingQuotes = 0;

  constructor(
    private readonly handlers: CsvHandlers,
    private readonly delimiter: string,
    private readonly newline: string,
    private readonly result: CsvReadResult,
  ) {}

  piece(text: string): void {
    let start = 0;
    // The line begun in the piece before is finished on its own, not by joining the pieces (a
    // megabyte copied each time).
    if (this.carry !== '') {
      const end = text.indexOf(this.newline);
      if (end === -1) return void (this.carry += text);
      this.joinedLine(this.carry + text.slice(0, end));
      this.carry = '';
      start = end + 1;
    }
    // No quote anywhere in this piece (the usual case): every line splits on the delimiter directly.
    const plain = this.pending === null && text.indexOf('"') === -1;
    for (let end = text.indexOf(this.newline, start); end !== -1 && !this.stopped; end = text.indexOf(this.newline, start)) {
      const stop = text.charCodeAt(end - 1) === 13 && end > start ? end - 1 : end;
      if (plain) this.record(cellsOf(text, start, stop, this.delimiter));
      else this.line(text.slice(start, stop));
      start = end + 1;
    }
    this.carry = text.slice(start);
  }

  /** The end of the file: the last line, and a quote never closed, which runs to the end as in papaparse. */
  finish(rest: string): void {
    if (this.stopped) return;
    const last = this.carry + rest;
    if (last !== '') this.joinedLine(last);
    if (this.pending !== null) this.quoted(this.pending);
  }

  private record(cells: string[]): void {
    this.rowNumber += 1;
    if (cells.length === 1 && cells[0]!.trim() === '') return;
    if (!this.headerSeen) {
      this.headerSeen = true;
      if (
        !this.handlers.onHeader(
          cells.map((cell) => cell.trim()),
          this.delimiter,
        )
      )
        this.stopped = true;
      return;
    }
    this.result.rows += 1;
    this.handlers.onRow(cells, this.rowNumber);
  }

  private quoted(text: string): void {
    for (const cells of Papa.parse<string[]>(text, { delimiter: this.delimiter, newline: '\n' }).data) {
      if (this.stopped) return;
      this.record(cells);
    }
  }

  private line(text: string): void {
    if (this.pending !== null) {
      this.pending += `\n${text}`;
      this.pendingQuotes += countQuotes(text);
    } else if (text.indexOf('"') === -1) {
      return this.record(text.split(this.delimiter));
    } else {
      this.pending = text;
      this.pendingQuotes = countQuotes(text);
    }
    if (this.pendingQuotes % 2 === 0) {
      const block = this.pending;
      this.pending = null;
      this.quoted(block);
    }
  }

  /** A line put together from pieces, which may still end with the CR of a CRLF. */
  private joinedLine(text: string): void {
    this.line(text.endsWith('\r') ? text.slice(0, -1) : text);
  }
}
