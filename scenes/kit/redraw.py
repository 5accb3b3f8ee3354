"""Which mobjects a play must redraw on every frame: only those that move, or lie under
something that moves.

manim's cairo renderer paints the mobjects that stay still once per play and redraws the
rest on every frame. To keep the layering right it counts as moving everything drawn after
the first mobject that moves, so a chapter whose diagram was added early redraws every
label, legend and panel added after it on every frame (the training chapter: 203 mobjects a
frame where 54 move). `moving_mobjects` keeps manim's layering with a narrower rule: a
still mobject drawn after a moving one may be painted once, under everything that moves,
when its box meets no box of what is drawn before it in the moving layer, over the whole
play (the animations are sampled at a few moments to find where they reach). Where that
cannot be known (an updater, a Succession that starts and ends animations as it goes) it
keeps manim's answer.
"""
from __future__ import annotations

import numpy as np
from manim import AnimationGroup, Mobject, Succession

# moments of each play, besides its start, at which the moving mobjects' boxes are taken:
# the end, and the middle for paths that arc (each costs one interpolation of the play)
SAMPLES = (0.5, 1.0)
# sampling costs about as much as drawing a few frames: worth it only when a good share of
# what manim would redraw stands still
WORTH = 0.2
# scene units around a box: a stroke or a glyph's outline reaches past its points
MARGIN = 0.15


def moving_mobjects(scene, animations, manims_moving: list[Mobject]) -> list[Mobject]:
    """The mobjects to redraw on every frame of this play (a subset of `manims_moving`,
    manim's answer: every family member from the first moving one on, in drawing order)."""
    if not manims_moving:
        return manims_moving
    played = list(_flatten(animations))
    if any(isinstance(a, Succession) for a in played) or any(m.updaters for m in manims_moving):
        return manims_moving
    animated = {m for a in played for m in a.mobject.get_family()}
    animated |= {m for f in scene.foreground_mobjects for m in f.get_family()}
    still = sum(1 for m in manims_moving if m not in animated and m.has_points())
    if still < WORTH * len(manims_moving):
        return manims_moving
    reach = _reach(animations, animated)
    redraw, boxes = [], []
    for mob in manims_moving:
        if mob in animated:
            redraw.append(mob)
            if mob in reach:
                boxes.append(reach[mob])
        elif mob.has_points():
            box = _box(mob.points)
            if any(_meet(box, b) for b in boxes):
                redraw.append(mob)
                boxes.append(box)
    return redraw


def _flatten(animations):
    for a in animations:
        yield a
        if isinstance(a, AnimationGroup):
            yield from _flatten(a.animations)


def _reach(animations, animated) -> dict[Mobject, np.ndarray]:
    """Each moving mobject's box over the whole play: the union of its boxes now (the start)
    and at SAMPLES. Animations interpolate from their starting copy, so sampling leaves no
    trace once put back at 0."""
    with_points = [m for m in animated if m.has_points()]
    reach: dict[Mobject, np.ndarray] = {}
    for alpha in (None, *SAMPLES):
        for a in animations if alpha is not None else ():
            a.interpolate(alpha)
        for m in with_points:
            if not m.has_points():   # an edge shrunk to nothing at this moment
                continue
            box = _box(m.points)
            reach[m] = box if m not in reach else np.concatenate([np.minimum(reach[m][:2], box[:2]),
                                                                   np.maximum(reach[m][2:], box[2:])])
    for a in animations:
        a.interpolate(0.0)
    return reach


def _box(points: np.ndarray) -> np.ndarray:
    """(x0, y0, x1, y1) around the points, widened by MARGIN."""
    low, high = points[:, :2].min(axis=0), points[:, :2].max(axis=0)
    return np.concatenate([low - MARGIN, high + MARGIN])


def _meet(a: np.ndarray, b: np.ndarray) -> bool:
    return bool(a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3])
