"""The associative-recall task of the scaling experiment (train_scaling.py).

An example is n (key, value) pairs with n distinct keys, then one query key taken from them; the
answer is the value paired with that key. Each pair is packed into ONE position (the sum of the
key's and the value's embeddings), so that one attention layer can solve it in one look: the
query's row of attention must single out the one position of n whose key matches, then read its
value. No position encodings are needed (the order of the pairs carries no information).
"""
from __future__ import annotations

from dataclasses import dataclass

import torch


@dataclass(frozen=True)
class Task:
    n_pairs: int = 32   # positions the query chooses among (chance of a uniform row: 1/n)
    n_keys: int = 64    # key vocabulary; the n keys of an example are distinct
    n_values: int = 32  # value vocabulary; chance accuracy is 1/n_values


@dataclass(frozen=True)
class Batch:
    keys: torch.Tensor    # [B, n] int64, distinct within a row
    values: torch.Tensor  # [B, n] int64
    query: torch.Tensor   # [B] int64, one of the row's keys
    target: torch.Tensor  # [B] int64, the position of the matching pair
    answer: torch.Tensor  # [B] int64, the value to output


def make_batch(task: Task, size: int, gen: torch.Generator) -> Batch:
    """`size` examples drawn from `gen` alone, so the same generator state gives the same batch."""
    keys = torch.argsort(torch.rand(size, task.n_keys, generator=gen), dim=1)[:, :task.n_pairs]
    values = torch.randint(task.n_values, (size, task.n_pairs), generator=gen)
    target = torch.randint(task.n_pairs, (size,), generator=gen)
    pick = target[:, None]
    return Batch(keys, values, keys.gather(1, pick)[:, 0], target, values.gather(1, pick)[:, 0])
