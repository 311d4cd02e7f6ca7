/**
 * Builds the site once before the test run, so every test of the built site (links, page hygiene,
 * browser tests) reads the same fresh dist/. SIGA_SKIP_BUILD=1 reuses the dist/ already there.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function setup(): void {
  if (process.env.SIGA_SKIP_BUILD === '1') return;
  execFileSync('npm', ['run', 'build', '--silent'], {
    cwd: resolve(import.meta.dirname, '../..'),
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}
