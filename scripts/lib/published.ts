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

/**
 * The published fields of a row, in their order, without what a stage keeps beside them (a value row's
 * spreadsheet row number and text): for rows written whole, as the headline summaries are.
 */
export function publishedFields(r: PublishedRow): PublishedRow {
  const { kode, tahun, jk, ku, kat, jenis, nilai, status, sumber, lokasi, catatan, capaian, tercapai, urutan, asal, rumus } = r;
  const row: PublishedRow = { kode, tahun, jk, ku, kat, jenis, nilai, status, sumber, lokasi, catatan, capaian, tercapai, urutan, asal };
  if (rumus !== undefined) row.rumus = rumus;
  return row;
}

/** Fills the derived fields of a validated row in place (rows are the pipeline's own; copying a million costs). */
export function publish<R extends PublishedRow>(row: R, derived: Pick<PublishedRow, 'capaian' | 'tercapai' | 'urutan'>): R {
  row.capaian = derived.capaian;
  row.tercapai = derived.tercapai;
  row.urutan = derived.urutan;
  return row;
}

/**
 * src/generated/values/<id>.json holds an indicator's rows in runs: consecutive rows of one area that
 * share their breakdown, status, sources, location, note and origin are written once as the run's
 * head, followed by each row's own part. A national file (a desa's ten years in one run) is then a few
 * bytes a row instead of a repeated record.
 *
 *   {"id":"idg","kolom_ruas":[…RUN_COLUMNS],"kolom_baris":[…OWN_COLUMNS],"ruas":[
 *   [["19.02","","","","realisasi","","bps-ipg","","","data"],[2022,53.42,115.25,true],[2023,54.1]]
 *   ]}
 *
 * A row's own part stops after its last field that is set: [tahun, nilai] where nothing was derived.
 */
export const RUN_COLUMNS = ['kode', 'jk', 'ku', 'kat', 'jenis', 'status', 'sumber', 'lokasi', 'catatan', 'asal'] as const;
export const OWN_COLUMNS = ['tahun', 'nilai', 'capaian', 'tercapai', 'urutan', 'rumus'] as const;

export interface ValuesFile {
  kolom_ruas: readonly string[];
  kolom_baris: readonly string[];
  ruas: unknown[][][];
}

/** Rows of src/generated/values/<id>.json as objects (the writer is RowEncoder in scripts/stages/row-encoder.ts). */
export function decodeRows(file: ValuesFile): PublishedRow[] {
  const rows: PublishedRow[] = [];
  for (const [head, ...own] of file.ruas) {
    const shared: Record<string, unknown> = {};
    file.kolom_ruas.forEach((name, i) => (shared[name] = head![i]));
    for (const cells of own) {
      const mine: Record<string, unknown> = {};
      file.kolom_baris.forEach((name, i) => (mine[name] = cells[i] ?? null));
      const row: PublishedRow = {
        kode: shared.kode as string, tahun: mine.tahun as number, jk: shared.jk as string, ku: shared.ku as string, kat: shared.kat as string,
        jenis: shared.jenis as PublishedRow['jenis'], nilai: mine.nilai as PublishedRow['nilai'], status: shared.status as string,
        sumber: shared.sumber as string, lokasi: shared.lokasi as string, catatan: shared.catatan as string, capaian: mine.capaian as number | null,
        tercapai: mine.tercapai as boolean | null, urutan: mine.urutan as number | null, asal: shared.asal as PublishedRow['asal'],
      };
      if (mine.rumus !== null) row.rumus = mine.rumus as PublishedRow['rumus'];
      rows.push(row);
    }
  }
  return rows;
}
