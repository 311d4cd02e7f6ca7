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

export async function run(root: string, data: string, workers?: number): Promise<PipelineResult & { lines: string[] }> {
  const result = await runPipeline({ root, dataDir: data, workers });
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

/**
 * Builds the whole site from another data folder in a temporary copy of the project (sources copied,
 * node_modules linked), so a test can inspect dist/ without touching the repository's own output.
 */
export async function buildSiteCopy(
  dataSource: string,
  edit?: (data: string) => void,
): Promise<{ root: string; dist: string; result: PipelineResult & { lines: string[] }; cleanup: () => void }> {
  const { execFileSync } = await import('node:child_process');
  const { symlinkSync, mkdirSync } = await import('node:fs');
  const root = mkdtempSync(join(tmpdir(), 'siga-site-'));
  for (const entry of ['src', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(REPO, entry), join(root, entry), { recursive: true, filter: (src) => !src.includes(`${join('src', 'generated')}`) });
  }
  mkdirSync(join(root, 'public'), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  const data = join(root, 'data');
  cpSync(dataSource, data, { recursive: true });
  edit?.(data);
  const result = await run(root, data);
  if (result.ok) {
    execFileSync(join(REPO, 'node_modules', '.bin', 'astro'), ['build', '--root', root, '--silent'], {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
  }
  return { root, dist: join(root, 'dist'), result, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
