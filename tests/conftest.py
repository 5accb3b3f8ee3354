"""Shared fixtures: real training runs, made once per test session."""
from __future__ import annotations

import os

import pytest

# the shared checks' asserts explain themselves as a test's own do
pytest.register_assert_rewrite("tests.chapter_checks")

from nncore.presets import config_for  # noqa: E402
from nncore.train import TrainConfig, train  # noqa: E402
from tests.chapter_checks import save_story  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def render_cache(tmp_path_factory):
    """The render cache every test's `render.py video` shares, never the user's own."""
    folder = tmp_path_factory.mktemp("render-cache")
    before = os.environ.get("NN_EXPLAINER_CACHE_DIR")
    os.environ["NN_EXPLAINER_CACHE_DIR"] = str(folder)
    yield folder
    if before is None:
        del os.environ["NN_EXPLAINER_CACHE_DIR"]
    else:
        os.environ["NN_EXPLAINER_CACHE_DIR"] = before


@pytest.fixture(scope="session")
def digits_history():
    """The default preset's real run (about five seconds)."""
    return train(config_for("digits"))


@pytest.fixture(scope="session")
def tiny_history():
    return train(config_for("tiny"))


@pytest.fixture(scope="session")
def story_file(tmp_path_factory):
    """story_file("digits"|"tiny") -> path of a saved history with its companion runs,
    exactly what `render.py video` gives the chapters. Trained once per preset."""
    made = {}

    def get(preset: str):
        if preset not in made:
            made[preset] = save_story(config_for(preset), tmp_path_factory.mktemp(preset) / "history.json")
        return made[preset]
    return get


@pytest.fixture(scope="session")
def xor_story(tmp_path_factory) -> str:
    """A user's network: 2-3-1 on the xor corners, full batch, with its companion runs."""
    config = TrainConfig(dataset="xor", hidden=[3], activation="tanh", lr=1.0, epochs=60, batch_size=None)
    return str(save_story(config, tmp_path_factory.mktemp("xor") / "history.json"))
