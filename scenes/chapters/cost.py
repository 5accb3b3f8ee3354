"""Chapter "cost": how wrong the first guess was, as one number, then over every example.

The forward chapter's example (the first training example, random starting weights):
its guesses and the right answers as pairs of bars; for squared error the gaps are
drawn, squared (squares whose area is the gap squared) and stacked into one bar, the
example's cost; for cross-entropy that bar is the network's surprise at the right
answer. Then a few more real examples' bars, all the training examples' bars, and
their average: the real starting cost (`records[0].cost`).

    from scenes.output import studio
    studio.render_chapter("cost", "out/history.json", "/tmp/out", index=4)
"""
from __future__ import annotations

import numpy as np
from manim import (BOLD, DOWN, LEFT, RIGHT, UP, Arrow, Create, DashedLine, Dot, FadeIn, FadeOut, GrowArrow,
                   GrowFromEdge, Indicate, LaggedStart, Line, Mobject, Rectangle, ReplacementTransform, Restore, Square,
                   SurroundingRectangle, Transform, TransformFromCopy, VGroup, VMobject, rate_functions)

from nncore.history import History
from scenes import screen
from scenes.narration import Markup, as_plain
from scenes.kit.chapter import Chapter
from scenes.kit.framing import box_of, within_frame
from scenes.kit.numbers import factor_places
from scenes.kit.pictures import class_colors, digit_image, example_picture, input_names, named_values
from scenes.kit.readings import (EXAMPLE, STEP, class_of, example_words, forward_values, input_kind,
                                 output_names)

N_EXAMPLES = 8              # examples shown one by one before the whole training set
BAR_AREA = (-4.5, 4.1)    # x range of the guess/answer bars: the example left of it, the cost column right
BASELINE = -0.4             # bottom of the guess/answer bars (one row: the surprise curve goes under it)
BAR_HEIGHT = 2.6            # a value of 1 (one row, cross-entropy)
ROW_MOST = 5                # more outputs than this: two rows of bars, so the squares can be big
LOW_GROUND = -2.45          # squared error: the bottom row's ground (its names stay above the subtitles)
ROW_PITCH = 3.0             # from one row's ground to the next
SQUARE_ROOM = 2.15          # squared error: a value of 1 at most (a row's bars, values and names fit)
COLUMN_X = 5.4              # where one example's cost is stacked
ASKED_Y = -1.6              # "how wrong: ?" at the opening, low in the cost column (clear of the legend)
ONE_PICTURE = 2.4           # one output's example (a point among the others): room to read it (1.4 read as a smudge)
COLUMN_BASE = -2.9          # bottom of the stacked strips
COLUMN_ROOM = (2.3, 5.2)    # the strips' widest width and tallest stack
ONE_STRIP_ROOM = 4.4        # one output's strip at most (review u: at 2.3, the tiny net's 0.24 stood almost as tall as its 0.49 gap)
ONE_STRIP_RIGHT = 6.1       # and its right edge
PILE_BASE = -2.2            # bottom of the cost bars
PILE_ROOM = 3.4             # the largest cost bar's height
# the line-up as its bars pour level into the average's band: its outline, thin, in the bars' colour,
# over a faint fill, and its tops drawn dark on the band where it rose over them; gone once the band
# has stood level a moment (review ab-k1 s26, both reviewers: dimmed to 0.4 and left standing it was
# a "dark wedge", the band over it darker where no bar had been; ab-k1 s27: an outline alone, gone as
# the band came, did not show where the height went): the outline's width (manim's) and opacity,
# the fill's opacity, the dark tops' opacity, and the seconds the trace stands by the level band
POURED = (2.5, 0.9, 0.22, 0.7, 1.2)
SPILL_OPACITY = 0.7         # the part over the average, poured into the room under it: light over the orange
PILE_RIGHT = 6.8            # the cost chart's right end: the few examples' bars spread over all of it
PILE_LEFT = -6.3            # the few examples' bars start here: the cost scale's numbers stand left of it
FEW_WIDTH = 0.1             # the few examples' bars, once in their places among all of them (6 px at 480p)
WORKED_STROKE = 2.5         # and their white outline there: seen over the others' bars
PILE_WIDTH = min(0.6, 0.5 * (PILE_RIGHT - PILE_LEFT) / N_EXAMPLES)   # one example's cost bar
TAG_SIZE = 0.75             # an example's picture under its bar: 45 px at 480p (review 12: ~20 px)
MIN_BAR = 0.06              # a cost bar is never drawn thinner than this: a tiny cost still shows
SURPRISE_BOX = (3.4, 1.25)  # the surprise curve's width and height, under the bars
SURPRISE_FLOOR = -2.55      # its floor: its tick row stays above the subtitles
STRIP_RIM = 1.5             # px: the dark rim between stacked strips
FIT = 0.8                   # a strip holds its area's number when the number is at most this times as tall (review 11a: 1.1 spilled)
OTHER_RIGHT = 4.5           # one output: another example's pair this far right of ours (its square left of it)
BACK = 0.2                  # the guess and answer bars' opacity once the squares grow over them
TWICE_NEAR = 0.1            # one output: a partner's gap this near twice (or half) ours reads as "twice"
ONE_KEY_RIGHT = 1.5          # one output: the key's left edge this far right of its pair's middle
SQUARE_SLOT = 0.85          # the biggest square's side at most this share of its output's slot
STAGE_BIG = 3.0             # "Why squares?": the big square's side on the cleared frame (review s35 r2: an inset)
STAGE_FLOOR = -1.9          # the two squares' bottoms there: the areas under them clear of the subtitles
STAGE_X = 0.7               # the stage's middle, right of the example's picture
SUNK_HOLD = 1.5             # s the band stands sunk to the trained cost at the chapter's end
STAGE_APART = 0.9           # from the small square to the big one (or to its copies' overhang)
STAGE_HOLD = 3.1            # the copies stand still on it this long at least: one frame of every 3 s sees them
BESIDE = 0.2                # one output: its square's left edge this far right of its bars
ROW_SIDE = 0.06             # several outputs: a gap as its square's left side in their row, thin (a strip hid areas)


# --- values from the history ---

def single_misses(history: History) -> np.ndarray:
    """One output: every practice example's guess minus its answer, at the start."""
    x, y = history.split("train")
    return history.network(STEP).predict(x)[:, 0] - y[:, 0]


def partner(misses: np.ndarray, ours: int) -> int | None:
    """One output: the example that misses on the other side of its answer (ours too low: one
    too high) with the gap nearest twice or half ours, so "big misses count much more" shows
    a gap twice another's and a square four times it (review 11c); None when none does."""
    pick = np.flatnonzero(np.sign(misses) == -np.sign(misses[ours]))
    if not len(pick) or abs(misses[ours]) < 1e-9:
        return None
    ratio = np.abs(misses[pick]) / abs(misses[ours])
    return int(pick[np.argmin(np.abs(np.maximum(ratio, 1 / np.maximum(ratio, 1e-9)) - 2))])


def other_words(history: History, fwd: dict) -> str:
    """One output: the other example (`partner`) said as it comes in, its guess, its answer and
    its gap in the numbers the screen writes (number_places): "Here is another point, from the
    outer ring. Its output glows 0.288, but it should glow zero, so its gap is 0.288." """
    misses = single_misses(history)
    k = partner(misses, fwd["example"])
    if k is None:
        return ""
    _, y = history.split("train")
    places = number_places(history, fwd)[0]
    answer, miss = float(y[k, 0]), float(misses[k])
    what = as_plain(example_words(history, class_of(y[k])))   # a class name is data: never a bookmark
    what = what.replace("a point from", "another point, from", 1) if what.startswith("a point from") else f"another example, {what}"
    # review r2 (tiny 57-75 s): its glow 0.288 is under one half, a right guess, yet it was called
    # "the smaller miss": said so, that a right but unsure guess still pays a little
    right = ("<bookmark mark='right'/>This one guessed right, but it was not sure, so it still pays a little. "
             if guessed_right(history, k) else "")
    return (f"<bookmark mark='other'/>Here is {what}. <bookmark mark='guessed'/>Its output glows "
            f"{answer + miss:.{places}f}, but it should glow {'one' if answer >= 0.5 else 'zero'}, "
            f"<bookmark mark='its_gap'/>so its gap is {abs(miss):.{places}f}. {right}")


def twice(misses: np.ndarray, ours: int, other: int | None) -> bool:
    """Whether the one gap is within TWICE_NEAR of twice the other."""
    if other is None:
        return False
    a, b = sorted((abs(misses[ours]), abs(misses[other])))
    return a > 1e-9 and abs(b / a - 2) <= TWICE_NEAR


def story_example(history: History) -> int:
    """The example whose gaps are squared: the forward chapter's (EXAMPLE), unless it has one
    output whose answer is 0; then its green answer has no height and its gap, from 0 to the
    guess, looks like a second guess (review 11c, ONE change). Then another example: the first
    whose answer is 1 with a partner missing twice or half as far on the other side, else the
    first whose answer is 1."""
    _, y = history.split("train")
    if y.shape[1] > 1 or y[EXAMPLE, 0] >= 0.5 or not np.any(y[:, 0] >= 0.5):
        return EXAMPLE
    misses = single_misses(history)
    ones = np.flatnonzero(y[:, 0] >= 0.5)
    return int(next((k for k in ones if twice(misses, k, partner(misses, k))), ones[0]))


def cost_values(history: History, count: int = N_EXAMPLES) -> dict:
    """What the chapter shows: the example's cost, a few more examples' (ours first, then, with
    one output, the other example worked beside it (`partner`), then the first practice
    examples), the full set's. Review ab-ta s29 r2: the other example worked just before (its
    cost 0.083) was not among the few, and a viewer looked for it."""
    x, y = history.split("train")
    net = history.network(STEP)
    costs = net.cost.per_example(net.predict(x), y)
    ours = story_example(history)
    # only when it was worked beside ours (the same test as its words, `other_words`)
    shown = y.shape[1] == 1 and miss_pair(history, forward_values(history, ours)) is not None
    other = partner(single_misses(history), ours) if shown else None
    worked = [ours, *([other] if other is not None and other != ours else [])]
    examples = [*worked, *(k for k in range(len(x)) if k not in worked)][:min(count, len(x))]
    start = history.records[0]
    return {
        "step": start.step,
        "cost": start.cost,
        "example": ours,
        "example_cost": costs[ours],
        "examples": examples,
        "example_costs": costs[examples],
        "all_costs": costs,
    }


def cost_kind(history: History) -> str:
    """"squares" for squared error, "surprise" for cross-entropy."""
    return "surprise" if history.config["cost"] == "cross_entropy" else "squares"


def pile_slot(count: int) -> float:
    """Room per bar when `count` examples stand left of the whole training set."""
    return (PILE_RIGHT - PILE_LEFT) / max(count, 1)


def number_places(history: History, fwd: dict) -> list[int]:
    """Decimals for each output's guess and gap (one format for the two, review 9: 0.76 over a
    gap of 0.758). The rule, said once: two, as in the forward pass, unless a gap's square would
    not check by hand (0.758 x 0.758 is 0.57, 0.76 x 0.76 is 0.58); then every gap gets a third
    decimal, never a fourth (session 11: "never 4"; when a square still does not check, every
    area gets a third decimal, area_places). Two for every output when nothing is squared, and
    for one output: its square's sum is not written (`sums_written`)."""
    gaps = np.abs(fwd["guess"] - fwd["truth"])
    if cost_kind(history) != "squares" or not sums_written(gaps) or two_add_up(gaps):
        return [2] * len(gaps)
    return [min(3, max(factor_places(g, g) for g in gaps))] * len(gaps)


def sums_written(gaps: np.ndarray) -> bool:
    """Whether a square's sum is written out to be checked by hand ("gap 0.76 × 0.76 = 0.58"):
    several outputs. One output: not (review s36, tiny: "0.570 × 0.570 = 0.325" was too precise
    for a newcomer, and the square's picture says it): two decimals, each area nncore's own
    square rounded (`area_written`'s exact)."""
    return len(gaps) > 1


def two_add_up(gaps: np.ndarray) -> bool:
    """Whether two decimals will do for every guess, gap and square (review h1, its single change:
    2-decimal guesses beside 3-decimal gaps did not check by eye): each square written as its
    two-decimal side times itself, to two decimals (0.76 x 0.76 = 0.58), and those squares as
    written add up to the real sum of squares, to two decimals (2.69 for nncore's 2.689)."""
    areas = [round(round(abs(float(g)), 2) ** 2, 2) for g in gaps]
    return f"{sum(areas):.2f}" == f"{float(np.sum(np.square(gaps))):.2f}"


def area_places(gaps: np.ndarray, places: list[int]) -> int:
    """Decimals for every square's area, one format for all (review 12: 0.365 among two-decimal
    areas): two, unless some side as written squared by hand would not give its area to two
    (0.604 x 0.604 is 0.3648, 0.36, but the real 0.6045 squared is 0.37, review 10); then three
    for every area."""
    ok = all(f"{round(abs(g), p) ** 2:.2f}" == f"{g * g:.2f}" for g, p in zip(gaps, places))
    return 2 if not sums_written(gaps) or ok or (max(places) == 2 and two_add_up(gaps)) else 3


def area_written(gap: float, places: int, area_at: int, exact: bool = False) -> str:
    """A square's area as written: its side as written (`places` decimals) times itself, to
    `area_at` decimals, so each checks by hand (0.699 x 0.699 = 0.489; the real 0.6987 squared
    is 0.488); within a thousandth of the real area, and the areas still add to the cost as
    written (2.690 for 2.69). `exact` (no sum written, `sums_written`): the real square, rounded."""
    side = abs(gap) if exact else round(abs(gap), places)
    return f"{side * side:.{area_at}f}"


def cost_written(history: History) -> str:
    """The example's cost as written and said, one value all the way (review u1: the square read
    0.325, the cost was said and boxed 0.33): squared error, the areas as written added up, to
    their decimals, a trailing zero dropped down to two (2.690 reads 2.69, 0.325 stays); within
    a thousandth of nncore's cost. Else nncore's cost to two decimals."""
    cost = float(cost_values(history)["example_cost"])
    if cost_kind(history) != "squares":
        return f"{cost:.2f}"
    fwd = forward_values(history, story_example(history))
    gaps = fwd["guess"] - fwd["truth"]
    places = number_places(history, fwd)
    at = area_places(gaps, places)
    exact = not sums_written(gaps)
    words = f"{sum(float(area_written(g, p, at, exact)) for g, p in zip(gaps, places)):.{at}f}"
    while len(words.split(".")[1]) > 2 and words.endswith("0"):
        words = words[:-1]
    return words


def changed_decimals(guesses: np.ndarray, places: list[int]) -> bool:
    """Whether some guess written to its places reads another number than to two (0.688 for
    0.69), not just a trailing zero (0.430 for 0.43)."""
    return any(f"{g:.{p}f}".rstrip("0") != f"{g:.2f}".rstrip("0") for g, p in zip(guesses, places))


def start_places(history: History, fwd: dict) -> list[int]:
    """The decimals each guess is written in as it first comes. One output: its gap's
    (number_places) from the start (review s33 r2, tiny: 0.43 beside gaps of 0.570 and 0.288),
    unless a third decimal changes its number (0.688 for 0.69): then two, as the forward pass
    wrote it, the third coming as that is said (decimals_words). Several outputs: two, as the
    forward pass wrote them (their gaps' numbers take their places)."""
    places = number_places(history, fwd)
    if len(places) > 1 or changed_decimals(fwd["guess"], places):
        return [2] * len(places)
    return places


def ratio_words(r: float) -> str:
    """A ratio as a viewer checks it from rounded numbers: whole from 3 up (5.9 is 6), else one decimal."""
    # a whole number without its ".0" (review s23, tiny: "2.0 times" sounded odd)
    return f"{r:.0f}" if r >= 3 or round(r, 1) == round(r) else f"{r:.1f}"


def pair_gaps(history: History, fwd: dict) -> np.ndarray:
    """The gaps set side by side: each output's (several outputs), or ours and the other
    example's (one output: `partner`, first ours)."""
    gaps = fwd["guess"] - fwd["truth"]
    if len(gaps) > 1:
        return gaps
    misses = single_misses(history)
    other = partner(misses, fwd["example"])
    return gaps if other is None else np.array([gaps[0], misses[other]])


def miss_pair(history: History, fwd: dict) -> dict | None:
    """The biggest and the smallest gap of those set side by side (`pair_gaps`), and how many
    times bigger the one is than the other, as a miss and as a square (squared error)."""
    gaps = pair_gaps(history, fwd)
    if cost_kind(history) != "squares" or len(gaps) < 2:
        return None
    big, small = int(np.argmax(np.abs(gaps))), int(np.argmin(np.abs(gaps)))
    if abs(gaps[small]) < 1e-3 or abs(gaps[big]) < 1.5 * abs(gaps[small]):
        return None
    miss = abs(gaps[big]) / abs(gaps[small])
    # the times as the viewer checks them, from the gaps and areas as written (0.76 / 0.31 = 2.5,
    # 0.58 / 0.10 = 6), not from the unrounded gaps (2.43 said "2.4" beside 0.76 and 0.31)
    p = number_places(history, fwd)[0]
    at = area_places(fwd["guess"] - fwd["truth"], number_places(history, fwd))
    sides = [round(abs(float(gaps[k])), p) for k in (big, small)]
    exact = not sums_written(fwd["guess"])
    areas = [float(area_written(gaps[k], p, at, exact)) for k in (big, small)]
    if min(sides) <= 0 or min(areas) <= 0:
        return None
    miss_times, cost_times = ratio_words(sides[0] / sides[1]), ratio_words(areas[0] / areas[1])
    return {"big": big, "small": small, "miss_times": miss_times, "cost_times": cost_times,
            # "about" where the times as said do not check exactly from the numbers written
            # (review r2, tiny: "0.325 = 4 × 0.083" was written, and 4 × 0.083 is 0.332)
            "miss_about": about_words(miss_times, *sides),
            "cost_about": about_words(cost_times, *areas),
            "miss": float(miss), "cost": float(miss ** 2)}


def about_words(times: str, big: float, small: float) -> str:
    """How the times are said before their number: nothing when they check exactly from the
    numbers written, "nearly " when the big one falls a little short of that many small ones
    (review s35, tiny: 0.325 is 3.9 times 0.083, "nearly four", four copies just covering it),
    else "about "."""
    whole = float(times) * small
    if abs(whole - big) <= 1e-9:
        return ""
    return "nearly " if big < whole else "about "


def guess_of(history: History, k: int) -> int:
    """One output: the class example k's glow says at the start, the side of one half it falls
    on (nncore's `class_of` of its glow: its answer plus its miss)."""
    _, y = history.split("train")
    return class_of(y[k] + single_misses(history)[k:k + 1])


def guessed_right(history: History, k: int) -> bool:
    """One output: whether example k's glow falls on its answer's side of one half, a right
    guess however small its gap."""
    _, y = history.split("train")
    return guess_of(history, k) == class_of(y[k])


# --- small pictures ---

def block_shape(n: int) -> tuple[int, int]:
    """Rows and columns of a block of n copies that fills a square with no cell left bare: full
    rows only, as square as can be (six: 2 by 3; five: 1 by 5)."""
    n = max(n, 1)
    rows = max(r for r in range(1, int(np.floor(np.sqrt(n))) + 1) if n % r == 0)
    return rows, n // rows


def fits_inside(words: Mobject, square: Mobject) -> bool:
    """Whether a number fits inside a square with a margin round it."""
    return square.width > 1.15 * words.width and square.height > 1.4 * words.height


def scale_step(top: float, most: float) -> float:
    """The step of a scale up to `top`: the smallest of 0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10 that
    gives at most `most` steps."""
    return next((s for s in (0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0) if top / s <= most), 10.0)


def bar(width: float, height: float, color: str, opacity: float = 1.0) -> Rectangle:
    """A bar standing on the origin (moved into place by the caller); height 0 stays drawable."""
    return Rectangle(width=width, height=max(height, 1e-3), stroke_width=0, fill_color=color,
                     fill_opacity=opacity)


def polygon_area(mob: VMobject) -> float:
    """The area a shape drawn as straight corners encloses (shoelace), read off its points."""
    corners = np.asarray(mob.get_start_anchors())
    if len(corners) < 3:
        return 0.0
    x, y = corners[:, 0], corners[:, 1]
    return float(abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))) / 2)


def skyline(costs: np.ndarray, left: float, width: float, base: float, unit: float,
            color: str) -> VMobject:
    """Every example's cost as one bar each, drawn as a single filled outline (one VMobject)."""
    n = len(costs)
    xs = left + width * np.arange(n + 1) / n
    tops = base + np.maximum(unit * np.asarray(costs, dtype=float), MIN_BAR)   # a tiny cost still shows
    corners = [(xs[0], base)]
    for k in range(n):
        corners += [(xs[k], tops[k]), (xs[k + 1], tops[k])]
    corners += [(xs[-1], base), (xs[0], base)]
    pts = np.array([[cx, cy, 0.0] for cx, cy in corners])
    mob = VMobject(stroke_width=0, fill_color=color, fill_opacity=0.85)
    mob.set_points_as_corners(pts)
    return mob


# --- the scene ---

class Cost(Chapter):
    """Gaps squared and added for one example, then averaged over the whole training set."""

    pause_after_section = 1.3   # 1.2 left 9.8% quiet at 480p (issue 11: 10% or more)
    name, title = "cost", "The cost"

    def facts(self) -> dict[str, object]:
        values = cost_values(self.history)
        fwd = forward_values(self.history, story_example(self.history))
        truth = class_of(fwd["truth"])
        right = truth if len(fwd["guess"]) > 1 else 0
        return {
            **super().facts(),
            "example_cost": cost_written(self.history),
            "cost": f"{values['cost']:.2f}",
            "truth_label": self.history.labels[truth],
            # another example than the forward chapter's (one output whose answer is 0): said so
            "example_words": (example_words(self.history, truth) if fwd["example"] == EXAMPLE
                              else f"another practice example, {example_words(self.history, truth)}"),
            "n_examples": len(values["examples"]),
            "right_score": f"{fwd['guess'][right]:.2f}",
            "target": "one" if fwd["truth"][0] >= 0.5 else "zero",
            # one output: the example named as it comes, and its guess said as the forward pass's
            # answer for it (review ab2-x1 s27: named 15 s late; where 0.43 came from, never said)
            # "sent through the network", not "the forward pass": a newcomer's words (review s34)
            "start_words": Markup(
                f"<bookmark mark='example'/>Take {as_plain(self.example_said(fwd))}. <bookmark mark='guess'/>Sent "
                f"through the network, it makes the output glow {fwd['guess'][0]:.{start_places(self.history, fwd)[0]}f}, "
                f"the yellow bar. {self.half_words(fwd)}") if len(fwd["guess"]) == 1
            else self.verdict_words(fwd),
            "point_words": example_words(self.history, truth).replace("a point from ", "from ", 1),
            "spelled_words": self.spelled_words(fwd),
            "best_words": self.best_words(),
            "compare_words": self.compare_words(fwd),
            # one output: the other example said as it comes in, before "Why squares?" is asked
            # (review ab-x1 s23, ONE change: it came in unsaid, and "the bigger miss" was said at once)
            "other_words": Markup(other_words(self.history, fwd))
                           if len(fwd["guess"]) == 1 and miss_pair(self.history, fwd) is not None else "",
            # said once, as the guesses' numbers gain it (review ab1: 0.69 became 0.688 unsaid);
            # not when it changes no guess's value (review v1: "0.43" to "0.430" is no news, and
            # "to keep them exact" was not true)
            "decimals_words": ("The numbers get a third decimal here, so each square checks by hand."
                               if len(fwd["guess"]) == 1 and changed_decimals(fwd["guess"], number_places(self.history, fwd))
                               else ""),
        }

    def example_said(self, fwd: dict) -> str:
        """The example in words, "another practice example" when it is not the forward chapter's."""
        truth = class_of(fwd["truth"])
        words = example_words(self.history, truth)
        return f"another practice example, {words}" if fwd["example"] != EXAMPLE else f"the first practice example, {words}"

    def half_words(self, fwd: dict) -> str:
        """One output (review s34, tiny 0-12 s, ONE change: its first glow was never judged): which
        side of one half the glow falls, the class that side means (nncore's `class_of`, as the
        forward chapter said it: over one half means the last class, under the first) said as
        the guess, and whether that is the example's answer."""
        guess, truth = class_of(fwd["guess"]), class_of(fwd["truth"])
        side = "Over" if guess == len(self.history.labels) - 1 else "Under"
        name = as_plain(self.history.labels[guess])
        verdict = "which is wrong" if guess != truth else "which is right"
        return (f"<bookmark mark='half'/>{side} one half means {name}: <bookmark mark='verdict'/>the network "
                f"guessed {name}, <bookmark mark='judged'/>{verdict}. ")

    def verdict_words(self, fwd: dict) -> str:
        """Several outputs (review s33, digits 3-9 s: the guess was never named, so "how wrong"
        pointed at no mistake): the output that glows the most named as the guess, and whether
        that is the example's answer."""
        truth, top = class_of(fwd["truth"]), int(np.argmax(fwd["guess"]))
        name = output_names(self.history)[top]
        verdict = "which is wrong" if top != truth else "which is right, but the others glow too"
        return Markup(f"For {as_plain(example_words(self.history, truth))}, <bookmark mark='guess'/>the output for "
                      f"{as_plain(name)} glows the most: the network guessed {as_plain(name)}, "
                      f"<bookmark mark='verdict'/>{verdict}. ")

    def compare_words(self, fwd: dict) -> str:
        """Why squares, in one sentence (review g1, ONE change): the biggest miss against the
        smallest, how many times bigger as a miss and as a cost, so big misses count most;
        without two misses to compare, only that."""
        pair = miss_pair(self.history, fwd)
        if pair is None:
            return Markup("<bookmark mark='big'/>A big miss makes a big square, <bookmark mark='more'/>so big misses count most.")
        if len(fwd["guess"]) == 1:
            # one output: "gap", not "miss": the other example may have guessed right (review r2, tiny)
            return Markup(f"<bookmark mark='big'/>The bigger gap is {pair['miss_about']}{pair['miss_times']} times "
                          f"the smaller, <bookmark mark='square'/>but it costs {pair['cost_about']}{pair['cost_times']} "
                          f"times as much, <bookmark mark='more'/>so big misses count most.")
        which = "The biggest miss here is {m} times the smallest".format(m=pair["miss_times"])
        return Markup(f"<bookmark mark='big'/>{which}, <bookmark mark='square'/>but it costs {pair['cost_times']} "
                      f"times as much, <bookmark mark='more'/>so big misses count most.")

    def construct(self) -> None:
        values, fwd = cost_values(self.history), forward_values(self.history, story_example(self.history))
        t = self.theme
        self.show(**{k: v for k, v in values.items() if k != "all_costs"})
        self.unit = PILE_ROOM / max(float(values["all_costs"].max()), 1e-9)
        self.places = number_places(self.history, fwd)
        self.start_at = start_places(self.history, fwd)
        # the example's guesses and answers, written beside their bars (an answer of 1 makes a
        # guess no gap equals: the manifest must hold it itself)
        self.show(places=self.places, guesses=fwd["guess"], answers=fwd["truth"])
        picture = self.place_example()
        self.picture = picture   # (the "why squares" stage keeps it, clearing the rest)
        bars = self.guess_bars(fwd)
        # the example and the outputs' names with the title from the first frame: the words start over a picture
        self.add(picture, bars["labels"], bars["scale"])
        self.title_mob = self.show_title()
        # "one number that says so": asked for where the example's cost stands later (the right
        # of the frame stood empty for 9-13 s at the opening, session 16)
        asked = VGroup(self.text("how wrong:"), self.text("?", size="title", color=t.cost)).arrange(RIGHT, buff=0.2)
        asked.move_to([COLUMN_X, ASKED_Y, 0])
        single = len(fwd["guess"]) == 1
        box = SurroundingRectangle(picture, color=t.focus, buff=0.08, stroke_width=2.5)
        with self.say("start") as tracker:   # the guess itself from the start: no empty frame
            if single and "guess" in getattr(tracker, "bookmark_times", {}):
                # one output (review ab2-x1 s27: the example was named 15 s after it came, and
                # where 0.43 came from was never said): the example ringed as it is named, its
                # guess grown as the forward pass's answer for it is said
                self.wait_until_bookmark("example")
                self.play(Create(box), run_time=0.6)
                self.show(example_named=float(self.renderer.time))
                self.wait_until_bookmark("guess")
                self.play(GrowFromEdge(bars["guess"][0], DOWN), FadeIn(bars["values"]), run_time=1.0)
                self.show(guess_grown=float(self.renderer.time))
                self.play(Indicate(bars["values"], color=t.highlight, scale_factor=1.4), run_time=0.8)
                if "half" in getattr(tracker, "bookmark_times", {}):
                    self.judge_one(fwd, bars)
            else:
                self.play(LaggedStart(*(GrowFromEdge(b, DOWN) for b in bars["guess"]), lag_ratio=0.1),
                          FadeIn(bars["values"]), run_time=min(2.0, tracker.duration / 3))
                if "guess" in getattr(tracker, "bookmark_times", {}):
                    self.ring_guess(fwd, bars, picture)
            self.wait_before(tracker, "one", lead=0.5)
            self.play(FadeIn(asked, shift=0.2 * LEFT), run_time=0.6)
            self.play(Indicate(asked[1], color=t.cost, scale_factor=1.4), run_time=0.8)
        self.asked = asked
        with self.say("bars" if len(fwd["guess"]) > 1 else "bars_single") as tracker:
            # the green answers as the line begins, before they are named (review 12: 3 s late)
            self.wait_until_bookmark("answer")
            guessed = [FadeOut(self.guess_ring)] if getattr(self, "guess_ring", None) is not None else []
            self.play(LaggedStart(*(GrowFromEdge(b, DOWN) for b in bars["truth"]), lag_ratio=0.1),
                      FadeIn(bars["legend"]), FadeIn(bars["should"]), *guessed, run_time=1.0)
            ringed = len(fwd["guess"]) > 1 and "yellow" in getattr(tracker, "bookmark_times", {})
            if ringed:
                self.wait_until_bookmark("yellow")
                # "The guess is the one that glows most": that output's bar alone, boxed as at the
                # start (review s33 r2, ONE change: "the yellow bars are the guesses" muddled the
                # guess with ten glows; a pulse pushed the bar under its ground), till "tall"
                top = int(np.argmax(fwd["guess"]))
                self.guess_ring = self.guess_box(bars, top)
                self.play(Create(self.guess_ring), run_time=0.6)
                self.show(guess_said={"output": top, "at": float(self.renderer.time)})
            if len(fwd["guess"]) > 1:
                # each green part pulses as it is named (review 12: 12-24 s near-still)
                ones = [k for k in range(len(fwd["truth"])) if fwd["truth"][k] >= 0.5]
                flats = [k for k in range(len(fwd["truth"])) if fwd["truth"][k] < 0.5]
                # each green part boxed in white as it is named, the box standing until the next
                # is named (review 12: 12-24 s near-still)
                self.wait_until_bookmark("tall")
                tall = VGroup(*(SurroundingRectangle(VGroup(bars["truth"][k], bars["labels"][k], bars["should"][k]),
                                                     color=t.focus,
                                                     buff=0.08, stroke_width=3) for k in ones))
                self.play(Create(tall), *([FadeOut(self.guess_ring)] if ringed else []),
                          run_time=0.6)
                self.wait_until_bookmark("flat")
                flat = VGroup(*(SurroundingRectangle(bars["truth"][k], color=t.focus, buff=0.06, stroke_width=2.5)
                                for k in flats))
                self.play(FadeOut(tall), LaggedStart(*(Create(f) for f in flat), lag_ratio=0.15), run_time=1.5)
                self.show(named_answers={"tall": ones, "flat": flats})
                self.flat_boxes = flat
            else:
                # "This example is a point from the outer ring, so the output should be zero": the
                # example and the answer's bar boxed as it is said (review w, s14: 9-21 s stood still)
                self.wait_until_bookmark("target")
                target = VGroup(box, SurroundingRectangle(bars["truth"][0], color=t.focus, buff=0.06, stroke_width=2.5))
                if box not in self.mobjects:   # not ringed yet (a script that does not name it at the start)
                    self.play(Create(target[0]), run_time=0.5)
                else:
                    self.play(Indicate(box, color=t.focus, scale_factor=1.05), run_time=0.5)
                self.play(Create(target[1]), run_time=0.5)
                # "so the output should be zero": the scale's end for that answer swells as it is
                # said (5-7 s stood still, tiny preset, session 16)
                self.wait_until_bookmark("should")
                end = bars["scale"].ends[int(fwd["truth"][0] >= 0.5)] if len(bars["scale"]) else target[1]
                self.play(Indicate(end, color=t.focus, scale_factor=1.3), run_time=1.0)
                self.flat_boxes = target
        if cost_kind(self.history) == "squares":
            column = self.square_gaps(fwd, bars, values)
        else:
            column = self.surprise(fwd, bars, values)
        self.play(FadeOut(VGroup(*(bars[k] for k in ("legend", "labels", "guess", "truth", "values", "gaps", "scale",
                                                    "should")
                                   if k in bars))),
                  run_time=0.6)
        self.pile(values, picture, column)

    # --- one example ---

    def judge_one(self, fwd: dict, bars: dict) -> None:
        """One output (review s34, tiny, ONE change): its glow judged as it is said. "Under one
        half": a dashed line at one half, from the ruler ("half") to the glow's bar, so the bar's
        top is seen under (or over) it; "the network guessed outer ring": "guess: outer ring"
        right of the bars, with a cross when wrong, as the forward chapter wrote its verdict;
        both go as the green answer comes (`guess_ring`)."""
        t = self.theme
        guess, truth = class_of(fwd["guess"]), class_of(fwd["truth"])
        x, ground = self.pair_x[0] - 1.6, self.ground[0]
        y = ground + 0.5 * self.scale
        # across the bar, as the dashed line at 1 is, behind the glow's number (on a dark plate: a
        # glow near one half has its number on the line; cut short there, the line was missed)
        plate = SurroundingRectangle(bars["values"][0], buff=0.04, stroke_width=0, fill_color=t.background,
                                     fill_opacity=1.0)
        half = VGroup(DashedLine([x, y, 0], [self.pair_x[0] + 1.0, y, 0], stroke_color=t.focus, stroke_width=3),
                      plate, Line([x - 0.1, y, 0], [x + 0.1, y, 0], stroke_color=t.text, stroke_width=2),
                      self.text("half", size="small").next_to([x - 0.1, y, 0], LEFT, buff=0.1))
        ok = t.right if guess == truth else t.wrong
        said = self.text("guess: {label}", color=ok, facts={"label": self.history.labels[guess]})
        if guess != truth:   # a wrong guess standing alone: a cross, as in the forward chapter
            said = VGroup(said, self.text("{mark}", color=ok, facts={"mark": "\u2717"})).arrange(RIGHT, buff=0.2)
        said.next_to([self.pair_x[0] + ONE_KEY_RIGHT, y, 0], RIGHT, buff=0)
        within_frame(said, 0.1)
        frame = SurroundingRectangle(said, color=ok, buff=0.12, stroke_width=2.5)
        verdict = VGroup(frame, said)
        self.wait_until_bookmark("half")
        half[0].set_z_index(-2)   # behind the bars and the number's plate
        plate.set_z_index(-1)
        self.add(plate)
        self.play(Create(half[0]), FadeIn(half[2:]), run_time=0.8)
        self.show(half_line={"y": float(y), "ground": float(ground), "one": float(ground + self.scale),
                             "glow_top": float(bars["guess"][0].get_top()[1]), "at": float(self.renderer.time)})
        self.wait_until_bookmark("verdict")
        self.play(FadeIn(said[0] if guess != truth else said), Create(frame), run_time=0.6)
        self.wait_until_bookmark("judged")
        if guess != truth:
            self.play(FadeIn(said[1], scale=1.5), run_time=0.5)
        else:
            self.play(Indicate(verdict, color=t.right, scale_factor=1.1), run_time=0.5)
        self.show(one_verdict={"guess": int(guess), "words": (said[0] if guess != truth else said).original_text,
                               "cross": guess != truth, "box": box_of(verdict), "at": float(self.renderer.time)})
        self.guess_ring = VGroup(half, verdict)

    def guess_box(self, bars: dict, top: int) -> Mobject:
        """The box round the output that glows the most: its bar, its number and its name."""
        return SurroundingRectangle(VGroup(bars["guess"][top], bars["values"][top], bars["labels"][top]),
                                    color=self.theme.focus, buff=0.08, stroke_width=3)

    def ring_guess(self, fwd: dict, bars: dict, picture: Mobject) -> None:
        """"The network guessed 2": the output that glows the most, its bar, number and name,
        boxed as it is said (`verdict_words`), then "which is wrong": the example boxed, what
        it really is; the boxes go as the green answers come."""
        top = int(np.argmax(fwd["guess"]))
        self.wait_until_bookmark("guess")
        self.guess_ring = self.guess_box(bars, top)
        self.play(Create(self.guess_ring), run_time=0.6)
        box = self.guess_ring
        self.show(guess_ringed={"output": top, "at": float(self.renderer.time),
                                "box": box_of(box)})
        if "verdict" in getattr(self.current_tracker, "bookmark_times", {}):
            # boxed, not pulsed: a pulse in one colour turned the handwritten 0 into a white block
            self.wait_until_bookmark("verdict")
            example = SurroundingRectangle(picture[0], color=self.theme.focus, buff=0.06, stroke_width=3)
            self.play(Create(example), run_time=0.6)
            self.guess_ring = VGroup(self.guess_ring, example)

    def place_example(self) -> Mobject:
        """The example, small, at the top left, with its name."""
        x, y = self.history.split("train")
        one = y.shape[1] == 1 and input_kind(self.history) == "point"
        ours = story_example(self.history)
        picture = (digit_image(x[ours], 1.4, 6) if input_kind(self.history) == "image"
                   else example_picture(self.history, ours, ONE_PICTURE if one else 1.4))
        if picture is None:   # a row of a table: its numbers, each with its column's name
            x, _ = self.history.split("train")
            names = input_names(self.history) or [f"input {k + 1}" for k in range(x.shape[1])]
            picture = named_values(names[:5], x[ours][:5])
            if x.shape[1] > 5:
                picture.add(self.text("and {count} more", size="small", color=self.theme.muted,
                                      facts={"count": x.shape[1] - 5}).next_to(picture, DOWN, buff=0.1,
                                                                            aligned_edge=LEFT))
        # two lines: one would reach under the first pair of bars; bright (grey small words were
        # among the dim labels reviewers named, session 16)
        # not the forward chapter's example: said so on screen too (review 11c)
        first = ours == EXAMPLE
        caption = VGroup(*(self.text(w, size="small")
                           for w in (screen.mark("first practice") if first else screen.mark("another practice"),
                                     screen.mark("example")))).arrange(DOWN, buff=0.06)
        if one:   # a point's group is its answer: named under it, in a newcomer's words (session 16)
            cls = class_of(y[ours])
            caption = VGroup(self.text(screen.mark("first practice example") if first
                                       else screen.mark("another practice example"),
                                       size="small"),
                             VGroup(Dot(radius=0.09, color=class_colors(len(self.history.labels))[cls]),
                                    self.text("{label}", facts={"label": self.history.labels[cls]}))
                             .arrange(RIGHT, buff=0.12)).arrange(DOWN, buff=0.1)
        self.plane = picture if input_kind(self.history) == "point" else None   # (other_side rings a second point on it)
        parts = [m for m in (picture, caption) if m is not None]
        panel = VGroup(*parts).arrange(DOWN, buff=0.15).move_to([-6.0, 1.75, 0])
        return panel.shift(max(0.0, -6.95 - panel.get_left()[0]) * RIGHT)

    def chart_layout(self, fwd: dict) -> None:
        """Where each output's pair of bars stands and how tall a value of 1 is. Squared error:
        more than ROW_MOST outputs go in two rows and a value of 1 is as tall as lets the
        biggest square fit its slot, a row fit its half of the frame and the squares, pressed
        into strips, fit the cost column; the bars are drawn at that size from the start."""
        n = len(fwd["guess"])
        squares = cost_kind(self.history) == "squares"
        rows = 2 if squares and n > ROW_MOST else 1
        per_row = -(-n // rows)
        slot = min(3.0 if squares else 2.2, (BAR_AREA[1] - BAR_AREA[0]) / per_row)
        self.slot, self.bar_w = slot, 0.3 * slot
        column = np.arange(n) % per_row
        self.pair_x = sum(BAR_AREA) / 2 + slot * (column - (per_row - 1) / 2)
        if not squares:
            self.scale, self.ground = BAR_HEIGHT, np.full(n, BASELINE)
            return
        gaps = fwd["guess"] - fwd["truth"]
        area = COLUMN_ROOM[0] * COLUMN_ROOM[1] / max(float(np.sum(gaps ** 2)), 1e-9)
        # one row has both rows' room
        # the biggest square leaves a visible gap to the next slot's (review ab1: at 0.9 output 2's butted against 3's)
        self.scale = min(SQUARE_ROOM * (3 - rows), SQUARE_SLOT * slot / max(float(np.abs(gaps).max()), 1e-9),
                         float(np.sqrt(area)))
        grounds = LOW_GROUND + ROW_PITCH * (rows - 1 - np.arange(rows))
        self.ground = grounds[np.arange(n) // per_row]

    def guess_bars(self, fwd: dict) -> dict[str, VGroup]:
        """Pairs of bars per output: the guess (lit colour) and the right answer (green)."""
        t = self.theme
        n = len(fwd["guess"])
        self.chart_layout(fwd)
        names = output_names(self.history)
        parts = {k: VGroup() for k in ("guess", "truth", "labels", "values", "should")}
        for k, (x, y) in enumerate(zip(self.pair_x, self.ground)):
            g = bar(self.bar_w, self.scale * fwd["guess"][k], t.neuron_fill)
            # an answer of zero still shows, as a thin green mark on the ground
            a = bar(self.bar_w, max(self.scale * fwd["truth"][k], 0.05), t.right)
            parts["guess"].add(g.move_to([x - 0.55 * self.bar_w, y, 0], aligned_edge=DOWN))
            parts["truth"].add(a.move_to([x + 0.55 * self.bar_w, y, 0], aligned_edge=DOWN))
            # two decimals, as the forward pass wrote them, or (one output) its gap's (`start_places`)
            value = self.text("{guess}", size=self.number_size(), facts={"guess": f"{fwd['guess'][k]:.{self.start_at[k]}f}"})
            # where it stays when the gaps come: it never jumps (review 11c: 0.688 jumped left)
            parts["values"].add(self.value_at(value, g))
            # how the answer's bar says the output should glow, 1 or 0, in its green over it
            # (review g1: "the right answer: 0" beside a bar of height 1 read as one number)
            parts["should"].add(self.text("{value}", size="small", color=t.right,
                                          facts={"value": f"{fwd['truth'][k]:g}"}).next_to(a, UP, buff=0.06))
            label = self.text("{name}", size="small" if n > 1 else "label", facts={"name": names[k]})
            label.scale_to_fit_width(min(label.width, 0.95 * self.slot))
            parts["labels"].add(label.move_to([x, y - 0.28, 0]))
        parts["scale"] = self.one_scale() if n == 1 else VGroup()
        # "glow", not "guess": only the brightest output is the guess (review s33 r2, ONE change)
        key = self.legend([(screen.mark("glow"), t.neuron_fill), (screen.mark("should glow"), t.right),
                           (screen.mark("gap: how far off"), t.gap)])
        # the gaps' entry comes with the gaps (squared error only)
        parts["legend"], parts["gap_key"] = VGroup(*key[:2]), key[2]
        return parts

    def one_scale(self) -> VGroup:
        """One output: a ruler left of its pair of bars, 0 at the ground and 1 a bar of full
        height, each end named by the answer it means ("1: inner ring", "0: outer ring"): a
        newcomer could not tell what 0.49 or "should be zero" meant on bars with no scale
        (tiny preset, session 16)."""
        t = self.theme
        x, ground = self.pair_x[0] - 1.6, self.ground[0]
        labels = self.history.labels
        ruler = VGroup(Line([x, ground, 0], [x, ground + self.scale, 0], stroke_color=t.muted, stroke_width=2))
        ruler.ends = []   # each end's tick and words, for 0 and for 1
        for value, name in ((0, labels[0]), (1, labels[-1])):
            y = ground + self.scale * value
            end = VGroup(Line([x - 0.1, y, 0], [x + 0.1, y, 0], stroke_color=t.text, stroke_width=2),
                         self.text("{value}: {label}", size="small", facts={"value": value, "label": name})
                         .next_to([x - 0.1, y, 0], LEFT, buff=0.1))
            ruler.add(end)
            ruler.ends.append(end)
        # a faint line across at 1: how tall a full guess would be
        ruler.add(DashedLine([x, ground + self.scale, 0], [self.pair_x[0] + 1.0, ground + self.scale, 0],
                             stroke_color=t.muted, stroke_width=1.5))
        self.show(one_scale={"zero": float(ground), "one": float(ground + self.scale), "names": [labels[0], labels[-1]]})
        return ruler

    def legend(self, entries: list[tuple[str, str]]) -> VGroup:
        """The bars' key at the top right. One output: at the labels' size, just right of the
        one pair of bars (review s23, tiny: small, at the far right of a mostly empty frame);
        `legend_home` keeps the top-right spot for what takes the key's place later."""
        one = len(self.pair_x) == 1
        items = VGroup(*(VGroup(Square(0.3 if one else 0.22, stroke_width=0, fill_color=c, fill_opacity=1),
                                self.text(words, size="label" if one else "small")).arrange(RIGHT, buff=0.15)
                         for words, c in entries))
        items.arrange(DOWN, aligned_edge=LEFT, buff=0.25 if one else 0.2)
        self.legend_home = items.copy().move_to([COLUMN_X, 2.2, 0])
        if one:
            items.next_to([self.pair_x[0] + ONE_KEY_RIGHT, self.ground[0] + 0.55 * self.scale, 0], RIGHT, buff=0)
        else:
            items.move_to(self.legend_home)
        self.legend_box = items
        return items

    def square_gaps(self, fwd: dict, bars: dict, values: dict) -> VGroup:
        """Gaps in violet; each gap grows sideways into a square with the gap as its side, its
        area written on it; the squares are pressed into strips of the same area, stacked into
        the example's cost bar."""
        t = self.theme
        gaps = fwd["guess"] - fwd["truth"]
        self.shown_gaps = gaps
        side = self.scale   # screen units per 1.0 of gap: a square's side is its gap
        several = len(gaps) > 1
        gap_bars = VGroup()
        for g, guess_bar, f, y, p in zip(gaps, bars["guess"], fwd["guess"], self.ground, self.places):
            low, high = sorted((f, f - g))
            # a thin violet strip beside the guess, from the guess to the answer: the yellow guess
            # stays yellow (review 11a: an orange gap against its yellow guess hardly showed at
            # 480p; violet is also the colour the gaps become blame in, chapter 5)
            gap = bar(self.gap_width(), side * (high - low), t.gap)
            # a guess under its answer: its number over its bar reaches left past the bar; the gap,
            # standing up beside it, keeps clear of it
            reach = self.text("{guess}", size=self.number_size(), facts={"guess": f"{f:.{p}f}"}).width - self.bar_w if g < 0 else 0.0
            gap_bars.add(gap.next_to(guess_bar, LEFT, buff=0.04 + max(0.0, reach))
                         .align_to([0, y + side * low, 0], DOWN))
        bars["gaps"] = VGroup(gap_bars, bars["gap_key"])
        # solid, as the gap is: the gap itself grows sideways; a dark rim keeps neighbours apart
        squares = VGroup(*(self.in_slot(Square(max(gap.height, 1e-3), stroke_color=t.background, stroke_width=1.5,
                                               fill_color=t.cost, fill_opacity=1.0)
                                        .move_to(gap, aligned_edge=DOWN + LEFT), x)
                           for gap, x in zip(gap_bars, self.pair_x)))
        # one output (review ab2-x1 s27, ONE change: the square grew over the guess and should-glow
        # bars and hid them as they were compared): its square stands BESIDE the bars, right of the
        # green answer, at the gap's own height; a copy of the violet gap slides over to be its
        # left side, so the side is seen to be the gap, and the bars stay bright and uncovered
        self.side_strip = None
        if not several:
            x0 = max(bars["truth"][0].get_right()[0], bars["guess"][0].get_right()[0]) + BESIDE
            squares[0].move_to([x0, gap_bars[0].get_bottom()[1], 0], aligned_edge=DOWN + LEFT)
            self.side_strip = gap_bars[0].copy().move_to(squares[0], aligned_edge=DOWN + LEFT).set_z_index(1)
        seeds = VGroup(*(q.copy().stretch_to_fit_width(1e-3, about_edge=LEFT)
                         .move_to(gap if several else q, aligned_edge=DOWN + LEFT)
                         for q, gap in zip(squares, gap_bars)))
        self.area_at = area_places(gaps, self.places)
        self.show(area_places=self.area_at, areas_written=[self.area_words(g, p)
                                                           for g, p in zip(gaps, self.places)])
        inset = 0.0 if several else self.gap_width()
        areas = VGroup(*(self.area_label(g, q, p, self.area_at, inset) for g, q, p in zip(gaps, squares, self.places)))
        # each square's side written over it (three places, so the area checks by hand)
        lengths = VGroup(*(self.text("{side}", size="small", color=t.cost, facts={"side": f"{abs(g):.{p}f}"})
                         .next_to(q, UP, buff=0.06) for g, p, q in zip(gaps, self.places, squares)))
        # every square labelled the same way, read back by the tests: (square's box, its area's
        # box, its side's number's box)
        # (several outputs: no side written, its number is its gap's, written before)
        self.show(square_labels=[[box_of(q), box_of(a), None if several else box_of(n)]
                                 for q, a, n in zip(squares, areas, lengths)])
        big = int(np.argmax(np.abs(gaps)))
        # several outputs: the biggest square's sum written out, to check by hand; one: its square
        # says its area (`sums_written`)
        sum_out = self.sum_written(gaps[big], self.places[big], self.area_at, lengths[big]) if several else VGroup()
        # one output: its guess in its gap's places (`start_places`: from the start, or from
        # "decimals" on); several: two when a third only adds a zero (review ab2-x1 s27)
        said_places = self.places if changed_decimals(fwd["guess"], self.places) or not several else [2] * len(self.places)
        self.show(guess_places=said_places)
        beside = VGroup(*(self.guess_value(f, p, b) for f, p, b in zip(fwd["guess"], said_places, bars["guess"])))
        # each gap's own number, in its colour, as the gaps come: the answer's 0.312 is no guess
        # written on screen (review 11a: it came only with its square, after "check by hand")
        # several outputs: the guesses' numbers make way for the gaps' as they come, a gap over
        # its guess's number taking its place (review g1, 30-33 s: violet "0.758" stood on yellow
        # "0.76", two numbers for one bar, until a third decimal was explained)
        gap_values = VGroup(*(self.gap_value(g, p, o, b, take=several)
                              for g, p, o, b in zip(gaps, self.places, gap_bars, bars["values"] if several else beside)))
        if len(bars["scale"]):
            # one output: its gap's number too (review s33 r2, tiny 30 s: "0.570" ran into "1: inner ring")
            for m in gap_values:
                self.clear_of_scale(m, bars["scale"])
            self.show(gap_value_clear=[float(VGroup(*bars["scale"].ends).get_right()[0]),
                                       *(float(m.get_left()[0]) for m in gap_values)])
        self.show(gap_values=[m.text for m in gap_values],
                  gap_strips=[[float(v) for v in o.get_center()[:2]] for o in gap_bars])
        # the strips' own scale: a strip is one gap unit wide, so a cost stands as tall as a gap
        # of that size would (review u: at 1 wide, the tiny net's 0.24 stood twice as tall as its
        # 0.49 gap); wider only if the pile would not fit
        # (one output's pair stands in the middle: its strip may take the room right of it)
        room = COLUMN_ROOM[0] if several else ONE_STRIP_ROOM
        width = min(room, max(side, side ** 2 * float(values["example_cost"]) / COLUMN_ROOM[1]))
        unit = side ** 2 / width
        strips = self.stacked_strips(unit * gaps ** 2, side ** 2 / unit)
        label = self.cost_label(strips, values["example_cost"])
        self.show(gaps=gaps, squared_gaps=gaps ** 2, square_side=side, strip_width=side ** 2 / unit,
                  cost_unit=unit)
        # the violet gaps in place before "The violet parts are the gaps" (review tiny 24 s: said
        # before they came)
        # the green 1s and 0s go too: the gaps are measured to the green bars from here on
        # several outputs: a guess under its answer keeps its number and its answer's "1" while
        # the gaps are named, so 1 - 0.69 = 0.31 reads off the chart (review s21 h1: one
        # precision, "guess - should glow = gap" checked by eye); they go as the squares grow
        stay = [k for k in range(len(gaps)) if several and gaps[k] < 0]
        kept = VGroup(*(bars["should"][k] for k in stay), *(bars["values"][k] for k in stay))
        gone_should = VGroup(*(m for k, m in enumerate(bars.pop("should")) if k not in stay))
        if getattr(self, "flat_boxes", None) is not None:
            self.play(FadeOut(self.flat_boxes), FadeOut(self.asked), FadeOut(gone_should), run_time=0.3)
        else:
            self.play(FadeOut(gone_should), run_time=0.3)
        gone_values = VGroup(*(m for k, m in enumerate(bars["values"]) if k not in stay))
        self.play(LaggedStart(*(FadeIn(VGroup(r, v)) for r, v in zip(gap_bars, gap_values)), lag_ratio=0.1),
                  FadeIn(bars["gap_key"]), *([FadeOut(gone_values)] if several else []), run_time=1.0)
        if several:
            bars.pop("values")
            bars["kept"] = kept   # (not "values": that key is one output's guess, re-written below)
        with self.say("gaps" if several else "gaps_single") as tracker:
            # each gap's strip and number pulse along "how far each guess is" (no still frame)
            self.play(LaggedStart(*(Indicate(VGroup(r, v), color=t.gap, scale_factor=1.15)
                                    for r, v in zip(gap_bars, gap_values)), lag_ratio=0.15),
                      run_time=min(2.5, max(0.5, tracker.time_until_bookmark("decimals") - 0.3)))
            # the guesses take the decimals their gaps' squares need as that is said, and swell
            # (review ab1: 0.69 became 0.688 with no word; review 11a: the sentence once stood
            # over a still chart)
            if several and "whole" in getattr(tracker, "bookmark_times", {}):
                self.spell_gaps(fwd, bars, gap_bars, gap_values, tracker)
            # one output: its guess in its gap's format only where that changes its number
            if "values" in bars and changed_decimals(fwd["guess"], self.places):
                self.wait_until_bookmark("decimals")
                self.play(*(ReplacementTransform(v, b) for v, b in zip(bars["values"], beside)), run_time=0.6)
                bars["values"] = beside
                self.play(Indicate(beside, color=t.highlight, scale_factor=1.3), run_time=1.0)
        with self.say("squares" if several else "squares_single") as tracker:
            self.wait_until_bookmark("grow")
            # the guesses' numbers make way for the squares' areas, and the bars step back: the
            # squares grow over them (review 11c: squares covered the bars and their labels)
            # one output too low: its square stands over the guess, clear of it, so the guess keeps
            # its bar and number bright (review 11c: both examples' guess, gap and square labelled)
            keep = not several
            areas.set_z_index(2)   # the areas stay over the outlines
            if several:
                back = [bars["truth"], bars["guess"]]
                # the right answer stays in sight where a square covers it: outlined in its green,
                # over the squares (review r1t, 36-42 s: the green bar went near black under the
                # square, and with it what the gap was measured against)
                # (one animation per bar: a second on the same bar undid the first's dimming)
                bars["truth"].set_z_index(1)
                self.play(FadeOut(gap_values), *([FadeOut(bars.pop("kept"))] if "kept" in bars else []),
                          *(b.animate.set_fill(opacity=BACK) for b in back if b is not bars["truth"]),
                          bars["truth"].animate.set_fill(opacity=BACK).set_stroke(t.right, width=2.5, opacity=1.0),
                          run_time=0.4)
                grow = [ReplacementTransform(seeds[big], squares[big])]
            else:
                # one output: the bars keep their colours and numbers; the violet gap's copy slides
                # right, past the bars, the key making room for the square, and the square grows
                # sideways out of it; the copy stays over the square's left edge (review ab-x1
                # s24, 39-45 s, ONE change: the square hid the gap, so "with the gap as its side"
                # pointed at nothing)
                strip = self.side_strip
                self.show(gap_over_square=box_of(strip),
                          square_beside={"square": box_of(squares[0]),
                                         "bars_right": float(max(bars["truth"][0].get_right()[0],
                                                                 bars["guess"][0].get_right()[0])),
                                         "gap": box_of(gap_bars[0])})
                # the key goes under the square (right of it, it stood at the frame's edge)
                under = squares[0].get_corner(DOWN + LEFT) + 0.35 * DOWN - self.legend_box.get_corner(UP + LEFT)
                self.play(TransformFromCopy(gap_bars[0], strip), self.legend_box.animate.shift(under), run_time=0.8)
                self.show(key_moved=box_of(self.legend_box))
                grow = [ReplacementTransform(seeds[big], squares[big])]
            self.show(bars_back=BACK if several else 1.0, guess_kept=keep)
            self.play(*grow, FadeIn(sum_out), run_time=1.5)
            self.play(FadeIn(areas[big]), run_time=0.3)   # a frame caught it half faded, dim on orange (review k)
            # "the number on the square is its area": it swells as it is said (6 s stood still, session 16)
            self.wait_until_bookmark("area")
            self.play(Indicate(areas[big], color=t.focus, scale_factor=1.4), run_time=0.8)
            if several:
                self.wait_until_bookmark("all")
                rest = [k for k in range(len(gaps)) if k != big]
                # the written sum makes way for the others' sides: its side stays
                # (faded, not morphed: "gap 0.76 × 0.76 = 0.58" morphing into "0.76" was a
                # garbled frame, review s21 h1 48 s)
                self.play(*(ReplacementTransform(seeds[k], squares[k]) for k in rest),
                          FadeOut(sum_out), run_time=1.5)
                self.play(LaggedStart(*(FadeIn(areas[k]) for k in rest), lag_ratio=0.15), run_time=1.2)
                self.square_row(bars, gap_bars, squares, areas)
            else:
                # one square: its sum stays written over it while it is talked about (review w:
                # it gave way to its side after a moment, caught in one frame)
                lengths = VGroup(sum_out)
        self.gap_numbers = gap_values
        other = self.other_side(fwd, gaps[0], squares[0]) if not several else None
        pair = miss_pair(self.history, fwd)
        # what is set side by side: each output's square, or ours and the other example's
        shapes, places = list(squares), list(self.places)
        if other is not None:
            shapes.append(other["square"])
            places.append(other["places"])
        sizes = np.abs(pair_gaps(self.history, fwd))
        big_one = int(np.argmax(sizes))
        compare = self.comparison(pair_gaps(self.history, fwd), pair, places) if pair is not None else VGroup()
        said = "mark='other'" in str(self.lines.get("why_single", ""))   # an author's words may not introduce it
        if other is not None and not said:
            # one output: the other example, its guess on the other side of its answer, comes in
            # beside ours with its own square before "Why squares?" (review w, s14: one still
            # square); the legend has been read: it makes room for the other pair
            self.play(FadeOut(self.legend_box), FadeIn(other["pair"]), FadeIn(other["name"]), run_time=0.6)
            self.play(FadeIn(other["gap_bar"]), FadeIn(other["strip"]), GrowFromEdge(other["square"], DOWN),
                      FadeIn(other["area"]), FadeIn(other["side"]), run_time=0.8)
        with self.say("why" if several else "why_single"):
            if other is not None and said:
                # "Here is another point, from the outer ring": it is ringed on the picture and its
                # bars come in beside ours; "it guessed 0.288, but it should glow zero": its guess
                # and answer pulse; "so its gap is 0.288": its square grows, at our square's scale
                self.wait_before(self.current_tracker, "other", lead=0.3)
                self.play(FadeOut(self.legend_box), FadeIn(other["pair"]), FadeIn(other["name"]),
                          *([FadeIn(other["spot"])] if other["spot"] is not None else []), run_time=0.8)
                self.show(other_said={"at": float(self.renderer.time)})
                self.other_spot = other["spot"]   # goes with the picture it rings
                self.wait_before(self.current_tracker, "guessed", lead=0.0)
                self.play(Indicate(other["pair"], color=t.highlight, scale_factor=1.1), run_time=1.0)
                self.wait_before(self.current_tracker, "its_gap", lead=0.2)
                # "so its gap is 0.288": its gap in violet, then slid beside our square, the square
                # growing sideways out of it as ours did
                self.play(GrowFromEdge(other["gap_bar"], DOWN), run_time=0.5)
                self.play(TransformFromCopy(other["gap_bar"], other["strip"]), run_time=0.6)
                seed = other["square"].copy().stretch_to_fit_width(1e-3, about_edge=LEFT)
                self.play(ReplacementTransform(seed, other["square"]), FadeIn(other["area"]), FadeIn(other["side"]),
                          run_time=0.9)
                self.show(other_square_at=float(self.renderer.time))
                if "right" in getattr(self.current_tracker, "bookmark_times", {}):
                    # "This one guessed right": its guess named with a tick over its bars, as ours
                    # was judged (review r2, tiny 57-75 s); it goes with its bars
                    self.wait_until_bookmark("right")
                    right = self.other_verdict(other)
                    self.play(FadeIn(right), run_time=0.6)
                    other["pair"].add(right)
            if pair is not None:
                self.why_stage(pair, pair_gaps(self.history, fwd), places, shapes, compare, other)
                compare = VGroup()   # (gone with the stage)
            else:
                # "A big miss makes a big square, so big misses count most": the biggest square pulses
                self.wait_until_bookmark("more")
                self.play(Indicate(shapes[big_one], color=t.cost, scale_factor=1.15 if several else 1.05), run_time=1.0)
                if other is not None:
                    self.leave_one_square(other, compare)
        if not several:
            return self.one_cost(squares[0], areas[0], lengths, compare, other, bars, gap_bars, values)
        with self.say("sum"):
            # the bars and key went as the squares formed their row (`square_row`): not faded
            # twice; the gaps as the squares' sides go too: the squares are pressed flat from here
            # on; the outputs' digits go with them: the stack shows each strip's value alone (review
            # s36, digits 78-93 s: digits beside the strips and a scale made the pile a chart to decode)
            digits = bars.pop("labels")
            self.play(FadeOut(compare), FadeOut(self.row_gaps), FadeOut(digits), run_time=0.4)
            bars.pop("legend"), bars.pop("gap_key")
            # one square at a time, pressed into a strip of the same area on top of the last,
            # its area riding along where the strip is tall enough to hold it
            spots = self.strip_spots(areas, strips)
            # the first square seen pressing into its strip (review s21 h1: the squares flew off
            # at once, no frame showed a square becoming its strip): it goes whole to where its
            # strip lies, then is pressed flat there, its area riding along; the others follow
            first = VGroup(squares[0], areas[0])
            self.play(first.animate.shift(strips[0].get_bottom() - squares[0].get_bottom()), run_time=0.7)
            self.show(pressed={"t": self.renderer.time, "square": [float(squares[0].width), float(squares[0].height)],
                               "strip": [float(strips[0].width), float(strips[0].height)],
                               "bottom": [float(v) for v in squares[0].get_bottom()[:2]]})
            # review ab-k1 s23 (ONE change, 63-78 s): only the final 2.69 could be read; review s36: the
            # total climbs big over the pile, "so far" over it, a new number as each strip lands (one
            # text each, swapped in a blink: no counter rebuilt per frame)
            so_far, totals = self.running_totals(strips)
            # review ab2-c s29 (digits 72-81 s): a thin strip's "0.10" stood alone at the pile's edge
            # until the end, then with a tick-like line, read as an axis value: its arrow comes with it
            self.play(ReplacementTransform(squares[0], strips[0]), Transform(areas[0], spots[0]),
                      *self.leader_for(0), run_time=1.5)
            self.play(FadeIn(so_far), FadeIn(totals[0]), run_time=0.3)
            landed = [float(self.renderer.time)]
            each = float(np.clip((self.current_tracker.time_until_bookmark("number") - 2.4) / max(1, len(strips) - 1) - 0.15,
                                 0.35, 0.8))
            for k in range(1, len(strips)):
                # the old sum stands while the square flies, the new one takes its place as it lands,
                # in a cut (a slow cross-fade showed "so far 0.24" under a dim "so far 0.82"; review
                # s36, digits 85 s: even a blink's cross-fade was caught, two numbers in one)
                self.play(ReplacementTransform(squares[k], strips[k]), Transform(areas[k], spots[k]),
                          *self.leader_for(k), run_time=each)
                self.remove(totals[k - 1])
                self.add(totals[k])
                self._note_drawn(self.renderer.time, [totals[k]])   # (drawn without a play)
                landed.append(float(self.renderer.time))
            self.show(running_total={"words": [m.text for m in totals], "at": landed, "sums": self.sums_so_far,
                                     "y": [float(m.get_y()) for m in totals], "px": float(totals[-1].font_size),
                                     "heading": so_far.text},
                      strip_boxes=[box_of(s) for s in strips], strip_rim=float(strips[0].get_stroke_width()))
            # "the strips pile up into one bar": the pile swells once before its number comes
            # (6 s stood still here, session 16)
            self.wait_before(self.current_tracker, "number", lead=1.3)
            self.play(Indicate(strips, color=t.cost, scale_factor=1.05), run_time=1.0)
            self.wait_until_bookmark("number")
            # the thin strips' numbers stay, left of the stack on their leaders
            # (review d1 87-99 s: gone, the eight left added to 2.49, not 2.69)
            self.show(thin_strips=self.thin)
            # "so far" gives way to "this example's cost" over its last sum, the cost, the same
            # number in the same place (one after the other: a morph of the words was a garbled frame)
            self.remove(totals[-1])
            self.add(label[1])
            self.play(FadeOut(so_far), run_time=0.25)
            self.play(FadeIn(label[0]), run_time=0.35)
            self.play(Indicate(label[1], color=t.cost, scale_factor=1.2), run_time=0.8)
        # every area still drawn, inside a group or not: they go with their strips (two '0.10's
        # beside the stack stayed to the end, review 9)
        family = set(self.get_mobject_family_members())
        rode = VGroup(*(a for a in areas if a in family))
        return VGroup(strips, label, rode, self.leaders)

    def square_row(self, bars: dict, gap_bars: VGroup, squares: VGroup, areas: VGroup) -> None:
        """Several outputs (review s33, digits 54-69 s: the squares stood over the bars, crowding
        into the next output, ~20 numbers on screen): the bars and their key go, and each square
        drops to its output's ground, centred over its digit, its area on it; the squares stand
        in their own row, none over a neighbour. Each violet gap rides along as its square's left
        side, thinned to a line, its number over it (review s33 r2, digits 63 s: with the gaps
        gone, "the side is the gap" was lost); they stay until the squares are added."""
        t = self.theme
        moves, self.row_gaps = [], VGroup()
        for square, area, gap, g, p, x, y in zip(squares, areas, gap_bars, self.shown_gaps, self.places,
                                                  self.pair_x, self.ground):
            moved = square.copy().shift(np.array([x, y, 0]) - square.get_bottom())
            side = gap.copy().stretch_to_fit_width(ROW_SIDE).move_to(moved, aligned_edge=DOWN + LEFT)
            # over the square from its left edge, where the violet side starts (left of it, it
            # stood between two squares and read as either's)
            number = self.text("{gap}", size="small", color=t.gap, facts={"gap": f"{abs(g):.{p}f}"})
            number.next_to(side, UP, buff=0.06).align_to(side, LEFT)
            # the area in the orange right of the side; where it does not fit, right of the square
            # in the square's orange (over it, the gap's number stands)
            room = moved.copy().stretch_to_fit_width(moved.width - ROW_SIDE, about_edge=RIGHT)
            spot = area.copy().move_to(room)
            if not fits_inside(spot, room):
                spot.set_fill(t.cost).next_to(moved, RIGHT, buff=0.08)
            gap.set_z_index(1)   # over its square
            moves += [Transform(square, moved), Transform(area, spot), Transform(gap, side)]
            self.row_gaps.add(VGroup(gap, number))
        bars.pop("gaps")   # (their key: gone here, not faded again at the end; the strips stay as sides)
        gone = VGroup(bars.pop("guess"), bars.pop("truth"), self.legend_box)
        self.play(FadeOut(gone), *moves, *(FadeIn(m[1]) for m in self.row_gaps), run_time=0.9)
        self.show(square_row=[box_of(q) for q in squares], square_row_areas=[box_of(a) for a in areas],
                  square_row_sides=[{"words": m[1].text, "side": box_of(m[0]), "number": box_of(m[1])} for m in self.row_gaps],
                  square_row_texts=self.texts_standing(), square_row_at=float(self.renderer.time))

    def spelled(self, fwd: dict) -> tuple[int, int] | None:
        """Several outputs: the output that should glow one and falls short of it, and the output
        that should glow zero with the biggest gap, whose gaps are spelled out; None without both."""
        gaps = fwd["guess"] - fwd["truth"]
        ones = [k for k in range(len(gaps)) if fwd["truth"][k] >= 0.5 and gaps[k] < 0]
        zeros = [k for k in range(len(gaps)) if fwd["truth"][k] < 0.5]
        if len(gaps) < 2 or not ones or not zeros:
            return None
        return ones[0], max(zeros, key=lambda k: abs(gaps[k]))

    def spelled_words(self, fwd: dict) -> str:
        """"Every other output should be zero, so its whole bar is the gap." (review ab2-k1 s27,
        ONE change: nothing said why output 0's gap was a piece above its bar and every other's a
        bar as tall as its guess)."""
        if self.spelled(fwd) is None:
            return ""
        return Markup("<bookmark mark='whole'/>Every other output should be zero, so its whole bar is the gap.")

    def spell_gaps(self, fwd: dict, bars: dict, gap_bars: VGroup, gap_values: VGroup, tracker) -> None:
        """Review ab2-k1 s27 (ONE change, digits 30-36 s): nothing said why output 0's gap was a
        piece above its bar and every other's a bar as tall as the guess. Two gaps worked out,
        each beside its output, boxed, as it is said: "should 1 − guess 0.69 = gap 0.31", then
        "guess 0.76 − should 0 = gap 0.76", and every other gap pulses."""
        t = self.theme
        one, zero = self.spelled(fwd)
        lines = []
        for k in (one, zero):
            p = self.places[k]
            facts = {"should": f"{fwd['truth'][k]:g}", "guess": f"{fwd['guess'][k]:.{p}f}",
                     "gap": f"{abs(fwd['guess'][k] - fwd['truth'][k]):.{p}f}"}
            text = (self.text("should {should} − glow {guess} = gap {gap}", facts=facts) if k == one
                    else self.text("glow {guess} − should {should} = gap {gap}", facts=facts))
            pair = VGroup(bars["guess"][k], bars["truth"][k], gap_bars[k])
            # round its bars, its name and the numbers over them (a ring through "0.76" hid it)
            near = [m for m in bars.get("kept", []) if abs(m.get_x() - self.pair_x[k]) < self.slot / 2
                    and abs(m.get_y() - pair.get_y()) < 1.5]
            ring = SurroundingRectangle(VGroup(pair, bars["labels"][k], gap_values[k], *near), color=t.focus, buff=0.1,
                                        stroke_width=3)
            # right under its output's ring, from its left edge (in the band between the two rows:
            # over the top row it ran into the title)
            text.next_to(ring, DOWN, buff=0.12).align_to(ring, LEFT)
            within_frame(text, 0.1)
            plate = SurroundingRectangle(text, buff=0.06, stroke_width=0, fill_color=t.background, fill_opacity=0.85)
            lines.append((k, VGroup(plate, text), ring))
        self.show(spelled=[{"output": k, "words": m[1].text, "box": box_of(m), "ring": box_of(r)} for k, m, r in lines])
        (_, first, ring0), (_, second, ring2) = lines
        # "how far each guess is from where it should be": the one that should glow one, worked out
        self.play(Create(ring0), FadeIn(first), run_time=0.6)
        at = [float(self.renderer.time)]
        self.wait_until_bookmark("whole")
        self.play(FadeOut(first), FadeOut(ring0), Create(ring2), FadeIn(second), run_time=0.6)
        at.append(float(self.renderer.time))
        # "every other output": their gaps pulse while the worked one stands (2 s at least)
        others = [k for k in range(len(gap_bars)) if k not in (one, zero) and fwd["truth"][k] < 0.5]
        pulse = 1.6
        self.play(LaggedStart(*(Indicate(VGroup(gap_bars[k], gap_values[k]), color=t.gap, scale_factor=1.15)
                                for k in others), lag_ratio=0.1), run_time=pulse)
        self.wait(max(0.6, tracker.get_remaining_duration() - 0.2))
        at.append(float(self.renderer.time))
        self.show(spelled_at=at)
        self.play(FadeOut(second), FadeOut(ring2), run_time=0.4)

    def one_cost(self, square: Mobject, area: Mobject, written: VGroup, compare: VGroup,
                 other: dict | None, bars: dict, gap_bars: VGroup, values: dict) -> VGroup:
        """One output: the square's area is the example's cost, named beside it; no strip (review
        11c: "pressed flat into a bar of the same area" needed a hidden width and its own axis).
        The square itself goes onto the chart of every example's cost (`pile`)."""
        t = self.theme
        label = self.cost_label(square, values["example_cost"])
        label.next_to(square, RIGHT, buff=0.4).align_to(square, DOWN)
        # what still stands of the comparison and of the other example (its bars went as the two
        # squares were compared: not faded twice, a fade of what is gone flashes it back)
        family = set(self.get_mobject_family_members())
        gone = [m for part in compare for m in part if m in family]   # (gone already with the other's square)
        if other is None:   # (the other example went with its square: `leave_one_square`)
            gone.append(self.legend_box)
        with self.say("sum_single"):
            if gone:
                self.play(*(FadeOut(m) for m in gone), run_time=0.4)
            bars.pop("legend"), bars.pop("gap_key")
            bars["gaps"] = VGroup(gap_bars, self.gap_numbers)
            self.wait_until_bookmark("number")
            self.play(FadeIn(label, shift=0.2 * LEFT), Indicate(VGroup(square, area), color=t.cost, scale_factor=1.1),
                      run_time=1.0)
        self.show(one_cost={"square": float(square.width / self.scale), "label": [float(v) for v in label.get_center()[:2]]})
        # the gap's number and its copy on the square's side go with the square's words
        extra = [m for m in (getattr(self, "side_strip", None),) if m is not None]
        return VGroup(VGroup(square), label, area, VGroup(*written, *extra), VGroup())

    def leave_one_square(self, other: dict, compare: VGroup) -> None:
        """One output: the other example's square, its words, its ring on the picture and the
        comparison go, so only our square stands when its area is named the example's cost."""
        family = set(self.get_mobject_family_members())
        gone = [m for k in ("pair", "name", "gap_bar", "square", "area", "side", "strip", "spot")
                for m in [other[k]] if m is not None and m in family]
        self.play(*(FadeOut(m) for m in gone), FadeOut(compare), run_time=0.5)
        self.other_spot = None
        self.show(one_square_left=float(self.renderer.time))

    def running_totals(self, strips: VGroup) -> tuple[Mobject, list[Mobject]]:
        """Over the pile as each strip lands: "so far" and, big under it, the areas as written
        (`area_written`) added up to that strip, in their decimals; the last is the example's cost
        as written. Placed where `cost_label` names the cost, which they become."""
        fwd = forward_values(self.history, story_example(self.history))
        gaps = fwd["guess"] - fwd["truth"]
        at = self.area_at
        sums = np.cumsum([float(self.area_words(g, p)) for g, p in zip(gaps, self.places)])
        self.sums_so_far = [round(float(v), at) for v in sums]   # (the manifest's: numbers on screen are the run's)
        # all in one place, over the finished pile (review ab2-c s29, digits 75 s: riding on the
        # pile's top, "so far 1.90" lay across the strips still landing under it)
        heading, number = self.big_total(strips, self.text("so far"), f"{sums[-1]:.{at}f}")
        totals = [self.text("{sum}", size="title", color=self.theme.cost, facts={"sum": f"{v:.{at}f}"})
                  .move_to(number) for v in sums]
        return heading, totals

    def big_total(self, strips: VGroup, words: Mobject, number: str) -> VGroup:
        """Several outputs: `words` over `number` at the title's size, over the pile's top,
        centred on it (review s36: the climbing total was to be read from across the room)."""
        return VGroup(words,
                      self.text("{cost}", size="title", color=self.theme.cost, facts={"cost": number})) \
            .arrange(DOWN, buff=0.1).next_to(strips, UP, buff=0.15)

    def leader_for(self, k: int) -> list:
        """The arrow from a thin strip's number to its strip, drawn as the strip lands."""
        return [GrowArrow(self.leaders[self.thin.index(k)])] if k in self.thin else []

    def strip_spots(self, areas: VGroup, strips: VGroup) -> list[Mobject]:
        """Where each square's area goes: on its strip, in the background colour (a fade-out left
        labels that did not add up to the cost: 2.49 of 2.69, reviewer). A strip too thin to hold
        its number has it outside, bright, LEFT of the stack on a short leader line (`self.leaders`;
        `self.thin`, their indices): right of it stands the 0-3 scale, beside which such numbers
        read as a second axis (review ab1 78-93 s); inside, crushed, they were faded (review d1)."""
        spots, self.thin, self.leaders = [], [], VGroup()
        floor = -np.inf   # a thin number stands clear of the thin number under it
        for area, strip in zip(areas, strips):
            # dark on the strip, no rim (the rim is for a number over a small square's edges)
            spot = area.copy().set_fill(self.theme.background).set_stroke(width=0, background=True).move_to(strip)
            if FIT * strip.height >= area.height:
                if area.height > 0.8 * strip.height:   # a tight fit: at the strip's left, clear of its neighbours' numbers
                    spot.align_to(strip.get_left() + 0.08 * RIGHT, LEFT)
            else:
                # in the squares' orange, on an arrow into its strip: white on a short line it read as
                # a tick of a scale (review ab2-c s29, digits 78-81 s: "0.10" top and bottom of the pile)
                spot.set_fill(self.theme.cost).next_to(strips, LEFT, buff=0.4).set_y(strip.get_y())
                spot.shift(max(0.0, floor + 0.04 - spot.get_bottom()[1]) * UP)
                floor = spot.get_top()[1]
                self.leaders.add(Arrow(spot.get_right() + 0.03 * RIGHT, [strips.get_left()[0], strip.get_y(), 0],
                                       buff=0, color=self.theme.cost, stroke_width=3, max_tip_length_to_length_ratio=0.4,
                                       tip_length=0.14))
                self.thin.append(len(spots))
            spots.append(spot)
        return spots

    def comparison(self, gaps: np.ndarray, pair: dict, places: list[int]) -> VGroup:
        """Under the legend: how many times bigger the biggest miss is than the smallest, as a
        miss and as a cost (review 12, ONE change: "big misses count much more" was only said)."""
        t = self.theme
        if len(gaps) == 2 and len(self.places) == 1:
            # one output (review ab2-x1 s27, ONE change: "2× the miss / 4× the cost" stood at the
            # top right, far from the squares): the times as the numbers written on the two
            # squares check them (placed over them by `why_stage`), "about": the numbers are
            # rounded (0.570 against 2 × 0.288 = 0.576)
            big, small = (abs(float(gaps[k])) for k in (pair["big"], pair["small"]))
            # no products (review r2, tiny: "0.325 = 4 × 0.083" read wrong, 4 × 0.083 is 0.332): the
            # times in words, "about" unless exact from the numbers written; the tiles show the four
            times = VGroup(self.text("gap: {times}× as long", color=t.gap,
                                     facts={"times": pair["miss_about"] + pair["miss_times"]}),
                           self.text("square: {times}× the area", color=t.cost,
                                     facts={"times": pair["cost_about"] + pair["cost_times"]}))
            times.arrange(DOWN, aligned_edge=LEFT, buff=0.16)
            self.show(compare={k: pair[k] for k in ("big", "small", "miss", "cost", "miss_times", "cost_times")})
            return times
        times = VGroup(self.text("{times}× the miss", facts={"times": pair["miss_times"]}),
                       self.text("{times}× the cost", color=t.cost, facts={"times": pair["cost_times"]}))
        times.arrange(DOWN, aligned_edge=LEFT, buff=0.16)
        self.show(compare={k: pair[k] for k in ("big", "small", "miss", "cost", "miss_times", "cost_times")})
        return times

    def other_side(self, fwd: dict, gap: float, ours: Mobject) -> dict | None:
        """One output: the other example of `partner` (its guess on the other side of its answer,
        its gap nearest twice or half ours), drawn at our bars' scale right of them, as bright as
        ours (review 11c: drawn dim, its guess and gap unlabelled): its guess and answer bars, its
        guess's number, its gap grown into its square with "gap x × x = area" over it, its class
        named under it. None when every guess misses on our side."""
        t = self.theme
        x, y = self.history.split("train")
        misses = single_misses(self.history)
        k = partner(misses, fwd["example"])
        if k is None:
            return None
        answer, miss = float(y[k, 0]), float(misses[k])
        g = answer + miss
        side = self.scale
        spot = self.pair_x[0] + OTHER_RIGHT
        base = self.ground[0]
        guess_bar = bar(self.bar_w, side * g, t.neuron_fill).move_to([spot - 0.55 * self.bar_w, base, 0],
                                                                    aligned_edge=DOWN)
        answer_bar = bar(self.bar_w, max(side * answer, 0.05), t.right).move_to(
            [spot + 0.55 * self.bar_w, base, 0], aligned_edge=DOWN)
        low, high = sorted((g, answer))
        # its gap in violet beside its guess, as ours (review ab-x1 s27 r1: never drawn, it went
        # straight to a square); its square grows out of a copy of it, right beside ours, their
        # bottoms level, so the two squares are set side by side (review ab2-x1 s27, ONE change)
        gap_bar = bar(self.gap_width(), side * (high - low), t.gap).next_to(guess_bar, LEFT, buff=0.04) \
            .align_to([0, base + side * low, 0], DOWN)
        square = Square(side * abs(miss), stroke_color=t.background, stroke_width=1.5, fill_color=t.cost,
                        fill_opacity=1.0).move_to(ours.get_corner(DOWN + RIGHT) + 0.35 * RIGHT, aligned_edge=DOWN + LEFT)
        strip = gap_bar.copy().move_to(square, aligned_edge=DOWN + LEFT).set_z_index(1)
        places = self.places[0]   # one format with ours
        area = self.area_label(miss, square, places, self.area_at, self.gap_width())
        guess = self.value_at(self.text("{guess}", size=self.number_size(), facts={"guess": f"{g:.{places}f}"}), guess_bar)
        sum_out = VGroup()   # one output: its square says its area, no sum written (`sums_written`)
        # review s24 (tiny, ~53 s): its "should glow zero" was a flat green line hard to see: written
        # over it, in its green, left-aligned with it (clear of the guess's bar)
        should = self.text("should glow {value}", color=t.right, facts={"value": f"{answer:g}"})
        should.next_to(answer_bar, UP, buff=0.08).align_to(answer_bar, LEFT)
        should.shift(min(0.0, 6.9 - should.get_right()[0]) * RIGHT)
        name = self.text("another example: {label}", facts={"label": self.history.labels[class_of(y[k])]})
        name.move_to([spot, base - 0.28, 0])
        # its point ringed on the picture, as ours is (a second ring, white: ours stays yellow)
        spot = None
        plane = getattr(self, "plane", None)
        if plane is not None and input_kind(self.history) == "point":
            there = example_picture(self.history, k, plane[0].width)
            there.shift(plane[0].get_center() - there[0].get_center())
            spot = VGroup(there[2], there[3].set_stroke(color=t.focus))
        self.show(other_side={"example": k, "guess": g, "answer": answer, "gap": miss,
                              "opacity": float(guess_bar.get_fill_opacity()),
                              "square": square.width / side, "area": self.area_words(miss, places),
                              "should": [float(v) for v in (should.get_left()[0], should.get_right()[0],
                                                            should.get_bottom()[1], answer_bar.get_top()[1],
                                                            guess_bar.get_right()[0])]})
        return {"pair": VGroup(guess_bar, answer_bar, guess, should), "square": square, "area": area, "name": name, "spot": spot,
                "gap_bar": gap_bar, "strip": strip, "example": k,
                "gap": abs(miss), "side": sum_out, "places": places, "miss": miss,
                "area_words": self.area_words(miss, places)}

    def why_stage(self, pair: dict, gaps: np.ndarray, places: list[int], shapes: list, compare: VGroup,
                  other: dict | None) -> None:
        """"Why squares?" on a cleared frame (review s35 r2, ONE change, digits 66-75 s, tiny 70-81 s:
        the key idea was a small inset in a corner, "gap 0.31 / area 0.10" tiny, ten other
        squares crowding it). As it is asked, everything but the title and the example's picture
        goes and the smallest and the biggest square of those compared fly out of the chart to
        the middle, big, at one scale (`stage_squares`); "2.5× the miss" comes as it is said;
        "6× the cost": numbered copies of the small square slide one at a time into the big one
        (`tiles`, four quarters; else `pieces`, a block whose overhang shows the rounding). In the
        quiet after "so big misses count most" the stage goes and the chart comes back."""
        t = self.theme
        # (one output: four quarters, two abreast; several: `pieces` stay inside the big square)
        cols = 2 if other is not None else 0
        stage = self.stage_squares(pair, gaps, places, cols)
        small, big = stage
        compare.next_to(VGroup(*(m[2] for m in stage)), UP, buff=0.3).set_x(stage.get_x())
        keep = {self.title_mob, self.picture, getattr(self, "other_spot", None)}
        hidden = [m for m in self.mobjects if m not in keep]
        self.wait_before(self.current_tracker, "big", lead=1.4)   # as "Why squares?" is asked
        self.play(*(FadeOut(m) for m in hidden),
                  *(TransformFromCopy(shapes[pair[k]], part[0]) for k, part in (("small", small), ("big", big))),
                  run_time=1.0)
        self.play(*(FadeIn(VGroup(*part[1:])) for part in stage), run_time=0.5)
        self.show(why_stage={"cleared": float(self.renderer.time),
                             "squares": {k: box_of(part[0]) for k, part in (("small", small), ("big", big))},
                             "words": {k: [m.original_text for m in part[2:]] for k, part in (("small", small), ("big", big))},
                             "words_at": {k: [box_of(m) for m in part[2:]] for k, part in (("small", small), ("big", big))},
                             "px": [m.font_size for part in stage for m in part[2:]],
                             "left": self.drawn_besides([*keep, stage])})
        self.wait_until_bookmark("big")
        self.play(FadeIn(compare[0]), Indicate(VGroup(small[2], big[2]), color=t.focus, scale_factor=1.2), run_time=0.8)
        # a script whose [why] does not say the times (the Spanish sample) has no such mark
        if "square" in getattr(self.current_tracker, "bookmark_times", {}):
            self.wait_until_bookmark("square")
        copies = self.tiles(big[0], small[0]) if other is not None else self.pieces(big[0], small[0], pair["cost_times"])
        # the big square's edge drawn over the copies: what pokes out past it, or falls short, is seen
        edge = big[0].copy().set_fill(opacity=0).set_stroke(t.text, width=3).set_z_index(2)
        self.play(FadeIn(compare[1], shift=0.1 * DOWN), Indicate(small[0], color=t.focus), FadeIn(edge), run_time=0.6)
        stage.add(edge)
        if len(copies):
            self.slide_copies(copies, small[0], 2.8 if other is not None else 3.0)   # half a second a copy: counted
        # "so big misses count most": the copies stay, still, until it is said (review ab2-c s29),
        # and STAGE_HOLD s at least once the last has landed: a frame every 3 s catches them all
        # (review s35 r2's frames: at 3 s apart, one caught them moving, the next fading)
        self.wait_until_bookmark("more")
        done = float(self.renderer.time) + self.current_tracker.get_remaining_duration() - 0.2
        self.wait(max(0.0, done - float(self.renderer.time),
                      (self.last_landed if len(copies) else 0.0) + STAGE_HOLD - float(self.renderer.time)))
        self.show(tiles_until=float(self.renderer.time))
        # the chart back, without the other example (its square went with the stage: "this square"
        # is ours alone from here, review s33) and its ring on the picture
        gone = set(VGroup(*(other[k] for k in ("pair", "name", "gap_bar", "square", "area", "side", "strip"))).get_family()) \
            if other is not None else set()
        spot = [FadeOut(self.other_spot)] if getattr(self, "other_spot", None) is not None else []
        # the stage gone before the chart comes: no frame of one over the other
        self.play(FadeOut(VGroup(stage, compare)), *(FadeOut(m) for m in copies), *spot, run_time=0.3)
        self.remove(*copies.get_family())   # (each copy came by its own ReplacementTransform)
        self.play(*(FadeIn(m) for m in hidden if m not in gone), run_time=0.4)
        self.other_spot = None
        self.show(one_square_left=float(self.renderer.time), stage_gone=float(self.renderer.time))

    def drawn_besides(self, mobs: list) -> list:
        """The boxes of what the scene draws besides `mobs` (and their parts): shapes with points."""
        allowed = {id(x) for m in mobs if m is not None for x in m.get_family()}
        return [box_of(x) for m in self.mobjects for x in m.get_family() if x.has_points() and id(x) not in allowed]

    def stage_squares(self, pair: dict, gaps: np.ndarray, places: list[int], cols: int) -> VGroup:
        """The small and the big square of "Why squares?" (nncore's gaps, one scale, the big one
        STAGE_BIG wide), side by side, bottoms level, the small one left: each with its gap
        along its left side in violet, "gap 0.31" over it in violet and "area 0.10" under it,
        at the labels' size; centred on STAGE_X, room kept for `cols` copies abreast over the big one."""
        t = self.theme
        unit = STAGE_BIG / abs(float(gaps[pair["big"]]))
        parts = []
        for k in (pair["small"], pair["big"]):
            g, p = abs(float(gaps[k])), places[k]
            square = Square(unit * g, stroke_color=t.background, stroke_width=2, fill_color=t.cost, fill_opacity=1.0)
            side = bar(self.gap_width(), unit * g, t.gap).move_to(square, aligned_edge=DOWN + LEFT).set_z_index(1)
            gap = self.text("gap {side}", color=t.gap, facts={"side": f"{g:.{p}f}"}).next_to(square, UP, buff=0.12)
            area = self.text("area {area}", color=t.cost, facts={"area": self.area_words(g, p)})
            parts.append(VGroup(square, side, gap, area.next_to(square, DOWN, buff=0.12)))
        small, big = parts
        big.shift([0, STAGE_FLOOR - big[0].get_bottom()[1], 0])
        # apart by the copies' overhang (six copies in a block stand wider than the big square)
        reach = max(0.0, (cols * small[0].width - big[0].width) / 2)
        small.shift(big[0].get_corner(DOWN + LEFT) + (STAGE_APART + reach) * LEFT - small[0].get_corner(DOWN + RIGHT))
        stage = VGroup(small, big)
        return stage.shift((STAGE_X - (small.get_left()[0] + big[0].get_right()[0] + reach) / 2) * RIGHT)

    def other_verdict(self, other: dict) -> Mobject:
        """The other example's right guess, "guess: outer ring ✓" in a green frame, under its
        name, inside the frame."""
        t = self.theme
        k = other["example"]
        guess = guess_of(self.history, k)
        said = VGroup(self.text("guess: {label}", color=t.right, facts={"label": self.history.labels[guess]}),
                      self.text("{mark}", color=t.right, facts={"mark": "\u2713"})).arrange(RIGHT, buff=0.2)
        # under its name (over its bars it covered its glow's bar)
        said.next_to(other["name"], DOWN, buff=0.2)
        within_frame(said, 0.1)
        verdict = VGroup(SurroundingRectangle(said, color=t.right, buff=0.1, stroke_width=2.5), said)
        self.show(other_verdict={"example": int(k), "guess": int(guess), "words": said[0].original_text,
                                 "box": box_of(verdict), "at": float(self.renderer.time)})
        return verdict

    def tiles(self, big: Mobject, small: Mobject) -> VGroup:
        """Four numbered copies of the small square, one in each quarter of the big one, laid two
        by two from its bottom left corner, when the big one is about four times its area (within
        a tenth); else none (`numbered_copy`)."""
        if abs((big.width / max(small.width, 1e-9)) ** 2 - 4) > 0.4:
            return VGroup()
        s = small.width
        tiles = VGroup()
        for k in range(4):
            tiles.add(self.numbered_copy(small, k + 1).move_to(big.get_corner(DOWN + LEFT) + np.array([s * (k % 2), s * (k // 2), 0]),
                                                              aligned_edge=DOWN + LEFT))
        self.show(tiles=[box_of(m[0]) for m in tiles])
        return tiles

    def numbered_copy(self, small: Mobject, n: int, shape: tuple[float, float] | None = None) -> VGroup:
        """Copy n of the small square: solid and dark-rimmed as it is, so it is seen to be it
        (review s35, tiny: hollow outlines read as the big square cut up), its number on it;
        pressed to `shape` (width, height) if given (`pieces`)."""
        copy = small.copy().set_stroke(self.theme.background, width=3, opacity=1)
        if shape is not None:
            copy.stretch_to_fit_width(shape[0]).stretch_to_fit_height(shape[1])
        number = self.text("{n}", color=self.theme.background, facts={"n": n}).move_to(copy)
        return VGroup(copy, number).set_z_index(0.5)

    def slide_copies(self, copies: VGroup, small: Mobject, seconds: float) -> None:
        """The copies of the small square, one at a time, each slid out of it to its place on the
        big one (review s35, tiny: "fits nearly four times" seen, not four shapes flown at once);
        one play each, so none waits drawn over the small square and its area."""
        landed = []
        for m in copies:
            # (out of the small square as itself: a piece of `pieces` takes its cell's shape on the way)
            self.play(ReplacementTransform(self.numbered_copy(small, len(landed) + 1), m), run_time=seconds / len(copies))
            landed.append(float(self.renderer.time))
        self.show(copies_landed=landed)
        self.last_landed = landed[-1]

    def pieces(self, big: Mobject, small: Mobject, times: str) -> VGroup:
        """Several outputs: as many copies of the small square as the cost's times said (review r2,
        digits 66-75 s: the big one cut into four squares and two slivers, not visibly equal), each
        numbered and pressed into one cell of a block (`block_shape`) that fills the big square
        from its bottom: a cell is the big square's width over the columns wide and holds exactly
        the small square's area (review s36, digits 72-75 s: six copies laid as squares stuck out
        past the big one). The rounding shows at the top: the last row cut off at the big
        square's edge when the real ratio is under the times, a bare band of the big square when
        over. None when the times are not whole or are off by more than 15%."""
        b, s = big.width, small.width
        n = int(times) if times.isdigit() else 0
        if n < 2 or abs(n * s * s / (b * b) - 1) > 0.15:
            return VGroup()
        _, cols = block_shape(n)
        wide = b / cols
        tall = s * s / wide   # the small square's area, pressed to the cell's width
        left, bottom = big.get_corner(DOWN + LEFT)[:2]
        pieces = VGroup()
        for k in range(n):
            low = bottom + tall * (k // cols)
            shape = (wide, min(tall, big.get_top()[1] - low))   # the last row cut at the big square's top
            pieces.add(self.numbered_copy(small, k + 1, shape).move_to([left + wide * (k % cols), low, 0],
                                                                       aligned_edge=DOWN + LEFT))
        self.show(pieces={"count": len(pieces), "units": [float(m[0].width * m[0].height / (s * s)) for m in pieces],
                          "boxes": [box_of(m[0]) for m in pieces], "big": box_of(big), "small": box_of(small)})
        return pieces

    def in_slot(self, square: Mobject, x: float) -> Mobject:
        """A square kept inside its own output's slot: it spilled over the next pair (reviewer)."""
        return square.shift(min(0.0, x + 0.48 * self.slot - square.get_right()[0]) * RIGHT)

    def sum_written(self, gap: float, places: int, area_at: int, side: Mobject) -> Mobject:
        """The biggest square's sum, written over it: its side times itself is its area."""
        # at the labels' size: small, it was caught dim and once only (review w, s14: 36 s)
        words = self.text("gap {side} × {side} = {area}", color=self.theme.cost,
                          facts={"side": f"{abs(gap):.{places}f}", "area": area_written(gap, places, area_at)})
        words.move_to(side, aligned_edge=DOWN)
        # inside the frame: the biggest gap may stand at the chart's edge
        return words.shift(max(0.0, -6.9 - words.get_left()[0]) * RIGHT + min(0.0, 6.9 - words.get_right()[0]) * RIGHT)

    def area_words(self, gap: float, places: int) -> str:
        """A square's area as this chapter writes it (`area_written`)."""
        return area_written(gap, places, self.area_at, self.exact_areas())

    def exact_areas(self) -> bool:
        """One output: no square's sum is written (`sums_written`), its areas are nncore's, rounded."""
        return len(self.pair_x) == 1

    def area_label(self, gap: float, square: Mobject, places: int = 2, area_at: int = 2, inset: float = 0.0) -> Mobject:
        """A square's area (`area_written`): dark on the orange in its middle where it fits inside;
        else beside it (`area_beside`). Its side is written along its top edge (`square_gaps`)."""
        facts = {"area": area_written(gap, places, area_at, self.exact_areas())}
        # one output, inside a square it fits in: big and bold, dark on the orange (review s23,
        # tiny: small "0.325" read dark on orange); many outputs keep one size for all their
        # areas (bigger type on bigger squares would read as a second meaning)
        big = self.text("{area}", size="label", color=self.theme.background, weight=BOLD, facts=facts)
        # one output: in the orange right of the violet side over its left edge (`inset` wide)
        room = square.copy().stretch_to_fit_width(max(square.width - inset, 1e-3), about_edge=RIGHT)
        if len(self.pair_x) == 1 and fits_inside(big.move_to(room), room):
            return big
        words = self.text("{area}", size="small", color=self.theme.background, facts=facts)
        return self.area_beside(words, room if len(self.pair_x) == 1 else square, left=gap < 0)

    def area_beside(self, words: Mobject, square: Mobject, left: bool) -> Mobject:
        """A small square's area beside it, in the square's orange, level with its middle (review
        s21 h1: white on a dark rim over the square's edges was messy at 480p; the old areas beside
        the squares read clearer); left of a guess under its answer (the answer's tall green bar
        stands right of it), else right. A square it fits in has it in its middle."""
        words.move_to(square)
        if not fits_inside(words, square):
            words.set_fill(self.theme.cost).next_to(square, LEFT if left else RIGHT, buff=0.08)
        return words

    def number_size(self) -> str:
        """The glows' and gaps' numbers: one output's at the labels' size, two decimals at most
        (review s36, tiny: small three-decimal numbers); several outputs' small, ten pairs abreast."""
        return "label" if len(self.pair_x) == 1 else "small"

    def guess_value(self, guess: float, places: int, guess_bar: Mobject) -> Mobject:
        """A guess's number at its bar's top (`value_at`)."""
        value = self.text("{guess}", size=self.number_size(), facts={"guess": f"{guess:.{places}f}"})
        return self.value_at(value, guess_bar)

    def gap_value(self, gap: float, places: int, strip: Mobject, value: Mobject, take: bool = False) -> Mobject:
        """A gap's number over its strip, in the gap's colour; over its guess's number where
        that stands on the strip's top (a guess above its answer: the two are the same number)."""
        number = self.text("{gap}", size=self.number_size(), color=self.theme.gap, facts={"gap": f"{abs(gap):.{places}f}"})
        if value.get_bottom()[1] >= strip.get_top()[1] - 1e-6:
            if take:   # the guess's number goes as the gap's comes: in its place
                return number.move_to(value, aligned_edge=DOWN + RIGHT)
            return number.next_to(value, UP, buff=0.06).align_to(value, RIGHT)
        return number.next_to(strip, UP, buff=0.06).align_to(strip, RIGHT)

    def clear_of_scale(self, words: Mobject, scale: VGroup) -> Mobject:
        """One output: words moved right until they stand clear of the scale's end words."""
        return words.shift(max(0.0, VGroup(*scale.ends).get_right()[0] + 0.15 - words.get_left()[0]) * RIGHT)

    def gap_width(self) -> float:
        """How wide a gap's orange strip is, beside its guess bar."""
        return max(0.3 * self.bar_w, 0.06)

    def value_at(self, value: Mobject, guess_bar: Mobject) -> Mobject:
        """A guess's number over its bar, reaching left (away from the answer's bar, so it never
        reads as the answer's), the same place for every guess (review ab1: "0.69", a guess
        below its answer, stood left of its bar, every other on top); the same spot before the
        gaps come as after (review 11c: 0.688 jumped). A gap standing up beside a guess below its
        answer is moved clear of it (`square_gaps`)."""
        return value.move_to(guess_bar.get_corner(UP + RIGHT) + 0.08 * UP, aligned_edge=DOWN + RIGHT)

    def stacked_strips(self, heights: np.ndarray, width: float) -> VGroup:
        """Strips of one width stacked from the pile's base at the column: their sum is a cost."""
        strips, top = VGroup(), COLUMN_BASE
        for h in heights:
            # a dark rim: a thin strip reads as a strip of its own, not a line (review s36: the
            # 0.10s at the pile's foot and top read as ticks)
            strip = bar(width, h, self.theme.cost, 0.85).set_stroke(self.theme.background, width=STRIP_RIM)
            # a strip wider than the column reaches left, room for its scale's "0.1"s at its right
            x = COLUMN_X if width <= COLUMN_ROOM[0] else ONE_STRIP_RIGHT - width / 2
            strips.add(strip.move_to([x, top, 0], aligned_edge=DOWN))
            top += h
        return strips

    def cost_label(self, column: Mobject, cost: float) -> VGroup:
        if len(self.places) > 1:   # several outputs: where the big "so far" stood, in its sizes
            return self.big_total(column, self.text("this example's cost"), cost_written(self.history))
        # "cost" names two numbers: this one is one example's, the average comes later (review 11c;
        # review u1: "this example's cost" against "the network's cost", on screen and aloud)
        words = self.text("this example's cost", size="small")
        number = self.text("{cost}", color=self.theme.cost, facts={"cost": cost_written(self.history)})
        # its right edge over the column's: the column's scale stands right of it (review ab1:
        # "cost of one example" ran into the scale's "3")
        # 0.25 short of it: right-aligned, "example" touched the scale's top tick "3" (review d1 93-99 s)
        return VGroup(words, number).arrange(DOWN, buff=0.1).next_to(column, UP, buff=0.2) \
            .align_to(column, RIGHT).shift(0.25 * LEFT)

    def surprise(self, fwd: dict, bars: dict, values: dict) -> VGroup:
        """The right answer's share ringed; the real cross-entropy curve (share -> cost) under
        the bars, read at that share; the surprise it gives as one bar."""
        t = self.theme
        right = class_of(fwd["truth"]) if len(fwd["guess"]) > 1 else 0
        ring = SurroundingRectangle(VGroup(bars["guess"][right], bars["values"][right]),
                                    color=t.focus, buff=0.08)
        column = VGroup(bar(PILE_WIDTH, self.unit * values["example_cost"], t.cost, 0.85)
                        .move_to([COLUMN_X, PILE_BASE, 0], aligned_edge=DOWN))
        label = self.cost_label(column, values["example_cost"])
        curve = self.surprise_curve(float(fwd["guess"][right]), float(values["example_cost"]))
        with self.say("surprise") as tracker:
            self.play(Create(ring), FadeOut(self.asked), run_time=min(1.0, tracker.duration / 3))
        with self.say("surprise_sum"):
            self.wait_until_bookmark("curve")
            self.play(Create(curve["axes"]), Create(curve["curve"]), FadeIn(curve["words"]), run_time=1.5)
            self.wait_until_bookmark("read")
            self.play(TransformFromCopy(bars["values"][right], curve["share"]), Create(curve["up"]), run_time=1.2)
            self.play(Create(curve["across"]), FadeIn(curve["dot"]), run_time=0.8)
            self.wait_until_bookmark("number")
            self.play(GrowFromEdge(column[0], DOWN), FadeIn(curve["cost"]), run_time=1.0)
            self.play(FadeIn(label), run_time=0.6)
        self.play(FadeOut(ring), FadeOut(VGroup(*curve.values())), run_time=0.5)
        return VGroup(column, label)

    def surprise_curve(self, share: float, cost: float) -> dict[str, Mobject]:
        """nncore's own cross-entropy for one right answer, drawn for shares from near zero to
        one: the share along the floor, the cost up the side, the example's share read off."""
        t = self.theme
        w, h = SURPRISE_BOX
        shares = np.linspace(0.05, 1.0, 40)
        net_cost = self.history.network(STEP).cost
        costs = net_cost.per_example(shares.reshape(-1, 1), np.ones((len(shares), 1)))
        top = max(float(costs.max()), cost)
        left = sum(BAR_AREA) / 2 - w / 2

        def at(x: float, y: float) -> np.ndarray:
            return np.array([left + x * w, SURPRISE_FLOOR + y / top * h, 0.0])

        muted = dict(stroke_color=t.muted, stroke_width=2)
        axes = VGroup(Line(at(0, 0), at(1, 0), **muted), Line(at(0, 0), at(0, top), **muted))
        line = VMobject(stroke_color=t.cost, stroke_width=3).set_points_smoothly(
            [at(x, y) for x, y in zip(shares, costs)])
        words = VGroup(
            self.text("cost", size="small", color=t.cost).next_to(at(0, top), UP, buff=0.08),
            self.text("0", size="small", color=t.muted).next_to(at(0, 0), DOWN, buff=0.06),
            self.text("1", size="small", color=t.muted).next_to(at(1, 0), DOWN, buff=0.06),
            self.text("share for the right answer", size="small", color=t.muted).next_to(at(1, 0), RIGHT, buff=0.15))
        self.show(surprise_curve={"shares": shares, "costs": costs})
        share_text = self.text("{share}", size="small", color=t.highlight, facts={"share": f"{share:.2f}"})
        share_text.next_to(at(share, 0), DOWN, buff=0.06)
        cost_text = self.text("{cost}", size="small", color=t.cost, facts={"cost": f"{cost:.2f}"})
        cost_text.next_to(at(0, cost), LEFT, buff=0.08)
        return {"axes": axes, "curve": line, "words": words, "share": share_text,
                "up": DashedLine(at(share, 0), at(share, cost), color=t.highlight, stroke_width=2),
                "across": DashedLine(at(share, cost), at(0, cost), color=t.highlight, stroke_width=2),
                "dot": Dot(at(share, cost), radius=0.07, color=t.highlight), "cost": cost_text}

    # --- many examples ---

    def pile(self, values: dict, picture: Mobject, column: VGroup) -> None:
        """A few examples' cost bars, then every example's, then their average: the cost."""
        t = self.theme
        strips, label, *written = column   # squared error: the areas written on the strips
        costs = values["example_costs"]
        slot = pile_slot(len(costs))
        xs = PILE_LEFT + slot * (np.arange(len(costs)) + 0.5)
        width = PILE_WIDTH
        bars = VGroup(*(bar(width, max(self.unit * c, MIN_BAR), t.cost, 0.9)
                        .move_to([x, PILE_BASE, 0], aligned_edge=DOWN) for x, c in zip(xs[1:], costs[1:])))
        # as many decimals as our cost had written: its number rides over to its bar unchanged
        places = len(cost_written(self.history).split(".")[1])
        self.show(pile_places=places, cost_written=cost_written(self.history))
        numbers = VGroup(*(self.text("{cost}", size="small",
                                     facts={"cost": cost_written(self.history) if k == 0 else f"{c:.{places}f}"})
                           .move_to([x, PILE_BASE + max(self.unit * c, MIN_BAR) + 0.2, 0])
                           .add_background_rectangle(color=t.background, opacity=0.8, buff=0.03)
                           for k, (x, c) in enumerate(zip(xs, costs))))
        tags = self.example_tags(values["examples"], xs, min(TAG_SIZE, 0.8 * slot))
        self.show(tag_size=tags[0].height if len(tags) else 0.0)
        key = self.tag_key(tags)
        self.scale_marks = self.cost_scale(float(values["all_costs"].max()))
        # one example's cost settles before the next ones come (clarity: 10% silence); all but
        # the bar and its number go first, in the quiet (review 11a: 99 s, everything half faded
        # around one bar in flight)
        self.wait(0.9)
        # the other example's ring goes with the picture (review s24 x1: it floated 75-114 s)
        spot = getattr(self, "other_spot", None)
        self.play(*(FadeOut(w) for w in written), FadeOut(picture), *([FadeOut(spot)] if spot else []), run_time=0.6)
        # "this example's cost" rides over to its bar among the few and names it there (review v1,
        # 87-93 s: nothing marked which of the eight bars was ours)
        head = label[0].copy().next_to(numbers[0], UP, buff=0.08)
        head.shift(max(0.0, PILE_LEFT + 0.05 - head.get_left()[0]) * RIGHT)   # clear of the scale's numbers
        # over the next bar's number too where it reaches over it (digits: it ran into "2.90")
        if len(numbers) > 1 and head.get_right()[0] > numbers[1].get_left()[0] - 0.05:
            head.shift(max(0.0, numbers[1].get_top()[1] + 0.06 - head.get_bottom()[1]) * UP)
        self.show(ours_head=[float(v) for v in head.get_center()[:2]] + [float(head.width), float(head.height)])
        with self.say("many") as tracker:
            # as narrow as the other examples' bars: only the height is the cost from here on;
            # its number rides along to its place over the bar
            self.play(strips.animate.stretch_to_fit_width(width).stretch_to_fit_height(max(self.unit * costs[0], MIN_BAR))
                      .move_to([xs[0], PILE_BASE, 0], aligned_edge=DOWN)
                      .set_fill(t.cost, 0.9).set_stroke(width=0),   # (one bar now: no rims between strips)
                      ReplacementTransform(label[1], numbers[0]), label[0].animate.move_to(head), FadeIn(tags[0]),
                      run_time=1.2)
            # the scale once the bar stands on it: a frame caught the bar half-way, at 3.0 and
            # below zero on the new scale (review k)
            self.play(FadeIn(self.scale_marks), run_time=0.5)
            self.play(LaggedStart(*(GrowFromEdge(b, DOWN) for b in bars), lag_ratio=0.25),
                      LaggedStart(*(FadeIn(m) for m in [*tags[1:], *numbers[1:], *key]), lag_ratio=0.1),
                      run_time=min(3.0, max(1.0, tracker.duration - 2.0)))
        self.average(values, VGroup(strips, bars, VGroup(*numbers, label[0]), VGroup(*tags, *key)))

    def cost_scale(self, top: float) -> VGroup:
        """One scale for every cost bar from here on (review 10: 2.69, 3.02 and zero were only
        numbers): a line up the left, a number at each step (0, 1, 2, 3), a faint line across at
        each; the zero line solid, there from the first bar. Its first entries: the zero line
        and the zero number."""
        t = self.theme
        step = scale_step(top, 4.5)
        count = int(np.floor(top / step + 1e-9))
        x0 = PILE_LEFT - 0.1
        marks = VGroup()
        for k in range(count + 1):
            y = PILE_BASE + self.unit * step * k
            marks.add(Line([x0, y, 0], [PILE_RIGHT, y, 0], stroke_color=t.muted if k else t.text,
                           stroke_width=2 if k == 0 else 1.2, stroke_opacity=1.0 if k == 0 else 0.4),
                      self.text("{value}", size="small", facts={"value": f"{step * k:g}"})
                      .next_to([x0, y, 0], LEFT, buff=0.08))
        marks.add(Line([x0, PILE_BASE, 0], [x0, PILE_BASE + self.unit * step * count, 0], stroke_color=t.muted,
                       stroke_width=2))
        # the scale's name up its side, left of its numbers (review 12: "cost" had to be inferred)
        # at the labels' size and white (review s20 g1: small and orange, rotated, it was missed)
        # half-way between two numbers, not level with one: pushed inside the frame when the numbers
        # are wide (tiny's "0.4": 2 px of "cost" were cut, s24), it stood over tiny's "0.2" (review s34)
        name = self.text("cost", color=t.text).rotate(np.pi / 2)
        name.move_to([marks.get_left()[0] - 0.05 - name.width / 2,
                      PILE_BASE + self.unit * step * (max(count - 1, 0) // 2 + 0.5), 0])
        within_frame(name, margin=0.01)
        numbers = [m for m in marks if not isinstance(m, Line)]
        marks.add(name)
        self.show(cost_scale={"step": step, "count": count, "unit": self.unit, "name": box_of(name),
                              "numbers": [box_of(m) for m in numbers]})
        return marks

    def example_tags(self, examples: list[int], xs: np.ndarray, size: float) -> VGroup:
        """Under each bar: the example's picture (images) or its class name in its colour."""
        x, y = self.history.split("train")
        colors = class_colors(len(self.history.labels))
        tags = VGroup()
        for k, cx in zip(examples, xs):
            cls = class_of(y[k])
            kind = input_kind(self.history)
            if kind == "image":
                tag = digit_image(x[k], size, 6)
            elif kind == "point":   # the point's own colour, as in the picture of the points
                tag = Dot(radius=0.14, color=colors[cls])   # 0.09 was ~4 px (review 11c)
            else:
                tag = self.text("{label}", size="small", color=colors[cls], facts={"label": self.history.labels[cls]})
            tags.add(tag.move_to([cx, PILE_BASE - 0.12, 0], aligned_edge=UP))
        room = xs[1] - xs[0] if len(xs) > 1 else 2.0
        if max(tag.width for tag in tags) > 0.95 * room:   # long names: two staggered rows
            for k, tag in enumerate(tags):
                tag.scale_to_fit_width(min(tag.width, 1.9 * room))
                tag.move_to([xs[k], PILE_BASE - 0.12 - 0.3 * (k % 2), 0], aligned_edge=UP)
        return tags

    def tag_key(self, tags: VGroup) -> VGroup:
        """Points: what the dots under the bars mean, a dot of each group's colour and its name,
        in one line under them (review ab-x1 s24, 78-84 s: the light and dark dots were never
        explained). Nothing for pictures and names: they say it themselves."""
        if input_kind(self.history) != "point":
            return VGroup()
        colors = class_colors(len(self.history.labels))
        key = VGroup(*(VGroup(Dot(radius=0.11, color=c), self.text("{label}", size="label", facts={"label": name}))
                       .arrange(RIGHT, buff=0.12) for c, name in zip(colors, self.history.labels)))
        key.arrange(RIGHT, buff=0.5).next_to(tags, DOWN, buff=0.15)
        key.set_x(float(np.clip(key.get_x(), -6.9 + key.width / 2, 6.9 - key.width / 2)))
        self.show(tag_key=[[str(name), [float(v) for v in part[0].get_center()[:2]]]
                           for name, part in zip(self.history.labels, key)])
        return key

    def average(self, values: dict, few: VGroup) -> None:
        """The few examples' bars fly to their places among every example's, sorted worst first;
        every example's bar fills in around them (one shape, across the whole chart); a line at
        their average: the cost. Review 11c (ONE change): the 8 bars stood unsorted beside the
        sorted shape, and the average's words came over the words before them."""
        t = self.theme
        strips, bars, numbers, tags = few
        all_costs = values["all_costs"]
        order = np.argsort(-all_costs, kind="stable")
        left, room = PILE_LEFT, PILE_RIGHT - PILE_LEFT
        whole = skyline(all_costs[order], left, room, PILE_BASE, self.unit, t.cost)
        self.whole = whole
        rank = np.empty(len(order), dtype=int)
        rank[order] = np.arange(len(order))
        spots = left + room * (rank[values["examples"]] + 0.5) / len(order)
        tag = self.text("all {count} practice examples", facts={"count": len(all_costs)})
        tag.next_to(whole, DOWN, buff=0.12)
        how = VGroup(self.text("one bar per example, touching:"),
                     self.text("worst on the left, best on the right"))
        # under the chart's name, kept to the section's end: at the top right it had to go for
        # "our example" 2 s after it came, and a reviewer never saw it (review d1, 114 s)
        how.arrange(DOWN, buff=0.08).next_to(tag, DOWN, buff=0.12)
        self.show(worst_cost=float(all_costs.max()))
        self.show(best_cost=float(all_costs.min()))
        worst = VGroup(
            self.text("worst: {cost}", facts={"cost": f"{all_costs.max():.2f}"})
            .next_to([left, PILE_BASE + self.unit * all_costs.max(), 0], UP, buff=0.1, aligned_edge=LEFT),
            self.text("best: {cost}", facts={"cost": f"{all_costs.min():.2f}"}))
        # "best" over the highest bar under it, not the last one's (review s20 g1: it sat on the
        # orange's top edge, the bars to its left being taller): the bars fall left to right
        best = worst[1]
        under = int((PILE_RIGHT - best.width - left) / max(PILE_RIGHT - left, 1e-9) * (len(all_costs) - 1))
        tallest = np.sort(all_costs)[::-1][min(max(under, 0), len(all_costs) - 1)]
        best.next_to([PILE_RIGHT, PILE_BASE + max(self.unit * tallest, MIN_BAR), 0], UP, buff=0.1, aligned_edge=RIGHT)
        level = PILE_BASE + self.unit * values["cost"]
        if best.get_bottom()[1] - 0.1 < level < best.get_top()[1] + 0.1:
            # over the average's line, not on it (review s23, digits 105-114 s: "best: 2.51" sat on it)
            best.next_to([PILE_RIGHT, level, 0], UP, buff=0.12, aligned_edge=RIGHT)
        self.show(best_label=[float(best.get_bottom()[1]), float(best.get_top()[1]), float(level)])
        # white: gold is the guess, orange the bars it cuts through
        # from the scale's line on: its numbers stay clear
        line = DashedLine([PILE_LEFT - 0.1, level, 0], [6.9, level, 0], color=t.text, stroke_width=4)
        self.cost_line = line
        # the second of the two numbers called cost, named as such (review 11c)
        # (its "average" said on the band itself, poured level: see below)
        result = VGroup(self.text("the network's cost:"),
                        self.text("{cost}", size="title", facts={"cost": f"{values['cost']:.2f}"}))
        # right of the middle: "training pushes it down" comes at the top left later
        result.arrange(RIGHT, buff=0.25).next_to([left + 0.6 * room, PILE_BASE + PILE_ROOM, 0], UP, buff=0.3)
        self.result = result
        # review ab-x1 s25 r2 (ONE change, tiny 93-105 s): "then we take their average" was a dashed
        # line and small words. The bars pour level: each bar's top moves to the average (peaks
        # down, dips up) into one flat band at the cost, the line-up's outline left behind it until
        # the band is level, and the band says so on itself
        pour = whole.copy()
        # review s33 r2 (digits: costs 2.51-3.55 on a scale from 0, the pour was hard to see): what
        # the tall bars have over the average, lit, flows into the room the short bars leave under it
        spill, room_left = (self.level_part(all_costs[order], values["cost"], left, room, over) for over in (True, False))
        self.show(level_parts={"over": polygon_area(spill), "under": polygon_area(room_left),
                               "unit": float(self.unit), "width": float(room)})
        # opaque: the outline of the poured bars under it is hidden, and it is one even colour
        band = skyline(np.full(len(all_costs), values["cost"]), left, room, PILE_BASE, self.unit, t.cost)
        band.set_fill(opacity=1.0)
        said = self.text("average of all {count} = the cost {cost}",
                         facts={"count": len(all_costs), "cost": f"{values['cost']:.2f}"})
        said.next_to([left + 0.15, level, 0], UP, buff=0.12, aligned_edge=LEFT)
        said = VGroup(SurroundingRectangle(said, buff=0.06, stroke_width=0, fill_color=t.background, fill_opacity=0.85),
                      said)
        within_frame(said, 0.1)
        self.show(average_band={"level": float(band.get_top()[1]), "base": PILE_BASE, "unit": float(self.unit),
                                "left": float(band.get_left()[0]), "right": float(band.get_right()[0]),
                                "label": [float(v) for v in (said.get_left()[0], said.get_right()[0],
                                                             said.get_bottom()[1], said.get_top()[1])]})
        # our bar as one plain bar from here on: outlined, its strips' lines would read as stripes
        first = bar(strips.width, strips.height, t.cost, 0.9).move_to(strips)
        fliers = [first, *bars]
        # the first example (the one worked above, the first of the few) in the sorted shape
        ours_x = float(spots[0])
        ours_top = PILE_BASE + max(self.unit * float(all_costs[values["examples"][0]]), MIN_BAR)
        pointer = Arrow([ours_x, ours_top + 0.9, 0], [ours_x, ours_top + 0.08, 0], color=t.focus, buff=0,
                        stroke_width=5, max_tip_length_to_length_ratio=0.3)
        # the words said, "Our example is this one" (review s35 r2, digits 111-114 s: said "our",
        # the label read "first example")
        named = screen.mark("our example")
        ours = VGroup(pointer, self.text(named).next_to(pointer, UP, buff=0.06))
        # its bar ringed in the line-up: bright, wider than the thin bar so it reads at 480p
        ring = Rectangle(width=max(3 * room / len(order), 0.25), height=ours_top - PILE_BASE + 0.16, stroke_color=t.focus,
                         stroke_width=3).move_to([ours_x, (ours_top + PILE_BASE) / 2, 0])
        self.show(ours_ring=[float(v) for v in ring.get_center()[:2]] + [float(ring.width), float(ring.height)])
        self.show(ours={"example": int(values["examples"][0]), "x": ours_x, "rank": int(rank[values["examples"][0]])})
        # each of the few to its own place in the line-up, as thin as a bar can be and still show,
        # in the shape's colour: the shape grows over them and they are part of it (review 12:
        # white lines left standing in the shape, never explained)
        # their numbers and pictures go first: fading as the bars flew, a frame caught ghosts of
        # both under thin bars (review k)
        # all before "we do it for all 1438": inside the words, "all 1438 practice examples"
        # was written 3 s after it was said (session 16)
        # review ab s29 (digits 87-96 s, tiny 78-90 s, ONE change): the few bars were swapped for
        # a solid slab at once, and which of its bars were the ones just seen was lost. They
        # stay: each goes to its own place in the line-up, thin but outlined in white, a key
        # names them ("the 8 examples we just saw"), and every other example's bar fills in beside them,
        # swept in from the left under them; they stand until the average is taken
        self.remove(strips)
        self.add(first)
        self.play(FadeOut(numbers), FadeOut(tags), run_time=0.4)
        key = self.worked_key(len(fliers), tag)
        # the chart's name and its lines under it step left of the key where they would meet it
        # ("the 8 examples we just saw" ran into "all 240 practice examples", s35)
        VGroup(tag, how).shift(min(0.0, key.get_left()[0] - 0.3 - tag.get_right()[0]) * RIGHT)
        # grown sideways only, standing on the ground: grown from its left edge's middle, a
        # frame caught it floating above the axis (review d1, 111 s)
        # and grown in the pause, before the words (review s24, tiny 84 s: frames caught the few
        # bars half-shrunk, the shape half-grown, as "we do it for all 240" went on)
        # as the few go to their places: one move, the chart never stands near empty (s29 frames)
        whole.save_state()
        whole.stretch(1e-3, 0, about_edge=LEFT)
        self.add(whole)
        self.bring_to_front(*fliers)   # the few stand over the others, seen among them
        self.play(*(b.animate.stretch_to_fit_width(FEW_WIDTH).move_to([x, PILE_BASE, 0], aligned_edge=DOWN)
                    .set_fill(t.cost, 1.0).set_stroke(t.focus, width=WORKED_STROKE, opacity=1.0)
                    for b, x in zip(fliers, spots)), FadeIn(key),
                  Restore(whole, rate_func=rate_functions.ease_in_sine), run_time=1.2)
        self.show(few_spots=[b.get_center()[0] for b in fliers], few_ranks=rank[values["examples"]])
        self.show(pile_settled=float(self.renderer.time),
                  worked_bars=[[float(b.get_center()[0]), float(b.get_bottom()[1]), float(b.height),
                                float(b.width)] for b in fliers],
                  worked_key=[float(v) for v in (key.get_left()[0], key.get_right()[0], key.get_bottom()[1],
                                                 key.get_top()[1])])
        with self.say("all") as tracker:
            self.play(FadeIn(tag), run_time=0.4)
            self.wait_before(tracker, "each", lead=0.5)
            self.play(FadeIn(how), FadeIn(worst, shift=0.1 * DOWN), run_time=0.5)
            # "our first example is this one": where its cost stands in the line-up (review 12: one
            # example's cost was never tied to the others'), a white arrow down to its bar
            # whole just before it is said, its bar ringed too, the ring kept through the average
            # (review r1t, 93-96 s: "Our example is this one" with nothing marked)
            self.wait_before(tracker, "ours", lead=1.1)
            self.play(FadeIn(ours, shift=0.2 * DOWN), Create(ring), run_time=0.5)
            if self.best_words():
                self.wait_until_bookmark("best")
                self.play(Indicate(worst[1], color=t.text, scale_factor=1.2), run_time=0.8)
            self.wait_until_bookmark("average")
            # the words before go first: no text over text (review 11c: 117 s)
            # "Then we take their average": the line the bars will stand level at is drawn across
            # them at once, the tall ones over it, the short under it (review ab-k1 s28, both
            # reviewers, digits 108-114 s: the bars stood still through "their average: pour the
            # tall bars into the short ones", the pour seen only as the cost was named)
            # the few go with the arrow: poured with the rest from here on (till then in the scene)
            self.show(worked_standing=[b in self.mobjects for b in fliers] + [key in self.mobjects])
            self.play(FadeOut(ours), FadeOut(key), *(FadeOut(b) for b in fliers), Create(line), FadeIn(spill),
                      run_time=1.0)
            self.show(average_line_at=float(self.renderer.time), worked_gone=float(self.renderer.time))
            # the pour on its own words, "pour the tall bars into the short ones, until all stand
            # level" (review ab s26, three reviewers: never said; tiny 93-99 s, digits 104-109 s)
            self.wait_until_bookmark("pour")
            # the line-up turns into its trace under its full copy, unseen: as the copy pours level,
            # the tops sink and leave their outline and a faint fill above the band, and where the
            # band rises over the short bars their old tops stay drawn on it, dark (review ab-k1 s27,
            # three of four: the old bars' faint trace showed "where the height went"); all gone once
            # level (x1-r1 s27: nothing above the line at the end; ab-k1 s26: no dimmed wedge left)
            whole.set_fill(opacity=POURED[2]).set_stroke(t.cost, width=POURED[0], opacity=POURED[1])
            tops = whole.copy().set_fill(opacity=0.0).set_stroke(t.background, width=POURED[0], opacity=POURED[3])
            self.add(pour, tops)
            self.add(spill, line)   # over the pouring band: the lit part, and the level the band rises to
            self.show(pour_from=float(self.renderer.time),
                      leftover_labels=[[float(v) for v in (m.get_left()[0], m.get_right()[0], m.get_bottom()[1],
                                                           m.get_top()[1])] for m in worst])
            # "worst: ..." and "best: ..." name bars poured away: they go as the bars pour (k1-r1,
            # 108-126 s: labels left pointing at nothing); "best" stood where the band comes
            # moving from its first frame (a smooth start stood still for a second), level by
            # "This is the network's cost"
            # so does "one bar per example ... worst on the left": once level there is no worst
            # (review s33 r2, digits 114-135 s: it stood under the level band)
            self.band = pour   # sunk to the trained network's cost at the end (sink)
            self.play(Transform(pour, band, rate_func=rate_functions.ease_out_sine), FadeOut(worst), FadeOut(how),
                      Transform(spill, room_left, rate_func=rate_functions.ease_out_sine),
                      run_time=max(1.5, min(4.0, tracker.time_until_bookmark("level") - 0.1)))
            self.show(average_poured=float(self.renderer.time), words_when_level=self.words_on_screen())
            # the ring's bar is poured level too: it goes as the line comes; the trace a moment later,
            # seen beside the level band: once level, nothing but the band stands (k1-r1, k1-r2:
            # leftovers)
            self.play(FadeIn(said), FadeIn(result), FadeOut(ring), run_time=1.0)
            self.show(pour_trace_level=float(self.renderer.time))
            self.wait(POURED[4])
            self.play(FadeOut(whole), FadeOut(tops), FadeOut(spill), run_time=0.8)
            self.show(pour_leftovers_gone=float(self.renderer.time))
            self.wait_until_bookmark("whole")
            self.play(Indicate(result[1], color=t.cost, scale_factor=1.15), run_time=1.0)
        self.goal(level)

    def level_part(self, costs: np.ndarray, average: float, left: float, width: float, over: bool) -> VMobject:
        """The sorted bars' part over the average (`over`: the tall bars' tops) or the room under it
        the short bars leave, as one lit shape on the chart; the two have the same area."""
        n = len(costs)
        xs = left + width * np.arange(n + 1) / n
        level = PILE_BASE + self.unit * average
        tops = PILE_BASE + self.unit * np.asarray(costs, dtype=float)
        pick = np.flatnonzero(tops > level if over else tops < level)
        high = tops[pick] if over else np.full(len(pick), level)
        low = np.full(len(pick), level) if over else tops[pick]
        upper = [(xs[k + j], h) for k, h in zip(pick, high) for j in (0, 1)]
        lower = [(xs[k + j], b) for k, b in reversed(list(zip(pick, low))) for j in (1, 0)]
        mob = VMobject(stroke_width=0, fill_color=self.theme.text, fill_opacity=SPILL_OPACITY)
        if upper:
            mob.set_points_as_corners(np.array([[x, y, 0.0] for x, y in upper + lower + upper[:1]]))
        return mob

    def worked_key(self, count: int, tag: Mobject) -> VGroup:
        """What the outlined bars in the line-up are: a small outlined bar and "the 8 examples we
        just saw", under the chart at its right, on the row of "all 1438 practice examples" (over
        the chart at the right, "first example" came over it, digits). "examples" is written out:
        "the 8 we just saw" read as a digit 8, the examples being pictures of digits (review s35)."""
        t = self.theme
        swatch = bar(0.14, 0.42, t.cost).set_stroke(t.focus, width=WORKED_STROKE, opacity=1.0)
        words = self.text("the {count} examples we just saw", facts={"count": count})
        key = VGroup(swatch, words).arrange(RIGHT, buff=0.15)
        key.move_to([PILE_RIGHT - key.width / 2, tag.get_y(), 0])
        within_frame(key, 0.1)
        return key

    def best_words(self) -> str:
        """"Even the best one is far from zero.", said when even the best example's cost is at
        least half the average (the useful point of the sorted shape, review 11c); else nothing."""
        costs = cost_values(self.history)["all_costs"]
        return "Even the best one is far from zero. " if costs.min() >= 0.5 * costs.mean() else ""

    def goal(self, level: float) -> None:
        """The point of it all: "a perfect network would score zero" (`flat_goal`), then training
        pushes the line down (an arrow, left of the cost's words) to where the trained network's
        cost stands (`sink`)."""
        t = self.theme
        x = PILE_LEFT + 1.8
        # down to the trained network's cost, nncore's last record (review s35 r3: the arrow went
        # halfway, to no number, and the band never moved)
        end = self.trained_top() + 0.12
        arrow = Arrow([x, level + 0.05, 0], [x, end, 0], color=t.text, buff=0,
                      stroke_width=8, max_tip_length_to_length_ratio=0.4 / max(level - end, 2.0))
        # beside the arrow, light on a dark plate over the shape (review m, s14: dark text on
        # orange was hard to read)
        words = self.text("training pushes it down", color=t.text)
        words.next_to([x + 0.25, (level + end) / 2, 0], RIGHT, buff=0.1)
        words = VGroup(SurroundingRectangle(words, buff=0.1, stroke_width=0, fill_color=t.background,
                                            fill_opacity=0.9), words)
        base = self.scale_marks[:2]   # the zero line and its number, there since the first bar
        self.flat_goal(base, arrow, words)

    def trained_top(self) -> float:
        """Where the band's top stands at the trained network's cost (the history's last record,
        over all practice examples): at least a sliver over the zero line, so it is seen."""
        return PILE_BASE + max(self.unit * float(self.history.final.cost), 0.03)

    def sink(self, level: float, x: float) -> None:
        """"For this network, training will bring it down to here": the band sinks from today's
        cost to the trained network's, the old level left as a dashed line, and "after training:
        0.02" written as it lands (review s35 r3: 20 s of one flat block that never changed)."""
        t = self.theme
        final = float(self.history.final.cost)
        top = self.trained_top()
        was = DashedLine([PILE_LEFT, level, 0], [PILE_RIGHT, level, 0], color=t.text, stroke_width=3)
        self.add(was)
        start = float(self.renderer.time)
        self.play(self.band.animate.stretch_to_fit_height(top - PILE_BASE, about_edge=DOWN), run_time=2.0)
        # landed, over the green zero line's thick stroke, which hid it (the arrow and words stay clear)
        self.bring_to_front(self.band)
        label = self.text("after training: {cost}", facts={"cost": f"{final:.2f}"})
        label.next_to([x + 0.25, top, 0], UP, buff=0.2, aligned_edge=LEFT)
        label = VGroup(SurroundingRectangle(label, buff=0.06, stroke_width=0, fill_color=t.background,
                                            fill_opacity=0.9), label)
        within_frame(label, 0.1)
        # the top's cost is the one before training now (review s36, digits 150 s, tiny 141 s: it
        # still read "the network's cost: 3.02" over a band at 0.02): its words go, then the new
        # ones come with the trained cost's (one after the other: no frame of the two overlapped)
        before = self.text("before training:").move_to(self.result[0], aligned_edge=RIGHT)
        self.play(FadeOut(self.result[0]), run_time=0.2)
        self.play(FadeIn(before), FadeIn(label), run_time=0.4)
        self.show(before_training={"words": before.original_text, "cost": self.result[1].original_text,
                                   "box": box_of(before), "number": box_of(self.result[1]),
                                   "t": float(self.renderer.time)})
        self.show(sunk={"final": final, "top": float(self.band.get_top()[1]), "base": PILE_BASE, "from": start,
                        "unit": float(self.unit), "t": float(self.renderer.time),
                        "label": [float(v) for v in (label.get_left()[0], label.get_right()[0],
                                                     label.get_bottom()[1], label.get_top()[1])]})

    def flat_goal(self, base: VGroup, arrow: Mobject, words: VGroup) -> None:
        """"A perfect network would score zero": an outline of every example's bar, in the right
        answers' green, presses down onto the zero line and stays there, "a perfect network:
        cost 0" written over the chart; the real chart and its average stay as they are (review
        tiny, 108 s: the chart itself was pressed down and sprang back, caught half-way it read
        as a rescaled chart); then training pushes the line down towards it."""
        t = self.theme
        note = self.text("a perfect network: cost 0", color=t.right)
        # right on the zero line it names, at the chart's right, on a dark plate over the band
        # (review ab-x1 s28, both reviewers, and ab-k1 r2: at the top left it stood far from the
        # green line at the bottom it meant, and that line was missed)
        note.next_to([PILE_RIGHT - 0.2, PILE_BASE, 0], UP, buff=0.22, aligned_edge=RIGHT)
        note = VGroup(SurroundingRectangle(note, buff=0.08, stroke_width=0, fill_color=t.background,
                                           fill_opacity=0.9), note)
        self.show(perfect_note=[float(v) for v in (note.get_left()[0], note.get_right()[0],
                                                   note.get_bottom()[1], note.get_top()[1])])
        ghost = self.whole.copy().set_fill(opacity=0).set_stroke(t.right, width=3, opacity=1.0)
        # already flat on the zero line, thick (a thin green line hid in the white one): pressed
        # down under the words, it traced today's costs in green as "cost 0" was written (review d1, 135 s)
        ghost.stretch(0.02, 1, about_edge=DOWN).set_stroke(width=9)
        with self.say("goal") as tracker:
            # in just before "zero" is said, at full brightness by then, in a blink: its dark plate
            # half faded over the orange read as a smudge (review s28 frames, digits 126 s, tiny 114 s)
            # (the plate and its words at once, only the green line fades in: review s37, digits
            # 138 s, a frame caught the plate alone, an empty dark box, the words still fading in)
            self.wait_before(tracker, "zero", lead=0.6)
            self.add(note)
            self._note_drawn(self.renderer.time, [note])   # (drawn without a play)
            self.show(perfect_note_at=float(self.renderer.time))
            self.play(FadeIn(ghost), run_time=0.4)
            self.wait_until_bookmark("zero")
            # the axis (its "0") lit in place: swollen with the line, its "0" stood off the frame's
            # left edge (test_clarity's lit texts, s35)
            self.play(Indicate(ghost, color=t.right, scale_factor=1.1), Indicate(base, color=t.right, scale_factor=1.0),
                      run_time=1.5)
            self.show(perfect_flat={"height": float(ghost.height), "bottom": float(ghost.get_bottom()[1]),
                                    "zero": PILE_BASE, "t": float(self.renderer.time),
                                    "worst": [float(self.whole.get_left()[0]), float(self.whole.get_top()[1])]})
            self.wait_until_bookmark("push")
            self.push_down(arrow, words, tracker)
            self.wait_until_bookmark("after")
            self.sink(arrow.get_start()[1] - 0.05, arrow.get_start()[0])
        # the landed level stands on after the words (digits: it landed a second before the end, one
        # frame of a sheet every 3 s caught it)
        self.wait(SUNK_HOLD)

    def push_down(self, arrow: Mobject, words: VGroup, tracker) -> None:
        """"Training means turning the dials ...": the words at full brightness at once (review
        w: caught half faded), then the arrow pushing the line down."""
        self.play(FadeIn(words), run_time=0.4)
        self.play(Create(arrow), run_time=max(0.6, min(2.0, tracker.duration / 2 - 0.4)))
