"""The render cache: only ever deletes from its own tagged folder; every entry verified."""
from __future__ import annotations

import json

import pytest

from scenes.output.cache import MARKER, Cache
from scenes.output.errors import Refused


def entry(cache: Cache, key="k1", content=b"clip bytes" * 100, data=None):
    work = cache.work_folder()
    (work / "01-intro.mp4").write_bytes(content)
    (work / "sub").mkdir()
    (work / "sub" / "01-intro.vtt").write_text("WEBVTT\n")
    return cache.put("chapters", key, work, data or {"name": "intro"})


def test_a_folder_that_is_not_ours_is_refused_and_left_alone(tmp_path):
    home = tmp_path / "home"
    (home / ".cache" / "pip").mkdir(parents=True)
    (home / ".cache" / "pip" / "wheel").write_text("precious")
    with pytest.raises(Refused, match="not an nn-explainer cache"):
        Cache.open(home)
    assert (home / ".cache" / "pip" / "wheel").read_text() == "precious"
    assert not (home / MARKER).exists()


def test_clear_deletes_only_the_caches_own_subfolders(tmp_path):
    cache = Cache.open(tmp_path / "c")
    entry(cache)
    (cache.root / "notes.txt").write_text("someone's")
    cache.clear()
    assert cache.entries() == [] and (cache.root / "notes.txt").read_text() == "someone's"


def test_nothing_is_deleted_once_the_tag_is_gone(tmp_path):
    cache = Cache.open(tmp_path / "c")
    made = entry(cache)
    (cache.root / MARKER).unlink()
    assert cache.clear() == 0 and made.folder.is_dir()
    with pytest.raises(RuntimeError, match="refusing to delete"):
        cache._remove(made.folder)
    assert made.folder.is_dir()


def test_only_its_own_subfolders_can_be_removed(tmp_path):
    cache = Cache.open(tmp_path / "c")
    outside = tmp_path / "outside"
    outside.mkdir()
    for path in (outside, cache.root, tmp_path / "c" / "chapters" / ".." / ".." / "outside"):
        with pytest.raises(RuntimeError):
            cache._remove(path)
    assert outside.is_dir() and cache.root.is_dir()
