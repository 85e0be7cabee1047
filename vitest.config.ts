import { defineConfig } from 'vitest/config';

// Pure logic, real builds of fixture trees, and browser tests on a built site. Files run one
// after another: builds share the project's .astro folder, and the unit suite takes a second.
export default defineConfig({
  test: {
    fileParallelism: false,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      {
        // `npm run dev` in a real browser: its own project, as it needs no built site.
        test: {
          name: 'dev',
          include: ['tests/dev/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          // Every page of every edition is visited in one hook: twice the pages of a tree without editions.
          hookTimeout: 1_500_000,
        },
      },
    ],
  },
});
