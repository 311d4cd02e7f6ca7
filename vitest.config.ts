import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Browser tests build the site once; run files one after another so builds never overlap.
    fileParallelism: false,
    reporters: ['default'],
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
