"""Chapter "training": the loop repeated, replayed from a handful of real snapshots.

The diagram's edges morph from snapshot to snapshot, the cost curve draws itself from the
records, the accuracy (practice and unseen examples) rises, and either the decision
boundary sharpens (2-D points) or a row of practice examples shows the guesses getting
better. Training stops where the history's stopping rule fired. Each panel appears when its
line explains it (the pile and the network with the loop, the examples, the curve and the
accuracy with their own lines); until then its numbers follow the replay unseen.

    from scenes.output import studio
    studio.render_chapter("training", "out/history.json", "/tmp/out", index=7)

The plots are scenes/kit/plots.py's, the values they show scenes/kit/readings.py's
(`shown_steps`, `drawn_records`, `boundary_values`, ...).
"""
from __future__ import annotations

from functools import cached_property

import numpy as np
from manim import (DOWN, PI, config, LEFT, RIGHT, UP, Animation, AnimationGroup, Arrow, Circle, Ellipse, Circumscribe, Create, DashedLine, Dot, FadeIn, FadeOut,
                   GrowArrow, GrowFromEdge, Group, Indicate, ReplacementTransform,
                   LaggedStart, Line, ManimColor, Mobject, Rectangle, RoundedRectangle, ShowPassingFlash, Succession, SurroundingRectangle, Transform, UpdateFromAlphaFunc, VGroup,
                   Text, VMobject, interpolate_color, linear, smooth)

from nncore.history import Record
from nncore.network import classes_of
from scenes.kit import theme
from scenes.narration import Markup
from scenes.screen import mark
from scenes.kit.chapter import Chapter, count_words
from scenes.kit.framing import box_of, within_frame
from scenes.kit.legend import sign_legend
from scenes.kit import numbers as kit_numbers
from scenes.kit.numbers import axis_ticks
from scenes.kit.motion import CrossFade, during
from scenes.kit.network_diagram import N_BUCKETS, NetworkDiagram, largest_weight, lit_colours
from scenes.kit.pictures import card_picture, class_colors, guess_text, luminance
from scenes.kit.plots import SURENESS_LEVELS, BoundaryMap, CostCurve, _many_dots, class_legend
from scenes.screen import shorten as screen_shorten
from scenes.kit.readings import (CURVE_SIZE, EXAMPLE, GRID_CELLS, N_EXAMPLES, boundary_values, drawn_records, epoch_ends, first_pile, input_kind,
                                 output_names, planned_steps, plane_bounds, record_at, shown_steps, stop_reason, stop_step,
                                 take_by_class)

CARD, CARD_GAP, ROW_WIDTH = 0.72, 0.14, 6.8   # the practice examples' row: a card's least width, the gap, the row
MAX_PILE = 32               # pictures in the pile one step takes: more would not fit a row
PILE_PICTURE, PILE_GAP_X = 0.68, 0.1   # the first pile's pictures (41 px at 480p: digits under 40 px do not read), apart
CLOSE_UP_AROUND = 10       # the cost's close-up: records either side of its climb (a few hundred steps)
CLOSE_UP_SIZE = (4.2, 1.4)  # its width, and its height from its lowest cost to its highest
FIRST_STEPS_SIZE = (2.6, 1.3)   # the first steps up close, beside the weights line: width, height from 0 to its top
SHADE_CELL = 0.16           # one shade in the map's key (10 px at 480p)
FIRST_STEPS_SHARE = 0.1     # drawn when the weights line's steps end before this share of the step axis (at 73
                            # of 4320, the fall from 1.14 to 0.82 was a few pixels: a review)
PILE_LEFT = -6.9           # the first pile's row starts here (the left edge, clear of the frame's)
FEW_TILTS = 6               # tilts drawn when a step takes every example
CANCEL_SHARE = 0.25         # the few's tilts laid end to end "nearly cancel" when what is left is at most this share of the longest
CANCEL_TIME = 1.8           # seconds they take to slide end to end (settled, then held, before their average)
SQUARE_SIDE, SQUARE_RIM = 2.2, 8    # the white square round our dial's pixel: its side in pixels, its dark rim's width
TIP_RADIUS = 0.07           # the dot on the cost curve's tip (8 px across at 480p)
START_BUFF = 0.3            # the curve's riding dot's words, right of it: clear of the line it rides
FALL_TIME = 2.0             # seconds the dot takes down the first step's fall as the line draws under it
LEFT_DIM = 0.45             # the start's words, once the dot has left them
NOW_BUFF = 0.08             # its "now" over it
RIDER = 0.12                # the close-up's bright stretch riding its jumps, a share of its line
LIT_WIDTH, LIT_OPACITY = 10, 0.5   # the pile's dial's wire lit round its ring as the close-up gives the frame back
RING_WIDTH, RING_OPACITY = 7, 0.9    # the ring round a followed dial's line: wider than the widest line by this
RING_EDGE = 3                          # and hollow: only this much of each side drawn (review d2 s18: a filled
                                       # pale band washed out the red and blue of the line inside it)
CARD_ARROW, TILT_ARROW_MIN = 0.64, 0.08   # an example's tilt arrow: the longest (under a 0.68 card), the shortest drawn
RULER_STEP = 1.7            # the step on our dial's ruler (100 px at 480p: the first step's 0.03 seen as motion)
RULER_SPAN = (2.1, 6.6)      # then its line's ends: every card's arrow fits on it at the ruler's own scale
RULER_MARGIN = 0.7           # the line beyond the step (0.5) and beyond the longest arrow (0.2)
RULER_LIFT = 0.22            # the ruler's arrows ride this far over its line
LABEL_CLEAR = 0.1           # "our dial: 0.28" stands this far beside its mark, away from the pile's arrows
STEP_APART = 0.2            # a pile's average rides this far over its step: end to end, one line, they read as one arrow
LOOK_ROOM = 0.08            # the average's words raised over the ring round our dial's mark (tiny)
# the numbers on our dial's line (tell_line_tilts; review ab2-x2 s27: "the axis has no numbers, so the
# magnifier's 'tiny' and the marker's big jump contradict each other"): a tick's half height, its number
# this far over the line (clear of the ring round the dial's mark: review s32, it touched the "0"), the
# room they take over it (the upright starts above), the line past its last tick
TICK_HALF, TICK_BUFF, TICK_ROOM, TICK_END = 0.09, 0.1, 0.42, 0.55
RULER_REACH = 2.5           # the most the line reaches out for a value it includes
KEY_ARROW = 0.6             # the pile's tilts' key (tell_tilts): "uphill for 9 of 10" white, "so they want it down" yellow
STACK_PITCH = 0.2            # the cards' arrows, one row each over the ruler (12 px apart at 480p)
GROW_TIME, TURN_TIME, TURN_HOLD = 0.6, 0.6, 0.7   # the average's grow and turn into the step, and the step standing after
# of TURN_HOLD, up close (the pile's): our dial's mark moving along the step, then holding there (no more: the
# network turns as "for every dial" is said, test_every_dial_is_pointed_at_as_the_step_turns_them)
# (review s31: at 0.5 s, the close-up leaving 0.2 s after, the step was not seen taken up close)
NEEDLE_TIME, NEEDLE_HOLD = 1.0, 0.2
PILE_STEP_TIME = 2.2        # the pile's step taken: the dials and our dial's mark moving along it
LINE_RULER_AT = (4.3, -1.75)   # the same with every example in the step: under the tilts, over the step counter
# the few examples' tilt arrows then: the longest, and their rows apart (review ab-x2 s23: at 0.2 apart
# the arrows were "too small to see", and which belonged to which example unclear)
LINE_ARROW, LINE_PITCH = 1.6, 0.3
LOOK_SIZE = (0.5, 0.28)     # the ring round our dial's mark where the average and the step stand (tiny): clear of the numbers
TIE_DOT = 0.07              # each row's end, tied by a thin line to its example ringed on the map
# the pile's examples up close under our dial's ruler, every one of them (review ab-k2 s23's one change: the
# ten cards' squares, tilts and arrows did not read at 480p; then s25's, both reviewers: three up close and
# a loose stack of arrows, "you cannot tell which arrow belongs to which digit"): how many at most, a card's
# side (57 px at 480p: its pixel 7 px, its white square 16 px), cards in a row, the gaps between cards and
# rows, the top of their first row, the middle of the room they share, the longest tilt's arrow under one
# (session 29, review ab2-d2-r2 and ab-k2-r2's one change: "give the close-up the full screen, as the
# cost chart got": the ten cards in one row across the frame, 69 px each, the network and the pile's row
# hidden behind a veil while they are told, then back for the step)
ZOOM_CARDS, ZOOM_SIDE, ZOOM_PER_ROW, ZOOM_GAP, ZOOM_TOP, ZOOM_X, ZOOM_ARROW = 10, 1.15, 10, (0.2, 0.3), 0.55, 0.0, 1.0
PILE_RULER_AT = (4.35, 1.15)  # our dial's ruler then: over the cards (their arrows slide up into its average)
# the close-up's own ruler, across the frame: where it stands, its line's ends, its step's length
# (141 px at 480p), its words' size; the close-up drawn over a veil this high (z_index)
BIG_RULER_AT, BIG_SPAN, BIG_STEP, BIG_WORDS, BIG_Z = (0.0, 1.5), (-5.6, 5.6), 2.4, "label", 3
# our dial's hill (review s31: "uphill" arrows pointing up while the dial turns down): the pile's
# cost against our dial, right of the cards' stack, under the ruler: its line's left end and
# level, width and height; the dial values either side of where it stands; its arrows' length
HILL_AT, HILL_SIZE, HILL_SPAN, HILL_ARROW, HILL_POINTS = (3.3, -2.3), (3.2, 1.9), 2.0, 1.0, 21
# the same hill first, right of the network, as "its own slope, pointing uphill" is said (review s34,
# digits 24 s: "uphill" was said with no hill on screen; it came 9 s later, small): bigger, in the
# room the network leaves before the close-up takes the frame
HILL_FIRST_AT, HILL_FIRST_SIZE = (2.45, -0.9), (4.0, 2.3)
HILL_LIFT = 0.16            # the hill's arrows this far over its line
# the same hill when every example is in the step (tell_line_tilts; review s35, tiny 24-51 s: "uphill" was
# drawn only as left and right arrows, never as a hill): under the tilts' ruler and its counter, right
# of the map, its name left of it; its arrows shorter (at the foot of a valley the slope soon turns up)
# (review s36 round 2, tiny: the wide valley, the dot near its foot, fits "they nearly cancel"; the steep
# slope round the step said otherwise: the valley kept, no slide on it)
LINE_HILL_AT, LINE_HILL_SIZE, LINE_HILL_ARROW = (2.9, -3.65), (3.0, 0.7), 0.55
# the hill our dial's step is taken on (review s36's one change, digits: "slide the dot down the hill and
# show the cost falling with it"): it reaches this many steps either side of the step's middle, so the
# step is a third of its width (on HILL_SPAN's hill the step is a pixel); the dot's start left as a
# hollow ring, the cost before and after as dashed levels, a down arrow between them and its words
HILL_STEPS = 1.5
THUMB_WIDTH, THUMB_BUFF, THUMB_LINE, THUMB_DIM = 3.0, 0.3, 0.45, 0.7   # the network in the close-up's corner: its width, its lines thinner, dimmer
CLOSE_ARROW = (6, 0.18)       # the close-up's tilt arrows: stroke and tip (4 and 0.12 were "hair-thin" at 480p)
TILT_LOOK = (4, 0.12)         # the pile row's tilt arrows, under its small pictures: stroke and tip
RETURN_SHARE = 0.3           # share of the first step's motion the close-up takes to give the frame back
AVERAGE_TIME = 1.4          # seconds the cards' arrows take to slide together into their average
STACK_CARD, STACK_ROW = 0.36, 0.42   # the cards lifted into a stack: each one's side (22 px at 480p), the rows' pitch at most
CLIMB_EXTRA = 1.5            # seconds the count's climb runs on after "watch the count climb ..." is said
DIAL_HOLD = 2.0              # seconds the watched dial's last reading stands before its words end
# the dial watched up close (watch_ruler): its line's length (a row of examples under it, a map
# beside it), how far under its number, zero drawn when the dial's moves span this share of the line
# with it, the line's margin beyond them, the faint marks' opacity and its trail's dots
WATCH_LENGTH = {False: 5.0, True: 4.4}
# its number in large type (review ab-x2 s28, both: "its readout is tiny"; digits too, ab2-t s30), and its
# whole values numbered on its line (review ab-x2-r1 s28: "only a '0' tick, so you can't see how far it moved")
WATCH_WORDS, WATCH_MARGIN = 1.3, 0.3
# the glow round the dial watched, under its ring (review ab-x2 s28, both: "another dial, outlined" could not
# be found, "a thin white double line"): its width beyond the ring's, its opacity standing, at a pulse's peak
GLOW_WIDTH, GLOW_OPACITY, GLOW_PEAK = 16, 0.2, 0.6
WATCH_BELOW, WATCH_ZERO, WATCH_PAD, WATCH_GHOST, WATCH_TRAIL = 0.6, 0.2, 0.12, 0.4, 0.045
COUNTS = 6                  # step and cost readings per replayed stretch, besides its end (each a Text to build)
MOVE = 0.8                  # share of a replayed stretch the edges and curve move; the numbers swap after
APPEAR = 0.08               # share of a stretch's move a number entering the screen takes to fade in
# the lines after the loop (weights, examples, cost, accuracy) take extra stretches in this order: the
# examples first, so their row spans the steps where the guesses turn right as the cost falls (with the
# weights first, the row came in where the run was already 91% right and showed its hardest cards at
# "1 of 8 right" beside a cost of 0.25)
LINE_ORDER = (1, 2, 0, 3)
SMALL_BARS = ("title", "axis", "scale", "picture", "bars", "targets")   # the small chart's parts
NUMBER_AFTER_LINE = 0.1     # share of a stretch the accuracy's number comes after its line starts to draw
                            # (0.25: "99%" still dim 3 s into "This is how often it is right", review e2 s18)
SWAP_LEAD = 0.6             # seconds one line's words take to give way to the next's, done as the next is said
# the blame passed back (blame_arrows): the outputs' arrows coming, then the flash back over the
# layers, each hidden layer's arrows as it arrives (seconds); an arrow's least stroke, its length
# for the most blame (at most, under the gap between neurons), the stroke added for the most
# blame, its least length (a tip and a little stem: 9 px at 480p)
BLAME_TIME = (2 / 3, 4 / 3)   # (whole frames at the tests' 3 fps too: rounded up, 0.7 and 1.4 ran past the words)
BLAME_ARROW = (4.0, 0.5, 3.0, 0.15)
TILTS_AWAY = 1.0            # seconds the tilts take to go and the key to come back, one after the other
STEP_TIME = 1.5             # seconds the first step takes on screen, as "one small step" is said
PILE_SIDE, PILE_GAP, PILES_PER_ROW = 0.2, 0.06, 36    # a round's piles, one small card each, in rows
ROUND_SIDE, ROUND_GAP = 0.3, 0.08                       # the rounds, one block each, in one row
MAX_PILES, MAX_ROUNDS = 240, 32                         # more would not fit the frame's bottom
ACCURACY_SIZE = (2.2, 1.5)  # the accuracy's line beside its number: its width, and its height from 0% to 100%
                            # (a review: 1.6 x 1.1 was "tiny"); on a map's screen, in the map's place, bigger
ACCURACY_SIZE_MAP = (3.6, 1.8)
POINTS_BIG_NETWORK = (7.0, -3.0, 0.7)   # a map's screen: the network's first width, and its centre
MAP_X = -4.05               # the map's centre, left (its keys start at its left edge, 0.6 from the frame's)
# its side and its middle's height: its keys above it stand 40 px under the frame's top (review ab2-x2 s27:
# at 5.2 and -0.25 they stood 22 px under it, "clipped at the top edge", a sheet's time stamp over them)
MAP_SIDE, MAP_Y = 4.9, -0.4
# the cost's chart while [again] tells it with a pile drawn (review ab2-k2 s27's one change: "the curve is a
# tiny chart in the right-hand corner, while a frozen network diagram fills about 60% of the frame"): the
# network away, the chart across the frame, its axes' size and the middle of their corner's room
BIG_CHART_SIZE, BIG_CHART_ORIGIN = (9.0, 2.9), (-4.6, -0.4)
MAP_SMALL, MAP_SMALL_BUFF = 3.0, 0.25   # the map, kept to the end above the cost's curve: its largest side, its margin
YES_BUFF = 0.08             # the box round the "yes" output's pair: less than the gap to the next pair
# the drawn example's own cost under the first step's chart, before and after it (review s31: "the step
# lowered the cost" was said, never seen): the longer bar's length, a bar's height, the rows' gap
COST_BAR, COST_BAR_HEIGHT, COST_ROWS_GAP = 4.0, 0.22, 0.1
CURVE_LEAD = 0.05           # share of the step axis before step 0: the first step's fall stands clear of the cost axis
MAX_TICKS = 40              # epoch ticks on the step axis: more would blur into a bar
BOTTOM = -config.frame_height / 2 + 0.95   # nothing lower: the bottom 0.9 units are the subtitles'
GAP_WIDTH = 10              # the first step's gap lines (at 4 they were 1-2 px at 480p)
ROW_BUFF = 0.05             # the key's rows stand 0.12 apart (sign_legend): a box round one row keeps clear of the next
DIAL_LIFT = 0.18            # the dial's number moves up this much when the examples' box comes under it
SCRIM_Z = 1                 # the veils' z_index (drawn over the panels they dim)
SCRIM = 0.72               # how much a panel the words are not about is dimmed (1: hidden)
# while a line is said, the panels dimmed: one thing at a time (a review counted five panels at
# once and the words jumping between them); the accuracy's line keeps the curve ("as the cost fell")
DIMMED = {"examples": ("weights", "cost"), "boundary": ("weights",), "cost": ("weights", "examples", "boundary"),
          "accuracy": ("weights", "examples", "boundary")}
# dimmed panels hidden whole from a line on: the network and the examples from the cost's; the
# map from the accuracy's, which takes its place (hidden with the cost's, the left half stood empty)
HIDDEN_FROM = {"weights": "cost", "examples": "cost", "boundary": "accuracy"}
# the network on the examples' screen: most of the frame's left and middle (review 11b: at 5.6 x 3
# it filled a sixth of the frame and its 1 px lines blurred into a purple mesh)
BIG_NETWORK = (7.9, 4.1)    # its width and height
BIG_NETWORK_AT = (-3.0, 0.7)    # its centre: the title above its right end, the pile under it
BOLD_WIDTH = (2.6, 1.4)     # a line's stroke at the thinnest width step, and added per step (2.6: 1.5 px at 480p)
BOLD_OPACITY = (0.45, 0.1)  # the same for its opacity: the weakest still read red or blue, the dial told stands out
DOT_RIDE = 2.6              # seconds the dot takes to ride the close-up's jumps one way
CURVE_X = 3.95              # the cost's curve right of the big network (its scale's labels clear of the outputs')
SHRINK = 0.74               # the big network, at the examples' line, shrinks to leave their row room under it
WAYS_Y = -0.25              # the loop's arrows, right of the big network, under the curve's axis and over the counter
DRAWN_NEURONS = 10          # per layer: ten outputs in 3 units leave room for 14 px labels at 480p
# the dial watched: its reading from where it stood as its line starts (at step 0, or at a later step,
# named), to now; one fixed start for every reading (review ab2-t-r1/r2 s30: "from step 1", then "from
# step 42", then "from step 1" again), its way from zero named once, on its last reading
WHERE_FROM = {
    False: {"above": mark("this dial: {before} → now: {value}, now above zero"),
            "below": mark("this dial: {before} → now: {value}, now below zero"),
            "further": mark("this dial: {before} → now: {value}, further from zero"),
            "nearer": mark("this dial: {before} → now: {value}, nearer zero"),
            "": mark("this dial: {before} → now: {value}")},
    True: {"above": mark("at step {start}: {before} → now: {value}, now above zero"),
           "below": mark("at step {start}: {before} → now: {value}, now below zero"),
           "further": mark("at step {start}: {before} → now: {value}, further from zero"),
           "nearer": mark("at step {start}: {before} → now: {value}, nearer zero"),
           "": mark("at step {start}: {before} → now: {value}")},
}
# a two-group map's shades: the share of the group's colour over the background, least to surest,
# for the darker group and the lighter one (the kit's 0.16-0.5 for both read as one brown)
DOT_RADIUS, DOT_RIM = 0.065, 1.8   # the map's points: 4 px across at 480p, with a dark rim (the kit's: 0.055, 1.0)
TWO_TONES = {False: (0.1, 0.38), True: (0.35, 0.7)}
# the ring round each practice point the network gets wrong (review of the tiny run, s31: the starting
# map's wrong guesses could not be seen, points and background in one palette): its radius (7 px at
# 480p, clear of its 4 px dot), its stroke in the wrong guesses' grey over a dark rim that keeps it
# seen on the light shades and the dark; dimmed to this while a few examples' own rings are told
WRONG_RING, WRONG_STROKE, WRONG_RIM, WRONG_DIM = 0.12, 2.5, 5.5, 0.2
# the cells one step changed, outlined (step_change): the rim's stroke, its words right of the map (in
# the room the tilts' ties leave), lifted from its bottom edge, and the share of the step's map blend
# they fade in from
CHANGE_STROKE, CHANGE_BUFF, CHANGE_LIFT, CHANGE_FROM = 3.5, 0.2, 0.9, 0.6
# our dial's one step magnified (tiny: on the six's scale it is a pixel or two): the box's width, its
# marks before and after the step this far apart, and its room from what stands round it
LENS_WIDTH, LENS_GAP, LENS_BUFF = 2.7, 1.2, 0.1
# the rounds ran out: how many was set before training began (after "at the end of round 30,", or alone)
PLANNED_STOP = {True: "as planned", False: "That number was set before it began"}
STOP_LABELS = {             # the stopping rule on screen: a short label
    "converged": "no longer getting better",
    "target_accuracy": "reached its target",
    "max_epochs": "as planned",
    "plateau": "stuck on a flat stretch",
    "diverged": "the cost blew up",
}


def step_words(step: int) -> tuple[str, dict]:
    """The step counter's words: a template and its facts."""
    if step == 0:
        return mark("before any step"), {}
    return (mark("after 1 step"), {}) if step == 1 else (mark("after {step} steps"), {"step": step})


def dial_words(before: float, value: float, start: int = 0, way: bool = True) -> tuple[str, dict]:
    """The watched dial's reading, from where it stood at step `start` to now, and which way
    from zero it went: with no maths, -1.23 reads as smaller than -0.70 ("a bigger dial" was not
    seen); further from zero is what a thicker line shows. A first reading after some steps
    names its step (review of the tiny run: "-0.88 is the value at step 20, not at the random
    start, and the frame doesn't say so"). `way`: False, no way named (a reading on the way: review
    ab2-d2, both: "further from zero" stood while "it wobbles, but it comes nearer zero" was said)."""
    facts = {"before": f"{before:.2f}", "value": f"{value:.2f}"}
    start_words = WHERE_FROM[start > 0]
    if start > 0:
        facts["start"] = start
    begin, now = float(facts["before"]), float(facts["value"])
    # a dial that crossed zero changed its sign, its colour and what it does: "nearer zero"
    # said of -0.18 to 0.08 would hide it (it went up, through zero)
    if not way:
        way = ""
    elif begin < 0 < now:
        way = "above"
    elif begin > 0 > now:
        way = "below"
    elif abs(now) > abs(begin):
        way = "further"
    elif abs(now) < abs(begin):
        way = "nearer"
    else:
        way = ""
    return start_words[way], facts


def way_readings(dial: dict, picks: list[int], values: list[float], last: int) -> list[tuple[str, dict]]:
    """The watched dial's readings at `picks`, every one from the same start: where it was
    watched from (review ab2-t-r1/r2, s30: "from step 1: -0.23 to -0.28", then "from step 42:
    -0.27 to -0.25", then "from step 1" again: the start kept changing). Its way from zero is named
    only on its last reading, at step `last` (the line's end) or after: on the way it wobbles, and
    "further from zero" stood while "it comes nearer zero" was said (review ab2-d2, s28; s30)."""
    return [dial_words(dial["from"], value, dial["start"], way=step >= last) for step, value in zip(picks, values)]


def cost_words(cost: float, total: int) -> tuple[str, dict]:
    """The cost's number above the curve, named for what it is measured on (every practice
    example), never a bare "cost now" that a viewer mixes up with the pile's (session 22's
    reviewers' single change: "this pile's cost 2.89" and "cost now 3.02" read as one cost):
    a template and its facts."""
    return mark("cost on all {total} practice examples: {cost}"), {"total": total, "cost": f"{cost:.2f}"}


def epoch_words(epochs: int, steps: int) -> str:
    """How many practice rounds (trips through all the practice examples) the steps made:
    one name for it, the stopping rule's (count_words(0) is "no": "no rounds" would not read,
    so a run stopped inside its first round says so)."""
    if epochs == 0:
        return "It stopped inside its first practice round, before one trip through all its practice examples."
    if epochs == steps:
        return "Each step was one practice round: one trip through all its practice examples."
    return ("That is one practice round; it goes once through all its practice examples." if epochs == 1 else
            f"That is {count_words(epochs)} practice rounds; each goes once through all its practice examples.")


def zoom_picks(tilts) -> list[int]:
    """Which of the pile's examples are drawn up close (ZOOM_CARDS of them, in the pile's
    order): the one with the biggest tilt, one with none (its pixel blank: "one does not care"),
    and the one with the smallest tilt that is not zero, so the close-up shows how they differ."""
    size = np.abs(np.asarray(tilts, dtype=float))
    order = [int(k) for k in np.argsort(-size, kind="stable")]
    picks = [order[0]]
    picks += [k for k in order if size[k] == 0][:1]
    picks += [k for k in reversed(order) if size[k] > 0 and k not in picks]
    picks += [k for k in order if k not in picks]
    return sorted(picks[:ZOOM_CARDS])


def piles_of(n: int, batch: int) -> tuple[int, int]:
    """How nncore's training loop cuts `n` practice examples into piles of `batch` (Trainer.train:
    `range(0, n, batch)`): how many piles there are, and the size of the last (smaller when
    `batch` does not divide `n`: 1438 in piles of 10 is 143 piles of 10 and one of 8, 144 steps)."""
    per = -(-n // batch)
    return (per, batch) if n % batch == 0 else (per - 1, n - (per - 1) * batch)


def one_guess_for_all(history) -> int | None:
    """The output every picture of the first pile is guessed as before any step, when it is
    one for all of them (random dials: one output happens to glow brightest for every picture);
    else None. Only for a pile drawn in a row of several pictures, each with its own output."""
    batch, n = history.config.get("batch_size"), len(history.split("train")[0])
    if not batch or batch >= n or batch > MAX_PILE or batch < 2 or history.config["sizes"][-1] < 2:
        return None
    rows = first_pile(history)
    guesses = history.network(0).guesses(history.split("train")[0][rows])
    return int(guesses[0]) if len(set(guesses.tolist())) == 1 else None


def written(value: float, places: int) -> str:
    """A number as drawn: a true zero is "0", a tilt that only rounds to zero "0.00"."""
    return kit_numbers.written(value, places, plain_zero="exact")


def tilt_written(value: float, places: int) -> str:
    """One example's tilt as drawn under its picture: at `places` decimals, or, when it is not
    zero but rounds to zero, "<0.01" (">−0.01" below zero) (a review: a tilt written "0.00"
    with its arrow, counted among "want down", read as a zero that wants something). The hand
    check adds it as 0.00."""
    text = written(value, places)
    if value and kit_numbers.number_of(text) == 0:
        return ("<" if value > 0 else ">\u2212") + f"{10.0 ** -places:.{places}f}"
    return text


def pile_tilts(history, rows) -> dict | None:
    """The first pile's own tilts for backprop's dial (`story_blame`'s): each
    example's gradient for it at the start (nncore's, one example at a time), how many want it
    turned down (uphill: a positive tilt), up, or not at all, their average, and the run's first
    step on it: the dial before and after (the snapshots'). Written with the fewest decimals
    (two, else three) at which the step checks by hand: step size x the average written = the
    change written = before - after written, and the written tilts average to the written
    average. None when there is no such pile, its average is not the run's own step (so the
    story would not be true), or it does not check (a review: "0.0212 x 1.5" at 4 decimals)."""
    if rows is None or len(history.snapshots) < 2 or history.snapshots[1].step != 1:
        return None
    from scenes.kit.readings import story_blame
    layer, row, col = dial = tuple(int(k) for k in story_blame(history)["dial"])
    x, y = history.split("train")
    net = history.network(history.snapshots[0].step)
    tilts = np.array([net.backward(x[i:i + 1], y[i:i + 1]).grad_weights[layer][row, col] for i in rows])
    lr = float(history.config["lr"])
    before = float(history.snapshots[0].weights[layer][row, col])
    after = float(history.snapshots[1].weights[layer][row, col])
    if not np.isclose(before - lr * tilts.mean(), after, rtol=0, atol=1e-9):
        return None
    for places in (2, 3):
        unit = 10.0 ** -places
        shown = [kit_numbers.number_of(written(v, places)) for v in tilts]
        average = round(float(tilts.mean()), places)
        change = round(kit_numbers.number_of(written(before, places))
                       - kit_numbers.number_of(written(after, places)), places)
        if (abs(round(lr * average, places) - change) < unit / 2 and abs(round(np.mean(shown), places) - average) < unit / 2
                and average != 0):
            break
    else:
        return None
    return {"dial": dial, "rows": [int(r) for r in rows], "tilts": tilts.tolist(), "places": places,
            "written": [tilt_written(v, places) for v in tilts], "average": written(average, places),
            "change": written(change, places), "before": written(before, places), "after": written(after, places),
            "lr": f"{lr:g}", "n_down": int((tilts > 0).sum()), "n_up": int((tilts < 0).sum()), "n_zero": int((tilts == 0).sum()),
            # every example with no tilt has a blank pixel where the dial reads (only then is it said)
            "blank": bool(reads_pixel(history, dial) and (tilts == 0).any()
                          and (x[np.asarray(rows)[tilts == 0], col] == 0).all())}


def few_tilts(tilts) -> list[int]:
    """Which of the step's tilts are drawn: FEW_TILTS of them, an honest sample of all: one from
    each of FEW_TILTS equal shares of the tilts that are not zero, least to most (so the spread
    is all there, each way as often as its share), each chosen in its share so that the few
    average as near as can be to the average of all of them (review ab-x2 s25: six arrows that
    averaged left beside "average of all 240" pointing right; before, review t2 s18: the first
    six were mostly "up" while the average turned the dial down). In the step's order."""
    tilts = np.asarray(tilts, dtype=float)
    nonzero = np.flatnonzero(tilts != 0)
    n = min(FEW_TILTS, len(nonzero))
    if not n:
        return []
    shares = np.array_split(nonzero[np.argsort(tilts[nonzero], kind="stable")], n)
    mean = float(tilts.mean())
    picks = [int(share[len(share) // 2]) for share in shares]
    for _ in range(3):
        for i, share in enumerate(shares):
            others = sum(tilts[p] for j, p in enumerate(picks) if j != i)
            # nearest the whole's average; among equals, nearest its share's middle
            def off(m: int) -> tuple:
                return round(abs((others + tilts[share[m]]) / n - mean), 12), abs(m - len(share) // 2)
            picks[i] = int(share[min(range(len(share)), key=off)])
    return sorted(picks)


def cancel_order(tilts) -> list[int] | None:
    """The order the few drawn tilts are laid end to end in (review ab2-t-r2, tiny: six arrows of
    about 0.1 each way, then "average 0.001" with no reason given): the longest first, then each
    time the one that brings the running total nearest zero, so the chain stays within the room
    the arrows themselves took. None when that is not so, when they all point one way, or when
    they do not nearly cancel (what is left more than CANCEL_SHARE of the longest): the chain is
    then not drawn, nor "they nearly cancel" said."""
    v = np.asarray(tilts, dtype=float)
    if not len(v) or not (v > 0).any() or not (v < 0).any():
        return None
    order = [int(np.argmax(np.abs(v)))]
    rest = [k for k in range(len(v)) if k != order[0]]
    while rest:
        run = float(v[order].sum())
        order.append(min(rest, key=lambda k: (abs(run + v[k]), -abs(v[k]))))
        rest.remove(order[-1])
    ends = np.cumsum(v[order])
    if ends.min() < min(0.0, v.min()) - 1e-12 or ends.max() > max(0.0, v.max()) + 1e-12:
        return None
    return order if abs(ends[-1]) <= CANCEL_SHARE * np.abs(v).max() else None


def tilt_count(tilts: dict) -> str:
    """How many of the pile's arrows point up (a tilt above zero: for them, up costs more), so
    want the dial turned down, and how many point down, in words (none: "none")."""
    def n(k: int) -> str:
        return count_words(k) if k else "none"
    total = tilts["n_down"] + tilts["n_up"] + tilts["n_zero"]
    # what the arrows show first, then what they want (review s32: "nine want it down" said over
    # nine arrows pointing up read as words against picture; before, g2 s20: "for nine, turning it
    # up costs more" was indirect); "so they want it down" is said as its yellow arrow comes
    # the arrows named first point up (n_down of them: they want the dial down), unless none do
    # and some point down; then the ways swap
    ways = ("up", "down") if tilts["n_down"] or not tilts["n_up"] else ("down", "up")
    first, other = (tilts["n_down"], tilts["n_up"]) if ways[0] == "up" else (tilts["n_up"], tilts["n_down"])
    words = f"{n(first)} of the {count_words(total)} point {ways[0]}: {ways[0]} costs them more, so they want it {ways[1]}"
    if other:
        words += f"; {n(other)} {'points' if other == 1 else 'point'} {ways[1]}"
    if tilts["n_zero"]:
        words += f"; {n(tilts['n_zero'])} {'does' if tilts['n_zero'] == 1 else 'do'} not care"
        # why, when it is so (a review: "the reason for 'does not care' is never given")
        if tilts.get("blank"):
            words += f": {'its pixel is' if tilts['n_zero'] == 1 else 'their pixels are'} blank"
    return words


def reads_pixel(history, dial: tuple[int, int, int]) -> bool:
    """Whether backprop's dial leaves an input pixel: it reads that pixel, ringed on each picture."""
    return dial[0] == 0 and input_kind(history) == "image"


def biggest_rise(history, upto: int | None = None) -> tuple[Record, Record] | None:
    """The clearest climb of the cost (every practice example's) over records one after
    another, each higher than the one before, after the first step's fall: the one that grows
    most for its size (its end over its start) among those two decimals show (a review: 0.89
    to 0.92 was "a weak example"). Each step suits its own pile, so the cost on all of them may
    go up. Up to step `upto` (where the replay is when it is shown: a climb not yet drawn on the
    curve is not shown up close). None when there is none, or a step takes every example."""
    n, batch = len(history.split("train")[0]), history.config.get("batch_size")
    if not batch or batch >= n:
        return None
    records = [r for r in history.records if 2 <= r.step <= (upto if upto is not None else r.step)]
    best, i = None, 0
    while i < len(records) - 1:
        j = i
        while j + 1 < len(records) and records[j + 1].cost > records[j].cost:
            j += 1
        if (j > i and f"{records[j].cost:.2f}" != f"{records[i].cost:.2f}"
                and (best is None or records[j].cost / records[i].cost > best[1].cost / best[0].cost)):
            best = (records[i], records[j])
        i = max(j, i + 1)
    return best


def close_up_records(history, rise: tuple[Record, Record], upto: int) -> list[Record]:
    """The records the close-up draws: the climb and CLOSE_UP_AROUND records either side, up to `upto`."""
    records = [r for r in history.records if 2 <= r.step <= upto]
    i, j = records.index(rise[0]), records.index(rise[1])
    return records[max(0, i - CLOSE_UP_AROUND): j + CLOSE_UP_AROUND + 1]


def rounds_told(history) -> dict:
    """How the loop's line tells what the steps axis counts, when a step takes a pile: how many
    piles make a practice round, and how many rounds make the steps planned (a review: the axis
    read 0 to 4320 from its first frame, where 4320 came from told only at the end); and how
    the stop is then told, its step counts not said twice. Full batch: a step is a round, told
    at the stop as before."""
    n = len(history.split("train")[0])
    batch = history.config.get("batch_size")
    stop, planned = stop_step(history), planned_steps(history)
    rounds = history.config.get("epochs", 1)
    per = -(-n // batch) if batch and batch < n else 0
    if not per or rounds * per != planned:
        return {"again_words": "Then again, many times over.", "axis_words": "",
                "stop_words": f"Training stopped after {stop} steps.", "epoch_words": epoch_words(history.final.epoch, stop)}
    # one idea, no pile arithmetic (review s33: 144 piles, the last of 8, 30 rounds and 4320 steps
    # came in a burst of numbers); a round is said, as the stop names one ("the end of round 30")
    # (review s34: "1 round = 144 piles" was wanted, said and written as said, long enough to read)
    told = {"again_words": Markup(f"Pile after pile, one step each: <bookmark mark='round'/>{per} piles make one round "
                                  f"through them all."),
            "axis_words": f"{rounds} rounds make {planned} steps."}
    if stop == planned:     # one sentence: where it stopped and why (a review heard the stop told twice)
        return {**told, "stop_words": "Training stopped", "epoch_words": f"at the end of round {rounds},"}
    return {**told, "stop_words": f"Training stopped early, after {stop} steps.",
            "epoch_words": epoch_words(history.final.epoch, stop)}


def count_template(guesses: np.ndarray, truths: np.ndarray) -> tuple[str, dict]:
    """How many of the row's examples it gets right: a template and its facts."""
    return "{right} of {total} right", {"right": int((np.asarray(guesses) == np.asarray(truths)).sum()),
                                         "total": len(truths)}


def reading_steps(recorded: list[int], start: int, end: int, n: int = COUNTS) -> list[int]:
    """The recorded steps a stretch's numbers read on the way from `start` to `end`: up to n
    evenly spread inside it (none at its very start: the number would seem to stall while the
    curve ran on), then `end`."""
    between = [s for s in recorded if start < s < end]
    if len(between) <= n:
        return between + [end]
    return [between[int(round(i))] for i in np.linspace(0, len(between) - 1, n + 2)[1:-1]] + [end]


def one_then_other(old: Mobject, new: Mobject) -> Succession:
    """`old` fades out, then `new` fades in where it stood: never both at once, one over the other."""
    return Succession(FadeOut(old), FadeIn(new))


def in_turn(make, shares: list[float]):
    """One animation per share, `make(k, run_time=..., rate_func=linear)` the k-th, each taking
    the time from the share before it to its own, chained into one smoothed Succession."""
    parts = [make(k, run_time=max(share - before, 1e-3), rate_func=linear)
             for k, (before, share) in enumerate(zip([0.0] + shares[:-1], shares))]
    return parts[0] if len(parts) == 1 else Succession(*parts, rate_func=smooth)


def stays_right(right_at: np.ndarray) -> np.ndarray:
    """For each example (a column of right or wrong at steps in order): right at some step and
    at every step after it (no steps: none)."""
    if not len(right_at):
        return np.zeros(right_at.shape[1], bool)
    first = right_at.argmax(axis=0)
    after = np.arange(len(right_at))[:, None] >= first[None, :]
    return right_at.any(axis=0) & (right_at | ~after).all(axis=0)


def told_example(history) -> int:
    """The practice example whose outputs the first step's chart draws: the first of the first
    pile (when a pile is drawn) whose every output that step pushed down, so the chart shows
    what the step just taken did to a picture the viewer has seen (review e2 s18: the chart's
    example came from outside the pile, 20 s after the step, and why was never said); else the
    story's own example (EXAMPLE)."""
    x = history.split("train")[0]
    batch, n = history.config.get("batch_size"), len(x)
    if not batch or batch >= n or batch > MAX_PILE or len(history.snapshots) < 2 or history.snapshots[1].step != 1:
        return EXAMPLE
    rows = first_pile(history)
    fell = history.network(1).outputs(x[rows]) < history.network(0).outputs(x[rows])
    return int(rows[int(np.argmax(fell.all(axis=1)))]) if fell.all(axis=1).any() else EXAMPLE


def cost_with(history, dial: tuple[int, int, int], rows: np.ndarray, value: float) -> float:
    """The cost (nncore's) on the practice examples `rows` at the start, our dial alone set to `value`."""
    layer, row, col = dial
    x, y = history.split("train")
    net = history.network(0)
    net.weights[layer][row, col] = value
    return float(net.cost_of(x[rows], y[rows]))


def dial_at(history, dial: tuple[int, int, int], k: int) -> float:
    """Our dial's value in snapshot k (0: before any step, 1: after the first)."""
    layer, row, col = dial
    return float(history.snapshots[k].weights[layer][row, col])


def hill_costs(history, dial: tuple[int, int, int], rows: np.ndarray,
               around_step: bool = False) -> tuple[float, np.ndarray, list[float]]:
    """Our dial's hill before any step: where the dial stands, the dial values HILL_SPAN either side
    of it, and the cost of the pile `rows` (nncore's) with the dial alone set to each of them.
    `around_step`: HILL_STEPS of the first step either side of its middle instead (the hill the
    step is taken on: on the wide one it is a pixel)."""
    at = dial_at(history, dial, 0)
    middle, reach = at, HILL_SPAN
    if around_step:
        after = dial_at(history, dial, 1)
        middle, reach = (at + after) / 2, HILL_STEPS * abs(after - at)
    dials = np.linspace(middle - reach, middle + reach, HILL_POINTS)
    return at, dials, [cost_with(history, dial, rows, v) for v in dials]


def hill_step(history, dial: tuple[int, int, int], rows: np.ndarray) -> dict:
    """The dot's two places on the hill: our dial before and after the first step (the snapshots')
    and the cost of `rows` there with that dial alone turned (nncore's): the step goes downhill."""
    dials = [dial_at(history, dial, k) for k in (0, 1)]
    return {"dials": dials, "costs": [cost_with(history, dial, rows, v) for v in dials]}


def first_step(history) -> dict:
    """Why the first step may cut the cost so much: with several outputs, nearly all should
    say "no" (near 0) for each example; at the start they all said about a half, and the
    first step pushed them all down, the one that should say "yes" too. The numbers, and
    "explains": whether the first step cut the cost by a third or more, most of it from the
    "no" outputs, and pushed the "yes" outputs down too, on average and for the example drawn
    (only then is it said)."""
    x, y = history.split("train")
    y = np.atleast_2d(y)
    step1 = min(len(history.snapshots) - 1, 1)
    before, after = history.network(0).outputs(x), history.network(history.snapshots[step1].step).outputs(x)
    no = y == 0
    one = told_example(history)

    def no_part(out: np.ndarray) -> float:
        return float(((out - y) ** 2 * no).sum(axis=1).mean())

    cost0, cost1 = history.records[0].cost, record_at(history.records, history.snapshots[step1].step).cost
    fell = cost0 - cost1
    yes = ~no
    explains = (y.shape[1] >= 3 and history.snapshots[step1].step == 1 and fell >= cost0 / 3
                and no_part(before) - no_part(after) >= fell / 2
                and after[yes].mean() < before[yes].mean()
                # "the step pushed every output down": of the example drawn, every one
                and bool((after[one] < before[one]).all()))
    if not explains:         # not said: no numbers to count against the chapter's own
        return {"explains": False, "example": one, "from_pile": False,
                **dict.fromkeys(("cost0", "cost1", "n_out", "no_count", "out0", "out1", "yes_name"), "")}
    # the drawn example's "yes" output, by its name (a review: "the one that should say yes" was
    # output 0, never said)
    yes_name = output_names(history)[int(np.argmax(y[one]))]
    # its averages are the drawn example's own: the dashed lines stand at the mean of its bars
    return {"explains": True, "example": one, "from_pile": one in set(first_pile(history).tolist()),
            "cost0": f"{cost0:.2f}", "cost1": f"{cost1:.2f}", "n_out": count_words(y.shape[1]),
            "no_count": count_words(y.shape[1] - 1), "out0": f"{before[one].mean():.2f}", "out1": f"{after[one].mean():.2f}",
            "yes_name": yes_name}


# --- the scene ---

def section_parts(n_segments: int, start: int, priority: tuple[int, ...] = (1, 2, 0, 3)) -> list[list[int]]:
    """Segments start..n-1 in order over the four panel lines; the extra ones go to the lines
    in `priority` order (the examples or map first: where the guesses visibly improve)."""
    sizes = sorted((len(p) for p in np.array_split(np.arange(start, max(n_segments, start)), len(priority))),
                   reverse=True)
    counts = [0] * len(priority)
    for line, size in zip(priority, sizes):
        counts[line] = size
    bounds = np.cumsum([start] + counts)
    return [list(range(a, b)) for a, b in zip(bounds[:-1], bounds[1:])]


def lighter(colors) -> int:
    """Which of the groups' colours is the lightest (by luminance): with two groups, its shades
    are drawn light, the other's dark (TwoToneMap), and the words call them so."""
    return int(np.argmax([luminance(c) for c in colors]))


def shade_words(labels: list, colors) -> str:
    """What the map's background is, said as its shading comes (review of the tiny run, session
    23: "the colours behind the points" at 12 s, their meaning only at 45 s): its answer at each
    spot, and with two groups which shade is which (light and dark, as TwoToneMap draws them)."""
    words = ": the background shows its answer at each spot"
    if len(labels) != 2:
        return words + ", in each group's colour"
    light = lighter(colors)
    return Markup(f"{words}, <bookmark mark='shades'/>light for {screen_shorten(str(labels[light]))}, "
                  f"dark for {screen_shorten(str(labels[1 - light]))}")


class TwoToneMap(BoundaryMap):
    """The boundary map with two groups told apart by lightness too: the lighter group's shades
    light, the darker's dark, each in its own hue, brighter still surer (review of the tiny
    run: "the outer shading (dark brown) and inner shading (grey-brown) are nearly the same")."""

    def _shade(self, s: int):
        if len(self.colors) != 2:
            return super()._shade(s)
        cls, level = divmod(s, SURENESS_LEVELS)
        low, high = TWO_TONES[cls == lighter(self.colors)]
        return interpolate_color(ManimColor(theme.current().background), ManimColor(self.colors[cls]),
                                 low + (high - low) * (level + 1) / SURENESS_LEVELS)

    def point_groups(self, points: np.ndarray, classes: np.ndarray, radius: float, colors=None) -> VGroup:
        """The kit's dots, rimmed wider in the background's colour (review of the tiny run,
        session 23: the cream dots melted into the cream patch, the browns into the brown)."""
        return super().point_groups(points, classes, radius, colors).set_stroke(width=DOT_RIM)


class WrongRings(VGroup):
    """A ring round each practice point the network gets wrong, on the map: those wrong at
    both ends of a stretch stay, those it turns right fade out, those it turns wrong fade in
    (each one VMobject of circles: cheap to redraw every frame). `strength` dims them all."""

    def __init__(self, bmap: BoundaryMap, points: np.ndarray, **kwargs) -> None:
        super().__init__(**kwargs)
        t = theme.current()
        self.bmap, self.inputs, self.strength, self.state = bmap, points, 1.0, None
        for _ in range(3):      # staying, going, coming
            ring = VMobject(fill_opacity=0).set_stroke(t.wrong, WRONG_STROKE)
            self.add(ring.set_stroke(t.background, WRONG_RIM, background=True))

    def between(self, before: np.ndarray, after: np.ndarray, t: float) -> WrongRings:
        """Drawn `t` of the way from the wrong set `before` to `after` (boolean, one per point)."""
        self.state = (np.asarray(before, bool), np.asarray(after, bool), t)
        # where the map stands now, at its size now (it shrinks at the end)
        centres, radius = self.bmap.to_frame(self.inputs), WRONG_RING * self.bmap.side / MAP_SIDE
        a, b = self.state[:2]
        for ring, mine, share in zip(self, (a & b, a & ~b, ~a & b), (1.0, 1.0 - t, t)):
            if mine.any():
                ring.set_points(_many_dots(centres[mine], radius))
            else:
                ring.clear_points()
            ring.set_stroke(opacity=self.strength * share).set_stroke(opacity=self.strength * share, background=True)
        return self

    def dim_to(self, strength: float, **kwargs) -> UpdateFromAlphaFunc:
        """All the rings fade to `strength` of their full opacity."""
        start = self.strength

        def update(mob: WrongRings, a: float) -> None:
            mob.strength = start + (strength - start) * a
            if mob.state is not None:
                mob.between(*mob.state)
        return UpdateFromAlphaFunc(self, update, **kwargs)

    def drawn(self) -> list[list[float]]:
        """The centres of the rings seen now, dimmed or not (for the manifest: what is drawn, read back)."""
        seen = [r.points for r in self if len(r.points) and r.get_stroke_opacity() > 0.5 * self.strength]
        if not seen:
            return []
        return np.concatenate(seen).reshape(-1, 32, 3).mean(axis=1)[:, :2].round(4).tolist()

    def __repr__(self) -> str:
        return f"WrongRings({len(self.inputs)} points)"


class BoldNetwork(NetworkDiagram):
    """The network drawn big with bold lines, so each reads red or blue at 480p: every line at
    least BOLD_WIDTH[0] wide, and its width step taken on the square root of its share of the
    biggest dial (on a straight share, every line of the first steps was in the thinnest step)."""

    def _edge_style(self, style: int) -> tuple[ManimColor, float, float]:
        colour = super()._edge_style(style)[0]
        k = style // 2
        return colour, BOLD_WIDTH[0] + BOLD_WIDTH[1] * k, BOLD_OPACITY[0] + BOLD_OPACITY[1] * k

    def _style_of(self, p: int, w: np.ndarray) -> np.ndarray:
        rows, cols = self._edge_index[p]
        shown = w[rows, cols]
        share = np.sqrt(np.minimum(np.abs(shown) / self.weight_scale, 1.0))
        step = np.minimum((share * N_BUCKETS).astype(int), N_BUCKETS - 1)
        return 2 * step + (shown >= 0)


class Training(Chapter):
    """The loop, replayed: real snapshots morph, the real cost curve grows, accuracy rises."""

    name, title = "training", "Training"

    # --- facts ---

    def facts(self) -> dict[str, object]:
        h = self.history
        n_train = len(h.split("train")[0])
        batch = h.config.get("batch_size")
        first, final = h.records[0], h.final
        base, told = super().facts(), rounds_told(h)
        return {
            **base,
            # "... at the end of round 30: it had used up all its practice rounds." said once
            "stop_because": (PLANNED_STOP[told["epoch_words"].endswith(",")] if stop_reason(h) in (None, "max_epochs")
                             # (a review: "it had used up all its practice rounds" explained nothing)
                             else base["stop_reason"] if told["epoch_words"].endswith(",")
                             else f"The reason: {base['stop_reason']}"),   # "stopped" said once
            "batch_words": (f"all {n_train} of its practice examples" if not batch or batch >= n_train
                            else f"a small pile of {batch} of its {n_train} practice examples"),
            "examples_words": (f"Here are {count_words(len(self.examples()))} practice examples it still gets wrong"
                               if self.climbing[1] else
                               f"Here are {count_words(len(self.examples()))} of its practice examples"),
            # the one example's bars stay from the first step on (only when that step is told)
            "bar_words": (f". On the right, output {first_step(h)['yes_name']} climbs too"
                          if first_step(h)["explains"] else ""),
            # the cost jumping about is said only when the close-up shows it (see biggest_rise)
            # (review 9: "each pile is different" read as the curve being each pile's cost, against
            # "the cost on every example"; the close-up of steps 721-905 stood unnarrated)
            **({"jump_words": "Up close it jumps: each step suits one pile, not all;",
                "cost_trend": "the trend is " + ("down" if final.cost < first.cost else "up")}
               if biggest_rise(h, self.span(2)[0]) else
               {"jump_words": "As the steps add up,",
                "cost_trend": "it slides downhill" if final.cost < first.cost else "it climbs instead of falling"}),
            # headline numbers (examples, steps) are said once here: these words repeat neither
            **told,
            "dial_words": self.dial_story(),
            **first_step(h),
            # the first step's chart: on one example of the pile, right after its step; else, later,
            # after the cost it cut is told
            "one_words": ("Here is what that step did to one example from the pile." if self.first_early else
                          f"That first step took the cost down to {first_step(h)['cost1']}." if first_step(h)["explains"] else ""),
            # every example's cost, its curve, comes as the loop goes on to pile after pile (review e2
            # s18: "the curve is the cost on every example" was said over one line, the first fall)
            # (session 22's reviewers: the pile's cost and every example's read as one: each is named)
            "curve_words": ("" if not self.tilts else "The curve is the cost on all the practice examples, not one pile. "
                            if not self.first_early else
                            # (review s33: the pile's and one example's starting costs beside the
                            # curve's were two numbers too many, and "it" after one example's 1.17
                            # read as that example: the curve's own average is named)
                            # (review s36 r2, digits 84-93 s: one example's 3.31 and the pile's 2.89 beside
                            # all's 3.02 were "indistinguishable costs": one number, the cost read as
                            # how wrong, on average, rides down the curve's first fall as it is said;
                            # the start's number only written: said, it was a headline number's third time)
                Markup(f"<bookmark mark='start'/>The curve shows how wrong it is, on average over all the practice "
                       f"examples. <bookmark mark='fall'/>The first step took that average down to "
                       f"{first_step(h)['cost1']}. ")),
            # the cost measured is the pile's, when a pile is drawn (its own number comes as it is said)
            "cost_words": "the cost on this pile" if self.pile_drawn else "the cost",
            # on a map, its guesses are the colours that come with them (a review: the colours stood
            # from 3 s and were explained at 33 s; "a pale blur" was said over sharp bands)
            "guess_words": (shade_words(h.labels, class_colors(len(h.labels))) if self.mode() == "points"
                            else self.same_guess_words()),
            # how many it gets wrong at first, ringed on the map as it is said (review of the tiny
            # run, s31: "nothing says about half are wrong", and none could be seen)
            "wrong_words": self.wrong_words(),
            "rings_words": ", and the circles go" if self.wrong_words() else "",
            # the first pile's tilts for backprop's dial, when told ([tilts]); else the step in a line
            "tilt_count": self.count_said() if self.tilts else "",   # a sentence
            # what the white square on each picture is (a review: "never said aloud")
            "square_words": ("Our dial reads the pixel in the white square. "
                             if self.tilts and reads_pixel(h, self.tilts["dial"]) else ""),
            "lr": f"{float(h.config['lr']):g}",
            # each example's tilt is its own slope (descent's word) for the dial: said once
            # (its bookmarks point at the dials as they turn and write the step size as it is said:
            # a review of the tiny run saw 7 s of a near-still frame under these words)
            # (review of the tiny run: 15 s of these words over nothing but the counter; with every
            # example in each step, a few of their tilts for our dial are drawn as they are said)
            "step_words": "" if self.tilts else Markup(
                f"Then it takes one small step. <bookmark mark='tilts'/>Each example gives each dial its own tilt: <bookmark mark='slope'/>its own slope, "
                f"pointing uphill.{self.few_said} <bookmark mark='turns'/>Every dial turns by {float(h.config['lr']):g} times <bookmark mark='average'/>their average "
                f"over {'all the examples' if not batch or batch >= n_train else 'the pile'}, <bookmark mark='way'/>the other way: downhill. "
                f"{self.outline_said}<bookmark mark='size'/>{float(h.config['lr']):g} is the step size, found by trying. "),
        }

    def wrong_at(self, step: int) -> np.ndarray:
        """Which practice examples the network gets wrong at snapshot `step` (nncore's guesses)."""
        x, y = self.history.split("train")
        return self.history.network(step).guesses(x) != classes_of(y)

    def wrong_words(self) -> str:
        """" About half are wrong: 118, circled.", on a map whose points it gets some wrong
        before any step (they are ringed then); else nothing."""
        if self.mode() != "points" or not self.wrong_at(0).any():
            return ""
        wrong = self.wrong_at(0)
        n = count_words(int(wrong.sum()))
        # ("circled", never "ringed" nor "rings": the dial is outlined, and the tiny run's groups are rings)
        words = f"About half are wrong: {n}, circled." if 0.4 <= wrong.mean() <= 0.6 else f"{n[:1].upper()}{n[1:]} are wrong, circled."
        return Markup(f" <bookmark mark='wrong'/>{words}")

    @property
    def few_said(self) -> str:
        """" Here are six of them.", when a few of every example's tilts are drawn (review ab-x2
        s25: nothing said that only 6 of the 240 were drawn; "all 240" is said with the loop, and
        written here); else nothing."""
        if not self.line_tilts:
            return ""
        few = few_tilts(self.line_tilts["tilts"])
        # and, when they are drawn end to end, that they nearly cancel (cancel_order)
        cancel = (" <bookmark mark='cancel'/>Laid end to end, they nearly cancel."
                  if cancel_order([self.line_tilts["tilts"][k] for k in few]) is not None else "")
        return f" <bookmark mark='few'/>Here are {count_words(len(few))} of them.{cancel}"

    @property
    def outline_said(self) -> str:
        """"The outline on the map: where that step changed its answer. ", when the map's cells
        whose answer the first step changed are outlined with it (step_change, in tell_line_tilts'
        step) (review s34 r2, tiny 45 s: the orange outline came unsaid); else nothing."""
        if self.mode() != "points" or not self.line_tilts:
            return ""
        return "<bookmark mark='outline'/>The outline on the map: where that step changed its answer. "

    @property
    def rounds_said(self) -> bool:
        """Whether [again] tells the rounds and the steps they make (rounds_told): drawn then."""
        return bool(rounds_told(self.history)["axis_words"])

    @property
    def pile_drawn(self) -> bool:
        """Whether a step takes a pile small enough to draw (pile): its cost is then the pile's."""
        batch = self.history.config.get("batch_size")
        return bool(batch) and batch < self.n_train and batch <= MAX_PILE

    @property
    def fall_told(self) -> bool:
        """Whether [again] tells the first step's fall on the curve (the start's average, then
        the first step's): its header's cost and counter turn from the start's to step 1's then."""
        return bool(self.tilts) and "mark='fall'" in self.lines["again"]

    @cached_property
    def n_train(self) -> int:
        """How many practice examples the run has: every cost on the curve is over all of them."""
        return len(self.history.split("train")[0])

    def count_said(self) -> str:
        """tilt_count as a sentence, with a bookmark where the way they want the dial is said (its
        yellow arrow grows then) and one where the examples with no tilt are named (their cards are
        pointed at then: the frame stood still 6 s over these words)."""
        words = tilt_count(self.tilts)
        words = words[:1].upper() + words[1:]
        want = words.index("so they want")
        words = Markup(f"{words[:want]}<bookmark mark='want'/>{words[want:]}")
        if not self.tilts["n_zero"]:
            return words
        at = words.rindex("; ") + 2
        return Markup(f"{words[:at]}<bookmark mark='flat'/>{words[at:]}")

    @cached_property
    def first_early(self) -> bool:
        """Whether the first step's chart comes right after the step, on one example of the pile
        (review e2 s18's one change: at the step, what it did to one example from the pile)."""
        why = first_step(self.history)
        return bool(self.tilts) and why["explains"] and why["from_pile"]

    def same_guess_words(self) -> str:
        """Why every picture of the first pile has one guess, said as the guesses come (review 8:
        "a yellow 2 under every card, never explained: a newcomer thinks it is a bug")."""
        h = self.history
        g = one_guess_for_all(h)
        if g is None:
            return ""
        name = output_names(h)[g]
        return Markup(f": {h.labels[g]} for all {count_words(h.config['batch_size'])}, <bookmark mark='same'/>as random "
                      f"dials make output {name} glow brightest")

    @cached_property
    def tilts(self) -> dict | None:
        """The first pile's tilts for backprop's dial (pile_tilts), when the pile is drawn and
        the dial's line with it; else None (the step is told in a line)."""
        h = self.history
        if not self.pile_drawn:
            return None
        told = pile_tilts(h, first_pile(h))
        return told if told and self.diagram.edge_line(*told["dial"]) is not None else None

    @cached_property
    def line_tilts(self) -> dict | None:
        """Every example's tilt for backprop's dial when one step takes them all (no pile is
        drawn): pile_tilts over all of them, for the few drawn as "each example gives each dial
        its own tilt" is said; None otherwise, or when the dial's line is not drawn."""
        h = self.history
        batch, n_train = h.config.get("batch_size"), len(h.split("train")[0])
        if self.tilts or (batch and batch < n_train):
            return None
        told = pile_tilts(h, first_pile(h))
        return told if told and self.diagram.edge_line(*told["dial"]) is not None else None

    def mode(self) -> str:
        """"points" (a boundary map) or "examples" (a row of practice examples)."""
        return "points" if input_kind(self.history) == "point" else "examples"

    @cached_property
    def window(self) -> tuple[int, int]:
        """The steps the replay runs through while the examples' line is said."""
        return self.span(1)

    def span(self, line: int) -> tuple[int, int]:
        """The steps the replay runs through while panel line `line` is said (0: the weights)."""
        segments, part = self.segments, self.parts[line]
        return (segments[part[0]][0], segments[part[-1]][1]) if part else (segments[-1][1],) * 2

    @cached_property
    def segments(self) -> list[tuple[int, int]]:
        """The replay's stretches, from one shown snapshot to the next."""
        steps = shown_steps(self.history)
        return list(zip(steps[:-1], steps[1:]))

    @cached_property
    def parts(self) -> list[list[int]]:
        """The stretches each panel line replays. The loop's line takes the first one (two when
        the first step is not told); the first step's line none (the steps after the first went
        by under its chart, unexplained)."""
        start = 1 if first_step(self.history)["explains"] else 2
        return section_parts(len(self.segments), start=start, priority=LINE_ORDER)

    @cached_property
    def diagram(self) -> NetworkDiagram:
        """The network drawn, at step 0, its line widths on the scale of every shown snapshot."""
        h = self.history
        snaps = [h.snapshot(s) for s in shown_steps(h)]
        if self.mode() == "points":
            # bold lines too (review of the tiny run: "hair-thin wires" at 480p)
            return BoldNetwork(snaps[0].weights, snaps[0].biases, labels=output_names(h),
                                  weight_scale=largest_weight(*(s.weights for s in snaps)),
                                  width=5.6, height=1.8, max_drawn=DRAWN_NEURONS)
        return BoldNetwork(snaps[0].weights, snaps[0].biases, labels=output_names(h),
                           weight_scale=largest_weight(*(s.weights for s in snaps)),
                           width=BIG_NETWORK[0], height=BIG_NETWORK[1], max_drawn=DRAWN_NEURONS)

    @cached_property
    def watched(self) -> tuple[int, int, int] | None:
        """The one dial the weights line watches (layer pair, out, in), over its stretches."""
        if not self.parts[0]:
            return None
        return self.dial_to_watch(self.diagram, *self.span(0))

    def dial_story(self) -> str:
        """What the weights line says of the dial it watches. Into the output the first step
        left too low, going up: that it pushes that output up (more, or now, across zero). Else,
        when it feeds an output that should say "no" to most practice examples and goes further
        below zero, that is why (a review: "no reason is given for why this dial matters")."""
        words = self.watched_story()
        # not the dial whose tilts were just worked: said so (review t2 s18: "watch the thick
        # one" read as the same dial)
        told = self.tilts or self.line_tilts
        if self.watched is not None and told and tuple(told["dial"]) != tuple(self.watched):
            # (its ring is an outline: "ringed" sent a review to the only box, round an output)
            kind = type(words)      # (a bookmark in it stays one: Markup)
            return kind(words.replace("Watch the thick one", "Now watch another dial, outlined,").replace(
                "The thick one", "Another dial, outlined,"))
        return words

    def watched_story(self) -> str:
        """dial_story's words, the watched dial called "the thick one"."""
        plain = "Watch the thick one change, and its number below."
        h = self.history
        if self.watched is None:
            return plain
        pair, out, inp = self.watched
        start, end = self.span(0)
        if start > 0:       # its number reads "at step 20: ...": from when it is watched, said (review s33, tiny)
            plain = f"Watch the thick one change from step {start} on, and its number below."
        a, b = (float(h.snapshot(s).weights[pair][out, inp]) for s in (start, end))
        last = pair == len(h.snapshots[0].weights) - 1
        if last and out == self.yes_output() and b > a:
            name = output_names(h)[out]
            way = ("turns from red to blue, to push it up" if a < 0 < b else
                   "grows further above zero, to push it up harder" if a >= 0 else
                   "comes nearer zero, to push it down less")
            # first further down on the way (a review: "-0.18 to -0.19" read as the wrong way,
            # with no word for it; session 19, the dial into the pile example's output: "-0.23 to
            # -0.28, further from zero" drawn under "it comes nearer zero"): each pile pulls its own way
            lows = [float(s.weights[pair][out, inp]) for s in h.snapshots if start <= s.step <= end]
            if min(lows) < a:
                # its last reading lands as "but it comes nearer zero" starts (review s34: the
                # number moved away from zero as it was said): the wobble is said over the wobble
                return Markup(f"The thick one feeds output {name}, too low now. Each pile differs, so it "
                              f"wobbles, <bookmark mark='way'/>but it {way}.")
            return f"The thick one feeds output {name}, too low now: it {way}."
        y = np.atleast_2d(h.split("train")[1])
        tenths = round(10 * float((y[:, out] == 0).mean())) if y.shape[1] >= 3 else 0
        if not last or not b < a < 0 or tenths < 6:
            return plain
        # (a review could not see "most lines into the outputs turn red too" in 1,200 hair-thin
        # lines: not said)
        return (f"The thick one feeds output {output_names(h)[out]}, which should say no "
                f"{count_words(tenths)} times in ten: its dial goes further below zero.")

    @cached_property
    def dial_kept(self) -> bool:
        """Whether the dial watched stays, highlighted and counting, through the examples' line
        too: when the weights line says it "turns from red to blue" (a review: it turned blue in
        the line's last second and went at once, "never seen blue")."""
        return self.mode() == "examples" and "from red to blue" in self.lines.get("weights", "")

    @cached_property
    def climbing(self) -> tuple[list[int], bool]:
        """One practice example per group (as many as fit): where the run has one, an example
        it still guesses wrong when the row appears and right by the end of its line, so the
        count visibly climbs while "watch the count climb" is said (the guesses are the run's);
        and whether every one of them starts wrong (only then is that said)."""
        h = self.history
        x, y = h.split("train")
        classes = classes_of(y)
        start, end = self.window
        later = [s for s in shown_steps(h) if s > start]      # `end` among them (a shown step)
        right = {s: h.network(s).guesses(x) == classes for s in {start, end, *later}}
        wrong = ~right[start]
        fixed = wrong & right[end]
        # best of all: once right, right at every later step the row shows (a card that turns
        # red again reads as the count going backwards, which the words do not explain)
        stays = stays_right(np.array([right[s] for s in later]).reshape(-1, len(x)))
        # a group with no such card shows one already right that stays right, not one that flips back
        order = np.argsort(-(4 * (fixed & stays) + 2 * stays + wrong.astype(int)), kind="stable")
        picked = take_by_class(order, classes[order], self.cards_that_fit())
        return picked, bool(picked) and bool(wrong[picked].all())

    def examples(self) -> list[int]:
        return self.climbing[0]

    @cached_property
    def card_width(self) -> float:
        """Wide enough for the longest group name in small letters (a guess shrunk to fit a
        narrower card would fall under the smallest readable size)."""
        t = theme.current()
        longest = max(Text(str(name), font=t.font, font_size=t.small_size).width for name in self.history.labels)
        return max(CARD, longest)

    def cards_that_fit(self) -> int:
        """How many cards of that width fit the row: long names mean fewer cards."""
        return int(min(N_EXAMPLES, (ROW_WIDTH + CARD_GAP) // (self.card_width + CARD_GAP)))

    # --- the story ---

    def construct(self) -> None:
        h = self.history
        steps = shown_steps(h)
        records = drawn_records(h)
        view = self.build_view(steps, records)
        # the pile's words stand from the first frame, with the title (a review: "a blank frame under narration")
        view["ways"] = self.loop_ways(view["diagram"])
        view["pile"] = self.pile(view)
        # the network that practises stands from the first frame too (a review: "0-6 s nearly empty"),
        # with the key to its lines' colours (a review: red and blue from 0 s, told at 75 s)
        if self.mode() == "points":
            # big on the empty left while "each line is a dial" is said, home as the map comes
            # (review of the tiny run: "the left half empty over a 150 px network", as digits' was)
            diagram = view["diagram"]
            view["diagram_home"] = (diagram.get_center(), diagram.width)
            diagram.scale(POINTS_BIG_NETWORK[0] / diagram.width).move_to([*POINTS_BIG_NETWORK[1:], 0])
            self.show(network_first_box=[*diagram.get_corner(DOWN + LEFT)[:2], *diagram.get_corner(UP + RIGHT)[:2]])
        self.add(view["diagram"], view["sign_key"])
        view["shown"].add("key")
        # over the veils: the map's, with its keys above it, reaches the title's first letter
        title = self.show_title().set_z_index(SCRIM_Z + 1)
        self.show(title_z=SCRIM_Z + 1, title_box=[*title.get_corner(DOWN + LEFT)[:2], *title.get_corner(UP + RIGHT)[:2]])
        segments = self.segments
        why = first_step(h)["explains"]
        with self.say("loop") as tracker:
            self.build_up(view, tracker)
        if not (self.tilts or self.line_tilts) and "blame_arrows" in view:
            self.play(FadeOut(view.pop("blame_arrows")), run_time=0.4)
        if self.tilts:
            # the pile's own tilts for backprop's dial, their average, and the step on it
            with self.say("tilts") as tracker:
                self.tell_tilts(view, tracker)
        if self.first_early:
            # right after the step that turned every line: what it did to one example of the pile
            self.tell_first(view, [view["diagram"], view["sign_key"], view["ways"]], early=True)
        if self.tilts:
            # every example's cost, its curve, in place as its words start
            self.curve_comes(view)
        with self.say("again") as tracker:
            if self.tilts:
                self.curve_told(view, tracker)
            if not self.tilts:
                # the first step plays as "one small step" is said: the curve, the cost's number and
                # the counter move together (a review: the line drawn down to 1.14 over 9 s while
                # the labels said "cost now: 3.02", "before any step")
                self.step_counter(view)
                if self.line_tilts:     # a few examples' tilts, their average and the step, before it is taken
                    view["line_tilts"] = self.tell_line_tilts(view, tracker)
                else:
                    self.told_replay(view, segments[:1], tracker, {}, run_time=STEP_TIME,
                                     with_first=self.pile_after_step(view))
                if view["pile"] is not None:
                    self.show(words_after_first_step=self.words_on_screen())
            if self.rounds_said:
                # "pile after pile ... 30 rounds through them all make 4320 steps": drawn as said
                view["rounds"] = self.tell_rounds(view, tracker)
            # no first step told: the next stretch plays over what is left of the line, the dials
            # and the step size pointed at as they are named
            cues = {}
            if "mark='turns'" in self.lines["again"]:
                cues = {"turns": lambda: self.point_at(view["diagram"]), "size": self.step_size_cue(view)}
                if "line_tilts" in view:     # the tilts give way to the key again, the dials turning
                    del cues["turns"]
                    cues["again"] = self.tilts_away(view)
                elif not self.rounds_said:
                    cues["again"] = "step"
            stretches = segments[0 if "line_tilts" in view else 1:1 if why else 2]
            if "line_tilts" in view and stretches and stretches[0][1] > 1:
                # step 1 alone while its sum stands, the counter at "after 1 step", until "then
                # again" (review u2 s18: "our dial in step 1" over "after 4 steps" read as four
                # steps moving it 0.002)
                size = cues.pop("size", None)
                if "map" in view:      # where the map's answer changed in step 1, outlined as it changes
                    view["line_tilts"].add(self.step_change(view, stretches[0][0], 1))
                self.told_replay(view, [(stretches[0][0], 1)], tracker, {}, run_time=STEP_TIME,
                                 with_first=view.pop("with_step", []))
                if size is not None:        # "2 is the step size", written as it is said
                    self.wait_until_bookmark("size")
                    self.play(size(), run_time=max(min(2.2, tracker.time_until_bookmark("again") - 0.1), 0.5))
                # step 1 stands until "then again" (with no zoom to watch, the size's words leave time)
                self.wait_before(tracker, "again", 0.1)
                stretches = [(1, stretches[0][1]), *stretches[1:]]
            self.told_replay(view, stretches, tracker, cues, with_first=view.pop("with_step", []))
        view.setdefault("rounds", []).append(self.pile_parts(view))   # still standing: it goes with them
        # the panels the first step's chart stands in place of, while it is told
        behind = [view["diagram"], view["sign_key"], view["curve"].axes, view["curve"].labels, view["curve"].curve,
                  view["texts"]["cost"], view["texts"]["step"]]
        if why and not self.first_early:      # the first step's big fall, explained while its cost is on screen
            self.tell_first(view, behind, early=False)
        else:
            self.chart_home(view, [view["ways"], *view.get("rounds", []), *view.pop("first_fall", [])])
        keys = ["weights", "boundary" if self.mode() == "points" else "examples", "cost", "accuracy"]
        panels = [view["diagram"], view["panel"], view["curve"], view["accuracy"]]
        # what each line names, pointed at when it is said
        close_up = self.close_up(view)
        cues = {"examples": {"count": "count"},
                "cost": {"now": close_up or "cost", "down": self.slide_down(view["curve"])},
                "accuracy": {"practice": self.draw_accuracy(view), "rose": self.rose_from(view)}}
        frame = None
        # the key to the lines' colours dims with the lines (review of the tiny run: "the network
        # fades to 20% while the legend stays bright, so the legend is orphaned")
        key_veil = self.veil(view["sign_key"])      # dims with the network while the key stands
        if self.mode() == "examples":     # where the big network shrinks to as the examples come (reveal)
            whole = view["diagram"]
            view["shrunk"] = Rectangle(width=whole.width, height=whole.height).move_to(whole).scale(
                SHRINK, about_point=whole.get_corner(UP + LEFT))
        veils = {"weights": self.veil(view.get("shrunk", view["diagram"])),
                 keys[1]: self.veil(view["panel"], *view["still_panel"], *([view["wrong_key"]] if "wrong_key" in view else [])),
                 "cost": self.veil(view["curve"], *view["curve"].labels, view["texts"]["cost"])}
        def box(m: Mobject) -> list[float]:
            return [*m.get_corner(DOWN + LEFT)[:2], *m.get_corner(UP + RIGHT)[:2]]
        self.show(key_veil=box(key_veil), sign_key_box=box(view["sign_key"]))
        dimmed: set[str] = set()
        hidden: set[str] = set()
        layers = {"veil": veils["cost"].z_index, "readings": []}
        # the lines (weights) get as many stretches as the examples: their line is long, and
        # with one slow stretch the picture looked still for ten seconds
        for key, panel, part in zip(keys, panels, self.parts):
            shown = [segments[i] for i in part]
            watched = []
            if key == "weights" and shown:
                watched = self.watch_dial(view)
                # (blue and red are told with the loop, where the key first stands; "thicker lines
                # are further from zero" is no longer said here: review h2 s21 saw no width change)
                cues["weights"] = {"one": self.dial_cue(view)}
            box = self.box_around(panel)
            # the box goes, then the next comes round the next panel (a box morphing
            # from one panel to the other was caught mid-way, a bent frame over both)
            pointer = Create(box) if frame is None else one_then_other(frame, box)
            if watched:
                # the dial watched is the one thing outlined as "another dial, outlined" is said:
                # no box round the whole network then (session 24: two outlines, the network's
                # the bigger, and the dial's number under it read as the network's caption)
                box, pointer = None, (FadeOut(frame) if frame is not None else None)
            self.show(**{f"{key}_box": box_of(box) if box is not None else None})
            frame = box
            dim = set(DIMMED.get(key, ())) & set(veils)
            if key == "accuracy" and "map" in view:
                # the learned ring stays to the end, small, beside the curves (review of the tiny
                # run: "at 63 s the whole map fades out and never comes back")
                dim.discard("boundary")
            coming, going = self.reveal(view, key)
            # from the cost's line on, the network and the examples are done with: hidden, not
            # dimmed (a review: "the dimmed network and examples stay on screen", ghost panels)
            gone = {k for k in dim if k in HIDDEN_FROM and keys.index(key) >= keys.index(HIDDEN_FROM[k])}
            for k in sorted(gone & (dim - dimmed)):
                veils[k].set_fill(opacity=1)
            hide = [veils[k].animate.set_fill(opacity=1) for k in sorted((gone & dimmed) - hidden)]
            hidden |= gone
            reveal = coming + watched + hide + [FadeIn(veils[k]) for k in sorted(dim - dimmed)] + [
                FadeOut(veils[k]) for k in sorted(dimmed - dim)]
            # the key's own veil: in with the network's, out with the key (on a map's screen the
            # curve takes the key's place: a veil left there hid part of it)
            if "weights" in dim - dimmed and "key" in view["shown"]:
                reveal.append(FadeIn(key_veil))
                self.show(key_dimmed_during=key)
            elif key_veil in self.mobjects and "key" not in view["shown"]:
                going.append(FadeOut(key_veil))
            self.show(**{f"hidden_during_{key}": sorted(gone)})
            dimmed = dim
            self.show(**{f"dimmed_during_{key}": sorted(dim)})
            # before the words: the panels back (after the first step's chart), the box round the
            # panel the line is about and what it brings (the key, the dial, the row of examples,
            # the accuracy) (a review: "This is how often it is right" was said before anything
            # for it was on screen)
            if going:
                self.play(*going, run_time=0.4)
            back = [FadeIn(Group(*behind))] if why and not self.first_early and key == "weights" else []
            self.play(*([pointer] if pointer is not None else []), *back, *reveal, run_time=0.6)
            if "map_shrink" in view:      # its cells are laid out from its side: drawn small from now on
                view["map"].side *= view["map_shrink"]
                view["map"]._cell_centres = view["map"]._cell_centres * view.pop("map_shrink")
            self.show(**{f"{key}_boxed_at": self.renderer.time})
            view[f"{key}_from"] = self.renderer.time
            with self.say(key) as tracker:
                if key == "examples" and "count" in cues[key] and "count" in self.lines[key]:
                    # the row pointed at as it is named; the run waits for "Watch the count climb"
                    # (a review: the count went 1 -> 6 -> 8 of 8 before those words)
                    self.play(self.point_at(view["panel"]), run_time=2.0)
                    self.wait_before(tracker, "count", 0.2)
                    self.show(count_climbs_from=self.renderer.time)
                    view["climb"] = True
                    self.show(climb_window=[shown[0][0], shown[-1][1]])
                    # a little longer than its words, so each step of the count stands a while
                    self.told_replay(view, shown, tracker, cues.get(key, {}),
                                     run_time=(tracker.get_remaining_duration() + CLIMB_EXTRA) / max(len(shown), 1))
                elif key == "weights" and watched:
                    # the stretch ends DIAL_HOLD before its words do, so the dial's last reading
                    # ("-0.19, nearer zero") stands as "it comes nearer zero" ends (review k2 s22:
                    # it read "further" as that was said, and the section ended before "nearer")
                    # (when the words wobble first, it lands as "but it comes nearer zero" starts)
                    land = (tracker.time_until_bookmark("way") if "mark='way'" in self.lines[key]
                            else tracker.get_remaining_duration() - DIAL_HOLD)
                    # (each stretch a frame short: each is rounded up to whole frames)
                    self.told_replay(view, shown, tracker, cues.get(key, {}),
                                     run_time=max(1.0, land / max(len(shown), 1) - 1 / config.frame_rate))
                    self.show(dial_settled_at=round(float(self.renderer.time), 3),
                              dial_settled_step=int(view["stretch"][1]))
                else:
                    if key == "cost" and "curve_from_start" in view:
                        # the line the run has drawn so far, from its first step, a dot on its tip
                        late = view.pop("curve_from_start")
                        run = max(1.0, min(2.5, tracker.time_until_bookmark("now") - 0.1))
                        self.show(curve_from_start={**late, "at": self.renderer.time, "run_time": run})
                        # (the counter stays at the step the network is drawn at: counting up with
                        # the line, s26, named steps the diagram never showed: test_labels)
                        self.play(view["curve"].draw_to(late["to"]), self.ride_tip(view), run_time=run, rate_func=linear)
                        self.tip_record(view, late["to"])
                    self.told_replay(view, shown, tracker, cues.get(key, {}))
                view["climb"] = False
            if "cost" in dim:       # the cost's number, read under its veil: drawn over it
                layers["readings"].append(view["texts"]["cost"].z_index)
        self.show(cost_layers=layers)
        self.finish(view, frame, records, steps)
        self.record_shown(steps, records, passed=sorted(view["drawn_at"] - set(steps)), read=view.get("guesses", {}))

    def veil(self, *parts: Mobject) -> Rectangle:
        """A veil in the background's colour that dims a panel the words are not about; drawn
        over it (z_index), numbers ticking under it included."""
        whole = Group(*parts)
        return Rectangle(width=whole.width + 0.1, height=whole.height + 0.1, stroke_width=0,
                         fill_color=self.theme.background, fill_opacity=SCRIM).move_to(whole).set_z_index(SCRIM_Z)

    def right_half_words(self) -> list[str]:
        """The words standing now right of the big network's outputs, over the pile's row (for
        the manifest: review g2 s20 counted ten text items there while our dial's step was told)."""
        return self.words_on_screen(lambda part: part.get_x() > RULER_SPAN[0] - 0.6 and part.get_y() > -1.3)

    def slide_down(self, curve: CostCurve):
        """"As the steps add up, it slides downhill": a bright flash runs down the curve drawn so
        far, from its first record to where the run is (the latest stretch alone looks flat)."""
        def run():
            # a bright flash runs down it, not a dot (review s23: a white dot running down the
            # curve beside its tip's read as another "now")
            path = VMobject().set_points(curve.curve.get_points().copy()).set_stroke(self.theme.focus, width=6)
            return ShowPassingFlash(path, time_width=0.35, run_time=2.2, rate_func=linear)
        return run

    def close_up(self, view: dict):
        """"Up close it jumps: each step suits one pile, not all": the cost's first
        steps up close, beside the curve's corner where they are squashed (a review: steps 1-73
        were a pixel or two of the 4320-step axis, and the cost went up from 0.89 to 0.92 unsaid),
        its biggest climb ringed (white: look here) with its two costs; None when there is none.
        Stands until the accuracy's line takes its place (reveal)."""
        upto = self.span(2)[0]
        self.show(close_up_upto=upto)
        rise = biggest_rise(self.history, upto)
        if rise is None:
            return None
        t = self.theme
        records = close_up_records(self.history, rise, upto)
        lo, hi = min(r.cost for r in records), max(r.cost for r in records)
        (width, tall), first, last = CLOSE_UP_SIZE, records[0].step, records[-1].step

        def at(r: Record) -> list[float]:
            return [width * (r.step - first) / max(last - first, 1), tall * (r.cost - lo) / max(hi - lo, 1e-12), 0.0]
        line = VMobject(stroke_color=t.cost, stroke_width=3).set_points_as_corners([at(r) for r in records])
        axis = dict(color=t.muted, stroke_width=2)
        frame = VGroup(Line([0, 0, 0], [width, 0, 0], **axis), Line([0, 0, 0], [0, tall, 0], **axis))
        # "looking back": the counter is past these steps by now (a review: "steps 721 to 905, up
        # close" stood beside a counter at 1581-4320, read as where the run was)
        title = self.text("looking back: steps {first} to {last}, up close", size="small", color=t.text,
                          facts={"first": first, "last": last})
        title.next_to(frame, UP, buff=0.15).align_to(frame, LEFT)
        ends = [np.array(at(r)) for r in rise]
        ring = RoundedRectangle(corner_radius=0.08, width=abs(ends[1][0] - ends[0][0]) + 0.3,
                                height=abs(ends[1][1] - ends[0][1]) + 0.3, stroke_color=t.focus,
                                stroke_width=2.5).move_to((ends[0] + ends[1]) / 2)
        costs = [self.text("{cost}", size="small", color=t.cost, facts={"cost": f"{r.cost:.2f}"}) for r in rise]
        costs[0].next_to(ring, DOWN, buff=0.08).align_to(ring, LEFT)
        costs[1].next_to(ring, UP, buff=0.08).align_to(ring, RIGHT)
        # its scale: the lowest and highest cost it draws (a review: "no y-axis")
        scale = VGroup(*(self.text("{cost}", size="small", color=t.text, facts={"cost": f"{c:.2f}"})
                         .next_to([0, y, 0], LEFT, buff=0.1) for c, y in ((lo, 0.0), (hi, tall))))
        whole = VGroup(title, frame, scale, line, ring, *costs).set_z_index(2)
        if self.mode() == "points":
            # under the curve, at the frame's right edge, clear of the step counter on its left
            whole.next_to(view["curve"].axes, DOWN, buff=0.75)
            whole.shift((config.frame_width / 2 - 0.3 - whole.get_right()[0]) * RIGHT)
        else:
            # where the network stood, hidden from this line on (a review: the left 40% empty)
            whole.move_to(view["diagram"]).align_to(view["diagram"], LEFT).shift(0.3 * RIGHT)
        view["close_up"] = whole
        self.show(close_up={"steps": [r.step for r in records], "costs": [r.cost for r in records], "upto": upto,
                            "rise": [[r.step, r.cost] for r in rise],
                            "words": [m.original_text for m in (title, *costs, *scale)],
                            "height_per_cost": tall / max(hi - lo, 1e-12)})

        def run():
            # then a dot rides the jumps, there and back, as "each step suits one pile, not all" is
            # said, until the accuracy's line (a review: ~20 s nearly still from here; one ride, in
            # the stretch its cue falls in, left the left half still 3.3 s at 3 fps while the words
            # went on): it keeps riding through the later stretches, by the clock
            # a bright stretch of its line, not a dot (review s23: its white dot, the whole curve's
            # and the tip's read as three "now"s; the tip alone is "now", and says so)
            path = line.copy()
            dot = line.copy().set_stroke(t.focus, width=5).set_z_index(3).set_opacity(0)
            dot.ridden = -2.0           # unseen until the line and its ring are drawn (the play adds it at once)

            def ride(mob: Mobject, dt: float) -> None:
                mob.ridden += dt
                if mob.ridden >= 0:
                    phase = (mob.ridden / DOT_RIDE) % 2.0
                    at = phase if phase <= 1.0 else 2.0 - phase
                    mob.pointwise_become_partial(path, max(at - RIDER / 2, 0.0), min(at + RIDER / 2, 1.0))
                    mob.set_stroke(opacity=1)
            view["close_up_dot"] = dot
            # where these steps lie on the whole curve: a box there, tied to the close-up by two
            # lines (review g2 s20: "not tied to the main curve by any zoom box")
            tie = self.zoom_tie(view["curve"], first, last, lo, hi, frame)
            view["close_up"].add(tie)
            self.show(zoom_box={"steps": [first, last], "x": [float(tie[0].get_left()[0]), float(tie[0].get_right()[0])],
                                "step_x": [view["curve"].step_x(first), view["curve"].step_x(last)],
                                "y": [float(tie[0].get_bottom()[1]), float(tie[0].get_top()[1])],
                                "cost_y": [float(view["curve"].axes[0].get_start()[1] + c / view["curve"].top * view["curve"].h)
                                           for c in (lo, hi)]})
            now = self.now_label(view)
            return Succession(FadeIn(VGroup(title, frame, scale, tie, *now), run_time=0.3), Create(line, run_time=1.2),
                              FadeIn(VGroup(ring, *costs), run_time=0.5), Animation(dot.add_updater(ride), run_time=0.2))
        run.lasting = 2.2
        return run

    def zoom_tie(self, curve: CostCurve, first: int, last: int, lo: float, hi: float, frame: VGroup) -> VGroup:
        """A box round steps `first` to `last` (costs `lo` to `hi`) on the whole curve, as it
        stands, and two thin lines from it to the close-up's `frame` (its nearer side)."""
        t = self.theme
        bottom = curve.axes[0].get_start()[1]
        xs = [curve.step_x(first), curve.step_x(last)]
        ys = [bottom + c / curve.top * curve.h for c in (lo, hi)]
        box = Rectangle(width=xs[1] - xs[0] + 0.12, height=ys[1] - ys[0] + 0.12, stroke_color=t.focus, stroke_width=2)
        box.move_to([(xs[0] + xs[1]) / 2, (ys[0] + ys[1]) / 2, 0])
        toward = LEFT if frame.get_center()[0] < box.get_center()[0] else RIGHT      # the close-up's side
        line = dict(color=t.focus, stroke_width=1.5, stroke_opacity=0.6)
        return VGroup(box, *(Line(box.get_corner(toward + v), frame.get_corner(-toward + v), **line) for v in (UP, DOWN)))

    def first_steps(self, records: list[Record]) -> VGroup | None:
        """The steps the weights line replays, up close, from step 1 (the first step's fall, told
        before with its own arrow, would flatten the rest): its own cost axis from 0, its steps
        written "1" and where the line ends, a title. None when those steps fill a tenth or more
        of the step axis (readable there), or the curve is not on screen then (a map's screen)."""
        if self.mode() == "points" or not self.parts[0]:
            return None
        end = self.span(0)[1]
        drawn = [r for r in records if 1 <= r.step <= end]
        if end > FIRST_STEPS_SHARE * planned_steps(self.history) or len(drawn) < 3:
            return None
        t = self.theme
        # its cost axis from its lowest cost to its highest, both written (as the close-up's): from
        # 0, the slow fall after the first steps was 7 px (a review asked for it readable)
        lo, hi = min(r.cost for r in drawn), max(r.cost for r in drawn)
        inset = CostCurve([r.step - 1 for r in drawn], [r.cost - lo for r in drawn], end - 1, *FIRST_STEPS_SIZE)
        small = dict(font=t.font, font_size=t.small_size, color=t.muted)
        # the axes' ends written as the costs and steps they are (the step axis counts from step 1)
        for k, words in ((1, f"{lo:.2f}"), (2, f"{hi:.2f}"), (3, "1"), (4, str(end))):
            side = LEFT if k in (1, 2) else DOWN
            old = inset.labels[k]
            inset.labels.submobjects[k] = Text(words, **small).move_to(old).align_to(old, -side)
        title = self.text("steps 1 to {last}, up close", size="small", color=t.text, facts={"last": end})
        title.next_to(inset.labels[0], UP, buff=0.1).align_to(inset.labels[0], LEFT)
        whole = VGroup(inset, title).set_z_index(2)
        # the bottom right, clear of the step counter on its left and of the subtitles below
        whole.shift([config.frame_width / 2 - 0.35 - whole.get_right()[0], BOTTOM + 0.1 - whole.get_bottom()[1], 0])
        whole.curve, whole.draw_to, whole.reveal_to = inset.curve, inset.draw_to, inset.reveal_to
        self.show(first_steps={"steps": [r.step for r in drawn], "costs": [r.cost for r in drawn], "floor": lo,
                               "top": lo + inset.top, "height_per_cost": inset.h / inset.top,
                               "words": [title.original_text, *(inset.labels[k].text for k in (1, 2, 3, 4))],
                               "box": [*whole.get_corner(DOWN + LEFT)[:2], *whole.get_corner(UP + RIGHT)[:2]]})
        return whole

    def rose_from(self, view: dict):
        """"It rose as the cost fell": where the accuracy started written under its number, while
        a dot runs down the cost's curve (its line is drawn a moment before, with "how often it is
        right": draw_accuracy)."""
        t = self.theme
        start = record_at(self.history.records, 0).train_accuracy
        words = self.text("up from {percent}% before any step", size="small", color=t.text,
                          facts={"percent": round(100 * start)}).set_z_index(2)
        words.next_to(view["accuracy_labels"], DOWN, buff=0.12)
        self.show(start_train_accuracy=start)

        def run():
            # the cost's curve boxed, not a dot run down it (review t2 s18: a dot at step 260
            # beside "after 743 steps" and the tip's dot read as another "now")
            # the whole chart boxed, its axes too (review h2 s21: a box round the line alone read as
            # a white rectangle drawn over the chart)
            curve = view["curve"]
            target = VGroup(curve.axes, curve.curve)
            self.show(rose_box={"pointed": box_of(target), "axes": box_of(curve.axes)})
            return AnimationGroup(FadeIn(words, run_time=0.4), self.point_at(target))
        return run

    def draw_accuracy(self, view: dict):
        """"This is how often it is right": the accuracy's line drawn from before any step to the
        step the replay has reached, its number (at the replay's step) coming after the line
        starts (review of the tiny run: "100% right" stood over an empty chart, the number before
        its picture)."""
        line, texts = view["accuracy_curve"], view["texts"]

        def run():
            now = view["stretch"][0]
            # the line up to where the replay is came in with its box, before the words (reveal),
            # and grows with the counter after (replay): drawn from step 0 in the stretch, it ended
            # 200 steps short of "after 800 steps" (review t2 s18: the line at 600 beside "after
            # 743 steps"); faded in at "how often" it stood half there or empty as "This is how
            # often it is right" was said (reviews ab-x2 s26, both, 72 s)
            # in a stretch, its ticker fades the number in (run.appears), a little after the line
            # starts; with no stretch left, here, as the line ends
            replayed = "train_appears" in view
            if replayed:
                view["train_appears"] = min(view["train_appears"] + NUMBER_AFTER_LINE, 0.95)
            view["shown"].add("train")
            records = [r for r in view["records"] if r.step <= now]
            floor = line.axes[0].get_start()[1]
            line.full.shift(line.axes[0].get_start() + line._offset - line.full.get_start())   # to its axes
            self.show(accuracy_line={"steps": [r.step for r in records],
                                     "accuracy": [r.train_accuracy for r in records], "drawn_from": view["accuracy_from"],
                                     "scale_height": line.h, "scale_floor": floor, "last_step": line.last_step,
                                     "drawn_start": (line.full.get_start()[1] - floor) / line.h})
            number = ([] if replayed else [texts["train"]]) + ([view["note"]] if view["note_on"] else [])
            # (in a Succession the number stood at full strength until its turn came)
            return AnimationGroup(Animation(line.curve), *([during(FadeIn(Group(*number)), 0.75, 0.95)] if number else []))
        run.appears = "train"
        return run

    def accuracy_curve(self, records: list[Record]) -> CostCurve:
        """How often it is right on its practice examples, at each record, as a line along the
        steps axis (0 to the steps planned, named, as the cost's: a review found no x label)
        on a scale from 0% to 100%; drawn as its line says it rose, then growing with the replay."""
        t = self.theme
        width, tall = ACCURACY_SIZE_MAP if self.mode() == "points" else ACCURACY_SIZE
        line = CostCurve([r.step for r in records], [r.train_accuracy for r in records], planned_steps(self.history),
                         width, tall, lead=CURVE_LEAD)
        line.top = 1.0                  # the scale's top is 100%, not its best
        line.full = VMobject().set_points_as_corners(line._points())
        line._offset = line.full.get_start() - line.origin
        line.curve.set_stroke(color=t.accuracy)
        line.remove(line.labels)
        o = line.origin
        small = dict(size="small", color=t.text)
        line.labels = VGroup(self.text("{percent}%", facts={"percent": 100}, **small).next_to(o + tall * UP, LEFT, buff=0.1),
                             self.text("{percent}%", facts={"percent": 0}, **small).next_to(o, LEFT, buff=0.1),
                             self.text("steps", **small).next_to(o + width / 2 * RIGHT, DOWN, buff=0.1),
                             Text(str(line.last_step), font=t.font, font_size=t.small_size, color=t.text)
                             .next_to(o + width * RIGHT, DOWN, buff=0.1))
        line.add(line.labels)
        return line.set_z_index(2)

    def build_up(self, view: dict, tracker) -> None:
        """The picture appears piece by piece as the loop is told: the pile as it is taken,
        the network and the key to its colours as it guesses (a flash forwards), the cost as
        it is measured, a flash backwards for the blame, the step counter as it steps. The
        examples, the curve and the accuracy come later, each when its own line explains it."""
        diagram, texts = view["diagram"], view["texts"]
        pairs = range(len(diagram.sizes) - 1)
        pile = view["pile"]
        # "each line is a dial: blue above zero, red below": its key, standing from the first
        # frame, pointed at (a review: the lines were red and blue from 0 s, told at 75 s)
        self.wait_until_bookmark("key")
        self.play(self.point_at(VGroup(*view["sign_key"][:2]), buff=ROW_BUFF), run_time=1.0)
        # the examples come as they are named (a review: 6 s of a still frame before the guesses)
        self.wait_before(tracker, "take", 0.3)
        self.show(take_at=self.renderer.time)
        if pile is None:      # every practice example at once: they are the points on the map
            shades = view["map"].shades if "map" in view else None
            if shades is not None:      # the map's shading comes as its guesses, with its key
                shades.set_fill(opacity=0)
            if "diagram_home" in view:      # the big network home first: the map takes its place
                self.wait_before(tracker, "take", 0.9)
                centre, width = view.pop("diagram_home")
                self.play(diagram.animate.scale(width / diagram.width).move_to(centre), run_time=0.6)
            self.play(FadeIn(Group(*view["still_panel"], *view["moving_panel"])), run_time=1.0)
            view["shown"].add("examples")
        else:                 # its words from the first frame; its pictures dealt one by one as it is taken
            # dealt over the words that take them, up to the guesses
            deal = min(max(tracker.time_until_bookmark("guess") - 0.3, 2.0), 3.5)
            # its words with its pictures, as it is said (a review: printed 6 s before)
            self.play(during(FadeIn(pile["words"]), 0.0, 0.1),
                      LaggedStart(*(FadeIn(p, shift=0.3 * DOWN) for p in pile["pictures"]), lag_ratio=0.3), run_time=deal)
        ways = view["ways"]
        self.wait_until_bookmark("guess")
        forwards = Succession(*(diagram.pulse_layer(i) for i in pairs))
        if pile is None:
            # each arrow is drawn the way its flash runs, with it (a review saw two still arrows);
            # on a map, its guesses are its shading, which comes with its key
            shading = []
            if "map" in view:
                shading = [view["map"].shades.animate.set_fill(opacity=1.0), FadeIn(view["shade_key"])]
                view["still_panel"].append(view["shade_key"])
                bmap = view["map"]
                self.show(shade_key={"at": self.renderer.time, "words": view["shade_key"][0].original_text,
                                     "colours": [[m.get_fill_color().to_hex() for m in strip[0]]
                                                 for strip in view["shade_key"][1]],
                                     "names": [strip[1].original_text for strip in view["shade_key"][1]],
                                     "map_colours": [m.get_fill_color().to_hex() for m in bmap.shades],
                                     "box": [*view["shade_key"].get_corner(DOWN + LEFT)[:2],
                                             *view["shade_key"].get_corner(UP + RIGHT)[:2]]})
            self.play(Create(ways[0][0]), FadeIn(ways[0][1]), forwards, *shading, run_time=1.2)
            if "mark='shades'" in self.lines["loop"]:     # "light for inner ring, dark for ...": the key's strips
                self.wait_until_bookmark("shades")
                self.play(self.point_at(view["shade_key"][1], buff=0.06), run_time=1.2)
                self.show(shades_pointed_at=self.renderer.time - 1.2)
            if "mark='wrong'" in self.lines["loop"]:     # "it gets 118 of them wrong": ringed as it is said
                self.wait_until_bookmark("wrong")
                self.ring_wrong(view)
        else:
            # the pictures go into the network (a copy of each flies into its first column), the
            # flash runs forwards, and its guess comes under each picture
            self.aim_guess(view, diagram)
            inputs = VGroup(*(diagram.neuron_at(0, i) for i in diagram.shown_indices(0)))
            copies = [p.copy() for p in pile["pictures"]]
            self.play(LaggedStart(*(p.animate.scale(0.2).move_to(inputs).set_opacity(0) for p in copies), lag_ratio=0.08),
                      Create(ways[0][0]), FadeIn(ways[0][1]), run_time=0.8)
            self.remove(*copies)
            self.play(forwards, run_time=0.8)
            self.play(FadeIn(pile["guesses"][0]), run_time=0.4)
            same = one_guess_for_all(self.history)
            if same is not None:
                # one guess for all (review 8: "a yellow 2 under every card, never explained"): the
                # outputs lit by their real glow, averaged over the pile, as the guesses come;
                # the one brightest for every picture ringed as the words name it
                h = self.history
                glows = h.network(0).outputs(h.split("train")[0][first_pile(h)]).mean(axis=0)
                outs = diagram.neuron_groups[-1]
                shown = diagram.shown_indices(len(diagram.sizes) - 1)
                lit = [c.copy().set_fill(colour, 1.0) for c, colour in
                       zip(outs, lit_colours(self.theme, [glows[i] for i in shown]))]
                # each output's glow written beside it (review 9: at 15 s the "2" said brightest
                # was not: 0.75 beside 0.71 and 0.70 is one shade of yellow), the brightest in the
                # guesses' yellow
                numbers = self.glow_numbers(diagram, glows, same)
                self.play(*(Transform(c, l) for c, l in zip(outs, lit)), FadeIn(numbers), run_time=0.4)
                self.wait_until_bookmark("same")
                out = diagram.neuron_at(len(diagram.sizes) - 1, same)
                # the box stays until the blame flows back (a ring of 1.2 s fell between frames)
                named = shown.index(same)
                ring = SurroundingRectangle(VGroup(out, diagram.output_label_group[named], numbers[named]),
                                            color=self.theme.focus, buff=0.05, stroke_width=3)
                self.show(same_guess={"output": same, "at": self.renderer.time, "glows": glows.tolist(),
                                      "ring": [*ring.get_corner(DOWN + LEFT)[:2], *ring.get_corner(UP + RIGHT)[:2]],
                                      "numbers": [box_of(m) for m in numbers[:-1]],
                                      "ways": [box_of(m) for row in view["ways"] for m in row]})
                self.play(FadeIn(ring), Circumscribe(numbers[named], color=self.theme.focus, fade_in=True, fade_out=True,
                                                     stroke_width=2), run_time=0.6)
                view["unlit"] = [c.copy().set_fill(self.theme.background, 1.0) for c in outs]
                view["same_ring"] = VGroup(ring, numbers)
        self.wait_until_bookmark("cost")
        curve = view["curve"]
        if pile is None:
            # the curve comes with the cost's number, so its fall is seen from the first step
            # (on a map the key to the lines' colours stands where the curve goes, until its line)
            early = [curve.axes, curve.labels, curve.curve] if self.mode() != "points" else []
            self.play(FadeIn(Group(texts["cost"], *early)), run_time=0.8)
            view["shown"].update(["cost", "curve"] if early else ["cost"])
        else:                 # the cost measured is this pile's; the curve, every example's, comes with the step
            self.play(FadeIn(pile["cost"][0]), run_time=0.6)
        self.wait_until_bookmark("blame")
        # the outputs' glow goes out as the blame flows back from them
        dark = [Transform(c, u) for c, u in zip(diagram.neuron_groups[-1], view.pop("unlit", []))] + \
            ([FadeOut(view.pop("same_ring"))] if "same_ring" in view else [])
        # what is passed back, seen and left standing (four reviews, session 24: "passes the blame
        # back" was a purple arrow alone, "nothing moves on the network"): backprop's violet
        # arrows, the outputs' first, then each hidden layer's as the flash reaches it
        arrows = view["blame_arrows"] = self.blame_arrows(diagram)
        flows = len(pairs)
        # (the glows' column, where the outputs' arrows come, gone first: never one over the other)
        dark = [during(anim, 0.0, 0.45) for anim in dark]
        self.play(*dark, Create(ways[1][0]), FadeIn(ways[1][1]), during(FadeIn(arrows[-1], shift=0.1 * LEFT), 0.5, 1.0),
                  run_time=BLAME_TIME[0])
        self.play(Succession(*(diagram.pulse_layer(i, reverse=True, color=self.theme.blame) for i in reversed(pairs))),
                  # (layer k's as the flash reaches it, its pair's share of the play done)
                  *(during(FadeIn(arrows[k - 1], shift=0.1 * LEFT), (flows - k) / flows, (flows - k + 0.6) / flows)
                    for k in range(1, flows)), run_time=BLAME_TIME[1])
        self.show(blame_arrows_at=self.renderer.time)

    def ring_wrong(self, view: dict) -> None:
        """Each practice point it gets wrong before any step ringed on the map, and their key and
        count beside the points' key; from now on they follow the replay (ring_steps)."""
        rings, wrong = view["map"].rings, self.wrong_at(0)
        rings.between(wrong, wrong, 1.0)
        self.play(Create(rings), FadeIn(view["wrong_key"]), run_time=1.0)
        view["shown"].update(["rings", "wrong"])     # the rings, and their count (it goes before them)
        self.rings_record(view, 0, at=self.renderer.time)

    def rings_record(self, view: dict, step: int, **more) -> None:
        """For the manifest: the rings seen on the map at `step`, read back from where they are
        drawn, with the map's box (tests find the points under them)."""
        border = view["map"].border
        self.shown.setdefault("wrong_rings", []).append(
            {"step": int(step), "centres": view["map"].rings.drawn(), "map": box_of(border),
             "words": view["texts"]["wrong"].original_text if "wrong" in view["texts"] else None,
             "opacity": round(max(float(r.get_stroke_opacity()) for r in view["map"].rings), 3), **more})

    def wrong_count(self, step: int) -> tuple[str, dict]:
        """The rings' count at `step`: a template and its facts."""
        return "wrong: {n}", {"n": int(self.wrong_at(step).sum())}

    def ring_steps(self, view: dict, steps: list[int], shares: list[float]):
        """The rings follow the map through the same snapshots: a point turned right loses its
        ring as the map blends there, one turned wrong gains one."""
        rings = view["map"].rings
        wrong = [self.wrong_at(s) for s in steps]
        return in_turn(lambda k, **timing: UpdateFromAlphaFunc(
            rings, lambda m, a, k=k: m.between(wrong[k], wrong[k + 1], a), **timing), shares)

    def aim_guess(self, view: dict, diagram: NetworkDiagram) -> None:
        """The loop's arrows raised or lowered so "guess" points out of the output every picture
        of the pile is guessed as, wherever it is (review s23: at 15 s the arrow stood in output
        7's row, 0.71, while the boxed guess was output 2, 0.75); home again when they go with
        the tilts (they come back there with the curve). Only when the pile has one guess and
        the tilts are told (else they stand on, where the curve comes)."""
        same = one_guess_for_all(self.history)
        if same is None or not self.tilts or same not in diagram.shown_indices(len(diagram.sizes) - 1):
            return
        ways = view["ways"]
        view["ways_home"] = ways.get_center().copy()
        out = diagram.neuron_at(len(diagram.sizes) - 1, same)
        ways.shift((out.get_y() - ways[0][0].get_y()) * UP)
        self.show(guess_arrow={"output": same, "y": float(ways[0][0].get_y()),
                               "x": [float(ways[0][0].get_start()[0]), float(ways[0][0].get_end()[0])],
                               "outputs_y": {i: float(diagram.neuron_at(len(diagram.sizes) - 1, i).get_y())
                                             for i in diagram.shown_indices(len(diagram.sizes) - 1)}})

    def blame_arrows(self, diagram: NetworkDiagram) -> VGroup:
        """The first pile's blame on each drawn neuron past the inputs, as backprop drew it: a
        violet arrow beside it, pointing the way its glow should go to lower the pile's cost
        (against nncore's slope of that cost at the neuron's input, the pile's own), thicker for
        more blame (against its layer's biggest). One group per layer pair (the inputs are the
        examples: nothing to blame); noted for the manifest with what each arrow is drawn as."""
        h, t = self.history, self.theme
        rows = first_pile(h)
        x, y = h.split("train")
        blames = h.network(0).backward(x[rows], np.atleast_2d(y)[rows]).grad_biases
        groups, noted = VGroup(), []
        for pair, blame in enumerate(blames):
            layer = pair + 1
            neurons = diagram.neurons(layer)
            shown = diagram.shown_indices(layer)
            gap = min((abs(a.get_y() - b.get_y()) for a, b in zip(neurons, neurons[1:])), default=1.0)
            tall = min(BLAME_ARROW[1], 0.9 * gap)
            top = float(np.abs(blame[shown]).max()) or 1.0
            last = layer == len(diagram.sizes) - 1
            beside = max(m.get_right()[0] for m in diagram.output_labels) + 0.18 if last else None
            group = VGroup()
            for i, circle in zip(shown, neurons):
                way = -np.sign(blame[i])
                if not way:
                    continue
                share = abs(float(blame[i])) / top
                at = np.array([beside if beside is not None else circle.get_right()[0] + 0.16, circle.get_y(), 0])
                long = max(BLAME_ARROW[3], tall * np.sqrt(share))     # (a straight share left most a tip alone)
                arrow = Arrow(at - UP * way * long / 2, at + UP * way * long / 2, buff=0, color=t.blame,
                              stroke_width=BLAME_ARROW[0] + BLAME_ARROW[2] * share, tip_length=0.13,
                              max_tip_length_to_length_ratio=0.6).set_z_index(2)
                group.add(arrow)
                noted.append({"layer": layer, "neuron": int(i), "blame": float(blame[i]),
                              "up": bool(arrow.get_end()[1] > arrow.get_start()[1]),
                              "length": float(abs(arrow.get_end()[1] - arrow.get_start()[1])),
                              "width": float(arrow.get_stroke_width())})
            groups.add(group)
        self.show(blame_arrows={"rows": [int(r) for r in rows], "arrows": noted})
        return groups

    def glow_numbers(self, diagram: NetworkDiagram, glows: np.ndarray, brightest: int) -> VGroup:
        """Each drawn output's glow (`glows`, real outputs) in a column beside its name, under a
        heading; the one at `brightest` in the guesses' yellow. The column's k-th is the k-th
        drawn output's; the heading comes last."""
        t = self.theme
        shown = diagram.shown_indices(len(diagram.sizes) - 1)
        labels = diagram.output_label_group
        left = max(m.get_right()[0] for m in labels) + 0.2
        column = VGroup(*(self.text("{glow}", size="small", color=t.highlight if i == brightest else t.text,
                                    facts={"glow": f"{glows[i]:.2f}"})
                          .move_to(label).align_to([left, 0, 0], LEFT) for i, label in zip(shown, labels)))
        # whose glow: the pile's average (a review took it for one example's, met again later)
        heading = self.text("the pile's\naverage glow", size="small", color=t.highlight).next_to(column, UP, buff=0.12).align_to(column, LEFT)
        return VGroup(*column, heading)

    def step_counter(self, view: dict, curve_too: bool = True) -> None:
        """As the step is said: the step counter, and (unless `curve_too` is False) every
        example's cost and its curve, which a pile's cost stood for until then."""
        texts, curve = view["texts"], view["curve"]
        if view["pile"] is None and not self.tilts:     # the cost and its curve came with "the cost"
            self.play(FadeIn(texts["step"]), run_time=0.6)
        elif not curve_too:
            self.play(FadeIn(texts["step"]), run_time=0.6)
        else:
            early = [curve.axes, curve.labels, curve.curve] if self.mode() != "points" else []
            self.play(FadeIn(Group(texts["step"], texts["cost"], *early)), run_time=0.6)
            view["shown"].update(["cost", "curve"] if early else ["cost"])
        view["shown"].add("step")

    def tell_tilts(self, view: dict, tracker) -> None:
        """"Each example has its own tilt for our dial": backprop's dial drawn in the network,
        ringed, the square it carries ringed in each of the pile's pictures, under each picture
        its own tilt for it (its guess gives way) as a number over an arrow as long as the tilt,
        pointing uphill (descent's white tilt: right when turning the dial up costs more), how
        many point each way; then the step as motion on our dial's ruler (review g2 s19's one
        change): the arrows fly into their average, it grows by the step size and turns round,
        yellow, downhill, and the dial moves along it from its value before the step to after
        (review v2 s19: tilts keyed "wants it turned down" then "the other way" read as backwards)."""
        t, told, pile = self.theme, self.tilts, view["pile"]
        diagram = view["diagram"]
        before, after = (kit_numbers.number_of(v) for v in (told["before"], told["after"]))
        # its own line, as wide as its size, ringed (review ab2: drawn thickest, against the key)
        edge, ring = self.marked_dial(diagram, told["dial"], before)
        turned = edge.copy().set_stroke(*self.drawn_style(diagram, told["dial"], after))
        self.show(tilt_dial={**self.ring_record(diagram, edge, ring), "value": before,
                             "after": float(turned.get_stroke_width()), "after_value": after})
        numbers, arrows = VGroup(), []
        cells = [text if tilt else mark("none") for text, tilt in zip(told["written"], told["tilts"])]
        unit = CARD_ARROW / max(abs(v) for v in told["tilts"])
        for picture, text, tilt in zip(pile["pictures"], cells, told["tilts"]):
            # no tilt at all reads "none", not "0" (a review: "0" and "0.00" with its arrow, a
            # tilt rounded away, looked the same at 480p)
            number = self.text("{tilt}", size="small", color=t.text, facts={"tilt": text}) if tilt else \
                self.text(text, size="small", color=t.text)
            number.next_to(picture, DOWN, buff=0.1)
            cell = VGroup(number)
            if tilt:
                arrows.append(self.tilt_arrow(tilt, unit, number.get_bottom() + DOWN * 0.17))
                cell.add(arrows[-1])
            numbers.add(cell)
        # named on its own line, over a patch of the background (a name in a corner read as a heading)
        name = self.text("our dial", size="small", color=t.text)
        name.add_background_rectangle(color=t.background, opacity=0.85, buff=0.04)
        # the right half holds our dial's ruler (review g2 s20's one change: ten text items
        # stacked there), on its own scale (the step seen as motion), the pile's cards under it
        # its line long enough for the biggest card's arrow on the ruler's own scale: the cards'
        # arrows are lifted onto it, one under another, before they merge (review ab-k2 s26)
        ruler = self.dial_ruler(told, np.array(PILE_RULER_AT), longest=max(told["tilts"], key=abs))
        # the close-up's own ruler, across the frame, in bigger words (review ab2-d2-r2, ab-k2-r2): the
        # cards' tilts, their average and the step told on it; it then shrinks into `ruler`, for the step
        big = self.dial_ruler(told, np.array(BIG_RULER_AT), longest=max(told["tilts"], key=abs), span=BIG_SPAN,
                              step_long=BIG_STEP, size=BIG_WORDS)
        # in plain words, as said (review g2 s20: "nine want it turned down" read better), and
        # the way the arrows point: they are tilts, uphill (review h2 s21: up arrows under
        # "want it down" read as the picture against its caption)
        # keyed by a white arrow like theirs, named: uphill (review ab-k2 s27: "the arrows all
        # point right, towards up, while the caption says they want it down; the column isn't
        # labelled uphill"), over the yellow one the way they want it, the step's
        count = VGroup(Arrow(LEFT * KEY_ARROW / 2, RIGHT * KEY_ARROW / 2, buff=0, color=t.text, stroke_width=6, tip_length=0.16),
                       self.text("uphill for {down} of {n}: up costs more", size=BIG_WORDS, color=t.text,
                                 facts={"down": told["n_down"], "n": len(told["tilts"])})).arrange(RIGHT, buff=0.15)
        # and the way that makes them want it turned, drawn as the step will be (yellow, down
        # the ruler) beside their uphill arrows (review ab-k2 s23: "nine of the ten want it down"
        # was said over nine arrows pointing up)
        want = VGroup()
        if float(np.mean(told["tilts"])) > 0:
            want = VGroup(Arrow(RIGHT * KEY_ARROW / 2, LEFT * KEY_ARROW / 2, buff=0, color=t.highlight, stroke_width=7, tip_length=0.18),
                          self.text("so they want it down", size=BIG_WORDS, color=t.highlight)).arrange(RIGHT, buff=0.15)
        # (no number on it: review s36, the step's numbers were "extra numbers" beside its hill)
        lines = self.ruler_words(told, ruler, mark("their average"))
        said = self.ruler_words(told, big, mark("their average"), size=BIG_WORDS)
        # the count (and the way they want it) where the average's words and the step's sum come
        # after it: they go as the average comes
        if len(want):
            want.move_to(said[0]).align_to(big["ends"][0], LEFT)
        count.move_to(said[1]).align_to(big["ends"][0], LEFT)
        for m in (want, count, ruler["name"], *lines, big["name"], *said):
            within_frame(m)
        name.move_to(edge.point_from_proportion(0.3)).shift(0.28 * DOWN + 0.25 * RIGHT).set_z_index(2)
        # the square our dial carries, ringed in each picture: bright, a tilt; blank, none
        squares = VGroup()
        if reads_pixel(self.history, told["dial"]):
            # and the input it leaves from, ringed the same: the pixel is what that input reads
            squares.add(Circle(radius=diagram.neuron_at(0, told["dial"][2]).width / 2 + 0.07, stroke_color=t.focus,
                               stroke_width=3).move_to(diagram.neuron_at(0, told["dial"][2])))
            side = int(round(np.sqrt(len(self.history.split("train")[0][0]))))
            r, c = divmod(told["dial"][2], side)
            placed = []
            for picture in pile["pictures"]:
                square, where = self.pixel_square(picture, side, r, c)
                squares.add(*square)
                placed.append(where)
            self.show(squares_placed=placed)
        # a few of them up close, under the ruler (review ab-k2 s23's one change): picture,
        # square, tilt and arrow big enough to read; the pile's cost gives them its place
        zoom = self.zoom_cards(told, pile, numbers, cells)
        # the cards lifted into a stack under the ruler, one row each: the card small, its tilt,
        # its arrow from the dial's mark on the ruler's own scale (the average's and the step's)
        stacked = self.tilt_stack(told, zoom, big, cells)
        stack = [a for a in stacked["arrows"] if a is not None]
        # the close-up over a veil that hides the network and the pile's row while it is told
        veil = Rectangle(width=config.frame_width + 0.2, height=config.frame_height / 2 + 2.95, stroke_width=0,
                         fill_color=t.background, fill_opacity=1.0).move_to([0, (2.95 - config.frame_height / 2) / 2, 0])
        veil.set_z_index(BIG_Z)
        # where our dial is, kept in a corner while the close-up hides the network (review ab2-t-r1/r2:
        # "the network vanishes, so 'our dial' is only a caption")
        thumb = self.network_thumb(diagram, edge, ring, squares[0] if len(squares) else None)
        hill = self.pile_hill(told, around_step=True)
        # the same hill first, big beside the network, as "its own slope, pointing uphill" is said:
        # its slope, our dial's spot on it and the way up (the way down comes with the step)
        first_hill = self.pile_hill(told, (HILL_FIRST_AT, HILL_FIRST_SIZE), key="hill_first")[:7]
        for m in (*self.ruler_parts(big, after=True), hill, *self.fall_parts(hill.fall), big["needle_to"], big["stretched"], big["label"], *said, count, want,
                  *zoom["cards"], zoom["squares"], zoom["caption"], zoom["picked"], stacked["guide"], *stack,
                  *([zoom["blank"]] if zoom["blank"] is not None else [])):
            m.set_z_index(BIG_Z + 1)
        self.show(tilt_ruler={**self.ruler_record(big, stack, [v for v in told["tilts"] if v]),
                              "name_box": box_of(big["name"]), "words_box": [box_of(m) for m in said],
                              "line": [float(big["line"].get_left()[0]), float(big["line"].get_right()[0])],
                              "stack_box": box_of(VGroup(*stack)), "count_box": box_of(count), "card_unit": zoom["unit"],
                              "count_arrow": [float(count[0].get_end()[0] - count[0].get_start()[0]),
                                              float(count[0].get_stroke_width()), count[0].get_color().to_hex()],
                              "card_arrows": [float(a.get_end()[0] - a.get_start()[0]) for a in arrows]},
                  tilt_stack=stacked["record"])
        self.show(pile_tilts={**told, "words": [m.original_text for m in (*[c[0] for c in numbers], count[1], *said)],
                              "cells": [c[0].original_text for c in numbers], "ringed": (len(squares) - 1) // 2 if len(squares) else 0})
        # the guesses give way to the tilts, which stand where they stood, with our dial, as
        # "each example has its own tilt for our dial" is said (a review: they came 9 s later)
        # the loop's words and the key to the lines' colours go: the right half is cleared for
        # the ruler (they come back with the curve, curve_comes)
        self.play(FadeOut(VGroup(view["sign_key"], view["ways"], *view.pop("blame_arrows", []))), run_time=0.4)
        if "ways_home" in view:      # raised to the pile's guess (aim_guess): home, where they come back
            view["ways"].move_to(view.pop("ways_home"))
        self.wait_before(tracker, "tilts", 0.3)
        self.play(FadeOut(pile["guesses"][0]), FadeIn(ring), FadeIn(edge), FadeIn(name), run_time=0.6)
        self.show(tilts_at=self.renderer.time)
        self.play(LaggedStart(*(FadeIn(c, shift=0.15 * DOWN) for c in numbers), lag_ratio=0.12),
                  self.point_at(VGroup(ring, name)), during(FadeIn(first_hill), 0.3, 0.9), run_time=1.6)
        self.show(hill_first_at=self.renderer.time - 1.6 * 0.7)
        # the hill stands till "uphill" is said; the close-up takes the frame as the next sentence starts
        self.wait_before(tracker, "square", 0.4)
        # the few up close: each grows out of its place in the pile, its tilt and arrow under it
        cost = pile["cost"][0]
        # the pile's row gives up the tilts of the cards drawn up close: each tilt is written
        # once (s26: ten small numbers and arrows under the pile over the same ten, big)
        closed = [k for k in range(len(numbers)) if k in zoom["picks"]]
        kept = VGroup(*(numbers[k] for k in range(len(numbers)) if k not in closed))
        # the frame given to the close-up: the veil over the network and the pile, the ruler across it
        self.play(FadeOut(cost), FadeOut(first_hill), FadeIn(veil), during(FadeIn(self.ruler_parts(big)), 0.3, 1.0),
                  FadeIn(zoom["picked"]), during(FadeIn(zoom["caption"]), 0.4, 1.0),
                  *([FadeOut(VGroup(*(numbers[k] for k in closed)), shift=0.1 * DOWN)] if closed else []),
                  *(AnimationGroup(ReplacementTransform(pile["pictures"][k].copy().set_z_index(BIG_Z + 1), card[0]), FadeIn(Group(*card[1:])))
                    for k, card in zip(zoom["picks"], zoom["cards"])),
                  during(FadeIn(Group(thumb["net"], thumb["wire"], thumb["words"])), 0.3, 1.0), run_time=1.0)
        self.show(thumb=thumb["record"], thumb_at=self.renderer.time - 0.7)
        self.show(close_frame={"from": self.renderer.time - 1.0, "veil": box_of(veil), "veil_z": float(veil.z_index),
                               "veil_opacity": float(veil.get_fill_opacity()),
                               "hidden": [box_of(diagram), box_of(Group(*pile["pictures"]))],
                               "number_px": [float(card[1].height * 480 / config.frame_height) for card in zoom["cards"]],
                               "arrow_stroke": [float(a.get_stroke_width()) for a in zoom["arrows"]],
                               "stack_stroke": [float(a.get_stroke_width()) for a in stack],
                               "words_px": [float(m.height * 480 / config.frame_height) for m in (big["label"], big["moved"], *said)],
                               "needle": [float(big["needle"].get_center()[0]), float(big["needle_to"].get_center()[0])],
                               "scale": float(big["scale"]), "moved_words": big["moved"].original_text})
        self.show(zoom_at=self.renderer.time, row_tilts_kept=[numbers[k][0].original_text for k in range(len(numbers))
                                                              if k not in closed])
        if len(squares):
            # "our dial reads the pixel in the white square": the squares, and its input, as it is said
            self.wait_until_bookmark("square")
            self.play(FadeIn(squares), FadeIn(zoom["squares"]), FadeIn(thumb["input"]), run_time=0.6)
            self.show(squares_at=self.renderer.time, square_px=float(squares[-1].width * 854 / config.frame_width),   # at 480p
                      pixel_px=float(pile["pictures"][0].width / side * 854 / config.frame_width))
        # the count at full strength as "nine of the ten point up" starts (review e2 s18: 4 s
        # late), as the cards' arrows slide onto our dial's ruler, each at its own length there
        self.wait_before(tracker, "count", 0.4)
        # the cards lifted into the stack as they are counted: each card shrinks to the left end
        # of its row, its tilt beside it, its arrow grown to the ruler's scale from the dial's
        # mark, all arrows on one zero line (review ab-k2 s26, both reviewers' one change: the
        # arrows slid into their average between two frames, never seen together on one scale)
        self.play(during(FadeIn(count), 0.0, 0.25), during(FadeOut(Group(zoom["squares"], zoom["caption"])), 0.0, 0.2),
                  *(during(Transform(m, target), 0.0, 0.6) for m, target in stacked["moves"]),
                  during(FadeIn(stacked["guide"]), 0.4, 0.6),
                  during(FadeIn(hill[:5]), 0.3, 0.6), during(FadeIn(hill[5:7]), 0.55, 0.8), run_time=1.6)
        self.show(stack_at=self.renderer.time, hill_at=self.renderer.time - 1.6 * 0.7,
                  count_full_at=self.renderer.time - 1.6 * 0.75, right_half_at_count=self.right_half_words(),
                  words_at_count=self.words_on_screen())
        # the yellow ways, as "so they want it down" is said, not before (review s32: at "nine want it
        # down" every arrow on screen pointed up): the way they want our dial, and down its hill
        self.wait_until_bookmark("want")
        self.play(*([GrowArrow(want[0]), FadeIn(want[1])] if len(want) else []), FadeIn(hill[7:]), run_time=0.8)
        self.show(want_at=self.renderer.time - 0.8)
        if len(want):
            self.show(want_down={"words": want[1].original_text, "box": box_of(want), "stack_box": box_of(VGroup(*stack)),
                                 "arrow": float(want[0].get_end()[0] - want[0].get_start()[0]),
                                 "step": float(ruler["step"].get_end()[0] - ruler["step"].get_start()[0])})
        if "mark='flat'" in self.lines["tilts"]:
            # "one does not care": its card (and its "none") pointed at as it is named
            self.wait_until_bookmark("flat")
            # and boxed up close, where its blank pixel reads (review ab-k2 s23: nothing said which one)
            # (the pile's row is behind the veil: its card is pointed at in the stack)
            boxed = [FadeIn(zoom["blank"])] if zoom["blank"] is not None else []
            self.play(*boxed, run_time=1.0) if boxed else self.wait(1.0)
            self.show(flat_at=self.renderer.time - 1.0)
        # the count goes as the average comes: a label only while it is said
        # each card's arrow slides up out of its card, all together into one: their average
        # (review ab-k2 s25, both reviewers' one change), seen up close on the ruler's scale
        # the arrows leave their rows (and any group that drew them): they fly into the average
        # (the cards' own arrows, each now drawn as its row's: stack holds the rows' shapes)
        flown = zoom["arrows"]
        for holder in [m for top in self.mobjects for m in top.get_family()] + list(zoom["cards"]):
            for a in flown:
                if a in holder.submobjects:
                    holder.remove(a)
        self.add(*flown)
        self.play_ruler_step(view, big, flown, said, tracker, fly=True, gone=(count, *([want] if len(want) else [])),
                             fly_time=AVERAGE_TIME, move_here=True, fall=hill.fall)
        # the step's size named up close, its sum pointed at, before the frame is given back (review s31:
        # the close-up shrank away as the step was taken, and the size was pointed at small)
        self.wait_until_bookmark("size")
        sized = self.point_at(said[1])
        sized.animations[0].mobject.set_z_index(BIG_Z + 2)     # over the close-up's veil
        self.play(sized, run_time=1.0)
        self.show(size_pointed_at=self.renderer.time - 1.0, size_box=box_of(said[1]))
        self.wait_until_bookmark("every")
        pile["tilts"] = kept
        pile["extra"] = VGroup(ring, edge, name, squares)
        # the step itself, as it is said: our dial moving along it, with every other dial (the
        # network's every line), its counter, the pile's cost after it
        # "for every dial": the whole network boxed as its lines turn (review g2 s19: every line
        # turned at once with no pointer to what changed)
        # the close-up goes as the step is taken, the pile's cost back in its place
        close = Group(*zoom["cards"], zoom["picked"], stacked["guide"], thumb["net"], thumb["wire"], thumb["words"], hill,
                      self.fall_parts(hill.fall),
                      *([thumb["input"]] if thumb["input"] in self.mobjects else []),
                      *([zoom["blank"]] if zoom["blank"] is not None and zoom["blank"] in self.mobjects else []))
        # the close-up gives the frame back as the step is taken: its ruler, with our dial's mark already
        # moved along the step up close, shrinks into the right half's (one mark: the right half's own is
        # never drawn), the network comes out from behind the veil as its dials turn (the network turns
        # as "for every dial" is said)
        # our dial's mark and its words, moved up close, go to the right half's ruler where they stand after
        # the step; its wire is lit in the step's colour as the network comes back (review ab-db-r2: the
        # close-up "throws away that link" to the wire)
        pairs = [(big[k], ruler[k]) for k in ("line", "ends", "name", "average", "step")] + list(zip(said, lines)) + \
            [(big["needle"], ruler["needle_to"]), (big["moved"], ruler["moved"])]
        ruler["needle"] = ruler["needle_to"]
        widest = max(style[1] for style in diagram._styles)
        lit = edge.copy().set_stroke(color=t.highlight, width=widest + RING_WIDTH + LIT_WIDTH, opacity=LIT_OPACITY).set_z_index(0.4)
        pile["extra"].add(lit)
        self.show(every_dial_at=self.renderer.time + 0.35 * PILE_STEP_TIME, first_step_from=self.renderer.time,
                  returned_at=self.renderer.time + RETURN_SHARE * PILE_STEP_TIME)
        self.told_replay(view, [self.segments[0]], tracker, {}, run_time=PILE_STEP_TIME,
                         with_first=[*self.pile_after_step(view),
                                     *(during(ReplacementTransform(b, r), 0.0, RETURN_SHARE) for b, r in pairs),
                                     during(FadeOut(close), 0.0, RETURN_SHARE), during(FadeIn(lit), 0.1, RETURN_SHARE),
                                     during(FadeOut(veil), 0.0, RETURN_SHARE),
                                     during(FadeIn(cost), 0.3, 0.6),
                                     during(Transform(edge, turned), 0.3, 0.9),
                                     during(self.point_at(diagram, buff=0.05), 0.35, 1.0)])
        self.show(dial_lit={"colour": lit.get_stroke_color().to_hex(), "width": float(lit.get_stroke_width()),
                            "opacity": float(lit.get_stroke_opacity()), "ring": float(ring.get_stroke_width()),
                            "path": [edge.get_start().tolist(), edge.get_end().tolist()], "in_scene": lit in self.mobjects})
        self.show(words_after_first_step=self.words_on_screen(), right_half_at_step=self.right_half_words(),
                  veil_in_scene=veil in self.mobjects)
        view["tilt_lines"] = VGroup(*lines, *self.ruler_parts(ruler, after=True))

    def pile_hill(self, told: dict, place: tuple = (HILL_AT, HILL_SIZE), key: str = "hill", beside: bool = False,
                  around_step: bool = False) -> VGroup:
        """Our dial's hill: the pile's cost (nncore's, hill_costs) as our dial alone is turned either
        side of where it stands, drawn as a slope at `place` (its line's left end and level, its width
        and height), "down" and "up" at its ends as on the ruler; a dot where the dial stands, a white
        arrow up the slope ("cost goes up this way") and a yellow one down it, the way the step turns
        the dial: the tilts' uphill and the step's turn seen to agree. Recorded under `key`.
        `beside`: every example in the step (no pile), in the little room under the tilts' ruler: its
        name left of it, no words on its arrows: the key over the ruler names them (tilt: uphill; step: downhill).
        `around_step`: the hill the step is taken on (hill_costs), its fall drawn too (hill_fall)."""
        t = self.theme
        rows = np.asarray(told["rows"])
        at, dials, costs = hill_costs(self.history, told["dial"], rows, around_step)
        lo, hi = min(costs), max(costs)
        (left, floor), (wide, tall) = place

        def point(v: float, c: float) -> np.ndarray:
            return np.array([left + (v - dials[0]) / (dials[-1] - dials[0]) * wide, floor + 0.15 + (c - lo) / (hi - lo) * tall, 0])
        axis = Line([left, floor, 0], [left + wide, floor, 0], color=t.muted, stroke_width=3)
        ends = VGroup(self.text("down", size="small", color=t.text).next_to(axis, LEFT, buff=0.12),
                      self.text("up", size="small", color=t.text).next_to(axis, RIGHT, buff=0.12))
        slope = VMobject().set_points_smoothly([point(v, c) for v, c in zip(dials, costs)]).set_stroke(t.cost, width=4)
        here = point(at, cost_with(self.history, told["dial"], rows, at))
        dot = Dot(here, radius=0.08, color=t.positive if at > 0 else t.negative).set_stroke(t.focus, width=2)
        # the way the dial's turning costs more: the slope where it stands, the tilts' average (at the
        # foot of a valley, as the tiny run's is, both ends stand higher: they cannot say it)
        uphill = 1.0 if np.mean(told["tilts"]) > 0 else -1.0
        k = HILL_POINTS // 2

        reach = LINE_HILL_ARROW if beside else HILL_ARROW * wide / HILL_SIZE[0]      # its arrows as long for its width

        def along(way: float) -> np.ndarray:     # the slope's way at the dot (its neighbours'), toward `way` (right: +1)
            ahead = (point(dials[k + 1], costs[k + 1]) - point(dials[k - 1], costs[k - 1])) * way
            return here + ahead / np.linalg.norm(ahead) * reach
        # riding just over the slope, so the yellow arrow never sits on the orange line
        tangent = (along(1.0) - here) / reach
        over = np.array([-tangent[1], tangent[0], 0]) * (1 if tangent[0] > 0 else -1) * HILL_LIFT
        up = Arrow(here + over, along(uphill) + over, buff=0.08, color=t.text, stroke_width=5, tip_length=0.18)
        down = Arrow(here + over, along(-uphill) + over, buff=0.08, color=t.highlight, stroke_width=6, tip_length=0.18)
        if beside:
            name = self.text("the cost as our dial turns", size="small", color=t.cost)
            name.next_to(ends[0], LEFT, buff=0.3)
            up_words, down_words = VGroup(), VGroup()      # (placeholders: the parts keep their places)
            said = []
        else:
            name = self.text("the pile's cost as our dial turns", size="small", color=t.cost)
            name.next_to(Group(axis, slope), UP, buff=0.5).align_to(axis, LEFT)
            up_words = self.text("cost goes up this way", size="small", color=t.text).next_to(name, DOWN, buff=0.1)
            up_words.align_to(axis, RIGHT if uphill > 0 else LEFT)
            down_words = self.text("so the step turns it the other way", size="small", color=t.highlight)
            down_words.next_to(Group(axis, ends), DOWN, buff=0.12).align_to(axis, RIGHT if uphill < 0 else LEFT)
            said = [up_words, down_words]
        for m in (name, *said):
            within_frame(m)
        self.show(**{key: {"rows": rows.tolist(), "dial": told["dial"], "at": at, "dials": dials.tolist(), "costs": costs,
                        "dot": [float(v) for v in dot.get_center()[:2]],
                        "up": float(up.get_end()[0] - up.get_start()[0]), "down": float(down.get_end()[0] - down.get_start()[0]),
                        "words": [m.original_text for m in (name, *said)],
                        "boxes": [box_of(m) for m in (name, *said, *ends)], "line": box_of(slope)}})
        hill = VGroup(axis, ends, slope, dot, name, up, up_words, down, down_words)
        if around_step:
            hill.fall = self.hill_fall(told, dot, point, key)
        return hill

    def hill_fall(self, told: dict, dot: Dot, point, key: str) -> dict:
        """The step taken on the hill (review s36's one change): the dot slides down the slope from
        our dial before the step to after it, at the pile's real costs there (hill_step), a hollow
        ring left where it stood; the cost before and after as dashed levels left of the dots (over
        the slope: uphill is the other way) and a down arrow between them, "cost falls". Recorded
        under `key`_fall; `slide` plays it."""
        t = self.theme
        step = hill_step(self.history, told["dial"], np.asarray(told["rows"]))
        start, end = (point(v, c) for v, c in zip(step["dials"], step["costs"]))
        ghost = Circle(radius=dot.width / 2, stroke_color=t.text, stroke_width=2).move_to(start)
        left = min(start[0], end[0]) - 0.6
        levels = [DashedLine([left, p[1], 0], p + LEFT * 0.1, color=t.cost, stroke_width=2, dash_length=0.06) for p in (start, end)]
        drop = Arrow([left, start[1], 0], [left, end[1], 0], buff=0, color=t.cost, stroke_width=5, tip_length=0.14,
                     max_tip_length_to_length_ratio=0.5)
        words = self.text("cost falls", size="small", color=t.cost).next_to(drop, LEFT, buff=0.1)
        within_frame(words)
        self.show(**{f"{key}_fall": {**step, "from": [float(v) for v in start[:2]], "to": [float(v) for v in end[:2]],
                                     "words": words.original_text, "drop": [float(drop.get_start()[1]), float(drop.get_end()[1])],
                                     "boxes": [box_of(words), box_of(VGroup(*levels, drop))]}})
        return {"dot": dot, "to": end, "ghost": ghost, "levels": levels, "drop": drop, "words": words, "key": key}

    def slide(self, fall: dict) -> list:
        """The dot down the hill as the step is taken: its start ringed, the level it leaves, then the
        dot sliding to where the step takes it, the level it lands on, the cost's fall and its words."""
        self.show(**{f"{fall['key']}_slid_at": self.renderer.time})
        return [during(FadeIn(VGroup(fall["ghost"], fall["levels"][0])), 0.0, 0.2),
                during(fall["dot"].animate.move_to(fall["to"]).build(), 0.15, 0.75),
                during(FadeIn(fall["levels"][1]), 0.6, 0.8), during(GrowArrow(fall["drop"]), 0.6, 0.9),
                during(FadeIn(fall["words"]), 0.7, 1.0)]

    def fall_parts(self, fall: dict) -> VGroup:
        """What the slide leaves standing."""
        return VGroup(fall["ghost"], *fall["levels"], fall["drop"], fall["words"])

    def network_thumb(self, diagram: NetworkDiagram, edge: Line, ring: Line, input_ring: Circle | None) -> dict:
        """A small copy of the network for the close-up's top right corner, over its veil: its
        lines thinner and dimmed, no numbers (too small to read there), our dial's wire drawn
        over it as in the network (its ring, its line), the input it reads ringed (shown with the
        white squares), "our dial in the network" under it. Each part of the scene's own, copied
        and shrunk together, so the wire joins the same two neurons."""
        t = self.theme
        net = diagram.copy()
        net.remove(net.count_labels, net.input_label_group, net.output_label_group)
        for m in net.edge_groups.family_members_with_points():
            m.set_stroke(width=m.get_stroke_width() * THUMB_LINE, opacity=m.get_stroke_opacity() * THUMB_DIM)
        wire = VGroup(ring.copy(), edge.copy())
        found = input_ring.copy() if input_ring is not None else VMobject()
        whole = VGroup(net, wire, found)
        whole.scale(THUMB_WIDTH / net.width)
        whole.to_corner(UP + RIGHT, buff=THUMB_BUFF)
        whole.set_z_index(BIG_Z + 1)
        wire[0].set_z_index(BIG_Z + 1.5)
        wire[0].submobjects[0].set_z_index(BIG_Z + 1.75)
        wire[1].set_z_index(BIG_Z + 2)
        found.set_z_index(BIG_Z + 2)
        words = self.text("our dial in the network", size="small", color=t.text)
        words.next_to(net, DOWN, buff=0.1).set_z_index(BIG_Z + 1)
        within_frame(words)
        record = {"box": box_of(net), "words": words.original_text, "words_box": box_of(words),
                  "wire": [list(map(float, p[:2])) for p in (wire[1].get_start(), wire[1].get_end())],
                  "big": box_of(diagram.neuron_groups), "big_wire": [list(map(float, p[:2])) for p in (edge.get_start(), edge.get_end())],
                  "small": box_of(net.neuron_groups),
                  "input": box_of(found) if input_ring is not None else None,
                  "line_width": [float(m.get_stroke_width()) for m in net.edge_groups.family_members_with_points()][:1],
                  "z": float(net.z_index)}
        return {"net": net, "wire": wire, "input": found, "words": words, "record": record}

    def pixel_square(self, picture: Mobject, side: int, r: int, c: int) -> tuple[list, dict]:
        """The white square round pixel (r, c) of `picture` (`side` pixels a side): twice the
        pixel's side (one pixel is 5 px at 480p: review ab2 could not see a box 1.6 wide), white
        over a dark rim, so it reads on a bright pixel and a dark one; kept inside its picture,
        round the pixel still (review g2 s20: on an edge pixel it stood half outside the card).
        Returns its two rectangles and, for the manifest, where it stands."""
        t = self.theme
        cell = picture.width / side
        pixel = [picture.get_left()[0] + (c + 0.5) * cell, picture.get_top()[1] - (r + 0.5) * cell, 0]
        half = SQUARE_SIDE * cell / 2
        at = [min(max(pixel[0], picture.get_left()[0] + half), picture.get_right()[0] - half),
              min(max(pixel[1], picture.get_bottom()[1] + half), picture.get_top()[1] - half), 0]
        where = {"pixel": pixel[:2], "square": [at[0] - half, at[1] - half, at[0] + half, at[1] + half],
                 "picture": box_of(picture)}
        return [Rectangle(width=SQUARE_SIDE * cell, height=SQUARE_SIDE * cell, stroke_color=colour, stroke_width=width,
                          fill_opacity=0).move_to(at) for colour, width in ((t.background, SQUARE_RIM), (t.focus, 3))], where

    def zoom_cards(self, told: dict, pile: dict, numbers: VGroup, cells: list[str]) -> dict:
        """ZOOM_CARDS of the pile's examples (zoom_picks) drawn up close in a row under our
        dial's ruler: each picture ZOOM_SIDE wide with its white square, its own tilt for our
        dial written at label size, and under it its arrow (uphill, white, one scale for all of
        them, the longest ZOOM_ARROW); in the pile's row, a thin box round each one picked.
        The one with no tilt gets its box in the stack its arrows are lifted into (tilt_stack)."""
        t = self.theme
        picks = zoom_picks(told["tilts"])
        unit = ZOOM_ARROW / max(abs(v) for v in told["tilts"])
        image = reads_pixel(self.history, told["dial"])
        side = int(round(np.sqrt(len(self.history.split("train")[0][0]))))
        r, c = divmod(told["dial"][2], side)
        cards, arrows, squares = [], {}, []
        # in rows of ZOOM_PER_ROW, each card's tilt and arrow under its own picture
        per = min(ZOOM_PER_ROW, len(picks))
        left = ZOOM_X - (per * ZOOM_SIDE + (per - 1) * ZOOM_GAP[0]) / 2
        pitch = None
        for i, k in enumerate(picks):
            big = pile["pictures"][k].copy()
            big.scale(ZOOM_SIDE / big.width)
            row_k, col = divmod(i, per)
            tilt = told["tilts"][k]
            number = (self.text("{tilt}", color=t.text, facts={"tilt": cells[k]}) if tilt else
                      self.text(cells[k], color=t.text))
            # one row's height: picture, number, arrow (the first card's, "0.07" with its arrow)
            pitch = pitch or ZOOM_SIDE + 0.1 + number.height + 0.44 + ZOOM_GAP[1]
            big.move_to([left + col * (ZOOM_SIDE + ZOOM_GAP[0]) + ZOOM_SIDE / 2, ZOOM_TOP - row_k * pitch - ZOOM_SIDE / 2, 0])
            number.next_to(big, DOWN, buff=0.1)
            card = Group(big, number)
            if tilt:
                arrows[k] = self.tilt_arrow(tilt, unit, number.get_bottom() + DOWN * 0.22, close=True)
                card.add(arrows[k])
            cards.append(card)
        row = Group(*cards)
        within_frame(row)
        # what the numbers under them are (review ab-k2 s25: "a small number under each card, with
        # no label: it is that card's tilt, but nothing says so")
        caption = self.text("under each card: its own tilt for our dial", size="small", color=t.text)
        caption.next_to(row, DOWN, buff=0.25)
        within_frame(caption)
        marks = VGroup()
        for card in cards:
            if image:
                square, where = self.pixel_square(card[0], side, r, c)
                marks.add(*square)
                squares.append(where)
        # (every one up close: no box in the pile's row says which)
        picked = VGroup(*(SurroundingRectangle(Group(pile["pictures"][k], numbers[k]), color=t.muted, buff=0.05,
                                               stroke_width=2) for k in picks if len(picks) < len(told["tilts"])))
        self.show(zoom={"rows": [told["rows"][k] for k in picks], "picks": picks, "unit": unit,
                        "words": [card[1].original_text for card in cards],
                        "arrows": {str(k): float(a.get_end()[0] - a.get_start()[0]) for k, a in arrows.items()},
                        "arrow_boxes": {str(k): box_of(a) for k, a in arrows.items()},
                        "pictures": [box_of(card[0]) for card in cards], "squares": squares,
                        "square_px": (float(SQUARE_SIDE * cards[0][0].width / side * 854 / config.frame_width) if image else 0.0),
                        "row_box": box_of(row),
                        "caption": caption.original_text, "caption_box": box_of(caption),
                        "picked_boxes": [box_of(b) for b in picked]})
        return {"cards": cards, "row": row, "picked": picked, "blank": None, "picks": picks, "squares": marks, "caption": caption,
                "arrows": [arrows[k] for k in picks if k in arrows], "unit": unit}

    def tilt_stack(self, told: dict, zoom: dict, ruler: dict, cells: list[str]) -> dict:
        """Where the cards up close go when their arrows are lifted off them (review ab-k2 s26,
        both reviewers' one change: ten arrows slid into their average in 1.4 s, between two
        frames): one row each under our dial's ruler, in the pile's order, one under another
        (STACK_ROW apart): the card itself, small (STACK_CARD), at the row's left, its tilt
        written beside it, and its arrow from the dial's mark, on the ruler's own scale (the
        average's and the step's), uphill; a thin upright through the mark is their common zero.
        The card with no tilt keeps its row ("none", no arrow): it counts in the average too.
        Returns the moves (each card's part, its place in the stack), the arrows (None for no
        tilt), the upright, and the manifest's record; the box for "one does not care" is put
        round that card's row (zoom["blank"])."""
        t = self.theme
        x0, scale = ruler["x0"], ruler["scale"]
        top = ruler["label"].get_bottom()[1] - 0.14 - STACK_CARD / 2
        pitch = min(STACK_ROW, (top - (BOTTOM + STACK_CARD / 2)) / max(len(zoom["cards"]) - 1, 1))
        moves, arrows, rows, tags, numbers = [], [], [], [], []
        small = [card[1].copy() for card in zoom["cards"]]      # as big as up close (at 480p, 16 px and more)
        widest = max(m.width for m in small)
        for i, (k, card, number) in enumerate(zip(zoom["picks"], zoom["cards"], small)):
            y = top - i * pitch
            tilt = told["tilts"][k]
            number.move_to([x0 - 0.16 - number.width / 2, y, 0])
            tag = card[0].copy().scale(STACK_CARD / card[0].height)
            tag.move_to([x0 - 0.16 - widest - 0.14 - STACK_CARD / 2, y, 0])
            moves += [(card[0], tag), (card[1], number)]
            arrow = None
            if tilt:
                start = np.array([x0, y, 0])
                arrow = Arrow(start, start + RIGHT * np.sign(tilt) * max(abs(tilt) * scale, TILT_ARROW_MIN), buff=0,
                              color=t.text, stroke_width=CLOSE_ARROW[0], tip_length=CLOSE_ARROW[1],
                              max_tip_length_to_length_ratio=0.5, max_stroke_width_to_length_ratio=100)
                moves.append((card[2], arrow))
            arrows.append(arrow)
            rows.append(float(y))
            tags.append(box_of(tag))
            numbers.append(box_of(number))
        guide = DashedLine([x0, top + STACK_CARD / 2 + 0.04, 0], [x0, rows[-1] - STACK_CARD / 2 - 0.04, 0],
                           color=t.muted, stroke_width=2, dash_length=0.06)
        blank = [i for i, k in enumerate(zoom["picks"]) if not told["tilts"][k]]
        if blank:
            tag, number = (target for _, target in moves[2 * blank[0] + sum(a is not None for a in arrows[:blank[0]]):][:2])
            zoom["blank"] = SurroundingRectangle(Group(tag, number), color=t.focus, buff=0.06, stroke_width=3)
        record = {"rows": [told["rows"][k] for k in zoom["picks"]], "tilts": [told["tilts"][k] for k in zoom["picks"]],
                  "rows_y": rows, "pitch": float(pitch), "zero_x": float(x0), "scale": float(scale),
                  "arrows": [None if a is None else [float(a.get_start()[0]), float(a.get_end()[0]), float(a.get_y())]
                             for a in arrows],
                  "tags": tags, "numbers": numbers, "words": [cells[k] for k in zoom["picks"]],
                  "tag_px": float(STACK_CARD * 480 / config.frame_height),
                  "blank_box": box_of(zoom["blank"]) if blank else None}
        return {"moves": moves, "arrows": arrows, "guide": guide, "record": record}

    def dial_ruler(self, told: dict, centre: np.ndarray, longest: float | None = None, lift: float = RULER_LIFT,
                   include: tuple[float, ...] = (), span: tuple[float, float] = RULER_SPAN, step_long: float = RULER_STEP,
                   size: str = "small") -> dict:
        """Our dial as a ruler (review g2 s19's one change: the step as motion, not numbers): a
        line, turned down to the left and up to the right, a mark where the dial stands with its
        number, and the arrows the step is made of, all to one scale, the ruler's: the pile's
        average tilt (white: uphill, as descent draws a tilt), the step (yellow: the other way,
        downhill, as descent's), step size x the average long, and the mark's move along it, the
        run's own first step on this dial (before and after: the snapshots'). Drawn big enough
        that the step reads (RULER_STEP long), so "up close": the pile's own arrows are drawn
        smaller, under their examples. `longest` (a tilt): the line spans RULER_SPAN and the scale
        is cut so an arrow that long fits on it with the step (the cards' arrows flown onto it).
        `lift`: how far over the line the average and the step ride. `include`: dial values the line
        reaches too, on its scale (zero and the step's two ends as written, so their ticks stand on it:
        tell_line_tilts)."""
        t = self.theme
        before, after = (kit_numbers.number_of(told[k]) for k in ("before", "after"))
        mean = float(np.mean(told["tilts"]))
        real = (float(self.history.snapshots[0].weights[told["dial"][0]][told["dial"][1], told["dial"][2]]),
                float(self.history.snapshots[1].weights[told["dial"][0]][told["dial"][1], told["dial"][2]]))
        scale = step_long / abs(real[1] - real[0])       # ruler units per unit of the dial
        if longest is not None:
            scale = min(scale, (span[1] - span[0] - RULER_MARGIN) / (abs(longest) + abs(real[1] - real[0])))
        way = 1.0 if mean > 0 else -1.0                   # uphill: right when turning it up costs more
        average_len, step_len = abs(mean) * scale, abs(real[1] - real[0]) * scale
        # the mark stands so the average (uphill) and the step (the other way) both fit on the line
        left, right = (step_len + 0.5, average_len + 0.9) if way > 0 else (average_len + 0.9, step_len + 0.5)
        for v in include:       # (when near: a zero far off would stretch the line out of the frame)
            reach = (v - real[0]) * scale
            if abs(reach) <= RULER_REACH:
                left, right = max(left, -reach + TICK_END), max(right, reach + TICK_END)
        x0 = centre[0] + (left - right) / 2
        if longest is not None:
            x0 = span[0] + step_len + 0.5 if way > 0 else span[1] - step_len - 0.5
            left, right = x0 - span[0], span[1] - x0
        y = centre[1]
        line = Line([x0 - left, y, 0], [x0 + right, y, 0], color=t.muted, stroke_width=3)
        # which way is up: the ends of the line (the tilts point the way that costs more)
        # bright: they say which way is which (reviews: grey labels read as decoration)
        ends = VGroup(self.text("down", size=size, color=t.text).next_to(line, LEFT, buff=0.12),
                      self.text("up", size=size, color=t.text).next_to(line, RIGHT, buff=0.12))
        colour = t.positive if real[0] > 0 else t.negative

        def mark_at(value: float) -> VGroup:
            at = x0 + (value - real[0]) * scale
            return VGroup(Line([at, y - 0.13, 0], [at, y + 0.13, 0], color=colour, stroke_width=6),
                          Dot([at, y, 0], radius=0.07, color=colour))
        needle = mark_at(real[0])
        label = self.text("our dial: {value}", size=size, color=t.text, facts={"value": told["before"]})
        label.next_to(needle, DOWN, buff=0.12)
        if longest is not None:
            # beside the mark, on the side the pile's arrows do not take (review s34 r2, digits 42 s:
            # the arrows merging into their average slid over "our dial: 0.28")
            label.shift((needle.get_x() - LABEL_CLEAR * way - (label.get_right()[0] if way > 0 else label.get_left()[0])) * RIGHT)
        moved = self.text("step 1: {before} to {after}", size=size, color=t.text,
                          facts={"before": told["before"], "after": told["after"]})
        needle_to = mark_at(real[1])
        moved.next_to(needle_to, DOWN, buff=0.12)
        # its left end no further left than the line's, nor its right end further right
        moved.shift(RIGHT * max(line.get_left()[0] - moved.get_left()[0], 0) + LEFT * max(moved.get_right()[0] - line.get_right()[0], 0))
        # and inside the frame (its line may end near the frame's edge; a longer label ran off it)
        for words in (label, moved):
            within_frame(words)

        def arrow(length: float, sign: float, colour: str, width: float, rise: float = 0.0) -> Arrow:
            start = np.array([x0, y + lift + rise, 0])
            return Arrow(start, start + RIGHT * sign * max(length, 0.02), buff=0, color=colour, stroke_width=width,
                         tip_length=0.16, max_tip_length_to_length_ratio=0.45)
        wide = 2 if size != "small" else 0      # the close-up's, across the frame: thicker
        # the average (and its stretched copy) a row over the step, both from the dial's mark (review
        # s33, digits: on one line the yellow step ran on from the white average's tip, so the
        # "1.5 x" arrow looked 2.5 times as long); the few's tiny ones (tell_line_tilts) stay ringed as one
        rise = STEP_APART if longest is not None else 0.0
        average = arrow(average_len, way, t.text, 5 + wide, rise)
        stretched = arrow(average_len * float(told["lr"]), way, t.text, 5 + wide, rise)
        step = arrow(step_len, -way, t.highlight, 6 + wide)
        name = self.text("our dial, up close", size=size, color=t.text).next_to(line, UP, buff=0.55).align_to(line, LEFT)
        drawn = {"line": line, "ends": ends, "needle": needle, "needle_to": needle_to, "label": label, "moved": moved,
                 "average": average, "stretched": stretched, "step": step, "name": name, "scale": scale, "way": way,
                 "x0": x0}
        if lift > RULER_LIFT:   # standing high: a thin upright from the dial's mark to where they start
            # (from over the ticks' numbers when the line has them: tell_line_tilts)
            low = TICK_ROOM if include else 0.16
            drawn["guide"] = DashedLine([x0, y + low, 0], [x0, y + lift, 0], color=t.muted, stroke_width=2, dash_length=0.06)
        return drawn

    def ruler_stack(self, ruler: dict, tilts: list, scale: float | None = None, shortest: float = 0.0,
                    pitch: float = STACK_PITCH) -> list[Arrow]:
        """The cards' tilts on the ruler's own scale (the average's and the step's), or on `scale`,
        one row each over its line (`pitch` apart), the first card's on top, each from the dial's
        mark, uphill, at least `shortest` long."""
        y, scale = ruler["line"].get_y() + RULER_LIFT, scale or ruler["scale"]
        starts = [np.array([ruler["x0"], y + pitch * (len(tilts) - k), 0]) for k in range(len(tilts))]
        return [Arrow(a, a + RIGHT * np.sign(v) * max(abs(v) * scale, shortest), buff=0, color=self.theme.text,
                      stroke_width=4, tip_length=0.12, max_tip_length_to_length_ratio=0.5) for a, v in zip(starts, tilts)]

    def tilt_arrow(self, tilt: float, unit: float, centre: np.ndarray, close: bool = False) -> Arrow:
        """One example's tilt for our dial, uphill (white, as descent draws a tilt): right when
        turning the dial up costs more; `unit` long per unit of tilt (at least TILT_ARROW_MIN,
        so a tilt that is not zero is seen), centred on `centre`. `close`: drawn as the close-up's
        (CLOSE_ARROW), its stroke kept even when short; else the pile row's (TILT_LOOK)."""
        length = max(abs(tilt) * unit, TILT_ARROW_MIN)
        sign = 1.0 if tilt > 0 else -1.0
        stroke, tip = CLOSE_ARROW if close else TILT_LOOK
        return Arrow(centre - RIGHT * sign * length / 2, centre + RIGHT * sign * length / 2, buff=0,
                     color=self.theme.text, stroke_width=stroke, tip_length=tip, max_tip_length_to_length_ratio=0.5,
                     **({"max_stroke_width_to_length_ratio": 100} if close else {}))

    def tilt_key(self) -> VGroup:
        """What the two arrows' colours mean, as descent's key says it: a tilt (white) points
        uphill, the step (yellow) the other way, downhill. Each keyed by a bar of its colour, no
        way of its own (review s33, tiny: the key's arrow pointed right while four of the six
        tilts pointed left)."""
        t = self.theme
        rows = [(Line(LEFT * 0.25, RIGHT * 0.25, color=t.text, stroke_width=4), mark("tilt: uphill, costs more"), t.text),
                (Line(LEFT * 0.25, RIGHT * 0.25, color=t.highlight, stroke_width=5), mark("step: downhill"), t.highlight)]
        return VGroup(*(VGroup(a, self.text(w, size="small", color=c)).arrange(RIGHT, buff=0.15) for a, w, c in rows)).arrange(
            DOWN, buff=0.1, aligned_edge=LEFT)

    def ruler_record(self, ruler: dict, arrows: list, tilts: list) -> dict:
        """For the manifest: the arrows as drawn (signed lengths, right positive) and the ruler's scale."""
        def signed(a: Arrow) -> float:
            return float(a.get_end()[0] - a.get_start()[0])
        return {"scale": ruler["scale"], "average": signed(ruler["average"]), "stretched": signed(ruler["stretched"]),
                "step": signed(ruler["step"]), "x0": float(ruler["x0"]),
                "rows": {k: float(ruler[k].get_start()[1]) for k in ("average", "stretched", "step")},
                "needle": [float(ruler["needle"].get_center()[0]), float(ruler["needle_to"].get_center()[0])],
                "arrows": [signed(a) for a in arrows], "tilts": [float(v) for v in tilts],
                "words": [m.original_text for m in (ruler["label"], ruler["moved"], ruler["name"], *ruler["ends"])]}

    def ruler_words(self, told: dict, ruler: dict, average: str, size: str = "small", sum_shown: bool = False) -> list:
        """Over the ruler's arrows: the average's words (`average`, a template) just over its
        arrow, and a row higher the step size: both stand (review v2 s20: the one cross-faded into
        the other in one place, the average never read cleanly). `sum_shown`: the step's sum
        instead, which checks by hand (the tiny run: no hill shows the step there)."""
        t = self.theme
        # no sum where the step slides down a hill (review s36, digits: "1.5 x 0.02 = 0.03" was
        # arithmetic beside it); kept where "2 times their average" has only the ruler (review s36 r2, tiny)
        step = (self.text("step: {lr} \u00d7 {average} = {change}, downhill", size=size, color=t.highlight,
                          facts={"lr": told["lr"], "average": told["average"], "change": told["change"]}) if sum_shown
                else self.text("step size: {lr}", size=size, color=t.highlight, facts={"lr": told["lr"]}))
        words = [self.text(average, size=size, color=t.text,
                           facts={"n": len(told["tilts"]), "average": told["average"]}), step]
        words[0].next_to(ruler["average"], UP, buff=0.1).align_to(ruler["average"], LEFT if ruler["way"] > 0 else RIGHT)
        words[1].next_to(words[0], UP, buff=0.15).align_to(ruler["ends"][0], LEFT)
        ruler["name"].next_to(words[1], UP, buff=0.15).align_to(ruler["ends"][0], LEFT)
        for m in (*words, ruler["name"]):
            within_frame(m)
        return words

    def ruler_parts(self, ruler: dict, after: bool = False) -> VGroup:
        """The ruler as it stands before the step (after: with the step taken)."""
        return VGroup(ruler["line"], ruler["ends"], ruler["name"], ruler["needle"], *([ruler["guide"]] if "guide" in ruler else []),
                      *((ruler["moved"], ruler["step"], ruler["average"]) if after else (ruler["label"],)))

    def play_ruler_step(self, view: dict, ruler: dict, arrows: list, lines: list, tracker, grow_at: str | None = "step",
                        fly: bool = False, gone: tuple = (), turn_later: bool = False,
                        fly_time: float | None = None, note: VGroup | None = None, move_here: bool = False,
                        fall: dict | None = None) -> None:
        """At "their average": the examples' arrows fly into one, their average, its words over
        it; both stay (review v2 s20: the average was never on screen cleanly). At "times 1.5":
        a copy of it grows by the step size; at "the other way": the copy turns round about the
        dial's mark, yellow: the step, its sum a row over the average's words. `fly`: the arrows
        themselves go into the average (the cards' arrows on the ruler); else copies (the few
        beside the map stay). `gone`: fade as the average comes.
        `move_here`: once turned, the dial's mark moves along the step on this ruler (the close-up), and
        the dot down `fall`'s hill with it (hill_fall).
        `turn_later`: stop at "the other way", the grown copy kept as ruler["grown"], to turn
        with the step itself (tell_line_tilts). `note`: in as the arrows land (the ring round
        where the average stands: tell_line_tilts)."""
        self.wait_before(tracker, "average", 0.3)
        landed = [ruler["average"].copy() for _ in arrows]
        # what goes, gone before the average's words come where it stood (session 26: "so they want
        # it down" fading out under "their average: 0.02" fading in, text over text)
        flown_from = self.renderer.time
        self.show(ruler_merge_from=flown_from)
        self.play(*(ReplacementTransform(a if fly else a.copy(), m) for a, m in zip(arrows, landed)),
                  during(FadeIn(lines[0]), 0.55, 1.0), *(during(FadeOut(g), 0.0, 0.45) for g in gone),
                  *([during(FadeIn(note), 0.55, 1.0)] if note is not None else []),
                  run_time=fly_time or 1.0)
        self.remove(*landed)
        self.add(ruler["average"])
        # (its words in by then: they fade in over the last half of the arrows' flight)
        self.show(ruler_average_at=flown_from + 1.0,
                  **({"count_gone_at": flown_from + 0.45 * (fly_time or 1.0)} if gone else {}))
        if grow_at:             # else at once: "turns by 2 times their average" names the size first
            self.wait_until_bookmark(grow_at)
        grown = ruler["average"].copy()
        # (the turn quick, the step then standing still: a sheet's frame every 3 s caught the
        # turn part-way, session 24)
        self.show(ruler_grow_at=self.renderer.time)
        self.play(Transform(grown, ruler["stretched"]), run_time=GROW_TIME)
        self.wait_before(tracker, "way", 0.05)
        if turn_later:          # turned with the step itself, its first stretch (tell_line_tilts)
            ruler["grown"] = grown
            return
        # half a turn about the dial's mark: the other way (review v2 s20: "flip it into the step")
        self.play(ReplacementTransform(grown, ruler["step"], path_arc=PI), *(FadeIn(w) for w in lines[1:]), run_time=TURN_TIME)
        self.show(ruler_step_at=self.renderer.time)
        if move_here:
            # the yellow step stands still, turned, as our dial's mark moves along it, big, where it
            # was told (review ab-db-r1's one change: the step came only after the close-up had
            # shrunk back, "the words run ahead of the picture"), then holds a moment
            if TURN_HOLD > NEEDLE_TIME + NEEDLE_HOLD:
                self.wait(TURN_HOLD - NEEDLE_TIME - NEEDLE_HOLD)
            # (its words out as it starts, the new in once it has landed: never two over each other)
            self.play(during(Transform(ruler["needle"], ruler["needle_to"]), 0.0, 0.7), during(FadeOut(ruler["label"]), 0.0, 0.3),
                      during(FadeIn(ruler["moved"]), 0.6, 1.0), *(self.slide(fall) if fall else []), run_time=NEEDLE_TIME)
            self.show(close_needle_moved_at=self.renderer.time)
            self.wait(NEEDLE_HOLD)
            return
        # the yellow step stands still a moment, turned, before the dials move along it
        self.wait(TURN_HOLD)

    def ruler_move(self, ruler: dict, start: float = 0.2) -> list:
        """Played with the first step: our dial's mark moves along the step, its words from its
        value to "in step 1: before to after" (from `start`, a share of the step's motion)."""
        return [during(Transform(ruler["needle"], ruler["needle_to"]), start, 0.8),
                during(CrossFade(ruler["label"], ruler["moved"]), max(0.5, start + 0.2), 0.9)]

    def curve_comes(self, view: dict) -> None:
        """Every example's cost, its curve, before [again] says it: the pile's worked numbers and
        its own cost give it their place (a review: "this pile's cost 2.89" stood beside the new
        curve, inviting a comparison); the step counter comes with the chart it labels. After the
        first step's chart (first_early), with the first fall marked (first_fall) and the cost's
        number: said at once (review e2 s18: "the curve is the cost on every example" over one
        line, and a dot at 1.9 beside "first step: 3.02 to 1.14")."""
        curve, texts, pile = view["curve"], view["texts"], view["pile"]
        gone = [view.pop("tilt_lines")] if "tilt_lines" in view else []
        if pile is not None:
            pile["cost_gone"] = True
            gone.append(pile["cost"][0])
        gone = self.standing(*gone)     # (faded already, a fade of nothing left a blank frame: review ab-k2 s24, 78 s)
        if "chart_going" in view:
            gone.append(view.pop("chart_going"))
        # its number after the step comes with the line that says it, when the first step is told
        # later (review 8: "cost now: 1.14" stood 12 s, bare, over words about piles and rounds)
        later = first_step(self.history)["explains"] and not self.first_early
        back = view.pop("back", [])
        if back and self.tilts and self.mode() == "examples":    # (after the first step's chart: the pile gone)
            # the network stays away while every example's cost is told over the whole frame
            view["back_later"], back = back, []
            curve = self.big_chart(view)
        if self.fall_told:
            # the cost before any step stands while "the average cost over all the practice
            # examples" is said, the counter at "before any step"; they turn to the first step's
            # as it is said (curve_told) (review s34: 1.14 stood in the header while the line
            # spoke of the start's 3.02)
            h = self.history
            # the line at the start alone: its first fall is drawn as it is said (curve_told)
            curve.reveal_to(0)
            self.swap_text(texts, "cost", *cost_words(h.records[0].cost, self.n_train), shown=False)
            if "step" not in view["shown"] or texts["step"] not in self.mobjects:
                self.swap_text(texts, "step", *step_words(0), shown=False)
                view["shown"].discard("step")
            self.show(cost_header_before={"words": texts["cost"].original_text, "step": texts["step"].original_text})
        number = [] if later else [texts["cost"]]
        parts = [*back, curve.axes, curve.labels, curve.curve, *number,
                 *([] if "step" in view["shown"] else [texts["step"]])]
        # what goes and what comes overlap a little: never a frame with neither (nor the title alone)
        # (evenly: eased at both ends, both stood near nothing for two frames, session 25)
        self.play(*([during(FadeOut(Group(*gone), rate_func=linear), 0.0, 0.6)] if gone else []),
                  during(FadeIn(Group(*parts), rate_func=linear), 0.3, 1.0) if gone else FadeIn(Group(*parts)),
                  run_time=0.6 if gone else 0.4)
        self.show(curve_back_at=self.renderer.time)
        view["shown"].update(["curve", "step", *([] if later else ["cost"])])
        self.show(words_with_curve=self.words_on_screen())

    def big_chart(self, view: dict) -> CostCurve:
        """Every example's cost drawn big for [again] (review ab2-k2 s27's one change): the same
        records on a chart across the frame (BIG_CHART_SIZE), drawn as far as the small one, its
        number over it and the step counter at its axis's end; they stand in view["curve"] and
        the cost's text until chart_home shrinks them back into the small chart's place."""
        h, t, small, texts = self.history, self.theme, view["curve"], view["texts"]
        records = view["records"]
        big = CostCurve([r.step for r in records], [r.cost for r in records], planned_steps(h), *BIG_CHART_SIZE,
                        lead=CURVE_LEAD)
        for label in big.labels[1:]:
            if isinstance(label, Text):
                label.set_color(t.text)
        name = big.labels[0]
        big.labels.submobjects[0] = Rectangle(width=name.width, height=name.height, stroke_width=0,
                                              fill_opacity=0).move_to(name)
        big.shift(np.array([*BIG_CHART_ORIGIN, 0]) - big.axes[0].get_start())
        big._shown_to = small._shown_to
        big._partial(big._share(big._shown_to))
        cost = texts["cost"].copy().next_to(big.axes, UP, buff=0.2).align_to(big.labels[2], LEFT)
        view["small_chart"] = {"curve": small, "cost": texts["cost"], "step": texts["step"].get_center()}
        # over the steps axis's far end (beside it, it ran into the axis's last number)
        texts["step"].next_to(big.axes[0].get_end(), UP, buff=0.15).align_to(big.axes[0], RIGHT)
        within_frame(texts["step"])
        view["curve"], texts["cost"] = big, cost
        self.show(big_chart={"axes": box_of(big.axes), "top": big.top, "drawn_to": int(big.steps[big._shown_to]),
                             "network_box": box_of(self.diagram), "counter": box_of(texts["step"]),
                             "counter_words": texts["step"].original_text, "cost_box": box_of(cost),
                             "cost_words": cost.original_text, "at": self.renderer.time})
        return big

    def chart_home(self, view: dict, going: list) -> None:
        """After [again]: the big chart shrinks into the small one's place, the counter with
        it, the network and its key come back; `going` fades (what is still standing of it)."""
        home = view.pop("small_chart", None)
        going = self.standing(*going)
        if home is None:
            self.play(FadeOut(Group(*going)), run_time=0.5)
            return
        big, texts = view["curve"], view["texts"]
        small = home["curve"]
        small._shown_to = big._shown_to
        small._partial(small._share(small._shown_to))
        back = [m for m in view.pop("back_later") if m is not view["ways"]]
        if going:       # gone first: the rounds' strip fading over the network coming back read as a muddle (review s32)
            self.play(FadeOut(Group(*going)), run_time=0.3)
        self.play(ReplacementTransform(VGroup(big.axes, big.labels, big.curve, texts["cost"]),
                                       VGroup(small.axes, small.labels, small.curve, home["cost"])),
                  texts["step"].animate.move_to(home["step"]), FadeIn(Group(*back)), run_time=0.6)
        view["curve"], texts["cost"] = small, home["cost"]
        self.show(chart_home_at=self.renderer.time)

    def curve_told(self, view: dict, tracker) -> None:
        """"The curve shows how wrong it is, on average over all the practice examples. The first
        step took that average down to 1.14": its start's dot named so, then the dot riding down
        the first fall as it is drawn (start_dot, ride); else the curve and its number pointed at."""
        curve, number = view["curve"], view["texts"]["cost"]
        if "mark='fall'" not in self.lines["again"]:
            self.play(self.point_at(VGroup(number, curve.curve)), run_time=1.0)
            return
        # the curve's start, a dot named "how wrong, on average", as the line says so (the chart
        # came drawn to step 0 alone: curve_comes)
        self.wait_before(tracker, "start", 0.2)
        rider = self.start_dot(curve)
        self.play(FadeIn(rider["dot"], scale=2.0), FadeIn(rider["before"]), run_time=0.6)
        self.show(start_dot_at=self.renderer.time - 0.6)
        self.play(self.point_at(VGroup(rider["dot"], rider["before"]), buff=0.08), run_time=1.0)
        view["first_fall"] = VGroup(rider["dot"], rider["before"], rider["after"])   # they go with the big chart
        # as "the first step took that average down" is said: the line draws its first fall, the
        # dot and its words riding down it, its number turning to the first step's as it lands;
        # the header's cost and the counter turn with it (review s36 r2: "one number falling")
        self.wait_before(tracker, "fall", 0.2)
        h, texts = self.history, view["texts"]
        turned = [*self.swap_text(texts, "cost", *cost_words(record_at(h.records, h.snapshots[1].step).cost, self.n_train)),
                  *self.swap_text(texts, "step", *step_words(1))]
        drawn_from = int(curve.steps[curve._shown_to])
        self.play(curve.draw_to(h.snapshots[1].step), self.ride(rider),
                  *(during(a, 0.8, 1.0) for a in turned), run_time=FALL_TIME)
        self.show(fall_ride={"at": self.renderer.time - FALL_TIME, "drawn_from": drawn_from,
                             "drawn_to": int(curve.steps[curve._shown_to]),
                             "landed": list(map(float, rider["dot"].get_center()[:2])),
                             "opacities": [float(rider[k].get_fill_opacity()) for k in ("before", "after")]})
        self.show(cost_with_first_fall=self.renderer.time,
                  cost_header_after={"at": self.renderer.time - 0.2 * FALL_TIME, "words": texts["cost"].original_text,
                                     "step": texts["step"].original_text})
        self.play(self.point_at(VGroup(rider["after"], number)), run_time=1.2)

    def tell_first(self, view: dict, behind: list, early: bool) -> None:
        """[first]: what the first step did to one example's outputs (output_bars): before and
        after side by side, what each should say, their gaps. `early`: right after the step, on
        one example of the pile (told_example), ringed among the pile's pictures and carried to
        the chart (review e2 s18's one change); else after [again], with the cost's first fall.
        `behind`: the panels the chart stands in place of (back after it when early)."""
        h = self.history
        self.show(first_step=first_step(h))
        bars = self.output_bars()
        chart = VGroup(*(bars[k] for k in ("title", "axis", "scale", "picture", "bars_before", "bars", "grey", "glow",
                                           "targets", "average_before", "average_after", "gaps_before", "gap_key", "costs")))
        if early:
            pile = view["pile"]
            card = pile["pictures"][first_pile(h).tolist().index(bars["example"])]
            carried = card.copy()
            self.show(first_card={"row": bars["example"], "pile_index": first_pile(h).tolist().index(bars["example"])})
            with self.say("first") as tracker:
                # "one example from the pile": ringed where it lies, then carried to the chart's place
                self.play(self.point_at(card, buff=0.08), run_time=1.2)
                # the rest goes first, then the chart comes (no frame caught with one over the other)
                self.add(carried)
                # (the key and the loop's words left with the tilts: only what still stands fades)
                self.play(FadeOut(Group(*self.standing(*behind), self.pile_parts(view), view.pop("tilt_lines"))), run_time=0.4)
                self.play(carried.animate.scale(bars["picture"].height / carried.height).move_to(bars["picture"]),
                          FadeIn(VGroup(bars["title"], bars["axis"], bars["scale"])), run_time=0.8)
                self.remove(carried)
                self.add(bars["picture"])
                self.show(card_carried_at=self.renderer.time)
                self.wait_before(tracker, "start", 0.3)
                self.play(FadeIn(VGroup(bars["bars_before"], bars["grey"], bars["average_before"])), run_time=0.6)
                self.first_chart(bars, tracker)
            # it goes as the curve comes, in one play (curve_comes): played apart, a frame or two
            # between them held the title alone (session 24, digits, 78 s)
            view["chart_going"] = chart
            view["back"] = behind       # back with the curve (curve_comes)
            return
        # the first step's fall marked beside it, its two costs; every example's cost now, when
        # it was not drawn with the curve, with them, just before the words say them (a label
        # fading in as its line starts was caught half faded)
        fall = self.first_fall(view["curve"])
        number = view["texts"]["cost"]
        hidden = "cost" not in view["shown"]
        if hidden:
            self.play(FadeIn(number), GrowArrow(fall[0]), FadeIn(fall[1]), FadeOut(view["ways"]), run_time=0.3)
            view["shown"].add("cost")
            self.show(cost_with_first_fall=self.renderer.time)
        with self.say("first") as tracker:
            self.wait_until_bookmark("one")
            if hidden:
                self.play(self.point_at(number), run_time=1.0)
            else:
                self.play(self.point_at(number), FadeOut(view["ways"]), GrowArrow(fall[0]),
                          FadeIn(fall[1]), run_time=1.2)
            self.wait_until_bookmark("start")
            # the chart takes the middle of the screen: the panels go first, then it comes
            # (grey: the outputs at the start, "at the start" in its key; nothing over anything)
            self.play(FadeOut(Group(*behind, fall, *view.get("rounds", []))), run_time=0.4)
            self.play(FadeIn(VGroup(bars["title"], bars["axis"], bars["scale"], bars["picture"], bars["bars_before"],
                                    bars["grey"], bars["average_before"])), run_time=0.6)
            self.first_chart(bars, tracker)
        # the chart goes, then the panels come back (the weights line's box with them)
        self.play(FadeOut(chart), run_time=0.25)

    def first_chart(self, bars: dict, tracker) -> None:
        """The first step's chart told, from "yet nine should say no" to "now output 0 is too low"."""
        self.show(words_beside_first_bars=self.words_on_screen())
        self.wait_until_bookmark("no")
        # its key at full strength quickly, before "should say" is said (caught dim at 69 s)
        self.play(LaggedStart(*(Create(m) for m in bars["targets"][:-1]), lag_ratio=0.1),
                  during(FadeIn(bars["targets"][-1]), 0.0, 0.25), run_time=1.2)
        self.wait_until_bookmark("pushed")
        # a copy of the grey bars turns the glow's colour and falls to the outputs after the
        # step, beside them, with its key: each pair shows what the step did
        # the key's "after 1 step" first, then its bars (a review: yellow bars under a key
        # that said only "at the start")
        self.play(FadeIn(bars["glow"]), run_time=0.4)
        self.show(glow_key_at=self.renderer.time)
        self.play(Transform(bars["bars"], bars["bars_after"]), FadeIn(bars["average_after"]), run_time=1.3)
        self.show(words_with_first_fall=self.words_on_screen())
        # "even output 0, the one that should say yes": its pair and its mark (a review: 6 s
        # of a still chart here)
        self.wait_until_bookmark("even")
        yes = bars["yes"]
        self.play(self.point_at(VGroup(bars["bars"][yes], bars["bars_before"][yes], bars["targets"][yes]),
                                buff=YES_BUFF), run_time=1.5)
        self.show(even_at=self.renderer.time)
        self.wait_until_bookmark("counts")
        # "the cost counts every output's gap": each output's gap to what it should say,
        # in the gap's violet, beside its grey bar, then beside its bar after the step:
        # nine shrink, the one that should say yes grows
        # with them, its cost at the start (the sum they make): its name, its grey bar grown
        name, before, after = bars["costs"]
        self.play(FadeIn(bars["gaps_before"]), FadeIn(bars["gap_key"]), FadeIn(name),
                  GrowFromEdge(before[0], LEFT), FadeIn(before[1]), run_time=0.8)
        self.wait(0.5)      # each gap seen standing on its grey bar before it moves
        # the gaps after the step, and its cost after it under the one before: the fall seen
        self.play(Transform(bars["gaps_before"], bars["gaps_after"]), during(GrowFromEdge(after[0], LEFT), 0.2, 1.0),
                  during(FadeIn(after[1]), 0.6, 1.0), run_time=1.2)
        self.show(example_cost_after_at=self.renderer.time)
        self.wait_until_bookmark("yes")
        # the one that should say yes, now too low: pointed at (its pair alone); the
        # averages stay while the chart does
        yes = bars["yes"]
        self.play(self.point_at(VGroup(bars["bars"][yes], bars["bars_before"][yes], bars["targets"][yes]),
                                buff=YES_BUFF), run_time=2.0)
        self.show(words_at_yes=self.words_on_screen())

    def tell_line_tilts(self, view: dict, tracker) -> VGroup:
        """"Each example gives each dial its own tilt ... their average ... the other way", when
        one step takes every example (no pile drawn): our dial (backprop's) ringed in the
        network and tied by a line to its ruler, the first few examples of the step ringed on the
        map, each one's own tilt for our dial as an arrow on the ruler (uphill, as descent draws a
        tilt: right when turning the dial up costs more; on one scale of their own); then the step
        as motion on the ruler, as with a pile (tell_tilts): the arrows fly into the average of
        all of them on their scale, seen up close on the ruler's, it grows by the step size and
        turns round, downhill, and the dial moves along it. All numbers are pile_tilts' (nncore's
        per-example gradients). All on one scale, the six's: no zoom (review s31, tiny), the average
        and the step as small as they are, ringed, their sizes written. Returns what stands."""
        t, told, diagram = self.theme, self.line_tilts, view["diagram"]
        few = few_tilts(told["tilts"])
        tilts = [told["tilts"][k] for k in few]
        unit = LINE_ARROW / max(abs(v) for v in tilts)
        # the examples whose tilts these are, ringed on the map (the first few of the step)
        bmap = view["map"]
        x = self.history.split("train")[0]
        points = bmap.to_frame(x[[told["rows"][k] for k in few]])
        # their rows drawn top to bottom as the examples stand on the map, so their ties do not cross
        order = sorted(range(len(few)), key=lambda i: -float(points[i][1]))
        key = self.tilt_key()
        # no count of each way: never said, it read as a vote (review v2 s20: "up costs more: 123,
        # down: 117" while the step is set by the average, which the arrows fly into)
        # the average and the step stand where the rows stood, in their middle (session 24: once
        # the rows had gone, the room over the average stood empty while it was told)
        # one scale for all, the six's (review s31, tiny: the 99x zoom read as strange): the average
        # and the step are as small as they are, beside the six, their sizes written
        w0, w1 = (float(self.history.snapshots[i].weights[told["dial"][0]][told["dial"][1], told["dial"][2]]) for i in (0, 1))
        ruler = self.dial_ruler(told, np.array(LINE_RULER_AT), lift=RULER_LIFT + LINE_PITCH * (len(few) + 1) / 2,
                                include=(0.0, w0 + min(tilts), w0 + max(tilts)), step_long=unit * abs(w1 - w0))
        # the few examples' tilts drawn on our dial's ruler itself, one row each from its mark, on
        # their own scale (review w2 s21's one change: a spray of arrows that collapses into the
        # average); their average on that scale is a few hundredths of a unit: it is then seen up
        # close, on the ruler's scale (as long as half the step)
        drawn = self.ruler_stack(ruler, [tilts[i] for i in order], scale=unit, shortest=TILT_ARROW_MIN, pitch=LINE_PITCH)
        arrows = [drawn[order.index(i)] for i in range(len(few))]       # in the step's order again
        # the average of every example's tilt, not of the few drawn (review u2 s18), over its
        # arrow; the step is told by its arrow, the key and the dial's move alone (review v2 s20:
        # its sum cross-faded over the average's words, unreadable; no room for both here)
        # (the step's sum a row over it, as the arrows' rows have gone by then: review ab-x2 s23,
        # "a step of 2 x 0.001, but the screen never shows that sum")
        # the average as the sum it is, of all of them, divided (review s34, tiny: "the 6 add up to
        # 0.007" beside "average of all 240: 0.001" read as 0.007 / 6): all of them added, shared by their count (review s34 r2: "÷" is a maths symbol)
        # their sum not written (review s35, tiny: "0.264" had no meaning given): end to end, as the six were laid
        lines = self.ruler_words(told, ruler, mark("all {n} end to end, shared by {n}: {average}"), sum_shown=True)
        lines[0].align_to(ruler["line"], LEFT)
        for m in lines:         # (a little higher: clear of the circle round the dial's mark)
            m.shift(UP * LOOK_ROOM)
        within_frame(lines[0])
        # the line numbered with the dial's real values (review ab2-x2 s27: "the axis has no
        # numbers"), on the six's scale, the only one (review s31, tiny: the lens "zoomed in 99x"
        # that came after read as strange)
        ticks = self.line_ticks(ruler, told, unit)
        # where the average and the step stand, a few pixels long: circled, their sizes in words over them
        look = Ellipse(width=LOOK_SIZE[0], height=LOOK_SIZE[1], stroke_color=t.focus, stroke_width=2.5).move_to(ruler["needle"])
        # the key over the rows, at the right (left of the ruler, the ties from the map come in
        # to the rows' dots: a key there stood in their way), our dial's name beside it
        key.next_to(drawn[0], UP, buff=0.2).to_edge(RIGHT, buff=0.2)
        # how many of all are drawn (review ab-x2 s25: "I'm not told that only 6 of the 240 are drawn")
        ruler["name"].next_to(key, LEFT, buff=0.3).align_to(key, DOWN)
        # our dial in the network: its own line, ringed (not thickened: thickness is its size)
        edge, ring = self.marked_dial(diagram, told["dial"])
        self.show(tilt_dial={**self.ring_record(diagram, edge, ring), "value": kit_numbers.number_of(told["before"])})
        # tied to its ruler (review w2 s21: nothing joined the outlined wire to "our dial, up close")
        ends = sorted((edge.get_start(), edge.get_end()), key=lambda p: np.linalg.norm(p - ruler["name"].get_top()))
        tie = Line(ends[0], ruler["name"].get_top() + UP * 0.08, color=t.focus, stroke_width=2.5).set_opacity(0.8)
        rings = VGroup(*(Circle(radius=0.09, stroke_color=t.focus, stroke_width=2.5).move_to(p) for p in points))
        # each row's own example: a dot at the row's left end, a thin line from its ring to it
        # (review ab-x2 s23: "I can't tell which arrow belongs to which circled example")
        left = ruler["line"].get_left()[0] - 0.2
        dots = VGroup(*(Dot([left, a.get_y(), 0], radius=TIE_DOT, color=t.focus) for a in arrows))
        few_words = self.text("{shown} of {n} shown", size="small", color=t.text, facts={"shown": len(few), "n": len(told["tilts"])})
        # under the ruler's "down", its right edge with the label's (s26: under the dots it stood
        # 2 px over "down"); left of "our dial: ..." and under the lowest tie
        few_words.next_to(ruler["ends"][0], DOWN, buff=0.14).align_to(ruler["ends"][0], RIGHT)
        within_frame(few_words)
        ties = VGroup(*(Line(r.point_at_angle(np.arctan2(*(d.get_center() - r.get_center())[1::-1])), d.get_center(),
                             color=t.focus, stroke_width=1.5).set_opacity(0.7) for r, d in zip(rings, dots)))
        # "its own slope, pointing uphill" drawn as a hill: the cost on all of them as our dial alone
        # turns (the pile's hill, the pile being all of them), its white arrow up as the tilts come,
        # its yellow one down as the step turns the other way
        hill = self.pile_hill(told, (LINE_HILL_AT, LINE_HILL_SIZE), key="line_hill", beside=True)
        self.show(line_tilts={**{k: told[k] for k in ("dial", "average", "change", "before", "after", "lr", "n_down",
                                                       "n_up", "n_zero", "places")},
                              "tilts_all": list(told["tilts"]),
                              "rows": [told["rows"][k] for k in few], "tilts": tilts,
                              "ringed": [list(map(float, r.get_center()[:2])) for r in rings],
                              "ties": [[list(map(float, l.get_start()[:2])), list(map(float, l.get_end()[:2]))] for l in ties],
                              "rows_y": [float(a.get_y()) for a in arrows],
                              "words": [m.original_text for m in lines],
                              "key": [{"words": w[1].original_text, "arrow": isinstance(w[0], Arrow),
                                       "colour": w[0].get_color().to_hex()} for w in key],
                              "tie": [list(map(float, tie.get_start()[:2])), list(map(float, tie.get_end()[:2]))],
                              "edge": [list(map(float, p[:2])) for p in (edge.get_start(), edge.get_end())],
                              "name_box": box_of(ruler["name"]), "key_box": box_of(key),
                              "few_words": few_words.original_text, "few_box": box_of(few_words),
                              "ticks": ticks["record"], "look": box_of(look),
                              "ruler_boxes": [box_of(m) for m in (*ruler["ends"], ruler["label"], ruler["line"], *dots)],
                              "spray_scale": unit,
                              "average_at": [float(v) for v in ruler["average"].get_start()[:2]],
                              "step_at": [float(v) for v in ruler["step"].get_start()[:2]],
                              "words_box": [box_of(m) for m in lines],
                              "guide": [list(map(float, p[:2])) for p in (ruler["guide"].get_start(), ruler["guide"].get_end())]
                              if "guide" in ruler else None,
                              "line": [float(ruler["line"].get_left()[0]), float(ruler["line"].get_right()[0])]},
                  tilt_ruler=self.ruler_record(ruler, arrows, tilts))
        # the cost's number goes with the key while the tilts are told: its line, named for all
        # the examples, ran across the tie (it comes back as "then again" is said: tilts_away)
        gone = [view["sign_key"], *view.pop("blame_arrows", [])]
        if "cost" in view["shown"]:
            gone.append(view["texts"]["cost"])
            view["shown"].discard("cost")
            view["cost_back"] = True
        # the wrong guesses' rings dimmed: the few examples ringed now are these tilts' own
        dim = [bmap.rings.dim_to(WRONG_DIM)] if "rings" in view["shown"] else []
        self.play(FadeOut(Group(*gone)), *dim, run_time=0.4)
        self.wait_before(tracker, "tilts", 0.4)
        self.play(FadeIn(ring), FadeIn(edge), FadeIn(key), FadeIn(self.ruler_parts(ruler)), FadeIn(ticks["ticks"]), Create(tie),
                  run_time=0.6)
        self.show(line_tilts_at=self.renderer.time)
        self.play(LaggedStart(*(AnimationGroup(Create(rings[i]), Create(ties[i]), FadeIn(dots[i]), GrowArrow(arrows[i]))
                                for i in order), lag_ratio=0.35), during(FadeIn(few_words), 0.6, 0.9),
                  during(FadeIn(hill[:6]), 0.5, 0.9), run_time=2.4)
        self.show(line_hill_at=self.renderer.time - 2.4 * 0.5,
                  line_hill_room={"map": box_of(bmap.border), "lines": [box_of(m) for m in lines],
                                  "counter": box_of(view["texts"]["step"]) if "step" in view["texts"] else None})
        if "mark='slope'" in self.lines["again"]:
            # "its own slope, pointing uphill": the hill's slope and its white arrow up it pointed at
            self.wait_until_bookmark("slope")
            self.play(self.point_at(VGroup(hill[2], hill[3], hill[5]), buff=0.08), run_time=1.0)
            self.show(hill_pointed_at=self.renderer.time - 1.0)
        if "mark='few'" in self.lines["again"]:
            # "here are six of them": their words and their rings on the map pointed at as it is said
            self.wait_until_bookmark("few")
            self.play(self.point_at(few_words, buff=0.06), *(Indicate(r, color=t.focus, scale_factor=1.6) for r in rings),
                      run_time=1.2)
            self.show(few_said_at=self.renderer.time - 1.2)
        gone = self.lay_end_to_end(ruler, arrows, tilts, unit, (ties, dots, few_words))
        self.play_ruler_step(view, ruler, arrows, lines, tracker, grow_at=None, fly=True, gone=gone,
                             turn_later=True, note=VGroup(look))
        self.show(words_with_tilts=self.words_on_screen())
        # as "the other way" is said: the step turns round and the dial moves along it, the
        # counter turning to "after 1 step" with it (with the replay's first stretch) (review
        # ab-x2 s23: the needle moved and "before any step" changed 3 s after those words)
        lens = self.step_lens(told, ruler, look, lines[0], ticks["ticks"])
        view["with_step"] = [during(ReplacementTransform(ruler.pop("grown"), ruler["step"], path_arc=PI), 0.0, 0.3),
                             during(FadeIn(lines[1]), 0.0, 0.3), *self.ruler_move(ruler),
                             during(FadeIn(lens["still"]), 0.0, 0.25), during(GrowArrow(lens["step"]), 0.25, 0.8),
                             during(FadeIn(lens["after"]), 0.6, 0.8), during(GrowArrow(hill[7]), 0.0, 0.3)]
        self.show(ruler_step_at=self.renderer.time + 0.3 * STEP_TIME)
        return VGroup(ring, edge, key, tie, rings, *lines, look, ticks["ticks"], *self.ruler_parts(ruler, after=True),
                      lens["still"], lens["step"], lens["after"], hill[:6], hill[7])

    def step_lens(self, told: dict, ruler: dict, look: Mobject, over: Mobject, ticks: VGroup) -> dict:
        """Our dial's one step, a pixel or two on its ruler, seen magnified (review s34, tiny: "the
        dial's step is still invisible on its axis"): in a box between the average's words and the
        ruler's numbers, left of the dial's mark and tied to the ring round it, the dial's mark
        before the step (hollow) and after it (its colour), LENS_GAP apart, the yellow step
        between them, and "closer still" (review s35, tiny: "70 times closer" had no meaning given). The two
        marks stand at nncore's values at steps 0 and 1, on the lens's own scale."""
        t, h, dial = self.theme, self.history, told["dial"]
        w0, w1 = (float(h.snapshots[i].weights[dial[0]][dial[1], dial[2]]) for i in (0, 1))
        top, bottom = over.get_bottom()[1] - LENS_BUFF, ticks.get_top()[1] + LENS_BUFF
        right = min(look.get_left()[0], ruler["x0"] - 0.2) - LENS_BUFF
        box = RoundedRectangle(corner_radius=0.08, width=LENS_WIDTH, height=top - bottom, stroke_color=t.focus,
                               stroke_width=2).move_to([right - LENS_WIDTH / 2, (top + bottom) / 2, 0])
        times = LENS_GAP / (abs(w1 - w0) * ruler["scale"])       # the lens's scale over the ruler's
        words = self.text("closer still", size="small", color=t.text)
        words.next_to(box.get_corner(UP + LEFT), DOWN + RIGHT, buff=0.06)
        y = (words.get_bottom()[1] + box.get_bottom()[1]) / 2 - 0.02
        mid = box.get_x() + 0.2
        x_of = {v: mid + (v - (w0 + w1) / 2) * LENS_GAP / abs(w1 - w0) for v in (w0, w1)}
        line = Line([box.get_left()[0] + 0.15, y, 0], [box.get_right()[0] - 0.15, y, 0], color=t.muted, stroke_width=3)
        colour = t.positive if w1 > 0 else t.negative

        def mark(v: float, filled: bool) -> VGroup:
            tick = Line([x_of[v], y - 0.12, 0], [x_of[v], y + 0.12, 0], color=colour if filled else t.muted, stroke_width=5)
            dot = Dot([x_of[v], y, 0], radius=0.06, color=colour) if filled else Circle(0.06, stroke_color=t.text,
                                                                                           stroke_width=2).move_to([x_of[v], y, 0])
            return VGroup(tick, dot)
        step = Arrow([x_of[w0], y, 0], [x_of[w1], y, 0], buff=0.07, color=t.highlight, stroke_width=5, tip_length=0.14,
                     max_tip_length_to_length_ratio=0.3)
        tie = Line(look.get_left(), [box.get_right()[0], box.get_y(), 0], color=t.focus, stroke_width=2).set_opacity(0.9)
        still = VGroup(box, words, line, mark(w0, False), tie)
        after = mark(w1, True)
        self.show(step_lens={"before": w0, "after": w1, "x": [x_of[w0], x_of[w1]], "times": times, "words": words.original_text,
                             "ruler_scale": ruler["scale"], "box": box_of(box), "words_box": box_of(words),
                             "over_box": box_of(over), "ticks_box": box_of(ticks), "look_box": box_of(look)})
        return {"still": still, "step": step, "after": after}

    def step_change(self, view: dict, before: int, after: int) -> VGroup:
        """The map's cells whose answer (nncore's) differs between steps `before` and `after`,
        outlined in the step's colour, and named beside the map (review s32, tiny: our dial's one
        step is a pixel on its ruler, so the network was never seen to change; the same step moves
        the map's edge by a cell or more). Fades in as the step's map settles (`with_step`);
        returned to go with the tilts. Empty when no cell changed."""
        t, bmap = self.theme, view["map"]
        classes = [self.map_answers(view, s)[0].reshape(bmap.cells, bmap.cells) for s in (before, after)]
        changed = classes[0] != classes[1]
        outline = VMobject(stroke_color=t.highlight, stroke_width=CHANGE_STROKE, fill_opacity=0).set_z_index(SCRIM_Z)
        half = bmap.side / bmap.cells / 2
        centres = (bmap._cell_centres - bmap._cell_centres.mean(axis=0) + bmap.border.get_center()).reshape(
            bmap.cells, bmap.cells, 3)
        # each changed cell's sides that face an unchanged cell (or the map's edge): the patch's rim
        for r, c in zip(*np.nonzero(changed)):
            for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
                inside = 0 <= r + dr < bmap.cells and 0 <= c + dc < bmap.cells
                if inside and changed[r + dr, c + dc]:
                    continue
                mid = centres[r, c] + np.array([dc, -dr, 0]) * half      # (rows run top to bottom)
                along = np.array([dr, dc, 0]) * half
                outline.start_new_path(mid - along)
                outline.add_line_to(mid + along)
        words = self.text("outlined: its answer\nchanged in step {step}", size="small", color=t.highlight,
                          facts={"step": after})
        words.next_to(bmap.border, RIGHT, buff=CHANGE_BUFF).align_to(bmap.border, DOWN).shift(CHANGE_LIFT * UP)
        changes = VGroup(outline, words) if changed.any() else VGroup()
        at = self.renderer.time + CHANGE_FROM * MOVE * STEP_TIME
        view.setdefault("with_step", []).append(during(FadeIn(changes), CHANGE_FROM, 1.0))
        self.show(step_change={"from": before, "to": after, "cells": np.flatnonzero(changed).tolist(), "at": at,
                               "outline": box_of(outline) if changed.any() else None, "words": words.original_text,
                               "words_box": box_of(words), "map": box_of(bmap.border)})
        return changes

    def lay_end_to_end(self, ruler: dict, arrows: list, tilts: list, unit: float, ties: tuple) -> tuple:
        """As "some point up, some down: end to end, they nearly cancel" is said (review ab2-t-r2,
        tiny's one change: the six's cancelling was never seen): the few's arrows slide along their
        rows, on their own scale, each starting where the one over it ends (cancel_order's order,
        top to bottom), so the chain comes back near the dial's mark; its words beside its end.
        Their ties to the map go first. Returns what goes as their average comes."""
        order = cancel_order(tilts) if "mark='cancel'" in self.lines["again"] else None
        if order is None:
            return ties
        t, x0 = self.theme, ruler["x0"]
        rows = sorted((float(a.get_y()) for a in arrows), reverse=True)
        run, moved = 0.0, []
        for y, k in zip(rows, order):
            start = arrows[k].get_start()
            moved.append(arrows[k].copy().shift([x0 + run * unit - start[0], y - start[1], 0]))
            run += float(tilts[k])
        # truly head to tail (review s31, tiny: the rows' staircase did not read as one chain): each
        # tip joined down to the next arrow's tail, and the chain's end, what the six add up to, a dot
        joins = VGroup(*(DashedLine(a.get_end(), b.get_start(), color=t.text, stroke_width=2, dash_length=0.05)
                         for a, b in zip(moved, moved[1:])))
        total = float(sum(tilts))
        end = Dot(moved[-1].get_end(), radius=TIE_DOT, color=t.focus)
        # right of the chain's last rows, between the last two (over the line's numbers, clear of the upright)
        words = self.text("end to end, the {n}\nadd up to {total}", size="small", color=t.text,
                          facts={"n": len(tilts), "total": written(total, self.line_tilts["places"])})
        words.move_to([0, (rows[-1] + rows[-2]) / 2, 0])
        words.align_to(np.array([max(m.get_right()[0] for m in moved[-3:]) + 0.2, 0, 0]), LEFT)
        within_frame(words)
        self.wait_until_bookmark("cancel")
        self.play(during(FadeOut(VGroup(*ties)), 0.0, 0.3),
                  *(during(Transform(arrows[k], m), 0.2, 0.7) for k, m in zip(order, moved)),
                  during(Create(joins), 0.7, 0.85), during(FadeIn(end, scale=2.0), 0.8, 0.9),
                  during(FadeIn(words), 0.8, 1.0), run_time=CANCEL_TIME)
        self.show(cancel_chain={"at": self.renderer.time - CANCEL_TIME * 0.8, "order": order,
                                "starts": [[float(v) for v in arrows[k].get_start()[:2]] for k in order],
                                "ends": [[float(v) for v in arrows[k].get_end()[:2]] for k in order],
                                "x0": float(x0), "unit": float(unit), "words": words.original_text, "box": box_of(words),
                                "arrow_boxes": [box_of(arrows[k]) for k in order],
                                "joins": [[[float(v) for v in j.get_start()[:2]], [float(v) for v in j.get_end()[:2]]] for j in joins],
                                "total": total, "end": [float(v) for v in end.get_center()[:2]]})
        return (words, joins, end)

    def line_ticks(self, ruler: dict, told: dict, unit: float) -> dict:
        """Numbers on our dial's line: round dial values (axis_ticks) on the six tilts' scale
        (`unit` per unit of the dial, the ruler's own), each a tick across the line and its number
        over it, clear of the line's ends: "ticks" and "record" for the manifest."""
        t = self.theme
        line = ruler["line"]
        y, x0 = line.get_y(), ruler["x0"]
        real0 = float(self.history.snapshots[0].weights[told["dial"][0]][told["dial"][1], told["dial"][2]])
        left, right = line.get_left()[0], line.get_right()[0]
        room = TICK_END - 0.05      # (a number clear of the line's ends)
        _, values, places = axis_ticks(real0 + (left + room - x0) / unit, real0 + (right - room - x0) / unit, 5)

        def x_of(v: float) -> float:
            return x0 + (v - real0) * unit
        ticks = VGroup()
        for v in values:
            mark_line = Line([0, y - TICK_HALF, 0], [0, y + TICK_HALF, 0], color=t.muted, stroke_width=2)
            number = self.text("{value}", size="small", color=t.text, facts={"value": written(v, places)})
            number.next_to(mark_line, UP, buff=TICK_BUFF)
            ticks.add(VGroup(mark_line, number).shift(RIGHT * x_of(v)))
        record = {"real0": real0, "x0": float(x0), "unit": unit, "y": float(y),
                  "first": [{"value": v, "words": tick[1].original_text, "x": x_of(v), "box": box_of(tick[1])}
                            for v, tick in zip(values, ticks)],
                  "line": [float(left), float(right)]}
        return {"ticks": ticks, "record": record}

    def tilts_away(self, view: dict):
        """As "then again" is said: the tilts go, the key to the lines comes back (the dials are
        about to turn, over and over)."""
        # one, then the other (review ab-x2 s24, 39 s: the key faded in over the tilts' words
        # fading out, both half there)
        back = [view["map"].rings.dim_to(1.0)] if "rings" in view.get("shown", ()) else []   # the wrong guesses' rings

        def run():
            return Succession(AnimationGroup(FadeOut(view.pop("line_tilts")), *back, run_time=TILTS_AWAY / 2),
                              FadeIn(view["sign_key"], run_time=TILTS_AWAY / 2))
        run.lasting = TILTS_AWAY
        if view.pop("cost_back", False):     # the cost's number, hidden with the tilts, fades in at its step,
            run.appears = "cost"             # once they have gone (it stands where their key stood)
            run.appears_late = TILTS_AWAY / 2
        return run

    def marked_dial(self, diagram: NetworkDiagram, dial: tuple[int, int, int], value: float | None = None) -> tuple[Line, Line]:
        """The followed dial's line drawn as the diagram draws it at `value` (else as it stands):
        its true width and colour, over a ring in the focus colour, one width wider than the
        widest line, so it is found at any size without being drawn thicker than its size
        (review ab2: drawn thickest against "thicker: further from zero", and gone at 0.00)."""
        edge = diagram.edge_line(*dial).set_z_index(1)
        if value is not None:
            edge.set_stroke(*self.drawn_style(diagram, dial, value))
        widest = max(style[1] for style in diagram._styles)
        ring = edge.copy().set_stroke(color=self.theme.focus, width=widest + RING_WIDTH, opacity=RING_OPACITY).set_z_index(0.5)
        hollow = edge.copy().set_stroke(color=self.theme.background, width=widest + RING_WIDTH - 2 * RING_EDGE,
                                        opacity=1.0).set_z_index(0.75)
        return edge, ring.add(hollow)

    def ring_record(self, diagram: NetworkDiagram, edge: Line, ring: Line) -> dict:
        """For the manifest: the followed line's width and its ring's, and the widest line's."""
        hollow = ring.submobjects[0]    # the background inside the ring, where the line shows its colour
        return {"width": float(edge.get_stroke_width()), "ring": float(ring.get_stroke_width()),
                "hollow": float(hollow.get_stroke_width()), "hollow_colour": hollow.get_stroke_color().to_hex(),
                "ring_colour": ring.get_stroke_color().to_hex(), "widest": max(float(st[1]) for st in diagram._styles),
                "weight_scale": float(diagram.weight_scale)}

    def drawn_style(self, diagram: NetworkDiagram, dial: tuple[int, int, int], value: float) -> tuple[ManimColor, float]:
        """The colour and width the diagram gives the dial's line at `value` (its own scale)."""
        pair, out, inp = dial
        w = np.zeros(self.history.snapshots[0].weights[pair].shape)
        w[out, inp] = value
        colour, width = diagram._styles[int(diagram._style_of(pair, w)[diagram._edge_number(pair, out, inp)])][:2]
        return colour, width

    def pile_parts(self, view: dict) -> Group:
        """The first pile as it stands after its step (none left once gone)."""
        pile, view["pile"] = view["pile"], None
        if pile is None:
            return Group()
        cost = [] if pile.get("cost_gone") else [pile["cost"][1 if pile.get("cost_after") else 0]]
        return Group(pile["words"], pile["pictures"], pile.get("tilts", pile["guesses"][1]), *cost,
                     *pile.get("extra", []))

    def pile_after_step(self, view: dict) -> list:
        """As the first step ends: the pile's guesses and its cost, by the network after it
        (played with the step, so they stand before "pile after pile" brings the next piles)."""
        pile = view["pile"]
        if pile is None:
            return []
        # with its tilts under the pictures, the guesses have gone and its cost stays as it was
        # (a review: the pile's cost before and after and every example's, four costs in 15 s)
        if "tilts" in pile:
            return []
        pile["cost_after"] = True
        pairs = [(pile["cost"][0], pile["cost"][1]), (pile["guesses"][0], pile["guesses"][1])]
        return [during(CrossFade(old, new), 0.4, 0.9) for old, new in pairs]

    def tell_rounds(self, view: dict, tracker) -> list[Mobject]:
        """"Pile after pile, one step each: 30 rounds through them all make 4320 steps", drawn as
        it is said (a review: none of it was on screen, a still network and an empty chart): one
        small card per pile, dealt as "pile after pile" is said, the last one shorter when it
        holds fewer, no count written (review s33: the piles' sum was a number too many); then the
        round shrinks into the first of a row of blocks, one per round, and the steps axis's end,
        the steps they make, is pointed at. Returns what stands until the next line takes its place."""
        h, t = self.history, self.theme
        n, batch, rounds = len(h.split("train")[0]), h.config["batch_size"], h.config["epochs"]
        full, last = piles_of(n, batch)
        per = full + (last != batch)
        end = view["curve"].labels[4]          # the steps axis's end: the steps planned
        if self.mode() == "points" or per > MAX_PILES or rounds > MAX_ROUNDS:
            # no room to draw them (a map fills the left) or too many to count: the axis's end pointed at
            self.wait_until_bookmark("axis")
            self.play(self.point_at(end), run_time=1.0)
            return []
        cards = VGroup()
        for k in range(per):
            tall = PILE_SIDE * (last / batch if k == per - 1 else 1.0)
            row, col = divmod(k, PILES_PER_ROW)
            cards.add(Rectangle(width=PILE_SIDE, height=tall, stroke_color=t.muted, stroke_width=1.5, fill_color=t.text,
                                fill_opacity=0.3)
                      .move_to([col * (PILE_SIDE + PILE_GAP), -row * (PILE_SIDE + PILE_GAP) - (PILE_SIDE - tall) / 2, 0]))
        round_words = self.text("{rounds} rounds make {steps} steps", facts={"rounds": rounds, "steps": planned_steps(h)})
        pile_words = self.text("1 round = {piles} piles", facts={"piles": per})
        blocks = VGroup(*(Rectangle(width=ROUND_SIDE, height=ROUND_SIDE, stroke_color=t.muted, stroke_width=1.5,
                                    fill_color=t.text, fill_opacity=0.3) for _ in range(rounds))).arrange(RIGHT, buff=ROUND_GAP)
        # the bottom of the frame, clear of the loop's arrows above and of a player's controls below
        top = min(view["ways"].get_bottom()[1], view["texts"]["step"].get_bottom()[1]) - 0.3
        # side by side: the piles in a round, then the rounds (each said in turn)
        VGroup(pile_words, round_words).arrange(RIGHT, buff=1.0).move_to([0, top - round_words.height / 2, 0])
        cards.next_to(round_words, DOWN, buff=0.25).set_x(0)
        blocks.next_to(round_words, DOWN, buff=0.3).set_x(0)
        numbers = VGroup(self.text("round {k}", size="small", color=t.text, facts={"k": 1}).next_to(blocks[0], DOWN, buff=0.1),
                         self.text("round {k}", size="small", color=t.text, facts={"k": rounds})
                         .next_to(blocks[-1], DOWN, buff=0.1))
        self.show(rounds_drawn={"piles": len(cards), "smaller_last": [c.height / PILE_SIDE for c in cards[-1:]][0],
                                "rounds": len(blocks), "words": [pile_words.original_text, round_words.original_text]})
        self.wait_until_bookmark("again")
        # the first pile gives way to all the piles
        going = [self.pile_parts(view)] if view["pile"] is not None else []
        if going:
            self.play(FadeOut(Group(*going)), run_time=0.25)
        standing = {"cleared": self.texts_standing()}
        deal = max(min(3.5, tracker.time_until_bookmark("round") - 0.2), 1.0)
        self.show(rounds_dealt_at=self.renderer.time)
        self.play(LaggedStart(*(FadeIn(c) for c in cards), lag_ratio=0.02, run_time=deal))
        # "144 piles make one round", written as it is said, standing with the rounds after it
        self.wait_before(tracker, "round", 0.2)
        self.play(FadeIn(pile_words), run_time=0.5)
        self.show(pile_words_at=self.renderer.time - 0.5, pile_words_box=box_of(pile_words))
        standing["dealt"] = self.texts_standing()
        # the round shrinks into the first block, its words written, done as "30 rounds" is said
        self.wait_before(tracker, "axis", SWAP_LEAD)
        self.play(ReplacementTransform(cards, blocks[0]), FadeIn(round_words), run_time=SWAP_LEAD)
        self.show(rounds_words_at=self.renderer.time)
        standing["swapped"] = self.texts_standing()
        self.play(LaggedStart(*(FadeIn(b, shift=0.2 * LEFT) for b in blocks[1:]), lag_ratio=0.1), FadeIn(numbers),
                  run_time=1.5)
        standing["rounds"] = self.texts_standing()
        self.play(self.point_at(end), run_time=1.0)
        self.show(rounds_standing=standing,     # the texts seen as the piles and rounds are told: none over another
                  pile_words_still_at=self.renderer.time)
        return [pile_words, round_words, blocks, numbers]

    def step_size_cue(self, view: dict):
        """"2 is the step size": written under the step counter as it is said, till the weights line."""
        lr = f"{float(self.history.config['lr']):g}"
        words = self.text("step size: {lr}", size="small", color=self.theme.text, facts={"lr": lr})
        words.next_to(view["texts"]["step"], DOWN, buff=0.15)
        view["step_size"] = words
        self.show(step_size={"words": words.original_text, "lr": lr})

        def run():
            # (in a Succession, the box round it, a Succession itself, stood there from the play's start)
            return AnimationGroup(during(FadeIn(words), 0.0, 0.2), during(self.point_at(words), 0.25, 1.0))
        return run

    def start_dot(self, curve: CostCurve) -> dict:
        """The curve's start marked (review s31: "a bare vertical line at step 0"): a dot at the
        average cost over every practice example before any step (nncore's), "how wrong, on
        average: 3.02" beside it; where the first step's record stands on the curve (`to`), and
        the same words with its cost (`after`), there, for the dot's ride down (ride)."""
        t, h = self.theme, self.history
        x, y = h.split("train")
        one = h.snapshots[1].step
        costs = [h.network(0).cost_of(x, y), record_at(h.records, one).cost]
        floor = curve.axes[0].get_start()[1]
        at, to = ([curve.step_x(s), floor + c / curve.top * curve.h, 0] for s, c in zip((0, one), costs))
        dot = Dot(at, radius=TIP_RADIUS, color=t.cost).set_stroke(t.focus, width=2)
        words = [self.text("how wrong, on average: {cost}", size="small", color=t.cost, facts={"cost": f"{c:.2f}"})
                 .next_to(p, RIGHT, buff=START_BUFF) for c, p in zip(costs, (at, to))]
        words[1].set_opacity(0)
        self.show(start_dot={"at": list(map(float, at[:2])), "to": list(map(float, to[:2])), "floor": float(floor),
                             "step0_x": float(curve.step_x(0)), "step1_x": float(curve.step_x(one)),
                             "per_cost": curve.h / curve.top, "label": words[0].original_text,
                             "landed": words[1].original_text, "boxes": [box_of(w) for w in words]})
        return {"dot": dot, "before": words[0], "after": words[1], "from": np.array(at), "to": np.array(to)}

    def ride(self, rider: dict) -> Animation:
        """The start's dot down the first fall as the curve draws that stretch (draw_to, at the
        same rate: one straight stretch, drawn to the same share); the start's words stay where
        that number stands, dimmed as the dot leaves (a number riding down the line would stand
        at heights it never had), the first step's fade in beside the dot as it lands."""
        dot, before, after = rider["dot"], rider["before"], rider["after"]

        def update(m: Mobject, a: float) -> None:
            dot.move_to(rider["from"] + a * (rider["to"] - rider["from"]))
            before.set_opacity(1.0 - (1.0 - LEFT_DIM) * min(a / 0.3, 1.0))
            after.set_opacity(min(max((a - 0.8) / 0.2, 0.0), 1.0))
        return UpdateFromAlphaFunc(VGroup(dot, before, after), update)

    def first_fall(self, curve: CostCurve) -> VGroup:
        """"That first step took the cost down to 1.14": an arrow beside the curve's first fall,
        from the cost before any step to the cost after it, with both numbers (a review: 9 s of
        a still frame while it was said)."""
        h, t = self.history, self.theme
        one = h.snapshots[1].step
        before, after = h.records[0].cost, record_at(h.records, one).cost
        floor = curve.axes[0].get_start()[1]
        x = curve.step_x(one) + 0.2
        ys = [floor + c / curve.top * curve.h for c in (before, after)]
        arrow = Arrow([x, ys[0], 0], [x, ys[1], 0], buff=0, color=t.cost, stroke_width=3, tip_length=0.16,
                      max_tip_length_to_length_ratio=0.2)
        words = self.text("first step, on all {total}: {before} to {after}", size="small", color=t.cost,
                          facts={"total": self.n_train, "before": f"{before:.2f}", "after": f"{after:.2f}"}
                          ).next_to(arrow, RIGHT, buff=0.12)
        self.show(first_fall={"from": (arrow.get_start()[1] - floor) / curve.h * curve.top,
                              "to": (arrow.get_end()[1] - floor) / curve.h * curve.top, "words": words.original_text})
        return VGroup(arrow, words)

    def loop_ways(self, diagram: NetworkDiagram) -> VGroup:
        """The loop's two runs through the network, named under it the way their flashes go:
        "guess" forwards (the glow's colour), "blame back" backwards (the blame colour)."""
        t = self.theme
        # side by side under a short diagram (2-D points), one above the other under a tall one
        side = self.mode() == "points"
        length = (0.18 if side else 0.25) * diagram.width
        rows = []
        for words, color, ahead in ((mark("guess"), t.highlight, True), (mark("blame back"), t.blame, False)):
            ends = (LEFT, RIGHT) if ahead else (RIGHT, LEFT)
            arrow = Arrow(ends[0] * length / 2, ends[1] * length / 2, buff=0, color=color, stroke_width=3,
                          tip_length=0.16, max_tip_length_to_length_ratio=0.2)
            rows.append(VGroup(arrow, self.text(words, size="small", color=color)).arrange(RIGHT, buff=0.15))
        ways = VGroup(*rows)
        if side:    # above it (under it the cost's number stands), clear of the title on its left
            return ways.arrange(RIGHT, buff=0.4).next_to(diagram, UP, buff=0.12).align_to(diagram, RIGHT)
        # right of the big network (under it stands the pile)
        # clear of the glow column's numbers (review g2 s19: the guess arrow ran through "0.71")
        ways.arrange(DOWN, buff=0.1, aligned_edge=LEFT).next_to(diagram, RIGHT, buff=1.0)
        return ways.shift((WAYS_Y - ways.get_top()[1]) * UP)

    def output_bars(self, above: Mobject | None = None, step: int | None = None) -> dict:
        """One practice example's outputs as bars (the glow's colour: how strongly each
        output says "yes") on a scale from 0 to 1 (a review could not check 0.54 and 0.23
        against bars with no scale), what each should say (green: a line on the floor for
        "no", an outline standing on its bars up to 1 for "yes"), and the average over every
        output and every practice example, the number said.

        With no `above`: the first step's chart, big in the middle of the screen (a review: the
        chart that carries the first step's story was a 180 x 50 px inset in a corner). A grey
        bar for each output at the start and, beside it, its glow-coloured bar after the step,
        each key in the legend, and each output's gap to what it should say (the gaps' violet),
        before and after the step. With `above` (the step counter): a small chart under it, at
        `step`, one glow-coloured bar per output, no key (a review read its key at 7 px), that
        follows the replay."""
        t, h = self.theme, self.history
        why = first_step(h)
        big = above is None
        x, y = h.split("train")
        idx = why["example"]
        after_step = h.snapshots[1].step if big else step
        before, after = h.network(0).outputs(x[idx:idx + 1])[0], h.network(after_step).outputs(x[idx:idx + 1])[0]
        truth = np.atleast_1d(y[idx])
        if big:
            self.show(first_outputs={"example": idx, "step": after_step, "before": before, "after": after})
        # big: each pair of bars wide enough to read at 480p, the gap wider than a pointer box's margin;
        # small: one bar per output
        width, pair, gap, tall = (0.26, 0.04, 0.3, 3.1) if big else (0.25, 0.0, 0.09, 1.75)
        size = "label"
        xs = np.arange(len(before)) * ((2 if big else 1) * width + pair + gap)
        side = (width + pair) / 2 if big else 0.0     # each bar's centre, either side of its output's name

        def columns(values: np.ndarray, shift: float, color: str) -> VGroup:
            return VGroup(*(Rectangle(width=width, height=max(float(v) * tall, 0.005), fill_color=color,
                                      fill_opacity=0.9, stroke_width=0).move_to([x0 + shift, float(v) * tall / 2, 0])
                            for x0, v in zip(xs, values)))

        def gaps(values: np.ndarray, shift: float) -> VGroup:
            """Each output's gap to what it should say: a line from its bar's top to its mark."""
            return VGroup(*(Line([x0 + shift, float(v) * tall, 0], [x0 + shift, float(goal) * tall, 0],
                                 color=t.gap, stroke_width=GAP_WIDTH)
                            for x0, v, goal in zip(xs, values, truth)))

        def average(value: str, color: str) -> VGroup:
            line = DashedLine([xs[0] - 2 * width, float(value) * tall, 0], [xs[-1] + 2 * width, float(value) * tall, 0],
                              color=color, stroke_width=2.5, dash_length=0.08)
            words = self.text("average: {value}", size=size, color=color, facts={"value": value})
            return VGroup(line, words.next_to(line, RIGHT, buff=0.12))

        def swatch(color: str, words: str) -> VGroup:
            return VGroup(Rectangle(width=width, height=width * 1.5, fill_color=color, fill_opacity=0.9, stroke_width=0),
                          self.text(words, size=size, color=color)).arrange(RIGHT, buff=0.1)

        reach = (width + pair / 2 + 0.03) if big else (width / 2 + 0.04)   # half a pair's width, its marks a little wider
        left = xs[0] - (2 * width if big else width)
        base = Line([left, 0, 0], [xs[-1] + (2 * width if big else width), 0, 0], color=t.muted, stroke_width=2)
        names = VGroup(*(self.text(str(name), size=size, color=t.text).next_to([x0, 0, 0], DOWN, buff=0.08)
                         for x0, name in zip(xs, output_names(h))))
        # the scale: 0 on the floor, 1 where an output says a full "yes"
        ticks = [0.0, 0.5, 1.0] if big else [0.0, 1.0]
        scale = VGroup(Line([left, 0, 0], [left, tall, 0], color=t.muted, stroke_width=2))
        for v in ticks:
            tick = Line([left - 0.08, v * tall, 0], [left, v * tall, 0], color=t.muted, stroke_width=2)
            scale.add(tick, self.text("{value}", size=size, color=t.text, facts={"value": f"{v:g}"}).next_to(tick, LEFT, buff=0.06))
        # "no" is a line on the floor; "yes" an outline round the pair from the floor up to 1,
        # so its mark at 1 stands on its own bars, not floating above them
        marks = VGroup(*(Rectangle(width=2 * reach, height=float(v) * tall, stroke_color=t.right, stroke_width=4,
                                   fill_opacity=0).move_to([x0, float(v) * tall / 2, 0]) if v > 0 else
                         Line([x0 - reach, 0, 0], [x0 + reach, 0, 0], color=t.right, stroke_width=5)
                         for x0, v in zip(xs, truth)))
        key = VGroup(Line(LEFT * 0.15, RIGHT * 0.15, color=t.right, stroke_width=5),
                     self.text("should say", size=size, color=t.right)).arrange(RIGHT, buff=0.1)
        # the gap's own colour, as the cost and backprop chapters draw gaps (review s23: orange
        # here, where orange had been the squared cost)
        gap_key = VGroup(Line(DOWN * 0.15, UP * 0.15, color=t.gap, stroke_width=GAP_WIDTH),
                         self.text("gap", size=size, color=t.gap)).arrange(RIGHT, buff=0.1)
        # as the words say it ("before any step" is the step counter's, read as one by tests)
        grey = swatch(t.muted, mark("at the start"))
        glow = swatch(t.neuron_fill, mark("after 1 step"))
        picture = card_picture(x[idx], input_kind(h), 1.3 if big else 0.8)    # a review: at 0.5 its 0 did not read
        bars = columns(before if big else after, -side, t.neuron_fill)   # big: falls from the grey ones
        # the gaps stand outside each pair, clear of the "yes" outline (reach) round it
        out = side + width / 2 + 0.1
        panel = {"bars": bars, "bars_after": columns(after, side, t.neuron_fill),
                 "bars_before": columns(before, -side, t.muted), "axis": VGroup(base, names), "scale": scale,
                 "average_after": average(why["out1"], t.text),
                 "average_before": average(why["out0"], t.muted), "targets": VGroup(*marks, *([key] if big else [])),
                 "grey": grey, "glow": glow, "gaps_before": gaps(before, -out), "gaps_after": gaps(after, out),
                 "gap_key": gap_key}
        picture.next_to(scale, LEFT, buff=0.2).align_to(base, DOWN)
        # the keys in one row under the bars (the frame's edge is near)
        VGroup(grey, glow, key, gap_key).arrange(RIGHT, buff=0.4).next_to(names, DOWN, buff=0.12).align_to(base, LEFT)
        if big:     # its cost at the two snapshots (nncore's), under the keys, in the bars' colours
            panel["costs"] = self.example_costs(idx, after_step)
            panel["costs"].next_to(grey, DOWN, buff=0.25).align_to(base, LEFT)
        # small beside the examples' row (a review: at label size it touched the frame's right edge)
        # big: one example of the first pile (told_example), said so; one that is not in it,
        # said so too (a review read the pile's average glow, from 15 s, as this example's outputs)
        other = big and not why["from_pile"] and idx not in set(first_pile(h).tolist())
        title = self.text(mark("one example from the pile: its outputs") if big and why["from_pile"] else
                          mark("one example's outputs, not from the pile") if other else mark("one example's outputs"),
                          size="label" if big else "small", color=t.text)
        whole = VGroup(picture, scale, base, names, bars, marks)
        title.next_to(VGroup(whole, *([panel["average_before"]] if big else [])), UP, buff=0.15)
        extras = ("bars_after", "bars_before", "average_before", "average_after", "gaps_before", "gaps_after", "costs") if big else ()
        everything = VGroup(whole, title, *([grey, glow, key, gap_key] if big else []), *(panel[k] for k in extras))
        if big:     # the middle of the picture, between the title and the subtitles
            shift = np.array([-everything.get_center()[0], -0.05 - everything.get_center()[1], 0])
        else:
            # right of the step counter, at the frame's right edge, its top level with the
            # counter's; its picture under the counter (a review: 10 px labels and bars under it)
            chart = VGroup(scale, base, names, bars, marks, title)
            shift = np.array([config.frame_width / 2 - 0.4 - chart.get_right()[0],
                              above.get_top()[1] + 0.25 - title.get_top()[1], 0])
        everything.shift(shift)
        if not big:
            picture.next_to(above, DOWN, buff=0.35)
            title.align_to(base, RIGHT)     # clear of the step counter on its left
            # and inside the frame (a review: it touched the right edge)
            title.shift(min(0.0, config.frame_width / 2 - 0.5 - title.get_right()[0]) * RIGHT)
        if not big:
            for k in ("bars_after", "bars_before", "average_before", "average_after", "gaps_before", "gaps_after",
                      "grey", "glow", "gap_key"):   # not drawn small
                panel[k].shift(shift)
        else:
            self.show(first_gaps={"colours": [m.get_color().to_hex() for m in (*panel["gaps_before"], *panel["gaps_after"],
                                                                              *gap_key)],
                                  "before": [g.get_length() / tall for g in panel["gaps_before"]],
                                  "after": [g.get_length() / tall for g in panel["gaps_after"]],
                                  "scale_top": scale[0].get_length() / tall})
        return {**panel, "title": title, "picture": picture, "tall": tall, "example": idx,
                "yes": int(np.argmax(truth)), "make": lambda values: columns(values, side, t.neuron_fill).shift(shift),
                "readings": {0: before, after_step: after}}

    def example_costs(self, example: int, step: int) -> VGroup:
        """The drawn example's own cost (nncore's, over its outputs' gaps) at the start and after
        `step`, as two bars from one edge, grey then the glow's colour as the chart's pairs, each
        with its number, named "its cost": the fall seen as a bar shrinking."""
        t, h = self.theme, self.history
        x, y = h.split("train")
        costs = [h.network(s).cost_of(x[example:example + 1], y[example:example + 1]) for s in (0, step)]
        self.show(example_costs={"example": example, "steps": [0, step], "costs": costs})
        unit = COST_BAR / max(costs)
        rows = VGroup()
        for cost, colour in zip(costs, (t.muted, t.neuron_fill)):
            bar = Rectangle(width=max(cost * unit, 0.01), height=COST_BAR_HEIGHT, fill_color=colour, fill_opacity=0.9,
                            stroke_width=0)
            number = self.text("{cost}", size="label", color=colour, facts={"cost": f"{cost:.2f}"})
            rows.add(VGroup(bar, number.next_to(bar, RIGHT, buff=0.12)))
        rows.arrange(DOWN, buff=COST_ROWS_GAP, aligned_edge=LEFT)
        name = self.text("its cost", size="label", color=t.cost)
        return VGroup(name.next_to(rows, LEFT, buff=0.25), *rows)

    def reveal(self, view: dict, key: str) -> tuple[list, list]:
        """The panel a line explains, brought in as the line starts (at the numbers of the
        step the replay has reached), and what an earlier line showed, leaving when its place is
        needed or its line is over (the key to the lines' colours, the one dial watched, the
        one example's outputs): (coming, going), the going to be played first (a box drawn
        round the examples' row over the key still fading out read as text over text)."""
        texts, parts = view["texts"], []
        if key == "examples" and "examples" not in view["shown"]:
            parts = [*view["still_panel"], *(card.label for card in view["cards"]), texts["count"]]
        elif key == "cost" and "curve" not in view["shown"]:
            parts = [view["curve"].axes, view["curve"].labels, view["curve"].curve]
            # its line then drawn from the first step as its words start (review ab-x2 s25: it
            # first appeared already flat at step 330, "it slides downhill" never seen): empty now
            late = {"to": int(view["curve"].steps[view["curve"]._shown_to])}
            view["curve"].reveal_to(0)
            view["curve_from_start"] = {**late, "from": int(view["curve"].steps[view["curve"]._shown_to])}
        elif key == "accuracy":
            line = view["accuracy_curve"]
            # its line, up to where the replay is, with its box and axes, before the words; its
            # number (and note) as "how often it is right" is said (draw_accuracy)
            line.reveal_to(view["stretch"][1])
            view["shown"].add("accuracy_curve")
            parts = [view["accuracy_labels"], line.axes, line.labels, line.curve]
        # the key stands from the first frame until the network is done with (on a map's
        # screen, until the curve takes its place)
        gone = [FadeOut(view["sign_key"])] if key == view["sign_key_until"] and "key" in view["shown"] else []
        if gone:
            view["shown"].discard("key")
        coming = []
        if key == "examples" and "dial" in view and self.dial_kept:
            # it stays, over the veil that dims the network, its number lifted clear of the
            # examples' box (the weights' box round the network has gone)
            view["dial"]["glow"].set_z_index(SCRIM_Z + 0.3)
            view["dial"]["casing"].set_z_index(SCRIM_Z + 0.4)
            view["dial"]["line"].set_z_index(SCRIM_Z + 0.5)
            # its ruler goes (the row comes in its place); its number, over the veil, goes on counting
            gone.append(FadeOut(self.ruler_gone(view["dial"])))
            if "shrunk" in view:    # the big network makes room for the row; the dial's number under it
                coming.append(texts["dial"].animate.next_to(view["shrunk"], DOWN, buff=0.12))
            else:
                coming.append(texts["dial"].animate.shift(DIAL_LIFT * UP))
        elif key != "weights" and "dial" in view:
            view["shown"].discard("dial")
            dial = view.pop("dial")
            pair, out, inp = dial["where"]
            self.show(dial={"layer_pair": pair, "out": out, "in": inp, "start": dial["start"], "from": dial["from"],
                            "readings": dial.get("readings", []), "widths": dial.get("widths", [])})
            gone.append(FadeOut(VGroup(dial["glow"], dial["casing"], dial["line"], texts.pop("dial"), self.ruler_gone(dial))))
        if key == "examples" and "shrunk" in view:
            corner = view["diagram"].get_corner(UP + LEFT)
            moved = VGroup(view["diagram"], *([view["dial"][k] for k in ("glow", "casing", "line")] if "dial" in view else []))
            coming.append(moved.animate.scale(SHRINK, about_point=corner))
            self.show(network_shrunk_at_examples=SHRINK)
        if key == "accuracy" and "close_up_dot" in view:     # its ride ends as the accuracy comes
            gone.append(FadeOut(view.pop("close_up_dot").clear_updaters()))
        if key == "accuracy" and "close_up" in view and self.mode() == "points":   # elsewhere it stays to the end
            gone.append(FadeOut(view.pop("close_up")))
        if key == "accuracy" and "map" in view:
            # the map, small, where the network stood (hidden by then), above the cost's curve;
            # its keys go (told at the loop, no room for them there)
            bmap, top = view["map"], config.frame_height / 2 - MAP_SMALL_BUFF
            bottom = max(view["texts"]["cost"].get_top()[1], view["curve"].get_top()[1]) + MAP_SMALL_BUFF
            side = min(top - bottom, MAP_SMALL)
            view["map_shrink"] = side / bmap.border.width
            gone.append(FadeOut(Group(*dict.fromkeys([*view["still_panel"], view["shade_key"]]))))
            if "wrong" in view["shown"]:     # the rings' key and count (the rings stay, on the map)
                view["shown"].discard("wrong")
                gone.append(FadeOut(VGroup(view["wrong_key"][0], view["texts"].pop("wrong"))))
            bmap.set_z_index(SCRIM_Z + 0.2)     # over the veil that hides the network
            coming.append(bmap.animate.scale(view["map_shrink"]).move_to([view["curve"].get_x(), (top + bottom) / 2, 0]))
        if "step_size" in view:
            gone.append(FadeOut(view.pop("step_size")))
        if key == "weights" and "first_steps" in view:
            # (the steps the line replays, up close, beside the whole curve; their first moment is
            # there already: drawn from the step the replay has reached)
            view["first_steps"].reveal_to(view["stretch"][1] - 1 if "stretch" in view else 0)
            view["shown"].add("first_steps")
            coming.append(FadeIn(view["first_steps"]))
        elif "first_steps" in view["shown"]:    # the line is over: its place is the small chart's
            view["shown"].discard("first_steps")
            gone.append(FadeOut(view.pop("first_steps")))
        if key == "cost" and "bars" in view:
            bars = view.pop("bars")
            gone.append(FadeOut(VGroup(*(bars[k] for k in SMALL_BARS))))
            if "counter_shift" in view:
                gone.append(texts["step"].animate.shift(view.pop("counter_shift") * RIGHT))
        if key == "examples" and first_step(self.history)["explains"] and "bars" not in view:
            # the one example's outputs again, small, at the step the replay has reached: "on the
            # right, the output that should say yes climbs too" (between, they were not drawn:
            # the steps after the first went by with no words for them)
            bars = view["bars"] = self.output_bars(texts["step"], step=view["stretch"][1])
            coming.append(FadeIn(VGroup(*(bars[k] for k in SMALL_BARS))))
            # the counter moves left, clear of the chart's scale even at its widest (a review:
            # "after 160 steps" ran into the small chart's "1")
            counter = texts["step"]
            template, facts = step_words(stop_step(self.history))
            widest = self.text(template, size="small", facts=facts)
            widest.scale(counter.font_size / widest.font_size)
            overlap = counter.get_center()[0] + widest.width / 2 + 0.15 - bars["scale"].get_left()[0]
            if overlap > 0:     # (and back when the chart goes: the accuracy's box comes on its left)
                view["counter_shift"] = overlap
                coming.append(counter.animate.shift(overlap * LEFT))
        if parts:
            view["shown"].update({"examples": ["examples", "count"], "cost": ["curve"], "accuracy": []}[key])
            coming.append(FadeIn(Group(*parts)))
        return coming, gone

    def dial_to_watch(self, diagram: NetworkDiagram, start: int, end: int) -> tuple[int, int, int] | None:
        """The drawn line whose dial changes most from `start` to `end` (layer pair, out, in):
        one line to watch, not hundreds; None when no line is drawn. When the first step's story
        ended on "now output 0 is too low", the one thread goes on: among the drawn lines into
        that output, the one that goes up most, pushing it up (a review: the dial story followed
        output 6 right after output 0 was said too low, the stated problem never seen fixed)."""
        before, after = self.history.snapshot(start).weights, self.history.snapshot(end).weights
        last = len(before) - 1
        yes = self.yes_output()
        best, where = -1.0, None
        for pair, (a, b) in enumerate(zip(before, after)):
            for out in diagram.shown_indices(pair + 1):
                for inp in diagram.shown_indices(pair):
                    change = abs(b[out, inp] - a[out, inp])
                    if change > best and diagram.edge_line(pair, out, inp) is not None:
                        best, where = change, (pair, out, inp)
        if yes is not None and yes in diagram.shown_indices(last + 1):
            rises = [(float(after[last][yes, inp] - before[last][yes, inp]), inp) for inp in diagram.shown_indices(last)
                     if diagram.edge_line(last, yes, inp) is not None]
            rise, inp = max(rises, default=(0.0, None))
            if rise > 0:
                return last, yes, inp
        return where

    def yes_output(self) -> int | None:
        """The output the first step's story left too low (the drawn example's "yes"), when told."""
        if not first_step(self.history)["explains"]:
            return None
        return int(np.argmax(np.atleast_2d(self.history.split("train")[1])[told_example(self.history)]))

    def watch_dial(self, view: dict) -> list:
        """The dial watched over the weights line (dial_to_watch), drawn thick over its line in the
        colour of its sign, its value written under the diagram (it counts with the step
        counter, see count_steps); the animations that bring them in."""
        where = self.watched
        if where is None:
            return []
        start, end = self.span(0)
        pair, out, inp = where
        value = float(self.history.snapshot(start).weights[pair][out, inp])
        # drawn as the diagram draws it, its width its size (review ab2: drawn thickest, against
        # "thicker: further from zero", and gone at 0.00), ringed to be found (see marked_dial)
        line, casing = self.marked_dial(view["diagram"], where, value)
        # a soft glow in the ring's colour round it, pulsing as it is named (dial_cue)
        glow = Line(casing.get_start(), casing.get_end()).set_stroke(color=self.theme.focus, width=casing.get_stroke_width() + GLOW_WIDTH,
                        opacity=GLOW_OPACITY).set_z_index(0.4)
        # (after some steps, its step named: not the random start)
        words = self.text("at step {start}: {value}" if start > 0 else "this dial: {value}", size="small",
                          color=self.theme.text, facts={"value": f"{value:.2f}", **({"start": start} if start > 0 else {})})
        words.scale(WATCH_WORDS)     # its readings keep this size (ticker), on both kinds of data
        words.next_to(view["diagram"], DOWN, buff=0.3)      # below the highlight box round the diagram
        if self.mode() == "points":
            # the cost's number stands under the diagram's right end, the map on its left: under
            # the key (review of the tiny run: it ran into the network's box, the map and "cost now")
            words.next_to(view["sign_key"], DOWN, buff=0.25)
        view["dial"] = {"line": line, "where": where, "from": value, "start": start,
                        "now": value, "casing": casing, "glow": glow}
        self.show(dial_ring={**self.ring_record(view["diagram"], line, casing), "dial": list(where)},
                  dial_glow={"width": float(glow.get_stroke_width()), "colour": glow.get_stroke_color().to_hex(),
                             "from": [float(c) for c in glow.get_start()[:2]], "to": [float(c) for c in glow.get_end()[:2]]})
        view["texts"]["dial"] = words
        if self.mode() == "points":     # large: its widest reading kept inside the frame, the ruler under it
            room = self.widest_dial(view)
            words.shift(within_frame(room.copy(), WATCH_MARGIN).get_center() - room.get_center())
        # up close under its number, as our dial was (review ab-k2 s24's one change: "the wobble
        # only exists as one tiny caption ... the first dial got a big down-up slider")
        ruler = view["dial"]["ruler"] = self.watch_ruler(where, start, end, words)
        # faded in whole: drawn from one end, it was caught half-way, ending at another output;
        # its number comes when the words name it (dial_cue)
        return [FadeIn(glow), FadeIn(casing), FadeIn(line), FadeIn(ruler["parts"])]

    def watch_ruler(self, where: tuple[int, int, int], start: int, end: int, words: Mobject) -> dict:
        """The dial watched, up close, in our dial's picture language (dial_ruler): a line turned
        down to the left and up to the right, its zero marked, a mark in the colour of the dial's
        sign where it stands, moving with its number (watch_needle), a faint mark where it started
        and a faint dot at each reading it passes: its wobble and its way from zero seen as
        motion. On one scale (units per unit of the dial) spanning every snapshot between `start`
        and `end`, and zero when the dial's moves are not lost beside it; under `words` (its number)."""
        t, h = self.theme, self.history
        pair, out, inp = where
        values = [float(s.weights[pair][out, inp]) for s in h.snapshots if start <= s.step <= end]
        lo, hi = min(values), max(values)
        if hi - lo >= WATCH_ZERO * (max(hi, 0.0) - min(lo, 0.0)):     # zero on it
            lo, hi = min(lo, 0.0), max(hi, 0.0)
        pad = WATCH_PAD * max(hi - lo, 1e-6)
        lo, hi = lo - pad, hi + pad
        length = WATCH_LENGTH[self.mode() == "points"]
        scale = length / (hi - lo)
        y = words.get_bottom()[1] - WATCH_BELOW
        left = words.get_x() - length / 2
        line = Line([left, y, 0], [left + length, y, 0], color=t.muted, stroke_width=3)
        ends = VGroup(self.text("down", size="small", color=t.text).next_to(line, LEFT, buff=0.12),
                      self.text("up", size="small", color=t.text).next_to(line, RIGHT, buff=0.12))

        def x_of(value: float) -> float:
            return left + (value - lo) * scale
        parts = VGroup(line, ends)
        zero = None
        if lo < 0 < hi:
            zero = VGroup(Line([x_of(0.0), y - 0.16, 0], [x_of(0.0), y + 0.16, 0], color=t.text, stroke_width=3),
                          self.text("0", size="small", color=t.text))
            zero[1].next_to(zero[0], UP, buff=0.06)
            parts.add(zero)
        numbered = []
        if self.mode() == "points":     # its whole values numbered too, as far as it reaches
            _, marks, places = axis_ticks(lo, hi, most=4)
            for v in marks:
                if v == 0.0 and zero is not None:
                    continue
                tick = VGroup(Line([x_of(v), y - 0.12, 0], [x_of(v), y + 0.12, 0], color=t.muted, stroke_width=2),
                              self.text("{value}", size="small", color=t.text, facts={"value": written(v, places)}))
                tick[1].next_to(tick[0], UP, buff=0.06)
                parts.add(tick)
                numbered.append((v, tick))

        def mark_at(value: float, opacity: float = 1.0) -> VGroup:
            colour = self.sign_colour(value)
            return VGroup(Line([x_of(value), y - 0.13, 0], [x_of(value), y + 0.13, 0], color=colour, stroke_width=6),
                          Dot([x_of(value), y, 0], radius=0.07, color=colour)).set_opacity(opacity)
        ghost = mark_at(values[0], WATCH_GHOST)
        needle = mark_at(values[0])
        parts.add(ghost, needle)
        within_frame(parts)
        shift, y = float(line.get_left()[0]) - left, float(line.get_y())
        needle.set_z_index(0.5)
        self.show(watch_ruler={"line": [float(line.get_left()[0]), float(line.get_right()[0])], "y": float(y),
                               "scale": float(scale), "lo": float(lo), "start": start, "from": values[0],
                               "zero_x": float(zero[0].get_x()) if zero is not None else None,
                               "ghost_x": float(ghost[0].get_x()), "words_box": box_of(words),
                               "ticks": [{"value": v, "words": tick[1].original_text, "x": float(tick[0].get_x())}
                                         for v, tick in numbered],
                               "ends": [m.original_text for m in ends]})
        return {"parts": parts, "needle": needle, "x_of": lambda v: x_of(v) + shift, "y": y, "trail": VGroup(),
                "positions": [], "ghost": ghost, "landed": []}

    def ruler_gone(self, dial: dict) -> VGroup:
        """The watched dial's ruler, taken off the dial (its needle moves no more), noted for the
        manifest: what is to fade."""
        ruler = dial.pop("ruler", None)
        if ruler is None:
            return VGroup()
        self.show(watch_needle=ruler["positions"], watch_needle_landed=ruler["landed"])
        return VGroup(ruler["parts"], ruler["trail"])

    def watch_needle(self, view: dict, picks: list[int], shares: list[float]) -> list:
        """The watched dial's mark on its ruler (watch_ruler) moves through its readings at
        `picks`, reaching each at its share (as its number does), in the colour of its sign; a
        faint dot stays at each reading passed."""
        ruler = view.get("dial", {}).get("ruler")
        if ruler is None:
            return []
        values = [view["dial"]["now"]] + self.dial_readings(view, picks)
        xs = [ruler["x_of"](v) for v in values]
        colours = [self.sign_colour(v) for v in values]
        knots = [0.0, *shares]
        trail = VGroup(*(Dot([x, ruler["y"], 0], radius=WATCH_TRAIL, color=c).set_opacity(0)
                         for x, c in zip(xs[1:], colours[1:]))).set_z_index(0.25)
        self.add(trail)
        ruler["trail"].add(*trail)
        ruler["positions"].extend((int(s), float(v), float(x)) for s, v, x in zip(picks, values[1:], xs[1:]))

        def update(mob: VGroup, t: float) -> None:
            x = float(np.interp(t, knots, xs))
            k = sum(share <= t for share in shares)
            mob.move_to([x, ruler["y"], 0]).set_color(colours[k])
            for n, dot in enumerate(trail):
                dot.set_opacity(WATCH_GHOST if n < k else 0.0)
        return [UpdateFromAlphaFunc(ruler["needle"], update)]

    def dial_cue(self, view: dict):
        """"The thick one feeds output 6 ...": what it feeds pointed at, and the dial's number
        written under the diagram from then on, counting with the step counter (a review: "this
        dial: -0.60 to -0.68" stood there before the words named the dial). The number enters
        at the share of the stretch the words come at (see told_replay's `appears`)."""
        target = self.dial_output(view)

        def run():
            # its glow pulses twice as it is named, "outlined" (review ab-x2 s28: not found)
            pulse = self.pulse_glow(view)
            if isinstance(target, str):
                # round the widest reading it will show, not the first, short one: its box stood
                # over "-0.88 to -1.24, fur|ther" as the reading grew under it (session 24, tiny, 45 s)
                return AnimationGroup(self.point_at(self.widest_dial(view)), pulse)
            return AnimationGroup(self.point_at(target), pulse)
        run.appears = "dial"
        return run

    def pulse_glow(self, view: dict) -> Animation:
        """The watched dial's glow brightens and dims twice, ending as it stood (its peaks noted,
        in the play's own time, for the manifest)."""
        glow = view["dial"]["glow"]

        def update(mob: Mobject, a: float) -> None:
            mob.set_stroke(opacity=GLOW_OPACITY + (GLOW_PEAK - GLOW_OPACITY) * float(np.sin(2 * np.pi * a)) ** 2)
        self.show(dial_glow_pulsed_at=round(float(view.get("cue_at", self.renderer.time)), 3))
        return UpdateFromAlphaFunc(glow, update)

    def widest_dial(self, view: dict) -> Rectangle:
        """Where the watched dial's number stands, as wide as its widest reading over the
        weights line (one text built: the longest words), as high as it is now; noted for the
        manifest."""
        dial, words = view["dial"], view["texts"]["dial"]
        pair, out, inp = dial["where"]
        last = self.segments[self.parts[0][-1]][1] if self.parts[0] else dial["start"]
        said = [dial_words(dial["from"], float(s.weights[pair][out, inp]), dial["start"])
                for s in self.history.snapshots if dial["start"] < s.step <= last] or [(words.original_text, {})]
        template, facts = max(said, key=lambda r: len(r[0].format_map(r[1])))
        widest = self.text(template, size="small", facts=facts).scale(words.font_size / self.theme.small_size)
        room = Rectangle(width=max(widest.width, words.width), height=words.height).move_to(words).set_opacity(0)
        self.show(dial_pointed_box=box_of(room))
        return room

    def dial_output(self, view: dict):
        """What "it feeds output 6" points at: that output's circle and name, where
        the dial's line ends (else, in the plain words, the dial's number)."""
        pair, out, _ = self.watched
        diagram = view["diagram"]
        if "feeds output" not in self.lines.get("weights", "") or pair + 1 != len(diagram.sizes) - 1:
            return "dial"
        label = diagram.output_labels[diagram.shown_indices(pair + 1).index(out)]
        self.show(dial_pointed_at={"layer": pair + 1, "neuron": out, "label": label.text})
        return VGroup(diagram.neuron_at(pair + 1, out), label)

    def dial_readings(self, view: dict, picks: list[int]) -> list[float]:
        """The watched dial's values at `picks`, read from the run once per stretch (the number
        and the line's width both follow them), noted for the manifest."""
        dial = view["dial"]
        if dial.get("read", (None,))[0] != tuple(picks):
            pair, out, inp = dial["where"]
            values = [float(self.history.snapshot(s).weights[pair][out, inp]) for s in picks]
            dial["read"] = (tuple(picks), values)
            dial.setdefault("readings", []).extend(zip(picks, values))
        return dial["read"][1]

    def sign_colour(self, value: float) -> str:
        """An edge's colour: the sign of its dial."""
        return self.theme.positive if value > 0 else self.theme.negative

    def pile(self, view: dict) -> dict | None:
        """The pile the first step takes: its real pictures (first_pile, nncore's order) in a
        row under the network and its loop's arrows, with its words; the guesses nncore's network
        makes for each before the step and after it (yellow: a guess), and the pile's cost before
        and after (a review's ONE change: "a small pile of 10" was a stack of blank cards).
        None when a step takes every example or too many to draw in a row."""
        h, t = self.history, self.theme
        if not self.pile_drawn:
            return None
        batch, n_train = h.config.get("batch_size"), self.n_train
        rows = first_pile(h)
        x, y = h.split("train")
        steps = [0, h.snapshots[1].step]       # before any step, and after the first
        nets = [h.network(s) for s in steps]
        guesses = [net.guesses(x[rows]) for net in nets]
        costs = [f"{net.cost_of(x[rows], y[rows]):.2f}" for net in nets]
        pictures = Group(*(card_picture(x[r], input_kind(h), PILE_PICTURE) for r in rows)).arrange(RIGHT, buff=PILE_GAP_X)
        room = -2 * PILE_LEFT - 6.0            # from its left end to 0.8 right of the middle: the step counter's room after
        if pictures.width > room:
            pictures.scale_to_fit_width(room)
        words = self.text("a pile of {batch} of its {total} practice examples", size="small", color=t.text,
                          facts={"batch": batch, "total": n_train})
        words.next_to(view["diagram"], DOWN, buff=0.15).align_to([PILE_LEFT, 0, 0], LEFT)
        pictures.next_to(words, DOWN, buff=0.15).align_to(words, LEFT)

        def labels(k: int) -> VGroup:
            return VGroup(*(guess_text(h.labels[g], None, pictures[0].width, h.labels).set_color(t.highlight)
                            .next_to(p, DOWN, buff=0.08) for p, g in zip(pictures, guesses[k])))
        # named with its size, never a bare "cost" (the curve's cost is over all the examples)
        cost = [self.text("cost on this pile of {batch}: {cost}", size="small", color=t.cost,
                          facts={"batch": batch, "cost": costs[0]}),
                self.text("cost on this pile of {batch}: {before} to {after}", size="small", color=t.cost,
                          facts={"batch": batch, "before": costs[0], "after": costs[1]})]
        for c in cost:
            c.next_to(pictures, RIGHT, buff=0.35).align_to(pictures, UP)   # the tilts' key comes under it
        self.show(first_pile={"rows": rows.tolist(), "steps": steps, "guesses": [g.tolist() for g in guesses],
                              "costs": costs, "words": [words.original_text, *(c.original_text for c in cost)],
                              "picture_height": pictures[0].height})
        return {"words": words, "pictures": pictures, "guesses": [labels(0), labels(1)], "cost": cost}

    def told_replay(self, view: dict, segments: list[tuple[int, int]], tracker, cues: dict,
                    run_time: float | None = None, with_first: list = ()) -> None:
        """Replay `segments` evenly over what is left of the line being said; at each bookmark
        in `cues`, point at its target (a mobject, or the key of a number, looked up when due:
        numbers are replaced as they change); a cue with `appears` (a number's key) brings that
        number on screen at its mark, counting from there. `with_first` plays with the first
        stretch (the first pile's guesses and cost, turning with the step)."""
        if not segments:            # no stretch left to replay: the cues still come at their words
            view["stretch"] = (view["stretch"][1],) * 2
            for bookmark in sorted(cues, key=tracker.time_until_bookmark):
                self.wait_until_bookmark(bookmark)
                view["cue_at"] = self.renderer.time
                target = cues[bookmark]
                self.play(target() if callable(target) else
                          self.point_at(view["texts"][target] if isinstance(target, str) else target), run_time=2.0)
            return
        due = {bookmark: tracker.time_until_bookmark(bookmark) for bookmark in cues}
        each, clock = run_time or max(tracker.get_remaining_duration() / len(segments), 1.0), 0.0
        times = [each] * len(segments)
        if view.get("climb"):
            # while the count climbs: each stretch as long as the steps it climbs by (review h2
            # s21: 1 of 8 jumped to 7 of 8 in the first stretch, the second stood at 8 of 8)
            rises = [max(len(self.climb_steps(view, *segment)) - 1, 1) for segment in segments]
            times = [each * len(segments) * r / sum(rises) for r in rises]
        for n, segment in enumerate(segments):
            each = times[n]
            view["stretch"] = segment       # a cue may draw up to where the replay is
            extra = []
            for bookmark, at in due.items():
                if clock <= at < clock + each or (n == len(segments) - 1 and at >= clock + each):
                    target = cues[bookmark]
                    span = MOVE * each         # extras play with the moving part of the stretch
                    lasting = getattr(target, "lasting", 2.2) if callable(target) else 0.8
                    # as late as its words, if it still ends with the move (a cap at 0.75 of an 18 s
                    # stretch played "2 is the step size" and "Then again" 3 s before their words)
                    start = min((at - clock) / span, max(1.0 - lasting / span, 0.0))
                    view["cue_at"] = self.renderer.time + start * span     # when the cue starts moving
                    if getattr(target, "appears", None):    # a number that enters the screen as it is named
                        view["shown"].add(target.appears)
                        # at the words, not before: uncapped, and in the ticker's eased time
                        late = getattr(target, "appears_late", 0.0)     # seconds after its words start
                        view[f"{target.appears}_appears"] = max(float(smooth(min((at - clock + late) / span, 0.999))), 1e-3)
                    if callable(target):        # an animation of its own (a flash along the edges)
                        anim = target()
                    else:
                        anim = self.point_at(view["texts"][target] if isinstance(target, str) else target)
                    extra.append(during(anim, start, min(start + lasting / span, 1.0)))
            self.replay(view, *segment, run_time=each, extra=extra + (list(with_first) if n == 0 else []))
            clock += each

    def box_around(self, panel: Mobject) -> RoundedRectangle:
        """The highlight box for the panel the narration is about, its labels included
        (a curve's labels are drawn apart from it, as still mobjects)."""
        whole = Group(panel, *getattr(panel, "labels", []))
        return RoundedRectangle(corner_radius=0.12, width=whole.width + 0.4, height=whole.height + 0.45,
                                stroke_color=self.theme.focus, stroke_width=2.5).move_to(whole).set_z_index(2)

    def replay(self, view: dict, start: int, end: int, run_time: float, extra: tuple = ()) -> None:
        """One stretch of training, from the snapshot at `start` to the one at `end`, in two
        play calls (videos are rendered without manim's per-call hashing, so a call is cheap).

        The edges, curve and map move for the first 80% (MOVE), the step counter counting with
        the curve; then the numbers that changed swap, in a second play call. `extra` animations
        keep their own timing within the moving part.
        """
        picks, shares = self.readings(view, start, end)
        if view.get("climb") and "step" in view["shown"]:
            picks = self.climb_steps(view, start, end)
            first, last = view["curve"]._index(start), view["curve"]._index(end)
            shares = [(view["curve"]._index(s) - first) / max(last - first, 1) for s in picks]
        view["drawn_at"].update(picks)
        moving = [self.glide(view, picks, shares)]
        if "curve" in view["shown"]:
            moving += [view["curve"].draw_to(end), self.ride_tip(view)]
        else:                      # not on screen yet: it keeps up, to appear where the run is
            view["curve"].reveal_to(end)
        if "first_steps" in view["shown"]:      # the first steps up close, with the curve's tip
            moving.append(view["first_steps"].draw_to(end - 1))
        # the accuracy's line grows with the replay once drawn (in its cue's stretch too)
        if "accuracy_curve" in view["shown"]:
            moving.append(view["accuracy_curve"].draw_to(end))
        if "map" in view:
            moving.append(self.glide_map(view, [start] + picks, shares))
        if "rings" in view["shown"]:
            moving.append(self.ring_steps(view, [start] + picks, shares))
        counter = self.count_steps(view, picks, shares)
        moving += self.follow_bars(view, picks, shares) + self.watch_needle(view, picks, shares) + self.recolour_dial(
            view, picks, shares)
        if view.get("climb") and len(picks) > 1:
            # one reading as long as the next on screen, each a step of the count (the run's
            # snapshots reached at their own shares, so the curve's tip and the numbers agree)
            knots = np.linspace(0, 1, len(picks) + 1)
            for anim in moving + counter:
                anim.rate_func = lambda t, k=knots, v=[0.0, *shares]: float(np.interp(t, k, v))
        anims = moving + counter + list(extra)
        self.play(*anims, run_time=MOVE * run_time)
        if view.get("dial", {}).get("ruler") is not None:    # where the watched dial's mark stands now, drawn
            view["dial"]["ruler"]["landed"].append((int(end), float(view["dial"]["ruler"]["needle"].get_x())))
        self.tip_record(view, end)
        self.ends_record(view, end)
        if "rings" in view["shown"]:
            self.rings_record(view, end)
        self.settle(counter)
        # the numbers swap in a play of their own: in the one above they would be redrawn
        # every frame while they wait (the renderer redraws whatever a play animates)
        swaps = self.swaps(view, end)
        if swaps:
            self.play(*swaps, run_time=(1 - MOVE) * run_time)
        else:
            self.wait((1 - MOVE) * run_time)

    def ride_tip(self, view: dict) -> Animation:
        """A dot on the cost curve's tip, where the run is, moving as "cost now" counts (review
        ab2: "cost now 0.90 / 0.89 / 0.85" said while nothing on the chart moved). It is part of
        the curve's line, so it comes, dims and goes with it."""
        curve = view["curve"]
        if "tip" not in view:
            view["tip"] = Dot(curve.curve.get_end(), radius=TIP_RADIUS, color=self.theme.cost).set_stroke(
                self.theme.focus, width=2)
            curve.curve.add(view["tip"])
        def follow(m: Mobject, a: float) -> None:
            m.move_to(curve.curve.get_end())
            if "tip_label" in view:
                view["tip_label"].next_to(m, UP, buff=NOW_BUFF)
        return UpdateFromAlphaFunc(view["tip"], follow)

    def now_label(self, view: dict) -> list:
        """The cost curve's tip named "now" (review s23: three moving dots, which was now?), over
        it, moving with it (ride_tip); [] when the tip is not drawn."""
        if "tip" not in view:
            return []
        # on its own, as deep as the line (dimmed with it): as a part of the line, fading it in
        # with other things took the line off the screen (manim's Scene.add splits a family)
        label = self.text("now", size="small", color=self.theme.cost).set_z_index(view["curve"].curve.z_index)
        view["tip_label"] = label.next_to(view["tip"], UP, buff=NOW_BUFF)
        return [label]

    def tip_record(self, view: dict, end: int) -> None:
        """For the manifest: where the tip's dot stands after a stretch, as a cost on the curve's scale."""
        if "tip" in view and "curve" in view["shown"]:
            curve = view["curve"]
            floor = curve.axes[0].get_start()[1]
            self.shown.setdefault("cost_tip", []).append(
                [end, float((view["tip"].get_y() - floor) / curve.h * curve.top)])
            if "tip_label" in view:
                self.shown.setdefault("now_label", []).append(
                    {"step": end, "tip": box_of(view["tip"]), "label": box_of(view["tip_label"])})

    def ends_record(self, view: dict, end: int) -> None:
        """For the manifest: after a stretch, the step each drawn line's end and the cost's tip
        stand at, read back from where they are drawn on the steps axis."""
        ends = {}
        for key, mob in (("cost", "curve"), ("tip", "tip"), ("accuracy", "accuracy_curve")):
            shown = key != "accuracy" or "accuracy_curve" in view["shown"]
            if mob in view and shown and "curve" in view["shown"]:
                curve = view["accuracy_curve" if key == "accuracy" else "curve"]
                x = (view[mob].get_center() if key == "tip" else view[mob].curve.get_end())[0]
                ends[key] = float((x - curve.axes[0].get_start()[0] - curve.lead) / (curve.w - curve.lead) * curve.last_step)
        if ends:
            self.shown.setdefault("stretch_ends", []).append({"step": end, **ends})

    def climb_steps(self, view: dict, start: int, end: int) -> list[int]:
        """The snapshots a stretch reads while "watch the count climb" is said: each one where
        the row's count first goes higher than it has been in the stretch (the run's guesses),
        then `end` (review h2 s21: evenly spread readings went 1, 5, 6, 5 ... of 8)."""
        x, truths = self.history.split("train")[0][self.examples()], view["truths"]
        for s in [start, *(s.step for s in self.history.snapshots if start < s.step < end), end]:
            if s not in view["guesses"]:
                view["guesses"][s] = self.history.network(s).guesses(x)
        best, picks = int((view["guesses"][start] == truths).sum()), []
        for s in (s.step for s in self.history.snapshots if start < s.step < end):
            right = int((view["guesses"][s] == truths).sum())
            if right > best:
                best = right
                picks.append(s)
        return picks[:COUNTS] + [end]

    def readings(self, view: dict, start: int, end: int) -> tuple[list[int], list[float]]:
        """The snapshots a stretch passes through on screen, after `start` and up to `end`, and
        the share of the move at which each is reached (the curve's tip's timing, as draw_to).
        While the counter is on screen, a few real snapshots between are read on the way, so no
        number reads an old step while the curve runs on; the diagram is drawn at each of them."""
        if "step" not in view["shown"]:
            return [end], [1.0]
        snapshots = [s.step for s in self.history.snapshots]
        picks = reading_steps(snapshots, start, end)
        first, last = view["curve"]._index(start), view["curve"]._index(end)
        return picks, [(view["curve"]._index(s) - first) / max(last - first, 1) for s in picks]

    def glide(self, view: dict, picks: list[int], shares: list[float]):
        """The diagram morphs through each picked snapshot, reaching it at its share."""
        snaps = [self.history.snapshot(step) for step in picks]
        return in_turn(lambda k, **timing: view["diagram"].morph_to(snaps[k].weights, snaps[k].biases, **timing),
                       shares)

    def glide_map(self, view: dict, steps: list[int], shares: list[float]):
        """The boundary map blends through the same snapshots as the diagram."""
        answers = [self.map_answers(view, step) for step in steps]
        return in_turn(lambda k, **timing: view["map"].blend(answers[k], answers[k + 1], **timing), shares)

    def map_answers(self, view: dict, step: int) -> tuple[np.ndarray, np.ndarray]:
        """The map's answers (nncore's classes and sureness per cell) at `step`, kept in
        view["answers"] so no step's grid is worked out twice."""
        answers = view["answers"]
        if step not in answers:
            values = boundary_values(self.history, step, view["map"].bounds)
            answers[step] = (values["classes"], values["sureness"])
        return answers[step]

    def count_steps(self, view: dict, picks: list[int], shares: list[float]) -> list:
        """The step counter, the cost's number and the accuracy count up through the picked
        snapshots with the curve's tip. Empty when the counter is not on screen."""
        if "step" not in view["shown"]:
            return []
        anims = [self.ticker(view["texts"], "step", [step_words(s) for s in picks], shares)]
        records = [record_at(self.history.records, s) for s in picks]
        if "cost" in view["shown"]:
            anims.append(self.ticker(view["texts"], "cost", [cost_words(r.cost, self.n_train) for r in records], shares,
                                     appear=view.pop("cost_appears", 0.0)))
        if "dial" in view["shown"]:     # the one dial watched, from where it started to now
            values = self.dial_readings(view, picks)
            said = way_readings(view["dial"], picks, values, self.span(0)[1])
            self.show(dial_way_words=[*self.shown.get("dial_way_words", []),
                                      *([s, t.format_map(f)] for s, (t, f) in zip(picks, said))])
            anims.append(self.ticker(view["texts"], "dial", said, shares, [self.theme.text] * len(values),
                                     appear=view.pop("dial_appears", 0.0)))
        if "wrong" in view["shown"]:    # how many ringed, as the rings go
            anims.append(self.ticker(view["texts"], "wrong", [self.wrong_count(s) for s in picks], shares))
        if "count" in view["shown"]:    # the row's guesses and their count too: never an old step's beside a new cost
            anims += self.tick_guesses(view, picks, shares)
        if "train" in view["shown"]:    # the accuracy reads the counter's step too, never an old one
            anims.append(self.ticker(view["texts"], "train",
                                     [("{percent}%", {"percent": round(100 * r.train_accuracy)}) for r in records],
                                     shares, [self.accuracy_colour(r.train_accuracy) for r in records],
                                     appear=view.pop("train_appears", 0.0)))
        return anims

    def tick_guesses(self, view: dict, picks: list[int], shares: list[float]) -> list:
        """The practice cards' guesses and the count under them turn with the step counter, at
        each reading (they swapped only at the stretch's end: "1 of 8 right" stood beside
        "after 237 steps" and a cost of 0.32, when the run got most of them right)."""
        x = self.history.split("train")[0][self.examples()]
        for s in picks:
            if s not in view["guesses"]:
                view["guesses"][s] = self.history.network(s).guesses(x)
        rows = [view["guesses"][s] for s in picks]
        anims = [self.ticker(view["texts"], "count", [count_template(g, view["truths"]) for g in rows], shares)]
        for k, card in enumerate(view["cards"]):
            if all(g[k] == card.guess for g in rows):
                continue
            old = card.label
            made = [self.guess_label(g[k], card.truth).move_to(old) for g in rows]
            anims.append(self.flip_through(old, made, shares))
            card.label, card.guess = made[-1], int(rows[-1][k])
        return anims

    def flip_through(self, old: Mobject, made: list, shares: list[float], appear: float = 0.0):
        """`old` turns into each of `made` as the play reaches its share, one seen at a time
        (see ticker); none seen before share `appear` (then faded in); noted as drawn when first seen.
        A reading given as a function is built when a frame first shows it and leaves the group
        when the next is shown: hidden readings cost every frame a walk over their glyphs and
        every change an opacity set on each of them (together about a twentieth of the render)."""
        # an empty stand-in holds such a reading's place while it is not shown: the renderer's
        # list of what moves is fixed when the play begins, but each frame it draws the group's
        # family as it is then, so a reading swapped in is drawn where its stand-in stands
        makers = {k + 1: make for k, make in enumerate(made) if callable(make)}
        stand_ins = {k: VMobject() for k in makers}
        built: dict[int, Mobject] = {}
        parts = [stand_ins.get(k + 1, make) for k, make in enumerate(made)]
        for reading in parts:
            reading.set_opacity(0)
        self.remove(old)
        last: list = []   # the (shown, seen) last set: most frames change neither (5 % of the render)

        def update(mob: VGroup, t: float) -> None:
            shown = sum(share <= t for share in shares)
            seen = 1.0 if not appear else float(np.clip((t - appear) / APPEAR, 0.0, 1.0))
            if last != [shown, seen]:
                before = last[0] if last else None
                last[:] = [shown, seen]
                if before is None:                       # the first frame sets every reading
                    for k, part in enumerate(mob.submobjects):
                        part.set_opacity(0.0)
                elif before != shown and before in makers:
                    mob.submobjects[before] = stand_ins[before]    # hidden: paints nothing either way
                elif before != shown:
                    mob.submobjects[before].set_opacity(0.0)
                if shown in makers:
                    if shown not in built:
                        built[shown] = makers[shown]()
                    mob.submobjects[shown] = built[shown]
                mob.submobjects[shown].set_opacity(seen)
            if seen:
                self._note_drawn(self.renderer.time, [mob.submobjects[shown]])
        return UpdateFromAlphaFunc(VGroup(old, *parts), update)

    def recolour_dial(self, view: dict, picks: list[int], shares: list[float]) -> list:
        """The watched dial's line takes the colour of its sign and its width (its size) at each
        reading: it is seen to grow or shrink with its number."""
        if "dial" not in view:
            return []
        values = [view["dial"]["now"]] + self.dial_readings(view, picks)
        view["dial"]["now"] = values[-1]
        where, diagram = view["dial"]["where"], view["diagram"]
        styles = [self.drawn_style(diagram, where, v) for v in values]
        view["dial"].setdefault("widths", []).extend((s, w) for s, (_, w) in zip(picks, styles[1:]))

        def update(mob, t: float) -> None:
            mob.set_stroke(*styles[sum(share <= t for share in shares)])
        return [UpdateFromAlphaFunc(view["dial"]["line"], update)]

    def follow_bars(self, view: dict, picks: list[int], shares: list[float]) -> list:
        """One example's outputs, drawn as bars after the first step, follow the replay: the
        one that should say yes is seen to rise as the guesses get better."""
        if "bars" not in view:
            return []
        bars = view["bars"]
        one = bars["example"]
        row = self.history.split("train")[0][one:one + 1]
        outputs = [self.history.network(s).outputs(row)[0] for s in picks]
        bars["readings"].update({s: o for s, o in zip(picks, outputs)})
        self.show(bar_outputs={"example": one, "steps": sorted(bars["readings"]),
                               "outputs": [bars["readings"][s] for s in sorted(bars["readings"])]})
        columns = [bars["make"](o) for o in outputs]
        return [in_turn(lambda k, **timing: Transform(bars["bars"], columns[k], **timing), shares)]

    def settle(self, tickers: list) -> None:
        """After a play: each ticker's last reading stays, on its own."""
        for ticker in tickers:
            self.remove(ticker.mobject)
            self.add(ticker.mobject.submobjects[-1].set_opacity(1.0))

    def ticker(self, texts: dict, key: str, readings: list[tuple[str, dict]], shares: list[float],
               colors: list[str] | None = None, appear: float = 0.0):
        """Number `key` turns into each of `readings` (templates and facts) as the play reaches
        its share. Every reading has its place in the animated group from the start, shown or
        hidden by its opacity: the renderer draws the group's members as they were when the
        play began, so a reading added to the scene later was drawn over the old one, never
        replacing it. Only the last is built now (it stays); the others when first shown."""
        old = texts[key]
        # where, how big and over what the old number stands now (it moves with nothing during the play)
        scale, where, z = old.font_size / self.theme.small_size, old.get_center(), old.z_index
        colors = colors or [old.color] * len(readings)

        def make(k: int) -> Mobject:
            (template, facts), color = readings[k], colors[k]
            return self.text(template, size="small", facts=facts, color=color).scale(scale).move_to(where).set_z_index(z)
        made = [lambda k=k: make(k) for k in range(len(readings) - 1)] + [make(len(readings) - 1)]
        texts[key] = made[-1]
        # each reading is noted when a frame first shows it (a reading too brief for any
        # frame is never seen, so never noted): tests pair it with what else is on screen then
        return self.flip_through(old, made, shares, appear)

    def swaps(self, view: dict, step: int) -> list:
        """Text changes at snapshot `step`: step count, accuracy, cost, example guesses."""
        record = record_at(self.history.records, step)
        new = {"step": step_words(step), "train": ("{percent}%", {"percent": round(100 * record.train_accuracy)}),
               "cost": cost_words(record.cost, self.n_train)}
        if "cards" in view:
            new["count"] = count_template(view["guesses"][step], view["truths"])
        if "wrong" in view["texts"]:
            new["wrong"] = self.wrong_count(step)
        anims = []
        for key, (template, facts) in new.items():
            if view["texts"][key].original_text != template.format_map(facts):
                # a number not on screen yet changes unseen: it appears at the replay's step
                anims += self.swap_text(view["texts"], key, template, facts,
                                        self.accuracy_colour(record.train_accuracy) if key == "train" else None,
                                        shown=key in view["shown"])
        anims += self.swap_note(view, record.train_accuracy)
        if "cards" in view:
            anims += self.swap_guesses(view, step, shown="examples" in view["shown"])
        return anims

    def chance(self) -> float:
        """How often a blind guess is right: one in as many groups as there are."""
        return 1 / len(self.history.labels)

    def below_chance(self, accuracy: float) -> bool:
        """Right less often than a blind guess, as the screen rounds it (10% of ten groups is not)."""
        return round(100 * accuracy) < round(100 * self.chance())

    def accuracy_colour(self, accuracy: float) -> str:
        """Grey at a blind guess's rate or below, green when always right: green means good."""
        t = self.theme
        share = float(np.clip((accuracy - self.chance()) / (1 - self.chance()), 0.0, 1.0))
        return interpolate_color(ManimColor(t.muted), ManimColor(t.accuracy), share).to_hex()

    def swap_note(self, view: dict, accuracy: float) -> list:
        """"worse than a blind guess" comes and goes with the accuracy."""
        below = self.below_chance(accuracy)
        if below == view["note_on"]:
            return []
        view["note_on"] = below
        if "train" not in view["shown"]:
            return []
        return [FadeIn(view["note"]) if below else FadeOut(view["note"])]

    def epoch_ticks(self, curve: CostCurve) -> VGroup:
        """A short tick on the step axis where each trip through the practice examples ended,
        and what they are."""
        t = self.theme
        y = curve.axes[0].get_start()[1]
        ends = epoch_ends(self.history)
        every = -(-len(ends) // MAX_TICKS)     # many trips (one step each): a tick every few
        # grey, and under the curve: yellow ticks over its orange tail were hard to tell apart
        ticks = VGroup(*(Line([curve.step_x(s), y, 0], [curve.step_x(s), y + 0.2, 0], color=t.muted,
                              stroke_width=2) for s in ends[every - 1::every])).set_z_index(-1)
        # each step a round of its own: the ticks counted in steps too, the axis's own word
        # (reviews ab-x2 s26, both: "| every 20 practice rounds" beside "each step was one
        # practice round" was never explained), the number once (review s31, tiny: "every 20
        # steps: 20 practice rounds" was read as 20 rounds in each 20 steps)
        per_step = list(ends) == list(range(1, len(ends) + 1))
        key = (self.text("| the end of each practice round", size="small", color=t.text)
               if every == 1 else
               self.text("| a mark every {every} steps (1 step = 1 round)", size="small", color=t.text,
                         facts={"every": every}) if per_step else
               self.text("| every {every} practice rounds", size="small", color=t.text,
                         facts={"every": every}))
        # under the step axis's words, so it covers none of its numbers, inside the frame (s31: its
        # longer words ran off the right edge)
        within_frame(key.next_to(curve.labels[5], DOWN, buff=0.1))
        return VGroup(*ticks, key)

    def point_at(self, target: Mobject, buff: float = 0.12):
        """A highlight box round what the narration names, faded in and out whole (a line
        running round it was caught part-drawn in frames: a stray '|' after "6 of 8 right", a
        line through the key's words); the target itself is left alone: a number may be
        cross-fading to its next value meanwhile."""
        return Circumscribe(target, color=self.theme.focus, buff=buff, stroke_width=3, fade_in=True, fade_out=True)

    def swap_text(self, texts: dict, key: str, template: str, facts: dict, color: str | None = None,
                  shown: bool = True) -> list:
        """Cross-fade a number to its new value (old one out, new one in); one not `shown`
        yet is only replaced (a cross-fade not played would leave the new one unseen)."""
        old = texts[key]
        new = self.text(template, facts=facts, color=color or old.color)
        new.scale(old.font_size / new.font_size).move_to(old).set_z_index(old.z_index)
        texts[key] = new
        return [CrossFade(old, new)] if shown else []

    def swap_guesses(self, view: dict, step: int, shown: bool = True) -> list:
        guesses = view["guesses"][step]
        anims = []
        for card, guess in zip(view["cards"], guesses):
            if card.guess == guess:
                continue
            old = card.label
            new = self.guess_label(guess, card.truth)
            new.move_to(old)
            card.guess, card.label = guess, new
            if shown:
                anims.append(CrossFade(old, new))
            else:                  # not on screen yet: the card changes its guess unseen
                card.remove(old).add(new)
        return anims

    def finish(self, view: dict, frame: Mobject | None, records: list[Record], steps: list[int]) -> None:
        """Where training stopped: a marker on the curve, the reason in a short label."""
        stop = stop_step(self.history)
        curve = view["curve"]
        x = curve.step_x(stop)
        bottom, top = curve.axes[0].get_start()[1], curve.axes[1].get_end()[1]
        marker = DashedLine([x, bottom, 0], [x, top, 0], color=self.theme.focus, stroke_width=2.5)
        reason = STOP_LABELS.get(stop_reason(self.history), "training ended")
        label = VGroup(self.text("stopped:", size="small", color=self.theme.text),
                       self.text(reason, size="small", color=self.theme.text)).arrange(DOWN, aligned_edge=RIGHT, buff=0.08)
        label.add_background_rectangle(color=self.theme.background, opacity=0.85, buff=0.05)
        side = LEFT if x > curve.get_center()[0] else RIGHT
        for share in (0.6, 0.85, 0.25):   # beside the marker, where the curve is not
            label.next_to([x, bottom + share * (top - bottom), 0], side, buff=0.1)
            if not curve.passes_under(label):
                break
        self.wait(0.6)
        ticks = self.epoch_ticks(curve)
        step = view["texts"]["step"]
        # the rounds' key clear of the step counter (a review: "| every 20 practice rounds" over "after 800 steps")
        self.show(tick_key_box=[ticks[-1].get_left()[0], ticks[-1].get_bottom()[1], ticks[-1].get_right()[0], ticks[-1].get_top()[1]],
                  step_box=[step.get_left()[0], step.get_bottom()[1], step.get_right()[0], step.get_top()[1]])
        with self.say("stop") as tracker:
            anims = [Create(marker)]
            if "tip_label" in view:     # the run is over: no "now" on the stop's marker
                anims.append(FadeOut(view.pop("tip_label")))
            if frame is not None:
                anims.append(FadeOut(frame))
            if "accuracy_curve" in view["shown"]:    # the accuracy's line, to the end with the cost's
                anims.append(view["accuracy_curve"].draw_to(records[-1].step))
            if records[-1].step > steps[-1]:   # the curve may run past the last snapshot
                anims.append(curve.draw_to(records[-1].step))
                anims += self.swap_text(view["texts"], "cost", *cost_words(records[-1].cost, self.n_train))
            self.play(*anims, run_time=min(1.5, tracker.duration))
            self.wait_until_bookmark("steps")
            self.play(self.point_at(view["texts"]["step"]), run_time=1.0)
            self.wait_until_bookmark("trips")
            # what a tick is, first, then the ticks one by one over all their words (a review:
            # 9 s of a near-still frame, 1.5 s of ticks in it; session 23: the key came last, with
            # the last tick, and was caught half faded while the reason was said)
            self.play(FadeIn(ticks[-1]), run_time=0.5)
            self.show(tick_key_at=self.renderer.time)
            self.play(LaggedStart(*(FadeIn(t) for t in ticks[:-1]), lag_ratio=0.3),
                      run_time=max(1.5, tracker.time_until_bookmark("because") - 0.1))
            # the reason comes after the rounds are told: it may name them ("used up its practice rounds")
            self.wait_until_bookmark("because")
            self.play(FadeIn(label), run_time=0.6)
        if "map" in view:      # where the learned map stands at the end (tests read its frame there)
            border = view["map"].border
            self.show(map_at_end=[*border.get_corner(DOWN + LEFT)[:2], *border.get_corner(UP + RIGHT)[:2]])
        self.wait(0.6)     # the last picture stays a moment, nothing said (a chapter is >= 10% silence)

    # --- building the picture ---

    def build_view(self, steps: list[int], records: list[Record]) -> dict:
        """Every panel at step 0, placed for this kind of data."""
        h = self.history
        diagram = self.diagram
        size = CURVE_SIZE if self.mode() != "points" else (CURVE_SIZE[0], 0.75 * CURVE_SIZE[1])
        curve = CostCurve([r.step for r in records], [r.cost for r in records], planned_steps(h), *size, lead=CURVE_LEAD)
        # its numbers and "steps" bright (review g2 s20: "3.02, 0 and steps in grey" could not be read)
        for label in curve.labels[1:]:
            if isinstance(label, Text):
                label.set_color(self.theme.text)
        # its name is the number's line over it, "cost on all 1438 practice examples: 1.14": the
        # kit's bare "cost" gives that line its place (two costs, the pile's and this, each named)
        # (an empty box of its size stands in: the panels are placed by their boxes)
        name = curve.labels[0]
        curve.labels.submobjects[0] = Rectangle(width=name.width, height=name.height, stroke_width=0,
                                                fill_opacity=0).move_to(name)
        texts, accuracy = self.accuracy_panel(record_at(h.records, steps[0]))
        template, facts = cost_words(record_at(h.records, steps[0]).cost, self.n_train)
        # over the veil that dims its curve: the number stays bright while another panel is told
        # (a review could not read "cost now" under the veil while it changed)
        texts["cost"] = self.text(template, size="small", color=self.theme.cost, facts=facts).set_z_index(2)
        view = {"diagram": diagram, "curve": curve, "accuracy": accuracy, "texts": texts, "records": records,
                "drawn_at": set(steps),
                "accuracy_labels": self._accuracy_labels, "note": self._note,
                "note_on": self.below_chance(record_at(h.records, steps[0]).train_accuracy)}
        if self.mode() == "points":
            self.add_map(view, steps)
        else:
            self.add_cards(view, steps)
        view["accuracy_curve"] = self.accuracy_curve(records)
        self.place(view)
        texts["cost"].next_to(curve.axes, UP, buff=0.2).align_to(curve.labels[2], LEFT)
        # (not beside the big network: a second chart there was too much to watch at 480p, review 11b)
        inset = self.first_steps(records) if self.mode() == "points" else None
        if inset is not None:
            view["first_steps"] = inset
        view["note"].next_to(texts["train"], RIGHT, buff=0.35)   # beside the number, once it is placed
        # the key to the lines' colours, where the examples (or, on a map, the curve) come later
        view["sign_key"] = sign_legend(sizes=True, size_words=mark("thicker line: further from zero"))
        view["sign_key_until"] = "cost"
        if self.mode() == "examples":    # the top right corner, over the curve's number
            view["sign_key"].to_corner(UP + RIGHT, buff=0.15).shift(0.2 * LEFT)
        else:
            view["sign_key"].move_to(view["curve"])
        view["shown"] = set()      # which parts are on screen: numbers off screen change unseen
        return view

    def accuracy_panel(self, record: Record) -> tuple[dict, VGroup]:
        """How often it is right on its practice examples, big, with the step count above
        (new examples are the testing chapter's), and a note when it is worse than a blind guess."""
        t = self.theme
        texts = {"train": self.text("{percent}%", size="title", color=self.accuracy_colour(record.train_accuracy),
                                    facts={"percent": round(100 * record.train_accuracy)}),
                 "step": self.text(step_words(0)[0], size="small", color=t.text)}
        # bright: over the veil of the examples it takes the place of (grey read as 10 px)
        texts["train"].set_z_index(2)
        label = self.text("right on its practice examples", size="small", color=t.text).set_z_index(2)
        col = VGroup(texts["train"], label).arrange(DOWN, buff=0.12)
        texts["step"].next_to(col, UP, buff=0.18)
        self._note = self.text("worse than\na blind guess", size="small", color=t.text).set_z_index(2)
        self._accuracy_labels = VGroup(label)
        return texts, VGroup(texts["step"], col)

    def add_map(self, view: dict, steps: list[int]) -> None:
        h = self.history
        x, y = h.split("train")
        everything = np.vstack([x, h.split("test")[0]])
        colors = class_colors(len(h.labels))
        bmap = TwoToneMap(x, classes_of(y), colors, bounds=plane_bounds(everything), side=MAP_SIDE, dot_radius=DOT_RADIUS)
        answers = {}
        for s in steps:
            values = boundary_values(h, s, bmap.bounds)
            answers[s] = (values["classes"], values["sureness"])
        bmap.set_answers(*answers[steps[0]])
        # the rings round the points it gets wrong, part of the map (they move and shrink with it),
        # drawn when "it gets 118 of them wrong" is said; their key and count beside the points' key
        bmap.rings = WrongRings(bmap, x)
        bmap.add(bmap.rings)
        # "points:", as the shading's key above it says "shading:" (both name the groups)
        legend = VGroup(self.text("points:", size="small", color=self.theme.text), class_legend(h.labels, colors))
        legend.arrange(RIGHT, buff=0.25)
        if self.wrong_words():
            t = self.theme
            glyph = Circle(WRONG_RING, stroke_color=t.wrong, stroke_width=WRONG_STROKE)
            view["texts"]["wrong"] = self.text("wrong: {n}", size="small", color=t.text,
                                               facts={"n": int(self.wrong_at(steps[0]).sum())})
            view["wrong_key"] = VGroup(glyph, view["texts"]["wrong"]).arrange(RIGHT, buff=0.1)
        view.update({"map": bmap, "answers": answers, "panel": bmap, "legend": legend, "shade_key": self.shade_key(bmap),
                     "still_panel": [legend], "moving_panel": [bmap]})

    def shade_key(self, bmap: BoundaryMap) -> VGroup:
        """The key to the map's shading (a review of the tiny run: "the background shading has no
        key"): what it is, then for each group a strip of the map's own shades for it, from
        least sure to surest, and the group's name."""
        t, h = self.theme, self.history
        # (no "(brighter: surer)": review of the tiny run, session 23, read it against the dark
        # shade of the outer ring; the strips show each group's shades, weakest to surest)
        words = self.text("background: its answer at each spot", size="small", color=t.text)
        strips = VGroup()
        for k, label in enumerate(h.labels):
            cells = VGroup(*(Rectangle(width=SHADE_CELL, height=1.6 * SHADE_CELL, stroke_width=0, fill_opacity=1.0,
                                       fill_color=bmap.shades[k * SURENESS_LEVELS + level].get_fill_color())
                             for level in range(SURENESS_LEVELS))).arrange(RIGHT, buff=0)
            name = Text(screen_shorten(str(label)), font=t.font, font_size=t.small_size, color=t.text)
            strips.add(VGroup(cells, name).arrange(RIGHT, buff=0.1))
        strips.arrange(RIGHT, buff=0.4)
        return VGroup(words, strips).arrange(DOWN, buff=0.1, aligned_edge=LEFT)

    def add_cards(self, view: dict, steps: list[int]) -> None:
        h = self.history
        idx = self.examples()
        x, y = h.split("train")
        truth = classes_of(y[idx])
        view["guesses"] = {s: h.network(s).guesses(x[idx]) for s in steps}
        kind = input_kind(h)
        cards = [self.card(x[i], kind, int(c), int(g)) for i, c, g in zip(idx, truth, view["guesses"][steps[0]])]
        row = Group(*cards).arrange(RIGHT, buff=CARD_GAP)
        if row.width > ROW_WIDTH:   # keep the row inside the left half
            row.scale_to_fit_width(ROW_WIDTH)
        # the row is not the pile: the total says where its cards come from
        caption = self.text("{shown} of its {total} practice examples, with its guesses", size="small",
                            color=self.theme.text, facts={"shown": len(idx), "total": len(x)})
        view["truths"] = truth
        template, facts = count_template(view["guesses"][steps[0]], truth)
        count = self.text(template, size="small", color=self.theme.text, facts=facts)
        view["texts"]["count"] = count
        view.update({"cards": cards, "panel": Group(caption, row, count).arrange(DOWN, buff=0.2),
                     "still_panel": [caption, *(c[0] for c in cards)], "moving_panel": [*(c[1] for c in cards), count]})

    def guess_label(self, guess: int, truth: int) -> Mobject:
        """A card's guess: green when right, grey when wrong (red is a dial's sign here: a
        review saw red mean "wrong" under red lines meaning "pushes down")."""
        return guess_text(self.history.labels[guess], guess == truth, self.card_width, self.history.labels)

    def card(self, x_row: np.ndarray, kind: str, truth: int, guess: int) -> Group:
        picture = card_picture(x_row, kind, CARD)
        label = self.guess_label(guess, truth).next_to(picture, DOWN, buff=0.1)
        card = Group(picture, label)
        card.truth, card.guess, card.label = truth, guess, label
        return card

    def place(self, view: dict) -> None:
        """Points: the map fills the left, the rest stacks on the right. Otherwise the diagram
        and the examples on the left, the curve and the numbers on the right."""
        if self.mode() == "points":
            # (its keys above it start at its left edge: near the frame's, clear of the title, a
            # review of the tiny run saw them collide at -3.55)
            view["panel"].move_to([MAP_X, MAP_Y, 0])
            view["legend"].next_to(view["panel"], UP, buff=0.25).align_to(view["panel"], LEFT)
            if "wrong_key" in view:
                view["wrong_key"].next_to(view["legend"], RIGHT, buff=0.35)
            # the shading's key above the points' (the title stands right of it)
            view["shade_key"].next_to(view["legend"], UP, buff=0.15).align_to(view["panel"], LEFT)
            view["diagram"].move_to([3.4, 1.95, 0])
            view["curve"].move_to([3.6, -0.4, 0])
            # the step counter under the curve, clear of the rounds' key under its axis; the
            # accuracy and its line take the map's place, hidden by then (a review: the chart
            # crowded the curve's axis and the left half stood empty)
            view["accuracy"].move_to([3.4, -2.3, 0])
            number = view["accuracy"][1]
            view["accuracy"][0].move_to([3.6, -2.45, 0])
            number.move_to([view["panel"].get_x(), 1.2, 0])
            line = view["accuracy_curve"].move_to([view["panel"].get_x() + 0.2, -1.1, 0])
            line.shift(max(0.0, BOTTOM - line.get_bottom()[1]) * UP)
            view["accuracy"] = VGroup(number, line)
        else:
            view["diagram"].move_to([*BIG_NETWORK_AT, 0])
            view["panel"].move_to([-3.4, -2.0, 0])
            view["curve"].move_to([CURVE_X, 1.2, 0])
            # the step counter right of the middle; the accuracy and its line take the examples'
            # place when they have gone (a review: the left 40% empty for the last 24 s)
            view["accuracy"].move_to([2.2, -1.75, 0])
            number = view["accuracy"][1]
            number.to_edge(LEFT, buff=0.3).set_y(-1.9)
            line = view["accuracy_curve"]
            line.next_to(number, RIGHT, buff=0.5).align_to(number, UP).shift(0.2 * UP)
            line.shift(max(0.0, BOTTOM - line.get_bottom()[1]) * UP)
            view["accuracy"] = VGroup(number, line)

    # --- the manifest ---

    def record_shown(self, steps: list[int], records: list[Record], passed: list[int], read: dict) -> None:
        """`steps`: the snapshots the replay stops at; `passed`: those the diagram and the
        numbers run through on the way from one to the next (the counter reads them); `read`:
        the cards' guesses at each step they were drawn at."""
        h = self.history
        at = [record_at(h.records, s) for s in steps]
        shown = {
            "snapshots": steps,
            "passed": passed,
            "cost_steps": [r.step for r in records],
            "costs": [r.cost for r in records],
            "train_accuracy": [r.train_accuracy for r in at],
            "stopped": h.stopped.as_dict() if h.stopped else {},
        }
        if self.mode() == "points":
            bounds = plane_bounds(np.vstack([h.split("train")[0], h.split("test")[0]]))
            shown["boundary"] = {"cells": GRID_CELLS, "bounds": bounds,
                                 "answers": [boundary_values(h, s, bounds) for s in steps]}
        else:
            idx = self.examples()
            x, _ = h.split("train")
            shown["examples"] = idx
            shown["guesses"] = [h.network(s).guesses(x[idx]) for s in steps]
            shown["passed_guesses"] = {str(s): g for s, g in sorted(read.items()) if s not in steps}
        self.show(**shown)
