"""The other real runs a story needs beside the main one, trained by nncore and kept in
the same history file so it stays self-contained:

- `twin`: the same network and data, every weight starting equal (the symmetry demo);
- `learning_rates`: the same start with a step size too small, the chosen one, and too big.
"""
from __future__ import annotations

from dataclasses import replace

from nncore.datasets import Dataset
from nncore.history import History, _lists
from nncore.train import TrainConfig, train

# how many times smaller and bigger than the chosen step the other two runs take
TOO_SMALL = 1 / 30
TOO_BIG = 30


def twin_run(config: TrainConfig, data: Dataset) -> dict:
    """The main run's twin whose weights all start equal: its hidden neurons never differ."""
    h = train(replace(config, init="constant"), data)
    return {"init": "constant", "records": h.records, "stopped": h.stopped,
            "snapshots": [_lists({k: s[k] for k in ("step", "weights", "biases")}) for s in h.snapshots]}


def learning_rate_runs(config: TrainConfig, data: Dataset) -> list[dict]:
    """Three runs from the same start, differing only in step size."""
    runs = []
    for label, factor in (("too small", TOO_SMALL), ("good", 1.0), ("too big", TOO_BIG)):
        h = train(replace(config, lr=config.lr * factor), data)
        runs.append({"label": label, "lr": config.lr * factor, "records": h.records, "stopped": h.stopped})
    return runs


def train_story(config: TrainConfig, data: Dataset, on_epoch=None) -> History:
    """The main run with its companions under `extra` (history keys `twin`, `learning_rates`)."""
    history = train(config, data, on_epoch=on_epoch)
    history.extra["twin"] = twin_run(config, data)
    history.extra["learning_rates"] = learning_rate_runs(config, data)
    return history
