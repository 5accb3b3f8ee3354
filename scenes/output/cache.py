"""The render cache: training runs by their config, chapter clips by their job, shared by
every --out and verified on every read.

    cache = Cache.open(Cache.default_root())            # the user's cache dir, or --cache-dir
    history, key = cache.story(config, data, say=print)  # trains only on a miss
    entry = cache.get("chapters", job.key)               # None on a miss, or a bad entry
    cache.put("chapters", job.key, folder, data)         # moves `folder` in, whole

A key is a fingerprint of everything the result depends on, code included: a change to
nncore/ retrains, a change to scenes/ re-renders. Each entry is a folder with its files
and an entry.json listing them by relative path with their sha256; an entry that does
not match (truncated, edited, half-deleted) is a miss, removed and rebuilt. The cache
folder carries a CACHEDIR.TAG naming this program: nothing is deleted from a folder
without it, and only the subfolders below that the cache makes.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

from nncore.history import History
from nncore.train import TrainConfig
from scenes.output.errors import Refused, disk_full

ROOT = Path(__file__).resolve().parents[2]   # the project: nncore/ and scenes/ are read from here
APP = "nn-explainer"
MARKER = "CACHEDIR.TAG"
# the Cache Directory Tagging Specification's signature (backup tools skip such folders),
# then the line that makes the folder unmistakably ours
TAG = f"Signature: 8a477f597d28d172789f06886806bc55\n# This is the {APP} render cache; `render.py cache --clear` empties it.\n"
KINDS = ("histories", "chapters")
PARTS = (*KINDS, "work", "logs")        # every subfolder the cache makes: all it ever deletes from
ENTRY = "entry.json"
USED = ".used"                          # touched on every hit: the least recently used go first
DEFAULT_LIMIT = 5 * 1024**3
RECENT_S = 3600                         # an entry used this recently may be in use by another run: kept
Say = Callable[[str], None]


def fingerprint(*parts) -> str:
    """A short hash of JSON-able values and bytes, in order."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part if isinstance(part, bytes) else json.dumps(part, sort_keys=True).encode())
        h.update(b"\0")
    return h.hexdigest()[:16]


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def sources(folder: str, suffixes: tuple[str, ...] = (".py", ".txt")) -> list[bytes]:
    """The code a cached result depends on: a change to it makes the cache miss."""
    base = ROOT / folder
    return [p.relative_to(ROOT).as_posix().encode() + p.read_bytes()
            for p in sorted(base.rglob("*")) if p.suffix in suffixes and p.is_file()]


def kit_key() -> str:
    """The blog kit's page assets: an edit to them rewrites out/'s pages, not the chapters."""
    return fingerprint(*sources("scenes/output/static", (".html", ".js", ".css")))


def history_key(config: TrainConfig) -> str:
    """Same training config, data and core code: same history, so no need to retrain."""
    dataset = Path(config.dataset)
    data = dataset.read_bytes() if dataset.suffix.lower() == ".csv" and dataset.is_file() else b""
    return fingerprint(asdict(config), data, *sources("nncore"))


def code_key() -> str:
    """The scenes' code: the chapters, the kit, the narration scripts, the output stage."""
    return fingerprint(*sources("scenes"))


@dataclass(frozen=True)
class Entry:
    folder: Path
    data: dict


class Cache:
    """A folder of verified entries, histories/<key>/ and chapters/<key>/, plus work/ (renders
    in progress, one folder per process) and logs/ (failed chapters' tracebacks)."""

    def __init__(self, root: Path, limit: int = DEFAULT_LIMIT, fresh: bool = False, say: Say = print):
        self.root, self.limit, self.fresh, self.say = Path(root).absolute(), limit, fresh, say

    @staticmethod
    def default_root() -> Path:
        import platformdirs
        return Path(platformdirs.user_cache_dir(APP))

    @classmethod
    def open(cls, root: Path, **kwargs) -> "Cache":
        """The cache at `root`, made and tagged if new; Refused when `root` holds anything
        else (we never write into, or delete from, a folder that is not ours)."""
        cache = cls(root, **kwargs)
        if not cache.is_ours():
            if cache.root.exists() and (not cache.root.is_dir() or any(cache.root.iterdir())):
                raise Refused(f"--cache-dir {cache.root} is not an {APP} cache (it has no {MARKER} of ours) "
                              "and is not empty: choose a new or empty folder")
            try:
                cache.root.mkdir(parents=True, exist_ok=True)
                (cache.root / MARKER).write_text(TAG)
            except OSError as e:
                raise Refused(f"cannot write to --cache-dir {cache.root}: {e.strerror or e}") from None
        cache._sweep_work()
        return cache

    def is_ours(self) -> bool:
        """The folder carries the tag, and the tag names this program (whatever else it says)."""
        try:
            text = (self.root / MARKER).read_text()
        except (OSError, UnicodeDecodeError):
            return False
        return text.startswith(TAG.splitlines()[0]) and f"the {APP} render cache" in text

    def remove(self, path: Path) -> None:
        """Delete `path`, which must lie in one of the cache's own subfolders of a tagged root."""
        if not self.is_ours() or path.resolve().parent.parent != self.root.resolve() or path.parent.name not in PARTS:
            raise RuntimeError(f"refusing to delete {path}: not inside {self.root}'s own folders")
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)

    # --- entries ---

    def get(self, kind: str, key: str) -> Entry | None:
        """The entry, if present and every file matches its checksum; a bad one is removed
        (one line says so) and missed. With `fresh`, everything misses."""
        folder = self.root / kind / key
        if self.fresh or not folder.is_dir():
            return None
        data = self._verified(folder)
        if data is None:
            self.say(f"cache entry {kind}/{key} is damaged; making it again")
            self.remove(folder)
            return None
        (folder / USED).touch()
        return Entry(folder, data)

    @staticmethod
    def _verified(folder: Path) -> dict | None:
        try:
            doc = json.loads((folder / ENTRY).read_text())
            files, data = doc["files"], doc["data"]
            if doc["check"] != fingerprint(files, data):
                return None
            for rel, sha in files.items():
                path = folder / rel
                if Path(rel).is_absolute() or ".." in Path(rel).parts or file_sha256(path) != sha:
                    return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        return data

    def put(self, kind: str, key: str, folder: Path, data: dict) -> Entry:
        """Make `folder` (a work folder) the entry for `key`: its files are listed with their
        checksums, then it is renamed into place, so an entry is whole or absent."""
        files = {p.relative_to(folder).as_posix(): file_sha256(p) for p in sorted(folder.rglob("*")) if p.is_file()}
        tmp = folder / f"{ENTRY}.part"
        tmp.write_text(json.dumps({"files": files, "data": data, "check": fingerprint(files, data)}))
        os.replace(tmp, folder / ENTRY)
        (folder / USED).touch()
        dest = self.root / kind / key
        dest.parent.mkdir(parents=True, exist_ok=True)
        if dest.exists():   # --no-cache, or a damaged entry: the old one goes
            old = self.work_folder("old-")
            os.replace(dest, old / "entry")
            self.remove(old)
        try:
            os.replace(folder, dest)
        except OSError:     # another run put the same entry first: theirs is as good (ours
            if not dest.is_dir():   # stays in its work folder, which its owner removes)
                raise
        return Entry(dest, data)

    def work_folder(self, prefix: str = "") -> Path:
        """A fresh folder for a render in progress, named by this process so a later run
        can tell it was abandoned."""
        work = self.root / "work"
        work.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-{prefix}", dir=work))

    def _sweep_work(self) -> None:
        """Remove work folders whose process is gone (killed mid-render)."""
        for folder in (self.root / "work").glob("*-*"):
            pid = folder.name.split("-", 1)[0]
            if pid.isdigit() and not _alive(int(pid)):
                self.remove(folder)

    @contextmanager
    def full_disk_is_one_line(self):
        """A full disk while filling the cache: OutputError naming it, not a traceback."""
        try:
            yield
        except OSError as e:
            full = disk_full(e, self.root)
            if full is None:
                raise
            raise full from None

    # --- the training run ---

    def story(self, config: TrainConfig, data, say: Say, jobs: int = 1,
              before_training=None) -> tuple[History, Path, str]:
        """The main run and its companions, from the cache when the same config ran before;
        also the path of its history.json and its key. `jobs` > 1: the convnet companion
        trains in a second process beside the rest (workers.train_convnet_beside).
        `before_training()`: called when it must train, before it does (workers.Warm.start)."""
        from scenes.output.workers import train_convnet_beside
        key = history_key(config)
        entry = self.get("histories", key)
        if entry is None:
            if before_training is not None:
                before_training()
            say("training the network ...")
            history = train_convnet_beside(config, data, jobs)
            work = self.work_folder("history-")
            try:
                history.save(work / "history.json")
                entry = self.put("histories", key, work, {})
            except BaseException:
                self.remove(work)
                raise
        path = entry.folder / "history.json"
        return History.load(path), path, key

    # --- size ---

    def entries(self) -> list[Path]:
        return [p for kind in KINDS for p in (self.root / kind).glob("*") if p.is_dir()]

    def size(self) -> int:
        return sum(p.stat().st_size for p in self.root.rglob("*") if p.is_file() and not p.is_symlink())

    def evict(self, keep: set[Path] = frozenset()) -> int:
        """Remove the least recently used entries until the cache fits its limit; entries in
        `keep` or used within the last hour (another run may be reading them) stay. Returns
        the bytes freed."""
        sizes = {p: sum(f.stat().st_size for f in p.rglob("*") if f.is_file()) for p in self.entries()}
        total = self.size()
        freed = 0
        now = time.time()
        for entry in sorted(sizes, key=_last_used):
            if total - freed <= self.limit:
                break
            if entry in keep or now - _last_used(entry) < RECENT_S:
                continue
            self.remove(entry)
            freed += sizes[entry]
        return freed

    def clear(self) -> int:
        """Empty the cache (its own subfolders only); returns the bytes freed."""
        if not self.is_ours():
            return 0
        before = self.size()
        for part in PARTS:
            if (self.root / part).is_dir():
                shutil.rmtree(self.root / part, ignore_errors=True)
        return before - self.size()


def _last_used(entry: Path) -> float:
    try:
        return (entry / USED).stat().st_mtime
    except OSError:
        return 0.0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
