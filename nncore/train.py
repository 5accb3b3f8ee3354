"""Gradient descent that records its own history: the run the video replays."""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Callable

import numpy as np
from threadpoolctl import threadpool_limits

from nncore import datasets
from nncore.datasets import Dataset
from nncore.history import History, Record, Snapshot, Stop
from nncore.init import initial_parameters
from nncore.network import Network, classes_of

# bounds that keep history.json small whatever the epochs (see README "history.json")
EVERY_STEP_RECORDS = 100     # the first steps are all recorded
MAX_RECORDS = 400
EVERY_STEP_SNAPSHOTS = 30    # the first snapshots are consecutive steps
MAX_SNAPSHOTS = 120
# numbers (weights and gradients) all snapshots together may hold: big networks get fewer
SNAPSHOT_BUDGET = 600_000
# a cost this many times the starting cost counts as blown up
EXPLODED = 10.0

# why training stopped, in the viewer's words ("it stopped because ...")
STOP_WORDS = {
    "converged": "it stopped getting better",
    "target_accuracy": "it reached the accuracy it was aiming for",
    "max_epochs": "it had used up all its practice rounds",
    "diverged": "its steps were too big and the cost blew up",
}


@dataclass
class TrainConfig:
    """Everything that decides a run; the same config and seed give the same history."""

    dataset: str = "digits"
    hidden: list[int] = field(default_factory=lambda: [16])
    activation: str = "sigmoid"          # hidden layers
    cost: str = "squared_error"          # squared_error (sigmoid output) or cross_entropy (softmax)
    init: str = "random"
    lr: float = 1.5
    epochs: int = 30
    batch_size: int | None = 10          # None: every example in every step (full batch)
    seed: int = 0
    test_fraction: float = 0.2
    tolerance: float = 1e-5              # converged: cost fell less than this over `patience` epochs
    patience: int = 5
    target_accuracy: float | None = None  # stop once training accuracy reaches this

    def output_activation(self, n_outputs: int) -> str:
        return "softmax" if self.cost == "cross_entropy" and n_outputs > 1 else "sigmoid"


def train(config: TrainConfig, data: Dataset | None = None,
          on_epoch: Callable[[int], None] | None = None) -> History:
    """Train a fresh network as `config` says and return everything that happened."""
    data = data or datasets.load(config.dataset, config.seed, config.test_fraction)
    if config.cost == "cross_entropy":
        data = datasets.with_two_outputs(data)  # cross-entropy needs a softmax over every class
    n_in, n_out = data.x_train.shape[1], data.y_train.shape[1]
    sizes = [n_in, *config.hidden, n_out]
    acts = [config.activation] * len(config.hidden) + [config.output_activation(n_out)]
    weights, biases = initial_parameters(sizes, config.init, np.random.default_rng([config.seed, 1]))
    net = Network(weights, biases, acts, config.cost)
    run = Run(net, data, config)
    # the matrices are small: a second BLAS thread only adds contention
    with threadpool_limits(1):
        run.train(on_epoch)
    hist_config = {"sizes": sizes, "activations": acts, **asdict(config),
                   "stop": {"tolerance": config.tolerance, "patience": config.patience,
                            "target_accuracy": config.target_accuracy, "max_epochs": config.epochs}}
    return History(config=hist_config, data=data.as_dict(), records=run.records,
                   snapshots=run.snapshots, stopped=run.stopped)


class Run:
    """One training run in progress: the loop, the stopping rules and the recording."""

    def __init__(self, net: Network, data: Dataset, config: TrainConfig):
        self.net, self.data, self.config = net, data, config
        n = len(data.x_train)
        self.batch = config.batch_size or n
        self.total_steps = config.epochs * math.ceil(n / self.batch)
        self.record_steps = spaced_steps(self.total_steps, EVERY_STEP_RECORDS, MAX_RECORDS, even=True)
        numbers = 2 * sum(w.size + b.size for w, b in zip(net.weights, net.biases))
        most = int(np.clip(SNAPSHOT_BUDGET // numbers, 12, MAX_SNAPSHOTS))
        self.snapshot_steps = spaced_steps(self.total_steps, min(EVERY_STEP_SNAPSHOTS, most // 2), most, even=False)
        self.records: list[Record] = []
        self.snapshots: list[Snapshot] = []
        self.stopped: Stop | None = None
        self.step = self.epoch = 0
        self.train_classes = classes_of(data.y_train)
        self.test_classes = classes_of(data.y_test)
        self.all_x = np.concatenate([data.x_train, data.x_test])

    def train(self, on_epoch=None) -> None:
        rng = np.random.default_rng([self.config.seed, 2])
        x, y = self.data.x_train, self.data.y_train
        self.keep(force=True)
        epoch_costs = [self.records[0].cost]
        for self.epoch in range(1, self.config.epochs + 1):
            # full batch keeps the data's order; mini-batches are shuffled piles
            order = rng.permutation(len(x)) if self.batch < len(x) else np.arange(len(x))
            for start in range(0, len(x), self.batch):
                rows = order[start:start + self.batch]
                if not self.descend(x[rows], y[rows]):
                    return self.stop("diverged")
                self.keep()
            if on_epoch:
                on_epoch(self.epoch)
            epoch_costs.append(self.net.cost_of(x, y))
            reason = self.stop_reason(epoch_costs)
            if reason:
                return self.stop(reason)
        self.stop("max_epochs")

    def descend(self, x: np.ndarray, y: np.ndarray) -> bool:
        """One step downhill; False (and nothing changed) if it would leave finite numbers."""
        self.net.backward(x, y)
        lr = self.config.lr
        new = [(layer.weights - lr * layer.dW, layer.biases - lr * layer.db) for layer in self.net.layers]
        # one sum per array: it is not finite if any element is not
        if not all(np.isfinite(w.sum() + b.sum()) for w, b in new):
            return False
        for layer, (w, b) in zip(self.net.layers, new):
            layer.weights, layer.biases = w, b
        self.step += 1
        return True

    def stop_reason(self, epoch_costs: list[float]) -> str | None:
        cost = epoch_costs[-1]
        if not math.isfinite(cost) or cost > EXPLODED * max(epoch_costs[0], 1e-12):
            return "diverged"
        target = self.config.target_accuracy
        if target is not None and self.net.accuracy(self.data.x_train, self.data.y_train) >= target:
            return "target_accuracy"
        patience = self.config.patience
        # a cost stuck above where it started is lost, not converged: let it keep trying
        stalled = epoch_costs[-1 - patience] - cost < self.config.tolerance if len(epoch_costs) > patience else False
        if stalled and cost < epoch_costs[0]:
            return "converged"
        return None

    def stop(self, reason: str) -> None:
        self.keep(force=True)
        self.stopped = Stop(self.step, reason)

    def keep(self, force: bool = False) -> None:
        """Record this step's cost and accuracy, and snapshot its weights, where scheduled
        (or `force`d: the first and the last step always have both)."""
        have_record = bool(self.records) and self.records[-1].step == self.step
        have_snapshot = bool(self.snapshots) and self.snapshots[-1].step == self.step
        want_snapshot = not have_snapshot and (force or self.step in self.snapshot_steps)
        # every snapshot has its record, so its cost and accuracy can be shown with it
        want_record = not have_record and (force or want_snapshot or self.step in self.record_steps)
        if not (want_record or want_snapshot):
            return
        x, y = self.data.x_train, self.data.y_train
        if want_snapshot:
            p = self.net.backward(x, y)
            self.snapshots.append(Snapshot(
                self.step, [w.copy() for w in self.net.weights], [b.copy() for b in self.net.biases],
                grad_weights=p.grad_weights, grad_biases=p.grad_biases))
        if want_record:
            # one forward pass over training and test examples together
            guess = self.net.predict(self.all_x)
            train_guess, test_guess = guess[:len(x)], guess[len(x):]
            self.records.append(Record(
                self.step, self.epoch, self.net.cost(train_guess, y),
                train_accuracy=float((classes_of(train_guess) == self.train_classes).mean()),
                test_accuracy=float((classes_of(test_guess) == self.test_classes).mean())))


def spaced_steps(total: int, every_first: int, most: int, even: bool) -> set[int]:
    """Which steps to keep: all of the first `every_first`, then `most` in all up to `total`.

    `even` spaces the rest evenly (for curves); otherwise geometrically, since the
    weights change fastest early on.
    """
    if total + 1 <= most:
        return set(range(total + 1))
    first = set(range(min(every_first, total + 1)))
    rest = most - len(first)
    if even:
        later = np.linspace(every_first, total, rest)
    else:
        later = np.geomspace(every_first, total, rest)
    return first | {int(round(s)) for s in later}
