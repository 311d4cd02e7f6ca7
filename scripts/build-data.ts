/**
 * Entry point of the data build: `npm run data` (also the first step of `npm run build`).
 * Prints a one-line summary, or every input problem as `file:row:column  value  rule  message`
 * and exits 1, leaving the previous output in place.
 */
import { resolve } from 'node:path';
import { formatIssueTable } from './lib/issues.ts';
import { runPipeline, type PipelineResult } from './pipeline.ts';

async function main(): Promise<void> {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  // --data and --root let the bench and tests build another data folder into another tree.
  const root = resolve(arg('--root') ?? resolve(import.meta.dirname, '..'));
  const dataDir = arg('--data') ? resolve(arg('--data')!) : undefined;
  // --workers N sets the worker threads (0: none); by default the pipeline decides from the files' size.
  const workers = arg('--workers') === undefined ? undefined : Number(arg('--workers'));
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) {
    console.error(`--workers harus bilangan bulat 0 atau lebih (diberikan: ${arg('--workers')}).`);
    process.exitCode = 1;
    return;
  }
  const started = performance.now();
  const result = await runPipeline({ root, dataDir, workers });
  const elapsed = (performance.now() - started) / 1000;
  const seconds = elapsed.toFixed(2);
  if (process.argv.includes('--stats')) {
    for (const issue of result.log.errors.slice(0, 5)) console.error(issue);
    console.log(
      JSON.stringify({
        seconds: elapsed,
        rows: result.rows,
        maxRssMb: process.resourceUsage().maxRSS / 1024,
        ok: result.ok,
        workers: result.workers,
        stages: result.stages,
      }),
    );
    return;
  }
  report(result, seconds);
}

/** Warnings, then either every problem (exit code 1, the previous output kept) or the summary and the changes. */
function report(result: PipelineResult, seconds: string): void {
  if (result.log.warnings.length > 0) {
    console.warn(`Peringatan (${result.log.warnings.length}):`);
    console.warn(formatIssueTable(result.log.warnings));
  }
  if (!result.ok) {
    console.error(`\nData TIDAK dibangun: ${result.log.errors.length} masalah ditemukan. Hasil sebelumnya tetap dipakai.`);
    console.error('berkas:baris:kolom  nilai  aturan  pesan');
    console.error(formatIssueTable(result.log.errors));
    for (const o of result.log.omitted()) console.error(`… dan ${o.count} masalah "${o.rule}" lain di ${o.file}`);
    process.exitCode = 1;
    return;
  }
  console.log(`Data dibangun: ${result.files} berkas, ${result.rows} baris, ${seconds} detik.`);
  // Every line of the value files is accounted for; a difference would have stopped the build.
  const { lines, blank, quotedBreaks } = result.lineCounts;
  const breaks = quotedBreaks > 0 ? `, ${quotedBreaks} ganti baris di dalam sel` : '';
  console.log(`Baris teks berkas nilai: ${lines} = ${result.files} judul + ${result.rows} baris data + ${blank} baris kosong${breaks}.`);
  printChanges(result.changes);
}

/** What this build publishes that the last one did not, per indicator, so staff see it before publishing dist/. */
function printChanges(changes: PipelineResult['changes']): void {
  if (changes === null) return console.log('Pembangunan pertama: belum ada hasil sebelumnya untuk dibandingkan.');
  const changed = changes.filter(({ changes: c }) => c.ditambah + c.diubah + c.dihapus > 0);
  if (changed.length === 0) return console.log('Tidak ada nilai yang berubah sejak pembangunan terakhir.');
  console.log('Perubahan sejak pembangunan terakhir (periksa sebelum menerbitkan dist/):');
  for (const { id, changes: c } of changed) {
    console.log(
      `  ${id}: ${c.ditambah} baru, ${c.diubah} berubah, ${c.dihapus} dihapus${c.contoh.length ? ` — ${c.contoh.join('; ')}` : ''}`,
    );
  }
}

main().catch((err: unknown) => {
  console.error('Kesalahan tak terduga saat membangun data:', err);
  process.exitCode = 2;
});
