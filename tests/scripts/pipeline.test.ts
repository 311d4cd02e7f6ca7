/**
 * Properties of the whole pipeline: a failed build keeps the last good output, two runs are byte
 * identical, and every value of data/values reaches src/generated with its source.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIdNumber } from '../../scripts/lib/number.ts';
import { mapCells, type MapValues } from '../../src/model/map-values.ts';
import type { PublishedRow } from '../../src/model/row.ts';
import { FIXTURES, REPO, run, snapshotTree, tempRoot } from '../helpers.ts';

describe('a failed build leaves the previous output in place', () => {
  it('keeps src/generated and public/data byte for byte when a later run has bad input', async () => {
    const tmp = tempRoot();
    try {
      expect((await run(tmp.root, tmp.data)).ok).toBe(true);
      const before = { generated: snapshotTree(join(tmp.root, 'src/generated')), data: snapshotTree(join(tmp.root, 'public/data')) };
      expect(before.generated.size).toBeGreaterThan(3);
      copyFileSync(join(FIXTURES, 'bad', 'teks-di-kolom-angka.csv'), join(tmp.data, 'values', 'angka-uji.csv'));
      const failed = await run(tmp.root, tmp.data);
      expect(failed.ok).toBe(false);
      expect(snapshotTree(join(tmp.root, 'src/generated'))).toEqual(before.generated);
      expect(snapshotTree(join(tmp.root, 'public/data'))).toEqual(before.data);
      expect(existsSync(join(tmp.root, '.build-tmp'))).toBe(false);
    } finally {
      tmp.cleanup();
    }
  });

  it('reports the same problems, in the same order, when worker threads read the files', async () => {
    const tmp = tempRoot();
    try {
      copyFileSync(join(FIXTURES, 'bad', 'teks-di-kolom-angka.csv'), join(tmp.data, 'values', 'angka-uji.csv'));
      copyFileSync(join(FIXTURES, 'bad', 'peringkat-tidak-sah.csv'), join(tmp.data, 'values', 'tingkat-uji.csv'));
      const alone = await run(tmp.root, tmp.data, 0);
      const threads = await run(tmp.root, tmp.data, 2);
      expect(alone.lines.length).toBeGreaterThan(1);
      expect(threads.lines).toEqual(alone.lines);
      expect([threads.ok, threads.rows, threads.workers, alone.workers]).toEqual([false, alone.rows, 2, 0]);
      expect(existsSync(join(tmp.root, 'src/generated'))).toBe(false);
    } finally {
      tmp.cleanup();
    }
  });

  it('replaces the output when the next run succeeds', async () => {
    const tmp = tempRoot();
    try {
      await run(tmp.root, tmp.data);
      const path = join(tmp.data, 'values', 'tingkat-uji.csv');
      writeFileSync(path, readFileSync(path, 'utf8').replace('pratama', 'Madya'));
      expect((await run(tmp.root, tmp.data)).ok).toBe(true);
      const rows = JSON.parse(readFileSync(join(tmp.root, 'src/generated/values/tingkat-uji.json'), 'utf8')) as PublishedRow[];
      expect(rows.map((r) => [r.jenis, r.nilai, r.tercapai])).toEqual([
        ['target', 'Madya', null],
        ['realisasi', 'Madya', true],
      ]);
    } finally {
      tmp.cleanup();
    }
  });
});

describe('quoted cells', () => {
  it('keeps a line break written inside a quoted note (Alt+Enter in Excel) and builds', async () => {
    const tmp = tempRoot();
    try {
      const path = join(tmp.data, 'values', 'angka-uji.csv');
      writeFileSync(
        path,
        'kode_wilayah;tahun;jenis;nilai;sumber;catatan\r\n19.02;2021;realisasi;53,02;fiktif-uji;"baris satu\r\nbaris dua; fiktif"\r\n',
      );
      const result = await run(tmp.root, tmp.data);
      expect(result.lines).toEqual([]);
      const rows = JSON.parse(readFileSync(join(tmp.root, 'src/generated/values/angka-uji.json'), 'utf8')) as PublishedRow[];
      expect(rows.map((r) => r.catatan)).toEqual(['baris satu\nbaris dua; fiktif']);
    } finally {
      tmp.cleanup();
    }
  });
});

describe('series on the maps', () => {
  it('draws the main series of an area on the map layer, never another series that came first (FIKTIF)', async () => {
    const tmp = tempRoot();
    try {
      const yml = join(tmp.data, 'indicators.yml');
      const text = readFileSync(yml, 'utf8').replace(
        '    disagregasi: [jenis_kelamin]\n',
        '    disagregasi: [jenis_kelamin]\n    seri: [{ kode: lain, nama: { id: Seri lain, en: Other series }, keterangan: { id: uji, en: test } }]\n    seri_utama: { id: Seri utama, en: Main series }\n',
      );
      expect(text).toContain('seri_utama');
      writeFileSync(yml, text);
      writeFileSync(
        join(tmp.data, 'values', 'angka-uji.csv'),
        [
          'kode_wilayah;tahun;seri;jenis;nilai;sumber',
          '19.02.01;2022;lain;realisasi;20;fiktif-uji',
          '19.02.01;2022;;realisasi;10;fiktif-uji',
          '19.02.02;2022;lain;realisasi;30;fiktif-uji',
          '',
        ].join('\n'),
      );
      const result = await run(tmp.root, tmp.data);
      expect(result.lines).toEqual([]);
      const layer = JSON.parse(readFileSync(join(tmp.root, 'public/data/peta/nilai/angka-uji.json'), 'utf8')) as MapValues;
      const cells = mapCells(layer, 'kecamatan', 2022);
      expect(cells.get('19.02.01')?.[0]).toBe(10);
      // An area with a value of another series only has no value of the main series: the map says so.
      expect(cells.has('19.02.02')).toBe(false);
    } finally {
      tmp.cleanup();
    }
  });
});

describe('the real data with the slips staff make', () => {
  /** The real data with one file edited: the problems the build reports, and whether it wrote anything. */
  async function withEdit(file: string, edit: (lines: string[]) => void): Promise<{ lines: string[]; wrote: boolean }> {
    const tmp = tempRoot(join(REPO, 'data'));
    try {
      const path = join(tmp.data, 'values', file);
      const lines = readFileSync(path, 'utf8').split('\n');
      edit(lines);
      writeFileSync(path, lines.join('\n'));
      const result = await run(tmp.root, tmp.data);
      return {
        // file:row:column, value and code; the message after them is prose.
        lines: result.lines.map((l) => l.split('  ').slice(0, 3).join('  ')),
        wrote: existsSync(join(tmp.root, 'src/generated')),
      };
    } finally {
      tmp.cleanup();
    }
  }

  it('stops at an unclosed quote in idg.csv, naming row 4 and its column, and writes nothing', async () => {
    const r = await withEdit('idg.csv', (l) =>
      l.splice(3, 0, '19.02;2011;;;;realisasi;43,07;;renstra-t2.6;baris 2399;"catatan tanpa penutup'),
    );
    expect(r).toEqual({ lines: ['data/values/idg.csv:4:catatan  -  tanda-kutip'], wrote: false });
  });

  it.each([
    { file: 'ikg.csv', from: /;0,499;/, to: ';0.499;', expected: 'pemisah-desimal' },
    { file: 'idg.csv', from: /;53,42;/, to: ';153,42;', expected: 'rentang' },
    { file: 'idg.csv', from: /;53,42;/, to: ';-5;', expected: 'rentang' },
  ])('refuses $to in $file ($expected) with file, row and column', async ({ file, from, to, expected }) => {
    let row = 0;
    const r = await withEdit(file, (l) => {
      row = l.findIndex((line) => from.test(line)) + 1;
      l[row - 1] = l[row - 1]!.replace(from, to);
    });
    expect(row).toBeGreaterThan(1);
    expect(r.wrote).toBe(false);
    expect(r.lines.length).toBe(1);
    expect(r.lines[0]).toMatch(
      new RegExp(`^data/values/${file.replace('.', '\\.')}:${row}:nilai  "${to.slice(1, -1).replace('.', '\\.')}"  ${expected}$`),
    );
  });
});

describe('the real data in data/', () => {
  const a = tempRoot(join(REPO, 'data'));
  const b = tempRoot(join(REPO, 'data'));
  let generated = new Map<string, string>();
  const rowsOf = (id: string): PublishedRow[] => JSON.parse(generated.get(`values/${id}.json`)!) as PublishedRow[];
  beforeAll(async () => {
    // The second run spreads the value files over two worker threads, as a national build does.
    const [ra, rb] = [await run(a.root, a.data, 0), await run(b.root, b.data, 2)];
    expect(ra.lines).toEqual([]);
    expect([rb.ok, rb.workers]).toEqual([true, 2]);
    generated = snapshotTree(join(a.root, 'src/generated'));
  });
  afterAll(() => {
    a.cleanup();
    b.cleanup();
  });

  it('builds deterministically: two runs, one with worker threads, give byte-identical output', () => {
    expect(snapshotTree(join(b.root, 'src/generated'))).toEqual(generated);
    expect(snapshotTree(join(b.root, 'public/data'))).toEqual(snapshotTree(join(a.root, 'public/data')));
  });

  it('carries every value of data/values into src/generated with its source and location', () => {
    const files = readdirSync(join(REPO, 'data/values')).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBeGreaterThan(20);
    let checked = 0;
    for (const file of files) {
      const id = file.replace(/\.csv$/, '');
      const text = readFileSync(join(REPO, 'data/values', file), 'utf8');
      const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, delimiter: ';' }).data;
      expect(generated.has(`values/${id}.json`), `values/${id}.json`).toBe(true);
      const published = rowsOf(id).filter((r) => r.asal === 'data');
      expect(published).toHaveLength(rows.length);
      rows.forEach((row, i) => {
        const p = published[i]!;
        const parsed = parseIdNumber(row.nilai ?? '');
        const expected = row.nilai === '' ? null : parsed.ok ? parsed.value : row.nilai;
        expect([p.kode, p.tahun, p.jenis, p.sumber, p.lokasi], `${file} row ${i + 2}`).toEqual([
          row.kode_wilayah,
          Number(row.tahun),
          row.jenis,
          row.sumber,
          row.lokasi ?? '', // an optional column a file may leave out
        ]);
        if (p.status !== 'disembunyikan') expect(p.nilai, `${file} row ${i + 2}`).toEqual(expected);
        checked += 1;
      });
    }
    expect(checked).toBeGreaterThan(800);
  });

  it("keeps the document's inconsistencies visible instead of fixing them", () => {
    const idg2022 = rowsOf('idg').filter((r) => r.kode === '19.02' && r.tahun === 2022 && r.jenis === 'realisasi');
    expect(idg2022.map((r) => [r.nilai, r.status])).toEqual([
      [53.42, 'diperdebatkan'],
      [53.02, 'diperdebatkan'],
    ]);
    expect(
      rowsOf('rasio-kekerasan')
        .filter((r) => r.tahun === 2022)
        .map((r) => [r.nilai, r.status, r.asal]),
    ).toEqual([
      [2.64, 'diperdebatkan', 'data'],
      [3.25, 'diperdebatkan', 'data'],
      [2.6384, '', 'dihitung'],
    ]);
  });

  it('counts Desa Layak Anak coverage against every village: Badau 7 of 7, Sijuk 0 of 10, Membalong 6 of 12', () => {
    const by = Object.fromEntries(
      rowsOf('cakupan-desa-layak-anak').map((r) => [
        r.kode,
        [(r.rumus as { jumlah: number }).jumlah, (r.rumus as { total: number }).total],
      ]),
    );
    expect(by).toEqual({
      '19.02': [22, 49],
      '19.02.01': [8, 16],
      '19.02.02': [6, 12],
      '19.02.03': [1, 4],
      '19.02.04': [0, 10],
      '19.02.05': [7, 7],
    });
  });

  it('writes "belum tercatat", never "tidak layak", for villages not listed', () => {
    const dla = generated.get('values/desa-layak-anak.json')!;
    expect(rowsOf('desa-layak-anak').filter((r) => r.nilai === 'Belum tercatat')).toHaveLength(27);
    expect(dla.toLowerCase()).not.toContain('tidak layak');
  });
});
