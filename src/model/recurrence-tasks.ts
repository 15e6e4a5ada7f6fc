/**
 * The two memory tasks of the comparison chapter, built exactly as training/recurrence_tasks.py
 * builds them (same generator, same order of draws), so the browser and the tests get the very
 * examples the committed curves were measured on:
 *
 *   delay d   [symbol, d distractors, ?]      → the symbol       A y w z x ?  → A
 *   load m    [m symbols, #i]                 → symbol i         C A H E #2   → A
 *
 * The vocabulary, the seeds and the trained ranges live in recurrence-curves.json (`definition`).
 */
import { createRng, type Rng } from '../kernel/index.ts';
import type { RecurrenceDefinition, RecurrenceTask } from './metadata.ts';

export interface TaskExample {
  /** Token ids, one per step; the model reads them all and answers at the last. */
  tokens: number[];
  /** The id of the symbol to recall. */
  answer: number;
}

/** [symbol, d distractors, ?] → the symbol. Draws the symbol, then each distractor in order. */
export function delayExample(rng: Rng, d: number, def: RecurrenceDefinition): TaskExample {
  if (!Number.isInteger(d) || d < 0) throw new Error(`the delay must be a whole number ≥ 0 (got ${d})`);
  const answer = def.symbols.first + rng.int(0, def.symbols.count - 1);
  const tokens = [answer];
  for (let t = 0; t < d; t++) tokens.push(def.distractors.first + rng.int(0, def.distractors.count - 1));
  tokens.push(def.queryId);
  return { tokens, answer };
}

/** [m symbols, #i] → symbol i (counted from 1). Draws the m symbols in order, then i. */
export function loadExample(rng: Rng, m: number, def: RecurrenceDefinition): TaskExample {
  if (!Number.isInteger(m) || m < 1 || m > def.index.count) throw new Error(`the load must be a whole number from 1 to ${def.index.count} (got ${m})`);
  const items = Array.from({ length: m }, () => def.symbols.first + rng.int(0, def.symbols.count - 1));
  const i = rng.int(1, m);
  return { tokens: [...items, def.index.first + i - 1], answer: items[i - 1]! };
}

/** One example of a task at a level, drawn from `rng`. */
export function taskExample(rng: Rng, task: RecurrenceTask, level: number, def: RecurrenceDefinition): TaskExample {
  return task === 'delay' ? delayExample(rng, level, def) : loadExample(rng, level, def);
}

/** The evaluation examples of a task at a level: the first n drawn from createRng(seeds[task] + level). */
export function evaluationSet(def: RecurrenceDefinition, task: RecurrenceTask, level: number, n = def.examplesPerLevel): TaskExample[] {
  const rng = createRng(def.seeds[task] + level);
  return Array.from({ length: n }, () => taskExample(rng, task, level, def));
}

/** The token strings of an example, for display. */
export function tokenStrings(def: RecurrenceDefinition, tokens: readonly number[]): string[] {
  return tokens.map((id) => def.vocab[id] ?? '?');
}

/** Examples stacked for a batched model run: ids as int64-ready BigInt64Array [n, T] (all of one length). */
export function batchTokens(examples: readonly TaskExample[]): { data: BigInt64Array; dims: [number, number] } {
  const T = examples[0]?.tokens.length ?? 0;
  const data = new BigInt64Array(examples.length * T);
  examples.forEach((ex, n) => {
    if (ex.tokens.length !== T) throw new Error('a batch needs examples of one length');
    ex.tokens.forEach((id, t) => { data[n * T + t] = BigInt(id); });
  });
  return { data, dims: [examples.length, T] };
}
