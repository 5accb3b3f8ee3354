"""A batch file: many variants of the video, each into its own out folder.

    jobs = 2                       # no: batch-wide settings are the command's own flags
    preset = "tiny"                # shared defaults, the keys of `render.py video`
    voice = "none"

    [[variant]]
    out = "out-sigmoid"
    activation = "sigmoid"

    [[variant]]
    out = "out-relu"
    activation = "relu"

Each variant is its defaults with its own keys on top, turned into `render.py video`'s
arguments, so a key means exactly what the flag does. Paths (out, config, a CSV dataset)
are relative to the batch file's folder. Nothing here renders: render.py checks every
variant, then sends all their chapter jobs through one queue.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from nncore.options import load_toml

VARIANT = "variant"
# set once for the whole batch, on the command line: one queue, one cache, one cluster
BATCH_WIDE = ("jobs", "cache-dir", "cache-limit", "no-cache", "scheduler")
PATHS = ("out", "config")


@dataclass
class Variant:
    """One variant as checked (`params`: video's options, parsed), then its run and jobs."""
    index: int
    params: dict
    config: object
    data: object
    chapters: list[str]
    history: object = None
    history_path: Path | None = None
    jobs: list = field(default_factory=list)


class BatchError(ValueError):
    """One line naming the file, the variant (from 1) and the key."""


def read(path: Path) -> list[dict]:
    """Each variant's keys (dashes, not underscores), its defaults filled in; BatchError when
    the file cannot be read, is not TOML, or has no variant."""
    try:
        doc = load_toml(path)
    except ValueError as e:
        raise BatchError(str(e)) from None
    variants = doc.pop(VARIANT, None)
    if not isinstance(variants, list) or not variants or not all(isinstance(v, dict) for v in variants):
        raise BatchError(f"{path}: no [[{VARIANT}]] tables; give at least one, each with its own out, "
                         f"e.g. [[{VARIANT}]] then out = \"out-relu\" on the next line")
    defaults = _keys(doc, path, "the defaults")
    merged = [{**defaults, **_keys(v, path, f"variant {i}")} for i, v in enumerate(variants, 1)]
    for i, keys in enumerate(merged, 1):
        if "out" not in keys:
            raise BatchError(f"{path}: variant {i}, key 'out' is missing: give each variant its own "
                             "folder, e.g. out = \"out-relu\"")
    return merged


def _keys(table: dict, path: Path, where: str) -> dict:
    keys = {}
    for key, value in table.items():
        name = key.replace("_", "-")
        if name in BATCH_WIDE:
            raise BatchError(f"{path}: {where}, key {key!r}: set once for the whole batch, on the "
                             f"command line (render.py batch --{name} ...)")
        if isinstance(value, dict):
            raise BatchError(f"{path}: {where}, key {key!r}: a table here; only [[{VARIANT}]] tables "
                             "and plain keys are read")
        keys[name] = value
    return keys


def arguments(variant: dict, flags: dict[str, bool], folder: Path, path: Path, index: int) -> list[str]:
    """`render.py video`'s arguments for one variant. `flags` names every option of video
    (without dashes), True for an on/off flag. BatchError for a key video does not know or
    a value of the wrong shape; the values themselves are checked by video's own options."""
    args = []
    for key, value in variant.items():
        if key not in flags:
            known = ", ".join(k for k in flags if k not in BATCH_WIDE)
            raise BatchError(f"{path}: variant {index}, unknown key {key!r}; known keys: {known}")
        if flags[key]:
            if not isinstance(value, bool):
                raise BatchError(f"{path}: variant {index}, key {key!r}: give true or false, not {value!r}")
            args += [f"--{key}"] if value else []
            continue
        if isinstance(value, bool) or isinstance(value, dict):
            raise BatchError(f"{path}: variant {index}, key {key!r}: give a value like the flag "
                             f"--{key} takes, not {value!r}")
        text = ",".join(map(str, value)) if isinstance(value, list) else str(value)
        if key in PATHS or (key == "dataset" and text.lower().endswith(".csv")):
            text = str(folder / Path(text).expanduser()) if text.strip() else text
        args += [f"--{key}", text]
    return args


def duplicate_out(outs: list[Path]) -> int | None:
    """The index (from 1) of the first variant writing where an earlier one does."""
    seen = set()
    for i, out in enumerate(outs, 1):
        where = out.resolve()
        if where in seen:
            return i
        seen.add(where)
    return None


def table(rows: list[dict]) -> str:
    """The summary: one line per variant, then the whole batch's."""
    head = ("variant", "video", "rendered", "reused", "wall s")
    lines = [[r["variant"], _minutes(r["video_s"]), str(r["rendered"]), str(r["reused"]), f"{r['wall_s']:.1f}"]
             for r in rows]
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(head)]
    fmt = lambda cells: "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))
    return "\n".join([fmt(head), *map(fmt, lines)])


def _minutes(seconds: float) -> str:
    minutes, seconds = divmod(round(seconds), 60)
    return f"{minutes}:{seconds:02d}"
