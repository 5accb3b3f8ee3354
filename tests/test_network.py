"""Backpropagation against centred finite differences, for every activation x cost x init."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

from nncore import activations
from nncore.init import METHODS, initial_parameters
from nncore.network import Network, classes_of

OUTPUTS = [("sigmoid", "squared_error"), ("softmax", "squared_error"), ("softmax", "cross_entropy")]


def small_net(hidden_act, output_act, cost, init, seed):
    rng = np.random.default_rng(seed)
    sizes = [3, 4, 3, 3]
    weights, biases = initial_parameters(sizes, init, rng)
    # random biases too, so `constant` nets still exercise every path
    biases = [rng.normal(0, 0.5, b.shape) for b in biases]
    net = Network(weights, biases, [hidden_act, hidden_act, output_act], cost)
    x = rng.normal(size=(5, 3))
    y = np.eye(3)[rng.integers(0, 3, 5)]
    return net, x, y


def numeric_gradient(net, x, y, array, h=1e-6):
    grad = np.zeros_like(array)
    for idx in np.ndindex(array.shape):
        old = array[idx]
        array[idx] = old + h
        up = net.cost_of(x, y)
        array[idx] = old - h
        down = net.cost_of(x, y)
        array[idx] = old
        grad[idx] = (up - down) / (2 * h)
    return grad


def relative_error(a, b):
    # the floor keeps gradients that are zero by symmetry (finite differences give about
    # 1e-10 of rounding noise there) from dividing noise by noise
    return np.abs(a - b).max() / max(np.abs(a).max(), np.abs(b).max(), 1e-3)


@pytest.mark.parametrize("hidden_act,output,init",
                         list(itertools.product(activations.HIDDEN, OUTPUTS, METHODS)))
def test_gradients_match_finite_differences(hidden_act, output, init):
    net, x, y = small_net(hidden_act, output[0], output[1], init, seed=7)
    p = net.backward(x, y)
    for layer, gw, gb in zip(net.layers, p.grad_weights, p.grad_biases):
        assert relative_error(gw, numeric_gradient(net, x, y, layer.weights)) < 1e-6
        assert relative_error(gb, numeric_gradient(net, x, y, layer.biases)) < 1e-6


@pytest.mark.parametrize("hidden_act,output", list(itertools.product(activations.HIDDEN, OUTPUTS)))
def test_gradients_match_torch(hidden_act, output):
    torch = pytest.importorskip("torch")
    net, x, y = small_net(hidden_act, output[0], output[1], "random", seed=3)
    p = net.backward(x, y)
    ws = [torch.tensor(w, requires_grad=True) for w in net.weights]
    bs = [torch.tensor(b, requires_grad=True) for b in net.biases]
    fns = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu,
           "softmax": lambda z: torch.softmax(z, dim=1)}
    a = torch.tensor(x)
    for w, b, act in zip(ws, bs, [hidden_act, hidden_act, output[0]]):
        a = fns[act](a @ w.T + b)
    t = torch.tensor(y)
    cost = ((a - t) ** 2).sum(1).mean() if output[1] == "squared_error" else -(t * torch.log(a)).sum(1).mean()
    cost.backward()
    for w, gw in zip(ws, p.grad_weights):
        assert relative_error(gw, w.grad.numpy()) < 1e-6


def test_delta_is_the_gradient_of_each_weighted_input():
    net, x, y = small_net("tanh", "sigmoid", "squared_error", "random", seed=1)
    p = net.backward(x, y)
    # nudging one neuron's bias by h moves its z by h for every example: its blame summed
    for layer, delta in zip(net.layers, p.delta):
        assert np.allclose(delta.sum(axis=0), numeric_gradient(net, x, y, layer.biases), atol=1e-8)


def test_forward_returns_every_layer():
    net, x, _ = small_net("relu", "softmax", "cross_entropy", "he", seed=2)
    p = net.forward(x)
    assert [a.shape[1] for a in p.a] == net.sizes
    assert np.allclose(p.a[-1].sum(axis=1), 1.0)
    assert len(p.z) == len(net.layers)


def test_sigmoid_is_finite_for_huge_inputs():
    z = np.array([[-1000.0, 0.0, 1000.0]])
    s = activations.get("sigmoid")(z)
    assert np.isfinite(s).all() and s[0, 0] == 0.0 and s[0, 2] == 1.0


def test_accuracy_uses_argmax_or_threshold():
    one = Network([np.array([[10.0]])], [np.array([0.0])], ["sigmoid"], "squared_error")
    assert one.accuracy(np.array([[1.0], [-1.0]]), np.array([[1.0], [0.0]])) == 1.0
    assert list(classes_of(np.array([[0, 1, 0], [1, 0, 0]]))) == [1, 0]
