"""Which mobjects a play redraws on every frame: manim's answer, less what provably stands still.

manim's cairo renderer paints the mobjects that stay still once per play (the static image)
and redraws the rest on every frame; to keep the layering it counts as moving every mobject
drawn after the first one that moves. So a label added after the diagram is redrawn on every
frame of every play that moves the diagram (the training chapter: about 200 VMobjects a frame
where about 50 move).

A `Plan` paints such a label into the static image instead ("a still"), and checks before
every frame that this cannot change a pixel:

- nothing a frame draws from a still has changed since the play began (its points, colours,
  stroke, submobjects: whoever changed them, an animation of another mobject included), and
- no moving mobject drawn before a still in manim's order reaches the still's box (then
  drawing the still first, under it, would change the overlap).

The first frame where either fails, and every later frame of that play, is drawn by manim's
own rule from manim's own static image (kept aside when the stills were painted), so the
frames are manim's either way. A play with a mobject out of z-order (z_index), or few stills,
keeps manim's rule.
"""
from __future__ import annotations

import numpy as np
from manim import AnimationGroup, Mobject, VMobject, Wait

# fewer stills than this: checking every frame costs more than drawing them
MIN_STILLS = 5
# scene units around a box: a stroke reaches half its width past the points (cairo's mitres up
# to ten times that at sharp corners; width w is 0.01 w units), antialiasing a pixel more
MARGIN, PER_STROKE_WIDTH = 0.05, 0.05


class Plan:
    """One play's split of manim's moving mobjects into those redrawn every frame and the stills."""

    def __init__(self, manims_moving: list[Mobject], still: set[Mobject], parents: list[Mobject]) -> None:
        self.manims_moving = manims_moving
        order = {m: i for i, m in enumerate(manims_moving)}
        # the camera draws a mobject's whole family: a group of stills is left out like a still
        skip = still | set(parents)
        self.moving = [m for m in manims_moving if m not in skip]
        stills = [m for m in manims_moving if m in still and m.has_points()]
        self.stills = stills
        # what must not change: all that is left out (a child a group gains is drawn by manim)
        self.watched = [m for m in manims_moving if m in skip]
        last = max(order[s] for s in stills)
        # moving mobjects drawn before some still: the only ones whose reach matters
        self.before = [m for m in self.moving if order[m] < last]   # points may come later (Create)
        self.before_order = np.array([order[m] for m in self.before])
        self.still_order = np.array([order[s] for s in stills])
        self.manims_image = None
        self.looks: list[tuple] = []
        self.still_boxes = np.empty((0, 4))
        self.started = False

    def start(self, renderer) -> None:
        """Before the first frame: paint the stills over manim's static image, and note how
        they look now."""
        camera = renderer.camera
        self.manims_image = renderer.static_image
        if self.manims_image is None:
            camera.reset()
        else:
            camera.set_frame_to_background(self.manims_image)
        camera.capture_mobjects(self.stills)
        renderer.static_image = renderer.get_frame()
        self.looks = [look(m) for m in self.watched]
        self.still_boxes = np.array([box(s) for s in self.stills])
        self.started = True

    def holds(self) -> bool:
        """True while the stills look as they did when painted and nothing moving drawn before
        one of them reaches it."""
        if any(look(m) != seen for m, seen in zip(self.watched, self.looks)):
            return False
        if any(m.z_index != 0 for m in self.moving):
            return False
        if not self.before:
            return True
        reach = np.array([box(m) if m.has_points() else (np.inf, np.inf, -np.inf, -np.inf) for m in self.before])
        s, r = self.still_boxes[:, None, :], reach[None, :, :]
        meet = (s[..., 0] <= r[..., 2]) & (r[..., 0] <= s[..., 2]) & (s[..., 1] <= r[..., 3]) & (r[..., 1] <= s[..., 3])
        earlier = self.before_order[None, :] < self.still_order[:, None]
        return not bool((meet & earlier).any())


class StillsPaintedOnce:
    """A Scene mixin (before the Scene class): plays paint their stills once (`plan`)."""

    _redraw: Plan | None = None

    def get_moving_and_static_mobjects(self, animations):
        """manim's split, less the mobjects that stand still though drawn after a moving one."""
        moving, static = super().get_moving_and_static_mobjects(animations)
        self._redraw = plan(self, animations, moving)
        return (moving, static) if self._redraw is None else (self._redraw.moving, static)

    def update_to_time(self, t: float) -> None:
        """Scene.update_to_time; the frame it sets up is drawn by manim's own rule from the
        first moment the stills would not give manim's picture."""
        p = self._redraw
        if p is not None and not p.started:
            p.start(self.renderer)
        super().update_to_time(t)
        if p is not None and not p.holds():
            self.moving_mobjects = p.manims_moving
            self.renderer.static_image = p.manims_image
            self._redraw = None


def plan(scene, animations, manims_moving: list[Mobject]) -> Plan | None:
    """A Plan for this play, or None to keep manim's answer."""
    if not manims_moving or (len(animations) == 1 and isinstance(animations[0], Wait)):
        return None
    family = scene.get_mobject_family_members()
    if any(m.z_index != 0 for m in family):
        return None
    busy = {m for a in _flatten(animations) for m in a.mobject.get_family()}
    busy |= {m for f in scene.foreground_mobjects for m in f.get_family()}
    busy |= {m for u in manims_moving if u.updaters for m in u.get_family()}
    # a still's whole family stands still and is drawn from VMobjects
    candidates = {m for m in manims_moving
                  if isinstance(m, VMobject) and not any(f in busy or not isinstance(f, VMobject)
                                                         for f in m.get_family())}
    reach = _reach(animations)
    # in drawing order: a still under the reach of something moving drawn before it moves too
    # nothing moves while the plan is made: each box is measured once (not once per box it is met with)
    own = {m: box(m) for m in manims_moving if m.has_points()}
    moved = True
    while moved:
        moved = _settle(manims_moving, candidates)
        boxes = []
        for m in manims_moving:
            mine = own.get(m)
            if mine is None:
                continue
            if m in candidates and not any(_meet(mine, b) for b in boxes):
                continue
            moved |= m in candidates
            candidates.discard(m)
            boxes.extend(reach.get(m, [mine]))
    if sum(1 for m in candidates if m.has_points()) < MIN_STILLS:
        return None
    parents = [m for m in manims_moving if m not in candidates and any(f in candidates for f in m.get_family())]
    return Plan(manims_moving, candidates, parents)


def _settle(manims_moving: list[Mobject], candidates: set[Mobject]) -> bool:
    """Leave no still in the family of a mobject with points that is drawn every frame (the
    camera draws a mobject's whole family). True when some still was taken out."""
    before = len(candidates)
    for m in manims_moving:
        if m.has_points() and (m not in candidates or not candidates.issuperset(m.get_family())):
            candidates.difference_update(m.get_family())
    return len(candidates) < before


def _reach(animations) -> dict[Mobject, list[tuple]]:
    """Where each animated mobject is expected to go: its box now, at the start and at the end
    of a Transform (read from the animation's own copies, without playing it). Only a guess to
    choose the stills by; Plan.holds checks every frame."""
    reach: dict[Mobject, list[tuple]] = {}
    for a in _flatten(animations):
        parts = a.mobject.family_members_with_points()
        starts = getattr(a, "start_boxes", None)   # kit.startcopy: the boxes of a copy not made
        if starts is not None and len(starts) == len(parts):
            for m, end in zip(parts, starts):
                reach.setdefault(m, [box(m)]).append(end)
        for copy in (getattr(a, "starting_mobject", None), getattr(a, "target_copy", None)):
            if isinstance(copy, Mobject):
                ends = copy.family_members_with_points()
                if len(ends) == len(parts):
                    for m, end in zip(parts, ends):
                        reach.setdefault(m, [box(m)]).append(box(end))
    return reach


def _meet(a: tuple, b: tuple) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def look(m: Mobject) -> tuple:
    """Everything the camera reads to draw `m` (and which submobjects it has)."""
    parts: list = [tuple(map(id, m.submobjects)), m.z_index, m.points.shape, m.points.tobytes()]
    if isinstance(m, VMobject):
        parts += [m.fill_rgbas.shape, m.fill_rgbas.tobytes(), m.stroke_rgbas.shape, m.stroke_rgbas.tobytes(),
                  m.background_stroke_rgbas.shape, m.background_stroke_rgbas.tobytes(),
                  m.stroke_width, m.background_stroke_width, m.sheen_factor, np.asarray(m.sheen_direction).tobytes(),
                  m.joint_type, m.cap_style, m.background_image, m.n_points_per_cubic_curve,
                  m.tolerance_for_point_equality]
    return tuple(parts)


def box(m: Mobject) -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) around m's points, widened by as far as its stroke can reach."""
    points = m.points
    if not np.isfinite(points).all():   # the camera draws such points somewhere else: assume anywhere
        return (-np.inf, -np.inf, np.inf, np.inf)
    low, high = points[:, :2].min(axis=0), points[:, :2].max(axis=0)
    width = max(getattr(m, "stroke_width", 0) or 0, getattr(m, "background_stroke_width", 0) or 0)
    pad = MARGIN + PER_STROKE_WIDTH * float(width)
    return (low[0] - pad, low[1] - pad, high[0] + pad, high[1] + pad)


def _flatten(animations):
    for a in animations:
        yield a
        if isinstance(a, AnimationGroup):
            yield from _flatten(a.animations)
