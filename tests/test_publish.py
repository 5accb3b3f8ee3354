"""Publishing into --out: one render at a time, and a full disk is one line with out/ untouched."""
from __future__ import annotations

import errno
import subprocess

import pytest
from click.testing import CliRunner
from filelock import FileLock

from render import cli
from scenes.output import publish

TINY = ["--preset", "tiny", "--chapters", "intro", "--voice", "none", "--size", "160x90", "--fps", "5"]


def video(out, cache_dir, *more):
    """`render.py video` of the tiny run's intro at 160x90, 5 fps, silent."""
    return CliRunner().invoke(cli, ["video", *TINY, "--out", str(out), "--cache-dir", str(cache_dir), *map(str, more)])


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    """A cache holding the tiny run and its intro chapter, so a test only publishes."""
    root = tmp_path_factory.mktemp("publish")
    result = video(root / "first", root / "cache")
    assert result.exit_code == 0, result.output
    return root / "cache"


def test_a_second_render_into_a_busy_out_is_refused(tmp_path, cache_dir):
    out = tmp_path / "out"
    out.mkdir()
    with FileLock(out / publish.LOCK, timeout=0):      # the first render, still writing
        result = video(out, cache_dir)
    assert result.exit_code == 2 and "busy" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert sorted(p.name for p in out.iterdir()) == [publish.LOCK]
    assert video(out, cache_dir).exit_code == 0          # once it is done, the folder is free


def test_a_full_disk_while_publishing_is_one_line_and_leaves_out_as_it_was(tmp_path, cache_dir, monkeypatch):
    from scenes.output import stitch
    out = tmp_path / "out"

    def full(clips, path):
        path.write_bytes(b"\0" * 1000)                  # part of the video made, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(stitch, "concatenate", full)
    result = video(out, cache_dir)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines[-1].startswith(f"Error: no space left on the device holding {out}: needed about ")
    assert lines[-1].endswith(" MB") and "Traceback" not in result.output
    assert sorted(p.name for p in out.iterdir()) == [publish.LOCK]


def test_a_full_disk_while_training_is_one_line_and_leaves_no_work_folder(tmp_path, monkeypatch):
    from nncore.history import History

    def full(self, path):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(History, "save", full)
    result = video(tmp_path / "out", tmp_path / "cache")
    assert result.exit_code == 1 and "no space left on the device holding" in result.output
    assert str(tmp_path / "cache") in result.output and "Traceback" not in result.output
    assert list((tmp_path / "cache" / "work").iterdir()) == []
    assert not (tmp_path / "cache" / "histories").exists() or not any((tmp_path / "cache" / "histories").iterdir())


@pytest.fixture
def small_disk(tmp_path, cache_dir):
    """A tmpfs half the size of what a render publishes, where this machine lets the test
    mount one (root with CAP_SYS_ADMIN)."""
    published = sum(p.stat().st_size for p in (cache_dir.parent / "first").rglob("*") if p.is_file())
    mount = tmp_path / "small"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={published // 2048}k", "tmpfs", str(mount)],
                          capture_output=True)
    if made.returncode != 0:
        pytest.skip("cannot mount a tmpfs here; the simulated full disk above stands in")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def test_a_real_full_disk_is_one_line(small_disk, cache_dir):
    out = small_disk / "out"
    result = video(out, cache_dir)
    assert result.exit_code == 1, result.output
    assert result.output.strip().splitlines()[-1].startswith(f"Error: no space left on the device holding {out}")
    assert sorted(p.name for p in out.iterdir()) == [publish.LOCK]


def test_the_full_video_joined_while_chapters_render_is_the_one_joined_after(tmp_path, monkeypatch):
    """A run that renders its chapters feeds their sound to workers.early_join as they finish;
    publish finishes that join (stitch.concatenate is not called) and its bytes are
    concatenate's of the published clips."""
    from scenes.output import stitch
    concatenate, called = stitch.concatenate, []
    monkeypatch.setattr(stitch, "concatenate", lambda clips, out: called.append(out) or concatenate(clips, out))
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["video", *TINY[:3], "intro,cost", *TINY[4:], "--jobs", "2",
                                      "--out", str(out), "--cache-dir", str(tmp_path / "cache")])
    assert result.exit_code == 0, result.output
    assert called == []
    concatenate(sorted((out / "chapters").glob("*.mp4")), tmp_path / "after.mp4")
    full = out / "how-neural-nets-learn.mp4"
    assert full.read_bytes() == (tmp_path / "after.mp4").read_bytes()
    assert [p.name for p in (tmp_path / "cache" / "work").iterdir()] == []   # the join's folder went
