"""Starting weights. Randomness is always passed in as a numpy Generator."""
from __future__ import annotations

import numpy as np

METHODS = ("random", "xavier", "he", "constant")

# the value every weight gets with `constant`: equal weights, the symmetry demonstration
CONSTANT_WEIGHT = 0.5


def weight_scale(method: str, n_in: int, n_out: int) -> float:
    """Standard deviation of the normal draw for a layer of this shape."""
    if method == "random":
        return 1.0 / np.sqrt(n_in)
    if method == "xavier":
        return np.sqrt(2.0 / (n_in + n_out))
    if method == "he":
        return np.sqrt(2.0 / n_in)
    raise ValueError(f"unknown init {method!r}; choose one of {', '.join(METHODS)}")


def initial_parameters(sizes: list[int], method: str, rng: np.random.Generator):
    """Weights (n_out, n_in) and biases (n_out,) for each layer after the input.

    Biases start at zero for every method, so `constant` is a fully symmetric start.
    """
    weights, biases = [], []
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        if method == "constant":
            w = np.full((n_out, n_in), CONSTANT_WEIGHT / np.sqrt(n_in))
        else:
            w = rng.normal(0.0, weight_scale(method, n_in, n_out), size=(n_out, n_in))
        weights.append(w)
        biases.append(np.zeros(n_out))
    return weights, biases
