import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Integration and e2e tests start real processes and browsers: keep them from starving each other.
    maxWorkers: 2,
  },
});
