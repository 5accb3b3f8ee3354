"""A fully connected network: forward pass, cost, and backpropagation."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nncore import costs
from nncore.layers import Dense


@dataclass
class Pass:
    """What one forward and backward pass saw, layer by layer (input layer first)."""

    z: list[np.ndarray]            # weighted inputs of each layer after the input
    a: list[np.ndarray]            # activations, the input itself first
    grad_weights: list[np.ndarray] | None = None
    grad_biases: list[np.ndarray] | None = None
    delta: list[np.ndarray] | None = None   # d(cost)/dz: the blame each neuron carries


class Network:
    """A list of Dense layers and a cost.

    >>> net = Network([np.ones((1, 2))], [np.zeros(1)], ["sigmoid"], "squared_error")
    >>> float(net.predict(np.array([[0.0, 0.0]]))[0, 0])
    0.5
    """

    def __init__(self, weights, biases, activations: list[str], cost: str):
        # copies: a network made from a snapshot must never write into the history
        self.layers = [Dense(np.array(w, float), np.array(b, float), act)
                       for w, b, act in zip(weights, biases, activations)]
        self.cost = costs.get(cost)

    @property
    def weights(self) -> list[np.ndarray]:
        return [layer.weights for layer in self.layers]

    @property
    def biases(self) -> list[np.ndarray]:
        return [layer.biases for layer in self.layers]

    @property
    def sizes(self) -> list[int]:
        return [self.layers[0].weights.shape[1]] + [len(layer.biases) for layer in self.layers]

    def predict(self, x: np.ndarray) -> np.ndarray:
        a = np.atleast_2d(x)
        for layer in self.layers:
            a = layer.forward(a)
        return a

    def forward(self, x: np.ndarray) -> Pass:
        """Every layer's weighted inputs and activations for a batch of examples."""
        self.predict(x)
        return Pass(z=[layer.z for layer in self.layers],
                    a=[self.layers[0].a_in] + [layer.a for layer in self.layers])

    def backward(self, x: np.ndarray, y: np.ndarray) -> Pass:
        """Gradients of the mean cost over this batch, and each neuron's blame."""
        out = self.forward(x)
        y = np.atleast_2d(y)
        last = self.layers[-1]
        if self.cost.name == "cross_entropy" and last.activation.name == "softmax":
            # the two derivatives cancel to a - y: exact and free of 0/0
            last.delta = (last.a - y) / len(y)
            last.dW, last.db = last.delta.T @ last.a_in, last.delta.sum(axis=0)
            da = last.delta @ last.weights
            rest = self.layers[:-1]
        else:
            da = self.cost.derivative(last.a, y)
            rest = self.layers
        for layer in reversed(rest):
            da = layer.backward(da)
        out.grad_weights = [layer.dW for layer in self.layers]
        out.grad_biases = [layer.db for layer in self.layers]
        out.delta = [layer.delta for layer in self.layers]
        return out

    # --- what the training loop (nncore/train.py) reads and writes ---

    def params(self) -> list[np.ndarray]:
        """Every layer's weights and biases, in order."""
        return [p for layer in self.layers for p in (layer.weights, layer.biases)]

    def grads(self) -> list[np.ndarray]:
        """The last backward pass's gradients, in the order of `params`."""
        return [g for layer in self.layers for g in (layer.dW, layer.db)]

    def set_params(self, params: list[np.ndarray]) -> None:
        for layer, w, b in zip(self.layers, params[::2], params[1::2]):
            layer.weights, layer.biases = w, b

    def outputs(self, x: np.ndarray) -> np.ndarray:
        """predict over many examples at once (the matrices are small)."""
        return self.predict(x)

    def snapshot_fields(self, x: np.ndarray, y: np.ndarray) -> dict:
        """Copies of the parameters, and the gradients of the cost over x, y, under the snapshot's names."""
        p = self.backward(x, y)
        return {"weights": [w.copy() for w in self.weights], "biases": [b.copy() for b in self.biases],
                "grad_weights": p.grad_weights, "grad_biases": p.grad_biases}

    def cost_of(self, x: np.ndarray, y: np.ndarray) -> float:
        return self.cost(self.predict(x), np.atleast_2d(y))

    def guesses(self, x: np.ndarray) -> np.ndarray:
        """Class index per example: argmax for several outputs, threshold 0.5 for one."""
        a = self.predict(x)
        return (a[:, 0] >= 0.5).astype(int) if a.shape[1] == 1 else a.argmax(axis=1)

    def accuracy(self, x: np.ndarray, y: np.ndarray) -> float:
        return float((self.guesses(x) == classes_of(y)).mean())

    def __repr__(self) -> str:
        return f"Network({'-'.join(map(str, self.sizes))}, {self.cost.name})"


def classes_of(y: np.ndarray) -> np.ndarray:
    """Class index per target row: argmax of one-hot rows, or the 0/1 of a single column."""
    y = np.atleast_2d(y)
    return (y[:, 0] >= 0.5).astype(int) if y.shape[1] == 1 else y.argmax(axis=1)
