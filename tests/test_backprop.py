"""The backprop chapter: renders for both presets and a user's network, reads easily, and
every error, blame and nudge it shows is nncore's own."""
from __future__ import annotations

import re

import numpy as np
import pytest

from nncore.history import History
from scenes.kit import theme
from scenes.chapters.backprop import (Backprop, SMALL_TURN, blame_line_key, size_of, sent_back, sent_back_column, agreeing,
                                     chain_places, row_places, table_rows, blame_places,
                                     blank_input, dial_tilt,
                                     red_words, worked, error_panel, figure, people, written,
                                     way_of, blame_arrow, tilt_decimals, table_places, tilt_places,
                                     number_of, apart, spoken, in_words, FRACTIONS, others_count, PANEL_SIZE)
from scenes.kit.legend import turn_arrow
from scenes.kit.readings import EXAMPLE, READABLE, STEP, neuron_sum, slope_of, squashed, output_names, worked_blame
from scenes.kit.chapter import script_text
from scenes.kit.network_diagram import shown_indices
from tests.chapter_checks import boxes_apart, check_readable, close, fruit_story, said, tiny_renders


@pytest.fixture(scope="module")
def user_story(tmp_path_factory) -> str:
    """A user's network: three kinds of fruit by three numbers, two hidden layers, softmax."""
    return fruit_story(tmp_path_factory.mktemp("fruit"), per_kind=25, seed=5, hidden=[5, 4],
                       activation="tanh", cost="cross_entropy", lr=0.5, epochs=20, batch_size=None)


@pytest.fixture(scope="module")
def rendered(story_file, user_story, tmp_path_factory):
    """preset -> (history, manifest entry) of a tiny render, made once per module."""
    return tiny_renders("backprop", story_file, tmp_path_factory, user=user_story)


CARD = ("blame: how much the cost moves per push", "its arrow: the push that lowers the cost")   # the key's card: blame's one definition


def blame_line(entry: dict) -> dict:
    """The blame line as one: where it goes on in a line of its own after the square's two
    strips (s32: a pause after them), the two together, from the first's start to the second's end."""
    lines = entry["narration"]
    k = next(i for i, n in enumerate(lines) if "blame, a violet arrow" in n["text"])
    line = dict(lines[k])
    if k + 1 < len(lines) and lines[k + 1]["text"].startswith("So its blame starts"):
        line.update(text=line["text"] + " " + lines[k + 1]["text"], end_s=lines[k + 1]["end_s"])
    return line


def ease_row(name: str, value: str, spots: int) -> str:
    """An ease's row as drawn beside its curve: what the number is, the curve's steepness there
    (review s21 w1: 'the output: 0.25' read as the output's glow); a curve's one spot, unnamed."""
    return f"glow moves {value}" if spots == 1 else f"{name}: glow moves {value}"


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_renders_a_clip_of_reasonable_length(preset, rendered):
    history, entry = rendered(preset)
    # 154 s before the slope and the turning dial, 181 s after, 2xx s with the output's worked
    # blame, the examples that do not care, the pile's own average and the first step; 247 s with
    # why smaller misses get more blame, the step size said and what the first step mostly taught;
    # 238 s cut to about 210 (the average's arrows around the neuron and the pile picture gone)
    # while the tilt came first; 234 s cut to under 200 (told with the one word blame: no
    # '2 x gap x slope', no squashing curve, no one-example step undone); the squashing curve
    # back as a picture for the biggest gap and our neuron, no arithmetic: still under 200;
    # session 11: the calculus chain out, one sentence on flat ends, the cost after each of the
    # first ten steps at the end, 'what the first step mostly did' cut: 195 s to under 190;
    # session 12: blame defined in words, the ladder's numbers drawn as the words go, the first
    # step's red output dials said, 'a thick arrow on a thick dial' and 'output 4 gets more
    # blame' cut: 187 s to 191 s, under 195 (the chapter's limit stays 200); session 13: it ends
    # at one dial's tilt (averaging, piles and the first step are training's), the square on
    # the gap, why uphill, and the reason 4 and 7 get more added: 189 s to 155 s, under 170
    # session 16: each steepness shown on its curve before it multiplies, and each section's
    # picture set up before its words: 166 s to about 180 s, under 190; session 24: the line's
    # rise over the turn said apart from the curve's, and our neuron's blame built as the
    # output's was: about 187 s to 192 s, under 195 (at the tests' 3 fps, 4-5 s longer than at
    # 480p); session 25: 'twice its gap' seen on the cost's square (+14 words), the opening's
    # recap cut (-5): 189 s to about 193 s at 480p, under 198 here
    # session 26: the small turn seen first, enlarged, and the blame board: about 193 s to 197 s
    # at 480p; measured without the frames' rounding (3-5 s more at the tests' 3 fps, design.md);
    # round 3: why the tilt is read at a small turn said (both tiny reviewers), +1 short line:
    # under 203 (tiny under 205)
    # session 27: 'working backwards' its own line, its band drawn crossing the network: +8 s
    # session 28: the output's blame rule said with its numbers, written large and held 2 s
    # (both reviewers' one change): +5 s digits (209 to 214 s at 480p), +4 s tiny
    # session 29: our hidden neuron nudged as the output was, said: +4.4 s (216 to 220 s at 480p)
    asked = entry["duration_s"] - entry["frame_rounding_s"]
    # session 30: the gathered sum held still, the output's rule held 2.6 s, and our dial's small
    # turn moving our neuron's total said and drawn (both s29 reviewers' one change): +6.5 s
    # digits (220 to 226.5 s at 480p), +6 s tiny
    # session 32: blame measured by pushing the biggest gap's output's total (+10 s said), and
    # the square's two strips given time and a line of their own with 2.2 s of quiet after it
    # (+5 s): 219 to 235 s digits at 480p, 199 to 214 s tiny; the limit raised 229 -> 238, 214 -> 218
    # session 33: every blame number said as written and every product said whole, both factors
    # and result (the round-2 review): +2 s digits (236 to 238 s at 480p); limit 238 -> 241, 218 -> 221
    # session 34: the zoom said as it plays (round-2 review's first change; it was a silent
    # jump), the key's 'bigger' and the others' line said: +9 s digits (232.8 to 241.8 s at 480p),
    # less the quiet cut around them (243.0 s measured here); limit 241 -> 244, tiny unchanged
    # session 35: 'we push only to check: working backwards gets the same number by a rule, with
    # no push', said while the push is drawn (the review's first point): +6.8 s (243.0 to 249.8 s
    # digits, tiny to 225.2 s, measured here); limit 244 -> 252, 221 -> 228
    assert 40 < asked < (252 if preset == "digits" else 228)
    text = said(entry)
    assert "called backpropagation" in text
    # 'layer by layer' only with more than one hidden layer to go through
    assert ("layer by layer" in text) == (len(history.config["sizes"]) > 3)
    # what the first step mostly did was one sentence here until session 11 (cut for length: the
    # ending's first ten steps show the fall flattening; the newest review then: the cost's
    # fall read as the network getting much smarter); the outputs' values stay the training
    # chapter's to show (said at length here, it was 24 s of words over a still picture)
    assert "should say no" not in text and "says less" not in text
    # the number of training examples is the cost and training chapters' to say, not ours
    assert f" {len(history.split('train')[0])} " not in f" {text} "


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
    if len(history.config["sizes"]) == 3 and abs(worked_blame(history)["nudge"]) >= READABLE:
        # one hidden layer: the story follows the forward chapter's neuron and its first drawn input
        # (unless its tilt would need more than two decimals: the tiny run's)
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
    assert facts["worst_name"] == history.labels[worst]
    assert facts["worst_guess"] == people(guess[worst])
    assert facts["example"] == f"a handwritten {history.labels[int(y[0].argmax())]}"






@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_opening_reads_the_tilt_at_the_small_turn_only(preset, rendered):
    """Session 31 (both blind reviewers, digits 39-51 s): after the tilt was read at a small
    turn, the dial turned by a whole 1 and 'a big turn rises a bit less, 0.02' set a third close
    number beside the tilt and its tenth. Before the close-up the dial is never turned by a
    whole 1: its turned value (nncore's dial + 1) is not written, the whole turn's change in
    this example's cost (nncore's costs) is not written or said."""
    history, entry = rendered(preset)
    tilt = entry["shown"]["tilt"]
    x, y = history.split("train")
    net = history.network(STEP)
    layer, row, col = worked(history)["dial"]
    before = net.cost_of(x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1])
    net.layers[layer].weights[row, col] += 1.0
    after = net.cost_of(x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1])
    places = tilt_places(tilt)
    change = written(abs(number_of(written(after, places[1])) - number_of(written(before, places[1]))), places[1])
    end = next(n for n in entry["narration"] if n["text"].startswith("So this dial should turn"))["start_s"]
    opening = {d["text"] for d in entry["drawn"] if d["t"] < end}
    assert f"dial {written(tilt['dial'], places[0])}" in opening
    assert f"dial {written(tilt['dial'] + 1.0, places[0])}" not in opening
    assert not opening & {f"up {change}", f"down {change}", written(after, places[1])}, opening
    opening_said = " ".join(n["text"] for n in entry["narration"] if n["start_s"] < end)
    assert "whole" not in opening_said and "big turn" not in opening_said
    assert spoken(after, places[1]) not in opening_said


def products_add_up(factors, result, places, times=1.0):
    """The written factors, multiplied, give the written result."""
    value = times * np.prod([float(written(f, places).replace("\u2212", "-")) for f in factors])
    return written(value, -2) == written(result, -2)


def test_every_written_product_adds_up(story_file):
    """A reviewer multiplied the numbers on screen: '0.035 x 0.81' drawn as 0.029 (it is 0.028),
    'added up 0.18 x slope 0.19' as 0.035: each product gets the digits it needs."""
    assert agreeing([0.035204, 0.8125], 0.028603) == -3   # 2 digits read 0.028
    for preset in ("digits", "tiny"):
        history = History.load(story_file(preset))
        work = worked(history)
        places, digits = chain_places(work, sent_back(history, work))
        total = float(written(work["total"], places).replace("\u2212", "-"))
        slope = float(written(work["slope"], digits).replace("\u2212", "-"))
        # the blame is written with the same digits under the column and in the dial's tilt
        assert written(total * slope, blame_places(work)) == written(work["blame"], blame_places(work))
        places = agreeing([work["blame"], work["input"]], work["nudge"], tilt_decimals(work["nudge"]))
        value = np.prod([float(written(f, places).replace("\u2212", "-")) for f in (work["blame"], work["input"])])
        assert written(value, tilt_decimals(work["nudge"])) == written(work["nudge"], tilt_decimals(work["nudge"]))
        assert blame_places(work) <= places




def test_every_table_row_checks_by_hand(story_file):
    """'0.17 x -0.29 = -0.051' on screen (it is -0.049 by hand): the table's blames and
    dials get the digits their products need, and only the biggest rows are written out."""
    for preset in ("digits", "tiny"):
        history = History.load(story_file(preset))
        work = worked(history)
        flows = sent_back(history, work)
        outputs = shown_indices(len(work["blame_out"]))
        big = table_rows(work, flows)
        assert len(big) == min(3, len(flows))   # the traced rows (session 19: the others in one line)
        places = chain_places(work, flows)[0]
        dials = history.snapshot(0).weights[-1][outputs, work["neuron"]]
        b_digits, d_digits = row_places(work["blame_out"][[outputs[k] for k in big]], dials[big], flows[big], places)
        assert (b_digits, d_digits) == table_places(history, work)
        rows = sent_back_column(work, flows)[0]
        for k, row in zip(big, rows):
            by_hand = float(written(work["blame_out"][outputs[k]], b_digits).replace("\u2212", "-")) * \
                float(written(dials[k], d_digits).replace("\u2212", "-"))
            assert written(by_hand, places) == row
        if preset == "digits":   # two decimals for what is sent back, and no factor past three
            assert places == 2 and min(b_digits, d_digits) >= -3


def test_the_biggest_gaps_way_is_said_in_plain_words(rendered):
    """'its blame is plus and its arrow points down' made plus mean down: the words say it
    said too much, so it should glow less (the key's words), with no sign."""
    history, entry = rendered("digits")
    work = worked(history)
    worst = int(np.abs(work["misses"]).argmax())
    text = said(entry)
    name = output_names(history)[worst]
    if work["misses"][worst] > 0:
        assert f"Output {name} said too much, so its arrow points down: glow less." in text
    else:
        assert f"Output {name} said too little, so its arrow points up: glow more." in text
    # review k: 'above zero, drawn as a down arrow' asked a newcomer to hold a sign against its arrow
    assert "plus" not in text and "minus" not in text and "zero, drawn as" not in text


def test_the_sent_back_column_adds_up(story_file):
    """'added up: 0.181' under a column whose written rows add up to 0.176 (0.165 written as
    0.16): the rows and the total share their decimals, enough for the sum to hold."""
    for preset in ("digits", "tiny"):
        history = History.load(story_file(preset))
        work = worked(history)
        flows = sent_back(history, work)
        outputs = shown_indices(len(work["blame_out"]))
        assert flows == pytest.approx(work["blame_out"][outputs] * history.snapshot(0).weights[-1][outputs, work["neuron"]])
        rows, total = sent_back_column(work, flows)
        places = chain_places(work, flows)[0]
        assert written(sum(float(r.replace("\u2212", "-")) for r in rows), places) == total
        # the others' line is their real sum, to within one unit of its last place
        rest = work["total"] - flows[table_rows(work, flows)].sum()
        assert abs(float(rows[-1].replace("\u2212", "-")) - rest) <= 10 ** -places + 1e-12






def way_value(text: str) -> float:
    """A blame written as an arrow and a size back as nncore's sign: down (glow less) is above zero."""
    return (-1.0 if text[0] == "\u2191" else 1.0) * float(text.lstrip("\u2191\u2193"))


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
    # eight since session 11: the cost after the first ten steps is said at the end (the user's
    # run says a cost of its own, 0.2, and a step size, 0.5, as decimals); ten since session 21:
    # the opening tilt's number and what the whole turn changed are said aloud, set one against
    # the other (review s20 v1: 'down 0.14' beside 'tilt 0.21', never reconciled in words);
    # twelve since session 26: the small turn (0.1) and its straight line's change (0.021),
    # seen enlarged before the tilt is named (review ab-x1 s25, both reviewers' one change);
    # fifteen since session 28: the output's blame rule said with its three numbers as they are
    # written large (both round-1 reviewers: '0.245 is written but never said'); seventeen
    # since session 29: our hidden neuron nudged as the output was, its glow's move and its
    # ease said as the output's 0.018 and 0.183 are (all four round-1 reviewers: 'just like the
    # outputs' showed another picture); eighteen since session 30: our dial's small turn moves
    # our neuron's total by 0.1 times its input, that move said (both s29 ab2-b reviewers)
    assert len(decimals) <= 18, decimals


def test_the_blank_pixel_passes_on_no_nudge(story_file):
    """The dial from a blank pixel into our neuron: its input is exactly zero, so its nudge
    is zero: the blank row drawn beside the lit one ('a blank one passes on nothing')."""
    history = History.load(story_file("digits"))
    work = worked(history)
    blank = blank_input(history, work)
    x, y = history.split("train")
    assert blank is not None and x[EXAMPLE][blank] == 0
    layer, neuron, _ = work["dial"]
    grads = history.network(0).backward(x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1]).grad_weights
    assert grads[layer][neuron, blank] == 0


def test_the_way_arrows_point_against_the_blame(story_file):
    """A ring said how much, never which way: output 0 (should go up) and outputs 1-9 (down)
    looked alike. Each ring now holds an arrow against its blame; what an output sends back
    asks our neuron its own way through a blue dial and the other way through a red one, and
    all of it added up points the way our neuron's own ring does."""
    assert (way_of(-0.3), way_of(0.2), way_of(0.0)) == (1, -1, 0)
    up, down = blame_arrow(way_of(-0.5), 0.5, 1.0), blame_arrow(way_of(0.5), 0.5, 1.0)
    # the arrow's tip sits above its stem when it points up, below when down
    assert up[1].get_center()[1] > up[0].get_center()[1]
    assert down[1].get_center()[1] < down[0].get_center()[1]
    # thicker for more blame
    assert blame_arrow(1, 0.5, 1.0)[0].get_stroke_width() > blame_arrow(1, 0.5, 0.2)[0].get_stroke_width()
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
    should turn; the way a neuron should move is a stemmed violet arrow, not the same
    triangle in another colour."""
    glyph = blame_arrow(1, 0.5, 1.0)
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
    # (the dial turned again later by the opening's small turn: the cost's way there)
    assert f"the cost {'rises' if tilt['cost_small'] > tilt['cost'] else 'falls'} " in text


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




def test_pass_row_checks_by_hand_or_says_nothing_false():
    """The written gap times the written part gives the written blame, for gaps either way,
    with the cost's 2 or without."""
    work = {"misses": np.array([0.758, -0.312, 0.604]), "blame_out": np.array([0.27800, -0.13400, 0.28870])}

    class H:   # the table's digits: three significant
        pass
    import scenes.chapters.backprop as bp
    keep = bp.output_blame_places
    bp.output_blame_places = lambda history, work: -3
    try:
        for times in (1.0, 2.0):
            for k in range(3):
                row = bp.pass_row(H(), work, k, times=times)
                assert written(number_of(row["gap"]) * times * number_of(row["part"]), -3) == row["blame"]
                assert row["blame"] == written(work["blame_out"][k], -3)
    finally:
        bp.output_blame_places = keep


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_blame_is_defined_as_it_is_first_drawn(preset, rendered):
    """'Blame' and its sign were never defined; then (s33 review's one change) its definition
    was too dense: one sentence, tied to one picture, each piece drawn as it is said. 'Push
    output 2's total up a little, by 0.01' (the push drawn, the cost before it), 'how much does
    the cost rise?' (the cost after it, nncore's, and the rise), 'That rise, per push, is its
    blame: 0.278 for each 1' (the rise per push, and the key's card 'blame: how much the cost
    moves per push' with it); then its arrow's way, the card's second line with it."""
    history, entry = rendered(preset)
    line = next(n for n in entry["narration"] if n["text"].startswith(("Each gap becomes blame", "The gap becomes blame")))
    m = entry["shown"]["push_measure"]
    move = "rise" if m["up"] else "fall"
    many = len(worked(history)["misses"]) > 1
    whose = f"output {output_names(history)[m['output']]}'s" if many else "the output's"
    sentence = (f"Push {whose} total up a little, by {m['push_text']}: how much does the cost {move}? "
                f"That {move}, per push, is its blame: {m['per']} for each 1.")
    assert sentence in line["text"], line["text"]
    assert "how much the cost moves per push on that output's total" not in line["text"]   # the dense one
    first = {}
    for d in entry["drawn"]:
        first.setdefault(d["text"], d["t"])
    words = m["words"]
    each = f"{m['per']} for each 1"
    # in the order said, each when its words come (at the captions' even pace, 1.5 s leeway)
    push_at = word_time(line, "Push")
    rise_at = word_time(line, "much", after="Push")
    per_at = word_time(line, "That", after="Push")
    assert push_at - 1.0 <= first[words["push"]] < rise_at
    assert rise_at - 1.0 <= first[words["cost"]] <= first[words["ratio"]] < per_at
    assert per_at - 1.0 <= first[each] <= per_at + 1.5
    assert abs(first[CARD[0]] - first[each]) <= 0.5        # what blame is, as it is measured
    assert first[CARD[1]] >= first[each]                   # its arrow's way, after
    # the rise written is nncore's, rounded to one significant digit (s36 review: no 2.6893 ->
    # 2.6921 readouts), for the push written
    x, y = history.split("train")
    xi, yi = x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1]
    pushed = history.network(STEP)
    pushed.layers[-1].biases[m["output"]] += m["push"]
    rise = pushed.cost_of(xi, yi) - history.network(STEP).cost_of(xi, yi)
    assert words["cost"] == f"cost {'up' if rise > 0 else 'down'} {written(abs(rise), -2)}"
    assert words["ratio"] == f"for a push of {m['push_text']}"
    drawn = {d["text"] for d in entry["drawn"]}
    assert not any(re.fullmatch(r"(cost|\u2192) [0-9.]+", w) for w in drawn_during(entry, line))   # no costs before and after
    assert set(CARD) <= drawn
    # one definition (s32 review: the card's glow words and the push's 'moves per push' read as two)
    assert not {"a glow should change to lower the cost", "moves per push"} & drawn
    assert "per push" in CARD[0] and "lowers the cost" in CARD[1]
    assert {"glow less", "glow more"} <= drawn


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_our_neuron_is_named_with_its_glow_in_the_close_up(preset, rendered):
    """The close-up's hidden neuron stood unlabelled for 36 s: named with its real glow."""
    history, entry = rendered(preset)
    work = worked(history)
    line = next(n for n in entry["narration"] if "starts from the gap" in n["text"])
    tag = [d["t"] for d in entry["drawn"] if d["text"] == f"glow {written(work['value'], 2)}"]
    assert tag and min(tag) <= line["end_s"]
    assert "our neuron" in {d["text"] for d in entry["drawn"]}


def test_the_cost_axis_has_a_scale_and_the_way_down_is_drawn(rendered):
    """A reviewer took a 0.02 rise for a big climb (no scale on the cost axis) and heard
    'uphill here, so this dial should turn down' with nothing drawn for it: round costs are
    ticked on the axis, and an arrow runs downhill with the words, before any blame."""
    history, entry = rendered("digits")
    tilt = entry["shown"]["tilt"]
    drawn = entry["drawn"]
    first_blame = min(d["t"] for d in drawn if d["text"].startswith("blame"))
    early = {d["text"] for d in drawn if d["t"] < first_blame}
    ticks = entry["shown"]["cost_ticks"]
    assert len(ticks) >= 2 and all(round(t / 0.05) * 0.05 == pytest.approx(t) for t in ticks)
    assert all(f"{t:.2f}" in early for t in ticks)
    assert min(ticks) < tilt["cost"] + 0.05 and max(ticks) > tilt["cost"] - 0.05
    assert ("turn down" if tilt["tilt"] > 0 else "turn up") in early


def test_the_tilt_is_written_as_it_is_first_said_and_the_way_down_gets_a_beat(rendered):
    """'Tilt' was first written at 117 s, though said at 24 s beside the tangent; 'uphill here,
    so this dial should turn down' passed in one breath. The word is drawn in the tilt's own
    section, before the gaps; 'so this dial should turn down' is its own line after a pause of
    a second or more, its arrow and words drawn with it (not after)."""
    history, entry = rendered("digits")
    lines = entry["narration"]
    tilt_line = next(n for n in lines if "For each 1 the dial turns" in n["text"])
    down_line = next(n for n in lines if n["text"].startswith("So this dial should turn"))
    assert down_line["start_s"] - tilt_line["end_s"] >= 1.0
    drawn = entry["drawn"]
    word = [d for d in drawn if d["text"].startswith("tilt") and tilt_line["start_s"] <= d["t"] <= tilt_line["end_s"]]
    assert word, "the word 'tilt' is not drawn while its sentence is said"
    tilt = entry["shown"]["tilt"]
    way = "turn down" if tilt["tilt"] > 0 else "turn up"
    arrow = [d["t"] for d in drawn if d["text"] == way]
    assert arrow and tilt_line["end_s"] <= min(arrow) <= down_line["start_s"] + 1.0
    assert "Working backwards finds every dial's tilt at once" not in said(entry)
















def test_a_tilt_that_would_need_many_decimals_is_told_on_another_neuron(story_file):
    """The tiny run's followed neuron sends back through a dial of 0.0097: its tilt was
    0.00081. The worked neuron is then the one with the most blame, and the words say so (this hidden neuron, ringed as it is said)."""
    tiny = History.load(story_file("tiny"))
    followed = worked_blame(tiny)
    assert followed["follows_forward"] and abs(followed["nudge"]) < READABLE
    work = worked(tiny)
    assert not work["follows_forward"] and abs(work["nudge"]) >= READABLE
    assert "into this hidden neuron" in script_text("backprop", Backprop(history=tiny).facts())
    digits = History.load(story_file("digits"))
    assert worked(digits)["follows_forward"]
    # the turned dial keeps three decimals at most (0.99837 in the tiny run)
    tilt = dial_tilt(tiny, tuple(work["dial"]))
    assert tilt_places(tilt)[0] <= 3


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_working_backwards_is_drawn_as_it_is_said(preset, rendered):
    """'Working backwards' was said over a fading frame: an arrow runs back, from the outputs'
    side to the inputs', with blame flashing back along the wires, before the gaps."""
    _, entry = rendered(preset)
    back = entry["shown"]["backwards"]
    assert back["from"] > back["to"]


def test_the_whole_networks_blame_arrows_are_slim():
    """105 s: 'backpropagation' drawn as thick violet arrows on every neuron read as blobs: on
    the whole network they are slim (a stem of 6 px at most, a narrow tip)."""
    slim, full = blame_arrow(1, 0.3, 1.0, slim=True), blame_arrow(1, 0.3, 1.0)
    assert slim[0].get_stroke_width() <= 9.0 < full[0].get_stroke_width()
    # but no hairlines (review 11, 135-141 s): the least blamed neuron's stem still reads at 480p
    assert blame_arrow(1, 0.3, 0.0, slim=True)[0].get_stroke_width() >= 3.5
    assert slim[1].width < full[1].width


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_tilt_charts_words_do_not_overlap(preset, rendered):
    """Review (session 16), tiny run at 24-42 s: the tilt chart's numbers and words ran into one
    knot ('-0.002 0.998', '0.10' over 'turn 1' over 'turn up'). With the tilt written, no two
    of the chart's words or numbers overlap; nor when the way down is drawn (the turn's marks
    gone by then, the dial turned back)."""
    _, entry = rendered(preset)
    for key in ("tilt_texts", "downhill_texts"):   # with the turn's marks, then with the way down
        boxes = entry["shown"][key]
        assert len(boxes) >= 6
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                gap = 0.04   # 2 px at 480p between any two
                apart = a[2] + gap <= b[0] or b[2] + gap <= a[0] or a[3] + gap <= b[1] or b[3] + gap <= a[1]
                assert apart, (key, a, b)


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_a_sections_picture_is_in_place_as_its_words_start(preset, rendered):
    """Review (session 16): words ran about 3 s ahead of the picture at scene changes. The blame
    key and arrows are drawn before the blame line starts (half a second or more), and the gaps' panel is whole before
    'It starts from the gap' is said (its place in the line, with the silent voice)."""
    _, entry = rendered(preset)
    first = {}
    for d in entry["drawn"]:
        first.setdefault(d["text"], d["t"])
    lines = entry["narration"]
    blame = next(n for n in lines if "blame, a violet arrow" in n["text"])
    assert first["glow less"] <= blame["start_s"] - 0.5   # the key's ways (its card comes as it is said)
    at = next(n for n in lines if n["text"].startswith("It starts"))["start_s"]
    heading = next(text for text in first if text.startswith("guess"))
    assert first[heading] <= at - 0.3

# --- session 17: blame as arrows whose size is the amount, no arithmetic on screen ---

def checks_by_hand(factors: list[str], product: str) -> bool:
    """Written factors multiplied give the written product, to its last place."""
    places = len(product.split(".")[-1]) if "." in product else 0
    value = float(np.prod([number_of(f) for f in factors]))
    return written(value, places).lstrip("+") == product.lstrip("+")


ROW = re.compile(r"([\u2191\u2193])?([+\u2212]?[\d.]+) \u00d7 ([+\u2212]?[\d.]+) = ([\u2191\u2193])?([+\u2212]?[\d.]+)")


def row_parts(row: str) -> tuple[str | None, str, str, str | None, str]:
    """A traced row's (way in, blame, dial, way out, product as signed by the dial). A row is
    read in arrows ('down 0.245 x -1.13 = up 0.277'): sizes, each with the way its arrow
    points, a red dial turning the way over (a row without arrows writes the product signed)."""
    way_in, blame, dial, way_out, product = ROW.fullmatch(row).groups()
    assert (way_in is None) == (way_out is None), row
    if way_in is not None:
        assert not product.startswith(("+", "\u2212")) and not blame.startswith(("+", "\u2212")), row
        assert (way_in == way_out) == (number_of(dial) > 0), row   # a red dial turns it over
        product = ("\u2212" if number_of(dial) < 0 else "") + product
    return way_in, blame, dial, way_out, product


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_every_product_written_checks_by_hand(preset, rendered):
    """Session 19 (reviews e1, u1): the products are written now, where they happen (the
    biggest gap's blame, each traced wire's share, the tilt), so each must check by hand: a
    reviewer multiplied gap x slope on screen and got half the blame shown."""
    _, entry = rendered(preset)
    rows = [d["text"] for d in entry["drawn"] if ROW.fullmatch(d["text"])]
    # (s37: the traced wires' products are no longer written, their arrows are followed instead:
    # test_one_large_arrow_is_followed_back_and_stacked; any row still written must check)
    for row in rows:
        _, blame, dial, _, product = row_parts(row)
        assert checks_by_hand([blame, dial], product), row
    assert "steepness" not in said(entry)


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_blame_arrows_are_as_big_as_their_amounts(preset, rendered):
    """An output's arrow, what its wire passes on and what adds up at our neuron: each arrow's
    length is its amount on its stage's one scale (so a bigger arrow is more blame), and its way
    is the blame's (a red wire's arrow arrives turned over)."""
    from scenes.chapters.backprop import MIN_ARROW
    history, entry = rendered(preset)
    shown = entry["shown"]
    blames = np.array([a["blame"] for a in shown["blame_arrows"]])
    unit = shown["arrow_unit"]
    for a, b in zip(shown["blame_arrows"], blames):
        assert a["height"] == pytest.approx(max(MIN_ARROW, abs(b) * unit), rel=0.02)
        assert a["up"] == (b < 0)
    flows = shown["flows"]
    sent = np.array(flows["sent"])
    for c in flows["chain"]:   # the traced arrows, each landed in the stack, on its one scale (s37)
        f = sent[c["output"]]
        assert c["height"] == pytest.approx(max(MIN_ARROW, abs(f) * flows["sum_unit"]), rel=0.02)
        assert c["up"] == (f < 0)   # a red wire (dial below zero) turns the output's arrow over
    assert flows["total_arrow"]["up"] == (flows["total"] < 0)
    # the total and our neuron's blame on the adding up's scale (larger than the rows': session 23)
    assert flows["total_arrow"]["height"] == pytest.approx(max(MIN_ARROW, abs(flows["total"]) * flows["sum_unit"]), rel=0.02)
    own = shown["own_arrow"]
    assert own["up"] == (shown["slope"]["blame"] < 0)
    assert own["height"] == pytest.approx(max(MIN_ARROW, abs(shown["slope"]["blame"]) * flows["sum_unit"]), rel=0.02)
    # the arrows differ clearly at 480p (60 px a unit): the biggest at least 14 px long
    assert max(a["height"] for a in shown["blame_arrows"]) * 60 >= 14
    assert max(c["height"] for c in flows["chain"]) * 60 >= 20
    red = [n for n in flows["order"] if flows["dials"][n] < 0]
    if red:
        rule = shown["red_rule"]
        assert sorted(rule["turned"]) == sorted(red)
        assert rule["up_after"] == [bool(sent[n] < 0) for n in red]


def test_gaps_are_violet_strips_beside_the_guess_bars():
    """The gaps as the cost chapter draws them (review 11a: orange arrows were a third way): a
    strip in theme.gap beside each guess bar, from the guess to the answer."""
    t = theme.current()
    guess, target = np.array([0.76, 0.3]), np.array([0.0, 1.0])
    bars, answers, gaps, _ = error_panel(["a", "b"], guess, target, t, lambda w, size=None: __import__("manim").Text(w),
                                         width=2.0, height=2.0)
    for bar, strip, g, y in zip(bars, gaps, guess, target):
        assert strip.get_fill_color().to_hex().lower() == t.gap.lower()
        assert strip.height == pytest.approx(abs(g - y) * 2.0, abs=1e-6)
        assert strip.get_bottom()[1] == pytest.approx(min(g, y) * 2.0, abs=1e-6)
        assert strip.get_right()[0] < bar.get_left()[0] < strip.get_right()[0] + 0.1   # beside it
    for answer, y in zip(answers, target):
        assert answer.get_fill_color().to_hex().lower() == t.right.lower()


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_our_dial_stays_in_sight_in_the_close_up(preset, rendered):
    """Review 11a: 100 s away from the dial. It comes into our neuron in the close-up from the
    start of the gaps, and its tilt is shown there right after our neuron's blame."""
    _, entry = rendered(preset)
    starts = [line["start_s"] for line in entry["narration"]]
    errors = next(line for line in entry["narration"] if "starts from the gap" in line["text"])
    gaps_at = errors["start_s"] + errors["text"].index("It starts") / len(errors["text"]) * (errors["end_s"] - errors["start_s"])
    named = [d for d in entry["drawn"] if d["text"].startswith("our dial ") and d["t"] > starts[2]]
    assert named and named[0]["t"] <= gaps_at + 1.0
    back = next(line for line in entry["narration"] if line["text"].startswith("Our dial again"))
    blame_line = next(line for line in entry["narration"] if "times how easily its own glow moves, " in line["text"])
    assert back["start_s"] - blame_line["end_s"] < 3.0


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_ending_marks_only_the_biggest_tilts(preset, rendered):
    """Review 11a: about 30 triangles over the mesh read as confetti: a handful per layer, the
    biggest tilts, each on its own thickened wire."""
    from scenes.chapters.backprop import FEW_TILTS
    history, entry = rendered(preset)
    every = entry["shown"]["every_tilt"]
    pairs = {}
    for d in every:
        pairs.setdefault(d["dial"][0], []).append(abs(d["tilt"]))
        assert d["up"] == (d["tilt"] < 0)
    assert pairs and all(len(v) <= FEW_TILTS for v in pairs.values())
    assert all(v == sorted(v, reverse=True) for v in pairs.values())


# --- session 17, quick round: the tiny video's review ---

@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_dials_label_comes_after_its_wire_is_lit(preset, rendered):
    """Review 17 (15-18 s): 'dial -0.002' stood by a thicker wire before our wire was lit."""
    _, entry = rendered(preset)
    label = next(d for d in entry["drawn"] if d["text"].startswith("dial "))
    assert label["t"] >= entry["shown"]["dial_lit_s"] - 0.01   # drawn times are rounded to ms


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_backwards_arrow_is_named_as_it_comes(preset, rendered):
    """Review 17 (45 s): a lone violet arrow with no label."""
    _, entry = rendered(preset)
    errors = next(n for n in entry["narration"] if n["text"].startswith("Working backwards"))
    named = [d["t"] for d in entry["drawn"] if d["text"] == "working backwards"]
    assert named and errors["start_s"] - 0.5 <= min(named) <= errors["start_s"] + 2.0


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_one_arrow_back_is_one_arrow_and_not_added_up(preset, rendered):
    """Review 17 (102-105 s): 'that one arrow is all that comes back' over two arrows, under
    'added up: 0.28' where nothing was added."""
    history, entry = rendered(preset)
    outputs = len(entry["shown"]["flows"]["outputs"])
    written_words = [d["text"] for d in entry["drawn"]]
    if outputs == 1:
        assert entry["shown"]["blame_arrows_at_sum"] == 1
        assert not [w for w in written_words if w.startswith("added up")]
        assert [w for w in written_words if w.startswith("comes back")]
    else:   # each traced arrow's piece of the stack, the others' piece, and the total's
        traced = len(entry["shown"]["flows"]["order"])
        assert entry["shown"]["blame_arrows_at_sum"] == traced + (outputs > traced) + 1


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_tilts_steps_move_and_no_bend_is_said_without_its_curve(preset, rendered):
    """Review 17 (108-144 s): 36 s of one picture with lines of text added, and 'the curve
    bends' said with no cost curve on screen."""
    _, entry = rendered(preset)
    assert entry["shown"]["blame_ran_to_dial"]
    assert "curve bends" not in said(entry)
    assert not [d for d in entry["drawn"] if d["text"].startswith("whole turn")]


# --- session 18 (review ab1's one change): the turn seen down the network ---

def forward_turned(history: History, dial, turn: float) -> tuple[float, np.ndarray, float]:
    """Our neuron's glow, the outputs and the example's cost with `dial` turned by `turn`,
    worked in numpy from the snapshot's weights (not through the chapter)."""
    snap = history.snapshot(STEP)
    x, y = history.split("train")
    weights = [w.copy() for w in snap.weights]
    layer, row, col = dial
    weights[layer][row, col] += turn
    acts = history.config["activations"]
    a, glows = x[EXAMPLE], []
    for w, b, name in zip(weights, snap.biases, acts):
        z = w @ a + b
        a = np.exp(z - z.max()) / np.exp(z - z.max()).sum() if name == "softmax" else squashed(name, z)
        glows.append(a)
    cost = float(((a - y[EXAMPLE]) ** 2).sum()) if history.config["cost"] == "squared_error" else None
    return float(glows[layer][row]), a, cost


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_turn_is_seen_down_the_network(preset, rendered):
    """Review ab1 (both camps): turn the dial up on the network itself: our neuron's glow, the
    outputs that matter most, their squares and the cost bar change, every number a real forward
    pass with the dial changed, drawn in that order while the line says it."""
    history, entry = rendered(preset)
    chain = entry["shown"]["turn_chain"]
    dial = tuple(worked(history)["dial"])
    glow, guess, cost = forward_turned(history, dial, chain["turn"])
    assert abs(chain["glow_turned"] - glow) < 1e-9
    close(chain["guess_turned"], guess)
    if cost is not None:
        assert abs(chain["cost_turned"] - cost) < 1e-9
    # the same turn as the opening's small one: its costs are the ones measured there
    assert abs(chain["cost"] - entry["shown"]["tilt"]["cost"]) < 1e-12
    assert abs(chain["cost_turned"] - entry["shown"]["tilt"]["cost_small"]) < 1e-12
    # the rows drawn are the drawn outputs whose part of the cost changes most
    change = np.abs(np.array(chain["part_turned"]) - np.array(chain["part"]))
    drawn = shown_indices(len(guess))
    assert sorted(chain["rows"]) == sorted(sorted(drawn, key=lambda k: -change[k])[:3])
    # squares as big as their gaps, one scale; the bar as long as the cost
    drawn_sizes = entry["shown"]["turn_drawn"]
    if chain["squares"]:
        gaps = np.abs(np.array(chain["guess"]) - np.array(chain["target"]))[chain["rows"]]
        gaps_turned = np.abs(np.array(chain["guess_turned"]) - np.array(chain["target"]))[chain["rows"]]
        ratio = np.concatenate([np.array(drawn_sizes["squares"]) / gaps, np.array(drawn_sizes["squares_turned"]) / gaps_turned])
        assert np.allclose(ratio, ratio[0], rtol=1e-6)
    assert abs(drawn_sizes["bar_turned"] / drawn_sizes["bar"] - chain["cost_turned"] / chain["cost"]) < 1e-6
    # drawn as the nudge line says it, in the chain's order: glow, then the rows, then the cost
    line = next(n for n in entry["narration"] if n["text"].startswith("Our dial again"))
    drawn_words = entry["drawn"]

    def when(words: str) -> float:
        hits = [d["t"] for d in drawn_words if d["text"] == words and line["start_s"] <= d["t"] <= line["end_s"]]
        assert hits, f"{words!r} is not drawn while the turn is said"
        return min(hits)
    arrow = "\u2192 "
    glow_t = when(arrow + written(chain["glow_turned"], 2))
    places = next(p for p in range(2, 7) if arrow + written(chain["cost_turned"], p) in
                  {d["text"] for d in drawn_words if line["start_s"] <= d["t"] <= line["end_s"]})
    cost_t = when(arrow + written(chain["cost_turned"], places))
    row_places = max(apart(a, b, 3) for a, b in zip(np.array(chain["part"])[chain["rows"]],
                                                   np.array(chain["part_turned"])[chain["rows"]]))
    if len(guess) == 1:   # one output: its square is the cost, written the same way (review u1)
        row_places = places
    rows_t = [when(arrow + written(chain["part_turned"][k], row_places)) for k in chain["rows"]]
    # (one output: the square's '-> 0.10' and the cost's are the same words: the cost's is the later)
    cost_t = max(d["t"] for d in drawn_words if d["text"] == arrow + written(chain["cost_turned"], places)
                 and line["start_s"] <= d["t"] <= line["end_s"])
    assert glow_t < min(rows_t) and max(rows_t) < cost_t


def drawn_during(entry, line) -> list[str]:
    """The words drawn while a narration line is said."""
    return [d["text"] for d in entry["drawn"] if line["start_s"] <= d["t"] <= line["end_s"]]


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_replayed_turn_is_the_openings_small_turn(preset, rendered):
    """Review s31 (round 2's brief): the replay turned the dial by a whole 1 ('2.69 to 2.71')
    while the opening showed only the small turn ('turn 0.1', 'up 0.003'), so 'as at the start'
    pointed at nothing and 2.69 + 0.03 did not make 2.71. The replay turns by the opening's
    drawn turn: said, drawn on our dial, a real forward pass at it; the cost's change said and
    written as the opening's lens wrote its change, and the two costs drawn subtract to it."""
    history, entry = rendered(preset)
    # the lens's 'turn 0.1' (the chart under it writes a whole 'turn 1')
    turn = min(number_of(d["text"].split()[-1]) for d in entry["drawn"] if re.fullmatch(r"turn [0-9.]+", d["text"]))
    line = next(n for n in entry["narration"] if n["text"].startswith("Our dial again"))
    assert f"turn it up by {people(turn)}." in line["text"]
    # our dial drawn turned by it, as the network's label writes the dial
    dial = tuple(worked(history)["dial"])
    value = float(history.snapshot(STEP).weights[dial[0]][dial[1], dial[2]])
    places = tilt_places(entry["shown"]["tilt"])[0]
    words = drawn_during(entry, line)
    assert f"our dial {written(value + turn, places)}" in words
    # nncore's forward pass at that turn: our neuron's new glow drawn, the cost's change said and written
    glow, _, _ = forward_turned(history, dial, turn)
    assert "\u2192 " + written(glow, 2) in words
    x, y = history.split("train")
    net = history.network(STEP)
    cost = float(net.cost_of(x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1]))
    net.layers[dial[0]].weights[dial[1], dial[2]] += turn
    change = float(net.cost_of(x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1])) - cost
    lens = next(d["text"] for d in entry["drawn"] if re.fullmatch(r"(up|down) [0-9.]+", d["text"]))
    digits = len(lens.split(".")[-1])
    way = "up" if change > 0 else "down"
    assert f"{way} {written(abs(change), digits)}" in words
    assert f"the cost {'rises' if change > 0 else 'falls'} {written(abs(change), digits)}: " in line["text"]
    # 'cost up 0.003, as at the start' (where the straight line's change and the curve's agree
    # as written: the user's run's line rises 0.032, its cost really 0.031), and the last sum's
    # 'as when we really turned it' the same
    line_change = abs(entry["shown"]["tilt"]["tilt"]) * turn
    assert lens == f"{way} {written(abs(change), digits)}" or written(line_change, digits) != written(abs(change), digits)
    assert f"as when we really turned it: {way} {written(abs(change), digits)}" in {d["text"] for d in entry["drawn"]}
    # the two costs drawn, before and after, subtract to the change as written
    after = next(w for w in words if re.fullmatch(r"\u2192 [0-9.]+", w)
                 and abs(number_of(w.split()[-1]) - (cost + change)) <= 0.5 * 10 ** -len(w.split(".")[-1]) + 1e-12)
    p = len(after.split(".")[-1])
    assert written(cost, p) in words
    assert written(abs(number_of(after.split()[-1]) - number_of(written(cost, p))), digits) == written(abs(change), digits)


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_why_uphill_is_the_turn_against_the_blame(preset, rendered):
    """Review ab1 (144-153 s): a 'glow less' arrow times a bright square became an 'uphill' tilt,
    a sign puzzle: said from what the turn did, our neuron glowing against (or with) its blame."""
    history, entry = rendered(preset)
    chain, work = entry["shown"]["turn_chain"], worked(history)
    text = said(entry)
    wants = "less" if work["blame"] > 0 else "more"
    glowed = "more" if chain["glow_turned"] > chain["glow"] else "less"
    hill = "uphill" if entry["shown"]["tilt"]["tilt"] > 0 else "downhill"
    way = "as its blame asks" if wants == glowed else "against its blame"
    # (s34: its two glows written, not said: 'a little' where they differ by under 0.05)
    little = "a little " if abs(chain["glow_turned"] - chain["glow"]) < 0.05 else ""
    assert f"Our neuron glows {little}{glowed}, " in text and f", {way};" in text and f": {hill}, as at the start" in text
    # with its blame: downhill; against it: uphill
    assert (wants == glowed) == (hill == "downhill")
    assert "exact" not in {w for d in entry["drawn"] for w in d["text"].replace(",", "").split()}


def boxes_meet(a, b, gap: float = 0.05) -> bool:
    """Two [left, bottom, right, top, words] boxes overlap (or come nearer than `gap`)."""
    return not boxes_apart(a, b, gap)


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_gaps_heading_stays_clear_of_the_blame_sizes(preset, rendered):
    """Review ab1 (63-81 s): 'guesses (yellow), answers (green), gaps (violet)' ran into '0.174';
    every word of the gaps' panel, the key and the blame sizes stands apart, inside the frame."""
    _, entry = rendered(preset)
    boxes = entry["shown"]["panel_texts"]
    assert any(b[4].startswith("guess") for b in boxes) and len(boxes) > 3
    for i, a in enumerate(boxes):
        assert -7.1 < a[0] and a[2] < 7.1 and -4.0 < a[1] and a[3] < 4.0, a
        for b in boxes[i + 1:]:
            assert not boxes_meet(a, b), (a, b)


def segment_distance(p, a, b) -> float:
    """Distance from point p to the segment a-b (2-D)."""
    p, a, b = (np.asarray(v, dtype=float) for v in (p, a, b))
    share = np.clip(np.dot(p - a, b - a) / (np.dot(b - a, b - a) or 1.0), 0.0, 1.0)
    return float(np.linalg.norm(p - (a + share * (b - a))))


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_dials_label_names_only_its_own_wire_and_value(preset, rendered):
    """Review tiny (15-21 s): 'dial -0.002' stood by the thick blue wire above ours, and a passing
    'dial 0.026' flashed during the turn: the only dial value written on the network is the
    dial's own, and the wire nearest its label is ours."""
    history, entry = rendered(preset)
    tilt = entry["shown"]["tilt"]
    places = tilt_places(tilt)[0]
    values = {d["text"] for d in entry["drawn"] if d["text"].startswith("dial ")}
    assert values == {f"dial {written(tilt['dial'], places)}"}
    _, row, col = worked(history)["dial"]
    box, wires = entry["shown"]["dial_label"], entry["shown"]["dial_wires"]
    ours = next(w for w in wires if w[:2] == [row, col])
    middle = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2]
    # its box touches its own wire (within 0.15 units) ...
    along = np.linspace(0, 1, 200)[:, None]
    points = np.array(ours[2:4]) * (1 - along) + np.array(ours[4:6]) * along
    inside = ((points[:, 0] > box[0] - 0.15) & (points[:, 0] < box[2] + 0.15) &
              (points[:, 1] > box[1] - 0.15) & (points[:, 1] < box[3] + 0.15))
    assert inside.any()
    # ... and, among a few wires, ours is the nearest to its middle (a dense mesh: its dark patch covers the rest)
    nearest = min(wires, key=lambda w: segment_distance(middle, w[2:4], w[4:6]))
    assert nearest[:2] == [row, col] or len(wires) > 24
    # our wire keeps its halo from before the label comes until the close-up (the thin red wire
    # did not show at 18 s once its flash had gone)
    halo = entry["shown"]["dial_halo"]
    label_t = [d["t"] for d in entry["drawn"] if d["text"].startswith("dial ")]
    assert halo["still_drawn"] and halo["on"] <= min(label_t) and halo["off"] >= max(label_t)
    assert np.allclose(halo["wire"], ours[2:6], atol=1e-6)


# --- session 18, quick round (review d1) ---

@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_tilt_is_written_as_its_product_and_the_whole_turn_told_apart(preset, rendered):
    """Review d1 (144-147 s): 'uphill tilt 0.03' against the opening's rise of 0.02 read as a
    contradiction: the product is written as it is said (our neuron's blame x its dial's input,
    nncore's numbers, checking by hand), and the whole turn's change told apart from the tilt."""
    history, entry = rendered(preset)
    work = worked(history)
    line = next(n for n in entry["narration"] if n["text"].startswith("Our dial again"))
    drawn = [d for d in entry["drawn"] if line["start_s"] <= d["t"] <= line["end_s"] + 0.5]
    # (s32: written once, by the tilt's bars: 'our neuron's blame: 0.035', 'x brightness 0.81')
    product = entry["shown"]["product_bars"]["words"][:2]
    assert set(product) <= {d["text"] for d in drawn}, product
    blame, factor = (number_of(w.split()[-1]) for w in product)
    tilt_text = next(d["text"] for d in drawn if "hill tilt" in d["text"])
    tilt = number_of(tilt_text.split()[-1])
    assert tilt_text.startswith("= uphill" if work["nudge"] > 0 else "= downhill")
    places = len(tilt_text.split()[-1].split(".")[-1])
    # sizes: the way is the word's (an input below zero, the user's tanh net, keeps its sign)
    assert abs(round(blame * abs(factor), places) - tilt) < 1e-9
    assert abs(blame - abs(work["blame"])) <= 0.5 * 10 ** -len(product[0].split()[-1].split(".")[-1]) + 1e-12
    assert abs(factor - work["input"]) <= 0.5 * 10 ** -len(product[1].split()[-1].split(".")[-1]) + 1e-12
    assert abs(tilt - abs(work["nudge"])) <= 0.5 * 10 ** -places + 1e-12
    # (session 24: the opening's chart beside it draws the tilt as its line's rise over the
    # turn; '(a whole turn of 1: up 0.02)' brought the 0.02/0.03 puzzle back, review ab-k1 s23)
    assert not [d["text"] for d in entry["drawn"] if d["text"].startswith("for a tiny turn")]


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_turns_squares_are_the_cost_chapters_and_come_as_said(preset, rendered):
    """Review d1 (123 s): the squares were violet here, orange in the cost chapter; and the
    squares and the cost bar stood there before the words reached them."""
    history, entry = rendered(preset)
    chain = entry["shown"]["turn_chain"]
    if chain["squares"]:
        assert {c.upper() for c in entry["shown"]["turn_drawn"]["colour"]} == {theme.DARK.cost.upper()}
    line = next(n for n in entry["narration"] if n["text"].startswith("Our dial again"))
    # each text as it is drawn for the turn (the cost's label stood in the opening's chart too)
    near = {}
    for d in entry["drawn"]:
        if d["t"] > line["start_s"] - 3.0:
            near.setdefault(d["text"], d["t"])
    glow = near["\u2192 " + written(chain["glow_turned"], 2)]
    assert line["start_s"] < glow < near["cost of this example"] < line["end_s"]


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_how_easily_a_glow_moves_is_said_without_calculus(preset, rendered):
    """Review g1 (63-78 s, 108 s): 'times its curve's slope there: the curve's tilt' was calculus
    in one breath, on a tiny unlabelled curve. Since s29 'how easily its glow moves' is shown by
    nudging the neuron itself (test_the_output_neuron_itself_is_nudged_in_real_numbers,
    test_the_hidden_neuron_is_nudged_as_the_output_was), no curve; the words say no 'slope'."""
    _, entry = rendered(preset)
    text = said(entry)
    assert "slope" not in text and "curve's tilt" not in text


# --- session 19 (reviews e1 and u1, s18): blame gathered down traced wires, built from the gap ---

@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_gathering_is_traced_down_wires_whose_dials_are_written(preset, rendered):
    """Review e1 (84-108 s): a still row of tiny arrows, no dial on any wire, and 'added up:
    0.18' that nothing on screen checked. The biggest senders are traced one by one: each
    wire's dial written on it in its sign's colour, its row 'blame x dial = what it sends'
    nncore's numbers checking by hand, the others in one line, and the rows add up to the total."""
    history, entry = rendered(preset)
    t = theme.current()
    work = worked(history)
    flows = entry["shown"]["flows"]
    outputs = flows["outputs"]
    order = flows["order"]
    sent = np.array(flows["sent"])
    assert sorted(order) == table_rows(work, sent) and len(order) == min(3, len(outputs))
    b_places, d_places = table_places(history, work)
    for n, row in zip(order, flows["rows"]):
        dial = flows["dials"][n]
        assert flows["labels"][str(n)] == f"\u00d7 {written(dial, d_places)}"
        assert flows["label_colours"][str(n)].lower() == (t.positive if dial >= 0 else t.negative).lower()
        _, blame, factor, _, product = row_parts(row)
        assert blame == written(work["blame_out"][outputs[n]], b_places)
        # the blame a size (review g1/v1: '+0.16' by a down arrow), the way the arrow's; the dial
        # as its wire writes it, minus and all (s24), so the product is minus past a red wire
        assert factor == written(dial, d_places) and product.startswith("\u2212") == (dial < 0)
        assert checks_by_hand([blame, factor], product)
        assert abs(abs(number_of(product)) - abs(sent[n])) <= 0.5 * 10 ** -len(product.split(".")[-1]) + 1e-12
    # blue wires first, thickest first ('a thick wire ... a thin one'), then the red ones
    dials = [flows["dials"][n] for n in order]
    blue = [abs(d) for d in dials if d >= 0]
    assert blue == sorted(blue, reverse=True) and dials[:len(blue)] == [d for d in dials if d >= 0]
    # every close-up wire as thick as its dial, on one rule (the output's 1.13 stood thinner than our 0.002)
    widths = flows["wire_widths"]
    for a, b in zip(np.argsort(np.abs(flows["dials"])), np.argsort(np.abs(flows["dials"]))[1:]):
        assert widths[a] <= widths[b] + 1e-9
    # the shown rows add up to the shown total
    texts = [d["text"] for d in entry["drawn"]]
    total = next(w for w in texts if w.startswith(("added up: ", "comes back: "))).split(": ")[1]
    # (s37: the rows and the others' line are no longer written, only their arrows drawn)
    assert not [w for w in texts if re.fullmatch(r"\+ \d+ more: .*", w) or w in flows["rows"]]
    rest = sent_back_column(work, sent)[0][-1] if len(outputs) > len(order) else None
    # each size counted the way its drawn arrow points (up: glow more, a minus blame)
    ways = [-1 if c["up"] else 1 for c in flows["chain"]]
    parts = [w * abs(number_of(row_parts(r)[4])) for w, r in zip(ways, flows["rows"])]
    if rest:
        parts.append((-1 if flows["rest_up"] else 1) * abs(number_of(rest)))
    places = len(total.split(".")[-1])
    assert not total.startswith(("+", "\u2212"))
    assert written(abs(sum(parts)), places) == total
    assert abs(number_of(total) - abs(flows["total"])) <= 0.5 * 10 ** -places + 1e-12
    assert (sum(parts) > 0) == (not flows["total_arrow"]["up"]) or abs(sum(parts)) < 1e-12
    if preset == "digits":   # a red wire among the traced, said as it is turned over
        assert any(flows["dials"][n] < 0 for n in order)
    # the rows and the wires' dials go once added up: only the total stays for our neuron's curve
    assert entry["shown"]["tally_left"] == []


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_biggest_gaps_blame_is_built_on_screen_with_its_two(preset, rendered):
    """Review e1 (60-78 s): gap x slope on screen gave half the blame shown; the 2 was hidden,
    and 'slope' (on the panel) was never said. 'gap x 2 x slope = blame' is built as it is said,
    nncore's numbers, checking by hand; the slope is the one written on the curve; the words
    say twice, the square, and call the slope the curve's tilt."""
    history, entry = rendered(preset)
    work = worked(history)
    built = entry["shown"]["blame_built"]
    worst = int(np.abs(work["misses"]).argmax())
    gap, slope, blame = (w.split()[-1] if i else w.split()[1] for i, w in enumerate(built))
    assert built[0] == f"gap {gap} \u00d7 2" and built[1] == f"\u00d7 glow moves {slope}" and built[2] == f"= blame {blame}"
    assert checks_by_hand([gap, "2", slope], blame)
    assert abs(number_of(blame) - work["blame_out"][worst]) <= 0.5 * 10 ** -len(blame.split(".")[-1]) + 1e-12
    assert abs(number_of(gap) - work["misses"][worst]) <= 0.5 * 10 ** -len(gap.split(".")[-1]) + 1e-12
    # the ease is the one written under the output neuron's nudge (s29: on the neuron itself)
    ease = entry["shown"]["ease_neuron"]
    assert ease["words"]["per"] == f"glow moves {slope} for each 1"
    line = blame_line(entry)
    # review g1: the curve's steepness is seen (nudged) before it multiplies, named in plain
    # words; 'tilt' stays the dials' word
    assert "twice its gap" in line["text"] and "how easily" in line["text"] and "tilt" not in line["text"]
    # as first drawn (the hidden neuron's line shows it again, 'just like the output')
    first = {}
    for d in entry["drawn"]:
        first.setdefault(d["text"], d["t"])
    # two beats (review s21 w1): 'gap x 2' first, then the curve and its steepness; the whole
    # product is written only where the hidden neuron's is built (s26: the blame board, not a
    # product, says it here)
    eased = first[ease["words"]["per"]]
    assert line["start_s"] <= first[built[0]] < first["how easily its glow moves"] < eased <= line["end_s"]
    # (s28 round 2: in the line only as the rule's one large step, after the curve, its numbers
    # said as they come, test_the_output_blame_rule_is_one_large_spoken_step)
    step = entry["shown"]["rule_step"]["words"]
    for w in built[1:]:
        assert first[w] > line["end_s"] or (w in step and first[w] > first[step[0]] > eased), w


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_dial_and_its_input_are_labelled_apart_and_the_turn_is_seen(preset, rendered):
    """Review e1: 'our dial / brightness 0.81' gave a dial a brightness; review u1: after 'turn
    it up by 1' the wire stayed thin red. The dial's value is written by its wire, the input's
    glow by the input; turned up, the wire takes the turned dial's colour and thickness."""
    history, entry = rendered(preset)
    work = worked(history)
    tilt = entry["shown"]["tilt"]
    texts = {d["text"] for d in entry["drawn"]}
    places = tilt_places(tilt)[0]
    assert f"our dial {written(tilt['dial'], places)}" in texts
    assert not [w for w in texts if w.startswith("our dial") and ("brightness" in w or "input" in w)]
    assert {f"brightness {written(work['input'], 2)}", f"input {written(work['input'], 2)}"} & texts
    turned = entry["shown"]["stub_turned"]
    # turned by the opening's small turn (review s31: a whole 1 there)
    value = tilt["dial"] + tilt["small"]
    assert turned["name"] == f"our dial {written(value, places)}"
    if abs(value) > abs(tilt["dial"]):
        assert turned["width"] > turned["width_before"]
    t = theme.current()
    assert turned["colour"].lower() == (t.positive if value >= 0 else t.negative).lower()


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_one_outputs_square_is_written_as_the_cost(preset, rendered):
    """Review u1 (126-138 s): '0.240 -> 0.105' on the square and '0.24 -> 0.10' on the cost
    bar on one screen: with one output the square is the cost, written the same way."""
    history, entry = rendered(preset)
    shown = entry["shown"]["turn_drawn"]["written"]
    if len(entry["shown"]["flows"]["outputs"]) == 1:
        square, square_after, cost, cost_after = shown
        assert square == cost and square_after == cost_after


# --- session 20 (reviews g1 and v1, s19) ---

@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_rows_add_up_head_to_tail(preset, rendered):
    """Review g1/v1: with signs gone, the rows must still be seen to add up. Their arrows stand
    head to tail beside the column: first those of the total's way, then the others coming
    back; the chain ends where the total's arrow ends."""
    from scenes.chapters.backprop import MIN_ARROW
    history, entry = rendered(preset)
    flows = entry["shown"]["flows"]
    if len(flows["outputs"]) == 1:
        assert "head_to_tail" not in entry["shown"]
        return
    chain = entry["shown"]["head_to_tail"]
    down = not flows["total_arrow"]["up"]
    pieces = chain["pieces"]
    assert len(pieces) == len(flows["order"]) + (1 if len(flows["outputs"]) > len(flows["order"]) else 0)
    # one column of the total's way, then a second column right of it of the other way
    firsts = [p for p in pieces if p["up"] != down]
    assert pieces[:len(firsts)] == firsts and len({round(p["x"], 6) for p in firsts}) == 1
    assert all(p["x"] > firsts[0]["x"] for p in pieces[len(firsts):])
    # each piece starts where the one before ends (a down arrow's tail is its top)
    tip = pieces[0]["bottom"] if pieces[0]["up"] else pieces[0]["top"]
    for start, end in [(p["top"], p["bottom"]) if not p["up"] else (p["bottom"], p["top"]) for p in pieces]:
        assert start == pytest.approx(tip, abs=1e-6)
        tip = end
    # clamped tiny arrows (MIN_ARROW) may lengthen the chain by at most their clamp each
    assert chain["end"] == pytest.approx(chain["head"], abs=MIN_ARROW * len(pieces) / 2)
    assert tip == pytest.approx(chain["end"], abs=1e-6)


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_turn_goes_back_whole_with_the_dial(preset, rendered):
    """Review g1 (141 s): the dial's label snapped back to 0.277 while the glow still read
    0.74 -> 0.86 and the cost squares their changes. When the dial goes back, everything the
    turn changed goes back with it."""
    history, entry = rendered(preset)
    back = entry["shown"]["turned_back"]
    tilt = entry["shown"]["tilt"]
    assert back["after_left"] == []
    assert back["glow"] == pytest.approx(back["glow_before"], abs=1e-6)
    assert back["bar"] == pytest.approx(back["bar_before"], abs=1e-6)
    assert back["name"] == f"our dial {written(tilt['dial'], tilt_places(tilt)[0])}"


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_opening_tilt_is_written_as_the_backwards_result(preset, rendered):
    """Review v1: the opening tangent was labelled 'tilt' alone, and the backwards result,
    '= downhill tilt 0.21', read as another number than the opening's fall of 0.14. The
    tangent's label carries the same written size."""
    history, entry = rendered(preset)
    texts = [d["text"] for d in entry["drawn"]]
    result = next(w for w in texts if re.fullmatch(r"= (up|down)hill tilt [\d.]+", w)).split()[-1]
    first = {}
    for d in entry["drawn"]:
        first.setdefault(d["text"], d["t"])
    line = next(n for n in entry["narration"] if "For each 1 the dial turns" in n["text"])
    assert line["start_s"] <= first[f"tilt {result}"] <= line["end_s"]
    work = worked(history)
    assert abs(number_of(result) - abs(work["nudge"])) <= 0.5 * 10 ** -len(result.split(".")[-1]) + 1e-12
    # reviews s20 g1, v1: 'up 0.02' beside 'tilt 0.03' after 'roughly its tilt' read as a
    # mismatch; the words say where the tilt is read: the straight line, not the turn's rise
    assert "the cost stays close to the straight line through it" in said(entry)


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_one_word_one_meaning(preset, rendered):
    """Review g1 (129-141 s): 'their squares grow' (the cost's squares) then 'its square's
    brightness' (the pixel), 10 s apart; and 'tilt' for the curve's slope after 'tilt' for a
    dial's. The pixel is the input; tilt is the dials' word."""
    _, entry = rendered(preset)
    text = said(entry)
    assert "square's brightness" not in text
    for n in entry["narration"]:
        if "curve" in n["text"]:
            assert "tilt" not in n["text"] and "slope" not in n["text"], n["text"]


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_blame_key_is_readable_and_clear(preset, rendered):
    """Review g1 (54-60 s): the key's words were about 10 px. Label size now (18 px and more at
    480p: 0.3 units), and no word of it meets another drawn with it."""
    _, entry = rendered(preset)
    boxes = entry["shown"]["key_texts"]   # the key whole, its card's second line drawn last
    key = [b for b in boxes if b[4] in (*CARD, "glow less", "glow more", "bigger: more blame")]
    assert len(key) == 5
    px = {d["text"]: d["px"] for d in entry["drawn"]}
    for b in key:   # label size (a line with no descender stands 0.26 tall at it)
        assert px[b[4]] >= 18 and b[3] - b[1] >= 0.25, b
    # and none meets another word while the big curve stands (its names, its eases, the receipt)
    from scenes.chapters.backprop import RIGHT_EDGE
    for group in (boxes, entry["shown"].get("ease_texts", []), entry["shown"].get("ours_ease_texts", [])):
        for i, a in enumerate(group):
            assert -7.1 < a[0] and a[2] < 7.1 and -4.0 < a[1] and a[3] < 4.0, a
            if a[4] in entry["shown"].get("blame_built", []):   # the receipt: short of the edge
                assert a[2] <= RIGHT_EDGE + 1e-6, a
            for b in group[i + 1:]:
                assert not boxes_meet(a, b), (a[4], b[4])


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_close_ups_words_are_gone_when_the_whole_network_returns(preset, rendered):
    """Review s20 g1 (153-168 s): 'brightness 0.81', 'our dial 0.277', the tilt's sum and the
    blame key stood over the whole network as it was named backpropagation. An Indicate on a
    part of a group splits the group in the scene, so a fade of 'the groups on screen' missed
    them. Read from the scene's own mobjects as the network comes back."""
    _, entry = rendered(preset)
    left = entry["shown"]["ending_texts"]
    close_up = ("our dial", "brightness", "input ", "blame", "glow less", "glow more", "uphill", "our neuron",
                "how easily", "cost of this example")
    assert left and not [w for w in left if w.startswith(close_up)], left


# --- session 21 (reviews s20 g1 and v1) ---

@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_nudges_are_seen_enlarged(preset, rendered):
    """Review s20 g1 (72-84 s): on the upper bend the nudge and the glow's move were a few px
    at 480p, and were drawn again in lenses. Since session 29 no curve and no lens: the output's
    nudge (s28) and our hidden neuron's (s29, 'just like the outputs') are drawn large on the
    neuron itself, the push and the glow's move written at least 20 px high at 480p, the push's
    bar long enough to compare the glow's against."""
    _, entry = rendered(preset)
    for key in ("ease_neuron", "ours_ease_neuron"):
        ease = entry["shown"][key]
        assert min(ease["sizes"]["push"], ease["sizes"]["moved"]) * 60 >= 20, key
        assert ease["bars"][0] >= 2.0, key


def numpy_outputs(history: History) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The example's outputs at the snapshot, worked in numpy (not through nncore's backward
    nor the chapter): each output's gap, its sigmoid's steepness there, and its blame with a
    squared-error cost, 2 x gap x steepness."""
    snap = history.snapshot(STEP)
    x, y = history.split("train")
    a = x[EXAMPLE]
    for w, b, name in zip(snap.weights, snap.biases, history.config["activations"]):
        a = squashed(name, w @ a + b)
    gap = a - y[EXAMPLE]
    steep = a * (1 - a)
    return gap, steep, 2 * gap * steep


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_output_neuron_itself_is_nudged_in_real_numbers(preset, rendered):
    """Review s28 ab2-t1-r2's and ab2-d1-r2's one change (102-117 s): an S-curve, an inset and
    small labels at once; do 'how easily it moves' on the output neuron itself, large. The
    biggest gap's output, its total coming in pushed up by 0.1 ('+0.1' big under its wire), its
    glow's real move written big beside it, both worked here in numpy from the network's own
    dials; the two moves as bars on one scale; under them the ease the rule multiplies by
    ('glow moves 0.183 for each 1', the sigmoid's steepness there); all said as drawn, readable
    at 480p (16 px and more), and standing 1.5 s and more before the rule takes their place."""
    history, entry = rendered(preset)
    if history.config["activations"][-1] != "sigmoid":
        pytest.skip("the outputs' curve is not the sigmoid")
    snap = history.snapshot(STEP)
    x, _ = history.split("train")
    a, z = x[EXAMPLE], None
    for w, b, name in zip(snap.weights, snap.biases, history.config["activations"]):
        z = w @ a + b
        a = squashed(name, z)
    gap, steep, _ = numpy_outputs(history)
    worst = int(np.abs(gap).argmax())
    sig = lambda v: 1.0 / (1.0 + np.exp(-v))
    push = entry["shown"]["push_measure"]["push"]   # one push on every total: the blame's measuring one
    move = float(sig(z[worst] + push) - sig(z[worst]))
    ease = entry["shown"]["ease_neuron"]
    words = ease["words"]
    assert ease["z"] == pytest.approx(float(z[worst]), abs=1e-9)
    assert ease["name"] == (f"output {output_names(history)[worst]}" if len(gap) > 1 else "the output")
    assert words["name"] == ease["name"] and words["heading"] == "how easily its glow moves"
    assert words["glow"] == f"glow {written(float(a[worst]), 2)}"
    assert words["push"] == f"+{push:g}" == "+" + entry["shown"]["push_measure"]["push_text"]
    assert words["moved"] == "+" + written(move, -3)
    # the per-1 ease is the rule's, the sigmoid's steepness there, and the push's share of it is
    # the move, at the digits written (s32: a push of 0.1 moved it 0.018 beside '0.183 for each 1')
    per = words["per"].split()[2]
    assert words["per"] == f"glow moves {per} for each 1"
    assert abs(number_of(per) - float(steep[worst])) <= 0.5 * 10 ** -len(per.split(".")[-1]) + 1e-12
    assert written(number_of(words["moved"][1:]) / push, len(per.split(".")[-1])) == per
    # the bars: the push and the glow's move on one scale, the push long enough to compare
    assert ease["bars"][1] / ease["bars"][0] == pytest.approx(move / push, rel=1e-6)
    assert ease["bars"][0] >= 3.0 and ease["bars"][1] * 60 >= 30
    # readable at 480p: the two moves large, the ease's line at least 16 px
    assert min(ease["sizes"]["push"], ease["sizes"]["moved"]) * 60 >= 20
    assert ease["sizes"]["per"] * 60 >= 16
    # said as drawn: the push, then the per-1 ease as its line writes it, within the line that
    # says them; the move itself is written, not said (s33 reviews: 'stop saying the raw
    # readouts'; then 0.18 said beside 0.183 drawn)
    line = blame_line(entry)
    # (s34: read out, not a check: said in words true to the written number; the rule says the number)
    assert f"the same tiny push, up by {push:g}: its glow moves only {in_words(per)} for each 1." in line["text"]
    assert words["moved"][1:] not in said(entry)
    first = {}
    for d in entry["drawn"]:
        first.setdefault(d["text"], d["t"])
    assert line["start_s"] < first[words["push"]] < first[words["moved"]] < first[words["per"]] < line["end_s"]
    # nothing else right of the outputs while it stands: its own words, the gap's x 2, the key
    shown = entry["shown"]
    assert shown["curve_gone_s"] - shown["flat_lens_s"] >= 1.5
    ours = set(words.values())
    right_of = [b[4] for b in shown["ease_texts"] if b[0] > -1.0]
    assert set(right_of) <= ours | set(CARD) | set(entry["shown"]["measure_kept"]), right_of
    for i, b in enumerate(shown["ease_texts"]):
        assert -7.1 < b[0] and b[2] < 7.1 and -4.0 < b[1] and b[3] < 4.0, b
        for c in shown["ease_texts"][i + 1:]:
            assert not boxes_meet(b, c), (b[4], c[4])


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_hidden_neuron_is_nudged_as_the_output_was(preset, rendered):
    """Reviews s29 ab-da-r1/r2, ab-ta-r1/r2 (all four, 144-168 s): 'just like the outputs' was
    shown with the S-curve and its inset, a picture the outputs no longer used. Our hidden
    neuron gets the output's own nudge picture: its total coming in (worked here in numpy from
    the network's dials) pushed up by 0.1, its glow's real move written big, the two moves as
    bars on one scale, 'glow moves X for each 1' with X its curve's steepness there and the
    recipe's factor; the same sizes as the output's; said as drawn, in the 'Just like' line."""
    history, entry = rendered(preset)
    shown = entry["shown"]
    snap = history.snapshot(STEP)
    x, _ = history.split("train")
    a, zs = x[EXAMPLE], []
    for w, b, name in zip(snap.weights, snap.biases, history.config["activations"]):
        zs.append(w @ a + b)
        a = squashed(name, zs[-1])
    h = shown["flows"]["neuron"]
    act = history.config["activations"][-2]
    funcs = {"sigmoid": lambda v: 1.0 / (1.0 + np.exp(-v)), "tanh": np.tanh}
    if act not in funcs:
        pytest.skip("the hidden layer does not squash")
    f = funcs[act]
    z = float(zs[-2][h])
    push = shown["push_measure"]["push"]   # the same push as the output's
    glow, move = float(f(z)), float(f(z + push) - f(z))
    steep = glow * (1 - glow) if act == "sigmoid" else 1 - glow ** 2
    ours, out = shown["ours_ease_neuron"], shown["ease_neuron"]
    words = ours["words"]
    assert ours["z"] == pytest.approx(z, abs=1e-9) and ours["name"] == words["name"] == "our neuron"
    assert words["heading"] == out["words"]["heading"] == "how easily its glow moves"
    assert words["coming"] == out["words"]["coming"] and words["push"] == out["words"]["push"] == f"+{push:g}"
    assert words["glow"] == f"glow {written(glow, 2)}"
    assert words["moved"] == "+" + written(move, -3)
    per = words["per"].split()[2]
    assert words["per"] == f"glow moves {per} for each 1"
    assert abs(number_of(per) - steep) <= 0.5 * 10 ** -len(per.split(".")[-1]) + 1e-12
    assert shown["recipe"]["words"][1] == f"\u00d7 glow moves {per}"   # the factor the recipe multiplies by
    # the bars: the push and the glow's move on one scale
    assert ours["bars"][1] / ours["bars"][0] == pytest.approx(move / push, rel=1e-6)
    assert ours["bars"][0] >= 2.0   # 120 px at 480p (right of the tiny run's 'inner ring?')
    # the same sizes as the output's picture (within a fifth), readable at 480p
    for k in ("push", "moved", "per"):
        assert ours["sizes"][k] >= 0.8 * out["sizes"][k], (k, ours["sizes"][k], out["sizes"][k])
    assert min(ours["sizes"]["push"], ours["sizes"]["moved"]) * 60 >= 20 and ours["sizes"]["per"] * 60 >= 16
    # said as drawn, in the 'Just like' line: the push, the move, the per-1 ease, then the recipe
    line = next(n for n in entry["narration"] if n["text"].startswith("Just like the output"))
    # in words true to the written number (s34: read out, not a check; s33: 0.99 said, 0.995 drawn)
    # (s34: the push not said again, it is written as it comes)
    assert f"the same tiny push, and its glow moves {in_words(per)} for each 1." in line["text"]
    assert words["moved"][1:] not in said(entry)   # written, not said (s33 review)
    first = {}
    for d in entry["drawn"]:
        if d["t"] >= line["start_s"] - 1.0:
            first.setdefault(d["text"], d["t"])
    assert line["start_s"] - 1.0 < first[words["heading"]] < first[words["push"]] < first[words["moved"]] \
        < first[words["per"]] < first[shown["recipe"]["words"][1]] < line["end_s"]


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_blame_board_shows_gap_ease_and_blame_as_bars_and_arrows(preset, rendered):
    """Reviews ab-k3 s25 (both reviewers' one change, 87-105 s): 'gap 0.76 x 2 x steepness
    0.183 = blame 0.278' and three steepness rows were a wall of numbers, output 7 never shown.
    One picture instead: the biggest gap's output and the (two) outputs that get more blame side
    by side, each its gap as a bar, how easily its glow moves as a bar and its blame as an
    arrow as long as gap x 2 x that (worked here in numpy), one scale for both bars; a smaller
    gap gives a visibly longer arrow (>= 5 px at 480p); each column written as its product."""
    history, entry = rendered(preset)
    if history.config["cost"] != "squared_error" or history.config["activations"][-1] != "sigmoid":
        pytest.skip("blame is not gap x steepness")
    gap, steep, blame = numpy_outputs(history)
    shown = shown_indices(len(gap))
    worst = int(np.abs(gap).argmax())
    more = [k for k in shown if abs(blame[k]) > abs(blame[worst])][:2]
    names = output_names(history)
    board = entry["shown"]["blame_board"]
    cols = [worst] + more
    assert [c["output"] for c in board] == ([names[k] for k in cols] if len(gap) > 1 else [""])
    for c, k in zip(board, cols):
        g, e, b = (number_of(c[key].split()[-1]) for key in ("gap", "ease", "blame"))
        assert c["gap"].startswith("twice the gap ") and c["ease"].startswith("\u00d7 glow moves ")
        assert c["blame_words"] == "= blame " + c["blame"]
        assert abs(g - 2 * abs(gap[k])) <= 0.5 * 10 ** -len(c["gap"].split(".")[-1]) + 1e-12
        assert abs(b - abs(blame[k])) <= 0.0005 + 1e-12
        # s26 x1 (both): 'gap 0.49' x 'glow moves 0.25' did not make 'blame 0.245'; the shown
        # twice-the-gap times the shown glow moves gives the shown blame at its decimals
        places = len(c["blame"].split(".")[-1])
        assert f"{g * e:.{places}f}" == c["blame"].replace("\u2212", ""), c
        assert abs(e - steep[k]) <= 0.5 * 10 ** -len(c["ease"].split(".")[-1]) + 1e-12
        assert c["down"] == (blame[k] > 0)
        # s27 k1-r2: the column reads as its product, 'twice the gap 1.52', 'x glow moves
        # 0.183', '= blame 0.278' (one x, one =); s27 x1-r1: both bars to one scale, the glow's
        # bar its number's share of the gap's (0.25 drawn a quarter of 0.98), from numpy
        assert (c["gap"] + c["ease"] + c["blame"]).count("\u00d7") == 1
        assert c["ease_len"] / c["gap_len"] == pytest.approx(steep[k] / (2 * abs(gap[k])), rel=1e-3)
    # one scale a row: each bar and arrow in proportion to the numpy numbers
    for c, k in zip(board[1:], cols[1:]):
        first = board[0]
        assert c["gap_len"] / first["gap_len"] == pytest.approx(abs(gap[k] / gap[worst]), rel=1e-3)
        assert c["ease_len"] / first["ease_len"] == pytest.approx(steep[k] / steep[worst], rel=1e-3)
        assert c["arrow"] / first["arrow"] == pytest.approx(abs(blame[k] / blame[worst]), rel=1e-3)
        # the smaller gap's longer arrow is seen: 5 px more at 480p (60 px a unit)
        assert (c["arrow"] - first["arrow"]) * 60 >= 5, (first, c)
        assert c["gap_len"] < first["gap_len"]
    # inside the frame, over the subtitles' band, nothing on the board overlapping
    for c in board:
        assert c["bottom"] >= -3.0 - 1e-6 and c["top"] <= 4.0
    boxes = entry["shown"]["board_texts"]
    for i, a in enumerate(boxes):
        assert -7.1 < a[0] and a[2] < 7.1 and -3.0 < a[1] and a[3] < 4.0, a
        for b in boxes[i + 1:]:
            assert not boxes_meet(a, b), (a[4], b[4])
    # drawn after the line that says it, after the curve's nudges (s28: in the silence after
    # the rule said large, before the next line; the others' columns as that line says them)
    line = blame_line(entry)
    first = {}
    for d in entry["drawn"]:
        first.setdefault(d["text"], d["t"])
    # (+0.6 s since session 30: the large rule held 2.6 s, not 2)
    assert first["how easily its glow moves"] < first["\u00d7 glow moves"] <= line["end_s"] + 5.1
    assert line["end_s"] <= entry["shown"]["blame_board_first"] <= line["end_s"] + 5.1
    after = [n for n in entry["narration"] if n["start_s"] >= line["end_s"]]
    if len(board) > 1:
        assert after[0]["start_s"] >= entry["shown"]["blame_board_first"] - 1e-3   # (times kept to 1 ms)
        assert entry["shown"]["blame_board_first"] < entry["shown"]["blame_board_all"] <= after[0]["end_s"] + 0.5


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_our_neurons_small_blame_is_seen_enlarged(preset, rendered):
    """Review s20 g1 (120 s): our neuron's blame of 0.035 was a 4 px arrow. Shorter than
    21 px, it is drawn again under itself at a readable size, the same way, said enlarged on
    screen; the true-scale arrow stays (its size against the others is the point)."""
    _, entry = rendered(preset)
    own, lens = entry["shown"]["own_arrow"], entry["shown"]["own_lens"]
    if own["height"] * 60 < 21:
        assert lens["word"] == "enlarged" and lens["height"] * 60 >= 30 and lens["up"] == own["up"]
        assert all(-7.1 < v < 7.1 for v in lens["box"][::2]) and all(-4.0 < v < 4.0 for v in lens["box"][1::2])
    else:
        assert lens["word"] == ""


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_twice_the_gap_is_seen_as_two_strips_of_the_cost_square(preset, rendered):
    """Reviews ab-k1, ab-x1, ab-x3 s24 (75-87 s, four of six reviewers): 'its blame starts from
    twice its gap, since the cost squares each gap' was told, not shown. The biggest gap's
    square is drawn as the cost chapter wrote it ('gap 0.76 x 0.76 = 0.58': the side nncore's
    gap as written, the area that side squared, within a hundredth of nncore's part of the
    cost); the glow nudged, it loses a thin strip along two sides, each as long as the whole
    side and named by the gap; then 'gap 0.76 x 2', each said as it comes; no word over another."""
    history, entry = rendered(preset)
    if blame_line_key(history) != "blame_squared":
        assert "twice_rule" not in entry["shown"] and "gap_square" not in entry["shown"]
        return
    from scenes.chapters.backprop import RIGHT_EDGE
    _, a, _ = forward_turned(history, tuple(worked(history)["dial"]), 0.0)
    gaps = a - history.split("train")[1][EXAMPLE]
    worst = int(np.abs(gaps).argmax())
    square = entry["shown"]["gap_square"]
    side = square["side_words"].split()[-1]
    assert square["side_words"] == f"gap {side}"
    assert abs(number_of(side) - abs(gaps[worst])) <= 0.5 * 10 ** -len(side.split(".")[-1]) + 1e-12
    area = square["sum_words"].split()[-1]
    assert square["sum_words"] == f"gap {side} \u00d7 {side} = {area}"
    assert area == f"{number_of(side) ** 2:.2f}" and abs(number_of(area) - gaps[worst] ** 2) <= 0.01
    # two thin strips, each the whole side long: the square kept is the side less one strip
    (top_w, top_h), (right_w, right_h) = square["strips"]
    full = square["side"]
    assert top_w == pytest.approx(full) and right_h == pytest.approx(full)
    assert top_h == pytest.approx(right_w) and 0 < top_h < 0.2 * full and top_h * 60 >= 12   # 12 px at 480p
    assert square["left"] == pytest.approx(full - top_h) and square["kept"] == pytest.approx(full - top_h)
    assert square["lengths"] == [square["side_words"]] * 2
    # 'gap 0.76 x 2' after the strips, then the curve; every word apart and inside the frame
    rule = entry["shown"]["twice_rule"]
    assert rule["words"] == f"gap {side} \u00d7 2"
    # written beside the two strips, under the square (s24 final: at the frame's bottom, under
    # the outputs, it stood 1.5 units away from them)
    (x0, y0, x1, y1), (sx0, sy0, sx1, sy1) = rule["box"], rule["strips_box"]
    assert 0.0 < sy0 - y1 <= 0.5 and x0 < sx1 and sx0 < x1, (rule["box"], rule["strips_box"])
    line = blame_line(entry)
    text = line["text"]
    assert line["start_s"] <= entry["shown"]["gap_square_s"] < square["t"] < rule["t"] <= line["end_s"]
    beat = entry["shown"]["curve_beat"]
    assert rule["t"] < beat["t"] and not beat["bars_left"] and "how easily its glow moves" in beat["texts"]
    assert not [w for w in beat["texts"] if w.startswith("gap ") and "\u00d7 2" not in w], beat["texts"]
    assert "The cost squares each gap." in text or "The cost squares the gap." in text
    order = [text.index(w) for w in (" squares ", "two thin strips", "each as long as the gap", "twice its gap",
                                      "Push the total", "how easily it moves")]
    assert order == sorted(order), text
    ours = {square["side_words"], square["sum_words"], rule["words"]}
    for group in (rule["texts"], square["texts"]):
        for i, b in enumerate(group):
            assert -7.1 < b[0] and b[2] < 7.1 and -4.0 < b[1] and b[3] < 4.0, b
            if b[4] in ours:   # the square's words short of the edge, as the receipt's
                assert b[2] <= RIGHT_EDGE + 1e-6, b
            for c in group[i + 1:]:
                assert not boxes_meet(b, c), (b[4], c[4])


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_each_changed_square_is_named_by_its_output(preset, rendered):
    """Review s23 digits (144-153 s): '0.575 -> 0.595', '0.365 -> 0.375', '0.203 -> 0.191' had no
    output names. Each row of the turn is 'output k: ...', k the output whose square it is
    (nncore's forward pass, its written value that output's part of the cost), level with
    that output's circle; one output needs no name."""
    history, entry = rendered(preset)
    chain = entry["shown"]["turn_chain"]
    drawn = entry["shown"]["turn_drawn"]["rows"]
    assert [r["output"] for r in drawn] == list(chain["rows"])
    _, a, _ = forward_turned(history, tuple(worked(history)["dial"]), 0.0)
    parts = (a - history.split("train")[1][EXAMPLE]) ** 2 if chain["squares"] else a
    names = output_names(history)
    for r in drawn:
        if len(chain["guess"]) == 1:
            assert not r["words"].startswith("output")
            continue
        if r["name"]:
            # s28 ab2-d1-r2 (177-186 s): 'output 2: 0.575' read as output 2's glow (0.76): named
            # as what it is, 'output 2's square', over its value, where the rows stand apart
            head, value = r["name"], r["words"]
            assert head == f"output {names[r['output']]}'s square"
        else:
            head, value = r["words"].split(": ")
            assert head == f"output {names[r['output']]}"
        assert abs(number_of(value) - parts[r["output"]]) <= 0.5 * 10 ** -len(value.split(".")[-1]) + 1e-12
    from scenes.chapters.backprop import TURN_NAMED_APART
    levels = sorted(r["out_y"] for r in drawn)
    if len(chain["guess"]) > 1 and chain["squares"] and \
            min((b - a for a, b in zip(levels, levels[1:])), default=9.0) >= TURN_NAMED_APART:
        assert all(r["name"] for r in drawn)
    # each on its own output's level (review: moved under its square it stood by the next
    # output), inside the frame, and readable (0.25 units: 15 px at 480p)
    for r in drawn:
        if len(chain["guess"]) == 1 and r["y"] < r["out_y"] - 0.05:
            # one output, no next output to stand by: its numbers may stand under its square, which
            # is on its level (the tiny run's '0.2403 -> 0.2197' has no room right of it)
            assert r["out_y"] - 1.2 < r["y"], r
            continue
        assert abs(r["block_y"] - r["out_y"]) < 0.05 if r["name"] else abs(r["y"] - r["out_y"]) < 0.05, r
        assert r["right"] < 7.0 and r["height"] >= 0.22, r


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_blame_key_has_room(preset, rendered):
    """Reviews s23 digits (60-69 s) and ab-k1, ab-x3 s24 (60-102 s): the key stood jammed in the
    top left corner, flush with the frame's edge, near the title. It stands well inside the
    frame (0.3 units, 18 px at 480p, from its edges), far under the title, and apart from every
    other word drawn with it."""
    _, entry = rendered(preset)
    boxes = entry["shown"]["panel_texts"]
    # the title's row: the title, or the roadmap in its place (session 27)
    title = next(b for b in boxes if b[4] in ("Backpropagation", "outputs' blame", "the output's blame"))
    key = [b for b in boxes if b[4] in ("glow less", "glow more", "bigger: more blame")]
    assert len(key) == 3
    for b in key:
        assert b[0] >= -7.1 + 0.3 and b[1] >= -4.0 + 0.3 and b[2] <= 7.1 - 0.3 and b[3] <= 4.0 - 0.3, b
        assert b[3] <= title[1] - 1.0, (b, title)
        for c in boxes:
            if c is not b and c[4] not in ("glow less", "glow more", "bigger: more blame"):
                assert not boxes_meet(b, c, 0.15), (b[4], c[4])


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_turn_back_is_said_and_the_tilt_said_as_written(preset, rendered):
    """Review s20 g1 (147 s): the dial, glows, squares and cost snapped back without a word.
    The turn back is said as it is drawn; the opening says the tilt's number as written."""
    history, entry = rendered(preset)
    nudge = next(n for n in entry["narration"] if "Turn it back." in n["text"])
    assert nudge["start_s"] <= entry["shown"]["turned_back_s"] <= nudge["end_s"]
    tilt = entry["shown"]["tilt"]
    result = next(d["text"] for d in entry["drawn"] if re.fullmatch(r"= (up|down)hill tilt [\d.]+", d["text"]))
    hill = "uphill" if tilt["tilt"] > 0 else "downhill"
    assert f"For each 1 the dial turns, that is {result.split()[-1]}: this is the dial's tilt, {hill}." in said(entry)


# --- session 22 (reviews s21 h1 and w1) ---

@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_each_stage_clears_the_one_before(preset, rendered):
    """Review s21 h1 (60-159 s): the blame key, the definition and the outputs' curve stood
    stacked over all three stages. Read from the scene as each stage's words start: passing
    blame back shows no key and no definition; the dial's check shows none of them, nor the
    ten outputs' blames nor a curve, and does show our neuron's one blame with its number."""
    _, entry = rendered(preset)
    key = ("glow less", "glow more", "bigger: more blame", *CARD)
    gather, check = entry["shown"]["gather_texts"], entry["shown"]["check_texts"]
    assert gather and not [w for w in gather if w in key], gather
    sizes = set(entry["shown"]["blame_sizes"])
    curve = ("how easily its glow moves", "total coming in")   # (its blame, "enlarged", stays)
    assert not [w for w in check if w in key or w in sizes or w in curve or "glow moves" in w], check
    assert [w for w in check if w.startswith("our neuron's blame: ")], check


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_tilt_is_said_as_the_product_written(preset, rendered):
    """Review s21 h1 (156-159 s): 'passed back through its input's brightness' stood for the
    x 0.81 on screen, and the words never said the multiplication. Said as written: our
    neuron's blame times its input (brightness), the line on screen that product."""
    _, entry = rendered(preset)
    line = next(n for n in entry["narration"] if "So its tilt is our neuron's blame" in n["text"])
    written_line = entry["shown"]["product_bars"]["words"][1]   # the tilt's bars: 'x brightness 0.81'
    word = "brightness" if "brightness" in written_line else "input"
    assert re.search(r"So its tilt is our neuron's blame times (its input|the brightness)\.", line["text"]), line["text"]
    assert ("brightness" in line["text"]) == (word == "brightness")
    assert re.fullmatch(rf"\u00d7 {word} [0-9.]+", written_line), written_line


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_dial_is_named_by_its_biggest_input_not_by_what_it_sends(preset, rendered):
    """Review s21 w1 (15-18 s): 'the one from the input that sends it the most' read as the
    input that sends the most, where its dial (-0.002) sends almost nothing: the input is the
    biggest one, and is called that."""
    history, entry = rendered(preset)
    work = worked(history)
    text = said(entry)
    assert "sends it the most" not in text
    if "from its biggest input" in text or "from its brightest square" in text:
        x, y = history.split("train")
        net = history.network(STEP)
        one = net.backward(x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1])
        inputs = one.a[len(net.layers) - 2][0]
        drawn = shown_indices(len(inputs))
        assert abs(work["input"]) == pytest.approx(max(abs(inputs[k]) for k in drawn))


# --- session 23 (issue 11: the adding up, and the two tilts side by side) ---

def _nncore_flows(history: History) -> tuple[np.ndarray, list[int]]:
    """What each drawn output sends back to our neuron, from nncore's own backward pass (the
    output's blame, its delta, times the dial between them), and the drawn outputs."""
    work = worked(history)
    x, y = history.split("train")
    net = history.network(STEP)
    one = net.backward(x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1])
    outputs = shown_indices(len(one.delta[-1][0]))
    return one.delta[-1][0][outputs] * net.layers[-1].weights[outputs, work["neuron"]], outputs


@pytest.mark.parametrize("preset", ["digits", "user"])
def test_the_arrows_are_seen_to_add_up_in_numbers(preset, rendered):
    """Review (session 23 brief): 0.16, 0.08, 0.10 and 0.04 stood over 'added up: 0.18' with
    nothing to show the 0.10 taken away. The arrows of the total's way are summed by their
    column, the others' sum by theirs, and what is left is the total: the written numbers
    check by hand (with - against = total) and each is nncore's sum of its way's pieces (the
    traced rows and the others' line) to its rounding; each is said as it is drawn."""
    history, entry = rendered(preset)
    flows, outputs = _nncore_flows(history)
    if len(outputs) == 1:
        return
    total = float(flows.sum())
    main = -np.sign(total)   # the way of the total's arrow (blame above zero asks for less: down)
    traced = sorted(np.argsort(-np.abs(flows), kind="stable")[:3])
    pieces = [float(flows[k]) for k in traced]
    others = [k for k in range(len(flows)) if k not in traced]
    if others:
        pieces.append(float(flows[others].sum()))
    with_ = sum(abs(p) for p in pieces if -np.sign(p) == main)
    against = sum(abs(p) for p in pieces if -np.sign(p) != main)
    drawn = entry["drawn"]
    texts = [d["text"] for d in drawn]
    total_words = next(t for t in texts if t.startswith("added up: "))
    total_written = number_of(total_words.split(": ")[1])
    assert total_written == pytest.approx(abs(total), abs=0.006)
    text = said(entry)
    if against == 0 or "sum_drawn" not in entry["shown"]:
        assert "they stack into one arrow." in text
        return
    sums = entry["shown"]["sum_drawn"]
    parts = sums["values"]
    with_w, against_w = number_of(parts["with"]), number_of(parts["against"])
    assert sums["with"] in texts and sums["against"] in texts
    # each named by its arrows' way, as said (s32 review: a bare '0.28' stood unexplained)
    ways = ("down", "up") if parts["main"] < 0 else ("up", "down")
    assert (sums["with"], sums["against"]) == (f"{ways[0]}: {parts['with']}", f"{ways[1]}: {parts['against']}")
    # they check by hand, and they are nncore's sums (each piece written to two decimals)
    assert round(with_w - against_w, 6) == pytest.approx(total_written, abs=1e-9)
    assert with_w == pytest.approx(with_, abs=0.006 * len(pieces))
    assert against_w == pytest.approx(against, abs=0.006 * len(pieces))
    # said in step (the numbers written, not said): 'the down arrows stack, the up arrow takes some back.'
    line = next(n for n in entry["narration"] if "they add up" in n["text"])
    assert re.search(r"they add up(, with the other \d+)?: the (down|up) arrows stack, the (up|down) arrows? takes? some back\.",
                     line["text"]), line["text"]
    when = {d["text"]: d["t"] for d in drawn if d["text"] in (sums["with"], sums["against"], total_words)}
    assert line["start_s"] <= when[sums["with"]] <= when[sums["against"]] <= when[total_words] <= line["end_s"] + 0.5


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_tilt_worked_backwards_stands_beside_the_tilt_measured(preset, rendered):
    """Session 23 brief: 'blame x brightness = tilt' was never seen beside the tilt measured by
    turning the dial at the start. The opening's chart comes back, small, named 'at the
    start', its straight line labelled with the tilt nncore's gradient gives, on screen with
    the product's '= uphill tilt ...' line, clear of every other word there; and it is said."""
    history, entry = rendered(preset)
    work = worked(history)
    layer, row, col = work["dial"]
    x, y = history.split("train")
    grad = float(history.network(STEP).backward(x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1])
                 .grad_weights[layer][row, col])
    tilt = size_of(written(grad, tilt_decimals(grad)))
    again = entry["shown"]["tilt_again"]
    assert f"tilt {tilt}" in again["texts"] and "at the start" in again["texts"]
    assert f"= {'uphill' if grad > 0 else 'downhill'} tilt {tilt}" in again["texts"]
    boxes = again["boxes"]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            apart_ = a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
            assert apart_, (a, b)
        assert -7.1 <= a[0] and a[2] <= 7.1 and -4.0 <= a[1] and a[3] <= 4.0, a
    line = next(n for n in entry["narration"] if "So its tilt is our neuron's blame" in n["text"])
    assert f"The same {tilt}: turn it" in line["text"]
    assert line["start_s"] <= again["t"] <= line["end_s"] + 0.5
    # review ab-k1 s24 (165-168 s): 'tilt 0.03' touched the cost bar: every word 0.15 clear of it
    if again["bar_shown"]:
        for a in boxes:
            assert not boxes_meet(a, again["cost_bar"], 0.15), (a, again["cost_bar"])
    # s32 review (over 40 numbers in the chapter): the product written once, by its bars; no
    # second 'blame 0.035 x brightness 0.81' line, so the tilt is written twice only: the
    # product's and the opening chart's
    assert not [w for w in again["texts"] if w.startswith("blame ")], again["texts"]
    assert sum(w.endswith(f"tilt {tilt}") for w in again["texts"]) == 2, again["texts"]


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_blame_sizes_come_once_the_blame_is_built(preset, rendered):
    """Review s23 tiny (69-87 s): the arrow's '0.245' stood there while 'its blame starts from
    twice its gap' was said (2 x 0.49 is not 0.245); it made sense only at 87 s. Where the
    biggest gap's blame is built on screen, no output's size is drawn before '= blame ...' is,
    and the sizes are nncore's blames (its delta) as written."""
    history, entry = rendered(preset)
    if blame_line_key(history) != "blame_squared":
        return
    x, y = history.split("train")
    one = history.network(STEP).backward(x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1])
    delta = one.delta[-1][0][shown_indices(len(one.delta[-1][0]))]
    drawn = entry["drawn"]
    # built on the blame board (s26), not as a written product
    built = entry["shown"]["blame_board_start"]
    sizes = entry["shown"]["blame_sizes"]
    for size, d in zip(sizes, delta):
        assert number_of(size) == pytest.approx(abs(d), abs=0.5 * 10 ** -len(size.split(".")[-1]) + 1e-12)
        first = min(e["t"] for e in drawn if e["text"] == size)
        assert first >= built - 1e-3, (size, first, built)   # drawn times are kept to 1 ms
    # and the words that build it are said first: 'twice its gap' before its number is drawn
    line = blame_line(entry)
    assert line["start_s"] < built <= line["end_s"] + 2.7   # s28: after the large rule's hold (2.6 s since s30)


# --- session 24 (reviews ab-k1 and ab-x1, s23) ---

def drawn_apart(a: list, b: list, gap: float = 0.04) -> bool:
    """Two [left, bottom, right, top, ...] boxes with at least `gap` between them."""
    return a[2] + gap <= b[0] or b[2] + gap <= a[0] or a[3] + gap <= b[1] or b[3] + gap <= a[1]


def dial_turned(history: History, turn: float) -> tuple[float, float, float]:
    """The worked dial's gradient (nncore's backward pass), this example's cost, and its cost
    with the dial turned up by `turn` (nncore's forward pass)."""
    layer, row, col = worked(history)["dial"]
    x, y = history.split("train")
    xi, yi = x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1]
    net = history.network(STEP)
    grad = float(net.backward(xi, yi).grad_weights[layer][row, col])
    cost = float(net.cost_of(xi, yi))
    net.layers[layer].weights[row, col] += turn
    return grad, cost, float(net.cost_of(xi, yi))


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_tilt_is_the_straight_lines_rise_over_the_turn(preset, rendered):
    """Review ab-k1 s23 (24-39 s): the tilt was defined 'for each 1 the dial turns' while the
    picture showed a whole turn raising the cost 0.02 beside 'tilt 0.03'. Over the same turn
    the straight line's rise is drawn (white, as tall as nncore's gradient times the turn on
    the chart's own cost scale) and written 'tilt ...'; beside it the curve's real rise
    (orange, nncore's cost turned minus its cost), written 'up ...'; and the words say which
    is which. All of the chart's words stay inside the frame."""
    history, entry = rendered(preset)
    grad, cost, turned = dial_turned(history, 1.0)
    rises = entry["shown"]["tilt_rises"]
    assert rises["turn"] == pytest.approx(1.0, rel=0.03)
    assert rises["line"] == pytest.approx(grad * 1.0, rel=0.03)             # the tilt: the line's rise
    assert rises["tangent_end"] == pytest.approx(grad * 1.0, rel=0.03)      # the line ends over it
    tilt_text = size_of(written(grad, tilt_decimals(grad)))
    assert rises["words"]["line"] == f"tilt {tilt_text}"
    assert f"the straight line through it, which {'rises' if grad > 0 else 'falls'} " in said(entry)
    assert f"For each 1 the dial turns, that is {tilt_text}:" in said(entry)
    for box in entry["shown"]["tilt_texts"] + entry["shown"]["downhill_texts"]:
        assert -7.1 <= box[0] and box[2] <= 7.1 and -3.0 <= box[1] and box[3] <= 4.0, box


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_hidden_neurons_blame_is_written_as_the_outputs_rule(preset, rendered):
    """Review ab-x1 s23 (111-120 s): 'our neuron keeps nearly all of this: how easily its own
    glow moves. What is left is its blame' named the rule a third way, with no numbers. The
    output's recipe again, large under our neuron, as it is said: what came back (nncore's
    output blames times their dials, added up) x steepness (nncore's blame over it) = blame
    (nncore's), the written numbers multiplying to it by hand; no word over another, all in
    the frame, and the curve's words clear of the outputs' arrows."""
    history, entry = rendered(preset)
    shown = entry["shown"]
    x, y = history.split("train")
    one = history.network(STEP).backward(x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1])
    h = shown["flows"]["neuron"]
    total = float((history.snapshot(STEP).weights[-1][:, h] * one.delta[-1][0]).sum())
    blame = float(one.delta[-2][0][h])
    steep = blame / total
    came, times, gives = shown["recipe"]["words"]
    many = len(one.delta[-1][0]) > 1
    assert came.startswith("added up " if many else "comes back ")
    assert times.startswith("\u00d7 glow moves ") and gives.startswith("= blame ")
    numbers = [number_of(w.split()[-1]) for w in (came, times, gives)]
    for got, real in zip(numbers, (abs(total), steep, abs(blame))):
        digits = len(f"{got}".split(".")[-1])
        assert got == pytest.approx(real, abs=0.5 * 10 ** -digits + 1e-12), (got, real)
    digits = len(gives.split()[-1].split(".")[-1])
    assert round(numbers[0] * numbers[1], digits) == pytest.approx(numbers[2], abs=1e-12)
    line = next(n for n in entry["narration"] if "times how easily its own glow moves" in n["text"])
    assert "keeps" not in line["text"] and "What is left" not in line["text"]
    assert line["start_s"] <= shown["recipe"]["t"] <= line["end_s"] + 0.5
    boxes = shown["recipe_boxes"]
    for a in boxes:
        if a[4] in (came, times, gives):   # over the subtitles' band
            assert a[1] >= -3.0, a
    for i, a in enumerate(boxes):
        assert -7.1 <= a[0] and a[2] <= 7.1 and -4.0 <= a[1] and a[3] <= 4.0, a
        for b in boxes[i + 1:]:
            assert drawn_apart(a, b), (a, b)
    # (s29: the outputs' arrows and sizes go before our neuron's nudge picture comes; its words
    # meet none of the other words then standing)
    ease = shown["ours_ease_texts"]
    assert not {b[4] for b in ease} & set(shown["blame_sizes"])
    for i, a in enumerate(ease):
        assert -7.1 <= a[0] and a[2] <= 7.1 and -4.0 <= a[1] and a[3] <= 4.0, a
        for b in ease[i + 1:]:
            assert drawn_apart(a, b), (a, b)


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_hidden_neuron_is_told_just_like_the_output(preset, rendered):
    """Reviews ab-k1, ab-x3 s24 (117-132 s): 'As for the output' read as back to the output.
    'Just like the output(s)', and as it is said the output's own rule, as it was built on
    screen ('gap 0.76 x 2 x steepness 0.183 = blame 0.278'), stands where ours is then built."""
    history, entry = rendered(preset)
    line = next(n for n in entry["narration"] if "times how easily its own glow moves" in n["text"])
    assert line["text"].startswith("Just like the output") and "As for" not in said(entry)
    if blame_line_key(history) != "blame_squared":
        return
    again = entry["shown"]["rule_again"]
    assert again["words"] == entry["shown"]["blame_built"]
    assert line["start_s"] - 2.0 <= again["t"] <= line["start_s"] + 1.5 and again["t"] < entry["shown"]["recipe"]["t"]
    # whole for ~2 s: faded in in the breath before the words (faded in as they started, it
    # stood whole 0.7 s only, s25)
    assert entry["shown"]["rule_again_off"] - 0.3 - again["t"] >= 1.8, (again["t"], entry["shown"]["rule_again_off"])
    # gone before ours comes in its place (cross-faded, the two lines stood garbled over each
    # other in the tiny run, 123 s)
    came = entry["shown"]["recipe"]["words"][0]
    came_drawn = min(d["t"] for d in entry["drawn"] if d["text"] == came)
    # (drawn times are written to the millisecond)
    assert again["t"] < entry["shown"]["rule_again_off"] <= came_drawn + 1e-3, (entry["shown"]["rule_again_off"], came_drawn)


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_traced_rows_stand_well_inside_the_frame(preset, rendered):
    """Review ab-k1 s24 (120-129 s): '0.223 x -0.44 = -0.10' began 5 px from the frame's left edge
    and read cut ('.223'). Every traced row, as drawn, starts 0.3 units (18 px at 480p) or more
    in from the edge (s37: none is drawn now, the arrows are followed instead)."""
    from scenes.chapters.backprop import ROW_MARGIN
    _, entry = rendered(preset)
    rows = set(entry["shown"]["flows"]["rows"])
    drawn = [d for d in entry["drawn"] if d["text"] in rows]
    for d in drawn:
        assert d["x"] - d["w"] / 2 >= -7.1 + ROW_MARGIN - 0.02, d   # (x and w are rounded to 0.01)
    assert ROW_MARGIN >= 0.3


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_way_to_turn_is_said_as_downhill(preset, rendered):
    """Review ab-k1 s23 (42 s): 'So this dial should turn down' left 'uphill, so the other way'
    to the viewer. The line says the way is where the cost goes downhill, and it is: a small
    turn that way lowers nncore's cost of the example."""
    history, entry = rendered(preset)
    line = next(n for n in entry["narration"] if n["text"].startswith("So this dial should turn"))
    way = re.match(r"So this dial should turn (up|down), where the cost goes downhill\.", line["text"])
    assert way, line["text"]
    layer, row, col = worked(history)["dial"]
    x, y = history.split("train")
    xi, yi = x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1]
    net = history.network(STEP)
    cost = float(net.cost_of(xi, yi))
    net.layers[layer].weights[row, col] += 0.1 if way.group(1) == "up" else -0.1
    assert float(net.cost_of(xi, yi)) < cost


# --- session 24 ---

@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_a_rows_dial_reads_as_its_wire_and_nncore(preset, rendered):
    """Round 2 (s24): the rows dropped a red dial's minus ('0.245 x 1.13' while its wire said
    'x -1.13'). Each traced row's dial is its wire's label, sign and all, and nncore's dial
    between that output and our neuron to its rounding; the row's product checks by hand."""
    history, entry = rendered(preset)
    flows = entry["shown"]["flows"]
    net = history.network(STEP)
    outputs = shown_indices(net.layers[-1].weights.shape[0])
    for n, row in zip(flows["order"], flows["rows"]):
        _, blame, dial, _, product = row_parts(row)
        labels = {str(k): v for k, v in flows["labels"].items()}
        assert "\u00d7 " + dial == labels[str(n)], row
        truth = float(net.layers[-1].weights[outputs[n], flows["neuron"]])
        places = len(dial.split(".")[-1]) if "." in dial else 0
        assert number_of(dial) == pytest.approx(truth, abs=0.5 * 10 ** -places + 1e-9), row
        assert checks_by_hand([blame, dial], product), row


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_every_tilt_is_on_screen_as_it_is_said(preset, rendered):
    """Round 2 (s24): 'Working backwards finds every tilt' was said over the zoom's nearly
    empty frames. What it finds is written under the backwards arrow, with the whole network,
    from before 'every tilt' is said until the zoom must start to be whole at 'It starts'."""
    _, entry = rendered(preset)
    backwards = next(n for n in entry["narration"] if n["text"].startswith("Working backwards"))
    text, start, end = backwards["text"], backwards["start_s"], backwards["end_s"]

    def when(words: str) -> float:
        return start + text.index(words) / len(text) * (end - start)
    drawn = [d["t"] for d in entry["drawn"] if d["text"] == "finds every dial's tilt"]
    assert drawn and start <= min(drawn) <= when("every tilt") + 0.3
    shown = entry["shown"]
    # (session 27: the sentence is its own line; the zoom comes after its last word)
    assert shown["every_tilt_off"] >= end - 0.05
    assert shown["every_tilt_off"] - min(drawn) >= 1.0


# --- session 24, round 3 (reviews ab-x1 r1, r2) ---

@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_one_rows_result_is_written_as_its_arrow_shows(preset, rendered):
    """Review ab-x1 s24 (tiny 105-117 s): '0.245 x -1.13 = -0.277' beside an up arrow, then
    'comes back: 0.277': one quantity written with and without its minus. One output's row is
    read in arrows, from nncore's blame and dial: '\u2193 0.245 x -1.13 = \u2191 0.277', the way each
    arrow points (up: glow more, a minus blame), the red dial turning it over, said on its wire
    as 'turned over' under its label while the arrow turns; what comes back is that same
    size, never written with a minus."""
    history, entry = rendered(preset)
    flows, shown = entry["shown"]["flows"], entry["shown"]
    x, y = history.split("train")
    one = history.network(STEP).backward(x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1])
    blames = one.delta[-1][0]
    texts = [d["text"] for d in entry["drawn"]]
    if len(blames) > 1:   # (their rows: test_every_traced_row_is_read_in_arrows)
        assert "turned_over" not in shown
        return
    dial = float(history.snapshot(STEP).weights[-1][0, flows["neuron"]])
    blame, sent = float(blames[0]), float(blames[0]) * dial

    def way(v: float) -> str:
        return "\u2191" if v < 0 else "\u2193"
    row = flows["rows"][0]
    way_in, b, d, way_out, _ = row_parts(row)
    assert (way_in, way_out) == (way(blame), way(sent)), row
    size = row.split(" = ")[1].lstrip("\u2191\u2193")
    assert number_of(b) == pytest.approx(abs(blame), abs=0.5 * 10 ** -len(b.split(".")[-1]) + 1e-12)
    assert number_of(d) == pytest.approx(dial, abs=0.5 * 10 ** -len(d.split(".")[-1]) + 1e-12)
    assert number_of(size) == pytest.approx(abs(sent), abs=0.5 * 10 ** -len(size.split(".")[-1]) + 1e-12)
    assert flows["total_arrow"]["up"] == (way(sent) == "\u2191")
    assert f"comes back: {size}" in texts
    assert not [w for w in texts if "\u2212" + size in w], texts   # never with its minus
    if dial < 0:
        over = shown["turned_over"]
        assert over["words"] == "turned over"
        (l0, b0, r0, t0), (l1, b1, r1, t1) = over["box"], over["label"]
        assert t0 <= b1 and min(r0, r1) - max(l0, l1) > 0   # under its wire's label
        line = next(n for n in entry["narration"] if "turns the arrow over" in n["text"])
        assert line["start_s"] <= over["t"] <= line["end_s"] + 0.5
    else:
        assert "turned_over" not in shown


@pytest.mark.parametrize("preset", ["digits", "user"])
def test_every_traced_row_is_read_in_arrows(preset, rendered):
    """s32 review (digits 147-156 s): '0.223 x -0.44 = -0.10' beside an up arrow read as the sign
    and the arrow disagreeing. Every traced row is read in arrows, as the one output's is:
    '\u2193 0.223 x -0.44 = \u2191 0.10', the way in that output's blame arrow (nncore's delta), the
    way out that of delta x dial and of the arrow drawn beside the row, the sizes never signed;
    so a red dial is seen to turn the arrow over."""
    history, entry = rendered(preset)
    flows = entry["shown"]["flows"]
    x, y = history.split("train")
    blames = history.network(STEP).backward(x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1]).delta[-1][0]
    outputs = flows["outputs"]

    def way(v: float) -> str:
        return "\u2191" if v < 0 else "\u2193"
    for n, row, drawn in zip(flows["order"], flows["rows"], flows["chain"]):
        way_in, blame, dial, way_out, _ = row_parts(row)
        sent = float(blames[outputs[n]]) * flows["dials"][n]
        assert (way_in, way_out) == (way(blames[outputs[n]]), way(sent)), row
        assert drawn["up"] == (way_out == "\u2191"), row
        size = row.split(" = ")[1][1:]
        assert not size.startswith(("+", "\u2212")) and not blame.startswith(("+", "\u2212")), row
    if preset == "digits":   # a red wire among the traced: its arrow turned over
        assert any(row_parts(r)[0] != row_parts(r)[3] for r in flows["rows"])


@pytest.mark.parametrize("preset", ["digits"])
def test_the_dials_square_is_ringed_so_it_shows_on_any_grey(preset, rendered):
    """'the one from this square': the square the dial carries is ringed on the picture, light
    on dark, so the ring shows on a white pixel and on a black one alike (s25 reviews: a white
    ring on a white pixel, and 'this square' was said over nothing seen)."""
    from scenes.kit.pictures import luminance
    history, entry = rendered(preset)
    mark_ = entry["shown"]["pixel_mark"]
    _, _, source = entry["shown"]["nudge"]["dial"]
    side = int(round(np.sqrt(history.config["sizes"][0])))
    assert mark_["source"] == source and divmod(source, side) == (mark_["row"], mark_["col"])
    shades = sorted(luminance(c) for c in mark_["strokes"])
    assert shades[-1] - shades[0] > 0.4, mark_["strokes"]


# --- session 26 (reviews ab-x1 s25, tiny 18-45 s) ---

@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_a_small_turn_seen_enlarged_names_the_tilt(preset, rendered):
    """Reviews ab-x1 s25 (both reviewers' one change, 21-39 s): 'down 0.14' and 'tilt 0.21'
    stood on the chart together, 13 s before 0.14 was said. First a small turn (0.1), seen
    enlarged, where nncore's cost curve and the straight line of its gradient lie on each other
    (under 3 px apart on the lens, its drop at least 25 px); the line's change over it written
    as the tilt's digits a tenth, checking by hand; then 'for each 1 ... this is the dial's
    tilt' (session 31: no whole turn after it)."""
    history, entry = rendered(preset)
    grad, cost, turned = dial_turned(history, SMALL_TURN)
    small = turned - cost
    lens = entry["shown"]["tilt_lens"]
    assert lens["small"] == pytest.approx(SMALL_TURN)
    assert lens["line_change"] == pytest.approx(grad * SMALL_TURN, rel=1e-6)
    assert lens["curve_change"] == pytest.approx(small, rel=1e-6)
    assert lens["apart_px"] < 3.0 and lens["riser_px"] >= 25, lens
    tilt_text = size_of(written(grad, tilt_decimals(grad)))
    small_text = lens["drop_words"].split()[-1]
    assert lens["drop_words"].startswith("up " if grad > 0 else "down ")
    assert number_of(small_text) * 10 == pytest.approx(number_of(tilt_text), abs=1e-9)   # ten small turns
    assert abs(number_of(small_text) - abs(grad) * SMALL_TURN) <= 0.5 * 10 ** -len(small_text.split(".")[-1]) * 10 + 1e-12
    assert all(-7.1 < v < 7.1 for v in lens["box"][::2]) and all(-3.0 < v < 4.0 for v in lens["box"][1::2])
    for i, a in enumerate(lens["texts"]):
        assert -7.1 < a[0] and a[2] < 7.1 and a[3] < 4.0, a
        for b in lens["texts"][i + 1:]:
            assert not boxes_meet(a, b), (a[4], b[4])
    at = entry["shown"]["said_at"]   # each bookmark's moment in the narration's timing
    first = {}
    for d in entry["drawn"]:
        first.setdefault(d["text"], d["t"])
    # the lens as 'a little ... seen enlarged' is said; the line's change as 'which falls' is
    # said; the tilt after it; the lens stands while 'the tilt is read at a small turn' is said
    assert at["small"] - 0.5 <= entry["shown"]["tilt_lens_on"] <= at["zoom"] + 0.3
    assert at["zoom"] <= first[lens["drop_words"]] < first[f"tilt {tilt_text}"] < entry["shown"]["tilt_lens_off"]
    assert entry["shown"]["tilt_lens_off"] >= at["read"] + 1.0


# --- session 26, second round (one name for one number) ---

@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_how_easily_a_glow_moves_has_one_name_on_screen(preset, rendered):
    """Session 26: the blame board wrote 'glow moves 0.18' while the curve's row and both
    products wrote 'steepness 0.183' / 'x steepness 0.194': two names for one number. Every
    drawn text names it 'glow moves' (as the words say 'how easily its glow moves'), and each
    such number is its curve's slope at a neuron (sigmoid a x (1 - a), tanh 1 - a x a), worked in numpy
    from the snapshot (not from the chapter)."""
    history, entry = rendered(preset)
    drawn = {d["text"] for d in entry["drawn"]}
    assert not [w for w in drawn if "steepness" in w.lower()], sorted(w for w in drawn if "steepness" in w.lower())
    snap = history.snapshot(STEP)
    x, _ = history.split("train")
    a, slopes = x[EXAMPLE], []
    for w, b, name in zip(snap.weights, snap.biases, history.config["activations"]):
        z = w @ a + b
        a = squashed(name, z)
        if name == "sigmoid":
            slopes += list(a * (1 - a))
        elif name == "tanh":
            slopes += list(1 - a * a)
    named = [w for w in drawn if re.search(r"glow moves [0-9.]+$", w)]
    if not slopes:
        return
    assert named, sorted(drawn)
    for w in named:
        text = w.split()[-1]
        tol = 0.5 * 10 ** -len(text.split(".")[-1]) + 1e-12
        assert any(abs(number_of(text) - s) <= tol for s in slopes), w


# --- session 26, round 3 ---

@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_why_the_tilt_is_read_at_a_small_turn_is_said_over_it(preset, rendered):
    """Reviews ab-x1 s26 (both): why is the tilt read off the straight line? Said: learning
    turns each dial only in small steps; the small turn's line is lit as it is said, while
    the enlarged view still stands."""
    _, entry = rendered(preset)
    assert "Learning takes only small steps, so the tilt is read at a small turn." in said(entry)
    at, shown = entry["shown"]["said_at"], entry["shown"]
    assert at["per"] < at["why"] < at["read"]
    assert at["why"] - 0.2 <= shown["why_small_s"] - 0.9 and shown["why_small_s"] <= at["why"] + 1.5
    assert shown["why_small_s"] <= shown["tilt_lens_off"]


# --- session 27 (reviews s26 ab-k1 r1 and r2, ab-x1 r1 and r2) ---

@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_working_backwards_crosses_the_network_as_it_is_said(preset, rendered):
    """s26 ab-k1 (both reviewers), 54-57 s: 'Working backwards finds every tilt' was said over a
    fade and a bare neuron (the backwards flash fell between the frames). A band of the blame
    colour crosses the network from the outputs' column to the inputs', ringing every layer it
    reaches, one after another, while 'from the outputs to the inputs' is said."""
    history, entry = rendered(preset)
    line = next(n for n in entry["narration"] if n["text"].startswith("Working backwards"))
    assert "to the inputs" in line["text"]
    swept = entry["shown"]["backwards"]["swept"]
    layers = len(history.config["sizes"])
    assert [s["layer"] for s in swept] == list(reversed(range(layers)))   # every layer, outputs first
    xs, ts = [s["x"] for s in swept], [s["t"] for s in swept]
    assert all(a > b + 0.5 for a, b in zip(xs, xs[1:]))                     # right to left
    assert all(b - a >= 0.8 for a, b in zip(ts, ts[1:]))                    # a layer at a time, seen
    assert line["start_s"] <= ts[0] and ts[-1] <= line["end_s"] + 0.3       # while it is said
    assert ts[-1] - ts[0] >= 2.0


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_roadmap_lights_each_step_as_the_chapter_reaches_it(preset, rendered):
    """s26 ab-k1 r2's one change: a newcomer lost where the close-up was going. Its three steps
    stand in the title's row through the close-up, each lit as its words start: the outputs'
    blame with the gaps, our neuron's blame with 'Our hidden neuron', our dial's tilt with 'Our
    dial again'; the row clear of every other word drawn meanwhile, at a readable size."""
    history, entry = rendered(preset)
    road = entry["shown"]["roadmap"]
    many = history.config["sizes"][-1] > 1
    assert road["steps"] == ["outputs' blame" if many else "the output's blame", "our neuron's blame", "our dial's tilt"]
    starts = {key: next(n["start_s"] for n in entry["narration"] if n["text"].startswith(key))
              for key in ("It starts", "Our hidden neuron", "Our dial again")}
    lit = road["lit"]
    assert [s["step"] for s in lit] == [0, 1, 2]
    for step, key in zip(lit, starts):
        assert starts[key] - 0.2 <= step["t"] <= starts[key] + 1.5, (step, key)
    left, bottom, right, top = road["box"]
    on = [d for d in entry["drawn"] if d["text"] in road["steps"]]
    assert on and min(d["px"] for d in on) >= 14
    # nothing else written in its row while it stands
    until = next(n["start_s"] for n in entry["narration"] if "called backpropagation" in n["text"])
    for d in entry["drawn"]:
        if d["text"] in road["steps"] or not (lit[0]["t"] - 3 <= d["t"] <= until):
            continue
        apart = (d["x"] + d["w"] / 2 < left or d["x"] - d["w"] / 2 > right or
                 d["y"] + d["h"] / 2 < bottom or d["y"] - d["h"] / 2 > top)
        assert apart, d


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_tilt_is_drawn_as_blame_cut_at_the_brightness(preset, rendered):
    """s26 ab-k1 r1's one change (174-177 s): 'its tilt is our neuron's blame times its input's
    brightness' was said, not shown. Our neuron's blame is a bar, and the tilt the blame's bar
    cut at nncore's input's share of it; two bars only, on one scale: each as long as its
    written number (s32 review: a brightness gauge as long as the blame's bar stood beside it,
    0.77 drawn no longer than 0.276); their numbers, written, multiply by hand to the tilt
    written, nncore's gradient for our dial; drawn while the words say it."""
    history, entry = rendered(preset)
    bars = entry["shown"]["product_bars"]
    work = worked(history)
    layer, row, col = work["dial"]
    x = history.split("train")[0][EXAMPLE]
    assert layer == 0 and work["input"] == pytest.approx(x[col])   # a first-layer dial: its input is a pixel
    assert bars["tilt_len"] / bars["blame_len"] == pytest.approx(abs(x[col]), abs=1e-6)
    assert len(entry["shown"]["product_rects"]) == 2   # the blame's bar and the tilt's: no third bar
    assert bars["cut_x"] == pytest.approx(bars["left"] + bars["tilt_len"])
    blame_words, input_words, tilt_words = bars["words"]
    numbers = [re.search(r"[\d.]+$", w).group(0) for w in bars["words"]]
    assert checks_by_hand(numbers[:2], numbers[2])
    # one scale: each bar as long as its quantity, nncore's blame (delta) and tilt (gradient)
    xs, ys = history.split("train")
    one = history.network(STEP).backward(xs[EXAMPLE:EXAMPLE + 1], ys[EXAMPLE:EXAMPLE + 1])
    blame, tilt = float(one.delta[layer][0][row]), float(one.grad_weights[layer][row, col])
    assert bars["tilt_len"] / abs(tilt) == pytest.approx(bars["blame_len"] / abs(blame), rel=1e-6)
    # the tilt: nncore's own gradient for this one example
    xs, ys = history.split("train")
    tilt = history.network(STEP).backward(xs[EXAMPLE:EXAMPLE + 1], ys[EXAMPLE:EXAMPLE + 1]).grad_weights[layer][row, col]
    assert number_of(numbers[2]) == pytest.approx(abs(tilt), abs=0.5 * 10 ** -len(numbers[2].split(".")[-1]))
    assert ("uphill" in tilt_words) == (tilt > 0)
    line = next(n for n in entry["narration"] if n["text"].startswith("Our dial again"))
    said_at = line["start_s"] + line["text"].index("So its tilt is") / len(line["text"]) * (line["end_s"] - line["start_s"])
    assert said_at - 0.5 <= entry["shown"]["product_bars_s"] <= line["end_s"]
    # drawn clear of every other word on screen then (the tiny run's 'inner ring?' stood under
    # the tilt's bar), inside the frame
    screen = entry["shown"]["product_screen"]
    for rect in entry["shown"]["product_rects"]:
        assert -7.1 < rect[0] and rect[2] < 7.1, rect
        for box in screen:
            assert boxes_apart(rect + ["bar"], box, 0.05), box
    own = [b for b in screen if b[4] in bars["words"] and b[0] >= bars["left"] - 0.01]   # (the stub's and
    assert len(own) == 3                                                                  # the blame's, left)
    for b in own:
        for c in screen:
            assert c is b or c[4] in bars["words"] or boxes_apart(b, c, 0.05), (b, c)



# --- session 28, round 2 (blind A/B of round 1: k1-r1, x1-r2) ---

def word_time(line: dict, word: str, after: str = "") -> float:
    """When `word` (the first after `after`) is said in a line, by its share of the line's
    words (captions only: speech paced by the word count)."""
    words = line["text"].split()
    # (the words after the phrase `after` itself, not after its last word's first use)
    start = len(line["text"][:line["text"].index(after) + len(after)].split()) if after else 0
    k = next(i for i in range(start, len(words)) if words[i].strip(",.:") == word)
    return line["start_s"] + (line["end_s"] - line["start_s"]) * k / len(words)


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_output_blame_rule_is_one_large_spoken_step(preset, rendered):
    """s28 round 1 (k1-r1: 'give the output blame rule its own large, slow step'; x1-r2: 'end on
    2 x 0.49 x 0.25 = 0.245, that number is written but never said'): for the biggest gap's
    output, twice its gap, how easily its glow moves and its blame are written large (>= 20 px
    at 480p), each as the narration says its number, from numpy's gap, sigmoid steepness and
    2 x gap x steepness (and nncore's delta); the written factors multiply to the written blame,
    with two decimals where two still do, none with four; they stand >= 1.8 s, before any
    output's blame size is drawn."""
    history, entry = rendered(preset)
    if blame_line_key(history) != "blame_squared":
        pytest.skip("blame is not gap x steepness")
    gap, steep, blame = numpy_outputs(history)
    x, y = history.split("train")
    delta = history.network(STEP).backward(x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1]).delta[-1][0]
    worst = int(np.abs(gap).argmax())
    step = entry["shown"]["rule_step"]
    twice_w, ease_w, blame_w = step["words"]
    assert twice_w.startswith("twice the gap ") and ease_w.startswith("\u00d7 glow moves ")
    assert blame_w.startswith("= blame ")
    g, e, b = (number_of(w.split()[-1]) for w in step["words"])
    places = [len(w.split()[-1].split(".")[-1]) for w in step["words"]]
    assert abs(g - 2 * abs(gap[worst])) <= 0.5 * 10 ** -places[0] + 1e-12
    assert abs(e - steep[worst]) <= 0.5 * 10 ** -places[1] + 1e-12
    assert abs(b - abs(blame[worst])) <= 0.5 * 10 ** -places[2] + 1e-12
    assert abs(b - abs(delta[worst])) <= 0.5 * 10 ** -places[2] + 1e-12
    assert f"{g * e:.{places[2]}f}" == blame_w.split()[-1]
    assert max(places) <= 3
    if f"{round(g, 2) * round(e, 2):.{places[2]}f}" == blame_w.split()[-1]:
        assert places[:2] == [2, 2], step["words"]
    # large, and said: each number in the line, in order, drawn as it is said
    first, px = {}, {}
    for d in entry["drawn"]:   # each text as first drawn (the rule comes back small at our neuron's)
        first.setdefault(d["text"], d["t"])
        px.setdefault(d["text"], d["px"])
    assert all(px[w] >= 20 for w in step["words"]), [px[w] for w in step["words"]]
    line = next(n for n in entry["narration"] if "Its blame is twice its gap" in n["text"])
    rule = line["text"].split("Its blame is twice its gap", 1)[1]
    # said as written, all three, each drawn as it is said (s33 reviews: the ease was left out,
    # and 0.28 said beside 0.278 drawn)
    numbers = [w.split()[-1] for w in step["words"]]
    assert re.findall(r"\d+\.\d+", rule) == numbers, rule
    for w, number in zip(step["words"], numbers):
        assert abs(first[w] - word_time(line, number, after="Its blame is twice its gap")) <= 1.2, w
    # held, words done, before the ten outputs' column
    sizes = entry["shown"]["blame_sizes"]
    sized = min(d["t"] for d in entry["drawn"] if d["text"] in sizes)
    assert sized - first[blame_w] >= 1.8, (sized, first[blame_w])
    assert entry["shown"]["rule_held_until"] - first[blame_w] >= 1.8


# --- session 30 (reviews ab2-b s29: the gathering small and gone at once; 'tilt = blame x
# brightness' a bare rule; the tiny run's '= blame 0.245' seen whole in no frame) ---

@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_small_turn_moves_our_neurons_total_by_its_input(preset, rendered):
    """Both s29 ab2-b reviewers' one change (174-201 s): the tilt as blame times brightness was
    a rule with no reason. Our dial turned up by the opening's small turn, as the nudges before
    it: '+0.1' drawn large as it is said, then our neuron's total's real move, from nncore's
    forward pass with only that dial turned, drawn large and said, before the tilt's product."""
    history, entry = rendered(preset)
    shown = entry["shown"]
    pair, row, col = shown["nudge"]["dial"]
    x, _ = history.split("train")
    i = shown["example"]
    net = history.network(STEP)
    before = net.forward(x[i:i + 1])
    z0, a0 = float(before.z[pair][0][row]), float(before.a[pair][0][col])
    net.weights[pair][row, col] += SMALL_TURN
    rise = float(net.forward(x[i:i + 1]).z[pair][0][row]) - z0
    net.weights[pair][row, col] -= SMALL_TURN
    assert rise == pytest.approx(SMALL_TURN * a0, rel=1e-9, abs=1e-15)
    push_w, rise_w, coming_w = shown["dial_nudge"]["words"]
    assert push_w == f"+{people(SMALL_TURN)}"
    assert coming_w == "total coming in"
    assert rise_w == ("+" if rise >= 0 else "") + written(rise, -2), (rise_w, rise)
    first, px = {}, {}
    for d in entry["drawn"]:   # ('+0.1' is the nudges' push too: as drawn after the turn back)
        if d["t"] >= shown["turned_back_s"] - 0.01:   # (drawn times are rounded to ms)
            first.setdefault(d["text"], d["t"])
            px.setdefault(d["text"], d["px"])
    assert px[push_w] >= 20 and px[rise_w] >= 20, (px[push_w], px[rise_w])
    # said as drawn, in the dial's line, after the turn back and before the product
    line = next(n for n in entry["narration"] if "Turn it back." in n["text"])
    way = "rises" if rise >= 0 else "falls"
    said_rise = spoken(abs(rise), -2)
    # both factors said, the input as written beside it (s33 review: 'say both factors')
    factor = shown["product_bars"]["words"][1].split()[-1]
    said_input = factor.replace("\u2212", "minus ")
    assert re.search(rf"That turn of {people(SMALL_TURN)}: our neuron's total {way} {people(SMALL_TURN)} times "
                     rf"(the brightness|its input), {re.escape(said_input)}: {re.escape(said_rise)}\.", line["text"]), line["text"]
    # the input as written beside it checks the move by hand
    assert written(SMALL_TURN * number_of(factor), -2) == written(rise, -2), factor
    # in the order said: the turn back, the push, the total's move, then the product's bars
    assert shown["turned_back_s"] - 0.01 <= first[push_w] < first[rise_w] <= shown["product_bars_s"]
    assert line["start_s"] <= first[push_w] and shown["product_bars_s"] <= line["end_s"]
    # nothing drawn over another as it stands
    boxes = [b for b in shown["dial_nudge"]["texts"] if b[4].strip()]
    for k, a in enumerate(boxes):
        assert -7.1 <= a[0] and a[2] <= 7.1 and -4.0 <= a[1] and a[3] <= 4.0, a
        for b in boxes[k + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_gathered_blame_and_the_rule_stand_still_once_whole(preset, rendered):
    """s29 ab2-b: the gathered sum stood 0.4 s before its rows went (r1 157 s), and the tiny
    run's '= blame 0.245' was whole in no frame 3 s apart (r1 114-120 s): each stands at least
    2.5 s (the rule) and 1.5 s (the sum, its total at label size) once whole, nothing moving."""
    _, entry = rendered(preset)
    shown = entry["shown"]
    assert shown["rule_held_until"] - shown["rule_step"]["t"] >= 2.5
    if "sum_total" in shown:   # many outputs: rows, stack and total
        assert shown["sum_held_until"] - shown["sum_total"]["t"] >= 1.5
        px = {d["text"]: d["px"] for d in entry["drawn"]}
        assert px[shown["sum_total"]["words"]] >= 18, px[shown["sum_total"]["words"]]   # label size, not small


# --- session 31 (blind reviews s30: the dial's tilt built as 'blame x brightness', never summed) ---

@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_small_turns_whole_sum_is_written_and_agrees_with_the_real_turn(preset, rendered):
    """Digits 196-203 s: '+0.081' stood over the dial and 'blame x brightness' was built, but
    the sum was never finished. In the dial's line, after 'So its tilt is', it is written
    whole: our neuron's total's move (0.1 x its input, from the example) x its blame (nncore's
    delta) = the cost's change, and beside it the change measured by really turning the dial
    by 0.1 (nncore's cost of the example, worked here): the two agree as written, the product
    checks by hand, and it is said as it is drawn."""
    history, entry = rendered(preset)
    work = worked(history)
    x, y = history.split("train")
    net = history.network(STEP)
    layer, row, col = work["dial"]
    cost = net.cost_of(x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1])
    net.layers[layer].weights[row, col] += SMALL_TURN
    real = net.cost_of(x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1]) - cost
    line = next(n for n in entry["narration"] if "Turn it back." in n["text"])
    drawn = [d for d in entry["drawn"] if line["start_s"] <= d["t"] <= line["end_s"] + 0.5]
    first = {}
    for d in drawn:
        first.setdefault(d["text"], d["t"])
    product = [w for w in first if re.fullmatch(r"\+?[0-9.]+ × blame [0-9.]+", w)]
    way = "up" if real > 0 else "down"
    change = [w for w in first if re.fullmatch(rf"= cost {way} [0-9.]+", w)]
    really = [w for w in first if re.fullmatch(rf"as when we really turned it: {way} [0-9.]+", w)]
    assert len(product) == len(change) == len(really) == 1, sorted(first)
    rise_w, blame_w = product[0].split(" × blame ")
    rise, blame, changed, measured = (number_of(w) for w in (rise_w, blame_w, change[0].split()[-1],
                                                              really[0].split()[-1]))
    half = lambda w: 0.5 * 10 ** -len(w.split(".")[-1]) + 1e-12
    assert abs(rise - SMALL_TURN * work["input"]) <= half(rise_w)
    assert abs(blame - abs(work["blame"])) <= half(blame_w)
    places = len(change[0].split(".")[-1])
    assert written(abs(rise * blame), places) == change[0].split()[-1]          # checks by hand
    assert written(abs(real), places) == really[0].split()[-1]                  # the real turn's
    assert changed == measured                                                  # the two agree
    # said as drawn: after the tilt's product, the sum, then the real turn
    said_rise = spoken(abs(rise), -2)
    assert re.search(rf"The cost {'rises' if real > 0 else 'falls'} {re.escape(said_rise)} times its blame, "
                     rf"{re.escape(blame_w)}: {re.escape(really[0].split()[-1])}, as when we really turned it\.",
                     line["text"]), line["text"]
    assert entry["shown"]["product_bars_s"] <= first[product[0]] < first[change[0]] <= first[really[0]]
    assert word_time(line, "The", after="So its tilt") - 0.5 <= first[product[0]]
    # inside the frame, nothing drawn over it
    boxes = [b for b in entry["shown"]["turn_sum"]["texts"] if b[4].strip()]
    ours = [b for b in boxes if b[4] in (product[0], change[0], really[0])]
    assert len(ours) == 3
    for a in ours:
        assert -7.1 <= a[0] and a[2] <= 7.1 and -3.0 <= a[1] and a[3] <= 4.0, a
        for b in boxes:
            assert b is a or not boxes_meet(a, b, 0.0), (a, b)


# --- session 32 (every backprop review of s30-s31: 'what is blame?'; the strips rushed) ---

@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_blame_is_measured_by_pushing_the_outputs_total(preset, rendered):
    """Blame shown by push-and-measure as it is first met: the biggest gap's output's total
    pushed up (its bias, which adds straight into it), the example's cost run again by nncore,
    its change written; the change per push, '0.278 for each 1', is the blame written beside
    that output's arrow and nncore's delta, at the digits written; the push the biggest of
    0.1, 0.01, ... for which that holds (s31: a push of 0.1 wrote 0.0274 beside 0.278)."""
    history, entry = rendered(preset)
    shown = entry["shown"]
    m = shown["push_measure"]
    x, y = history.split("train")
    xi, yi = x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1]
    net = history.network(STEP)
    delta = net.backward(xi, yi).delta[-1][0]
    worst = int(np.abs(net.predict(xi)[0] - yi[0]).argmax())
    assert m["output"] == worst

    def change(push: float) -> float:
        pushed = history.network(STEP)
        pushed.layers[-1].biases[worst] += push
        return pushed.cost_of(xi, yi) - net.cost_of(xi, yi)
    assert m["change"] == pytest.approx(change(m["push"]), rel=1e-9)
    written_change, per, push = m["change_text"], m["per"], m["push_text"]
    places = len(written_change.split(".")[-1])
    assert abs(number_of(written_change) - abs(change(m["push"]))) <= 0.5 * 10 ** -places + 1e-15
    # the change per push, as written, is the blame as written beside its arrow, and nncore's
    shift = round(-np.log10(float(push)))
    assert f"{number_of(written_change) * 10 ** shift:.{places - shift}f}" == per
    outputs = list(shown_indices(len(delta)))
    assert shown["blame_sizes"][outputs.index(worst)] == per
    assert abs(number_of(per) - abs(delta[worst])) <= 0.5 * 10 ** -(places - shift) + 1e-12
    if "rule_step" in shown:
        assert shown["rule_step"]["words"][2].split()[-1] == per
    # the biggest push that agrees: a bigger one's change per push reads otherwise
    for bigger in (0.1, 0.01, 0.001):
        if bigger <= float(push) + 1e-12:
            break
        s = round(-np.log10(bigger))
        c = f"{abs(change(bigger)):.{places - shift + s}f}"
        assert f"{float(c) * 10 ** s:.{places - shift}f}" != per, bigger
    # drawn as said: the push, the cost's change, what blame is, the change per push
    words = m["words"]
    way = "up" if change(m["push"]) > 0 else "down"
    # (the rule's number under them: test_the_push_only_checks_and_the_rule_gets_the_same_number)
    assert words == {"push": f"+{push}", "cost": f"cost {way} {written(abs(change(m['push'])), -2)}",
                     "ratio": f"for a push of {push}", "one": "+1", "each": f"{per} for each 1"}
    line = blame_line(entry)
    said_way = "rise" if way == "up" else "fall"
    # the readout written only, the rate per 1 said as its line writes it (s33 reviews)
    assert f"up a little, by {push}: how much does the cost {said_way}? " \
           f"That {said_way}, per push, is its blame: {per} for each 1." in line["text"]
    assert written_change not in said(entry)
    first = {}
    for d in entry["drawn"]:
        first.setdefault(d["text"], d["t"])
    each = f"{per} for each 1"
    assert line["start_s"] < first[words["push"]] < first[words["cost"]] < first[each] <= m["t"] < line["end_s"]
    # large enough, apart and inside the frame
    px = {d["text"]: d["px"] for d in entry["drawn"]}
    assert min(px[words["push"]], px[words["cost"]], px[each]) >= 18, px
    assert px[words["ratio"]] >= 14, px
    for i, a in enumerate(m["texts"]):
        assert -7.1 < a[0] and a[2] < 7.1 and -4.0 < a[1] and a[3] < 4.0, a
        for b in m["texts"][i + 1:]:
            assert not boxes_meet(a, b), (a[4], b[4])
    # the wire's name ends short of the neuron it runs into (s32 draft: the circle hid its 'n')
    for name in ("total coming in", words["push"]):
        assert next(b[2] for b in m["texts"] if b[4] == name) < m["neuron_left"], name


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_two_strips_get_time_and_a_pause(preset, rendered):
    """s31 reviewers could not follow the two thin strips: the gap shrinks, the smaller square
    is outlined, the strips lit and pulled off, each named by the gap and lit along its length;
    the line ends there and 2 s of quiet (at least) pass before 'so its blame starts from twice
    its gap'."""
    history, entry = rendered(preset)
    if blame_line_key(history) != "blame_squared":
        pytest.skip("no square")
    lines = entry["narration"]
    k = next(i for i, n in enumerate(lines) if "two thin strips" in n["text"])
    assert lines[k]["text"].endswith("each as long as the gap.")
    assert lines[k + 1]["text"].startswith("So its blame starts from twice its gap.")
    assert lines[k + 1]["start_s"] - lines[k]["end_s"] >= 2.0
    shown = entry["shown"]
    assert lines[k]["start_s"] < shown["strips_off_s"] < shown["gap_square"]["t"] <= lines[k]["end_s"] + 1.0
    assert shown["gap_square"]["t"] - shown["strips_off_s"] >= 1.5   # the strips named and lit, one by one


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_measurement_stands_until_as_measured(preset, rendered):
    """s32 review (B, 118-123 s): 'as measured' was said with the measurement gone. It stays,
    made small at the bottom right, '+0.01 -> cost up 0.00278 -> 0.278 for each 1' (the push's
    own words, nncore's numbers as the push test reads them), from the square until the rule's
    'as measured' line has ended; readable, and clear of the rule's words beside it."""
    history, entry = rendered(preset)
    if blame_line_key(history) != "blame_squared":
        pytest.skip("no rule")
    shown = entry["shown"]
    m = shown["push_measure"]
    kept = shown["measure_kept"]
    assert list(kept) == [m["words"]["push"], m["words"]["cost"], f"{m['per']} for each 1"]
    assert m["per"] == shown["rule_step"]["words"][2].split()[-1]   # '= blame 0.278', as measured
    assert min(kept.values()) >= 16, kept
    line = next(n for n in entry["narration"] if n["text"].endswith("as measured."))
    assert shown["gap_square_s"] < shown["rule_step"]["t"] <= line["end_s"] + 1.0
    assert shown["measure_gone_s"] >= line["end_s"]
    boxes = shown["rule_step"]["texts"]
    assert set(kept) <= {b[4] for b in boxes}
    for i, a in enumerate(boxes):
        assert -7.1 < a[0] and a[2] < 7.1 and -4.0 < a[1] and a[3] < 4.0, a
        for b in boxes[i + 1:]:
            assert not boxes_meet(a, b), (a[4], b[4])


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_turns_words_stand_on_an_arrow_pointing_that_way(preset, rendered):
    """s33 review (tiny, 39-45 s): 'turn up' stood on the downhill arrow, which pointed down.
    The words stand on their own arrow along the dial's axis: flat, right for up (the dial's
    values grow to the right), left for down, as nncore's gradient asks."""
    history, entry = rendered(preset)
    grad, _, _ = dial_turned(history, 1.0)
    way = entry["shown"]["way_arrow"]
    assert way["words"] == ("turn down" if grad > 0 else "turn up")
    assert abs(way["rise"]) < 1e-6
    assert (way["to"] > way["from"]) == (grad < 0)


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_wire_dials_are_drawn_over_their_wires(preset, rendered):
    """s33 review (digits 141-153 s, tiny 132-141 s): 'x 0.59' and 'x -1.13' sat under their own
    wires (a wire lit after its label was drawn over it). Each traced label is drawn after
    every wire, in the camera's own order."""
    _, entry = rendered(preset)
    over = entry["shown"]["wire_labels_over"]
    assert over and all(over), over


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_turns_push_goes_once_told(preset, rendered):
    """s33 review (digits 201-219 s): after 'turn it back', '+0.1' stood beside 'our dial
    0.277' to the end. It is written for 'that turn of 0.1' and goes as its move is told:
    gone when the turn's pieces have gone, the dial's name its value before the turn."""
    history, entry = rendered(preset)
    back = entry["shown"]["turned_back"]
    assert back["push_left"] == ""
    assert entry["shown"]["dial_nudge"]["words"][0] == f"+{people(entry['shown']['tilt']['small'])}"


NUMBER = re.compile(r"\d+\.\d+")


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_blame_numbers_are_said_as_written_and_the_rule_multiplies_out(preset, rendered):
    """s33 review of backprop round 2: the voice said 0.28, 0.18, 0.25, 0.99 while the screen
    wrote 0.278, 0.183, 0.245, 0.995, and '1.52, times how easily it moves: 0.28' left out a
    factor (1.52 x 0.18 is not 0.28). Every number said in the push's, the output's nudge and
    rule and our neuron's nudge sentences stands drawn, in the same digits, by the end of its
    sentence; the rule says both factors and the product, 'A times B is C', and they multiply
    to C at C's digits, C being nncore's blame for that output."""
    history, entry = rendered(preset)
    net = history.network(STEP)
    x, y = history.split("train")
    delta = net.backward(x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1]).delta[-1][0]
    worst = entry["shown"]["push_measure"]["output"]
    starts = ("total up a little", "per push, is its blame", "the same tiny push", "Its blame is twice its gap", "Just like the",
              "times how easily its own glow moves", "That turn of", "times its blame")
    checked = products = 0
    for line in entry["narration"]:
        for sentence in re.split(r"(?<=[.!?])\s+", line["text"]):
            if not any(s in sentence for s in starts):
                continue
            drawn = {tok for d in entry["drawn"] if d["t"] <= line["end_s"] for tok in NUMBER.findall(d["text"])}
            for said_number in NUMBER.findall(sentence):
                checked += 1
                assert said_number in drawn, (said_number, sentence, sorted(drawn))
            # every product said with both factors and its result, and it works out as said
            product = re.search(r"(\d+\.\d+),? times \D*?(\d+\.\d+),?(?::| is) \D*?(\d+\.\d+)", sentence)
            # (s34: our neuron's product is drawn in its recipe, no longer read out: only its blame)
            if " times " in sentence and "Just like" not in sentence and "its own glow moves" not in sentence:
                assert product, sentence
                a, b, c = product.groups()
                places = len(c.split(".")[1])
                assert f"{float(a) * float(b):.{places}f}" == c, sentence
                products += 1
            if "Its blame is twice its gap" in sentence:
                assert abs(float(c) - abs(delta[worst])) <= 0.5 * 10 ** -places + 1e-12, (c, delta[worst])
    assert checked >= 8 and products == 3, (checked, products)


# --- session 34 (s33 review: our dial beside a blame of nearly its size; squares too small to see) ---

@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_our_dial_is_written_in_its_wires_colour_not_blames(preset, rendered):
    """s33 review: 'our dial 0.277' stood beside the blame 0.278 and read as one number. The
    dial's name is written in its wire's colour, the legend's colour of a dial's sign (blue
    above zero, red below), never the blame's violet."""
    history, entry = rendered(preset)
    name = entry["shown"]["our_dial_name"]
    sign = {(t.positive if name["value"] >= 0 else t.negative).upper() for t in (theme.DARK, theme.LIGHT)}
    assert name["colour"] == name["wire"] and name["colour"] in sign
    assert name["colour"] not in {t.blame.upper() for t in (theme.DARK, theme.LIGHT)}
    assert name["words"].startswith("our dial ")


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_squares_change_is_written_on_each(preset, rendered):
    """s33 review: 'their squares grow' (0.575 to 0.577) could not be seen on the squares. Each
    named square's change is written beside its name, '+0.002' (signed: 'down 0.002' ran off the edge):
    the difference of its two written areas (nncore's outputs squared), the way the words say;
    drawn during the outputs' words, readable, inside the frame and clear of its row's words."""
    history, entry = rendered(preset)
    shown = entry["shown"]
    rows = shown["turn_drawn"]["rows"]
    grew = shown["turn_drawn"]["grew"]
    if not any(r["name"] for r in rows):
        assert grew == []     # one output: its square is the cost, its change the cost's
        pytest.skip("no named rows")
    work = worked(history)
    tilt = dial_tilt(history, tuple(work["dial"]))
    written_ = shown["turn_drawn"]["written"]
    n = len(rows)
    line = next(x for x in entry["narration"] if "Our dial again" in x["text"])
    for i, r in enumerate(rows):
        before, after = written_[i], written_[n + i].split()[-1]
        places = len(before.split(".")[-1])
        moved = number_of(after) - number_of(before)
        assert grew[i] == f"{'+' if moved > 0 else chr(0x2212)}{written(abs(moved), places)}", (grew[i], before, after)
        assert ("squares grow" in line["text"] or "square grows" in line["text"]) if moved > 0 else True
    px = {d["text"]: d["px"] for d in entry["drawn"]}
    assert min(px[g] for g in grew) >= 14, px
    first = {}
    for d in entry["drawn"]:
        first.setdefault(d["text"], d["t"])
    assert line["start_s"] < min(first[g] for g in grew) and shown["squares_grew_s"] <= line["end_s"]
    boxes = shown["turn_drawn"]["grew_boxes"]
    from scenes.chapters.backprop import RIGHT_EDGE
    for i, a in enumerate(boxes):
        assert -7.1 < a[0] and a[2] <= RIGHT_EDGE + 1e-6, a
        for b in boxes[i + 1:]:
            assert not boxes_meet(a, b), (a[4], b[4])


# --- session 34, round 2 (blind review of round 1) ---

def said_when(line: dict, words: str) -> float:
    """When `words` are reached in a narration line (no voice: time spread over its letters)."""
    text, start, end = line["text"], line["start_s"], line["end_s"]
    return start + text.index(words) / len(text) * (end - start)


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_zoom_is_said_as_it_happens(preset, rendered):
    """s34 review (both, ~57 s): a silent jump to a cut-down picture, and 'brightness 0.81'
    (tiny 'input 0.77') on screen 140 s before it was said. The zoom is a line of its own,
    said as it plays; each piece lit as it is named, our dial's input written as it is said,
    its value the input nncore fed the network."""
    history, entry = rendered(preset)
    line = next(n for n in entry["narration"] if n["text"].startswith("Zoom in:"))
    zoom = entry["shown"]["zoom_said"]
    work = worked(history)
    assert zoom["input"] == pytest.approx(float(work["input"]))
    value = zoom["input_words"].split()[-1]
    assert number_of(value) == number_of(written(work["input"], 2))
    assert value in line["text"]   # the screen's number, said
    named = {"neuron": "our neuron", "outs": "the output", "dial": "our dial", "input": "and its"}
    # (s35 review, digits 57 s: played inside the line, the zoom pushed our dial and its input
    # 1.5 s past their words): the close-up whole as the line starts, each piece up within a
    # second of its words
    assert entry["shown"]["zoom_whole_s"] <= line["start_s"] + 0.01   # (start_s is rounded)
    for key, words in named.items():
        lit = zoom["lit"][key]
        assert said_when(line, words) - 0.3 <= lit <= said_when(line, words) + 1.0, (key, lit, said_when(line, words))
    # named in the order they are lit
    assert [zoom["lit"][k] for k in named] == sorted(zoom["lit"][k] for k in named)
    # the input's words are not on screen before the line says them
    first = min(d["t"] for d in entry["drawn"] if d["text"] == zoom["input_words"])
    assert first >= said_when(line, "and its") - 0.5
    # and the line before it (working backwards) ends before the zoom is said
    before = next(n for n in entry["narration"] if n["text"].startswith("Working backwards"))
    assert before["end_s"] <= line["start_s"]


def test_rates_said_in_words_are_true_to_the_written_value():
    """s34 review (digits: ~25 decimals read out): a rate only read out is said in words, and
    the words hold for the number the screen writes: 'under' only below the fraction, 'over'
    only above it, 'about' within 4%, the fraction's name alone within half a percent."""
    assert in_words("0.25") == "a quarter"
    assert in_words("0.183") == "a little under a fifth"
    assert in_words("0.194") == "about a fifth"
    assert in_words("0.995") == "nearly 1"
    assert in_words("0.278") == "a little over a quarter"
    assert in_words("0.0352") == "0.0352"   # far from every fraction: said as written
    fractions = dict((name, f) for f, name in FRACTIONS)
    for v in np.round(np.linspace(0.08, 1.2, 1121), 3):
        words = in_words(f"{v:.3f}")
        name = words.removeprefix("a little under ").removeprefix("a little over ") \
            .removeprefix("about ").removeprefix("nearly ")
        if name not in fractions:
            assert number_of(words) == pytest.approx(v)
            continue
        f = fractions[name]
        if words.startswith("a little under") or words.startswith("nearly"):
            assert v < f, (v, words)
        elif words.startswith("a little over"):
            assert v > f, (v, words)
        else:
            assert abs(v / f - 1) <= 0.04 + 1e-9, (v, words)


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_read_out_rates_are_words_the_checks_keep_numbers(preset, rendered):
    """The two ease rates only read out are said in words (as the screen's number would be);
    the checks ('as measured', 'as when we really turned it') still say their numbers."""
    history, entry = rendered(preset)
    text = said(entry)
    slope = entry["shown"]["recipe"]["words"][1].split()[-1]   # our neuron's ease, as its recipe writes it
    assert f"its glow moves {in_words(slope)} for each 1." in text
    assert "as measured" in text and "as when we really turned it" in text
    check = next(n["text"] for n in entry["narration"] if "as measured" in n["text"])
    assert re.search(r"\d\.\d+ times \d\.\d+ is \d\.\d+, as measured", check)


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_red_wire_meant_is_named_and_lit(preset, rendered):
    """s34 review (tiny: our dial is red too, so 'a red wire turns the arrow over' could point
    at it): the words name the wire by its output, and that output's wire is the one turned
    over, its dial below zero in nncore's weights."""
    history, entry = rendered(preset)
    work = worked(history)
    outputs = shown_indices(len(work["blame_out"]))
    over = entry["shown"].get("turned_over") or {"wire": entry["shown"]["red_rule"]["turned"][0]}
    k = outputs[over["wire"]]
    assert history.snapshot(STEP).weights[-1][k, work["neuron"]] < 0
    who = "the output" if len(work["blame_out"]) == 1 else f"output {output_names(history)[k]}"
    assert f"The red wire from {who} turns the arrow over" in said(entry)


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_bigger_more_blame_is_said_as_it_is_lit(preset, rendered):
    """s34 review: the key's 'bigger: more blame' was never said: it is lit as it is said."""
    _, entry = rendered(preset)
    line = next(n for n in entry["narration"] if "A bigger arrow: more blame." in n["text"])
    assert said_when(line, "A bigger arrow") - 0.3 <= entry["shown"]["key_longer_s"] <= line["end_s"] + 0.5
    assert any(d["text"] == "bigger: more blame" for d in entry["drawn"])


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_others_line_is_said(preset, rendered):
    """s34 review (digits ~153 s): '+ 7 more: 0.04' was never explained. Where the other
    outputs come down their wires together, the words say how many come with the traced ones
    (s37: their line is no longer written, only their arrows drawn)."""
    history, entry = rendered(preset)
    work = worked(history)
    n = others_count(history, work)
    drawn = [d["text"] for d in entry["drawn"] if d["text"].startswith("+ ") and " more: " in d["text"]]
    assert not drawn
    if n:
        assert f"they add up, with the other {n}:" in said(entry)
    else:
        assert not drawn and "the other" not in said(entry)


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_push_only_checks_and_no_rule_is_named_before_it_is_shown(preset, rendered):
    """s35 review (digits, the push of 0.01): a newcomer took the push for how the network
    learns. While the push is still drawn it is said to be only a check: working backwards gets
    the same number with no push. s36 review: 'say by the rule only after the rule is shown':
    no rule is named, said or written, at the push; the measured number (nncore's delta for the
    pushed output, as written beside its arrow) stands lit while the sentence is said."""
    history, entry = rendered(preset)
    m = entry["shown"]["push_measure"]
    x, y = history.split("train")
    delta = history.network(STEP).backward(x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1]).delta[-1][0]
    places = len(m["per"].split(".")[-1])
    assert abs(number_of(m["per"]) - abs(delta[m["output"]])) <= 0.5 * 10 ** -places + 1e-12   # nncore's
    assert m["per"] == m["blame"]          # the same number as the rule's, beside its arrow
    line = blame_line(entry)
    assert "We push only to check: working backwards gets the same number with no push." in line["text"]
    assert "rule" not in line["text"].split("So its blame starts")[0]
    assert not any("rule" in w for w in drawn_during(entry, line))
    first = {}
    for d in entry["drawn"]:
        first.setdefault(d["text"], d["t"])
    check_at = word_time(line, "We", after="for each 1.")
    end_at = word_time(line, "push", after="the same number with no")
    assert first[f"{m['per']} for each 1"] <= m["t"] < check_at <= m["rule_t"] + 1.5
    # the push and its number still drawn while the sentence is said
    assert entry["shown"]["push_rule_off_s"] >= end_at


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_push_and_the_rise_are_bars_stretched_alike_to_a_push_of_1(preset, rendered):
    """s36 review: 'show amounts as bar and arrow lengths'. The push is a white bar, the cost's
    rise an orange bar on the same scale (as long, for each push, as nncore's rise per push); then
    both stretched alike until the push is 1: the rise becomes a longer violet arrow, as long for
    the 1-bar as the blame written under it, nncore's delta."""
    history, entry = rendered(preset)
    m = entry["shown"]["push_measure"]
    bars = m["bars"]
    x, y = history.split("train")
    xi, yi = x[EXAMPLE:EXAMPLE + 1], y[EXAMPLE:EXAMPLE + 1]
    pushed = history.network(STEP)
    pushed.layers[-1].biases[m["output"]] += m["push"]
    rise = abs(pushed.cost_of(xi, yi) - history.network(STEP).cost_of(xi, yi))
    delta = abs(history.network(STEP).backward(xi, yi).delta[-1][0][m["output"]])
    assert bars["rise"] / bars["push"] == pytest.approx(rise / m["push"], rel=1e-6)
    assert bars["per"] / bars["one"] == pytest.approx(rise / m["push"], rel=1e-6)
    assert bars["per"] / bars["one"] == pytest.approx(delta, rel=0.02)     # the blame, as drawn
    assert bars["one"] > bars["push"] and bars["per"] > bars["rise"]          # stretched: longer
    assert bars["rise"] * 60 >= 6                                           # seen: >= 6 px at 480p


def test_a_target_of_zero_is_a_green_line_at_zero():
    """s35 review (tiny): 'should glow 0' had no picture, its answer bar a 3 px sliver. A target
    of 0 is a green line at zero under the guess bar and the answer's place, thick enough to see
    (>= 4 px at 480p); a target of 1 stays a green bar as tall as the panel."""
    t = theme.current()
    guess, target = np.array([0.76, 0.3]), np.array([0.0, 1.0])
    bars, answers, gaps, _ = error_panel(["a", "b"], guess, target, t, lambda w, size=None: __import__("manim").Text(w),
                                         width=2.0, height=2.0)
    zero, one = answers
    assert zero.height * 60 >= 4 and zero.get_top()[1] > 0 > zero.get_bottom()[1]
    assert zero.get_left()[0] <= gaps[0].get_left()[0] + 1e-9 and zero.get_right()[0] >= bars[0].get_right()[0] + bars[0].width
    assert zero.get_right()[0] < gaps[1].get_left()[0] - 0.05   # apart from the next output's
    assert one.height == pytest.approx(2.0) and one.get_bottom()[1] == pytest.approx(0.0)


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_should_glow_zero_is_drawn_as_it_is_said(preset, rendered):
    """The gaps' panel as drawn: each output's guess bar as tall as nncore's guess, and its
    answer a green bar as tall as its target or, for 0, a green line at zero wider than the
    guess bar and >= 4 px at 480p (the tiny run's 'should glow 0' had nothing to see)."""
    history, entry = rendered(preset)
    shown = entry["shown"]
    x, y = history.split("train")
    guess = history.network(STEP).predict(x[EXAMPLE:EXAMPLE + 1])[0]
    outputs = list(shown_indices(len(guess)))
    bars, marks = shown["guess_bars"], shown["answer_marks"]
    tall = PANEL_SIZE[1]   # the panel's height: a glow of 1
    for k, bar, mark in zip(outputs, bars, marks):
        assert bar[3] - bar[1] == pytest.approx(max(guess[k] * tall, 1e-3), abs=1e-3)
        if y[EXAMPLE][k] == 0:
            assert (mark[3] - mark[1]) * 60 >= 4 and mark[1] < bar[1] < mark[3], (k, mark)
            assert mark[2] - mark[0] >= 2.5 * (bar[2] - bar[0]), (k, mark)
        else:
            assert mark[3] - mark[1] == pytest.approx(y[EXAMPLE][k] * tall, abs=1e-3)


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_every_text_stays_inside_the_frame_as_it_is_lit(preset, rendered):
    """s35 review (tiny, 144 s): the traced row, lit in one group with its wire far right of it,
    grew about the group's middle past the frame's left edge and stood cut there, though before
    and after it stood inside. Every text an Indicate grows stays inside the frame at its peak."""
    history, entry = rendered(preset)
    half_w, half_h = 16 / 9 * 4.0, 4.0
    lit = entry["lit"]
    out = [(d["text"], d["t"], d["x"], d["w"]) for d in lit
           if abs(d["x"]) + d["w"] / 2 > half_w + 0.01 or abs(d["y"]) + d["h"] / 2 > half_h + 0.01]
    assert not out, out


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_push_shows_one_number_per_idea(preset, rendered):
    """s35 review (digits 78-99 s, tiny 81-96 s): 'cost 2.6893 -> 2.6921, cost up 0.00278,
    0.00278 for 0.01, 0.278 for each 1' and the rule's 0.278 stood bright all at once; s36: 'at
    most one rounded number on screen at a time'. The push alone first; then the rise, rounded,
    'for a push of 0.01'; then the blame per 1, the rise and its push dimmed. No cost is written
    before and after, no sum of the readouts."""
    history, entry = rendered(preset)
    m = entry["shown"]["push_measure"]
    words = m["words"]
    cost, ratio, each = words["cost"], words["ratio"], words["each"]
    stages = [set(s["bright"]) for s in m["stages"]]
    times = [s["t"] for s in m["stages"]]
    assert times == sorted(times)
    pushed, risen, measured, checked = stages
    assert words["push"] in pushed and not {cost, ratio, each} & pushed
    assert {cost, ratio} <= risen and each not in risen
    for stage in (measured, checked):
        assert each in stage and not {cost, ratio} & stage
    # one bright number besides the push (and the 1 it is stretched to)
    for stage in (risen, measured, checked):
        numbers = [w for w in stage if re.match(r"\d|cost", w)]
        assert len(numbers) == 1, numbers
    # two significant digits: the rise per push then reads as the blame beside it (review s36:
    # "cost up 0.003 for a push of 0.01" beside "0.278 for each 1" did not add up)
    assert len(m["rise_text"].replace("0.", "").lstrip("0")) == 2
    assert abs(number_of(m["rise_text"]) / float(m["push_text"]) - number_of(m["blame"])) <= 0.01, (m["rise_text"], m["blame"])


# --- session 37 (review: digits 135-189 s, the tiny sums and the ten sizes) ---

@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_one_large_arrow_is_followed_back_and_stacked(preset, rendered):
    """No written products ('0.278 x 0.59 = 0.16', '+ 7 more') and no column of sizes while our
    neuron gathers: each traced output's arrow, drawn large on the stack's one scale, is as long
    as its blame at its output, as long as blame x dial on its wire (turned over only on a red
    wire, after its dial sized it), lands that size in the stack, and the stack adds up to what
    comes back to our neuron: nncore's own deltas and dials."""
    from scenes.chapters.backprop import MIN_ARROW, example_pass
    history, entry = rendered(preset)
    shown = entry["shown"]
    followed, flows = shown["followed"], shown["flows"]
    unit, outputs = followed["unit"], flows["outputs"]
    blame = example_pass(history).delta[-1][0]
    dials = history.snapshot(STEP).weights[-1][outputs, flows["neuron"]]

    def size(value: float) -> float:
        return max(MIN_ARROW, abs(value) * unit)
    assert [a["output"] for a in followed["arrows"]] == flows["order"]
    for a in followed["arrows"]:
        n = a["output"]
        k = outputs[n]
        assert a["large"]["height"] == pytest.approx(size(blame[k]), rel=0.03)
        assert a["large"]["up"] == (way_of(blame[k]) > 0)
        assert a["scaled"]["height"] == pytest.approx(size(blame[k] * dials[n]), rel=0.03)
        assert a["scaled"]["up"] == a["large"]["up"]
        assert a["landed"]["up"] == (way_of(blame[k] * dials[n]) > 0)
        assert a["landed"]["height"] == pytest.approx(a["scaled"]["height"], rel=0.03)
    # large: longer than the output's own arrow beside its name
    assert followed["arrows"][0]["large"]["height"] > 1.4 * max(r["height"] for r in shown["blame_arrows"])
    # the stack, head to tail, adds up to what comes back: the sum of blame x dial over the outputs
    back = float(blame[outputs] @ dials)
    stack = followed["stack"]
    signed = sum((1 if p["up"] else -1) * p["height"] for p in stack) / unit
    assert signed == pytest.approx(-back, abs=0.006 + MIN_ARROW * len(stack) / unit)
    assert followed["total"]["height"] == pytest.approx(size(back), rel=0.03)
    assert followed["total"]["up"] == (way_of(back) > 0)
    # and no sums written: no row's '=', no '+ 7 more', no output's size
    words = followed["words"]
    assert not [w for w in words if "=" in w or re.fullmatch(r"\+ \d+ more: .*", w)], words
    assert not [w for w in words if re.fullmatch(r"[\u2212-]?\d+\.\d+", w)], words
