"""Every number a chapter draws or says is a number of the run.

Checked on what was really drawn (the clip's `drawn` texts, recorded as they appear on
screen) and really said (its narration), against the history itself and the values the
chapter recorded as shown, rounded the way the text writes them. A placeholder pointing at
the wrong value, a number typed into a script or a label built from the wrong figure fails.
"""
from __future__ import annotations

import math
import re

import numpy as np
import pytest

from nncore.history import History
from scenes.kit.chapter import base_facts
from tests.chapter_checks import every_chapter

# a number as people write it: 0.74, -0.86, 96%, 1438; not the 3 of "3x3" or of a word
NUMBER = re.compile(r"(?<![\w.])[-−]?\d+(?:\.\d+)?(?![\w])")
# counts a chapter chooses for its own layout ("here are 6 of them", "stamps of 3x3") and
# the class names 0-9 are small whole numbers: below this they prove nothing either way
SMALL = 13


def _numbers_in(value, into: list[float]) -> None:
    if isinstance(value, bool):
        return
    if isinstance(value, (int, float)):
        into.append(float(value))
    elif isinstance(value, str):
        into.extend(float(m.replace("−", "-")) for m in NUMBER.findall(value))
    elif isinstance(value, dict):
        for v in value.values():
            _numbers_in(v, into)
    elif isinstance(value, (list, tuple, np.ndarray)):
        for v in np.asarray(value, dtype=object).ravel() if isinstance(value, np.ndarray) else value:
            _numbers_in(v, into)


def _runs(history: History) -> list[History]:
    runs = [history]
    if history.convnet is not None:
        runs.append(history.convnet)
    return runs


def run_numbers(history: History, entry: dict) -> np.ndarray:
    """Every number the run can honestly show: the chapter's shown values, the script's
    facts, the config, every record of the main and companion runs, their step sizes."""
    found: list[float] = []
    _numbers_in(entry["shown"], found)
    _numbers_in(base_facts(history), found)
    for run in _runs(history):
        _numbers_in(run.config, found)
        for r in run.records:
            found += [r.step, r.epoch, r.cost, r.train_accuracy, r.test_accuracy]
        found.append(run.stopped.step)
        found += [len(run.split("train")[0]), len(run.split("test")[0])]
    if history.twin is not None:
        found += [v for r in history.twin.records for v in (r.step, r.cost, r.test_accuracy)]
    for rate in history.learning_rates:
        found += [rate.lr, rate.stopped.step] + [v for r in rate.records for v in (r.step, r.cost)]
    values = np.asarray(found, dtype=float)
    values = values[np.isfinite(values)]
    return np.unique(np.concatenate([values, np.abs(values), 100 * values]))


def untraced(text: str, known: np.ndarray) -> list[str]:
    """The numbers in `text` that no known value rounds to, at the decimals written."""
    missing = []
    for token in NUMBER.findall(text):
        value = abs(float(token.replace("−", "-")))
        if value < SMALL and float(value).is_integer():
            continue
        places = len(token.split(".")[1]) if "." in token else 0
        half = 0.5 * 10 ** -places + 1e-9
        if not np.any(np.abs(known - value) <= half):
            missing.append(token)
    return missing


@pytest.fixture(scope="module", params=["digits", "tiny"])
def story(request, story_file, tmp_path_factory):
    history, _, entries = every_chapter(request.param, story_file, tmp_path_factory, "honesty")
    return history, entries


def test_every_number_drawn_is_a_number_of_the_run(story):
    history, entries = story
    for entry in entries:
        known = run_numbers(history, entry)
        bad = [(d["t"], d["text"]) for d in entry["drawn"] if untraced(d["text"], known)]
        assert not bad, (entry["name"], bad[:6])


def test_every_number_said_is_a_number_of_the_run(story):
    history, entries = story
    for entry in entries:
        known = run_numbers(history, entry)
        bad = [(line["start_s"], untraced(line["text"], known)) for line in entry["narration"]]
        assert not [b for b in bad if b[1]], (entry["name"], [b for b in bad if b[1]])


def test_the_check_catches_a_number_off_by_one_in_its_last_place():
    known = np.asarray([0.74, 96.0, 1438.0])
    assert untraced("cost 0.74, 96%, all 1438", known) == []
    assert untraced("cost 0.75", known) == ["0.75"]
    assert untraced("1437 examples", known) == ["1437"]
    assert math.isclose(float(NUMBER.findall("minus 0.86")[0]), 0.86)


def test_training_turns_the_very_dial_backprop_worked_through(story):
    """Backprop ends at one dial's tilt; training's first pile then asks that same dial (the
    two chapters picked it apart once, and the tiny run's backprop moved to another neuron
    while training kept the first)."""
    _, entries = story
    by_name = {entry["name"]: entry for entry in entries}
    worked = by_name["backprop"]["shown"]["nudge"]["dial"]
    pile = by_name["training"]["shown"].get("pile_tilts")
    if pile is not None:
        assert list(pile["dial"]) == list(worked)
