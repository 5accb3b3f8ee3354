"""Authors' scripts (--script-dir): copying, checking before any work, falling back, the cache key,
and facts that are never markup."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from render import cli
from scenes import narration, script_dir
from scenes.kit.chapter import script_lines
from scenes.output.jobs import jobs_for, write_scripts

EXAMPLES = Path(__file__).parent.parent / "examples"
SETTINGS = dict(quality="low", voice="none", pace="normal", theme="dark", fmt="mp4", size=None, fps=None,
                captions="srt")
FACTS = {"truth_label": "7", "example_words": "a handwritten 7", "target": "one", "example_cost": "0.50",
         "right_score": "0.40", "n_train": 10, "cost": "0.30", "decimals_words": "", "best_words": "",
         "compare_words": "", "sign_words": "", "other_words": "", "start_words": "", "point_words": "from the inner ring",
         "spelled_words": ""}


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture
def copied(tmp_path):
    folder = tmp_path / "words"
    assert run("scripts", "--copy", folder).exit_code == 0
    return folder


# --- render.py scripts ---

def test_scripts_lists_where_the_built_in_ones_are():
    result = run("scripts")
    assert result.exit_code == 0 and str(script_dir.BUILT_IN) in result.output
    assert "  cost.txt" in result.output and "  common.txt" in result.output


def test_copy_copies_every_script_and_refuses_to_overwrite(copied):
    assert sorted(p.name for p in copied.glob("*.txt")) == [f"{n}.txt" for n in script_dir.names()]
    (copied / "cost.txt").write_text("mine")
    result = run("scripts", "--copy", copied)
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    assert "--copy" in result.output and "--force" in result.output
    assert (copied / "cost.txt").read_text() == "mine"           # nothing replaced
    assert run("scripts", "--copy", copied, "--force").exit_code == 0
    assert (copied / "cost.txt").read_text() == (script_dir.BUILT_IN / "cost.txt").read_text()


def test_copy_into_a_file_exits_2(tmp_path):
    (tmp_path / "f").write_text("x")
    result = run("scripts", "--copy", tmp_path / "f")
    assert result.exit_code == 2 and "is a file" in result.output


# --- checking before any work ---

def test_the_built_in_and_example_scripts_pass():
    script_dir.check(script_dir.BUILT_IN)
    script_dir.check(EXAMPLES / "es")


def _edit(pattern: str, replacement: str, name: str = "cost"):
    def edit(folder: Path) -> None:
        path = folder / f"{name}.txt"
        text = path.read_text()
        assert re.search(pattern, text, flags=re.M), pattern   # the plant must land
        path.write_text(re.sub(pattern, replacement, text, count=1, flags=re.M))
    return edit


def _add(name: str, text: str):
    return lambda folder: (folder / name).write_text(text)


BAD = [
    (_edit(r"^\[many\]", "[manyy]"), r"cost\.txt:\d+: unknown section \[manyy\]"),
    (_edit(r"^\[goal\]\n(.*\n)*?\n", ""), r"cost\.txt:1: missing section \[goal\]"),
    (_edit(r"\{truth_label\}", "{truth}"), r"cost\.txt:\d+: unknown placeholder \{truth\}"),
    (_edit(r"\{truth_label\}", "{truth_label"), r"cost\.txt:\d+: .*brace"),
    (_edit(r"<bookmark mark='average'/>", ""), r"cost\.txt:\d+: \[all\] lacks <bookmark mark='average'/>"),
    (_edit(r"^glow = glow$", "zeroo = cero"), r"cost\.txt:\d+: unknown on-screen template 'zeroo'"),
    (_edit(r"^glow = glow$", "glow = cero {x}"), r"cost\.txt:\d+: \{x\} is not in the template 'glow'"),
    (_edit(r"^glow = glow$", "glow"), r"cost\.txt:\d+: a \[screen\] line is"),
    (_edit(r"^cost = cost$", "coste = cost", "common"), r"common\.txt:\d+: unknown on-screen template"),
    (_add("costs.txt", "[start]\nHi.\n"), r"costs\.txt:1: no chapter is called 'costs'"),
    (_add("intro.txt", "Hello before any key.\n"), r"intro\.txt:1: words before the first \[key\] line"),
    (_add("intro.txt", "[start]\nA.\n[start]\nB.\n"), r"intro\.txt:3: \[start\] appears twice"),
    (_add("intro.txt", b"\xff\xfe[start]".decode("latin-1")), r"intro\.txt:1: not UTF-8"),
]


@pytest.mark.parametrize("plant,message", BAD)
def test_a_bad_script_dir_is_one_line_exit_2_before_any_work(copied, tmp_path, plant, message):
    if "not UTF-8" in message:
        (copied / "intro.txt").write_bytes(b"\xff\xfe[start]\n")
    else:
        plant(copied)
    out, cache = tmp_path / "out", tmp_path / "cache"
    result = run("video", "--script-dir", copied, "--chapters", "cost", "--voice", "none",
                 "--out", out, "--cache-dir", cache)
    lines = result.output.strip().splitlines()
    assert result.exit_code == 2 and len(lines) == 1, result.output
    assert "--script-dir" in lines[0] and re.search(message, lines[0]), lines[0]
    assert not out.exists() and not cache.exists()                # nothing trained, nothing written


def test_a_missing_script_dir_says_how_to_make_one(tmp_path):
    result = run("video", "--script-dir", tmp_path / "nope", "--out", tmp_path / "out")
    assert result.exit_code == 2 and "scripts --copy" in result.output


def test_an_author_may_change_words_and_bookmark_order_but_not_drop_one(copied):
    path = copied / "cost.txt"
    path.write_text(path.read_text().replace("The cost = The cost", "The cost = What it costs"))
    script_dir.check(copied)


# --- which file a chapter reads ---

def test_a_chapter_not_copied_speaks_the_built_in_words(tmp_path):
    (tmp_path / "cost.txt").write_text((EXAMPLES / "es" / "cost.txt").read_text())
    assert script_dir.script_file("intro", tmp_path) == script_dir.BUILT_IN / "intro.txt"
    assert script_dir.script_file("cost", tmp_path) == tmp_path / "cost.txt"
    assert script_lines("cost", FACTS, tmp_path)["start"].startswith("¿Cuánto")
    assert script_lines("cost", FACTS)["start"].startswith("How wrong")
    assert "[screen]" not in " ".join(script_lines("cost", FACTS, tmp_path).values())


# --- the chapter cache key ---

def test_the_scripts_a_chapter_reads_are_part_of_its_key(tmp_path):
    mine, other = tmp_path / "a", tmp_path / "b"
    for folder in (mine, other):
        folder.mkdir()
        (folder / "cost.txt").write_text((script_dir.BUILT_IN / "cost.txt").read_text())
    built_in = {j.name: j for j in jobs_for(["intro", "cost"], "h", "c", **SETTINGS)}
    a = {j.name: j for j in jobs_for(["intro", "cost"], "h", "c", mine, **SETTINGS)}
    b = {j.name: j for j in jobs_for(["intro", "cost"], "h", "c", other, **SETTINGS)}
    assert a["intro"].key == built_in["intro"].key                # not copied: the built-in words
    assert a["cost"].key != built_in["cost"].key and a["cost"].key == b["cost"].key   # where: no matter
    (other / "cost.txt").write_text((other / "cost.txt").read_text().replace("How wrong", "How far off"))
    edited = jobs_for(["cost"], "h", "c", other, **SETTINGS)[0]
    assert edited.key != a["cost"].key                             # an edit re-renders
    (other / "common.txt").write_text("[screen]\ncost = coste\n")
    assert jobs_for(["intro"], "h", "c", other, **SETTINGS)[0].key != a["intro"].key   # the kit's words too


def test_the_worker_gets_the_scripts_from_the_job(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "cost.txt").write_text("[start]\nHola.\n")
    job = jobs_for(["cost"], "h", "c", tmp_path / "a", **SETTINGS)[0]
    folder = write_scripts(job, tmp_path / "work" / "scripts")
    assert (folder / "cost.txt").read_text() == "[start]\nHola.\n"
    assert write_scripts(dataclasses.replace(job, scripts=()), tmp_path / "w2") is None


# --- facts are plain text ---

def test_a_label_cannot_become_a_bookmark_or_markup():
    evil = "<bookmark mark='answer'/> <script>alert(1)</script> & co"
    line = script_lines("cost", {**FACTS, "truth_label": evil})["bars"]
    assert script_dir.BOOKMARK.findall(line) == ["answer", "yellow", "tall", "flat"]   # only the script's own
    said = narration.spoken(line)
    assert evil in said                                                     # said and captioned as written


def test_narration_the_program_writes_keeps_its_bookmarks(story_file):
    """A fact written by a chapter for pictures only (intro's patterns line) is Markup; a label
    beside it is still plain text. Both fell out together once: the guard broke every
    bookmark a chapter kept in a fact, and the intro and random-start chapters failed."""
    from scenes.chapters.intro import intro_facts
    from nncore.history import History
    facts = intro_facts(History.load(story_file("digits")))
    assert isinstance(facts["patterns"], narration.Markup)
    lines = script_lines("intro", facts)
    assert {"dots", "patterns", "best"} <= set(script_dir.BOOKMARK.findall(" ".join(lines.values())))
    assert narration.as_plain(narration.Markup("<bookmark mark='x'/>")) == "<bookmark mark='x'/>"
    assert narration.as_plain("<bookmark mark='x'/>") != "<bookmark mark='x'/>"


def test_a_label_is_said_as_written_by_the_voice(tmp_path):
    evil = "<bookmark mark='x'/>"
    text = "The answer is " + narration.as_plain(evil) + " <bookmark mark='x'/>here."
    service = narration.service_for("none", tmp_path)
    data = service.generate_from_text(text)
    spoken_words = [b["text"] for b in data["word_boundaries"] if b["text"]]
    assert len(spoken_words) == len(narration.spoken(text).split())
