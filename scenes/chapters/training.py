"""Chapter "training": the loop repeated, replayed from a handful of real snapshots.

The diagram's edges morph from snapshot to snapshot, the cost curve draws itself from the
records, the accuracy (practice and unseen examples) rises, and either the decision
boundary sharpens (2-D points) or a row of practice examples shows the guesses getting
better. Training stops where the history's stopping rule fired.

    from scenes.output import studio
    studio.render_chapter("training", "out/history.json", "/tmp/out", index=7)

The pieces above the scene (`BoundaryMap`, `CostCurve`, `example_card`, `shown_steps`, ...)
read only the history; the testing chapter uses them too.
"""
from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from manim import (DOWN, LEFT, RIGHT, UP, Animation, Create, DashedLine, FadeIn, FadeOut,
                   Group, Line, ManimColor, Mobject, Rectangle, RoundedRectangle,
                   Text, Transform, UpdateFromAlphaFunc, VGroup, VMobject,
                   interpolate_color)

from nncore.history import History
from nncore.network import classes_of
from scenes.kit import theme as themes
from scenes.kit.chapter import Chapter, count_words
from scenes.kit import pictures
from scenes.kit.pictures import class_colors, digit_image, input_kind, output_names
from scenes.kit.network_diagram import NetworkDiagram, largest_weight

SHOWN_SNAPSHOTS = 9         # step 0 and up to eight later ones: "a handful"
GRID_CELLS = 24             # the boundary map is GRID_CELLS x GRID_CELLS squares
SURENESS_LEVELS = 5         # shades per class on the map: few VMobjects, enough to see it sharpen
MAP_MARGIN = 0.08           # room around the points, as a share of their spread
CURVE_SIZE = (4.6, 1.9)     # the cost plot's width and height
N_EXAMPLES = 8              # practice examples in the row (digits and other non-point data)
STOP_LABELS = {             # the stopping rule on screen: a short label
    "converged": "no longer getting better",
    "target_accuracy": "reached its target",
    "max_epochs": "used up its practice rounds",
    "diverged": "the cost blew up",
}


# --- values from the history ---

def shown_steps(history: History, n: int = SHOWN_SNAPSHOTS) -> list[int]:
    """Snapshot steps to replay: 0, the last, and n - 2 between, evenly spaced in "progress".

    Progress mixes two clocks half and half: the share of steps on a log scale (the weights
    change fastest early on) and the share of the cost curve already drawn, by its length
    on screen (so the curve visibly grows in every stretch, not only at the end).
    """
    snaps = np.array([s["step"] for s in history.snapshots])
    records = drawn_records(history)
    steps = np.array([r["step"] for r in records], float)
    if snaps[-1] <= 0 or len(steps) < 2:
        return [int(snaps[-1])]
    x = steps / planned_steps(history) * CURVE_SIZE[0]
    costs = np.array([r["cost"] for r in records])
    y = costs / max(costs.max(), 1e-12) * CURVE_SIZE[1]
    drawn = np.concatenate([[0.0], np.cumsum(np.hypot(np.diff(x), np.diff(y)))])
    progress = 0.5 * drawn / max(drawn[-1], 1e-12) + 0.5 * np.log1p(steps) / np.log1p(steps[-1])
    targets = np.interp(np.linspace(0, 1, n), progress, steps)
    chosen = {int(snaps[0]), int(snaps[-1])}
    chosen |= {int(snaps[np.argmin(np.abs(snaps - t))]) for t in targets}
    return sorted(chosen)


def record_at(history: History, step: int) -> dict:
    """The record of `step` (every snapshot step has one)."""
    for record in history.records:
        if record["step"] == step:
            return record
    raise KeyError(f"no record at step {step}")


def drawn_records(history: History) -> list[dict]:
    """The records the cost curve draws: all of them, up to where training stopped."""
    stop = history.stopped.get("step", history.final["step"])
    return [r for r in history.records if r["step"] <= stop]


def planned_steps(history: History) -> int:
    """How many steps the run would have taken had no rule stopped it early."""
    cfg = history.config
    n = len(history.split("train")[0])
    batch = cfg.get("batch_size") or n
    planned = cfg.get("epochs", 1) * math.ceil(n / batch)
    return max(planned, history.stopped.get("step", 0), history.final["step"], 1)


def pick_examples(y: np.ndarray, n: int = N_EXAMPLES) -> list[int]:
    """Up to n example indices, taking classes in turn (first of each class, then second...)."""
    classes = classes_of(y)
    by_class = [np.flatnonzero(classes == c) for c in range(int(classes.max()) + 1)]
    picked: list[int] = []
    for rank in range(max(len(idx) for idx in by_class)):
        for idx in by_class:
            if rank < len(idx) and len(picked) < n:
                picked.append(int(idx[rank]))
    return picked


def plane_bounds(points: np.ndarray) -> tuple[tuple[float, float], tuple[float, float]]:
    """The (x, y) ranges a point map covers: the points' spread plus a margin."""
    lo, hi = points.min(axis=0), points.max(axis=0)
    pad = MAP_MARGIN * np.maximum(hi - lo, 1e-9)
    return (float(lo[0] - pad[0]), float(hi[0] + pad[0])), (float(lo[1] - pad[1]), float(hi[1] + pad[1]))


def grid_inputs(bounds, cells: int = GRID_CELLS) -> np.ndarray:
    """The centre of every map cell as a network input, row by row from the top left."""
    (x0, x1), (y0, y1) = bounds
    xs = x0 + (np.arange(cells) + 0.5) * (x1 - x0) / cells
    ys = y1 - (np.arange(cells) + 0.5) * (y1 - y0) / cells
    gx, gy = np.meshgrid(xs, ys)
    return np.stack([gx.ravel(), gy.ravel()], axis=1)


def class_and_sureness(outputs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row of outputs: the class guessed (as nncore guesses) and how sure, 0..1: the top
    score minus the next. A lone output p reads as the two scores (1 - p, p)."""
    outputs = np.atleast_2d(outputs)
    classes = classes_of(outputs)   # argmax, or p >= 0.5 for a lone output
    if outputs.shape[1] == 1:
        outputs = np.hstack([1.0 - outputs, outputs])
    top2 = np.sort(outputs, axis=1)[:, -2:]
    return classes, np.clip(top2[:, 1] - top2[:, 0], 0.0, 1.0)


def boundary_values(history: History, step: int, bounds) -> dict:
    """The network's answer at every map cell at `step`: what the map is coloured by."""
    classes, sure = class_and_sureness(history.network(step).predict(grid_inputs(bounds)))
    return {"step": step, "classes": classes, "sureness": np.round(sure, 3)}


# --- pictures ---

def _polyline_squares(centres: np.ndarray, half: float) -> np.ndarray:
    """Bezier points of one closed square subpath per centre, (n * 16, 3)."""
    corners = np.array([[-1, 1], [1, 1], [1, -1], [-1, -1], [-1, 1]], dtype=float) * half
    a, b = corners[:-1], corners[1:]
    edge = np.stack([a, a + (b - a) / 3, a + 2 * (b - a) / 3, b], axis=1).reshape(-1, 2)
    pts = centres[:, None, :2] + edge[None]
    return np.concatenate([pts, np.zeros(pts.shape[:2] + (1,))], axis=2).reshape(-1, 3)


def _many_dots(centres: np.ndarray, radius: float) -> np.ndarray:
    """Bezier points of one circle subpath per centre (one VMobject draws them all)."""
    unit = VMobject().set_points(_circle_points(radius))
    return (centres[:, None, :] + unit.points[None]).reshape(-1, 3)


def _circle_points(radius: float) -> np.ndarray:
    k = 4 / 3 * math.tan(math.pi / 8)   # a quarter circle as one cubic, in halves for roundness
    pts = []
    for q in range(8):
        t0, t1 = q * math.pi / 4, (q + 1) * math.pi / 4
        p0 = np.array([math.cos(t0), math.sin(t0), 0.0])
        p3 = np.array([math.cos(t1), math.sin(t1), 0.0])
        d0 = np.array([-math.sin(t0), math.cos(t0), 0.0])
        d3 = np.array([-math.sin(t1), math.cos(t1), 0.0])
        pts += [p0, p0 + k * d0, p3 - k * d3, p3]
    return np.array(pts) * radius


class BoundaryMap(VGroup):
    """A square map of the plane: each cell coloured by the network's answer there, points on top.

        >>> import numpy as np
        >>> pts = np.array([[0.0, 0.0], [1.0, 1.0]])
        >>> m = BoundaryMap(pts, np.array([0, 1]), ["#4A90E2", "#FF9F43"], side=3)
        >>> m.set_answers(np.array([0, 1] * 288), np.full(576, 0.9))
        BoundaryMap(24x24 cells, 2 classes, 2 points)

    The cells are pooled by shade (class x sureness level), one VMobject per shade, so a
    recolour only moves squares between a few VMobjects.
    """

    def __init__(self, points: np.ndarray, classes: np.ndarray, colors: Sequence[str],
                 bounds=None, side: float = 5.0, cells: int = GRID_CELLS,
                 dot_radius: float = 0.055, **kwargs) -> None:
        super().__init__(**kwargs)
        t = themes.current()
        self.bounds = bounds or plane_bounds(points)
        self.cells, self.side, self.colors = cells, side, list(colors)
        self.cell_inputs = grid_inputs(self.bounds, cells)
        self._cell_centres = self.to_frame(self.cell_inputs)
        self.shades = VGroup(*(VMobject(stroke_width=0, fill_color=self._shade(s), fill_opacity=1.0)
                               for s in range(len(self.colors) * SURENESS_LEVELS)))
        self.border = Rectangle(width=side, height=side, stroke_color=t.muted, stroke_width=1.5)
        self.dots = self.point_groups(points, classes, dot_radius)
        self.add(self.shades, self.border, self.dots)
        self._n_points = len(points)

    def _shade(self, s: int) -> ManimColor:
        cls, level = divmod(s, SURENESS_LEVELS)
        bg = themes.current().background
        return interpolate_color(ManimColor(bg), ManimColor(self.colors[cls]),
                                 0.08 + 0.42 * (level + 1) / SURENESS_LEVELS)

    def to_frame(self, xy: np.ndarray) -> np.ndarray:
        """Scene points of data points (the map's centre at its current place)."""
        (x0, x1), (y0, y1) = self.bounds
        xy = np.atleast_2d(xy)
        u = ((xy[:, 0] - x0) / (x1 - x0) - 0.5) * self.side
        v = ((xy[:, 1] - y0) / (y1 - y0) - 0.5) * self.side
        centre = self.border.get_center() if hasattr(self, "border") else np.zeros(3)
        return np.stack([u, v, np.zeros_like(u)], axis=1) + centre

    def point_groups(self, points: np.ndarray, classes: np.ndarray, radius: float,
                     colors: Sequence[str] | None = None) -> VGroup:
        """One VMobject of dots per class, filled with the class colour, rimmed in background."""
        colors = list(colors or self.colors)
        bg = themes.current().background
        group = VGroup()
        for c, color in enumerate(colors):
            mine = self.to_frame(points[classes == c]) if np.any(classes == c) else np.zeros((0, 3))
            mob = VMobject(fill_color=color, fill_opacity=1.0, stroke_color=bg, stroke_width=1.0)
            if len(mine):
                mob.set_points(_many_dots(mine, radius))
            group.add(mob)
        return group

    def set_answers(self, classes: np.ndarray, sureness: np.ndarray) -> BoundaryMap:
        """Recolour every cell: its class's colour, stronger the surer the network is."""
        level = np.minimum((np.asarray(sureness) * SURENESS_LEVELS).astype(int), SURENESS_LEVELS - 1)
        shade = np.asarray(classes) * SURENESS_LEVELS + level
        half = 0.51 * self.side / self.cells   # a hair of overlap: no seams between cells
        centres = self._cell_centres - self._cell_centres.mean(axis=0) + self.border.get_center()
        for s, mob in enumerate(self.shades):
            mine = centres[shade == s]
            if len(mine):
                mob.set_points(_polyline_squares(mine, half))
            else:
                mob.clear_points()
        return self

    def blend(self, start: tuple[np.ndarray, np.ndarray], end: tuple[np.ndarray, np.ndarray],
              **kwargs) -> UpdateFromAlphaFunc:
        """The map glides from one answer to the next: scores are mixed, cells change shade."""
        n = len(self.colors)
        a, b = (np.eye(n)[c] * s[:, None] for c, s in (start, end))

        def update(mob: BoundaryMap, t: float) -> None:
            mixed = (1 - t) * a + t * b
            mob.set_answers(mixed.argmax(axis=1), mixed.max(axis=1))
        return UpdateFromAlphaFunc(self, update, **kwargs)

    def __repr__(self) -> str:
        return f"BoundaryMap({self.cells}x{self.cells} cells, {len(self.colors)} classes, {self._n_points} points)"


class CostCurve(VGroup):
    """Hand-drawn axes (no LaTeX) and the cost records as one polyline that draws itself.

        >>> c = CostCurve([0, 1, 2], [3.0, 1.0, 0.5], last_step=10, width=4, height=2)
        >>> c.reveal_to(2)   # in a Scene: self.play(c.draw_to(2))
        CostCurve(3 records, up to step 10)
    """

    def __init__(self, steps: Sequence[int], costs: Sequence[float], last_step: int,
                 width: float = 5.0, height: float = 2.2, **kwargs) -> None:
        super().__init__(**kwargs)
        t = themes.current()
        self.steps, self.costs = np.asarray(steps, float), np.asarray(costs, float)
        self.last_step, self.w, self.h = max(last_step, 1), width, height
        self.top = float(self.costs.max()) or 1.0
        origin = np.array([-width / 2, -height / 2, 0.0])
        self.origin = origin
        axis = dict(stroke_color=t.muted, stroke_width=2)
        self.axes = VGroup(Line(origin, origin + width * RIGHT, **axis),
                           Line(origin, origin + height * UP, **axis))
        small = dict(font=t.font, font_size=t.small_size, color=t.muted)
        self.labels = VGroup(
            Text("cost", **{**small, "color": t.cost}).next_to(origin + height * UP, UP, buff=0.12),
            Text("0", **small).next_to(origin, LEFT, buff=0.12),
            Text(_short(self.top), **small).next_to(origin + height * UP, LEFT, buff=0.12),
            Text("0", **small).next_to(origin, DOWN, buff=0.12),
            Text(str(self.last_step), **small).next_to(origin + width * RIGHT, DOWN, buff=0.12),
            Text("steps", **small).next_to(origin + width / 2 * RIGHT, DOWN, buff=0.12),
        )
        self.full = VMobject().set_points_as_corners(self._points())
        self._offset = self.full.get_start() - origin   # where the curve starts, from the axes' corner
        self.curve = VMobject(stroke_color=t.cost, stroke_width=3.5)
        self.curve.pointwise_become_partial(self.full, 0, 0)
        self.add(self.axes, self.labels, self.curve)
        self._shown_to = 0

    def _partial(self, share: float) -> None:
        # `full` is not drawn (so it does not follow moves): bring it to the axes first
        self.full.shift(self.axes[0].get_start() + self._offset - self.full.get_start())
        self.curve.pointwise_become_partial(self.full, 0, share)

    def _points(self) -> np.ndarray:
        x = self.steps / self.last_step * self.w
        y = self.costs / self.top * self.h
        pts = np.stack([x, y, np.zeros_like(x)], axis=1) + self.origin
        return pts if len(pts) > 1 else np.vstack([pts, pts])

    def _index(self, step: float) -> int:
        return int(np.searchsorted(self.steps, step, side="right") - 1)

    def _share(self, index: float) -> float:
        return min(max(index / max(len(self.steps) - 1, 1), 0.0), 1.0)

    def reveal_to(self, step: float) -> CostCurve:
        """Show the curve up to the record of `step` at once."""
        self._shown_to = self._index(step)
        self._partial(self._share(self._shown_to))
        return self

    def draw_to(self, step: float, **kwargs) -> UpdateFromAlphaFunc:
        """The curve grows, record by record, up to the record of `step`."""
        start, end = self._shown_to, self._index(step)
        self._shown_to = end

        def update(mob: VMobject, t: float) -> None:
            self._partial(self._share(start + t * (end - start)))
        return UpdateFromAlphaFunc(self.curve, update, **kwargs)

    def passes_under(self, mob: Mobject) -> bool:
        """Whether the drawn curve runs through the box of `mob`."""
        pts = self._points() + (self.axes[0].get_start() - self.origin)
        left, right = mob.get_left()[0], mob.get_right()[0]
        inside = pts[(pts[:, 0] >= left) & (pts[:, 0] <= right), 1]
        return bool(np.any((inside >= mob.get_bottom()[1]) & (inside <= mob.get_top()[1])))

    def step_x(self, step: float) -> float:
        """The scene x of `step` on the axis."""
        return float(self.axes[0].get_start()[0] + step / self.last_step * self.w)

    def __repr__(self) -> str:
        return f"CostCurve({len(self.steps)} records, up to step {self.last_step})"


def class_legend(labels: Sequence[str], colors: Sequence[str]) -> VGroup:
    """A dot and a class name per class, in one row."""
    t = themes.current()
    items = VGroup(*(VGroup(VMobject().set_points(_many_dots(np.zeros((1, 3)), 0.08))
                            .set_fill(color, 1.0).set_stroke(width=0),
                            Text(str(label), font=t.font, font_size=t.small_size, color=t.text))
                     .arrange(RIGHT, buff=0.1) for label, color in zip(labels, colors)))
    return items.arrange(RIGHT, buff=0.4)


def _short(value: float) -> str:
    return f"{value:.2f}" if value < 10 else f"{value:.0f}"


def percent(value: float) -> str:
    return f"{round(100 * value)}%"


def feature_bars(values: np.ndarray, height: float) -> VGroup:
    """An example that is neither a picture nor a point: one bar per number (0..1), in a frame."""
    t = themes.current()
    n = len(values)
    width = height
    bar_w = width / n
    bars = VMobject(fill_color=t.neuron_fill, fill_opacity=1.0, stroke_width=0)
    tops = np.clip(np.asarray(values, float), 0, 1) * height * 0.9
    rects = []
    for k, h in enumerate(tops):
        x0, x1 = -width / 2 + (k + 0.15) * bar_w, -width / 2 + (k + 0.85) * bar_w
        y0, y1 = -height / 2, -height / 2 + max(h, 0.01)
        rects.append(box_points(x0, x1, y0, y1))
    bars.set_points(np.concatenate(rects))
    frame = Rectangle(width=width, height=height, stroke_color=t.muted, stroke_width=1.5)
    return VGroup(bars, frame)


def box_points(x0: float, x1: float, y0: float, y1: float) -> np.ndarray:
    """One rectangle's outline for VMobject.set_points, by its sides."""
    return pictures.rect_points([x0, y1, 0.0], [x1, y0, 0.0])


def example_picture(x_row: np.ndarray, kind: str, height: float) -> Mobject:
    """A digit image for pixel data, bars for other numbers."""
    return digit_image(x_row, height) if kind == "image" else feature_bars(x_row, height)


def guess_text(label: str, right: bool | None, width: float) -> Text:
    """The network's guess under an example: green when right, red when wrong, muted before judging."""
    t = themes.current()
    color = t.muted if right is None else (t.right if right else t.wrong)
    text = Text(label, font=t.font, font_size=t.label_size, color=color)
    if text.width > width:
        text.scale_to_fit_width(width)
    return text


class CrossFade(Animation):
    """`old` fades out where `new` fades in; `old` leaves the scene at the end.

    Unlike FadeTransform it copies nothing (a Text copy costs more than drawing it).
    """

    def __init__(self, old: Mobject, new: Mobject, **kwargs) -> None:
        self.old, self.new = old, new
        new.set_opacity(0)
        super().__init__(VGroup(old, new), **kwargs)

    def create_starting_mobject(self) -> Mobject:
        return Mobject()   # never read

    def interpolate_mobject(self, alpha: float) -> None:
        t = self.rate_func(alpha)
        self.old.set_opacity(1 - t)
        self.new.set_opacity(t)

    def clean_up_from_scene(self, scene) -> None:
        super().clean_up_from_scene(scene)
        scene.remove(self.old)


def _during(animation, start: float, end: float):
    """The animation, set to move only between shares `start` and `end` of its play call."""
    inner = animation.rate_func
    animation.rate_func = lambda t: inner(min(max((t - start) / (end - start), 0.0), 1.0))
    return animation


# --- the scene ---

class Training(Chapter):
    """The loop, replayed: real snapshots morph, the real cost curve grows, accuracy rises."""

    name, title = "training", "Training"

    # --- facts ---

    def facts(self) -> dict[str, object]:
        h = self.history
        n_train = len(h.split("train")[0])
        batch = h.config.get("batch_size")
        first, final = h.records[0], h.final
        k = len(h.labels)
        start_pct = round(100 * first["train_accuracy"])
        chance = abs(first["train_accuracy"] - 1 / k) < 0.1
        epochs = final.get("epoch", 0)
        facts = {
            **super().facts(),
            "batch_words": (f"all {n_train} of its practice examples" if not batch or batch >= n_train
                            else f"a small pile of {batch} practice examples"),
            "cost_trend": ("it slides downhill" if final["cost"] < first["cost"]
                           else "it climbs instead of falling"),
            "start_words": (f"At the start it was right {start_pct} percent of the time"
                            + (", about what blind guessing gets." if chance else ".")),
            "epoch_words": (f"{count_words(epochs)} {'trip' if epochs == 1 else 'trips'} "
                            f"through all {n_train} practice examples"),
            **self.example_facts(),   # every line's facts are filled, said or not
        }
        return facts

    def example_facts(self) -> dict[str, object]:
        idx, steps = self.examples(), shown_steps(self.history)
        x, y = self.history.split("train")
        truth = classes_of(y[idx])
        right = [int((self.history.network(s).guesses(x[idx]) == truth).sum()) for s in (steps[0], steps[-1])]
        return {"n_examples": count_words(len(idx)), "examples_start": count_words(right[0]),
                "examples_end": count_words(right[1])}

    def mode(self) -> str:
        """"points" (a boundary map) or "examples" (a row of practice examples)."""
        return "points" if input_kind(self.history) == "point" else "examples"

    def examples(self) -> list[int]:
        return pick_examples(self.history.split("train")[1])

    # --- the story ---

    def construct(self) -> None:
        h = self.history
        steps = shown_steps(h)
        records = drawn_records(h)
        self.show_title()
        view = self.build_view(steps, records)
        with self.say("loop") as tracker:
            # one top-level mobject each, still ones first: manim draws the still mobjects
            # before the first moving one once per play call, and the rest every frame
            self.play(*(FadeIn(m) for m in view["still"] + view["moving"]), run_time=min(2.0, tracker.duration))
        segments = list(zip(steps[:-1], steps[1:]))
        keys = ["weights", "boundary" if self.mode() == "points" else "examples", "cost", "accuracy"]
        panels = [view["diagram"], view["panel"], view["curve"], view["accuracy"]]
        frame = None
        for key, panel, part in zip(keys, panels, np.array_split(np.arange(len(segments)), len(keys))):
            with self.say(key) as tracker:
                box = self.box_around(panel)
                pointer = Create(box) if frame is None else Transform(frame, box)
                frame = frame or box
                if not len(part):
                    self.play(pointer, run_time=0.5)
                each = tracker.duration / max(len(part), 1)
                for n, i in enumerate(part):
                    self.replay(view, *segments[i], run_time=max(each, 1.0),
                                extra=[pointer] if n == 0 else [])
        self.finish(view, frame, records, steps)
        self.record_shown(steps, records)

    def box_around(self, panel: Mobject) -> RoundedRectangle:
        """The highlight box for the panel the narration is about, its labels included
        (a curve's labels are drawn apart from it, as still mobjects)."""
        whole = Group(panel, *getattr(panel, "labels", []))
        return RoundedRectangle(corner_radius=0.12, width=whole.width + 0.4, height=whole.height + 0.45,
                                stroke_color=self.theme.highlight, stroke_width=2.5).move_to(whole)

    def replay(self, view: dict, start: int, end: int, run_time: float, extra: list) -> None:
        """One stretch of training, from the snapshot at `start` to the one at `end`, in one
        play call (manim hashes the whole scene per call, which costs more than the frames).

        The edges, curve and map move for the first 80%; then the numbers that changed swap.
        `extra` animations (the highlight box) play during the first 15%.
        """
        snap = self.history.snapshot(end)
        moving = [view["diagram"].morph_to(snap["weights"], snap["biases"]),
                  view["curve"].draw_to(end)]
        if "map" in view:
            moving.append(view["map"].blend(view["answers"][start], view["answers"][end]))
        anims = [_during(a, 0.0, 0.8) for a in moving] + [_during(a, 0.0, 0.15) for a in extra]
        anims += [_during(a, 0.8, 1.0) for a in self.swaps(view, end)]
        self.play(*anims, run_time=run_time)

    def swaps(self, view: dict, step: int) -> list:
        """Text changes at snapshot `step`: step count, accuracies, example guesses."""
        record = record_at(self.history, step)
        new = {"step": f"after {step} steps" if step != 1 else "after 1 step",
               "train": percent(record["train_accuracy"]), "test": percent(record["test_accuracy"])}
        anims = []
        for key, words in new.items():
            old = view["texts"][key]
            if old.original_text != words:
                anims += self.swap_text(view["texts"], key, words)
        if "cards" in view:
            anims += self.swap_guesses(view, step)
        return anims

    def swap_text(self, texts: dict, key: str, words: str) -> list:
        """Cross-fade a number to its new value (old one out, new one in)."""
        old = texts[key]
        new = Text(words, font=self.theme.font, font_size=old.font_size, color=old.color).move_to(old)
        texts[key] = new
        return [CrossFade(old, new)]

    def swap_guesses(self, view: dict, step: int) -> list:
        guesses = view["guesses"][step]
        anims = []
        for card, guess in zip(view["cards"], guesses):
            if card.guess == guess:
                continue
            old = card.label
            new = guess_text(self.history.labels[guess], guess == card.truth, card[0].width)
            new.move_to(old)
            card.guess, card.label = guess, new
            anims.append(CrossFade(old, new))
        return anims

    def finish(self, view: dict, frame: Mobject | None, records: list[dict], steps: list[int]) -> None:
        """Where training stopped: a marker on the curve, the reason in a short label."""
        stop = self.history.stopped.get("step", records[-1]["step"])
        curve = view["curve"]
        x = curve.step_x(stop)
        bottom, top = curve.axes[0].get_start()[1], curve.axes[1].get_end()[1]
        marker = DashedLine([x, bottom, 0], [x, top, 0], color=self.theme.highlight, stroke_width=2.5)
        reason = STOP_LABELS.get(self.history.stopped.get("reason"), "training ended")
        label = VGroup(self.text("stopped:", size="small", color=self.theme.highlight),
                       self.text(reason, size="small", color=self.theme.highlight)).arrange(DOWN, aligned_edge=RIGHT, buff=0.08)
        label.add_background_rectangle(color=self.theme.background, opacity=0.85, buff=0.05)
        side = LEFT if x > curve.get_center()[0] else RIGHT
        for share in (0.6, 0.85, 0.25):   # beside the marker, where the curve is not
            label.next_to([x, bottom + share * (top - bottom), 0], side, buff=0.1)
            if not curve.passes_under(label):
                break
        with self.say("stop") as tracker:
            anims = [Create(marker), FadeIn(label)]
            if frame is not None:
                anims.append(FadeOut(frame))
            if records[-1]["step"] > steps[-1]:   # the curve may run past the last snapshot
                anims.append(curve.draw_to(records[-1]["step"]))
            self.play(*anims, run_time=min(1.5, tracker.duration))

    # --- building the picture ---

    def build_view(self, steps: list[int], records: list[dict]) -> dict:
        """Every panel at step 0, placed for this kind of data."""
        h = self.history
        snaps = [h.snapshot(s) for s in steps]
        diagram = NetworkDiagram(snaps[0]["weights"], snaps[0]["biases"], labels=output_names(h),
                                 weight_scale=largest_weight(*(s["weights"] for s in snaps)),
                                 width=5.6, height=1.8 if self.mode() == "points" else 2.9)
        size = CURVE_SIZE if self.mode() != "points" else (CURVE_SIZE[0], 0.85 * CURVE_SIZE[1])
        curve = CostCurve([r["step"] for r in records], [r["cost"] for r in records], planned_steps(h), *size)
        texts, accuracy = self.accuracy_panel(record_at(h, steps[0]))
        view = {"diagram": diagram, "curve": curve, "accuracy": accuracy, "texts": texts,
                "accuracy_labels": self._accuracy_labels}
        if self.mode() == "points":
            self.add_map(view, steps)
        else:
            self.add_cards(view, steps)
        self.place(view)
        view["still"] = [curve.axes, curve.labels, view["accuracy_labels"], *view["still_panel"]]
        view["moving"] = [diagram, curve.curve, *view["moving_panel"], texts["step"], texts["train"], texts["test"]]
        return view

    def accuracy_panel(self, record: dict) -> tuple[dict, VGroup]:
        """Two big percentages (practice, unseen) and the step count above them."""
        t = self.theme
        big = dict(size="title")
        texts = {"train": self.text(percent(record["train_accuracy"]), color=t.accuracy, **big),
                 "test": self.text(percent(record["test_accuracy"]), color=t.accuracy, **big),
                 "step": self.text("before any step", size="small", color=t.muted)}
        cols = VGroup(*(VGroup(texts[k], self.text(words, size="small", color=t.muted)).arrange(DOWN, buff=0.12)
                        for k, words in (("train", "right on practice"), ("test", "right on unseen"))))
        cols.arrange(RIGHT, buff=0.9)
        texts["step"].next_to(cols, UP, buff=0.18)
        self._accuracy_labels = VGroup(cols[0][1], cols[1][1])
        return texts, VGroup(texts["step"], cols)

    def add_map(self, view: dict, steps: list[int]) -> None:
        h = self.history
        x, y = h.split("train")
        everything = np.vstack([x, h.split("test")[0]])
        colors = class_colors(len(h.labels))
        bmap = BoundaryMap(x, classes_of(y), colors, bounds=plane_bounds(everything), side=5.2)
        answers = {}
        for s in steps:
            values = boundary_values(h, s, bmap.bounds)
            answers[s] = (values["classes"], values["sureness"])
        bmap.set_answers(*answers[steps[0]])
        legend = class_legend(h.labels, colors)
        view.update({"map": bmap, "answers": answers, "panel": bmap, "legend": legend,
                     "still_panel": [legend], "moving_panel": [bmap]})

    def add_cards(self, view: dict, steps: list[int]) -> None:
        h = self.history
        idx = self.examples()
        x, y = h.split("train")
        truth = classes_of(y[idx])
        view["guesses"] = {s: h.network(s).guesses(x[idx]) for s in steps}
        kind = input_kind(h)
        cards = [self.card(x[i], kind, int(c), int(g)) for i, c, g in zip(idx, truth, view["guesses"][steps[0]])]
        row = Group(*cards).arrange(RIGHT, buff=0.14)
        if row.width > 6.8:   # long class names: keep the row inside the left half
            row.scale_to_fit_width(6.8)
        caption = self.text("practice examples and the network's guesses", size="small", color=self.theme.muted)
        view.update({"cards": cards, "panel": Group(caption, row).arrange(DOWN, buff=0.2),
                     "still_panel": [caption, *(c[0] for c in cards)], "moving_panel": [c[1] for c in cards]})

    def card(self, x_row: np.ndarray, kind: str, truth: int, guess: int) -> Group:
        picture = example_picture(x_row, kind, 0.72)
        label = guess_text(self.history.labels[guess], guess == truth, 0.72).next_to(picture, DOWN, buff=0.1)
        card = Group(picture, label)
        card.truth, card.guess, card.label = truth, guess, label
        return card

    def place(self, view: dict) -> None:
        """Points: the map fills the left, the rest stacks on the right. Otherwise the diagram
        and the examples on the left, the curve and the numbers on the right."""
        if self.mode() == "points":
            view["panel"].move_to([-3.55, -0.25, 0])
            view["legend"].next_to(view["panel"], UP, buff=0.25)
            view["diagram"].move_to([3.4, 1.95, 0])
            view["curve"].move_to([3.6, -0.3, 0])
            view["accuracy"].move_to([3.4, -2.3, 0])
        else:
            view["diagram"].move_to([-3.4, 1.15, 0])
            view["panel"].move_to([-3.4, -2.0, 0])
            view["curve"].move_to([3.6, 1.2, 0])
            view["accuracy"].move_to([3.4, -1.75, 0])

    # --- the manifest ---

    def record_shown(self, steps: list[int], records: list[dict]) -> None:
        h = self.history
        at = [record_at(h, s) for s in steps]
        shown = {
            "snapshots": steps,
            "cost_steps": [r["step"] for r in records],
            "costs": [r["cost"] for r in records],
            "train_accuracy": [r["train_accuracy"] for r in at],
            "test_accuracy": [r["test_accuracy"] for r in at],
            "stopped": dict(h.stopped),
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
        self.show(**shown)
