/**
 * The baseline: papaparse alone reading the same files as the pipeline (same streaming input, chunk
 * mode, same delimiter), counting rows and nothing else. Prints JSON stats for bench/run.ts.
 *
 *   tsx scripts/bench/bare-parse.ts <values-dir>
 */
import { createReadStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

async function parseFile(path: string): Promise<number> {
  let rows = 0;
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }) as unknown as File, {
      delimiter: ';',
      chunk: (results) => {
        rows += results.data.length;
      },
      complete: () => resolve(),
      error: reject,
    });
  });
  return rows;
}

const dir = process.argv[2]!;
const started = performance.now();
let rows = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.csv'))
  .sort())
  rows += await parseFile(join(dir, file));
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, rows, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
