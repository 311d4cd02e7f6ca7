import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downloadCells, DOWNLOAD_COLUMNS, PUBLISHED_FIELDS, type PublishedRow } from '../../../src/model/row.ts';
import { RowWriter } from '../../../scripts/fast/row-writer.ts';
import { csvLine } from '../../../src/model/csv.ts';
import { TextSink } from '../../text-sink.ts';

// Texts include what JSON escapes and what CSV quotes.
const text = fc.constantFrom(
  '',
  'x',
  'a,b',
  'say "hi"',
  'back\\slash',
  'line\nbreak',
  'tab\there',
  'désa → kota',
  '<script>alert(1)</script>',
);
// Few values per field in the repeated parts, so that consecutive rows often differ in one field only
// (the case a stale reused piece would get wrong).
const few = fc.constantFrom('', 'a,b', 'say "hi"');
const row: fc.Arbitrary<PublishedRow> = fc.record(
  {
    kode: fc.constantFrom('19.02', '19.02.01', '19.02.01.2001', 'tak,dikenal'),
    tahun: fc.integer({ min: 2000, max: 2035 }),
    jenis_kelamin: fc.constantFrom('', 'L', 'P'),
    kelompok_umur: fc.constantFrom('', '0-17', '60+'),
    kategori: few,
    seri: fc.constantFrom('', 'metode-2024'),
    jenis: fc.constantFrom('realisasi' as const, 'target' as const),
    nilai: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), text, fc.constant(null)),
    status: fc.constantFrom('' as const, 'disembunyikan' as const),
    sumber: few,
    lokasi: few,
    catatan: few,
    capaian: fc.constantFrom(null, 87.5),
    capaian_sumber: fc.constantFrom(null, 117.53, 50),
    tercapai: fc.constantFrom(null, true, false),
    urutan: fc.constantFrom(null, 3),
    asal: fc.constantFrom('data' as const, 'dihitung' as const),
    rumus: fc.option(fc.record({ jumlah: fc.nat(), total: fc.nat() }), { nil: undefined }),
  },
  {
    requiredKeys: [...PUBLISHED_FIELDS],
  },
);

const AREAS: Record<string, { nama: string; tingkat: string }> = {
  '19.02': { nama: 'Belitung', tingkat: 'kabupaten' },
  '19.02.01': { nama: 'Membalong, "Barat"', tingkat: 'kecamatan' },
};
const UNIT = 'per 10.000, "orang"';

describe('RowWriter', () => {
  it('writes the rows as JSON.stringify and csvLine(downloadCells) would, whatever came before each', () => {
    const wide = fc.record({
      nilai: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), text, fc.constant(null)),
      catatan: text,
      capaian: fc.oneof(fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true })),
    });
    const rowsArb = fc.array(
      fc.oneof(
        row,
        fc.tuple(row, wide).map(([r, w]) => ({ ...r, ...w })),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const json = new TextSink();
        const csv = new TextSink();
        const writer = new RowWriter(json, csv, { indicator: 'ind', unit: UNIT, hidden: '<10', area: (kode) => AREAS[kode] });
        for (const r of rows) writer.write(r);
        expect(writer.close()).toBe(rows.length);
        // The pages' file is the plain array, a hidden count written as null…
        const shown = rows.map((r) => (r.status === 'disembunyikan' ? { ...r, nilai: null } : r));
        expect(json.text).toBe(`[\n${shown.map((r) => JSON.stringify(r)).join(',\n')}${rows.length ? '\n' : ''}]\n`);
        // …and the download is one csvLine of downloadCells per row, after the header.
        const lines = rows.map((r) =>
          csvLine(
            downloadCells(r, {
              indicator: 'ind',
              nama: AREAS[r.kode]?.nama ?? '',
              tingkat: AREAS[r.kode]?.tingkat ?? '',
              satuan: UNIT,
              hidden: '<10',
            }),
          ),
        );
        expect(csv.text).toBe(csvLine([...DOWNLOAD_COLUMNS]) + lines.join(''));
      }),
      { numRuns: 300 },
    );
  });
});
