"""The scaling chapter's experiment: the same one-head attention model trained twice, once with
the scores divided by √d_k and once without, from the same initial weights, on the same batches
in the same order, with the same optimiser. Writes src/course/scaling/experiment.json.

    /usr/bin/python3 training/train_scaling.py [--seeds 1,2,3] [--steps 2000]

Why associative recall (scaling_task.py): the model must put its attention on the one position of
n = 32 whose key matches the query and read that position's value. Everything depends on how the
softmax distributes its weight among the positions, which is what the factor 1/√d_k changes.
One layer, one head, no residual path, nothing else that could answer instead of attention.

Why d_model = d_k = 64 and this initialisation: the argument of Vaswani et al. (2017), "Attention
Is All You Need", assumes that the components of q and k are independent with mean 0 and variance
1, so that q·k has variance d_k. Here every position is the sum of two embeddings ~ N(0, 1/2)
(variance 1 per component) and W_Q, W_K, W_V ~ N(0, 1/d_model), so the components of q and k have
variance about 1 at initialisation, and the raw scores q·k have a standard deviation of about
√64 = 8: enough to put most of the weight of a softmax over 32 raw scores on one position before
any training. The measured figures (per seed and variant) are written under `init`.
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
from scaling_task import Batch, Task, make_batch  # noqa: E402

OUT = ROOT / 'src' / 'course' / 'scaling' / 'experiment.json'
TASK = Task()
D_MODEL = D_K = 64
BATCH = 64
LR = 1e-3
STEPS = 2000
EVERY = 25              # one curve point every EVERY steps, plus step 0
HELD_OUT = 2000         # examples, the same for every run
HELD_OUT_SEED = 1000    # a generator no training run uses (training runs use their seed)
VARIANTS = {'scaled': True, 'unscaled': False}


class RecallAttention(nn.Module):
    """One attention head read out at the query: softmax(q·k_i · scale) over the n pairs, the
    weighted sum of their values, then a linear map to the value vocabulary."""

    def __init__(self, task: Task, d_model: int, d_k: int):
        super().__init__()
        half = math.sqrt(0.5)  # two embeddings summed per position: variance 1/2 + 1/2
        self.key_embed = nn.Embedding(task.n_keys, d_model)
        self.value_embed = nn.Embedding(task.n_values, d_model)
        nn.init.normal_(self.key_embed.weight, std=half)
        nn.init.normal_(self.value_embed.weight, std=half)
        self.query_marker = nn.Parameter(torch.randn(d_model) * half)  # what tells the query position from a pair
        self.W_Q = nn.Parameter(torch.randn(d_model, d_k) / math.sqrt(d_model))
        self.W_K = nn.Parameter(torch.randn(d_model, d_k) / math.sqrt(d_model))
        self.W_V = nn.Parameter(torch.randn(d_model, d_k) / math.sqrt(d_model))
        self.out = nn.Linear(d_k, task.n_values)
        self.scale = 1.0  # set per variant: 1/√d_k or 1

    def forward(self, b: Batch):
        pairs = self.key_embed(b.keys) + self.value_embed(b.values)  # [B, n, d_model]
        query = self.key_embed(b.query) + self.query_marker           # [B, d_model]
        q, k, v = query @ self.W_Q, pairs @ self.W_K, pairs @ self.W_V
        dots = torch.einsum('bd,bnd->bn', q, k)                       # raw q·k
        weights = torch.softmax(dots * self.scale, dim=-1)
        logits = self.out(torch.einsum('bn,bnd->bd', weights, v))
        return logits, weights, dots, q, k


def entropy(weights: torch.Tensor) -> torch.Tensor:
    return -(weights * torch.log(weights.clamp_min(1e-30))).sum(-1)


def jacobian_norm(weights: torch.Tensor) -> torch.Tensor:
    """Frobenius norm of the softmax's Jacobian diag(p) − p pᵀ per row, in closed form:
    ‖J‖² = Σp² − 2Σp³ + (Σp²)². About 1/√n for a uniform row, 0 for a one-hot row."""
    p2, p3 = (weights ** 2).sum(-1), (weights ** 3).sum(-1)
    return (p2 - 2 * p3 + p2 ** 2).clamp_min(0).sqrt()


def init_statistics(model: RecallAttention, held_out: Batch, first_batch: Batch) -> dict:
    """The spread of the scores before any training, on the held-out examples, and the gradient
    that the first training batch sends to W_Q and W_K."""
    with torch.no_grad():
        _, w, dots, q, k = model(held_out)
        jac = jacobian_norm(w)
        stats = {
            'qComponentVariance': q.var().item(), 'kComponentVariance': k.var().item(),
            'dotVariance': dots.var().item(),                    # raw q·k, the same for both variants
            'scoreVariance': (dots * model.scale).var().item(),  # what enters the softmax
            'meanMaxWeight': w.max(-1).values.mean().item(),
            'meanTargetWeight': w.gather(1, held_out.target[:, None]).mean().item(),
            'meanEntropy': entropy(w).mean().item(),
            'meanJacobianNorm': jac.mean().item(),                      # ∂weights/∂(softmax input)
            'meanJacobianNormPerDot': (jac * model.scale).mean().item(),  # ∂weights/∂(q·k)
        }
    model.zero_grad()
    logits, *_ = model(first_batch)
    F.cross_entropy(logits, first_batch.answer).backward()
    stats['gradNormWQ'] = model.W_Q.grad.norm().item()
    stats['gradNormWK'] = model.W_K.grad.norm().item()
    model.zero_grad()
    return stats


def evaluate(model: RecallAttention, held_out: Batch) -> dict:
    with torch.no_grad():
        logits, w, *_ = model(held_out)
        return {
            'heldOutLoss': F.cross_entropy(logits, held_out.answer).item(),
            'accuracy': (logits.argmax(-1) == held_out.answer).float().mean().item(),
            'targetWeight': w.gather(1, held_out.target[:, None]).mean().item(),
            'entropy': entropy(w).mean().item(),
        }


def train(model: RecallAttention, seed: int, steps: int, held_out: Batch) -> dict:
    """Adam on batches drawn from a generator seeded with `seed`: both variants of a seed see the
    same batches in the same order. Curve point at step s: held-out figures after s updates, and
    `loss`, the mean training loss of the batches since the previous point (at step 0: the first
    batch, before any update)."""
    gen = torch.Generator().manual_seed(seed)
    opt = torch.optim.Adam(model.parameters(), lr=LR)
    curve: dict[str, list] = {'loss': [], 'heldOutLoss': [], 'accuracy': [], 'targetWeight': [], 'entropy': []}
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
    ap.add_argument('--out', default=str(OUT))
    args = ap.parse_args()
    seeds = [int(s) for s in args.seeds.split(',')]
    t0 = time.time()
    held_out = make_batch(TASK, HELD_OUT, torch.Generator().manual_seed(HELD_OUT_SEED))
    steps = list(range(0, args.steps + 1, EVERY))
    runs: dict[str, list] = {name: [] for name in VARIANTS}
    for seed in seeds:
        set_determinism(seed)
        initial = RecallAttention(TASK, D_MODEL, D_K)  # one set of initial weights for both variants
        first_batch = make_batch(TASK, BATCH, torch.Generator().manual_seed(seed))
        for name, scaled in VARIANTS.items():
            model = copy.deepcopy(initial)
            model.scale = 1 / math.sqrt(D_K) if scaled else 1.0
            t1 = time.time()
            init = init_statistics(model, held_out, first_batch)
            curve = train(model, seed, args.steps, held_out)
            acc = curve['accuracy']
            runs[name].append({
                'seed': seed, 'init': init, 'curve': curve,
                'final': {'accuracy': acc[-1], 'heldOutLoss': curve['heldOutLoss'][-1], 'targetWeight': curve['targetWeight'][-1],
                          'firstStepAt50': first_step_at(steps, acc, 0.5), 'firstStepAt90': first_step_at(steps, acc, 0.9),
                          'firstStepAt99': first_step_at(steps, acc, 0.99)},
            })
            print(f'seed {seed} {name:8s}: init score var {init["scoreVariance"]:.3g}, max weight {init["meanMaxWeight"]:.3f}; '
                  + ' '.join(f'{s}:{a:.2f}' for s, a in zip(steps, acc) if s % (10 * EVERY) == 0)
                  + f'  ({time.time() - t1:.1f} s)', flush=True)
    result = {
        'command': '/usr/bin/python3 training/train_scaling.py'
                   + (f' --seeds {args.seeds}' if args.seeds != '1,2,3' else '') + (f' --steps {args.steps}' if args.steps != STEPS else ''),
        'settings': {
            'task': 'associative recall: n (key, value) pairs with distinct keys, each pair packed into one position '
                    '(key embedding + value embedding), then a query key; answer: the value paired with it',
            'nPairs': TASK.n_pairs, 'keyVocab': TASK.n_keys, 'valueVocab': TASK.n_values,
            'logN': math.log(TASK.n_pairs), 'chanceAccuracy': 1 / TASK.n_values,
            'dModel': D_MODEL, 'dK': D_K, 'dV': D_K, 'heads': 1, 'layers': 1,
            'model': 'weights = softmax(q·k_i × scale) over the n pairs, q = (key embedding of the query + query marker) W_Q, '
                     'k_i = x_i W_K, v_i = x_i W_V; logits = (Σ weights_i v_i) W_out + b; no residual, no LayerNorm, no positions',
            'variants': {'scaled': 'scale = 1/√d_k', 'unscaled': 'scale = 1'},
            'init': 'key, value embeddings and query marker ~ N(0, 1/2) (so each position has variance 1 per component); '
                    'W_Q, W_K, W_V ~ N(0, 1/d_model); W_out: PyTorch Linear default; the same initial weights for both variants',
            'optimizer': 'Adam (PyTorch defaults), constant learning rate, no clipping', 'lr': LR,
            'steps': args.steps, 'batch': BATCH, 'evalEvery': EVERY, 'heldOutExamples': HELD_OUT, 'heldOutSeed': HELD_OUT_SEED,
            'seeds': seeds,
            'data': 'training batches drawn from a generator seeded with the run’s seed: both variants of a seed see the same batches '
                    'in the same order; the held-out examples come from their own generator and are the same for every run',
            'curveFields': {
                'loss': 'mean training cross-entropy of the batches since the previous point (at step 0: the first batch, before any update)',
                'heldOutLoss': 'cross-entropy on the held-out examples', 'accuracy': 'fraction of held-out examples answered right',
                'targetWeight': 'mean attention weight on the matching pair (held out)', 'entropy': 'mean entropy of the attention row, nats (held out)',
            },
        },
        'steps': steps,
        'runs': runs,
    }
    write_json(Path(args.out), round_floats(result))
    print(f'done in {time.time() - t0:.1f} s')


if __name__ == '__main__':
    main()
