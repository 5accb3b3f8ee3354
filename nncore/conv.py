"""A small convolutional network for the 8x8 digits: kernels, relu, pooling, a softmax output.

conv (k kernels of 3x3, relu) -> max pool 2x2 -> flatten -> dense softmax, cross-entropy cost.
Shapes for 8x8 images: (n, 8, 8) -> (n, k, 6, 6) -> (n, k, 3, 3) -> (n, k*9) -> (n, classes).
Flattening is kernel by kernel, then row by row (C order), as torch's `flatten(1)` does.
Like layers.py, each layer's `forward` keeps what its `backward` needs.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from nncore import activations, costs, init
from nncore.layers import Dense
from nncore.network import classes_of

KERNEL_SIZE = 3
POOL = 2
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
    def start(cls, n_kernels: int, side: int, n_classes: int, method: str,
              rng: np.random.Generator) -> "ConvNet":
        """Kernels drawn with `method`'s scale (he by default: relu follows them), the output
        layer Xavier-scaled (softmax follows it), zero biases. `constant` makes every kernel
        and every output weight equal: the symmetric start, as for the dense network."""
        n_flat = n_kernels * _pooled_side(side) ** 2
        if method == "constant":
            kernels = np.full((n_kernels, KERNEL_SIZE, KERNEL_SIZE), init.CONSTANT_WEIGHT / KERNEL_SIZE)
            weights = np.full((n_classes, n_flat), init.CONSTANT_WEIGHT / np.sqrt(n_flat))
            return cls(kernels, np.zeros(n_kernels), weights, np.zeros(n_classes))
        kernels = rng.normal(0.0, init.weight_scale(method, KERNEL_SIZE ** 2, n_kernels),
                             size=(n_kernels, KERNEL_SIZE, KERNEL_SIZE))
        weights = rng.normal(0.0, init.weight_scale("xavier", n_flat, n_classes), size=(n_classes, n_flat))
        return cls(kernels, np.zeros(n_kernels), weights, np.zeros(n_classes))

    @classmethod
    def from_snapshot(cls, snap) -> "ConvNet":
        """From a history Snapshot of a convnet's run."""
        return cls(snap.kernels, snap.kernel_biases, snap.weights[0], snap.biases[0])

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

    # --- what the training loop (nncore/train.py) reads and writes ---

    def params(self) -> list[np.ndarray]:
        return [self.conv.kernels, self.conv.biases, self.dense.weights, self.dense.biases]

    def grads(self) -> list[np.ndarray]:
        """The last backward pass's gradients, in the order of `params`."""
        return [self.conv.dK, self.conv.db, self.dense.dW, self.dense.db]

    def set_params(self, params: list[np.ndarray]) -> None:
        self.conv.kernels, self.conv.biases, self.dense.weights, self.dense.biases = params

    def outputs(self, x: np.ndarray) -> np.ndarray:
        """predict over many examples, in slices that stay in cache: about 3x faster here."""
        x = as_images(x)
        chunks = range(0, len(x), RECORD_CHUNK)
        return np.concatenate([self.predict(x[i:i + RECORD_CHUNK]) for i in chunks])

    def snapshot_fields(self, x: np.ndarray, y: np.ndarray) -> dict:
        """Copies of the parameters, and the gradients of the cost over x, y, under the snapshot's names."""
        grads = self.backward(x, y)
        return {**self.parameters(), "grad_kernels": grads.grad_kernels.copy(),
                "grad_kernel_biases": grads.grad_kernel_biases.copy(),
                "grad_weights": [grads.grad_weights.copy()], "grad_biases": [grads.grad_biases.copy()]}

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


# --- what a trained convnet saw ---

def first_of_each_class(y: np.ndarray) -> list[tuple[str, int]]:
    """The first test example of every class, in class order."""
    classes = classes_of(y)
    return [("test", int(np.flatnonzero(classes == c)[0])) for c in np.unique(classes)]


def kept_maps(net: ConvNet, splits: dict, examples: list[tuple[str, int]]) -> list[dict]:
    """For each (split, index) example: the label, the net's guess and output, its feature maps
    and pooled maps. `splits` maps a split's name to its (x, y)."""
    out = []
    for split, index in examples:
        x, y = splits[split]
        seen = net.forward(x[index:index + 1])
        out.append({"split": split, "index": int(index), "label": int(classes_of(y[index])[0]),
                    "guess": int(seen.output[0].argmax()), "output": seen.output[0].copy(),
                    "feature_maps": seen.feature_maps[0].copy(), "pooled": seen.pooled[0].copy()})
    return out


def config_of(net: ConvNet, side: int) -> dict:
    """The shape of a convnet reading side x side pictures, as its history's config says it."""
    k, n_classes = len(net.kernels), len(net.biases)
    pooled = _pooled_side(side)
    return {"model": "conv", "image_side": side, "kernels": k, "kernel_size": KERNEL_SIZE,
            "pool": POOL, "sizes": [side * side, k * pooled * pooled, n_classes],
            "activations": ["relu", "softmax"], "cost": "cross_entropy"}
