/**
 * The agency register (data/opd.yml) and the SIGA fulfilment computed on it: producer names mapped (an
 * unknown one stops the build, naming where), elements owed and delivered per year, agencies counted the
 * Renstra's way; the pages of the real build (dist/) show the computed value beside the reported one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agencyIndex, agencyNames, matchAgency, AgencyRegisterSchema } from '../../src/model/opd.ts';
import { computeFulfilment } from '../../scripts/stages/opd.ts';
import { REPO, run, tempRoot } from '../helpers.ts';
import { DIST } from '../e2e/harness.ts';

// An invented register and catalogue (FIKTIF), for the test only.
const register = AgencyRegisterSchema.parse({
  sumber: 'fiktif',
  opd: [
    { kode: 'dinas-a', nama: { id: 'Dinas Fiktif A', en: 'Invented office A' }, singkatan: 'DFA', sebutan: ['Dinas A'], lokasi: 'baris 1' },
    { kode: 'dinas-b', nama: { id: 'Dinas Fiktif B', en: 'Invented office B' }, singkatan: 'DFB', lokasi: 'baris 2' },
    { kode: 'dinas-c', nama: { id: 'Dinas Fiktif C', en: 'Invented office C' }, singkatan: 'DFC', lokasi: 'baris 3' },
  ],
  instansi_lain: [{ kode: 'bps', nama: { id: 'Badan Pusat Statistik', en: 'Statistics Indonesia' }, singkatan: 'BPS' }],
  tanpa_nama: ['instansi terkait'],
});
const el = (no: number, opd: string, indikator: string | null, sebagian = false) => ({
  no,
  kelompok: 'I' as const,
  nama: { id: `Elemen fiktif ${no}`, en: `Invented element ${no}` },
  disagregasi: 'jenis kelamin (L/P)',
  level: 'kab',
  opd,
  periode: 'tahunan',
  indikator,
  ...(sebagian ? { sebagian } : {}),
});
const catalog = {
  indikator: [
    { id: 'x', opd: { id: 'DFA (sistem fiktif); instansi terkait', en: 'A' } },
    { id: 'y', opd: { id: 'BPS', en: 'BPS' } },
  ],
  elemen_standar: [el(1, 'Dinas A (aplikasi); BPS', 'x'), el(2, 'DFB / DFA', 'y'), el(3, 'DFB', 'y', true), el(4, 'DFC', null)],
} as unknown as Parameters<typeof computeFulfilment>[1];
const years: Record<string, number[]> = { x: [2021, 2022], y: [2022, 2024] };

describe('agency names', () => {
  it('reads the agency names of a producer text, without systems or roles in parentheses', () => {
    expect(agencyNames('BPS (Sakernas/Susenas); Disnaker')).toEqual(['BPS', 'Disnaker']);
    expect(agencyNames('UPTD PPA / DPPPA (SIMFONI-PPA)')).toEqual(['UPTD PPA', 'DPPPA']);
  });

  it('finds an entry by any of its names, by the longest name a text contains, and knows generic terms', () => {
    const index = agencyIndex(register);
    expect(matchAgency(index, 'dfa')).toMatchObject({ kode: 'dinas-a', opd: true });
    expect(matchAgency(index, 'dilaporkan Dinas Fiktif B')).toMatchObject({ kode: 'dinas-b' });
    expect(matchAgency(index, 'BPS')).toMatchObject({ kode: 'bps', opd: false });
    expect(matchAgency(index, 'Instansi Terkait')).toBe('umum');
    expect(matchAgency(index, 'Dinas Tidak Ada')).toBeNull();
  });
});

describe('the fulfilment measure', () => {
  const result = computeFulfilment(register, catalog, (id) => years[id] ?? []);

  it('gives each agency the elements that name it, and the indicators it produces', () => {
    const a = result.opd.find((x) => x.kode === 'dinas-a')!;
    expect(a.wajib).toEqual([1, 2]);
    expect(a.indikator).toEqual(['x']);
    expect(result.opd.find((x) => x.kode === 'dinas-b')!.wajib).toEqual([2, 3]);
    expect(result.instansi_lain[0]!.wajib).toEqual([1]);
  });

  it('counts per year the elements delivered in full or in part, and the agencies with at least one in full', () => {
    expect(result.tahun_acuan).toBe(2024);
    expect(result.jumlah_opd).toBe(3);
    expect(result.per_tahun).toEqual([
      { tahun: 2021, opd: 1, elemen: 1, elemen_sebagian: 0 },
      { tahun: 2022, opd: 2, elemen: 2, elemen_sebagian: 1 },
      // 2023: nothing at all, said as zeros rather than left out.
      { tahun: 2023, opd: 0, elemen: 0, elemen_sebagian: 0 },
      { tahun: 2024, opd: 2, elemen: 1, elemen_sebagian: 1 },
    ]);
    const b = result.opd.find((x) => x.kode === 'dinas-b')!;
    expect([b.terpenuhi, b.sebagian]).toEqual([[2], [3]]);
    expect(result.opd.find((x) => x.kode === 'dinas-c')!.terpenuhi).toEqual([]);
  });

  it('takes the reference year from the register when it names one', () => {
    const r = computeFulfilment({ ...register, tahun_acuan: 2021 }, catalog, (id) => years[id] ?? []);
    expect(r.tahun_acuan).toBe(2021);
    expect(r.per_tahun.at(-1)).toEqual({ tahun: 2021, opd: 1, elemen: 1, elemen_sebagian: 0 });
  });
});

describe('the register in the build', () => {
  it('stops the build on a producer name the register does not know, naming the catalogue field', async () => {
    const tmp = tempRoot(join(REPO, 'data'));
    try {
      const path = join(tmp.data, 'indicators.yml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('opd: "BKPSDM"', 'opd: "Badan Fiktif"'));
      const result = await run(tmp.root, tmp.data);
      expect(result.lines).toEqual([
        expect.stringMatching(
          /^data\/indicators\.yml::elemen_standar\.\d+\.opd {2}"Badan Fiktif" {2}opd {2}Nama produsen data ini tidak dikenal di data\/opd\.yml\./,
        ),
      ]);
    } finally {
      tmp.cleanup();
    }
  });

  it('refuses a register whose source is not in data/sources.yml', async () => {
    const tmp = tempRoot(join(REPO, 'data'));
    try {
      const path = join(tmp.data, 'opd.yml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('sumber: renstra-perbup-pasal4', 'sumber: perbup-tidak-ada'));
      const result = await run(tmp.root, tmp.data);
      expect(result.lines).toEqual([expect.stringMatching(/^data\/opd\.yml::sumber {2}"perbup-tidak-ada" {2}sumber /)]);
    } finally {
      tmp.cleanup();
    }
  });
});

describe('the fulfilment pages of the real build', () => {
  const text = (path: string) =>
    readFileSync(join(DIST, path), 'utf8')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');

  it('lists the 31 agencies of Perbup 20/2023 and counts them the Renstra way', () => {
    const page = text('opd/index.html');
    expect(page).toContain('31 perangkat daerah');
    expect(page).toMatch(/Dinas Kependudukan dan Pencatatan Sipil \d+ [1-9]/);
    expect(page).toContain('Instansi lain (tidak dihitung)');
    expect(text('en/opd/index.html')).toContain('SIGA data fulfilment by agency');
  });

  it('shows the computed value beside the values the Renstra reports, which stay on the indicator', () => {
    const page = text('indikator/pemenuhan-data-siga/index.html');
    // Table cells in order: year, reported by the Renstra, computed (of 31 agencies), elements met.
    expect(page).toMatch(
      /Tahun Dilaporkan Renstra Dihitung portal \(dari 31 OPD\) Elemen terpenuhi \(dari 50\) 2021 33,3% [\d,]+% \(\d+ dari 31\) \d+/,
    );
    expect(page).toMatch(/ 2022 55,8% [\d,]+% \(\d+ dari 31\)/);
    // The Renstra's own rows are the indicator's data, unchanged.
    expect(readFileSync(join(DIST, 'data/pemenuhan-data-siga.csv'), 'utf8')).toMatch(/2021.*realisasi.*33[.,]33/);
  });

  it('gives each agency a page of what it owes, with each element in its state', () => {
    const page = text('opd/dinkes/index.html');
    expect(page).toContain('Dinas Kesehatan');
    expect(page).toContain('belum ada indikatornya di katalog');
    expect(page).toMatch(/baris 15729/);
  });
});
