"""What the chapter tests share: tiny renders, readability, a user's data, close numbers.

Plain helpers, not a test module (pytest collects only test_*.py files):

    from tests.chapter_checks import reading_ease, render_tiny, said
    entry = render_tiny("intro", story_file("digits"), tmp_path)
    assert reading_ease(said(entry)) >= 60
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pytest

from nncore import datasets
from nncore.companions import train_story
from nncore.history import History
from nncore.network import Network
from nncore.train import TrainConfig
from scenes import catalog

# segment_cache off as render.py's workers have it: manim's hashing of every play was over half of a
# tiny render's time (convnet: 77 of 141 s), and a chapter is rendered once per session anyway
TINY = dict(pixel_size=(160, 90), frame_rate=3, voice="none", segment_cache=False)


def reading_ease(text: str) -> float:
    """Flesch reading ease with textstat's own syllable rules: its CMU dictionary is a
    download (nltk), which this machine cannot fetch."""
    import textstat
    from textstat.backend.counts import _count_syllables
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_count_syllables, "get_cmudict", lambda lang: None)
        return textstat.flesch_reading_ease(text)


def check_readable(script: str) -> None:
    """The team's rule for narration: at least 25 words, Flesch reading ease 60 or more."""
    assert len(script.split()) >= 25
    assert reading_ease(script) >= 60


def said(entry: dict) -> str:
    """Everything a rendered chapter says, as one text."""
    return " ".join(line["text"] for line in entry["narration"])


# --- renders ---

SHARED: Path | None = None   # the test session's shared folder (conftest sets it)


def render_tiny(name: str, history_path: str | os.PathLike, out: str | os.PathLike) -> dict:
    """Chapter `name` rendered tiny (160x90, 3 fps, no voice); its manifest entry.

    Each chapter of each history (by content) is rendered once per test session, by
    whichever test process asks first: every caller gets a copy of the entry and of the
    clip's files in its own `out` (the renders are deterministic, so this only saves time)."""
    from filelock import FileLock
    from scenes.output import studio   # manim: imported here, so conftest stays light for nncore's tests
    digest = hashlib.sha256(Path(history_path).read_bytes()).hexdigest()[:16]
    made = Path(SHARED) / "tiny-renders" / f"{name}-{digest}"
    made.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(f"{made}.lock"):
        if not (made / "entry.json").exists():
            part = made.with_name(made.name + ".part")
            shutil.rmtree(part, ignore_errors=True)
            entry = studio.render_chapter(name, history_path, part, catalog.index(name), **TINY)
            (part / "entry.json").write_text(json.dumps(entry))
            part.rename(made)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for produced in made.glob(f"{catalog.index(name):02d}-{name}.*"):
        shutil.copyfile(produced, out / produced.name)
    return json.loads((made / "entry.json").read_text())


def render_preset(name: str, preset: str, story_file: Callable[[str], Path],
                  tmp_path_factory) -> tuple[History, dict, Path]:
    """(history, manifest entry, out folder) of a tiny render of chapter `name` for a preset's story."""
    path = story_file(preset)
    out = tmp_path_factory.mktemp(f"{name}-{preset}")
    return History.load(path), render_tiny(name, path, out), out


def check_clip(entry: dict, out: Path, shortest: float, longest: float) -> None:
    """The clip was written, and lasts between `shortest` and `longest` seconds."""
    assert (Path(out) / entry["file"]).stat().st_size > 0
    assert shortest < entry["duration_s"] < longest


def every_chapter(preset: str, story_file: Callable[[str], Path], tmp_path_factory,
                  folder: str) -> tuple[History, Path, list[dict]]:
    """(history, out folder, manifest entries) of a preset's story with every chapter it can
    tell rendered tiny (memoized: tests over the whole video share one render per chapter)."""
    path = story_file(preset)
    history = History.load(path)
    names = [n for n in catalog.names() if n != "convnet" or history.convnet is not None]
    out = tmp_path_factory.mktemp(f"{folder}-{preset}")
    return history, out, [render_tiny(name, path, out) for name in names]


def tiny_renders(name: str, story_file: Callable[[str], Path], tmp_path_factory,
                 **more: str) -> Callable[[str], tuple[History, dict]]:
    """preset -> (history, manifest entry) of a tiny render of chapter `name`, each made once;
    `more` names further history files (user="path")."""
    made = {}

    def get(preset: str) -> tuple[History, dict]:
        if preset not in made:
            path = more[preset] if preset in more else story_file(preset)
            out = tmp_path_factory.mktemp(f"{name}-{preset}")
            made[preset] = History.load(path), render_tiny(name, path, out)
        return made[preset]
    return get


# --- stories ---

def save_story(config: TrainConfig, path: Path) -> Path:
    """The run with its companion runs, as `render.py video` gives the chapters, saved to `path`."""
    data = datasets.load(config.dataset, config.seed, config.test_fraction)
    return train_story(config, data).save(path)


def class_csv(path: Path, kinds: Sequence[str], columns: Sequence[str], per_kind: int, seed: int) -> Path:
    """A user's CSV: `per_kind` rows of numbers for each kind, around a different centre per kind."""
    rng = np.random.default_rng(seed)
    rows = [",".join([*columns, "kind"])]
    for k, name in enumerate(kinds):
        centre = [k, 2 - k, k / 2, 1][:len(columns)]
        for v in rng.normal(centre, 0.4, size=(per_kind, len(columns))):
            rows.append(",".join(f"{a:.3f}" for a in v) + f",{name}")
    path.write_text("\n".join(rows) + "\n")
    return path


def fruit_story(folder: Path, per_kind: int, seed: int, **config) -> str:
    """A user's network (TrainConfig keywords `config`) on a CSV of three fruit by three numbers."""
    fruit = class_csv(folder / "fruit.csv", ["apple", "banana", "cherry"], ["size", "weight", "height"],
                      per_kind, seed)
    return str(save_story(TrainConfig(dataset=str(fruit), **config), folder / "history.json"))


def start_network(path: str | os.PathLike) -> tuple[dict, dict, Network]:
    """(raw file, first snapshot, nncore's network at it), read from the JSON itself rather
    than through History."""
    doc = json.loads(Path(path).read_text())
    snap = min(doc["snapshots"], key=lambda s: s["step"])
    cfg = doc["config"]
    return doc, snap, Network(snap["weights"], snap["biases"], cfg["activations"], cfg["cost"])


def close(shown, expected) -> None:
    """A shown value (lists from the manifest) equals nncore's, to rounding."""
    np.testing.assert_allclose(np.asarray(shown, dtype=float), np.asarray(expected, dtype=float),
                               rtol=1e-9, atol=1e-12)


def boxes_apart(a: Sequence[float], b: Sequence[float], gap: float = 0.0) -> bool:
    """Two (left, bottom, right, top) boxes stand `gap` or more apart, side by side or one above
    the other (a negative `gap` lets them overlap by that much). Each test keeps its own gap."""
    return a[2] + gap <= b[0] or b[2] + gap <= a[0] or a[3] + gap <= b[1] or b[3] + gap <= a[1]


def longest_still(frames: list, start: float, end: float) -> float:
    """The longest stretch between start and end (seconds) in which no frame differs from the one
    before by more than a faint flicker; `frames` is (time, grey array) pairs."""
    kept = [(t, img) for t, img in frames if start <= t <= end]
    longest, since = 0.0, kept[0][0]
    for (_, a), (t, b) in zip(kept, kept[1:]):
        if np.abs(a - b).max() > 8:
            since = t
        longest = max(longest, t - since)
    return longest


def frames_of(entry: dict, out) -> list[tuple[float, np.ndarray]]:
    """Every frame of a rendered chapter's clip as (time, RGB array of ints)."""
    import av
    with av.open(str(Path(out) / entry["file"])) as c:
        stream = c.streams.video[0]
        return [(float(f.pts * stream.time_base), f.to_ndarray(format="rgb24").astype(int)) for f in c.decode(stream)]
