import type { Element, Root, Text } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeMath, { glueMath, headingTex } from '../../../src/components/rehype-math.ts';
import { glueMathPunctuation, leadingPunctuation, renderRich, renderTex, texPlain } from '../../../src/components/tex.ts';

const count = (html: string, s: string) => html.split(s).length - 1;

describe('renderTex: MathML only', () => {
  it('writes MathML and no HTML copy of the equation', () => {
    const html = renderTex('\\frac{QK^\\top}{\\sqrt{d_k}}', false);
    expect(html).toMatch(/^<span class="katex"><math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML"[ >]/);
    expect(html).not.toContain('katex-html');
    expect(html).not.toContain('style=');
    expect(html).toContain('<msqrt>');
  });

  it('puts a display equation in a block that can scroll sideways', () => {
    const html = renderTex('x = 1', true);
    expect(html).toMatch(/^<span class="katex-display"><span class="katex"><math [^>]*display="block"/);
  });

  it('keeps Chinese inside \\text as text the page fonts can draw', () => {
    expect(renderTex('\\text{苹果} \\to \\text{喜欢}', false)).toContain('<mtext>苹果</mtext>');
  });

  it('fails on a typo instead of shipping it', () => {
    expect(() => renderTex('\\frac{1}{', false)).toThrow();
    expect(() => renderTex('\\notacommand', false)).toThrow();
  });

  it('is about a third of the size of the HTML + MathML output it replaces', async () => {
    const { default: katex } = await import('katex');
    const tex = 's_{11} = q_1 \\cdot k_1 = 1 \\times 0.5 + 2 \\times 0.25 = 1.000';
    const both = katex.renderToString(tex, { output: 'htmlAndMathml' });
    expect(renderTex(tex, false).length).toBeLessThan(both.length / 2.5);
  });
});

describe('punctuation never starts a line after inline math', () => {
  it('knows which marks must stay with what precedes them', () => {
    expect(leadingPunctuation('，然后')).toBe('，');
    expect(leadingPunctuation('）。后面')).toBe('）。');
    expect(leadingPunctuation('. Then')).toBe('.');
    expect(leadingPunctuation(' 然后')).toBe('');
    expect(leadingPunctuation('（括号')).toBe('');
  });

  it('glues inline math to the punctuation after it in rich texts', () => {
    const html = renderRich('除以 $\\sqrt{d_k}$，再做 softmax。');
    expect(html).toMatch(/<span class="math-nobr"><span class="katex">[\s\S]*<\/math><\/span>，<\/span>再做 softmax。$/);
    expect(count(html, 'math-nobr')).toBe(1);
  });

  it('leaves math without punctuation after it alone', () => {
    const html = renderRich('写出 $Q = XW_Q$ 及形状');
    expect(html).not.toContain('math-nobr');
    expect(glueMathPunctuation('<p>no math，here</p>')).toBe('<p>no math，here</p>');
    // an opening bracket stays with the equation after it
    expect(renderRich('长度（$n$ 个词元）')).toMatch(/^长度<span class="math-nobr">（<span class="katex">.*<\/span><\/span> 个词元）$/);
  });

  it('glues each of several equations in one text', () => {
    const html = renderRich('$W_Q$、$W_K$、$W_V$：三个矩阵');
    expect(count(html, 'class="math-nobr"')).toBe(3);
  });
});

describe('texPlain', () => {
  it('turns $TeX$ into readable text for sorting and accessible names', () => {
    expect(texPlain('键维度 $d_k$')).toBe('键维度 d_k');
    expect(texPlain('除以 $\\sqrt{d_k}$')).toBe('除以 √d_k');
    expect(texPlain('$\\operatorname{softmax}(QK^\\top)$')).toBe('softmax(QKᵀ)');
  });
});

// ---------------------------------------------------------------- the rehype plugin

/** A small stand-in for what rehype-katex produces: the katex span, its MathML and the annotation. */
const math = (tex: string): Element => {
  return {
    type: 'element', tagName: 'span', properties: { className: ['katex'] },
    children: [{ type: 'element', tagName: 'math', properties: {}, children: [{ type: 'element', tagName: 'semantics', properties: {}, children: [
      { type: 'element', tagName: 'mi', properties: {}, children: [{ type: 'text', value: 'x' }] },
      { type: 'element', tagName: 'annotation', properties: { encoding: 'application/x-tex' }, children: [{ type: 'text', value: tex }] },
    ] }] }],
  };
};
const p = (...children: Element['children']): Element => ({ type: 'element', tagName: 'p', properties: {}, children });

describe('rehype-math', () => {
  it('wraps inline math and the punctuation after it in one unbreakable span', () => {
    const tree: Root = { type: 'root', children: [p({ type: 'text', value: '记作 ' }, math('h_t'), { type: 'text', value: '，它' })] };
    glueMath(tree);
    const para = tree.children[0] as Element;
    expect(para.children).toHaveLength(3);
    const glued = para.children[1] as Element;
    expect(glued.properties['className']).toEqual(['math-nobr']);
    expect(glued.children[1]).toEqual({ type: 'text', value: '，' });
    expect(para.children[2]).toEqual({ type: 'text', value: '它' });
  });

  it('keeps an opening bracket before inline math with it, and leaves the text before it alone', () => {
    const tree: Root = { type: 'root', children: [p({ type: 'text', value: '长度（' }, math('n'), { type: 'text', value: ' 个词元）' }), p({ type: 'text', value: '(' }, math('x'), { type: 'text', value: ').' })] };
    glueMath(tree);
    const [first, second] = tree.children as Element[];
    expect(first!.children.map((c) => c.type === 'text' ? c.value : (c as Element).tagName)).toEqual(['长度', 'span', ' 个词元）']);
    expect(((first!.children[1] as Element).children[0] as Text).value).toBe('（');
    // a bracket with nothing before it leaves no empty text behind, and the closing marks join too
    expect(second!.children).toHaveLength(1);
    expect((second!.children[0] as Element).children.map((c) => (c.type === 'text' ? c.value : 'math'))).toEqual(['(', 'math', ').']);
  });

  it('does the same for a <Tex> component in MDX, and terminates', () => {
    const tex = { type: 'mdxJsxTextElement', name: 'Tex', attributes: [{ type: 'mdxJsxAttribute', name: 'math', value: 'O(1)' }], children: [] };
    const tree = { type: 'root', children: [p(tex as never, { type: 'text', value: '：每一对' })] } as Root;
    glueMath(tree);
    const glued = (tree.children[0] as Element).children[0] as Element;
    expect(glued.properties['className']).toEqual(['math-nobr']);
    expect((glued.children[0] as unknown as { name: string }).name).toBe('Tex');
  });

  it('records a heading with math as $TeX$ for the table of contents', () => {
    const h2: Element = { type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: '矩阵形式 ' }, math('QK^\\top')] };
    expect(headingTex(h2)).toBe('矩阵形式 $QK^\\top$');
    expect(headingTex({ type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: '小结' }] })).toBeNull();

    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: '小结' }] }, h2] };
    const file = { data: {} as { astro?: { frontmatter?: Record<string, unknown> } } };
    rehypeMath()(tree, file);
    expect(file.data.astro?.frontmatter?.['headingTex']).toEqual([null, '矩阵形式 $QK^\\top$']);
  });
});
