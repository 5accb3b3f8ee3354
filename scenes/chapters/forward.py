"""Chapter "forward": one real training example flows through the untrained network.

The first training example enters the network at step 0 (the random starting weights);
each layer lights up in turn with its real activations, and the outputs, the first
guess, are read off next to the right answer.

    from scenes.output import studio
    studio.render_chapter("forward", "out/history.json", "/tmp/out", index=3)

The values (`forward_values`, the example and its names) are scenes/kit/readings.py's, the
example's picture scenes/kit/pictures.py's.
"""
from __future__ import annotations

from collections.abc import Sequence

import math
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
from manim import (DOWN, LEFT, RIGHT, UP, UR, Animation, AnimationGroup, MoveToTarget, ReplacementTransform, BackgroundRectangle, Circle, Rectangle, Create, Restore, DashedLine, Dot,
                   FadeIn, FadeOut, Indicate, LaggedStart, Line, ManimColor, Mobject,
                   Polygon, Square, SurroundingRectangle, Transform,
                   TransformFromCopy, UpdateFromAlphaFunc, VGroup, ShowPassingFlash, linear, smooth, there_and_back)

from nncore.history import History
from scenes import screen
from scenes.kit import theme as themes
from scenes.kit.chapter import Chapter, and_list, count_words
from scenes.narration import Markup
from scenes.kit.framing import within_frame
from scenes.kit.legend import sign_legend
from scenes.kit.motion import LandOn
from scenes.kit.network_diagram import (NetworkDiagram, brightness, layer_names, lit_colours, on_baseline, pixels_to_neurons,
                                        shown_indices, spread_outputs)
from scenes.kit.numbers import adds_up, factor_places, multiplies_to
from scenes.kit.pictures import below_zero, class_colors, digit_image, example_picture, input_names, shade, squash_plot
from scenes.kit.pictures import minus_mark as kit_minus_mark
from scenes.kit.readings import (EXAMPLE, STEP, class_of, example_words, forward_values, input_kind,
                                 neuron_sum, output_names)

WORKED_KEYS = ("layer", "neuron", "activation", "inputs", "dials", "products", "biggest",
               "rest_count", "rest_sum", "bias", "total", "value")
# the close-up of one neuron (review 9: large): the network ringed it first, then steps back
# (review 11c: kept small in a corner, its names were unreadable and crowded the title)
HEAD_Y = 2.75             # the columns' names
ROW_TOP, ROW_PITCH = 1.95, 0.95
SUM_LOW = -2.8           # a line's centre under the rows at lowest: above the subtitles' band (y < -3)
SUM_DROP = 0.65           # from the last row (the head start) down to a line under it (once the running sum's)
X_CIRCLE = -3.75          # the input circles, right of the picture
X_DIAL = -1.3             # "× dial" on each wire
X_PRODUCT = 0.6           # what each input gives, at its wire's end
X_NEURON, NEURON_Y, NEURON_RADIUS = 2.4, 0.3, 0.55   # the lines come in from its left: its words go right
CURVE_BOX = (3.3, 1.5)    # the squashing curve's width and height (review 10: larger), under the neuron's words
CURVE_ORIGIN = (3.55, -2.0)   # wide enough for a total's words between the floor's end numbers
CURVE_WORDS = "label"     # the curve's numbers and names: about 15 px tall at 480p
END_AIR = 0.4            # from a total's words on the curve's floor to the floor ends' numbers
BAR_WIDTH = 8             # the guess bars' thickness
ROW_GAP = 0.45            # the end table's rows, centre to centre: a label-sized number boxed (0.33) and air
ROW_AIR = 0.06            # the box round a glow reaches this far past its number's top
# the network: room under it for its layers' names, above the subtitles' band (y < -3)
# (height, centre y): the first whose layers' names fit above the subtitles' band (the tiny
# net's short columns keep the first; the digits' full ones take the second)
DIAGRAM_PLACES = ((5.3, -0.15), (5.0, 0.0))
NAMES_ROOM = 0.45         # from the lowest neuron's bottom to its layer name's bottom
# the network kept in the top right during a close-up: its right edge, its top, its height (at 1.2
# high, about 70 px at 480p, a thumbnail too small to read, review s31); under it, its name stays
# clear of the close-up's heading over the neuron
MINI = (6.85, 3.9, 1.95)
MINI_NAME_AIR = 0.12      # from the small network's bottom to its name's top
SHRINK_AND_GROW = 1.3     # the network shrinking into the corner (0.8 s: quick, review ab-k1 s28) and the close-up's neuron growing out of it
# the ten outputs' glows kept, dimmed, at the left while the brightest is worked out large
# (left, right, top of their room: left of the close-up's rows; how much they dim)
STRIP = (-6.95, -4.3, 2.95)
STRIP_DIM = 0.55
VERDICT_LEFT = 0.2        # a lone output's verdict lines, over its table, stay right of this (the network's hidden neurons)
OUTPUT_CURVE_SHIFT = 0.45 * LEFT + 0.1 * DOWN   # a lone output's curve: under its glow, its "1/2" inside the frame
SHADE = 0.22              # the output curve's halves, each in its class's colour: faint behind the curve
TRUTH_ROOM = 0.5          # several outputs: the "should glow" column's width, after the bars
PAIR_RADIUS = 0.42        # the key's two neurons drawn large as "hollow, with a bar" is said (the network's are 0.3)
PAIR_PLACE = (-0.6, -2.1)   # under the close-up's sum line, clear of the curve and the wires' key
KEY_RADIUS = 0.15         # the curve's key: a neuron beside each of the side's numbers (18 px across at 480p)
ROW_KEY_AIR = 0.03        # a row's square flown beside its circle: this clear of its ring and of the picture
PULSES = 16               # dots per layer pair in the forward flow: enough to read as a flow, few to draw
PULSE_RADIUS = 0.08       # about 5 px at 480p (0.06 read as specks)
VEIL = 0.6                # how much the rest of the network dims while one neuron's wires are shown
CLOSE = 0.1               # the right answer's score this near the winner's is "close, but ... a bit brighter"
POINT_BIG, POINT_PLACE = 3.2, (5.0, -0.75, 0)   # the points' picture stepped out, large, right of the net
# the wires' key kept through a close-up (review s33: it went as the close-up came, whose wires
# keep their colours): each row's words on two lines, so it fits under the picture at the left,
# clear of the rows (their circles from x -4.0), its bottom above the subtitles' band
CLOSE_KEY_CORNER = (-6.95, -2.9)
ZERO_KEY_RADIUS = 0.3      # the neurons' looks kept beside the lone output's table: the network's size
ZERO_KEY_PLACE = (4.4, -2.8)   # bottom right, under the table (at 4.9 "below zero" ran off the frame)
OTHERS_DRAWN = 6          # a hidden layer this small is drawn whole: its neurons not worked out are named
FADED_WIRES = 0.06        # the other colour's wires while one colour is named: there, but far back
QUICK = 0.3               # a quick change: a frame catches less of it half-faded
EDGE_ROOM = 6.85          # nothing drawn right of this: the frame ends at 7.1 (at 7.0 "should glow" touched it)
# the sum as a bar (review s36, ONE change: "x dial" was only words): right of the neuron, the
# running total's bar (left) and the part just added beside its end (right); review s36 r2: between
# the "gives" column and the neuron its name ran into the rows' numbers ("+0.58 sum so far")
BAR_RUN_X, BAR_PART_X = 3.45, 3.7
BAR_THICK = 0.22          # about 13 px at 480p (review s37: at 0.16 the tiny net's -0.11 was a speck)
FLOOR_BAR_THICK = 0.07    # the total's bar laid on the curve's floor
BAR_ROOM = (-2.3, 0.9)    # lowest and highest y the bars reach: over the subtitles' band, under the neuron's heading
BAR_SCALE = 3.0           # at most this long for 1.0 of the sum (the digits' 1.03: about 185 px at 480p); review
                          # s37: at 2.5 the tiny net's first sum, -0.11, was a speck below the line

SQUASH_WORDS = {
    "sigmoid": "a brightness between zero and one",
    # review s32 (tiny): "brightness out" ran down to -1 on the curve, a brightness below zero with
    # no word of how it looks: said as the curve's key shows it (squash_picture)
    "tanh": Markup("a brightness between minus one and one; <bookmark mark='below'/>hollow, with a bar, "
                   "means below zero"),
    "relu": "a brightness that is never below zero",
}


# --- pictures of an example ---

def lit_color(value: float) -> ManimColor:
    """The colour a neuron (or pixel) of this activation gets: background to fully lit."""
    return shade(value, themes.current().neuron_fill)


def minus_mark(circle: Mobject, value: float) -> VGroup:
    """A glow below zero drawn hollow with its bar, the video's one look for it (the kit's
    MinusMark); empty for a glow that reads 0.00 or more."""
    return kit_minus_mark(circle, value) if below_zero(value) else VGroup()


def glow_glyph(value: float, radius: float) -> VGroup:
    """A neuron glowing `value`, small: lit as the network lights it, hollow with its bar below zero."""
    disc = Circle(radius, stroke_color=themes.current().neuron_stroke, stroke_width=1.5,
                  fill_color=lit_color(value), fill_opacity=1.0)
    return VGroup(disc, minus_mark(disc, value))


def ink_picture(history: History, size: float) -> Mobject | None:
    """The example as chapter 1 drew it: a picture's ink grey-white (yellow is a neuron's
    glow: the ink turns yellow only as it lands on its input neuron); a point or nothing as
    example_picture draws it."""
    if input_kind(history) != "image":
        return example_picture(history, EXAMPLE, size)
    return digit_image(history.split("train")[0][EXAMPLE], size)


def pixel_ring(cell: float, t) -> VGroup:
    """A "look here" square round one pixel: white over a dark rim, seen on ink and on blank;
    a little wider than the pixel and bolder (review ab-k1 s23: "very small white boxes" at 480p)."""
    return VGroup(Square(1.3 * cell, stroke_color=t.background, stroke_width=9),
                  Square(1.3 * cell, stroke_color=t.focus, stroke_width=4))


def row_ring(circles: Sequence[Mobject]) -> float:
    """The air round a drawn input's ring: close enough to touch the next, never to overlap."""
    return min(0.03, (abs(circles[0].get_y() - circles[1].get_y()) - circles[0].width) / 2 - 0.005)


def few_words(history: History) -> str:
    """What the picture's unrolled column becomes (Forward.unroll), said as it shrinks: which
    inputs the network draws, the dots for the rest; nothing when all are drawn."""
    n = history.config["sizes"][0]
    shown = shown_indices(n)
    if input_kind(history) != "image" or len(shown) == n:
        return ""
    if edge_rows(n):
        # each part named as it is linked on the picture (review ab2-k1, ONE change: "the top row
        # and the bottom row" were not marked on the picture, the dots a faint speck)
        return Markup("<bookmark mark='few'/>We draw only <bookmark mark='top'/>the top row "
                      f"<bookmark mark='bottom'/>and the bottom row; <bookmark mark='dots'/>the dots stand for "
                      f"the {n - len(shown)} in between. ")
    return Markup("<bookmark mark='few'/>We draw only a few of them; the dots stand for the rest. ")


def edge_rows(n: int) -> bool:
    """Whether a square picture of n inputs is drawn as its top row and its bottom row."""
    side, shown = math.isqrt(n), shown_indices(n)
    return side * side == n and shown == [*range(side), *range(n - side, n)]


def input_labels(history: History, values: np.ndarray, places: int = 2) -> list[str] | None:
    """Rounded input values beside the input neurons, named ("across", a CSV's column
    names) when the inputs have names, unless the input is an image; to `places` decimals,
    the close-up's rows' (review ab-x1 s24: "up 0.77" in the network, "0.773" in the rows)."""
    kind = input_kind(history)
    if kind == "image":
        return None
    names = input_names(history)
    if names is None:
        return [f"{v:.{places}f}" for v in values]
    return [f"{word} {v:.{places}f}" for word, v in zip(names, values)]


def signed_number(value: float, places: int = 2) -> str:
    """+0.23 or \u22120.20 (a real minus sign): a product or a sum as the panel writes it."""
    return f"{value:+.{places}f}".replace("-", "\u2212")


def plain_number(value: float, places: int = 2) -> str:
    return f"{value:.{places}f}".replace("-", "\u2212")


def rows_adding_up(parts: list[float], total: float, places: int = 2, free: Sequence[int] = ()) -> list[float]:
    """The rows of a sum as written, so that they add up to its total as written (review u1: the
    output's rows +0.64 -0.60 +0.01 -0.08 +0.00 made -0.03, its total -0.04): each rounded, then
    the rows rounded furthest the other way moved one last digit towards the total, as few as
    it takes; each stays within one last digit of its true value. The rows in `free` (a sum of
    rows not written out, a head start: nothing on screen to check them by hand against) move
    first, within one and a half last digits: review s19 g1 multiplied 0.61 x 0.34 and found
    the row written 0.20, not 0.21, while "+ 13 more glows" took none of the rounding."""
    unit = 10.0 ** -places
    shown = [round(p, places) for p in parts]
    steps = int(round((round(total, places) - sum(shown)) / unit))
    side = 1 if steps > 0 else -1
    # the rows rounded most against the needed direction first; the free ones before the rest,
    # unless they are exactly 0 (a head start not yet moved: "-0.01" would be false)
    order = sorted(range(len(parts)), key=lambda k: side * (shown[k] - parts[k]))
    movable = [k for k in order if k in free and parts[k] != 0 and abs(shown[k] + side * unit - parts[k]) <= 1.5 * unit + 1e-12]
    for k in (movable + [k for k in order if k not in movable])[:abs(steps)]:
        shown[k] += side * unit
    return [round(v, places) for v in shown]


def output_rows(work: dict) -> tuple[list[float], int, bool]:
    """The worked output's rows as written, their decimals, and whether they add up to its total
    as written. Each row with a glow and a dial written beside it is those two numbers, as
    written, multiplied and rounded: what a viewer gets by hand. Two decimals when the rows
    with nothing written to check them by (the rest, the head start) can take the rounding;
    else three; failing both, two and the total "about" (review s20 v1: the tiny net's head
    start is 0 and every row is written out, so -0.475 x -1.338 = 0.636 was written +0.63)."""
    factors, rows, places, exact = output_written(work)
    return rows, places, exact


def output_written(work: dict) -> tuple[int, list[float], int, bool]:
    """output_rows, and the decimals of the glows and dials written beside the rows: two, as the
    network wrote its glows, when their products by hand, each within a last digit of its own,
    add up to the total (review ab2-x1, ONE change: the tiny net's table wrote -0.616 and 0.748
    for the glows just worked out as -0.62 and 0.75); else the fewest with which each product
    by hand is its own, rounded (factor_places)."""
    nb = len(work["biggest"])
    fewest = max(factor_places(work["inputs"][k], work["dials"][k]) for k in work["biggest"])
    rest = [*([work["rest_sum"]] if work["rest_count"] else []), work["bias"]]
    free = range(nb, nb + len(rest))
    for factors in sorted({2, fewest}):
        exact = [Decimal(f"{work['inputs'][k]:.{factors}f}") * Decimal(f"{work['dials'][k]:.{factors}f}")
                 for k in work["biggest"]]
        for places in (2, 3):
            written = [float(p.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)) for p in exact]
            near = all(abs(w - work["products"][k]) <= 10.0 ** -places + 1e-12 for w, k in zip(written, work["biggest"]))
            rows = rows_adding_up([*written, *rest], work["total"], places, free=free)
            if near and rows[:nb] == written:
                return factors, rows, places, True
    exact = [Decimal(f"{work['inputs'][k]:.{fewest}f}") * Decimal(f"{work['dials'][k]:.{fewest}f}") for k in work["biggest"]]
    written = [float(p.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)) for p in exact]
    rows = [*written, *(round(v, 2) for v in rest)]
    return fewest, rows, 2, adds_up(rows, work["total"])


def out_sum_words(work: dict) -> str:
    """The worked output's total as said: as written (output_rows), "about" when its rows miss it."""
    _, places, exact = output_rows(work)
    total = work["total"]
    return ("" if exact else "about ") + (f"minus {abs(total):.{places}f}" if total < 0 else f"{total:.{places}f}")


def drawn_hidden(history: History) -> list[int]:
    """The first hidden layer's neurons the diagram draws (a wide layer elides its middle)."""
    return shown_indices(len(forward_values(history)["activations"][1]))


def first_work(history: History) -> dict:
    """The neuron worked out first: the brightest of those drawn (it is ringed in the diagram)."""
    return neuron_sum(history, among=drawn_hidden(history))


def second_work(history: History, first: int) -> dict:
    """The second neuron worked out: the dimmest drawn one of the hidden layer, other than
    `first`, whose parts, as shown, add up to its total as shown (else the dimmest drawn), so
    the two glow apart and both check by hand. Each candidate is worked out only when reached."""
    acts, drawn = forward_values(history)["activations"][1], set(drawn_hidden(history))
    order = [int(k) for k in np.argsort(acts, kind="stable") if int(k) in drawn and int(k) != first] or [first]
    works = (neuron_sum(history, neuron=k) for k in order)
    checks = lambda w: adds_up([*(w["products"][k] for k in w["biggest"]), w["rest_sum"], w["bias"]], w["total"])
    return next((w for w in works if checks(w)), None) or neuron_sum(history, neuron=order[0])


def other_hidden(history: History, first: int, second: int) -> list[int]:
    """The hidden neurons not worked out, when the network draws every hidden neuron and only a
    few (1 to 3) are left: they are named with their glows as the network comes back (review
    one-forward, tiny 108-123 s: the -0.47 and 0.07 neurons appeared without mention)."""
    acts = forward_values(history)["activations"]
    if len(acts) < 3:
        return []
    n = len(acts[1])
    rest = [k for k in range(n) if k not in (first, second)]
    return rest if n <= OTHERS_DRAWN and 1 <= len(rest) <= 3 else []


def others_words(history: History, rest: Sequence[int]) -> str:
    """"The other two work the same: minus 0.47 and 0.07." (the real glows, in the network's
    order), or nothing."""
    if not rest:
        return ""
    acts = forward_values(history)["activations"][1]
    said = [f"minus {abs(acts[k]):.2f}" if acts[k] < 0 else f"{acts[k]:.2f}" for k in rest]
    listed = and_list(said)
    who = "The other one works" if len(rest) == 1 else f"The other {count_words(len(rest))} work"
    return Markup(f"<bookmark mark='others'/>{who} the same: <bookmark mark='values'/>{listed}. ")


def curve_reach(*works: dict) -> float:
    """How far the squashing curve's floor runs each way: past every total it is read at."""
    return max(4.0, *(1.25 * abs(w["total"]) for w in works))


def factor_digits(*works: dict) -> int:
    """One number of decimals for every input and dial the close-ups write and say: the fewest
    with which each row's two numbers, as written, give its product as written (review 11c:
    0.773 on one row, 0.27 on the next and 0.77 on the second neuron's; "about 1.08" said)."""
    return max(factor_places(w["inputs"][k], w["dials"][k]) for w in works for k in w["biggest"])


def in_network_order(work: dict) -> dict:
    """A neuron whose every input has a row: its rows in the network's own order, top to bottom
    (review 11c: the rows put "up" above "across", the network "across" above "up"). With the
    rest summed, the biggest few stay biggest first (the network draws few of a picture's pixels)."""
    return {**work, "biggest": sorted(work["biggest"])} if not work["rest_count"] else work


def close_up(scene: Chapter, work: dict, picture: Mobject | None, head: str = screen.mark("one hidden neuron"),
             places: int = 2, head_facts: dict | None = None, what: str | None = None,
             written: Sequence[float] | None = None, digits: int = 2, more: str = "inputs") -> dict[str, Mobject]:
    """One neuron, large, with the network gone (review 9): a row per biggest input that reads
    as its sum, left to right: the input circle lit as bright as it is, its value, its wire in
    the dial's colour with "× dial" on it, what it gives at the wire's end, and a line from
    there into the neuron; then a row for the other inputs together and one for the head start.
    An image's pixel is ringed on the picture, a thin line from it to its row.
    An output worked the same way (review ab-k3 s25): `head_facts` fill its heading, `what` names
    its inputs' column (its hidden glows), `written` are its rows' products as written (output_rows,
    in `digits` decimals, the rest's and the head start's last) and `more` names the rest."""
    t = scene.theme
    image = picture[0] if picture is not None and input_kind(scene.history) == "image" else None
    what = what or (screen.mark("brightness") if input_kind(scene.history) == "image" else screen.mark("input"))
    nb = len(work["biggest"])
    values = list(written) if written is not None else [*(work["products"][k] for k in work["biggest"]),
                                                         *([work["rest_sum"]] if work["rest_count"] else []), work["bias"]]
    neuron = Circle(NEURON_RADIUS, stroke_color=t.neuron_stroke, stroke_width=3, fill_color=lit_color(0.0),
                    fill_opacity=1.0).move_to([X_NEURON, NEURON_Y, 0])
    # bright: grey column heads were among the dim labels reviewers named (session 16)
    heads = VGroup(scene.text(what).move_to([X_CIRCLE + 0.55, HEAD_Y, 0]),
                   scene.text("\u00d7 dial").move_to([X_DIAL, HEAD_Y, 0]),
                   scene.text("= gives").move_to([X_PRODUCT, HEAD_Y, 0]))
    # over the neuron and right of it: the lines come in from the left
    head = scene.text(head, color=t.text, facts=head_facts)
    head.next_to(neuron, UP, buff=0.25).align_to(neuron.get_center() + 0.15 * LEFT, LEFT)
    rows, products = VGroup(), VGroup()
    # closer rows when they and a line under them would reach the subtitles' band (the digits' 6 rows)
    pitch = min(ROW_PITCH, (ROW_TOP - SUM_LOW - SUM_DROP) / (len(work["biggest"]) + 1))

    def ending(y: float, value: float, row: VGroup, start_x: float, color, width: float) -> None:
        """The row's wire from start_x, what it gives at its end, and the line into the neuron."""
        product = scene.text("{product}", color=t.text, facts={"product": signed_number(value, digits)})
        product.move_to([X_PRODUCT, y, 0])
        wire = Line([start_x, y, 0], [product.get_left()[0] - 0.15, y, 0], stroke_color=color, stroke_width=width)
        feed = Line(product.get_right() + 0.1 * RIGHT, neuron.get_center(), buff=NEURON_RADIUS,
                    stroke_color=t.muted, stroke_width=2)
        row.add(wire, product, feed)
        products.add(product)

    for place, k in enumerate(work["biggest"]):
        y = ROW_TOP - place * pitch
        row = VGroup()
        circle = Circle(0.26, stroke_color=t.neuron_stroke, stroke_width=2, fill_color=lit_color(work["inputs"][k]),
                        fill_opacity=1.0).move_to([X_CIRCLE, y, 0])
        if image is not None:
            side = math.isqrt(len(work["inputs"]))
            r, c = divmod(k, side)
            # white on a dark rim: it reads on grey-white ink and on a blank square alike
            square = pixel_ring(image.cell, t).move_to(image.center_of(r + 0.5, c + 0.5))
            row.add(square, Line(square.get_center(), circle.get_center(), buff=0.27,
                                 stroke_color=t.text, stroke_width=1.2))
        amount = scene.text("{input}", facts={"input": plain_number(work["inputs"][k], places)}).next_to(
            circle, RIGHT, buff=0.15)
        sign = t.positive if work["dials"][k] >= 0 else t.negative
        dial = scene.text("\u00d7 {dial}", facts={"dial": plain_number(work["dials"][k], places)})
        dial.add_background_rectangle(color=t.background, opacity=1.0, buff=0.05)
        dial.add(SurroundingRectangle(dial, color=sign, buff=0.04, stroke_width=2.5)).move_to([X_DIAL, y, 0])
        row.add(circle, minus_mark(circle, work["inputs"][k]), amount)
        row.circle = circle   # (what the small network's circle grows into, from_mini)
        ending(y, values[place], row, amount.get_right()[0] + 0.12, sign, 6)
        row.add(dial)   # over its wire
        rows.add(row)

    def side_row(y: float, words: str, facts: dict | None = None, value: float | None = None) -> VGroup:
        """A row for what is not one input: its words at the inputs' left edge, its value at the end."""
        # white, as the rows over them (review k: grey "+ 60 more inputs" read dimmer than the rest)
        row = VGroup(scene.text(words, color=t.text, facts=facts).move_to([X_CIRCLE - 0.26, y, 0], aligned_edge=LEFT))
        if value is not None:
            ending(y, value, row, row.get_right()[0] + 0.12, t.muted, 3)
        return row

    y = ROW_TOP - len(work["biggest"]) * pitch
    if work["rest_count"]:
        rows.add(side_row(y, screen.mark("+ {count} more {inputs}"),
                          {"count": work["rest_count"], "inputs": more[:-1] if work["rest_count"] == 1 else more},
                          values[nb]))
    else:
        rows.add(side_row(y, screen.mark("(no other inputs)")))
    # the head start, zero or not: where the pass adds it is where it is named (review t)
    rows.add(side_row(y - pitch, screen.mark("+ head start"), value=values[-1]))
    # the blank pixels among the rest, dotted on the picture and counted under their row (review 10)
    blank = VGroup()
    if image is not None and blank_inputs(work):
        side = math.isqrt(len(work["inputs"]))
        for k in blank_inputs(work):
            r, c = divmod(k, side)
            # a dot on each: grey filling would now read as faint grey-white ink
            blank.add(Dot(image.center_of(r + 0.5, c + 0.5), radius=0.27 * image.cell, color=t.muted))   # about 9 px across at 480p (0.18: "tiny dots", review ab-k1 s23)
        blank.add(scene.text("{count} blank: each adds 0", color=t.text,
                             facts={"count": len(blank_inputs(work))})
                  .next_to(rows[len(work["biggest"])], DOWN, buff=0.12, aligned_edge=LEFT))
    # the parts as shown may miss the total by a rounding: then the total says "about"
    parts = [*(work["products"][k] for k in work["biggest"]), work["rest_sum"], work["bias"]]
    template = screen.mark("total: {total}") if adds_up(parts, work["total"]) else screen.mark("total: about {total}")
    total = scene.text(template, color=t.text, facts={"total": plain_number(work["total"])})
    glow = scene.text("glows {value}", color=t.highlight, facts={"value": plain_number(work["value"])})
    glow.next_to(neuron, RIGHT, buff=0.2)
    # (the sum so far is drawn as bars beside the neuron, sum_bars: review s37, the line of sums
    # under the column said the same again; the total takes the white bar's name's place)
    return {"neuron": neuron, "heads": heads, "head": head, "rows": rows, "products": products,
            "total": total, "glow": glow, "blank": blank, "minus": minus_mark(neuron, work["value"])}


def sum_parts(work: dict) -> list[float]:
    """The real parts the column adds, in its order: each row's product, the rest's, the head start."""
    return [*(float(work["products"][k]) for k in work["biggest"]),
            *([float(work["rest_sum"])] if work["rest_count"] else []), float(work["bias"])]


def arrow_bar(start: np.ndarray, end: np.ndarray, color, thick: float = BAR_THICK) -> VGroup:
    """A thick bar from point `start` to `end`, its point at `end`: pointing up when it adds,
    down when it takes away; empty when it is nothing long."""
    start, end = np.asarray(start, dtype=float), np.asarray(end, dtype=float)
    length = float(np.linalg.norm(end - start))
    if length < 1e-6:
        return VGroup()
    way = (end - start) / length
    side = np.array([-way[1], way[0], 0.0]) * thick / 2
    neck = end - way * min(0.12, length / 2)
    return VGroup(Polygon(start - side, start + side, neck + side, end, neck - side,
                          stroke_width=0, fill_color=color, fill_opacity=1.0))


def sum_bars(scene: Chapter, work: dict, written: Sequence[float] | None = None, places: int = 2,
             glow: bool = True, key: str = "sum_bar_at") -> dict:
    """The neuron's sum drawn as bars, one scale for all (the real numbers, never rounded): the
    first input's glow as a yellow bar (`glow`; the first neuron's only), each part as a blue bar
    pointing up or a red one pointing down, starting where the sum so far ends (`parts`), and the
    sum so far after each as one white bar from zero (`runs`; the last ends at the real total); a
    line at zero. Under them, one name per white bar with its number: "sum so far 0.45" (`labels`,
    the rows as written added, written_sums: review s37, the bar alone gave no number to check).
    `key`: the manifest's list of when each part was stacked (stack_bar)."""
    t = scene.theme
    parts = sum_parts(work)
    ends = [float(v) for v in np.cumsum([0.0, *parts])]
    first = float(work["inputs"][work["biggest"][0]])
    lo, hi = min(0.0, *ends, *([first] if glow else [])), max(0.0, *ends, *([first] if glow else []))
    scale = min(BAR_SCALE, (BAR_ROOM[1] - BAR_ROOM[0]) / max(hi - lo, 1e-9))
    # centred on the neuron, kept inside its room
    zero = float(np.clip(NEURON_Y - scale * (lo + hi) / 2, BAR_ROOM[0] - scale * lo, BAR_ROOM[1] - scale * hi))
    at = lambda x, v: np.array([x, zero + scale * v, 0.0])
    bars = [arrow_bar(at(BAR_PART_X, a), at(BAR_PART_X, b), t.positive if b >= a else t.negative)
            for a, b in zip(ends, ends[1:])]
    runs = [arrow_bar(at(BAR_RUN_X, 0.0), at(BAR_RUN_X, v), t.text) for v in ends[1:]]
    # the line at zero, bright and named "0" at its right (review s36 r2: the bars stood on a faint
    # stub); the white bar named "sum so far 0.45" under the lowest any bar reaches, where the
    # total's words take its place
    line = Line([BAR_RUN_X - 0.2, zero, 0], [BAR_PART_X + 0.25, zero, 0], stroke_color=t.text, stroke_width=3)
    zero_word = scene.text("0", color=t.text).next_to(line, RIGHT, buff=0.08)
    sums = written_sums(work, written, places)[1]
    labels = [scene.text("sum so far {sum}", color=t.text, facts={"sum": plain_number(v, places)})
              .next_to([BAR_RUN_X - BAR_THICK, zero + scale * lo, 0], DOWN, buff=0.18, aligned_edge=LEFT)
              for v in sums]
    label = labels[0]
    return {"zero": VGroup(line, zero_word), "glow": arrow_bar(at(BAR_PART_X, 0.0), at(BAR_PART_X, first), t.neuron_fill),
            "parts": bars, "runs": runs, "label": label, "labels": labels, "key": key,
            "shown": {"zero_y": zero, "scale": scale, "glow": first, "ends": ends, "sums": sums,
                      "label": [float(v) for v in (label.get_left()[0], label.get_right()[0], label.get_top()[1])]}}


def written_sums(work: dict, written: Sequence[float] | None = None, places: int = 2) -> tuple[list[float], list[float]]:
    """The column's rows as written and the sums so far of them, in `places` decimals: each sum
    checks by hand against the rows on screen. `written`: the rows as the column writes them (an
    output's, output_rows); else the neuron's products, the rest's and the head start."""
    parts = [round(float(p), places) for p in (written if written is not None else sum_parts(work))]
    return parts, [round(float(v), places) + 0.0 for v in np.cumsum(parts)]   # (+ 0.0: never "\u22120.00")


def squash_picture(scene: Chapter, work: dict, reach: float | None = None,
                   others: tuple[float, ...] = (), places: int = 2) -> dict[str, Mobject]:
    """The real squashing curve of the neuron's activation, with its axes named in words and
    ticked (the total along the floor, the brightness up the side), the total on its floor
    and a dot that walks along the curve to it; the brightness read off on the left."""
    t = scene.theme
    reach = reach or curve_reach(work)
    # the side's ends are the squash's own limits, whole numbers: -1 and +1 for a curve that
    # goes below zero, 0 and 1 for one that does not (review w: "-1.0" alone, no 0 or +1)
    axes, curve, at, low, high = squash_plot(t, work["activation"], reach, CURVE_BOX, CURVE_ORIGIN)
    z = work["total"]
    # as the words go: start at the total on the floor, go up to the curve
    dot = Dot(at(z, low), radius=0.09, color=t.focus)
    rise = dot.copy().move_to(at(z, work["value"]))
    up = DashedLine(at(z, low), at(z, work["value"]), color=t.focus, stroke_width=2)
    across = DashedLine(at(z, work["value"]), at(-reach, work["value"]), color=t.focus, stroke_width=2)
    out = scene.text("{value}", size=CURVE_WORDS, color=t.highlight, facts={"value": plain_number(work["value"])})
    out.next_to(at(-reach, work["value"]), LEFT, buff=0.08)
    ticks = VGroup()
    # the floor: where the total goes, from the most negative drawn to the most positive
    # (a tick's number the total, written at its own place, would cover is left out)
    # `others`: the totals later stood on this same floor (the second neuron's, review r1t:
    # "total: -0.72" over the "-4" the first neuron's curve kept); each by its written width
    # review ab1: "total: 1.03" stood against the floor's "4" (0.3 apart, read as one): each total
    # stands under its place but kept END_AIR from the ends' numbers, and leaves out the middle's 0
    # when it would come near it
    ends = [scene.text("{x}", size=CURVE_WORDS, facts={"x": tick_number(x)}).width / 2 for x in (-reach, reach)]

    def stand(total: float) -> tuple[float, float]:
        """Where a total's words stand on this floor (their centre's x) and half their width."""
        half = scene.text("total: {total}", facts={"total": plain_number(total, places)}).width / 2
        lo, hi = at(-reach, low)[0] + ends[0] + END_AIR + half, at(reach, low)[0] - ends[1] - END_AIR - half
        return float(np.clip(at(total, low)[0], lo, hi) if lo <= hi else (lo + hi) / 2), half

    rooms = [stand(o) for o in (z, *others)]
    for x in (-reach, 0.0, reach):
        mark = Line(at(x, low), at(x, low) + 0.1 * DOWN, stroke_color=t.muted, stroke_width=2)
        word = scene.text("{x}", size=CURVE_WORDS, color=t.text, facts={"x": tick_number(x)})
        ticks.add(mark)
        if all(abs(at(x, low)[0] - centre) > half + word.width / 2 + 0.1 for centre, half in rooms):
            ticks.add(word.next_to(mark, DOWN, buff=0.05))
    # the total's own place on the floor, marked where the walk up starts
    place = Line(at(z, low) + 0.1 * UP, at(z, low) + 0.15 * DOWN, stroke_color=t.focus, stroke_width=3)
    # the side: its ends and 0 (the tiny net's -1, 0, +1), each ticked and written; the read-off
    # value stands left of them when it comes near one (never a tick left out)
    side = {}
    for y in sorted({low, 0.0, high}):
        word = scene.text("{y}", size=CURVE_WORDS, color=t.text,
                          facts={"y": ("+" if y > 0 and low < 0 else "") + tick_number(y)})
        side[y] = word.next_to(at(-reach, y) + 0.1 * LEFT, LEFT, buff=0.06)
        ticks.add(Line(at(-reach, y), at(-reach, y) + 0.1 * LEFT, stroke_color=t.muted, stroke_width=2), word)
    # a curve that goes below zero: how a neuron looks at each of the side's numbers, left of
    # it (review s32, tiny: a brightness of -1 with no picture of it), the key of the hollow look
    key = {y: glow_glyph(y, KEY_RADIUS).next_to(word, LEFT, buff=0.08) for y, word in side.items()} if low < 0 else {}
    ticks.add(*key.values())
    near = [VGroup(w, *([key[y]] if y in key else [])) for y, w in side.items()
            if abs(w.get_center()[1] - out.get_center()[1]) < 0.3]
    if near:
        out.next_to(VGroup(*near), LEFT, buff=0.12).set_y(at(-reach, work["value"])[1])
    # both axes named in plain words: the total comes in along the floor, the brightness goes out up the side
    floor_name = scene.text("total coming in", size=CURVE_WORDS, color=t.text)
    floor_name.next_to(at(0.0, low), DOWN, buff=0.75)
    # starting over the side axis and running right: clear of the network's output names on its left
    side_name = scene.text("brightness out", size=CURVE_WORDS, color=t.text)
    side_name.next_to(at(-reach, high), UP, buff=0.12).align_to(axes, LEFT)
    names = VGroup(side_name,
                   ticks, floor_name)
    slot = np.array([rooms[0][0], at(z, low)[1] - 0.42, 0.0])   # where the total stands: under its own place
    # the total's bar laid on the floor, from zero to the total, just over it: where the walk up starts
    # (thin: at the bars' thickness it was a blob over the floor's tick, review s36 r2, tiny 90-108 s)
    lift = (FLOOR_BAR_THICK / 2 + 0.03) * UP
    floor_bar = arrow_bar(at(0.0, low) + lift, at(z, low) + lift, t.text, FLOOR_BAR_THICK)
    return {"floor_bar": floor_bar, "floor_x": [float(at(0.0, low)[0]), float(at(z, low)[0])], "axes": axes, "curve": curve, "rise": rise, "dot": dot, "up": up, "across": across,
            "out": out, "names": names, "place": place, "slot": slot, "reach": reach, "side": side, "key": key}


def near_words(glow: float) -> str | None:
    """A lone output's glow within 0.05 of one half, in words: which side of the line it falls."""
    if abs(glow - 0.5) >= 0.05:
        return None
    return screen.mark("just under \u00bd") if glow < 0.5 else screen.mark("just over \u00bd")


def tick_number(value: float) -> str:
    """An axis end as the tick says it: 4, \u22125.3 (whole numbers without decimals)."""
    return plain_number(value).replace(".00", "") if float(value).is_integer() else f"{value:.1f}".replace("-", "\u2212")


def ok_color(t, right: bool) -> str:
    """Green for a right guess, grey for a wrong one (red is the colour of a dial below zero
    only; a wrong guess standing alone also gets a cross)."""
    return t.right if right else t.wrong


def table_rows_y(circles: list[Mobject]) -> list[float]:
    """The end table's rows: beside their outputs when those stand far enough apart, else spread
    evenly about the outputs' middle, a row of label-sized numbers and its box apart from the next
    (review ab1: the digits' rows touched and the ringed 0.76 ran into 0.37 and 0.54)."""
    ys = [float(c.get_center()[1]) for c in circles]
    if len(ys) < 2 or ys[0] - ys[1] >= ROW_GAP - 1e-6:   # (spread_outputs puts them ROW_GAP apart)
        return ys
    middle = (ys[0] + ys[-1]) / 2
    return [middle + (len(ys) - 1) / 2 * ROW_GAP - p * ROW_GAP for p in range(len(ys))]


def output_work(history: History) -> dict:
    """The brightest output, worked by the same rule: its 3 (else 2, 4 or 5) biggest hidden glows
    times dials, those that as written add up to its total as written."""
    acts = forward_values(history)["activations"]
    layer = len(acts) - 1
    # a small hidden layer (the tiny net's 4) is shown whole: every glow the output adds is checkable
    # (review t1: the lone output's -0.04 came with none of its dials)
    tops = (len(acts[layer - 1]),) if len(acts[layer - 1]) <= 5 else (3, 2, 4, 5)
    works = [in_network_order(neuron_sum(history, layer=layer, top=top)) for top in tops]
    good = [w for w in works
            if adds_up([*(w["products"][k] for k in w["biggest"]), w["rest_sum"], w["bias"]], w["total"])]
    return (good or works)[0]


def clear_spot(tag: Mobject, neuron: Mobject, wires: list[tuple[np.ndarray, np.ndarray]], output: Mobject,
               first) -> Mobject:
    """`tag` right of `neuron`, above or below its level (`first` tried first), as near as it can
    be while no wire (start, end) runs through it and it keeps off `output`'s ring; failing
    that, the place fewest wires' points fall in."""
    def hits(box) -> int:
        (x0, y0), (x1, y1) = box
        inside = 0
        for a, b in wires:
            for s in np.linspace(0.0, 1.0, 60):
                x, y = (a + (b - a) * s)[:2]
                inside += x0 - 0.04 <= x <= x1 + 0.04 and y0 - 0.04 <= y <= y1 + 0.04
        c, r = output.get_center(), output.width / 2 + 0.2
        near_x = min(max(c[0], x0), x1)
        near_y = min(max(c[1], y0), y1)
        return inside + 100 * (math.hypot(c[0] - near_x, c[1] - near_y) < r)
    best = None
    for buff in (0.22, 0.35, 0.5):
        for side in (first, -first):
            tag.next_to(neuron, RIGHT, buff=buff).shift((tag.height / 2 + 0.02) * side)
            box = (tag.get_corner(DOWN + LEFT)[:2], tag.get_corner(UP + RIGHT)[:2])
            n = hits(box)
            if n == 0:
                return tag
            if best is None or n < best[0]:
                best = (n, tag.get_center().copy())
    return tag.move_to(best[1])


def carriers(diagram: NetworkDiagram, activations: list[np.ndarray], weights: list[np.ndarray], p: int,
             most: int = PULSES) -> list[tuple[int, int]]:
    """The drawn wires of pair p the pulses run along, as (input, output) neuron indices: into
    each drawn neuron of the next layer, its wires that carry the most of the signal (input glow
    times dial, by size), as many each as `most` allows (at least one): every neuron lit next
    is reached; none that carries nothing."""
    targets, sources = diagram.shown_indices(p + 1), diagram.shown_indices(p)
    each = max(1, most // len(targets))
    picked = []
    for o in targets:
        carried = np.array([abs(activations[p][i] * weights[p][o, i]) for i in sources])
        picked += [(sources[k], o) for k in np.argsort(-carried, kind="stable")[:each] if carried[k] > 0]
    return picked


def blank_inputs(work: dict) -> list[int]:
    """The inputs outside the biggest few that are exactly zero (blank pixels): they add nothing."""
    return [i for i, v in enumerate(work["inputs"]) if v == 0 and i not in work["biggest"]]


def close_words(history: History, values: dict) -> str:
    """When the guess is wrong, what the right answer's own output got, said with its box
    (review 11e: 0.69 stood almost level with the winning 0.76, and nobody said so); nothing
    for a right guess or a single output."""
    guess, truth = values["guess"], class_of(values["truth"])
    top = int(np.argmax(guess))
    if len(guess) < 2 or top == truth:
        return ""
    labels, score = history.labels, float(guess[truth])
    above = sorted((k for k in range(len(guess)) if guess[k] > score), key=lambda k: -guess[k])
    names = " and ".join(str(labels[k]) for k in above) if len(above) <= 2 else f"{len(above)} others"
    # every output brighter than the right answer is named (review j: 7's 0.70 also beat 0's 0.69)
    # "glow" for an output's value throughout (review 11a: score, glow, guess and brightness in turn)
    how = ((f"close, but <bookmark mark='brighter'/>{names} {'glows' if len(above) == 1 else 'glow'} a bit more. ")
           if guess[top] - score <= CLOSE else "far below it. ")
    return Markup(f"<bookmark mark='close'/>The right answer, {labels[truth]}, glows {score:.2f}: " + how)


def two_curves(history: History) -> bool:
    """Whether a lone output squashes with another curve than the hidden neurons' (the tiny net's
    0-to-1 output after its -1-to-1 hidden layer)."""
    acts = history.config["activations"]
    return acts[0] != acts[-1] and acts[-1] == "sigmoid"


def both_minus_rows(work: dict) -> list[int]:
    """The worked output's written rows (by place) whose glow and dial are both below zero: their
    product is above zero (review base-t s23: "-0.475 x -1.338 = +0.636" is where a newcomer stalls)."""
    return [place for place, k in enumerate(work["biggest"]) if work["inputs"][k] < 0 and work["dials"][k] < 0]


def said_number(value: float, places: int = 2, plus: bool = False) -> str:
    """A number as the narration reads it: "minus 0.47", "0.63" (or "plus 0.63")."""
    return f"minus {abs(value):.{places}f}" if value < 0 else ("plus " if plus else "") + f"{value:.{places}f}"


def both_minus_words(work: dict) -> str:
    """Said over the first such row, when there is one (never for glows that are never below zero),
    in the key's own words with the row's numbers as written (review r1-t, 108-135 s: "below zero
    times below zero" was maths; a neuron below zero, through a wire that pushes down, pushes up)."""
    both = both_minus_rows(work)
    if not both:
        return ""
    k = work["biggest"][both[0]]
    places, rows, digits, _ = output_written(work)
    return Markup(f"<bookmark mark='both'/>A neuron below zero, {said_number(work['inputs'][k], places)}, "
                  f"<bookmark mark='wire'/>through a wire that pushes down, {said_number(work['dials'][k], places)}: "
                  f"<bookmark mark='up'/>together they push up, {said_number(rows[both[0]], digits, plus=True)}. ")


def feed_words(work: dict) -> str:
    """Review r1-d (132-150 s): the hidden neurons labelled "glows 0.61" became the output's rows
    unsaid, and "+ head start" came unnamed. Said as the rows come, when some hidden glows are
    left out: the written rows' hidden neurons (the biggest products) by their glows as written,
    then the rest and the head start."""
    if not work["rest_count"] or not work["biggest"]:
        return ""
    places = output_written(work)[0]
    glows = [said_number(work["inputs"][k], places) for k in work["biggest"]]
    named = glows[0] if len(glows) == 1 else ", ".join(glows[:-1]) + " and " + glows[-1]
    who = "the one" if len(glows) == 1 else f"the {count_words(len(glows))}"
    return Markup(f"<bookmark mark='most'/>most from {who} glowing {named}, "
                  f"<bookmark mark='others'/>then the other {work['rest_count']} "
                  f"<bookmark mark='head'/>and the head start, ")


def second_curve_words(history: History) -> str:
    """Review u1 (ONE change): the output's 0-to-1 curve after the hidden neurons' -1-to-1 one
    looked like a mistake: said, with why (its glow reads as how sure the network is)."""
    if not two_curves(history) or len(history.labels) > 2:
        return ""
    return Markup(" on a second curve, <bookmark mark='other'/>not minus one to one like the hidden neurons', "
                  "<bookmark mark='sure'/>so it reads as how sure it is")


def checks(a: float, b: float, product: float, places: int = 2) -> bool:
    """Whether a and b, rounded to `places` as they are said, multiply to the product as said (2 places)."""
    return multiplies_to([f"{a:.{places}f}", f"{b:.{places}f}"], f"{product:.2f}")


def brighter_outputs(history: History, values: dict) -> list[int]:
    """The outputs the narration names as brighter than the right answer (close_words): every one
    above it when the guess is wrong and close; else none."""
    guess, truth = values["guess"], class_of(values["truth"])
    if "brighter" not in str(close_words(history, values)):
        return []
    return [k for k in range(len(guess)) if guess[k] > guess[truth]]


def more_words(work: dict, image: bool = True) -> str:
    """The rows after the first, named as they come (review ab2-f s29, digits 54-63 s: "Here are
    the biggest few" said neither what a row is nor biggest what, and three rows came in 3.6 s):
    the second row part by part as the words name its parts (Forward.name_rows), each later one
    as "the most" is said. "Move the sum the most" (most_words) only when some inputs are left
    out (review t: "the biggest few" was said of a net's two inputs)."""
    nb = len(work["biggest"])
    if nb < 2:
        return ""
    amount = "brightness" if image else "its number"
    dial = "dial" if image else "its dial"
    who = ("Each row is one more input: " if work["rest_count"] else
           "The other input: " if nb == 2 else "Each other input: ")
    # (long enough for each later row to stand 1.5 s before the next: at 0.9 s apart, no frame
    # every second showed "0.45 + 0.20 = 0.65")
    most = " " + most_words(work) if work["rest_count"] and nb > 2 else ""
    return Markup(f"<bookmark mark='each'/>{who}<bookmark mark='mult'/>{amount} times {dial}, "
                  f"<bookmark mark='add'/>added to the sum.{most}")


def most_words(work: dict) -> str:
    """The rows shown, said as what they are (review s31 round 2, digits 63-75 s: "the inputs that
    give the most" was said while the fourth row took 0.20 away): the biggest by size, which
    move the sum the most, how many add and how many take away; the minus sign named with
    those that take away (then minus_words says nothing more)."""
    products = [work["products"][k] for k in work["biggest"]]
    down = sum(p < 0 for p in products)
    up = len(products) - down
    these = f"<bookmark mark='most'/>These {count_words(len(products))} move the sum the most"
    if not down:
        return f"{these}, all adding to it."
    takers = "the one with a minus sign takes" if down == 1 else f"the {count_words(down)} with a minus sign take"
    adders = f"{count_words(up)} {'adds' if up == 1 else 'add'}, and " if up else ""
    return f"{these}: {adders}<bookmark mark='minus'/>{takers} away."


def worked_facts(work: dict, image: bool = True, places: int = 2) -> dict[str, object]:
    """The worked example's numbers as the narration reads them (`image`: the inputs are pixels,
    and a blank one adds nothing; `places`: the first input's and dial's decimals, as written)."""
    k = work["biggest"][0]
    said = lambda v, p=2: f"minus {abs(v):.{p}f}" if v < 0 else f"{v:.{p}f}"
    blank = len(blank_inputs(work)) if image else 0
    return {"first_in": said(work["inputs"][k], places), "first_dial": said(work["dials"][k], places),
            # said as the two numbers said give it, else "about" (review u: "0.77, dial 1.39, gives
            # 1.08" did not check: 0.77 x 1.39 = 1.07)
            "first_product": ("" if checks(work["inputs"][k], work["dials"][k], work["products"][k], places) else "about ")
                             + said(work["products"][k]),
            # each of the rest moves the sum less than the rows shown, but together they can
            # move it more (review s31 round 2: "the other 60 add up to 0.58", more than any row)
            # (review r1-d: the four that matter most add 0.45, the other 60 0.58: why, said)
            "rest_words": (f"The other {work['rest_count']} each move it less, but all "
                           f"{work['rest_count']} together add up to "
                           f"{said(work['rest_sum'])}" + (";" if blank else ".") if work["rest_count"] else "That is every input."),
            "blank_words": f"{blank} of them are blank and add exactly zero." if blank else "",
            # named where the pass adds it, even at zero (review t: head starts were first named in
            # chapter 6, and the trained networks before it broke the video's own rules)
            "head_start_words": Markup("<bookmark mark='head'/>Then it adds its own head start: a number it always adds, "
                                       "<bookmark mark='always'/>whatever comes in. <bookmark mark='start'/>"
                                       + ("Before training, it is zero. " if work["bias"] == 0 else
                                          f"For now it is {said(work['bias'])}. ")),
            "more_words": more_words(work, image),
            # said before the first row when some inputs are left out (review one-forward, digits
            # 45-63 s: the first input, 0.81, seemed picked at random until "these four" at 63 s)
            "first_words": (f"First, the {count_words(len(work['biggest']))} that matter most. "
                            if work["rest_count"] and len(work["biggest"]) > 1 else ""),
            # the white bar's first sum, below zero, hangs from the line (review s37, tiny 60-69 s:
            # "standing on the line at zero" was said over a sum of -0.11)
            "zero_words": "standing on the line at zero" if work["products"][k] >= 0 else "hanging below the line at zero",
            "total": said(work["total"]), "value": said(work["value"]),
            # the sum needs it: a shown product below zero is taken away, not added
            "minus_words": (Markup("<bookmark mark='minus'/>A minus sign means it takes away from the total. ")
                            if any(work["products"][k] < 0 for k in work["biggest"])
                            and "minus" not in more_words(work, image) else "")}


# --- the scene ---

class Forward(Chapter):
    """One example in, one (mostly wrong) guess out, every brightness from the real pass."""

    name, title = "forward", "The forward pass"
    # a little longer than the kit's 1.2 s: the chapter's many worked rows left 9.7% of it
    # quiet at 480p (session 34), under issue 11's 10%
    pause_after_section = 1.4

    def works(self) -> tuple[dict, dict]:
        """The two neurons worked out (the first, the second), each worked out once."""
        if not hasattr(self, "_works"):
            first = first_work(self.history)
            self._works = in_network_order(first), in_network_order(second_work(self.history, first["neuron"]))
            self.places = factor_digits(*self._works)
        return self._works

    def other_hidden(self) -> list[int]:
        """The hidden neurons named, not worked out, as the network comes back (other_hidden)."""
        first, second = self.works()
        return other_hidden(self.history, first["neuron"], second["neuron"])

    def point_places(self) -> int:
        """The decimals an input's number is written with beside its neuron: the close-up's."""
        self.works()
        return self.places

    def facts(self) -> dict[str, object]:
        values = forward_values(self.history)
        guess, truth = class_of(values["guess"]), class_of(values["truth"])
        names = output_names(self.history)
        top = int(np.argmax(values["guess"]))
        return {
            **super().facts(),
            "example_words": example_words(self.history, truth),
            "truth_label": self.history.labels[truth],
            "guess_label": self.history.labels[guess],
            "top_output": names[top],
            "top_value": f"{values['guess'][top]:.2f}",
            "yes_label": self.history.labels[-1],
            "no_label": self.history.labels[0],
            # a lone output's answer column holds 1 or 0 (review w: "answer 0" stood unexplained)
            "truth_word": "one" if float(values["truth"][0]) >= 0.5 else "zero",
            # a lone output's own total, on its squashing curve's floor as it is said (squash_output),
            # in the decimals its table added it up in (review w1 s21: the table's -0.039 was then
            # said "minus 0.04"): said and written the same
            "out_total": out_sum_words(output_work(self.history)) if len(values["guess"]) == 1 else "",
            "close_words": close_words(self.history, values),
            # a lone output's glow near one half (review ab-x1 s28 r2, 153-168 s: "just under ½"
            # was written, never said to mean it has no idea; r1: 0.49 stood by "0" with a tick)
            "coin_words": (Markup("<bookmark mark='coin'/>So near one half, it is as good as a coin toss. ")
                           if len(values["guess"]) == 1 and near_words(float(values["guess"][0])) is not None else ""),
            "second_curve_words": second_curve_words(self.history),
            "others_words": others_words(self.history, self.other_hidden()),
            # the brightest output's total, worked by the same rule ([output], several outputs only)
            "out_sum": out_sum_words(output_work(self.history)),
            "hidden_count": len(forward_values(self.history)["activations"][-2]),
            "both_minus_words": both_minus_words(output_work(self.history)),
            "feed_words": feed_words(output_work(self.history)),
            "squash": SQUASH_WORDS.get(self.history.config["activations"][0], "a brightness"),
            "top_percent": round(100 * float(values["guess"][top])),
            "named": ", written beside it with its name" if input_names(self.history) else "",
            "few_words": few_words(self.history),
            # a pixel is bright or dark; a table's number (cm, years, ...) has no brightness
            "input_amount": "how bright the input is" if input_kind(self.history) == "image" else "the input's number",
            **worked_facts(self.works()[0], input_kind(self.history) == "image", self.places),
            **{f"second_{k}": v for k, v in worked_facts(self.works()[1]).items()
               if k in ("total", "value")},
        }

    def construct(self) -> None:
        values = forward_values(self.history)
        self.show(**values)
        diagram = self.build_diagram(values)
        if input_kind(self.history) == "point":
            # review ab-x1 s26 (both reviewers, 0-6 s): "across 0.270 / up 0.773" stood on the inputs
            # before any point was shown; each is written as its number flies in (feed_inputs)
            for label in diagram.input_labels:
                label.set_opacity(0.0)
        # the key to the wires' colours (review 9: the chapter had none), clear of the network
        self.key = sign_legend().move_to([6.8, 2.7, 0], aligned_edge=UP + RIGHT)
        # with the title from the first frame, the neurons and their names: the words start over
        # a picture; the wires, the random dials, draw in as they are named (review 11c: the
        # network stood still for 9 s while only the key came)
        wires = diagram.edge_groups
        pairs = list(zip(wires.family_members_with_points(), wires.copy().family_members_with_points()))

        def draw_wires(_, share: float) -> None:     # each wire drawn from its start, `share` of it
            for wire, whole in pairs:
                wire.pointwise_become_partial(whole, 0, share)
        draw_wires(None, 0.0)
        self.names = self.layer_labels(diagram)
        self.add(diagram, self.names)
        self.title_text = self.show_title()
        single = len(values["guess"]) == 1
        with self.say("start_single" if single else "start") as tracker:
            # the wires draw in under "Let's watch the network make its very first guess", whole
            # when "with its dials still set at random" is said, and the key to their colours comes
            # with those words (review ab-x1 s28, both reviewers, and ab-k1 r2, 0-3 s: "dials still
            # set at random" was said over a network with no wires; they came at 6 s)
            # (2.5 s at most: at 4 s these full-network frames cost what the output's step aside
            # adds, session 21)
            draw = max(1.0, min(2.5, tracker.time_until_bookmark("random") - 0.6))
            self.play(UpdateFromAlphaFunc(wires, draw_wires), run_time=draw)
            random_at = self.just_before(tracker, "random", lead=0.5)
            self.play(FadeIn(self.key), run_time=0.5)
            # when "with its dials still set at random" is said: the section's later words make
            # an even-paced guess at it land early
            self.show(random_said_at=random_at)
            question = self.ask_question(diagram, tracker) if single else None
            self.name_colours(diagram, tracker, question)
        picture = self.introduce_example(diagram)
        self.feed_inputs(diagram, picture, values)
        self.picture = picture
        first = self.explain_neuron(diagram, values, picture)
        self.second_neuron(diagram, values, first)
        self.work_output(diagram, single=len(values["guess"]) == 1)
        self.read_guess(diagram, picture, values)

    # --- steps of the story ---

    def just_before(self, tracker, mark: str, lead: float) -> float:
        """Wait until `lead` s before bookmark `mark`; returns when the mark is said."""
        self.wait_before(tracker, mark, lead=lead)
        return float(self.renderer.time + max(0.0, tracker.time_until_bookmark(mark)))

    def ask_question(self, diagram: NetworkDiagram, tracker) -> tuple[Mobject, VGroup]:
        """"Its one output answers a single question: inner ring? Near one means yes, near zero
        means outer ring": the output and its name boxed as the question is said, each reading
        written under them as it is said (review r3, tiny 0-9 s: "inner ring?" stood unexplained).
        Returns the box (it goes as the colours are named) and the readings (they stand until
        the section ends)."""
        output = VGroup(diagram.neurons(len(diagram.sizes) - 1)[0], diagram.output_labels[0])
        box = SurroundingRectangle(output, color=self.theme.focus, buff=0.1, stroke_width=3)
        readings = VGroup(self.text("near 1: yes", size="label"),
                          self.text("near 0: {label}", size="label", facts={"label": self.history.labels[0]}))
        # under the name, right of the circle: clear of the output's wires, which leave it leftwards
        readings.arrange(DOWN, aligned_edge=LEFT, buff=0.08).next_to(box, DOWN, buff=0.15).align_to(output[1], LEFT)
        readings.shift(max(0.0, readings.get_right()[0] - EDGE_ROOM) * LEFT)
        said, at = [], []
        for mark, come in (("question", Create(box)), ("yes", FadeIn(readings[0])), ("no", FadeIn(readings[1]))):
            said.append(self.just_before(tracker, mark, lead=0.3))
            self.play(come, run_time=0.4)
            at.append(float(self.renderer.time))
        self.show(question={"at": at, "said_at": said,
                            "readings": [float(v) for v in (*readings.get_corner(DOWN + LEFT)[:2], *readings.get_corner(UR)[:2])]})
        return box, readings

    def name_colours(self, diagram: NetworkDiagram, tracker, question: tuple[Mobject, VGroup] | None) -> None:
        """"Blue wires push the next neuron up, red wires push it down": as each colour is named
        its row of the key is boxed and the other colour's wires fade back, so that colour's
        wires stand alone; all back as the words end (review r3, digits 6 s: blue and red were
        drawn but not said). A lone output's `question` (ask_question) makes way: its box as the
        first colour is named, its readings as the words end."""
        t = self.theme
        wires = diagram.edge_groups.family_members_with_points()
        opacity = {id(m): m.get_stroke_opacity() for m in wires}
        box = None
        for mark, row, colour in zip(("blue", "red"), self.key, (t.positive, t.negative)):
            said_at = self.just_before(tracker, mark, lead=0.2)
            boxed = SurroundingRectangle(row, color=t.focus, buff=0.08, stroke_width=3)
            same = ManimColor(colour).to_hex()
            fade = [m.animate.set_stroke(opacity=opacity[id(m)] if m.get_stroke_color().to_hex() == same else FADED_WIRES)
                    for m in wires]
            self.play(*fade, Create(boxed) if box is None else ReplacementTransform(box, boxed),
                      *([FadeOut(question[0])] if box is None and question else []), run_time=0.5)
            box = boxed
            standing = sorted({m.get_stroke_color().to_hex() for m in wires if m.get_stroke_opacity() > FADED_WIRES + 1e-6})
            self.show(**{f"{mark}_named": {"at": float(self.renderer.time), "said_at": said_at,
                                           "row": [float(v) for v in row.get_center()[:2]], "wires": standing}})
        self.wait(max(0.0, tracker.get_remaining_duration() - 0.1))
        self.play(FadeOut(box), *(m.animate.set_stroke(opacity=opacity[id(m)]) for m in wires),
                  *([FadeOut(question[1])] if question else []), run_time=0.5)

    def build_diagram(self, values: dict) -> NetworkDiagram:
        snap = self.history.snapshot(STEP)
        # no picture on the left (a table's row): the inputs' named values take that room
        bare = example_picture(self.history, EXAMPLE, 1.0) is None
        for height, y in DIAGRAM_PLACES:
            diagram = NetworkDiagram(snap.weights, snap.biases, labels=output_names(self.history),
                                     input_labels=input_labels(self.history, values["activations"][0], self.point_places()),
                                     width=9.7 if bare else 6.9, height=height)
            # its right edge stays put: the worked example and the guesses take the right-hand column
            diagram.move_to([2.85 - diagram.width / 2 if bare else -0.6, y, 0])
            # the outputs a table's row apart, as chapter 1 drew them: each one's glow is written
            # beside its own circle at the end (review s22, ONE change: a column of glows joined to
            # the outputs by leader lines)
            spread_outputs(diagram, ROW_GAP)
            # the layers' names go under the lowest neuron: above the subtitles' band (y < -3)
            if min(group.get_bottom()[1] for group in diagram.neuron_groups) - NAMES_ROOM >= -3.0:
                break
        return diagram

    def layer_labels(self, diagram: NetworkDiagram) -> VGroup:
        """"inputs", "hidden", "outputs" under the columns, as chapter 1 names them (review 11a:
        this chapter dropped them), white and label-sized: chapter 1's words and places."""
        names = layer_names(diagram, self.theme)
        y = names[0][0].get_bottom()[1]
        labels = VGroup(*(on_baseline(self.text("{name}", facts={"name": getattr(n, "original_text", n.text)})
                                      .set_x(n.get_x()), y) for n in names))
        # close columns (the tiny net's): the first name moves left, the last right, clear of the next
        gap = 0.2
        labels[0].shift(max(0.0, labels[0].get_right()[0] + gap - labels[1].get_left()[0]) * LEFT)
        labels[-1].shift(max(0.0, labels[-2].get_right()[0] + gap - labels[-1].get_left()[0]) * RIGHT)
        self.show(layer_names=[[float(m.get_left()[0]), float(m.get_right()[0]), float(m.get_bottom()[1])] for m in labels])
        return labels

    def introduce_example(self, diagram: NetworkDiagram) -> Mobject:
        """The example appears on the left with its name; a row of numbers is the inputs'
        own labels (named and valued), so its caption stands over them."""
        picture = ink_picture(self.history, 2.3)
        if input_kind(self.history) == "point":
            self.mark_point(picture)
        # bright: grey small words were among the dim labels reviewers named (session 16)
        caption = self.text("first practice example", size="small")   # the intro's word
        panel = VGroup(*(m for m in (picture, caption) if m is not None))
        panel.arrange(DOWN, buff=0.2).move_to([-5.55, 1.0, 0])
        if picture is None and len(diagram.input_labels):
            panel.next_to(diagram.input_labels, UP, buff=0.3, aligned_edge=LEFT)
            panel.shift(max(0.0, -6.9 - panel.get_left()[0]) * RIGHT)
        # whole as "We take the first example" starts (review w1 s21: still a ghost as it was named)
        self.play(FadeIn(panel), run_time=0.6)
        with self.say("example"):
            # "It is a handwritten 0": the example swells as it is named (6 s stood still, session 16)
            self.wait_until_bookmark("is")
            self.play(Indicate(panel, color=self.theme.text, scale_factor=1.1), run_time=1.0)
        return panel

    def mark_point(self, picture: VGroup) -> None:
        """Review one-forward (tiny 9-18 s): the colours were never named, and the example's
        yellow-ringed cyan dot looked like a blue "pushes up" wire. The example is ringed in
        white, and under the frame each class's colour is named ("outer ring", "inner ring"),
        each beside a dot of its colour: picture[4]."""
        t = self.theme
        picture[3].set_stroke(t.focus, width=4)
        colours = class_colors(len(self.history.labels))
        rows = VGroup(*(VGroup(Dot(radius=0.07, color=colours[c]),
                               self.text("{label}", size="small", color=colours[c], facts={"label": label}))
                        .arrange(RIGHT, buff=0.1) for c, label in enumerate(self.history.labels)))
        rows.arrange(DOWN, aligned_edge=LEFT, buff=0.08).next_to(picture[0], DOWN, buff=0.12)
        picture.add(rows)
        self.show(class_key={"labels": [str(x) for x in self.history.labels], "colours": [str(c) for c in colours],
                             "example_ring": str(picture[3].get_stroke_color().to_hex())})

    def feed_inputs(self, diagram: NetworkDiagram, panel: Mobject, values: dict) -> None:
        """Each input neuron takes one number of the example: pixels fly into their neurons."""
        kind = input_kind(self.history)
        acts = self.partial(values["activations"], upto=0)
        with self.say(f"inputs_{kind}") as tracker:
            if kind == "image" and len(diagram.shown_indices(0)) < len(acts[0]):
                anims = None
                self.unroll(diagram, panel, values["activations"][0], tracker)
            elif kind == "image":
                # the neurons light as their pixels land (the first land after about 60%)
                anims = [diagram.light_up(acts, rate_func=lambda t: smooth(np.clip((t - 0.6) / 0.4, 0, 1))),
                         pixels_to_neurons(diagram, panel[0], values["activations"][0], ink=self.theme.text)]
            else:
                anims = [diagram.light_up(acts)]
            self.marks = self.minus_marks(diagram, values["activations"], 0)
            if kind == "point":
                # review ab-x1 s24 (both reviewers' ONE change, 9-27 s): "across 0.27, up 0.77" came
                # from nowhere, the points' picture had no axes. It steps out large into the empty
                # right-hand side with an "across" and an "up" axis through its middle (where both
                # are 0); as each is named, a dashed line runs from the point to its axis, the
                # number is written there and flies to its input neuron, which lights
                axes = self.point_axes(panel, values["activations"][0])
                # faded out in its corner and in, large, on the right: moved, it crossed the network
                # (0.5 s: caught mid-fade at 18 s, review ab-x1 s28 r2)
                self.play(FadeOut(panel), FadeIn(axes["panel"]), run_time=0.5)
                self.play(Create(axes["lines"]), FadeIn(axes["names"]), run_time=0.6)
                for mark, k in (("across", 0), ("up", 1)):
                    self.wait_until_bookmark(mark)
                    self.play(Create(axes["guides"][k]), FadeIn(axes["ticks"][k]), run_time=0.6)
                    some = self.partial(values["activations"], upto=0)
                    some[0] = np.where(np.arange(len(some[0])) <= k, some[0], 0.0)
                    flying = axes["ticks"][k].copy()
                    self.play(flying.animate.move_to(diagram.input_labels[k]).set_opacity(0.0),
                              diagram.input_labels[k].animate.set_opacity(1.0), diagram.light_up(some), *([FadeIn(self.marks)] if k == 1 else []), run_time=0.6)
                    self.remove(flying)
                    self.play(Indicate(VGroup(diagram.input_labels[k], diagram.neurons(0)[k]), color=self.theme.focus,
                                       scale_factor=1.2), run_time=0.6)
                self.wait(max(0.3, tracker.get_remaining_duration() - 0.2))
            elif anims is not None:
                self.play(*anims, FadeIn(self.marks), run_time=min(2.5, tracker.duration))
            if kind == "image" and "ink" in getattr(tracker, "bookmark_times", {}):
                # "the more ink in the square, the brighter the neuron glows": the most inked
                # drawn square and its neuron ringed together (7 s stood still, session 16)
                self.wait_until_bookmark("ink")
                pair = self.ink_pair(diagram, panel[0], values["activations"][0])
                self.play(Create(pair), run_time=0.8)
                self.wait(max(0.5, min(2.0, tracker.get_remaining_duration() - 0.5)))
                self.play(FadeOut(pair), FadeOut(getattr(self, "row_links", VGroup())), run_time=0.4)
        if getattr(self, "panel_drop", 0.0):   # back to its place, where the close-up rings its squares
            self.play(panel[0].animate.shift(self.panel_drop * DOWN), FadeIn(panel[1]), run_time=0.6)
        if kind == "point":   # back to its corner, the axes gone, before the close-up
            self.play(FadeOut(VGroup(*axes.values())), FadeIn(panel), run_time=0.7)

    def unroll(self, diagram: NetworkDiagram, panel: Mobject, pixels: np.ndarray, tracker) -> None:
        """Review ab-k1 s26 r2 (ONE change, 16-24 s): "each input neuron takes one square" was one
        line from one square to one of the 16 drawn circles under a "64". The picture unrolls: row
        after row, its squares (real pixels, in ink) fly into one long column of all the inputs
        standing over the drawn ones, each turning into its neuron's glow as it lands, a gap
        between rows; "64 squares, one input each" is written under the picture. Then, as "we
        draw only ..." is said, the drawn ones (the top and bottom rows) grow into the network's
        circles and the others shrink into its dots."""
        t = self.theme
        image, n = panel[0], len(pixels)
        side = math.isqrt(n)
        circles, shown = diagram.neurons(0), diagram.shown_indices(0)
        # drawn as its top and bottom rows: the picture steps down beside the dots, its top row
        # level with the top circles, its bottom row with the bottom ones, its middle with the
        # dots (review ab2-k1, ONE change: so each can be linked to its circles, straight across)
        edge = edge_rows(n) and "top" in getattr(tracker, "bookmark_times", {})
        self.panel_drop = (diagram.ellipses[0].get_y() - image.get_y()) if edge else 0.0
        if edge:
            # the caption goes while the picture stands up here: the bottom row's squares beside
            # their circles cut its end off (review s32 r2, 30 s: "first practice exampl")
            self.play(panel[0].animate.shift(self.panel_drop * UP), FadeOut(panel[1]), run_time=0.6)
            self.rows_to_inputs(diagram, image, pixels, tracker)
            return
        top = circles[0].get_top()[1]
        bottom = circles[-1].get_bottom()[1]
        x = circles[0].get_x()
        gap_share = 0.6                       # the air between two rows, in cells
        pitch = (top - bottom) / (n + gap_share * (side - 1))
        width = max(2.2 * circles[0].width / 2, 0.5)   # about 30 px wide at 480p: a bar, its shade seen
        # the drawn column behind a plate while the long one stands there (its count kept above)
        # (narrow: wider, it cut the end off the picture's caption)
        plate = Rectangle(width=max(width, circles[0].width) + 0.06, height=top - bottom + 0.2, stroke_width=0, fill_color=t.background,
                          fill_opacity=1.0).move_to([x, (top + bottom) / 2, 0])
        corner, cell = image.get_corner(UP + LEFT), image.height / side
        flying, landed, spots = VGroup(), VGroup(), []
        for k in range(n):
            row, col = divmod(k, side)
            square = Square(cell, stroke_width=0, fill_color=shade(pixels[k], t.text), fill_opacity=1.0)
            flying.add(square.move_to(corner + (col + 0.5) * cell * RIGHT + (row + 0.5) * cell * DOWN))
            y = top - (k + 0.5 + gap_share * row) * pitch
            spots.append(float(y))
            landed.add(Rectangle(width=width, height=0.8 * pitch, stroke_width=0,
                                 fill_color=shade(pixels[k], t.neuron_fill), fill_opacity=1.0).move_to([x, y, 0]))
        words = VGroup(self.text("{count} squares,", facts={"count": n}),
                       self.text("one input each")).arrange(DOWN, buff=0.08)
        words.next_to(panel, DOWN, buff=0.45)
        within_frame(words, 0.1)
        self.show(unrolled={"x": float(x), "y": spots, "colors": [m.get_fill_color().to_hex() for m in landed],
                            "cell": [float(width), float(0.8 * pitch)], "words": n})
        self.add(flying)                       # over the picture's own squares: nothing moves yet
        self.wait_until_bookmark("rows")
        self.play(FadeIn(plate), run_time=0.3)
        run = max(1.8, min(2.6, tracker.time_until_bookmark("few") - 2.0))
        self.play(LaggedStart(*(AnimationGroup(*(Transform(flying[k], landed[k]) for k in range(r * side, (r + 1) * side)))
                                for r in range(side)), lag_ratio=0.35), run_time=run)
        self.play(FadeIn(words), run_time=0.4)
        self.show(unrolled_at=float(self.renderer.time))
        self.wait_until_bookmark("few")
        acts = [pixels] + [np.zeros(m) for m in diagram.sizes[1:]]
        dots = diagram.ellipses[0].get_center()
        moves = []
        for k in range(n):
            if k in shown:
                circle = circles[shown.index(k)]
                target = Circle(circle.width / 2, stroke_width=0, fill_color=shade(pixels[k], t.neuron_fill),
                                fill_opacity=1.0).move_to(circle)
            else:
                target = Rectangle(width=0.02, height=0.02, stroke_width=0, fill_opacity=0.0).move_to(dots)
            moves.append(Transform(flying[k], target, remover=True))
        self.play(*moves, FadeOut(plate), diagram.light_up(acts), run_time=1.2)
        self.show(condensed_at=float(self.renderer.time))
        self.play(Indicate(diagram.ellipses[0], color=t.text, scale_factor=1.6), run_time=0.8)
        self.wait_before(tracker, "ink", lead=0.4)
        self.play(FadeOut(words), run_time=0.4)
        self.row_links = VGroup()       # (none without the rows drawn at the picture's edge: rows_to_inputs)

    def rows_to_inputs(self, diagram: NetworkDiagram, image: Mobject, pixels: np.ndarray, tracker) -> None:
        """Review s32 r2 (ONE change, digits 16-36 s): the squares flew into a column of bars over
        the input circles, which had gone: they landed on nothing. The circles stay; row after row
        each square flies out, the top row's each to stand beside its own circle (the first at the
        top), the rows between into the dots, the bottom row's beside the bottom circles, and each
        circle lights as its square lands. The grey squares stay beside their circles, a key of
        the picture's rows, till the network steps back for the close-up ("This input is ...")."""
        t, n = self.theme, len(pixels)
        side, shown, circles = math.isqrt(n), diagram.shown_indices(0), diagram.neurons(0)
        dots = diagram.ellipses[0].get_center()
        ring = row_ring(circles)
        self.row_keys, rows = VGroup(), []
        for r in range(side):
            ks = range(r * side, (r + 1) * side)
            if all(k in shown for k in ks):
                keys = self.row_flights(image, ks, [circles[shown.index(k)] for k in ks], ring)
                self.row_keys.add(keys)
                rows.append(AnimationGroup(*(MoveToTarget(m) for m in keys)))
            else:     # into the dots, shrinking to nothing there
                flying = [Square(image.cell, stroke_width=0, fill_color=shade(pixels[k], t.text), fill_opacity=1.0)
                          .move_to(image.center_of(r + 0.5, k - r * side + 0.5)) for k in ks]
                rows.append(AnimationGroup(*(Transform(m, Rectangle(width=0.02, height=0.02, stroke_width=0,
                                                                    fill_opacity=0.0).move_to(dots), remover=True)
                                             for m in flying)))
        words = VGroup(self.text("{count} squares,", facts={"count": n}),
                       self.text("one input each")).arrange(DOWN, buff=0.08).next_to(image, UP, buff=0.3)
        within_frame(words, 0.1)
        acts = [pixels] + [np.zeros(m) for m in diagram.sizes[1:]]
        self.wait_until_bookmark("rows")
        self.add(self.row_keys)
        run = max(1.8, min(2.6, tracker.time_until_bookmark("few") - 1.0))
        # (each circle lit as its row lands: the glow comes in the flight's last part)
        self.play(LaggedStart(*rows, lag_ratio=0.35), diagram.light_up(acts, rate_func=lambda a: smooth(np.clip((a - 0.3) / 0.7, 0, 1))),
                  run_time=run)
        self.play(FadeIn(words), run_time=0.4)
        self.show(rows_flown={"at": float(self.renderer.time), "keys": [[[float(v) for v in m.get_center()[:2]] for m in keys]
                                                                        for keys in self.row_keys],
                              "circles": [float(circles[i].get_y()) for i in range(len(shown))]})
        self.wait_until_bookmark("few")
        links = self.link_rows(diagram, image, n)
        self.wait_before(tracker, "ink", lead=0.4)
        # the links stay, dimmed, under the inked square ringed next; the gap's words stay whole,
        # on their plate (review s32 r2: faded on the wires they could not be read)
        self.play(FadeOut(words), links[:2].animate.fade(0.6), links[2][:2].animate.fade(0.6), run_time=0.4)
        self.row_links = links

    def link_rows(self, diagram: NetworkDiagram, image: Mobject, n: int) -> VGroup:
        """Review ab2-k1 (ONE change, digits 22-33 s): "we draw only the top row and the bottom
        row; the dots stand for the rest" over 16 circles, nothing marked on the picture and the
        dots a faint speck. As each is named: the picture's top row boxed, a line from it to each
        of the 8 top circles, each ringed; the same for the bottom row and the bottom 8; then the
        rows between boxed, a line from them to the dots, and the gap labelled "48 more: rows 2–7".
        Review s32 (the row's lines met at one point: which square feeds which circle could not be
        seen): each square of the row flies out, left to right, to stand beside its own circle, the
        first square at the top circle; the copies stay there, a key of the row beside its inputs."""
        t = self.theme
        side, shown, circles = math.isqrt(n), diagram.shown_indices(0), diagram.neurons(0)
        dots = diagram.ellipses[0]

        def box(first: int, last: int, color, width: float) -> Rectangle:
            """Rows first..last of the picture (counted from 0), boxed."""
            top, bottom = image.center_of(first, 0)[1], image.center_of(last + 1, 0)[1]
            return Rectangle(width=side * image.cell + 0.08, height=top - bottom + 0.04, stroke_color=color,
                             stroke_width=width).move_to([image.get_x(), (top + bottom) / 2, 0])

        parts, said = [], []
        for mark, row, ks in (("top", 0, shown[:side]), ("bottom", side - 1, shown[side:])):
            frame = box(row, row, t.focus, 3.5)
            ends = [circles[shown.index(k)] for k in ks]
            # rings close enough to touch, never to overlap
            ring = row_ring(ends)
            landed = getattr(self, "row_keys", None)
            flights = landed[len(parts)] if landed else self.row_flights(image, ks, ends, ring)
            rings = VGroup(*(Circle(c.width / 2 + ring, stroke_color=t.focus, stroke_width=2.5).move_to(c) for c in ends))
            parts.append((mark, VGroup(frame, flights, rings)))
            said.append({"mark": mark, "row": row, "inputs": [int(k) for k in ks],
                         "box": [float(v) for v in (frame.get_left()[0], frame.get_right()[0], frame.get_bottom()[1],
                                                    frame.get_top()[1])],
                         "ends": [[float(v) for v in m.target.get_center()[:2]] for m in flights],
                         "starts": [[float(v) for v in m.start[:2]] for m in flights],
                         "colors": [m.get_fill_color().to_hex() for m in flights],
                         "side": float(flights[0].target.width),
                         "circles": [[float(v) for v in (c.get_left()[0], c.get_y())] for c in ends]})
        middle = box(1, side - 2, t.text, 2.0)
        arrow = Line(middle.get_right(), [dots.get_left()[0] - 0.08, middle.get_y(), 0], stroke_color=t.text,
                     stroke_width=2)
        # two short lines: on one it reached over the hidden neurons' column
        gap = VGroup(self.text("{count} more:", facts={"count": n - len(shown)}),
                     self.text("rows {first}\u2013{last}", facts={"first": 2, "last": side - 1})).arrange(DOWN, buff=0.08,
                                                                                                        aligned_edge=LEFT)
        # on a solid plate: the wires run under it (review s32 r2: on the wires, hard to read)
        gap.add_to_back(BackgroundRectangle(gap, color=t.background, fill_opacity=1.0, buff=0.08))
        gap.next_to(dots, RIGHT, buff=0.2)
        within_frame(gap, 0.1)
        parts.append(("dots", VGroup(middle, arrow, gap)))
        self.show(row_links=said, row_gap={"text": [f"{n - len(shown)} more:", f"rows 2\u2013{side - 1}"],
                                          "box": [float(v) for v in (middle.get_bottom()[1], middle.get_top()[1])],
                                          "dots": float(dots.get_y()), "at": [float(v) for v in gap.get_center()[:2]]})
        links = VGroup()
        for mark, group in parts:
            self.wait_until_bookmark(mark)
            if mark == "dots":
                self.play(FadeIn(group[0]), Create(group[1]), FadeIn(group[2]),
                          Indicate(dots, color=t.text, scale_factor=1.6), run_time=0.8)
            elif landed:    # the row boxed, its squares (beside their circles already) ringed with them
                self.play(FadeIn(group[0]), LaggedStart(*(Create(r) for r in group[2]), lag_ratio=0.1), run_time=0.8)
            else:    # the row boxed, then its squares off to their circles in reading order
                self.add(group[1])
                self.play(FadeIn(group[0]), run_time=0.3)
                self.play(LaggedStart(*(AnimationGroup(MoveToTarget(m), Create(r)) for m, r in zip(group[1], group[2])),
                                      lag_ratio=0.3), run_time=1.0)
            self.show(**{f"row_link_{mark}_at": float(self.renderer.time)})
            links.add(group if not landed or mark == "dots" else VGroup(group[0], group[2]))
        return links

    def row_flights(self, image: Mobject, ks: Sequence[int], circles: Sequence[Mobject], ring: float) -> VGroup:
        """A copy of each of the picture's squares `ks` (one row) where it stands, its target beside
        its circle (left of its ring, level with it): as big as a square, or as the gap between
        the picture and the circles, and the circles' spacing, allow."""
        t, side = self.theme, image.values.shape[1]
        gap = circles[0].get_left()[0] - ring - image.get_right()[0]
        pitch = abs(circles[0].get_y() - circles[1].get_y())
        size = min(image.cell, gap - 2 * ROW_KEY_AIR, pitch - ROW_KEY_AIR)
        copies = VGroup()
        for k, circle in zip(ks, circles):
            r, c = divmod(k, side)
            # outlined: a blank square, dark as the background, is seen beside its circle too
            copy = Square(image.cell, stroke_width=1.2, stroke_color=t.muted, fill_color=shade(image.values[r, c], t.text),
                          fill_opacity=1.0)
            copy.move_to(image.center_of(r + 0.5, c + 0.5)).generate_target()
            copy.start = copy.get_center()
            copy.target.scale(size / image.cell).next_to(circle, LEFT, buff=ring + ROW_KEY_AIR)
            copies.add(copy)
        return copies

    def point_axes(self, panel: Mobject, inputs: np.ndarray) -> dict[str, VGroup]:
        """The points' picture large (a copy of `panel`, "panel"), and what is drawn on it: an
        "across" and an "up" axis through its middle, where the picture's 0 is
        (pictures.point_plane), a dashed line from the example's point to each axis and the
        point's two numbers written where they meet it."""
        t = self.theme
        big = panel.copy()
        if len(big[0]) > 4:   # the colours' key stays in the corner: large, it ran into the subtitles
            big[0].remove(big[0][4])
        big.arrange(DOWN, buff=0.2).scale(POINT_BIG / big[0][0].width).move_to(POINT_PLACE)
        frame, chosen = big[0][0], big[0][2]
        (cx, cy, _), (px, py, _) = frame.get_center(), chosen.get_center()
        half = frame.width / 2
        lines = VGroup(Line([cx - half, cy, 0], [cx + half, cy, 0], stroke_color=t.text, stroke_width=2),
                       Line([cx, cy - half, 0], [cx, cy + half, 0], stroke_color=t.text, stroke_width=2))
        # "up" over the picture, on its axis; "across" on its axis's right end, on the side away
        # from the point's number (at their middles, "across" lay under the 0.27 and "up" under
        # the point's ring; at the left end the 0.27 flew through it)
        names = VGroup(self.text("across", size="label").next_to([cx + half, cy, 0], (UP if py >= cy else DOWN) + LEFT,
                                                                  buff=0.1),
                       self.text("up", size="label").next_to([cx, cy + half, 0], UP, buff=0.08))
        for name in names:
            name.add_background_rectangle(color=t.background, opacity=0.85, buff=0.04)
        guides = VGroup(DashedLine([px, py, 0], [px, cy, 0], stroke_color=t.highlight, stroke_width=3),
                        DashedLine([px, py, 0], [cx, py, 0], stroke_color=t.highlight, stroke_width=3))
        ticks = VGroup()
        for k, (at, side) in enumerate((([px, cy, 0], DOWN if py >= cy else UP),
                                        ([cx, py, 0], LEFT if px >= cx else RIGHT))):
            tick = self.text("{value}", color=t.highlight, facts={"value": f"{inputs[k]:.{self.point_places()}f}"})
            ticks.add(tick.add_background_rectangle(color=t.background, opacity=0.85, buff=0.05)
                      .next_to(at, side, buff=0.12))
        for m in (*names, *ticks):
            within_frame(m, 0.1)
        self.show(point_axes={"origin": [float(cx), float(cy)], "point": [float(px), float(py)],
                              "ticks": [[float(v) for v in m.get_center()[:2]] for m in ticks],
                              "frame": [float(v) for v in (frame.get_left()[0], frame.get_right()[0],
                                                           frame.get_bottom()[1], frame.get_top()[1])]})
        return {"panel": big, "lines": lines, "names": names, "guides": guides, "ticks": ticks}

    def ink_pair(self, diagram: NetworkDiagram, image: Mobject, pixels: np.ndarray) -> VGroup:
        """The most inked of the drawn input squares ringed on the picture, its neuron ringed,
        a line between them."""
        t = self.theme
        k = max(diagram.shown_indices(0), key=lambda i: pixels[i])
        r, c = divmod(k, math.isqrt(len(pixels)))
        square = pixel_ring(image.cell, t).move_to(image.center_of(r + 0.5, c + 0.5))
        circle = diagram.neuron_at(0, k)
        ring = Circle(circle.width / 2 + 0.08, stroke_color=t.focus, stroke_width=4).move_to(circle)
        self.show(ink_pair=int(k))
        return VGroup(square, ring, Line(square.get_center(), ring.get_center(), buff=0.2, stroke_color=t.text,
                                         stroke_width=2))

    def spotlight(self, diagram: NetworkDiagram, neuron: int, least: float = 2.5) -> VGroup:
        """Hidden neuron `neuron` ringed in the network and its wires from the inputs drawn bold
        in their dials' colours: the neuron the close-up works out, and what it listens to."""
        t = self.theme
        circle = diagram.neuron_at(1, neuron)
        ring = Circle(circle.width / 2 + 0.08, stroke_color=t.focus, stroke_width=4).move_to(circle)
        wires = VGroup(*(line.set_stroke(width=max(least, 1.6 * line.get_stroke_width()), opacity=1.0)
                         for i in diagram.shown_indices(0) if (line := diagram.edge_line(0, neuron, i)) is not None))
        return VGroup(wires, ring)

    def mini_network(self, diagram: NetworkDiagram, neuron: int, layer: int = 1, key: str = "mini") -> VGroup:
        """The network small in the top right corner, wires faint and no names, neuron `neuron`
        of `layer` (hidden, unless said) ringed: which one the close-up works out. Its parts:
        [0] wires, [1] circles, [2] dots, as the diagram's own (into_mini shrinks the network
        into them), [3] its name, [4] the ring."""
        mini = VGroup(diagram.edge_groups, diagram.neuron_groups, diagram.ellipses).copy()
        mini[0].set_stroke(opacity=0.25)
        centre, factor = mini.get_center(), MINI[2] / mini.height
        mini.scale(factor).move_to([MINI[0], MINI[1], 0], aligned_edge=UR)
        self.mini_place = (centre, factor, mini.get_center())   # where it was, how much it shrank, where it is
        ring = self.mini_ring(diagram, neuron, layer)
        mini.rings = [[float(v) for v in ring.get_center()[:2]]]
        mini.box = [float(v) for v in (mini.get_left()[0], mini.get_right()[0], mini.get_bottom()[1], mini.get_top()[1])]
        self.show(**{f"{key}_box": mini.box})
        # named (review ab-k1 s23: "a tiny thumbnail ... never explained"), under it, clear of its box
        name = self.text("in the network").next_to(mini, DOWN, buff=MINI_NAME_AIR)
        name.shift(min(0.0, EDGE_ROOM - name.get_right()[0]) * RIGHT)
        self.show(**{f"{key}_name": [float(v) for v in (name.get_left()[0], name.get_right()[0], name.get_bottom()[1],
                                                      name.get_top()[1])]})
        return mini.add(name, ring)

    def in_mini(self, mob: Mobject) -> Mobject:
        """A copy of `mob`, drawn on the full network, where it falls in the small one."""
        centre, factor, at = self.mini_place
        return mob.copy().scale(factor, about_point=centre).shift(at - centre)

    def mini_ring(self, diagram: NetworkDiagram, neuron: int, layer: int = 1, color: str | None = None) -> Circle:
        """A ring round neuron `neuron` of `layer` (hidden, unless said) in the corner's small network."""
        circle = self.in_mini(diagram.neuron_at(layer, neuron))
        return Circle(circle.width / 2 + 0.07, stroke_color=color or self.theme.focus,
                      stroke_width=3).move_to(circle)

    def into_mini(self, diagram: NetworkDiagram, mini: VGroup, ring: Mobject, wires: VGroup) -> list[Animation]:
        """The network shrinks into the corner (review s31: it faded out and a thumbnail faded in,
        so where the close-up came from was not seen): its wires, circles and dots become the
        small network's, `ring` (round the neuron worked out) the small one's ring, and `wires`
        (that neuron's, drawn bold) stay bold in it, the close-up's rows to grow out of
        (from_mini); the rest of the diagram (its names, numbers) fades. The diagram itself is
        taken off the scene, unchanged, for later."""
        whole = VGroup(diagram.edge_groups, diagram.neuron_groups, diagram.ellipses)
        rest = VGroup(*(m for m in diagram.submobjects if m not in whole.submobjects))
        self.take_off(diagram, ring, wires)
        moving = whole.copy()
        self.mini_wires = VGroup(*(self.in_mini(w) for w in wires))
        return [ReplacementTransform(moving, VGroup(*mini[:3])), ReplacementTransform(ring.copy(), mini[4]),
                ReplacementTransform(wires.copy(), self.mini_wires), FadeOut(rest.copy()), FadeIn(mini[3])]

    def row_sources(self, diagram: NetworkDiagram, pair: int, neuron: int, ks: Sequence[int]) -> list[tuple]:
        """For each input `k` of neuron `neuron` (layer pair `pair`), where its row comes from in
        the small network: (its wire, its circle), or its layer's dots when it is not drawn."""
        dots = [d for d in diagram.ellipses if abs(d.get_x() - diagram.neurons(pair)[0].get_x()) < 0.2]
        sources = []
        for k in ks:
            line, circle = diagram.edge_line(pair, neuron, k), diagram.neuron_at(pair, k)
            if circle is None:
                sources.append(tuple(self.in_mini(dots[0]) if dots else None for _ in range(2)))
            else:
                sources.append((self.in_mini(line) if line is not None else None, self.in_mini(circle)))
        return sources

    def take_off(self, *groups: Mobject) -> None:
        """Every mobject on the scene that holds a part of these groups taken off it: a part put
        there by itself (each wire Create drew, a VGroup an Indicate swelled, the shrink's pieces)
        would stay behind the group, or come back after a fade of it."""
        inside = {id(m) for g in groups for m in g.get_family()}
        held = [m for m in (*self.mobjects, *self.foreground_mobjects) if any(id(f) in inside for f in m.get_family())]
        self.remove(*held)

    def keep_mini(self, mini: VGroup) -> None:
        """After into_mini: the small network on the scene as one group (the shrink left its parts
        there by themselves)."""
        self.take_off(mini)
        self.add(mini)

    def from_mini(self, sources: Sequence[Mobject | None], targets: Sequence[Mobject]) -> list[Animation]:
        """Copies of the small network's parts (a wire, a circle) flying out to the close-up's
        parts that magnify them, landing on them (review s31: the rows faded in from nowhere);
        each part unseen until its copy lands (round 2: both showed, doubled). Listed after
        the fade that brings their row."""
        return [LandOn(src, target) for src, target in zip(sources, targets) if src is not None]

    def glow_pair(self, key: dict, radius: float = PAIR_RADIUS, place: tuple = PAIR_PLACE,
                  name: str = "glow_pair") -> VGroup:
        """The curve's key's top and bottom neurons drawn large (the network's own look: lit, and
        hollow with its bar), side by side under the sum, each named: "above zero", "below zero"."""
        pair = VGroup()
        names = (self.text("above zero", size="label"), self.text("below zero", size="label"))
        for y, word in zip((max(key), min(key)), names):
            glyph = glow_glyph(y, radius)
            word.next_to(glyph, DOWN, buff=0.12)
            pair.add(VGroup(glyph, word))
        pair.arrange(RIGHT, buff=0.8).move_to([*place, 0])
        self.show(**{name: {"values": [float(max(key)), float(min(key))],
                            "hollow": [bool(pair[k][0][1].shown) if len(pair[k][0][1]) else False for k in range(2)],
                            "radius": radius, "at": [[float(v) for v in p[0].get_center()[:2]] for p in pair],
                            "box": [float(pair.get_left()[0]), float(pair.get_right()[0]),
                                    float(pair.get_bottom()[1]), float(pair.get_top()[1])]}})
        return pair

    def close_up_key(self) -> VGroup:
        """The kit's key to the wires' colours (sign_legend), each row's words on two lines: kept
        in the bottom left corner while a close-up shows its coloured wires (review s33: the key
        went as the close-up came)."""
        key = sign_legend(two_lines=True)
        return key.move_to([*CLOSE_KEY_CORNER, 0], aligned_edge=DOWN + LEFT)

    def explain_neuron(self, diagram: NetworkDiagram, values: dict, picture: Mobject) -> dict:
        """One hidden neuron, worked out large with its real numbers (review 9: the sum beside the
        network was too small to read). First it is ringed in the network with its wires from
        every input drawn bold and the rest dimmed; then the network shrinks into the top right
        corner, still ringed (review 10: with the network gone, which neuron was it?), and each
        of the biggest inputs gets a row that reads as the sum itself: its brightness, its wire
        with the dial written on it, and what it gives; the rest summed (its blank pixels greyed
        and counted), the head start, the total, then the squash."""
        work, second = self.works()
        self.show(worked={k: work[k] for k in WORKED_KEYS})
        t = self.theme
        focus = self.spotlight(diagram, work["neuron"])
        veil = Rectangle(width=diagram.width + 0.2, height=diagram.height + 0.2, stroke_width=0,
                         fill_color=t.background, fill_opacity=VEIL).move_to(diagram)
        stage = VGroup(diagram, self.marks, veil, focus, self.names)
        self.show(spotlight={"neuron": work["neuron"], "wires": len(focus[0])})
        reach = curve_reach(work, second)
        big = close_up(self, work, picture, places=self.places)
        big["bars"] = bars = sum_bars(self, work)
        self.show(sum_bars=bars["shown"])
        # the total's words take the place of the bar's name as "the total is" is said
        big["total"].move_to(bars["label"]).align_to(bars["label"], LEFT)
        with self.say("neuron"):
            self.play(Create(focus[1]), FadeOut(self.key), run_time=0.6)
            self.play(FadeIn(veil), LaggedStart(*(Create(w) for w in focus[0]), lag_ratio=0.05), run_time=1.4)
            self.add(getattr(self, "row_keys", VGroup()))     # the grey squares over the veil, whole
            # "each through its own dial": its wires swell once, in their own colours (5 s stood
            # still, session 16)
            # (early enough that the shrink and the heading are done as "For each input" starts,
            # its first row coming on those words: round 2, 45 s, the frame stood nearly empty
            # under them for 1.8 s)
            self.wait_before(self.current_tracker, "times", lead=1.4 + SHRINK_AND_GROW)
            self.play(*(w.animate(rate_func=there_and_back).set_stroke(width=2 * w.get_stroke_width()) for w in focus[0]),
                      run_time=1.0)
            self.wait_before(self.current_tracker, "times", lead=SHRINK_AND_GROW)
            # the network steps back; its ringed neuron grows into the close-up's, and a small
            # copy with no names (review 11c: its names were blurs that crowded the title) stays in
            # the corner, the neuron ringed (review 11a: which of the 16 was it?)
            self.mini = self.mini_network(diagram, work["neuron"])
            # the network shrinks into the corner, then its ringed neuron grows out of it into
            # the close-up's (review s31: faded out and in, where the close-up came from was not seen)
            # (quick: a ghost network under empty rows was caught as the rows' words began,
            # review ab-k1 s28 45 s and ab-x1 36 s, all four reviewers)
            # the grey squares beside their circles go with the network (review s32 r2: kept to here)
            self.play(*self.into_mini(diagram, self.mini, focus[1], focus[0]),
                      FadeOut(VGroup(self.marks, veil, self.names, getattr(self, "row_keys", VGroup()))),
                      run_time=SHRINK_AND_GROW - 0.5)
            self.keep_mini(self.mini)
            self.play(TransformFromCopy(self.mini[4], big["neuron"]), FadeIn(big["head"]), FadeIn(big["heads"]), run_time=0.5)
            self.show(mini_grown={"at": float(self.renderer.time), "wires": len(self.mini_wires)})
            # the first row part by part as it is said (review 12: the whole sum stood 6 s early):
            # the input (and its pixel), its wire with the dial, what it gives (see close_up)
            # the input comes with "For each input" and is ringed at "This input is" (review i 03:
            # 5 s of empty rows under those words); its circle and wire fly out of the small network
            first_row = big["rows"][0]
            sources = self.sources = self.row_sources(diagram, 0, work["neuron"], work["biggest"])
            self.play(FadeIn(first_row[:-4]), *self.from_mini([sources[0][1]], [first_row.circle]), run_time=0.5)
            # the wires' key with the close-up's first coloured wire, flown from the small network
            # as "This input is" comes (later, 6.7 s of words stood over a still frame before it)
            self.wait_before(self.current_tracker, "input", lead=0.5)
            self.close_key = self.close_up_key()
            self.play(FadeIn(first_row[-4]), FadeIn(self.close_key), *self.from_mini([sources[0][0]], [first_row[-4]]),
                      run_time=0.3)
            key = self.close_key
            self.shown["close_key"] = {"came": [float(self.renderer.time)], "went": [],
                                       "box": [float(v) for v in (key.get_left()[0], key.get_right()[0],
                                                                  key.get_bottom()[1], key.get_top()[1])],
                                       "samples": [[float(v) for v in row[0].get_center()[:2]] for row in key]}
            self.wait_until_bookmark("input")
            self.play(Indicate(first_row[:-4], color=self.theme.focus, scale_factor=1.15), run_time=0.8)
            # "drawn as a yellow bar": its glow flies out of its circle onto the line at zero beside
            # the neuron (review s36 r2: a yellow bar came there unnamed, from nowhere); the dial
            # with it, whole as "its dial is" follows within a second or two (review w1 s21: it
            # still faded in as its caption came)
            if "bar" in getattr(self.current_tracker, "bookmark_times", {}):
                self.wait_before(self.current_tracker, "bar", lead=0.3)
            self.play(FadeIn(bars["zero"]), TransformFromCopy(first_row.circle, bars["glow"]), FadeIn(first_row[-1]),
                      run_time=0.8)
            self.show(glow_bar_at=float(self.renderer.time))
            # each number whole just before it is said (review r1t: the dial came 3 s after the
            # caption that says it)
            # the dial whole before its caption line starts (review t1: "its dial is" read 3 s before
            # its box; review w1 s21: at 1.4 s ahead it was still fading in as its caption came), and
            # pointed at as it is said
            self.wait_before(self.current_tracker, "dial", lead=0.1)
            self.show(first_dial_pointed=float(self.renderer.time))
            self.play(Indicate(first_row[-1], color=self.theme.focus, scale_factor=1.15), run_time=0.6)
            self.wait_before(self.current_tracker, "gives", lead=0.8)
            self.play(FadeIn(first_row[-3:-1]), run_time=0.5)
            # "so it gives 0.23": times its dial, the glow's bar is stretched or shrunk to what it
            # gives, blue pointing up, red pointing down (a dial below zero turns it over)
            self.wait_before(self.current_tracker, "gives", lead=0.1)
            self.play(ReplacementTransform(bars["glow"], bars["parts"][0]), run_time=0.8)
            self.show(first_bar_at=float(self.renderer.time))
            # the sum so far starts under the first product, and grows with each row after it;
            # it is named as it comes (review ab-x1 s24, both: "so far 0.97" stood 20 s before
            # "the total is 0.97", never said; review ab-k1 s24: "useful, but never mentioned")
            if "sofar" in getattr(self.current_tracker, "bookmark_times", {}):
                self.wait_before(self.current_tracker, "sofar", lead=0.3)
            self.start_sum(big, run_time=0.6)
            self.show(sum_so_far_at=float(self.renderer.time))
            # "standing on the line at zero": the line and its "0" pulse
            self.hang = VGroup()
            if "zero" in getattr(self.current_tracker, "bookmark_times", {}):
                self.wait_before(self.current_tracker, "zero", lead=0.1)
                self.hang = self.hanging_box(bars, work)
                self.play(Indicate(bars["zero"], color=self.theme.focus, scale_factor=1.2),
                          *([Create(self.hang)] if len(self.hang) else []), run_time=0.8)
                self.show(zero_named=float(self.renderer.time))
            # (the second row's input whole as its words start, name_rows: at "more", a frame caught it half-faded)
            self.wait_before(self.current_tracker, "more", lead=0.3)
            self.name_rows(big, work)
            if len(self.hang) and self.hang in self.mobjects:   # (no second row came to take it away)
                self.play(*self.unhang(), run_time=QUICK)
            takers = VGroup(*(big["products"][p] for p, k in enumerate(work["biggest"]) if work["products"][k] < 0))
            if len(takers):
                # "A minus sign means it takes away": those parts pulse (6 s stood still, session 16)
                self.wait_until_bookmark("minus")
                # each ringed too, while the words last (review ab-x1 s28 r1, 48-57 s: the picture
                # stood still under them, the -0.11 not marked: the pulse fell between frames)
                rings = VGroup(*(SurroundingRectangle(m, color=self.theme.focus, buff=0.06, stroke_width=2.5)
                                 for m in takers))
                self.play(Indicate(takers, color=self.theme.focus, scale_factor=1.3), Create(rings), run_time=1.0)
                ringed = float(self.renderer.time)
                self.wait_until_bookmark("rest")
                self.show(minus_rings={"from": ringed, "until": float(self.renderer.time),
                                       "boxes": [[float(v) for v in (*r.get_center()[:2], r.width, r.height)] for r in rings]})
                self.play(FadeOut(rings), run_time=0.3)
            self.wait_until_bookmark("rest")
            nb = len(work["biggest"])
            if work["rest_count"]:
                # review one-forward (digits 72-93 s, ONE change: a still table of "+60 more"):
                # each of the rest that is not blank sends a chip of its product's sign from its
                # square into the rest's row, which comes as they land
                chips = self.rest_chips(picture, work, big["products"][nb])
                if chips is not None:
                    self.play(chips, run_time=1.8)
                    self.remove(*self.chips)
                self.add_to_sum(big, nb, big["rows"][nb], run_time=0.8 if chips is not None else 1.2)
            else:   # "(no other inputs)": nothing to add
                self.play(FadeIn(big["rows"][nb]), run_time=0.8)
            if len(big["blank"]):
                self.wait_until_bookmark("blank")
                # the blank squares' chips set off too, and are gone before they reach it: each adds 0
                self.play(FadeIn(big["blank"]), self.blank_chips(picture, work, big["blank"][-1]), run_time=1.6)
                self.remove(*self.chips)
        with self.say("sum"):
            self.wait_until_bookmark("head")
            self.add_to_sum(big, len(big["products"]) - 1, big["rows"][-1], run_time=1.2)
            # "whatever comes in": its line into the neuron, drawn bold (5 s stood still, session 16)
            self.wait_until_bookmark("always")
            self.play(Indicate(big["rows"][-1], color=self.theme.focus, scale_factor=1.1), run_time=0.8)
            # its value ringed as it is said (zero before training)
            self.wait_until_bookmark("start")
            self.play(Indicate(big["products"][-1], color=self.theme.focus, scale_factor=1.3), run_time=1.0)
            # "Add it all up": the parts pulse; "and the total is": it lands under them and by the neuron
            self.wait_until_bookmark("total")
            self.play(Indicate(big["products"], color=self.theme.focus, scale_factor=1.1), run_time=0.8)
            self.wait_before(self.current_tracker, "is", lead=0.2)
            self.land_total(big, self.bar_label, run_time=0.8)
        self.wait(0.8)
        curve = squash_picture(self, work, reach, others=(second["total"],))
        self.show(squash_axis=[-reach, reach])
        with self.say("squash"):
            # the blank count stays with its rows, clear of the curve (review 11e: small, and gone
            # 6 s after it was said)
            # "squashes the total": the total moves onto the curve's floor with its axes; the
            # curve comes as it is named (drawn at once, it stood 6 s ahead of its words, session 16)
            # the curve comes with its axes as "squashes" is said (review ab-k1 s24, both reviewers,
            # 75-80 s: empty axes stood under "squashes the total" until "Here is the real
            # squashing curve"), and a flash runs along it as it is named
            # the total's bar slides onto the floor, from zero to the total: where the walk up starts
            self.play(big["total"].animate.move_to(curve["slot"]), Create(curve["axes"]),
                      FadeIn(curve["names"]), FadeIn(curve["place"]), ReplacementTransform(self.bar_run, curve["floor_bar"]),
                      FadeOut(VGroup(self.bar_part, bars["zero"])), run_time=1.2)
            self.show(floor_bar={"at": float(self.renderer.time),
                                 "ends": [float(v) for v in (curve["floor_bar"].get_left()[0], curve["floor_bar"].get_right()[0])],
                                 "floor": curve["floor_x"], "place_x": float(curve["place"].get_x())})
            self.play(Create(curve["curve"]), run_time=0.8)
            self.show(squash_curve_drawn=float(self.renderer.time))
            # "into a brightness between zero and one": the side's numbers swell as it is said
            below = "below" in getattr(self.current_tracker, "bookmark_times", {}) and curve["key"]
            self.wait_before(self.current_tracker, "below" if below else "curve", lead=1.4)
            self.play(Indicate(VGroup(*curve["side"].values()), color=self.theme.focus, scale_factor=1.3), run_time=1.0)
            if below:   # "hollow, with a bar, means below zero": the key's lowest neuron
                low = min(curve["key"])
                self.wait_before(self.current_tracker, "below", lead=0.2)
                # grown, not recoloured: Indicate's colour filled its dark middle, a white disc
                # review one-forward (tiny 81-84 s: only a tiny icon at -1): the key's top and
                # bottom neurons come out large, side by side, named, then go back into the key
                pair = self.glow_pair(curve["key"])
                self.play(*(TransformFromCopy(curve["key"][y], pair[k][0]) for k, y in enumerate((max(curve["key"]), low))),
                          *(FadeIn(pair[k][1]) for k in range(2)),
                          Indicate(curve["side"][low], color=self.theme.focus, scale_factor=1.5), run_time=0.8)
                self.show(glow_key={"values": [float(y) for y in sorted(curve["key"])],
                                    "hollow": [bool(len(curve["key"][y][1])) for y in sorted(curve["key"])],
                                    "at": [[float(v) for v in curve["key"][y].get_center()[:2]] for y in sorted(curve["key"])],
                                    "side_y": [float(curve["side"][y].get_y()) for y in sorted(curve["key"])],
                                    "px": float(curve["key"][low].width * 60), "t": float(self.renderer.time)})
            self.wait_before(self.current_tracker, "curve", lead=0.2)
            self.play(ShowPassingFlash(curve["curve"].copy().set_stroke(self.theme.focus, width=7), time_width=0.6),
                      run_time=1.2)
            if below:   # the large pair goes back into the key it came from
                self.play(*(pair[k][0].animate.scale_to_fit_width(curve["key"][y].width).move_to(curve["key"][y])
                            for k, y in enumerate((max(curve["key"]), low))),
                          *(FadeOut(pair[k][1]) for k in range(2)), run_time=0.6)
                # each part went into the scene on its own (TransformFromCopy, FadeIn): each leaves
                self.remove(*pair[0], *pair[1])
            self.wait_until_bookmark("follow")
            self.read_curve(curve)
            self.wait_until_bookmark("glow")
            # the glow written beside the neuron as the read-off pulses: a copy flying there
            # crossed the side's "+1" (review r1t: "0.75" drawn twice, over "+1")
            self.play(big["neuron"].animate.set_fill(lit_color(work["value"]), 1.0), FadeIn(big["minus"]),
                      FadeIn(big["glow"]), Indicate(curve["out"], color=self.theme.focus, scale_factor=1.2),
                      run_time=1.0)
            self.show(first_glow={"t": float(self.renderer.time), "at": [float(v) for v in big["neuron"].get_center()[:2]],
                                  "radius": float(big["neuron"].width / 2)})
        self.wait(0.2)
        return {"big": big, "curve": curve, "reach": reach, "work": work}

    def hanging_box(self, bars: dict, work: dict) -> VGroup:
        """A first sum below zero is a short bar under the line (review s37, tiny 60-69 s: -0.11 was
        a speck, unseen as "on the line at zero" was said): boxed, with the line at zero, while
        "hanging below the line at zero" is said; nothing for a sum above zero."""
        if work["products"][work["biggest"][0]] >= 0:
            return VGroup()
        # round the line's "0" too: it said where zero is (at the line alone the box cut into it)
        box = SurroundingRectangle(VGroup(self.bar_run, self.bar_part, bars["zero"]), color=self.theme.focus,
                                   buff=0.1, stroke_width=3)
        self.shown["hanging_box"] = {"from": float(self.renderer.time), "sum": bars["shown"]["ends"][1],
                                     "box": [float(v) for v in (box.get_left()[0], box.get_right()[0],
                                                                box.get_bottom()[1], box.get_top()[1])]}
        return VGroup(box)

    def unhang(self) -> list[Animation]:
        """The box round a first sum below zero goes as the next part is stacked onto it: it stood
        from "hanging below" through the row's words, long enough for a frame every 3 s."""
        hang = getattr(self, "hang", VGroup())
        if not len(hang) or hang not in self.mobjects:
            return []
        self.shown["hanging_box"]["until"] = float(self.renderer.time)
        return [FadeOut(hang)]

    def rest_chips(self, picture: Mobject, work: dict, target: Mobject) -> Animation | None:
        """The inputs not drawn as rows and not blank, each a small square of its product's sign
        (blue adds, red takes away) flying from its pixel into `target`, one after another;
        None when the example is not a picture."""
        rest = [k for k in range(len(work["inputs"])) if k not in work["biggest"] and k not in blank_inputs(work)]
        if input_kind(self.history) != "image" or not rest:
            return None
        image, side, t = picture[0], math.isqrt(len(work["inputs"])), self.theme
        chips = self.chips = [self.chip(image, k, side, t.positive if work["products"][k] >= 0 else t.negative)
                              for k in rest]
        self.show(rest_chips={"inputs": [int(k) for k in rest],
                              "signs": [int(np.sign(work["products"][k])) for k in rest],
                              "target": [float(v) for v in target.get_center()[:2]], "t": float(self.renderer.time)})
        return LaggedStart(*(chip.animate.move_to(target).scale(0.4).set_opacity(0.0) for chip in chips),
                           lag_ratio=0.04)

    def blank_chips(self, picture: Mobject, work: dict, target: Mobject) -> Animation:
        """Each blank input's grey square setting off toward `target` and fading to nothing half way."""
        image, side, t = picture[0], math.isqrt(len(work["inputs"])), self.theme
        blank = blank_inputs(work)
        chips = self.chips = [self.chip(image, k, side, t.muted) for k in blank]
        self.show(blank_chips={"inputs": [int(k) for k in blank], "t": float(self.renderer.time)})
        return LaggedStart(*(chip.animate.move_to((chip.get_center() + target.get_center()) / 2).scale(0.3)
                             .set_opacity(0.0) for chip in chips), lag_ratio=0.04)

    def chip(self, image: Mobject, k: int, side: int, colour) -> Square:
        """A small square, `colour`, on pixel k of the picture: one input's product setting off."""
        r, c = divmod(k, side)
        return Square(0.6 * image.cell, stroke_width=0, fill_color=colour, fill_opacity=1.0).move_to(
            image.center_of(r + 0.5, c + 0.5))

    def name_rows(self, big: dict, work: dict) -> None:
        """The rows after the first as more_words names them (review ab2-f s29, digits 54-63 s):
        "each row is one more input": the second row's input; "brightness times dial": its dial,
        the columns' names pulsing; "added to the sum": what it gives, with the sum so far that
        counts it; "these four move the sum the most": each later row with its sum, one at a time,
        before "the one with a minus sign" rings those that take away."""
        nb, marks = len(work["biggest"]), getattr(self.current_tracker, "bookmark_times", {})
        if nb < 2:
            return
        second, focus, came = big["rows"][1], self.theme.focus, {}
        # (quick fades, whole as their words start: a frame every 3 s caught both half-way, 0.5 s and 0.8 s long)
        self.wait_before(self.current_tracker, "each", lead=0.25)
        came["input"] = float(self.renderer.time)
        (wire, circle), *others = self.sources[1:]
        self.play(FadeIn(second[:-4]), *self.from_mini([circle], [second.circle]), run_time=0.3)
        self.wait_before(self.current_tracker, "mult", lead=0.25)
        came["dial"] = float(self.renderer.time)
        self.play(FadeIn(VGroup(second[-4], second[-1])), *self.from_mini([wire], [second[-4]]), run_time=0.3)
        self.play(Indicate(VGroup(*big["heads"][:2]), color=focus, scale_factor=1.15), run_time=0.7)
        self.wait_until_bookmark("add")
        came["gives"], came["later"] = float(self.renderer.time), []
        self.add_to_sum(big, 1, second[-3:-1], 1.0, *self.unhang())
        later = list(enumerate(big["rows"][2:nb], 2))
        if "most" in marks:
            self.wait_until_bookmark("most")
        after = next((m for m in ("minus", "rest") if m in marks), None)
        room = self.current_tracker.time_until_bookmark(after) if after else 1.2 * len(later)
        each = float(np.clip((room - 0.2) / max(1, len(later)), 0.8, 1.6))
        for (p, row), (wire, circle) in zip(later, others):   # one at a time: which number is whose
            came["later"].append(float(self.renderer.time))
            self.add_to_sum(big, p, row, 0.8, *self.from_mini([wire, circle], [row[-4], row.circle]))
            if each > 0.8:
                self.wait(each - 0.8)
        self.show(rows_named=came)

    def start_sum(self, big: dict, run_time: float) -> None:
        """The sum so far is the white bar alone, named "sum so far" with its number (review s36
        r2: a line under the column said the same again): the first part copied beside it, from zero."""
        bars = big["bars"]
        self.bar_part, self.bar_run, self.bar_label = bars["parts"][0], bars["runs"][0], bars["label"]
        self.shown[bars["key"] + "_first"] = float(self.renderer.time)   # its name's first number comes
        if bars["parts"][0] in self.mobjects:   # the first neuron's: its glow's bar became the first part
            self.play(TransformFromCopy(bars["parts"][0], bars["runs"][0]), FadeIn(bars["label"]), run_time=run_time)
            self.play(Indicate(VGroup(bars["runs"][0], bars["label"]), color=self.theme.focus, scale_factor=1.1),
                      run_time=0.8)
            return
        # a later neuron's (and the output's): its first part's bar on the line at zero, the white bar
        # beside it (review s37: their sums were lines of words); in place, and its row's number
        # pulsing (flown from the number, a frame caught a blur over the neuron's heading)
        self.play(FadeIn(VGroup(bars["zero"], bars["parts"][0], bars["runs"][0], bars["label"])),
                  Indicate(big["products"][0], color=self.theme.focus, scale_factor=1.2), run_time=run_time)

    def add_to_sum(self, big: dict, p: int, row: Mobject | None = None, run_time: float = 0.6, *also) -> None:
        """Product row `p` added as it comes (`row`, put in here): in the same frame its bar is
        stacked onto the white bar, whose name says the new sum (session 23: a row stood 0.7 s
        beside a sum that did not count it yet)."""
        self.add(*([row] if row is not None else []))
        self.play(Indicate(big["products"][p], color=self.theme.focus, scale_factor=1.2),
                  *self.stack_bar(big, p), *also, run_time=run_time)

    def stack_bar(self, big: dict, p: int) -> list[Animation]:
        """Part p's bar comes out of its row's number onto the end of the sum so far's bar, which
        grows (or shrinks) to its point: the bars end to end; the part before it goes, counted."""
        bars = big["bars"]
        part, run = bars["parts"][p], bars["runs"][p]
        self.shown.setdefault(bars["key"], []).append([p, float(self.renderer.time)])
        moves = [ReplacementTransform(self.bar_run, run)]
        self.bar_run = run
        # its name's number is the new sum in the same frame (one morphing into the other garbles)
        self.remove(self.bar_label)
        self.bar_label = bars["labels"][p]
        self.add(self.bar_label)
        if len(part):   # (a part of nothing, a head start of zero, leaves the last one standing)
            moves += [FadeOut(self.bar_part), TransformFromCopy(big["products"][p], part)]
            self.bar_part = part
        return moves

    def land_total(self, big: dict, under: Mobject, run_time: float) -> None:
        """The white bar's name (`under`) becomes "total: 0.97" in its place (review t1: the total
        stood twice, under the column and by the neuron)."""
        # out, then in: one morphing into the other read as garbled letters (review k1 s22, 69 s)
        self.play(FadeOut(under), run_time=run_time / 2)
        self.play(FadeIn(big["total"]), run_time=run_time / 2)

    def read_curve(self, curve: dict) -> None:
        """Start at the total on the floor, go up to the curve, read across."""
        self.play(FadeIn(curve["dot"]), run_time=0.3)
        self.play(Transform(curve["dot"], curve["rise"]), Create(curve["up"]), run_time=1.0)
        self.play(Create(curve["across"]), FadeIn(curve["out"]), run_time=0.7)

    def second_neuron(self, diagram: NetworkDiagram, values: dict, first: dict) -> None:
        """Every neuron does the same: the dimmest hidden neuron, worked the same way quickly;
        then the network comes back, both worked neurons light and are ringed with their glows
        written beside them, and the layers light up in turn."""
        other = self.works()[1]
        self.show(second_worked={k: other[k] for k in WORKED_KEYS})
        big, curve = first["big"], first["curve"]
        again = close_up(self, other, self.picture, screen.mark("another hidden neuron"), self.places)
        # its sum drawn as the first one's: bars stacked on the line at zero, the white bar's name
        # with its number (review s37: "so far -0.11 + ..." came back here as a line of words)
        again["bars"] = bars = sum_bars(self, other, glow=False, key="second_bar_at")
        self.show(second_sum_bars=bars["shown"])
        again["total"].move_to(bars["label"]).align_to(bars["label"], LEFT)
        curve2 = squash_picture(self, other, first["reach"])
        lit = self.partial(values["activations"], upto=0)
        lit[1] = np.where(np.isin(np.arange(len(lit[1])), [first["work"]["neuron"], other["neuron"]]),
                          values["activations"][1], 0.0)
        # the blank count and its dots go with the rows (review k: gone as the curve came, at once)
        # the first curve too: the bars stand where it stood, and it comes back with the total
        kept = VGroup(*(curve[k] for k in ("axes", "curve", "names")))
        gone = VGroup(big["rows"], big["blank"], big["glow"], big["total"], big["head"], big["minus"],
                      *(curve[k] for k in ("dot", "up", "across", "out", "place", "floor_bar")), kept)
        pairs = len(values["activations"]) - 1
        # the second neuron's rows are on screen before "Every neuron does the same ... This one
        # adds up to" is said (review 11e: said over the first neuron's rows for 3 s)
        # the corner's ring moves to the second neuron with it
        ring = self.mini_ring(diagram, other["neuron"])
        # its wires bold in the corner instead of the first one's: its rows grow out of them
        wires = VGroup(*(self.in_mini(w) for w in self.spotlight(diagram, other["neuron"])[0]))
        # (0.4 s each, the clearing and the new first row: a half-cleared table was caught at
        # 93 / 105 s, review ab-x1 s28 both reviewers, ab-k1 r1)
        self.play(FadeOut(gone), big["neuron"].animate.set_fill(opacity=0.0), Transform(self.mini[-1], ring),
                  FadeOut(self.mini_wires), FadeIn(wires), run_time=0.4)
        self.mini_wires = wires
        self.show(mini_rings=[self.mini.rings[0], [float(v) for v in ring.get_center()[:2]]])
        # its blank pixels counted too, as the first's were (review h1 s21: its table dropped the
        # "27 blank" row, so the two no longer lined up)
        # the row each sum so far adds in (a "(no other inputs)" row adds nothing: it comes with
        # the head start's), the blank count with the rest's row
        nb, rows = len(other["biggest"]), again["rows"]
        adds = [*rows[:nb], *([VGroup(rows[nb], again["blank"])] if other["rest_count"] else []),
                VGroup(*([] if other["rest_count"] else [rows[nb]]), rows[-1])]
        sources = self.row_sources(diagram, 0, other["neuron"], other["biggest"])
        flights = [self.from_mini(pair, [row[-4], row.circle]) for pair, row in zip(sources, rows[:nb])]
        self.play(FadeIn(again["head"]), FadeIn(adds[0]), *flights[0], run_time=0.4)
        # the same bars as the first neuron's (review w1 s21: this one's sum came with no running
        # total and its total only on the curve): its first part on the line at zero...
        self.start_sum(again, run_time=0.5)
        with self.say("layers") as tracker:
            # ...then each row as it is added (session 23: all the rows stood while the sum under
            # them counted two), the total in its place as "This one adds up to" starts (review
            # r1t: 3-6 s after its caption)
            # (0.3 s each, and the total's landing, after a beat on the first row as the words
            # begin: tiny's frames at 96 and 99 s caught them half-faded, review s33)
            self.wait(0.4)
            for p in range(1, len(again["products"])):
                self.add_to_sum(again, p, adds[p], QUICK, *(flights[p] if p < nb else []))
            # (the total whole on the floor as "This one adds up to" is said: review ab2-k1, 105-111 s)
            self.wait_before(tracker, "second", lead=1.3)
            self.land_total(again, self.bar_label, run_time=QUICK)
            # as the first neuron's: the curve comes back, the white bar lies down on its floor
            # and the total goes under it (review ab2-k1, 105-111 s: the total must be readable
            # as it is said: whole in its place before, moved whole)
            column = [float(v) for v in again["total"].get_center()[:2]]
            self.play(FadeIn(kept), again["total"].animate.move_to(curve2["slot"]), FadeIn(curve2["place"]),
                      ReplacementTransform(self.bar_run, curve2["floor_bar"]),
                      FadeOut(VGroup(self.bar_part, bars["zero"])), run_time=0.6)
            self.show(second_total_kept={"column": column, "floor": [float(v) for v in again["total"].get_center()[:2]],
                                         "at": float(self.renderer.time)})
            self.read_curve(curve2)   # read off as the words come to it
            self.wait_until_bookmark("glow")
            self.play(big["neuron"].animate.set_fill(lit_color(other["value"]), 1.0), FadeIn(again["minus"]),
                      FadeIn(again["glow"]), Indicate(curve2["out"], color=self.theme.focus, scale_factor=1.2),
                      run_time=0.6)
            self.show(close_up_minus=[len(w["minus"]) > 0 for w in (big, again)])
            self.show(second_glow={"t": float(self.renderer.time), "at": [float(v) for v in big["neuron"].get_center()[:2]],
                                   "radius": float(big["neuron"].width / 2)})
            # a small hidden layer: "The other two work the same" brings the network back, and
            # the two not worked out light with their real glows as those are said (review
            # one-forward, tiny 108-123 s: the -0.47 and 0.07 neurons appeared without mention)
            rest = self.other_hidden() if "others" in getattr(tracker, "bookmark_times", {}) else []
            self.wait_until_bookmark("others" if rest else "all")
            close = VGroup(big["neuron"], big["heads"], self.mini_wires, again["rows"], again["blank"], again["head"], again["glow"], again["total"],
                           again["minus"], kept, *(curve2[k] for k in ("dot", "up", "across", "out", "place", "floor_bar")))
            # the close-up goes as the network comes back, overlapping a little: one after the
            # other left a blank frame under "All at once" (review r1t, 102 s)
            self.play(LaggedStart(AnimationGroup(FadeOut(close), FadeOut(self.mini), FadeOut(self.close_key)),
                                  AnimationGroup(FadeIn(diagram), FadeIn(self.marks), FadeIn(self.names)),
                                  lag_ratio=0.6), run_time=0.7)
            self.shown["close_key"]["went"].append(float(self.renderer.time))
            # both worked neurons light in the whole network, ringed, each with the glow worked out
            rings = VGroup(*(self.spotlight(diagram, w["neuron"])[1] for w in (first["work"], other)))
            tags = self.glow_tags(diagram, (first["work"], other))
            worked = self.minus_marks(diagram, lit, 1)
            self.play(diagram.light_up(lit), FadeIn(rings), FadeIn(tags), FadeIn(worked), run_time=0.5)
            # over the circles for good: a light-up puts the whole diagram back on top of them
            self.add_foreground_mobjects(self.marks, worked)
            self.wait(1.1)   # the two worked neurons, found in the whole network
            if rest:
                self.wait_until_bookmark("values")
                acts = values["activations"][1]
                lit[1] = np.where(np.isin(np.arange(len(lit[1])), [first["work"]["neuron"], other["neuron"], *rest]),
                                  acts, 0.0)
                named = self.glow_tags(diagram, tuple({"neuron": k, "value": float(acts[k])} for k in rest))
                more = self.minus_marks(diagram, lit, 1, skip=[(1, w["neuron"]) for w in (first["work"], other)])
                self.play(diagram.light_up(lit), FadeIn(named), FadeIn(more), run_time=0.6)
                # kept only inside the worked groups (left in the scene on their own, the tags
                # stood again after the output's table retired the others)
                self.remove(named, more)
                worked.add(*more)
                tags.add(*named)
                self.add_foreground_mobjects(self.marks, worked, tags)
                self.show(others_named={"neurons": [int(k) for k in rest], "values": [float(acts[k]) for k in rest],
                                        "tags": [getattr(m, "original_text", m.text) for m in named], "t": float(self.renderer.time)})
                self.wait_until_bookmark("all")
            # review e1 (ONE change): "the signal flows forward" was said over layers switching
            # on: dots run along the wires that carry the most, and a layer lights as they arrive
            self.wait_until_bookmark("flows")
            # one slow wave through "... This is called the forward pass", as it is named (a second,
            # quicker pass at "called" made each layer's wave too quick to see, review h1 s21)
            left = max(0.5, tracker.get_remaining_duration() - 0.3)
            each = max(1.0, min(3.0, left / pairs))
            weights = self.history.snapshot(STEP).weights
            flows = []
            # ringed and named all through the forward pass: the hand calculation is a part of
            # it (review 11e ONE change: the rings went as the whole network lit up)
            # (in front: the pulse's flashes are drawn over everything added before them)
            self.add_foreground_mobjects(rings, tags)
            for p in range(pairs):
                # each layer's minus signs come as it lights (the worked ones are there already)
                lit_marks = self.minus_marks(diagram, values["activations"], p + 1,
                                             skip=[(1, k) for k in (first["work"]["neuron"], other["neuron"], *rest)])
                # review h1 s21 (ONE change): the layers lit at once, so no frame showed the hidden
                # neurons lighting before the outputs: a wave, top to bottom, each neuron lit as its
                # dots arrive (only its column's circles change: cheaper than lighting the diagram)
                dots, travel = self.pulses(diagram, p, carriers(diagram, values["activations"], weights, p),
                                           light=(lit[p + 1] if p == 0 else np.zeros(len(lit[p + 1])),
                                                  values["activations"][p + 1]))
                flows.append({"pair": p, "edges": dots.edges, "paths": dots.paths,
                              "start": float(self.renderer.time), "end": float(self.renderer.time) + each,
                              "lit_at": [float(self.renderer.time) + each * a for a in dots.lit_at]})
                # under the worked neurons' rings and glows: the names stay readable as dots pass
                self.add_foreground_mobjects(dots, rings, tags)
                self.play(travel(run_time=each))
                diagram.set_activations(self.partial(values["activations"], upto=p + 1))
                self.remove_foreground_mobjects(dots)
                self.remove(dots)
                if len(lit_marks):
                    self.play(FadeIn(lit_marks), run_time=0.3)
                    self.add_foreground_mobjects(lit_marks)
                worked.add(*lit_marks)
            self.marks.add(*worked)
            self.show(minus_marked=sorted(m.neuron_at for m in self.marks))
            self.show(pulses=flows)
        self.worked_marks = VGroup(rings, tags)

    def pulses(self, diagram: NetworkDiagram, p: int, edges: list[tuple[int, int]],
               light: tuple[np.ndarray, np.ndarray] | None = None):
        """Small yellow dots (the glow's colour), one on each of these wires of pair p, and a maker
        of the animation that runs them from the wire's start to its end, fading in and out at the
        rims; cheap: a few dots moved, nothing rebuilt. With `light` (the next layer's activations
        before and after), a wave: the next layer's drawn neurons one after another, top to bottom, each one's dots
        leaving in turn and the neuron lighting to its glow as they arrive (dots.lit_at: when,
        as shares of the run)."""
        starts, stops = [], []
        for i, o in edges:
            a, b = diagram.neuron_at(p, i).get_center(), diagram.neuron_at(p + 1, o).get_center()
            trim = (b - a) / np.linalg.norm(b - a) * diagram.neuron_at(p, i).width / 2
            starts.append(a + trim)
            stops.append(b - trim)
        dots = VGroup(*(Dot(s, radius=PULSE_RADIUS, color=self.theme.highlight) for s in starts))
        dots.edges = [[int(i), int(o)] for i, o in edges]
        dots.paths = [[float(v) for v in (*s[:2], *e[:2])] for s, e in zip(starts, stops)]
        targets = diagram.shown_indices(p + 1)
        # each target's window: its dots travel for `ride` of the run, the next one's leave `step` later
        ride = 0.4 if light is not None and len(targets) > 1 else 1.0
        step = (1.0 - ride) / max(1, len(targets) - 1)
        leave = [targets.index(o) * step if light is not None else 0.0 for _, o in edges]
        dots.lit_at = [j * step + ride for j in range(len(targets))] if light is not None else []
        circles = diagram.neurons(p + 1)
        if light is not None:
            begin, end = ([float(v) for v in brightness(a)[targets]] for a in light)

        def move(group: VGroup, alpha: float) -> None:
            for dot, s, e, t0 in zip(group[:len(starts)], starts, stops, leave):
                a = float(np.clip((alpha - t0) / ride, 0.0, 1.0))
                dot.move_to(s + (e - s) * a)
                dot.set_opacity(min(1.0, 8 * a, 8 * (1 - a)))
            if light is not None:   # each lights over the last fifth of its dots' ride
                shares = [float(np.clip((alpha - at) / (0.2 * ride) + 1.0, 0.0, 1.0)) for at in dots.lit_at]
                for circle, b0, b1, share in zip(circles, begin, end, shares):
                    circle.set_fill(lit_colours(self.theme, [b0 + (b1 - b0) * share])[0], 1.0)
        moving = VGroup(dots, *circles) if light is not None else dots
        return dots, lambda run_time: UpdateFromAlphaFunc(moving, lambda _, alpha: move(dots.submobjects, alpha),
                                                          run_time=run_time, rate_func=linear)

    def minus_marks(self, diagram: NetworkDiagram, activations: list[np.ndarray], layer: int,
                    skip: list[tuple[int, int]] = ()) -> VGroup:
        """Layer `layer`'s drawn neurons that glow below zero, each with its minus sign (see
        minus_mark); each sign knows its neuron, (layer, index), for the manifest."""
        marks = VGroup()
        for k in diagram.shown_indices(layer):
            circle = diagram.neuron_at(layer, k)
            mark = minus_mark(circle, activations[layer][k]) if circle is not None and (layer, k) not in skip else VGroup()
            if len(mark):
                mark.neuron_at = (layer, int(k))
                marks.add(mark)
        return marks

    def glow_tags(self, diagram: NetworkDiagram, works: tuple[dict, ...]) -> VGroup:
        """Each worked neuron's glow written beside it in the network, in the close-up's words."""
        return VGroup(*(self.text("glows {value}", color=self.theme.highlight,
                                  facts={"value": plain_number(work["value"])})
                        .add_background_rectangle(color=self.theme.background, opacity=0.85, buff=0.05)
                        .next_to(diagram.neuron_at(1, work["neuron"]), RIGHT, buff=0.18) for work in works))

    def read_guess(self, diagram: NetworkDiagram, panel: Mobject, values: dict) -> None:
        """Each output's glow beside it (with a bar), the brightest boxed, what we wanted beside
        them; a lone output worked as the hidden one was: its total, its squash, one half marked."""
        table = self.guess_table(diagram, values)
        guess, truth = class_of(values["guess"]), class_of(values["truth"])
        section = self.guess_section(values)
        if section == "guess_single":
            # by the curve, over the table (review ab-x1 s25 r2, ONE change: the guess and the answer
            # stood small under the picture, far from the 0.49 read off the curve)
            verdict = self.curve_verdict(table, guess, truth)
        else:
            verdict = self.verdict(guess, truth, across=True)
            # on one line over the outputs' table, beside what it reads, right of the title (review
            # one-forward, digits 154-177 s: "guess: 2" stood far from the outputs, under the
            # picture; under the table it ran into the layer's name "outputs")
            heads = VGroup(table["guess_head"], table["truth_head"])
            room = EDGE_ROOM - self.title_text.get_right()[0] - 0.3
            if verdict.width > room:   # long class names: stay inside the frame
                verdict.scale_to_fit_width(room)
            verdict.next_to(heads, UP, buff=0.2).align_to([EDGE_ROOM, 0, 0], RIGHT)
            self.show(verdict_box=[float(v) for v in (verdict.get_left()[0], verdict.get_right()[0],
                                                      verdict.get_bottom()[1], verdict.get_top()[1])])
        marks = getattr(self, "worked_marks", VGroup())
        tops = VGroup(*(diagram.neurons(-1)[p] for p, k in enumerate(diagram.shown_indices(-1))
                        if k == int(np.argmax(values["guess"]))))
        # a lone output's curve is in place before "squashes its total" is said (review t1: it came 3 s late)
        single = self.output_curve(diagram) if section == "guess_single" else None
        kept = getattr(self, "glance_kept", None)
        if kept is not None:   # the glows stood through the output's close-up: the table's own, in one frame
            self.remove(*kept)
            self.add(table["guess_head"], *(m for row in table["guess_rows"] for m in row), *table["leaders"])
        with self.say(section):
            # the worked neurons' rings give way to the guess: one "look here" at a time
            # each faded on its own: a fade of a group made for it leaves foreground parts behind
            self.play(*(FadeOut(m) for m in marks), FadeIn(table["guess_head"]), run_time=0.5)
            if single is not None:
                self.squash_output(single, table)
            elif kept is not None:
                self.wait_until_bookmark("top")
                self.play(FadeIn(table["box"]), FadeIn(table["together"]),
                          Indicate(tops, color=self.theme.focus, scale_factor=1.4), run_time=0.8)
            else:
                # each glow written and its bar grown in turn, top to bottom; the brightest boxed
                # and its output pulsing as it is named (review 11a: 40 s of a near-still table)
                self.play(LaggedStart(*(AnimationGroup(Create(leader), FadeIn(number), Create(bar))
                                        for (number, bar), leader in zip(table["guess_rows"], table["leaders"])),
                                      lag_ratio=0.25),
                          run_time=min(2.5, max(1.0, self.current_tracker.time_until_bookmark("top") - 0.6)))
                self.wait_until_bookmark("top")
                self.play(FadeIn(table["box"]), FadeIn(table["together"]),
                          Indicate(tops, color=self.theme.focus, scale_factor=1.4), run_time=0.8)
            self.wait_until_bookmark("truth")
            said = [FadeIn(verdict[1])] if single is not None else []   # "right answer: outer ring"
            self.play(FadeIn(table["truth_head"]), LaggedStart(*(FadeIn(a, shift=0.2 * LEFT) for a in table["truth_rows"]),
                                                               lag_ratio=0.1), *said, run_time=1.0)
            if len(table["one"]):
                self.play(Indicate(table["one"], color=self.theme.right, scale_factor=1.3), run_time=0.8)
            zeros = [a for a in table["truth_rows"] if a not in table["one"]]
            if zeros and section != "guess_single":
                self.wait_until_bookmark("zeros")
                self.play(LaggedStart(*(Indicate(a, color=self.theme.text, scale_factor=1.3) for a in zeros),
                                      lag_ratio=0.1), run_time=1.2)
        with self.say("wrong" if guess != truth else "lucky"):
            if single is not None:   # its lines stand by the curve already: the mark comes, right or wrong
                self.play(FadeIn(verdict[2]), Indicate(VGroup(verdict[0], verdict[1]), color=self.theme.focus,
                                                       scale_factor=1.05),
                          Indicate(table["box"], color=ok_color(self.theme, guess == truth)), run_time=0.8)
            else:
                self.play(FadeIn(verdict), Indicate(table["box"], color=ok_color(self.theme, guess == truth)),
                          run_time=0.8)
            if len(table["right"]):
                # "the right answer, 0, glows 0.69": its own glow boxed green as it is said
                self.wait_until_bookmark("close")
                self.play(FadeIn(table["right"]), run_time=0.6)
            if len(table["above"]):
                # review k (ONE change): "2 and 7 glow a bit more", both boxed as it is said
                self.wait_until_bookmark("brighter")
                self.play(FadeIn(table["above"]), Indicate(table["box"], color=self.theme.focus), run_time=0.6)
                self.show(brighter=brighter_outputs(self.history, values))
            if "coin" in getattr(self.current_tracker, "bookmark_times", {}) and single is not None:
                # "so near one half": the one-half line and the glow's "just under ½" pulse together
                self.wait_until_bookmark("coin")
                self.play(Indicate(single["half"], color=self.theme.focus, scale_factor=1.1),
                          Indicate(verdict[0], color=self.theme.focus, scale_factor=1.05), run_time=1.0)
            # "with random dials": the wires, the dials, brighten in their colours as they are
            # named (review 11a: the white box drawn round them here was never explained: gone)
            self.wait_until_bookmark("dials")
            # only the guessed output's own wires, the dials that gave this guess (review s20 g1:
            # every wire brightening at once was unexplained; and cheaper to draw)
            last = len(diagram.sizes) - 2
            own = [line for i in diagram.shown_indices(last)
                   if (line := diagram.edge_line(last, int(np.argmax(values["guess"])), i)) is not None]
            self.show(dials_lit=len(own))
            self.play(*(w.animate(rate_func=there_and_back).set_stroke(width=max(3.0, 2 * w.get_stroke_width()), opacity=1.0)
                        for w in own), run_time=1.4)
        # the chapter ends on the verdict: how wrong, ringed, is what the next chapter measures
        ring = SurroundingRectangle(verdict, color=self.theme.focus, buff=0.12, stroke_width=2.5)
        with self.say("next"):
            # faded in whole: drawn, its first stroke stood as a stray dash over the cross (review 12)
            self.play(FadeIn(ring), run_time=0.6)
            # "how wrong it is": the network steps back; "we measure": each output's glow and answer
            # pulse together, top to bottom, what the next chapter compares
            rows = [AnimationGroup(Indicate(VGroup(g, bar), color=self.theme.focus, scale_factor=1.15),
                                   Indicate(a, color=self.theme.focus, scale_factor=1.3))
                    for (g, bar), a in zip(table["guess_rows"], table["truth_rows"])]
            self.wait_until_bookmark("wrong")
            # up to the outputs' circles: their names stay, they name the rows
            right = diagram.neuron_groups[-1].get_right()[0] + 0.05
            veil = Rectangle(width=right - diagram.get_left()[0] + 0.15, height=diagram.height + 0.3, stroke_width=0,
                             fill_color=self.theme.background, fill_opacity=VEIL)
            veil.move_to([right, diagram.get_y(), 0], aligned_edge=RIGHT)
            # under the verdict and its ring (the tiny net's verdict reaches over the inputs' names)
            self.add(veil.set_fill(opacity=0.0))
            self.bring_to_front(verdict, ring)
            # (no frame round the table: the review ab1 found a white frame drawn here unexplained; the rows
            # pulse at "we measure" instead)
            self.play(veil.animate.set_fill(opacity=VEIL), run_time=0.8)
            self.show(compared={"rows": len(rows), "veil": VEIL})
            self.wait_until_bookmark("measure")
            self.play(LaggedStart(*rows, lag_ratio=0.2),
                      run_time=max(1.0, min(2.0, self.current_tracker.get_remaining_duration())))

    def output_curve(self, diagram: NetworkDiagram) -> dict:
        """A lone output's squashing curve, its total on the floor, drawn before [guess_single]."""
        t = self.theme
        work = neuron_sum(self.history, layer=len(diagram.sizes) - 1, neuron=0)
        places = output_rows(output_work(self.history))[1]   # as its table added it up (out_sum_words)
        curve = squash_picture(self, work, places=places)
        parts = [curve[k] for k in ("axes", "curve", "rise", "dot", "up", "across", "out", "names", "place")]
        total = self.text("total: {total}", facts={"total": plain_number(work["total"], places)}).move_to(curve["slot"])
        self.show(output_total_places=places)
        # its side unnamed: the glow read off it goes into the glow column just over it
        curve["names"].remove(curve["names"][0])
        VGroup(*parts, total).shift(OUTPUT_CURVE_SHIFT)
        floor, side = curve["axes"]
        low, high = min(curve["side"]), max(curve["side"])
        y = side.get_start()[1] + (0.5 - low) / (high - low) * (side.get_end()[1] - side.get_start()[1])
        half = DashedLine([floor.get_start()[0], y, 0], [floor.get_end()[0], y, 0], color=t.focus, stroke_width=2.5)
        mark = self.text("{half}", facts={"half": "\u00bd"}).next_to(half, RIGHT, buff=0.1)
        # the yes class over the line at the left (the curve is low there), the other under it at the right
        colours = class_colors(len(self.history.labels))
        yes = self.text("{label}", color=colours[-1], facts={"label": self.history.labels[-1]})
        no = self.text("{label}", color=colours[0], facts={"label": self.history.labels[0]})
        for word in (yes, no):
            if word.width > 0.45 * half.width:
                word.scale_to_fit_width(0.45 * half.width)
        yes.next_to(half.get_start(), UP + RIGHT, buff=0.12)
        no.next_to(half.get_end(), DOWN + LEFT, buff=0.12)
        circle = diagram.neurons(-1)[0]
        ring = Circle(circle.width / 2 + 0.08, stroke_color=t.focus, stroke_width=4).move_to(circle)
        self.show(output_worked={k: work[k] for k in ("layer", "neuron", "total", "value")},
                  output_half={"y": float(y), "side": [float(side.get_start()[1]), float(side.get_end()[1])],
                               "low": float(low), "high": float(high)})
        # the output ringed, its total on the floor of its curve
        self.play(Create(ring), FadeIn(total), Create(curve["axes"]), FadeIn(curve["names"]), FadeIn(curve["place"]),
                  run_time=0.8)
        self.play(Create(curve["curve"]), run_time=0.8)
        self.show(output_curve_s=float(self.renderer.time))
        return {"curve": curve, "total": total, "ring": ring, "half": half, "mark": mark, "yes": yes, "no": no,
                "hidden": self.hidden_curve(curve) if two_curves(self.history) else None}

    def hidden_curve(self, output: dict) -> VGroup:
        """The hidden neurons' own squashing curve (nncore's, over the output curve's totals), small,
        over the output's, each named, their sides ticked: -1, 0, +1 against 0 and 1."""
        t = self.theme
        floor = output["axes"][0]
        # large enough to read beside the output's (review one-forward, tiny 144 s: a small inset)
        box = (0.75 * floor.get_length(), 1.35)
        corner = (floor.get_start()[0] + 0.45, 1.2)
        axes, curve, at, low, high = squash_plot(t, self.history.config["activations"][0], output["reach"], box, corner)
        side = VGroup(*(self.text("{y}", size=CURVE_WORDS, facts={"y": ("+" if y > 0 else "") + tick_number(y)})
                        .next_to(at(-output["reach"], y), LEFT, buff=0.1) for y in (low, 0.0, high)))
        # under its floor, over the glow column's name (right of the curve it ran into its flat top)
        name = self.text("hidden neurons' curve", size="small").next_to(axes[0], DOWN, buff=0.08)
        name.align_to(axes, LEFT)
        # and this one's name, in its empty top left (the curve is low there)
        top = output["side"][max(output["side"])]
        mine = self.text("output's curve", size="small").move_to(top.get_right() + 0.3 * RIGHT + 0.2 * DOWN,
                                                                  aligned_edge=LEFT)
        self.show(hidden_curve={"activation": self.history.config["activations"][0], "low": low, "high": high,
                                "box": [float(v) for v in (*axes.get_corner(DOWN + LEFT)[:2], axes.width, axes.height)]})
        return VGroup(axes, curve, side, name, mine)

    def squash_output(self, single: dict, table: dict) -> None:
        """A lone output worked as the hidden neuron was (review 11c: its total never shown, its
        0-to-1 squash told with no curve): its total on the floor of its own squashing curve
        (output_curve), the glow read off and written in the glow column, then the one-half line,
        with the yes class over it and the other under it, as "over one half means yes" is said."""
        t = self.theme
        curve, total, ring, half, mark, yes, no = (single[k] for k in ("curve", "total", "ring", "half", "mark",
                                                                       "yes", "no"))
        number, _ = table["guess_rows"][0]
        # "squashes its total, -0.04": the total pulses; "from zero to one": the side's numbers
        self.wait_until_bookmark("total")
        self.play(Indicate(total, color=t.focus, scale_factor=1.2), run_time=0.8)
        # its dot goes up onto the curve at once (review one-forward, tiny 135-153 s: no dot until
        # "It glows"); read across when the glow is said
        self.play(FadeIn(curve["dot"]), run_time=0.2)
        self.play(Transform(curve["dot"], curve["rise"]), Create(curve["up"]), run_time=0.6)
        self.show(output_dot_s=float(self.renderer.time))
        self.wait_until_bookmark("scale")
        self.play(Indicate(VGroup(*curve["side"].values()), color=t.focus, scale_factor=1.3), run_time=1.0)
        hidden = single.get("hidden")
        if hidden is not None and "other" in getattr(self.current_tracker, "bookmark_times", {}):
            # "on a second curve, not minus one to one like the hidden neurons'": theirs, small, over
            # this one, its -1 and +1 pulsing; "so it reads as how sure it is": this one's 0 and 1, traced
            self.wait_before(self.current_tracker, "other", lead=0.4)
            # (0.5 s: caught half-faded at 144 s, review ab-x1 s28 both reviewers)
            self.play(FadeIn(hidden[0]), Create(hidden[1]), FadeIn(hidden[2]), FadeIn(hidden[3]), FadeIn(hidden[4]),
                      run_time=0.5)
            self.play(Indicate(hidden[2], color=t.focus, scale_factor=1.3), run_time=0.8)
            self.wait_until_bookmark("sure")
            # each swells in its place (one Indicate of them all pulled them apart); quick: at
            # 0.8 s tiny's frame at 147 s caught the swollen "1" over "output's curve" (review s33)
            self.play(*(Indicate(m, color=t.focus, scale_factor=1.3) for m in (*curve["side"].values(), hidden[4])),
                      run_time=0.5)
            # "how sure it is": the curve traced from its 0 to its 1 (no still frame while it is said)
            self.play(ShowPassingFlash(curve["curve"].copy().set_stroke(t.focus, width=6), time_width=0.4),
                      run_time=1.0)
            self.show(hidden_curve_s=float(self.renderer.time))
        self.wait_until_bookmark("top")
        if hidden is not None and hidden[1] in self.mobjects:
            self.play(FadeOut(hidden), run_time=0.3)
        # quicker than the hidden neuron's walk: "over one half" follows "It glows" closely
        self.play(Create(curve["across"]), FadeIn(curve["out"]), TransformFromCopy(curve["out"], number),
                  FadeIn(table["box"]), FadeOut(ring), run_time=0.6)
        self.wait_until_bookmark("half")
        # above one half shaded in the yes class's colour, below in the other's, as on the
        # example's picture (review one-forward, tiny 150 s)
        shades = self.half_shades(curve, half)
        self.play(Create(half), FadeIn(mark), FadeIn(shades), run_time=0.6)
        self.play(FadeIn(yes, shift=0.15 * UP), FadeIn(no, shift=0.15 * DOWN), run_time=0.6)
        # review (s24 x, ~150 s): 0.49 and the one-half line stood level on the curve, which side it
        # fell could not be seen: a glow this near one half is written so, beside its number
        # "0.49 is just under ½: says outer ring", over the table by the curve (review ab-x1 s25
        # r2, ONE change: "just under ½" stood apart, under the read-out, the guess far away)
        line = self.verdict_lines[0]
        near = near_words(float(self.history_glow()))
        if near is not None:
            self.show(near_half={"words": near, "left": float(line.get_left()[0]), "right": float(line.get_right()[0])})
        # the verdict whole at once, then the glow it reads swells (review s33: fading in with the
        # swell, tiny's frame at 153 s caught it half there)
        self.play(FadeIn(line), run_time=QUICK)
        self.play(Indicate(VGroup(curve["out"], number), color=t.focus, scale_factor=1.3), run_time=0.6)

    def half_shades(self, curve: dict, half: Mobject) -> VGroup:
        """The output curve's box split at one half: over it in the last class's colour, under it
        in the first's (class_colors, the example picture's dots), faint behind the curve."""
        floor, side = curve["axes"]
        colours = class_colors(len(self.history.labels))
        x0, x1 = floor.get_start()[0], floor.get_end()[0]
        y0, y, y1 = side.get_start()[1], half.get_y(), side.get_end()[1]
        shades = VGroup(*(Rectangle(width=x1 - x0, height=abs(b - a), stroke_width=0, fill_color=colours[c],
                                    fill_opacity=SHADE).move_to([(x0 + x1) / 2, (a + b) / 2, 0])
                          for c, (a, b) in ((len(colours) - 1, (y, y1)), (0, (y0, y)))))
        self.show(half_shades={"colours": [str(colours[-1]), str(colours[0])], "half_y": float(y),
                               "over": [float(y), float(y1)], "under": [float(y0), float(y)]})
        return shades

    def history_glow(self) -> float:
        """The lone output's glow on the first example (nncore's forward pass)."""
        return float(np.ravel(forward_values(self.history)["guess"])[0])

    def work_output(self, diagram: NetworkDiagram, single: bool = False) -> None:
        """Review ab1 (ONE change): "layer by layer ... to the outputs" was taken on trust. The
        output worked by the same rule. Several outputs: the brightest, in the hidden neuron's own
        close-up (work_output_close). A lone output ([output_single]): beside the network, every
        hidden glow times its dial, the head start, added up here; squashed on its curve in
        [guess_single]."""
        if not single:
            self.work_output_close(diagram)
            return
        t = self.theme
        work = output_work(self.history)
        self.show(output_rule={k: work[k] for k in WORKED_KEYS})
        places = output_written(work)[0]   # the glows' and dials' decimals (output_written)
        # every word label-sized, rows further apart (review s20 g1, ONE change: the column heads,
        # "+ 13 more glows" and "+ head start" were about 9 px, squeezed against the edge); the
        # columns as wide as what they hold, right of the outputs' names and inside the frame
        nb, pitch, gap = len(work["biggest"]), 0.56, 0.25
        head = self.text("output {label}", facts={"label": output_names(self.history)[work["neuron"]]})
        heads = VGroup(*(self.text(w) for w in ("glow", "\u00d7 dial", "= gives")))
        # the rows as written add up to the total as written, each product honest (output_rows)
        shown_rows, digits, exact = output_rows(work)
        self.show(output_rows=shown_rows, output_places=digits)
        glow_col, dial_col, products, words = VGroup(), VGroup(), VGroup(), VGroup()
        for k in work["biggest"]:
            sign = t.positive if work["dials"][k] >= 0 else t.negative
            dial = self.text("\u00d7 {dial}", facts={"dial": plain_number(work["dials"][k], places)})
            dial_col.add(dial.add(SurroundingRectangle(dial, color=sign, buff=0.04, stroke_width=2.5)))
            glow_col.add(self.text("{glow}", color=t.highlight, facts={"glow": plain_number(work["inputs"][k], places)}))
        others = [(screen.mark("+ {count} more {inputs}"),
                   {"count": work["rest_count"],   # an output's inputs are the hidden glows, as said
                    "inputs": "glow" if work["rest_count"] == 1 else "glows"})] if work["rest_count"] else []
        for template, facts in [*others, (screen.mark("+ head start"), None)]:
            words.add(self.text(template, facts=facts))
        for value in shown_rows:
            products.add(self.text("{product}", facts={"product": signed_number(value, digits)}))
        total = self.text("{sum}", facts={"sum": plain_number(work["total"], digits)})
        wide = [max(m.width for m in (*glow_col, heads[0])), max(m.width for m in (*dial_col, heads[1])),
                max(m.width for m in (*products, total))]
        names_right = max((m.get_right()[0] for m in diagram.output_labels), default=diagram.get_right()[0])
        left = names_right + 0.25
        # the products' column right of the glows and dials, and of "+ 13 more glows" under them
        to_products = max(wide[0] + gap + wide[1], max(w.width for w in words)) + gap
        # a column too wide for the room (the tiny net's "-0.475 x -1.338 +0.636"): the network
        # steps left for it, the picture making way
        self.output_shift = max(0.0, left + to_products + wide[2] + 0.1 - EDGE_ROOM)
        left -= self.output_shift
        x_glow, x_dial, right = left + wide[0] / 2, left + wide[0] + gap + wide[1] / 2, left + to_products + wide[2]
        head.move_to([x_dial, 2.5, 0])
        for m, x in zip(heads, (x_glow, x_dial)):
            m.move_to([x, 1.98, 0])
        heads[2].move_to([right, 1.98, 0], aligned_edge=RIGHT)
        rows = []
        for place, (glow, dial, product) in enumerate(zip(glow_col, dial_col, products)):
            y = 1.42 - place * pitch
            rows.append(VGroup(glow.move_to([x_glow, y, 0]), dial.move_to([x_dial, y, 0]),
                               product.move_to([right, y, 0], aligned_edge=RIGHT)))
        y = 1.42 - nb * pitch
        for word, product in zip(words, products[nb:]):
            rows.append(VGroup(word.move_to([left, y, 0], aligned_edge=LEFT), product.move_to([right, y, 0], aligned_edge=RIGHT)))
            y -= pitch
        rule = Line([right - wide[2] - 0.1, y + 0.2, 0], [right + 0.08, y + 0.2, 0], stroke_color=t.text, stroke_width=2)
        total.move_to([right, y - 0.12, 0], aligned_edge=RIGHT)
        extra = len(rows) - nb   # the rest (if any) and the head start
        added = self.text("added up") if exact else self.text("added up, about")
        added.next_to(total, LEFT, buff=0.35)
        bottom = total.get_bottom()[1]   # (squashed on its own curve in [guess_single])
        if self.output_shift:
            away = [m for m in self.mobjects if m is not self.title_text and m is not self.picture]
            # the picture stays, smaller, in the room the network leaves it (review h1 s21: it went
            # while the output's table stood, and the table was about this picture)
            # (its caption fades: shrunk with it, it fell under 10 px)
            room = min(m.get_left()[0] for m in away) - self.output_shift - 0.2 - (-EDGE_ROOM)
            self.picture.save_state()
            aside = self.picture.copy()
            aside[0].scale(min(1.0, room / aside[0].width)).move_to(self.picture[0].get_corner(UP + LEFT), aligned_edge=UP + LEFT)
            aside[0].set_x(-EDGE_ROOM + aside[0].width / 2)
            if len(aside) > 1:
                aside[1:].set_opacity(0.0)
            self.play(Transform(self.picture, aside), *(m.animate.shift(self.output_shift * LEFT) for m in away),
                      run_time=0.5)
            self.show(output_picture=[float(v) for v in (self.picture[0].get_left()[0], self.picture[0].get_right()[0],
                                                         min(m.get_left()[0] for m in away))])
            moved_at = self.renderer.time
        circle = diagram.neuron_at(len(diagram.sizes) - 1, work["neuron"])
        ring = Circle(circle.width / 2 + 0.08, stroke_color=t.focus, stroke_width=4).move_to(circle)
        hidden = [diagram.neuron_at(len(diagram.sizes) - 2, k) for k in work["biggest"]]   # None: not drawn
        # each row's hidden neuron ringed in the glow's yellow as its row comes, and kept so while
        # the sum stands (review s20 g1: the two that glow 0.61 were never marked on the network)
        marked = VGroup(*(Circle(n.width / 2 + 0.13, stroke_color=t.highlight, stroke_width=4).move_to(n)
                          for n in hidden if n is not None))
        self.show(output_rings=[[float(v) for v in m.get_center()[:2]] for m in marked],
                  output_ring_neurons=[int(k) for k, n in zip(work["biggest"], hidden) if n is not None])
        self.show(output_rule_box=[float(v) for v in (left, right, bottom, head.get_top()[1])],
                  output_at=[float(v) for v in circle.get_center()[:2]])
        # each written row's own wire, from its hidden neuron to the output (None: not drawn)
        own = [diagram.edge_line(len(diagram.sizes) - 2, work["neuron"], k) if n is not None else None
               for k, n in zip(work["biggest"], hidden)]
        # the output ringed before its words start; its wires bold one by one, each with its row
        # (review ab-x1 s23, ONE change: the table came whole, its wires all lit at once)
        # the worked neurons' "glows -0.62" give way to a table that writes their glows to three
        # decimals (so that its rows add up): one number, one way of writing it, at any moment
        # (review ab-x1 s23: "-0.616" in the table beside "glows -0.62" in the network)
        # (the tags' group itself is in the foreground, drawn again on every play: it goes whole)
        marks = getattr(self, "worked_marks", VGroup(VGroup(), VGroup()))
        # (and with two decimals too, review ab-k1 s24 117-126 s: "glows 0.38" stood on a neuron
        # the table has no row for, and a newcomer looked for 0.38 in its rows)
        # (their white rings too, review ab-k1 s25 117-120 s: the 0.38 neuron's ring stood while
        # the table has no row for it: the network's only rings now are the rows' yellow ones)
        retire = [m for m in (marks[1], marks[0]) if len(m)]
        if retire:
            self.remove_foreground_mobjects(*retire)
            self.worked_marks = VGroup(marks[0])
        self.show(glow_tags_kept=0 if retire else len(marks[1]))
        # the two keys a row of a glow below zero through a red wire is read by (review r1-t,
        # 108-135 s: "-0.47 x -1.34 = +0.63" depended on icons last seen large at 81 s): the
        # neurons' looks above and below zero, bottom right, and the wires' colours, bottom left,
        # kept while the table stands
        keys = VGroup()
        if any(work["inputs"][k] < 0 for k in work["biggest"]):
            looks = self.glow_pair({1.0: None, -1.0: None}, radius=ZERO_KEY_RADIUS, place=ZERO_KEY_PLACE, name="zero_key")
            keys.add(looks, self.close_up_key())
        self.play(Create(ring), FadeIn(head), FadeIn(heads), *(FadeOut(m) for m in retire), FadeIn(keys), run_time=0.8)
        if len(keys):
            self.shown["zero_key"]["came"] = float(self.renderer.time)
        with self.say("output_single"):
            self.wait_before(self.current_tracker, "rows", lead=0.3)
            # one row at a time, spread over the words that name them: its hidden neuron pulses and
            # is ringed, its wire turns bold, its glow comes out of the neuron and its dial off the wire
            # (the rest and the head start, with no wire of their own, quicker)
            each = float(np.clip((self.current_tracker.time_until_bookmark("sum") - 0.3 - 0.45 * extra) / nb, 0.45, 1.2))
            rings = iter(marked)
            # each ringed neuron's glow beside it, as its row writes it (review ab-k1 s25, ONE
            # change: three rings and one label; which ring was which row could not be told)
            beside = VGroup()
            beside.said = []
            came, bolds = [], VGroup()
            for row, neuron, wire in zip(rows, hidden + [None] * extra, own + [None] * extra):
                # (swelling in its own glow: flashed white, it read as a change of glow, review s20 v1)
                pulse = [] if neuron is None else [neuron.animate(rate_func=there_and_back).scale(1.4), Create(next(rings))]
                # (only when some hidden neurons have no row: when each has one, as in the small
                # net, all are ringed in order, and its narrow gap has the inputs' names in it)
                if neuron is not None:
                    tag = row[0].copy().add_background_rectangle(color=t.background, opacity=0.85, buff=0.05)
                    if work["rest_count"]:
                        # (left of it: on its right it covered the start of its bold wire)
                        tag.next_to(neuron, LEFT, buff=0.22)
                    else:
                        # every hidden neuron has its row (the small net): its left gap holds the
                        # inputs' names, so right of it, on the side away from its wire to the
                        # output (review ab-ta s29, all three: -0.47 and 0.07 came from nowhere)
                        # output, clear of every bold wire into the output (review: its -0.62
                        # sat on the top neuron's red wire)
                        clear_spot(tag, neuron, [(n.get_center(), circle.get_center()) for n in hidden if n is not None],
                                   circle, UP if neuron.get_y() >= circle.get_y() else DOWN)
                    beside.add(tag)
                    beside.said.append({"text": getattr(row[0], "original_text", row[0].text),
                                        "x": float(tag.get_center()[0]), "y": float(tag.get_center()[1]),
                                        "neuron": [float(v) for v in neuron.get_center()[:2]]})
                    pulse.append(FadeIn(tag))
                if wire is not None:
                    # (a bold copy over the diagram's own line: a fade of the diagram's own lines
                    # took them out of it, and they stayed behind when the network moved back)
                    bold = wire.copy().set_stroke(width=max(2.5, 1.6 * wire.get_stroke_width()), opacity=1.0)
                    bolds.add(bold)
                    # the row fades in in its place as its neuron and wire light, then stands a moment
                    # (review ab2-x1, 117-132 s: flown out of the neuron and off the wire, its numbers
                    # crossed the output's name, and each frame caught a row in flight)
                    self.play(*pulse, Create(bold), FadeIn(row, shift=0.15 * RIGHT), run_time=min(each, 0.8))
                    self.wait(max(0.0, each - 0.8))
                else:
                    self.play(FadeIn(row), *pulse, run_time=each if neuron is not None else 0.45)
                came.append(float(self.renderer.time))
            self.show(output_rows_at=came, output_glows_beside=beside.said)
            self.wait_before(self.current_tracker, "sum", lead=0.3)
            self.play(Indicate(products, color=t.focus, scale_factor=1.1), Create(rule), FadeIn(added), FadeIn(total),
                      run_time=0.8)
            glows = VGroup()   # its squash comes on its own curve ([guess_single])
            both = both_minus_rows(work)
            if both and "both" in getattr(self.current_tracker, "bookmark_times", {}):
                # "below zero times below zero gives above zero": that row's
                # three numbers pulse as it is said (review base-t s23, ONE change)
                # (boxed while the words go on, review ab-x1 s23: a pulse was over before "gives
                # above zero"; its neuron's minus bar and its red wire, the two below zeros, pulse too)
                self.wait_until_bookmark("both")
                self.show(both_minus={"row": both[0], "at": float(self.renderer.time)})
                box = SurroundingRectangle(rows[both[0]], color=t.focus, buff=0.08, stroke_width=3)
                self.show(both_minus_box=[float(v) for v in (box.get_left()[0], box.get_right()[0],
                                                             box.get_bottom()[1], box.get_top()[1])])
                there = [hidden[both[0]]] if hidden[both[0]] is not None else []
                there += [b for b in bolds if own[both[0]] is not None and np.allclose(b.get_start(), own[both[0]].get_start())]
                # each number swells in its own place, inside the box (review ab2-x1, 129 s: the row
                # swelled whole past the table's edges); the box fades in (drawn, a frame caught a stray dash)
                self.play(FadeIn(box), *(Indicate(m, color=t.focus, scale_factor=1.06) for m in rows[both[0]][:1]),
                          *(Indicate(m, color=t.focus, scale_factor=1.3) for m in there[:1]),
                          *([Indicate(keys[0][1], color=t.focus, scale_factor=1.2)] if len(keys) else []), run_time=1.0)
                glows.add(box)
                # "through a wire that pushes down": its dial and wire, and the key's red row;
                # "together they push up": what the row gives
                pulses = {"wire": [rows[both[0]][1], *there[1:], *([keys[1][1]] if len(keys) else [])],
                          "up": [rows[both[0]][2]]}
                for mark, parts in pulses.items():
                    if mark in self.current_tracker.bookmark_times:
                        self.wait_until_bookmark(mark)
                        self.shown["both_minus"][mark] = float(self.renderer.time)
                        self.play(*(Indicate(m, color=t.focus, scale_factor=1.2) for m in parts), run_time=0.8)
            self.wait(max(0.3, self.current_tracker.get_remaining_duration() - 0.5))
        # the guesses' table takes this place next
        self.play(FadeOut(VGroup(head, heads, *rows, rule, added, total, glows, bolds, ring, marked, beside, keys)), run_time=0.4)
        if len(keys):
            self.shown["zero_key"]["went"] = float(self.renderer.time)
        # the worked neurons' tags back with the network, the table gone (they stand until the guess)
        back = []
        for tags in retire:
            tags.shift(self.output_shift * RIGHT)
            back.append(FadeIn(tags))
        if self.output_shift:   # the network back in its place, and the picture
            self.show(output_moved={"by": float(self.output_shift), "from": float(moved_at), "to": float(self.renderer.time)})
            # (the tags faded in, not moved: a moved one pops back whole)
            self.play(Restore(self.picture), *(m.animate.shift(self.output_shift * RIGHT) for m in away if m not in retire),
                      *back, run_time=0.5)
        elif back:
            self.play(*back, run_time=0.4)
        if retire:
            self.add_foreground_mobjects(*retire)
            self.worked_marks = VGroup(marks[0], *retire)

    def hidden_glows(self, diagram: NetworkDiagram, work: dict, places: int) -> VGroup:
        """Review ab-da s29 (ONE change, digits 126-144 s): the output's rows of hidden glows
        (0.74, 0.61, 0.61, "+ 13 more") came from nowhere, and nobody said how many hidden neurons
        there are. As "all 16 hidden neurons glow, worked out like ours" is said, the hidden column
        is boxed and counted; then each hidden neuron the rows will add is ringed in the glow's
        yellow, its glow written beside it (as its row writes it) and its wire to the output
        drawn bold, one after another; they stand through "here is how", until the close-up comes
        just before its rows."""
        t = self.theme
        out_layer = len(diagram.sizes) - 1
        self.wait_until_bookmark("all")
        circles = VGroup(*(c for c in diagram.neurons(out_layer - 1) if c is not None))
        box = SurroundingRectangle(circles, color=t.highlight, buff=0.1, stroke_width=2.5)
        count = self.text("{count} hidden neurons", facts={"count": diagram.sizes[out_layer - 1]})
        count.next_to(box, UP, buff=0.12)
        within_frame(count, 0.1)
        self.show(hidden_count={"box": [float(v) for v in (box.get_left()[0], box.get_right()[0],
                                                           box.get_bottom()[1], box.get_top()[1])],
                                "at": float(self.renderer.time)})
        self.play(Create(box), FadeIn(count), run_time=0.6)
        # the worked neurons' own tags ("glows 0.74") stand already: those are not written twice
        tagged = {w["neuron"] for w in self.works()}
        column, said = VGroup(box, count), []
        for k in work["biggest"]:
            neuron = diagram.neuron_at(out_layer - 1, k)
            if neuron is None:
                continue
            ring = Circle(neuron.width / 2 + 0.08, stroke_color=t.highlight, stroke_width=4).move_to(neuron)
            wire = diagram.edge_line(out_layer - 1, work["neuron"], k)
            bold = VGroup() if wire is None else wire.copy().set_stroke(
                width=max(2.5, 1.6 * wire.get_stroke_width()), opacity=1.0)
            parts = [Create(ring), Create(bold)]
            if k not in tagged:
                tag = self.text("glows {value}", color=t.highlight, facts={"value": plain_number(work["inputs"][k], places)})
                tag.add_background_rectangle(color=t.background, opacity=0.85, buff=0.05)
                tag.next_to(neuron, RIGHT, buff=0.18)
                parts.append(FadeIn(tag))
                column.add(tag)
            column.add(ring, bold)
            self.play(*parts, run_time=0.5)
            said.append({"neuron": int(k), "at": float(self.renderer.time)})
        self.show(hidden_glows_lit=said)
        return column

    def work_output_close(self, diagram: NetworkDiagram) -> None:
        """Review ab-k3 s25 (both reviewers' ONE change, digits 120-129 s): the brightest output's
        sum stood in small type at the right edge, its squashing curve a thumbnail. It gets the
        hidden neuron's own close-up (close_up): the hidden glows it adds lit on the network, the
        outputs pulsing as "the outputs work the same way" is said, the brightest ringed as it is
        taken; then the network steps back into the corner, the output ringed there, the picture
        kept at the left (review ab2-f s29: the ten glows stood there, the answer before its
        sum; they come with the guess, read_guess); each of its biggest hidden
        glows a row, one at a time (lit as it glows, times its dial, what it gives), its hidden
        neuron ringed in the corner; the rest and the head start; "added up"; the large squashing
        curve, read up from the total and across to its glow; then all goes back."""
        t = self.theme
        work = output_work(self.history)
        self.show(output_rule={k: work[k] for k in WORKED_KEYS})
        places = output_written(work)[0]   # the glows' and dials' decimals (output_written)
        # the rows as written add up to the total as written, each product honest (output_rows)
        shown_rows, digits, exact = output_rows(work)
        self.show(output_rows=shown_rows, output_places=digits)
        nb, out_layer = len(work["biggest"]), len(diagram.sizes) - 1
        big = close_up(self, work, None, screen.mark("output {label}"), places,
                       head_facts={"label": output_names(self.history)[work["neuron"]]},
                       what=screen.mark("hidden glow"), written=shown_rows, digits=digits, more="glows")
        # its sum as the hidden neuron's: bars on the line at zero, the white bar named with its
        # number (review s37: "so far 0.44 + 0.21 = 0.65" came back here as a line of words); in
        # its name's place at the end, "added up 1.14"
        big["bars"] = bars = sum_bars(self, work, shown_rows, digits, glow=False, key="output_bar_at")
        self.show(output_sum_bars=bars["shown"])
        added = (self.text("added up") if exact else self.text("added up, about")).move_to(bars["label"])
        added.align_to(bars["label"], LEFT)
        total = self.text("{sum}", facts={"sum": plain_number(work["total"], digits)}).next_to(added, RIGHT, buff=0.2)
        curve = squash_picture(self, work, places=digits)
        floor_total = self.text("total: {total}", facts={"total": plain_number(work["total"], digits)})
        floor_total.move_to(curve["slot"])
        (floor, side), low, high = curve["axes"], min(curve["side"]), max(curve["side"])
        self.show(output_squash={"reach": float(curve["reach"]), "total": float(work["total"]),
                                 "value": float(work["value"]), "activation": work["activation"],
                                 "floor": [float(floor.get_start()[0]), float(floor.get_end()[0]), float(floor.get_y())],
                                 "side": [float(side.get_start()[1]), float(side.get_end()[1]), low, high],
                                 "at_floor": float(curve["dot"].get_x()), "at_side": float(curve["rise"].get_y()),
                                 "glow_word": [float(curve["out"].get_left()[0]), float(curve["out"].get_right()[0])]})
        # (no glance at the ten outputs' glows here, nor a strip of them beside the close-up: review
        # ab2-f s29, digits 126-147 s, the answer stood boxed before the sum that gives it; they come
        # with the guess, read_guess)
        circle = diagram.neuron_at(out_layer, work["neuron"])
        ring = Circle(circle.width / 2 + 0.08, stroke_color=t.focus, stroke_width=4).move_to(circle)
        # the corner's network: the output ringed, each written row's hidden neuron ringed in yellow as it comes
        mini = self.mini_network(diagram, work["neuron"], layer=out_layer, key="output_mini")
        hidden = [diagram.neuron_at(out_layer - 1, k) for k in work["biggest"]]   # None: not drawn
        rings = [self.mini_ring(diagram, k, out_layer - 1, color=t.highlight) if n is not None else None
                 for k, n in zip(work["biggest"], hidden)]
        self.show(output_rings=[[float(v) for v in r.get_center()[:2]] for r in rings if r is not None],
                  output_ring_neurons=[int(k) for k, n in zip(work["biggest"], hidden) if n is not None],
                  glow_tags_kept=0)
        marks = getattr(self, "worked_marks", VGroup())
        going = [m for m in (*marks, self.marks) if len(m)]
        with self.say("output"):
            # one thing at a time, as the words go (review ab2-f s29, digits 124-135 s): the hidden
            # glows; "each output works the same way": each output pulses; "take output 2": ringed
            said_marks = getattr(self.current_tracker, "bookmark_times", {})
            column = self.hidden_glows(diagram, work, places) if "all" in said_marks else VGroup()
            self.wait_until_bookmark("how")
            outs = [c for c in diagram.neurons(out_layer) if c is not None]
            self.play(*(Indicate(c, color=t.highlight, scale_factor=1.4) for c in outs), run_time=0.8)
            self.show(outputs_pulsed=float(self.renderer.time))
            self.wait_until_bookmark("top")
            self.play(Create(ring), Indicate(circle, color=t.highlight, scale_factor=1.5), run_time=0.7)
            self.show(output_brightest={"neuron": int(work["neuron"]), "at": float(self.renderer.time),
                                        "ring": [float(v) for v in ring.get_center()[:2]]})
            # the hidden neuron's close-up, for this output, in place just before its rows (an
            # empty close-up stood 3 s, review ab-da s29 r1 128-130 s); the picture stays at the left
            # (0.6 s, as the hidden neuron's: at 1 s a frame caught the network a ghost under the heads)
            self.wait_before(self.current_tracker, "rows", lead=0.9)
            self.remove_foreground_mobjects(*going)
            # the network shrinks into the corner, the output's wires bold in it, and the output
            # grows out of it into the close-up's (review s31: faded out and in)
            wires = VGroup(*(line for k in diagram.shown_indices(out_layer - 1)
                             if (line := diagram.edge_line(out_layer - 1, work["neuron"], k)) is not None))
            self.play(*self.into_mini(diagram, mini, ring, wires), FadeOut(self.names), *(FadeOut(m) for m in going),
                      FadeOut(column), run_time=0.8)
            self.keep_mini(mini)
            self.play(TransformFromCopy(mini[4], big["neuron"]), FadeIn(big["head"]), FadeIn(big["heads"]), run_time=0.4)
            self.show(output_close_at=float(self.renderer.time))
            flights = [self.from_mini(pair, [row[-4], row.circle])
                       for pair, row in zip(self.row_sources(diagram, out_layer - 1, work["neuron"], work["biggest"]), big["rows"])]
            self.wait_before(self.current_tracker, "rows", lead=0.3)
            # one row at a time, spread over the words that name them, its hidden neuron ringed
            # in the corner; the rest and the head start, with no wire of their own, quicker
            # with the sum so far under the column, as the hidden neuron's (review ab2-k1, 132-141 s:
            # "added up 1.14" alone, none of the hidden neuron's step-by-step adding)
            extra = len(big["rows"]) - nb
            # (the written rows over "the three glowing ... give the most", the rest as "then the
            # other 13" is said, the head start with "and the head start": feed_words)
            fed = "others" in getattr(self.current_tracker, "bookmark_times", {})
            if fed:   # when the rest's and the head start's words are said (for the manifest)
                self.show(output_rest_said=[float(self.renderer.time + self.current_tracker.time_until_bookmark(m))
                                            for m in ("others", "head")])
            each = float(np.clip((self.current_tracker.time_until_bookmark("others" if fed else "sum") - 0.3
                                  - (0 if fed else 0.45 * extra)) / nb, 0.6, 1.2))
            came = []
            for p, (row, mark) in enumerate(zip(big["rows"][:nb], rings)):
                ring = [Create(mark)] if mark is not None else []
                if p == 0:   # the row, then its bar on the line at zero and the white bar beside it
                    # with its coloured wire, the wires' key again, where the hidden neuron's stood
                    self.play(FadeIn(row), *ring, FadeIn(self.close_key), *flights[p], run_time=each / 2)
                    self.shown["close_key"]["came"].append(float(self.renderer.time))
                    self.start_sum(big, run_time=each / 2)
                else:
                    self.add_to_sum(big, p, row, each, *ring, *flights[p])
                came.append(float(self.renderer.time))
            # the rest, then the head start (a "(no other inputs)" row adds nothing: it comes with it)
            if work["rest_count"]:
                if fed:
                    self.wait_before(self.current_tracker, "others", lead=0.1)
                self.add_to_sum(big, nb, big["rows"][nb], 0.45)
                rest_at = float(self.renderer.time)
                if fed:
                    self.wait_before(self.current_tracker, "head", lead=0.1)
                self.add_to_sum(big, len(big["products"]) - 1, big["rows"][-1], 0.45)
                self.show(output_rest_at=[rest_at, float(self.renderer.time)])
            else:
                self.add_to_sum(big, len(big["products"]) - 1, VGroup(big["rows"][nb], big["rows"][-1]), 0.45)
            self.show(output_rows_at=came)
            self.wait_before(self.current_tracker, "sum", lead=0.3)
            # the white bar's name out, then "added up" in its place (morphed, they garbled)
            self.play(FadeOut(self.bar_label), Indicate(big["products"], color=t.focus, scale_factor=1.1), run_time=0.4)
            self.play(FadeIn(added), FadeIn(total), run_time=0.4)
            # "squashed on its curve": the large curve comes, the total on its floor; then read
            # up to the curve and across to the glow, as for the hidden neuron
            # the white bar lies down on the curve's floor, as the hidden neuron's, and its total
            # goes under it ("added up 1.14" stood where the floor's words come)
            self.wait_before(self.current_tracker, "squash", lead=0.2)
            self.play(Create(curve["axes"]), FadeIn(curve["names"]), FadeIn(curve["place"]), FadeIn(floor_total),
                      FadeOut(VGroup(added, total, self.bar_part, bars["zero"])),
                      ReplacementTransform(self.bar_run, curve["floor_bar"]), run_time=0.8)
            self.play(Create(curve["curve"]), run_time=0.6)
            self.wait_until_bookmark("follow")
            self.read_curve(curve)
            self.wait_until_bookmark("glow")
            self.play(big["neuron"].animate.set_fill(lit_color(work["value"]), 1.0), FadeIn(big["minus"]),
                      FadeIn(big["glow"]), Indicate(curve["out"], color=t.focus, scale_factor=1.2), run_time=0.8)
            boxed = VGroup()
            both = both_minus_rows(work)
            if both and "both" in getattr(self.current_tracker, "bookmark_times", {}):
                # "below zero times below zero gives above zero": that row boxed as it is said
                # (review base-t s23, ONE change; review ab-x1 s23: boxed while the words go on)
                self.wait_until_bookmark("both")
                self.show(both_minus={"row": both[0], "at": float(self.renderer.time)})
                box = SurroundingRectangle(big["rows"][both[0]], color=t.focus, buff=0.08, stroke_width=3)
                self.show(both_minus_box=[float(v) for v in (box.get_left()[0], box.get_right()[0],
                                                             box.get_bottom()[1], box.get_top()[1])])
                self.play(Create(box), Indicate(big["rows"][both[0]], color=t.focus, scale_factor=1.15), run_time=1.0)
                boxed.add(box)
            self.wait(max(0.3, self.current_tracker.get_remaining_duration() - 0.5))
        # all goes back: the network, lit again (the ten glows come with the guess, read_guess)
        close = VGroup(big["neuron"], big["head"], big["heads"], big["rows"], big["glow"], big["minus"],
                       floor_total, boxed, mini, self.mini_wires, *(r for r in rings if r is not None),
                       *(curve[k] for k in ("axes", "curve", "names", "place", "dot", "up", "across", "out", "floor_bar")),
                       self.close_key)
        # out, then in: faded across each other, a frame caught the network through the close-up's rows
        self.play(FadeOut(close), run_time=0.4)
        self.shown["close_key"]["went"].append(float(self.renderer.time))
        self.play(FadeIn(diagram), FadeIn(self.names), FadeIn(self.marks), run_time=0.5)
        self.add_foreground_mobjects(self.marks)
        self.worked_marks = VGroup()

    # --- small pieces ---

    def guess_section(self, values: dict) -> str:
        """[guess_shares] for a softmax output (shares of one whole), [guess] for several
        sigmoid outputs, [guess_single] for one."""
        if len(values["guess"]) == 1:
            return "guess_single"
        return "guess_shares" if self.history.config["activations"][-1] == "softmax" else "guess"

    @staticmethod
    def partial(activations: list[np.ndarray], upto: int) -> list[np.ndarray]:
        """Real activations for layers up to `upto`, dark (zero) after it."""
        return [a if k <= upto else np.zeros_like(a) for k, a in enumerate(activations)]

    def guess_table(self, diagram: NetworkDiagram, values: dict) -> dict[str, Mobject]:
        """Columns "guess" (each score with its yellow bar) and "answer" beside the output
        labels, one row per drawn output; the top score boxed. (The gaps between them are the
        cost chapter's: review 11c found them cramped here, and shown twice.)"""
        t = self.theme
        shown = diagram.shown_indices(-1)
        circles = diagram.neurons(-1)
        labels_right = max((m.get_right()[0] for m in diagram.output_labels),
                           default=circles[0].get_right()[0])
        rows_y = table_rows_y(circles)
        # each glow beside its own output, as chapter 1 wrote them (review s22, ONE change: a
        # column joined to the outputs by leader lines); only rows that could not stand level
        # with their outputs (too many, too close) keep room for a line to them
        apart = any(abs(y - c.get_y()) > 0.01 for y, c in zip(rows_y, circles))
        # the answer column close to the guesses, its header inside the frame (review 11e: far
        # right, its header at the frame's edge)
        x_guess = labels_right + (1.15 if apart else 0.6)
        x_truth = x_guess + 2.15
        bar_left, bar_room = x_guess + 0.5, 1.3   # a bar per guess: the differences at a glance
        top = int(np.argmax(values["guess"]))
        # label-sized even for ten digits (review 11a: the small numbers were about 10 px)
        size = "label"
        single = len(values["guess"]) == 1
        if not single:
            # the bars as long as the frame allows, the answers' column just after them (review
            # one-forward, digits 154 s: 0.76, 0.70 and 0.69 looked the same length at 1.3)
            bar_room = max(bar_room, EDGE_ROOM - TRUTH_ROOM - bar_left)
            x_truth = bar_left + bar_room + TRUTH_ROOM / 2
        self.show(guess_bars={"left": float(bar_left), "room": float(bar_room), "x_truth": float(x_truth)})
        guess_col, truth_col, box, right, above = VGroup(), VGroup(), VGroup(), VGroup(), VGroup()
        brighter = brighter_outputs(self.history, values)
        guess_rows, truth_rows, one_mark = [], [], VGroup()
        truth = class_of(values["truth"])
        leaders = []
        for k, circle, y in zip(shown, circles, rows_y):
            g = self.text("{guess}", size=size, facts={"guess": f"{values['guess'][k]:.2f}"})
            guess_col.add(g.move_to([x_guess, y, 0]))
            # the rows stand apart wider than the outputs: a thin line from each output's name to its row
            start = [labels_right + 0.08, circle.get_center()[1], 0]
            leaders.append(VGroup() if single or not apart else Line(start, [g.get_left()[0] - 0.12, y, 0],
                                                                      stroke_color=t.muted, stroke_width=1.5))
            length = max(bar_room * float(np.clip(values["guess"][k], 0, 1)), 0.02)
            # a lone output's glow is read off its own squashing curve instead (squash_output)
            bar = VGroup() if single else Line([bar_left, y, 0], [bar_left + length, y, 0], stroke_width=BAR_WIDTH,
                                               stroke_color=t.neuron_fill)   # the guesses' yellow, as the cost chapter draws them
            guess_col.add(bar)
            guess_rows.append((g, bar))
            one = values["truth"][k] >= 0.5
            a = self.text("{answer}", size=size, color=t.right if one else t.text,
                          facts={"answer": f"{values['truth'][k]:g}"})
            truth_col.add(a.move_to([x_truth, y, 0]))
            truth_rows.append(a)
            if one:
                one_mark.add(a)
            if k == top:
                box.add(SurroundingRectangle(g, color=t.focus, buff=0.04, stroke_width=2.5))
            elif k in brighter:   # "2 and 7 are a bit brighter": the others named boxed as the top one
                above.add(SurroundingRectangle(g, color=t.focus, buff=0.04, stroke_width=2.5))
            elif k == truth and close_words(self.history, values):   # the right answer's own score, when said
                right.add(SurroundingRectangle(g, color=t.right, buff=0.04, stroke_width=2.5))
        head_y = max(circles[0].get_top()[1], guess_rows[0][0].get_top()[1] + ROW_AIR) + 0.15
        # "glow": the one word for an output's value (review 11a: score, glow, guess, brightness)
        guess_head = self.text("glow", size="label", color=t.text).move_to([x_guess, head_y, 0], aligned_edge=DOWN)
        # "should glow" over the 1 and the 0s, not "answer" (review g1, ONE change: "answer" over a 1
        # beside digit 0 read as two answers); its right edge clear of the frame's (review s20 g1,
        # v1: at 7.0 it touched it)
        truth_head = self.text("should glow", size="label", color=t.text).move_to([x_truth, head_y, 0], aligned_edge=DOWN)
        truth_head.shift(min(0.0, EDGE_ROOM - truth_head.get_right()[0]) * RIGHT)
        self.show(truth_head_right=float(truth_head.get_right()[0]))
        guess_col.add(guess_head)
        truth_col.add(truth_head)
        together = VGroup()
        if self.guess_section(values) == "guess_shares":   # shares of one whole: their sum, drawn
            self.show(guess_total=float(np.sum(values["guess"])))
            together = self.text("together: {sum}", size="small",
                                 facts={"sum": f"{float(np.sum(values['guess'])):.2f}"})
            together.next_to([x_guess - 0.3, guess_rows[-1][0].get_bottom()[1], 0], DOWN, buff=0.35, aligned_edge=LEFT)
        return {"leaders": leaders, "guess": guess_col, "truth": truth_col, "box": box, "together": together, "right": right, "above": above,
                "guess_rows": guess_rows, "guess_head": guess_head, "truth_rows": truth_rows, "truth_head": truth_head,
                "one": one_mark}

    def curve_verdict(self, table: dict, guess: int, truth: int) -> VGroup:
        """A lone output's verdict by its curve, over its table, one line each, right-aligned:
        "0.49 is just under ½: says outer ring" (which side of one half, and so which answer it
        says), "right answer: outer ring" (the table under it shows what it should glow), and a
        tick or a cross after it (drawn as "right" or "wrong" is said). Both lines one size, inside
        the frame, clear of the network; short, so they stay large (review ab-x1 s26 r1: the longer
        "glow 0.49 (just under ½ → says outer ring)" was shrunk to 17 px and read as crowded)."""
        t = self.theme
        labels, glow = self.history.labels, float(self.history_glow())
        side = near_words(glow) or (screen.mark("over \u00bd") if glow >= 0.5 else screen.mark("under \u00bd"))
        said = self.text("{glow} is {side}: says {label}", color=t.highlight,
                         facts={"glow": f"{glow:.2f}", "side": screen.words(side), "label": labels[guess]})
        answer = self.text("right answer: {label}", color=t.right, facts={"label": labels[truth]})
        mark = self.text("{mark}", color=ok_color(t, guess == truth), facts={"mark": "\u2713" if guess == truth else "\u2717"})
        mark.next_to(answer, RIGHT, buff=0.15)
        lines = VGroup(said, VGroup(answer, mark)).arrange(DOWN, aligned_edge=RIGHT, buff=0.18)
        room = EDGE_ROOM - 0.1 - VERDICT_LEFT
        if lines.width > room:
            lines.scale(room / lines.width)
        top = max(table["guess_head"].get_top()[1], table["truth_head"].get_top()[1])
        # (its ring, at the end, 0.12 round it: clear of the frame's edge)
        lines.move_to([EDGE_ROOM - 0.1, top + 0.25, 0], aligned_edge=DOWN + RIGHT)
        self.verdict_lines = (said, answer, mark)
        self.show(curve_verdict=[[float(v) for v in (m.get_left()[0], m.get_right()[0], m.get_bottom()[1], m.get_top()[1])]
                                 for m in (said, answer, mark)])
        return VGroup(said, answer, mark)

    def verdict(self, guess: int, truth: int, across: bool = False) -> VGroup:
        """"guess: 2" in the wrong (or right) colour over "answer: 0" (`across`: beside it)."""
        labels = self.history.labels
        ok = ok_color(self.theme, guess == truth)
        said = self.text("guess: {label}", color=ok, facts={"label": labels[guess]})
        if guess != truth:   # a wrong guess standing alone: grey, and a cross
            said = VGroup(said, self.text("{mark}", color=ok, facts={"mark": "\u2717"})).arrange(RIGHT, buff=0.2)
        lines = VGroup(said, self.text("answer: {label}", color=self.theme.right, facts={"label": labels[truth]}))
        return lines.arrange(RIGHT, buff=0.5) if across else lines.arrange(DOWN, aligned_edge=LEFT, buff=0.15)
