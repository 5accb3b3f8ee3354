"""scenes/kit/redraw.py: stills painted once per play, and every frame exactly manim's.

Each story is rendered twice at a small size, by manim's own rule and with StillsPaintedOnce,
and the frames must be the same pixel for pixel.
"""
import numpy as np
import pytest
from manim import (DOWN, LEFT, PI, RIGHT, UP, Scene, Square, Text, Transform, UpdateFromAlphaFunc, VGroup,
                   tempconfig)

from scenes.kit import redraw

SMALL = {"pixel_width": 192, "pixel_height": 108, "frame_rate": 10, "disable_caching": True, "verbosity": "ERROR", "progress_bar": "none"}


def frames(story, painted_once: bool, media) -> list[np.ndarray]:
    bases = (redraw.StillsPaintedOnce, Scene) if painted_once else (Scene,)
    return shoot(type("Story", bases, {"construct": lambda self: story(self)}), media / str(painted_once))


def shoot(cls, media_dir) -> list[np.ndarray]:
    """Every frame a render of the Scene class `cls` writes (a frame written n times, n times)."""
    shot: list[np.ndarray] = []
    with tempconfig({**SMALL, "media_dir": str(media_dir)}):
        scene = cls()
        add = scene.renderer.add_frame

        def add_frame(frame, num_frames=1):
            shot.extend([frame.copy()] * num_frames)
            add(frame, num_frames)
        scene.renderer.add_frame = add_frame
        scene.render()
    return shot


@pytest.fixture
def plans(monkeypatch):
    """The plans made, to see that the stories really paint stills once."""
    made = []
    make = redraw.plan

    def recorded(*args):
        p = make(*args)
        made.append(p)
        return p
    monkeypatch.setattr(redraw, "plan", recorded)
    return made


def far_labels() -> VGroup:
    """Still labels in the top row, drawn after whatever moves below them."""
    return VGroup(*(Text(w, font_size=20) for w in ("one", "two", "three"))).arrange(RIGHT).to_edge(UP)


def counter(scene):
    # the count is changed by another mobject's animation (the testing chapter's "N of 359 right")
    bar = Square(0.5).move_to(3 * LEFT + DOWN)
    count = Text("0", font_size=30).move_to(2 * RIGHT + DOWN)
    labels = far_labels()
    scene.add(bar, count, labels)

    def grow(mob, alpha):
        mob.stretch_to_fit_width(0.5 + 3 * alpha)
        count.become(Text(str(round(9 * alpha)), font_size=30).move_to(2 * RIGHT + DOWN))
    scene.play(UpdateFromAlphaFunc(bar, grow), run_time=1)


def passing_over(scene):
    # the square is drawn first; on its half-circle way it passes over a label drawn after it
    square = Square(1.0, fill_opacity=1).move_to(3 * LEFT)
    top = Text("here", font_size=30).move_to(2.9 * UP + 0.0 * RIGHT)
    labels = far_labels().to_edge(DOWN)
    scene.add(square, top, labels)
    scene.play(Transform(square, square.copy().move_to(3 * RIGHT), path_arc=-PI), run_time=1)


def text_groups(scene):
    # a still Text is a group without points over its glyphs: drawn once, not twice
    square = Square(0.6, fill_opacity=1).move_to(DOWN)
    labels = far_labels()
    scene.add(square, labels)
    scene.play(square.animate.shift(2 * RIGHT), run_time=1)


@pytest.mark.parametrize("story", [counter, passing_over, text_groups])
def test_frames_are_manims(story, plans, tmp_path):
    ours = frames(story, True, tmp_path)
    assert any(p is not None for p in plans), "the story should paint some stills once"
    manims = frames(story, False, tmp_path)
    assert len(ours) == len(manims) > 5
    differ = [k for k, (a, b) in enumerate(zip(ours, manims)) if not np.array_equal(a, b)]
    assert differ == []


def test_a_still_changed_by_another_animation_is_noticed():
    count = Text("0")
    seen = redraw.look(count[0])
    count.become(Text("7"))
    assert redraw.look(count[0]) != seen


def plan_before_session_11(scene, animations, manims_moving):
    """redraw.plan as it was (every box measured again for every box it was met with): the
    stills it chose, or None."""
    from manim import VMobject, Wait
    if not manims_moving or (len(animations) == 1 and isinstance(animations[0], Wait)):
        return None
    if any(m.z_index != 0 for m in scene.get_mobject_family_members()):
        return None
    busy = {m for a in redraw._flatten(animations) for m in a.mobject.get_family()}
    busy |= {m for f in scene.foreground_mobjects for m in f.get_family()}
    busy |= {m for u in manims_moving if u.updaters for m in u.get_family()}
    candidates = {m for m in manims_moving
                  if isinstance(m, VMobject) and not any(f in busy or not isinstance(f, VMobject)
                                                         for f in m.get_family())}
    reach = redraw._reach(animations)
    moved = True
    while moved:
        moved = redraw._settle(manims_moving, candidates)
        boxes = []
        for m in manims_moving:
            if not m.has_points():
                continue
            if m in candidates and not any(redraw._meet(redraw.box(m), b) for b in boxes):
                continue
            moved |= m in candidates
            candidates.discard(m)
            boxes.extend(reach.get(m, [redraw.box(m)]))
    if sum(1 for m in candidates if m.has_points()) < redraw.MIN_STILLS:
        return None
    return candidates


def turning_under_a_label(scene):
    # a square turned by its updater (moving, not animated) under a label drawn after it: the
    # label is no still, the far labels are
    mover = Square(0.6, fill_opacity=1).move_to(3 * LEFT + DOWN)
    turning = Square(1.0, fill_opacity=1).move_to(2 * RIGHT + DOWN)
    turning.add_updater(lambda m, dt: m.rotate(dt))
    over = Text("on top", font_size=30).move_to(turning)
    scene.add(mover, turning, over, far_labels())
    scene.play(mover.animate.shift(UP), run_time=1)


@pytest.mark.parametrize("story", [counter, passing_over, text_groups, turning_under_a_label])
def test_plans_choose_the_stills_chosen_before(story, monkeypatch, tmp_path):
    # each box is measured once now; the stills chosen must be the same (frames are manim's
    # either way: a wrong choice would only paint fewer stills once, or fall back more)
    compared = []
    make = redraw.plan

    def both(scene, animations, moving):
        p = make(scene, animations, moving)
        before = plan_before_session_11(scene, animations, moving)
        assert (p is None) == (before is None)
        if p is not None:
            assert set(map(id, p.stills)) == {id(m) for m in before if m.has_points()}
            compared.append(len(p.stills))
        return p
    monkeypatch.setattr(redraw, "plan", both)
    frames(story, True, tmp_path)
    assert compared
