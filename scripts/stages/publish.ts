/**
 * The publishing stage: one indicator's rows to src/generated (compact arrays) and public/data (CSV
 * download and metadata JSON), the map layers, and the site-wide catalog, regions and sources.
 */
import type { Geometry } from '../datasets/geometry.ts';
import { regionCodes, regionIndex, type Region } from '../datasets/wilayah.ts';
import { csvCell, csvLine } from '../lib/csv.ts';
import { MapLayer, type MapLevel } from '../lib/map-layer.ts';
import type { FileWriter, OutputStage } from '../lib/output.ts';
import { OWN_COLUMNS, RUN_COLUMNS, type PublishedRow } from '../lib/published.ts';
import type { Indicator, Source } from '../lib/schema.ts';
import { SummaryBuilder, type Summary } from '../lib/summary.ts';
import { jsonText, RowEncoder } from './row-encoder.ts';
import type { Loaded, Target } from './types.ts';

export const DOWNLOAD_COLUMNS = [
  'indikator', 'kode_wilayah', 'nama_wilayah', 'tingkat', 'tahun', 'jenis_kelamin', 'kelompok_umur', 'kategori', 'jenis',
  'nilai', 'satuan', 'status', 'asal', 'capaian_persen', 'tercapai', 'sumber', 'lokasi', 'catatan',
] as const;

export interface MapIndexEntry {
  id: string;
  tingkat: MapLevel[];
  tahun: number[];
  /** The sources the layer's values cite: the map page lists them without reading every layer. */
  sumber: string[];
}

interface Area {
  kode: string;
  /** Position in data/wilayah.csv, -1 for an unknown code. */
  index: number;
  level: Region['level'] | undefined;
  /** The map level the area is coloured at; null for a level the map does not show. */
  map: MapLevel | null;
  /** The code as a JSON string, and the start of the area's CSV line (indicator, code, name, level) in UTF-8. */
  json: string;
  csv: Uint8Array;
}
const NO_AREA: Area = { kode: '\u0000', index: -1, level: undefined, map: null, json: '', csv: new Uint8Array(0) };

/**
 * Writes one indicator as its rows arrive, never holding them: the compact JSON for the pages, the CSV
 * download, the map layer and the headline summary, then the metadata JSON on `finish()`.
 *
 *   const out = new IndicatorOutput(stage, ind, loaded); for (const r of rows) out.add(r); const { summary, map } = await out.finish();
 *
 * `restart()` empties everything for a second pass over the same file (achievement needs the targets,
 * which may come after the values they judge). Files are created at the first row: an indicator without
 * rows has none.
 */
export class IndicatorOutput {
  private json: FileWriter | null = null;
  private csv: FileWriter | null = null;
  private rows = 0;
  private summary: SummaryBuilder;
  private layer: MapLayer;
  private area: Area = NO_AREA;
  private readonly used = new Set<string>();
  private lastSumber = '';
  private encoder: RowEncoder;
  private readonly prefix: string;
  private readonly index: ReadonlyMap<string, number>;

  constructor(
    private readonly stage: OutputStage<Target>,
    private readonly ind: Indicator,
    private readonly loaded: Loaded,
  ) {
    this.summary = this.newSummary();
    this.layer = this.newLayer();
    this.index = regionIndex(loaded.regions);
    this.encoder = this.newEncoder();
    this.prefix = `${csvCell(ind.id)},`;
  }

  /** `teks` is the value's cell where it is String(nilai) with a comma for the point (ValueRow.teks). */
  add(r: PublishedRow, teks: string | null = null): void {
    // Rows of one area usually come together (a desa, then its years): its lookups are done once.
    if (r.kode !== this.area.kode) this.enter(r.kode);
    const area = this.area;
    this.summary.add(r, area.level);
    if (area.map && r.jenis === 'realisasi' && r.jk === '' && r.ku === '' && r.kat === '') {
      const detail = r.rumus && 'total' in r.rumus ? `${r.rumus.jumlah}/${r.rumus.total}` : '';
      this.layer.add(area.index, area.map, r.tahun, r.nilai, r.status, r.sumber, detail, teks);
    }
    if (r.sumber !== this.lastSumber) {
      this.lastSumber = r.sumber;
      for (const id of r.sumber.split(' ')) this.used.add(id);
    }
    if (!this.json || !this.csv) {
      this.json = this.stage.writer('generated', `values/${this.ind.id}.json`);
      this.csv = this.stage.writer('publicData', `${this.ind.id}.csv`);
      this.start();
    }
    this.encoder.encode(r, area, teks, this.json, this.csv);
    this.rows += 1;
  }

  /** Looks up a new area: its level, its map cell (kecamatan and desa only) and the start of its CSV line. */
  private enter(kode: string): void {
    const region = this.loaded.regions.get(kode);
    const level = region?.level;
    const map = level === 'kecamatan' || level === 'desa' ? level : null;
    const csv = Buffer.from(`${this.prefix}${csvCell(kode)},${csvCell(region?.nama)},${csvCell(region?.tingkat)},`);
    this.area = { kode, index: this.index.get(kode) ?? -1, level, map, json: jsonText(kode), csv };
  }

  restart(): void {
    this.json?.truncate();
    this.csv?.truncate();
    if (this.json) this.start();
    this.rows = 0;
    this.summary = this.newSummary();
    this.layer = this.newLayer();
    this.encoder = this.newEncoder();
    this.area = NO_AREA;
    this.used.clear();
    this.lastSumber = '';
  }

  /**
   * Closes the files, writes the metadata JSON and the map layer (in public/data for downloads and in
   * src/generated for the pages), and returns the summary and the layer's index entry (null without
   * kecamatan or desa values).
   */
  async finish(): Promise<{ summary: Summary; map: MapIndexEntry | null }> {
    const { ind, loaded } = this;
    const summary = this.summary.result();
    if (this.json && this.csv) {
      this.json.add(`${this.encoder.close()}\n]}\n`);
      this.json.close();
      this.csv.close();
      const cited = [...this.used].filter((id) => loaded.sources[id]).sort();
      await this.stage.writeJson('publicData', `${ind.id}.json`, {
        ...ind,
        unduhan: { csv: `${ind.id}.csv`, kolom: DOWNLOAD_COLUMNS, baris: this.rows },
        sumber: Object.fromEntries(cited.map((id) => [id, { judul: sourceTitle(loaded.sources, id), url: loaded.sources[id]!.url ?? loaded.sources[loaded.sources[id]!.induk ?? '']?.url ?? null }])),
      });
    }
    const tingkat = this.layer.levels();
    if (tingkat.length === 0) return { summary, map: null };
    const file = this.stage.writer('publicData', `peta/nilai/${ind.id}.json`);
    const codes = regionCodes(loaded.regions);
    this.layer.write((area) => codes[area]!, file);
    file.close();
    await this.stage.copy('publicData', `peta/nilai/${ind.id}.json`, 'generated', `peta-nilai/${ind.id}.json`);
    return { summary, map: { id: ind.id, tingkat, tahun: this.layer.years(), sumber: this.layer.sources() } };
  }

  private start(): void {
    this.json!.add(`{"id":${JSON.stringify(this.ind.id)},"kolom_ruas":${JSON.stringify(RUN_COLUMNS)},"kolom_baris":${JSON.stringify(OWN_COLUMNS)},"ruas":[\n`);
    this.csv!.add(csvLine([...DOWNLOAD_COLUMNS]));
  }

  private newEncoder(): RowEncoder {
    return new RowEncoder(this.ind.satuan.id, `<${this.loaded.config.kekerasan.ambang}`);
  }

  private newLayer(): MapLayer {
    return new MapLayer(this.loaded.regions.size, this.loaded.config.tahun);
  }

  private newSummary(): SummaryBuilder {
    return new SummaryBuilder(this.loaded.config.wilayah.kode);
  }
}

export function sourceTitle(sources: Record<string, Source>, id: string, short = false): string {
  const src = sources[id];
  if (!src) return '';
  const parent = src.induk ? sources[src.induk] : undefined;
  const head = short ? (parent?.singkat ?? parent?.judul ?? src.singkat ?? src.judul) : (parent?.judul ?? src.judul);
  return [head, src.bagian].filter(Boolean).join(', ');
}

/** The site files that do not depend on the values: the regions and the sources (written while worker threads read). */
export async function writeRegistry(stage: OutputStage<Target>, loaded: Loaded): Promise<void> {
  const { regions, sources } = loaded;
  await stage.writeJson('generated', 'wilayah.json', [...regions.values()]);
  await stage.writeJson(
    'generated',
    'sources.json',
    Object.fromEntries(Object.entries(sources).map(([id, s]) => [id, { ...s, judul_lengkap: sourceTitle(sources, id), judul_singkat: sourceTitle(sources, id, true) }])),
  );
}

export async function writeSite(stage: OutputStage<Target>, loaded: Loaded, summaries: Map<string, Summary>, geometry: Geometry | null): Promise<void> {
  const { config, catalog } = loaded;
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
}
