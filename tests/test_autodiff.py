"""Backpropagation against an independent automatic differentiation (HIPS autograd).

The costs below are written again from their definitions in autograd's numpy, sharing no
code with nncore; autograd differentiates them, and nncore's hand-written backward passes
must agree to 1e-6 for every hidden activation, output and cost, and for the convnet.
autograd is in the test extras, so these run on every push (torch comparisons in
test_network.py and test_conv.py stay optional).
"""
from __future__ import annotations

import itertools

import autograd.numpy as anp
import numpy as np
import pytest
from autograd import grad

from nncore import activations
from nncore.conv import ConvNet
from nncore.init import initial_parameters
from nncore.network import Network

TOLERANCE = 1e-6
# every output the network can have with every cost
OUTPUTS = list(itertools.product(("sigmoid", "softmax"), ("squared_error", "cross_entropy")))

ACTIVATIONS = {
    "sigmoid": lambda z: 1.0 / (1.0 + anp.exp(-z)),
    "tanh": anp.tanh,
    "relu": lambda z: anp.maximum(z, 0.0),
    "softmax": lambda z: anp.exp(z - anp.max(z, axis=1, keepdims=True))
    / anp.sum(anp.exp(z - anp.max(z, axis=1, keepdims=True)), axis=1, keepdims=True),
}
COSTS = {
    "squared_error": lambda a, y: anp.mean(anp.sum((a - y) ** 2, axis=1)),
    "cross_entropy": lambda a, y: anp.mean(-anp.sum(y * anp.log(a), axis=1)),
}


def relative_error(a, b) -> float:
    a, b = np.asarray(a), np.asarray(b)
    return float(np.abs(a - b).max() / max(np.abs(a).max(), np.abs(b).max(), 1e-12))


def dense_cost(params, x, y, acts, cost):
    """The mean cost of a dense network; params = [w0, b0, w1, b1, ...]."""
    a = x
    for w, b, act in zip(params[::2], params[1::2], acts):
        a = ACTIVATIONS[act](anp.dot(a, w.T) + b)
    return COSTS[cost](a, y)


@pytest.mark.parametrize("hidden_act,output", list(itertools.product(activations.HIDDEN, OUTPUTS)),
                         ids=lambda v: "-".join(v) if isinstance(v, tuple) else v)
def test_dense_gradients_match_autograd(hidden_act, output):
    rng = np.random.default_rng(11)
    sizes = [4, 5, 3, 3]
    weights, _ = initial_parameters(sizes, "random", rng)
    biases = [rng.normal(0, 0.5, n) for n in sizes[1:]]
    acts = [hidden_act, hidden_act, output[0]]
    x, y = rng.normal(size=(6, 4)), np.eye(3)[rng.integers(0, 3, 6)]
    net = Network(weights, biases, acts, output[1])
    p = net.backward(x, y)
    assert all(np.abs(z).min() > 1e-6 for z in p.z)      # no relu input on its kink
    params = [a for w, b in zip(weights, biases) for a in (w, b)]
    theirs = grad(dense_cost)(params, x, y, acts, output[1])
    assert net.cost_of(x, y) == pytest.approx(dense_cost(params, x, y, acts, output[1]), rel=1e-12)
    ours = [g for gw, gb in zip(p.grad_weights, p.grad_biases) for g in (gw, gb)]
    for mine, other in zip(ours, theirs):
        assert relative_error(mine, other) < TOLERANCE


def conv_cost(params, images, y):
    """3x3 kernels slid by hand, relu, 2x2 max pooling (an odd edge dropped), softmax, cross-entropy."""
    kernels, kernel_biases, w, b = params
    n, height, width = images.shape
    oh, ow = height - 2, width - 2
    z = sum(kernels[None, :, i, j, None, None] * images[:, None, i:i + oh, j:j + ow]
            for i in range(3) for j in range(3)) + kernel_biases[None, :, None, None]
    maps = anp.maximum(z, 0.0)
    ph, pw = oh // 2, ow // 2
    blocks = anp.reshape(maps[:, :, :2 * ph, :2 * pw], (n, len(kernels), ph, 2, pw, 2))
    pooled = anp.max(anp.max(blocks, axis=5), axis=3)
    out = ACTIVATIONS["softmax"](anp.dot(anp.reshape(pooled, (n, -1)), w.T) + b)
    return COSTS["cross_entropy"](out, y)


@pytest.mark.parametrize("side", [(8, 8), (7, 9)])
def test_conv_gradients_match_autograd(side):
    rng = np.random.default_rng(12)
    k, (height, width) = 4, side
    n_flat = k * ((height - 2) // 2) * ((width - 2) // 2)
    params = [rng.normal(0, 0.5, (k, 3, 3)), rng.normal(0, 0.3, k),
              rng.normal(0, 0.5, (10, n_flat)), rng.normal(0, 0.1, 10)]
    images, y = rng.random((5, height, width)), np.eye(10)[rng.integers(0, 10, 5)]
    net = ConvNet(*params)
    seen = net.backward(images, y)
    assert np.abs(seen.z_maps).min() > 1e-6           # no relu input on its kink
    assert net.cost_of(images, y) == pytest.approx(conv_cost(params, images, y), rel=1e-12)
    theirs = grad(conv_cost)(params, images, y)
    ours = [seen.grad_kernels, seen.grad_kernel_biases, seen.grad_weights, seen.grad_biases]
    for mine, other in zip(ours, theirs):
        assert relative_error(mine, other) < TOLERANCE
