"""The other real runs a story needs beside the main one, trained by nncore and kept in
the same history file so it stays self-contained:

- `twin`: the same network and data, every weight starting equal (the symmetry demo);
- `learning_rates`: the same start with a step size too small, the chosen one, and too big;
- `convnet`: for image data (the digits), a small convolutional net on the same split.
"""
from __future__ import annotations

from dataclasses import replace

from nncore import conv, datasets
from nncore.datasets import Dataset
from nncore.history import History, Snapshot, Stop, plain, records_of
from nncore.train import TrainConfig, train

# how many times smaller and bigger than the chosen step the other two runs take
TOO_SMALL = 1 / 30
TOO_BIG = 30


def twin_run(config: TrainConfig, data: Dataset) -> dict:
    """The main run's twin whose weights all start equal: its hidden neurons never differ."""
    h = train(replace(config, init="constant"), data)
    return {"init": "constant", "records": [r.as_dict() for r in h.records], "stopped": h.stopped.as_dict(),
            "snapshots": [plain({"step": s.step, "weights": s.weights, "biases": s.biases}) for s in h.snapshots]}


def learning_rate_runs(config: TrainConfig, data: Dataset) -> list[dict]:
    """Three runs from the same start, differing only in step size."""
    runs = []
    for label, factor in (("too small", TOO_SMALL), ("good", 1.0), ("too big", TOO_BIG)):
        h = train(replace(config, lr=config.lr * factor), data)
        runs.append({"label": label, "lr": config.lr * factor, "records": [r.as_dict() for r in h.records],
                     "stopped": h.stopped.as_dict()})
    return runs


def is_image_data(data: Dataset) -> bool:
    """The convnet reads square pictures: the 8x8 digits."""
    return data.name == "digits"


def convnet_run(data: Dataset, seed: int) -> dict:
    """A real convnet trained on the same training examples, tested on the same test set."""
    pairs = datasets.with_two_outputs(data)
    run = conv.train_conv(data.x_train, pairs.y_train, data.x_test, pairs.y_test, seed=seed)
    run["config"] = {**run["config"], "dataset": data.name}
    return plain(run)


def conv_history(config: TrainConfig, data: Dataset) -> History:
    """A convnet's own history file (`render.py train --model conv`): the dense schema, plus
    kernels in the snapshots and `feature_maps` for a few test examples."""
    run = convnet_run(data, config.seed)
    snapshots = [Snapshot.from_dict(s) for s in run["snapshots"]]
    return History(config=run["config"], data=data.as_dict(), records=records_of(run["records"]),
                   snapshots=snapshots, stopped=Stop(**run["stopped"]), extra={"feature_maps": run["feature_maps"]})


def train_story(config: TrainConfig, data: Dataset, on_epoch=None) -> History:
    """The main run with its companions under `extra` (`twin`, `learning_rates`, `convnet`)."""
    history = train(config, data, on_epoch=on_epoch)
    history.extra["twin"] = twin_run(config, data)
    history.extra["learning_rates"] = learning_rate_runs(config, data)
    if is_image_data(data):
        history.extra["convnet"] = convnet_run(data, config.seed)
    return history
