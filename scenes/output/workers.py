"""Chapters rendered side by side, one worker process each; Ctrl-C stops them all.

    entries = render_chapters(jobs, cache, history_path, n_jobs=2, progress=bar_factory)

Chapters already in the cache are read from it without starting a process. Each worker
renders into its own cache folder (own media, own voices), so workers never share a file.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
import traceback
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from contextlib import nullcontext
from multiprocessing import get_context
from pathlib import Path

from scenes.output.cache import Cache
from scenes.output.errors import OutputError
from scenes.output.jobs import RenderJob


def render_one(job: RenderJob, history_path: str, folder: str) -> dict:
    """Worker process: render one chapter into `folder`; its entry is written last, so a
    folder without entry.json is a render that did not finish."""
    from scenes.output import studio
    folder = Path(folder)
    entry_file = folder / "entry.json"
    clips = folder / "clip"
    shutil.rmtree(clips, ignore_errors=True)
    started = time.perf_counter()
    entry = studio.render_chapter(job.name, history_path, clips, job.index, quality=job.quality,
                                  voice=job.voice, theme=job.theme, media_dir=folder / "media",
                                  captions=job.captions, fmt=job.fmt, pixel_size=job.size,
                                  frame_rate=job.fps, segment_cache=False)
    entry["render_s"] = round(time.perf_counter() - started, 2)
    entry["folder"] = str(clips)
    entry["voice"] = job.voice
    tmp = entry_file.with_suffix(".part")
    tmp.write_text(json.dumps(entry))
    os.replace(tmp, entry_file)
    return entry


def render_chapters(jobs: list[RenderJob], cache: Cache, history_path: Path, n_jobs: int,
                    progress=None) -> list[dict]:
    """Every job's manifest entry, in the jobs' order. `progress(n)` makes a context manager
    with update(1), called as each of the n chapters not in the cache finishes."""
    entries = {job.name: cache.entry(job) for job in jobs}
    todo = [job for job in jobs if entries[job.name] is None]
    if not todo:
        return [entries[job.name] for job in jobs]
    ctx = get_context("spawn")  # a fresh interpreter each: manim's global config is per process
    pool = ProcessPoolExecutor(max_workers=max(1, min(n_jobs, len(todo))), mp_context=ctx)
    try:
        with (progress(len(todo)) if progress else nullcontext()) as bar:
            pending = {pool.submit(render_one, job, str(history_path), str(cache.chapter_folder(job))): job.name
                       for job in todo}
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    name = pending.pop(future)
                    entries[name] = chapter_result(future, name)
                    if bar is not None:
                        bar.update(1)
    except BaseException:
        for proc in list(getattr(pool, "_processes", {}).values()):
            proc.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return [entries[job.name] for job in jobs]


def chapter_result(future, name: str) -> dict:
    """A finished worker's entry; a chapter that failed is one line, its traceback kept in a log."""
    try:
        return future.result()
    except Exception as e:  # noqa: BLE001 - any failure inside a worker
        log = Path(tempfile.gettempdir()) / f"nn-explainer-{name}.log"
        log.write_text("".join(traceback.format_exception(e)))
        raise OutputError(f"chapter {name} failed ({type(e).__name__}: {e}); details in {log}") from None
