"""replay.json: the part of history.json the replay page needs, small enough for a web page.

    from scenes.output import replay
    doc = replay.replay_data(History.load("out/history.json"))
    replay.write_json(doc, "out/replay.json")

What it keeps: the network's shape, every record (the cost curve and the accuracies), the
weights and biases of the snapshots (all of them while they fit in `PARAM_BYTES`, else
evenly thinned, the first and the last always kept), and the examples the page shows: for
2-D points every practice point and the map's bounds, otherwise a row of practice examples
picked as the training chapter picks them. Gradients and the rest of the data are left out.

Numbers the page computes with (weights, biases, inputs) are stored as base64 of
little-endian float64, bit for bit the history's values: the page's forward pass then
agrees with nncore to rounding (the honesty rule, in the browser). A run's digits preset
gives about 1.6 MB.
"""
from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import numpy as np

from nncore.history import History, Snapshot
from nncore.network import classes_of
from nncore.train import STOP_WORDS

SCHEMA = "nn-explainer/replay@1"
PARAM_BYTES = 1_500_000     # float64 weights and biases of all kept snapshots: ~2 MB as base64
MAP_CELLS = 48              # the page's decision map is MAP_CELLS x MAP_CELLS cells


def packed(values) -> str:
    """float64 little-endian bytes, base64: exact, and about 11 characters a number."""
    return base64.b64encode(np.ascontiguousarray(values, dtype="<f8").tobytes()).decode("ascii")


def unpacked(text: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), dtype="<f8")


def flat_params(snapshot: Snapshot) -> np.ndarray:
    """One snapshot's numbers in the page's order: per layer its weights row by row, then its biases."""
    return np.concatenate([np.concatenate([np.ravel(w), np.ravel(b)])
                           for w, b in zip(snapshot.weights, snapshot.biases)])


def kept_snapshots(snapshots: list[Snapshot], budget: int = PARAM_BYTES) -> list[Snapshot]:
    """All snapshots if their numbers fit `budget` bytes, else as many as fit, evenly spread
    over the list (the first and the last always among them)."""
    per = 8 * len(flat_params(snapshots[0]))
    most = max(2, budget // per)
    if len(snapshots) <= most:
        return list(snapshots)
    picks = np.unique(np.rint(np.linspace(0, len(snapshots) - 1, most)).astype(int))
    return [snapshots[i] for i in picks]


def replay_data(history: History, budget: int = PARAM_BYTES) -> dict:
    """The replay page's data: plain JSON values, the exact numbers packed (see `packed`)."""
    # the kit's rules, so the page draws what the video draws (imports manim: done late)
    from scenes.kit.readings import drawn_records, pick_by_class, plane_bounds, planned_steps
    from scenes.kit.network_diagram import largest_weight, shown_indices
    from scenes.kit.pictures import POINT_INPUTS
    from scenes.kit.readings import EXAMPLE, input_kind, output_names
    cfg = history.config
    if cfg.get("model") == "conv":
        raise ValueError("the replay draws fully connected networks; a convnet's history has no such weights")
    snaps = kept_snapshots(history.snapshots, budget)
    records = drawn_records(history)
    x, y = history.split("train")
    kind = input_kind(history)
    picked = list(range(len(x))) if kind == "point" else pick_by_class(y)
    doc = {
        "schema": SCHEMA,
        "dataset": cfg.get("dataset"),
        "sizes": cfg["sizes"],
        "activations": cfg["activations"],
        "cost": cfg["cost"],
        "lr": cfg.get("lr"),
        "batch_size": cfg.get("batch_size"),
        "kind": kind,
        "labels": [str(label) for label in history.labels],
        "outputs": output_names(history),
        "inputs": list(POINT_INPUTS) if kind == "point" else None,
        "shown": [shown_indices(n) for n in cfg["sizes"]],
        "weight_scale": largest_weight(*(s.weights for s in snaps)) or 1.0,
        "planned_steps": planned_steps(history),
        # why it stopped, in the viewer's words (the video's)
        "stopped": {**history.stopped.as_dict(), "words": STOP_WORDS.get(history.stopped.reason, "")},
        "records": {k: [getattr(r, k) for r in records] for k in ("step", "epoch", "cost", "train_accuracy", "test_accuracy")},
        "snapshots": {"steps": [int(s.step) for s in snaps],
                      "params": packed(np.stack([flat_params(s) for s in snaps]))},
        "examples": {"set": "train", "index": picked, "story": EXAMPLE, "x": packed(x[picked]),
                     "classes": classes_of(y[picked]).tolist()},
    }
    if kind == "point":
        # the training chapter's map covers the practice and the unseen points
        doc["map"] = {"bounds": plane_bounds(np.vstack([x, history.split("test")[0]])), "cells": MAP_CELLS}
    return doc


def to_json(doc: dict) -> str:
    return json.dumps(doc, separators=(",", ":"), allow_nan=False)


def write_json(doc: dict, path: str | os.PathLike) -> Path:
    path = Path(path)
    part = path.with_name(f".{path.name}.part")
    try:
        part.write_text(to_json(doc))
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
    return path
