"""Everything `npm run train` does: check the Chinese segmentation of every sentence the lexicon
allows, train the coreference model and the three comparison models (two processes side by
side, one thread each; the scaling experiment follows the coreference model, the shorter of the
two, and the multi-head experiment follows the comparison models), then list public/models/ and
check the 1 MB budget.

    /usr/bin/python3 training/train_all.py [--seed 1]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODELS = HERE.parent / 'public' / 'models'
BUDGET = 1_000_000  # bytes, all of public/models together


def run(name: str, args: list[str], results: dict) -> None:
    t0 = time.time()
    proc = subprocess.Popen([sys.executable, '-u', *args], cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={'PYTHONDONTWRITEBYTECODE': '1', 'PATH': '/usr/bin:/bin'})
    assert proc.stdout is not None
    for line in proc.stdout:
        if 'Warning' in line or line.startswith('  warnings.warn') or line.startswith('  _C._jit'):
            continue  # the exporter's notes on shape inference, not ours
        print(f'[{name}] {line}', end='', flush=True)
    results[name] = (proc.wait(), time.time() - t0)


def run_in_turn(steps: list[tuple[str, list[str]]], results: dict) -> None:
    for name, args in steps:
        run(name, args, results)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', default='1')
    args = ap.parse_args()
    t0 = time.time()
    results: dict = {}
    run('segmentation', ['coref_data.py', '--check'], results)
    # the scaling and multi-head experiments have their own seeds (1, 2, 3) so that their committed JSON does not depend on --seed
    jobs = [threading.Thread(target=run_in_turn, args=([('coref', ['train_coref.py', '--seed', args.seed]),
                                                        ('scaling', ['train_scaling.py'])], results)),
            threading.Thread(target=run_in_turn, args=([('recurrence', ['train_recurrence.py', '--seed', args.seed]),
                                                        ('heads', ['train_heads.py'])], results))]
    for j in jobs:
        j.start()
    for j in jobs:
        j.join()
    print()
    for name, (code, seconds) in results.items():
        print(f'{name:13s} exit {code}  {seconds:6.1f} s')
    total = 0
    for f in sorted(MODELS.iterdir()):
        total += f.stat().st_size
        print(f'  {f.stat().st_size:9,d} B  public/models/{f.name}')
    print(f'  {total:9,d} B  in all ({total / BUDGET:.0%} of the 1 MB budget); {time.time() - t0:.0f} s')
    if any(code != 0 for code, _ in results.values()) or total > BUDGET:
        sys.exit(1)


if __name__ == '__main__':
    main()
