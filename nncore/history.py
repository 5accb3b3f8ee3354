"""The record of a training run: what the scenes replay (schema in docs/design.md)."""
from __future__ import annotations

import json
import os
import tempfile
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from nncore.network import Network

SCHEMA = "nn-explainer/history@1"
_ARRAY_KEYS = ("weights", "biases", "grad_weights", "grad_biases")
# a convnet's snapshots (nncore/conv.py) also hold its kernels: one (k, 3, 3) array each
_CONV_KEYS = ("kernels", "kernel_biases", "grad_kernels", "grad_kernel_biases")


@dataclass
class History:
    """A whole run: config, the data used, cost records, weight snapshots, why it stopped."""

    config: dict
    data: dict                     # {"train": {"x", "y"}, "test": {"x", "y"}, "labels"}; x, y arrays
    records: list[dict] = field(default_factory=list)
    snapshots: list[dict] = field(default_factory=list)   # arrays inside, lists on disk
    stopped: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)             # added keys (e.g. a convnet's), kept as is

    def snapshot(self, step: int | None = None) -> dict:
        """The snapshot at `step`, or the latest one before it; the last one when None."""
        if step is None:
            return self.snapshots[-1]
        steps = [s["step"] for s in self.snapshots]
        return self.snapshots[max(bisect_right(steps, step) - 1, 0)]

    def network(self, step: int | None = None):
        """The network as it was at `step`: a Network, or a ConvNet for a convnet's run."""
        snap = self.snapshot(step)
        if self.config.get("model") == "conv":
            from nncore.conv import ConvNet
            return ConvNet.from_snapshot(snap)
        return Network(snap["weights"], snap["biases"], self.config["activations"], self.config["cost"])

    def split(self, name: str = "train") -> tuple[np.ndarray, np.ndarray]:
        part = self.data[name]
        return part["x"], part["y"]

    @property
    def labels(self) -> list[str]:
        return self.data["labels"]

    @property
    def final(self) -> dict:
        return self.records[-1]

    # --- files ---

    def to_json(self) -> str:
        doc = {
            "schema": SCHEMA,
            "config": self.config,
            "data": {
                "train": plain(self.data["train"]),
                "test": plain(self.data["test"]),
                "labels": list(self.data["labels"]),
            },
            "records": self.records,
            "snapshots": plain(self.snapshots),
            "stopped": self.stopped,
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
        }
        return cls(config=doc["config"], data=data, records=doc["records"],
                   snapshots=[as_arrays(s) for s in doc["snapshots"]], stopped=doc["stopped"],
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
    """Lists from JSON back to float arrays, for the keys that hold arrays."""
    out = dict(d)
    for k in ("x", "y"):
        if k in out:
            out[k] = np.asarray(out[k], dtype=float)
    for k in _ARRAY_KEYS:
        if k in out:
            out[k] = [np.asarray(v, dtype=float) for v in out[k]]
    for k in _CONV_KEYS:
        if k in out:
            out[k] = np.asarray(out[k], dtype=float)
    return out
