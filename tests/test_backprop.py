"""The backprop chapter: renders for both presets and a user's network, reads easily, and
every error, blame and nudge it shows is nncore's own."""
from __future__ import annotations

import numpy as np
import pytest

from nncore.history import History
from scenes.kit import theme
from scenes import screen
from scenes.chapters.backprop import (Backprop, agreeing, blame_places, red_turn_words, shrink_words, smaller_gap_words,
                                     squared_blame, turned_red, blank_input, dial_tilt, first_step, none_words, red_words, worked, Dial,
                                     average_key, error_panel, figure, pick_examples, people, slope_words, written,
                                     way_of, way_ring, zero_words)
from scenes.kit.legend import turn_arrow
from scenes.kit.readings import EXAMPLE, neuron_sum, slope_of
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
    # 154 s before the slope and the turning dial, 181 s after, 2xx s with the output's worked
    # blame, the examples that do not care, the pile's own average and the first step; 247 s with
    # why smaller misses get more blame, the step size said and what the first step mostly taught;
    # 238 s cut to about 210 (the average's arrows around the neuron and the pile picture gone)
    # while the tilt came first
    assert 40 < entry["duration_s"] < 250
    text = said(entry)
    assert "called backpropagation" in text
    # what the first step taught (every output says less) is the training chapter's to tell and
    # show with the outputs' values; said here too, it was 24 s of words over a still picture
    assert "should say no" not in text and "says less" not in text
    # the number of training examples is the cost and training chapters' to say, not ours
    assert f" {len(history.split('train')[0])} " not in f" {text} "
    # the pile line follows how the real run stepped
    assert ("every step used all" in text) == (history.config["batch_size"] is None)
    # "most want it turned down/up" only when that is also the way their average goes
    dial = entry["shown"]["dial"]
    most_down = dial["n_down"] >= dial["n_up"]
    assert ("the others push harder" in text) == (most_down != (dial["average"] > 0)
                                                  and min(dial["n_down"], dial["n_up"]) > 0)


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
    # the averaged dial is the one worked out on the example
    assert dial["weight"] == entry["shown"]["nudge"]["dial"]
    assert row in shown_indices(grads[layer].shape[0]) and col in shown_indices(grads[layer].shape[1])


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_worked_blame_and_nudge_are_nncores_backward_pass(preset, rendered):
    """Misses, what each output sends back (blame x dial), the neuron's blame (all of it
    times its curve's slope) and the one dial's nudge, recomputed from nncore's backward pass."""
    history, entry = rendered(preset)
    shown = entry["shown"]
    x, y = history.split("train")
    i = shown["example"]
    net = history.network(0)
    one = net.backward(x[i:i + 1], y[i:i + 1])
    close(shown["misses"], one.a[-1][0] - y[i])
    close(shown["blame_out"], one.delta[-1][0])
    # what each drawn output sends back (a stream as wide as it): its blame times the dial between
    flows = shown["flows"]
    h = flows["neuron"]
    out_weights = history.snapshots[0].weights[-1]
    close(flows["sent"], out_weights[flows["outputs"], h] * one.delta[-1][0][flows["outputs"]])
    close(flows["dials"], out_weights[flows["outputs"], h])
    assert flows["total"] == pytest.approx((out_weights[:, h] * one.delta[-1][0]).sum(), rel=1e-9, abs=1e-15)
    assert flows["outputs"] == list(shown_indices(len(one.delta[-1][0])))
    # all of it, times the slope of the neuron's curve where this example puts it, is its blame
    slope = shown["slope"]
    assert slope["neuron"] == h
    assert (out_weights[:, h] * one.delta[-1][0]).sum() * slope["slope"] == \
        pytest.approx(one.delta[-2][0][h], rel=1e-9, abs=1e-15)
    assert slope["blame"] == pytest.approx(one.delta[-2][0][h], rel=1e-12)
    pair_out = len(history.config["sizes"]) - 2
    assert slope["z"] == pytest.approx(one.z[pair_out - 1][0][h], rel=1e-12)
    assert slope["slope"] == pytest.approx(slope_of(history.config["activations"][pair_out - 1], slope["z"]),
                                           rel=1e-9)
    hidden = one.delta[-2][0]
    nudge = shown["nudge"]
    pair, row, col = nudge["dial"]
    if len(history.config["sizes"]) == 3:
        # one hidden layer: the story follows the forward chapter's neuron and its first drawn input
        forward = neuron_sum(history)
        assert h == forward["neuron"]
        assert col == [k for k in forward["biggest"] if k in shown_indices(len(forward["inputs"]))][0]
    else:
        # the worked neuron is the drawn one with the most blame
        assert abs(hidden[h]) == pytest.approx(abs(hidden[shown_indices(len(hidden))]).max())
    assert (pair, row) == (len(history.config["sizes"]) - 3, h)
    assert nudge["input"] == pytest.approx(one.a[pair][0][col], rel=1e-12)
    assert nudge["nudge"] == pytest.approx(one.grad_weights[pair][row, col], rel=1e-12)
    assert nudge["nudge"] == pytest.approx(nudge["blame"] * nudge["input"], rel=1e-9)
    # the words say the way it wants to turn: against the nudge's sign
    assert f"should turn {'up' if nudge['nudge'] < 0 else 'down'}" in said(entry)


def test_worked_numbers_are_written_with_two_digits():
    assert [figure(v) for v in (-0.07648, 0.875, -0.3067, 0.0, 1.234, -0.01188)] == \
        ["-0.076", "0.88", "-0.31", "0", "1.2", "-0.012"]


def test_the_averaging_line_says_whether_the_examples_disagree():
    def dial(n_down, n_up, average):
        return Dial((0, 0, 0), [], np.array([]), average, n_down + n_up, n_down, n_up)
    assert average_key(dial(0, 9, -0.1)) == "average_agree"       # none want it down
    assert average_key(dial(7, 3, 0.2)) == "average"               # most down, average down
    assert average_key(dial(7, 3, -0.2)) == "average_split"        # most down, the few push harder


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


def test_pick_examples_shows_both_ways_in_their_real_proportion():
    grads = np.array([0.3, 0.2, 0.1, 0.4, -0.1, 0.2, -0.5, 0.1])
    picked = pick_examples(grads, 4)
    assert picked == [0, 1, 2, 4]            # 6 ask down, 2 up: three down and one up, in proportion
    assert pick_examples(np.array([0.1, 0.2, 0.3]), 2) == [0, 1]    # all one way: the first ones
    assert pick_examples(np.array([-0.1, 0.2, -0.3, -0.4]), 4) == [0, 1, 2, 3]


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
    # the gaps are orange, as the cost chapter drew them: blue and red mean a dial's sign, nothing else
    assert down.get_color().to_hex().upper() == up.get_color().to_hex().upper() == t.cost.upper()


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_dial_turns_by_the_real_step_and_the_cost_falls(preset, rendered):
    """Every dial's step on this example alone, with the run's step size: this example's cost
    before and after, recomputed here with nncore."""
    history, entry = rendered(preset)
    moved = entry["shown"]["moved"]
    x, y = history.split("train")
    i = entry["shown"]["example"]
    net = history.network(0)
    before = net.cost_of(x[i:i + 1], y[i:i + 1])
    net.backward(x[i:i + 1], y[i:i + 1])
    lr = history.config["lr"]
    assert moved["lr"] == lr
    net.set_params([p - lr * g for p, g in zip(net.params(), net.grads())])
    assert moved["cost_before"] == pytest.approx(before)
    assert moved["cost_all"] == pytest.approx(net.cost_of(x[i:i + 1], y[i:i + 1]))
    assert moved["cost_all"] < moved["cost_before"]
    text = said(entry)
    assert "this example's cost, so this dial should turn" in text


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_three_groups_add_up_to_every_example(preset, rendered):
    """Down, up and 'do not care' (a zero nudge) count every example once, and the words say
    the third group whenever there is one."""
    history, entry = rendered(preset)
    dial = entry["shown"]["dial"]
    assert dial["n_down"] + dial["n_up"] + dial["n_zero"] == dial["n_examples"] == len(history.split("train")[0])
    text = said(entry)
    assert f"{dial['n_down']} examples want it turned down, {dial['n_up']} want it up" in text
    assert (f"{dial['n_zero']} {'does' if dial['n_zero'] == 1 else 'do'} not care" in text) == (dial["n_zero"] > 0)


def test_zero_words_name_why_the_examples_do_not_care():
    def dial(n_zero, blank):
        return Dial((0, 0, 0), [], np.array([]), 0.1, 10 + n_zero, 6, 4, blank)
    assert zero_words(dial(0, False), True) == ""
    assert zero_words(dial(3, True), True) == ", and 3 do not care: their pixel is blank"
    assert zero_words(dial(3, False), True).endswith("their blame here is zero")
    # one example is singular; a table's zero is its lowest value, not an empty place (the iris review)
    assert zero_words(dial(1, True), False) == ", and 1 does not care: their input there is zero, so their nudge is zero"


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_first_step_is_the_runs_own(preset, rendered):
    """The payoff: the dial and the cost over every training example before and after the
    run's first step, as recorded; a full-batch step is exactly the average of all."""
    history, entry = rendered(preset)
    first = entry["shown"]["first_step"]
    layer, row, col = entry["shown"]["nudge"]["dial"]
    start, after = history.snapshots[0], history.snapshots[1]
    assert first["steps"] == after.step - start.step
    assert first["dial_before"] == pytest.approx(start.weights[layer][row, col], rel=1e-12)
    assert first["dial_after"] == pytest.approx(after.weights[layer][row, col], rel=1e-12)
    records = {r.step: r.cost for r in history.records}
    assert first["cost_before"] == pytest.approx(records[start.step], rel=1e-9)
    assert first["cost_after"] == pytest.approx(records[after.step], rel=1e-9)
    if history.config["batch_size"] is None and first["steps"] == 1:
        assert first["pile_nudge"] == pytest.approx(entry["shown"]["dial"]["average"], rel=1e-6)
    text = said(entry)
    assert "this is how the network learns" in text
    assert "one example alone is easy to please" in text.lower()
    assert "so we undo that step" in text   # the example's own step is said to be undone


def test_slope_words_are_drawn_whole():
    for name in ("sigmoid", "tanh", "relu"):
        for z in np.linspace(-6, 6, 25):
            for part in slope_words(name, slope_of(name, z)):
                drawn = part.format(slope="-0.0123", top="0.25")
                assert screen.shorten(drawn) == drawn


def test_the_slope_is_told_against_the_steepest():
    """'steep: a push moves it a lot' read wrong when multiplying by 0.19 shrank the blame five
    times: the words give the slope against the curve's steepest, and say blame shrinks only
    for a curve never as steep as 1."""
    for name in ("sigmoid", "tanh", "relu"):
        head, tail = slope_words(name, slope_of(name, 0.5))
        assert head == "near its steepest:" and "{top}" in tail and "a lot" not in head + tail
    assert shrink_words("sigmoid") and not shrink_words("tanh") and not shrink_words("relu")


def products_add_up(factors, result, places, times=1.0):
    """The written factors, multiplied, give the written result."""
    value = times * np.prod([float(written(f, places).replace("\u2212", "-")) for f in factors])
    return written(value, -2) == written(result, -2)


def test_every_written_product_adds_up(story_file):
    """A reviewer multiplied the numbers on screen: '0.035 x 0.81' drawn as 0.029 (it is 0.028),
    'added up 0.18 x slope 0.19' as 0.035: each product gets the digits it needs."""
    assert agreeing([0.035204, 0.8125], 0.028603) == -3   # 2 digits read 0.028
    for preset in ("digits", "tiny"):
        work = worked(History.load(story_file(preset)))
        assert products_add_up([work["total"], work["slope"]], work["blame"], blame_places(work))
        places = agreeing([work["blame"], work["input"]], work["nudge"])
        assert products_add_up([work["blame"], work["input"]], work["nudge"], places)


def test_the_biggest_gap_becomes_its_blame_on_screen(rendered):
    """The biggest gap 0.76 got a fainter ring (0.28) than smaller gaps (0.29) with no reason
    given: its blame is written as 2 x gap x slope, nncore's numbers, and the words say why
    a smaller gap can get more blame."""
    history, entry = rendered("digits")
    work = worked(history)
    squared = squared_blame(history, work)
    assert squared["blame"] == pytest.approx(2 * squared["miss"] * squared["slope"], rel=1e-9)
    places = agreeing([squared["miss"], squared["slope"]], squared["blame"], times=2.0)
    assert products_add_up([squared["miss"], squared["slope"]], squared["blame"], places, times=2.0)
    row = (f"= 2 \u00d7 {written(squared['miss'], places)} \u00d7 "
           f"{written(squared['slope'], places)} = {written(squared['blame'], -2)}")
    drawn = {d["text"] for d in entry["drawn"]}
    assert row in drawn and "blame = 2 \u00d7 gap \u00d7 slope" in drawn
    assert "twice its gap, times the slope" in said(entry)
    misses, blame = np.abs(work["misses"]), np.abs(work["blame_out"])
    smaller_more = bool((blame[misses < misses.max()] > blame[misses.argmax()]).any())
    assert bool(smaller_gap_words(work)) == smaller_more
    assert ("a smaller gap elsewhere can get more blame" in said(entry)) == smaller_more


def test_dials_turned_red_by_the_first_step_are_said(story_file, rendered):
    """After the run's first step many dials turn from blue to red, unexplained: the words
    count the drawn ones that crossed zero (none: nothing said)."""
    history, entry = rendered("digits")
    step = first_step(history, tuple(worked(history)["dial"]))
    before, after = history.snapshots[0].weights, step["weights_after"]
    sizes = history.config["sizes"]
    n = sum(int(((b[np.ix_(shown_indices(sizes[p + 1]), shown_indices(sizes[p]))] >= 0)
                 & (a[np.ix_(shown_indices(sizes[p + 1]), shown_indices(sizes[p]))] < 0)).sum())
            for p, (b, a) in enumerate(zip(before, after)))
    assert turned_red(history, step) == n > 0
    assert f"{n} dials on screen turned down past zero" in said(entry)
    assert red_turn_words(history, {}) == ""


def test_minus_signs_are_real_and_tiny_values_zero():
    assert written(-0.0969, 3) == "\u22120.097" and written(-0.0001, 3) == "0"


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_few_numbers_are_said(preset, rendered):
    """The mechanism is told in pictures (rings, streams, arrows): the narration says only the
    numbers that carry the story, the guess and its miss, the example's cost, the dial and the
    cost of all after the step (about 14 different decimals were said before: 0.183, 0.278,
    0.0352, 0.812, 1.5 ...). The cost of all before its step is drawn, not said: the video
    says the first cost twice elsewhere, the most a headline number may be said."""
    import re
    _, entry = rendered(preset)
    decimals = set(re.findall(r"\d+\.\d+", said(entry)))
    assert len(decimals) <= 7, decimals


def test_the_blank_pixel_passes_on_no_nudge(story_file):
    """The dial from a blank pixel into our neuron: its input is exactly zero, so its nudge
    is zero and it gets no arrow (the words say so only when there is such a pixel)."""
    history = History.load(story_file("digits"))
    work = worked(history)
    blank = blank_input(history, work)
    x, y = history.split("train")
    assert blank is not None and x[EXAMPLE][blank] == 0
    layer, neuron, _ = work["dial"]
    grads = history.network(0).backward(x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1]).grad_weights
    assert grads[layer][neuron, blank] == 0
    assert "blank pixels get none" in none_words(history, work)
    tiny = History.load(story_file("tiny"))
    tiny_work = worked(tiny)
    assert (none_words(tiny, tiny_work) == "") == (blank_input(tiny, tiny_work) is None)


def test_cost_bars_share_one_scale(story_file):
    """The example's cost and the cost of all examples on one scale: 2.69 was drawn as long
    as 3.02."""
    chapter = Backprop(history=History.load(story_file("digits")))
    chapter.theme, chapter.cost_scale = theme.current(), 3.02
    short, long_ = chapter.cost_bar(2.69)[1], chapter.cost_bar(3.02)[1]
    assert short.width / long_.width == pytest.approx(2.69 / 3.02, rel=1e-6)


def test_the_way_arrows_point_against_the_blame(story_file):
    """A ring said how much, never which way: output 0 (should go up) and outputs 1-9 (down)
    looked alike. Each ring now holds an arrow against its blame; what an output sends back
    asks our neuron its own way through a blue dial and the other way through a red one, and
    all of it added up points the way our neuron's own ring does."""
    assert (way_of(-0.3), way_of(0.2), way_of(0.0)) == (1, -1, 0)
    up, down = way_ring(0.2, 1.0, -0.5), way_ring(0.2, 1.0, 0.5)
    # the arrow's tip sits above its stem when it points up, below when down
    assert up[1][1].get_center()[1] > up[1][0].get_center()[1]
    assert down[1][1].get_center()[1] < down[1][0].get_center()[1]
    assert len(way_ring(0.2, 1.0, 0.0)) == 1
    history = History.load(story_file("digits"))
    work = worked(history)
    _, y = history.split("train")
    assert way_of(work["blame_out"][int(y[EXAMPLE].argmax())]) == 1     # its own output should say more
    dials = history.snapshot(0).weights[-1][:, work["neuron"]]
    sent = work["blame_out"] * dials
    for blame, dial, back in zip(work["blame_out"], dials, sent):
        assert way_of(back) == (way_of(blame) if dial > 0 else -way_of(blame))
    assert way_of(sent.sum()) == way_of(work["blame"])


def test_a_neurons_way_is_not_drawn_as_a_dials_turn():
    """One symbol, one meaning (the blind review): the solid triangle says which way a dial
    should turn; the way a neuron should move is a stemmed arrow inside its ring, not the
    same triangle in another colour."""
    ring = way_ring(0.2, 1.0, -0.5)
    glyph = ring[1]
    assert len(glyph) == 2                       # a stem and a tip
    assert len(glyph.get_family()) > len(turn_arrow(+1).get_family())


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_tilt_comes_first_and_is_the_examples_own(preset, rendered):
    """The tilt is taught before blame (the review: 'how easily it moves the cost' was used
    before it was shown): one dial turned up, this example's cost before and after (nncore's),
    and the tilt there, nncore's gradient: the same number the chapter later gets as blame
    times brightness."""
    history, entry = rendered(preset)
    tilt = entry["shown"]["tilt"]
    x, y = history.split("train")
    i = entry["shown"]["example"]
    net = history.network(0)
    layer, row, col = entry["shown"]["nudge"]["dial"]
    assert tilt["dial"] == pytest.approx(net.layers[layer].weights[row, col], rel=1e-12)
    assert tilt["cost"] == pytest.approx(net.cost_of(x[i:i + 1], y[i:i + 1]), rel=1e-9)
    net.layers[layer].weights[row, col] = tilt["turned"]
    assert tilt["cost_turned"] == pytest.approx(net.cost_of(x[i:i + 1], y[i:i + 1]), rel=1e-9)
    assert tilt["turned"] == pytest.approx(tilt["dial"] + tilt["turn"])
    assert tilt["tilt"] == pytest.approx(entry["shown"]["nudge"]["nudge"], rel=1e-9)
    text = said(entry)
    assert text.index("tilt") < text.index("blame")
    assert f"this example's cost {'rises' if tilt['cost_turned'] > tilt['cost'] else 'falls'}" in text


def test_dial_tilt_turns_only_that_dial(story_file):
    """The network is left as it was (the curve is drawn by turning the one dial on it)."""
    history = History.load(story_file("digits"))
    dial = tuple(worked(history)["dial"])
    tilt = dial_tilt(history, dial)
    assert len(tilt["xs"]) == len(tilt["costs"])
    assert tilt["xs"][0] < tilt["dial"] < tilt["xs"][-1]
    # the cost curve's slope at the dial agrees with nncore's gradient (the tangent drawn)
    k = int(np.argmin(np.abs(tilt["xs"] - tilt["dial"])))
    rise = (tilt["costs"][k + 1] - tilt["costs"][k - 1]) / (tilt["xs"][k + 1] - tilt["xs"][k - 1])
    assert rise == pytest.approx(tilt["tilt"], rel=0.05)


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_what_each_output_sends_back_is_written_out(preset, rendered):
    """The hidden neuron's blame with the numbers (issue #11): each output's 'blame x dial =
    sent back' is drawn, the total, and 'backpropagation' as its name is said."""
    _, entry = rendered(preset)
    drawn = {d["text"] for d in entry["drawn"]}
    for sent in entry["shown"]["flows"]["sent"]:
        assert written(sent, -2) in drawn
    history, _ = rendered(preset)
    places = blame_places(worked(history))
    assert any(t.endswith(written(entry["shown"]["flows"]["total"], places)) and t.startswith("added up") for t in drawn)
    assert "backpropagation" in drawn


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_gap_keeps_the_cost_chapters_word(preset, rendered):
    """Chapter 4 calls guess minus answer the gap; this chapter said 'miss' for it."""
    _, entry = rendered(preset)
    assert " miss" not in f" {said(entry)}"
    assert not any(d["text"].startswith("miss") for d in entry["drawn"])


def test_the_sign_flip_is_said_only_when_a_red_dial_is_drawn(story_file):
    """The tiny network's one dial from our neuron to its output is blue: 'a red dial flips
    the sign' named a dial that was not on screen."""
    for preset in ("digits", "tiny"):
        history = History.load(story_file(preset))
        work = worked(history)
        pair = len(history.config["sizes"]) - 2
        dials = history.snapshot(0).weights[pair][:, work["neuron"]]
        red = bool((dials[shown_indices(len(dials))] < 0).any())
        assert bool(red_words(history, work)) == red
