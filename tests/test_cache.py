"""The render cache: only ever deletes from its own tagged folder; every entry verified."""
from __future__ import annotations

import json
import shutil

import pytest

from click.testing import CliRunner

from render import cli
from scenes.output.cache import MARKER, Cache, file_sha256
from scenes.output.errors import Refused
from tests.test_publish import video


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
        cache.remove(made.folder)
    assert made.folder.is_dir()


def test_only_its_own_subfolders_can_be_removed(tmp_path):
    cache = Cache.open(tmp_path / "c")
    outside = tmp_path / "outside"
    outside.mkdir()
    for path in (outside, cache.root, tmp_path / "c" / "chapters" / ".." / ".." / "outside"):
        with pytest.raises(RuntimeError):
            cache.remove(path)
    assert outside.is_dir() and cache.root.is_dir()


# --- entries verified on every read (a small real render, made once) ---

@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A small real render (the tiny run's intro) with its own cache, for tests to damage."""
    root = tmp_path_factory.mktemp("made")
    result = video(root / "out", root / "cache")
    assert result.exit_code == 0, result.output
    return root


def one_line_rebuilt(result, words):
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "damaged" in line or "not as written" in line]
    assert len(lines) == 1 and words in lines[0], result.output
    assert "Aborted" not in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("damage", ["truncate the clip", "same-size garbage in the clip", "truncate entry.json",
                                    "edit entry.json", "delete the subtitles"])
def test_a_damaged_chapter_entry_is_rebuilt_with_one_line(made, damage):
    folder = next((made / "cache" / "chapters").iterdir())
    clip = next(folder.glob("*.mp4"))
    if damage == "truncate the clip":
        clip.write_bytes(clip.read_bytes()[:1000])
    elif damage == "same-size garbage in the clip":
        clip.write_bytes(bytes(len(clip.read_bytes())))
    elif damage == "truncate entry.json":
        (folder / "entry.json").write_text((folder / "entry.json").read_text()[:50])
    elif damage == "edit entry.json":
        doc = json.loads((folder / "entry.json").read_text())
        doc["data"]["duration_s"] = 1.0
        (folder / "entry.json").write_text(json.dumps(doc))
    else:
        next(folder.glob("*.vtt")).unlink()
    result = video(made / "out", made / "cache")
    one_line_rebuilt(result, "chapters/")
    again = next((made / "cache" / "chapters").iterdir())
    assert Cache(made / "cache")._verified(again) is not None


def test_a_truncated_history_entry_is_retrained_with_one_line(made):
    history = next((made / "cache" / "histories").glob("*/history.json"))
    history.write_text(history.read_text()[:100])
    result = video(made / "out", made / "cache")
    one_line_rebuilt(result, "histories/")
    assert "training the network" in result.output


def test_a_published_file_overwritten_with_same_size_garbage_is_written_again(made):
    full = made / "out" / "how-neural-nets-learn.mp4"
    good = full.read_bytes()
    full.write_bytes(bytes(len(good)))
    result = video(made / "out", made / "cache")
    one_line_rebuilt(result, "not as written")
    note = json.loads((made / "out" / ".nn-explainer.json").read_text())
    assert full.read_bytes()[4:8] == b"ftyp" and file_sha256(full) == note["files"][full.name]


def test_a_damaged_note_in_out_heals_without_replacing_anything_of_someone_else(made):
    (made / "out" / ".nn-explainer.json").write_text('{"run": ')
    result = video(made / "out", made / "cache")
    one_line_rebuilt(result, "damaged")
    assert json.loads((made / "out" / ".nn-explainer.json").read_text())["files"]


def test_a_moved_out_folder_and_a_new_out_reuse_the_cache(made, tmp_path):
    moved = tmp_path / "moved"
    shutil.copytree(made / "out", moved)
    for out in (moved, tmp_path / "new"):
        result = video(out, made / "cache")
        assert result.exit_code == 0, result.output
        assert "training the network" not in result.output and "rendering chapters" not in result.output
        assert (out / "chapters" / "01-intro.mp4").is_file()


def test_only_a_real_ctrl_c_says_aborted(made, monkeypatch):
    from scenes.output import publish

    def truncated(*args, **kwargs):
        raise EOFError("End of file (a truncated video)")
    monkeypatch.setattr(publish, "make", truncated)
    result = video(made / "out", made / "cache", "--no-cache")
    assert result.exit_code == 1 and "Aborted" not in result.output and "End of file" in result.output


def test_no_voiceover_cache_outlives_its_render(made):
    """The spoken lines live in the render's work folder, removed after it: a damaged
    voiceover cache.json cannot fail later runs, for there is none to read."""
    assert list((made / "cache").rglob("cache.json")) == [] and list((made / "cache" / "work").iterdir()) == []


# --- shared, bounded, and seen from the command line ---

def test_the_least_recently_used_entries_go_first_down_to_the_limit(tmp_path):
    import os
    import time
    cache = Cache.open(tmp_path / "c", limit=0)
    made = [entry(cache, key=f"k{i}", content=bytes(100_000)) for i in range(4)]
    now = time.time()
    for i, e in enumerate(made):          # k0 used 4 hours ago ... k3 just now
        os.utime(e.folder / ".used", (now - (4 - i) * 3600, now - (4 - i) * 3600))
    os.utime(made[3].folder / ".used", (now, now))
    one = sum(f.stat().st_size for f in made[0].folder.rglob("*") if f.is_file())
    cache.limit = cache.size() - one        # one entry too many: only the oldest must go
    cache.evict()
    assert [e.folder.is_dir() for e in made] == [False, True, True, True]
    cache.limit = 0                         # nothing fits: all but the kept and the recently used go
    cache.evict(keep={made[1].folder})
    assert [e.folder.is_dir() for e in made] == [False, True, False, True]


def test_a_hit_counts_as_a_use(tmp_path):
    import os
    cache = Cache.open(tmp_path / "c")
    made = entry(cache)
    os.utime(made.folder / ".used", (0, 0))
    assert cache.get("chapters", "k1").data == {"name": "intro"}
    assert (made.folder / ".used").stat().st_mtime > 0


def test_cache_size_and_clear_from_the_command_line(made, tmp_path):
    runner = CliRunner()
    shutil.copytree(made / "cache", tmp_path / "cache")
    result = runner.invoke(cli, ["cache", "--size", "--cache-dir", str(tmp_path / "cache")])
    assert result.exit_code == 0 and "2 entries" in result.output and str(tmp_path / "cache") in result.output
    result = runner.invoke(cli, ["cache", "--clear", "--cache-dir", str(tmp_path / "cache")])
    assert result.exit_code == 0 and "freed" in result.output
    assert Cache(tmp_path / "cache").entries() == [] and (tmp_path / "cache" / MARKER).is_file()


def test_the_default_cache_is_the_users_cache_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("NN_EXPLAINER_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    result = CliRunner().invoke(cli, ["cache", "--size"])
    assert result.exit_code == 0 and str(tmp_path / "xdg" / "nn-explainer") in result.output


# --- the keys, by hand (no render; for bench/mutation.py) ---

def test_a_fingerprint_hashes_json_and_bytes_in_order():
    import hashlib

    from scenes.output.cache import fingerprint
    want = hashlib.sha256(b'{"a": 1, "b": [2]}' + b"\0" + b"raw" + b"\0").hexdigest()[:16]
    assert fingerprint({"b": [2], "a": 1}, b"raw") == want
    assert fingerprint("ab") != fingerprint("a", "b") and fingerprint(b"x", b"y") != fingerprint(b"y", b"x")
    assert fingerprint(b"abc") != fingerprint("abc")
    assert len(fingerprint()) == 16 and fingerprint() == hashlib.sha256(b"").hexdigest()[:16]


def test_a_files_sha256_reads_it_all(tmp_path):
    import hashlib
    data = bytes(range(256)) * 5000                      # more than one 1 MiB read
    (tmp_path / "f").write_bytes(data)
    assert file_sha256(tmp_path / "f") == hashlib.sha256(data).hexdigest()


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A stand-in project root for the keys that read nncore/ and scenes/."""
    for name, text in [("nncore/a.py", "A"), ("nncore/sub/b.py", "B"), ("nncore/notes.md", "N"),
                       ("scenes/s.py", "S"), ("scenes/scripts/intro.txt", "T"),
                       ("scenes/output/static/page.css", "C"), ("scenes/output/static/index.html", "H"),
                       ("scenes/output/static/index.js", "J"), ("scenes/output/static/logo.png", "P")]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    (tmp_path / "nncore" / "folder.py").mkdir()          # a folder named like code is not read
    monkeypatch.setattr("scenes.output.cache.ROOT", tmp_path)
    return tmp_path


def test_the_code_a_key_reads(project):
    from scenes.output import cache
    assert cache.sources("nncore") == [b"nncore/a.pyA", b"nncore/sub/b.pyB"]
    assert cache.sources("scenes") == [b"scenes/s.pyS", b"scenes/scripts/intro.txtT"]
    assert cache.code_key() == cache.fingerprint(b"scenes/s.pyS", b"scenes/scripts/intro.txtT")
    assert cache.kit_key() == cache.fingerprint(b"scenes/output/static/index.html" + b"H",
                                                b"scenes/output/static/index.js" + b"J",
                                                b"scenes/output/static/page.css" + b"C")


def test_the_history_key_reads_the_config_a_csvs_bytes_and_the_core_code(project):
    from dataclasses import asdict

    from nncore.train import TrainConfig
    from scenes.output import cache
    code = [b"nncore/a.pyA", b"nncore/sub/b.pyB"]
    config = TrainConfig(dataset="xor")
    assert cache.history_key(config) == cache.fingerprint(asdict(config), b"", *code)
    table = project / "T.CSV"
    table.write_bytes(b"a,label\n1,x\n")
    csv_config = TrainConfig(dataset=str(table))
    assert cache.history_key(csv_config) == cache.fingerprint(asdict(csv_config), b"a,label\n1,x\n", *code)
    table.write_bytes(b"a,label\n2,x\n")
    assert cache.history_key(csv_config) != cache.fingerprint(asdict(csv_config), b"a,label\n1,x\n", *code)
    gone = TrainConfig(dataset=str(project / "gone.csv"))
    assert cache.history_key(gone) == cache.fingerprint(asdict(gone), b"", *code)
    (project / "dir.csv").mkdir()
    folder = TrainConfig(dataset=str(project / "dir.csv"))
    assert cache.history_key(folder) == cache.fingerprint(asdict(folder), b"", *code)
