"""Costs: how wrong the network's guesses are, as one number.

Both are means over examples of a per-example sum over outputs (docs/design.md).
"""
from __future__ import annotations

import numpy as np

# keeps log() finite when a softmax output rounds to exactly 0
_TINY = 1e-300


class SquaredError:
    name = "squared_error"

    def __call__(self, a: np.ndarray, y: np.ndarray) -> float:
        return float(((a - y) ** 2).sum(axis=1).mean())

    def per_example(self, a: np.ndarray, y: np.ndarray) -> np.ndarray:
        return ((a - y) ** 2).sum(axis=1)

    def derivative(self, a: np.ndarray, y: np.ndarray) -> np.ndarray:
        """d(cost)/d(a), already divided by the number of examples."""
        return 2.0 * (a - y) / len(a)


class CrossEntropy:
    name = "cross_entropy"

    def __call__(self, a: np.ndarray, y: np.ndarray) -> float:
        return float(self.per_example(a, y).mean())

    def per_example(self, a: np.ndarray, y: np.ndarray) -> np.ndarray:
        return -(y * np.log(np.maximum(a, _TINY))).sum(axis=1)

    def derivative(self, a: np.ndarray, y: np.ndarray) -> np.ndarray:
        return -y / np.maximum(a, _TINY) / len(a)


COSTS = {c.name: c for c in (SquaredError(), CrossEntropy())}


def get(name: str):
    try:
        return COSTS[name]
    except KeyError:
        raise KeyError(f"unknown cost {name!r}; choose one of {', '.join(COSTS)}") from None
