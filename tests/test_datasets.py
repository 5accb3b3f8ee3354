"""Built-in data sets and a user's CSV, with one clear error for each bad file."""
from __future__ import annotations

import numpy as np
import pytest

from nncore import datasets
from nncore.datasets import DatasetError


@pytest.mark.parametrize("name", datasets.BUILT_IN)
def test_built_ins_split_and_scale(name):
    d = datasets.load(name, seed=0, test_fraction=0.25)
    n = len(d.x_train) + len(d.x_test)
    assert len(d.x_test) == round(n * 0.25)
    assert np.abs(d.x_train).max() <= 1.0
    assert d.y_train.shape[1] == (1 if len(d.labels) == 2 else len(d.labels))


def test_digits_are_the_8x8_images_scaled_to_0_1():
    d = datasets.load("digits")
    assert d.x_train.shape[1] == 64 and d.labels == [str(i) for i in range(10)]
    assert d.x_train.min() == 0.0 and d.x_train.max() == 1.0


def test_split_depends_on_the_seed():
    a, b = datasets.load("moons", seed=1), datasets.load("moons", seed=1)
    assert np.array_equal(a.x_train, b.x_train)
    assert not np.array_equal(a.x_train, datasets.load("moons", seed=2).x_train)


def write(tmp_path, text):
    path = tmp_path / "data.csv"
    path.write_text(text)
    return str(path)


GOOD_ROWS = "\n".join(f"{i},{i % 3},{'yes' if i % 2 else 'no'}" for i in range(20))


def test_csv_with_text_labels(tmp_path):
    d = datasets.load(write(tmp_path, "a,b,label\n" + GOOD_ROWS))
    assert d.labels == ["no", "yes"]
    assert d.x_train.min() >= 0 and d.x_train.max() <= 1


def test_csv_numeric_labels_sort_as_numbers(tmp_path):
    rows = "\n".join(f"{i},{[10, 2, 1][i % 3]}" for i in range(30))
    assert datasets.load(write(tmp_path, "a,label\n" + rows)).labels == ["1", "2", "10"]


@pytest.mark.parametrize("text,message", [
    ("a,b,label\n1,2,x\n3,4\n" + GOOD_ROWS, "line 3 has 2 columns"),
    ("a,b,label\n1,two,x\n" + GOOD_ROWS, "line 2 has a feature that is not a number"),
    ("a,b,label\n" + "\n".join(f"{i},{i},same" for i in range(20)), "at least two classes"),
    ("a,b,label\n1,2,x\n3,4,y\n", "at least 10 rows"),
    ("", "header row"),
    ("label\n" + "\n".join("x" for _ in range(20)), "feature column"),
])
def test_bad_csv_files_say_why(tmp_path, text, message):
    with pytest.raises(DatasetError, match=message):
        datasets.load(write(tmp_path, text))


def test_missing_csv_file(tmp_path):
    with pytest.raises(DatasetError, match="no such file"):
        datasets.load(str(tmp_path / "nope.csv"))


def test_a_csv_keeps_its_column_names_and_a_built_in_set_has_none(tmp_path):
    d = datasets.load(write(tmp_path, " sepal length ,b,label\n" + GOOD_ROWS))
    assert d.features == ["sepal length", "b"]
    assert d.as_dict()["features"] == ["sepal length", "b"]
    assert datasets.with_two_outputs(d).features == ["sepal length", "b"]
    assert "features" not in datasets.load("moons").as_dict()


def test_the_spiral_is_two_arms_half_a_turn_apart_each_on_r_equal_to_its_angle():
    x, classes, labels = datasets._spiral(np.random.default_rng(3))
    n = datasets.POINTS // 2
    assert classes.tolist() == [0] * n + [1] * n and labels == ["blue arm", "orange arm"]
    assert np.abs(x).max() == 1.0
    # the orange arm is the blue one turned half a turn: their sum is the two points' noise only
    mid = (x[:n] - x[n:]) / 2                 # the blue arm without (most of) its noise
    r = np.hypot(mid[:, 0], mid[:, 1])
    scale = 3 * np.pi / r.max()               # the arms wind out to an angle of 3 pi (one and a half turns)
    assert (x[:n] + x[n:]).std() * scale / np.sqrt(2) == pytest.approx(0.25, rel=0.15)
    # an Archimedean spiral: each point's distance out is its angle (t cos t, t sin t), from t = 3 pi sqrt(0.05)
    t = r * scale
    turned = np.angle(np.exp(1j * (np.arctan2(mid[:, 1], mid[:, 0]) - t)))
    assert np.median(np.abs(turned)) < 0.25     # noise and the estimated scale; a wrong winding gives about 1.5
    assert t.min() == pytest.approx(3 * np.pi * np.sqrt(0.05), abs=0.4)


@pytest.mark.parametrize("name,first_is", [("moons", "on top"), ("circles", "outside"), ("xor", "blue")])
def test_each_point_set_names_its_classes_truly(name, first_is):
    x, classes, labels = datasets._BUILDERS[name](np.random.default_rng(5))
    # scaled so the farthest coordinate is 1 (xor's corners stop just short of it)
    assert len(x) == datasets.POINTS and 0.99 < np.abs(x).max() <= 1.0 and set(classes) == {0, 1}
    a, b = x[classes == 0], x[classes == 1]
    if name == "moons":
        assert labels == ["top moon", "bottom moon"] and np.allclose(x.mean(axis=0), 0, atol=1e-12)
        assert a[:, 1].mean() > b[:, 1].mean() + 0.3
        # each moon is half a unit circle blurred by noise of 0.12: fit a circle to the top one
        (cx, cy, k), *_ = np.linalg.lstsq(np.column_stack([2 * a, np.ones(len(a))]), (a ** 2).sum(1), rcond=None)
        radius = np.sqrt(k + cx ** 2 + cy ** 2)
        assert (np.hypot(*(a - [cx, cy]).T) / radius).std() == pytest.approx(0.12, rel=0.3)
    elif name == "circles":
        ra, rb = np.hypot(*a.T), np.hypot(*b.T)
        assert labels == ["outer ring", "inner ring"]
        # the inner ring is 0.45 of the outer, each blurred by noise of 0.08 (outer radius 1)
        assert np.median(rb) / np.median(ra) == pytest.approx(0.45, abs=0.05)
        assert (ra / np.median(ra)).std() == pytest.approx(0.08, rel=0.3)
    else:
        # blue where both coordinates have the same sign, with a gap of 0.15 / 1.15 around the axes
        assert labels == ["blue", "orange"] and np.all(a[:, 0] * a[:, 1] > 0) and np.all(b[:, 0] * b[:, 1] < 0)
        assert np.abs(x).min() == pytest.approx(0.15 / 1.15, abs=0.01)


def test_two_outputs_are_one_minus_the_column_and_the_column_and_the_dict_holds_both_splits():
    d = datasets.Dataset("t", np.array([[0.1], [0.2]]), np.array([[1.0], [0.0]]), np.array([[0.3]]),
                         np.array([[0.0]]), ["no", "yes"])
    two = datasets.with_two_outputs(d)
    assert (two.name, two.labels, two.features) == ("t", ["no", "yes"], None)
    assert two.x_train is d.x_train and two.x_test is d.x_test
    assert two.y_train.tolist() == [[0.0, 1.0], [1.0, 0.0]] and two.y_test.tolist() == [[1.0, 0.0]]
    assert datasets.with_two_outputs(two) is two          # already two columns: as it was
    kept = two.as_dict()
    assert sorted(kept) == ["labels", "test", "train"] and kept["labels"] == ["no", "yes"]
    assert kept["train"]["x"] is d.x_train and kept["train"]["y"] is two.y_train
    assert kept["test"]["x"] is d.x_test and kept["test"]["y"] is two.y_test
