/**
 * The trained coreference model with and without its positions, on every held-out sentence
 * (tests/fixtures/model/coref-heldout.json: the three sets, never used in training):
 *
 *   node scripts/measure-positions.ts        (npm run measure:positions)
 *
 * The kernel runs the whole model from public/models/coref.full.bin (src/model/coref-encoder.ts,
 * equal to ONNX Runtime within 1e-4), once as trained (x⁰ = E[ids] + PE) and once without the
 * sinusoidal codes (x⁰ = E[ids]). The answer is the pointer head's: of the two candidate nouns, the
 * one with more weight in the pronoun's row; equal weights are no answer. Then each sentence's
 * twin with the two nouns swapped: does the pointer's choice follow the word or stay in its place?
 *
 * Writes src/course/positional-encoding/no-positions.json, which the positional-encoding chapter
 * shows. Run it again whenever the model changes: tests/unit/model/no-positions.test.ts re-measures
 * with this same function and fails until you do.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pointerOf, runEncoder } from '../src/model/coref-encoder.ts';
import { type CorefFullWeights, parseFullWeights, parseFullWeightsLayout } from '../src/model/coref-full-weights.ts';
import { type CorefMeta, type CorefSetName, type Lang, type Vocab, parseCorefMeta } from '../src/model/metadata.ts';
import type { NoPositionsFile, Score, SetMeasurement, SwapScore } from '../src/model/position-measurement.ts';

const SETS: readonly CorefSetName[] = ['fresh', 'unseenNouns', 'unseenCombos'];
const LANGS: readonly Lang[] = ['en', 'zh'];
export const NO_POSITIONS = new URL('../src/course/positional-encoding/no-positions.json', import.meta.url);
export const COMMAND = 'npm run measure:positions';
/** How close a twin's weight must be to the original's, moved with its word, to count as mirrored. */
const MIRROR_TOLERANCE = 1e-12;

interface HeldOutSentence { lang: Lang; tokens: string[]; pronoun: number; nouns: [number, number]; answer: 0 | 1 }

/** The pointer's weights on the two nouns (in the order of `nouns`), for ids as they stand. */
function nounWeights(ids: readonly number[], s: HeldOutSentence, w: CorefFullWeights, meta: CorefMeta, positions: boolean): [number, number] {
  const row = pointerOf(runEncoder(ids, w, { positions, maxLength: meta.maxLength }), meta.pointer, s.pronoun, s.nouns).row;
  return [row[s.nouns[0]]!, row[s.nouns[1]]!];
}

/** Which of the two places the pointer chose: 0, 1, or null for a tie. */
const choice = ([a, b]: [number, number]): 0 | 1 | null => (a > b ? 0 : b > a ? 1 : null);

const emptyScore = (): Score => ({ correct: 0, ties: 0, accuracy: 0 });
const emptySwap = (): SwapScore => ({ followsWord: 0, staysInPlace: 0, ties: 0, mirrored: 0, correctAfterSwap: 0, correctInBoth: 0 });

function score(s: Score, picked: 0 | 1 | null, answer: 0 | 1): void {
  if (picked === null) s.ties++;
  else if (picked === answer) s.correct++;
}
const finish = (s: Score, n: number): Score => ({ ...s, accuracy: n === 0 ? 0 : s.correct / n });

/**
 * The sentence and its twin with the nouns swapped. In the twin, place 0 holds the word that was
 * at place 1: the pointer follows the word when it picks the other place. The pattern's answer is
 * a place (the adjective decides: first or second noun), so in the twin it is the same place.
 */
function swapCheck(t: SwapScore, before: [number, number], after: [number, number], answer: 0 | 1): void {
  const b = choice(before), a = choice(after);
  if (b === null || a === null) t.ties++;
  else if (a === b) t.staysInPlace++;
  else t.followsWord++;
  if (Math.abs(before[0] - after[1]) <= MIRROR_TOLERANCE && Math.abs(before[1] - after[0]) <= MIRROR_TOLERANCE) t.mirrored++;
  if (a === answer) t.correctAfterSwap++;
  if (a === answer && b === answer) t.correctInBoth++;
}

/** Runs the model on every held-out sentence, both ways and in both orders, and returns the file's content. */
export function measureNoPositions(): NoPositionsFile {
  const root = new URL('../', import.meta.url);
  const models = new URL('public/models/', root);
  const meta = parseCorefMeta(JSON.parse(readFileSync(new URL('coref.json', models), 'utf8')));
  const vocab = JSON.parse(readFileSync(new URL('coref.vocab.json', models), 'utf8')) as Vocab;
  const layout = parseFullWeightsLayout(JSON.parse(readFileSync(new URL('coref.full.json', models), 'utf8')));
  const w = parseFullWeights(Uint8Array.from(readFileSync(new URL(layout.file, models))).buffer, layout);
  const fixture = JSON.parse(readFileSync(new URL('tests/fixtures/model/coref-heldout.json', root), 'utf8')) as {
    sets: Record<CorefSetName, HeldOutSentence[]>;
  };
  const unkId = meta.specialTokens.unkId;

  const sets = SETS.map((set): SetMeasurement => {
    const sentences = fixture.sets[set];
    const withPositions = emptyScore(), withoutPositions = emptyScore();
    const byLanguage = Object.fromEntries(LANGS.map((l) => [l, { n: 0, withPositions: emptyScore(), withoutPositions: emptyScore() }])) as SetMeasurement['byLanguage'];
    const swap = { sameToken: 0, bothUnknown: 0, distinct: 0, withPositions: emptySwap(), withoutPositions: emptySwap() };
    for (const s of sentences) {
      // The fixture carries the tokens the training script made; an unknown word is <unk>, as the model sees it.
      const ids = s.tokens.map((t) => vocab[t] ?? unkId);
      const [i, j] = s.nouns;
      const twin = [...ids];
      [twin[i], twin[j]] = [ids[j]!, ids[i]!];
      const lang = byLanguage[s.lang];
      lang.n++;
      for (const positions of [true, false]) {
        const before = nounWeights(ids, s, w, meta, positions);
        score(positions ? withPositions : withoutPositions, choice(before), s.answer);
        score(positions ? lang.withPositions : lang.withoutPositions, choice(before), s.answer);
        if (ids[i] === ids[j]) continue; // the twin is the same sentence
        swapCheck(positions ? swap.withPositions : swap.withoutPositions, before, nounWeights(twin, s, w, meta, positions), s.answer);
      }
      if (ids[i] === ids[j]) {
        swap.sameToken++;
        if (ids[i] === unkId) swap.bothUnknown++;
      } else swap.distinct++;
    }
    const n = sentences.length;
    return {
      set, n,
      withPositions: finish(withPositions, n),
      withoutPositions: finish(withoutPositions, n),
      byLanguage: Object.fromEntries(LANGS.map((l) => {
        const b = byLanguage[l];
        return [l, { n: b.n, withPositions: finish(b.withPositions, b.n), withoutPositions: finish(b.withoutPositions, b.n) }];
      })) as SetMeasurement['byLanguage'],
      swap,
    };
  });

  return {
    generatedBy: 'scripts/measure-positions.ts: the kernel’s run of the whole model (src/model/coref-encoder.ts) from public/models/coref.full.bin, with and without the sinusoidal position codes, on tests/fixtures/model/coref-heldout.json',
    command: COMMAND,
    model: { file: layout.file, readFrom: layout.readFrom },
    pointer: { layer: meta.pointer.layer, head: meta.pointer.head },
    rule: 'The answer is the candidate noun with more weight in the pronoun’s row of the pointer head; equal weights are no answer and count as wrong. The right answer is a place (the adjective decides: first or second noun), also in a twin with the two nouns swapped.',
    chance: 0.5,
    mirrorTolerance: MIRROR_TOLERANCE,
    sets,
  };
}

if (import.meta.main) {
  const file = measureNoPositions();
  writeFileSync(NO_POSITIONS, `${JSON.stringify(file, null, 1)}\n`);
  for (const s of file.sets) {
    console.log(`${s.set}: with positions ${s.withPositions.correct}/${s.n}, without ${s.withoutPositions.correct}/${s.n} (${s.withoutPositions.ties} ties); `
      + `swapped nouns (${s.swap.distinct} with two different nouns): without positions the pointer follows the word ${s.swap.withoutPositions.followsWord}, `
      + `with positions ${s.swap.withPositions.followsWord} (stays in place ${s.swap.withPositions.staysInPlace})`);
  }
  console.log(`wrote ${NO_POSITIONS.pathname}`);
}
