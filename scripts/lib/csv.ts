/**
 * Streams a CSV file row by row without holding the file in memory.
 *
 *   await readCsv('data/values/idg.csv', { onHeader: (h) => ..., onRow: (cells, rowNumber) => ... })
 *
 * Accepts what spreadsheets export in Indonesia: a UTF-8 byte-order mark, CRLF line ends, comma or
 * semicolon delimiters (detected from the header line). Row numbers are spreadsheet row numbers:
 * the header is row 1, the first data row is row 2. Entirely empty lines are skipped.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
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

async function sniff(path: string): Promise<{ firstLine: string; hasBom: boolean; bytes: number }> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    const hasBom = text.charCodeAt(0) === 0xfeff;
    const body = hasBom ? text.slice(1) : text;
    const firstLine = body.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
    return { firstLine, hasBom, bytes: bytesRead };
  } finally {
    await handle.close();
  }
}

export async function readCsv(path: string, handlers: CsvHandlers): Promise<CsvReadResult> {
  const { firstLine, bytes } = await sniff(path);
  const delimiter = detectDelimiter(firstLine);
  const result: CsvReadResult = { delimiter, rows: 0, empty: bytes === 0 || firstLine === '', notUtf8: false };
  if (result.empty) return result;

  let headerSeen = false;
  let stopped = false;
  let rowNumber = 0;
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
    Papa.parse<string[]>(stream as unknown as File, {
      delimiter,
      skipEmptyLines: false,
      // Chunks, not steps: one callback per ~1 MB instead of per row keeps the parse close to bare speed.
      chunk(results, parser) {
        for (const cells of results.data) {
          if (stopped) return;
          rowNumber += 1;
          if (cells.length === 1 && cells[0]!.trim() === '') continue;
          if (!result.notUtf8 && rowHasReplacementChar(cells)) result.notUtf8 = true;
          if (!headerSeen) {
            headerSeen = true;
            const header = cells.map((cell, i) => (i === 0 ? cell.replace(/^\ufeff/, '') : cell).trim());
            if (!handlers.onHeader(header, delimiter)) {
              stopped = true;
              parser.abort();
            }
            continue;
          }
          result.rows += 1;
          handlers.onRow(cells, rowNumber);
        }
      },
      complete: () => resolve(),
      error: (err: Error) => reject(err),
    });
    stream.on('error', reject);
  });
  return result;
}

function rowHasReplacementChar(cells: string[]): boolean {
  for (const cell of cells) if (cell.includes('\ufffd')) return true;
  return false;
}

/** Quotes a cell for a comma-separated file (RFC 4180). */
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(cells: ReadonlyArray<string | number | null | undefined>): string {
  return cells.map(csvCell).join(',') + '\n';
}
