"""Training speed: the digits preset with history recording, against scikit-learn's MLPClassifier.

Same layer sizes, plain SGD, same epochs, batch size and learning rate, same training split.
Prints our time / theirs (target <= 1.0).

    python bench/train_speed.py [--repeats 3]
"""
from __future__ import annotations

import sys
import time
import warnings
from pathlib import Path

import click
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nncore import datasets  # noqa: E402
from nncore.presets import config_for  # noqa: E402
from nncore.train import train  # noqa: E402


def time_ours(config, data) -> tuple[float, float]:
    start = time.perf_counter()
    history = train(config, data)
    return time.perf_counter() - start, history.final.test_accuracy


def time_sklearn(config, data) -> tuple[float, float]:
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier
    y = data.y_train.argmax(axis=1)
    mlp = MLPClassifier(hidden_layer_sizes=tuple(config.hidden), activation="logistic", solver="sgd",
                        learning_rate_init=config.lr / 2, momentum=0.0, nesterovs_momentum=False,
                        batch_size=config.batch_size, max_iter=config.epochs, alpha=0.0,
                        n_iter_no_change=config.epochs + 1, tol=0.0, random_state=config.seed)
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        mlp.fit(data.x_train, y)
    elapsed = time.perf_counter() - start
    return elapsed, float((mlp.predict(data.x_test) == data.y_test.argmax(axis=1)).mean())


@click.command()
@click.option("--repeats", default=3, show_default=True, type=click.IntRange(min=1),
              help="Runs of each; the fastest counts.")
def main(repeats: int) -> None:
    """Time the digits preset's training against scikit-learn's MLPClassifier."""
    from threadpoolctl import threadpool_limits
    config = config_for("digits")
    data = datasets.load(config.dataset, config.seed, config.test_fraction)
    # one BLAS thread for both: small matrices gain nothing from threads, and on a
    # busy machine spinning threads make the timings meaningless
    with threadpool_limits(1):
        ours = min(time_ours(config, data) for _ in range(repeats))
        theirs = min(time_sklearn(config, data) for _ in range(repeats))
    click.echo(f"digits 64-16-10 (one BLAS thread), {config.epochs} epochs, batch {config.batch_size}, lr {config.lr}")
    click.echo(f"nn-explainer (with history): {ours[0]:.2f} s, test accuracy {ours[1]:.1%}")
    click.echo(f"scikit-learn MLPClassifier:   {theirs[0]:.2f} s, test accuracy {theirs[1]:.1%}")
    click.echo(f"ratio ours/theirs: {ours[0] / theirs[0]:.2f} (target <= 1.0)")


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
