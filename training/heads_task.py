"""The two-key lookup task of the multi-head experiment (train_heads.py).

An example is n (key, value) pairs with n distinct keys, each pair packed into ONE position (the
sum of the key's and the value's embeddings, as in the scaling experiment's associative recall),
then a query that names TWO of those keys, in order: a first key and a second key. The answer is
the ordered pair (value at the first key, value at the second key), one class of n_values².

Why this needs two positions at once: the two answered values sit at two different positions,
found by two different relations (“the pair whose key is the query's first key”, “the pair whose
key is the query's second key”). Values are drawn independently, so nothing at one position says
anything about the value at the other: a reader that retrieves only one of the two gets that half
right and the other half at chance (1 / n_values), so at most 1 / n_values of the pairs
(`one_lookup_oracle` measures it). No position encodings are needed: the order of the pairs
carries no information.
"""
from __future__ import annotations

from dataclasses import dataclass

import torch


@dataclass(frozen=True)
class Task:
    n_pairs: int = 8    # positions the query chooses among
    n_keys: int = 16    # key vocabulary; the n keys of an example are distinct
    n_values: int = 8   # value vocabulary; the answer is one of n_values² ordered pairs


@dataclass(frozen=True)
class Batch:
    keys: torch.Tensor    # [B, n] int64, distinct within a row
    values: torch.Tensor  # [B, n] int64
    first: torch.Tensor   # [B] int64, the query's first key (one of the row's keys)
    second: torch.Tensor  # [B] int64, the query's second key (another of the row's keys)
    at_first: torch.Tensor   # [B] int64, the position of the first key's pair
    at_second: torch.Tensor  # [B] int64, the position of the second key's pair
    answer: torch.Tensor  # [B] int64, value_first · n_values + value_second


def make_batch(task: Task, size: int, gen: torch.Generator) -> Batch:
    """`size` examples drawn from `gen` alone, so the same generator state gives the same batch."""
    keys = torch.argsort(torch.rand(size, task.n_keys, generator=gen), dim=1)[:, :task.n_pairs]
    values = torch.randint(task.n_values, (size, task.n_pairs), generator=gen)
    # two distinct positions: a random permutation's first two entries
    picks = torch.argsort(torch.rand(size, task.n_pairs, generator=gen), dim=1)[:, :2]
    at_first, at_second = picks[:, 0], picks[:, 1]
    v1 = values.gather(1, at_first[:, None])[:, 0]
    v2 = values.gather(1, at_second[:, None])[:, 0]
    return Batch(keys, values, keys.gather(1, at_first[:, None])[:, 0], keys.gather(1, at_second[:, None])[:, 0],
                 at_first, at_second, v1 * task.n_values + v2)


def one_lookup_oracle(task: Task, train: Batch, held_out: Batch) -> dict:
    """The best a reader can do that sees the query and the pair at only ONE of the two positions:
    from counts on `train`, the most frequent answer for each (first key, second key, value seen),
    scored on `held_out`. Returns its accuracy on the whole answer for each choice of position."""
    out = {}
    for name, at in (('seesFirstOnly', 'at_first'), ('seesSecondOnly', 'at_second')):
        def cell(b: Batch) -> torch.Tensor:
            seen = b.values.gather(1, getattr(b, at)[:, None])[:, 0]
            return (b.first * task.n_keys + b.second) * task.n_values + seen
        n_cells, n_answers = task.n_keys ** 2 * task.n_values, task.n_values ** 2
        counts = torch.zeros(n_cells * n_answers, dtype=torch.int64)
        counts.index_add_(0, cell(train) * n_answers + train.answer, torch.ones_like(train.answer))
        guess = counts.view(n_cells, n_answers).argmax(1)  # ties: the lowest answer
        out[name] = (guess[cell(held_out)] == held_out.answer).double().mean().item()
    return out
