/**
 * The build pipeline: load -> validate -> derive -> protect -> write.
 *
 *   const result = await runPipeline({ root: '/path/to/repo' })
 *   result.ok       // false when any input problem was found; result.log holds every problem
 *
 * Output goes to src/generated/ (what the pages import) and public/data/ (downloads), through a
 * staging folder: nothing is replaced unless the whole run succeeds.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadWilayah, type Region } from './datasets/wilayah.ts';
import type { ValueRow } from './datasets/values.ts';
import type { Geometry } from './datasets/geometry.ts';
import { startWorkers, type WorkerPool, type WorkerResult } from './stages/pool.ts';
import { IndicatorOutput, writeRegistry, writeSite, type MapIndexEntry } from './stages/publish.ts';
import { TARGETS, type Loaded, type Target } from './stages/types.ts';
import { achieve, rankerOf, readIndicator, streamIndicator, targetsOf } from './stages/values.ts';
import { mergeAggregates, processViolence } from './stages/violence.ts';
import { deriveCoverage } from './lib/derive/coverage.ts';
import { deriveRates, type RowsByIndicator } from './lib/derive/rate.ts';
import { protectCounts } from './lib/disclosure.ts';
import { IssueLog } from './lib/issues.ts';
import { OutputStage } from './lib/output.ts';
import type { PublishedRow } from './lib/published.ts';
import { CatalogSchema, ConfigSchema, SourcesSchema, type Catalog, type Indicator, type Source } from './lib/schema.ts';
import type { Summary } from './lib/summary.ts';
import { loadYaml } from './lib/yaml-load.ts';

export interface PipelineOptions {
  /** Repository root: output goes under it. */
  root: string;
  /** Folder with config.yml, sources.yml, indicators.yml, wilayah.csv and values/. Default: <root>/data. */
  dataDir?: string;
  /**
   * Worker threads for value files; 0 reads every file on the main thread. Default: one per core (at
   * most 4) when the files that can stream on their own add up to 64 MB or more, else 0.
   */
  workers?: number;
}

export interface PipelineResult {
  ok: boolean;
  log: IssueLog;
  rows: number;
  files: number;
  /** Worker threads that read value files (0: all on the main thread). */
  workers: number;
}

const ID_NUMBER = new Intl.NumberFormat('id-ID');

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const dataDir = options.dataDir ?? join(options.root, 'data');
  const valuesDir = join(dataDir, 'values');
  const log = new IssueLog();
  const meta = loadMeta(dataDir, log);
  const stage = await OutputStage.create(options.root, TARGETS);
  let pool: WorkerPool | null = null;
  let rows = 0;
  let files = 0;
  let workers = 0;
  try {
    const plan = meta && !log.hasErrors ? planValues(valuesDir, meta.catalog) : null;
    // Files that stream on their own go to worker threads, started now so that they start up while
    // this thread reads the regions; they are told what was loaded once it is.
    const started = plan ? startWorkers(plan.alone, valuesDir, options.workers) : { pool: null, jobs: new Map<string, Promise<WorkerResult>>() };
    ({ pool } = started);
    const { jobs } = started;
    const loaded = meta ? await loadRegions(dataDir, meta, log) : null;
    if (loaded && plan) {
      pool?.setup({ loaded, stage: stage.handle(), valuesDir });
      const counts = await processValues(dataDir, loaded, plan, stage, log, jobs);
      ({ rows, files } = counts);
      workers = pool?.size ?? 0;
    }
    await pool?.close();
    if (!loaded || log.hasErrors) {
      await stage.abort();
      return { ok: false, log, rows, files, workers };
    }
    await stage.commit();
    return { ok: true, log, rows, files, workers };
  } catch (err) {
    await pool?.close();
    await stage.abort();
    throw err;
  }
}

type Meta = Omit<Loaded, 'regions'>;

/** The configuration, sources and catalog, with their cross-references checked; null when one cannot be read. */
function loadMeta(dataDir: string, log: IssueLog): Meta | null {
  const config = loadYaml(join(dataDir, 'config.yml'), 'data/config.yml', ConfigSchema, log);
  const sources = loadYaml(join(dataDir, 'sources.yml'), 'data/sources.yml', SourcesSchema, log);
  const catalog = loadYaml(join(dataDir, 'indicators.yml'), 'data/indicators.yml', CatalogSchema, log);
  if (!config || !sources || !catalog) return null;
  checkReferences(catalog, sources, log);
  return { config, sources, catalog };
}

async function loadRegions(dataDir: string, meta: Meta, log: IssueLog): Promise<Loaded | null> {
  const regions = await loadWilayah(join(dataDir, 'wilayah.csv'), 'data/wilayah.csv', meta.config, log);
  return log.hasErrors ? null : { ...meta, regions };
}

interface ValuesPlan {
  valuesDir: string;
  /** The value files present, by indicator id. */
  present: Set<string>;
  /** Indicators another one is derived from. */
  needed: Set<string>;
  /** Files that stream on their own, in catalog order: what worker threads may take. */
  alone: string[];
}

/**
 * Which value files there are and how each is read. Indicators that feed a derivation, and the violence
 * ones (their disclosure control sees all cells at once), are read whole and kept; every other file
 * streams from its CSV to its outputs and is never held: a national file has close to a million rows.
 */
function planValues(valuesDir: string, catalog: Catalog): ValuesPlan {
  const present = valueFiles(valuesDir);
  const needed = derivationInputs(catalog);
  const alone = catalog.indikator.filter((ind) => !held(ind, needed) && !ind.turunan && present.has(ind.id)).map((ind) => ind.id);
  return { valuesDir, present, needed, alone };
}

const held = (ind: Indicator, needed: ReadonlySet<string>): boolean => needed.has(ind.id) || Boolean(ind.kekerasan) || Boolean(ind.agregat_kekerasan);

/** Cross-file references the schemas cannot see: duplicate ids, unknown schemes, sources and terms. */
function checkReferences(catalog: Catalog, sources: Record<string, Source>, log: IssueLog): void {
  const file = 'data/indicators.yml';
  const ids = new Set<string>();
  for (const [i, ind] of catalog.indikator.entries()) {
    const column = `indikator.${i}`;
    if (ids.has(ind.id)) log.error({ file, column: `${column}.id`, value: ind.id, rule: 'kunci-ganda', message: 'Id indikator dipakai dua kali. Setiap indikator butuh id sendiri.' });
    ids.add(ind.id);
    if (ind.skema && !catalog.skema[ind.skema]) log.error({ file, column: `${column}.skema`, value: ind.skema, rule: 'skema', message: `Skema "${ind.skema}" tidak ada di bagian skema.` });
    if (ind.program && !catalog.program[ind.program]) log.error({ file, column: `${column}.program`, value: ind.program, rule: 'program', message: 'Kode program tidak ada di bagian program.' });
    if (ind.kategori && !ind.disagregasi.includes('kategori')) log.error({ file, column: `${column}.kategori`, rule: 'disagregasi', message: 'Indikator punya daftar kategori tetapi "kategori" tidak ada di disagregasi.' });
  }
  for (const [i, ind] of catalog.indikator.entries()) {
    const refs = new Set([ind.skor_indikator, ...(ind.turunan?.jenis === 'rasio' ? [...ind.turunan.pembilang, ...ind.turunan.penyebut].map((t) => t.indikator) : []), ...(ind.turunan?.jenis === 'cakupan' ? [ind.turunan.dari] : [])]);
    for (const ref of refs) if (ref && !ids.has(ref)) log.error({ file, column: `indikator.${i}.turunan`, value: ref, rule: 'indikator', message: `Indikator "${ref}" yang dirujuk tidak ada di katalog.` });
  }
  for (const [i, el] of catalog.elemen_standar.entries()) {
    if (el.indikator && !ids.has(el.indikator)) log.error({ file, column: `elemen_standar.${i}.indikator`, value: el.indikator, rule: 'indikator', message: 'Indikator yang dirujuk elemen ini tidak ada di katalog.' });
  }
  for (const [id, src] of Object.entries(sources)) {
    if (src.induk && !sources[src.induk]) log.error({ file: 'data/sources.yml', column: `${id}.induk`, value: src.induk, rule: 'sumber', message: 'Sumber induk tidak ada di data/sources.yml.' });
  }
}

/**
 * Reads every value file (the worker threads' ones through `jobs`), derives, and writes each indicator
 * and the site files. Results are taken in catalog order, so the log and the output are those of a
 * single-thread build.
 */
async function processValues(dataDir: string, loaded: Loaded, plan: ValuesPlan, stage: OutputStage<Target>, log: IssueLog, jobs: ReadonlyMap<string, Promise<WorkerResult>>): Promise<{ rows: number; files: number }> {
  const { config, catalog, regions } = loaded;
  const { valuesDir, present, needed } = plan;
  checkValueFiles(present, catalog, log);
  const kept = new Map<string, ValueRow[]>();
  const cached = new Map<string, PublishedRow[]>();
  const summaries = new Map<string, Summary>();
  const sourceIds = new Set(Object.keys(loaded.sources));
  let total = 0;

  const mapIndex: MapIndexEntry[] = [];
  const fromViolence = await processViolence(dataDir, loaded, stage, sourceIds, log);
  // Imported here, not at the top: its libraries (shapefile, proj4…) take a while to load, and worker
  // threads wait for this thread's setup; by now they are reading.
  const { loadGeometry } = await import('./datasets/geometry.ts');
  const geometry = await loadGeometry(dataDir, regions, config, log);
  if (geometry) await writeGeometry(stage, geometry);
  if (!log.hasErrors) await writeRegistry(stage, loaded);

  const load = async (ind: Indicator): Promise<PublishedRow[]> => {
    const rows: ValueRow[] = [];
    if (present.has(ind.id)) total += await readIndicator(join(valuesDir, `${ind.id}.csv`), ind, loaded, sourceIds, log, (r) => rows.push(r));
    if (ind.agregat_kekerasan) mergeAggregates(rows, fromViolence, ind, log);
    if (rows.length === 0) return [];
    const safe = ind.kekerasan ? protectCounts(rows, { threshold: config.kekerasan.ambang, rootCode: config.wilayah.kode, regions }) : rows;
    if (needed.has(ind.id)) kept.set(ind.id, safe);
    const rank = rankerOf(catalog, ind);
    const targets = targetsOf(safe);
    if (targets.size === 0 && !rank) return safe;
    for (const r of safe) achieve(r, targets, ind, rank);
    return safe;
  };
  for (const ind of catalog.indikator) if (needed.has(ind.id)) cached.set(ind.id, await load(ind));
  for (const ind of catalog.indikator) {
    const job = jobs.get(ind.id);
    if (job) {
      const done = await job;
      total += done.rows;
      log.absorb(done.log);
      if (log.hasErrors || !done.summary) continue;
      summaries.set(ind.id, done.summary);
      if (done.map) mapIndex.push(done.map);
      continue;
    }
    const out = log.hasErrors ? null : new IndicatorOutput(stage, ind, loaded);
    if (held(ind, needed)) {
      const own = cached.get(ind.id) ?? (await load(ind));
      cached.delete(ind.id);
      if (out) for (const r of own) out.add(r);
    } else if (present.has(ind.id)) {
      total += await streamIndicator(join(valuesDir, `${ind.id}.csv`), ind, loaded, sourceIds, log, out);
    }
    if (out === null || log.hasErrors) continue; // keep validating the other files, but write nothing more
    for (const r of deriveFor(ind, kept, regions, config.wilayah.kode)) out.add(r);
    const { summary, map } = await out.finish();
    summaries.set(ind.id, summary);
    if (map) mapIndex.push(map);
  }
  const counts = { rows: total, files: present.size };
  if (log.hasErrors) return counts;
  await stage.writeJson('publicData', 'peta/indeks.json', mapIndex);
  await stage.writeJson('generated', 'peta-indeks.json', mapIndex);
  await writeSite(stage, loaded, summaries, geometry);
  return counts;
}

/** The value files present, by indicator id. */
function valueFiles(valuesDir: string): Set<string> {
  return new Set(existsSync(valuesDir) ? readdirSync(valuesDir).filter((f) => f.toLowerCase().endsWith('.csv')).map((f) => f.slice(0, -4)).sort() : []);
}

/** A value file without a catalog entry is an error. */
function checkValueFiles(present: ReadonlySet<string>, catalog: Catalog, log: IssueLog): void {
  const known = new Set(catalog.indikator.map((i) => i.id));
  for (const id of present) {
    if (!known.has(id)) log.error({ file: `data/values/${id}.csv`, rule: 'indikator', message: `Tidak ada indikator "${id}" di data/indicators.yml. Tambahkan entrinya, atau samakan nama berkas dengan id indikator.` });
  }
}

/** Indicators whose rows another indicator is derived from (rates, coverage). */
function derivationInputs(catalog: Catalog): Set<string> {
  const needed = new Set<string>();
  for (const ind of catalog.indikator) {
    if (ind.turunan?.jenis === 'rasio') for (const t of [...ind.turunan.pembilang, ...ind.turunan.penyebut]) needed.add(t.indikator);
    if (ind.turunan?.jenis === 'cakupan') needed.add(ind.turunan.dari);
  }
  return needed;
}

/** The downloadable geometry says what it is: estimated or official, and from where. */
async function writeGeometry(stage: OutputStage<Target>, geometry: Geometry): Promise<void> {
  const note = { resmi: geometry.resmi, catatan: geometry.resmi ? 'batas resmi' : 'batas perkiraan — bukan batas resmi', sumber: geometry.sumber, atribusi: geometry.atribusi };
  await stage.writeText('publicData', 'peta/wilayah.topo.json', JSON.stringify({ ...geometry.topology, siga: note }));
  await stage.writeText('generated', 'peta.json', JSON.stringify(geometry.topology));
}

function deriveFor(ind: Indicator, kept: RowsByIndicator & Map<string, ValueRow[]>, regions: Map<string, Region>, rootCode: string): PublishedRow[] {
  const row = (kode: string, tahun: number, nilai: number | null, status: string, sumber: string, catatan: string, rumus: PublishedRow['rumus']): PublishedRow => ({
    kode, tahun, jk: '', ku: '', kat: '', jenis: 'realisasi', nilai, status, sumber, lokasi: '', catatan,
    capaian: null, tercapai: null, urutan: null, asal: 'dihitung', rumus,
  });
  if (ind.turunan?.jenis === 'rasio') {
    const per = ind.turunan.per;
    return deriveRates(ind.turunan, kept).map((d) =>
      row(
        d.kode,
        d.tahun,
        d.nilai,
        d.status,
        [...new Set(d.rincian.map((r) => r.sumber))].join(' '),
        d.pembilang === null ? 'Pembilang disembunyikan (angka kecil), sehingga rasionya juga disembunyikan.' : `Dihitung portal: ${ID_NUMBER.format(d.pembilang)} ÷ ${ID_NUMBER.format(d.penyebut)} × ${ID_NUMBER.format(per)}.`,
        { pembilang: d.pembilang, penyebut: d.penyebut, rincian: d.rincian },
      ),
    );
  }
  if (ind.turunan?.jenis === 'cakupan') {
    const source = kept.get(ind.turunan.dari) ?? [];
    const sumber = [...new Set(source.map((r) => r.sumber))].join(' ');
    return deriveCoverage(ind.turunan.nilai, ind.turunan.unit, source, regions, rootCode).map((d) =>
      row(d.kode, d.tahun, d.nilai, '', sumber, `Dihitung portal: ${d.jumlah} dari ${d.total} desa/kelurahan.`, { jumlah: d.jumlah, total: d.total }),
    );
  }
  return [];
}

