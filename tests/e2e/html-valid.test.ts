/**
 * Every built page is valid HTML by the W3C Nu checker (vnu.jar from the npm package vnu-jar), run with
 * the machine's Java. Without Java the check skips with one line; under CI=true it must run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness.ts';

const JAR = join(dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build', 'dist', 'vnu.jar');
const hasJava = spawnSync('java', ['-version']).status === 0;
if (!hasJava && process.env.CI === 'true')
  throw new Error('Java not found: CI must run the HTML conformance check (apt-get install -y default-jre-headless).');
if (!hasJava) console.warn('HTML conformance check skipped: no Java (install with: apt-get install -y default-jre-headless).');

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? pages(path) : path.endsWith('.html') ? [path] : [];
  });
}

interface Message {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
}

describe.runIf(hasJava && existsSync(join(DIST, 'index.html')))('HTML conformance (W3C Nu checker)', () => {
  it('reports no error on any built page', () => {
    const files = pages(DIST);
    expect(files.length).toBeGreaterThan(100);
    const run = spawnSync('java', ['-Xss4m', '-jar', JAR, '--skip-non-html', '--errors-only', '--format', 'json', DIST], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as { messages: Message[] };
    const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
    expect(errors.map((m) => `${m.url.replace(`file:${DIST}`, '')}:${m.lastLine ?? ''} ${m.message}`)).toEqual([]);
  }, 120_000);

  it('catches an invalid page (a script after </html>), so the check cannot pass by checking nothing', () => {
    const run = spawnSync('java', ['-jar', JAR, '--errors-only', '--format', 'json', '-'], {
      input: '<!doctype html><html lang="id"><head><title>x</title></head><body><p>x</p></body></html><script src="a.js"></script>',
      encoding: 'utf8',
    });
    const { messages } = JSON.parse(run.stderr) as { messages: Message[] };
    expect(messages.map((m) => m.message)).toEqual(expect.arrayContaining([expect.stringMatching(/Stray start tag/)]));
  }, 60_000);
});
