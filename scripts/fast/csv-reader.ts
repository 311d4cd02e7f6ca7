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

  let headerSeen = false;
  let stopped = false;
  let rowNumber = 0;
  // A record whose quotes are not yet balanced: the lines it spans so far, and their quote count.
  let pending: string | null = null;
  let pendingQuotes = 0;

  const record = (cells: string[]): void => {
    rowNumber += 1;
    if (cells.length === 1 && cells[0]!.trim() === '') return;
    if (!headerSeen) {
      headerSeen = true;
      const header = cells.map((cell) => cell.trim());
      if (!handlers.onHeader(header, delimiter)) stopped = true;
      return;
    }
    result.rows += 1;
    handlers.onRow(cells, rowNumber);
  };
  const quoted = (text: string): void => {
    for (const cells of Papa.parse<string[]>(text, { delimiter, newline: '\n' }).data) {
      if (stopped) return;
      record(cells);
    }
  };
  const line = (text: string): void => {
    if (pending !== null) {
      pending += `\n${text}`;
      pendingQuotes += countQuotes(text);
    } else if (text.indexOf('"') === -1) {
      record(text.split(delimiter));
      return;
    } else {
      pending = text;
      pendingQuotes = countQuotes(text);
    }
    if (pendingQuotes % 2 === 0) {
      const block = pending;
      pending = null;
      quoted(block);
    }
  };
  /** A line put together from pieces, which may still end with the CR of a CRLF. */
  const joinedLine = (text: string): void => line(text.endsWith('\r') ? text.slice(0, -1) : text);

  const decoder = new StringDecoder('utf8');
  let carry = '';
  let first = true;
  // Read synchronously into one reused buffer: no new megabyte a piece for the collector, no stream
  // machinery between pieces (a build script has nothing else to do meanwhile).
  const fd = openSync(path, 'r');
  const buffer = Buffer.allocUnsafe(options.chunkBytes ?? 1 << 20);
  try {
    for (let bytes = readSync(fd, buffer); bytes > 0; bytes = readSync(fd, buffer)) {
      const chunk = buffer.subarray(0, bytes);
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
      let start = 0;
      // The line begun in the piece before is finished on its own, not by joining the pieces (a
      // megabyte copied each time).
      if (carry !== '') {
        const end = text.indexOf(newline);
        if (end === -1) {
          carry += text;
          continue;
        }
        joinedLine(carry + text.slice(0, end));
        carry = '';
        start = end + 1;
      }
      // No quote anywhere in this piece (the usual case): every line splits on the delimiter directly.
      const plain = pending === null && text.indexOf('"') === -1;
      for (let end = text.indexOf(newline, start); end !== -1 && !stopped; end = text.indexOf(newline, start)) {
        const stop = text.charCodeAt(end - 1) === 13 && end > start ? end - 1 : end;
        if (plain) record(cellsOf(text, start, stop, delimiter));
        else line(text.slice(start, stop));
        start = end + 1;
      }
      if (stopped) break;
      carry = text.slice(start);
    }
  } finally {
    closeSync(fd);
  }
  if (!stopped) {
    const rest = carry + decoder.end();
    if (rest.includes('\ufffd')) result.notUtf8 = true;
    if (rest !== '') joinedLine(rest);
    if (pending !== null) quoted(pending); // an unclosed quote runs to the end of the file, as in papaparse
  }
  return result;
}
