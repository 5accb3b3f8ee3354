"""Gradient descent: the network's dials, a real slice of the cost landscape around the
start as a map with contour lines, the slope (the gradient) felt in the fog, the path two weights took, real
too-big steps on the map, and three real runs that differ only in step size.

What is shown, all read from or recomputed from the history:

- the landscape: `nncore.landscape` with its two `clearest_weights`, a `grid_around` their
  `path`, and `cost_slice` there with every other weight as before the first step (so the
  ball's first reading is the run's real starting cost); drawn as grey-to-orange bands (log
  cost, interpolated between grid points for a smooth map) with lines where the bands meet
  (`contour_segments`), each axis labelled with its dial's range;
- in the fog, the ball takes real steps downhill on the slice itself (only the two weights
  move, `slice_walk`), so each goes where its arrow points; the arrows are minus the slice's
  gradient at each spot and the ball reads the slice's cost there; the first, big arrow is
  where "the gradient" is named; then the real path is drawn from the same start;
- the leaps: `slice_walk`, real steps of the too-big run's size on the drawn slice from the
  path's start; the words say whether one landed higher than it started (leaped over);
- before the map, every dial of the first snapshot as a grid (blue above zero, red below);
  the two picked become the axes, the rest step aside as "held", and turn to their values
  after training when the words say they moved; the path ends beside the real final cost;
- what a step size is: the slope arrow and one step of each size, the same arrow times the
  run's step size, to one scale (a step too long runs off the frame);
- the learning-rate runs: `history.learning_rates`, three cost curves on one chart with a log
  step axis (the first steps get room), ours in the cost's orange, the others grey dashed and
  white dotted, with a key and the last cost at each curve's end.
No training result is said again here (the steps and the first cost are other chapters').

    manim -ql scenes/chapters/descent.py Descent        # with NN_EXPLAINER_HISTORY=out/history.json
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from manim import (DOWN, ORIGIN, config, LEFT, RIGHT, UP, Arrow, Circle, Create, Cutout, DashedVMobject, Dot, FadeIn,
                   FadeOut, Indicate, Line, ManimColor, Rectangle, ReplacementTransform, Square, Transform,
                   UpdateFromFunc, VGroup, VMobject, interpolate_color, linear)

from nncore import landscape
from nncore.history import History, Stop
from scenes.kit.chapter import Chapter
from scenes.kit.motion import CrossFade
from scenes.screen import mark
from scenes.kit.pictures import rect_points
from scenes.kit.readings import slice_gradient, slice_walk

GRID = 25             # landscape grid points per weight
SMOOTH = 4            # drawn cells per grid gap (linear interpolation between real grid costs)
BANDS = 12            # colour steps: bands read like the contour lines of a map
FOG_HOPS = (0.07, 0.14, 0.21)   # the ball's stops in the fog, as shares of the path's length
FOG_HOLE = 0.6        # radius of the clear circle around the ball in the fog
LEAPS = 3             # real too-big steps drawn on the map
MAP_SIDE = 5.0
KEY_GAP = 2.4         # from the map to its key: room for the colour legend between them
DIAL_SHADES = 3       # strengths of a dial's colour: its size, in three steps
DIAL_GAP = 0.12       # share of a dial's square left dark on each side, so the squares read apart
DIALS_SIDE = 2.0      # width of the small grid of held dials beside the map
OUR_STEP = 1.0        # drawn length of our step size's step; the slope and the others to scale
RATE_WORDS = {"too small": mark("tiny steps: {lr}"), "good": mark("our step size: {lr}"),
              "too big": mark("huge steps: {lr}")}


# --- the numbers (no manim) ---

@dataclass
class Slice:
    """A real 2-D slice of the cost surface and the path the two weights took."""

    weights: tuple[landscape.Weight, landscape.Weight]
    values_a: np.ndarray
    values_b: np.ndarray
    costs: np.ndarray          # costs[i, j] at weight a = values_a[i], weight b = values_b[j]
    path: np.ndarray           # (n_snapshots, 2)


def start_step(history: History) -> int:
    """The map is drawn around the start: every other dial as before training's first step,
    so the spot the path starts at reads the run's real starting cost."""
    return history.snapshots[0].step


def cost_landscape(history: History, n: int = GRID) -> Slice:
    weights = landscape.clearest_weights(history)
    points = landscape.path(history, weights)
    values_a, values_b = landscape.grid_around(points, n)
    costs = landscape.cost_slice(history, weights, values_a, values_b, start_step(history))
    return Slice(weights, values_a, values_b, costs, points)


def slice_costs(history: History, weights, points: np.ndarray) -> list[float]:
    """The drawn slice's cost at each point (the ball's reading as it steps)."""
    step = start_step(history)
    return [float(landscape.cost_slice(history, weights, [a], [b], step)[0, 0]) for a, b in points]


def probe_spots(view: Slice) -> list[tuple[np.ndarray, float]]:
    """Three grid spots to read the real cost at: the highest, the middle, the lowest ground,
    each kept a little inside the edge so its reading fits on the map."""
    inner = view.costs[2:-2, 2:-2]
    picks = [np.unravel_index(np.argmax(inner), inner.shape), (inner.shape[0] // 2, inner.shape[1] // 2),
             np.unravel_index(np.argmin(inner), inner.shape)]
    return [(np.array([view.values_a[i + 2], view.values_b[j + 2]]), float(inner[i, j])) for i, j in picks]


def fog_stops(path: np.ndarray, shares: tuple[float, ...] = FOG_HOPS) -> list[int]:
    """Snapshot indices where the ball has walked these shares of the path's drawn length."""
    scaled = (path - path.min(axis=0)) / np.maximum(np.ptp(path, axis=0), 1e-12)
    walked = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(scaled, axis=0), axis=1))])
    stops = [int(np.searchsorted(walked, share * walked[-1])) for share in shares]
    return sorted({min(s, len(path) - 1) for s in [0, *stops]})


def slope_nudges(history: History, weights, points: np.ndarray) -> list[list[float]]:
    """Minus the gradient of the drawn slice (the two weights set to each point, the rest
    as at the start): downhill on the map itself."""
    return [(-slice_gradient(history, weights, p, start_step(history))).tolist() for p in points]


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


def inside_map(points: np.ndarray, costs: np.ndarray, view: Slice) -> tuple[np.ndarray, np.ndarray]:
    """The walk up to its first point outside the map's grid (that point and later ones dropped)."""
    (a0, a1), (b0, b1) = view.values_a[[0, -1]], view.values_b[[0, -1]]
    inside = (points[:, 0] >= a0) & (points[:, 0] <= a1) & (points[:, 1] >= b0) & (points[:, 1] <= b1)
    n = len(points) if inside.all() else max(int(np.argmin(inside)), 1)
    return points[:n], costs[:n]


def smooth(values: np.ndarray, factor: int = SMOOTH) -> np.ndarray:
    """Values at the centres of a finer grid of cells, linearly interpolated in both directions."""
    n_a, n_b = values.shape
    at_a = (np.arange(n_a * factor) + 0.5) / (n_a * factor) * (n_a - 1)
    at_b = (np.arange(n_b * factor) + 0.5) / (n_b * factor) * (n_b - 1)
    rows = np.array([np.interp(at_a, np.arange(n_a), col) for col in values.T]).T
    return np.array([np.interp(at_b, np.arange(n_b), row) for row in rows])


def bands(costs: np.ndarray, n: int = BANDS) -> np.ndarray:
    """Band index 0..n-1 per cell, evenly spaced in log cost (low cost = 0)."""
    logs = np.log(np.maximum(costs, 1e-12))
    lo, hi = logs.min(), logs.max()
    share = (logs - lo) / (hi - lo) if hi > lo else np.zeros_like(logs)
    return np.minimum((share * n).astype(int), n - 1)


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


def too_big_story(big: RateCurve, good: RateCurve) -> str:
    """What the too-big run really did: blows (diverged), bounces (its cost rose above the
    start), stuck (ended far above the good run) or fine."""
    if big.stopped.reason == "diverged":
        return "big_blows"
    if big.costs[1:].max(initial=-np.inf) > big.costs[0]:
        return "big_bounces"
    if big.final_cost > 1.5 * good.final_cost:
        return "big_stuck"
    return "big_fine"


def stop_words(run: RateCurve) -> str:
    """What the stopping rule did to a run, said after "the cost stops falling"."""
    if run.stopped.reason in ("converged", "plateau"):
        return f"As it was no longer getting better, the stopping rule ended training after {run.stopped.step} steps."
    return f"It was still there when training ended, after {run.stopped.step} steps."


def all_dials(history: History, snapshot: int) -> np.ndarray:
    """Every weight of one snapshot, layer after layer, row after row: the dials as a list."""
    return np.concatenate([w.ravel() for w in history.snapshots[snapshot].weights])


def dial_index(history: History, weight: landscape.Weight) -> int:
    """Where a (layer, row, col) weight sits in `all_dials`."""
    layer, row, col = weight
    shapes = [w.shape for w in history.snapshots[0].weights]
    return int(sum(int(np.prod(sh)) for sh in shapes[:layer]) + row * shapes[layer][1] + col)


def dial_shape(n: int) -> tuple[int, int]:
    """Rows and columns of a near-square grid holding n dials."""
    cols = int(np.ceil(np.sqrt(n * 1.15)))
    return int(np.ceil(n / cols)), cols


def dial_levels(values: np.ndarray, scale: float, shades: int = DIAL_SHADES, skip=()) -> np.ndarray:
    """A shade per dial on a grid (-1 where none is drawn: past the last dial, and the dials
    in `skip`): 0..shades-1 below zero (faint to strong), shades..2*shades-1 above; `scale`
    is the size drawn strongest."""
    rows, cols = dial_shape(len(values))
    strength = np.minimum((np.abs(values) / (scale or 1.0) * shades).astype(int), shades - 1)
    levels = np.full(rows * cols, -1)
    levels[:len(values)] = np.where(values < 0, strength, shades + strength)
    levels[list(skip)] = -1
    return levels.reshape(rows, cols)


def people(value: float) -> str:
    """A cost or step size as people read it: 0.02, 3.02, 45, 0.067."""
    if value >= 10:
        return f"{value:.0f}"
    if value >= 0.1:
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{value:.2g}"


# --- pictures ---

def colour_cells(levels: np.ndarray, colours: list[str], cell: float, skip: int | None = None) -> VGroup:
    """A grid of coloured cells (row 0 at the top) as one VMobject per colour: each row's runs
    of equal cells become one rectangle, so a big map stays a few mobjects."""
    n_rows, n_cols = levels.shape
    # overlap neighbours by a pixel or so: anti-aliased edges would leave dark seams
    pad = max(cell * 0.1, 0.004)
    group = VGroup()
    for level, colour in enumerate(colours):
        if level == skip:
            continue
        top_left, bottom_right = [], []
        for r in range(n_rows):
            cols = np.flatnonzero(levels[r] == level)
            if cols.size == 0:
                continue
            breaks = np.flatnonzero(np.diff(cols) > 1)
            for first, last in zip(np.r_[cols[0], cols[breaks + 1]], np.r_[cols[breaks], cols[-1]]):
                top_left.append([first * cell - pad, -r * cell + pad, 0])
                bottom_right.append([(last + 1) * cell + pad, -(r + 1) * cell - pad, 0])
        if top_left:
            group.add(VMobject(fill_color=colour, fill_opacity=1.0, stroke_width=0)
                      .set_points(rect_points(top_left, bottom_right)))
    return group


def ramp(stops: list[str], n: int) -> list[str]:
    """n colours evenly spread along a ramp through `stops`."""
    colours = [ManimColor(s) for s in stops]
    out = []
    for t in np.linspace(0, 1, n):
        k = min(int(t * (len(colours) - 1)), len(colours) - 2)
        local = t * (len(colours) - 1) - k
        out.append(interpolate_color(colours[k], colours[k + 1], local).to_hex())
    return out


def map_ramp(t) -> list[str]:
    """Low ground grey, high ground orange (orange is cost everywhere; blue is a dial's sign)."""
    low = interpolate_color(ManimColor(t.background), ManimColor(t.muted), 0.55).to_hex()
    return [low, t.cost]


def cost_words(value: float) -> str:
    """A cost as training and the recap show it: two decimals (0.02, not 0.024)."""
    return f"{value:.2f}"


def people_signed(value: float) -> str:
    """`people` for numbers that may be below zero (a dial's value)."""
    return ("-" if value < 0 else "") + people(abs(value))


def polyline(points: np.ndarray, color: str, width: float) -> VMobject:
    line = VMobject(stroke_color=color, stroke_width=width)
    line.set_points_as_corners(points)
    return line


@dataclass
class Chart:
    """A plain chart frame: data (x, y) to scene points, with the y range cut at `y_max`."""

    origin: np.ndarray
    width: float
    height: float
    x_max: float
    y_max: float
    log_x: bool = False    # steps on a log scale (1, 10, 100 equally apart), step 0 at the origin

    def share(self, x: float) -> float:
        """How far along the x axis `x` sits, 0 to 1."""
        if self.log_x:
            return float(np.log10(1 + x) / np.log10(1 + self.x_max))
        return x / self.x_max

    def point(self, x: float, y: float) -> np.ndarray:
        return self.origin + np.array([self.share(x) * self.width, y / self.y_max * self.height, 0.0])

    def curve_points(self, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
        """The curve's points, stopping where it leaves the top of the chart."""
        above = np.flatnonzero(ys > self.y_max)
        if above.size:
            k = int(above[0])
            if k == 0:
                return np.array([self.point(xs[0], self.y_max)] * 2)
            share = (self.y_max - ys[k - 1]) / (ys[k] - ys[k - 1])
            xs = np.r_[xs[:k], xs[k - 1] + share * (xs[k] - xs[k - 1])]
            ys = np.r_[ys[:k], self.y_max]
        pts = np.array([self.point(x, y) for x, y in zip(xs, ys)])
        return pts if len(pts) > 1 else np.vstack([pts, pts])

    def axes(self, color: str) -> VGroup:
        o = self.origin
        return VGroup(Line(o, o + RIGHT * self.width, color=color, stroke_width=2),
                      Line(o, o + UP * self.height, color=color, stroke_width=2))


# --- the chapter ---

class Descent(Chapter):
    name, title = "descent", "Gradient descent"
    pause_after_section = 1.5   # a breath after each new picture (10% quiet or more)

    def facts(self) -> dict[str, object]:
        runs = {r.label: r for r in rate_curves(self.history)}
        small, good, big = runs["too small"], runs["good"], runs["too big"]
        return {**super().facts(),
                "small_lr": people(small.lr), "small_steps": small.stopped.step,
                "small_cost": cost_words(small.final_cost),
                "good_lr": people(good.lr), "good_cost": cost_words(good.final_cost),
                "big_lr": people(big.lr), "big_cost": cost_words(big.final_cost),
                "final_cost": cost_words(self.history.final.cost),
                "big_steps": big.stopped.step, "big_stop_words": stop_words(big)}

    def construct(self) -> None:
        # the term is named when the walk is shown ("... is called gradient descent")
        self.heading = self.show_title("Walking downhill")
        self.play_landscape()
        self.play_rates()

    # --- the landscape ---

    def play_landscape(self) -> None:
        view = cost_landscape(self.history)
        cells, labels, place = self.landscape_map(view)
        self.held_label = labels[3]
        self.map_box = (cells.get_corner(DOWN + LEFT), cells.get_corner(UP + RIGHT))
        with self.say("landscape"):
            self.play_map_parts(view, cells, labels, place)
        self.show(weights=[list(w) for w in view.weights], grid=[view.values_a, view.values_b],
                  costs=view.costs, path=view.path, held_at_step=start_step(self.history))

        points, lr = self.fog_walk(view)
        slopes = slope_nudges(self.history, view.weights, points)
        costs = slice_costs(self.history, view.weights, points)
        with self.say("fog") as tracker:
            ball, fog, footprints = self.play_fog(view, cells, place, points, slopes, costs, tracker)
        self.show(slopes=[{"at": p, "nudge": s, "cost": c} for p, s, c in zip(points, slopes, costs)], fog_lr=lr)

        self.play_path(view, place, ball, fog, footprints, labels)
        self.play_leaps(view, place, ball, cells)
        self.play(FadeOut(VGroup(cells, labels, ball, *self.leap_marks)), run_time=0.6)

    def play_path(self, view: Slice, place, ball: Dot, fog: VMobject, footprints: VGroup, labels: VGroup) -> None:
        """The fog lifts and the real path is drawn (yellow, like the ball); the held dials'
        grid turns to their values after training as "the other dials moved too" is said,
        and the real final cost is written under the map's cost at the path's end."""
        t = self.theme
        held, others = labels[3], labels[4]
        rest = polyline(np.array([place(p) for p in view.path]), t.highlight, 3)
        ball.set_z_index(1)
        reading = self.key[2]
        end_cost = slice_costs(self.history, view.weights, view.path[-1:])[0]
        with self.say("path") as tracker:
            self.play(FadeOut(fog), FadeOut(footprints), FadeOut(reading),
                      ball.animate.move_to(place(view.path[0])), run_time=1.0)
            # the ball rides the tip of the line as it draws (moving it along the path by its
            # length would run ahead of a line drawn point by point)
            self.play(Create(rest), UpdateFromFunc(ball, lambda m: m.move_to(rest.get_end())),
                      run_time=min(5.0, tracker.duration - 1.5 - 2.4), rate_func=linear)
            here = self.ball_reading(end_cost).move_to(reading, aligned_edge=LEFT)
            self.play(FadeIn(here), run_time=0.5)
            self.wait_until_bookmark("moved")
            moved = self.dial_grid(all_dials(self.history, -1), self.dial_scale, held=True).shift(self.grid_corner)
            after = self.text("every other dial:\nafter training", size="small", color=t.text).move_to(held, aligned_edge=LEFT)
            # the map's colours and costs are still the slice before training: said on it
            still = self.text("map: other dials as before training", size="small", color=t.muted)
            still.next_to(self.map_box[1], UP, buff=0.12).align_to(self.map_box[0], LEFT)
            self.play(CrossFade(others, moved), CrossFade(held, after), FadeIn(still), run_time=1.2)
            self.wait_until_bookmark("real")
            real = self.text("with every dial moved:\nreal cost {cost}", size="small", color=t.cost,
                             facts={"cost": cost_words(self.history.final.cost)})
            real.next_to(here, DOWN, aligned_edge=LEFT, buff=0.3)
            self.play(FadeIn(real), run_time=0.4)   # short: a slow fade read as ghost words
        self.show(path_end_cost=end_cost)
        labels.remove(held, others)
        self.play(FadeOut(rest), FadeOut(self.key[0]), FadeOut(VGroup(here, real, moved, after, still)),
                  ball.animate.move_to(place(view.path[0])), run_time=0.8)

    def play_map_parts(self, view: Slice, cells: VGroup, labels: VGroup, place) -> None:
        """Each part of the map as the words reach it: all the dials (a grid, coloured by sign),
        the two picked (they become the axes), the rest held (the grid steps aside), then the
        map with its lines and key, a marker reading a few spots' real cost; the key and the
        lines are pointed at as they are named."""
        t = self.theme
        across, up, legend, held, others = labels
        rows, cols = dial_shape(len(all_dials(self.history, 0)))
        big = self.dial_grid(all_dials(self.history, 0), self.dial_scale).scale(MAP_SIDE / DIALS_SIDE, about_point=ORIGIN)
        big.shift(cells.get_corner(UP + LEFT) + DOWN * MAP_SIDE * (1 - rows / cols) / 2)
        many = self.text("{n} dials", size="label", facts={"n": self.facts()["n_weights"]})
        many.next_to(big, RIGHT, buff=0.5).align_to(big, UP)
        picked = self.picked_marks(big)
        self.wait_until_bookmark("dials")
        self.play(FadeIn(big), FadeIn(many), run_time=1.0)
        self.wait_until_bookmark("two")
        self.play(Create(picked), big.animate.set_fill(opacity=0.3), run_time=0.8)
        self.play(ReplacementTransform(picked[0], across), ReplacementTransform(picked[1], up), run_time=1.0)
        self.wait_until_bookmark("held")
        self.play(ReplacementTransform(big, others), FadeOut(many), FadeIn(held), run_time=1.2)
        self.wait_until_bookmark("spot")
        self.play(FadeIn(cells), FadeIn(legend), run_time=1.0)
        spots = probe_spots(view)
        marker = Dot(place(spots[0][0]), radius=0.1, color=t.text)
        reading = self.spot_reading(spots[0][1], marker, cells)
        self.play(FadeIn(marker), FadeIn(reading), run_time=0.5)
        for pair, cost in spots[1:]:
            self.wait(0.6)
            target = place(pair)
            new = self.spot_reading(cost, marker.copy().move_to(target), cells)
            # one reading at a time: faded across each other they left a ghost under the marker
            self.play(FadeOut(reading), run_time=0.3)
            self.play(marker.animate.move_to(target), run_time=0.7)
            self.play(FadeIn(new), run_time=0.3)
            reading = new
        self.show(probe=[{"at": p, "cost": c} for p, c in spots])
        self.wait_until_bookmark("colours")
        self.play(FadeOut(marker), FadeOut(reading), Indicate(legend, color=None, scale_factor=1.15), run_time=1.0)
        self.wait_until_bookmark("lines")
        lines = cells[-1]
        self.play(lines.animate.set_stroke(color=t.text, width=2.4, opacity=1), run_time=0.8)
        self.play(lines.animate.set_stroke(color=t.background, width=1.6, opacity=0.8), run_time=0.8)

    def dial_grid(self, values: np.ndarray, scale: float, held: bool = False) -> VGroup:
        """Every dial as a small square, blue above zero and red below (as everywhere in the
        video), stronger the bigger it is; one VMobject per shade, so 1184 squares draw fast.
        `held`: the two on the map's axes are left out (a gap where each was)."""
        t = self.theme
        skip = [dial_index(self.history, w) for w in landscape.clearest_weights(self.history)] if held else []
        levels = dial_levels(values, scale, skip=skip)
        cell = DIALS_SIDE / levels.shape[1]
        shades = [interpolate_color(ManimColor(t.background), ManimColor(c), 0.4 + 0.6 * k / (DIAL_SHADES - 1)).to_hex()
                  for c in (t.negative, t.positive) for k in range(DIAL_SHADES)]
        group = VGroup()
        gap = cell * DIAL_GAP
        for level, colour in enumerate(shades):
            rows, cols = np.nonzero(levels == level)
            if rows.size:
                tl = np.column_stack([cols * cell + gap, -rows * cell - gap, np.zeros(rows.size)])
                br = tl + np.array([cell - 2 * gap, -(cell - 2 * gap), 0])
                group.add(VMobject(fill_color=colour, fill_opacity=1.0, stroke_width=0).set_points(rect_points(tl, br)))
        return group

    def picked_marks(self, grid: VGroup) -> VGroup:
        """Yellow rings around the two picked dials' squares in `grid` (drawn by `dial_grid`)."""
        # the grid's first row is full and its last starts at the left: its box is the
        # grid's, less the dark edge of the outer squares
        cols = dial_shape(len(all_dials(self.history, 0)))[1]
        cell = grid.width / (cols - 2 * DIAL_GAP)
        corner = grid.get_corner(UP + LEFT) + cell * DIAL_GAP * np.array([-1, 1, 0])
        marks = VGroup()
        for weight in landscape.clearest_weights(self.history):
            k = dial_index(self.history, weight)
            centre = corner + np.array([(k % cols + 0.5) * cell, -(k // cols + 0.5) * cell, 0])
            marks.add(Square(max(cell * 2.2, 0.3), color=self.theme.highlight, stroke_width=5).move_to(centre))
        return marks

    def spot_reading(self, cost: float, marker: Dot, cells: VGroup) -> VGroup:
        """A spot's real cost beside the marker (below it in the map's top half, so it stays on
        the map), on a dark patch so the map's colours do not hide it."""
        words = self.text("cost {cost}", size="small", facts={"cost": people(cost)})
        words.add_background_rectangle(color=self.theme.background, opacity=0.85, buff=0.06)
        return words.next_to(marker, DOWN if marker.get_y() > cells.get_y() else UP, buff=0.12)

    def play_leaps(self, view: Slice, place, ball: Dot, cells: VGroup) -> None:
        """Real steps of the too-big size on the map, from the path's start: arrows hop to
        where each lands, stopping before one would leave the map."""
        t = self.theme
        big = rate_curves(self.history)[2]
        points, costs = inside_map(*slice_walk(self.history, view.weights, view.path[0], big.lr, LEAPS,
                                               start_step(self.history)), view)
        over = bool(np.any(np.diff(costs) > 0))
        # no buff and a tip up to half the length: short hops still show which way they go
        hops = VGroup(*(Arrow(place(a), place(b), buff=0, color=t.highlight, stroke_width=5, tip_length=0.18,
                              max_tip_length_to_length_ratio=0.5) for a, b in zip(points, points[1:])))
        spots = VGroup(*(Dot(place(p), radius=0.08, color=t.highlight) for p in points[1:]))
        key = self.map_key([(Arrow(LEFT * 0.3, RIGHT * 0.3, buff=0, color=t.highlight, stroke_width=5),
                             "one huge step of {lr}", {"lr": people(big.lr)})], cells)
        self.leap_marks = []
        self.show(leaps={"lr": big.lr, "points": points, "costs": costs, "over": over, "drawn": over})
        if not over or not len(hops):
            # on this map (only two dials move) the huge steps still go downhill: drawn, they
            # would look like a success, which the real run was not; the chart tells that
            return
        with self.say("leap_over") as tracker:
            self.play(FadeIn(key), run_time=0.5)
            beat = max(0.6, (tracker.duration - 0.5) / len(hops) / 2)
            for hop, spot in zip(hops, spots):
                self.play(Create(hop), FadeIn(spot), run_time=beat)
                self.wait(beat)
        self.leap_marks = [hops, spots, key]

    def landscape_map(self, view: Slice):
        """The coloured map, its labels and legend, and `place(pair)`: where a pair of values sits."""
        t = self.theme
        corner = np.array([-MAP_SIDE / 2 - 1.8, MAP_SIDE / 2 - 0.35, 0])   # top left of the map: room for the key on the right
        colours = ramp(map_ramp(t), BANDS)
        fine = bands(smooth(view.costs))
        # rows of the picture run down weight b, columns along weight a
        cell = MAP_SIDE / fine.shape[0]
        cells = colour_cells(fine.T[::-1], colours, cell).shift(corner)
        lines = VMobject(stroke_color=t.background, stroke_width=1.6, stroke_opacity=0.8)
        segments = contour_segments(fine.T[::-1], cell) + corner
        if len(segments):
            a, b = segments[:, 0], segments[:, 1]
            lines.set_points(np.stack([a, a + (b - a) / 3, b - (b - a) / 3, b], axis=1).reshape(-1, 3))
        cells.add(lines)
        (a0, a1), (b0, b1) = view.values_a[[0, -1]], view.values_b[[0, -1]]
        across = self.text("one dial, from {lo} to {hi}", size="small", color=t.muted,
                           facts={"lo": people_signed(a0), "hi": people_signed(a1)}).next_to(cells, DOWN, buff=0.15)
        up = self.text("another dial, from {lo} to {hi}", size="small", color=t.muted,
                       facts={"lo": people_signed(b0), "hi": people_signed(b1)}).rotate(np.pi / 2)
        start, end = all_dials(self.history, 0), all_dials(self.history, -1)
        self.dial_scale = float(np.quantile(np.abs(np.r_[start, end]), 0.9))
        # each grid is drawn with its top left corner at the origin: shifted, grids line up
        self.grid_corner = np.array([cells.get_right()[0] + KEY_GAP, cells.get_top()[1], 0])
        others = self.dial_grid(start, self.dial_scale, held=True).shift(self.grid_corner)
        held = self.text("every other dial:\nas before training", size="small", color=t.text)
        held.next_to(others, DOWN, aligned_edge=LEFT, buff=0.15)
        labels = VGroup(across, up.next_to(cells, LEFT, buff=0.15),
                        self.legend(colours, view.costs).next_to(cells, RIGHT, buff=0.35), held, others)
        return cells, labels, self.map_place(view, corner)

    def fog_walk(self, view: Slice) -> tuple[np.ndarray, float]:
        """The steps taken in the fog: real steps downhill on this map (only the two dials move),
        from the path's start, so each goes where its arrow points (the real path turned away
        from the map's slope as the other dials moved). Sized so the first is as long as the
        real path's first stretch in the fog. The points (start included) and the step size."""
        stops = fog_stops(view.path)
        start = view.path[0]
        nudge = np.asarray(slope_nudges(self.history, view.weights, view.path[:1])[0])
        hop = np.linalg.norm(view.path[stops[1]] - start) if len(stops) > 1 else 0.0
        lr = float(hop / (np.linalg.norm(nudge) or 1.0))
        walk = slice_walk(self.history, view.weights, start, lr, max(len(stops) - 1, 0), start_step(self.history))
        return inside_map(*walk, view)[0], lr

    def play_fog(self, view: Slice, cells: VGroup, place, points: np.ndarray, slopes: list[list[float]],
                 costs: list[float], tracker) -> tuple[Dot, VMobject, VGroup]:
        """Fog over the map but around the ball, which reads the real cost where it stands.
        As the words say it: the slope is felt (a big arrow), named, and stepped down; then
        felt and stepped again at each stop; the footprints join into "gradient descent".
        Returns the ball, the fog and the footprints, left on screen."""
        t = self.theme
        stops = range(len(points))
        ball = Dot(place(points[0]), radius=0.13, color=t.highlight, stroke_color=t.text, stroke_width=2)
        fog = self.fog(cells, ball.get_center())
        arrow_mark = Arrow(LEFT * 0.3, RIGHT * 0.3, buff=0, color=t.highlight, stroke_width=5)
        self.key = self.map_key([(Dot(radius=0.1, color=t.highlight), "where the two dials are"),
                                 (arrow_mark, "steepest way down")], cells)
        reading = self.ball_reading(costs[0])
        self.wait_until_bookmark("fog")
        self.play(FadeIn(fog), FadeIn(ball), FadeIn(self.key[0]), FadeIn(reading), run_time=1.0)
        self.wait_until_bookmark("feel")
        arrow = self.slope_arrow(ball.get_center(), slopes[0], view, 1.8)
        self.play(Create(arrow), FadeIn(self.key[1]), run_time=1.0)
        self.wait_until_bookmark("gradient")
        name = self.text("the slope: the gradient", size="small", color=t.highlight)
        # on the fog, clear of the hole around the ball (a box there cut a notch in it)
        place_beside(name, ball, arrow.get_end() - arrow.get_start(), cells, buff=FOG_HOLE - ball.radius + 0.05)
        self.play(FadeIn(name), run_time=0.6)
        footprints = VGroup()

        def step_to(k: int, run_time: float) -> None:
            nonlocal reading, fog
            target = place(points[k])
            footprints.add(Dot(ball.get_center(), radius=0.06, color=t.highlight))
            new = self.ball_reading(costs[k])
            self.play(FadeOut(arrow), FadeIn(footprints[-1]), ball.animate.move_to(target),
                      fog.animate.become(self.fog(cells, target)), CrossFade(reading, new), run_time=run_time)
            reading = new

        self.wait_until_bookmark("step")
        if len(stops) > 1:
            self.play(FadeOut(name), run_time=0.4)
            step_to(1, 1.2)
        else:
            self.play(FadeOut(name), FadeOut(arrow), run_time=0.4)
        self.wait_until_bookmark("again")
        later = range(1, len(stops) - 1)
        beat = max(0.5, tracker.time_until_bookmark("name") / max(2 * len(later), 1))
        for k in later:
            arrow = self.slope_arrow(ball.get_center(), slopes[k], view, 0.9)
            self.play(Create(arrow), run_time=beat)
            step_to(k + 1, beat)
        self.wait_until_bookmark("name")
        footprints.add(Dot(ball.get_center(), radius=0.06, color=t.highlight))
        walk = polyline(np.array([d.get_center() for d in footprints]), t.highlight, 3)
        label = self.text("gradient descent", size="small", color=t.highlight)
        label.next_to(VGroup(walk, Circle(FOG_HOLE).move_to(ball)), DOWN, buff=0.15)   # on the fog, under its hole
        term = self.text("Gradient descent", size="title").move_to(self.heading)
        self.play(Create(walk), FadeIn(label), FadeOut(self.key[1]), CrossFade(self.heading, term), run_time=1.2)
        self.heading = term
        footprints.add(walk, label)
        self.key.add(reading)
        return ball, fog, footprints

    def ball_reading(self, cost: float) -> VGroup:
        """The real cost where the ball stands, in the key beside the map (orange: a cost)."""
        words = self.text("cost here: {cost}", size="small", color=self.theme.cost, facts={"cost": people(cost)})
        return words.next_to(self.key, DOWN, aligned_edge=LEFT, buff=0.3)

    def map_key(self, rows, cells: VGroup) -> VGroup:
        """Marks and what they mean, one row each, in the free space right of the map's legend."""
        key = VGroup(*(VGroup(mark, self.text(words, size="small", facts=facts)).arrange(RIGHT, buff=0.2)
                       for mark, words, *rest in rows for facts in [rest[0] if rest else None]))
        key.arrange(DOWN, aligned_edge=LEFT, buff=0.3)
        return key.next_to(self.held_label, DOWN, aligned_edge=LEFT, buff=0.45)

    def map_place(self, view: Slice, corner: np.ndarray):
        """Scene point of a (weight a, weight b) pair on the map whose top left is `corner`."""
        (a0, a1), (b0, b1) = view.values_a[[0, -1]], view.values_b[[0, -1]]

        def place(pair: np.ndarray) -> np.ndarray:
            return corner + np.array([(pair[0] - a0) / (a1 - a0) * MAP_SIDE,
                                      -MAP_SIDE + (pair[1] - b0) / (b1 - b0) * MAP_SIDE, 0.0])
        return place

    def slope_arrow(self, at: np.ndarray, nudge: list[float], view: Slice, length: float = 0.9) -> Arrow:
        """Downhill as drawn on the map: each weight's nudge in that axis's own scale."""
        spans = (np.ptp(view.values_a), np.ptp(view.values_b))
        d = np.array([nudge[0] / spans[0], nudge[1] / spans[1], 0.0])
        d = d / (np.linalg.norm(d) or 1.0)
        length = min(length, room_along(at, d, self.map_box))    # no arrow off the map's edge
        return Arrow(at, at + length * d, buff=0.14, color=self.theme.highlight, stroke_width=6,
                     max_tip_length_to_length_ratio=0.35)

    def fog(self, cells: VGroup, hole: np.ndarray) -> VMobject:
        t = self.theme
        cover = Rectangle(width=cells.width + 0.1, height=cells.height + 0.1).move_to(cells)
        return Cutout(cover, Circle(FOG_HOLE).move_to(hole), fill_color=t.background,
                      fill_opacity=0.93, stroke_width=0)

    def legend(self, colours: list[str], costs: np.ndarray) -> VGroup:
        """The colour bar, its ends labelled with the map's real highest and lowest cost."""
        levels = np.arange(len(colours))[::-1].reshape(-1, 1)   # high cost at the top
        bar = colour_cells(levels, colours, 0.25)
        t = self.theme
        high = self.text("high cost: {cost}", size="small", color=t.muted, facts={"cost": cost_words(costs.max())})
        low = self.text("low cost: {cost}", size="small", color=t.muted, facts={"cost": cost_words(costs.min())})
        return VGroup(bar, high.next_to(bar, UP, buff=0.12), low.next_to(bar, DOWN, buff=0.12))

    # --- the learning-rate story ---

    @staticmethod
    def end_words(run: RateCurve, x_max: float, y_max: float) -> tuple[str, dict]:
        """The label at a curve's end, a template and its facts: its last cost, and whether it stopped early."""
        if run.costs.max() > y_max:
            return "off the chart", {}
        return ("{cost}, stopped" if run.steps[-1] < x_max else "{cost}"), {"cost": cost_words(run.final_cost)}

    def play_rates(self) -> None:
        runs = {r.label: r for r in rate_curves(self.history)}
        small, good, big = runs["too small"], runs["good"], runs["too big"]
        story = too_big_story(big, good)
        frame, curves = self.rate_chart([small, good, big])
        slope, slope_words, rows, caption = self.step_strip([small, good, big])
        with self.say("rates"):
            self.play(FadeIn(slope_words), Create(slope), run_time=0.8)
            self.wait_until_bookmark("size")
            self.play(FadeIn(caption), run_time=0.5)
            for words, mark in rows:
                # a step off the frame is a plain line: drawn, as the arrow's tip morphed into it strayed
                grow = ReplacementTransform(slope.copy(), mark) if isinstance(mark, (Arrow, VGroup)) else Create(mark)
                self.play(FadeIn(words), grow, run_time=0.8)
        strip = VGroup(slope, slope_words, caption, *(m for row in rows for m in row))
        for key, (curve, end, row) in zip(("small", "good", story), curves):
            with self.say(key) as tracker:
                if strip is not None:     # the steps stay in sight until the first run is told
                    self.play(FadeOut(strip), run_time=0.4)   # one after the other: the caption sat on the ticks
                    self.play(FadeIn(frame), run_time=0.4)
                    strip = None
                    self.wait_until_bookmark("run")    # the steps axis is told first
                self.play(FadeIn(row), run_time=0.5)
                self.play(Create(curve), run_time=min(4.0, tracker.duration * 0.6), rate_func=linear)
                self.play(FadeIn(end), run_time=0.4)
                if key == story:          # how the too-big run ended, pointed at as it is said
                    self.wait_until_bookmark("stop")
                    self.play(Indicate(end, color=None, scale_factor=1.3), run_time=1.0)
        self.show(learning_rates=[{"label": r.label, "lr": r.lr, "final_cost": r.final_cost}
                                  for r in runs.values()], too_big=story)
        (_, small_end, small_row), _, (_, big_end, big_row) = curves
        with self.say("wrap"):
            self.wait_until_bookmark("small")
            self.play(Indicate(VGroup(small_row, small_end), color=None, scale_factor=1.15), run_time=1.0)
            self.wait_until_bookmark("big")
            self.play(Indicate(VGroup(big_row, big_end), color=None, scale_factor=1.15), run_time=1.0)

    def step_strip(self, runs: list[RateCurve]):
        """What a step size is: the slope (the yellow arrow of the map) and, below it, one step
        of each size: the same arrow times that size, all to one scale (ours drawn OUR_STEP
        long). A step too long for the frame runs off its edge. Returns the slope, its words,
        (words, step) per run and the caption."""
        t = self.theme
        unit = OUR_STEP / runs[1].lr            # the slope's drawn length
        x0, top, gap = -1.0, 1.7, 1.0
        edge = config.frame_width / 2 + 0.3

        def mark(y: float, length: float) -> VMobject:
            start = np.array([x0, y, 0.0])
            if x0 + length > edge:                 # off the frame: a line with no tip in sight
                return Line(start, [edge, y, 0], color=t.highlight, stroke_width=6)
            if length < 0.3:                       # too short for a tip: a nub of its real length
                return VGroup(Dot(start, radius=0.05, color=t.highlight),
                              Line(start, start + RIGHT * max(length, 1e-3), color=t.highlight, stroke_width=6))
            return Arrow(start, start + RIGHT * length, buff=0, color=t.highlight, stroke_width=6,
                         max_tip_length_to_length_ratio=0.3)

        slope = mark(top, unit)
        slope_words = self.text("the slope", color=t.highlight).next_to([x0, top, 0], LEFT, buff=0.4)
        rows = []
        for k, run in enumerate(runs, start=1):
            y = top - k * gap
            words = self.text(RATE_WORDS[run.label], facts={"lr": people(run.lr)}).next_to([x0, y, 0], LEFT, buff=0.4)
            rows.append((words, mark(y, run.lr * unit)))
        caption = self.text("one step = the slope \u00d7 the step size", size="small", color=t.muted)
        caption.move_to([0, top - 4 * gap + 0.1, 0])
        self.show(step_lengths={r.label: r.lr * unit for r in runs})
        return slope, slope_words, rows, caption

    def rate_styles(self) -> list[tuple[str, str]]:
        """Each run's line: (colour, "solid" / "dashed" / "dotted"). Ours is yellow, as its path
        on the map (orange there is high cost); the others grey and white, told apart by their
        dashes as well."""
        t = self.theme
        return [(t.muted, "dashed"), (t.highlight, "solid"), (t.text, "dotted")]

    def styled(self, points: np.ndarray, colour: str, style: str) -> VMobject:
        line = polyline(points, colour, 4 if style == "solid" else 3.5)
        if style == "solid":
            return line
        # dashes of one length on the curve and on its sample in the key
        length = float(np.linalg.norm(np.diff(points, axis=0), axis=1).sum())
        dash = 0.22 if style == "dashed" else 0.09
        return DashedVMobject(line, num_dashes=max(3, int(length / dash)),
                              dashed_ratio=0.6 if style == "dashed" else 0.45)

    def rate_chart(self, runs: list[RateCurve]) -> tuple[VGroup, list[tuple[VMobject, VMobject, VGroup]]]:
        """One chart, labelled axes, the three runs on one scale (a blown-up curve leaves
        through the top); per run its curve, its end label and its row in the key."""
        t = self.theme
        start = float(runs[0].costs[0])
        y_max = 1.1 * max(start, runs[0].costs.max(), runs[1].costs.max(), min(runs[2].costs.max(), 2 * start))
        x_max = float(max(r.steps[-1] for r in runs)) or 1.0
        chart = Chart(np.array([-6.2, -2.2, 0]), 8.2, 4.2, x_max, y_max, log_x=True)
        o = chart.origin
        start_y = chart.point(0, start)
        frame = VGroup(chart.axes(t.muted),
                       self.text("cost", size="small", color=t.cost).next_to(o + UP * chart.height, UP, buff=0.1),
                       self.text("0", size="small", color=t.muted).next_to(o, LEFT, buff=0.12),
                       self.text("{cost}", size="small", color=t.muted,
                                 facts={"cost": people(start)}).next_to(start_y, LEFT, buff=0.12),
                       Line(start_y, start_y + LEFT * 0.08, color=t.muted, stroke_width=2),
                       self.text("0", size="small", color=t.muted).next_to(o, DOWN, buff=0.12),
                       self.text("{steps}", size="small", color=t.muted,
                                 facts={"steps": int(x_max)}).next_to(o + RIGHT * chart.width, DOWN, buff=0.12),
                       # a log axis nobody explained read as a plain one (review): say what a mark is
                       self.text("steps: each mark 10 times more", size="small", color=t.muted)
                       .next_to(o + RIGHT * chart.width / 2, DOWN, buff=0.5))
        # 1, 10, 100, ... equally apart: the first steps get as much room as the last thousands
        ticks = [10 ** k for k in range(6) if 10 ** k < 0.6 * x_max]
        for step in ticks:
            at = chart.point(step, 0)
            frame.add(Line(at, at + DOWN * 0.08, color=t.muted, stroke_width=2),
                      self.text("{steps}", size="small", color=t.muted, facts={"steps": step}).next_to(at, DOWN, buff=0.12))
        self.show(step_ticks=ticks)
        rows, out = [], []
        for run, (colour, style) in zip(runs, self.rate_styles()):
            points = chart.curve_points(run.steps, run.costs)
            words, facts = self.end_words(run, x_max, y_max)
            end = self.text(words, size="small", color=colour, facts=facts)
            end.next_to(points[-1], RIGHT if run.steps[-1] < 0.75 * x_max else UP, buff=0.12)
            if run.costs.max() > y_max:       # left through the top: under the axis's "cost"
                end.shift(0.35 * DOWN)
            sample = self.styled(np.array([LEFT * 0.35, RIGHT * 0.35]), colour, style)
            row = VGroup(sample, self.text(RATE_WORDS[run.label], size="small", color=colour,
                                           facts={"lr": people(run.lr)})).arrange(RIGHT, buff=0.2)
            rows.append(row)
            out.append((self.styled(points, colour, style), end, row))
        top_right = o + UP * chart.height + RIGHT * chart.width
        VGroup(*rows).arrange(DOWN, aligned_edge=LEFT, buff=0.3).next_to(top_right, RIGHT, buff=0.6).align_to(top_right, UP)
        apart([end for _, end, _ in out])
        return frame, out


def room_along(at: np.ndarray, direction: np.ndarray, box: tuple[np.ndarray, np.ndarray]) -> float:
    """How far from `at` one can go along `direction` (a unit vector) and stay in the box
    given by its lower-left and upper-right corners."""
    lo, hi = box
    room = np.inf
    for k in range(2):
        if direction[k] > 1e-12:
            room = min(room, (hi[k] - at[k]) / direction[k])
        elif direction[k] < -1e-12:
            room = min(room, (lo[k] - at[k]) / direction[k])
    return float(max(room, 0.0))


def place_beside(label, anchor, away, bounds, buff: float = 0.25) -> None:
    """Put `label` next to `anchor` on the side least along `away` (an arrow from it), the
    first such side where it stays inside `bounds`: beside the ball, off its arrow."""
    away = np.asarray(away, dtype=float) / (np.linalg.norm(away) or 1.0)
    for side in sorted((LEFT, RIGHT, UP, DOWN), key=lambda d: float(np.dot(d, away))):
        label.next_to(anchor, side, buff=buff)
        if (label.get_left()[0] >= bounds.get_left()[0] and label.get_right()[0] <= bounds.get_right()[0]
                and label.get_bottom()[1] >= bounds.get_bottom()[1] and label.get_top()[1] <= bounds.get_top()[1]):
            return


def apart(labels: list, gap: float = 0.08) -> None:
    """Move end labels that would overlap upward, lowest first, until none do."""
    ordered = sorted(labels, key=lambda m: m.get_bottom()[1])
    for k, above in enumerate(ordered):
        for below in ordered[:k]:        # every lower one it shares columns with, not only the next
            overlap_x = above.get_left()[0] < below.get_right()[0] and below.get_left()[0] < above.get_right()[0]
            lift = below.get_top()[1] + gap - above.get_bottom()[1]
            if overlap_x and lift > 0:
                above.shift(UP * lift)
