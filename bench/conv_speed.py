"""How long the convnet takes to train on the 8x8 digits, and what it reaches.

    python bench/conv_speed.py [--kernels 8] [--epochs 20] [--lr 0.2] [--batch-size 16] [--seed 0]

Prints the wall time with full history recording, the same run with almost no recording
(what the recording costs), the test accuracy, and the time as a share of the one-minute budget.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.datasets import load_digits

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from nncore import train  # noqa: E402
from nncore.datasets import Dataset  # noqa: E402
from nncore.train import ConvConfig, train_conv  # noqa: E402

BUDGET_S = 60.0


def digits_split(seed: int, test_fraction: float = 0.2):
    d = load_digits()
    x, y = d.data / 16.0, np.eye(10)[d.target]
    order = np.random.default_rng(seed).permutation(len(x))
    n_test = int(round(test_fraction * len(x)))
    return Dataset("digits", x[order[n_test:]], y[order[n_test:]], x[order[:n_test]], y[order[:n_test]],
                   [str(d) for d in range(10)])


def timed(data, records: int = train.CONV_RECORDS, snapshots: int = train.CONV_SNAPSHOTS, **settings):
    keep = train.CONV_RECORDS, train.CONV_SNAPSHOTS
    train.CONV_RECORDS, train.CONV_SNAPSHOTS = records, snapshots
    try:
        start = time.perf_counter()
        run = train_conv(ConvConfig(**settings), data)
        return time.perf_counter() - start, run
    finally:
        train.CONV_RECORDS, train.CONV_SNAPSHOTS = keep


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernels", type=int, default=8)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--lr", type=float, default=0.2)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    data = digits_split(args.seed)
    settings = dict(kernels=args.kernels, epochs=args.epochs, lr=args.lr,
                    batch_size=args.batch_size, seed=args.seed)
    full_s, run = timed(data, **settings)
    bare_s, _ = timed(data, records=4, snapshots=4, **settings)
    last = run.final
    print(f"convnet {args.kernels} kernels, {args.epochs} epochs, batch {args.batch_size}, lr {args.lr}: "
          f"{run.stopped.step} steps, stopped: {run.stopped.reason}")
    print(f"test accuracy {last.test_accuracy:.3f}  train accuracy {last.train_accuracy:.3f}  "
          f"cost {last.cost:.4f}")
    print(f"time with recording {full_s:.1f} s ({len(run.records)} records, {len(run.snapshots)} "
          f"snapshots); without {bare_s:.1f} s")
    print(f"share of the {BUDGET_S:.0f} s budget: {full_s / BUDGET_S:.2f}")


if __name__ == "__main__":
    main()
