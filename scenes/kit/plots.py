"""Plots the training and testing chapters draw: the decision map (`BoundaryMap`), the cost
curve (`CostCurve`) and a class legend. They draw what they are given; the values come from
scenes/kit/readings.py (`boundary_values`, `drawn_records`, ...).
"""
from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from manim import (DOWN, LEFT, RIGHT, UP, Line, ManimColor, Mobject, Rectangle, Text, UpdateFromAlphaFunc,
                   VGroup, VMobject, interpolate_color)

from scenes import screen
from scenes.kit import theme as themes
from scenes.kit.readings import GRID_CELLS, grid_inputs, plane_bounds

SURENESS_LEVELS = 5         # shades per class on the map: few VMobjects, enough to see it sharpen


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


START_TICK_ROOM = 0.3   # a start tick closer than this to the top or the floor would touch their labels


class CostCurve(VGroup):
    """Hand-drawn axes (no LaTeX) and the cost records as one polyline that draws itself.

        >>> c = CostCurve([0, 1, 2], [3.0, 1.0, 0.5], last_step=10, width=4, height=2)
        >>> c.reveal_to(2)   # in a Scene: self.play(c.draw_to(2))
        CostCurve(3 records, up to step 10)
    """

    def __init__(self, steps: Sequence[int], costs: Sequence[float], last_step: int,
                 width: float = 5.0, height: float = 2.2, lead: float = 0.0, **kwargs) -> None:
        super().__init__(**kwargs)
        t = themes.current()
        self.steps, self.costs = np.asarray(steps, float), np.asarray(costs, float)
        self.last_step, self.w, self.h = max(last_step, 1), width, height
        # `lead`: the share of the step axis before step 0, so a fall at the very first step
        # is drawn clear of the cost axis, not on top of it
        self.lead = lead * width
        self.top = float(self.costs.max()) or 1.0
        origin = np.array([-width / 2, -height / 2, 0.0])
        self.origin = origin
        axis = dict(stroke_color=t.muted, stroke_width=2)
        self.axes = VGroup(Line(origin, origin + width * RIGHT, **axis),
                           Line(origin, origin + height * UP, **axis))
        small = dict(font=t.font, font_size=t.small_size, color=t.muted)
        self.labels = VGroup(
            Text(screen.words("cost"), **{**small, "color": t.cost}).next_to(origin + height * UP, UP, buff=0.12),
            Text("0", **small).next_to(origin, LEFT, buff=0.12),
            Text(_short(self.top), **small).next_to(origin + height * UP, LEFT, buff=0.12),
            Text("0", **small).next_to(origin + self.lead * RIGHT, DOWN, buff=0.12),
            Text(str(self.last_step), **small).next_to(origin + width * RIGHT, DOWN, buff=0.12),
            Text(screen.words("steps"), **small).next_to(origin + width / 2 * RIGHT, DOWN, buff=0.12),
        )
        # the axis reaches the highest cost; when the start is lower (the cost rose before it
        # fell), the start gets its own tick, so the number said first is on the axis too
        start = float(self.costs[0]) if len(self.costs) else self.top
        start_y = start / self.top * height
        if min(height - start_y, start_y) > START_TICK_ROOM:
            tick = Line(origin + start_y * UP, origin + start_y * UP + 0.1 * LEFT, **axis)
            self.labels.add(tick, Text(_short(start), **small).next_to(tick, LEFT, buff=0.05))
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
        x = self.lead + self.steps / self.last_step * (self.w - self.lead)
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
        return float(self.axes[0].get_start()[0] + self.lead + step / self.last_step * (self.w - self.lead))

    def __repr__(self) -> str:
        return f"CostCurve({len(self.steps)} records, up to step {self.last_step})"


def class_legend(labels: Sequence[str], colors: Sequence[str]) -> VGroup:
    """A dot and a class name per class, in one row."""
    t = themes.current()
    items = VGroup(*(VGroup(VMobject().set_points(_many_dots(np.zeros((1, 3)), 0.08))
                            .set_fill(color, 1.0).set_stroke(width=0),
                            Text(screen.shorten(str(label)), font=t.font, font_size=t.small_size, color=t.text))
                     .arrange(RIGHT, buff=0.1) for label, color in zip(labels, colors)))
    return items.arrange(RIGHT, buff=0.4)


def _short(value: float) -> str:
    return f"{value:.2f}" if value < 10 else f"{value:.0f}"
