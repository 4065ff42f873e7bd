import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Real files and real NLP models make some tests slower than a pure unit test; keep failures honest, not flaky.
    testTimeout: 30_000,
  },
});
