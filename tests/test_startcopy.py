"""scenes/kit/startcopy.py: an UpdateFromFunc's unread starting copy is not made, and nothing
that reads a play's animations (updaters run on the copy, redraw's choice of stills, the
frames) can tell."""
import numpy as np
import pytest
from manim import (DOWN, LEFT, RIGHT, UP, Animation, Circle, Square, Text, Transform, UpdateFromAlphaFunc,
                   UpdateFromFunc, VGroup)

from scenes.kit import redraw, startcopy
from tests.test_redraw import frames


@pytest.fixture
def manims_copies():
    """Run a test with manim's own copies first; whatever was installed is put back after."""
    kept = UpdateFromFunc.create_starting_mobject
    startcopy.uninstall()
    yield
    UpdateFromFunc.create_starting_mobject = kept


def readings() -> VGroup:
    return VGroup(*(Text(w, font_size=24).shift(k * DOWN) for k, w in enumerate(("after 3 steps", "0.42", "7"))),
                  Square(0.4).shift(2 * RIGHT))


def begun(animation: Animation) -> Animation:
    animation.begin()
    return animation


def test_no_copy_and_the_boxes_a_copy_would_have(manims_copies):
    def grow(mob, t):
        mob.scale(1 + t)    # interpolate(0) at begin changes nothing; later alphas would
    manims = begun(UpdateFromAlphaFunc(readings(), grow))
    startcopy.install()
    ours = begun(UpdateFromAlphaFunc(readings(), grow))
    assert manims.starting_mobject.family_members_with_points()
    assert ours.starting_mobject.get_family() == [ours.starting_mobject]
    assert not ours.starting_mobject.has_points() and not ours.starting_mobject.updaters
    assert ours.start_boxes == [redraw.box(m) for m in manims.starting_mobject.family_members_with_points()]
    # redraw's reach (where each mobject is expected to go) is the one manim's copy gives
    theirs, mine = redraw._reach([manims]), redraw._reach([ours])
    assert [theirs[m] for m in manims.mobject.family_members_with_points()] == \
           [mine[m] for m in ours.mobject.family_members_with_points()]


def test_a_family_with_updaters_is_copied_and_its_copy_updated(manims_copies):
    """An updater runs on the copy every frame (Animation.update_mobjects): whatever it does
    outside its mobject must happen as often as with manim's copy."""
    def run(calls: list) -> Animation:
        group = readings()
        group[1].add_updater(lambda m, dt: calls.append(dt))
        a = begun(UpdateFromFunc(group, lambda m: None))
        for _ in range(3):
            a.update_mobjects(0.1)
        return a
    manims_calls, our_calls = [], []
    manims = run(manims_calls)
    startcopy.install()
    ours = run(our_calls)
    assert our_calls == manims_calls == [0.1] * 3
    assert len(ours.starting_mobject.get_family()) == len(manims.starting_mobject.get_family())
    assert not hasattr(ours, "start_boxes")


def test_a_subclass_keeps_its_copy(manims_copies):
    class Own(UpdateFromAlphaFunc):
        pass
    startcopy.install()
    a = begun(Own(readings(), lambda m, t: None))
    assert len(a.starting_mobject.family_members_with_points()) == len(readings().family_members_with_points())


def ticking(scene):
    # a ticker's readings flip through (one seen at a time) beside a moving circle and still labels
    circle = Circle(0.5).move_to(3 * LEFT + DOWN)
    labels = VGroup(*(Text(w, font_size=20) for w in ("one", "two", "three"))).arrange(RIGHT).to_edge(UP)
    made = VGroup(*(Text(str(n), font_size=30).move_to(2 * RIGHT + DOWN) for n in (1, 22, 333)))
    for part in made[1:]:
        part.set_opacity(0)
    scene.add(circle, labels)

    def flip(mob, t):
        shown = min(int(t * 3), 2)
        for k, part in enumerate(mob.submobjects):
            part.set_opacity(1.0 if k == shown else 0.0)
    scene.play(UpdateFromAlphaFunc(made, flip), circle.animate.shift(UP), run_time=1)
    scene.play(Transform(circle, Square(0.8).move_to(3 * RIGHT)), UpdateFromAlphaFunc(made, flip), run_time=1)


def test_frames_and_plans_are_manims(manims_copies, tmp_path):
    made = []
    make = redraw.plan

    def recorded(*args):
        p = make(*args)
        made.append(None if p is None else sorted(m.__class__.__name__ + str(redraw.box(m)) for m in p.stills))
        return p
    redraw.plan = recorded
    try:
        manims = frames(ticking, True, tmp_path / "manim")
        manims_plans, made[:] = list(made), []
        startcopy.install()
        ours = frames(ticking, True, tmp_path / "ours")
    finally:
        redraw.plan = make
    assert made == manims_plans and any(made)
    assert len(ours) == len(manims) and all(np.array_equal(a, b) for a, b in zip(ours, manims))
    assert startcopy.stats["skipped"] > 0
