/**
 * Rates per N with their numerator and denominator, from the terms named in the catalog.
 *
 *   deriveRates({ per: 10000, pembilang: [kasus perempuan, kasus anak], penyebut: [penduduk P, penduduk 0-17] }, lookup)
 *   -> [{ kode: '19.02', tahun: 2022, nilai: 2.6384, pembilang: 38, penyebut: 144027, dari: [...] }]
 *
 * A rate is computed for a region and year only where every term has exactly one undisputed realised
 * value; a suppressed (disclosure-controlled) term suppresses the rate, so a small count cannot be
 * recovered from it.
 */
import type { Term } from '../../../src/model/catalog.ts';
import type { ValueRow } from '../rows.ts';
import { round } from './achievement.ts';

export interface DerivedRate {
  kode: string;
  tahun: number;
  nilai: number | null;
  status: '' | 'disembunyikan';
  pembilang: number | null;
  penyebut: number;
  rincian: Array<{
    indikator: string;
    jenis_kelamin: string;
    kelompok_umur: string;
    kategori: string;
    nilai: number | null;
    sumber: string;
    lokasi: string;
  }>;
}

export type RowsByIndicator = ReadonlyMap<string, readonly ValueRow[]>;

function matches(row: ValueRow, term: Term): boolean {
  return (
    row.jenis === 'realisasi' &&
    row.jenis_kelamin === (term.jenis_kelamin ?? '') &&
    row.kelompok_umur === (term.kelompok_umur ?? '') &&
    row.kategori === (term.kategori ?? '') &&
    row.seri === '' &&
    row.status !== 'diperdebatkan' &&
    row.status !== 'belum_tersedia'
  );
}

export function deriveRates(spec: { per: number; pembilang: Term[]; penyebut: Term[] }, rows: RowsByIndicator): DerivedRate[] {
  const terms = [...spec.pembilang, ...spec.penyebut];
  // Candidate region-years: those where the first numerator term has a value.
  const first = spec.pembilang[0]!;
  const keys = new Set<string>();
  for (const r of rows.get(first.indikator) ?? []) if (matches(r, first)) keys.add(`${r.kode}|${r.tahun}`);

  const out: DerivedRate[] = [];
  for (const key of [...keys].sort()) {
    const [kode, tahunText] = key.split('|') as [string, string];
    const tahun = Number(tahunText);
    const found = terms.map((term) =>
      (rows.get(term.indikator) ?? []).filter((r) => r.kode === kode && r.tahun === tahun && matches(r, term)),
    );
    if (found.some((f) => f.length !== 1)) continue;
    const values = found.map((f) => f[0]!);
    const numerators = values.slice(0, spec.pembilang.length);
    const denominators = values.slice(spec.pembilang.length);
    if (denominators.some((d) => typeof d.nilai !== 'number')) continue;
    const penyebut = denominators.reduce((s, d) => s + (d.nilai as number), 0);
    if (penyebut <= 0) continue;
    const suppressed = numerators.some((n) => n.status === 'disembunyikan' || typeof n.nilai !== 'number');
    const pembilang = suppressed ? null : numerators.reduce((s, n) => s + (n.nilai as number), 0);
    out.push({
      kode,
      tahun,
      nilai: pembilang === null ? null : round((pembilang / penyebut) * spec.per, 4),
      status: suppressed ? 'disembunyikan' : '',
      pembilang,
      penyebut,
      rincian: values.map((v, i) => ({
        indikator: terms[i]!.indikator,
        jenis_kelamin: v.jenis_kelamin,
        kelompok_umur: v.kelompok_umur,
        kategori: v.kategori,
        nilai: v.status === 'disembunyikan' ? null : (v.nilai as number | null),
        sumber: v.sumber,
        lokasi: v.lokasi,
      })),
    });
  }
  return out;
}
