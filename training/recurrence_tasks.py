"""Two synthetic memory tasks for comparing a plain RNN, a GRU and attention.

  delay d: one symbol, d distractors, then "?"        A y w z x ?  → A
           (recall a token after d distractor steps)
  load m:  m symbols, then the index of one of them  C A H E #2   → A
           (hold m items, recall one by its position)

Evaluation examples come from mulberry32, the generator of src/kernel/random.ts, re-implemented
here bit for bit, so src/model/recurrence-tasks.ts builds the very same examples in the browser
and in the Node tests. Seed scheme: the examples of task t at level v are the first N drawn from
createRng(SEEDS[t] + v), each example drawing its numbers in the order written below.
"""
from __future__ import annotations

SYMBOLS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']
DISTRACTORS = ['w', 'x', 'y', 'z']
QUERY = '?'
MAX_ITEMS = 12
INDEX = [f'#{i}' for i in range(1, MAX_ITEMS + 1)]
VOCAB = SYMBOLS + DISTRACTORS + [QUERY] + INDEX  # id = position in this list

DISTRACTOR_BASE = len(SYMBOLS)
QUERY_ID = DISTRACTOR_BASE + len(DISTRACTORS)
INDEX_BASE = QUERY_ID + 1

SEEDS = {'delay': 100_000, 'load': 200_000}
TRAIN_DELAYS = (0, 20)  # delays seen in training (inclusive)
EVAL_DELAYS = list(range(0, 61))  # measured: within and beyond the trained delays
TRAIN_LOADS = (1, MAX_ITEMS)
EVAL_LOADS = list(range(1, MAX_ITEMS + 1))
EVAL_EXAMPLES = 400  # per level


class Mulberry32:
    """createRng of src/kernel/random.ts: same seed, same numbers (integer arithmetic mod 2³²)."""

    def __init__(self, seed: int):
        self.state = int(seed) & 0xFFFFFFFF

    def next(self) -> float:
        M = 0xFFFFFFFF
        self.state = (self.state + 0x6D2B79F5) & M
        t = self.state
        t = ((t ^ (t >> 15)) * (t | 1)) & M
        t ^= (t + (((t ^ (t >> 7)) * (t | 61)) & M)) & M
        return ((t ^ (t >> 14)) & M) / 4294967296

    def int(self, lo: int, hi: int) -> int:
        """A whole number from lo to hi inclusive, as Rng.int."""
        return lo + int(self.next() * (hi - lo + 1))


def delay_example(rng: Mulberry32, d: int) -> tuple[list[int], int]:
    """[symbol, d distractors, ?] → the symbol. Draws: the symbol, then each distractor in order."""
    target = rng.int(0, len(SYMBOLS) - 1)
    return [target] + [DISTRACTOR_BASE + rng.int(0, len(DISTRACTORS) - 1) for _ in range(d)] + [QUERY_ID], target


def load_example(rng: Mulberry32, m: int) -> tuple[list[int], int]:
    """[m symbols, #i] → symbol i (counted from 1). Draws: the m symbols in order, then i."""
    items = [rng.int(0, len(SYMBOLS) - 1) for _ in range(m)]
    i = rng.int(1, m)
    return items + [INDEX_BASE + i - 1], items[i - 1]


def eval_set(task: str, level: int, n: int = EVAL_EXAMPLES) -> tuple[list[list[int]], list[int]]:
    rng = Mulberry32(SEEDS[task] + level)
    make = delay_example if task == 'delay' else load_example
    pairs = [make(rng, level) for _ in range(n)]
    return [p[0] for p in pairs], [p[1] for p in pairs]


def definition() -> dict:
    """The task definitions as written into recurrence-curves.json for the TypeScript side."""
    return {
        'vocab': VOCAB,
        'symbols': {'first': 0, 'count': len(SYMBOLS)},
        'distractors': {'first': DISTRACTOR_BASE, 'count': len(DISTRACTORS)},
        'queryId': QUERY_ID,
        'index': {'first': INDEX_BASE, 'count': MAX_ITEMS},
        'rng': 'mulberry32 as createRng in src/kernel/random.ts; int(lo, hi) = lo + floor(next() · (hi − lo + 1))',
        'seeds': SEEDS,
        'seedScheme': 'the N evaluation examples of task t at level v are drawn in sequence from createRng(seeds[t] + v)',
        'tasks': {
            'delay': {'level': 'd, the number of distractors', 'build': 'target = int(0, 7); then d times: distractor = 8 + int(0, 3); tokens = [target, …distractors, queryId]; answer = target',
                      'trained': list(TRAIN_DELAYS), 'evaluated': [EVAL_DELAYS[0], EVAL_DELAYS[-1]]},
            'load': {'level': 'm, the number of items', 'build': 'm times: item = int(0, 7); then i = int(1, m); tokens = […items, index.first + i − 1]; answer = items[i − 1]',
                     'trained': list(TRAIN_LOADS), 'evaluated': [EVAL_LOADS[0], EVAL_LOADS[-1]]},
        },
        'examplesPerLevel': EVAL_EXAMPLES,
        'prediction': 'argmax of the logits output over the 8 symbols',
    }
