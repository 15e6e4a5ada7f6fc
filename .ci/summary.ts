// Prints the one closing line CI reads, "N passed, N failed", from the JSON reports `npm test` writes.
import { existsSync, readFileSync } from 'node:fs';

interface VitestReport { numPassedTests: number; numFailedTests: number }

let passed = 0, failed = 0, found = 0;
const vitest = 'test-results/vitest.json';
if (existsSync(vitest)) {
  const r = JSON.parse(readFileSync(vitest, 'utf8')) as VitestReport;
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  found++;
}
if (found === 0) {
  console.log('no test report found');
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed`);
