"""`render.py batch FILE.toml`: the whole file is checked before any work, and a chapter two
variants share is rendered once, through the local process pool."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from render import cli
from scenes.output import batch

SMALL = ['preset = "tiny"', 'voice = "none"', 'chapters = "intro"', 'size = "160x90"', "fps = 1"]


def write(folder: Path, *lines: str) -> Path:
    path = folder / "batch.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def run_batch(path: Path, *args) -> object:
    return CliRunner().invoke(cli, ["batch", str(path), *map(str, args)])


@pytest.mark.parametrize("lines,words", [
    ([], "no [[variant]] tables"),
    (["[variant"], "not valid TOML"),
    (['[[variant]]', 'out = "a"', "colour = 1"], "variant 1, unknown key 'colour'"),
    (['[[variant]]', 'out = "a"', '[[variant]]', 'out = "b"', 'lr = -1'], "variant 2, key 'lr':"),
    (['[[variant]]', 'out = "a"', '[[variant]]', 'out = "b"', 'hidden = [999]'], "variant 2, key 'hidden':"),
    (['[[variant]]', 'out = "a"', 'quality = "best"'], "variant 1, key 'quality':"),
    (['[[variant]]', 'out = "a"', 'chapters = "intro,nope"'], "variant 1, key 'chapters': unknown chapter nope"),
    (['[[variant]]', 'out = "a"', 'force = "yes"'], "variant 1, key 'force': give true or false"),
    (['[[variant]]', 'out = "a"', '[[variant]]', 'out = "a"'], "variant 2, key 'out':"),
    (['[[variant]]', 'theme = "light"'], "variant 1, key 'out' is missing"),
    (["jobs = 4", '[[variant]]', 'out = "a"'], "key 'jobs': set once for the whole batch"),
])
def test_a_bad_file_is_one_line_and_exit_2_with_nothing_written(tmp_path, lines, words):
    path = write(tmp_path, 'preset = "tiny"', *lines)
    result = run_batch(path, "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1 and words in result.output and str(path) in result.output
    assert "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["batch.toml"]   # no out, no cache


def test_a_missing_file_is_one_line(tmp_path):
    result = run_batch(tmp_path / "nope.toml")
    assert result.exit_code == 2 and "cannot read it" in result.output and result.output.count("\n") == 1


def test_paths_are_read_from_the_batch_files_folder(tmp_path):
    flags = {"out": False, "config": False, "dataset": False, "hidden": False, "force": True}
    args = batch.arguments({"out": "o", "config": "c.toml", "dataset": "d.csv", "hidden": [4, 4], "force": True},
                           flags, tmp_path, tmp_path / "b.toml", 1)
    assert args == ["--out", str(tmp_path / "o"), "--config", str(tmp_path / "c.toml"),
                    "--dataset", str(tmp_path / "d.csv"), "--hidden", "4,4", "--force"]
    assert batch.arguments({"dataset": "digits"}, flags, tmp_path, tmp_path / "b.toml", 1) == ["--dataset", "digits"]


def test_the_summary_table_has_a_row_per_variant():
    text = batch.table([{"variant": "1 out-a", "video_s": 125.4, "rendered": 2, "reused": 0, "wall_s": 30.04},
                        {"variant": "2 out-b", "video_s": 59.6, "rendered": 0, "reused": 2, "wall_s": 31}])
    head, first, second = text.splitlines()
    assert head.split() == ["variant", "video", "rendered", "reused", "wall", "s"]
    assert first.split() == ["1", "out-a", "2:05", "2", "0", "30.0"]
    assert second.split() == ["2", "out-b", "1:00", "0", "2", "31.0"]


def test_two_variants_sharing_a_chapter_render_it_once(tmp_path):
    path = write(tmp_path, *SMALL, '[[variant]]', 'out = "first"', '[[variant]]', 'out = "second"')
    result = run_batch(path, "--cache-dir", tmp_path / "cache", "--jobs", 2)
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.stdout.splitlines()[1:]]
    assert [row[:2] + row[3:5] for row in rows] == [["1", str(tmp_path / "first"), "1", "0"],
                                                    ["2", str(tmp_path / "second"), "0", "1"]]
    assert len(list((tmp_path / "cache" / "chapters").iterdir())) == 1
    clip = "chapters/01-intro.mp4"
    assert (tmp_path / "first" / clip).read_bytes() == (tmp_path / "second" / clip).read_bytes()
