"""Each activation's derivative against centred finite differences of the activation itself."""
from __future__ import annotations

import numpy as np
import pytest

from nncore import activations

# away from 0, where relu has its kink
Z = np.array([[-2.5, -0.7, 0.3, 1.9], [0.8, -1.4, 2.2, -0.2]])


def numeric_derivative(f, z, h=1e-6):
    return (f(z + h) - f(z - h)) / (2 * h)


@pytest.mark.parametrize("name", activations.HIDDEN + ("sigmoid",))
def test_derivative_matches_finite_differences_with_and_without_the_activation(name):
    act = activations.get(name)
    expected = numeric_derivative(act, Z)
    # without `a` the activation is recomputed from z; with it, `a` is used as act(z)
    assert np.allclose(act.derivative(Z), expected, atol=1e-8)
    assert np.allclose(act.derivative(Z, act(Z)), expected, atol=1e-8)


def test_relu_passes_no_blame_back_through_a_neuron_at_exactly_zero():
    # the convention: a neuron at 0 is off (its slope is taken from the flat side)
    assert activations.get("relu").derivative(np.array([[0.0, -0.0]])).tolist() == [[0.0, 0.0]]


def test_softmax_backward_is_the_jacobian_of_finite_differences():
    soft = activations.get("softmax")
    z, da = Z[:1], np.array([[0.3, -1.2, 0.5, 2.0]])
    # d(cost)/dz_j = sum_i da_i * d(a_i)/d(z_j), each column of the Jacobian by nudging z_j
    expected = [(da * numeric_derivative(lambda s: soft(z + s * np.eye(4)[j]), 0.0)).sum() for j in range(4)]
    assert np.allclose(activations.backward(soft, z, da), [expected], atol=1e-8)


def test_an_unknown_name_lists_the_choices():
    with pytest.raises(KeyError, match="unknown activation 'gelu'; choose one of sigmoid, tanh, relu, softmax"):
        activations.get("gelu")


def test_softmax_is_finite_for_huge_inputs_and_rows_of_different_scale():
    # [1000, 1000 + ln 3] is [1, 3] times e^1000: shares 1/4 and 3/4; each row on its own
    z = np.array([[1000.0, 1000.0 + np.log(3.0)], [0.0, np.log(3.0)]])
    assert np.allclose(activations.get("softmax")(z), [[0.25, 0.75], [0.25, 0.75]])
