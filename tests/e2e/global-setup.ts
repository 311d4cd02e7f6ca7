/**
 * Builds the site once before the test run when the browser tests will run (Chromium present or CI),
 * so every browser test reads the same fresh dist/.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromiumAvailable } from './harness.ts';

export default function setup(): void {
  if (!chromiumAvailable() && process.env.CI !== 'true') return;
  if (process.env.SIGA_SKIP_BUILD === '1') return;
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: resolve(import.meta.dirname, '../..'), stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}
