import { defineConfig } from 'vitest/config';

// Three projects: pure logic (fast, parallel), real builds of fixture trees (sequential:
// they share the project's .astro folder), and browser tests on a built site.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
