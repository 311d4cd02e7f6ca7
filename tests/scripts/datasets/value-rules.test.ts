/**
 * The column rules of a value file, one table per column: a cell's text and the row so far in, the
 * field's value or the problem's rule out. The pinned messages of each problem are in bad-input.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Indicator, Tier } from '../../../src/model/catalog.ts';
import type { Region } from '../../../src/model/region.ts';
import { Problem, ruleContext, VALUE_RULES, type Fields, type RuleContext } from '../../../scripts/datasets/value-rules.ts';
import { fileColumns, parseRow } from '../../../scripts/datasets/values.ts';
import type { ValueRow } from '../../../scripts/lib/rows.ts';

// An invented catalogue entry and region tree for these tests only.
const region = (kode: string, level: Region['level'], tingkat: Region['tingkat'] = level): Region => ({
  kode,
  nama: `Wilayah ${kode}`,
  tingkat,
  level,
  induk: null,
  lat: null,
  lon: null,
  sumber: 'uji',
  anak: [],
});
const regions = new Map(
  [region('19.02', 'kabupaten'), region('19.02.01', 'kecamatan'), region('19.02.01.2001', 'desa', 'kelurahan')].map((r) => [r.kode, r]),
);
const indicator = (over: Partial<Indicator>): Indicator =>
  ({
    id: 'uji',
    tipe: 'angka',
    level_wilayah: ['kabupaten', 'kecamatan'],
    disagregasi: ['jenis_kelamin'],
    kekerasan: false,
    ...over,
  }) as Indicator;
const tiers: Tier[] = [
  { kode: 'Pratama', nama: { id: 'Pratama', en: 'Pratama' } },
  { kode: 'Madya', nama: { id: 'Madya', en: 'Madya' } },
];
const ctxFor = (over: Partial<Indicator> = {}): RuleContext =>
  ruleContext(indicator(over), {
    regions,
    sources: new Set(['bps', 'renstra-t4.1']),
    years: { min: 2000, max: 2035 },
    tiersFor: (y) => (y >= 2010 ? tiers : null),
  });
const row = (over: Partial<Fields> = {}): Fields =>
  ({
    kode: '19.02',
    tahun: 2022,
    jenis_kelamin: '',
    kelompok_umur: '',
    kategori: '',
    seri: '',
    jenis: 'realisasi',
    nilai: null,
    status: '',
    sumber: 'bps',
    lokasi: '',
    catatan: '',
    ...over,
  }) as Fields;

type Case = { column: keyof typeof VALUE_RULES; text: string; expected: unknown; indicator?: Partial<Indicator>; row?: Partial<Fields> };
const ok = (column: Case['column'], text: string, expected: unknown, more: Partial<Case> = {}): Case => ({
  column,
  text,
  expected,
  ...more,
});
const bad = (column: Case['column'], text: string, rule: string, more: Partial<Case> = {}): Case => ({
  column,
  text,
  expected: { problem: rule },
  ...more,
});

const CASES: Case[] = [
  ok('kode_wilayah', '19.02', '19.02'),
  ok('kode_wilayah', '19.02.01', '19.02.01'),
  bad('kode_wilayah', '', 'kode-wilayah'),
  bad('kode_wilayah', '19.2', 'kode-wilayah'),
  bad('kode_wilayah', '19.02.01.2001', 'level-wilayah'),
  bad('kode_wilayah', '19.02.01.2001', 'level-wilayah', { indicator: { kekerasan: true } }),
  ok('tahun', '2022', 2022),
  bad('tahun', '22', 'tahun'),
  bad('tahun', '2022 ', 'tahun'),
  bad('tahun', '1999', 'tahun'),
  ok('jenis', 'realisasi', 'realisasi'),
  ok('jenis', 'Target', 'target'),
  bad('jenis', 'rencana', 'jenis'),
  ok('jenis_kelamin', '', ''),
  ok('jenis_kelamin', 'Perempuan', 'P'),
  ok('jenis_kelamin', 'lk', 'L'),
  bad('jenis_kelamin', 'X', 'jenis-kelamin'),
  bad('jenis_kelamin', 'P', 'disagregasi', { indicator: { disagregasi: [] } }),
  ok('kelompok_umur', '', ''),
  ok('kelompok_umur', '0 – 17', '0-17', { indicator: { disagregasi: ['kelompok_umur'] } }),
  ok('kelompok_umur', '60+', '60+', { indicator: { disagregasi: ['kelompok_umur'] } }),
  bad('kelompok_umur', 'anak', 'kelompok-umur', { indicator: { disagregasi: ['kelompok_umur'] } }),
  bad('kelompok_umur', '0-17', 'disagregasi'),
  ok('kategori', '', ''),
  ok('kategori', 'anak', 'anak', {
    indicator: { disagregasi: ['kategori'], kategori: [{ kode: 'anak', nama: { id: 'Anak', en: 'Children' } }] },
  }),
  bad('kategori', 'dewasa', 'kategori', {
    indicator: { disagregasi: ['kategori'], kategori: [{ kode: 'anak', nama: { id: 'Anak', en: 'Children' } }] },
  }),
  bad('kategori', 'anak', 'disagregasi'),
  ok('seri', '', ''),
  ok('seri', 'metode-baru', 'metode-baru', {
    indicator: { seri: [{ kode: 'metode-baru', nama: { id: 'B', en: 'B' }, keterangan: { id: 'b', en: 'b' } }] },
  }),
  bad('seri', 'metode-lain', 'seri', {
    indicator: { seri: [{ kode: 'metode-baru', nama: { id: 'B', en: 'B' }, keterangan: { id: 'b', en: 'b' } }] },
  }),
  bad('seri', 'metode-baru', 'seri'),
  ok('status', '', ''),
  ok('status', 'Belum Tersedia', 'belum_tersedia'),
  bad('status', 'kosong', 'status'),
  ok('nilai', '53,42', 53.42),
  ok('nilai', '', null, { row: { status: 'belum_tersedia' } }),
  bad('nilai', '', 'nilai-kosong'),
  bad('nilai', '5', 'status', { row: { status: 'belum_tersedia' } }),
  bad('nilai', 'lima', 'angka'),
  bad('nilai', '-3', 'jumlah-negatif', { indicator: { tipe: 'jumlah' } }),
  bad('nilai', '2,5', 'bilangan-bulat', { indicator: { tipe: 'jumlah' } }),
  ok('nilai', 'madya', 'Madya', { indicator: { tipe: 'ordinal', skema: 'kla' } }),
  bad('nilai', 'Utama', 'peringkat', { indicator: { tipe: 'ordinal', skema: 'kla' } }),
  bad('nilai', 'Madya', 'peringkat', { indicator: { tipe: 'ordinal', skema: 'kla' }, row: { tahun: 2005 } }),
  ok('nilai', 'Madya', null, { indicator: { tipe: 'ordinal', skema: 'kla' }, row: { tahun: -1 } }),
  ok('nilai', '0.379', 0.379, { indicator: { rentang: [0, 1] } }),
  ok('nilai', '91.366', 91366, { indicator: { tipe: 'jumlah', rentang: [0, null] } }),
  ok('nilai', '91.366', 91.366, { indicator: { rentang: [0, 100] } }),
  bad('nilai', '91.366', 'angka-ganda', { indicator: { rentang: [0, null] } }),
  bad('nilai', '153,42', 'rentang', { indicator: { rentang: [0, 100] } }),
  bad('nilai', '-5', 'rentang', { indicator: { rentang: [0, 100] } }),
  ok('nilai', '-8,79', -8.79, { indicator: { rentang: [-100, 100] } }),
  ok('nilai', 'Rp48.637.842', 48637842, { indicator: { rentang: [0, null] } }),
  ok('sumber', 'renstra-t4.1', 'renstra-t4.1'),
  bad('sumber', '', 'sumber'),
  bad('sumber', 'renstra', 'sumber'),
  ok('sumber', 'bps  renstra-t4.1', 'bps renstra-t4.1'),
  bad('sumber', 'bps renstra', 'sumber'),
  bad('sumber', 'renstra bps-lain', 'sumber'),
  ok('lokasi', 'hal. 45', 'hal. 45'),
  ok('catatan', 'baris 2 "kutip"', 'baris 2 "kutip"'),
];

describe('the column rules of a value file', () => {
  it.each(CASES)('$column "$text" -> $expected', ({ column, text, expected, indicator: ind, row: r }) => {
    const value = (VALUE_RULES[column] as (t: string, c: RuleContext, r: Fields) => unknown)(text, ctxFor(ind), row(r));
    expect(value instanceof Problem ? { problem: value.rule } : value).toEqual(expected);
  });

  it('has a rule for every column of a value file', () => {
    expect(Object.keys(VALUE_RULES).sort()).toEqual([
      'capaian_sumber',
      'catatan',
      'jenis',
      'jenis_kelamin',
      'kategori',
      'kelompok_umur',
      'kode_wilayah',
      'lokasi',
      'nilai',
      'seri',
      'status',
      'sumber',
      'tahun',
    ]);
  });
});

describe('capaian_sumber', () => {
  const rule = VALUE_RULES.capaian_sumber;
  const realised = { jenis: 'realisasi' } as Parameters<typeof rule>[2];
  it.each([
    { text: '', expected: null },
    { text: '117,53', expected: 117.53 },
    { text: '-1186', expected: -1186 },
  ])('reads "$text" as $expected', ({ text, expected }) => expect(rule(text, {} as Parameters<typeof rule>[1], realised)).toBe(expected));
  it('refuses text that is not a number, and a ratio on a target row', () => {
    expect(rule('n/a', {} as Parameters<typeof rule>[1], realised)).toMatchObject({ rule: 'capaian-sumber' });
    expect(rule('50', {} as Parameters<typeof rule>[1], { jenis: 'target' } as Parameters<typeof rule>[2])).toMatchObject({
      rule: 'capaian-sumber',
    });
  });
});

describe('parseRow', () => {
  const header = new Map([
    ['kode_wilayah', 0],
    ['tahun', 1],
    ['jenis', 2],
    ['nilai', 3],
    ['sumber', 4],
    ['status', 5],
  ] as const);
  const columns = fileColumns(header);

  it('gives a row with every published field; a row that repeats the one before takes its fields and runs its own year and value', () => {
    const first = parseRow(['19.02', '2021', 'realisasi', '53,02', 'bps', ''], columns, 2, ctxFor());
    expect(first).toMatchObject({ kode: '19.02', tahun: 2021, nilai: 53.02, baris: 2, capaian: null, asal: 'data' });
    const cells = ['19.02', '2022', 'realisasi', '53,42', 'bps', ''];
    const second = parseRow(cells, columns, 3, ctxFor(), {
      cells: ['19.02', '2021', 'realisasi', '53,02', 'bps', ''],
      row: first as ValueRow,
    });
    expect(second).toEqual(parseRow(cells, columns, 3, ctxFor()));
    expect((second as ValueRow).sumber).toBe((first as ValueRow).sumber);
    // The year and the value of a repeating row are still checked.
    const bad = parseRow(['19.02', '22', 'realisasi', 'x', 'bps', ''], columns, 4, ctxFor(), { cells, row: second as ValueRow });
    expect(Array.isArray(bad) && bad.map((p) => p.rule)).toEqual(['tahun', 'angka']);
  });

  it('reports every refused cell of a row, and blames status for a value it forbids', () => {
    const problems = parseRow(['19.2', 'x', 'realisasi', '5', 'nope', 'belum_tersedia'], columns, 3, ctxFor());
    expect(Array.isArray(problems) && problems.map((p) => [p.column, p.rule, p.value])).toEqual([
      ['kode_wilayah', 'kode-wilayah', '19.2'],
      ['tahun', 'tahun', 'x'],
      ['status', 'status', 'belum_tersedia'],
      ['sumber', 'sumber', 'nope'],
    ]);
  });
});
