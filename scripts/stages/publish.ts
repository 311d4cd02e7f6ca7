/**
 * The publishing stage: one indicator's rows to src/generated (compact arrays) and public/data (CSV
 * download and metadata JSON), the map layers, and the site-wide catalog, regions and sources.
 */
import type { Geometry } from '../datasets/geometry.ts';
import { regionCodes, regionIndex, type Region } from '../datasets/wilayah.ts';
import { csvCell, csvLine } from '../lib/csv.ts';
import { MapLayer, type MapLevel } from '../lib/map-layer.ts';
import type { ByteSink, FileWriter, OutputStage } from '../lib/output.ts';
import { OWN_COLUMNS, RUN_COLUMNS, type PublishedRow } from '../lib/published.ts';
import type { Indicator, Source } from '../lib/schema.ts';
import { SummaryBuilder, type Summary } from '../lib/summary.ts';
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

const COMMA = 44;
const POINT = 46;
const OPEN = 91; // [
const CLOSE = 93; // ]

/** Copies bytes into a buffer at a position and returns the position after them. */
function copyBytes(to: Uint8Array, at: number, from: Uint8Array): number {
  to.set(from, at);
  return at + from.length;
}

/** A number's text with a point where a cell had its decimal comma: String() never writes a comma. */
const pointed = (number: string): string => (number.indexOf(',') === -1 ? number : number.replace(',', '.'));

/** Copies a number's text into a buffer as pointed() would give it; returns the position after it. */
function copyNumber(to: Uint8Array, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    to[at + i] = c === COMMA ? POINT : c;
  }
  return at + text.length;
}

/** Copies ASCII text into a buffer at a position and returns the position after it. */
function copyAscii(to: Uint8Array, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) to[at + i] = text.charCodeAt(i);
  return at + text.length;
}

/** An area as the encoder needs it: its code as JSON, the start of its CSV line in UTF-8. */
export interface EncoderArea {
  json: string;
  csv: Uint8Array;
}

/**
 * Writes one row as its piece of the runs of src/generated/values/<id>.json (see published.ts) and as
 * a line of the CSV download (DOWNLOAD_COLUMNS, after the area's own start). Runs once per row of a
 * national file: consecutive rows mostly repeat their breakdown and their status, source, location and
 * note, so those pieces are encoded once (to UTF-8 for the CSV) and copied while they repeat, a row that
 * repeats them all joins the run before it, and the year and number go in as ASCII: a usual row builds
 * no string.
 *
 *   const enc = new RowEncoder('persen', '<10');
 *   enc.encode(row, { json: '"19.02"', csv: utf8('idg,19.02,Belitung,Kabupaten,') }, null, json, csv)
 *     // json gets '[[["19.02","","","","realisasi","","bps","","","data"],[2022,53.42]', then ',[2023,54.1]' for the next year
 *   enc.close() -> ']'
 */
export class RowEncoder {
  private mid = { jk: '\u0000', ku: '', kat: '', jenis: '', json: '', csv: new Uint8Array(0) };
  private note = { status: '\u0000', sumber: '', lokasi: '', catatan: '', asal: '', json: '' };
  private tail = { status: '\u0000', sumber: '', lokasi: '', catatan: '', capaian: null as number | null, tercapai: null as boolean | null, urutan: null as number | null, asal: '', csv: new Uint8Array(0) };
  private run: { kode: string; mid: object; note: object } | null = null;
  private readonly unit: string;

  constructor(
    unit: string,
    private readonly hidden: string,
  ) {
    this.unit = csvCell(unit);
  }

  /**
   * Writes the row's JSON piece to `json` and its CSV line to `csv`; breakdown, tail and number are
   * looked at once. `teks` may be the cell the number was read from, when it is String(nilai) with a
   * comma for the point (ValueRow.teks): it is copied with a point instead of formatting the number.
   */
  encode(r: PublishedRow, area: EncoderArea, teks: string | null, json: ByteSink, csv: ByteSink): void {
    this.refresh(r);
    const number = typeof r.nilai === 'number' ? (teks ?? String(r.nilai)) : null;
    const year = String(r.tahun);
    if (number === null || r.status === 'disembunyikan' || !this.csvLine(area, year, number, csv)) {
      csv.addBytes(area.csv);
      csv.addAscii(year);
      csv.addByte(COMMA);
      csv.addBytes(this.mid.csv);
      if (r.status === 'disembunyikan') csv.add(this.hidden);
      else if (number !== null) csv.addAscii(pointed(number));
      else csv.add(csvCell(r.nilai));
      csv.addByte(COMMA);
      csv.addBytes(this.tail.csv);
    }

    const run = this.run;
    const joins = run !== null && run.kode === area.json && run.mid === this.mid && run.note === this.note;
    // The usual row of a national file: [year, number] joining the run before it.
    if (joins && number !== null && r.capaian === null && r.tercapai === null && r.urutan === null && !r.rumus && this.ownPart(year, number, json)) return;
    if (joins) {
      json.addAscii(',[');
    } else {
      json.add(`${run ? '],\n' : ''}[[${area.json},${this.mid.json}${this.note.json}],[`);
      this.run = { kode: area.json, mid: this.mid, note: this.note };
    }
    json.addAscii(year);
    json.addByte(COMMA);
    if (number !== null) json.addAscii(pointed(number));
    else json.add(r.nilai === null ? 'null' : jsonText(r.nilai as string));
    // A row's own part stops after its last field that is set.
    if (r.rumus) json.add(`,${r.capaian},${r.tercapai},${r.urutan},${JSON.stringify(r.rumus)}`);
    else if (r.urutan !== null) json.addAscii(`,${r.capaian},${r.tercapai},${r.urutan}`);
    else if (r.tercapai !== null) json.addAscii(`,${r.capaian},${r.tercapai}`);
    else if (r.capaian !== null) json.addAscii(`,${r.capaian}`);
    json.addByte(CLOSE);
  }

  /** A CSV line with a number, written straight into the writer's buffer; false when it has no room. */
  private csvLine(area: EncoderArea, year: string, number: string, csv: ByteSink): boolean {
    const { mid, tail } = this;
    let at = csv.room(area.csv.length + year.length + mid.csv.length + number.length + tail.csv.length + 2);
    if (at === -1) return false;
    const b = csv.buffer;
    at = copyBytes(b, at, area.csv);
    at = copyAscii(b, at, year);
    b[at++] = COMMA;
    at = copyBytes(b, at, mid.csv);
    at = copyNumber(b, at, number);
    b[at++] = COMMA;
    csv.wrote(copyBytes(b, at, tail.csv));
    return true;
  }

  /** ",[year,number]" written straight into the writer's buffer; false when it has no room. */
  private ownPart(year: string, number: string, json: ByteSink): boolean {
    let at = json.room(year.length + number.length + 4);
    if (at === -1) return false;
    const b = json.buffer;
    b[at++] = COMMA;
    b[at++] = OPEN;
    at = copyAscii(b, at, year);
    b[at++] = COMMA;
    at = copyNumber(b, at, number);
    b[at++] = CLOSE;
    json.wrote(at);
    return true;
  }

  /** What closes the last run: "]" once a row was encoded, "" before. */
  close(): string {
    return this.run ? ']' : '';
  }

  private refresh(r: PublishedRow): void {
    const m = this.mid;
    if (r.jk !== m.jk || r.ku !== m.ku || r.kat !== m.kat || r.jenis !== m.jenis) {
      this.mid = {
        jk: r.jk, ku: r.ku, kat: r.kat, jenis: r.jenis,
        json: `${jsonText(r.jk)},${jsonText(r.ku)},${jsonText(r.kat)},${jsonText(r.jenis)},`,
        csv: Buffer.from(`${csvCell(r.jk)},${csvCell(r.ku)},${csvCell(r.kat)},${csvCell(r.jenis)},`),
      };
    }
    const n = this.note;
    if (r.status !== n.status || r.sumber !== n.sumber || r.lokasi !== n.lokasi || r.catatan !== n.catatan || r.asal !== n.asal) {
      this.note = {
        status: r.status, sumber: r.sumber, lokasi: r.lokasi, catatan: r.catatan, asal: r.asal,
        json: `${jsonText(r.status)},${jsonText(r.sumber)},${jsonText(r.lokasi)},${jsonText(r.catatan)},${jsonText(r.asal)}`,
      };
    }
    const t = this.tail;
    if (r.status !== t.status || r.sumber !== t.sumber || r.lokasi !== t.lokasi || r.catatan !== t.catatan || r.capaian !== t.capaian || r.tercapai !== t.tercapai || r.urutan !== t.urutan || r.asal !== t.asal) {
      const tercapai = r.tercapai === null ? '' : r.tercapai ? 'ya' : 'tidak';
      this.tail = {
        status: r.status, sumber: r.sumber, lokasi: r.lokasi, catatan: r.catatan, capaian: r.capaian, tercapai: r.tercapai, urutan: r.urutan, asal: r.asal,
        csv: Buffer.from(`${this.unit},${csvCell(r.status)},${csvCell(r.asal)},${csvCell(r.capaian)},${tercapai},${csvCell(r.sumber)},${csvCell(r.lokasi)},${csvCell(r.catatan)}\n`),
      };
    }
  }
}

const PLAIN_JSON = /^[^"\\\u0000-\u001f]*$/;
/** A JSON string: plain codes and words are quoted directly, the rest goes through JSON.stringify. */
const jsonText = (s: string): string => (PLAIN_JSON.test(s) ? `"${s}"` : JSON.stringify(s));

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
