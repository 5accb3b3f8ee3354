"""One chapter's render as a value: everything that decides the clip, and nothing else.

    job = RenderJob(name="intro", index=1, history_key="3f...", code_key="a1...", quality="low",
                    voice="none", pace="normal", theme="dark", fmt="mp4", size=None, fps=None, captions="srt")
    job.key          # hashes every field: a new field changes the key without a list to keep

The job names the training run by its key, not by a path, so a cache moved or shared
between output folders still finds it. An author's scripts (--script-dir) travel inside
the job as text, so an edited script re-renders its chapter, and the same words in another
folder do not.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from scenes.output.cache import fingerprint


@dataclass(frozen=True)
class RenderJob:
    name: str
    index: int                       # the chapter's place in the video (its file's NN-)
    history_key: str                 # the training run: config, data and core code
    code_key: str                    # the scenes' code
    quality: str
    voice: str                       # the voice that really speaks, after any fallback
    pace: str
    theme: str
    fmt: str
    size: tuple[int, int] | None     # overrides the quality's frame size
    fps: int | None                  # overrides the quality's frame rate
    captions: str
    scripts: tuple[tuple[str, str], ...] = ()   # the author's files this chapter reads: (name, text)

    @property
    def key(self) -> str:
        return fingerprint(asdict(self))


def jobs_for(names: list[str], history_key: str, code_key: str, script_dir: Path | None = None,
             **settings) -> list[RenderJob]:
    """One job per chapter name, in the catalog's order of indices, with the same settings;
    each carries the files of `script_dir` it reads (none: it speaks the built-in words)."""
    from scenes import catalog
    return [RenderJob(name=name, index=catalog.index(name), history_key=history_key, code_key=code_key,
                      scripts=author_scripts(name, script_dir), **settings) for name in names]


def author_scripts(name: str, script_dir: Path | None) -> tuple[tuple[str, str], ...]:
    """(file name, text) of the author's scripts chapter `name` reads: its own and common.txt."""
    from scenes.script_dir import used_files
    return tuple((p.name, p.read_text(encoding="utf-8")) for p in used_files(name, script_dir))


def write_scripts(job: RenderJob, folder: Path) -> Path | None:
    """The job's author's scripts written into `folder` (the worker's own), or None."""
    if not job.scripts:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    for file_name, text in job.scripts:
        (folder / file_name).write_text(text, encoding="utf-8")
    return folder


def chapters_for(data, asked: list[str] | None) -> list[str]:
    """The chapters to render: those asked for, or every chapter this data can tell;
    ValueError when one asked for cannot be told with this data."""
    from nncore.companions import is_image_data
    from scenes import catalog
    if asked is None:
        return [n for n in catalog.names() if n != "convnet" or is_image_data(data)]
    if "convnet" in asked and not is_image_data(data):
        raise ValueError("the convnet chapter needs pictures: use --dataset digits")
    return asked
