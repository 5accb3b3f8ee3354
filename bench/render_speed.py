"""Render speed: wall time over video duration, for the whole explainer and each chapter.

    python bench/render_speed.py [--quality low|medium|high|4k] [--preset digits] [--jobs 2]

Runs `render.py video` twice into a scratch folder: first with cold caches (--no-cache),
then unchanged (everything cached). Prints each chapter's render time / its duration (so the
slow one shows; measured inside its worker process), the whole run's wall time / the video's
duration, and the second run's time / the first's. Targets (issue 6): low <= 0.15,
high <= 1.0, second run <= 0.05 of the first.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parents[1]


def run_video(out: Path, args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "render.py"), "video", "--out", str(out), *args],
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


@click.command()
@click.option("--quality", type=click.Choice(["low", "medium", "high", "4k"]), default="low", show_default=True)
@click.option("--preset", type=click.Choice(["digits", "tiny"]), default="digits", show_default=True)
@click.option("--voice", type=click.Choice(["none", "espeak", "festival", "piper"]), default="none", show_default=True)
@click.option("--jobs", type=click.IntRange(min=1), default=2, show_default=True)
@click.option("--chapters", default=None, help="Comma-separated subset (default: all).")
def main(quality: str, preset: str, voice: str, jobs: int, chapters: str | None) -> None:
    """Time a cold and a cached render of the explainer and print the ratios."""
    args = ["--quality", quality, "--preset", preset, "--voice", voice, "--jobs", str(jobs)]
    if chapters:
        args += ["--chapters", chapters]
    with tempfile.TemporaryDirectory(prefix="nn-bench-") as tmp:
        out = Path(tmp)
        cold = run_video(out, [*args, "--no-cache"])
        manifest = json.loads((out / "manifest.json").read_text())
        warm = run_video(out, args)
    total = sum(c["duration_s"] for c in manifest["chapters"])
    click.echo(f"{preset}, quality {quality}, voice {voice}, {jobs} jobs: video {total:.1f} s")
    click.echo(f"{'chapter':<10} {'video s':>8} {'render s':>9} {'ratio':>6}")
    for c in manifest["chapters"]:
        click.echo(f"{c['name']:<10} {c['duration_s']:>8.1f} {c['render_s']:>9.1f} {c['render_s'] / c['duration_s']:>6.2f}")
    click.echo(f"cold run (train + render + stitch): {cold:.1f} s wall, ratio {cold / total:.3f} of the video")
    click.echo(f"unchanged second run: {warm:.1f} s wall, {warm / cold:.3f} of the cold run")


if __name__ == "__main__":
    main()
