import { describe, expect, it } from 'vitest';
import { runRnn, selfAttention, sliceRows } from '../../../../src/kernel/index.ts';
import {
  ATTENTION_STAGES, D, DEFAULT_N, N_MAX, N_MIN, SENTENCES, STAGES, attentionDone, initialStepper, isDone, lastStep, next, pause, play, read,
  readLength, reset, rnnDone, rnnKnown, sequentialSteps, shade, shadeLimit, stagesDone, tick, weights, withLength,
} from '../../../../src/widgets/parallel-steps/model.ts';

describe('the sentence and its numbers', () => {
  it('has a sentence of N_MAX tokens in each language', () => {
    expect(SENTENCES.zh).toHaveLength(N_MAX);
    expect(SENTENCES.en).toHaveLength(N_MAX);
    expect(N_MAX).toBeGreaterThanOrEqual(6);
    expect(N_MAX).toBeLessThanOrEqual(10);
    expect(DEFAULT_N).toBe(N_MAX);
  });

  it('computes the RNN states and attention outputs with the kernel, from seeded weights', () => {
    const w = weights();
    expect(weights().X.toArray()).toEqual(w.X.toArray()); // seeded: the same every time
    expect(weights(1).X.toArray()).not.toEqual(w.X.toArray());
    for (let n = N_MIN; n <= N_MAX; n++) {
      const r = read(n, w);
      const X = sliceRows(w.X, 0, n);
      expect(r.states.shape).toEqual([n, D]);
      expect(r.states.toArray()).toEqual(runRnn(X, { W_xh: w.W_xh, W_hh: w.W_hh }).toArray());
      expect(r.outputs.toArray()).toEqual(selfAttention(X, { W_Q: w.W_Q, W_K: w.W_K, W_V: w.W_V }).output.toArray());
      r.attention.toArray().forEach((row) => expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12));
    }
  });

  it('shows the RNN reading left to right: a shorter sentence has the same first states; attention outputs change with n', () => {
    const long = read(N_MAX), short = read(5);
    expect(short.states.toArray()).toEqual(long.states.toArray().slice(0, 5));
    expect(short.outputs.toArray()).not.toEqual(long.outputs.toArray().slice(0, 5));
  });

  it('has states that differ visibly (not saturated, not all alike)', () => {
    const r = read(N_MAX);
    const values = [...r.states.data];
    expect(Math.max(...values.map(Math.abs))).toBeLessThan(0.99);
    expect(new Set(values.map((v) => v.toFixed(2))).size).toBeGreaterThan(values.length / 2);
  });

  it('shades every value on one scale from 0 to 1', () => {
    const r = read(N_MAX);
    const limit = shadeLimit(r);
    expect(limit).toBeGreaterThan(0);
    for (const v of [...r.states.data, ...r.outputs.data]) {
      const s = shade(v, limit);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
    expect(shade(-limit, limit)).toBe(0);
    expect(shade(limit, limit)).toBe(1);
    expect(shade(0, limit)).toBe(0.5);
    expect(shade(10 * limit, limit)).toBe(1);
  });
});

describe('sequential steps', () => {
  it('grow with n for the RNN and stay constant for self-attention', () => {
    expect(STAGES).toHaveLength(ATTENTION_STAGES);
    for (const n of [1, 2, 10, 100, 1000, 100_000]) {
      expect(sequentialSteps('rnn', n)).toBe(n);
      expect(sequentialSteps('attention', n)).toBe(ATTENTION_STAGES);
    }
    expect(lastStep(10)).toBe(10);
    expect(lastStep(2)).toBe(ATTENTION_STAGES);
  });
});

describe('the stepper', () => {
  it('opens after attention’s last stage: all outputs, only the first RNN states', () => {
    const s = initialStepper(10);
    expect(s).toEqual({ n: 10, clock: ATTENTION_STAGES, playing: false });
    expect(attentionDone(s)).toBe(true);
    expect(rnnKnown(s)).toBe(ATTENTION_STAGES);
    expect(rnnDone(s)).toBe(false);
    expect(initialStepper(2).clock).toBe(ATTENTION_STAGES);
  });

  it('advances one state per step, up to n, and stops', () => {
    let s = reset(initialStepper(10));
    expect(s.clock).toBe(0);
    expect([rnnKnown(s), stagesDone(s)]).toEqual([0, 0]);
    for (let t = 1; t <= 10; t++) {
      s = next(s);
      expect(s.clock).toBe(t);
      expect(rnnKnown(s)).toBe(t);
      expect(stagesDone(s)).toBe(Math.min(t, ATTENTION_STAGES));
      expect(attentionDone(s)).toBe(t >= ATTENTION_STAGES);
    }
    expect(isDone(s)).toBe(true);
    expect(next(s)).toEqual(s);
  });

  it('plays on ticks and stops by itself at the end', () => {
    let s = play(reset(initialStepper(6)), false);
    expect(s).toEqual({ n: 6, clock: 0, playing: true });
    const clocks: number[] = [];
    for (let i = 0; i < 10; i++) {
      s = tick(s);
      clocks.push(s.clock);
    }
    expect(clocks).toEqual([1, 2, 3, 4, 5, 6, 6, 6, 6, 6]);
    expect(s.playing).toBe(false);
    // a paused stepper does not tick; a step by hand stops playing
    expect(tick(pause(play(reset(s), false)))).toEqual({ n: 6, clock: 0, playing: false });
    expect(next(play(reset(s), false)).playing).toBe(false);
  });

  it('starts again from the beginning when played at the end', () => {
    const done = { n: 6, clock: 6, playing: false };
    expect(play(done, false)).toEqual({ n: 6, clock: 0, playing: true });
  });

  it('jumps to the end instead of animating when the reader asked for reduced motion', () => {
    expect(play(reset(initialStepper(10)), true)).toEqual({ n: 10, clock: 10, playing: false });
  });

  it('keeps the steps taken when n changes, as far as the new n allows', () => {
    const s = { n: 10, clock: 8, playing: false };
    expect(withLength(s, 6)).toEqual({ n: 6, clock: 6, playing: false });
    expect(withLength(s, 10)).toEqual(s);
    expect(withLength({ n: 6, clock: 6, playing: false }, 9)).toEqual({ n: 9, clock: 6, playing: false });
    expect(withLength({ n: 3, clock: 4, playing: false }, 2)).toEqual({ n: 2, clock: 4, playing: false });
  });
});

describe('reading n', () => {
  it('takes whole numbers from N_MIN to N_MAX and names every problem', () => {
    expect(readLength('7')).toEqual({ ok: true, value: 7 });
    expect(readLength(' 10 ')).toEqual({ ok: true, value: 10 });
    const kind = (t: string) => {
      const r = readLength(t);
      return r.ok ? 'ok' : r.problem.kind;
    };
    expect(['', 'abc', 'NaN', '1e308', '-1e308', '1e309', '2.5', '1', '11', '1,2,3', '0.1 0.2'].map(kind)).toEqual([
      'blank', 'notANumber', 'notFinite', 'range', 'range', 'notFinite', 'whole', 'range', 'range', 'notANumber', 'notANumber',
    ]);
    const long = readLength('x'.repeat(2000));
    expect(long.ok ? '' : long.problem.text).toBe(`${'x'.repeat(24)}…`);
  });
});
