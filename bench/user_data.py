"""A user's own data, trained by default: our `train` against scikit-learn's MLPClassifier.

Iris and wine are written to CSV files from scikit-learn's bundled copies (no download) and
trained as `render.py train --dataset FILE.csv --seed S` would (the recipe chosen from the
data, nncore/presets.py); the digits as `render.py train --seed S` (the digits preset).
scikit-learn's MLPClassifier gets the same hidden layer size, the same scaled features and the
same train/test split for every seed, its own defaults otherwise (Adam, relu) but up to 2,000
epochs: with its default 200 it has not converged on the small tables (iris about 45%).
Prints mean and worst test accuracy of each over the seeds, and our time / theirs: CPU time
(process_time), one BLAS thread each, so other work on a shared machine does not skew it.
Targets: our mean within 2 points of theirs, our worst within 5 points of our mean, ratio <= 1.

    python bench/user_data.py [--seeds 5]
"""
from __future__ import annotations

import csv
import sys
import tempfile
import time
import warnings
from pathlib import Path

import click
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nncore import datasets, options  # noqa: E402
from nncore.network import classes_of  # noqa: E402
from nncore.train import train  # noqa: E402

SKLEARN_EPOCHS = 2000


def write_csv(name: str, folder: Path) -> str:
    """scikit-learn's bundled iris or wine as a CSV with a header and the class name last."""
    from sklearn import datasets as bundled
    d = getattr(bundled, f"load_{name}")()
    path = folder / f"{name}.csv"
    with path.open("w", newline="") as f:
        out = csv.writer(f)
        out.writerow([*d.feature_names, "class"])
        for row, target in zip(d.data, d.target):
            out.writerow([*row, d.target_names[target]])
    return str(path)


def ours(dataset: str, seed: int) -> tuple[float, float, list[int]]:
    """Seconds and test accuracy of our default run, and its hidden sizes."""
    _, config = options.resolve({"dataset": dataset, "seed": seed})
    data = datasets.load(config.dataset, config.seed, config.test_fraction)
    start = time.process_time()
    history = train(config, data)
    return time.process_time() - start, history.final.test_accuracy, config.hidden


def sklearn(dataset: str, seed: int, hidden: list[int]) -> tuple[float, float]:
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier
    data = datasets.load(dataset, seed, 0.2)
    mlp = MLPClassifier(hidden_layer_sizes=tuple(hidden), max_iter=SKLEARN_EPOCHS, random_state=seed)
    start = time.process_time()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        mlp.fit(data.x_train, classes_of(data.y_train))
    elapsed = time.process_time() - start
    return elapsed, float((mlp.predict(data.x_test) == classes_of(data.y_test)).mean())


@click.command()
@click.option("--seeds", default=5, show_default=True, type=click.IntRange(min=1), help="Seeds (splits and starts).")
def main(seeds: int) -> None:
    """Our default training on iris, wine and the digits against scikit-learn's MLPClassifier."""
    from threadpoolctl import threadpool_limits
    click.echo(f"{'data':<7} {'hidden':>6} | {'ours mean':>9} {'worst':>6} | {'sklearn mean':>12} {'worst':>6} | "
               f"{'ours s':>6} {'sklearn s':>9} {'ratio':>6}")
    with tempfile.TemporaryDirectory() as folder, threadpool_limits(1):
        for name in ("iris", "wine", "digits"):
            dataset = name if name == "digits" else write_csv(name, Path(folder))
            runs = [ours(dataset, seed) for seed in range(seeds)]
            theirs = [sklearn(dataset, seed, hidden) for seed, (_, _, hidden) in zip(range(seeds), runs)]
            our_acc, their_acc = [r[1] for r in runs], [t[1] for t in theirs]
            our_s, their_s = sum(r[0] for r in runs), sum(t[0] for t in theirs)
            click.echo(f"{name:<7} {','.join(map(str, runs[0][2])):>6} | {100 * np.mean(our_acc):9.1f} "
                       f"{100 * min(our_acc):6.1f} | {100 * np.mean(their_acc):12.1f} {100 * min(their_acc):6.1f} | "
                       f"{our_s:6.2f} {their_s:9.2f} {our_s / their_s:6.2f}")


if __name__ == "__main__":
    main()
