/**
 * The violence stage: reads data/kekerasan/*.csv, applies primary and secondary disclosure control,
 * writes what may be published, and hands the counts of women and children to the catalog indicator
 * that receives them (agregat_kekerasan).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIMENSIONS, HIDDEN_LABEL, VIOLENCE_COLUMNS, type CubeCell, type ViolenceFile } from '../../src/model/violence.ts';
import { readViolence } from '../datasets/kekerasan.ts';
import { csvLine } from '../../src/model/csv.ts';
import { buildCube, suppress } from '../lib/disclosure-cube.ts';
import { protect, UnprotectableError } from '../lib/disclosure-audit.ts';
import type { IssueLog } from '../lib/issues.ts';
import type { OutputStage } from '../lib/output.ts';
import type { ValueRow, ViolenceRow } from '../lib/rows.ts';
import type { Loaded, Target } from './types.ts';

/**
 * The detail a year's table is published at, finest first: when a table cannot be protected at one,
 * the next drops the variables that made it unprotectable. The last, the kabupaten split one way at a
 * time, has no small count to protect (a kabupaten figure split one way is published as it is).
 */
const DETAIL: Array<{ name: string; keeps: (r: ViolenceRow, rootCode: string) => boolean }> = [
  { name: 'rincian lengkap', keeps: () => true },
  { name: 'rincian tanpa tempat kejadian dan hubungan pelaku', keeps: (r) => r.tempat === '' && r.hubungan === '' },
  { name: 'rincian satu arah (jenis, jenis kelamin atau umur saja, per kecamatan)', keeps: (r) => splitsOf(r) <= 1 },
  { name: 'angka kabupaten saja, rincian satu arah', keeps: (r, rootCode) => r.kode === rootCode && splitsOf(r) <= 1 },
];
const splitsOf = (r: ViolenceRow): number => DIMENSIONS.filter((d) => r[d] !== '').length;

type Hidden = { primer: number; sekunder: number; pemecahan: number };

/**
 * Reads data/kekerasan/*.csv, applies primary and secondary disclosure control, writes what may be
 * published, and returns the counts of women and children per area and year (hidden ones as hidden).
 */
export async function processViolence(dataDir: string, loaded: Loaded, stage: OutputStage<Target>, log: IssueLog): Promise<ValueRow[]> {
  const rows = await readViolenceFiles(dataDir, loaded, log);
  // Each year is its own table (no sum crosses years): protected on its own, and published at less
  // detail when it cannot be protected at the detail given.
  const published: CubeCell[] = [];
  const hidden: Hidden = { primer: 0, sekunder: 0, pemecahan: 0 };
  for (const tahun of [...new Set(rows.map((r) => r.tahun))].sort((a, b) => a - b)) {
    const cells = await protectYear(
      rows.filter((r) => r.tahun === tahun),
      tahun,
      loaded,
      hidden,
      log,
    );
    if (log.hasErrors) return [];
    published.push(...cells);
  }
  await writeViolence(stage, published, hidden, loaded);
  return published.filter((c) => c.kelompok === 'anak' || c.kelompok === 'perempuan').map(groupRow);
}

async function readViolenceFiles(dataDir: string, loaded: Loaded, log: IssueLog): Promise<ViolenceRow[]> {
  const { config, regions } = loaded;
  const sources = new Set(Object.keys(loaded.sources));
  const dir = join(dataDir, 'kekerasan');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.toLowerCase().endsWith('.csv'))
        .sort()
    : [];
  const rows: ViolenceRow[] = [];
  for (const file of files) {
    const options = { label: `data/kekerasan/${file}`, rootCode: config.wilayah.kode, regions, sources, years: config.tahun, log };
    await readViolence(join(dir, file), options, (r) => rows.push(r));
  }
  return rows;
}

/**
 * One year's table at the finest detail that can be protected: its published cells (adult men, modelled
 * for the audit, and the detail beneath a hidden cell left out), with the hidden counts added to `hidden`.
 */
async function protectYear(ofYear: ViolenceRow[], tahun: number, loaded: Loaded, hidden: Hidden, log: IssueLog): Promise<CubeCell[]> {
  const rootCode = loaded.config.wilayah.kode;
  const threshold = loaded.config.kekerasan.ambang;
  let tried = -1;
  for (const [level, detail] of DETAIL.entries()) {
    const kept = ofYear.filter((r) => detail.keeps(r, rootCode));
    // A level that drops nothing more than the one that failed would fail the same way.
    if (kept.length === tried) continue;
    tried = kept.length;
    const cube = buildCube(kept, loaded.regions, rootCode, log);
    if (log.hasErrors) return [];
    const counts = suppress(cube, threshold, rootCode);
    // The exact audit drives the rest: detail beneath hidden cells is not listed, and secondary
    // suppression is added until no small count can be bounded from what is published. The
    // kabupaten's own total of a year stays (the Renstra publishes it).
    const protection = await protect(cube, threshold, rootCode).catch((e: unknown) => {
      if (e instanceof UnprotectableError) return null;
      throw e;
    });
    if (!protection) continue;
    hidden.primer += counts.primer;
    hidden.sekunder += counts.sekunder + protection.added;
    hidden.pemecahan += protection.solves;
    if (level > 0) {
      const first = ofYear.find((r) => !detail.keeps(r, rootCode)) ?? ofYear[0]!;
      log.warn({
        file: first.file,
        row: first.baris,
        column: 'jumlah',
        value: String(tahun),
        rule: 'pengungkapan',
        message: `Data kekerasan tahun ${tahun} tidak dapat dilindungi pada ${DETAIL[0]!.name}: sebuah angka kecil akan dapat dihitung dari angka lain yang diterbitkan. Tahun itu diterbitkan dengan ${detail.name}; ${ofYear.length - kept.length} baris rincian tidak diterbitkan. Tidak ada yang perlu diperbaiki; untuk menerbitkan lebih rinci, gabungkan kategori yang sangat kecil.`,
      });
    }
    return cube.cells.filter((c, i) => c.kelompok !== 'laki_dewasa' && !protection.unlisted.has(i));
  }
  return [];
}

/** A count of children or adult women as a row of the indicator that receives them (agregat_kekerasan). */
function groupRow(c: CubeCell): ValueRow {
  return {
    kode: c.kode,
    tahun: c.tahun,
    jenis_kelamin: '',
    kelompok_umur: '',
    kategori: c.kelompok,
    seri: '',
    jenis: 'realisasi',
    nilai: c.status ? null : c.jumlah,
    status: c.status,
    sumber: c.sumber,
    lokasi: '',
    catatan: 'Dijumlahkan dari data agregat kekerasan (perempuan: korban perempuan umur 18 tahun ke atas; anak: korban umur 0–17 tahun).',
    capaian: null,
    capaian_sumber: null,
    tercapai: null,
    urutan: null,
    asal: 'data',
    baris: 0,
  };
}

async function writeViolence(stage: OutputStage<Target>, published: readonly CubeCell[], hidden: Hidden, loaded: Loaded): Promise<void> {
  const threshold = loaded.config.kekerasan.ambang;
  const cells: ViolenceFile['sel'] = published.map((c) => [
    c.kode,
    c.tahun,
    c.jenis,
    c.jk,
    c.ku,
    c.tempat,
    c.hubungan,
    c.kelompok,
    c.status ? null : c.jumlah,
    c.status,
    c.sumber,
  ]);
  const file: ViolenceFile = { ambang: threshold, kolom: [...VIOLENCE_COLUMNS], sel: cells, disembunyikan: hidden };
  await stage.writeJson('generated', 'kekerasan.json', file);
  const csv = [
    csvLine([...VIOLENCE_COLUMNS]),
    ...cells.map((c) => csvLine(c.map((v, i) => (i === 8 && v === null ? HIDDEN_LABEL : (v as string | number))))),
  ].join('');
  await stage.writeText('publicData', 'kekerasan-agregat.csv', csv);
}
