"""Chapter "recap": renders for both presets, reads easily, and its numbers are the run's."""
from __future__ import annotations

import pytest

from nncore.history import History
from scenes.kit.chapter import script_text
from scenes.chapters.recap import Recap
from tests.chapter_checks import reading_ease, render_preset

@pytest.fixture(scope="module", params=["digits", "tiny"])
def rendered(request, story_file, tmp_path_factory):
    """(history, manifest entry, out folder) of a tiny render of the preset's story."""
    return render_preset("recap", request.param, story_file, tmp_path_factory)


def test_renders_a_clip_with_narration(rendered):
    _, entry, out = rendered
    assert (out / entry["file"]).stat().st_size > 0
    assert 25 <= entry["duration_s"] <= 90
    assert len(entry["narration"]) == 5


def test_numbers_are_nncores(rendered):
    history, entry, _ = rendered
    shown = entry["shown"]
    x, y = history.split("train")
    x_test, y_test = history.split("test")
    assert shown["start_cost"] == pytest.approx(history.network(0).cost_of(x, y), rel=1e-9)
    final = history.network(history.stopped.step)
    assert shown["final_cost"] == pytest.approx(final.cost_of(x, y), rel=1e-9)
    assert shown["steps"] == history.stopped.step
    assert shown["test_accuracy"] == pytest.approx(final.accuracy(x_test, y_test))
    assert shown["final_cost"] < shown["start_cost"]


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_script_reads_easily_and_tells_this_run(preset, story_file):
    history = History.load(story_file(preset))
    chapter = Recap.__new__(Recap)
    chapter.history = history
    text = script_text("recap", chapter.facts())
    assert reading_ease(text) >= 60
    assert len(text.split()) >= 25
    assert f"round the loop {history.stopped.step} times" in text
    assert f"{round(100 * history.final.test_accuracy)} percent" in text
