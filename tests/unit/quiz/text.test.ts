import { describe, expect, it } from 'vitest';
import { renderRichText } from '../../../src/quiz/richtext.ts';
import { localizeQuestion, mergeLanguages, renderQuestion } from '../../../src/quiz/localize.ts';
import type { Question, QuestionText } from '../../../src/quiz/types.ts';

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

describe('a question in one language', () => {
  const zh: QuestionText = { kind: 'matrix', name: 'W', prompt: '填 W', solution: '解', answer: [[0.5, 0.5]], columns: ['甲', '乙'], mistakes: [{ value: [[1, 0]], hint: '忘了 softmax' }] };
  const en: QuestionText = { kind: 'matrix', name: 'W', prompt: 'Fill in W', solution: 'Solution', answer: [[0.5, 0.5]], columns: ['A', 'B'], mistakes: [{ value: [[1, 0]], hint: 'forgot the softmax' }] };

  it('renders every text, but not its kind or its matrix name', () => {
    expect(renderQuestion(en, (s) => `<${s}>`)).toEqual({ ...en, prompt: '<Fill in W>', solution: '<Solution>', columns: ['<A>', '<B>'], mistakes: [{ value: [[1, 0]], hint: '<forgot the softmax>' }] });
  });

  it('joins the languages of one variant into the question in both, the inverse of localizing it', () => {
    const both = mergeLanguages({ zh, en });
    expect(both).toEqual({ kind: 'matrix', name: 'W', prompt: { zh: '填 W', en: 'Fill in W' }, solution: { zh: '解', en: 'Solution' }, answer: [[0.5, 0.5]], columns: [{ zh: '甲', en: 'A' }, { zh: '乙', en: 'B' }], mistakes: [{ value: [[1, 0]], hint: { zh: '忘了 softmax', en: 'forgot the softmax' } }] });
    expect(localizeQuestion(both, 'zh', (s) => s)).toEqual(zh);
  });

  it('refuses languages that disagree on anything but words', () => {
    expect(() => mergeLanguages({ zh, en: { ...en, answer: [[0.5, 0.6]] } })).toThrow(/answer\[0\]\[1\]/);
    expect(() => mergeLanguages({ zh, en: { ...en, name: 'V' } })).toThrow(/name/);
    expect(() => mergeLanguages({ zh, en: { ...en, mistakes: [] } })).toThrow(/mistakes/);
  });
});
