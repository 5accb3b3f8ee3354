"""The render cache: training runs by their config, chapter clips by their job.

    cache = Cache(out / ".cache")
    history, path = cache.story(config, data, say=print)     # trains only on a miss
    cache.chapter_folder(job)                                  # where that job's clip lives

A key is a fingerprint of everything the result depends on, code included: a change to
nncore/ retrains, a change to scenes/ re-renders.
"""
from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import asdict
from pathlib import Path
from typing import Callable

from nncore.history import History
from nncore.train import TrainConfig

ROOT = Path(__file__).resolve().parents[2]   # the project: nncore/ and scenes/ are read from here


def fingerprint(*parts) -> str:
    """A short hash of JSON-able values and bytes, in order."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part if isinstance(part, bytes) else json.dumps(part, sort_keys=True).encode())
        h.update(b"\0")
    return h.hexdigest()[:16]


def sources(folder: str) -> list[bytes]:
    """The code a cached result depends on: a change to it makes the cache miss."""
    base = ROOT / folder
    return [p.relative_to(ROOT).as_posix().encode() + p.read_bytes()
            for p in sorted(base.rglob("*")) if p.suffix in (".py", ".txt") and p.is_file()]


def history_key(config: TrainConfig) -> str:
    """Same training config, data and core code: same history, so no need to retrain."""
    dataset = Path(config.dataset)
    data = dataset.read_bytes() if dataset.suffix.lower() == ".csv" and dataset.is_file() else b""
    return fingerprint(asdict(config), data, *sources("nncore"))


def code_key() -> str:
    """The scenes' code: the chapters, the kit, the narration scripts, the output stage."""
    return fingerprint(*sources("scenes"))


class Cache:
    """A folder of training runs (histories/) and rendered chapters (chapters/)."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def clear(self) -> None:
        """Empty it: everything misses, history, chapters and the published run."""
        shutil.rmtree(self.root, ignore_errors=True)

    def history_path(self, key: str) -> Path:
        return self.root / "histories" / f"{key}.json"

    def story(self, config: TrainConfig, data, say: Callable[[str], None]) -> tuple[History, Path, str]:
        """The main run and its companions, from the cache when the same config ran before;
        also its path and key."""
        from nncore.companions import train_story
        key = history_key(config)
        path = self.history_path(key)
        if path.is_file():
            return History.load(path), path, key
        say("training the network ...")
        history = train_story(config, data)
        history.save(path)
        return history, path, key

    def chapter_folder(self, job) -> Path:
        return self.root / "chapters" / job.folder_name

    def entry(self, job) -> dict | None:
        """The manifest entry of a chapter rendered before with the same job, if any."""
        entry_file = self.chapter_folder(job) / "entry.json"
        if entry_file.is_file():
            return json.loads(entry_file.read_text())
        return None
