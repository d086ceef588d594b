import { defineConfig } from 'vitest/config';

// Browser tests against `next start`; run after `next build` (npm test does both).
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // One more try for a browser test that failed: a page driven through a real browser on a
    // loaded 2-core machine can miss a navigation event once. A test that fails twice still fails,
    // and vitest's report marks a test that needed its retry.
    retry: 1,
  },
});
