/**
 * The SIGA fulfilment measure, computed: reads the agency register (data/opd.yml, optional), maps every
 * producer name of the catalogue (indicators and standard elements) to it — an unknown name stops the
 * build — and measures, per year, which standard elements reached the portal and how many agencies
 * delivered at least one element they owe (the Renstra's "OPD yang melaksanakan pendataan SIGA ÷ jumlah
 * OPD"). Writes src/generated/opd.json for /opd/ and the pemenuhan-data-siga page, and each agency's
 * data request template (scripts/datasets/xlsx.ts).
 *
 *   await processAgencies('data', loaded, summaries, stage, log)   // null when data/opd.yml is absent
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, Element } from '../../src/model/catalog.ts';
import {
  AgencyRegisterSchema,
  agencyIndex,
  agencyNames,
  matchAgency,
  type Agency,
  type AgencyRegister,
  type FulfilmentYear,
  type SiteAgencies,
  type SiteAgency,
} from '../../src/model/opd.ts';
import type { Summary } from '../../src/model/summary.ts';
import type { IssueLog } from '../lib/issues.ts';
import type { OutputStage } from '../lib/output.ts';
import { loadYaml } from '../lib/yaml-load.ts';
import { templateWorkbook } from '../datasets/xlsx.ts';
import type { Loaded, Target } from './types.ts';

export const REGISTER_FILE = 'data/opd.yml';

/** Reads and checks data/opd.yml against the catalogue; null when the file is absent or has errors (logged). */
export function loadRegister(dataDir: string, loaded: Loaded, log: IssueLog): AgencyRegister | null {
  const path = join(dataDir, 'opd.yml');
  if (!existsSync(path)) return null;
  const register = loadYaml(path, REGISTER_FILE, AgencyRegisterSchema, log);
  if (!register) return null;
  const before = log.errors.length;
  if (!loaded.sources[register.sumber])
    log.error({
      file: REGISTER_FILE,
      column: 'sumber',
      value: register.sumber,
      rule: 'sumber',
      message: 'Sumber daftar OPD tidak ada di data/sources.yml. Tambahkan sumbernya (mis. peraturan bupati tentang perangkat daerah).',
    });
  const seen = new Set<string>();
  for (const [list, entries] of [
    ['opd', register.opd],
    ['instansi_lain', register.instansi_lain],
  ] as const)
    entries.forEach((a, i) => {
      if (seen.has(a.kode))
        log.error({
          file: REGISTER_FILE,
          column: `${list}.${i}.kode`,
          value: a.kode,
          rule: 'kode-ganda',
          message: 'Kode ini sudah dipakai entri lain. Setiap OPD perlu kode sendiri.',
        });
      seen.add(a.kode);
    });
  if (register.indikator_pemenuhan && !loaded.catalog.indikator.some((ind) => ind.id === register.indikator_pemenuhan))
    log.error({
      file: REGISTER_FILE,
      column: 'indikator_pemenuhan',
      value: register.indikator_pemenuhan,
      rule: 'indikator',
      message: 'Indikator ini tidak ada di data/indicators.yml. Tulis id indikator "Persentase pemenuhan data SIGA", atau hapus baris ini.',
    });
  checkProducers(register, loaded, log);
  return log.errors.length === before ? register : null;
}

/** Every data producer the catalogue names (indicators and standard elements) must be an agency of the register. */
function checkProducers(register: AgencyRegister, loaded: Loaded, log: IssueLog): void {
  const index = agencyIndex(register);
  const check = (text: string, column: string): void => {
    for (const name of agencyNames(text))
      if (matchAgency(index, name) === null)
        log.error({
          file: 'data/indicators.yml',
          column,
          value: name,
          rule: 'opd',
          message: `Nama produsen data ini tidak dikenal di ${REGISTER_FILE}. Tulis nama OPD seperti di daftar itu, atau tambahkan nama ini ke \`sebutan\` OPD yang dimaksud (instansi vertikal: ke \`instansi_lain\`).`,
        });
  };
  loaded.catalog.indikator.forEach((ind, i) => check(ind.opd.id, `indikator.${i}.opd`));
  loaded.catalog.elemen_standar.forEach((el, i) => check(el.opd, `elemen_standar.${i}.opd`));
}

/**
 * Who owes what and what was delivered. An element counts as delivered in a year when its catalogue
 * indicator has a realised value that year and the element is not marked `sebagian` (delivered without
 * the disaggregation the standard asks). `realised(id)` gives an indicator's years with a realised value.
 */
export function computeFulfilment(
  register: AgencyRegister,
  catalog: Pick<Catalog, 'indikator' | 'elemen_standar'>,
  realised: (indicatorId: string) => readonly number[],
): SiteAgencies {
  const codesOf = agencyCodes(register);
  const elements = catalog.elemen_standar;
  const yearsOf = new Map<number, number[]>(
    elements.map((el) => [el.no, el.indikator ? [...realised(el.indikator)].sort((a, b) => a - b) : []]),
  );
  const allYears = [...new Set([...yearsOf.values()].flat())].sort((a, b) => a - b);
  const reference = register.tahun_acuan ?? allYears.at(-1) ?? null;
  const shown = shownYears(allYears, reference);
  const full = (el: Element, year: number | null): boolean => year !== null && !el.sebagian && yearsOf.get(el.no)!.includes(year);
  const partly = (el: Element, year: number | null): boolean => year !== null && Boolean(el.sebagian) && yearsOf.get(el.no)!.includes(year);
  const owedBy = new Map<string, Element[]>();
  for (const el of elements) for (const code of codesOf(el.opd)) owedBy.set(code, [...(owedBy.get(code) ?? []), el]);

  const site = (a: Agency): SiteAgency => {
    const owed = owedBy.get(a.kode) ?? [];
    return {
      kode: a.kode,
      nama: a.nama,
      singkatan: a.singkatan,
      ...(a.lokasi ? { lokasi: a.lokasi } : {}),
      wajib: owed.map((el) => el.no),
      indikator: catalog.indikator.filter((ind) => codesOf(ind.opd.id).has(a.kode)).map((ind) => ind.id),
      terpenuhi: owed.filter((el) => full(el, reference)).map((el) => el.no),
      sebagian: owed.filter((el) => partly(el, reference)).map((el) => el.no),
      templat: null,
    };
  };
  const perYear: FulfilmentYear[] = shown.map((tahun) => ({
    tahun,
    opd: register.opd.filter((a) => (owedBy.get(a.kode) ?? []).some((el) => full(el, tahun))).length,
    elemen: elements.filter((el) => full(el, tahun)).length,
    elemen_sebagian: elements.filter((el) => partly(el, tahun)).length,
  }));
  return {
    sumber: register.sumber,
    indikator_pemenuhan: register.indikator_pemenuhan ?? null,
    opd: register.opd.map(site),
    instansi_lain: register.instansi_lain.map(site),
    jumlah_opd: register.opd.length,
    jumlah_elemen: elements.length,
    tahun_acuan: reference,
    per_tahun: perYear,
    tahun_elemen: Object.fromEntries([...yearsOf].map(([no, years]) => [String(no), years])),
  };
}

/** The codes of the agencies a producer text names ("Dinas Kesehatan; BPS"); the general "semua OPD" names none. */
function agencyCodes(register: AgencyRegister): (text: string) => Set<string> {
  const index = agencyIndex(register);
  return (text) => {
    const codes = new Set<string>();
    for (const name of agencyNames(text)) {
      const m = matchAgency(index, name);
      if (m && m !== 'umum') codes.add(m.kode);
    }
    return codes;
  };
}

/** The years the measure shows: up to ten, ending with the reference year, from the first with data. */
function shownYears(allYears: readonly number[], reference: number | null): number[] {
  const shown: number[] = [];
  if (reference === null) return shown;
  const from = Math.max(allYears.find((y) => y > reference - 10) ?? reference, reference - 9);
  for (let y = from; y <= reference; y++) shown.push(y);
  return shown;
}

/**
 * Computes the measure, writes each agency's data request template (/data/templat/isian-siga-<kode>.xlsx)
 * where an element it owes has a catalogue indicator to fill, and src/generated/opd.json.
 */
export async function processAgencies(
  register: AgencyRegister | null,
  loaded: Loaded,
  summaries: ReadonlyMap<string, Summary>,
  stage: OutputStage<Target>,
  date: string,
): Promise<SiteAgencies | null> {
  if (!register) {
    await stage.writeJson('generated', 'opd.json', null);
    return null;
  }
  const realised = (id: string) => summaries.get(id)?.ketersediaan.realisasi ?? [];
  // Computed once; each agency's template is written from it and named on it.
  const result = computeFulfilment(register, loaded.catalog, realised);
  for (const agency of [...result.opd, ...result.instansi_lain]) {
    const bytes = await agencyTemplate(agency, loaded, date);
    if (!bytes) continue;
    agency.templat = `isian-siga-${agency.kode}.xlsx`;
    await stage.writeText('publicData', `templat/${agency.templat}`, bytes);
  }
  await stage.writeJson('generated', 'opd.json', result);
  return result;
}

/** The template of what one agency owes; null when none of its elements has an indicator it could fill. */
async function agencyTemplate(agency: SiteAgency, loaded: Loaded, date: string): Promise<Uint8Array | null> {
  const { catalog } = loaded;
  const owed = catalog.elemen_standar.filter((el) => agency.wajib.includes(el.no));
  const byId = new Map(catalog.indikator.map((ind) => [ind.id, ind]));
  const fillable = [...new Set(owed.map((el) => el.indikator).filter((id): id is string => Boolean(id && !byId.get(id)?.turunan)))];
  if (fillable.length === 0) return null;
  const without = owed
    .filter((el) => !el.indikator || byId.get(el.indikator)?.turunan)
    .map((el) => ({
      no: el.no,
      nama: el.nama.id,
      why: el.indikator
        ? `Dihitung portal dari indikator lain (${el.indikator}); tidak perlu diisi.`
        : 'Belum ada indikatornya di katalog portal. Dinas menambahkannya ke data/indicators.yml lebih dulu; templat berikutnya memuat lembarnya.',
    }));
  return templateWorkbook({
    agency,
    indicators: fillable.map((id) => byId.get(id)!),
    without,
    elementsOf: (id) => owed.filter((el) => el.indikator === id).map((el) => el.no),
    regions: loaded.regions,
    sources: loaded.sources,
    catalog,
    portal: loaded.config.portal.nama.id,
    date,
  });
}
