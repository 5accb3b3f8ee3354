"""Gradient descent: a real map of the cost landscape through the run itself (every dial
moving), the slope (the gradient) felt in the fog, the path training took, and three real
runs that differ only in step size.

What is shown, all read from or recomputed from the history:

- the landscape: `nncore.landscape`'s `plane_of` the run, a flat map through the start, the
  end and the middle snapshot furthest off the straight line between them, so those three lie
  exactly on it and read the run's real costs there (big dots marked "start", "after N
  steps", "end"); one point of it is one setting of every dial (said and written beside it);
  `cost_map` on a `grid_around` the `path` (every snapshot where it is closest on the map);
  drawn as grey-to-orange bands (log cost, interpolated between grid points for a smooth map)
  with lines where the bands meet (`contour_segments`);
- in the fog, the ball takes real steps downhill on the map itself (`landscape.walk`) with
  the run's own step size, so they are small (review: giant fog steps fell further than
  training's own first step); an arrow of one length points straight down the slope (the
  gradient) before each of the first steps; then more steps, quickly ("and so on"); the
  walk reads no cost (review 5: its map costs, 3.02 to 2.74, were taken for training's own);
  the fog is pale, no colour of the map;
- the fog lifts; why the map's walk is not training's is said and written (the map is one
  flat slice through every dial; real steps also move off it); then where training took the
  dials is drawn from the same start; it ends on the map's end, whose cost is the run's final cost;
- what a step size is: the slope arrow and one step of each size, the same arrow times the
  run's step size, to one scale (a step too long runs off the frame);
- the learning-rate runs: `history.learning_rates`, three cost curves on one chart with a
  plain step axis, ours in the path's yellow, tiny steps white dashed, huge steps purple
  dotted (grey and orange are the map's), with a key and the last cost at each curve's end,
  lifted off the other runs' lines.
No training result is said again here (the steps and the first cost are other chapters').

    manim -ql scenes/chapters/descent.py Descent        # with NN_EXPLAINER_HISTORY=out/history.json
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from manim import (DOWN, config, LEFT, RIGHT, UP, Arrow, Circle, Create, Cutout, DashedVMobject, Dot, FadeIn,
                   FadeOut, Indicate, Line, ManimColor, Rectangle, ReplacementTransform, Transform,
                   UpdateFromFunc, VGroup, VMobject, interpolate_color, linear)

from nncore import landscape
from nncore.history import History, Stop
from scenes.kit.chapter import Chapter
from scenes.kit.motion import CrossFade
from scenes.screen import mark
from scenes.kit.pictures import rect_points

GRID = 25             # landscape grid points each way
SMOOTH = 8            # drawn cells per grid gap (finer: smoother contour lines) (linear interpolation between real grid costs)
BANDS = 12            # colour steps: bands read like the contour lines of a map
FOG_STEPS = 3         # steps the ball takes in the fog one at a time, each felt first
FOG_MORE = 17         # then this many more, quickly ("and so on"): the run's steps are small
FOG_ARROW = 0.6       # drawn length of the arrow down the slope: inside the clear circle
FOG_HOLE = 0.75       # radius of the clear circle around the ball in the fog
MOMENT_DOT = 0.15     # radius of the start's, the middle's and the end's dots on the map
PATH_BEATS = 6        # the path is drawn in this many beats
MAP_SIDE = 5.0
KEY_GAP = 2.2         # from the map to the words and the key: room for the colour bar between them
OUR_STEP = 1.0        # drawn length of our step size's step; the slope and the others to scale
MOMENT_WORDS = {"start": mark("start: cost {cost}"), "middle": mark("after {steps} steps: cost {cost}"),
                "end": mark("end: cost {cost}")}
RATE_WORDS = {"too small": mark("tiny steps: {lr}"), "good": mark("our step size: {lr}"),
              "too big": mark("huge steps: {lr}")}


# --- the numbers (no manim) ---

@dataclass
class MapView:
    """A real map of the cost surface: a flat plane through the run (every dial moving), its
    grid and real costs, and every snapshot drawn where it is closest on it."""

    plane: landscape.Plane
    values_a: np.ndarray       # right on the map: 0 = the start's dials, 1 = the end's
    values_b: np.ndarray       # up: toward the middle snapshot the plane goes through
    costs: np.ndarray          # costs[i, j] at a = values_a[i], b = values_b[j]
    path: np.ndarray           # (n_snapshots, 2)
    off: np.ndarray            # how far each snapshot is off the map (share of start to end)


def cost_landscape(history: History, n: int = GRID) -> MapView:
    plane = landscape.plane_of(history)
    points = landscape.path(history, plane)
    values_a, values_b = landscape.grid_around(points, n, square=True)
    return MapView(plane, values_a, values_b, landscape.cost_map(history, plane, values_a, values_b),
                   points, landscape.off_map(history, plane))


def moments(history: History, view: MapView) -> list[tuple[str, int]]:
    """The three snapshots the map goes through, exactly: start, middle, end (label, index)."""
    return [("start", 0), ("middle", view.plane.middle), ("end", len(history.snapshots) - 1)]


def map_costs(history: History, view: MapView, points: np.ndarray) -> list[float]:
    """The map's real cost at each point (every dial set to that spot)."""
    x, y = history.split("train")
    return [float(landscape.network_at(history, view.plane, *p).cost_of(x, y)) for p in points]


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


def inside_map(points: np.ndarray, costs: np.ndarray, view: MapView) -> tuple[np.ndarray, np.ndarray]:
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
    """What the stopping rule did to a run, said after "then stops going down"."""
    if run.stopped.reason in ("converged", "plateau"):
        return f"It was no longer getting better, so this run was stopped early, after {run.stopped.step} steps."
    return f"It was still there when training ended, after {run.stopped.step} steps."


def check_step(small: RateCurve, good: RateCurve) -> tuple[int, float, float]:
    """One step count both runs recorded, near halfway (where tiny steps are
    still far behind ours): the step, tiny steps' cost there and ours (review: "slow" was
    said over curves that fell alike at first)."""
    common = np.intersect1d(small.steps, good.steps)
    step = int(common[np.argmin(np.abs(common - max(small.steps[-1], good.steps[-1]) / 2))])
    return (step, float(small.costs[np.flatnonzero(small.steps == step)[0]]),
            float(good.costs[np.flatnonzero(good.steps == step)[0]]))


def people(value: float) -> str:
    """A cost or step size as people read it: 0.02, 3.02, 45, 0.067."""
    if value >= 10:
        return f"{value:.0f}"
    if value >= 0.1:
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{value:.2g}"


# --- pictures ---

def rate_styles(t) -> list[tuple[str, str]]:
    """Each run's line in theme `t`: (colour, "solid" / "dashed" / "dotted"). Ours is yellow,
    as its path on the map; tiny steps white dashed, huge steps purple dotted (review 5: both
    white, they overlapped for the huge run's whole length; orange is cost and grey is the
    map's low ground: neither is a run; purple is no other colour of this chapter)."""
    return [(t.text, "dashed"), (t.highlight, "solid"), (t.blame, "dotted")]


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


def fog_colour(t) -> str:
    """The fog: pale like mist, the text's colour, on no step of the map's ramp (review:
    dark fog right after "grey is low ground" read as low ground), and opaque, so the map's
    dots are not seen through it ("training never sees this map")."""
    return t.text


def cost_words(value: float) -> str:
    """A cost as training and the recap show it: two decimals (0.02, not 0.024)."""
    return f"{value:.2f}"


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

    def point(self, x: float, y: float) -> np.ndarray:
        return self.origin + np.array([x / self.x_max * self.width, y / self.y_max * self.height, 0.0])

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
        check_steps, check_small, check_good = check_step(small, good)
        return {**super().facts(),
                "small_lr": people(small.lr), "small_steps": small.stopped.step,
                "small_cost": cost_words(small.final_cost),
                "good_lr": people(good.lr), "good_cost": cost_words(good.final_cost),
                "big_lr": people(big.lr), "big_cost": cost_words(big.final_cost),
                "final_cost": cost_words(self.history.final.cost),
                "big_steps": big.stopped.step, "big_stop_words": stop_words(big),
                "check_steps": check_steps, "check_small": cost_words(check_small), "check_good": cost_words(check_good),
                "middle_steps": self.history.snapshots[landscape.plane_of(self.history).middle].step}

    def construct(self) -> None:
        # the term is named when the walk is shown ("... is called gradient descent")
        self.heading = self.show_title("Walking downhill")
        self.play_landscape()
        self.play_rates()

    # --- the landscape ---

    def play_landscape(self) -> None:
        view = cost_landscape(self.history)
        cells, legend, place = self.landscape_map(view)
        self.map_box = (cells.get_corner(DOWN + LEFT), cells.get_corner(UP + RIGHT))
        with self.say("landscape"):
            dots, readings, point_words = self.play_map_parts(view, cells, legend, place)
        self.show(map={"a": view.values_a, "b": view.values_b, "costs": view.costs, "path": view.path,
                       "off": view.off, "middle": view.plane.middle})

        points, lr = self.fog_walk(view)
        slopes = [(-landscape.slope(self.history, view.plane, *p)).tolist() for p in points]
        costs = map_costs(self.history, view, points)
        with self.say("fog") as tracker:
            self.play(FadeOut(VGroup(*readings)), FadeOut(point_words), run_time=0.5)
            ball, fog, footprints = self.play_fog(view, cells, place, points, slopes, costs, tracker)
        self.show(slopes=[{"at": p, "nudge": s, "cost": c} for p, s, c in zip(points, slopes, costs)], fog_lr=lr)

        self.play_path(view, place, ball, fog, footprints)
        # the key's other rows and the reading were faded out already: faded again, they came back
        self.play(FadeOut(VGroup(cells, legend, ball, dots, self.key[0])), run_time=0.6)

    def play_map_parts(self, view: MapView, cells: VGroup, legend: VGroup, place):
        """Each part of the map as the words reach it: the map; what one point of it is (one
        setting of every dial, in words beside it); the three real moments it goes through, a
        big dot each with its name and real cost; the colour key and the lines pointed at.
        Returns the dots (left on the map), their words and the words about a point."""
        t = self.theme
        self.wait_until_bookmark("map")
        self.play(FadeIn(cells), FadeIn(legend), run_time=1.2)
        self.wait_until_bookmark("point")
        point_words = self.text("one point = one setting of all {n} dials", size="small",
                                facts={"n": self.facts()["n_weights"]})
        point_words.move_to(self.key_corner, aligned_edge=UP + LEFT)
        self.play(FadeIn(point_words), run_time=0.6)
        dots, readings, shown = VGroup(), [], []
        # every moment's dot, so no reading covers a dot not shown yet
        spots = [Dot(place(view.path[k]), radius=MOMENT_DOT) for _, k in moments(self.history, view)]
        for name, k in moments(self.history, view):
            self.wait_until_bookmark(name)
            at, cost = view.path[k], map_costs(self.history, view, view.path[k:k + 1])[0]
            dot = Dot(place(at), radius=MOMENT_DOT, color=t.text, stroke_color=t.background, stroke_width=3)
            words = self.text(MOMENT_WORDS[name], facts={"cost": cost_words(cost), "steps": self.history.snapshots[k].step})
            words.add_background_rectangle(color=t.background, opacity=0.85, buff=0.06)
            # the middle's words above it, the start's and the end's below: the three dots are close
            label_moment(words, dot, UP if name == "middle" else DOWN, cells, avoid=[*spots, *readings])
            self.play(FadeIn(dot, scale=1.6), FadeIn(words), run_time=0.8)
            dots.add(dot)
            readings.append(words)
            shown.append({"label": name, "snapshot": k, "step": self.history.snapshots[k].step,
                          "at": at, "cost": cost})
        self.show(moments=shown)
        # high ground is orange, low ground grey: the key's two ends, pointed at as they are said
        self.wait_until_bookmark("colours")
        self.play(Indicate(legend, color=None, scale_factor=1.15), run_time=1.0)
        self.wait_until_bookmark("lines")
        lines = cells[-1]
        self.play(lines.animate.set_stroke(color=t.text, width=2.4, opacity=1), run_time=0.8)
        self.wait(1.2)      # held while the words say it
        self.play(lines.animate.set_stroke(color=t.background, width=1.6, opacity=0.8), run_time=0.8)
        return dots, readings, point_words

    def play_path(self, view: MapView, place, ball: Dot, fog: VMobject, footprints: VGroup) -> None:
        """The fog lifts, the walk's footprints stay while the words say why the map's walk is
        not training's (the map is one flat slice through every dial; lead, review 5: the fog
        walk was called the real path and its costs contradicted the run's); then they go and
        where training really took the dials is drawn (yellow, like the ball), every snapshot
        where it is closest on the map; at the end, the map's cost there, which is the run's
        real final cost (the only cost the ball reads: it is the run's own)."""
        t = self.theme
        end_cost = map_costs(self.history, view, view.path[-1:])[0]
        stops = path_stops(len(view.path))
        with self.say("path") as tracker:
            self.play(FadeOut(fog), run_time=1.0)
            # why the walk is not training's, written in the key as it is said (a still map sat there)
            why = VGroup(self.text("the map: one flat slice through {n} dials", size="small",
                                   facts={"n": self.facts()["n_weights"]}),
                         self.text("real steps also move off the slice", size="small"))
            why.arrange(DOWN, aligned_edge=LEFT, buff=0.3).next_to(self.key[0], DOWN, aligned_edge=LEFT, buff=0.3)
            for mark_name, words in zip(("slice", "off"), why):
                self.wait_until_bookmark(mark_name)
                self.play(FadeIn(words), run_time=0.6)
            self.wait_until_bookmark("real")
            self.play(FadeOut(footprints), FadeOut(why), ball.animate.move_to(place(view.path[0])), run_time=1.0)
            ball.set_z_index(1)
            beat = min(1.2, max(0.4, (tracker.time_until_bookmark("end") - 1.0) / max(len(stops) - 1, 1)))
            lines = VGroup()
            for a, b in zip(stops, stops[1:]):
                line = polyline(np.array([place(p) for p in view.path[a:b + 1]]), t.highlight, 3)
                lines.add(line)
                # the ball rides the tip of the line as it draws
                self.play(Create(line), UpdateFromFunc(ball, lambda m, line=line: m.move_to(line.get_end())),
                          run_time=beat, rate_func=linear)
            self.wait_until_bookmark("end")
            here = self.ball_reading(end_cost)
            self.play(FadeIn(here), Indicate(ball, color=None, scale_factor=1.4), run_time=0.8)
        self.show(path_end_cost=end_cost)
        self.play(FadeOut(lines), FadeOut(here), run_time=0.5)

    def landscape_map(self, view: MapView):
        """The coloured map, its colour key, and `place(pair)`: where a spot sits."""
        t = self.theme
        corner = np.array([-MAP_SIDE / 2 - 3.1, MAP_SIDE / 2 - 0.35, 0])   # top left of the map: room for the key on the right
        colours = ramp(map_ramp(t), BANDS)
        fine = bands(smooth(view.costs))
        # rows of the picture run down b (up the map), columns along a (right)
        cell = MAP_SIDE / fine.shape[0]
        cells = colour_cells(fine.T[::-1], colours, cell).shift(corner)
        lines = VMobject(stroke_color=t.background, stroke_width=1.6, stroke_opacity=0.8)
        segments = contour_segments(fine.T[::-1], cell) + corner
        if len(segments):
            a, b = segments[:, 0], segments[:, 1]
            lines.set_points(np.stack([a, a + (b - a) / 3, b - (b - a) / 3, b], axis=1).reshape(-1, 3))
        cells.add(lines)
        # the words and the key beside the map, right of the colour bar
        self.key_corner = np.array([cells.get_right()[0] + KEY_GAP, cells.get_top()[1], 0])
        legend = self.legend(colours, view.costs).next_to(cells, RIGHT, buff=0.35)
        return cells, legend, self.map_place(view, corner)

    def fog_walk(self, view: MapView) -> tuple[np.ndarray, float]:
        """The steps taken in the fog: real steps of gradient descent on the map itself, from
        the start, with the run's own step size (the map's slope is the run's gradient read
        along the map, so a step of the run's size moves lr / |along|^2 map units per unit of
        slope). The points (start included) and the step size in map units."""
        lr = float(self.history.config["lr"]) / float(view.plane.along @ view.plane.along)
        points, costs = landscape.walk(self.history, view.plane, view.path[0], lr, FOG_STEPS + FOG_MORE)
        return inside_map(points, costs, view)[0], lr

    def play_fog(self, view: MapView, cells: VGroup, place, points: np.ndarray, slopes: list, costs: list[float],
                 tracker) -> tuple[Dot, VMobject, VGroup]:
        """Fog over the map but around the ball, which reads the real cost where it stands.
        As the words say it: the slope is felt (an arrow pointing straight down it), named, and
        one small step of the run's own size is taken along it; felt and stepped again; then
        many more steps, quickly ("and so on"), each leaving a footprint; the footprints join
        into "gradient descent". Returns the ball, the fog and the footprints, left on screen."""
        t = self.theme
        ball = Dot(place(points[0]), radius=0.13, color=t.highlight, stroke_color=t.text, stroke_width=2)
        ball.set_z_index(2)
        fog = self.fog(cells, ball.get_center())
        arrow_mark = Arrow(LEFT * 0.3, RIGHT * 0.3, buff=0, color=t.highlight, stroke_width=5)
        step_mark = Dot(radius=0.06, color=t.highlight)
        self.key = self.map_key([(Dot(radius=0.1, color=t.highlight), mark("where the dials are"), {}),
                                 (arrow_mark, mark("points down the slope (the gradient)"), {}),
                                 (step_mark, mark("one step of size {lr}"),
                                  {"lr": people(float(self.history.config["lr"]))})])
        drawn_arrows = []

        def arrow_at(k: int) -> Arrow:
            """From the ball straight down the slope, one length for all (a direction: the
            step it leads to is the slope times the step size, far shorter on this map)."""
            down = np.array([*slopes[k], 0.0]) / (np.linalg.norm(slopes[k]) or 1.0)
            drawn_arrows.append({"at": list(points[k]), "toward": list(slopes[k])})
            tail = place(points[k])
            return Arrow(tail, tail + FOG_ARROW * down, buff=0, color=t.highlight, stroke_width=6,
                         max_tip_length_to_length_ratio=0.35).set_z_index(1)

        self.wait_until_bookmark("fog")
        self.play(FadeIn(fog), FadeIn(ball), FadeIn(self.key[0]), run_time=1.0)
        self.wait_until_bookmark("feel")
        steps = len(points) - 1
        arrow = arrow_at(0)
        self.play(Create(arrow), run_time=1.0)
        self.wait_until_bookmark("gradient")
        self.play(FadeIn(self.key[1]), Indicate(arrow, color=None, scale_factor=1.2), run_time=0.8)
        footprints = VGroup()

        def step_to(k: int, run_time: float, felt: bool = True) -> None:
            nonlocal fog, arrow
            target = place(points[k])
            footprints.add(Dot(ball.get_center(), radius=0.03, color=t.highlight))
            gone = [FadeOut(arrow)] if arrow is not None else []
            self.play(*gone, FadeIn(footprints[-1]), ball.animate.move_to(target),
                      fog.animate.become(self.fog(cells, target)), run_time=run_time)
            arrow = None

        self.wait_until_bookmark("step")
        if steps:
            self.play(FadeIn(self.key[2]), run_time=0.4)
            step_to(1, 1.0)
        self.wait_until_bookmark("again")
        for k in range(1, min(FOG_STEPS, steps)):
            arrow = arrow_at(k)
            self.play(Create(arrow), run_time=0.6)
            step_to(k + 1, 0.6)
        self.wait_until_bookmark("more")
        later = range(min(FOG_STEPS, steps) + 1, steps + 1)
        beat = max(0.12, min(0.3, (tracker.time_until_bookmark("name") - 0.3) / max(len(later), 1)))
        for k in later:
            step_to(k, beat)
        self.wait_until_bookmark("name")
        footprints.add(Dot(ball.get_center(), radius=0.03, color=t.highlight))
        walk = polyline(np.array([d.get_center() for d in footprints]), t.highlight, 3)
        label = self.text("gradient descent", size="small", color=t.highlight)
        label.add_background_rectangle(color=t.background, opacity=0.9, buff=0.08)   # yellow on the pale fog
        label.next_to(VGroup(walk, Circle(FOG_HOLE).move_to(ball)), DOWN, buff=0.15)   # on the fog, under its hole
        term = self.text("Gradient descent", size="title").move_to(self.heading)
        self.play(Create(walk), FadeIn(label), FadeOut(self.key[1]), FadeOut(self.key[2]),
                  CrossFade(self.heading, term), run_time=1.2)
        self.heading = term
        footprints.add(walk, label)
        self.show(fog_arrows=drawn_arrows)
        return ball, fog, footprints

    def ball_reading(self, cost: float) -> VGroup:
        """The real cost where the ball stands, in the key beside the map (orange: a cost)."""
        words = self.text("cost here: {cost}", size="small", color=self.theme.cost, facts={"cost": cost_words(cost)})
        return words.next_to(self.key[0], DOWN, aligned_edge=LEFT, buff=0.3)   # the key's one row left

    def map_key(self, rows) -> VGroup:
        """Marks and what they mean, one row each, beside the map."""
        key = VGroup(*(VGroup(mark, self.text(words, size="small", facts=facts)).arrange(RIGHT, buff=0.2)
                       for mark, words, facts in rows))
        key.arrange(DOWN, aligned_edge=LEFT, buff=0.3)
        return key.move_to(self.key_corner, aligned_edge=UP + LEFT)

    def map_place(self, view: MapView, corner: np.ndarray):
        """Scene point of a spot (a, b) on the map whose top left is `corner`."""
        (a0, a1), (b0, b1) = view.values_a[[0, -1]], view.values_b[[0, -1]]

        def place(pair) -> np.ndarray:
            return corner + np.array([(pair[0] - a0) / (a1 - a0) * MAP_SIDE,
                                      -MAP_SIDE + (pair[1] - b0) / (b1 - b0) * MAP_SIDE, 0.0])
        return place

    def fog(self, cells: VGroup, hole: np.ndarray) -> VMobject:
        t = self.theme
        cover = Rectangle(width=cells.width + 0.1, height=cells.height + 0.1).move_to(cells)
        return Cutout(cover, Circle(FOG_HOLE).move_to(hole), fill_color=fog_colour(t),
                      fill_opacity=1.0, stroke_width=0)

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
        if run.steps[-1] < x_max:      # the step it stopped at is said: drawn with it (review 3)
            return "{cost}, stopped after {steps} steps", {"cost": cost_words(run.final_cost), "steps": int(run.steps[-1])}
        return "{cost}", {"cost": cost_words(run.final_cost)}

    def play_rates(self) -> None:
        runs = {r.label: r for r in rate_curves(self.history)}
        small, good, big = runs["too small"], runs["good"], runs["too big"]
        story = too_big_story(big, good)
        frame, curves, chart = self.rate_chart([small, good, big])
        slope, slope_words, rows, caption = self.step_strip([small, good, big])
        with self.say("rates"):
            self.play(FadeIn(slope_words), Create(slope), run_time=0.8)
            self.wait_until_bookmark("size")
            self.play(FadeIn(caption), run_time=0.5)
            for words, mark in rows:
                # a step off the frame is a plain line: drawn, as the arrow's tip morphed into it strayed
                grow = ReplacementTransform(slope.copy(), mark) if isinstance(mark, (Arrow, VGroup)) and not getattr(mark, "cut", False) else Create(mark)
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
                self.play(Create(curve), run_time=min(6.0, tracker.duration * 0.6), rate_func=linear)
                self.play(FadeIn(end), run_time=0.4)
                if key == story:          # how the too-big run ended, pointed at as it is said
                    self.wait_until_bookmark("stop")
                    self.play(Indicate(end, color=None, scale_factor=1.3), run_time=1.0)
        self.show(learning_rates=[{"label": r.label, "lr": r.lr, "final_cost": r.final_cost}
                                  for r in runs.values()], too_big=story)
        (_, small_end, small_row), _, (_, big_end, big_row) = curves
        with self.say("wrap"):
            self.wait_until_bookmark("small")
            check = self.check_marks(chart, small, good)
            self.play(Create(check[0]), FadeIn(check[1:]), Indicate(small_row, color=None, scale_factor=1.15),
                      run_time=1.2)
            self.wait_until_bookmark("big")
            self.play(Indicate(VGroup(big_row, big_end), color=None, scale_factor=1.15), run_time=1.0)

    def check_marks(self, chart: Chart, small: RateCurve, good: RateCurve) -> VGroup:
        """At one step count, said: a line up from the step axis, a dot on tiny steps' curve
        and on ours, each with its cost there, and the step under the axis."""
        t = self.theme
        step, small_cost, good_cost = check_step(small, good)
        line = DashedVMobject(Line(chart.point(step, 0), chart.point(step, chart.y_max), color=t.muted, stroke_width=2),
                              num_dashes=24)
        marks = VGroup(line)
        # tiny steps' cost under its curve (above it sat the huge run's end label), ours above
        # its own: beside a curve, a dash read as a minus sign
        for cost, colour, side in ((small_cost, t.text, DOWN + RIGHT), (good_cost, t.highlight, UP + RIGHT)):
            dot = Dot(chart.point(step, cost), radius=0.08, color=colour)
            words = self.text("{cost}", size="small", color=colour, facts={"cost": cost_words(cost)})
            words.add_background_rectangle(color=t.background, opacity=0.85, buff=0.05)
            marks.add(dot, words.next_to(dot, side, buff=0.04))
        marks.add(self.text("after {steps} steps", size="small", color=t.muted,
                            facts={"steps": step}).next_to(chart.point(step, chart.y_max), UP, buff=0.1))
        self.show(check={"step": step, "small_cost": small_cost, "good_cost": good_cost})
        return marks

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

        slope = mark(top, unit)
        slope_words = self.text("the slope", color=t.highlight).next_to([x0, top, 0], LEFT, buff=0.4)
        rows, off = [], []
        for k, run in enumerate(runs, start=1):
            y = top - k * gap
            words = self.text(RATE_WORDS[run.label], facts={"lr": people(run.lr)}).next_to([x0, y, 0], LEFT, buff=0.4)
            if x0 + run.lr * unit > edge:      # said where it leaves the frame, and how long it is (review: no tip)
                note = self.text("{times} times ours: too long to show", size="small", color=t.muted,
                                 facts={"times": people(run.lr / runs[1].lr)})
                note.next_to([x0, y, 0], UP, buff=0.12)
                # ends before the cut (review 5: at the frame's edge it ran over the break mark)
                note.shift(RIGHT * (config.frame_width / 2 - 1.0 - note.get_right()[0]))
                words = VGroup(words, note)
                off.append(run.label)
            rows.append((words, mark(y, run.lr * unit)))
        caption = self.text("one step = the slope \u00d7 the step size", size="small", color=t.muted)
        caption.move_to([0, top - 4 * gap + 0.1, 0])
        self.show(step_lengths={r.label: r.lr * unit for r in runs}, off_screen=off,
                  strip_right=max(float(m.get_right()[0]) for _, m in rows))
        return slope, slope_words, rows, caption

    def styled(self, points: np.ndarray, colour: str, style: str) -> VMobject:
        line = polyline(points, colour, {"solid": 4, "dashed": 3.5}.get(style, 5))   # dots: thicker, to be seen
        if style == "solid":
            return line
        # dashes of one length on the curve and on its sample in the key
        length = float(np.linalg.norm(np.diff(points, axis=0), axis=1).sum())
        dash = 0.22 if style == "dashed" else 0.09
        return DashedVMobject(line, num_dashes=max(3, int(length / dash)),
                              dashed_ratio=0.6 if style == "dashed" else 0.45)

    def rate_chart(self, runs: list[RateCurve]) -> tuple[VGroup, list[tuple[VMobject, VMobject, VGroup]], Chart]:
        """One chart, labelled axes, the three runs on one scale (a blown-up curve leaves
        through the top); per run its curve, its end label and its row in the key."""
        t = self.theme
        start = float(runs[0].costs[0])
        y_max = 1.1 * max(start, runs[0].costs.max(), runs[1].costs.max(), min(runs[2].costs.max(), 2 * start))
        x_max = float(max(r.steps[-1] for r in runs)) or 1.0
        chart = Chart(np.array([-6.2, -2.2, 0]), 8.2, 4.2, x_max, y_max)
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
                       self.text("steps", size="small", color=t.muted).next_to(o + RIGHT * chart.width / 2, DOWN, buff=0.15))
        # a plain step axis (review: the log one was hard to read); its two ends are labelled
        ticks = [0, int(x_max)]
        self.show(step_ticks=ticks)
        rows, out = [], []
        for run, (colour, style) in zip(runs, rate_styles(t)):
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
            curve = self.styled(points, colour, style)
            if style == "dotted":      # the huge steps' run: drawn last and on top (review: hidden under the others)
                curve.set_z_index(1)
                end.set_z_index(1)
            out.append((curve, end, row))
        top_right = o + UP * chart.height + RIGHT * chart.width
        VGroup(*rows).arrange(DOWN, aligned_edge=LEFT, buff=0.3).next_to(top_right, RIGHT, buff=0.6).align_to(top_right, UP)
        apart([end for _, end, _ in out])
        for k, (_, end, _) in enumerate(out):   # review 5: the huge run's end label sat on tiny steps' line
            clear_of(end, [c.get_all_points() for j, (c, _, _) in enumerate(out) if j != k])
        self.show(end_labels=[{"box": [*end.get_corner(DOWN + LEFT)[:2], *end.get_corner(UP + RIGHT)[:2]]}
                              for _, end, _ in out])
        return frame, out, chart


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
    for way, row in ((side, 0), (side, 1), (-side, 0)):      # a row further out, then the other side
        label.next_to(dot, way, buff=buff + row * (label.height + 0.05))
        label.shift(RIGHT * (max(bounds.get_left()[0] - label.get_left()[0], 0.0)
                             + min(bounds.get_right()[0] - label.get_right()[0], 0.0)))
        if not any(covers(label, m) for m in others):
            return
    place_beside(label, dot, -side, bounds, buff=buff, avoid=avoid)


def clear_of(label, lines: list[np.ndarray], step: float = 0.1, room: float = 0.06) -> None:
    """Lift `label` until no point of any of `lines` (arrays of scene points) lies in its box
    (grown by `room`)."""
    def hit() -> bool:
        (x0, y0), (x1, y1) = label.get_corner(DOWN + LEFT)[:2] - room, label.get_corner(UP + RIGHT)[:2] + room
        return any(((p[:, 0] >= x0) & (p[:, 0] <= x1) & (p[:, 1] >= y0) & (p[:, 1] <= y1)).any()
                   for p in lines if len(p))
    for _ in range(40):
        if not hit():
            return
        label.shift(UP * step)


def covers(label, thing) -> bool:
    """Whether the boxes of `label` and `thing` overlap."""
    return (label.get_left()[0] < thing.get_right()[0] and thing.get_left()[0] < label.get_right()[0]
            and label.get_bottom()[1] < thing.get_top()[1] and thing.get_bottom()[1] < label.get_top()[1])


def apart(labels: list, gap: float = 0.08) -> None:
    """Move end labels that would overlap upward, lowest first, until none do."""
    ordered = sorted(labels, key=lambda m: m.get_bottom()[1])
    for k, above in enumerate(ordered):
        for below in ordered[:k]:        # every lower one it shares columns with, not only the next
            overlap_x = above.get_left()[0] < below.get_right()[0] and below.get_left()[0] < above.get_right()[0]
            lift = below.get_top()[1] + gap - above.get_bottom()[1]
            if overlap_x and lift > 0:
                above.shift(UP * lift)
