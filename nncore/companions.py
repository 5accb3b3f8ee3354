"""The other real runs a story needs beside the main one, trained by nncore and kept in
the same history file so it stays self-contained:

- `twin`: the same network and data, every weight starting equal (the symmetry demo);
- `learning_rates`: the same start with a step size too small, the chosen one, and too big;
- `convnet`: for image data (the digits), a small convolutional net on the same split.
"""
from __future__ import annotations

from dataclasses import replace

from nncore.datasets import Dataset
from nncore.history import History, plain
from nncore.train import ConvConfig, TrainConfig, total_steps, train, train_conv

# how many times smaller and bigger than the chosen step the other two runs take
TOO_SMALL = 1 / 30
TOO_BIG = 30
# each learning-rate run keeps its weights this many times, evenly spaced (the descent
# chapter draws each run's path on the map as a dot every so many steps)
RATE_SNAPSHOTS = 30


def twin_run(config: TrainConfig, data: Dataset) -> dict:
    """The main run's twin whose weights all start equal: its hidden neurons never differ."""
    h = train(replace(config, init="constant"), data)
    return {"init": "constant", "records": [r.as_dict() for r in h.records], "stopped": h.stopped.as_dict(),
            "snapshots": [plain({"step": s.step, "weights": s.weights, "biases": s.biases}) for s in h.snapshots]}


def learning_rate_runs(config: TrainConfig, data: Dataset) -> list[dict]:
    """Three runs from the same start, differing only in step size; each keeps its weights and
    biases every `total / RATE_SNAPSHOTS` steps (the same steps in all three)."""
    runs, every = [], max(total_steps(config, data) // RATE_SNAPSHOTS, 1)
    for label, factor in (("too small", TOO_SMALL), ("good", 1.0), ("too big", TOO_BIG)):
        h = train(replace(config, lr=config.lr * factor), data, snapshots_every=every)
        runs.append({"label": label, "lr": config.lr * factor, "records": [r.as_dict() for r in h.records],
                     "stopped": h.stopped.as_dict(),
                     "snapshots": [plain({"step": s.step, "weights": s.weights, "biases": s.biases})
                                   for s in h.snapshots]})
    return runs


def is_image_data(data: Dataset) -> bool:
    """The convnet reads square pictures: the 8x8 digits."""
    return data.name == "digits"


def convnet_run(data: Dataset, seed: int) -> dict:
    """A real convnet trained on the same training examples, tested on the same test set."""
    h = train_conv(ConvConfig(dataset=data.name, seed=seed), data)
    return plain({"config": h.config, "records": [r.as_dict() for r in h.records],
                  "snapshots": [s.as_dict() for s in h.snapshots], "stopped": h.stopped.as_dict(),
                  "feature_maps": h.extra["feature_maps"]})


def train_story(config: TrainConfig, data: Dataset, on_epoch=None, convnet=None) -> History:
    """The main run with its companions under `extra` (`twin`, `learning_rates`, `convnet`).
    `convnet`: a callable giving what `convnet_run(data, config.seed)` gives (e.g. the result
    of a run started elsewhere beforehand); default: train it here, last."""
    history = train(config, data, on_epoch=on_epoch)
    history.extra["twin"] = twin_run(config, data)
    history.extra["learning_rates"] = learning_rate_runs(config, data)
    if is_image_data(data):
        history.extra["convnet"] = convnet() if convnet is not None else convnet_run(data, config.seed)
    return history
