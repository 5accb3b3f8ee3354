"""Chapter "recap": the whole loop in one picture, with this run's real numbers.

Random start -> (guess -> measure -> blame -> step, repeated) -> test: labelled boxes with
small drawn icons, each lit as the narration names it, and the run's start and final cost,
its number of steps and its test accuracy. Beside the loop, descent's landscape, small, keyed
("low cost" to "high cost" over it): our
network's dot steps downhill on it each time the loop passes "nudge dials"; when the test
comes it moves, its walk drawn on it, to the top left, over the random start, and stays. For
2-D points, the practice points (as the random start guesses them) come with the guess; after the
test's score the test points, before and after training, take a screen of their own. On both sides
of the moved-picture why, one lamp, lit or dark, stands for our neuron and the convnet's stamp. With
a convnet (picture data), a test picture with a stamp sliding over it takes the loop's middle,
then a table on a frame of its own compares the two networks on unseen and on moved test
pictures. The chapter ends on one picture of the whole story: the loop, turning, with all of
our run's numbers, its landscape and its test round it.

    from scenes.output import studio
    studio.render_chapter("recap", "out/history.json", "/tmp/out", index=10)
"""
from __future__ import annotations

import math
from functools import cached_property
from types import SimpleNamespace

import numpy as np
from manim import (DOWN, LEFT, RIGHT, UP, AnimationGroup, Arc, Arrow, Circle, Create, CurvedArrow, DashedLine, Dot,
                   FadeIn, Flash, FadeOut, Indicate, Line, ManimColor, Mobject, MoveAlongPath,
                   Rectangle, RoundedRectangle,
                   ShowPassingFlash, Square, Succession, SurroundingRectangle, Text, Transform, TransformFromCopy,
                   UpdateFromAlphaFunc,
                   VGroup, VMobject,
                   angle_of_vector as angle_of, interpolate_color, linear, smooth)

from nncore.history import History
from nncore.network import classes_of
from scenes.kit.framing import box_of, within_frame
from scenes.narration import Markup
from scenes.kit.costmap import BANDS, colour_key, map_cells, map_ramp, ramp, upright_landscape
from scenes.kit.network_diagram import NetworkDiagram, layer_names, network_picture
from scenes.kit.chapter import PX_PER_POINT_480P, Chapter
from scenes.screen import mark
from scenes.kit.numbers import people
from scenes.kit.pictures import ShadedGrid, class_colors, digit_image, dot_cloud
from scenes.kit.plots import CostCurve
from scenes.kit.readings import (chosen_example, drawn_records, finding_stamp, first_pile, input_kind, moved_accuracies, percent,
                                 shift_picture, shifted_map, stop_reason, stop_step, stop_story)

BOX_SIZE = (2.4, 1.25)     # wide enough for "measure the cost" at the smallest readable size
# the loop, clockwise from the left: where each box sits
LOOP = {"guess": (-2.75, -0.15), "measure": (0.0, 1.7), "blame": (2.75, -0.15), "step": (0.0, -2.0)}
# test: above the stop line, its arrow comes up from it; in from the right edge, with the frame
# round "359 unseen examples" (review g2 s20: boxed against the edge); above the blame box's top
# with air (review w2 s21: 8 px beside it)
START_AT, TEST_AT = (-5.6, -0.15), (5.3, 1.4)
# over the test box, with a convnet: both networks' share right (review h 10: the loop was
# dropped for a card of its own); the rows' names end at the first column
# the networks' names and numbers at the label size (review 11b: about 11 px, small and tucked away)
# the comparison has the frame to itself (review ab2 10: crammed top right, level with the title):
# a 2 x 2 table, big, the test picture beside its first row and the same picture moved beside the second
TABLE_COLUMNS = (-0.6, 1.35, 4.75)  # the rows' names end near here (0.2 clear of the table); our column; the convnet's
TABLE_TOP, TABLE_ROW = 2.3, 1.8     # the networks' names; the rows under them, a picture's height apart
TABLE_CELL = (3.4, 1.8)             # a result's cell: wide, tall
# the pictures beside the rows: their middle, their height (90 px); clear of "moved 1 square" (0.2)
TABLE_PICTURE_X, TABLE_PICTURE = -4.15, 1.5
# the move shown before its row's scores: a test picture and the same moved, side by side where the
# second row will be, 120 px tall at 480p (15 px a square: the one-square move seen), its top
# (and the lines over it) under the first row's cells
PAIR_PICTURE, PAIR_RAISE = 2.0, -0.3
# why the convnet holds up and ours does not (review ab2-r s29, 81-86 s: 46% against 71% with no
# why; s31 r2: the convnet's side alone, "same score: 3.59" unexplained): side by side, our
# network's neuron left (its dials under the picture's ink, then the moved ink), the convnet's
# stamp right (on the picture, then sliding over the moved one): four 8 x 8 grids, 21 px a square
WHY_PICTURE, WHY_Y, WHY_HEAD_Y = 2.8, 0.35, 2.5
WHY_XS = (-5.25, -1.9, 1.9, 5.25)     # ours as tested, ours moved; the convnet's as tested, moved
WHY_UNDER = 0.15                    # a grid's lamp: this far under it
# one lamp for both networks (review s35 r2, digits 93-108 s: "lights up 0.96" beside "fits 3.59"
# were two scales that invited a false comparison): each lamp as bright as its share of its own
# light on the picture as tested, "lit" at half of it or more, else "dark"; no raw numbers
LAMP_R, LAMP_HALO, LIT = 0.24, 1.9, 0.5   # the bulb's radius (29 px across at 480p); its halo, times that; lit from this share
WHY_STROKE = 0.5                    # a square is the stroke's when its ink is at least this (0..1): its outline
WHY_SHADE = 0.7                     # the dials off the stroke: dimmed this much, those under it stand out
CLOSE_X, CLOSE_Y = -0.6, -2.85      # the last words, under the loop, above the bottom 0.9 units
PAIR_HOLD = 1.8   # s: the moved picture beside the same unmoved, still, before the scores
CONV_TITLE_AT = (-4.6, 1.9)       # "convnet" over the loop's empty top left (review s32 r2, 63-69 s: the
                                  # switch to the convnet was invisible, the same loop, nothing named)
STAMP_ICON = 1.7                  # the convnet's picture, in the loop's middle: 100 px at 480p (review l 10:
                                  # in the guess box it read as a 20 px smudge)
# descent's landscape, small, in the right third until the test comes (review l 10, its ONE
# change): our network's dot steps downhill on it each time the loop passes "nudge dials"
MAP_AT, MAP_SIDE = (5.6, 1.2), 2.9    # its centre; its side (174 px at 480p; review g2/v2 s20: 150 px was small)
# the first laps' steps are a pixel or two on the whole map: a round close-up on it shows them
# magnified (the same map, the same path), one notch a lap, till the count races (review g2/v2 s20)
LENS_R, LENS_STEPS, LENS_MOST = 0.7, 6, 40.0   # its radius; the steps it is sized to hold; its most magnification
CHART_LABEL_PX = 22                   # the chart's numbers and words: this font size at 480p (review g2 s20: 14 px drew ~9 px grey digits)
SCORE_STANDS = 1.0                    # seconds our "96% right" stands after its words, before the convnet
# when the test comes, the landscape is not dropped: it moves to the top left, above the random
# start, its walk drawn on it, and stays to the end (the one picture gathers the story: issue 11,
# s22's single change); 0.85 of its size, its name as big as before (148 px at 480p)
MAP_KEPT_AT, MAP_KEPT_SCALE = (-5.45, 1.9), 0.85
MAP_FINE = 4                          # drawn cells per grid gap (descent's 8 is finer than 138 px needs)
# the run's cost over its steps: the bottom right, clear of the loop (review 10b: squeezed
# under the blame box at 120 px wide, its label touching the box)
TIMELINE_X, TIMELINE_Y = (3.85, 6.45), -2.5  # its axis's ends, and the axis's height: the words
CHART_HEIGHT = 0.8                          # under it clear of a player's control bar (reviews 10d, 11d),
                                            # why it stopped over it clear of the blame box
TIMELINE_RIGHT = 6.9
# the count: from "And then it all starts again", a few slow laps of one step each (the laps
# elsewhere take 1.6 s), then laps of under a second through the next words, to the run's steps
SLOW_LAPS, LAP_TIME, FAST_LAP = 2, 1.2, 0.8
# the slow laps go on this much longer after the loop's words, quiet: the chapter's longest words
# (with the close-up said, review s35) left tiny 9.6% quiet, under the 10% a chapter needs
LOOP_QUIET = 1.2
CLIMB_LEAD = 0.6         # the count climbs from this long before "Lap after lap" to the number
READING_BELOW = 0.2      # the dot's cost: this far under the map, off its path (review u2 s18: on the path)
# the practice points themselves, for 2-D points (review ab2-r s29, tiny: "guesses all its practice
# examples" over an empty middle, no point anywhere in the recap): in the loop's middle from the
# guess till the blame, each coloured by the guess of the random dials; its side, its name's room
# review ab2-r s30 (tiny, its one change): 90 px in the loop's middle, the two sands read as one tan:
# twice the area, in the empty top left over the random start (the landscape's mirror), its name
# over it at the label size, the dots bigger, through "The cost measures how wrong it was"
POINTS_AT, POINTS_SIDE, POINT_RADIUS = (-5.6, 1.95), 2.6, 0.065
# a points panel's title starts no further left than this, over the panel, clear of the frame's top
# left corner (review r2, tiny 12 s and 54 s: "coloured by its guess", "before: 31 of 60 right"
# were read cut off there, where the frames' time stamps go)
TITLE_LEFT = -5.0
RING = 2.2               # a test point guessed wrong: ringed, this many times its radius
KEY_DOT = 1.6            # a class's dot in the panel's key: this many times a point's radius
# the unseen tests before and after training, on a screen of their own as "Before training" is said
# (review s35 r2, tiny 63-75 s: squeezed into corners, the "after" panel on a loop arrow read as a
# part of the loop): side by side, each 264 px at 480p, their middles here, clear of the title
# above and the player's controls below
RESULT_XS, RESULT_Y, RESULT_SIDE = (-3.6, 3.6), -0.35, 4.4
RING_GROWN = 1.4         # the mistakes' circles, as they are named: this many times bigger, twice as thick
SWAP_BACK = 0.5          # seconds the tests' screen takes to give the loop its place back, in the pause after its words
# the small network in the loop's middle, between the guess and blame boxes: its width and height,
# its middle's height; low enough to leave its layers' names ("inputs", "hidden", "outputs") room
# under it above the step box (review s32, digits: "64 16 10" stood over it unexplained)
NET_SIZE, NET_Y = (2.6, 1.5), 0.1
NET_LABEL_PX = 27        # its layers' sizes over it: this font size at 480p, digits ~14 px tall (the label size, 18.8, drew ~10 px)
BLAME_OVER = 0.15        # blame's arrow back reaches this far past the outer columns
NET_DRAWN = 6            # neurons drawn a layer (3, an ellipsis, 3): wires that a flash can be seen on
# the practice pile, for pictures (review s32, digits: "guesses a small pile of practice examples"
# with no example anywhere): the first step's pile, real pictures, in the empty top left over the
# random start (where 2-D points stand), its size over it and how many there are in all under it
PILE_SHOWN, PILE_ROW = 10, 5     # pictures drawn at most; in rows of this many
PILE_PICTURE, PILE_GAP = 0.62, 0.08   # a picture's side (37 px at 480p) and the air between two
PILE_TOP_LEFT = (-6.9, 2.75)     # the pictures' top left corner: clear of the title and the guess box
EXIT_LABELS = {             # over "stopped: step N", where the way out starts: when training ends
    "converged": mark("when it stops getting better"),
    "target_accuracy": mark("when it reaches its target"),
    # the number of rounds was set before it began, as training says (review tiny s17: "no
    # practice rounds left" read as running out of data)
    "max_epochs": mark("planned rounds done"),
    "plateau": mark("planned rounds done"),
    "diverged": mark("when the cost blows up"),
}

PLANNED_ENDS = {            # after "It stopped because": the rounds were set before it began
    "max_epochs": "it had done all the practice rounds set before it began",
    "plateau": "it had done all the practice rounds set before it began, stuck on a flat stretch",
}


# --- values from the history ---

def _out(side: str) -> np.ndarray:
    """The outward direction of a box side named like its getter ("get_top")."""
    return {"get_top": UP, "get_bottom": DOWN, "get_left": LEFT, "get_right": RIGHT}[side]


def recap_values(history: History) -> dict:
    """The run in four numbers: cost at the start and the end, steps taken, test accuracy;
    and why it stopped, against its lowest cost and the rounds it had."""
    return {"start_cost": history.records[0].cost, "final_cost": history.final.cost,
            "steps": int(stop_step(history)),
            "test_accuracy": history.final.test_accuracy,
            "stop": stop_story(history)}


def stop_words(story: dict, final_cost: float, places: int = 2) -> str:
    """After "It stopped because ...": for a run that ran out of rounds, whether stopping at
    its lowest cost would have made a difference (said only when it would, to the chapter's
    decimals, `cost_words`: issue 11; "It stopped because it used up its practice rounds" is said once here and once in
    training, the rounds' count is training's); for one that stopped itself early, why that
    was right."""
    if story["ran_out"] or story["reason"] == "plateau":
        lowest = story["lowest_cost"]
        low, end = cost_words(lowest, places), cost_words(final_cost, places)
        if story["lowest_step"] != story["step"] and low != end:
            return f"Its lowest cost, {low}, came earlier, at step {story['lowest_step']}; it ended at {end}."
        return ""
    if story["reason"] == "diverged":
        return "Going on would only have made it worse."
    if story["reason"] == "target_accuracy":
        return "It was good enough, so it stopped early, with rounds to spare."
    return "More rounds would not have helped, so it stopped early, with rounds to spare."


def cost_places(history: History) -> int:
    """Decimals for every cost the chapter writes or says: two, or three when two would write
    the first step's start and end alike (the tiny run: 0.261 -> 0.256, "0.26 -> 0.26" read as
    no change). One rounding for the whole chapter (review s34, tiny: "0.26" in one place and
    "0.261" in another read as two numbers)."""
    records = drawn_records(history)
    start, after = records[0].cost, next(r for r in records if r.step >= 1).cost
    return 2 if f"{start:.2f}" != f"{after:.2f}" else 3


def cost_words(cost: float, places: int) -> str:
    """A cost as the chapter writes and says it: `places` decimals (`cost_places`)."""
    return f"{cost:.{places}f}"


BIG_FIRST_STEP = 0.25       # the first step takes off more than this share of the cost: not "a little"


def first_step_words(history: History) -> dict[str, str]:
    """How the first step is said (review s34, digits 21-27 s: "nudged a little downhill" while
    the screen wrote "cost 3.02 -> 1.14"): "a little" only when it takes off at most
    BIG_FIRST_STEP of the start's cost; else just "downhill", and the drop said with the numbers
    the screen writes (`cost_words`). Either way the close-up is said as it comes (review s34,
    tiny: the circle came unsaid after a small first step)."""
    start = history.records[0].cost
    one = next(r for r in drawn_records(history) if r.step >= 1)
    if start - one.cost <= BIG_FIRST_STEP * start:
        return {"nudge_words": "a little",
                "first_words": Markup("<bookmark mark='lens'/>This first step is so small "
                                      "that a circle zooms in on the map to show it. ")}
    return {"nudge_words": "",
            # (its start, said once already, not again: "the cost was 3.02")
            "first_words": Markup(f"<bookmark mark='first'/>This first step alone takes the cost down to "
                                  f"{cost_words(one.cost, cost_places(history))}. "
                                  # review r2 (digits 24-36 s): the dot had barely moved, still on orange,
                                  # beside "cost 1.14": the map turns only two dials, the close-up said;
                                  # "Yet", "looks" (review s35 r2: "takes the cost down to 1.14" then "the
                                  # step is tiny" sounded contradictory)
                                  f"<bookmark mark='lens'/>Yet on this map of just two dials, the step looks tiny: "
                                  f"the circle zooms in. ")}


def lap_pace(records: list, after: int, laps: int):
    """The record standing at each moment (alpha) of `laps` slow laps from step `after`: one
    step more each time the runner passes "nudge dials", three quarters into its lap."""
    by_step = {int(r.step): r for r in records}

    def pace(alpha: float):
        u = alpha * laps
        passed = int(np.floor(u - 0.75)) + 1 if u >= 0.75 else 0
        return by_step.get(after + passed, records[-1])
    return pace


def even_pace(records: list, laps: int, after: int = 0):
    """The record standing at each moment (alpha) of `laps` laps that count from step `after`
    to the last record at an even pace in steps, done as the last lap passes "nudge dials".
    Even in steps, not in records: the first 100 steps have a record each, and counted record
    by record they held a fifth of the count, their noisy costs caught in a still (review s16)."""
    steps = np.array([r.step for r in records], float)

    def pace(alpha: float):
        share = min(1.0, alpha * laps / (laps - 0.25))   # no easing: an ease-in dwelt on the first steps
        goal = after + share * (steps[-1] - after)
        return records[max(0, int(np.searchsorted(steps, goal, side="right")) - 1)]
    return pace


# a few of our network's real dials, as knobs in the loop's empty bottom left (review s35 r2:
# "dials" is the chapter's key word and no dial was ever on screen): they spin as "random dials"
# is said, land on their real starting values, and turn to each step's real values as the loop
# passes "nudge dials"; a faint pointer keeps where each started
DIALS_SHOWN = 4
# the row's middle, clear of "cost 3.02" over it and of "gradient descent" to its lower right; a knob's
# radius (18 px at 480p); centre to centre, each knob's scale clear of the next's
DIALS_AT, DIAL_R, DIAL_GAP = (-5.3, -2.1), 0.3, 0.86
DIAL_SCALE = 1.2              # a knob's scale: an arc round it, this many times its radius
DIAL_SWEEP = 0.75 * np.pi     # a pointer: straight up at 0, this far round at the dial's largest size in the run
DIAL_SPINS = (1, -2, 1, -1)  # whole turns each knob spins as "random dials" is said, before landing


def chosen_dials(history: History, count: int = DIALS_SHOWN) -> list[tuple[int, int, int]]:
    """(layer, row, column) of the `count` weights the first step turns most for their size over
    the run: the knobs whose nudge can be seen (most of a big network's dials barely move)."""
    snaps = history.snapshots
    flat = np.array([np.concatenate([np.ravel(w) for w in s.weights]) for s in snaps])
    reach = np.maximum(np.abs(flat).max(axis=0), 1e-12)
    first = np.abs(flat[min(1, len(snaps) - 1)] - flat[0]) / reach
    shapes = [np.shape(w) for w in snaps[0].weights]
    offsets = np.cumsum([0] + [int(np.prod(sh)) for sh in shapes])
    picks = []
    for i in sorted(np.argsort(-first, kind="stable")[:count]):
        layer = int(np.searchsorted(offsets, i, side="right") - 1)
        row, col = np.unravel_index(int(i - offsets[layer]), shapes[layer])
        picks.append((layer, int(row), int(col)))
    return picks


def dial_values(history: History, picks: list, step: int) -> np.ndarray:
    """The picked weights at `step` (the snapshot standing then), as nncore recorded them."""
    weights = history.snapshot(step).weights
    return np.array([float(np.asarray(weights[k])[r, c]) for k, r, c in picks])


def dial_reach(history: History, picks: list) -> np.ndarray:
    """Each picked weight's largest size over the run: its knob's full turn."""
    return np.maximum(np.max([np.abs(dial_values(history, picks, s.step)) for s in history.snapshots], axis=0), 1e-12)


def dial_angle(value: float, reach: float) -> float:
    """A knob's pointer angle (radians, 0 = right): straight up at 0, clockwise for a dial above
    zero (as a volume knob turns up), up to DIAL_SWEEP at its largest size in the run."""
    return float(np.pi / 2 - DIAL_SWEEP * np.clip(value / reach, -1.0, 1.0))


def stroke_missed(history: History, image: np.ndarray, moved: np.ndarray) -> dict:
    """Our network's middle neuron whose glow drops most when the picture moves one square (its
    last weights, nncore's forward pass): its dials, and its glow on the picture and on the moved
    one. The neuron the move hurts most, said as "one of its neurons": the drop is its own."""
    net = history.network(history.snapshot().step)
    glows = net.forward(np.stack([np.ravel(image), np.ravel(moved)]).astype(float)).a[1]
    neuron = int(np.argmax(glows[0] - glows[1]))
    return {"neuron": neuron, "dials": np.asarray(net.weights[0][neuron], float),
            "glow": float(glows[0, neuron]), "glow_moved": float(glows[1, neuron])}


def lamp_words(share: float, first: bool) -> str:
    """A lamp's word: "lit" at LIT of its light as tested or more ("still lit" on the moved
    picture: staying on is the point), else "dark"."""
    if share < LIT:
        return mark("dark")
    return mark("lit") if first else mark("still lit")


def stroke_spotlight(stroke: np.ndarray, grid: ShadedGrid, color: str, background: str) -> VGroup:
    """A picture's `stroke` (a True/False grid) on `grid`: its `outline` (every side a stroke square
    shares with a square off the stroke, or with the edge) and a `shade` dimming every square off
    the stroke, so the dials under it stand out; the shade runs a square past each side in the
    background's colour (unseen off the grid), so it still covers the grid when slid one square."""
    rows, cols = stroke.shape
    inked = lambda r, c: 0 <= r < rows and 0 <= c < cols and bool(stroke[r, c])
    corner = lambda r, c: grid.center_of(r, c)        # the top left corner of square (r, c)
    outline = VMobject(stroke_color=color, stroke_width=5).set_z_index(2)
    for r, c in zip(*np.nonzero(stroke)):
        for dr, dc, a, b in ((-1, 0, (r, c), (r, c + 1)), (1, 0, (r + 1, c), (r + 1, c + 1)),
                             (0, -1, (r, c), (r + 1, c)), (0, 1, (r, c + 1), (r + 1, c + 1))):
            if not inked(r + dr, c + dc):
                outline.start_new_path(corner(*a))
                outline.add_line_to(corner(*b))
    shade = VGroup(*(Square(grid.cell, stroke_width=0, fill_color=background, fill_opacity=WHY_SHADE)
                     .move_to(grid.center_of(r + 0.5, c + 0.5))
                     for r in range(rows) for c in range(-1, cols + 1) if not inked(r, c))).set_z_index(1)
    return VGroup(shade, outline)


# --- icons: a few strokes each, no text but a tick ---

def die_icon(color: str) -> VGroup:
    """Random start: a die showing three."""
    face = RoundedRectangle(corner_radius=0.08, width=0.5, height=0.5, stroke_color=color, stroke_width=2.5)
    pips = VGroup(*(Dot(face.get_center() + 0.13 * k * (LEFT + UP) * -1, radius=0.045, color=color)
                    for k in (-1, 0, 1)))
    return VGroup(face, pips)


def guess_icon(color: str) -> VGroup:
    """Guess: two inputs feeding one output."""
    ins = [Circle(0.07, stroke_color=color, stroke_width=2).move_to([-0.25, y, 0]) for y in (0.15, -0.15)]
    out = Circle(0.09, stroke_color=color, stroke_width=2, fill_color=color, fill_opacity=1).move_to([0.25, 0, 0])
    lines = [Line(c.get_right(), out.get_left(), stroke_color=color, stroke_width=2) for c in ins]
    return VGroup(*lines, *ins, out)


def measure_icon(cost_color: str, guess_color: str, answer_color: str, axis_color: str) -> VGroup:
    """Measure: a gap, as the cost chapter drew it: the guess's bar (yellow) beside the right
    answer's (green), the gap between their tops in orange (review w 10: a falling cost curve
    here read as training's progress, not as measuring)."""
    floor = -0.25
    base = Line([-0.35, floor, 0], [0.35, floor, 0], stroke_width=2, stroke_color=axis_color)
    guess = Rectangle(width=0.2, height=0.18, stroke_width=0, fill_color=guess_color, fill_opacity=1)
    guess.move_to([-0.2, floor + 0.09, 0])
    answer = Rectangle(width=0.2, height=0.5, stroke_width=0, fill_color=answer_color, fill_opacity=1)
    answer.move_to([0.05, floor + 0.25, 0])
    x = 0.27
    gap = VGroup(Line([x, floor + 0.18, 0], [x, floor + 0.5, 0], stroke_width=4, stroke_color=cost_color),
                 *(Line([x - 0.06, y, 0], [x + 0.06, y, 0], stroke_width=3, stroke_color=cost_color)
                   for y in (floor + 0.18, floor + 0.5)),
                 DashedLine([-0.3, floor + 0.18, 0], [x, floor + 0.18, 0], stroke_width=1.5,
                            stroke_color=cost_color, dash_length=0.04))
    return VGroup(base, guess, answer, gap)


def blame_icon(color: str, neuron_color: str) -> VGroup:
    """Blame: a neuron in blame's ring (as backprop drew it), the blame running back from it."""
    neuron = Circle(0.1, stroke_color=neuron_color, stroke_width=2).move_to([0.22, 0, 0])
    ring = Circle(0.17, stroke_color=color, stroke_width=4).move_to(neuron)
    arrow = Arrow([0.02, 0, 0], [-0.4, 0, 0], buff=0, color=color, stroke_width=4, max_tip_length_to_length_ratio=0.35)
    return VGroup(neuron, ring, arrow)


def step_icon(slope_color: str, ball_color: str, step_color: str) -> VGroup:
    """Step: a ball on a slope, with the step's arrow pointing downhill (yellow, as descent
    drew the step; white there was the slope, uphill: review 12)."""
    top, foot = np.array([-0.4, 0.22, 0]), np.array([0.4, -0.22, 0])
    along = (foot - top) / np.linalg.norm(foot - top)
    up = np.array([-along[1], along[0], 0])
    ball = Dot(top + 0.2 * along + 0.08 * up, radius=0.08, color=ball_color)
    nudge = Arrow(top + 0.38 * along + 0.1 * up, top + 0.85 * along + 0.1 * up, buff=0, color=step_color,
                  stroke_width=3, max_tip_length_to_length_ratio=0.4)
    return VGroup(Line(top, foot, stroke_color=slope_color, stroke_width=3), ball, nudge)


def repeat_icon(color: str) -> VGroup:
    """Repeat: a circular arrow."""
    arc = Arc(radius=0.28, start_angle=np.pi / 2, angle=1.6 * np.pi, stroke_color=color, stroke_width=3)
    arc.add_tip(tip_length=0.14, tip_width=0.14)
    return VGroup(arc)


def test_icon(color: str, font: str) -> VGroup:
    """Test: a tick."""
    return VGroup(Text("\u2713", font=font, font_size=36, color=color))


# --- the scene ---

class Recap(Chapter):
    """The loop of the whole video in one picture, lit step by step, with this run's numbers."""

    name, title = "recap", "Recap"

    def facts(self) -> dict[str, object]:
        v = recap_values(self.history)
        conv = self.history.convnet
        places = self.places
        return {**super().facts(),
                # said as the screen writes them: one rounding for the chapter
                "start_cost": cost_words(v["start_cost"], places), "final_cost": cost_words(v["final_cost"], places),
                "cost_words": ("fell" if v["final_cost"] < v["start_cost"] else "went"),
                **first_step_words(self.history),
                # chapter 7 showed a pile of examples per step: the recap says the same
                "guess_words": ("guesses a small pile of practice examples"
                                if self.history.config.get("batch_size")
                                and self.history.config["batch_size"] < len(self.history.split("train")[0])
                                else "guesses all its practice examples"),
                "stop_words": stop_words(v["stop"], v["final_cost"], places),
                # a planned end said as planned, as training says it (review tiny s17: "used up
                # all its practice rounds" sounded like running out of data)
                **({"stop_reason": PLANNED_ENDS[stop_reason(self.history)]}
                   if stop_reason(self.history) in PLANNED_ENDS else {}),
                # the convnet's own result, said beside its own note (never our network's)
                "conv_score": ("" if conv is None else
                               f"On the same tests, it got {round(100 * conv.final.test_accuracy)} "
                               "percent right."),
                "tested_words": self.tested_words(),
                **self.moved_words()}

    def tested_words(self) -> str:
        """2-D points (review r2, tiny 54-60 s: the before/after panels were never said): the
        random start's and the trained network's right guesses on the unseen tests (nncore's
        forward pass at step 0 and at the stop), the rings said as its mistakes; else nothing."""
        if input_kind(self.history) != "point":
            return ""
        x, y = self.history.split("test")
        truth = classes_of(y)
        before, after = (int((self.history.network(s).guesses(x) == truth).sum()) for s in (0, stop_step(self.history)))
        n = len(truth)
        toss = ", about a coin toss" if abs(before / n - 1 / len(self.history.labels)) <= 0.1 else ""
        circles = "; the circles are its mistakes" if before < n else ""
        # the number of tests is written on the panels' titles, not said again (headline numbers
        # are said at most twice in the whole video: this made it four)
        now = "every one" if after == n else str(after)
        return Markup(f"<bookmark mark='before'/>Before training, it got {before} right{toss}"
                      f"<bookmark mark='circles'/>{circles}. <bookmark mark='after'/>After, {now}. ")

    @cached_property
    def moved(self) -> tuple[float, float] | None:
        """Both networks' share right on the moved test pictures, worked out once: the words
        and the note read the same numbers."""
        return moved_accuracies(self.history)

    def moved_words(self) -> dict[str, str]:
        """Both networks on the test pictures moved one square, as the convnet chapter showed:
        where a convnet's stamps pay off (review 10b: the recap gave only 97% against 96%).
        The move said first, while a test picture and the same moved are drawn side by side,
        then the scores (review ir s29: "moved one pixel, ours got 46 percent" came with no
        picture of the cause; the intro calls them squares)."""
        if self.moved is None:
            return {"moved_words": "", "moved_score": ""}
        ours, conv = (round(100 * a) for a in self.moved)
        return {"moved_words": "Now every test picture moves one square.",
                "moved_score": f"Ours got {ours} percent, the convnet {conv} percent."}

    def construct(self) -> None:
        values = recap_values(self.history)
        self.show(**values)
        boxes = self.build_boxes()
        arrows = self.build_arrows(boxes)
        middle = self.middle_numbers(values)
        # "the whole story in one picture": its outline and each box's name stand from the
        # first frame (a title alone read as a blank screen; review l 10: empty boxes for 3 s);
        # each box fills in as it is named
        # descent's landscape in the right third from the first frame, named (review p 10: it
        # popped in unlabelled at 3 s over an all-dim picture); our network's dot on it at the start
        walk = self.landscape()
        self.add(self.outline(boxes, arrows), self.outline_words(boxes), walk["map"])
        self.heading = self.show_title()
        self.runner = Dot(radius=0.09, color=self.theme.focus)   # goes round the loop: one lap, one step
        dials = self.dial_row()
        shown: dict[str, VGroup] = {}     # the boxes on screen so far: each comes when it is named
        self.pointer: Mobject | None = None   # the white frame round what is said (point_at)
        with self.say("start") as tracker:
            # the random start box, lit and full, as "It all begins with random dials" begins
            self.wait_before(tracker, "start", 0.7)
            self.reveal(shown, boxes, "start", middle["start"], walk["dot"], walk["reading"], dials.group)
            self.note_step(walk, 0)
            # "random dials": a few of its real dials spin through the words and land where the
            # random start set them, before the cost they give is said
            self.show(dials_spin_from=round(float(self.renderer.time), 3))
            self.play(dials.spin(), run_time=max(1.2, min(2.4, tracker.time_until_bookmark("first_cost") - 0.5)))
            dials.started()
            self.show(dials_start={"at": round(float(self.renderer.time), 3), "angles": dials.drawn(),
                                   "start_said": round(float(tracker.bookmark_times["start"]), 3),
                                   "cost_said": round(float(tracker.bookmark_times["first_cost"]), 3)})
            # the first cost, pointed at as it is said (review s16: 4 s of a still start box)
            self.wait_before(tracker, "first_cost", 0.4)
            self.play(self.point_at(middle["start"]), run_time=0.4)
        # what the network guesses: the practice points, or a pile of practice pictures
        points = self.guess_points()
        points = self.practice_pile() if points is None else points
        with self.say("loop") as tracker:
            # "Then comes the loop": a flash runs round the loop's faint outline before its
            # first box is named (review s16: nothing moved from 4 s to 12 s)
            self.play(self.round_the_outline(arrows), *self.unpoint(),
                      run_time=max(0.5, min(1.2, tracker.time_until_bookmark("guess") - 0.7)))
            into = [arrows["in"]] + arrows["loop"][:3]    # each arrow leads into the box named
            for key, arrow in zip(LOOP, into):
                self.wait_before(tracker, key, 0.6)    # whole as it is named (s16: caught half faded in)
                # descent's step size, recalled at the box that takes the step
                # the practice points come with the guess box, whole as it is named (s30: caught half faded in)
                self.reveal(shown, boxes, key, arrow, *([middle["step_size"]] if key == "step" else []),
                            *([points] if key == "guess" and points is not None else []))
                if key == "guess" and points is not None:
                    self.show(**{"guess_points_at" if input_kind(self.history) == "point" else "pile_at":
                                 round(float(self.renderer.time), 3)})
                if key == "blame":
                    # "The blame flows back to every dial": our network, small, in the loop's
                    # middle, blame (violet) running back from its outputs through every wire
                    # (review d2 s18, its one change: no network or dial anywhere in the recap)
                    net = self.small_network()
                    self.show(blame_net_at=round(float(self.renderer.time), 3),
                              blame_said=round(float(tracker.bookmark_times["blame"]), 3))
                    self.play(FadeIn(net), *([FadeOut(points)] if points is not None else []), run_time=0.3)
                    # for pictures, with an arrow pointing back, outputs to inputs, drawn as the blame
                    # runs (review s33, digits: the loop's clockwise arrow was the only one, "flows
                    # back" shown going forward; the points' recap, reviewed well, is kept as it was)
                    back = [self.blame_arrow(net)] if input_kind(self.history) == "image" else []
                    pulses = [net.pulse_layer(i, reverse=True, color=self.theme.gap, time_width=0.5, run_time=0.7)
                              for i in reversed(range(len(net.sizes) - 1))]
                    self.play(Succession(*pulses), *(Create(a, run_time=0.7 * len(pulses)) for a in back))
            # "Each dial is nudged": its dials turn to the run's first step's (the real ones)
            # and the knobs turn to their values after the first step, as "nudged" is said
            self.play(net.morph_to(self.history.snapshot(1).weights, self.history.snapshot(1).biases), *map(FadeOut, back),
                      dials.turn(0, 1), run_time=0.8)
            self.show(dials_first={"at": round(float(self.renderer.time), 3), "angles": dials.drawn(),
                                   "step_said": round(float(tracker.bookmark_times["step"]), 3)})
            # "a little downhill": one lap is one step, the run's first (review e2/u2 s18: the dot
            # walked to a record a visible way off, "cost 0.81", where training said the first
            # step took the cost from 3.02 to 1.14). On this map of 2 dials one step is a pixel
            # or two: the dot is ringed, and the loop's middle writes "1 step, cost 3.02 -> 1.14"
            self.wait_before(tracker, "downhill", 0.2)
            records = drawn_records(self.history)
            one = next(r for r in records if r.step >= 1)
            self.show(downhill_at=round(float(tracker.bookmark_times["downhill"]), 3), first_walk=int(one.step))
            # every cost to the chapter's decimals (`cost_places`: three on tiny, whose first step
            # two would write "0.26 -> 0.26"), from the start box's to the last
            steps_text, costs_text = self.loop_numbers(one.step, values["start_cost"], one.cost)
            first_count = VGroup(steps_text.move_to(middle["steps"]), costs_text.move_to(middle["costs"]))
            # the cost chart comes, so the first step is seen on the map, the count and the chart
            # at once; the close-up comes later, as it is said (review s34, tiny: it came unsaid)
            why = self.stop_timeline(values["stop"])
            why["line"].reveal_to(0)
            self.play(FadeOut(net), FadeIn(why["line"]), run_time=0.4)
            self.play(walk["follow"](lambda a: one.step), self.draw_with(why["line"], lambda a: one), run_time=0.3)
            self.play(Flash(walk["dot"], color=self.theme.focus, flash_radius=0.3),
                      FadeIn(first_count), run_time=0.6)
            self.show(first_count=[steps_text.text, costs_text.text])
            self.wait_before(tracker, "size", 0.4)
            self.play(self.point_at(middle["step_size"]), run_time=0.4)
            # "gradient descent": written under the step box as it is said (review 11b: only a
            # frame came round the box; the words were never on screen)
            self.wait_before(tracker, "descent", 0.5)
            self.show(descent_at=round(float(tracker.bookmark_times["descent"]), 3))
            # the frame round the words alone (review v2 s20: round the box too, it cut across the
            # arrow back to "guess")
            self.play(self.point_at(middle["descent"]), FadeIn(middle["descent"], shift=0.15 * UP), run_time=0.5)
            frame = self.pointer
            self.show(descent_frame=box_of(frame, 3),
                      return_arrow=[[round(float(v), 3) for v in p[:2]] for p in arrows["loop"][3].points[::4]])
            if "first" in getattr(tracker, "bookmark_times", {}):
                # "This first step alone takes the cost from 3.02 to 1.14": the middle's "cost 3.02 ->
                # 1.14" swells as it is said (review s34: "a little" was said over that drop)
                self.wait_until_bookmark("first")
                self.play(Indicate(costs_text, color=self.theme.cost, scale_factor=1.25), run_time=1.0)
                self.show(first_step_said={"at": round(float(self.renderer.time), 3), "words": costs_text.text})
            # "a circle zooms in": the close-up, its ring on the map, comes as it is said, the first
            # step magnified in it, its dot flashing (an author's script without the words: at once)
            if "lens" in getattr(tracker, "bookmark_times", {}):
                self.wait_before(tracker, "lens", 0.1)
                self.show(lens_mark=round(float(tracker.bookmark_times["lens"]), 3))
            self.play(FadeIn(walk["lens"]), run_time=0.5)
            self.show(lens_in_at=round(float(self.renderer.time), 3))
            self.play(Flash(walk["lens_dot"], color=self.theme.focus, flash_radius=0.3), run_time=0.6)
            self.show(lens_said=round(float(self.renderer.time), 3))
            self.wait_until_bookmark("repeat")
            self.play(Create(arrows["loop"][3]), FadeIn(middle["repeat"]), self.light(shown, None),
                      *self.unpoint(), run_time=0.8)
            self.runner.move_to(arrows["loop"][0].get_start())
            self.play(FadeIn(self.runner, scale=2), run_time=0.3)
            # "it all starts again": a few slow laps, one step each, the dot stepping and the
            # count ticking as the runner passes "nudge dials", through the words and the pause
            # after them; the laps speed up only under the next words (review u2 s18: "650
            # steps, 0.26 -> 0.01" stood while "And then it all starts again" was said)
            slow = lap_pace(records, int(one.step), SLOW_LAPS)
            ticking, counter = self.count_up(records, middle, slow)
            self.remove(first_count)
            self.add(counter)
            self.show(count_from=round(float(self.renderer.time), 3))
            pause = self.pause_after_section
            seconds = max(SLOW_LAPS * LAP_TIME, tracker.get_remaining_duration() + pause + LOOP_QUIET)
            self.play(ticking, self.draw_with(why["line"], slow),
                      Succession(*(self.lap(arrows["loop"], shown) for _ in range(SLOW_LAPS))),
                      dials.follow(lambda alpha: slow(alpha).step), walk["follow"](lambda alpha: slow(alpha).step), run_time=seconds)
            self.pause_after_section = 0.0
        self.pause_after_section = pause
        with self.say("numbers") as tracker:
            # "One lap of the loop is one step": the words under the laps pointed at, the slow laps
            # of one step each going on; the count climbs only from "This network took", at an even
            # pace in steps, the dot on the landscape and the chart with it, to the run's steps as
            # "N steps" is said (review v2 s19: it raced through "one step" and stood at the end
            # before "took N steps"; review g2 s19: it raced from "And then it all starts again")
            self.play(self.point_at(middle["repeat"]), run_time=0.4)
            self.show(repeat_gap=round(float(self.pointer.get_bottom()[1] - middle["steps"].get_top()[1]), 3))
            more = max(1, int((tracker.time_until_bookmark("took") - CLIMB_LEAD) // LAP_TIME))
            slow2 = lap_pace(records, slow(1.0).step, more)
            ticking, counter2 = self.count_up(records, middle, slow2)
            self.remove(counter)
            self.add(counter2)
            self.play(ticking, self.draw_with(why["line"], slow2),
                      Succession(*(self.lap(arrows["loop"], shown) for _ in range(more))),
                      dials.follow(lambda alpha: slow2(alpha).step), walk["follow"](lambda alpha: slow2(alpha).step),
                      run_time=max(more * LAP_TIME, tracker.time_until_bookmark("took") - CLIMB_LEAD))
            # done as the number is said: "In all, this network took" ends at the bookmark; the
            # words before it ("Lap after lap, the dot walks downhill.") give the climb some 4 s
            # (review w2 s21, its one change: under 2 s, "3 steps" then "800 steps" in the stills)
            fast = max(0.8, tracker.time_until_bookmark("round") - 0.1)
            laps = max(2, round(fast / FAST_LAP))
            pace = even_pace(records, laps, slow2(1.0).step)
            ticking, counter3 = self.count_up(records, middle, pace)
            self.remove(counter2)
            self.add(counter3)
            walk["unlens"]()     # the close-up goes as the count races: the whole map again
            self.show(cost_places=self.places)
            # the frame onto the count and the close-up gone in the race's first second, not over
            # all of it (a frame half-way and a ghost of the close-up stood in its stills)
            early = lambda a: smooth(min(1.0, a * fast / 0.6))
            self.play(ticking, self.draw_with(why["line"], pace), self.point_at(middle["steps"], rate_func=early),
                      FadeOut(walk["lens"], rate_func=early),
                      Succession(*(self.lap(arrows["loop"], shown) for _ in range(laps))),
                      dials.follow(lambda alpha: pace(alpha).step), walk["follow"](lambda alpha: pace(alpha).step), run_time=fast)
            self.note_step(walk, int(records[-1].step))
            self.show(dials_last={"step": int(records[-1].step), "angles": dials.drawn()})
            self.remove(counter3)
            self.add(middle["steps"], middle["costs"])
            self.show(count_done_at=round(float(self.renderer.time), 3),
                      round_at=round(float(tracker.bookmark_times["round"]), 3),
                      took_at=round(float(tracker.bookmark_times["took"]), 3))
            # the numbers are talked about now, not a box (the guess box, where the laps ended,
            # stayed lit through the stop, the test and the convnet: review 10b); the final cost
            # and the dot's reading pointed at as "fell to" says it
            self.play(self.light(shown, None), run_time=0.3)
            self.wait_before(tracker, "cost", 0.3)
            self.play(self.point_at(middle["costs"]), Indicate(walk["reading"], color=self.theme.focus), run_time=0.6)
            self.show(cost_pointed_at=round(float(self.renderer.time), 3),
                      cost_said=round(float(tracker.bookmark_times["cost"]), 3))
        out = self.exit_arrow(why["label"], boxes["test"])
        with self.say("stop") as tracker:
            self.wait_until_bookmark("stop")
            # why it stopped, written where it stopped, as it is said (one label, bigger: review
            # 12 found 11 px words crowding the bottom right)
            self.play(FadeIn(why["stop"], scale=2), FadeIn(why["label"]), *self.unpoint(), run_time=0.6)
            self.play(Indicate(why["stop"], color=self.theme.focus, scale_factor=1.6), run_time=0.8)
            # the run's rounds, used up: a flash runs along its cost from the start to the stop
            # through the rest of the words (review s16: 9 s still over the section's end)
            self.play(ShowPassingFlash(why["line"].curve.copy().set_stroke(self.theme.focus, width=5), time_width=0.4),
                      run_time=max(1.0, tracker.get_remaining_duration()))
            pause, self.pause_after_section = self.pause_after_section, self.pause_after_section - 1.0
        self.pause_after_section = pause
        # the landscape has told its walk: the test box takes its place in the quiet before the
        # test is said (gone first: no ghost), the way out to it leaving from where training
        # stopped, with how many examples it was tested on (review 12: 359 was only said;
        # review s16: the picture changed a second after its words began)
        self.keep_landscape(walk)
        self.reveal(shown, boxes, "test", out, middle["tests"])
        # for 2-D points, the unseen tests themselves, before and after training, on a screen of their own
        tested = self.tested_points()
        with self.say("test") as tracker:
            self.wait_before(tracker, "unseen", 0.4)
            self.play(self.point_at(middle["tests"]), run_time=0.4)
            self.show(tests_frame_right=round(float(self.pointer.get_right()[0]), 3))
            # the score, pointed at as it is said (review s16: 5 s still to the section's end)
            self.wait_before(tracker, "score", 0.6)
            self.play(FadeIn(middle["test"], shift=0.2 * DOWN), self.point_at(middle["test"]), run_time=0.6)
            story = []
            if tested and "before" in getattr(tracker, "bookmark_times", {}):
                story = self.before_and_after(tracker, tested)
            # with a convnet, its picture comes in the quiet before its words: that is the pause
            # (review 11b: gone at once, "96% right" was caught gone while its words were read):
            # it stands a second past them first
            pause = self.pause_after_section
            self.pause_after_section = (SCORE_STANDS if self.history.convnet is not None else
                                        pause - SWAP_BACK if story else pause)
        if story:
            # the loop back in the quiet after the tests' words (the pause no longer for it)
            self.play(FadeOut(tested), *(FadeIn(m) for m in story), run_time=SWAP_BACK)
            self.show(tested_points_gone_at=round(float(self.renderer.time), 3))
        self.pause_after_section = pause
        # our network's own figures go as the convnet comes: they are not its (review j 10; review
        # p/n s14: dimmed, "cost 3.02 / step size 1.5" still read as the convnet's)
        figures = VGroup(dials.group, middle["start"], middle["step_size"], middle["descent"], why["line"], why["stop"],
                         walk["map"], walk["dot"], walk["trail"])
        # the loop's middle makes room for the convnet's picture
        inside = VGroup(middle["repeat"], middle["steps"], middle["costs"])
        if self.history.convnet is not None:
            self.convnet_in_the_loop(middle["test"], boxes, arrows, shown, figures, inside, why["label"],
                                     kept_out=(middle["step_size"], middle["descent"]))
        close = self.text("lots of small steps, most a little less wrong", color=self.theme.text)
        close.move_to([CLOSE_X, CLOSE_Y, 0])
        with self.say("end") as tracker:
            # the last words come under the loop, which keeps turning to the last frame, with our
            # story's every part round it: the one picture is the end (review h 10: the loop was
            # dropped for a table at 63 s; s22: the convnet's loop stood at the end, ours gone);
            # the step size under the step box makes room
            before = max(0.1, min(tracker.time_until_bookmark("steps"), tracker.duration - 1.0))
            if self.pointer is not None:   # the results have been read, still: the loop turns again
                self.play(*self.unpoint(), run_time=0.4)
                before = max(0.1, before - 0.4)
            self.turn(arrows, shown, before)
            going = [FadeOut(m) for m in (middle["step_size"], middle["descent"]) if m in self.mobjects]
            self.play(*going, FadeIn(close, shift=0.2 * UP), run_time=0.8)
            self.show(last_words_on_screen=self.words_on_screen())
            self.turn(arrows, shown, max(1.6, tracker.get_remaining_duration()))

    def before_and_after(self, tracker, tested: VGroup) -> list:
        """ "Before training, it got 31 right, about a coin toss; the circles are its mistakes.
        After, every one." on a screen of its own (review s35 r2, tiny: the panels squeezed into
        the loop's corners): the loop goes and the random start's guesses on the tests come, whole
        as "Before training" begins; its circles grow as they are named; the trained network's
        guesses come beside them as "After" is said. Returns the loop's picture, to come back."""
        story = [m for m in self.mobjects if m not in (self.heading, self.pointer)]
        self.wait_before(tracker, "before", 0.6)
        self.play(*(FadeOut(m) for m in story), *self.unpoint(), FadeIn(tested[0]), run_time=0.5)
        heard = {"before": round(float(self.renderer.time), 3)}
        self.show(tested_points_at=heard["before"], before_said=round(float(tracker.bookmark_times["before"]), 3))
        rings = tested[0][2]
        if len(rings) and "circles" in tracker.bookmark_times:
            self.wait_before(tracker, "circles", 0.1)
            grown = VGroup(*(r.copy().scale(RING_GROWN).set_stroke(width=2 * r.get_stroke_width()) for r in rings))
            self.play(Transform(rings, grown), run_time=0.6)
            heard["circles"] = round(float(self.renderer.time), 3)
            self.show(rings_grown=[round(float(r.width / 2), 3) for r in rings[:1]])
        self.wait_before(tracker, "after", 0.4)
        self.play(FadeIn(tested[1], shift=0.2 * LEFT), run_time=0.4)
        self.play(Indicate(tested[1][3], color=self.theme.right, scale_factor=1.1), run_time=0.6)
        heard["after"] = round(float(self.renderer.time), 3)
        self.show(tested_said=heard)
        return story

    def turn(self, arrows: dict, shown: dict[str, VGroup], seconds: float) -> None:
        """The loop goes round for `seconds` (laps of about 1.6 s)."""
        laps = max(1, round(seconds / 1.6))
        self.runner.move_to(arrows["loop"][0].get_start())
        self.play(Succession(*(self.lap(arrows["loop"], shown) for _ in range(laps))), run_time=max(0.5, seconds))

    def convnet_in_the_loop(self, ours: Mobject, boxes: dict, arrows: dict, shown: dict, figures: Mobject,
                            inside: Mobject, ended: Text, kept_out: tuple = ()) -> None:
        """The convnet as the very same loop, its guess made by stamps: a real test picture the
        convnet gets right in the loop's middle, a stamp sliding over it, its own cost falling;
        then both networks' share right on a frame of their own (a table); then our story's
        picture comes back whole, as it stood before the convnet."""
        picture, stamp, stamp_path = self.stamp_icon()
        table = self.table()
        # the convnet's own cost over its own steps, where ours was, named (its numbers, never ours)
        conv = self.history.convnet
        theirs = self.stop_timeline(stop_story(conv), conv)
        # its chart named where the chart's "cost" was: "the convnet's cost", in the cost's colour
        chart = theirs["line"]
        plain = chart.labels[0]
        chart.labels.remove(plain)
        named = self.text("the convnet's cost", size="small", color=self.theme.cost)
        named.scale(CHART_LABEL_PX / (self.theme.small_size * PX_PER_POINT_480P))     # as big as "cost", as wide as the chart at most
        named.scale_to_fit_width(min(named.width, TIMELINE_X[1] - TIMELINE_X[0])).move_to(plain, aligned_edge=LEFT)
        self.show(conv_cost_named=[round(float(named.get_left()[0]), 3), round(float(named.get_right()[0]), 3)])
        # its number of steps at the axis's end goes: never said, and not ours, it read as
        # unexplained (review s16: "1800" under the convnet's chart)
        chart.labels.remove(*(m for m in chart.labels if isinstance(m, Text) and m.text == str(chart.last_step)))
        # why training ended, over the chart: kept when the convnet's reason reads the same (its
        # own, from its history), else changed for the convnet's
        # its cost where it ended, at the curve's end, once drawn (review 11b: the chart began at
        # its start cost and never showed where it got to)
        last = drawn_records(conv)[-1]
        end_at = np.array([chart.step_x(last.step), chart.axes[0].get_start()[1] + last.cost / chart.top * CHART_HEIGHT, 0])
        end_value = self.text("{cost}", size="small", color=self.theme.cost, facts={"cost": cost_words(last.cost, self.places)})
        end_value.next_to(end_at, UP, buff=0.12)
        end_value.shift(min(0.0, TIMELINE_RIGHT - end_value.get_right()[0]) * RIGHT)
        same = theirs["label"].text == ended.text
        goes = [] if same else [FadeOut(ended)]
        comes = [] if same else [FadeIn(theirs["label"])]
        self.show(conv_chart={"start_cost": float(conv.records[0].cost), "steps": int(stop_step(conv)),
                              "top": float(chart.top), "ended": theirs["label"].text, "end_cost": float(last.cost)})
        # the loop's middle: our network's count out, the convnet's picture in (out first: no
        # ghost of one over the other), in the quiet before its words (review s16: the picture
        # changed a second after they began); our own figures go with it (review r 10, s15:
        # "96% right", ours, stood beside the convnet's loop: it goes too, and comes back in
        # the table beside the convnet's own)
        # our story's picture as it stands now, to come back whole for the last words (s22: the last
        # frame was the convnet's loop, our run's numbers and landscape gone)
        # (not the step size and "gradient descent" under the step box: the last words take their room)
        story = [m for m in self.mobjects if m not in (self.heading, self.pointer, *kept_out)]
        self.play(FadeOut(inside), FadeOut(figures), FadeOut(ours), *goes, *self.unpoint(), run_time=0.4)
        self.play(FadeIn(picture, scale=0.8), run_time=0.5)
        self.play(self.light(shown, "guess"), FadeIn(stamp), run_time=0.3)
        self.show(loop_stamp_at=round(float(self.renderer.time), 3))
        # the table stands a second past its words, then why (not the longer pause: the recap grows
        # by the why's line alone)
        pause, self.pause_after_section = self.pause_after_section, 1.0
        with self.say("convnet") as tracker:
            # what a convnet is, as it is named (review s31: the word came unexplained): its stamp
            # slides over the picture; then, as "It runs the very same loop" is said, the loop turns
            # and its own cost, named, falls; then its end value stands a moment
            # the stamp named as the stamps are
            title, named_stamp = self.convnet_names(picture, stamp)
            # "convnet" over the loop as "The convnet's dials" begins (review s33: it came at "It runs
            # the same loop", 6 s on, and "stamp (its dials)" first read as our network's)
            self.play(FadeIn(named_stamp), FadeIn(title), run_time=0.3)
            self.show(conv_title_at=round(float(self.renderer.time), 3))
            self.play(self.glide(stamp, stamp_path, 2), run_time=max(0.5, tracker.time_until_bookmark("loop") - 0.3))
            self.show(conv_loop_at=round(float(self.renderer.time), 3))
            until = tracker.time_until_bookmark("conv_score") - 1.3
            self.runner.move_to(arrows["loop"][0].get_start())
            laps = max(1, round(until / 1.6))
            self.play(FadeIn(chart), FadeIn(named), *comes, run_time=0.3)
            self.play(Succession(*(self.lap(arrows["loop"], shown) for _ in range(laps))),
                      self.glide(stamp, stamp_path, 2 * laps), theirs["used"], run_time=max(0.5, until - 0.3))
            self.play(FadeIn(end_value, shift=0.1 * UP), run_time=0.3)
            # the results get the frame to themselves (review ab2 10: a small table crammed top
            # right beside the loop): the loop goes, the table comes, the first row whole and the
            # convnet's result framed as its score is said
            # the loop goes as "slide over the picture" ends, the table whole as "On the same tests"
            # begins (review g2 s19: it came while the stamps were still being said)
            self.wait_before(tracker, "conv_score", 0.9)
            # everything but the title (the laps leave their boxes and runner in a plain Group)
            loop = [m for m in self.mobjects if m is not self.heading]
            self.play(*(FadeOut(m) for m in loop), *self.unpoint(), run_time=0.45)
            cleared = round(float(self.renderer.time), 3)
            # the first row's cells only: the second row's place is where the move is shown
            self.play(FadeIn(table["grid"][:2]), FadeIn(table["names"]), FadeIn(table["rows"][0]),
                      FadeIn(table["pictures"][0]), run_time=0.45)
            self.play(self.point_at(table["rows"][0][2]), run_time=0.3)
            # "Now every test picture moves one square": the first row's picture, big, where the
            # second row will be, and the same picture moved one square beside it, an arrow
            # between, a line on both where its ink began (review ir s29: the moved thumbnail
            # read as the same picture, and the scores came with no picture of the cause)
            pair = table["pair"]
            # (one short play: a frame half-way through it is rare)
            self.wait_before(tracker, "moved", 0.6)    # whole as "Now every test picture" begins
            self.play(TransformFromCopy(table["pictures"][0], pair["before"]), FadeIn(pair["after"], shift=pair["shift"]),
                      Create(pair["arrow"]), FadeIn(pair["lines"]), FadeIn(pair["words"]), *self.unpoint(), run_time=0.6)
            self.show(moved_pair_at=round(float(self.renderer.time), 3),
                      moved_pair={k: box_of(m, 3) for k, m in pair.items() if k != "shift"})
            # the pair stands, still, in the quiet after its words (review s36: before 46% and 71%,
            # hold a clear before/after of the moved picture: it stood 3 s, half-faded in a frame)
            self.wait(max(0.1, tracker.get_remaining_duration()) + PAIR_HOLD)
            # then, still in the quiet, the pair goes and the row fills in, the moved picture
            # beside it, whole before "Ours got" is said (a fade: the picture moving across its
            # row's name was a muddle half-way)
            self.play(FadeOut(VGroup(*(pair[k] for k in ("before", "after", "arrow", "lines", "words")))),
                      FadeIn(table["grid"][2:]), FadeIn(table["rows"][1]), FadeIn(table["pictures"][1]), run_time=0.4)
            self.show(moved_picture_at=round(float(self.renderer.time), 3))
            self.pause_after_section = 0.3
        # the scores in a section of their own, after the pair's quiet
        self.pause_after_section = 1.0
        with self.say("moved") as tracker:
            self.play(self.point_at(table["rows"][1][1:]), run_time=0.3)
            self.wait(max(0.1, tracker.get_remaining_duration()))
            self.show(convnet_said_to=round(float(self.renderer.time), 3))
        # why the convnet holds up and ours does not, after the table's pause (review ab2-r s29:
        # 46% against 71% with no why; s30: the stamp on both pictures from the start, the loop
        # whole and still before the closing words; s31 r2, both reviewers: only the convnet's side
        # was shown and "same score: 3.59" was unexplained): side by side, our neuron's dials stay
        # put while the ink slides off them and its glow drops; the convnet's stamp slides with
        # the stroke and finds the same best match
        why = table["why"]
        # the whole pause after its words (the lamps, the last said, stand a moment; s35's words
        # "lit up ... goes dark", "fits just as well" left the chapter 10.2% quiet)
        self.pause_after_section = pause
        ours = why.ours
        with self.say("moved_why") as tracker:
            # everything but the slides comes at once, with the words (a grid half drawn was a frame
            # half-way): our neuron's dials under the picture's ink, glowing; the same dials under
            # the same ink, to slide; the convnet's stamp on the picture, its best match, and on
            # the moved picture at the start of its walk
            why.windows[1].move_to(why.path[0])
            self.play(FadeOut(VGroup(table["grid"], table["names"], table["rows"], table["pictures"])), *self.unpoint(),
                      FadeIn(VGroup(why.frame, *ours.grids, *ours.ink, ours.glows[0], ours.lit_till_slid, ours.key, *why.pictures,
                                    *why.windows, why.matches[0])), run_time=0.45)
            self.show(first_stamp_at=round(float(self.renderer.time), 3))
            # "the moved stroke": the ink slides one square over the dials, which stay put, as
            # "misses them" is said
            self.wait_before(tracker, "misses", 0.9)
            self.play(ours.ink[1].animate.shift(ours.slide), run_time=0.8)
            self.show(ink_moved_at=round(float(self.renderer.time), 3))
            self.light_then_dark(tracker, ours)
            self.show(ink_slid=box_of(ours.ink[1][1], 3))
            # "The stamp slides": over the moved picture to its best match; the match under it whole
            # as "wherever it is" is said
            self.wait_before(tracker, "stamp", 0.1)
            slide = max(0.8, min(2.8, tracker.time_until_bookmark("same") - 0.5))
            self.play(self.glide(why.windows[1], why.path), run_time=slide)
            self.wait_before(tracker, "same", 0.35)
            self.play(FadeIn(why.matches[1]), run_time=0.3)
            self.show(stamp_found_at=round(float(self.renderer.time), 3))
            # "and it stays lit, just as bright": both its lamps, as bright, pulse as it is said
            self.wait_before(tracker, "stays", 0.1)
            self.play(*(Indicate(m, color=self.theme.focus, scale_factor=1.15) for m in why.matches), run_time=0.8)
            self.show(stays_lit_said=round(float(self.renderer.time), 3))
            self.wait(max(0.1, tracker.get_remaining_duration()))
        self.pause_after_section = pause
        # the side by side stands through the pause after its words; then our story's one picture
        # comes back whole for the last words, as it stood before the convnet: the loop, our
        # numbers, the landscape, the test (s22); the why out first, then the loop in (a
        # cross-fade left ghost digits over the boxes)
        self.show(own_frame=[cleared, round(float(self.renderer.time), 3)])
        self.play(FadeOut(VGroup(why.frame, *ours.grids, *ours.ink, *ours.glows, ours.key, *why.pictures, *why.windows,
                                 *why.matches)), *self.unpoint(), run_time=0.25)
        self.play(*(FadeIn(m) for m in story), run_time=0.35)
        self.show(loop_whole_at=round(float(self.renderer.time), 3))
        self.wait(max(0.3, pause - 0.6))     # the loop whole and still a moment before the last words
        self.show(story_back_at=round(float(self.renderer.time), 3))

    def convnet_names(self, picture: Mobject, stamp: Mobject) -> tuple[Text, Text]:
        """The loop's title, "convnet", and the stamp's name under the picture, in the stamp's
        colour (review s32 r2: the switch
        to a second network was invisible, its stamp a plain white square)."""
        title = self.text("convnet", size="title", color=self.theme.focus).move_to([*CONV_TITLE_AT, 0])
        named = self.text("stamp (its dials)", size="small", color=stamp.get_stroke_color())
        named.next_to(picture, DOWN, buff=0.06)
        self.show(convnet_named={"title": box_of(title, 3), "stamp": box_of(named, 3), "picture": box_of(picture, 3)})
        return title, named

    @staticmethod
    def glide(frame: Mobject, path: list, times: int = 1) -> UpdateFromAlphaFunc:
        """The stamp's frame along its path, at an even pace, `times` over. (A Succession of
        `frame.animate.move_to(p)` built at once sent every move to the last place: the
        stamp stood still in its corner.)"""
        def at(m: Mobject, alpha: float) -> None:
            x = (alpha * times % 1.0 if alpha < 1 else 1.0) * (len(path) - 1)
            i = min(int(x), len(path) - 2)
            m.move_to(path[i] + (x - i) * (path[i + 1] - path[i]))
        return UpdateFromAlphaFunc(frame, at, rate_func=linear)

    def table(self) -> dict[str, Mobject]:
        """Both networks' share right, on a frame of its own: the networks' `names` over a 2 x 2
        `grid` of `rows` (row label, ours, the convnet's: unseen tests, then moved one pixel),
        every share drawn alike (green for 90% and up had no stated meaning: review 12), big;
        `pictures`: the loop's test picture beside the first row, the same moved a pixel beside
        the second."""
        t = self.theme
        run = self.history.convnet
        self.show(conv_test_accuracy=float(run.final.test_accuracy))
        ours_test, conv_test = self.history.final.test_accuracy, run.final.test_accuracy
        ours_moved, conv_moved = self.moved
        self.show(moved_accuracy={"ours": ours_moved, "convnet": conv_moved})
        score = lambda a: self.text("{percent}", size="title", color=t.text, facts={"percent": percent(a)})
        names = VGroup(self.text("our network", color=t.text).move_to([TABLE_COLUMNS[1], TABLE_TOP, 0]),
                       self.text("convnet", color=t.text).move_to([TABLE_COLUMNS[2], TABLE_TOP, 0]))
        rows, grid = VGroup(), VGroup()
        for place, (words, ours, conv) in enumerate(((mark("unseen tests"), ours_test, conv_test),
                                                     (mark("moved 1 square"), ours_moved, conv_moved))):
            y = TABLE_TOP - TABLE_ROW * (place + 0.85)
            rows.add(VGroup(self.text(words, color=t.text).move_to([TABLE_COLUMNS[0] + 0.05, y, 0], aligned_edge=RIGHT),
                            score(ours).move_to([TABLE_COLUMNS[1], y, 0]),
                            score(conv).move_to([TABLE_COLUMNS[2], y, 0])))
            grid.add(*(Rectangle(width=TABLE_CELL[0], height=TABLE_CELL[1], stroke_color=t.muted, stroke_width=1.5)
                       .move_to([x, y, 0]) for x in TABLE_COLUMNS[1:]))
        seen = chosen_example(run.feature_maps)
        pixels = np.asarray(self.history.split(seen.split)[0][seen.index], float)
        side = math.isqrt(len(pixels))
        moved, way = shift_picture(pixels.reshape(side, side))
        moved = moved.reshape(-1)
        pictures = VGroup(*(digit_image(p, TABLE_PICTURE).move_to([TABLE_PICTURE_X, row[0].get_center()[1], 0])
                            for p, row in zip((pixels, moved), rows)))
        self.show(table_pictures={"index": int(seen.index), "moved": moved, "way": int(way)})
        return {"grid": grid, "names": names, "rows": rows, "pictures": pictures,
                "pair": self.moved_pair(pixels, moved, way, rows[1][0].get_center()[1]),
                "why": self.stamp_holds(seen, pixels.reshape(side, side))}

    def stamp_holds(self, seen, image: np.ndarray) -> SimpleNamespace:
        """Why the convnet holds up on a moved picture and ours does not, side by side (review
        s31 r2: only the convnet's side was shown, "same score: 3.59" unexplained). Right, the
        convnet: the picture and the same moved one square (`shift_picture`), its stamp that finds
        most in this picture (as the convnet chapter picks it), its `path` over the moved picture, a
        serpentine from the top left to its best match (the best spot of its map, nncore's
        convolution, that stays on the map when the picture moves), its `windows` there on the
        moved picture and one square back on the first, each picture's best match under it (the
        same). Left, our network: one of its neurons (`stroke_missed`), its dials fixed under the
        picture's ink and under the moved ink, its glow under each (nncore's forward pass)."""
        t = self.theme
        run = self.history.convnet
        k = finding_stamp(seen.feature_maps)
        found = shifted_map(image, run.snapshots[-1].kernels[k], float(run.snapshots[-1].kernel_biases[k]))
        way, maps = found["step"], (found["map"], found["moved_map"])
        n = maps[0].shape[1]
        r, c = max(((a, b) for a in range(n) for b in range(n) if 0 <= b + way < n), key=lambda ab: maps[0][ab])
        pictures = [digit_image(p.reshape(-1), WHY_PICTURE).move_to([x, WHY_Y, 0])
                    for p, x in zip((image, found["moved"]), WHY_XS[2:])]
        side = image.shape[0] - n + 1                     # the stamp's side, in squares
        cell = pictures[0].cell
        windows = [Square(side * cell, stroke_color=t.focus, stroke_width=5).set_z_index(3)
                   .move_to(p.center_of(r + side / 2, col + side / 2)) for p, col in zip(pictures, (c, c + way))]
        # the same stamp scores the same on both: under each picture a lamp as bright as its best
        # square's glow there (as the convnet chapter's map squares glow), on the scale of its glow
        # on the picture as tested, our neuron's lamp's scale (review s35 r2: "fits 3.59" beside
        # "lights up 0.96" read as one scale)
        scores = [float(m[r, col]) for m, col in zip(maps, (c, c + way))]
        matches = [self.lamp(v / scores[0], first).next_to(p, DOWN, buff=WHY_UNDER)
                   for v, p, first in zip(scores, pictures, (True, False))]
        within_frame(matches[1], 0.1)
        # the stamp's walk over the moved picture, row by row, up to the best match
        spots = [(a, b if a % 2 == 0 else n - 1 - b) for a in range(r + 1) for b in range(n)]
        spots = spots[:spots.index((r, c + way)) + 1]
        path = [pictures[1].center_of(a + side / 2, b + side / 2) for a, b in spots]
        ours = self.dials_under_ink(image, found["moved"], way)
        heads = [self.text(words, color=t.text).move_to([x, WHY_HEAD_Y, 0])
                 for words, x in ((mark("our network: its dials stay put"), sum(WHY_XS[:2]) / 2),
                                  (mark("convnet: its stamp slides"), sum(WHY_XS[2:]) / 2))]
        tags = VGroup(*(self.text(words, size="small", color=t.text).next_to(p, UP, buff=0.1)
                        for p, words in zip((ours.grids[0], ours.grids[1], *pictures),
                                            [mark("as tested"), mark("moved 1 square right") if way > 0
                                             else mark("moved 1 square left")] * 2)))
        arrows = VGroup(*(Arrow(a.get_right(), b.get_left(), buff=0.08, color=t.muted, stroke_width=4,
                                max_tip_length_to_length_ratio=0.35)
                          for a, b in ((ours.grids[0], ours.grids[1]), pictures))).set_z_index(2)   # over the stroke's shade
        divider = Line([0, WHY_HEAD_Y + 0.3, 0], [0, WHY_Y - WHY_PICTURE / 2 - 0.9, 0], stroke_color=t.muted,
                       stroke_width=1.5)
        self.show(stamp_holds={"kernel": k, "step": int(way), "spot": [int(r), int(c)],
                               # the square under each window's top left corner, as drawn
                               "windows_at": [[int((p.frame.get_top()[1] - w.get_top()[1]) / cell + 0.5),
                                               int((w.get_left()[0] - p.frame.get_left()[0]) / cell + 0.5)]
                                              for p, w in zip(pictures, windows)],
                               "scores": scores, "matches": [m[2].original_text for m in matches],
                               "lamps": [m.share for m in matches],
                               "walk": [[int(a), int(b)] for a, b in spots]})
        return SimpleNamespace(pictures=pictures, windows=windows, matches=matches, path=path, ours=ours,
                               frame=VGroup(*heads, tags, arrows, divider))

    def dials_under_ink(self, image: np.ndarray, moved: np.ndarray, way: int) -> SimpleNamespace:
        """Our network's side of the why: one of its middle neurons (`stroke_missed`), its 64 dials
        drawn twice as a plain map, blue where it likes ink, red where it dislikes it (review s33: a
        shaded grid under ink squares was too dense to see the stroke miss anything); the picture's
        stroke outlined, the dials off it dimmed, over the first and over the second (`ink`), to slide one square (`slide`)
        off the blue onto other dials; under each its glow (`glows`, nncore's forward pass); a key
        to the map's two colours under both."""
        t = self.theme
        miss = stroke_missed(self.history, image, moved)
        dials = miss["dials"].reshape(image.shape)
        likes = lambda v: ManimColor(t.positive if v >= 0 else t.negative)
        grids = [ShadedGrid(dials, WHY_PICTURE / image.shape[1], likes).move_to([x, WHY_Y, 0]) for x in WHY_XS[:2]]
        stroke = image >= WHY_STROKE
        ink = [stroke_spotlight(stroke, g, t.text, t.background) for g in grids]
        # how brightly the neuron lights up for each picture, as a lamp: lit for the picture as
        # tested, and on the moved grid lit too till the ink has slid, then its own (said as "lit
        # up ... goes dark"; review s35: "glows 0.96" was jargon; r2: no raw numbers)
        lamps = [self.lamp(glow / miss["glow"], first).next_to(grid, DOWN, buff=WHY_UNDER)
                 for grid, glow, first in zip(grids, (miss["glow"], miss["glow_moved"]), (True, False))]
        lit_till_slid = self.lamp(1.0, True).move_to(lamps[1], aligned_edge=LEFT)
        key = VGroup(*(VGroup(Square(0.28, stroke_width=0, fill_color=likes(sign), fill_opacity=1),
                              self.text(words, size="small", color=t.text)).arrange(RIGHT, buff=0.1)
                       for sign, words in ((1.0, mark("likes ink")), (-1.0, mark("dislikes ink")))))
        key.arrange(RIGHT, buff=0.4).next_to(VGroup(*lamps), DOWN, buff=0.25)
        self.show(dials_miss={"neuron": miss["neuron"], "glows": [miss["glow"], miss["glow_moved"]],
                              "glow_words": [g[2].original_text for g in lamps], "lamps": [g.share for g in lamps],
                              "paint": [[likes(v).to_hex().lower() for v in row] for row in dials],
                              "stroke": [[int(r), int(c)] for r, c in zip(*np.nonzero(stroke))],
                              "ink_at": [box_of(i[1], 3) for i in ink],
                              "grids_at": [[round(float(g.frame.get_left()[0]), 3), round(float(g.frame.get_top()[1]), 3)]
                                           for g in grids], "cell": grids[0].cell})
        return SimpleNamespace(grids=grids, ink=ink, glows=lamps, lit_till_slid=lit_till_slid, key=key, slide=way * grids[0].cell * RIGHT,
                               neuron=miss["neuron"])

    def light_then_dark(self, tracker, ours: SimpleNamespace) -> None:
        """ "so this neuron, lit up for the picture, goes dark": its lamp for the picture as tested
        pulses as "lit up" is said; the moved grid's lamp, lit till the ink slid, dims to its own
        light for the moved picture (nearly none: "dark"), whole as "goes dark" is said."""
        self.wait_before(tracker, "lit", 0.1)
        self.play(Indicate(ours.glows[0], color=self.theme.focus, scale_factor=1.15), run_time=0.7)
        self.show(lit_said=round(float(self.renderer.time), 3))
        self.wait_before(tracker, "dark", 0.5)
        # the bulb dims; its word goes in the first half, "dark" comes in the second (a cross-fade
        # stood "lit" over "dark" half-way)
        lit, dark = ours.lit_till_slid, ours.glows[1]
        early, late = (lambda a: smooth(min(1.0, 2 * a))), (lambda a: smooth(max(0.0, 2 * a - 1)))
        self.play(Transform(lit[:2], dark[:2].copy()), FadeOut(lit[2], rate_func=early), FadeIn(dark[2], rate_func=late),
                  run_time=0.6)
        self.remove(lit)
        self.add(dark)
        self.show(glow_dropped_at=round(float(self.renderer.time), 3))

    def lamp(self, share: float, first: bool) -> VGroup:
        """A lamp as the why draws it on both sides: a bulb and its halo as bright as `share` (its
        light as a share of its light on the picture as tested: one scale for our neuron and the
        convnet's stamp) and its word (`lamp_words`), yellow when lit, grey when dark."""
        t = self.theme
        lit = float(np.clip(share, 0.0, 1.0))
        words = lamp_words(share, first)
        halo = Circle(LAMP_R * LAMP_HALO, stroke_width=0, fill_color=t.neuron_fill, fill_opacity=0.3 * lit)
        bulb = Circle(LAMP_R, stroke_color=t.neuron_fill if words != "dark" else t.muted, stroke_width=3,
                      fill_color=t.neuron_fill, fill_opacity=lit)
        word = self.text(words, color=t.neuron_fill if words != "dark" else t.muted)
        group = VGroup(halo, bulb.move_to(halo), word)
        word.next_to(halo, RIGHT, buff=0.08)
        group.share = lit
        return group

    def moved_pair(self, pixels: np.ndarray, moved: np.ndarray, way: int, y: float) -> dict:
        """A test picture and the same moved one square (`way`: +1 right, -1 left), big, side by
        side where the table's second row will be (its middle at height `y`), an arrow between
        them, on both a line where the picture's ink began (the moved one's ink a square off it),
        and what was done written under them."""
        t = self.theme
        side = math.isqrt(len(pixels))
        xs = (TABLE_COLUMNS[1] - 0.3, TABLE_COLUMNS[2] + 0.3)
        before, after = (digit_image(p, PAIR_PICTURE).move_to([x, y + PAIR_RAISE, 0]) for p, x in zip((pixels, moved), xs))
        cell = before.cell
        arrow = Arrow(before.get_right(), after.get_left(), buff=0.35, color=t.focus, stroke_width=5,
                      max_tip_length_to_length_ratio=0.3)
        ink = np.flatnonzero(np.asarray(pixels, float).reshape(side, side).any(axis=0))
        column = int(ink[0]) if way > 0 else int(ink[-1]) + 1     # the edge the ink leaves from
        lines = VGroup(*(DashedLine(pic.get_corner(UP + LEFT) + column * cell * RIGHT + 0.1 * UP,
                                    pic.get_corner(DOWN + LEFT) + column * cell * RIGHT + 0.1 * DOWN,
                                    color=t.highlight, stroke_width=3, dash_length=0.1) for pic in (before, after)))
        words = self.text("moved 1 square right" if way > 0 else "moved 1 square left", color=t.text)
        words.next_to(VGroup(before, after), DOWN, buff=0.3)
        return {"before": before, "after": after, "arrow": arrow, "lines": lines, "words": words,
                "shift": way * cell * RIGHT}

    def stamp_icon(self) -> tuple[Mobject, Mobject, list]:
        """The convnet's guess, in the loop's middle: a test picture it gets right, with a stamp's
        frame and the path it slides along (review 12, ONE change: the loop left as "a convnet
        runs the very same loop" was said, leaving a bare 96%; review l 10: in the guess box
        it was a 20 px smudge). 100 px tall at 480p."""
        run = self.history.convnet
        seen = chosen_example(run.feature_maps)
        k = len(run.snapshots[-1].kernels[0])
        pixels = self.history.split(seen.split)[0][seen.index]
        self.show(conv_picture=(seen.split, int(seen.index)))
        side = math.isqrt(len(pixels))
        picture = digit_image(pixels, STAMP_ICON)
        frame = Square(k * picture.cell, stroke_color=self.theme.focus, stroke_width=3)
        picture.move_to([0, LOOP["guess"][1], 0])      # the loop's middle, between guess and blame
        frame.move_to(picture.center_of(k / 2, k / 2))
        path = [picture.center_of(r + k / 2, c + k / 2) for r in (0, side - k)
                for c in (range(side - k + 1) if r == 0 else range(side - k, -1, -1))]
        return picture, frame, path

    @cached_property
    def places(self) -> int:
        """The decimals of every cost in the chapter (`cost_places`)."""
        return cost_places(self.history)

    def cost_text(self, cost: float, **style) -> Text:
        """ "cost 0.26": a cost written as the chapter writes and says every cost (`cost_words`)."""
        return self.text("cost {cost}", color=self.theme.cost, facts={"cost": cost_words(cost, self.places)}, **style)

    def loop_numbers(self, steps: int, start_cost: float, final_cost: float) -> tuple[Text, Text]:
        """The loop's two numbers: steps taken, and the cost from its start to now."""
        t = self.theme
        count = (self.text("1 step", color=t.text) if steps == 1 else
                 self.text("{steps} steps", color=t.text, facts={"steps": steps}))
        facts = {"start_cost": cost_words(start_cost, self.places), "final_cost": cost_words(final_cost, self.places)}
        # as big as the count (review s22 digits, 33-45 s: "cost 3.02 -> 0.02", the payoff, was the
        # smallest text on screen)
        return count, self.text("cost {start_cost} \u2192 {final_cost}", color=t.cost, facts=facts)

    def count_up(self, records: list, middle: dict, pace) -> tuple[UpdateFromAlphaFunc, VGroup]:
        """The middle's step count and cost, redrawn every frame from the record
        `pace(alpha)` stands on (lap_pace, even_pace); returns the animation and the group it redraws."""
        start = records[0].cost
        counter = VGroup()

        def redraw(group: VGroup, alpha: float) -> None:
            r = pace(alpha)
            steps_text, costs = self.loop_numbers(r.step, start, r.cost)
            # manim redraws, every frame, each mobject of the family the play began with: a
            # reading taken out of the group but left with its points stayed on screen under
            # every later one (review 13: "1320 steps" written over "4320 steps")
            for gone in group.family_members_with_points():
                gone.clear_points()
            group.remove(*group.submobjects)
            group.add(steps_text.move_to(middle["steps"]), costs.move_to(middle["costs"]))
        return UpdateFromAlphaFunc(counter, redraw, rate_func=linear), counter

    @staticmethod
    def draw_with(chart: CostCurve, pace) -> UpdateFromAlphaFunc:
        """The chart's curve drawn up to the record the count stands on, every frame."""
        return UpdateFromAlphaFunc(chart.curve, lambda m, alpha: chart.reveal_to(pace(alpha).step), rate_func=linear)

    def point_at(self, mob: Mobject, **kwargs):
        """A white frame round `mob`, what the words name now: drawn, or moved there from what
        it framed before (a pulse was over before the next still: review s16's stills)."""
        frame = SurroundingRectangle(mob, color=self.theme.focus, buff=0.08, stroke_width=3)
        if self.pointer is None:
            self.pointer = frame
            return Create(frame, **kwargs)
        return Transform(self.pointer, frame, **kwargs)

    def unpoint(self) -> list:
        """The white frame goes (nothing to do when there is none)."""
        gone, self.pointer = self.pointer, None
        return [] if gone is None else [FadeOut(gone)]

    def round_the_outline(self, arrows: dict) -> Succession:
        """A flash along each arrow of the loop's faint outline in turn: "Then comes the loop"."""
        return Succession(*(ShowPassingFlash(a.copy().set_stroke(self.theme.focus, width=4, opacity=1), time_width=0.8)
                            for a in arrows["loop"]))

    def reveal(self, shown: dict[str, VGroup], boxes: dict[str, VGroup], key: str, *extra: Mobject) -> None:
        """Box `key` appears, lit, as the narration names it (with `extra`); the boxes shown
        before it dim."""
        lit_style(boxes[key][0], self.theme, True)
        dim = [self.light(shown, None)] if shown else []
        shown[key] = boxes[key]
        self.play(FadeIn(boxes[key], scale=0.9), *dim, *(FadeIn(e) if not isinstance(e, Arrow) else Create(e)
                                                       for e in extra), run_time=0.6)

    def lap(self, loop: list, shown: dict[str, VGroup]) -> Succession:
        """One lap: the runner dot goes round the loop's arrows in order, a flash along each, and
        each box lights as the dot reaches it (a flash alone was gone in any still frame)."""
        reached = ("measure", "blame", "step", "guess")     # where each arrow leads
        return Succession(*(AnimationGroup(
            MoveAlongPath(self.runner, a, rate_func=linear),     # an even pace: it never seems to stop
            ShowPassingFlash(a.copy().set_stroke(self.theme.focus, width=6), time_width=0.6),
            self.light(shown, box)) for a, box in zip(loop, reached)))

    def outline_words(self, boxes: dict[str, VGroup]) -> VGroup:
        """Each outlined box's name, where its box will fill in (the test box has none): in the
        text's colour (review p 10: the first frames were all dim)."""
        return VGroup(*(box[1][1].copy().set_color(self.theme.text) for key, box in boxes.items() if key != "test"))

    def outline(self, boxes: dict[str, VGroup], arrows: dict) -> VGroup:
        """The picture's empty outline: the boxes' frames and the loop's arrows, faint, no words;
        not the test's frame (an empty box there read as something missing for 50 s)."""
        faint = self.theme.muted
        frames = [box[0].copy().set_fill(opacity=0).set_stroke(faint, width=1.5, opacity=0.7)
                  for key, box in boxes.items() if key != "test"]
        ways = [a.copy().set_stroke(faint, opacity=0.3) for a in [arrows["in"], *arrows["loop"]]]
        for way in ways:
            way.get_tips().set_fill(faint, opacity=0.3)
        return VGroup(*frames, *ways)

    # --- the walk downhill ---

    def landscape(self) -> dict:
        """Descent's cost landscape, small, in the right third: its coloured `map` (named), our
        network's `dot` on it and its `trail`, and `walk(step_of, laps)`: an animation of `laps`
        laps in which the dot steps, each time the runner reaches "nudge dials" (three quarters
        of a lap), to where the run's own dials were at step `step_of(that moment's share)`."""
        t = self.theme
        view = upright_landscape(self.history)   # descent's very map and path (review 11c: recap's was upside down)
        corner = np.array([MAP_AT[0] - MAP_SIDE / 2, MAP_AT[1] + MAP_SIDE / 2, 0])
        cells, bands, fine_cell = map_cells(view.costs, MAP_SIDE, t, MAP_FINE)
        cells.shift(corner)
        # its key between its name and it (review s31: its colours meant nothing without one)
        key = within_frame(colour_key(t).next_to(cells, UP, buff=0.1), 0.1)   # a hair wider than the map
        name = self.text("the cost landscape", size="small", color=t.text).next_to(key, UP, buff=0.08)
        self.show(map_key={"ends": [key[1][k].get_fill_color().to_hex() for k in (0, -1)]})
        (a0, a1), (b0, b1) = view.values_a[[0, -1]], view.values_b[[0, -1]]
        snap_steps = np.array([s.step for s in self.history.snapshots], float)

        def place(step: float) -> np.ndarray:
            a, b = (np.interp(step, snap_steps, view.path[:, k]) for k in (0, 1))
            return corner + np.array([(a - a0) / (a1 - a0) * MAP_SIDE, -MAP_SIDE + (b - b0) / (b1 - b0) * MAP_SIDE, 0])

        dot = Dot(place(0), radius=0.09, color=t.highlight, stroke_color=t.background, stroke_width=2)
        trail = VMobject(stroke_color=t.highlight, stroke_width=2.5)
        dot.set_z_index(2)
        lens = self.lens(place, snap_steps, corner, bands, fine_cell)
        # the run's cost where the dot stands, beside it, ticking as it walks (review 11b's one
        # change: the landscape the moving centre, "keep the cost number ticking beside it");
        # a new Text only when its written decimals change
        records = drawn_records(self.history)
        rec_steps = np.array([r.step for r in records], float)
        reading = VGroup()
        state = {"step": 0.0, "cost": None}
        self.map_readings: list[tuple[float, int, str]] = []   # (time, step, words) of each reading drawn

        def read(step: float) -> None:
            cost = records[max(0, int(np.searchsorted(rec_steps, step, side="right")) - 1)].cost
            words = cost_words(cost, self.places)
            if words != state["cost"]:
                state["cost"] = words
                for gone in reading.family_members_with_points():
                    gone.clear_points()
                reading.remove(*reading.submobjects)
                text = self.cost_text(cost, size="small")
                text.add_background_rectangle(color=t.background, opacity=0.85, buff=0.04)
                reading.add(text)
                self.map_readings.append((round(float(self.renderer.time), 3), int(step), words))
            # under the map, off the path (review u2 s18: "cost 0.01" on the map hid the path)
            reading.move_to([MAP_AT[0], corner[1] - MAP_SIDE - READING_BELOW, 0])
        self.walked: list[tuple[float, int]] = []     # (time, step) of each step the dot takes

        def go(step_of, laps: int) -> UpdateFromAlphaFunc:
            before = state["step"]

            def at(group: VGroup, alpha: float) -> None:
                u = alpha * laps
                passed = int(np.floor(u - 0.75)) + 1 if u >= 0.75 else 0   # nudges passed so far
                if passed == 0:
                    return
                goal = step_of((passed - 1 + 0.75) / laps)
                prev = before if passed == 1 else step_of((passed - 2 + 0.75) / laps)
                share = min(1.0, (u - (passed - 1 + 0.75)) / 0.15)        # a short glide, not a jump cut
                if state["step"] != goal and share >= 1.0:
                    self.walked.append((round(float(self.renderer.time), 3), int(goal)))
                put(prev + share * (goal - prev))
            return UpdateFromAlphaFunc(VGroup(dot, trail, reading), at, rate_func=linear)

        def follow(step_of) -> UpdateFromAlphaFunc:
            """The dot at the run's step `step_of(share)` every frame: with the count as it climbs
            (review n, s14: "438 steps, cost 0.16" stood while the dot was still at the start)."""
            def at(group: VGroup, alpha: float) -> None:
                step = float(step_of(alpha))
                if step != state["step"]:
                    self.walked.append((round(float(self.renderer.time), 3), int(step)))
                put(step)
            return UpdateFromAlphaFunc(VGroup(dot, trail, reading), at, rate_func=linear)

        def put(step: float) -> None:
            state["step"] = step
            dot.move_to(place(step))
            done = snap_steps[snap_steps < step]
            trail.set_points_as_corners([place(k) for k in (*done, step)] if len(done) else [place(0), place(step)])
            if state.get("lens", True):
                lens.dot.move_to(lens.at(place(step)))
                lens.trail.set_points_as_corners([lens.at(place(k)) for k in (*done, step)] if len(done) else
                                                 [lens.at(place(0)), lens.at(place(step))])
                self.lens_places.append((int(step), [round(float(v), 3) for v in lens.dot.get_center()[:2]]))
            read(step)

        def unlens() -> None:
            state["lens"] = False

        self.add(trail)
        dot.move_to(place(0))
        read(0)
        self.show(lens={"zoom": lens.zoom, "focus": [float(v) for v in lens.focus[:2]],
                        "centre": [float(v) for v in lens.centre[:2]], "radius": LENS_R})
        return {"map": VGroup(cells, key, name), "dot": dot, "trail": trail, "walk": go, "follow": follow, "place": place,
                "reading": reading, "lens": lens.group, "lens_dot": lens.dot, "unlens": unlens}

    def lens(self, place, snap_steps: np.ndarray, corner: np.ndarray, bands: np.ndarray, fine_cell: float):
        """A round close-up on the map where the walk starts: the same path magnified `zoom`
        times (enough to hold the first LENS_STEPS steps), on the map's colour there (at this
        size the map is flat), a ring on the map round what it shows, joined to it. `at(p)`: where
        a point of the map is drawn in the close-up."""
        t = self.theme
        near = np.array([place(k) for k in snap_steps[snap_steps <= LENS_STEPS]])
        focus = (near.min(axis=0) + near.max(axis=0)) / 2
        reach = float(np.linalg.norm(near - focus, axis=1).max())
        zoom = min(LENS_MOST, 0.7 * LENS_R / reach) if reach > 0 else LENS_MOST
        # right half of the map, on the side away from the start (the path leaves it sideways)
        up = focus[1] < corner[1] - MAP_SIDE / 2
        centre = np.array([corner[0] + MAP_SIDE - LENS_R - 0.1,
                           corner[1] - LENS_R - 0.1 if up else corner[1] - MAP_SIDE + LENS_R + 0.1, 0])
        row = int(np.clip((corner[1] - focus[1]) // fine_cell, 0, bands.shape[0] - 1))
        col = int(np.clip((focus[0] - corner[0]) // fine_cell, 0, bands.shape[1] - 1))
        ground = ramp(map_ramp(t), BANDS)[bands[row, col]]
        disc = Circle(LENS_R, fill_color=ground, fill_opacity=1, stroke_color=t.focus, stroke_width=3).move_to(centre)
        ring = Circle(max(LENS_R / zoom, 0.08), stroke_color=t.focus, stroke_width=2.5).move_to(focus)
        join = Line(ring.get_center(), disc.get_center(), stroke_color=t.focus, stroke_width=2)
        join.put_start_and_end_on(ring.point_at_angle(angle_of(centre - focus)), disc.point_at_angle(angle_of(focus - centre)))
        at = lambda p: centre + zoom * (np.asarray(p) - focus)
        dot = Dot(at(place(0)), radius=0.11, color=t.highlight, stroke_color=t.background, stroke_width=2).set_z_index(3)
        trail = VMobject(stroke_color=t.highlight, stroke_width=3).set_z_index(3)
        trail.set_points_as_corners([at(place(0)), at(place(0))])
        name = self.text("zoomed in", size="small", color=t.text)
        name.add_background_rectangle(color=t.background, opacity=0.85, buff=0.04)
        name.next_to(disc, DOWN if up else UP, buff=0.06)
        group = VGroup(join, ring, disc, trail, dot, name).set_z_index(3)
        self.lens_places: list[tuple[int, list]] = []
        return SimpleNamespace(group=group, dot=dot, trail=trail, at=at, zoom=float(zoom), focus=focus, centre=centre)

    def keep_landscape(self, walk: dict) -> None:
        """The landscape has told its walk: it moves to the top left, over the random start, its
        dot and trail with it (the dot's reading goes: the loop's middle writes the same cost),
        its name as big as before, and stays to the end, leaving the right third to the test."""
        cells, key, name = walk["map"]
        ground = VGroup(cells, walk["dot"], walk["trail"])
        target = ground.copy().scale(MAP_KEPT_SCALE, about_point=cells.get_center())
        target.shift(np.array([*MAP_KEPT_AT, 0]) - target[0].get_center())
        key_to = key.copy().next_to(target[0], UP, buff=0.1)      # its key and name as big as before
        name_to = name.copy().next_to(key_to, UP, buff=0.08)
        self.play(FadeOut(walk["reading"]), *(Transform(a, b) for a, b in zip(ground, target)), Transform(key, key_to),
                  Transform(name, name_to), run_time=0.6)
        self.show(map_kept=box_of(cells, 3),
                  map_kept_at=round(float(self.renderer.time), 3))

    def note_step(self, walk: dict, step: int) -> None:
        """Where the dot stands now on the map, for the manifest (the walk's own record)."""
        self.show(map_dot=[float(v) for v in walk["dot"].get_center()[:2]], map_step=step, map_steps=list(self.walked),
                  map_readings=list(self.map_readings), lens_places=list(self.lens_places))

    # --- building ---

    def stop_timeline(self, story: dict, run: History | None = None) -> dict:
        """The run's cost over the steps its rounds allowed: the axes (`line`), the curve drawn
        record by record up to where training stopped (`used`, an animation), a dashed mark
        there (`stop`) and its `label`, and how the rounds make the steps (`rounds`). `run`:
        another run's (the convnet's), in the same place; ours by default."""
        t = self.theme
        run = run or self.history
        x0, x1 = TIMELINE_X
        y = TIMELINE_Y
        records = drawn_records(run)
        chart = CostCurve([r.step for r in records], [r.cost for r in records], story["planned"],
                          width=x1 - x0, height=CHART_HEIGHT)
        chart.shift(np.array([x0, y, 0]) - chart.axes[0].get_start())
        self.readable_chart(chart)
        used = chart.draw_to(story["step"])
        x = chart.step_x(story["step"])
        # the stop mark stands on the axis, not through the words under it
        stop = DashedLine([x, y, 0], [x, y + 0.3, 0], color=t.focus, stroke_width=3)
        # why it stopped, over where it stopped: the one label there (review 12: "stopped: step
        # 4320", the reason and "30 practice rounds of 144 steps" crowded the corner at 11 px)
        label = self.text(EXIT_LABELS.get(stop_reason(run), mark("when training ends")), color=t.text)
        label.scale_to_fit_width(min(label.width, TIMELINE_RIGHT - TIMELINE_X[0] - 0.05))   # 15 px at 480p
        # over the chart, not on its curve (review l 10: printed over the curve, the way out to
        # the test starting inside the chart), its right end over where it stopped; a line clear
        # of the chart's "cost" (review g2 s20: the two sat on each other)
        label.next_to(chart, UP, buff=0.15)
        label.shift((TIMELINE_RIGHT - label.get_right()[0]) * RIGHT)
        return {"line": chart, "used": used, "stop": stop, "label": label}

    def readable_chart(self, chart: CostCurve) -> None:
        """The chart's numbers and words big and bright (review g2 s20: ~9 px grey), each grown
        from the edge that faces its axis."""
        t = self.theme
        self.costs_on_axis(chart)
        cost, zero_y, top, zero_x, last, steps, *rest = chart.labels
        grow = CHART_LABEL_PX / (self.theme.small_size * PX_PER_POINT_480P)
        for label, edge in ((zero_y, RIGHT), (top, RIGHT), (zero_x, UP), (last, UP), (steps, UP), (cost, DOWN)):
            label.scale(grow, about_edge=edge)
        for label in (zero_y, top, zero_x, last, steps):
            label.set_color(t.text)
        for label in rest:
            if isinstance(label, Text):
                label.scale(grow, about_edge=RIGHT).set_color(t.text)
        cost.align_to(chart.axes[1], LEFT)      # over the axis, clear of the top number on its left

    def costs_on_axis(self, chart: CostCurve) -> None:
        """The chart's costs (its axis's top, and the start's tick when it has one) written as the
        chapter writes every cost (tiny's top: "0.261" beside "cost 0.261", not "0.26"), each
        where the kit's number stood."""
        ticked = [m for m in chart.labels[6:] if isinstance(m, Text)]
        for old, value in ((chart.labels[2], chart.top), *((m, float(chart.costs[0])) for m in ticked)):
            new = Text(cost_words(value, self.places), font=old.font, font_size=old.font_size, color=old.color)
            chart.labels.submobjects[chart.labels.submobjects.index(old)] = new.move_to(old, aligned_edge=RIGHT)

    def guess_points(self) -> VGroup | None:
        """The practice examples when they are 2-D points (None otherwise): every one where it
        lies, in a frame, coloured by the class the network guesses for it with its random
        starting dials (nncore's forward pass at step 0), named; in the top left, over the start box."""
        if input_kind(self.history) != "point":
            return None
        x, _ = self.history.split("train")
        group, record = self.points_panel(x, self.history.network(0).guesses(x), mark("coloured by its guess"))
        self.show(guess_points=record)
        return group

    def practice_pile(self) -> VGroup | None:
        """The practice examples when they are pictures (None otherwise): the pictures of the
        first step's pile (nncore's own shuffle; at most PILE_SHOWN), in rows, their count over
        them ("a small pile: 10 pictures") and the whole set's under them."""
        if input_kind(self.history) != "image":
            return None
        x, t = self.history.split("train")[0], self.theme
        rows = first_pile(self.history)
        pictures = VGroup(*(digit_image(x[r], PILE_PICTURE) for r in rows[:PILE_SHOWN]))
        pictures.arrange_in_grid(cols=min(PILE_ROW, len(pictures)), buff=PILE_GAP)
        pictures.move_to([*PILE_TOP_LEFT, 0], aligned_edge=UP + LEFT)
        whole = len(rows) == len(x)     # full batch: every example at each step
        head = self.text(mark("all {count} practice examples") if whole else mark("a small pile: {batch} pictures"),
                         color=t.text, facts={"count": len(x), "batch": len(rows)})
        head.next_to(pictures, UP, buff=0.12).align_to(pictures, LEFT)
        group = VGroup(pictures, head)
        if not whole:
            group.add(self.text("from {count} practice examples", size="small", color=t.text, facts={"count": len(x)})
                      .next_to(pictures, DOWN, buff=0.12).align_to(pictures, LEFT))
        self.show(practice_pile={"rows": [int(r) for r in rows[:PILE_SHOWN]], "batch": len(rows), "count": len(x),
                                 "ink": [round(float(p.values.sum()), 6) for p in pictures],
                                 "words": [m.original_text for m in group[1:]],
                                 "box": box_of(group, 3)})
        return group

    def tested_points(self) -> VGroup | None:
        """The unseen test examples when they are 2-D points (None otherwise), twice, each guessed
        wrong ringed (review s31, tiny: the test was only a number): as the random start guessed
        them (nncore's forward pass at step 0), "before: N of 60 right", on the left, keyed; and as
        the trained network guesses them (at the stop), "after: 60 of 60 right", on the right: a
        screen of their own (review s35 r2: in the loop's corners, "after" read as part of the loop)."""
        if input_kind(self.history) != "point":
            return None
        x, y = self.history.split("test")
        truth = classes_of(y)
        panels, records = VGroup(), {}
        for when, step, title, x_at in (("before", 0, mark("before: {right} of {count} right"), RESULT_XS[0]),
                                        ("after", stop_step(self.history), mark("after: {right} of {count} right"),
                                         RESULT_XS[1])):
            guesses = self.history.network(step).guesses(x)
            facts = {"right": int((guesses == truth).sum()), "count": len(truth)}
            group, record = self.points_panel(x, guesses, title, guesses != truth, at=(x_at, RESULT_Y), side=RESULT_SIDE,
                                              keyed=when == "before", facts=facts)
            panels.add(group)
            records[when] = {**record, "title": group[3].original_text, "step": int(step)}
        self.show(tested_points=records)
        return panels

    def points_panel(self, x: np.ndarray, guesses: np.ndarray, title: str,
                     wrong: np.ndarray | None = None, at: tuple = POINTS_AT, side: float = POINTS_SIDE,
                     keyed: bool = True, facts: dict | None = None) -> tuple[VGroup, dict]:
        """Points `x` where they lie, in a frame of `side` centred `at` (the top left, over the start
        box, by default), each coloured by its `guesses`, those `wrong` ringed, `title` over it
        (`facts` filled in), a key to the colours beside it when `keyed`; and what was drawn, for the
        manifest. One scale for every panel: the same place in the frame is the same point."""
        t = self.theme
        colors = class_colors(len(self.history.labels))
        span = max(float(np.abs(np.vstack([self.history.split(s)[0] for s in ("train", "test")])).max()), 1e-9)
        points = [np.array([p[0], p[1], 0.0]) / span * side / 2 * 0.92 for p in x]
        frame = Square(side, stroke_color=t.muted, stroke_width=1.5, fill_color=t.background, fill_opacity=1)
        radius = POINT_RADIUS * side / POINTS_SIDE
        dots = VGroup(*(dot_cloud([a for a, g in zip(points, guesses) if g == c], radius, colors[c], 1.0)
                        for c in range(len(colors))))
        missed = [a for a, w in zip(points, wrong if wrong is not None else []) if w]
        rings = VGroup(*(Circle(radius * RING, stroke_color=t.focus, stroke_width=2).move_to(a) for a in missed))
        name = self.text(title, color=t.text, facts=facts).next_to(frame, UP, buff=0.1)
        # which colour is which class, beside the panel's top (review s31, tiny: "coloured by its
        # guess" over two sands said nothing of what each meant)
        key = VGroup(*(VGroup(Dot(radius=POINT_RADIUS * KEY_DOT, color=colour),
                              self.text("{label}", size="small", facts={"label": label})).arrange(RIGHT, buff=0.12)
                       for colour, label in zip(colors, self.history.labels)) if keyed else ())
        if keyed:
            key.arrange(DOWN, aligned_edge=LEFT, buff=0.15).next_to(frame, RIGHT, buff=0.15).align_to(frame, UP)
        group = VGroup(frame, dots, rings, name, key)
        group.shift([*at, 0] - frame.get_center())
        within_frame(name.align_to(frame, LEFT), 0.15)   # wider than the panel: from its left edge, in the frame
        name.shift(max(0.0, TITLE_LEFT - name.get_left()[0]) * RIGHT)
        return group, {"guesses": [int(g) for g in guesses], "colors": [str(c) for c in colors],
                       "frame": box_of(frame, 3),
                       "span": span,
                       "drawn": [[str(d.get_fill_color()).lower(), len(d.points) // len(Circle(radius).points)]
                                 for d in dots],
                       "rings": [[round(float(v), 3) for v in r.get_center()[:2]] for r in rings],
                       "key": [[row[1].original_text, row[0].get_fill_color().to_hex().lower()] for row in key]}

    def dial_row(self) -> SimpleNamespace:
        """A few of our network's real dials as knobs, in a row, their name over them: `group`;
        `spin()` as "random dials" is said, landing on the start's values; `turn(a, b)` from step
        a's values to step b's; `follow(step_of)` at the step standing at each moment of a play."""
        t = self.theme
        picks = chosen_dials(self.history)
        reach = dial_reach(self.history, picks)
        n_weights = sum(int(np.size(w)) for w in self.history.snapshot(0).weights)
        knobs, pointers = VGroup(), VGroup()
        for i in range(len(picks)):
            centre = np.array([DIALS_AT[0] + (i - (len(picks) - 1) / 2) * DIAL_GAP, DIALS_AT[1], 0])
            disc = Circle(DIAL_R, fill_color=t.background, fill_opacity=1, stroke_color=t.muted,
                          stroke_width=2).move_to(centre)
            # its scale: the pointer's way round, from its lowest to its highest in the run
            scale = Arc(radius=DIAL_R * DIAL_SCALE, start_angle=np.pi / 2 - DIAL_SWEEP, angle=2 * DIAL_SWEEP,
                        arc_center=centre, stroke_color=t.muted, stroke_width=2)
            knobs.add(VGroup(scale, disc))
            pointers.add(Line(centre, centre + 0.9 * DIAL_R * UP, stroke_width=6, color=t.text).set_z_index(1))
        name = self.text("{shown} of its {count} dials", size="small", color=t.text,
                         facts={"shown": len(picks), "count": n_weights})
        name.next_to(VGroup(*knobs), UP, buff=0.12)
        marks = VGroup()      # where each dial started: a faint pointer, from the spin on
        state = {"angles": [np.pi / 2] * len(picks)}

        def point(angles) -> None:
            for k, (line, knob, a) in enumerate(zip(pointers, knobs, angles)):
                centre = knob[1].get_center()
                line.put_start_and_end_on(centre, centre + 0.9 * DIAL_R * np.array([np.cos(a), np.sin(a), 0]))
                # its colour is its sign, as the wires': blue above zero (right of up), red below
                off = (a - np.pi / 2 + np.pi) % (2 * np.pi) - np.pi
                line.set_color(t.positive if off < 0 else t.negative if off > 0 else t.text)
            state["angles"] = [np.pi / 2 + (a - np.pi / 2 + np.pi) % (2 * np.pi) - np.pi for a in angles]

        def angles_at(step: int) -> list:
            return [dial_angle(v, r) for v, r in zip(dial_values(self.history, picks, step), reach)]

        def spin() -> UpdateFromAlphaFunc:
            land = angles_at(0)
            turns = [DIAL_SPINS[k % len(DIAL_SPINS)] for k in range(len(picks))]
            return UpdateFromAlphaFunc(pointers, lambda m, a: point(
                [np.pi / 2 + a * (end - np.pi / 2 - 2 * np.pi * n) for end, n in zip(land, turns)]))

        def turn(a: int, b: int) -> UpdateFromAlphaFunc:
            start, end = angles_at(a), angles_at(b)
            return UpdateFromAlphaFunc(pointers, lambda m, x: point(
                [p + x * (q - p) for p, q in zip(start, end)]))

        def follow(step_of) -> UpdateFromAlphaFunc:
            return UpdateFromAlphaFunc(pointers, lambda m, x: point(angles_at(int(step_of(x)))), rate_func=linear)

        def started() -> VGroup:
            marks.add(*(p.copy().set_stroke(t.muted, opacity=0.6).set_z_index(0) for p in pointers))
            return marks

        def drawn() -> list:
            return [round(float(a), 3) for a in state["angles"]]

        self.show(dials={"picks": picks, "reach": [round(float(r), 4) for r in reach], "count": n_weights,
                         "name": name.text, "box": box_of(VGroup(name, knobs), 3)})
        return SimpleNamespace(group=VGroup(name, knobs, marks, pointers), spin=spin, turn=turn, follow=follow,
                               started=started, drawn=drawn, knobs=knobs, pointers=pointers)

    def small_network(self) -> NetworkDiagram:
        """Our network at its start, small, in the loop's middle: its real dials (the wires'
        colours), a few neurons a layer."""
        net = network_picture(self.history, named=False, width=NET_SIZE[0], height=NET_SIZE[1], max_drawn=NET_DRAWN)
        # its layers' sizes ("64 16 10") read as ~10 px digits, grey (review g2 s19): bigger and
        # bright, each standing where it stood
        for label in net.count_labels:
            label.set_color(self.theme.text)
            label.scale(max(1.0, NET_LABEL_PX / (label.font_size * PX_PER_POINT_480P)), about_edge=DOWN)
        net.move_to([0.0, NET_Y, 0])
        # what the sizes count: the kit's names under the columns, bright, as the numbers over them
        names = layer_names(net, self.theme).set_color(self.theme.text)
        net.add(names)
        self.show(net_names={"words": [n.text for n in names], "sizes": [int(n) for n in net.sizes],
                             "x": [round(float(n.get_x()), 3) for n in names],
                             "columns": [round(float(c.get_x()), 3) for c in net.neuron_groups],
                             "bottom": round(float(names.get_bottom()[1]), 3)})
        return net

    def blame_arrow(self, net: NetworkDiagram) -> Arrow:
        """Blame's way back through the small network: a violet arrow from its outputs' column to its
        inputs', across its middle (where each column's ellipsis stands), outlined dark to read over
        the wires."""
        columns = [c.get_x() for c in net.neuron_groups]
        y = net.neuron_groups[0].get_y()
        back = Arrow([columns[-1] + BLAME_OVER, y, 0], [columns[0] - BLAME_OVER, y, 0], buff=0, color=self.theme.gap,
                     stroke_width=7, tip_length=0.25, max_tip_length_to_length_ratio=0.2)
        back.set_stroke(self.theme.background, width=12, background=True).set_z_index(2)
        self.show(blame_arrow={"from": [round(float(v), 3) for v in back.get_start()[:2]],
                               "to": [round(float(v), 3) for v in back.get_end()[:2]],
                               "columns": [round(float(x), 3) for x in columns],
                               "at": round(float(self.renderer.time), 3)})
        return back

    def build_boxes(self) -> dict[str, VGroup]:
        t = self.theme
        icons = {
            "start": die_icon(t.text), "guess": guess_icon(t.neuron_fill),
            "measure": measure_icon(t.cost, t.highlight, t.right, t.muted), "blame": blame_icon(t.blame, t.neuron_stroke),
            "step": step_icon(t.muted, t.text, t.highlight), "test": test_icon(t.right, t.font),
        }
        words = {"start": mark("random start"), "guess": mark("guess"), "measure": mark("measure the cost"),
                 "blame": mark("pass blame back"), "step": mark("nudge dials"), "test": mark("test")}
        places = {"start": START_AT, **LOOP, "test": TEST_AT}
        boxes = {}
        for key, icon in icons.items():
            frame = RoundedRectangle(corner_radius=0.15, width=BOX_SIZE[0], height=BOX_SIZE[1],
                                     stroke_color=t.muted, stroke_width=2, fill_color=t.background,
                                     fill_opacity=1)
            label = self.text(words[key], color=t.text)
            label.scale_to_fit_width(min(label.width, BOX_SIZE[0] - 0.16))
            inner = VGroup(icon.scale_to_fit_height(min(icon.height, 0.5)), label).arrange(DOWN, buff=0.15)
            boxes[key] = VGroup(frame, inner.move_to(frame)).move_to([*places[key], 0])
        return boxes

    def build_arrows(self, boxes: dict[str, VGroup]) -> dict:
        t = self.theme
        # clockwise, from the side of one box to the next box's side
        ends = (("guess", "get_top", "measure", "get_left"), ("measure", "get_right", "blame", "get_top"),
                ("blame", "get_bottom", "step", "get_right"), ("step", "get_left", "guess", "get_bottom"))
        loop = [CurvedArrow(getattr(boxes[a], side_a)() + 0.05 * _out(side_a),
                            getattr(boxes[b], side_b)() + 0.08 * _out(side_b),
                            angle=-np.pi / 2.5, color=t.muted, stroke_width=3, tip_length=0.2)
                for a, side_a, b, side_b in ends]
        into = Arrow(boxes["start"].get_right(), boxes["guess"].get_left(), buff=0.1, color=t.muted,
                     stroke_width=3, tip_length=0.2, max_tip_length_to_length_ratio=0.5)
        return {"loop": loop, "in": into}

    def exit_arrow(self, stopped: Mobject, test: VGroup) -> Arrow:
        """The way out of training: an arrow from why it stopped up to the test box."""
        x = test.get_x()
        return Arrow([x, stopped.get_top()[1], 0], [x, test.get_bottom()[1], 0], buff=0.08,
                     color=self.theme.focus, stroke_width=3, tip_length=0.2, max_tip_length_to_length_ratio=0.5)

    def middle_numbers(self, values: dict) -> dict:
        """This run's numbers: under the start box, in the loop's middle, under the test box."""
        t = self.theme
        facts = {**values, "percent": percent(values["test_accuracy"])}
        start = self.cost_text(values["start_cost"], size="small")
        start.move_to(np.array([*START_AT, 0]) + (BOX_SIZE[1] / 2 + 0.3) * DOWN)
        centre = np.array([0.0, -0.15, 0])
        repeat = VGroup(repeat_icon(t.text), self.text("one lap = one step", size="small", color=t.text))
        repeat.arrange(DOWN, buff=0.08).move_to(centre + 0.62 * UP)   # narrow: clear of the guess and blame boxes
        steps, costs = self.loop_numbers(values["steps"], values["start_cost"], values["final_cost"])
        # clear of the frame round "one lap = one step" over them (review g2 s19: it touched the count)
        VGroup(steps, costs).arrange(DOWN, buff=0.12).move_to(centre + 0.47 * DOWN)
        step_size = self.text("step size {lr}", size="small", color=t.text, facts={"lr": people(float(self.history.config["lr"]))})
        step_size.next_to(np.array([*LOOP["step"], 0]) + BOX_SIZE[1] / 2 * DOWN, DOWN, buff=0.1)
        descent = self.text("gradient descent", color=t.text).next_to(step_size, LEFT, buff=0.3)   # clear of the bottom 0.9 units
        # over the test box (below it: the way in): how many it was tested on, then the share right
        tests = self.text("{count} unseen examples", size="small", color=t.text,
                          facts={"count": len(self.history.split("test")[0])})
        tests.move_to(np.array([*TEST_AT, 0]) + (BOX_SIZE[1] / 2 + 0.3) * UP)
        tests.align_to(np.array([TEST_AT[0] + BOX_SIZE[0] / 2, 0, 0]), RIGHT)    # in from the edge, over the box
        test = self.text("{percent} right", color=t.accuracy, facts=facts).next_to(tests, UP, buff=0.12)
        return {"start": start, "repeat": repeat, "steps": steps, "costs": costs, "test": test, "tests": tests,
                "step_size": step_size, "descent": descent}

    def light(self, boxes: dict[str, VGroup], key: str | None):
        """Light box `key` (white rim, tinted inside); dim the others."""
        anims = [lit_style(box[0].animate, self.theme, name == key) for name, box in boxes.items()]
        # the boxes themselves as the group: manim puts an animation's group on top of the
        # scene, and a group of bare frames would cover the icons and labels
        return AnimationGroup(*anims, group=VGroup(*boxes.values()))


def lit_style(frame, t, on: bool):
    """A box's frame (or its .animate) lit ("look here": a white rim, tinted inside) or plain."""
    tint = interpolate_color(ManimColor(t.background), ManimColor(t.focus), 0.14)
    return frame.set_stroke(t.focus if on else t.muted, width=3.5 if on else 2).set_fill(
        tint if on else t.background, 1)
