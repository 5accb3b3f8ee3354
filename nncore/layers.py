"""Layers. A network is a list of them; each `forward` keeps what `backward` needs."""
from __future__ import annotations

import numpy as np

from nncore import activations


class Dense:
    """Every neuron sees every input: a_out = act(W @ a_in + b), for a batch of rows."""

    def __init__(self, weights: np.ndarray, biases: np.ndarray, activation: str):
        self.weights = weights
        self.biases = biases
        self.activation = activations.get(activation)

    def forward(self, a_in: np.ndarray) -> np.ndarray:
        self.a_in = a_in
        self.z = a_in @ self.weights.T + self.biases
        self.a = self.activation(self.z)
        return self.a

    def backward(self, da: np.ndarray) -> np.ndarray:
        """From the nudge wanted on this layer's outputs to the one wanted on its inputs."""
        self.delta = activations.backward(self.activation, self.z, da, self.a)
        self.dW = self.delta.T @ self.a_in
        self.db = self.delta.sum(axis=0)
        return self.delta @ self.weights

    def __repr__(self) -> str:
        n_out, n_in = self.weights.shape
        return f"Dense({n_in} -> {n_out}, {self.activation.name})"
