"""One output folder, one cache, one option changed at a time: each change re-renders exactly
what it affects (training, the chapter clip, the stitched video) and nothing else, and a run
with nothing changed renders nothing.

What was made is read from the cache itself: a training run is a new entry under
histories/, a rendered chapter a new entry under chapters/; the stitched video is re-made
when out/'s video file changes. The tiny preset's intro at 160x90, 5 fps, silent: one short
chapter, rendered once per option.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from render import cli

BASE = ["--preset", "tiny", "--chapters", "intro", "--voice", "none", "--size", "160x90", "--fps", "5",
        "--jobs", "1"]
# (what changes, its flags, trainings, chapters it should make, whether out/'s video changes)
STEPS = [
    ("first run", [], 1, 1, True),
    ("nothing changed", [], 0, 0, False),
    ("training option", ["--lr", "0.7"], 1, 1, True),
    ("back to the first", [], 0, 0, True),
    ("nothing changed again", [], 0, 0, False),
    # --size and --fps fix the frames, so the quality re-renders the same pixels (a wasted render)
    ("quality", ["--quality", "medium"], 0, 1, None),
    ("voice pace", ["--pace", "slow"], 0, 1, True),
    ("captions", ["--captions", "off"], 0, 1, True),
    ("theme", ["--theme", "light"], 0, 1, True),
    ("format", ["--format", "webm"], 0, 1, True),
    ("back to the first at the end", [], 0, 0, True),
]


def entries(cache: Path, kind: str) -> set[str]:
    folder = cache / kind
    return {p.name for p in folder.iterdir() if p.is_dir()} if folder.is_dir() else set()


def video_state(out: Path) -> tuple[str, str] | None:
    manifest = out / "manifest.json"
    if not manifest.is_file():
        return None
    video = out / json.loads(manifest.read_text())["video"]
    return video.name, hashlib.sha256(video.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """What each step of STEPS made: {name: (new trainings, new chapters, video before, after)}."""
    root = tmp_path_factory.mktemp("cache-keys")
    out, cache = root / "out", root / "cache"
    made = {}
    for step in STEPS:
        name, flags = (step.values if hasattr(step, "values") else step)[:2]
        histories, chapters, before = entries(cache, "histories"), entries(cache, "chapters"), video_state(out)
        result = CliRunner().invoke(cli, ["video", *BASE, *flags, "--out", str(out), "--cache-dir", str(cache)])
        assert result.exit_code == 0, (name, result.output)
        made[name] = (len(entries(cache, "histories") - histories), len(entries(cache, "chapters") - chapters),
                      before, video_state(out))
    return made


@pytest.mark.parametrize("name,flags,trainings,chapters,new_video", STEPS,
                         ids=[s.id if hasattr(s, "id") else s[0] for s in STEPS])
def test_each_option_remakes_exactly_what_it_affects(runs, name, flags, trainings, chapters, new_video):
    trained, rendered, before, after = runs[name]
    assert (trained, rendered) == (trainings, chapters), name
    if new_video is not None:
        assert (after != before) == new_video      # out/'s video is the new one, or untouched
