"""A real slice of the cost surface: vary two weights, hold every other at its value."""
from __future__ import annotations

import numpy as np

from nncore.history import History

Weight = tuple[int, int, int]   # (layer, row, col) into the weights list: layer 0 feeds the first hidden layer


def clearest_weights(history: History) -> tuple[Weight, Weight]:
    """The two weights that moved most between the first and last snapshot (different rows),
    so the slice shows a real valley the run actually walked down."""
    first, last = history.snapshots[0].weights, history.snapshots[-1].weights
    moves = [(abs(b - a)[r, c], (layer, r, c))
             for layer, (a, b) in enumerate(zip(first, last)) for r, c in np.ndindex(a.shape)]
    moves.sort(reverse=True)
    best = moves[0][1]
    # prefer a weight into another neuron; a net with one output neuron has only one row
    others = [w for _, w in moves[1:] if (w[0], w[1]) != (best[0], best[1])] or [w for _, w in moves[1:]]
    return best, others[0]


def path(history: History, weights: tuple[Weight, Weight]) -> np.ndarray:
    """The values the two weights took at every snapshot: shape (n_snapshots, 2)."""
    return np.array([[s.weights[l][r, c] for (l, r, c) in weights] for s in history.snapshots])


def grid_around(points: np.ndarray, n: int = 25, margin: float = 0.3) -> tuple[np.ndarray, np.ndarray]:
    """Evenly spaced values for each weight covering the path, with a margin on every side."""
    lo, hi = points.min(axis=0), points.max(axis=0)
    pad = np.maximum((hi - lo) * margin, 0.25)
    return np.linspace(lo[0] - pad[0], hi[0] + pad[0], n), np.linspace(lo[1] - pad[1], hi[1] + pad[1], n)


def cost_slice(history: History, weights: tuple[Weight, Weight], values_a: np.ndarray,
               values_b: np.ndarray, step: int | None = None) -> np.ndarray:
    """Full-training-set cost with the two weights set to each grid pair, the rest as at `step`.

    costs[i, j] is the cost at weight a = values_a[i], weight b = values_b[j].
    """
    net = history.network(step)
    x, y = history.split("train")
    (la, ra, ca), (lb, rb, cb) = weights
    costs = np.empty((len(values_a), len(values_b)))
    for i, va in enumerate(values_a):
        net.layers[la].weights[ra, ca] = va
        for j, vb in enumerate(values_b):
            net.layers[lb].weights[rb, cb] = vb
            costs[i, j] = net.cost_of(x, y)
    return costs


def cost_along_path(history: History, weights: tuple[Weight, Weight], step: int | None = None) -> np.ndarray:
    """The slice's cost at each point of the path (where the ball is drawn)."""
    pts = path(history, weights)
    return np.array([cost_slice(history, weights, [a], [b], step)[0, 0] for a, b in pts])
