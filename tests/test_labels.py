"""Labelled pairs on screen are right: the value drawn at a label is the record of the step
the counter shows at that moment, and that step is a snapshot the diagram was drawn at.

Read from what was really drawn (the clip's `drawn` texts, each with the time it appeared and
where it stood), keyed on the labels' words and on nearness, not on a layout: a chapter may
move its panel anywhere. Uses the memoized tiny renders (test_honesty.py renders the same).
"""
from __future__ import annotations

import re

import pytest

from nncore.history import History
from tests.chapter_checks import render_tiny

COUNTER = re.compile(r"^(?:after (\d+) steps?|before any step)$")
PERCENT = re.compile(r"^(\d+)%$")
COST_NOW = re.compile(r"^cost now: (\d+\.\d+)$")
# a value sits on its label's column (same x, to this much) and a little above it
SAME_COLUMN = 0.8
ABOVE = 1.5
# the training chapter shows practice accuracy only: unseen examples are the testing chapter's
LABELS = {"right on its practice examples": "train_accuracy"}


@pytest.fixture(scope="module", params=["digits", "tiny"])
def training(request, story_file, tmp_path_factory):
    path = story_file(request.param)
    return History.load(path), render_tiny("training", path, tmp_path_factory.mktemp(f"labels-{request.param}"))


def counter_steps(drawn: list[dict]) -> list[tuple[float, int]]:
    """(time, step) each time the step counter changed, in order."""
    found = []
    for d in drawn:
        m = COUNTER.match(d["text"].strip())
        if m:
            found.append((d["t"], int(m.group(1) or 0)))
    return sorted(found)


def step_at(counters: list[tuple[float, int]], t: float) -> int:
    """The step the counter shows at time `t`: the latest change at or before it."""
    before = [step for when, step in counters if when <= t + 1e-6]
    # the picture builds up with the words: before the counter appears it is the start, step 0
    return before[-1] if before else 0


def labelled_values(drawn: list[dict], label: str, pattern: re.Pattern) -> list[tuple[float, str]]:
    """(time, value) for each value drawn on `label`'s column, just above it."""
    spots = [d for d in drawn if d["text"].strip() == label]
    assert spots, f"no {label!r} drawn"
    values = []
    for d in drawn:
        m = pattern.match(d["text"].strip())
        if m and any(abs(d["x"] - s["x"]) <= SAME_COLUMN and 0 < d["y"] - s["y"] <= ABOVE for s in spots):
            values.append((d["t"], m.group(1)))
    return values


def record_of(history: History, step: int):
    by_step = {r.step: r for r in history.records}
    assert step in by_step, f"the counter shows step {step}, which has no record"
    return by_step[step]


@pytest.mark.parametrize("label", LABELS)
def test_each_percentage_is_its_labels_accuracy_at_the_step_the_counter_shows(training, label):
    history, entry = training
    counters = counter_steps(entry["drawn"])
    values = labelled_values(entry["drawn"], label, PERCENT)
    assert values, "the accuracy was never drawn"
    for t, value in values:
        step = step_at(counters, t)
        expected = round(100 * getattr(record_of(history, step), LABELS[label]))
        assert int(value) == expected, (label, t, step)
    # and, once the accuracy is on screen (it appears when its line explains it), every time
    # the counter moved to a step whose accuracy reads differently, a new value was drawn
    shown_from = min(t for t, _ in values)
    for (t, step), (_, before) in zip(counters[1:], counters):
        now, then = (round(100 * getattr(record_of(history, s), LABELS[label])) for s in (step, before))
        if now != then and t > shown_from:
            assert (t, str(now)) in values, (label, t, step)


def test_the_counter_only_names_snapshots_the_diagram_was_drawn_at(training):
    history, entry = training
    counters = counter_steps(entry["drawn"])
    assert len(counters) >= 2
    snapshots = {s.step for s in history.snapshots}
    # the replay stops at its snapshots and runs the diagram through others on the way
    drawn_at = set(entry["shown"]["snapshots"]) | set(entry["shown"].get("passed", []))
    for _, step in counters:
        assert step in snapshots and step in drawn_at, step
    steps = [s for _, s in counters]
    if entry["shown"].get("cost_header_before") is not None and 0 in steps[1:]:
        # review s34: the big chart starts again "before any step" as the start's cost is said,
        # once; from there, as before it, time only runs forward
        back = len(steps) - 1 - steps[::-1].index(0)
        assert steps[:back] == sorted(steps[:back]) and steps[back:] == sorted(steps[back:])
    else:
        assert steps == sorted(steps)     # time only runs forward
    assert counters[-1][1] == max(drawn_at)


def test_the_cost_drawn_beside_the_curve_is_the_cost_at_the_counters_step(training):
    history, entry = training
    counters = counter_steps(entry["drawn"])
    costs = [(d["t"], COST_NOW.match(d["text"].strip())) for d in entry["drawn"]]
    costs = [(t, m.group(1)) for t, m in costs if m]
    if not costs:
        pytest.skip("this chapter no longer writes the cost beside its curve")
    for t, value in costs:
        assert value == f"{record_of(history, step_at(counters, t)).cost:.2f}", t


def test_the_check_finds_a_swapped_pair():
    # practice and unseen drawn the wrong way round under their labels: caught
    drawn = [{"t": 0.0, "text": "right on practice", "x": -1.0, "y": 0.0},
             {"t": 0.0, "text": "right on unseen", "x": 1.0, "y": 0.0},
             {"t": 1.0, "text": "80%", "x": 1.0, "y": 0.5},
             {"t": 1.0, "text": "90%", "x": -1.0, "y": 0.5}]
    assert labelled_values(drawn, "right on practice", PERCENT) == [(1.0, "90")]
    assert labelled_values(drawn, "right on unseen", PERCENT) == [(1.0, "80")]
