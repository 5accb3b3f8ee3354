"""Activation functions, each carrying its own derivative.

All work on batches: z has shape (n_examples, n_neurons).
"""
from __future__ import annotations

import numpy as np


class Sigmoid:
    name = "sigmoid"

    def __call__(self, z: np.ndarray) -> np.ndarray:
        # the same curve through tanh: one fast ufunc that never overflows
        return 0.5 + 0.5 * np.tanh(0.5 * z)

    def derivative(self, z: np.ndarray, a: np.ndarray | None = None) -> np.ndarray:
        s = self(z) if a is None else a
        return s * (1.0 - s)


class Tanh:
    name = "tanh"

    def __call__(self, z: np.ndarray) -> np.ndarray:
        return np.tanh(z)

    def derivative(self, z: np.ndarray, a: np.ndarray | None = None) -> np.ndarray:
        t = np.tanh(z) if a is None else a
        return 1.0 - t * t


class ReLU:
    name = "relu"

    def __call__(self, z: np.ndarray) -> np.ndarray:
        return np.maximum(z, 0.0)

    def derivative(self, z: np.ndarray, a: np.ndarray | None = None) -> np.ndarray:
        return (z > 0).astype(float)


class Softmax:
    """Output-only: its derivative is folded into the cross-entropy cost."""

    name = "softmax"

    def __call__(self, z: np.ndarray) -> np.ndarray:
        e = np.exp(z - z.max(axis=-1, keepdims=True))
        return e / e.sum(axis=-1, keepdims=True)

    def backward(self, z: np.ndarray, da: np.ndarray) -> np.ndarray:
        """Turn d(cost)/d(a) into d(cost)/d(z) through the softmax's Jacobian."""
        s = self(z)
        return s * (da - (da * s).sum(axis=-1, keepdims=True))


ACTIVATIONS = {a.name: a for a in (Sigmoid(), Tanh(), ReLU(), Softmax())}
HIDDEN = ("sigmoid", "tanh", "relu")
OUTPUT = ("sigmoid", "softmax")


def get(name: str):
    """The activation called `name`; KeyError names the choices."""
    try:
        return ACTIVATIONS[name]
    except KeyError:
        raise KeyError(f"unknown activation {name!r}; choose one of {', '.join(ACTIVATIONS)}") from None


def backward(act, z: np.ndarray, da: np.ndarray, a: np.ndarray | None = None) -> np.ndarray:
    """d(cost)/d(z) from d(cost)/d(a) for any activation; `a` (= act(z)) saves recomputing it."""
    if hasattr(act, "backward"):
        return act.backward(z, da)
    return da * act.derivative(z, a)
