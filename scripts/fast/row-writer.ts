/**
 * Writes published rows as the two files a value becomes: a line of the plain JSON array the pages
 * read (src/generated/values/<id>.json, each row as JSON.stringify gives it) and a line of the CSV
 * download (DOWNLOAD_COLUMNS, as csvLine gives it). tests/scripts/fast/row-writer.test.ts holds both
 * to those plain references.
 *
 *   const w = new RowWriter(jsonSink, csvSink, { indicator: 'idg', unit: 'indeks', hidden: '<10', area })
 *   w.write(row); w.write(row2); w.close()
 *     // json: '[\n{"kode":"19.02","tahun":2022,…,"asal":"data"},\n{…}\n]\n'
 *     // csv:  'indikator,kode_wilayah,…\nidg,19.02,Belitung,kabupaten,2022,,,,realisasi,53.42,indeks,…\n'
 *
 * Speed: a national file has close to a million rows, and consecutive rows mostly share their area,
 * their breakdown and their status, source and note. Both lines are made of the same five pieces
 * (area, year, breakdown, value, rest), so the pieces a row shares with the row before are reused
 * instead of encoded again.
 */
import { DOWNLOAD_COLUMNS, type PublishedRow } from '../../src/model/row.ts';
import { csvCell, csvLine } from '../../src/model/csv.ts';

/** Where text goes (a FileWriter, or a string in tests). */
export interface TextSink {
  add(text: string): void;
}

export interface RowWriterOptions {
  indicator: string;
  /** The unit's name, written in every CSV line. */
  unit: string;
  /** What the CSV says in place of a hidden count. */
  hidden: string;
  /** The name and administrative level of an area, for the CSV. */
  area(kode: string): { nama: string; tingkat: string } | undefined;
}

/** A piece of both lines, and the row it was made from (rows after it that agree reuse it). */
interface Piece {
  from: PublishedRow | null;
  json: string;
  csv: string;
}
const NONE: Piece = { from: null, json: '', csv: '' };

const sameArea = (a: PublishedRow, b: PublishedRow): boolean => a.kode === b.kode;
const sameSplit = (a: PublishedRow, b: PublishedRow): boolean =>
  a.jenis_kelamin === b.jenis_kelamin && a.kelompok_umur === b.kelompok_umur && a.kategori === b.kategori && a.jenis === b.jenis;
const sameRest = (a: PublishedRow, b: PublishedRow): boolean =>
  a.status === b.status && a.sumber === b.sumber && a.lokasi === b.lokasi && a.catatan === b.catatan && a.capaian === b.capaian &&
  a.tercapai === b.tercapai && a.urutan === b.urutan && a.asal === b.asal && a.rumus === b.rumus;

const PLAIN_JSON = /^[^"\\\u0000-\u001f]*$/;
/** A JSON string: plain codes and words are quoted directly, the rest goes through JSON.stringify. */
export const jsonText = (s: string): string => (PLAIN_JSON.test(s) ? `"${s}"` : JSON.stringify(s));

export class RowWriter {
  private area = NONE;
  private split = NONE;
  private rest = NONE;
  private rows = 0;

  constructor(
    private readonly json: TextSink,
    private readonly csv: TextSink,
    private readonly options: RowWriterOptions,
  ) {
    json.add('[\n');
    csv.add(csvLine([...DOWNLOAD_COLUMNS]));
  }

  write(r: PublishedRow): void {
    this.refresh(r);
    const hidden = r.status === 'disembunyikan';
    const year = String(r.tahun);
    const { nilai } = r;
    // String() and JSON.stringify() agree on finite numbers; a tier is text; a hidden count is never written.
    const jsonValue = hidden || nilai === null ? 'null' : typeof nilai === 'number' ? String(nilai) : jsonText(nilai);
    const csvValue = hidden ? this.options.hidden : csvCell(nilai);
    this.json.add(`${this.rows === 0 ? '' : ',\n'}${this.area.json}${year}${this.split.json}${jsonValue}${this.rest.json}`);
    this.csv.add(`${this.area.csv}${year},${this.split.csv}${csvValue},${this.rest.csv}`);
    this.rows += 1;
  }

  /** Ends the JSON array; returns how many rows were written. */
  close(): number {
    this.json.add(this.rows === 0 ? ']\n' : '\n]\n');
    return this.rows;
  }

  private refresh(r: PublishedRow): void {
    if (!this.area.from || !sameArea(r, this.area.from)) this.area = this.areaPiece(r);
    if (!this.split.from || !sameSplit(r, this.split.from)) this.split = splitPiece(r);
    if (!this.rest.from || !sameRest(r, this.rest.from)) this.rest = restPiece(r, csvCell(this.options.unit));
  }

  private areaPiece(r: PublishedRow): Piece {
    const { kode } = r;
    const area = this.options.area(kode);
    return {
      from: r,
      json: `{"kode":${jsonText(kode)},"tahun":`,
      csv: `${csvLine([this.options.indicator, kode, area?.nama, area?.tingkat]).slice(0, -1)},`,
    };
  }
}

function splitPiece(r: PublishedRow): Piece {
  return {
    from: r,
    json: `,"jenis_kelamin":${jsonText(r.jenis_kelamin)},"kelompok_umur":${jsonText(r.kelompok_umur)},"kategori":${jsonText(r.kategori)},"jenis":${jsonText(r.jenis)},"nilai":`,
    csv: `${csvCell(r.jenis_kelamin)},${csvCell(r.kelompok_umur)},${csvCell(r.kategori)},${csvCell(r.jenis)},`,
  };
}

function restPiece(r: PublishedRow, unit: string): Piece {
  const tercapai = r.tercapai === null ? '' : r.tercapai ? 'ya' : 'tidak';
  const rumus = r.rumus === undefined ? '' : `,"rumus":${JSON.stringify(r.rumus)}`;
  return {
    from: r,
    json:
      `,"status":${jsonText(r.status)},"sumber":${jsonText(r.sumber)},"lokasi":${jsonText(r.lokasi)},"catatan":${jsonText(r.catatan)},` +
      `"capaian":${r.capaian},"tercapai":${r.tercapai},"urutan":${r.urutan},"asal":${jsonText(r.asal)}${rumus}}`,
    csv: `${unit},${csvCell(r.status)},${csvCell(r.asal)},${csvCell(r.capaian)},${tercapai},${csvCell(r.sumber)},${csvCell(r.lokasi)},${csvCell(r.catatan)}\n`,
  };
}
