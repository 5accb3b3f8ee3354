"""A small convolutional network for the 8x8 digits: kernels, relu, pooling, a softmax output.

conv (k kernels of 3x3, relu) -> max pool 2x2 -> flatten -> dense softmax, cross-entropy cost.
Shapes for 8x8 images: (n, 8, 8) -> (n, k, 6, 6) -> (n, k, 3, 3) -> (n, k*9) -> (n, classes).
Flattening is kernel by kernel, then row by row (C order), as torch's `flatten(1)` does.
Like layers.py, each layer's `forward` keeps what its `backward` needs.
"""
from __future__ import annotations

from dataclasses import dataclass
from numbers import Integral, Real

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from nncore import activations, costs, init
from nncore.history import plain  # noqa: F401  (part of this module's API too)
from nncore.layers import Dense
from nncore.network import classes_of

KERNEL_SIZE = 3
POOL = 2
# a batch cost this many times the starting cost means the steps are blowing up
DIVERGE_FACTOR = 10.0
# examples per forward pass when measuring cost and accuracy over a whole split
RECORD_CHUNK = 256


class Conv2D:
    """Each kernel slides over the image; at every spot, a weighted sum of the 3x3 patch under it.

    kernels (k, kh, kw), biases (k,); one input channel: images (n, H, W) -> maps (n, k, H-kh+1, W-kw+1).
    """

    def __init__(self, kernels: np.ndarray, biases: np.ndarray, activation: str = "relu"):
        self.kernels = kernels
        self.biases = biases
        self.activation = activations.get(activation)

    def forward(self, a_in: np.ndarray) -> np.ndarray:
        k, kh, kw = self.kernels.shape
        self.a_in = a_in
        n, oh, ow = len(a_in), a_in.shape[1] - kh + 1, a_in.shape[2] - kw + 1
        # im2col: every 3x3 patch as a row, so all kernels at all spots are one matrix product
        self.patches = sliding_window_view(a_in, (kh, kw), axis=(1, 2)).reshape(n, oh, ow, kh * kw)
        z = (self.patches @ self.kernels.reshape(k, -1).T).transpose(0, 3, 1, 2)   # (n, k, oh, ow)
        self.z = np.ascontiguousarray(z)    # one map per kernel in one block: pooling reads it fast
        self.z += self.biases[:, None, None]
        self.a = self.activation(self.z)
        return self.a

    def backward(self, da: np.ndarray) -> np.ndarray:
        """From the nudge wanted on each feature-map cell to the one wanted on each pixel."""
        k, kh, kw = self.kernels.shape
        self.delta = activations.backward(self.activation, self.z, da)   # (n, k, oh, ow)
        delta = self.delta.transpose(0, 2, 3, 1)                          # (n, oh, ow, k)
        self.dK = (delta.reshape(-1, k).T @ self.patches.reshape(-1, kh * kw)).reshape(k, kh, kw)
        self.db = self.delta.sum(axis=(0, 2, 3))
        # col2im: each patch hands its share of the nudge back to the pixels it covered
        d_patches = (delta @ self.kernels.reshape(k, -1)).reshape(*delta.shape[:3], kh, kw)
        da_in = np.zeros_like(self.a_in, dtype=float)
        oh, ow = delta.shape[1:3]
        for i in range(kh):
            for j in range(kw):
                da_in[:, i:i + oh, j:j + ow] += d_patches[..., i, j]
        return da_in

    def __repr__(self) -> str:
        k, kh, kw = self.kernels.shape
        return f"Conv2D({k} kernels of {kh}x{kw}, {self.activation.name})"


class MaxPool2:
    """Keep the largest value of each 2x2 block: maps half as wide and half as tall.

    An odd last row or column is dropped (as torch does). Ties send the nudge to the first
    largest value in reading order (as torch does).
    """

    def forward(self, a_in: np.ndarray) -> np.ndarray:
        self.a_in = a_in
        self.a = np.maximum.reduce(self._cells(a_in))
        return self.a

    def backward(self, da: np.ndarray) -> np.ndarray:
        """Only the winning cell of each block moved the output, so only it gets the nudge."""
        winner = np.stack(self._cells(self.a_in)).argmax(axis=0)    # 0..3 in reading order
        da_in = np.zeros_like(self.a_in, dtype=float)
        for cell, view in enumerate(self._cells(da_in)):
            view[...] = np.where(winner == cell, da, 0.0)
        return da_in

    @staticmethod
    def _cells(a: np.ndarray) -> list[np.ndarray]:
        """Views of each block's top-left, top-right, bottom-left and bottom-right cells."""
        ph, pw = a.shape[2] // POOL, a.shape[3] // POOL
        return [a[:, :, dy:ph * POOL:POOL, dx:pw * POOL:POOL] for dy in range(POOL) for dx in range(POOL)]

    def __repr__(self) -> str:
        return "MaxPool2()"


class Flatten:
    """Lay the pooled maps out as one row per example, kernel by kernel."""

    def forward(self, a_in: np.ndarray) -> np.ndarray:
        self.in_shape = a_in.shape
        return a_in.reshape(len(a_in), -1)

    def backward(self, da: np.ndarray) -> np.ndarray:
        return da.reshape(self.in_shape)

    def __repr__(self) -> str:
        return "Flatten()"


@dataclass
class ConvPass:
    """What one forward (and backward) pass saw, per example."""

    images: np.ndarray                  # (n, H, W)
    z_maps: np.ndarray                  # (n, k, oh, ow) weighted sums before relu
    feature_maps: np.ndarray            # (n, k, oh, ow) after relu
    pooled: np.ndarray                  # (n, k, ph, pw)
    z: np.ndarray                       # (n, classes) the output layer's weighted inputs
    output: np.ndarray                  # (n, classes) softmax: how sure of each class
    grad_kernels: np.ndarray | None = None          # (k, kh, kw)
    grad_kernel_biases: np.ndarray | None = None    # (k,)
    grad_weights: np.ndarray | None = None          # (classes, k*ph*pw)
    grad_biases: np.ndarray | None = None           # (classes,)
    delta_maps: np.ndarray | None = None            # (n, k, oh, ow) d(cost)/d(z_maps)
    delta: np.ndarray | None = None                 # (n, classes) d(cost)/d(z)


class ConvNet:
    """Conv2D(relu) -> MaxPool2 -> Flatten -> Dense(softmax), with the cross-entropy cost.

    Inputs are rows of side*side pixels (as history data stores them) or (n, side, side) images.

    >>> net = ConvNet(np.zeros((2, 3, 3)), np.zeros(2), np.zeros((10, 2 * 9)), np.zeros(10))
    >>> net.predict(np.zeros((1, 64))).round(2).tolist()[0][:3]
    [0.1, 0.1, 0.1]
    """

    def __init__(self, kernels, kernel_biases, weights, biases):
        self.conv = Conv2D(np.asarray(kernels, float), np.asarray(kernel_biases, float), "relu")
        self.pool = MaxPool2()
        self.flatten = Flatten()
        self.dense = Dense(np.asarray(weights, float), np.asarray(biases, float), "softmax")
        self.cost = costs.get("cross_entropy")

    @classmethod
    def random(cls, n_kernels: int, side: int, n_classes: int, rng: np.random.Generator) -> "ConvNet":
        """He-scaled kernels (relu follows them), Xavier-scaled output weights, zero biases."""
        n_flat = n_kernels * _pooled_side(side) ** 2
        kernels = rng.normal(0.0, init.weight_scale("he", KERNEL_SIZE ** 2, n_kernels),
                             size=(n_kernels, KERNEL_SIZE, KERNEL_SIZE))
        weights = rng.normal(0.0, init.weight_scale("xavier", n_flat, n_classes), size=(n_classes, n_flat))
        return cls(kernels, np.zeros(n_kernels), weights, np.zeros(n_classes))

    @classmethod
    def from_snapshot(cls, snap: dict) -> "ConvNet":
        """From a snapshot of `train_conv` (arrays, or the nested lists of a JSON file)."""
        return cls(snap["kernels"], snap["kernel_biases"], snap["weights"][0], snap["biases"][0])

    @property
    def layers(self) -> list:
        return [self.conv, self.pool, self.flatten, self.dense]

    @property
    def kernels(self) -> np.ndarray:
        return self.conv.kernels

    @property
    def kernel_biases(self) -> np.ndarray:
        return self.conv.biases

    @property
    def weights(self) -> np.ndarray:
        return self.dense.weights

    @property
    def biases(self) -> np.ndarray:
        return self.dense.biases

    def predict(self, x: np.ndarray) -> np.ndarray:
        a = as_images(x)
        for layer in self.layers:
            a = layer.forward(a)
        return a

    def forward(self, x: np.ndarray) -> ConvPass:
        """Every stage for a batch: the feature maps, the pooled maps, the output."""
        self.predict(x)
        return ConvPass(images=self.conv.a_in, z_maps=self.conv.z, feature_maps=self.conv.a,
                        pooled=self.pool.a, z=self.dense.z, output=self.dense.a)

    def backward(self, x: np.ndarray, y: np.ndarray) -> ConvPass:
        """Gradients of the mean cost over this batch, for kernels, kernel biases and output layer."""
        out = self.forward(x)
        y = np.atleast_2d(y)
        last = self.dense
        # softmax and cross-entropy derivatives cancel to a - y: exact and free of 0/0
        last.delta = (last.a - y) / len(y)
        last.dW, last.db = last.delta.T @ last.a_in, last.delta.sum(axis=0)
        da = last.delta @ last.weights
        for layer in (self.flatten, self.pool, self.conv):
            da = layer.backward(da)
        out.grad_kernels, out.grad_kernel_biases = self.conv.dK, self.conv.db
        out.grad_weights, out.grad_biases = last.dW, last.db
        out.delta_maps, out.delta = self.conv.delta, last.delta
        return out

    def step(self, grads: ConvPass, lr: float) -> None:
        """One step downhill: every parameter moves against its gradient."""
        self.conv.kernels = self.conv.kernels - lr * grads.grad_kernels
        self.conv.biases = self.conv.biases - lr * grads.grad_kernel_biases
        self.dense.weights = self.dense.weights - lr * grads.grad_weights
        self.dense.biases = self.dense.biases - lr * grads.grad_biases

    def cost_of(self, x: np.ndarray, y: np.ndarray) -> float:
        return self.cost(self.predict(x), np.atleast_2d(y))

    def guesses(self, x: np.ndarray) -> np.ndarray:
        return self.predict(x).argmax(axis=1)

    def accuracy(self, x: np.ndarray, y: np.ndarray) -> float:
        return float((self.guesses(x) == classes_of(y)).mean())

    def parameters(self) -> dict:
        """Copies of the parameters, under the snapshot keys."""
        return {"kernels": self.kernels.copy(), "kernel_biases": self.kernel_biases.copy(),
                "weights": [self.weights.copy()], "biases": [self.biases.copy()]}

    def __repr__(self) -> str:
        return f"ConvNet({self.conv}, {self.pool}, {self.flatten}, {self.dense})"


def as_images(x: np.ndarray) -> np.ndarray:
    """Rows of side*side pixels as (n, side, side) images; images pass through."""
    x = np.asarray(x, dtype=float)
    if x.ndim == 3:
        return x
    x = np.atleast_2d(x)
    side = int(round(np.sqrt(x.shape[1])))
    if side * side != x.shape[1]:
        raise ValueError(f"{x.shape[1]} pixels per row is not a square image")
    return x.reshape(len(x), side, side)


def _pooled_side(side: int) -> int:
    return (side - KERNEL_SIZE + 1) // POOL


# --- training ---

def train_conv(x_train: np.ndarray, y_train: np.ndarray, x_test: np.ndarray, y_test: np.ndarray,
               kernels: int = 8, lr: float = 0.2, epochs: int = 20, batch_size: int | None = 16,
               seed: int = 0, max_records: int = 400, max_snapshots: int = 40,
               examples: list[tuple[str, int]] | None = None) -> dict:
    """Train a ConvNet by mini-batch gradient descent and record it like the dense history.

    Returns {"config", "records", "snapshots", "stopped", "feature_maps"}; `batch_size=None` is
    full-batch descent. `examples` are (split, index) pairs whose maps are kept at the final
    weights; by default the first test example of each class.
    """
    _check_settings(kernels, lr, epochs, batch_size, seed, max_records, max_snapshots)
    rng = np.random.default_rng(seed)
    x_train, y_train = as_images(x_train), np.atleast_2d(np.asarray(y_train, float))
    x_test, y_test = as_images(x_test), np.atleast_2d(np.asarray(y_test, float))
    net = ConvNet.random(kernels, x_train.shape[1], y_train.shape[1], rng)
    n = len(x_train)
    batch = n if batch_size is None else min(batch_size, n)
    per_epoch = -(-n // batch)
    total = epochs * per_epoch
    snapshot_at = spaced_steps(total, max_snapshots)
    # every snapshot step is recorded too, so each snapshot has its cost and accuracies
    record_at = spaced_steps(total, max_records - max_snapshots) | snapshot_at

    run = _Run(net, x_train, y_train, x_test, y_test, per_epoch)
    run.record(0)
    run.snapshot(0)
    limit = DIVERGE_FACTOR * max(run.records[0]["cost"], 1.0)
    step, stopped = 0, {"step": total, "reason": "max_epochs"}
    for idx in _batches(n, batch, epochs, rng):
        before = net.parameters()
        grads = net.backward(x_train[idx], y_train[idx])
        net.step(grads, lr)
        if not _healthy(net, net.cost(grads.output, y_train[idx]), limit):
            _restore(net, before)
            stopped = {"step": step, "reason": "diverged"}
            break
        step += 1
        if step in record_at:
            run.record(step)
        if step in snapshot_at:
            run.snapshot(step)
    run.finish(stopped["step"])
    return {"config": _config(kernels, lr, epochs, batch_size, seed, x_train.shape[1], y_train.shape[1]),
            "records": run.records, "snapshots": run.snapshots, "stopped": stopped,
            "feature_maps": run.feature_maps(examples or first_of_each_class(y_test))}


def _check_settings(kernels, lr, epochs, batch_size, seed, max_records, max_snapshots) -> None:
    """One ValueError naming the first bad setting."""
    problems = [
        (kernels, "kernels", "a whole number >= 1", _whole(kernels, 1)),
        (lr, "lr", "a finite number > 0", isinstance(lr, Real) and np.isfinite(lr) and lr > 0),
        (epochs, "epochs", "a whole number >= 1", _whole(epochs, 1)),
        (batch_size, "batch_size", "None or a whole number >= 1",
         batch_size is None or _whole(batch_size, 1)),
        (seed, "seed", "a whole number >= 0", _whole(seed, 0)),
        (max_snapshots, "max_snapshots", "a whole number >= 2", _whole(max_snapshots, 2)),
        (max_records, "max_records", "a whole number above max_snapshots",
         _whole(max_records, 3) and max_records > max_snapshots),
    ]
    for value, name, wanted, ok in problems:
        if not ok:
            raise ValueError(f"{name} must be {wanted}, not {value!r}")


def _whole(value, low: int) -> bool:
    return isinstance(value, Integral) and not isinstance(value, bool) and value >= low


def spaced_steps(total: int, limit: int) -> set[int]:
    """Every step when they fit in `limit`; else the first limit/4 steps, then evenly spaced ones."""
    if total + 1 <= limit:
        return set(range(total + 1))
    early = limit // 4
    rest = np.linspace(early, total, limit - early).round().astype(int)
    return set(range(early)) | set(rest.tolist())


def first_of_each_class(y: np.ndarray) -> list[tuple[str, int]]:
    """The first test example of every class, in class order."""
    classes = classes_of(y)
    return [("test", int(np.flatnonzero(classes == c)[0])) for c in np.unique(classes)]


class _Run:
    """The growing record of one run: records, snapshots, and the data they are measured on."""

    def __init__(self, net: ConvNet, x_train, y_train, x_test, y_test, per_epoch: int):
        self.net = net
        self.per_epoch = per_epoch
        self.data = {"train": (x_train, y_train), "test": (x_test, y_test)}
        self.records: list[dict] = []
        self.snapshots: list[dict] = []

    def record(self, step: int) -> None:
        (x, y), (xt, yt) = self.data["train"], self.data["test"]
        out, out_test = self.outputs(x), self.outputs(xt)
        epoch = -(-step // self.per_epoch)      # the epoch whose steps reached it; 0 at the start
        self.records.append({"step": step, "epoch": epoch, "cost": self.net.cost(out, y),
                             "train_accuracy": float((out.argmax(axis=1) == classes_of(y)).mean()),
                             "test_accuracy": float((out_test.argmax(axis=1) == classes_of(yt)).mean())})

    def outputs(self, x: np.ndarray) -> np.ndarray:
        # in slices that stay in cache: about 3x faster than one big pass here
        chunks = range(0, len(x), RECORD_CHUNK)
        return np.concatenate([self.net.predict(x[i:i + RECORD_CHUNK]) for i in chunks])

    def snapshot(self, step: int) -> None:
        # gradients of the full-training-set cost, as the dense history keeps them
        grads = self.net.backward(*self.data["train"])
        self.snapshots.append({"step": step, **self.net.parameters(),
                               "grad_kernels": grads.grad_kernels.copy(),
                               "grad_kernel_biases": grads.grad_kernel_biases.copy(),
                               "grad_weights": [grads.grad_weights.copy()],
                               "grad_biases": [grads.grad_biases.copy()]})

    def finish(self, step: int) -> None:
        """The last step is always recorded and snapshotted: the chapters end on it."""
        if self.records[-1]["step"] != step:
            self.record(step)
        if self.snapshots[-1]["step"] != step:
            self.snapshot(step)

    def feature_maps(self, examples: list[tuple[str, int]]) -> list[dict]:
        out = []
        for split, index in examples:
            x, y = self.data[split]
            seen = self.net.forward(x[index:index + 1])
            out.append({"split": split, "index": int(index), "label": int(classes_of(y[index])[0]),
                        "guess": int(seen.output[0].argmax()), "output": seen.output[0].copy(),
                        "feature_maps": seen.feature_maps[0].copy(), "pooled": seen.pooled[0].copy()})
        return out


def _batches(n: int, batch: int, epochs: int, rng: np.random.Generator):
    """The example indices of every step; shuffled each epoch unless it is one full batch."""
    for _ in range(epochs):
        order = np.arange(n) if batch >= n else rng.permutation(n)
        for start in range(0, n, batch):
            yield order[start:start + batch]


def _healthy(net: ConvNet, batch_cost: float, limit: float) -> bool:
    """False once the batch cost blew up or the step made a parameter non-finite."""
    params = (net.kernels, net.kernel_biases, net.weights, net.biases)
    return bool(np.isfinite(batch_cost) and batch_cost <= limit and all(np.isfinite(p).all() for p in params))


def _restore(net: ConvNet, params: dict) -> None:
    net.conv.kernels, net.conv.biases = params["kernels"], params["kernel_biases"]
    net.dense.weights, net.dense.biases = params["weights"][0], params["biases"][0]


def _config(kernels: int, lr: float, epochs: int, batch_size: int | None, seed: int,
            side: int, n_classes: int) -> dict:
    pooled = _pooled_side(side)
    return {"model": "conv", "image_side": side, "kernels": kernels, "kernel_size": KERNEL_SIZE,
            "pool": POOL, "sizes": [side * side, kernels * pooled * pooled, n_classes],
            "activations": ["relu", "softmax"], "cost": "cross_entropy", "init": "he",
            "lr": lr, "batch_size": batch_size, "epochs": epochs, "seed": seed}
