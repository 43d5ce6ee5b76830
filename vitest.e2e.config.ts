import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers against the built extension (.output/).
// One file at a time: each launches its own browser, and the machine has 2 cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
