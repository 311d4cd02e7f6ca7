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
 * (area, year, breakdown, value, rest): the pieces a row shares with the row before are copied as
 * the bytes they were encoded to once, and the year and a number go in as ASCII, so the usual row
 * builds no string.
 */
import { DOWNLOAD_COLUMNS, type PublishedRow } from '../../src/model/row.ts';
import { csvCell, csvLine } from '../../src/model/csv.ts';

import type { ByteSink } from './file-writer.ts';

export interface RowWriterOptions {
  indicator: string;
  /** The unit's name, written in every CSV line. */
  unit: string;
  /** What the CSV says in place of a hidden count. */
  hidden: string;
  /** The name and administrative level of an area, for the CSV. */
  area(kode: string): { nama: string; tingkat: string } | undefined;
}

/** A piece of both lines in UTF-8, and the row it was made from (rows after it that agree reuse it). */
interface Piece {
  from: PublishedRow | null;
  json: Uint8Array;
  csv: Uint8Array;
}
const NONE: Piece = { from: null, json: new Uint8Array(0), csv: new Uint8Array(0) };
const piece = (from: PublishedRow, json: string, csv: string): Piece => ({ from, json: Buffer.from(json), csv: Buffer.from(csv) });
const NEXT_ROW = Buffer.from(',\n');

const sameArea = (a: PublishedRow, b: PublishedRow): boolean => a.kode === b.kode;
const sameSplit = (a: PublishedRow, b: PublishedRow): boolean =>
  a.jenis_kelamin === b.jenis_kelamin &&
  a.kelompok_umur === b.kelompok_umur &&
  a.kategori === b.kategori &&
  a.seri === b.seri &&
  a.jenis === b.jenis;
const sameRest = (a: PublishedRow, b: PublishedRow): boolean =>
  a.status === b.status &&
  a.sumber === b.sumber &&
  a.lokasi === b.lokasi &&
  a.catatan === b.catatan &&
  a.capaian === b.capaian &&
  a.capaian_sumber === b.capaian_sumber &&
  a.tercapai === b.tercapai &&
  a.urutan === b.urutan &&
  a.asal === b.asal &&
  a.rumus === b.rumus;

const PLAIN_JSON = /^[^"\\\u0000-\u001f]*$/;
/** A JSON string: plain codes and words are quoted directly, the rest goes through JSON.stringify. */
export const jsonText = (s: string): string => (PLAIN_JSON.test(s) ? `"${s}"` : JSON.stringify(s));

export class RowWriter {
  private area = NONE;
  private split = NONE;
  private rest = NONE;
  private rows = 0;

  constructor(
    private readonly json: ByteSink,
    private readonly csv: ByteSink,
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
    // String() and JSON.stringify() agree on finite numbers, and give ASCII; a hidden count is never written.
    const number = !hidden && typeof nilai === 'number' ? String(nilai) : null;
    const { json, csv, area, split, rest } = this;
    if (this.rows > 0) json.addBytes(NEXT_ROW);
    const jsonValue = number ?? (hidden || nilai === null ? 'null' : jsonText(String(nilai)));
    const csvValue = number ?? (hidden ? this.options.hidden : csvCell(nilai));
    line(json, area.json, year, '', split.json, jsonValue, '', rest.json);
    line(csv, area.csv, year, ',', split.csv, csvValue, ',', rest.csv);
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
    return piece(
      r,
      `{"kode":${jsonText(kode)},"tahun":`,
      `${csvLine([this.options.indicator, kode, area?.nama, area?.tingkat]).slice(0, -1)},`,
    );
  }
}

/**
 * Writes a line (area piece, year, separator, breakdown piece, value, separator, rest piece) straight
 * into the sink's buffer when its value is ASCII (the usual row: one room()), else piece by piece.
 */
function line(
  sink: ByteSink,
  head: Uint8Array,
  year: string,
  sep: string,
  middle: Uint8Array,
  value: string,
  sep2: string,
  tail: Uint8Array,
): void {
  const length = head.length + year.length + sep.length + middle.length + value.length + sep2.length + tail.length;
  let at = isAscii(value) ? sink.room(length) : -1;
  if (at === -1) {
    sink.addBytes(head);
    sink.add(`${year}${sep}`);
    sink.addBytes(middle);
    sink.add(`${value}${sep2}`);
    sink.addBytes(tail);
    return;
  }
  const b = sink.buffer;
  b.set(head, at);
  at = ascii(b, at + head.length, year);
  at = ascii(b, at, sep);
  b.set(middle, at);
  at = ascii(b, at + middle.length, value);
  at = ascii(b, at, sep2);
  b.set(tail, at);
  sink.wrote(at + tail.length);
}

function ascii(to: Uint8Array, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) to[at + i] = text.charCodeAt(i);
  return at + text.length;
}

const NON_ASCII = /[^\x00-\x7f]/;
const isAscii = (text: string): boolean => !NON_ASCII.test(text);

function splitPiece(r: PublishedRow): Piece {
  return piece(
    r,
    `,"jenis_kelamin":${jsonText(r.jenis_kelamin)},"kelompok_umur":${jsonText(r.kelompok_umur)},"kategori":${jsonText(r.kategori)},` +
      `"seri":${jsonText(r.seri)},"jenis":${jsonText(r.jenis)},"nilai":`,
    `${csvCell(r.jenis_kelamin)},${csvCell(r.kelompok_umur)},${csvCell(r.kategori)},${csvCell(r.seri)},${csvCell(r.jenis)},`,
  );
}

function restPiece(r: PublishedRow, unit: string): Piece {
  const tercapai = r.tercapai === null ? '' : r.tercapai ? 'ya' : 'tidak';
  const rumus = r.rumus === undefined ? '' : `,"rumus":${JSON.stringify(r.rumus)}`;
  return piece(
    r,
    `,"status":${jsonText(r.status)},"sumber":${jsonText(r.sumber)},"lokasi":${jsonText(r.lokasi)},"catatan":${jsonText(r.catatan)},` +
      `"capaian":${r.capaian},"capaian_sumber":${r.capaian_sumber},"tercapai":${r.tercapai},"urutan":${r.urutan},"asal":${jsonText(r.asal)}${rumus}}`,
    `${unit},${csvCell(r.status)},${csvCell(r.asal)},${csvCell(r.capaian)},${csvCell(r.capaian_sumber)},${tercapai},${csvCell(r.sumber)},${csvCell(r.lokasi)},${csvCell(r.catatan)}\n`,
  );
}
