"""Keeping a label inside the frame: a label placed beside what it names can run past an edge
when its number is long (a ruler's label ran off the right, session 23; cost's scale name lost
2 px on the left, session 24)."""
from __future__ import annotations

from manim import RIGHT, UP, Mobject, config

FRAME_MARGIN = 0.08   # a label keeps this far inside the frame's edges


def within_frame(m: Mobject, margin: float = FRAME_MARGIN) -> Mobject:
    """`m` shifted, if need be, so it stands wholly inside the frame, `margin` from its edges."""
    half_w, half_h = config.frame_width / 2 - margin, config.frame_height / 2 - margin
    dx = max(-half_w - m.get_left()[0], 0) - max(m.get_right()[0] - half_w, 0)
    dy = max(-half_h - m.get_bottom()[1], 0) - max(m.get_top()[1] - half_h, 0)
    return m.shift(RIGHT * dx + UP * dy)


def box_of(m: Mobject, places: int | None = None) -> list[float]:
    """Where `m` stands, for the manifest: its left, bottom, right and top (rounded to `places`
    decimals when given)."""
    box = [float(m.get_left()[0]), float(m.get_bottom()[1]), float(m.get_right()[0]), float(m.get_top()[1])]
    return box if places is None else [round(v, places) for v in box]
