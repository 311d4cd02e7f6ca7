/**
 * The violence stage: reads data/kekerasan/*.csv, applies primary and secondary disclosure control,
 * writes what may be published, and hands the counts of women and children to the catalog indicator
 * that receives them (agregat_kekerasan).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readViolence, type ViolenceRow } from '../datasets/kekerasan.ts';
import type { ValueRow } from '../datasets/values.ts';
import { csvLine } from '../lib/csv.ts';
import { buildCube, suppress, type Cube } from '../lib/disclosure-cube.ts';
import type { IssueLog } from '../lib/issues.ts';
import type { OutputStage } from '../lib/output.ts';
import type { Indicator } from '../lib/schema.ts';
import type { Loaded, Target } from './types.ts';

/**
 * Reads data/kekerasan/*.csv, applies primary and secondary disclosure control, writes what may be
 * published, and returns the counts of women and children per area and year (hidden ones as hidden).
 */
export async function processViolence(dataDir: string, loaded: Loaded, stage: OutputStage<Target>, sourceIds: ReadonlySet<string>, log: IssueLog): Promise<ValueRow[]> {
  const { config, regions } = loaded;
  const dir = join(dataDir, 'kekerasan');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.csv')).sort() : [];
  const rows: ViolenceRow[] = [];
  for (const file of files) {
    await readViolence(join(dir, file), { label: `data/kekerasan/${file}`, rootCode: config.wilayah.kode, regions, sources: sourceIds, years: config.tahun, log }, (r) => rows.push(r));
  }
  const cube = buildCube(rows, regions, config.wilayah.kode, log);
  if (log.hasErrors) return [];
  const hidden = suppress(cube, config.kekerasan.ambang, config.wilayah.kode);
  await writeViolence(stage, cube, hidden, loaded);
  return cube.cells
    .filter((c) => c.kelompok !== '')
    .map((c) => ({
      kode: c.kode, tahun: c.tahun, jk: '', ku: '', kat: c.kelompok, jenis: 'realisasi', nilai: c.status ? null : c.jumlah, status: c.status, sumber: c.sumber, lokasi: '',
      catatan: 'Dijumlahkan dari data agregat kekerasan (perempuan: korban perempuan umur 18 tahun ke atas; anak: korban umur 0–17 tahun).',
      capaian: null, tercapai: null, urutan: null, asal: 'data', baris: 0, teks: null,
    }));
}

/** Adds the aggregate counts where data/values has no row for the same cell; a different value there wins and is reported. */
export function mergeAggregates(rows: ValueRow[], extra: readonly ValueRow[], ind: Indicator, log: IssueLog): void {
  const have = new Map(rows.map((r) => [`${r.kode}|${r.tahun}|${r.jk}|${r.ku}|${r.kat}|${r.jenis}`, r]));
  for (const r of extra) {
    const same = have.get(`${r.kode}|${r.tahun}|${r.jk}|${r.ku}|${r.kat}|${r.jenis}`);
    if (!same) rows.push(r);
    else if (same.nilai !== r.nilai && r.status === '') {
      log.warn({ file: `data/values/${ind.id}.csv`, row: same.baris, column: 'nilai', value: String(same.nilai), rule: 'agregat', message: `Data agregat kekerasan memberi ${r.nilai} untuk sel ini; nilai di berkas ini yang dipakai. Periksa salah satunya.` });
    }
  }
}

export const VIOLENCE_COLUMNS = ['kode_wilayah', 'tahun', 'jenis_kekerasan', 'jenis_kelamin_korban', 'kelompok_umur_korban', 'tempat_kejadian', 'hubungan_pelaku', 'kelompok', 'jumlah', 'status', 'sumber'] as const;

async function writeViolence(stage: OutputStage<Target>, cube: Cube, hidden: { primer: number; sekunder: number }, loaded: Loaded): Promise<void> {
  const threshold = loaded.config.kekerasan.ambang;
  const cells = cube.cells.map((c) => [c.kode, c.tahun, c.jenis, c.jk, c.ku, c.tempat, c.hubungan, c.kelompok, c.status ? null : c.jumlah, c.status, c.sumber]);
  await stage.writeJson('generated', 'kekerasan.json', { ambang: threshold, kolom: VIOLENCE_COLUMNS, sel: cells, disembunyikan: hidden });
  const csv = [csvLine([...VIOLENCE_COLUMNS]), ...cells.map((c) => csvLine(c.map((v, i) => (i === 8 && v === null ? `<${threshold}` : (v as string | number)))))].join('');
  await stage.writeText('publicData', 'kekerasan-agregat.csv', csv);
}

