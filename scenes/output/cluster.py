"""Chapter jobs on a Dask cluster: the same jobs as the local pool, sent to other machines.

    client = connect("tcp://10.0.0.5:8786")                  # Refused (exit 2) when unusable
    check_workers(client, voices={"none"})                     # same version, code and voice
    done = render(todo, cache, histories, client, progress)    # {job.key: cache entry}

A job travels with everything it needs: its settings (the RenderJob) and its history's
bytes, a task of their own named by the history's key that each worker fetches once; it
comes back as the clip's files (bytes) and its manifest entry. So workers share no folder with us or each other,
and everything they make lands in our cache, as a local render's would. A worker lost
mid-job is Dask's business: the scheduler runs the job again on another worker.
"""
from __future__ import annotations

import re
import shutil
import tempfile
import threading
import warnings
from importlib import metadata
from pathlib import Path

from scenes.output.cache import Cache, code_key
from scenes.output.errors import OutputError, Refused
from scenes.output.jobs import RenderJob

ADDRESS = re.compile(r"tcp://(?P<host>\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(?P<port>\d{1,5})")
CONNECT_S = 10          # how long to wait for the scheduler to answer
WORKERS_S = 30          # how long to wait for its first worker
ONE_RENDER = threading.Lock()   # manim's config is per process: one chapter at a time in a worker


def check_address(text: str) -> str:
    """`tcp://HOST:PORT`, or ValueError saying what would be right."""
    match = ADDRESS.fullmatch(text.strip())
    if not match or not 0 < int(match["port"]) < 65536:
        raise ValueError(f"give the scheduler as tcp://HOST:PORT, e.g. tcp://127.0.0.1:8786; got {text!r}")
    return text.strip()


def connect(address: str):
    """A Client of the scheduler at `address` with at least one worker; Refused when it
    cannot be reached or has no worker, before any work is done."""
    from distributed import Client
    try:
        client = Client(address, timeout=CONNECT_S, set_as_default=False)
    except (OSError, TimeoutError) as e:
        raise Refused(f"cannot reach --scheduler {address} ({_reason(e)}); start one with "
                      "`dask scheduler`, or check the address") from None
    try:
        client.wait_for_workers(1, timeout=WORKERS_S)
    except (OSError, TimeoutError):
        client.close()
        raise Refused(f"--scheduler {address} has no worker after {WORKERS_S} s; start one with "
                      f"`dask worker {address} --nthreads 1`") from None
    return client


def _reason(error: BaseException) -> str:
    """The first line of an error, without Dask's long explanation."""
    return (str(error).splitlines() or [type(error).__name__])[0][:160]


def version() -> str:
    try:
        return metadata.version("nn-explainer")
    except metadata.PackageNotFoundError:
        return "not installed"


def facts(voices: list[str]) -> dict:
    """Worker side: what this machine renders with; looked up by name at call time, so a
    test can plant another version in one worker."""
    from scenes import narration
    return {"version": version(), "code": code_key(), "voices": {v: narration.installed(v) for v in voices}}


def check_workers(client, voices: set[str]) -> None:
    """Refused, naming the first worker that differs from us: another nn-explainer version,
    other scene code (its chapters would not be ours), or a voice it lacks."""
    ours = facts(sorted(voices))
    for worker, theirs in sorted(client.run(facts, sorted(voices), on_error="return").items()):
        if isinstance(theirs, BaseException):   # no nn-explainer there, or one without this module
            raise Refused(f"worker {worker} cannot run this nn-explainer ({type(theirs).__name__}: "
                          f"{_reason(theirs)}): install the same version there (make setup)")
        if theirs["version"] != ours["version"]:
            raise Refused(f"worker {worker} runs nn-explainer {theirs['version']}, this machine "
                          f"{ours['version']}: install the same version there (make setup)")
        if theirs["code"] != ours["code"]:
            raise Refused(f"worker {worker} has other scene code (code key {theirs['code']}, ours "
                          f"{ours['code']}): install the same checkout there (make setup)")
        missing = [v for v, ok in theirs["voices"].items() if not ok]
        if missing:
            raise Refused(f"worker {worker} lacks the voice {missing[0]}: install it there, or "
                          "render with --voice none")


def _history(data: bytes) -> bytes:
    return data


def run_job(job: RenderJob, history: bytes) -> tuple[dict, dict[str, bytes]]:
    """Worker side: render `job` in a scratch folder of this machine and hand back its
    manifest entry and its clip's files, by relative path; nothing stays behind."""
    from scenes.output.workers import quiet_bars, render_one
    quiet_bars()
    with ONE_RENDER:
        folder = Path(tempfile.mkdtemp(prefix=f"nn-explainer-{job.name}-"))
        try:
            (folder / "history.json").write_bytes(history)
            entry = render_one(job, str(folder / "history.json"), str(folder))
            clip = folder / "clip"
            files = {p.relative_to(clip).as_posix(): p.read_bytes() for p in sorted(clip.rglob("*")) if p.is_file()}
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return entry, files


def render(todo: list[RenderJob], cache: Cache, histories: dict[str, Path], client, progress) -> dict:
    """Every job in `todo` rendered on the cluster and put in `cache`: {job.key: entry}."""
    from contextlib import nullcontext

    from distributed import as_completed

    from scenes.output.workers import chapter_result
    # each history as a task of its own, named by its key: a worker fetches it once, for its
    # first job of that run, and keeps it; lost with a worker, the scheduler makes it again
    # from the bytes it holds (scattered data would be lost with the worker that held it)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)   # "large object in task graph": meant
        sent = {key: client.submit(_history, histories[key].read_bytes(), key=f"history-{key}", pure=False)
                for key in {job.history_key for job in todo}}
    futures = {client.submit(run_job, job, sent[job.history_key], key=f"chapter-{job.name}-{job.key}",
                             pure=False): job for job in todo}
    done = {}
    try:
        with (progress(len(todo)) if progress else nullcontext()) as bar:
            for future in as_completed(futures, loop=client.loop):
                job = futures[future]
                entry, files = chapter_result(future, job.name, cache)
                done[job.key] = _put(cache, job, entry, files)
                if bar is not None:
                    bar.update(1)
    finally:
        client.cancel(list(futures) + list(sent.values()))
    return done


def _put(cache: Cache, job: RenderJob, entry: dict, files: dict[str, bytes]):
    """The worker's files become a cache entry, as a local worker's clip folder does."""
    work = cache.work_folder(f"{job.name}-")
    try:
        clip = work / "clip"
        for rel, data in files.items():
            path = clip / rel
            if Path(rel).is_absolute() or ".." in Path(rel).parts:
                raise OutputError(f"a worker sent {rel!r} for chapter {job.name}: not a file of its clip")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        return cache.put("chapters", job.key, clip, entry)
    finally:
        cache.remove(work)
