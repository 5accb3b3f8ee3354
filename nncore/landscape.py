"""A real map of the cost surface: a flat plane through the run itself, every dial moving.

A spot (a, b) on the map is the network with every weight and bias set to

    start + a * (end - start) + b * across

where `across` is the part of one middle snapshot's move that is not along end - start,
made as long as end - start. So the start (0, 0), the end (1, 0) and that middle snapshot
lie exactly on the map, and their map costs are the run's real costs there; every other
snapshot is drawn where it is closest on the map (`project`), a little off it (`off_map`).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nncore.history import History


def flat(snapshot) -> np.ndarray:
    """Every weight, then every bias, of one snapshot as one long list of numbers."""
    return np.concatenate([w.ravel() for w in snapshot.weights] + [b.ravel() for b in snapshot.biases])


@dataclass(frozen=True)
class Plane:
    """The map's origin (the start's dials) and its two directions, as flat lists of numbers."""

    start: np.ndarray
    along: np.ndarray      # end - start: a = 1 is where the run ended
    across: np.ndarray     # at right angles to `along`, as long as it
    middle: int            # the snapshot that, with the start and the end, the plane goes through

    def dials(self, a: float, b: float) -> np.ndarray:
        return self.start + a * self.along + b * self.across


def plane_of(history: History) -> Plane:
    """The plane through the first snapshot, the last, and the middle snapshot that strays
    furthest from the straight line between them (so the map shows how the run bent)."""
    points = np.array([flat(s) for s in history.snapshots])
    start, along = points[0], points[-1] - points[0]
    length = np.linalg.norm(along)
    if length == 0:                       # a run that never moved: any two directions will do
        along = np.eye(len(start))[0]
        length = 1.0
    moves = points - start
    sideways = moves - np.outer(moves @ along / length ** 2, along)
    middle = int(np.argmax(np.linalg.norm(sideways, axis=1)))
    across = sideways[middle]
    if np.linalg.norm(across) < 1e-12 * length:   # a straight run: any direction at right angles
        across = np.eye(len(start))[int(np.argmin(np.abs(along)))]
        across = across - (across @ along) / length ** 2 * along
    return Plane(start, along, across / np.linalg.norm(across) * length, middle)


def project(plane: Plane, dials: np.ndarray) -> np.ndarray:
    """Where a setting of every dial is closest on the map: its (a, b)."""
    move = np.asarray(dials) - plane.start
    return np.array([move @ plane.along, move @ plane.across]) / (plane.along @ plane.along)


def snapshots_of(run) -> list:
    """A history's (or a learning-rate run's) snapshots, or `run` itself when it is a list of them."""
    return list(getattr(run, "snapshots", run))


def path(run, plane: Plane) -> np.ndarray:
    """Every snapshot of `run` (a history, a learning-rate run or a list of snapshots) drawn
    on the map, where it is closest: shape (n_snapshots, 2)."""
    return np.array([project(plane, flat(s)) for s in snapshots_of(run)]).reshape(-1, 2)


def off_map(run, plane: Plane) -> np.ndarray:
    """How far each snapshot of `run` (as `path`) lies off the map, as a share of the
    distance from start to end."""
    out = []
    for s in snapshots_of(run):
        a, b = project(plane, flat(s))
        out.append(np.linalg.norm(flat(s) - plane.dials(a, b)))
    return np.array(out) / np.linalg.norm(plane.along)


def grid_around(points: np.ndarray, n: int = 25, margin: float = 0.3,
                square: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Evenly spaced values for each map direction covering the path, with a margin on every
    side; `square`: both directions over the same span (centred on the path), so a square
    picture is not stretched and downhill is drawn across the contour lines."""
    lo, hi = points.min(axis=0), points.max(axis=0)
    pad = np.maximum((hi - lo) * margin, 0.25)
    if square:
        pad = pad + (np.max(hi - lo + 2 * pad) - (hi - lo + 2 * pad)) / 2
    return np.linspace(lo[0] - pad[0], hi[0] + pad[0], n), np.linspace(lo[1] - pad[1], hi[1] + pad[1], n)


def network_of(history: History, values: np.ndarray):
    """The network with every dial set to `values`, weights first, then biases, as `flat` lists them."""
    net = history.network(history.snapshots[0].step)
    k = 0
    for layer in net.layers:                      # weights first, then biases, as `flat` lists them
        layer.weights[...] = values[k:k + layer.weights.size].reshape(layer.weights.shape)
        k += layer.weights.size
    for layer in net.layers:
        layer.biases[...] = values[k:k + layer.biases.size]
        k += layer.biases.size
    return net


def network_at(history: History, plane: Plane, a: float, b: float):
    """The network with every dial set to the map's spot (a, b)."""
    return network_of(history, plane.dials(a, b))


def turned_cost(history: History, values: np.ndarray, dial: int, by: float) -> float:
    """Full-training-set cost with one dial of `values` (as `flat` lists them) turned by `by`,
    every other dial left as it is: off the map, the network itself."""
    turned = np.array(values, dtype=float)
    turned[dial] += by
    x, y = history.split("train")
    return float(network_of(history, turned).cost_of(x, y))


def cost_map(history: History, plane: Plane, values_a, values_b) -> np.ndarray:
    """Full-training-set cost at every spot: costs[i, j] at a = values_a[i], b = values_b[j]."""
    x, y = history.split("train")
    return np.array([[network_at(history, plane, a, b).cost_of(x, y) for b in values_b] for a in values_a])


def slope(history: History, plane: Plane, a: float, b: float) -> np.ndarray:
    """How fast the cost rises going along the map's two directions from (a, b), in map units:
    the full gradient at that spot, read along each direction. Minus it points downhill."""
    x, y = history.split("train")
    grads = network_at(history, plane, a, b).backward(x, y)
    g = np.concatenate([w.ravel() for w in grads.grad_weights] + [b_.ravel() for b_ in grads.grad_biases])
    return np.array([g @ plane.along, g @ plane.across])


def walk(history: History, plane: Plane, start, lr: float, n: int) -> tuple[np.ndarray, np.ndarray]:
    """`n` steps of gradient descent on the map itself with step size `lr` (in map units),
    from `start`: the points and the map's cost at each (n + 1 of each)."""
    x, y = history.split("train")
    points = [np.asarray(start, dtype=float)]
    for _ in range(n):
        points.append(points[-1] - lr * slope(history, plane, *points[-1]))
    return np.array(points), np.array([network_at(history, plane, *p).cost_of(x, y) for p in points])
