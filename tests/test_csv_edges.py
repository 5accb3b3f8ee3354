"""Data and schedule edges: which class each CSV row gets, the label order, records and
snapshots at their exact bounds, and the stopping rule's window exactly as docs/design.md
says it."""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from nncore import datasets
from nncore.history import Stop
from nncore.train import (EVERY_STEP_RECORDS, EVERY_STEP_SNAPSHOTS, EXPLODED, MAX_RECORDS, MAX_SNAPSHOTS,
                          SNAPSHOT_BUDGET, Schedule, spaced_steps)
from tests.test_train import scripted_run


def csv_of(tmp_path, labels: list[str]):
    """A CSV whose first column is the row's number, so each row can be found after the split."""
    path = tmp_path / "rows.csv"
    path.write_text("row,other,label\n" + "".join(f"{i},{i % 4},{name}\n" for i, name in enumerate(labels)))
    return str(path)


def classes_by_row(data: datasets.Dataset) -> dict[int, int]:
    """row number -> the class its target says, for every row in train and test."""
    found = {}
    n = len(data.x_train) + len(data.x_test)
    for x, y in ((data.x_train, data.y_train), (data.x_test, data.y_test)):
        for features, target in zip(x, y):
            row = int(round(features[0] * (n - 1)))     # the first column, scaled to 0..1
            found[row] = int(target[0]) if len(target) == 1 else int(np.argmax(target))
    return found


def test_every_row_gets_its_own_labels_class_numbers_1_to_12_in_numeric_order(tmp_path):
    names = [str(1 + (i * 5) % 12) for i in range(48)]       # 1..12, mixed up
    data = datasets.load(csv_of(tmp_path, names), seed=3)
    assert data.labels == [str(k) for k in range(1, 13)]
    assert classes_by_row(data) == {i: int(name) - 1 for i, name in enumerate(names)}
    assert all(np.isin(y.sum(axis=1), [1.0]).all() for y in (data.y_train, data.y_test))   # one-hot


def test_two_text_classes_are_one_0_1_column_in_alphabetical_order(tmp_path):
    names = ["yes" if i % 3 else "no" for i in range(30)]
    data = datasets.load(csv_of(tmp_path, names))
    assert data.labels == ["no", "yes"] and data.y_train.shape[1] == 1
    assert classes_by_row(data) == {i: int(name == "yes") for i, name in enumerate(names)}


def test_labels_are_stripped_so_a_spaced_label_is_the_same_class(tmp_path):
    names = [" cat" if i % 4 == 0 else "cat " if i % 4 == 1 else "dog" for i in range(20)]
    data = datasets.load(csv_of(tmp_path, names))
    assert data.labels == ["cat", "dog"]
    assert classes_by_row(data) == {i: int(name.strip() == "dog") for i, name in enumerate(names)}


def test_the_documented_label_order():
    # docs/design.md "history.json" `labels`: numbers first, in numeric order (equal numbers by
    # their text), then text by code point; "nan" and "inf" are not numbers to sort by
    mixed = ["b", "10", "Zebra", "2", "-1.5", "apple", "nan", "01", "1", "1.0", "inf", "Nan"]
    assert sorted(mixed, key=datasets._label_order) == \
        ["-1.5", "01", "1", "1.0", "2", "10", "Nan", "Zebra", "apple", "b", "inf", "nan"]


def test_equal_number_labels_keep_one_order_whatever_the_hash_seed(tmp_path):
    # a tie in the sort key left the order to set() hashing: "1" and "01" swapped between runs
    path = csv_of(tmp_path, ["1", "01", "1.0", "nan", "Nan"] * 4)
    code = f"from nncore import datasets; print(datasets.load({path!r}).labels)"
    seen = {subprocess.run([sys.executable, "-c", code], env={"PYTHONHASHSEED": str(seed)}, text=True,
                           capture_output=True, check=True).stdout for seed in (1, 2, 3, 4)}
    assert seen == {"['01', '1', '1.0', 'Nan', 'nan']\n"}


# --- records and snapshots at their bounds (docs/design.md, `records` and `snapshots`) ---

@pytest.mark.parametrize("total", [MAX_RECORDS - 1, MAX_RECORDS, MAX_RECORDS + 1, 10_000])
def test_records_every_step_up_to_their_bound_then_at_most_the_bound(total):
    steps = spaced_steps(total, EVERY_STEP_RECORDS, MAX_RECORDS, even=True)
    assert {0, total} <= steps and max(steps) == total
    if total + 1 <= MAX_RECORDS:
        assert steps == set(range(total + 1))
    else:
        assert len(steps) == MAX_RECORDS     # evenly spaced steps never round onto each other
        assert set(range(EVERY_STEP_RECORDS)) <= steps and EVERY_STEP_RECORDS in steps
        gaps = np.diff(sorted(steps - set(range(EVERY_STEP_RECORDS))))
        assert gaps.max() - gaps.min() <= 1  # evenly spaced after the first hundred


@pytest.mark.parametrize("total", [MAX_SNAPSHOTS - 1, MAX_SNAPSHOTS, 5_000])
def test_snapshots_every_step_for_the_first_30_then_geometric_and_bounded(total):
    steps = spaced_steps(total, EVERY_STEP_SNAPSHOTS, MAX_SNAPSHOTS, even=False)
    assert {0, total} <= steps and max(steps) == total and len(steps) <= MAX_SNAPSHOTS
    assert set(range(EVERY_STEP_SNAPSHOTS + 1)) <= steps
    later = np.diff(sorted(s for s in steps if s >= EVERY_STEP_SNAPSHOTS))
    assert (np.diff(later) >= -1).all()          # gaps only grow (to rounding)


class Sized:
    """A stand-in network with `numbers` weights and biases in all (snapshots keep each twice)."""

    def __init__(self, numbers: int):
        self.weights, self.biases = [np.zeros(numbers // 2)], [np.zeros(numbers - numbers // 2)]


@pytest.mark.parametrize("numbers,most", [
    (SNAPSHOT_BUDGET // (2 * MAX_SNAPSHOTS), MAX_SNAPSHOTS),        # exactly at the top
    (SNAPSHOT_BUDGET // (2 * MAX_SNAPSHOTS) + 1, MAX_SNAPSHOTS - 1),  # one number more: one fewer
    (SNAPSHOT_BUDGET // (2 * 12), 12),                              # exactly at the floor
    (SNAPSHOT_BUDGET, 12),                                          # far past it: still 12
])
def test_big_networks_get_fewer_snapshots_down_to_12(numbers, most):
    s = Schedule.dense(Sized(numbers), 100_000)
    assert len(s.snapshots) <= most and {0, 100_000} <= s.snapshots
    assert set(range(min(EVERY_STEP_SNAPSHOTS, most // 2))) <= s.snapshots
    assert len(spaced_steps(100_000, min(EVERY_STEP_SNAPSHOTS, most // 2), most + 1, even=False)) > len(s.snapshots)


# --- the stopping rule's window, exactly (docs/design.md, `stopped`) ---
# scripted_run: full batch, one step per epoch; costs[e] is the cost after epoch e (costs[0]
# the start), so the run stops at step e when epoch e is the first to meet a rule


def RISING(n: int) -> list[float]:
    """Training accuracy that rises at once and stays: never far below its best."""
    return [0.3] + [0.9] * (n - 1)

def test_converged_exactly_one_window_after_the_cost_last_fell():
    patience = 5
    costs = [1.0] + [0.5] * 20
    # epoch 6: the lowest of the last 5 (epochs 2..6) is no lower than the lowest before (0.5)
    assert scripted_run(costs, RISING(21), patience=patience) == Stop(1 + patience, "converged")
    assert scripted_run(costs, RISING(21), patience=patience + 3).step == 1 + patience + 3


def test_a_fall_of_exactly_the_tolerance_is_still_learning():
    # binary-exact costs: epoch 6 falls by exactly 0.125
    costs = [1.0] + [0.5] * 5 + [0.375] * 15
    assert scripted_run(costs, RISING(21), patience=5, tolerance=0.125) == Stop(11, "converged")
    # a tolerance above the fall: flat already when epoch 6 arrives
    assert scripted_run(costs, RISING(21), patience=5, tolerance=0.25) == Stop(6, "converged")


def test_no_window_before_patience_epochs_have_passed():
    # flat from epoch 1: the first epoch that can judge a window is `patience` + 1... of costs
    costs = [1.0] + [0.5] * 3
    assert scripted_run(costs, RISING(4), patience=3).reason == "max_epochs"
    assert scripted_run(costs + [0.5], RISING(5), patience=3) == Stop(4, "converged")


def test_blown_up_is_past_exactly_ten_times_the_start():
    assert EXPLODED == 10.0
    at = scripted_run([1.0, 10.0, 10.0, 10.0], np.full(4, 0.3), patience=10)
    assert at.reason != "diverged"
    assert scripted_run([1.0, 10.5, 10.5, 10.5], np.full(4, 0.3), patience=10) == Stop(1, "diverged")


def test_target_accuracy_is_reached_at_exactly_the_target():
    accuracies = [0.3, 0.4, 0.5, 0.6, 0.7]          # 60 rows: exact multiples of 1/60
    stop = scripted_run(np.linspace(1, 0.5, 5), accuracies, patience=10, target_accuracy=0.5)
    assert stop == Stop(2, "target_accuracy")
