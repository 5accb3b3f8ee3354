"""Chapter jobs on a Dask cluster: a LocalCluster of two worker processes on 127.0.0.1
(nothing leaves this machine). The same video as a local render, byte for byte; shared
chapters rendered once; a killed worker survived; a worker of another version refused."""
from __future__ import annotations

import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from nncore import datasets
from nncore.presets import config_for
from render import cli
from scenes.output import cluster, workers
from scenes.output.cache import Cache, code_key
from scenes.output.jobs import jobs_for

distributed = pytest.importorskip("distributed")

SMALL = ["--preset", "tiny", "--chapters", "intro", "--voice", "none", "--size", "160x90"]


@pytest.fixture(scope="module")
def dask_cluster():
    """Two worker processes, one thread each (one chapter at a time each, as `dask worker
    --nthreads 1`), on the loopback address only. Workers import the scenes from this
    checkout: pytest put it on sys.path, which spawned processes inherit."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as local:
        with distributed.Client(local, set_as_default=False) as client:
            yield local.scheduler_address, client


def video(*args):
    return CliRunner().invoke(cli, ["video", *map(str, args)])


def files_of(out: Path) -> dict[str, bytes]:
    """Every file the run wrote into out/ (its note lists them), manifest.json without the
    render times, which are measured, not made."""
    note = json.loads((out / ".nn-explainer.json").read_text())
    files = {rel: (out / rel).read_bytes() for rel in note["now"]}
    manifest = json.loads(files.pop("manifest.json"))
    for chapter in manifest["chapters"]:
        chapter.pop("render_s")
    return {**files, "manifest.json": json.dumps(manifest).encode()}


def test_the_video_through_the_scheduler_is_byte_identical_to_the_local_one(tmp_path, dask_cluster):
    address, _ = dask_cluster
    local = video(*SMALL, "--fps", 2, "--out", tmp_path / "local", "--cache-dir", tmp_path / "cache-local", "--jobs", 1)
    assert local.exit_code == 0, local.output
    remote = video(*SMALL, "--fps", 2, "--out", tmp_path / "remote", "--cache-dir", tmp_path / "cache-remote",
                   "--scheduler", address)
    assert remote.exit_code == 0, remote.output
    ours, theirs = files_of(tmp_path / "local"), files_of(tmp_path / "remote")
    assert sorted(ours) == sorted(theirs) and "chapters/01-intro.mp4" in ours
    assert [rel for rel in ours if ours[rel] != theirs[rel]] == []
    # the worker's render came back as bytes: no work folder of the worker's is in our cache
    assert list((tmp_path / "cache-remote" / "work").iterdir()) == []


def test_a_batch_of_three_variants_renders_the_shared_chapters_once(tmp_path, dask_cluster):
    address, _ = dask_cluster
    path = tmp_path / "batch.toml"
    path.write_text('preset = "tiny"\nvoice = "none"\nchapters = "intro"\nsize = "160x90"\nfps = 1\n'
                    '[[variant]]\nout = "dark"\n'
                    '[[variant]]\nout = "dark-again"\n'
                    '[[variant]]\nout = "light"\ntheme = "light"\n')
    result = CliRunner().invoke(cli, ["batch", str(path), "--cache-dir", str(tmp_path / "cache"),
                                      "--scheduler", address])
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.stdout.splitlines()[1:]]
    assert [(row[0], row[3], row[4]) for row in rows] == [("1", "1", "0"), ("2", "0", "1"), ("3", "1", "0")]
    assert len(list((tmp_path / "cache" / "chapters").iterdir())) == 2   # dark once, light once
    clip = "chapters/01-intro.mp4"
    assert (tmp_path / "dark" / clip).read_bytes() == (tmp_path / "dark-again" / clip).read_bytes()
    assert (tmp_path / "dark" / clip).read_bytes() != (tmp_path / "light" / clip).read_bytes()


def test_a_worker_killed_mid_job_is_survived(tmp_path, dask_cluster):
    _, client = dask_cluster
    cache = Cache.open(tmp_path / "cache", say=lambda line: None)
    config = config_for("tiny")
    data = datasets.load(config.dataset, config.seed, config.test_fraction)
    _, history_path, hkey = cache.story(config, data, say=lambda line: None)
    jobs = jobs_for(["intro"], hkey, code_key(), quality="low", voice="none", pace="normal", theme="dark",
                    fmt="mp4", size=(160, 90), fps=1, captions="off")
    done = {}
    render = threading.Thread(target=lambda: done.update(
        entries=workers.render_chapters(jobs, cache, history_path, 1, client=client)))
    render.start()
    deadline = time.monotonic() + 120
    while not (busy := [w for w, tasks in client.processing().items() if tasks]):
        assert render.is_alive() and time.monotonic() < deadline, "no worker took the job"
        time.sleep(0.2)
    time.sleep(1.0)   # well into the render
    pid = client.run(os.getpid, workers=busy[:1])[busy[0]]
    os.kill(pid, signal.SIGKILL)
    render.join(timeout=300)
    assert not render.is_alive() and "entries" in done, "the render did not finish after the worker died"
    entry = done["entries"][0]
    assert (Path(entry["folder"]) / entry["file"]).stat().st_size > 0 and entry["duration_s"] > 0
    assert busy[0] not in client.scheduler_info()["workers"]   # that worker is gone, not merely idle


def plant_version():
    """Runs in one worker: it now says it is another nn-explainer."""
    cluster.version = lambda: "0.0.1-other"


def restore_version():
    import importlib
    importlib.reload(cluster)


def test_a_worker_of_another_version_is_refused_before_any_work(tmp_path, dask_cluster):
    address, client = dask_cluster
    odd = sorted(client.scheduler_info()["workers"])[-1]
    client.run(plant_version, workers=[odd])
    try:
        result = video(*SMALL, "--out", tmp_path / "out", "--cache-dir", tmp_path / "cache", "--scheduler", address)
    finally:
        client.run(restore_version, workers=[odd])
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1 and f"worker {odd} runs nn-explainer 0.0.1-other" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == []   # no out, no cache


@pytest.mark.parametrize("address,words", [
    ("127.0.0.1:8786", "give the scheduler as tcp://HOST:PORT"),
    ("tcp://127.0.0.1", "give the scheduler as tcp://HOST:PORT"),
    ("tcp://127.0.0.1:99999", "give the scheduler as tcp://HOST:PORT"),
    ("tcp://127.0.0.1:1", "cannot reach --scheduler tcp://127.0.0.1:1"),   # nothing listens there
])
@pytest.mark.parametrize("command", ["video", "batch"])
def test_a_bad_scheduler_is_one_line_and_exit_2_with_nothing_written(tmp_path, address, words, command):
    if command == "batch":
        path = tmp_path / "batch.toml"
        path.write_text('preset = "tiny"\n[[variant]]\nout = "out"\n')
        args = ["batch", str(path)]
    else:
        args = ["video", "--preset", "tiny", "--out", str(tmp_path / "out")]
    result = CliRunner().invoke(cli, [*args, "--cache-dir", str(tmp_path / "cache"), "--scheduler", address])
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1 and words in result.output and "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == (["batch.toml"] if command == "batch" else [])


def test_an_empty_batch_file_with_a_scheduler_is_refused_before_connecting(tmp_path):
    path = tmp_path / "batch.toml"
    path.write_text("")
    result = CliRunner().invoke(cli, ["batch", str(path), "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2 and "no [[variant]] tables" in result.output
