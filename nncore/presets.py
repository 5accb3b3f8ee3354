"""Named starting points: the network and data each story is told with."""
from __future__ import annotations

import math
from pathlib import Path

from nncore.train import TrainConfig

PRESETS = {
    # scikit-learn's 8x8 handwritten digits, 64 -> 16 -> 10
    "digits": dict(dataset="digits", hidden=[16], activation="sigmoid", cost="squared_error",
                   init="random", lr=1.5, epochs=30, batch_size=10),
    # 2-D points and a net small enough that every weight is visible
    "tiny": dict(dataset="circles", hidden=[4], activation="tanh", cost="squared_error",
                 init="random", lr=2.0, epochs=800, batch_size=None, patience=50),
}

DESCRIPTIONS = {
    "digits": "handwritten digits 0-9 (8x8 pixels), a 64-16-10 network",
    "tiny": "two rings of coloured points, a network small enough to see every weight",
}


POINT_SETS = ("xor", "circles", "moons", "spiral")


def preset_for_dataset(dataset: str | None) -> str:
    """The preset whose settings suit a dataset: 2-D points learn best full-batch."""
    return "tiny" if dataset in POINT_SETS else "digits"


def config_for(preset: str, **overrides) -> TrainConfig:
    """The preset's config with `overrides` applied."""
    return TrainConfig(**{**PRESETS[preset], **overrides})


# --- a user's CSV: settings chosen from the data alone (docs/design.md, "A CSV's recipe") ---

RECIPE_STEPS = 2000          # about this many steps in all: enough for small tables to settle
RECIPE_LR = 1.0              # steady on small tables; 30 times it blows up (the descent chapter shows it)
RECIPE_EPOCHS = (20, 1000)   # fewest and most practice rounds
RECIPE_BATCH = (8, 32)       # fewest and most examples per step
RECIPE_BATCH_SHARE = 5       # a step reads about a fifth of the rows


def recipe(rows: int, features: int, classes: int, test_fraction: float = 0.2) -> dict:
    """Training settings for a table of `rows` examples with `features` numbers and `classes` labels.

    - a softmax output scored by cross-entropy: its gradient is "guess minus answer", so it
      does not sit on the flat start a sigmoid output with squared error often has;
    - sigmoid hidden neurons, as many as features plus classes (4 to 16), Xavier start;
    - batches of a fifth of the rows (8 to 32): smooth steps, so the end is not left to the
      luck of the last pile; step size 1;
    - about 2,000 steps in all (20 to 1,000 epochs), judged for convergence over the last
      fifth of them: long enough to cross a plateau.
    """
    train_rows = rows - min(max(1, round(rows * test_fraction)), rows - 1)
    batch = int(min(max(round(rows / RECIPE_BATCH_SHARE), RECIPE_BATCH[0]), RECIPE_BATCH[1]))
    steps_per_epoch = math.ceil(train_rows / batch)
    epochs = int(min(max(math.ceil(RECIPE_STEPS / steps_per_epoch), RECIPE_EPOCHS[0]), RECIPE_EPOCHS[1]))
    return dict(hidden=[int(min(max(features + classes, 4), 16))], activation="sigmoid",
                cost="cross_entropy", init="xavier", lr=RECIPE_LR, batch_size=batch, epochs=epochs,
                patience=max(5, epochs // 5),
                recipe={"rows": rows, "features": features, "classes": classes})


def csv_config(path: str, **overrides) -> TrainConfig:
    """The recipe for the CSV at `path` (read once to count it), with `overrides` applied.
    A CSV that cannot be read raises DatasetError."""
    from nncore.datasets import read_csv
    x, _, labels = read_csv(Path(path))
    settings = recipe(len(x), x.shape[1], len(labels), overrides.get("test_fraction", 0.2))
    return TrainConfig(**{**settings, **overrides})


COST_WORDS = {"squared_error": "squared error", "cross_entropy": "cross-entropy"}


def recipe_words(config: dict) -> str:
    """A run's settings as the summary line and the narration say them."""
    hidden = config["sizes"][1:-1]
    out = config["activations"][-1]
    batch = config.get("batch_size")
    layers = f"{' then '.join(map(str, hidden))} hidden {config['activation']} neurons" if hidden else "no hidden layer"
    return ", ".join([
        layers,
        f"a {out} output scored by {COST_WORDS.get(config['cost'], config['cost'])}",
        f"step size {config['lr']:g}",
        "every example in every step" if batch is None else f"batches of {batch}",
        f"at most {config['epochs']:,} practice rounds",
    ])


def recipe_basis(config: dict) -> str | None:
    """What a CSV's recipe was chosen from, in words; None for a preset's run."""
    basis = config.get("recipe")
    if not basis:
        return None
    return f"{basis['rows']} rows, {basis['features']} features, {basis['classes']} classes"
