/**
 * Data requests to OPDs: the XLSX template the build writes for an agency, filled by the test, goes back
 * through `npm run impor` with the errors a CSV of the same rows gets from the build (file aside), and a
 * clean one lands in data/values/ — replacing the same figure from the same source, refusing a second
 * source for it, and writing nothing when anything is wrong.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importWorkbook } from '../../scripts/impor.ts';
import { formatIssue, type Issue } from '../../scripts/lib/issues.ts';
import { REPO, run, tempRoot } from '../helpers.ts';

// Rows invented for the test (FIKTIF): the sheet "arg" of Bappeda's template, whose indicator is a 0–100 percentage.
const VALID = ['19.02', 2030, 'realisasi', 12.5, '', 'renstra-2024-2026', 'uji FIKTIF', 'FIKTIF'];
const ROWS: unknown[][] = [
  VALID,
  ['19.99', 2030, 'realisasi', 153.42, '', 'renstra-2024-2026', '', ''],
  ['19.02', '24', 'target', 'abc', '', 'sumber-fiktif', '', ''],
  ['19.02', 2031, 'realisasi', '', '', 'renstra-2024-2026', '', ''],
];

let tmp: ReturnType<typeof tempRoot>;
let template: string;

beforeAll(async () => {
  tmp = tempRoot(join(REPO, 'data'));
  const built = await run(tmp.root, tmp.data);
  expect(built.lines).toEqual([]);
  template = join(tmp.root, 'public', 'data', 'templat', 'isian-siga-bappeda.xlsx');
}, 120_000);
afterAll(() => tmp.cleanup());

async function filled(name: string, rows: unknown[][], edit?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.getWorksheet('arg')!;
  rows.forEach((cells, i) => cells.forEach((v, j) => (ws.getCell(i + 2, j + 1).value = v === '' ? null : (v as ExcelJS.CellValue))));
  edit?.(wb);
  const path = join(tmp.root, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const withoutFile = (issues: readonly Issue[]) => issues.map(({ file: _file, ...rest }) => rest);

describe('the OPD template', () => {
  it('has a sheet per owed indicator with the value-file columns, drop-downs and instructions in Indonesian', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Petunjuk', 'Daftar', '_indikator', 'arg']);
    const ws = wb.getWorksheet('arg')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      'kode_wilayah',
      'tahun',
      'jenis',
      'nilai',
      'status',
      'sumber',
      'lokasi',
      'catatan',
    ]);
    const validations = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } })
      .dataValidations.model;
    expect(Object.values(validations).map((v) => v.formulae[0])).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Daftar!\$A\$2:\$A\$\d+$/)]),
    );
    const lists = wb.getWorksheet('Daftar')!;
    expect(lists.getColumn(1).values).toContain('19.02.01 — Tanjungpandan');
    const guide = wb.getWorksheet('Petunjuk')!;
    expect(guide.getCell('A1').value).toBe('Templat isian data SIGA — Badan Perencanaan Pembangunan Daerah');
    expect(JSON.stringify(guide.getSheetValues())).toContain('npm run impor');
    // Element 47 (OPD implementing PPRG) has no catalogue indicator yet: named, with why it has no sheet.
    expect(JSON.stringify(guide.getSheetValues())).toContain('47. Jumlah OPD yang melaksanakan PPRG');
  });
});

describe('npm run impor', () => {
  it('gives a filled sheet the errors the build gives the same rows in a CSV, and writes nothing', async () => {
    const before = readFileSync(join(tmp.data, 'values', 'arg.csv'), 'utf8');
    const result = await importWorkbook(await filled('isian-salah.xlsx', ROWS), { dataDir: tmp.data });
    expect(result.ok).toBe(false);
    expect(readFileSync(join(tmp.data, 'values', 'arg.csv'), 'utf8')).toBe(before);
    expect(result.log.errors.every((e) => e.file === 'isian-salah.xlsx › arg')).toBe(true);

    // The same rows, as the CSV an agency could have sent instead, through the whole build.
    const csv = [
      'kode_wilayah;tahun;jenis;nilai;status;sumber;lokasi;catatan',
      ...ROWS.map((r) => r.map((v) => (typeof v === 'number' ? String(v).replace('.', ',') : String(v))).join(';')),
    ];
    const copy = tempRoot(join(REPO, 'data'));
    try {
      writeFileSync(join(copy.data, 'values', 'arg.csv'), `${csv.join('\n')}\n`);
      const built = await run(copy.root, copy.data);
      const fromCsv = built.log.errors.filter((e) => e.file === 'data/values/arg.csv');
      expect(fromCsv.length).toBeGreaterThanOrEqual(4);
      expect(withoutFile(result.log.errors)).toEqual(withoutFile(fromCsv));
    } finally {
      copy.cleanup();
    }
    expect(result.log.errors.map(formatIssue)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^isian-salah\.xlsx › arg:3:kode_wilayah {2}"19\.99" {2}kode-wilayah /),
        expect.stringMatching(/^isian-salah\.xlsx › arg:3:nilai {2}"153,42" {2}rentang /),
        expect.stringMatching(/^isian-salah\.xlsx › arg:4:tahun {2}"24" {2}tahun /),
        expect.stringMatching(/^isian-salah\.xlsx › arg:5:nilai {2}"" {2}nilai-kosong /),
      ]),
    );
  });

  it('adds valid rows to data/values/, and a figure resent by the same source replaces the old one', async () => {
    const target = join(tmp.data, 'values', 'arg.csv');
    const before = readFileSync(target, 'utf8');
    const first = await importWorkbook(await filled('isian-baik.xlsx', [['19.02 — Kabupaten Belitung', ...VALID.slice(1)]]), {
      dataDir: tmp.data,
    });
    expect(first.log.errors).toEqual([]);
    expect(first.files).toEqual([{ file: 'data/values/arg.csv', added: 1, replaced: 0 }]);
    // Appended in the file's own column order (its breakdown and capaian_sumber columns left empty).
    expect(readFileSync(target, 'utf8')).toBe(`${before}19.02;2030;;;;realisasi;12,5;;renstra-2024-2026;uji FIKTIF;FIKTIF;\n`);

    const again = await importWorkbook(
      await filled('isian-ulang.xlsx', [['19.02', 2030, 'realisasi', 13.5, '', 'renstra-2024-2026', 'uji FIKTIF', 'FIKTIF']]),
      { dataDir: tmp.data },
    );
    expect(again.files).toEqual([{ file: 'data/values/arg.csv', added: 0, replaced: 1 }]);
    const text = readFileSync(target, 'utf8');
    expect(text).toContain('13,5');
    expect(text).not.toContain('12,5');
    expect((await run(tmp.root, tmp.data)).lines).toEqual([]);
  }, 120_000);

  it('refuses a second source for a figure already there, as the build refuses it in a CSV', async () => {
    const target = join(tmp.data, 'values', 'arg.csv');
    const before = readFileSync(target, 'utf8');
    const other = await importWorkbook(await filled('isian-lain.xlsx', [['19.02', 2030, 'realisasi', 14, '', 'renstra-t2.6', '', '']]), {
      dataDir: tmp.data,
    });
    expect(other.ok).toBe(false);
    expect(other.log.errors.map(formatIssue)).toEqual([
      expect.stringMatching(/^data\/values\/arg\.csv:\d+:kode_wilayah {2}"19\.02 2030 realisasi" {2}kunci-ganda /),
    ]);
    expect(readFileSync(target, 'utf8')).toBe(before);
  });
});
