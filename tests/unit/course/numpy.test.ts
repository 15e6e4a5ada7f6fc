/**
 * From formula to code: every chapter's src/course/<slug>/numpy_example.py is run with python3 and
 * NumPy, and must print exactly the chapter's `numpyOutput`, which numbers.ts computed with the
 * kernel and the page shows under the code. CI installs Debian's python3-numpy when it is missing;
 * locally the test is skipped, saying so, only when python3 or NumPy is absent.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const probe = spawnSync(PYTHON, ['-c', 'import numpy'], { encoding: 'utf8' });
const hasNumpy = probe.status === 0;
if (!hasNumpy) console.warn(`numpy.test.ts: SKIPPED, ${PYTHON} with NumPy is not available (${probe.error?.message ?? probe.stderr.trim()}); CI installs python3-numpy`);

const chapterSlugs = readdirSync('content/zh').map((f) => /^\d\d-([a-z0-9-]+)\.mdx$/.exec(f)?.[1]).filter((s) => s !== undefined);
const numbers = import.meta.glob<{ numpyOutput?: string }>('../../../src/course/*/numbers.ts', { eager: true });

describe('From formula to code', () => {
  it.each(chapterSlugs)('%s has a NumPy snippet, shown on both pages with its output', (slug) => {
    expect(existsSync(`src/course/${slug}/numpy_example.py`), `src/course/${slug}/numpy_example.py`).toBe(true);
    expect(typeof numbers[`../../../src/course/${slug}/numbers.ts`]?.numpyOutput, `${slug}/numbers.ts exports numpyOutput`).toBe('string');
    for (const locale of ['zh', 'en']) {
      const file = readdirSync(`content/${locale}`).find((f) => f.endsWith(`-${slug}.mdx`))!;
      const mdx = readFileSync(`content/${locale}/${file}`, 'utf8');
      expect(mdx, `${locale}/${file} imports its snippet`).toContain(`src/course/${slug}/numpy_example.py?raw`);
      expect(mdx, `${locale}/${file} shows it with its output`).toMatch(/<CodeAndOutput[^>]*output=\{numpyOutput\}/);
    }
  });

  it.skipIf(!hasNumpy).each(chapterSlugs)('%s: python3 prints exactly what the page shows', (slug) => {
    const stdout = execFileSync(PYTHON, ['-B', `src/course/${slug}/numpy_example.py`], { encoding: 'utf8', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
    expect(stdout).toBe(`${numbers[`../../../src/course/${slug}/numbers.ts`]!.numpyOutput}\n`);
  });
});
