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


def test_a_sure_and_wrong_softmax_still_gets_the_gradient_guess_minus_answer():
    # outputs [1, 0] to the last float (z differs by 800) while the answer is [0, 1]: the
    # cross-entropy's -y/a alone would be 0/0; through the pair it is (a - y) / examples
    net = Network([np.array([[400.0], [-400.0]])], [np.zeros(2)], ["softmax"], "cross_entropy")
    p = net.backward(np.array([[1.0]]), np.array([[0.0, 1.0]]))
    assert np.allclose(p.grad_biases[0], [1.0, -1.0]) and np.allclose(p.grad_weights[0], [[1.0], [-1.0]])


def test_guesses_are_whole_class_numbers_by_argmax_or_at_least_one_half():
    three = Network([np.eye(3)], [np.zeros(3)], ["softmax"], "cross_entropy")
    g = three.guesses(np.array([[0.0, 2.0, 1.0], [5.0, 0.0, 1.0], [0.0, 0.0, 3.0]]))
    assert g.tolist() == [1, 0, 2] and np.issubdtype(g.dtype, np.integer)   # they index the labels
    # zero weights give exactly 0.5: a lone output at one half counts as class 1, for targets too
    one = Network([np.zeros((1, 2))], [np.zeros(1)], ["sigmoid"], "squared_error")
    g = one.guesses(np.array([[3.0, 1.0]]))
    assert g.tolist() == [1] and np.issubdtype(g.dtype, np.integer)
    c = classes_of(np.array([[0.5], [0.49]]))
    assert c.tolist() == [1, 0] and np.issubdtype(c.dtype, np.integer)


def test_a_network_copies_its_parameters_as_floats():
    # whole-number weights must still take fractional values (the landscape sets them one by one)
    weights, biases = [[[1, 2]]], [[0]]
    net = Network(weights, biases, ["sigmoid"], "squared_error")
    net.layers[0].weights[0, 0] = 0.5
    net.layers[0].biases[0] = 0.25
    assert weights == [[[1, 2]]] and biases == [[0]]
    # z = 0.5 * 2 + 2 * 0.5 + 0.25 = 2.25
    assert net.predict(np.array([[2.0, 0.5]]))[0, 0] == pytest.approx(1 / (1 + np.exp(-2.25)))


def test_parameters_round_trip_and_a_snapshot_is_a_copy():
    net, x, y = small_net("tanh", "sigmoid", "squared_error", "random", seed=4)
    new = [p + 1.0 for p in net.params()]
    net.set_params(new)
    assert all(a is b for a, b in zip(net.params(), new))
    assert [p.shape for p in net.params()] == [(4, 3), (4,), (3, 4), (3,), (3, 3), (3,)]
    fields = net.snapshot_fields(x, y)
    assert sorted(fields) == ["biases", "grad_biases", "grad_weights", "weights"]
    for kept, now in zip(fields["weights"] + fields["biases"], net.weights + net.biases):
        assert np.array_equal(kept, now) and kept is not now
    for got, layer in zip(fields["grad_weights"], net.layers):
        assert np.allclose(got, numeric_gradient(net, x, y, layer.weights), atol=1e-6)
    for got, layer in zip(fields["grad_biases"], net.layers):
        assert np.allclose(got, numeric_gradient(net, x, y, layer.biases), atol=1e-6)
    assert np.array_equal(net.outputs(x), net.predict(x))


def test_a_network_and_a_layer_name_their_shape():
    net, _, _ = small_net("relu", "softmax", "cross_entropy", "he", seed=0)
    assert repr(net) == "Network(3-4-3-3, cross_entropy)"
    assert repr(net.layers[0]) == "Dense(3 -> 4, relu)"
