/**
 * The shape of one value as the site and the downloads receive it: the validated row plus what the
 * pipeline derived (achievement against target, tier rank) and where it came from.
 *
 *   publish(row, { capaian: 115.25, tercapai: true, urutan: null }) -> the same row with those fields set
 */

export interface PublishedRow {
  kode: string;
  tahun: number;
  jk: string;
  ku: string;
  kat: string;
  jenis: 'realisasi' | 'target';
  nilai: number | string | null;
  status: string;
  sumber: string;
  lokasi: string;
  catatan: string;
  /** Achievement against the target of the same year and cell, in percent; null where it does not apply. */
  capaian: number | null;
  tercapai: boolean | null;
  /** Rank of the tier in its year's scheme (1 = lowest) for ordinal indicators. */
  urutan: number | null;
  /** 'data' for a value from data/values, 'dihitung' for one the pipeline computed from other values. */
  asal: 'data' | 'dihitung';
  /** For computed values: the numerator and denominator they were computed from. */
  rumus?: { pembilang: number | null; penyebut: number; rincian: unknown[] } | { jumlah: number; total: number };
}

/** Fills the derived fields of a validated row in place (rows are the pipeline's own; copying a million costs). */
export function publish<R extends PublishedRow>(row: R, derived: Pick<PublishedRow, 'capaian' | 'tercapai' | 'urutan'>): R {
  row.capaian = derived.capaian;
  row.tercapai = derived.tercapai;
  row.urutan = derived.urutan;
  return row;
}

/** Column order of a row in src/generated/values/<id>.json, where each row is an array to keep files small. */
export const ROW_COLUMNS = ['kode', 'tahun', 'jk', 'ku', 'kat', 'jenis', 'nilai', 'status', 'sumber', 'lokasi', 'catatan', 'capaian', 'tercapai', 'urutan', 'asal', 'rumus'] as const;

const PLAIN_JSON = /^[^"\\\u0000-\u001f]*$/;
// Most cells are plain codes and words: quote them directly, JSON.stringify only what needs escaping.
const str = (s: string): string => (PLAIN_JSON.test(s) ? `"${s}"` : JSON.stringify(s));
const val = (v: number | string | boolean | null): string => (v === null ? 'null' : typeof v === 'string' ? str(v) : String(v));

/**
 * One row as a JSON array in ROW_COLUMNS order; `rumus` only where the value was computed. Runs once per
 * row of a national file: one test tells whether any text needs escaping (skipped when the caller passes
 * `plain`, having tested the same text), and `number` may be the value already written as text (the CSV
 * download formats it too).
 */
export function encodeRow(r: PublishedRow, number: string = typeof r.nilai === 'number' ? String(r.nilai) : '', plain = false): string {
  const nilai = r.nilai === null ? 'null' : typeof r.nilai === 'number' ? number : str(r.nilai);
  const rumus = r.rumus ? `,${JSON.stringify(r.rumus)}` : '';
  if (plain || PLAIN_JSON.test(`${r.kode}${r.jk}${r.ku}${r.kat}${r.status}${r.sumber}${r.lokasi}${r.catatan}`)) {
    return `["${r.kode}",${r.tahun},"${r.jk}","${r.ku}","${r.kat}","${r.jenis}",${nilai},"${r.status}","${r.sumber}","${r.lokasi}","${r.catatan}",${r.capaian},${r.tercapai},${r.urutan},"${r.asal}"${rumus}]`;
  }
  return `[${str(r.kode)},${r.tahun},${str(r.jk)},${str(r.ku)},${str(r.kat)},${str(r.jenis)},${nilai},${str(r.status)},${str(r.sumber)},${str(r.lokasi)},${str(r.catatan)},${val(r.capaian)},${val(r.tercapai)},${val(r.urutan)},${str(r.asal)}${rumus}]`;
}

/** The inverse of encodeRow, for readers of src/generated. */
export function decodeRows(file: { kolom: readonly string[]; baris: unknown[][] }): PublishedRow[] {
  return file.baris.map((cells) => {
    const row: Record<string, unknown> = {};
    file.kolom.forEach((name, i) => {
      if (i < cells.length) row[name] = cells[i];
    });
    return row as unknown as PublishedRow;
  });
}
