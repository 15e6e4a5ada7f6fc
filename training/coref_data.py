"""The bilingual Winograd-style data set: the tokenizer, the sentence generator and the splits.

A sentence is built from a family's frame, a prefix, two noun fillers, an intensifier and an
adjective (see coref_lexicon.py). Its tokens are the frame's hand-made segmentation; its text is
what a reader would type (English capitalised with attached punctuation, Chinese without
spaces). The tokenizer must turn the text back into exactly those tokens; `generate` checks it
on every sentence it makes, and src/model/tokenizer.ts is tested against the committed file.
"""
from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, asdict

from coref_lexicon import ADJECTIVES, FAMILIES, FLIP_PAIRS, HELD_OUT_COMBOS, HELD_OUT_NOUNS_PER_SLOT, PREFIXES, PRONOUNS

PAD, UNK = '<pad>', '<unk>'
LANGS = ('en', 'zh')


# ─── Tokenizer ────────────────────────────────────────────────────────────────────────────────

def is_han(ch: str) -> bool:
    """A Chinese character (CJK unified ideographs, extension A, compatibility ideographs)."""
    o = ord(ch)
    return 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF


def is_space(ch: str) -> bool:
    """ASCII whitespace or a Unicode space or separator (categories Zs, Zl, Zp)."""
    return ch in ' \t\n\r\f\v' or unicodedata.category(ch) in ('Zs', 'Zl', 'Zp')


def is_word_char(ch: str) -> bool:
    """A letter or digit of a space-separated script: ASCII letters and digits, or any other letter."""
    if ch.isascii():
        return ch.isalnum()
    return not is_han(ch) and unicodedata.category(ch).startswith('L')


class Tokenizer:
    """English: lowercase runs of letters and digits, every other visible character alone.
    Chinese: greedy longest match over the word list; a run of characters that starts no known
    word becomes one (unknown) token. Whitespace separates and is dropped."""

    def __init__(self, zh_words: list[str]):
        self.zh_words = set(zh_words)
        self.max_len = max(len(w) for w in zh_words)

    def tokenize(self, text: str) -> list[str]:
        tokens: list[str] = []
        i, n = 0, len(text)
        while i < n:
            ch = text[i]
            if is_space(ch):
                i += 1
            elif is_han(ch):
                word = self._longest_word(text, i)
                if word is not None:
                    tokens.append(word)
                    i += len(word)
                else:  # unknown: extend until a known word starts or the Chinese run ends
                    j = i + 1
                    while j < n and is_han(text[j]) and self._longest_word(text, j) is None:
                        j += 1
                    tokens.append(text[i:j])
                    i = j
            elif is_word_char(ch):
                j = i + 1
                while j < n and is_word_char(text[j]):
                    j += 1
                tokens.append(text[i:j].lower())
                i = j
            else:
                tokens.append(ch)
                i += 1
        return tokens

    def _longest_word(self, text: str, i: int) -> str | None:
        for L in range(min(self.max_len, len(text) - i), 0, -1):
            if text[i:i + L] in self.zh_words:
                return text[i:i + L]
        return None


def render(tokens: list[str], lang: str) -> str:
    """The text a reader would write: English capitalised, no space before punctuation; Chinese unspaced."""
    if lang == 'zh':
        return ''.join(tokens)
    out = ''
    for t in tokens:
        out += t if (out == '' or t in {',', '.'}) else ' ' + t
    return out[0].upper() + out[1:]


# ─── The lexicon, split into trained and held-out parts ───────────────────────────────────────

def slot_fillers(family: dict, slot: str, lang: str, held_out: bool | None = None) -> list[str]:
    """The fillers of slot A or B in one language: all, only the trained, or only the held-out ones."""
    fillers = [pair[0 if lang == 'en' else 1] for pair in family[slot]]
    k = len(fillers) - HELD_OUT_NOUNS_PER_SLOT
    return fillers if held_out is None else (fillers[k:] if held_out else fillers[:k])


def adjective_word(adj: str, lang: str) -> str:
    return ADJECTIVES[adj][0 if lang == 'en' else 1]


def family_adjectives(family: dict, held_out: bool) -> list[str]:
    return [a for a in family['adjectives'] if ((family['id'], a) in HELD_OUT_COMBOS) == held_out]


def zh_word_list() -> list[str]:
    """Every Chinese word the generator can write (held-out nouns included): the segmentation lexicon."""
    words: set[str] = set()
    for fam in FAMILIES:
        for frame in fam['zh']['frames'] + fam['zh']['intensifiers']:
            words.update(w for w in frame.split() if not w.startswith('{'))
        words.add(fam['zh']['pronoun'])
        for slot in ('A', 'B'):
            words.update(slot_fillers(fam, slot, 'zh'))
    for prefix in PREFIXES['zh']:
        words.update(prefix.split())
    words.update(zh for _, zh, _ in ADJECTIVES.values())
    return sorted(w for w in words if any(is_han(c) for c in w))


TOKENIZER = Tokenizer(zh_word_list())


# ─── Sentences ────────────────────────────────────────────────────────────────────────────────

@dataclass
class Example:
    lang: str
    family: str
    adjective: str  # the adjective's id (its English form)
    tokens: list[str]
    text: str
    pronoun: int  # token index of the pronoun
    nouns: list[int]  # token indices of noun A and noun B
    adjective_pos: int  # token index of the adjective
    answer: int  # 0: the pronoun refers to A, 1: to B

    def to_json(self) -> dict:
        return {('adjectivePos' if k == 'adjective_pos' else k): v for k, v in asdict(self).items()}


def build(fam: dict, lang: str, frame: int, prefix: int, intensifier: int, a: str, b: str, adj: str) -> Example:
    spec = fam[lang]
    words = (spec['intensifiers'][intensifier].replace('{ADJ}', adjective_word(adj, lang)))
    body = spec['frames'][frame].replace('{INT}', words).replace('{PRON}', spec['pronoun'])
    prefix_tokens = PREFIXES[lang][prefix].split()
    tokens: list[str] = list(prefix_tokens)
    noun_pos = [-1, -1]
    for w in body.split():
        if w == '{A}':
            noun_pos[0] = len(tokens)
            tokens.append(a)
        elif w == '{B}':
            noun_pos[1] = len(tokens)
            tokens.append(b)
        else:
            tokens.append(w)
    pron = [i for i, t in enumerate(tokens) if t in PRONOUNS[lang]]
    assert len(pron) == 1, tokens
    text = render(tokens, lang)
    back = TOKENIZER.tokenize(text)
    assert back == tokens, f'segmentation disagrees: {tokens} → {text!r} → {back}'
    answer = 0 if ADJECTIVES[adj][2] == 'A' else 1
    adj_pos = len(tokens) - 1 - tokens[::-1].index(adjective_word(adj, lang))
    return Example(lang, fam['id'], adj, tokens, text, pron[0], noun_pos, adj_pos, answer)


def sample(rng: random.Random, split: str) -> Example:
    """One random sentence of a split: 'train' (also 'fresh'), 'unseen_nouns' or 'unseen_combos'."""
    fam = rng.choice(FAMILIES)
    lang = rng.choice(LANGS)
    spec = fam[lang]
    frame = rng.randrange(len(spec['frames']))
    prefix = rng.randrange(len(PREFIXES[lang]))
    intensifier = rng.randrange(len(spec['intensifiers']))
    if split == 'unseen_nouns':
        which = rng.randrange(3)  # 0: A unseen, 1: B unseen, 2: both
        a = rng.choice(slot_fillers(fam, 'A', lang, held_out=which in (0, 2)))
        b = rng.choice(slot_fillers(fam, 'B', lang, held_out=which in (1, 2)))
    else:
        a = rng.choice(slot_fillers(fam, 'A', lang, held_out=False))
        b = rng.choice(slot_fillers(fam, 'B', lang, held_out=False))
    adjectives = family_adjectives(fam, held_out=split == 'unseen_combos')
    if not adjectives:  # a family with nothing held out
        return sample(rng, split)
    adj = rng.choice(adjectives)
    return build(fam, lang, frame, prefix, intensifier, a, b, adj)


def make_splits(seed: int, n_train: int, n_test: int) -> dict[str, list[Example]]:
    """Training sentences (distinct) and three test sets: fresh sentences (never seen in
    training, same pieces), sentences with held-out nouns, and held-out family–adjective pairs."""
    rng = random.Random(seed)
    seen: set[str] = set()
    train: list[Example] = []
    while len(train) < n_train:
        ex = sample(rng, 'train')
        if ex.text not in seen:
            seen.add(ex.text)
            train.append(ex)
    splits = {'train': train}
    for name, kind in (('fresh', 'train'), ('unseenNouns', 'unseen_nouns'), ('unseenCombos', 'unseen_combos')):
        out: list[Example] = []
        while len(out) < n_test:
            ex = sample(rng, kind)
            if ex.text not in seen:
                seen.add(ex.text)
                out.append(ex)
        splits[name] = out
    return splits


def flip_pair_examples() -> list[dict]:
    """The issue's six flip pairs as sentences, each with the referent's token index."""
    out = []
    for pair in FLIP_PAIRS:
        for adj, referent in zip(pair['adjectives'], pair['referents']):
            text = pair['text'].format(adj)
            tokens = TOKENIZER.tokenize(text)
            pron = [i for i, t in enumerate(tokens) if t in PRONOUNS[pair['lang']]][0]
            out.append({'lang': pair['lang'], 'text': text, 'tokens': tokens, 'pronoun': pron,
                        'nouns': [tokens.index(r) for r in pair['referents']], 'referent': tokens.index(referent)})
    return out


def build_vocab(train: list[Example]) -> dict[str, int]:
    """<pad> 0, <unk> 1, then every training token in sorted order. Held-out nouns never enter."""
    tokens = sorted({t for ex in train for t in ex.tokens})
    return {PAD: 0, UNK: 1, **{t: i + 2 for i, t in enumerate(tokens)}}


def check_all_segmentations() -> int:
    """Builds every sentence the lexicon allows (about 470,000; `build` checks each one's
    segmentation round trip) and returns how many there were."""
    n = 0
    for fam in FAMILIES:
        for lang in LANGS:
            spec = fam[lang]
            for frame in range(len(spec['frames'])):
                for prefix in range(len(PREFIXES[lang])):
                    for intensifier in range(len(spec['intensifiers'])):
                        for a in slot_fillers(fam, 'A', lang):
                            for b in slot_fillers(fam, 'B', lang):
                                for adj in fam['adjectives']:
                                    build(fam, lang, frame, prefix, intensifier, a, b, adj)
                                    n += 1
    return n


if __name__ == '__main__':
    import sys
    if '--check' in sys.argv:
        print(check_all_segmentations(), 'sentences: every segmentation round-trips through the tokenizer')
        sys.exit(0)
    s = make_splits(1, 2000, 50)
    for name, exs in s.items():
        print(name, len(exs), exs[0].text, exs[0].tokens, exs[0].answer)
    print(len(zh_word_list()), 'zh words')
    for f in flip_pair_examples():
        print(f)
