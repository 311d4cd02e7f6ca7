/**
 * The size rules of CONVENTIONS.md hold on the repository: no source file under src/ or scripts/ over
 * 300 lines (the vendored Leaflet CSS aside), no function over 50 lines. A planted long function and a
 * planted long file are caught, so the check cannot pass by reading nothing.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers.ts';
import { filesUnder } from './layers.ts';

const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 50;
const SOURCE = /\.(ts|tsx|mjs|astro|css)$/;
/** Copied from elsewhere, kept as it came. */
const VENDORED = new Set(['src/styles/leaflet-trimmed.css']);

const lineCount = (text: string): number => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/** Functions (declarations, methods, arrows, expressions) longer than the limit: "file:line name (n lines)". */
export function longFunctions(label: string, text: string, limit = MAX_FUNCTION_LINES): string[] {
  const kind = label.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(label, text, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const visit = (node: ts.Node, name: string): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = file.getLineAndCharacterOfPosition(node.getStart()).line;
      const last = file.getLineAndCharacterOfPosition(node.end).line;
      const called = (node as ts.FunctionDeclaration).name?.getText() ?? name;
      if (last - first + 1 > limit) found.push(`${label}:${first + 1} ${called} (${last - first + 1} lines)`);
    }
    const next = ts.isVariableDeclaration(node) || ts.isPropertyAssignment(node) ? node.name.getText() : name;
    ts.forEachChild(node, (child) => visit(child, next));
  };
  visit(file, '(anonymous)');
  return found;
}

describe('size', () => {
  const files = ['src', 'scripts'].flatMap((dir) => filesUnder(join(REPO, dir), SOURCE));

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it(`keeps every source file under src/ and scripts/ at ${MAX_FILE_LINES} lines or fewer`, () => {
    const long = files
      .map((path) => ({ label: relative(REPO, path), lines: lineCount(readFileSync(path, 'utf8')) }))
      .filter(({ label, lines }) => lines > MAX_FILE_LINES && !VENDORED.has(label))
      .map(({ label, lines }) => `${label} (${lines} lines)`);
    expect(long).toEqual([]);
  });

  it(`keeps every function of the TypeScript sources at ${MAX_FUNCTION_LINES} lines or fewer`, () => {
    const long = files
      .filter((path) => /\.(ts|tsx|mjs)$/.test(path))
      .flatMap((path) => longFunctions(relative(REPO, path), readFileSync(path, 'utf8')));
    expect(long).toEqual([]);
  });

  it('catches a planted long function, arrow or method', () => {
    const body = Array.from({ length: 52 }, (_, i) => `  x += ${i};`).join('\n');
    const planted = [
      `export function long(x: number): number {\n${body}\n  return x;\n}`,
      `const arrow = (x: number) => {\n${body}\n  return x;\n};`,
      `class A {\n  method(x: number) {\n${body}\n    return x;\n  }\n}`,
      `export function short(): number {\n  return 1;\n}`,
    ].join('\n');
    expect(longFunctions('planted.ts', planted)).toEqual([
      'planted.ts:1 long (55 lines)',
      'planted.ts:56 arrow (55 lines)',
      'planted.ts:112 method (55 lines)',
    ]);
  });
});
