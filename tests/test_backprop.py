"""The backprop chapter: renders for both presets and a user's network, reads easily, and
every error, blame and nudge it shows is nncore's own."""
from __future__ import annotations

import numpy as np
import pytest

from nncore.history import History
from scenes.kit import theme
from scenes.chapters.backprop import (Backprop, blame_glow, chosen_weight, error_panel, pick_examples,
                             people)
from scenes.kit.chapter import script_text
from scenes.kit.network_diagram import shown_indices
from tests.chapter_checks import check_readable, close, fruit_story, said, tiny_renders


@pytest.fixture(scope="module")
def user_story(tmp_path_factory) -> str:
    """A user's network: three kinds of fruit by three numbers, two hidden layers, softmax."""
    return fruit_story(tmp_path_factory.mktemp("fruit"), per_kind=25, seed=5, hidden=[5, 4],
                       activation="tanh", cost="cross_entropy", lr=0.5, epochs=20, batch_size=None)


@pytest.fixture(scope="module")
def rendered(story_file, user_story, tmp_path_factory):
    """preset -> (history, manifest entry) of a tiny render, made once per module."""
    return tiny_renders("backprop", story_file, tmp_path_factory, user=user_story)


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_renders_a_clip_of_reasonable_length(preset, rendered):
    history, entry = rendered(preset)
    assert 40 < entry["duration_s"] < 110
    text = said(entry)
    assert str(len(history.split("train")[0])) in text
    # the pile line follows how the real run stepped
    assert ("every step used all" in text) == (history.config["batch_size"] is None)
    # "most want it turned down/up" only when that is also the way their average goes
    dial = entry["shown"]["dial"]
    most_down = dial["n_down"] >= dial["n_up"]
    assert ("the others push harder" in text) == (most_down != (dial["average"] > 0))


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_errors_and_blame_are_the_examples_own(preset, rendered):
    history, entry = rendered(preset)
    shown = entry["shown"]
    x, y = history.split("train")
    i = shown["example"]
    assert shown["step"] == history.snapshots[0].step == 0
    net = history.network(0)
    close(shown["output_errors"], y[i] - net.predict(x[i:i + 1])[0])
    one = net.backward(x[i:i + 1], y[i:i + 1])
    assert len(shown["blame"]) == len(history.config["sizes"]) - 1
    for got, want in zip(shown["blame"], one.delta):
        close(got, want[0])
    for got, want in zip(shown["example_grad_weights"], one.grad_weights):
        close(got, want)


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_nudges_are_the_full_training_set_gradient(preset, rendered):
    history, entry = rendered(preset)
    x, y = history.split("train")
    again = history.network(0).backward(x, y).grad_weights    # recomputed, not read back
    for got, snap, want in zip(entry["shown"]["grad_weights"], history.snapshots[0].grad_weights, again):
        close(got, snap)
        close(got, want)


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_dial_averages_every_examples_own_nudge(preset, rendered):
    history, entry = rendered(preset)
    dial = entry["shown"]["dial"]
    layer, row, col = dial["weight"]
    grads = history.snapshots[0].grad_weights
    x, y = history.split("train")
    net = history.network(0)
    own = np.array([net.backward(x[i:i + 1], y[i:i + 1]).grad_weights[layer][row, col]
                    for i in range(len(x))])
    assert dial["n_examples"] == len(x)
    assert (dial["n_down"], dial["n_up"]) == ((own > 0).sum(), (own < 0).sum())
    close(dial["gradients"], own[dial["examples"]])
    close(dial["average"], own.mean())
    assert dial["average"] == pytest.approx(grads[layer][row, col], rel=1e-9, abs=1e-14)
    # the largest full-set gradient among the edges the diagram draws
    assert row in shown_indices(grads[layer].shape[0]) and col in shown_indices(grads[layer].shape[1])
    drawn = [abs(g[np.ix_(shown_indices(g.shape[0]), shown_indices(g.shape[1]))]).max() for g in grads]
    assert abs(grads[layer][row, col]) == pytest.approx(max(drawn))


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_script_reads_easily(preset, story_file):
    history = History.load(story_file(preset))
    check_readable(script_text("backprop", Backprop(history=history).facts()))


def test_facts_name_the_biggest_miss(story_file):
    history = History.load(story_file("digits"))
    facts = Backprop(history=history).facts()
    x, y = history.split("train")
    guess = history.network(0).predict(x[:1])[0]
    worst = int(np.abs(y[0] - guess).argmax())
    assert facts["worst"] == f"the output for {history.labels[worst]}"
    assert facts["worst_guess"] == people(guess[worst])
    assert facts["example"] == f"a handwritten {history.labels[int(y[0].argmax())]}"


def test_pick_examples_shows_both_ways_when_they_exist():
    grads = np.array([0.3, 0.2, 0.1, 0.4, -0.1, 0.2, -0.5, 0.1])
    picked = pick_examples(grads, 4)
    assert picked == [0, 1, 4, 6]            # first two asking down, first two asking up
    assert pick_examples(np.array([0.1, 0.2, 0.3]), 2) == [0, 1]    # all one way: the first ones
    assert pick_examples(np.array([-0.1, 0.2, -0.3, -0.4]), 4) == [0, 1, 2, 3]


def test_chosen_weight_is_one_the_diagram_draws():
    grads = [np.zeros((3, 40)), np.zeros((1, 3))]
    grads[0][1, 20] = 9.0        # input 20 of 40 is elided from the drawing
    grads[0][2, 39] = -2.0
    grads[1][0, 1] = 1.0
    assert chosen_weight(grads) == (0, 2, 39)


def test_blame_glow_lights_only_the_layers_reached():
    deltas = [np.array([0.1, -0.4]), np.array([-0.2])]
    glow = blame_glow([3, 2, 1], deltas, upto=2)
    assert [g.tolist() for g in glow] == [[0, 0, 0], [0, 0], [1.0]]
    glow = blame_glow([3, 2, 1], deltas, upto=1)
    np.testing.assert_allclose(glow[1], [0.25, 1.0])
    assert not glow[0].any()         # the inputs carry no blame


def test_error_arrows_point_to_the_truth_and_are_as_long_as_the_miss():
    t = theme.current()
    from manim import Text
    panel = error_panel(["a", "b", "c"], np.array([0.7, 0.2, 0.5]), np.array([0.0, 1.0, 0.5]), t,
                        lambda s, size: Text(s), height=2.0)
    arrows = panel[2]
    down, up = arrows[0], arrows[1]
    assert down.get_end()[1] < down.get_start()[1] and up.get_end()[1] > up.get_start()[1]
    assert abs(down.get_start()[1] - down.get_end()[1]) == pytest.approx(0.7 * 2.0, rel=1e-3)
    assert abs(up.get_start()[1] - up.get_end()[1]) == pytest.approx(0.8 * 2.0, rel=1e-3)
    assert down.get_color().to_hex().upper() == t.negative.upper()
    assert up.get_color().to_hex().upper() == t.positive.upper()
