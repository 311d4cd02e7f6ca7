/**
 * The publishing stage: one indicator's rows to src/generated (compact arrays) and public/data (CSV
 * download and metadata JSON), the map layers, and the site-wide catalog, regions and sources.
 */
import type { Geometry } from '../datasets/geometry.ts';
import type { Region } from '../datasets/wilayah.ts';
import { csvLine } from '../lib/csv.ts';
import { ChunkWriter, type OutputStage } from '../lib/output.ts';
import { encodeRow, ROW_COLUMNS, type PublishedRow } from '../lib/published.ts';
import type { Indicator, Source } from '../lib/schema.ts';
import type { Summary } from '../lib/summary.ts';
import type { Loaded, Target } from './types.ts';

export const DOWNLOAD_COLUMNS = [
  'indikator', 'kode_wilayah', 'nama_wilayah', 'tingkat', 'tahun', 'jenis_kelamin', 'kelompok_umur', 'kategori', 'jenis',
  'nilai', 'satuan', 'status', 'asal', 'capaian_persen', 'tercapai', 'sumber', 'lokasi', 'catatan',
] as const;

export interface MapIndexEntry {
  id: string;
  tingkat: Array<'kecamatan' | 'desa'>;
  tahun: number[];
}

/** Per area and year, what a map colours: [value, status, source ids, detail] of the first realised "all" row. */
export type MapValues = Record<'kecamatan' | 'desa', Record<string, Record<string, [number | string | null, string, string, string]>>>;

/** The values a choropleth needs for an indicator with rows at kecamatan or desa level; null when it has none. */
export function mapLayer(ind: Indicator, rows: readonly PublishedRow[], regions: ReadonlyMap<string, Region>): { entry: MapIndexEntry; values: MapValues } | null {
  const values: MapValues = { kecamatan: {}, desa: {} };
  const years = new Set<number>();
  for (const r of rows) {
    const level = regions.get(r.kode)?.level;
    if ((level !== 'kecamatan' && level !== 'desa') || r.jenis !== 'realisasi' || r.jk || r.ku || r.kat) continue;
    const byYear = (values[level][r.kode] ??= {});
    if (byYear[r.tahun]) continue;
    const detail = r.rumus && 'total' in r.rumus ? `${r.rumus.jumlah}/${r.rumus.total}` : '';
    byYear[r.tahun] = [r.nilai, r.status, r.sumber, detail];
    years.add(r.tahun);
  }
  const tingkat = (['kecamatan', 'desa'] as const).filter((l) => Object.keys(values[l]).length > 0);
  if (tingkat.length === 0) return null;
  return { entry: { id: ind.id, tingkat: [...tingkat], tahun: [...years].sort((a, b) => a - b) }, values };
}

export async function writeIndicator(stage: OutputStage<Target>, ind: Indicator, rows: PublishedRow[], loaded: Loaded): Promise<void> {
  const { regions, sources, config } = loaded;
  const json = new ChunkWriter(await stage.stream('generated', `values/${ind.id}.json`));
  const csv = new ChunkWriter(await stage.stream('publicData', `${ind.id}.csv`));
  json.add(`{"id":${JSON.stringify(ind.id)},"kolom":${JSON.stringify(ROW_COLUMNS)},"baris":[\n`);
  csv.add(csvLine([...DOWNLOAD_COLUMNS]));
  const unit = ind.satuan.id;
  const hidden = `<${config.kekerasan.ambang}`;
  const used = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const region = regions.get(r.kode);
    for (const id of r.sumber.split(' ')) used.add(id);
    const full = json.add(`${i === 0 ? '' : ',\n'}${encodeRow(r)}`);
    const more = csv.add(
      csvLine([
        ind.id, r.kode, region?.nama ?? '', region?.tingkat ?? '', r.tahun, r.jk, r.ku, r.kat, r.jenis,
        r.status === 'disembunyikan' ? hidden : r.nilai, unit, r.status, r.asal, r.capaian,
        r.tercapai === null ? '' : r.tercapai ? 'ya' : 'tidak', r.sumber, r.lokasi, r.catatan,
      ]),
    );
    if (full) await json.flush();
    if (more) await csv.flush();
  }
  json.add('\n]}\n');
  await Promise.all([json.close(), csv.close()]);
  const cited = [...used].filter((id) => sources[id]).sort();
  await stage.writeJson('publicData', `${ind.id}.json`, {
    ...ind,
    unduhan: { csv: `${ind.id}.csv`, kolom: DOWNLOAD_COLUMNS, baris: rows.length },
    sumber: Object.fromEntries(cited.map((id) => [id, { judul: sourceTitle(sources, id), url: sources[id]!.url ?? sources[sources[id]!.induk ?? '']?.url ?? null }])),
  });
}

export function sourceTitle(sources: Record<string, Source>, id: string, short = false): string {
  const src = sources[id];
  if (!src) return '';
  const parent = src.induk ? sources[src.induk] : undefined;
  const head = short ? (parent?.singkat ?? parent?.judul ?? src.singkat ?? src.judul) : (parent?.judul ?? src.judul);
  return [head, src.bagian].filter(Boolean).join(', ');
}

export async function writeSite(stage: OutputStage<Target>, loaded: Loaded, summaries: Map<string, Summary>, geometry: Geometry | null): Promise<void> {
  const { config, catalog, regions, sources } = loaded;
  const peta = geometry ? { ada: true, resmi: geometry.resmi, sumber: geometry.sumber, atribusi: geometry.atribusi } : { ada: false, resmi: false, sumber: '', atribusi: '' };
  const hasData = (id: string | null): boolean => Boolean(id && summaries.get(id)?.ada_data);
  const elements = catalog.elemen_standar.map((el) => ({ ...el, tersedia: hasData(el.indikator) && !el.sebagian, sebagian: hasData(el.indikator) && Boolean(el.sebagian) }));
  await stage.writeJson('generated', 'site.json', { wilayah: config.wilayah, portal: config.portal, kekerasan: config.kekerasan, peta: { ...peta, ubin: config.peta.ubin } });
  await stage.writeJson('generated', 'catalog.json', {
    kelompok: catalog.kelompok,
    program: catalog.program,
    skema: catalog.skema,
    indikator: catalog.indikator.map((ind) => ({ ...ind, ringkasan: summaries.get(ind.id) })),
    elemen_standar: elements,
    pemenuhan_elemen: { tersedia: elements.filter((e) => e.tersedia).length, sebagian: elements.filter((e) => e.sebagian).length, total: elements.length },
  });
  await stage.writeJson('generated', 'wilayah.json', [...regions.values()]);
  await stage.writeJson(
    'generated',
    'sources.json',
    Object.fromEntries(Object.entries(sources).map(([id, s]) => [id, { ...s, judul_lengkap: sourceTitle(sources, id), judul_singkat: sourceTitle(sources, id, true) }])),
  );
}
