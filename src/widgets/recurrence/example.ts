/**
 * The widget's example and the models' answers: a fresh example drawn with the seeded generator
 * (the same draw on the server and in the browser, so hydration matches), the batch sent to the
 * worker (the example followed by the level's evaluation examples, all of one length), and the
 * answers read back from the logits.
 */
import { createRng } from '../../kernel/index.ts';
import type { RecurrenceDefinition, RecurrenceTask } from '../../model/metadata.ts';
import { type TaskExample, evaluationSet, taskExample } from '../../model/recurrence-tasks.ts';

/**
 * The seed of the reader's n-th example of a task at a level. Kept apart from the evaluation
 * seeds (seeds[task] + level), so the example is never simply the first evaluation example.
 */
export function exampleSeed(n: number, task: RecurrenceTask, level: number): number {
  let h = 0x9e3779b9 ^ Math.imul(Math.trunc(n) | 0, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) ^ Math.imul((Math.trunc(level) | 0) + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) ^ (task === 'delay' ? 0x1b873593 : 0x5bd1e995);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The reader's n-th example of a task at a level, or null if the level cannot be built. */
export function drawExample(def: RecurrenceDefinition, task: RecurrenceTask, level: number, n: number): TaskExample | null {
  try {
    return taskExample(createRng(exampleSeed(n, task, level)), task, level, def);
  } catch {
    return null;
  }
}

/** The batch for one model run: the example first, then the level's evaluation examples. */
export function runBatch(def: RecurrenceDefinition, task: RecurrenceTask, level: number, example: TaskExample): { tokens: number[][]; evaluation: TaskExample[] } {
  const evaluation = evaluationSet(def, task, level);
  return { tokens: [example.tokens, ...evaluation.map((e) => e.tokens)], evaluation };
}

export interface Answer {
  /** The vocabulary id of the symbol the model chose (argmax of the logits). */
  symbol: number;
  /** Its softmax probability. */
  probability: number;
}

/** The answer in row `row` of [n, count] logits, or null where the row is missing or not finite. */
export function answerAt(logits: ArrayLike<number>, row: number, def: Pick<RecurrenceDefinition, 'symbols'>): Answer | null {
  const K = def.symbols.count;
  const start = row * K;
  if (!(K > 0) || row < 0 || start + K > logits.length) return null;
  let best = 0;
  for (let k = 0; k < K; k++) {
    const v = logits[start + k]!;
    if (!Number.isFinite(v)) return null;
    if (v > logits[start + best]!) best = k;
  }
  const top = logits[start + best]!;
  let sum = 0;
  for (let k = 0; k < K; k++) sum += Math.exp(logits[start + k]! - top);
  return { symbol: def.symbols.first + best, probability: 1 / sum };
}

/** How many of `examples` the logits answer correctly, the examples starting at row `fromRow`. */
export function countCorrect(logits: ArrayLike<number>, examples: readonly TaskExample[], def: Pick<RecurrenceDefinition, 'symbols'>, fromRow = 0): number {
  let correct = 0;
  examples.forEach((ex, i) => {
    if (answerAt(logits, fromRow + i, def)?.symbol === ex.answer) correct++;
  });
  return correct;
}
