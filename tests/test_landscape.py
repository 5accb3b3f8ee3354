"""The cost landscape: a real slice through the real cost surface."""
from __future__ import annotations

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
