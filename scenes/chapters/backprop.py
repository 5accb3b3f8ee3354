"""Backpropagation, in the order a newcomer needs it: first what we want for every dial, its
tilt, shown by turning one dial; then how working backwards gets every tilt at once, on one
hidden neuron with the real numbers written out; it ends at that dial's tilt, why it is uphill,
and which way to turn the dial (averaging over examples, piles and steps are training's).

Everything shown is read from the history at snapshot step 0 (the random start):

- `dial_tilt`: the worked dial (the forward chapter's first drawn input into its neuron, or
  the most blamed neuron's when that one's tilt would need more than two decimals: `worked`)
  turned up by `TURN`: this example's cost (nncore's) before and after, drawn as an orange
  curve of the cost against that dial, and its tilt there (nncore's gradient) as a tangent;
  our neuron's glow before and after the turn;
- `worked_blame` (scenes/kit/readings.py): for training example `EXAMPLE`, each output's
  gap (guess minus answer, orange as the cost chapter drew it) and blame (nncore's delta),
  drawn, in a close-up of the last two layers, as big violet arrows (`blame_arrow`), thicker
  for more blame, pointing the way the output should move, each with its size beside it once
  its rule is shown (the biggest gap's with 'gap x 2 x steepness', then the others: no number
  before the viewer can know where it comes from; no sign: a blame's way is its arrow's, here
  and wherever a blame is written); why twice the gap: the cost
  chapter's square on the gap with a slightly longer side (two strips as long as the gap);
  the biggest gap's output on its real squashing curve (`output_spot`), its steepness shown
  there first (a nudge to its total, the smaller nudge it gives its glow, '0.183 as much':
  `nudge_steps`), then 'gap x 2 x steepness = blame' under it; the hidden neuron gathers from every drawn output (the three biggest
  one at a time) a violet stream as wide as it flows, with "that output's blame x outgoing
  dial = sent back" written beside the three biggest (16 px; the other outputs' numbers go) and
  the others in one line, the red row told with its rule ('a red dial turns the arrow around':
  the blame's arrow turns over as it crosses), added up on
  one bar under our neuron, times its steepness (shown first on its own curve, as the
  output's) = its blame; one dial into it, whose
  tilt = blame x brightness is nncore's own gradient for the example, drawn as
  arrow x pixel = tilt (a short slope, as the tangent), beside a real blank pixel's = no
  nudge; why uphill (`why_words`, `why_chain`): the dial turned up on the network, our
  neuron's real glow after, its blame's way, and the cost before and after; the tilt (for a
  tiny turn) against the whole turn's change, both written (`rough_lines`); and the turn
  arrow against the tilt; then every dial's turn arrow, from the outputs back to the inputs
  (`tilt_wave`). Each number is drawn once, beside its picture (`chain_numbers`).

    manim -ql scenes/chapters/backprop.py Backprop      # with NN_EXPLAINER_HISTORY=out/history.json
"""
from __future__ import annotations

import numpy as np
from manim import (AnimationGroup, there_and_back, DOWN, LEFT, ORIGIN, RIGHT, UP, Triangle, Arrow, Create, GrowArrow, DashedLine, Dot, FadeIn, FadeOut, Indicate, LaggedStart, Line,
                   ShowPassingFlash, SurroundingRectangle,
                   Circle, Mobject, Rectangle, ReplacementTransform, Square, Transform,
                   TransformFromCopy, ValueTracker, VGroup, VMobject, always_redraw)

from nncore.history import History
from nncore.network import Pass
from scenes.kit import theme
from scenes.kit.chapter import Chapter
from scenes.kit.legend import turn_arrow, turn_legend
from scenes.kit import numbers as kit_numbers
from scenes.kit.network_diagram import NetworkDiagram, shown_indices
from scenes.kit.pictures import example_picture
# the example's picture and words are the forward chapter's too: the story follows one example
from scenes.screen import mark
from scenes.kit.readings import (EXAMPLE, STEP, class_of, example_words, input_kind, label_of,
                                 output_names, slope_of, squashed, story_blame as worked)

PICTURE_SIZE = 1.4  # the example's picture, as big as the forward chapter draws it
DIAGRAM_SIZE = (6.4, 5.0)      # narrower than the other chapters': the worked column needs 4.7 units
DIAGRAM_AT = (-1.7, -0.15, 0)
COLUMN_X = 2.35                 # left edge of the worked column, right of the output labels
TICK_STEP = 0.05                # the cost axis's ticks
TILT_BOX = (3.6, 2.6)           # the cost-against-one-dial picture: width and height
TILT_AT = (2.9, -1.7, 0)        # its bottom left corner, right of the outputs
Weight = tuple[int, int, int]     # (layer pair, row, col)


# --- the numbers (no manim) ---

def example_pass(history: History, index: int = EXAMPLE, step: int = STEP) -> Pass:
    """Forward and backward pass of one training example at `step` (gradients of its own cost)."""
    x, y = history.split("train")
    return history.network(step).backward(x[index:index + 1], y[index:index + 1])


def people(value: float) -> str:
    """A number as people read it: 0.69, 1, 0."""
    return f"{value:.2f}".rstrip("0").rstrip(".") if abs(value - round(value)) > 5e-3 else str(round(value))


TURN = 1.0   # how far the worked dial is turned up to show its tilt: a whole unit, as the dials read


def dial_tilt(history: History, dial: Weight, turn: float = TURN, index: int = EXAMPLE,
              step: int = STEP) -> dict:
    """One dial's tilt, shown by turning it: this example's cost (nncore's) with the dial at
    its value, turned up by `turn`, and along a curve of values around it; and the tilt
    itself, the cost's slope there (nncore's own gradient for the example: what backprop gets
    without turning anything)."""
    x, y = history.split("train")
    xi, yi = x[index:index + 1], y[index:index + 1]
    net = history.network(step)
    layer, row, col = dial
    value = float(net.layers[layer].weights[row, col])
    xs = np.linspace(value - 1.5 * turn, value + 1.5 * turn, 41)   # the turn a third of the chart: room for its words

    def cost_at(v: float) -> float:
        net.layers[layer].weights[row, col] = v
        return float(net.cost_of(xi, yi))
    costs = np.array([cost_at(v) for v in xs])
    before, turned = cost_at(value), cost_at(value + turn)
    glow_turned = float(net.backward(xi, yi).a[layer + 1][0][row])   # our neuron, the dial turned
    net.layers[layer].weights[row, col] = value
    one = net.backward(xi, yi)
    return {"dial": value, "turned": value + turn, "turn": turn, "cost": before, "cost_turned": turned,
            "tilt": float(one.grad_weights[layer][row, col]), "xs": xs, "costs": costs,
            "glow": float(one.a[layer + 1][0][row]), "glow_turned": glow_turned}


def chain_numbers(history: History, work: dict, tilt: dict) -> dict:
    """The chain's numbers, each as written where it is drawn, so every product checks by hand
    from the one before it: the biggest gap's output, its gap x 2 x its curve's slope = its
    blame (the cost squares the gap: twice; where blame is not that, its blame alone), x the
    dial to our neuron = what it sends back (the table's digits), all the outputs' added up,
    x our neuron's slope = its blame, x the dial's input = the tilt; and the tilt measured by
    turning the dial (the two costs as written, subtracted), with our neuron's glow before and
    after that turn. Each is drawn once, beside its picture (a reviewer saw them twice: in
    the panels and again in a strip of 10 px text along the bottom)."""
    worst = int(np.abs(work["misses"]).argmax())
    flows = sent_back(history, work)
    b_places, d_places = table_places(history, work)
    sent_places = chain_places(work, flows)[0]
    dial = float(history.snapshot(STEP).weights[-1][worst, work["neuron"]])
    spot = output_spot(history, worst)
    row = pass_row(history, work, worst, times=2.0) if spot is not None else None
    change, cost_places = measured(tilt)
    places = agreeing([work["blame"], work["input"]], work["nudge"], tilt_decimals(work["nudge"]))
    return {"output": worst, "name": output_names(history)[worst],
            "gap": row["gap"] if row else written(work["misses"][worst], -3),
            "slope_out": row["part"] if row else None,
            "blame_out": written(work["blame_out"][worst], b_places),
            "dial": written(dial, d_places),
            "sent": written(work["blame_out"][worst] * dial, sent_places),
            "total": sent_back_column(work, flows)[1], "many": len(work["blame_out"]) > 1,
            "slope": written(work["slope"], slope_places(history, work)),
            "blame": written(work["blame"], blame_places(work)),
            "input": written(work["input"], places),
            "tilt": written(work["nudge"], tilt_decimals(work["nudge"])),
            "turn": people(tilt["turn"]), "measured": written(change, cost_places),
            "cost": written(tilt["cost"], cost_places), "cost_turned": written(tilt["cost_turned"], cost_places),
            "glow": written(tilt["glow"], 2), "glow_turned": written(tilt["glow_turned"], 2),
            "bends": bool(bend_words(tilt))}


def why_words(work: dict, tilt: dict) -> dict[str, str]:
    """Why the tilt is uphill (or downhill), in three short pieces said as they are drawn: turning
    the dial up makes our neuron glow more (or less: the real glow after the turn), its blame
    asks for the other way (or the same), so the cost goes up (or down). A reviewer saw a 'glow
    less' arrow times a bright square become an uphill tilt, and was never told why. Nothing
    when the dial does nothing here (a zero blame or input)."""
    if not work["blame"] or not work["input"] or tilt["glow_turned"] == tilt["glow"]:
        return {"why_dial": "", "why_glow": "", "why_cost": ""}
    glow = "more" if tilt["glow_turned"] > tilt["glow"] else "less"
    wants = "less" if work["blame"] > 0 else "more"
    agree = glow == wants
    hill = "uphill" if work["nudge"] > 0 else "downhill"
    return {"why_dial": f"Why {hill}? Turning this dial up makes our neuron glow {glow},",
            "why_glow": f"{'and' if agree else 'but'} its blame says glow {wants},",
            "why_cost": f"so the cost goes {'down' if agree else 'up'}."}


def flat_words(history: History, work: dict, worst: int) -> str:
    """Why a smaller gap can get more blame than the biggest, in one phrase, when one does among
    the drawn outputs: the biggest gap's output sits where its curve is flatter (a reviewer
    saw outputs 4 and 7 get thicker arrows than output 2, unexplained)."""
    blame = np.abs(work["blame_out"])
    names = output_names(history)
    more = [names[k] for k in shown_indices(len(blame)) if blame[k] > blame[worst]]
    if not more:
        return ""
    guess = float(work["misses"][worst] + history.split("train")[1][EXAMPLE][worst])
    where = "up" if guess > 0.5 else "down"
    who = more[0] if len(more) == 1 else ", ".join(more[:-1]) + " and " + more[-1]
    return (f"; the curve is flatter {where} where output {names[worst]} is, so output{'s' if len(more) > 1 else ''} {who} "
            f"get{'' if len(more) > 1 else 's'} more")


def out_ease(history: History, work: dict, worst: int) -> str:
    """The biggest gap's output's steepness as written under its curve ('0.183'), for the words
    that show it on the curve first; nothing where blame is not 2 x gap x steepness."""
    if output_spot(history, worst) is None:
        return ""
    return pass_row(history, work, worst, times=2.0)["part"]


DIAL_PLACES = 3   # the turned dial's decimals at most: a dial near zero read 'dial 0.99837' in the tiny run


def tilt_places(tilt: dict) -> tuple[int, int]:
    """Decimals for the turned dial (three significant digits, at most three decimals: a whole
    turn of 1 still checks, -0.002 -> 0.998) and for the cost (enough to tell before and
    after the turn apart)."""
    return min(sig(tilt["dial"], CHAIN), DIAL_PLACES), apart(tilt["cost"], tilt["cost_turned"])


# --- pictures ---

def picture_of(history: History, index: int, size: float, text) -> Mobject:
    """The example as the forward chapter pictures it; its label when it has no picture."""
    picture = example_picture(history, index, PICTURE_SIZE)
    if picture is None:
        return text(label_of(history, index), size="small")
    return picture.scale(size / PICTURE_SIZE)   # built full size: its dots and ring shrink too


def error_panel(names: list[str], guess: np.ndarray, target: np.ndarray, theme, text,
                width: float = 3.2, height: float = 2.4) -> VGroup:
    """Per output, left to right: a faint bar up to what it said, a tick where it should be,
    and an arrow between them (as long as the gap; orange, as the cost chapter drew the gaps).

    Submobjects: [bars, ticks, arrows, labels]; the bottom left corner sits at the origin.
    """
    n = len(names)
    column = min(0.5, width / n)
    bars, ticks, arrows, labels = VGroup(), VGroup(), VGroup(), VGroup()
    for k, (name, said, truth) in enumerate(zip(names, guess, target)):
        x = (k + 0.5) * column
        # the bar left, its gap's arrow right beside it (orange over bright yellow hardly showed)
        bars.add(Rectangle(width=0.5 * column, height=max(said * height, 1e-3), stroke_width=0,
                           fill_color=theme.neuron_fill, fill_opacity=0.9)
                 .move_to([x - 0.13 * column, max(said, 0) * height / 2, 0]))
        ticks.add(Line([x - 0.42 * column, truth * height, 0], [x + 0.42 * column, truth * height, 0],
                       color=theme.right, stroke_width=7))
        up = truth >= said
        end = said + (1 if up else -1) * max(abs(truth - said), 0.01)   # an arrow needs a length
        arrows.add(Arrow([x + 0.27 * column, said * height, 0], [x + 0.27 * column, end * height, 0], buff=0,
                         color=theme.cost, stroke_width=5,
                         tip_length=min(0.2, 0.6 * column), max_tip_length_to_length_ratio=0.4,
                         max_stroke_width_to_length_ratio=20))
        label = text(name, size="small")
        if label.width > 0.95 * column and n > 1:
            label.scale_to_fit_width(0.95 * column)
        labels.add(label.move_to([x, -0.25, 0]))
    return VGroup(bars, ticks, arrows, labels)


def output_spot(history: History, worst: int) -> dict | None:
    """The biggest gap's output on its squashing curve: its total coming in, its gap and blame,
    and how easily it still moves. None when blame is not gap x steepness (softmax, or a cost
    other than squared error)."""
    activation = history.config["activations"][-1]
    if history.config["cost"] != "squared_error" or activation == "softmax":
        return None
    work = worked(history)
    z = float(example_pass(history).z[-1][0][worst])
    return {"activation": activation, "z": z, "gap": float(work["misses"][worst]),
            "blame": float(work["blame_out"][worst]), "slope": float(slope_of(activation, z))}


def pass_row(history: History, work: dict, k: int, times: float = 1.0) -> dict:
    """Output `k`'s blame as its gap, `times` (2: the cost squares the gap), times the part it
    passes on, written so it checks by hand: gap x 2 x slope = blame (the blame with the
    sent-back table's digits; the gap and the part with the fewest digits, two first, that
    multiply to it). The part is nncore's own blame over (times x the gap): with times 2, the
    output's squashing curve's slope there, as our hidden neuron's (less near a flat end)."""
    gap, blame = float(work["misses"][k]), float(work["blame_out"][k])
    places = output_blame_places(history, work)
    want = written(blame, places)
    part = blame / gap / times if gap else 0.0
    pairs = sorted(((g, d) for g in range(2, 6) for d in range(2, 6)), key=lambda p: (p[0] + p[1], p[0]))
    for g, d in pairs:
        gap_w, part_w = written(gap, -g), written(part, -d)
        if written(number_of(gap_w) * times * number_of(part_w), places) == want:
            return {"output": k, "gap": gap_w, "part": part_w, "blame": want}
    return {"output": k, "gap": written(gap, -6), "part": written(part, -6), "blame": want}


def blame_line_key(history: History) -> str:
    """The script line for how gaps become blame: just the gap (softmax with cross-entropy),
    twice the gap times the squashing curve's slope (squared error on a squashed output: drawn
    with the square and the curve), or another cost's blame, said without a why."""
    if history.config["cost"] == "cross_entropy" and history.config["activations"][-1] == "softmax":
        return "blame_equal"
    worst = int(np.abs(worked(history)["misses"]).argmax())
    return "blame_squared" if output_spot(history, worst) is not None else "blame_scaled"


def figure(value: float) -> str:
    """A worked number with two significant digits, never in e-notation: -0.076, 0.88, 1.2."""
    if value == 0:
        return "0"
    digits = max(0, 1 - int(np.floor(np.log10(abs(value)))))
    text = f"{value:.{min(digits, 6)}f}"
    return "0" if float(text) == 0 else text


def written(value: float, places: int) -> str:
    """`value` with `places` decimals (or -places significant digits): a rounded zero is "0"."""
    return kit_numbers.written(value, sig(value, places), plain_zero="rounded")


def spoken(value: float, places: int) -> str:
    """`value` as the narration reads it: 'minus 0.307'."""
    text = f"{abs(value):.{sig(value, places)}f}"
    return f"minus {text}" if value < 0 and float(text) else text


CHAIN = -3   # the dial's value gets three significant digits (more if its turn needs them)


def sig(value: float, places: int) -> int:
    """Decimals for `value`: `places` itself when >= 0, else -places significant digits."""
    if places >= 0:
        return places
    if value == 0:
        return 2
    return max(2, min(6, -places - 1 - int(np.floor(np.log10(abs(value))))))


def agreeing(factors: list[float], result: float, result_places: int = -2, times: float = 1.0,
             clear: bool = False) -> int:
    """Significant digits (as a negative `places`) for the factors of a written product, the
    fewest from two up, so the written factors multiplied give the written result: a
    reviewer multiplied '0.035 x 0.81' and got 0.028, not the 0.029 drawn. `clear`: the
    product must sit well inside the result's rounding (0.021 x 1.5 = 0.0315 is not plainly 0.032)."""
    want = written(result, result_places)
    unit = 10.0 ** -sig(number_of(want) or result, result_places)
    for digits in range(2, 6):
        product = times * float(np.prod([number_of(written(f, -digits)) for f in factors]))
        if written(product, result_places) == want and (not clear or abs(product - number_of(want)) < 0.4 * unit):
            return -digits
    return -6


def apart(before: float, after: float, least: int = 2) -> int:
    """Decimals (at least `least`) that tell `before` and `after` apart, up to six."""
    for places in range(least, 6):
        if round(before, places) != round(after, places):
            return places
    return 6


def blank_input(history: History, work: dict) -> int | None:
    """A drawn input into our neuron that is exactly zero in the example (a blank pixel):
    its dial's nudge is zero. None when every drawn input there is lit."""
    layer = work["dial"][0]
    x, _ = history.split("train")
    inputs = example_pass(history).a[layer][0] if layer else x[EXAMPLE]
    zero = [i for i in shown_indices(len(inputs)) if inputs[i] == 0]
    return zero[0] if zero else None


ALL_TILTS = 24   # a layer pair with this many drawn dials or fewer gets a turn arrow on each


def tilt_wave(history: History, diagram: NetworkDiagram, skip: Weight | None = None) -> list[list[tuple]]:
    """For the ending's wave, per layer pair: every drawn dial (a small network's), or into each
    drawn neuron of the next layer its drawn dial with the biggest tilt for the example (nncore's
    gradient; none that is 0), as (layer pair, row, col, tilt); `skip`, the worked dial, has its
    own glyph already."""
    grads = example_pass(history).grad_weights
    wave = []
    for pair in range(len(diagram.sizes) - 1):
        into = {row: [c for c in diagram.shown_indices(pair) if diagram.edge_line(pair, row, c) is not None]
                for row in diagram.shown_indices(pair + 1)}
        every = sum(len(cols) for cols in into.values()) <= ALL_TILTS
        picked = [(pair, row, col, float(grads[pair][row, col])) for row, cols in into.items()
                  for col in (cols if every else [max(cols, key=lambda c: abs(grads[pair][row, c]))] if cols else [])
                  if grads[pair][row, col] and (pair, row, col) != skip]
        wave.append(picked)
    return wave


def red_words(history: History, work: dict) -> str:
    """The sign flip, said only when a drawn dial from our neuron to the outputs is red
    (negative): the tiny network's one output dial is blue, and the words named a red dial
    that was not there."""
    pair = len(history.config["sizes"]) - 2
    dials = history.snapshot(STEP).weights[pair][:, work["neuron"]]
    if not (dials[shown_indices(len(dials))] < 0).any():
        return ""
    k = red_row(history, work)
    if k is None:
        return "A red dial flips the sign."
    # one red dial told concretely (a reviewer fell off at 'a red dial flips the sign'): our
    # neuron glowing more pushes that output down, which it wants (or not)
    output = shown_indices(len(work["blame_out"]))[k]
    wants = work["blame_out"][output] > 0
    # one output: 'the output' (the tiny run said "Output inner ring?'s dial is red")
    one = len(work["blame_out"]) == 1
    name = output_names(history)[output]
    whose, whom = ("The output's", "the output") if one else (f"Output {name}'s", f"output {name}")
    # the rule in words first (review 8: 'down 0.223 x -0.44 = up 0.10' looked wrong)
    return (f"{whose} dial is red, and a red dial turns the arrow around: our neuron glowing more pushes {whom} down, "
            + ("which it wants, so this part says glow more." if wants else
               "which it does not want, so this part says glow less."))


def red_row(history: History, work: dict) -> int | None:
    """The written row (drawn position) with a red dial that sends back the most, if any."""
    flows = sent_back(history, work)
    dials = history.snapshot(STEP).weights[-1][shown_indices(len(work["blame_out"])), work["neuron"]]
    red = [k for k in table_rows(work, flows) if dials[k] < 0]
    return max(red, key=lambda k: abs(flows[k])) if red else None


def sent_back(history: History, work: dict) -> np.ndarray:
    """What each drawn output sends back to our neuron: its blame times the dial between them."""
    outputs = shown_indices(len(work["blame_out"]))
    return work["blame_out"][outputs] * history.snapshot(STEP).weights[-1][outputs, work["neuron"]]


SENT_PLACES = 2   # what each output sends back, and their total: two decimals, more only if the sums need it
N_ROWS = 3   # the sent-back table's rows written out: the biggest; the others go in one line


def biggest_rows(flows: np.ndarray, n: int = N_ROWS) -> list[int]:
    """Positions (in drawn order) of the `n` drawn outputs that send back the most either way:
    a reviewer found ten rows of products too dense to follow."""
    return sorted(int(k) for k in np.argsort(-np.abs(flows), kind="stable")[:n])


def table_rows(work: dict, flows: np.ndarray) -> list[int]:
    """The sent-back table's written rows (drawn positions): the biggest, and the drawn output
    whose blame most wants it to glow more (the right answer's), so the one upward push is seen
    sent back (a reviewer found output 0 folded into 'the other 7 together')."""
    rows = biggest_rows(flows)
    blames = work["blame_out"][shown_indices(len(work["blame_out"]))]
    up = int(np.argmin(blames))
    if blames[up] < 0 and up not in rows:
        rows = sorted(rows + [up])
    return rows


def sent_back_column(work: dict, flows: np.ndarray) -> tuple[list[str], str]:
    """The sent-back column as written: the biggest rows, the others' line, and the total.
    The others' line is what the written rows leave of the written total, so the column adds
    up when checked by hand (it is within one unit of its last place of the exact remainder)."""
    places = chain_places(work, flows)[0]
    rows = [written(f, places) for f in flows[table_rows(work, flows)]]
    total = written(work["total"], places)
    rest = round(number_of(total) - sum(number_of(r) for r in rows), places)
    return rows + [written(rest, places)], total


def size_of(text: str) -> str:
    """A written number's size, its sign dropped: a blame's way is its arrow's."""
    return text.replace("\u2212", "")


def way_text(value: float, places: int) -> str:
    """A blame as a line of the manifest reads it: its arrow's way and its size ('\u21930.16')."""
    text = written(abs(value), places)
    arrow = {1: "\u2191", -1: "\u2193"}.get(way_of(value), "") if text != "0" else ""
    return arrow + text


def number_of(text: str) -> float:
    """A written number back as a float (its minus sign is the real one)."""
    return float(text.replace("\u2212", "-"))


def tilt_decimals(value: float) -> int:
    """Decimals for a tilt written as a worked number: two (0.03), or two significant digits
    when two decimals would hide it (0.0026)."""
    return 2 if abs(value) >= 0.01 else -2


def blame_places(work: dict) -> int:
    """Significant digits (a negative `places`) for our neuron's blame, the same wherever it
    is written: under the sent-back column and in the dial's tilt (a reviewer saw 0.035 become
    0.0352 between the two); the fewest that give the tilt as written (two decimals)."""
    return min(-2, agreeing([work["blame"], work["input"]], work["nudge"], tilt_decimals(work["nudge"])))


def chain_places(work: dict, flows: np.ndarray) -> tuple[int, int]:
    """Decimals for the sent-back column and its total, and significant digits (a negative
    `places`) for how easily the neuron moves, so the written total times the written slope
    gives the written blame (0.1814 x 0.194 = 0.0352; 0.181 x 0.194 is 0.0351): the fewest."""
    want = written(work["blame"], blame_places(work))
    big = flows[table_rows(work, flows)]
    for places in range(SENT_PLACES, 7):
        total = number_of(written(work["total"], places))
        rest = total - sum(number_of(written(f, places)) for f in big)
        if abs(rest - (work["total"] - big.sum())) > 10 ** -places:   # the others' line would not be true
            continue
        for digits in range(2, 6):
            if written(total * number_of(written(work["slope"], -digits)), blame_places(work)) == want:
                return places, -digits
    return SENT_PLACES, -6


def slope_places(history: History, work: dict) -> int:
    """Significant digits (a negative `places`) for how easily the neuron moves, so the written
    total times it gives the written blame."""
    return chain_places(work, sent_back(history, work))[1]


def row_places(blames: np.ndarray, dials: np.ndarray, flows: np.ndarray, places: int) -> tuple[int, int]:
    """Significant digits (negative `places`) for the sent-back table's blame column and dial
    column, the fewest (two decimals first) so every written row multiplies to its written
    product: a reviewer checked 0.17 x -0.29 = -0.049 against the -0.051 written, and the
    newest review asked for two decimals where they still check (0.278 x 0.59 = 0.16)."""
    pairs = sorted(((b, d) for b in range(2, 7) for d in range(2, 7)), key=lambda p: (p[0] + p[1], p[1]))
    for b_digits, d_digits in pairs:
        if all(written(number_of(written(b, -b_digits)) * number_of(written(d, -d_digits)), places)
               == written(f, places) for b, d, f in zip(blames, dials, flows)):
            return -b_digits, -d_digits
    return -6, -6


def table_places(history: History, work: dict) -> tuple[int, int]:
    """The sent-back table's blame and dial digits, for the digits diagram's drawn outputs."""
    flows = sent_back(history, work)
    outputs = shown_indices(len(work["blame_out"]))
    big = table_rows(work, flows)
    dials = history.snapshot(STEP).weights[-1][outputs, work["neuron"]]
    return row_places(work["blame_out"][[outputs[k] for k in big]], dials[big], flows[big],
                      chain_places(work, flows)[0])


def output_blame_places(history: History, work: dict) -> int:
    """An output's blame is written with the table's blame digits wherever it is written."""
    return table_places(history, work)[0]


def bend_words(tilt: dict) -> str:
    """Why a whole turn of the dial changed the cost by other than its tilt: the curve bends
    (a reviewer saw 2.69 -> 2.71 for a turn of 1, then a tilt of 0.029)."""
    change, straight = tilt["cost_turned"] - tilt["cost"], tilt["tilt"] * tilt["turn"]
    if np.sign(change) != np.sign(straight) or abs(change - straight) < 0.05 * abs(straight):
        return ""
    way = "less" if abs(change) < abs(straight) else "more"
    return f": the curve bends, so a whole turn of {people(tilt['turn'])} changed the cost a little {way}"


def measured(tilt: dict) -> tuple[float, int]:
    """The change in cost measured by turning the dial, as the two costs are written (2.71 -
    2.69 = 0.02, checking by hand), and its decimals."""
    places = tilt_places(tilt)[1]
    return number_of(written(tilt["cost_turned"], places)) - number_of(written(tilt["cost"], places)), places


def same_words(tilt: dict) -> str:
    """The worked tilt against the one measured by turning the dial at the start, as they are
    drawn (tilt 0.03, and the cost up 0.02 for a whole turn): when they differ, the worked one
    is the exact tilt here and the turn measured it roughly; the numbers drawn, not said."""
    bend = bend_words(tilt)
    if not bend:
        return "It is the tilt we measured by turning the dial."
    # one meaning for 'tilt' (a reviewer read 'the rise is its tilt', then a tilt of 0.03): the
    # worked tilt is the exact slope here, the turn only measured it roughly
    # why they differ, said plainly (review 8: 0.02 against 0.03 read as a 40 % error)
    return f"This tilt is for a tiny turn; the curve bends, so a whole turn measured {'less' if 'less' in bend else 'more'}."


def under(row: VGroup, above: VGroup) -> None:
    """Each glyph and operator of a picture sum's `row` straight under its own in `above`."""
    for mine, theirs in zip(row, above):
        for m, o in zip(mine, theirs):
            m.set_x(o.get_x())


def way_of(blame: float) -> int:
    """The way a neuron should move to lower the cost: against its blame (nncore's delta,
    the cost's slope at its input): +1 up, -1 down, 0 when it does not matter."""
    return int(-np.sign(blame))


def blame_arrow(way: int, height: float, share: float, slim: bool = False) -> VGroup:
    """A violet blame arrow, up or down (the way a neuron should move), as thick as its share
    of the biggest blame: thicker is more to blame. `slim`: a short arrow among many (the whole
    network's: thick stems on 17 px arrows read as blobs). Parts: [stem, tip]."""
    t = theme.current()
    a = float(np.clip(share, 0.0, 1.0))
    tip_w = (0.15 + 0.08 * a) if slim else (0.16 + 0.2 * a)
    tip = Triangle(color=t.blame, fill_opacity=1.0, stroke_width=0).stretch_to_fit_width(tip_w) \
        .stretch_to_fit_height(min(0.45 * height, 0.9 * tip_w) if slim else min(0.4 * height, 0.8 * tip_w))
    stem = Line(DOWN * height / 2, UP * (height / 2 - 0.9 * tip.height), color=t.blame,
                stroke_width=(3.5 + 5.0 * a) if slim else (2.5 + 11.0 * a))
    tip.move_to(UP * (height / 2 - tip.height / 2))
    arrow = VGroup(stem, tip)
    return arrow if way >= 0 else arrow.rotate(np.pi, about_point=ORIGIN)


# the close-up of the last two layers (our hidden neuron and the outputs)
CLOSE_HIDDEN = (-5.6, 0.0, 0)
CLOSE_OUT_X = -2.0
CLOSE_TOP, CLOSE_GAP = 2.05, 0.4   # the first output's height, and the outputs' spacing (under the key, over the bar)
CLOSE_ARROW_X = -1.15               # the outputs' blame arrows, right of their names
PANEL_X = 2.75                       # the gaps' panel, right of the close-up
PANEL_SIZE = (4.6, 2.7)
STACK_W = 2.4                        # the sent-back pieces' bar at its longest, under our neuron
STACK_LEFT, STACK_Y = -6.7, -1.75     # its left end and height, under the neuron's name

SQUARE_SIDE, SQUARE_AT = 1.5, (0.5, -1.3, 0)   # the square on the gap: its side, and its bottom left corner
FLAT_BOX = (4.4, 2.2)            # the outputs' squashing curve right of the close-up: width and height
FLAT_AT = (1.3, -0.5, 0)         # its bottom left corner, where the gaps' panel stood
CURVE_LOWEST = 1.6               # a squashing curve's least height: a sigmoid at one unit a unit stood 0.9 high
NUDGE_RUN = 1.5                  # the steepness picture's nudge along the total: 90 px, its glow's 0.183 of it 16 px

RIGHT_EDGE = 6.8           # text stays left of this (the frame ends at 7.1)

ALONG = (0.3, 0.5, 0.7)   # where the ending's turn arrows stand along their wires, in turn
WAY_ARROW = 0.24     # a way arrow's least height: 14 px at 480p (8 units are 480 px)


# --- the chapter ---

class Backprop(Chapter):
    pause_after_section = 1.2   # a breath after each line; the next one's clearing and setting up
    # play before its words (review: words ran 3 s ahead of the picture), adding to the quiet
    name, title = "backprop", "Backpropagation"

    def facts(self) -> dict[str, object]:
        h = self.history
        _, y = h.split("train")
        truth = y[EXAMPLE]
        work = worked(h)
        misses = work["misses"]
        worst = int(np.abs(misses).argmax())
        image = input_kind(h) == "image"
        tilt = dial_tilt(h, tuple(work["dial"]))
        many = len(misses) > 1
        flat = flat_words(h, work, worst)
        return {**super().facts(),
                # 'layer by layer' only where there are layers to go through (a reviewer saw one
                # hidden layer's rings appear at once under 'layer by layer')
                "gather_words": ("Every hidden neuron gathers its blame this way, at the same time."
                                 if len(h.config["sizes"]) == 3 else
                                 "Every neuron gathers its blame this way, layer by layer, from the outputs back."),
                "example": example_words(h, class_of(truth)),
                "worst_name": output_names(h)[worst],
                "worst_guess": people(truth[worst] + misses[worst]),
                "worst_target": people(truth[worst]), "worst_miss": figure(misses[worst]),
                "ease": spoken(work["slope"], slope_places(h, work)),
                # the blame spoken as written (a reviewer heard 0.194 as the blame)
                "blame_said": spoken(abs(work["blame"]), blame_places(work)),
                # one output: no 'each gap', 'each output', 'added up' (the tiny run's review)
                "gap_becomes": "Each gap becomes" if many else "The gap becomes",
                "each_output": "each output" if many else "the output",
                "sum_words": "Added up, it all comes back." if many
                else "That is all the blame that comes back.",
                # the way in plain words, no sign to fight ('its blame is plus and its arrow
                # points down' made plus mean down, said the review)
                # (review k: 'above zero, drawn as a down arrow' asked a newcomer to hold a sign
                # against its arrow): the arrow's way in the key's words, and its size beside it
                "worst_way_words": f"{f'Output {output_names(h)[worst]}' if many else 'The output'} said too "
                                   + ("much, so its blame says glow less." if misses[worst] > 0 else
                                      "little, so its blame says glow more."),
                "same_words": same_words(tilt),
                # the other outputs' blames come after the rule, 'the same way' (review 8); why
                # some get more after its own bookmark, so the curve's spot is lit as it is said
                "rest_words": (f"Every output's blame comes the same way{';' if flat else '.'}" if many else ""),
                "flatter_words": flat[2:] + "." if flat else "",   # flat is '; the curve is flatter ...'
                # the output's steepness, said as it is drawn on its curve (review: 0.183 was
                # first met inside a product)
                "out_ease": out_ease(h, work, worst),
                **why_words(work, tilt),
                # (session 15: 'a bright square passes the blame on' cut, the product says it)
                "times_words": "how bright that square is" if image else "that input's value",
                # said only where a blank input is drawn beside it (the tiny run said 'a zero passes
                # on nothing' over no zero)
                "nothing_words": "" if blank_input(h, work) is None else
                (": a blank one passes on nothing" if image else ": a zero passes on nothing"),
                "nudge_way": "up" if work["nudge"] < 0 else "down",
                "tilt_hill_cap": "Downhill" if work["nudge"] < 0 else "Uphill",
                "turn": people(tilt["turn"]), "red_words": red_words(h, work),
                "tilt_cost_from": spoken(tilt["cost"], tilt_places(tilt)[1]),
                "tilt_cost_to": spoken(tilt["cost_turned"], tilt_places(tilt)[1]),
                "tilt_way": "rises" if tilt["cost_turned"] > tilt["cost"] else "falls",
                # said as the run did (the tiny run's cost fell, and the words said 'That rise')
                "tilt_change": "That rise" if tilt["cost_turned"] > tilt["cost"] else "That fall",
                "tilt_hill": "uphill" if tilt["tilt"] > 0 else "downhill",
                # a fall against 'how much the cost rises' (the tiny run's review: a contradiction)
                "fall_words": "" if tilt["cost_turned"] > tilt["cost"] else "; a fall makes it a downhill tilt",
                "which_neuron": ("the hidden neuron we followed in the forward pass" if work["follows_forward"]
                                 else "this hidden neuron"),   # ringed as it is said (blame is not yet taught)
                "which_dial": ("the one from this square" if image else "the one from the input the forward pass multiplied first")
                if work["first_input"] else ("the one from the square that sends it the most" if image
                                             else "the one from the input that sends it the most")}

    def construct(self) -> None:
        h, t = self.history, self.theme
        snap = h.snapshot(STEP)
        work = worked(h)
        dial = tuple(work["dial"])
        tilt = dial_tilt(h, dial)

        diagram = NetworkDiagram(snap.weights, snap.biases, labels=output_names(h),
                                 width=DIAGRAM_SIZE[0], height=DIAGRAM_SIZE[1]).move_to(DIAGRAM_AT)
        pairs = len(diagram.sizes) - 1
        # the network stands with the title from the first frame (drawn in from nothing, the
        # first frames were the title alone under the words: "blank", said every review)
        self.add(diagram)
        self.title_text = self.show_title()
        with self.say("intro") as tracker:
            # something moves from the first frame (a reviewer saw 12 s of a still network): the
            # forward pass runs through once, as the cost came from it
            self.play(LaggedStart(*(diagram.pulse_layer(i) for i in range(pairs)), lag_ratio=0.7), run_time=1.6)
            dials = self.text("{n} dials", size="small", color=self.theme.text,
                              facts={"n": sum(w.size for w in snap.weights)}).next_to(diagram, RIGHT, buff=0.4)
            ways = VGroup(turn_arrow(+1, 0.3), turn_arrow(-1, 0.3)).arrange(DOWN, buff=0.1).next_to(dials, RIGHT, buff=0.2)
            self.play(FadeIn(dials, scale=1.6), run_time=1.0)
            self.wait_until_bookmark("which")
            # which dials: every one lights in turn; and which way: up or down
            self.play(LaggedStart(*(diagram.pulse_layer(i, color=t.focus) for i in range(pairs)), lag_ratio=0.5),
                      Indicate(dials, color=t.text), run_time=1.6)
            self.play(FadeIn(ways[0], shift=0.2 * UP), FadeIn(ways[1], shift=0.2 * DOWN), run_time=0.8)

        # --- first, what we want for every dial: its tilt, shown on one dial by turning it ---
        picture = picture_of(h, EXAMPLE, PICTURE_SIZE, self.text)
        picture.next_to(diagram, LEFT, buff=0.3)
        if picture.width > 1.6:   # a label, not a picture: keep it inside the frame
            picture.scale_to_fit_width(1.6).next_to(diagram, LEFT, buff=0.3)
        out_layer = len(diagram.sizes) - 1
        neuron = diagram.neuron_at(out_layer - 1, work["neuron"])
        pixel = self.pixel_mark(picture, dial[2])
        plot = self.tilt_plot(tilt)
        places = tilt_places(tilt)
        x_train = h.split("train")[0]
        unlit = [x_train[EXAMPLE]] + [np.zeros(n) for n in diagram.sizes[1:]]   # only the inputs: the pixels
        self.play(FadeIn(picture), diagram.light_up(unlit), FadeOut(dials), FadeOut(ways), run_time=0.6)
        with self.say("tilt") as tracker:
            dial_edge = self.dial_line(diagram, dial, tilt["dial"])
            number = self.dial_number(dial_edge, tilt["dial"], places[0])
            # each drawn as it is named (6 s stood still under 'into the hidden neuron ...')
            self.wait_before(tracker, "dial", 0.3)
            self.play(Create(dial_edge), FadeIn(pixel), FadeIn(number), run_time=1.0)
            self.wait_before(tracker, "neuron", 0.2)
            self.play(neuron.animate.set_stroke(t.focus, width=4), run_time=0.5)
            self.play(Indicate(neuron, color=t.focus, scale_factor=1.4), run_time=0.8)
            self.play(FadeIn(plot["axes"]), FadeIn(plot["names"]), Create(plot["curve"]), FadeIn(plot["dot"]),
                      FadeIn(plot["readout"][0]), run_time=1.2)
            self.wait_until_bookmark("turn")
            dial_edge, number = self.play_turn(diagram, dial, dial_edge, number, plot, tilt, places)
            self.play(Create(plot["rise"][:2]), FadeIn(plot["rise"][2:]), run_time=0.8)
            # the tilt is on screen before its word (a reviewer heard 'tilt' before the line came),
            # and the word is written beside it as it is said (it was first written at 117 s)
            self.play(Create(plot["tangent"]), run_time=0.8)
            self.wait_until_bookmark("tilt")
            self.play(FadeIn(plot["word"]), Indicate(plot["tangent"], color=t.text), run_time=0.8)
            # every word and number on the chart now, where it stands (they must not overlap)
            self.show(tilt_texts=self.text_boxes(VGroup(*plot.values())))
            # 'how much the cost rises for each 1 the dial turns': the rise, then the turn, lit
            # as they are said (the chart stood still here for 9 s)
            self.wait_until_bookmark("per")
            self.play(Indicate(plot["rise"][3], color=t.cost), Indicate(plot["rise"][1], color=t.cost), run_time=0.9)
            self.play(Indicate(plot["rise"][2], color=t.text), Indicate(plot["rise"][0], color=t.text), run_time=0.9)
            # 'here, uphill': the tangent lit as it is said (the chart stood still to the line's end)
            self.wait_before(tracker, "hill", 0.2)
            self.play(Indicate(VGroup(plot["tangent"], plot["word"]), color=t.focus, scale_factor=1.1), run_time=1.0)
            # the picture before its words: the arrow runs downhill at the end of this line,
            # standing through the beat before 'so this dial should turn down' (it came 3 s late)
            self.wait(tracker.get_remaining_duration() + 0.1)   # past the line's last frame
            # the turn undone as the arrow comes: the dial is back at its real value, so 'turn
            # down' starts from it (review 9: 'dial 1.277' stood under 'so this dial should turn down')
            back_edge = self.dial_line(diagram, dial, tilt["dial"])
            back_number = self.dial_number(back_edge, tilt["dial"], places[0])
            # the turn's marks go with it (the tiny run's chart was a knot of numbers under this line)
            turned_marks = VGroup(plot["rise"], plot["readout"][1], plot["turned"])
            self.play(GrowArrow(plot["downhill"][0]), FadeIn(plot["downhill"][1]), Transform(dial_edge, back_edge),
                      FadeOut(number), FadeIn(back_number), FadeOut(turned_marks), run_time=0.8)
            self.show(downhill_texts=self.text_boxes(VGroup(*plot.values())))
            number = back_number
        with self.say("downhill") as tracker:
            self.play(Indicate(plot["downhill"][1], color=t.focus), run_time=0.8)
        self.show(tilt={k: v for k, v in tilt.items() if k not in ("xs", "costs")})

        guess = work["misses"] + h.split("train")[1][EXAMPLE]
        worst = int(np.abs(work["misses"]).argmax())
        outgoing = diagram.shown_indices(out_layer)
        dials_out = snap.weights[out_layer - 1][outgoing, work["neuron"]]
        flows = work["blame_out"][outgoing] * dials_out
        close = self.closeup(diagram, out_layer, work["neuron"], outgoing, dials_out)
        self.arrow_x = close["arrow_x"]
        self.show(our_neuron={"neuron": work["neuron"], "glow": work["value"]})
        panel = self.error_panel(h, guess)
        panel.move_to([PANEL_X, -0.2, 0])
        miss_words = self.miss_words(panel, worst, guess[worst], work["misses"][worst])
        # the whole network's labels go with it as it grows (a second, faded set of 0-9 labels
        # and a ghost digit stood beside the close-up's); cleared before the words
        standing = VGroup(*(m for k, m in plot.items() if k not in ("rise", "readout", "turned")), plot["readout"][0])
        self.play(FadeOut(standing), FadeOut(dial_edge), FadeOut(number), FadeOut(pixel),
                  FadeOut(picture), neuron.animate.set_stroke(t.text, width=2), run_time=0.5)
        with self.say("errors_many" if len(guess) > 1 else "errors_one") as tracker:
            # 'working backwards', drawn as it is said (the words came over a fade): violet runs
            # back from the outputs to the inputs, under a long arrow pointing back
            back = Arrow(diagram.get_corner(DOWN + RIGHT) + 0.3 * DOWN, diagram.get_corner(DOWN + LEFT) + 0.3 * DOWN,
                         buff=0, color=t.blame, stroke_width=6, max_tip_length_to_length_ratio=0.05)
            self.play(GrowArrow(back), LaggedStart(*(diagram.pulse_layer(i, reverse=True, color=t.blame)
                                                     for i in reversed(range(pairs))), lag_ratio=0.6), run_time=1.6)
            self.show(backwards={"from": float(back.get_start()[0]), "to": float(back.get_end()[0])})
            # zoom: the last two layers, our neuron and its ten wires, grow to fill the left
            self.play_zoom(diagram, back, close, out_layer, work["neuron"], outgoing, inward=True)
            # whole as 'it starts from the gaps' starts (it was caught fading in)
            self.wait_before(tracker, "gaps", 0.6)
            self.play(FadeIn(panel[0]), FadeIn(panel[3]), FadeIn(panel[1]), run_time=0.6)
            self.play(LaggedStart(*(Create(a) for a in panel[2]), lag_ratio=0.15), run_time=1.2)
            self.wait_until_bookmark("miss")
            self.play(FadeIn(miss_words), run_time=0.6)
        self.show(step=work["step"], example=EXAMPLE, output_errors=-work["misses"], misses=work["misses"])

        out_arrows = self.closeup_arrows(close, work["blame_out"][outgoing])
        sizes = self.blame_sizes(close, work, outgoing)
        legend = self.blame_key()
        numbers = chain_numbers(h, work, tilt)
        self.show(chain=numbers)
        key = blame_line_key(h)
        # no blame's number before its rule (review 8: the ten numbers stood 20 s before 'twice
        # the gap x steepness'): the arrows come from the gaps (their way read off the gaps),
        # the biggest gap's number with its rule, then the others, 'the same way'
        at = outgoing.index(worst) if worst in outgoing else None
        first = VGroup(sizes[at]) if at is not None and key == "blame_squared" else VGroup()
        rest = VGroup(*(z for z in sizes if z not in first))
        # the arrows first, with the key that says what blame is, in place as the words start
        # (they came over the line's first second): each gap hands on to its blame arrow
        self.play(FadeIn(legend),
                  LaggedStart(*(TransformFromCopy(a, r) for a, r in zip(panel[2], out_arrows)), lag_ratio=0.05),
                  run_time=1.0)
        with self.say(key) as tracker:
            # 'how much, and which way' lit as said: the thick arrows and the key's words (7 s
            # stood still under the definition)
            self.wait_before(tracker, "much", 0.2)
            self.play(Indicate(legend[1][4], color=t.blame), Indicate(out_arrows, color=t.blame, scale_factor=1.1),
                      run_time=0.9)
            self.wait_before(tracker, "way", 0.2)
            self.play(Indicate(legend[1][:4], color=t.blame), run_time=0.9)
            self.wait_until_bookmark("worst")
            if at is not None:
                self.play(Indicate(out_arrows[at], color=t.blame, scale_factor=1.3), run_time=1.0)
            leaving = VGroup(panel, miss_words)
            if key != "blame_squared":   # the rule is this line ('just its gap'): the numbers with it
                self.play(LaggedStart(*(FadeIn(z, shift=0.1 * RIGHT) for z in sizes), lag_ratio=0.08), run_time=0.8)
            if key == "blame_squared":
                # why twice the gap, drawn (a reviewer met 'twice its gap' as a bare claim): the
                # cost chapter's square on the gap, its side a little longer: two strips, each
                # as long as the gap, and a tiny corner
                self.wait_before(tracker, "square", 0.6)
                square = self.square_picture(abs(float(work["misses"][worst])))
                # one after the other: crossfaded, the square stood over the fading bars
                self.play(FadeOut(leaving), run_time=0.3)
                self.play(FadeIn(square["square"]), FadeIn(square["side"]), run_time=0.4)
                self.play(FadeIn(square["strips"]), FadeIn(square["corner"]), FadeIn(square["words"]), run_time=1.0)
                self.play(Indicate(square["strips"], color=t.text, scale_factor=1.05), run_time=1.0)
                # then the outputs' real squashing curve, the biggest gap's output on it, and its
                # steepness shown as it is said (a nudge to its total, the smaller nudge to its
                # glow, '0.183 as much'), before the sum under it uses it: gap x 2 x steepness =
                # blame; its number beside its arrow as the line comes
                self.wait_before(tracker, "curve", 0.8)
                row = pass_row(h, work, worst, times=2.0)
                more = [n for n, k in enumerate(outgoing)
                        if abs(work["blame_out"][k]) > abs(work["blame_out"][worst])]
                # the outputs that get more blame are drawn on the curve too, lower down where it
                # is steeper, as they are named (review 11: only output 2's spot was there)
                flat = self.flat_picture(h, [worst], numbers["slope_out"],
                                         more=[outgoing[n] for n in more] if flat_words(h, work, worst) else [])
                line = self.output_blame_line(numbers)
                # on two lines, right of the outputs' blame numbers (on one, at 16 px numbers,
                # 'gap 0.76' ran into output 8's)
                line[2:].next_to(line[:2], DOWN, buff=0.15).align_to(line[:2], LEFT)
                line.next_to(flat["names"][1], DOWN, buff=0.3)
                line.shift(max(0.0, max(z.get_right()[0] for z in sizes) + 0.3 - line.get_left()[0]) * RIGHT)
                self.show(pass_rows=[{**row, "z": float(example_pass(h).z[-1][0][worst])}])
                self.play(FadeOut(VGroup(*square.values())), run_time=0.3)
                self.play(Create(flat["axes"]), Create(flat["curve"]), FadeIn(flat["names"]), run_time=0.8)
                self.play(FadeIn(flat["spots"]), run_time=0.5)
                self.play_nudge(tracker, flat["nudge"])
                self.show(output_nudge=self.nudge_record(flat["nudge"]))
                self.wait_before(tracker, "times", 0.5)
                self.play(FadeIn(line[:2]), run_time=0.5)
                self.play(FadeIn(line[2:]), FadeIn(first, shift=0.1 * RIGHT), run_time=0.6)
                self.show(rest_said_at=float(self.renderer.time + tracker.time_until_bookmark("rest")))
                # 'every output's blame comes the same way': the others' numbers, then 'the curve
                # is flatter up where output 2 is' (its spot lit), 'so outputs 4 and 7 get more',
                # lit as they are named (review k could not find output 7's)
                if len(rest):
                    self.wait_before(tracker, "rest", 0.6)
                    self.play(LaggedStart(*(FadeIn(z, shift=0.1 * RIGHT) for z in rest), lag_ratio=0.08), run_time=0.9)
                if more and flat_words(h, work, worst):
                    self.wait_before(tracker, "flatter", 0.2)
                    self.play(Indicate(flat["spots"][0], color=t.focus, scale_factor=1.4), run_time=1.0)
                    self.wait(max(tracker.get_remaining_duration() - 2.6, 0.1))
                    self.play(FadeIn(flat["more"], scale=1.5), run_time=0.6)
                    self.play(*(Indicate(sizes[n], color=t.focus, scale_factor=1.4) for n in more),
                              Indicate(flat["more"], color=t.focus, scale_factor=1.2), run_time=1.2)
                    self.show(more_blame=[output_names(h)[outgoing[n]] for n in more],
                              more_spots=self.spot_record(flat))
                leaving = VGroup(*flat.values(), line)
        self.show(blame_out=work["blame_out"], blame_arrows=self.arrow_record(out_arrows, work["blame_out"][outgoing]),
                  blame_sizes=[z.text for z in sizes])

        table = self.sent_back_table(close, sizes, outgoing, work, dials_out, flows)
        # only the rows the sums go on from keep their numbers (review 8: ten rows of small
        # violet numbers at once); the others' arrows stay, their numbers go into one line
        unread = VGroup(*(z for z, r in zip(sizes, table["rows"]) if not len(r)))
        # cleared before the words (they named our hidden neuron over the fading curve)
        self.play(FadeOut(leaving), FadeOut(unread), close["ours"].animate.set_stroke(t.focus, width=5),
                  run_time=0.6)
        with self.say("gather") as tracker:
            self.show(sizes_kept=[z.text for z, r in zip(sizes, table["rows"]) if len(r)])
            self.wait_until_bookmark("flow")
            # what each output sends back runs back along its wire to our neuron, as thick as its
            # blame times the dial between them (a flash that leaves no arrowheads piled at the
            # neuron), its sum written beside that output, and added onto one violet bar under
            # our neuron
            self.play(FadeIn(table["head"]), FadeIn(table["stack_head"]), run_time=0.5)
            k = red_row(h, work)
            look, rule = VGroup(), VGroup()
            if k is not None:   # the red row the words tell: a white box on it and its output
                look = SurroundingRectangle(VGroup(table["rows"][k], close["outs"][k]), color=t.focus,
                                            stroke_width=2, buff=0.08)
                # the sign rule, once, in words and glyphs where it is first used (review 8:
                # 'down 0.223 x -0.44 = up 0.10' looked wrong)
                rule = VGroup(self.text("a red dial turns", size="label", color=t.text),
                              self.text("the arrow around", size="label", color=t.text)) \
                    .arrange(DOWN, aligned_edge=LEFT, buff=0.1).next_to(look, RIGHT, buff=0.2)
                if rule.get_right()[0] > RIGHT_EDGE:   # a long row (the tiny run's): under its box
                    rule.next_to(look, DOWN, buff=0.15).align_to(look, RIGHT)

            def at_red() -> None:
                # on screen before its words (a label caught dim as it was said, every review)
                self.wait_before(tracker, "red", 0.6)
                self.play(Create(look), FadeIn(rule), Indicate(close["wires"][k], color=t.negative), run_time=0.5)
                self.show(red_rule={"dial": float(dials_out[k]), "right": float(rule.get_right()[0]),
                                    "clear": bool(rule.get_left()[0] >= look.get_right()[0]
                                                  or rule.get_top()[1] <= look.get_bottom()[1]),
                                    "said_at": float(self.renderer.time + tracker.time_until_bookmark("red"))})
            streams, bar, so_far = self.play_flows(close, flows, table, out_arrows, red=k,
                                                   at_red=at_red if k is not None else None)
            if k is None:
                self.wait_until_bookmark("red")
                if len(table["red"]):
                    self.play(*(Indicate(r, color=t.negative) for r in table["red"]), run_time=1.0)
            else:
                # '... which it wants, so this part says glow more': its blame's arrow, then what
                # its row sends back, lit as said (7 s of a still table under these words)
                if tracker.time_until_bookmark("sum") > 3.5:
                    self.play(Indicate(VGroup(close["outs"][k], out_arrows[k]), color=t.blame), run_time=0.9)
                    self.wait_before(tracker, "sum", 1.6)
                    self.play(Indicate(table["rows"][k][3], color=t.blame, scale_factor=1.3), run_time=0.9)
                self.wait_before(tracker, "sum", 0.4)
                self.play(FadeOut(look), FadeOut(rule), run_time=0.4)
            self.wait_until_bookmark("sum")
            # the sum so far becomes the result, boxed (look here)
            box = SurroundingRectangle(table["total"], color=t.focus, stroke_width=2, buff=0.1)
            self.play(FadeOut(so_far), FadeIn(table["total"]), Create(box),
                      Indicate(bar, color=t.blame, scale_factor=1.05), run_time=0.8)
        self.show(flows={"neuron": work["neuron"], "outputs": list(outgoing), "sent": flows,
                         "dials": dials_out, "total": work["total"], "written": sent_back_column(work, flows),
                         "rows": table["row_words"], "bar": bar.width / table["scale"],
                         "arrows": [a.get_stroke_width() for a in streams]})

        own = blame_arrow(way_of(work["blame"]), 0.9, 1.0).next_to(close["ours"], LEFT, buff=0.15)
        slope_line = self.slope_line(numbers).next_to(table["total"], DOWN, buff=0.3).align_to(table["stack_head"], LEFT)
        ours_curve = self.curve_picture(work["activation"], [work["z"]], [""], mark("our neuron's squashing curve"),
                                        numbers["slope"])
        # the rows are summed: they go before the words, and our neuron's own curve stands where
        # they stood (review: 0.194 was first met as a factor, never shown on a curve)
        self.play(FadeOut(VGroup(table["head"], table["rows"], table["others"])), run_time=0.5)
        with self.say("slope") as tracker:
            self.play(Create(ours_curve["axes"]), Create(ours_curve["curve"]), FadeIn(ours_curve["names"]),
                      run_time=0.8)
            self.play(FadeIn(ours_curve["spots"]), Indicate(close["ours"], color=t.focus), run_time=0.6)
            self.play_nudge(tracker, ours_curve["nudge"])
            self.show(hidden_nudge=self.nudge_record(ours_curve["nudge"]))
            # times its own curve's steepness: written under the total, piece by piece, and our
            # neuron's blame becomes its arrow
            self.wait_before(tracker, "times", 0.4)
            self.play(FadeIn(slope_line[0]), Indicate(ours_curve["nudge"][3], color=t.neuron_fill), run_time=0.6)
            # grown in place (morphed from the bar, it swept a box over 'our neuron / glow 0.74')
            self.play(FadeIn(slope_line[1:]), FadeIn(own, shift=0.3 * UP * way_of(work["blame"])),
                      run_time=1.0)
            self.play(Indicate(own, color=t.blame), run_time=0.8)
        self.show(slope={k: work[k] for k in ("neuron", "activation", "z", "slope", "blame")})

        one = example_pass(h)
        name = self.text("backpropagation", color=t.blame).move_to([COLUMN_X + 2.2, 0.3, 0])
        veil = Rectangle(width=diagram.width + 0.4, height=diagram.height + 0.4, stroke_width=0,
                         fill_color=t.background, fill_opacity=0.6).move_to(diagram)   # 0.75 read as a dimmed, near-empty frame
        # the close-up goes and the whole network is back before the words (they said 'every
        # hidden neuron' over the close-up for 2.5 s)
        self.play(FadeOut(VGroup(legend, bar, slope_line, box, *ours_curve.values(),
                                 *(table[k] for k in ("total", "stack_head")))),
                  run_time=0.5)
        # zoom back out: the close-up shrinks into the whole network
        self.play_zoom(diagram, VGroup(), close, out_layer, work["neuron"], outgoing, inward=False,
                       also=VGroup(out_arrows, sizes, own))
        # the wires under a veil, so every neuron's arrow reads (they were violet blobs)
        self.play(FadeIn(veil), run_time=0.4)
        with self.say("flow") as tracker:
            hidden_rings = self.play_blame_flow(diagram, one.delta, tracker.duration / 2)
            self.wait_until_bookmark("called")
            self.play(FadeIn(name, scale=1.3), run_time=0.8)
        self.show(blame=[d[0] for d in one.delta])
        ring = self.arrows(diagram, out_layer - 1, one.delta[out_layer - 2][0], only=work["neuron"])

        picture.next_to(diagram, LEFT, buff=0.3)
        dial_edge = self.dial_line(diagram, dial, tilt["dial"])
        pixel = self.pixel_mark(picture, dial[2])
        sum_picture = self.nudge_picture(work)
        blank = blank_input(h, work)
        blank_row = VGroup() if blank is None else self.blank_picture(sum_picture, work["blame"])
        blank_pixel = VGroup() if blank is None else self.pixel_mark(picture, blank, self.theme.muted)
        glyph = turn_arrow(-np.sign(work["nudge"]) or 1, 0.3).move_to(dial_edge.point_from_proportion(0.55) + 0.3 * UP)
        turn_key = turn_legend(up_words=mark("turn this dial up"), down_words=mark("turn this dial down"))
        turn_key.to_corner(UP + RIGHT, buff=0.35).shift(0.85 * DOWN)
        why = why_words(work, tilt)
        chain = self.why_chain(numbers, work).next_to(blank_row if len(blank_row) else sum_picture, DOWN,
                                                             buff=0.35).align_to(sum_picture, LEFT)
        rough = self.rough_lines(numbers, tilt)
        # one slot right of the outputs' names: each line takes the one before's place (review
        # 11: six lines of small text piled up there), shrunk only if it cannot fit
        left = max(m.get_right()[0] for m in diagram.output_labels) + 0.2 if len(diagram.output_labels) \
            else chain.get_left()[0]
        for part in [*chain, rough]:
            if len(part):
                if part.width > RIGHT_EDGE - 0.02 - left:
                    part.scale_to_fit_width(RIGHT_EDGE - 0.02 - left)
                part.move_to([left, chain[0].get_top()[1], 0], aligned_edge=UP + LEFT)
        # our dial is back on the network before 'back to our dial' (it came 1.3 s after)
        self.play(FadeOut(VGroup(hidden_rings, name, veil)), FadeIn(ring), FadeIn(picture), run_time=0.5)
        self.play(Create(dial_edge), FadeIn(pixel), run_time=0.8)
        with self.say("nudge") as tracker:
            self.wait_until_bookmark("times")
            for part in sum_picture:
                self.play(FadeIn(part), run_time=0.5)
            if len(blank_row):
                self.wait_until_bookmark("blank")
                self.play(FadeIn(blank_pixel), FadeIn(blank_row), run_time=0.6)
            if why["why_dial"]:
                # why uphill: the dial turns up (for real, on the network), our neuron glows more,
                # its blame wants less, the cost goes up: each drawn as it is said
                self.wait_until_bookmark("why")
                number = self.dial_number(dial_edge, tilt["dial"], places[0])
                self.play(FadeIn(chain[0]), FadeIn(number), run_time=0.5)
                dial_edge, number = self.swing_dial(diagram, dial, dial_edge, number, tilt["dial"], tilt["turned"],
                                                    places[0])
                # each line at full brightness as its words start (caught dim, said every review)
                # each line in the one before's place (review 11: six lines piled up at the right)
                self.wait_before(tracker, "glow", 0.5)
                self.play(FadeIn(chain[1]), FadeOut(chain[0]), run_time=0.4)
                self.play(Indicate(ring, color=t.blame), run_time=0.8)
                self.wait_before(tracker, "cost", 0.5)
                self.play(FadeIn(chain[2]), FadeOut(chain[1]), run_time=0.4)
            # computed and measured side by side, and why they differ (review 8: 'rough 0.02'
            # against 'exact 0.03' read as a 40 % error): on screen before the words
            self.wait_before(tracker, "same", 0.6 if len(rough) else 0.0)
            if len(rough):   # in the chain's place: the tilt against the measured turn, alone
                self.play(FadeOut(chain[2]), run_time=0.3)
                self.play(FadeIn(rough), run_time=0.4)
                self.show(rough=[getattr(m, "original_text", m.text) for m in rough], rough_box=[float(rough.get_right()[0]), float(rough.get_bottom()[1])],
                          rough_said_at=float(self.renderer.time + tracker.time_until_bookmark("same")))
            self.play(Indicate(sum_picture[-1][-1], color=t.text), *([Indicate(chain[2][0], color=t.text)]
                                                                     if why["why_dial"] and not len(rough) else []), run_time=1.0)
            self.show(why_lines_at_end=[b[4] for b in self.text_boxes(VGroup(chain, rough))])
            if why["why_dial"]:   # the dial back where it was
                dial_edge, number = self.swing_dial(diagram, dial, dial_edge, number, tilt["turned"], tilt["dial"],
                                                    places[0])
            self.wait_until_bookmark("sign")
            # the turn arrow stands where the dial's number stood (over it, neither read)
            self.play(TransformFromCopy(sum_picture[-1][1], glyph), FadeIn(turn_key),
                      *([FadeOut(number)] if why["why_dial"] else []), run_time=0.8)
        self.show(nudge={"dial": work["dial"], "input": work["input"], "blame": work["blame"],
                         "nudge": work["nudge"]}, why=why)

        # cleared before the words
        self.play(FadeOut(VGroup(chain, rough, blank_row, blank_pixel)), run_time=0.5)
        with self.say("ending") as tracker:
            # every dial gets its tilt, shown (review k: only our dial ever had one): blame runs
            # back a layer at a time, and into every drawn neuron the dial with the biggest tilt
            # gets its turn arrow as it passes, from the outputs back to the inputs
            wave = tilt_wave(h, diagram, skip=dial)
            # each on its wire, staggered along it, so they read as one per dial (at one place
            # along every wire, 0.7-0.8, they stood in columns at the neurons, read as one per
            # neuron; crossing wires share a middle)
            glyphs = [VGroup(*(turn_arrow(-np.sign(g), 0.17).move_to(diagram.edge_line(p, r, c).point_from_proportion(
                                   ALONG[k % len(ALONG)]))
                               for k, (p, r, c, g) in enumerate(layer))) for layer in wave]
            # each arrow's wire drawn thick under it as it comes (review 11: arrows alone over the
            # mesh read as confetti, tied to no wire)
            wires = [VGroup(*(diagram.edge_line(p, r, c).set_stroke(width=5)
                              for p, r, c, _ in layer)) for layer in wave]
            self.wait_until_bookmark("all")
            for pair in reversed(range(pairs)):
                # no violet flash over the wires (at the outputs it read as a blob)
                self.play(LaggedStart(*(AnimationGroup(Create(w), FadeIn(g, scale=1.6))
                                        for w, g in zip(wires[pair], glyphs[pair])), lag_ratio=0.06),
                          run_time=max(0.8, min(1.4, tracker.time_until_bookmark("next") / pairs)))
            self.wait_until_bookmark("next")
            # 'training puts them to use': every arrow gives its turn, a step its way and back,
            # outputs first, to the end of the words (the last 9 s stood still)
            every = [g for layer in reversed(glyphs) for g in layer] + [glyph]
            self.play(LaggedStart(*(g.animate(rate_func=there_and_back).shift(
                0.12 * (UP if np.mean(g.get_vertices()[:, 1]) < g.get_center()[1] else DOWN)) for g in every),
                lag_ratio=0.03), Indicate(glyph, color=t.focus),
                run_time=max(1.2, tracker.get_remaining_duration()))
            self.show(ending_motion_s=float(max(1.2, tracker.get_remaining_duration())))
        self.show(every_tilt=[{"dial": [p, r, c], "tilt": g,
                               "up": bool(np.mean(a.get_vertices()[:, 1]) < a.get_center()[1])}
                              for layer, drawn in zip(wave, glyphs) for (p, r, c, g), a in zip(layer, drawn)])


    # --- pieces of the story ---

    def miss_words(self, panel: VGroup, worst: int, said: float, miss: float) -> VGroup:
        """'miss = guess - answer = 0.76' under the panel, the worst output's arrow marked."""
        t = self.theme
        shown = shown_indices(len(self.history.split("train")[1][EXAMPLE]))
        answer = said - miss
        words = self.text("gap = guess {guess} \u2212 answer {answer} = {miss}", size="small",
                          color=t.cost, facts={"guess": people(said), "answer": people(answer),
                                                    "miss": figure(miss)}).next_to(panel, DOWN, buff=0.3)
        group = VGroup(words)
        if worst in shown:
            # round the bar and its gap's arrow together (round the arrow alone, the box
            # straddled two outputs' bars)
            k = shown.index(worst)
            group.add(SurroundingRectangle(VGroup(panel[0][k], panel[2][k]), color=t.focus, stroke_width=2,
                                           buff=0.06))
        return group

    def arrows(self, diagram: NetworkDiagram, layer: int, blame: np.ndarray, only: int | None = None) -> VGroup:
        """A violet blame arrow on every drawn neuron of a layer (or on `only`), thicker for more
        blame (against the layer's largest), pointing the way that neuron should move (none at 0):
        slim, beside the neuron (right of the outputs' names), not over it (a reviewer saw blobs)."""
        top = float(np.abs(blame).max()) or 1.0
        neurons = list(diagram.neurons(layer))
        gap = min((abs(a.get_center()[1] - b.get_center()[1]) for a, b in zip(neurons, neurons[1:])), default=1.0)
        height = max(WAY_ARROW, min(0.5, 0.95 * gap))
        labels = diagram.output_labels if layer == len(diagram.sizes) - 1 else VGroup()
        beside = (max(m.get_right()[0] for m in labels) + 0.2) if len(labels) else None
        return VGroup(*(blame_arrow(way_of(blame[i]), height, abs(blame[i]) / top, slim=True)
                        .move_to([beside if beside is not None else c.get_right()[0] + 0.14, c.get_y(), 0])
                        for i, c in zip(diagram.shown_indices(layer), neurons)
                        if (only is None or i == only) and way_of(blame[i])))

    def number(self, value: float, places: int, color: str | None = None, size: str = "small") -> Mobject:
        return self.text("{value}", size=size, color=color, facts={"value": written(value, places)})

    def closeup(self, diagram: NetworkDiagram, out_layer: int, neuron: int, outputs, dials: np.ndarray) -> dict:
        """The last two layers, close up: our hidden neuron on the left, the drawn outputs in a
        column with their names, and the wire between our neuron and each (its dial's sign
        colour, as thick as its size, as the whole network draws it)."""
        t = self.theme
        ours = Circle(radius=0.3, color=t.text, stroke_width=3).move_to(CLOSE_HIDDEN)
        outs, names, wires = VGroup(), VGroup(), VGroup()
        labels = output_names(self.history)
        for n, (k, d) in enumerate(zip(outputs, dials)):
            y = min(CLOSE_TOP, (len(outputs) - 1) / 2 * CLOSE_GAP) - n * CLOSE_GAP   # centred, few or many
            outs.add(Circle(radius=0.16, color=t.neuron_stroke, stroke_width=2).move_to([CLOSE_OUT_X, y, 0]))
            names.add(self.text(labels[k], size="label").next_to(outs[-1], RIGHT, buff=0.15))
            share = min(abs(d) / diagram.weight_scale, 1.0)
            wires.add(Line(ours.get_right(), outs[-1].get_left(), color=t.positive if d >= 0 else t.negative,
                           stroke_width=1.5 + 5.0 * share))
        # named as it is first shown (a reviewer met an unlabelled neuron here for 36 s)
        tag = VGroup(self.text("our neuron", size="small", color=t.text),
                     self.text("glow {glow}", size="small", color=t.neuron_fill,
                               facts={"glow": written(worked(self.history)["value"], 2)})) \
            .arrange(DOWN, buff=0.08).next_to(ours, DOWN, buff=0.2)
        # the blame arrows right of the longest name (the tiny run's 'inner ring?' ran under them)
        arrow_x = max(CLOSE_ARROW_X, max(n.get_right()[0] for n in names) + 0.3)
        return {"ours": ours, "outs": outs, "names": names, "wires": wires, "tag": tag, "arrow_x": arrow_x}

    def play_zoom(self, diagram: NetworkDiagram, picture: Mobject, close: dict, out_layer: int, neuron: int,
                  outputs, inward: bool, also: Mobject | None = None) -> None:
        """In: the whole network grows and fades while its last two layers' pieces (our neuron,
        the outputs, their names, the wires between) grow into the close-up. Out: the reverse."""
        labels = diagram.output_label_group
        small = [diagram.neuron_at(out_layer - 1, neuron).copy()] + \
                [diagram.neuron_at(out_layer, k).copy() for k in outputs] + \
                [labels[n].copy() for n in range(min(len(labels), len(outputs)))] + \
                [diagram.edge_line(out_layer - 1, k, neuron).copy() for k in outputs]
        big = [close["ours"]] + list(close["outs"]) + list(close["names"])[:len(labels)] + list(close["wires"])
        if inward:
            # first the rest of the network fades, these pieces standing; then they grow (grown
            # as the network faded, two networks and two sets of labels stood over each other)
            self.add(*small)
            # quick (review k, 42 s: a near-empty frame while the words were on output 2 already)
            self.play(FadeOut(diagram), FadeOut(picture), run_time=0.4)
            self.play(*(ReplacementTransform(a, b) for a, b in zip(small, big)), run_time=0.8)
            self.add(*(m for m in big))
            self.play(FadeIn(close["tag"]), run_time=0.4)
        else:
            self.play(FadeOut(VGroup(close["tag"], *([also] if also is not None else []))),
                      *(ReplacementTransform(b, a) for a, b in zip(small, big)), run_time=1.0)
            self.play(FadeIn(diagram), run_time=0.6)
            self.remove(*small)

    def closeup_arrows(self, close: dict, blame: np.ndarray) -> VGroup:
        """Each output's blame: a big violet arrow beside its name, as thick as its blame (against
        the biggest), pointing the way that output should move (a reviewer could not read 8 px
        rings with arrows inside)."""
        top = float(np.abs(blame).max()) or 1.0
        return VGroup(*(blame_arrow(way_of(b), 0.85 * CLOSE_GAP, abs(b) / top)
                        .move_to([close["arrow_x"], o.get_center()[1], 0]) for o, b in zip(close["outs"], blame)))

    @staticmethod
    def arrow_record(arrows: VGroup, blame: np.ndarray) -> list[dict]:
        """What the blame arrows show, for the manifest: which way each points and how thick."""
        return [{"blame": float(b), "up": bool(a[1].get_center()[1] > a[0].get_center()[1]),
                 "width": float(a[0].get_stroke_width()), "height": float(a.height)} for a, b in zip(arrows, blame)]

    def blame_key(self) -> VGroup:
        """The key, drawn with the first blame: what blame is, in words (a reviewer found it
        never defined, nor its sign), then which way its arrow points and that thicker is more."""
        t = self.theme
        ways = VGroup(blame_arrow(-1, 0.3, 0.6), self.text("glow less", size="small", color=t.text),
                      blame_arrow(+1, 0.3, 0.6), self.text("glow more", size="small", color=t.text),
                      self.text("thicker: more blame", size="small", color=t.text)).arrange(RIGHT, buff=0.12)
        ways[2].shift(0.15 * RIGHT)
        ways[3].shift(0.15 * RIGHT)
        ways[4].shift(0.35 * RIGHT)
        return VGroup(self.text("blame: how much, and which way, a glow should change to lower the cost",
                                size="small", color=t.blame), ways) \
            .arrange(DOWN, aligned_edge=LEFT, buff=0.1).to_corner(UP + RIGHT, buff=0.3).shift(0.75 * DOWN)

    def play_flows(self, close: dict, flows: np.ndarray, table: dict, out_arrows: VGroup,
                   red: int | None = None, at_red=None) -> tuple[VGroup, Mobject]:
        """Blame running back from each output to our neuron along the wire between them: a
        violet flash as thick as what it sends (the output's blame times that dial, against the
        biggest), its sum written beside its output as it flows and added onto one violet bar
        (a piece below zero takes off); then
        every other output's together, with their one line.
        Returns the wires' flashes (not left drawn: their arrowheads piled into a blob at the
        neuron) and the bar, as long as the total on the table's scale."""
        t = self.theme
        top = float(np.abs(flows).max()) or 1.0
        target = close["ours"].get_center()
        streams = VGroup()
        for o, f in zip(close["outs"], flows):
            start = o.get_left()
            end = target + 0.3 * (start - target) / np.linalg.norm(start - target)
            streams.add(Line(start, end, color=t.blame, stroke_width=2.0 + 14.0 * abs(f) / top))
        x0, y, scale = table["stack_at"][0], table["stack_at"][1], table["scale"]

        def bar_of(value: float) -> Rectangle:
            width = max(abs(value) * scale, 0.02)
            return Rectangle(width=width, height=0.32, stroke_width=0, fill_color=t.blame, fill_opacity=0.9) \
                .move_to([x0 + np.sign(value) * width / 2, y, 0])
        def sum_of(step: int) -> VGroup:   # the bar's number so far, where the total will stand
            return self.way_number(table["steps"][step], table["places"], 0.34, size="label") \
                .move_to(table["total"][1], aligned_edge=LEFT)
        running = 0.0
        bar = bar_of(0.0)
        self.add(bar)
        rows = table["rows"]
        step = 0
        so_far = VGroup()
        # named as a running total, and each row's piece flies onto it as it is added (review
        # 11: 'up 0.01' then 'down 0.23' under 'coming back to our neuron' read as an error)
        label = self.text("so far:", size="label", color=t.blame).move_to(table["total"][0], aligned_edge=LEFT)
        self.play(FadeIn(label), run_time=0.3)
        added = []
        for k, (s, r, a, f) in enumerate(zip(streams, rows, out_arrows, flows)):
            if len(r):
                running += f
                if k == red and at_red is not None:
                    # the rule where it is first used (review 8): told, then the blame's arrow
                    # runs along the red wire and comes out turned around
                    at_red()
                    made = r[3][0]
                    flip = a.copy()
                    self.play(FadeIn(r[:3]), ShowPassingFlash(s.copy(), time_width=0.6), run_time=0.7)
                    self.play(flip.animate.rotate(np.pi).move_to(made), run_time=1.2)
                    self.play(FadeOut(flip), FadeIn(r[3]), run_time=0.5)
                    self.show(red_rule={**self.shown.get("red_rule", {}), "row": int(k),
                                        "given_up": bool(a[1].get_y() > a[0].get_y()),
                                        "made_up": bool(made[1].get_y() > made[0].get_y())})
                else:
                    self.play(Indicate(a, color=t.blame, scale_factor=1.3), ShowPassingFlash(s.copy(), time_width=0.6),
                              FadeIn(r), run_time=0.9)
                now = sum_of(step)
                piece = r[3].copy()
                self.play(piece.animate.move_to(now.get_center() + 0.45 * UP), run_time=0.5)
                self.play(Transform(bar, bar_of(running)), FadeOut(so_far), FadeOut(piece, shift=0.3 * DOWN),
                          FadeIn(now), run_time=0.5)
                added.append({"piece": getattr(piece[-1], "original_text", piece[-1].text), "piece_up": bool(len(piece) > 1 and piece[0][1].get_y() > piece[0][0].get_y()),
                              "so_far": getattr(now[-1], "original_text", now[-1].text)})
                so_far, step = now, step + 1
        rest = [(s, f) for s, r, f in zip(streams, rows, flows) if not len(r)]
        running += sum(f for _, f in rest)
        self.play(*(ShowPassingFlash(s.copy(), time_width=0.6) for s, _ in rest), FadeIn(table["others"]), run_time=0.9)
        anims = []
        if rest:
            now = sum_of(step)
            anims = [FadeOut(so_far), FadeIn(now)]
            so_far = now
        self.play(Transform(bar, bar_of(running)), *anims, run_time=0.5)
        self.show(running_total=added)
        return streams, bar, VGroup(so_far, label)

    def blame_sizes(self, close: dict, work: dict, outputs) -> VGroup:
        """Every drawn output's blame, its size beside its arrow (review k: 'outputs 4 and 7 get
        more' could not be checked, output 7's blame was never shown), with the digits the
        sent-back rows need (each number drawn once: the rows go on from it), three decimals
        at most for the others."""
        h = self.history
        b_places = table_places(h, work)[0]
        big = set(table_rows(work, sent_back(h, work)))
        sizes = VGroup()
        for n, k in enumerate(outputs):
            value = abs(float(work["blame_out"][k]))
            text = written(value, b_places)
            if n not in big and "." in text and len(text.split(".")[1]) > 3:
                text = written(value, 3)
            sizes.add(self.text("{value}", size="label", color=self.theme.blame, facts={"value": text})
                      .move_to([close["arrow_x"] + 0.3, close["outs"][n].get_center()[1], 0], aligned_edge=LEFT))
        return sizes

    def way_number(self, value: float, places: int, height: float = 0.3, size: str = "small") -> VGroup:
        """A blame as its arrow (down: glow less, up: glow more) and its size, no sign to read
        against the arrow (reviews k and u: '+0.245' beside a down arrow read as 'more').
        Parts: [arrow, number], or the number alone when it is 0."""
        number = self.text("{value}", size=size, color=self.theme.blame, facts={"value": written(abs(value), places)})
        if not way_of(value) or written(abs(value), places) == "0":
            return VGroup(number)
        return VGroup(blame_arrow(way_of(value), height, 0.6), number).arrange(RIGHT, buff=0.08)

    def sent_back_table(self, close: dict, sizes: VGroup, outputs, work: dict, dials: np.ndarray,
                        flows: np.ndarray) -> dict:
        """Beside each of the outputs that send back the most, going on from its blame's size
        (`sizes`), what it sends back to our neuron: 'x 0.59 = (down) 0.16' (the dial in its
        sign's colour; what is sent back as an arrow and a size: a red dial turns the arrow
        over); under them, every other output together, and the total (nncore's own sum,
        before the steepness). `rows` has one entry per drawn output (empty for those not
        written out)."""
        t = self.theme
        h = self.history
        big = table_rows(work, flows)
        sent_rows, sent_total = sent_back_column(work, flows)
        b_places, d_places = table_places(h, work)
        places = chain_places(work, flows)[0]
        names = output_names(h)
        rows, red, words = VGroup(), VGroup(), []
        written_rows = dict(zip(big, sent_rows))
        x0 = max(m.get_right()[0] for m in sizes) + 0.2
        for n, (k, d) in enumerate(zip(outputs, dials)):
            if n not in written_rows:
                rows.add(VGroup())
                continue
            y = close["outs"][n].get_center()[1]
            dial = self.number(d, d_places, t.positive if d >= 0 else t.negative, size="label")
            row = VGroup(self.text("\u00d7", size="label"), dial, self.text("=", size="label"),
                         self.way_number(number_of(written_rows[n]), places, 0.34, size="label"))
            row.arrange(RIGHT, buff=0.15).move_to([x0, y, 0], aligned_edge=LEFT)
            rows.add(row)
            # what the line reads, for the manifest (a Text keeps no spaces): its output's name,
            # the blame's arrow and size beside it, the dial and what is sent back
            words.append(f"from output {names[k]}: {way_text(work['blame_out'][k], b_places)} \u00d7 "
                         f"{written(d, d_places)} = {way_text(number_of(written_rows[n]), places)}")
            if d < 0:
                red.add(dial)
        lows = [r for r in rows if len(r)]
        right = max(r.get_right()[0] for r in lows)
        head = self.text("blame \u00d7 dial = sent back", size="label", color=t.blame) \
            .next_to(lows[0], UP, buff=0.25).align_to(sizes, LEFT)
        up_first = big[0] not in biggest_rows(flows)   # the right answer's row on top: no room above it
        # none when every output has its row (the tiny run's one output: 'the other 0 together: 0')
        others = VGroup(self.text("the other {n} together:", size="label", color=t.blame,
                                  facts={"n": len(work["blame_out"]) - len(big)}),
                        self.way_number(number_of(sent_rows[-1]), places, 0.34, size="label")).arrange(RIGHT, buff=0.15) \
            if len(work["blame_out"]) > len(big) else VGroup()
        # under the last output's line (beside it, it ran over that output's blame)
        last = close["outs"][-1].get_center()[1]
        if len(others):
            others.move_to([sizes.get_left()[0], last - 0.42, 0], aligned_edge=LEFT)
            # which outputs 'the other n' are (review 9: not marked): a white dot where each one's
            # blame size stood, and one before their line
            others.add(*(Dot(radius=0.06, color=t.focus).move_to(
                [sizes[n].get_left()[0] + 0.08, close["outs"][n].get_center()[1], 0])
                for n in range(len(outputs)) if n not in written_rows),
                Dot(radius=0.06, color=t.focus).next_to(others[0], LEFT, buff=0.1))
        if up_first:   # no room above the rows (the blame key): beside the top row, right of them all
            head.move_to([right + 0.6, lows[0].get_y(), 0], aligned_edge=LEFT)
            if head.get_right()[0] > RIGHT_EDGE:   # a long row: under the others' line
                head.next_to(others if len(others) else lows[-1], DOWN, buff=0.2).align_to(sizes, LEFT)
        # the pieces add up on one bar under our neuron, where they arrive (in the rows' middle,
        # 'coming back to our neuron' stood jammed under a row): every running sum fits
        running = np.cumsum(np.concatenate([flows[big], [flows.sum() - flows[big].sum()]]))
        below, above = min(float(running.min()), 0.0), max(float(running.max()), 0.0)
        scale = STACK_W / max(above - below, 1e-9)
        y = STACK_Y
        x0 = STACK_LEFT - below * scale
        stack_head = self.text("coming back to our neuron", size="small", color=t.blame) \
            .next_to([x0, y + 0.16, 0], UP, buff=0.1, aligned_edge=LEFT)
        # the result, big, under the bar (review 9: 'added up: 0.18' was about 10 px beside it);
        # the bar's running sum stands there as it grows: the written rows', then the others'
        # line, so it ends at the written total (review 9: the bar had no number)
        total = VGroup(self.text("added up:", size="label", color=t.blame),
                       self.way_number(number_of(sent_total), places, 0.34, size="label")).arrange(RIGHT, buff=0.15)
        total.move_to([STACK_LEFT, y - 0.5, 0], aligned_edge=LEFT)
        steps = [float(v) for v in np.cumsum([number_of(r) for r in sent_rows])]
        return {"head": head, "rows": rows, "others": others, "red": red, "total": total,
                "row_words": words, "stack_at": (x0, y), "scale": scale, "stack_head": stack_head,
                "steps": steps, "places": places}

    def square_picture(self, gap: float) -> dict:
        """The cost chapter's square on the gap (orange, as it drew it), and the same square on a
        side a little longer: two thin strips, each as long as the gap (white: look here), and a
        tiny corner. Why the cost grows by about twice the gap when the gap grows."""
        t = self.theme
        side, more = SQUARE_SIDE, 0.2 * SQUARE_SIDE
        corner = np.array(SQUARE_AT, dtype=float)
        corner[0] = max(corner[0], self.arrow_x + 0.5)   # right of the outputs' blame arrows
        square = Square(side, stroke_color=t.cost, stroke_width=3, fill_color=t.cost, fill_opacity=0.45) \
            .move_to(corner + side / 2 * (UP + RIGHT))
        name = self.text("gap {gap}", size="small", color=t.cost, facts={"gap": figure(gap)}) \
            .next_to(square, DOWN, buff=0.12)
        strips = VGroup(Rectangle(width=side, height=more, stroke_width=0, fill_color=t.text, fill_opacity=0.85)
                        .next_to(square, UP, buff=0.03),
                        Rectangle(width=more, height=side, stroke_width=0, fill_color=t.text, fill_opacity=0.85)
                        .next_to(square, RIGHT, buff=0.03))
        tiny = Square(more, stroke_width=0, fill_color=t.muted, fill_opacity=0.85) \
            .move_to(square.get_corner(UP + RIGHT) + (more / 2 + 0.03) * (UP + RIGHT))
        words = VGroup(self.text("a side a bit longer:", size="small", color=t.text),
                       self.text("2 strips as long as the gap,", size="small", color=t.text),
                       self.text("and a tiny corner", size="small", color=t.muted)) \
            .arrange(DOWN, aligned_edge=LEFT, buff=0.12).next_to(strips[1], RIGHT, buff=0.25)
        return {"square": square, "side": name, "strips": strips, "corner": tiny, "words": words}

    def output_blame_line(self, n: dict) -> VGroup:
        """'gap 0.758 x 2 x slope 0.183 = blame 0.278' with its arrow, under the outputs' curve."""
        t = self.theme
        # sizes, the way in the arrow: a gap below zero times 2 x steepness is a blame below zero,
        # an up arrow (no sign to read against its arrow)
        return VGroup(self.text("gap {gap}", size="small", color=t.cost, facts={"gap": size_of(n["gap"])}),
                      self.text("\u00d7 2 \u00d7 steepness {slope}", size="small", facts={"slope": n["slope_out"]}),
                      self.text("= blame {blame}", size="small", color=t.blame, facts={"blame": size_of(n["blame_out"])}),
                      blame_arrow(way_of(number_of(n["blame_out"])), 0.3, 0.6)).arrange(RIGHT, buff=0.12)

    def slope_line(self, n: dict) -> VGroup:
        """'x slope 0.194 = our neuron's blame 0.035' with its arrow, under what came back."""
        t = self.theme
        return VGroup(self.text("\u00d7 steepness {slope}", size="small", facts={"slope": n["slope"]}),
                      self.text("= our neuron's blame {blame}", size="small", color=t.blame,
                                facts={"blame": size_of(n["blame"])}),
                      blame_arrow(way_of(number_of(n["blame"])), 0.3, 0.6)).arrange(RIGHT, buff=0.12)

    def why_chain(self, n: dict, work: dict) -> VGroup:
        """Why the tilt is uphill, in three lines drawn as they are said: the dial up by a whole
        turn, and our neuron's real glow before and after; its blame's way; the cost before and
        after (measured by turning, beside the tilt worked out). Parts: [line, line, line]."""
        t = self.theme
        one = VGroup(turn_arrow(+1, 0.25), self.text("dial up by {turn}:", size="label", facts={"turn": n["turn"]}),
                     self.text("glow {before} \u2192 {after}", size="label", color=t.neuron_fill,
                               facts={"before": n["glow"], "after": n["glow_turned"]})).arrange(RIGHT, buff=0.12)
        wants = "less" if work["blame"] > 0 else "more"
        two = VGroup(blame_arrow(way_of(work["blame"]), 0.3, 0.6),
                     self.text(mark("its blame: glow less") if wants == "less" else mark("its blame: glow more"),
                               size="label", color=t.blame)).arrange(RIGHT, buff=0.12)
        rose = number_of(n["cost_turned"]) > number_of(n["cost"])
        # the curve's bend is said, not written (written after it, it ran off the frame)
        three = VGroup(self.text(mark("cost {before} \u2192 {after}: up {change}") if rose
                                 else mark("cost {before} \u2192 {after}: down {change}"), size="label", color=t.cost,
                                 facts={"before": n["cost"], "after": n["cost_turned"],
                                        "change": n["measured"].replace("\u2212", "")}))
        return VGroup(one, two, three).arrange(DOWN, aligned_edge=LEFT, buff=0.18)

    def rough_lines(self, n: dict, tilt: dict) -> VGroup:
        """When a whole turn changed the cost by other than the tilt (the curve bends): the two
        side by side, each with what it is for: 'tiny turn: uphill tilt 0.03, exact' over 'whole
        turn of 1: up 0.02, rough' (sizes, the way in words, as the tilt's row writes it).
        Nothing when they agree."""
        if not bend_words(tilt):
            return VGroup()
        t = self.theme
        rose = number_of(n["cost_turned"]) > number_of(n["cost"])
        return VGroup(self.text(mark("tiny turn: uphill tilt {tilt}, exact") if number_of(n["tilt"]) > 0
                                else mark("tiny turn: downhill tilt {tilt}, exact"), size="label", color=t.text,
                                facts={"tilt": size_of(n["tilt"])}),
                      self.text(mark("whole turn of {turn}: up {change}, rough") if rose
                                else mark("whole turn of {turn}: down {change}, rough"), size="label", color=t.cost,
                                facts={"turn": n["turn"], "change": n["measured"].replace("\u2212", "")})) \
            .arrange(DOWN, aligned_edge=LEFT, buff=0.14)

    def swing_dial(self, diagram: NetworkDiagram, dial: Weight, edge: Line, number: Mobject, start: float,
                   end: float, places: int) -> tuple[Line, Mobject]:
        """The dial turns from `start` to `end` on the network: its edge thickens or thins (its
        colour its sign's) and its number ticks. Returns the edge and number as they stand after."""
        turned = ValueTracker(start)
        live_edge = always_redraw(lambda: self.dial_line(diagram, dial, turned.get_value()))
        live_number = always_redraw(lambda: self.dial_number(live_edge, turned.get_value(), places))
        self.remove(edge, number)
        self.add(live_edge, live_number)
        self.play(turned.animate.set_value(end), run_time=1.2)
        edge = self.dial_line(diagram, dial, end)
        number = self.dial_number(edge, end, places)
        self.remove(live_edge, live_number)
        self.add(edge, number)
        return edge, number

    def flat_picture(self, h: History, outputs: list[int], ease: str, more: list[int] = ()) -> dict:
        """The outputs' real squashing curve (as the forward chapter drew it), right of the
        close-up, a dot where each of `outputs` is (its total coming in) named by its output,
        and the first one's steepness shown (`curve_picture`): 'gap 0.76 x 2 x steepness 0.183
        = blame 0.278' is written under it."""
        names = output_names(h)
        # one output needs no name on its dot (the tiny run's 'inner ring?' stood over the curve)
        z = example_pass(h).z[-1][0]
        return self.curve_picture(h.config["activations"][-1], [float(z[k]) for k in outputs],
                                  [names[k] if len(names) > 1 else "" for k in outputs],
                                  mark("the outputs' squashing curve"), ease,
                                  more=[(names[k], float(z[k])) for k in more])

    @staticmethod
    def spot_record(flat: dict) -> dict:
        """Where a curve picture's extra dots stand against its axes, for the manifest (a test
        reads each one's total and glow back off the axes)."""
        x0, y0 = flat["axes"][0].get_start()[:2]
        x1, y1 = flat["axes"][0].get_end()[0], flat["axes"][1].get_end()[1]
        return {"box": [float(x0), float(y0), float(x1), float(y1)], "range": flat["axes"].reach_low_high,
                "dots": [[float(d.get_x()), float(d.get_y())] for d in flat["more"][0]],
                "labels": [getattr(m, "original_text", m.text) for m in flat["more"][1]] if len(flat["more"]) else []}

    def curve_picture(self, activation: str, zs: list[float], names: list[str], title: str, ease: str,
                      origin: tuple = FLAT_AT, more: list[tuple[str, float]] = ()) -> dict:
        """A neuron's real squashing curve, a dot where each of `zs` (its total coming in) is,
        named, with a short white line along the curve there; and the first dot's steepness
        shown before it is used in a product (review: 0.183 and 0.194 were first met as
        factors): a small nudge along the total (a white arrow, 'a nudge') and the smaller (or
        as big) nudge it gives the glow (a yellow arrow up from its end, steepness times as
        long, in the same units), written '0.183 as much'. The height keeps one unit of total
        and one of glow the same length where it can (tanh: 0.995 is drawn as much, not more);
        a sigmoid's 0..1 is stretched to stay readable.
        `more` (name, total) are further dots, drawn later, under one label.
        Parts: axes, curve, names, spots ([dot, line, name] each), nudge ([run, rise, words]),
        more ([dots, label])."""
        t = self.theme
        reach = max(2.4, 1.25 * max(abs(z) for z in [*zs, *(z for _, z in more)]))   # close enough in to see it flatten
        xs = np.linspace(-reach, reach, 41)
        ys = squashed(activation, xs)
        low, high = min(0.0, float(ys.min())), max(1.0, float(ys.max()))
        w = FLAT_BOX[0]
        hgt = float(np.clip(w / (2 * reach) * (high - low), CURVE_LOWEST, FLAT_BOX[1]))
        corner = np.array(origin, dtype=float)

        def at(x: float, y: float) -> np.ndarray:
            return corner + np.array([(x + reach) / (2 * reach) * w, (y - low) / (high - low) * hgt, 0.0])

        axes = VGroup(Line(at(-reach, low), at(reach, low), stroke_color=t.muted, stroke_width=2),
                      Line(at(-reach, low), at(-reach, high), stroke_color=t.muted, stroke_width=2))
        curve = VMobject(stroke_color=t.muted, stroke_width=4).set_points_smoothly([at(x, y) for x, y in zip(xs, ys)])
        labels = VGroup(self.text(title, size="small", color=t.text)
                        .next_to(at(-reach, high), UP, buff=0.12, aligned_edge=LEFT),
                        self.text("total coming in", size="small", color=t.text).next_to(axes[0], DOWN, buff=0.08))
        drawn = hgt / (high - low) / (w / (2 * reach))   # a glow unit's length over a total unit's
        spots, nudge = VGroup(), VGroup()
        for n, (name, z) in enumerate(zip(names, zs)):
            dot = Dot(at(z, float(squashed(activation, np.array([z]))[0])), radius=0.08, color=t.focus)
            slope = float(slope_of(activation, z))
            direction = np.array([1.0, slope * drawn, 0.0])
            direction /= np.linalg.norm(direction)
            steep = Line(dot.get_center() - 0.32 * direction, dot.get_center() + 0.32 * direction,
                         color=t.focus, stroke_width=6)
            # the nudge always goes right and the glow up (review 11: a left nudge beside a
            # downward glow arrow hid that a nudge up lifts the glow)
            way = 1
            # its name on the side of the curve its nudge leaves free
            label = self.text("{name}", size="label", color=t.text, facts={"name": name}) \
                .next_to(dot, DOWN + RIGHT if way < 0 else UP + LEFT, buff=0.08) if name else VGroup()
            spots.add(VGroup(dot, steep, label))
            if n == 0:
                # the glow's nudge stays inside the box (the tiny run's tanh, 0.995, ran under the axis)
                room = (dot.get_y() - axes[0].get_y() if way < 0 else at(0, high)[1] - dot.get_y()) - 0.15
                run = min(NUDGE_RUN, room / max(slope, 1e-6))
                nudge = self.nudge_steps(dot.get_center(), slope, ease, way, run)
        extra = VGroup()
        if more:
            dots = VGroup(*(Dot(at(z, float(squashed(activation, np.array([z]))[0])), radius=0.08, color=t.focus)
                            for _, z in more))
            # each named under its dot (the first dot's name is over it); dots nearly on one spot
            # share one name ('4, 7')
            groups = []
            for (name, _), d in zip(more, dots):
                if groups and abs(d.get_x() - groups[-1][1][-1].get_x()) < 0.3:
                    groups[-1][0].append(name)
                    groups[-1][1].append(d)
                else:
                    groups.append(([name], [d]))
            names_drawn = VGroup(*(self.text("{name}", size="label", color=t.text, facts={"name": ", ".join(n)})
                                   .next_to(VGroup(*ds), DOWN, buff=0.12) for n, ds in groups))
            extra = VGroup(dots, names_drawn)
        axes.reach_low_high = [float(reach), float(low), float(high)]   # read back by spot_record
        return {"axes": axes, "curve": curve, "names": labels, "spots": spots, "nudge": nudge, "more": extra}

    def nudge_steps(self, start: np.ndarray, slope: float, ease: str, way: int = 1,
                    run_length: float = NUDGE_RUN) -> VGroup:
        """From a neuron's spot on its curve: a nudge to its total (white arrow, right for `way`
        1, left for -1, 'a nudge' beside it, off the curve's side) and the nudge that gives its
        glow (yellow arrow from its end, up or down, `slope` times as long), '0.183 as much'
        beside it (`ease`, as the product writes it). Parts: [run, words, rise, words]."""
        t = self.theme
        corner = start + way * run_length * RIGHT
        end = corner + way * max(slope * run_length, 0.02) * UP
        run = Arrow(start, corner, buff=0, color=t.text, stroke_width=5, tip_length=0.16,
                    max_tip_length_to_length_ratio=0.3, max_stroke_width_to_length_ratio=20)
        rise = Arrow(corner, end, buff=0, color=t.neuron_fill, stroke_width=5, tip_length=0.12,
                     max_tip_length_to_length_ratio=0.6, max_stroke_width_to_length_ratio=40)
        # a rising curve runs over the right-hand nudge and under the left-hand one
        run_words = self.text(mark("a nudge"), size="small", color=t.text).next_to(run, DOWN if way > 0 else UP, buff=0.1)
        rise_words = self.text("{slope} as much", size="small", color=t.neuron_fill,
                               facts={"slope": ease}).next_to(rise, RIGHT if way > 0 else LEFT, buff=0.12)
        if rise_words.get_right()[0] > RIGHT_EDGE:   # no room right of it: over it, inside the frame
            rise_words.next_to(rise, UP, buff=0.1)
            rise_words.shift(min(0.0, RIGHT_EDGE - rise_words.get_right()[0]) * RIGHT)
        return VGroup(run, run_words, rise, rise_words)

    def text_boxes(self, group: Mobject) -> list[list]:
        """Each text of `group` on screen now as [left, bottom, right, top, words], for the manifest."""
        seen = {id(m) for top in self.mobjects for m in top.get_family()}
        return [[*map(float, m.get_corner(DOWN + LEFT)[:2]), *map(float, m.get_corner(UP + RIGHT)[:2]),
                 getattr(m, "original_text", m.text)]
                for m in group.get_family() if hasattr(m, "text") and m.text.strip() and id(m) in seen]

    @staticmethod
    def nudge_record(nudge: VGroup) -> dict:
        """What a steepness picture shows, for the manifest: its two arrows' lengths as drawn,
        which way each points, and its words."""
        run, rise = nudge[0], nudge[2]
        return {"run": float(run.get_length()), "rise": float(rise.get_length()),
                "run_right": bool(run.get_end()[0] > run.get_start()[0]), "rise_up": bool(rise.get_end()[1] > rise.get_start()[1]),
                "words": [getattr(m, "original_text", m.text) for m in (nudge[1], nudge[3])]}

    def play_nudge(self, tracker, nudge: VGroup) -> None:
        """A steepness shown as it is said ('nudge its total a little, and its glow moves 0.183
        as much'): the total's nudge, then the glow's, with their words."""
        self.wait_before(tracker, "nudge", 0.3)
        self.play(GrowArrow(nudge[0]), FadeIn(nudge[1]), run_time=0.6)
        self.play(GrowArrow(nudge[2]), FadeIn(nudge[3]), run_time=0.6)
        # the ratio lit as it is said (5 s stood still here)
        self.wait(0.6)
        self.play(Indicate(VGroup(nudge[2], nudge[3]), color=self.theme.neuron_fill, scale_factor=1.15), run_time=1.0)

    def tilt_plot(self, tilt: dict, box: tuple[float, float] = TILT_BOX,
                  corner: tuple = TILT_AT) -> dict[str, Mobject]:
        """This example's cost (orange, as every cost) against the one dial's value, around
        where it is: a dot where the dial stands, the tangent there (the tilt: the cost's
        slope, nncore's gradient), the dial's turned value's dot, and the two costs written."""
        t = self.theme
        xs, ys = tilt["xs"], tilt["costs"]
        low, high = float(ys.min()), float(ys.max())
        pad = 0.15 * (high - low) or 0.01
        # more room under the curve: the turn's bracket and its words stand there, clear of the
        # curve and the tangent (the tiny run's steep fall ran them all into one knot)
        low, high = low - 2.5 * pad, high + pad
        w, hgt = box
        origin = np.array(corner, dtype=float)

        def at(x: float, y: float) -> np.ndarray:
            return origin + np.array([(x - xs[0]) / (xs[-1] - xs[0]) * w, (y - low) / (high - low) * hgt, 0.0])

        axes = VGroup(Line(at(xs[0], low), at(xs[-1], low), stroke_color=t.muted, stroke_width=2),
                      Line(at(xs[0], low), at(xs[0], high), stroke_color=t.muted, stroke_width=2))
        curve = VMobject(stroke_color=t.cost, stroke_width=4).set_points_smoothly(
            [at(x, y) for x, y in zip(xs, ys)])
        names = VGroup(self.text("cost of this example", size="small", color=t.text)
                       .next_to(at(xs[0], high), UP, buff=0.1, aligned_edge=LEFT),
                       # under the axis's numbers
                       self.text("our dial", size="small", color=t.text).next_to(at(xs[-1], low), DOWN,
                                                                                   buff=0.4,
                                                                                   aligned_edge=RIGHT))
        places = tilt_places(tilt)
        dot = Dot(at(tilt["dial"], tilt["cost"]), radius=0.08, color=t.focus)
        turned = Dot(at(tilt["turned"], tilt["cost_turned"]), radius=0.08, color=t.focus)

        # the cost axis's scale: ticks at round costs (a reviewer took a 0.02 rise for a big climb)
        # a wider step when the costs span more (the tiny run's axis had 12 numbers in 110 px)
        step = next(s for s in (TICK_STEP, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0) if (high - low) / s <= 4)
        first = max(float(np.ceil(low / step) * step), 0.0) + 0.0   # a cost is never below zero (+ 0.0: no '-0.00')
        ticks = VGroup()
        for value in np.arange(first, high, step):
            mark_line = Line(at(xs[0], value), at(xs[0], value) + 0.1 * LEFT, stroke_color=t.muted, stroke_width=2)
            ticks.add(VGroup(mark_line, self.text("{value}", size="small", color=t.text,
                                                  facts={"value": f"{value:.2f}"}).next_to(mark_line, LEFT, buff=0.06)))
        axes.add(ticks)
        # the axis's scale is drawn, so recorded: round costs, not numbers of the run
        self.show(cost_ticks=sorted(set(self.shown.get("cost_ticks", [])) |
                                    {round(float(v), 2) for v in np.arange(first, high, step)}))

        def reading(x: float, y: float) -> VGroup:
            """A point's numbers on the axes, read off along dashed lines: the cost on the
            upright axis, the dial on the flat one (a reviewer found the chart unreadable
            without axis numbers)."""
            spot = at(x, y)
            across = DashedLine(at(xs[0], y), spot, color=t.muted, stroke_width=1.5, dash_length=0.06)
            down = DashedLine(at(x, low), spot, color=t.muted, stroke_width=1.5, dash_length=0.06)
            # beside its dot, clear of the axis's own numbers, on the side the curve leaves
            # free: above and left of a rising curve, above and right of a falling one
            cost = self.number(y, places[1], t.cost).next_to(spot, UP + (LEFT if rising else RIGHT), buff=0.08)
            value = self.number(x, places[0]).next_to(at(x, low), DOWN, buff=0.08)
            return VGroup(across, down, cost, value)
        rising = tilt["tilt"] >= 0
        before, after = reading(tilt["dial"], tilt["cost"]), reading(tilt["turned"], tilt["cost_turned"])
        # the two dial values apart (the tiny run's '-0.002' and '0.998' touched)
        overlap = before[3].get_right()[0] + 0.12 - after[3].get_left()[0]
        if overlap > 0:
            before[3].shift(overlap / 2 * LEFT)
            after[3].shift(overlap / 2 * RIGHT)
        # the tangent: the tilt in the plot's own units, drawn a fixed length either side
        direction = np.array([w / (xs[-1] - xs[0]), tilt["tilt"] * hgt / (high - low), 0.0])
        direction /= np.linalg.norm(direction)
        # a fixed length either side, and no higher or lower than a third of the box (a steep
        # tangent ran down into the turn's bracket)
        reach = min(0.3 * w, 0.3 * hgt / max(abs(direction[1]), 1e-9))
        tangent = Line(dot.get_center() - reach * direction, dot.get_center() + reach * direction,
                       color=t.text, stroke_width=6)
        # downhill from the dot along the curve: the way this dial should turn
        way = -1.0 if tilt["tilt"] > 0 else 1.0
        far = tilt["dial"] + way * 0.8 * tilt["turn"]
        downhill_arrow = Arrow(dot.get_center(), at(far, float(np.interp(far, xs, ys))), buff=0.1,
                               color=t.focus, stroke_width=6, max_tip_length_to_length_ratio=0.35)
        # beside the curve, under it, not over the tangent it would run along
        along = downhill_arrow.get_end() - downhill_arrow.get_start()
        side = np.array([along[1], -along[0], 0.0]) / (np.linalg.norm(along) or 1.0)
        downhill_arrow.shift(0.22 * (side if side[1] < 0 else -side))
        downhill_words = self.text(mark("turn down") if way < 0 else mark("turn up"), size="small", color=t.focus)
        downhill_words.next_to(downhill_arrow, DOWN, buff=0.1)
        # the word, beside the tangent's upper end, as it is first said
        # right of its upper end, clear of the turned dial's readout (up and left) and of the
        # way down's arrow and words (under the dot)
        upper = tangent.get_end() if tangent.get_end()[1] >= tangent.get_start()[1] else tangent.get_start()
        word = self.text(mark("tilt"), size="label", color=t.text).next_to(upper, RIGHT + (DOWN if rising else UP),
                                                                           buff=0.1)
        # the turn and the cost's change marked (review: tilt was never shown as a rise per turn
        # of 1): the turn along the dial's axis, the cost's rise (or fall) beside the cost's,
        # each named; on the axes, clear of the curve and the readouts (by the dots they
        # ran over them)
        change = tilt["cost_turned"] - tilt["cost"]
        lift = 0.14 * UP
        run = Line(at(tilt["dial"], low) + lift, at(tilt["turned"], low) + lift, color=t.text, stroke_width=3)
        nudge_in = 0.14 * RIGHT
        rise = Line(at(xs[0], tilt["cost"]) + nudge_in, at(xs[0], tilt["cost_turned"]) + nudge_in,
                    color=t.cost, stroke_width=3)
        run_words = self.text("turn {turn}", size="small", color=t.text,
                              facts={"turn": people(tilt["turn"])}).next_to(run, UP, buff=0.06)
        rise_words = self.text(mark("up {change}") if change > 0 else mark("down {change}"),
                               size="small", color=t.cost,
                               facts={"change": written(abs(change), places[1])}).next_to(rise, RIGHT, buff=0.08)
        parts = {"axes": axes, "names": names, "curve": curve, "dot": dot, "readout": VGroup(before, after),
                 "turned": turned, "tangent": tangent, "downhill": VGroup(downhill_arrow, downhill_words),
                 "word": word, "rise": VGroup(run, rise, run_words, rise_words)}
        return parts

    def play_turn(self, diagram: NetworkDiagram, dial: Weight, edge: Line, number: Mobject, plot: dict,
                  tilt: dict, places: tuple[int, int]) -> tuple[Line, Mobject]:
        """The dial turns up by TURN: its edge and value change, a dot runs along the cost
        curve to the turned value, where the new cost is written."""
        turned = ValueTracker(tilt["dial"])
        xs, ys = tilt["xs"], tilt["costs"]
        start, end = plot["dot"].get_center(), plot["turned"].get_center()

        def runner() -> Dot:
            share = (turned.get_value() - tilt["dial"]) / tilt["turn"]
            # along the curve: between the curve's own points, not the straight chord
            cost = float(np.interp(turned.get_value(), xs, ys))
            y_of = (end[1] - start[1]) / ((tilt["cost_turned"] - tilt["cost"]) or 1.0)
            y = start[1] + (cost - tilt["cost"]) * y_of if tilt["cost_turned"] != tilt["cost"] else start[1]
            return Dot([start[0] + share * (end[0] - start[0]), y, 0], radius=0.08, color=self.theme.focus)
        live_edge = always_redraw(lambda: self.dial_line(diagram, dial, turned.get_value()))
        live_number = always_redraw(lambda: self.dial_number(live_edge, turned.get_value(), places[0]))
        live_dot = always_redraw(runner)
        self.remove(edge, number)
        self.add(live_edge, live_number, live_dot)
        self.play(turned.animate.set_value(tilt["turned"]), run_time=2.0)
        edge = self.dial_line(diagram, dial, tilt["turned"])
        number = self.dial_number(edge, tilt["turned"], places[0])
        self.remove(live_edge, live_number, live_dot)
        self.add(edge, number, plot["turned"])
        self.play(FadeIn(plot["readout"][1]), run_time=0.5)
        return edge, number

    def picture_sum(self, glyphs: list[Mobject], names: list, colours: list[str],
                    ops: list[str]) -> VGroup:
        """A sum written in pictures: glyphs on one line with '×' and '=' between them, each
        glyph's name under it (a word, or a word over its number: (word, number)).
        Parts: [glyph, name] first, then [operator, glyph, name]."""
        parts, x = VGroup(), 0.0
        for k, (glyph, name, colour) in enumerate(zip(glyphs, names, colours)):
            part = VGroup()
            if k:
                op = self.text(ops[k - 1], size="small")
                part.add(op.move_to([x + op.width / 2, 0, 0]))
                x += op.width + 0.25
            if isinstance(name, tuple):   # (word, number) or (word, number, places)
                label = VGroup(self.text(name[0], size="small", color=colour),
                               self.number(name[1], name[2] if len(name) > 2 else -2, colour)).arrange(DOWN, buff=0.08)
            else:
                label = self.text(name, size="small", color=colour) if name else None
            width = max(glyph.width, label.width if label else 0.0)
            part.add(glyph.move_to([x + width / 2, 0, 0]))
            if label:
                part.add(label.next_to(glyph, DOWN, buff=0.12))
            x += width + 0.25
            parts.add(part)
        return parts

    def nudge_picture(self, work: dict) -> VGroup:
        """The dial's tilt as a picture sum with its numbers: our neuron's blame ring, times
        its input (the pixel's brightness as a yellow square as bright as it is; a number for
        other data), equals the tilt, drawn as the turn arrow it asks for (against it).
        Three parts, shown one after another."""
        t = self.theme
        image = input_kind(self.history) == "image"
        level = float(np.clip(work["input"], 0.0, 1.0))
        # not a pixel: the input neuron as the network draws it, its glow as bright as it is (an
        # empty square, the tiny run's review: 'input 0.773' read as blank)
        carried = (Square(0.4, stroke_color=t.muted, stroke_width=2, fill_color=t.text, fill_opacity=level)
                   if image else Circle(0.2, stroke_color=t.neuron_stroke, stroke_width=2, fill_color=t.neuron_fill,
                                        fill_opacity=float(np.clip(abs(work["input"]), 0.0, 1.0))))
        # the tilt drawn as the cost curve's tangent is drawn: a short white slope, uphill or
        # downhill (a turn arrow here, 'turn down' under 'tilt 0.029', read as a downhill tilt)
        rise = 0.18 * (np.sign(work["nudge"]) or 1)
        slope_glyph = Line([-0.25, -rise, 0], [0.25, rise, 0], color=t.text, stroke_width=6)
        glyphs = [blame_arrow(way_of(work["blame"]), 0.5, 1.0), carried, slope_glyph]
        places = agreeing([work["blame"], work["input"]], work["nudge"], tilt_decimals(work["nudge"]))
        # the way in words, not a sign against an arrow (review: 'down blame x brightness 0.81 =
        # / tilt 0.03' read as down x positive = up): 'glow less 0.035 x brightness 0.81 =
        # uphill tilt 0.03', true as written; the tilt's size only, its way in its word (the
        # tiny run's '(up) 0.276 x 0.773 = downhill tilt -0.21' read as an arithmetic error)
        names = [(mark("glow less") if work["blame"] > 0 else mark("glow more"), abs(work["blame"]), places),
                 (mark("brightness") if image else mark("input"), work["input"], places),
                 (mark("uphill tilt") if work["nudge"] > 0 else mark("downhill tilt"), abs(work["nudge"]),
                  tilt_decimals(work["nudge"]))]
        row = self.picture_sum(glyphs, names, [t.blame, t.text, t.text],
                               ["\u00d7", "="]).move_to([COLUMN_X + 0.2, 1.0, 0], aligned_edge=LEFT)
        # inside the frame ('downhill tilt' ran off the right edge in the tiny run)
        return row.shift(min(0.0, RIGHT_EDGE - row.get_right()[0]) * RIGHT)

    def blank_picture(self, above: VGroup, work_blame: float) -> VGroup:
        """The same sum for a dial from a blank input, under `above`: the ring times an empty
        square (or 0) is no nudge at all."""
        t = self.theme
        image = input_kind(self.history) == "image"
        carried = Square(0.4, stroke_color=t.muted, stroke_width=2) if image else self.number(0.0, 2, t.text)
        # the empty square named (review k, 132 s: an unlabelled second row)
        row = self.picture_sum([blame_arrow(way_of(work_blame), 0.5, 1.0), carried, self.text("tilt 0", size="small", color=t.text)],
                               [None, mark("blank square") if image else None, None], [t.text] * 3, ["\u00d7", "="])
        row.next_to(above, DOWN, buff=0.3, aligned_edge=LEFT)
        under(row, above)
        row[-1][1].next_to(row[-1][0], RIGHT, buff=0.25)   # the words start after their '='
        return row

    def dial_line(self, diagram: NetworkDiagram, dial: Weight, value: float) -> Line:
        """The worked dial's edge, drawn bold in its sign's colour, as thick as its size."""
        t = self.theme
        line = diagram.edge_line(*dial)
        width = 2.0 + 10.0 * min(abs(value) / diagram.weight_scale, 1.0)
        return line.set_stroke(t.positive if value >= 0 else t.negative, width=width, opacity=1.0)


    def dial_number(self, edge: Line, value: float, places: int) -> Mobject:
        """The dial's value on its edge, on a dark patch so the edges under it do not show."""
        number = self.text("dial {value}", size="small", color=self.theme.text,
                           facts={"value": written(value, places)})
        number.add_background_rectangle(color=self.theme.background, opacity=0.9, buff=0.05)
        return number.move_to(edge.point_from_proportion(0.55) + 0.28 * UP)

    def pixel_mark(self, picture: Mobject, source: int, colour: str | None = None) -> VGroup:
        """The input the dial carries, ringed on the example's picture (an image only)."""
        if input_kind(self.history) != "image":
            return VGroup()
        side = int(round(np.sqrt(self.history.config["sizes"][0])))
        row, col = divmod(source, side)
        cell = picture.frame.width / side   # as drawn: the picture may have been scaled
        corner = picture.frame.get_corner(UP + LEFT)
        return VGroup(Square(cell, stroke_color=colour or self.theme.text, stroke_width=3)
                      .move_to(corner + (col + 0.5) * cell * RIGHT + (row + 0.5) * cell * DOWN))


    def play_blame_flow(self, diagram: NetworkDiagram, deltas: list[np.ndarray], duration: float) -> VGroup:
        """Blame travels back layer by layer: the outputs' arrows (as the close-up drew them),
        then each hidden layer's, back to the first; the inputs are the example itself, with
        nothing to blame. No flash over the wires (a violet smear covered the whole block).
        Returns the arrows drawn."""
        n_pairs = len(diagram.sizes) - 1
        drawn = VGroup()
        beat = max(0.5, min(1.2, duration / (n_pairs + 1)))
        for layer in reversed(range(1, n_pairs + 1)):
            rings = self.arrows(diagram, layer, deltas[layer - 1][0])
            self.play(LaggedStart(*(FadeIn(r, shift=0.15 * LEFT) for r in rings), lag_ratio=0.05), run_time=beat)
            drawn.add(rings)
        return drawn

    def error_panel(self, h: History, guess: np.ndarray) -> VGroup:
        """The answers for the drawn outputs, with a heading."""
        shown = shown_indices(len(guess))
        _, y = h.split("train")
        names = output_names(h)
        # big enough to read at 480p, guesses bright yellow as chapter 4 drew them (a reviewer
        # saw a 150 px chart, dim olive guesses and hair-thin answer lines)
        panel = error_panel([names[i] for i in shown], guess[shown], y[EXAMPLE][shown], self.theme, self.text,
                            width=PANEL_SIZE[0], height=PANEL_SIZE[1])
        # one output: one bar and one line (the tiny run's review: 'guesses (bars)' for one bar)
        heading = self.text(mark("guesses (bars), answers (lines)") if len(shown) > 1
                            else mark("guess (bar), answer (line)"), size="small", color=self.theme.text)
        heading.next_to(panel, UP, buff=0.25)
        panel[3].add(heading)
        return panel


