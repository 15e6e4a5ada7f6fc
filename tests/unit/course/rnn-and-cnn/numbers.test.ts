import { describe, expect, it } from 'vitest';
import { accuracyCurve } from '../../../../src/model/metadata.ts';
import * as ch from '../../../../src/course/rnn-and-cnn/numbers.ts';

describe('rnn-and-cnn: the prose’s claims', () => {
  for (const c of ch.claims) it(c.what, () => expect(c.holds).toBe(true));
});

describe('rnn-and-cnn: the trained models compared (recurrence-curves.json)', () => {
  it('reads the curves as accuracyCurve does', () => {
    for (const m of ch.modelOrder) for (const task of ['delay', 'load'] as const) expect(ch.acc(m, task)).toEqual(accuracyCurve(ch.curves, m, task));
    expect(ch.at('gru', 'delay', ch.dMax)).toBe(ch.gruLast);
    expect(ch.gruLastGood).toBe(ch.gruDrop - 1);
    expect(ch.acc('gru', 'delay')[ch.delays.indexOf(ch.gruLastGood)]).toBeGreaterThanOrEqual(0.99);
    expect(ch.acc('attention', 'delay')[ch.delays.indexOf(ch.attLastGood)]).toBeGreaterThanOrEqual(0.99);
  });

  it('takes chance, levels and ranges from the file’s definition', () => {
    const def = ch.curves.definition;
    expect(ch.chance).toBe(1 / def.symbols.count);
    expect([ch.dLo, ch.dHi]).toEqual(def.tasks.delay.trained);
    expect([ch.mLo, ch.mHi]).toEqual(def.tasks.load.trained);
    expect(ch.dMax).toBe(Math.max(...ch.delays));
    expect(ch.lastLoad).toBe(Math.max(...ch.loads));
    expect(ch.width).toBe(ch.curves.models.gru.width);
  });

  it('finds attention’s worst delay and a delay where it is back, both beyond its drop', () => {
    const beyond = ch.delays.filter((d) => d >= ch.attDrop);
    expect(ch.attWorst.a).toBe(Math.min(...beyond.map((d) => ch.at('attention', 'delay', d))));
    expect(ch.at('attention', 'delay', ch.attWorst.d)).toBe(ch.attWorst.a);
    expect(ch.attBack!.d).toBeGreaterThan(ch.attDrop);
    expect(ch.at('attention', 'delay', ch.attBack!.d)).toBeGreaterThanOrEqual(0.99);
  });

  it('the load both recurrent models still hold, and the next one where they slip', () => {
    for (const m of ch.loads.filter((l) => l <= ch.fewLoad)) {
      expect(ch.at('rnn', 'load', m)).toBeGreaterThanOrEqual(0.99);
      expect(ch.at('gru', 'load', m)).toBeGreaterThanOrEqual(0.99);
    }
    expect(ch.fewLoadNext).toBe(ch.loads[ch.loads.indexOf(ch.fewLoad) + 1]);
  });

  it('medians over the gradient windows', () => {
    const [lo, hi] = ch.gradWindows[0]!;
    const xs = ch.delays.filter((d) => d >= lo && d <= hi).map((d) => ch.grad('rnn', d)).sort((a, b) => a - b);
    expect(xs).toHaveLength(10);
    expect(ch.rnnGradMedians[0]).toBeCloseTo((xs[4]! + xs[5]!) / 2, 12);
    expect(ch.rnnGradSpike.d).toBeGreaterThan(hi);
  });

  it('reads the models trained from scratch', () => {
    for (const m of ch.modelOrder) expect(ch.scratchAcc[m]).toHaveLength(ch.scratch.delays.length);
    expect(ch.scratch.delays).toContain(ch.rnnScratchFail);
    expect(ch.rnnScratchFailAcc).toBe(ch.scratchAcc.rnn[ch.scratch.delays.indexOf(ch.rnnScratchFail)]);
  });

  it('names the models in both languages', () => {
    for (const locale of ['zh', 'en'] as const) expect(Object.keys(ch.modelNames(locale))).toEqual([...ch.modelOrder]);
  });
});
