"""Worker processes: Ctrl-C, SIGTERM and kill -9 of the parent leave no process running,
no half-written file and no leaked semaphore; a failed chapter's log is a fresh file of ours."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from concurrent.futures import Future
from pathlib import Path

import pytest

from scenes.output import workers
from scenes.output.cache import Cache
from scenes.output.errors import OutputError

ROOT = Path(__file__).resolve().parents[1]


def processes_in_session(sid: int) -> list[int]:
    """Live processes whose session is `sid` (read from /proc, Linux)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid and fields[0] != "Z":   # field 6 of stat: the session id
            found.append(int(stat.parent.name))
    return found


def ctrl_c_as_in_a_terminal() -> None:
    """In the child, before render.py starts: Ctrl-C as a shell leaves it. A child inherits
    an ignored SIGINT, and in the full parallel suite the test process was found ignoring it
    (cause not found, session 5), so the render never saw the Ctrl-C the test sends."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_render(tmp_path):
    """A render of three chapters in two workers, in its own session; returns once a worker draws."""
    proc = subprocess.Popen([sys.executable, str(ROOT / "render.py"), "video", "--preset", "tiny",
                             "--chapters", "intro,cost,forward", "--out", str(tmp_path / "out"),
                             "--cache-dir", str(tmp_path / "cache"), "--voice", "none",
                             "--size", "320x180", "--fps", "10", "--jobs", "2"],
                            start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=ctrl_c_as_in_a_terminal)
    deadline = time.monotonic() + 120
    while not list((tmp_path / "cache" / "work").glob("*/media/*")):
        assert proc.poll() is None and time.monotonic() < deadline, "no worker started rendering"
        time.sleep(0.2)
    time.sleep(1.0)
    return proc


def gone(sid: int, within_s: float = 10) -> bool:
    """True when the session's processes end within `within_s`; those left are killed (so a
    failing test leaves no orphan behind) and it is False."""
    deadline = time.monotonic() + within_s
    while processes_in_session(sid) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = processes_in_session(sid)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    return left == []


@pytest.mark.parametrize("how,code,words", [
    ("ctrl-c", 130, "Aborted."),       # a terminal's Ctrl-C reaches the whole group
    ("sigterm", 143, "Terminated."),   # kill PID: the parent only
])
def test_stopping_the_render_stops_every_worker_and_leaves_out_empty(tmp_path, how, code, words):
    proc = start_render(tmp_path)
    if how == "ctrl-c":
        os.killpg(proc.pid, signal.SIGINT)
    else:
        os.kill(proc.pid, signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    err = err.decode()
    assert proc.returncode == code and err.strip().endswith(words), err
    assert "Traceback" not in err and "leaked" not in err
    assert gone(proc.pid)
    assert [p.name for p in (tmp_path / "out").iterdir()] in ([], [".nn-explainer.lock"])
    assert list((tmp_path / "cache" / "work").iterdir()) == []


def test_workers_die_with_a_killed_parent_and_the_next_run_sweeps_their_folders(tmp_path):
    proc = start_render(tmp_path)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert gone(proc.pid), "workers outlived their parent"
    assert list((tmp_path / "cache" / "work").iterdir()) != []      # abandoned mid-render
    Cache.open(tmp_path / "cache")
    assert list((tmp_path / "cache" / "work").iterdir()) == []


def test_a_failed_chapters_log_is_a_fresh_file_in_the_cache(tmp_path):
    cache = Cache.open(tmp_path / "cache")
    victim = tmp_path / "victim"
    victim.write_text("precious")
    predictable = Path("/tmp") / "nn-explainer-intro.log"
    planted = not predictable.exists() and not predictable.is_symlink()
    if planted:   # what a local attacker would leave for root's run
        predictable.symlink_to(victim)
    try:
        future = Future()
        future.set_exception(RuntimeError("boom"))
        with pytest.raises(OutputError, match="chapter intro failed") as caught:
            workers.chapter_result(future, "intro", cache)
    finally:
        if planted:
            predictable.unlink()
    log = Path(str(caught.value).rsplit("details in ", 1)[1])
    assert log.parent == cache.root / "logs" and "boom" in log.read_text()
    assert victim.read_text() == "precious"


def finish(order: list[str], seconds: dict, n_workers: int = 2) -> float:
    """When the last of n workers is done, each taking the next chapter in `order` when free."""
    free = [0.0] * n_workers
    for name in order:
        free[free.index(min(free))] += seconds[name]
    return max(free)


def test_the_slowest_renders_are_handed_out_first():
    from scenes import catalog
    from scenes.output.jobs import RenderJob
    jobs = [RenderJob(name=n, index=i, history_key="h", code_key="c", quality="low", voice="none", pace="normal",
                      theme="dark", fmt="mp4", size=None, fps=None, captions="srt")
            for i, n in enumerate(catalog.names(), start=1)]
    order = [j.name for j in workers.longest_first(jobs)]
    assert sorted(order) == sorted(catalog.names())
    # render seconds of each chapter in the quiet whole run after session 20's merges (main 3093888)
    measured = {"intro": 25.7, "init": 34.7, "forward": 31.8, "cost": 21.0, "backprop": 38.2, "descent": 33.3,
                "training": 45.6, "testing": 44.4, "convnet": 40.9, "recap": 23.4}
    assert set(order[:2]) == {"training", "testing"}
    # better than the video's order and than shortest first (the table, not the scripts,
    # decides: comparing with the scripts' sizes failed whenever a script was rewritten)
    assert finish(order, measured) < finish(catalog.names(), measured)
    assert finish(order, measured) < finish(order[::-1], measured)
    # and than session 13's table, which by then ended one worker 15.6 s after the other
    session_13 = ["training", "convnet", "init", "testing", "descent", "backprop", "forward", "intro", "cost", "recap"]
    assert finish(order, measured) < finish(session_13, measured)
    assert finish(order, measured) <= sum(measured.values()) / 2 + min(measured.values())


def test_a_chapter_not_in_the_table_is_estimated_by_its_script():
    assert workers.render_seconds("no-such-chapter") == 0.0
    assert 10 < workers.render_seconds("training") < 200
    size = workers.script_file("cost").stat().st_size
    assert abs(size * workers.SECONDS_PER_SCRIPT_BYTE - workers.RENDER_SECONDS["cost"]) < 30


def test_the_convnet_trained_beside_the_main_run_gives_the_same_history():
    """workers.train_convnet_beside with two jobs trains the convnet companion in a spawned process:
    the history must be the very one companions.train_story makes in one process."""
    from dataclasses import replace

    from nncore import datasets, options
    from nncore.companions import train_story
    _, config = options.resolve({}, None)
    config = replace(config, epochs=2)        # the main runs short; the convnet is the same either way
    data = datasets.load(config.dataset, config.seed, config.test_fraction)
    alone = train_story(config, data).to_json()
    beside = workers.train_convnet_beside(config, data, 2)
    assert "convnet" in beside.extra
    assert beside.to_json() == alone
    assert workers.train_convnet_beside(config, data, 1).to_json() == alone


def test_finished_chapters_are_handed_on_in_the_videos_order():
    """render_chapters' in_order (the early join's feed): each chapter once, in the jobs'
    order, as soon as it and every one before it are done, whatever order they finish in."""
    from types import SimpleNamespace as NS
    jobs = [NS(key=k) for k in "abcde"]
    got = []
    ready = workers._in_order(jobs, lambda entry: got.append(entry["name"]))
    for key, then in (("c", []), ("a", ["a"]), ("e", ["a"]), ("b", ["a", "b", "c"]), ("d", list("abcde"))):
        ready(key, NS(data={"name": key}, folder="f"))
        assert got == then
    workers._in_order(jobs, None)("a", NS(data={}, folder="f"))   # nobody to hand on to


def test_warm_workers_start_at_once_with_manim_imported():
    """workers.Warm: nothing starts until `start` (a run that trains calls it first); then
    every worker process starts at once and imports manim and the kit before any chapter comes."""
    loaded = "__import__('sys').modules.keys() >= {'manim', 'scenes.kit.chapter', 'scenes.output.studio'}"
    with workers.Warm(2) as warm:
        assert warm.pool is None
        warm.start()
        pool = warm.pool
        processes = list(pool._processes.values())
        assert len(processes) == 2, "both workers started now, not at the first chapter"
        answers = [pool.submit(eval, loaded) for _ in range(6)]
        assert all(a.result() for a in answers)
        warm.start()
        assert warm.pool is pool
    assert warm.pool is None
    for process in processes:
        process.join(timeout=10)
        assert not process.is_alive()


def test_the_story_starts_the_workers_before_it_trains_and_only_then(tmp_path, monkeypatch):
    from dataclasses import replace

    from nncore import datasets, options
    from scenes.output.cache import Cache
    _, config = options.resolve({"preset": "tiny"}, None)
    config = replace(config, epochs=1)
    data = datasets.load(config.dataset, config.seed, config.test_fraction)
    said = []
    training = workers.train_convnet_beside
    monkeypatch.setattr(workers, "train_convnet_beside",
                        lambda *a, **k: said.append("train") or training(*a, **k))
    cache = Cache(tmp_path / "cache")
    cache.story(config, data, say=lambda line: None, before_training=lambda: said.append("start"))
    assert said == ["start", "train"]
    cache.story(config, data, say=lambda line: None, before_training=lambda: said.append("start"))
    assert said == ["start", "train"], "a cached history: no training, no early workers"
