"""The convnet chapter: renders for the digits, shows a card for data without pictures,
reads easily, and every value it shows is the real convnet's (recomputed here with nncore)."""
from __future__ import annotations

import numpy as np
import pytest

from nncore.conv import ConvNet
from nncore.history import History, KeptMaps
from nncore.network import classes_of
from scenes import catalog
from scenes.kit import theme
from scenes.kit.chapter import script_lines, script_text
from scenes.chapters.convnet import Convnet, chosen_example, comparison, convnet_facts, pool_winners
from scenes.kit.pictures import ShadedGrid, lit, number_color, short
from scenes.kit.readings import fixed_examples, stamp_spot, worked_stamp
from tests.chapter_checks import check_readable, reading_ease, render_tiny, said


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
    assert 40 < entry["duration_s"] < 135
    text, shown = said(entry), entry["shown"]
    assert f"{round(100 * shown['conv_test_accuracy'])} percent" in text
    # the dense network's percent is the testing chapter's to say: here it is only on screen
    assert f"{round(100 * shown['dense_test_accuracy'])} percent" not in text
    drawn = [d["text"] for d in entry["drawn"]]
    assert f"{round(100 * shown['dense_test_accuracy'])}%" in drawn
    assert f"handwritten {history.labels[shown['label']]}" in text
    assert text.count("This is called a convolution") == 1


def test_no_text_is_too_small(digits):
    _, entry, _ = digits
    assert not [(d["text"], d["px"]) for d in entry["drawn"] if d["px"] < 14]


# --- the worked example, the shifted picture, the fixed examples ---

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
    assert f"That gives {w['value']:.2f}" in said(entry)


def test_the_shifted_picture_lights_the_map_one_square_over(digits):
    history, entry, _ = digits
    shown, s = entry["shown"], entry["shown"]["shift"]
    net = history.convnet.network()
    image = history.split("test")[0][shown["example"]].reshape(8, 8)
    moved, step = np.asarray(s["moved"]), s["step"]
    assert step in (1, -1)
    np.testing.assert_array_equal(np.roll(image, step, axis=1), moved)   # the same picture, a pixel over
    moved_map = net.forward(moved.reshape(1, -1)).feature_maps[0][shown["kernel_index"]]
    np.testing.assert_allclose(s["moved_map"], moved_map, rtol=0, atol=1e-9)
    fmap = np.asarray(shown["feature_map"])
    inner = (slice(None), slice(1, None)) if step > 0 else (slice(None), slice(None, -1))
    outer = (slice(None), slice(None, -1)) if step > 0 else (slice(None), slice(1, None))
    np.testing.assert_allclose(moved_map[inner], fmap[outer], rtol=0, atol=1e-9)
    assert tuple(s["moved_spot"]) == np.unravel_index(np.argmax(moved_map), moved_map.shape)
    assert s["moved_spot"][1] == s["spot"][1] + step


def test_the_fixed_examples_are_wrong_for_the_dense_net_and_right_for_the_convnet(digits):
    history, entry, _ = digits
    shown = entry["shown"]
    x_test, y_test = history.split("test")
    truths = classes_of(y_test)
    dense = history.network(history.snapshot().step).guesses(x_test)
    conv = history.convnet.network().guesses(x_test)
    idx = shown["fixed"]
    assert idx and len(set(idx)) == len(idx)
    assert all(dense[i] != truths[i] and conv[i] == truths[i] for i in idx)
    assert shown["fixed_dense_guesses"] == dense[idx].tolist()
    assert shown["fixed_conv_guesses"] == conv[idx].tolist()
    assert shown["n_fixed"] == int(((dense != truths) & (conv == truths)).sum())
    assert shown["n_broken"] == int(((dense == truths) & (conv != truths)).sum())
    drawn = [d["text"] for d in entry["drawn"]]
    for i in idx:
        assert f"earlier: {history.labels[dense[i]]}" in drawn and f"convnet: {history.labels[conv[i]]}" in drawn


def test_the_video_frames_are_the_picture_moving_stamped_by_nncore(digits):
    history, entry, _ = digits
    shown = entry["shown"]
    net = history.convnet.network()
    image = history.split("test")[0][shown["example"]].reshape(8, 8)
    pictures = np.asarray(shown["video_pictures"])
    assert any(np.array_equal(p, image) for p in pictures)
    for a, b in zip(pictures, pictures[1:]):       # each frame is the one before, a pixel right
        np.testing.assert_array_equal(np.roll(a, 1, axis=1), b)
    maps = net.forward(pictures.reshape(len(pictures), -1)).feature_maps[:, shown["kernel_index"]]
    np.testing.assert_allclose(shown["video_maps"], maps, rtol=0, atol=1e-9)


def test_fixed_examples_take_classes_in_turn():
    dense = np.array([1, 1, 0, 2, 0, 1])
    conv = np.array([0, 0, 0, 1, 1, 1])
    truth = np.array([0, 0, 0, 1, 1, 1])
    assert fixed_examples(dense, conv, truth, 3) == [0, 1, 3]   # 0 (class 0), 3 (class 1), 1 (class 0)
    assert fixed_examples(dense, conv, truth, 10) == [0, 1, 3, 4]
    assert fixed_examples(truth, conv, truth, 3) == []


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
    assert f"for {facts['guess_label']}" in said and f"answer is {facts['label']}" in said


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


def test_comparison_in_whole_percents():
    assert comparison(0.972, 0.964) == "better"
    assert comparison(0.962, 0.964) == "same"
    assert comparison(0.90, 0.964) == "worse"


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
