/**
 * The rows the build passes between its stages, beside the published shape of src/model/row.ts.
 *
 *   ValueRow     a validated row of data/values/<id>.csv: a PublishedRow plus its spreadsheet row number
 *   ViolenceRow  a validated row of data/kekerasan/*.csv: one aggregate count, never a case
 */
import { PUBLISHED_FIELDS, type PublishedRow, type Status } from '../../src/model/row.ts';

/**
 * A validated value row. It carries the fields the build derives later (achievement, tier rank) set to
 * null, and `baris`, the row of the spreadsheet it came from, for messages.
 */
export interface ValueRow extends PublishedRow {
  jenis_kelamin: '' | 'L' | 'P';
  status: Status;
  baris: number;
}

export interface ViolenceRow {
  tahun: number;
  kode: string;
  jenis: string;
  jk: string;
  ku: string;
  tempat: string;
  hubungan: string;
  jumlah: number;
  sumber: string;
  file: string;
  baris: number;
}

/** The published fields of a row in their order, without what a stage keeps beside them (`baris`). */
export function publishedFields(r: PublishedRow): PublishedRow {
  const row = Object.fromEntries(PUBLISHED_FIELDS.map((field) => [field, r[field]])) as unknown as PublishedRow;
  if (r.rumus !== undefined) row.rumus = r.rumus;
  return row;
}
