"""How the story pictures its data, the same way in every chapter: class colours, grids of
shaded squares (a digit, a stamp, a map of matches), and an example as a viewer sees it.

    >>> import numpy as np
    >>> from scenes.kit.pictures import ShadedGrid, lit
    >>> ShadedGrid(np.eye(3), 0.5, lit(1.0))
    ShadedGrid(3x3, cell=0.5)

Two pictures of an example: `example_picture(history, index, size)`, the story's example
where it lives (a pixel image, or a point ringed among the others), and
`card_picture(x_row, kind, height)`, any one example alone on a small card (a pixel image,
or bars). How an example is named and which kind it is: scenes/kit/readings.py.
Colours come from the current theme.
"""
from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Sequence

import numpy as np
from manim import DOWN, LEFT, RIGHT, UP, Circle, Dot, Line, ManimColor, Mobject, Rectangle, Square, Text, VGroup, VMobject

from nncore.history import History
from nncore.network import classes_of
from scenes import screen
from scenes.kit import theme
from scenes.kit.readings import input_kind, squashed

POINT_INPUTS = ("across", "up")   # what the two inputs of a 2-D point hold
PLANE_POINTS = 300                # training points drawn behind the story's example
SHADES = 16                       # colour steps of a shaded grid: cells of one step share a VMobject

Coloring = Callable[[float], ManimColor]      # a cell's value -> its colour


# --- class colours ---

def class_colors(n: int) -> list[str]:
    """One colour per class: the theme's `classes`, the two-class sky and pink first (one meaning each)."""
    colors = theme.current().classes
    return [colors[k % len(colors)] for k in range(n)]


# --- colours ---

def shade(value: float, color: str, steps: int | None = None) -> ManimColor:
    """The background blended toward `color` by |value| (1 and more: all of it); `steps`
    rounds the blend to that many levels, so equal shades can share one VMobject."""
    t = theme.current()
    share = min(abs(float(value)), 1.0)
    if steps:
        share = round(share * (steps - 1)) / (steps - 1)
    dark, bright = (ManimColor(c).to_int_rgb() for c in (t.background, color))
    return ManimColor.from_rgb(np.rint(dark + (bright - dark) * share).astype(int))


def lit(top: float, steps: int = SHADES) -> Coloring:
    """Colouring for values never below zero (pixels, maps): brighter = bigger, like a neuron."""
    fill = theme.current().neuron_fill
    return lambda v: shade(_share(v, top), fill, steps)


def ink(top: float = 1.0, steps: int = SHADES) -> Coloring:
    """Colouring for a picture's pixels: grey-white ink on dark paper, as chapter 1 draws a
    digit (yellow is a neuron's glow and the network's guess only)."""
    return lambda v: shade(_share(v, top), theme.current().text, steps)


def signed(top: float, floor: float = 0.0) -> Coloring:
    """Colouring for dials: blue for positive, red for negative, stronger = bigger (as weights).
    `floor`: the weakest dial's share of its colour (0: a zero dial is black)."""
    t = theme.current()
    return lambda v: shade(floor + (1 - floor) * _share(v, top), t.positive if v >= 0 else t.negative, SHADES)


def _share(value: float, top: float) -> float:
    return min(abs(float(value)) / top, 1.0) if top > 0 else 0.0


def luminance(colour) -> float:
    """How light a colour looks, 0 (black) to 1 (white): its red, green and blue weighted as
    the eye weighs them."""
    return float(np.dot(ManimColor(colour).to_rgb(), [0.299, 0.587, 0.114]))


def number_color(cell: ManimColor) -> str:
    """The theme's text or background colour, whichever stands out more on this cell."""
    t = theme.current()
    return max((t.text, t.background), key=lambda c: abs(luminance(c) - luminance(cell)))


def short(value: float) -> str:
    """One decimal, a real minus sign, and a plain 0 for nothing."""
    r = round(float(value), 1)
    return "0" if r == 0 else f"{r:.1f}".replace("-", "\u2212")


# --- many small shapes as few mobjects ---

def rect_points(top_left: np.ndarray, bottom_right: np.ndarray) -> np.ndarray:
    """Closed axis-aligned rectangles (one per row of corners) as straight cubic Bezier
    segments, one subpath each: many cells become the points of one VMobject."""
    tl, br = np.atleast_2d(np.asarray(top_left, dtype=float)), np.atleast_2d(np.asarray(bottom_right, dtype=float))
    tr = np.stack([br[:, 0], tl[:, 1], tl[:, 2]], axis=1)
    bl = np.stack([tl[:, 0], br[:, 1], tl[:, 2]], axis=1)
    corners = np.stack([tl, tr, br, bl, tl], axis=1)             # (n, 5, 3)
    a, b = corners[:, :-1], corners[:, 1:]
    return np.stack([a, a + (b - a) / 3, a + 2 * (b - a) / 3, b], axis=2).reshape(-1, 3)


def dot_cloud(centres: list[np.ndarray], radius: float, color: str, opacity: float) -> VMobject:
    """Many filled dots as the subpaths of one VMobject (hundreds of Dots draw slowly)."""
    template = Circle(radius).points
    mob = VMobject(fill_color=color, fill_opacity=opacity, stroke_width=0)
    if centres:
        mob.set_points(np.concatenate([template + c for c in centres]))
    return mob


def cell_squares(colors: Sequence[ManimColor], columns: int, cell: float, stroke_width: float,
                 inset: float = 1.0) -> VGroup:
    """One outlined Square per colour, in rows of `columns`, the first cell's top left corner
    at the origin: cells that can move or light up one by one."""
    muted = theme.current().muted
    squares = VGroup()
    for k, color in enumerate(colors):
        r, c = divmod(k, columns)
        square = Square(cell * inset, fill_color=color, fill_opacity=1.0, stroke_color=muted,
                        stroke_width=stroke_width)
        squares.add(square.move_to([(c + 0.5) * cell, -(r + 0.5) * cell, 0]))
    return squares


# --- grids of shaded squares ---

class ShadedGrid(VGroup):
    """A grid of values as shaded squares in a frame (and optionally the rounded values in them).

    `cells` holds one Square per value in reading order when `separate` (to fill one at a
    time); otherwise one VMobject per shade, few mobjects for a static picture.

        >>> ShadedGrid(np.eye(3), 0.5, lit(1.0))
        ShadedGrid(3x3, cell=0.5)
    """

    def __init__(self, values: np.ndarray, cell: float, color_of: Coloring,
                 numbers: bool = False, separate: bool = False, font_size: float | None = None,
                 inset: float = 1.0, **kwargs) -> None:
        super().__init__(**kwargs)
        t = theme.current()
        self.values = np.asarray(values, dtype=float)
        self.cell = cell
        rows, cols = self.values.shape
        colors = [color_of(v) for v in self.values.reshape(-1)]
        self.inset = inset      # each square's side as a share of the cell: < 1 lets what is below show
        self.cells = (cell_squares(colors, cols, cell, stroke_width=0.6, inset=inset) if separate
                      else self._batched(colors))
        self.frame = Rectangle(width=cols * cell, height=rows * cell, stroke_color=t.muted, stroke_width=1.5)
        self.frame.move_to([cols * cell / 2, -rows * cell / 2, 0])
        self.numbers = VGroup()
        if numbers:
            self.numbers = self._numbers(colors, font_size or t.small_size)
        self.add(self.cells, self.frame, self.numbers)
        self.center()

    def _batched(self, colors) -> VGroup:
        cols = self.values.shape[1]
        by_color: dict[str, list[int]] = {}
        for k, color in enumerate(colors):
            by_color.setdefault(color.to_hex(), []).append(k)
        edge, margin = self.cell * self.inset, self.cell * (1 - self.inset) / 2
        group = VGroup()
        for hex_color, cells in by_color.items():
            # inset squares get a thin outline, so a dial near zero still shows where it sits
            mob = VMobject(fill_color=ManimColor(hex_color), fill_opacity=1.0,
                           stroke_width=0 if self.inset == 1 else 1, stroke_color=theme.current().muted)
            rows, columns = np.divmod(np.array(cells), cols)
            corners = np.column_stack([columns * self.cell + margin, -rows * self.cell - margin,
                                       np.zeros(len(cells))])
            group.add(mob.set_points(rect_points(corners, corners + [edge, -edge, 0])))
        return group

    def _numbers(self, colors, font_size: float) -> VGroup:
        t = theme.current()
        cols = self.values.shape[1]
        numbers = VGroup()
        for k, (v, cell_color) in enumerate(zip(self.values.reshape(-1), colors)):
            label = Text(short(v), font=t.font, font_size=font_size, color=number_color(cell_color))
            if label.width > 0.85 * self.cell:
                label.scale_to_fit_width(0.85 * self.cell)
            r, c = divmod(k, cols)
            numbers.add(label.move_to([(c + 0.5) * self.cell, -(r + 0.5) * self.cell, 0]))
        return numbers

    def center_of(self, row: float, col: float) -> np.ndarray:
        """The point at (row, col) in cell units from the top-left corner (0.5 = a cell's middle)."""
        corner = self.frame.get_corner(UP + LEFT)
        return corner + col * self.cell * RIGHT + row * self.cell * DOWN

    def __repr__(self) -> str:
        rows, cols = self.values.shape
        return f"ShadedGrid({rows}x{cols}, cell={self.cell:g})"


def digit_image(pixels: np.ndarray, height: float, levels: int = SHADES) -> ShadedGrid:
    """A square picture's pixels as grey-white ink, in `levels` brightness steps, in a frame.
    (manim's ImageMobject fails to draw with Pillow 13.)"""
    side = math.isqrt(len(pixels))
    return ShadedGrid(np.asarray(pixels, dtype=float).reshape(side, side), height / side, ink(1.0, levels))


# --- an example, as a viewer sees it ---

def point_plane(history: History, index: int, size: float) -> VGroup:
    """The 2-D training points, faint, with example `index` large and ringed."""
    t = theme.current()
    x, y = history.split("train")
    classes = classes_of(y)
    colors = class_colors(len(history.labels))
    span = max(float(np.abs(x).max()), 1e-9)
    to_frame = lambda p: np.array([p[0], p[1], 0.0]) / span * size / 2 * 0.92
    frame = Square(size, stroke_color=t.muted, stroke_width=1.5)
    others = np.arange(min(len(x), PLANE_POINTS)) != index
    dots = VGroup(*(dot_cloud([to_frame(p) for p in x[:PLANE_POINTS][others & (classes[:PLANE_POINTS] == c)]],
                              0.035, colors[c], opacity=0.5) for c in range(len(colors))))
    chosen = Dot(to_frame(x[index]), radius=0.09, color=colors[classes[index]])
    ring = Circle(0.17, stroke_color=t.highlight, stroke_width=3).move_to(chosen)
    return VGroup(frame, dots, chosen, ring)


def example_picture(history: History, index: int, size: float) -> Mobject | None:
    """Training example `index` where it lives: a pixel image, a point among the others, or
    nothing (plain numbers)."""
    kind = input_kind(history)
    x, _ = history.split("train")
    if kind == "image":
        return digit_image(x[index], size)
    if kind == "point":
        return point_plane(history, index, size)
    return None


def box_points(x0: float, x1: float, y0: float, y1: float) -> np.ndarray:
    """One rectangle's outline for VMobject.set_points, by its sides."""
    return rect_points([x0, y1, 0.0], [x1, y0, 0.0])


def feature_bars(values: np.ndarray, height: float) -> VGroup:
    """An example that is neither a picture nor a point: one bar per number (0..1), in a frame."""
    t = theme.current()
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


def input_names(history: History) -> list[str] | None:
    """What each input holds, as the story names it: "across"/"up" for a point, a CSV's own
    column names for a table, None for pixels (and for files written before names were kept)."""
    kind = input_kind(history)
    if kind == "point":
        # POINT_INPUTS' words, as this chapter's [screen] says them
        return [screen.words("across"), screen.words("up")]
    if kind != "numbers" or not history.features:
        return None
    return [screen.shorten(name) for name in unitless([str(name) for name in history.features])]


def unitless(names: Sequence[str]) -> list[str]:
    """A CSV's column names without a closing unit ("sepal length (cm)" -> "sepal length"): the
    values drawn beside them are squeezed to 0..1, so "sepal length (cm) 0.56" would read as
    0.56 cm. The names stay whole when a unit is all a name has, or all that tells two apart."""
    bare = [re.sub(r"\s*[(\[][^()\[\]]*[)\]]\s*$", "", name).strip() for name in names]
    return bare if all(bare) and len(set(bare)) == len(set(names)) else list(names)


def named_values(names: Sequence[str], values: np.ndarray, font_size: float | None = None) -> VGroup:
    """A table row as a viewer reads it: one line per column, its name then its value (0..1,
    as the network gets it), the values lined up in one column."""
    t = theme.current()
    size = font_size or t.small_size
    words = [Text(screen.shorten(str(n)), font=t.font, font_size=size, color=t.muted) for n in names]
    numbers = [Text(f"{v:.2f}", font=t.font, font_size=size, color=t.text) for v in values]
    rows = VGroup(*(VGroup(w, v) for w, v in zip(words, numbers)))
    rows.arrange(DOWN, aligned_edge=LEFT, buff=0.12)
    right = max(w.get_right()[0] for w in words) + 0.2
    for w, v in zip(words, numbers):
        v.move_to([right, w.get_center()[1], 0], aligned_edge=LEFT)
    return rows


def card_picture(x_row: np.ndarray, kind: str, height: float) -> Mobject:
    """One example alone, for a card: a digit image for pixel data, bars for other numbers."""
    return digit_image(x_row, height) if kind == "image" else feature_bars(x_row, height)


def guess_text(label: str, right: bool | None, width: float, names: Sequence[str] = ()) -> Text:
    """The network's guess under an example: green when right, theme.wrong (grey) when wrong,
    muted before judging.
    With `names` (every group's), it is drawn at the size at which the longest of them fits, so
    a row of guesses shares one size ("setosa" was drawn bigger than "versicolor" beside it)."""
    t = theme.current()
    color = t.muted if right is None else (t.right if right else t.wrong)
    text = Text(screen.shorten(label), font=t.font, font_size=t.label_size, color=color)
    widest = max([text.width, *(_label_width(screen.shorten(str(n)), t.font, t.label_size) for n in names)])
    if widest > width:
        text.scale(width / widest)
    return text


@functools.lru_cache(maxsize=256)
def _label_width(label: str, font: str, size: float) -> float:
    return Text(label, font=font, font_size=size).width


def below_zero(value: float) -> bool:
    """A glow that reads below zero at the 2 decimals written (-0.00 is not)."""
    return round(float(value), 2) < 0


HOLLOW = 0.66             # a glow below zero: the dark middle's radius, a share of its circle's (the lit ring left)


def minus_bar(circle: Mobject, t: theme.Theme) -> Line:
    """The bar of minus_mark: a line across the circle's middle (drawn in the background's colour
    until minus_mark colours it)."""
    half = 0.45 * circle.width / 2
    return Line(circle.get_center() + half * LEFT, circle.get_center() + half * RIGHT,
                stroke_color=t.background, stroke_width=max(3.0, 14 * circle.width))


class MinusMark(VGroup):
    """The one look of a glow below zero, in every chapter (intro, init, forward): a glow below
    zero is as bright as the same glow above it (brightness is its size), so the circle is drawn
    hollow, its middle dark, a bar across that middle in the glow's own colour: only a lit ring
    and a lit minus sign are left (review ab-x1 s26 r2, ONE change: with a dark bar on a full lit
    disc, the tiny net's neuron glowing -0.62 was "a big gold disc, as bright as the +0.75 one";
    review w, s14, before it: the two looked the same). Two parts, [0] the dark middle and [1]
    the bar, shown or hidden together (`turn`, also as `mark.animate.turn(...)`), so a glow
    that changes sign only turns its circle's mark on or off."""

    def __init__(self, circle: Mobject, colour, on: bool = True) -> None:
        t = theme.current()
        core = Circle(HOLLOW * circle.width / 2, stroke_width=0, fill_color=t.background, fill_opacity=1.0)
        super().__init__(core.move_to(circle), minus_bar(circle, t))
        self.turn(on, colour)

    def turn(self, on: bool, colour=None) -> "MinusMark":
        """Shown whole (`on`) or hidden whole; the bar recoloured to `colour` (the glow's) if given."""
        o = 1.0 if on else 0.0
        self[0].set_fill(opacity=o)
        self[1].set_stroke(colour, opacity=o)
        return self

    @property
    def shown(self) -> float:
        """1.0 when the whole mark is drawn (its dark middle and its bar), 0.0 when hidden."""
        return float(min(self[0].get_fill_opacity(), self[1].get_stroke_opacity()))


def minus_mark(circle: Mobject, value: float, colour=None) -> MinusMark:
    """A circle's MinusMark, shown when its glow `value` reads below zero (below_zero), hidden
    otherwise; its bar in `colour` (default: the glow's own colour, shade(value))."""
    colour = shade(value, theme.current().neuron_fill) if colour is None else colour
    return MinusMark(circle, colour, below_zero(value))


def squash_plot(theme, activation: str, reach: float, box: tuple[float, float],
                corner: tuple[float, float]) -> tuple[VGroup, VMobject, Callable, float, float]:
    """The squash's real curve (nncore's `activation`) for totals from -reach to reach, drawn
    in a box (its width and height, its bottom left `corner`): the floor and side as muted
    lines, the curve, and `at(total, glow)`, the screen point of a total and its glow. The side
    runs -1 to 1 for a curve that goes below zero, else 0 to 1 (its `low` and `high`)."""
    xs = np.linspace(-reach, reach, 41)
    ys = squashed(activation, xs)
    low, high = (-1.0 if ys.min() < 0 else 0.0), max(1.0, float(np.ceil(ys.max())))
    w, h = box
    origin = np.array([*corner, 0.0])

    def at(x: float, y: float) -> np.ndarray:
        return origin + np.array([(x + reach) / (2 * reach) * w, (y - low) / (high - low) * h, 0.0])

    axes = VGroup(Line(at(-reach, low), at(reach, low), stroke_color=theme.muted, stroke_width=2),
                  Line(at(-reach, low), at(-reach, high), stroke_color=theme.muted, stroke_width=2))
    curve = VMobject(stroke_color=theme.text, stroke_width=3).set_points_smoothly([at(x, y) for x, y in zip(xs, ys)])
    return axes, curve, at, low, high
