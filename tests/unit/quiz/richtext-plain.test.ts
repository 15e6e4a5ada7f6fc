/** Accessible names from rendered rich text: equations read as their TeX, not as MathML's run-together text. */
import { describe, expect, it } from 'vitest';
import { renderRich } from '../../../src/components/tex.ts';
import { htmlToPlain } from '../../../src/quiz/math-text.ts';
import { typesetLive } from '../../../src/widgets/ui/typeset-live.ts';

describe('htmlToPlain', () => {
  it('reads each equation once, from its TeX', () => {
    expect(htmlToPlain(renderRich('投影：用 $W_Q, W_K, W_V$ 把输入 $X$ 变成 $Q, K, V$'))).toBe('投影：用 W_Q, W_K, W_V 把输入 X 变成 Q, K, V');
    expect(htmlToPlain(renderRich('Scale: divide the scores by $\\sqrt{d_k}$.'))).toBe('Scale: divide the scores by √d_k.');
  });

  it("reads an exercise's fresh variant, typeset in the browser, the same way", () => {
    const html = typesetLive('共 $a < \\sqrt{d_k}$ 个，$x$。');
    expect(html).not.toContain('<annotation');
    expect(htmlToPlain(html)).toBe('共 a < √d_k 个，x。');
    expect(html).toContain('<span class="math-nobr">');
  });

  it('drops other tags and decodes entities', () => {
    expect(htmlToPlain(renderRich('**Q & K** < 1'))).toBe('Q & K < 1');
  });
});
