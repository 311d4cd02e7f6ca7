/**
 * The build pipeline, as its stages: read -> validate -> derive -> write.
 *
 *   const result = await runPipeline({ root: '/path/to/repo' })
 *   result.ok       // false when any input problem was found; result.log holds every problem
 *
 *   stages/meta.ts     read the catalogue (config, sources, indicators) and check its references
 *   datasets/…         read the regions, the violence data and the geometry
 *   stages/read.ts     read and validate one value file: rows, by the column rules of datasets/values.ts
 *   stages/derive.ts   derive: violence counts, disclosure control, achievement, rates, coverage
 *   stages/write.ts    write one indicator: plain rows for the pages, CSV download, map layer
 *   stages/kla.ts      read the KLA model, the PUG prerequisites and their evidence templates
 *   stages/corrections.ts  read the correction log (data/koreksi.yml)
 *   stages/public-gaps.ts  read the public figures left out and the data not found (data/celah.yml)
 *   stages/opd.ts      the agency register (data/opd.yml) and the SIGA fulfilment computed on it
 *   stages/package.ts  write the data package and its dated zip
 *   stages/site.ts     write the site-wide files: regions, sources, catalogue with summaries
 *
 * Output goes to src/generated/ (what the pages import) and public/data/ (downloads), through a
 * staging folder: nothing is replaced unless the whole run succeeds. Indicators that stand on their
 * own may be built on worker threads (fast/pool.ts), with the same stage functions.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, Indicator } from '../src/model/catalog.ts';
import type { MapIndexEntry } from '../src/model/map-values.ts';
import type { Summary } from '../src/model/summary.ts';
import type { Geometry } from './datasets/geometry.ts';
import { loadWilayah } from './datasets/wilayah.ts';
import { startWorkers, type WorkerPool, type WorkerResult } from './fast/pool.ts';
import type { Changes } from './lib/changes.ts';
import { IssueLog } from './lib/issues.ts';
import { OutputStage } from './lib/output.ts';
import type { ValueRow } from './lib/rows.ts';
import { protectedRows, publishedRows } from './stages/derive.ts';
import { loadMeta, type Meta } from './stages/meta.ts';
import { addLines, readValueFile, type LineCounts } from './stages/read.ts';
import { writeGeometry, writeRegistry, writeSite } from './stages/site.ts';
import { TARGETS, type Loaded, type Target } from './stages/types.ts';
import { processCorrections } from './stages/corrections.ts';
import { processPublicGaps } from './stages/public-gaps.ts';
import { processKla } from './stages/kla.ts';
import { loadRegister, processAgencies } from './stages/opd.ts';
import { releaseDate, writePackage } from './stages/package.ts';
import { processViolence } from './stages/violence.ts';
import { writeIndicator } from './stages/write.ts';

export interface PipelineOptions {
  /** Repository root: output goes under it. */
  root: string;
  /** Folder with config.yml, sources.yml, indicators.yml, wilayah.csv and values/. Default: <root>/data. */
  dataDir?: string;
  /**
   * Worker threads for value files; 0 builds every indicator on the main thread. Default: one per core
   * (at most 4) when the files that stand on their own add up to 64 MB or more, else 0.
   */
  workers?: number;
}

export interface PipelineResult {
  ok: boolean;
  log: IssueLog;
  rows: number;
  files: number;
  /** Worker threads that built indicators (0: all on the main thread). */
  workers: number;
  /** The value files' lines: all, blank, and line breaks inside quoted cells. */
  lineCounts: LineCounts;
  /** What each indicator publishes that the last successful build did not; null on a first build. */
  changes: Array<{ id: string; changes: Changes }> | null;
  /** Seconds since the start when each stage ended, in order (what `npm run bench` prints). */
  stages: Array<{ stage: string; seconds: number }>;
}

interface Plan {
  valuesDir: string;
  /** The value files present, by indicator id. */
  present: Set<string>;
  /** Indicators another one is computed from. */
  needed: Set<string>;
  /** Indicators that stand on their own, in catalogue order: what worker threads may take. */
  alone: string[];
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const dataDir = options.dataDir ?? join(options.root, 'data');
  const log = new IssueLog();
  const meta = loadMeta(dataDir, log);
  const stage = await OutputStage.create(options.root, TARGETS);
  let pool: WorkerPool | null = null;
  const counts: Omit<PipelineResult, 'ok' | 'log'> = {
    rows: 0,
    files: 0,
    workers: 0,
    lineCounts: { lines: 0, blank: 0, quotedBreaks: 0 },
    changes: null,
    stages: [],
  };
  const started = performance.now();
  const done = (name: string) => counts.stages.push({ stage: name, seconds: (performance.now() - started) / 1000 });
  try {
    const plan = meta && !log.hasErrors ? planValues(join(dataDir, 'values'), meta.catalog) : null;
    // Worker threads start up while this thread reads the regions; they get what was loaded once it is.
    const workers = plan ? startWorkers(plan.alone, plan.valuesDir, options.workers) : null;
    pool = workers?.pool ?? null;
    const loaded = meta ? await loadRegions(dataDir, meta, log) : null;
    done('catalogue, regions');
    if (loaded && plan && workers) {
      pool?.setup({ loaded, stage: stage.handle(), valuesDir: plan.valuesDir });
      Object.assign(counts, await buildAll(dataDir, loaded, plan, stage, log, workers.jobs, done), { workers: pool?.size ?? 0 });
    }
    await pool?.close();
    const ok = Boolean(loaded) && !log.hasErrors;
    await (ok ? stage.commit() : stage.abort());
    done('commit');
    return { ok, log, ...counts };
  } catch (err) {
    await pool?.close();
    await stage.abort();
    throw err;
  }
}

async function loadRegions(dataDir: string, meta: Meta, log: IssueLog): Promise<Loaded | null> {
  const regions = await loadWilayah(join(dataDir, 'wilayah.csv'), 'data/wilayah.csv', meta.config, log);
  return log.hasErrors ? null : { ...meta, regions };
}

/**
 * Which value files there are and where each is built. Indicators that others are computed from, and
 * the violence ones, are built on this thread; the rest may go to worker threads.
 */
function planValues(valuesDir: string, catalog: Catalog): Plan {
  const present = new Set(
    existsSync(valuesDir)
      ? readdirSync(valuesDir)
          .filter((f) => f.toLowerCase().endsWith('.csv'))
          .map((f) => f.slice(0, -4))
          .sort()
      : [],
  );
  const needed = derivationInputs(catalog);
  const alone = catalog.indikator
    .filter((ind) => !needed.has(ind.id) && !ind.kekerasan && !ind.agregat_kekerasan && !ind.turunan && present.has(ind.id))
    .map((ind) => ind.id);
  return { valuesDir, present, needed, alone };
}

/** Indicators whose rows another indicator is computed from (rates, coverage). */
function derivationInputs(catalog: Catalog): Set<string> {
  const needed = new Set<string>();
  for (const { turunan } of catalog.indikator) {
    if (turunan?.cara === 'rasio') for (const t of [...turunan.pembilang, ...turunan.penyebut]) needed.add(t.indikator);
    if (turunan?.cara === 'cakupan') needed.add(turunan.dari);
  }
  return needed;
}

/**
 * Builds every indicator (the worker threads' ones through `jobs`) and the site-wide files. Results are
 * taken in catalogue order, so the log and the output are those of a single-thread build.
 */
async function buildAll(
  dataDir: string,
  loaded: Loaded,
  plan: Plan,
  stage: OutputStage<Target>,
  log: IssueLog,
  jobs: ReadonlyMap<string, Promise<WorkerResult>>,
  done: (stage: string) => void,
) {
  checkValueFiles(plan.present, loaded.catalog, log);
  const register = loadRegister(dataDir, loaded, log);
  const { violence, geometry } = await violenceAndMaps(dataDir, loaded, stage, log);
  done('violence, map geometry');
  const { rows, lines, summaries, mapIndex, changes } = await buildIndicators({ loaded, plan, stage, log, jobs, violence });
  done('indicators');
  for (const process of [processKla, processCorrections, processPublicGaps]) await process(dataDir, loaded, stage, log);
  done('KLA, corrections, gaps');
  if (!log.hasErrors) await writeSiteFiles({ loaded, stage, summaries, mapIndex, geometry, register }, done);
  const first = !existsSync(stage.published('generated', 'catalog.json'));
  return { rows, files: plan.present.size, lineCounts: lines, changes: first ? null : changes };
}

/**
 * Every indicator: those others are computed from first, then all in catalogue order (a worker thread's
 * result awaited from `jobs`, the rest built here). What the site-wide files need from each is gathered.
 */
async function buildIndicators(b: {
  loaded: Loaded;
  plan: Plan;
  stage: OutputStage<Target>;
  log: IssueLog;
  jobs: ReadonlyMap<string, Promise<WorkerResult>>;
  violence: ValueRow[];
}) {
  const { loaded, plan, stage, log, jobs, violence } = b;
  let rows = 0;
  const lines: LineCounts = { lines: 0, blank: 0, quotedBreaks: 0 };
  const read = async (ind: Indicator): Promise<ValueRow[]> => {
    const found = plan.present.has(ind.id) ? await readValueFile(join(plan.valuesDir, `${ind.id}.csv`), ind, loaded, log, lines) : [];
    rows += found.length;
    return protectedRows(found, ind, loaded, { violence, log });
  };
  const inputs = new Map<string, ValueRow[]>();
  for (const ind of loaded.catalog.indikator) if (plan.needed.has(ind.id)) inputs.set(ind.id, await read(ind));
  // After an error the other files are still read and validated, but nothing more is written.
  const buildHere = async (ind: Indicator, own: ValueRow[]): Promise<Built> =>
    log.hasErrors
      ? { rows: 0, summary: null, map: null, changes: null }
      : { rows: 0, ...(await writeIndicator(stage, ind, publishedRows(own, ind, loaded, inputs), loaded)) };

  const summaries = new Map<string, Summary>();
  const mapIndex: MapIndexEntry[] = [];
  const changes: Array<{ id: string; changes: Changes }> = [];
  for (const ind of loaded.catalog.indikator) {
    const job = jobs.get(ind.id);
    const done = job ? await job : null;
    if (done) addLines(lines, done.lines);
    const built = done ? fromWorker(done, log) : await buildHere(ind, inputs.get(ind.id) ?? (await read(ind)));
    rows += built.rows;
    if (!built.summary) continue;
    summaries.set(ind.id, built.summary);
    if (built.map) mapIndex.push(built.map);
    if (built.changes) changes.push({ id: ind.id, changes: built.changes });
  }
  return { rows, lines, summaries, mapIndex, changes };
}

/** The violence data after disclosure control, the map geometry and the region registry. */
async function violenceAndMaps(dataDir: string, loaded: Loaded, stage: OutputStage<Target>, log: IssueLog) {
  const violence = await processViolence(dataDir, loaded, stage, log);
  // Imported here, not at the top: its libraries (shapefile, proj4…) take a while to load, and worker
  // threads wait for this thread's setup; by now they are reading.
  const { loadGeometry } = await import('./datasets/geometry.ts');
  const geometry = await loadGeometry(dataDir, loaded.regions, loaded.config, log);
  if (geometry) await writeGeometry(stage, geometry);
  if (!log.hasErrors) await writeRegistry(stage, loaded);
  return { violence, geometry };
}

/** The open-data package, then the files every page reads and the agencies' measure and templates. */
async function writeSiteFiles(
  built: {
    loaded: Loaded;
    stage: OutputStage<Target>;
    summaries: Map<string, Summary>;
    mapIndex: MapIndexEntry[];
    geometry: Geometry | null;
    register: ReturnType<typeof loadRegister>;
  },
  done: (stage: string) => void,
): Promise<void> {
  const { loaded, stage, summaries, mapIndex, geometry, register } = built;
  const written = loaded.catalog.indikator.filter((ind) => (summaries.get(ind.id)?.jumlah_baris ?? 0) > 0);
  const date = releaseDate();
  const zip = await writePackage(stage, { loaded, written, geometry, date });
  done('data package');
  await writeSite(stage, loaded, summaries, mapIndex, geometry, { paket: zip, tanggal: date });
  await processAgencies(register, loaded, summaries, stage, date);
  done('site files, agencies');
}

interface Built {
  rows: number;
  summary: Summary | null;
  map: MapIndexEntry | null;
  changes: Changes | null;
}

function fromWorker(done: WorkerResult, log: IssueLog): Built {
  log.absorb(done.log);
  return { rows: done.rows, summary: log.hasErrors ? null : done.summary, map: done.map, changes: done.changes };
}

/** A value file without a catalogue entry is an error. */
function checkValueFiles(present: ReadonlySet<string>, catalog: Catalog, log: IssueLog): void {
  const known = new Set(catalog.indikator.map((i) => i.id));
  for (const id of present) {
    if (!known.has(id))
      log.error({
        file: `data/values/${id}.csv`,
        rule: 'indikator',
        message: `Tidak ada indikator "${id}" di data/indicators.yml. Tambahkan entrinya, atau samakan nama berkas dengan id indikator.`,
      });
  }
}
