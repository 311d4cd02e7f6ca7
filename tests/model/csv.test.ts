import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_START, csvCell, csvLine, readExcelCell } from '../../src/model/csv.ts';

// Invented cells for these tests only.
const cells = ['19.02', 2022, 53.42, 'a "b"; c, d', null, '0-17', '60+', '<10', 2.5e-3, 'baris 2399–2400', '2011', -5.5];

describe('CSV flavours', () => {
  it('writes the machine flavour with commas and decimal points, quoting where RFC 4180 asks', () => {
    expect(csvLine(cells)).toBe('19.02,2022,53.42,"a ""b""; c, d",,0-17,60+,<10,0.0025,baris 2399–2400,2011,-5.5\n');
  });

  it('writes the Excel flavour with semicolons and decimal commas, guarding texts Excel would turn into numbers or dates', () => {
    expect(csvLine(cells, 'excel')).toBe('="19.02";2022;53,42;"a ""b""; c, d";;="0-17";60+;<10;0,0025;baris 2399–2400;2011;-5,5\n');
    expect(csvCell('3,25', 'excel')).toBe('="3,25"');
    expect(CSV_START.excel).toBe('\ufeff');
  });

  it('re-parses both flavours to the same values', () => {
    const machine = Papa.parse<string[]>(csvLine(cells), { delimiter: ',' }).data[0]!;
    const excel = Papa.parse<string[]>(csvLine(cells, 'excel'), { delimiter: ';' }).data[0]!.map(readExcelCell);
    expect(excel).toEqual(machine);
    expect(machine).toEqual(cells.map((c) => (c === null ? '' : String(c))));
  });
});
