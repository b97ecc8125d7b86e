// Test projects, run as separate stages by scripts/test.ts (each needs what the stage before made).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Deterministic output: one time zone for every stage. Timeouts are generous because a
    // 2-core machine under load runs a whole-site check several times slower than when idle;
    // they guard against hangs, not speed (speed is measured by `npm run bench`).
    env: { TZ: 'UTC' },
    // Two workers whatever the machine reports: Vitest would otherwise keep one core free, and
    // the browser files mostly wait on Chromium, so two of them share two cores well.
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/charts/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'fixtures', include: ['test/fixtures/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000, maxConcurrency: 2 } },
      { test: { name: 'output', include: ['test/build/**/*.test.ts'], testTimeout: 300_000 } },
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 120_000 } },
    ],
  },
});
