/**
 * Derive: from one indicator's validated rows to the rows it publishes, in this order:
 *
 *   1. counts from the violence data added (indicators with `agregat_kekerasan`);
 *   2. disclosure control (violence indicators): small counts below the kabupaten hidden;
 *   3. achievement against targets and tier ranks (lib/derive/achievement.ts, the one place);
 *   4. computed rows appended: rates per N and coverage among desa/kelurahan, from other indicators.
 *
 *   const safe = protectedRows(rows, ind, loaded, { violence, log })   // steps 1–2: what others may be computed from
 *   publishedRows(safe, ind, loaded, inputs) -> PublishedRow[]          // steps 3–4
 *
 * Rows are changed in place where a step only fills a field (achievement); the disclosure step
 * replaces a protected row by a hidden copy.
 */
import type { Indicator } from '../../src/model/catalog.ts';
import { cellKey, type PublishedRow } from '../../src/model/row.ts';
import { applyAchievement } from '../lib/derive/achievement.ts';
import { deriveCoverage } from '../lib/derive/coverage.ts';
import { deriveRates, type RowsByIndicator } from '../lib/derive/rate.ts';
import { protectCounts } from '../lib/disclosure.ts';
import type { IssueLog } from '../lib/issues.ts';
import type { ValueRow } from '../lib/rows.ts';
import type { Loaded } from './types.ts';

const ID_NUMBER = new Intl.NumberFormat('id-ID');

/** Steps 1 and 2. `violence`: counts of women and children from data/kekerasan/, after disclosure control. */
export function protectedRows(
  rows: ValueRow[],
  ind: Indicator,
  loaded: Loaded,
  extra: { violence: readonly ValueRow[]; log: IssueLog },
): ValueRow[] {
  checkDisputes(rows, ind, extra.log);
  if (ind.agregat_kekerasan) mergeAggregates(rows, extra.violence, ind, extra.log);
  if (!ind.kekerasan) return rows;
  const { config, regions } = loaded;
  return protectCounts(rows, { threshold: config.kekerasan.ambang, rootCode: config.wilayah.kode, regions });
}

/** Steps 3 and 4 over rows that went through protectedRows. */
export function publishedRows(rows: ValueRow[], ind: Indicator, loaded: Loaded, inputs: RowsByIndicator): PublishedRow[] {
  const incomparable = new Set((ind.perbedaan ?? []).filter((d) => !d.sebanding).flatMap((d) => d.tahun));
  applyAchievement(rows, ind.polaritas, ind.skema ? loaded.catalog.skema[ind.skema] : undefined, incomparable);
  const computed = computedRows(ind, loaded, inputs);
  return computed.length === 0 ? rows : [...rows, ...computed];
}

/**
 * Every year with values marked diperdebatkan needs its plain sentence in the catalogue (`perbedaan`), and
 * every sentence a year that still has such values: both are warnings, the pages still show the flag.
 */
export function checkDisputes(rows: readonly ValueRow[], ind: Indicator, log: IssueLog): void {
  const explained = new Set((ind.perbedaan ?? []).flatMap((d) => d.tahun));
  const disputed = new Map<number, ValueRow>();
  for (const r of rows) if (r.status === 'diperdebatkan' && !disputed.has(r.tahun)) disputed.set(r.tahun, r);
  for (const [year, r] of disputed) {
    if (explained.has(year)) continue;
    log.warn({
      file: `data/values/${ind.id}.csv`,
      row: r.baris,
      column: 'status',
      value: 'diperdebatkan',
      rule: 'perbedaan',
      message: `Nilai ${year} ditandai diperdebatkan tanpa penjelasan. Tambahkan di data/indicators.yml, indikator ${ind.id}: perbedaan: [{ tahun: [${year}], alasan: { id: satu kalimat sederhana, en: … } }].`,
    });
  }
  for (const year of explained) {
    if (disputed.has(year) || rows.length === 0) continue;
    log.warn({
      file: 'data/indicators.yml',
      column: `${ind.id}.perbedaan`,
      value: String(year),
      rule: 'perbedaan',
      message: `Ada penjelasan perbedaan untuk ${year}, tetapi tidak ada nilai ${year} yang ditandai diperdebatkan di data/values/${ind.id}.csv. Hapus penjelasannya atau tandai nilainya.`,
    });
  }
}

/** Adds the aggregate counts where data/values has no row for the same cell; a different value there wins and is reported. */
export function mergeAggregates(rows: ValueRow[], extra: readonly ValueRow[], ind: Indicator, log: IssueLog): void {
  const key = (r: ValueRow): string => `${cellKey(r)}|${r.jenis}`;
  const have = new Map(rows.map((r) => [key(r), r]));
  for (const r of extra) {
    const same = have.get(key(r));
    if (!same) rows.push(r);
    else if (same.nilai !== r.nilai && r.status === '') {
      log.warn({
        file: `data/values/${ind.id}.csv`,
        row: same.baris,
        column: 'nilai',
        value: String(same.nilai),
        rule: 'agregat',
        message: `Data agregat kekerasan memberi ${r.nilai} untuk sel ini; nilai di berkas ini yang dipakai. Periksa salah satunya.`,
      });
    }
  }
}

/** A computed row: realised, for "all", with what it was computed from. */
function computed(fields: Pick<PublishedRow, 'kode' | 'tahun' | 'nilai' | 'status' | 'sumber' | 'catatan' | 'rumus'>): PublishedRow {
  const { kode, tahun, nilai, status, sumber, catatan, rumus } = fields;
  return {
    kode,
    tahun,
    jenis_kelamin: '',
    kelompok_umur: '',
    kategori: '',
    seri: '',
    jenis: 'realisasi',
    nilai,
    status,
    sumber,
    lokasi: '',
    catatan,
    capaian: null,
    capaian_sumber: null,
    tercapai: null,
    urutan: null,
    asal: 'dihitung',
    rumus,
  };
}

function computedRows(ind: Indicator, loaded: Loaded, inputs: RowsByIndicator): PublishedRow[] {
  const { turunan } = ind;
  if (turunan?.cara === 'rasio') {
    const per = ID_NUMBER.format(turunan.per);
    return deriveRates(turunan, inputs).map((d) =>
      computed({
        ...d,
        sumber: [...new Set(d.rincian.map((r) => r.sumber))].join(' '),
        catatan:
          d.pembilang === null
            ? 'Pembilang disembunyikan (angka kecil), sehingga rasionya juga disembunyikan.'
            : `Dihitung portal: ${ID_NUMBER.format(d.pembilang)} ÷ ${ID_NUMBER.format(d.penyebut)} × ${per}.`,
        rumus: { pembilang: d.pembilang, penyebut: d.penyebut, rincian: d.rincian },
      }),
    );
  }
  if (turunan?.cara === 'cakupan') {
    const source = inputs.get(turunan.dari) ?? [];
    const sumber = [...new Set(source.map((r) => r.sumber))].join(' ');
    const { regions, config } = loaded;
    return deriveCoverage(turunan.nilai, turunan.unit, source, regions, config.wilayah.kode).map((d) =>
      computed({
        ...d,
        status: '',
        sumber,
        catatan: `Dihitung portal: ${d.jumlah} dari ${d.total} desa/kelurahan.`,
        rumus: { jumlah: d.jumlah, total: d.total },
      }),
    );
  }
  return [];
}
