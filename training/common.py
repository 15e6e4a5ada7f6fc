"""What the training scripts share: paths, determinism, ONNX export and JSON writing."""
from __future__ import annotations

import json
import os
import random
from pathlib import Path

# One thread everywhere: on two cores it is also the fastest for models this small, and the
# thread count can change the order of floating-point sums. Must be set before torch loads.
for var in ('OMP_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'MKL_NUM_THREADS'):
    os.environ.setdefault(var, '1')

import torch  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / 'public' / 'models'
FIXTURES = ROOT / 'tests' / 'fixtures' / 'model'
OPSET = 17  # the first with LayerNormalization as one operator
THREADS = 1


def set_determinism(seed: int) -> None:
    """Same seed, same machine setup → the same bytes. The thread count is fixed because it can
    change the order of floating-point sums."""
    random.seed(seed)
    torch.manual_seed(seed)
    torch.set_num_threads(THREADS)
    torch.use_deterministic_algorithms(True)


def export_onnx(module: torch.nn.Module, args: tuple, path: Path, input_names: list[str], output_names: list[str],
                dynamic_axes: dict, output_shapes: dict[str, list] | None = None) -> None:
    """torch.onnx.export (the TorchScript exporter of torch 1.13), then checked with onnx.checker.
    output_shapes (name → dims, a string for a dimension fixed at run time) replaces the exporter's
    guesses in the graph's declared outputs."""
    import onnx
    module.eval()
    with torch.no_grad():
        torch.onnx.export(module, args, str(path), input_names=input_names, output_names=output_names,
                          dynamic_axes=dynamic_axes, opset_version=OPSET, do_constant_folding=True)
    model = onnx.load(str(path))
    onnx.checker.check_model(model)
    model.producer_name = 'attention-step-by-step training/'
    model.producer_version = ''
    for n in model.graph.node:  # source-line doc strings would make the file depend on the checkout
        n.doc_string = ''
    for out in model.graph.output:
        if output_shapes and out.name in output_shapes:
            shape = out.type.tensor_type.shape
            del shape.dim[:]
            for d in output_shapes[out.name]:
                shape.dim.add().CopyFrom(onnx.TensorShapeProto.Dimension(**({'dim_param': d} if isinstance(d, str) else {'dim_value': d})))
    onnx.checker.check_model(model)
    onnx.save(model, str(path))


def to_json(v, indent: int = 0, width: int = 110) -> str:
    """JSON that reads well in a diff: short values and lists of numbers or strings on one line."""
    flat = json.dumps(v, ensure_ascii=False, separators=(', ', ': '))
    if not isinstance(v, (dict, list)) or len(flat) + indent <= width or (
            isinstance(v, list) and all(not isinstance(x, (dict, list)) for x in v)):
        return flat
    pad = ' ' * (indent + 1)
    if isinstance(v, dict):
        body = ',\n'.join(f'{pad}{json.dumps(k, ensure_ascii=False)}: {to_json(x, indent + 1, width)}' for k, x in v.items())
        return '{\n' + body + '\n' + ' ' * indent + '}'
    body = ',\n'.join(pad + to_json(x, indent + 1, width) for x in v)
    return '[\n' + body + '\n' + ' ' * indent + ']'


def write_json(path: Path, data, width: int = 110) -> None:
    """Writes `data` with to_json and a final newline (width 10**9 puts every item of a list on one line)."""
    path.write_text(to_json(data, 0, width) + '\n', encoding='utf-8')


# The experiments' curves: when a run first reaches a level, and floats rounded for the JSON.

def first_step_at(steps: list[int], accuracy: list[float], level: float):
    return next((s for s, a in zip(steps, accuracy) if a >= level), None)


def round_floats(v):
    """6 significant digits: a small file and a stable diff."""
    if isinstance(v, float):
        return float(f'{v:.6g}')
    if isinstance(v, dict):
        return {k: round_floats(x) for k, x in v.items()}
    if isinstance(v, list):
        return [round_floats(x) for x in v]
    return v
