"""The two costs on hand-worked values, and their derivatives against finite differences."""
from __future__ import annotations

import math

import numpy as np
import pytest

from nncore import costs

A = np.array([[0.9, 0.1], [0.4, 0.6]])
Y = np.array([[1.0, 0.0], [0.0, 1.0]])


def test_squared_error_per_example_and_mean_by_hand():
    # (0.9-1)^2 + 0.1^2 = 0.02; 0.4^2 + (0.6-1)^2 = 0.32
    se = costs.get("squared_error")
    assert np.allclose(se.per_example(A, Y), [0.02, 0.32])
    assert se(A, Y) == pytest.approx(0.17)


def test_cross_entropy_per_example_and_mean_by_hand():
    ce = costs.get("cross_entropy")
    assert np.allclose(ce.per_example(A, Y), [-math.log(0.9), -math.log(0.6)])
    assert ce(A, Y) == pytest.approx(-(math.log(0.9) + math.log(0.6)) / 2)
    # a guess of exactly 0 for the right class costs a lot, but a finite lot
    assert np.isfinite(ce(np.array([[0.0, 1.0]]), np.array([[1.0, 0.0]])))


@pytest.mark.parametrize("name", list(costs.COSTS))
def test_derivative_is_the_slope_of_the_mean_cost(name):
    cost, h = costs.get(name), 1e-6
    numeric = np.zeros_like(A)
    for idx in np.ndindex(A.shape):
        up, down = A.copy(), A.copy()
        up[idx] += h
        down[idx] -= h
        numeric[idx] = (cost(up, Y) - cost(down, Y)) / (2 * h)
    assert np.allclose(cost.derivative(A, Y), numeric, atol=1e-7)


def test_an_unknown_name_lists_the_choices():
    with pytest.raises(KeyError, match="unknown cost 'hinge'; choose one of squared_error, cross_entropy"):
        costs.get("hinge")
