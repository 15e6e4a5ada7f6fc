/**
 * Browser tests of the built site (`npm run build` first): Debian's Chromium, never a browser
 * that Playwright downloads. `npm run preview` serves dist/, Pagefind's index included.
 */
import { defineConfig } from '@playwright/test';

// Playwright must never fetch a browser: the executable below is the system's.
process.env['PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD'] = '1';
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

// E2E_PORT lets two checkouts test their own builds side by side.
const PORT = Number(process.env['E2E_PORT'] ?? 4321);
const CI = Boolean(process.env['CI']);

export default defineConfig({
  testDir: 'tests/e2e',
  // Not test-results/ itself: Playwright empties its output folder, and Vitest's report lives there.
  outputDir: 'test-results/playwright-artifacts',
  fullyParallel: true,
  forbidOnly: CI,
  retries: 0,
  workers: 2,
  // Generous: conditions are awaited, never slept on, and a busy 2-core machine can be slow.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    headless: true,
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx astro preview --port ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
