/**
 * `npm run bench`: prints speed and size figures; it never fails a build.
 *
 * Pipeline on the real data and on an invented national-scale set (83,763 desa × 10 years × 20
 * indicators, generated once under the system temp folder), beside a bare papaparse parse of the same
 * files. Each run is a separate process so its peak memory (max RSS) is its own.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateNational, NATIONAL } from './generate-national.ts';
import { pageWeight } from './pages.ts';
import { loadedBytes } from './loaded.ts';
import { lighthouse } from './lighthouse.ts';
import { loadGeometry } from '../datasets/geometry.ts';
import { loadWilayah } from '../datasets/wilayah.ts';
import { IssueLog } from '../lib/issues.ts';
import { ConfigSchema } from '../../src/model/catalog.ts';
import { loadYaml } from '../lib/yaml-load.ts';
import { gzipSync } from 'node:zlib';
import { readViolence } from '../datasets/kekerasan.ts';
import { auditCube, protect } from '../lib/disclosure-audit.ts';
import { buildCube, suppress } from '../lib/disclosure-cube.ts';
import type { ViolenceRow } from '../lib/rows.ts';

const REPO = resolve(import.meta.dirname, '../..');

interface Stats {
  seconds: number;
  rows: number;
  maxRssMb: number;
  ok?: boolean;
  workers?: number;
  /** The pipeline's stages: seconds since the start when each ended. */
  stages?: Array<{ stage: string; seconds: number }>;
}

// The pipeline runs with the node flags of `npm run data` (package.json), so the bench measures what
// Dinas staff run; the bare parse keeps the plain ones (--single-threaded-gc would only slow it).
const NODE_FLAGS = ['--max-semi-space-size=64', '--import', 'tsx'];
const PIPELINE_FLAGS = ['--max-semi-space-size=64', '--single-threaded-gc', '--import', 'tsx'];

function runJson(args: string[], flags = NODE_FLAGS): Stats {
  const out = execFileSync(process.execPath, [...flags, ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = out.trim().split('\n').pop()!;
  return JSON.parse(line) as Stats;
}

function pipeline(dataDir: string, root: string): Stats {
  return runJson([join(REPO, 'scripts/build-data.ts'), '--data', dataDir, '--root', root, '--stats'], PIPELINE_FLAGS);
}

const fmt = (n: number, d = 0): string => n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });
function line(label: string, s: Stats): string {
  return `${label.padEnd(34)} ${fmt(s.seconds, 2).padStart(9)} s ${fmt(s.rows).padStart(12)} rows ${fmt(s.rows / s.seconds).padStart(11)} rows/s ${fmt(s.maxRssMb).padStart(7)} MB peak RSS${s.workers ? `, ${s.workers} worker threads` : ''}`;
}

/** How long each stage of the pipeline took, so a stage that grows shows. */
function stageLine(s: Stats): string {
  let before = 0;
  const parts = (s.stages ?? []).map(({ stage, seconds }) => {
    const took = seconds - before;
    before = seconds;
    return `${stage} ${fmt(took, 1)} s`;
  });
  return `    stages: ${parts.join(' · ')}`;
}

async function geometry(): Promise<void> {
  const log = new IssueLog();
  const config = loadYaml(join(REPO, 'data/config.yml'), 'data/config.yml', ConfigSchema, log)!;
  const regions = await loadWilayah(join(REPO, 'data/wilayah.csv'), 'data/wilayah.csv', config, log);
  const started = performance.now();
  const geo = await loadGeometry(join(REPO, 'data'), regions, config, log);
  const seconds = (performance.now() - started) / 1000;
  console.log('Map geometry (default Voronoi unless data/geo/resmi/ holds a file):');
  if (!geo) return void console.log('  no geometry\n');
  const all = JSON.stringify(geo.topology);
  const levelBytes = (level: string) => {
    const only = { ...geo.topology, objects: { [level]: geo.topology.objects[level]! } };
    return gzipSync(JSON.stringify(only), { level: 9 }).length;
  };
  console.log(
    `  build ${fmt(seconds, 3)} s; wilayah.topo.json ${fmt(all.length / 1024, 1)} KB raw, ${fmt(gzipSync(all, { level: 9 }).length / 1024, 1)} KB gzip (all three levels, shared arcs) [budget: kecamatan + desa ≤ 40 KB gzip]`,
  );
  for (const level of ['kabupaten', 'kecamatan', 'desa'])
    console.log(`  ${level.padEnd(10)} ${fmt(levelBytes(level) / 1024, 1)} KB gzip on its own`);
  console.log('');
}

function pages(): void {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: REPO, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const dist = join(REPO, 'dist');
  const kb = (n: number): string => `${fmt(n / 1024, 1)} KB`;
  console.log('Page weight (dist/, gzip level 9; raw in brackets):');
  const budgets: Record<string, string> = {
    '/indikator/idg/': 'budget: JS ≤ 15 KB gzip, HTML ≤ 60 KB gzip',
    '/': 'budget: ≤ 100 KB gzip in total',
  };
  for (const path of ['/', '/indikator/', '/indikator/idg/', '/indikator/kla/', '/indikator/desa-layak-anak/', '/en/indikator/idg/']) {
    const w = pageWeight(dist, path);
    const total = w.html.gzip + w.js.gzip + w.css.gzip;
    console.log(
      `  ${path.padEnd(30)} HTML ${kb(w.html.gzip)} (${kb(w.html.raw)})  JS ${kb(w.js.gzip)} (${kb(w.js.raw)})  CSS ${kb(w.css.gzip)}  total ${kb(total)}${budgets[path] ? `   [${budgets[path]}]` : ''}`,
    );
  }
  console.log('');
}

async function loaded(): Promise<void> {
  const bytes = await loadedBytes(join(REPO, 'dist'), ['/', '/indikator/idg/', '/peta/', '/wilayah/19.02.05.2001/']);
  if (!bytes) return void console.log('What the browser loads: skipped (no Chromium).\n');
  console.log('What the browser loads (Chromium, offline; every file incl. lazy imports, gzip):');
  const budgets: Record<string, string> = {
    '/peta/': 'budget: map page ≤ 130 KB gzip in total',
    '/': 'budget: ≤ 100 KB gzip in total',
    '/indikator/idg/': 'budget: JS ≤ 15 KB gzip',
  };
  for (const [path, b] of Object.entries(bytes))
    console.log(
      `  ${path.padEnd(30)} JS ${fmt(b.js.gzip / 1024, 1)} KB, everything ${fmt(b.all.gzip / 1024, 1)} KB (raw ${fmt(b.all.raw / 1024, 1)} KB)${budgets[path] ? `   [${budgets[path]}]` : ''}`,
    );
  console.log('');
}

/** The exact disclosure audit on the invented violence fixture: how many small counts an attacker can still bound. */
async function disclosureAudit(): Promise<void> {
  const log = new IssueLog();
  const config = loadYaml(join(REPO, 'data/config.yml'), 'data/config.yml', ConfigSchema, log)!;
  const regions = await loadWilayah(join(REPO, 'data/wilayah.csv'), 'data/wilayah.csv', config, log);
  const file = join(REPO, 'tests/fixtures/kekerasan-fiktif/kekerasan-fiktif.csv');
  const rows: ViolenceRow[] = [];
  const opts = {
    label: 'kekerasan-fiktif.csv',
    rootCode: config.wilayah.kode,
    regions,
    sources: new Set(['fiktif-kekerasan']),
    years: config.tahun,
    log,
  };
  await readViolence(file, opts, (r) => rows.push(r));
  const cube = buildCube(rows, regions, config.wilayah.kode, log);
  const hidden = suppress(cube, config.kekerasan.ambang, config.wilayah.kode);
  const threshold = config.kekerasan.ambang;
  const before = await auditCube(cube, threshold, { primaryOnly: true });
  const started = performance.now();
  const protection = await protect(cube, threshold, config.wilayah.kode);
  const seconds = (performance.now() - started) / 1000;
  const after = await auditCube(cube, threshold, { unlisted: protection.unlisted, primaryOnly: true });
  console.log('Disclosure control of the invented violence fixture, audited exactly (HiGHS, LP then MILP):');
  console.log(
    `  ${fmt(rows.length)} rows; ${fmt(hidden.primer)} small counts hidden; by the rank test alone an attacker bounds ${fmt(before.narrow.length)} of them inside 1–${threshold - 1}`,
  );
  console.log(
    `  protection: ${fmt(protection.added)} more cells hidden, ${fmt(protection.unlisted.size)} hidden cells beneath hidden ones not listed, ${fmt(protection.rounds)} rounds, ${fmt(protection.solves)} solves in ${fmt(seconds, 2)} s; bounded afterwards: ${fmt(after.narrow.length)} [goal: 0]; ${fmt(cube.cells.filter((c) => !c.status).length)} of ${fmt(cube.cells.length)} cells published`,
  );
  console.log('');
}

async function main(): Promise<void> {
  console.log('SIGA bench — figures only, nothing here fails a build.\n');
  await geometry();
  await disclosureAudit();
  if (!process.argv.includes('--tanpa-halaman')) {
    pages();
    await loaded();
    const lh = await lighthouse(join(REPO, 'dist'), ['/', '/indikator/idg/', '/peta/', '/wilayah/19.02.05.2001/']);
    console.log(
      'Lighthouse 12, mobile preset, Debian Chromium, offline [budgets: performance ≥ 95 (home 100), accessibility 100, LCP ≤ 2.0 s]:',
    );
    console.log(lh ? lh.join('\n') : '  skipped (no Chromium)');
    console.log('');
  }
  if (process.argv.includes('--tanpa-nasional')) return;
  const scratch = mkdtempSync(join(tmpdir(), 'siga-bench-run-'));
  try {
    const realRoot = join(scratch, 'real');
    mkdirSync(realRoot);
    cpSync(join(REPO, 'data'), join(realRoot, 'data'), { recursive: true });
    console.log('Real data (data/):');
    const real = pipeline(join(realRoot, 'data'), realRoot);
    console.log(line('  pipeline', real));
    console.log(stageLine(real));
    console.log(line('  bare papaparse parse', runJson([join(REPO, 'scripts/bench/bare-parse.ts'), join(realRoot, 'data', 'values')])));

    const cache = join(tmpdir(), 'siga-bench-nasional');
    console.log(
      `\nInvented national set (${fmt(NATIONAL.desa)} desa × ${NATIONAL.years} years × ${NATIONAL.indicators} indicators) in ${cache}:`,
    );
    const generatedAt = performance.now();
    const { dataDir, rows } = await generateNational(cache);
    console.log(`  generated/checked ${fmt(rows)} rows in ${fmt((performance.now() - generatedAt) / 1000, 1)} s`);
    const bare = runJson([join(REPO, 'scripts/bench/bare-parse.ts'), join(dataDir, 'values')]);
    const nationalRoot = join(scratch, 'national');
    mkdirSync(nationalRoot);
    const full = pipeline(dataDir, nationalRoot);
    console.log(line('  bare papaparse parse', bare));
    console.log(line('  pipeline', full));
    console.log(stageLine(full));
    console.log(`\n  pipeline ÷ bare parse: ${fmt(full.seconds / bare.seconds, 2)}× (goal ≤ 2×)`);
    console.log(`  pipeline rows/s: ${fmt(full.rows / full.seconds)} (goal ≥ 500,000)`);
    console.log(`  pipeline peak RSS: ${fmt(full.maxRssMb)} MB (goal < 1,536 MB)`);
    if (full.ok === false) console.log('  NOTE: the pipeline reported input problems on the national set.');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
