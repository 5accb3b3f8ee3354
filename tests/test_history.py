"""history.json: exact round trip, and self-contained enough to redo every number with numpy."""
from __future__ import annotations

import json

import numpy as np
import pytest

from nncore.history import SCHEMA, History


def test_save_and_load_round_trip_exactly(tiny_history, tmp_path):
    path = tiny_history.save(tmp_path / "run" / "history.json")
    again = History.load(path)
    assert again.to_json() == tiny_history.to_json()
    for a, b in zip(again.snapshots, tiny_history.snapshots):
        assert all(np.array_equal(x, y) for x, y in zip(a["weights"], b["weights"]))


def test_the_file_follows_the_schema(tiny_history):
    doc = json.loads(tiny_history.to_json())
    assert doc["schema"] == SCHEMA
    assert {"sizes", "activations", "cost", "init", "lr", "batch_size", "epochs", "seed", "dataset", "stop"} <= set(doc["config"])
    assert set(doc["records"][0]) == {"step", "epoch", "cost", "train_accuracy", "test_accuracy"}
    assert set(doc["snapshots"][0]) == {"step", "weights", "biases", "grad_weights", "grad_biases"}
    assert doc["stopped"]["reason"] in ("converged", "target_accuracy", "max_epochs", "diverged")
    assert doc["config"]["batch_size"] is None


def plain_numpy_cost(doc, snap):
    """The cost redone from the JSON alone, as docs/design.md defines it (no nncore)."""
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh, "relu": lambda z: np.maximum(z, 0),
            "softmax": lambda z: np.exp(z) / np.exp(z).sum(1, keepdims=True)}
    a = np.array(doc["data"]["train"]["x"])
    for w, b, act in zip(snap["weights"], snap["biases"], doc["config"]["activations"]):
        a = acts[act](a @ np.array(w).T + np.array(b))
    y = np.array(doc["data"]["train"]["y"])
    if doc["config"]["cost"] == "squared_error":
        return ((a - y) ** 2).sum(1).mean()
    return -(y * np.log(a)).sum(1).mean()


def test_every_recorded_cost_can_be_redone_from_the_file(digits_history):
    doc = json.loads(digits_history.to_json())
    records = {r["step"]: r for r in doc["records"]}
    checked = 0
    for snap in doc["snapshots"]:
        if snap["step"] in records:
            assert plain_numpy_cost(doc, snap) == pytest.approx(records[snap["step"]]["cost"], rel=1e-9)
            checked += 1
    assert checked >= 10


def test_loading_something_else_says_what_it_is(tmp_path):
    path = tmp_path / "x.json"
    path.write_text('{"schema": "other"}')
    with pytest.raises(ValueError, match="not an nn-explainer history"):
        History.load(path)


def test_snapshot_lookup_takes_the_latest_at_or_before(tiny_history):
    steps = [s["step"] for s in tiny_history.snapshots]
    gap = next(i for i in range(1, len(steps)) if steps[i] - steps[i - 1] > 1)
    assert tiny_history.snapshot(steps[gap] - 1)["step"] == steps[gap - 1]
    assert tiny_history.snapshot()["step"] == steps[-1]


def test_a_convnet_history_round_trips_and_rebuilds_its_network(tmp_path):
    from nncore import datasets
    from nncore.companions import conv_history
    from nncore.presets import config_for
    config = config_for("digits")
    h = conv_history(config, datasets.load("digits", 0, 0.2))
    again = History.load(h.save(tmp_path / "conv.json"))
    assert again.to_json() == h.to_json()
    x, y = again.split("test")
    assert again.network().accuracy(x, y) == pytest.approx(again.final["test_accuracy"])
