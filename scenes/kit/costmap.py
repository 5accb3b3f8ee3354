"""The cost landscape as a map: a flat plane through a run (every dial moving), its real
costs on a grid, drawn as grey-to-orange bands. Descent draws it large; recap draws a small
copy with our dot walking downhill, so it lives here and chapters stay leaves.

    >>> bands(np.array([[0.01, 0.1], [1.0, 10.0]]), n=3).tolist()
    [[0, 1], [2, 2]]
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from manim import RIGHT, ManimColor, Text, VGroup, VMobject, interpolate_color

from nncore import landscape
from nncore.history import History
from scenes import screen
from scenes.kit.pictures import rect_points

GRID = 25             # landscape grid points each way
SMOOTH = 8            # drawn cells per grid gap (finer: smoother contour lines) (linear interpolation between real grid costs)
BANDS = 12            # colour steps: bands read like the contour lines of a map
KEY_BAR = (0.6, 0.16)  # the one-line key's colour bar: its length and height (its words fill the rest of a small map's width)


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


def colour_key(t, low_words: str = "low cost", high_words: str = "high cost") -> VGroup:
    """The map's colours in one line, for a map too small for descent's key beside it: its words
    for the two ends (at the small size, the smallest that reads) either side of a bar through the
    bands, low ground's grey to high ground's orange."""
    bar = colour_cells(np.arange(BANDS).reshape(1, -1), ramp(map_ramp(t), BANDS), KEY_BAR[0] / BANDS)
    ends = [Text(screen.words(words), font=t.font, font_size=t.small_size, color=t.text) for words in (low_words, high_words)]
    return VGroup(ends[0], bar.stretch_to_fit_height(KEY_BAR[1]), ends[1]).arrange(RIGHT, buff=0.1)


def map_cells(costs: np.ndarray, side: float, t, factor: int = SMOOTH) -> tuple[VGroup, np.ndarray, float]:
    """The coloured map of `costs`, `side` wide with its top left corner at the origin (rows of
    the picture run down b, so up the map is b; columns run along a): its cells, the band index
    of each fine cell (picture order), and one cell's width. Descent and recap draw the same
    map, only at different sizes and smoothness."""
    fine = bands(smooth(costs, factor)).T[::-1]
    cell = side / fine.shape[0]
    return colour_cells(fine, ramp(map_ramp(t), BANDS), cell), fine, cell


def upright_landscape(history: History) -> MapView:
    """The landscape as descent draws it (`upright`), so that recap draws the very map and path
    the viewer saw (review 11c: recap's map was descent's upside down, its path rising where
    descent's fell)."""
    return upright(history, cost_landscape(history))


def uphill_on_screen(history: History, view: MapView) -> np.ndarray:
    """The gradient at the start (uphill) as drawn: map units scaled to the map's square."""
    (a0, a1), (b0, b1) = view.values_a[[0, -1]], view.values_b[[0, -1]]
    slope = landscape.slope(history, view.plane, *view.path[0])
    return np.array([slope[0] / (a1 - a0), slope[1] / (b1 - b0)])


def upright(history: History, view: MapView) -> MapView:
    """The map turned over (up is the other side of the run's line) when the start's uphill
    would point more down the screen than across: an arrow down the screen reads as downhill
    (review 4, session 16: the tiny preset's "uphill" pointed straight down). Which side is up
    is a choice; every cost on it stays the real one (the plane turns with it)."""
    dx, dy = uphill_on_screen(history, view)
    if not (dy < 0 and abs(dy) > abs(dx)):
        return view
    plane = landscape.Plane(view.plane.start, view.plane.along, -view.plane.across, view.plane.middle)
    return MapView(plane, view.values_a, -view.values_b[::-1], view.costs[:, ::-1],
                   view.path * np.array([1.0, -1.0]), view.off)
