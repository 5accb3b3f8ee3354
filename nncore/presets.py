"""Named starting points: the network and data each story is told with."""
from __future__ import annotations

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
