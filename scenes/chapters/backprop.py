"""Backpropagation, in the order a newcomer needs it: first what we want for every dial, its
tilt, shown by turning one dial; then how working backwards gets every tilt at once, on one
hidden neuron with the real numbers written out; then the examples' nudges averaging.

Everything shown is read from the history at snapshot step 0 (the random start):

- `dial_tilt`: the worked dial (the forward chapter's first drawn input into its neuron)
  turned up by `TURN`: this example's cost (nncore's) before and after, drawn as an orange
  curve of the cost against that dial, and its tilt there (nncore's gradient) as a tangent;
- `worked_blame` (scenes/kit/readings.py): for training example `EXAMPLE`, each output's
  gap (guess minus answer, orange as the cost chapter drew it) and blame (nncore's delta),
  drawn, in a close-up of the last two layers, as big violet arrows (`blame_arrow`), thicker
  for more blame, pointing the way the output should move; the biggest gap's output on its
  real squashing curve (`output_spot`: twice its gap, as the cost squares it, times how
  easily it still moves: 'gap 0.76 x 2 = 1.52, x 0.183, = blame 0.28'); the hidden neuron
  gathers from every drawn output (the three biggest one at a time) a violet
  stream as wide as it flows under the dial's own edge, with "that output's blame x outgoing
  dial = sent back" written beside the three biggest (with the digits their products need)
  and the others in one line, added up, times how easily it moves (the same curve picture at
  its real input) into its own ring; one dial into it, whose
  tilt = blame x brightness is nncore's own gradient for the example (the tangent of the
  first curve, drawn again), drawn as ring x pixel = tilt (a short slope, as the tangent),
  beside a real blank pixel's ring x empty pixel = no nudge, and the turn arrow against it;
- turn arrows (solid triangles: "turn this dial up/down", `turn_arrow`; edge colours stay
  the dials' signs) on the edges around the neuron, the other edges dimmed under a veil;
- `dial`: for the worked dial, a few examples' own gradients and the average over every
  example (equal to the full-set one), with how many want it turned each way and how many
  do not care (a zero nudge: a blank pixel), each tilt written beside its bar;
- the payoff: the run's first step (`first_step`: snapshots 0 and 1) on the whole network,
  which examples it averaged (the run's batch), every dial at once, then ours written out
  (`step_sum`: pile's average tilt x step size = change; dial before - change = after), and
  the cost over every training example before and after it.

    manim -ql scenes/chapters/backprop.py Backprop      # with NN_EXPLAINER_HISTORY=out/history.json
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from manim import (DOWN, LEFT, ORIGIN, RIGHT, UP, Triangle, Arrow, Create, GrowArrow, DashedLine, Dot, FadeIn, FadeOut, Indicate, LaggedStart, Line,
                   ShowPassingFlash, SurroundingRectangle,
                   Circle, Mobject, Rectangle, ReplacementTransform, Square, Transform,
                   TransformFromCopy, ValueTracker, VGroup, VMobject, Wait, always_redraw)

from nncore.history import History
from nncore.network import Pass
from nncore.train import round_order, shuffler
from scenes.kit import theme
from scenes.kit.chapter import Chapter
from scenes.kit.legend import turn_arrow, turn_legend
from scenes.kit.motion import CrossFade
from scenes.kit.network_diagram import NetworkDiagram, shown_indices
from scenes.kit.pictures import example_picture
# the example's picture and words are the forward chapter's too: the story follows one example
from scenes.screen import mark
from scenes.kit.readings import (EXAMPLE, STEP, class_of, example_words, input_kind, label_of,
                                 output_names, slope_of, squashed, worked_blame)

N_SHOWN = 4         # per-example nudges shown for the one dial (six left their pictures 27 px tall)
PICTURE_SIZE = 1.4  # the example's picture, as big as the forward chapter draws it
DIAGRAM_SIZE = (6.4, 5.0)      # narrower than the other chapters': the worked column needs 4.7 units
DIAGRAM_AT = (-1.7, -0.15, 0)
COLUMN_X = 2.35                 # left edge of the worked column, right of the output labels
TICK_STEP = 0.05                # the cost axis's ticks
TILT_BOX = (3.6, 2.6)           # the cost-against-one-dial picture: width and height
TILT_AT = (2.9, -1.7, 0)        # its bottom left corner, right of the outputs
COST_AT = (COLUMN_X, -1.7, 0)   # left end of the example's cost bar's heading
COST_BAR = 2.6                  # the cost bar's length before the nudge
Weight = tuple[int, int, int]     # (layer pair, row, col)


# --- the numbers (no manim) ---

def example_pass(history: History, index: int = EXAMPLE, step: int = STEP) -> Pass:
    """Forward and backward pass of one training example at `step` (gradients of its own cost)."""
    x, y = history.split("train")
    return history.network(step).backward(x[index:index + 1], y[index:index + 1])


def per_example_gradients(history: History, weight: Weight, step: int = STEP) -> np.ndarray:
    """Every training example's own gradient for one weight (their mean is the full-set one)."""
    layer, row, col = weight
    x, y = history.split("train")
    net = history.network(step)
    return np.array([net.backward(x[i:i + 1], y[i:i + 1]).grad_weights[layer][row, col]
                     for i in range(len(x))])


TILT_PLACES = 3   # every tilt in the averaging chart: three decimals, one format (0.029, 0.003)


def tilt_places_of(values) -> int:
    """Decimals for every tilt of the averaging chart, one format for all of them: three, or
    more when even the biggest would show fewer than two digits (a run with tiny tilts)."""
    top = float(np.max(np.abs(values))) if len(values) else 0.0
    if top == 0:
        return TILT_PLACES
    return int(min(6, max(TILT_PLACES, 1 - np.floor(np.log10(top)))))


def pick_examples(gradients: np.ndarray, n: int = N_SHOWN) -> list[int]:
    """The first examples asking each way, in the real proportion (at least one each way when
    both exist, so the disagreement shows), in order; those whose tilt reads at the chart's
    three decimals first (a reviewer saw 0.029, 0.0026 and -0.00050 side by side)."""
    readable = np.abs(gradients) >= 10.0 ** -TILT_PLACES

    def first(ways: np.ndarray) -> np.ndarray:
        return np.concatenate([ways[readable[ways]], ways[~readable[ways]]]) if len(ways) else ways
    up, down = np.flatnonzero(gradients < 0), np.flatnonzero(gradients > 0)
    up, down = first(up), first(down)
    asking = len(up) + len(down)
    take_up = round(n * len(up) / asking) if asking else 0
    if len(up) and len(down):
        take_up = min(max(take_up, 1), n - 1)
    take_up = min(take_up, len(up))
    picked = list(up[:take_up]) + list(down[:n - take_up])
    return sorted(int(i) for i in picked)


def people(value: float) -> str:
    """A number as people read it: 0.69, 1, 0."""
    return f"{value:.2f}".rstrip("0").rstrip(".") if abs(value - round(value)) > 5e-3 else str(round(value))


@dataclass
class Dial:
    """One weight's nudges: a few examples' own, and the average over all of them."""

    weight: Weight
    examples: list[int]
    gradients: np.ndarray         # of the shown examples
    average: float                # mean over every training example
    n_examples: int
    n_down: int                   # how many examples ask to turn it down (a positive gradient)
    n_up: int
    blank: bool = False           # every example that does not care has a zero input there
    blank_example: int | None = None   # the first example that does not care, shown with its blank square

    @property
    def n_zero(self) -> int:
        """Examples for which the dial changes nothing (their nudge is exactly zero)."""
        return self.n_examples - self.n_down - self.n_up

    @property
    def most_way(self) -> str:
        return "down" if self.n_down >= self.n_up else "up"

    @property
    def average_way(self) -> str:
        return "down" if self.average > 0 else "up"


def average_key(dial: Dial) -> str:
    """The script line for the averaging: all examples one way, most the way of the average, or not."""
    if min(dial.n_down, dial.n_up) == 0:
        return "average_agree"
    return "average" if dial.most_way == dial.average_way else "average_split"


def dial_story(history: History, weight: Weight) -> Dial:
    """The worked dial's nudge for every training example, a few of them, and their average."""
    every = per_example_gradients(history, weight)
    shown = pick_examples(every)
    x, _ = history.split("train")
    carried = x[:, weight[2]] if weight[0] == 0 else np.ones(len(x))   # the input the dial carries
    blank = bool(np.all(carried[every == 0] == 0)) and bool((every == 0).any())
    return Dial(weight, shown, every[shown], float(every.mean()), len(every),
                int((every > 0).sum()), int((every < 0).sum()), blank,
                int(np.flatnonzero(every == 0)[0]) if blank else None)


def first_places(step: dict) -> tuple[int, int]:
    """Decimals of the first step's dial and cost: enough to tell before and after apart."""
    if not step:
        return 2, 2
    return (apart(step["dial_before"], step["dial_after"], sig(step["dial_before"], CHAIN)),
            apart(step["cost_before"], step["cost_after"]))


def step_sum(step: dict, lr: float) -> dict:
    """Our dial's first step written out so it checks by hand: its pile's average tilt x the
    step size = its change, and the dial before, minus (or plus) that change, = after (a
    reviewer saw 'dial 0.277 -> 0.245' beside 'average tilt x step size 1.5' and could tie
    the change to nothing). The change is the written before less the written after, and the
    tilt gets the fewest digits (two or more) that multiply to it."""
    tilt = step["pile_nudge"]
    for places in range(first_places(step)[0], 7):   # more decimals when the rounding does not check
        before, after = written(step["dial_before"], places), written(step["dial_after"], places)
        change = round(abs(number_of(before) - number_of(after)), places)
        digits = agreeing([abs(tilt)], change, places, times=lr, clear=True)
        if digits > -6:
            break
    return {"tilt": written(tilt, digits), "tilt_places": digits,
            "change": written(change, places), "places": places,
            "before": before, "after": after,
            "op": "\u2212" if number_of(after) <= number_of(before) else "+",
            "way": "down" if number_of(after) <= number_of(before) else "up"}


def step_words(step: dict, lr: float) -> dict:
    """Which way our dial went in the first step, as `step_sum` writes it (its numbers are
    drawn, not said: the narration says only the numbers that carry the story)."""
    return {"step_way": step_sum(step, lr)["way"] if step else "down"}


def cost_way(step: dict) -> str:
    """How the cost over every example went in the first step: a small fall is said so."""
    before, after = step.get("cost_before", 0.0), step.get("cost_after", 0.0)
    if after > before:
        return "rose"
    return "fell a little," if before - after < 0.1 * before else "fell"


def zero_words(dial: Dial, image: bool) -> str:
    """The narration for the examples that do not care about the dial (none: nothing)."""
    if not dial.n_zero:
        return ""
    # a table's or a point's zero is not "nothing there" (it is the lowest value after scaling):
    # say only what makes the nudge zero
    why = ("their square is blank" if image else "their input there is zero, so their nudge is zero") if dial.blank \
        else "their blame here is zero"
    return f", and {dial.n_zero} {'does' if dial.n_zero == 1 else 'do'} not care: {why}"


def first_step(history: History, dial: Weight) -> dict | None:
    """The run's first real step (the snapshot after the start): the dial's value before and
    after, its pile's average nudge (the turn over minus the step size), and the cost over
    every training example before and after (nncore's). None if no later snapshot."""
    if len(history.snapshots) < 2:
        return None
    x, y = history.split("train")
    start, next_ = history.snapshots[0], history.snapshots[1]
    layer, row, col = dial
    before, after = float(start.weights[layer][row, col]), float(next_.weights[layer][row, col])
    return {"steps": next_.step - start.step, "dial_before": before, "dial_after": after,
            "pile_nudge": (before - after) / float(history.config["lr"]),
            "cost_before": history.network(start.step).cost_of(x, y),
            "cost_after": history.network(next_.step).cost_of(x, y),
            "weights_after": next_.weights, "biases_after": next_.biases}


def first_pile(history: History) -> list[int] | None:
    """The training examples the run's first step averaged: its shuffled pile, drawn as
    nncore's training loop draws it (the first `batch` rows of the first round's order), and
    kept only if one step on that pile gives the run's own next snapshot. None for a
    full-batch run, or when the pile cannot be rebuilt."""
    batch = history.config.get("batch_size")
    x, y = history.split("train")
    if not batch or batch >= len(x) or len(history.snapshots) < 2 or history.snapshots[1].step != 1 \
            or "seed" not in history.config:
        return None
    rows = round_order(shuffler(history.config["seed"]), len(x), batch)[:batch]
    net = history.network(history.snapshots[0].step)
    net.backward(x[rows], y[rows])
    lr = float(history.config["lr"])
    after = [p - lr * g for p, g in zip(net.params(), net.grads())]
    if not all(np.allclose(a, w) for a, w in zip(after[0::2], history.snapshots[1].weights)):
        return None
    return [int(i) for i in rows]


N_AGAIN = 10   # the run's first steps drawn at the end, each with its cost


def again_costs(history: History, n: int = N_AGAIN) -> list[tuple[int, float]]:
    """The cost over every training example (the history's own records) at the start and
    after each of the run's first `n` steps, as far as the records go step by step."""
    by_step = {r.step: float(r.cost) for r in history.records}
    costs = []
    for k in range(n + 1):
        if k not in by_step:
            break
        costs.append((k, by_step[k]))
    return costs


def again_words(history: History) -> str:
    """The ending: the steps that follow the first, and the cost after them (chapter 1 promised
    'we'll watch it learn, step by step': the chapter ended abruptly on one step)."""
    costs = again_costs(history)
    if len(costs) < 3:
        return "Step after step, this is how the network learns."
    # a reviewer saw steps 2-10 barely move under 'again and again': said to slow when it does
    slows = costs[1][1] - costs[-1][1] < 0.5 * (costs[0][1] - costs[1][1])
    return (f"{'Later steps gain much less' if slows else 'Then again and again'}: after {costs[-1][0]} steps, "
            f"it is down to {spoken(costs[-1][1], 2)}. That is training, next.")


def red_after_words(history: History, step: dict | None) -> str:
    """What the first step did most visibly, in one line, when it did: most dials into the
    outputs went red (below zero; 46 in 100 before it, 68 after in the digits run), pushing the
    outputs down, because most answers are 0 (one-hot answers: all but one of each example's).
    A reviewer saw the wires turn red and the cost fall from 3.02 to 1.14, with nothing said."""
    if not step or step.get("steps") != 1:
        return ""
    before = history.snapshots[0].weights[-1]
    after = step["weights_after"][-1]
    _, y = history.split("train")
    n = y.shape[1]
    share_before, share_after = float((before < 0).mean()), float((after < 0).mean())
    if n < 3 or share_after <= 0.5 or share_after - share_before < 0.15 or (after - before).mean() >= 0 \
            or not np.all(y.sum(axis=1) == 1):
        return ""
    return (f"Most dials into the outputs went red: {n - 1} of every {n} answers are 0, "
            "so pushing the outputs down lowered the cost most.")


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
    xs = np.linspace(value - 2 * turn, value + 2 * turn, 41)

    def cost_at(v: float) -> float:
        net.layers[layer].weights[row, col] = v
        return float(net.cost_of(xi, yi))
    costs = np.array([cost_at(v) for v in xs])
    before, turned = cost_at(value), cost_at(value + turn)
    net.layers[layer].weights[row, col] = value
    grad = float(net.backward(xi, yi).grad_weights[layer][row, col])
    return {"dial": value, "turned": value + turn, "turn": turn, "cost": before, "cost_turned": turned,
            "tilt": grad, "xs": xs, "costs": costs}


def ladder_numbers(history: History, work: dict, tilt: dict) -> dict:
    """The blame ladder's numbers, each as written, so every rung checks by hand from the one
    before it: the biggest gap's output, its gap x 2 x its curve's slope = its blame (the cost
    squares the gap: twice; where blame is not that, its blame alone), x the dial to our neuron
    = what it sends back (the table's digits), all the outputs' added up, x our neuron's slope
    = its blame, x the dial's input = the tilt; beside it, the tilt measured by turning the
    dial (the two costs as written, subtracted). A reviewer asked for one strip that keeps the
    viewer oriented through the six multiplications and puts computed and measured side by side."""
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
            "bends": bool(bend_words(tilt))}


def tilt_places(tilt: dict) -> tuple[int, int]:
    """Decimals for the turned dial (three significant digits, as the payoff writes it) and
    for the cost (enough to tell before and after the turn apart)."""
    return sig(tilt["dial"], CHAIN), apart(tilt["cost"], tilt["cost_turned"])


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


def curve_words(history: History, worst: int) -> str:
    """Why an output's blame is not just its gap, in one sentence (nothing when blame is not
    2 x gap x slope): the cost squares the gap, so twice it, times the slope of the output's
    squashing curve, the same kind of factor as our hidden neuron's later. A reviewer found
    the outputs' 'passed on' twice the curve's slope, unsaid, so the two did not fit one curve;
    'output 4 gets more blame than output 2' was too fine a point and is gone."""
    if output_spot(history, worst) is None:
        return ""
    return "Its blame is twice its gap, as the cost squares the gap, times the slope of its squashing curve there."


def figure(value: float) -> str:
    """A worked number with two significant digits, never in e-notation: -0.076, 0.88, 1.2."""
    if value == 0:
        return "0"
    digits = max(0, 1 - int(np.floor(np.log10(abs(value)))))
    text = f"{value:.{min(digits, 6)}f}"
    return "0" if float(text) == 0 else text


def written(value: float, places: int) -> str:
    """`value` with `places` decimals (or -places significant digits) and a real minus sign."""
    text = f"{value:.{sig(value, places)}f}"
    return "0" if float(text) == 0 else text.replace("-", "\u2212")


def spoken(value: float, places: int) -> str:
    """`value` as the narration reads it: 'minus 0.307'."""
    text = f"{abs(value):.{sig(value, places)}f}"
    return f"minus {text}" if value < 0 and float(text) else text


def worked(history: History) -> dict:
    """The example's backward pass told on one hidden neuron and one dial into it."""
    return worked_blame(history)


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


def red_words(history: History, work: dict) -> str:
    """The sign flip, said only when a drawn dial from our neuron to the outputs is red
    (negative): the tiny network's one output dial is blue, and the words named a red dial
    that was not there."""
    pair = len(history.config["sizes"]) - 2
    dials = history.snapshot(STEP).weights[pair][:, work["neuron"]]
    if (dials[shown_indices(len(dials))] < 0).any():
        return "A red dial flips the sign."
    return ""


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


def sent_back_column(work: dict, flows: np.ndarray) -> tuple[list[str], str]:
    """The sent-back column as written: the biggest rows, the others' line, and the total.
    The others' line is what the written rows leave of the written total, so the column adds
    up when checked by hand (it is within one unit of its last place of the exact remainder)."""
    places = chain_places(work, flows)[0]
    rows = [written(f, places) for f in flows[biggest_rows(flows)]]
    total = written(work["total"], places)
    rest = round(number_of(total) - sum(number_of(r) for r in rows), places)
    return rows + [written(rest, places)], total


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
    big = flows[biggest_rows(flows)]
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
    big = biggest_rows(flows)
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
    """The worked tilt against the one measured by turning the dial at the start, as the
    ladder writes them side by side (0.03 and 0.02: the curve bends, said in a few words; the
    numbers drawn, not said: few numbers are said)."""
    bend = bend_words(tilt)
    if not bend:
        return "It is the tilt we measured by turning the dial."
    way = "less" if bend.endswith("less") else "more"
    return f"Turning the dial by a whole {people(tilt['turn'])} changed the cost a little {way}: the curve bends."


def passes(history: History) -> tuple[int, int]:
    """The run's steps and about how many times they went through every training example."""
    steps = history.snapshots[-1].step
    batch = history.config.get("batch_size") or len(history.split("train")[0])
    return steps, round(steps * batch / len(history.split("train")[0]))


def pile_words(history: History, shown: bool = False) -> str:
    """Which examples each step averaged: a pile of `batch`, or all of them; with why a pile
    when the pile is drawn (a reviewer asked why 10, and not all of them)."""
    batch = history.config.get("batch_size")
    if batch is None:
        return "In this run, every step used all the training examples."
    # how many times the steps went through every example is the training chapter's to tell
    why = ": much quicker, and their average is close to everyone's." if shown else "."
    return f"Each step of this run took a shuffled pile of just {batch} examples{why}"


def under(row: VGroup, above: VGroup) -> None:
    """Each glyph and operator of a picture sum's `row` straight under its own in `above`."""
    for mine, theirs in zip(row, above):
        for m, o in zip(mine, theirs):
            m.set_x(o.get_x())


def way_of(blame: float) -> int:
    """The way a neuron should move to lower the cost: against its blame (nncore's delta,
    the cost's slope at its input): +1 up, -1 down, 0 when it does not matter."""
    return int(-np.sign(blame))


def blame_arrow(way: int, height: float, share: float) -> VGroup:
    """A violet blame arrow, up or down (the way a neuron should move), as thick as its share
    of the biggest blame: thicker is more to blame. Parts: [stem, tip]."""
    t = theme.current()
    a = float(np.clip(share, 0.0, 1.0))
    tip_w = 0.16 + 0.2 * a
    tip = Triangle(color=t.blame, fill_opacity=1.0, stroke_width=0).stretch_to_fit_width(tip_w) \
        .stretch_to_fit_height(min(0.4 * height, 0.8 * tip_w))
    stem = Line(DOWN * height / 2, UP * (height / 2 - 0.9 * tip.height), color=t.blame, stroke_width=2.5 + 11.0 * a)
    tip.move_to(UP * (height / 2 - tip.height / 2))
    arrow = VGroup(stem, tip)
    return arrow if way >= 0 else arrow.rotate(np.pi, about_point=ORIGIN)


# the close-up of the last two layers (our hidden neuron and the outputs)
CLOSE_HIDDEN = (-5.6, 0.0, 0)
CLOSE_OUT_X = -2.0
CLOSE_TOP, CLOSE_GAP = 2.05, 0.4   # the first output's height, and the outputs' spacing (under the key, over the ladder)
CLOSE_ARROW_X = -1.15               # the outputs' blame arrows, right of their names
PANEL_X = 2.75                       # the gaps' panel, right of the close-up
PANEL_SIZE = (4.6, 2.7)
AGAIN_AT = (2.0, -2.4)               # the ending's cost bars: bottom left, and width and height
AGAIN_BOX = (4.7, 3.0)
STACK_W = 3.2                        # the sent-back pieces' bar at its longest              # its width and height: 46 px a column at 480p

FLAT_BOX = (4.0, 2.1)            # the outputs' squashing curve right of the close-up: width and height
FLAT_AT = (1.3, -0.5, 0)         # its bottom left corner, where the gaps' panel stood

FULL_SCALE, FULL_AT = 0.9, (-1.7, 0.2, 0)   # the whole network back over the ladder (its labels 14 px)
LADDER_Y = (-2.25, -2.6, -2.95)   # the blame ladder's rows, above the bottom 0.9 units
RIGHT_EDGE = 6.8           # text stays left of this (the frame ends at 7.1)
LADDER_W = 13.4            # its rows at their widest, across the frame

WAY_ARROW = 0.24     # a way arrow's least height: 14 px at 480p (8 units are 480 px)


# --- the chapter ---

class Backprop(Chapter):
    pause_after_section = 2.0   # a breath after each worked number (10% quiet or more)
    name, title = "backprop", "Backpropagation"

    def facts(self) -> dict[str, object]:
        h = self.history
        _, y = h.split("train")
        truth = y[EXAMPLE]
        work = worked(h)
        misses = work["misses"]
        worst = int(np.abs(misses).argmax())
        dial = dial_story(h, tuple(work["dial"]))
        step = first_step(h, tuple(work["dial"])) or {}
        image = input_kind(h) == "image"
        tilt = dial_tilt(h, tuple(work["dial"]))
        return {**super().facts(), "n_shown": N_SHOWN, "most_way": dial.most_way,
                "n_down": dial.n_down, "n_up": dial.n_up, "zero_words": zero_words(dial, image),
                "all_cost_after": spoken(step.get("cost_after", 0.0), first_places(step)[1]),
                "first_steps": step.get("steps", 1), "cost_way": cost_way(step),
                **step_words(step, float(h.config["lr"])),
                # 'layer by layer' only where there are layers to go through (a reviewer saw one
                # hidden layer's rings appear at once under 'layer by layer')
                "gather_words": ("Every hidden neuron gathers its blame this way, at the same time."
                                 if len(h.config["sizes"]) == 3 else
                                 "Every neuron gathers its blame this way, layer by layer, from the outputs back."),
                "example": example_words(h, class_of(truth)),
                "worst": f"the output for {output_names(h)[worst]}",
                "worst_guess": people(truth[worst] + misses[worst]),
                "worst_target": people(truth[worst]), "worst_miss": figure(misses[worst]),
                "ease": spoken(work["slope"], slope_places(h, work)),
                # the way in plain words, no sign to fight ('its blame is plus and its arrow
                # points down' made plus mean down, said the review)
                "worst_way_words": (f"Output {output_names(h)[worst]} said too much, so its arrow points down: it should glow less."
                                    if misses[worst] > 0 else
                                    f"Output {output_names(h)[worst]} said too little, so its arrow points up: it should glow more."),
                "same_words": same_words(tilt), "curve_words": curve_words(h, worst),
                "red_after_words": red_after_words(h, step or None),
                "lr": people(float(h.config["lr"])),
                "times_words": "how bright that square is: a bright square passes the blame on" if image
                else "that input's value: a big input passes the blame on",
                "nothing_words": "a blank one passes on nothing" if image else "a zero passes on nothing",
                "nudge_way": "up" if work["nudge"] < 0 else "down",
                "tilt_hill_cap": "Downhill" if work["nudge"] < 0 else "Uphill",
                "again_words": again_words(h),
                "turn": people(tilt["turn"]), "red_words": red_words(h, work),
                "tilt_cost_from": spoken(tilt["cost"], tilt_places(tilt)[1]),
                "tilt_cost_to": spoken(tilt["cost_turned"], tilt_places(tilt)[1]),
                "tilt_way": "rises" if tilt["cost_turned"] > tilt["cost"] else "falls",
                "tilt_hill": "uphill" if tilt["tilt"] > 0 else "downhill",
                "pile_words": pile_words(h, first_pile(h) is not None),
                "which_neuron": ("the hidden neuron we followed in the forward pass" if work["follows_forward"]
                                 else "a hidden neuron next to the outputs"),   # blame is not yet taught
                "which_dial": ("the one from this square" if image else "the one from the input the forward pass multiplied first")
                if work["first_input"] else ("the one from the square that sends it the most" if image
                                             else "the one from the input that sends it the most")}

    def construct(self) -> None:
        h, t = self.history, self.theme
        snap = h.snapshot(STEP)
        work = worked(h)
        dial = tuple(work["dial"])
        first = first_step(h, dial)
        tilt = dial_tilt(h, dial)
        # one scale for the cost bars (the run's average cost before and after its first step)
        self.cost_scale = first["cost_before"] if first else 1.0

        diagram = NetworkDiagram(snap.weights, snap.biases, labels=output_names(h),
                                 width=DIAGRAM_SIZE[0], height=DIAGRAM_SIZE[1]).move_to(DIAGRAM_AT)
        # the network stands with the title from the first frame (drawn in from nothing, the
        # first frames were the title alone under the words: "blank", said every review)
        self.add(diagram)
        self.title_text = self.show_title()
        with self.say("intro") as tracker:
            dials = self.text("{n} dials", size="small", color=self.theme.muted,
                              facts={"n": sum(w.size for w in snap.weights)}).next_to(diagram, RIGHT, buff=0.4)
            self.play(FadeIn(dials, scale=1.6), run_time=1.2)
            self.wait_until_bookmark("which")
            self.play(Indicate(dials, color=t.text), run_time=1.0)

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
        with self.say("tilt") as tracker:
            self.play(FadeIn(picture), diagram.light_up(unlit), FadeOut(dials), run_time=0.6)
            dial_edge = self.dial_line(diagram, dial, tilt["dial"])
            number = self.dial_number(dial_edge, tilt["dial"], places[0])
            self.play(Create(dial_edge), FadeIn(pixel), FadeIn(number),
                      neuron.animate.set_stroke(t.focus, width=4), run_time=1.0)
            self.play(FadeIn(plot["axes"]), FadeIn(plot["names"]), Create(plot["curve"]), FadeIn(plot["dot"]),
                      FadeIn(plot["readout"][0]), run_time=1.2)
            self.wait_until_bookmark("turn")
            dial_edge, number = self.play_turn(diagram, dial, dial_edge, number, plot, tilt, places)
            # the tilt is on screen before its word (a reviewer heard 'tilt' before the line came),
            # and the word is written beside it as it is said (it was first written at 117 s)
            self.play(Create(plot["tangent"]), run_time=0.8)
            self.wait_until_bookmark("tilt")
            self.play(FadeIn(plot["word"]), Indicate(plot["tangent"], color=t.text), run_time=0.8)
            # the picture before its words: the arrow runs downhill at the end of this line,
            # standing through the beat before 'so this dial should turn down' (it came 3 s late)
            self.wait(tracker.get_remaining_duration() + 0.1)   # past the line's last frame
            self.play(GrowArrow(plot["downhill"][0]), FadeIn(plot["downhill"][1]), run_time=0.8)
        with self.say("downhill") as tracker:
            self.play(Indicate(plot["downhill"][1], color=t.focus), run_time=0.8)
        self.show(tilt={k: v for k, v in tilt.items() if k not in ("xs", "costs")})

        guess = work["misses"] + h.split("train")[1][EXAMPLE]
        worst = int(np.abs(work["misses"]).argmax())
        outgoing = diagram.shown_indices(out_layer)
        dials_out = snap.weights[out_layer - 1][outgoing, work["neuron"]]
        flows = work["blame_out"][outgoing] * dials_out
        close = self.closeup(diagram, out_layer, work["neuron"], outgoing, dials_out)
        self.show(our_neuron={"neuron": work["neuron"], "glow": work["value"]})
        panel = self.error_panel(h, guess)
        panel.move_to([PANEL_X, -0.2, 0])
        miss_words = self.miss_words(panel, worst, guess[worst], work["misses"][worst])
        with self.say("errors_many" if len(guess) > 1 else "errors_one") as tracker:
            # the whole network's labels go with it as it grows (a second, faded set of 0-9
            # labels and a ghost digit stood beside the close-up's)
            self.play(FadeOut(VGroup(*plot.values())), FadeOut(dial_edge), FadeOut(number), FadeOut(pixel),
                      FadeOut(picture), neuron.animate.set_stroke(t.text, width=2), run_time=0.5)
            # zoom: the last two layers, our neuron and its ten wires, grow to fill the left
            self.play_zoom(diagram, VGroup(), close, out_layer, work["neuron"], outgoing, inward=True)
            self.wait_until_bookmark("gaps")
            self.play(FadeIn(panel[0]), FadeIn(panel[3]), FadeIn(panel[1]), run_time=0.6)
            self.play(LaggedStart(*(Create(a) for a in panel[2]), lag_ratio=0.15), run_time=1.2)
            self.wait_until_bookmark("miss")
            self.play(FadeIn(miss_words), run_time=0.6)
        self.show(step=work["step"], example=EXAMPLE, output_errors=-work["misses"], misses=work["misses"])

        out_arrows = self.closeup_arrows(close, work["blame_out"][outgoing])
        legend = self.blame_key()
        numbers = ladder_numbers(h, work, tilt)
        ladder = self.ladder(numbers)
        self.show(ladder=numbers)
        equal = h.config["cost"] == "cross_entropy" and h.config["activations"][-1] == "softmax"
        key = "blame_equal" if equal else "blame_squared" if h.config["cost"] == "squared_error" else "blame_scaled"
        with self.say(key) as tracker:
            # the arrows first, with the key that says what blame is (the words named the
            # violet arrows 3 s before they came): each gap hands on to its blame arrow
            self.play(FadeIn(legend),
                      LaggedStart(*(TransformFromCopy(a, r) for a, r in zip(panel[2], out_arrows)), lag_ratio=0.05),
                      run_time=1.0)
            self.wait_until_bookmark("worst")
            # the ladder starts: the biggest gap, and its blame
            self.play(FadeIn(ladder["gap"]), *([Indicate(out_arrows[outgoing.index(worst)], color=t.blame,
                                                        scale_factor=1.3)] if worst in outgoing else []),
                      run_time=1.0)
            leaving = VGroup(panel, miss_words)
            if output_spot(h, worst) is not None and key == "blame_squared":
                # one sentence, one picture: the outputs' real squashing curve, the biggest gap's
                # output on it with its slope there, and on the ladder: gap x 2 x slope = blame
                self.wait_until_bookmark("curve")
                row = pass_row(h, work, worst, times=2.0)
                flat = self.flat_picture(h, [worst])
                self.show(pass_rows=[{**row, "z": float(example_pass(h).z[-1][0][worst])}])
                self.play(FadeOut(leaving), run_time=0.5)
                self.play(Create(flat["axes"]), Create(flat["curve"]), FadeIn(flat["names"]), run_time=0.8)
                self.play(FadeIn(flat["spots"]), FadeIn(ladder["blame"]), run_time=0.8)
                leaving = VGroup(*(m for m in flat.values()))
            else:
                self.play(FadeIn(ladder["blame"]), run_time=0.6)
        self.show(blame_out=work["blame_out"], blame_arrows=self.arrow_record(out_arrows, work["blame_out"][outgoing]))

        table = self.sent_back_table(close, outgoing, work, dials_out, flows)
        with self.say("gather") as tracker:
            self.play(FadeOut(leaving), close["ours"].animate.set_stroke(t.focus, width=5), run_time=0.6)
            self.wait_until_bookmark("flow")
            # what each output sends back runs back along its wire to our neuron, as thick as its
            # blame times the dial between them (a flash that leaves no arrowheads piled at the
            # neuron), its sum written beside that output, and added onto one violet bar
            self.play(FadeIn(table["head"]), FadeIn(table["stack_head"]), run_time=0.5)
            streams, bar = self.play_flows(close, flows, table, out_arrows, ladder["sent"],
                                           outgoing.index(worst) if worst in outgoing else None)
            self.wait_until_bookmark("red")
            if len(table["red"]):
                self.play(*(Indicate(r, color=t.negative) for r in table["red"]), run_time=1.0)
            self.wait_until_bookmark("sum")
            self.play(FadeIn(table["total"]), FadeIn(ladder["added"]),
                      Indicate(bar, color=t.blame, scale_factor=1.05), run_time=0.8)
        self.show(flows={"neuron": work["neuron"], "outputs": list(outgoing), "sent": flows,
                         "dials": dials_out, "total": work["total"], "written": sent_back_column(work, flows),
                         "rows": table["row_words"], "bar": bar.width / table["scale"],
                         "arrows": [a.get_stroke_width() for a in streams]})

        own = blame_arrow(way_of(work["blame"]), 0.9, 1.0).next_to(close["ours"], LEFT, buff=0.15)
        with self.say("slope") as tracker:
            # times its own curve's slope: our neuron's blame, on the ladder, becomes its arrow
            self.play(FadeIn(ladder["ours"]), TransformFromCopy(bar, own), run_time=1.0)
            self.play(Indicate(own, color=t.blame), Indicate(ladder["ours"], color=t.blame, scale_factor=1.05),
                      run_time=0.8)
        self.show(slope={k: work[k] for k in ("neuron", "activation", "z", "slope", "blame")})

        one = example_pass(h)
        name = self.text("backpropagation", color=t.blame).move_to([COLUMN_X + 2.2, 0.3, 0])
        with self.say("flow") as tracker:
            self.play(FadeOut(VGroup(legend, bar, *(table[k] for k in ("head", "rows", "others", "total", "stack_head")))),
                      run_time=0.5)
            # zoom back out: the close-up shrinks into the whole network, drawn a little smaller
            # (the ladder stands under it)
            diagram.scale(FULL_SCALE).move_to(FULL_AT)
            self.play_zoom(diagram, VGroup(), close, out_layer, work["neuron"], outgoing, inward=False,
                           also=VGroup(out_arrows, own))
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
        with self.say("nudge") as tracker:
            self.play(FadeOut(VGroup(hidden_rings, name)), FadeIn(ring), FadeIn(picture), run_time=0.5)
            self.play(Create(dial_edge), FadeIn(pixel), run_time=0.8)
            self.wait_until_bookmark("times")
            for part in sum_picture:
                self.play(FadeIn(part), run_time=0.5)
            self.play(FadeIn(ladder["tilt"]), run_time=0.5)
            if len(blank_row):
                self.wait_until_bookmark("blank")
                self.play(FadeIn(blank_pixel), FadeIn(blank_row), run_time=0.6)
            self.wait_until_bookmark("same")
            # computed and measured side by side, on the ladder
            self.play(FadeIn(ladder["measured"]), run_time=0.8)
            self.play(Indicate(ladder["tilt"][-1], color=t.text), Indicate(ladder["measured"][0], color=t.text),
                      run_time=1.0)
            self.wait_until_bookmark("sign")
            self.play(TransformFromCopy(sum_picture[-1][1], glyph), FadeIn(turn_key), run_time=0.8)
        self.show(nudge={"dial": work["dial"], "input": work["input"], "blame": work["blame"],
                         "nudge": work["nudge"]})

        story = dial_story(h, dial)
        self.dial_average = story.average
        with self.say(average_key(story)) as tracker:
            # our dial keeps its sign's colour (it was blue, then yellow, to a reviewer)
            self.play(FadeOut(VGroup(sum_picture, blank_row, blank_pixel, glyph, picture, pixel, turn_key,
                                     *ladder.values())), run_time=0.6)
            small = VGroup(diagram, dial_edge, ring)
            self.play(small.animate.scale(0.62).move_to([-4.3, 0.1, 0]),
                      # shrunk, the labels would be too small to read
                      diagram.output_label_group.animate.set_opacity(0),
                      diagram.count_labels.animate.set_opacity(0), run_time=1.0)
            # the words point at the dial (under the network they pointed at nothing in particular)
            ours = self.text("our dial", size="small", color=t.text).next_to(small, UP, buff=0.25) \
                .set_x(dial_edge.point_from_proportion(0.85)[0])
            ours.add(Line(ours.get_bottom() + 0.05 * DOWN, dial_edge.point_from_proportion(0.85), color=t.focus,
                          stroke_width=2.5))
            self.play(FadeIn(ours), Indicate(dial_edge, color=t.text), run_time=0.8)
            chart = self.play_averaging(story, max(1.0, tracker.duration - 8.0))
        self.show(dial={"weight": list(story.weight), "examples": story.examples,
                        "gradients": story.gradients, "average": story.average,
                        "n_examples": story.n_examples, "n_down": story.n_down, "n_up": story.n_up,
                        "n_zero": story.n_zero, "blank_example": story.blank_example})

        batch = h.config.get("batch_size")
        exact = first is not None and first["steps"] == 1
        gone = VGroup(diagram, dial_edge, ring, ours, *(m for m in chart.values() if isinstance(m, Mobject)))
        if first is None:
            with self.say("pile_full" if batch is None else "pile_mini_plain"):
                self.play(FadeOut(gone), run_time=0.6)
            return
        self.show(first_step={k: v for k, v in first.items() if not k.endswith("s_after")},
                  passes=dict(zip(("steps", "times"), passes(h))), lr=h.config["lr"])
        with self.say("payoff" if exact else "payoff_steps") as tracker:
            self.play(FadeOut(gone), run_time=0.6)
            self.play_payoff(h, dial, first, batch, tracker.duration)


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
        blame (against the layer's largest), pointing the way that neuron should move (none at 0)."""
        top = float(np.abs(blame).max()) or 1.0
        neurons = list(diagram.neurons(layer))
        gap = min((abs(a.get_center()[1] - b.get_center()[1]) for a, b in zip(neurons, neurons[1:])), default=1.0)
        height = max(WAY_ARROW, min(0.5, 0.95 * gap))
        return VGroup(*(blame_arrow(way_of(blame[i]), height, abs(blame[i]) / top).move_to(c)
                        for i, c in zip(diagram.shown_indices(layer), neurons)
                        if (only is None or i == only) and way_of(blame[i])))

    def number(self, value: float, places: int, color: str | None = None) -> Mobject:
        return self.text("{value}", size="small", color=color, facts={"value": written(value, places)})

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
            self.play(FadeOut(diagram), FadeOut(picture), run_time=0.6)
            self.play(*(ReplacementTransform(a, b) for a, b in zip(small, big)), run_time=1.0)
            self.add(*(m for m in big))
            self.play(FadeIn(close["tag"]), run_time=0.5)
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

    def play_flows(self, close: dict, flows: np.ndarray, table: dict, out_arrows: VGroup, rung: Mobject,
                   worst: int | None) -> tuple[VGroup, Mobject]:
        """Blame running back from each output to our neuron along the wire between them: a
        violet flash as thick as what it sends (the output's blame times that dial, against the
        biggest), its sum written beside its output as it flows and added onto one violet bar
        (a piece below zero takes off), the biggest gap's output's with its ladder `rung`; then
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
        running = 0.0
        bar = bar_of(0.0)
        self.add(bar)
        rows = table["rows"]
        for k, (s, r, a, f) in enumerate(zip(streams, rows, out_arrows, flows)):
            if len(r):
                running += f
                self.play(Indicate(a, color=t.blame, scale_factor=1.3), ShowPassingFlash(s.copy(), time_width=0.6),
                          FadeIn(r), *([FadeIn(rung)] if k == worst else []), run_time=0.9)
                self.play(Transform(bar, bar_of(running)), run_time=0.5)
        rest = [(s, f) for s, r, f in zip(streams, rows, flows) if not len(r)]
        running += sum(f for _, f in rest)
        self.play(*(ShowPassingFlash(s.copy(), time_width=0.6) for s, _ in rest), FadeIn(table["others"]),
                  *([FadeIn(rung)] if worst is None or not len(rows[worst]) else []), run_time=0.9)
        self.play(Transform(bar, bar_of(running)), run_time=0.5)
        return streams, bar

    def sent_back_table(self, close: dict, outputs, work: dict, dials: np.ndarray, flows: np.ndarray) -> dict:
        """Beside each of the outputs that send back the most, what it sends back to our neuron,
        written out with the output it comes from: 'from output 2: 0.278 x 0.59 = 0.16' (blame in
        violet, the dial in its sign's colour; two decimals where they check by hand); under them,
        every other output together, and the total (nncore's own sum, before the slope).
        `rows` has one entry per drawn output (empty for those not written out)."""
        t = self.theme
        h = self.history
        big = biggest_rows(flows)
        sent_rows, sent_total = sent_back_column(work, flows)
        b_places, d_places = table_places(h, work)
        names = output_names(h)
        rows, red, words = VGroup(), VGroup(), []
        written_rows = dict(zip(big, sent_rows))
        x0 = close["arrow_x"] + 0.45
        for n, (k, d) in enumerate(zip(outputs, dials)):
            if n not in written_rows:
                rows.add(VGroup())
                continue
            y = close["outs"][n].get_center()[1]
            dial = self.number(d, d_places, t.positive if d >= 0 else t.negative)
            row = VGroup(self.text("from output {name}:", size="small", facts={"name": names[k]}),
                         self.number(work["blame_out"][k], b_places, t.blame),
                         self.text("\u00d7", size="small"), dial, self.text("=", size="small"),
                         self.text("{value}", size="small", color=t.blame, facts={"value": written_rows[n]}))
            row.arrange(RIGHT, buff=0.15).move_to([x0, y, 0], aligned_edge=LEFT)
            if row.get_right()[0] > RIGHT_EDGE:   # a long output name: its numbers on a line under it
                VGroup(*row[1:]).next_to(row[0], DOWN, buff=0.08, aligned_edge=LEFT)
                row.move_to([x0, y, 0], aligned_edge=LEFT)
            rows.add(row)
            # what the row reads, for the manifest (a Text keeps no spaces)
            words.append(f"from output {names[k]}: {written(work['blame_out'][k], b_places)} \u00d7 "
                         f"{written(d, d_places)} = {written_rows[n]}")
            if d < 0:
                red.add(dial)
        lows = [r for r in rows if len(r)]
        right = max(r.get_right()[0] for r in lows)
        head = self.text("blame \u00d7 dial = sent back", size="small", color=t.blame) \
            .next_to(lows[0], UP, buff=0.25).align_to(lows[0], LEFT)
        # none when every output has its row (the tiny run's one output: 'the other 0 together: 0')
        others = self.text("the other {n} together: {value}", size="small", color=t.blame,
                           facts={"n": len(work["blame_out"]) - len(big), "value": sent_rows[-1]}) \
            if len(work["blame_out"]) > len(big) else VGroup()
        # beside the last output when it has no row of its own, else under it (no one output's
        # row); not down on the ladder's first row
        last = close["outs"][-1].get_center()[1]
        if len(others):
            others.move_to([right, last - (0.34 if len(rows[-1]) else 0.0), 0], aligned_edge=RIGHT)
        # the pieces add up on one bar, in the rows' empty middle: every running sum fits
        running = np.cumsum(np.concatenate([flows[big], [flows.sum() - flows[big].sum()]]))
        below, above = min(float(running.min()), 0.0), max(float(running.max()), 0.0)
        scale = STACK_W / max(above - below, 1e-9)
        lows = sorted(r.get_center()[1] for r in rows if len(r))
        gaps = [(b - a, (a + b) / 2) for a, b in zip(lows, lows[1:])] or [(0.0, lows[0] - 0.9)]
        y = max(gaps)[1] + 0.15
        x0 = x0 + 0.1 - below * scale
        stack_head = self.text("coming back to our neuron", size="small", color=t.blame) \
            .next_to([x0, y + 0.16, 0], UP, buff=0.1, aligned_edge=LEFT)
        total = self.text("added up: {total}", size="small", color=t.blame, facts={"total": sent_total})
        total.next_to([x0 + max(float(running[-1]), 0.0) * scale, y, 0], RIGHT, buff=0.2)
        return {"head": head, "rows": rows, "others": others, "red": red, "total": total,
                "row_words": words, "stack_at": (x0, y), "scale": scale, "stack_head": stack_head}

    def flat_picture(self, h: History, outputs: list[int]) -> dict:
        """The outputs' real squashing curve (as the forward chapter drew it), right of the
        close-up, with a dot where each of `outputs` is (its total coming in) named by its
        output, and a short white line along the curve there: its slope (the ladder writes
        'gap 0.758 x 2 x slope 0.183 = blame 0.278' under it)."""
        t = self.theme
        activation = h.config["activations"][-1]
        zs = [float(example_pass(h).z[-1][0][k]) for k in outputs]
        reach = max(2.4, 1.25 * max(abs(z) for z in zs))   # close enough in to see it flatten
        xs = np.linspace(-reach, reach, 41)
        ys = squashed(activation, xs)
        low, high = min(0.0, float(ys.min())), max(1.0, float(ys.max()))
        w, hgt = FLAT_BOX
        origin = np.array(FLAT_AT, dtype=float)

        def at(x: float, y: float) -> np.ndarray:
            return origin + np.array([(x + reach) / (2 * reach) * w, (y - low) / (high - low) * hgt, 0.0])

        axes = VGroup(Line(at(-reach, low), at(reach, low), stroke_color=t.muted, stroke_width=2),
                      Line(at(-reach, low), at(-reach, high), stroke_color=t.muted, stroke_width=2))
        curve = VMobject(stroke_color=t.muted, stroke_width=4).set_points_smoothly([at(x, y) for x, y in zip(xs, ys)])
        names = VGroup(self.text("the outputs' squashing curve", size="small", color=t.text)
                       .next_to(at(-reach, high), UP, buff=0.12, aligned_edge=LEFT),
                       self.text("total coming in", size="small", color=t.text).next_to(axes[0], DOWN, buff=0.08))
        labels = output_names(h)
        spots = VGroup()
        for k, z in zip(outputs, zs):
            dot = Dot(at(z, float(squashed(activation, np.array([z]))[0])), radius=0.08, color=t.focus)
            slope = float(slope_of(activation, z))
            direction = np.array([w / (2 * reach), slope * hgt / (high - low), 0.0])
            direction /= np.linalg.norm(direction)
            steep = Line(dot.get_center() - 0.32 * direction, dot.get_center() + 0.32 * direction,
                         color=t.focus, stroke_width=6)
            name = self.text("{name}", size="label", color=t.text, facts={"name": labels[k]}) \
                .next_to(dot, DOWN + RIGHT, buff=0.08)
            spots.add(VGroup(dot, steep, name))
        return {"axes": axes, "curve": curve, "names": names, "spots": spots}

    def ladder(self, n: dict) -> dict:
        """The blame ladder: one strip along the bottom that builds as the words go and stays to
        the end of the dial's story, every rung's numbers checking by hand from the one before
        (`ladder_numbers`): the gap becomes blame, x the dial = the piece sent back, all the
        outputs' added, x our neuron's slope = its blame, x the dial's input = the tilt, beside
        the tilt measured by turning the dial. Rungs: gap, blame, sent, added, ours, tilt,
        measured (an empty group where a run has no such rung)."""
        t = self.theme
        image = input_kind(self.history) == "image"

        def rung(*parts) -> VGroup:
            return VGroup(*parts).arrange(RIGHT, buff=0.1)

        def down(blame: str) -> VGroup:
            return blame_arrow(way_of(number_of(blame)), 0.3, 0.6)
        gap = rung(self.text("output {name}:", size="small", facts={"name": n["name"]}),
                   self.text("gap {gap}", size="small", color=t.cost, facts={"gap": n["gap"]}))
        if n["slope_out"] is not None:
            blame = rung(self.text("\u00d7 2 \u00d7 slope {slope}", size="small", facts={"slope": n["slope_out"]}),
                         self.text("= blame {blame}", size="small", color=t.blame, facts={"blame": n["blame_out"]}),
                         down(n["blame_out"]))
        else:
            blame = rung(self.text("\u2192 blame {blame}", size="small", color=t.blame, facts={"blame": n["blame_out"]}),
                         down(n["blame_out"]))
        sent = rung(self.text("\u2192 \u00d7 dial {dial}", size="small",
                              color=t.negative if n["dial"].startswith("\u2212") else t.positive, facts={"dial": n["dial"]}),
                    self.text("= {value} sent back", size="small", color=t.blame, facts={"value": n["sent"]}))
        added = rung(self.text("\u2192 all outputs added: {total}", size="small", color=t.blame,
                               facts={"total": n["total"]})) if n["many"] else VGroup()
        ours = rung(self.text("\u2192 \u00d7 slope {slope}", size="small", facts={"slope": n["slope"]}),
                    self.text("= our neuron's blame {blame}", size="small", color=t.blame, facts={"blame": n["blame"]}),
                    down(n["blame"]))
        tilt = rung(self.text("\u2192 \u00d7 brightness {input}" if image else "\u2192 \u00d7 input {input}",
                              size="small", facts={"input": n["input"]}),
                    self.text("= tilt {tilt}", size="small", facts={"tilt": n["tilt"]}))
        # the two costs from the start, subtracted (the reviewer: show 0.03 and 0.02 side by side)
        measured = rung(self.text("measured by turning: {after} − {before} = {change}", size="small", color=t.text,
                                  facts={"after": n["cost_turned"], "before": n["cost"], "change": n["measured"]}),
                        *([self.text("(the curve bends)", size="small", color=t.text)] if n["bends"] else []))
        # three rows, read down: the output's, our neuron's, the dial's
        one = VGroup(gap, blame, sent).arrange(RIGHT, buff=0.2)
        two = VGroup(*(r for r in (added, ours) if len(r))).arrange(RIGHT, buff=0.2)
        three = VGroup(tilt, measured).arrange(RIGHT, buff=0.2)
        measured.shift(0.3 * RIGHT)   # a step apart: measured, not worked out
        for row, y in zip((one, two, three), LADDER_Y):
            if row.width > LADDER_W:
                row.scale_to_fit_width(LADDER_W)
            row.move_to([-LADDER_W / 2, y, 0], aligned_edge=LEFT)
        return {"gap": gap, "blame": blame, "sent": sent, "added": added, "ours": ours, "tilt": tilt,
                "measured": measured}

    def tilt_plot(self, tilt: dict, box: tuple[float, float] = TILT_BOX,
                  corner: tuple = TILT_AT) -> dict[str, Mobject]:
        """This example's cost (orange, as every cost) against the one dial's value, around
        where it is: a dot where the dial stands, the tangent there (the tilt: the cost's
        slope, nncore's gradient), the dial's turned value's dot, and the two costs written."""
        t = self.theme
        xs, ys = tilt["xs"], tilt["costs"]
        low, high = float(ys.min()), float(ys.max())
        pad = 0.15 * (high - low) or 0.01
        low, high = low - pad, high + pad
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
        step = TICK_STEP
        ticks = VGroup()
        for value in np.arange(np.ceil(low / step) * step, high, step):
            mark_line = Line(at(xs[0], value), at(xs[0], value) + 0.1 * LEFT, stroke_color=t.muted, stroke_width=2)
            ticks.add(VGroup(mark_line, self.text("{value}", size="small", color=t.text,
                                                  facts={"value": f"{value:.2f}"}).next_to(mark_line, LEFT, buff=0.06)))
        axes.add(ticks)
        # the axis's scale is drawn, so recorded: round costs, not numbers of the run
        self.show(cost_ticks=sorted(set(self.shown.get("cost_ticks", [])) |
                                    {round(float(v), 2) for v in np.arange(np.ceil(low / step) * step, high, step)}))

        def reading(x: float, y: float) -> VGroup:
            """A point's numbers on the axes, read off along dashed lines: the cost on the
            upright axis, the dial on the flat one (a reviewer found the chart unreadable
            without axis numbers)."""
            spot = at(x, y)
            across = DashedLine(at(xs[0], y), spot, color=t.muted, stroke_width=1.5, dash_length=0.06)
            down = DashedLine(at(x, low), spot, color=t.muted, stroke_width=1.5, dash_length=0.06)
            # beside its dot, clear of the axis's own numbers
            cost = self.number(y, places[1], t.cost).next_to(spot, UP + LEFT, buff=0.08)
            value = self.number(x, places[0]).next_to(at(x, low), DOWN, buff=0.08)
            return VGroup(across, down, cost, value)
        before, after = reading(tilt["dial"], tilt["cost"]), reading(tilt["turned"], tilt["cost_turned"])
        # the tangent: the tilt in the plot's own units, drawn a fixed length either side
        direction = np.array([w / (xs[-1] - xs[0]), tilt["tilt"] * hgt / (high - low), 0.0])
        direction /= np.linalg.norm(direction)
        reach = 0.3 * w
        tangent = Line(dot.get_center() - reach * direction, dot.get_center() + reach * direction,
                       color=t.text, stroke_width=6)
        # downhill from the dot along the curve: the way this dial should turn
        way = -1.0 if tilt["tilt"] > 0 else 1.0
        far = tilt["dial"] + way * 0.8 * tilt["turn"]
        downhill_arrow = Arrow(dot.get_center(), at(far, float(np.interp(far, xs, ys))), buff=0.1,
                               color=t.focus, stroke_width=6, max_tip_length_to_length_ratio=0.35)
        downhill_words = self.text(mark("turn down") if way < 0 else mark("turn up"), size="small", color=t.focus)
        downhill_words.next_to(downhill_arrow, DOWN, buff=0.1)
        # the word, beside the tangent's upper end, as it is first said
        # right of its upper end, clear of the turned dial's readout (up and left) and of the
        # way down's arrow and words (under the dot)
        upper = tangent.get_end() if tangent.get_end()[1] >= tangent.get_start()[1] else tangent.get_start()
        word = self.text(mark("tilt"), size="label", color=t.text).next_to(upper, RIGHT + DOWN, buff=0.1)
        parts = {"axes": axes, "names": names, "curve": curve, "dot": dot, "readout": VGroup(before, after),
                 "turned": turned, "tangent": tangent, "downhill": VGroup(downhill_arrow, downhill_words),
                 "word": word}
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
        carried = (Square(0.4, stroke_color=t.muted, stroke_width=2, fill_color=t.text, fill_opacity=level)
                   if image else Square(0.4, stroke_color=t.muted, stroke_width=2))
        # the tilt drawn as the cost curve's tangent is drawn: a short white slope, uphill or
        # downhill (a turn arrow here, 'turn down' under 'tilt 0.029', read as a downhill tilt)
        rise = 0.18 * (np.sign(work["nudge"]) or 1)
        slope_glyph = Line([-0.25, -rise, 0], [0.25, rise, 0], color=t.text, stroke_width=6)
        glyphs = [blame_arrow(way_of(work["blame"]), 0.5, 1.0), carried, slope_glyph]
        places = agreeing([work["blame"], work["input"]], work["nudge"], tilt_decimals(work["nudge"]))
        names = [(mark("blame"), work["blame"], places),
                 (mark("brightness") if image else mark("input"), work["input"], places),
                 (mark("tilt"), work["nudge"], tilt_decimals(work["nudge"]))]
        return self.picture_sum(glyphs, names, [t.blame, t.text, t.text],
                                ["\u00d7", "="]).move_to([COLUMN_X + 0.2, 0.65, 0], aligned_edge=LEFT)

    def blank_picture(self, above: VGroup, work_blame: float) -> VGroup:
        """The same sum for a dial from a blank input, under `above`: the ring times an empty
        square (or 0) is no nudge at all."""
        t = self.theme
        image = input_kind(self.history) == "image"
        carried = Square(0.4, stroke_color=t.muted, stroke_width=2) if image else self.number(0.0, 2, t.text)
        row = self.picture_sum([blame_arrow(way_of(work_blame), 0.5, 1.0), carried, self.text("tilt 0", size="small", color=t.text)],
                               [None, None, None], [t.text] * 3, ["\u00d7", "="])
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

    def turn_dial(self, diagram: NetworkDiagram, dial: Weight, edge: Line, number: Mobject,
                  glyph: Mobject, costs: dict, places: int, words: Mobject, *also) -> tuple[Line, Mobject]:
        """The dial turns by its real step: its number ticks from the old value to the new
        one while its edge thins or thickens (and changes colour if it crosses zero), with
        `also` (say, every other dial turning). Returns the edge and number as they stand after."""
        turned = ValueTracker(costs["dial_before"])
        live_edge = always_redraw(lambda: self.dial_line(diagram, dial, turned.get_value()))
        live_number = always_redraw(lambda: self.dial_number(live_edge, turned.get_value(), places))
        self.remove(edge, number)
        self.add(live_edge, live_number)
        self.play(turned.animate.set_value(costs["dial_after"]), FadeIn(words), *also, run_time=3.0)
        edge, number = self.dial_line(diagram, dial, costs["dial_after"]), \
            self.dial_number(live_edge, costs["dial_after"], places)
        self.remove(live_edge, live_number)
        self.add(edge, number, glyph)
        return edge, number

    def step_lines(self, worked_step: dict, lr: str, named: bool = True) -> VGroup:
        """Our dial's first step in two lines: 'pile's average tilt 0.0212 x step size 1.5 =
        0.032', then 'dial 0.277 - 0.032 = 0.245'. Parts: [line one: words and tilt, x step
        size, =, change], [dial, before, sign, change, =, after]: the change is carried down."""
        t = self.theme
        # the tilt alone when the line above names it ('its average tilt 0.0212'): the line fits
        one = VGroup(self.text("average tilt {tilt}", size="small", color=t.text, facts={"tilt": worked_step["tilt"]})
                     if named else self.text("{value}", size="small", color=t.text, facts={"value": worked_step["tilt"]}),
                     self.text("\u00d7 {lr}", size="small", color=t.text, facts={"lr": lr}),
                     self.text("=", size="small", color=t.text),
                     self.text("{value}", size="small", color=t.text, facts={"value": worked_step["change"]}))
        one.arrange(RIGHT, buff=0.12)
        two = VGroup(self.text("dial", size="small", color=t.text),
                     self.text("{value}", size="small", color=t.text, facts={"value": worked_step["before"]}),
                     self.text("{sign}", size="small", color=t.text, facts={"sign": worked_step["op"]}),
                     self.text("{value}", size="small", color=t.text, facts={"value": worked_step["change"]}),
                     self.text("=", size="small", color=t.text),
                     self.text("{value}", size="small", color=t.text, facts={"value": worked_step["after"]}))
        two.arrange(RIGHT, buff=0.12)
        for part in (two[2], two[4]):   # the signs on the numbers' middle line
            part.set_y(two[1].get_center()[1])
        lines = VGroup(one, two).arrange(DOWN, buff=0.2, aligned_edge=RIGHT)
        return lines

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

    def cost_bar(self, cost: float, head: str = mark("cost of this example"), places: int = 2) -> VGroup:
        """A cost as a bar on the chapter's one scale (the bigger cost is the longer bar), its
        number (two decimals, as the cost chapter wrote it) and `head` (this example's cost,
        or all the examples')."""
        t = self.theme
        head = self.text(head, size="small", color=t.text)
        width = max(COST_BAR * cost / max(self.cost_scale, 1e-12), 0.02)
        bar = Rectangle(width=width, height=0.22, stroke_width=0, fill_color=t.cost, fill_opacity=0.9)
        number = self.number(cost, places, t.cost)
        head.move_to(COST_AT, aligned_edge=LEFT)
        bar.next_to(head, DOWN, buff=0.15, aligned_edge=LEFT)
        number.next_to(bar, RIGHT, buff=0.15)
        return VGroup(head, bar, number)

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
        heading = self.text("guesses (bars), answers (lines)", size="small", color=self.theme.text)
        heading.next_to(panel, UP, buff=0.25)
        panel[3].add(heading)
        return panel

    def play_averaging(self, dial: Dial, duration: float) -> dict:
        """Rows of real examples with their own nudge for the dial (a bar and a turn arrow),
        then the average of all and how many want each way."""
        t = self.theme
        nudges = -dial.gradients
        average = -dial.average
        self.tilt_places = tilt_places_of([*dial.gradients, dial.average])
        longest = float(max(np.abs(nudges).max(initial=0.0), abs(average))) or 1.0
        centre_x, half = 2.7, 2.6
        row_h = 0.8   # the pictures 43 px tall at 480p (at 0.5, 27 px: a 9 or an 8?)
        top = 2.2
        heading = VGroup(VGroup(turn_arrow(-1), self.text("turn down", size="small")).arrange(RIGHT, buff=0.1),
                         VGroup(turn_arrow(+1), self.text("turn up", size="small")).arrange(RIGHT, buff=0.1))
        heading[0].move_to([centre_x - half / 2, top + 0.45, 0])
        heading[1].move_to([centre_x + half / 2, top + 0.45, 0])
        rows = VGroup()
        for k, (index, nudge) in enumerate(zip(dial.examples, nudges)):
            y = top - k * row_h
            pic = picture_of(self.history, index, 0.72, self.text)
            if pic.width > 1.1:   # a long label
                pic.scale_to_fit_width(1.1)
            pic.move_to([centre_x - half - 0.6, y, 0])
            rows.add(VGroup(pic, self.nudge_bar(nudge, longest, centre_x, half, y, 0.3, t.muted),
                            self.tilt_number(-nudge, centre_x, y)))
        avg_y = top - len(dial.examples) * row_h - 0.4
        rule = Line([centre_x - half - 1.1, avg_y + 0.38, 0], [centre_x + half, avg_y + 0.38, 0],
                    color=t.muted, stroke_width=1.5)
        # all the examples: a pile of cards, not one example's picture, and in white, not grey
        cards = VGroup(*(Rectangle(width=0.22, height=0.28, stroke_color=t.text, stroke_width=1.2,
                                   fill_color=t.background, fill_opacity=1.0).shift(k * 0.05 * (RIGHT + UP))
                         for k in range(4)))
        label = VGroup(self.text("all {n}", size="small", color=t.text, facts={"n": dial.n_examples}),
                       self.text("averaged", size="small", color=t.text)).arrange(DOWN, buff=0.06)
        # right-aligned short of the longest bar's turn arrow
        label.next_to([centre_x - half - 0.4, avg_y, 0], LEFT, buff=0)
        cards.next_to(label, LEFT, buff=0.15)
        label.add(cards)
        avg_bar = VGroup(*self.nudge_bar(average, longest, centre_x, half, avg_y, 0.4, t.text),
                         self.tilt_number(dial.average, centre_x, avg_y))
        # the three groups add up to the 'all' above: down, up, and those the dial does nothing for
        count = VGroup(self.text("{down} want down, {up} want up", size="small", color=t.text,
                                 facts={"down": dial.n_down, "up": dial.n_up}))
        blank_shown = VGroup()
        if dial.n_zero:
            image = input_kind(self.history) == "image" and dial.blank_example is not None
            # shown, not only counted: one of them, its square (blank) ringed
            count.add(self.text("{n} do not care: their square is blank" if image else "{n} do not care",
                                size="small", color=t.text, facts={"n": dial.n_zero}))
            if image:
                pic = picture_of(self.history, dial.blank_example, 1.0, self.text)
                blank_shown = VGroup(pic, self.pixel_mark(pic, dial.weight[2], t.focus))
        count.arrange(DOWN, buff=0.08).next_to(avg_bar, DOWN, buff=0.2).set_x(centre_x)
        if len(blank_shown):
            blank_shown.next_to(count[1], RIGHT, buff=0.2)
            count.add(blank_shown)
        axis = Line([centre_x, top + 0.25, 0], [centre_x, avg_y - 0.25, 0], color=t.muted, stroke_width=1.5)
        # quickly: the right half stood empty while 'here are 6 of them' was said
        self.play(FadeIn(heading), Create(axis), run_time=0.5)
        self.play(LaggedStart(*(FadeIn(r, shift=0.2 * RIGHT) for r in rows), lag_ratio=0.5),
                  run_time=min(3.0, max(1.0, duration - 1.0)))
        self.wait_until_bookmark("count")
        self.play(FadeIn(count), run_time=0.6)
        self.play(Indicate(count[0], color=t.text), run_time=0.8)
        self.wait_until_bookmark("average")
        self.play(FadeIn(label), run_time=0.5)
        # the average under the rows (their bars gathering into it overlapped in a mess)
        self.play(Create(rule), FadeIn(avg_bar, shift=0.3 * DOWN), run_time=1.0)
        return {"rows": rows, "avg_bar": avg_bar, "label": label, "count": count, "rule": rule,
                "heading": heading, "axis": axis, "centre_x": centre_x, "half": half,
                "longest": longest, "avg_y": avg_y}

    def tilt_number(self, tilt: float, centre_x: float, y: float) -> Mobject:
        """A row's tilt for our dial, beside the axis on the side its bar leaves free (a
        reviewer could not match the 0's bar to its tilt 0.029, nor read the average's)."""
        number = self.number(tilt, self.tilt_places, self.theme.text)
        return number.next_to([centre_x, y, 0], RIGHT if tilt >= 0 else LEFT, buff=0.15)

    def nudge_bar(self, nudge: float, longest: float, centre_x: float, half: float, y: float,
                  height: float, colour: str) -> VGroup:
        """A bar from the axis, right to turn up, left to turn down, with a turn arrow at its end.
        One neutral colour: blue and red say a dial's sign, not which way it wants to turn."""
        width = max(abs(nudge) / longest * half, 0.02)
        way = np.sign(nudge or 1)
        bar = Rectangle(width=width, height=height, stroke_width=0, fill_color=colour, fill_opacity=0.9)
        bar.move_to([centre_x + way * width / 2, y, 0])
        glyph = turn_arrow(way, 0.2).next_to(bar, RIGHT if way > 0 else LEFT, buff=0.08)
        return VGroup(bar, glyph)

    def play_payoff(self, h: History, dial: Weight, step: dict, batch: int | None, duration: float) -> None:
        """The run's first step on the whole network: which examples it averaged (a pile of
        cards, as many as the run's batch, or all of them), every dial turns at once (our
        dial's number ticks), and the cost over all the training examples falls."""
        t = self.theme
        snap = h.snapshot(STEP)
        diagram = NetworkDiagram(snap.weights, snap.biases, labels=output_names(h),
                                 width=DIAGRAM_SIZE[0], height=DIAGRAM_SIZE[1]).move_to(DIAGRAM_AT)
        places, cost_places = first_places(step)
        edge = self.dial_line(diagram, dial, step["dial_before"])
        number = self.dial_number(edge, step["dial_before"], places)
        tag = self.text(mark("the run's first step") if step["steps"] == 1 else mark("the run's first {n} steps"),
                        size="small", color=t.text, facts={"n": step["steps"]})
        tag.to_corner(UP + RIGHT, buff=0.3).shift(0.85 * DOWN)
        # which examples the step averaged: a shuffled pile, or all of them
        pile = self.text(mark("averaged over a pile of {n} examples") if batch
                         else mark("averaged over all the examples"), size="small", color=t.text, facts={"n": batch})
        pile.next_to(tag, DOWN, buff=0.2, aligned_edge=RIGHT)
        lr = float(h.config["lr"])
        size = self.text("each turn: {lr} \u00d7 average tilt, the other way", size="small", color=t.text,
                         facts={"lr": people(lr)})
        bar = self.cost_bar(step["cost_before"], mark("average cost per example"), cost_places)
        rows = first_pile(h)
        cards = VGroup()
        if rows is not None:
            # the pile itself: its examples, small, under the words, and how close its average is
            # in rows of five, each 42 px tall at 480p (in one row of ten: 25 px)
            cards = VGroup(*(picture_of(h, i, 0.7, self.text) for i in rows)) \
                .arrange_in_grid(cols=min(5, len(rows)), buff=0.1)
            if cards.width > 5.4:
                cards.scale_to_fit_width(5.4)
            cards.next_to(pile, DOWN, buff=0.2, aligned_edge=RIGHT)
            worked_tilt = step_sum(step, lr)["tilt"] if step["steps"] == 1 else written(step["pile_nudge"], -3)
            # two short lines (one dense line read 'its average tilt 0.0212, all of them: 0.026')
            close_words = VGroup(self.text("these {n}: average tilt {tilt}", size="small", color=t.text,
                                           facts={"n": len(rows), "tilt": worked_tilt}),
                                 self.text("all {n}: {all}", size="small", color=t.text,
                                           facts={"n": len(h.split("train")[0]),
                                                  "all": written(self.dial_average, self.tilt_places)})) \
                .arrange(DOWN, buff=0.08, aligned_edge=RIGHT)
            close_words.next_to(cards, DOWN, buff=0.15, aligned_edge=RIGHT)
            cards.add(close_words)
            self.show(first_pile={"examples": rows, "tilt": step["pile_nudge"], "all": self.dial_average})
        self.play(FadeIn(diagram), FadeIn(edge), FadeIn(number), FadeIn(bar), run_time=1.0)
        self.play(FadeIn(tag), FadeIn(pile), run_time=0.8)
        if len(cards):
            self.play(LaggedStart(*(FadeIn(c, shift=0.2 * DOWN) for c in cards[:-1]), lag_ratio=0.15), run_time=1.2)
            self.play(FadeIn(cards[-1]), run_time=0.6)
        self.wait_until_bookmark("step")
        size.next_to(cards if len(cards) else pile, DOWN, buff=0.3, aligned_edge=RIGHT)
        if step["steps"] != 1:   # several piles between the snapshots: no one sum to write
            words = self.text("dial {before} \u2192 {after}", size="small", color=t.text,
                              facts={"before": written(step["dial_before"], places),
                                     "after": written(step["dial_after"], places)})
            words.next_to(size, DOWN, buff=0.2, aligned_edge=RIGHT)
            self.play(FadeIn(size), run_time=0.6)
            self.turn_dial(diagram, dial, edge, number, VGroup(), step, places, words,
                           diagram.morph_to(step["weights_after"], step["biases_after"]))
        else:
            # every other dial turns first (ours, drawn bold over its own edge, waits), beside
            # our dial's tilt x the step size; then ours turns by that much, its sum written out
            worked_step = step_sum(step, lr)
            sums = self.step_lines(worked_step, people(lr), named=not len(cards))
            sums.next_to(cards if len(cards) else pile, DOWN, buff=0.3, aligned_edge=RIGHT)
            glyph = turn_arrow(1 if worked_step["way"] == "up" else -1, 0.3) \
                .move_to(edge.point_from_proportion(0.35) + 0.3 * DOWN)
            self.show(step_sum=worked_step)
            places = worked_step["places"]   # the dial's number on its edge as the sum writes it
            self.remove(number)
            number = self.dial_number(edge, step["dial_before"], places)
            self.add(number)
            self.play(diagram.morph_to(step["weights_after"], step["biases_after"]), run_time=2.0)
            self.wait_until_bookmark("ours")
            # our dial swells in its own colour (a white flash meant nothing to a reviewer)
            self.play(FadeIn(sums[0]), Indicate(edge, color=edge.get_color()), run_time=1.0)
            self.play(FadeIn(VGroup(*sums[1][:3])), TransformFromCopy(sums[0][-1], sums[1][3]), run_time=0.8)
            self.turn_dial(diagram, dial, edge, number, glyph, step, places, VGroup(*sums[1][4:]), FadeIn(glyph))
        self.wait_until_bookmark("cost")
        self.play(Transform(bar, self.cost_bar(step["cost_after"], mark("average cost per example"), cost_places)),
                  run_time=1.2)
        if red_after_words(h, step):
            # the dials into the outputs, mostly red now, ringed as the line says so
            self.wait_until_bookmark("red")
            box = SurroundingRectangle(diagram.edges(len(diagram.sizes) - 2), color=t.focus, stroke_width=3, buff=0.08)
            self.show(red_after={"before": float((snap.weights[-1] < 0).mean()),
                                 "after": float((step["weights_after"][-1] < 0).mean())})
            self.play(FadeIn(box), run_time=0.6)   # it goes with the rest as the ending's chart comes
        self.play_again(h, diagram)

    def play_again(self, h: History, diagram: NetworkDiagram) -> None:
        """Then again and again: the right half clears, and the cost over every training example
        (the history's records) is drawn as a bar at the start and after each of the first steps,
        the network turning to each step's dials as its bar comes."""
        t = self.theme
        costs = again_costs(h)
        if len(costs) < 3:
            return
        self.wait_until_bookmark("again")
        chart = self.again_chart(costs)
        self.show(again=[{"step": k, "cost": c} for k, c in costs])
        keep = {id(diagram), id(getattr(self, "title_text", None))}
        gone = [m for m in self.mobjects if id(m) not in keep]
        # one after the other: faded together, the chart's numbers stood over the pile's words
        self.play(*(FadeOut(m) for m in gone), run_time=0.5)
        self.play(FadeIn(chart["head"]), FadeIn(chart["axis"]), FadeIn(chart["bars"][0]), FadeIn(chart["bars"][1]),
                  run_time=0.6)
        for k, bar in list(zip((c[0] for c in costs), chart["bars"]))[2:]:
            snap = h.snapshot(k)
            self.play(FadeIn(bar, shift=0.2 * UP), diagram.morph_to(snap.weights, snap.biases), run_time=0.4)
        self.play(Indicate(chart["bars"][-1], color=t.cost), run_time=0.6)

    def again_chart(self, costs: list[tuple[int, float]]) -> dict:
        """The cost at the start and after each step, as orange bars on one scale, right of the
        network: the step under each bar, the cost over the first two and the last."""
        t = self.theme
        top = max(c for _, c in costs)
        width = AGAIN_BOX[0] / len(costs)
        x0, y0 = AGAIN_AT
        bars = VGroup()
        for n, (k, c) in enumerate(costs):
            height = max(AGAIN_BOX[1] * c / top, 0.02)
            bar = Rectangle(width=0.7 * width, height=height, stroke_width=0, fill_color=t.cost, fill_opacity=0.9) \
                .move_to([x0 + (n + 0.5) * width, y0 + height / 2, 0])
            step = self.text("{k}", size="small", color=t.text, facts={"k": k}).next_to(bar, DOWN, buff=0.1)
            part = VGroup(bar, step)
            if n in (0, 1, len(costs) - 1):
                part.add(self.number(c, 2, t.cost).next_to(bar, UP, buff=0.08))
            bars.add(part)
        axis = Line([x0, y0, 0], [x0 + AGAIN_BOX[0], y0, 0], color=t.muted, stroke_width=2)
        head = VGroup(self.text("average cost per example", size="small", color=t.cost),
                      self.text("after each step", size="small", color=t.text)).arrange(DOWN, buff=0.08)
        head.next_to([x0 + AGAIN_BOX[0] / 2, y0 + AGAIN_BOX[1] + 0.45, 0], UP, buff=0.1)
        return {"bars": bars, "axis": axis, "head": head}
