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


# --- what load and split pass on, and a CSV's scaling and messages, exactly (for bench/mutation.py) ---

def test_load_draws_from_the_seeds_own_generator_and_names_the_set():
    rng = np.random.default_rng([3, 0])
    x, classes, labels = datasets._xor(rng)
    want = datasets.split("xor", x, classes, labels, rng, 0.25)
    got = datasets.load("xor", 3, 0.25)
    assert np.array_equal(got.x_train, want.x_train) and np.array_equal(got.y_test, want.y_test)
    assert got.name == "xor" and got.features is None and got.x_train.shape[1] == 2
    default = datasets.load("xor")
    assert np.array_equal(default.x_test, datasets.load("xor", 0, 0.2).x_test)


def test_an_unknown_name_says_what_would_do(tmp_path):
    with pytest.raises(DatasetError) as caught:
        datasets.load("nope")
    assert str(caught.value) == "unknown dataset 'nope': use one of xor, circles, moons, spiral, digits or a .csv file"
    # a file that exists is read as a CSV whatever its name ends with
    path = tmp_path / "table.txt"
    path.write_text("a,label\n" + "\n".join(f"{i},{i % 2}" for i in range(12)))
    assert datasets.load(str(path)).labels == ["0", "1"]


def test_split_keeps_at_least_one_example_on_each_side():
    x, classes = np.arange(20.0).reshape(10, 2), np.arange(10) % 2
    rng = lambda: np.random.default_rng(0)
    sizes = lambda d: (len(d.x_train), len(d.x_test))
    assert sizes(datasets.split("s", x, classes, ["a", "b"], rng(), 0.01)) == (9, 1)
    assert sizes(datasets.split("s", x, classes, ["a", "b"], rng(), 0.99)) == (1, 9)
    assert sizes(datasets.split("s", x, classes, ["a", "b"], rng(), 0.3)) == (7, 3)
    d = datasets.split("s", x, classes, ["a", "b"], rng(), 0.3)
    assert d.name == "s" and d.y_train.dtype == float
    assert datasets.split("s", x, classes, ["a", "b"], rng(), 0.3).labels == ["a", "b"]
    with pytest.raises(DatasetError, match="needs at least 10 rows, found 9"):
        datasets.split("s", x[:9], classes[:9], ["a", "b"], rng(), 0.3)


def test_the_seeded_sklearn_sets_get_their_seed_from_the_generator(monkeypatch):
    import sklearn.datasets
    seen = []
    for name in ("make_circles", "make_moons"):
        real = getattr(sklearn.datasets, name)
        monkeypatch.setattr(sklearn.datasets, name, lambda *a, real=real, **k: seen.append(k["random_state"]) or real(*a, **k))
    datasets.load("circles", 4)
    datasets.load("moons", 4)
    want = int(np.random.default_rng([4, 0]).integers(2**31))
    assert seen == [want, want]
    assert np.array_equal(datasets.load("circles", 4).x_train, datasets.load("circles", 4).x_train)


def test_the_spirals_noise_is_centred():
    d = datasets.load("spiral", 0)
    points = np.concatenate([d.x_train, d.x_test])
    assert np.abs(points.mean(axis=0)).max() < 0.03


def test_the_handwritten_pictures_are_64_pixels_scaled_to_0_1_in_ten_classes():
    # (not named for the digits: bench/mutation.py leaves out tests named so, as slow)
    x, classes, labels = datasets._digits(np.random.default_rng(0))
    assert x.shape == (1797, 64) and x.min() == 0.0 and x.max() == 1.0
    assert np.isin(x * 16, np.arange(17)).all()            # the 0..16 ink levels, each kept
    assert classes.dtype.kind == "i" and set(classes.tolist()) == set(range(10))
    assert labels == ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]


def test_a_csvs_columns_are_scaled_each_to_0_1(tmp_path):
    rows = ["a,b,c,d,label", "0,10,0.1,5,x", "1,20,0.2,5,y", "2,30,0.3,5,x", "4,50,0.5,5,y"]
    path = tmp_path / "t.csv"
    path.write_text("\n".join(rows))
    x, classes, labels = datasets.read_csv(path)
    assert x.dtype == float and np.allclose(x, [[0, 0, 0, 0], [0.25, 0.25, 0.25, 0], [0.5, 0.5, 0.5, 0],
                                                [1, 1, 1, 0]], rtol=0, atol=1e-12)
    assert classes.tolist() == [0, 1, 0, 1] and labels == ["x", "y"]
    # one data row is read (the split says later that it is too few)
    one = tmp_path / "one.csv"
    one.write_text("a,label\n3,x\n")
    assert datasets.read_csv(one)[2] == ["x"]


@pytest.mark.parametrize("text,message", [
    ("a,b,label\n1,2\n3,4\n", "line 2 has 2 columns, the header has 3"),
    ("a,b,label\n1,2,\n3,4,y\n", "line 2 has an empty label (the last column)"),
    ("a,b,label\n1,inf,x\n3,4,y\n", "features must be finite numbers"),
])
def test_a_csvs_mistakes_are_named_exactly(tmp_path, text, message):
    path = tmp_path / "bad.csv"
    path.write_text(text)
    with pytest.raises(DatasetError) as caught:
        datasets.read_csv(path)
    assert str(caught.value) == f"{path}: {message}"


def test_a_file_that_is_not_text_is_not_a_readable_csv(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"a,label\n\xff\xfe,x\n")
    with pytest.raises(DatasetError) as caught:
        datasets.read_csv(path)
    assert str(caught.value).startswith(f"{path}: not a readable CSV file (")


def test_a_quoted_line_break_stays_inside_its_field(tmp_path):
    # csv's rule: open the file with newline="", or a quoted \r\n is read as \n
    path = tmp_path / "t.csv"
    path.write_bytes(b'"two\r\nlines",label\r\n1,x\r\n2,y\r\n')
    assert datasets.csv_features(path) == ["two\r\nlines"]
    path.write_bytes(b'a,label\r\n1,"x\r\ny"\r\n2,z\r\n')
    assert datasets.read_csv(path)[2] == ["x\r\ny", "z"]
