import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { renderTex } from '../../../src/components/tex.ts';
import { htmlToPlain } from '../../../src/quiz/math-text.ts';
import { leanMathHtml } from '../../../src/widgets/ui/lean-mathml.ts';

const katexMathml = (tex: string, display = false) => katex.renderToString(tex, { output: 'mathml', displayMode: display });
const count = (html: string, tag: string) => html.split(`<${tag}`).length - 1;
/** The elements that draw something, in order: what must not change. */
const drawn = (html: string) => [...html.matchAll(/<(m(?:i|n|o|text|space|sqrt|frac|sub|sup|subsup|table|tr|td|over|under|underover))\b[^>]*>([^<]*)/g)].map((m) => `${m[1]}:${m[2]}`);

describe('lean MathML', () => {
  it('keeps the TeX as data-tex instead of a <semantics> annotation', () => {
    const html = leanMathHtml(katexMathml('\\sqrt{d_k} < 1'));
    expect(html).not.toMatch(/<semantics|<annotation/);
    expect(html).toContain('data-tex="\\sqrt{d_k} < 1"');
    expect(htmlToPlain(html)).toBe('√d_k < 1');
    expect(htmlToPlain(leanMathHtml(katexMathml('a > b')))).toBe('a > b');
  });

  it('draws the same symbols with fewer elements', () => {
    const tex = '\\operatorname{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right) = \\begin{bmatrix} 0.1 & 0.9 \\\\ 0.5 & 0.5 \\end{bmatrix}';
    const before = katexMathml(tex, true);
    const after = leanMathHtml(before);
    expect(drawn(after)).toEqual(drawn(before));
    expect(count(after, 'mrow')).toBeLessThan(count(before, 'mrow'));
    expect(count(after, 'mstyle')).toBe(0);
  });

  it("keeps an operator's mrow in a script's base, where a bare operator would be spaced differently", () => {
    expect(leanMathHtml('<math><msub><mrow><mo>+</mo></mrow><mi>x</mi></msub></math>')).toBe('<math><msub><mrow><mo>+</mo></mrow><mi>x</mi></msub></math>');
    expect(leanMathHtml('<math><msub><mrow><mi>W</mi></mrow><mi>Q</mi></msub></math>')).toBe('<math><msub><mi>W</mi><mi>Q</mi></msub></math>');
  });

  it('gives a lone mrow\'s children to a parent that lays them out as a row anyway', () => {
    expect(leanMathHtml('<math><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow></math>')).toBe('<math><mi>a</mi><mo>+</mo><mi>b</mi></math>');
    // in a fraction the mrow is the numerator: its children must stay one argument
    expect(leanMathHtml('<math><mfrac><mrow><mi>a</mi><mi>b</mi></mrow><mi>c</mi></mfrac></math>')).toBe('<math><mfrac><mrow><mi>a</mi><mi>b</mi></mrow><mi>c</mi></mfrac></math>');
  });

  it("keeps a cell's style where it changes something: display cells and matrices inside a script", () => {
    expect(leanMathHtml(katexMathml('\\begin{aligned} a &= b \\end{aligned}', true))).toContain('displaystyle="true"');
    expect(leanMathHtml(katexMathml('x_{\\begin{matrix} 1 \\end{matrix}}'))).toContain('scriptlevel="0"');
  });

  it('puts a thin space after a function name unless a bracket follows, as TeX does', () => {
    expect(leanMathHtml(katexMathml('\\sin a'))).toContain('<mo rspace="0.1667em">\u2061</mo><mi>a</mi>');
    expect(leanMathHtml(katexMathml('\\ln 32'))).toContain('<mo rspace="0.1667em">\u2061</mo><mn>32</mn>');
    expect(leanMathHtml(katexMathml('\\sin(x)'))).toContain('<mo>\u2061</mo><mo stretchy="false">(</mo>');
    expect(leanMathHtml(katexMathml('\\tanh\\left(x\\right)'))).toContain('<mo>\u2061</mo><mrow><mo fence="true">(</mo>');
    // log with a base: the space goes after the subscript, not between log and k
    expect(leanMathHtml(katexMathml('\\log_k n'))).toMatch(/<\/msub><mspace width="0.1667em"><\/mspace><mi>n<\/mi>/);
  });

  it('is what every equation typeset for a page gets', () => {
    expect(renderTex('\\sqrt{d_k}', false)).not.toContain('<annotation');
  });
});
