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
