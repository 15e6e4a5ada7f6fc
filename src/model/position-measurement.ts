/**
 * The shape of src/course/positional-encoding/no-positions.json, which the positional-encoding
 * chapter and its NoPositions widget show; written by `npm run measure:positions`
 * (scripts/measure-positions.ts): the trained model on every held-out sentence, run by the kernel
 * with and without its sinusoidal position codes, and the "swap the two nouns" check. Counts are
 * whole sentences; an accuracy is its count over n. (Like score-statistics.ts for the scaling
 * chapter's model-scores.json.)
 */
import type { CorefSetName, Lang } from './metadata.ts';

/** How often the pointer's answer is the right noun. A tie (equal weight on both nouns) is no answer: it is not counted right. */
export interface Score {
  correct: number;
  /** Sentences where the two nouns got exactly the same weight. */
  ties: number;
  /** correct / n. */
  accuracy: number;
}

/** Sentences and their twins with the two nouns swapped, for one way of running the model. */
export interface SwapScore {
  /** The pointer picks the same word in both orders (its weight moved with the word). */
  followsWord: number;
  /** The pointer picks the same place in both orders (the other word after the swap). */
  staysInPlace: number;
  /** One of the two orders gave equal weights to both nouns. */
  ties: number;
  /** Both weights moved with their words to within 1e-12: the twin's numbers are the original's, swapped. */
  mirrored: number;
  /** The twin answered right by the sentence pattern's rule (the adjective decides the place: first or second noun). */
  correctAfterSwap: number;
  /** Right in both orders. */
  correctInBoth: number;
}

export interface SetMeasurement {
  set: CorefSetName;
  n: number;
  withPositions: Score;
  withoutPositions: Score;
  byLanguage: Record<Lang, { n: number; withPositions: Score; withoutPositions: Score }>;
  swap: {
    /** Sentences whose two nouns are the same token (in practice both <unk>): swapping them changes nothing. */
    sameToken: number;
    /** Of those, the ones where both nouns are <unk>. */
    bothUnknown: number;
    /** Sentences whose two nouns are different tokens: the ones the counts below are over. */
    distinct: number;
    withPositions: SwapScore;
    withoutPositions: SwapScore;
  };
}

export interface NoPositionsFile {
  generatedBy: string;
  command: string;
  /** The weights measured: coref.full.bin and the ONNX file it was read from (its SHA-256). */
  model: { file: string; readFrom: { file: string; sha256: string } };
  pointer: { layer: number; head: number };
  rule: string;
  /** A coin flip between the two nouns. */
  chance: number;
  /** The tolerance of SwapScore.mirrored. */
  mirrorTolerance: number;
  sets: SetMeasurement[];
}
