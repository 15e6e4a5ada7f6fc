/**
 * Chinese UI strings put no space between a Chinese word and what is filled in next to it when that
 * is a word too (issue 9: "小猫 的信息要经过 6 步才能到达 它"). Numbers keep their thin spacing
 * ("第 2 章"); a quoted word hugs its quotes and the Chinese around them.
 */
import { describe, expect, it } from 'vitest';
import { ui } from '../../../src/i18n/ui.ts';

const CJK = '[\\u4e00-\\u9fff]';
/** Placeholders that are filled with a word (a token, a noun, what the reader typed), never a number. */
const WORD = '\\{(?:token|query|top|from|to|pronoun|adjective|referent|other|value|key|word|noun)\\}';
/** Strings whose {from}, {to} or {value} hold a number (a position, a distance, a score), which keeps its spacing. */
const NUMERIC_FROM_TO = new Set([
  'demo.dims', 'recur.grad.intro', 'recur.grad.chartCaption', 'headSplitter.slice', 'headSplitter.sliceOne',
  'sinusoid.sim.desc', 'rotary.positionValue', 'rotary.change.offset', 'rotary.heat.diagonal', 'posFigures.similarity.desc',
  'pathHops.desc.rnn', 'pathHops.stepStatus', 'layerCost.input.aboveN',
]);

describe('Chinese UI strings', () => {
  const entries = Object.entries(ui.zh) as [string, string][];

  it('have no space between a Chinese quote and the Chinese next to it', () => {
    const bad = entries.filter(([, s]) => new RegExp(`” +${CJK}|${CJK} +“`).test(s));
    expect(bad).toEqual([]);
  });

  it('have no space between a Chinese word and a placeholder that holds a word', () => {
    const spaced = new RegExp(`${CJK} +(\\*\\*)?${WORD}|${WORD}(\\*\\*)? +${CJK}`);
    const bad = entries.filter(([k, s]) => !NUMERIC_FROM_TO.has(k) && spaced.test(s));
    expect(bad).toEqual([]);
  });

  it('the explorer’s announcement reads as one phrase', async () => {
    const { fill } = await import('../../../src/i18n/translate.ts');
    expect(fill(ui.zh['qkv.announce'], { token: '苹果', weights: '我 0.1', output: '[1]' })).toMatch(/^“苹果”的注意力权重/);
  });
});
