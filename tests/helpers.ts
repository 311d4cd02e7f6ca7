/** Shared test helpers: temporary copies of a data folder and a pipeline run against them. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { formatIssue } from '../scripts/lib/issues.ts';
import { runPipeline, type PipelineResult } from '../scripts/pipeline.ts';

export const REPO = resolve(import.meta.dirname, '..');
export const FIXTURES = join(REPO, 'tests', 'fixtures');
export const MINIMAL = join(FIXTURES, 'fiktif-minimal');

/** A fresh temporary root holding a copy of `dataSource` under data/. */
export function tempRoot(dataSource: string = MINIMAL): { root: string; data: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'siga-test-'));
  const data = join(root, 'data');
  cpSync(dataSource, data, { recursive: true });
  return { root, data, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export async function run(root: string, data: string): Promise<PipelineResult & { lines: string[] }> {
  const result = await runPipeline({ root, dataDir: data });
  return { ...result, lines: result.log.errors.map(formatIssue) };
}

/** Every file below `dir` with its bytes, for byte-for-byte comparisons of whole output trees. */
export function snapshotTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return out;
}
