"""The data a network learns from: built-in sets and a user's CSV, split into train and test.

Inputs are scaled so every feature lies in a small range; targets are one-hot rows, or a
single 0/1 column when there are only two classes (one sigmoid output).
"""
from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

BUILT_IN = ("xor", "circles", "moons", "spiral", "digits")
MIN_ROWS = 10
POINTS = 300  # how many 2-D points the point sets draw


class DatasetError(ValueError):
    """Data that cannot be learned from; the message says why in one line."""


@dataclass
class Dataset:
    name: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    labels: list[str]
    features: list[str] | None = None   # a CSV's column names; built-in sets have none

    def as_dict(self) -> dict:
        # no "features" key for built-in sets: their history.json stays as it was
        named = {"features": list(self.features)} if self.features else {}
        return {"train": {"x": self.x_train, "y": self.y_train},
                "test": {"x": self.x_test, "y": self.y_test}, "labels": self.labels, **named}


def load(name: str, seed: int = 0, test_fraction: float = 0.2) -> Dataset:
    """A built-in set by name, or a CSV by path, split by `seed` and `test_fraction`."""
    rng = np.random.default_rng([seed, 0])
    features = None
    if name in BUILT_IN:
        x, classes, labels = _BUILDERS[name](rng)
    elif name.lower().endswith(".csv") or Path(name).exists():
        x, classes, labels = read_csv(Path(name))
        features = csv_features(Path(name))
    else:
        raise DatasetError(f"unknown dataset {name!r}: use one of {', '.join(BUILT_IN)} or a .csv file")
    return split(name, x, classes, labels, rng, test_fraction, features)


def split(name, x, classes, labels, rng, test_fraction, features=None) -> Dataset:
    if len(labels) < 2:
        raise DatasetError(f"{name}: needs at least two classes to tell apart, found only {labels[0]!r}")
    if len(x) < MIN_ROWS:
        raise DatasetError(f"{name}: needs at least {MIN_ROWS} rows, found {len(x)}")
    order = rng.permutation(len(x))
    n_test = min(max(1, round(len(x) * test_fraction)), len(x) - 1)
    test, train = order[:n_test], order[n_test:]
    y = targets(classes, len(labels))
    return Dataset(name, x[train], y[train], x[test], y[test], list(labels), features)


def targets(classes: np.ndarray, n_classes: int) -> np.ndarray:
    """One-hot rows, or one 0/1 column for two classes."""
    if n_classes == 2:
        return classes.reshape(-1, 1).astype(float)
    return np.eye(n_classes)[classes]


def with_two_outputs(data: Dataset) -> Dataset:
    """Two classes as two one-hot outputs instead of one 0/1 column (for softmax)."""
    if data.y_train.shape[1] != 1:
        return data
    pair = lambda y: np.hstack([1.0 - y, y])
    return Dataset(data.name, data.x_train, pair(data.y_train), data.x_test, pair(data.y_test), data.labels,
                   data.features)


# --- built-in sets: each returns (x, class index per row, class names) ---

def _xor(rng):
    x = rng.uniform(-1, 1, size=(POINTS, 2))
    # keep a gap around the axes so the four corners are clearly separated
    x += 0.15 * np.sign(x)
    return x / 1.15, ((x[:, 0] > 0) ^ (x[:, 1] > 0)).astype(int), ["blue", "orange"]


def _circles(rng):
    from sklearn.datasets import make_circles
    x, c = make_circles(POINTS, noise=0.08, factor=0.45, random_state=int(rng.integers(2**31)))
    return x / np.abs(x).max(), c, ["outer ring", "inner ring"]


def _moons(rng):
    from sklearn.datasets import make_moons
    x, c = make_moons(POINTS, noise=0.12, random_state=int(rng.integers(2**31)))
    x = x - x.mean(axis=0)
    return x / np.abs(x).max(), c, ["top moon", "bottom moon"]


def _spiral(rng):
    n = POINTS // 2
    t = np.sqrt(rng.uniform(0.05, 1, n)) * 3 * np.pi
    arm = np.stack([t * np.cos(t), t * np.sin(t)], axis=1)
    x = np.concatenate([arm, -arm]) + rng.normal(0, 0.25, (2 * n, 2))
    return x / np.abs(x).max(), np.repeat([0, 1], n), ["blue arm", "orange arm"]


def _digits(rng):
    from sklearn.datasets import load_digits
    d = load_digits()
    return d.data / 16.0, d.target.astype(int), [str(i) for i in range(10)]


_BUILDERS = {"xor": _xor, "circles": _circles, "moons": _moons, "spiral": _spiral, "digits": _digits}


# --- a user's CSV ---

def read_csv(path: Path):
    """Header row, numeric feature columns, the label last (text or number).

    Features are scaled to 0..1 column by column (a constant column becomes 0).
    """
    if not path.is_file():
        raise DatasetError(f"{path}: no such file")
    try:
        with path.open(newline="") as f:
            rows = [r for r in csv.reader(f) if any(cell.strip() for cell in r)]
    except (UnicodeDecodeError, csv.Error) as e:
        raise DatasetError(f"{path}: not a readable CSV file ({e})") from None
    if len(rows) < 2:
        raise DatasetError(f"{path}: needs a header row and at least {MIN_ROWS} data rows")
    header, body = rows[0], rows[1:]
    if len(header) < 2:
        raise DatasetError(f"{path}: needs at least one feature column and a label column")
    features = []
    for line, row in enumerate(body, start=2):
        if len(row) != len(header):
            raise DatasetError(f"{path}: line {line} has {len(row)} columns, the header has {len(header)}")
        if not row[-1].strip():
            raise DatasetError(f"{path}: line {line} has an empty label (the last column)")
        try:
            features.append([float(v) for v in row[:-1]])
        except ValueError:
            raise DatasetError(f"{path}: line {line} has a feature that is not a number") from None
    x = np.array(features)
    if not np.isfinite(x).all():
        raise DatasetError(f"{path}: features must be finite numbers")
    names = [row[-1].strip() for row in body]
    labels = sorted(set(names), key=_label_order)
    classes = np.array([labels.index(n) for n in names])
    lo, span = x.min(axis=0), np.ptp(x, axis=0)
    x = (x - lo) / np.where(span > 0, span, 1.0)
    return x, classes, labels


def csv_features(path: Path) -> list[str]:
    """The feature columns' names from a CSV's header row (read_csv has checked the file),
    so the video can name each input as the user did."""
    with path.open(newline="") as f:
        header = next(r for r in csv.reader(f) if any(cell.strip() for cell in r))
    return [name.strip() for name in header[:-1]]


def _label_order(label: str):
    """Finite numbers in numeric order ("1" and "01" by their text), then text in code-point
    order ("Zebra" before "apple"; "nan" and "inf" are text). Every label gets its own key:
    a tie would leave the order to the set's hashing, which changes from run to run."""
    try:
        number = float(label)
    except ValueError:
        number = math.nan
    return (0, number, label) if math.isfinite(number) else (1, 0.0, label)
