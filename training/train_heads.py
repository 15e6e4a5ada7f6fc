"""The multi-head chapter's experiment: the same one-layer attention model with H = 1, 2, 4 and 8
heads at the same d_model (so d_k = d_model / H and the same 4·d_model² projection parameters),
from the same initial weights, on the same batches in the same order, with the same optimiser.
Writes src/course/multi-head/experiment.json.

    /usr/bin/python3 training/train_heads.py [--seeds 1,2,3] [--steps 2400] [--heads 1,2,4,8]

The question: Vaswani et al. (2017), "Attention Is All You Need", motivate several heads by
saying that they let the model jointly attend to information from different representation
subspaces at different positions, which a single head inhibits by averaging. So the task
(heads_task.py) needs two positions at once, found by two different relations: n (key, value)
pairs and a query naming two keys; the answer is the ordered pair of their values. One row of
one head's softmax can put weight on both positions, but then it returns a weighted average of
their two values, in which the two must still be told apart; two heads can each fetch one.

Why the model is built like this:
- One attention layer, read out at the query only: nothing can do the two lookups in sequence,
  and the only route from the pairs to the answer is that layer.
- W_Q, W_K, W_V, W_O are d_model × d_model whatever H is; head h uses columns h·d_k … (h+1)·d_k
  of W_Q, W_K, W_V, scores q·k/√d_k, and the heads' outputs are concatenated and multiplied by
  W_O. So every variant of a seed starts from the very same numbers: only the split differs.
- The query is first-slot embedding(first key) + second-slot embedding(second key): two tables,
  so the order of the two keys is visible. The answer is read by a small MLP from the query plus
  the attention output (a residual path), so that decoding a pair of values is not the limit.
"""
from __future__ import annotations

import argparse
import copy
import math
import sys
import time
from pathlib import Path

sys.dont_write_bytecode = True
import common  # noqa: E402,F401  (sets the BLAS thread count before torch loads)
import torch  # noqa: E402
from torch import nn  # noqa: E402
from torch.nn import functional as F  # noqa: E402

from common import ROOT, first_step_at, round_floats, set_determinism, write_json  # noqa: E402
from heads_task import Batch, Task, make_batch, one_lookup_oracle  # noqa: E402

OUT = ROOT / 'src' / 'course' / 'multi-head' / 'experiment.json'
TASK = Task()
D_MODEL = 32
D_HIDDEN = 128          # the readout MLP
HEADS = (1, 2, 4, 8)
BATCH = 64
LR = 1e-3
STEPS = 2400
EVERY = 40              # one curve point every EVERY steps, plus step 0
HELD_OUT = 2000         # examples, the same for every run
HELD_OUT_SEED = 1000    # a generator no training run uses (training runs use their seed)
ORACLE_EXAMPLES = 200_000
ORACLE_SEED = 2000


class TwoKeyAttention(nn.Module):
    """Multi-head attention from the query to the n pairs, then an MLP readout of the ordered pair."""

    def __init__(self, task: Task, d_model: int, d_hidden: int):
        super().__init__()
        half = math.sqrt(0.5)  # two embeddings summed per position: variance 1/2 + 1/2
        self.key_embed = nn.Embedding(task.n_keys, d_model)
        self.value_embed = nn.Embedding(task.n_values, d_model)
        self.first_embed = nn.Embedding(task.n_keys, d_model)   # the query's first slot
        self.second_embed = nn.Embedding(task.n_keys, d_model)  # the query's second slot
        for e in (self.key_embed, self.value_embed, self.first_embed, self.second_embed):
            nn.init.normal_(e.weight, std=half)
        self.W_Q, self.W_K, self.W_V, self.W_O = (nn.Parameter(torch.randn(d_model, d_model) / math.sqrt(d_model)) for _ in range(4))
        self.mlp = nn.Sequential(nn.Linear(d_model, d_hidden), nn.ReLU(), nn.Linear(d_hidden, task.n_values ** 2))
        self.heads = 1  # set per variant

    def attend(self, b: Batch):
        """Per-head attention weights [B, H, n] and per-head outputs [B, H, d_k]."""
        B, n = b.keys.shape
        H = self.heads
        d_k = self.W_Q.shape[1] // H
        pairs = self.key_embed(b.keys) + self.value_embed(b.values)          # [B, n, d_model]
        query = self.first_embed(b.first) + self.second_embed(b.second)      # [B, d_model]
        q = (query @ self.W_Q).view(B, H, d_k)
        k = (pairs @ self.W_K).view(B, n, H, d_k)
        v = (pairs @ self.W_V).view(B, n, H, d_k)
        weights = torch.softmax(torch.einsum('bhd,bnhd->bhn', q, k) / math.sqrt(d_k), dim=-1)
        return query, weights, torch.einsum('bhn,bnhd->bhd', weights, v)

    def forward(self, b: Batch, keep: torch.Tensor | None = None):
        """`keep` [H] of 0/1 zeroes heads' outputs (the ablation of the head analysis)."""
        query, weights, heads_out = self.attend(b)
        if keep is not None:
            heads_out = heads_out * keep[None, :, None]
        mixed = heads_out.reshape(heads_out.shape[0], -1) @ self.W_O
        return self.mlp(query + mixed), weights


def part_accuracies(logits: torch.Tensor, answer: torch.Tensor) -> tuple[float, float, float]:
    """Whole answer, first value, second value (from the one predicted class)."""
    pred, V = logits.argmax(-1), TASK.n_values
    return ((pred == answer).double().mean().item(), (pred // V == answer // V).double().mean().item(),
            (pred % V == answer % V).double().mean().item())


def picked(weights: torch.Tensor, at: torch.Tensor) -> torch.Tensor:
    """Each head's weight on one position per example: [B, H]."""
    return weights.gather(2, at[:, None, None].expand(-1, weights.shape[1], 1))[:, :, 0]


def evaluate(model: TwoKeyAttention, held_out: Batch) -> dict:
    with torch.no_grad():
        logits, w = model(held_out)
        acc, acc1, acc2 = part_accuracies(logits, held_out.answer)
        return {'heldOutLoss': F.cross_entropy(logits, held_out.answer).item(),
                'accuracy': acc, 'accuracyFirst': acc1, 'accuracySecond': acc2}


def head_analysis(model: TwoKeyAttention, held_out: Batch) -> list[dict]:
    """Per head at the end: mean weight on the first key's pair and on the second key's, and the
    accuracies with that head's output zeroed (the others kept)."""
    with torch.no_grad():
        _, w = model(held_out)
        on1, on2 = picked(w, held_out.at_first).mean(0), picked(w, held_out.at_second).mean(0)
        out = []
        for h in range(model.heads):
            keep = torch.ones(model.heads)
            keep[h] = 0
            acc, acc1, acc2 = part_accuracies(model(held_out, keep)[0], held_out.answer)
            out.append({'head': h, 'weightOnFirst': on1[h].item(), 'weightOnSecond': on2[h].item(),
                        'ablated': {'accuracy': acc, 'accuracyFirst': acc1, 'accuracySecond': acc2}})
        return out


def train(model: TwoKeyAttention, seed: int, steps: int, held_out: Batch) -> dict:
    """Adam on batches drawn from a generator seeded with `seed`: every H of a seed sees the same
    batches in the same order. Curve point at step s: held-out figures after s updates, and
    `loss`, the mean training loss of the batches since the previous point (at step 0: the first
    batch, before any update)."""
    gen = torch.Generator().manual_seed(seed)
    opt = torch.optim.Adam(model.parameters(), lr=LR)
    curve: dict[str, list] = {'loss': [], 'heldOutLoss': [], 'accuracy': [], 'accuracyFirst': [], 'accuracySecond': []}
    running, count = 0.0, 0
    for step in range(steps + 1):
        if step % EVERY == 0:
            if step == 0:  # the first batch's loss before any update, without drawing from `gen`
                first = make_batch(TASK, BATCH, torch.Generator().manual_seed(seed))
                with torch.no_grad():
                    running, count = F.cross_entropy(model(first)[0], first.answer).item(), 1
            curve['loss'].append(running / count)
            for name, value in evaluate(model, held_out).items():
                curve[name].append(value)
            running, count = 0.0, 0
        if step == steps:
            break
        b = make_batch(TASK, BATCH, gen)
        loss = F.cross_entropy(model(b)[0], b.answer)
        opt.zero_grad()
        loss.backward()
        opt.step()
        running, count = running + loss.item(), count + 1
    return curve


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument('--seeds', default='1,2,3')
    ap.add_argument('--steps', type=int, default=STEPS)
    ap.add_argument('--heads', default=','.join(map(str, HEADS)))
    ap.add_argument('--out', default=str(OUT))
    args = ap.parse_args()
    seeds = [int(s) for s in args.seeds.split(',')]
    heads = [int(h) for h in args.heads.split(',')]
    assert all(D_MODEL % h == 0 for h in heads), 'd_model must split evenly into the heads'
    t0 = time.time()
    held_out = make_batch(TASK, HELD_OUT, torch.Generator().manual_seed(HELD_OUT_SEED))
    oracle = one_lookup_oracle(TASK, make_batch(TASK, ORACLE_EXAMPLES, torch.Generator().manual_seed(ORACLE_SEED)), held_out)
    print('one-lookup oracle: ' + ', '.join(f'{k} {v:.3f}' for k, v in oracle.items()), flush=True)
    steps = list(range(0, args.steps + 1, EVERY))
    runs: dict[str, list] = {str(h): [] for h in heads}
    for seed in seeds:
        set_determinism(seed)
        initial = TwoKeyAttention(TASK, D_MODEL, D_HIDDEN)  # one set of initial weights for every H
        for h in heads:
            model = copy.deepcopy(initial)
            model.heads = h
            t1 = time.time()
            curve = train(model, seed, args.steps, held_out)
            acc = curve['accuracy']
            runs[str(h)].append({
                'seed': seed, 'curve': curve,
                'final': {'accuracy': acc[-1], 'accuracyFirst': curve['accuracyFirst'][-1], 'accuracySecond': curve['accuracySecond'][-1],
                          'heldOutLoss': curve['heldOutLoss'][-1],
                          'firstStepAt50': first_step_at(steps, acc, 0.5), 'firstStepAt90': first_step_at(steps, acc, 0.9),
                          'firstStepAt99': first_step_at(steps, acc, 0.99)},
                'heads': head_analysis(model, held_out),
            })
            print(f'seed {seed} H={h}: ' + ' '.join(f'{s}:{a:.2f}' for s, a in zip(steps, acc) if s % (10 * EVERY) == 0)
                  + ' | ' + ' '.join(f'h{x["head"]} {x["weightOnFirst"]:.2f}/{x["weightOnSecond"]:.2f}' for x in runs[str(h)][-1]['heads'])
                  + f'  ({time.time() - t1:.1f} s)', flush=True)
    n_proj = 4 * D_MODEL * D_MODEL
    result = {
        'command': '/usr/bin/python3 training/train_heads.py'
                   + (f' --seeds {args.seeds}' if args.seeds != '1,2,3' else '') + (f' --steps {args.steps}' if args.steps != STEPS else '')
                   + (f' --heads {args.heads}' if heads != list(HEADS) else ''),
        'settings': {
            'task': 'two-key lookup: n (key, value) pairs with distinct keys, each pair packed into one position '
                    '(key embedding + value embedding), then a query naming two of the keys in order; '
                    'answer: the ordered pair (value at the first key, value at the second key), one class of valueVocab²',
            'nPairs': TASK.n_pairs, 'keyVocab': TASK.n_keys, 'valueVocab': TASK.n_values, 'answerClasses': TASK.n_values ** 2,
            'chanceAccuracy': 1 / TASK.n_values ** 2, 'chancePartAccuracy': 1 / TASK.n_values,
            'oneLookupOracle': oracle,
            'oracle': f'the best answer for each (first key, second key, value at ONE of the two positions), counted on '
                      f'{ORACLE_EXAMPLES} training examples (seed {ORACLE_SEED}), scored on the held-out examples: '
                      'a reader that retrieves one value gets the other at chance',
            'dModel': D_MODEL, 'heads': heads, 'dK': {str(h): D_MODEL // h for h in heads}, 'layers': 1,
            'projectionParameters': n_proj, 'dHidden': D_HIDDEN,
            'parameters': sum(p.numel() for p in TwoKeyAttention(TASK, D_MODEL, D_HIDDEN).parameters()),
            'model': 'query x = first-slot embedding(first key) + second-slot embedding(second key); pairs p_i = key embedding + value embedding; '
                     'head h: q = x W_Q[:, h], k_i = p_i W_K[:, h], v_i = p_i W_V[:, h] (column block h of width d_k = d_model / H), '
                     'weights = softmax(q·k_i / √d_k) over the n pairs; o = concat_h(Σ weights_i v_i) W_O; logits = MLP(x + o), '
                     'MLP = Linear(d_model, dHidden), ReLU, Linear(dHidden, answerClasses); no LayerNorm, no positions',
            'init': 'embeddings ~ N(0, 1/2); W_Q, W_K, W_V, W_O ~ N(0, 1/d_model); MLP: PyTorch Linear default; '
                    'per seed, the same initial weights for every H',
            'optimizer': 'Adam (PyTorch defaults), constant learning rate, no clipping', 'lr': LR,
            'steps': args.steps, 'batch': BATCH, 'evalEvery': EVERY, 'heldOutExamples': HELD_OUT, 'heldOutSeed': HELD_OUT_SEED,
            'seeds': seeds,
            'data': 'training batches drawn from a generator seeded with the run’s seed: every H of a seed sees the same batches '
                    'in the same order; the held-out examples come from their own generator and are the same for every run',
            'curveFields': {
                'loss': 'mean training cross-entropy of the batches since the previous point (at step 0: the first batch, before any update)',
                'heldOutLoss': 'cross-entropy on the held-out examples',
                'accuracy': 'fraction of held-out examples whose ordered pair is right',
                'accuracyFirst': 'fraction whose predicted pair has the right first value',
                'accuracySecond': 'fraction whose predicted pair has the right second value',
            },
            'headFields': {
                'weightOnFirst': 'the head’s mean attention weight on the first key’s pair at the end (held out)',
                'weightOnSecond': 'the same on the second key’s pair',
                'ablated': 'held-out accuracies at the end with this head’s output set to zero, the other heads kept',
            },
        },
        'steps': steps,
        'runs': runs,
    }
    write_json(Path(args.out), round_floats(result))
    print(f'done in {time.time() - t0:.1f} s')


if __name__ == '__main__':
    main()
