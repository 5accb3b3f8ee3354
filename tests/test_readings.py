"""scenes/kit/readings.py: the chapters' values, read from real runs (no manim needed)."""
from __future__ import annotations

import numpy as np
import pytest

from nncore.history import Record, Stop
from nncore.presets import config_for
from nncore.train import train
from scenes.kit.readings import (a_or_an, class_and_sureness, class_of, percent, pick_by_class, record_at,
                                 shown_steps)


@pytest.fixture(scope="module")
def short_xor():
    return train(config_for("tiny", dataset="xor", hidden=[3], epochs=6))


def test_shown_steps_of_a_short_run_are_all_real_and_ordered(short_xor):
    steps = shown_steps(short_xor)
    assert steps[0] == 0 and steps[-1] == short_xor.snapshots[-1].step
    assert steps == sorted(set(steps))
    assert set(steps) <= {s.step for s in short_xor.snapshots}


def test_shown_steps_of_a_run_stopped_at_once():
    h = train(config_for("tiny", dataset="xor", hidden=[3], epochs=1))
    h.snapshots, h.records = h.snapshots[:1], h.records[:1]
    h.stopped = Stop(0, "converged")
    assert shown_steps(h) == [0]


def test_record_at_a_snapshot_step_is_that_steps_own_record(short_xor):
    for snap in short_xor.snapshots:
        assert record_at(short_xor.records, snap.step).step == snap.step


def test_record_at_between_records_is_the_one_before():
    records = [Record(step, 0, cost, 0.5, 0.5) for step, cost in ((0, 3.0), (4, 2.0), (9, 1.0))]
    assert record_at(records, 5).cost == 2.0
    assert record_at(records, 9).cost == 1.0
    assert record_at(records, 100).cost == 1.0


def test_class_and_sureness_for_one_output_and_for_several():
    classes, sure = class_and_sureness(np.array([[0.9], [0.5], [0.2]]))
    assert classes.tolist() == [1, 1, 0]   # a tie counts as yes, as nncore's guesses do
    assert sure == pytest.approx([0.8, 0.0, 0.6])
    classes, sure = class_and_sureness(np.array([[0.1, 0.7, 0.2], [0.4, 0.35, 0.25]]))
    assert classes.tolist() == [1, 0]
    assert sure == pytest.approx([0.5, 0.05])


def test_pick_by_class_takes_the_classes_in_turn():
    y = np.eye(3)[[2, 2, 0, 1, 0, 1, 2]]
    assert pick_by_class(y, 4) == [2, 3, 0, 4]


def test_class_of_reads_one_hot_rows_and_single_outputs():
    assert class_of([0, 0, 1, 0]) == 2
    assert class_of([0.2, 0.7, 0.1]) == 1
    assert class_of([0.51]) == 1 and class_of([0.49]) == 0


def test_percent_rounds_to_a_whole_percent():
    assert percent(0.874) == "87%" and percent(1.0) == "100%" and percent(0.0) == "0%"


@pytest.mark.parametrize("word,article", [
    ("8", "an"), ("80", "an"), ("8000", "an"), ("11", "an"), ("18", "an"), ("11000", "an"), ("18500", "an"),
    ("0", "a"), ("1", "a"), ("7", "a"), ("110", "a"), ("180", "a"), ("1800", "a"), ("9", "a"),
    ("owl", "an"), ("inner ring", "an"), ("Iris-setosa", "an"), ("setosa", "a"), ("blue", "a"), ("yes", "a"),
])
def test_a_or_an_follows_the_spoken_word(word, article):
    # the intro drew "a 8" under the patch that glows most for an eight (blind review)
    assert a_or_an(word) == article


def test_the_worked_neuron_is_the_brightest_of_those_drawn(story_file):
    """--hidden 40 crashed the forward chapter: its brightest hidden neuron was one the diagram
    elides, so there was no circle to ring. neuron_sum picks among the given neurons."""
    from nncore.history import History
    from scenes.kit.readings import neuron_sum
    history = History.load(story_file("digits"))
    brightest = neuron_sum(history)["neuron"]
    glows = history.network(0).forward(history.split("train")[0][:1]).a[1][0]
    others = [k for k in range(len(glows)) if k != brightest]
    picked = neuron_sum(history, step=0, among=others)["neuron"]
    assert picked in others and picked == max(others, key=lambda k: abs(glows[k]))
