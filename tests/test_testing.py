"""Chapter "testing": renders for both presets, reads easily, and shows the real test results."""
from __future__ import annotations

import numpy as np
import pytest

from nncore.history import History
from nncore.network import classes_of
from scenes.kit.chapter import count_words, script_text
from scenes.chapters import testing as chapter_module   # not `Testing`: pytest would try to collect it
from scenes.chapters.testing import MISTAKES_SHOWN, N_CARDS, pick_cards
from tests.chapter_checks import reading_ease, render_preset, said

@pytest.fixture(scope="module", params=["digits", "tiny"])
def rendered(request, story_file, tmp_path_factory):
    """(history, manifest entry, out folder) of a tiny render of the preset's story."""
    return render_preset("testing", request.param, story_file, tmp_path_factory)


def test_renders_a_clip_with_narration(rendered):
    _, entry, out = rendered
    assert (out / entry["file"]).stat().st_size > 0
    assert 25 <= entry["duration_s"] <= 120     # 91 s for the digits once the network and the memoriser are shown
    assert entry["narration"][0]["text"].startswith("Practice is over.")


def test_accuracy_is_nncores_on_the_whole_test_set_with_the_final_weights(rendered):
    history, entry, _ = rendered
    shown = entry["shown"]
    x, y = history.split("test")
    assert shown["step"] == history.snapshots[-1].step == history.stopped.step
    accuracy = history.network(shown["step"]).accuracy(x, y)
    assert shown["test_accuracy"] == pytest.approx(accuracy)
    assert shown["test_accuracy"] == pytest.approx(history.final.test_accuracy)
    assert shown["n_test"] == len(x)
    assert shown["n_right"] == round(accuracy * len(x))


def test_examples_are_real_test_examples_with_nncores_guesses(rendered):
    history, entry, _ = rendered
    shown = entry["shown"]
    x, y = history.split("test")
    idx = shown["examples"]
    assert len(set(idx)) == len(idx) and all(0 <= i < len(x) for i in idx)
    assert shown["guesses"] == history.network(shown["step"]).guesses(x[idx]).tolist()
    assert shown["truths"] == classes_of(y[idx]).tolist()
    if history.config["sizes"][0] == 2:
        assert idx == list(range(len(x)))      # every test point is on the map
    else:
        assert len(idx) == N_CARDS
        wrong = sum(g != t for g, t in zip(shown["guesses"], shown["truths"]))
        assert wrong == min(MISTAKES_SHOWN, shown["n_test"] - shown["n_right"])


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_script_reads_easily_and_says_the_real_score(preset, story_file):
    history = History.load(story_file(preset))
    chapter = chapter_module.Testing.__new__(chapter_module.Testing)
    chapter.history = history
    text = script_text("testing", chapter.facts())
    assert reading_ease(text) >= 60
    assert len(text.split()) >= 25
    percent = round(100 * history.final.test_accuracy)
    assert f"That is {percent} percent." in text


def test_pick_cards_shows_a_few_mistakes_and_varied_classes():
    truths = np.array([0, 1, 2, 0, 1, 2, 0, 1, 2, 0])
    right = np.array([True, False, True, True, True, False, True, False, True, True])
    picked = pick_cards(right, truths, n=6, mistakes=2)
    assert len(picked) == 6
    assert sum(not right[i] for i in picked) == 2
    assert {int(truths[i]) for i in picked} == {0, 1, 2}
    assert [truths[i] for i in picked] == sorted(truths[i] for i in picked)


def test_pick_cards_without_mistakes_and_with_few_examples():
    right = np.ones(3, dtype=bool)
    assert pick_cards(right, np.array([1, 0, 1]), n=16) == [1, 0, 2]


def test_it_names_memorising_and_why_unseen_examples_are_the_honest_test(rendered):
    _, entry, _ = rendered
    text = " ".join(line["text"] for line in entry["narration"])
    assert "Learning the examples by heart is called memorising:" in text
    assert "So it is not on the list, and a memoriser has no answer for it." in text
    # the new card may show a kind the list has: it is said to be a different example
    assert "never quite the same as one on the list, even when it looks alike" in text
    assert "It is why we test on examples it never saw" in text
    drawn = [d["text"] for d in entry["drawn"]]
    assert "never seen: the honest test" in drawn
    # the memoriser is shown, not only named: its list, and a new example not on it
    assert "?" in drawn
    assert any(d in drawn for d in ("not on the list", "new point: not on the list"))


def test_the_examples_go_through_the_trained_network(rendered):
    """The words "we feed each one into the network": the network is on screen then."""
    _, entry, _ = rendered
    feed = next(line for line in entry["narration"] if line["text"].startswith("We feed each one"))
    shown = [d for d in entry["drawn"] if d["text"] == "the trained network"]
    assert shown and feed["start_s"] - 0.5 <= shown[0]["t"] <= feed["end_s"]


def test_the_words_count_the_mistakes_that_are_boxed(rendered):
    history, entry, _ = rendered
    shown = entry["shown"]
    wrong = [(g, t) for g, t in zip(shown["guesses"], shown["truths"]) if g != t]
    truth_line = next(line["text"] for line in entry["narration"] if line["text"].startswith("Now we check"))
    drawn = [d["text"] for d in entry["drawn"]]
    if history.config["sizes"][0] == 2:
        assert not wrong or f"mark its {count_words(len(wrong))} mistake" in truth_line
    else:
        marks = ("A red frame marks a mistake" if len(wrong) == 1 else
                 f"Red frames mark {count_words(len(wrong))} mistakes")
        assert marks in truth_line and "We picked these cards to show its mistakes" in truth_line
        # review 8: the score was shown beside the picked cards and then counted again from
        # "0 of 359": it is only counted, once
        assert "these cards: picked to show its mistakes" in drawn
        assert not [d for d in drawn if d.startswith("over all ")]
        # one "answer: ..." under each boxed mistake, naming the real class
        assert sorted(d for d in drawn if d.startswith("answer: ")) == sorted(
            f"answer: {history.labels[t]}" for _, t in wrong)


def test_answer_always_means_the_truth_and_guess_the_networks(rendered):
    # the reviewer read "note the network's answer" as the number under each card, and the
    # "answer: 2" under a red frame as the truth: two meanings for one word on one screen
    _, entry, _ = rendered
    text = said(entry)
    assert "network's guess" in text and "check each guess against the truth" in text
    assert "network's answer" not in text and "each answer" not in text


def test_no_text_is_too_small(rendered):
    _, entry, _ = rendered
    assert not [(d["text"], d["px"]) for d in entry["drawn"] if d["px"] < 14]


def test_compare_words_do_not_repeat_an_equal_percent():
    same = chapter_module.Testing.compare_words(100, 100)
    assert "100" not in same and "exactly the same" in same
    assert "99 percent" in chapter_module.Testing.compare_words(99, 96)


def test_the_mistake_words_agree_in_number_and_say_how_the_cards_were_chosen():
    words = chapter_module.Testing.mistake_words
    assert words(1, False).startswith("A red frame marks a mistake, with the right answer under it.")
    assert "We picked these cards to show its mistakes." in words(1, False)
    assert words(2, False).startswith("Red frames mark two mistakes, with the right answer under each.")
    assert "real score" not in words(2, False)       # counted once, right after
    assert words(1, True) == "A red ring marks its one mistake."
    assert words(3, True) == "Red rings mark its three mistakes."
    assert "on purpose" not in words(2, False)
