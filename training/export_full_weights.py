"""Exports every weight of the committed coreference model for the kernel's whole-model forward pass.

    /usr/bin/python3 training/export_full_weights.py [--no-check]

Reads public/models/coref.onnx (no retraining, nothing else changes) and writes

    public/models/coref.full.bin    every tensor, little-endian float32, one after another
    public/models/coref.full.json   the layout: name, byte offset and shape of each tensor

in the row-vector form the kernel uses (y = x W + b, W: [d_in, d_out]) and in the order of
`Block.forward` (coref_model.py): the token embedding, then per layer ln1 γ β, W_Q b_Q, W_K b_K,
W_V b_V, W_O b_O, ln2 γ β, W_1 b_1, W_2 b_2, then the final LayerNorm γ β.

Why read the ONNX file rather than retrain: the file is what ONNX Runtime runs and what the tests
compare the kernel with, so weights read from it cannot drift from it. Names are found reliably:
biases and LayerNorm parameters keep their PyTorch names as initializers; a linear layer's matrix
(renamed onnx::MatMul_N by the exporter, already transposed to [d_in, d_out]) is the initializer
that the node `/model/layers.{l}/{W_Q|W_K|W_V|W_O|ff1|ff2}/MatMul` multiplies by; initializers that
the exporter merged because their values are equal (the untrained final LayerNorm equals layer 1's
ln2) are followed through their Identity node. Every shape is checked against the model's sizes.

The check (on by default) loads the tensors into coref_model.CorefEncoder with strict=True (so no
parameter is missing or left over) and recomputes coref.json's held-out accuracy and every head's
accuracyWhenZeroed from the committed held-out sentences with PyTorch.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True
import numpy as np  # noqa: E402
import onnx  # noqa: E402
from onnx import numpy_helper  # noqa: E402

HERE = Path(__file__).resolve().parent
MODELS = HERE.parent / 'public' / 'models'
FIXTURES = HERE.parent / 'tests' / 'fixtures' / 'model'
LINEARS = ('W_Q', 'W_K', 'W_V', 'W_O', 'ff1', 'ff2')
# Name in the exported file ← PyTorch name in CorefEncoder, per layer, in Block.forward's order.
LAYER_TENSORS = [('ln1.gamma', 'ln1.weight'), ('ln1.beta', 'ln1.bias'),
                 ('W_Q', 'W_Q.weight'), ('b_Q', 'W_Q.bias'), ('W_K', 'W_K.weight'), ('b_K', 'W_K.bias'),
                 ('W_V', 'W_V.weight'), ('b_V', 'W_V.bias'), ('W_O', 'W_O.weight'), ('b_O', 'W_O.bias'),
                 ('ln2.gamma', 'ln2.weight'), ('ln2.beta', 'ln2.bias'),
                 ('W_1', 'ff1.weight'), ('b_1', 'ff1.bias'), ('W_2', 'ff2.weight'), ('b_2', 'ff2.bias')]


def onnx_tensors(model: onnx.ModelProto) -> dict[str, np.ndarray]:
    """The model's weights by their PyTorch names; linear layers' matrices in [d_in, d_out] form."""
    init = {t.name: numpy_helper.to_array(t) for t in model.graph.initializer}
    out = {name: value for name, value in init.items() if name.startswith('model.')}
    for node in model.graph.node:
        if node.op_type == 'Identity' and node.input[0] in init:  # merged duplicates
            out[node.output[0]] = init[node.input[0]]
        if node.op_type == 'MatMul' and node.input[1] in init:
            scope = node.name.split('/')  # ['', 'model', 'layers.0', 'W_Q', 'MatMul']
            if len(scope) == 5 and scope[1] == 'model' and scope[2].startswith('layers.') and scope[3] in LINEARS:
                key = f'model.{scope[2]}.{scope[3]}.weight(row-vector)'
                if key in out:
                    raise ValueError(f'two MatMul nodes claim {key}')
                out[key] = init[node.input[1]]
    return out


def collect(model: onnx.ModelProto, config: dict) -> list[tuple[str, np.ndarray]]:
    d, d_ff, L, V = config['d_model'], config['d_ff'], config['layers'], config['vocabSize']
    found = onnx_tensors(model)

    def take(torch_name: str, shape: tuple[int, ...]) -> np.ndarray:
        key = torch_name.replace('.weight', '.weight(row-vector)') if torch_name.split('.')[-2] in LINEARS and torch_name.endswith('.weight') else torch_name
        if key not in found:
            raise KeyError(f'coref.onnx has no {torch_name}')
        a = np.asarray(found[key], dtype=np.float32)
        if a.shape != shape:
            raise ValueError(f'{torch_name}: shape {a.shape}, expected {shape}')
        return a

    shapes = {'ln1.gamma': (d,), 'ln1.beta': (d,), 'ln2.gamma': (d,), 'ln2.beta': (d,),
              'W_Q': (d, d), 'W_K': (d, d), 'W_V': (d, d), 'W_O': (d, d), 'b_Q': (d,), 'b_K': (d,), 'b_V': (d,), 'b_O': (d,),
              'W_1': (d, d_ff), 'b_1': (d_ff,), 'W_2': (d_ff, d), 'b_2': (d,)}
    tensors = [('embedding', take('model.embed.weight', (V, d)))]
    for l in range(L):
        tensors += [(f'layers.{l}.{ours}', take(f'model.layers.{l}.{theirs}', shapes[ours])) for ours, theirs in LAYER_TENSORS]
    tensors += [('lnf.gamma', take('model.ln_f.weight', (d,))), ('lnf.beta', take('model.ln_f.bias', (d,)))]
    return tensors


def write(tensors: list[tuple[str, np.ndarray]], onnx_bytes: bytes, config: dict, bin_path: Path, json_path: Path) -> int:
    chunks, toc, offset = [], [], 0
    for name, a in tensors:
        raw = a.astype('<f4').tobytes()
        toc.append({'name': name, 'offset': offset, 'shape': list(a.shape)})
        chunks.append(raw)
        offset += len(raw)
    bin_path.write_bytes(b''.join(chunks))
    layout = {
        'model': 'coref',
        'file': bin_path.name,
        'bytes': offset,
        'dtype': 'float32',
        'endianness': 'little',
        'readFrom': {'file': 'coref.onnx', 'sha256': hashlib.sha256(onnx_bytes).hexdigest()},
        'generatedBy': '/usr/bin/python3 training/export_full_weights.py',
        'layout': 'row-vector form: y = x W + b, W: [d_in, d_out]; heads are column blocks of width d_k in W_Q, W_K, W_V '
                  'and row blocks in W_O; LayerNorm eps 1e-5; positions are the sinusoidal table, not stored',
        'sizes': {k: config[k] for k in ('vocabSize', 'layers', 'heads', 'd_model', 'd_k', 'd_ff')},
        'tensors': toc,
    }
    json_path.write_text(json.dumps(layout, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
    return offset


def check(tensors: list[tuple[str, np.ndarray]], config: dict) -> None:
    """Loads the tensors into the training code's model and recomputes coref.json's measured accuracies."""
    import torch
    from coref_model import CorefEncoder
    from coref_data import UNK
    d = dict(tensors)
    sd = {'embed.weight': d['embedding']}
    for l in range(config['layers']):
        for ours, theirs in LAYER_TENSORS:
            a = d[f'layers.{l}.{ours}']
            sd[f'layers.{l}.{theirs}'] = a.T if a.ndim == 2 else a  # nn.Linear keeps [d_out, d_in]
    sd['ln_f.weight'], sd['ln_f.bias'] = d['lnf.gamma'], d['lnf.beta']
    model = CorefEncoder(config['vocabSize'], d_model=config['d_model'], n_heads=config['heads'], n_layers=config['layers'],
                         d_ff=config['d_ff'], max_len=config['maxLength'], pointer_layer=config['pointer']['layer'],
                         pointer_head=config['pointer']['head'])
    own = model.state_dict()
    sd['pe'] = own['pe']
    model.load_state_dict({k: torch.from_numpy(np.array(v, dtype=np.float32)) if isinstance(v, np.ndarray) else v for k, v in sd.items()}, strict=True)
    model.eval()
    vocab = json.loads((MODELS / 'coref.vocab.json').read_text(encoding='utf-8'))
    sets = json.loads((FIXTURES / 'coref-heldout.json').read_text(encoding='utf-8'))['sets']
    H, L, p = config['heads'], config['layers'], config['pointer']

    @torch.no_grad()
    def accuracy(sentences: list[dict], keep) -> float:
        ok = 0
        for s in sentences:
            ids = torch.tensor([[vocab.get(t, vocab[UNK]) for t in s['tokens']]])
            _, trace = model(ids, head_keep=keep)
            row = trace[p['layer']]['attn'][0, p['head'], s['pronoun']]
            right, wrong = s['nouns'][s['answer']], s['nouns'][1 - s['answer']]
            ok += bool(row[right] > row[wrong])
        return ok / len(sentences)

    problems = []
    for name, sentences in sets.items():
        acc = accuracy(sentences, None)
        if round(acc, 4) != config['accuracy'][name]:
            problems.append(f'{name}: accuracy {acc:.4f}, coref.json says {config["accuracy"][name]}')
    for entry in config['headAnalysis']:
        keep = [torch.ones(H) for _ in range(L)]
        if entry['head'] == 'all':
            keep[entry['layer']][:] = 0.0
        else:
            keep[entry['layer']][entry['head']] = 0.0
        for name, sentences in sets.items():
            acc = accuracy(sentences, keep)
            if round(acc, 4) != entry['accuracyWhenZeroed'][name]:
                problems.append(f'layer {entry["layer"]} head {entry["head"]} zeroed, {name}: {acc:.4f}, coref.json says {entry["accuracyWhenZeroed"][name]}')
    if problems:
        raise SystemExit('the exported weights do not reproduce coref.json:\n  ' + '\n  '.join(problems))
    print(f'check: held-out accuracy and all {len(config["headAnalysis"])} ablations of coref.json reproduced with PyTorch')


def export(onnx_path: Path = MODELS / 'coref.onnx', meta_path: Path = MODELS / 'coref.json', run_check: bool = True) -> None:
    config = json.loads(meta_path.read_text(encoding='utf-8'))
    onnx_bytes = onnx_path.read_bytes()
    tensors = collect(onnx.load_from_string(onnx_bytes), config)
    n = write(tensors, onnx_bytes, config, onnx_path.with_name('coref.full.bin'), onnx_path.with_name('coref.full.json'))
    params = sum(a.size for _, a in tensors)
    if params != config['parameters']:
        raise SystemExit(f'exported {params} numbers, but the model has {config["parameters"]} parameters')
    print(f'coref.full.bin: {len(tensors)} tensors, {params} parameters, {n} bytes')
    if run_check:
        check(tensors, config)


if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    ap.add_argument('--no-check', action='store_true', help='skip recomputing coref.json’s accuracies with PyTorch')
    export(run_check=not ap.parse_args().no_check)
