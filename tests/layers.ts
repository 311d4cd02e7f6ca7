/**
 * The layer rules of CONVENTIONS.md, read from the source files' import statements:
 *
 *   - nothing under src/ imports scripts/ (the site never runs build code);
 *   - src/model/ imports neither side: only other model files and packages;
 *   - scripts/ imports from src/ only the model;
 *   - scripts/lib/ never imports scripts/datasets/ or scripts/stages/ (the lower layer knows no upper one);
 *   - what a browser loads (islands, src/client/, the <script> blocks of .astro files, and every file
 *     they import) contains no build code and no Node built-in module.
 *
 *   layerProblems('/path/to/repo') -> ['src/lib/x.ts imports scripts/lib/y.ts (the site never imports scripts/)', …]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SOURCE = /\.(ts|tsx|mjs|js|astro)$/;

/** The files under `dir` whose names match `pattern` (source files by default), generated output aside. */
export function filesUnder(dir: string, pattern: RegExp = SOURCE): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'generated') return [];
    return statSync(path).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

/** The module specifiers a file imports: static, re-exported, dynamic and import.meta.glob patterns. */
export function specifiers(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/g,
    /\bexport\s+[^'";]*?\sfrom\s+['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /import\.meta\.glob(?:<[^>]*>)?\(\s*['"]([^'"]+)['"]/g,
  ];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.push(m[1]!);
  return found;
}

/** The <script> blocks of an .astro file: what Astro bundles for the browser. */
function browserScripts(text: string): string {
  return [...text.matchAll(/<script(?![^>]*\bis:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
}

/** Where a relative specifier points, as a path from the repository root ('' for a package). */
function target(root: string, from: string, spec: string): string {
  if (!spec.startsWith('.')) return '';
  return relative(root, resolve(dirname(from), spec))
    .split(sep)
    .join('/');
}

const under = (path: string, folder: string): boolean => path === folder || path.startsWith(`${folder}/`);

function ruleOf(file: string, to: string): string | null {
  if (under(file, 'src/model') && !under(to, 'src/model')) return 'src/model/ imports neither the site nor the build';
  if (under(file, 'src') && under(to, 'scripts')) return 'the site never imports scripts/';
  if (under(file, 'scripts') && under(to, 'src') && !under(to, 'src/model')) return 'the build imports only src/model/ from src/';
  if (under(file, 'scripts/lib') && (under(to, 'scripts/datasets') || under(to, 'scripts/stages')))
    return 'scripts/lib/ never imports scripts/datasets/ or scripts/stages/';
  return null;
}

export function layerProblems(root: string): string[] {
  const problems: string[] = [];
  for (const path of [...filesUnder(join(root, 'src')), ...filesUnder(join(root, 'scripts'))]) {
    const file = relative(root, path).split(sep).join('/');
    for (const spec of specifiers(readFileSync(path, 'utf8'))) {
      const to = target(root, path, spec);
      const rule = to ? ruleOf(file, to) : null;
      if (rule) problems.push(`${file} imports ${to} (${rule})`);
    }
  }
  return problems;
}

/** The files a browser loads, from its entries through every relative import, and what each imports. */
export function browserProblems(root: string): string[] {
  const entries = filesUnder(join(root, 'src')).filter(
    (p) => /\.island\.tsx$/.test(p) || under(relative(root, p).split(sep).join('/'), 'src/client') || p.endsWith('.astro'),
  );
  const problems: string[] = [];
  const seen = new Set<string>();
  const visit = (path: string, text: string): void => {
    const file = relative(root, path).split(sep).join('/');
    for (const spec of specifiers(text)) {
      if (spec.startsWith('node:') || ['fs', 'path', 'os', 'worker_threads', 'child_process'].includes(spec))
        problems.push(`${file} loads the Node module ${spec} in the browser`);
      const to = target(root, path, spec);
      if (!to) continue;
      if (under(to, 'scripts')) problems.push(`${file} puts build code ${to} into the browser bundle`);
      const next = resolve(root, to);
      if (seen.has(next) || !existsSync(next) || !SOURCE.test(next)) continue;
      seen.add(next);
      visit(next, readFileSync(next, 'utf8'));
    }
  };
  for (const path of entries) {
    const text = readFileSync(path, 'utf8');
    visit(path, path.endsWith('.astro') ? browserScripts(text) : text);
  }
  return [...new Set(problems)];
}
