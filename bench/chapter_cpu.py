"""CPU of one chapter's render, this code against another checkout's, side by side.

    python bench/chapter_cpu.py --history H/history.json --chapters init,testing \
        --other /tmp/base [--rounds 2] [--profile DIR] [--frames]

Each chapter is rendered at 480p15 (voice none, no segment cache) in a fresh process per
code tree (`--other`: e.g. `git archive <commit> | tar -x -C /tmp/base`), A then B then A...
(`--rounds`), so both see the same load on a shared machine. Prints per render the CPU
seconds of the rendering process (`time.process_time`), its wall time, the load average and
the mp4's sha256, and the ratio of the CPU medians. Under heavy load the same frames do not
always give the same mp4 bytes (session 16: the encoder; the same code gave training three
hashes), so `--frames` also hashes every frame handed to the encoder, with its repeat count
(about 1 ms of CPU a frame, the same on both sides): equal hashes are the same pictures.
"""
from __future__ import annotations

import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import cProfile, hashlib, json, os, sys, time
from pathlib import Path
from scenes.output import studio
from scenes import catalog
name, history, out, profile, frames = sys.argv[1:6]
drawn = hashlib.sha256()
if frames == "1":
    from manim.scene.scene_file_writer import SceneFileWriter
    _write = SceneFileWriter.write_frame
    def write_frame(self, pixels, *, repeat=1):
        drawn.update(pixels.tobytes() + repeat.to_bytes(8, "little"))
        return _write(self, pixels, repeat=repeat)
    SceneFileWriter.write_frame = write_frame
index = catalog.index(name)
wall, cpu = time.perf_counter(), time.process_time()
profiler = cProfile.Profile() if profile != "-" else None
if profiler:
    profiler.enable()
entry = studio.render_chapter(name, history, Path(out) / "clip", index, quality="low", voice="none",
                              media_dir=Path(out) / "media", segment_cache=False)
if profiler:
    profiler.disable()
    profiler.dump_stats(profile)
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
stats = {}
for module in ("textcache", "glyphcache"):
    try:
        stats[module] = dict(__import__("scenes.kit." + module, fromlist=["stats"]).stats)
    except ImportError:
        pass
print(json.dumps({"cpu": cpu, "wall": wall, "file": str(Path(out) / "clip" / entry["file"]),
                  "duration": entry["duration_s"], "stats": stats,
                  "frames": drawn.hexdigest() if frames == "1" else None}))
"""


def render(tree: Path, name: str, history: str, profile: str, frames: bool = False) -> dict:
    with tempfile.TemporaryDirectory(prefix="chapter_cpu_") as out:
        load = os.getloadavg()[0]
        env = {**os.environ, "PYTHONPATH": str(tree)}
        done = subprocess.run([sys.executable, "-c", CHILD, name, history, out, profile,
                               "1" if frames else "0"], cwd=tree, env=env,
                              check=True, capture_output=True, text=True)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        result["sha256"] = hashlib.sha256(Path(result["file"]).read_bytes()).hexdigest()
        result["load"] = load
        return result


@click.command()
@click.option("--history", required=True, help="a history.json (a cache's histories/*/history.json)")
@click.option("--chapters", default="init,testing", show_default=True)
@click.option("--other", "other", required=True, type=click.Path(exists=True, file_okay=False),
              help="the checkout to compare with")
@click.option("--rounds", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--profile", type=click.Path(file_okay=False), default=None,
              help="write each render's cProfile stats here (slows the render)")
@click.option("--frames", is_flag=True, help="also hash every frame handed to the encoder")
def main(history: str, chapters: str, other: str, rounds: int, profile: str | None, frames: bool) -> None:
    trees = {"other": Path(other).resolve(), "this": ROOT}
    for name in chapters.split(","):
        cpu: dict[str, list[float]] = {"other": [], "this": []}
        hashes: dict[str, set] = {"other": set(), "this": set()}
        pictures: dict[str, set] = {"other": set(), "this": set()}
        for round_ in range(rounds):
            order = ["other", "this"] if round_ % 2 == 0 else ["this", "other"]
            for which in order:
                path = "-"
                if profile:
                    Path(profile).mkdir(parents=True, exist_ok=True)
                    path = str(Path(profile) / f"{name}-{which}-{round_}.prof")
                r = render(trees[which], name, history, path, frames)
                cpu[which].append(r["cpu"])
                hashes[which].add(r["sha256"])
                pictures[which].add(r["frames"])
                print(f"{name} {which:5} cpu {r['cpu']:6.1f} s  wall {r['wall']:6.1f} s  load {r['load']:5.1f}  "
                      f"video {r['duration']:.1f} s  sha256 {r['sha256'][:12]}  "
                      f"frames {(r['frames'] or '-')[:12]}  {r['stats']}", flush=True)
        a, b = statistics.median(cpu["other"]), statistics.median(cpu["this"])
        same = "same mp4 bytes" if hashes["other"] == hashes["this"] and len(hashes["this"]) == 1 else "mp4s DIFFER"
        if frames:
            same += ("; same frames" if pictures["other"] == pictures["this"] and len(pictures["this"]) == 1
                     else "; frames DIFFER")
        print(f"{name}: median cpu {a:.1f} -> {b:.1f} s ({b / a - 1:+.0%}); {same}", flush=True)


if __name__ == "__main__":
    main()
