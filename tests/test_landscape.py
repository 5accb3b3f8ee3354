"""The cost landscape: a real slice through the real cost surface."""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from nncore import landscape
from nncore.presets import config_for
from nncore.train import train


def test_the_slice_is_the_real_cost_with_two_weights_changed(tiny_history):
    h = tiny_history
    weights = landscape.clearest_weights(h)
    a, b = landscape.grid_around(landscape.path(h, weights), n=5)
    costs = landscape.cost_slice(h, weights, a, b)
    x, y = h.split("train")
    (la, ra, ca), (lb, rb, cb) = weights
    for i, j in [(0, 0), (2, 3), (4, 1)]:
        ws = [w.copy() for w in h.snapshot().weights]
        ws[la][ra, ca], ws[lb][rb, cb] = a[i], b[j]
        acts = {"tanh": np.tanh, "sigmoid": lambda z: 1 / (1 + np.exp(-z))}
        out = x
        for w, bias, act in zip(ws, h.snapshot().biases, h.config["activations"]):
            out = acts[act](out @ w.T + bias)
        assert costs[i, j] == pytest.approx(((out - y) ** 2).sum(1).mean(), rel=1e-12)


def test_computing_a_slice_leaves_the_history_untouched(tiny_history):
    before = tiny_history.to_json()
    weights = landscape.clearest_weights(tiny_history)
    a, b = landscape.grid_around(landscape.path(tiny_history, weights), n=4)
    landscape.cost_slice(tiny_history, weights, a, b)
    landscape.cost_along_path(tiny_history, weights)
    assert tiny_history.to_json() == before


def test_the_path_ends_at_the_final_weights_and_lies_inside_the_grid(tiny_history):
    weights = landscape.clearest_weights(tiny_history)
    pts = landscape.path(tiny_history, weights)
    (l, r, c), _ = weights
    assert pts[-1, 0] == tiny_history.snapshot().weights[l][r, c]
    a, b = landscape.grid_around(pts)
    assert a.min() < pts[:, 0].min() and pts[:, 0].max() < a.max()
    assert b.min() < pts[:, 1].min() and pts[:, 1].max() < b.max()


def test_a_network_without_hidden_layers_still_gets_two_weights():
    h = train(config_for("tiny", hidden=[], epochs=20))
    first, second = landscape.clearest_weights(h)
    assert first != second


def moved(*moves, first=None):
    """A stand-in history (clearest_weights reads only its snapshots' weights) whose weights went
    from `first` (zeros if not given) by `moves`; a middle snapshot moved another weight far."""
    moves = [np.array(m, float) for m in moves]
    first = [np.zeros_like(m) for m in moves] if first is None else [np.array(f, float) for f in first]
    middle = [f.copy() for f in first]
    middle[0][0, 0] += 50.0
    return SimpleNamespace(snapshots=[SimpleNamespace(weights=w)
                                      for w in (first, middle, [f + m for f, m in zip(first, moves)])])


def test_the_two_clearest_weights_moved_most_and_feed_different_neurons():
    # the biggest move is a fall (-0.9); the next biggest (0.8) feeds the same neuron, so 0.5 is taken
    assert landscape.clearest_weights(moved([[-0.9, 0.8], [0.5, 0.1]], [[0.3, 0.2]])) == ((0, 0, 0), (0, 1, 0))
    # a weight of a later layer is another neuron too
    assert landscape.clearest_weights(moved([[0.1, 0.9], [0.5, 0.0]], [[0.7]])) == ((0, 0, 1), (1, 0, 0))
    # the second layer's second weight moved most; its neighbour in the row is passed over
    assert landscape.clearest_weights(moved([[0.2, 0.1], [0.6, 0.0]], [[0.8, 0.9]])) == ((1, 0, 1), (0, 1, 0))
    # one neuron in all: the second weight comes from the same row
    assert landscape.clearest_weights(moved([[0.2, 0.9, -0.4]])) == ((0, 0, 1), (0, 0, 2))
    # moves, not end values: 0.9 from -0.45 ends at 0.45, below 0.6 from 0
    assert landscape.clearest_weights(moved([[0.9, 0.1], [0.6, 0.0]], first=[[[-0.45, 0.0], [0.0, 0.0]]])) == \
        ((0, 0, 0), (0, 1, 0))


def test_a_slice_and_its_path_are_the_cost_of_the_network_at_the_step_asked(tiny_history):
    h = tiny_history
    weights = landscape.clearest_weights(h)
    (la, ra, ca), (lb, rb, cb) = weights
    x, y = h.split("train")
    for snap in (h.snapshots[0], h.snapshots[-1]):
        a, b = snap.weights[la][ra, ca], snap.weights[lb][rb, cb]
        # at the snapshot's own values of the two weights, the slice is that snapshot's cost
        assert landscape.cost_slice(h, weights, [a], [b], snap.step)[0, 0] == \
            pytest.approx(h.network(snap.step).cost_of(x, y), rel=1e-12)
    along = landscape.cost_along_path(h, weights, h.snapshots[0].step)
    assert along.shape == (len(h.snapshots),)
    assert along[0] == pytest.approx(h.network(h.snapshots[0].step).cost_of(x, y), rel=1e-12)
    assert landscape.cost_along_path(h, weights)[-1] == pytest.approx(h.network().cost_of(x, y), rel=1e-12)


def test_the_grid_pads_the_path_by_three_tenths_of_its_span_or_a_quarter():
    a, b = landscape.grid_around(np.array([[0.0, 0.0], [1.0, 2.0], [0.5, 1.0]]), n=3)
    assert np.allclose(a, [-0.3, 0.5, 1.3]) and np.allclose(b, [-0.6, 1.0, 2.6])
    # a path that never moved gets a quarter either side; 25 values by default
    a, b = landscape.grid_around(np.array([[1.0, -2.0]]))
    assert len(a) == len(b) == 25
    assert (a[0], a[-1], b[0], b[-1]) == pytest.approx((0.75, 1.25, -2.25, -1.75))
