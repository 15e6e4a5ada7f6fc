/**
 * Chapter "Attention, RNNs and CNNs compared" (rnn-and-cnn): every number its prose, equations
 * and tables show, computed once for both languages. The MDX files import from here and only
 * choose how to write the numbers (with the helpers of `../text.ts`); `claims` lists what the
 * prose says about them, so a change that breaks the story fails the unit tests and the build.
 *
 * Node only: import it from .mdx/.astro and tests, never from an island.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { RecurrenceCurves, RecurrenceModelName, RecurrenceTask } from '../../model/metadata.ts';
import { claim, type Claim } from '../claims.ts';
import curvesJson from '../../../public/models/recurrence-curves.json';
import { comparisonClaims } from './comparison.ts';

export * from './comparison.ts';

// ════════════════════════════════════════════════════════════════════════════════════════════
// The trained models compared: recurrence-curves.json
// (section "Trained models: do RNNs really forget?", moved here from the real-model chapter)
// ════════════════════════════════════════════════════════════════════════════════════════════

/** The measured curves. */
export const curves = curvesJson as unknown as RecurrenceCurves;
/** The three models in the order of the tables. */
export const modelOrder: readonly RecurrenceModelName[] = ['rnn', 'gru', 'attention'];
/** The models' names in the reader's language. */
export function modelNames(locale: Locale): Record<RecurrenceModelName, string> {
  return locale === 'zh' ? { rnn: '普通 RNN', gru: 'GRU', attention: '注意力' } : { rnn: 'plain RNN', gru: 'GRU', attention: 'attention' };
}
/** The width of every model: the recurrent models' whole state, the attention model's vector per token. */
export const width = curves.models.rnn.width;
/** Examples per level, the symbols to choose from, and the chance of guessing the symbol. */
export const per = curves.definition.examplesPerLevel;
export const symbolCount = curves.definition.symbols.count;
export const chance = 1 / symbolCount;
/** What the prose counts as reliable: an accuracy of 99 % or above. */
export const good = 0.99;
/** Accuracy (0–1) of a model on a task at each level. */
export const acc = (m: RecurrenceModelName, task: RecurrenceTask): number[] => curves.models[m].correct[task].map((c) => c / per);
/** The levels measured: delays and loads. */
export const delays = curves.levels.delay;
export const loads = curves.levels.load;
/** The trained ranges of delay and load. */
export const [dLo, dHi] = curves.definition.tasks.delay.trained;
export const [mLo, mHi] = curves.definition.tasks.load.trained;
/** The longest delay and the largest load measured. */
export const dMax = delays.at(-1)!;
export const lastLoad = loads.at(-1)!;
/** Accuracy of a model on a task at one level. */
export const at = (m: RecurrenceModelName, task: RecurrenceTask, level: number): number => acc(m, task)[curves.levels[task].indexOf(level)]!;
/** The first delay where a model falls below `level`. */
const firstBelow = (m: RecurrenceModelName, level = good): number | undefined => delays.find((_, i) => acc(m, 'delay')[i]! < level);
/** The plain RNN's worst accuracy over all delays. */
export const rnnDelayMin = Math.min(...acc('rnn', 'delay'));
/** The GRU at the longest delay; the first delay where it falls below 99 %, and the last one before. */
export const gruLast = at('gru', 'delay', dMax);
export const gruDrop = firstBelow('gru') ?? Number.NaN;
export const gruLastGood = gruDrop - 1;
/** Attention: the first delay below 99 %, the last one before, its worst delay beyond, and a delay beyond where it is back at 99 %. */
export const attDrop = firstBelow('attention') ?? Number.NaN;
export const attLastGood = attDrop - 1;
const attBeyond = delays.map((d, i) => ({ d, a: acc('attention', 'delay')[i]! })).filter((x) => x.d >= attDrop);
export const attWorst = attBeyond.reduce((w, x) => (x.a < w.a ? x : w), { d: Number.NaN, a: Number.POSITIVE_INFINITY });
export const attBack = attBeyond.find((x) => x.a >= good);
/** Attention's worst accuracy over all loads. */
export const attLoadMin = Math.min(...acc('attention', 'load'));
/** The largest load up to which both recurrent models stay at 99 % or above ("a few items"), and the load after it. */
export const fewLoad = loads.filter((_, i) => loads.slice(0, i + 1).every((l) => at('rnn', 'load', l) >= good && at('gru', 'load', l) >= good)).at(-1) ?? Number.NaN;
export const fewLoadNext = loads[loads.indexOf(fewLoad) + 1] ?? Number.NaN;
/** A model's mean gradient to the first token at delay d. */
export const grad = (m: RecurrenceModelName, d: number): number => curves.models[m].gradientToFirst[delays.indexOf(d)]!;
/** The median of a list of numbers. */
const median = (xs: readonly number[]): number => {
  const v = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 === 1 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
};
/**
 * The gradient to the first token is noisy from one delay to the next, so the prose quotes the
 * median over windows of ten delays: the shortest ten, the longest ten trained, the longest ten measured.
 */
export const gradWindows: readonly (readonly [number, number])[] = [[dLo, dLo + 9], [dHi - 9, dHi], [dMax - 9, dMax]];
/** A model's median gradient to the first token over the delays lo…hi. */
export const gradMedian = (m: RecurrenceModelName, [lo, hi]: readonly [number, number]): number =>
  median(delays.filter((d) => d >= lo && d <= hi).map((d) => grad(m, d)));
/** The plain RNN's medians over the three windows. */
export const rnnGradMedians: readonly number[] = gradWindows.map((w) => gradMedian('rnn', w));
/** The plain RNN's largest single gradient beyond the first window: the noise the medians smooth out. */
export const rnnGradSpike = delays.filter((d) => d > gradWindows[0]![1]).map((d) => ({ d, g: grad('rnn', d) })).reduce((b, x) => (x.g > b.g ? x : b));
/** Attention's gradient to the first token over the trained delays, and its range. */
export const attGradTrained = curves.models.attention.gradientToFirst.slice(0, delays.indexOf(dHi) + 1);
export const attGradMin = Math.min(...attGradTrained);
export const attGradMax = Math.max(...attGradTrained);
/** Fresh models trained on one delay each: the delays, and each model's accuracy at them. */
export const scratch = curves.fromScratch;
export const scratchAcc: Readonly<Record<RecurrenceModelName, number[]>> = {
  rnn: curves.models.rnn.learnedFromScratch.map((c) => c / per),
  gru: curves.models.gru.learnedFromScratch.map((c) => c / per),
  attention: curves.models.attention.learnedFromScratch.map((c) => c / per),
};
/** The longest from-scratch delay each model learned (at 99 % or above). */
const longestLearned = (m: RecurrenceModelName): number => scratch.delays.filter((_, i) => scratchAcc[m][i]! >= good).at(-1) ?? Number.NaN;
export const rnnScratchLearned = longestLearned('rnn');
export const gruScratchLearned = longestLearned('gru');
/** The first from-scratch delay the plain RNN did not learn, and its accuracy there. */
export const rnnScratchFail = scratch.delays.find((_, i) => scratchAcc.rnn[i]! < good) ?? Number.NaN;
export const rnnScratchFailAcc = scratchAcc.rnn[scratch.delays.indexOf(rnnScratchFail)] ?? Number.NaN;

const learnedBelow = (m: RecurrenceModelName, learned: (d: number) => boolean): boolean =>
  scratch.delays.every((d, i) => (learned(d) ? scratchAcc[m][i]! >= good : scratchAcc[m][i]! < 2 * chance));

/** What the section's prose says about the trained models; part of `claims`. */
export const recurrenceClaims: readonly Claim[] = [
  claim('the three models have the same width', curves.models.rnn.width === curves.models.gru.width && curves.models.gru.width === curves.models.attention.width),
  claim('the attention model has more parameters than the GRU, the GRU more than the RNN',
    curves.models.attention.parameters > curves.models.gru.parameters && curves.models.gru.parameters > curves.models.rnn.parameters),
  claim('training draws the delays evenly over the trained range', curves.training.mix.includes('uniform over the trained range')),
  claim('training clips the gradients (they can explode)', curves.training.optimizer.includes('clipping')),
  claim('the trained RNN should not lose accuracy with delay, within or beyond its trained range', rnnDelayMin >= good && dMax > dHi),
  claim('the RNN’s median gradient to the first token should fall from window to window, tenfold from first to last',
    rnnGradMedians.every((g, i) => i === 0 || g < rnnGradMedians[i - 1]!) && rnnGradMedians.at(-1)! < 0.1 * rnnGradMedians[0]!),
  claim('single delays scatter: one long delay’s gradient beats the shortest delays’ median', rnnGradSpike.g > rnnGradMedians[0]!),
  claim('the three windows do not overlap and lie within the measured delays', gradWindows.every(([lo, hi], i) =>
    delays.includes(lo) && delays.includes(hi) && hi - lo === 9 && (i === 0 || lo > gradWindows[i - 1]![1]))),
  claim('attention’s gradient to the first token should stay level over the trained delays', attGradMax < 2 * attGradMin),
  claim('the RNN from scratch: short delays learned, long ones not (the first failure within the trained range)',
    learnedBelow('rnn', (d) => d < dHi) && rnnScratchFail <= dHi && rnnScratchLearned < rnnScratchFail),
  claim('the GRU from scratch: learned up to the trained maximum, not beyond', learnedBelow('gru', (d) => d <= dHi) && gruScratchLearned === dHi),
  claim('the delay the RNN cannot learn from scratch lies in the trained range, where the trained RNN is perfect',
    rnnScratchFail >= dLo && rnnScratchFail <= dHi && at('rnn', 'delay', rnnScratchFail) >= good),
  claim('attention from scratch learns every delay', scratchAcc.attention.every((a) => a >= good)),
  claim('the prose calls the delays the recurrent models bridge “dozens”', gruLastGood >= 20 && dMax >= 20 && gruLastGood < 100 && dMax < 100),
  claim('the GRU should drift beyond its trained delays', gruDrop > dHi && gruLast < 0.9),
  claim('the trained plain RNN beats the trained GRU at the longest delay', at('rnn', 'delay', dMax) > gruLast),
  claim('attention should be erratic beyond its trained delays', attDrop > dHi && attWorst.a < 2 * chance && attBack !== undefined && attBack.d > attDrop),
  claim('both recurrent models hold a few symbols, then fall with load',
    mLo === 1 && fewLoad >= 2 && fewLoad < mHi && at('rnn', 'load', fewLoadNext) < good && at('gru', 'load', fewLoadNext) < good
    && at('rnn', 'load', lastLoad) < 0.5 && at('gru', 'load', lastLoad) < 0.5),
  claim('the GRU holds on to a little more: never behind the plain RNN, ahead once the load passes a few symbols',
    loads.every((m) => at('gru', 'load', m) >= at('rnn', 'load', m) && (m <= fewLoad || at('gru', 'load', m) > at('rnn', 'load', m)))),
  claim('every load measured lies in the trained range', loads.every((m) => m >= mLo && m <= mHi)),
  claim('attention should be equally good at every load', acc('attention', 'load').every((a) => a === acc('attention', 'load')[0]) && attLoadMin >= good),
];

// ════════════════════════════════════════════════════════════════════════════════════════════

/** What the chapter's prose says about its numbers; checked by a unit test and again at build time. */
export const claims: Claim[] = [...comparisonClaims, ...recurrenceClaims];
