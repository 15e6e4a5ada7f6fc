/**
 * The Content-Security-Policy holds on every page while the reader does what the course offers:
 * islands hydrated, a live equation typeset by KaTeX, search opened, and the real model loaded and
 * run. Any `securitypolicyviolation` event fails the test (the `test` fixture also fails on the
 * console error a blocked resource prints).
 */
import type { Page } from '@playwright/test';
import { builtPages, escapeRegExp, expect, hydrateIslandOf, hydrateIslands, localeOfPath, t, test } from './helpers.ts';

interface Violation { directive: string; blocked: string; sample: string }

async function watchViolations(page: Page): Promise<() => Promise<Violation[]>> {
  await page.addInitScript(() => {
    const seen: { directive: string; blocked: string; sample: string }[] = [];
    (window as unknown as { __cspViolations: typeof seen }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }));
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);
}

const policyOf = (page: Page) => page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');

for (const p of builtPages()) {
  test(`${p.path}: the policy is strict and nothing breaks it`, async ({ page }) => {
    const violations = await watchViolations(page);
    const locale = localeOfPath(p.path);
    await page.goto(p.path);

    const policy = (await policyOf(page)) ?? '';
    const directive = (name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
    const scriptSrc = directive('script-src');
    expect(scriptSrc, 'scripts from the site and by hash').toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*$/);
    expect(policy).not.toContain("'unsafe-eval'");
    expect(directive('style-src'), 'no inline <style> without a hash').not.toContain("'unsafe-inline'");
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('worker-src')).toBe("worker-src 'self'");

    await hydrateIslands(page);

    // A live equation: engaging with the explorer loads KaTeX, which typesets the equations.
    const explorer = page.locator('.widget.qkv').first();
    if ((await explorer.count()) > 0) {
      await explorer.locator('input').first().focus();
      await expect(explorer.locator('.live-equation .katex').first()).toBeAttached({ timeout: 30_000 });
    }

    // The real model: ONNX Runtime's worker and WebAssembly, and the model files.
    const demo = page.locator('.widget.coref').first();
    if ((await demo.count()) > 0) {
      await hydrateIslandOf(demo);
      await demo.getByRole('button', { name: t(locale, 'demo.load') }).first().click();
      await expect(demo.locator('.status')).toHaveAttribute('data-kind', 'ok', { timeout: 60_000 });
    }

    // Search: Pagefind's script, its WebAssembly and its index.
    await page.locator('#search-button').click();
    await page.locator('#search-input').fill(locale === 'zh' ? '注意力' : 'attention');
    const many = escapeRegExp(t(locale, 'search.results', { count: 'COUNT' })).replace('COUNT', '\\d+');
    await expect(page.locator('#search-status')).toHaveText(new RegExp(`^(${many}|${escapeRegExp(t(locale, 'search.result1'))})$`));

    expect(await violations()).toEqual([]);
  });
}
