"""Chapter "testing": renders for both presets, reads easily, and shows the real test results."""
from __future__ import annotations

import re

import numpy as np
import pytest

from nncore.history import History
from nncore.network import classes_of
from scenes import screen
from scenes.kit.chapter import count_words, script_text
from scenes.kit.pictures import class_colors, input_names
from scenes.kit.theme import DARK
from scenes.chapters import testing as chapter_module   # not `Testing`: pytest would try to collect it
from scenes.chapters.testing import MISTAKES_SHOWN, N_CARDS, pick_cards
from tests.chapter_checks import frames_of, longest_still, reading_ease, render_preset, said

@pytest.fixture(scope="module", params=["digits", "tiny"])
def rendered(request, story_file, tmp_path_factory):
    """(history, manifest entry, out folder) of a tiny render of the preset's story."""
    return render_preset("testing", request.param, story_file, tmp_path_factory)


def test_renders_a_clip_with_narration(rendered):
    _, entry, out = rendered
    assert (out / entry["file"]).stat().st_size > 0
    # 114 s for the digits at 30 fps (one card slowly, then each with its own lights); the 3-fps test
    # render draws each of its short plays (three a card) a whole frame long: about 119 s
    # 130: 1.6 s after each section (was 1.3: 9.2% quiet at 480p, under issue 11's 10%) left the
    # test render about 124.8 s, a frame's rounding from the old 125
    # 140: review 11b's one-idea dials sentence and a sentence for each slow card add ~10 s
    # review u2/e2 s18 added the reason a practice score is no fair test, and a memoriser's scores
    # 150: review g2 s20's one change, a practice card beside its nearest unseen miss, said (+5 s)
    # 160: review s22's one change on pictures, the pair's outputs as bars, said (+5 s)
    # s32 r2: the changed practice drawing said (+9 s) paid by one slow card fewer and a shorter
    # practice-score line: 158.7 s here (159.0 before), 155.5 s at 480p; tiny unchanged, 126.4 s
    # 163: review s34 r2, the practice score "may do worse" on new ones (+1.3 s): 161.7 s here
    # 170: s35, why the unseen score turns into 100 squares, said in a section of its own with its
    # pause (+6.6 s at 480p: 165.3 s)
    # 175: s37, how the cards were picked said as its note comes (+3.7 s at 480p)
    assert 25 <= entry["duration_s"] <= 175
    assert entry["narration"][0]["text"].startswith("Practice is over: now the real test.")


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
    assert "Learning by heart is memorising:" in text
    assert "It is not on the list: a memoriser has no guess." in text
    # the new card may show a kind the list has: it is said to be a different example
    assert "never quite the same as one on the list, even when it looks alike" in text
    assert "So the fair test is on" in text and "it never saw." in text
    # the dials themselves can learn by heart: the reason for unseen examples (review j 08);
    # said after "keeps no list", with no "but ... too" against it (review l 08: a contradiction)
    history = rendered[0]
    snap = history.snapshot(history.snapshots[-1].step)
    n_dials, n_heads = sum(np.size(w) for w in snap.weights), sum(np.size(b) for b in snap.biases)
    # review 11b: "keeps no list" then "could learn some practice examples by heart" still
    # read as a contradiction: one idea, no list but dials tuned on practice that can fit it
    kind = "points" if history.config["sizes"][0] == 2 else "examples"
    # review ab-k2 s23: "1184 dials and 26 head starts" was jargon over a still frame: no count
    dials = f"its dials were tuned on the practice {kind}"
    assert f"{n_dials} dials" not in text and "head starts" not in text
    assert dials in text and text.index("keeps no list") < text.index(dials)
    # review tiny s17: "almost by heart" after "keeps no list" read as a contradiction; review
    # d2 s18: without a reason "so the fair test" rested on "so": the dials can fit the
    # practice too closely, its real practice score said. Review u2 s18: "all of them right,
    # on new ones, unknown" right after "That is right." read as a doubt about that answer:
    # the reason is said of a practice score, which would be no fair test, after the answer
    assert "almost by heart" not in text and "unknown" not in text
    x, y = history.split("train")
    said_pct = round(100 * history.network(history.snapshots[-1].step).accuracy(x, y))
    score = "Every one right" if said_pct == 100 else f"{said_pct} percent right"
    # review v2 s19: "Practice points are no fair test ... either" after "That is right." read
    # oddly: said plainly as the reason the fair test needs new ones
    unfair = f"Even our network needs new {kind} for a fair test:"
    # the points' closest fit drawn and said between the two (review v2 s19, its ONE change)
    # pictures: a practice card right beside its nearest unseen miss (review g2 s20); the
    # score said of "practice" by name: after that example, "on them" read as the two cards
    # (the points' "closest fit" sentence is gone: review s22, 20 s of the same map)
    # points (review ab-x2 s23): the closest fit drawn and said, then the score
    # points (review ab-x2 s24): no closest fit; our network's practice score and the
    # memoriser's, the same: practice cannot tell a learner from a memoriser
    if kind == "points":
        fit = f"{dials}. On practice, our network gets every one right, and so does the memoriser: the same score."
        reason = "Practice cannot tell a learner from a memoriser."
        assert said_pct == 100 and "closest fit" not in text and "too closely" not in text
    else:
        # (on pictures what tells the two apart may be said between: test_fit_too_closely_outlines...)
        # review s32 r2: "too closely" said once, after the changed practice drawing shows it
        closely = "It fits its practice too closely." in text
        fit = f"{dials}. " if closely else f"{dials}, and can fit them too closely. "
        # (review s34 r2: and that it may do worse there, which the test then measures)
        reason = f" {score} on practice does not tell us about new ones, where it may do worse."
        assert text.count("too closely") == 1
    assert fit in text and reason in text
    assert unfair in text
    assert (text.index("yet it guesses") < text.index(unfair) < text.index(dials) <= text.index(fit)
            < text.index(reason) < text.index("So the fair test is on"))
    assert "learn by heart too" not in text and "could learn some" not in text
    drawn = [d["text"] for d in entry["drawn"]]
    assert "never seen: the fair test" in drawn
    # the memoriser is shown, not only named: its list, and a new example not on it
    assert "?" in drawn
    assert any(d in drawn for d in ("not on the list", "grey: no guess"))   # a map: grey where it has no guess


def test_the_examples_go_through_the_trained_network(rendered):
    """The network comes in as "the network never saw them" is said in the opening (review,
    session 11, its ONE change: it came at 54 s, after a still opening), goes for the
    memoriser's demo and is back as "Our network keeps no list" is said."""
    _, entry, _ = rendered
    named = first_cue_with(entry, "and the network never saw them")
    shown = [d for d in entry["drawn"] if d["text"] == "our network"]
    assert shown and named["start_s"] - 1.0 <= shown[0]["t"] <= named["end_s"]
    assert not [d for d in entry["drawn"] if "trained network" in d["text"]]   # p_common: one name
    assert shown[0]["t"] <= 8.0


def test_the_words_count_the_mistakes_that_are_boxed(rendered):
    history, entry, _ = rendered
    shown = entry["shown"]
    wrong = [(g, t) for g, t in zip(shown["guesses"], shown["truths"]) if g != t]
    truth_line = next(line["text"] for line in entry["narration"] if line["text"].startswith("Now we check"))
    drawn = [d["text"] for d in entry["drawn"]]
    if history.config["sizes"][0] == 2:
        assert not wrong or f"mark its {count_words(len(wrong))} mistake" in truth_line
    else:
        marks = ("A cross marks its mistake" if len(wrong) == 1 else
                 f"Crosses mark its {count_words(len(wrong))} mistakes")
        assert marks in truth_line
        # review session 10: "we picked these" came after the viewer had counted 10 of 12 right:
        # it is said as the cards come, and noted under them then, before any guess is made
        unseen = entry["narration"][0]
        assert unseen["text"].endswith("picked to show some of its mistakes.")
        # how they were picked, in the run's numbers (review l 08: 2 wrong of 12 beside 13 of
        # 359 could mislead): the mistakes shown of all its mistakes, the right ones of all
        x, y = history.split("test")
        right = history.network(shown["step"]).guesses(x) == classes_of(y)
        n_wrong = int((~right).sum())
        lines = (f"the {len(shown['guesses'])} cards we picked: {len(wrong)} of its {n_wrong} mistakes,",
                 f"{len(shown['guesses']) - len(wrong)} of its {len(x) - n_wrong} right guesses")
        # review 11b: written in the opening, 90 s before 13 and 346 were counted, the note was
        # a spoiler: it comes once all the unseen examples are counted, under their grid
        count = next(line for line in entry["narration"] if line["text"].startswith("Now we count"))
        counted = next(d for d in entry["drawn"] if d["text"] == f"checked {len(x)} of {len(x)}: "
                       f"{len(x) - n_wrong} right, {n_wrong} wrong")
        for words in lines:
            note = next(d for d in entry["drawn"] if d["text"] == words)
            assert counted["t"] <= note["t"] <= count["end_s"], (note, counted)
        # review s36: the note stood unsaid, competing with the voice: it is said, in nncore's
        # counts, and drawn as it is
        them = "its mistake" if n_wrong == 1 else f"its {n_wrong} mistakes"
        spoken = f"The {len(shown['guesses'])} cards we picked held {len(wrong)} of {them}."
        assert spoken in count["text"], count["text"]
        share = count["text"].index(spoken) / len(count["text"])
        said = count["start_s"] + share * (count["end_s"] - count["start_s"])
        note = next(d for d in entry["drawn"] if d["text"] == lines[0])
        assert said - 1.0 <= note["t"] <= said + 0.3, (note["t"], said)
        # review 8: the score was shown beside the picked cards and then counted again from
        # "0 of 359": it is only counted, once
        assert not [d for d in drawn if d.startswith("over all ")]
        # no "answer: ..." under a mistake: each card's right answer stands beside it from the
        # first frame (review ab_h2 s21); the only "answer: " after the check is none
        check = next(line for line in entry["narration"] if line["text"].startswith("Now we check"))
        assert not [d for d in entry["drawn"] if d["text"].startswith("right answer: ") and d["t"] >= check["start_s"] - 2.0]


def test_answer_always_means_the_truth_and_guess_the_networks(rendered):
    # the reviewer read "note the network's answer" as the number under each card, and the
    # "answer: 2" under a red frame as the truth: two meanings for one word on one screen
    _, entry, _ = rendered
    text = said(entry)
    assert "network's guess" in text and "check each guess against the right answer" in text
    assert "network's answer" not in text and "each answer" not in text


def test_answer_is_only_ever_the_right_answer_said_or_drawn(rendered):
    """Review s31 (tiny, 81/84 s): "answer" meant the network's answer and the right answer.
    Everywhere in the chapter, heard or read, the network's is a "guess" (the memoriser has
    "no guess") and "answer" comes only as "right answer"."""
    import re
    _, entry, _ = rendered
    words = [said(entry)] + [d["text"] for d in entry["drawn"]]
    loose = [w for w in words for m in re.finditer(r"(\w+\W+)?answer\w*", w, re.IGNORECASE)
             if not re.fullmatch(r"right answers?", m.group(0), re.IGNORECASE)]
    assert not loose, loose


def test_no_text_is_too_small(rendered):
    _, entry, _ = rendered
    assert not [(d["text"], d["px"]) for d in entry["drawn"] if d["px"] < 14]


def test_compare_words_do_not_repeat_an_equal_percent():
    same = chapter_module.Testing.compare_words(100, 100)
    assert "100" not in same and "exactly the same" in same
    assert "99 percent" in chapter_module.Testing.compare_words(99, 96)


def test_the_mistake_words_agree_in_number_and_say_how_the_cards_were_chosen():
    words = chapter_module.Testing.mistake_words
    # (s16: the right answers come under the crosses as they are named, at their bookmark)
    assert words(1, False) == "A cross marks its mistake: <bookmark mark='rightanswer'/>the wrong guess sits under the right answer it missed."
    assert words(2, False) == "Crosses mark its two mistakes: <bookmark mark='rightanswer'/>each wrong guess sits under the right answer it missed."
    # review 11c: "ring" named the tiny map's classes (inner and outer rings): a cross, as on a card
    assert words(1, True) == "A cross marks its one mistake."
    assert words(3, True) == "Crosses mark its three mistakes."
    # red is a dial below zero, never a mistake (main 9fd9862)
    assert not [w for w in (words(1, False), words(2, False), words(1, True), words(3, True)) if "red" in w.lower()]
    which = chapter_module.Testing.which_words
    assert which(12, True, 2) == f"Here are {count_words(12)} of them, <bookmark mark='picked'/>picked to show some of its mistakes."
    assert "picked" not in which(12, True, 0) and which(40, False, 3) == "Here they are."


# --- review 8 (session 8): show the cards, the guesses and the mistakes, not tell them ---

def first_cue_with(entry: dict, words: str) -> dict:
    return next(c for c in entry["cues"] if words in c["text"])


def test_the_cards_are_big_and_blocky_like_every_chapters():
    """Big (an 8x8 digit 51 px tall could not be read), but blocky, one square per real pixel:
    smooth, blended test cards looked like another kind of picture than every other chapter's."""
    import inspect
    from scenes.kit.pictures import card_picture, digit_image
    assert chapter_module.CARD * 60 >= 70
    assert "smooth" not in inspect.signature(digit_image).parameters
    assert "smooth" not in inspect.signature(card_picture).parameters
    pixels = np.random.default_rng(1).random(64)
    assert card_picture(pixels, "image", chapter_module.CARD).values.shape == (8, 8)


def test_the_memoriser_demo_has_the_screen_and_the_real_practice_count(rendered):
    """The demo was drawn small under the 12 test cards, and "each seen 30 times" under 8 cards
    read as 8 practice examples: the cards are cleared meanwhile, and the real count is drawn."""
    history, entry, _ = rendered
    if history.config["sizes"][0] == 2:
        return
    n = len(history.split("train")[0])
    heading = next(d for d in entry["drawn"] if d["text"].endswith(f"of the {n} practice examples"))
    assert heading["text"] == f"8 of the {n} practice examples"
    assert heading["y"] > 0   # where the test cards stood: they are gone while it plays
    word = next(d for d in entry["drawn"] if d["text"] == "learning by heart: memorising")
    assert word["px"] > heading["px"]   # the word it names, not in small print


def test_the_guesses_are_coloured_as_green_means_right_is_said(rendered):
    """ "Green means right" was said while the guesses were still grey (twice: review session 10
    saw the sentence in the caption at 78 s and green only at 81 s). On the map the dots turn
    in the quiet before the sentence; on cards (review ab-k2 s24: the right answers come with
    "against the truth") every guess turns at once as "Green means right" is said: each of
    nncore's guesses drawn again, together, within a second of the word."""
    history, entry, _ = rendered
    line = next(line for line in entry["narration"] if line["text"].startswith("Now we check"))
    feed = next(line for line in entry["narration"] if line["text"].startswith("We feed each"))
    if history.config["sizes"][0] == 2:
        judged = [d["t"] for d in entry["drawn"] if d["text"] == "the right answer"]
        assert judged and feed["end_s"] <= min(judged) and max(judged) <= line["start_s"] - 0.5
        return
    words = line["text"].split()
    green = line["start_s"] + (line["end_s"] - line["start_s"]) * words.index("Green") / len(words)
    labels = sorted(str(history.labels[g]) for g in entry["shown"]["guesses"])
    names = set(map(str, history.labels))
    # the network's output names stand right of the cards
    drawn = [d for d in entry["drawn"] if line["start_s"] - 0.1 <= d["t"] <= line["end_s"] and d["x"] < 2.5
             and d["text"] in names]
    times = sorted({d["t"] for d in drawn})
    turned = [t for t in times if sorted(d["text"] for d in drawn if d["t"] == t) == labels]
    assert turned and abs(turned[-1] - green) <= 1.0, (green, times)


def test_the_percent_comes_with_its_words(rendered):
    """The count and the percent were over seconds before they were said: a still ending."""
    history, entry, _ = rendered
    # tiny: "... examples. That is 100 percent." in one caption
    said_at = next(c for c in entry["cues"] if f"That is {round(100 * history.final.test_accuracy)} percent" in c["text"])
    count = next(line for line in entry["narration"] if line["text"].startswith("Now we count"))
    big = next(d for d in entry["drawn"] if d["text"] == f"{round(100 * history.final.test_accuracy)}%"
               and d["px"] > 40 and d["t"] >= count["start_s"])
    # (up to 0.8 s early: whole by the time it is said, review s24 caught it half way at 132 s)
    assert said_at["start_s"] - 0.8 <= big["t"] <= said_at["end_s"]


def test_the_number_kept_aside_is_on_screen_when_it_is_said(rendered):
    history, entry, _ = rendered
    n = str(len(history.split("test")[0]))
    said_at = first_cue_with(entry, f"We kept {n} examples aside")
    assert any(n in d["text"].split() and d["t"] <= said_at["end_s"] for d in entry["drawn"])


def test_the_outputs_are_named_so_the_guess_can_be_read(rendered):
    """The digits' ten outputs were not named: "note the network's guess" could not be read."""
    history, entry, _ = rendered
    from scenes.kit.readings import output_names
    network = next(d["t"] for d in entry["drawn"] if d["text"] == "our network")
    feed = next(line for line in entry["narration"] if line["text"].startswith("We feed each"))
    # right of the cards or the map, where the network stands (the guesses under the cards are digits too)
    named = {d["text"] for d in entry["drawn"] if network - 0.1 <= d["t"] <= feed["end_s"] and d["x"] > 2.5}
    assert set(output_names(history)) <= named


def test_the_list_is_not_scanned_and_the_look_alike_is_framed(rendered):
    """A frame sliding along the list stopped on the 7 while the new card was a 0."""
    history, entry, _ = rendered
    drawn = [d["text"] for d in entry["drawn"]]
    assert "looked for on the list" not in drawn
    if history.config["sizes"][0] != 2:
        assert "looks alike," in drawn


def test_each_cards_guess_comes_alone_and_its_right_answer_as_the_check_is_said(rendered):
    """Review ab-k2 s24 (its ONE change): each card's right answer came with its guess, while the
    words spoke of the guess only; which was which was told by a small key. As each card is
    fed, only its guess (nncore's) is written beside it; its real class (nncore's data) comes
    above it, in the same column, as "Now we check each guess against the truth" begins, with
    the key; nothing stands beside the cards before (review s22: the answers from the first
    frame gave the test away). The cards are big (three rows of four, over the subtitles' band)."""
    history, entry, _ = rendered
    if history.config["sizes"][0] == 2:
        return
    shown, labels = entry["shown"], history.labels
    names = set(map(str, labels))
    cards = shown["cards"]
    assert cards["side"] * 60 >= 95, cards          # 70 px at 480p before: read as blobs
    left, bottom, right, top = cards["box"]
    assert bottom >= -3.0 and right <= chapter_module.INPUT_GRID["left"] - 0.1, cards
    x, y = history.split("test")
    guessed = history.network(shown["step"]).guesses(x[shown["examples"]])
    truths = classes_of(y[shown["examples"]])
    centres = [tuple(c) for c in cards["centres"]]
    def card_of(d):
        return min(range(len(centres)), key=lambda k: (centres[k][0] - d["x"]) ** 2 + (centres[k][1] - d["y"]) ** 2)
    feed = next(line for line in entry["narration"] if line["text"].startswith("We feed"))
    check = next(line for line in entry["narration"] if line["text"].startswith("Now we check"))
    beside = [d for d in entry["drawn"] if d["text"] in names and left - 0.1 <= d["x"] <= right and bottom <= d["y"] <= top]
    fed = [d for d in beside if feed["start_s"] - 1 <= d["t"] < check["start_s"] - 0.1]
    assert sorted(card_of(d) for d in fed) == list(range(len(centres))), fed     # one each: its guess alone
    assert all(d["text"] == str(labels[guessed[card_of(d)]]) for d in fed), fed
    words = check["text"].split()
    green = check["start_s"] + (check["end_s"] - check["start_s"]) * words.index("Green") / len(words)
    above = [d for d in beside if check["start_s"] - 0.1 <= d["t"] < green
             and any(abs(g["x"] - d["x"]) < 0.1 and 0.2 < d["y"] - g["y"] < 0.6 for g in fed)]
    assert sorted(card_of(d) for d in above) == list(range(len(centres))), (above, check, green)
    assert all(d["text"] == str(labels[truths[card_of(d)]]) for d in above), above
    key = next(d for d in entry["drawn"] if d["text"] == "beside each card: the right answer, then its guess")
    assert check["start_s"] - 0.1 <= key["t"] < green, (key, check)
    # no answer stands beside the cards as they come (the memoriser's demo writes its own)
    early = [d for d in beside if d["t"] <= 1.0]
    assert not early, early


def test_no_circumscribe_at_the_end():
    """A Circumscribe round the percent left a stray yellow tick in a frame of the ending."""
    import inspect
    assert "Circumscribe(" not in inspect.getsource(chapter_module)


@pytest.fixture(scope="module")
def fruit(tmp_path_factory):
    """A user's CSV table: its cards are bars, with a key to the columns."""
    from tests.chapter_checks import fruit_story, render_tiny
    path = fruit_story(tmp_path_factory.mktemp("fruit-testing"), per_kind=25, seed=5, hidden=[5])
    return History.load(path), render_tiny("testing", path, tmp_path_factory.mktemp("fruit-testing-out"))


def test_a_users_table_renders_with_its_cards_in_the_frame(fruit):
    history, entry = fruit
    assert entry["duration_s"] > 25
    drawn = entry["drawn"]
    assert not [(d["text"], d["px"]) for d in drawn if d["px"] < 14]
    assert all(-7.11 <= d["x"] <= 7.11 for d in drawn)
    assert set(output_names_of(history)) <= {d["text"] for d in drawn}


def output_names_of(history: History) -> list[str]:
    from scenes.kit.readings import output_names
    return output_names(history)


# --- review blind9b (session 9): one card goes through slowly, every test example counted ---

RED, GREEN = (226, 87, 74), (91, 196, 106)   # a dial below zero; right
GREY = tuple(int(__import__("scenes.kit.theme", fromlist=["current"]).current().wrong[i:i + 2], 16)
             for i in (1, 3, 5))             # wrong: the theme's own (light grey since s15, not muted)


def near(img: np.ndarray, rgb: tuple[int, int, int], tol: int = 45) -> np.ndarray:
    return (np.abs(img - np.array(rgb)).max(axis=-1) <= tol)


def has_colour(img: np.ndarray, x: float, y: float, rgb: tuple[int, int, int], tol: int = 60) -> bool:
    """Whether a pixel within one of the scene point (x, y) is `rgb`: a square of the smaller
    blocks is under 2 px at the tests' 160 x 90."""
    px, py = to_px(img, x, y)
    return bool(near(img[max(0, py - 1):py + 2, max(0, px - 1):px + 2], rgb, tol).any())


def to_px(img: np.ndarray, x: float, y: float) -> tuple[int, int]:
    """(column, row) of the scene point (x, y) in a frame (14.22 x 8 units)."""
    h, w = img.shape[:2]
    return int(round(w / 2 + x * w / (8 * w / h))), int(round(h / 2 - y * h / 8))


def test_the_first_frame_shows_the_cards_with_the_title(rendered):
    """Every blind review: the first frame was the title alone while the words had begun."""
    history, entry, out = rendered
    img = frames_of(entry, out)[0][1]
    below_title = img[int(img.shape[0] * 0.2):].astype(int)
    # drawn = apart from the background (the corner): the tiny map's sand colours of session 15
    # are dim, under the old "brighter than 120" though plainly there
    drawn = np.abs(below_title - img[1, 1].astype(int)).max(axis=-1) > 40
    assert drawn.sum() > 0.02 * below_title.shape[0] * below_title.shape[1]


def test_every_test_example_is_a_square_big_enough_to_count():
    """The bar of 359 one-pixel lines: 13 wrong, about 11 countable at 480p. One square per test
    example, each mistake a red square of its own of 14 px or more at 854x480."""
    for n in (359, 1000, 40):
        cols, pitch = chapter_module.grid_shape(n, *chapter_module.GRID_AREA)
        rows = -(-n // cols)
        assert cols * rows >= n > cols * (rows - 1)
        assert cols * pitch <= chapter_module.GRID_AREA[0] + 1e-9 and rows * pitch <= chapter_module.GRID_AREA[1] + 1e-9
    assert chapter_module.grid_shape(359, *chapter_module.GRID_AREA)[1] * 854 / (8 * 854 / 480) >= 14


def test_the_last_frame_has_a_grey_square_per_mistake_and_no_red(rendered):
    """Red is a dial below zero, never a mistake (main 9fd9862): the last frame has none. Each
    mistake is a grey square of its own in the grid, as many as nncore's wrong guesses, and
    counted in words over the grid."""
    history, entry, out = rendered
    x, y = history.split("test")
    wrong = int((history.network(entry["shown"]["step"]).guesses(x) != classes_of(y)).sum())
    frames = frames_of(entry, out)
    assert near(frames[-1][1], RED).sum() == 0
    # the grid as it stands last, before it goes into the table (review ab-k2-r1 s26)
    img = [img for t, img in frames if t <= entry["shown"]["table_at"] - 0.7][-1]
    cols, pitch = chapter_module.grid_shape(len(x), *chapter_module.GRID_AREA)
    # each square's middle: grey where nncore's guess is wrong, green where it is right
    wrong_at = history.network(entry["shown"]["step"]).guesses(x) != classes_of(y)
    x0, y0 = chapter_module.GRID_CORNER
    grey_at = []
    for i in range(len(x)):
        row, col = divmod(i, cols)
        px, py = to_px(img, x0 + (col + 0.5) * pitch, y0 - (row + 0.5) * pitch)
        colour = img[py, px]
        grey_at.append(np.abs(colour - GREY).sum() < np.abs(colour - GREEN).sum())
    grey_at = np.array(grey_at)
    # (a 2.5-px square at the tests' 160x90 blurs into its neighbours: most, not all, read right)
    assert not wrong_at.any() or grey_at[wrong_at].mean() >= 0.8
    assert grey_at[~wrong_at].mean() <= 0.08
    drawn = [d["text"] for d in entry["drawn"]]
    # how many are checked, apart from how many are right (review l 08: "334 of 359 right, 13
    # wrong" read as a score while the count ran)
    assert f"checked {len(x)} of {len(x)}: {len(x) - wrong} right, {wrong} wrong" in drawn
    assert not [d for d in drawn if d[0].isdigit() and d.endswith(" wrong")]


def test_the_network_is_gone_when_green_means_right_is_said(rendered):
    """Red marks the mistakes: the network's red lines (dials below zero) are not beside them.
    Where it stood, right of the cards, the frame is bare by then."""
    history, entry, out = rendered
    if history.config["sizes"][0] == 2:
        return
    line = next(line for line in entry["narration"] if line["text"].startswith("Now we check"))
    words = line["text"].split()
    green = line["start_s"] + (line["end_s"] - line["start_s"]) * words.index("Green") / len(words)
    _, img = min(frames_of(entry, out), key=lambda f: abs(f[0] - green))
    left, _ = to_px(img, chapter_module.NET_AT["cards"][0] - chapter_module.NET_SIZE["cards"][0] / 2, 0)
    bare = np.abs(img[:, left:] - img[0, -1]).max(axis=-1) > 30
    assert bare.mean() < 0.005


def test_each_card_lights_the_network_its_own_way(rendered):
    """The input and middle lights stood the same for every card: only the output changed.
    After each card's guess appears under it, the middle column shows that card's own lights:
    as many different looks as the cards' middle activations (nncore) differ."""
    history, entry, out = rendered
    if history.config["sizes"][0] == 2:
        return
    shown = entry["shown"]
    labels = [str(history.labels[g]) for g in shown["guesses"]]
    check = next(line for line in entry["narration"] if line["text"].startswith("Now we check"))["start_s"]
    feed = next(line for line in entry["narration"] if line["text"].startswith("We feed each"))["start_s"]
    # each guess beside its card, in turn (the output names stand right of the cards); the
    # right answers and the colours come as the check is said
    guessed = sorted(d["t"] for d in entry["drawn"] if feed <= d["t"] < check - 0.1 and d["x"] < 2.5
                     and d["text"] in labels)
    assert len(guessed) == len(labels)
    grid = chapter_module.INPUT_GRID      # the digits' inputs are drawn as the picture's grid
    cx, cy = grid["middle"], (grid["top"] + grid["bottom"]) / 2
    h = grid["top"] - grid["bottom"]
    frames = frames_of(entry, out)
    looks = []
    for start, end in zip(guessed, guessed[1:] + [check]):
        inside = [img for t, img in frames if start <= t < end]
        if inside:
            x0, y0 = to_px(inside[0], cx - 0.25, cy + h / 2)
            x1, y1 = to_px(inside[0], cx + 0.25, cy - h / 2)
            looks.append(inside[0][y0:y1, x0:x1].astype(float))
    x, _ = history.split("test")
    middle = history.network(shown["step"]).forward(x[shown["examples"]]).a[1]
    differ = [np.abs(middle[k] - middle[k - 1]).max() > 0.2 for k in range(1, len(middle))]
    # the cards that go through one by one (the slow ones and the quick run: review e2 s18,
    # the rest's guesses come together after it)
    through = min(len(labels), chapter_module.SLOW + chapter_module.QUICK_SHOWN)
    looks, differ = looks[:through], differ[:through - 1]
    changes = [np.abs(a - b).max() > 40 for a, b in zip(looks, looks[1:])]
    assert len(looks) >= through - 1 and sum(changes) >= sum(differ) - 2 > 0


# --- review session 10: three cards one at a time, then the others quickly ---

def not_answers(drawn: list[dict]) -> list[dict]:
    """`drawn` without any right answer drawn with its guess, right above it (the same left
    edge, 0.2-0.6 higher, at the same moment; since review ab-k2 s24 the cards' answers come
    at the check, after every guess)."""
    return [d for d in drawn if not any(abs(o["x"] - d["x"]) < 0.1 and 0.2 < d["y"] - o["y"] < 0.6
                                        and abs(o["t"] - d["t"]) <= 0.1 for o in drawn)]


def guesses_drawn(history: History, entry: dict) -> tuple[list[str], dict, list[float]]:
    """The shown cards' guesses, the feeding's line, and when each guess is first drawn under
    its card (the output names stand right of the cards; each card's right answer comes above
    it at the check)."""
    labels = [str(history.labels[g]) for g in entry["shown"]["guesses"]]
    feed = next(line for line in entry["narration"] if line["text"].startswith("We feed each"))
    times = sorted(d["t"] for d in not_answers([d for d in entry["drawn"] if d["t"] >= feed["start_s"] and d["x"] < 2.5
                                                and d["text"] in map(str, history.labels)])
                   if d["text"] in labels)[:len(labels)]
    return labels, feed, times


def test_the_first_cards_go_through_one_at_a_time_then_the_others_quickly(rendered):
    """The 10 cards zipped through in 6 s without words, the frame between two cards: the first
    SLOW go one at a time, each guess said as it appears under its card, then "the other ten"
    quickly, each with its guess under it as it lands. (Session 32: two, not three: "the next
    card ... it guesses" was said twice.)"""
    history, entry, _ = rendered
    if history.config["sizes"][0] == 2:
        return
    labels, feed, times = guesses_drawn(history, entry)
    slow = chapter_module.SLOW
    said = [(1, f"its own way: it guesses {labels[1]}"), (2, f"own lights: it guesses {labels[2]}")][:slow - 1]
    assert all(f"{words}." in feed["text"] for _, words in said) and feed["text"].count("it guesses") == slow - 1
    assert feed["text"].endswith(f"And the other {count_words(len(labels) - slow)} go the same way.")
    # the slow ones apart by their words; the said guess is under its card while it is said
    assert min(b - a for a, b in zip(times[:slow], times[1:slow])) >= 1.5
    for k, words in said:
        cue = first_cue_with(entry, words)
        assert cue["start_s"] - 0.5 <= times[k] <= cue["end_s"] + 0.5
    # review e2 s18: nine cards in a few seconds could not be followed: a few go through, each
    # long enough to follow, then the rest's guesses come together, all within the line
    through = min(len(labels), slow + chapter_module.QUICK_SHOWN)
    quick = [b - a for a, b in zip(times[slow:through], times[slow + 1:through])]
    assert quick and min(quick) >= 0.8 and max(quick) <= 1.5, quick
    assert len(times) == len(labels) and times[-1] - times[through - 1] <= 1.5
    assert times[-1] <= feed["end_s"] + 2.0


def test_the_first_example_is_framed_before_first_this_one_is_said(rendered):
    """Review e2 s18: "First this one" was read (its caption up) with no card framed for 3 s.
    The frame is on the first example before the line's words begin."""
    _, entry, _ = rendered
    feed = next(line for line in entry["narration"] if line["text"].startswith("We feed each"))
    assert entry["shown"]["first_framed_at"] <= feed["start_s"] + 0.05


def test_the_caption_stands_with_the_cards_from_the_first_frame(rendered):
    """The caption "12 of the 359 examples..." came 3 s after the cards."""
    history, entry, _ = rendered
    if history.config["sizes"][0] == 2:   # a map's note comes with its dots
        return
    n = len(history.split("test")[0])
    caption = next(d for d in entry["drawn"] if d["text"].endswith(f"the {n} examples it never practised on"))
    assert caption["t"] <= 0.1


def test_a_mistake_card_has_a_cross_beside_its_grey_guess():
    """A wrong guess is grey (9fd9862), like the card outlines: alone it does not say "wrong"."""
    import inspect
    judge = inspect.getsource(chapter_module.Testing.judge_card)
    assert "wrong_mark(" in judge      # the video's one cross (kit.legend, tested there)


# --- review, session 11 ---

def test_every_input_is_drawn_as_the_pictures_grid_and_its_squares_light_them(rendered):
    """Review (session 11, its ONE change): 10 of the 64 inputs and dots could not show "its
    squares light the inputs": a square picture's inputs are drawn every one, as its grid,
    named; the first card's inputs light as it is said (nncore's own inputs, the card's pixels)."""
    history, entry, _ = rendered
    n = history.config["sizes"][0]
    if n == 2:
        assert entry["shown"]["input_grid"] == 0
        return
    assert entry["shown"]["input_grid"] ** 2 == n and entry["shown"]["drawn_inputs"] == n
    note = next(d for d in entry["drawn"] if d["text"] == f"{n} inputs,")
    assert note["x"] > 0 and note["px"] >= 14 and "one per square" in [d["text"] for d in entry["drawn"]]


def test_the_inputs_label_is_clear_of_the_wires(rendered):
    """Review e2 s18: "64 inputs, one per square" ran into the wires leaving the grid. No line
    from an input to a middle neuron, as drawn, crosses the label's box."""
    history, entry, _ = rendered
    if history.config["sizes"][0] == 2:
        return
    x0, y0, x1, y1 = entry["shown"]["inputs_note"]
    lines = entry["shown"]["input_wires"]
    assert len(lines) == history.config["sizes"][0] * history.config["sizes"][1]
    for ax, ay, bx, by in lines:
        ts = np.linspace(0, 1, 400)
        px, py = ax + ts * (bx - ax), ay + ts * (by - ay)
        assert not np.any((px >= x0) & (px <= x1) & (py >= y0) & (py <= y1)), (ax, ay, bx, by)


def test_the_opening_is_short_and_moves(rendered):
    """Review (session 11): a still grid of cards for 15 s. The opening words are shorter and
    the picture moves on what is said (s16: 7.7 s with no change after the network came): the
    count kept aside is framed as it is said, the examples go over one by one at "Here", and
    no stretch of the opening stands still over 4 s (frames, not what the scene says it did)."""
    history, entry, out = rendered
    opening = entry["narration"][0]
    assert opening["end_s"] - opening["start_s"] <= 13.0
    frames = [(t, img.mean(axis=2)) for t, img in frames_of(entry, out)]
    assert longest_still(frames, opening["start_s"] + 2.0, opening["end_s"]) <= 4.0
    n = str(len(history.split("test")[0]))
    caption = next(d for d in entry["drawn"] if n in d["text"].split() and d["t"] <= opening["start_s"] + 2.5)
    h, w = frames[0][1].shape[:2]

    def moved(at: float, rows: slice, cols: slice) -> bool:   # the area changes within ~1 s of the word
        near = [img[rows, cols] for t, img in frames if at - 0.2 <= t <= at + 1.2]
        return max(np.abs(a - b).max() for a, b in zip(near, near[1:])) > 8
    marks = entry["shown"]["opening_marks"]
    y = to_px(frames[0][1], 0, caption["y"])[1]
    band = max(2, int(0.4 * h / 8))            # the caption's line and the frame round it
    assert moved(marks["kept"], slice(max(0, y - band), y + band), slice(0, w)), marks
    left = to_px(frames[0][1], 0.0, 0.0)[0]   # the cards (or the map) stand left of the middle
    assert moved(marks["here"], slice(y + band, h), slice(0, left)), marks


def few(history: History) -> bool:
    """Whether the preset's scores are drawn one square per example (tiny's points), not per 100."""
    return history.config["sizes"][0] == 2


def practice_name(history: History) -> str:
    return "one square per practice example" if few(history) else "out of every 100 practice"


def test_the_practice_percent_comes_when_its_bar_is_full(rendered):
    """Review (session 11): "practice examples 99%" stood by a half-filled bar."""
    history, entry, _ = rendered
    compare = entry["narration"][-1]
    value = next(d for d in entry["drawn"] if d["text"] == f"{round(100 * history.final.train_accuracy)}%"
                 and d["t"] >= compare["start_s"])
    practice = next(d for d in entry["drawn"] if d["text"] == practice_name(history)
                    and d["t"] >= compare["start_s"] - 3.0)
    assert value["t"] >= practice["t"] + 1.1


def test_the_could_learn_by_heart_line_is_full_size(rendered):
    """Review (session 11): "each seen 30 times: it could learn them by heart" was small and faint."""
    history, entry, _ = rendered
    if history.config["sizes"][0] == 2:
        return
    note = next(d for d in entry["drawn"] if d["text"].startswith("each seen"))
    assert note["px"] >= 18


# --- review session 11 (08 Testing, 8/10) ---

def test_our_network_answers_the_memorisers_new_example_with_nncores_guess(rendered):
    """The ONE change: beside the memoriser's "?" our network answers the same new example:
    its real guess (nncore, final weights), yellow as it is said, then judged, before the
    honest test is boxed."""
    history, entry, _ = rendered
    shown = entry["shown"]
    x, y = history.split("test")
    first = shown["examples"][0]
    if history.config["sizes"][0] == 2:   # on a map: the shown point farthest from every practice point
        xp, _ = history.split("train")
        gaps = [np.linalg.norm(xp - x[i], axis=1).min() for i in shown["examples"]]
        first = shown["examples"][int(np.argmax(gaps))]
    assert shown["memo_example"] == first
    guess = int(history.network(shown["step"]).guesses(x[[first]])[0])
    truth = int(classes_of(y[[first]])[0])
    assert shown["memo_guess"] == guess
    honest = next(n for n in entry["narration"] if n["text"].startswith("Why not test it"))
    label = str(history.labels[guess])
    assert f"yet it guesses: {label}." in honest["text"]
    assert ("That is right." in honest["text"]) == (guess == truth)
    drawn = {d["text"]: d for d in entry["drawn"] if honest["start_s"] <= d["t"] <= honest["end_s"]}
    # under the "?" (in its column, for a card), after it
    cards = history.config["sizes"][0] != 2
    assert {"?", "our network:"} | ({"memoriser:"} if cards else set()) <= set(drawn)
    answer = next(d for d in entry["drawn"] if d["text"] == label and drawn["our network:"]["t"] <= d["t"] <= honest["end_s"]
                  and (abs(d["x"] - drawn["?"]["x"]) < 0.05 or not cards))
    assert (answer["y"] < drawn["?"]["y"] or not cards) and answer["t"] > drawn["?"]["t"]   # a map: on its own map
    if guess != truth:
        assert any(d["text"] == f"right answer: {history.labels[truth]}" for d in drawn.values())


def test_each_slow_guess_is_drawn_as_it_is_said_never_after(rendered):
    """69-72 s: "it guesses 1" while the 0 was still lit, the 1 lit 3 s late. The guess under
    card k is drawn (the manifest's drawn texts) within a second before its words are said
    (the narration's bookmark times), never after."""
    history, entry, _ = rendered
    if history.config["sizes"][0] == 2:
        return
    _, feed, times = guesses_drawn(history, entry)
    said = entry["shown"]["guess_said_at"]
    assert len(said) == chapter_module.SLOW - 1
    for k, at in enumerate(said, start=1):
        assert feed["start_s"] < at < feed["end_s"]
        assert at - 1.0 <= times[k] <= at + 0.34   # a frame of the 3-fps test render at most


def test_the_flash_into_the_outputs_is_lighter_than_the_kits(story_file):
    """75 s: the 16 x 10 lines into the outputs flared into a solid yellow band."""
    from scenes.kit.network_diagram import NetworkDiagram
    history = History.load(story_file("digits"))
    snap = history.snapshot()
    diagram = NetworkDiagram(snap.weights, snap.biases, max_drawn=max(history.config["sizes"]))
    last = len(diagram.sizes) - 2
    ours, kits = chapter_module.Testing.pulse(diagram, last).mobject, diagram.pulse_layer(last).mobject
    for a, b in zip(ours, kits):
        assert a.get_stroke_width() == pytest.approx(chapter_module.FLASH_THIN * b.get_stroke_width())
        assert a.get_stroke_opacity() <= 0.5 * b.get_stroke_opacity() + 1e-9
    first = chapter_module.Testing.pulse(diagram, 0).mobject   # the long lines from the inputs: as the kit's
    assert [f.get_stroke_width() for f in first] == [f.get_stroke_width() for f in diagram.pulse_layer(0).mobject]


def test_each_mistake_shown_gets_its_phrase(rendered):
    """84-90 s: the mistakes were marked, never explained. Each mistaken drawing shown is named
    with what the network took it for (nncore's guess), in the cards' order."""
    history, entry, _ = rendered
    shown = entry["shown"]
    truth = next(n for n in entry["narration"] if n["text"].startswith("Now we check"))["text"]
    pairs = [(history.labels[t], history.labels[g]) for t, g in zip(shown["truths"], shown["guesses"]) if t != g]
    if history.config["sizes"][0] == 2 or not pairs:
        assert "To the network" not in truth
        return
    (t0, g0), rest = pairs[0], pairs[1:]
    phrase = f"To the network, this {t0} looks more like a {g0}" + "".join(f", and this {t} like a {g}" for t, g in rest)
    assert phrase + "." in truth


def test_each_mistake_is_drawn_beside_the_nearest_practice_examples_of_its_guess(rendered):
    """"this 2 looks more like a 3" is shown: the mistaken drawing beside the LIKE_SHOWN
    practice examples of the class it was taken for nearest to it (every pixel), found here
    from the run, named as a class ("the practice 3s"), never as one match (review d2 s18:
    "looks like a practice 3" read as the network looking drawings up, against "no list")."""
    history, entry, _ = rendered
    shown = entry["shown"]
    x_test, _ = history.split("test")
    x_train, y_train = history.split("train")
    classes = classes_of(y_train)
    wrong = [i for i, t, g in zip(shown["examples"], shown["truths"], shown["guesses"]) if t != g]
    if history.config["sizes"][0] == 2 or not wrong:
        assert not shown.get("lookalikes")
        return
    assert len(shown["lookalikes"]) == len(wrong)
    for i, near in zip(wrong, shown["lookalikes"]):
        guess = int(history.network(shown["step"]).guesses(x_test[[i]])[0])
        assert len(near) == chapter_module.LIKE_SHOWN and all(classes[j] == guess for j in near)
        distances = np.sort(np.linalg.norm(x_train[classes == guess] - x_test[i], axis=1))[:len(near)]
        assert np.linalg.norm(x_train[near] - x_test[i], axis=1) == pytest.approx(distances)
    truth = next(n for n in entry["narration"] if n["text"].startswith("Now we check"))
    names = [d for d in entry["drawn"] if d["text"].startswith("much like the practice ") and truth["start_s"] <= d["t"] <= truth["end_s"]]
    assert [d["text"] for d in names] == [f"much like the practice {history.labels[g]}s" for t, g in
                                           zip(shown["truths"], shown["guesses"]) if t != g]
    drawn = [d["text"] for d in entry["drawn"]]
    assert "looks like" not in drawn and not [d for d in drawn if d.startswith("a practice ")]


# --- session 13: review h 08 and review t 08 ---

@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_words_fit_the_networks_shape(preset, story_file):
    """Review t 08: the tiny preset (points, one output) heard "We feed each card", "the
    brightest output" and "Green means right" while its dots took their true colours. Points
    are points; a lone output's guess is its glow over one half; the check is said as drawn."""
    history = History.load(story_file(preset))
    chapter = chapter_module.Testing.__new__(chapter_module.Testing)
    chapter.history = history
    text = script_text("testing", chapter.facts())
    points = history.config["sizes"][0] == 2
    assert ("card" in text) != points
    assert ("We feed each point into it." in text) == points
    assert ("brightest output" in text) == (history.config["sizes"][-1] > 1)
    assert ("over one half means yes" in text) == (history.config["sizes"][-1] == 1)
    assert ("Green means right." in text) != points
    if points:
        assert "Each dot takes the colour of its right answer, ringed green if its guess was right." in text


def test_the_count_is_drawn_as_its_words_without_a_new_text_each_frame():
    """Priority 3: the count ("346 of 359 right, 13 wrong") made a new Text every frame (0.2 to
    0.4 s each at 480p). Tally moves glyphs drawn once; what it shows is a Text of the words,
    glyph for glyph, and the manifest's words are the numbers shown."""
    from manim import Text
    from scenes import screen
    from scenes.chapters.testing import Tally
    from scenes.kit import theme as themes
    t = themes.current()
    draw = lambda words, facts: Text(screen.words(words, facts), font=t.font, font_size=t.label_size)
    tally = Tally(draw, "{hits} of {n} right, {misses} wrong", {"hits": 359, "misses": 359}, {"n": 359})
    tally.text.move_to([-3.0, 2.0, 0])
    made = 0
    for hits, misses in ((0, 0), (9, 1), (21, 1), (346, 13), (100, 259)):
        before = Text.__init__
        def counting(self, *a, **k):
            nonlocal made
            made += 1
            before(self, *a, **k)
        Text.__init__ = counting
        try:
            tally.set(hits=hits, misses=misses)
        finally:
            Text.__init__ = before
        words = f"{hits} of 359 right, {misses} wrong"
        assert tally.text.original_text == words
        drawn = [g for g in tally.text if g.has_points()]
        fresh = draw(words, None)
        assert len(drawn) == len(fresh)
        shift = drawn[0].get_left() - fresh[0].get_left()
        for g, f in zip(drawn, fresh):
            assert np.abs(g.points - (f.points + shift)).max() < 1e-6, words
    assert made == 0


def test_the_middle_is_counted_as_training_counts_it(rendered):
    """Review h 08 and note 4: the digits' network here had 16 middle neurons and no "16";
    training writes each column's count. Under the middle column, its real size, as the network
    comes, at least 14 px."""
    history, entry, _ = rendered
    if not entry["shown"]["input_grid"]:
        pytest.skip("drawn without the picture's grid: the kit's own network")
    network = next(d for d in entry["drawn"] if d["text"] == "our network")
    n = str(history.config["sizes"][1])
    count = [d for d in entry["drawn"] if d["text"] == n and abs(d["t"] - network["t"]) < 0.05]
    assert count and count[0]["px"] >= 14 and abs(count[0]["x"] - chapter_module.INPUT_GRID["middle"]) < 0.2
    assert count[0]["y"] > -4 + 0.9


def test_the_picked_note_is_full_size(rendered):
    """Review h 08: "these cards: picked to show its mistakes", an honesty note, was small."""
    _, entry, _ = rendered
    note = [d for d in entry["drawn"] if " we picked: " in d["text"] or d["text"].endswith(" right guesses")]
    assert all(d["px"] >= 18 for d in note)


def test_the_ending_keeps_moving(rendered):
    """Review h 08: 105-120 s near still (two bars; 4.7 s without a change in the last line of
    main's render at 3 fps). The mistakes in 100 come under the bars as they are said, the
    line between the bars is drawn to "the general idea", and the percent pulses to the last
    word (no blink of the squares: reviews p/w, s14)."""
    _, entry, out = rendered
    grey = [(t, img.mean(axis=2)) for t, img in frames_of(entry, out)]
    last = entry["narration"][-1]
    assert longest_still(grey, last["start_s"], last["end_s"]) < 2.5


def test_the_first_note_steps_aside_for_the_memoriser_on_the_map(rendered):
    """Review t 08: on the map, seven lines of text stacked up on the right during the
    memoriser's demo. The first note ("grey dots: the N new points, never practised on") goes
    as the demo begins and is back as the honest test is named."""
    history, entry, out = rendered
    if history.config["sizes"][0] != 2:
        pytest.skip("the cards' demo clears the cards")
    n = len(history.split("test")[0])
    first = next(d for d in entry["drawn"] if d["text"].startswith(f"grey dots: the {n} new points"))
    honest = next(line for line in entry["narration"] if line["text"].startswith("Why not test it"))
    back = next(line for line in entry["narration"] if "the fair test is on" in line["text"])
    frames = frames_of(entry, out)
    h, w = frames[0][1].shape[:2]
    def patch(img):     # where the note's first line stands
        y, x = int(h / 2 - first["y"] * h / 8), int(w / 2 + first["x"] * h / 8)
        return img[max(0, y - 1):y + 2, x - 6:x + 7].max(axis=2)
    # the memoriser's column now starts where the note stood (its heading and first note are
    # drawn there): a note left under them would keep its own bright pixels lit, so most of
    # the note's bright pixels must go dark, not the whole patch (s18: the test read the
    # column's words as the note)
    note = patch([img for t, img in frames if t <= honest["start_s"] - 2.0][-1]) > 70   # the note alone
    during = [patch(img) for t, img in frames if honest["start_s"] + 1.5 <= t <= honest["end_s"]]
    after = [patch(img) for t, img in frames if back["end_s"] - 1.0 <= t <= back["end_s"]]
    assert note.sum() >= 3 and during   # a few pixels of small words at 160 x 90
    assert max(float((d[note] > 70).mean()) for d in during) < 0.5   # the note's words gone
    assert after and max(int(a.max()) for a in after) > 90          # the note's small words back (about 110 at 160 x 90)


def test_no_count_of_dials_is_drawn_and_the_fair_test_is_boxed_after_the_reason(rendered):
    """Review ab-k2 s23 (its ONE change): "1184 dials and 26 head starts" was jargon, drawn
    beside a small network for 12 s while nothing moved. No count of dials or head starts is
    drawn; the unseen examples are boxed as the fair test within the reason's section."""
    history, entry, _ = rendered
    snap = history.snapshot(history.snapshots[-1].step)
    n_dials = sum(np.size(w) for w in snap.weights)
    line = next(line for line in entry["narration"] if "needs new" in line["text"] and "for a fair test" in line["text"])
    assert not [d for d in entry["drawn"] if "head start" in d["text"] or f"{n_dials} dials" in d["text"]]
    boxed = next(d for d in entry["drawn"] if d["text"] == "never seen: the fair test")
    assert line["start_s"] < boxed["t"] <= max(l["end_s"] for l in entry["narration"] if "never saw" in l["text"])


def test_nearly_as_well_is_said_as_mistakes_in_100_and_no_wave_hides_the_grey(rendered):
    """Review n (s14): "nearly as well" (96 vs 99 %) was vague, and a white wave over the grid
    meant nothing and hid the grey squares. The mistakes in 100 are said from nncore's test
    guesses and the run's practice accuracy (100 minus each rounded percent); no wave."""
    history, entry, _ = rendered
    x, y = history.split("test")
    test_pct = round(100 * float((history.network(entry["shown"]["step"]).guesses(x) == classes_of(y)).mean()))
    train_pct = round(100 * history.final.train_accuracy)
    assert "wave_sweeps" not in entry["shown"]
    if 0 < train_pct - test_pct <= 5:
        against = f"against {100 - train_pct}" if train_pct < 100 else "against none"
        assert f"about {100 - test_pct} mistakes in 100 {against}." in said(entry)


def test_no_ghost_of_the_cards_under_the_memorisers_list(rendered):
    """Review l 08: at 15 s a crossfade showed the test cards and the practice list at once,
    ghosted over each other. The test cards go first; the practice list's heading comes at once
    after (no frame with the title alone)."""
    history, entry, out = rendered
    if history.config["sizes"][0] == 2:
        pytest.skip("the map stays for the memoriser's points")
    caption = next(d for d in entry["drawn"] if d["text"].endswith("examples it never practised on"))
    heading = next(d for d in entry["drawn"] if d["text"].endswith("practice examples") and d["text"][0].isdigit())
    honest = next(line for line in entry["narration"] if line["text"].startswith("Why not test it"))
    frames = frames_of(entry, out)
    h, w = frames[0][1].shape[:2]
    def patch(img, d):
        y, x = int(h / 2 - d["y"] * h / 8), int(w / 2 + d["x"] * h / 8)
        return img[max(0, y - 1):y + 2, x - 6:x + 7].max()
    window = [(patch(img, caption), patch(img, heading)) for t, img in frames
              if honest["start_s"] - 0.5 <= t <= honest["start_s"] + 2.5]
    assert window and not [p for p in window if min(p) > 60], window     # never both
    assert not [p for p in window if max(p) < 60], window                # never neither


# --- blind review 8 (session 14: reviews p, n, w) ---

def test_the_mistakes_in_100_are_drawn_under_each_bar_as_said(rendered):
    """Review p/w (s14): the squares blinked white with no meaning (a white flash of the whole
    tiny grid). No blink: "about 4 mistakes in 100 against 1" is drawn under the two bars, from
    nncore's test guesses and the run's practice accuracy, bright before the words."""
    history, entry, _ = rendered
    x, y = history.split("test")
    test_pct = round(100 * float((history.network(entry["shown"]["step"]).guesses(x) == classes_of(y)).mean()))
    train_pct = round(100 * history.final.train_accuracy)
    notes = [d for d in entry["drawn"] if d["text"].endswith(" wrong in 100") or d["text"] == "none wrong"]
    if not 0 < train_pct - test_pct <= 5:
        assert not notes and "mistakes_said_at" not in entry["shown"]
        return
    expected = [f"about {100 - test_pct} wrong in 100",
                f"about {100 - train_pct} wrong in 100" if train_pct < 100 else "none wrong"]
    assert [d["text"] for d in sorted(notes, key=lambda d: d["x"])] == expected   # unseen left, practice right
    said_at = entry["shown"]["mistakes_said_at"]
    assert all(said_at - 1.0 <= d["t"] and d["t"] + 0.4 <= said_at for d in notes), (said_at, notes)
    assert all(d["px"] >= 14 for d in notes)


def test_no_square_of_the_grid_turns_white(rendered):
    """Reviews p/w (s14): at 114 s the wrong squares turned white, and the tiny grid flashed
    white at 96 s, meaning nothing. From the count to the end no pixel in the grid is white."""
    history, entry, out = rendered
    from scenes.chapters.testing import GRID_AREA, GRID_CORNER
    count = next(line for line in entry["narration"] if line["text"].startswith("Now we count"))
    # (until the grid goes into the table, where a memoriser's grey and white names stand)
    frames = [img for t, img in frames_of(entry, out) if count["start_s"] + 1.0 <= t <= entry["shown"]["table_at"] - 0.7]
    h, w = frames[0].shape[:2]
    (x0, y0), (x1, y1) = to_px(frames[0], GRID_CORNER[0], GRID_CORNER[1]), to_px(frames[0], GRID_CORNER[0] + GRID_AREA[0],
                                                                                 GRID_CORNER[1] - GRID_AREA[1])
    white = [int(near(img[min(y0, y1) + 2:max(y0, y1) - 2, min(x0, x1) + 2:max(x0, x1) - 2], (240, 240, 240), 25).sum())
             for img in frames]
    assert max(white) < 20, max(white)


def test_the_dots_new_meaning_is_written_big_and_no_ring_is_promised_when_none_comes(rendered):
    """Review w 08 (s14): the dots' colours changed meaning (the network's answer -> the true
    answer) on a picture that looked the same, in small grey words; "ring: a mistake" stood dim
    and no ring came (no mistakes). The meaning is written at the label size, in its colour;
    with no mistake among the dots the note says "no rings: no mistakes"."""
    history, entry, _ = rendered
    if history.config["sizes"][0] != 2:
        pytest.skip("cards: green and a cross under each")
    drawn = entry["drawn"]
    guess = next(d for d in drawn if d["text"] == "the network's guess")
    truth = next(d for d in drawn if d["text"] == "the right answer")
    small = next(d for d in drawn if d["text"] == "each dot's colour now:")
    assert guess["px"] > small["px"] and truth["px"] > small["px"]
    wrong = sum(g != t for g, t in zip(entry["shown"]["guesses"], entry["shown"]["truths"]))
    texts = [d["text"] for d in drawn]
    # review 11c: "ring" named the classes (inner and outer rings), never a mistake's mark
    assert not [d for d in texts if "ring" in d and ("mistake" in d or "ring:" in d)], texts
    # with none wrong the check changes no dot: the note says so (review 11c: the check was invisible)
    none = "every dot kept its colour: no mistakes"
    if wrong == 0:
        assert none in texts and "cross: a mistake" not in texts
    else:
        assert "cross: a mistake" in texts and none not in texts


def test_the_shading_is_named_apart_from_the_dots(rendered):
    """Review s31 (tiny, a newcomer's read of the first frames): "grey dots: the 60 new points, /
    never practised on / the shading: our network's guess there", evenly spaced, read on as one
    sentence ("never practised on the shading"). The shading's line stands apart: the gap above
    it at least twice the gap between the dots' two lines."""
    history, entry, _ = rendered
    if history.config["sizes"][0] != 2:
        pytest.skip("cards: no map")
    drawn = entry["drawn"]
    first = next(d for d in drawn if d["text"].startswith("grey dots: "))
    second, shading = (next(d for d in drawn if d["text"] == words and d["t"] == first["t"])
                       for words in ("never practised on", "the shading: our network's guess there"))

    def gap(upper: dict, lower: dict) -> float:
        return (upper["y"] - upper["h"] / 2) - (lower["y"] + lower["h"] / 2)
    assert gap(second, shading) >= 2 * gap(first, second) > 0, (first, second, shading)


def test_the_dots_are_checked_one_by_one_while_it_is_said(rendered):
    """Review w 08 (s14): on the map every guess was right, so "each dot takes the colour of its
    true answer" changed nothing to be seen for 10 s. The dots pulse in turn through the words."""
    history, entry, _ = rendered
    if history.config["sizes"][0] != 2:
        pytest.skip("cards: green and a cross under each")
    line = next(line for line in entry["narration"] if line["text"].startswith("Now we check"))
    start, end = entry["shown"]["dots_checked"]
    # (from "Each dot takes the colour", after the first point is checked alone: review ab-c s29)
    sweep = first_cue_with(entry, "Each dot takes the colour")
    assert sweep["start_s"] - 0.6 <= start <= sweep["start_s"] + 0.5 and end - start >= 2.0 and end <= line["end_s"]


def test_the_practice_cards_stand_full_a_second_before_the_question(rendered):
    """Review p 08 (s14): at 15 s the practice cards were caught fading in under their heading
    as "Why not test it on practice examples?" began. They come in the quiet before it, a
    second ahead, after the first words have ended."""
    history, entry, _ = rendered
    if history.config["sizes"][0] == 2:
        pytest.skip("the map stays for the memoriser's points")
    honest = next(line for line in entry["narration"] if line["text"].startswith("Why not test it"))
    before = max(line["end_s"] for line in entry["narration"] if line["end_s"] <= honest["start_s"])
    heading = next(d for d in entry["drawn"] if d["text"].endswith("practice examples") and d["text"][0].isdigit())
    assert before + 0.3 <= heading["t"] and heading["t"] + 0.3 <= honest["start_s"] - 0.9, (before, heading, honest)


# --- review s16 ---

def test_the_key_shows_the_colours_the_squares_are_drawn_in(rendered):
    """Review s16: the key said "grey wrong" under wrong squares that looked nearly white
    (theme.wrong, light since s15). The key names no colour: beside "right," and "wrong" it
    draws a square of each, the colour of the grid's squares nncore scores right and wrong,
    read off the grid's last frame (before it goes into the table at the end)."""
    history, entry, out = rendered
    drawn = [d["text"] for d in entry["drawn"]]
    assert not [d for d in drawn if "grey wrong" in d or "green right" in d], drawn
    assert "right," in drawn and "wrong" in drawn
    x, y = history.split("test")
    wrong_at = history.network(entry["shown"]["step"]).guesses(x) != classes_of(y)
    img = [img for t, img in frames_of(entry, out) if t <= entry["shown"]["table_at"] - 0.7][-1]
    cols, pitch = chapter_module.grid_shape(len(x), *chapter_module.GRID_AREA)
    x0, y0 = chapter_module.GRID_CORNER
    def square(i):
        row, col = divmod(i, cols)
        px, py = to_px(img, x0 + (col + 0.5) * pitch, y0 - (row + 0.5) * pitch)
        return img[py, px]
    key = entry["shown"]["key_squares"]
    for kind, which in (("right", ~wrong_at), ("wrong", wrong_at)):
        if not which.any():
            continue
        px, py = to_px(img, *key[kind])
        swatch = img[py, px]
        grid = np.median([square(i) for i in np.flatnonzero(which)], axis=0)
        assert np.abs(swatch - grid).max() <= 30, (kind, swatch, grid)


def test_no_still_stretch_while_words_are_said(rendered):
    """Review s16: stills at the ends of sections (the dials that could learn by heart, the
    feeding's first words, the crosses and right answers). While any line is said, the frame
    changes at least every 5 s."""
    _, entry, out = rendered
    grey = [(t, img.mean(axis=2)) for t, img in frames_of(entry, out)]
    for line in entry["narration"]:
        assert longest_still(grey, line["start_s"], line["end_s"]) <= 5.0, line["text"][:60]


def test_the_count_is_on_screen_as_its_words_begin(rendered):
    """Review s16: "Now we count" began over the sample's cards, the grid coming a second
    later. The grid's frame and key stand before the line begins."""
    _, entry, _ = rendered
    line = next(line for line in entry["narration"] if line["text"].startswith("Now we count"))
    key = next(d for d in entry["drawn"] if d["text"] == "one square per example:")
    assert key["t"] + 0.4 <= line["start_s"], (key, line["start_s"])


def test_each_card_is_fed_under_its_own_caption(rendered):
    """Review 11b: the words ran 3-6 s behind the cards: "it guesses 1" was still the caption
    as the third card lit, and "And the next: 2" as the sixth was done (one caption held
    both). Each slow card lights once the caption with its own guess is up, that caption
    holds no other card's guess, and the quick ones go under the caption that names them."""
    history, entry, _ = rendered
    if history.config["sizes"][0] == 2:
        return
    labels, feed, times = guesses_drawn(history, entry)
    slow = chapter_module.SLOW
    lit = entry["shown"]["card_lit_at"]
    assert len(lit) == slow - 1
    line = [c for c in entry["cues"] if feed["start_s"] - 1e-3 <= c["start_s"] <= feed["end_s"]]
    for k, at in enumerate(lit, start=1):
        words = (f"its own way: it guesses {labels[k]}." if k == 1 else f"own lights: it guesses {labels[k]}.")
        cue = next(c for c in line if words in c["text"])
        assert cue["start_s"] <= at + 0.05 and cue["text"].count("guesses") == 1, (cue, at)
        assert cue["start_s"] - 0.5 <= times[k] <= cue["end_s"]
    rest = next(c for c in line if c["text"].startswith("And the other "))
    assert "guesses" not in rest["text"] and rest["start_s"] <= times[slow] + 0.4   # a frame of the 3-fps test render


# --- review 11c (tiny) ---

def test_the_count_is_done_before_its_result_is_said(rendered):
    """Review 11c: "It gets every one of them right" was said over "checked 0 of 60". The grid
    stands whole (as in the last frame) by the time the result's words begin."""
    history, entry, out = rendered
    from scenes.chapters.testing import GRID_AREA, GRID_CORNER
    at = entry["shown"]["result_said_at"]
    frames = frames_of(entry, out)
    img = next(img for t, img in frames if t >= at)
    (x0, y0), (x1, y1) = (to_px(img, GRID_CORNER[0], GRID_CORNER[1]),
                          to_px(img, GRID_CORNER[0] + GRID_AREA[0], GRID_CORNER[1] - GRID_AREA[1]))
    grid = lambda im: im[y0:y1, x0:x1].mean(axis=2)
    # the whole grid: as it stands the moment before the comparison begins (the last frame
    # has a white frame round the grid, drawn to "the general idea": s18)
    compare = next(line for line in entry["narration"] if line["start_s"] > at + 0.5)
    whole = [im for t, im in frames if t < compare["start_s"]][-1]
    # (a square still to come differs by ~100 grey levels; the video's noise by a few)
    assert (np.abs(grid(img) - grid(whole)) > 40).mean() < 0.01, at


def test_every_one_right_is_said_once_when_every_example_was_checked(rendered):
    """Review 11c: the tiny run's 100% was said three times (the check, the count, the
    percent). With every example shown and none wrong, the count says only the percent."""
    history, entry, _ = rendered
    text = said(entry)
    assert text.count("every one of") <= 1 and text.count("100 percent") <= 1, text


def test_each_score_is_100_squares_side_by_side_with_its_mistakes_countable(rendered):
    """Review 11b and e2 s18 (its ONE change): the 96 % and 99 % bars looked the same; "4
    against 1 in 100" was heard, not seen. Each score is 100 squares, 10 by 10, the two side by
    side: as many grey as its mistakes in 100 (100 minus the percent drawn, from nncore's test
    guesses and the run's practice score), the rest green, each at least 12 px at 480p; read
    off the last frame (the first square green, each wrong one light grey)."""
    history, entry, out = rendered
    x, y = history.split("test")
    test_pct = round(100 * float((history.network(entry["shown"]["step"]).guesses(x) == classes_of(y)).mean()))
    train_pct = round(100 * history.final.train_accuracy)
    hundreds = entry["shown"]["hundreds"]
    if few(history):   # one square per example: test_few_examples_are_scored_one_square_each
        return
    for key, pct in (("unseen", test_pct), ("practice", train_pct)):
        assert hundreds[key]["wrong"] == 100 - pct and hundreds[key]["right"] == pct
        assert len(hundreds[key]["centres"]) == hundreds[key]["wrong"] and hundreds[key]["side"] * 60 >= 12
    last = frames_of(entry, out)[-1][1]
    # in the last frame the blocks stand smaller, in the top row over a memoriser's (memo_row)
    ours = entry["shown"]["memo_row"]["ours"]
    for key in ("unseen", "practice"):
        assert has_colour(last, *ours[key]["first"], GREEN), key
        assert len(ours[key]["centres"]) == hundreds[key]["wrong"]
        for wx, wy in ours[key]["centres"]:
            assert has_colour(last, wx, wy, GREY), (key, wx, wy)   # light grey, not the background
    names = {k: next(d for d in entry["drawn"] if d["text"] == f"out of every 100 {k}") for k in ("unseen", "practice")}
    assert abs(names["unseen"]["y"] - names["practice"]["y"]) < 0.05 and names["unseen"]["x"] < names["practice"]["x"] - 2


def test_each_percent_has_its_real_count_under_it_while_it_is_read(rendered):
    """Reviews ab-x2 s25 (tiny: 60 squares counted, then a block of 100 "looks like a second,
    different test") and ab-k2-r1 s25 (digits: the grid and the block "not said to be the same
    thing"): under each percent the real count it comes from, recomputed here with nncore's
    final guesses: right ones of all the unseen examples, of all the practice examples. Each
    comes with its percent, under its block, and goes as the memoriser's row takes the room."""
    history, entry, out = rendered
    from scenes.chapters.testing import HUNDRED_X
    shown = entry["shown"]
    net = history.network(shown["step"])
    counts = shown["score_counts"]
    for key, x_key, at in (("unseen", "test", HUNDRED_X[0]), ("practice", "train", HUNDRED_X[1])):
        x, y = history.split(x_key)
        assert counts[key] == [int((net.guesses(x) == classes_of(y)).sum()), len(x)], key
    unseen, practice = (f"{a} of {b} right" for a, b in (counts["unseen"], counts["practice"]))
    # (the first of each: the table at the end draws them again, in its cells)
    drawn = {d["text"]: d for d in reversed(entry["drawn"]) if d["t"] > shown["result_said_at"] - 5}
    if few(history):   # the unseen percent beside the counted grid, the practice one under its squares
        cols, pitch = chapter_module.grid_shape(len(history.split("test")[0]), *chapter_module.GRID_AREA)
        grid_right = chapter_module.GRID_CORNER[0] + cols * pitch
        assert grid_right < drawn[unseen]["x"] < drawn[practice]["x"] - 2, (drawn[unseen], drawn[practice])
        assert abs(drawn[practice]["x"] - chapter_module.REAL_PRACTICE[0]) < 0.05 and drawn[practice]["y"] < 0
    for words, x in () if few(history) else ((unseen, HUNDRED_X[0]), (practice, HUNDRED_X[1])):
        assert abs(drawn[words]["x"] - x) < 0.05 and drawn[words]["y"] < 0, drawn[words]
    # with its percent (the "?" gone by then), the practice one after it
    big = drawn[f"{round(100 * shown['test_accuracy'])}%"]
    assert shown["result_said_at"] < drawn[unseen]["t"] and abs(drawn[unseen]["t"] - big["t"]) < 0.1
    assert shown["unknown_gone_at"] <= drawn[unseen]["t"] + 0.7   # gone by the end of the fade it comes in
    assert drawn[unseen]["t"] < drawn[practice]["t"] < counts["gone_at"] <= shown["memo_said_at"]


def test_a_memorisers_scores_are_blocks_of_their_own_under_ours_as_said(rendered):
    """Reviews ab-x3 s24 (both tiny reviewers' change): "memoriser: 0%" and "memoriser: 100%"
    were small labels under our big figures, easy to read as ours. A memoriser's row of its
    own under ours, named: its practice block all green (every practice example is on its
    list), its unseen block green only for the unseen examples exactly equal to a practice one
    (counted from nncore's data: none), the rest grey: read off the last frame. Its practice
    percent comes as "A memoriser knows every practice example" is said, its unseen one as
    "and no unseen one"."""
    history, entry, out = rendered
    x, _ = history.split("train")
    xt, _ = history.split("test")
    known = sum(bool(np.all(x == row, axis=1).any()) for row in xt)
    unseen_pct = round(100 * known / len(xt))
    words = "no unseen one" if known == 0 else f"only {count_words(known)} unseen one"
    assert f"A memoriser knows every practice example, and {words}" in said(entry)
    # no small labels of its scores (the close-up's "memoriser: no answer" is no score)
    assert not [d for d in entry["drawn"] if d["text"].startswith("memoriser: ") and any(c.isdigit() for c in d["text"])]
    shown = entry["shown"]
    row, said_at, unseen_at = shown["memo_row"], shown["memo_said_at"], shown["memo_unseen_said_at"]
    if few(history):   # its real examples, one square each
        assert (row["unseen"]["right"], row["unseen"]["wrong"]) == (known, len(xt) - known)
        assert (row["practice"]["right"], row["practice"]["wrong"]) == (len(x), 0)
    else:
        assert (row["unseen"]["right"], row["unseen"]["wrong"]) == (unseen_pct, 100 - unseen_pct)
        assert (row["practice"]["right"], row["practice"]["wrong"]) == (100, 0)
    # each row named on its left, in a table (review ab-k2-r1 s26): ours over the memoriser's
    heading = next(d for d in entry["drawn"] if d["text"] == "a memoriser" and d["t"] >= said_at - 1.5)
    assert said_at - 1.5 <= heading["t"] <= said_at and heading["px"] >= 18
    ours = next(d for d in entry["drawn"] if d["text"] == "our network" and d["t"] >= said_at - 1.5)
    assert ours["t"] == heading["t"] and ours["y"] > heading["y"] + 1.5 and abs(ours["x"] - heading["x"]) < 0.05
    values = [d for d in entry["drawn"] if d["t"] >= said_at - 0.1 and d["text"] in (f"{unseen_pct}%", "100%")
              and abs(d["y"] - heading["y"]) < 1.0]
    practice = next(d for d in values if d["x"] > heading["x"] and d["text"] == "100%")
    unseen = next(d for d in values if heading["x"] < d["x"] < practice["x"] and d["text"] == f"{unseen_pct}%")
    assert said_at - 0.1 <= practice["t"] < unseen_at - 0.3 and unseen_at - 0.3 <= unseen["t"] <= unseen_at + 0.3
    assert min(practice["px"], unseen["px"]) >= 24
    last = frames_of(entry, out)[-1][1]
    # reading order: its right squares first, then its wrong ones (no answer: the theme's grey)
    for key, pct in (("practice", 100), ("unseen", unseen_pct)):
        first, end = row[key]["first"], row[key]["last"]
        ours_top = row["ours"][key]["first"][1]
        # right of its name, level with it, under ours
        assert first[0] > heading["x"] and end[1] < heading["y"] < first[1] < ours_top - 1.5, (key, row)
        for (cx, cy), colour in zip((first, end), (GREEN if pct > 0 else GREY, GREEN if pct == 100 else GREY)):
            # (one square per example: tiny's 240 practice squares are about 1 px at the tests' 160 x 90)
            assert (nearest_is if few(history) else has_colour)(last, cx, cy, colour), (key, cx, cy, colour)


def nearest_is(img: np.ndarray, x: float, y: float, rgb: tuple[int, int, int]) -> bool:
    """Whether a pixel within one of the scene point (x, y) is nearer `rgb` than the other of
    green and grey and than the background: a square blended into it, under 1 px wide."""
    px, py = to_px(img, x, y)
    patch = img[max(0, py - 1):py + 2, max(0, px - 1):px + 2].reshape(-1, 3).astype(float)
    options = np.array([rgb, GREY if rgb == GREEN else GREEN, img[2:6, 2:6].reshape(-1, 3).mean(axis=0)], float)
    return bool((np.linalg.norm(patch[:, None] - options[None], axis=-1).argmin(axis=1) == 0).any())


def test_the_grid_stands_dim_before_the_count_is_said(rendered):
    """Review ab2 (s17): at 108 s the frame was nearly blank as "Now we count all of the
    unseen examples" was said. Every example's square stands, dim, as the words begin: its
    outline is lit above the background in the frame at the line's start."""
    history, entry, out = rendered
    from scenes.chapters.testing import GRID_CORNER
    line = next(line for line in entry["narration"] if line["text"].startswith("Now we count"))
    frames = frames_of(entry, out)
    img = next(img for t, img in frames if t >= line["start_s"])
    n, cols, pitch = entry["shown"]["n_test"], *chapter_module.grid_shape(entry["shown"]["n_test"], *chapter_module.GRID_AREA)
    background = img[2:6, 2:6].mean()
    # each square's cell has its outline lit (review d2 s18: unchecked squares are hollow, so
    # the lit share of the area is small; every square still stands)
    lit = []
    for i in range(n):
        r, c = divmod(i, cols)
        (a, b), (e, f) = (to_px(img, GRID_CORNER[0] + c * pitch, GRID_CORNER[1] - r * pitch),
                          to_px(img, GRID_CORNER[0] + (c + 1) * pitch, GRID_CORNER[1] - (r + 1) * pitch))
        lit.append(img[b:max(f, b + 1), a:max(e, a + 1)].mean(axis=2).max() > background + 15)
    assert np.mean(lit) > 0.9, np.mean(lit)


def test_the_count_runs_on_screen_while_the_grid_fills(rendered):
    """Under the dim grid (s18) the count's words froze at "checked 0 of N" while the squares
    filled (manim redraws only what comes after the first moving mobject). Read off the frames:
    the words over the grid change between the line's start and its result."""
    history, entry, out = rendered
    from scenes.chapters.testing import GRID_CORNER
    line = next(line for line in entry["narration"] if line["text"].startswith("Now we count"))
    frames = frames_of(entry, out)
    start = next(img for t, img in frames if t >= line["start_s"])
    # half way through the count (after it, the whole frame is drawn again, count and all)
    middle = next(img for t, img in frames if t >= (line["start_s"] + entry["shown"]["result_said_at"]) / 2)
    (x0, y0), (x1, y1) = to_px(start, GRID_CORNER[0], GRID_CORNER[1] + 0.6), to_px(start, GRID_CORNER[0] + 5.0,
                                                                                    GRID_CORNER[1] + 0.05)
    words = lambda im: im[y0:y1, x0:x1].mean(axis=2)
    assert (np.abs(words(start) - words(middle)) > 40).mean() > 0.02


def test_the_picked_words_are_drawn_as_they_are_said(rendered):
    """Review ab2 (s17): 9-12 s, "picked to show some of its mistakes" had no caption (the
    picked note came at 114 s). Its words stand under the cards by the time they are said."""
    history, entry, _ = rendered
    unseen = entry["narration"][0]
    if not unseen["text"].endswith("picked to show some of its mistakes."):
        assert "pick_note_at" not in entry["shown"]
        return
    note = next(d for d in entry["drawn"] if d["text"] == "picked to show some of its mistakes")
    picked = entry["shown"]["opening_marks"]["here"]   # "Here are twelve of them, picked ..."
    assert picked <= note["t"] <= unseen["end_s"] - 0.5 and note["px"] >= 14, (note, unseen)


def test_the_general_idea_is_written_as_it_is_said(rendered):
    """Review ab2 (s17): "It learned the general idea" (126-129 s) had nothing on screen. As the
    line's last sentence begins, the grid is framed and the idea written under the bars, in
    words that fit the two percents (every one right, or most)."""
    history, entry, _ = rendered
    line = entry["narration"][-1]
    test_pct = round(100 * entry["shown"]["test_accuracy"])
    # review v2 s19: "right on every new example" overclaimed from 60: the count said
    words = f"right on all {entry['shown']['n_test']} new examples" if test_pct == 100 else "right on most new examples"
    idea = next(d for d in entry["drawn"] if d["text"] == words)
    assert line["start_s"] <= idea["t"] <= line["end_s"] - 1.0 and idea["px"] >= 14, (idea, line)
    assert abs(idea["t"] - entry["shown"]["idea_at"]) < 0.05 and idea["y"] > -3.7


# --- blind review, tiny preset (session 17) ---

def test_the_two_scores_are_framed_together_as_they_are_compared(rendered):
    """Review tiny 08 (s17): about 18 s of a still grid and two bars. As "just as well" (or
    "nearly as well") is said, a white frame stands round both percents: read off the frame."""
    _, entry, out = rendered
    line = next(line for line in reversed(entry["narration"]) if "On its practice" in line["text"] or "On practice" in line["text"])
    at, x0, y0, x1, y1 = entry["shown"]["both_framed"]
    assert line["start_s"] <= at <= line["end_s"]
    frames = frames_of(entry, out)
    h, w = frames[0][1].shape[:2]
    def edge(img):   # the frame's top edge, along its length: a 3-px line is a third of a pixel
        # at 160 x 90, so its faint pixels are averaged along the edge (s18: one spot mid-way
        # stood on the top of the percent's digits)
        py, px0, px1 = (int(round(h / 2 - y1 * h / 8)), int(round(w / 2 + x0 * h / 8)) + 2,
                        int(round(w / 2 + x1 * h / 8)) - 2)
        return float(img[py - 1:py + 2, px0:px1].min(axis=2).max(axis=0).mean())
    before = [edge(img) for t, img in frames if at - 1.0 <= t < at]
    framed = [edge(img) for t, img in frames if at + 0.7 <= t <= at + 1.5]
    assert before and framed and min(framed) - max(before) > 20, (before, framed)


# --- review d2 (session 18) ---

def test_the_practice_score_stands_beside_unseen_unknown_as_said(rendered):
    """Review d2 s18: "tuned on the practice examples, so the fair test..." rested on "so". As
    "... right on practice does not tell us about new ones" is said, the network's real practice score
    (nncore's, final weights) is drawn. Pictures (review g2 s19, its ONE change): as 100
    squares, then the unseen ones' 100 beside it, empty, with "?". Points (review v2 s19): the
    memoriser's practice score (every practice point is on its list) beside our network's."""
    history, entry, _ = rendered
    if history.config["sizes"][0] == 2:
        return   # points: test_the_same_practice_score_is_under_both_maps_as_said
    x, y = history.split("train")
    pct = f"{round(100 * history.network(history.snapshots[-1].step).accuracy(x, y))}%"
    cue = first_cue_with(entry, "does not tell us")   # the caption may break the line after it
    line = next(l for l in entry["narration"] if "does not tell us about new ones" in l["text"])

    def during(d: dict) -> bool:
        return cue["start_s"] - 1.0 <= d["t"] <= line["end_s"]
    assert entry["shown"]["fit"]["percent"] == pct
    value = next(d for d in entry["drawn"] if d["text"] == pct and during(d))
    practice, unseen = (next(d for d in entry["drawn"] if d["text"] == f"out of every 100 {k}" and during(d))
                        for k in ("practice", "unseen"))
    mark = next(d for d in entry["drawn"] if d["text"] == "?" and during(d))
    assert practice["t"] == value["t"] < unseen["t"] == mark["t"] <= line["end_s"], (practice, value, unseen, mark)
    assert unseen["x"] < practice["x"] - 2 and min(d["px"] for d in (practice, unseen, mark)) >= 14


def block_green(img: np.ndarray, cx: float) -> float:
    """The share of a 100-square block's area (centre x cx, at HUNDRED_TOP) that is green."""
    pitch, top = chapter_module.HUNDRED_PITCH, chapter_module.HUNDRED_TOP
    (x0, y0), (x1, y1) = to_px(img, cx - 5 * pitch, top), to_px(img, cx + 5 * pitch, top - 10 * pitch)
    return float(near(img[y0:y1, x0:x1], GREEN, 60).mean())


def test_the_unseen_block_is_empty_until_its_score_is_said(rendered):
    """Review g2 s19 (its ONE change): "99 percent right on practice does not tell us about new ones"
    is seen: the practice block full (green) beside the unseen block empty; the unseen block
    is still empty as the count begins, and fills when its score is said (green as the two
    scores are compared: later it stands smaller, over a memoriser's)."""
    history, entry, out = rendered
    frames = frames_of(entry, out)
    unseen_x, practice_x = chapter_module.HUNDRED_X
    count = next(line for line in entry["narration"] if line["text"].startswith("Now we count"))
    at_count = next(img for t, img in frames if t >= count["start_s"])
    assert block_green(at_count, unseen_x) < 0.05
    if few(history):   # its score is the counted grid itself (test_few_examples_are_scored_one_square_each)
        return
    compared = next(img for t, img in frames if t >= entry["narration"][-1]["start_s"])
    assert block_green(compared, unseen_x) > 0.4
    if history.config["sizes"][0] == 2:
        return
    honest = next(line for line in entry["narration"] if "does not tell us about new ones" in line["text"])
    shown = [img for t, img in frames if entry["shown"]["fit_at"] + 0.7 <= t <= honest["end_s"]]
    assert shown and max(block_green(img, practice_x) for img in shown) > 0.4
    assert max(block_green(img, unseen_x) for img in shown) < 0.05


def test_the_memorisers_map_stands_beside_the_networks_with_the_same_new_point(rendered):
    """Review ab_w2 s21 (tiny, its ONE change): five lines of text at 21-51 s. The memoriser's
    map stands beside the network's: the same square, grey and hatched (no answer) but for a
    disc of its answer's colour round each real practice point (placed as the data puts it);
    the same new point on both, on no disc; "?" beside it on the memoriser's, our network's
    real answer beside it on its own map. No text stack: no row of numbers (the close-up of
    "never quite the same", two points' numbers, is its own test below)."""
    history, entry, out = rendered
    if history.config["sizes"][0] != 2:
        return
    from scenes.chapters.testing import MEMO_MAP_AT, MEMO_MAP_SIDE
    from scenes.kit.readings import plane_bounds
    x, y = history.split("train")
    xt, _ = history.split("test")
    memo = entry["shown"]["memo_map"]
    assert memo["side"] == MEMO_MAP_SIDE and memo["drawn"] == len(x)
    first = xt[entry["shown"]["memo_example"]]
    assert memo["new"] == [float(first[0]), float(first[1])]
    # the data's points, through the network's map (side 5.2, centre (-3.55, -0.25)) and onto the memoriser's
    (u0, u1), (v0, v1) = plane_bounds(np.vstack([x, xt]))
    on_map = lambda p: np.array([((p[..., 0] - u0) / (u1 - u0) - 0.5) * 5.2, ((p[..., 1] - v0) / (v1 - v0) - 0.5) * 5.2]).T
    scale = MEMO_MAP_SIDE / 5.2
    placed = np.array(MEMO_MAP_AT) + scale * on_map(x)
    new_here = on_map(first[None, :])[0] + np.array([-3.55, -0.25])
    new_there = np.array(MEMO_MAP_AT) + scale * on_map(first[None, :])[0]
    assert np.allclose(memo["new_here"], new_here, atol=0.01) and np.allclose(memo["new_there"], new_there, atol=0.01)
    # the new point is on no disc: farther from every practice point than a disc and the point
    assert 0 < memo["radius"] <= 0.5 * np.linalg.norm(placed - new_there, axis=1).min() + 1e-4
    honest = next(n for n in entry["narration"] if n["text"].startswith("Why not test it"))
    drawn = [d for d in entry["drawn"] if honest["start_s"] - 2 <= d["t"] <= honest["end_s"]]
    texts = [d["text"] for d in drawn]
    assert not [t for t in texts if "→" in t or t.startswith("its list") or t in ("close up", "new point: not on the list")]
    # (the practice points' count stands where the map comes, before it: review s22)
    assert not [t for t in texts if t.startswith("each seen") and t != f"each seen {history.final.epoch} times:"], texts
    mark = next(d for d in drawn if d["text"] == "?")
    assert abs(mark["x"] - new_there[0]) < 0.6 and abs(mark["y"] - new_there[1]) < 0.6
    guess = int(history.network(entry["shown"]["step"]).guesses(first[None, :])[0])
    # (after the "?": the close-up names the nearest practice point's answer before it)
    answer = next(d for d in drawn if d["text"] == str(history.labels[guess]) and d["t"] > mark["t"])
    # between the two maps, at the new point's height (a line joins them: review s22, over the map it hid it)
    assert -3.55 + 2.6 < answer["x"] < MEMO_MAP_AT[0] - MEMO_MAP_SIDE / 2, answer
    assert abs(answer["y"] - np.clip(new_here[1], -1.2, 1.2)) < 0.6, (answer, new_here)
    assert answer["t"] > mark["t"]
    # read off a frame as "a memoriser has no answer" ends: the memoriser's square is grey,
    # not the page and not a class's colour, but its practice points are in their answers' colours
    frames = frames_of(entry, out)
    cue = first_cue_with(entry, "a memoriser has no guess")
    img = next(img for t, img in frames if t >= cue["end_s"] - 0.3)
    background = img[2:6, 2:6].mean(axis=(0, 1))
    c = np.array(MEMO_MAP_AT)
    (a0, b0), (a1, b1) = to_px(img, *(c + [-0.45 * MEMO_MAP_SIDE, 0.45 * MEMO_MAP_SIDE])), \
        to_px(img, *(c + [0.45 * MEMO_MAP_SIDE, -0.45 * MEMO_MAP_SIDE]))
    panel = img[b0:b1, a0:a1]
    colors = class_colors(len(history.labels))
    rgb = [tuple(int(k[i:i + 2], 16) for i in (1, 3, 5)) for k in colors]
    page = near(panel, tuple(background), 8)
    coloured = np.any([near(panel, k, 40) for k in rgb], axis=0)
    assert page.mean() < 0.1 and (~page & ~coloured).mean() > 0.3, (page.mean(), coloured.mean())
    truths = classes_of(y)
    # (each dot, under a pixel wide at 160 x 90, blends with the grey: its pixels are nearer its
    # own answer's colour than the other's; a fixed tolerance passed only dim colours, review s32)
    gap = lambda area, k: np.abs(area.astype(int) - np.array(rgb[k])).max(axis=-1).min()
    hits = [gap(area, truths[k]) < min(gap(area, j) for j in range(len(rgb)) if j != truths[k])
            for k in range(len(x)) for px, py in [to_px(img, *placed[k])] for area in [img[py - 1:py + 2, px - 1:px + 2]]]
    assert np.mean(hits) > 0.8, np.mean(hits)


def test_never_quite_the_same_is_a_close_up_of_the_new_point_and_its_nearest_practice_point(rendered):
    """Review ab-x2-r1 s25 (tiny, its ONE change): 24-33 s a still picture while "never quite
    the same as one on the list, even when it looks alike" was said. The memoriser's map is
    seen close up between the two maps: the new point and the practice point nearest to it
    (recomputed here from the data), placed as the data places them. Review ab2-x2 s27 (tiny,
    its ONE change): their coordinates were two pairs of small numbers to compare; each is now
    named in words at the end of a line to it ("the new point", "on the list: <its answer>"),
    no number, at 16 px; a dashed line spans the visible gap between them with "close, but
    not the same" as "never quite the same" is said; "memoriser: no answer" with the "?"; all
    gone before our network answers in that column."""
    history, entry, out = rendered
    if history.config["sizes"][0] != 2:
        return
    from scenes.chapters.testing import MEMO_MAP_AT, MEMO_MAP_SIDE
    x, y = history.split("train")
    first = history.split("test")[0][entry["shown"]["memo_example"]]
    shown = entry["shown"]
    zoom = shown["zoom"]
    nearest = int(np.argmin(np.linalg.norm(x - first, axis=1)))
    assert zoom["nearest"] == nearest and zoom["near"] == [float(v) for v in x[nearest]]
    assert zoom["new"] == [float(v) for v in first] and zoom["new"] != zoom["near"]
    label = str(history.labels[int(classes_of(y[nearest:nearest + 1])[0])])
    assert zoom["words"] == ["the new point", "on the list:", label, "close, but not the same",
                             "memoriser: no guess"], zoom["words"]
    # placed as the data places them: the same direction from one to the other, a gap between
    # their rings (18 px at 480p), in the window
    new_at, near_at = np.array(zoom["new_at"]), np.array(zoom["near_at"])
    step, data = near_at - new_at, x[nearest] - first
    assert np.dot(step, data) / (np.linalg.norm(step) * np.linalg.norm(data)) > 0.99
    assert np.linalg.norm(step) - 2 * zoom["ring"] >= 0.3 and zoom["ring"] > zoom["disc"] > 0
    (l, b, r, t) = zoom["window"]
    assert all(l < p[0] < r and b < p[1] < t for p in (new_at, near_at))
    # the dashed gap runs from ring to ring
    g = np.array(zoom["gap"])
    assert np.linalg.norm(g[:2] - new_at) == pytest.approx(zoom["ring"], abs=0.02)
    assert np.linalg.norm(g[2:] - near_at) == pytest.approx(zoom["ring"], abs=0.02)
    # each name's line ends on its own point's ring and starts at its name
    for (x0, y0, x1, y1), at, words in zip(zoom["lines"], (new_at, near_at), (zoom["new_words"], zoom["near_words"])):
        assert np.linalg.norm(np.array([x1, y1]) - at) == pytest.approx(zoom["ring"], abs=0.02), (at, x1, y1)
        assert words[0] - 0.1 <= x0 <= words[2] + 0.1 and words[1] - 0.1 <= y0 <= words[3] + 0.1, (words, x0, y0)
    # between the two maps (the network's ends at -0.95), above the subtitles' band
    left, bottom, right, top = zoom["all"]
    assert -0.95 < left and right < MEMO_MAP_AT[0] - MEMO_MAP_SIDE / 2 and bottom > -3.0 and top < 3.0
    # no number written in the column while the close-up stands; its words at 16 px
    start, end = shown["memo_new_at"][0] - 0.1, zoom_end(shown)
    column = [d for d in entry["drawn"] if start <= d["t"] <= end and -0.95 < d["x"] < left + (right - left)]
    assert not [d["text"] for d in column if any(c.isdigit() for c in d["text"])], column
    drawn = {d["text"]: d for d in column}
    assert all(drawn[w]["px"] >= 16 for w in zoom["words"]), [(w, drawn[w]["px"]) for w in zoom["words"]]
    # timing: the new point's name as "A new example" is said, the list's and the gap's as
    # "never quite the same" is (before the "?"), "no answer" with the "?", gone before "our network:"
    mark = next(d["t"] for d in entry["drawn"] if d["text"] == "?" and d["t"] >= shown["memo_new_at"][0])
    assert abs(drawn["the new point"]["t"] - shown["memo_new_at"][0]) < 0.2
    for w in ("on the list:", "close, but not the same"):
        assert shown["alike_said_at"] - 0.05 <= drawn[w]["t"] <= shown["alike_said_at"] + 1.5 and drawn[w]["t"] < mark
    assert abs(drawn["memoriser: no guess"]["t"] - mark) < 0.2 and shown["zoom_at"][0] == mark
    ours = next(d["t"] for d in entry["drawn"] if d["text"] == "our network:" and d["t"] > mark)
    assert mark < zoom_end(shown) <= ours + 0.05


def zoom_end(shown: dict) -> float:
    return shown["zoom_at"][-1]


def test_fit_too_closely_outlines_the_squares_that_tell_the_two_apart(rendered):
    """Review ab-k2-r2 s25 (digits, its ONE change): at 48-57 s the two 1s stood still while
    "can fit them too closely" was said; nothing showed what it means. The squares where the
    practice drawing and its unseen look-alike differ (recomputed here from the data) are
    outlined at the same place on both pictures as "These two 1s differ in just two squares"
    is said, before the outputs show one right and the other wrong."""
    history, entry, _ = rendered
    shown = entry["shown"]
    if "pair" not in shown:
        return
    from scenes.chapters.testing import DIFFER, PAIR_CARD
    pair = shown["pair"]
    a, b = history.split("train")[0][pair["practice"]], history.split("test")[0][pair["unseen"]]
    expected = [int(k) for k in np.flatnonzero(np.abs(a - b) >= DIFFER)]
    assert pair["differ"] == expected and 0 < len(expected) < 16   # a few squares: "just"
    side = int(round(np.sqrt(len(a))))
    cell = PAIR_CARD / side
    for at, centres in zip(pair["at"], pair["differ_at"]):
        want = [[at[0] + (k % side - (side - 1) / 2) * cell, at[1] + ((side - 1) / 2 - k // side) * cell] for k in expected]
        assert np.allclose(centres, want, atol=0.02), (centres, want)
    label = str(history.labels[pair["truth"]])
    n = len(expected)
    squares = f"{count_words(n)} square{'' if n == 1 else 's'}"
    assert (f"These two {label}s differ in just {squares}." in said(entry)
            or f"These two {label}s differ most in {squares}." in said(entry))
    start, words = shown["differ_at"]
    # (the outputs only after: review ab-c s29, bars up 12 s before they were named)
    assert start + 0.4 <= words + 0.05 and words + 2 < shown["pair_says_at"][0] < shown["pair_says_at"][1]
    count = next(d for d in entry["drawn"] if d["text"] in (f"{n} squares differ", f"{n} squares differ most", "1 square differs"))
    assert abs(count["t"] - start) < 0.1


def pair_drawings(history: History, shown: dict) -> tuple[dict | None, np.ndarray, np.ndarray]:
    """The pair drawn (None when there is none, or no square tells its two apart), and its
    practice and unseen drawings' pixels."""
    pair = shown.get("pair")
    if pair is None or not pair["differ"]:
        return None, np.zeros(0), np.zeros(0)
    return pair, history.split("train")[0][pair["practice"]], history.split("test")[0][pair["unseen"]]


def test_the_difference_is_said_as_it_is_and_no_faint_picture_drawn(rendered):
    """Review s31 r2 (digits, 48-72 s): "These two 1s differ in just two squares" beside two
    drawings with many slight shading differences: the claim was distrusted. The words say what
    the data says (recomputed here): "differ most in N squares" when other squares differ at
    all. Review s33: the difference drawn as a faint picture of its own beside them could not
    be read: read off the frame as the squares are lit alone, the room right of the new drawing
    holds the count's words and nothing above or below them."""
    history, entry, out = rendered
    shown = entry["shown"]
    pair, a, b = pair_drawings(history, shown)
    if pair is None:
        return
    gap = np.abs(a - b)
    n, slight = len(pair["differ"]), int((gap > 0).sum()) - len(pair["differ"])
    label = str(history.labels[pair["truth"]])
    most = f"These two {label}s differ most in {count_words(n)} squares."
    assert (most in said(entry)) == (slight > 0) and slight > 0   # the digits' pair: 21 others differ a little
    assert "difference" not in pair and not any(d["text"] == "the difference:" for d in entry["drawn"])
    words, (off, _) = shown["differ_at"][1], shown["veil_off_at"]
    img = next(im for tm, im in frames_of(entry, out) if tm >= (words + off) / 2)
    x0, y0, x1, y1 = pair["notes"][0]   # the count, right of the new drawing
    new_right, half = pair["at"][1][0] + pair["card"] / 2, pair["card"] / 2
    for top, bottom in ((pair["at"][1][1] + half, y1 + 0.1), (y0 - 0.1, pair["at"][1][1] - half)):
        (c0, r0), (c1, r1) = to_px(img, new_right + 0.15, top), to_px(img, new_right + 2.4, bottom)
        assert img[r0:r1, c0:c1].max() < 70, (top, bottom, int(img[r0:r1, c0:c1].max()))


def test_under_each_card_only_what_it_says_big(rendered):
    """Review s35 (digits, its ONE change): the pair's 10 output bars and their decimals (0.93,
    0.57, 0.13) under each card buried the point. Under each card, as it is named, only what the
    final network says for it (nncore's forward pass): "it says:" and its guess, big, over the
    right answer when it is wrong; no output bar or decimal anywhere in the pair's words."""
    history, entry, _ = rendered
    pair = entry["shown"].get("pair")
    if pair is None:
        return
    labels = [str(label) for label in history.labels]
    net = history.network(entry["shown"]["step"])
    rows = (history.split("train")[0][pair["practice"]], history.split("test")[0][pair["unseen"]])
    for row, at, (cx, cy), verdict in zip(rows, entry["shown"]["pair_says_at"], pair["at"], pair["verdicts"]):
        top = labels[int(np.argmax(net.forward(row[None, :]).a[-1][0]))]
        right = top == labels[pair["truth"]]
        assert verdict == ["it says:", top] + ([] if right else [f"right answer: {labels[pair['truth']]}"])
        under = [d for d in entry["drawn"] if at - 0.1 <= d["t"] <= at + 0.8 and abs(d["x"] - cx) < pair["card"] / 2 + 0.3
                 and d["y"] < cy - pair["card"] / 2]
        guess = next(d for d in under if d["text"] == top)
        assert guess["px"] >= 30 and all(d["px"] >= 14 for d in under), [(d["text"], d["px"]) for d in under]
    hug = next(l for l in entry["narration"] if "most like it" in l["text"])
    decimals = [d for d in entry["drawn"] if hug["start_s"] - 3 <= d["t"] <= hug["end_s"] and re.fullmatch(r"-?\d*\.\d+", d["text"])]
    assert not decimals, decimals


def test_the_squares_that_differ_stand_lit_alone_as_said(rendered):
    """Review ab2-d2 s28 (both reviewers): "the two squares that differ are tiny outlines at
    480p". As "These two 1s differ in just two squares" is said every other square of both
    pictures is veiled dark, so the differing ones (recomputed here from the data) stand lit
    alone; the veil is off again as the outputs are named ("On this practice"). The pictures
    stand where they stand throughout (review s31: test_the_pair_stands_in_one_place...)."""
    history, entry, out = rendered
    shown = entry["shown"]
    pair, a, b = pair_drawings(history, shown)
    if pair is None:
        return
    from scenes.chapters.testing import DIFFER
    apart = set(np.flatnonzero(np.abs(a - b) >= DIFFER).tolist())
    side, card = int(round(np.sqrt(len(a)))), pair["card"]
    # away from the differing squares' outlines (they run over their neighbours)
    far = [k for k in range(side * side)
           if all(max(abs(k // side - m // side), abs(k % side - m % side)) > 1 for m in apart)]
    words, (off, hug) = shown["differ_at"][1], shown["veil_off_at"]
    assert words + 2 < off and off <= hug   # lit through the words, off as the outputs are named
    frames = frames_of(entry, out)
    lit = next(img for tm, img in frames if tm >= (words + off) / 2)
    after = next(img for tm, img in frames if tm >= shown["pair_says_at"][0] + 0.1)

    def cells(img, at, card, ks):
        cx, cy = at
        got = []
        for k in ks:
            r, c = divmod(k, side)
            px, py = to_px(img, cx + (c - (side - 1) / 2) * card / side, cy - (r - (side - 1) / 2) * card / side)
            got.append(img[py, px].mean())
        return np.array(got)

    back = lit[1, 1].mean()
    for row, at in zip((a, b), pair["at"]):
        bright = [k for k in far if row[k] > 0.6]
        veiled, plain = cells(lit, at, card, bright) - back, cells(after, at, card, bright) - back
        assert plain.min() > 60 and (veiled < 0.45 * plain).all(), (veiled, plain)
        # the differing squares keep their own brightness: the brighter one of the two pictures
        ks = [k for k in apart if row[k] > 0.5]
        if ks:
            assert (cells(lit, at, card, ks) - back > 0.7 * (cells(after, at, card, ks) - back)).all()


def test_fitting_too_closely_is_a_practice_card_right_beside_its_nearest_unseen_miss(rendered):
    """Review g2 s20 (its ONE change): "can fit them too closely" was 12 s of a still frame.
    It is shown with the real data: a practice card the network gets right, and the unseen
    card nearest to it square by square (the same digit), which it gets wrong; of all such
    pairs the closest. Both pictures are drawn from the data, with the real guesses, as said."""
    history, entry, out = rendered
    if history.config["sizes"][0] == 2:
        return
    pair = entry["shown"]["pair"]
    x, y = history.split("train")
    xt, yt = history.split("test")
    net = history.network(entry["shown"]["step"])
    g, gt, t, tt = net.guesses(x), net.guesses(xt), classes_of(y), classes_of(yt)
    from scipy.spatial.distance import cdist
    d = cdist(x, xt)
    nearest = d.argmin(axis=1)
    fits = [j for j in range(len(x)) if g[j] == t[j] and tt[nearest[j]] == t[j] and gt[nearest[j]] != tt[nearest[j]]]
    best = min(fits, key=lambda j: d[j, nearest[j]])
    assert (pair["practice"], pair["unseen"]) == (best, nearest[best])
    assert pair["truth"] == tt[pair["unseen"]] and pair["guess"] == gt[pair["unseen"]] != pair["truth"]
    labels = history.labels
    text = said(entry)
    name = labels[pair["truth"]]
    assert (f"On this practice {name}, it says {name}: right. "
            f"On the new {name} most like it, it says {labels[pair['guess']]}: wrong.") in text
    for k, row in enumerate((x[pair["practice"]], xt[pair["unseen"]])):
        outputs = net.forward(row[None, :]).a[-1][0]
        assert pair["outputs"][k] == pytest.approx(outputs, abs=1e-4)
        assert pair["tops"][k] == int(np.argmax(outputs)) == (pair["truth"] if k == 0 else pair["guess"])
    # what each says comes as it is named: the practice card's from "On this practice", the new
    # one's from "On the new" (review ab-c s29: not 12 s before "On this practice")
    hug, beside = first_cue_with(entry, f"On this practice {name}"), first_cue_with(entry, "On the new")
    named = hug["start_s"] + (hug["end_s"] - hug["start_s"]) * hug["text"].index("On this practice") / len(hug["text"])
    assert named - 0.8 <= entry["shown"]["pair_says_at"][0] <= named + 0.8, (named, entry["shown"]["pair_says_at"])
    assert beside["start_s"] - 0.8 <= entry["shown"]["pair_says_at"][1] <= beside["end_s"]
    # the two pictures as drawn: each card's 8x8 squares, read off the frame, follow its data
    line = next(l for l in entry["narration"] if "most like it" in l["text"])
    cue = first_cue_with(entry, "most like it")
    # (while it is said: after it, the pair moves left for the practice score)
    img = next(img for tm, img in frames_of(entry, out) if tm >= (cue["start_s"] + cue["end_s"]) / 2)
    side = pair["card"]
    for row, (cx, cy) in zip((x[pair["practice"]], xt[pair["unseen"]]), pair["at"]):
        cells = [img[py, px].mean() for r in range(8) for c in range(8)
                 for px, py in [to_px(img, cx + (c - 3.5) * side / 8, cy - (r - 3.5) * side / 8)]]
        assert np.corrcoef(cells, row)[0, 1] > 0.8
    # its words come with it: "much like" with the pair, in the quiet just before the line (review
    # ab-k2 s23: the pair whole as the line begins), and the verdict within the line
    before = max(l["end_s"] for l in entry["narration"] if l["end_s"] <= line["start_s"])
    for words in ("much like", f"right answer: {name}", labels[pair["guess"]]):
        start = before if words == "much like" else line["start_s"]
        drawn = [d for d in entry["drawn"] if d["text"] == words and start <= d["t"] <= line["end_s"]]
        assert drawn and drawn[0]["px"] >= 14, words


def test_the_pair_stands_in_one_place_from_its_first_frame_to_the_fair_test(rendered):
    """Review s31 (digits, its first change): at 48-72 s the pair was drawn big, then wide with
    its bars, then small beside the practice score: the layout jumped three times. Each card
    stands in one place (its squares read off the frame follow its data there) from the pair's
    first frame, through its outputs rising, to the practice and unseen scores beside it; its
    passing words (the squares that differ, the bars' name) stand right of it, inside the frame,
    and are gone before the unseen score takes that room."""
    history, entry, out = rendered
    shown = entry["shown"]
    if "pair" not in shown:
        return
    pair = shown["pair"]
    rows = (history.split("train")[0][pair["practice"]], history.split("test")[0][pair["unseen"]])
    side, card = int(round(np.sqrt(len(rows[0])))), pair["card"]
    veiled = shown["differ_at"][0] - 0.2 if "differ_at" in shown else shown["neversaw_said_at"]
    moments = [shown["hug_at"] + 0.9, veiled - 0.4, shown["pair_says_at"][1] + 1.2, shown["fit_at"] + 1.0,
               shown["neversaw_said_at"] - 2.2]
    frames = frames_of(entry, out)
    for moment in moments:
        img = next(img for tm, img in frames if tm >= moment)
        for row, (cx, cy) in zip(rows, pair["at"]):
            cells = [img[py, px].mean() for r in range(side) for c in range(side)
                     for px, py in [to_px(img, cx + (c - (side - 1) / 2) * card / side,
                                          cy - (r - (side - 1) / 2) * card / side)]]
            assert np.corrcoef(cells, row)[0, 1] > 0.8, (moment, (cx, cy))
    # the fit's blocks: the unseen one's left edge; the notes right of the new card, gone before it
    unseen_left = chapter_module.HUNDRED_X[0] - 5 * chapter_module.HUNDRED_PITCH
    new_right = pair["at"][1][0] + card / 2
    for x0, y0, x1, y1 in pair["notes"]:
        assert new_right < x0 and x1 < 7.1 and -3.0 < y0 < y1 < 3.2, pair["notes"]
    notes = [d for d in entry["drawn"] if d["text"].endswith(("squares differ", "squares differ most", "square differs"))]
    unseen = next(d for d in entry["drawn"] if d["text"] == "out of every 100 unseen" and d["t"] >= shown["fit_at"])
    assert notes and max(d["x"] + d["w"] / 2 for d in notes) > unseen_left   # they share its room, so:
    assert shown["fit_at"] < unseen["t"]
    gone = next(img for tm, img in frames if tm >= shown["fit_at"])
    (x0, y0), (x1, y1) = to_px(gone, unseen_left + 0.1, 2.3), to_px(gone, unseen_left + 3.0, -1.8)
    assert np.abs(gone[y0:y1, x0:x1] - gone[1, 1]).max() < 40   # nothing left there as the score comes


def test_no_frame_is_the_title_alone_before_the_count(rendered):
    """Review g2 s20: at 114 s a frame with only the title as "Now we count" began: the cards
    went, then the grid came. They overlap: every frame from the check's end to the count's
    words has more than the title on it."""
    _, entry, out = rendered
    check = next(l for l in entry["narration"] if l["text"].startswith("Now we check"))
    count = next(l for l in entry["narration"] if l["text"].startswith("Now we count"))
    for tm, img in frames_of(entry, out):
        if check["end_s"] <= tm <= count["start_s"] + 0.5:
            below_title = img[int(img.shape[0] * 0.2):]
            drawn = np.abs(below_title - img[1, 1]).max(axis=-1) > 40
            assert drawn.mean() > 0.003, tm   # the title alone: 0


def test_unchecked_squares_are_hollow_and_read_apart_from_wrong(rendered):
    """Review d2 s18: the light grey of a wrong square read like the dark grey of an unchecked
    one. An unchecked square is an outline only: as the count begins, the grid's area is
    mostly background, while each wrong square in the grid's last frame (before the table) is
    filled near theme.wrong."""
    history, entry, out = rendered
    from scenes.chapters.testing import GRID_CORNER
    line = next(line for line in entry["narration"] if line["text"].startswith("Now we count"))
    frames = frames_of(entry, out)
    n, cols, pitch = entry["shown"]["n_test"], *chapter_module.grid_shape(entry["shown"]["n_test"], *chapter_module.GRID_AREA)
    img = next(img for t, img in frames if t >= line["start_s"])
    background = img[2:6, 2:6].mean(axis=(0, 1))
    x0, y0 = GRID_CORNER
    centres = [to_px(img, x0 + (c + 0.5) * pitch, y0 - (r + 0.5) * pitch) for r, c in (divmod(i, cols) for i in range(n))]
    first = np.array([img[py, px] for px, py in centres])
    grid = [img for t, img in frames if t <= entry["shown"]["table_at"] - 0.7][-1]
    last = np.array([grid[py, px] for px, py in centres])
    x, yt = history.split("test")
    wrong_at = history.network(entry["shown"]["step"]).guesses(x) != classes_of(yt)
    # unchecked: nearer the background than the wrong colour, by far
    assert np.median(np.abs(first - background).max(axis=1)) < 0.5 * np.abs(np.array(GREY) - background).max()
    if wrong_at.any():
        assert np.median(np.abs(last[wrong_at] - GREY).max(axis=1)) <= 45


def test_the_swell_of_neighbouring_cards_keeps_a_gap():
    """Review g2 s20: as the cards were gone over, two neighbours at their biggest touched
    (frames overlapping at 9 s). At their biggest, 40 % of the gap between two cards is left
    (5 px at 480p; at 1.15, 1.5 px)."""
    from scenes.chapters.testing import CARD, CARD_GAP, RIPPLE
    assert (RIPPLE - 1) * CARD <= 0.6 * CARD_GAP


def test_the_by_heart_line_stands_clear_of_the_memorisers_question_mark(rendered):
    """Review g2 s20: "memoriser: ? / not on the list" was jammed against the end of "each seen
    30 times: it could learn them by heart" (0.95 apart across, overlapping down). They stand
    well apart: 1.5 across (90 px at 480p) or 0.3 down."""
    history, entry, _ = rendered
    if history.config["sizes"][0] == 2:   # the map: no by-heart line (memoriser_points)
        return
    (a0, b0, a1, b1), (c0, d0, c1, d1) = entry["shown"]["memo_note"], entry["shown"]["memo_who"]
    across = max(c0 - a1, a0 - c1)
    down = max(d0 - b1, b0 - d1)
    assert across >= 1.5 or down >= 0.3, (across, down)


def test_the_mistakes_move_between_their_answers_and_their_phrases(rendered):
    """Review g2 s20: between "with the right answer under each" and "this 2 looks more like a
    3" the frame stood still about 5 s. The mistaken drawings swell in turn until the first
    is named: no still stretch over 2 s there."""
    history, entry, out = rendered
    if "wrong_swell" not in entry["shown"]:
        assert history.config["sizes"][0] == 2   # only the points (every example shown) have no phrases
        return
    start, end = entry["shown"]["wrong_swell"]
    grey = [(t, img.mean(axis=2)) for t, img in frames_of(entry, out)]
    assert end - start >= 0.5 and longest_still(grey, start, end) <= 2.0


def test_the_by_heart_line_and_the_fair_test_box_are_whole_as_they_are_said(rendered):
    """Review ab_h2 s21: "each seen 30 times: it could learn them by heart" was still fading in
    (dim) as "It could learn those by heart" was said (18 s); the box round the test cards was
    half drawn and "never seen: the fair test" dim as "So the fair test" was said (69 s). Each
    is drawn and done before its words (drawn: when it first shows; plus its fade)."""
    history, entry, _ = rendered
    shown, drawn = entry["shown"], entry["drawn"]
    tag = next(d for d in drawn if d["text"] == "never seen: the fair test")
    assert tag["t"] + 0.5 <= shown["neversaw_said_at"] + 0.05, (tag, shown["neversaw_said_at"])
    if history.config["sizes"][0] != 2:
        note = next(d for d in drawn if d["text"] == f"each seen {history.final.epoch} times:")
        assert note["t"] + 0.4 <= shown["heart_said_at"] + 0.05, (note, shown["heart_said_at"])


def test_the_lookalikes_stand_clear_of_the_cards_and_their_answers(rendered):
    """Review s22: the big copy of a mistaken drawing, flying out of its card to the right,
    covered the cards and answers on its way (81-117 s). Each look-alike row stands right of
    every card and its answers, inside the frame, and comes there in place: while it comes,
    the inside of every card that is not a mistake looks as it did before."""
    history, entry, out = rendered
    shown = entry["shown"]
    if history.config["sizes"][0] == 2 or not shown.get("like_rows"):
        return
    right = shown["cards_with_answers"][2]
    for left, bottom, end, top in shown["like_rows"]:
        assert left >= right + 0.2 and end <= 7.1, (shown["like_rows"], right)
    right_ones = [c for c, g, t in zip(shown["cards"]["centres"], shown["guesses"], shown["truths"]) if g == t]
    assert_cards_unchanged(entry, out, [(s, s + 0.8) for s in shown["like_shown_at"]], right_ones, shown["cards"]["side"])


def test_the_flying_squares_pass_under_the_other_cards(rendered):
    """Review s22: the first card's squares, gliding onto the inputs, covered the cards
    between (at 81 and 90 s). The other cards stand over them: while they fly, the inside of
    every other card looks as it did before."""
    entry, out, shown = cards_run(rendered)
    start, end = shown["first_flight"]
    assert_cards_unchanged(entry, out, [(start + 0.2, end - 0.2)], shown["cards"]["centres"][1:], shown["cards"]["side"])


def test_the_point_s_numbers_go_in_and_its_output_comes_out(rendered):
    """Review s22, its ONE change on the map: at 72-87 s no number went into the network or
    came out. The first point's two numbers (nncore's test data, as training used them) stand
    by the two inputs as they light, each with its name, and the output's value (the final
    network's forward pass) by the output as it glows; the numbers come before the output."""
    history, entry, _ = rendered
    if history.config["sizes"][0] != 2:
        return
    from scenes.kit.numbers import written
    fed = entry["shown"]["fed_numbers"]
    x, _ = history.split("test")
    point = x[entry["shown"]["examples"][0]]
    value = history.network(entry["shown"]["step"]).forward(point[None, :]).a[-1][0][0]
    assert fed["point"] == pytest.approx(point.tolist()) and fed["value"] == pytest.approx(value)
    assert fed["inputs"] == [f"{n} {written(float(v))}" for n, v in zip(("across", "up"), point)]
    assert fed["output"] == written(float(value))
    line = next(l for l in entry["narration"] if l["text"].startswith("We feed"))
    drawn = {d["text"]: d for d in entry["drawn"] if line["start_s"] <= d["t"] <= line["end_s"]}
    assert all(w in drawn for w in fed["inputs"]) and fed["output"] in drawn, sorted(drawn)
    assert max(drawn[w]["t"] for w in fed["inputs"]) < drawn[fed["output"]]["t"]
    assert all(drawn[w]["px"] >= 14 for w in [*fed["inputs"], fed["output"]])
    # its lone output's rule, said as "over one half means yes", is written by the output then
    # (review s24: only told), after the output's value and before the line ends
    half = drawn.get("over one half: yes")
    assert half is not None and half["px"] >= 14 and drawn[fed["output"]]["t"] < half["t"] <= line["end_s"], half
    assert len(fed["at"]) == 2 and fed["at"][0] < fed["at"][1] <= line["end_s"]


def test_our_networks_answer_and_dials_stand_between_the_two_maps(rendered):
    """Review s22: "our network: outer ring" on a strip covered the network's map, and the
    "12 dials, 5 head starts" under the memoriser's map read as the memoriser's. Both stand
    in the column between the network's map and the memoriser's, over neither."""
    history, entry, _ = rendered
    if history.config["sizes"][0] != 2:
        return
    from scenes.chapters.testing import MEMO_MAP_AT, MEMO_MAP_SIDE
    shown = entry["shown"]
    network_right = -3.55 + 5.2 / 2       # build_points: the map at x -3.55, 5.2 wide
    memo_left = MEMO_MAP_AT[0] - MEMO_MAP_SIDE / 2
    for box in (shown["ours_at"], shown["dials_at"]):
        assert network_right + 0.05 <= box[0] and box[2] <= memo_left - 0.05, (box, network_right, memo_left)


def test_the_unknown_mark_is_gone_when_the_percent_is_read(rendered):
    """Review s22: the unseen block's "?" still stood while "That is 100 percent" was read (its
    caption came up with "Now we count"). The "?" is gone no later than the caption that
    holds the percent comes up, give or take its 0.6 s fade."""
    history, entry, _ = rendered
    percent = round(100 * entry["shown"]["test_accuracy"])
    cue = first_cue_with(entry, f"That is {percent} percent.")
    assert entry["shown"]["unknown_gone_at"] <= cue["start_s"] + 0.7, (entry["shown"]["unknown_gone_at"], cue)


def test_the_practice_points_are_counted_as_it_could_learn_them_by_heart(rendered):
    """Review s22: 12-21 s on the map, "it could learn those by heart" was said beside an
    empty right half. The real number of practice points and of times each was seen (the
    run's epochs) are written there as it is said."""
    history, entry, _ = rendered
    if history.config["sizes"][0] != 2:
        return
    x, _ = history.split("train")
    heart = entry["shown"]["heart_said_at"]
    for words in (f"the {len(x)} practice points,", f"each seen {history.final.epoch} times:", "it could learn them by heart"):
        drawn = [d for d in entry["drawn"] if d["text"] == words]
        assert drawn and heart - 1.0 <= drawn[0]["t"] <= heart + 0.3 and drawn[0]["px"] >= 14, (words, drawn, heart)


def test_the_lookalikes_are_as_big_as_the_practice_drawings_beside_them(rendered):
    """Review s23 base-d (its ONE change): the practice 3s beside a mistaken drawing were
    thumbnails, so "this 2 looks more like a 3" could not be checked by eye. The drawing and
    the practice drawings of its guess are one size, near a test card's (>= 80 px at 480p)."""
    history, entry, _ = rendered
    shown = entry["shown"]
    if history.config["sizes"][0] == 2 or not shown.get("like_sides"):
        return
    for sides in shown["like_sides"]:
        assert len(sides) == 1 + chapter_module.LIKE_SHOWN
        assert max(sides) - min(sides) < 0.01 and min(sides) * 60 >= 80, sides


def test_the_memorisers_list_is_drawn_as_a_list_and_searched_row_by_row(rendered):
    """Review s36 r2 (digits, its ONE change): the memoriser's list was eight thumbnails in a
    row, their answers tiny, never drawn as a list. Its rows are real practice examples (one of
    each class), two columns of four, each a drawing >= 70 px at 480p, an arrow and its answer
    at the label size; the new drawing, bigger, on their right. Each row is crossed as it fails
    to match: the new test drawing differs in some square from every listed one (nncore's
    data), and each row's cross shows as "not on the list" is said."""
    entry, out, shown = cards_run(rendered)
    history = rendered[0]
    from scenes.kit.readings import pick_by_class
    memo, (x, y), (xt, _) = shown["memo_rows"], history.split("train"), history.split("test")
    assert memo["examples"] == pick_by_class(y, 8) and memo["new"] == shown["examples"][0]
    assert memo["answers"] == [str(history.labels[c]) for c in classes_of(y[memo["examples"]])]
    assert memo["crossed"] == [not np.array_equal(x[i], xt[memo["new"]]) for i in memo["examples"]]
    lefts = sorted({round(r[0], 2) for r in memo["rows"]})
    assert len(lefts) == 2 and all(sum(round(r[0], 2) == v for r in memo["rows"]) == 4 for v in lefts)
    assert shown["memo_card_side"] * 60 >= 70 and max(r[2] for r in memo["rows"]) + 0.5 <= memo["new_box"][0]
    assert memo["new_box"][3] - memo["new_box"][1] > shown["memo_card_side"] + 0.5
    honest = next(line for line in entry["narration"] if line["text"].startswith("Why not test it"))
    word = next(d for d in entry["drawn"] if d["text"] == "learning by heart: memorising")
    for answer in set(memo["answers"]):
        drawn = [d for d in entry["drawn"] if d["text"] == answer and honest["start_s"] <= d["t"] <= honest["end_s"]]
        assert drawn and min(d["px"] for d in drawn) >= word["px"], (answer, drawn)
    said = shown["zoom_at"][0]   # "It is not on the list": each crossed row's grey cross stands there
    frame = next(img for t, img in frames_of(entry, out) if t >= said)
    ground = frame[2:6, 2:6].mean()
    for (a0, b0, a1, b1), crossed in zip(memo["crosses"], memo["crossed"]):
        px, py = to_px(frame, (a0 + a1) / 2, (b0 + b1) / 2)   # where its two strokes meet: lit
        lift = frame[py - 1:py + 2, px - 1:px + 2].mean(axis=-1).max() - ground
        assert (lift > 35) == crossed, (a0, b0, lift, crossed)


def test_the_memorisers_new_card_comes_in_place_over_no_practice_card(rendered):
    """Review s23 base-d: at 27 s the new card, flying from its place among the test cards,
    covered the first practice cards. It comes where it stands: while it comes, the inside of
    every practice card looks as it did before."""
    entry, out, shown = cards_run(rendered)
    start, end = shown["memo_new_at"]
    assert_cards_unchanged(entry, out, [(start + 0.1, end)], shown["memo_cards"], shown["memo_card_side"])


def cards_run(rendered):
    """(entry, out, shown) of a run whose test examples are drawn as cards; a point set's
    chapter (two inputs) draws a map instead, and the test is skipped."""
    history, entry, out = rendered
    if history.config["sizes"][0] == 2:
        pytest.skip("a point set's chapter draws no cards")
    return entry, out, entry["shown"]


def assert_cards_unchanged(entry: dict, out, windows: list[tuple[float, float]], centres: list, side: float) -> None:
    """Nothing covers the cards (their centres, their side) during the windows: the largest mean
    change inside their middle 60 %, from the last frame before the first window to any frame
    within the windows, stays under 6 of 255 (what covers a card changes its inside)."""
    frames = frames_of(entry, out)
    before = next(img for t, img in reversed(frames) if t <= windows[0][0] - 0.05)
    during = [img for t, img in frames if any(a <= t <= b for a, b in windows)]
    assert during
    half, worst = 0.3 * side, 0.0
    for cx, cy in centres:
        (a, b), (c, d) = to_px(before, cx - half, cy + half), to_px(before, cx + half, cy - half)
        worst = max(worst, *(float(np.abs(img[b:d, a:c] - before[b:d, a:c]).mean()) for img in during))
    assert worst < 6, worst


def test_each_wrong_guess_sits_under_the_right_answer_it_missed(rendered):
    """Review ab-k2 s23: the words said "crosses ... each under the right answer it missed",
    while the cross stands beside the wrong guess, under the answer. The words now say what
    the card shows: for every mistaken card (nncore's guess differs from the truth), its guess
    is written in the same column as its right answer and below it, and the words say so."""
    history, entry, _ = rendered
    shown = entry["shown"]
    if history.config["sizes"][0] == 2:
        pytest.skip("a point set's chapter draws no cards")
    labels = history.labels
    x, y = history.split("test")
    guesses = history.network(shown["step"]).guesses(x[shown["examples"]])
    truths = classes_of(y[shown["examples"]])
    centres, side = shown["cards"]["centres"], shown["cards"]["side"]
    wrong = [i for i in range(len(centres)) if guesses[i] != truths[i]]
    assert wrong
    fed = next(l for l in entry["narration"] if l["text"].startswith("We feed"))["start_s"]   # the cards are back
    for i in wrong:
        cx, cy = centres[i]
        beside = [d for d in entry["drawn"] if cx + side / 2 < d["x"] < cx + side / 2 + 0.8 and abs(d["y"] - cy) < side / 2
                  and d["t"] >= fed]
        truth = [d for d in beside if d["text"] == str(labels[truths[i]])]
        guess = [d for d in beside if d["text"] == str(labels[guesses[i]])]
        assert truth and guess, (i, beside)
        assert abs(truth[0]["x"] - guess[0]["x"]) < 0.1 and guess[0]["y"] < truth[0]["y"] - 0.2, (truth, guess)
    assert "wrong guess sits under the right answer it missed" in said(entry)


# --- reviews ab-k2 / ab-x2 (session 23) ---

# --- reviews ab-x2 (session 24) ---

def test_the_same_practice_score_is_under_both_maps_as_said(rendered):
    """Review ab-x2 s24 (both reviewers' change): the closest fit's map came without warning
    after "a memoriser has no answer", its purple never explained. Instead each map has its
    real practice score under it, big: our network's (nncore's, final weights) under its map,
    the memoriser's (every practice point is on its list: every one) under its own, as "On
    practice" is said; then "same score: practice cannot tell a learner from a memoriser"
    between them as "the same score" is said; both still on screen, in a frame, as the reason
    is said."""
    history, entry, out = rendered
    if history.config["sizes"][0] != 2:
        return
    from scenes.chapters.testing import MEMO_MAP_AT, MEMO_MAP_SIDE
    x, y = history.split("train")
    ours = f"{round(100 * history.network(entry['shown']['step']).accuracy(x, y))}%"
    fit = entry["shown"]["fit"]
    assert fit["percent"] == ours and fit["memo"] == "100%" and fit["same"] == (ours == "100%")
    drawn = [d for d in entry["drawn"] if d["text"].startswith("practice: ")]
    assert sorted(d["text"] for d in drawn) == sorted([f"practice: {ours}", "practice: 100%"])
    network_x, memo_x = -3.55, MEMO_MAP_AT[0]          # build_points: the network's map at x -3.55
    ours_d, memo_d = sorted(drawn, key=lambda d: d["x"])
    # ours between the maps, under "our network:" (under its map is the subtitles' band)
    memo_left, bottom = memo_x - MEMO_MAP_SIDE / 2, MEMO_MAP_AT[1] - MEMO_MAP_SIDE / 2
    assert network_x + 2.6 < ours_d["x"] < memo_left and abs(memo_d["x"] - memo_x) < 0.3
    assert -3.0 < memo_d["y"] < bottom and all(d["y"] > -3.0 and d["px"] >= 18 for d in drawn), drawn
    name = max((d for d in entry["drawn"] if d["text"] == "our network:" and d["t"] <= ours_d["t"]), key=lambda d: d["t"])
    assert abs(name["x"] - ours_d["x"]) < 0.5 and ours_d["y"] < name["y"], (name, ours_d)
    half = 0.5 * len(ours_d["text"]) * 0.55 * ours_d["px"] * 8 / 480   # a char ~0.55 em
    assert network_x + 2.6 + 0.1 < ours_d["x"] - half and ours_d["x"] + half < memo_left - 0.1, (ours_d, half)
    on, gets = first_cue_with(entry, "On practice,"), first_cue_with(entry, "our network gets")   # a caption may break
    assert all(on["start_s"] <= d["t"] <= gets["end_s"] for d in drawn), (on, gets, drawn)
    same = next(d for d in entry["drawn"] if d["text"] == "same score:")
    said_same = first_cue_with(entry, "the same score")
    assert said_same["start_s"] - 1.0 <= same["t"] <= said_same["end_s"] and same["px"] >= 14
    assert network_x + 2.6 < same["x"] < memo_left and same["y"] < ours_d["y"], same
    assert any(d["text"] == "a learner from" and abs(d["t"] - same["t"]) < 0.05 for d in entry["drawn"])
    # both scores seen in a frame as the reason is said: light text under each map
    reason = first_cue_with(entry, "cannot tell a learner")
    # (at 160 x 90 the text is faint: the background there is ~25, the text's pixels over 80)
    frames = frames_of(entry, out)
    img = next(img for tm, img in frames if tm >= reason["start_s"] + 0.5)
    before = next(img for tm, img in frames if tm >= on["start_s"] - 1.0)
    for d in drawn:
        (x0, y0), (x1, y1) = to_px(img, d["x"] - 1.0, d["y"] + 0.15), to_px(img, d["x"] + 1.0, d["y"] - 0.15)
        assert img[y0:y1 + 1, x0:x1 + 1].max() > 80 > before[y0:y1 + 1, x0:x1 + 1].max() + 20, d


def test_the_pair_comes_at_once(rendered):
    """Review ab-k2 s23 (its ONE change): after "That is right." the demo stood 12 s under
    "1184 dials and 26 head starts". The practice drawing and the new one most like it are
    whole as "Even our network needs new examples" begins."""
    history, entry, _ = rendered
    if history.config["sizes"][0] == 2:
        return
    shown = entry["shown"]
    line = next(l for l in entry["narration"] if "needs new" in l["text"] and "for a fair test" in l["text"])
    # in the quiet before it, whole as it begins (at 48 s it was caught half faded in)
    before = max(l["end_s"] for l in entry["narration"] if l["end_s"] <= line["start_s"])
    assert before + 0.5 <= shown["hug_at"] and shown["hug_at"] + 0.8 <= line["start_s"] + 0.05, (shown["hug_at"], line)


def test_the_key_to_the_two_names_comes_with_the_right_answers(rendered):
    """Review ab-k2 s23: "beside each card: the right answer, then its guess" stood from the
    first frame over bare cards until 93 s; s24: with the first guess, it told of two names
    where the words spoke of one. It comes once, with the right answers, as "Now we check each
    guess against the truth" is said: after the feeding's words, with the first card's real
    class (nncore's data)."""
    history, entry, _ = rendered
    if history.config["sizes"][0] == 2:
        return
    key = [d for d in entry["drawn"] if d["text"] == "beside each card: the right answer, then its guess"]
    check = next(line for line in entry["narration"] if line["text"].startswith("Now we check"))
    feed = next(line for line in entry["narration"] if line["text"].startswith("We feed"))
    x, y = history.split("test")
    first = history.labels[classes_of(y[entry["shown"]["examples"][:1]])[0]]
    beside = [d for d in entry["drawn"] if d["text"] == str(first) and check["start_s"] - 0.1 <= d["t"] <= check["end_s"]]
    assert len(key) == 1 and beside and abs(key[0]["t"] - min(d["t"] for d in beside)) < 0.05, (key, beside)
    assert feed["end_s"] < key[0]["t"] and abs(key[0]["t"] - check["start_s"]) < 0.5, (key, check)


# --- blind review ab-k2-r1 (session 26) ---

def test_the_ending_is_one_large_table_of_the_four_real_scores(rendered):
    """Review ab-k2-r1 s26 (digits, its ONE change): the ending's four small grids under tiny
    headers; a newcomer could mix up which column was which. As a memoriser is named, the
    counted grid goes and the four scores stand as one large table over the frame: columns
    "new examples" and "practice examples", rows "our network" and "a memoriser", big; in each
    cell its percent, big, and the real count under it, recomputed here: nncore's final guesses
    on the unseen and the practice examples; a memoriser's unseen ones exactly on its list (from
    the data) and every practice one. Read off the frames: the grid's green gone from the left."""
    history, entry, out = rendered
    shown = entry["shown"]
    table, at = shown["table"], shown["table_at"]
    net = history.network(shown["step"])
    (x, y), (xt, yt) = history.split("train"), history.split("test")
    right = [int((net.guesses(a) == classes_of(b)).sum()) for a, b in ((xt, yt), (x, y))]
    known = sum(bool(np.all(x == row, axis=1).any()) for row in xt)
    expected = {"ours unseen": (right[0], len(xt)), "ours practice": (right[1], len(x)),
                "memo unseen": (known, len(xt)), "memo practice": (len(x), len(x))}
    assert table["columns"] == ["new examples", "practice examples"] and table["rows"] == ["our network", "a memoriser"]
    drawn = [d for d in entry["drawn"] if d["t"] >= at - 0.7]
    names = {d["text"]: d for d in drawn if d["text"] in (*table["columns"], *table["rows"])}
    assert len(names) == 4 and min(d["px"] for d in names.values()) >= 20, names
    left, bottom, right_edge, top = table["box"]
    assert right_edge - left > 13 and top - bottom > 5, table["box"]   # the whole frame
    for cell, (hits, n) in expected.items():
        words, cx, cy = table["counts"][cell]
        assert words == f"{hits} of {n} right", (cell, words)
        d = next(d for d in drawn if d["text"] == words and abs(d["x"] - cx) < 0.05 and abs(d["y"] - cy) < 0.05)
        row, column = cell.split()
        # under its column's name, level with its row's name: the nearest of each
        column_x = [c["x"] for c in (names["new examples"], names["practice examples"])]
        row_y = [r["y"] for r in (names["our network"], names["a memoriser"])]
        assert int(np.argmin(np.abs(np.array(column_x) - d["x"]))) == ("unseen", "practice").index(column), cell
        assert int(np.argmin(np.abs(np.array(row_y) - d["y"]))) == ("ours", "memo").index(row), cell
    # each percent big beside its block, in its row
    pcts = {"ours": [round(100 * r / n) for r, n in zip(right, (len(xt), len(x)))], "memo": [round(100 * known / len(xt)), 100]}
    for row, ys in (("ours", names["our network"]["y"]), ("memo", names["a memoriser"]["y"])):
        for pct in pcts[row]:
            assert [d for d in drawn if d["text"] == f"{pct}%" and abs(d["y"] - ys) < 1.0 and d["px"] >= 36], (row, pct)
    # the grid's green squares stood on the left until the table, and are gone from there after it
    from scenes.chapters.testing import GRID_CORNER
    frames = frames_of(entry, out)

    def green_left(img) -> float:   # where the grid stood and the rows' names now stand
        (x0, y0), (x1, y1) = to_px(img, GRID_CORNER[0] + 0.1, GRID_CORNER[1] - 0.2), to_px(img, names["our network"]["x"] + 1.2, -2.3)
        return float(near(img[y0:y1, x0:x1], GREEN, 50).mean())
    before = [green_left(img) for t, img in frames if at - 1.5 <= t <= at - 0.7]
    after = [green_left(img) for t, img in frames if t >= at + 0.5]
    assert before and after and min(before) > 0.2 and max(after) < 0.01, (before, after)


# --- blind review ab-x2 (session 26, tiny) ---

def test_the_memorisers_list_is_its_exact_practice_points_and_grey_elsewhere(rendered):
    """Review ab-x2-r2 s26 (tiny, its ONE change): the memoriser's list was drawn as big discs,
    read as "it answers anywhere near", against "never quite the same". Its map holds the
    practice points themselves, exactly where the data puts them (test above), small dots (at
    480p 7 px across), and is grey everywhere else: read off the frame as "a memoriser
    has no answer" ends, almost none of it in a class's colour. They come as "keeping a list"
    is said, with the words "it answers only on these exact points"; none stands there before."""
    history, entry, out = rendered
    if history.config["sizes"][0] != 2:
        return
    from scenes.chapters.testing import MEMO_DOT, MEMO_MAP_AT, MEMO_MAP_SIDE
    memo = entry["shown"]["memo_map"]
    assert 0 < memo["radius"] <= MEMO_DOT <= 0.06
    frames = frames_of(entry, out)
    colors = class_colors(len(history.labels))
    rgb = [tuple(int(k[i:i + 2], 16) for i in (1, 3, 5)) for k in colors]
    c = np.array(MEMO_MAP_AT)

    def coloured(img) -> float:   # the memoriser's square's share in a class's colour
        (a0, b0), (a1, b1) = (to_px(img, *(c + [-0.45 * MEMO_MAP_SIDE, 0.45 * MEMO_MAP_SIDE])),
                              to_px(img, *(c + [0.45 * MEMO_MAP_SIDE, -0.45 * MEMO_MAP_SIDE])))
        panel = img[b0:b1, a0:a1]
        return float(np.any([near(panel, k, 40) for k in rgb], axis=0).mean())
    cue = first_cue_with(entry, "a memoriser has no guess")
    after = next(img for t, img in frames if t >= cue["end_s"] - 0.3)
    assert coloured(after) < 0.12, coloured(after)
    listed = first_cue_with(entry, "keeping a list")
    words = next(d for d in entry["drawn"] if d["text"] == "it guesses only on these exact points")
    assert listed["start_s"] - 0.5 <= words["t"] <= entry["shown"]["memo_new_at"][0] and words["px"] >= 14
    before = [coloured(img) for t, img in frames if listed["start_s"] - 3 <= t <= listed["start_s"] - 0.5]
    assert before and max(before) < 0.01, before


def test_the_checked_dots_are_ticked_one_by_one_with_a_running_count(rendered):
    """Review ab-x2-r1 s26 (tiny, its ONE change): "Each dot takes the colour of its true
    answer. It got every one of these right." over a near-still map: the check was asserted,
    not shown. The dots are gone over left to right across the map while it is said; each gets
    a tick beside it when nncore's final guess is its truth (a cross when not), one after
    another, and the count under the note runs with them to nncore's totals. Read off the
    frames: the ticks' green grows on the map through the check."""
    history, entry, out = rendered
    if history.config["sizes"][0] != 2:
        return
    from scenes.kit.readings import plane_bounds
    shown = entry["shown"]
    check = shown["map_check"]
    x, _ = history.split("train")
    xt, yt = history.split("test")
    (u0, u1), _ = plane_bounds(np.vstack([x, xt]))
    across = (xt[:, 0] - u0) / (u1 - u0)
    idx = shown["examples"]
    assert sorted(check["order"]) == sorted(idx)
    assert np.all(np.diff(across[check["order"]]) >= -1e-3)          # left to right
    right = (history.network(shown["step"]).guesses(xt) == classes_of(yt))
    assert check["right"] == [bool(right[i]) for i in check["order"]]
    # a right one ringed round its own dot (review ab-c-r1 s29: a pile of ticks hid the map), a cross
    # beside a wrong one, up and right
    for (mx, my), (dx, dy), ok in zip(check["marks"], check["dots"], check["right"]):
        if ok:
            assert abs(mx - dx) < 0.02 and abs(my - dy) < 0.02, ((mx, my), (dx, dy))
        else:
            assert 0 < mx - dx < 0.35 and 0 < my - dy < 0.35, ((mx, my), (dx, dy))
    # one after another while the check is said, before "It got every one..." (or "Crosses ...")
    line = next(l for l in entry["narration"] if l["text"].startswith("Now we check"))
    start, end = shown["dots_checked"]
    at = check["at"]
    assert line["start_s"] - 0.1 <= start < at[0] and at[-1] <= end <= line["end_s"]
    assert "ringed green if its guess was right" in said(entry)
    assert np.all(np.diff(at) > 0) and at[-1] - at[0] >= 2.0
    n, hits = len(idx), int(right[idx].sum())
    final = f"checked {n} of {n}: {hits} right, {n - hits} wrong"
    count = [d for d in entry["drawn"] if d["text"] == final and start - 0.1 <= d["t"] <= end]
    assert count
    frames = frames_of(entry, out)
    map_box = [to_px(frames[0][1], -3.55 - 2.7, -0.25 + 2.7), to_px(frames[0][1], -3.55 + 2.7, -0.25 - 2.7)]

    def green(img) -> int:
        (a0, b0), (a1, b1) = map_box
        return int(near(img[b0:b1, a0:a1], GREEN, 50).sum())
    first = next(img for t, img in frames if t >= start - 0.05)
    middle = next(img for t, img in frames if t >= at[len(at) // 2])
    last = next(img for t, img in frames if t >= at[-1] + 0.4)
    low, top = green(first), green(last)
    assert low + 10 < green(middle) < top, (low, green(middle), top)
    # and over time, not at once: from a tenth of the way to nine tenths takes over a second
    # (the 160x90 ticks blend into few green pixels, so the middle frame is near the last's;
    # the 1.8x swell of the dots once hid the ticks beside them there)
    curve = [(t, green(img)) for t, img in frames if start - 0.05 <= t <= at[-1] + 0.4]
    tenth = next(t for t, g in curve if g >= low + 0.1 * (top - low))
    nine = next(t for t, g in curve if g >= low + 0.9 * (top - low))
    assert nine - tenth >= 1.2, curve
    # the count's words change while it runs (not 0 until the end)
    d = count[0]
    (c0, r0), (c1, r1) = to_px(first, d["x"] - d["w"] / 2, d["y"] + d["h"]), to_px(first, d["x"] + d["w"] / 2, d["y"] - d["h"])
    moved = np.abs(first[r0:r1, c0:c1].astype(int) - middle[r0:r1, c0:c1].astype(int)).max()
    assert moved > 60, moved


# --- blind review ab2-k2 (session 27) ---

def checked_cards(history: History, entry: dict) -> tuple[list[int], list[str], list[str]]:
    """The shown cards nncore gets wrong (their places among the cards), and every card's
    right answer and guess as written (nncore's, final weights)."""
    shown = entry["shown"]
    x, y = history.split("test")
    guesses = history.network(shown["step"]).guesses(x[shown["examples"]])
    truths = classes_of(y[shown["examples"]])
    names = [str(history.labels[c]) for c in truths], [str(history.labels[g]) for g in guesses]
    return [j for j in range(len(truths)) if guesses[j] != truths[j]], *names


def test_each_mistakes_answer_and_guess_are_big_and_named_once_beside_one(rendered):
    """Review ab2-k2 s27 (digits, its ONE change): "each wrong guess sits under the right
    answer it missed" hung on two small stacked digits beside each card, their meaning in small
    print over the cards. As the crosses come, every card nncore gets wrong has its right answer
    and its guess drawn big (at least 26 px at 480p) beside it, the answer over the guess in one
    column, and no right card's are; as "each wrong guess sits under the right answer it missed"
    is said, one mistake's two are named, once in the whole chapter, "<- right answer" level with
    its answer and "<- its guess" with its guess, right of them; gone before the first look-alike."""
    history, entry, _ = rendered
    if history.config["sizes"][0] == 2:
        pytest.skip("a point set's chapter draws no cards")
    shown = entry["shown"]
    wrong, truths, guesses = checked_cards(history, entry)
    assert wrong
    check = next(l for l in entry["narration"] if l["text"].startswith("Now we check"))
    centres, side = shown["cards"]["centres"], shown["cards"]["side"]

    def beside(j: int, words: str) -> list[dict]:   # drawn big beside card j during the check
        cx, cy = centres[j]
        return [d for d in entry["drawn"] if d["text"] == words and check["start_s"] <= d["t"] <= check["end_s"]
                and cx + side / 2 < d["x"] < cx + side / 2 + 0.8 and abs(d["y"] - cy) < side / 2 and d["px"] >= 26]
    big = {}
    for j in range(len(centres)):
        answer, guess = beside(j, truths[j]), beside(j, guesses[j])
        if j not in wrong:
            assert not answer and not guess, (j, answer, guess)
            continue
        answer, guess = answer[0], min(guess, key=lambda d: d["y"]) if truths[j] == guesses[j] else guess[0]
        assert abs(answer["x"] - guess["x"]) < 0.15 and guess["y"] < answer["y"] - 0.3, (answer, guess)
        big[j] = (answer, guess)
    tags = {w: [d for d in entry["drawn"] if d["text"] == w] for w in ("← right answer", "← its guess")}
    assert all(len(v) == 1 for v in tags.values()), tags
    up, down = tags["← right answer"][0], tags["← its guess"][0]
    j = shown["answer_tags"]["card"]
    assert j in wrong
    answer, guess = big[j]
    assert abs(up["y"] - answer["y"]) < 0.06 and abs(down["y"] - guess["y"]) < 0.06, (up, down, answer, guess)
    assert up["x"] - up["w"] / 2 > answer["x"] and down["x"] - down["w"] / 2 > guess["x"]
    cue = first_cue_with(entry, "each wrong guess sits under")
    assert cue["start_s"] - 0.6 <= up["t"] <= cue["end_s"] and up["px"] >= 18, (up, cue)
    assert up["t"] < shown["answer_tags"]["gone"] <= shown["like_shown_at"][0]


def test_each_mistake_named_is_lit_as_its_phrase_is_said(rendered):
    """Review ab2-k2 s27 (its ONE change): "this 2 looks more like a 3, and this 8 like a 3"
    was said over cards that did not change. The cards nncore gets right dim under a veil
    before the first is named; each mistaken card, in the words' order, is lit (its frame white,
    its two names pulsing) as its phrase begins, while the mistakes keep their brightness."""
    history, entry, out = rendered
    if history.config["sizes"][0] == 2:
        pytest.skip("a point set's chapter draws no cards")
    shown = entry["shown"]
    wrong, truths, guesses = checked_cards(history, entry)
    lit = shown["why_lit"]
    assert [w["card"] for w in lit] == wrong[:len(lit)] and len(lit) == len(wrong)
    phrase = next(l for l in entry["narration"] if l["text"].startswith("Now we check"))["text"]
    for k, (w, j) in enumerate(zip(lit, wrong)):   # the phrase names the card lit
        said = f"this {truths[j]} looks more like a {guesses[j]}" if k == 0 else f"this {truths[j]} like a {guesses[j]}"
        assert said in phrase and abs(w["at"] - w["said"]) < 0.35, (w, said)   # a frame at 3 fps
    frames = frames_of(entry, out)
    half = 0.3 * shown["cards"]["side"]

    def brightness(img, j: int) -> float:
        cx, cy = shown["cards"]["centres"][j]
        (a, b), (c, d) = to_px(img, cx - half, cy + half), to_px(img, cx + half, cy - half)
        return float(img[b:d, a:c].mean())
    before = next(img for t, img in reversed(frames) if t <= shown["answer_tags"]["at"])
    after = next(img for t, img in frames if t >= lit[0]["at"])
    for j in range(len(shown["cards"]["centres"])):
        ratio = brightness(after, j) / brightness(before, j)
        assert (ratio > 0.85) if j in wrong else (ratio < 0.6), (j, ratio)


def test_the_opening_and_the_memorisers_words_are_16_px_and_clear_of_the_title(rendered):
    """Review ab2-k2 s27: "12 of the 359 examples it never practised on", "picked to show
    some of its mistakes" (0-12 s) and "memoriser: ? not on the list", "our network: 0"
    (36-45 s) were small, in corners. They are at least 16 px at 480p; the cards' caption
    and, later, their key share one line under the title, never both at once, clear of it."""
    history, entry, _ = rendered
    if history.config["sizes"][0] == 2:
        pytest.skip("a point set's chapter draws no cards")
    n = len(history.split("test")[0])
    drawn = entry["drawn"]
    first = lambda words: next(d for d in drawn if d["text"] == words)   # noqa: E731
    caption = next(d for d in drawn if d["text"].endswith(f"of the {n} examples it never practised on"))
    key = first("beside each card: the right answer, then its guess")
    words = [caption, key, first("memoriser:"), first("not on the list"), first("our network:")]
    if "pick_note_at" in entry["shown"]:
        words.append(first("picked to show some of its mistakes"))
    assert all(d["px"] >= 16 for d in words), [(d["text"], d["px"]) for d in words]
    title = first("Testing")
    # (a long line may wrap at the tests' 160 x 90: one line's height at most)
    assert all(d["y"] + min(d["h"], 0.35) / 2 <= title["y"] - title["h"] / 2 - 0.08 for d in (caption, key)), (caption, key)
    assert key["t"] > caption["t"] + 60
    if "pick_note_at" in entry["shown"]:   # the picked note gone from the line by the time the key stands
        note = first("picked to show some of its mistakes")
        assert abs(note["y"] - caption["y"]) < 0.05 and note["x"] - 0.5 > key["x"] + key["w"] / 2 + 0.2
        frames = frames_of(entry, rendered[2])
        img = next(img for t, img in frames if t >= key["t"] + 1.3)
        (a, b), (c, d) = to_px(img, note["x"] - 0.5, note["y"] + 0.1), to_px(img, note["x"] + 0.5, note["y"] - 0.1)
        assert img[b:d + 1, a:c + 1].max() < 80, img[b:d + 1, a:c + 1].max()


def test_few_examples_are_scored_one_square_each(rendered):
    """Reviews ab-x2-r1/r2 s28 (tiny, both reviewers' ONE change): a block "out of every 100
    unseen" stood beside the 60 counted squares, and a viewer looked for 40 more. With few
    examples each score is its real examples, one square each: the unseen score is the counted
    grid, the practice score one square per practice example, and the table's four cells too,
    "one square per example" under each column's name; no "every 100" anywhere. Checked
    against nncore's final guesses: the counts, and the practice squares' rows in the frame
    (as many as the practice examples need, green down to the last)."""
    history, entry, out = rendered
    if not few(history):
        return
    shown = entry["shown"]
    net = history.network(shown["step"])
    (x, y), (xt, yt) = history.split("train"), history.split("test")
    hits = {"unseen": int((net.guesses(xt) == classes_of(yt)).sum()), "practice": int((net.guesses(x) == classes_of(y)).sum())}
    sizes = {"unseen": len(xt), "practice": len(x)}
    assert not [d for d in entry["drawn"] if "every 100" in d["text"]]
    for key in ("unseen", "practice"):
        block = shown["hundreds"][key]
        assert (block["n"], block["right"], block["wrong"]) == (sizes[key], hits[key], sizes[key] - hits[key]), key
    table = [d for d in entry["drawn"] if d["text"] == "one square per example" and d["t"] >= shown["table_at"] - 0.7]
    assert len(table) == 2, table
    # the practice squares in the frame: row after row down to the last one the examples need
    x_at, pitch, cols = chapter_module.REAL_PRACTICE
    rows = -(-len(x) // cols)
    top = chapter_module.HUNDRED_TOP
    img = next(img for t, img in frames_of(entry, out) if t >= entry["narration"][-1]["start_s"] + 2.0
               and t < shown["table_at"] - 0.7)

    def green(y0: float, y1: float) -> float:
        (a, b), (c, d) = to_px(img, x_at - cols * pitch / 2, y0), to_px(img, x_at + cols * pitch / 2, y1)
        return float(near(img[b:max(d, b + 1), a:c], GREEN, 60).mean())
    assert green(top - (rows - 1) * pitch, top - rows * pitch) > 0.3   # its last row


def test_a_score_per_100_says_why_beside_the_counted_grid(rendered):
    """Session 28 (with tiny's real counts): where the scores stay as 100 squares (digits: 359
    unseen and 1438 practice examples would be specks), the screen says why beside the counted
    grid: 100 squares each so the two compare, and the two real counts (nncore's split), clear
    of the unseen block and inside the frame, before the practice block (which takes its room)
    comes. Since s35 it comes as it is said, after the block (test below)."""
    history, entry, _ = rendered
    if few(history):
        return
    (x, _), (xt, _) = history.split("train"), history.split("test")
    shown = entry["shown"]
    name = next(d for d in entry["drawn"] if d["text"] == "out of every 100 unseen" and d["t"] >= shown["result_said_at"] - 8)
    lines = {d["text"]: d for d in entry["drawn"] if abs(d["t"] - shown["why_at"]) < 0.1}
    assert name["t"] < shown["why_at"]
    why = [lines.get(w) for w in ("100 squares each,", "so the two compare:", f"{len(xt)} unseen and",
                                  f"{len(x)} practice")]
    assert all(why), sorted(lines)
    pitch = chapter_module.HUNDRED_PITCH
    block_right = chapter_module.HUNDRED_X[0] + 5 * pitch
    assert min(d["x"] - d["w"] / 2 for d in why) > block_right and max(d["x"] + d["w"] / 2 for d in why) < 7.1
    # (review s31: at the small size no one could read it in the 10 s it stands): the label size
    # (the label size is 19 px at 480p, give or take the glyphs' height; small is 14)
    assert min(d["px"] for d in why) >= 18
    practice = next(d for d in entry["drawn"] if d["text"] == "out of every 100 practice" and d["t"] > name["t"])
    assert practice["t"] > shown["unknown_gone_at"]


# --- blind review ab-c (session 29) ---

def test_the_first_point_is_checked_alone_with_nncores_guess_and_answer(rendered):
    """Review ab-c-r1 s29 (tiny, its ONE change): "Each dot takes the colour of its true answer"
    changed nothing to be seen (no mistakes), so no comparison could be seen. As "Now we check
    each guess against the truth" is said, the first point fed in is ringed on the map and its
    guess (nncore's, final weights) and right answer are written beside it, with a tick or a
    cross; it goes before the others are checked."""
    history, entry, out = rendered
    if history.config["sizes"][0] != 2:
        return
    shown = entry["shown"]
    probe = shown["probe"]
    xt, yt = history.split("test")
    i = shown["examples"][0]
    guess = int(history.network(shown["step"]).guesses(xt[i:i + 1])[0])
    truth = int(classes_of(yt[i:i + 1])[0])
    assert probe["example"] == i and (probe["guess"], probe["truth"]) == (guess, truth)
    line = next(l for l in entry["narration"] if l["text"].startswith("Now we check"))
    sweep = first_cue_with(entry, "Each dot takes the colour")
    labels = history.labels
    for words in (f"guess: {labels[guess]}", f"right answer: {labels[truth]}"):
        drawn = [d for d in entry["drawn"] if d["text"] == words and line["start_s"] - 0.1 <= d["t"] <= sweep["start_s"]]
        assert drawn and drawn[0]["px"] >= 14, (words, drawn)
    assert shown["probe_at"] + 0.5 <= shown["dots_checked"][0] <= sweep["start_s"] + 0.5
    # the ring on the map is round the first point's dot: where the check finds that point
    check = shown["map_check"]
    assert probe["at"] == check["dots"][check["order"].index(i)]
    # its ring on screen there while it is said (green when right, review s32: the check's colour;
    # light grey when wrong), not there before
    frames = frames_of(entry, out)
    during = next(img for t, img in frames if t >= shown["probe_at"] + 0.8)
    before = [img for t, img in frames if t < shown["probe_at"]][-1]
    from scenes.chapters.testing import RING
    x, y = probe["at"]
    px, py = to_px(during, x + RING + 0.04, y)

    def ring(img: np.ndarray) -> int:   # how green (right) or how bright (wrong) round the point
        spot = img[py - 2:py + 3, px - 2:px + 3].astype(int)
        return int((spot[..., 1] - spot[..., 0]).max()) if guess == truth else int(spot.max())
    assert ring(during) > ring(before) + 10, (ring(during), ring(before))


def test_every_word_drawn_is_a_template_the_harvest_lists(rendered):
    """The map's notes ("grey dots: ...", "each dot's colour now:") and the table's heads were
    drawn from variables the harvest of on-screen words could not see: no [screen] line, so a
    translator could not reach them. Every drawn text with words is a harvested template filled in."""
    history, entry, _ = rendered
    patterns = [re.compile(re.sub(r"\\\{[^{}]*\\\}", ".+", re.escape(t)) + r"\Z", re.S)
                for t in screen.known("testing") + screen.known("common")]
    data = sorted(set(history.labels) | set(input_names(history) or ()), key=len, reverse=True)   # words of the run

    def words_of(text: str) -> str:   # the text less its data
        for name in data:
            text = text.replace(name, "")
        return text
    strays = {d["text"] for d in entry["drawn"] if not screen.is_data(words_of(d["text"]))
              and not any(p.match(d["text"]) for p in patterns)}
    assert not strays, strays


def test_one_check_on_the_map_compares_the_dots_colour_with_its_right_answers(rendered):
    """Review s32 (tiny): one check on one map. Beside the first point's guess and right answer
    stand their classes' real colours (nncore's guess with the final weights, the data's answer);
    its dot is circled green when they agree (the chapter's wrong colour when not). The verdict
    ("no mistakes") is written only once every dot is checked, never over "checked 0 of 60"."""
    history, entry, _ = rendered
    if history.config["sizes"][0] != 2:
        return
    shown, theme = entry["shown"], DARK
    probe = shown["probe"]
    xt, yt = history.split("test")
    i = probe["example"]
    guess = int(history.network(shown["step"]).guesses(xt[i:i + 1])[0])
    truth = int(classes_of(yt[i:i + 1])[0])
    colors = [str(c).lower() for c in class_colors(len(history.labels))]
    assert [c.lower() for c in probe["swatches"]] == [colors[guess], colors[truth]]
    assert probe["ring"] == (theme.right if guess == truth else theme.wrong)
    verdict = [d["t"] for d in entry["drawn"] if d["text"] in ("every dot kept its colour: no mistakes", "cross: a mistake")]
    assert verdict and min(verdict) >= shown["dots_checked"][1] - 0.05, (verdict, shown["dots_checked"])


def test_the_squares_that_differ_alone_turn_the_practice_drawing_into_the_new_ones_guess(rendered):
    """Review s32 (digits): "these two differ most in two squares" and the guess flips from 1 to
    3, but not why those squares matter. The practice drawing with only those squares taken from
    the new one is drawn beside the difference, with the trained network's guess for it
    (nncore's forward pass, final weights): the new drawing's wrong guess."""
    history, entry, _ = rendered
    shown = entry["shown"]
    pair = shown.get("pair")
    if pair is None or not pair["differ"]:
        pytest.skip("no pair of drawings")
    swap = shown["swap"]
    x, xt = history.split("train")[0], history.split("test")[0]
    changed = x[pair["practice"]].copy()
    changed[pair["differ"]] = xt[pair["unseen"]][pair["differ"]]
    out = history.network(shown["step"]).forward(changed[None, :]).a[-1][0]
    assert swap["squares"] == pair["differ"] and np.allclose(swap["outputs"], out, atol=1e-4)
    assert swap["top"] == int(np.argmax(out)) == pair["guess"] != pair["truth"]
    # its panel: its own plate, clear of the new drawing and every other text standing with it
    left, bottom, right, top = swap["plate"]
    assert left > pair["at"][1][0] + chapter_module.PAIR_CARD / 2 and right <= 7.1
    panel = {f"the practice {history.labels[pair['truth']]} with", "just these squares changed:"}
    others = [d for d in shown["swap_beside"] if d["text"] not in panel]
    assert others and not [d for d in others if d["box"][0] < right and d["box"][1] > left
                           and d["box"][2] < top and d["box"][3] > bottom], others


def test_the_changed_practice_drawing_comes_after_the_wrong_guess_as_it_is_said(rendered):
    """Review s32 r2 (its change): the changed practice drawing stood silent from 57 s, its "guess:
    3" before "the highest is 3: wrong" was said, beside the same "3 x". It comes after those
    words, as "Change only these two squares on the practice 1" is said, its guess as "and it
    says 3" is (nncore's guess for it), and "too closely" is said there, once."""
    history, entry, _ = rendered
    shown = entry["shown"]
    if "swap" not in shown:
        pytest.skip("no changed practice drawing")
    pair, labels = shown["pair"], history.labels
    truth, guess = labels[pair["truth"]], labels[shown["swap"]["top"]]
    text = said(entry)
    wrong = f"it says {labels[pair['guess']]}: wrong."
    change = (f"{wrong} Change only these {count_words(len(pair['differ']))} squares on the practice {truth}, "
              f"and it says {guess}: it leans on tiny details like these. It fits its practice too closely.")
    assert change in text and text.count("too closely") == 1
    # review s37: "fits tiny details too closely" was abstract: as "like these" is said, every
    # outlined square (two on the pair per differing square, two on the panel: each a dark and a
    # bright edge) pulses, the squares nncore's two drawings differ most in
    start, mark = shown["leans_at"]
    assert mark - 0.3 <= start <= mark + 0.2, (start, mark)
    assert shown["leans_on"] == 3 * 2 * len(pair["differ"]) > 0
    # the panel whole as its words begin, after the new drawing's wrong guess is drawn and said
    drawn_at, change_said = shown["swap_at"]
    assert shown["pair_says_at"][1] + 0.9 <= drawn_at <= change_said <= drawn_at + 0.7
    heading = [d["t"] for d in entry["drawn"] if d["text"] == f"the practice {truth} with"]
    assert heading and min(heading) >= drawn_at - 0.01
    # its guess as it is said, never before; no "guess: 3" beside the new drawing's "3 x"
    guess_at, flip_said = shown["swap_said_at"]
    says = [d["t"] for d in entry["drawn"] if d["text"] == "now it says:"]
    assert says and flip_said - 0.6 <= min(says) <= flip_said + 0.34, (says, flip_said)
    assert not [d for d in entry["drawn"] if d["text"] == f"guess: {guess}" and d["t"] < shown["fit_at"]]
    # gone before the practice score comes in its room
    assert flip_said < shown["fit_at"]


def test_the_changed_drawing_is_the_practice_one_glided_over_with_only_its_squares_changed(rendered):
    """Review s35 (digits, its ONE change): one big before/after of the same drawing. A copy of
    the practice drawing glides onto the panel as "Change only these two squares" begins: read
    off the frame there, the panel's differing squares (recomputed from the data) are the
    practice drawing's; as it says its guess they are the new drawing's, and every other square
    stayed the practice drawing's."""
    history, entry, out = rendered
    shown = entry["shown"]
    if "swap" not in shown:
        pytest.skip("no changed practice drawing")
    pair, swap = shown["pair"], shown["swap"]
    a, b = history.split("train")[0][pair["practice"]], history.split("test")[0][pair["unseen"]]
    side, card = int(round(np.sqrt(len(a)))), swap["card"]
    frames = frames_of(entry, out)
    glided = next(img for tm, img in frames if tm >= shown["swap_at"][0] + 0.85)
    changed = next(img for tm, img in frames if tm >= shown["swap_changed_at"] + 0.05)

    def cells(img, ks):   # each square's middle, away from its outline
        cx, cy = swap["at"]
        return np.array([img[py, px].mean() for k in ks
                         for px, py in [to_px(img, cx + (k % side - (side - 1) / 2) * card / side,
                                              cy - (k // side - (side - 1) / 2) * card / side)]])

    apart = pair["differ"]
    rest = [k for k in range(side * side) if k not in apart]
    for img in (glided, changed):
        assert np.corrcoef(cells(img, rest), a[rest])[0, 1] > 0.9
    # the differing squares: the practice drawing's shades, then the new one's (each half way
    # or more from the one to the other, brighter where the new one is brighter)
    before, after = cells(glided, apart), cells(changed, apart)
    assert np.all(np.sign(after - before) == np.sign(b[apart] - a[apart])), (before, after, a[apart], b[apart])
    assert np.all(np.abs(after - before) > 0.3 * 255 * np.abs(b[apart] - a[apart])), (before, after)


# --- blind review s34 ---

def test_the_map_shading_is_said_while_its_note_stands(rendered):
    """Review s34 (tiny): "the shading: our network's guess there" was written at 3-9 s and never
    said. On a map, the words say what the shading is while that note is on screen."""
    history, entry, _ = rendered
    if history.config["sizes"][0] != 2:
        return
    note = next(d for d in entry["drawn"] if d["text"] == "the shading: our network's guess there")
    line = next((c for c in entry["cues"] if "shading" in c["text"]), None)
    assert line is not None, "the shading is never said"
    assert note["t"] <= line["start_s"], (note, line)
    # the note still stands as the words end: it goes only when the memoriser's picture comes
    honest = next(c for c in entry["narration"] if c["text"].startswith("Why not test it"))
    assert line["end_s"] <= honest["start_s"]


def test_a_points_two_numbers_are_said_as_across_and_up(rendered):
    """Review s34 (tiny): "across -0.29, up 0.04" stood beside the first point unexplained: its
    two numbers are said as how far across and up, as they light the inputs."""
    history, entry, _ = rendered
    if history.config["sizes"][0] != 2:
        return
    assert "its two numbers, across and up, light the inputs" in said(entry)
    assert [d for d in entry["drawn"] if d["text"].startswith("across ")]


def test_a_lower_unseen_score_is_said_as_a_little_harder_not_nearly_as_well():
    """Review s34: "nearly as well, about 4 mistakes in 100 against 1" read as a contradiction
    (four times as many). A score a few points lower is said to be a little harder."""
    words = chapter_module.Testing.compare_words(99, 96)
    assert "a little harder" in words and "nearly as well" not in words
    assert "about 4 mistakes in 100 against 1." in words
    assert "a little harder" not in chapter_module.Testing.compare_words(96, 96)


def test_a_check_with_no_mistake_on_the_map_says_what_is_seen(rendered):
    """Review s34 r2 (tiny): "every dot kept its colour: no mistakes" was written and not said,
    and "It got every one of these right" named nothing to see. With no mistake among the
    dots (nncore's final guesses), the words say the dots kept their colour, while that note
    stands."""
    history, entry, _ = rendered
    if history.config["sizes"][0] != 2:
        return
    xt, yt = history.split("test")
    shown = entry["shown"]["examples"]
    wrong = (history.network(entry["shown"]["step"]).guesses(xt) != classes_of(yt))[shown]
    if wrong.any():
        assert "kept its colour" not in said(entry)
        return
    note = next(d for d in entry["drawn"] if d["text"] == "every dot kept its colour: no mistakes")
    line = next((c for c in entry["cues"] if "kept its colour" in c["text"]), None)
    assert line is not None, "the kept colours are never said"
    assert note["t"] <= line["end_s"]


def test_why_the_score_becomes_100_squares_is_said_as_it_is_written(rendered):
    """Review s34: the grid of 359 squares became a block "out of every 100" with nothing said
    about why. The reason (the two tests differ in size: counts from nncore's split) is said in
    its own line, and its note comes up as it is said, after the count, never before it."""
    history, entry, _ = rendered
    n_test, n_train = len(history.split("test")[1]), len(history.split("train")[1])
    line = next(l for l in entry["narration"] if l["text"].endswith(f"That is {round(100 * entry['shown']['test_accuracy'])} percent."))
    if n_test <= 100:   # tiny: each score is its real squares, no block of 100 to explain
        assert "out of every 100" not in line["text"] and "why_at" not in entry["shown"]
        return
    more = "more" if n_train > n_test else "fewer" if n_train < n_test else "as many"
    assert line["text"].startswith(f"Practice had {more} examples, so we count each out of every 100."), line
    shown = entry["shown"]   # its note (laid out: the test above) as it is said, after the count
    assert shown["result_said_at"] < shown["why_at"] <= shown["why_said_at"] + 0.1, shown


def test_a_points_two_numbers_are_read_off_rulers_on_the_map(rendered):
    """Review s34, tiny: "across -0.29, up 0.04" were decimals with nothing to read them against.
    Dashed lines go from the first point down and across to rulers on the map's edges, where its
    two numbers (nncore's test data) are written, before they go into the inputs; the rulers'
    numbers are round, and each in its place: the point's down line meets the bottom ruler where
    the map puts its first number, its across line the left one where it puts its second."""
    history, entry, _ = rendered
    if history.config["sizes"][0] != 2:
        assert "guides" not in entry["shown"]
        return
    from scenes.kit.numbers import written
    guides = entry["shown"]["guides"]
    x, _ = history.split("test")
    point = x[entry["shown"]["examples"][0]]
    assert guides["point"] == pytest.approx(point.tolist())
    assert guides["values"] == [written(float(v)) for v in point]
    (bottom, left), at = guides["feet"], guides["at"]
    assert bottom[0] == pytest.approx(at[0], abs=1e-3) and left[1] == pytest.approx(at[1], abs=1e-3)
    assert bottom[1] < at[1] and left[0] < at[0]   # down to the bottom edge, left to the left edge
    # the map's own scale: the point sits as far along each edge as its number is along the
    # map's range (the points' spread, as every map draws it)
    from scenes.kit.readings import plane_bounds
    (x0, x1), (y0, y1) = plane_bounds(np.vstack([history.split("train")[0], x]))
    share = (np.array(at) - guides["corner"]) / guides["side"]
    assert share == pytest.approx([(point[0] - x0) / (x1 - x0), (point[1] - y0) / (y1 - y0)], abs=1e-3)
    assert guides["ticks"] and all(min(x0, y0) <= float(t.replace("\u2212", "-")) <= max(x1, y1) for t in guides["ticks"])
    fed = entry["shown"]["fed_numbers"]
    line = next(l for l in entry["narration"] if l["text"].startswith("We feed"))
    assert line["start_s"] < guides["drawn_at"] < fed["at"][0], (guides, fed)
