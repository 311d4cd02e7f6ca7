/**
 * The row encoder: one value row as its piece of src/generated/values/<id>.json and its line of the CSV
 * download, written as bytes into the two writers (see RowEncoder).
 */
import { csvCell } from '../lib/csv.ts';
import type { ByteSink } from '../lib/output.ts';
import type { PublishedRow } from '../lib/published.ts';

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
export const jsonText = (s: string): string => (PLAIN_JSON.test(s) ? `"${s}"` : JSON.stringify(s));
