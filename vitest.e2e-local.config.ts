import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { root: '/work/wt/i26', include: ['tests/e2e/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 600_000, fileParallelism: false } });
