"""Shared fixtures: real training runs, made once per test session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from filelock import FileLock

# the shared checks' asserts explain themselves as a test's own do
pytest.register_assert_rewrite("tests.chapter_checks")

from nncore.presets import config_for  # noqa: E402
from nncore.train import TrainConfig, train  # noqa: E402
from tests import chapter_checks  # noqa: E402
from tests.chapter_checks import save_story  # noqa: E402


def shared_folder(tmp_path_factory) -> Path:
    """Where what is made once per test session lives. `make test` runs the tests in two
    processes (pytest-xdist, one per core): they share the parent of their own temporary
    folders, so a story is trained and a chapter rendered once for both; a run in one
    process keeps it in its own."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def made_once(path: Path, make) -> Path:
    """`path`, made by `make(path)` unless another process made it first (a lock waits for it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(f"{path}.lock"):
        if not path.exists():
            make(path)
    return path


@pytest.fixture(scope="session", autouse=True)
def shared(tmp_path_factory) -> Path:
    folder = shared_folder(tmp_path_factory)
    chapter_checks.SHARED = folder
    return folder


@pytest.fixture(scope="session", autouse=True)
def own_media(tmp_path_factory):
    """manim writes every Text's SVG under its media folder, ./media unless told, and reuses a
    file already there. Two test processes building the same words at once could leave one
    reading the other's half-written (empty) SVG, which then broke every later run: each
    process keeps its own media folder, and the checkout stays clean."""
    from manim import config
    before = config.media_dir
    config.media_dir = str(tmp_path_factory.mktemp("media"))
    yield
    config.media_dir = before


@pytest.fixture(scope="session", autouse=True)
def render_cache(shared):
    """The render cache every test's `render.py video` shares, never the user's own (the
    program's own locks let both test processes use it at once)."""
    folder = shared / "render-cache"
    folder.mkdir(exist_ok=True)
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
def story_file(shared):
    """story_file("digits"|"tiny") -> path of a saved history with its companion runs,
    exactly what `render.py video` gives the chapters. Trained once per preset."""
    def get(preset: str):
        return made_once(shared / "stories" / preset / "history.json",
                         lambda path: save_story(config_for(preset), path))
    return get


@pytest.fixture(scope="session")
def xor_story(shared) -> str:
    """A user's network: 2-3-1 on the xor corners, full batch, with its companion runs."""
    config = TrainConfig(dataset="xor", hidden=[3], activation="tanh", lr=1.0, epochs=60, batch_size=None)
    return str(made_once(shared / "stories" / "xor" / "history.json", lambda path: save_story(config, path)))
