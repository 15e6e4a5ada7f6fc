/**
 * Chapter 3, "The real model": every number its prose, equations and tables show, read from the
 * committed model files (public/models/coref.json, the precomputed presets in
 * src/model/coref-presets.json) or computed from them with the kernel, once for both
 * languages. The MDX files import from here and only choose how to write the numbers (with the
 * helpers of `../text.ts`); `claims` lists what the prose says about them, so a retrained model
 * that changes the story fails the unit tests and the build.
 *
 * Node only (the runtime's size is measured on disk): import it from .mdx/.astro and tests, never
 * from an island. Layers and heads are numbered from 0 in the files and from 1 in the prose
 * (`shown`), as the demo does.
 */
import { softmax, entropy } from '../../kernel/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import { parseCorefMeta, type CorefSetName, type FlipPairResult, type HeadAnalysis, type Lang, type Vocab } from '../../model/metadata.ts';
import { createCorefTokenizer } from '../../model/tokenizer.ts';
import { attentionRow } from '../../model/coref-attention.ts';
import type { CorefPreset, CorefPresetFile } from '../../model/coref-presets.ts';
import { runtimeBytes } from '../../model/file-sizes.ts';
import { formatBytes } from '../../model/bytes.ts';
import { claim, type Claim } from '../claims.ts';
import { pyFixed } from '../python.ts';
import corefJson from '../../../public/models/coref.json';
import vocabJson from '../../../public/models/coref.vocab.json';
import presetJson from '../../model/coref-presets.json';

// ── The model and its training ─────────────────────────────────────────────────────────────

/** The paper's base model: Vaswani et al. (2017), Table 3, 65 × 10⁶ parameters. */
export const paperParams = 65e6;
/** The same in millions (English prose) and in 万 (Chinese prose). */
export const paperMillions = paperParams / 1e6;
export const paperWan = paperParams / 1e4;

/** The model's metadata, coref.json. */
export const meta = parseCorefMeta(corefJson);
/** The pointer head (file numbering) and its training target. */
export const P = meta.pointer;
/** The reader's numbering of a layer, head or token: file index 0 → 1. */
export const shown = (i: number): number => i + 1;
/** The pointer as the prose names it: layer 2, head 1. */
export const pLayer = shown(P.layer);
export const pHead = shown(P.head);
/** Every head of the model. */
export const headCount = meta.layers * meta.heads;
/** The target's weights on the right and the other noun, and the score gap they mean, ln(right/other). */
export const [targetRight, targetOther] = P.target;
export const targetGap = Math.log(targetRight / targetOther);
/** The lowest loss the target allows: its entropy. */
export const lossFloor = entropy(P.target);
/** The loss at the end of training. */
export const finalLoss = (corefJson as unknown as { training: { history: { loss: number }[] } }).training.history.at(-1)!.loss;
/** Training time on one CPU thread, whole seconds. */
export const trainingSeconds = Math.round(meta.training.seconds);
/** The sentence families, and the candidate nouns of each slot (trained and held out). */
export const families = meta.lexicon.families;
export const nounsPerSlot = families[0]!.en.A.length + families[0]!.en.heldOutA.length;
/** Family/adjective combinations kept out of training, as "family/adjective". */
export const heldOutCombos = meta.heldOut.combinations.map(([f, a]) => `${f}/${a}`);
/** Measured accuracy and weights on each test set. */
export const ev = meta.evaluation;
/** The size of the runtime's WebAssembly file the demo downloads on demand ("14 MB"). */
export const runtimeSize = formatBytes(runtimeBytes());

// ── The worked pair: "…because it was too tired / wide", read from the precomputed presets ─

const tok = createCorefTokenizer(meta, vocabJson as Vocab);
const presetFile = presetJson as unknown as CorefPresetFile;

/** One preset sentence as the pointer reads it. */
export interface PresetReading {
  p: CorefPreset;
  tokens: string[];
  /** Token indices of the pronoun, of nouns A and B, and of the adjective. */
  pronoun: number;
  a: number;
  b: number;
  adj: number;
  /** The pronoun's row of the pointer head, its weights on nouns A and B, and both together. */
  row: number[];
  wA: number;
  wB: number;
  nouns: number;
  /** Tokens other than the two nouns. */
  others: number;
  /** The pronoun's row in each head of layer 1 (file layer 0). */
  first: number[][];
  /** The model card's record of the same sentence. */
  flip: FlipPairResult;
}

function readPreset(lang: Lang, family: string, adjective: string): PresetReading {
  const p = presetFile.presets.find((x) => x.lang === lang && x.choice.family === family && x.choice.adjective === adjective);
  if (p === undefined) throw new Error(`no preset ${lang} ${family} ${adjective}`);
  const enc = tok.encode(p.text);
  const pronoun = enc.pronoun;
  const [a, b] = enc.candidates;
  if (pronoun === null || a === undefined || b === undefined) throw new Error(`preset “${p.text}” has no pronoun or two nouns`);
  const maps = { T: p.ids.length, heads: meta.heads, layers: p.attn };
  const row = attentionRow(maps, P.layer, P.head, pronoun);
  const adjWord = meta.lexicon.adjectives[adjective]![lang];
  const adj = enc.tokens.findIndex((t) => t.text === adjWord);
  const first = Array.from({ length: meta.heads }, (_, h) => attentionRow(maps, 0, h, pronoun));
  const flip = meta.flipPairs.find((f) => f.lang === lang && f.text === p.text);
  if (flip === undefined) throw new Error(`the model card has no flip pair “${p.text}”`);
  const wA = row[a]!, wB = row[b]!;
  return { p, tokens: enc.tokens.map((t) => t.text), pronoun, a, b, adj, row, wA, wB, nouns: wA + wB, others: enc.tokens.length - 2, first, flip };
}

/** The worked pair in one language, with what the prose derives from it. */
export interface WorkedPair {
  tired: PresetReading;
  wide: PresetReading;
  /** ln(w_A / w_B): the scaled score gap of each sentence. */
  gapTired: number;
  gapWide: number;
  /** The "tired" gap before scaling, gap × √d_k. */
  scoreGapTired: number;
  /** softmax([gapTired, 0]): the two nouns' shares again. */
  backTired: number[];
  /** The table's column headers: the tokens, "tired / wide" where the sentences differ. */
  columns: string[];
}

function workedPair(lang: Lang): WorkedPair {
  const tired = readPreset(lang, 'cross', 'tired');
  const wide = readPreset(lang, 'cross', 'wide');
  const gapTired = Math.log(tired.wA / tired.wB);
  return {
    tired, wide, gapTired,
    gapWide: Math.log(wide.wA / wide.wB),
    scoreGapTired: gapTired * Math.sqrt(meta.d_k),
    backTired: softmax([gapTired, 0]),
    columns: tired.tokens.map((t, j) => (t === wide.tokens[j] ? t : `${t} / ${wide.tokens[j]}`)),
  };
}

/** The worked pair in each language: each page works its own language's pair and cites the other's. */
export const worked: Readonly<Record<Locale, WorkedPair>> = { zh: workedPair('zh'), en: workedPair('en') };

/**
 * What numpy_example.py prints (From formula to code): for the Chinese pair, then the English
 * pair (tired, then wide), the scaled score gap ln(w_A / w_B), the gap before scaling and
 * softmax([gap, 0])'s share of noun A, as Python's f"{g:7.3f} {g * √d_k:7.2f} {p:6.3f}".
 * tests/unit/course/numpy.test.ts runs the snippet and compares.
 */
export const numpyRows: readonly PresetReading[] = [worked.zh.tired, worked.zh.wide, worked.en.tired, worked.en.wide];
export const numpyOutput = numpyRows.map((r) => {
  const gap = Math.log(r.wA / r.wB);
  return `${pyFixed(gap, 3, 7)} ${pyFixed(gap * Math.sqrt(meta.d_k), 2, 7)} ${pyFixed(softmax([gap, 0])[0]!, 3, 6)}`;
}).join('\n');

// ── Each head: headAnalysis in coref.json (measured on the fresh test sentences) ─────────────

/** One head's measurements, every field present. */
export interface MeasuredHead {
  layer: number;
  head: number;
  toAdjective: number;
  toNounA: number;
  toNounB: number;
  toRightNoun: number;
  toItself: number;
  accuracyWhenZeroed: Record<CorefSetName, number>;
}

function measured(h: HeadAnalysis): MeasuredHead {
  const { layer, head, toAdjective, toNounA, toNounB, toRightNoun, toItself, accuracyWhenZeroed } = h;
  if (head === 'all' || toAdjective === undefined || toNounA === undefined || toNounB === undefined || toRightNoun === undefined || toItself === undefined) {
    throw new Error(`coref.json: head ${layer}/${head} lacks a measurement`);
  }
  return { layer, head, toAdjective, toNounA, toNounB, toRightNoun, toItself, accuracyWhenZeroed };
}

/** Every head, in the file's order (the heads table's rows). */
export const heads: readonly MeasuredHead[] = meta.headAnalysis.filter((h) => h.head !== 'all').map(measured);
/** A whole layer's attention zeroed at once. */
export function layerAll(layer: number): HeadAnalysis {
  const all = meta.headAnalysis.find((h) => h.layer === layer && h.head === 'all');
  if (all === undefined) throw new Error(`coref.json: no whole-layer ablation of layer ${layer}`);
  return all;
}
/** Layer 1's heads (file layer 0). */
export const firstHeads = heads.filter((h) => h.layer === 0);
/** The pointer head's measurements, and the other heads of its layer. */
export const pointerHead = heads.find((h) => h.layer === P.layer && h.head === P.head)!;
export const idleHeads = heads.filter((h) => h.layer === P.layer && h.head !== P.head);
/** Among layer 1's heads: the one most on the adjective, and the one whose loss hurts unseen combinations most. */
export const mostAdjective = [...firstHeads].sort((x, y) => y.toAdjective - x.toAdjective)[0]!;
export const mostHarm = [...firstHeads].sort((x, y) => x.accuracyWhenZeroed.unseenCombos - y.accuracyWhenZeroed.unseenCombos)[0]!;

// ── How layer 1's heads share the work in the demo sentences ──────────────────────────────────

/** Every demo sentence (both languages). */
export const demo: readonly PresetReading[] = presetFile.presets.map((p) => readPreset(p.lang, p.choice.family, p.choice.adjective));
/** The pronoun's weight on the adjective in layer-1 head h, averaged over one language's demo sentences. */
export function adjMean(lang: Lang, h: number): number {
  const rs = demo.filter((r) => r.p.lang === lang);
  return rs.reduce((s, r) => s + r.first[h]![r.adj]!, 0) / rs.length;
}
const headIds = Array.from({ length: meta.heads }, (_, h) => h);
/** The layer-1 head most on the adjective in Chinese, and in English. */
export const zhTop = headIds.reduce((b, h) => (adjMean('zh', h) > adjMean('zh', b) ? h : b), 0);
export const enTop = headIds.reduce((b, h) => (adjMean('en', h) > adjMean('en', b) ? h : b), 0);
/** The most any layer-1 head puts on "tired" in the English sentence, and on 累 in the Chinese one. */
export const enTiredMax = Math.max(...worked.en.tired.first.map((r) => r[worked.en.tired.adj]!));
export const zhTiredMax = Math.max(...worked.zh.tired.first.map((r) => r[worked.zh.tired.adj]!));

// ── Labels ──────────────────────────────────────────────────────────────────────────────────

/** The test sets' row labels, in the reader's language. */
export function labels(locale: Locale): { sets: { key: CorefSetName; name: string }[] } {
  return locale === 'zh'
    ? {
      sets: [
        { key: 'fresh', name: '新句子：训练中没出现过的组合' },
        { key: 'unseenNouns', name: '没见过的名词（进模型时都是 <unk>）' },
        { key: 'unseenCombos', name: '没见过的句型–形容词组合' },
      ],
    }
    : {
      sets: [
        { key: 'fresh', name: 'fresh sentences: new combinations of trained words' },
        { key: 'unseenNouns', name: 'unseen nouns (they reach the model as <unk>)' },
        { key: 'unseenCombos', name: 'unseen family–adjective combinations' },
      ],
    };
}

// ── Claims ──────────────────────────────────────────────────────────────────────────────────

const pairs = [worked.zh, worked.en];
/** Weight of the pronoun's row outside the two nouns. */
const restSum = (r: PresetReading): number => r.row.reduce((s, w, j) => (j === r.a || j === r.b ? s : s + w), 0);
const setKeys: readonly CorefSetName[] = ['fresh', 'unseenNouns', 'unseenCombos'];
const allLayer1 = layerAll(0).accuracyWhenZeroed, allLayer2 = layerAll(1).accuracyWhenZeroed;

/** What the prose says about these numbers; checked by a unit test and again at build time. */
export const claims: Claim[] = [
  claim('the prose calls the pointer “layer 2, head 1”, with layer 1 the only layer before it', meta.layers === 2 && P.layer === 1 && P.head === 0),
  claim('“tired” should point to the animal, “wide” to the street', worked.en.tired.wA > worked.en.tired.wB && worked.en.wide.wB > worked.en.wide.wA),
  claim('the Chinese pair should flip too', worked.zh.tired.wA > worked.zh.tired.wB && worked.zh.wide.wB > worked.zh.wide.wA),
  claim('the two sentences differ in the adjective only', pairs.every(({ tired, wide }) =>
    tired.tokens.length === wide.tokens.length && tired.tokens.every((t, j) => t === wide.tokens[j] || j === tired.adj))),
  claim('the pointer’s row should sit almost entirely on the two nouns', pairs.every(({ tired, wide }) => restSum(tired) < 0.001 && restSum(wide) < 0.01)),
  claim('the gaps should sit near the target’s gap', pairs.every(({ gapTired, gapWide }) => [gapTired, -gapWide].every((g) => Math.abs(g - targetGap) < 0.5))),
  claim('softmax([gap, 0]) should give back the nouns’ weights', pairs.every(({ tired, backTired }) => Math.abs(backTired[0]! - tired.wA / (tired.wA + tired.wB)) < 1e-9)),
  claim('the precomputed sentences should agree with the model card’s flip pairs',
    pairs.flatMap(({ tired, wide }) => [tired, wide]).every((r) => Math.abs(r.flip.weightOnReferent - Math.max(r.wA, r.wB)) < 1e-3)),
  claim('the prose’s example of a held-out combination, the animal sentence with “old”, is held out',
    meta.heldOut.combinations.some(([f, a]) => f === 'cross' && a === 'old') && meta.lexicon.adjectives['old'] !== undefined),
  claim('the prose says every test set is answered correctly', setKeys.every((k) => ev[k].accuracy === 1)),
  claim('the final loss should sit near the target’s entropy', Math.abs(finalLoss - lossFloor) < 0.01),
  claim('every layer-1 head should give the adjective more than the nouns or itself', firstHeads.every((h) => h.toAdjective > Math.max(h.toNounA, h.toNounB, h.toItself))),
  claim('zeroing layer 1’s attention should leave the model near chance', allLayer1.fresh < 0.7),
  claim('zeroing the pointer’s output (or layer 2’s) should change nothing', pointerHead.accuracyWhenZeroed.fresh >= 0.99 && allLayer2.fresh >= 0.99),
  claim('the other heads of layer 2 should be flat and harmless',
    idleHeads.every((h) => h.toAdjective < 0.1 && h.toNounA < 0.15 && h.toNounB < 0.15 && h.accuracyWhenZeroed.fresh >= 0.99)),
  claim('the head most on the adjective should not be the one whose loss hurts most', mostAdjective.head !== mostHarm.head),
  claim('different heads should carry the adjective in Chinese and in English',
    zhTop !== enTop && adjMean('en', zhTop) < 0.05 && adjMean('zh', enTop) < 0.3 && adjMean('zh', zhTop) > 0.4 && adjMean('en', enTop) > 0.5),
  claim('layer 1 should barely look at “tired”, and look hard at 累', enTiredMax < 0.1 && zhTiredMax > 0.5),
  claim('the paper’s base model is over a thousand times larger', paperParams / meta.parameters > 1000 && paperParams / meta.parameters < 2000),
];
