"""The convnet chapter: renders for the digits, shows a card for data without pictures,
reads easily, and every value it shows is the real convnet's (recomputed here with nncore)."""
from __future__ import annotations

import math
import re

import numpy as np
import pytest

from nncore.conv import ConvNet
from nncore.history import History, KeptMaps
from nncore.network import classes_of
from scenes import catalog
from scenes.kit import theme
from scenes.kit.chapter import count_words, script_lines, script_text
from scenes.chapters.convnet import (N_FIXED, N_STAMPS_SHOWN, Convnet, chosen_example, convnet_facts, pool_winners,
                                     written)
from scenes.kit.pictures import ShadedGrid, lit, number_color, short, signed
from scenes.kit.readings import moved_pictures, stamp_spot, worked_stamp
from tests.chapter_checks import check_readable, longest_still, reading_ease, render_tiny, said


@pytest.fixture(scope="module")
def digits(story_file, tmp_path_factory):
    """The digits story and the chapter's tiny render of it (made once)."""
    path = story_file("digits")
    out = tmp_path_factory.mktemp("convnet-digits")
    return History.load(path), render_tiny("convnet", path, out), out


def by_hand(image: np.ndarray, kernel: np.ndarray, bias: float) -> np.ndarray:
    """The stamp's map the slow way: at every spot, the patch times the dials, plus the bias,
    and nothing below zero."""
    side = image.shape[0] - kernel.shape[0] + 1
    out = np.zeros((side, side))
    for r in range(side):
        for c in range(side):
            out[r, c] = max(0.0, float((image[r:r + 3, c:c + 3] * kernel).sum()) + bias)
    return out


def a_pixel_over(image: np.ndarray) -> np.ndarray:
    """The picture one pixel right if its right edge is empty, else left if its left edge is,
    else right with the right edge's ink lost: as the chapter says it moves them."""
    if not image[:, -1].any():
        return np.roll(image, 1, axis=1)
    if not image[:, 0].any():
        return np.roll(image, -1, axis=1)
    moved = np.roll(image, 1, axis=1)
    moved[:, 0] = 0.0
    return moved


def guesses_on_moved(history: History) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The truths, and both networks' guesses (final weights) on every test picture moved a
    pixel, recomputed here."""
    x_test, y_test = history.split("test")
    moved = np.stack([a_pixel_over(im) for im in x_test.reshape(-1, 8, 8)]).reshape(len(x_test), -1)
    return (classes_of(y_test), history.network(history.snapshot().step).guesses(moved),
            history.convnet.network().guesses(moved))


LIMIT = 230       # seconds: (session 37: 228 s here, +4 s for the worked spot's sum shown as pieces flying into one bar, blue then red then the head start, said as they fly, the review's change; session 32: 224 s here, 217 s at 480p, +6 s for the convnet's side shown on its output neuron's dials, the review's change, and 0.1 s more pause a section for 10% quiet); the chapter's length at most in this 3-fps render (~4 s over the 480p video, ~8 s since session 16; session 16: 217 s here, 209 s at 480p, +18 s for the ending on a moved picture the convnet gets right and ours wrong (review 10) and each part's picture set up before its words; session 14: +2 s for the pause after each of its 11 sections, 1.2 -> 1.3 s, since 1.2 left 9.9% quiet at 480p; session 13: the 480p chapter stays under 190 s, 189.5 s, with the conclusion said and the 71% bar held)


# --- which chapters apply ---

def test_applies_only_to_picture_data(story_file):
    assert Convnet.applies(History.load(story_file("digits")))
    assert not Convnet.applies(History.load(story_file("tiny")))
    assert catalog.chapter_class("convnet") is Convnet


def test_without_pictures_it_shows_a_short_card(story_file, tmp_path):
    entry = render_tiny("convnet", story_file("tiny"), tmp_path)
    assert (tmp_path / entry["file"]).stat().st_size > 0
    assert entry["shown"] == {}
    assert len(entry["narration"]) == 1 and "pictures" in entry["narration"][0]["text"]
    assert entry["duration_s"] < 30


# --- the digits chapter ---

def test_digits_render(digits):
    history, entry, out = digits
    assert (out / entry["file"]).stat().st_size > 0
    assert 40 < entry["duration_s"] < LIMIT   # 191 s (480p, session 15: 10.4% quiet) with the bars said and the moved 0's real guesses said last, without "one part of the evidence" and our neuron's fall said twice; 182 s (480p, session 13) without why the convnet still drops told through products, totals and the failed guess on our moved 0 (review 09: 41 s, five numbers), the drop told in one picture (the map slides, the output dials don't), the cards shorter; 221 s (480p, session 12) with the earlier network's side of the shift shown (the review's one change, 25 s; 6 s of words cut elsewhere); 192 s (480p) without the move-and-back detour, with why it copes better, the shares and all 8 maps; 206 s (480p) with the drop shown as dials laid over the map and two bars, the bar said, without "This is called a convolution"; 211 s (low; tiny rounds to ~4 s more) with our map part said before the totals; 213 s with the map's width said, the map moving with the picture said and our map's part; 200 s with why as one ringed square, without the places and the video; 174 s without why the convnet drops and the video; 204 s with why the drop shown on our picture moved, without the contests; 184 s with why the convnet drops on moved pictures and both mistake counts; 158 s with the answer neurons and the pictures it put right; 127 s before the stamp's places, the zeros, the shares and the moved test set
    text, shown = said(entry), entry["shown"]
    assert f"{round(100 * shown['conv_test_accuracy'])} percent" in text
    # the dense network's percent is the testing chapter's to say: here it is only on screen
    assert f"{round(100 * shown['dense_test_accuracy'])} percent" not in text
    drawn = [d["text"] for d in entry["drawn"]]
    assert f"{round(100 * shown['dense_test_accuracy'])}%" in drawn
    assert f"handwritten {history.labels[shown['label']]}" in text
    # review 9: two technical names and no reason to keep them: only "convnet" is named
    assert "This is called a convolution" not in text
    # review 9: the chapter opened on an empty frame: our picture is there with the title;
    # review 09 (round 4): "one long row of 64" contradicted testing's 8 x 8 grid: the picture is
    # the grid, and the earlier network's dials, one per square, are drawn beside it as it is said
    assert any(d["text"] == "test picture" and d["t"] < 0.1 for d in entry["drawn"])
    assert not any(d["text"].endswith("numbers in a row") for d in entry["drawn"])
    n = len(history.split("test")[0][shown["example"]])
    assert f"its own dial for each of the picture's {n} squares." in text
    heads = [d["t"] for d in entry["drawn"] if d["text"] == "our network: one neuron's dials"]
    assert heads and min(heads) <= word_time(entry, "its own dial", "its own dial")
    assert "one long row" not in text


def test_words_stay_clear_of_the_title(digits):
    """Review 9 (round 2): the zero's words over the taller two-decimal map touched the title
    (their top line at y 2.82 under the title's bottom at about 3.15): every other text's middle
    stays at 2.8 or lower."""
    _, entry, _ = digits
    title = next(d for d in entry["drawn"] if d["text"] == "Convolutional nets")
    assert not [(d["text"], d["y"]) for d in entry["drawn"] if d is not title and d["y"] > 2.8]


def test_no_text_is_too_small(digits):
    _, entry, _ = digits
    assert not [(d["text"], d["px"]) for d in entry["drawn"] if d["px"] < 14]


# --- the worked example, the zero, the shifted picture, the moved test set ---

def test_the_worked_sum_is_nncores_map_value_at_that_spot(digits):
    history, entry, _ = digits
    shown, w = entry["shown"], entry["shown"]["worked"]
    net = history.convnet.network()
    x_test = history.split("test")[0]
    i, k = shown["example"], shown["kernel_index"]
    r, c = w["spot"]
    image = x_test[i].reshape(8, 8)
    np.testing.assert_allclose(w["pixels"], image[r:r + 3, c:c + 3], rtol=0, atol=1e-12)
    np.testing.assert_allclose(w["dials"], net.kernels[k], rtol=0, atol=1e-12)
    np.testing.assert_allclose(w["products"], np.multiply(w["pixels"], w["dials"]), rtol=0, atol=1e-12)
    assert w["sum"] == pytest.approx(float(np.sum(w["products"])), abs=1e-12)
    assert w["bias"] == pytest.approx(float(net.kernel_biases[k]), abs=1e-12)
    value = net.forward(x_test[i:i + 1]).feature_maps[0][k][r, c]
    assert w["value"] == pytest.approx(value, abs=1e-9)
    assert w["value"] == pytest.approx(np.max(shown["feature_map"]), abs=1e-9)   # the brightest spot
    # the match is named, not read out (review s37 r1: "3.59", no scale given, is that a lot?)
    assert "What is left is this spot's match" in said(entry) and f"{w['value']:.2f}" not in said(entry)


def test_the_move_one_pixel_and_back_detour_is_gone(digits):
    """Review 11: "move one pixel right ... Back to the picture as it was" (72-84 s) only brought
    back what was there; the later story on our picture moved covers it. No map of matches is
    drawn for a moved picture and nothing returns "to the picture as it was"."""
    _, entry, _ = digits
    assert "Back to the picture as it was" not in said(entry)
    assert not any(d["text"].startswith("best match") for d in entry["drawn"])
    assert set(entry["shown"]["shift"]) == {"step", "moved"}


def test_the_zero_explained_is_a_sum_below_zero_at_a_zero_of_the_map(digits):
    history, entry, _ = digits
    shown, z = entry["shown"], entry["shown"]["zero"]
    snap = history.convnet.snapshots[-1]
    k = shown["kernel_index"]
    image = history.split("test")[0][shown["example"]].reshape(8, 8)
    r, c = z["spot"]
    fmap = np.asarray(shown["feature_map"])
    assert fmap[r, c] == 0 and z["value"] == 0
    assert (r, c) == divmod(int(np.flatnonzero(fmap.reshape(-1) == 0)[0]), 6)   # the first 0 in reading order
    below = float((image[r:r + 3, c:c + 3] * snap.kernels[k]).sum() + snap.kernel_biases[k])
    assert below < 0 and z["below"] == pytest.approx(below, abs=1e-12)
    drawn = [d["text"] for d in entry["drawn"]]
    assert "the sum here is below zero" in drawn and "so the map stays dark: nothing found" in drawn
    assert "below zero, the map stays dark" in said(entry)


def test_both_networks_are_scored_on_the_test_pictures_moved_a_pixel(digits):
    history, entry, _ = digits
    shown = entry["shown"]
    x_test = history.split("test")[0]
    moved = np.stack([a_pixel_over(im) for im in x_test.reshape(-1, 8, 8)])
    truths, dense, conv = guesses_on_moved(history)
    assert shown["dense_moved_accuracy"] == pytest.approx((dense == truths).mean(), abs=1e-12)
    assert shown["conv_moved_accuracy"] == pytest.approx((conv == truths).mean(), abs=1e-12)
    assert shown["dense_moved_wrong"] == int((dense != truths).sum())
    text, drawn = said(entry), [d["text"] for d in entry["drawn"]]
    assert f"Our network gets {round(100 * shown['dense_moved_accuracy'])} percent" in text
    assert f"the convnet {round(100 * shown['conv_moved_accuracy'])} percent." in text
    # review ab-k2 s24: the convnet's own drop went unsaid ("copes better" read as oversold): each
    # network's drop as said, from the percents said, recomputed here
    d0, d1 = round(100 * history.final.test_accuracy), round(100 * (dense == truths).mean())
    c0, c1 = round(100 * history.convnet.final.test_accuracy), round(100 * (conv == truths).mean())
    if d1 < d0 and c1 < c0:
        way = "by as much" if c0 - c1 == d0 - d1 else f"the convnet {'less' if c0 - c1 < d0 - d1 else 'more'}"
        assert f"the convnet {c1} percent. Both do worse, {way}." in text
    else:
        assert "Both do worse" not in text
    card = shown["moved_card"]
    i = card["index"]
    np.testing.assert_array_equal(card["picture"], moved[i])
    assert card["dense_guess"] == dense[i] != truths[i] and card["conv_guess"] == conv[i] == truths[i]
    assert f"our network: {history.labels[dense[i]]}" in drawn and f"convnet: {history.labels[conv[i]]}" in drawn


def test_the_answer_is_shown_as_how_sure_of_each(digits):
    """How sure, in percent, beside each answer; review 11: "92 percent sure" was new and
    unexplained (the earlier network's outputs were no shares): that the ten are shares adding
    up to 100 is said and drawn."""
    history, entry, _ = digits
    shown = entry["shown"]
    output = np.asarray(shown["output"])
    assert output.sum() == pytest.approx(1.0)
    drawn = [d["text"] for d in entry["drawn"]]
    assert "how sure of each one" in drawn
    text = said(entry)
    # review 09: the shares adding up to 100% were an aside the point does not need: cut; review
    # n 09: so were the percents themselves (92 %, 7 %, a new kind of number): bars only
    assert "100 percent" not in text and "all ten add up to 100%" not in drawn
    assert not [d for d in drawn if "% sure" in d]
    scores = {f"{round(100 * shown[k])}%" for k in ("conv_test_accuracy", "dense_test_accuracy",
                                                    "conv_moved_accuracy", "dense_moved_accuracy")}
    assert not [f"{round(100 * p)}%" for p in output[output >= 0.02] if f"{round(100 * p)}%" in set(drawn) - scores]
    assert "percent" not in text.split("brightest one")[1].split("On the same test")[0]
    assert f"It guesses {history.labels[shown['guess']]}." in text


def test_no_claim_without_a_picture_of_it(story_file):
    """The contests had only a made-up podium, video only our digit moved by hand: gone. And
    the stamp is not said to find its pattern "wherever it sits" just before the convnet
    drops on moved pictures."""
    words = script_text("convnet", convnet_facts(History.load(story_file("digits"))))
    assert "contest" not in words.lower() and "wherever" not in words
    # video had only our digit moved by hand: a claim with no real picture of it (the review), cut
    assert "video" not in words.lower()


def test_moved_pictures_move_each_picture_away_from_its_inked_edge():
    pictures = np.zeros((2, 4, 4))
    pictures[0, 1, 0] = 1.0                 # ink on the left edge, none on the right: moves right
    pictures[1, 2, 3] = 1.0                 # ink on the right edge: moves left
    moved = moved_pictures(pictures)
    assert moved[0, 1, 1] == 1.0 and moved[1, 2, 2] == 1.0 and moved.sum() == 2.0


def test_written_numbers_use_a_real_minus_and_no_minus_zero():
    assert written(-2.034) == "\u22122.03" and written(-0.001) == "0.00" and written(1.5) == "1.50"


def test_the_stamps_own_head_start_is_named_not_written(digits):
    """Review s33 (42 s): the digits' head start, \u22121.16, read as the product 1.16 beside it:
    it is named the stamp's own. Review s37: its number was one of about 50 decimals: its part
    of the bar shows how much, no number is written (nor any " \u2212 " that reads as a sum)."""
    history, entry, _ = digits
    bias = float(history.convnet.snapshots[-1].kernel_biases[entry["shown"]["kernel_index"]])
    drawn = [d["text"] for d in entry["drawn"]]
    assert "the stamp's own head start" in drawn
    assert not [d for d in drawn if written(bias) in d]
    assert not any("\u2212 " in words or "+ " in words for words in drawn)


def test_the_stamps_own_number_is_said_in_plain_words(digits):
    """Review 9: "the stamp's own number: \u22121.16" stood there unexplained. Review 11: "the
    stamp's bar, which a patch must clear" was a new word: it is the earlier chapters' "head
    start" (forward's word for a neuron's own number), added, below zero or not."""
    from scenes.chapters.convnet import offset_words
    assert offset_words(-1.1579) == "Its head start, as a neuron's, takes some more off."
    assert offset_words(0.3) == "Its head start, as a neuron's, adds some more."
    from scenes.kit.chapter import script_file
    assert "head start" in script_file("forward", None).read_text()     # the earlier chapters' word
    _, entry, _ = digits
    w = entry["shown"]["worked"]
    assert offset_words(w["bias"]) in said(entry)
    assert "bar" not in said(entry).replace("bars", "")
    assert "1.16" not in said(entry)     # review s37: no number but the match said here


def test_on_screen_words_are_templates_not_fstrings():
    """Every self.text(...) takes a template and its facts (translatable before the numbers go in)."""
    import inspect
    import re
    from scenes.chapters import convnet
    source = inspect.getsource(convnet)
    assert not re.search(r"self\.text\(\s*f[\"']", source)
    assert not re.search(r"self\.text\(\s*str\(", source)


def test_a_worked_spot_by_hand():
    image = np.arange(16, dtype=float).reshape(4, 4) / 16
    kernel = np.array([[1.0, 0, -1], [0, 2, 0], [-1, 0, 1]])
    w = worked_stamp(image, kernel, -0.5, (1, 0))
    assert w["sum"] == pytest.approx(4 / 16 - 6 / 16 + 2 * 9 / 16 - 12 / 16 + 14 / 16)
    assert w["value"] == pytest.approx(max(0.0, w["sum"] - 0.5))
    assert stamp_spot(np.array([[0, 3.0], [3.0, 1]])) == (0, 1)     # the first of equal best


def test_shown_values_are_the_real_convnets(digits):
    history, entry, _ = digits
    shown = entry["shown"]
    net = history.convnet.network()
    x_test, y_test = history.split("test")
    i, k = shown["example"], shown["kernel_index"]
    seen = net.forward(x_test[i:i + 1])
    assert shown["label"] == int(classes_of(y_test[i:i + 1])[0])
    assert shown["guess"] == int(seen.output[0].argmax())
    np.testing.assert_allclose(shown["kernel"], net.kernels[k], rtol=0, atol=1e-12)
    np.testing.assert_allclose(shown["feature_map"], seen.feature_maps[0][k], rtol=0, atol=1e-9)
    np.testing.assert_allclose(shown["pooled"], seen.pooled[0][k], rtol=0, atol=1e-9)
    assert shown["conv_test_accuracy"] == pytest.approx(net.accuracy(x_test, y_test), abs=1e-12)
    assert shown["dense_test_accuracy"] == pytest.approx(history.final.test_accuracy, abs=1e-12)
    dense = history.network(history.final.step)
    if history.snapshot(history.final.step).step == history.final.step:
        assert shown["dense_test_accuracy"] == pytest.approx(dense.accuracy(x_test, y_test), abs=1e-12)


def test_the_map_is_the_stamp_slid_over_the_picture(digits):
    """Independent of nncore's layers: the map by hand, the pooled maxima by hand."""
    history, entry, _ = digits
    shown = entry["shown"]
    snap = history.convnet.snapshots[-1]
    k = shown["kernel_index"]
    image = history.split("test")[0][shown["example"]].reshape(8, 8)
    fmap = by_hand(image, snap.kernels[k], snap.kernel_biases[k])
    np.testing.assert_allclose(shown["feature_map"], fmap, rtol=0, atol=1e-9)
    blocks = fmap.reshape(3, 2, 3, 2).max(axis=(1, 3))
    np.testing.assert_allclose(shown["pooled"], blocks, rtol=0, atol=1e-9)


def test_the_stamp_drawn_is_the_one_that_finds_most(digits):
    history, entry, _ = digits
    shown = entry["shown"]
    net = history.convnet.network()
    x = history.split("test")[0]
    maps = net.forward(x[shown["example"]:shown["example"] + 1]).feature_maps[0]
    assert shown["kernel_index"] == int(maps.sum(axis=(1, 2)).argmax())
    assert np.asarray(shown["feature_map"]).max() > 0


# --- narration ---

def test_reads_easily(story_file):
    check_readable(script_text("convnet", convnet_facts(History.load(story_file("digits")))))
    card = script_lines("convnet", convnet_facts(History.load(story_file("tiny"))))["no_pictures"]
    assert reading_ease(card) >= 60


def test_a_wrong_answer_is_told_as_wrong(story_file):
    """With only a misread digit kept, the facts name the wrong guess and the right label."""
    history = History.load(story_file("digits"))
    run = history.extra["convnet"]      # the file's own dicts: keep only a misread digit
    kept = [e for e in run["feature_maps"] if e["guess"] != e["label"]]
    if not kept:
        pytest.skip("the convnet read every kept example right")
    run["feature_maps"] = kept[:1]
    assert len(history.convnet.feature_maps) == 1
    facts = convnet_facts(history)
    said = script_lines("convnet", facts)["wrong"]
    assert facts["guess_label"] != facts["label"]
    assert f"It guesses {facts['guess_label']}." in said and f"answer is {facts['label']}" in said


# --- helpers ---

def test_pool_winners_match_nncores_pooling():
    rng = np.random.default_rng(4)
    fmap = np.maximum(rng.normal(size=(6, 6)), 0.0)
    fmap[0:2, 0:2] = 0.0                     # a tie: the first cell in reading order wins
    winners = pool_winners(fmap)
    assert winners[0] == (0, 0)
    net = ConvNet(np.zeros((1, 3, 3)), np.zeros(1), np.zeros((10, 9)), np.zeros(10))
    pooled = net.pool.forward(fmap[None, None])[0, 0]
    np.testing.assert_array_equal([fmap[r, c] for r, c in winners], pooled.reshape(-1))


def test_chosen_example_prefers_a_right_answer():
    kept = [KeptMaps("test", index, label, guess, np.zeros(10), np.zeros((8, 6, 6)), np.zeros((8, 3, 3)))
            for index, label, guess in ((3, 1, 2), (5, 4, 4))]
    assert chosen_example(kept).index == 5
    assert chosen_example(kept[:1]).index == 3


def test_numbers_for_people():
    assert [short(v) for v in (0.0, 0.04, 2.86, -1.69)] == ["0", "0", "2.9", "\u22121.7"]


def test_numbers_stand_out_on_their_cells():
    """Light numbers on dark cells, dark numbers on bright ones, in either theme."""
    try:
        dark = theme.use("dark")
        assert number_color(lit(1.0)(0.0)) == dark.text               # light on an empty cell
        assert number_color(lit(1.0)(1.0)) == dark.background         # dark on bright yellow
        light = theme.use("light")
        assert number_color(lit(1.0)(0.0)) == light.text              # dark on white
        assert number_color(lit(1.0)(1.0)) == light.text              # dark on orange
    finally:
        theme.use("dark")


def test_shaded_grid_batches_equal_shades():
    grid = ShadedGrid(np.array([[0.0, 1.0], [1.0, 0.0]]), 0.5, lit(1.0))
    assert len(grid.cells) == 2                      # two shades, one VMobject each
    assert len(ShadedGrid(np.eye(2), 0.5, lit(1.0), separate=True).cells) == 4


def test_the_small_maps_feed_answer_neurons_and_the_brightest_is_the_guess(digits):
    history, entry, _ = digits
    drawn = [d["text"] for d in entry["drawn"]]
    assert "output neurons" in drawn
    text = said(entry)
    assert f"All {count_words(len(history.convnet.snapshots[-1].kernels))} shrunk maps feed ten output neurons" in text and "The brightest one is the net's guess" in text


def test_answer_on_screen_means_only_what_a_picture_is(digits):
    """The review: "answer" meant three things (the output neurons, how sure of each, and what
    the picture is). On screen it is only "answer: 0", what the picture really is, as in the
    testing chapter; the neurons are "output neurons", as in the forward chapter."""
    _, entry, _ = digits
    drawn = {d["text"] for d in entry["drawn"]}
    assert [words for words in drawn if "answer" in words and not words.startswith("answer: ")] == []


def test_a_moved_picture_is_shown_before_the_moved_scores(digits):
    """"71% on moved pictures" is explained: one picture and its moved copy come first."""
    history, entry, _ = digits
    shown, drawn = entry["shown"], entry["drawn"]
    first = lambda words: min(d["t"] for d in drawn if d["text"] == words)
    assert first("a test picture") < first(f"{round(100 * shown['dense_moved_accuracy'])}%")
    # review 11: the moved picture is named by what it is (a 6), not "this one", before our 0 comes back
    from scenes.chapters.convnet import moved_step
    card = shown["moved_card"]
    way = "right" if moved_step(np.asarray(card["before"]), np.asarray(card["picture"])) > 0 else "left"
    assert f"This {history.labels[card['truth']]} moves {way}." in said(entry)
    # review 12 09: "like this 6" closed the rule's "or to the left" clause, of a 6 moved right
    assert "like this" not in said(entry)


def test_the_moved_pictures_the_convnet_put_right_are_counted_and_shown(digits):
    history, entry, _ = digits
    shown = entry["shown"]
    truths, dense, conv = guesses_on_moved(history)
    fixed = np.flatnonzero((conv == truths) & (dense != truths))
    assert shown["n_fixed"] == len(fixed)
    picked = shown["fixed"]
    assert len(set(picked)) == len(picked) == min(len(fixed), N_FIXED) and set(picked) <= set(fixed.tolist())
    if len(fixed):
        assert picked[0] == fixed[0] == shown["moved_card"]["index"]
    from scenes.chapters.convnet import fixed_words
    if len(fixed):
        assert fixed_words(len(picked)) in said(entry)
    # the counts are on the score's bars (review 09: headline numbers said at most twice)
    assert "fewer mistakes" not in said(entry)


def test_fixed_words_agree_in_number():
    from scenes.chapters.convnet import fixed_words
    assert fixed_words(4) == "Here are four moved pictures our network got wrong and the convnet right."
    assert fixed_words(1) == "Here is a moved picture our network got wrong and the convnet right."


def test_the_cards_are_shown_as_they_were_then_moved(digits):
    """Review 09: the cards were shown only moved, so the move was invisible (a 2 seemed moved
    left after "moved 1 pixel right"), then stood still 21 s. Each comes as it was, moves its
    pixel (the way nncore's moved test set moved it), then both guesses: within the words."""
    history, entry, _ = digits
    from scenes.kit.readings import moved_pictures
    x_test = history.split("test")[0]
    drawn = [d for d in entry["drawn"] if d["text"] == "each moved 1 pixel: our network wrong, the convnet right"]
    if not entry["shown"]["fixed"]:
        assert not drawn
        return
    for i in entry["shown"]["fixed"]:
        before = x_test[i].reshape(8, 8)
        np.testing.assert_array_equal(moved_pictures(before[None])[0], a_pixel_over(before))
    start = section_start(entry, "moved pictures our network got wrong")
    end = section_start(entry, "Why does the convnet cope better?")
    # review 10: whole as the words start (they ran ahead of the picture at scene changes)
    assert drawn and start - 1.0 <= drawn[0]["t"] <= start - 0.4
    # short: the score's bars said the counts already (9.3 s since session 20: the next part's lower
    # picture moves and is named before its words, 0.9 s, review g2 s19)
    assert end - start < 10.0


def test_the_match_is_a_lit_square_not_a_number_from_the_worked_spot_to_the_shrunk_map(digits):
    """Review s37 (33-81 s): about 50 decimals crowded out the sliding; review s37 r1: the one
    left, "3.59", had no scale (is that a lot?). From the worked spot to the shrunk map no number
    is drawn: this spot's match (nncore's map there, the stamp over the pixels plus its head
    start, by hand, the map's brightest) lights its square of the map in the map's colour for it."""
    from scenes.chapters.convnet import map_lit
    history, entry, _ = digits
    shown = entry["shown"]
    snap, k = history.convnet.snapshots[-1], shown["kernel_index"]
    r, q = shown["worked"]["spot"]
    image = history.split("test")[0][shown["example"]].reshape(8, 8)
    match = max(0.0, float((image[r:r + 3, q:q + 3] * snap.kernels[k]).sum() + snap.kernel_biases[k]))
    assert match == pytest.approx(float(np.max(by_hand(image, snap.kernels[k], float(snap.kernel_biases[k])))), abs=1e-9)
    start = section_start(entry, "Put the stamp on one spot")
    end = section_start(entry, "Here are")
    numbers = [d["text"] for d in entry["drawn"] if start <= d["t"] < end and re.search(r"\d\.\d", d["text"])]
    assert not numbers, numbers
    top = float(np.max(history.convnet.network().forward(history.split("test")[0][shown["example"]][None]).feature_maps))
    assert shown["worked_first"]["colour"] == map_lit(top)(match).to_hex()

def test_the_map_shrinks_for_a_reason_shown_in_numbers(digits):
    """"the map shrinks" said why: fewer numbers go on, counted under both maps."""
    _, entry, _ = digits
    shown = entry["shown"]
    big, small = np.asarray(shown["feature_map"]).size, np.asarray(shown["pooled"]).size
    drawn = [d["text"] for d in entry["drawn"]]
    assert f"{big} squares" in drawn and f"{small} squares" in drawn
    assert f"{big} squares become {small}: less to read." in said(entry)
    assert "fewer squares for the next step to read" in drawn      # review 10: the reason on screen


def test_a_few_stamps_are_shown_beside_their_maps_and_a_dark_map_is_explained(digits):
    """Review round 3: eight stamps at 14 px could not be read; a few, larger, each named."""
    history, entry, _ = digits
    n = len(history.convnet.snapshots[-1].kernels)
    drawn = [d["text"] for d in entry["drawn"]]
    shown = entry["shown"]["stamps_shown"]
    assert shown[0] == entry["shown"]["kernel_index"] and len(shown) == min(n, N_STAMPS_SHOWN)
    assert f"{len(shown)} of the {n} stamps, each with its shrunk map" in drawn
    pooled = history.convnet.network().forward(history.split("test")[0][entry["shown"]["example"]][None]).pooled[0]
    dark = sum(not p.any() for p in pooled)
    assert ("find nothing here" in said(entry) or "finds nothing here" in said(entry)) == bool(dark)


def test_dark_words_agree_in_number():
    from scenes.chapters.convnet import dark_words
    assert dark_words(np.ones((3, 2, 2))) == ""
    assert "One finds nothing" in dark_words(np.array([np.zeros((2, 2)), np.ones((2, 2))]))
    assert "Two find nothing" in dark_words(np.zeros((2, 2, 2)))


def test_a_dark_stamps_red_dials_are_told_only_when_most_are_red():
    """Review ab-k2 s27: the dark stamp's dials came up, never said. Its dials are said red when
    most are below zero, counted here: all, nearly all (three in four), mostly; else not said."""
    from scenes.chapters.convnet import dark_words
    one = np.array([np.zeros((2, 2)), np.ones((2, 2))])
    assert "its dials are all red, so its map stays dark" in dark_words(one, -np.ones((3, 3)))
    dials = -np.ones((3, 3))
    dials[0, 0] = 0.5
    assert "its dials are nearly all red" in dark_words(one, dials)
    dials[0, 1:] = 0.5
    assert "its dials are mostly red" in dark_words(one, dials)
    dials[1, :2] = 0.5                      # 4 of 9 red: not most
    assert dark_words(one, dials) == " One finds nothing here: its map stays dark."
    assert "This one's dials are all red." in dark_words(np.zeros((2, 2, 2)), -np.ones((3, 3)))


def test_the_moved_pictures_say_what_they_are(digits):
    """Each moved picture with the guesses also says its right answer."""
    history, entry, _ = digits
    truths = classes_of(history.split("test")[1])
    drawn = [d["text"] for d in entry["drawn"]]
    for i in entry["shown"]["fixed"]:
        assert f"answer: {history.labels[truths[i]]}" in drawn


def test_the_maps_width_is_said_as_the_spots_the_stamp_fits_at(digits):
    """Review round 2: an 8x8 picture and a 6x6 map, never explained: the 3-wide stamp fits at
    8 - 3 + 1 = 6 spots across."""
    history, entry, _ = digits
    shown = entry["shown"]
    side = int(np.sqrt(len(history.split("test")[0][shown["example"]])))
    spots = side - np.asarray(shown["kernel"]).shape[1] + 1
    assert np.asarray(shown["feature_map"]).shape[1] == spots
    assert f"It fits {spots} spots across {side} pixels." in said(entry)
    # review 9: said, not pictured: both counts are written over the picture and the map as it is said
    when = word_time(entry, "Now the stamp slides", "It fits")
    for words in (f"{side} pixels across", f"{spots} spots across"):
        assert any(d["text"] == words and d["t"] <= when for d in entry["drawn"]), words


def test_each_column_of_small_pairs_says_which_is_the_stamp_and_which_its_map(digits):
    """Review round 2: eight small pairs, unlabelled: which square is the stamp, which its map?"""
    history, entry, _ = digits
    drawn = [d["text"] for d in entry["drawn"]]
    assert drawn.count("map") == 1 and drawn.count("stamp") >= 1      # one column of pairs


# --- review round 3: what each stamp looks for, numbers that fit their cells ---

def test_a_stamp_is_named_by_where_its_blue_dials_lie():
    """Review 10: a stamp is named by its strongest blue dials: a stroke only when they are
    exactly one line of three, else their places."""
    from scenes.chapters.convnet import NO_INK, stamp_pattern
    upright = np.array([[-1.0, 2.0, -1.0], [-1.0, 2.0, -1.0], [-1.0, 1.5, 0.2]])
    assert stamp_pattern(upright)[0] == "an upright stroke in the middle"
    assert stamp_pattern(upright.T)[0] == "a flat stroke across the middle"
    assert stamp_pattern(np.roll(upright, -1, axis=1))[0] == "an upright stroke on the left"
    assert stamp_pattern(np.eye(3) - 0.5)[0] == "a stroke slanting down to the right"
    assert stamp_pattern(np.eye(3)[::-1] - 0.5)[0] == "a stroke slanting up to the right"
    assert stamp_pattern(-np.ones((3, 3)) + 0.1 * np.eye(3)) == NO_INK       # faint blue: wants no ink
    # the review's stamp: blue top (1.33), middle (2.54) and bottom right (1.69), not upright
    review = np.array([[-0.028, 1.329, -0.769], [0.344, 2.536, 0.432], [-1.687, 0.208, 1.693]])
    assert stamp_pattern(review) == ("ink at the top, the middle and the bottom right",
                                     "ink: top, middle, bottom right")
    corners = -np.ones((3, 3))
    corners[0, 0] = corners[2, 2] = 1.0
    assert stamp_pattern(corners) == ("ink at the top left and the bottom right", "ink: top left, bottom right")


def test_the_stamps_shown_are_named_truly(digits):
    """Each name drawn is true of the real learned stamp: the places named are its strongest
    blue dials (from half its biggest), a stroke's line is exactly them."""
    from scenes.chapters.convnet import (FINDS_NOTHING, INK_AT, LINE_CELLS, LINES, NO_INK, PLACES, STRONG_BLUE,
                                         convnet_values, stamp_pattern)
    history, entry, _ = digits
    kernels = history.convnet.snapshots[-1].kernels
    pooled = convnet_values(history)["all_pooled"]
    shown = entry["shown"]
    drawn = [d["text"] for d in entry["drawn"]]
    place_of = {PLACES[r][c]: (r, c) for r in range(3) for c in range(3)}
    for i, name in zip(shown["stamps_shown"], shown["stamp_patterns"]):
        k = np.asarray(kernels[i])
        assert name in drawn
        assert name == (stamp_pattern(k)[1] if np.asarray(pooled[i]).any() else FINDS_NOTHING)
        if name.startswith(INK_AT):
            cells = [place_of[p] for p in name[len(INK_AT):].split(", ")]
            assert all(k[cell] >= STRONG_BLUE * k.max() for cell in cells)
            weaker = [k[r, c] for r in range(3) for c in range(3) if (r, c) not in cells]
            assert max(weaker) <= min(k[cell] for cell in cells)        # the strongest ones
        for line, (_, drawn_name) in LINES.items():
            if drawn_name == name:
                assert all(k[cell] >= STRONG_BLUE * k.max() for cell in LINE_CELLS[line])
        if name == NO_INK[1]:
            assert k.max() < 0.25 * np.abs(k).max()


def test_our_stamps_pattern_is_said_and_drawn_when_it_is_first_shown(digits):
    from scenes.chapters.convnet import stamp_pattern
    _, entry, _ = digits
    said_name, drawn_name = stamp_pattern(entry["shown"]["kernel"])
    stamp_lines = [n["text"] for n in entry["narration"] if "small stamps of nine dials" in n["text"]]
    assert stamp_lines and f"This one looks for {said_name}." in stamp_lines[0]
    from scenes.chapters.convnet import INK_AT
    looks = f"looks for {drawn_name}" if drawn_name.startswith(INK_AT) else f"looks for: {drawn_name}"
    assert looks in [d["text"] for d in entry["drawn"]]


def test_shown_stamps_are_ours_then_a_dark_one_then_those_that_find_most():
    from scenes.chapters.convnet import shown_stamps
    pooled = np.array([np.full((2, 2), x) for x in (1.0, 0.0, 3.0, 2.0, 0.0, 4.0)])
    assert shown_stamps(pooled, 2, 4) == [2, 1, 5, 3]
    assert shown_stamps(pooled[[0, 2, 3]], 0, 4) == [0, 1, 2]


def word_time(entry: dict, line_has: str, words: str) -> float:
    """When `words` start being said in the line holding `line_has`: the captions-only voice
    says one word every 1 / WORDS_PER_SECOND seconds from the line's start."""
    from scenes import narration
    lines = entry["narration"]
    first = next(i for i, n in enumerate(lines) if line_has in n["text"])
    # the line holding `words`: that one, or a later one of its part (cope's is said in three)
    line = next(n for n in lines[first:] if words in n["text"])
    before = line["text"][:line["text"].index(words)]
    return line["start_s"] + len(before.split()) / narration.WORDS_PER_SECOND


def test_moved_is_written_once_the_picture_has_moved(digits):
    """Review 5: "moved 1 pixel right" was drawn with the move, before the picture had moved.
    Review g2 s19 (144-150 s): the lower copy stood unnamed and unmoved beside its twin till
    "Move it one pixel right". It moves, then is named, both before the part's words begin."""
    _, entry, _ = digits
    shown = entry["shown"]
    if not shown.get("cope"):
        pytest.skip("no ending picture")
    start = section_start(entry, "Why does the convnet cope better?")
    notes = sorted(d["t"] for d in entry["drawn"] if d["text"].startswith("moved 1 pixel ") and d["t"] >= start - 2.0)
    moved = shown["moved_copy_cope_at"]
    assert notes and moved <= notes[0] <= start, (notes, moved, start)
    assert start - 2.0 <= moved


def test_the_outputs_are_lit_before_the_brightest_is_named():
    """Review 5: "the brightest one is the net's guess" was said before any output was lit. They
    light (1 s, at the bookmark "lit") from "one for each possible guess", before it is said."""
    import re
    from scenes.kit.chapter import script_file, script_lines
    every = {name: "x" for name in re.findall(r"{(\w+)}", script_file("convnet", None).read_text())}
    line = script_lines("convnet", every)["all_stamps"]
    lit = line.index("<bookmark mark='lit'/>")
    assert lit < line.index("one for each possible guess") < line.index("The brightest one")


def contrast(a, b) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    from manim import ManimColor

    def lum(c):
        rgb = np.asarray(ManimColor(c).to_rgb(), float)
        rgb = np.where(rgb <= 0.03928, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
        return float(np.dot(rgb, [0.2126, 0.7152, 0.0722]))
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_numbers_on_maps_and_pixels_read_at_every_brightness():
    """Review 11: white numbers on mid-yellow squares (2.14, 3.58) were hard to read at 480p.
    A square written with a number is either dim (light number) or bright (dark number), never
    in between: every value gives a contrast of at least 4.5 (WCAG AA), and bigger stays brighter."""
    from scenes.chapters.convnet import map_lit
    try:
        for name in ("dark", "light"):
            theme.use(name)
            for coloring in (map_lit(3.59),):
                cells = [coloring(v) for v in np.linspace(0, 3.59, 60)]
                worst = min(contrast(number_color(c), c) for c in cells)
                assert worst >= 4.5, (name, worst)
        theme.use("dark")
        fill = [contrast(map_lit(1.0)(v), theme.current().background) for v in np.linspace(0, 1, 20)]
        assert fill == sorted(fill)
    finally:
        theme.use("dark")


def test_every_shrunk_map_is_drawn_feeding_the_output_neurons(digits):
    """Review 11: "All eight shrunk maps feed ten output neurons" showed three maps; review 09:
    a column of all eight as 25 px thumbnails read as arrowheads: the maps not shown large are
    counted in words beside them (nncore's stamps), as it is said."""
    history, entry, _ = digits
    n = len(history.convnet.network().kernels)
    drawn = [d for d in entry["drawn"] if d["text"] == f"and {n - len(entry['shown']['stamps_shown'])} more maps"]
    assert drawn and f"All {count_words(n)} shrunk maps feed ten output neurons" in said(entry)
    assert abs(drawn[0]["t"] - word_time(entry, "shrunk maps feed", "All")) <= 1.0


def test_the_moved_pictures_guesses_are_written_large(digits):
    """Review 11: "answer: 6 / earlier: 1 / convnet: 6" beside the moved picture was ~8 px grey."""
    history, entry, _ = digits
    card = entry["shown"]["moved_card"]
    labels = history.labels
    for text in (f"our network: {labels[card['dense_guess']]}", f"convnet: {labels[card['conv_guess']]}"):
        first = min((d for d in entry["drawn"] if d["text"] == text), key=lambda d: d["t"])
        assert first["px"] >= 18, (text, first["px"])


def test_the_patch_box_starts_on_ink_and_slides():
    """Review 11: the "one small patch" box sat on the empty top right corner, then stood still:
    it starts on the worked spot (where the stamp finds most ink) and visits other spots."""
    from scenes.chapters.convnet import patch_path
    for spot in ((0, 0), (1, 1), (5, 5), (4, 0), (0, 5)):
        path = patch_path(spot, 6)
        assert path[0] == spot and len(set(path)) >= 4
        assert all(0 <= r < 6 and 0 <= c < 6 for r, c in path)
        assert all(abs(a[0] - b[0]) + abs(a[1] - b[1]) <= 2 for a, b in zip(path, path[1:]))


# --- session 12 (review 13): why better shown, the guess checked, the takeaway ---

def section_start(entry: dict, line_has: str) -> float:
    return next(n["start_s"] for n in entry["narration"] if line_has in n["text"])


def test_why_pooling_helps_with_a_shift_is_said_where_it_is_shown(digits):
    """Review l 09: why pooling helps with a shift was never said. Review s34 (81 s): said as the
    map shrinks, with "we will see it at the end", it pointed 100 s ahead. It is said where the
    moved picture's maps shrink, and the part that shrinks the map promises nothing."""
    history, entry, _ = digits
    assert "Shrunk, each block keeps its brightest square, whichever one it is:" in said(entry)
    pool = next(n for n in entry["narration"] if n["text"].startswith("Next, the map shrinks"))
    assert "at the end" not in pool["text"] and "survives" not in pool["text"]
    assert not [d for d in entry["drawn"] if "at the end" in d["text"]]


def test_the_move_says_which_way(digits):
    """Review l 09: "move every test picture one pixel" gave no direction: which way most went
    (readings.shift_picture: right unless the ink touches the right edge) is said."""
    history, entry, _ = digits
    x_test = history.split("test")[0]
    from scenes.chapters.convnet import moved_step
    pictures = [np.asarray(x, float).reshape(8, 8) for x in x_test]
    steps = [moved_step(p, moved_pictures(p[None])[0]) for p in pictures]
    # the rule checked here on every picture (left exactly when the ink touches the right edge and not the left)
    lefts = [s < 0 for s in steps]
    assert lefts == [bool(p[:, -1].any() and not p[:, 0].any()) for p in pictures]
    # review s34 (123-132 s): the rule said aside confused: the side said is the one all went,
    # else "to the side", the example's own side said next
    side = "to the right" if not any(lefts) else "to the left" if all(lefts) else "to the side"
    assert f"one pixel {side}. This" in said(entry)
    assert "most to the" not in said(entry) and "touches" not in said(entry)

def test_the_convnets_moved_score_stays_while_said(digits):
    """Review_j 09 (session 13): "the convnet 71" was said as its bar faded in and the cards
    took it off: a ghost. The bar is drawn by the time it is said and stays a while after the
    words end, before the next part starts."""
    _, entry, _ = digits
    moved = round(100 * entry["shown"]["conv_moved_accuracy"])
    score = next(n for n in entry["narration"] if n["text"].startswith("On the same test pictures"))
    after = [n for n in entry["narration"] if n["start_s"] > score["start_s"]]
    bar = [d for d in entry["drawn"] if d["text"] == f"{moved}%" and score["start_s"] <= d["t"] < score["end_s"]]
    assert bar and after
    assert after[0]["start_s"] - score["end_s"] >= 1.5
    assert after[0]["start_s"] - bar[0]["t"] >= 3.0


def text_colour(out, entry: dict, drawn: dict, t: float) -> np.ndarray:
    """The mean colour of the bright pixels of a drawn text's middle at time t (from the video)."""
    import av
    with av.open(str(out / entry["file"])) as c:
        stream = c.streams.video[0]
        frame = None
        for f in c.decode(stream):
            if f.time is not None and f.time >= t:
                frame = f.to_ndarray(format="rgb24").astype(float)
                break
    h, w = frame.shape[:2]
    x, y = (drawn["x"] + 64 / 9) / (128 / 9) * w, (4 - drawn["y"]) / 8 * h
    box = frame[int(y - 0.025 * h):int(y + 0.025 * h), int(x - 0.04 * w):int(x + 0.04 * w)].reshape(-1, 3)
    # the text's own pixels: the brightest tenth of the box, less the background they blend with
    brightest = box[np.argsort(-box.max(axis=1))[:max(1, len(box) // 10)]]
    paper = np.array([int(theme.current().background[i:i + 2], 16) for i in (1, 3, 5)], float)
    return np.clip(brightest.mean(axis=0) - paper, 0, None)


def hue_of(colour: np.ndarray) -> str:
    """"yellow", "green" or "grey" for a mean text colour, by its channels' ratios (the
    small renders blend thin text with the background)."""
    r, g, b = colour
    if g > 1.2 * r and g > 1.2 * b:
        return "green"
    if r > 1.2 * b and g > 1.2 * b and abs(r - g) < 0.25 * max(r, g):
        return "yellow"
    return "grey" if max(colour) - min(colour) < 0.2 * max(colour) else "other"


def test_the_guess_is_yellow_until_checked_against_the_answer(digits):
    """Review 13: "guess: 0 (92% sure)" was green (right) before "answer: 0" was shown: the
    net's guess is yellow (theme.highlight) until the answer is there, then green if right
    (grey if wrong)."""
    history, entry, out = digits
    shown = entry["shown"]
    guess = next(d for d in entry["drawn"] if d["text"].startswith("guess: "))
    answer = next(d for d in entry["drawn"] if d["text"] == f"answer: {history.labels[shown['label']]}")
    assert answer["t"] > guess["t"] + 0.5
    t = theme.current()
    hexrgb = lambda h: np.array([int(h[i:i + 2], 16) for i in (1, 3, 5)], float)
    assert hue_of(hexrgb(t.highlight)) == "yellow" and hue_of(hexrgb(t.right)) == "green"
    assert hue_of(hexrgb(t.wrong)) == "grey"
    before = text_colour(out, entry, guess, (guess["t"] + answer["t"]) / 2 + 0.4)
    after = text_colour(out, entry, guess, answer["t"] + 1.2)
    assert hue_of(before) == "yellow", before
    assert hue_of(after) == ("green" if shown["guess"] == shown["label"] else "grey"), after


WHY_CELL_UNITS = 0.84     # a why grid's cell (the chapter's WHY_CELL), as the video's units


def ring_on(out, entry: dict, x: float, y: float, t: float, side: str = "left") -> bool:
    """Whether a white ring is round the why grid's cell whose middle is (x, y) at time t: the
    video's pixels along the cell's left (or right) edge, their dimmest channel bright (white, not
    the yellow of a map's square, the grey of a grid's frame or the blue and red of a dial)."""
    import av
    with av.open(str(out / entry["file"])) as c:
        frame = next(f for f in c.decode(c.streams.video[0]) if f.time is not None and f.time >= t)
        frame = frame.to_ndarray(format="rgb24").astype(float)
    h, w = frame.shape[:2]
    edge = x + (-1 if side == "left" else 1) * WHY_CELL_UNITS / 2
    px = (edge + 64 / 9) / (128 / 9) * w
    top, bottom = ((4 - (y + s * 0.3 * WHY_CELL_UNITS)) / 8 * h for s in (1, -1))
    strip = frame[int(round(top)):int(round(bottom)) + 1, max(0, int(px) - 1):int(px) + 2]
    return float(strip.min(axis=2).max(axis=1).mean()) > 110


def test_the_scores_rows_are_whole_before_they_are_said(digits):
    """Review 8 09 (point 4): the convnet's moved row and "71%" faded in as 71 was said, caught
    dim. Each moved score is drawn (its fade short) at least 0.7 s before its words start."""
    _, entry, _ = digits
    shown = entry["shown"]
    line = next(n for n in entry["narration"] if n["text"].startswith("On the same test pictures"))
    for percent, words in ((shown["dense_moved_accuracy"], "Our network gets"),
                           (shown["conv_moved_accuracy"], "the convnet ")):
        text = f"{round(100 * percent)}%"
        said_at = word_time(entry, "On the same test pictures", words + ("" if words.startswith("Our") else
                                                                         f"{round(100 * percent)} percent."))
        drawn = [d["t"] for d in entry["drawn"] if d["text"] == text and line["start_s"] <= d["t"] < line["end_s"]]
        assert drawn and drawn[-1] <= said_at - 0.7, (text, drawn, said_at)


# --- review 9 (session 15) ---

def test_the_bars_are_said_as_they_grow(digits):
    """Review 9 09: the "how sure of each one" bars were never explained: said as they come."""
    _, entry, _ = digits
    line = next(n for n in entry["narration"] if "It guesses" in n["text"])
    assert line["text"].startswith("Bars show how sure it is.")
    drawn = [d["t"] for d in entry["drawn"] if d["text"] == "how sure of each one"]
    assert drawn and drawn[0] <= line["start_s"] + 0.5


def test_the_moved_pictures_guesses_sit_well_inside_the_frame(digits):
    """Review 9 09: "answer: 6 / our network: 1 x / convnet: 6" crammed against the right edge.
    Their right edges (about 0.55 em a character, a cross after a wrong guess) by 6.5 units."""
    _, entry, _ = digits
    start = section_start(entry, "On the same test pictures")
    end = min(n["start_s"] for n in entry["narration"] if n["start_s"] > start)      # the next part
    lines = [d for d in entry["drawn"] if start <= d["t"] < end and d["x"] > 2.5
             and d["text"].split(":")[0] in ("answer", "our network", "convnet")]
    assert lines
    half = lambda d: 0.55 * len(d["text"]) * d["px"] / 60 / 2
    percents = [d for d in entry["drawn"] if start <= d["t"] < end and d["text"].endswith("%")]
    for d in lines:
        right = d["x"] + half(d) + (0.5 if d["text"].startswith("our network") else 0)
        assert right <= 6.5, d
        # and clear of the bars' percents beside them
        for q in percents:
            if abs(q["y"] - d["y"]) < 0.4:
                assert d["x"] - half(d) >= q["x"] + half(q) + 0.4, (d, q)


# --- review 10 (session 16) ---

def test_why_it_copes_compares_each_networks_own_output_on_one_moved_picture(digits):
    """Review 11 09: "why it copes" set our network's hidden sum (8.90 -> -1.22) against one map's
    share of the convnet's score: unlike numbers. Now one moved test picture the convnet gets
    right and ours wrong (both right before the move, of our picture's class; recomputed here the
    slow way) carries it: each network's own output neuron for its answer glows before and after
    the move, as nncore's forward passes give, drawn and said; our stamp's map of it slides one
    square over; how many moved pictures go each way, drawn and said last."""
    from scenes.kit.readings import stamp_maps
    history, entry, _ = digits
    truths, dense, conv = guesses_on_moved(history)
    x_test = history.split("test")[0]
    dense_net, conv_net = history.network(history.snapshot().step), history.convnet.network()
    before_right = (dense_net.guesses(x_test) == truths) & (conv_net.guesses(x_test.reshape(-1, 8, 8)) == truths)
    kept = np.flatnonzero((conv == truths) & (dense != truths))
    c = entry["shown"]["cope"]
    j, label = c["index"], truths[c["index"]]
    assert j in kept and (before_right[j] or not before_right[kept].any())
    assert label == entry["shown"]["label"] or label not in truths[kept]
    before = x_test[j].reshape(8, 8)
    moved = a_pixel_over(before)
    glows = {"dense": dense_net.predict(before.reshape(1, -1))[0, label],
             "dense_moved": dense_net.predict(moved.reshape(1, -1))[0, label],
             "conv": conv_net.predict(before[None])[0, label], "conv_moved": conv_net.predict(moved[None])[0, label]}
    name = history.labels[label]
    text = cope_said(entry)
    drawn = [d["text"] for d in entry["drawn"]]
    for key, value in glows.items():
        assert abs(c[key][label] - value) < 1e-9, key
        assert f"its {name} output neuron glows {value:.2f}" in drawn, key
        assert f"{value:.2f}" in text, key
    assert glows["dense_moved"] < 0.5 < glows["conv_moved"]     # the digits story: ours drops, the convnet holds
    # the map drawn is our stamp's, of the picture and of it moved: one square over
    snap = history.convnet.snapshots[-1]
    k = entry["shown"]["kernel_index"]
    maps = stamp_maps([before, moved], snap.kernels[k], float(snap.kernel_biases[k]))
    np.testing.assert_allclose(c["map"], maps[0])
    np.testing.assert_allclose(c["moved_map"], maps[1])
    a, b = np.asarray(c["map"]), np.asarray(c["moved_map"])
    np.testing.assert_allclose(*((b[:, 1:], a[:, :-1]) if c["step"] > 0 else (b[:, :-1], a[:, 1:])))
    # no hidden-neuron sum, no map's share of a score (review 11 09)
    start = section_start(entry, "Why does the convnet cope better?")
    assert not any("added up" in d["text"] or "\u00d7" in d["text"] for d in entry["drawn"] if d["t"] >= start - 1.5)
    reverse = int(((dense == truths) & (conv != truths)).sum())
    # each count said and drawn as "97 of them" (review ab-k2 s24: "97 go this way" was heard as
    # the convnet's 97 percent; review s34 r2: so was "97 pictures")
    goes = "goes" if len(kept) == 1 else "go"
    assert f"Of all the moved pictures, {len(kept)} of them {goes} this way, " in entry["narration"][-1]["text"]
    assert f"{reverse} the other way." in entry["narration"][-1]["text"]
    for line in (f"{len(kept)} of them: convnet right, our network wrong",
                 f"{reverse} of them: our network right, convnet wrong"):
        assert line in drawn, line


def test_the_last_words_agree_in_number():
    from scenes.chapters.convnet import reverse_words
    from scenes.chapters.convnet import last_facts
    assert reverse_words(7, 97) == "only 7 the other way"
    assert reverse_words(0, 97) == "not one the other way"
    assert reverse_words(9, 3) == "9 the other way"
    assert last_facts({"last_card": None, "n_fixed": 1, "n_reverse": 0}, [])["fixed_count"] == "1 of them goes"
    assert last_facts({"last_card": None, "n_fixed": 97, "n_reverse": 0}, [])["fixed_count"] == "97 of them go"


def test_the_ending_picture_is_of_our_class_and_new_when_it_can_be():
    from scenes.chapters.convnet import last_index
    truths = np.array([6, 0, 1, 0, 0, 2])
    kept = np.array([0, 1, 2, 3, 5])
    assert last_index(kept, truths, 0, shown=[0, 1, 2]) == 3      # a 0 not shown yet
    assert last_index(kept, truths, 0, shown=[0, 1, 2, 3]) == 1   # a 0 shown before
    assert last_index(kept, truths, 4, shown=[0]) == 1            # no 4: any, new first
    assert last_index(np.array([], int), truths, 0, shown=[]) is None


def test_the_moved_pictures_are_made_once_a_render(story_file, monkeypatch):
    """Review 10: the chapter built the moved pictures twice (every test picture again to count
    which way each went, our picture twice more, and all of it once for the script's words and
    once for the pictures). Each test picture is moved once for the facts and the pictures."""
    from scenes.kit import readings
    import scenes.chapters.convnet as chapter
    moved = []
    real = readings.shift_picture

    def counted(image):
        moved.append(1)
        return real(image)
    monkeypatch.setattr(readings, "shift_picture", counted)
    monkeypatch.setattr(chapter, "shift_picture", counted, raising=False)
    history = History.load(story_file("digits"))
    scene = Convnet(history=history)
    scene.facts()
    scene.values()
    assert len(moved) == len(history.split("test")[0])


def cope_said(entry: dict) -> str:
    """The words of the ending part, said in three lines (review s34: a pause before our network's
    side and before the convnet's): from "Why does the convnet cope better?" to the end."""
    lines = entry["narration"]
    first = next(i for i, n in enumerate(lines) if n["text"].startswith("Why does the convnet cope better?"))
    return " ".join(n["text"] for n in lines[first:])


def drawn_by(entry: dict, text: str, line_has: str) -> float:
    """When `text` was last drawn before the line holding `line_has` ended."""
    line = next(n for n in entry["narration"] if line_has in n["text"])
    return max(d["t"] for d in entry["drawn"] if d["text"] == text and d["t"] <= line["end_s"])


def test_each_parts_picture_is_there_as_its_words_start(digits):
    """Review 10: the words ran ~3 s ahead of the picture at scene changes ("Here are three of the
    net's stamps" as they faded in one by one). Each part's picture starts coming before its first
    words (its fade, at most 1.2 s, is done by then or nearly)."""
    history, entry, _ = digits
    n = len(history.split("test")[0])
    parts = [("stamp", "It has small stamps"),
             (f"{N_STAMPS_SHOWN} of the {len(history.convnet.snapshots[-1].kernels)} stamps, each with its shrunk map",
              "Here are"),
             (f"right guesses on the same {n} test pictures", "On the same test pictures"),
             ("each moved 1 pixel: our network wrong, the convnet right", "moved pictures our network got wrong"),
             (cope_picture_name(history, entry), "Why does the convnet cope better?")]
    for text, line_has in parts:
        if not any(line_has in n["text"] for n in entry["narration"]):
            continue
        assert drawn_by(entry, text, line_has) <= section_start(entry, line_has) - 0.4, text


def test_no_part_stands_still_long_while_words_go_on(digits):
    """Review 10: stills of 9-18 s at the ends of parts (the stamp's places said over a still
    frame, the worked spot's last words, the guesses at the end). In every part and the pause
    after it, the picture changes at least every 4.5 s (the 3-fps render, grey; before: 6.7 s
    at the end of why the convnet drops, 5.0 s at the worked spot's end, measured on the
    480p render taken to 3 fps and 160 x 90)."""
    import av
    _, entry, out = digits
    with av.open(str(out / entry["file"])) as c:
        stream = c.streams.video[0]
        frames = [(float(f.pts * stream.time_base), f.to_ndarray(format="gray").astype(int)) for f in c.decode(stream)]
    lines = entry["narration"]
    ends = [n["start_s"] for n in lines[1:]] + [entry["duration_s"]]
    stills = {n["text"][:40]: longest_still(frames, n["start_s"], end) for n, end in zip(lines, ends)}
    assert max(stills.values()) <= 4.5, stills


def test_the_cards_and_the_ending_are_written_at_the_label_size(digits):
    """Review 10: small, dim secondary labels (14 px at 480p). The moved cards' answers and
    guesses, and every word of the ending, are at the label size (18 px or more)."""
    _, entry, _ = digits
    start = section_start(entry, "moved pictures our network got wrong")
    end = min(n["start_s"] for n in entry["narration"] if n["start_s"] > start)
    cards = [d for d in entry["drawn"] if start - 1.5 <= d["t"] < end
             and re.fullmatch(r"(answer|our network|convnet): \w+", d["text"])]
    assert cards and min(d["px"] for d in cards) >= 18
    if entry["shown"].get("cope"):
        # (from 2.5 s before its words: its pictures come, and the lower one moves, first)
        # the ending's answer, guesses and counts (the heads over its pictures are small, as elsewhere)
        ending = [d for d in entry["drawn"] if d["t"] >= section_start(entry, "Why does the convnet cope better?") - 2.5
                  and re.fullmatch(r"(answer|our network|convnet): \w+|\d+ of them: .*", d["text"])]
        assert len(ending) >= 5 and min(d["px"] for d in ending) >= 18, [(d["text"], d["px"]) for d in ending]


def test_each_dial_is_shown_lined_up_with_its_pixel(digits):
    """Review 11 09 (3-6 s): nothing said that each of our neuron's dial squares lines up with a
    pixel square: a ring on a few inked pixels and on the same square of the dials, joined,
    before the convnet's patch is named."""
    from scenes.chapters.convnet import aligned_cells
    history, entry, _ = digits
    image = history.split("test")[0][entry["shown"]["example"]].reshape(8, 8)
    pairs = entry["shown"]["pixel_dial_pairs"]
    assert len(pairs) >= 2 and all(image[r, c] > 0 for r, c in pairs)
    assert aligned_cells(np.array([[0, 0.5], [1.0, 0]])) == [(0, 1), (1, 0)]
    assert aligned_cells(np.zeros((2, 2))) == [(0, 0)]


# --- review ab2 09 (session 18) ---

def pooled_by_hand(m: np.ndarray) -> np.ndarray:
    """2x2 max pooling, the slow way."""
    r, c = (s // 2 for s in m.shape)
    return np.array([[m[2 * i:2 * i + 2, 2 * j:2 * j + 2].max() for j in range(c)] for i in range(r)])


def test_the_shrunk_maps_before_and_after_the_move_stand_side_by_side_before_still_glows(digits):
    """Review ab2 09 (162-171 s): "still glows 0.98" was asserted, not shown. Review ab-k2 s25
    (both reviewers' one change, 183-195 s): two 3 x 3 grids of numbers with solid and dashed
    rings were a hunt. The shrunk map of the picture and of the moved picture (both by hand)
    stand side by side (level, apart, inside the frame) as colours only, no number on a square:
    read back from the lightness drawn, a bigger number is a lighter square; the map's best
    match that stays on the map (by hand) is ringed in the block that keeps it in each, and the
    shrunk maps' block there holds it; the maps of matches shrink into them as "keeps its biggest
    number" is said (session 31), the next strong matches are ringed as where they are kept is
    said, before "so its glow" is said. No number is written on them (review s36)."""
    history, entry, _ = digits
    c = entry["shown"].get("cope")
    if not c:
        pytest.skip("no moved picture the convnet gets right and ours wrong")
    pair, kernel, step, maps = ending_maps(history, entry)
    pooled = [pooled_by_hand(m) for m in maps]
    s = entry["shown"]["shrunk"]
    np.testing.assert_allclose(s["before"], pooled[0], atol=1e-9)
    np.testing.assert_allclose(s["after"], pooled[1], atol=1e-9)
    side = maps[0].shape[1]
    ok = [(a, b) for a in range(side) for b in range(side) if 0 <= b + step < side]
    r, q = max(ok, key=lambda rc: maps[0][rc])
    blocks = [[r // 2, q // 2], [r // 2, (q + step) // 2]]
    assert s["rings_at"] == blocks
    for m, (br, bc) in zip(pooled, blocks):
        assert m[br, bc] == pytest.approx(maps[0][r, q])
    assert_lit_in_order(s["light"], pooled)
    (l1, r1, b1, t1), (l2, r2, b2, t2) = s["grids"]
    assert r1 < l2 and abs(b1 - b2) < 0.01 and abs(t1 - t2) < 0.01 and r2 < 7.1 - 0.1
    head = next(d for d in entry["drawn"] if d["text"] == "convnet: the stamp's map, shrunk")
    # pictures only: no number ever stands on a square of either shrunk map (review s36)
    on_squares = [d for d in entry["drawn"] if head["t"] - 0.05 <= d["t"] < entry["shown"]["board"]["slid_at"]
                  and re.fullmatch(r"[−-]?\d+\.\d\d", d["text"])
                  and any(left < d["x"] < right and bottom < d["y"] < top for left, right, bottom, top in s["grids"])]
    assert on_squares == [], on_squares
    line = "Why does the convnet cope better?"
    name = history.labels[c["label"]]
    assert "Shrunk, each block keeps its brightest square, whichever one it is:" in said(entry)
    assert "on a red dial. " in said(entry) and ", so its glow " in said(entry)
    # the shrunk maps whole (collapsed from the maps of matches) as "Shrunk," is said, the next
    # strong matches ringed as "so ... stay as bright" is
    keeps_at, kept_at, glows_at = (word_time(entry, line, w) for w in ("keeps its brightest", "is: so", "so its glow"))
    kept_at += 1 / 2.5      # "so", the word after "is:"
    assert keeps_at - 0.1 <= head["t"] <= keeps_at + 0.5 and keeps_at <= s["ringed"][0] <= keeps_at + 2.0 <= kept_at
    assert kept_at - 0.3 <= s["ringed"][1] <= kept_at + 1.2 <= glows_at


def test_the_worked_spot_is_shown_as_said(digits):
    """Review ab2 09: at 33 s "pixels under it" was faint (half faded in) as "over nine pixels"
    was said; at 39-45 s the match was said while the bar read 4.75. Each is whole by its
    words; the match is a bar, no number (review s37 r1)."""
    _, entry, _ = digits
    line = "Put the stamp on one spot"
    pixels = next(d["t"] for d in entry["drawn"] if d["text"] == "pixels under it")
    assert pixels <= word_time(entry, line, "over nine pixels") - 0.5
    value = entry["shown"]["worked"]["value"]
    gives = word_time(entry, line, "What is left")
    assert entry["shown"]["value_at"] <= gives + 0.05
    assert not [d for d in entry["drawn"] if d["text"] == written(value)]


def test_our_networks_dials_and_its_output_are_named_apart(digits):
    """Review ab2 09 (147-177 s): "our network: one neuron's dials" over "its 0 neuron glows
    0.99" read as one neuron; the dials are a middle neuron's, the glow an output neuron's."""
    history, entry, _ = digits
    if not entry["shown"].get("cope"):
        pytest.skip("no ending picture")
    start = section_start(entry, "Why does the convnet cope better?") - 1.5
    late = [d["text"] for d in entry["drawn"] if d["t"] >= start]
    assert "our network: a middle neuron's dials" in late and "our network: one neuron's dials" not in late
    name = history.labels[entry["shown"]["cope"]["label"]]
    assert any(t.startswith(f"its {name} output neuron glows ") for t in late)


# --- review e2 s18 ---

def test_the_middle_neuron_feeds_the_answer_and_its_glow_before_and_after_the_move(digits):
    """Review e2 s18: the glow shown (output 0's) was never tied to the middle neuron whose dials
    are drawn. The neuron is one that feeds the answer's output (a wire above zero into it), the
    one the picture drives most of those; its glow before and after (nncore's forward pass) drawn
    and said, and said to feed the answer's neuron. All recomputed here."""
    history, entry, _ = digits
    c = entry["shown"].get("cope")
    if not c:
        pytest.skip("no ending picture")
    net = history.network(history.snapshot().step)
    label, name = c["label"], history.labels[c["label"]]
    before = history.split("test")[0][c["index"]].reshape(8, 8)
    moved = a_pixel_over(before)
    into = net.weights[1][label]
    sums = net.weights[0] @ before.reshape(-1)
    feeders = [j for j in range(len(into)) if into[j] > 0]
    neuron = max(feeders, key=lambda j: sums[j])
    assert c["neuron"] == neuron and c["feeds"] == pytest.approx(into[neuron]) and into[neuron] > 0
    hidden = net.forward(np.stack([before.reshape(-1), moved.reshape(-1)])).a[1][:, neuron]
    assert [c["mid_glow"], c["mid_glow_moved"]] == pytest.approx(list(hidden))
    drawn = [d["text"] for d in entry["drawn"]]
    assert f"glows {hidden[0]:.2f}" in drawn and f"glows {hidden[1]:.2f}" in drawn
    assert (f"and this middle neuron's glow falls from {hidden[0]:.2f} to {hidden[1]:.2f}. "
            f"It and others feed the {name} neuron,") in said(entry)
    # the ink moves as the words say it slides
    line = "Why does the convnet cope better?"
    slide = entry["shown"]["sliding"]
    assert word_time(entry, line, "it slides off") - 1.0 <= slide["slide_at"] <= word_time(entry, line, "and this middle neuron's")


def test_all_the_middle_neurons_dials_are_drawn_and_the_ink_slides_one_square_on_them(digits):
    """Review g2 s20, its one change: a 3 x 3 patch of the middle neuron's dials read as a riddle
    (which 9 of 64?). All 64 of its dials are drawn (nncore's weights into that neuron), and the
    ink leaving dials that liked it makes the neuron's sum fall."""
    history, entry, _ = digits
    c = entry["shown"].get("cope")
    if not c:
        pytest.skip("no ending picture")
    net = history.network(history.snapshot().step)
    dials = net.weights[0][c["neuron"]].reshape(8, 8)
    np.testing.assert_allclose(c["dials_drawn"], dials, atol=1e-12)
    before = history.split("test")[0][c["index"]].reshape(8, 8)
    assert (dials * a_pixel_over(before)).sum() < (dials * before).sum()


def test_one_square_of_ink_slides_off_a_blue_dial_onto_a_red_one_as_the_glow_falls(digits):
    """Review s35 (153-165 s, its one change): two boards of our middle neuron's dials, ten ringed
    ink squares, an outline, a key and a tally were too busy to follow. The dials are drawn once,
    large (1.45 times the small grid or more), and on them one square of the test picture's ink is
    followed: an inked pixel (at least half inked) on a blue dial (nncore's weights, above zero)
    that lands on a red one a pixel over, the one whose pull on the neuron falls most (ink times
    the dial it leaves minus the dial it lands on), recomputed here. It is drawn there before the
    slide and a square over after it; as it slides (while "it slides off a blue dial" is said,
    before the glow is), the moved picture's bar falls from the glow before the move to the glow
    after it (nncore's forward pass), both written."""
    history, entry, _ = digits
    c = entry["shown"].get("cope")
    if not c:
        pytest.skip("no ending picture")
    net = history.network(history.snapshot().step)
    dials, before, moved, step, onto_red = ink_off_blue_onto_red(history, c, 0.5)
    r, k = max(onto_red, key=lambda rk: before[rk] * (dials[rk] - dials[rk[0], rk[1] + step]))
    slide = entry["shown"]["sliding"]
    np.testing.assert_allclose(slide["dials"], dials, atol=1e-12)
    assert slide["square"] == [r, k]
    assert slide["at"] == [[r, k], [r, k + step]]
    assert dials[r, k] > 0 > dials[r, k + step] and moved[r, k + step] == before[r, k]
    small, big = slide["cell"]
    assert big >= 1.45 * small
    hidden = net.forward(np.stack([before.reshape(-1), moved.reshape(-1)])).a[1][:, c["neuron"]]
    assert slide["before"] == [pytest.approx(hidden[0], abs=1e-6), f"glows {hidden[0]:.2f}"]
    assert slide["after"] == [pytest.approx(hidden[1], abs=1e-6), f"glows {hidden[1]:.2f}"]
    line = "Why does the convnet cope better?"
    slides, glow = word_time(entry, line, "it slides off"), word_time(entry, line, "and this middle neuron's")
    assert slides - 1.0 <= slide["slide_at"] < slide["slid_at"] <= glow + 0.3
    # the square is pointed at as it is named, the key naming it whole by then
    assert entry["shown"]["ink_key_whole_at"] <= word_time(entry, line, "Follow one square")
    assert entry["shown"]["big_pair_at"] <= word_time(entry, line, "Our network's dials") + 0.3


def ink_off_blue_onto_red(history: History, c: dict, least: float) -> tuple:
    """By hand, from nncore's weights: the middle neuron's dials, the ending's picture, it moved a
    pixel, the step, and its ink squares (more than `least` inked, or exactly it when above
    zero) that sit on a blue dial and land on a red one."""
    net = history.network(history.snapshot().step)
    dials = net.weights[0][c["neuron"]].reshape(8, 8)
    before = history.split("test")[0][c["index"]].reshape(8, 8)
    moved = a_pixel_over(before)
    step = 1 if np.array_equal(moved[:, 1:], before[:, :-1]) else -1
    inked = (lambda v: v >= least) if least > 0 else (lambda v: v > 0)
    onto_red = [(r, k) for r in range(8) for k in range(8)
                if inked(before[r, k]) and 0 <= k + step < 8 and dials[r, k] > 0 and dials[r, k + step] < 0]
    return dials, before, moved, step, onto_red


def test_the_shrunk_maps_need_no_legend_of_rings(digits):
    """Review ab-k2 s25: solid and dashed rings (stayed in its block, moved one block over) and
    their legend made the ending a hunt; one ring, followed by an arrow, needs no legend."""
    _, entry, _ = digits
    drawn = {d["text"] for d in entry["drawn"]}
    assert not drawn & {"stays in its block", "one block over"}


def test_the_moved_copy_comes_as_its_move_is_said(digits):
    """Review e2 s18 (117 s): the test picture's moved copy came about 9 s before "This 6 moves
    right". It comes, and moves, as that is said."""
    _, entry, _ = digits
    shown = entry["shown"]
    like = shown["like_said"]
    assert like - 1.0 <= shown["moved_copy_at"] <= like
    line = next(n for n in entry["narration"] if "Now move every test picture" in n["text"])
    notes = [d["t"] for d in entry["drawn"] if d["text"].startswith("moved 1 pixel") and line["start_s"] - 2 <= d["t"] <= line["end_s"]]
    assert notes and min(notes) >= like - 1.0, (notes, like)


def test_the_sum_is_not_named_the_products_once_the_head_start_is_in(digits):
    """Review g2 s19 (45 s): "the products, added up" stood over the bar after the head start
    had been taken off it. That name has gone by the time "What is left" is said."""
    _, entry, _ = digits
    gives = word_time(entry, "Put the stamp on one spot", "What is left")
    gone = entry["shown"]["sum_named_to"]
    assert gone is not None and gone <= gives + 0.1, (gone, gives)


def cope_picture_name(history: History, entry: dict) -> str:
    """The name over the last part's picture: "another" when it is not the worked example's."""
    from scenes.kit.readings import chosen_example as chosen
    cope = entry["shown"].get("cope") or {}
    worked = int(chosen(history.convnet.feature_maps).index)
    return "a test picture" if cope.get("index", worked) == worked else "another test picture"


def test_the_last_picture_is_named_another_when_it_is_not_the_worked_one(digits):
    """Review g2 s19 (177-189 s): the last part's shrunk map (1.22, 4.05 ...) differed from the
    worked example's (3.59, 1.46 ...) as it is another 0; nothing said so. Its picture is named
    "another test picture" when it is not the worked example's test picture (chosen here)."""
    history, entry, _ = digits
    if not entry["shown"].get("cope"):
        pytest.skip("no ending picture")
    start = section_start(entry, "Why does the convnet cope better?") - 2.0
    late = [d["text"] for d in entry["drawn"] if d["t"] >= start]
    name = cope_picture_name(history, entry)
    assert name in late and ({"a test picture", "another test picture"} - {name}).isdisjoint(late)


def test_the_dials_colours_have_a_key_as_they_are_said(digits):
    """Review h2 s21 (18-24 s): "Blue dials like ink, red dials dislike it" was only spoken, no
    key on screen. "likes ink" comes as "Blue dials" is said, "dislikes ink" as "red dials",
    each beside a square of its colour (the stamp's own: above zero blue, below zero red)."""
    _, entry, _ = digits
    first = {}
    for d in entry["drawn"]:
        first.setdefault(d["text"], d["t"])
    line = "Blue dials like ink"
    for words, named in (("likes ink", "Blue dials"), ("dislikes ink", "red dials")):
        assert words in first, words
        assert word_time(entry, line, named) - 0.6 <= first[words] <= word_time(entry, line, named) + 1.0, (words, first[words])


def assert_lit_in_order(lights: list, maps: list[np.ndarray]) -> None:
    """Each map's squares as drawn (`lights`, row by row): a bigger number is a lighter square,
    equal numbers equally light."""
    for light, m in zip(lights, maps):
        values, light = np.asarray(m).reshape(-1), np.asarray(light)
        for a in range(len(values)):
            for b in range(len(values)):
                if values[a] > values[b] + 1e-9:
                    assert light[a] > light[b] - 1e-9, (a, b)
                elif abs(values[a] - values[b]) < 1e-9:
                    assert abs(light[a] - light[b]) < 1e-9


def ending_maps(history: History, entry: dict) -> tuple[dict, np.ndarray, int, list[np.ndarray]]:
    """The ending's map pair as drawn (`map_pair`), our stamp, which way its picture moved, and
    our stamp's maps of the picture and of it moved, by hand (skips without an ending picture)."""
    c = entry["shown"].get("cope")
    if not c:
        pytest.skip("no ending picture")
    snap = history.convnet.snapshots[-1]
    k = entry["shown"]["kernel_index"]
    before = history.split("test")[0][c["index"]].reshape(8, 8)
    moved = a_pixel_over(before)
    step = 1 if np.array_equal(moved[:, 1:], before[:, :-1]) else -1
    kernel, bias = snap.kernels[k], float(snap.kernel_biases[k])
    return entry["shown"]["map_pair"], kernel, step, [by_hand(before, kernel, bias), by_hand(moved, kernel, bias)]


def test_the_convnets_map_before_and_after_the_move_stands_side_by_side_beside_our_network(digits):
    """Review s22, its one change: the convnet's map of matches slid in place, so "it finds the same
    strokes, one square over" was told, not seen. As it is said, the map of the picture and the map
    of the picture moved a pixel stand side by side (level, apart), each square as light as its
    match is good: read back from the lightness drawn, brighter squares are the stamp's better
    matches slid over each picture by hand, equal matches equally light; the ring on the first
    map's best match (among squares that stay on the map) and the ring on the second one square
    over stand on the same match. Review ab-k2 s23: the two maps written in full (72 numbers) took
    our network's place, and the story jumped; review s31: our network's result beside them read
    as the convnet's, so it is off screen while they stand."""
    _, entry, _ = digits
    pair, kernel, step, maps = ending_maps(*digits[:2])
    line = "Why does the convnet cope better?"
    assert word_time(entry, line, "The convnet's stamp") - 1.0 <= entry["shown"]["map_pair_at"] <= word_time(entry, line, "one square over")
    (l1, r1, b1, t1), (l2, r2, b2, t2) = pair["grids"]
    assert r1 < l2 and abs(b1 - b2) < 0.01 and abs(t1 - t2) < 0.01
    assert_lit_in_order(pair["light"], maps)
    (r, q), (r2, q2) = pair["ring"]
    side = maps[0].shape[0]
    ok = [(a, b) for a in range(side) for b in range(side) if 0 <= b + step < side]
    assert maps[0][r, q] == max(maps[0][a, b] for a, b in ok) > 0
    assert pair["rings_at"] == [[r, q], [r2, q2]] and (r2, q2) == (r, q + step)
    assert maps[1][r2, q2] == pytest.approx(maps[0][r, q])
    # nothing of our network under the convnet's maps (review s31: its 0.07 and wrong guess under
    # "before the move" read as the convnet's); where it stands instead: the test below
    assert not [w for g in glows_under(pair["words"]) for w in g if w.startswith("our network")], pair["words"]["texts"]


def glows_under(words: dict) -> list[list[str]]:
    """Each network's output words standing under each of the two maps at one moment
    (`maps_and_words`, as drawn): a glow or a guess under a map reaches into its width and
    stands below its bottom."""
    said = [w for w in words["texts"] if "glows" in w["text"] or w["text"].startswith(("our network:", "convnet:"))]
    return [[w["text"] for w in said if w["box"][1] > left and w["box"][0] < right and w["box"][3] < bottom]
            for left, right, bottom, _ in words["maps"]]


def test_each_convnet_glow_stands_under_its_own_map(digits):
    """Review s31, its one change: under the convnet's map "before the move" stood our network's
    0.07 and wrong guess on the moved picture, under "moved 1 pixel right" the convnet's glow
    before the move: read map by map, backwards. As the maps come, under "before the move" stands
    the convnet's 0 output neuron's glow on the picture (nncore's forward pass, by hand here) and
    nothing of our network; under the moved map nothing yet; once "to 0.98" is said, under the
    convnet's one board (review s36) stand its glows before and after the move, its right guess
    stands, and our network's result under no convnet picture."""
    history, entry, _ = digits
    c = entry["shown"]["cope"]
    label, name = c["label"], history.labels[c["label"]]
    before = history.split("test")[0][c["index"]].reshape(8, 8)
    conv_net = history.convnet.network()
    glow, glow_moved = (conv_net.predict(p[None])[0, label] for p in (before, a_pixel_over(before)))
    words = entry["shown"]["map_pair"]["words"]
    assert glows_under(words) == [[f"its {name} output neuron glows {glow:.2f}"], []]
    moved = entry["shown"]["glows_moved"]
    assert glows_under(moved) == [[f"glows {glow:.2f}", f"glows {glow_moved:.2f}"]]
    assert f"convnet: {name}" in [w["text"] for w in moved["texts"]]
    line = "Why does the convnet cope better?"
    to = word_time(entry, line, f"to {glow_moved:.2f}")
    assert to - 0.5 <= moved["at"] <= to + 1.5
    # its glow said as read from the shrunk maps, not as finding strokes (the stamps do that)
    assert f"from {glow:.2f} to {glow_moved:.2f}." in said(entry)


def test_our_networks_result_stands_all_through_the_maps_in_a_place_of_its_own(digits):
    """Review s31 r2: while the convnet's maps were explained our network's failure was off
    screen (the contrast explained was gone), and it came back at the end where the convnet's
    glow before the move had stood, so "1.00" then "0.07" in one slot read as a drop. As the maps
    come, as the convnet's glow on the moved picture comes, and once the maps have gone, our
    network's result on the moved picture stands, named, at one place: its glow and guess (by
    hand from nncore's network), left of both maps, overlapping no place a convnet glow or guess
    ever stood."""
    history, entry, _ = digits
    c = entry["shown"]["cope"]
    label, name = c["label"], history.labels[c["label"]]
    moved_picture = a_pixel_over(history.split("test")[0][c["index"]].reshape(8, 8)).reshape(1, -1)
    dense_net = history.network(history.snapshot().step)
    ours = ["on the moved picture:", f"our network: {history.labels[int(dense_net.guesses(moved_picture)[0])]}",
            f"its {name} output neuron glows {dense_net.predict(moved_picture)[0, label]:.2f}"]
    moments = [entry["shown"][k]["words"] if k == "map_pair" else entry["shown"][k] for k in ("map_pair", "glows_moved", "ending")]
    left_of_maps = min(left for m in moments for left, _, _, _ in m["maps"])
    # ours left of the maps (the convnet's own "on the moved picture:" stands right of them at the end)
    boxes = [{w["text"]: w["box"] for w in m["texts"] if w["text"] in ours and w["box"][1] < left_of_maps} for m in moments]
    assert all(sorted(b) == sorted(ours) for b in boxes), boxes
    assert boxes[0] == boxes[1] == boxes[2]
    convnets = [w["box"] for m in moments for w in m["texts"]
                if w["text"].startswith(f"its {name} output neuron glows") and w["text"] != ours[2] or w["text"].startswith("convnet:")]
    assert convnets
    for a in boxes[0].values():
        for b in convnets:
            assert a[1] < b[0] or b[1] < a[0] or a[3] < b[2] or b[3] < a[2], (a, b)


def test_every_bright_square_is_bright_again_one_square_over(digits):
    """Review ab-k2 s26 r1, its one change: why a stroke moved one square does not hurt the
    convnet (where the same move put our network's ink on red dials) was told, not shown. On the
    map of the picture, every bright square (a match at least half the best one that stays on the
    map, by hand) other than the best is ringed, and nothing else; on the moved picture's map the
    rings stand one square over, each on a match as big (by hand), as "it finds the same strokes,
    just as bright, one square over" is said."""
    _, entry, _ = digits
    pair, kernel, step, maps = ending_maps(*digits[:2])
    side = maps[0].shape[1]
    ok = [(a, b) for a in range(side) for b in range(side) if 0 <= b + step < side]
    best = max(ok, key=lambda rc: maps[0][rc])
    bright = sorted([a, b] for a, b in ok if (a, b) != best and maps[0][a, b] >= 0.5 * maps[0][best] > 0)
    assert len(bright) >= 2
    before, after = pair["lit_at"]
    assert before == bright
    assert after == sorted([a, b + step] for a, b in bright)
    for (a, b), (a2, b2) in zip(before, after):
        assert maps[1][a2, b2] == pytest.approx(maps[0][a, b]) and maps[0][a, b] > 0
    line = "Why does the convnet cope better?"
    assert "It finds the same strokes, just as bright, one square over." in said(entry)
    assert abs(pair["found_at"][1] - word_time(entry, line, "It finds")) <= 1.0


def test_the_stamp_is_seen_finding_the_stroke_one_pixel_over_named_a_strong_match(digits):
    """Review ab-k2 s24: the convnet's two maps as colours only could not be checked (the older
    version's 72 numbers could, but were a wall), and why the convnet still reads the moved picture
    was told, not shown. As "The convnet's stamp uses the same dials at every spot" is said, the
    stamp stands on the picture where it finds its best match (a square of the stamp's side), and
    that match is named "a strong match" under its ring on the map, legible (review s37 r1: its
    number, 4.26, had no scale); as "it finds the same strokes" is said, the stamp stands one
    pixel over on the moved picture, on the same stroke, and the moved map's ring one square over
    is named so too, its match the same, by hand."""
    _, entry, _ = digits
    pair, kernel, step, maps = ending_maps(*digits[:2])
    side = maps[0].shape[1]
    ok = [(a, b) for a in range(side) for b in range(side) if 0 <= b + step < side]
    r, q = max(ok, key=lambda rc: maps[0][rc])          # the best match that stays on the map
    # the stamp on each picture, where it finds that stroke: one pixel over on the moved one
    assert pair["windows_at"] == [[r, q], [r, q + step]]
    assert pair["window_side"] == [float(kernel.shape[0])] * 2
    line = "Why does the convnet cope better?"
    named, found, shrunk = (word_time(entry, line, w) for w in ("The convnet's stamp", "It finds", "Shrunk,"))
    # the match named under its ring, in both maps (the same match, by hand, below)
    for (left, right, bottom, _), col, m in zip(pair["grids"], (q, q + step), maps):
        cell = (right - left) / side
        hits = [d for d in entry["drawn"] if d["text"] == "a strong match" and named - 1.0 <= d["t"] <= shrunk
                and left + col * cell <= d["x"] <= left + (col + 1) * cell and d["y"] < bottom]
        assert hits and min(d["px"] for d in hits) >= 14, (col, m[r, col])
    assert maps[0][r, q] > 0 and maps[1][r, q + step] == pytest.approx(maps[0][r, q])
    # then, in each shrunk map, the block ringed keeps that one: its block's biggest, by hand
    for m, col, landed in zip(maps, (q, q + step), entry["shown"]["shrunk"]["rings_at"]):
        half = side // 2
        shrunk = m[:2 * half, :2 * half].reshape(half, 2, half, 2).max(axis=(1, 3))
        assert landed == [r // 2, col // 2] and shrunk[r // 2, col // 2] == pytest.approx(m[r, col])
    first, second = pair["found_at"]
    assert named - 1.0 <= first <= found and found - 1.0 <= second <= found + 1.0


# --- review ab-k2 s23 ---

def test_the_ink_squares_come_with_their_key_and_slide_onto_red_as_the_glow_falls(digits):
    """Review ab-k2 s23, its one change (147-162 s): the squares on the middle neuron's dials
    stood there from 147 s, never explained till 156 s, and the glow's fall was not tied to them.
    No ink square is on screen before "Our network's dials" is near; the squares come with a key
    naming them ("where some of the 0's ink falls", the card's answer from the test labels) and
    the dials' colours; then, as "so the ink lands on other dials" is said, copies stand on the
    moved dials at the same squares, under a bar of the middle neuron's glow before the move, and
    slide one square over while the bar falls to its glow after the move (nncore's forward pass
    of the picture and of the picture moved a pixel, recomputed here), written each time."""
    history, entry, _ = digits
    c = entry["shown"].get("cope")
    if not c:
        pytest.skip("no ending picture")
    net = history.network(history.snapshot().step)
    x_test, y_test = history.split("test")
    before = x_test[c["index"]].reshape(8, 8)
    moved = a_pixel_over(before)
    hidden = net.forward(np.stack([before.reshape(-1), moved.reshape(-1)])).a[1][:, c["neuron"]]
    name = history.labels[classes_of(y_test)[c["index"]]]
    line = "Why does the convnet cope better?"
    tied, slides, mid = (word_time(entry, line, w) for w in ("Our network's dials", "it slides off", "and this middle neuron's"))
    assert entry["shown"]["ink_before_key"] == []
    key = [d for d in entry["drawn"] if d["text"] == "one square of that ink"]
    assert key and tied - 1.0 <= entry["shown"]["big_pair_at"] <= key[0]["t"] <= tied + 0.3
    drawn = {d["text"] for d in entry["drawn"] if d["t"] >= key[0]["t"] - 0.6}
    assert {"likes ink", "dislikes ink", f"the {name}'s ink, outlined"} <= drawn
    drop = entry["shown"]["sliding"]
    assert drop["key"] == [f"the {name}'s ink, outlined", "one square of that ink", "likes ink", "dislikes ink"]
    assert drop["before"] == [pytest.approx(hidden[0], abs=1e-6), f"glows {hidden[0]:.2f}"]
    assert drop["after"] == [pytest.approx(hidden[1], abs=1e-6), f"glows {hidden[1]:.2f}"]
    assert drop["at"][1] == [drop["at"][0][0], drop["at"][0][1] + c["step"]]
    assert slides - 1.0 <= drop["slide_at"] < drop["slid_at"] <= mid + 0.3


def test_the_middle_neuron_is_wired_to_the_output_neuron_it_feeds_as_said(digits):
    """Review ab-k2 s23 (165 s): "It and others feed the 0 neuron" drew no link between the middle
    neuron and the 0 neuron, only two bars. As it is said, a wire joins a neuron glowing as the
    middle one does after the move to the output neuron, which glows as our network's output for
    the answer does before its drop (nncore's forward pass, recomputed here: the dimmer, the
    darker)."""
    history, entry, _ = digits
    c = entry["shown"].get("cope")
    if not c:
        pytest.skip("no ending picture")
    net = history.network(history.snapshot().step)
    before = history.split("test")[0][c["index"]].reshape(8, 8)
    moved = a_pixel_over(before)
    mid = net.forward(moved.reshape(1, -1)).a[1][0, c["neuron"]]
    out = net.predict(before.reshape(1, -1))[0, c["label"]]
    w = entry["shown"]["feeds_wire"]
    (x1, y1), (x2, y2) = w["ends"]
    (mx, my, mr, mlight), (ox, oy, orad, olight) = w["circles"]
    assert np.hypot(x1 - mx, y1 - my) == pytest.approx(mr, abs=0.02) and np.hypot(x2 - ox, y2 - oy) == pytest.approx(orad, abs=0.02)
    assert my > oy                                  # the middle neuron above the one it feeds
    assert y1 == pytest.approx(my - mr, abs=0.02) and y2 == pytest.approx(oy + orad, abs=0.02)   # from below it to the top of the other
    assert (mlight < olight) == (mid < out)
    line = "Why does the convnet cope better?"
    assert word_time(entry, line, "and this middle neuron's") <= w["at"] <= word_time(entry, line, "which drops to") + 0.3


def test_the_match_bar_is_built_of_nncores_products_and_head_start(digits):
    """Review s37: the multiply-and-add shown without decimals. Each of the nine products (the
    stamp's dials times the pixels at the worked spot, by hand) flies into one bar as a piece as
    long as it is, the blue ones (above zero) end to end on the top lane, the red ones back from
    their end on the lane under it, then the head start's part; where that ends is this spot's
    match, the bar left (nncore's map there)."""
    history, entry, _ = digits
    s = entry["shown"]
    snap = history.convnet.snapshots[-1]
    k = s["kernel_index"]
    r, q = s["worked"]["spot"]
    image = history.split("test")[0][s["example"]].reshape(8, 8)
    products = (image[r:r + 3, q:q + 3] * snap.kernels[k]).reshape(-1)
    bias = float(snap.kernel_biases[k])
    bar = s["match_pieces"]
    assert bar["gains"] == [i for i in range(9) if products[i] > 0]
    assert bar["losses"] == [i for i in range(9) if products[i] <= 0]
    at = 0.0
    for i in bar["gains"] + bar["losses"]:      # end to end, each as long as its product
        assert bar["spans"][i] == pytest.approx([at, at + products[i]], abs=1e-9)
        at += products[i]
    assert bar["cut"] == pytest.approx([at, at + bias], abs=1e-9)
    assert bar["value"] == pytest.approx(at + bias, abs=1e-9) == pytest.approx(np.max(s["feature_map"]), abs=1e-9)
    # as drawn: each piece's length on screen is its product's on the one scale, from the zero line
    ends, unit, zero = bar["ends"], bar["unit"], bar["zero"]
    for i in range(9):
        assert ends[i][1] - ends[i][0] == pytest.approx(max(abs(products[i]) * unit, 0.01), abs=0.01)
    assert ends[9][1] - ends[9][0] == pytest.approx(abs(bias) * unit, abs=0.01)
    assert ends[10][0] == pytest.approx(zero, abs=0.01) and ends[10][1] == pytest.approx(zero + bar["value"] * unit, abs=0.01)


# --- session 25, round two ---

def test_the_dark_stamp_is_named_with_its_real_dials_written_beside_it(digits):
    """Review ab-k2 s24 (87-105 s): the three stamps had no numbers on them. As "One finds
    nothing here" is said, the stamp whose shrunk map is dark (nncore's forward pass of the
    example, recomputed here) has its nine dials written large beside it, two decimals each,
    from nncore's trained kernels, to the right of the pairs and inside the frame."""
    history, entry, _ = digits
    net = history.convnet.network()
    pooled = net.forward(history.split("test")[0][entry["shown"]["example"]][None]).pooled[0]
    shown = entry["shown"]["stamps_shown"]
    darks = [i for i in shown if not np.asarray(pooled[i]).any()]
    d = entry["shown"].get("dark_dials")
    # drawn only when said what they show: most of them red, counted here (review ab-k2 s27: a
    # "dials" panel came up that no word mentioned)
    red = int((np.asarray(history.convnet.snapshots[-1].kernels[darks[0]]) < 0).sum()) if darks else 0
    most = 2 * red > 9
    assert bool(d) == (bool(darks) and most)
    assert bool(re.search(r"dials are (all|nearly all|mostly) red", said(entry))) == bool(d)
    if not d:
        return
    words = "all red" if red == 9 else "nearly all red" if red >= 6.75 else "mostly red"
    assert f"dials are {words}" in said(entry)
    assert d["stamp"] == darks[0]
    kernel = np.asarray(history.convnet.snapshots[-1].kernels[darks[0]], float).reshape(-1)
    # as colours, no numbers (review s37 r1: -0.60, -1.10 meant nothing to a newcomer)
    top = float(np.abs(history.convnet.snapshots[-1].kernels).max())
    assert d["colours"] == [signed(top)(w).to_hex() for w in kernel] and d["numbers"] == 0
    left, right = d["box"]
    assert left > -1.0 and right < 7.1 - 0.1


# --- review ab-k2 s25 ---

def test_the_middle_neuron_is_named_as_its_dials_are_said(digits):
    """Review ab-k2 s25 (both reviewers, 150-156 s): "our network: a middle neuron's dials" stood
    over the dials while the words were still on the output neuron's glow. The big dials' head
    comes as "Our network's dials are tied to pixels" is said (whole by then: from 1.5 s before)."""
    _, entry, _ = digits
    if not entry["shown"].get("cope"):
        pytest.skip("no ending picture")
    line = "Why does the convnet cope better?"
    tied = word_time(entry, line, "Our network's dials")
    named = min(d["t"] for d in entry["drawn"] if d["text"] == "our network: a middle neuron's dials")
    assert tied - 1.5 <= named <= tied + 0.5, (named, tied)


def test_the_output_neuron_and_the_middle_neuron_feeding_it_are_drawn_apart(digits):
    """Review ab2-k2 s27, its one change (153-171 s): "its 0 output neuron glows 0.99" stood under
    a grid of a middle neuron's dials named only "our network", so the two read as one neuron (and
    the middle one's 1.00 as the output's 0.99). Our network's small column (back as "It and
    others feed" is said; review s35 r2: not before) names its dials a middle neuron's that feeds
    the answer's output neuron (nncore: a wire above zero from that neuron into the answer's
    output); the middle neuron is its own circle, the output neuron its own circle under it, a
    wire from the one to the other; the moved middle neuron as bright as nncore's."""
    history, entry, _ = digits
    c = entry["shown"].get("cope")
    if not c:
        pytest.skip("no ending picture")
    net = history.network(history.snapshot().step)
    name = history.labels[c["label"]]
    assert net.weights[1][c["label"]][c["neuron"]] > 0
    head = ["our network: a middle neuron", f"that feeds the {name} output neuron"]
    line = "Why does the convnet cope better?"
    feed = word_time(entry, line, "It and others feed")
    for words in head:
        first = min(d["t"] for d in entry["drawn"] if d["text"] == words)
        assert feed - 1.5 <= first <= feed + 1.0, (words, first, feed)
    # the column's old name alone, "our network", is gone from this part
    assert not any(d["text"] == "our network" for d in entry["drawn"] if d["t"] >= section_start(entry, line) - 2.0)
    w = entry["shown"]["feeds_wire"]
    (x1, y1), (x2, y2) = w["ends"]
    (mx, my, mr, mlight), (ox, oy, orad, _) = w["circles"]
    assert my - mr > oy + orad                             # the output neuron below it, apart
    assert (x1, y1) == pytest.approx((mx, my - mr), abs=0.02) and (x2, y2) == pytest.approx((ox, oy + orad), abs=0.02)
    before = history.split("test")[0][c["index"]].reshape(8, 8)
    hidden = net.forward(np.stack([before.reshape(-1), a_pixel_over(before).reshape(-1)])).a[1][:, c["neuron"]]
    assert c["mid_glow_moved"] == pytest.approx(hidden[1], abs=1e-9)


def test_the_output_neurons_drop_and_our_guess_come_as_said_and_stand_before_the_maps(digits):
    """Review ab2-k2 s27 (168-174 s): "which drops to 0.07, and our network guesses 6" was said
    while the frames showed the drop half-way and no guess; 0.07 and the guess stood 1.2 s, the
    convnet's maps came 1.6 s before their words. The output neuron's new glow (nncore's, written)
    comes as its drop is said, our network's guess (nncore's, on the moved picture) as it is said,
    and our column stays till "The convnet's stamp" is said, the guess at least 1.5 s on screen."""
    history, entry, _ = digits
    c = entry["shown"].get("cope")
    if not c:
        pytest.skip("no ending picture")
    d = entry["shown"]["our_drop"]
    line = "Why does the convnet cope better?"
    drops, guesses, conv = (word_time(entry, line, w) for w in ("which drops to", "Our network guesses",
                                                                "The convnet's stamp"))
    assert drops - 0.3 <= d["dropped_at"] <= guesses + 0.3
    assert guesses - 0.3 <= d["guess_at"] <= guesses + 1.0
    assert d["leaves_at"] >= conv - 0.2 and d["leaves_at"] - d["guess_at"] >= 1.5
    net = history.network(history.snapshot().step)
    before = history.split("test")[0][c["index"]].reshape(8, 8)
    out = net.predict(a_pixel_over(before).reshape(1, -1))[0]
    name = history.labels[c["label"]]
    drawn = [x for x in entry["drawn"] if abs(x["t"] - d["dropped_at"]) <= 0.5]
    assert any(x["text"] == f"its {name} output neuron glows {out[c['label']]:.2f}" for x in drawn)
    assert f"which drops to {out[c['label']]:.2f}. Our network guesses {history.labels[int(np.argmax(out))]}." in said(entry)


def test_a_pixels_number_is_said_to_be_its_ink(digits):
    """Review ab-k2 s25 (both reviewers, 9-15 s): the patch's numbers (0.87, 1.00, 0.50 ...) were
    never said to be ink. As the patch first comes, a key under it says 0.00 is no ink and 1.00
    full ink; the test pictures' pixels are indeed 0 to 1, blank 0 and the darkest ink 1."""
    history, entry, _ = digits
    x = history.split("test")[0]
    assert x.min() == 0.0 and x.max() == 1.0
    key = entry["shown"]["zoom_key"]
    assert key["text"] == "pixels: black is no ink, white is full ink"
    assert key["px_y"] < key["zoom_bottom"]
    drawn = [d for d in entry["drawn"] if d["text"] == key["text"]]
    zoom = [d for d in entry["drawn"] if d["text"] == "the convnet reads one patch at a time: 9 pixels"]
    assert drawn and min(d["px"] for d in drawn) >= 14
    assert abs(drawn[0]["t"] - zoom[0]["t"]) < 0.05 and key["at"] >= word_time(entry, "A convolutional net", "A convolutional")


def test_the_maps_edge_stands_out_while_it_fills(digits):
    """Review ab2-k2 s27 (60 s): while the map filled, its 6th column of 0s (unlit squares) looked
    outside the map: its edge was as dim as the lines between its squares. The edge is drawn as
    light as the words and thicker, round all 6 x 6 squares of nncore's map."""
    history, entry, _ = digits
    from scenes.kit.pictures import luminance
    from scenes.chapters.convnet import MAP_CELL
    e = entry["shown"]["map_edge"]
    assert e["light"] >= luminance(theme.current().text) - 0.05 and e["width"] >= 2.5
    left, right, bottom, top = e["box"]
    side = np.asarray(entry["shown"]["feature_map"]).shape
    assert (right - left, top - bottom) == pytest.approx((side[1] * MAP_CELL, side[0] * MAP_CELL), abs=0.01)


def test_the_zero_is_pointed_at_as_stays_dark_is_said(digits):
    """The map's first 0 and its note ("sum here: -2.03, below zero") stood still 4.7 s at 480p
    while the words went on: the 0 (a sum below zero by hand, checked above) is pointed at as
    "stays dark" is said (review s37: no 0 written)."""
    _, entry, _ = digits
    if entry["shown"].get("zero") is None:
        pytest.skip("the map has no 0")
    line = "Where the sum comes out below zero"
    writes = word_time(entry, line, "stays dark")
    assert writes - 0.3 <= entry["shown"]["zero_pointed_at"] <= writes + 1.0


def worked_spot(history: History, shown: dict) -> tuple[list[int], np.ndarray]:
    """The spot worked by hand: the brightest of our stamp's map of the example (nncore's
    forward pass), and that map."""
    net = history.convnet.network()
    i, k = shown["example"], shown["kernel_index"]
    fmap = net.forward(history.split("test")[0][i:i + 1]).feature_maps[0][k]
    return [int(a) for a in np.unravel_index(np.argmax(fmap), fmap.shape)], fmap


def test_the_map_points_back_at_the_spot_worked_by_hand(digits):
    """Review ab-k2 s25 (r2, 54-66 s): the map filled, but the spot just worked out by hand was
    never pointed out on it. Once the map is full, the stamp's box goes back to that spot on the
    picture and the map's box to its square, whose number is nncore's map value there (the
    brightest spot, by nncore's forward pass), before the map shrinks."""
    history, entry, _ = digits
    shown = entry["shown"]
    back = shown["worked_on_map"]
    spot, fmap = worked_spot(history, shown)
    assert back["window"] == spot and back["cursor"] == spot
    assert back["at"] <= section_start(entry, "Next, the map shrinks")


def test_the_spot_worked_by_hand_is_on_the_map_ringed_before_it_fills(digits):
    """Review s33 (45-54 s): the map began filling at the top left, 0.70; the 3.59 just worked
    out by hand was not seen on it till the map was full. As the map comes, only that spot's
    square is lit (the brightest spot, by nncore's forward pass), its number nncore's map value
    there, ringed, within the slide's first words."""
    history, entry, _ = digits
    shown = entry["shown"]
    first = shown["worked_first"]
    spot, fmap = worked_spot(history, shown)
    assert first["ring"] == spot and first["lit"] == [spot]
    # lit as the map lights it, on the one scale of all the example's maps (review s37 r1: no number)
    from scenes.chapters.convnet import map_lit
    image = history.split("test")[0][shown["example"]]
    top = float(np.max(history.convnet.network().forward(image[None]).feature_maps))
    assert first["colour"] == map_lit(top)(fmap[spot[0], spot[1]]).to_hex()
    assert first["at"] <= word_time(entry, "Now the stamp slides", "It fits")


def test_bright_spots_are_the_matches_at_least_half_the_best_that_stay_on_the_map():
    """`bright_spots` by hand on a small map: the best match that stays on the map when the picture
    moves sets the bar (a bigger one in the column that falls off does not), half of it and up is
    bright, the falling column never."""
    from scenes.chapters.convnet import bright_spots
    fmap = np.array([[4.0, 1.0, 9.0],
                     [2.0, 0.0, 3.0],
                     [1.9, 3.9, 0.0]])
    assert bright_spots(fmap, 1) == [(0, 0), (1, 0), (2, 1)]       # best 4.0 (9.0 falls off the right)
    assert bright_spots(fmap, -1) == [(0, 2)]                      # best 9.0 (column 0 falls off the left): 3.9 < 4.5
    assert bright_spots(np.zeros((2, 2)), 1) == []


# --- review ab-k2 s27 ---

def test_the_next_strongest_shrunk_matches_are_followed_across_the_move(digits):
    """Review ab-k2 s27 r1 (its one change, 183-192 s): the two shrunk maps visibly differed (the
    top middle bright before the move, dim after) while "it still finds those strokes" was said;
    only the best match was followed. Besides it, the next strongest blocks of the shrunk map
    (by hand: brightest first; each block's winning square, first biggest in reading order, goes
    one square over; passed over when it is 0, leaves the map or lands in a block already
    followed) are ringed where drawn in both maps, as where they are kept is said, before "so
    its glow" is said (no number written in the rings: review s36)."""
    history, entry, _ = digits
    if not entry["shown"].get("cope"):
        pytest.skip("no ending picture")
    from scenes.chapters.convnet import N_TRACKED
    assert N_TRACKED >= 3, "the 3-4 strongest matches followed, not the best alone"
    _, _, step, maps = ending_maps(history, entry)
    before, after = (pooled_by_hand(m) for m in maps)
    side = maps[0].shape[1]
    ok = [(a, b) for a in range(side) for b in range(side) if 0 <= b + step < side]
    r, q = max(ok, key=lambda rc: maps[0][rc])
    starts, ends, want = [(r // 2, q // 2)], [(r // 2, (q + step) // 2)], []
    blocks = sorted(np.ndindex(before.shape), key=lambda b: -before[b])
    for br, bc in blocks:
        if len(want) + 1 >= N_TRACKED:
            break
        block = maps[0][2 * br:2 * br + 2, 2 * bc:2 * bc + 2]
        wr, wc = next((2 * br + i, 2 * bc + j) for i in range(2) for j in range(2) if block[i, j] == block.max())
        end = (wr // 2, (wc + step) // 2)
        if (br, bc) in starts or before[br, bc] <= 0 or not 0 <= wc + step < side or end in ends:
            continue
        starts.append((br, bc)), ends.append(end)
        want.append([[br, bc], list(end)])
    s = entry["shown"]["tracked"]
    assert s["rings_at"] == want
    if before[before > 0].size > 1:
        assert want, "a second strong match to follow"
    line = "Why does the convnet cope better?"
    assert s["at"] <= word_time(entry, line, "so its glow")
    # as "so its strong matches stay as bright" is said (review s30)
    if want:
        kept = word_time(entry, line, "so its strong matches")
        assert kept - 0.3 <= s["at"] <= kept + 1.2, (s["at"], kept)


# --- session 29 (review ab-k2 s28): the columns without delay (its ink tally gone in session 35) ---

def test_the_columns_come_as_the_why_is_asked(digits):
    """Review ab-k2 s28 (150-155 s): only the two small 0s stood on screen, two thirds of the
    frame empty, while "Why does the convnet cope better? Take this test 0." was said. The two
    output neurons' glows come within a second of the line's start."""
    _, entry, _ = digits
    if "first_glows" not in entry["shown"]:
        pytest.skip("no ending picture")
    start = section_start(entry, "Why does the convnet cope better?")
    assert start <= entry["shown"]["first_glows"]["at"] <= start + 1.0


def test_each_why_panel_comes_as_it_is_named(digits):
    """Review s35 r2, its one change (141-150 s): three panels (a middle neuron's dials, a stamp,
    its map) came at once while the words were on the two output neurons' glows; the middle
    neuron was named 12 s later, the stamp 30 s later. While "Its 0 neuron glows 0.99 in our
    network, 1.00 in the convnet" is said, only the pictures and those two glows stand, each
    named by its network as said, their numbers nncore's forward pass (by hand here); the middle
    neuron's dials come with "Our network's dials"; the convnet's stamp and map with "The
    convnet's stamp", not before."""
    history, entry, _ = digits
    c = entry["shown"].get("cope")
    if not c:
        pytest.skip("no ending picture")
    label, name, line = c["label"], history.labels[c["label"]], "Why does the convnet cope better?"
    before = history.split("test")[0][c["index"]].reshape(8, 8)
    ours = history.network(history.snapshot().step).predict(before.reshape(1, -1))[0, label]
    theirs = history.convnet.network().predict(before[None])[0, label]
    start, move = section_start(entry, line), word_time(entry, line, "Move it")
    glows = [f"its {name} output neuron glows {v:.2f}" for v in (ours, theirs)]
    pictures = {"a test picture", "another test picture", f"answer: {name}", f"moved 1 pixel {'right' if c['step'] > 0 else 'left'}"}
    during = {d["text"] for d in entry["drawn"] if start - 0.5 <= d["t"] < move}
    assert during <= pictures | {"in our network", "in the convnet", *glows}, during
    first = entry["shown"]["first_glows"]["texts"]
    for head, glow in zip(("in our network", "in the convnet"), glows):
        h = next(w["box"] for w in first if w["text"] == head)
        # each name over its own glow: the nearest words under it
        g = max((w for w in first if w["box"][3] < h[2] and abs(w["box"][0] - h[0]) < 0.6), key=lambda w: w["box"][3])
        assert g["text"] == glow, (head, g, glow)
    assert not any(w["text"].startswith(("our network:", "convnet:")) for w in first)
    when = lambda words: min(d["t"] for d in entry["drawn"] if d["text"] == words)
    dials = word_time(entry, line, "Our network's dials")
    assert move <= when("our network: a middle neuron's dials") <= dials + 0.3
    stamp = word_time(entry, line, "The convnet's stamp")
    assert stamp - 1.0 <= when("convnet: our stamp and its map") <= entry["shown"]["stamp_at"] <= stamp + 1.0


# --- session 34 r2 (review: 180-201 s): the small pictures left clear, every number on the maps said ---

def test_the_small_pictures_are_left_clear_once_the_maps_shrink(digits):
    """Review s34 r2 (180-201 s): white boxes and numbers over and beside the small test
    pictures covered them, and only one of the three numbers was said. From "Shrunk," to the
    count, nothing stands on or beside the pictures (left of x = -3) but their own names and
    our network's result (the numbers once written on the shrunk maps are gone: review s36)."""
    _, entry, _ = digits
    if "tracked" not in entry["shown"]:
        pytest.skip("no ending picture")
    assert "picture_marks" not in entry["shown"]
    line = "Why does the convnet cope better?"
    start, end = word_time(entry, line, "Shrunk,"), word_time(entry, line, "Of all the moved")
    allowed = {"another test picture", "a test picture", "answer: 0", "on the moved picture:"}
    near = [d for d in entry["drawn"] if d["x"] < -3.0 and start <= d["t"] <= end
            and d["text"] not in allowed and not d["text"].startswith(("our network:", "its ", "answer:", "moved 1 pixel"))]
    assert near == [], near


def test_the_why_columns_are_drawn_large_enough_to_read(digits):
    """Review s29 (151-160 s): the three columns of "Why does the convnet cope better?" were small
    (20 px dials, a 22 px stamp). Our network's middle neuron's 64 dials, one per pixel, are 24 px
    or more a dial at 480p; the stamp's dials (as many as the convnet's stamp has, nncore's
    weights) 28 px or more; its map of matches (a side of picture - stamp + 1) 32 px or more a
    square; the three stand apart, left to right, inside the frame."""
    history, entry, _ = digits
    cols = entry["shown"].get("columns")
    if not cols:
        pytest.skip("no ending picture")
    kernel = history.convnet.snapshots[-1].kernels[entry["shown"]["kernel_index"]]
    side = math.isqrt(len(history.split("test")[0][0]))
    px = 480 / 8                                                 # 480p pixels per unit
    want = {"dials": (side, 24), "stamp": (kernel.shape[0], 28), "map": (side - kernel.shape[0] + 1, 32)}
    for name, (n, least) in want.items():
        left, right, bottom, top, drawn_n = cols[name]
        assert drawn_n == n, name
        assert (right - left) / n * px >= least and (top - bottom) / n * px >= least, (name, cols[name])
        assert -7.11 < left and right < 7.11 and -4 < bottom and top < 4, name
    assert cols["dials"][1] < cols["stamp"][0] and cols["stamp"][1] < cols["map"][0]


# --- session 31 (review s30, both): why the moved 0's output still glows ---

def test_why_the_shrunk_map_keeps_the_strong_matches_is_drawn_and_said(digits):
    """Review s30 (both reviewers): the moved 0's "0" output still glowed 0.98 and nothing said
    why. Before "Shrunk," the blocks of four are drawn on both maps of matches (thick lines every
    two squares, inside each map as drawn), after the matches went one square over; then it is
    said that each block keeps its brightest square, whichever one it is, and where the
    followed strong matches (the rings drawn, numbers as written before and after) are kept: the
    same block, the next, or both kinds."""
    history, entry, _ = digits
    pair, _, step, maps = ending_maps(history, entry)
    blocks, line = entry["shown"]["blocks"], "Why does the convnet cope better?"
    side = maps[0].shape[1]
    for (left, right, bottom, top), lines in zip(pair["grids"], blocks["lines"]):
        cell = (right - left) / side
        inner = [2 * n * cell for n in range(1, side // 2)]
        xs = sorted(x0 for x0, y0, x1, y1 in lines if abs(x0 - x1) < 1e-6)
        ys = sorted((y0 for x0, y0, x1, y1 in lines if abs(y0 - y1) < 1e-6), reverse=True)
        assert xs == pytest.approx([left + d for d in inner], abs=0.01)
        assert ys == pytest.approx([top - d for d in inner], abs=0.01)
    # drawn as "Shrunk, each block" is said, whole and still till "keeps" (the shrinking after it)
    assert word_time(entry, line, "Shrunk,") - 0.5 <= blocks["at"] <= word_time(entry, line, "keeps its brightest")
    assert word_time(entry, line, "keeps its brightest") <= entry["shown"]["shrunk"]["ringed"][0]
    shrunk, tracked = entry["shown"]["shrunk"], entry["shown"]["tracked"]
    # every followed match: its blocks where its rings are drawn, its numbers by hand
    followed = [shrunk["rings_at"]] + tracked["rings_at"]
    moves = [tuple(a) != tuple(b) for a, b in followed]
    pooled = [pooled_by_hand(m) for m in maps]
    same_numbers = all(f"{pooled[0][tuple(a)]:.2f}" == f"{pooled[1][tuple(b)]:.2f}" for a, b in followed)
    assert same_numbers, "this story's strong matches keep their numbers"
    where = ("in the same block or the next" if len(set(moves)) == 2 else
             "one block over" if moves[0] else "in the same block")
    what = "so its strong matches stay as bright," if tracked["rings_at"] else "so its best match stays as bright,"
    # no number said there (review s36: 4.26, 4.05, 3.00 followed by number were a hunt)
    assert not re.search(r"\d\.\d\d", said(entry).split("whichever one it is:")[1].split(" so its glow")[0])
    assert f"each block keeps its brightest square, whichever one it is: {what} {where}." in said(entry)


def test_shrunk_words_name_only_what_the_numbers_do():
    """The words after "each block keeps its brightest square": the strong matches, no number said
    (review s36), only when every followed match keeps its number; where they are kept, from
    their blocks."""
    from scenes.chapters.convnet import shrunk_words
    best = {"kept": True, "blocks": [(2, 0), (2, 1)], "written": ["4.26", "4.26"]}
    stays = {"blocks": [[1, 2], [1, 2]], "written": ["3.00", "3.00"]}
    moves = {"blocks": [[0, 1], [0, 2]], "written": ["4.05", "4.05"]}
    drops = {"blocks": [[0, 1], [0, 2]], "written": ["4.05", "1.71"]}
    assert shrunk_words(best, [moves, stays]) == ("so its strong matches stay as bright,", "in the same block or the next")
    assert shrunk_words(best, [moves]) == ("so its strong matches stay as bright,", "one block over")
    assert shrunk_words(best, [drops, stays]) == ("so its best match stays as bright,", "one block over")
    assert shrunk_words({**best, "blocks": [(1, 2), (1, 2)]}, []) == ("so its best match stays as bright,", "in the same block")
    assert shrunk_words({**best, "kept": False}, [moves]) == ("its numbers change,", "a little")


def test_the_big_dials_and_their_key_are_whole_as_our_networks_dials_are_named(digits):
    """Review s30 (the 3 s sheet, 162 s): as "Our network's dials are tied to pixels" began, the
    big dials' key and ink were caught half faded in. They are whole by the time those words
    start."""
    _, entry, _ = digits
    if not entry["shown"].get("cope"):
        pytest.skip("no ending picture")
    tied = word_time(entry, "Why does the convnet cope better?", "Our network's dials")
    assert entry["shown"]["ink_key_whole_at"] <= tied, (entry["shown"]["ink_key_whole_at"], tied)


# --- session 32: the convnet's success shown as its failure was, on dials ---

def test_the_convnets_strong_matches_slide_on_one_board_of_its_output_neurons_dials(digits):
    """Review s36 (its one change, 177-207 s): reuse the one-board picture of our network (one
    square of ink sliding off a blue dial onto a red one as the glow falls) for the convnet, and
    drop the numbers followed (4.26 / 4.05 / 3.00). The answer's output neuron's dials on our
    stamp's shrunk map (nncore's convnet weights, by hand here) are drawn once, one per block;
    each strong match followed (its blocks where the shrunk maps' rings are drawn) lies on them
    as a square as light as its block of the first shrunk map as drawn, where it is before the
    move, and slides to its block after the move as "Follow its strong matches" is said, the
    dials staying put; how many land on a red dial (by hand) is said as they slide; a second bar
    falls from the output's glow before the move to its glow after it (nncore's forward pass, by
    hand) in step; no number is written on the board."""
    history, entry, _ = digits
    c = entry["shown"].get("cope")
    if not c:
        pytest.skip("no ending picture")
    _, _, step, maps = ending_maps(history, entry)
    k, label, name = entry["shown"]["kernel_index"], c["label"], history.labels[c["label"]]
    dials = history.convnet.network().weights[label].reshape(-1, 3, 3)[k]
    b = entry["shown"]["board"]
    np.testing.assert_allclose(b["dials"], dials, atol=1e-12)
    assert b["head"] == f"convnet: the {name} output neuron's dials, one per block"
    followed = [entry["shown"]["shrunk"]["rings_at"]] + entry["shown"]["tracked"]["rings_at"]
    assert b["at"] == [[a for a, _ in followed], [z for _, z in followed]]
    assert any(a != z for a, z in followed), "some strong match moves a block"
    # each square as light as its block of the first shrunk map as drawn
    light = entry["shown"]["shrunk"]["light"][0]
    assert b["light"] == pytest.approx([light[a[0] * 3 + a[1]] for a, _ in followed], abs=1e-9)
    on_red = sum(dials[tuple(z)] < 0 for _, z in followed)
    words = "Follow its strong matches: " + ("none lands on a red dial" if on_red == 0 else
                                            f"{on_red} of them {'lands' if on_red == 1 else 'land'} on a red dial")
    line = "Why does the convnet cope better?"
    assert f"The convnet's {name} neuron has one dial per block, not per pixel. {words}." in said(entry)
    follow = word_time(entry, line, words)
    assert follow - 0.5 <= b["slide_at"] < b["slid_at"] <= follow + 3.0, (b["slide_at"], follow)
    picture = history.split("test")[0][c["index"]].reshape(8, 8)
    glows = [history.convnet.network().predict(p[None])[0, label] for p in (picture, a_pixel_over(picture))]
    assert [g[0] for g in b["glows"]] == pytest.approx(glows, abs=1e-6)
    assert [g[1] for g in b["glows"]] == [f"glows {g:.2f}" for g in glows]
    assert b["key"] == ["a strong match", "likes a match", "dislikes a match"]
    left, right, bottom, top = b["grid"]
    on_board = [d["text"] for d in entry["drawn"] if re.fullmatch(r"[−-]?\d+\.\d\d", d["text"])
                and b["slide_at"] - 3 <= d["t"] <= b["slid_at"] + 8 and left < d["x"] < right and bottom < d["y"] < top]
    assert on_board == [], on_board
    # the ending: both results under a head of their own
    end = entry["shown"]["ending"]["texts"]
    heads = [w["box"] for w in end if w["text"] == "on the moved picture:"]
    glow = next(w["box"] for w in end if w["text"].startswith(f"its {name} output neuron glows") and w["box"][0] > 0)
    assert len(heads) == 2 and any(h[2] > glow[3] and abs(h[0] - glow[0]) < 0.5 for h in heads), (heads, glow)


def test_the_convnets_weak_dials_are_drawn_in_their_sign_s_colour_not_black(digits):
    """Review s33 (198-207 s): the weaker blue dial 4.26 lands on was drawn almost black and read
    as "no dial". Each of the output neuron's dials per block (nncore's convnet weights, by hand)
    is drawn in its sign's colour, blue or red, at least two fifths of the way from the
    background to it, and a bigger dial of one sign is never drawn weaker than a smaller one."""
    from manim import ManimColor
    history, entry, _ = digits
    c = entry["shown"].get("cope")
    if not c:
        pytest.skip("no ending picture")
    t = theme.current()
    dials = history.convnet.network().weights[c["label"]].reshape(-1, 3, 3)[entry["shown"]["kernel_index"]]
    rgb = lambda colour: np.asarray(ManimColor(colour).to_rgb())
    for fills in [entry["shown"]["board"]["fills"]]:
        shares = []
        for value, fill in zip(dials.reshape(-1), fills):
            toward = rgb(t.positive if value >= 0 else t.negative) - rgb(t.background)
            share = float(np.dot(rgb(fill) - rgb(t.background), toward) / np.dot(toward, toward))
            assert share >= 0.38, (value, fill, share)
            shares.append((value >= 0, abs(value), share))
        for sign, size, share in shares:
            assert all(share <= s + 1e-9 for g, z, s in shares if g == sign and z > size), shares


# --- session 32 r2: why the convnet's glow slips only a little ---

def test_why_the_convnets_glow_slips_only_a_little_is_said_on_its_dials(digits):
    """Review s32 r2: 4.26 landed on a weak dial and nothing said why the glow slipped from 1.00
    to 0.98. Of the strong matches followed (their blocks where their rings are drawn, their
    numbers by hand), the one whose number times its dial's fall (nncore's weights, by hand) is
    the biggest is named by where it lands (review s36: not by its number), it is pointed at on
    the board where it landed as it is named, after its bar has fallen; then both glows are said
    (nncore's forward pass, by hand)."""
    history, entry, _ = digits
    c = entry["shown"].get("cope")
    if not c:
        pytest.skip("no ending picture")
    _, _, step, maps = ending_maps(history, entry)
    label, k = c["label"], entry["shown"]["kernel_index"]
    dials = history.convnet.network().weights[label].reshape(-1, 3, 3)[k]
    before_pooled = pooled_by_hand(maps[0])
    followed = [entry["shown"]["shrunk"]["rings_at"]] + entry["shown"]["tracked"]["rings_at"]
    falls = [float(f"{before_pooled[tuple(a)]:.2f}") * (dials[tuple(a)] - dials[tuple(z)]) for a, z in followed]
    a, z = followed[int(np.argmax(falls))]
    assert max(falls) > 0, "this story's glow slips: a match lands on a weaker dial"
    onto = "a red dial" if dials[tuple(z)] < 0 <= dials[tuple(a)] else \
        "a weaker blue dial" if dials[tuple(z)] >= 0 else "a stronger red dial"
    picture = history.split("test")[0][c["index"]].reshape(8, 8)
    glows = [history.convnet.network().predict(p[None])[0, label] for p in (picture, a_pixel_over(picture))]
    way = "slips only" if glows[1] >= 0.9 * glows[0] else "slips"
    line = f"One of them lands on {onto}, so its glow {way} from {glows[0]:.2f} to {glows[1]:.2f}."
    assert line in said(entry)
    named = word_time(entry, "Why does the convnet cope better?", line)
    assert named - 0.2 <= entry["shown"]["slip"]["at"] <= named + 1.5
    assert entry["shown"]["slip"]["square"] == z
    assert entry["shown"]["board"]["slid_at"] <= entry["shown"]["slip"]["at"]


# --- review s34: 153-177 s, our dials stay put, the stamp slides with the ink ---

def outline_by_hand(image: np.ndarray, shift: int) -> list:
    """The edges round the picture's pixels inked at least half, as pairs of grid corners (row,
    column), `shift` columns over: each side of an inked pixel whose neighbour there is not."""
    rows, cols = image.shape
    inked = lambda r, k: 0 <= r < rows and 0 <= k < cols and image[r, k] >= 0.5
    edges = []
    for r in range(rows):
        for k in range(cols):
            if not inked(r, k):
                continue
            for dr, dk, a, b in ((-1, 0, (r, k), (r, k + 1)), (1, 0, (r + 1, k), (r + 1, k + 1)),
                                 (0, -1, (r, k), (r + 1, k)), (0, 1, (r, k + 1), (r + 1, k + 1))):
                if not inked(r + dr, k + dk):
                    edges.append(sorted([(float(a[0]), float(a[1] + shift)), (float(b[0]), float(b[1] + shift))]))
    return sorted(edges)


def test_the_pictures_ink_is_outlined_on_our_dials_and_slides_off_them(digits):
    """Review s34 (153-177 s, its main point): lay the 0's ink over our network's dials, then move
    it: the dials stay, the ink does not line up with them. The picture's ink (pixels at least
    half inked, from the run's test set) is outlined on the big dials, where it was; then it
    slides one pixel the way the picture moved, by the time the glow's drop is said (one board
    since session 35)."""
    history, entry, _ = digits
    c = entry["shown"].get("cope")
    if not c:
        pytest.skip("no ending picture")
    image = np.asarray(history.split("test")[0][c["index"]], float).reshape(8, 8)
    drawn = entry["shown"]["sliding"]
    as_drawn = [sorted(sorted(tuple(p) for p in e) for e in g) for g in drawn["outline"]]
    assert as_drawn[0] == outline_by_hand(image, 0)
    assert as_drawn[1] == outline_by_hand(image, c["step"]) != as_drawn[0]
    line = "Why does the convnet cope better?"
    assert drawn["slid_at"] <= word_time(entry, line, "and this middle neuron's") + 0.3


def test_the_stamp_is_laid_on_the_picture_and_slides_with_the_ink(digits):
    """Review s34 (153-177 s): "while the stamp slides with it - real dials". As "The convnet's
    stamp is not tied to pixels: it slides with the ink" is said, our stamp (the run's own
    dials) stands on the picture where its map's ringed best match is, and on the moved picture
    one pixel over, before "It finds the same strokes" is said."""
    history, entry, _ = digits
    c = entry["shown"].get("cope")
    if not c:
        pytest.skip("no ending picture")
    s = entry["shown"]["stamp_on_pictures"]
    kernel = history.convnet.snapshots[-1].kernels[entry["shown"]["kernel_index"]]
    assert np.allclose(np.asarray(s["dials"], float).reshape(kernel.shape), kernel)
    r, k = s["spot"]
    assert s["spot"] == entry["shown"]["map_pair"]["ring"][0]
    assert s["corners"] == [[r, k], [r, k + c["step"]]]
    line = "Why does the convnet cope better?"
    assert word_time(entry, line, "The convnet's stamp") <= s["at"] <= word_time(entry, line, "It finds")


def test_the_ending_pauses_between_our_network_and_the_convnet(digits):
    """Review s34 (153-177 s, too dense): one idea a sentence, with pauses: the move and our
    network's drop are said after a pause of at least a second, and the convnet's stamp after
    another."""
    _, entry, _ = digits
    if not entry["shown"].get("cope"):
        pytest.skip("no ending picture")
    lines = entry["narration"]
    for starts in ("Move it one pixel", "The convnet's stamp is not tied to pixels"):
        i = next(i for i, n in enumerate(lines) if n["text"].startswith(starts))
        assert lines[i]["start_s"] - lines[i - 1]["end_s"] >= 1.0, starts


# --- session 34 r2 (review: 111, 159 and 162 s) ---

def test_the_convnets_score_is_whole_before_it_is_said(digits):
    """Review s34 r2 (~111 s): "the convnet gets 97 percent" was said while only our network's
    bar stood. The convnet's row and its percent (the real accuracy) are drawn before its line
    starts."""
    _, entry, _ = digits
    shown = entry["shown"]
    line = next(n for n in entry["narration"] if n["text"].startswith("On the same test pictures"))
    percent = round(100 * shown["conv_test_accuracy"])
    assert f"the convnet gets {percent} percent right." in line["text"]
    drawn = [d["t"] for d in entry["drawn"] if d["text"] == f"{percent}%"]
    assert drawn and min(drawn) <= line["start_s"], (drawn, line["start_s"])


def test_our_output_shows_no_old_glow_while_its_drop_is_said(digits):
    """Review s34 r2 (~162 s): "its 0 output neuron glows 0.99" stood as "which drops to 0.07"
    was said. When our network's column comes back, its output neuron stands without its glow
    before the move written; then its glow after the move (the real one) comes as it is said."""
    history, entry, _ = digits
    c = entry["shown"].get("cope")
    if not c:
        pytest.skip("no ending picture")
    name = history.labels[c["label"]]
    before, after = (f"its {name} output neuron glows {c[k][c['label']]:.2f}" for k in ("dense", "dense_moved"))
    back = entry["shown"]["out_glow_back"]
    assert before not in back["texts"] and after not in back["texts"], back["texts"]
    line = "Why does the convnet cope better?"
    assert word_time(entry, line, "It and others feed") - 1.5 <= back["at"]
    drops = word_time(entry, line, f"drops to {c['dense_moved'][c['label']]:.2f}")
    assert any(d["text"] == after and back["at"] <= d["t"] <= drops for d in entry["drawn"])


# --- session 35 r2: the square followed is one of several ---

def test_the_square_followed_is_said_to_be_one_of_several(digits):
    """Review s35 r2: "Follow one square of the picture's ink" read as if that one square alone
    made the middle neuron's glow fall. Counted by hand from nncore's dials (the middle neuron's
    weights) and the picture moved a pixel: the ink squares that sit on a blue dial and land on a
    red one; when there are three or more, the square is said to be one of several."""
    history, entry, _ = digits
    c = entry["shown"].get("cope")
    if not c:
        pytest.skip("no ending picture")
    n = len(ink_off_blue_onto_red(history, c, 0.0)[-1])
    text = said(entry)
    assert ("Follow one square of the picture's ink, one of several that do this:" in text) == (n >= 3), n
    assert ("Follow one square of the picture's ink:" in text) == (n < 2), n


# --- review ab-convnet (192-210 s): before and after seen together on the convnet's board ---

def followed_by_hand(history: History, entry: dict) -> tuple[np.ndarray, list]:
    """The answer's output neuron's dials per block (nncore's convnet weights) and the strong
    matches followed, as (block before, block after), where the shrunk maps' rings are drawn."""
    c = entry["shown"]["cope"]
    dials = history.convnet.network().weights[c["label"]].reshape(-1, 3, 3)[entry["shown"]["kernel_index"]]
    return dials, [entry["shown"]["shrunk"]["rings_at"]] + entry["shown"]["tracked"]["rings_at"]


def test_each_match_leaves_a_faint_copy_and_an_arrow_to_where_it_lands(digits):
    """Review ab-convnet (its one change): as the strong matches slide on the board, a faint copy
    of each stays where it started and an arrow goes from there to the block it lands in (none
    for a match that stays in its block); the count of those landing on a red dial (nncore's
    weights, by hand) is written beside the board as it is said, "none" for 0."""
    history, entry, _ = digits
    if not entry["shown"].get("cope"):
        pytest.skip("no ending picture")
    dials, followed = followed_by_hand(history, entry)
    b = entry["shown"]["board"]
    assert b["ghosts_at"] == [a for a, _ in followed]
    assert b["arrows"] == [[a, z] for a, z in followed if a != z] != []
    on_red = int(sum(dials[tuple(z)] < 0 for _, z in followed))
    assert b["on_red"] == f"strong matches on a red dial: {'none' if on_red == 0 else on_red}"
    drawn = [d for d in entry["drawn"] if d["text"] == b["on_red"]]
    assert drawn and b["slide_at"] <= drawn[0]["t"] <= b["slid_at"] + 0.5, drawn


def test_the_match_that_slips_stays_ringed_while_its_glow_is_said(digits):
    """Review ab-convnet (204 s: "One of them lands on a weaker blue dial" never showed which):
    the match losing the output most (its number by hand times its dial's fall) is ringed where
    it lands as that is said, and the ring stays until both glows have been said."""
    history, entry, _ = digits
    if not entry["shown"].get("cope"):
        pytest.skip("no ending picture")
    dials, followed = followed_by_hand(history, entry)
    _, _, _, maps = ending_maps(history, entry)
    pooled = pooled_by_hand(maps[0])
    falls = [float(f"{pooled[tuple(a)]:.2f}") * (dials[tuple(a)] - dials[tuple(z)]) for a, z in followed]
    slip = entry["shown"]["slip"]
    assert slip["ring"] == followed[int(np.argmax(falls))][1]
    c = entry["shown"]["cope"]
    picture = history.split("test")[0][c["index"]].reshape(8, 8)
    after = history.convnet.network().predict(a_pixel_over(picture)[None])[0, c["label"]]
    said_to = word_time(entry, "Why does the convnet cope better?", f"to {after:.2f}.")
    assert slip["at"] < said_to < entry["shown"]["slip_ring_until"]


def test_arrows_join_the_shrunk_maps_rows_and_the_board_comes_with_its_head(digits):
    """Review ab-convnet (192 s: no arrows for "same block or the next"; 195 s: "dials" headed the
    maps): an arrow in the gap between the two shrunk maps at each row a strong match is in, row
    to the same row (the picture moves sideways), drawn as "in the same block or the next" is
    said; the board's head is not drawn before the board comes."""
    history, entry, _ = digits
    if not entry["shown"].get("cope"):
        pytest.skip("no ending picture")
    _, followed = followed_by_hand(history, entry)
    rows = sorted({a[0] for a, _ in followed})
    assert entry["shown"]["tracked"]["arrows"] == [[r, r] for r in rows]
    where = word_time(entry, "Why does the convnet cope better?", "in the same block or the next")
    assert abs(entry["shown"]["tracked"]["arrows_at"] - where) < 1.5
    head = entry["shown"]["board"]["head"]
    first = min(d["t"] for d in entry["drawn"] if d["text"] == head)
    assert entry["shown"]["board_at"] - 1.0 <= first <= entry["shown"]["board_at"]


# --- review s36 r3 (159-165 s): our network's ink shown moving as the convnet's matches are ---

def test_our_ink_square_leaves_a_faint_copy_an_arrow_and_a_ring_on_the_red_dial_it_lands_on(digits):
    """Review s36 r3 (its one change): as our network's ink square slides, a faint copy stays
    where it started, an arrow goes from there to where it lands, and a ring goes round the dial
    it lands on: a red one (nncore's weights, below zero), the same way the convnet's strong
    matches are shown at 201-207 s."""
    history, entry, _ = digits
    c = entry["shown"].get("cope")
    if not c:
        pytest.skip("no ending picture")
    dials, before, moved, step, onto_red = ink_off_blue_onto_red(history, c, 0.5)
    slide = entry["shown"]["sliding"]
    r, k = slide["square"]
    assert slide["ghosts_at"] == [[r, k]]
    assert slide["arrows"] == [[[r, k], [r, k + step]]]
    assert slide["ring"] == [r, k + step] and dials[r, k + step] < 0 < dials[r, k]
    # the arrow runs above the squares, clear of the ring (radius 0.75 of a square 0.86 of a dial):
    # laid over them, white on the white square, it was not seen
    assert all(lift > 0.75 * 0.86 for lift in slide["arrow_lift"]), slide["arrow_lift"]


def test_a_glows_words_stay_clear_of_its_bar_when_pointed_at(digits):
    """Review s36 r3 (210 s): "glows 1.00", grown 1.15 times as it is pointed at, ran into its full
    bar. On both boards each glow's words keep at least 0.1 (6 px at 480p) from the bar's track
    even when grown."""
    _, entry, _ = digits
    if not entry["shown"].get("cope"):
        pytest.skip("no ending picture")
    rows = entry["shown"]["sliding"]["words_clear"] + entry["shown"]["board"]["words_clear"]
    assert all(gap - width * (1.15 - 1) / 2 >= 0.1 for gap, width in rows), rows


# --- review s37 r1: the number-free style finished ---

def test_no_decimal_is_drawn_but_an_output_neurons_glow(digits):
    """Review s37 r1: the patch's pixels (0.88, 1.00), the stamp's dials (-0.03, 1.33), the spot's
    match (3.59) and the ending's strong match (4.26) meant nothing to a newcomer: no scale, is
    that a lot? They are colours now. The only decimals drawn are glows, 0 to 1, drawn as bars."""
    _, entry, _ = digits
    decimals = {d["text"] for d in entry["drawn"] if re.search(r"\d\.\d", d["text"])}
    assert decimals and all("glows" in text for text in decimals), decimals
    assert not re.search(r"\d\.\d\d:", said(entry))


def test_the_stamps_dials_are_its_colours_ringed_as_they_are_named(digits):
    """Review s37 r1 (18-30 s): the stamp's nine numbers are gone; its dials are nncore's trained
    kernel as colours (blue above zero, red below, as strong as they are), and as "Blue dials",
    "red dials" and the places it looks for are said, those dials are ringed: the clearly blue
    (a quarter of the strongest dial and up), the clearly red, then each place named."""
    from scenes.chapters.convnet import INK_AT, stamp_pattern, strong_cells
    history, entry, _ = digits
    shown = entry["shown"]
    kernels = np.asarray(history.convnet.snapshots[-1].kernels, float)
    kernel = kernels[shown["kernel_index"]]
    drawn = shown["stamp_drawn"]
    assert drawn["numbers"] == 0
    assert drawn["colours"] == [signed(float(np.abs(kernels).max()))(w).to_hex() for w in kernel.reshape(-1)]
    strong = 0.25 * float(np.abs(kernel).max())
    cells = lambda mask: sorted([int(r), int(c)] for r, c in zip(*np.nonzero(mask)))
    assert shown["ringed_blue"] == cells(kernel >= strong) and shown["ringed_red"] == cells(kernel <= -strong)
    assert shown["ringed_blue"] and shown["ringed_red"]
    places = sorted(strong_cells(kernel)) if stamp_pattern(kernel)[1].startswith(INK_AT) else []
    assert shown["ringed_places"] == [list(rc) for rc in places]
