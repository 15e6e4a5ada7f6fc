"""Trains a plain RNN, a GRU and a small attention model on the delay and load tasks
(recurrence_tasks.py), measures accuracy per delay and per load, and writes
public/models/rnn.onnx, gru.onnx, attention.onnx and recurrence-curves.json.

    /usr/bin/python3 training/train_recurrence.py [--seed 1] [--steps N] [--only rnn,gru]

Every model sees the same training examples (a mix of both tasks), the same optimiser and the
same number of steps; only the architecture differs.
"""
from __future__ import annotations

import argparse
import math
import sys
import time

sys.dont_write_bytecode = True
import common  # noqa: E402,F401  (sets the BLAS thread count before torch loads)
import torch  # noqa: E402
from torch import nn  # noqa: E402
from torch.nn import functional as F  # noqa: E402

import recurrence_tasks as tasks  # noqa: E402
from common import MODELS, export_onnx, set_determinism, write_json  # noqa: E402
from coref_model import sinusoidal_positions  # noqa: E402

V, K = len(tasks.VOCAB), len(tasks.SYMBOLS)


class RNN(nn.Module):
    """h_t = tanh(x_t W_xh + h_{t−1} W_hh + b): no gates. Exported as ONNX's RNN operator."""

    def __init__(self, d_emb: int = 16, d_h: int = 32):
        super().__init__()
        self.embed = nn.Embedding(V, d_emb)
        self.rnn = nn.RNN(d_emb, d_h, batch_first=True, nonlinearity='tanh')
        self.out = nn.Linear(d_h, K)

    def forward(self, tokens):
        return self.body(self.embed(tokens))

    def body(self, x):
        states, _ = self.rnn(x)  # [B, T, d_h]
        return self.out(states[:, -1]), states


class GRU(nn.Module):
    """Gated recurrence (Cho et al. 2014); its whole memory is one state vector of d_h numbers. Exported as ONNX's GRU operator."""

    def __init__(self, d_emb: int = 16, d_h: int = 32):
        super().__init__()
        self.embed = nn.Embedding(V, d_emb)
        self.gru = nn.GRU(d_emb, d_h, batch_first=True)
        self.out = nn.Linear(d_h, K)

    def forward(self, tokens):
        return self.body(self.embed(tokens))

    def body(self, x):
        states, _ = self.gru(x)  # [B, T, d_h]
        return self.out(states[:, -1]), states


class Attention(nn.Module):
    """A pre-LN Transformer encoder (as the coreference model) read out at the last position."""

    def __init__(self, d_model: int = 32, n_heads: int = 2, n_layers: int = 2, d_ff: int = 64, max_len: int = 64):
        super().__init__()
        from coref_model import Block
        self.embed = nn.Embedding(V, d_model)
        self.register_buffer('pe', sinusoidal_positions(max_len, d_model))
        self.layers = nn.ModuleList(Block(d_model, n_heads, d_ff) for _ in range(n_layers))
        self.ln_f = nn.LayerNorm(d_model)
        self.out = nn.Linear(d_model, K)

    def forward(self, tokens):
        return self.body(self.embed(tokens))

    def body(self, x):
        x = x + self.pe[:x.shape[1]]
        attn = []
        for block in self.layers:
            x, t = block(x, None, None)
            attn.append(t['attn'])
        return self.out(self.ln_f(x)[:, -1]), attn


def batch(task: str, level: int, n: int, g: torch.Generator) -> tuple[torch.Tensor, torch.Tensor]:
    """Training examples, built as recurrence_tasks builds them but drawn from torch's generator."""
    if task == 'delay':
        target = torch.randint(0, K, (n,), generator=g)
        dist = tasks.DISTRACTOR_BASE + torch.randint(0, len(tasks.DISTRACTORS), (n, level), generator=g)
        tokens = torch.cat([target[:, None], dist, torch.full((n, 1), tasks.QUERY_ID)], 1)
        return tokens, target
    items = torch.randint(0, K, (n, level), generator=g)
    i = torch.randint(0, level, (n,), generator=g)
    tokens = torch.cat([items, (tasks.INDEX_BASE + i)[:, None]], 1)
    return tokens, items[torch.arange(n), i]


def train(model: nn.Module, steps: int, seed: int, lr: float, batch_size: int = 128, log=print) -> None:
    g = torch.Generator().manual_seed(seed)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / 100) * 0.5 * (1 + math.cos(math.pi * s / steps)))
    for step in range(steps):
        task = 'delay' if step % 2 == 0 else 'load'
        lo, hi = tasks.TRAIN_DELAYS if task == 'delay' else tasks.TRAIN_LOADS
        level = int(torch.randint(lo, hi + 1, (1,), generator=g))
        tokens, target = batch(task, level, batch_size, g)
        logits, _ = model(tokens)
        loss = F.cross_entropy(logits, target)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        if step % 1000 == 0 or step == steps - 1:
            log(f'    step {step:5d}  loss {loss.item():.4f}')


def gradient_to_first(model: nn.Module) -> list[float]:
    """For each delay: the mean over the evaluation examples of ‖∂ logit_answer / ∂ x₀‖, the gradient
    that reaches the remembered token's embedding: what training has to learn from."""
    model.eval()
    out = []
    for level in tasks.EVAL_DELAYS:
        xs, ys = tasks.eval_set('delay', level)
        e = model.embed(torch.tensor(xs)).detach().requires_grad_(True)
        logits, _ = model.body(e)
        logits[torch.arange(len(ys)), torch.tensor(ys)].sum().backward()
        out.append(float(f'{e.grad[:, 0].norm(dim=-1).mean().item():.4g}'))
    return out


@torch.no_grad()
def curves(model: nn.Module) -> tuple[dict, float]:
    """Accuracy per level on the fixed evaluation examples, and the smallest gap between the two
    largest logits (how far any prediction is from a tie: ONNX Runtime must reproduce every one)."""
    model.eval()
    out, closest = {}, math.inf
    for task, levels in (('delay', tasks.EVAL_DELAYS), ('load', tasks.EVAL_LOADS)):
        correct = []
        for level in levels:
            xs, ys = tasks.eval_set(task, level)
            logits, _ = model(torch.tensor(xs))
            top2 = logits.double().topk(2, -1).values
            closest = min(closest, (top2[:, 0] - top2[:, 1]).min().item())
            correct.append(int((logits.argmax(-1) == torch.tensor(ys)).sum()))
        out[task] = correct
    return out, closest


FROM_SCRATCH = {'delays': [5, 10, 20, 30, 40], 'steps': 800, 'batchSize': 64}


def learned_from_scratch(name: str, make, lr: float, seed: int) -> list[int]:
    """Vanishing gradients are about learning: a fresh model trained on one delay only, with no
    shorter delays to learn from first. Correct answers (of EVAL_EXAMPLES) at that delay."""
    out = []
    for d in FROM_SCRATCH['delays']:
        set_determinism(seed)
        model = make()
        g = torch.Generator().manual_seed(seed)
        opt = torch.optim.Adam(model.parameters(), lr=lr)
        for _ in range(FROM_SCRATCH['steps']):
            tokens, target = batch('delay', d, FROM_SCRATCH['batchSize'], g)
            loss = F.cross_entropy(model(tokens)[0], target)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
        model.eval()
        xs, ys = tasks.eval_set('delay', d)
        with torch.no_grad():
            out.append(int((model(torch.tensor(xs))[0].argmax(-1) == torch.tensor(ys)).sum()))
    print(f'  learned from scratch, one delay each: ' + ' '.join(f'{d}:{c / tasks.EVAL_EXAMPLES:.2f}' for d, c in zip(FROM_SCRATCH['delays'], out)))
    return out


def export(name: str, model: nn.Module, kind: str) -> None:
    model.eval()

    class Wrapper(nn.Module):
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, tokens):
            logits, extra = self.m(tokens)
            return (logits, extra) if kind != 'attention' else (logits, *extra)

    outputs = ['logits', 'states'] if kind != 'attention' else ['logits'] + [f'attn{l}' for l in range(len(model.layers))]
    dynamic = {'tokens': {0: 'N', 1: 'T'}, 'logits': {0: 'N'}}
    for o in outputs[1:]:
        dynamic[o] = {0: 'N', 1: 'T'} if o == 'states' else {0: 'N', 2: 'T', 3: 'T'}
    shapes = {'logits': ['N', K]}
    if kind == 'attention':
        shapes.update({o: ['N', model.layers[0].n_heads, 'T', 'T'] for o in outputs[1:]})
    else:
        shapes['states'] = ['N', 'T', model.out.in_features]
    export_onnx(Wrapper(model), (torch.zeros(2, 5, dtype=torch.long),), MODELS / f'{name}.onnx', ['tokens'], outputs, dynamic, shapes)


WIDTH = 32  # the RNN's and the GRU's state size, and the attention model's d_model
SPECS = {
    # name: (constructor, learning rate, steps, description)
    'rnn': (lambda: RNN(d_h=WIDTH), 3e-3, 8000, f'plain (Elman) RNN, tanh, no gates, state of {WIDTH} numbers'),
    'gru': (lambda: GRU(d_h=WIDTH), 3e-3, 8000, f'GRU (ONNX GRU operator, linear_before_reset = 1), state of {WIDTH} numbers'),
    'attention': (lambda: Attention(d_model=WIDTH), 3e-3, 4000,
                  'pre-LN Transformer encoder, 2 layers × 2 heads, d_model 32, sinusoidal positions, read out at the last position'),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--steps', type=int, default=0, help='override every model’s number of steps')
    ap.add_argument('--only', default='')
    args = ap.parse_args()
    t0 = time.time()
    result = {'definition': tasks.definition(), 'models': {}}
    for name, (make, lr, steps, description) in SPECS.items():
        steps = args.steps or steps
        if args.only and name not in args.only.split(','):
            continue
        set_determinism(args.seed)
        model = make()
        n_params = sum(p.numel() for p in model.parameters())
        print(f'{name}: {n_params} parameters')
        t1 = time.time()
        train(model, steps, args.seed, lr)
        seconds = time.time() - t1
        correct, closest = curves(model)
        gradient = gradient_to_first(model)
        n = tasks.EVAL_EXAMPLES
        print(f'  trained in {seconds:.1f} s; closest call {closest:.2e}')
        for task, levels in (('delay', tasks.EVAL_DELAYS), ('load', tasks.EVAL_LOADS)):
            print(f'  {task}: ' + ' '.join(f'{lv}:{c / n:.2f}' for lv, c in zip(levels, correct[task])))
        print('  gradient to the first token: ' + ' '.join(f'{lv}:{g:.2g}' for lv, g in zip(tasks.EVAL_DELAYS, gradient) if lv % 5 == 0))
        export(name, model, name)
        t2 = time.time()
        scratch = learned_from_scratch(name, make, lr, args.seed)
        print(f'  ({time.time() - t2:.1f} s)')
        result['models'][name] = {
            'file': f'{name}.onnx', 'description': description, 'parameters': n_params, 'width': WIDTH, 'steps': steps,
            'trainingSeconds': round(seconds, 1), 'correct': correct, 'gradientToFirst': gradient, 'learnedFromScratch': scratch, 'closestCall': float(f'{closest:.3g}'),
        }
    result['levels'] = {'delay': tasks.EVAL_DELAYS, 'load': tasks.EVAL_LOADS}
    result['fromScratch'] = {**FROM_SCRATCH, 'note': 'a fresh model per delay, trained on that delay only (no shorter delays first) and '
                             'measured on the evaluation examples of that delay; these models are not shipped, so only training/ can reproduce the figures'}
    result['training'] = {'seed': args.seed, 'batchSize': 128, 'optimizer': 'Adam, cosine schedule, gradient clipping 1.0',
                          'mix': 'even steps: a delay batch, odd steps: a load batch, the level uniform over the trained range'}
    if not args.only:
        write_json(MODELS / 'recurrence-curves.json', result)
    print(f'done in {time.time() - t0:.1f} s')


if __name__ == '__main__':
    main()
