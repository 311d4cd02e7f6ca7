/**
 * The reading half of readCsv (csv-reader.ts): pieces of a file cut into lines, lines into records.
 * A quote-free line is split on its delimiter directly; a line with a quote, and the lines a quoted
 * line break spans, go to papaparse, so quoting follows papaparse's rules exactly. A quote never closed,
 * or one whose text swallows lines that read as rows, is reported instead of read.
 */
import Papa from 'papaparse';
import type { CsvHandlers, CsvReadResult } from './csv-reader.ts';

/** The cell (from 0) in which a line's last unbalanced quote opened: `a;"b;c` -> 1. */
function openingCell(line: string, delimiter: string): number {
  let cell = 0;
  let inQuotes = false;
  let opened = 0;
  for (const ch of line) {
    if (ch === '"') {
      inQuotes = !inQuotes;
      if (inQuotes) opened = cell;
    } else if (ch === delimiter && !inQuotes) cell += 1;
  }
  return opened;
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

/** Cuts pieces of a file into lines and lines into records, and hands them on (see readCsv). */
export class Lines {
  stopped = false;
  private headerSeen = false;
  private rowNumber = 0;
  /** The start of a line begun in the piece before. */
  private carry = '';
  /** A record whose quotes are not yet balanced: the lines it spans so far, their quote count, and where it began. */
  private pending: string | null = null;
  private pendingQuotes = 0;
  private pendingStart = { line: 0, row: 0 };
  private lineNumber = 0;
  private headerWidth = 0;

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
      this.lineNumber += 1;
      if (plain) this.record(cellsOf(text, start, stop, this.delimiter));
      else this.line(text.slice(start, stop));
      start = end + 1;
    }
    this.carry = text.slice(start);
  }

  /** Whether the file ended with a line break (the text it ended with, or the piece before, did). */
  endsWithNewline(rest: string): boolean {
    return this.carry + rest === '';
  }

  /** The end of the file: the last line, and a quote never closed, reported and not read. */
  finish(rest: string): void {
    if (this.stopped) return;
    const last = this.carry + rest;
    if (last !== '') this.joinedLine(last);
    if (this.pending !== null) this.quoteProblem(this.pending, null);
  }

  /** A quoted block that cannot be read as it stands: reported, its lines counted as swallowed. */
  private quoteProblem(block: string, closedLine: number | null): void {
    const lines = block.split('\n');
    const rowLike = lines.slice(1).findIndex((line) => this.rowLike(line));
    this.result.quoteProblems.push({
      row: this.pendingStart.row,
      line: this.pendingStart.line,
      cell: openingCell(lines[0]!, this.delimiter),
      closedLine,
      firstRowLine: rowLike === -1 ? null : this.pendingStart.line + 1 + rowLike,
    });
    this.result.swallowed += lines.length;
    this.rowNumber += 1;
  }

  private rowLike(line: string): boolean {
    if (!this.handlers.looksLikeRow) return false;
    const cells = line.split(this.delimiter);
    return cells.length === this.headerWidth && this.handlers.looksLikeRow(cells);
  }

  private record(cells: string[]): void {
    this.rowNumber += 1;
    if (cells.length === 1 && cells[0]!.trim() === '') return void (this.result.blank += 1);
    if (!this.headerSeen) {
      this.headerSeen = true;
      this.result.header = true;
      this.headerWidth = cells.length;
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

  /** Hands on the records papaparse reads in a block whose quotes are balanced; returns how many. */
  private quoted(text: string): number {
    const records = Papa.parse<string[]>(text, { delimiter: this.delimiter, newline: '\n' }).data;
    for (const cells of records) {
      if (this.stopped) break;
      this.record(cells);
    }
    return records.length;
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
      this.pendingStart = { line: this.lineNumber, row: this.rowNumber + 1 };
    }
    if (this.pendingQuotes % 2 === 0) {
      const block = this.pending;
      this.pending = null;
      const lines = block.split('\n');
      // A line break inside a quoted cell is kept, unless the text it spans reads as rows of the file.
      if (lines.slice(1).some((line) => this.rowLike(line))) return this.quoteProblem(block, this.lineNumber);
      this.result.quotedBreaks += lines.length - this.quoted(block);
    }
  }

  /** A line put together from pieces, which may still end with the CR of a CRLF. */
  private joinedLine(text: string): void {
    this.lineNumber += 1;
    this.line(text.endsWith('\r') ? text.slice(0, -1) : text);
  }
}
