/**
 * Entry point of the data build: `npm run data` (also the first step of `npm run build`).
 * Prints a one-line summary, or every input problem as `file:row:column  value  rule  message`
 * and exits 1, leaving the previous output in place.
 */
import { resolve } from 'node:path';
import { formatIssueTable } from './lib/issues.ts';
import { runPipeline } from './pipeline.ts';

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  const dataArg = process.argv.indexOf('--data');
  const dataDir = dataArg >= 0 ? resolve(process.argv[dataArg + 1] ?? 'data') : undefined;
  const started = performance.now();
  const result = await runPipeline({ root, dataDir });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
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
}

main().catch((err: unknown) => {
  console.error('Kesalahan tak terduga saat membangun data:', err);
  process.exitCode = 2;
});
