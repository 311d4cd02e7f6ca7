import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, readCsv, unexplainedLines } from '../../../scripts/fast/csv-reader.ts';
import { csvLine } from '../../../src/model/csv.ts';

const dir = mkdtempSync(join(tmpdir(), 'siga-csv-'));

async function readAll(
  content: string | Buffer,
  chunkBytes?: number,
): Promise<{ header: string[]; rows: Array<[number, string[]]>; delimiter: string; empty: boolean; notUtf8: boolean }> {
  const path = join(dir, `f${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(path, content);
  let header: string[] = [];
  const rows: Array<[number, string[]]> = [];
  const r = await readCsv(path, { onHeader: (h) => ((header = h), true), onRow: (cells, n) => rows.push([n, cells]) }, { chunkBytes });
  return { header, rows, delimiter: r.delimiter, empty: r.empty, notUtf8: r.notUtf8 };
}

describe('detectDelimiter', () => {
  it.each([
    { input: 'a;b;c', expected: ';' },
    { input: 'a,b,c', expected: ',' },
    { input: 'a\tb\tc', expected: '\t' },
    { input: '"x,y";b;c', expected: ';' },
  ])('$input -> $expected', ({ input, expected }) => expect(detectDelimiter(input)).toBe(expected));
});

describe('readCsv', () => {
  it('strips a UTF-8 BOM, handles CRLF and semicolons, numbers rows as a spreadsheet does', async () => {
    const r = await readAll('\ufeffkode;nilai\r\n19.02;"53,02"\r\n\r\n19.02.01;1\r\n');
    expect(r.header).toEqual(['kode', 'nilai']);
    expect(r.delimiter).toBe(';');
    expect(r.rows).toEqual([
      [2, ['19.02', '53,02']],
      [4, ['19.02.01', '1']],
    ]);
  });

  it('reports an empty file and non-UTF-8 bytes', async () => {
    expect((await readAll('')).empty).toBe(true);
    expect((await readAll('\n\n')).empty).toBe(true);
    expect((await readAll(Buffer.from('a;b\n1;\xe9\n', 'latin1'))).notUtf8).toBe(true);
  });

  it('reads UTF-8 split across pieces of file, and a broken character before a piece of plain ASCII', async () => {
    // 'é' is two bytes: pieces of 7 bytes cut it in half, and the pieces around it are plain ASCII.
    const good = await readAll(Buffer.from('a;b\n1;désa\n2;x\n', 'utf8'), 7);
    expect([good.rows, good.notUtf8]).toEqual([
      [
        [2, ['1', 'désa']],
        [3, ['2', 'x']],
      ],
      false,
    ]);
    // A lone lead byte at the end of a piece, then ASCII: the byte is not UTF-8.
    const broken = await readAll(Buffer.concat([Buffer.from('a;b\n1;'), Buffer.from([0xc3]), Buffer.from('x\n2;y\n')]), 7);
    expect([broken.rows, broken.notUtf8]).toEqual([
      [
        [2, ['1', '\ufffdx']],
        [3, ['2', 'y']],
      ],
      true,
    ]);
  });

  it('keeps a quoted value with the delimiter and a line break inside', async () => {
    const r = await readAll('a,b\n"x, y","line\nbreak"\n');
    expect(r.rows).toEqual([[2, ['x, y', 'line\nbreak']]]);
  });

  it('reports a quote never closed, with where it opened and the first line that reads as a row, and reads nothing after it', async () => {
    const path = join(dir, 'unclosed.csv');
    writeFileSync(path, 'kode;catatan\n19.02;ok\n19.02;"tanpa penutup\n19.02;tertelan\nbukan baris\n');
    const got: string[][] = [];
    const r = await readCsv(path, {
      onHeader: () => true,
      onRow: (cells) => got.push(cells),
      looksLikeRow: (cells) => cells[0] === '19.02',
    });
    expect(got).toEqual([['19.02', 'ok']]);
    expect(r.quoteProblems).toEqual([{ row: 3, line: 3, cell: 1, closedLine: null, firstRowLine: 4 }]);
    expect([r.lines, r.swallowed, unexplainedLines(r)]).toEqual([5, 3, 0]);
  });

  it('reports a closed quote whose text swallowed lines that read as rows, and keeps one that did not', async () => {
    const path = join(dir, 'late.csv');
    writeFileSync(path, 'kode;catatan\n19.02;"dua\nbaris"\n19.02;"menelan\n19.02;baris\nditutup"\n19.02;akhir\n');
    const got: string[][] = [];
    const r = await readCsv(path, {
      onHeader: () => true,
      onRow: (cells) => got.push(cells),
      looksLikeRow: (cells) => cells[0] === '19.02',
    });
    expect(got).toEqual([
      ['19.02', 'dua\nbaris'],
      ['19.02', 'akhir'],
    ]);
    expect(r.quoteProblems).toEqual([{ row: 3, line: 4, cell: 1, closedLine: 6, firstRowLine: 5 }]);
    expect([r.lines, r.quotedBreaks, r.swallowed, unexplainedLines(r)]).toEqual([7, 1, 3, 0]);
  });
});

describe('csvLine', () => {
  it.each([
    { input: ['a', 1, null], expected: 'a,1,\n' },
    { input: ['x, y', 'say "hi"'], expected: '"x, y","say ""hi"""\n' },
  ])('$input', ({ input, expected }) => expect(csvLine(input)).toBe(expected));
});

describe('readCsv against papaparse', () => {
  const cell = fc.string({ unit: fc.constantFrom('a', 'Z', '9', ' ', ';', ',', '"', '\n', 'é', '→', '\t'), maxLength: 8 });
  const quote = (c: string, delimiter: string, always: boolean) =>
    always || c.includes('"') || c.includes('\n') || c.includes(delimiter) ? `"${c.replace(/"/g, '""')}"` : c;

  it('gives the same records as papaparse on the whole file, whatever the chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(';', ','),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.integer({ min: 1, max: 64 }),
        async (rows, delimiter, eol, quoteAll, chunkBytes) => {
          const text =
            ['kode', 'nilai'].join(delimiter) +
            eol +
            rows.map((r) => r.map((c) => quote(c, delimiter, quoteAll)).join(delimiter)).join(eol) +
            eol;
          const path = join(dir, `p${Math.random().toString(36).slice(2)}.csv`);
          writeFileSync(path, text);
          const got: string[][] = [];
          const result = await readCsv(path, { onHeader: () => true, onRow: (cells) => got.push(cells) }, { chunkBytes });
          // Every line of the file is accounted for: header, blank, rows, line breaks inside quoted cells.
          expect(unexplainedLines(result)).toBe(0);
          // Line breaks inside a quoted cell come back as \n (papaparse keeps the file's \r\n there).
          const expected = Papa.parse<string[]>(text, { delimiter })
            .data.slice(1)
            .filter((r) => !(r.length === 1 && r[0]!.trim() === ''))
            .map((r) => r.map((c) => c.replace(/\r\n/g, '\n')));
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads old Mac line ends (CR alone) and multi-byte characters split across chunks', async () => {
    const path = join(dir, 'mac.csv');
    writeFileSync(path, 'kode;nama\r19.02;Tanjungpandan → Kota\r19.02.01;"Désa; ""lama"""\r');
    const got: Array<[number, string[]]> = [];
    await readCsv(path, { onHeader: () => true, onRow: (cells, n) => got.push([n, cells]) }, { chunkBytes: 3 });
    expect(got).toEqual([
      [2, ['19.02', 'Tanjungpandan → Kota']],
      [3, ['19.02.01', 'Désa; "lama"']],
    ]);
  });
});
