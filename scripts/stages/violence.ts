/**
 * The violence stage: reads data/kekerasan/*.csv, applies primary and secondary disclosure control,
 * writes what may be published, and hands the counts of women and children to the catalog indicator
 * that receives them (agregat_kekerasan).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HIDDEN_LABEL, VIOLENCE_COLUMNS, type ViolenceFile } from '../../src/model/violence.ts';
import { readViolence } from '../datasets/kekerasan.ts';
import { csvLine } from '../../src/model/csv.ts';
import { buildCube, suppress, type Cube } from '../lib/disclosure-cube.ts';
import { protect } from '../lib/disclosure-audit.ts';
import type { IssueLog } from '../lib/issues.ts';
import type { OutputStage } from '../lib/output.ts';
import type { ValueRow, ViolenceRow } from '../lib/rows.ts';
import type { Loaded, Target } from './types.ts';

/**
 * Reads data/kekerasan/*.csv, applies primary and secondary disclosure control, writes what may be
 * published, and returns the counts of women and children per area and year (hidden ones as hidden).
 */
export async function processViolence(dataDir: string, loaded: Loaded, stage: OutputStage<Target>, log: IssueLog): Promise<ValueRow[]> {
  const { config, regions } = loaded;
  const sourceIds = new Set(Object.keys(loaded.sources));
  const dir = join(dataDir, 'kekerasan');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.toLowerCase().endsWith('.csv'))
        .sort()
    : [];
  const rows: ViolenceRow[] = [];
  for (const file of files) {
    await readViolence(
      join(dir, file),
      { label: `data/kekerasan/${file}`, rootCode: config.wilayah.kode, regions, sources: sourceIds, years: config.tahun, log },
      (r) => rows.push(r),
    );
  }
  const cube = buildCube(rows, regions, config.wilayah.kode, log);
  if (log.hasErrors) return [];
  const hidden = suppress(cube, config.kekerasan.ambang, config.wilayah.kode);
  // The exact audit drives the rest: detail beneath hidden cells is not listed, and secondary
  // suppression is added until no small count can be bounded from what is published. The kabupaten's
  // own total of a year stays (the Renstra publishes it).
  let protection;
  try {
    protection = await protect(cube, config.kekerasan.ambang, config.wilayah.kode);
  } catch (e) {
    const first = rows[0]!;
    log.error({
      file: first.file,
      row: 0,
      column: 'jumlah',
      value: '',
      rule: 'pengungkapan',
      message: `${(e as Error).message} Kurangi rincian data kekerasan (mis. hapus kolom tempat_kejadian atau hubungan_pelaku).`,
    });
    return [];
  }
  const { unlisted } = protection;
  hidden.sekunder += protection.added;
  await writeViolence(stage, cube, { ...hidden, pemecahan: protection.solves }, unlisted, loaded);
  return cube.cells
    .filter((c, i) => (c.kelompok === 'anak' || c.kelompok === 'perempuan') && !unlisted.has(i))
    .map((c) => ({
      kode: c.kode,
      tahun: c.tahun,
      jenis_kelamin: '',
      kelompok_umur: '',
      kategori: c.kelompok,
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
    }));
}

async function writeViolence(
  stage: OutputStage<Target>,
  cube: Cube,
  hidden: { primer: number; sekunder: number; pemecahan: number },
  unlisted: ReadonlySet<number>,
  loaded: Loaded,
): Promise<void> {
  const threshold = loaded.config.kekerasan.ambang;
  // Adult men are modelled for the audit, never published on their own; nor is the detail beneath a hidden cell.
  const cells: ViolenceFile['sel'] = cube.cells
    .filter((c, i) => c.kelompok !== 'laki_dewasa' && !unlisted.has(i))
    .map((c) => [c.kode, c.tahun, c.jenis, c.jk, c.ku, c.tempat, c.hubungan, c.kelompok, c.status ? null : c.jumlah, c.status, c.sumber]);
  const file: ViolenceFile = { ambang: threshold, kolom: [...VIOLENCE_COLUMNS], sel: cells, disembunyikan: hidden };
  await stage.writeJson('generated', 'kekerasan.json', file);
  const csv = [
    csvLine([...VIOLENCE_COLUMNS]),
    ...cells.map((c) => csvLine(c.map((v, i) => (i === 8 && v === null ? HIDDEN_LABEL : (v as string | number))))),
  ].join('');
  await stage.writeText('publicData', 'kekerasan-agregat.csv', csv);
}
