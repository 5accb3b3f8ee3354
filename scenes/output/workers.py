"""Chapters rendered side by side, one worker process each; Ctrl-C or SIGTERM stops them all.

    entries = render_chapters(jobs, cache, history_path, n_jobs=2, progress=bar_factory)

Chapters already in the cache are read from it without starting a process. Each worker
renders into its own work folder (own media, own voices), so workers never share a file;
the finished clip becomes a cache entry. A worker dies with the process that started it,
even when that one is killed outright (kill -9): the kernel sends it SIGKILL.
"""
from __future__ import annotations

import ctypes
import importlib
import os
import signal
import tempfile
import time
import traceback
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from contextlib import contextmanager, nullcontext
from multiprocessing import get_context
from pathlib import Path

from scenes.output.cache import Cache
from scenes.output.errors import OutputError, disk_full
from scenes.output.jobs import RenderJob
from scenes.script_dir import script_file

PR_SET_PDEATHSIG = 1   # linux/prctl.h


def _die_with_parent(parent: int) -> None:
    """Worker start-up: the parent stops us (Ctrl-C reaches it; it terminates us), and if it
    dies, so do we."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):   # not Linux: the pipe to the parent breaks instead
        pass
    if os.getppid() != parent:          # it died before we could ask
        os._exit(1)
    quiet_bars()


def _start_worker(parent: int) -> None:
    """A chapter worker's start-up: `_die_with_parent`, and manim and the kit imported now
    (about 1.7 s of CPU a worker), so that a pool started while the network trains
    (`Warm`) has it done before the first chapter comes."""
    _die_with_parent(parent)
    importlib.import_module("scenes.output.studio")


def spawned_pool(n: int, start=_start_worker) -> ProcessPoolExecutor:
    """A pool of `n` processes that die with this one, each run through `start` first. Spawned:
    a fresh interpreter each, since manim's global config is per process."""
    return ProcessPoolExecutor(max_workers=max(1, n), mp_context=get_context("spawn"),
                               initializer=start, initargs=(os.getpid(),))


def start_workers(n_jobs: int) -> ProcessPoolExecutor:
    """A pool of `n_jobs` chapter workers, every process started now (a pool starts one
    process for each task it cannot hand to an idle one: one trivial task each)."""
    pool = spawned_pool(n_jobs)
    for _ in range(max(1, n_jobs)):
        pool.submit(os.getpid)
    return pool


class Warm:
    """Chapter workers started while the network trains (`start`, given to Cache.story as
    `before_training`), for `render_chapters(pool=warm.pool)`: their start-up (a fresh
    interpreter, manim, the kit) runs beside the training, which leaves a core idle while
    the convnet finishes and while the history is written, instead of after it. Without
    training (the history cached) no worker starts early: render_chapters starts them
    when a chapter needs rendering, as before.

        with Warm(jobs) as warm:
            cache.story(config, data, say, jobs, before_training=warm.start)
            render_chapters(..., pool=warm.pool)
    """

    def __init__(self, n_jobs: int):
        self.n_jobs, self.pool = n_jobs, None

    def start(self) -> None:
        if self.pool is None:
            self.pool = start_workers(self.n_jobs)

    def __enter__(self) -> "Warm":
        return self

    def __exit__(self, kind, value, tb) -> None:
        if self.pool is not None:
            if kind is None:
                self.pool.shutdown()
            else:
                _stop(self.pool)
            self.pool = None


def quiet_bars() -> None:
    """manim's tqdm makes a multiprocessing lock (a named semaphore) on its first bar; a worker
    stopped mid-render could not unlink it and Python warns of a leak. Bars are off in a
    worker, and one process has no other process to share a bar's lock with."""
    from tqdm.std import TqdmDefaultWriteLock
    TqdmDefaultWriteLock.mp_lock = None


def render_one(job: RenderJob, history_path: str, folder: str) -> dict:
    """Worker process: render one chapter into `folder`/clip (manim's media beside it)."""
    from scenes.output import studio
    from scenes.output.jobs import write_scripts
    folder = Path(folder)
    started = time.perf_counter()
    entry = studio.render_chapter(job.name, history_path, folder / "clip", job.index, quality=job.quality,
                                  voice=job.voice, pace=job.pace, theme=job.theme, media_dir=folder / "media",
                                  captions=job.captions, fmt=job.fmt, pixel_size=job.size,
                                  frame_rate=job.fps, segment_cache=False,
                                  script_dir=write_scripts(job, folder / "scripts"))
    entry["render_s"] = round(time.perf_counter() - started, 2)
    entry["voice"], entry["pace"] = job.voice, job.pace
    return entry


def render_chapters(jobs: list[RenderJob], cache: Cache, history_path: Path | dict[str, Path], n_jobs: int,
                    progress=None, client=None, in_order=None, pool=None) -> list[dict]:
    """Every job's manifest entry, in the jobs' order, each with "folder": where its files are.
    `progress(n)` makes a context manager with update(1), called as each of the n chapters
    not in the cache finishes. `history_path` is the run's history, or {history key: path}
    when the jobs tell several runs (a batch). With a Dask `client`, the chapters not in the
    cache are rendered on its cluster (scenes.output.cluster) instead of local processes.
    `in_order(entry)`: called with each job's entry in the jobs' order, as soon as it and
    every job before it are done (e.g. stitch.Join.add), when anything is rendered at all.
    `pool`: workers already started (`Warm`), used instead of a new pool and left running."""
    found, todo = look_up(jobs, cache)
    if todo:
        ready = _in_order(jobs, in_order)
        for key, entry in found.items():
            if entry is not None:
                ready(key, entry)
        found.update(render_missing(todo, cache, history_path, n_jobs, progress, client, ready, pool))
    return entries_of(jobs, found)


def _in_order(jobs: list[RenderJob], then) -> callable:
    """A callback (job key, cache entry) that hands `then` the jobs' entries in the jobs' order."""
    keys, done, nxt = [job.key for job in jobs], {}, 0

    def ready(key: str, entry) -> None:
        nonlocal nxt
        done[key] = {**entry.data, "folder": str(entry.folder)}
        while then is not None and nxt < len(keys) and keys[nxt] in done:
            then(done[keys[nxt]])
            nxt += 1
    return ready


def look_up(jobs: list[RenderJob], cache: Cache) -> tuple[dict, list[RenderJob]]:
    """{job.key: cache entry or None}, and the jobs to render: each key once, in order."""
    found = {job.key: cache.get("chapters", job.key) for job in jobs}
    todo = {job.key: job for job in jobs if found[job.key] is None}
    return found, list(todo.values())


def render_missing(todo: list[RenderJob], cache: Cache, history_path: Path | dict[str, Path], n_jobs: int,
                   progress=None, client=None, ready=None, pool=None) -> dict:
    """{job.key: cache entry} for every job in `todo`, rendered here or on the cluster;
    `ready(job key, cache entry)` as each is done."""
    histories = history_path if isinstance(history_path, dict) else {job.history_key: history_path for job in todo}
    if client is not None:
        from scenes.output import cluster
        done = cluster.render(todo, cache, histories, client, progress)
        for key, entry in done.items() if ready else ():
            ready(key, entry)
        return done
    return _render(todo, cache, histories, n_jobs, progress, ready, pool)


def entries_of(jobs: list[RenderJob], found: dict) -> list[dict]:
    return [{**found[job.key].data, "folder": str(found[job.key].folder)} for job in jobs]


def _render(todo: list[RenderJob], cache: Cache, histories: dict[str, Path], n_jobs: int, progress,
            ready=None, pool=None) -> dict:
    ours = pool is None
    if ours:
        pool = spawned_pool(min(n_jobs, len(todo)))
    folders = {job.key: cache.work_folder(f"{job.name}-") for job in todo}
    done_entries = {}
    try:
        with (progress(len(todo)) if progress else nullcontext()) as bar:
            pending = {pool.submit(render_one, job, str(histories[job.history_key]), str(folders[job.key])): job
                       for job in longest_first(todo)}
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    job = pending.pop(future)
                    entry = chapter_result(future, job.name, cache)
                    done_entries[job.key] = cache.put("chapters", job.key, folders[job.key] / "clip", entry)
                    if ready is not None:
                        ready(job.key, done_entries[job.key])
                    if bar is not None:
                        bar.update(1)
    except BaseException:
        _stop(pool)
        raise
    finally:
        for folder in folders.values():
            cache.remove(folder)
    if ours:
        pool.shutdown()
    return done_entries


# Seconds each built-in chapter took to render at 480p15 in its worker (digits, voice none,
# two workers; the quiet whole run after session 20's merges, main 3093888: render_s in its
# manifest). Only their order matters: the slowest renders are not the longest scripts
# (testing and training draw most per second of video). The table of session 13 handed
# testing out fourth and backprop sixth: one worker then ended 15.6 s after the other.
RENDER_SECONDS = {"training": 45.6, "testing": 44.4, "convnet": 40.9, "backprop": 38.2, "init": 34.7,
                  "descent": 33.3, "forward": 31.8, "intro": 25.7, "recap": 23.4, "cost": 21.0}
# a chapter not in the table: its script's length at about the table's rate
SECONDS_PER_SCRIPT_BYTE = 0.0055


def render_seconds(name: str) -> float:
    """About how long chapter `name` takes to render (for the order only)."""
    if name in RENDER_SECONDS:
        return RENDER_SECONDS[name]
    script = script_file(name)
    return script.stat().st_size * SECONDS_PER_SCRIPT_BYTE if script.exists() else 0.0


def longest_first(todo: list[RenderJob]) -> list[RenderJob]:
    """The jobs, the slowest renders first: each free worker takes the next, so the short
    ones fill in at the end. In the video's order one worker rendered alone for about 12 s
    at the end; by script length (before session 10) training went seventh and the two
    workers ended about 9 s apart at 480p15 (217 s against 208 s for 414 s of renders)."""
    return sorted(todo, key=lambda job: render_seconds(job.name), reverse=True)


def train_convnet_beside(config, data, n_jobs: int = 1):
    """nncore.companions.train_story, the same history; with `n_jobs` > 1 and image data the
    convnet companion (about half of the training's CPU on the digits) trains in a spawned
    process while this one trains the main run, its twin and the step-size runs."""
    from nncore import companions
    if n_jobs < 2 or not companions.is_image_data(data):
        return companions.train_story(config, data)
    pool = spawned_pool(1, start=_die_with_parent)
    try:
        convnet = pool.submit(companions.convnet_run, data, config.seed)
        history = companions.train_story(config, data, convnet=convnet.result)
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown()
    return history


@contextmanager
def early_join(cache: Cache, fmt: str):
    """A stitch.Join of the full video for `render_chapters(in_order=...)` to feed as the
    chapters finish (mp4 only; else None): its sound is encoded while the last chapters
    render instead of after them. publish.make uses it when it holds exactly the clips."""
    if fmt != "mp4":
        yield None
        return
    from scenes.output import stitch
    folder = cache.work_folder("join-")
    join = stitch.Join(folder / "joined.mp4")
    try:
        yield join
    finally:
        join.abandon()
        cache.remove(folder)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop every worker now, and wait for them, so no process or semaphore outlives us."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for proc in processes:
        proc.terminate()
    for proc in processes:
        proc.join(timeout=5)
    pool.shutdown(wait=True, cancel_futures=True)


def chapter_result(future, name: str, cache: Cache) -> dict:
    """A finished worker's entry; a chapter that failed is one line, its traceback kept in a
    log inside the cache (a fresh name there: nobody can point it at a file of theirs)."""
    try:
        return future.result()
    except OSError as e:
        full = disk_full(e, cache.root)
        if full is not None:
            raise full from None
        error = e
    except Exception as e:  # noqa: BLE001 - any failure inside a worker
        error = e
    logs = cache.root / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    fd, log = tempfile.mkstemp(prefix=f"{name}-", suffix=".log", dir=logs)
    with os.fdopen(fd, "w") as f:
        f.write("".join(traceback.format_exception(error)))
    raise OutputError(f"chapter {name} failed ({type(error).__name__}: {error}); details in {log}") from None

