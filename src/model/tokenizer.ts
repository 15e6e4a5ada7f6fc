/**
 * The coreference model's tokenizer, the same rules as training/coref_data.py (`Tokenizer`):
 *
 *   English   lowercase; a run of letters and digits is one token; every other visible
 *             character (punctuation) is a token of its own; whitespace separates.
 *   Chinese   greedy longest match over the hand-made word list (coref.json lexicon.zhWords);
 *             a run of Chinese characters at which no known word starts is one unknown token.
 *
 * One addition for what readers type: English contractions ("didn't", "it's", "couldn’t"), which
 * the training data never contains, are expanded the way it writes them ("did not", "it is"),
 * so the model does not see <unk> ' <unk> where the sentence says "not".
 *
 * A token missing from coref.vocab.json becomes <unk>. The committed held-out sentences
 * (tests/fixtures/model/coref-heldout.json) carry the Python tokens, and the tests check that
 * this file reproduces every one. Text is walked by code point, as Python does.
 */
import type { CorefMeta, Family, Lang, Lexicon, Side, Vocab } from './metadata.ts';

/** A Chinese character: CJK unified ideographs, extension A, compatibility ideographs. */
export function isHan(ch: string): boolean {
  const o = ch.codePointAt(0)!;
  return (o >= 0x3400 && o <= 0x4dbf) || (o >= 0x4e00 && o <= 0x9fff) || (o >= 0xf900 && o <= 0xfaff);
}

const ASCII_ALNUM = /^[A-Za-z0-9]$/;
const LETTER = /^\p{L}$/u;
const SPACE = /^(?:[ \t\n\r\f\v]|\p{Zs}|\p{Zl}|\p{Zp})$/u;

/** A letter or digit of a space-separated script: ASCII letters and digits, or any other non-Chinese letter. */
export function isWordChar(ch: string): boolean {
  if (ch.codePointAt(0)! < 0x80) return ASCII_ALNUM.test(ch);
  return !isHan(ch) && LETTER.test(ch);
}

export function isSpace(ch: string): boolean {
  return SPACE.test(ch);
}

/** A token with where it came from: start and end are UTF-16 offsets into the text (for highlighting). */
export interface TokenSpan {
  text: string;
  start: number;
  end: number;
}

/** Apostrophes a reader may type in a contraction: straight and typographic. */
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '\u2019']);
/** Stems of "n't" that are not the word itself: can't, won't, shan't. */
const NOT_STEMS: Readonly<Record<string, string>> = { ca: 'can', wo: 'will', sha: 'shall' };
/** Words whose "'s" is "is" (not a possessive). */
const S_IS: ReadonlySet<string> = new Set(['it', 'he', 'she', 'that', 'there', 'what', 'who', 'here', 'where', 'this']);
const SUFFIXES: Readonly<Record<string, string>> = { re: 'are', m: 'am', ll: 'will', ve: 'have', d: 'would' };

/**
 * English contractions written out as the training data writes them: a word, an apostrophe and a
 * suffix with no space between them become two words ("didn't" → did not, "it's" → it is,
 * "can't" → can not). The spans keep pointing into the text: "did" covers "did", "not" covers
 * "n't". Anything else (a possessive "dog's", a quotation mark) is left as it is.
 */
export function expandContractions(spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const [w, apos, suffix] = [spans[k]!, spans[k + 1], spans[k + 2]];
    const joined = apos !== undefined && suffix !== undefined && APOSTROPHES.has(apos.text) && w.end === apos.start && apos.end === suffix.start;
    const expanded = joined ? expandOne(w, suffix) : null;
    if (expanded === null) {
      out.push(w);
      continue;
    }
    out.push(...expanded);
    k += 2;
  }
  return out;
}

function expandOne(w: TokenSpan, suffix: TokenSpan): TokenSpan[] | null {
  const word = w.text, end = suffix.end;
  if (!Array.from(word).every(isWordChar)) return null;
  if (suffix.text === 't' && word.length > 1 && word.endsWith('n')) {
    const stem = word.slice(0, -1);
    const cut = w.end - 1; // the n of "n't"
    return [{ text: NOT_STEMS[stem] ?? stem, start: w.start, end: cut }, { text: 'not', start: cut, end }];
  }
  const full = suffix.text === 's' ? (S_IS.has(word) ? 'is' : undefined) : SUFFIXES[suffix.text];
  return full === undefined ? null : [w, { text: full, start: w.end, end }];
}

/** Splits text into tokens by the rules above. */
export class Segmenter {
  private readonly words: ReadonlySet<string>;
  private readonly maxLen: number;

  constructor(zhWords: readonly string[]) {
    this.words = new Set(zhWords);
    this.maxLen = zhWords.reduce((m, w) => Math.max(m, Array.from(w).length), 1);
  }

  tokenize(text: string): string[] {
    return this.spans(text).map((s) => s.text);
  }

  spans(text: string): TokenSpan[] {
    const chars = Array.from(text); // code points
    const offsets: number[] = [0]; // UTF-16 offset of each code point, and of the end
    for (const c of chars) offsets.push(offsets[offsets.length - 1]! + c.length);
    const out: TokenSpan[] = [];
    const push = (i: number, j: number, lower = false) => {
      const t = chars.slice(i, j).join('');
      out.push({ text: lower ? t.toLowerCase() : t, start: offsets[i]!, end: offsets[j]! });
    };
    let i = 0;
    while (i < chars.length) {
      const ch = chars[i]!;
      if (isSpace(ch)) {
        i++;
      } else if (isHan(ch)) {
        const len = this.longestWord(chars, i);
        if (len > 0) {
          push(i, i + len);
          i += len;
        } else { // unknown: extend until a known word starts or the Chinese run ends
          let j = i + 1;
          while (j < chars.length && isHan(chars[j]!) && this.longestWord(chars, j) === 0) j++;
          push(i, j);
          i = j;
        }
      } else if (isWordChar(ch)) {
        let j = i + 1;
        while (j < chars.length && isWordChar(chars[j]!)) j++;
        push(i, j, true);
        i = j;
      } else {
        push(i, i + 1);
        i++;
      }
    }
    return expandContractions(out);
  }

  /** Length (in code points) of the longest known word starting at i, or 0. */
  private longestWord(chars: readonly string[], i: number): number {
    for (let L = Math.min(this.maxLen, chars.length - i); L >= 1; L--) {
      if (this.words.has(chars.slice(i, i + L).join(''))) return L;
    }
    return 0;
  }
}

// ─── The model's view of a sentence ────────────────────────────────────────────────────────

export interface EncodedToken extends TokenSpan {
  /** The id the model receives: the token's own, or <unk>'s. */
  id: number;
  known: boolean;
}

export interface UnknownWord {
  /** Token index. */
  index: number;
  text: string;
  /**
   * 'heldOut': a noun of the lexicon kept out of training on purpose; 'unknown': a word the
   * lexicon does not have; 'symbol': punctuation or another character the model never saw.
   */
  reason: 'heldOut' | 'unknown' | 'symbol';
  /** Known words to try instead, best first (same-slot nouns where the slot can be told). */
  suggestions: string[];
}

export interface EncodedSentence {
  lang: Lang;
  tokens: EncodedToken[];
  ids: number[];
  unknown: UnknownWord[];
  /** Index of the first pronoun (it, he, 它, 他), or null. */
  pronoun: number | null;
  /**
   * Indices of the lexicon's nouns before the pronoun (held-out nouns included): the candidates
   * the pointer's answer is chosen from. An unknown word is never one, even where it stands in a
   * noun's place: the model sees only <unk> there.
   */
  candidates: number[];
  /** The sentence family that best matches the words, if one does. */
  family: string | null;
}

interface SlotRef { family: Family; side: Side }

export interface CorefTokenizer {
  readonly segmenter: Segmenter;
  tokenize(text: string): string[];
  encode(text: string): EncodedSentence;
  /** Known words to offer for an unknown word (at most `limit`). */
  suggest(word: string, lang: Lang, slot?: { family: string; side: Side }, limit?: number): string[];
}

const MAX_SUGGESTIONS = 5;

/** Builds the tokenizer from coref.json (its lexicon and special tokens) and coref.vocab.json. */
export function createCorefTokenizer(meta: Pick<CorefMeta, 'lexicon' | 'specialTokens'>, vocab: Vocab): CorefTokenizer {
  const lexicon: Lexicon = meta.lexicon;
  const segmenter = new Segmenter(lexicon.zhWords);
  const unkId = meta.specialTokens.unkId;
  const known = (t: string) => Object.hasOwn(vocab, t) && !t.startsWith('<');

  // Which slot(s) each noun fills, per language; and the words that tell the families apart.
  const slots = { en: new Map<string, SlotRef[]>(), zh: new Map<string, SlotRef[]>() };
  const frameWords = { en: new Map<string, Set<string>>(), zh: new Map<string, Set<string>>() };
  for (const family of lexicon.families) {
    for (const lang of ['en', 'zh'] as const) {
      const spec = family[lang];
      for (const side of ['A', 'B'] as const) {
        for (const w of [...spec[side], ...spec[side === 'A' ? 'heldOutA' : 'heldOutB']]) {
          const list = slots[lang].get(w) ?? [];
          list.push({ family, side });
          slots[lang].set(w, list);
        }
      }
      const words = new Set(spec.frames.flatMap((f) => f.split(' ')).filter((w) => !w.startsWith('{')));
      frameWords[lang].set(family.id, words);
    }
  }
  const pronouns = { en: new Set(lexicon.pronouns.en), zh: new Set(lexicon.pronouns.zh) };
  const vocabWords = Object.keys(vocab).filter(known);

  function suggest(word: string, lang: Lang, slot?: { family: string; side: Side }, limit = MAX_SUGGESTIONS): string[] {
    const refs: { family: Family | undefined; side: Side }[] = slot
      ? [{ family: lexicon.families.find((f) => f.id === slot.family), side: slot.side }]
      : (slots[lang].get(word) ?? []);
    const sameSlot = refs.flatMap((r) => (r.family === undefined ? [] : r.family[lang][r.side])).filter(known);
    if (sameSlot.length > 0) return [...new Set(sameSlot)].slice(0, limit);
    // Otherwise words that look alike: a small edit distance (English) or shared characters (Chinese).
    const scored = vocabWords
      .filter((w) => (lang === 'zh') === Array.from(w).some(isHan))
      .map((w) => ({ w, score: lang === 'zh' ? -sharedChars(word, w) : editDistance(word, w) }))
      .filter(({ score }) => (lang === 'zh' ? score < 0 : score <= Math.max(1, Math.floor(word.length / 3))))
      .sort((a, b) => a.score - b.score || a.w.localeCompare(b.w));
    return scored.slice(0, limit).map(({ w }) => w);
  }

  function guessFamily(tokens: readonly string[], lang: Lang): Family | null {
    const common = [...frameWords[lang].values()].reduce<Set<string> | null>(
      (acc, s) => (acc === null ? new Set(s) : new Set([...acc].filter((w) => s.has(w)))), null) ?? new Set<string>();
    let best: Family | null = null, bestScore = 0, tie = false;
    for (const family of lexicon.families) {
      const words = frameWords[lang].get(family.id)!;
      let score = 0;
      for (const t of new Set(tokens)) {
        if (words.has(t) && !common.has(t)) score += 1;
        if ((slots[lang].get(t) ?? []).some((r) => r.family === family)) score += 2;
      }
      if (score > bestScore) { best = family; bestScore = score; tie = false; } else if (score === bestScore && score > 0) tie = true;
    }
    return tie ? null : best;
  }

  function encode(text: string): EncodedSentence {
    const spans = segmenter.spans(text);
    const lang: Lang = Array.from(text).some(isHan) ? 'zh' : 'en';
    const tokens: EncodedToken[] = spans.map((s) => ({ ...s, id: known(s.text) ? vocab[s.text]! : unkId, known: known(s.text) }));
    const texts = tokens.map((t) => t.text);
    const family = guessFamily(texts, lang);
    const pronounIndex = texts.findIndex((t) => pronouns.en.has(t) || pronouns.zh.has(t));
    const pronoun = pronounIndex < 0 ? null : pronounIndex;
    const isWord = (t: string) => Array.from(t).every((c) => isHan(c) || isWordChar(c));
    const before = (i: number) => pronoun === null || i < pronoun;
    const candidates = tokens.flatMap((t, i) => (before(i) && slots[lang].has(t.text) ? [i] : []));
    // Where a noun may stand (lexicon nouns and unknown words), to tell which slot an unknown word fills.
    const nounPlaces = tokens.flatMap((t, i) => (before(i) && (slots[lang].has(t.text) || (!t.known && isWord(t.text))) ? [i] : []));
    const unknown: UnknownWord[] = [];
    tokens.forEach((t, i) => {
      if (t.known) return;
      const heldOut = slots[lang].has(t.text);
      const reason = heldOut ? 'heldOut' : isWord(t.text) ? 'unknown' : 'symbol';
      let slot: { family: string; side: Side } | undefined;
      if (!heldOut && family !== null && reason === 'unknown') {
        const order = nounPlaces.indexOf(i); // the first noun-like word fills A, the second B
        if (order === 0 || order === 1) slot = { family: family.id, side: order === 0 ? 'A' : 'B' };
      }
      unknown.push({ index: i, text: t.text, reason, suggestions: reason === 'symbol' ? [] : suggest(t.text, lang, slot) });
    });
    return { lang, tokens, ids: tokens.map((t) => t.id), unknown, pronoun, candidates, family: family?.id ?? null };
  }

  return { segmenter, tokenize: (text) => segmenter.tokenize(text), encode, suggest };
}

/** Levenshtein distance (insertions, deletions, substitutions), by code point. */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a), y = Array.from(b);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}

function sharedChars(a: string, b: string): number {
  const s = new Set(Array.from(a));
  return new Set(Array.from(b).filter((c) => s.has(c))).size;
}
