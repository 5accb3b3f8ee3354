"""Batch speed: four variants through the local process pool, then through a Dask LocalCluster.

    python bench/batch_speed.py [--quality low] [--chapters intro,cost] [--workers 2]

Writes a batch file of four variants of the tiny preset (dark; light; relu, a second
training run; dark again into another folder, so its chapters are reused) and runs
`render.py batch` on it twice, each time with a fresh cache: with `--jobs N`, and with
`--scheduler` on a LocalCluster of N worker processes (one thread each) on 127.0.0.1.
Prints each run's wall time, their ratio, the batch's total video length over each wall
time, and the jobs rendered and reused (from the summary table). Nothing leaves this machine.
"""
from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))   # the cluster's worker processes import the scenes from here too

VARIANTS = [{"out": "dark"}, {"out": "light", "theme": "light"}, {"out": "relu", "activation": "relu"},
            {"out": "dark-again"}]


def batch_file(folder: Path, quality: str, chapters: str) -> Path:
    lines = ['preset = "tiny"', 'voice = "none"', f'quality = "{quality}"', f'chapters = "{chapters}"']
    for variant in VARIANTS:
        lines += ["", "[[variant]]", *(f'{k} = "{v}"' for k, v in variant.items())]
    path = folder / "batch.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def run_batch(path: Path, cache: Path, args: list[str]) -> tuple[float, list[list[str]]]:
    """Wall time and the summary table's rows (variant, video, rendered, reused, wall s)."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, str(ROOT / "render.py"), "batch", str(path), "--cache-dir", str(cache),
                           *args], check=True, capture_output=True, text=True)
    wall = time.perf_counter() - start
    rows = [re.split(r"\s{2,}", line.strip()) for line in done.stdout.splitlines()[1:] if line.strip()]
    return wall, rows


def seconds(text: str) -> int:
    minutes, secs = text.split(":")
    return int(minutes) * 60 + int(secs)


@click.command()
@click.option("--quality", default="low", show_default=True)
@click.option("--chapters", default="intro,cost", show_default=True)
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True)
def main(quality: str, chapters: str, workers: int) -> None:
    """Time the same batch on the local pool and on a LocalCluster; print the ratios."""
    from distributed import LocalCluster
    with tempfile.TemporaryDirectory(prefix="nn-batch-bench-") as tmp:
        tmp = Path(tmp)
        local_folder, cluster_folder = tmp / "local", tmp / "cluster"
        local_folder.mkdir()
        cluster_folder.mkdir()
        local, rows = run_batch(batch_file(local_folder, quality, chapters), tmp / "cache-local",
                                ["--jobs", str(workers)])
        started = time.perf_counter()
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None) as cluster:
            start_up = time.perf_counter() - started
            on_cluster, cluster_rows = run_batch(batch_file(cluster_folder, quality, chapters),
                                                 tmp / "cache-cluster", ["--scheduler", cluster.scheduler_address])
    video = sum(seconds(r[1]) for r in rows)
    rendered, reused = sum(int(r[2]) for r in rows), sum(int(r[3]) for r in rows)
    click.echo(f"{len(VARIANTS)} variants of tiny, chapters {chapters}, quality {quality}, voice none: "
               f"{video} s of video, {rendered + reused} chapter jobs, {rendered} rendered, {reused} reused")
    click.echo(f"local pool, --jobs {workers}: {local:.1f} s wall, {local / video:.3f} of the video")
    click.echo(f"LocalCluster, {workers} workers: {on_cluster:.1f} s wall, {on_cluster / video:.3f} of the video "
               f"(plus {start_up:.1f} s to start the cluster, not counted)")
    click.echo(f"cluster / local: {on_cluster / local:.2f}")
    assert [r[2:4] for r in rows] == [r[2:4] for r in cluster_rows], "both runs render and reuse the same jobs"


if __name__ == "__main__":
    main()
