"""Gradient descent: a real map of the cost landscape through the run itself (every dial
moving), the slope (the gradient) felt in the fog, the path training took, and three real
runs that differ only in step size.

What is shown, all read from or recomputed from the history:

- the landscape: `nncore.landscape`'s `plane_of` the run, a flat map through the start, the
  end and the middle snapshot furthest off the straight line between them, so those three lie
  exactly on it and read the run's real costs there (big dots marked "start", "part way",
  "end"); turned over (`upright`) when the start's uphill would point down the screen; what
  the map is comes first (review, session 11, its ONE change), one thing at a time as it is
  said (review 1, session 16): the map alone, then one point of it (a white ring) is one
  setting of the dials, its colour the cost there (the colour bar comes in; read at the map's
  foot and where training ended, each reading whole before it is said); then four real lines'
  dials as gauges (`gauge_dials`: those turning most going right, then going up) read the
  setting where the ring stands and turn as it glides back, right, up, and onto each moment
  as it is named (review l, session 13, its ONE change), reaching just past the largest value
  they show, their numbers counting along in up to TURN_PIECES pieces; only then the counts
  (dials and head starts: init counts the lines' dials only), the map as two of all the ways
  the dials can move, going right and going up each one way to change all the dials together
  (labelled arrows along its edges);
  `cost_map` on a `grid_around` the `path` (every snapshot where it is closest on the map);
  drawn as grey-to-orange bands (log cost, interpolated between grid points for a smooth map)
  its colour bar's ends read "high cost" and "low cost" (recap's key's words), no number;
- the ring first stands on the run's real start (review 11b: a demo point read as the start);
- in the fog, the ball takes real steps downhill on the map itself (`landscape.walk`) with
  FOG_STRIDE times the run's own step size, small but seen (review: giant fog steps fell
  further than training's own first step; then 3 px ones were unseen); the gradient, a white
  arrow, points up the slope, drawn with every shown dial's tilt (a white arrow under each
  gauge, kept from the map at the start's dials till the first step), and a yellow
  arrow the other way, straight down it, before each of the first steps, shrinking into the
  step taken (the first with the dial that turns most boxed and drawn up close, its value before
  and after on a line where its turn is CLOSE_STEP long: reviews ab-x2, s24); then more steps,
  quickly ("and so on"); the moments' dots go as the ball
  comes, the fog and its words are in whole before "foggy hill"; the walk reads no cost
  (review 5: its map costs, 3.02 to 2.74, were taken for training's own); the fog is dark layers, hatched
  (no colour of the map), that hide it but for a soft-edged circle round the ball; it lifts
  just before "The fog lifts" is said;
- what a dial's uphill tilt is (s34 brief: never defined in a way a newcomer sees): as
  "uphill tilt" is said, the arrow of one shown dial, named (s36 review: said with no arrow);
  that dial turned up alone (`dial_alone`: of those whose arrow
  points right, the one whose real cost, `landscape.turned_cost`, rises most), boxed, its needle
  and number turning in even pieces: the ball moves the way that turn moves the closest point
  on the map and the cost beside it counts from the start's up to the turned one's in step, a
  real cost at each piece (`costs_as_turned`); then its arrow, pointing right, under its gauge,
  pointed at and along the ball's move, as "if the cost rises when we turn it up, its arrow points right"
  is said; then the others' ("every dial gets its own arrow"; the shown dials are those whose
  arrow points the way their own tilt does: `tilt_is_its_own`);
  then all back;
- the fog lifts and the ball goes back to the start before it is said; back at the start (said), where training took the dials is drawn, and why it
  bends is said and written a line at a time (every step went the steepest way down in all
  the ways the dials can move; the path leaves the flat slice, so its shadow bends); it ends on the map's end, whose cost is the run's final cost;
- what a step size is: the slope (white, pointing uphill) and one step of each size (yellow,
  the other way), the slope times the run's step size, to one scale (a step too long runs
  off the frame);
- the learning-rate runs (`history.learning_rates`, each with snapshots every 1/30 of the
  steps) on the same map, a dot at the same steps in each (no step counts: training, the next
  chapter, defines steps; review, session 12), each dot where that snapshot is
  closest on the map (as the path); ours (yellow)
  walks into the valley; tiny steps (pink) crawl, and all their steps end about where ours were after its first dot (said: the dot
  of ours nearest in every dial); a dot further off the map than FAR_OFF (the huge steps':
  the digits run's first step lands 1.7 times start-to-end off it) is drawn beside the map,
  reached by a straight dashed jump from the start (ours and tiny steps' runs off the map
  while it is told, tiny steps' back for the lesson), "far off this map", with its real cost read
  there (teal: violet is backprop's blame), and what that cost means (its outputs run on the
  practice examples: all about 0, so always the same guess, said plainly; how often
  it is right; when every output glowed at the start and every one is dark at its end, why its
  cost is lower yet no better, said over the first practice picture's ten outputs as bars, at
  the start and at its end: reviews ab-k2, s24);
- beside the map, each run's real cost at every recorded step (`CostChart`): the huge run
  flat at 1.00 while ours reaches 0.02 (review, session 10, its ONE change); its cost axis
  reaches the highest cost of any run (the tiny preset's huge run jumps above the start's).
No training result is said again here (the steps and the first cost are other chapters').

    manim -ql scenes/chapters/descent.py Descent        # with NN_EXPLAINER_HISTORY=out/history.json
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import permutations

import numpy as np
from manim import (DOWN, config, LEFT, RIGHT, UP, AnimationGroup, Arc, Arrow, Circle, Create, Cutout, DashedLine, Dot,
                   DoubleArrow, FadeIn, GrowArrow, GrowFromCenter,
                   Transform,
                   FadeOut, Indicate, Line, Rectangle, ReplacementTransform, SurroundingRectangle,
                   Succession, UpdateFromAlphaFunc, UpdateFromFunc, VGroup, VMobject, linear,
                   there_and_back)

from nncore import landscape
from nncore.history import History, Stop
from nncore.network import Network
from scenes.kit.chapter import Chapter, count_words
from scenes.kit.framing import box_of as edges, within_frame
from scenes.kit.legend import right_mark, wrong_mark
from scenes.kit.costmap import BANDS, MapView, colour_cells, cost_landscape, map_cells, map_ramp, ramp, smooth, upright
from scenes.screen import mark
from manim.utils.rate_functions import smooth as ease
from scenes.kit.network_diagram import network_picture
from scenes.kit.numbers import people
from scenes.kit.readings import percent

LEAD = 0.6            # a label is in this long before the words that name it, faded in FADE
FADE = 0.3            # (review p, session 14: labels faded in as they were said were caught dim)
FOG_STEPS = 3         # steps the ball takes in the fog one at a time, each felt first
FOG_MORE = 22         # then this many more, quickly ("and so on")
# the fog's step size: this many times the run's own, read on the map (review, session 11: at
# the run's own size, 3 px steps; at 4 times, its first step falls 3.02 to 1.96, still less than
# training's own first step, to 1.14, which moves every dial its own steepest way)
FOG_STRIDE = 4.0
FOG_ARROW = 0.6       # drawn length of the arrow down the slope: inside the clear circle
FOG_HOLE = 0.75       # radius of the clear circle around the ball in the fog
FOG_EDGE = (0.0, 0.12, 0.24)   # the fog's layers start this far out of the hole: a soft edge
FOG_LAYER = 0.7       # each layer's opacity: three over the map hide it (0.97; review, session 11: faint
                      # contour lines showed under "fog: the map is hidden"), the ball's clear circle in colour
COUNTS_OUT = 0.5      # the counts' fade, the end of the quiet beat after "picture only two"
WORDS_OUT = 0.4       # the map's words' fade once the ring is back at the start, before the fog
FOG_LIFT = 0.8        # the fog's fade as it lifts, in the pause before "The fog lifts"
FOG_HATCH = 0.28      # the fog's hatching: diagonal lines this far apart
FOG_BALL = 0.08       # radius of the ball in the fog: its first step (about its width) shows
MOMENT_DOT = 0.15     # radius of the start's, the middle's and the end's dots on the map
PATH_BEATS = 6        # the path is drawn in this many beats
MAP_SIDE = 5.6          # review, session 11: the map was small, the right 40% of the frame empty
WALK_SHARE = 0.4      # ours' and tiny steps' dots and lines drawn in this share of their words: each
                      # run's last cost written as it is said (s32: ours' 0.02 came 2.4 s after its words)
FAR_OFF = 0.5         # a run's dot further off the map than this (a share of start to end) is not drawn on it
FAR_READINGS = 6      # at most this many readings of a run's dots that stay off the map
RUN_DOT = 0.06        # radius of a learning-rate run's dots on the map
LEGEND_CELL = 0.25     # the colour bar's step height
KEY_GAP = 2.5         # from the map to the words and the key: the colour bar sits below the key, at the map's foot
GAUGES = 4            # dials shown as gauges beside the map, turning as a ring glides over it
GAUGE_R = 0.45        # a gauge's radius
FOG_GAUGES = 1.3      # the gauges this much bigger in the fog, where the gradient is each dial's tilt
TILT_LONG = 1.0       # the longest tilt arrow under a fog gauge; the others to its scale (review g2,
TILT_SHORT = 0.5      # session 20 and w2, 21: the short ones were a few pixels), none shorter than this (said on screen;
                      # s28: drawn to scale, two of four were specks, all four reviewers asked them back)
# each shown dial's own colour in the fog (its gauge's rim and its tilt arrow, kept as the arrow
# flies onto the map: both s26 tiny reviewers could not tell which map arrow was which dial's);
# none a colour with a meaning (a dial's sign blue/red, blame violet, the step yellow, the other
# dials' grey, the step-size runs' teal and pink, the one arrow's white): mint, apricot, khaki, tan
DIAL_COLOURS = ("#8EE3C8", "#F5A97F", "#D4CD7E", "#C7A27C")
TILT_BELOW = (0.45, 1.3)   # the tilt arrows and the yellow steps this far under the gauges' pivots
                            # (review w2: the two rows drawn over each other), "uphill tilt" between
FOG_GAUGE_GAP = 0.1         # between the fog's big gauges, so the four fit inside the frame
MERGE_LONG = 3.0       # the one arrow the dials' tilts make, put end to end from the ball, at most this long
CHAIN_MARGIN = 0.25    # the chain from the ball may run off the map's edge, this far inside the frame's
LENS_WHEN = 2.0        # the chain is laid in a lens, the ball up close beside it, when from the ball itself the
LENS_ZOOM = 3.0        # one arrow would be shorter than this (s28 ab2-d1: digits' start by the map's edge, its
LENS_GAP = 0.3         # slope off the map: the chain a cramped tangle); the lens this many times the map, this
LENS_CELL = 0.05       # far from the ball's clear circle, drawn in cells this wide
FLY_EACH = 0.5        # s: each shown dial's arrow flying from its gauge into the chain, one after another
HOLD_FOUR = 1.0       # s: the shown dials' arrows, laid end to end, held still before the others come
MERGE_FOUR = 1.6       # the shown dials' shares end to end this long at least, as the room holds (digits': 3% of the one arrow)
MAP_SHORT = 0.5        # and none of them shorter on the map (s28: at scale, two of tiny's four were specks on the ball)
# one dial turned alone before the tilts are put together (all four s30 reviewers, 60-69 s: why a
# dial's arrow left or right under its gauge points another way on the map was never shown)
ALONE_TURN = 0.5       # it turns its arrow's way by this share of its gauge's reach: its needle is seen to turn
ALONE_READS = 8        # the turned cost read this many times along the turn (s34: "3.02 -> 3.16" in step)
ALONE_MOVE = 0.6       # the dot's move on the map as it turns, drawn this long, inside the clear circle (to
                       # scale, a turn of one dial moves it a hair: drawn longer, as the dials' arrows are)
CLOSE_STEP = 2.0       # the fog's first step, up close: the dial that turns most, its turn drawn this long
CLOSE_LINE = 3.6       # on a line this long (tiny's turned 0.09: 2 px on its gauge; reviews ab-x2, s24)
NET_SIZE = (4.2, 1.6)  # the small network under the gauges (width, height): each gauge on its wire
NET_DRAWN = 4          # a layer of more neurons is drawn as 2, an ellipsis and 2
MORE_GAUGES = 14       # more dials, small gauges under the network, turning as the ring goes right and up
MORE_R = 0.3           # their radius
RELIEF_DEPTH = 3.2     # the tilted landscape: its depth on screen (RELIEF_SIDE wide), the highest
RELIEF_HEIGHT = 2.4    # cost's height above its ground, the far edge's width a share of the near
RELIEF_FAR = 0.8       # edge's (a little perspective)
RELIEF_SIDE = 8.4      # wider than the map, centred at RELIEF_X: drawn in the map's place it used
RELIEF_X = -1.5        # the left third of the frame and left the rest empty (session 18 look)
RELIEF_MOVE = 3.6      # the landscape's lay-flat move, at most: slow enough to watch (2 s read as a cut)
RELIEF_LEAD = 1.2      # it starts this long before "Seen from above"
CLOSE_SIDE = 2.2       # tiny steps up close beside the map (when on it they hide under the start's ring)
CLOSE_AT = (5.0, 1.7, 0.0)     # its centre: above the chart, right of the map
CLOSE_ZOOM = 3.0       # drawn up close only when this many times bigger or more
OUR_STEP = 2.4        # drawn length of our step size's step; the slope and the others to scale (review
                      # ab-x2, s23: at 1.5 the tiny step, a 30th of it, was a speck no one saw)
# the middle is "part way" (review, session 11: "after 463 steps" was an odd, unexplained number)
# each read as how often the network is right there, not its cost (s36 review: "a cost of 3.02
# means nothing"; how often it is right is what the chapter's last minute already reads)
MOMENT_WORDS = {"start": mark("start: right {percent}"), "middle": mark("part way: right {percent}"),
                "end": mark("end: right {percent}")}
# a run's reading off the map: no step count (review, session 12: "144 / 4320 steps" came
# before training defines steps)
FAR_WORDS = mark("cost there: {cost}")
RATE_WORDS = {"too small": mark("tiny steps: {lr}"), "good": mark("our step size: {lr}"),
              "too big": mark("huge steps: {lr}")}
# the strip's arrows are steps, their sizes said apart (review l, session 13: "our step size: 1.5"
# labelled an arrow, the step)
STEP_WORDS = {"too small": mark("tiny step (size {lr})"), "good": mark("our step (size {lr})"),
              "too big": mark("huge step (size {lr})")}


# --- the numbers (no manim) ---

def moments(history: History, plane: landscape.Plane) -> list[tuple[str, int]]:
    """The three snapshots the map goes through, exactly: start, middle, end (label, index)."""
    return [("start", 0), ("middle", plane.middle), ("end", len(history.snapshots) - 1)]


def said_right(share: float) -> str:
    """How often a moment's dials are right, as said beside its label ("right 51%" on screen):
    "51 percent", or "every time" for 100% (s37: said, tiny's 100 would be its test score's
    third saying in the video)."""
    return "every time" if percent(share) == "100%" else f"{percent(share)[:-1]} percent"


def map_costs(history: History, view: MapView, points: np.ndarray) -> list[float]:
    """The map's real cost at each point (every dial set to that spot)."""
    x, y = history.split("train")
    return [float(landscape.network_at(history, view.plane, *p).cost_of(x, y)) for p in points]


def right_at(history: History, k: int) -> float:
    """The share of the practice examples the network gets right with snapshot k's dials."""
    x, y = history.split("train")
    return history.network(history.snapshots[k].step).accuracy(x, y)


def path_stops(n: int, k: int = PATH_BEATS) -> list[int]:
    """Snapshot indices where the path's line is drawn up to as the ball rides it: k even beats."""
    return sorted({int(round(i)) for i in np.linspace(0, n - 1, k + 1)})


def contour_segments(levels: np.ndarray, cell: float) -> np.ndarray:
    """Where neighbouring cells (row 0 at the top) fall in different bands: the cell sides
    between them, as (n, 2, 3) start and end points. Drawn, they are the map's contour lines."""
    segments = []
    rows, cols = np.nonzero(levels[:, 1:] != levels[:, :-1])      # a side between columns
    for r, c in zip(rows, cols):
        x = (c + 1) * cell
        segments.append([[x, -r * cell, 0], [x, -(r + 1) * cell, 0]])
    rows, cols = np.nonzero(levels[1:, :] != levels[:-1, :])      # a side between rows
    for r, c in zip(rows, cols):
        y = -(r + 1) * cell
        segments.append([[c * cell, y, 0], [(c + 1) * cell, y, 0]])
    return np.array(segments, dtype=float).reshape(-1, 2, 3)


def decades(costs: np.ndarray) -> np.ndarray:
    """Per fine cell of the drawn map (picture order, as `map_cells`), the power of ten its cost
    is in: the map's lines run where it changes, one per tick of the colour bar."""
    return np.floor(np.log10(np.maximum(smooth(costs), 1e-12))).astype(int).T[::-1]


def drawn_wires(sizes: list[int], shown: list[list[int]]) -> np.ndarray:
    """Per line's dial (the order of `landscape.flat`: each layer's weights, (out, in) row by
    row), whether the small network picture draws its wire (a big layer is drawn in part)."""
    drawn = []
    for n_in, n_out, ins, outs in zip(sizes, sizes[1:], shown, shown[1:]):
        rows = np.isin(np.arange(n_out), outs)[:, None] & np.isin(np.arange(n_in), ins)[None, :]
        drawn.append(rows.ravel())
    return np.concatenate(drawn) if drawn else np.zeros(0, bool)


def wire_of(sizes: list[int], i: int) -> tuple[int, int, int]:
    """A line's dial (index into `landscape.flat`) as (layer pair, out neuron, in neuron)."""
    for layer, (n_in, n_out) in enumerate(zip(sizes, sizes[1:])):
        if i < n_in * n_out:
            return layer, i // n_in, i % n_in
        i -= n_in * n_out
    raise IndexError(i)


def gauge_dials(plane: landscape.Plane, n_weights: int, k: int = GAUGES, allowed: np.ndarray | None = None) -> list[int]:
    """The dials (lines' dials only: indices into `landscape.flat`) shown as gauges beside the
    map (review l, session 13, its ONE change: "one point = one setting of all the dials" was
    only words): half those that turn most going right rather than up, then those that turn
    most going up rather than right, so going right and going up visibly turn them differently."""
    along, across = np.abs(plane.along[:n_weights]), np.abs(plane.across[:n_weights])
    ok = np.ones(n_weights, bool) if allowed is None else np.asarray(allowed, bool)[:n_weights]
    n_weights = int(np.count_nonzero(ok))      # only wires the picture draws: each gauge on its wire
    chosen: list[int] = []
    for score, share in ((along - across, (k + 1) // 2), (across - along, k)):
        for i in np.argsort(-score, kind="stable"):
            if len(chosen) >= min(share, n_weights):
                break
            if ok[int(i)] and int(i) not in chosen:
                chosen.append(int(i))
    return chosen


def other_dials(plane: landscape.Plane, shown: list[int], k: int = MORE_GAUGES) -> list[int]:
    """More dials (wires' and neurons' alike: indices into `landscape.flat`) than the gauges show,
    small, all turning as the ring goes right and up: k spread evenly by their place in the list,
    among those that turn at least a quarter as much as the one that turns most going right or up
    (a dial that barely turns shows nothing); every other dial when there are no more than k."""
    turn = np.maximum(np.abs(plane.along), np.abs(plane.across))
    rest = np.array([i for i in range(len(turn)) if i not in shown], dtype=int)
    if len(rest) <= k:
        return [int(i) for i in rest]
    ok = np.array([i for i in rest if turn[i] >= 0.25 * turn.max(initial=0.0)], dtype=int)
    if len(ok) == 0:
        return []
    return sorted({int(ok[j]) for j in np.linspace(0, len(ok) - 1, min(k, len(ok))).round().astype(int)})


def gauge_span(values: np.ndarray) -> float:
    """How far either way a gauge reaches: just past the largest dial value it shows."""
    return float(max(np.abs(values).max(initial=0.0) * 1.15, 1e-6))


def needle_angle(value: float, span: float) -> float:
    """A gauge's needle: straight up at 0, a quarter turn right at +span, left at -span."""
    return float(np.pi / 2 - np.clip(value / span, -1.0, 1.0) * np.pi / 2)


def map_tilts(plane: landscape.Plane, slope: np.ndarray, dials: list[int]) -> np.ndarray:
    """Each shown dial's tilt on the map, uphill: how far it turns when the map's one arrow
    (`slope`, `landscape.slope` at a point) is followed a unit. A step on the map against the
    arrow turns every dial exactly against its tilt, in proportion (the map is flat: a step of
    (da, db) turns dial i by along_i * da + across_i * db)."""
    norm = float(plane.along @ plane.along) or 1.0
    return (plane.along[dials] * slope[0] + plane.across[dials] * slope[1]) / norm


def tilt_is_its_own(history: History, plane: landscape.Plane) -> np.ndarray:
    """Per dial (`landscape.flat`'s order), whether its arrow in the fog (its share of the map's
    slope at the start, `map_tilts`) points the way its own tilt does (nncore's gradient at the
    start: turned up alone, its cost rises when that is above 0). "If the cost rises when we turn
    it up, its arrow points right" is said of the shown dials' arrows: shown are dials it holds
    for (digits: for about half of them a share of the map's slope points against its own tilt)."""
    snap = history.snapshots[0]
    own = np.concatenate([g.ravel() for g in snap.grad_weights] + [g.ravel() for g in snap.grad_biases])
    share = map_tilts(plane, np.array([own @ plane.along, own @ plane.across]), list(range(len(own))))
    return (np.sign(share) == np.sign(own)) & (own != 0)      # (a dial no example reaches never tilts)


def dial_alone(history: History, values: np.ndarray, dials: list[int], tilts: np.ndarray,
               span: float) -> tuple[int, float, float]:
    """The shown dial to turn alone: each turned its tilt arrow's way by ALONE_TURN of its
    gauge's reach (no further than the gauge's end), every other dial left at `values`; of those
    turned up (arrow right) whose real cost rises, the one it rises most for: "turn this one dial
    up ... its arrow points right" is said (any dial when none is). Its place among
    `dials`, its turn and the cost then. (A tilt is the dial's share of the map's slope, not its
    own: turned alone, a dial may lower the cost.)"""
    ways = [1.0 if tilt > 0 else -1.0 for tilt in tilts]
    turns = [way * min(ALONE_TURN * span, span - way * values[d]) for d, way in zip(dials, ways)]
    costs = [landscape.turned_cost(history, values, d, by) for d, by in zip(dials, turns)]
    before = landscape.turned_cost(history, values, dials[0], 0.0)
    up = [j for j, (way, cost) in enumerate(zip(ways, costs)) if way > 0 and cost > before]
    i = max(up or range(len(dials)), key=lambda j: costs[j])
    return i, float(turns[i]), float(costs[i])


def costs_as_turned(history: History, values: np.ndarray, dial: int, by: float, n: int = ALONE_READS) -> np.ndarray:
    """The real cost at n + 1 even points of one dial's turn by `by` (0 first, `by` last), every
    other dial left at `values`: the readout counts along with the needle, every number real."""
    return np.array([landscape.turned_cost(history, values, dial, by * f) for f in np.linspace(0.0, 1.0, n + 1)])


def tilt_shares(plane: landscape.Plane, slope: np.ndarray, scale) -> np.ndarray:
    """Every dial's share of the map's one arrow, shape (n_dials, 2): its tilt (`map_tilts`)
    the way it turns on the map (along_i, across_i), times `scale` (screen units per map unit,
    each way). Put end to end, all of them make the map's arrow, `slope` times `scale`, exactly
    (along and across are at right angles and as long as each other)."""
    norm = float(plane.along @ plane.along) or 1.0
    tilt = (plane.along * slope[0] + plane.across * slope[1]) / norm
    return tilt[:, None] * np.stack([plane.along, plane.across], axis=1) * np.asarray(scale, float)[None, :]


def slide_and_turn(arrow: VMobject, onto: VMobject, **kwargs) -> UpdateFromAlphaFunc:
    """`arrow` moved whole onto `onto`: its tail sliding along the line between the two tails,
    turning and resizing as it goes (a plain morph between two ways shrinks an arrow to a speck
    half way: it was not seen to fly)."""
    still = arrow.copy()
    tail, way = still.get_start(), still.get_end() - still.get_start()
    to_tail, to_way = onto.get_start(), onto.get_end() - onto.get_start()
    turn = float(np.angle(complex(*to_way[:2]) / complex(*way[:2])))
    grow = float(np.linalg.norm(to_way) / (np.linalg.norm(way) or 1.0))

    def update(m, a: float) -> None:
        m.become(still.copy().scale(1 + (grow - 1) * a, about_point=tail).rotate(turn * a, about_point=tail)
                 .shift((to_tail - tail) * a))
    return UpdateFromAlphaFunc(arrow, update, **kwargs)


def chain(start: np.ndarray, shares: np.ndarray) -> np.ndarray:
    """Arrows `shares` (n, 2) put end to end from `start`: the n + 1 points they join."""
    return np.vstack([start[:2], start[:2] + np.cumsum(shares, axis=0)]) if len(shares) else start[None, :2]


def fit_from(origin: np.ndarray, points: np.ndarray, box) -> float:
    """The largest factor s for which every `points` (n, 2), scaled by s and drawn from `origin`
    (origin + s * p), stays inside `box` (left, bottom, right, top)."""
    s = np.inf
    for axis, (low, high) in enumerate(((box[0], box[2]), (box[1], box[3]))):
        for v in points[:, axis]:
            if v > 1e-9:
                s = min(s, (high - origin[axis]) / v)
            elif v < -1e-9:
                s = min(s, (low - origin[axis]) / v)
    return max(float(s), 0.0)


def by_angle(shares: np.ndarray, total: np.ndarray) -> np.ndarray:
    """The order that lays arrows end to end as one smooth bend: by their angle to `total`."""
    angles = np.arctan2(shares[:, 1], shares[:, 0]) - np.arctan2(total[1], total[0])
    return np.argsort((angles + np.pi) % (2 * np.pi), kind="stable")


def inside_map(points: np.ndarray, costs: np.ndarray, view: MapView) -> tuple[np.ndarray, np.ndarray]:
    """The walk up to its first point outside the map's grid (that point and later ones dropped)."""
    (a0, a1), (b0, b1) = view.values_a[[0, -1]], view.values_b[[0, -1]]
    inside = (points[:, 0] >= a0) & (points[:, 0] <= a1) & (points[:, 1] >= b0) & (points[:, 1] <= b1)
    n = len(points) if inside.all() else max(int(np.argmin(inside)), 1)
    return points[:n], costs[:n]


@dataclass
class RateCurve:
    """One learning-rate run as the chapter draws it: its cost at every recorded step."""

    label: str
    lr: float
    steps: np.ndarray
    costs: np.ndarray
    stopped: Stop

    @property
    def final_cost(self) -> float:
        return float(self.costs[-1])


def rate_curves(history: History) -> list[RateCurve]:
    return [RateCurve(r.label, float(r.lr), np.array([rec.step for rec in r.records]),
                      np.array([rec.cost for rec in r.records]), r.stopped)
            for r in history.learning_rates]


@dataclass
class RatePath:
    """One learning-rate run on the map: its kept snapshots (the same evenly spaced steps in
    every run), each where it is closest on the map, how far off the map it is (a share of
    start to end, as `landscape.off_map`), the run's real cost at that step, and whether it is
    too far off (or outside the map's grid) to be drawn on it."""

    steps: np.ndarray
    points: np.ndarray         # (n, 2)
    off: np.ndarray
    costs: np.ndarray
    far: np.ndarray            # bool


def rate_path(run, view: MapView) -> RatePath:
    """`run` (a `history.learning_rates` run, snapshots every few steps) seen on `view`'s map."""
    points, off = landscape.path(run, view.plane), landscape.off_map(run, view.plane)
    cost_at = {rec.step: rec.cost for rec in run.records}
    steps = np.array([s.step for s in run.snapshots], dtype=int)
    (a0, a1), (b0, b1) = view.values_a[[0, -1]], view.values_b[[0, -1]]
    with np.errstate(invalid="ignore"):
        inside = (points[:, 0] >= a0) & (points[:, 0] <= a1) & (points[:, 1] >= b0) & (points[:, 1] <= b1)
        far = ~(inside & (off <= FAR_OFF)) if len(points) else np.zeros(0, bool)
    return RatePath(steps, points, off, np.array([cost_at[int(k)] for k in steps]), far)


def nearest_dot(small_run, good_run) -> int:
    """The index of our run's dot (not the start) nearest, in every dial, to where tiny steps
    ended: "after all N steps, tiny steps are about where ours were after M"."""
    end = landscape.flat(small_run.snapshots[-1])
    gaps = [np.linalg.norm(landscape.flat(s) - end) for s in good_run.snapshots[1:]]
    return 1 + int(np.argmin(gaps)) if gaps else 0


def dot_every(history: History) -> int:
    """How many steps one dot of the step-size runs stands for: the gap between the snapshots
    they keep (every 1/30 of the steps, the same steps in every run; the longest run's, whose
    last gap may be shorter, ending at its last step). Review ab-k2 (session 23): "dots mark the
    same moments" and the whole comparison rested on dots, never said to be so many steps."""
    steps = max(([s.step for s in run.snapshots] for run in history.learning_rates), key=len)
    return int(steps[1] - steps[0]) if len(steps) > 1 else 0


def times(big: float, small: float) -> str:
    """How many times one step size is another, as people say it (30)."""
    return people(big / small)


def ours_when_stopped(big: RateCurve, good: RateCurve) -> tuple[int, float]:
    """Our run's step and real cost at the huge run's last record (the nearest of ours): where
    ours was when the huge run was stopped (review, session 22: its 1.00 was called "far above
    ours", with ours' 0.02 of the run's end only)."""
    k = int(np.argmin(np.abs(good.steps - big.steps[-1])))
    return int(good.steps[k]), float(good.costs[k])


def too_big_story(big: RateCurve, good: RateCurve) -> str:
    """What the too-big run really did: blows (diverged), bounces (its cost rose above the
    start), stuck (ended far above the good run; "big_stuck" when it was stopped early because
    its cost no longer fell, the history's "converged", else "big_flat": review, session 12,
    "so training stopped" for every stuck run read as a second stopping rule) or fine."""
    if big.stopped.reason == "diverged":
        return "big_blows"
    if big.costs[1:].max(initial=-np.inf) > big.costs[0]:
        return "big_bounces"
    if big.final_cost > 1.5 * good.final_cost:
        return "big_stuck" if big.stopped.reason == "converged" else "big_flat"
    return "big_fine"


def too_big_lesson(story: str, big: RateCurve, good: RateCurve) -> tuple[str, str]:
    """The closing words on the huge run, said and written, chosen from what its cost did
    (review 11b/11c, session 16: "too big may never learn" was said over a run whose cost
    fell below its start's): worse than at its start, staying or ending far above ours, blown
    up, or lucky."""
    if story == "big_blows":
        return "Too big can blow up.", mark("too big: blows up")
    if story == "big_fine":
        return "Too big is a gamble.", mark("too big: a gamble")
    if big.final_cost > big.costs[0]:
        return "Too big can end worse than it began.", mark("too big: worse than at the start")
    # far above ours at the same step, not only above ours' end (s29: a huge run stopped early
    # was "far above ours" against our last cost, many steps later)
    if big.final_cost <= 1.5 * ours_when_stopped(big, good)[1]:
        if story == "big_stuck":
            return "Too big can stall early.", mark("too big: stalls early")
        return "Too big can make the cost jump about.", mark("too big: the cost jumps about")
    if story in ("big_stuck", "big_flat"):
        # "stays", as its cost is said to ("stuck" was never explained, review 5)
        return "Too big can stay far above ours.", mark("too big: stays far above ours")
    return "Too big can end far above ours.", mark("too big: ends far above ours")


def too_big_than(big: RateCurve, good: RateCurve) -> str:
    """After the bouncing run's last cost: against its start or ours, as its numbers say."""
    if big.final_cost > big.costs[0]:
        return ", higher than at the start"
    if big.final_cost > 1.5 * ours_when_stopped(big, good)[1]:       # ours at the same step
        return ", far above ours"
    return ""


def relief_heights(costs: np.ndarray, at=None) -> np.ndarray:
    """Each grid point's height, a share of the tallest: 0 at the map's lowest cost, 1 at its
    highest, even in log cost as the colour bands are (so a ridge's colour is its height's).
    `at`: the heights of these costs instead, on the same scale (a point between grid points)."""
    logs = np.log(np.maximum(costs, 1e-12))
    lo, hi = logs.min(), logs.max()
    values = logs if at is None else np.log(np.maximum(np.asarray(at, float), 1e-12))
    return (values - lo) / (hi - lo) if hi > lo else np.zeros_like(values)


def relief_points(heights: np.ndarray, corner: np.ndarray, side: float, tilted: bool) -> np.ndarray:
    """Scene points (n_b, n_a, 3) of the grid: flat, where the map draws each grid point (its
    top left at `corner`); tilted, the same ground laid back RELIEF_DEPTH deep (the map's foot
    nearest), each point raised by its height. A 2-D projection: no 3-D scene to render."""
    n_a, n_b = heights.shape
    u = np.linspace(0.0, 1.0, n_a)[None, :]
    v = np.linspace(0.0, 1.0, n_b)[:, None]
    return relief_at(u, v, heights.T, corner, side, tilted)


def relief_at(u, v, h, corner: np.ndarray, side: float, tilted: bool) -> np.ndarray:
    """Scene points of map spots (u across, v up, each 0 to 1) at heights h (0 to 1), flat or
    tilted as `relief_points` draws the grid: a spot between grid points too (the start)."""
    u, v, h = np.broadcast_arrays(np.asarray(u, float), np.asarray(v, float), np.asarray(h, float))
    foot = corner[1] - side
    if not tilted:
        x = corner[0] + u * side + 0 * v
        y = foot + v * side + 0 * u
    else:
        x = corner[0] + side / 2 + (u - 0.5) * side * (1 - (1 - RELIEF_FAR) * v)
        y = foot + v * RELIEF_DEPTH + h * RELIEF_HEIGHT
    return np.stack([x, y, np.zeros_like(x)], axis=-1)


def nth(k: int) -> str:
    """An ordinal in words for the first few, else 4th, 21st, ..."""
    words = {1: "first", 2: "second", 3: "third"}
    if k in words:
        return words[k]
    tail = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{tail}"


TURN_PIECES = 10        # a ring's glide in pieces, the gauges' numbers counting along (5 pieces of
                        # an eased glide: a number led its needle by a quarter of the way, review w)
SILENT = 0.005          # an output below this reads as 0.00: the answer "no"


def last_answers(history: History, run) -> dict:
    """What a learning-rate run's last dials answer on the practice examples: the largest of
    all its outputs, its guess when it is the same for every example (else None), whether that
    guess's output is above every other output in every example (a hair above, when all are
    about 0), how often it is right (its last record) and how often it was at the start.
    Review (session 10): the huge run's cost 1.00, below the start's 3.02, read as the big steps
    having helped; (session 11) "it says no to every digit" yet right 10%, and then "all about
    0, so it always guesses 9": why 9?"""
    snap = run.snapshots[-1] if run.snapshots else history.snapshots[0]
    net = Network(snap.weights, snap.biases, history.config["activations"], history.config["cost"])
    x, _ = history.split("train")
    outputs = net.outputs(x)
    guesses = np.unique(net.guesses(x))
    one = len(guesses) == 1
    above = False
    if one and outputs.shape[1] > 1:
        others = np.delete(outputs, int(guesses[0]), axis=1)
        above = bool((outputs[:, int(guesses[0])] > others.max(axis=1)).all())
    first = run.snapshots[0] if run.snapshots else history.snapshots[0]
    begun = Network(first.weights, first.biases, history.config["activations"], history.config["cost"]).outputs(x)
    return {"top": float(outputs.max()), "right": float(run.records[-1].train_accuracy),
            "start_low": float(begun.min()), "outputs": int(outputs.shape[1]),
            "start": float(run.records[0].train_accuracy), "above": above,
            "guess": str(history.labels[int(guesses[0])]) if one else None}


def as_at_start(answers: dict) -> bool:
    """Whether a run's share right, as said (a whole percent), is the same as at its start."""
    return percent(answers["right"]) == percent(answers["start"])


def in_ten(value: float) -> int | None:
    """A share right as "N in 10" when its whole percent is a whole tenth (10% -> 1), else None
    (s30 ab2-e: "right only 10% of the time" was said on no picture; one in a row of ten reads)."""
    whole = round(100 * value)
    return whole // 10 if whole % 10 == 0 else None


def guessing(answers: dict) -> bool:
    """Whether a run is right as often as a blind guess among its outputs (10% of 10 digits)."""
    return answers["outputs"] > 1 and percent(answers["right"]) == percent(1.0 / answers["outputs"])


def one_answer(answers: dict, lower: bool) -> str | None:
    """The huge run's one answer for every example, said and written when its cost fell below the
    start's yet it is right no more often (s33 review: "why is a cost two-thirds lower no better?"
    Giving the same answer every time is; its "1 in 10" is how often that answer is right)."""
    return answers["guess"] if lower and as_at_start(answers) else None


def means_words(history: History, answers: dict, lower: bool = False) -> str:
    """What a run's end means, said after its cost: how often it is right against the start
    (its cost below the start's is no progress: review, session 10). Named "the huge-step
    run", never "it" (review s19 g2: "It ..." after "Ours went on down" was heard as ours).
    Why its every output went dark stays cut (review ab-k2 r1, s26: "all dark, guess 9" was the
    hardest 20 s of the chapter, and a side issue); its one answer is said plainly (s33)."""
    right, start = percent(answers["right"]), percent(answers["start"])
    than = "as at the start" if as_at_start(answers) else f"against {start} at the start"
    n = in_ten(answers["right"])
    share = f"{right} of the time" if n is None else f"{n} time{'s' if n != 1 else ''} in 10"
    if one_answer(answers, lower) is not None:
        return f"The huge-step run answers {answers['guess']} every time, so it is right only {share}, {than}."
    if lower and as_at_start(answers):
        # its cost fell below the start's yet it is no better (s28 ab2-d1: "stays at 1.00", below
        # the start's 3.02, then "right 10%, as at the start" read as a contradiction); said
        # plainly stuck and bad, no "yet" (s30 ab2-e: "Yet" made 1.00 sound good)
        blind = ": no better than a blind guess" if guessing(answers) else ""
        return f"So the huge-step run is still right only {share}, {than}{blind}."
    return f"The huge-step run is right {share}, {than}."


def drop_words(big: RateCurve) -> str:
    """What a stalled huge run's cost did, said: dropped below its start, then stayed (s28
    ab2-d1: "stays at 1.00" hid that it fell from the start's 3.02), or stayed. No number (s32:
    its 1.00, below the start's and yet bad, was never explained; its line on the chart shows the
    fall, "right 1 in 10" why it is bad)."""
    if big.final_cost < big.costs[0] and cost_words(big.final_cost) != cost_words(big.costs[0]):
        return "drops, then stays stuck"
    return "stays stuck"


def along_line(points: np.ndarray, per: int = 8) -> np.ndarray:
    """Points along a polyline (its corners and `per` between each pair): where it is drawn."""
    if len(points) < 2:
        return np.asarray(points, dtype=float).reshape(-1, 3)
    share = np.linspace(0.0, 1.0, per, endpoint=False)[None, :, None]
    between = points[:-1, None, :] + (points[1:] - points[:-1])[:, None, :] * share
    return np.vstack([between.reshape(-1, 3), points[-1:]])


def lift_clear(label, points: np.ndarray, gap: float = 0.2) -> None:
    """`label` moved up until its box is `gap` above every point under it (a chart's lines)."""
    near = points[(points[:, 0] >= label.get_left()[0]) & (points[:, 0] <= label.get_right()[0])]
    if len(near):
        low = float(near[:, 1].max()) + gap + 0.06      # a dot's radius above a line's point
        if label.get_bottom()[1] < low:
            label.shift(UP * (low - label.get_bottom()[1]))


NUMBERED = 3          # ours' first dots numbered on the map, as on the chart's step axis (review v2, session 19)
NUMBER_GAP = 0.22     # a dot's number this far from its centre


def beside(at: np.ndarray, others: np.ndarray, gap: float = NUMBER_GAP) -> np.ndarray:
    """Where a dot's number goes: `gap` from the dot at `at`, of eight ways round it the one
    furthest from `others` (the other dots and the points along every drawn line)."""
    ways = [np.array([np.cos(a), np.sin(a), 0.0]) for a in np.arange(8) * np.pi / 4]
    if not len(others):
        return at + gap * ways[1]
    spots = [at + gap * w for w in ways]
    return max(spots, key=lambda p: float(np.min(np.linalg.norm(others[:, :2] - p[:2], axis=1))))


def frame_pieces(run_time: float, most: float = 0.6) -> tuple[np.ndarray, list[float]]:
    """One play of `run_time` cut into pieces of at most `most` seconds, in whole frames, as many
    frames in all as the one play would take (a piece rounded up to its next frame, one play per
    piece made the whole later): the cuts (shares of the way, 0 to 1) and each piece's run time."""
    fps = config.frame_rate
    frames = len(np.arange(0, run_time, 1 / fps))
    n = max(1, min(int(np.ceil(run_time / most - 1e-9)), frames))
    cuts = np.linspace(0, frames, n + 1).round().astype(int)
    return cuts / max(frames, 1), [max(b - a - 0.5, 1.0) / fps for a, b in zip(cuts, cuts[1:])]


def drawn_between(line: VMobject, full: VMobject, start: float, end: float) -> UpdateFromAlphaFunc:
    """`line` drawn on from share `start` to share `end` of `full` (its whole copy), evenly: one
    beat of the line cut into parts. Each part is a share of the whole line: a Create of the
    part drawn so far redrew shares of that part, so a line cut in parts never reached its end
    (review, session 11: the ball stopped short of the end's dot)."""
    return UpdateFromAlphaFunc(line, lambda m, a: m.pointwise_become_partial(full, 0.0, start + (end - start) * a))


# --- pictures ---

def rate_colours(t) -> list[str]:
    """Each run's colour in theme `t`: tiny steps pink (the theme's `tiny`; white was also the "look here"
    rings, review n, session 14), ours yellow (as its path on the map),
    huge steps teal, the theme's `huge`, no other meaning in the video (review 5: tiny and huge
    were both white; violet is backprop's blame, orange cost and grey the map's low ground)."""
    return [t.tiny, t.highlight, t.huge]


def fog_colour(t) -> str:
    """The fog: the frame's own dark, hatched (review l, session 13: pale fog, on a map where
    pale grey is low cost, read as "low cost everywhere"; review 5: plain dark fog right after
    "grey is low ground" read as low ground): the hatching is what says "hidden"."""
    return t.background


def hatch_colour(t) -> str:
    """The fog's hatching: the words' colour, on no step of the map's ramp."""
    return t.text


def hatch_lines(left: float, bottom: float, right: float, top: float, hole: np.ndarray, radius: float,
                gap: float = FOG_HATCH) -> list[tuple[np.ndarray, np.ndarray]]:
    """Diagonal lines `gap` apart across the box, each cut where it crosses the circle round
    `hole`: (start, end) pairs, each inside the box and outside the circle."""
    hx, hy = float(hole[0]), float(hole[1])
    out = []
    for c in np.arange(left - top + gap / 2, right - bottom, gap):      # the line x = y + c
        y0, y1 = max(bottom, left - c), min(top, right - c)
        if y1 <= y0:
            continue
        # where it meets the circle: 2y^2 + 2y(c - hx - hy) + (c - hx)^2 + hy^2 - r^2 = 0
        b, k = c - hx - hy, (c - hx) ** 2 + hy ** 2 - radius ** 2
        disc = b * b - 2 * k
        parts = [(y0, y1)]
        if disc > 0:
            lo, hi = (-b - np.sqrt(disc)) / 2, (-b + np.sqrt(disc)) / 2
            parts = [(y0, min(y1, lo)), (max(y0, hi), y1)]
        out += [(np.array([ya + c, ya, 0.0]), np.array([yb + c, yb, 0.0])) for ya, yb in parts if yb - ya > 1e-3]
    return out


def cost_words(value: float) -> str:
    """A cost as training and the recap show it: two decimals (0.02, not 0.024)."""
    return f"{value:.2f}"


def thicken(line: VMobject):
    """A chart's line pointed at where it stands: thicker and back (scaled, it left its axes)."""
    return line.animate(rate_func=there_and_back).set_stroke(width=line.get_stroke_width() * 2.5)


def polyline(points: np.ndarray, color: str, width: float) -> VMobject:
    line = VMobject(stroke_color=color, stroke_width=width)
    line.set_points_as_corners(points)
    return line


STUCK_WIDTH = 6        # a stuck huge run's line on the chart (the others 3)
STUCK_HOLD = 1.0    # s of quiet after a stuck huge run's story, over the pause every section gets
IN_TEN_MARK, IN_TEN_GAP = 0.26, 0.13  # the huge run's "right N in 10": each mark this tall, this far apart
CHART_BOX = (3.2, -2.35, 2.7, 2.45)   # the cost chart's plot: left, bottom, width, height (scene units)
FAN_FIRST, FAN_GAP, FAN_RISE = 0.2, 0.42, 0.6    # the chart's numbered dots: their numbers in a row, this far apart
CHART_HEADROOM = 0.3  # the cost axis runs on this far above its top number
CHART_CLEAR = 0.25    # a run's end words start at least this far right of the cost axis
CHART_ROOM = 4.0       # the chart's cost axis reaches at most this many times the start's cost


def chart_top(curves: dict) -> float:
    """The top of the chart's cost axis: the start's cost, or the highest finite cost of any
    run if higher, capped at CHART_ROOM times the start's."""
    start = float(curves["good"].costs[0])
    finite = [float(c) for curve in curves.values() for c in curve.costs if np.isfinite(c)]
    return float(min(max([start, *finite]), CHART_ROOM * start))


class CostChart:
    """Each learning-rate run's real cost at every recorded step, one line per run in its
    colour, all to one scale (cost 0 to the start's; steps 0 to the longest run's last), its
    last cost written at its end. `frame` is the axes and their words; `draw(label)` draws a
    run's line and its end; `shown` is what is drawn, for the manifest."""

    def __init__(self, scene: Chapter, curves: dict, colours: dict, cells: VGroup, paths: dict | None = None,
                 unread: tuple = ()):
        """`unread`: runs whose last cost is not written if they stopped early: "stopped" alone
        marks their end (s32: the stuck huge run's 1.00 was never explained)."""
        t = scene.theme
        left, bottom, width, height = CHART_BOX
        # up to the start's cost (the same for every run) or, if a run's cost rose above it, to
        # its highest (at most CHART_ROOM times the start's: a cost that blew up is cut at the top;
        # review_t, session 12: the tiny preset's huge run, 0.35 to 0.51, was a flat line cut at 0.26)
        top = chart_top(curves)
        last = max(int(c.steps[-1]) for c in curves.values()) or 1

        def at(step, cost) -> np.ndarray:
            cost = np.clip(np.nan_to_num(np.asarray(cost, dtype=float), nan=top, posinf=top), 0.0, top)
            return np.stack([left + np.asarray(step) / last * width, bottom + cost / top * height,
                             np.zeros_like(cost)], axis=-1)

        corner, high, far = at(0, 0.0), at(0, top), at(last, 0.0)
        # the cost axis runs on past its top number, a tick there, the word "cost" above its end:
        # a line reaching the top stays by its number, under the word (review 11c, session 16:
        # the huge run's line ran up into the top label)
        roof = high + UP * CHART_HEADROOM
        axes = VGroup(Line(roof, corner, color=t.text, stroke_width=2), Line(corner, far, color=t.text, stroke_width=2),
                      Line(high, high + RIGHT * 0.12, color=t.text, stroke_width=2))
        # the words at the label size, a mark at every whole cost, the steps' words at the axis's
        # end (review, session 11: only 0 and 3.02 on the cost axis; 9 px numbers; "steps" ran
        # into the key's words)
        words = VGroup(
            # above the axis: a run whose cost reaches the top ran through it beside the top
            # and right of it (review l, session 13: over the top number, 3.02)
            scene.text("cost", size="small").next_to(roof, UP, buff=0.12).align_to(roof, LEFT),
            scene.text("{cost}", facts={"cost": cost_words(top)}).next_to(high, LEFT, buff=0.1),
            scene.text("{cost}", facts={"cost": "0"}).next_to(corner, LEFT, buff=0.1))
        ticks = [float(c) for c in range(1, int(np.ceil(top))) if top - c > 0.3]
        for cost in ticks:
            y = at(0, cost)
            axes.add(Line(y, y + RIGHT * 0.12, color=t.text, stroke_width=2))
            words.add(scene.text("{cost}", facts={"cost": f"{cost:.0f}"}).next_to(y, LEFT, buff=0.1))
        # the start's cost marked too when a run rose above it (review v2, session 19: "higher
        # than at the start" had to be read from memory), unless a mark is close
        start = float(curves["good"].costs[0])
        self.start_tick = None
        if top - start > 0.15 * top and all(abs(c - start) > 0.15 * top for c in ticks):
            y = at(0, start)
            axes.add(Line(y, y + RIGHT * 0.12, color=t.text, stroke_width=2))
            words.add(scene.text("{cost}", facts={"cost": cost_words(start)}).next_to(y, LEFT, buff=0.1))
            self.start_tick = {"cost": start, "y": float(y[1]), "box": edges(words[-1])}
        # the step axis counts the map's dots, the same moments in every run (review v2, session
        # 19: "the steps axis has no numbers"; steps are counted in training, the next chapter):
        # a tick under each dot, some numbered (dots are the longest run's), "1 dot = N steps" under them
        numbered = []
        if paths is not None:
            moments_ = max((p.steps[1:] for p in paths.values()), key=len)
            for k, step in enumerate(moments_, start=1):
                x = at(step, 0.0)
                axes.add(Line(x, x + DOWN * 0.06, color=t.text, stroke_width=1.5))
                # the first, every tenth, and the last unless a tenth is close before it
                if k == 1 or k % 10 == 0 or (k == len(moments_) and k % 10 > 3):
                    words.add(scene.text("{k}", size="small", facts={"k": k}).next_to(x, DOWN, buff=0.1))
                    numbered.append({"k": k, "step": int(step), "x": float(x[0]), "box": edges(words[-1])})
            # what a dot is, under the numbers (review ab-k2, s23: the comparison rested on dots, never
            # said to be so many steps); it replaces "dots" after the last number, where the boxed end
            # of a run near cost 0 covered it
            words.add(scene.text("1 dot = {n} steps", size="small", facts={"n": dot_every(scene.history)}))
            words[-1].move_to([left + width / 2, bottom - 0.62, 0])
        self.every = words[-1] if paths is not None else None
        self.frame = VGroup(axes, words)
        self.ticks = ticks
        self.lines, self.ends, self.shown, self.dots, self.full, self.drawn_to = {}, {}, {}, {}, {}, {}
        self.at = at
        for label, curve in curves.items():
            points = at(curve.steps, curve.costs)
            # one width; tiny steps' over the huge run's, which stops where tiny steps' cost is
            # about as high (review, session 11: a wide teal bar lay over the white curve)
            self.lines[label] = polyline(points, colours[label], 3)
            self.full[label] = self.lines[label].copy()       # drawn on a share at a time
            self.lines[label].pointwise_become_partial(self.full[label], 0.0, 0.0)
            self.drawn_to[label] = 0                          # the step drawn up to
            if label == "too small":
                self.lines[label].set_z_index(1)
            end = scene.text("{cost}", color=colours[label], facts={"cost": cost_words(curve.final_cost)})
            # a run that ended early: its last cost above its end, and that it stopped there
            # (review, session 11: the huge run's line ended at 864 of 4320 steps, unexplained);
            # a full run's to the right
            early = curve.steps[-1] < last
            written = not (early and label in unread)
            end.next_to(points[-1], RIGHT, buff=0.2)    # its box clear of the last dot's number
            if early:
                # "stopped" under its cost, both above the line's end: narrow, clear of the "every
                # output 0" words at the chart's right (review l, session 13: piled there)
                stop = scene.text("stopped", size="small", color=colours[label])
                end = (VGroup(end, stop).arrange(DOWN, buff=0.04) if written else VGroup(stop))
                end.next_to(points[-1], UP, buff=0.12)
                # clear of the cost axis and its ticks, boxed too (review g2, session 19: boxed,
                # "1.00 stopped" lay over the axis's "2")
                end.shift(RIGHT * max(0.0, left + CHART_CLEAR - end.get_left()[0]))
                # above every line and dot under it (review e2, session 18: "1.00 stopped" sat on
                # the tiny steps' line and the huge run's own dots)
                lift_clear(end, np.vstack([along_line(at(c.steps, c.costs)) for c in curves.values()]))
            self.ends[label] = end
            self.shown[label] = {"steps": curve.steps, "costs": curve.costs, "points": points[:, :2],
                                 "end": cost_words(curve.final_cost) if written else None, "stopped": bool(early),
                                 "end_box": edges(end)}
            # the map's dots on the line too, at the same steps (review_j, session 13: "the same
            # moments" were on the map only); not the start's, where all three lines begin
            self.dots[label] = VGroup()
            if paths is not None:
                path = paths[label]
                at_dots = at(path.steps[1:], path.costs[1:])
                self.dots[label] = VGroup(*(Dot(p, radius=RUN_DOT, color=colours[label]) for p in at_dots))
                self.dots[label].set_z_index(2)
                self.shown[label]["dots"] = {"steps": path.steps[1:], "costs": path.costs[1:],
                                             "points": at_dots[:, :2]}
        self.shown["box"] = {"left": left, "bottom": bottom, "width": width, "height": height, "top_cost": top,
                             "last_step": last, "ticks": ticks, "numbered_dots": numbered, "start_tick": self.start_tick,
                             "cost_word": edges(words[0]), "top_number": edges(words[1])}

    def draw(self, label: str, until: int | None = None) -> AnimationGroup:
        """The run's line drawn on, from where it was drawn up to, to step `until` (its last
        when None), at an even pace in steps (its records are closer together early on: drawn
        by record, it ran ahead of the run's dots on the map), each of its dots as the line
        reaches it, and at the last step its last cost."""
        steps = np.asarray(self.shown[label]["steps"], dtype=float)
        share = np.linspace(0.0, 1.0, len(steps))
        begin = float(self.drawn_to[label])
        end = float(steps[-1] if until is None else until)
        self.drawn_to[label] = end
        line, full = self.lines[label], self.full[label]

        def by_step(alpha: float) -> float:
            return float(np.interp(begin + alpha * (end - begin), steps, share)) if len(steps) > 1 else alpha

        # each dot as the line reaches its step
        span = max(end - begin, 1e-9)
        dots = [FadeIn(dot, rate_func=lambda a, f=(float(s) - begin) / span: 1.0 if a >= f else 0.0)
                for dot, s in zip(self.dots[label], self.shown[label].get("dots", {}).get("steps", []))
                if begin < s <= end]
        last = [FadeIn(self.ends[label], rate_func=lambda a: min(max((a - 0.85) / 0.15, 0.0), 1.0))] \
            if end >= steps[-1] else []
        return AnimationGroup(UpdateFromAlphaFunc(line, lambda m, a: m.pointwise_become_partial(full, 0.0, by_step(a))),
                              *dots, *last)

    def first(self, label: str) -> AnimationGroup:
        """The run's line to its first dot: the first fall, said for all three at once."""
        dots = self.shown[label].get("dots", {}).get("steps", [])
        return self.draw(label, int(dots[0]) if len(dots) else None)


# --- the chapter ---

def opacity(m) -> float:
    """How opaque `m` is drawn: its most opaque painted part (fill, or stroke where it has one)."""
    return max((max(float(p.get_fill_opacity()), float(p.get_stroke_opacity()) if p.get_stroke_width() > 0 else 0.0)
                for p in m.family_members_with_points()), default=0.0)


class Descent(Chapter):
    name, title = "descent", "Gradient descent"
    pause_after_section = 1.9   # a breath after each new picture (10% quiet or more: 1.5 left digits at 9.7%; 1.7 at
                                # 10.0% once one dial was turned alone, s31; 1.75 at 9.9% with its push said, 1.8 at 9.97%, s35)

    def facts(self) -> dict[str, object]:
        runs = {r.label: r for r in rate_curves(self.history)}
        small, good, big = runs["too small"], runs["good"], runs["too big"]
        runs_ = {r.label: r for r in self.history.learning_rates}
        near = nearest_dot(runs_["too small"], runs_["good"])
        answers = last_answers(self.history, runs_["too big"])
        return {**super().facts(),
                "small_lr": people(small.lr),
                "small_cost": cost_words(small.final_cost),
                "good_lr": people(good.lr), "good_cost": cost_words(good.final_cost),
                "big_lr": people(big.lr), "big_cost": cost_words(big.final_cost),
                "final_cost": cost_words(self.history.final.cost),
                "big_right": means_words(self.history, answers, big.final_cost < big.costs[0]),
                "big_drop": drop_words(big),
                "big_lesson": too_big_lesson(too_big_story(big, good), big, good)[0],
                "big_than": too_big_than(big, good),
                "good_then": cost_words(ours_when_stopped(big, good)[1]),
                # the strip's steps against ours, said as they are drawn; a dot's steps
                "small_times": times(good.lr, small.lr), "big_times": times(big.lr, good.lr),
                "dot_steps": dot_every(self.history),
                # no step counts (training defines steps): the dot of ours tiny steps reach
                "near_dot": f"the {nth(near)} dot",
                # every number a point of the map sets: the dials and one head start per neuron
                "n_ways": landscape.flat(self.history.snapshots[0]).size,
                # the map's three moments, said as their labels come ("start: right 51%"; s37 review:
                # tiny's labels were never said, its huge run's "higher than at the start" fell flat)
                **{f"{name}_right": said_right(right_at(self.history, k))
                   for name, k in moments(self.history, landscape.plane_of(self.history))},
                "n_gauges": count_words(min(GAUGES, int(super().facts()["n_weights"]))).capitalize()}

    def construct(self) -> None:
        # the term is named when the walk is shown ("... is called gradient descent")
        drawn = cost_landscape(self.history)
        view = upright(self.history, drawn)
        self.show(map_flipped=view is not drawn)
        cells, legend, place = self.landscape_map(view)
        # the map in the first frame, with the title (review 9: the map faded in over the first
        # words); its colour bar only as its colour is said (review 1, session 16: numbers and
        # gauges came before the viewer knew what the map was)
        # first the same grid as a landscape with height (review ab2: "hill", "valley" sat on a
        # flat colour map), flattened into the map as "seen from above" is said
        self.relief = self.relief_view(view, cells)
        self.add(self.relief)
        self.heading = self.show_title("Walking downhill")
        self.play_rates(*self.play_landscape(view, cells, legend, place))

    # --- the landscape ---

    def play_landscape(self, view: MapView, cells: VGroup, legend: VGroup, place):
        """The map, the fog and the path; returns what the step sizes' runs are drawn on:
        the map, its start's dot and `place`."""
        self.map_box = (cells.get_corner(DOWN + LEFT), cells.get_corner(UP + RIGHT))
        self.show(map_box=[list(self.map_box[0][:2]), list(self.map_box[1][:2])])
        with self.say("landscape") as tracker:
            axes = self.play_map_parts(view, cells, legend, place, tracker)
            self.pause_after_section -= COUNTS_OUT      # the counts' fade is the beat's end: as long in all
        self.pause_after_section += COUNTS_OUT
        # "picture only two of them" held in the pause, its own slow beat (review v2, session 19:
        # "17 ways, picture only two" came in a run of six stacked lines); then the counts go, the
        # gauges alone on the right as the ring goes right and up
        # the network back under the gauges as the counts go, its four wires lit, while the ring
        # goes right and up: one point, one setting of the network's dials (review g2, session 20:
        # with it cleared away, the map's point was tied to nothing)
        self.play(FadeOut(self.counted), FadeIn(self.net_in), run_time=COUNTS_OUT)
        self.show(counted_out=float(self.renderer.time))
        with self.say("axes") as tracker:
            dots, readings, point_words = axes(tracker)
            self.pause_after_section -= WORDS_OUT       # the words' fade after the glide: the gap as long
        self.pause_after_section += WORDS_OUT
        self.show(map={"a": view.values_a, "b": view.values_b, "costs": view.costs, "path": view.path,
                       "off": view.off, "middle": view.plane.middle})

        points, lr = self.fog_walk(view)
        slopes = [(-landscape.slope(self.history, view.plane, *p)).tolist() for p in points]
        costs = map_costs(self.history, view, points)
        # the map's words and arrows out before the fog's words start (review 5, session 16: the
        # picture came seconds after the words at each new scene)
        # the ring glides back to the start (it goes as the ball comes) with the moments' words
        # and the gauges' heading still on, then the rest goes (ab2-k2, s27, 54 s: caught
        # mid-glide with every word gone, the gauges read odd values with nothing saying where)
        point_words.remove(self.gauges["ring"])
        self.gauges_back()
        begun = float(self.renderer.time)
        self.play(FadeOut(VGroup(*readings)), FadeOut(point_words), FadeOut(self.net_back), run_time=WORDS_OUT)
        self.show(map_words_out={"from": begun, "to": float(self.renderer.time)})
        self.show(net_back={"in": self.shown["counted_out"], "out": float(self.renderer.time)})
        with self.say("fog") as tracker:
            ball, fog, footprints = self.play_fog(view, cells, place, points, slopes, costs, tracker, dots)
            # the fog lifts in this pause, before "The fog lifts" (play_path): the pause as long in all
            self.pause_after_section -= FOG_LIFT
        self.pause_after_section += FOG_LIFT
        self.show(slopes=[{"at": p, "nudge": s, "cost": c} for p, s, c in zip(points, slopes, costs)], fog_lr=lr)

        self.play_path(view, cells, place, ball, fog, footprints, dots)
        # the key's other rows and the reading were faded out already: faded again, they came back
        self.play(FadeOut(VGroup(cells, legend, ball, dots, self.key[0], self.path_left)), run_time=0.5)
        self.show(map_out_at=float(self.renderer.time))
        return view, cells, dots[0], place

    def play_map_parts(self, view: MapView, cells: VGroup, legend: VGroup, place, tracker):
        """What the map is, one thing at a time, each as its words start (review 1, session 16:
        counts and gauges came before the viewer knew what the map was): its contour lines
        drawn on; one point of it (a white ring, the one walker) is one setting of the dials;
        its colour is the cost there (the colour bar comes in, the ring's cost read, then read
        again where training ended, the ring gliding there); four real dials as gauges, turning
        as the ring glides back; only then the counts (dials and head starts, the ways to move)
        and the map as two of them (outlined); going right and going up (arrows, the ring
        gliding along each); the three real moments, a big dot each with its name and cost.
        Returns the dots (left on the map), their words and everything else said about the map
        (words, arrows), faded out when the fog comes."""
        t = self.theme
        facts = self.facts()
        self.play_relief(tracker, cells)
        # the map's lines drawn on under the first words (review, session 11: 9 s still)
        # the words beside the map, top to bottom in the order they are said; the gauges between
        # each line only while it is said (review v2, session 19: six lines stacked up on the right;
        # "its colour: the cost there" only repeated the words, the bar and its readings show it)
        column = VGroup(self.text("one point = one setting of all the dials", size="small"),
                        # init counts the lines' dials only; the map moves the neurons' head starts
                        # too (forward's word), both counted (review, session 11: 1184 or 1210?);
                        # short: with "one per neuron" it ran off the frame; plain words, no
                        # "head starts" (reviews ab, session 24: jargon to three of four)
                        self.text("{n} on wires + {m} in neurons", size="small",
                                  facts={"n": facts["n_weights"], "m": facts["n_neurons"]}),
                        self.text("{dials} + {starts} = {n} ways to move:", size="small",
                                  facts={"dials": facts["n_weights"], "starts": facts["n_neurons"], "n": facts["n_ways"]}),
                        # two lines: the map's 2 ways are not 2 of the dials (review ab-k2 r2, s26:
                        # "shows only 2 of them" read as "the map shows 2 of the dials")
                        VGroup(self.text("this map shows just 2 ways,", size="small"),
                               self.text("each turning many dials at once", size="small"))
                        .arrange(DOWN, aligned_edge=LEFT, buff=0.08))
        # the ring at the map's high ground, then where training ended: every value the gauges
        # show is one the run's own path passes or a point between (review w, session 14)
        n_a, n_b = view.costs.shape

        end = view.path[-1]
        # the ring first stands on the run's real start (review 11b, session 16: a demo point,
        # "cost here: 4.93", then "start: cost 3.02" elsewhere, read as the start moving)
        spots = [{"at": [float(v) for v in view.path[0]], "cost": map_costs(self.history, view, view.path[:1])[0]},
                 {"at": [float(v) for v in end], "cost": map_costs(self.history, view, view.path[-1:])[0]}]
        # right of the start, then up: straight along the map's two ways from where the ring stands
        (a0, a1), (b0, b1) = view.values_a[[0, -1]], view.values_b[[0, -1]]
        go_a = float(min(max(view.values_a[3 * n_a // 5], spots[0]["at"][0] + 0.25 * (a1 - a0)), a1))
        go_b = float(min(max(view.values_b[3 * n_b // 5], spots[0]["at"][1] + 0.25 * (b1 - b0)), b1))
        glide = [{"at": [go_a, spots[0]["at"][1]]}, {"at": [go_a, go_b]}]
        # the network, small, under the gauges: each gauge's wire white, a dashed line from it to
        # its gauge; a head start, one per neuron, a dot on it as they are counted (review 11b/11c,
        # session 16: the gauges were tied to nothing, "26 head starts" shown nowhere)
        net = network_picture(self.history, self.history.snapshots[0], named=False, width=NET_SIZE[0],
                              height=NET_SIZE[1], max_drawn=NET_DRAWN)
        net.edge_groups.set_stroke(opacity=0.35)
        sizes = list(net.sizes)
        drawn = drawn_wires(sizes, [net.shown_indices(k) for k in range(len(sizes))])
        honest = drawn & tilt_is_its_own(self.history, view.plane)[:len(drawn)]
        dials = gauge_dials(view.plane, int(facts["n_weights"]),
                            allowed=honest if np.count_nonzero(honest) >= GAUGES else drawn)
        # the gauges in the order of their wires, left to right: the lines from wire to gauge
        # cross as little as they can
        dials.sort(key=lambda i: tuple(net.edge_line(*wire_of(sizes, i)).get_center()[:2] * [1, -1]))
        named = [{"at": [float(v) for v in view.path[k]]} for _, k in moments(self.history, view.plane)]
        span = gauge_span(np.array([view.plane.dials(*p["at"])[dials] for p in spots + glide + named]))
        # the gauges first read where the ring stands when they come in: the start (review ab2:
        # they came in at the end's trained values, then the ring went to the start unsaid)
        row = self.gauge_row(view.plane.dials(*spots[0]["at"])[dials], span)
        gauge_words = self.text("{k} of the dials, at the white circle:", size="small", facts={"k": len(dials)})
        # what a needle's side means, keyed once, in its colours (review ab2: red and blue, and
        # later the tilt arrows' left and right, were never explained)
        gauge_key = VGroup(self.text("needle left: below 0", size="small", color=t.negative),
                           self.text("needle right: above 0", size="small", color=t.positive)).arrange(RIGHT, buff=0.3)
        # above the needles: the dashed lines from the wires reach the numbers under them
        gauges = VGroup(gauge_words, gauge_key, row).arrange(DOWN, aligned_edge=LEFT, buff=0.2)
        gauge_key.shift(UP * 0.08)
        # the point's words at the top, gone before the gauges come there; the sum in the count's place
        stack = VGroup(gauges, net, column[1], column[3])
        stack.arrange(DOWN, aligned_edge=LEFT, buff=0.12)
        stack[2:].shift(DOWN * 0.2)
        stack.move_to(self.key_corner, aligned_edge=UP + LEFT)
        column[0].move_to(self.key_corner, aligned_edge=UP + LEFT)
        column[2].move_to(column[1], aligned_edge=LEFT)
        net.align_to(row, LEFT)
        self.show(map_words=edges(VGroup(stack, column)))
        # more real dials, small, under the network while the ring goes right and up: each turns
        # its own way (review ab-k2 r2, s26: "every dial turns" said while four gauges moved)
        more_dials = other_dials(view.plane, dials)
        more_span = gauge_span(np.array([view.plane.dials(*p["at"])[more_dials] for p in spots + glide + named]))
        more = self.more_gauges(view.plane.dials(*spots[0]["at"])[more_dials], more_span,
                                {"k": len(more_dials), "n": facts["n_ways"]},
                                every=len(more_dials) + len(dials) >= int(facts["n_ways"]))
        more.next_to(net, DOWN, aligned_edge=LEFT, buff=0.35)
        wires, leaders = VGroup(), VGroup()
        for g, i in zip(row, dials):
            wire = net.edge_line(*wire_of(sizes, i))
            wire.set_stroke(color=t.focus, width=4, opacity=1.0)
            wires.add(wire)
            leaders.add(DashedLine(wire.get_center(), g[4].get_bottom() + DOWN * 0.04, color=t.focus,
                                   stroke_width=1.5, dash_length=0.06))
        heads = VGroup(*(Dot(n.get_center(), radius=max(0.05, 0.6 * n.width / 2), color=t.text)
                         for k in range(1, len(sizes)) for n in net.neurons(k)))
        self.show(gauge_wires={"dials": dials, "wires": [wire_of(sizes, i) for i in dials],
                               "ends": [[[float(v) for v in w.get_start()[:2]], [float(v) for v in w.get_end()[:2]]]
                                        for w in wires],
                               "leaders": [[[float(v) for v in d.get_start()[:2]], [float(v) for v in d.get_end()[:2]]]
                                           for d in leaders],
                               "gauges": [[float(v) for v in g[0].get_arc_center()[:2]] for g in row],
                               "heads": len(heads), "drawn_neurons": sum(len(net.neurons(k)) for k in range(1, len(sizes)))})
        turns, more_turns = [], []       # the second: each glide's end with the other dials' strip on screen

        def turn(ring_, frm: dict, to: dict, run_time: float, *also, log: list | None = None, wire: bool = True) -> None:
            """The ring glides from `frm` to `to`, the gauges' needles turning with it, their
            numbers counting along: the map is flat, so every point between is a real setting
            (review n, session 14: the numbers faded out mid-glide, and read as flicker)."""
            now = view.plane.dials(*frm["at"])[dials]
            then = view.plane.dials(*to["at"])[dials]
            here, there = place(frm["at"]), place(to["at"])
            # in short pieces, each number set (a new Text) between two plays: one drawn
            # mid-play stayed over the old one; the last piece ends on the exact values
            # (a piece is whole frames: at 3 fps, 5 pieces of 0.12 s took 1.7 s)
            pieces = max(1, min(TURN_PIECES, int(run_time * config.frame_rate / 3)))
            shares = [ease(k / pieces) for k in range(pieces + 1)]
            counted = []
            # the other dials' small gauges too, when on screen (review ab-k2 r2, s26: "every dial
            # turns" was said while only four gauges moved)
            wired = wire and any(more in m.get_family() for m in self.mobjects)
            more_now, more_then = view.plane.dials(*frm["at"])[more_dials], view.plane.dials(*to["at"])[more_dials]
            for k, (a0, a1) in enumerate(zip(shares, shares[1:])):
                # the number at the piece's middle: half a piece ahead of its needle at most
                values = then if k == pieces - 1 else now + (then - now) * (a0 + a1) / 2
                counted.append([float(v) for v in values])
                for g, value in zip(row, values):
                    g.submobjects[4] = self.gauge_number(g, float(value))

                def update(_m, a: float, a0=a0, a1=a1) -> None:
                    for g, v0, v1 in zip(row, now, then):
                        self.set_needle(g, v0 + (v1 - v0) * (a0 + (a1 - a0) * a), span)
                def turn_more(_m, a: float, a0=a0, a1=a1) -> None:
                    for g, v0, v1 in zip(more[1], more_now, more_then):
                        self.set_needle(g, v0 + (v1 - v0) * (a0 + (a1 - a0) * a), more_span)
                wires_ = [UpdateFromAlphaFunc(more[1], turn_more)] if wired else []
                self.play(ring_.animate.move_to(here + (there - here) * a1), UpdateFromAlphaFunc(row, update),
                          *wires_, *(also if k == 0 else ()), run_time=run_time / pieces, rate_func=linear)
            more_needles = [float(g[2].get_angle()) for g in more[1]] if wired else None
            if wired and log is None:
                more_turns.append({"to": [float(v) for v in to["at"]], "t": float(self.renderer.time),
                                   "needles": more_needles})
            (turns if log is None else log).append({"from": frm["at"], "to": to["at"], "values": [float(v) for v in then],
                          "needles": [float(g[2].get_angle()) for g in row], "t": float(self.renderer.time),
                          "counted": counted, "more_needles": more_needles})
        # one point: the ring, the one walker on the map, and its words, whole by "Each point"
        # (review n, session 14: said over the bare map)
        self.wait_before(tracker, "point", 0.8)
        # the ring is the start's, carried down from the landscape: the same point, now one setting
        ring = self.start_mark[0].move_to(place(spots[0]["at"])).set_z_index(0)
        self.add(ring)              # over the map's colours (added after it), as the walker was
        self.play(FadeIn(column[0]), FadeOut(self.valley[0]), run_time=0.6)   # the words went in the move
        # its colour: the colour bar comes in, the ring's cost read, each reading whole before
        # its words (review p, session 14: "cost here: 0.02" was caught half faded in)
        self.wait_before(tracker, "colour", 1.0)     # whole a second before (review u2: caught late)

        def reading(spot: dict, other: dict) -> VGroup:
            """The cost where a ring stands, above or below it, away from the other ring (review
            3, session 16: "cost here: 4.93" sat above its ring, where the other glided past)."""
            words = self.text("cost here: {cost}", size="small", facts={"cost": cost_words(spot["cost"])})
            words.add_background_rectangle(color=t.background, opacity=0.85, buff=0.06)
            own, far = Circle(radius=0.2).move_to(place(spot["at"])), Circle(radius=0.2).move_to(place(other["at"]))
            side = DOWN if far.get_y() > own.get_y() else UP
            label_moment(words, own, side, inset(cells, 0.15), avoid=[far], buff=0.12)
            return words
        high_words = reading(spots[0], spots[1])
        self.play(FadeIn(legend), FadeIn(high_words), FadeOut(column[0]), run_time=FADE)
        self.show(point_words_out=float(self.renderer.time))
        full = [float(self.renderer.time)]
        # the high ground's reading stays, ringed, as the ring glides to where training ended
        # (review, session 12: the high spot's reading was up under a second, "never labelled")
        left_ring = ring.copy()
        self.add(left_ring)
        # quickly: the low ground's reading whole before "grey low" is said
        self.play(ring.animate.move_to(place(spots[1]["at"])), run_time=0.8)
        here = reading(spots[1], spots[0])
        self.play(FadeIn(here), run_time=FADE)
        full.append(float(self.renderer.time))
        self.show(map_points=spots, map_readings_full=full,
                  map_readings=[{"box": edges(w), "ring": [float(v) for v in place(s["at"])[:2]]}
                                for w, s in zip((high_words, here), spots)],
                  map_glide=[[float(v) for v in place(s["at"])[:2]] for s in spots])
        self.wait_before(tracker, "bar", 0.3)
        # the ring back on the start as the bar is pointed at, the readings out: the gauges to
        # come read the start (review ab2: they came in at the end's trained dials, and the ring
        # then went back to the start unsaid)
        self.play(Indicate(legend, color=None, scale_factor=1.15), FadeOut(here), FadeOut(high_words),
                  ring.animate.move_to(left_ring), run_time=0.8)
        self.remove(left_ring)
        # four real dials, at the ring (the start), then turning as it glides
        self.wait_before(tracker, "gauges", LEAD)
        self.show(gauges_in={"t": float(self.renderer.time), "ring": [float(v) for v in ring.get_center()[:2]],
                             "key": [w.original_text for w in gauge_key], "key_at": float(self.renderer.time),
                             "key_colours": [w.get_color().to_hex() for w in gauge_key]})
        self.play(FadeIn(gauges), FadeIn(net), run_time=0.5)
        self.wait_before(tracker, "wires", 0.3)
        self.show(wires_at=float(self.renderer.time))       # as they start to be drawn on
        self.play(Create(wires), Create(leaders), run_time=0.6)
        self.wait_before(tracker, "walk", 0.2)
        # to where training ended and back to the start, the needles turning to the trained dials
        # and back (the turns right and up start from the start)
        glide_time = max(0.7, min(1.2, (tracker.time_until_bookmark("count") - 0.8) / 2))
        turn(ring, spots[0], spots[1], glide_time)
        turn(ring, spots[1], spots[0], glide_time)
        # the counts, each as it is said, then the map as two of the ways (outlined)
        self.wait_before(tracker, "count", LEAD)
        # every wire is a dial: all of them brighten as they are counted
        self.play(FadeIn(column[1]), run_time=FADE)
        self.play(net.edge_groups.animate(rate_func=there_and_back).set_stroke(opacity=1.0), run_time=0.8)
        self.wait_before(tracker, "heads", 0.3)
        # counted where every neuron is drawn: a number by each, one after another (s28 ab2-t1:
        # tiny's "5 more, one inside each neuron" read only in the count's small words)
        drawn_neurons = [n for k in range(1, len(sizes)) for n in net.neurons(k)]
        numbers = VGroup()
        if len(drawn_neurons) == int(facts["n_neurons"]):
            for i, n in enumerate(drawn_neurons, start=1):
                number = self.text("{i}", size="small", facts={"i": i})
                number.add_background_rectangle(color=t.background, opacity=0.85, buff=0.03)
                number.next_to(n, RIGHT, buff=0.05)     # beside it: above-right, "2" sat between two neurons
                numbers.add(number)
        self.play(FadeIn(heads, scale=1.8), run_time=0.5)
        self.show(heads_at=float(self.renderer.time))
        if len(numbers):
            self.play(Succession(*(FadeIn(m, run_time=0.12) for m in numbers)), run_time=0.12 * len(numbers))
        self.show(heads_counted_at=float(self.renderer.time),
                  heads_counted=[{"text": m.original_text, "at": [float(v) for v in m.get_center()[:2]],
                                  "neuron": [float(v) for v in n.get_center()[:2]]} for m, n in zip(numbers, drawn_neurons)])
        self.wait_before(tracker, "ways", LEAD)
        # the sum in the count's place: one line of numbers at a time
        self.play(ReplacementTransform(column[1], column[2]), run_time=FADE)
        self.wait_before(tracker, "two", 1.3)     # whole before "Picture only two" (review h2: caught dim)
        outline = Rectangle(width=cells.width + 0.12, height=cells.height + 0.12, color=t.focus,
                            stroke_width=4).move_to(cells)
        # the network's part is said: it goes, the sum up into its place, the map outlined as
        # its two ways are named
        to = column[2].copy().move_to(net.get_corner(UP + LEFT) + DOWN * 0.2, aligned_edge=UP + LEFT)
        column[3].next_to(to, DOWN, aligned_edge=LEFT, buff=0.15)
        # the network out first: words faded in over it were caught on its wires
        self.play(FadeOut(VGroup(net, wires, leaders, heads, numbers)), run_time=0.3)
        # the outline faded in whole (drawn on, its first stroke read as a stray bar under the title)
        self.play(column[2].animate.move_to(to), FadeIn(column[3]), FadeIn(outline), run_time=0.5)
        self.show(two_at=float(self.renderer.time))
        # "each turning many dials at once" shown, not only said (s29 ab-tb r2, 33-39 s: a still
        # frame under it): the other dials' small gauges in under the words, and the ring glides
        # a real mix of the map's two ways and back, every needle on screen turning at once
        self.wait_before(tracker, "many", 0.6)
        self.play(FadeIn(more), run_time=0.4)
        more_in = float(self.renderer.time)
        many: list = []
        many_time = max(0.8, min(1.3, (tracker.get_remaining_duration() - 0.2) / 2))
        turn(ring, spots[0], glide[1], many_time, log=many)
        turn(ring, glide[1], spots[0], many_time, log=many)
        self.show(many_dials={"t": float(self.renderer.time), "more_in": more_in, "turns": many,
                              "more": more_dials, "more_span": more_span})
        self.counted = VGroup(column[2], column[3])
        self.net_in = VGroup(net, wires, leaders)       # the other dials' gauges are in already
        self.net_back = VGroup(net, wires, leaders, more)

        def axes(tracker):
            """Going right and going up (arrows along the map's foot and left side, each labelled
            while it is said, the ring gliding along each, only the gauges beside it); the three
            real moments, a big dot each with its name and cost. Returns the dots, their words and
            the rest said about the map, faded out when the fog comes."""
            # the map's two ways: arrows along its foot and its left side (review, session 11: the axes
            # were unlabelled; a point could not be 1210 settings), the ring gliding along each
            self.wait_before(tracker, "axes", 0.3)
            low, high = cells.get_corner(DOWN + LEFT) + np.array([0.3, 0.3, 0]), cells.get_corner(UP + RIGHT) - np.array([0.3, 0.3, 0])
            right = Arrow(low, [high[0], low[1], 0], buff=0, color=t.text, stroke_width=5, max_tip_length_to_length_ratio=0.05)
            right_words = self.text("one way to change all the dials together", size="small")
            right_words.add_background_rectangle(color=t.background, opacity=0.85, buff=0.06)
            right_words.next_to(right, UP, buff=0.1).align_to(right, RIGHT)    # clear of the up arrow
            up = Arrow(low, [low[0], high[1], 0], buff=0, color=t.text, stroke_width=5, max_tip_length_to_length_ratio=0.05)
            up_words = self.text("another way", size="small")
            up_words.add_background_rectangle(color=t.background, opacity=0.85, buff=0.06)
            up_words.next_to(up.get_end(), RIGHT, buff=0.15).align_to(up.get_end(), UP)
            turn(ring, spots[0], glide[0], max(1.0, min(2.0, tracker.time_until_bookmark("up") - 0.1)),
                 GrowArrow(right), FadeIn(right_words))
            self.wait_before(tracker, "up", 0.3)
            self.show(right_words_out=float(self.renderer.time))
            turn(ring, glide[0], glide[1], max(1.0, min(1.6, tracker.time_until_bookmark("start") - 0.1)),
                 GrowArrow(up), FadeIn(up_words), FadeOut(right_words))    # each way's words only as it is said
            self.show(net_on_going_up=all(any(part in m.get_family() for m in self.mobjects) for part in self.net_back))   # the network under the gauges, its parts
            self.show(map_axes={"right": [list(right.get_start()[:2]), list(right.get_end()[:2])],
                                "up": [list(up.get_start()[:2]), list(up.get_end()[:2])]})
            dots, readings, shown, last = VGroup(), [], [], glide[1]
            # inside the map, clear of its edges and of the up arrow (review, session 11: the end's
            # words ran to the map's edge)
            clear = Rectangle(width=cells.width - 0.15 - (up.get_x() - cells.get_left()[0] + 0.15),
                              height=cells.height - 0.3)
            clear.move_to(cells).align_to(cells.get_right() + LEFT * 0.15, RIGHT)
            # every moment's dot, so no reading covers a dot not shown yet
            moment_dots = [Dot(place(view.path[k]), radius=MOMENT_DOT) for _, k in moments(self.history, view.plane)]
            for name, k in moments(self.history, view.plane):
                self.wait_before(tracker, name, 0.3)      # the dot in as it is named
                at, cost = view.path[k], map_costs(self.history, view, view.path[k:k + 1])[0]
                dot = Dot(place(at), radius=MOMENT_DOT, color=t.text, stroke_color=t.background, stroke_width=3)
                share = right_at(self.history, k)      # (`right` is the arrow along the map's foot)
                words = self.text(MOMENT_WORDS[name], facts={"percent": percent(share)})
                words.add_background_rectangle(color=t.background, opacity=0.85, buff=0.06)
                # the middle's words above it, the start's and the end's below: the three dots are close;
                # clear of the map's edge (review, session 11: the end's words ran to its edge)
                label_moment(words, dot, UP if name == "middle" else DOWN, clear, avoid=[*moment_dots, *readings])
                gone = [FadeOut(outline), FadeOut(up_words)] if name == "start" else []
                # quickly: a slow fade was seen as a ghost of the words (review, session 11); the
                # ring glides onto the dot, the gauges turning to that moment's real dials
                turn(ring, last, named[len(dots)], 0.6, FadeIn(dot, scale=1.6), FadeIn(words), *gone)
                last = named[len(dots)]
                dots.add(dot)
                readings.append(words)
                shown.append({"label": name, "snapshot": k, "step": self.history.snapshots[k].step,
                              "at": at, "cost": cost, "right": share})
            self.show(moments=shown, moments_at=[[float(v) for v in d.get_center()[:2]] for d in dots],
                      more_gauges={"dials": more_dials, "span": more_span, "turns": more_turns,
                                   "box": edges(more), "net": edges(net), "t": self.shown["counted_out"]})
            self.show(gauges={"dials": dials, "span": span, "start": spots[0]["at"],
                              "first": [float(v) for v in view.plane.dials(*spots[0]["at"])[dials]], "turns": turns,
                              "box": [list(gauges.get_corner(DOWN + LEFT)[:2]), list(gauges.get_corner(UP + RIGHT)[:2])]})
            # the gauges stay into the fog: the gradient is every dial's tilt (review 11b, session 16)
            self.gauges = {"group": gauges, "row": row, "span": span, "dials": dials, "key": gauge_key, "ring": ring}
            # after the words, the ring glides back from the end onto the start, the gauges turning
            # back to the start's dials, where the fog's walk begins (review e2/u2, session 18: they
            # showed the end's dials as the fog came, then snapped to the start's)
            back: list = []
            self.gauges_back = lambda *also: (turn(ring, last, named[0], 0.7, *also, log=back, wire=False), self.show(gauges_back=back))
            # what is left of the map's words goes as the fog comes (the rest went as they were said)
            # (one faded out again comes back for the fade)
            return dots, readings, VGroup(gauge_words, ring, right, up)
        return axes

    def play_path(self, view: MapView, cells: VGroup, place, ball: Dot, fog: VMobject, footprints: VGroup,
                  dots: VGroup) -> None:
        """The fog lifts; back at the start (said: review, session 11, the ball jumped back
        unexplained), where training took the dials is drawn (yellow, like the ball), every snapshot
        where it is closest on the map; at the end, the map's cost there, which is the run's
        real final cost (the only cost the ball reads: it is the run's own)."""
        t = self.theme
        end_cost = map_costs(self.history, view, view.path[-1:])[0]
        stops = path_stops(len(view.path))
        # the fog lifts, and the term's tag on it goes, just before "The fog lifts" (review l,
        # session 13: still fogged as it was said, the tag over the path)
        tag = footprints[-1]
        footprints.remove(tag)
        # the four gauges stay, read at the run's real snapshots as the ball rides the path
        # (review, session 22: they went as the fog lifted; the path turned no dial): the
        # history's own dials, not the map's (the path leaves the flat slice), to one range for
        # the whole run
        gauges = self.fog_dials
        row, dials = gauges["row"], self.gauges["dials"]
        real = np.array([landscape.flat(s)[dials] for s in self.history.snapshots])
        span = gauge_span(real)
        # under the words why the path bends and the end's cost, to come (review: "cost here" was
        # drawn over the gauges' words)
        # why the path bends, a line as each part is said (review, session 11, its ONE change:
        # one short sentence left a newcomer thinking the walk went the wrong way): every step
        # went downhill in all the ways the dials move (the map's two were said at the start)
        facts = {"n": self.facts()["n_ways"]}
        # (session 12: the path not crossing the contours square read as a contradiction: the
        # map is a flat slice, the path leaves it, so its shadow on the map bends)
        why_words = [mark("every step: the steepest way down"), mark("in all {n} ways to move"),
                     mark("seen in only 2 ways: the path bends")]

        def why_at(size: str) -> VGroup:
            why = VGroup(*(self.text(w, size=size, facts=facts) for w in why_words))
            return why.arrange(DOWN, aligned_edge=LEFT, buff=0.15).next_to(self.key[0], DOWN, aligned_edge=LEFT,
                                                                         buff=0.4)
        why = why_at("label")
        if why.get_right()[0] > config.frame_width / 2 - 0.2:     # a long count: the small size
            why = why_at("small")
        here = self.ball_reading(end_cost).next_to(why, DOWN, aligned_edge=LEFT, buff=0.3)
        label = self.text("{k} of the dials, where the yellow dot is:", size="small", facts={"k": len(dials)})
        label.next_to(here, DOWN, aligned_edge=LEFT, buff=0.4)
        moved = label.get_corner(DOWN + LEFT) + DOWN * 0.2 - row.get_corner(UP + LEFT)
        # the gauges' numbers and the needles' key back (the fog showed the dials and arrows only)
        news = [self.gauge_number(g, float(v)).shift(moved) for g, v in zip(row, real[0])]
        key_to = np.array([row.get_left()[0] + moved[0], min(m.get_bottom()[1] for m in news) - 0.25, 0.0])
        gauges["key"].move_to(key_to, aligned_edge=UP + LEFT)
        was = np.asarray(gauges["values"], float) / gauges["span"]

        gone = [0.0]

        def back(_m, a: float) -> None:
            """The gauges down under the path's words, their needles from the fog walk's last
            point to the run's real start, to the new range."""
            row.shift(moved * (a - gone[0]))
            gone[0] = a
            for g, v0, v1 in zip(row, was, real[0] / span):
                self.set_needle(g, float(v0 + (v1 - v0) * a), 1.0)
        half = {"rate_func": lambda a: ease(min(a / 0.5, 1.0))}
        late = {"rate_func": lambda a: ease(min(max((a - 0.5) / 0.5, 0.0), 1.0))}
        # the ball back at the start as the fog lifts, before "Back at the start" is said (review
        # 11b, session 16: said while it was half-way back)
        self.play(FadeOut(fog), FadeOut(self.fog_words), FadeOut(tag), FadeIn(dots), FadeOut(footprints), FadeOut(self.fog_gauges),
                  FadeOut(gauges["words"], **half), FadeIn(label, **late),
                  *(FadeIn(m, **late) for m in news), UpdateFromAlphaFunc(row, back),
                  # the needles' key under them, where the tilt arrows were
                  FadeIn(gauges["key"], **late),
                  ball.animate.move_to(place(view.path[0])), run_time=FOG_LIFT)
        self.remove(*news)
        for g, m in zip(row, news):
            g.submobjects[4] = m
        ball.set_z_index(1)
        path_gauges = [{"k": 0, "t": float(self.renderer.time), "numbers": [m.original_text for m in news],
                        "angles": [float(g[2].get_angle()) for g in row], "at": 0.0}]

        def draw(line: VMobject, full: VMobject, a: int, b: int, s0: float, s1: float, run_time: float, *also) -> None:
            """`line` (the path from snapshot a to b) drawn on from share s0 to s1, the ball on
            its tip and the needles in step with it (between snapshots, as the line), in pieces
            of at most 0.6 s, each gauge's number the real snapshot's nearest the piece's middle
            (a new Text a piece); `also` with the first piece."""
            cuts, times = frame_pieces(run_time)
            for p, piece in enumerate(times):
                c0, c1 = s0 + (s1 - s0) * cuts[p], s0 + (s1 - s0) * cuts[p + 1]
                k = int(round(a + (b - a) * (c0 + c1) / 2))
                for g, value in zip(row, real[k]):
                    g.submobjects[4] = self.gauge_number(g, float(value))

                def turn(_m, alpha: float, c0=c0, c1=c1) -> None:
                    at = a + (b - a) * (c0 + (c1 - c0) * alpha)
                    for i, g in enumerate(row):
                        self.set_needle(g, float(np.interp(at, np.arange(len(real)), real[:, i])), span)
                self.play(drawn_between(line, full, c0, c1), UpdateFromFunc(ball, lambda m: m.move_to(line.get_end())),
                          UpdateFromAlphaFunc(row, turn), *(also if p == 0 else ()), run_time=piece, rate_func=linear)
                path_gauges.append({"k": k, "t": float(self.renderer.time), "at": float(a + (b - a) * c1),
                                    "numbers": [g[4].original_text for g in row],
                                    "angles": [float(g[2].get_angle()) for g in row]})
        self.show(fog_tilts_out=float(self.renderer.time))
        self.show(fog_lifted_at=float(self.renderer.time), ball_back_at=float(self.renderer.time),
                  ball_back=[float(v) for v in ball.get_center()[:2]])
        with self.say("path") as tracker:
            pending = [("bends", [FadeIn(why[0])]), ("ways", [FadeIn(why[1])]), ("shadow", [FadeIn(why[2])])]
            self.wait_before(tracker, "real", 0.3)      # the ball is back at the start already
            beat = min(1.6, max(0.4, (tracker.time_until_bookmark("end") - 1.0) / max(len(stops) - 1, 1)))
            lines = VGroup()
            for a, b in zip(stops, stops[1:]):
                line = polyline(np.array([place(p) for p in view.path[a:b + 1]]), t.highlight, 3)
                full = line.copy()
                line.pointwise_become_partial(full, 0.0, 0.0)
                lines.add(line)
                # the ball rides the tip of the line as it draws; a line why it bends comes in
                # with its words: the beat is cut where they begin (0.3 s before), the line drawn
                # on in both parts (a beat is up to 1.6 s: faded in from its start, it came early)
                done = 0.0
                while pending and tracker.time_until_bookmark(pending[0][0]) < beat - done + 0.4:
                    # whole as its words start (review h2, session 21: 0.3 s ahead, caught dim)
                    cut = max(tracker.time_until_bookmark(pending[0][0]) - 0.7, 0.0)
                    if cut > 0.05:
                        draw(line, full, a, b, done / beat, (done + cut) / beat, cut)
                        done += cut
                    draw(line, full, a, b, done / beat, min(done + 0.6, beat) / beat, min(0.6, beat - done),
                         *pending.pop(0)[1])
                    done = min(done + 0.6, beat)
                if beat - done > 0.05:
                    draw(line, full, a, b, done / beat, 1.0, beat - done)
                else:                   # the last sliver at once: every part ends where its line does
                    line.pointwise_become_partial(full, 0.0, 1.0)
                    ball.move_to(line.get_end())
                    for g, value in zip(row, real[b]):
                        self.set_needle(g, float(value), span)
                        g.submobjects[4] = self.gauge_number(g, float(value))
                    path_gauges.append({"k": b, "t": float(self.renderer.time), "at": float(b),
                                        "numbers": [g[4].original_text for g in row],
                                        "angles": [float(g[2].get_angle()) for g in row]})
            # the numbers whole at the run's last dials (a piece's middle may be a snapshot before)
            if [g[4].original_text for g in row] != [f"{float(v):.2f}" for v in real[-1]]:
                for g, value in zip(row, real[-1]):
                    self.set_needle(g, float(value), span)
                    g.submobjects[4] = self.gauge_number(g, float(value))
                path_gauges.append({"k": len(real) - 1, "t": float(self.renderer.time), "at": float(len(real) - 1),
                                    "numbers": [g[4].original_text for g in row],
                                    "angles": [float(g[2].get_angle()) for g in row]})
            for bookmark, anims in pending:
                self.wait_until_bookmark(bookmark)
                self.play(*anims, run_time=0.6)
            self.wait_until_bookmark("end")
            self.play(FadeIn(here), Indicate(ball, color=None, scale_factor=1.4), run_time=0.8)
        self.show(path_end_cost=end_cost, path_why=[w.original_text for w in why],   # the words drawn
                  path_ball_end=[float(v) for v in ball.get_center()[:2]],
                  path_end_dot=[float(v) for v in place(view.path[-1])[:2]])
        # out with the map, all at once (review ab2: the key's words were seen at a quarter
        # brightness beside the map while it stayed)
        self.show(path_gauges={"dials": dials, "span": span, "label": label.original_text, "box": edges(VGroup(label, row)),
                               "key": edges(gauges["key"]), "words": edges(VGroup(why, here)), "steps": path_gauges})
        self.path_left = VGroup(lines, here, why, row, gauges["key"], label)

    def landscape_map(self, view: MapView):
        """The coloured map, its colour key, and `place(pair)`: where a spot sits."""
        t = self.theme
        corner = np.array([-6.6, MAP_SIDE / 2 - 0.05, 0])   # top left of the map: room for the key on the right
        self.map_corner = corner
        colours = ramp(map_ramp(t), BANDS)
        cells, _, cell = map_cells(view.costs, MAP_SIDE, t)
        cells.shift(corner)
        # no contour lines: the key is a plain "high to low" bar (review 11c, session 16: its log
        # scale, "tick to tick: 10 times lower", was hard and its words did not match the voice;
        # no later sentence needs it), and a line nothing names is one more thing to decode
        self.show(map_lines=0)
        # the words and the key beside the map, right of the colour bar
        self.key_corner = np.array([cells.get_right()[0] + KEY_GAP, cells.get_top()[1], 0])
        # at the map's foot: "high cost" sat beside the key's rows (review 9: "7.09the map")
        legend = self.legend(colours).next_to(cells, RIGHT, buff=0.35).align_to(cells, DOWN)
        self.show(bar_box=edges(legend[0]), bar_words=[w.original_text for w in legend[1:]])
        return cells, legend, self.map_place(view, corner)

    def fog_walk(self, view: MapView) -> tuple[np.ndarray, float]:
        """The steps taken in the fog: real steps of gradient descent on the map itself, from
        the start, FOG_STRIDE times the run's own step size (the map's slope is the run's
        gradient read along the map, so a step of the run's size moves lr / |along|^2 map units
        per unit of slope). The points (start included) and the step size in map units."""
        lr = FOG_STRIDE * float(self.history.config["lr"]) / float(view.plane.along @ view.plane.along)
        points, costs = landscape.walk(self.history, view.plane, view.path[0], lr, FOG_STEPS + FOG_MORE)
        return inside_map(points, costs, view)[0], lr

    def play_fog(self, view: MapView, cells: VGroup, place, points: np.ndarray, slopes: list, costs: list[float],
                 tracker, dots: VGroup) -> tuple[Dot, VMobject, VGroup]:
        """Fog over the map but around the ball, which reads the real cost where it stands.
        As the words say it: the slope is felt (an arrow pointing straight down it), named, and
        one step (FOG_STRIDE times the run's own) is taken along it; felt and stepped again; then
        many more steps, quickly ("and so on"), each leaving a footprint; the footprints join
        into "gradient descent". Returns the ball, the fog and the footprints, left on screen."""
        t = self.theme
        # small (review, session 10: the first step, 5 px, hid under a ball and the start's dot)
        ball = Dot(place(points[0]), radius=FOG_BALL, color=t.highlight, stroke_color=t.background, stroke_width=2)
        ball.set_z_index(2)
        fog = self.fog(cells, ball.get_center())
        # the gradient points uphill (white), the step goes the other way (yellow): review,
        # session 10: the arrow down the slope was called "the gradient"
        # the key's marks point the way the map's first arrows do (review 11c, session 16: level
        # arrows in the key, up and down ones on the map)
        (a0, a1), (b0, b1) = view.values_a[[0, -1]], view.values_b[[0, -1]]

        def on_screen(nudge) -> np.ndarray:
            """A direction on the map (a, b) as drawn: the map's square scales each its own way."""
            way = np.array([nudge[0] / (a1 - a0), nudge[1] / (b1 - b0), 0.0])
            return way / (np.linalg.norm(way) or 1.0)
        down0 = on_screen(slopes[0]) if len(slopes) else RIGHT
        self.show(fog_key_down=[float(v) for v in down0[:2]])
        uphill_mark = Arrow(down0 * 0.25, -down0 * 0.25, buff=0, color=t.text, stroke_width=4,
                            max_tip_length_to_length_ratio=0.35)
        arrow_mark = Arrow(-down0 * 0.25, down0 * 0.25, buff=0, color=t.highlight, stroke_width=5,
                           max_tip_length_to_length_ratio=0.35)
        step_mark = Line(-down0 * 0.12, down0 * 0.12, color=t.highlight, stroke_width=5)
        self.key = self.map_key([(Dot(radius=0.1, color=t.highlight), mark("where the dials are"), {}),
                                 (uphill_mark, mark("the gradient: points uphill"), {}),
                                 (arrow_mark, mark("we step the other way, downhill"), {}),
                                 # no size word: the close-up draws the step long (s32: "small" over 0.10 to -0.29)
                                 (step_mark, mark("one step"), {})])
        drawn_arrows, uphill = [], []

        def arrow_at(k: int, sign: float = 1.0, length: float = FOG_ARROW) -> Arrow:
            """From the ball straight down the slope (sign -1: up it, the gradient), one length
            for all (a direction: the step it leads to is the slope times the step size, far
            shorter on this map); `length`: another (the gradient as long as it was put together)."""
            down = on_screen(slopes[k])       # as the step it leads to goes on screen
            (drawn_arrows if sign > 0 else uphill).append({"at": list(points[k]), "toward": list(sign * np.asarray(slopes[k]))})
            tail = place(points[k])
            drawn = Arrow(tail, tail + sign * length * down, buff=0, color=t.highlight if sign > 0 else t.text,
                          stroke_width=6 if sign > 0 else 4, max_tip_length_to_length_ratio=0.35).set_z_index(1)
            # a dark edge: yellow on the orange high ground was all but unseen (review_u, session 13)
            return drawn.set_stroke(color=t.background, width=10, background=True)

        # the ball grows out of the start's dot (review 9: it replaced it with no bridge); the
        # moments' dots go under the fog (training never sees the map), back when it lifts
        # the moments' dots out as the ball grows and the fog and its words come in, whole
        # before "foggy hill" (review p, session 14: three grey dots were seen under the fog,
        # its words dim as they were said)
        fog_words = self.text("fog: the map is hidden", size="small")
        fog_words.add_background_rectangle(color=t.background, opacity=1.0, buff=0.08)   # over the hatching
        fog_words.move_to(cells).align_to(cells, UP).shift(DOWN * 0.25)
        # the fog's steps are FOG_STRIDE times the run's own (at its own, 3 px: unseen); no number
        # reads their size here (both s23 reviews: the tilts' and steps' eight signed numbers, and
        # "steps here: 4 × real ones", buried the gradient under caveats; the step size is said at
        # "How big should each step be?"), only arrows, each step in proportion to its tilt
        # as "standing on a foggy hill" is said, not at "Training is like" (a 7 s still followed)
        self.wait_before(tracker, "fog", 0.6)
        # the gauges below the key, read where the ball stands: the start (the ring brought them
        # back there), reaching just past the walk's values (review e2, session 18: at the whole
        # run's reach, a step turned a needle by 2 px)
        row, dials = self.gauges["row"], self.gauges["dials"]
        walk_dials = np.array([view.plane.dials(*p)[dials] for p in points])
        span = gauge_span(walk_dials)
        # each dial's tilt on the map at every point of the walk: a step against the map's arrow
        # turns each needle against its own tilt arrow (review e2, session 18, its ONE change)
        tilts = np.array([map_tilts(view.plane, -np.asarray(s), dials) for s in slopes])
        biggest = float(np.abs(tilts).max()) or 1.0
        # in the fog the gauges are four dials and their arrows only: their numbers and the
        # needles' key go (s35 review, its single change: eight captions beside the gauges buried
        # "the tilts add up to one arrow; we step against it"); both come back when the fog lifts
        gauge_key = self.gauges["key"]
        numbers = [g[4] for g in row]
        for g in row:
            g.submobjects[4] = VMobject()
        self.add(*numbers)
        # bigger (review g2, session 20, its ONE change: the gradient, four small dials and their
        # few-pixel arrows, was not seen), the tilt arrows and the yellow steps under them
        row_to = row.copy()
        for g in row_to:
            g[:4].scale(FOG_GAUGES, about_point=g[0].get_arc_center())
        for i, (g, value) in enumerate(zip(row_to, walk_dials[0])):
            g[0].set_color(DIAL_COLOURS[i % len(DIAL_COLOURS)])
            self.set_needle(g, float(value), span)
        # (0.25 apart, digits' fourth gauge was cut by the frame's right edge: s32 reviews)
        row_to.arrange(RIGHT, buff=FOG_GAUGE_GAP, aligned_edge=DOWN)
        row_to.next_to(self.key, DOWN, buff=0.9).align_to(self.key[0], LEFT)   # the key's lines may stand further left
        # the arrows' row named with the chapter's own term, just under the arrows to come
        tilt_words = self.text("uphill tilt", size="small")
        tilt_words.move_to([row_to.get_center()[0], row_to[0][0].get_arc_center()[1] - TILT_BELOW[0], 0.0])
        tilt_words.shift(DOWN * (0.2 + tilt_words.height / 2))
        self.play(ReplacementTransform(dots[0].copy(), ball), FadeIn(self.key[0]), FadeOut(dots), FadeIn(fog),
                  FadeOut(self.gauges["ring"]), FadeIn(fog_words), Transform(row, row_to), FadeOut(gauge_key),
                  *(FadeOut(n) for n in numbers), run_time=0.5)
        self.show(fog_in={"dots_out": float(self.renderer.time), "full": float(self.renderer.time), "gauges": edges(row_to),
                          "numbers": [self.seen(n) for n in numbers], "needle_key": self.seen(gauge_key)})
        needles = []       # the gauges at every point the ball stands on, as drawn

        def note(k: int) -> None:
            needles.append({"k": k, "values": [float(v) for v in walk_dials[k]], "t": float(self.renderer.time),
                            "angles": [float(g[2].get_angle()) for g in row],
                            "tilts": [float(v) for v in shown_tilt]})

        def turning(k0: float, k1: float) -> UpdateFromAlphaFunc:
            """The needles from the walk's point k0 to k1 (between points: in step), as the ball goes."""
            def update(_m, a: float) -> None:
                at = k0 + (k1 - k0) * a
                for i, g in enumerate(row):
                    self.set_needle(g, float(np.interp(at, np.arange(len(points)), walk_dials[:, i])), span)
            return UpdateFromAlphaFunc(row, update)

        def tilt_arrows(k: int, sign: float = 1.0) -> VGroup:
            """Under each gauge, an arrow in its dial's colour the way the dial turns going up the map's arrow at
            point k, as long as its tilt (to one scale for the walk: they shrink as it flattens;
            none shorter than TILT_SHORT); sign -1: the step's yellow arrows under them, the
            other way, as long."""
            arrows = VGroup()
            for i, (g, value) in enumerate(zip(row, tilts[k])):
                length = max(TILT_SHORT, TILT_LONG * abs(float(value)) / biggest)
                centre = g[0].get_arc_center() + DOWN * TILT_BELOW[sign < 0]
                way = (RIGHT if value > 0 else LEFT) * sign
                arrows.add(Arrow(centre - way * length / 2, centre + way * length / 2, buff=0,
                                 color=DIAL_COLOURS[i % len(DIAL_COLOURS)] if sign > 0 else t.highlight, stroke_width=5,
                                 max_tip_length_to_length_ratio=0.3))
            return arrows

        def needle_steps(k: int) -> VGroup:
            """On each gauge's rim, yellow, the needle's turn from the walk's point k - 1 to k: the
            step each dial takes, against its tilt arrow and in proportion to it."""
            arcs = VGroup()
            for i, g in enumerate(row):
                a0, a1 = (needle_angle(float(walk_dials[j, i]), span) for j in (k - 1, k))
                arcs.add(Arc(radius=g[0].width / 2 * 1.12, start_angle=a0, angle=a1 - a0,
                             arc_center=g[0].get_arc_center(), color=t.highlight, stroke_width=7))
            return arcs
        shown_tilt = tilts[0]
        self.wait_until_bookmark("feel")
        steps = len(points) - 1
        # "under your feet": the ball, and every dial's tilt at the start, a white arrow under
        # each gauge (the slope under your feet is theirs: s25, its words 5 s over a still frame);
        # the map's one arrow is only drawn when they are put together into it (both s25 tiny
        # reviewers' single change: the four dial arrows and the map's arrow, there before them,
        # were never seen to be one); review 11b, session 16: the gauges went as "every dial's
        # tilt, together" was said
        arrows = tilt_arrows(0)
        # the yellow row's name (it comes with the row, at "so you go the other way"), and under
        # it what an arrow's way means (reviews ab-k2 and ab-x2, s23: nothing said what an arrow
        # to the right meant); the shortest arrows are drawn longer than to scale, unsaid here
        # (s35 review: "short arrows drawn longer" was one caption too many beside the gauges)
        step_name = self.text("our step: each dial turns against its arrow", size="small", color=t.highlight)
        step_name.next_to(tilt_arrows(0, -1.0), DOWN, buff=0.1).align_to(row, LEFT)
        scaled = VGroup(self.text("arrow right: dial up, cost up", size="label"))
        scaled.next_to(step_name, DOWN, aligned_edge=LEFT, buff=0.2)
        # one arrow as "uphill tilt" is said, the others only once it is defined, its dial turned
        # up and the cost seen to rise (s34 brief: "uphill tilt" was never defined in a way a
        # newcomer sees; the arrows stood there before it was said what one means)
        self.play(Indicate(ball, color=None, scale_factor=2.0), run_time=0.6)
        whole = self.play_dial_alone(view, cells, ball, row, arrows, dials, tilts[0], span, fog_words, on_screen, tracker,
                                     VGroup(tilt_words, *scaled))
        self.show(fog_tilts={"values": [float(v) for v in tilts[0]], "right": [bool(a.get_end()[0] > a.get_start()[0]) for a in arrows],
                             "arrows": [[float(v) for v in (a.get_start()[0], a.get_end()[0])] for a in arrows],
                             "t": whole, "gauges": [float(v) for v in walk_dials[0]], "y": float(arrows[0].get_y()),
                             "label": edges(tilt_words), "panel": self.panel_words(),
                             "span": span, "slope": [float(-v) for v in slopes[0]] if len(slopes) else [],
                             "colours": [a.get_color().to_hex() for a in arrows], "rims": [g[0].get_color().to_hex() for g in row]})
        self.wait_until_bookmark("together")
        merged, merge_words = self.merge_tilts(view, cells, ball, arrows, dials, slopes[0] if len(slopes) else [0.0, 0.0],
                                               fog_words, tracker)
        self.show(fog_together_at=float(self.renderer.time))
        # the one arrow put together stays on the ball, as long (s26 tiny r1: it shrank there,
        # unsaid): it was laid from the ball
        # (from the lens, as long as the frame holds from the ball)
        up = arrow_at(0, -1.0, min(max(FOG_ARROW, merged[0].get_length()), self.up_room))
        # the whole chain held till just before the word; then the old words and the chain out
        # first, the new words in after, at the same places, whole as the word is said (both s27
        # reviewers of main, 69 s: "the gradient: points uphill" drawn on the fading "all the
        # tilts together: one arrow", the row's heading half way between two wordings)
        self.wait_before(tracker, "gradient", 0.8)
        swap = []

        def read() -> tuple:
            return tuple(self.seen(m) for m in (merge_words[0], merged[3], self.key[1][1]))
        self.play(FadeOut(merge_words), ReplacementTransform(merged[0], up), FadeOut(merged[1:]),
                  self.probe(swap, read), run_time=0.4)
        # the fog's words back, but not under the one arrow's tip (tiny's points up to them): then
        # as the arrow goes, with the close-up
        later = bool(steps) and covers(up, SurroundingRectangle(fog_words, buff=0.2))
        self.play(FadeIn(self.key[1]), *([] if later else [FadeIn(fog_words)]), self.probe(swap, read),
                  run_time=0.4)
        self.show(fog_name_swap=swap)
        self.show(fog_named_at=float(self.renderer.time), fog_named_panel=self.panel_words(),
                  fog_named_up=[float(v) for v in (*up.get_start()[:2], *up.get_end()[:2])])
        self.play(Indicate(up, color=None, scale_factor=1.2), Indicate(self.key[1], color=None, scale_factor=1.1),
                  *(Indicate(a, color=None, scale_factor=1.3) for a in arrows), run_time=0.6)
        # (0.6 s: at 0.8, in whole frames at 3 fps, the step's arrow came 0.3 s after its words, s35)
        # the step's arrow and its words whole as "so you go the other way" starts (review v2,
        # session 19: its words came 3 s after)
        # (1.1 s ahead: at 0.8 the arrow was whole 0.27 s after its words once the map arrow's
        # sentence regrouped the captions, s35)
        self.wait_before(tracker, "against", 1.1)
        arrow = arrow_at(0)
        # each dial's step too: its tilt arrow turned round, yellow, under it (review g2, session 20)
        dial_steps = tilt_arrows(0, -1.0)
        # the yellow row named under it (final s32 review: the row where descent itself is shown
        # had no words), placed with the arrows' meaning; it goes at "and so on"
        # grown from the ball, short (a copy of the long white arrow shrank into it)
        self.play(GrowArrow(arrow), FadeIn(self.key[2]), FadeOut(self.key[1]), FadeIn(step_name),
                  *(ReplacementTransform(a.copy(), d) for a, d in zip(arrows, dial_steps)), run_time=0.8)
        self.show(against_at=float(self.renderer.time), against_panel=self.panel_words(),
                  fog_step_name={"box": edges(step_name), "steps": edges(dial_steps), "meaning": edges(scaled)})
        footprints, rims, rim_shown, stepped, kept = VGroup(), VGroup(), [], [], VGroup()

        def step_to(k: int, run_time: float, *also, keep: bool = False) -> None:
            """The arrow shrinks into the step (the step is a little way along it) as the ball
            takes it, each needle turning against its tilt arrow, its yellow arrow shrinking into
            the needle's turn on the rim (`keep`: a copy does, the arrows stay under the gauges
            while the step is said; reviews ab-x2, s24: they were gone as it was said)."""
            nonlocal arrow, up, dial_steps
            here, target = ball.get_center(), place(points[k])
            footprints.add(Line(here, target, color=t.highlight, stroke_width=5).set_z_index(1))
            took = [ReplacementTransform(arrow, footprints[-1])] if arrow is not None else [FadeIn(footprints[-1])]
            gone = [FadeOut(up)] if up is not None else []
            arcs = needle_steps(k)
            rims.add(*arcs)
            # kept: the rim marks drawn on beside them (a copy shrinking off each arrow read as a
            # doubled arrow, mid-morph)
            turned = ([Create(a) for a in arcs] if keep else [ReplacementTransform(d, a) for d, a in zip(dial_steps, arcs)]) \
                if dial_steps is not None else []
            if keep and dial_steps is not None:
                kept.add(*dial_steps)
            rim_shown.append({"k": k, "t": float(self.renderer.time),
                              "arrows": [[float(v) for v in (d.get_start()[0], d.get_end()[0])] for d in dial_steps or []],
                              "arcs": [[float(a.start_angle), float(a.angle)] for a in arcs]})
            self.play(*took, *gone, *turned, *also, ball.animate.move_to(target), turning(k - 1, k),
                      fog.animate.become(self.fog(cells, target)), run_time=run_time)
            stepped.append({"k": k, "t": rim_shown[-1]["t"], "whole": rim_shown[-1]["t"] + run_time / 2})
            note(k)
            arrow = up = dial_steps = None

        def feel(k: int) -> Transform:
            """The tilt arrows felt again where the ball stands."""
            nonlocal shown_tilt
            shown_tilt = tilts[k]
            return Transform(arrows, tilt_arrows(k))

        self.wait_until_bookmark("step")
        closer = VGroup()
        if steps:
            # the dial that turns most, up close, as "Take one step" is said: its turn on a
            # line long enough to see, its yellow step arrow, before and after (reviews ab-x2
            # r1/r2, s24: tiny's needles turned 0.01-0.09, the step was never seen)
            i = int(np.argmax(np.abs(walk_dials[1] - walk_dials[0])))
            closer, marker, ghost, after, big_step, close_shown = self.close_up(
                row[i], walk_dials[0, i], walk_dials[1, i], cells, ball, fog_words)
            # the long white arrow out before the panel comes over the fog (under it, it was cut)
            self.play(FadeIn(self.key[3]), FadeOut(self.key[2]), FadeIn(closer[:6]), ReplacementTransform(dial_steps[i].copy(), big_step),
                      FadeOut(up), *([FadeIn(fog_words)] if later else []), run_time=0.6)
            up = None
            closer.add(big_step)
            self.show(fog_close_up={**close_shown, "dial": int(dials[i]), "gauge": i, "t": float(self.renderer.time)})
            # slowly, as "each dial against its arrow" is said; the close-up's marker in step
            seen = []        # each frame as drawn: "after"'s opacity and the marker's place
            step_to(1, max(1.2, min(2.4, tracker.time_until_bookmark("again") - 0.1)),
                    marker.animate.set_x(close_shown["marker_to"]).set_color(close_shown["colour_to"]), FadeIn(ghost),
                    FadeIn(after, rate_func=lambda a: ease(min(max((a - 0.6) / 0.4, 0.0), 1.0))),
                    self.probe(seen, lambda: (self.seen(after), marker.get_x())), keep=True)
            self.shown["fog_close_up"]["frames"] = seen
        self.wait_until_bookmark("again")
        for k in range(1, min(FOG_STEPS, steps)):
            arrow = arrow_at(k)
            dial_steps = tilt_arrows(k, -1.0)
            # quicker than the first (review h2, session 21: the walk ran on past "called gradient
            # descent", its name came 1.5 s after the words); the first step's close-up goes
            gone = [FadeOut(closer), FadeOut(kept)] if k == 1 else []
            self.play(Create(arrow), feel(k), *(GrowArrow(d) for d in dial_steps), *gone, run_time=0.45)
            if k == 1:
                self.show(fog_close_up_out=float(self.renderer.time))
            step_to(k + 1, 0.45)
        if len(closer) and steps < 2:
            self.play(FadeOut(closer), FadeOut(kept), run_time=0.3)
        self.wait_until_bookmark("more")
        self.play(FadeOut(step_name), run_time=0.3)
        first = min(FOG_STEPS, steps)
        if steps > first:
            # the rest in a few plays, the ball riding the trail's tip, the fog's hole following
            # it, the needles turning with it; the tilts felt and the numbers set between plays
            # (one play per step: at a low frame rate each took a whole frame, 5 s too long)
            beat = max(0.08, min(0.3, (tracker.time_until_bookmark("name") - 0.3) / (steps - first)))
            trail = polyline(np.array([place(p) for p in points[first:]]), t.highlight, 5).set_z_index(1)
            whole = trail.copy()
            trail.pointwise_become_partial(whole, 0.0, 0.0)
            footprints.add(trail)
            cuts = sorted({int(round(v)) for v in np.linspace(first, steps, min(4, steps - first) + 1)})
            for k0, k1 in zip(cuts, cuts[1:]):
                self.play(drawn_between(trail, whole, (k0 - first) / (steps - first), (k1 - first) / (steps - first)),
                          UpdateFromFunc(ball, lambda m: m.move_to(trail.get_end())),
                          UpdateFromFunc(fog, lambda m: m.become(self.fog(cells, ball.get_center()))),
                          turning(k0, k1), feel(k1), run_time=beat * (k1 - k0), rate_func=linear)
                note(k1)
        self.show(fog_needles=needles, fog_tilt_scale=biggest, fog_rims=rim_shown, fog_stepped=stepped,
                  walk_panel=self.panel_words(),
                  fog_gauge_r=[float(g[0].width / 2) for g in row],
                  fog_tilt_arrows=[[float(v) for v in (a.get_start()[0], a.get_end()[0])] for a in arrows])
        # the gauges stay when the fog lifts (review, session 22: they went, and the path was
        # drawn with no dial turning); the rest of the fog's row goes
        self.fog_gauges = VGroup(arrows, scaled, rims)
        self.fog_dials = {"row": row, "key": gauge_key, "words": tilt_words, "span": span,
                          "values": walk_dials[-1]}
        self.wait_before(tracker, "name", 0.6)
        # the key's rows out first, then the old title out before the new one comes in
        # (review, session 10: the two titles and the rows were seen half-faded on each other)
        # one row of the key at a time (s25 tiny review r2: seven lines stacked at the side)
        self.play(*(FadeOut(m) for m in self.standing(self.key[1:])), FadeOut(self.heading), run_time=0.4)
        walk = polyline(np.array([place(p) for p in points]), t.highlight, 3)
        label = self.text("gradient descent", size="small", color=t.highlight)
        label.add_background_rectangle(color=t.background, opacity=0.9, buff=0.08)   # yellow on the pale fog
        label.next_to(VGroup(walk, Circle(FOG_HOLE).move_to(ball)), DOWN, buff=0.15)   # on the fog, under its hole
        term = self.text("Gradient descent", size="title").move_to(self.heading)
        self.play(Create(walk), FadeIn(label), FadeIn(term), run_time=0.9)
        self.heading = term
        footprints.add(walk, label)
        self.fog_words = VGroup(fog_words)
        self.show(fog_arrows=drawn_arrows, fog_uphill=uphill)
        return ball, fog, footprints

    def play_dial_alone(self, view: MapView, cells: VGroup, ball: Dot, row: VGroup, arrows: VGroup, dials: list[int],
                        tilts: np.ndarray, span: float, fog_words: VMobject, on_screen, tracker,
                        words: VGroup) -> float:
        """What a dial's uphill tilt is, shown on one dial: "every dial's uphill tilt": the arrow of
        the dial to be turned grows under its gauge, "uphill tilt" under it. "Turn this one
        dial up": the shown dial whose cost rises most turned up (`dial_alone`), boxed,
        the others still; the ball moves the way that turn moves the dials' closest point on the
        map, and the real cost beside it counts up in step with the needle (`costs_as_turned`).
        "If the cost rises when we turn it up, its arrow points right": its arrow, pointing right,
        is pointed at with what that means; on the map, it slides along the dot's move. "Every dial gets its
        own arrow": the other dials' arrows grow, with the arrows' key. Then all back, before the
        arrows are laid end to end. Returns when every arrow is whole."""
        t = self.theme
        values = view.plane.dials(*view.path[0])
        i, by, after = dial_alone(self.history, values, dials, tilts, span)
        counted = costs_as_turned(self.history, values, dials[i], by)
        before = float(counted[0])
        gauge, home = row[i], ball.get_center().copy()
        # a turn of one dial moves the closest point on the map along that dial's own (along, across)
        way = on_screen(by * np.array([view.plane.along[dials[i]], view.plane.across[dials[i]]]))
        tip = home + ALONE_MOVE * way
        its_arrow = Arrow(home, tip, buff=0, color=arrows[i].get_color(), stroke_width=5,
                          max_tip_length_to_length_ratio=0.3).set_z_index(1)
        its_arrow.set_stroke(color=t.background, width=9, background=True)
        # the turned cost, one real reading per share of the turn; "cost here" stays beside it
        reads = [self.text("one dial turned: {cost}", size="small", facts={"cost": cost_words(c)}) for c in counted]
        readings = VGroup(self.text("cost here: {cost}", size="small", facts={"cost": cost_words(before)}), reads[-1].copy())
        readings.arrange(DOWN, aligned_edge=LEFT, buff=0.1)
        for m in [readings[0], *reads]:
            m.add_background_rectangle(color=t.background, opacity=1.0, buff=0.06)   # over the hatching
            m.set_z_index(1)      # and over the dashed line from the gauge to the map, to come
        # beside the ball's clear circle, clear of it and of the fog's words
        hole = Circle(radius=FOG_HOLE + FOG_EDGE[-1]).move_to(home)
        clear_of(readings, dense(np.array([home[:2], tip[:2]])),
                 [lambda m, d=d: m.next_to(hole, d, buff=0.1) for d in (RIGHT, UP, DOWN, LEFT)], fog_words, hole)
        for m in reads:
            m.move_to(readings[1], aligned_edge=LEFT)
        # where the dot was (it moves onto its arrow's tip, over it), and the dial turned, boxed in its colour
        was = Circle(radius=FOG_BALL, color=t.highlight, stroke_width=2).move_to(home).set_z_index(1)
        box = SurroundingRectangle(VGroup(gauge, arrows[i]), color=arrows[i].get_color(), buff=0.08, stroke_width=3)
        v0 = float(values[dials[i]])
        frames = []      # (share of the turn, cost shown) at each piece's start

        def turning(frm: float, to: float, **kwargs) -> UpdateFromAlphaFunc:
            return UpdateFromAlphaFunc(gauge, lambda m, a: self.set_needle(m, frm + (to - frm) * a, span), **kwargs)
        # its arrow as "uphill tilt" is said, named so (s36 review, 60-66 s: the words were said,
        # and written, with no arrow on screen: the name stood under the gauges)
        name, scaled = words[0], words[1:]
        self.wait_before(tracker, "tilts", 0.2)
        drawn_at = float(self.renderer.time)
        self.play(GrowArrow(arrows[i]), FadeIn(name), run_time=0.6)
        self.wait_until_bookmark("one")
        self.play(Create(box), FadeIn(was), FadeIn(readings[0]), run_time=0.8)
        self.wait_until_bookmark("moves")
        moved = float(self.renderer.time)
        counter = reads[0]       # the turned dial's cost, from the start's as it begins to turn
        self.add(counter)
        # the dot, the needle and the cost together, through "the cost goes up": the turn in even
        # pieces, the cost read anew as each ends (a text swapped inside one play is not redrawn)
        shares = np.linspace(0.0, 1.0, len(counted))
        piece = max(1, round(float(np.clip(tracker.time_until_bookmark("arrow") - 0.3, 1.2, 2.4))
                             / (len(shares) - 1) * config.frame_rate)) / config.frame_rate
        for j, (s0, s1) in enumerate(zip(shares, shares[1:])):
            frames.append((float(s0), float(counted[j]), float(self.renderer.time)))
            # (no number on the gauge: in the fog the needle alone says it turns up, s35)
            self.play(ball.animate(rate_func=linear).move_to(home + (tip - home) * s1),
                      turning(v0 + by * s0, v0 + by * s1, rate_func=linear), run_time=piece)
            self.remove(counter)
            counter = reads[j + 1]
            self.add(counter)
        frames.append((1.0, float(counted[-1]), float(self.renderer.time)))
        needle_turned = float(gauge[2].get_angle())
        # its arrow, the way the cost rose: under its gauge only, with the key's line that says so
        # ("arrow right: dial up, cost up"); on the map only once it is said to go there (s35
        # review: "its arrow points right" was said over that dial's arrow pointing up-left on the map)
        self.wait_before(tracker, "arrow", 0.3)
        meant_at = float(self.renderer.time)
        self.play(Indicate(arrows[i], color=None, scale_factor=1.3), FadeIn(scaled[0]), run_time=0.8)
        trail, caption, pushed = self.push_onto_map(arrows[i], its_arrow, cells, tracker)
        self.wait_before(tracker, "own", 0.3)
        others = [a for j, a in enumerate(arrows) if j != i]
        self.play(*(GrowArrow(a) for a in others), *(FadeIn(m) for m in scaled[1:]), Indicate(arrows[i], color=None, scale_factor=1.3),
                  FadeOut(trail), run_time=0.8)
        whole = float(self.renderer.time)
        # all back before the arrows are laid end to end from the ball
        self.wait_before(tracker, "together", 0.7)
        self.play(ball.animate.move_to(home), turning(v0 + by, v0),
                  FadeOut(its_arrow), FadeOut(caption), FadeOut(readings[0]), FadeOut(counter), FadeOut(box), FadeOut(was),
                  run_time=0.5)
        self.show(fog_alone={"dial": int(dials[i]), "gauge": i, "by": by, "value": v0, "before": before, "after": after,
                             "counted": [float(c) for c in counted], "frames": frames,
                             "ball": [[float(v) for v in home[:2]], [float(v) for v in tip[:2]]],
                             "arrow": [float(v) for v in (*its_arrow.get_start()[:2], *its_arrow.get_end()[:2])],
                             "its_arrow_right": bool(arrows[i].get_end()[0] > arrows[i].get_start()[0]),
                             "needle_turned": needle_turned, "needle_back": float(gauge[2].get_angle()),
                             "moved": moved, "turned": frames[-1][2], "drawn": drawn_at, "meant": meant_at, "others": whole, "pushed": pushed,
                             "back": float(self.renderer.time),
                             "words": [readings[0].original_text, *(m.original_text for m in reads)]})
        return whole

    def push_onto_map(self, arrow: Arrow, its_arrow: Arrow, cells: VGroup, tracker) -> tuple[VMobject, VMobject, dict]:
        """"On the map, this dial's push points this way": a copy of the turned dial's arrow, right
        under its gauge, slides onto the map, keeping its colour and turning as it goes, and lands
        as `its_arrow`: from where the dot stood the way the dot moved as the dial turned (its own
        way on the map, the way its share of the map's slope points). A dashed line in its colour
        is left from under the gauge to the map (a frame every 3 s sees the link, not the slide),
        and the words at the fog's foot, where "each dial pushes its own way" comes next. Returns
        (the line, the words, what was drawn when)."""
        t = self.theme
        caption = self.text("on the map, this dial pushes this way", size="small", color=arrow.get_color())
        caption.add_background_rectangle(color=t.background, opacity=1.0, buff=0.08)    # over the hatching
        caption.move_to(cells).align_to(cells, DOWN).shift(UP * 0.25)
        # under the readings beside the ball (they have a dark backing), over the fog
        trail = DashedLine(arrow.get_start(), its_arrow.get_start(), color=arrow.get_color(), stroke_width=3,
                           dash_length=0.1)
        flying = arrow.copy().set_z_index(6)       # over the fog as it flies
        self.wait_before(tracker, "push", 0.2)
        begun = float(self.renderer.time)
        already = any(m is its_arrow for m in self.get_mobject_family_members())
        start = [float(v) for v in (*flying.get_start()[:2], *flying.get_end()[:2])]
        self.play(slide_and_turn(flying, its_arrow), Create(trail), FadeIn(caption), run_time=1.0)
        self.remove(flying)
        self.add(its_arrow)
        return trail, caption, {"from": begun, "t": float(self.renderer.time), "on_map_before": already, "start": start,
                                "colour": its_arrow.get_color().to_hex(), "words": caption.original_text}

    def merge_tilts(self, view: MapView, cells: VGroup, ball: Dot, arrows: VGroup, dials: list[int], slope0,
                    words: VMobject, tracker) -> tuple[VGroup, VMobject]:
        """"Put together, all of them make one arrow": the tilt arrows under the gauges fly onto
        the fog and lie end to end from the ball, each turned the way its dial turns on the map
        and as long as its share of the map's arrow (`tilt_shares`, the run's gradient at the
        start); then every other dial's share added up, one grey arrow from their last tip
        ("+ the other n dials"); then the one arrow from the ball to its tip, white: the map's
        arrow, left on the ball. The four are drawn large enough to read (MERGE_FOUR together,
        MAP_SHORT each, as the room from the ball holds), longer than to scale when they are
        short, said ("short arrows drawn longer", as under the gauges), so the one arrow, the sum
        of what is drawn, leans off the real slope by at most what they are drawn longer by (s28:
        digits' four drawn 22× longer, then shrunk to specks; tiny's two specks on the ball: all
        four reviewers asked them large; s37: the others a grey squiggle, not an arrow closing the chain).
        The fog's words make way meanwhile. Returns (the one arrow, the rest drawn) and the
        key's line said."""
        t = self.theme
        (a0, a1), (b0, b1) = view.values_a[[0, -1]], view.values_b[[0, -1]]
        scale = (MAP_SIDE / (a1 - a0), MAP_SIDE / (b1 - b0))
        shares = tilt_shares(view.plane, -np.asarray(slope0, float), scale)
        total = shares.sum(axis=0)
        size = float(np.linalg.norm(total)) or 1.0
        ours = shares[dials]
        others = np.delete(shares, dials, axis=0)

        def at(p) -> np.ndarray:
            return np.array([p[0], p[1], 0.0])
        # why a dial's arrow left or right under its gauge turns another way on the map (both s26
        # tiny reviewers): going right or up on the map turns each dial its own way (39-42 s);
        # on the fog's foot, under the arrows
        why = self.text("on the map, each dial pushes its own way", size="small")
        why.add_background_rectangle(color=t.background, opacity=1.0, buff=0.08)
        why.move_to(cells).align_to(cells, DOWN).shift(UP * 0.25)
        # laid from the ball itself (both s27 reviewers of main, ab2-k2 and ab2-x2: laid on the
        # open fog, away from the ball, nobody saw them add up there; session 27's lens and
        # squiggle were reverted): the four first, then every other dial's, then the one arrow
        # from the ball to the last tip, the very arrow left on the ball. The ball stands by the
        # map's edge with the slope pointing off it (the start is the map's high side), so the
        # chain may run past the map's edge onto the frame's margin; as large as that holds, in
        # the order (or its reverse) that bends the chain into the room there is
        origin = ball.get_center()[:2]
        # (the fog's words, at the map's top, make way: tiny's slope points up to them)
        box = (-config.frame_width / 2 + CHAIN_MARGIN, why.get_top()[1] + 0.1,
               cells.get_right()[0] - 0.1, cells.get_top()[1] - 0.1)
        way = total / size
        self.up_room = fit_from(origin, way[None, :], box)
        # little room from the ball (digits: by the map's edge, the slope off it): the chain laid
        # in a lens beside it, the ball up close (s28 ab2-d1, both reviewers' single change)
        lens = VGroup()
        if self.up_room < LENS_WHEN:
            lens, origin, box = self.lens(view, cells, ball, way, why)
        def scale_for(flip: bool) -> float:
            """The scale the one arrow and the others' line, by angle (or reversed), fit the room at."""
            rest = chain(ours.sum(axis=0), others[by_angle(others, total)[::-1 if flip else 1]])
            return min(MERGE_LONG / size, fit_from(origin, np.vstack([np.zeros(2), rest]), box))
        # which way the chain bends, chosen once: the others' line and the four (ordered below) alike
        flip = scale_for(True) > scale_for(False)
        k = scale_for(flip)
        others = others[by_angle(others, total)[::-1 if flip else 1]]
        # the shown dials' arrows large enough to read (digits': a few px at the one arrow's
        # scale; tiny's: two specks), each its own way, as large as the room holds them from the
        # ball, in the order that lets them be largest; longer than to scale, said so
        four_long = float(np.linalg.norm(ours, axis=1).sum()) or 1.0
        kz = max(k, MERGE_FOUR * (1.5 if len(lens) else 1.0) / four_long)   # larger in the lens: its room

        def lengthened(perm: list, s: float) -> np.ndarray:
            """The four in the order `perm` at scale s, none shorter than MAP_SHORT."""
            v = ours[perm] * s
            return v * (np.maximum(MAP_SHORT, np.linalg.norm(v, axis=1)) / np.maximum(np.linalg.norm(v, axis=1), 1e-12))[:, None]

        def fitting(perm: list) -> np.ndarray:
            """The four at the largest scale up to kz that fits the room from the ball (none under
            MAP_SHORT but when even that does not fit: then all shrunk alike)."""
            if fit_from(origin, chain(np.zeros(2), lengthened(perm, kz)), box) >= 1.0:
                return lengthened(perm, kz)
            least = lengthened(perm, 0.0)
            room = fit_from(origin, chain(np.zeros(2), least), box)
            if room < 1.0:
                return least * room
            lo, hi = 0.0, kz
            for _ in range(30):
                mid_s = (lo + hi) / 2
                lo, hi = (mid_s, hi) if fit_from(origin, chain(np.zeros(2), lengthened(perm, mid_s)), box) >= 1.0 else (lo, mid_s)
            return lengthened(perm, lo)
        # the four's order, chosen once: the longest they can be drawn, the smooth bend first when it fits
        bend = tuple(by_angle(ours, total)[::-1 if flip else 1])
        laid = [(list(p), fitting(list(p))) for p in [bend] + [p for p in permutations(bend) if p != bend]]
        order, v = max(laid, key=lambda f: round(float(np.linalg.norm(f[1], axis=1).sum()), 3))
        if np.linalg.norm(v - ours[order] * k, axis=1).max() < 0.02:      # to scale already: as it is
            v = ours[order] * k
        # the others as one grey arrow, their real sum to scale, laid from the four's last tip: it
        # closes the chain, the one arrow from the ball to its tip (s37 review, 79-87 s: a grey
        # squiggle bent to the tip); the whole chain all alike smaller where the room is short
        grey = others.sum(axis=0) * k
        fits = min(1.0, fit_from(origin, chain(np.zeros(2), np.vstack([v, grey])), box))
        v, k, grey = v * fits, k * fits, grey * fits
        big = chain(origin, v)
        rest = np.array([big[-1], big[-1] + grey])
        # each in its dial's colour, as under its gauge
        four = VGroup(*(Arrow(at(big[j]), at(big[j + 1]), buff=0, color=arrows[i].get_color(), stroke_width=5,
                              max_tip_length_to_length_ratio=0.3).set_z_index(3) for j, i in enumerate(order)))
        for a in four:
            a.set_stroke(color=t.background, width=9, background=True)
        # the one arrow thin and under the chain, the grey arrow over it, its tip seen: the one
        # arrow's tip is the grey's (s37: drawn over it, the white tip hid the grey one)
        line = Arrow(at(rest[0]), at(rest[1]), buff=0, color=t.muted, stroke_width=6,
                     max_tip_length_to_length_ratio=0.3).set_z_index(3)
        line.set_stroke(color=t.background, width=10, background=True)
        one = Arrow(at(origin), at(rest[-1]), buff=0, color=t.text, stroke_width=4,
                    max_tip_length_to_length_ratio=0.12).set_z_index(2)
        one.set_stroke(color=t.background, width=8, background=True)
        note = self.text("+ the other {n} dials", size="small", facts={"n": len(others)})
        note.add_background_rectangle(color=t.background, opacity=0.9, buff=0.06)
        # beside the grey arrow's middle, on its side away from the one arrow
        along = (one.get_end() - one.get_start()) / (one.get_length() or 1.0)
        across = np.array([-along[1], along[0], 0.0])
        mid = at(rest.mean(axis=0))
        out = across * (np.sign(float(across @ (mid - one.get_center()))) or 1.0)
        # (s28: the four drawn longer, it may fall on them: then the clearest side)
        drawn_path = np.vstack([dense(big), dense(rest), dense(np.array([origin, rest[-1]]))])
        sides = sorted((UP, DOWN, LEFT, RIGHT), key=lambda d: -float(d @ out))
        laid_out = VGroup(four, line, one)
        # in a lens: on its rim, a tag on the lens's edge, nearest the grey line first, clear of the
        # chain, the lines to the ball and the lens's words: what the lens holds is 4 of them and
        # the rest (s29 ab-db: inside, at the top, it lay over the rim and a line to the ball)
        rim_at, note_path = [], drawn_path
        if len(lens):
            centre, radius = lens[2].get_center(), lens[2].width / 2
            angles = sorted(np.radians(np.arange(0, 360, 15)),
                            key=lambda a: float(np.linalg.norm(centre + radius * np.array([np.cos(a), np.sin(a), 0.0]) - mid)))
            rim_at = [lambda m, a=a: m.move_to(centre + radius * np.array([np.cos(a), np.sin(a), 0.0])) for a in angles]
            round_ = np.linspace(0, 2 * np.pi, 48)
            hole = ball.get_center()[:2] + FOG_HOLE * np.stack([np.cos(round_), np.sin(round_)], axis=1)
            note_path = np.vstack([drawn_path, hole, ball.get_center()[None, :2],
                                   *(dense(np.array([j.get_start()[:2], j.get_end()[:2]])) for j in lens[3])])
        clear_of(note, note_path, rim_at + [lambda m, d=d: m.next_to(mid, d, buff=0.15) for d in sides]
                 + [lambda m, d=d: m.next_to(laid_out, d, buff=0.12) for d in (DOWN, UP, RIGHT, LEFT)], why, *lens[-1:])
        note.set_z_index(4)     # over the lens
        # the four drawn longer than to scale: said beside them, as under the gauges
        larger = VGroup()
        if (np.linalg.norm(v, axis=1) > 1.5 * np.linalg.norm(ours[order] * k, axis=1)).any():
            larger = self.text("short arrows drawn longer", size="small", color=t.muted)
            larger.add_background_rectangle(color=t.background, opacity=0.9, buff=0.06)
            # by the ball's clear circle, clear of it (over it, it hid the map's colour there) and of
            # the chain and its note (s28: over tiny's chain going up)
            edge = (LEFT if big[-1][0] <= origin[0] else RIGHT)
            hole = at(origin)
            # in the lens: under it, over the fog (by the ball's copy it ran into the lens's words)
            under = [lambda m: m.next_to(lens[2], DOWN, buff=0.08)] if len(lens) else []
            clear_of(larger, drawn_path, under + [lambda m, d=d, e=e: m.next_to(hole + d * FOG_HOLE, d, buff=0.1).align_to(hole + e * FOG_HOLE, e)
                                          for d in (UP, DOWN) for e in (edge, -edge)]
                     + [lambda m, d=d: m.next_to(hole + d * FOG_HOLE, d, buff=0.1) for d in (RIGHT, LEFT)], why, note, *lens[-1:])
            larger.set_z_index(4)
        said = self.text("all the tilts together: one arrow", size="label")
        said.move_to(self.key[1][1], aligned_edge=LEFT)
        within_frame(said, 0.1)

        begun = float(self.renderer.time)
        # one at a time, each from under its own gauge (flashing there as it leaves) into its
        # place in the chain, turning to its way on the map as it flies (s29 ab-db r1/r2, their
        # single change: all four at once, the lens seen empty); the lens whole in the first
        # flight's first third, under the first arrow
        # each flight as long as lets the four lie still HOLD_FOUR before "with every other dial's"
        # is said, in whole frames, FLY_EACH at most
        fly = min(FLY_EACH, (tracker.time_until_bookmark("others") + 0.5 - HOLD_FOUR) / len(order))
        fly = max(1, int(fly * config.frame_rate)) / config.frame_rate
        flights = []
        for j, i in enumerate(order):
            first = [FadeIn(said), FadeIn(why), FadeOut(words),
                     FadeIn(lens, rate_func=lambda a: ease(min(a / 0.3, 1.0)))] if j == 0 else []
            last = [FadeIn(larger)] if j == len(order) - 1 else []
            # over the fog and the lens as it flies (under them, it was seen only once landed)
            flying = arrows[i].copy().set_z_index(6)
            under = max((m.z_index for top in [*self.mobjects, lens] for m in top.get_family()), default=0)
            self.play(ReplacementTransform(flying, four[j]), Indicate(arrows[i], color=None, scale_factor=1.4),
                      *first, *last, run_time=fly)
            flights.append({"dial": int(dials[i]), "from": [float(v) for v in (*arrows[i].get_start()[:2], *arrows[i].get_end()[:2])],
                            "landed": float(self.renderer.time), "over": flying.z_index > under})
        said = VGroup(said, why, larger)     # the note stays with the chain, out with its words
        self.show(fog_merge={"from": begun, "t": float(self.renderer.time), "dials": [int(d) for d in np.asarray(dials)[order]],
                             "four": [[float(v) for v in (*a.get_start()[:2], *a.get_end()[:2])] for a in four],
                             "scale": float(k), "map_scale": [float(v) for v in scale],
                             "colours": [a.get_color().to_hex() for a in four],
                             "n_others": int(len(others)), "ball": [float(v) for v in origin],
                             "larger": larger.original_text if len(larger) else None, "flights": flights, "fly": fly})
        # the four held still, end to end, as large as they are first laid, until "with every
        # other dial's" and at least HOLD_FOUR (s26: a frame every 3 s caught them only moving)
        held = float(self.renderer.time)
        self.wait(max(HOLD_FOUR, tracker.time_until_bookmark("others")))
        self.show(fog_held={"from": held, "to": float(self.renderer.time),
                            "four": [[float(v) for v in (*a.get_start()[:2], *a.get_end()[:2])] for a in four]})
        # as long as there is before "gradient" (the one arrow whole by then), none quicker than seen
        room_s = max(tracker.time_until_bookmark("gradient") - 0.8, 1.2)
        grow, whole = np.array([0.8, 0.5]) * min(1.0, room_s / 1.3)
        self.play(GrowArrow(line), FadeIn(note, rate_func=lambda a: ease(min(a / 0.4, 1.0))), run_time=grow)
        self.play(GrowArrow(one), run_time=whole)
        self.shown["fog_merge"].update({"rest": [[float(v) for v in p] for p in rest[[0, -1]]],
                                        "one": [float(v) for v in (*one.get_start()[:2], *one.get_end()[:2])],
                                        "whole": float(self.renderer.time), "grey": [float(v) for v in grey], "fits": float(fits),
                                        "note": note.original_text, "note_box": edges(note)})
        return VGroup(one, four, line, note, lens), said

    def lens(self, view: MapView, cells: VGroup, ball: Dot, way: np.ndarray, why: VMobject):
        """The ball up close, in a round lens on the fog beside its clear circle (the widest
        square of fog left or right of it), joined to it by two lines: the map's real colours
        there LENS_ZOOM times larger, the ball's copy placed so the chain laid from it toward
        `way` (the one arrow's, on screen) has the lens's room. Returns the lens (in, faded),
        the copy's place (the chain's start) and the box the chain is laid in."""
        t = self.theme
        hole = ball.get_center()[:2]
        reach = FOG_HOLE + FOG_EDGE[-1] + LENS_GAP
        left, (right, top) = cells.get_corner(DOWN + LEFT)[0], cells.get_corner(UP + RIGHT)[:2]
        low, high = why.get_top()[1] + 0.1, top - 0.45        # under its words, over the foot's
        strips = [(hole[0] + reach, right - 0.1), (left + 0.1, hole[0] - reach)]
        x0, x1 = max(strips, key=lambda s: min(s[1] - s[0], high - low))
        radius = min(x1 - x0, high - low) / 2
        centre = np.array([(x0 + x1) / 2, (low + high) / 2])
        copy_at = centre - way * 0.65 * radius       # (s37: the room the grey arrow closing the chain needs)
        shows = hole - (copy_at - centre) / LENS_ZOOM          # the map's point at the lens's centre
        _, fine, cell = map_cells(view.costs, MAP_SIDE, t)
        colours = ramp(map_ramp(t), BANDS)
        n = int(np.ceil(2 * radius / LENS_CELL))
        xs = centre[0] - radius + (np.arange(n) + 0.5) * LENS_CELL
        ys = centre[1] + radius - (np.arange(n) + 0.5) * LENS_CELL
        gx, gy = np.meshgrid(xs, ys)
        px, py = shows[0] + (gx - centre[0]) / LENS_ZOOM, shows[1] + (gy - centre[1]) / LENS_ZOOM
        col = np.floor((px - self.map_corner[0]) / cell).astype(int)
        row = np.floor((self.map_corner[1] - py) / cell).astype(int)
        inside = ((gx - centre[0]) ** 2 + (gy - centre[1]) ** 2 <= (radius - LENS_CELL / 2) ** 2) \
            & (col >= 0) & (col < fine.shape[1]) & (row >= 0) & (row < fine.shape[0])
        levels = np.where(inside, fine[np.clip(row, 0, fine.shape[0] - 1), np.clip(col, 0, fine.shape[1] - 1)], len(colours))
        ground = colour_cells(levels, colours, LENS_CELL).shift(np.array([centre[0] - radius, centre[1] + radius, 0.0]))
        rim = Circle(radius=radius, color=t.focus, stroke_width=3).move_to([*centre, 0.0])
        back = Circle(radius=radius, stroke_width=0, fill_color=t.background, fill_opacity=1.0).move_to([*centre, 0.0])
        copy = Dot([*copy_at, 0.0], radius=FOG_BALL * 1.6, color=t.highlight, stroke_color=t.background, stroke_width=2)
        # the two lines that make it a lens: tangent to the ball's clear circle and the lens's rim
        gap = centre - hole
        apart = float(np.linalg.norm(gap))
        u = gap / apart
        phi = np.arccos(np.clip((FOG_HOLE - radius) / apart, -1.0, 1.0))
        joins = VGroup()
        for sign in (1.0, -1.0):
            c, s_ = np.cos(sign * phi), np.sin(sign * phi)
            normal = np.array([u[0] * c - u[1] * s_, u[0] * s_ + u[1] * c])
            joins.add(Line([*(hole + FOG_HOLE * normal), 0.0], [*(centre + radius * normal), 0.0], color=t.focus,
                           stroke_width=2, stroke_opacity=0.8))
        words = self.text("the yellow dot, up close", size="small")
        words.add_background_rectangle(color=t.background, opacity=1.0, buff=0.06)
        words.next_to(rim, UP, buff=0.08)
        within_frame(words, 0.1)
        group = VGroup(back, ground, rim, joins, copy, words)
        for m in group:
            m.set_z_index(1)
        copy.set_z_index(5)
        half = 0.7 * radius         # the box's corners just inside the rim
        self.show(fog_lens={"centre": [float(v) for v in centre], "radius": float(radius), "zoom": LENS_ZOOM,
                            "shows": [float(v) for v in shows], "copy": [float(v) for v in copy_at],
                            "hole": [float(v) for v in hole],
                            "joins": [[float(v) for v in (*j.get_start()[:2], *j.get_end()[:2])] for j in joins],
                            "cells": int(inside.sum())})
        return group, copy_at, (centre[0] - half, centre[1] - half, centre[0] + half, centre[1] + half)

    def close_up(self, gauge: VGroup, before: float, after: float, cells: VGroup, ball: Dot, words: VMobject):
        """One dial's step up close, on the fog over the map (hidden there: room to spare) away
        from the ball's clear circle: the gauge boxed, and in a box of the same colour a line on
        which its turn is CLOSE_STEP long, a marker at its value before (in the needle's colour),
        the yellow step arrow from before to after, its value before and after written at each
        end. Returns the group (the box round the gauge, the panel's frame, title, line, marker,
        "before"; then the ghost, "after" and the arrow, played in later), the marker, the
        ghost, "after", the arrow and what is drawn, for the manifest."""
        t = self.theme
        gap = after - before
        way = 1.0 if gap >= 0 else -1.0
        places = 2 if f"{before:.2f}" != f"{after:.2f}" else 3

        def at(value: float) -> np.ndarray:
            return np.array([(value - (before + after) / 2) / (abs(gap) or 1.0) * CLOSE_STEP, 0.0, 0.0])
        line = Line(LEFT * CLOSE_LINE / 2, RIGHT * CLOSE_LINE / 2, color=t.muted, stroke_width=4)
        colour = t.positive if before > 0 else (t.negative if before < 0 else t.muted)
        marker = Dot(at(before), radius=0.11, color=colour).set_z_index(1)
        ghost = Circle(radius=0.11, color=t.muted, stroke_width=3).move_to(at(before))
        big_step = Arrow(at(before) + UP * 0.3, at(after) + UP * 0.3, buff=0, color=t.highlight, stroke_width=6,
                         max_tip_length_to_length_ratio=0.15)
        said = self.text("before: {value}", size="small", facts={"value": f"{before:.{places}f}"})
        then = self.text("after: {value}", size="small", facts={"value": f"{after:.{places}f}"})
        # each at its own end, reaching outward (the two never meet however short the step)
        said.next_to(at(before), DOWN, buff=0.16).align_to(at(before) + way * RIGHT * 0.3, LEFT if way < 0 else RIGHT)
        then.next_to(at(after), DOWN, buff=0.16).align_to(at(after) - way * RIGHT * 0.3, RIGHT if way < 0 else LEFT)
        title = self.text("the boxed dial, up close:", size="small")
        body = VGroup(line, marker, said, then, ghost, big_step)
        title.next_to(body, UP, buff=0.15)
        inner = VGroup(title, body)
        frame = SurroundingRectangle(inner, color=t.text, stroke_width=2, buff=0.16, fill_color=t.background,
                                     fill_opacity=0.95)
        panel = VGroup(frame, inner)
        # over the map, in the half the ball is not in (under the fog's words at the top)
        hole_top, hole_bottom = ball.get_y() + FOG_HOLE, ball.get_y() - FOG_HOLE
        top_y = words.get_bottom()[1] - 0.2
        bottom_y = cells.get_bottom()[1] + 0.25
        room_top = (top_y - panel.height) - hole_top
        room_bottom = hole_bottom - (bottom_y + panel.height)
        panel.move_to(cells)
        if room_top >= room_bottom:
            panel.align_to([0, top_y, 0], UP)
        else:
            panel.align_to([0, bottom_y, 0], DOWN)
        box = SurroundingRectangle(gauge, color=t.text, stroke_width=2, buff=0.1)
        group = VGroup(box, frame, title, line, said, marker, ghost, then).set_z_index(3)
        marker.set_z_index(4)
        big_step.set_z_index(4)
        shown = {"before": float(before), "after": float(after), "written": [said.original_text, then.original_text],
                 "colour_to": t.positive if after > 0 else (t.negative if after < 0 else t.muted),
                 "marker_from": float(marker.get_x()), "marker_to": float(marker.get_x() + at(after)[0] - at(before)[0]),
                 "line": [float(line.get_left()[0]), float(line.get_right()[0])],
                 "arrow": [float(big_step.get_start()[0]), float(big_step.get_end()[0])],
                 "panel": [float(v) for v in (frame.get_left()[0], frame.get_bottom()[1], frame.get_right()[0],
                                              frame.get_top()[1])],
                 "hole": [float(ball.get_x()), float(ball.get_y()), FOG_HOLE],
                 "gauge_box": [float(v) for v in (box.get_left()[0], box.get_bottom()[1], box.get_right()[0],
                                                  box.get_top()[1])]}
        return group, marker, ghost, then, big_step, shown

    def relief_view(self, view: MapView, cells: VGroup) -> VGroup:
        """The map's real grid as a landscape: one ridge line per grid row (across the map),
        raised by its cost, the far rows first, each filled below in the frame's dark so a
        nearer ridge hides what is behind it; each stretch in the map's colour for its height.
        `self.relief_flat` is the same lines lying on the map, what it flattens into."""
        t = self.theme
        colours = ramp(map_ramp(t), BANDS)
        heights = relief_heights(view.costs)
        corner = np.array([cells.get_left()[0], cells.get_top()[1], 0.0])
        foot = corner[1] - MAP_SIDE - 0.02

        def draw(points: np.ndarray) -> VGroup:
            rows = VGroup()
            for j in range(points.shape[0] - 1, -1, -1):        # far to near: the near ones on top
                ridge = points[j]
                fill = VMobject(fill_color=t.background, fill_opacity=1.0, stroke_width=0)
                fill.set_points_as_corners([*ridge, [ridge[-1][0], foot, 0], [ridge[0][0], foot, 0], ridge[0]])
                # the lines from this ridge back to the one behind, under its fill: a mesh,
                # each stretch hidden where a nearer ridge stands in front of it
                mesh = VMobject(stroke_color=t.muted, stroke_width=1.2, stroke_opacity=0.7)
                if j + 1 < points.shape[0]:
                    for a, b in zip(points[j + 1], ridge):
                        mesh.start_new_path(b)
                        mesh.add_line_to(a)
                else:
                    mesh.set_points_as_corners([ridge[0], ridge[0]])
                row = VGroup(mesh, fill)
                level = np.minimum(((heights[:-1, j] + heights[1:, j]) / 2 * BANDS).astype(int), BANDS - 1)
                first = 0
                for i in range(1, len(level) + 1):              # a stretch per run of one colour
                    if i == len(level) or level[i] != level[first]:
                        row.add(polyline(ridge[first:i + 1], colours[level[first]], 2.5))
                        first = i
                rows.add(row)
            return rows
        # wider and centred, on the map's foot (relief_points puts the foot `side` below the corner)
        wide = np.array([RELIEF_X - RELIEF_SIDE / 2, corner[1] - MAP_SIDE + RELIEF_SIDE, 0.0])
        tilted = relief_points(heights, wide, RELIEF_SIDE, tilted=True)
        flat = relief_points(heights, corner, MAP_SIDE, tilted=False)
        # its lines fading as they lie down, the map's colours coming up through them
        self.relief_flat = draw(flat).set_stroke(opacity=0.15)
        # the grid's lowest point, on the landscape and on the map: the valley, marked the whole way
        # down (review v2, session 20: the grey patch on the map was never shown to be the dip)
        i_a, i_b = np.unravel_index(int(np.argmin(view.costs)), view.costs.shape)
        self.valley_at = (tilted[i_b, i_a], flat[i_b, i_a])
        # the run's start too (between grid points, at its real cost's height), carried down onto
        # the map's start (review h2, session 21: nothing showed the map was the landscape)
        (a0, a1), (b0, b1) = view.values_a[[0, -1]], view.values_b[[0, -1]]
        s_u, s_v = (view.path[0][0] - a0) / (a1 - a0), (view.path[0][1] - b0) / (b1 - b0)
        start_cost = map_costs(self.history, view, view.path[:1])[0]
        s_h = float(np.clip(relief_heights(view.costs, at=start_cost), 0.0, 1.0))
        self.start_at = (relief_at(s_u, s_v, s_h, wide, RELIEF_SIDE, True), relief_at(s_u, s_v, s_h, corner, MAP_SIDE, False))
        self.show(relief={"heights": heights, "rows": tilted[:, :, :2], "foot": corner[1] - MAP_SIDE,
                          "depth": RELIEF_DEPTH, "height": RELIEF_HEIGHT, "lowest": [int(i_a), int(i_b)],
                          "start": [float(s_u), float(s_v), s_h]})
        return draw(tilted)

    def play_relief(self, tracker, cells: VGroup) -> None:
        """As "the higher the ground, the higher the cost" is said, an arrow up beside the
        landscape; as "seen from above" is said, it flattens into the map, the colours filling in."""
        t = self.theme
        rows = self.shown["relief"]["rows"]
        right_x = max(float(r[-1][0]) for r in rows) + 0.35
        base = self.shown["relief"]["foot"]
        up = Arrow([right_x, base, 0], [right_x, base + RELIEF_HEIGHT + 0.4, 0], buff=0, color=t.text,
                   stroke_width=5, max_tip_length_to_length_ratio=0.12)
        words = self.text("higher ground: higher cost", size="small").next_to(up, RIGHT, buff=0.15)
        # the lowest ground, a white ring with its words, rides the landscape down onto the map
        ring = Circle(radius=0.16, color=t.focus, stroke_width=4).move_to(self.valley_at[0]).set_z_index(3)
        low = self.text("lowest ground", size="small")
        low.add_background_rectangle(color=t.background, opacity=0.85, buff=0.05)
        low.next_to(ring, DOWN, buff=0.1).set_z_index(3)
        self.valley = VGroup(ring, low)
        # the run's start, a ring the size of the map's walker: it becomes the map's one point
        start = Circle(radius=0.2, color=t.focus, stroke_width=4).move_to(self.start_at[0]).set_z_index(3)
        named = self.text("start", size="small")
        named.add_background_rectangle(color=t.background, opacity=0.85, buff=0.05)
        named.next_to(start, UP, buff=0.1).set_z_index(3)
        self.start_mark = VGroup(start, named)
        self.wait_before(tracker, "height", LEAD)
        self.play(GrowArrow(up), FadeIn(words), Create(ring), FadeIn(low), Create(start), FadeIn(named), run_time=0.6)
        self.show(relief_words_at=float(self.renderer.time))
        self.wait_before(tracker, "above", RELIEF_LEAD)
        # one slow move, long enough to be watched (review h2, session 21: a 2 s move read as a
        # cut): the ground lays itself flat as the colours come up through it, the valley's ring and
        # the start's riding their own points down (the same straight share of the way as the grid's)
        run = max(2.0, min(RELIEF_MOVE, tracker.time_until_bookmark("point") - 0.3))
        self.show(relief_move={"t": float(self.renderer.time), "from": [float(v) for v in self.valley_at[0][:2]],
                               "to": [float(v) for v in self.valley_at[1][:2]], "run": run,
                               "start_from": [float(v) for v in self.start_at[0][:2]],
                               "start_to": [float(v) for v in self.start_at[1][:2]]})
        # each frame of the move as drawn: the two words' and a map cell's opacity (the manifest)
        seen, cell = [], cells.family_members_with_points()[0]
        self.play(FadeOut(up, rate_func=lambda a: ease(min(a / 0.3, 1.0))),
                  FadeOut(words, rate_func=lambda a: ease(min(a / 0.3, 1.0))),
                  ReplacementTransform(self.relief, self.relief_flat),
                  # their words go in the move's first third, the rings ride on alone (review ab,
                  # session 24, all four: "lowest ground" and "start" caught half-faded on the map)
                  FadeOut(low, rate_func=lambda a: ease(min(a / 0.3, 1.0))),
                  FadeOut(named, rate_func=lambda a: ease(min(a / 0.3, 1.0))),
                  ring.animate.shift(self.valley_at[1] - self.valley_at[0]),
                  start.animate.shift(self.start_at[1] - self.start_at[0]),
                  FadeIn(cells, rate_func=lambda a: ease(min(max((a - 0.5) / 0.5, 0.0), 1.0))),
                  self.probe(seen, lambda: (self.seen(low), self.seen(named), self.seen(cell))), run_time=run)
        self.remove(self.relief_flat)           # under the map's colours now
        self.show(relief_flat_at=float(self.renderer.time), valley_at=[float(v) for v in ring.get_center()[:2]],
                  start_at=[float(v) for v in start.get_center()[:2]], relief_fades=seen)

    def probe(self, log: list, read) -> UpdateFromFunc:
        """Played last with a play: each frame, the time and `read()` (numbers as drawn, after
        the play's other animations moved that frame) appended to `log`, for the manifest:
        what tests read a fade's timing from, not the play's own plan."""
        return UpdateFromFunc(VMobject(), lambda _m: log.append([float(self.renderer.time), *map(float, read())]))

    def seen(self, m) -> float:
        """How opaque `m` is drawn now: 0 when it is off the scene (a faded-out mobject is put
        back to full opacity as it is removed, the play's last frame)."""
        on = {id(p) for top in self.mobjects for p in top.get_family()}
        return opacity(m) if id(m) in on else 0.0

    def panel_words(self) -> list[dict]:
        """The texts standing now in the right-hand panel (right of the colour bar), for the
        manifest: what a frame shows beside the gauges."""
        return [d for d in self.texts_standing() if d["box"][0] >= self.key_corner[0] - 0.3]

    def ball_reading(self, cost: float) -> VGroup:
        """The real cost where the ball stands, in the key beside the map (the words' colour:
        review 9 read orange words as the map's high ground)."""
        words = self.text("cost here: {cost}", size="small", facts={"cost": cost_words(cost)})
        return words.next_to(self.key[0], DOWN, aligned_edge=LEFT, buff=0.3)   # the key's one row left

    def map_key(self, rows) -> VGroup:
        """Marks and what they mean beside the map, at label size: the first row on top, the
        others one line under it, all in the same place, each shown as it is said in place of
        the one before (s25 tiny review r2: seven small lines stacked at the side, too much to
        read while listening)."""
        key = VGroup(*(VGroup(mark, self.text(words, size="label", facts=facts)).arrange(RIGHT, buff=0.2)
                       for mark, words, facts in rows))
        key.arrange(DOWN, aligned_edge=LEFT, buff=0.3)
        key.move_to(self.key_corner, aligned_edge=UP + LEFT)
        # the marks in one slot (a mark up or down is narrow), their words in one column
        slot = max(row[0].width for row in key)
        for row in key:
            row[0].move_to([key.get_left()[0] + slot / 2, row[0].get_y(), 0])
            row[1].align_to([key.get_left()[0] + slot + 0.2, 0, 0], LEFT)
        for row in key[2:]:
            row.shift(UP * (key[1].get_y() - row.get_y()))
        for row in key[1:]:
            within_frame(row, 0.1)
        return key

    def gauge_row(self, values: np.ndarray, span: float) -> VGroup:
        """Dials as gauges in a row: a half circle, a mark at 0 (straight up), a needle in the
        dial's sign colour (a line's: blue above zero, red below) and its value, 2 decimals."""
        t = self.theme
        row = VGroup()
        for value in values:
            arc = Arc(radius=GAUGE_R, start_angle=0, angle=np.pi, color=t.muted, stroke_width=4)
            centre = arc.get_arc_center()
            zero = Line(centre + UP * GAUGE_R * 0.8, centre + UP * GAUGE_R * 1.15, color=t.text, stroke_width=3)
            gauge = VGroup(arc, zero, Line(centre, centre + UP * GAUGE_R, stroke_width=6),
                           Dot(centre, radius=0.06, color=t.text), VMobject())
            self.set_needle(gauge, float(value), span)
            gauge.submobjects[4] = self.gauge_number(gauge, float(value))
            row.add(gauge)
        return row.arrange(RIGHT, buff=0.35, aligned_edge=DOWN)

    def more_gauges(self, values: np.ndarray, span: float, facts: dict, every: bool) -> VGroup:
        """More dials as small gauges (a half circle and a needle in the dial's sign colour, no
        number), in two rows under their words ("the other k dials" when they are `every` one
        the gauges do not show). Returns (words, rows)."""
        t = self.theme
        row = VGroup()
        for value in values:
            arc = Arc(radius=MORE_R, start_angle=0, angle=np.pi, color=t.muted, stroke_width=3)
            centre = arc.get_arc_center()
            gauge = VGroup(arc, VMobject(), Line(centre, centre + UP * MORE_R, stroke_width=5))
            self.set_needle(gauge, float(value), span)
            row.add(gauge)
        row.arrange_in_grid(rows=2, buff=(0.2, 0.15))
        words = (self.text("the other {k} dials:", size="small", facts={"k": facts["k"]}) if every
                 else self.text("{k} more of the {n} dials:", size="small", facts=facts))
        return VGroup(words, row).arrange(DOWN, aligned_edge=LEFT, buff=0.15)

    def gauge_number(self, gauge: VGroup, value: float):
        """A gauge's value under its half circle."""
        number = self.text("{value}", size="small", facts={"value": f"{value:.2f}"})
        return number.next_to(gauge[0].get_arc_center(), DOWN, buff=0.15)

    def set_needle(self, gauge: VGroup, value: float, span: float) -> None:
        t = self.theme
        # the gauge's own radius (its half circle's width): enlarged in the fog (review g2, session 20)
        centre, angle, radius = gauge[0].get_arc_center(), needle_angle(value, span), gauge[0].width / 2
        gauge[2].put_start_and_end_on(centre, centre + radius * 0.92 * np.array([np.cos(angle), np.sin(angle), 0.0]))
        gauge[2].set_color(t.positive if value > 0 else (t.negative if value < 0 else t.muted))

    def map_place(self, view: MapView, corner: np.ndarray):
        """Scene point of a spot (a, b) on the map whose top left is `corner`."""
        (a0, a1), (b0, b1) = view.values_a[[0, -1]], view.values_b[[0, -1]]

        def place(pair) -> np.ndarray:
            return corner + np.array([(pair[0] - a0) / (a1 - a0) * MAP_SIDE,
                                      -MAP_SIDE + (pair[1] - b0) / (b1 - b0) * MAP_SIDE, 0.0])
        return place

    def fog(self, cells: VGroup, hole: np.ndarray) -> VGroup:
        """Dark layers over the map, each with a hole a little wider around the ball (the hole's
        edge soft, as mist), hatched up to the hole (review l, session 13: pale fog read as low
        cost everywhere; review, session 10: a plain square read as a blank frame)."""
        t = self.theme
        cover = Rectangle(width=cells.width + 0.1, height=cells.height + 0.1).move_to(cells)
        layers = VGroup(*(Cutout(cover.copy(), Circle(FOG_HOLE + edge).move_to(hole), fill_color=fog_colour(t),
                                 fill_opacity=FOG_LAYER, stroke_width=0) for edge in FOG_EDGE))
        hatch = VMobject(stroke_color=hatch_colour(t), stroke_width=2, stroke_opacity=0.45)
        segments = hatch_lines(cover.get_left()[0], cover.get_bottom()[1], cover.get_right()[0], cover.get_top()[1],
                               hole, FOG_HOLE + FOG_EDGE[-1])
        for a, b in segments:
            hatch.start_new_path(a)
            hatch.add_line_to(b)
        return VGroup(*layers, hatch)

    def legend(self, colours: list[str]) -> VGroup:
        """The colour bar, its ends in words: "high cost" at its top, "low cost" at its foot, the
        words recap's key uses (s36 review, its single change: the bar's decimals, 7.09 / 1.62 /
        0.38, meant nothing to a newcomer; the voice says only "grey low, orange high")."""
        levels = np.arange(len(colours))[::-1].reshape(-1, 1)   # high cost at the top
        bar = colour_cells(levels, colours, LEGEND_CELL)
        high = self.text("high cost", size="small")
        low = self.text("low cost", size="small")
        return VGroup(bar, high.next_to(bar, UP, buff=0.12), low.next_to(bar, DOWN, buff=0.12))

    # --- the learning-rate story ---

    def play_rates(self, view: MapView, cells: VGroup, start: Dot, place) -> None:
        """What a step size is (the strip), then the three real runs from the same start on
        the map, a dot every so many steps (the same steps in all three), and beside it each
        run's real cost, step by step (a small chart): ours walks into the valley, tiny steps
        crawl (all their steps get about as far as ours did in its first few), huge steps are
        thrown far off the map (drawn beside it) and read their real cost, flat on the chart,
        and what it means (review, session 10, its ONE change: the huge run's 1.00, below the
        start's 3.02, read as the big steps having helped)."""
        t = self.theme
        self.far_readings = []     # each reading off the map as it is set (and the chart's line then)
        runs = {r.label: r for r in self.history.learning_rates}
        curves = {r.label: r for r in rate_curves(self.history)}
        small, good, big = curves["too small"], curves["good"], curves["too big"]
        story = too_big_story(big, good)
        paths = {label: rate_path(run, view) for label, run in runs.items()}
        colours = dict(zip(("too small", "good", "too big"), rate_colours(t)))
        slope, slope_words, rows, caption = self.step_strip([small, good, big])
        # the start: a ring ("look here"), named; no run's first dot in it
        ring = Circle(radius=MOMENT_DOT, color=t.focus, stroke_width=3).move_to(start)
        start_words = self.text("start", size="small")
        start_words.add_background_rectangle(color=t.background, opacity=0.85, buff=0.05)
        start_words.next_to(ring, DOWN + LEFT, buff=0.05)
        # huge steps' dots off the map go beside its top right corner
        spot = np.array([cells.get_right()[0] + 0.8, cells.get_top()[1] - 0.15, 0.0])
        with self.say("rates") as tracker:
            # built as it is said (review, session 12: the whole strip stood still 9 s): the
            # slope as the question is asked, our step (the slope turned round) and what a step
            # is at "A step is the slope times a number", the other two sizes at "three sizes"
            def grow(row) -> None:
                words, mark_ = row
                # the slope turned round, yellow, into each step (the other way); a step off the
                # frame is a plain line: drawn, as the arrow's tip morphed into it strayed
                # (ours only: a copy turning over the slope for the others was caught as a
                # double-headed arrow, review ab-x2 s23 at 105 s); the others drawn from their start
                # ours too is grown in its own row, beside its words (review ab-x, session 24: the
                # slope's copy flying down to it was caught mid-flight, away from its label)
                if isinstance(mark_, Arrow):
                    anim = GrowArrow(mark_)
                elif getattr(mark_, "cut", False):
                    anim = Create(mark_)
                else:
                    anim = FadeIn(mark_, scale=3.0)
                # the words whole at once, the step drawn (review p, session 14: caught dim as said;
                # review ab2: "huge step (size 45)" still caught dim grey mid-fade)
                self.add(words)
                self.show(strip_words_in={**self.shown.get("strip_words_in", {}),
                                          words_text(words): float(self.renderer.time)})
                self.play(anim, run_time=0.7)
            # the question written with the slope (review l, session 13: 3 s of a near-black frame)
            question = self.text("how big should each step be?").move_to([0, 2.55, 0])
            self.play(FadeIn(question), FadeIn(slope_words), Create(slope), run_time=0.8)
            self.wait_before(tracker, "size", LEAD)
            grow(rows[1])
            self.play(FadeIn(caption), run_time=0.6)
            # each other size drawn as it is named, against ours (review ab-x2, s23: both came at
            # "three sizes", 2 s before the strip went, and the 3 s frames caught neither whole)
            self.wait_before(tracker, "small", LEAD)
            grow(rows[0])
            self.wait_before(tracker, "big", LEAD)
            grow(rows[2])
            self.show(strip_rows_in={label: self.shown["strip_words_in"][words_text(words)]
                                     for (words, _), label in zip(rows, ("too small", "good", "too big"))})
            strip = VGroup(question, slope, slope_words, caption, *(m for row in rows for m in row))
            # held until "three sizes" is said, then straight into the map: out and in quickly
            # (review_u, session 13: an empty frame between two slow fades; together, the strip's
            # words were a ghost over the map's; review ab-x2, s23: a near-black frame at 108 s)
            self.wait_before(tracker, "map", 0.15)
            self.show(strip_out=float(self.renderer.time))
            key = self.rate_key(colours, cells)
            self.rates_key = key
            # a stuck huge run's cost is neither read nor written: below the start's and yet bad, it
            # was never explained (s32); its line shows the fall, its share right why it is bad
            stuck = story in ("big_stuck", "big_flat")
            chart = CostChart(self, curves, colours, cells, paths, unread=("too big",) if stuck else ())
            if stuck:
                # a stuck huge run's flat line thicker and over tiny steps' (s30 ab2-e: at 1.00 it hid
                # behind the start of tiny steps' line, about as high there)
                for m in (chart.lines["too big"], chart.full["too big"]):
                    m.set_stroke(width=STUCK_WIDTH)
                chart.lines["too big"].set_z_index(1.5)
                chart.shown["too big"]["width"] = STUCK_WIDTH
            # one play: the strip gone in its first 40 %, the map coming the whole time (never an empty frame)
            self.play(FadeOut(strip, rate_func=lambda a: ease(min(a / 0.4, 1.0))), FadeIn(cells), FadeIn(ring),
                      FadeIn(start_words), FadeIn(key), FadeIn(chart.frame), run_time=0.5)
            self.show(map_in={"end": float(self.renderer.time)})
            # "the same moments": ours' first dots lit in pairs, on the map and on the chart, each
            # with its number (review g2, session 20: said, never shown); they stay, and our run's
            # line comes through them
            self.numbers = self.dot_numbers(paths, place, colours["good"], spot)
            # what a dot is, under the chart's dots axis as it is said (review ab-k2, s23: the whole
            # comparison rested on dots, never said to be so many steps)
            # (in with the chart, pointed at as it is said)
            self.wait_before(tracker, "dots", 0.2)
            self.show(dot_every={"t": float(self.renderer.time), "box": edges(chart.every)})
            self.play(Indicate(chart.every, color=None, scale_factor=1.2), run_time=0.8)
            pairs, shown_pairs = VGroup(), []
            # then ours' first dots lit a pair at a time, one white ring round each of the pair and
            # its number beside both (review ab-k2, s23: the map's 1/2/3 tied to nothing on the chart)
            rings, tags = VGroup(), VGroup()
            # the chart's numbers fanned out in a row above its first dots, a thin line from each
            # down to its dot, all kept (review ab-x2/ab-k2, s24: the first three dots lay within
            # 15 px, one number at a time beside them)
            high = max(float(d.get_y()) for d in chart.dots["good"][:len(self.numbers)]) if len(self.numbers) else 0.0
            self.wait_before(tracker, "same", 0.2)
            for k, number in enumerate(self.numbers, start=1):
                on_map = Dot(place(paths["good"].points[k]), radius=RUN_DOT, color=colours["good"])
                on_chart = chart.dots["good"][k - 1].copy()
                new = VGroup(*(Circle(radius=0.1, color=t.focus, stroke_width=2.5).move_to(d) for d in (on_map, on_chart)))
                twin = self.text("{k}", size="small", color=colours["good"], facts={"k": k})
                twin.add_background_rectangle(color=t.background, opacity=0.85, buff=0.03)
                twin.move_to([CHART_BOX[0] + FAN_FIRST + (k - 1) * FAN_GAP, high + FAN_RISE, 0])
                dot = on_chart.get_center()
                way = twin.get_bottom() - dot
                leader = Line(twin.get_bottom() + DOWN * 0.03, dot + way / (np.linalg.norm(way) or 1.0) * 0.1,
                              color=colours["good"], stroke_width=1.5)
                lit = [Transform(rings, new)] if len(rings) else [Create(new)]
                if not len(rings):
                    rings = new
                self.play(FadeIn(on_map, scale=3.0), FadeIn(on_chart, scale=3.0), FadeIn(number), FadeIn(twin),
                          Create(leader), *lit, run_time=0.6)
                tags.add(twin, leader)
                pairs.add(on_map, on_chart)
                shown_pairs.append({"k": k, "t": float(self.renderer.time), "map": [float(v) for v in on_map.get_center()[:2]],
                                    "chart": [float(v) for v in on_chart.get_center()[:2]],
                                    "rings": [[float(v) for v in r.get_center()[:2]] for r in rings],
                                    "tag": edges(twin), "leader": [[float(v) for v in leader.get_start()[:2]],
                                                                   [float(v) for v in leader.get_end()[:2]]]})
            self.show(dot_pairs=shown_pairs)
            self.pair_rings = VGroup(rings, tags)
            # every run's first fall is not explained here (review 11b, session 16: "Each first
            # pushes all ten outputs to 0" was said with no output on screen): cut, with its level
            # and its zoomed box
        drawn, ends, meaning, asides, held = {}, {}, VGroup(), VGroup(), 0.0
        order = [("good", "good"), ("too small", "small"), ("too big", story)]
        for label, section in order:
            path = paths[label]
            with self.say(section) as tracker:
                self.wait_until_bookmark("run")
                if label == "too big":
                    # ours and tiny steps' off the map (tiny steps' back for the lesson), the start pointed
                    # at: the huge run's jump is seen to leave the start on its own (review p,
                    # session 14: its dashes, along our path's first stretch (its first step
                    # goes our way, 30 times as far), read as our run flying off)
                    # the level's words out too: the stopped run's reading comes in above its line
                    # (review p, session 14: "1.00 stopped" sat on "every output 0: cost 1")
                    # the other two runs stay: three runs compared (review ab2: they left the map
                    # as the huge run came); its dashed jump is drawn over them
                    self.play(FadeOut(asides), Indicate(ring, color=None, scale_factor=1.6), run_time=0.5)
                    jump = next((k for k in range(1, len(path.steps)) if path.far[k]), None)
                    on = {id(m) for m in self.get_mobject_family_members()}
                    self.show(too_big_jump={
                        "others": {k: sum(id(m) in on for m in drawn[k][0].get_family() if m.has_points())
                                   for k in ("good", "too small")},
                        "start": [float(v) for v in start.get_center()[:2]]})
                    # to the first dot off the map, then (as the stop is said) the rest, slowly: the
                    # counter runs while the cost stays
                    first_far = int(np.argmax(path.far)) if path.far.any() else len(path.steps) - 1
                    stop_at, beat = first_far + 1, 0.6
                else:
                    stop_at = len(path.steps)
                    beat = min(0.3, max(0.04, tracker.get_remaining_duration() * WALK_SHARE / max(len(path.steps), 1)))
                pieces = self.run_dots(path, colours[label], place, spot)
                # the chart's line draws on with the run's dots on the map (the huge run's as its cost is said)
                with_dots = [] if label == "too big" else [chart.draw(label)]
                if label == "good":        # the pairs' rings go as ours' run comes through its dots
                    with_dots += [FadeOut(self.pair_rings, rate_func=lambda a: min(a * 4, 1.0))]
                # ours' first dots are numbered on the map already, with the "same moments" pairs, as
                # the chart's step axis counts them (review v2, session 19)
                # the huge run's line to each of its readings off the map, with it
                sync = {"chart": chart, "label": label, "costs": not stuck} if label == "too big" else {}
                # a bouncing run: its cost read once, at its end, as it is said
                quiet = label == "too big" and story == "big_bounces"
                ends[label] = self.play_dots(pieces, path, range(1, stop_at), beat, also=with_dots, **sync,
                                             quiet=quiet)
                if label != "too big":
                    self.show(run_whole={**self.shown.get("run_whole", {}), label: float(self.renderer.time)})
                if label == "too big" and jump is not None:
                    line = pieces[0][jump - 1]
                    self.shown["too_big_jump"].update(
                        {"from": [float(v) for v in line.get_start()[:2]], "to": [float(v) for v in line.get_end()[:2]],
                         "z": line.z_index, "others_z": max(m.z_index for k in ("good", "too small")
                                                            for m in drawn[k][0].get_family())})
                if label == "too big":
                    # its dots off the map pulse, each read, its line on the chart drawn to each
                    # as "the cost stays" (or jumps) is said, up to "stopped early" (its line's end,
                    # "stopped", pointed at: the history's stop reason) or, if it ran to the end,
                    # how often it is right ("right"); the other stories end here
                    if quiet and ends[label] is not None:
                        self.play_bounces(pieces, path, range(stop_at, len(path.steps)), ends[label], chart, tracker)
                    elif not stuck:
                        self.wait_before(tracker, "jumps" if story == "big_bounces" else "stop", 0.3)
                    rest = range(stop_at, len(path.steps))
                    until = "count" if story == "big_stuck" else "right"
                    left = tracker.time_until_bookmark(until) - 0.3 if stuck else tracker.get_remaining_duration() - 0.5
                    beat = min(1.0, max(0.4, left / max(min(len(rest), FAR_READINGS), 1)))
                    if not (quiet and ends[label] is not None):
                        ends[label] = self.play_dots(pieces, path, rest, beat, ends[label], **sync)
                    if chart.drawn_to[label] < chart.shown[label]["steps"][-1]:    # no reading off the map
                        self.play(chart.draw(label), run_time=1.2)
                    if story == "big_stuck":
                        self.wait_until_bookmark("count")
                        self.play(Indicate(chart.ends[label], color=None, scale_factor=1.3), run_time=0.8)
                        self.show(stopped_early_at=self.renderer.time)
                    if stuck:
                        # what its 1.00 means, its end on the chart boxed while its guess is said;
                        # then why that is still bad: ours went on down (review e2, session 18),
                        # the box onto our line's end as it is said (review g2, session 19: said
                        # first, with 0.02 boxed, "always guesses 9" was heard as ours)
                        self.stuck_box = SurroundingRectangle(chart.ends[label], color=t.focus, buff=0.08)
                        meaning = self.play_meaning(runs["too big"], big.final_cost < big.costs[0], ends[label],
                                                    colours[label], chart,
                                                    first=[Create(self.stuck_box)])
                        self.show(big_boxed={"t": min(self.shown["meaning_full"].values()),
                                             "box": edges(self.stuck_box), "end": edges(chart.ends[label])})
                        if story == "big_stuck":
                            self.gap = self.play_gap(chart, big, good, colours, tracker)
                        # out and in on ours, whole as "Ours" is said (review h2, session 21: gliding
                        # there, it sat on the tiny steps' 0.50 as "Ours went on down" was said)
                        self.wait_before(tracker, "ours", 0.7)
                        ours_box = SurroundingRectangle(chart.ends["good"], color=t.focus, buff=0.08)
                        self.play(FadeOut(self.stuck_box), FadeIn(ours_box), thicken(chart.lines["good"]), run_time=0.6)
                        self.stuck_box = ours_box
                        self.show(ours_boxed={"t": float(self.renderer.time), "box": edges(self.stuck_box),
                                              "end": edges(chart.ends["good"])})
                        # the row of ten and ours' lower end taken in before the lesson (s30: the
                        # stuck run's words grew 3 s and digits' chapter fell to 9.9 % quiet at 480p)
                        held = STUCK_HOLD
                        self.pause_after_section += held
                drawn[label] = (VGroup(pieces[0], pieces[1]), pieces[1])
                if label == "good":
                    self.remove(pairs)      # our own dots lie on them now
                if label == "too small":
                    self.wait_before(tracker, "ours", LEAD)
                    k = nearest_dot(runs["too small"], runs["good"])
                    ours = drawn["good"][1][k]
                    avoid = [ring, start_words, *drawn["good"][1], *drawn["too small"][1], *self.numbers]
                    words = self.text("our {nth} dot", size="small", color=colours["good"], facts={"nth": nth(k)})
                    words.add_background_rectangle(color=t.background, opacity=0.85, buff=0.05)
                    label_moment(words, ours, UP, cells, avoid=avoid)
                    mark_ = Circle(radius=0.16, color=colours["good"], stroke_width=3).move_to(ours)
                    # the same two on the chart: ours' dot there and tiny steps' end, ringed as on the
                    # map (review ab-x2, s23: the claim rested on a small tag; the chart marked nothing)
                    small_end = chart.at(small.steps[-1], small.final_cost)
                    on_chart = VGroup(Circle(radius=0.1, color=colours["good"], stroke_width=3).move_to(chart.dots["good"][k - 1]),
                                      Circle(radius=0.085, color=colours["too small"], stroke_width=3).move_to(small_end))
                    close_up = self.tiny_close_up(paths, place, k, colours, cells)
                    self.play(FadeIn(words), Create(mark_), Create(on_chart), *(FadeIn(close_up),) if close_up else (),
                              run_time=FADE)
                    asides.add(words, mark_, on_chart)
                    if close_up:
                        asides.add(close_up)
                    self.play(Indicate(ours, color=None, scale_factor=2.0), run_time=0.8)
                    self.show(tiny_like={"dot": k, "steps": int(paths["good"].steps[k]),
                                         "chart_rings": [[float(v) for v in c.get_center()[:2]] for c in on_chart]})
        self.pause_after_section -= held
        self.show(learning_rates=[{"label": r.label, "lr": r.lr, "final_cost": r.final_cost}
                                  for r in curves.values()], too_big=story,
                  rate_paths={label: {"steps": p.steps, "points": p.points, "off": p.off, "costs": p.costs,
                                      "far": p.far} for label, p in paths.items()},
                  cost_chart=chart.shown, far_readings=self.far_readings)
        # the closing words written as they are said, top right over the chart (review, session
        # 11: the closing line played over an unchanged frame), or in place of what the huge
        # run's cost meant, said by then (review, session 11: the right side crowded)
        lesson = VGroup(self.text("too small: slow", color=colours["too small"]),
                        self.text(too_big_lesson(story, big, good)[1], color=colours["too big"]))
        lesson.arrange(DOWN, aligned_edge=LEFT, buff=0.12)
        if len(meaning):
            lesson.move_to(meaning, aligned_edge=UP + LEFT)
        elif ends.get("too big") is not None:        # under the huge run's reading off the map
            lesson.next_to(ends["too big"], DOWN, aligned_edge=LEFT, buff=0.2)
        else:
            lesson.move_to([config.frame_width / 2 - 0.25, cells.get_top()[1], 0], aligned_edge=UP + RIGHT)
        with self.say("wrap") as tracker:
            self.wait_before(tracker, "small", 0.3)
            # out first: no words over words; tiny steps' back on the map as they are named (ours
            # would put the huge run's jump back along our path's first stretch)
            # out first (or a beat as long: the lesson's first words as they are said)
            if len(meaning):
                # ours' box too: the lesson's own box comes round each run's end as it is named
                self.play(FadeOut(meaning), *((FadeOut(self.stuck_box),) if hasattr(self, "stuck_box") else ()),
                          *((FadeOut(self.gap),) if hasattr(self, "gap") else ()), run_time=0.3)
            else:
                self.wait(0.3)
            # each pointed at in its own place (one Indicate of the map's dots and the chart's
            # line together scaled them about a point between them: the line jumped off its axes)
            # a white box goes round each run's end on the chart as it is named, then the last
            # words stop the chapter (review l, session 13: its end stood still 6 s)
            box = SurroundingRectangle(chart.ends["too small"], color=t.focus, buff=0.08)
            boxes = [{"around": "too small", "t": float(self.renderer.time)}]
            self.play(FadeIn(lesson[0]), Create(box), Indicate(drawn["too small"][0], color=None, scale_factor=1.2),
                      thicken(chart.lines["too small"]), run_time=1.0)
            # its words whole as they are said (review h2, session 21: caught dim)
            self.wait_before(tracker, "big", 0.6)
            boxes.append({"around": "too big", "t": float(self.renderer.time)})
            self.play(FadeIn(lesson[1], rate_func=lambda a: ease(min(a / 0.5, 1.0))), box.animate.become(SurroundingRectangle(chart.ends["too big"], color=t.focus, buff=0.08)),
                      *(Indicate(m, color=None, scale_factor=1.1) for m in (drawn["too big"][0], ends["too big"])),
                      thicken(chart.lines["too big"]), run_time=1.0)
        self.show(lesson_boxes=boxes)
        self.show(lesson=[w.original_text for w in lesson])

    def play_gap(self, chart: "CostChart", big: RateCurve, good: RateCurve, colours: dict, tracker) -> VGroup:
        """Where ours was when the huge run was stopped, on the chart as it is said: ours' dot at
        that moment ringed with its real cost, and a white arrow up from it to the huge run's end
        (review, session 22: "far above ours" was said with only ours' end to go by). Returns them."""
        t = self.theme
        step, cost = ours_when_stopped(big, good)
        ours, theirs = chart.at(step, cost), chart.at(big.steps[-1], big.final_cost)
        ring = Circle(radius=0.1, color=colours["good"], stroke_width=3).move_to(ours)
        words = self.text("{cost}", color=colours["good"], facts={"cost": cost_words(cost)})
        words.add_background_rectangle(color=t.background, opacity=0.85, buff=0.04)
        words.next_to(ring, UP + RIGHT, buff=0.02)
        gap = DoubleArrow(ours + UP * 0.1, theirs + DOWN * 0.07, buff=0, color=t.focus, stroke_width=3,
                          tip_length=0.1, max_tip_length_to_length_ratio=0.2)
        self.wait_before(tracker, "same", LEAD)
        self.play(Create(ring), FadeIn(words), GrowFromCenter(gap), run_time=0.6)
        self.show(gap={"t": float(self.renderer.time), "step": step, "cost": cost_words(cost), "words": edges(words),
                       "ours": [float(v) for v in ours[:2]], "theirs": [float(v) for v in theirs[:2]],
                       "arrow": [[float(v) for v in gap.get_start()[:2]], [float(v) for v in gap.get_end()[:2]]]})
        return VGroup(ring, words, gap)

    def play_meaning(self, run, lower: bool, reading: VGroup | None, colour: str, chart: "CostChart", first=()) -> VGroup:
        """What the huge run's last cost means, under its reading beside the map as it is said:
        its one answer when it gives the same for every example and is said (`one_answer`), how
        often it is right (as at the start: its 1.00 below the start's 3.02 is no progress);
        its line on the chart pointed at. Its outputs' bars stay cut (review ab-k2 r1, s26: "all
        dark, guess 9" in a small panel was the hardest 20 s, a side issue). Returns the lines."""
        answers = last_answers(self.history, run)
        right, n = percent(answers["right"]), in_ten(answers["right"])
        same = as_at_start(answers)
        if n is None:
            share = self.text("right {percent}, as at the start" if same else "right {percent}",
                              color=colour, facts={"percent": right})
        else:
            share = self.text("right {n} in 10, as at the start" if same else "right {n} in 10",
                              color=colour, facts={"n": n})
        words = VGroup(share)
        guess = one_answer(answers, lower)
        if guess is not None:       # its one answer above its share right, as they are said
            words = VGroup(self.text("answers {guess} every time", color=colour, facts={"guess": guess}), share)
        # "N in 10" drawn too: a row of ten, N ticked, the rest crossed, in the video's right and
        # wrong marks (s30 ab2-e: "right only 10%" was said on no picture)
        row = VGroup()
        if n is not None:
            row = VGroup(*(right_mark(IN_TEN_MARK) if k < n else wrong_mark(IN_TEN_MARK * 0.85)
                           for k in range(10))).arrange(RIGHT, buff=IN_TEN_GAP)
            words.add(row)
        words.arrange(DOWN, aligned_edge=LEFT, buff=0.15)
        if reading is not None:
            words.next_to(reading, DOWN, aligned_edge=LEFT, buff=0.2)
        else:
            words.next_to(chart.frame, UP, buff=0.2)
        within_frame(words, 0.1)
        # whole before it is said (review p, session 14: "right 10%" came in dim), then its line on
        # the chart pointed at; `first` (the box round its cost on the chart) with it
        self.wait_before(self.current_tracker, "right", LEAD)
        # the row with its words, whole at once (a 1 s stagger was caught half in, at 480p)
        self.play(FadeIn(words), *first, run_time=FADE)
        full = {"right": float(self.renderer.time)}
        if len(row):
            full["row"] = full["right"]
            # each mark as drawn: its colour (the right tick's green, the wrong cross's grey) and box
            self.show(in_ten={"n": n, "marks": [{"colour": m.family_members_with_points()[0].get_stroke_color().to_hex(),
                                                 "box": edges(m)} for m in row], "box": edges(row)})
        self.play(thicken(chart.lines["too big"]), run_time=0.8)
        self.show(too_big_answers=answers, meaning_full=full)
        return words

    def tiny_close_up(self, paths: dict, place, k: int, colours: dict, cells: VGroup) -> VGroup | None:
        """Tiny steps' dots and ours up to its k-th, drawn up close when on the map they lie within
        a few pixels of the start (both s26 tiny reviewers: "at their last dot, only about where
        ours were at the first dot" was said while the map showed no tiny steps, hidden under the
        start's ring): the spot outlined on the map, and beside it, enlarged, the same dots, the
        start ringed and ours' k-th dot ringed. None when they are seen on the map already."""
        t = self.theme
        small = [place(p) for p, far in zip(paths["too small"].points, paths["too small"].far) if not far]
        ours = [place(p) for p in paths["good"].points[:k + 1]]
        if not small or paths["good"].far[:k + 1].any():
            return None
        points = np.array(small + ours)
        low, high = points.min(axis=0), points.max(axis=0)
        centre, half = (low + high) / 2, max(float((high - low)[:2].max()) / 2, 0.02) * 1.3 + 0.1
        zoom = CLOSE_SIDE / (2 * half)
        if zoom < CLOSE_ZOOM:
            return None
        spot = Rectangle(width=2 * half, height=2 * half, color=t.focus, stroke_width=2).move_to(centre)
        frame = Rectangle(width=CLOSE_SIDE, height=CLOSE_SIDE, color=t.focus, stroke_width=2,
                          fill_color=t.background, fill_opacity=1.0).move_to(CLOSE_AT)

        def at(p) -> np.ndarray:
            return np.asarray(CLOSE_AT, float) + (np.asarray(p, float) - centre) * zoom
        line = VMobject(color=colours["too small"], stroke_width=2.5).set_points_as_corners([at(p) for p in small])
        ours_line = VMobject(color=colours["good"], stroke_width=2.5).set_points_as_corners([at(p) for p in ours])
        dots = VGroup(*(Dot(at(p), radius=RUN_DOT, color=colours["too small"]) for p in small))
        our_dots = VGroup(*(Dot(at(p), radius=RUN_DOT, color=colours["good"]) for p in ours[1:]))
        start = Circle(radius=0.12, color=t.focus, stroke_width=3).move_to(at(ours[0]))
        ring = Circle(radius=0.16, color=colours["good"], stroke_width=3).move_to(at(ours[-1]))
        words = self.text("the start, up close", size="small").next_to(frame, UP, buff=0.1)
        group = VGroup(spot, frame, line, ours_line, dots, our_dots, start, ring, words)
        self.show(tiny_close_up={"zoom": float(zoom), "spot": edges(spot), "frame": edges(frame),
                                 "small": [[float(v) for v in d.get_center()[:2]] for d in dots],
                                 "ours": [[float(v) for v in d.get_center()[:2]] for d in our_dots],
                                 "start": [float(v) for v in start.get_center()[:2]],
                                 "ring": [float(v) for v in ring.get_center()[:2]], "t": float(self.renderer.time) + FADE})
        return group

    def rate_key(self, colours: dict, cells: VGroup) -> VGroup:
        """Beside the map, at its foot: a dot of each run's colour and its step size, and what
        a dot is (in the words' colour: review, session 10, dim grey read as nothing)."""
        rows = [(Dot(radius=RUN_DOT * 1.5, color=colours[run.label]), RATE_WORDS[run.label], {"lr": people(run.lr)},
                 colours[run.label]) for run in self.history.learning_rates]
        key = VGroup(*(VGroup(dot, self.text(words, size="small", color=colour, facts=facts)).arrange(RIGHT, buff=0.2)
                       for dot, words, facts, colour in rows))
        # review (session 11): "one practice round" here came before training defines it: not said
        # (session 12: nor "a dot every 144 steps"; session 23 asked for it: it is said and drawn under the chart)
        # on two lines: on one it ran under the chart's numbered dots (session 20)
        # (review ab-x2, s23: "in all three runs" under "the same moments on both": a moment, or a run?)
        key.add(VGroup(self.text("dots: the same moments", size="small"),
                       self.text("on the map and the chart", size="small")).arrange(DOWN, aligned_edge=LEFT, buff=0.08))
        key.arrange(DOWN, aligned_edge=LEFT, buff=0.25)
        self.show(rate_key=edges(key))
        return key.move_to([cells.get_right()[0] + 0.4, cells.get_bottom()[1], 0], aligned_edge=DOWN + LEFT)

    def dot_numbers(self, paths: dict, place, colour: str, spot: np.ndarray) -> VGroup:
        """Ours' first NUMBERED dots' numbers on the map, as the chart's step axis counts them,
        each beside its dot clear of every run's dots and lines (the later two runs' as well)."""
        on_map = np.array([spot if far else place(p) for path in paths.values() for p, far in zip(path.points, path.far)])
        ours = np.array([place(p) for p in paths["good"].points])
        others = np.vstack([on_map, along_line(ours)])
        numbers, shown = VGroup(), []
        for k in range(1, min(NUMBERED, len(ours) - 1) + 1):
            number = self.text("{k}", size="small", color=colour, facts={"k": k})
            number.add_background_rectangle(color=self.theme.background, opacity=0.85, buff=0.03)
            near = others[np.linalg.norm(others[:, :2] - ours[k][:2], axis=1) > 1e-6]
            numbers.add(number.move_to(beside(ours[k], near)))
            shown.append({"k": k, "dot": [float(v) for v in ours[k][:2]], "box": edges(number)})
        self.show(dot_numbers=shown)
        return numbers

    def run_dots(self, path: RatePath, colour: str, place, spot: np.ndarray) -> tuple[VGroup, VGroup, list]:
        """One run's pieces, not yet drawn: the lines between its dots (a straight dashed jump
        to or from a dot off the map, which is put at `spot` beside it), its dots, and the
        dots' scene points."""
        where = [spot if far else place(p) for p, far in zip(path.points, path.far)]
        dots = VGroup(*(Dot(w, radius=RUN_DOT * (1.8 if far else 1), color=colour) for w, far in zip(where, path.far)))
        lines = VGroup()
        for k in range(1, len(where)):
            a, b = where[k - 1], where[k]
            if np.allclose(a, b):
                lines.add(VMobject())
            elif path.far[k] or path.far[k - 1]:
                # straight: one jump (review, session 11: a curved arc read as a path), over the
                # other runs' lines and dots (review p, session 14: under them, it seemed to
                # leave from our path)
                lines.add(DashedLine(a, b, color=colour, stroke_width=4, dash_length=0.12).set_z_index(3))
            else:
                lines.add(Line(a, b, color=colour, stroke_width=2.5))
        return lines, dots, where

    def play_dots(self, pieces, path: RatePath, ks, beat: float, reading=None, also=(), chart=None, label="",
                  quiet: bool = False, costs: bool = True):
        """Dots `ks` of a run, one per `beat` (even steps: even time), each joined to the last
        (a stretch on the map is one animation: at a low frame rate, one play per dot ran long).
        At a dot off the map its real cost is read beside it ("far off this map", then "after N
        steps: cost C", changed at the dot; of many dots that stay off the map, at most
        FAR_READINGS are read, the others put there silently). `also` plays with the first
        stretch on the map (the run's line on the chart). The first dot, the start, is not drawn:
        the start's ring stands there (review, session 10: the huge run's dot hid in it).
        With `chart`, run `label`'s line on it is drawn to each dot read off the map with its
        reading, so the two say the same real cost (review 4, session 16: the reading said 0.34
        while the line, drawn whole already, ended at 0.35). `costs` False: "far off this map"
        alone, each dot read pulsing as the chart's line is drawn to it. Returns that reading."""
        lines, dots, where = pieces
        colour = dots[0].get_color()
        also = list(also)
        ks = list(ks)
        staying = [k for k in ks if path.far[k] and path.far[k - 1]]
        read = set(staying[::-(-len(staying) // FAR_READINGS)] + staying[-1:]) if staying else set()
        i = 0
        while i < len(ks):
            k = ks[i]
            if not path.far[k]:               # a stretch on the map, one play
                j = i
                while j < len(ks) and not path.far[ks[j]]:
                    j += 1
                stretch = ks[i:j]
                self.play(Succession(*(AnimationGroup(Create(lines[g - 1]), FadeIn(dots[g]), run_time=beat)
                                       for g in stretch)), *also, run_time=beat * len(stretch), rate_func=linear)
                also = []
                i = j
                continue
            i += 1
            if k in staying and k not in read:
                self.add(lines[k - 1], dots[k])
                continue
            anims = [Create(lines[k - 1]), FadeIn(dots[k])]
            # the label size (review, session 12: small teal words carried the reading)
            words = self.text(FAR_WORDS, color=colour,
                              facts={"cost": cost_words(path.costs[k])})
            words.add_background_rectangle(color=self.theme.background, opacity=0.85, buff=0.05)
            if reading is None:
                title = self.text("far off this map", color=colour)
                title.next_to(where[k], RIGHT, buff=0.25)
                reading = VGroup(title)
                if costs:
                    reading.add(words.next_to(title, DOWN, aligned_edge=LEFT, buff=0.15))
                # quiet: its cost read only once, the one the words name (review 11c, session
                # 16: "cost there" changed from frame to frame while the voice said one number)
                anims.append(FadeIn(title if quiet else reading))
            elif costs:      # swapped at once, then pointed at (a cross-fade of two numbers reads as a garble)
                words.move_to(reading[1], aligned_edge=LEFT)
                self.remove(reading[1])
                reading.submobjects[1] = words
                self.add(words)
                anims.append(Indicate(words, color=None, scale_factor=1.15))
            anims.append(Indicate(dots[k], color=None, scale_factor=2.5))
            if chart is not None:
                anims.append(chart.draw(label, int(path.steps[k])))
            # no linear rate here: it would leave each Indicate at its peak (bigger, shifted)
            self.play(*anims, run_time=beat if k in staying else max(beat, 0.8))
            if quiet or not costs:
                continue
            self.far_readings.append({"t": float(self.renderer.time), "text": cost_words(path.costs[k]),
                                      "step": int(path.steps[k]),
                                      "chart_to": None if chart is None else float(chart.drawn_to[label])})
        return reading

    def play_bounces(self, pieces, path: RatePath, ks, reading: VGroup, chart: "CostChart", tracker) -> None:
        """The bouncing run's other dots off the map put beside it silently, its line on the
        chart drawn on as "the cost jumps up and down" is said, and its last cost read under
        "far off this map" as "and ends at" is said: one number, the one said."""
        lines, dots, _ = pieces
        ks = list(ks)
        for k in ks:
            self.add(lines[k - 1], dots[k])
        self.play(chart.draw("too big"), run_time=max(1.0, tracker.time_until_bookmark("stop") - 0.4))
        k = ks[-1] if ks else len(path.steps) - 1
        words = self.text(FAR_WORDS, color=dots[0].get_color(), facts={"cost": cost_words(path.costs[k])})
        words.add_background_rectangle(color=self.theme.background, opacity=0.85, buff=0.05)
        words.next_to(reading[0], DOWN, aligned_edge=LEFT, buff=0.15)
        reading.submobjects[1] = words
        self.wait_before(tracker, "stop", 0.3)
        self.play(FadeIn(words), Indicate(dots[k], color=None, scale_factor=2.5),
                  Indicate(chart.ends["too big"], color=None, scale_factor=1.2), run_time=0.8)
        self.far_readings.append({"t": float(self.renderer.time), "text": cost_words(path.costs[k]),
                                  "step": int(path.steps[k]), "chart_to": float(chart.drawn_to["too big"])})

    def step_strip(self, runs: list[RateCurve]):
        """What a step size is: the slope (white, pointing uphill to the left, as the fog's
        gradient) and, below it, one step of each size (yellow, as the fog's step): the slope
        times that size, the other way, all to one scale (ours drawn OUR_STEP long). Review
        (session 11): the slope was a yellow arrow pointing the step's way. A step too long for
        the frame runs off its edge. Returns the slope, its words, (words, step) per run and
        the caption."""
        t = self.theme
        unit = OUR_STEP / runs[1].lr            # the slope's drawn length
        x0, top, gap = -1.0, 1.7, 1.0
        edge = config.frame_width / 2 + 0.3

        def mark(y: float, length: float) -> VMobject:
            start = np.array([x0, y, 0.0])
            if x0 + length > edge:                 # too long: cut short inside the frame, a break mark at the cut
                stop = config.frame_width / 2 - 0.9   # review 5: the bar ran off the frame
                cut = [Line([stop + dx - 0.1, y - 0.22, 0], [stop + dx + 0.1, y + 0.22, 0], color=t.highlight,
                            stroke_width=4) for dx in (0.12, 0.3)]
                cut_short = VGroup(Line(start, [stop, y, 0], color=t.highlight, stroke_width=6), *cut,
                                   Line([stop + 0.42, y, 0], [stop + 0.6, y, 0], color=t.highlight, stroke_width=6))
                cut_short.cut = True        # drawn, not morphed from the arrow
                return cut_short
            if length < 0.3:                       # too short for a tip: a nub of its real length
                return VGroup(Dot(start, radius=0.05, color=t.highlight),
                              Line(start, start + RIGHT * max(length, 1e-3), color=t.highlight, stroke_width=6))
            return Arrow(start, start + RIGHT * length, buff=0, color=t.highlight, stroke_width=6,
                         max_tip_length_to_length_ratio=0.3)

        slope = Arrow([x0, top, 0], [x0 - unit, top, 0], buff=0, color=t.text, stroke_width=6,
                      max_tip_length_to_length_ratio=0.3)
        slope_words = self.text("the slope").next_to(slope, LEFT, buff=0.3)
        rows, off = [], []
        for k, run in enumerate(runs, start=1):
            y = top - k * gap
            words = self.text(STEP_WORDS[run.label], facts={"lr": people(run.lr)}).next_to([x0, y, 0], LEFT, buff=0.4)
            if run.lr * unit < 0.3 and run.lr < runs[1].lr:     # a speck: how much shorter, beside it
                # (review ab-x2, s23: "tiny step (size 0.067)" had no visible mark beside it)
                note = self.text("{times} times shorter than ours", facts={"times": times(runs[1].lr, run.lr)})
                note.next_to([x0 + 0.35, y, 0], RIGHT, buff=0)
                words = VGroup(words, note)
            if x0 + run.lr * unit > edge:      # said where it leaves the frame, and how long it is (review: no tip)
                # the label size (review ab2: small, it read about 10 px)
                note = self.text("{times} times ours: too long to show",
                                 facts={"times": times(run.lr, runs[1].lr)})
                note.next_to([x0, y, 0], UP, buff=0.12)
                # ends before the cut (review 5: at the frame's edge it ran over the break mark)
                note.shift(RIGHT * (config.frame_width / 2 - 1.0 - note.get_right()[0]))
                words = VGroup(words, note)
                off.append(run.label)
            rows.append((words, mark(y, run.lr * unit)))
        # the words' size and colour (review, session 10: small grey on black carried the meaning)
        caption = self.text("one step = the slope \u00d7 the step size, the other way")
        caption.move_to([0, top - 4 * gap + 0.1, 0])
        self.show(step_lengths={r.label: r.lr * unit for r in runs}, off_screen=off,
                  strip_slope={"dx": float(slope.get_end()[0] - slope.get_start()[0]), "colour": t.text},
                  strip_steps={"colour": t.highlight, "dx": [float(m.get_right()[0] - x0) for _, m in rows]},
                  strip_right=max(float(m.get_right()[0]) for _, m in rows))
        return slope, slope_words, rows, caption


def place_beside(label, anchor, away, bounds, buff: float = 0.25, avoid=()) -> None:
    """Put `label` next to `anchor` on the side least along `away` (an arrow from it), the
    first such side where it stays inside `bounds` and covers none of `avoid` (the map's dots;
    review: a reading hid the end's dot), then a corner; failing that, the first side inside `bounds`."""
    away = np.asarray(away, dtype=float) / (np.linalg.norm(away) or 1.0)
    inside = []
    corners = (UP + LEFT, UP + RIGHT, DOWN + LEFT, DOWN + RIGHT)   # tried after the sides: near an edge
    for side in [*sorted((LEFT, RIGHT, UP, DOWN), key=lambda d: float(np.dot(d, away))),
                 *sorted(corners, key=lambda d: float(np.dot(d, away)))]:
        label.next_to(anchor, side, buff=buff)
        if (label.get_left()[0] >= bounds.get_left()[0] and label.get_right()[0] <= bounds.get_right()[0]
                and label.get_bottom()[1] >= bounds.get_bottom()[1] and label.get_top()[1] <= bounds.get_top()[1]):
            if not any(covers(label, m) for m in avoid):
                return
            inside.append(side)
    if inside:
        label.next_to(anchor, inside[0], buff=buff)


def label_moment(label, dot, side, bounds, avoid=(), buff: float = 0.15) -> None:
    """Put a moment's words on `side` of its dot (above or below), slid along to stay inside
    `bounds` (review: centred, the start's and the end's words went beside other dots); if
    they then cover a dot or other words, a row further out, the other side, then `place_beside`."""
    others = [m for m in avoid if not np.allclose(m.get_center(), dot.get_center())]
    dots = [m.get_center() for m in others if isinstance(m, Dot)]
    for way, row in ((side, 0), (side, 1), (-side, 0)):      # a row further out, then the other side
        label.next_to(dot, way, buff=buff + row * (label.height + 0.05))
        label.shift(RIGHT * (max(bounds.get_left()[0] - label.get_left()[0], 0.0)
                             + min(bounds.get_right()[0] - label.get_right()[0], 0.0)))
        # nearer its own dot than any other (review s36, tiny: slid along the edge, the start's
        # words stood under the part way's dot and the part way's over the start's: "swapped")
        own = np.linalg.norm(label.get_center() - dot.get_center())
        if not any(covers(label, m) for m in others) and all(own < np.linalg.norm(label.get_center() - d) for d in dots):
            return
    place_beside(label, dot, -side, bounds, buff=buff, avoid=avoid)


def inset(box, margin: float) -> Rectangle:
    """A box `margin` inside `box` all round: bounds that keep words off its edges."""
    return Rectangle(width=box.width - 2 * margin, height=box.height - 2 * margin).move_to(box)


def words_text(thing) -> str:
    """The words of a Text, or of the Texts in a group, joined."""
    return " / ".join(m.original_text for m in thing.get_family() if hasattr(m, "original_text"))


def dense(points: np.ndarray, step: float = 0.04) -> np.ndarray:
    """Points every `step` or closer along the polyline `points` (n, 2)."""
    out = [points[:1]]
    for p, q in zip(points[:-1], points[1:]):
        n = max(1, int(np.ceil(np.linalg.norm(q - p) / step)))
        out.append(p + (q - p) * (np.arange(1, n + 1) / n)[:, None])
    return np.vstack(out)


def clear_of(label, points: np.ndarray, places, *others, pad: float = 0.06) -> None:
    """Put `label` at the first of `places` (each a function placing it) where, inside the frame,
    it covers none of `points` (n, 2) nor any of `others`; the one covering fewest if none."""
    def hits(m) -> int:
        (x0, y0), (x1, y1) = m.get_corner(DOWN + LEFT)[:2] - pad, m.get_corner(UP + RIGHT)[:2] + pad
        inside = ((points[:, 0] > x0) & (points[:, 0] < x1) & (points[:, 1] > y0) & (points[:, 1] < y1)).sum()
        return int(inside) + sum(covers(m, o) for o in others)
    scored = []
    for i, place in enumerate(places):
        place(label)
        within_frame(label, 0.1)
        scored.append((hits(label), i))
        if not scored[-1][0]:
            return
    places[min(scored)[1]](label)
    within_frame(label, 0.1)


def covers(label, thing) -> bool:
    """Whether the boxes of `label` and `thing` overlap."""
    return (label.get_left()[0] < thing.get_right()[0] and thing.get_left()[0] < label.get_right()[0]
            and label.get_bottom()[1] < thing.get_top()[1] and thing.get_bottom()[1] < label.get_top()[1])

