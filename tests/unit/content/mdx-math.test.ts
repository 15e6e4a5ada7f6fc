/**
 * MDX does not evaluate {expressions} inside $…$ math: "$\ln 5 \approx {fixed(x, 3)}$" typesets the
 * code itself. Computed numbers in math go through <Tex math={`…${value}`} />. This finds the slip
 * in every chapter: an inline or display math span holding a JavaScript call or property access.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const files = ['zh', 'en'].flatMap((l) => readdirSync(`content/${l}`).filter((f) => f.endsWith('.mdx')).map((f) => `content/${l}/${f}`));
/** A math span's body. */
const MATH = /\$\$?([^$]+)\$\$?/g;
const CODE_IN_BRACES = /\{[a-zA-Z_][\w]*(?:\.[\w]+|\()/;

describe('chapters: no code left inside $…$ math', () => {
  it.each(files)('%s', (file) => {
    const body = readFileSync(file, 'utf8').replace(/^---[\s\S]*?---/, '').replace(/^(import|export) .*$/gm, '')
      // Template literals (<Tex math={`…${value}`} />) and inline code are where ${…} belongs.
      .replace(/`[^`]*`/g, '');
    const slips = [...body.matchAll(MATH)].map((m) => m[1]!).filter((tex) => CODE_IN_BRACES.test(tex));
    expect(slips).toEqual([]);
  });
});
