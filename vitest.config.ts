import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The JSON report feeds the "N passed, N failed" line that CI prints (.ci/summary.ts).
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    coverage: {
      provider: 'v8',
      include: ['src/kernel/**/*.ts'],
      reporter: ['text-summary', 'text'],
      // The kernel computes every number in the course: keep it almost fully exercised.
      thresholds: { lines: 95, statements: 95, functions: 95, branches: 90 },
    },
  },
});
