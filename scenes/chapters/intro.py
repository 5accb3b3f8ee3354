"""Chapter 1, intro: the task, shown with one real training example, then the network built
layer by layer.

    from scenes.chapters.intro import Intro, intro_facts
    intro_facts(history)["example_label"]      # '0': the class of the example shown

The task is drawn the way the data looks: a digit as 8x8 grey squares, 2-D points as
coloured dots in a square plot, any other table as a row of grey squares.
"""
from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from manim import (Arrow, GrowArrow, ShowPassingFlash, ValueTracker, always_redraw, DOWN, Animation, AnimationGroup, Succession, LEFT, RIGHT, UL, UP, Brace, SurroundingRectangle, Circle, Create, DashedLine, FadeIn, FadeOut, GrowFromEdge, Indicate, LaggedStart,
                   Line, ManimColor, MoveToTarget, ReplacementTransform,
                   Mobject, Rectangle, Square, Text, Transform, TransformFromCopy, VGroup, VMobject, smooth, there_and_back)

from nncore.history import History
from scenes import screen
from scenes.kit.chapter import Chapter, and_list, base_facts
from scenes.narration import Markup
from scenes.kit.network_diagram import (NetworkDiagram, layer_names, lit_colours, network_picture, shown_indices,
                                        spread_outputs)
from scenes.kit import theme
from scenes.kit.pictures import (ShadedGrid, below_zero, cell_squares, class_colors, digit_image, dot_cloud, input_names,
                                 minus_mark, shade, short)
from scenes.kit.legend import sign_legend
from scenes.kit.readings import (EXAMPLE, a_or_an, class_of, forward_values, input_kind, label_of,
                                 learned_patterns, trained_pass)
from scenes.kit.numbers import written
from scenes.kit.theme import Theme

KEY_GROW = 1.35         # the glow key's words over label size (review one-intro: "very small")
MAX_ROW = 8             # a table example wraps its squares after this many
MAX_VALUES_SHOWN = 8    # a table example prints its numbers only when it has this few
TASK_FIRST_BOX = (7.0, 4.4)     # the most room the example takes when shown alone
TABLE_CELL = 0.8        # side of one square of a table example: room for "0.87" under it
TASK_WORDS = {"image": "image", "point": "points", "numbers": "table"}   # the script's [task_*] keys
DIAGRAM_BOX = dict(width=8.0, height=4.9)   # the network beside the task picture; right of its
DIAGRAM_SPOT = 0.85 * RIGHT + 0.35 * UP     # outputs, room for their glows as bars (review 11c)
TASK_SPOT = 4.95 * LEFT + 0.05 * UP          # where the task picture waits while the net is built
TASK_BOX = (3.2, 4.4)                       # the most room it takes there (width, height)
NOTE_GAP = 0.1          # between a layer's name and its count line under it
NOTE_AIR = 0.3          # between two layers' count lines side by side
FRAME_RIGHT = 6.9       # nothing drawn right of this: the frame's edge is at 7.1
KEY_AIR = 0.2           # from the example's top to the glow key's bottom, over it
WIRE_KEY_AIR = 0.25     # from the layers' counts to the key to the wires' colours under them
PREVIEW_DROP = 0.35     # the pattern and its picture sit this much lower: room over their heads for
                        # "preview: after training", clear of the title
PATTERN = 2.6           # side of the one learned pattern drawn big: a square of it is ~20 px at 480p
                        # (at 2.4 "a crowded small corner", review 11c)
FAVOURITE = 2.45        # side of the practice picture that lights its neuron most, beside it (at 1.6
                        # its 4 was hard to read as a 4, review 9; at 2.1 with grid lines, still, review 11e)
BAR_ROOM = 1.35         # a glow of 1 as an output's bar, right of its number
BAR_THICK = 0.14        # an output bar's thickness (the outputs are 0.27 apart)
NAME_GAP = 0.35        # between an output's name and its glow written after it (0.12: "2 0.01" read "20.01")
KEY_INDENT = 0.45       # the pattern's key starts this far right of it: its last row, level with "hidden"
                        # since the pattern sits PREVIEW_DROP lower, stays clear of "16 neurons"
KEY_SWATCH = 0.22       # side of the coloured square beside each row of the pattern's key
NUMBER_CELL = 0.6       # side of one square of the picture's numbers: "1.0" ~10 px tall at 480p
NUMBER_SPOT = 3.2 * RIGHT + 0.2 * UP    # where the numbers stand, right of the picture
POINT_PLOT = 4.4        # side of the points' plot while it is shown alone (4.0 looked small, review 11e)
POINT_WORDS = 3.3 * RIGHT + 0.3 * UP    # right of the plot: the groups' names, then the point's two numbers
TICK = 0.12             # half an axis tick's length (0.07 read "tiny", review one-intro)
POINT_START = 3.0 * RIGHT               # the plot's shift while it stands alone: the frame's middle
FAINT = 0.35            # the points' opacity on the first frame, before the first line brings them up
CROWD = (3, 4, 1.05)    # more practice digits beside the example at the opening: rows, columns, side
CROWD_BACK = 0.35       # their opacity once the example is named among them
CURTAIN_WIDTH = 1.3     # the panel that hides the hidden column at "we never see them from outside"
BACK_LEAD = 3.0         # seconds our 0 is back in the inputs before "Back to our 0" is said (the
                        # review's frames come every 3 s, each with the next 3 s of words)
START_MAP = 1.8         # side of the random start's small map of one neuron's dials: ~14 px a square at 480p
START_MAP_AIR = 0.7     # from that neuron to the map, room for the tie
OUTPUTS_IN = 1.2        # seconds the outputs take to come, just before "Last come the outputs"
TIE_WIDTH = 4           # the pattern's tie to its neuron: plainly a line at 480p (2 was a hair)
SWITCH = 0.8            # seconds for the trained outputs to go dark, to hollow outlines
OUTPUT_PITCH = 0.42     # the most the outputs stand apart when spread over the tallest column
GLOW_MAP = 4.2          # side of the points' plot drawn big, shaded by one trained hidden neuron's glow
GLOW_CELLS = 12         # its circles a side: ~21 px apart at 480p, room for a hollow middle and its bar
MAP_DOTS = 0.35         # the practice points' opacity over the glow map: there, but behind its circles
GLOW_DOT = 0.30         # a circle's radius, a share of the spacing: the points show in the gaps
MIDDLE = 0.15           # a lit part whose middle is this near the map's (a share of its half side) is "in the middle"


# --- what the chapter tells: read from the history only ---

def task_kind(history: History) -> str:
    """'image' (the digits: square pictures), 'points' (two numbers: a plot) or 'table'."""
    return TASK_WORDS[input_kind(history)]


def example(history: History) -> tuple[int, np.ndarray, str]:
    """(index into data.train, its inputs, its class name): the example the story shows."""
    x, _ = history.split("train")
    return EXAMPLE, x[EXAMPLE], label_of(history, EXAMPLE)


def intro_facts(history: History) -> dict[str, object]:
    """The base facts and the intro's own: the example's class, what inputs and outputs hold."""
    facts = base_facts(history)
    _, _, label = example(history)
    kind, labels, n_out = task_kind(history), history.labels, history.config["sizes"][-1]
    input_words = {"image": "one for each square of the picture",
                   "points": "one for how far across the point sits and one for how high",
                   "table": "one for each number"}[kind]
    holds = {"image": "Each square turns into its circle, which glows as brightly as the square is inked.",
             "points": Markup("Each one holds one of the point's two numbers, and glows that bright: "
                              + ", ".join(f"<bookmark mark='in{k}'/>{v:.2f} glows {glow_word(v)}"
                                          for k, v in enumerate(example(history)[1])) + "."),
             "table": "Each one holds one number of the example."}[kind]
    n_in = history.config["sizes"][0]
    if len(shown_indices(n_in)) < n_in:
        # said with the count (review 11a: "64 of them" over 17 circles, the dots explained
        # 15 s later, so a viewer counted 17 and stopped trusting the number)
        input_words = Markup(input_words + ". <bookmark mark='dots'/>Too many to draw, so the dots stand in for the rest")
    fav = label_of(history, shown_pattern(history)["favourite"]) if kind == "image" else ""
    # review 12: the "looks for" detour was a lot for an intro (a 13/1/3 tally and an "at least
    # half full" rule): each colour's squares stand out as it is named, then the 4's ink lands
    # on the pattern at once and lights the neuron
    # review base-d s23 (ONE change): the map was a red and blue blob for 24 s before the 4 was laid
    # over it: the 4 and its ink, outlined on the map, come first, and the colours are named over them
    patterns = Markup("<bookmark mark='patterns'/>Here is a peek at the end of training: what one of them looks for. "
                # review one-intro (75 s): its wires, coloured by their dials, fold into the map as said;
                # review r2 (75 s): what a wire's dial is, said as its wires swell by their dials' sizes
                "<bookmark mark='dials'/>Each wire has a dial: how strongly it passes its square on. "
                # review s36 (ONE change): the one-blue-wire, one-red-wire demonstration moved here from
                # the random start, where dials are first named; its glows are the trained neuron's
                + push_words(history) +
                f"<bookmark mark='fold'/>Its {history.config['sizes'][0]} dials, laid out like the picture. "
                "<bookmark mark='best'/>Beside it is a different practice picture: the one that makes it glow the most, "
                + f"{a_or_an(str(fav))} {fav}. "
                "<bookmark mark='over'/>Its ink is outlined on the pattern. "
                "<bookmark mark='blue'/>Ink on a blue square makes it glow, <bookmark mark='red'/>ink on a red one dims it, "
                "<bookmark mark='grey'/>on grey it does little. "
                + (f"<bookmark mark='mostly'/>The {fav}'s ink lands mostly on blue. " if ink_on_blue(history) >= INK_ON_BLUE else "")
                # review s20 g1 (ONE change): the picture on the left turned from the 0 into the 4
                # unsaid: the swap is said as the 4 slides into the inputs, then the neuron lights
                + f"<bookmark mark='in'/>Now we put that {fav} into the network, <bookmark mark='lit'/>and it lights the neuron up."
                if kind == "image" else
                # review ab2-i s30 (ONE change, tiny 81-87 s): "spot some pattern" played over plain
                # wires: one neuron's pattern is shown on the plot as it is said; review s31 (both
                # reviewers): where it lights up said in words, and our point's own glow
                map_words(history) if kind == "points" else "")
    # the example is back in the inputs as "Back to our 0" is said, before the outputs come
    # (review s20 g1: it came back unsaid; review h1 s21: the 4 stood in while the outputs and
    # "how our 0 lights them up" were said; review s36: it came back only as the words started)
    # at "Each wire is a dial": the map's squares were dials too (review one-intro, 135 s)
    # review s37 (intro2, ONE change): "like the map's squares" named a map gone 20 s before, and
    # no push was shown: one neuron's random map and its two pushes come back (start_pushes);
    # the rest of the wires come only after, as they are said, once that map has gone
    all_wires = Markup(" <bookmark mark='all'/>Every wire pushes like this, all at once.") if start_pushes(history) else ""
    facts.update(dial_tie=", like the map's squares" if kind == "image" else "", all_wires=all_wires,
                 back_words=f"Back to our {label}. " if kind == "image" else "",
                 example_label=label, example_article=a_or_an(str(label)), this_one=this_example(history),
                 input_words=input_words, input_holds=holds, patterns=patterns, hidden_glow=hidden_glow(history),
                 output_words=f"{n_out} of them, one for each answer{answer_words(labels)}.",
                 yes_class=labels[-1], no_class=labels[0], muddle=muddle_words(history), **lone_reading(history))
    return facts


PART_WAY = (0.1, 0.9)   # an untrained output glowing between these is lit "part way": not dark, not full
HALF_WAY = 0.1          # a lone output this near 0.5 is "about half way, neither bright nor dark"


def muddle_words(history: History) -> str | Markup:
    """What the random start (the first snapshot) makes of the example, said as its glows come
    (review s32: the untrained network was drawn all dark, as if it did nothing at all); with
    several outputs, its guess too (guess_words)."""
    glows = forward_values(history)["guess"]
    if len(glows) == 1:
        glow = float(glows[0])
        if abs(glow - 0.5) < HALF_WAY:
            return f"So it glows {glow:.2f}: about half way, neither bright nor dark."
        return f"So it glows {glow:.2f}, {lone_near(glow)}, by chance alone."
    low, high = PART_WAY
    lit = "lights every answer part way" if all(low < g < high for g in glows) else "lights the answers at random"
    return Markup(f"So {this_example(history)} {lit}: a muddle. " + guess_words(history))


def guess_words(history: History) -> str:
    """The random start's guess, its brightest output, right or wrong (review s32: the digits'
    muddle had 2 brightest, a wrong guess by the rule just taught, and the voice did not say so)."""
    start = forward_values(history)
    guess = int(np.argmax(start["guess"]))
    truth = int(np.argmax(start["truth"]))
    if guess == truth:
        return f"<bookmark mark='guess'/>It would guess {history.labels[guess]}: right, by luck."
    # the right answer said as it is ticked (review one-intro, 144 s)
    return (f"<bookmark mark='guess'/>It would guess {history.labels[guess]}: wrong. "
            f"<bookmark mark='right'/>The right answer is {history.labels[truth]}.")


def this_example(history: History) -> str:
    """The example as the narration names it: "our 0", or "this example"."""
    return f"our {example(history)[2]}" if task_kind(history) == "image" else "this example"


def glow_map(history: History, cells: int = GLOW_CELLS) -> dict:
    """One first-layer hidden neuron's glow at the end of training over the points' plot: the
    plot (as PointPlot frames it, plot_window)
    cut into cells x cells, each cell's centre fed through nncore's network of the last
    snapshot. The neuron shown is the one that glows above 0 over the share of the plot nearest
    a half (a neuron lit everywhere or nowhere shows no pattern). Rows from the top; "ours":
    its glow for the story's example."""
    middle, reach = plot_window(history.split("train")[0])
    centres = (np.arange(cells) + 0.5) / cells * 2 - 1          # -1..1, left to right
    across, up = np.meshgrid(middle[0] + reach * centres, middle[1] - reach * centres)
    inputs = np.stack([across.ravel(), up.ravel()], axis=1)
    step = history.snapshots[-1].step
    glows = history.network(step).forward(inputs).a[1]
    shares = (glows > 0).mean(axis=0)
    neuron = int(np.argmin(np.abs(shares - 0.5)))
    ours = history.network(step).forward(example(history)[1][None, :]).a[1][0][neuron]
    return {"step": step, "neuron": neuron, "cells": cells, "share": float(shares[neuron]),
            "glows": glows[:, neuron].reshape(cells, cells), "ours": float(ours)}


def side_words(mask: np.ndarray) -> str:
    """Where the marked cells of a map (rows from the top) lie, in plain words: "on the left",
    "at the top right", "in the middle", by where their middle sits from the map's."""
    rows, cols = np.nonzero(mask)
    n = mask.shape[0]
    across, up = (cols.mean() + 0.5) / n * 2 - 1, 1 - (rows.mean() + 0.5) / n * 2   # -1..1 each
    if max(abs(across), abs(up)) < MIDDLE:
        return "in the middle"
    sideways, upright = ("left" if across < 0 else "right"), ("bottom" if up < 0 else "top")
    if abs(up) < abs(across) / 2:
        return f"on the {sideways}"
    if abs(across) < abs(up) / 2:
        return f"at the {upright}"
    return f"at the {upright} {sideways}"


def lit_cells(history: History, glows: np.ndarray) -> np.ndarray:
    """Where a hidden neuron "lights up": above zero (tanh, relu), or over one half for a glow
    that is never below zero nor dark (sigmoid)."""
    return glows > (0.5 if history.config["activations"][0] == "sigmoid" else 0.0)


def said_number(value: float) -> str:
    """A glow as the narration says it: "0.20", "minus 0.61"."""
    return f"minus {abs(value):.2f}" if below_zero(value) else f"{abs(value):.2f}"


def map_words(history: History) -> Markup:
    """What the glow map shows, said as it is drawn (one_glow_map): where the neuron lights up,
    where it goes below zero (when it does), and how it glows for our point."""
    chosen = glow_map(history)
    glows = chosen["glows"]
    below = np.vectorize(below_zero)(glows)
    # (short: the map and its key show the rest; review s31 asked for the words "where")
    # review one-intro (tiny, 84 s): nobody said each spot means "if a point sat here"
    return Markup("<bookmark mark='patterns'/>After training, <bookmark mark='spot'/>each spot shows how this one would glow "
                  "if a point sat there. It <bookmark mark='lit'/>glows above zero "
                  + side_words(lit_cells(history, glows))
                  + (f", <bookmark mark='below'/>below zero {side_words(below)}," if below.any() else ",")
                  + f" <bookmark mark='ours'/>and {said_number(chosen['ours'])} at our point.")


def lone_near(glow: float) -> str:
    """A lone output's glow in words: near full or dark, or which of the two it is nearer."""
    if glow >= 0.5:
        return "almost full" if glow >= 0.8 else "more bright than dark"
    return "almost dark" if glow <= 0.2 else "more dark than bright"


def lone_reading(history: History) -> dict[str, str]:
    """A lone output's trained glow for the example, said with what it means (review t1, s18:
    "0.06" stood unexplained): its value, near dark or bright, the class that means, and
    whether that is the example's class."""
    if len(history.labels) == history.config["sizes"][-1]:   # [output_one] is not said: no reading
        return dict.fromkeys(("peek_glow", "peek_near", "peek_answer", "peek_verdict"), "")
    glow = float(trained_pass(history)["guess"][0])
    answer = history.labels[-1] if glow >= 0.5 else history.labels[0]
    near = lone_near(glow)
    right = answer == example(history)[2]
    return {"peek_glow": f"{glow:.2f}", "peek_near": near, "peek_answer": answer,
            "peek_verdict": "That is right." if right else "That is wrong."}


GLOW_WORDS = {"sigmoid": "circles that glow from 0 to 1, like the inputs.",
              "tanh": "circles that glow from minus 1 to 1: dark at 0, brighter the further from 0, "
                      "<bookmark mark='bar'/>and hollow, with a bar, below zero. "
                      # review one-intro (tiny, 63-72 s): why glow below zero was never said
                      "<bookmark mark='slide'/>So each can say no as well as yes.",
              "relu": "circles that glow from 0 up, never below."}


ANSWER_SWELL = 1.4      # how much each answer's name swells as "one for each answer" is said


def answer_swell(names: Sequence[Mobject]) -> float:
    """How much the answers' names may swell in turn without touching: neighbours swell
    together (lag 0.3), so two swollen names must fit between their centres (review d1, s18:
    at 1.4 the digits' "8" and "9" overlapped)."""
    if len(names) < 2:
        return ANSWER_SWELL
    gaps = [abs(a.get_y() - b.get_y()) for a, b in zip(names, names[1:])]
    tallest = max(m.height for m in names)
    return float(max(1.0, min(ANSWER_SWELL, 0.9 * min(gaps) / tallest)))


def glow_ramp(history: History, count: int) -> np.ndarray:
    """Evenly spaced glows from the first hidden activation's lowest to its highest (0 to 1;
    -1 to 1 for tanh): what "circles that glow from 0 to 1" looks like, one circle each. A ramp
    from -1 always holds 0, one circle dark (review ab2-i s29, tiny 63-75 s: "dark at 0" was said
    over -1, -1/3, 1/3, 1): an even count is spaced for one more and drops the step just over 0
    (four circles: -1, -0.5, 0, 1)."""
    low = -1.0 if history.config["activations"][0] == "tanh" else 0.0
    if low == 0.0 or count < 3 or count % 2:
        return np.linspace(low, 1.0, count)
    ramp = np.linspace(low, 1.0, count + 1)
    return np.delete(ramp, int(np.argmax(ramp > 1e-9)))


def written_glows(ramp: np.ndarray) -> list[int]:
    """Which of the ramp's circles get their glow written beside them: every one of a few (five
    or fewer), else the two ends and the dark one at 0 when the ramp runs below zero."""
    if len(ramp) <= 5:
        return list(range(len(ramp)))
    zero = [int(np.argmin(np.abs(ramp)))] if ramp[0] < 0 else []
    return sorted({0, len(ramp) - 1, *zero})


def ramp_end(value: float) -> str:
    """A ramp's glow as written beside its circle: 0, 1, \u22121, \u22120.5 (two decimals at most)."""
    return f"{round(value, 2) + 0.0:g}".replace("-", "\u2212")


def glow_word(value: float) -> str:
    """How a circle lit to this value looks, said as the inputs first light (review w1 s21: the
    key "glow: 0 dark, 1 full" stood unexplained while 0.27 and 0.77 lit the two inputs)."""
    v = abs(float(value))
    return "almost dark" if v < 0.1 else "dim" if v < 0.5 else "bright" if v < 0.9 else "almost full"


def hidden_glow(history: History) -> str:
    """What a hidden neuron's glow runs over, read from the run's first hidden activation (the
    tiny preset's tanh runs from -1 to 1: "0 to 1" was broken in chapter 3, review t)."""
    return Markup(GLOW_WORDS.get(history.config["activations"][0], "circles that glow."))


def answer_words(labels: Sequence[str]) -> str:
    """The answers named: " from 0 to 9" when they are the digits in order (the ten names took
    4 s to say beside the ten written ones), else each by name."""
    counted = len(labels) > 3 and [str(k) for k in labels] == [str(i) for i in range(len(labels))]
    return f" from {labels[0]} to {labels[-1]}" if counted else f": {and_list(labels)}"


def favourites(history: History, neurons: Sequence[int]) -> list[int]:
    """For each hidden neuron, the practice example that lights it the most at the end of
    training: what the pattern it learned looks like in the data."""
    x, _ = history.split("train")
    hidden = history.network(history.snapshots[-1].step).forward(x).a[1]
    return [int(np.argmax(hidden[:, n])) for n in neurons]


INK = 0.5               # a square of the picture counts as inked from half-full on
INK_ON_BLUE = 0.6       # the share of the picture's ink on blue squares for "lands mostly on blue"
NO_EFFECT = 0.15        # a dial within this share of the pattern's strong ones (its 95th percentile
                        # size) is drawn grey, "little effect": near-black navy and maroon read as
                        # black at 480p, and "14 of 17 on blue" could not be checked by eye (review 9)
BLUE, RED, GREY = 1, -1, 0
DIMMED = 0.25           # the other colours' squares (and key rows) while one colour is named


def dial_kinds(dials: np.ndarray) -> np.ndarray:
    """Each dial of a pattern as BLUE (clearly above zero), RED (clearly below) or GREY (little
    effect): the three colours the pattern is drawn in."""
    faint = NO_EFFECT * float(np.percentile(np.abs(dials), 95))
    return np.where(dials > faint, BLUE, np.where(dials < -faint, RED, GREY))


GLOW_SWATCH = 0.28       # radius of the big circle lit as the pushed neuron, beside its glow's numbers
DIAL_SWELL = 9.0         # the one wire pointed at swells this wide at "Each wire has a dial: how strongly"


def pointed_wire(dials: Sequence[float], inputs: Sequence[int]) -> int:
    """The one wire "Each wire has a dial" is said over: of the drawn inputs' wires, the one
    with the biggest dial above zero (the plainest "passes its square on"), else the biggest."""
    values = np.asarray([dials[i] for i in inputs], dtype=float)
    k = int(np.argmax(values)) if values.max() > 0 else int(np.argmax(np.abs(values)))
    return int(inputs[k])


def ink_share(dials: np.ndarray, picture: np.ndarray) -> float:
    """The share of the picture's inked squares that fall on blue dials."""
    inked = picture >= INK
    return float((dial_kinds(dials)[inked] == BLUE).mean()) if inked.any() else 0.0


def shown_pattern(history: History) -> dict:
    """The one learned pattern the intro draws big: of the four hidden neurons with the strongest
    dials at the end of training, the one whose favourite practice picture's ink lands most on
    its blue squares (the clearest case of "looks for"); its dials, that picture, and how
    brightly the picture lights the neuron."""
    learned = learned_patterns(history)
    x, _ = history.split("train")
    best = favourites(history, learned["neurons"])
    shares = [ink_share(d, x[i]) for d, i in zip(learned["dials"], best)]
    k = int(np.argmax(shares))
    neuron, favourite = learned["neurons"][k], best[k]
    glow = history.network(learned["step"]).forward(x[favourite:favourite + 1]).a[1][0][neuron]
    return {"step": learned["step"], "neuron": neuron, "dials": learned["dials"][k], "favourite": favourite,
            "share": shares[k], "glow": float(glow)}


def ink_on_blue(history: History) -> float:
    """The drawn pattern's favourite picture laid on the pattern: the share of its inked
    squares that fall on blue (above-zero) dials."""
    return shown_pattern(history)["share"]


def peek_pushes(history: History) -> dict | None:
    """"A blue dial pushes the circle up, a red one down", shown on the peek's ONE neuron (the
    map's, shown_pattern) at the end of training, with our picture in the inputs: of the drawn
    squares our picture inks at all, the one whose blue wire pushes it up most and the one whose
    red wire pushes it down most (dial times ink). Its glows are nncore's pass at that snapshot
    of a blank picture, then of one holding only the blue wire's square of our ink, then that
    and the red one's: what those two wires alone do. None when the picture's rows are not
    drawn, or our ink meets no blue or no red dial there."""
    inputs = drawn_inputs(history)
    if inputs is None:
        return None
    _, x, _ = example(history)
    pattern = shown_pattern(history)
    network = history.network(pattern["step"])
    neuron, dials = pattern["neuron"], np.asarray(pattern["dials"])
    # any ink: at half-full and up, our 0 met no red dial of the drawn rows
    kinds, push, inked = dial_kinds(dials), dials * x, [i for i in inputs if x[i] > 0]
    ups, downs = [i for i in inked if kinds[i] == BLUE], [i for i in inked if kinds[i] == RED]
    if not ups or not downs:
        return None
    up, down = max(ups, key=lambda i: push[i]), min(downs, key=lambda i: push[i])
    seen, glows = np.zeros_like(x), []
    for square in (None, up, down):
        if square is not None:
            seen[square] = x[square]
        glows.append(float(network.forward(seen[None, :]).a[1][0][neuron]))
    return {"step": pattern["step"], "neuron": neuron, "blue": up, "red": down, "dials": dials, "glows": glows}


def start_pushes(history: History) -> dict | None:
    """"Blue, above zero, pushes the next circle up, red, below zero, down", shown on ONE hidden
    neuron at the random start (review s36: said over the whole mesh with a tiny key; review
    s37: "like the map's squares" with no map on screen): of the drawn squares our picture
    inks, the one whose blue wire pushes it up most and the one whose red wire pushes it down
    most, on the neuron where the smaller of those two pushes (dial times ink) is biggest. Its
    glows are nncore's step-0 pass of a blank picture, then of one holding only the blue wire's
    square of our ink, then that and the red one's: what those two wires alone do. None when
    the picture's rows are not drawn, or no neuron has both."""
    inputs = drawn_inputs(history)
    if inputs is None:
        return None
    _, x, _ = example(history)
    network = history.network(history.snapshots[0].step)
    dials = np.asarray(network.weights[0])
    inked = [i for i in inputs if x[i] >= INK]
    best = None
    for neuron in shown_indices(history.config["sizes"][1]):
        kinds, push = dial_kinds(dials[neuron]), dials[neuron] * x
        ups, downs = [i for i in inked if kinds[i] == BLUE], [i for i in inked if kinds[i] == RED]
        if ups and downs:
            up, down = max(ups, key=lambda i: push[i]), min(downs, key=lambda i: push[i])
            if best is None or min(push[up], -push[down]) > best[0]:
                best = (min(push[up], -push[down]), neuron, up, down)
    if best is None:
        return None
    _, neuron, up, down = best
    seen, glows = np.zeros_like(x), []
    for square in (None, up, down):
        if square is not None:
            seen[square] = x[square]
        glows.append(float(network.forward(seen[None, :]).a[1][0][neuron]))
    return {"step": history.snapshots[0].step, "neuron": neuron, "blue": up, "red": down,
            "dials": dials[neuron], "glows": glows}


def push_words(history: History) -> str:
    """The words of the peek's two pushes (peek_pushes), said as each wire pushes; none without them."""
    if peek_pushes(history) is None:
        return ""
    # (the blue wire is already the one swollen: its push comes as "pushes the circle up" is said)
    return ("This one is blue, above zero: <bookmark mark='up'/>our {label}'s ink here pushes the circle up, "
            "brighter. <bookmark mark='down'/>This one is red, below zero: it pushes the circle down, "
            "dimmer. ").format(label=example(history)[2])


ROW_WORDS = (screen.mark("top row of the picture"), screen.mark("bottom row of the picture"))   # the forward chapter's words


def inked_rows(history: History) -> list[int] | None:
    """A picture's two rows the input column draws (0 = the top row): its top row and its bottom
    row, in picture order, the dots between them standing for the rows between (review one-intro:
    rows 3 and 7 stood at the column's ends while the dots stood for rows above and below them;
    the forward chapter draws and names the top and bottom rows: both chapters agree).
    None when the column draws every input, or the inputs are not a square picture."""
    n = history.config["sizes"][0]
    side = math.isqrt(n)
    if task_kind(history) != "image" or len(shown_indices(n)) != 2 * side or side < 3:
        return None
    return [0, side - 1]


def drawn_inputs(history: History) -> list[int] | None:
    """The inputs the column draws, in order: the squares of inked_rows, or None (the kit's)."""
    rows = inked_rows(history)
    if rows is None:
        return None
    side = math.isqrt(history.config["sizes"][0])
    return [r * side + c for r in rows for c in range(side)]


def layer_notes(history: History) -> list[tuple[str, dict]]:
    """Under each layer's name, how many it has and what they stand for: (template, facts)."""
    sizes, kind = history.config["sizes"], task_kind(history)
    first = {"image": "{n}: one per square", "points": "{n}: across and up",
             "table": "{n}: one per number"}[kind]
    last = "{n}: one per answer" if sizes[-1] == len(history.labels) else "{n}: bright or dark"
    return ([(first, {"n": sizes[0]})] + [("{n} neurons", {"n": n}) for n in sizes[1:-1]]
            + [(last, {"n": sizes[-1]})])


# --- pictures of the task ---

class PixelGrid(VGroup):
    """Grey squares, one per value (0 dark .. 1 bright), in rows of `columns`.

        >>> PixelGrid([0.0, 0.5, 1.0, 0.25], columns=2, side=1.0)
        PixelGrid(4 squares, 2 a row)
    """

    def __init__(self, values: Sequence[float] | np.ndarray, columns: int, side: float,
                 **kwargs) -> None:
        super().__init__(**kwargs)
        self.values = np.clip(np.asarray(values, dtype=float).reshape(-1), 0.0, 1.0)
        self.columns = columns
        self.add(*cell_squares(self.inks(), columns, side / columns, stroke_width=1.0))
        self.center()

    def inks(self) -> list[ManimColor]:
        """Each square's grey: as bright as its value (what the squares are filled with)."""
        return [shade(v, theme.current().text) for v in self.values]

    def __repr__(self) -> str:
        return f"PixelGrid({len(self.values)} squares, {self.columns} a row)"


def plot_window(points: np.ndarray) -> tuple[np.ndarray, float]:
    """What a PointPlot's square shows of the data: its middle (the points' middle) and its
    reach, half the data width its side spans (their widest spread fills 0.9 of the side)."""
    middle = (points.min(axis=0) + points.max(axis=0)) / 2
    return middle, max(float(np.ptp(points, axis=0).max()), 1e-9) / 0.9 / 2


class PointPlot(VGroup):
    """Real 2-D points as dots in a square frame, one colour per class, and a legend below.

        >>> PointPlot(np.array([[0.0, 0.0], [1.0, 1.0]]), np.array([0, 1]), ["a", "b"], side=3)
        PointPlot(2 points, 2 classes)
    """

    def __init__(self, points: np.ndarray, classes: np.ndarray, labels: Sequence[str],
                 side: float, dot_radius: float = 0.045, **kwargs) -> None:
        super().__init__(**kwargs)
        t = theme.current()
        self.side = side
        self._middle, self._reach = plot_window(points)
        self.frame = Square(side, stroke_color=t.muted, stroke_width=1.5)
        colors = class_colors(len(labels))
        # one VMobject per class: hundreds of dots as a few mobjects
        self.dots = VGroup(*(dot_cloud([self.locate(p) for p in points[classes == c]], dot_radius,
                                       colors[c], opacity=0.9) for c in range(len(labels))))
        self.legend = _legend(labels, colors, t).next_to(self.frame, DOWN, buff=0.2)
        self.n_points = len(points)
        self.add(self.frame, self.dots, self.legend)

    def locate(self, point: Sequence[float]) -> np.ndarray:
        """Where a data point sits in the plot (a 5% margin inside the frame)."""
        xy = (np.asarray(point, dtype=float) - self._middle) / (2 * self._reach) * self.side
        return self.frame.get_center() + np.array([xy[0], xy[1], 0.0])

    def __repr__(self) -> str:
        return f"PointPlot({self.n_points} points, {len(self.dots)} classes)"


def _legend(labels: Sequence[str], colors: list[str], t: Theme) -> VGroup:
    items = [VGroup(Circle(0.07, fill_color=c, fill_opacity=1.0, stroke_width=0),
                    Text(str(name), font=t.font, font_size=t.small_size, color=t.text))
             .arrange(RIGHT, buff=0.1) for name, c in zip(labels, colors)]
    return VGroup(*items).arrange(RIGHT, buff=0.35)


def layer_parts(diagram: NetworkDiagram) -> list[VGroup]:
    """Per layer, everything drawn for it: circles, ellipsis, count, its input or output names."""
    elided = [k for k in range(len(diagram.sizes))
              if len(diagram.shown_indices(k)) < diagram.sizes[k]]
    parts = [VGroup(diagram.neuron_groups[k]) for k in range(len(diagram.sizes))]
    for k, dots, count in zip(elided, diagram.ellipses, diagram.count_labels):
        parts[k].add(dots, count)
    parts[0].add(diagram.input_labels)
    parts[-1].add(diagram.output_labels)
    return parts


def wires(diagram: NetworkDiagram, pair: int, color: str, width: float = 1.0) -> VMobject:
    """Every drawn neuron of layer `pair` wired to every drawn one of the next, plain grey: the
    connections, before their dials get a colour (the next chapter's). One VMobject, one
    straight subpath per wire, so drawing it sweeps through them in order."""
    left, right = diagram.neurons(pair), diagram.neurons(pair + 1)
    radius = left[0].width / 2
    a = np.array([c.get_center() for c in left])[None, :, :].repeat(len(right), 0).reshape(-1, 3)
    b = np.array([c.get_center() for c in right])[:, None, :].repeat(len(left), 1).reshape(-1, 3)
    trim = (b - a) / np.linalg.norm(b - a, axis=1, keepdims=True) * radius
    a, b = a + trim, b - trim
    points = np.stack([a, a + (b - a) / 3, a + 2 * (b - a) / 3, b], axis=1).reshape(-1, 3)
    return VMobject(stroke_color=color, stroke_width=width, stroke_opacity=0.5).set_points(points)


# --- the chapter ---

class Intro(Chapter):
    """The task and the network.

        manim -ql scenes/chapters/intro.py Intro      # with NN_EXPLAINER_HISTORY=out/history.json
    """

    # a longer breath: five long sections left 9.8% quiet at 480p (issue 11: 10% or more)
    pause_after_section = 1.5
    name, title = "intro", "A network that learns"   # "Intro" told a newcomer nothing (review 11c)

    def facts(self) -> dict[str, object]:
        super().facts()   # the base class's check that there is a history
        return intro_facts(self.history)

    def construct(self) -> None:
        index, inputs, label = example(self.history)
        kind = task_kind(self.history)
        picture, caption, fed = self.task_picture(kind, inputs, label)
        self.fed_view = [picture[0], caption]   # the picture fed to the network and its caption
        # the example's paper is on screen with the title from the first frame (every reviewer
        # called the title alone over the first words blank): a digit's empty squares (the ink
        # comes as the story starts), the points' empty frame, or a table's row whole
        if kind == "image":
            self.add(picture[0].set_fill(self.theme.background, 1.0))
            # "learns to read handwritten digits": more of them beside the example's paper, real
            # ones from the practice set, until its numbers take that room (session 16: the
            # right half stood empty for the first 13 s)
            self.crowd = self.practice_crowd()
            self.add(self.crowd)
        elif kind == "points":
            picture.shift(POINT_START)   # in the middle until the groups are named beside it
            # the points in their frame from the first frame: "learns to sort points in two
            # rings" is said over them (at 160x90 a bare frame's thin line did not show)
            self.add(picture[0].frame, picture[0].dots.set_fill(opacity=FAINT))
        else:
            self.add(picture)
        title = self.title_mob = self.show_title()
        self.present_task(kind, picture, caption, inputs)
        self.wait(0.5 if kind == "image" else 1.5)   # the example settles before the network is built beside it
        # (a digit's answers are weighed 1 s into this pause)
        diagram = network_picture(self.history, drawn=[drawn_inputs(self.history)], **DIAGRAM_BOX).move_to(DIAGRAM_SPOT)
        # plain grey wires until the random start's dials come at the end (random_start)
        diagram.remove(diagram.edge_groups)
        # the answers' names label-sized (review 11a: about 10 px), each grown from its left edge
        for name in diagram.output_labels:
            name.scale(self.theme.label_size / name.font_size, about_edge=LEFT)
        spread_outputs(diagram, OUTPUT_PITCH)
        parts, names = layer_parts(diagram), layer_names(diagram, self.theme)
        notes = self.layer_notes(names)
        self.build_inputs(diagram, parts[0], names[0], notes[0], VGroup(picture, caption), fed, inputs)
        self.build_rest(diagram, parts[1:], names[1:], notes[1:])
        # "it knows nothing": the random start comes as it is said (random_start; review m, s14:
        # with no verdict on its brightest output, the forward chapter's payoff). The whole preview
        # goes before the words start: the trained glows go dark, and "after training", its numbers
        # and its bars leave together (review q 01, s15: hollow outline bars kept as "where it is
        # going" read as a broken chart beside "it knows nothing"); the inputs keep the example's
        # glow (the example is still there: review o, glow had meant its ink)
        ring, after_words, after_values = self.peek
        dark = [inputs if k == 0 else np.zeros(n) for k, n in enumerate(diagram.sizes)]
        self.play(FadeOut(ring), FadeOut(after_values), FadeOut(after_words), FadeOut(self.bars),
                  *(FadeOut(m) for m in self.peek_marks),
                  diagram.light_up(dark), run_time=SWITCH)
        # what is on screen as "Right now, before any training" starts, read off the scene
        self.show(promise_texts=[getattr(part, "original_text", part.text) for mob in self.mobjects
                                 for part in mob.get_family() if isinstance(part, Text) and part.text.strip()],
                  promise_bars=self.bars_on_screen())
        with self.say("promise") as tracker:
            self.random_start(diagram, notes, tracker)
            # "we'll watch it learn": the outputs swell in turn (it is they that learn to light
            # up right)
            outs = diagram.neurons(-1)
            self.wait_until_bookmark("learn")
            self.play(LaggedStart(*(c.animate(rate_func=there_and_back).scale(1.4) for c in outs), lag_ratio=0.1),
                      run_time=max(1.0, min(2.0, tracker.time_until_bookmark("real") - 0.2)))
            self.wait_until_bookmark("real")
            # the promise takes the title's place: the last thing this chapter says
            promise = self.text("every number you will see is real", size="title",
                                color=self.theme.text).move_to(title)
            self.play(FadeOut(title, shift=0.3 * UP), run_time=0.4)
            self.play(FadeIn(promise, shift=0.3 * UP), run_time=0.6)
            # "from an actual training run": the example and each layer swell in turn, left to
            # right (review 11a: the last 12 s stood still)
            # (each layer with its random start's below-zero marks: swelled alone, a layer was
            # drawn again over its marks, and the tiny net's two hollow circles turned plain
            # filled at 129 s, the same input and output: review s32)
            sweep = [VGroup(*self.fed_view), *(VGroup(group, *(m for m in self.start_marks if m.layer == k))
                                               for k, group in enumerate(diagram.neuron_groups))]
            # (swelling only: a colour flash would turn the points' group colours white)
            self.play(LaggedStart(*(m.animate(rate_func=there_and_back).scale(1.08) for m in sweep), lag_ratio=0.4),
                      run_time=max(1.2, min(2.5, tracker.get_remaining_duration())))
        self.wait(0.5)   # the promise stands a moment before the next chapter
        self.show(example=index, label=label, sizes=list(diagram.sizes), inputs=inputs)

    def random_start(self, diagram: NetworkDiagram, notes: list[Text], tracker) -> None:
        """The network as it really is before training (review s32: drawn all dark, "it knows
        nothing" looked like "it does nothing"): "right now" over the outputs as the words start;
        at "set at random" the plain wires take their starting dials from the first snapshot
        (colour the sign, width the size: the video's one language); at the muddle the example
        lights every layer as those dials make it, each output's glow written and drawn as a bar
        as the peek's were, the brightest ringed as the guess is said; at "nothing" those glows
        swell. "Each wire is a dial" brings the key to the wires' colours, under the layers'
        counts (review s32: the red and blue wires came and were never explained)."""
        start = forward_values(self.history)
        outs = VGroup(*diagram.neurons(-1), *diagram.output_labels)
        bars, values = self.output_bars(diagram, start["guess"])
        if len(diagram.neurons(-1)) == 1:
            bars = VGroup()   # (a lone glow is read out, as the peek's was)
        now = self.state_words(screen.mark("right now: random start"))
        now.next_to(VGroup(outs, bars, values), UP, buff=0.2)
        now.shift(max(0.0, now.get_right()[0] - FRAME_RIGHT) * LEFT)
        self.play(FadeIn(now), run_time=0.6)
        self.wait_before(tracker, "random", lead=0.3)
        key = self.wire_key(diagram, notes, tracker)
        pushes = start_pushes(self.history) if "all" in getattr(tracker, "bookmark_times", {}) else None
        if pushes is None:
            self.all_wires(diagram, start)
            self.one_dial(diagram, start, tracker)
            for mark, row in zip(("blue", "red"), key):
                self.wait_before(tracker, mark, lead=0.3)
                self.play(FadeIn(row, shift=0.15 * UP), run_time=0.5)
        else:
            self.push_wires(diagram, pushes, key, tracker)
        self.wait_before(tracker, "muddle", lead=0.6)   # (the glow flows 2 s before the outputs light)
        marks = self.start_marks = self.minus_marks(diagram, start["activations"])
        self.flow(diagram, start["activations"], [FadeIn(marks)], [FadeIn(values), *(GrowFromEdge(b, LEFT) for b in bars)])
        self.show(random_glows={"at": float(self.renderer.time), "step": start["step"],
                                "outputs": [float(v) for v in start["guess"]], "written": [v.text for v in values],
                                "bars": self.bar_glows(bars),
                                "fills": [c.get_fill_color().to_hex() for c in diagram.neurons(-1)]})
        if "guess" in getattr(tracker, "bookmark_times", {}):
            self.ring_guess(diagram, start["guess"])
        self.wait_before(tracker, "nothing", lead=0.2)
        # (each number swells in its place: a white flash would recolour the glows' bars)
        self.play(*(v.animate(rate_func=there_and_back).scale(1.25) for v in values), run_time=1.0)

    def one_dial(self, diagram: NetworkDiagram, start: dict, tracker) -> None:
        """"Each wire is a dial": the strongest drawn wire of the random start (its first
        snapshot's dials) of each colour swells as it is said (review one-intro: the words stood
        over a still network for 4 s)."""
        if "dial" not in getattr(tracker, "bookmark_times", {}):
            return
        w = np.asarray(self.history.network(start["step"]).weights[0])
        drawn = [(o, i) for o in diagram.shown_indices(1) for i in diagram.shown_indices(0)]
        picks = [max(drawn, key=lambda oi: w[oi]), min(drawn, key=lambda oi: w[oi])]
        lines = [diagram.edge_line(0, o, i) for o, i in picks]
        lines = VGroup(*(line for line in lines if line is not None))
        self.wait_before(tracker, "dial", lead=0.1)
        self.play(*(line.animate(rate_func=there_and_back).set_stroke(width=line.get_stroke_width() * 3 + 3) for line in lines),
                  run_time=1.4)
        self.remove(lines)
        self.show(one_dial={"at": float(self.renderer.time), "dials": [float(w[oi]) for oi in picks]})

    def wire_key(self, diagram: NetworkDiagram, notes: list[Text], tracker) -> VGroup:
        """The kit's key to the wires' colours (the later chapters' words), under the layers'
        counts, not drawn yet: each colour's row comes as it is named. No flash along the wires at
        "Each wire is a dial" (review s33: a yellow pulse that nothing said read as something moving)."""
        key = sign_legend()
        key.next_to(VGroup(*notes), DOWN, buff=WIRE_KEY_AIR).set_x(diagram.neuron_groups[1].get_x())
        said_at = self.renderer.time + max(0.0, tracker.time_until_bookmark("blue"))
        # (its "at": the red row's, as "red, below zero, down" is said: the key whole)
        self.show(wire_key={"at": float(self.renderer.time + max(0.0, tracker.time_until_bookmark("red") + 0.2)),
                            "said_at": float(said_at),
                            "words": [row[1].original_text for row in key],
                            "colours": [row[0].get_stroke_color().to_hex() for row in key],
                            "box": [float(key.get_left()[0]), float(key.get_right()[0]),
                                    float(key.get_bottom()[1]), float(key.get_top()[1])]})
        return key

    def all_wires(self, diagram: NetworkDiagram, start: dict) -> None:
        """Every drawn wire takes its random start's dial (colour the sign, width the size): the
        dials go in behind the circles, the plain wires out."""
        edges = diagram.edge_groups
        self.add(edges)
        self.bring_to_back(edges)
        self.play(FadeIn(edges), FadeOut(self.wires), FadeOut(self.last_wires), run_time=1.2)
        drawn = [[p, o, i, *diagram.edge_style(p, o, i)] for p in range(len(diagram.sizes) - 1)
                 for o in diagram.shown_indices(p + 1) for i in diagram.shown_indices(p)]
        self.show(random_edges={"at": float(self.renderer.time), "step": start["step"], "drawn": drawn})

    def push_wires(self, diagram: NetworkDiagram, pushes: dict, key: VGroup, tracker) -> None:
        """"Each wire is a dial, like the map's squares: blue ... pushes the next circle up, red
        ... down", on ONE neuron (start_pushes; review s37: the map those words name had gone
        20 s before, and nothing pushed): as "set at random" is said, its 64 dials at the random
        start come as a small map beside it, tied to it, as the "looks for" map was, and it
        glows as a blank picture makes it; at "a dial", its blue wire from a square of our 0's
        ink, that square and its square of the map marked; at "blue", our ink runs along it and
        the neuron's glow rises, written before and after; at "red", the same for its red wire,
        and the glow drops. Just before "Every wire pushes like this" the map, the two wires and
        the glow go, the neuron back unlit, and the other wires come as it is said (review s36:
        all of them over the map and its glow was busy)."""
        t = self.theme
        neuron = diagram.neuron_at(1, pushes["neuron"])
        dials, glows = pushes["dials"], pushes["glows"]
        side = math.isqrt(len(dials))
        colours = {BLUE: ManimColor(t.positive), RED: ManimColor(t.negative), GREY: self.grey()}
        dial_map = ShadedGrid(dial_kinds(dials).reshape(side, side), START_MAP / side, lambda k: colours[int(k)],
                              separate=True)
        # its top level with the neuron, between the hidden column and the outputs; its words over
        # it on two lines (on one they ran into the hidden column and the outputs' names)
        dial_map.move_to([neuron.get_x() + START_MAP_AIR + START_MAP / 2, neuron.get_y() - START_MAP / 2, 0])
        head = VGroup(self.text("its {n} dials,", size="label", facts={"n": len(dials)}),
                      self.text("at random", size="label")).arrange(DOWN, buff=0.06)
        head.next_to(dial_map, UP, buff=0.12)
        ring = Circle(neuron.width / 2 + 0.08, stroke_color=t.text, stroke_width=4).move_to(neuron)
        tie = Line(ring.get_right(), dial_map.get_left(), stroke_color=t.text, stroke_width=TIE_WIDTH)
        unlit = (neuron.get_fill_color(), neuron.get_fill_opacity())
        glow = lambda g: neuron.animate.set_fill(lit_colours(t, [g])[0], 1.0)
        dim = [w.animate.set_stroke(opacity=0.12) for w in (self.wires, self.last_wires)]
        self.play(FadeIn(dial_map), FadeIn(head), Create(ring), Create(tie), glow(glows[0]), *dim, run_time=1.0)
        map_at, said = float(self.renderer.time), []
        lines, marks, written, texts = VGroup(), VGroup(), None, []
        for n, (kind, mark) in enumerate(((BLUE, "dial"), (RED, "red"))):
            square = pushes["blue" if kind == BLUE else "red"]
            line = Line(diagram.neuron_at(0, square).get_center(), neuron.get_center(), stroke_color=colours[kind],
                        stroke_width=DIAL_SWELL * 0.7).set_z_index(-1)
            marked = self.dial_marks(diagram, dial_map, square)
            # (the red wire a little before "red": its words are short, "Every wire" follows, and
            # its push should stand a while before the map goes: review s37 caught it fading)
            self.wait_before(tracker, mark, lead=0.2 if kind == BLUE else 0.8)
            rows = [FadeIn(key[1], shift=0.15 * UP)] if kind == RED else []
            self.play(Create(line), Create(marked), *(m.animate.set_stroke(opacity=0.4) for m in marks),
                      *(w.animate.set_stroke(width=3) for w in lines), *rows, run_time=0.5)
            lines.add(line)
            marks.add(marked)
            if kind == BLUE:
                self.wait_before(tracker, "blue", lead=0.2)
                self.play(FadeIn(key[0], shift=0.15 * UP), run_time=0.4)
            said.append(float(self.renderer.time))
            # under the map, the neuron's glow before and after this wire's push
            now = self.glow_change(glows[n], glows[n + 1], blank=n == 0)
            now.next_to(dial_map, DOWN, buff=0.15)
            texts.append(" ".join(getattr(part, "original_text", part.text) for part in now))
            flash = line.copy().set_stroke(t.highlight, width=line.get_stroke_width())
            self.play(ShowPassingFlash(flash, time_width=0.5), run_time=0.5)
            self.play(glow(glows[n + 1]), neuron.animate(rate_func=there_and_back).scale(1.3),
                      *([FadeOut(written)] if written else []), FadeIn(now), run_time=0.5)
            written = now
        self.show(start_pushes={"neuron": pushes["neuron"], "step": pushes["step"], "map_at": map_at,
                                "squares": [pushes["blue"], pushes["red"]], "said_at": said,
                                "dials": [float(dials[pushes["blue"]]), float(dials[pushes["red"]])],
                                "colours": [line.get_stroke_color().to_hex() for line in lines],
                                "glows": glows, "kinds": dial_kinds(dials).tolist(),
                                "written": texts,
                                "map_texts": self.words_on_screen()})
        # the one neuron's map, its two wires and its glow go before the other wires come
        self.wait_before(tracker, "all", lead=0.1)
        self.play(*(FadeOut(m) for m in (dial_map, head, ring, tie, lines, marks, written)),
                  neuron.animate.set_fill(*unlit), run_time=0.4)
        self.show(start_map_gone=float(self.renderer.time))
        self.all_wires(diagram, forward_values(self.history))

    def flow(self, diagram: NetworkDiagram, activations: Sequence[np.ndarray], hidden: list, outputs: list) -> None:
        """The glow runs along the wires, layer after layer: a flash along each layer's wires,
        then the next layer lights (with `hidden`'s animations on the hidden layers, `outputs`' on
        the last): review one-intro, the outputs just appeared with no glow travelling to them."""
        last = len(diagram.sizes) - 1
        for p in range(last):
            lit = [a if k <= p + 1 else np.zeros_like(a) for k, a in enumerate(activations)]
            self.play(diagram.pulse_layer(p, time_width=0.5), run_time=0.6)
            self.play(diagram.light_up(lit), *(outputs if p + 1 == last else hidden), run_time=0.5)
        self.flows = [*getattr(self, "flows", []), float(self.renderer.time)]
        self.show(flows=self.flows)

    def guess_ring(self, diagram: NetworkDiagram, outputs: np.ndarray) -> tuple[int, Circle, Circle]:
        """The brightest output (the guess), its circle, and a ring round it: the peek's and the
        random start's alike."""
        top = int(np.argmax(outputs))
        circle = diagram.neuron_at(len(diagram.sizes) - 1, top) or diagram.neurons(-1)[0]
        return top, circle, Circle(circle.width / 2 + 0.1, stroke_color=self.theme.text, stroke_width=4).move_to(circle)

    def ring_guess(self, diagram: NetworkDiagram, outputs: np.ndarray) -> None:
        """The random start's brightest output ringed as "It would guess" is said, as the peek's
        was; a wrong guess crossed, and the right answer ticked as it is said (review one-intro,
        144 s: "wrong", but the right answer was never marked)."""
        t = self.theme
        top, circle, ring = self.guess_ring(diagram, outputs)
        self.wait_before(self.current_tracker, "guess", lead=0.2)
        self.play(Create(ring), run_time=0.6)
        self.show(random_guess={"at": float(self.renderer.time), "index": top,
                                "centre": [float(v) for v in ring.get_center()[:2]]})
        truth = int(np.argmax(forward_values(self.history)["truth"]))
        right = diagram.neuron_at(len(diagram.sizes) - 1, truth)
        if truth == top or right is None or "right" not in getattr(self.current_tracker, "bookmark_times", {}):
            return
        r = circle.width / 2 + 0.16
        cross = VGroup(Line(circle.get_center() + r * (UL), circle.get_center() - r * (UL)),
                       Line(circle.get_center() + r * (UP + RIGHT), circle.get_center() - r * (UP + RIGHT)))
        cross.set_stroke(t.negative, width=7)
        self.play(Create(cross), run_time=0.4)
        # the tick left of the right answer's circle, over its wires' ends
        c, r = right.get_center(), right.width / 2
        tick = VMobject(stroke_color=t.right, stroke_width=6).set_points_as_corners(
            [c + LEFT * (r + 0.42) + 0.02 * UP, c + LEFT * (r + 0.3) + 0.12 * DOWN, c + LEFT * (r + 0.1) + 0.18 * UP])
        ringed = Circle(r + 0.1, stroke_color=t.right, stroke_width=4).move_to(right)
        self.wait_before(self.current_tracker, "right", lead=0.2)
        self.play(Create(tick), Create(ringed), run_time=0.6)
        self.start_ticks = VGroup(cross, tick, ringed)
        self.show(right_tick={"at": float(self.renderer.time), "index": truth, "guess": top,
                              "centre": [float(v) for v in ringed.get_center()[:2]]})

    def bars_on_screen(self) -> int:
        """How many of the trained output bars the scene still holds (for the manifest)."""
        held = {id(m) for mob in self.mobjects for m in mob.get_family()}
        return sum(id(bar) in held for bar in self.bars)

    def state_words(self, state: str) -> Text:
        """"after training" (or before) over the outputs; what their numbers are, a glow from 0
        to 1, is the glow key's (under the example since the inputs lit)."""
        return self.text(state, size="label")   # review s20 v1: "preview: after training" about 12 px

    def glow_key(self) -> VGroup:
        """Three sample neurons, dark, half and fully lit, and what the glow's numbers mean: a
        glow from 0 to 1, not a share of 100% (0.96 / 0.01 read as percentages, review 5 round 2);
        shown as the inputs first glow, so gold never stands unexplained (review 9). A glow that
        runs below zero (tanh) gets its -1 sample later, as the hidden layer is said to glow from
        -1 to 1 (`minus_key`): review s18 u1 found it standing unexplained 3-9 s before."""
        glows = [0.0, 0.5, 1.0] if glow_ramp(self.history, 2)[0] >= 0 else [0.0, 1.0]
        samples = VGroup(*(self.key_sample(g) for g in glows)).arrange(RIGHT, buff=0.08)
        self.show(glow_key=glows)
        # label-sized, under its samples: beside them at that size it ran into the input column
        # (review s20 g1, v1: the key's words about 10 px)
        return VGroup(samples, self.key_words(screen.mark("glow: 0 dark, 1 full"), screen.mark("1 full"))).arrange(DOWN, buff=0.12, aligned_edge=LEFT)

    def key_words(self, words: str, end: str) -> Mobject:
        """The glow key's words, label-sized, on one line, or on two (what comes before `end`, then
        `end`) when one would run past `key_limit`, into the title or the network beside it. The
        first line is cut from the words as drawn (a translation's own), not written twice."""
        line = self.text(words, size="label").scale(KEY_GROW)
        whole, tail = screen.words(words), screen.words(end)
        if line.width <= self.key_limit - self.key_left or not whole.endswith(tail) or whole == tail:
            return line
        return VGroup(self.text(whole[:len(whole) - len(tail)].rstrip(), size="label").scale(KEY_GROW),
                      self.text(end, size="label").scale(KEY_GROW)).arrange(
            DOWN, buff=0.08, aligned_edge=LEFT)

    def key_sample(self, glow: float) -> VGroup:
        """One sample neuron of the glow key, lit as `glow` lights a circle (a bar if below 0)."""
        t = self.theme
        circle = Circle(t.neuron_radius, fill_color=lit_colours(t, [abs(glow)])[0], fill_opacity=1.0,
                        stroke_color=t.neuron_stroke, stroke_width=t.neuron_stroke_width)
        return VGroup(circle, *([minus_mark(circle, glow)] if glow < 0 else []))

    def minus_key(self) -> list[Animation]:
        """The glow key grows its -1 sample and words, as "glow from minus 1 to 1" is said; the
        longer words go under the samples (beside them they ran off the frame's left edge)."""
        samples, words = self.key_glow
        low = self.key_sample(-1.0).next_to(samples, RIGHT, buff=0.08)
        wider = VGroup(samples.copy().add(low.copy()), self.key_words(screen.mark("glow: 0 dark, 1 or \u22121 full"), screen.mark("1 or \u22121 full")))
        # (it grows upward: the example is under it)
        wider.arrange(DOWN, buff=0.12, aligned_edge=LEFT).move_to(self.key_glow, DOWN + LEFT)
        self.show(glow_key=[0.0, 1.0, -1.0], glow_key_low_at=self.renderer.time)
        self.key_glow.add(low)   # leaves with the key
        # the old words out, then the new in (review base-t s23, 66 s: morphed one into the other,
        # a frame showed two lines drawn over each other)
        new = wider[1]
        self.key_glow.submobjects[self.key_glow.submobjects.index(words)] = new   # the key keeps the new words
        return [samples.animate.move_to(wider[0][:-1]), FadeIn(low.move_to(wider[0][-1]), scale=1.5),
                FadeOut(words, rate_func=lambda a: smooth(min(1.0, 2 * a))),
                FadeIn(new, rate_func=lambda a: smooth(max(0.0, 2 * a - 1)))]

    def output_bars(self, diagram: NetworkDiagram, outputs: np.ndarray) -> tuple[VGroup, VGroup]:
        """Every drawn output's glow as a number and a yellow bar, right of its name (review 11c:
        with only the three brightest written, "the brightest says 2" could be heard, not seen):
        (bars, numbers). Without room for bars (long names), the numbers alone."""
        t = self.theme
        circles, shown = diagram.neurons(-1), diagram.shown_indices(-1)
        names_right = max((m.get_right()[0] for m in diagram.output_labels), default=circles[0].get_right()[0])
        numbers, bars = VGroup(), VGroup()
        for k, circle in zip(shown, circles):
            # label-sized (review 11a, 11c: "0.96", "0.06" about 10 px)
            value = self.text("{value}", color=t.text, facts={"value": f"{outputs[k]:.2f}"})
            # a clear space after the name (review 12a: at one size, "2 0.01" read as "20.01")
            numbers.add(value.move_to([names_right + NAME_GAP, circle.get_y(), 0], aligned_edge=LEFT))
        if numbers and numbers.get_right()[0] > FRAME_RIGHT:   # a long name (one output): under its circle
            for value, circle in zip(numbers, circles):
                value.next_to(circle, DOWN, buff=0.12)
            return VGroup(), numbers
        left = max((v.get_right()[0] for v in numbers), default=names_right) + 0.1
        room = min(BAR_ROOM, FRAME_RIGHT - left)
        if room < 0.4:
            return VGroup(), numbers
        for k, circle in zip(shown, circles):
            glow = float(np.clip(outputs[k], 0.0, 1.0))
            bars.add(Rectangle(width=max(room * glow, 0.012), height=BAR_THICK, stroke_width=0,
                               fill_color=t.neuron_fill, fill_opacity=1.0)
                     .move_to([left, circle.get_y(), 0], aligned_edge=LEFT))
        bars.room, bars.left = room, left
        return bars, numbers

    def bar_glows(self, bars: VGroup | None = None) -> list[float]:
        """The output bars as drawn (or `bars`: the random start's), each as a glow: its width
        over a full bar's (for the manifest)."""
        bars = self.bars if bars is None else bars
        return [round(float(b.width / bars.room), 4) for b in bars] if len(bars) else []

    def present_task(self, kind: str, picture: VGroup, caption: Mobject, inputs: np.ndarray) -> None:
        """Show the example (from task_picture: the picture, its caption)."""
        with self.say(f"task_{kind}") as tracker:
            if kind == "image":
                self.draw_digit(picture[0], inputs)
            elif kind == "points":
                self.draw_points(picture, inputs)
            else:
                self.wait_until_bookmark("scaled")     # the row is on screen from the first frame
                self.play(Indicate(picture[1] if len(picture) > 1 else picture, color=self.theme.text,
                                   scale_factor=1.05), run_time=1.2)
            self.wait_until_bookmark("label")
            # a digit's braces and callouts go; its numbers stay while they are talked of
            helpers = [FadeOut(self.helpers)] if kind == "image" else []
            self.play(*helpers, FadeIn(caption), run_time=0.6)
            if kind == "image":
                # "say which digit it is": the answers it picks from, where the numbers were
                # (review 11e: the numbers went at "A person wrote", a breath after they were
                # explained; they stay until the answers take their place)
                # "look at the squares": the picture's squares swell once (the right half stood
                # empty from "job" to "which", session 16 review)
                self.wait_until_bookmark("job")
                self.play(Indicate(picture[0], color=self.theme.text, scale_factor=1.05), run_time=0.8)
                # no band over the rows, no ring on one answer (review i 01: a box left round the
                # bottom row, a ring round "9" read as the answer): the answers come one by one,
                # left to right, through "say which digit it is" and the quiet after it
                self.wait_until_bookmark("which")
                # bright: a dim grey question was one of the small dim labels reviewers named
                self.choices = VGroup(self.text("which digit?", size="label"),
                                      self.text("{labels}", size="title", facts={"labels": "  ".join(self.history.labels)}))
                self.choices.arrange(DOWN, buff=0.35).move_to([3.6, 0.2, 0])
                self.play(FadeOut(self.numbers), run_time=0.4)
                self.numbers = None
                self.play(FadeIn(self.choices[0]), LaggedStart(*(FadeIn(c, scale=0.5) for c in self.choices[1]),
                                                             lag_ratio=0.5),
                          run_time=max(1.0, tracker.get_remaining_duration() + 0.5))
                self.show(answers_in_turn=len(self.choices[1]))
            if kind == "points":
                self.tell_point(tracker)

    def tell_point(self, tracker) -> None:
        """The point's two numbers as they are said, each with its guide line ("how far
        across", "and how far up"), then the groups it is to be named by ("name its group").
        Shown all at once at "Take this one", they stood 16 s still ahead of their words (tiny
        preset, session 16)."""
        axes, up, across, values = self.guides
        self.play(FadeOut(self.groups), Create(axes), run_time=0.6)
        for mark, line, number, value in (("across", across, self.numbers[0], values[1]), ("up", up, self.numbers[1], values[0])):
            self.wait_before(tracker, mark, lead=0.3)
            self.play(Create(line), FadeIn(number, shift=0.2 * LEFT), FadeIn(value), run_time=0.8)
        self.show(guide_values=[getattr(v, "original_text", v.text) for v in values])
        self.wait_until_bookmark("job")
        colours = class_colors(len(self.history.labels))
        names = VGroup(*(VGroup(Circle(0.11, fill_color=c, fill_opacity=1.0, stroke_width=0),
                                self.text("{label}", facts={"label": name})).arrange(RIGHT, buff=0.15)
                         for name, c in zip(self.history.labels, colours)))
        names.arrange(DOWN, aligned_edge=LEFT, buff=0.2)
        self.choices = VGroup(self.text("which group?"), names).arrange(DOWN, aligned_edge=LEFT, buff=0.25)
        self.choices.next_to(self.numbers, DOWN, buff=0.6, aligned_edge=LEFT)
        self.play(FadeIn(self.choices[0]), LaggedStart(*(FadeIn(n, shift=0.2 * LEFT) for n in names), lag_ratio=0.5),
                  run_time=max(1.0, min(2.5, tracker.get_remaining_duration())))
        self.show(point_told=[n.text for n in self.numbers])

    def draw_points(self, picture: VGroup, inputs: np.ndarray) -> None:
        """The points (there from the first frame) swell, group by group as the colours are named; then the
        example ringed; its two numbers are read off the frame's edges (shown at 'label')."""
        t = self.theme
        plot, ring, dot = picture    # the frame and its points are on screen already
        # the groups named large on the right as their colours are said (review 11e, tiny
        # preset: the right half stood empty for 20 s beside a small plot, and the picture
        # stood still for 12 s); the numbers take their place
        colours = class_colors(len(self.history.labels))
        # "learns to sort points in two rings": each group comes up to full colour in turn (faint
        # from the first frame; the first line stood 6 s over a still plot, session 16)
        self.wait(0.8)
        self.play(LaggedStart(*(g.animate.set_fill(opacity=0.9) for g in plot.dots), lag_ratio=0.6), run_time=2.4)
        self.groups = VGroup(*(VGroup(Circle(0.13, fill_color=c, fill_opacity=1.0, stroke_width=0),
                                      self.text("{label}", size="title", facts={"label": name}))
                               .arrange(RIGHT, buff=0.25) for name, c in zip(self.history.labels, colours)))
        self.groups.arrange(DOWN, aligned_edge=LEFT, buff=0.4).move_to(POINT_WORDS)
        # "Each dot is a real example": the dots swell a little, all at once
        self.wait_until_bookmark("dots")
        self.play(*(Indicate(group, color=c, scale_factor=1.05) for group, c in zip(plot.dots, colours)), run_time=1.0)
        self.wait_until_bookmark("groups")
        # the plot stood alone in the middle until now (a half-empty frame at the opening,
        # session 16): it steps to its place as the groups' names come beside it
        self.play(VGroup(plot.frame, plot.dots).animate.shift(-POINT_START), run_time=0.8)
        for part in (plot.legend, ring, dot):   # not drawn yet
            part.shift(-POINT_START)
        for group, name, big, c in zip(plot.dots, plot.legend, self.groups, colours):
            self.play(FadeIn(name), FadeIn(big, shift=0.2 * LEFT), Indicate(group, color=c, scale_factor=1.08),
                      run_time=1.0)
        # "Take this one": the example ringed as it is said, the ring closing in on it from
        # wide so the eye finds it among the others (review s20 v1: no point was marked as it
        # was said; a small ring drawn in place was missed)
        said_at = self.renderer.time + max(0.0, self.current_tracker.time_until_bookmark("label"))
        self.wait_before(self.current_tracker, "label", lead=0.4)
        wide = ring.copy().scale(5).set_stroke(width=6)
        began = self.renderer.time
        self.play(FadeIn(dot), ReplacementTransform(wide, ring), run_time=0.8)
        self.show(example_ring={"from": float(began), "at": float(self.renderer.time), "said_at": float(said_at)})
        # the guides run to the plot's centre lines, where across and up are 0, marked 0 and 1 on
        # each (review u: from the frame's edges, "across 0.27" read as 61% of the way across)
        spot, axes = dot.get_center(), self.point_axes(plot)
        self.show(point_spot=[float(spot[0]), float(spot[1])])
        zero = plot.locate([0.0, 0.0])
        self.guides = VGroup(axes, DashedLine(spot, [spot[0], zero[1], 0], color=t.text, stroke_width=2),
                             DashedLine(spot, [zero[0], spot[1], 0], color=t.text, stroke_width=2))
        # each guide labelled with its length, the point's real number (review one-intro, tiny
        # 21-30 s: 0.27 and 0.77 were not marked on the plot)
        up_line, across_line = self.guides[1], self.guides[2]
        self.guides.add(VGroup(
            self.text("{value:.2f}", size="label", facts={"value": inputs[1]}).next_to(up_line, RIGHT, buff=0.08),
            self.text("{value:.2f}", size="label", facts={"value": inputs[0]}).next_to(across_line, UP, buff=0.08)))
        for label in self.guides[3]:
            label.add_background_rectangle(color=t.background, opacity=0.8, buff=0.03)
        self.numbers = VGroup(*(self.text(words, size="title", facts={"value": v})
                                for words, v in zip(("across: {value:.2f}", "up: {value:.2f}"), inputs))).arrange(DOWN, aligned_edge=LEFT, buff=0.4)
        self.numbers.move_to(POINT_WORDS)

    def point_axes(self, plot: PointPlot) -> VGroup:
        """The plot's lines where across and up are 0 (clipped to its frame), each with its 0 and
        1 marked where they fall inside the frame."""
        t = self.theme
        frame, zero, one = plot.frame, plot.locate([0.0, 0.0]), plot.locate([1.0, 1.0])
        inside = lambda v, lo, hi: lo < v < hi
        left, right, bottom, top = frame.get_left()[0], frame.get_right()[0], frame.get_bottom()[1], frame.get_top()[1]
        line = dict(stroke_color=t.muted, stroke_width=1.5)
        axes = VGroup()
        if inside(zero[1], bottom, top):
            axes.add(Line([left, zero[1], 0], [right, zero[1], 0], **line))
            for x, words in ((zero[0], "0"), (one[0], "1")):
                if inside(x, left, right):
                    axes.add(Line([x, zero[1] - TICK, 0], [x, zero[1] + TICK, 0], **line),
                             self.text(words, size="label").next_to([x, zero[1] - TICK, 0], DOWN, buff=0.05))
        if inside(zero[0], left, right):
            axes.add(Line([zero[0], bottom, 0], [zero[0], top, 0], **line))
            if inside(one[1], bottom, top):
                axes.add(Line([zero[0] - TICK, one[1], 0], [zero[0] + TICK, one[1], 0], **line),
                         self.text("1", size="label").next_to([zero[0] - TICK, one[1], 0], LEFT, buff=0.05))
        self.show(point_axes={"zero": [float(zero[0]), float(zero[1])], "one": [float(one[0]), float(one[1])]})
        return axes

    def draw_digit(self, grid: PixelGrid, inputs: np.ndarray) -> None:
        """The picture fills in square by square; its size is measured; beside it, the same
        squares as the numbers they hold; the darkest and the brightest are pointed out."""
        t = self.theme
        side = math.isqrt(len(inputs))
        # the numbers' squares bigger than the picture's: at its size a number was ~7 px tall
        numbers = ShadedGrid(inputs.reshape(side, side), NUMBER_CELL, lambda v: shade(v, t.text),
                             numbers=True, separate=True).move_to(NUMBER_SPOT)
        # the blank paper (on screen from the first frame) takes its ink, square by square
        self.play(LaggedStart(*(square.animate.set_fill(ink, 1.0) for square, ink in zip(grid, grid.inks())),
                              lag_ratio=0.06), run_time=4.0)
        # "a real example from its practice set": the others step back, this one swells (6 s
        # stood still here, session 16)
        self.wait_before(self.current_tracker, "size", lead=1.4)
        self.play(self.crowd.animate.set_opacity(CROWD_BACK), Indicate(grid, color=t.text, scale_factor=1.06),
                  run_time=1.0)
        self.wait_until_bookmark("size")
        braces = VGroup(Brace(grid, UP, color=t.muted), Brace(grid, LEFT, color=t.muted))
        counts = VGroup(self.text("{side} squares", size="small", facts={"side": side}).next_to(braces[0], UP, buff=0.1),
                        self.text("{side} squares", size="small", facts={"side": side}).next_to(braces[1], LEFT, buff=0.1))
        self.play(Create(braces), FadeIn(counts), run_time=1.0)
        self.wait_until_bookmark("ink")
        # "each square is one number": beside it, each square again with its number; each
        # grows in its own place (one group for both scaled the number in across the others)
        self.play(FadeOut(self.crowd), FadeIn(numbers.frame), LaggedStart(*(FadeIn(VGroup(c, n), scale=0.5)
                                                       for c, n in zip(numbers.cells, numbers.numbers)),
                                                     lag_ratio=0.05), run_time=2.0)
        self.numbers = numbers
        notes = VGroup()
        for k in (int(np.argmin(inputs)), int(np.argmax(inputs))):
            ring = Square(grid[k].width + 0.12, stroke_color=t.text, stroke_width=4).move_to(grid[k])
            # written as the grid of numbers writes it ("0", "1.0"), in the gap between the
            # picture and the numbers, level with its square: it covers no other square
            # label-sized (review s20 g1: "0" and "1.0" beside the ringed squares were tiny)
            # title-sized (review one-intro, 18 s: "0" and "1.0" still tiny)
            value = self.text("{value}", size="title", color=t.text, facts={"value": short(inputs[k])})
            # the same square among the numbers, ringed inside its cell (a ring as big as the
            # picture's cut into the next number, review s10)
            # a dark rim inside a white one: on a full square's white, white alone did not show (review k)
            twin = VGroup(Square(NUMBER_CELL * 0.86, stroke_color=t.background, stroke_width=4),
                          Square(NUMBER_CELL, stroke_color=t.text, stroke_width=4)).move_to(self.numbers.cells[k])
            notes.add(VGroup(ring, twin, value.next_to([grid.get_right()[0], ring.get_y(), 0], RIGHT, buff=0.2)))
        self.play(LaggedStart(*(FadeIn(n) for n in notes), lag_ratio=0.6), run_time=1.5)
        # the braces and callouts go as the label comes; the numbers at "job" (present_task)
        self.helpers = VGroup(braces, counts, notes)

    def practice_crowd(self) -> VGroup:
        """Other real pictures from the practice set, small, in a block where the example's
        numbers come later (the next ones after the example, in the set's order)."""
        x, _ = self.history.split("train")
        rows, columns, side = CROWD
        picks = [k for k in range(len(x)) if k != EXAMPLE][:rows * columns]
        self.show(crowd=picks)
        crowd = VGroup(*(digit_image(x[k], side) for k in picks))
        return crowd.arrange_in_grid(rows, columns, buff=0.18).move_to(NUMBER_SPOT)

    def task_picture(self, kind: str, inputs: np.ndarray, label: str) -> tuple[VGroup, Mobject, list]:
        """The example as a digit picture, a ringed point among all the points, or squares."""
        t = self.theme
        if kind == "points":
            x, y = self.history.split("train")
            classes = np.array([class_of(row) for row in y])
            plot = PointPlot(x, classes, self.history.labels, side=POINT_PLOT).move_to(0.3 * UP + 3.0 * LEFT)
            spot = plot.locate(inputs)
            ring = Circle(0.16, stroke_color=t.text, stroke_width=4).move_to(spot)
            caption = self.text("this one: {label}", size="label", facts={"label": label}).next_to(plot, DOWN, buff=0.25)
            dot = Circle(0.06, fill_color=class_colors(len(self.history.labels))[class_of(y[EXAMPLE])],
                         fill_opacity=1.0, stroke_width=0).move_to(spot)
            return VGroup(plot, ring, dot), caption, [dot, dot]
        n = len(inputs)
        names = input_names(self.history)
        if kind == "table" and names and n <= MAX_VALUES_SHOWN:
            return self.table_picture(names, inputs, label)
        columns = math.isqrt(n) if kind == "image" else min(n, max(MAX_ROW, math.ceil(math.sqrt(n))))
        grid = PixelGrid(inputs, columns, side=3.6 if kind == "image" else TABLE_CELL * columns)
        picture = VGroup(grid)
        if kind == "table" and len(inputs) <= MAX_VALUES_SHOWN:
            picture.add(VGroup(*(self.text("{value:.2f}", size="small", facts={"value": v}).next_to(sq, DOWN, buff=0.1)
                                 for v, sq in zip(inputs, grid))))
        picture.scale(min(1.0, TASK_FIRST_BOX[0] / picture.width, TASK_FIRST_BOX[1] / picture.height))
        picture.move_to(0.2 * UP + (3.0 * LEFT if kind == "image" else 0))
        words = "a handwritten {label}" if kind == "image" else "answer: {label}"
        caption = self.text(words, size="label", facts={"label": label}).next_to(picture, DOWN, buff=0.3)
        return picture, caption, list(grid)

    def table_picture(self, names: Sequence[str], inputs: np.ndarray, label: str) -> tuple[VGroup, Mobject, list]:
        """A short table row as a table: one line per column, its name, its square (as bright
        as its value) and its value (0..1, as the network gets it)."""
        t = self.theme
        grid = PixelGrid(inputs, columns=1, side=TABLE_CELL * 0.75)
        rows = VGroup()
        for name, v, square in zip(names, inputs, grid):
            rows.add(VGroup(self.text("{name}", size="small", color=t.muted, facts={"name": name})
                            .next_to(square, LEFT, buff=0.25),
                            self.text("{value:.2f}", size="small", facts={"value": v}).next_to(square, RIGHT, buff=0.2)))
        picture = VGroup(grid, rows).move_to(0.3 * UP)
        caption = self.text("answer: {label}", size="label", facts={"label": label}).next_to(picture, DOWN, buff=0.3)
        return picture, caption, list(grid)

    def layer_notes(self, names: VGroup) -> list[Text]:
        """Each layer's count and meaning, one small line under its name."""
        # white, as the names over them (review k: grey read dim, about 9 px); both label-sized
        # (review s20 v1: "64: one per square", "hidden 4 neurons" still about 12 px)
        names.set_color(self.theme.text)
        for name in names:
            name.scale(self.theme.label_size / name.font_size)
        notes = [self.text(words, size="label", color=self.theme.text, facts=facts).next_to(name, DOWN, buff=NOTE_GAP)
                 for (words, facts), name in zip(layer_notes(self.history), names)]
        # close columns (the tiny net's): the notes left of the middle one step left, those right
        # of it step right, until each stands clear of the next
        middle = len(notes) // 2
        for k in range(middle - 1, -1, -1):
            notes[k].shift(max(0.0, notes[k].get_right()[0] + NOTE_AIR - notes[k + 1].get_left()[0]) * LEFT)
        for k in range(middle + 1, len(notes)):
            notes[k].shift(max(0.0, notes[k - 1].get_right()[0] + NOTE_AIR - notes[k].get_left()[0]) * RIGHT)
        return notes

    def build_inputs(self, diagram: NetworkDiagram, part: VGroup, name: Text, note: Text, task: VGroup,
                     fed: list, inputs: np.ndarray) -> None:
        """The task moves aside; the input column appears; the example's squares fly into it
        ("one for each square") and light it ("as bright as its square"); the dots, if any."""
        shrink = min(1.0, TASK_BOX[0] / task.width, TASK_BOX[1] / task.height)
        # the point's guide lines stay with the plot's old place; the digit's answers go
        gone = [m for m in (getattr(self, "guides", None), getattr(self, "choices", None)) if m is not None]
        # the points' legend goes rather than shrink with them (it fell to 11 px at 480p; the
        # groups were named big beside the plot)
        plot = next((m for m in task.get_family() if isinstance(m, PointPlot)), None)
        if plot is not None and shrink < 1.0:
            plot.remove(plot.legend)
            gone.append(plot.legend)
        # the column is in place as "Now let's build the network" starts: played inside the
        # words it came 2-3 s after them (review i 01, again session 16)
        # circle by circle: one fade of the whole column read as a ghost of text (review 11c)
        self.play(task.animate.scale(shrink).move_to(TASK_SPOT), *(FadeOut(m) for m in gone),
                  LaggedStart(*(FadeIn(m, scale=0.6) for m in [*diagram.neuron_groups[0], *part[1:]]),
                              lag_ratio=0.04), FadeIn(name), run_time=1.6)
        with self.say("inputs"):
            self.wait_until_bookmark("count")
            shown = diagram.shown_indices(0)
            circles = diagram.neurons(0)
            copies = [fed[i].copy() for i in shown]
            if task_kind(self.history) == "points":
                # a point's dot carries its group's colour: grey on the way, so an input circle is
                # never filled with "outer ring" brown (review 11c: read as "this input is outer ring")
                for c in copies:
                    c.set_fill(self.theme.muted).set_stroke(self.theme.muted)
            rows = self.row_parts(diagram, fed, task)
            if rows:
                # row by row: the picture's top row outlined, its half of the column named and
                # lit up; then its bottom row (review s18 e1: how 8 rows became one column was
                # never seen). The squares fly later, as "each square turns into its circle" is
                # said (review ab2-i s29, digits 39-51 s: flown in as squares here and turned into
                # circles 8 s later, the change was two half moves, hard to follow)
                flight = Succession(*(AnimationGroup(Create(outline), FadeIn(tag)) for outline, tag in rows[:2]))
            else:
                flight = LaggedStart(*(c.animate.move_to(circle).scale_to_fit_height(circle.height)
                                       for c, circle in zip(copies, circles)), lag_ratio=0.08)
            self.play(FadeIn(note), flight, run_time=2.5)
            if len(shown) < diagram.sizes[0]:
                self.wait_before(self.current_tracker, "dots", lead=0.3)
                # "the rest": the squares with no circle of their own outlined on the picture,
                # as the dots that stand in for them swell (review s10: 12 s stood still here)
                rest = [i for i in range(diagram.sizes[0]) if i not in set(shown)]
                self.show(undrawn_inputs=rest)
                outlines = VGroup(*(Square(fed[i].width * 0.85, stroke_color=self.theme.text, stroke_width=2)
                                    .move_to(fed[i]) for i in rest))
                # each swells in its own place: swollen as one group, the count at its top rose
                # into the title (review 11e: "64" over "A network that learns")
                middle = [FadeOut(VGroup(*(outline for outline, _ in rows[:2]))), FadeIn(rows[2])] if rows else []
                self.play(LaggedStart(*(Create(o) for o in outlines), lag_ratio=0.03), *middle,
                          Indicate(diagram.ellipses[0], color=self.theme.text, scale_factor=1.5),
                          Indicate(diagram.count_labels[0], color=self.theme.text, scale_factor=1.2), run_time=1.5)
                self.play(FadeOut(outlines), run_time=0.5)
            self.wait_until_bookmark("glow")
            # each square turns into its circle once, lit as brightly as the square is inked;
            # the diagram's own circles then take that light
            lit = lit_colours(self.theme, [float(np.clip(inputs[i], 0.0, 1.0)) for i in shown])
            turns = [Transform(c, Circle(circle.width / 2, stroke_width=0, fill_color=colour, fill_opacity=1.0)
                               .move_to(circle)) for c, circle, colour in zip(copies, circles, lit)]
            if rows:
                # one move: each square of the two rows flies from the picture to its circle and
                # becomes it, lit as its square is inked, one after another; the names stay until all
                # have landed (review ab2-i s29). Rimmed in white on the way: most of the two rows is
                # blank paper, dark squares flying unseen over the dark ground
                t = self.theme
                for c in copies:
                    c.set_stroke(t.text, width=2.5, opacity=1.0)
                turns = [Transform(c, Circle(circle.width / 2, stroke_color=t.neuron_stroke, stroke_width=t.neuron_stroke_width,
                                             fill_color=colour, fill_opacity=1.0).move_to(circle))
                         for c, circle, colour in zip(copies, circles, lit)]
                self.play(LaggedStart(*turns, lag_ratio=0.08), run_time=2.2)
                self.show(turned_at=float(self.renderer.time))
                self.play(FadeOut(VGroup(*(tag for _, tag in rows[:2]), rows[2])), run_time=0.4)
            else:
                self.play(*turns, run_time=1.0)
            diagram.set_activations([inputs] + [np.zeros(n) for n in diagram.sizes[1:]])
            self.remove(*copies)
            # the key on rows of its own, over the example in the top left corner (reviews h1 and w1
            # s21: under it, its words stood on the baselines of "inputs" and "64: one per square",
            # read as one line with them): its words end left of the title and of the network's
            # parts at their height
            floor = task.get_top()[1] + KEY_AIR
            parts = [self.title_mob, *diagram.count_labels, *diagram.neuron_groups, *diagram.input_label_group]
            self.key_left = -FRAME_RIGHT   # (at the edge: its words end clear of the "64" over the inputs)
            self.key_limit = min(m.get_left()[0] for m in parts if m.get_top()[1] > floor) - 0.25
            self.key_glow = self.glow_key().move_to([self.key_left, floor, 0], aligned_edge=DOWN + LEFT)
            self.show(glow_key_box=[float(v) for v in (self.key_glow.get_left()[0], self.key_glow.get_right()[0],
                                                       self.key_glow.get_bottom()[1], self.key_glow.get_top()[1])],
                      glow_key_room=[float(floor), float(self.key_limit)])
            self.play(FadeIn(self.key_glow), run_time=0.6)
            if task_kind(self.history) == "points":
                # "each one holds one of the point's two numbers": the numbers on the right move
                # beside their circles (tiny preset, session 16: which circle held which number
                # was never shown, and a line from the one dot to one circle said nothing)
                held = VGroup(*(self.text("{value:.2f}", facts={"value": inputs[i]}).next_to(circle, RIGHT, buff=0.15)
                                for i, circle in zip(shown, circles)))
                self.play(*(ReplacementTransform(n, h) for n, h in zip(self.numbers, held)), run_time=1.2)
                self.numbers = held
                self.show(inputs_held=[n.text for n in held])
                # "0.27 glows dim, 0.77 glows bright": each number swells as said, beside its glow
                # (swelling only: a colour flash would change the glow being told; the number
                # alone: a circle swelling redrew the plot's dots drawn after it, every frame)
                for k, number in enumerate(held):
                    self.wait_before(self.current_tracker, f"in{k}", lead=0.2)
                    self.play(number.animate(rate_func=there_and_back).scale(1.4), run_time=0.8)
                    self.show(**{f"input_glow_said_{k}": float(self.renderer.time)})
            else:
                pair = self.brightest_pair(diagram, fed, inputs)
                self.play(Create(pair), run_time=1.0)
                self.wait(1.0)
                # then a blank square and its dark circle: "as brightly as the square is inked"
                # both ways (review 11a: 48-57 s stood still)
                self.play(Transform(pair, self.brightest_pair(diagram, fed, inputs, darkest=True)), run_time=0.8)
                self.wait(1.0)
                self.play(FadeOut(pair), run_time=0.5)
        self.wait(1.0)

    def row_parts(self, diagram: NetworkDiagram, fed: list, task: VGroup) -> list | None:
        """For a picture whose column draws two of its rows (inked_rows): each row's outline on
        the picture with its name beside its half of the column ("row 3 of the picture"), and
        what the dots stand for ("the dots: the other 48 squares"). None for any other input."""
        rows = inked_rows(self.history)
        if rows is None:
            return None
        side, shown = math.isqrt(diagram.sizes[0]), diagram.shown_indices(0)
        circles = diagram.neurons(0)
        parts = []
        for picked, words in ((slice(0, side), ROW_WORDS[0]), (slice(side, None), ROW_WORDS[1])):
            squares = VGroup(*(fed[i] for i in shown[picked]))
            # the row outlined on the picture and its circles in the column, alike: this row is these
            outline = VGroup(*(SurroundingRectangle(m, color=self.theme.text, buff=0.03, stroke_width=2)
                               for m in (squares, VGroup(*circles[picked]))))
            tag = self.text(words, size="label")
            parts.append((outline, tag.next_to(outline[1], RIGHT, buff=0.15)))
        # the dots named by the squares they stand for, as "the dots stand in for the rest" says:
        # "the other 6 rows" between rows 3 and 7 put rows 1, 2 and 8 between them (review s32),
        # and "the other rows: 1-2, 4-6, 8" read as a code to a newcomer (review s33)
        rest = diagram.sizes[0] - len(shown)
        dots = self.text("the dots: the other {count} squares", size="label", facts={"count": rest})
        parts.append(dots.next_to(diagram.ellipses[0], RIGHT, buff=0.2))
        self.show(row_tags=[rows[0] + 1, rows[1] + 1, rest])
        return parts

    def brightest_pair(self, diagram: NetworkDiagram, fed: list, inputs: np.ndarray, darkest: bool = False) -> VGroup:
        """The brightest (or darkest) drawn input ringed, and the square (or dot) it came from
        ringed too, joined by a line: this square is that input."""
        t = self.theme
        shown = diagram.shown_indices(0)
        k = (min if darkest else max)(shown, key=lambda i: inputs[i])
        self.show(**{"darkest_pair" if darkest else "brightest_pair": int(k)})
        circle, source = diagram.neuron_at(0, k), fed[k]
        rings = VGroup(Circle(circle.width / 2 + 0.08, stroke_color=t.text, stroke_width=3).move_to(circle),
                       Square(source.width + 0.06, stroke_color=t.text, stroke_width=3).move_to(source))
        return VGroup(rings, Line(rings[1].get_right(), rings[0].get_left(), stroke_color=t.text,
                                  stroke_width=2))

    def build_rest(self, diagram: NetworkDiagram, parts: list[VGroup], names: VGroup, notes: list[Text]) -> None:
        """Hidden layers (and, for pictures, the patterns four of them learn, each beside the
        practice picture that lights it most), then the outputs, lit as the trained network
        lights them for this example: the brightest is the guess."""
        hidden = list(zip(parts[:-1], names[:-1], notes[:-1]))
        numbers = getattr(self, "numbers", None)   # the example's numbers make room
        if numbers is not None:
            self.play(FadeOut(numbers), run_time=0.5)
        # on screen before "Next we add 16 neurons" is said (it came 3 s after the words)
        self.play(LaggedStart(*(FadeIn(VGroup(*layer), shift=0.2 * RIGHT) for layer in hidden),
                              lag_ratio=0.5), run_time=0.5)
        with self.say("hidden") as tracker:
            # "circles that glow from 0 to 1", shown: all light up fully and go dark again together
            # (the new column stood still for 9 s under these words, session 11), as the glow key
            # under the example swells in its own colours: "like the inputs" (review k: lit in turn,
            # a frame caught a few lit and the next none, unexplained)
            self.wait_until_bookmark("circles")
            circles = [c for k in range(1, len(diagram.sizes) - 1) for c in diagram.neurons(k)]
            # "glow from 0 to 1": the column lit from dark at the top to full at the bottom, its
            # ends written (review 11a: all at one flat mid glow read as "they are all on"); a
            # glow that runs below zero (tanh) runs from -1 to 1, each glow below zero hollow, with a bar
            ramp = glow_ramp(self.history, len(circles))
            lit = lit_colours(self.theme, [abs(v) for v in ramp])
            bars = VGroup(*(minus_mark(c, v) for c, v in zip(circles, ramp) if below_zero(v)))
            ends = VGroup(*(self.text("{end}", facts={"end": ramp_end(ramp[k])}).next_to(circles[k], RIGHT, buff=0.15)
                            for k in written_glows(ramp)))
            self.show(hidden_ramp=[float(v) for v in ramp])
            key = []
            if hasattr(self, "key_glow"):
                key = (self.minus_key() if min(ramp) < 0 else
                       [self.key_glow.animate(rate_func=there_and_back).scale(1.15)])
            dark = lit_colours(self.theme, [0.0])[0]
            self.play(*(c.animate.set_fill(colour, 1.0) for c, colour in zip(circles, lit)), FadeIn(bars), FadeIn(ends),
                      *key, run_time=1.2)
            rings = []
            if len(bars) and "bar" in getattr(tracker, "bookmark_times", {}):
                # "and hollow, with a bar, below zero": the marks pulse as it is said (review base-t
                # s23, 66 s: the bar stood unexplained until chapter 3)
                self.wait_until_bookmark("bar")
                self.show(bars_said_at=float(self.renderer.time))
                # each ringed where it stands, its hollow-with-a-bar look untouched and held while it
                # is described (review ir s29, 72 s: an Indicate in white filled their dark middles,
                # two solid white discs as "hollow, with a bar" was said)
                # (snug: the "-1" written right of the top one stays clear of its ring)
                rings = VGroup(*(Circle(c.width / 2 + 0.06, stroke_color=self.theme.focus, stroke_width=3).move_to(c)
                                 for c, v in zip(circles, ramp) if below_zero(v)))
                self.play(Create(rings), run_time=0.5)
                self.show(bar_rings=[[float(r.get_x()), float(r.get_y())] for r in rings],
                          bars_held=[round(b.shown, 3) for b in bars])
            if min(ramp) < 0 and "slide" in getattr(tracker, "bookmark_times", {}):
                self.slide_glow(circles[-1], ends, bars, rings)
            self.wait_before(tracker, "hidden", lead=0.6)
            self.play(*(c.animate.set_fill(dark, 1.0) for c in circles), FadeOut(bars), FadeOut(ends),
                      *(FadeOut(r) for r in rings), run_time=0.6)
            # "Hidden means we never see them from outside": a curtain comes down over the
            # column, and lifts (review 11a: a box drawn and gone said nothing of "hidden")
            column = VGroup(*(VGroup(*layer[0]) for layer in hidden))
            # wide enough to read as a panel, not a frame: the column's own name stays under it
            curtain = Rectangle(width=max(column.width + 0.5, CURTAIN_WIDTH), height=column.height + 0.4,
                                stroke_color=self.theme.muted, stroke_width=2, fill_color=self.theme.muted,
                                fill_opacity=0.35).move_to(column)
            curtain.add(Rectangle(width=curtain.width, height=curtain.height, stroke_width=0,
                                  fill_color=self.theme.background, fill_opacity=0.7).move_to(curtain))
            self.wait_until_bookmark("hidden")
            # faded in whole over every hidden circle (review base-t s23, 72 s: grown down from the
            # top, a frame caught it over three of the four, "a glitch, not a curtain")
            self.play(FadeIn(curtain), run_time=0.4)
            self.show(curtain=[float(curtain.get_left()[0]), float(curtain.get_right()[0]),
                               float(curtain.get_bottom()[1]), float(curtain.get_top()[1])])
            self.wait(1.6)
            self.play(FadeOut(curtain), run_time=0.4)
            self.wait_until_bookmark("wires")
            self.wires = VGroup(*(wires(diagram, k, self.theme.muted) for k in range(len(hidden))))
            self.play(*(Create(w) for w in self.wires), run_time=2.0)
            # the wires go under the circles already shown (the outputs are not, yet)
            self.bring_to_front(diagram.neuron_groups[0], *parts[:-1])
            self.wait_until_bookmark("workers")
            # each neuron swells and settles in turn, keeping its colours (a white flash of the
            # whole column was a colour with no meaning, review s10)
            self.play(LaggedStart(*(c.animate(rate_func=there_and_back).scale(1.5) for c in circles),
                                  lag_ratio=0.1), run_time=1.5)
            if task_kind(self.history) == "image":
                shown = self.one_pattern(diagram)
            elif task_kind(self.history) == "points":
                shown = self.one_glow_map(diagram)
        if task_kind(self.history) == "points":
            # (held through the section's pause; gone before the outputs come where it stood)
            self.play(FadeOut(shown), self.lone.animate.set_fill(lit_colours(self.theme, [0.0])[0], 1.0), run_time=0.4)
        back_done = None
        if task_kind(self.history) == "image":
            # the lone lit neuron goes dark again (its circle alone: lighting the whole diagram
            # would bring in the outputs, not drawn yet), and our 0 goes back into the inputs with
            # the map and the 4: the 0 is on screen the whole time "Back to our 0" is said (review
            # s36: said over the 4, which left only as the words started)
            _, inputs, label = example(self.history)
            dark = lit_colours(self.theme, [0.0])[0]
            self.play(FadeOut(shown), self.lone.animate.set_fill(dark, 1.0), self.wires.animate.set_stroke(opacity=0.5),
                      *self.feed(diagram, inputs, label), run_time=0.8)
            back_done = self.renderer.time
            self.show(example_back_at=float(back_done))
        peek = trained_pass(self.history)
        self.show(peek_step=peek["step"], peek_outputs=peek["guess"])
        one_output = len(self.history.labels) != self.history.config["sizes"][-1]
        # the outputs and their wires in place as "Last come the outputs" starts (inside the
        # words they came 2-3 s after them, session 16)
        last = self.last_wires = wires(diagram, len(diagram.sizes) - 2, self.theme.muted)
        if back_done is not None:
            # a frame taken up to BACK_LEAD before "Back to our 0" already shows the 0 (the outputs
            # still come just before the words: OUTPUTS_IN)
            self.wait(max(0.0, BACK_LEAD - OUTPUTS_IN - (self.renderer.time - back_done)))
        self.play(FadeIn(VGroup(parts[-1], names[-1], notes[-1]), shift=0.2 * RIGHT), Create(last), run_time=OUTPUTS_IN)
        self.bring_to_front(diagram.neuron_groups[0], *parts)
        with self.say("output_one" if one_output else "outputs") as tracker:
            self.play(Indicate(VGroup(names[-1], notes[-1]), color=self.theme.text, scale_factor=1.1), run_time=0.8)
            if one_output:
                self.one_output_key(diagram)
            elif len(diagram.output_labels):
                # "one for each answer from 0 to 9": the answers swell in turn (5 s stood still,
                # session 16)
                swell = answer_swell(diagram.output_labels)
                self.show(answer_swell=swell)
                # (white: spread apart they swell enough; the highlight's yellow on "8" and "9"
                # read as a meaning, review s20 g1)
                self.play(LaggedStart(*(Indicate(m, color=self.theme.text, scale_factor=swell)
                                        for m in diagram.output_labels), lag_ratio=0.3),
                          run_time=max(1.0, min(3.0, tracker.time_until_bookmark("glow") - 1.0)))
            ring = self.guess_ring(diagram, peek["guess"])[2]
            self.bars, values = self.output_bars(diagram, peek["guess"])
            if one_output:
                # the lone glow's number is read out and tied to the key; a bar as short as
                # 0.06 beside it was a stray tick (review t1, s18)
                self.bars = VGroup()
            words = self.state_words(screen.mark("preview: after training"))
            words.next_to(VGroup(diagram.neuron_groups[-1], self.bars, values), UP, buff=0.2)
            words.shift(max(0.0, words.get_right()[0] - FRAME_RIGHT) * LEFT)
            # the state is named, whole, as its words start (review d1, s18: faded in over the
            # words, it was still dim as "after training" was said), then lit, every output's
            # glow written and drawn as a bar
            self.wait_before(tracker, "glow", lead=0.9)
            said_at = self.renderer.time + max(0.0, tracker.time_until_bookmark("glow"))
            self.play(FadeIn(words), run_time=0.4)
            self.show(preview_full_at=float(self.renderer.time), preview_said_at=float(said_at))
            self.wait_until_bookmark("glow")
            # a hidden glow below zero hollow, with its bar, as the hidden layer's glow was taught
            # (review s31: the tiny net's neuron at -1 for our point was a full disc, as bright as
            # the one at +0.97)
            self.peek_marks = self.minus_marks(diagram, peek["activations"])
            self.flow(diagram, peek["activations"], [*(FadeIn(m) for m in self.peek_marks)],
                      [FadeIn(values), *(GrowFromEdge(b, LEFT) for b in self.bars)])
            self.show(peek_bars=self.bar_glows(),
                      peek_minus=[{"at": [float(v) for v in m.get_center()[:2]], "shown": m.shown} for m in self.peek_marks])
            # "the one that shines the brightest is the network's guess": ringed as it is said,
            # after the peek is named (review 12: the trained glows came 3-6 s before "a peek")
            self.wait_until_bookmark("read" if one_output else "brightest")
            self.play(Create(ring), run_time=0.6)
            # the tag goes with the numbers (the preview leaves as one)
            self.peek = VGroup(ring, words, VGroup(values, self.peek_tag(peek["guess"]) if one_output else VGroup()))

    def slide_glow(self, circle: Circle, ends: VGroup, bars: VGroup, rings) -> None:
        """"So each can say no as well as yes": the ramp's last circle slides its glow from -1
        through 0 to +1, its number written beside it as it goes (review one-intro, tiny 63-72 s);
        the other circles and their numbers step back meanwhile."""
        t = self.theme
        glow = ValueTracker(-1.0)
        number = ends[-1]
        spot = number.get_left()
        live = always_redraw(lambda: self.text("{end}", facts={"end": ramp_end(round(glow.get_value(), 1))})
                             .move_to(spot, aligned_edge=LEFT))
        mark = always_redraw(lambda: minus_mark(circle, glow.get_value()))
        circle.add_updater(lambda c: c.set_fill(lit_colours(t, [min(abs(glow.get_value()), 1.0)])[0], 1.0))
        self.wait_until_bookmark("slide")
        others = list(ends[:-1])   # (their numbers only: a dimmed bar's mark filled its hollow middle)
        self.play(*(m.animate.set_opacity(DIMMED) for m in others), FadeOut(number), FadeIn(live), FadeIn(mark),
                  run_time=0.4)
        said = [float(self.renderer.time)]
        self.play(glow.animate.set_value(0.0), run_time=1.0, rate_func=smooth)
        self.wait(0.3)
        self.play(glow.animate.set_value(1.0), run_time=1.0, rate_func=smooth)
        circle.clear_updaters()
        live.clear_updaters()
        mark.clear_updaters()
        self.show(glow_slide={"from": said[0], "at": float(self.renderer.time), "values": [-1.0, 0.0, 1.0],
                              "end": ramp_end(round(glow.get_value(), 1))})
        self.play(FadeOut(live), FadeOut(mark), FadeIn(number), *(m.animate.set_opacity(1.0) for m in others), run_time=0.4)

    def minus_marks(self, diagram: NetworkDiagram, activations: Sequence[np.ndarray]) -> VGroup:
        """A hollow middle and bar on each drawn hidden circle whose glow is below zero (each
        mark knows its `layer`)."""
        marks = VGroup()
        for k in range(1, len(diagram.sizes) - 1):
            for i, circle in zip(diagram.shown_indices(k), diagram.neurons(k)):
                if below_zero(activations[k][i]):
                    marks.add(minus_mark(circle, float(activations[k][i])))
                    marks[-1].layer = k
        return marks

    def one_output_key(self, diagram: NetworkDiagram) -> None:
        """A lone output's two meanings under it as they are said, a fully lit circle for
        "bright: inner ring" and a dark one for "dark: outer ring" (tiny preset, session 16: the
        words stood 6 s over a still frame, and its later glow of 0.06 was never read as an answer)."""
        t, labels = self.theme, self.history.labels
        circle = diagram.neurons(-1)[0]
        rows = VGroup(*(VGroup(Circle(t.neuron_radius, fill_color=colour, fill_opacity=1.0, stroke_color=t.neuron_stroke,
                                      stroke_width=t.neuron_stroke_width),
                               self.text(words, size="label", facts={"label": label})).arrange(RIGHT, buff=0.12)
                        for colour, words, label in zip(lit_colours(t, [1.0, 0.0]), (screen.mark("bright: {label}"), screen.mark("dark: {label}")),
                                                        (labels[-1], labels[0]))))
        rows.arrange(DOWN, aligned_edge=LEFT, buff=0.15).next_to(circle, DOWN, buff=0.45).align_to(circle, LEFT)
        self.output_rows = rows
        for mark, row in zip(("bright", "dark"), rows):
            self.wait_before(self.current_tracker, mark, lead=0.3)
            self.play(FadeIn(row, shift=0.1 * UP), run_time=0.6)
        self.show(output_key=[labels[-1], labels[0]])

    def peek_tag(self, outputs: np.ndarray) -> VGroup:
        """The lone output's preview glow read as its answer: the key's row it matches (bright
        from one half up, else dark) boxed as the words read it (review s17: "0.06" was never
        said to mean nearly dark, so outer ring; review t1, s18: the glow written a second time
        here, "\u2190 0.06", was one number twice: it is written once, beside the output)."""
        t, glow = self.theme, float(outputs[0])
        row = self.output_rows[0 if glow >= 0.5 else 1]
        tag = VGroup(SurroundingRectangle(row, color=t.focus, buff=0.06))
        self.wait_until_bookmark("near")
        self.play(Create(tag[0]), run_time=0.6)
        self.show(peek_tag={"glow": glow, "row": "bright" if glow >= 0.5 else "dark", "right": float(tag.get_right()[0]),
                            "at": float(self.renderer.time)})
        return tag

    def one_glow_map(self, diagram: NetworkDiagram) -> VGroup:
        """The points' plot drawn big right of the hidden column (where the outputs stand later),
        a small circle at each spot lit as one trained hidden neuron glows for a point there,
        hollow with a bar below zero (review s31: "dark: 0 or below zero" was a new code, not the
        look the chapter had just taught), the points over it; that neuron ringed and tied to it
        as "After training, this one lights up" is said (review ab2-i s30, tiny 81-87 s: the words
        played over plain wires). As the words name them, the lit circles swell, then the hollow
        ones, each with its row of the key; then our point is ringed on the map, its glow written.
        Returns all it drew."""
        t = self.theme
        chosen = glow_map(self.history)
        x, y = self.history.split("train")
        classes = np.array([class_of(row) for row in y])
        big = PointPlot(x, classes, self.history.labels, side=GLOW_MAP, dot_radius=0.055)
        big.remove(big.legend)
        # a dark rim on each point: the inner ring's cream dots vanished on lit circles; faint, so
        # the glow's circles read first (review one-intro, tiny 84 s: "very busy")
        big.dots.set_stroke(t.background, width=1.5, opacity=MAP_DOTS).set_fill(opacity=MAP_DOTS)
        x_hidden = diagram.neuron_groups[1].get_center()[0]
        big.move_to([x_hidden + 0.9 + GLOW_MAP / 2, diagram.neuron_groups[1].get_y() - 0.1, 0])
        circles = self.glow_circles(chosen["glows"], big.frame)
        neuron = diagram.neuron_at(1, chosen["neuron"])
        ring = Circle(neuron.width / 2 + 0.08, stroke_color=t.text, stroke_width=4).move_to(neuron)
        tie = Line(ring.get_right(), big.frame.get_left(), stroke_color=t.text, stroke_width=TIE_WIDTH)
        head = self.text("after training, this one glows here:", size="label").next_to(big.frame, UP, buff=0.12)
        # the key in the chapter's own look: a lit circle, a hollow one with its bar
        rows = [VGroup(self.key_sample(1.0), self.text("above zero", size="label")).arrange(RIGHT, buff=0.12),
                VGroup(self.key_sample(-1.0), self.text("below zero", size="label")).arrange(RIGHT, buff=0.12)]
        # one under the other, inside the map's width: on one line it ran into "hidden"
        foot = VGroup(*rows).arrange(DOWN, buff=0.1, aligned_edge=LEFT).next_to(big.frame, DOWN, buff=0.15)
        foot.align_to(big.frame, LEFT).shift(0.2 * RIGHT)
        head.shift(max(0.0, head.get_right()[0] - FRAME_RIGHT) * LEFT)
        # our point, ringed on the map as on the plot, its glow written beside it
        spot = big.locate(example(self.history)[1])
        ours = Circle(0.16, stroke_color=t.text, stroke_width=4).move_to(spot)
        tag = self.text("our point: {value}", size="label", facts={"value": written(chosen["ours"])})
        # off the grid, under it right of the key, tied to our ring (review one-intro, tiny 84 s)
        tag.next_to(foot, DOWN, buff=0.12).align_to(big.frame, RIGHT)
        pointer = Line(ours.get_bottom(), tag.get_top(), stroke_color=t.text, stroke_width=2)
        tag = VGroup(tag, pointer)
        map_ = VGroup(circles, big.frame, big.dots)
        said_at = self.renderer.time + max(0.0, self.current_tracker.time_until_bookmark("patterns"))
        self.wait_before(self.current_tracker, "patterns", lead=0.6)
        self.play(Create(ring), Create(tie), FadeIn(map_), FadeIn(head), run_time=0.6)
        self.show(glow_map={"step": chosen["step"], "neuron": chosen["neuron"], "cells": chosen["cells"],
                            "glows": np.round(chosen["glows"], 4).tolist(), "at": float(self.renderer.time),
                            "said_at": float(said_at), "ours": round(chosen["ours"], 4),
                            "box": [float(v) for v in (big.frame.get_left()[0], big.frame.get_right()[0],
                                                       big.frame.get_bottom()[1], big.frame.get_top()[1])]},
                  glow_circles=[{"fill": c[0].get_fill_color().to_hex(), "hollow": c[1].shown,
                                 "at": [float(v) for v in c[0].get_center()[:2]]} for c in circles])
        # "lights up for points on the left": those circles swell, the key's first row comes; the
        # same for "below zero on the right" and the hollow ones
        if "spot" in getattr(self.current_tracker, "bookmark_times", {}):
            # "each spot shows how it would glow if a point sat there": the spots swell in turn
            self.wait_until_bookmark("spot")
            self.play(LaggedStart(*(c.animate(rate_func=there_and_back).scale(1.3) for c in circles), lag_ratio=0.01),
                      run_time=1.5)
        lit_up = lit_cells(self.history, chosen["glows"]).reshape(-1)
        hollow = np.array([c[1].shown > 0 for c in circles])
        swells = {}
        for mark, picked, row in (("lit", lit_up, rows[0]), ("below", hollow, rows[1])):
            if mark not in getattr(self.current_tracker, "bookmark_times", {}) or not picked.any():
                continue
            self.wait_until_bookmark(mark)
            swells[mark] = float(self.renderer.time)
            self.play(FadeIn(row, shift=0.1 * UP), *(c.animate(rate_func=there_and_back).scale(1.35)
                                                    for c, on in zip(circles, picked) if on), run_time=1.0)
        self.wait_until_bookmark("ours")
        # our point ringed, and the chosen neuron lights as it glows for it (nncore's pass)
        marks = VGroup(minus_mark(neuron, chosen["ours"])) if below_zero(chosen["ours"]) else VGroup()
        self.play(Create(ours), FadeIn(tag), neuron.animate.set_fill(lit_colours(t, [min(abs(chosen["ours"]), 1.0)])[0], 1.0),
                  FadeIn(marks), run_time=0.6)
        self.show(map_neuron_lit={"glow": chosen["ours"], "fill": neuron.get_fill_color().to_hex()})
        self.show(glow_map_swells=swells, ours_ring={"at": float(self.renderer.time), "centre": [float(v) for v in spot[:2]],
                                                     "tag": [float(v) for v in tag[0].get_center()[:2]]})
        self.wait(max(0.0, self.current_tracker.get_remaining_duration()))
        self.lone, self.lone_marks = neuron, marks
        return VGroup(ring, tie, map_, head, foot, ours, tag, marks)

    def glow_circles(self, glows: np.ndarray, frame: Mobject) -> VGroup:
        """One small circle per cell of a glow map (rows from the top) at its centre in `frame`,
        lit as brightly as the glow is far from zero and, below zero, hollow with a bar: the
        hidden circles' own look (the ramp at "hollow, with a bar, below zero"). Each is
        VGroup(circle, its minus mark)."""
        t = self.theme
        n = glows.shape[0]
        pitch, corner = frame.width / n, frame.get_corner(UL)
        circles = VGroup()
        for (r, c), g in np.ndenumerate(glows):
            circle = Circle(GLOW_DOT * pitch, fill_color=lit_colours(t, [min(abs(float(g)), 1.0)])[0], fill_opacity=1.0,
                            stroke_color=t.neuron_stroke, stroke_width=1.0, stroke_opacity=0.6)
            circle.move_to(corner + (c + 0.5) * pitch * RIGHT + (r + 0.5) * pitch * DOWN)
            circles.add(VGroup(circle, minus_mark(circle, float(g))))
        return circles

    def one_pattern(self, diagram: NetworkDiagram) -> VGroup:
        """One hidden neuron's learned dials from the last snapshot, drawn big as an 8x8 picture
        in three colours (blue: ink there lights the neuron, red: dims it, grey: little effect)
        and tied to its neuron, each colour's squares standing out as it is named; beside it the
        practice picture that lights that neuron the most; that picture's inked squares laid over
        the pattern; then the neuron lit as brightly as that picture lights it.
        Said as it is drawn (bookmarks patterns, best, over, blue, red, grey, in, lit); returns all it drew."""
        t = self.theme
        chosen = shown_pattern(self.history)
        x, _ = self.history.split("train")
        favourite, dials = chosen["favourite"], chosen["dials"]
        side = math.isqrt(len(dials))
        inked = x[favourite] >= INK
        kinds = dial_kinds(dials)
        landed = {kind: int((kinds[inked] == kind).sum()) for kind in (BLUE, RED, GREY)}
        self.show(patterns={"step": chosen["step"], "neurons": [chosen["neuron"]], "dials": [dials],
                            "favourites": [favourite], "favourite_labels": [label_of(self.history, favourite)],
                            "glow": chosen["glow"], "inked": int(inked.sum()), "on_blue": landed[BLUE],
                            "on_red": landed[RED], "on_grey": landed[GREY], "kinds": kinds.tolist()},
                  ink_on_blue=chosen["share"])
        colours = {BLUE: ManimColor(t.positive), RED: ManimColor(t.negative), GREY: self.grey()}
        pattern = ShadedGrid(kinds.reshape(side, side), PATTERN / side, lambda k: colours[int(k)], separate=True)
        picture = ShadedGrid(x[favourite].reshape(side, side), FAVOURITE / side, lambda v: shade(v, t.text),
                             separate=True)
        for cell in picture.cells:   # no grid lines across the ink: the strokes of a 4, not a lattice
            cell.set_stroke(cell.get_fill_color(), width=0.6)
        # in the room right of the hidden column, where the outputs stand later
        x_hidden = diagram.neuron_groups[1].get_center()[0]
        pattern.move_to([x_hidden + 0.6 + PATTERN / 2, diagram.neuron_groups[1].get_y() + 0.3 - PREVIEW_DROP, 0])
        picture.next_to(pattern, RIGHT, buff=0.25).align_to(pattern, UP)
        neuron = diagram.neuron_at(1, chosen["neuron"])
        # "what one of them looks for": that neuron ringed and tied to its map by a bright line
        # as it is said (review d1, s18: a hair-thin grey tie and no ring until 99 s left 27 s
        # with no way to tell which neuron was meant)
        ring = Circle(neuron.width / 2 + 0.08, stroke_color=t.text, stroke_width=4).move_to(neuron)
        tie = Line(ring.get_right(), pattern.get_left(), stroke_color=t.text, stroke_width=TIE_WIDTH)
        # the favourite is another picture, not the example on the left: said on it
        # bright and at label size (review 11e: "glows most for" was small and dim grey)
        other = VGroup(self.text("a different picture,", size="label"),
                       self.text("glows most for", size="label")).arrange(DOWN, buff=0.06)
        heads = VGroup(self.text("looks for", size="label").next_to(pattern, UP, buff=0.12),
                       other.next_to(picture, UP, buff=0.12))
        heads[1].shift(max(0.0, heads[1].get_right()[0] - FRAME_RIGHT) * LEFT)   # inside the frame
        name = self.text("{article} {label}", size="label",
                         facts={"article": a_or_an(str(label_of(self.history, favourite))),
                                "label": label_of(self.history, favourite)}).next_to(picture, DOWN, buff=0.12)
        words = (self.text("blue: ink here makes it glow", size="small"), self.text("red: ink here dims it", size="small"),
                 self.text("grey: little effect", size="small"))
        key = VGroup(*(VGroup(Square(KEY_SWATCH, fill_color=colours[kind], fill_opacity=1.0, stroke_width=0),
                              row).arrange(RIGHT, buff=0.15) for kind, row in zip((BLUE, RED, GREY), words)))
        key.arrange(DOWN, aligned_edge=LEFT, buff=0.12).next_to(pattern, DOWN, buff=0.25).align_to(pattern, LEFT)
        key.shift(KEY_INDENT * RIGHT)
        # the neuron's own wires from the drawn inputs, each in its dial's colour: they fold into
        # the map's squares of those inputs as "its 64 dials, laid out like the picture" is said
        # (review one-intro, 75 s: nothing tied the map to the wires; the map's grid tag was never said)
        shown = diagram.shown_indices(0)
        own = VGroup(*(Line(circle.get_center(), neuron.get_center(), stroke_color=colours[int(kinds[i])],
                            stroke_width=3).set_z_index(-1)
                       for i, circle in zip(shown, diagram.neurons(0))))
        # the 4's ink counted on the map, as "lands mostly on blue" is said (review one-intro, 93 s)
        tally = VGroup(self.text("the {label}'s ink:", size="label", facts={"label": label_of(self.history, favourite)}),
                       self.text("{blue} on blue, {red} on red, {grey} on grey", size="label",
                                 facts={"blue": landed[BLUE], "red": landed[RED], "grey": landed[GREY]}))
        # under the key (beside it, it ran over the key's rows), clear of the frame's edge
        tally.arrange(DOWN, aligned_edge=LEFT, buff=0.06).next_to(key, DOWN, buff=0.15).align_to(key, LEFT)
        tally.shift(max(0.0, tally.get_right()[0] - FRAME_RIGHT) * LEFT)
        # all this is the trained network, said "a peek at the end of training": tagged as the
        # outputs' peek is, in the same words, for as long as it stands (review s31: the map and
        # the 4 lighting its neuron read as the network now, then "before any training, it knows
        # nothing" contradicted them; its key still comes row by row as named, round 2's key
        # with the map lost its blind review)
        preview = self.state_words(screen.mark("preview: after training"))
        preview.next_to(VGroup(*heads), UP, buff=0.15).align_to([FRAME_RIGHT, 0, 0], RIGHT)
        # just before "Here is a peek" is said, not after (review 11c: it came 3-6 s late)
        self.wait_before(self.current_tracker, "patterns", lead=0.8)
        said_at = self.renderer.time + max(0.0, self.current_tracker.time_until_bookmark("patterns"))
        # the key's rows come as their colours are named, not with the map (review ir s29: three
        # rows stood 13 s before the words explained them)
        # the key with the map, at once (review one-intro: the map stood 12 s before its colours
        # were explained); each row stands out as its colour is named
        # the map itself comes with "looks for" (review r2, 75 s: the label stood beside empty
        # space until "Its 64 dials")
        self.play(Create(ring), Create(own), FadeIn(heads[0]), FadeIn(key), FadeIn(preview), FadeIn(pattern),
                  Create(tie), self.wires.animate.set_stroke(opacity=0.12), run_time=1.0)
        self.show(map_at=float(self.renderer.time))
        self.show(pattern_texts_shown=self.words_on_screen(),
                  own_wires={"inputs": list(shown), "colours": [w.get_stroke_color().to_hex() for w in own],
                             "kinds": [int(kinds[i]) for i in shown]})
        self.show(pattern_ring={"at": float(self.renderer.time), "said_at": float(said_at), "centre": [float(v) for v in ring.get_center()[:2]],
                                "radius": float(ring.width / 2), "tie_width": float(tie.get_stroke_width()),
                                "tie_from": [float(v) for v in tie.get_start()[:2]]})
        pointer = self.point_one_dial(diagram, own, pattern, shown, dials)
        self.wait_until_bookmark("fold")
        folded = [self.renderer.time]
        # each wire lands on its own square of the map, already drawn
        landed_copies = [c.copy() for c in (pattern.cells[i] for i in shown)]
        self.play(*(TransformFromCopy(w, c) for w, c in zip(own, landed_copies)), run_time=1.8)
        self.remove(*landed_copies)
        self.show(folded={"at": float(folded[0]), "done": float(self.renderer.time)})
        # the favourite beside the map, then its ink outlined on it, before the colours are named
        # (review base-d s23, ONE change: 24 s of a blob before the 4 came)
        # the one wire's marks leave just before the favourite comes where "this wire's dial" stands
        self.wait_before(self.current_tracker, "best", lead=0.3)
        self.play(FadeOut(pointer), run_time=0.3)
        self.show(pointer_gone=float(self.renderer.time))
        self.wait_until_bookmark("best")
        self.play(FadeIn(picture, shift=0.2 * RIGHT), FadeIn(heads[1]), FadeIn(name), run_time=1.0)
        # the picture's inked squares land on the pattern together, in reading order
        self.wait_until_bookmark("over")
        outlines = self.ink_outline(pattern, x[favourite].reshape(side, side))
        sources = [picture.cells[k] for k in np.flatnonzero(inked)]
        self.play(LaggedStart(*(TransformFromCopy(source, outline) for source, outline in zip(sources, outlines)),
                              lag_ratio=0.08), run_time=max(0.6, min(2.0, self.current_tracker.time_until_bookmark("blue") - 0.2)))
        self.show(outlined_at=float(self.renderer.time), outlines=len(outlines))
        # each colour's squares stand out as it is named, the others dimmed until the next is
        # named (review 12: the map and its key stood still 9 s under these words)
        by_kind = {kind: [m for m in pattern.cells if ManimColor(m.get_fill_color()).to_hex() == colours[kind].to_hex()]
                   for kind in (BLUE, RED, GREY)}
        stood_out, rows_at = [], []
        for n, (kind, mark, row) in enumerate(zip((BLUE, RED, GREY), ("blue", "red", "grey"), key)):
            self.wait_until_bookmark(mark)
            # the row in full, the others dimmed
            come = [row.animate.set_opacity(1.0), *(r.animate.set_opacity(DIMMED) for r in key if r is not row)]
            rows_at.append(float(self.renderer.time))
            if by_kind[kind]:
                come += [m.animate.set_fill(opacity=1.0 if k == kind else DIMMED) for k, group in by_kind.items() for m in group]
                stood_out.append(kind)
            self.play(*come, run_time=0.5)
        self.show(stood_out=stood_out, key_rows_at=rows_at)
        # the whole map back after "on grey it does little"
        self.wait(0.8)
        self.play(*(m.animate.set_fill(opacity=1.0) for group in by_kind.values() for m in group),
                  *(r.animate.set_opacity(1.0) for r in key), run_time=0.5)
        if "mostly" in getattr(self.current_tracker, "bookmark_times", {}):
            self.wait_until_bookmark("mostly")
            self.play(FadeIn(tally, shift=0.1 * UP), run_time=0.6)
            self.show(tally={"at": float(self.renderer.time), "blue": landed[BLUE], "red": landed[RED], "grey": landed[GREY]})
        else:
            tally = VGroup()
        self.lone = neuron
        # "Now we put that 4 into the network": the 4 itself slides over onto the picture fed to
        # the network, which takes its ink, and the input column its glow; only then does the
        # neuron light (review 11a: the 0 stood there as the neuron lit; review s20 g1: the
        # picture on the left then turned into the 4 unsaid)
        grid = self.fed_view[0]
        said_at = self.renderer.time + max(0.0, self.current_tracker.time_until_bookmark("in"))
        self.wait_before(self.current_tracker, "in", lead=0.3)
        slide = picture.copy()
        slide.generate_target()
        slide.target.match_width(grid).move_to(grid)
        self.show(swap={"at": float(self.renderer.time), "said_at": float(said_at)})
        self.play(MoveToTarget(slide), run_time=1.0)
        self.play(*self.feed(diagram, x[favourite], label_of(self.history, favourite)), FadeOut(slide), run_time=0.6)
        self.wait_until_bookmark("lit")
        self.show(fed_at_lit=label_of(self.history, favourite),
                  fed_box=[float(v) for v in (grid.get_left()[0], grid.get_right()[0], grid.get_bottom()[1], grid.get_top()[1])])
        # the 4 lights it, not the example on the left: named under the key, off the wires
        glow = self.text("the {label} makes it glow {value}", size="label",
                         facts={"value": f"{chosen['glow']:.2f}", "label": label_of(self.history, favourite)})
        # at the frame's right edge: under the key's left edge it ran into "hidden / 16 neurons"
        # (review s20 g1)
        glow.next_to(VGroup(key, tally), DOWN, buff=0.15).align_to([FRAME_RIGHT, 0, 0], RIGHT)
        # the glow runs along its wires into it, then it lights (review one-intro, 99-105 s)
        flash = own.copy().set_stroke(t.highlight, width=5)
        self.play(*(ShowPassingFlash(w, time_width=0.5) for w in flash), run_time=1.0)
        self.play(neuron.animate.set_fill(lit_colours(t, [chosen["glow"]])[0], 1.0),
                  FadeIn(glow), run_time=1.0)
        self.show(pattern_texts_lit=self.words_on_screen())
        return VGroup(ring, tie, pattern, picture, heads, name, key, outlines, glow, preview, own, tally)

    def feed(self, diagram: NetworkDiagram, values: np.ndarray, label: str, circles: bool = True) -> list:
        """Animations that put another picture into the network: the picture on the left takes
        its ink, its caption names it, the input column glows as its squares (not with
        `circles` False: another animation lights them)."""
        grid, caption = self.fed_view
        new = self.text("a handwritten {label}", size="label", facts={"label": label})
        new.match_height(caption).move_to(caption)
        self.fed_view[1] = new
        shown = diagram.shown_indices(0)
        lit = lit_colours(self.theme, [float(np.clip(values[i], 0.0, 1.0)) for i in shown])
        return [*(square.animate.set_fill(shade(float(np.clip(v, 0.0, 1.0)), self.theme.text), 1.0)
                  for square, v in zip(grid, values)),
                ReplacementTransform(caption, new),
                *(circle.animate.set_fill(colour, 1.0) for circle, colour in zip(diagram.neurons(0), lit) if circles)]

    def grey(self) -> ManimColor:
        """The pattern's "little effect" grey: plainly neither blue nor red, nor the background."""
        return shade(0.6, self.theme.muted)

    def point_one_dial(self, diagram: NetworkDiagram, own: VGroup, pattern: ShadedGrid, shown: Sequence[int],
                       dials: np.ndarray) -> VGroup:
        """"Each wire has a dial: how strongly it passes its square on", said over ONE wire
        (review r2, 75 s): its square of the picture on the left, its input circle and its
        square of the map outlined, the wire swollen and the other wires faded, its glow running
        along it, "this wire's dial" pointing at its map square; then, with peek_pushes, the
        blue wire and a red one push the ringed neuron's glow up and down (push_glows); the
        wires back before "Its 64 dials", the marks returned, kept through the fold (one of the
        64) until the favourite takes their room."""
        t = self.theme
        pushes = peek_pushes(self.history)
        chosen = pushes["blue"] if pushes else pointed_wire(dials, shown)
        wire = own[list(shown).index(chosen)]
        square, cell = self.fed_view[0][chosen], pattern.cells[chosen]
        marks = self.dial_marks(diagram, pattern, chosen)
        # right of the map, where the favourite picture comes later: its row, an arrow to it
        tag = self.text("this wire's dial", size="label")
        tag.next_to(pattern, RIGHT, buff=0.6).set_y(cell.get_y())
        tag.shift(max(0.0, tag.get_right()[0] - FRAME_RIGHT) * LEFT)   # inside the frame
        arrow = Arrow(tag.get_left(), marks[2].get_right(), buff=0.08, stroke_color=t.focus, stroke_width=4,
                      max_tip_length_to_length_ratio=0.3)
        others = [w for w in own if w is not wire]
        self.wait_before(self.current_tracker, "dials", lead=0.2)
        said_at = self.renderer.time + max(0.0, self.current_tracker.time_until_bookmark("dials"))
        self.play(Create(marks), wire.animate.set_stroke(width=DIAL_SWELL),
                  *(w.animate.set_stroke(opacity=0.25) for w in others), run_time=0.6)
        self.play(FadeIn(tag), GrowArrow(arrow), run_time=0.5)
        flash = wire.copy().set_stroke(t.highlight, width=DIAL_SWELL)
        self.play(ShowPassingFlash(flash, time_width=0.5), run_time=1.0)
        self.show(one_wire={"at": float(self.renderer.time), "said_at": float(said_at), "input": int(chosen),
                            "dial": float(dials[chosen]), "width": float(wire.get_stroke_width()),
                            "map_mark": [float(v) for v in marks[2].get_center()[:2]],
                            "map_corner": [float(v) for v in pattern.frame.get_corner(UL)[:2]],
                            "map_cell": float(pattern.cell),
                            "picture_mark": [float(v) for v in marks[0].get_center()[:2]],
                            "picture_square": [float(v) for v in square.get_center()[:2]],
                            "circle_mark": [float(v) for v in marks[1].get_center()[:2]],
                            "texts": self.words_on_screen()})
        back, red_marks = self.push_glows(diagram, own, pattern, shown, pushes, marks, arrow, tag) if pushes \
            else ([], VGroup())
        self.wait_before(self.current_tracker, "fold", lead=0.4)
        self.play(*(w.animate.set_stroke(width=3, opacity=1.0) for w in own), *back, run_time=0.3)
        return VGroup(marks, red_marks, tag, arrow)

    def dial_marks(self, diagram: NetworkDiagram, pattern: ShadedGrid, square: int) -> VGroup:
        """Outlines of one wire's three ends: our picture's `square`, its input circle and its
        square of the map."""
        t = self.theme
        circle = diagram.neuron_at(0, square)
        picture, cell = self.fed_view[0][square], pattern.cells[square]
        return VGroup(Square(picture.width * 1.15, stroke_color=t.focus, stroke_width=4).move_to(picture),
                      Circle(circle.width / 2 + 0.06, stroke_color=t.focus, stroke_width=4).move_to(circle),
                      Square(cell.width * 1.15, stroke_color=t.focus, stroke_width=5).move_to(cell))

    def glow_change(self, before: float, after: float, blank: bool = False) -> VGroup:
        """"its glow: before -> after", on two lines (on one it ran into the hidden column); with
        `blank` (the first push: `before` is nncore's glow for a blank picture), a third line
        saying so (review s37: "the glow starts at 0.56, and nothing says why")."""
        lines = [self.text("its glow:"), self.text("{before} \u2192 {after}", facts={
            "before": f"{before:.2f}", "after": f"{after:.2f}"})]
        if blank:
            lines.append(self.text("(no ink: {value})", size="label", facts={"value": f"{before:.2f}"}))
        return VGroup(*lines).arrange(DOWN, buff=0.06)

    def glow_words(self, before: float, after: float, pattern: ShadedGrid, tag: Mobject, blank: bool) -> VGroup:
        """The ringed neuron's glow before and after a push, on two lines right of the map, on
        the half of its height the tag "this wire's dial" leaves free; left of them, a big circle
        lit as the neuron is (the neuron itself is small: a rise from 0.56 to 0.74 hardly showed)."""
        words = self.glow_change(before, after, blank)
        swatch = Circle(GLOW_SWATCH, stroke_color=self.theme.text, stroke_width=3)
        swatch.set_fill(lit_colours(self.theme, [before])[0], 1.0)
        shown = VGroup(swatch, words).arrange(RIGHT, buff=0.15)
        shown.next_to(pattern, RIGHT, buff=0.5).align_to(pattern, UP if tag.get_y() < pattern.get_y() else DOWN)
        return shown.shift(max(0.0, shown.get_right()[0] - FRAME_RIGHT) * LEFT)   # inside the frame

    def push_glows(self, diagram: NetworkDiagram, own: VGroup, pattern: ShadedGrid, shown: Sequence[int],
                   pushes: dict, marks: VGroup, arrow: Arrow, tag: Mobject) -> tuple[list[Animation], VGroup]:
        """"This one is blue ... pushes the circle up, and it glows brighter. This one is red
        ... down, dimmer" (review s36, ONE change: moved here from the random start, where the
        words came 60 s after dials were first named): at "up" the ringed neuron glows as a blank
        picture makes it, our ink runs along the blue wire and its glow rises, written before and
        after; at "down" the red wire swells and its three ends are marked, the arrow moves to its
        map square, and the blue wire's glow words go as it comes (review s36: "0.50 -> 0.56"
        still stood while the red wire was drawn); our ink runs along it and the glow drops.
        Returns the animations that put the neuron and its words back, played before the fold,
        and the red wire's marks."""
        t, tracker = self.theme, self.current_tracker
        neuron = diagram.neuron_at(1, pushes["neuron"])
        glows = pushes["glows"]
        unlit = (neuron.get_fill_color(), neuron.get_fill_opacity())
        glow = lambda g: neuron.animate.set_fill(lit_colours(t, [g])[0], 1.0)
        blue, red = (own[list(shown).index(pushes[kind])] for kind in ("blue", "red"))
        said, written, texts, at_red, red_marks = [], None, [], [], VGroup()
        for n, (wire, mark) in enumerate(((blue, "up"), (red, "down"))):
            self.wait_before(tracker, mark, lead=0.2)
            said.append(float(self.renderer.time + max(0.0, tracker.time_until_bookmark(mark))))
            if wire is red:
                red_marks = self.dial_marks(diagram, pattern, pushes["red"])
                moved = Arrow(tag.get_left(), red_marks[2].get_right(), buff=0.08, stroke_color=t.focus,
                              stroke_width=4, max_tip_length_to_length_ratio=0.3)
                self.play(Create(red_marks), wire.animate.set_stroke(width=DIAL_SWELL, opacity=1.0),
                          blue.animate.set_stroke(width=3, opacity=0.25), marks.animate.set_stroke(opacity=0.4),
                          Transform(arrow, moved), FadeOut(written), run_time=0.5)
                at_red = self.words_on_screen()
            written = self.glow_words(glows[n], glows[n + 1], pattern, tag, blank=n == 0)
            swatch, words = written
            texts.append(" ".join(getattr(part, "original_text", part.text) for part in words))
            self.play(glow(glows[n]), FadeIn(written), run_time=0.4)
            flash = wire.copy().set_stroke(t.highlight, width=DIAL_SWELL)
            self.play(ShowPassingFlash(flash, time_width=0.5), run_time=0.5)
            after = lit_colours(t, [glows[n + 1]])[0]
            self.play(glow(glows[n + 1]), swatch.animate.set_fill(after, 1.0), run_time=0.5)
            # (after, not with it: two .animate on the neuron in one play, the swell's kept its old fill)
            self.play(neuron.animate(rate_func=there_and_back).scale(1.3), run_time=0.4)
        self.show(peek_pushes={"neuron": pushes["neuron"], "step": pushes["step"],
                               "squares": [pushes["blue"], pushes["red"]], "said_at": said,
                               "dials": [float(pushes["dials"][pushes["blue"]]), float(pushes["dials"][pushes["red"]])],
                               "colours": [w.get_stroke_color().to_hex() for w in (blue, red)],
                               "glows": glows, "written": texts, "texts_at_red": at_red,
                               "fills": [neuron.get_fill_color().to_hex(), swatch.get_fill_color().to_hex()]})
        return [neuron.animate.set_fill(*unlit), FadeOut(written)], red_marks

    def ink_outline(self, pattern: ShadedGrid, values: np.ndarray) -> VGroup:
        """White outlines, on `pattern`, of the squares where the picture `values` has ink."""
        rows, cols = values.shape
        corner, cell = pattern.frame.get_corner(UL), pattern.cell
        return VGroup(*(Square(cell * 0.9, stroke_color=self.theme.text, stroke_width=3)
                        .move_to(corner + ((c + 0.5) * cell) * RIGHT + ((r + 0.5) * cell) * DOWN)
                        for r in range(rows) for c in range(cols) if values[r, c] >= INK))
