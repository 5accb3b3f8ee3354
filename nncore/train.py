"""Gradient descent that records its own history: the run the video replays.

One loop (`Run`) trains both models, the dense Network and the ConvNet, with the same
stopping rules (converged, target accuracy, max epochs, diverged) and the same way of
keeping records and snapshots; only how many of each differs (see `Schedule`).
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Callable

import numpy as np
from threadpoolctl import threadpool_limits

from nncore import conv, datasets
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
# a convnet keeps fewer, evenly spaced snapshots (each holds every kernel), and as many
# records in all; these numbers are in every digits history.json: same seed, same bytes
CONV_SNAPSHOTS = 40
CONV_RECORDS = 360           # besides the snapshot steps
# a cost this many times the starting cost counts as blown up
EXPLODED = 10.0
# "converged" is never said while training accuracy is more than this below its best so far
NEAR_BEST_ACCURACY = 0.05

# why training stopped, in the viewer's words ("it stopped because ...")
STOP_WORDS = {
    "converged": "it stopped getting better",
    "target_accuracy": "it reached the accuracy it was aiming for",
    "max_epochs": "it had used up all its practice rounds",
    "plateau": "it used up all its practice rounds while stuck on a flat stretch",
    "diverged": "its steps were too big and the cost blew up",
}


def lowest_cost_words(records: list[Record]) -> str:
    """One sentence: did the run end at its lowest cost, or had it been lower before?"""
    lowest = min(records, key=lambda r: r.cost)
    final = records[-1]
    if final.step == lowest.step:
        return f"It ended at the lowest cost it had reached, {final.cost:.2g}."
    # within a twentieth of the lowest: the same on the curve, a little noise from the batches
    if final.cost <= 1.05 * lowest.cost:
        return f"It ended close to the lowest cost it had reached, {lowest.cost:.2g}."
    return f"Its lowest cost, {lowest.cost:.2g}, came at step {lowest.step}; it ended higher, at {final.cost:.2g}."


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
    tolerance: float = 1e-5              # converged: the best cost fell less than this over `patience` epochs
    patience: int = 5
    target_accuracy: float | None = None  # stop once training accuracy reaches this
    recipe: dict | None = None           # what a CSV's settings were chosen from (nncore/presets.py)

    def output_activation(self, n_outputs: int) -> str:
        return "softmax" if self.cost == "cross_entropy" and n_outputs > 1 else "sigmoid"


@dataclass
class ConvConfig:
    """A convnet's run (nncore/conv.py): its layers are fixed, so fewer choices than TrainConfig."""

    dataset: str = "digits"
    kernels: int = 8
    init: str = "he"                     # the kernels' start; the output layer's is Xavier
    lr: float = 0.2
    epochs: int = 20
    batch_size: int | None = 16
    seed: int = 0
    test_fraction: float = 0.2
    tolerance: float = 1e-5
    patience: int = 5
    target_accuracy: float | None = None


def shuffler(seed: int) -> np.random.Generator:
    """The generator that orders a dense network's practice examples, round after round."""
    return np.random.default_rng([seed, 2])


def round_order(rng: np.random.Generator, n: int, batch: int) -> np.ndarray:
    """One round's order of the n practice rows: full batch keeps the data's order;
    mini-batches are shuffled piles (the next `batch` rows make a step)."""
    return rng.permutation(n) if batch < n else np.arange(n)


def train(config: TrainConfig, data: Dataset | None = None,
          on_epoch: Callable[[int], None] | None = None, snapshots_every: int | None = None) -> History:
    """Train a fresh network as `config` says and return everything that happened.
    `snapshots_every`: a snapshot every that many steps instead of the usual geometric ones."""
    data = data or datasets.load(config.dataset, config.seed, config.test_fraction)
    if config.cost == "cross_entropy":
        data = datasets.with_two_outputs(data)  # cross-entropy needs a softmax over every class
    n_in, n_out = data.x_train.shape[1], data.y_train.shape[1]
    sizes = [n_in, *config.hidden, n_out]
    acts = [config.activation] * len(config.hidden) + [config.output_activation(n_out)]
    weights, biases = initial_parameters(sizes, config.init, np.random.default_rng([config.seed, 1]))
    net = Network(weights, biases, acts, config.cost)
    shuffle = shuffler(config.seed)
    total = total_steps(config, data)
    schedule = Schedule.dense(net, total)
    if snapshots_every:
        schedule.snapshots = set(range(0, total + 1, snapshots_every))
    run = Run(net, data, config, schedule, shuffle)
    # the matrices are small: a second BLAS thread only adds contention
    with threadpool_limits(1):
        run.train(on_epoch)
    # a preset's run has no recipe key: its history.json stays byte for byte as it was
    settings = {k: v for k, v in asdict(config).items() if k != "recipe" or v is not None}
    hist_config = {"sizes": sizes, "activations": acts, **settings,
                   "stop": {"tolerance": config.tolerance, "patience": config.patience,
                            "target_accuracy": config.target_accuracy, "max_epochs": config.epochs}}
    return History(config=hist_config, data=data.as_dict(), records=run.records,
                   snapshots=run.snapshots, stopped=run.stopped)


def train_conv(config: ConvConfig, data: Dataset | None = None,
               on_epoch: Callable[[int], None] | None = None,
               examples: list[tuple[str, int]] | None = None) -> History:
    """Train a fresh convnet on square pictures (the digits) through the same loop.

    Its history also keeps, under `feature_maps`, what the final net saw in `examples`
    ((split, index) pairs; by default the first test example of each class).
    """
    data = datasets.with_two_outputs(data or datasets.load(config.dataset, config.seed, config.test_fraction))
    side = conv.as_images(data.x_train[:1]).shape[1]
    # one generator draws the start, then shuffles: the order the convnet has always used
    rng = np.random.default_rng(config.seed)
    net = conv.ConvNet.start(config.kernels, side, data.y_train.shape[1], config.init, rng)
    run = Run(net, data, config, Schedule.conv(total_steps(config, data)), rng)
    with threadpool_limits(1):
        run.train(on_epoch)
    splits = {"train": (data.x_train, data.y_train), "test": (data.x_test, data.y_test)}
    kept = conv.kept_maps(net, splits, examples or conv.first_of_each_class(data.y_test))
    hist_config = {**conv.config_of(net, side), "init": config.init, "lr": config.lr,
                   "batch_size": config.batch_size, "epochs": config.epochs, "seed": config.seed,
                   "dataset": data.name}
    return History(config=hist_config, data=data.as_dict(), records=run.records, snapshots=run.snapshots,
                   stopped=run.stopped, extra={"feature_maps": kept})


def total_steps(config, data: Dataset) -> int:
    n = len(data.x_train)
    return config.epochs * math.ceil(n / (config.batch_size or n))


@dataclass
class Schedule:
    """Which steps get a record (cost and accuracies) and which a snapshot (weights and gradients).
    Every snapshot step is recorded too, and the first and last steps always get both."""

    records: set[int]
    snapshots: set[int]

    @classmethod
    def dense(cls, net: Network, total: int) -> "Schedule":
        """Records evenly spaced for the curves; snapshots geometrically, fewer for big networks."""
        numbers = 2 * sum(w.size + b.size for w, b in zip(net.weights, net.biases))
        most = int(np.clip(SNAPSHOT_BUDGET // numbers, 12, MAX_SNAPSHOTS))
        return cls(spaced_steps(total, EVERY_STEP_RECORDS, MAX_RECORDS, even=True),
                   spaced_steps(total, min(EVERY_STEP_SNAPSHOTS, most // 2), most, even=False))

    @classmethod
    def conv(cls, total: int) -> "Schedule":
        """Both evenly spaced, a quarter of each consecutive at the start."""
        return cls(spaced_steps(total, CONV_RECORDS // 4, CONV_RECORDS, even=True),
                   spaced_steps(total, CONV_SNAPSHOTS // 4, CONV_SNAPSHOTS, even=True))


class Run:
    """One training run in progress: the loop, the stopping rules and the recording.

    `net` is a Network or a ConvNet: both give params(), grads() after backward(),
    set_params(), outputs(), cost, cost_of(), accuracy() and snapshot_fields().
    `config` is a TrainConfig or a ConvConfig; `rng` shuffles the mini-batches.
    """

    def __init__(self, net, data: Dataset, config: TrainConfig | ConvConfig, schedule: Schedule,
                 rng: np.random.Generator):
        self.net, self.data, self.config, self.rng = net, data, config, rng
        self.batch = config.batch_size or len(data.x_train)
        self.record_steps, self.snapshot_steps = schedule.records, schedule.snapshots
        self.records: list[Record] = []
        self.snapshots: list[Snapshot] = []
        self.stopped: Stop | None = None
        self.step = self.epoch = 0
        self.train_classes = classes_of(data.y_train)
        self.test_classes = classes_of(data.y_test)
        self.all_x = np.concatenate([data.x_train, data.x_test])

    def train(self, on_epoch=None) -> None:
        x, y = self.data.x_train, self.data.y_train
        self.keep(force=True)
        epoch_costs = [self.records[0].cost]
        accuracies = [self.records[0].train_accuracy]
        for self.epoch in range(1, self.config.epochs + 1):
            order = round_order(self.rng, len(x), self.batch)
            for start in range(0, len(x), self.batch):
                rows = order[start:start + self.batch]
                if not self.descend(x[rows], y[rows]):
                    return self.stop("diverged")
                self.keep()
            if on_epoch:
                on_epoch(self.epoch)
            # one forward pass gives the epoch's cost and training accuracy
            guess = self.net.predict(x)
            epoch_costs.append(self.net.cost(guess, np.atleast_2d(y)))
            accuracies.append(float((classes_of(guess) == self.train_classes).mean()))
            reason = self.stop_reason(epoch_costs, accuracies)
            if reason:
                return self.stop(reason)
        # out of rounds: still learning, or stuck on a flat stretch it never left
        self.stop("plateau" if self.flat(epoch_costs) else "max_epochs")

    def descend(self, x: np.ndarray, y: np.ndarray) -> bool:
        """One step downhill; False (and nothing changed) if it would leave finite numbers."""
        self.net.backward(x, y)
        lr = self.config.lr
        # a step that overflows is the divergence this returns False for, reported as the
        # run's stop reason: numpy's overflow warnings would only print noise around it
        with np.errstate(over="ignore", invalid="ignore"):
            new = [p - lr * g for p, g in zip(self.net.params(), self.net.grads())]
            # one sum per array: it is not finite if any element is not
            finite = all(np.isfinite(p.sum()) for p in new)
        if not finite:
            return False
        self.net.set_params(new)
        self.step += 1
        return True

    def stop_reason(self, epoch_costs: list[float], accuracies: list[float]) -> str | None:
        """Why to stop after this epoch, or None to go on (docs/design.md, `stopped`)."""
        cost = epoch_costs[-1]
        if not math.isfinite(cost) or cost > EXPLODED * max(epoch_costs[0], 1e-12):
            return "diverged"
        target = self.config.target_accuracy
        if target is not None and accuracies[-1] >= target:
            return "target_accuracy"
        # a cost stuck above where it started is lost, not converged: let it keep trying;
        # and an accuracy far below its best means it is still moving, not settled
        if (self.flat(epoch_costs) and cost < epoch_costs[0]
                and accuracies[-1] >= max(accuracies) - NEAR_BEST_ACCURACY):
            return "converged"
        return None

    def flat(self, epoch_costs: list[float]) -> bool:
        """The last `patience` epochs brought the lowest cost down by less than `tolerance`."""
        window = self.config.patience
        if len(epoch_costs) <= window:
            return False
        return min(epoch_costs[:-window]) - min(epoch_costs[-window:]) < self.config.tolerance

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
            self.snapshots.append(Snapshot(self.step, **self.net.snapshot_fields(x, y)))
        if want_record:
            # one forward pass over training and test examples together
            guess = self.net.outputs(self.all_x)
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
