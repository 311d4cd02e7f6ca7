/**
 * The two CSV flavours of every indicator as built in dist/: the machine file the build writes
 * (/data/<id>.csv) and the Excel copy the site writes (/data/excel/<id>.csv) hold the same values.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readExcelCell } from '../../src/model/csv.ts';
import { DIST } from './harness.ts';

const parse = (text: string, delimiter: string): string[][] => {
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
};

describe.runIf(existsSync(join(DIST, 'data', 'excel')))('CSV downloads in both flavours', () => {
  const machineFiles = readdirSync(join(DIST, 'data')).filter((f) => f.endsWith('.csv') && existsSync(join(DIST, 'data', 'excel', f)));

  it('has an Excel copy of every indicator download', () => {
    const indicators = JSON.parse(readFileSync(new URL('../../src/generated/catalog.json', import.meta.url), 'utf8')) as {
      indikator: Array<{ id: string; ringkasan: { jumlah_baris: number } }>;
    };
    const withRows = indicators.indikator.filter((i) => i.ringkasan.jumlah_baris > 0).map((i) => `${i.id}.csv`);
    expect(machineFiles.sort()).toEqual(expect.arrayContaining(withRows.sort()));
  });

  it('re-parses both flavours of every file to the same values, the Excel one starting with a byte order mark', () => {
    for (const file of machineFiles) {
      const machine = parse(readFileSync(join(DIST, 'data', file), 'utf8'), ',');
      const excelText = readFileSync(join(DIST, 'data', 'excel', file), 'utf8');
      expect(excelText.startsWith('\ufeff'), file).toBe(true);
      const excel = parse(excelText.slice(1), ';').map((row) => row.map(readExcelCell));
      expect(excel, file).toEqual(machine);
    }
    const idg = readFileSync(join(DIST, 'data', 'excel', 'idg.csv'), 'utf8');
    expect(idg).toContain(';="19.02";Kabupaten Belitung;kabupaten;2022;;;;;realisasi;53,42;');
  });
});
