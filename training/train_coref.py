"""Trains the coreference encoder, measures it, and writes every artefact of public/models/coref.*.

    /usr/bin/python3 training/train_coref.py [--seed 1] [--steps 3000]

Writes public/models/coref.onnx, coref.vocab.json, coref.json, coref.weights.bin, coref.md,
coref.full.bin and coref.full.json (every weight, read back from coref.onnx by export_full_weights.py)
and the committed held-out sentences tests/fixtures/model/coref-heldout.json.
"""
from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

sys.dont_write_bytecode = True
import common  # noqa: E402,F401  (sets the BLAS thread count before torch loads)
import torch  # noqa: E402

from coref_data import (  # noqa: E402
    LANGS, PAD, UNK, Example, build_vocab, flip_pair_examples, make_splits, slot_fillers, zh_word_list,
)
from coref_lexicon import ADJECTIVES, FAMILIES, HELD_OUT_COMBOS, HELD_OUT_NOUNS_PER_SLOT, PREFIXES, PRONOUNS  # noqa: E402
from coref_model import CorefEncoder, ExportWrapper, output_names  # noqa: E402
from common import FIXTURES, MODELS, OPSET, export_onnx, set_determinism, write_json  # noqa: E402

# The pointer's target: this much of the pronoun's attention on the right noun, the rest on the other one.
TARGET_RIGHT = 0.85
NOUN_DROPOUT = 0.2  # probability that a noun becomes <unk> in a training sentence
N_TRAIN, N_TEST = 40000, 600
SPLIT_NAMES = ['fresh', 'unseenNouns', 'unseenCombos']


# ─── Tensors ──────────────────────────────────────────────────────────────────────────────────

def encode(examples: list[Example], vocab: dict[str, int]) -> dict[str, torch.Tensor]:
    T = max(len(ex.tokens) for ex in examples)
    ids = torch.full((len(examples), T), vocab[PAD], dtype=torch.long)
    for i, ex in enumerate(examples):
        ids[i, :len(ex.tokens)] = torch.tensor([vocab.get(t, vocab[UNK]) for t in ex.tokens])
    return {
        'ids': ids,
        'pron': torch.tensor([ex.pronoun for ex in examples]),
        'nouns': torch.tensor([ex.nouns for ex in examples]),  # [N, 2]
        'adj': torch.tensor([ex.adjective_pos for ex in examples]),
        'answer': torch.tensor([ex.answer for ex in examples]),
    }


def pointer_rows(model: CorefEncoder, batch: dict[str, torch.Tensor], head_keep=None) -> tuple[torch.Tensor, list[dict]]:
    """The pointer head's attention row at each sentence's pronoun, [B, T], and the full trace."""
    ids = batch['ids']
    _, trace = model(ids, key_mask=ids != 0, head_keep=head_keep)
    attn = trace[model.pointer_layer]['attn'][:, model.pointer_head]  # [B, T, T]
    return attn[torch.arange(ids.shape[0]), batch['pron']], trace


# ─── Training ─────────────────────────────────────────────────────────────────────────────────

def train(model: CorefEncoder, data: dict[str, torch.Tensor], noun_ids_unk: int, steps: int, seed: int,
          batch_size: int = 64, lr: float = 3e-3, log=print) -> list[dict]:
    g = torch.Generator().manual_seed(seed)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    warmup = 100
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warmup) * 0.5 * (1 + math.cos(math.pi * min(s, steps) / steps)))
    N = data['ids'].shape[0]
    history = []
    for step in range(steps):
        idx = torch.randint(0, N, (batch_size,), generator=g)
        ids = data['ids'][idx].clone()
        nouns, pron, answer = data['nouns'][idx], data['pron'][idx], data['answer'][idx]
        rows = torch.arange(batch_size)
        # Noun → <unk> dropout, so that words never seen in training still have a meaning.
        drop = torch.rand(batch_size, 2, generator=g) < NOUN_DROPOUT
        for s in range(2):
            ids[rows[drop[:, s]], nouns[drop[:, s], s]] = noun_ids_unk
        T = int((ids != 0).sum(1).max())
        ids = ids[:, :T]
        _, trace = model(ids, key_mask=ids != 0)
        logp = model.pointer_scores(trace)[rows, pron].log_softmax(-1)  # [B, T]
        right = nouns[rows, answer]
        wrong = nouns[rows, 1 - answer]
        loss = -(TARGET_RIGHT * logp[rows, right] + (1 - TARGET_RIGHT) * logp[rows, wrong]).mean()
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        if step % 250 == 0 or step == steps - 1:
            with torch.no_grad():
                p = logp.exp()
                acc = (p[rows, right] > p[rows, wrong]).float().mean().item()
            history.append({'step': step, 'loss': round(loss.item(), 4), 'batchAccuracy': acc})
            log(f'  step {step:5d}  loss {loss.item():.4f}  batch accuracy {acc:.3f}')
    return history


# ─── Measuring ────────────────────────────────────────────────────────────────────────────────

@torch.no_grad()
def evaluate(model: CorefEncoder, batch: dict[str, torch.Tensor], head_keep=None) -> dict:
    row, _ = pointer_rows(model, batch, head_keep)
    n = row.shape[0]
    r = torch.arange(n)
    right = row[r, batch['nouns'][r, batch['answer']]]
    wrong = row[r, batch['nouns'][r, 1 - batch['answer']]]
    argmax_ok = row.argmax(-1) == batch['nouns'][r, batch['answer']]
    return {
        'n': n,
        'accuracy': (right > wrong).float().mean().item(),
        'rowArgmaxAccuracy': argmax_ok.float().mean().item(),
        'rightWeight': quantiles(right),
        'onNouns': quantiles(right + wrong),
    }


@torch.no_grad()
def breakdown(model: CorefEncoder, examples: list[Example], batch: dict[str, torch.Tensor], key) -> dict:
    """Accuracy per group of sentences (per language, per held-out combination)."""
    row, _ = pointer_rows(model, batch)
    r = torch.arange(row.shape[0])
    ok = row[r, batch['nouns'][r, batch['answer']]] > row[r, batch['nouns'][r, 1 - batch['answer']]]
    groups: dict[str, list[bool]] = {}
    for ex, good in zip(examples, ok.tolist()):
        groups.setdefault(key(ex), []).append(good)
    return {k: {'n': len(v), 'accuracy': round(sum(v) / len(v), 4)} for k, v in sorted(groups.items())}


def quantiles(t: torch.Tensor) -> dict:
    q = torch.quantile(t.double(), torch.tensor([0.05, 0.5, 0.95], dtype=torch.float64))
    return {'mean': round(t.mean().item(), 4), 'p05': round(q[0].item(), 4), 'median': round(q[1].item(), 4),
            'p95': round(q[2].item(), 4), 'min': round(t.min().item(), 4), 'max': round(t.max().item(), 4)}


@torch.no_grad()
def analyse_heads(model: CorefEncoder, batch: dict[str, torch.Tensor], splits: dict[str, dict]) -> list[dict]:
    """For every head: mean attention from the pronoun to the adjective, noun A, noun B and itself;
    and the accuracy on each test set with that head's output zeroed."""
    _, trace = model(batch['ids'], key_mask=batch['ids'] != 0)
    r = torch.arange(batch['ids'].shape[0])
    H, L = model.config['n_heads'], model.config['n_layers']
    out = []
    for l in range(L):
        for h in range(H):
            row = trace[l]['attn'][r, h, batch['pron']]  # [B, T]
            keep = [torch.ones(H) for _ in range(L)]
            keep[l][h] = 0.0
            ablated = {name: round(evaluate(model, data, keep)['accuracy'], 4) for name, data in splits.items()}
            right = row[r, batch['nouns'][r, batch['answer']]]
            out.append({
                'layer': l, 'head': h,
                'toAdjective': round(row[r, batch['adj']].mean().item(), 4),
                'toNounA': round(row[r, batch['nouns'][:, 0]].mean().item(), 4),
                'toNounB': round(row[r, batch['nouns'][:, 1]].mean().item(), 4),
                'toRightNoun': round(right.mean().item(), 4),
                'toItself': round(row[r, batch['pron']].mean().item(), 4),
                'accuracyWhenZeroed': ablated,
            })
    for l in range(L):
        keep = [torch.ones(H) for _ in range(L)]
        keep[l][:] = 0.0
        out.append({'layer': l, 'head': 'all',
                    'accuracyWhenZeroed': {name: round(evaluate(model, data, keep)['accuracy'], 4) for name, data in splits.items()}})
    return out


@torch.no_grad()
def flip_pairs(model: CorefEncoder, vocab: dict[str, int]) -> list[dict]:
    out = []
    for ex in flip_pair_examples():
        ids = torch.tensor([[vocab.get(t, vocab[UNK]) for t in ex['tokens']]])
        _, trace = model(ids)
        row = trace[model.pointer_layer]['attn'][0, model.pointer_head, ex['pronoun']]
        other = [n for n in ex['nouns'] if n != ex['referent']][0]
        out.append({'lang': ex['lang'], 'text': ex['text'], 'referent': ex['tokens'][ex['referent']],
                    'weightOnReferent': round(row[ex['referent']].item(), 4),
                    'weightOnOtherNoun': round(row[other].item(), 4),
                    'correct': bool(row[ex['referent']] > row[other])})
    return out


# ─── Export ───────────────────────────────────────────────────────────────────────────────────

def write_weights(model: CorefEncoder, path: Path) -> list[dict]:
    """W_Q, W_K, W_V ([d_model, d_model], Q = x @ W_Q, heads as column blocks) and b_Q, b_K, b_V per
    layer, little-endian float32, one after another. Returns the table of contents."""
    toc, chunks, offset = [], [], 0
    for l, block in enumerate(model.layers):
        for name, lin in (('Q', block.W_Q), ('K', block.W_K), ('V', block.W_V)):
            W = lin.weight.detach().t().contiguous().numpy().astype('<f4')  # [d_in, d_out]: row-vector form
            toc.append({'layer': l, 'name': f'W_{name}', 'offset': offset, 'shape': list(W.shape)})
            chunks.append(W.tobytes())
            offset += W.nbytes
        for name, lin in (('Q', block.W_Q), ('K', block.W_K), ('V', block.W_V)):
            b = lin.bias.detach().numpy().astype('<f4')
            toc.append({'layer': l, 'name': f'b_{name}', 'offset': offset, 'shape': list(b.shape)})
            chunks.append(b.tobytes())
            offset += b.nbytes
    path.write_bytes(b''.join(chunks))
    return toc


def lexicon_json() -> dict:
    """What the browser needs to tokenize, explain and generate sentences like the training ones."""
    families = []
    for fam in FAMILIES:
        entry = {'id': fam['id'], 'adjectives': fam['adjectives'],
                 'heldOutAdjectives': [a for a in fam['adjectives'] if (fam['id'], a) in HELD_OUT_COMBOS]}
        for lang in LANGS:
            spec = fam[lang]
            entry[lang] = {'frames': spec['frames'], 'intensifiers': spec['intensifiers'], 'pronoun': spec['pronoun'],
                           'A': slot_fillers(fam, 'A', lang, False), 'B': slot_fillers(fam, 'B', lang, False),
                           'heldOutA': slot_fillers(fam, 'A', lang, True), 'heldOutB': slot_fillers(fam, 'B', lang, True)}
        families.append(entry)
    return {
        'adjectives': {k: {'en': en, 'zh': zh, 'refersTo': ref} for k, (en, zh, ref) in ADJECTIVES.items()},
        'families': families,
        'prefixes': PREFIXES,
        'pronouns': PRONOUNS,
        'zhWords': zh_word_list(),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--steps', type=int, default=3000)
    args = ap.parse_args()
    set_determinism(args.seed)
    t0 = time.time()

    splits = make_splits(args.seed, N_TRAIN, N_TEST)
    vocab = build_vocab(splits['train'])
    data = {name: encode(exs, vocab) for name, exs in splits.items()}
    print(f'data: {N_TRAIN} training sentences, {len(vocab)} tokens in the vocabulary ({time.time() - t0:.1f} s)')

    model = CorefEncoder(len(vocab))
    n_params = sum(p.numel() for p in model.parameters())
    print(f'model: {n_params} parameters')
    t1 = time.time()
    history = train(model, data['train'], vocab[UNK], args.steps, args.seed)
    train_s = time.time() - t1
    model.eval()

    tests = {name: data[name] for name in SPLIT_NAMES}
    results = {name: evaluate(model, tests[name]) for name in SPLIT_NAMES}
    results['train'] = evaluate(model, {k: v[:2000] for k, v in data['train'].items()})
    for name in SPLIT_NAMES:
        results[name]['byLanguage'] = breakdown(model, splits[name], tests[name], lambda ex: ex.lang)
    results['unseenCombos']['byCombination'] = breakdown(model, splits['unseenCombos'], tests['unseenCombos'],
                                                           lambda ex: f'{ex.family}/{ex.adjective}')
    for name, r in results.items():
        print(f'  {name:14s} {r.get("byLanguage", "")} {r.get("byCombination", "")}')
        print(f'  {name:14s} accuracy {r["accuracy"]:.4f}  (row argmax {r["rowArgmaxAccuracy"]:.4f})  '
              f'weight on the right noun: median {r["rightWeight"]["median"]:.3f}, 5–95 % {r["rightWeight"]["p05"]:.3f}–{r["rightWeight"]["p95"]:.3f}')
    heads = analyse_heads(model, tests['fresh'], tests)
    for h in heads:
        print('  head', h)
    flips = flip_pairs(model, vocab)
    for f in flips:
        print(f'  {f["text"]}  → {f["referent"]}: {f["weightOnReferent"]:.3f} (other {f["weightOnOtherNoun"]:.3f})')

    # Artefacts.
    MODELS.mkdir(parents=True, exist_ok=True)
    onnx_path = MODELS / 'coref.onnx'
    names = output_names(model.config['n_layers'])
    T = len(splits['fresh'][0].tokens)
    dynamic = {'ids': {1: 'T'}, **{n: ({1: 'T', 2: 'T'} if n.startswith('attn') else {1: 'T'} if n[0] in 'qkv' else {0: 'T'}) for n in names}}
    H, d, d_k = model.config['n_heads'], model.config['d_model'], model.config['d_model'] // model.config['n_heads']
    shapes = {n: [H, 'T', 'T'] if n.startswith('attn') else [H, 'T', d_k] if n[0] in 'qkv' else ['T', d] for n in names}
    export_onnx(ExportWrapper(model), (torch.zeros(1, T, dtype=torch.long),), onnx_path, ['ids'], names, dynamic, shapes)
    weights_toc = write_weights(model, MODELS / 'coref.weights.bin')
    write_json(MODELS / 'coref.vocab.json', vocab)
    meta = {
        'model': 'coref',
        'seed': args.seed,
        'parameters': n_params,
        'vocabSize': len(vocab),
        'layers': model.config['n_layers'],
        'heads': model.config['n_heads'],
        'd_model': model.config['d_model'],
        'd_k': model.config['d_model'] // model.config['n_heads'],
        'd_ff': model.config['d_ff'],
        'maxLength': model.config['max_len'],
        'numbering': 'layers and heads are numbered from 0 (layer 1 is the second layer)',
        'pointer': {'layer': model.pointer_layer, 'head': model.pointer_head, 'target': [TARGET_RIGHT, round(1 - TARGET_RIGHT, 4)],
                    'rule': "the candidate noun with the larger weight in the pronoun's row of attn{layer}[head] is the referent"},
        'positions': 'sinusoidal (Vaswani et al. 2017, §3.5) added to the token embeddings, no scaling',
        'layerNorm': {'eps': 1e-5, 'placement': 'pre-LN: x{l} = LayerNorm(x) is the input of layer l’s attention'},
        'specialTokens': {'pad': PAD, 'unk': UNK, 'padId': vocab[PAD], 'unkId': vocab[UNK],
                          'note': '<pad> is used only to batch sentences in training; the exported model takes one unpadded sentence'},
        'tokenization': {
            'en': 'lowercase; a run of letters and digits is one token; every other visible character is a token of its own; whitespace separates',
            'zh': 'greedy longest match over lexicon.zhWords; a run of Chinese characters where no known word starts is one unknown token',
            'unknown': 'a token not in coref.vocab.json becomes <unk>',
        },
        'onnx': {'file': 'coref.onnx', 'opset': OPSET, 'input': 'ids int64 [1, T]', 'outputs': {
            'attn{l}': '[H, T, T] attention weights of layer l', 'q{l}, k{l}, v{l}': '[H, T, d_k]',
            'x{l}': '[T, d_model] LayerNorm’d input of layer l’s attention', 'hidden': '[T, d_model] final hidden states'}},
        'weights': {'file': 'coref.weights.bin', 'dtype': 'float32', 'endianness': 'little',
                    'layout': 'Q = x{l} @ W_Q + b_Q (row vectors); head h is columns h·d_k … (h+1)·d_k − 1', 'tensors': weights_toc},
        'training': {'sentences': N_TRAIN, 'maxTokens': max(len(ex.tokens) for ex in splits['train']), 'steps': args.steps, 'batchSize': 64, 'nounDropout': NOUN_DROPOUT,
                     'seconds': round(train_s, 1), 'history': history},
        'heldOut': {'nounsPerSlot': HELD_OUT_NOUNS_PER_SLOT, 'combinations': [list(c) for c in HELD_OUT_COMBOS]},
        'accuracy': {name: round(results[name]['accuracy'], 4) for name in SPLIT_NAMES + ['train']},
        'evaluation': results,
        'headAnalysis': heads,
        'flipPairs': flips,
        'lexicon': lexicon_json(),
    }
    write_json(MODELS / 'coref.json', meta)
    from export_full_weights import export as export_full_weights
    export_full_weights(onnx_path, MODELS / 'coref.json', run_check=False)  # coref.full.bin/.json, read back from coref.onnx
    fixture = {'seed': args.seed, 'note': 'generated by training/train_coref.py; never used in training',
               'sets': {name: [ex.to_json() for ex in splits[name]] for name in SPLIT_NAMES}}
    FIXTURES.mkdir(parents=True, exist_ok=True)
    write_json(FIXTURES / 'coref-heldout.json', fixture, width=400)
    from model_card import write_card
    write_card(meta, MODELS / 'coref.md')
    print(f'done in {time.time() - t0:.1f} s (training {train_s:.1f} s)')


if __name__ == '__main__':
    main()
