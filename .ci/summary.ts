// Prints the one closing line CI reads, "N passed, N failed", from the JSON reports `npm test` writes:
// Vitest's (test-results/vitest.json) and Playwright's (test-results/playwright.json), added together.
import { existsSync, readFileSync } from 'node:fs';

interface VitestReport { numPassedTests: number; numFailedTests: number }
/** Playwright's JSON reporter: `expected` passed, `unexpected` failed, `flaky` passed only on a retry. */
interface PlaywrightReport { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }

let passed = 0, failed = 0, skipped = 0, found = 0;

const vitest = 'test-results/vitest.json';
if (existsSync(vitest)) {
  const r = JSON.parse(readFileSync(vitest, 'utf8')) as VitestReport;
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  found++;
}

const playwright = 'test-results/playwright.json';
if (existsSync(playwright)) {
  const { stats } = JSON.parse(readFileSync(playwright, 'utf8')) as PlaywrightReport;
  passed += stats.expected;
  failed += stats.unexpected + stats.flaky; // a test that needed a retry is not a pass
  skipped += stats.skipped;
  found++;
}

if (found === 0) {
  console.log('no test report found');
  process.exit(1);
}
if (skipped > 0) console.log(`(${skipped} skipped)`);
console.log(`${passed} passed, ${failed} failed`);
