"""Shared fixtures: real training runs, made once per test session."""
from __future__ import annotations

import pytest

from nncore.presets import config_for
from nncore.train import train


@pytest.fixture(scope="session")
def digits_history():
    """The default preset's real run (about five seconds)."""
    return train(config_for("digits"))


@pytest.fixture(scope="session")
def tiny_history():
    return train(config_for("tiny"))
