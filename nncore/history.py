"""The record of a training run: what the scenes replay (schema in docs/design.md).

In memory a run is typed: `History.records` are `Record`s, `History.snapshots` are
`Snapshot`s (arrays inside), `History.stopped` is a `Stop`; the companion runs kept under
`extra` are read through `History.twin`, `History.learning_rates` and `History.convnet`.
On disk it is the same JSON as ever, key for key and byte for byte.
"""
from __future__ import annotations

import json
import os
import tempfile
from bisect import bisect_right
from dataclasses import dataclass, field, fields
from pathlib import Path

import numpy as np

from nncore.conv import ConvNet
from nncore.network import Network

SCHEMA = "nn-explainer/history@1"


@dataclass(frozen=True)
class Record:
    """What was measured at one step: the cost on the training examples and both accuracies."""

    step: int
    epoch: int
    cost: float
    train_accuracy: float
    test_accuracy: float

    def as_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


# a snapshot's keys in the order the file has always had them (a convnet's kernels first);
# the keys a run does not have (a dense net's kernels, a twin's gradients) are left out
_SNAPSHOT_ORDER = ("step", "kernels", "kernel_biases", "weights", "biases",
                   "grad_kernels", "grad_kernel_biases", "grad_weights", "grad_biases")
_LAYER_LISTS = ("weights", "biases", "grad_weights", "grad_biases")   # one array per layer
_CONV_ARRAYS = ("kernels", "kernel_biases", "grad_kernels", "grad_kernel_biases")  # one array each


@dataclass(frozen=True, eq=False)
class Snapshot:
    """The parameters at one step, one array per layer, and the gradients of the training cost
    there; a convnet's also hold its kernels, one (k, 3, 3) array."""

    step: int
    weights: list[np.ndarray]
    biases: list[np.ndarray]
    grad_weights: list[np.ndarray] | None = None
    grad_biases: list[np.ndarray] | None = None
    kernels: np.ndarray | None = None
    kernel_biases: np.ndarray | None = None
    grad_kernels: np.ndarray | None = None
    grad_kernel_biases: np.ndarray | None = None

    def as_dict(self) -> dict:
        """The file's keys, arrays still arrays."""
        return {k: getattr(self, k) for k in _SNAPSHOT_ORDER if getattr(self, k) is not None}

    @classmethod
    def from_dict(cls, d: dict) -> "Snapshot":
        """From the file's keys; lists (as JSON has them) become float arrays."""
        values = {k: [np.asarray(v, dtype=float) for v in d[k]] for k in _LAYER_LISTS if k in d}
        values.update({k: np.asarray(d[k], dtype=float) for k in _CONV_ARRAYS if k in d})
        return cls(step=d["step"], **values)


@dataclass(frozen=True)
class Stop:
    """Where the run stopped and why: converged, target_accuracy, max_epochs, plateau or diverged
    (nncore.train.STOP_WORDS says each in words)."""

    step: int
    reason: str

    def as_dict(self) -> dict:
        return {"step": self.step, "reason": self.reason}


def records_of(rows: list[dict]) -> list[Record]:
    return [Record(**r) for r in rows]


@dataclass(frozen=True)
class Twin:
    """The main run's twin whose weights all started equal (nncore.companions.twin_run)."""

    init: str
    records: list[Record]
    stopped: Stop
    snapshots: list[Snapshot]        # weights and biases only

    @classmethod
    def from_dict(cls, d: dict) -> "Twin":
        return cls(d["init"], records_of(d["records"]), Stop(**d["stopped"]),
                   [Snapshot.from_dict(s) for s in d["snapshots"]])


@dataclass(frozen=True)
class RateRun:
    """One of the learning-rate runs: the main run's start, another step size."""

    label: str                       # "too small", "good", "too big"
    lr: float
    records: list[Record]
    stopped: Stop
    snapshots: list[Snapshot] = field(default_factory=list)   # weights and biases, evenly spaced steps

    @classmethod
    def from_dict(cls, d: dict) -> "RateRun":
        return cls(d["label"], d["lr"], records_of(d["records"]), Stop(**d["stopped"]),
                   [Snapshot.from_dict(s) for s in d.get("snapshots", [])])


@dataclass(frozen=True, eq=False)
class KeptMaps:
    """One example seen by a convnet at its final weights: what each kernel found in it."""

    split: str                       # "train" or "test"
    index: int                       # into that split
    label: int
    guess: int
    output: np.ndarray               # (classes,) how sure of each class
    feature_maps: np.ndarray         # (k, 6, 6) after relu
    pooled: np.ndarray               # (k, 3, 3)

    @classmethod
    def from_dict(cls, d: dict) -> "KeptMaps":
        arrays = {k: np.asarray(d[k], dtype=float) for k in ("output", "feature_maps", "pooled")}
        return cls(d["split"], d["index"], d["label"], d["guess"], **arrays)


@dataclass
class History:
    """A whole run: config, the data used, cost records, weight snapshots, why it stopped."""

    config: dict
    data: dict                     # {"train": {"x", "y"}, "test": {"x", "y"}, "labels", ["features"]}
    records: list[Record] = field(default_factory=list)
    snapshots: list[Snapshot] = field(default_factory=list)
    stopped: Stop | None = None
    extra: dict = field(default_factory=dict)             # added keys (e.g. a convnet's), kept as is
    _read: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def snapshot(self, step: int | None = None) -> Snapshot:
        """The snapshot at `step`, or the latest one before it; the last one when None."""
        if step is None:
            return self.snapshots[-1]
        steps = [s.step for s in self.snapshots]
        return self.snapshots[max(bisect_right(steps, step) - 1, 0)]

    def network(self, step: int | None = None):
        """The network as it was at `step`: a Network, or a ConvNet for a convnet's run."""
        snap = self.snapshot(step)
        if self.config.get("model") == "conv":
            return ConvNet.from_snapshot(snap)
        return Network(snap.weights, snap.biases, self.config["activations"], self.config["cost"])

    def split(self, name: str = "train") -> tuple[np.ndarray, np.ndarray]:
        part = self.data[name]
        return part["x"], part["y"]

    @property
    def labels(self) -> list[str]:
        return self.data["labels"]

    @property
    def features(self) -> list[str] | None:
        """The inputs' names from a CSV's header row; None for built-in sets and older files."""
        return self.data.get("features")

    @property
    def final(self) -> Record:
        return self.records[-1]

    # --- the companion runs (nncore/companions.py), typed; None when the file has none ---

    @property
    def twin(self) -> Twin | None:
        """The same network and data, every weight starting equal."""
        return self._companion("twin", Twin.from_dict)

    @property
    def learning_rates(self) -> list[RateRun] | None:
        """The same start with a step size too small, the chosen one, and too big."""
        return self._companion("learning_rates", lambda runs: [RateRun.from_dict(r) for r in runs])

    @property
    def convnet(self) -> "History | None":
        """The convnet trained on the same split (image data only), as a History of its own."""
        return self._companion("convnet", lambda run: History(
            config=run["config"], data=self.data, records=records_of(run["records"]),
            snapshots=[Snapshot.from_dict(s) for s in run["snapshots"]], stopped=Stop(**run["stopped"]),
            extra={"feature_maps": run["feature_maps"]}))

    @property
    def feature_maps(self) -> list[KeptMaps]:
        """A convnet's kept examples and what its kernels found in them (none for a dense run)."""
        return self._companion("feature_maps", lambda kept: [KeptMaps.from_dict(d) for d in kept]) or []

    def _companion(self, key: str, read):
        """`extra[key]` read once into its typed form (read again if `extra[key]` is replaced)."""
        raw = self.extra.get(key)
        if raw is None:
            return None
        if key not in self._read or self._read[key][0] is not raw:
            self._read[key] = (raw, read(raw))
        return self._read[key][1]

    # --- files ---

    def to_json(self) -> str:
        doc = {
            "schema": SCHEMA,
            "config": self.config,
            "data": {
                "train": plain(self.data["train"]),
                "test": plain(self.data["test"]),
                "labels": list(self.data["labels"]),
                # a CSV's column names; files without them (built-in sets, older runs) load too
                **({"features": list(self.data["features"])} if self.data.get("features") else {}),
            },
            "records": [r.as_dict() for r in self.records],
            "snapshots": [plain(s.as_dict()) for s in self.snapshots],
            "stopped": self.stopped.as_dict() if self.stopped else {},
            **plain(self.extra),
        }
        return json.dumps(doc, separators=(",", ":"), allow_nan=False)

    def save(self, path: str | os.PathLike) -> Path:
        """Write atomically: a reader never sees half a file."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        try:
            with os.fdopen(fd, "w") as f:
                f.write(self.to_json())
            os.chmod(tmp, 0o644)  # mkstemp makes it private; a history is meant to be shared
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path

    @classmethod
    def from_json(cls, text: str) -> "History":
        doc = json.loads(text)
        if doc.get("schema") != SCHEMA:
            raise ValueError(f"not an nn-explainer history (schema {doc.get('schema')!r}, expected {SCHEMA!r})")
        known = {"schema", "config", "data", "records", "snapshots", "stopped"}
        data = {
            "train": as_arrays(doc["data"]["train"]),
            "test": as_arrays(doc["data"]["test"]),
            "labels": doc["data"]["labels"],
            **({"features": doc["data"]["features"]} if doc["data"].get("features") else {}),
        }
        return cls(config=doc["config"], data=data, records=records_of(doc["records"]),
                   snapshots=[Snapshot.from_dict(s) for s in doc["snapshots"]],
                   stopped=Stop(**doc["stopped"]) if doc["stopped"] else None,
                   extra={k: v for k, v in doc.items() if k not in known})

    @classmethod
    def load(cls, path: str | os.PathLike) -> "History":
        return cls.from_json(Path(path).read_text())


def plain(value):
    """Arrays anywhere inside dicts and lists, as lists."""
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    return value


def as_arrays(d: dict) -> dict:
    """A split's x and y lists from JSON back to float arrays."""
    return {k: np.asarray(v, dtype=float) if k in ("x", "y") else v for k, v in d.items()}
