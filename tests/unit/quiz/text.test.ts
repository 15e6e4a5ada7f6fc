import { describe, expect, it } from 'vitest';
import { renderRichText } from '../../../src/quiz/richtext.ts';
import { localizeQuestion } from '../../../src/quiz/localize.ts';
import type { Question } from '../../../src/quiz/types.ts';

describe('rich text', () => {
  it('escapes HTML and renders bold, code, line breaks and TeX through the renderer', () => {
    expect(renderRichText('<b>x</b> & **y**')).toBe('&lt;b&gt;x&lt;/b&gt; &amp; <strong>y</strong>');
    expect(renderRichText('a\nb `q·k`')).toBe('a<br>b <code>q·k</code>');
    expect(renderRichText('$x^2$ and $$y$$', (tex, display) => `[${display ? 'D' : 'I'}:${tex}]`)).toBe('[I:x^2] and [D:y]');
    expect(renderRichText('$<x>$')).toBe('<code>&lt;x&gt;</code>');
  });
});

describe('localizing a question', () => {
  it('replaces every text by its rendering in one language, keeping the structure', () => {
    const q: Question = {
      kind: 'numeric',
      prompt: { zh: '算一算', en: 'Compute' },
      solution: { zh: '解', en: 'Solution' },
      answer: 0.5,
      mistakes: [{ value: 1, hint: { zh: '忘了缩放', en: 'forgot to scale' } }],
    };
    const view = localizeQuestion(q, 'en', (s) => `<${s}>`);
    expect(view).toEqual({ kind: 'numeric', prompt: '<Compute>', solution: '<Solution>', answer: 0.5, mistakes: [{ value: 1, hint: '<forgot to scale>' }] });
  });
});
