import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLine } from '../../../scripts/lib/csv.ts';
import { decodeRows, OWN_COLUMNS, RUN_COLUMNS, type PublishedRow } from '../../../scripts/lib/published.ts';
import { RowEncoder } from '../../../scripts/stages/row-encoder.ts';
import { TextSink } from '../../text-sink.ts';

// Texts include what JSON escapes and what CSV quotes.
const text = fc.constantFrom('', 'x', 'a,b', 'say "hi"', 'back\\slash', 'line\nbreak', 'tab\there', 'désa → kota', '<script>alert(1)</script>');
// Few values per field in the repeated parts, so that consecutive rows often differ in one field only
// (the case a stale reused piece would get wrong).
const few = fc.constantFrom('', 'a,b', 'say "hi"');
const row: fc.Arbitrary<PublishedRow> = fc.record({
  kode: fc.constantFrom('19.02', '19.02.01', '19.02.01.2001'),
  tahun: fc.integer({ min: 2000, max: 2035 }),
  jk: fc.constantFrom('', 'L', 'P'),
  ku: fc.constantFrom('', '0-17', '60+'),
  kat: few,
  jenis: fc.constantFrom('realisasi' as const, 'target' as const),
  nilai: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), text, fc.constant(null)),
  status: fc.constantFrom('', 'disembunyikan'),
  sumber: few,
  lokasi: few,
  catatan: few,
  capaian: fc.constantFrom(null, 87.5),
  tercapai: fc.constantFrom(null, true),
  urutan: fc.constantFrom(null, 3),
  asal: fc.constantFrom('data' as const, 'dihitung' as const),
  rumus: fc.option(fc.record({ jumlah: fc.nat(), total: fc.nat() }), { nil: undefined }),
}, { requiredKeys: ['kode', 'tahun', 'jk', 'ku', 'kat', 'jenis', 'nilai', 'status', 'sumber', 'lokasi', 'catatan', 'capaian', 'tercapai', 'urutan', 'asal'] });

describe('RowEncoder', () => {
  it('writes each row as JSON.stringify and csvLine would, whatever came before it', () => {
    // Some rows take any number and any text instead.
    const wide = fc.record({ nilai: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), text, fc.constant(null)), catatan: text, capaian: fc.oneof(fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true })) });
    const rowsArb = fc.array(fc.oneof(row, fc.tuple(row, wide).map(([r, w]) => ({ ...r, ...w }))), { maxLength: 40 });
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const enc = new RowEncoder('per 10.000, "orang"', '<10');
        const json = new TextSink();
        for (const r of rows) {
          const csv = new TextSink();
          const area = { json: JSON.stringify(r.kode), csv: Buffer.from(csvLine(['ind', r.kode, 'Nama', 'desa']).slice(0, -1) + ',') };
          // Some numbers come with the cell they were read from: String() of them with a comma for the point.
          enc.encode(r, area, typeof r.nilai === 'number' && r.tahun % 2 === 0 ? String(r.nilai).replace('.', ',') : null, json, csv);
          const nilai = r.status === 'disembunyikan' ? '<10' : r.nilai;
          const tercapai = r.tercapai === null ? '' : r.tercapai ? 'ya' : 'tidak';
          const line = csvLine(['ind', r.kode, 'Nama', 'desa', r.tahun, r.jk, r.ku, r.kat, r.jenis, nilai, 'per 10.000, "orang"', r.status, r.asal, r.capaian, tercapai, r.sumber, r.lokasi, r.catatan]);
          expect(csv.text).toBe(line);
        }
        const file = JSON.parse(`{"kolom_ruas":${JSON.stringify(RUN_COLUMNS)},"kolom_baris":${JSON.stringify(OWN_COLUMNS)},"ruas":[${json.text}${enc.close()}]}`);
        // Every row comes back as it went in (through JSON, as the pages read it)…
        expect(decodeRows(file)).toEqual(rows.map((r) => JSON.parse(JSON.stringify(r)) as PublishedRow));
        // …and a row starts a new run exactly when its area or a shared field differs from the row before.
        const head = (r: PublishedRow): string => JSON.stringify(RUN_COLUMNS.map((c) => r[c]));
        const runs = rows.filter((r, i) => i === 0 || head(r) !== head(rows[i - 1]!)).length;
        expect(file.ruas.length).toBe(runs);
      }),
      { numRuns: 300 },
    );
  });
});
