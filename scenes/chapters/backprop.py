"""Backpropagation, in the order a newcomer needs it: first what we want for every dial, its
tilt, shown by turning one dial; then how working backwards gets every tilt at once, on one
hidden neuron, told with blame as violet arrows whose size is the amount (no arithmetic on
screen: both session-16 reviews); it comes straight back to that dial's tilt, and ends with the
biggest tilts of the whole network.

Everything shown is read from the history at snapshot step 0 (the random start):

- `dial_tilt`: the worked dial turned up by `TURN`: this example's cost (nncore's) before and
  after, drawn as a curve of the cost against that dial, and its tilt there (nncore's
  gradient) as a tangent;
- `worked_blame` (scenes/kit/readings.py): for training example `EXAMPLE`, each output's gap
  (a violet strip beside its guess bar, as the cost chapter draws it) and blame (nncore's
  delta) as a violet arrow as long as its amount (`arrow_unit`), its size written beside it;
  said in two intuitions: a big gap gets a big arrow, an output already nearly sure gets less
  (`sure_words`); in a close-up of the last two layers, with our dial (`dial_stub`) in sight
  throughout, each output's arrow runs back along its wire to our hidden neuron, scaled by
  that wire's dial (nncore's blame x dial), a red wire turning it over, and they add up head
  to tail into one arrow (`blame_chain`), of which our neuron keeps a part (its curve's
  steepness, on its curve, written as the output's rule: `recipe`): its blame; its dial's tilt (nncore's gradient,
  blame x brightness), said and written beside the tilt measured by the opening turn
  (the turn seen again down the network: `turned_chain`); every neuron's blame on the whole network; and the handful of biggest
  tilts, each a turn arrow on its thickened wire (`tilt_wave`).

    manim -ql scenes/chapters/backprop.py Backprop      # with NN_EXPLAINER_HISTORY=out/history.json
"""
from __future__ import annotations

import numpy as np
from manim import (AnimationGroup, DashedVMobject, MoveToTarget, GrowFromEdge, there_and_back, DOWN, LEFT, ORIGIN, RIGHT, UP, Triangle, Arrow, Create, GrowArrow, DashedLine, Dot, FadeIn, FadeOut, Indicate, LaggedStart, Line,
                   ShowPassingFlash, SurroundingRectangle, Rotate,
                   Circle, Group, Mobject, Rectangle, ReplacementTransform, Square, Transform,
                   TransformFromCopy, UpdateFromAlphaFunc, linear, VGroup, VMobject, config, smooth,
                   squish_rate_func)
from manim.utils.family import extract_mobject_family_members

from nncore.history import History
from nncore.network import Pass
from scenes.kit import theme
from scenes.kit.chapter import PX_PER_POINT_480P, Chapter
from scenes.kit.framing import within_frame
from scenes.kit.legend import turn_arrow, turn_legend
from scenes.kit import numbers as kit_numbers
from scenes.kit.numbers import number_of
from scenes.kit.network_diagram import NetworkDiagram, shown_indices
from scenes.kit.pictures import example_picture, shade
# the example's picture and words are the forward chapter's too: the story follows one example
from scenes.screen import mark
from scenes.kit.readings import (EXAMPLE, STEP, class_of, example_words, input_kind, label_of,
                                 output_names, slope_of, squashed, story_blame as worked)

PICTURE_SIZE = 1.4  # the example's picture, as big as the forward chapter draws it
DIAGRAM_SIZE = (6.4, 5.0)      # narrower than the other chapters': the worked column needs 4.7 units
DIAGRAM_AT = (-1.7, -0.15, 0)
COLUMN_X = 2.35                 # left edge of the worked column, right of the output labels
TICK_STEP = 0.05                # the cost axis's ticks
TILT_BOX = (2.9, 3.6)           # the cost-against-one-dial picture: width and height
TILT_AT = (2.35, -2.3, 0)       # its bottom left corner, right of the outputs: the rises' words right of it
LENS_TOP = 3.8                  # the small turn's lens: its top, right of the title
Weight = tuple[int, int, int]     # (layer pair, row, col)


# --- the numbers (no manim) ---

def example_pass(history: History, index: int = EXAMPLE, step: int = STEP) -> Pass:
    """Forward and backward pass of one training example at `step` (gradients of its own cost)."""
    x, y = history.split("train")
    return history.network(step).backward(x[index:index + 1], y[index:index + 1])


def people(value: float) -> str:
    """A number as people read it: 0.69, 1, 0."""
    return f"{value:.2f}".rstrip("0").rstrip(".") if abs(value - round(value)) > 5e-3 else str(round(value))


# a rate said in words a newcomer keeps (s34 review: about 25 decimals read out lost the thread
# by 110 s): the nearest of these, and whether the written value is about it, a little under or over
FRACTIONS = ((1.0, "1"), (0.75, "three quarters"), (2 / 3, "two thirds"), (0.5, "a half"), (1 / 3, "a third"),
             (0.25, "a quarter"), (0.2, "a fifth"), (0.1, "a tenth"))


def in_words(written_value: str) -> str:
    """A written rate in plain words, true to it: '0.25' is 'a quarter', '0.194' 'about a fifth',
    '0.183' 'a little under a fifth', '0.995' 'nearly 1'; anything further from every fraction
    than 15% is said as written."""
    v = abs(number_of(written_value))
    if v <= 0:
        return size_of(written_value)
    frac, name = min(FRACTIONS, key=lambda f: abs(np.log(v / f[0])))
    r = v / frac
    if abs(r - 1) <= 0.005:
        return "nearly 1" if name == "1" and r < 1 else name
    if abs(r - 1) <= 0.04:
        return ("nearly " if name == "1" and r < 1 else "about ") + name
    if 0.85 <= r < 1:
        return f"a little under {name}"
    if 1 < r <= 1.15:
        return f"a little over {name}"
    return size_of(written_value)


TURN = 1.0   # how far the worked dial is turned up to show its tilt: a whole unit, as the dials read
SMALL_TURN = 0.1   # the small turn seen first, enlarged, where the cost still follows its straight line


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
    grad = float(net.backward(xi, yi).grad_weights[layer][row, col])
    # the turn the chart's right part, which ends with it: the straight line's rise and the
    # curve's, side by side at the turned end, are written right of the chart (review ab-k1
    # s23, 24-39 s); steps of 0.05 of a turn, the dial's own value one of them. Left of the
    # dot, as far as the line runs back (half a turn), or the way down's arrow (0.8 of a turn)
    # when downhill is that way: a steep curve's far end squeezed the turn's drop (review
    # ab-x1 s24, tiny 24-42 s: 'no drop you can read')
    back = 1.0 if grad > 0 else 0.5
    xs = np.linspace(value - back * turn, value + 1.05 * turn, int(round((back + 1.05) / 0.05)) + 1)

    def cost_at(v: float) -> float:
        net.layers[layer].weights[row, col] = v
        return float(net.cost_of(xi, yi))
    costs = np.array([cost_at(v) for v in xs])
    before, turned = cost_at(value), cost_at(value + turn)
    glow_turned = float(net.backward(xi, yi).a[layer + 1][0][row])   # our neuron, the dial turned
    # the small turn's neighbourhood, finely: the curve there, seen enlarged against its line
    fine_xs = np.linspace(value - 0.3 * SMALL_TURN * turn, value + 1.4 * SMALL_TURN * turn, 18)
    fine_costs = np.array([cost_at(v) for v in fine_xs])
    cost_small = cost_at(value + SMALL_TURN * turn)
    net.layers[layer].weights[row, col] = value
    one = net.backward(xi, yi)
    return {"dial": value, "turned": value + turn, "turn": turn, "cost": before, "cost_turned": turned,
            "tilt": float(one.grad_weights[layer][row, col]), "xs": xs, "costs": costs,
            "glow": float(one.a[layer + 1][0][row]), "glow_turned": glow_turned,
            "small": SMALL_TURN * turn, "cost_small": cost_small, "fine_xs": fine_xs, "fine_costs": fine_costs}


def small_said(tilt_written: str) -> str:
    """The straight line's change over the small turn, as written: the tilt's digits a tenth
    (0.21 -> 0.021), so ten small turns check by hand against the tilt."""
    digits = len(tilt_written.split(".")[-1]) if "." in tilt_written else 0
    return written(abs(number_of(tilt_written)) * SMALL_TURN, digits + 1)


CHAIN_ROWS = 3   # the outputs drawn changing when our dial turns: those whose part of the cost changes most


def turned_chain(history: History, dial: Weight, drawn, turn: float = TURN, index: int = EXAMPLE,
                 step: int = STEP, most: int = CHAIN_ROWS) -> dict:
    """What turning our dial up by `turn` does, down the network: a real forward pass (nncore's)
    with the dial changed. Our neuron's glow, each output's guess and its part of the cost (its
    gap's square, for squared error), and the example's cost, before and after; `rows`: the
    drawn outputs whose part changes most (at most `most`), in the outputs' order (review ab1:
    'turn the dial up -> our neuron 0.74 -> 0.86 -> outputs brighten -> squares grow -> cost
    2.69 -> 2.71', on the network, in place of the equation cards)."""
    x, y = history.split("train")
    xi, yi = x[index:index + 1], y[index:index + 1]
    net = history.network(step)
    layer, row, col = dial

    def run() -> tuple[float, np.ndarray, float]:
        seen = net.forward(xi)
        return float(seen.a[layer + 1][0][row]), seen.a[-1][0].copy(), float(net.cost_of(xi, yi))
    glow, guess, cost = run()
    net.layers[layer].weights[row, col] += turn
    glow_turned, guess_turned, cost_turned = run()
    net.layers[layer].weights[row, col] -= turn
    squares = history.config["cost"] == "squared_error"
    part, part_turned = ((guess - yi[0]) ** 2, (guess_turned - yi[0]) ** 2) if squares else (guess, guess_turned)
    change = np.abs(part_turned - part)
    drawn = [int(k) for k in drawn]
    rows = sorted(sorted(drawn, key=lambda k: -change[k])[:most])
    return {"turn": turn, "glow": glow, "glow_turned": glow_turned, "guess": guess, "guess_turned": guess_turned,
            "squares": squares, "part": part, "part_turned": part_turned, "rows": rows,
            "cost": cost, "cost_turned": cost_turned, "target": yi[0].copy()}


def replay_places(chain: dict, change: str) -> int:
    """Decimals for the replayed turn's two costs: the fewest (two at least) whose written
    difference reads as the cost's change written (2.689 -> 2.692: up 0.003, as the opening's
    small turn; the tiny run's 0.2403 -> 0.2197: down 0.021, where 0.240 -> 0.220 read 0.020)."""
    digits = len(change.split(".")[-1]) if "." in change else 0
    for places in range(2, 7):
        before, after = (number_of(written(chain[k], places)) for k in ("cost", "cost_turned"))
        if before != after and written(abs(after - before), digits) == change:
            return places
    return 6


def replay(history: History, work: dict, tilt: dict, numbers: dict, drawn) -> dict:
    """Our dial turned up again by the opening's small turn (not a whole 1: 'as at the start'
    then pointed at a turn no longer shown, and 2.69 + 0.03 did not make 2.71, review s31):
    the real forward pass (`turned_chain`), the cost's change written as `turn_sum` writes the
    real turn's, and the decimals its two costs need to show it."""
    chain = turned_chain(history, tuple(work["dial"]), drawn, turn=tilt["small"])
    change = turn_sum(history, work, tilt, numbers)["real"]
    return {**chain, "change": change, "cost_places": replay_places(chain, change)}


def chain_words(history: History, chain: dict) -> str:
    """The outputs' part of the turn, as said while it is drawn: grouped by which way each
    glows and its square goes ('outputs 2 and 4 glow more, and their squares grow;'); the one
    output named as 'the output'."""
    names = output_names(history)
    many = len(chain["guess"]) > 1
    groups: dict[tuple[str, str], list[str]] = {}
    for k in chain["rows"]:
        glow = "more" if chain["guess_turned"][k] > chain["guess"][k] else "less"
        part = "grow" if chain["part_turned"][k] > chain["part"][k] else "shrink"
        groups.setdefault((glow, part), []).append(names[k])
    said = []
    for (glow, part), who in groups.items():
        one = len(who) == 1
        if many:
            subject = f"output{'' if one else 's'} " + (who[0] if one else ", ".join(who[:-1]) + " and " + who[-1])
        else:
            subject = "the output"
        words = f"{subject} glow{'s' if one else ''} {glow}"
        if chain["squares"]:
            words += f", {'its square' if one else 'their squares'} {part}{'s' if one else ''}"
        said.append(words)
    return "; ".join(said) + ";"


def turned_why(work: dict, chain: dict) -> str:
    """Why the tilt is uphill (or downhill), said as the turn makes our neuron glow: against its
    blame (or as it asks). A reviewer saw a 'glow less' arrow times a bright square become an
    uphill tilt (review ab1, 144-153 s): the turn shows it, the blame arrow lit as it is said."""
    if not work["blame"] or chain["glow_turned"] == chain["glow"]:
        return "whatever its blame"
    wants = "less" if work["blame"] > 0 else "more"
    glow = "more" if chain["glow_turned"] > chain["glow"] else "less"
    return "as its blame asks" if glow == wants else "against its blame"


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
            "glow": written(tilt["glow"], 2), "glow_turned": written(tilt["glow_turned"], 2)}


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
    """Per output, as the cost chapter draws them: the guess (a yellow bar), the right answer
    (a green bar beside it; a green line at zero under both when it is 0: `zero_mark`) and the gap, a thin violet
    (theme.gap) strip beside the guess from the guess to the answer (review 11a: orange arrows
    were a third way to draw the gaps).

    Submobjects: [guess bars, answer bars, gap strips, labels]; the bottom left corner sits at the origin.
    """
    n = len(names)
    column = min(0.5, width / n)
    bars, answers, gaps, labels = VGroup(), VGroup(), VGroup(), VGroup()
    bar_w = 0.3 * column
    for k, (name, said, truth) in enumerate(zip(names, guess, target)):
        x = (k + 0.5) * column
        bars.add(Rectangle(width=bar_w, height=max(said * height, 1e-3), stroke_width=0,
                           fill_color=theme.neuron_fill, fill_opacity=0.95)
                 .move_to([x, max(said, 0) * height / 2, 0]))
        if truth * height >= ZERO_MARK:
            answers.add(Rectangle(width=bar_w, height=truth * height, stroke_width=0,
                                  fill_color=theme.right, fill_opacity=0.95)
                        .move_to([x + bar_w + 0.03, 0, 0], aligned_edge=DOWN))
        else:
            # from the gap strip's place to the answer's, the whole output's width
            answers.add(zero_mark(x - 0.95 * bar_w - 0.03, x + 1.5 * bar_w + 0.03, theme.right))
        low, high = sorted((said, truth))
        gaps.add(Rectangle(width=0.45 * bar_w, height=max((high - low) * height, 0.02), stroke_width=0,
                           fill_color=theme.gap, fill_opacity=1.0)
                 .move_to([x - 0.5 * bar_w - 0.03 - 0.225 * bar_w, low * height, 0], aligned_edge=DOWN))
        label = text(name, size="small")
        if label.width > 0.95 * column and n > 1:
            label.scale_to_fit_width(0.95 * column)
        labels.add(label.move_to([x, -0.25, 0]))
    return VGroup(bars, answers, gaps, labels)


ZERO_MARK = 0.12   # a target of 0's green line: its thickness (7 px at 480p)


def zero_mark(left: float, right: float, colour: str) -> Rectangle:
    """'Should glow 0' drawn: a green line at zero under the gap's strip, the guess bar and the
    answer's place (s35 review, tiny: a zero-length answer bar, a 3 px sliver, left 'should
    glow 0' with no picture); its top a hair above zero, so the guess bar stands on it."""
    return Rectangle(width=right - left, height=ZERO_MARK, stroke_width=0, fill_color=colour, fill_opacity=0.95) \
        .move_to([left, 0.25 * ZERO_MARK, 0], aligned_edge=LEFT + UP)


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
        if kit_numbers.multiplies_to([gap_w, part_w], want, times, places=sig(blame, places)):
            return {"output": k, "gap": gap_w, "part": part_w, "blame": want}
    return {"output": k, "gap": written(gap, -6), "part": written(part, -6), "blame": want}


def board_factors(gap: float, blame: float, blame_text: str, decimals: int) -> tuple[str, str]:
    """The blame board's two factors, twice the gap and how easily the glow moves (nncore's
    blame over twice the gap), written with the fewest decimals (two at least; ties: the ease
    nearest `decimals`, the curve's) that multiply, at the shown decimals, to the blame as written (`blame_text`, its size): twice
    the gap 0.98 x glow moves 0.25 = blame 0.245 reads right by hand (s26 x1: 'gap 0.49' x
    0.25 did not make 0.245)."""
    twice = 2 * abs(gap)
    ease = abs(blame) / twice if twice else 0.0
    want = blame_text.replace("\u2212", "")
    tries = sorted(((g, e) for g in range(2, 6) for e in range(2, 6)), key=lambda ge: (sum(ge), abs(ge[1] - decimals)))
    for g, e in tries:
        if kit_numbers.multiplies_to([written(twice, g), written(ease, e)], want):
            return written(twice, g), written(ease, e)
    return written(twice, 5), written(ease, 5)


def rule_words(history: History, work: dict) -> dict[str, str] | None:
    """The biggest gap's output's blame rule as written large and said (both s28 round-1
    reviewers of backprop: 'give the output blame rule its own large, slow step'; '0.245 is
    written but never said'): twice its gap and how easily its glow moves, as its board column
    writes them (board_factors: two decimals where they still multiply to the blame), and its
    blame as written beside its arrow. None where blame is not gap x 2 x how easily."""
    if blame_line_key(history) != "blame_squared":
        return None
    worst = int(np.abs(work["misses"]).argmax())
    outputs = list(shown_indices(len(work["blame_out"])))
    if worst not in outputs:
        return None
    text = size_written(history, work, worst)
    row = pass_row(history, work, worst, times=2.0)
    decimals = len(row["part"].split(".")[-1]) if "." in row["part"] else 2
    twice, ease = board_factors(float(work["misses"][worst]), float(work["blame_out"][worst]), text, decimals)
    return {"twice": twice, "ease": ease, "blame": text}


def size_written(history: History, work: dict, k: int) -> str:
    """Output `k`'s blame as its size is written beside its arrow: the sent-back table's digits
    (each number drawn once: the rows go on from it), three decimals at most for the others."""
    outputs = list(shown_indices(len(work["blame_out"])))
    value = abs(float(work["blame_out"][k]))
    text = written(value, table_places(history, work)[0])
    if (k not in outputs or outputs.index(k) not in set(table_rows(work, sent_back(history, work)))) \
            and "." in text and len(text.split(".")[1]) > 3:
        text = written(value, 3)
    return text


PUSHES = (0.1, 0.01, 0.001, 0.0001)   # the pushes tried on the output's total, biggest first


def pushed_cost(history: History, k: int, push: float, index: int = EXAMPLE, step: int = STEP) -> float:
    """This example's cost (nncore's forward pass) with output `k`'s total pushed up by `push`:
    its bias adds straight into its total, so turning the bias is pushing the total."""
    x, y = history.split("train")
    net = history.network(step)
    net.layers[-1].biases[k] += push
    return float(net.cost_of(x[index:index + 1], y[index:index + 1]))


def push_measure(history: History, work: dict) -> dict:
    """Blame measured, not told (every backprop review of s30-s31: 'what is blame?'): the biggest
    gap's output's total pushed up, the network run again, the cost's change; blame is that
    change per push. The push is the biggest of PUSHES whose change, written with the blame's
    decimals shifted by the push, reads back as the blame written beside its arrow (a push of
    0.1 gave 0.0274 beside a blame of 0.278: reviewers saw the mismatch)."""
    worst = int(np.abs(work["misses"]).argmax())
    blame = size_written(history, work, worst)
    decimals = len(blame.split(".")[-1]) if "." in blame else 0
    cost = pushed_cost(history, worst, 0.0)
    for push in PUSHES:
        change = pushed_cost(history, worst, push) - cost
        shift = int(round(-np.log10(push)))
        change_text = written(abs(change), decimals + shift)
        per = written(number_of(change_text) * 10 ** shift, decimals)
        if per == blame:
            break
    return {"output": worst, "push": push, "push_text": f"{push:g}", "cost": cost, "change": change,
            "change_text": change_text, "rise_text": written(abs(change), -2), "per": per, "blame": blame,
            "up": change > 0}


PUSH_BAR = 2.5   # the measuring push drawn as a white bar this long; the cost's rise on its scale
ONE_BAR = 5.0    # ... and a push of 1, at most this long: the two stretched alike (the room allowing)
AMOUNT_BAR = 0.3  # the amount bars' thickness (18 px at 480p)


def push_bars(m: dict, room: float) -> dict[str, float]:
    """The push picture's lengths (s36 review: 'show amounts as bar and arrow lengths'): the push
    and the cost's rise on one scale, then both stretched alike until the push is 1, so the
    rise's arrow is the change per 1, the blame; `room`: the width there is."""
    ratio = abs(m["change"]) / m["push"]   # nncore's rise, per push
    one = max(PUSH_BAR, min(ONE_BAR, room - 0.6))
    return {"push": PUSH_BAR, "rise": PUSH_BAR * ratio, "one": one, "per": one * ratio}


def nudged(activation: str, z: float, push: float) -> dict:
    """A neuron's total coming in, `z`, pushed up by `push` (the blame's measuring push: one
    push size on every total, s32 review: 'the measured push is 0.01 while the other pushes are
    0.1'), and its glow before and after, nncore's own squashing; the move written with three
    significant digits, so a hundredth push's 0.00183 reads as 0.183 for each 1 (a push of 0.1
    moved it 0.018 beside '0.183 for each 1'). One push for the output and our neuron alike."""
    glow, moved = (float(squashed(activation, np.array([v]))[0]) for v in (z, z + push))
    return {"z": z, "glow": glow, "moved": moved, "step": push,
            "step_text": f"{push:g}", "move_text": written(moved - glow, -3)}


def out_nudge(history: History, work: dict, push: float) -> dict:
    """The biggest gap's output nudged (review s28 ab2-t1-r2's one change: 'how easily it moves'
    shown on the output neuron itself, not in a small side graph), by `push`, the blame's
    measuring push (push_measure's, measured once by its caller)."""
    worst = int(np.abs(work["misses"]).argmax())
    z = float(example_pass(history).z[-1][0][worst])
    return {"worst": worst, **nudged(history.config["activations"][-1], z, push)}


def ours_nudge(work: dict, push: float) -> dict:
    """Our hidden neuron nudged as the output was (reviews s29 ab-da/ab-ta, all four: 'just
    like the outputs' was shown with the S-curve the outputs no longer used), the hidden
    layer's squashing, by the same `push`."""
    return nudged(work["activation"], float(work["z"]), push)


def dial_nudge(history: History, work: dict, tilt: dict) -> dict:
    """Our dial turned up by the opening's small turn: our neuron's total moves by that times
    the dial's input (nothing else changes the total), as written on screen and said. The
    input is written as the dial's picture writes it (two decimals), with a third where the
    move would not check by hand with two."""
    step = float(tilt["small"])
    value = float(work["input"])
    rise = step * value
    rise_text = written(rise, -2)
    label = written(value, 2)
    if written(step * number_of(label), -2) != rise_text:
        label = written(value, 3)
    image = input_kind(history) == "image"
    return {"step": step, "input": value, "rise": rise, "step_text": f"+{people(step)}",
            "rise_text": ("+" if rise >= 0 else "") + rise_text, "input_text": label,
            "total_way": "rises" if rise >= 0 else "falls",
            # both factors said, as written beside the dial (s33 review: 'say both factors')
            "input_said": f"{'the brightness' if image else 'its input'}, {spoken(value, len(label.split('.')[-1]))}",
            "total_said": spoken(abs(rise), -2)}


def turn_sum(history: History, work: dict, tilt: dict, numbers: dict) -> dict:
    """The small turn's whole sum, as written under the tilt's bars (both s30 reviewers: the
    tilt built as 'blame x brightness' never came back to the cost): our neuron's total's move
    (dial_nudge's '+0.081') times its blame as written, the cost's change, written with the
    opening's small change's decimals; and that change measured, the dial really turned by the
    small turn (nncore's cost, dial_tilt's), written alike: the two agree."""
    rise = dial_nudge(history, work, tilt)["rise_text"]
    blame = size_of(written(work["blame"], blame_places(work)))
    said = small_said(size_of(numbers["tilt"]))   # the chain's numbers: chain_numbers, worked out once
    places = len(said.split(".")[-1])
    real = tilt["cost_small"] - tilt["cost"]
    return {"rise": rise, "blame": blame, "up": real > 0,
            "change": written(abs(number_of(rise) * number_of(blame)), places),
            "real": written(abs(real), places)}


def meets(a: Mobject, b: Mobject, gap: float = 0.0) -> bool:
    """Whether two mobjects' boxes come within `gap` of each other."""
    return not (a.get_right()[0] + gap <= b.get_left()[0] or b.get_right()[0] + gap <= a.get_left()[0]
                or a.get_top()[1] + gap <= b.get_bottom()[1] or b.get_top()[1] + gap <= a.get_bottom()[1])


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
        shown = [written(f, -digits) for f in factors]
        product = times * float(np.prod([number_of(f) for f in shown]))
        if (kit_numbers.multiplies_to(shown, want, times, places=sig(result, result_places))
                and (not clear or abs(product - number_of(want)) < 0.4 * unit)):
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


FEW_TILTS = 4   # the ending's turn arrows per layer pair: the biggest tilts, each on its thickened wire
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
        # only the handful of biggest (review 11a: about 30 arrows over the mesh read as confetti)
        picked = sorted(picked, key=lambda d: -abs(d[3]))[:FEW_TILTS]
        wave.append(picked)
    return wave


def red_words(history: History, work: dict) -> str:
    """The sign flip, said only when a drawn dial from our neuron to the outputs is red
    (negative), on the red output that sends back the most: it wants its glow one way, and
    through a red wire that asks our neuron for the other."""
    pair = len(history.config["sizes"]) - 2
    dials = history.snapshot(STEP).weights[pair][:, work["neuron"]]
    if not (dials[shown_indices(len(dials))] < 0).any():
        return ""
    k = red_row(history, work)
    if k is None:
        return "A red wire turns the arrow over."
    output = shown_indices(len(work["blame_out"]))[k]
    wants = "less" if work["blame_out"][output] > 0 else "more"
    asks = "more" if wants == "less" else "less"
    who = "the output" if len(work["blame_out"]) == 1 else f"output {output_names(history)[output]}"
    # (session 19: 'so through its red wire it asks', the red wire said twice: cut for length)
    # the wire named by its output (s34 review, tiny: 'our dial' is red too, so 'a red wire' could
    # point at the wrong one)
    return (f"The red wire from {who} turns the arrow over: {who} wants to glow {wants}, "
            f"so it asks our neuron for {asks}.")


def red_row(history: History, work: dict) -> int | None:
    """The written row (drawn position) with a red dial that sends back the most, if any."""
    flows = sent_back(history, work)
    dials = history.snapshot(STEP).weights[-1][shown_indices(len(work["blame_out"])), work["neuron"]]
    red = [k for k in table_rows(work, flows) if dials[k] < 0]
    return max(red, key=lambda k: abs(flows[k])) if red else None


def others_count(history: History, work: dict) -> int:
    """How many drawn outputs send back in the tally's one line ('+ 7 more'), not a row each."""
    return len(sent_back(history, work)) - len(table_rows(work, sent_back(history, work)))


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
    """The traced rows (drawn positions): the outputs that send back the most either way, each
    traced down its own wire and written out; the others go in one line (review e1, session 18:
    three traced arrows, 'the outputs not traced summed as one row')."""
    return biggest_rows(flows)


def told_order(work: dict, flows: np.ndarray, dials: np.ndarray) -> list[int]:
    """The traced rows in the order the words tell them: blue wires first, thickest first ('a
    thick wire passes on more, a thin one less'), then the red ones, the biggest first ('a red
    wire turns the arrow over')."""
    rows = table_rows(work, flows)
    blue = sorted((k for k in rows if dials[k] >= 0), key=lambda k: -abs(dials[k]))
    red = sorted((k for k in rows if dials[k] < 0), key=lambda k: -abs(flows[k]))
    return blue + red


def sent_back_column(work: dict, flows: np.ndarray) -> tuple[list[str], str]:
    """The sent-back column as written: the biggest rows, the others' line, and the total.
    The others' line is what the written rows leave of the written total, so the column adds
    up when checked by hand (it is within one unit of its last place of the exact remainder)."""
    places = chain_places(work, flows)[0]
    rows = [written(f, places) for f in flows[table_rows(work, flows)]]
    total = written(work["total"], places)
    rest = round(number_of(total) - sum(number_of(r) for r in rows), places)
    return rows + [written(rest, places)], total


def sum_parts(work: dict, flows: np.ndarray) -> dict:
    """The arrows arriving at our neuron, added up as the screen writes them: the pieces (the
    traced rows, then the others' line) of the total's way together, the other way's together,
    and what is left, the total (each from the written column, so they check by hand: 0.16 +
    0.08 + 0.04 = 0.28, less 0.10 = 0.18). A review found 0.16, 0.08, 0.10 and 0.04 written
    over 'added up: 0.18' with nothing to show the 0.10 taken away (session 23)."""
    places = chain_places(work, flows)[0]
    column, total = sent_back_column(work, flows)
    values = [number_of(v) for v in column]
    main = way_of(work["total"]) or 1
    with_ = [v for v in values if v and way_of(v) == main]
    against = [v for v in values if v and way_of(v) != main]
    return {"main": main, "with": written(abs(sum(with_)), places), "n_with": len(with_),
            "against": written(abs(sum(against)), places) if against else "", "n_against": len(against),
            "total": size_of(total)}


def sum_said(work: dict, flows: np.ndarray) -> dict[str, str]:
    """The adding up said in beats, each as its part is drawn: 'the down arrows stack,', 'the
    up arrow takes some back.', and what is left drawn as the words end (the way is named as
    the arrows point; the numbers are written, not said)."""
    parts = sum_parts(work, flows)
    mains, others = ("down", "up") if parts["main"] < 0 else ("up", "down")
    many = parts["n_against"] > 1
    # the numbers are written, not said (the chapter says few: test_few_numbers_are_said)
    if not parts["n_against"]:
        return {"with": "they stack into one arrow.", "against": ""}
    return {"with": f"the {mains} arrows stack,",
            "against": f"the {others} arrow{'s' if many else ''} take{'' if many else 's'} some back."}


def size_of(text: str) -> str:
    """A written number's size, its sign dropped: a blame's way is its arrow's."""
    return text.replace("\u2212", "")


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
        if all(kit_numbers.multiplies_to([written(b, -b_digits), written(d, -d_digits)], written(f, places),
                                         places=sig(f, places)) for b, d, f in zip(blames, dials, flows)):
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


def measured(tilt: dict) -> tuple[float, int]:
    """The change in cost measured by turning the dial, as the two costs are written (2.71 -
    2.69 = 0.02, checking by hand), and its decimals."""
    places = tilt_places(tilt)[1]
    return number_of(written(tilt["cost_turned"], places)) - number_of(written(tilt["cost"], places)), places


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


CAP_MANY, CAP_ONE = 0.36, 1.0   # the longest blame arrow beside stacked outputs (they stand 0.4 apart), and beside one
MIN_ARROW = 0.1                  # the shortest blame arrow drawn: 4 px at 480p, still an arrow


def arrow_unit(blames: np.ndarray, flows: np.ndarray, total: float, n: int) -> float:
    """Screen units per 1.0 of blame, one for the whole close-up, so every arrow's length is its
    amount on one scale: the longest of the outputs' arrows and what their wires pass on fits
    between two outputs (the total is drawn at our neuron, where it has room)."""
    top = max(float(np.abs(blames).max(initial=0.0)), float(np.abs(flows).max(initial=0.0))) or abs(total) or 1.0
    return (CAP_MANY if n > 1 else CAP_ONE) / top


CLOSE_STEP = 3.3    # how far right the close-up steps once the gaps are gone: the traced rows need 3.2 units left of our neuron


def wire_width(dial: float, scale: float) -> float:
    """A close-up wire's thickness for its dial, one rule for every wire there (ours and the
    outputs'), as the worked dial's wire on the network (review u1: the output's dial of 1.13
    was drawn thinner than our dial of 0.002)."""
    return 2.0 + 10.0 * min(abs(dial) / (scale or 1.0), 1.0)


def arrow_height(value: float, unit: float) -> float:
    """A blame arrow's length for `value`: its size on the close-up's one scale."""
    return max(MIN_ARROW, abs(value) * unit)


def sure_words(history: History, work: dict) -> str:
    """Why some drawn outputs with smaller gaps than the biggest get more blame, named: the
    curve is steeper where they are (shown on it as it is said)."""
    worst = int(np.abs(work["misses"]).argmax())
    blame = np.abs(work["blame_out"])
    names = output_names(history)
    more = [names[k] for k in shown_indices(len(blame)) if blame[k] > blame[worst]]
    # (session 19: 'an output already nearly sure moves slowly' cut: the slope is now said and
    # multiplied on screen, and output 2 at 0.76 was not 'nearly sure', said review e1)
    if not more or len(blame) == 1:
        return ""
    who = more[0] if len(more) == 1 else ", ".join(more[:-1]) + " and " + more[-1]
    many = len(more) > 1
    return (f"Output{'s' if many else ''} {who} {'have smaller gaps' if many else 'has a smaller gap'}, "
            f"yet get{'' if many else 's'} more: {'they move' if many else 'it moves'} more easily.")


# the close-up of the last two layers (our hidden neuron and the outputs)
CLOSE_HIDDEN = (-5.6, 0.0, 0)
CLOSE_OUT_X = -2.0
CLOSE_TOP, CLOSE_GAP = 2.05, 0.4   # the first output's height, and the outputs' spacing (under the key, over the bar)
CLOSE_ARROW_X = -1.15               # the outputs' blame arrows, right of their names
PANEL_X = 2.75                       # the gaps' panel, right of the close-up
PANEL_SIZE = (4.6, 2.7)
ROW_MARGIN = 0.3    # the traced rows' left ends at least this far in from the frame's edge (18 px at 480p)
ROW_CLEAR = 0.25   # the traced rows' arrows this far left of our neuron, the rows as far from its name
ROW_REACH = 0.4     # the traced rows' arrows at their longest (the rows stand 0.45 apart)
LABEL_ALONG = 0.68  # where a traced wire's dial is written along it, from our neuron: where the wires have spread
# the opening's chart again at the end, small, right of the tilt's product (1.9 wide: at 2.2 its
# 'tilt 0.03' touched the cost bar, review ab-k1 s24 165-168 s)
AGAIN_BOX, AGAIN_X, AGAIN_Y = (1.9, 1.45), -1.0, -3.6
GATHER_HOLD = 1.8  # s: the gathered sum, rows, stack and total, stands still this long once whole
GATHER_PAUSE = 0.4  # s: the breath after the gathering's line, on top of its hold
ONE_REACH = 1.5    # one output: its arrow followed back, at its longest (review s37: larger than the output's own)
SUM_REACH = 2.0    # the arrows of the total's way, head to tail under the rows: this tall
RECIPE_Y = -2.7   # our neuron's blame built, large under it, over the subtitles' band

# the cost's square on the biggest gap, in the gaps' panel's place (reviews ab-k1 and ab-x1/x3 s24,
# 75-87 s: 'twice its gap, since the cost squares each gap' was told, not shown): drawn this big
# whatever the gap (its words say how big), its bottom left corner here (further right if the
# outputs' arrows need it); the glow nudged shrinks it by a strip on two sides, each STRIP thick
# (drawn, never written) and as long as the gap, pulled STRIP_OUT off the square
SQUARE_SIDE, SQUARE_LEFT, SQUARE_BOTTOM = 2.6, 1.9, -1.95
STRIP, STRIP_OUT = 0.25, 0.35
KEY_LEFT, KEY_TOP = -6.5, -1.5   # the blame key's top left corner: under our neuron's name, clear of the edge

EASE_LEFT = 0.9   # the output's nudge picture's left end at least (in the gaps' panel's place)
OURS_EASE_TOP = 3.4   # our neuron's nudge picture's top: right of the road, or under it
OURS_WIRE = 2.3       # ... its wire's length to the neuron's centre (the output's: 2.85)
OURS_ROOM = 4.4       # ... the room it needs right of the outputs' names at full size
# a cross-fade's two halves: the old picture leaves in the first 45 %, the new comes from 30 %
# (no near-empty frame between them, and no ghost of both at full strength)
LEAVE = squish_rate_func(smooth, 0.0, 0.45)
COME = squish_rate_func(smooth, 0.3, 1.0)
BOARD_BAR, BOARD_BAR_H = 1.6, 0.22   # the blame board's bars: the longest of a row, and their thickness
RULE_HOLD = 2.6       # the output's blame rule, written large, stands this long once whole (2 s was
                      # seen whole in no frame 3 s apart in the tiny run: review ab2-b s29)
STRIPS_PAUSE = 2.2     # s: the quiet after the square's two strips, before 'so twice its gap' (s31: rushed)

BARS_X, BARS_LONG, BARS_TOP, BARS_GAP = 2.9, 3.4, 2.2, 1.05   # the tilt's bars: left, the blame's length, first row, rows apart
TURN_X = 2.75              # the turn's squares and cost bar: left edge, right of the blame sizes
TURN_SQUARE = 0.34         # the biggest square's side among the outputs' rows (0.4 apart)
TURN_SQUARE_ONE = 0.8      # one output: its square alone, big enough to see it change (its words fit right of it)
COST_BAR, COST_BAR_Y = 3.4, -2.3   # the cost bar's length at the larger cost, and its height under the rows
RIGHT_EDGE = 6.8           # text stays left of this (the frame ends at 7.1)
PASSED = 0.25   # a number the words have moved past, dimmed (s35 review: 'cost 2.6893 -> 2.6921, cost up
                # 0.00278, 0.00278 for 0.01, 0.278 for each 1' all bright at once, too many numbers)
KEPT_SIZE, KEPT_BOTTOM = 0.34, -3.55   # the measurement kept small: its cost words' height (20 px at 480p), its bottom (under the ease's words)
TURN_NAMED_APART = 0.7     # the turn's rows this far apart (and more) name each 'output 2's square' over its value
TURN_WORDS_LEAST = 0.85    # the turn's named rows shrink at most to this, to stay on their rows

SWEEP_LEAST = 2.0   # s: the backwards band's crossing of the network, at least
ALONG = (0.3, 0.5, 0.7)   # where the ending's turn arrows stand along their wires, in turn
WAY_ARROW = 0.24     # a way arrow's least height: 14 px at 480p (8 units are 480 px)


# --- the chapter ---

class Backprop(Chapter):
    pause_after_section = 1.2   # a breath after each line; the next one's clearing and setting up
    # play before its words (review: words ran 3 s ahead of the picture), adding to the quiet
    name, title = "backprop", "Backpropagation"

    def works(self) -> dict:
        """The worked example's numbers, each worked out once per scene and read by both
        `facts()` and `construct()` (as forward's `works()`): our neuron's blame (`work`), our
        dial's tilt (`tilt`), the chain's numbers as written (`numbers`) and the blame's
        measuring push (`measure`)."""
        if not hasattr(self, "_works"):
            h = self.history
            work = worked(h)
            tilt = dial_tilt(h, tuple(work["dial"]))
            self._works = {"work": work, "tilt": tilt, "numbers": chain_numbers(h, work, tilt),
                           "measure": push_measure(h, work)}
        return self._works

    def facts(self) -> dict[str, object]:
        h = self.history
        _, y = h.split("train")
        truth = y[EXAMPLE]
        works = self.works()
        work, tilt, numbers, m = works["work"], works["tilt"], works["numbers"], works["measure"]
        misses = work["misses"]
        worst = int(np.abs(misses).argmax())
        image = input_kind(h) == "image"
        chain = replay(h, work, tilt, numbers, shown_indices(len(misses)))
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
                # the cost's square on the biggest gap, drawn as the cost chapter wrote it
                "cost_squares": "The cost squares each gap" if many else "The cost squares the gap",
                # the way its glow goes to shrink the gap: its arrow's (glow less: it said too much)
                "worst_way": "less" if misses[worst] > 0 else "more",
                # how easily our neuron's glow moves, said as its line writes it ('glow moves 0.995
                # for each 1'; s33 review: 0.99 said beside 0.995 drawn)
                "ease": size_of(numbers["slope"]),
                # read out only, not a check: said in words, the screen keeps the number (s34 review)
                "ease_words": in_words(numbers["slope"]),
                # the blame spoken as written (a reviewer heard 0.194 as the blame)
                "blame_said": spoken(abs(work["blame"]), blame_places(work)),
                # one output: no 'each gap', 'each output', 'added up' (the tiny run's review)
                "gap_becomes": "Each gap becomes" if many else "The gap becomes",
                "each_output_sends": "Each output sends" if many else "The output sends",
                # thick against thin only where there are wires to compare (review s23 tiny,
                # 96-102 s: 'a thin one less' over its one wire)
                "dial_scales": "and the wire's dial scales it:" if many else "and the wire's dial scales it.",
                "thick_words": "a thick wire passes on more," if many else "",
                "thin_words": "a thin one less." if many else "",
                # the adding up seen in numbers, in three beats (session 23)
                # the others' one row ('+ 7 more: 0.04') said as it comes (s34 review: never explained)
                "sum_words": (f"At our neuron they add up, with the other {rest}:"
                              if (rest := others_count(h, work)) > 0
                              else "At our neuron they add up:") if many
                else "That one arrow is all that comes back.",
                **({f"sum_{k}": v for k, v in sum_said(work, sent_back(h, work)).items()} if many
                   else {"sum_with": "", "sum_against": ""}),
                "sure_words": sure_words(h, work),
                # blame measured: the biggest gap's output's total pushed, the cost's change
                **{"push_whose": f"output {output_names(h)[worst]}'s" if many else "the output's",
                   # the readouts (0.00278 for 0.01) are written small, not said: only the rate
                   # per 1, as its line writes it, '0.278 for each 1' (s33 reviews: 'stop saying
                   # the raw readouts'; then 0.28 said beside 0.278 drawn)
                   "push_step": m["push_text"],
                   "push_move": "rise" if m["up"] else "fall", "push_blame": m["per"],
                   # the push only checks: working backwards's rule (nncore's blame, as written
                   # under the measured one) gets the same number (s35 review: a newcomer took
                   # the push for how the network learns)
                   "rule_same": "the same number" if m["per"] == m["blame"] else "nearly the same number"},
                # the biggest gap's blame rule, said as it is written large, both factors and
                # their product (s33 review: '1.52, times how easily it moves: 0.28' left out
                # the 0.183, and 1.52 x 0.18 is not 0.28)
                # (how easily its glow moves is one number, said as its nudge's and as the rule's)
                **({"nudge_step": out_nudge(h, work, m["push"])["step_text"],
                    "rule_twice": rule["twice"], "rule_ease": rule["ease"], "rule_blame": rule["blame"],
                    "rule_ease_words": in_words(rule["ease"])}
                   if (rule := rule_words(h, work)) else
                   {"nudge_step": "", "rule_twice": "", "rule_ease": "", "rule_blame": "", "rule_ease_words": ""}),
                # our neuron's blame by the output's rule, said as its recipe is written
                # (review ab-x1 s23: 'keeps nearly all of this / what is left' named it a third way)
                "the_outputs": "the outputs" if many else "the output",
                # the zoom's input, named with its value as it first appears (s34 review)
                "zoom_input": (f"its square, brightness {spoken(work['input'], 2)}" if image
                               else f"its input, {spoken(work['input'], 2)}"),
                "came_words": "What the arrows added up to" if many else "What comes back",
                # its product said whole, as its recipe writes it (s33 review: 'say both factors')
                "came_value": size_of(numbers["total"]),
                # our neuron nudged as the output was, said as it is drawn
                "ours_step": ours_nudge(work, m["push"])["step_text"],
                # the way in plain words, no sign to fight ('its blame is plus and its arrow
                # points down' made plus mean down, said the review)
                # (review k: 'above zero, drawn as a down arrow' asked a newcomer to hold a sign
                # against its arrow): the arrow's way in the key's words, and its size beside it
                "worst_way_words": f"{f'Output {output_names(h)[worst]}' if many else 'The output'} said too "
                                   # the arrow's meaning said once, in words (review v1)
                                   + ("much, so its arrow points down: glow less." if misses[worst] > 0 else
                                      "little, so its arrow points up: glow more."),
                # the other outputs' blames come after the rule, 'the same way' (review 8); why
                # some get more after its own bookmark, so the curve's spot is lit as it is said
                "rest_words": (f"Every output's blame comes the same way{';' if flat else '.'}" if many else ""),
                "flatter_words": flat[2:] + "." if flat else "",   # flat is '; the curve is flatter ...'
                # the output's steepness, said as it is drawn on its curve (review: 0.183 was
                # first met inside a product)
                "out_ease": out_ease(h, work, worst),
                # the turn seen down the network (review ab1's one change): our neuron, the
                # outputs that matter most, the cost; then why that is uphill
                "glow_way": "more" if chain["glow_turned"] > chain["glow"] else "less",
                # its two glows are written; said only 'a little' when they differ by under 0.05
                "glow_little": "a little " if abs(chain["glow_turned"] - chain["glow"]) < 0.05 else "",
                "glow_from": spoken(chain["glow"], 2), "glow_to": spoken(chain["glow_turned"], 2),
                "outs_words": chain_words(h, chain), "why_words": turned_why(work, chain),
                # (session 15: 'a bright square passes the blame on' cut, the product says it)
                # (session 18: 'the brighter the square, the bigger the tilt' cut: the turn said it)
                # (not 'its square's': the cost's squares grow 10 s before, review g1)
                "times_words": "the brightness" if image else "its input",
                # said only where a blank input is drawn beside it (the tiny run said 'a zero passes
                # on nothing' over no zero)
                "nothing_words": "" if blank_input(h, work) is None else
                (": a blank one passes on nothing" if image else ": a zero passes on nothing"),
                "nudge_way": "up" if work["nudge"] < 0 else "down",
                # our dial turned by the small turn: our neuron's total moves that times its input
                # (reviews ab2-b s29, both: 'tilt = blame x brightness' was a bare rule)
                **{k: v for k, v in dial_nudge(h, work, tilt).items() if k.endswith("_said") or k == "total_way"},
                # the replayed turn is the opening's small one, its cost's change said as written
                "turn": people(tilt["small"]), "red_words": red_words(h, work),
                "tilt_change": chain["change"],
                "tilt_way": "rises" if chain["cost_turned"] > chain["cost"] else "falls",
                # said as the run did (the tiny run's cost fell, and the words said 'That rise')
                "tilt_hill": "uphill" if tilt["tilt"] > 0 else "downhill",
                # the tilt said as the tangent's label writes it, and the whole turn's change set
                # against it aloud (review s20 v1: 'down 0.14' beside 'tilt 0.21', never said why)
                "tilt_said": size_of(numbers["tilt"]),
                # the small turn first, enlarged, where the cost follows the straight line
                # (review ab-x1 s25, both reviewers' one change: two drops at once)
                "small_turn": people(tilt["small"]),
                "small_said": small_said(size_of(numbers["tilt"])),
                "line_way": "rises" if tilt["tilt"] > 0 else "falls",
                "which_neuron": ("the hidden neuron we followed in the forward pass" if work["follows_forward"]
                                 else "this hidden neuron"),   # ringed as it is said (blame is not yet taught)
                "which_dial": ("the one from this square" if image else "the one from the input the forward pass multiplied first")
                # the dial's source is the biggest input (readings: its largest size), said so
                # ('the input that sends it the most' read as the most sent, review s21 w1, 15 s:
                # its dial of -0.002 sends almost nothing)
                if work["first_input"] else ("the one from its brightest square" if image
                                             else "the one from its biggest input")}

    def construct(self) -> None:
        h, t = self.history, self.theme
        snap = h.snapshot(STEP)
        works = self.works()   # worked out once, with the facts
        work, tilt, numbers, pm = works["work"], works["tilt"], works["numbers"], works["measure"]
        dial = tuple(work["dial"])

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
        plot = self.tilt_plot(tilt, size_of(numbers["tilt"]))
        places = tilt_places(tilt)
        x_train = h.split("train")[0]
        unlit = [x_train[EXAMPLE]] + [np.zeros(n) for n in diagram.sizes[1:]]   # only the inputs: the pixels
        self.play(FadeIn(picture), diagram.light_up(unlit), FadeOut(dials), FadeOut(ways), run_time=0.6)
        with self.say("tilt") as tracker:
            dial_edge = self.dial_line(diagram, dial, tilt["dial"])
            number = self.dial_number(dial_edge, tilt["dial"], places[0])
            # each drawn as it is named (6 s stood still under 'into the hidden neuron ...')
            self.wait_before(tracker, "dial", 0.3)
            # its wire lit first, then its label at that wire (review 17: the label stood by a
            # thicker wire before the highlight came, and read as that wire's)
            # a soft halo under it stays while it is ours (review tiny, 15-21 s: the thin red wire
            # did not show, and its label read as the thick blue one's above it)
            width = dial_edge.get_stroke_width()
            halo = dial_edge.copy().set_stroke(t.focus, width=width + 10, opacity=0.35)
            self.play(Create(halo), Create(dial_edge), FadeIn(pixel), run_time=0.7)
            halo_on = float(self.renderer.time)
            # lit thick for a moment: a thin dial's wire did not show under a colour change
            self.play(dial_edge.animate(rate_func=there_and_back).set_stroke(t.focus, width=width + 8), run_time=0.8)
            self.show(dial_lit_s=float(self.renderer.time))
            self.play(FadeIn(number), run_time=0.4)
            # where the label stands against every drawn wire of its layer pair (the nearest must be ours)
            self.show(dial_label=[*map(float, number.get_corner(DOWN + LEFT)[:2]), *map(float, number.get_corner(UP + RIGHT)[:2])],
                      dial_wires=[[r, c, *map(float, line.get_start()[:2]), *map(float, line.get_end()[:2])]
                                  for r in diagram.shown_indices(dial[0] + 1) for c in diagram.shown_indices(dial[0])
                                  for line in [diagram.edge_line(dial[0], r, c)] if line is not None])
            self.wait_before(tracker, "neuron", 0.2)
            self.play(neuron.animate.set_stroke(t.focus, width=4), run_time=0.5)
            self.play(Indicate(neuron, color=t.focus, scale_factor=1.4), run_time=0.8)
            self.play(FadeIn(plot["axes"]), FadeIn(plot["names"]), Create(plot["curve"]), FadeIn(plot["dot"]),
                      FadeIn(plot["readout"]), run_time=1.2)
            # the small turn first, enlarged, where the cost still follows the straight line
            # through the dot, and the tilt named from it; only then the whole turn and its own
            # change, said and written together (review ab-x1 s25, both reviewers' one change:
            # 'down 0.14' and 'tilt 0.21' stood together 13 s before 0.14 was said)
            lens = self.tilt_lens(tilt, plot, small_said(size_of(numbers["tilt"])))
            # when each part is said, for the manifest (the tests set the drawing against it)
            self.show(said_at={m: float(self.renderer.time + tracker.time_until_bookmark(m))
                               for m in ("small", "zoom", "tilt", "per", "why", "read")})
            self.wait_before(tracker, "small", 0.2)
            self.play(Create(lens["box"]), run_time=0.4)
            self.play(TransformFromCopy(lens["box"], lens["big"]), FadeIn(VGroup(lens["curve"], lens["dot"]), scale=0.5),
                      FadeIn(lens["word"]), run_time=0.8)
            self.show(tilt_lens_on=float(self.renderer.time))
            # 'the cost stays on the straight line through the dot': the line, on the lens and the
            # chart, under the curve; then the small turn and the line's change over it
            self.wait_before(tracker, "zoom", 0.1)
            self.play(Create(lens["line"]), Create(plot["tangent"]), run_time=0.8)
            self.bring_to_front(lens["curve"], lens["dot"])
            self.play(Create(lens["run"]), FadeIn(lens["run_words"]), run_time=0.5)
            self.play(Create(lens["riser"]), FadeIn(lens["end"]), FadeIn(lens["drop"]), run_time=0.6)
            self.show(small_drop_s=float(self.renderer.time))
            # 'for each 1 the dial turns, that is 0.21': a whole turn along the dial, and the
            # line's change over it, the tilt, written
            self.wait_until_bookmark("tilt")
            self.play(Create(plot["run"][0]), FadeIn(plot["run"][1]), run_time=0.6)
            self.play(Create(plot["step"]), FadeIn(plot["word"]), Indicate(plot["tangent"], color=t.text), run_time=0.8)
            self.show(tilt_step_s=float(self.renderer.time))
            self.wait_until_bookmark("per")
            self.play(Indicate(VGroup(plot["step"][1], plot["word"]), color=t.focus), run_time=0.9)
            # why the straight line: 'learning takes only small steps' over the
            # small turn, enlarged (s26 x1, both reviewers: why read the tilt off the line?)
            self.wait_before(tracker, "why", 0.1)
            self.play(Indicate(VGroup(lens["line"], lens["run"], lens["riser"]), color=t.focus, scale_factor=1.05),
                      run_time=0.9)
            self.show(why_small_s=float(self.renderer.time))
            # 'so the tilt is read at a small turn': the small box at the dot and its enlargement
            self.wait_before(tracker, "read", 0.1)
            self.play(Indicate(VGroup(lens["box"], lens["big"]), color=t.focus, scale_factor=1.05), run_time=0.9)
            # (session 31: no whole turn of the dial after this: 'a big turn rises a bit less,
            # 0.02' set a third close number beside the tilt and its tenth, and both reviewers
            # lost the thread there)
            # every word and number on the chart now, where it stands (they must not overlap)
            self.show(tilt_texts=self.text_boxes(VGroup(*plot.values())),
                      tilt_rises=self.rises_drawn(plot))
            # the picture before its words: the arrow runs downhill at the end of this line,
            # standing through the beat before 'so this dial should turn down' (it came 3 s late)
            self._wait_out(tracker.get_remaining_duration() + 0.1)   # past the line's last frame (whole frames: at 3 fps a plain wait fell short of it)
            # the lens and the turn of 1 go as the arrow comes (the tiny run's chart was a knot
            # of numbers under this line)
            self.play(GrowArrow(plot["downhill"][0]), GrowArrow(plot["downhill"][2]), FadeIn(plot["downhill"][1]), FadeOut(lens["all"]),
                      FadeOut(plot["run"]), run_time=0.8)
            self.remove(*lens["all"])
            self.show(tilt_lens_off=float(self.renderer.time))
            self.show(downhill_texts=self.text_boxes(VGroup(*plot.values())))
        with self.say("downhill") as tracker:
            self.play(Indicate(plot["downhill"][1:], color=t.focus), run_time=0.8)
            # the way's arrow along the dial's axis, for the tests: it points as its words say
            way_arrow = plot["downhill"][2]
            self.show(way_arrow={"words": plot["downhill"][1].original_text,
                                 "from": float(way_arrow.get_start()[0]), "to": float(way_arrow.get_end()[0]),
                                 "rise": float(way_arrow.get_end()[1] - way_arrow.get_start()[1])})
        self.show(tilt={k: v for k, v in tilt.items() if k not in ("xs", "costs", "fine_xs", "fine_costs")})

        guess = work["misses"] + h.split("train")[1][EXAMPLE]
        worst = int(np.abs(work["misses"]).argmax())
        outgoing = diagram.shown_indices(out_layer)
        dials_out = snap.weights[out_layer - 1][outgoing, work["neuron"]]
        flows = work["blame_out"][outgoing] * dials_out
        close = self.closeup(diagram, out_layer, work["neuron"], outgoing, dials_out)
        self.arrow_x = close["arrow_x"]
        self.show(our_neuron={"neuron": work["neuron"], "glow": work["value"]})
        stub = self.dial_stub(close, work, dial)
        panel = self.error_panel(h, guess)
        panel.move_to([PANEL_X, -0.2, 0])
        # its heading against the frame's right edge, clear of the blame sizes left of the bars
        # (review ab1, 63-81 s: centred over the bars, it ran into '0.174')
        self.panel_heading.set_x(RIGHT_EDGE, direction=RIGHT)
        miss_words = self.miss_words(panel, worst, guess[worst], work["misses"][worst])
        # the whole network's labels go with it as it grows (a second, faded set of 0-9 labels
        # and a ghost digit stood beside the close-up's); cleared before the words
        standing = VGroup(*(m for k, m in plot.items() if k != "run"))
        # the halo stood under our wire all the while its label did (recorded from the scene's own list)
        self.show(dial_halo={"on": halo_on, "off": float(self.renderer.time), "still_drawn": halo in self.mobjects,
                             "wire": [*map(float, halo.get_start()[:2]), *map(float, halo.get_end()[:2])]})
        self.play(FadeOut(standing), FadeOut(dial_edge), FadeOut(halo), FadeOut(number), FadeOut(pixel),
                  FadeOut(picture), neuron.animate.set_stroke(t.text, width=2), run_time=0.5)
        with self.say("backwards") as tracker:
            # 'working backwards', drawn as it is said (the words came over a fade): a long
            # arrow pointing back under the network, named as it comes (review 17)
            back = Arrow(diagram.get_corner(DOWN + RIGHT) + 0.3 * DOWN, diagram.get_corner(DOWN + LEFT) + 0.3 * DOWN,
                         buff=0, color=t.blame, stroke_width=6, max_tip_length_to_length_ratio=0.05)
            back_words = self.text("working backwards", size="small", color=t.blame)
            # what it finds, beside it, held with the whole network while the sentence lasts
            # (s24: 'finds every tilt' was said over the zoom's nearly empty frames)
            tilt_words = self.text("finds every dial's tilt", size="small", color=t.text)
            VGroup(back_words, tilt_words).arrange(RIGHT, buff=0.35).next_to(back, DOWN, buff=0.12)
            # 'from the outputs to the inputs': a band of the blame colour crosses the network
            # from the outputs' column to the inputs', a layer at a time, blame flashing back
            # along the wires as it goes; each layer it reaches is ringed, and a faint wash stays
            # behind it (s26 ab-k1, both reviewers, 54-57 s: the 1.6 s flash fell between the
            # frames, so 'working backwards' stood over a fade and a bare neuron)
            xs = [float(diagram.neurons(layer)[0].get_x()) for layer in range(pairs + 1)]
            tall = float(diagram.height) + 0.3
            band = Rectangle(width=0.45, height=tall, stroke_width=0).set_fill(t.blame, opacity=0.35) \
                .move_to([xs[-1], diagram.get_y(), 0])
            wash = Rectangle(width=0.01, height=tall, stroke_width=0).set_fill(t.blame, opacity=0.10) \
                .move_to([xs[-1], diagram.get_y(), 0])
            rings = [VGroup(*(c.copy().set_fill(opacity=0).set_stroke(t.blame, width=4, opacity=1.0)
                              for c in diagram.neurons(layer))) for layer in range(pairs + 1)]

            def place(x: float) -> None:
                band.set_x(x)
                width = max(xs[-1] - x, 0.01)
                wash.stretch_to_fit_width(width).set_x(x + width / 2)

            self.play(GrowArrow(back), FadeIn(back_words), FadeIn(band), FadeIn(rings[-1], scale=1.3), run_time=0.8)
            self.add(wash, band)
            swept = [{"layer": pairs, "x": xs[-1], "t": float(self.renderer.time)}]
            # through the words 'from the outputs to the inputs', at the inputs as 'finds' comes
            crossing = max(SWEEP_LEAST, tracker.time_until_bookmark("every") - 0.3)
            for i in reversed(range(pairs)):
                # (each its own rate: a rate given to play() would run the reversed flash forwards)
                self.play(UpdateFromAlphaFunc(band, lambda _, a, x0=xs[i + 1], x1=xs[i]: place(x0 + (x1 - x0) * a),
                                              rate_func=linear),
                          diagram.pulse_layer(i, reverse=True, color=t.blame, time_width=0.35, rate_func=linear),
                          run_time=crossing / pairs)
                swept.append({"layer": i, "x": xs[i], "t": float(self.renderer.time)})
                if i > 0:   # reached: ringed as the band goes on (the inputs' ring comes with the words)
                    self.add(rings[i])
            self.show(backwards={"from": float(back.get_start()[0]), "to": float(back.get_end()[0]), "swept": swept})
            self.wait_before(tracker, "every", 0.3)
            self.play(FadeIn(tilt_words), FadeIn(rings[0], scale=1.3), band.animate.set_fill(opacity=0.0), run_time=0.5)
            self.show(every_tilt_on=float(self.renderer.time))
            # held to the sentence's end, then the zoom: the last two layers, our neuron and
            # its wires, grow to fill the left
            self._wait_out(tracker.get_remaining_duration() + 0.3)
            self.show(every_tilt_off=float(self.renderer.time))
            # the zoom itself fills the quiet after it, so the close-up stands whole as 'zoom in'
            # starts and each piece is lit as it is named (s35 review, digits 57 s: played inside
            # the line, it pushed 'our dial and its square, brightness 0.81' 1.5 s past its words)
            self.pause_after_section = 0.0
        self.pause_after_section = type(self).pause_after_section
        # the zoom said as it happens, each piece lit as it is named (s34 review: a silent jump
        # to a cut-down picture; 'brightness 0.81' stood there 140 s before it was said)
        # the way there, in the title's place for the whole close-up, its step lit as the words
        # reach it (s26 ab-k1 r2's one change: from 84 to 147 s a newcomer lost where it goes)
        # (from the left edge: right of it, the tiny run's hidden curve stands in the top row)
        road = self.roadmap(len(guess) > 1).move_to([0, float(self.title_text.get_y()), 0]) \
            .to_edge(LEFT, buff=0.35)
        self.play_zoom(diagram, VGroup(back, back_words, tilt_words, band, wash, *rings), close, out_layer,
                       work["neuron"], outgoing, inward=True)
        self.show(zoom_whole_s=float(self.renderer.time))
        with self.say("zoom") as tracker:
            zoom_lit = {}
            self.wait_before(tracker, "neuron", 0.3)
            self.play(Indicate(VGroup(close["ours"], close["tag"]), color=t.focus, scale_factor=1.15), run_time=0.8)
            zoom_lit["neuron"] = float(self.renderer.time)
            self.wait_before(tracker, "outs", 0.3)
            self.play(Indicate(VGroup(close["outs"], close["names"]), color=t.focus, scale_factor=1.1), run_time=0.8)
            zoom_lit["outs"] = float(self.renderer.time)
            self.wait_before(tracker, "dial", 0.3)
            # (each comes lit, in one move: the line's words end as the input comes)
            self.play(FadeIn(stub["wire"]), FadeIn(stub["name"], scale=1.4), run_time=0.6)
            zoom_lit["dial"] = float(self.renderer.time)
            self.wait(0.3)   # a beat after our dial, never before its words (s34)
            self.wait_until_bookmark("input")
            self.play(FadeIn(stub["input"], scale=1.4), run_time=0.5)
            zoom_lit["input"] = float(self.renderer.time)
            # the gaps' panel and the road come as the line ends (after it, 1.8 s more of quiet)
            self.play(FadeIn(panel[0]), FadeIn(panel[3]), FadeIn(panel[1]),
                      FadeOut(self.title_text), FadeIn(road), run_time=0.6)
            self.show(zoom_said={"lit": zoom_lit, "input_words": stub["input"][1].original_text,
                                 "input": float(work["input"])})
        with self.say("errors_many" if len(guess) > 1 else "errors_one") as tracker:
            # the gaps come as 'it starts from the gaps' is said (s34: 1.2 s of quiet before it)
            self.road_step(road, 0)
            self.play(LaggedStart(*(FadeIn(a, scale=1.5) for a in panel[2]), lag_ratio=0.15), run_time=1.2)
            self.wait_until_bookmark("miss")
            # 'but it should glow 0': its green mark lit as the gap's words come
            self.play(FadeIn(miss_words), *([Indicate(panel[1][outgoing.index(worst)], color=t.right, scale_factor=1.4)]
                                            if worst in outgoing else []), run_time=0.8)
            self.show(answer_marks=[[float(a.get_left()[0]), float(a.get_bottom()[1]), float(a.get_right()[0]),
                                     float(a.get_top()[1])] for a in panel[1]],
                      guess_bars=[[float(b.get_left()[0]), float(b.get_bottom()[1]), float(b.get_right()[0]),
                                   float(b.get_top()[1])] for b in panel[0]])
        self.show(step=work["step"], example=EXAMPLE, output_errors=-work["misses"], misses=work["misses"])

        # one scale for every blame arrow of the close-up, so a size compares with any other:
        # what an output asks, what its wire passes on, what adds up at our neuron (review 11a:
        # the sizes carried no amount, the arithmetic did)
        unit = arrow_unit(work["blame_out"][outgoing], flows, work["total"], len(outgoing))
        top = max(float(np.abs(work["blame_out"][outgoing]).max()), float(np.abs(flows).max()), abs(work["total"])) or 1.0
        out_arrows = self.closeup_arrows(close, work["blame_out"][outgoing], unit, top)
        sizes = self.blame_sizes(close, work, outgoing)
        legend = self.blame_key()
        self.show(chain=numbers)
        key = blame_line_key(h)
        at = outgoing.index(worst) if worst in outgoing else None
        flat = VGroup()
        out_rule = None   # the biggest gap's blame as built, shown again as our neuron's is built
        # the arrows come out of the gaps, with the key that says what blame is, in place as the
        # words start; their sizes are read off the gaps beside them
        # (the card's two lines come as each is said: what blame is with the push that measures
        # it, which way its arrow points with the biggest gap's way)
        self.play(FadeIn(legend[1:]),
                  LaggedStart(*(TransformFromCopy(a, r) for a, r in zip(panel[2], out_arrows)), lag_ratio=0.05),
                  run_time=1.0)
        with self.say(key) as tracker:
            # where the biggest gap's blame is built on screen, its size only once it is built
            # (review s23 tiny, 69 s: '0.245' stood there while 'its blame starts from twice its
            # gap' was said, and 2 x 0.49 is not 0.245)
            earned = key == "blame_squared" and at is not None
            more = [n for n, k in enumerate(outgoing) if abs(work["blame_out"][k]) > abs(work["blame_out"][worst])]
            # blame measured on the biggest gap's output: its total pushed, the cost's change, the
            # rise per push its blame, in one sentence (s33 review's one change)
            name = f"output {output_names(h)[worst]}" if len(outgoing) > 1 else "the output"
            left = max(EASE_LEFT, max(m.get_right()[0] for m in sizes) + 0.5)
            panel_top = float(legend[0].get_bottom()[1]) - 0.25
            # every word of the gaps' panel, the key, the outputs' names and the blame sizes,
            # where they stand together (no overlap): here, and again once the sizes are drawn
            panel_texts = VGroup(panel, miss_words, sizes, legend, close["names"], self.title_text, road)
            self.show(panel_texts=self.text_boxes(panel_texts))
            measure = self.play_push_measure(tracker, pm, name, left, panel_top,
                                             VGroup(panel, miss_words), out_arrows[at] if at is not None else None,
                                             card=legend[0][0])
            if not earned:
                # the gaps come back for the words that set them against the arrows
                self.wait_before(tracker, "worst", 0.0)
                self.show(push_rule_off_s=float(self.renderer.time))   # the rule's number goes with the push
                self.play(FadeOut(measure["all"], rate_func=LEAVE), FadeIn(VGroup(panel, miss_words), rate_func=COME),
                          run_time=0.7)
            # which way: the biggest gap's arrow, the key's ways and the card's second line
            self.wait_until_bookmark("worst")
            self.play(FadeIn(legend[0][1]), Indicate(legend[1][:4], color=t.blame),
                      *([Indicate(VGroup(out_arrows[at], *([panel[2][at]] if not earned else [])), color=t.blame,
                                  scale_factor=1.3)] if at is not None else []), run_time=1.0)
            # 'a bigger arrow: more blame': the key's last line lit as it is said (s34 review:
            # 'bigger: more blame' was never said)
            self.wait_until_bookmark("longer")
            self.play(Indicate(legend[1][4], color=t.blame), run_time=0.8)
            self.show(key_longer_s=float(self.renderer.time))
            # the key whole, with what stands beside it now (the push's picture, or the gaps)
            self.show(card_second_s=float(self.renderer.time),
                      key_texts=self.text_boxes(VGroup(legend, measure["all"], panel_texts)))
            if not earned:
                self.play(LaggedStart(*(FadeIn(z, shift=0.1 * RIGHT) for z in sizes), lag_ratio=0.08), run_time=0.9)
                self.show(panel_texts=self.text_boxes(panel_texts))
            if key == "blame_squared" and at is not None:
                # two beats, each with one picture, full size (review s21 w1's one change: the
                # square and the curve stood crowded together, 30 px, under one long sentence):
                # first 'twice its gap', the cost's square on the gap large in the gaps' place,
                # growing on two sides; then 'how easily', the squashing curve large, each traced
                # output's total nudged and how far its glow moves drawn, a flat end's nudge,
                # and 'gap x 2 x how easily = blame', its number the one beside its nudge
                row = pass_row(h, work, worst, times=2.0)
                build = self.blame_build(row, miss_words)
                decimals = len(row["part"].split(".")[-1]) if "." in row["part"] else 2
                rule = rule_words(h, work)
                # how easily its glow moves, on the output neuron itself, large (s28 ab2 round 2:
                # the curve, its lenses and small labels at once were crammed)
                ease = self.ease_neuron(out_nudge(h, work, pm["push"]), name, rule["ease"], left, panel_top)
                # 'twice its gap' shown on the cost's square (reviews ab-k1, ab-x1, ab-x3 s24,
                # 75-87 s: 'since the cost squares each gap' was told, not shown): the biggest
                # gap's violet strip stands up as the side of its orange square, written as the
                # cost chapter wrote it; its glow nudged, the gap shrinks and the square loses two
                # thin strips, each pulled off and named by the gap; then 'gap 0.76 x 2'
                square = self.gap_square(row["gap"], float(out_arrows.get_right()[0]))
                self.wait_before(tracker, "square", 0.2)
                # the measurement stays, small, along the bottom, until the rule says 'as measured'
                small = self.keep_measure(measure, left)
                self.show(push_rule_off_s=float(self.renderer.time))   # the rule's number goes with the push
                self.play(FadeOut(measure["gone"]), *(MoveToTarget(p) for p in measure["kept"]),
                          FadeIn(small["arrows"]), TransformFromCopy(panel[2][at], square["bar"]), run_time=0.6)
                measure = VGroup(measure["kept"], small["arrows"])
                self.play(GrowFromEdge(square["square"], LEFT), FadeIn(square["side"]), FadeIn(square["sum"]),
                          run_time=0.8)
                self.show(gap_square_s=float(self.renderer.time))
                self.wait_before(tracker, "shrink", 0.1)
                # one step at a time (s31 reviews: the strips came and went in 1.6 s, no one
                # followed): the gap shrinks a little (its side's top comes down), the smaller
                # gap's square outlined inside the old one; the strips it costs lit; pulled off
                kept = square["square"].width - STRIP   # the smaller gap's side
                outline = DashedVMobject(Square(kept, stroke_color=t.text, stroke_width=3), num_dashes=28) \
                    .move_to(square["square"], aligned_edge=DOWN + LEFT)
                square["all"].add(outline)
                self.play(square["bar"].animate.stretch_to_fit_height(kept, about_edge=DOWN),
                          square["sum"].animate.set_opacity(0.0), run_time=1.0)
                self.remove(square["sum"])
                self.play(Create(outline), run_time=0.8)
                self.play(FadeIn(square["strips"]), run_time=0.6)
                self.play(square["strips"][0].animate.shift(STRIP_OUT * UP),
                          square["strips"][1].animate.shift(STRIP_OUT * RIGHT),
                          square["square"].animate.stretch_to_fit_width(kept, about_edge=LEFT)
                          .stretch_to_fit_height(kept, about_edge=DOWN), run_time=1.0)
                self.show(strips_off_s=float(self.renderer.time))
                # 'each as long as the gap': the gap's words lit, and written again by each strip
                # (carried across, they crossed the square and stood over it mid-way)
                self.wait_before(tracker, "strips", 0.2)
                self.play(Indicate(square["side"], color=t.focus), *(FadeIn(w, scale=1.3) for w in square["lengths"]),
                          run_time=0.8)
                # each strip lit along its whole length in turn, against the gap's side
                for strip in square["strips"]:
                    self.play(Indicate(strip, color=t.focus, scale_factor=1.05), run_time=0.6)
                self.show(gap_square={"gap": float(work["misses"][worst]), "sum_words": square["sum"].original_text,
                                      "side_words": square["side"].original_text,
                                      "lengths": [w.original_text for w in square["lengths"]],
                                      "side": float(square["square"].width + STRIP),
                                      "left": float(square["square"].width), "kept": float(square["square"].height),
                                      "strips": [[float(m.width), float(m.height)] for m in square["strips"]],
                                      "t": float(self.renderer.time),
                                      "texts": self.text_boxes(VGroup(square["all"], sizes, legend, close["names"],
                                                                      self.title_text))})
                # a breath after the strips, before what they mean (s31: rushed)
                self.pause_after_section = STRIPS_PAUSE
        self.pause_after_section = type(self).pause_after_section
        if key == "blame_squared" and at is not None:
            with self.say("blame_twice") as tracker:
                # 'so its blame starts from twice its gap': the two strips' words into 'gap 0.76 x 2'
                # first under the square, beside its two strips (at the bottom of the frame, under
                # the outputs, it stood apart from them); it moves to its place as the square goes
                self.wait_before(tracker, "twice", 0.2)
                near = build[0].copy().next_to(VGroup(square["square"], square["strips"]), DOWN, buff=0.3)
                near.shift(min(0.0, RIGHT_EDGE - near.get_right()[0]) * RIGHT)
                self.play(Indicate(VGroup(square["strips"], square["lengths"]), color=t.focus, scale_factor=1.05),
                          FadeIn(near, shift=0.1 * DOWN), run_time=0.9)
                self.show(twice_rule={"gap": float(work["misses"][worst]), "words": near.original_text,
                                      "t": float(self.renderer.time),
                                      "box": [*map(float, near.get_corner(DOWN + LEFT)[:2]),
                                              *map(float, near.get_corner(UP + RIGHT)[:2])],
                                      "strips_box": [*map(float, square["strips"].get_corner(DOWN + LEFT)[:2]),
                                                     *map(float, square["strips"].get_corner(UP + RIGHT)[:2])],
                                      "texts": self.text_boxes(VGroup(square["all"], near, sizes, legend,
                                                                      close["names"]))})
                # the square goes as the curve comes (one picture after the other: faded over each
                # other they stood as one ghost picture, review s21 h1), not before 'then its curve'
                # (0.7 s early, 'gap 0.76 x 2' stood with the whole square for 1.4 s only)
                # (the curve's fade-in starts as the square's ends: one after the other, a frame
                # between them stood near-empty, review s26)
                self.wait_before(tracker, "ease", 0.0)
                self.play(FadeOut(VGroup(*self.standing(square["all"])), rate_func=LEAVE),
                          near.animate(rate_func=LEAVE).move_to(build[0]),
                          FadeIn(ease["frame"], rate_func=COME), run_time=0.7)
                self.remove(near)
                self.add(build[0])
                self.show(curve_beat={"t": float(self.renderer.time), "texts": self.words_on_screen(),
                                      "bars_left": bool(self.standing(panel))})
                # 'push the total coming into it up by 0.1': '+0.1' under its wire, the wire lit
                self.wait_before(tracker, "nudge", 0.2)
                self.play(FadeIn(ease["push"], shift=0.15 * RIGHT),
                          Indicate(ease["wire"], color=t.focus, scale_factor=1.0), run_time=0.7)
                self.show(ease_push_s=float(self.renderer.time))
                # 'its glow moves only 0.018': the neuron a shade brighter, the move written big
                self.wait_before(tracker, "moved", 0.2)
                self.play(Transform(ease["neuron"], ease["lit"]), FadeIn(ease["moved"], shift=0.1 * DOWN),
                          run_time=0.7)
                self.show(ease_moved_s=float(self.renderer.time))
                # 'for each 1, that is 0.183': the two moves as bars on one scale, the ease under
                self.wait_before(tracker, "flatpart", 0.3)
                self.play_ease_bars(ease, run_time=0.8)
                self.play(FadeIn(ease["per"], shift=0.1 * UP), run_time=0.5)
                self.show(flat_lens_s=float(self.renderer.time))
                # 'its blame is twice its gap, times how easily it moves' as one picture, not a
                # product (both s25 k3 reviewers' one change: 'gap 0.76 x 2 x steepness 0.183 =
                # blame 0.278' and three steepness rows were a wall of numbers): the curve goes, and
                # for the biggest gap's output its gap as a bar, how easily its glow moves as a
                # bar, and its blame as an arrow as long as gap x 2 x that, on one scale
                cols = [worst] + [outgoing[n] for n in more][:2]
                board = self.blame_columns(h, work, cols, float(sizes.get_right()[0]) + 0.45, panel_top,
                                           [sizes[outgoing.index(k)].original_text for k in cols], decimals)
                # the curve and its lenses stand through 'its blame is twice its gap' (the flat
                # lens ~2 s); the board comes after the rule, said and written large (s28)
                self.show(ease_texts=self.text_boxes(VGroup(ease["all"], build[0], sizes, legend, close["names"])))
                # the rule as one large step, said as it is written (s28 round 1, k1-r1 and x1-r2:
                # 'give the output blame rule its own large, slow step'; the product was written
                # small and never said): the curve goes as 'twice its gap' is said, and its three
                # pieces come large, each as its number is said; they stand ~2 s, words done,
                # before the board's first column and every output's size take their place
                assert rule == {"twice": board["record"][0]["gap"].split()[-1],
                                "ease": board["record"][0]["ease"].split()[-1],
                                "blame": sizes[at].original_text}, rule
                big = self.rule_step(rule, left, panel_top)
                self.wait_before(tracker, "rule_twice", 0.3)
                self.show(curve_gone_s=float(self.renderer.time))
                self.play(FadeOut(VGroup(*self.standing(ease["all"], build[0])), rate_func=LEAVE),
                          FadeIn(big[0], rate_func=COME), run_time=0.7)
                self.remove(*ease["all"], build[0])
                self.wait_before(tracker, "rule_ease", 0.3)
                self.play(FadeIn(big[1], shift=0.1 * DOWN), run_time=0.5)
                self.wait_before(tracker, "rule_blame", 0.3)
                # 'as measured': the push's per-1 number, still standing, lit as the rule's comes
                self.play(FadeIn(big[2], shift=0.1 * DOWN), Indicate(measure[0][2], color=t.focus, scale_factor=1.15),
                          run_time=0.7)
                rule_done = float(self.renderer.time)
                # the hold below is this line's silence after it (no second pause on top of it)
                self.pause_after_section = 0.0
                self.show(rule_step={"words": [m.original_text for m in big], "t": float(self.renderer.time),
                                     "texts": self.text_boxes(VGroup(big, measure, legend, close["names"]))},
                          measure_kept={m.original_text: round(float(m.font_size) * PX_PER_POINT_480P, 1)
                                        for m in measure[0]})
                ease = {"all": board["all"]}
                flat = VGroup(ease["all"], build)
                out_rule = (row, miss_words)
        self.pause_after_section = type(self).pause_after_section
        if out_rule is not None:
            # the large rule stands 2 s, silent once its words are done, before the board's first
            # column takes its place and every output's size comes
            self._wait_out(rule_done + RULE_HOLD - float(self.renderer.time))
            self.show(rule_held_until=float(self.renderer.time))
            first = board["columns"][0]
            self.show(blame_board_start=float(self.renderer.time))
            self.show(measure_gone_s=float(self.renderer.time))
            self.play(FadeOut(VGroup(big, measure), rate_func=LEAVE), FadeIn(first["name"], rate_func=COME),
                      GrowFromEdge(first["gap"], LEFT, rate_func=COME), FadeIn(first["gap_words"], rate_func=COME),
                      GrowFromEdge(first["ease"], LEFT, rate_func=COME), FadeIn(first["ease_words"], rate_func=COME),
                      GrowFromEdge(first["arrow"], UP if first["down"] else DOWN, rate_func=COME),
                      FadeIn(first["blame_words"], rate_func=COME), run_time=0.8)
            self.remove(big, measure)
            # its number lit, and written by its arrow, then every output's beside its own
            # (carried across, it crossed the column's '= blame' and stood over it: s32, tiny 123 s)
            self.play(Indicate(first["number"], color=t.focus), FadeIn(sizes[at], scale=1.3),
                      Indicate(out_arrows[at], color=t.focus, scale_factor=1.2),
                      *([LaggedStart(*(FadeIn(z, shift=0.1 * RIGHT) for n, z in enumerate(sizes) if n != at),
                                     lag_ratio=0.08)] if len(sizes) > 1 else []), run_time=0.8)
            self.show(sizes_earned=float(self.renderer.time))
            self.show(blame_board=board["record"], blame_board_first=float(self.renderer.time),
                      board_texts=self.text_boxes(VGroup(board["all"], sizes, legend, close["names"])))
            if len(board["columns"]) > 1 and sure_words(h, work):
                with self.say("blame_more") as tracker:
                    # 'smaller gaps': their gaps, shorter; 'yet get more': their arrows, longer,
                    # past the first one's end (a dashed line there); 'move more easily': theirs
                    self.wait_before(tracker, "flat", 0.2)
                    rest = board["columns"][1:]
                    self.play(*(FadeIn(c["name"]) for c in rest), *(GrowFromEdge(c["gap"], LEFT) for c in rest),
                              *(FadeIn(c["gap_words"]) for c in rest), run_time=0.8)
                    self.play(Create(board["guide"]),
                              *(GrowFromEdge(c["arrow"], UP if c["down"] else DOWN) for c in rest),
                              *(FadeIn(c["blame_words"]) for c in rest),
                              *(Indicate(VGroup(out_arrows[n], sizes[n]), color=t.focus, scale_factor=1.1)
                                for n in more), run_time=1.0)
                    self.play(*(GrowFromEdge(c["ease"], LEFT) for c in rest), *(FadeIn(c["ease_words"]) for c in rest),
                              run_time=0.7)
                    self.show(more_blame=[output_names(h)[outgoing[n]] for n in more],
                              blame_board_all=float(self.renderer.time),
                              board_texts=self.text_boxes(VGroup(board["all"], sizes, legend, close["names"])))
            else:
                self.wait(0.4)   # the board seen before the next stage clears it
            self.show(blame_built=[m.original_text if hasattr(m, "original_text") else m.text for m in build],
                      blame_built_row=row)
        self.show(blame_out=work["blame_out"], blame_arrows=self.arrow_record(out_arrows, work["blame_out"][outgoing]),
                  blame_sizes=[z.text for z in sizes], arrow_unit=unit)

        # --- our hidden neuron gathers its blame, traced (review e1's one change, session 18): a
        # few outputs' arrows each run back down its own wire, its dial written on the wire,
        # scaled (a red one turned over) into a written row left of our neuron; the others in
        # one row; the rows add up to the total under them ---
        # the close-up steps right into the gaps' place, so the rows have room left of our neuron
        # the input's words go left of it (right of it they ran into the blame key)
        bright = stub["input"][1]
        bright_at = bright.copy().next_to(stub["box"].copy().shift(CLOSE_STEP * RIGHT), LEFT, buff=0.2)
        # (the gaps' panel went already where the big curve took its place); the key and the
        # definition go with the outputs' stage (review s21 h1: five blocks of words stood
        # stacked from 60 to 159 s): each stage shows its own picture only
        # the outputs' written sizes go too (review s37: ten three-decimal numbers stood through
        # the gathering): what each sends back is read off one large arrow, its length
        self.play(FadeOut(VGroup(*self.standing(panel, miss_words, flat, legend, sizes))),
                  close["ours"].animate.set_stroke(t.focus, width=5),
                  VGroup(close["ours"], close["outs"], close["names"], close["wires"], close["tag"], out_arrows,
                         *(m for m in stub["all"] if m is not bright)).animate.shift(CLOSE_STEP * RIGHT),
                  bright.animate.move_to(bright_at), run_time=0.8)
        self.show(gather_texts=self.words_on_screen())
        order = told_order(work, flows, dials_out)
        tally = self.tally(close, work, flows, dials_out, order, top)
        near = tally["unit"]
        total_arrow, total_words = tally["total_arrow"], tally["total"]
        # the untraced wires dim, so the traced ones are followed (they come back for 'the others')
        others = [n for n in range(len(outgoing)) if n not in order]
        if others:
            self.play(*(close["wires"][n].animate.set_stroke(opacity=0.3) for n in others), run_time=0.4)
        travel = VGroup(*(out_arrows[n].copy() for n in order))
        big = tally["sum_unit"]   # the one large scale of the arrows followed and of their stack
        followed = {}   # as drawn, each followed arrow at its output, after its dial, and as it lands

        def record(i: int, stage: str) -> None:
            """Record the followed arrow `i` as it stands now: its length and its way."""
            a = travel[i]
            followed.setdefault(int(order[i]), {"output": int(order[i])})[stage] = {
                "height": float(a.height), "up": bool(a[1].get_y() > a[0].get_y())}

        def to_wire(i: int) -> None:
            """Row `order[i]`'s arrow is drawn large at its output (its blame on the stack's
            scale), then runs down its wire to beside the dial's label."""
            n = order[i]
            blame = work["blame_out"][outgoing[n]]
            large = blame_arrow(way_of(blame), arrow_height(blame, big), abs(blame) / top).move_to(out_arrows[n])
            self.play(Transform(travel[i], large), run_time=0.5)
            record(i, "large")
            self.play(Indicate(close["wires"][n], color=t.focus, scale_factor=1.0),
                      travel[i].animate.move_to(beside(tally["labels"][n])), run_time=0.8)

        def scale_by_dial(i: int) -> None:
            """There on the wire the arrow takes its dial's size: blame x dial, not yet turned."""
            n = order[i]
            blame = work["blame_out"][outgoing[n]]
            self.play(Transform(travel[i], blame_arrow(way_of(blame), arrow_height(flows[n], big), abs(flows[n]) / top)
                                .move_to(beside(tally["labels"][n]))),
                      Indicate(tally["labels"][n][1:], color=t.focus), run_time=0.8)
            record(i, "scaled")

        def beside(label: Mobject) -> np.ndarray:
            """Where a followed arrow stands on its wire: just our neuron's side of its dial's label."""
            return np.array([label.get_left()[0] - 0.3, label.get_y(), 0.0])

        def label(i: int) -> None:
            self.play(FadeIn(tally["labels"][order[i]], scale=1.4), run_time=0.5)

        def turn_over(i: int) -> None:
            """A red dial turns the arrow over, there on its wire, as it is said."""
            over = [tally["turned"][order[i]]] if order[i] in tally["turned"] else []
            # its glyphs lit, not its background patch (lit whole, the patch flashed as a red block
            # on the wire: review ab2-b s29, 145 s)
            self.play(Rotate(travel[i], np.pi), Indicate(tally["labels"][order[i]][1:], color=t.negative),
                      # the wire meant, lit as it is named (not our dial's, red too in the tiny run)
                      Indicate(close["wires"][order[i]], color=t.focus, scale_factor=1.0),
                      *(FadeIn(m, shift=0.1 * UP) for m in over), run_time=0.9)
            if over:
                self.show(turned_over={"t": float(self.renderer.time), "words": over[0].original_text,
                                       "wire": int(order[i]),
                                       "box": [*map(float, over[0].get_corner(DOWN + LEFT)[:2]),
                                               *map(float, over[0].get_corner(UP + RIGHT)[:2])],
                                       "label": [*map(float, tally["labels"][order[i]].get_corner(DOWN + LEFT)[:2]),
                                                 *map(float, tally["labels"][order[i]].get_corner(UP + RIGHT)[:2])]})

        def to_row(i: int) -> None:
            """On to our neuron: the arrow, as large, takes its place in the stack (no written
            product: review s37, the tiny sums beside the arrows were a wall of numbers)."""
            self.play(Transform(travel[i], tally["slot"][order[i]]), run_time=0.9)
            record(i, "landed")
            self.remove(travel[i])   # the stack's own piece stands in its place, lit with the others
            self.add(tally["slot"][order[i]])

        with self.say("gather") as tracker:
            self.road_step(road, 1)
            reds = [i for i, n in enumerate(order) if dials_out[n] < 0]
            blues = [i for i in range(len(order)) if i not in reds]
            first = 0
            # 'each output sends its arrow back along the wire': the first one runs down its wire
            self.add(travel[first])
            to_wire(first)
            # 'and the wire's dial scales it': its dial on the wire, and on to its row
            self.wait_before(tracker, "dial", 0.2)
            label(first)
            scale_by_dial(first)
            if first in reds:
                self.wait_before(tracker, "red", 0.2)
                turn_over(first)
            to_row(first)
            # 'a thick wire passes on more': the thickest, its dial and its row lit
            self.wait_before(tracker, "thick", 0.2)
            # (the label's glyphs only: its background patch lit read as a white block, s29 138 s)
            # each lit on its own: grown as one group about its middle, far right on the wire, the
            # row left of our neuron grew out past the frame's left edge (s35 review, tiny 144 s)
            self.play(*(Indicate(m, color=t.focus, scale_factor=1.1)
                        for m in (close["wires"][order[first]], tally["labels"][order[first]][1:],
                                  tally["slot"][order[first]])), run_time=0.9)
            # 'a thin one less': the other blue ones, each down its wire
            for i in blues[1:]:
                self.wait_before(tracker, "thin", 0.3)
                self.add(travel[i])
                label(i)
                to_wire(i)
                scale_by_dial(i)
                to_row(i)
            # 'a red wire turns the arrow over: output 8 wants to glow less, so ... asks for more'
            for i in reds:
                if i == first:
                    continue
                self.wait_before(tracker, "red", 0.3)
                self.add(travel[i])
                self.play(FadeIn(tally["labels"][order[i]], scale=1.4),
                          Indicate(VGroup(out_arrows[order[i]], close["names"][order[i]]),
                                   color=t.focus, scale_factor=1.2), run_time=0.9)
                to_wire(i)
                scale_by_dial(i)
                turn_over(i)
                to_row(i)
            self.show(red_rule={"turned": [int(order[i]) for i in reds],
                                "up_after": [bool(travel[i][1].get_y() > travel[i][0].get_y()) for i in reds]})
            # in the camera's drawing order, is each traced dial's label, its dark backing and
            # its glyphs, drawn after every wire?
            drawn = {id(m): k for k, m in enumerate(extract_mobject_family_members(self.mobjects, use_z_index=True))}
            last_wire = max(drawn.get(id(w), -1) for w in close["wires"])
            places = [[drawn[id(m)] for m in tally["labels"][n].get_family() if m.has_points() and id(m) in drawn]
                      for n in order]
            self.show(wire_labels_over=[bool(parts) and min(parts) > last_wire for parts in places])
            # 'arriving at our neuron, the arrows add up': the others come down their wires as
            # one row, then the rows add up to the total under the line
            self.wait_before(tracker, "sum", 0.4)
            if others:
                rest = VGroup(*(out_arrows[n].copy() for n in others))
                rest_piece = tally["slot"].get("rest", tally["rest_arrow"])
                self.add(rest)
                self.play(*(close["wires"][n].animate.set_stroke(opacity=1.0) for n in others),
                          *(a.animate.move_to(close["ours"].get_center()).scale(0.5) for a in rest), run_time=0.9)
                self.play(*(Transform(a, rest_piece.copy()) for a in rest), run_time=0.8)
                self.remove(rest)
                self.add(rest_piece)
            if len(flows) > 1:
                # the stack, built as the arrows arrived, read in beats as said: the downs
                # stacked (their sum by them), the ups come back (theirs), what is left is the total
                n_main = tally["n_main"]
                self.wait_before(tracker, "with", 0.3)
                self.play(FadeIn(tally["with_label"], scale=1.3),
                          Indicate(VGroup(*tally["sums"][:n_main]), color=t.focus, scale_factor=1.05), run_time=1.0)
                if len(tally["sums"]) > n_main:
                    self.wait_before(tracker, "against", 0.3)
                    self.play(FadeIn(tally["against_label"], scale=1.3),
                              Indicate(VGroup(*tally["sums"][n_main:]), color=t.focus, scale_factor=1.05), run_time=1.0)
                    self.show(sum_drawn={"with": tally["with_label"].original_text,
                                         "against": tally["against_label"].original_text,
                                         "values": {**(v := sum_parts(work, flows)), "main": int(v["main"])},
                                         "with_s": float(self.renderer.time)})
                self.wait_before(tracker, "left", 0.3)
                self.play(FadeIn(total_words), GrowFromEdge(total_arrow, UP if way_of(work["total"]) < 0 else DOWN),
                          run_time=0.8)
                self.show(sum_total={"words": total_words.original_text, "t": float(self.renderer.time)})
                # the whole sum held still before its pieces go (reviews ab2-b s29: the total stood
                # 0.4 s, then the rows left)
                self.wait(GATHER_HOLD)
                self.show(sum_held_until=float(self.renderer.time))
                # the hold is this line's silence after it: a short breath on top of it
                self.pause_after_section = GATHER_PAUSE
                self.show(head_to_tail={"end": tally["sums_end"],
                                        "head": float(total_arrow.get_bottom()[1] if way_of(work["total"]) < 0
                                                      else total_arrow.get_top()[1]),
                                        "pieces": [{"x": float(a.get_x()), "top": float(a.get_top()[1]),
                                                    "bottom": float(a.get_bottom()[1]),
                                                    "up": bool(a[1].get_y() > a[0].get_y())} for a in tally["sums"]]})
            else:
                # the one arrow that came back is the total (review 17: 'that one arrow' over two)
                self.remove(travel[0])
                self.add(total_arrow)
                travel.remove(travel[0])
                self.play(FadeIn(total_words), run_time=0.6)
            if len(flows) == 1:   # many: the total just grew, what the arrows leave
                self.play(Indicate(VGroup(total_words, total_arrow), color=t.blame), run_time=0.8)
            self.show(sum_parts=sum_parts(work, flows) if len(flows) > 1 else {})
            stack = tally["sums"] if len(flows) > 1 else VGroup(total_arrow)
            self.show(followed={"unit": float(big), "arrows": [followed[int(n)] for n in order],
                                "stack": [{"height": float(a.height), "up": bool(a[1].get_y() > a[0].get_y())}
                                          for a in stack],
                                "words": self.words_on_screen(),
                                "total": {"height": float(total_arrow.height),
                                          "up": bool(total_arrow[1].get_y() > total_arrow[0].get_y())}})
            self.show(blame_arrows_at_sum=sum(1 for m in self.mobjects for p in m.get_family()
                                              if p is total_arrow or any(p is a for a in tally["sums"])))
            # the rows and the wires' dials go with the pieces (only those drawn: a fade of one never
            # added flashed a ghost '+ 0 more' in the tiny run)
            gone = VGroup(*travel, *self.standing(tally["rest_arrow"], tally["rest"], tally["line"], *tally["sums"],
                                                  tally["with_label"], tally["against_label"], *tally["rows"].values(),
                                                  *tally["labels"].values(), *tally["turned"].values()))
            # 'just like the outputs': the output's rule again, written large under our neuron
            # where ours is then built, its arrow lit, in the breath before the words (reviews
            # ab-k1, ab-x3 s24, 117-132 s: 'As for the output' read as back to the output; faded
            # in as they started, it stood whole for 0.7 s only, s25)
            recipe = self.recipe(numbers, len(flows) > 1, close["ours"].get_x())
            again_rule = None
            if out_rule is not None:
                again_rule = self.blame_build(*out_rule).move_to(recipe, aligned_edge=LEFT)
                # named, over its left end: the line alone read as our neuron's (it is output 2's)
                again_rule.add(self.text(mark("output {name}:") if len(flows) > 1 else mark("the output:"), size="small",
                                         color=t.text, facts={"name": output_names(h)[worst]})
                               .next_to(again_rule, UP, buff=0.12, aligned_edge=LEFT))
                if tracker.get_remaining_duration() > 1 / config.frame_rate:
                    self.wait(tracker.get_remaining_duration())
                # one after the other: cross-faded, the rule stood over the stacked arrows mid-way
                if len(gone):
                    self.play(FadeOut(gone), run_time=0.3)
                self.play(FadeIn(again_rule), Indicate(VGroup(out_arrows[at], sizes[at]), color=t.blame), run_time=0.4)
                self.show(rule_again={"words": [m.original_text for m in again_rule[:3]],
                                      "name": again_rule[3].original_text, "t": float(self.renderer.time)})
        self.show(flows={"neuron": work["neuron"], "outputs": list(outgoing), "sent": flows,
                         "dials": dials_out, "total": work["total"], "unit": unit, "near": near, "sum_unit": tally["sum_unit"],
                         "order": [int(n) for n in order],
                         "rows": [getattr(tally["rows"][n], "original_text", "") for n in order],
                         "labels": {int(n): getattr(tally["labels"][n], "original_text", "") for n in order},
                         # as drawn: a glyph's own colour (its last: the background patch is first)
                         "label_colours": {int(n): tally["labels"][n][-1].get_fill_color().to_hex() for n in order},
                         "wire_widths": [float(w.get_stroke_width()) for w in close["wires"]],
                         "chain": [{"output": int(n), "up": bool(a[1].get_y() > a[0].get_y()),
                                    "height": float(a.height)} for n, a in
                                   ((n, travel[i] if len(travel) > i else total_arrow) for i, n in enumerate(order))],
                         "rest_up": bool(tally["rest_arrow"][1].get_y() > tally["rest_arrow"][0].get_y()),
                         "total_arrow": {"up": bool(total_arrow[1].get_y() > total_arrow[0].get_y()),
                                         "height": float(total_arrow.height)}})
        self.pause_after_section = type(self).pause_after_section
        if again_rule is None:   # no rule to show: the pieces go as the words start
            travel = gone

        # --- its own curve keeps only part: what is left is our neuron's blame ---
        # (back right by the rows' shift: the longer words ran off the frame's left edge)
        own = blame_arrow(way_of(work["blame"]), arrow_height(work["blame"], tally["sum_unit"]), abs(work["blame"]) / top) \
            .move_to(total_arrow, aligned_edge=UP if way_of(work["total"]) < 0 else DOWN).shift(tally["shift"] * RIGHT)
        own_words = self.text("our neuron's blame: {value}", size="small", color=t.blame,
                              facts={"value": size_of(numbers["blame"])}).move_to(total_words, aligned_edge=LEFT if len(flows) > 1 else RIGHT) \
            .set_y(total_arrow.get_y()).shift(tally["shift"] * RIGHT)
        if len(flows) > 1:   # left of its arrow, under our neuron: right of it the words ran over the wires
            own_words.next_to(own, LEFT, buff=0.3)   # beside its arrow (one output's arrow is its row's, a row up)
        with self.say("slope") as tracker:
            # the pieces are summed: they go as the words start, the one arrow stays
            # 'just like the outputs' (reviews s29 ab-da/ab-ta, all four: the S-curve stood here
            # after the outputs had moved to a nudge on the neuron): the same picture as the
            # output's, same layout and sizes, for our neuron: its total pushed up by 0.1, its
            # glow's real move, the two moves as bars, 'glow moves 0.194 for each 1'; right of
            # the outputs' names, where their blame arrows and sizes stood (they go first: the
            # turn's check drew none of them)
            # (its wire a little shorter: the outputs stand further right than in the output's beat)
            left, bars_at = max(float(m.get_right()[0]) for m in close["names"]) + 0.45, None
            if RIGHT_EDGE - left < OURS_ROOM:
                # too narrow right of the names (the tiny run's one 'inner ring?': there it shrank
                # to 12 px words): the neuron above their row, its bars right of the names
                left, bars_at = RIGHT_EDGE - OURS_ROOM, left
            ease = self.ease_neuron(ours_nudge(work, pm["push"]), "our neuron", numbers["slope"], left, OURS_EASE_TOP,
                                    key="ours_ease_neuron", wire=OURS_WIRE, bars_at=bars_at)
            # its wire's name clear over the top output's name (left of the wire it ran over the '0'):
            # as high as the road allows (the tiny run's longer road stands over its heading)
            over = max(0.0, float(ease["frame"][0].get_top()[1]) - (float(road.get_bottom()[1]) - 0.15)) \
                if float(ease["frame"][0].get_left()[0]) < float(road.get_right()[0]) + 0.1 else 0.0
            VGroup(ease["all"], ease["lit"]).shift(over * DOWN)
            if bars_at is not None:
                # its ease's line, under the bars, back inside the frame: under the names' row, clear of it
                per = ease["per"]
                per.shift(min(0.0, RIGHT_EDGE - 0.1 - float(per.get_right()[0])) * RIGHT)
                per.shift(min(0.0, min(float(m.get_bottom()[1]) for m in close["names"]) - 0.35
                              - float(per.get_top()[1])) * UP)
            ours_curve = ease["all"]
            gone_right = VGroup(*self.standing(out_arrows, sizes))
            # one after the other: cross-faded, the sizes stood under its heading mid-way
            self.play(*([FadeOut(travel)] if again_rule is None and len(travel) else []),
                      *([FadeOut(gone_right)] if len(gone_right) else []), run_time=0.4)
            self.play(Indicate(close["ours"], color=t.focus), Indicate(close["tag"][1], color=t.neuron_fill),
                      FadeIn(ease["frame"], rate_func=COME), run_time=0.8)
            # the rows are gone: only the total stays (the tiny run's row stood on through the turn)
            seen = {id(p) for top in self.mobjects for p in top.get_family()}
            self.show(tally_left=[m.original_text for m in (*tally["rows"].values(), *tally["labels"].values(),
                                                            tally["rest"]) if id(m) in seen])
            # 'push the total coming in up by 0.1': '+0.1' under its wire, the wire lit
            self.wait_before(tracker, "nudge", 0.2)
            self.play(FadeIn(ease["push"], shift=0.15 * RIGHT),
                      Indicate(ease["wire"], color=t.focus, scale_factor=1.0), run_time=0.6)
            # 'its glow moves 0.019': the neuron a shade brighter, the move written big
            self.wait_before(tracker, "moved", 0.2)
            self.play(Transform(ease["neuron"], ease["lit"]), FadeIn(ease["moved"], shift=0.1 * DOWN),
                      run_time=0.6)
            # '0.194 for each 1': the two moves as bars on one scale, the ease under
            self.wait_before(tracker, "per", 0.3)
            self.play_ease_bars(ease, run_time=0.7)
            self.play(FadeIn(ease["per"], shift=0.1 * UP), run_time=0.4)
            self.show(ours_per_s=float(self.renderer.time))
            # 'what comes back': the total, carried down into the recipe
            self.wait_before(tracker, "came", 0.3)
            # (faded in beside a lit source: carried over, its letters morphed and read garbled)
            # the output's line out first, then ours in its place (cross-faded, the two lines
            # stood over each other, garbled, in the tiny run's short 'Just like the output:')
            if again_rule is not None:
                self.play(FadeOut(again_rule), run_time=0.3)
                self.show(rule_again_off=float(self.renderer.time))
            self.play(FadeIn(recipe[0], shift=0.1 * DOWN), Indicate(VGroup(total_arrow, total_words), color=t.blame),
                      run_time=0.9)
            # 'times how easily its own glow moves': its ease, lit where it stands, into the recipe
            self.wait_before(tracker, "times", 0.3)
            # (lit in colour only: grown, its line reached past the right edge, s35)
            self.play(FadeIn(recipe[1], shift=0.1 * DOWN), Indicate(ease["per"], color=t.focus, scale_factor=1.0),
                      run_time=0.8)
            self.show(ours_ease_texts=self.text_boxes(VGroup(ours_curve, close["names"], total_words, close["tag"],
                                                             recipe, self.title_text)))
            # 'is its blame': the product, and the arrow takes its size
            self.wait_before(tracker, "is", 0.3)
            self.play(FadeIn(recipe[2], shift=0.1 * DOWN), run_time=0.5)
            self.show(recipe={"words": [m.original_text for m in recipe], "t": float(self.renderer.time)})
            # the words cross-fade (morphed letter by letter, they read garbled for a second: review s21 h1, 129 s)
            self.play(Transform(total_arrow, own), FadeOut(total_words), FadeIn(own_words), run_time=1.2)
            # a fifth of the total is a few px at 480p (review s20 g1, 120 s: 'its arrow is about
            # 4 px'): it is also drawn enlarged under it, in a lens like the curve's nudges
            own_lens = self.arrow_lens(own, own_words)
            self.play(Indicate(own_words, color=t.blame, scale_factor=1.0),   # (grown, past the left edge: s35 tiny)
                      *([FadeIn(own_lens["box"]), TransformFromCopy(total_arrow, own_lens["big"]),
                         TransformFromCopy(own_lens["box"], own_lens["frame"]), FadeIn(own_lens["word"])]
                        if own_lens else []), run_time=0.8)
        own_big = own_lens["big"] if own_lens else total_arrow
        own_lens = own_lens["all"] if own_lens else VGroup()
        self.show(recipe_boxes=self.text_boxes(Group(*self.mobjects)))
        ours_curve.add(recipe)   # it goes with the curve, before the dial's check
        self.show(slope={k: work[k] for k in ("neuron", "activation", "z", "slope", "blame")},
                  own_arrow={"up": bool(total_arrow[1].get_y() > total_arrow[0].get_y()),
                             "height": float(total_arrow.height)},
                  own_lens={"height": float(own_big.height), "up": bool(own_big[1].get_y() > own_big[0].get_y()),
                            "word": own_lens[-1].text if len(own_lens) else "",
                            "box": [*map(float, own_lens.get_corner(DOWN + LEFT)[:2]),
                                    *map(float, own_lens.get_corner(UP + RIGHT)[:2])] if len(own_lens) else []})

        # --- back to our dial: turned up again, the turn seen down the network (review ab1's one
        # change: our neuron's glow, the outputs that matter most, their squares and the cost, a
        # real forward pass, where equation cards and 'why uphill' words stood), then its tilt ---
        chain = replay(h, work, tilt, numbers, outgoing)
        # right of the outputs' names: their blame sizes are gone by then (the tiny run's '0.24 ->
        # 0.10', right of where they stood, ran to the frame's edge)
        turn = self.turn_picture(close, chain, outgoing, chain["cost_places"], close["names"])
        # the opening's chart again, small, under our neuron (session 23: the tilt worked
        # backwards and the tilt measured at the start were never seen side by side): its curve,
        # the dot where our dial stands and the straight line through it, 'tilt 0.03'
        # (s32: no 'blame 0.035 x brightness 0.81 = uphill tilt 0.03' beside it: the tilt's bars
        # write the same three numbers, and the chapter drew over 40)
        again = self.tilt_plot(tilt, size_of(numbers["tilt"]), box=AGAIN_BOX, corner=(AGAIN_X, AGAIN_Y, 0))
        # named by when it was measured (its own 'cost of this example' stood by the cost bar's)
        when = self.text("at the start", size="small", color=t.muted).next_to(again["axes"], UP, buff=0.12) \
            .align_to(again["axes"], LEFT)
        again = VGroup(again["axes"], when, again["curve"], again["dot"], again["tangent"], again["step"], again["word"])
        glyph_close = turn_arrow(-np.sign(work["nudge"]) or 1, 0.32) \
            .set_fill(t.turn_down if work["nudge"] > 0 else t.turn_up) \
            .next_to(stub["wire"].point_from_proportion(0.5), LEFT, buff=0.12)   # the dial's value is right of it
        trial = turn_arrow(+1, 0.3).set_fill(t.turn_up).next_to(stub["wire"].point_from_proportion(0.5), LEFT, buff=0.12)
        rows = [outgoing.index(k) for k in chain["rows"]]
        # each piece of the picture comes as the words reach it (review d1 123 s: the glows, the
        # squares and the cost bar all stood there before 'their squares grow' was said)
        squares_before, cost_before = VGroup(turn["before"][0], turn["before"][1]), turn["before"][2:]
        squares_back, bar_back = turn["squares"].copy(), turn["bar"].copy()   # what goes back with the dial
        # the gathering's pieces go before the turn's words (review s21 h1: the curve and the ten
        # outputs' blames stood on through the dial's check): what stays is our neuron's one
        # blame arrow and its number, our dial, and the outputs the turn reaches
        self.play(FadeOut(VGroup(*self.standing(ours_curve, out_arrows, sizes))), run_time=0.5)
        self.show(check_texts=self.words_on_screen())
        with self.say("nudge") as tracker:
            self.road_step(road, 2)
            self.play(Indicate(stub["all"], color=t.focus, scale_factor=1.1), run_time=0.9)
            self.wait_before(tracker, "up", 0.2)
            # the wire turns as it did on the network (review u1: after 'turn it up by 1' it stayed
            # thin red, where at 24 s the same turn made it thick blue), its value written
            turned_wire, turned_name = self.stub_wire(close, stub["box"], stub["value"] + chain["turn"], stub["places"])
            back_wire, back_name = self.stub_wire(close, stub["box"], stub["value"], stub["places"])
            self.play(FadeIn(trial, shift=0.2 * UP), Transform(stub["wire"], turned_wire),
                      Transform(stub["name"], turned_name), run_time=0.8)
            self.show(stub_turned={"width": float(stub["wire"].get_stroke_width()),
                                   "colour": stub["wire"].get_color().to_hex(), "name": turned_name.original_text,
                                   "width_before": float(back_wire.get_stroke_width())})
            # the turn runs along our dial's wire into our neuron: its glow changes
            self.wait_before(tracker, "glow", 0.4)
            self.play(ShowPassingFlash(Line(stub["wire"].get_start(), stub["wire"].get_end(), color=t.turn_up,
                                            stroke_width=10), time_width=0.6),
                      close["ours"].animate.set_fill(t.neuron_fill, opacity=chain["glow"]), run_time=0.6)
            self.play(close["ours"].animate.set_fill(t.neuron_fill, opacity=chain["glow_turned"]),
                      FadeIn(turn["glow"], shift=0.1 * RIGHT), run_time=0.8)
            # 'against its blame': the arrow that asked for the other way (or this one), lit
            self.wait_before(tracker, "why", 0.2)
            self.play(*self.blame_lit(total_arrow, own_big, own_words), run_time=0.8)
            # on along the wires to the outputs that matter most: their glows, their squares
            self.wait_before(tracker, "outs", 0.4)
            self.play(*(o.animate.set_fill(t.neuron_fill, opacity=float(chain["guess"][k]))
                        for o, k in zip(close["outs"], outgoing)), FadeIn(squares_before), run_time=0.6)
            self.play(LaggedStart(*(ShowPassingFlash(Line(close["wires"][n].get_start(), close["wires"][n].get_end(),
                                                          color=t.turn_up, stroke_width=8), time_width=0.6)
                                    for n in rows), lag_ratio=0.2), run_time=0.8)
            self.play(*(close["outs"][n].animate.set_fill(t.neuron_fill, opacity=float(chain["guess_turned"][k]))
                        for n, k in zip(rows, chain["rows"])),
                      *(Transform(a, b) for a, b in zip(turn["squares"], turn["squares_turned"])),
                      LaggedStart(*(FadeIn(m, shift=0.1 * RIGHT) for m in turn["after"]), lag_ratio=0.25),
                      run_time=1.4)
            if len(turn["grew"]):
                # the squares' change, too small to see, written and lit on each (s33 review)
                self.play(LaggedStart(*(FadeIn(g, scale=1.3) for g in turn["grew"]), lag_ratio=0.2),
                          Indicate(turn["squares"], color=t.focus, scale_factor=1.15), run_time=0.8)
                self.show(squares_grew_s=float(self.renderer.time))
            # and the cost, as measured at the start
            self.wait_before(tracker, "cost", 0.4)
            self.play(FadeIn(cost_before), run_time=0.4)
            self.play(Transform(turn["bar"], turn["bar_turned"]), FadeIn(turn["cost_after"], shift=0.1 * RIGHT),
                      run_time=1.0)
            self.play(Indicate(turn["cost_after"], color=t.cost), FadeIn(turn["cost_change"], shift=0.1 * DOWN),
                      run_time=0.7)
            # 'turn it back': the dial back at its value, where its tilt is, and the whole turn
            # with it: glows, squares, the cost bar, the new numbers gone (review g1 141 s: the
            # dial's label snapped back while '0.74 -> 0.86' stood on; review s20 g1 147 s: all
            # of it snapped back without a word)
            self.wait_before(tracker, "back", 0.1)
            self.play(FadeOut(trial, shift=0.2 * DOWN), Transform(stub["wire"], back_wire),
                      Transform(stub["name"], back_name),
                      close["ours"].animate.set_fill(t.neuron_fill, opacity=chain["glow"]),
                      *(close["outs"][n].animate.set_fill(t.neuron_fill, opacity=float(chain["guess"][k]))
                        for n, k in zip(rows, chain["rows"])),
                      *(Transform(a, b) for a, b in zip(turn["squares"], squares_back)),
                      Transform(turn["bar"], bar_back),
                      FadeOut(VGroup(turn["glow"], turn["after"], turn["grew"], turn["cost_after"], turn["cost_change"])),
                      run_time=1.0)
            self.show(turned_back_s=float(self.renderer.time))
            # 'turn it up by just 0.1': the nudge pictures' push, written big by our dial; 'our
            # neuron's total rises 0.1 times the brightness': the turn runs down its wire and the
            # total's move is written big by our neuron (reviews ab2-b s29, both: 'tilt = blame x
            # brightness' was a bare rule; seen as the nudges before it, turn in, move out)
            push = self.dial_push(close, stub, dial_nudge(h, work, tilt),
                                  [m for m in (own_words, own_big, total_arrow, own_lens) if len(m.get_family()) and m.width])
            self.wait_before(tracker, "tenth", 0.2)
            self.play(FadeIn(push["push"], shift=0.15 * UP), Indicate(stub["name"], color=t.focus), run_time=0.7)
            self.show(dial_push_s=float(self.renderer.time))
            self.wait_before(tracker, "total", 0.3)
            self.play(ShowPassingFlash(Line(stub["wire"].get_start(), stub["wire"].get_end(), color=t.turn_up,
                                            stroke_width=10), time_width=0.6),
                      Indicate(stub["input"], color=t.focus, scale_factor=1.2), run_time=0.7)
            self.play(FadeIn(push["coming"]), FadeIn(push["rise"], shift=0.15 * LEFT), run_time=0.6)
            self.show(dial_nudge={**push["record"], "t": float(self.renderer.time),
                                  "texts": self.text_boxes(Group(*self.mobjects))})
            self.wait_before(tracker, "times", 0.2)
            # the blame runs back along our dial's wire to its input, lit as 'how bright' is said
            flash = Line(stub["wire"].get_end(), stub["wire"].get_start(), color=t.blame, stroke_width=10)
            runner = own_big.copy().set_opacity(0.9).scale(0.6)   # the enlarged one: the true one is a few px
            # (gently: at 1.2 times the tiny run's words ran off the frame's left edge, review s23 132 s)
            # the turn's picture goes (back where it started, its story told): the product is
            # drawn in its place, as bars (s26 ab-k1 r1's one change, 174-177 s: 'blame times
            # brightness' was said, not shown)
            bars = self.product_bars(numbers, work, close)
            # the '+0.1' goes: its move is told, and the dial stands turned back (s33 review:
            # '+0.1' stood beside 'our dial 0.277' to the end)
            self.play(ShowPassingFlash(flash, time_width=0.6),
                      *self.blame_lit(total_arrow, own_big, own_words),
                      runner.animate.move_to(stub["input"][0].get_center()), FadeOut(push["push"]),
                      FadeOut(VGroup(*self.standing(turn["before"], turn["squares"], turn["bar"]))), run_time=1.2)
            seen = {id(p) for top in self.mobjects for p in top.get_family()}
            self.show(turned_back={"after_left": [m.original_text for m in (*turn["after"], turn["cost_after"], turn["cost_change"])
                                                  if id(m) in seen] + ([turn["glow"].original_text]
                                                                       if id(turn["glow"]) in seen else []),
                                   "glow": float(close["ours"].get_fill_opacity()), "glow_before": float(chain["glow"]),
                                   "push_left": push["push"].original_text if id(push["push"]) in seen else "",
                                   "bar": float(turn["bar"].width), "bar_before": float(bar_back.width),
                                   "name": stub["name"].original_text if hasattr(stub["name"], "original_text")
                                   else back_name.original_text})
            self.show(blame_ran_to_dial=bool(np.linalg.norm(runner.get_center() - stub["input"][0].get_center()) < 0.05))
            # our neuron's blame as a bar
            self.play(FadeOut(runner, scale=0.5), Indicate(stub["input"], color=t.focus, scale_factor=1.3),
                      TransformFromCopy(own_big, bars["blame"]), FadeIn(bars["blame_words"]),
                      run_time=0.9)
            # the tilt: the blame's bar cut at its input's share, down the dashed line to the input's words
            self.play(Create(bars["cut"]), FadeIn(bars["input_words"], shift=0.1 * DOWN),
                      TransformFromCopy(bars["blame"], bars["tilt"]), FadeIn(bars["tilt_words"]), run_time=0.8)
            # every word on screen now, and the bars' own boxes (nothing drawn over another)
            self.show(product_bars=bars["record"], product_bars_s=float(self.renderer.time),
                      product_screen=self.text_boxes(Group(*self.mobjects)),
                      product_rects=[[*map(float, m.get_corner(DOWN + LEFT)[:2]), *map(float, m.get_corner(UP + RIGHT)[:2])]
                                     for m in (bars["blame"], bars["tilt"])])
            # the opening's chart with it, so the two tilts stand together while they are told
            self.play(FadeIn(again, shift=0.2 * UP), run_time=0.7)
            self.show(tilt_glyph_up=bool(np.mean(glyph_close.get_vertices()[:, 1]) < glyph_close.get_center()[1]))
            # 'the cost rises 0.081 times its blame: 0.003, as when we really turned it': the
            # whole sum under the bars, the total's move carried into it, then the real turn's
            turned_sum = self.sum_lines(turn_sum(h, work, tilt, numbers), bars)
            self.wait_before(tracker, "check", 0.3)
            self.play(TransformFromCopy(push["rise"], turned_sum[0]),
                      Indicate(VGroup(bars["blame"], bars["blame_words"]), color=t.blame, scale_factor=1.05),
                      run_time=0.8)
            self.play(FadeIn(turned_sum[1], shift=0.1 * DOWN), run_time=0.5)
            self.wait_before(tracker, "really", 0.2)
            self.play(FadeIn(turned_sum[2], shift=0.1 * DOWN), run_time=0.5)
            self.show(turn_sum={"words": [m.original_text for m in turned_sum], "t": float(self.renderer.time),
                                "texts": self.text_boxes(Group(*self.mobjects))})
            # 'the same 0.03': the two tilts, the product's and the opening line's, lit together
            self.wait_before(tracker, "same", 0.3)
            self.play(Indicate(again[-1], color=t.focus, scale_factor=1.3), Indicate(again[-3:-1], color=t.focus),
                      Indicate(VGroup(bars["tilt"], bars["tilt_words"]), color=t.focus, scale_factor=1.05), run_time=1.0)
            self.show(tilt_again={"t": float(self.renderer.time), "texts": self.words_on_screen(),
                                  "boxes": self.text_boxes(VGroup(again, bars["all"], turn["before"], turn["all"], stub["all"],
                                                                  own_words, own_lens)),
                                  # the cost bar beside it (review ab-k1 s24, 165-168 s: 'tilt 0.03' touched it)
                                  "cost_bar": [*map(float, turn["bar"].get_corner(DOWN + LEFT)[:2]),
                                               *map(float, turn["bar"].get_corner(UP + RIGHT)[:2])],
                                  "bar_shown": bool(self.standing(turn["bar"]))})
            # the turn it asks for, on the dial's wire as it is said: the trial arrow turns into it
            self.wait_before(tracker, "sign", 0.3)
            self.play(FadeIn(glyph_close, scale=1.6), run_time=0.6)
            self.play(Indicate(glyph_close, color=t.focus, scale_factor=1.4), run_time=0.9)
        self.show(nudge={"dial": work["dial"], "input": work["input"], "blame": work["blame"],
                         "nudge": work["nudge"]}, why=turned_why(work, chain),
                  turn_chain={**chain, "rows_drawn": [int(n) for n in rows]})

        # --- every neuron gathers its blame this way: the whole network, backpropagation ---
        one = example_pass(h)
        # the chapter's one name, large (reviews ab-k1 r2, ab-k3 r1 and r2, s25, 183 s: small violet
        # text off to the side)
        name = within_frame(self.text("backpropagation", size="title", color=t.blame)
                            .move_to([COLUMN_X + 2.2, 0.3, 0]), 0.3)
        # only what stands (no ghosts), down to the parts of groups split by an Indicate
        # (they fade as the close-up shrinks: faded first, the bare fan stood alone, review s26)
        self.play_zoom(diagram, VGroup(), close, out_layer, work["neuron"], outgoing, inward=False,
                       come=self.title_text,
                       also=VGroup(road, bars["all"], turned_sum, *self.standing(push["all"], legend, again, own_words, own_lens, stub["all"], glyph_close,
                                                  *turn["all"], turn["bar"], turn["squares"], out_arrows, sizes,
                                                  total_arrow)))
        self.show(ending_texts=self.words_on_screen())
        with self.say("flow") as tracker:
            hidden_rings = self.play_blame_flow(diagram, one.delta, tracker.duration / 2)
            self.wait_until_bookmark("called")
            self.play(FadeIn(name, scale=1.3), run_time=0.8)
        self.show(blame=[d[0] for d in one.delta])

        picture.next_to(diagram, LEFT, buff=0.3)
        dial_edge = self.dial_line(diagram, dial, tilt["dial"])
        pixel = self.pixel_mark(picture, dial[2])
        glyph = turn_arrow(-np.sign(work["nudge"]) or 1, 0.3).set_fill(t.turn_down if work["nudge"] > 0 else t.turn_up) \
            .move_to(dial_edge.point_from_proportion(0.55))
        turn_key = turn_legend(up_words=mark("turn this dial up"), down_words=mark("turn this dial down"))
        turn_key[0][0].set_fill(t.turn_up)
        turn_key[1][0].set_fill(t.turn_down)
        # a small network's few turn arrows and their key drawn larger (review ab-x1 r1 s25,
        # 165-171 s: the tiny run's triangles and key were too small to read)
        few = max(diagram.sizes) <= 8
        if few:
            turn_key.scale(1.3)
        turn_key.to_corner(UP + RIGHT, buff=0.35).shift(0.85 * DOWN)
        # cleared before the words; our dial and its turn arrow back on the network first
        self.play(FadeOut(VGroup(hidden_rings, name)), FadeIn(picture), FadeIn(pixel), Create(dial_edge),
                  FadeIn(glyph, scale=1.5), FadeIn(turn_key), run_time=0.8)
        with self.say("ending") as tracker:
            # every dial gets its tilt, shown (review k: only our dial ever had one): blame runs
            # back a layer at a time, and into every drawn neuron the dial with the biggest tilt
            # gets its turn arrow as it passes, from the outputs back to the inputs
            wave = tilt_wave(h, diagram, skip=dial)
            # each on its wire, staggered along it, so they read as one per dial (at one place
            # along every wire, 0.7-0.8, they stood in columns at the neurons, read as one per
            # neuron; crossing wires share a middle)
            glyphs = [VGroup(*(turn_arrow(-np.sign(g), 0.4 if few else 0.26).set_fill(t.turn_down if g > 0 else t.turn_up)
                               .move_to(diagram.edge_line(p, r, c).point_from_proportion(ALONG[k % len(ALONG)]))
                               for k, (p, r, c, g) in enumerate(layer))) for layer in wave]
            # each arrow's wire drawn thick under it as it comes (review 11: arrows alone over the
            # mesh read as confetti, tied to no wire)
            wires = [VGroup(*(diagram.edge_line(p, r, c).set_stroke(width=7, opacity=1.0)
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
            # (our dial's arrow moves as the others do, in its own colour: lit white as well, it
            # stood out as one unexplained white triangle, s26 ab-x1 r1 and r2, 168-171 s)
            every = [g for layer in reversed(glyphs) for g in layer] + [glyph]
            self.play(LaggedStart(*(g.animate(rate_func=there_and_back).shift(
                0.12 * (UP if np.mean(g.get_vertices()[:, 1]) < g.get_center()[1] else DOWN)) for g in every),
                lag_ratio=0.03), run_time=max(1.2, tracker.get_remaining_duration()))
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
        words = self.text("gap = guess {guess} \u2212 should glow {answer} = {miss}", size="small",
                          color=t.gap, facts={"guess": people(said), "answer": people(answer),
                                                    "miss": figure(miss)}).next_to(panel, DOWN, buff=0.3)
        group = VGroup(words)
        if worst in shown:
            # round the bar, its answer and its gap's strip together (round the arrow alone, the
            # box straddled two outputs' bars)
            k = shown.index(worst)
            group.add(SurroundingRectangle(VGroup(panel[0][k], panel[1][k], panel[2][k]), color=t.focus, stroke_width=2,
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

    def roadmap(self, many: bool) -> VGroup:
        """The close-up's three steps in one row, for the title's place: the outputs' blame, our
        neuron's blame, our dial's tilt, with small arrows between (what the chapter works out,
        in the order it does)."""
        t = self.theme
        steps = VGroup(self.text("outputs' blame" if many else "the output's blame", color=t.muted),
                       self.text("our neuron's blame", color=t.muted), self.text("our dial's tilt", color=t.muted))
        steps.arrange(RIGHT, buff=0.55)
        arrows = VGroup(*(Arrow(a.get_right() + 0.1 * RIGHT, b.get_left() + 0.1 * LEFT, buff=0, color=t.muted,
                                stroke_width=3, max_tip_length_to_length_ratio=0.35)
                          for a, b in zip(steps[:-1], steps[1:])))
        # the step we are at: lit, and underlined (it moves on as the chapter does)
        steps[0].set_color(t.blame)
        under = Line(steps[0].get_corner(DOWN + LEFT), steps[0].get_corner(DOWN + RIGHT), color=t.blame,
                     stroke_width=3).shift(0.08 * DOWN)
        return VGroup(steps, arrows, under)

    def road_step(self, road: VGroup, k: int) -> None:
        """Light step k of the roadmap (the blame colour, or the focus for the dial's tilt), the
        others dimmed; recorded with when, for the tests."""
        t = self.theme
        steps = road[0]
        lit = t.focus if k == 2 else t.blame
        under = Line(steps[k].get_corner(DOWN + LEFT), steps[k].get_corner(DOWN + RIGHT), color=lit,
                     stroke_width=3).shift(0.08 * DOWN)
        self.play(*(m.animate.set_color(lit if n == k else t.muted) for n, m in enumerate(steps)),
                  Transform(road[2], under), run_time=0.4)
        self.play(Indicate(steps[k], color=lit, scale_factor=1.15), run_time=0.6)
        self.show(roadmap={"steps": [m.original_text for m in steps],
                           "box": [*map(float, road.get_corner(DOWN + LEFT)[:2]), *map(float, road.get_corner(UP + RIGHT)[:2])],
                           "lit": [*self.shown.get("roadmap", {}).get("lit", []),
                                   {"step": k, "t": float(self.renderer.time)}]})

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
            wires.add(Line(ours.get_right(), outs[-1].get_left(), color=t.positive if d >= 0 else t.negative,
                           stroke_width=wire_width(d, diagram.weight_scale)))
        # named as it is first shown (a reviewer met an unlabelled neuron here for 36 s)
        tag = VGroup(self.text("our neuron", size="small", color=t.text),
                     self.text("glow {glow}", size="small", color=t.neuron_fill,
                               facts={"glow": written(self.works()["work"]["value"], 2)})) \
            .arrange(DOWN, buff=0.08).next_to(ours, DOWN, buff=0.2)
        # the blame arrows right of the longest name (the tiny run's 'inner ring?' ran under them)
        arrow_x = max(CLOSE_ARROW_X, max(n.get_right()[0] for n in names) + 0.3)
        return {"ours": ours, "outs": outs, "names": names, "wires": wires, "tag": tag, "arrow_x": arrow_x,
                "scale": diagram.weight_scale}

    def play_zoom(self, diagram: NetworkDiagram, picture: Mobject, close: dict, out_layer: int, neuron: int,
                  outputs, inward: bool, also: Mobject | None = None, come: Mobject | None = None) -> None:
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
            # the network fades in as the close-up lands (after it, a near-empty frame held the
            # shrunk fan alone, review s26)
            self.play(FadeOut(VGroup(close["tag"], *([also] if also is not None else [])),
                              rate_func=squish_rate_func(smooth, 0.0, 0.5)),
                      *(ReplacementTransform(b, a, rate_func=squish_rate_func(smooth, 0.0, 0.7)) for a, b in zip(small, big)),
                      FadeIn(diagram, rate_func=squish_rate_func(smooth, 0.3, 1.0)),
                      *([FadeIn(come, rate_func=squish_rate_func(smooth, 0.3, 1.0))] if come is not None else []),
                      run_time=1.3)
            self.remove(*small)

    def closeup_arrows(self, close: dict, blame: np.ndarray, unit: float, top: float) -> VGroup:
        """Each output's blame: a violet arrow beside its name, as long as its blame on the
        close-up's one scale (`unit`) and as thick as its share of the biggest amount drawn
        (`top`), pointing the way that output should move."""
        return VGroup(*(blame_arrow(way_of(b), arrow_height(b, unit), abs(b) / top)
                        .move_to([close["arrow_x"], o.get_center()[1], 0]) for o, b in zip(close["outs"], blame)))

    def blame_chain(self, close: dict, flows: np.ndarray, unit: float, top: float) -> tuple[VGroup, VGroup]:
        """What every wire passes on, arrived at our neuron, head to tail left of it: first the
        arrows that go the total's way (one column), then the others coming back (a second
        column), and the one arrow they make (from the first's tail to the last's head), right
        of them. Returns the arrows in drawn order (one per output) and the total's arrow."""
        ours = close["ours"]
        total = float(flows.sum())
        main = way_of(total) or 1
        first = [n for n in range(len(flows)) if way_of(flows[n]) == main]
        second = [n for n in range(len(flows)) if n not in first]
        reach = sum(arrow_height(flows[n], unit) for n in first) * main
        y = ours.get_y() - reach / 2          # the chain's tail: the picture centred on our neuron
        x_total = ours.get_left()[0] - 0.4
        columns = (x_total - 0.9, x_total - 0.55)
        arrows = [None] * len(flows)
        for column, group in zip(columns, (first, second)):
            for n in group:
                height = arrow_height(flows[n], unit)
                way = way_of(flows[n]) or main
                arrows[n] = blame_arrow(way, height, abs(flows[n]) / top).move_to([column, y + way * height / 2, 0])
                y += way * height
        start = ours.get_y() - reach / 2
        height = arrow_height(total, unit)
        whole = blame_arrow(way_of(total) or 1, height, abs(total) / top) \
            .move_to([x_total, start + (way_of(total) or 1) * height / 2, 0])
        return VGroup(*arrows), whole

    def tally(self, close: dict, work: dict, flows: np.ndarray, dials: np.ndarray, order: list[int],
              top: float) -> dict:
        """The traced rows left of our neuron, in the order told: each output's blame x its dial
        = what it sends back (the digits that check by hand; since s37 kept for the record, not
        drawn: the arrows are followed into the stack instead, `slot`), its arrow on one scale;
        the others' line ('+ 7 more'), a line, and the total ('added up: 0.18'); and each traced
        wire's dial written on it ('x 0.59', its sign's colour). Keyed by drawn position."""
        t = self.theme
        h = self.history
        outputs = shown_indices(len(work["blame_out"]))
        places = chain_places(work, flows)[0]
        b_places, d_places = table_places(h, work)
        column, total = sent_back_column(work, flows)
        rest = number_of(column[-1])
        ours = close["ours"]
        # left of our neuron's name (under it), from above its middle (the rows ran into the name)
        many = len(flows) > 1
        # one output: its row beside our neuron, clear of the dial's turn arrows by its wire's middle
        # many: 0.7 further left, clear of our neuron's name (review g1 105 s: '+ 7 more' ran
        # into it), with room for the arrows' head-to-tail sum right of their column
        shift = 0.7 if many else 0.0
        right, arrow_x, y0, step = ours.get_left()[0] - 1.0 - shift, ours.get_left()[0] - 0.65 - shift, \
            ours.get_y() + (0.8 if many else 0.2), 0.45
        unit = (ROW_REACH if many else ONE_REACH) / max(float(np.abs(flows[order]).max(initial=0.0)), abs(rest), abs(work["total"])) \
            if len(order) else 1.0

        def arrow(value: float, y: float) -> VGroup:
            return blame_arrow(way_of(value) or 1, arrow_height(value, unit), abs(value) / top).move_to([arrow_x, y, 0])
        rows, arrows, labels, turned = {}, {}, {}, {}
        for i, n in enumerate(order):
            y = y0 - i * step
            k = outputs[n]
            # each row read in arrows, sizes with the way each arrow points, so a red dial's
            # minus is seen to turn the arrow over: '\u2193 0.223 \u00d7 \u22120.44 = \u2191 0.10' (s32 review:
            # '0.223 \u00d7 \u22120.44 = \u22120.10' by an up arrow read as sign and arrow disagreeing; s24
            # ab-x1, one output: '= \u22120.277' then 'comes back: 0.277'); the dial as its wire
            # writes it, minus and all (s24: '0.245 x 1.13' under a wire saying 'x -1.13')
            # (arrows violet as every blame arrow, not 'down'/'up': words ran the row off the left edge)
            blame, dial_text = size_of(written(work["blame_out"][k], b_places)), written(dials[n], d_places)
            sent = written(abs(flows[n]), places)
            came, goes = ("\u2191" if way_of(v) > 0 else "\u2193" for v in (work["blame_out"][k], flows[n]))
            rows[n] = self.text("{came}{blame} \u00d7 {dial} = {goes}{sent}", size="label", color=t.text,
                                facts={"came": came, "blame": blame, "dial": dial_text, "goes": goes, "sent": sent})
            rows[n][0].set_color(t.blame)
            rows[n][len(("x" + blame + "\u00d7" + dial_text + "=").replace(" ", ""))].set_color(t.blame)
            rows[n].move_to([right, y, 0], aligned_edge=RIGHT)
            if dials[n] < 0:
                at = 1 + len((blame + "\u00d7").replace(" ", ""))   # past the way's arrow
                rows[n][at:at + len(dial_text)].set_color(t.negative)
            arrows[n] = arrow(flows[n], y)
            label = self.text("\u00d7 {dial}", size="small", color=t.positive if dials[n] >= 0 else t.negative,
                              facts={"dial": written(dials[n], d_places)})
            label.add_background_rectangle(color=t.background, opacity=0.95, buff=0.05)
            # above every wire, whichever is lit last (s33 review: an Indicate on the wires
            # redrew them over their own 'x 0.59', barely readable)
            labels[n] = label.move_to(close["wires"][n].point_from_proportion(LABEL_ALONG)).set_z_index(2)
            if dials[n] < 0 and not many:   # the flip named where it happens: on the red wire
                turned[n] = self.text("turned over", size="small", color=t.negative) \
                    .next_to(labels[n], DOWN, buff=0.12)
        # the rows and their arrows move right as far as the longest row needs to stand inside
        # the frame, well in from its edge (s24: the signed dial cut '0.223' to '.223' at the left
        # edge; 5 px in, reviews ab-k1 s24 120-129 s still read it cut)
        # written at label size (reviews ab2-b s29: small, at the far left, 'hard to read'): as far
        # right as their arrows stay clear of our neuron and the rows of its name; rows still too
        # wide for that room shrink together to fit it, never below the small size
        over = max([0.0] + [ROW_MARGIN - config.frame_width / 2 - r.get_left()[0] for r in rows.values()])
        room = min(ours.get_left()[0] - ROW_CLEAR - arrow_x, close["tag"].get_left()[0] - ROW_CLEAR / 2 - 0.15 - arrow_x)
        fit = 1.0
        if over > room and rows:
            widest = max(r.width for r in rows.values())
            fit = max(t.small_size / t.label_size, (right + room - (ROW_MARGIN - config.frame_width / 2)) / widest)
            for n in order:
                rows[n].scale(fit, about_edge=RIGHT)
            over = max([room] + [ROW_MARGIN - config.frame_width / 2 - r.get_left()[0] for r in rows.values()])
        for n in order:
            rows[n].shift(over * RIGHT)
            arrows[n].shift(over * RIGHT)
        right, arrow_x = right + over, arrow_x + over
        y = y0 - len(order) * step
        others = len(flows) - len(order)
        rest_text = self.text("+ {n} more: {value}", size="label", color=t.text,
                              facts={"n": others, "value": size_of(column[-1])}).scale(fit).move_to([right, y, 0], aligned_edge=RIGHT)
        rest_arrow = arrow(rest, y)
        if others:
            y -= step
        line = Line([right - 2.4, y + 0.5 * step, 0], [arrow_x + 0.2, y + 0.5 * step, 0], color=t.muted, stroke_width=2)
        # what comes back is written as a size, its arrow giving the way, as our neuron's blame
        # is next ("comes back: -0.277" then "blame 0.276", both pointing up, read as a sign
        # flipped unsaid: review s19 v1)
        words = self.text("added up: {value}" if many else "comes back: {value}", size="label", color=t.blame,
                          facts={"value": size_of(total)}).move_to([right, y, 0], aligned_edge=RIGHT)
        whole = arrow(work["total"], y)
        if not many:   # the one row's arrow is all that comes back: no second arrow under it
            whole = arrows[order[0]]
        # the arrows head to tail right of their column (review g1/v1: the rows must be seen to
        # add up, ups against downs): first those of the total's way, from the total's tail,
        # then the others coming back in a second column; the last head is the total's head
        # drawn large under the line, our neuron's side of it (session 23: beside the column the
        # chain stood a few px tall, and 0.16, 0.08, 0.10, 0.04 over 'added up: 0.18' did not
        # add up to the eye): each column's sum written by it, the total's arrow under our
        # neuron, what is left, its words right of it
        main = way_of(work["total"]) or 1
        pieces = [(arrows[n], flows[n]) for n in order] + ([(rest_arrow, rest)] if others else [])
        keys = list(order) + (["rest"] if others else [])
        sums, with_label, against_label, n_main = VGroup(), VGroup(), VGroup(), 0
        # where each followed arrow ends: its piece of the stack (one output: its own arrow, the total)
        slot = {n: arrows[n] for n in order}
        sum_unit = unit
        if many:
            parts = sum_parts(work, flows)
            sum_unit = SUM_REACH / (number_of(parts["with"]) or abs(work["total"]) or 1.0)
            top_y = y + 0.5 * step - 0.3
            start = top_y if main < 0 else top_y - SUM_REACH
            x_with, x_against = ours.get_x() - 1.4, ours.get_x() - 1.0
            whole = blame_arrow(main, arrow_height(work["total"], sum_unit), abs(work["total"]) / top) \
                .move_to([ours.get_x(), start + main * arrow_height(work["total"], sum_unit) / 2, 0])
            words.next_to(whole, RIGHT, buff=0.2)
            tip = start
            for column, keep in ((x_with, True), (x_against, False)):
                for key, (a, value) in zip(keys, pieces):
                    if (way_of(value) == main) != keep or not value:
                        continue
                    way, height = way_of(value), arrow_height(value, sum_unit)
                    slot[key] = blame_arrow(way, height, abs(value) / top).move_to([column, tip + way * height / 2, 0])
                    sums.add(slot[key])
                    tip += way * height
                    n_main += keep
            # each sum named by its arrows' way, as said (s32 review: a bare '0.28' stood unexplained)
            named = {-1: lambda v: self.text("down: {value}", size="label", color=t.blame, facts={"value": v}),
                     +1: lambda v: self.text("up: {value}", size="label", color=t.blame, facts={"value": v})}
            with_label = named[int(main)](parts["with"]).next_to(sums[:n_main], LEFT, buff=0.2)
            if parts["against"] and len(sums) > n_main:
                against_label = named[-int(main)](parts["against"]).next_to(sums[n_main:], RIGHT, buff=0.15)
        else:
            tip = whole.get_top()[1] if main < 0 else whole.get_bottom()[1]
        return {"rows": rows, "arrows": arrows, "labels": labels, "turned": turned, "rest": rest_text, "rest_arrow": rest_arrow,
                "line": line, "total": words, "total_arrow": whole, "unit": unit, "sums": sums, "shift": 0.0,
                "sums_end": float(tip), "sum_unit": sum_unit, "n_main": n_main,
                "with_label": with_label, "against_label": against_label, "slot": slot}

    def dial_stub(self, close: dict, work: dict, dial: Weight) -> dict:
        """Our dial in the close-up: its input (the pixel as bright as it is, or the input's
        circle) top left, and its wire into our neuron (its sign's colour), named: the dial
        stays in sight while its neuron's blame is gathered (review 11a)."""
        t = self.theme
        image = input_kind(self.history) == "image"
        level = float(np.clip(abs(work["input"]), 0.0, 1.0))
        box = (Square(0.4, stroke_color=t.muted, stroke_width=2, fill_color=t.text, fill_opacity=level) if image
               else Circle(0.2, stroke_color=t.neuron_stroke, stroke_width=2, fill_color=t.neuron_fill,
                           fill_opacity=level)).move_to([-6.65, 2.25, 0])
        value = float(self.history.snapshot(STEP).weights[dial[0]][dial[1], dial[2]])
        # its decimals as the network's label wrote it and its turn (0.277 -> 1.277)
        places = min(sig(value, CHAIN), DIAL_PLACES)
        wire, name = self.stub_wire(close, box, value, places)
        # the input's glow beside the input, the dial's value on its wire: two things, apart
        # (review e1: 'our dial / brightness 0.81' told the viewer a dial has a brightness)
        bright = self.text("brightness {value}" if image else "input {value}", size="small", color=t.text,
                           facts={"value": written(work["input"], 2)}).next_to(box, RIGHT, buff=0.2)
        self.show(our_dial_name={"words": name.original_text, "colour": str(name.get_color()).upper(),
                                 "wire": str(wire.get_color()).upper(), "value": value})
        return {"input": VGroup(box, bright), "wire": wire, "name": name, "all": VGroup(wire, box, name, bright),
                "box": box, "value": value, "places": places}

    def dial_push(self, close: dict, stub: dict, nudge: dict, avoid: list[Mobject]) -> dict:
        """Our dial turned up by the small turn, as the nudge pictures write a push: '+0.1' big
        over the dial's name, right of its wire; and what it does, our neuron's total moving by
        that times its input, '+0.081' big left of our neuron under 'total coming in' (the
        output's and our neuron's nudges named their wire so)."""
        t = self.theme
        push = self.text("{step}", size="title", color=t.text, facts={"step": nudge["step_text"]}) \
            .next_to(stub["name"], UP, buff=0.15, aligned_edge=LEFT)
        rise = self.text("{rise}", size="title", color=t.text, facts={"rise": nudge["rise_text"]})
        ours = close["ours"]
        rise.move_to([ours.get_left()[0] - 0.35 - rise.width / 2, ours.get_y(), 0])
        coming = self.text("total coming in", size="small", color=t.text).next_to(rise, UP, buff=0.12, aligned_edge=RIGHT)
        blockers = [b for b in avoid if meets(rise, b, 0.1) or meets(coming, b, 0.1)]
        if blockers:
            # left of our neuron stands its blame (the tiny run's): the two over it, left of our
            # dial's wire (under our neuron they ran into the tilt's lines)
            row = VGroup(coming, rise).arrange(DOWN, buff=0.12, aligned_edge=RIGHT)
            # (clear of the turn arrow that comes left of the wire's middle at the end)
            right = min(float(ours.get_left()[0]) - 0.6, float(stub["wire"].point_from_proportion(0.5)[0]) - 0.12 - 0.32 - 0.15)
            row.move_to([right - row.width / 2,
                         max(float(b.get_top()[1]) for b in blockers) + 0.25 + row.height / 2, 0])
            row.shift(max(0.0, -7.1 + ROW_MARGIN - float(row.get_left()[0])) * RIGHT)
        record = {"step": nudge["step"], "input": nudge["input"], "rise": nudge["rise"],
                  "words": [push.original_text, rise.original_text, coming.original_text]}
        return {"push": push, "rise": rise, "coming": coming, "record": record, "all": VGroup(push, rise, coming)}

    def stub_wire(self, close: dict, box: Mobject, value: float, places: int) -> tuple[Line, Mobject]:
        """Our dial's wire in the close-up, from its input into our neuron, in its sign's colour
        and as thick as the close-up's wires draw a dial of its size, and its value written
        beside its middle ('our dial 0.277')."""
        t = self.theme
        ours = close["ours"]
        towards = box.get_center() - ours.get_center()
        wire = Line(box.get_bottom(), ours.get_center() + 0.32 * towards / np.linalg.norm(towards),
                    color=t.positive if value >= 0 else t.negative, stroke_width=wire_width(value, close["scale"]))
        # written in its wire's colour, the legend's colour of a dial's sign: a dial, not a blame
        # (s33 review: 'our dial 0.277' beside the violet blame 0.278 read as one number)
        name = self.text("our dial {value}", size="small", color=t.positive if value >= 0 else t.negative,
                         facts={"value": written(value, places)})
        name.next_to(wire.point_from_proportion(0.5), RIGHT, buff=0.2)
        return wire, name

    def turn_picture(self, close: dict, chain: dict, outputs, cost_places: int, sizes: VGroup) -> dict:
        """The turn's picture right of the close-up, before and after: for each output of the
        chain (`chain['rows']`), on its row, its gap's square (theme.cost: the cost chapter's square
        on the gap, orange) and its area written, or its guess where the cost is not squares; under
        them this example's cost as a bar, its value written; our neuron's new glow beside its
        tag. 'before': what stands before the turn; the rest comes with it. The rows stand right
        of `sizes`, what stands right of the outputs (the tiny run's 'inner ring?' pushes them right)."""
        t = self.theme
        left = max(TURN_X, max(m.get_right()[0] for m in sizes) + 0.3)
        rows = [list(outputs).index(k) for k in chain["rows"]]
        most = (TURN_SQUARE_ONE if len(chain["guess"]) == 1 else TURN_SQUARE) / \
            max(float(np.sqrt(max(chain["part"][k], chain["part_turned"][k]))) for k in chain["rows"])
        # three decimals at least: 0.575 -> 0.596 (two read 0.57 -> 0.60, a change of 0.03 for 0.021)
        places = max(apart(float(chain["part"][k]), float(chain["part_turned"][k]), 3) for k in chain["rows"])
        if len(chain["guess"]) == 1:
            # one output: its square is the cost, written the same way (review u1: '0.105' on the
            # square and '0.10' on the cost bar, on one screen, read as a mismatch)
            places = cost_places
        # the cost chapter's squares are orange (t.cost), its gaps violet: the same here
        colour = t.cost if chain["squares"] else t.neuron_fill
        text_x = left + (most * max(float(np.sqrt(chain["part_turned"][k])) for k in chain["rows"])
                           if chain["squares"] else 0.0) + 0.15
        text_x = max(text_x, left + (TURN_SQUARE_ONE if len(chain["guess"]) == 1 else TURN_SQUARE) + 0.15)

        def square(part: float, y: float) -> Square:
            return Square(max(float(np.sqrt(part)) * most, 0.02), stroke_color=t.cost, stroke_width=2,
                          fill_color=t.cost, fill_opacity=0.55).move_to([left, y, 0], aligned_edge=LEFT)
        squares, turned, before, after = VGroup(), VGroup(), VGroup(), VGroup()
        values, names, grew = VGroup(), VGroup(), VGroup()
        levels = sorted(float(close["outs"][n].get_y()) for n in rows)
        # named as what it is, 'output 2's square' over its value, where the rows stand apart
        # (s28 ab2-d1-r2, 177-186 s: 'output 2: 0.575' read as output 2's glow, which was 0.76)
        apart_rows = len(chain["guess"]) > 1 and chain["squares"] and \
            min((b - a for a, b in zip(levels, levels[1:])), default=9.0) >= TURN_NAMED_APART
        for n, k in zip(rows, chain["rows"]):
            y = close["outs"][n].get_y()
            if chain["squares"]:
                squares.add(square(chain["part"][k], y))
                turned.add(square(chain["part_turned"][k], y))
            # each row named by its output (review s23 digits, 144-153 s: '0.575 -> 0.595' had
            # only its height to say which output it was)
            if apart_rows:
                value = self.text("{value}", size="label", color=colour,
                                  facts={"value": written(float(chain["part"][k]), places)}) \
                    .move_to([text_x, y - 0.15, 0], aligned_edge=LEFT)
                name = self.text("output {name}'s square", size="small", color=colour,
                                 facts={"name": output_names(self.history)[k]}) \
                    .next_to(value, UP, buff=0.06, aligned_edge=LEFT)
                block = VGroup(name, value)
                block.shift((y - float(block.get_y())) * UP)   # the two lines centred on its output's level
                names.add(name)
                before.add(block)
            else:
                value = (self.text("output {name}: {value}", size="label", color=colour,
                                   facts={"name": output_names(self.history)[k],
                                          "value": written(float(chain["part"][k]), places)})
                         if len(chain["guess"]) > 1 else
                         self.text("{value}", size="label", color=colour,
                                   facts={"value": written(float(chain["part"][k]), places)})) \
                    .move_to([text_x, y, 0], aligned_edge=LEFT)
                before.add(value)
            values.add(value)
            after.add(self.text("\u2192 {value}", size="label", color=colour,
                                facts={"value": written(float(chain["part_turned"][k]), places)})
                      .next_to(values[-1], RIGHT, buff=0.12))
            over = after[-1].get_right()[0] - RIGHT_EDGE
            if over > 0 and len(chain["guess"]) > 1:
                # a named row a little too long: a little smaller, still on its output's level
                # (15 px and more at 480p), never moved off it
                words = VGroup(values[-1], after[-1])
                words.scale(max(TURN_WORDS_LEAST, (words.width - over) / words.width), about_edge=LEFT)
            if after[-1].get_right()[0] > RIGHT_EDGE and len(squares):
                # no room right of it (one output's big square): the numbers under the square
                VGroup(before[-1], after[-1]).next_to(squares[-1], DOWN, buff=0.15, aligned_edge=LEFT)
            if apart_rows:
                # how much its square grows, written: too little to see on the square itself (s33
                # review: 'their squares grow', 0.575 to 0.577, could not be seen), as the two
                # written areas differ, signed, right of its name ('down 0.002' ran off the edge)
                moved = number_of(written(float(chain["part_turned"][k]), places)) - \
                    number_of(written(float(chain["part"][k]), places))
                grew.add(self.text("{change}", size="small", color=colour,
                                   facts={"change": ("+" if moved > 0 else "\u2212") + written(abs(moved), places)})
                         .next_to(names[-1], RIGHT, buff=0.2))
        top = max(chain["cost"], chain["cost_turned"]) or 1.0

        def bar(cost: float) -> Rectangle:
            return Rectangle(width=max(COST_BAR * cost / top, 0.02), height=0.26, stroke_width=0, fill_color=t.cost,
                             fill_opacity=1.0).move_to([TURN_X, COST_BAR_Y, 0], aligned_edge=LEFT)
        cost_bar = bar(chain["cost"])
        label = self.text("cost of this example", size="small", color=t.cost) \
            .next_to(cost_bar, DOWN, buff=0.15).set_x(TURN_X, direction=LEFT)
        cost_before = self.text("{value}", size="small", color=t.cost,
                                facts={"value": written(chain["cost"], cost_places)}).next_to(label, RIGHT, buff=0.15)
        cost_after = self.text("\u2192 {value}", size="small", color=t.cost,
                               facts={"value": written(chain["cost_turned"], cost_places)}) \
            .next_to(cost_before, RIGHT, buff=0.12)
        if cost_after.get_right()[0] > RIGHT_EDGE:
            # three decimals ran off the frame's right edge (2.689 -> 2.692): the two costs under their name
            VGroup(cost_before, cost_after).next_to(label, DOWN, buff=0.12, aligned_edge=LEFT)
        # the change itself, in the opening lens's words ('up 0.003'), right of the new cost
        change = self.text(mark("up {change}") if chain["cost_turned"] > chain["cost"] else mark("down {change}"),
                           size="small", color=t.cost, facts={"change": chain["change"]}).next_to(cost_after, RIGHT, buff=0.3)
        if change.get_right()[0] > RIGHT_EDGE:
            change.next_to(cost_after, DOWN, buff=0.12, aligned_edge=RIGHT)
        glow = self.text("\u2192 {value}", size="small", color=t.neuron_fill,
                         facts={"value": written(chain["glow_turned"], 2)}).next_to(close["tag"][1], RIGHT, buff=0.1)
        glow.add_background_rectangle(color=t.background, opacity=0.9, buff=0.04)
        self.show(turn_drawn={"colour": [str(m.get_fill_color()) for m in squares],
                              "squares": [float(m.width) for m in squares], "squares_turned": [float(m.width) for m in turned],
                              "bar": float(cost_bar.width), "bar_turned": float(bar(chain["cost_turned"]).width),
                              "written": [m.original_text for m in (*values, *after, cost_before, cost_after)],
                              "grew": [m.original_text for m in grew],
                              "grew_boxes": self.text_boxes(VGroup(*names, *values, *after, *grew)),
                              "rows": [{"output": int(k), "y": float(m.get_y()), "words": m.original_text,
                                        "name": names[i].original_text if apart_rows else "",
                                        "block_y": float(b.get_y()),
                                        "out_y": float(close["outs"][n].get_y()), "right": float(z.get_right()[0]),
                                        "height": float(m.height)}
                                       for i, (n, k, m, z, b) in enumerate(zip(rows, chain["rows"], values, after,
                                                                               before))]})
        return {"squares": squares, "squares_turned": turned, "bar": cost_bar, "bar_turned": bar(chain["cost_turned"]),
                "after": after, "grew": grew, "cost_after": cost_after, "cost_change": change, "glow": glow,
                "before": VGroup(squares, before, cost_bar, label, cost_before),
                "all": VGroup(before, after, grew, label, cost_before, cost_after, change, glow)}

    @staticmethod
    def arrow_record(arrows: VGroup, blame: np.ndarray) -> list[dict]:
        """What the blame arrows show, for the manifest: which way each points and how thick."""
        return [{"blame": float(b), "up": bool(a[1].get_center()[1] > a[0].get_center()[1]),
                 "width": float(a[0].get_stroke_width()), "height": float(a.height)} for a, b in zip(arrows, blame)]

    def blame_key(self) -> VGroup:
        """The key, drawn with the first blame: what blame is, in words (a reviewer found it
        never defined, nor its sign), top right in two lines; which way its arrow points and
        that bigger is more, top left, clear of the outputs' rows both before and after the
        close-up steps right. Label size (review g1, 54-60 s: at small size it read 10 px)."""
        t = self.theme
        ways = VGroup(blame_arrow(-1, 0.32, 0.6), self.text("glow less", color=t.text),
                      blame_arrow(+1, 0.32, 0.6), self.text("glow more", color=t.text),
                      self.text("bigger: more blame", color=t.text))
        # tight within each pair, its right end well short of the title (review s23 digits,
        # 60-69 s: 'glow more' ended 9 px from the title's 'B')
        # one way a row, so the key stays narrow, clear of the lowest outputs' wires
        ways[:2].arrange(RIGHT, buff=0.08)
        ways[2:4].arrange(RIGHT, buff=0.08).next_to(ways[:2], DOWN, buff=0.12).align_to(ways[:2], LEFT)
        ways[4].next_to(ways[2:4], DOWN, buff=0.12).align_to(ways[:2], LEFT)
        # bottom left, framed, under our neuron's name where the close-up leaves room (reviews
        # ab-k1, ab-x3 s24, 60-102 s: in the top left corner it stood flush with the frame's edge,
        # crowding the title)
        ways.move_to([KEY_LEFT, KEY_TOP, 0], aligned_edge=UP + LEFT)
        frame = SurroundingRectangle(ways, color=t.muted, stroke_width=1.5, buff=0.15, corner_radius=0.08)
        # one definition, the one the push measures (s32 review: 'how much, and which way, a
        # glow should change' beside 'how much the cost moves per push' read as two)
        # (two lines, as before: a third pushed the board's arrows too short to compare; the push
        # on the total is drawn under it, and said)
        words = VGroup(self.text("blame: how much the cost moves per push", color=t.blame),
                       self.text("its arrow: the push that lowers the cost", color=t.blame)) \
            .arrange(DOWN, aligned_edge=RIGHT, buff=0.08).to_corner(UP + RIGHT, buff=0.3).shift(0.72 * DOWN)
        return VGroup(words, ways, frame)

    def blame_sizes(self, close: dict, work: dict, outputs) -> VGroup:
        """Every drawn output's blame, its size beside its arrow (review k: 'outputs 4 and 7 get
        more' could not be checked, output 7's blame was never shown), with the digits the
        sent-back rows need (each number drawn once: the rows go on from it), three decimals
        at most for the others."""
        h = self.history
        sizes = VGroup()
        for n, k in enumerate(outputs):
            text = size_written(h, work, k)
            sizes.add(self.text("{value}", size="label", color=self.theme.blame, facts={"value": text})
                      .move_to([close["arrow_x"] + 0.3, close["outs"][n].get_center()[1], 0], aligned_edge=LEFT))
        return sizes

    def recipe(self, numbers: dict, many: bool, under_x: float) -> VGroup:
        """Our neuron's blame built as the output's was, large under it: 'added up 0.18' (or
        'comes back 0.277', the sent-back total as written there) 'x glow moves 0.194' (its
        curve's, as written under it) '= blame 0.035' (as its arrow's words write it); the
        written numbers multiply to it by hand (chain_places)."""
        t = self.theme
        parts = VGroup(self.text("added up {value}" if many else "comes back {value}", size="label", color=t.blame,
                                 facts={"value": size_of(numbers["total"])}),
                       self.text("\u00d7 glow moves {slope}", size="label", color=t.focus,
                                 facts={"slope": numbers["slope"]}),
                       self.text("= blame {blame}", size="label", color=t.blame,
                                 facts={"blame": size_of(numbers["blame"])}))
        parts.arrange(RIGHT, buff=0.22).move_to([float(under_x), RECIPE_Y, 0])
        parts.shift(max(0.0, -6.9 - parts.get_left()[0]) * RIGHT + min(0.0, RIGHT_EDGE - parts.get_right()[0]) * RIGHT)
        return parts

    def gap_square(self, gap_written: str, clear_x: float) -> dict:
        """The cost's square on the biggest gap, as the cost chapter draws it: orange, its side
        the gap (a violet bar, 'gap 0.76' beside it), 'gap 0.76 x 0.76 = 0.58' over it (the
        side as written times itself, as the cost chapter writes it); and the two strips a
        nudge of the glow takes off it, along its top and its right side, each as long as the
        gap (`STRIP` thick: drawn, never written; they share the corner), each to be named
        'gap 0.76' once pulled off. Right of `clear_x` (the outputs' arrows) with its words."""
        t = self.theme
        side = self.text("gap {gap}", color=t.gap, facts={"gap": gap_written})
        bar_w = 0.14
        left = max(SQUARE_LEFT, clear_x + 0.3 + side.width + 0.12 + bar_w)
        # smaller where the right strip's words would pass the frame's right edge (the tiny run's
        # 'inner ring?' pushes it right)
        size = min(SQUARE_SIDE, RIGHT_EDGE - side.width - 0.12 - STRIP_OUT - left)
        square = Square(size, stroke_width=0, fill_color=t.cost, fill_opacity=1.0) \
            .move_to([left, SQUARE_BOTTOM, 0], aligned_edge=DOWN + LEFT)
        bar = Rectangle(width=bar_w, height=size, stroke_width=0, fill_color=t.gap, fill_opacity=1.0) \
            .next_to(square, LEFT, buff=0.0)
        side.next_to(bar, LEFT, buff=0.12)
        area = f"{number_of(gap_written) ** 2:.2f}"
        total = self.text("gap {side} \u00d7 {side} = {area}", color=t.cost,
                          facts={"side": gap_written, "area": area}).next_to(square, UP, buff=0.2)
        total.shift(min(0.0, RIGHT_EDGE - total.get_right()[0]) * RIGHT)
        strips = VGroup(Rectangle(width=size, height=STRIP, stroke_width=0, fill_color=t.gap, fill_opacity=1.0)
                        .move_to(square, aligned_edge=UP),
                        Rectangle(width=STRIP, height=size, stroke_width=0, fill_color=t.gap, fill_opacity=1.0)
                        .move_to(square, aligned_edge=RIGHT))
        strips[0].set_stroke(t.background, width=1.5)   # the two apart where they cross
        strips[1].set_stroke(t.background, width=1.5)
        lengths = VGroup(side.copy().next_to(strips[0].copy().shift(STRIP_OUT * UP), UP, buff=0.1),
                         side.copy().next_to(strips[1].copy().shift(STRIP_OUT * RIGHT), RIGHT, buff=0.12))
        return {"square": square, "bar": bar, "side": side, "sum": total, "strips": strips, "lengths": lengths,
                "all": VGroup(square, bar, side, total, strips, lengths)}

    def blame_build(self, row: dict, miss_words: VGroup) -> VGroup:
        """The biggest gap's blame, built in three pieces under its gap's words: 'gap 0.76 x 2',
        'x glow moves 0.183' (its glow, written by its nudge on the curve), '= blame 0.278' (pass_row's digits: they multiply to it by hand)."""
        t = self.theme
        # label size: the product the chapter's blame rests on (review s23 tiny: make it large)
        parts = VGroup(self.text("gap {gap} \u00d7 2", size="label", color=t.gap, facts={"gap": row["gap"]}),
                       # the curve's row and the blame board name it so (review s23 digits: 'how easily'
                       # and 'steepness' were two words for one number; s26: one name, 'glow moves', the
                       # words' 'how easily its glow moves', on every screen of the chapter)
                       self.text("\u00d7 glow moves {slope}", size="label", color=t.focus, facts={"slope": row["part"]}),
                       self.text("= blame {blame}", size="label", color=t.blame, facts={"blame": row["blame"]}))
        parts.arrange(RIGHT, buff=0.22).next_to(miss_words[0], DOWN, buff=0.22)
        parts.shift(min(0.0, RIGHT_EDGE - parts.get_right()[0]) * RIGHT)   # inside the frame
        return parts

    def rule_step(self, rule: dict[str, str], left: float, top: float) -> VGroup:
        """The biggest gap's blame rule, large, in three lines where the curve stood (right of
        `left`, under `top`): 'twice the gap 1.52', 'x glow moves 0.183', '= blame 0.278', each
        in its colour (the board's words, as its first column will write them)."""
        t = self.theme
        lines = VGroup(self.text("twice the gap {gap}", size="title", color=t.gap, facts={"gap": rule["twice"]}),
                       self.text("\u00d7 glow moves {slope}", size="title", color=t.highlight,
                                 facts={"slope": rule["ease"]}),
                       self.text("= blame {blame}", size="title", color=t.blame, facts={"blame": rule["blame"]}))
        lines.arrange(DOWN, aligned_edge=LEFT, buff=0.45)
        lines.scale_to_fit_width(min(lines.width, RIGHT_EDGE - left - 0.2))
        lines.move_to([(left + RIGHT_EDGE) / 2, min(top - lines.height / 2 - 0.3, -0.4), 0])
        return lines

    def blame_columns(self, h: History, work: dict, outputs: list[int], left: float, top: float,
                      sizes: list[str], decimals: int) -> dict:
        """Each output's blame as a picture, side by side from `left` to RIGHT_EDGE, `top` down
        to the subtitles' band: its name; its gap, a violet bar ('gap 0.76'); how easily its glow
        moves, a yellow bar ('glow moves 0.18': nncore's blame over twice the gap, the curve's
        steepness there); its blame, a violet arrow as long as gap x 2 x that, its size written
        as beside its output. One scale for both bars across the columns (a glow's bar is its
        number's share of the gap's), so a shorter gap and a taller ease giving a longer arrow are
        seen; a dashed line at the first arrow's end. Each column reads as its product, top to
        bottom: 'twice the gap 1.52', 'x glow moves 0.183', '= blame 0.278' (board_factors: the
        written factors multiply to the written blame)."""
        t = self.theme
        gaps = [abs(float(work["misses"][k])) for k in outputs]
        blames = [float(work["blame_out"][k]) for k in outputs]
        eases = [abs(b) / (2 * g) if g else 0.0 for b, g in zip(blames, gaps)]
        width = (RIGHT_EDGE - left) / len(outputs)
        bar_len = min(BOARD_BAR, width - 0.35)
        unit = bar_len / max(max(2 * g for g in gaps), max(eases)) if gaps else 1.0   # one scale, both bars
        low = -4.0 + 1.0 + 0.1   # over the subtitles' band
        names = output_names(h)
        many = len(work["misses"]) > 1
        columns, record = [], []
        every = VGroup()
        for i, k in enumerate(outputs):
            x0 = left + i * width
            name = self.text("output {name}", color=t.text, facts={"name": names[k]}) if many else \
                self.text("the output", color=t.text)
            name.move_to([x0, top, 0], aligned_edge=UP + LEFT)
            # twice the gap, the cost's two strips: a bar of two gaps end to end (s26 x1: 'gap
            # 0.49' x 0.25 did not make blame 0.245), its factors multiplying to the blame shown
            twice_text, ease_text = board_factors(gaps[i], blames[i], sizes[i], decimals)
            # in two lines, as 'glow moves' (in one it ran into the next column's)
            gap_words = VGroup(self.text("twice the gap", size="small", color=t.gap),
                               self.text("{gap}", size="small", color=t.gap, facts={"gap": twice_text})) \
                .arrange(DOWN, aligned_edge=LEFT, buff=0.06).next_to(name, DOWN, buff=0.22).align_to(name, LEFT)
            # one scale for both bars, every column (s27 x1-r1: 'glow moves 0.25' was drawn as
            # long as 'twice the gap 0.98'): the glow's bar is its number's share of the gap's
            half = max(0.01, unit * gaps[i])
            gap = VGroup(*(Rectangle(width=half, height=BOARD_BAR_H, stroke_width=0, fill_color=t.gap,
                                     fill_opacity=1.0) for _ in range(2))).arrange(RIGHT, buff=0)
            gap[1].set_stroke(t.background, width=2)   # the two gaps apart where they meet
            gap.next_to(gap_words, DOWN, buff=0.08).align_to(name, LEFT)
            # in two lines: 'glow moves 0.183' in one ran into the next column's
            # the column reads as its product, top to bottom (s27 k1-r2: 'twice the gap 1.52',
            # 'glow moves 0.183', 'blame 0.278' stood stacked with no x or =)
            ease_words = VGroup(self.text("\u00d7 glow moves", size="small", color=t.highlight),
                                self.text("{value}", size="small", color=t.highlight,
                                          facts={"value": ease_text})) \
                .arrange(DOWN, aligned_edge=LEFT, buff=0.06).next_to(gap, DOWN, buff=0.22).align_to(name, LEFT)
            ease = Rectangle(width=max(0.02, unit * eases[i]), height=BOARD_BAR_H, stroke_width=0,
                             fill_color=t.highlight, fill_opacity=1.0).next_to(ease_words, DOWN, buff=0.08) \
                .align_to(name, LEFT)
            columns.append({"k": k, "name": name, "gap_words": gap_words, "gap": gap,
                            "ease_words": ease_words, "ease": ease})
        start = min(float(c["ease"].get_bottom()[1]) for c in columns) - 0.3
        reach = start - low
        biggest = max(abs(b) for b in blames) or 1.0
        for i, c in enumerate(columns):
            length = reach * abs(blames[i]) / biggest
            down = blames[i] > 0
            arrow = blame_arrow(way_of(blames[i]), length, abs(blames[i]) / biggest)
            x = float(c["name"].get_left()[0]) + 0.25
            arrow.move_to([x, start - length / 2 if down else low + length / 2, 0])
            number = self.text("{value}", color=t.blame, facts={"value": sizes[i]})
            words = VGroup(self.text("= blame", size="small", color=t.blame), number) \
                .arrange(DOWN, aligned_edge=LEFT, buff=0.08).next_to(arrow, RIGHT, buff=0.2)
            words.set_y(float(arrow.get_center()[1]))
            c.update({"arrow": arrow, "down": down, "blame_words": words, "number": number,
                      "all": VGroup(c["name"], c["gap_words"], c["gap"], c["ease_words"], c["ease"], arrow, words)})
            every.add(c["all"])
            record.append({"output": names[c["k"]] if many else "",
                           "gap": " ".join(m.original_text for m in c["gap_words"]),
                           "ease": " ".join(m.original_text for m in c["ease_words"]), "blame": number.original_text,
                           "blame_words": " ".join(m.original_text for m in words),
                           "gap_len": 2 * float(c["gap"][0].width), "ease_len": float(c["ease"].width),
                           "arrow": float(arrow.height), "down": down,
                           "arrow_x": float(arrow.get_x()), "top": float(arrow.get_top()[1]),
                           "bottom": float(arrow.get_bottom()[1])})
        tip = columns[0]["arrow"].get_bottom()[1] if columns[0]["down"] else columns[0]["arrow"].get_top()[1]
        guide = DashedLine([left, float(tip), 0], [RIGHT_EDGE, float(tip), 0], color=t.blame, stroke_width=2,
                           dash_length=0.12).set_opacity(0.7)
        if len(columns) > 1:
            every.add(guide)
        return {"columns": columns, "guide": guide, "all": every, "record": record}

    def play_push_measure(self, tracker, m: dict, name: str, left: float, top: float, gaps: VGroup,
                          arrow: Mobject | None, card: Mobject | None = None) -> dict:
        """Blame measured, in the gaps' place (every backprop review of s30-s31: 'what is
        blame?'): the output neuron and the wire of its total; '+0.01' pushed onto the wire, a
        white bar as long as the push; the network run again (a flash along the wire, the neuron
        lit) and the cost's rise an orange bar on the push's scale, 'cost up 0.003' its one
        rounded number; then both stretched alike to a push of 1: the rise becomes a longer violet
        arrow, '0.278 for each 1' (s36 review: amounts as lengths, one rounded number at a time,
        no 2.6893 -> 2.6921, no '0.00278 for 0.01'). Returns what it drew: `all`, and `kept`, the
        push, the cost's rise and the per-1 line that stay on."""
        t = self.theme
        label = self.text("{name}", size="label", color=t.text, facts={"name": name})
        coming = self.text("total coming in", size="small", color=t.text)
        push = self.text("+{step}", size="title", color=t.text, facts={"step": m["push_text"]})
        radius = 0.45
        # the wire as long as its name and its push, both clear of the neuron
        cx = left + 0.1 + max(coming.width, push.width) + 0.3 + radius
        cy = top - 0.2 - label.height - 0.12 - radius
        neuron = Circle(radius, stroke_color=t.neuron_stroke, stroke_width=4, fill_color=t.neuron_fill,
                        fill_opacity=0.5).move_to([cx, cy, 0])
        label.next_to(neuron, UP, buff=0.12)
        wire = Line([left + 0.1, cy, 0], neuron.get_left(), color=t.text, stroke_width=5)
        coming.next_to(wire, UP, buff=0.12).align_to(wire, LEFT)
        push.next_to(wire, DOWN, buff=0.15).align_to(wire, LEFT)
        x0 = float(wire.get_left()[0])
        bars = push_bars(m, RIGHT_EDGE - x0 - 0.1)
        # the push and the cost's rise, on one scale, left ends together
        push_bar = self.amount_bar(bars["push"], t.text).next_to(push, DOWN, buff=0.15).align_to(wire, LEFT)
        rise_bar = self.amount_bar(bars["rise"], t.cost).next_to(push_bar, DOWN, buff=0.15).align_to(wire, LEFT)
        cost = self.text("cost up {change}" if m["up"] else "cost down {change}", size="title", color=t.cost,
                         facts={"change": m["rise_text"]}).next_to(rise_bar, RIGHT, buff=0.2)
        ratio = self.text("for a push of {push}", size="label", color=t.text, facts={"push": m["push_text"]}) \
            .next_to(VGroup(rise_bar, cost), DOWN, buff=0.15).align_to(wire, LEFT)
        # the same two, stretched alike to a push of 1: the rise a longer violet arrow
        one_bar = self.amount_bar(bars["one"], t.text).next_to(ratio, DOWN, buff=0.3).align_to(wire, LEFT)
        one = self.text("+{step}", size="label", color=t.text, facts={"step": "1"}).next_to(one_bar, RIGHT, buff=0.15)
        per_arrow = Arrow(ORIGIN, bars["per"] * RIGHT, buff=0.0, color=t.blame, stroke_width=16, tip_length=0.3,
                          max_tip_length_to_length_ratio=0.5, max_stroke_width_to_length_ratio=40) \
            .next_to(one_bar, DOWN, buff=0.15).align_to(wire, LEFT)
        each = self.text("{per} for each 1", size="title", color=t.blame, facts={"per": m["per"]}) \
            .next_to(per_arrow, DOWN, buff=0.12).align_to(wire, LEFT)
        for w in (label, coming, push, cost, ratio, each):   # inside the frame's right edge
            w.scale(min(1.0, (RIGHT_EDGE - float(w.get_left()[0])) / w.width), about_edge=LEFT)
        frame = VGroup(label, wire, coming, neuron)
        small = VGroup(push_bar, rise_bar, cost, ratio)
        every = VGroup(frame, push, small, one_bar, one, per_arrow, each)
        # one sentence, one picture, each piece as it is said: the push on the output's total,
        # the cost's rise beside it, the rise per push as its blame (s33 review's one change)
        self.wait_before(tracker, "push", 0.3)
        self.play(FadeOut(VGroup(*self.standing(gaps)), rate_func=LEAVE), FadeIn(frame, rate_func=COME),
                  *([Indicate(arrow, color=t.focus, scale_factor=1.3)] if arrow is not None else []), run_time=0.7)
        self.play(FadeIn(push, shift=0.15 * RIGHT), Indicate(wire, color=t.focus, scale_factor=1.0),
                  GrowFromEdge(push_bar, LEFT), run_time=0.7)
        self.show(push_on_s=float(self.renderer.time))
        stages = [{"t": float(self.renderer.time), "bright": self.bright_words(every)}]
        # 'how much does the cost rise?': the network run again, the pushed total into the
        # neuron, and the cost's rise grows beside the push
        self.wait_before(tracker, "rerun", 0.3)
        self.play(ShowPassingFlash(wire.copy().set_stroke(t.focus, width=9), time_width=0.5),
                  Indicate(neuron, color=t.focus, scale_factor=1.15), run_time=0.7)
        self.play(GrowFromEdge(rise_bar, LEFT), FadeIn(cost, shift=0.1 * RIGHT), FadeIn(ratio), run_time=0.7)
        self.show(push_cost_s=float(self.renderer.time))
        stages.append({"t": float(self.renderer.time), "bright": self.bright_words(every)})
        # 'that rise, per push, is its blame': both bars stretched alike to a push of 1, the rise
        # a longer violet arrow, its number as it is said, the card's definition with it, the
        # output's arrow lit; the small pair dims, passed
        self.wait_before(tracker, "each", 0.3)
        lit = [Indicate(arrow, color=t.focus, scale_factor=1.3)] if arrow is not None else []
        self.play(TransformFromCopy(push_bar, one_bar), TransformFromCopy(rise_bar, per_arrow), FadeIn(one), *lit,
                  run_time=1.0)
        self.play(FadeIn(each, shift=0.1 * DOWN), *([FadeIn(card)] if card is not None else []),
                  small.animate.set_opacity(PASSED), run_time=0.6)
        measured_at = float(self.renderer.time)
        stages.append({"t": measured_at, "bright": self.bright_words(every)})
        self.play_push_check(tracker, push, each)
        stages.append({"t": float(self.renderer.time), "bright": self.bright_words(every)})
        self.show(push_measure={**{k: v for k, v in m.items()},
                                "words": {"push": push.original_text, "cost": cost.original_text,
                                          "ratio": ratio.original_text, "one": one.original_text,
                                          "each": each.original_text},
                                "bars": {k: float(b.width) for k, b in
                                         (("push", push_bar), ("rise", rise_bar), ("one", one_bar), ("per", per_arrow))},
                                "t": measured_at, "rule_t": stages[-1]["t"], "stages": stages,
                                "neuron_left": float(neuron.get_left()[0]),
                                "texts": self.text_boxes(VGroup(every, self.title_text))})
        return {"all": every, "kept": VGroup(push, cost, each),
                "gone": VGroup(frame, push_bar, rise_bar, ratio, one_bar, one, per_arrow)}

    def amount_bar(self, width: float, colour: str) -> Rectangle:
        """An amount drawn as a bar's length (the push, the cost's rise): flat, filled."""
        return Rectangle(width=max(width, 0.02), height=AMOUNT_BAR, stroke_width=0, fill_color=colour, fill_opacity=1.0)

    def play_push_check(self, tracker, push: Mobject, each: Mobject) -> None:
        """'We push only to check': the push lit; 'working backwards gets the same number with no
        push': the measured number lit (the rule itself is shown later, for the biggest gap)."""
        focus = self.theme.focus
        self.wait_before(tracker, "check", 0.2)
        self.play(Indicate(push, color=focus), run_time=0.7)
        self.wait_before(tracker, "rule", 0.2)
        self.play(Indicate(each, color=focus, scale_factor=1.05), run_time=0.9)

    def blame_lit(self, arrow: Mobject, big: Mobject, words: Mobject) -> list[Indicate]:
        """Our neuron's blame lit: its arrows grown, its words in colour only (grown with the
        arrows about their middle, the words far left reached past the frame's edge, s35 tiny)."""
        return [Indicate(VGroup(arrow, big), color=self.theme.blame, scale_factor=1.08),
                Indicate(words, color=self.theme.blame, scale_factor=1.0)]

    def bright_words(self, group: Mobject) -> list[str]:
        """The words of `group` on screen full bright now (not yet come, dimmed as passed or gone: not)."""
        mine = {id(m) for m in group.get_family()}
        return [getattr(m, "original_text", m.text) for m in self.texts_seen()
                if id(m) in mine and max(g.get_fill_opacity() for g in m.family_members_with_points()) > 0.5]

    def keep_measure(self, measure: dict, left: float) -> dict:
        """The measurement made small, bottom right, '+0.01 -> cost up 0.00278' over '-> 0.278 for
        each 1', to stand until the rule says 'as measured' (s32 review: by then it
        was gone). Returns the row's targets and its two arrows (drawn, not written)."""
        t = self.theme
        parts = [p.generate_target() for p in measure["kept"]]
        for p in parts:   # one factor for all: the cost's words, tallest, at KEPT_SIZE
            p.scale(KEPT_SIZE / measure["kept"][1].height).set_opacity(1.0)   # (the rise was dimmed as passed)
        arrows = [Arrow(ORIGIN, 0.45 * RIGHT, buff=0.0, color=t.muted, stroke_width=3, tip_length=0.14,
                      max_tip_length_to_length_ratio=0.4, max_stroke_width_to_length_ratio=10) for _ in parts[1:]]
        # two lines, right-aligned (in one, it was squeezed to 15 px between the gap's words and the edge)
        row = VGroup(VGroup(parts[0], arrows[0], parts[1]).arrange(RIGHT, buff=0.15),
                     VGroup(arrows[1], parts[2]).arrange(RIGHT, buff=0.15)).arrange(DOWN, aligned_edge=RIGHT, buff=0.14)
        row.scale(min(1.0, (RIGHT_EDGE - left) / row.width))
        row.move_to([RIGHT_EDGE, KEPT_BOTTOM, 0], aligned_edge=DOWN + RIGHT)
        return {"row": row, "arrows": VGroup(*arrows)}

    def ease_neuron(self, nudge: dict, name: str, ease_text: str, left: float, top: float,
                    key: str = "ease_neuron", wire: float = 2.85, bars_at: float | None = None) -> dict:
        """'How easily its glow moves' on the output neuron itself, large (s28 ab2-t1-r2's and
        ab2-d1-r2's one change: an S-curve, an inset and small labels at once were crammed):
        the neuron glowing as it does, the wire of its total coming in; pushed, '+0.1' under the
        wire and its glow's real move, '+0.00183', big under the neuron; then the two moves as bars on
        one scale (white the push, yellow the glow's), and under them its ease, the rule's
        number: 'glow moves 0.183 for each 1'. Nothing else drawn right of the outputs.
        Our hidden neuron's is the same picture, recorded under `key`, its wire (`wire` from
        `left` to the neuron's centre) shorter where the room is narrow; with `bars_at`, its bars
        start there (right of the outputs' names, the neuron above their row)."""
        t = self.theme
        right = RIGHT_EDGE
        heading = self.text("how easily its glow moves", size="label", color=t.focus)
        heading.move_to([(left + right) / 2, top - heading.height / 2, 0])
        label = self.text("{name}", size="label", color=t.text, facts={"name": name})
        radius = 0.65
        cx = left + wire   # 'total coming in' over its wire, short of the neuron
        cy = float(heading.get_bottom()[1]) - 0.25 - label.height - 0.12 - radius
        neuron = Circle(radius, stroke_color=t.neuron_stroke, stroke_width=4,
                        fill_color=shade(nudge["glow"], t.neuron_fill), fill_opacity=1.0).move_to([cx, cy, 0])
        label.next_to(neuron, UP, buff=0.12)
        wire = Line([left + 0.1, cy, 0], neuron.get_left(), color=t.text, stroke_width=5)
        coming = self.text("total coming in", size="small", color=t.text) \
            .next_to(wire, UP, buff=0.12).align_to(wire, LEFT)
        glow = self.text("glow {glow}", size="label", color=t.highlight, facts={"glow": written(nudge["glow"], 2)}) \
            .next_to(neuron, RIGHT, buff=0.3).shift(0.3 * UP)
        push = self.text("+{step}", size="title", color=t.text, facts={"step": nudge["step_text"]}) \
            .next_to(wire, DOWN, buff=0.15)
        # short of the neuron, past the wire's left end where it must (a tiny push's '+0.001' is
        # longer than our neuron's short wire: the tiny run's ran into it)
        push.shift(min(0.0, float(neuron.get_left()[0]) - 0.1 - float(push.get_right()[0])) * RIGHT)
        # under the neuron whose glow it is (right of it, beside its glow, a tiny push's long
        # '+0.000250' shrank the whole picture below 20 px)
        moved = self.text("+{moved}", size="title", color=t.highlight, facts={"moved": nudge["move_text"]}) \
            .next_to(neuron, DOWN, buff=0.12)
        # the two moves on one scale: the push as long as the room allows
        x0 = left + 0.2 if bars_at is None else bars_at
        scale = min(4.0, right - x0 - 0.2) / nudge["step"]
        y0 = float(moved.get_bottom()[1]) - 0.45
        bar_push = Rectangle(width=scale * nudge["step"], height=0.26, stroke_width=0, fill_color=t.text,
                             fill_opacity=1.0).move_to([x0, y0, 0], aligned_edge=LEFT)
        bar_glow = Rectangle(width=scale * (nudge["moved"] - nudge["glow"]), height=0.26, stroke_width=0,
                             fill_color=t.highlight, fill_opacity=1.0).move_to([x0, y0 - 0.5, 0], aligned_edge=LEFT)
        per = self.text("glow moves {value} for each 1", size="label", color=t.highlight, facts={"value": ease_text}) \
            .next_to(bar_glow, DOWN, buff=0.35).align_to(bar_push, LEFT)
        frame = VGroup(heading, label, wire, coming, neuron, glow)
        every = VGroup(frame, push, moved, bar_push, bar_glow, per)
        # where the outputs' words push it right (the tiny run's 'inner ring?'), all of it a
        # little smaller, so its glow's move stays inside the frame
        # (its ease's line, under the bars, keeps its size: it fits as it is)
        reach = max(float(m.get_right()[0]) for m in (heading, glow, moved, bar_push))
        if reach > right:
            shrink = (right - left) / (reach - left)
            VGroup(frame, push, moved, bar_push, bar_glow).scale(shrink, about_point=np.array([left, top, 0.0]))
            # the wire's small name back to its size (smaller, 12 px at 480p, it did not read),
            # short of the neuron, into the room left of the wire where it must
            coming.scale(1 / shrink, about_edge=DOWN + LEFT)
            coming.shift(min(0.0, float(neuron.get_left()[0]) - 0.1 - float(coming.get_right()[0])) * RIGHT)
            per.next_to(bar_glow, DOWN, buff=0.35).align_to(bar_push, LEFT)
            per.scale(min(1.0, (right - left - 0.1) / per.width), about_edge=LEFT)
        lit = neuron.copy().set_fill(shade(nudge["moved"], t.neuron_fill), opacity=1.0)
        self.show(**{key: {
            "name": name, "z": nudge["z"], "glow": nudge["glow"], "moved": nudge["moved"], "step": nudge["step"],
            "words": {"coming": coming.original_text, "glow": glow.original_text, "push": push.original_text, "moved": moved.original_text,
                      "per": per.original_text, "heading": heading.original_text, "name": label.original_text},
            "bars": [float(bar_push.width), float(bar_glow.width)],
            "sizes": {"push": float(push.height), "moved": float(moved.height), "per": float(per.height)}}})
        return {"frame": frame, "push": push, "moved": moved, "neuron": neuron, "lit": lit, "wire": wire,
                "bars": VGroup(bar_push, bar_glow), "per": per, "all": every}

    def play_ease_bars(self, ease: dict, run_time: float) -> None:
        """The push and the glow's move grow as bars on one scale from their left ends, each
        number lit as its bar grows (carried over, the numbers morphed into the bars and stood
        doubled mid-way: s32 review, tiny 111 s)."""
        focus = self.theme.focus
        # (lit, not grown: grown, the longer numbers of a tiny push ran over the neuron)
        self.play(*(GrowFromEdge(bar, LEFT) for bar in ease["bars"]), Indicate(ease["push"], color=focus, scale_factor=1.0),
                  Indicate(ease["moved"], color=focus, scale_factor=1.0), run_time=run_time)

    def arrow_lens(self, arrow: VGroup, words: Mobject, least: float = 0.35, size: float = 0.6) -> dict:
        """A blame arrow shorter than `least` (21 px at 480p), seen enlarged: a box round it and,
        under it, the same arrow scaled to `size` tall in a box scaled alike, 'enlarged' beside
        it (left, under its words). Empty when the arrow reads as it is."""
        if arrow.height >= least:
            return {}
        t = self.theme
        scale = size / arrow.height
        box = SurroundingRectangle(arrow, buff=0.05, stroke_color=t.muted, stroke_width=2)
        big = arrow.copy().scale(scale)
        big[0].set_stroke(width=min(12.0, big[0].get_stroke_width() * scale / 2))
        frame = SurroundingRectangle(big, buff=0.08, stroke_color=t.muted, stroke_width=2)
        VGroup(frame, big).next_to(box, DOWN, buff=0.12)
        word = self.text("enlarged", size="small", color=t.text).next_to(frame, LEFT, buff=0.15)
        return {"box": box, "frame": frame, "big": big, "word": word, "all": VGroup(box, frame, big, word)}

    def product_bars(self, n: dict, work: dict, close: dict) -> dict:
        """The tilt as a picture, right of the outputs where the turn's squares stood: our
        neuron's blame as a violet bar; the tilt two rows under it on the same scale, the blame's
        bar cut where its input's share of it ends (a dashed line down, 'x input 0.77' by it in
        the row between), so the two bars compare as their numbers do (s32 review: a brightness gauge as
        long as the blame's bar, beside it, read as the same scale: 0.77 drawn no longer than
        0.276). Written as the tilt's line writes them, so they multiply by hand."""
        t = self.theme
        image = input_kind(self.history) == "image"
        level = float(np.clip(abs(work["input"]), 0.0, 1.0))
        label = written(work["input"], 2)
        places = len(n["tilt"].split(".")[-1]) if "." in n["tilt"] else 0
        checks = abs(round(number_of(size_of(n["blame"])) * number_of(label), places) - abs(number_of(n["tilt"]))) < 1e-9
        # right of the outputs' names (the tiny run's 'inner ring?' stood under the tilt's bar)
        left = max(BARS_X, max(float(m.get_right()[0]) for m in close["names"]) + 0.3)
        length, thick = min(BARS_LONG, RIGHT_EDGE - left), BOARD_BAR_H
        blame = Rectangle(width=length, height=thick, stroke_width=0, fill_color=t.blame, fill_opacity=1.0) \
            .move_to([left, BARS_TOP, 0], aligned_edge=LEFT)
        blame_words = self.text("our neuron's blame: {value}", size="small", color=t.blame,
                                facts={"value": size_of(n["blame"])}).next_to(blame, UP, buff=0.1, aligned_edge=LEFT)
        tilt_bar = Rectangle(width=max(length * level, 0.02), height=thick, stroke_width=0, fill_color=t.focus,
                             fill_opacity=1.0).move_to([left, BARS_TOP - 2 * BARS_GAP, 0], aligned_edge=LEFT)
        tilt_words = self.text("= uphill tilt {tilt}" if number_of(n["tilt"]) > 0 else "= downhill tilt {tilt}",
                               size="small", color=t.focus, facts={"tilt": size_of(n["tilt"])}) \
            .next_to(tilt_bar, UP, buff=0.1, aligned_edge=LEFT)
        x = left + length * level
        input_words = self.text("\u00d7 brightness {value}" if image else "\u00d7 input {value}", size="small",
                                color=t.text, facts={"value": label if checks else n["input"]})
        # in the row between the bars, against the cut's left (no further left than the bars)
        input_words.move_to([max(left, x - 0.12 - input_words.width), BARS_TOP - BARS_GAP, 0], aligned_edge=LEFT)
        cut = DashedLine([x, blame.get_top()[1] + 0.05, 0], [x, tilt_bar.get_bottom()[1] - 0.05, 0], color=t.text,
                         stroke_width=2, dash_length=0.08)
        record = {"blame_len": float(blame.width), "tilt_len": float(tilt_bar.width), "cut_x": float(x),
                  "left": float(left), "words": [m.original_text for m in (blame_words, input_words, tilt_words)],
                  "boxes": self.text_boxes(VGroup(blame_words, input_words, tilt_words))}
        return {"blame": blame, "blame_words": blame_words, "input_words": input_words,
                "tilt": tilt_bar, "tilt_words": tilt_words, "cut": cut, "record": record,
                "all": VGroup(blame, blame_words, input_words, tilt_bar, tilt_words, cut)}

    def sum_lines(self, numbers: dict, bars: dict) -> VGroup:
        """turn_sum written under the tilt's bars: '+0.081 × blame 0.035', '= cost up 0.003',
        'as when we really turned it: up 0.003'."""
        t = self.theme
        way = "up" if numbers["up"] else "down"
        lines = VGroup(self.text("{rise} × blame {blame}", size="label", color=t.text,
                                 facts={"rise": numbers["rise"], "blame": numbers["blame"]}),
                       self.text(mark("= cost up {change}") if way == "up" else mark("= cost down {change}"),
                                 size="label", color=t.cost, facts={"change": numbers["change"]}),
                       self.text(mark("as when we really turned it: up {change}") if way == "up"
                                 else mark("as when we really turned it: down {change}"),
                                 size="small", color=t.text, facts={"change": numbers["real"]}))
        lines.arrange(DOWN, aligned_edge=LEFT, buff=0.14)
        lines.next_to(bars["tilt"], DOWN, buff=0.45, aligned_edge=LEFT)
        if lines.get_right()[0] > RIGHT_EDGE:   # kept inside the frame: moved left first
            lines.shift((RIGHT_EDGE - lines.get_right()[0]) * RIGHT)
        return lines

    def rises_drawn(self, plot: dict) -> dict:
        """The straight line's rise over the turn of 1, as drawn, in the cost's own units (read
        back through the upright axis's ticks), and the turn it stands over, in the dial's units
        (through the chart's own map of the dial's values)."""
        ticks = [m for m in plot["axes"][-1]]
        (y0, c0), (y1, c1) = [(float(k[0].get_y()), float(number_of(k[1].original_text))) for k in ticks[:2]]
        per = (c1 - c0) / (y1 - y0)
        line, run = plot["step"][1], plot["run"][0]
        dial_per = 1.0 / float(self.tilt_at(1.0, 0.0)[0] - self.tilt_at(0.0, 0.0)[0])
        return {"line": float(line.get_end()[1] - line.get_start()[1]) * per,
                "turn": float(run.get_length()) * dial_per,
                "tangent_end": float(plot["tangent"].get_end()[1] - line.get_start()[1]) * per,
                "words": {"line": plot["word"].original_text}}

    def text_boxes(self, group: Mobject) -> list[list]:
        """Each text of `group` on screen now as [left, bottom, right, top, words], for the manifest."""
        seen = {id(m) for top in self.mobjects for m in top.get_family()}
        return [[*map(float, m.get_corner(DOWN + LEFT)[:2]), *map(float, m.get_corner(UP + RIGHT)[:2]),
                 getattr(m, "original_text", m.text)]
                for m in group.get_family() if hasattr(m, "text") and m.text.strip() and id(m) in seen]

    def tilt_plot(self, tilt: dict, tilt_written: str, box: tuple[float, float] = TILT_BOX,
                  corner: tuple = TILT_AT) -> dict[str, Mobject]:
        """This example's cost (orange, as every cost) against the one dial's value, around
        where it is: a dot where the dial stands, its cost and value written, and the tangent
        there (the tilt: the cost's slope, nncore's gradient), its rise over a turn of 1."""
        t = self.theme
        xs, ys = tilt["xs"], tilt["costs"]
        # the straight line's ends are in the chart too: half a turn back, a whole turn on
        line_ends = [tilt["cost"] - 0.5 * tilt["tilt"] * tilt["turn"], tilt["cost"] + tilt["tilt"] * tilt["turn"]]
        low, high = min(float(ys.min()), *line_ends), max(float(ys.max()), *line_ends)
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
            # beside its dot, clear of the axis's own numbers, on the side the curve and the
            # straight line leave free: above and left of a rising curve, below and left of a
            # falling one (above and right, the way up's arrow ran over it)
            cost = self.number(y, places[1], t.cost).next_to(spot, (UP if rising else DOWN) + LEFT, buff=0.08)
            value = self.number(x, places[0]).next_to(at(x, low), DOWN, buff=0.08)
            return VGroup(across, down, cost, value)
        rising = tilt["tilt"] >= 0
        before = reading(tilt["dial"], tilt["cost"])
        # the tangent: the straight line through the dot, from half a turn back to the whole
        # turn's end, where its rise over that turn of 1 is the tilt (review ab-k1 s23, 24-39 s:
        # 'per 1 turn' said over a whole turn that rose 0.02 beside 'tilt 0.03')
        tangent = Line(at(tilt["dial"] - 0.5 * tilt["turn"], line_ends[0]), at(tilt["turned"], line_ends[1]),
                       color=t.text, stroke_width=6)
        # downhill from the dot along the curve: the way this dial should turn
        way = -1.0 if tilt["tilt"] > 0 else 1.0
        far = tilt["dial"] + way * 0.8 * tilt["turn"]
        downhill_arrow = Arrow(dot.get_center(), at(far, float(np.interp(far, xs, ys))), buff=0.1,
                               color=t.focus, stroke_width=6, max_tip_length_to_length_ratio=0.35)
        # beside the curve, on the side away from the straight line (it now runs a whole turn
        # on: the tiny run's arrow crossed it), so under a curve bending down, over one bending up
        along = downhill_arrow.get_end() - downhill_arrow.get_start()
        side = np.array([along[1], -along[0], 0.0]) / (np.linalg.norm(along) or 1.0)
        below = float(np.interp(far, xs, ys)) <= tilt["cost"] + tilt["tilt"] * (far - tilt["dial"])
        downhill_arrow.shift(0.22 * (side if (side[1] < 0) == below else -side))
        # the turn named on its own arrow along the dial's axis, right for up (s33 review: 'turn
        # up' on the downhill arrow read as a label on an arrow pointing down)
        lift = 0.14 * UP
        way_arrow = Arrow(at(tilt["dial"], low) + lift, at(far, low) + lift, buff=0.0, color=t.focus,
                          stroke_width=6, max_tip_length_to_length_ratio=0.25)
        downhill_words = self.text(mark("turn down") if way < 0 else mark("turn up"), size="small", color=t.focus)
        downhill_words.next_to(way_arrow, UP, buff=0.06)
        # the turn of 1 along the dial's axis, and the straight line's rise over it, the tilt
        # (white, up to the line's end), written right of the chart
        run = Line(at(tilt["dial"], low) + lift, at(tilt["turned"], low) + lift, color=t.text, stroke_width=3)
        beside = 0.14 * RIGHT
        step = VGroup(DashedLine(dot.get_center(), at(tilt["turned"], tilt["cost"]) + beside, color=t.text,
                                 stroke_width=1.5, dash_length=0.06),
                      Line(at(tilt["turned"], tilt["cost"]) + beside, at(tilt["turned"], line_ends[1]) + beside,
                           color=t.text, stroke_width=4))
        run_words = self.text("turn {turn}", size="small", color=t.text,
                              facts={"turn": people(tilt["turn"])}).next_to(run, UP, buff=0.06)
        # its size written as the backwards result will write it (review v1: the opening tilt
        # and the later '= downhill tilt 0.21' must be seen to be one number)
        word = self.text("tilt {value}", size="label", color=t.text, facts={"value": tilt_written})
        # right of the line's rise, by its end
        word.next_to(step[1], RIGHT, buff=0.12).set_y(float(step[1].get_end()[1]))
        # inside the frame: a narrower chart when it would run past it
        over = word.get_right()[0] - RIGHT_EDGE
        if over > 0:
            return self.tilt_plot(tilt, tilt_written, (w - over - 0.02, hgt), corner)
        self.tilt_at = at   # the lens on the small turn maps through the chart's own coordinates
        parts = {"axes": axes, "names": names, "curve": curve, "dot": dot, "readout": before,
                 "tangent": tangent, "downhill": VGroup(downhill_arrow, downhill_words, way_arrow),
                 "word": word, "step": step, "run": VGroup(run, run_words)}
        return parts

    def tilt_lens(self, tilt: dict, plot: dict, small_written: str) -> dict:
        """The small turn seen enlarged (review ab-x1 s25, both reviewers): a box round the dot
        on the chart, and the same bit of the chart `scale` times as big above it, right of the
        title: the cost's curve (orange, nncore's costs) over the straight line through the dot
        (white, nncore's gradient), the two on top of each other there; the turn of SMALL_TURN
        along the dial ('turn 0.1') and the line's change over it ('down 0.021': the tilt's
        digits a tenth, written right of the box)."""
        t = self.theme
        at = self.tilt_at
        d, c, g, small = tilt["dial"], tilt["cost"], tilt["tilt"], tilt["small"]
        x0, x1 = d - 0.25 * small, d + 1.35 * small
        line_y = [c + g * (x0 - d), c + g * (x1 - d)]
        fine = [(float(x), float(y)) for x, y in zip(tilt["fine_xs"], tilt["fine_costs"]) if x0 - 1e-9 <= x <= x1 + 1e-9]
        ys = [y for _, y in fine] + line_y
        corner_lo, corner_hi = at(x0, min(ys)), at(x1, max(ys))
        pad = 0.2 * max(corner_hi[1] - corner_lo[1], corner_hi[0] - corner_lo[0])
        box = Rectangle(width=float(corner_hi[0] - corner_lo[0]), height=float(corner_hi[1] - corner_lo[1]) + 2 * pad,
                        stroke_color=t.muted, stroke_width=2).move_to((corner_lo + corner_hi) / 2)
        # right of the title, over the chart's name, against the frame's right edge; its words
        # left of it ('enlarged' under it)
        word = self.text("enlarged", size="small", color=t.text)
        words_w = 1.9
        left, right = float(plot["names"][0].get_left()[0]) + words_w, RIGHT_EDGE
        top, bottom = LENS_TOP, float(plot["names"][0].get_top()[1]) + 0.15 + word.height + 0.08
        scale = min((right - left) / box.width, (top - bottom) / box.height, 12.0)
        big = Rectangle(width=box.width * scale, height=box.height * scale, stroke_color=t.muted, stroke_width=2) \
            .move_to([right - box.width * scale / 2, (top + bottom) / 2, 0])

        def into(x: float, y: float) -> np.ndarray:
            return big.get_center() + scale * (at(x, y) - box.get_center())
        line = Line(into(x0, line_y[0]), into(x1, line_y[1]), color=t.text, stroke_width=7)
        curve = VMobject(stroke_color=t.cost, stroke_width=3).set_points_smoothly([into(x, y) for x, y in fine])
        dot = Dot(into(d, c), radius=0.07, color=t.focus)
        end = Dot(into(d + small, c + g * small), radius=0.06, color=t.focus)
        run = DashedLine(into(d, c), into(d + small, c), color=t.text, stroke_width=2, dash_length=0.06)
        riser = Line(into(d + small, c), into(d + small, c + g * small), color=t.text, stroke_width=5)
        # the turn's words at the run's height, the change's at the line's end, left of the box
        run_words = self.text("turn {turn}", size="small", color=t.text, facts={"turn": people(small)}) \
            .next_to(big, LEFT, buff=0.15).set_y(float(run.get_y()))
        drop = self.text(mark("up {change}") if g > 0 else mark("down {change}"), size="label", color=t.text,
                         facts={"change": small_written}).next_to(big, LEFT, buff=0.15).set_y(float(end.get_y()))
        apart = (run_words.height + drop.height) / 2 + 0.06 - abs(float(drop.get_y() - run_words.get_y()))
        if apart > 0:   # a short change: the two words kept apart, the change's on its side
            drop.shift(apart * (UP if g > 0 else DOWN))
        word.next_to(big, DOWN, buff=0.08).align_to(big, RIGHT)
        # the curve's and the line's heights at the small turn's end, on the lens (px apart at 480p)
        curve_end = float(np.interp(d + small, [x for x, _ in fine], [y for _, y in fine]))
        self.show(tilt_lens={"scale": float(scale), "small": small, "line_change": g * small,
                             "curve_change": tilt["cost_small"] - c, "drop_words": drop.original_text,
                             "apart_px": float(abs(into(d + small, curve_end)[1] - end.get_y()) * 60),
                             "riser_px": float(riser.get_length() * 60),
                             "box": [*map(float, big.get_corner(DOWN + LEFT)[:2]), *map(float, big.get_corner(UP + RIGHT)[:2])],
                             "texts": self.text_boxes(VGroup(drop, run_words, word, *plot.values(), self.title_text))})
        return {"box": box, "big": big, "line": line, "curve": curve, "dot": dot, "end": end, "run": run,
                "riser": riser, "run_words": run_words, "drop": drop, "word": word,
                "all": VGroup(box, big, line, curve, dot, end, run, riser, run_words, drop, word)}

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
        # below its own wire, across from it (review 17: above it, the label sat on the thick
        # wire just over a thin dial's and read as that wire's)
        along = edge.get_end() - edge.get_start()
        below = np.array([along[1], -along[0], 0.0]) / (np.linalg.norm(along) or 1.0)
        if below[1] > 0:
            below = -below
        # its centre just off the wire's middle, however the wire slants (next_to a slanted side
        # set it by a corner, 0.7 units off, under the input: review tiny read it as another wire's)
        reach = abs(below[0]) * number.width / 2 + abs(below[1]) * number.height / 2 + 0.08
        return number.move_to(edge.point_from_proportion(0.55) + reach * below)

    def pixel_mark(self, picture: Mobject, source: int, colour: str | None = None) -> VGroup:
        """The input the dial carries, ringed on the example's picture (an image only)."""
        if input_kind(self.history) != "image":
            return VGroup()
        side = int(round(np.sqrt(self.history.config["sizes"][0])))
        row, col = divmod(source, side)
        cell = picture.frame.width / side   # as drawn: the picture may have been scaled
        corner = picture.frame.get_corner(UP + LEFT)
        centre = corner + (col + 0.5) * cell * RIGHT + (row + 0.5) * cell * DOWN
        # a light ring on a dark one, so it shows on any grey (s25 reviews: 'the one from this
        # square' was said over a white ring on a white pixel, seen by no one)
        ring = VGroup(Square(cell + 0.06, stroke_color=self.theme.background, stroke_width=7),
                      Square(cell + 0.06, stroke_color=colour or self.theme.highlight, stroke_width=3)).move_to(centre)
        self.show(pixel_mark={"source": int(source), "row": row, "col": col,
                              "strokes": [ring[0].get_stroke_color().to_hex(), ring[1].get_stroke_color().to_hex()]})
        return ring


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
        heading = self.text(mark("guesses (yellow), should glow (green), gaps (violet)") if len(shown) > 1
                            else mark("guess (yellow), should glow (green), gap (violet)"), size="small", color=self.theme.text)
        heading.next_to(panel, UP, buff=0.25)
        panel[3].add(heading)
        self.panel_heading = heading
        return panel


