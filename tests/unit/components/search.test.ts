/** The search dialog's pure parts: the shortcuts, and excerpts as the reader sees them. */
import { describe, expect, it } from 'vitest';
import { excerptPieces, highlightHan, trimExcerpt } from '../../../src/components/search.ts';
import { isSearchShortcut } from '../../../src/components/search-keys.ts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });
const marked = (pieces: { text: string; mark: boolean }[]) => pieces.filter((p) => p.mark).map((p) => p.text);

describe('search shortcuts', () => {
  it('opens with "/" outside text fields, and with Ctrl+K or ⌘K anywhere', () => {
    expect(isSearchShortcut(key('/'), false)).toBe(true);
    expect(isSearchShortcut(key('/'), true)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true }), false)).toBe(true);
    expect(isSearchShortcut(key('k', { metaKey: true }), true)).toBe(true);
    expect(isSearchShortcut(key('K', { ctrlKey: true }), false)).toBe(true);
    expect(isSearchShortcut(key('k'), false)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
  });
});

describe('excerpts', () => {
  it('lose the punctuation a cut left at their start, and nothing else', () => {
    expect(trimExcerpt([{ text: '。 ', mark: false }, { text: '注意力', mark: true }, { text: '权重能说明什么。', mark: false }]))
      .toEqual([{ text: '注意力', mark: true }, { text: '权重能说明什么。', mark: false }]);
    expect(trimExcerpt([{ text: '，缩放之前，', mark: false }])).toEqual([{ text: '缩放之前，', mark: false }]);
    expect(trimExcerpt([{ text: '. (The matrix) form', mark: false }])).toEqual([{ text: '(The matrix) form', mark: false }]);
    expect(trimExcerpt([{ text: '”。“它”指的是谁', mark: false }])).toEqual([{ text: '“它”指的是谁', mark: false }]);
    expect(trimExcerpt([{ text: ', -1.5 and √d_k', mark: false }])).toEqual([{ text: '-1.5 and √d_k', mark: false }]);
    expect(trimExcerpt([{ text: '√d_k ≈ 2', mark: false }])).toEqual([{ text: '√d_k ≈ 2', mark: false }]);
  });

  it('mark the query’s Chinese words, not every character they share with it', () => {
    expect(marked(highlightHan('矩阵形式：缩放点积注意力。按打分、缩放、softmax', '缩放点积'))).toEqual(['缩放点积', '缩放']);
    expect(marked(highlightHan('再不相关的书也分到一点点份额，奖杯放不进行李箱', '缩放点积'))).toEqual([]);
    expect(marked(highlightHan('自注意力与交叉注意力，都来自同一个序列', '自注意力'))).toEqual(['自注意力', '注意力']);
    expect(marked(highlightHan('注意力权重能说明什么', '注意力权重'))).toEqual(['注意力权重']);
    expect(marked(highlightHan('“它”指的是谁？它的答案', '它'))).toEqual(['它', '它']);
    expect(marked(highlightHan('softmax 的权重，format 不算', 'softmax 权重'))).toEqual(['softmax', '权重']);
  });

  it('keep Pagefind’s marks for a query without Chinese, redraw them for one with Chinese', () => {
    const pagefind = [{ text: ', ', mark: false }, { text: 'softmax', mark: true }, { text: ' of the scores', mark: false }];
    expect(excerptPieces(pagefind, 'softmax')).toEqual([{ text: 'softmax', mark: true }, { text: ' of the scores', mark: false }]);
    const zh = [{ text: '。', mark: false }, { text: '缩', mark: true }, { text: '放', mark: true }, { text: '点', mark: true }, { text: '积', mark: true }, { text: '注意力，一点', mark: false }, { text: '点', mark: true }];
    expect(excerptPieces(zh, '缩放点积')).toEqual([{ text: '缩放点积', mark: true }, { text: '注意力，一点点', mark: false }]);
  });
});
