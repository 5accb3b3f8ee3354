"""Shared fixtures: real training runs, made once per test session."""
from __future__ import annotations

import pytest

from nncore import datasets
from nncore.companions import train_story
from nncore.presets import config_for
from nncore.train import train


@pytest.fixture(scope="session")
def digits_history():
    """The default preset's real run (about five seconds)."""
    return train(config_for("digits"))


@pytest.fixture(scope="session")
def tiny_history():
    return train(config_for("tiny"))


def _story(preset: str):
    config = config_for(preset)
    return train_story(config, datasets.load(config.dataset, config.seed, config.test_fraction))


@pytest.fixture(scope="session")
def story_file(tmp_path_factory):
    """story_file("digits"|"tiny") -> path of a saved history with its companion runs,
    exactly what `render.py video` gives the chapters. Trained once per preset."""
    made = {}

    def get(preset: str):
        if preset not in made:
            made[preset] = _story(preset).save(tmp_path_factory.mktemp(preset) / "history.json")
        return made[preset]
    return get
