"""scenes/kit/drawfast.py: every frame drawn exactly as manim draws it, with less Python.

Each story is rendered twice at a small size, by manim's own camera code and with drawfast
installed, and the frames must be the same pixel for pixel.
"""
import numpy as np
import pytest
from manim import (BLUE, DOWN, GREEN, LEFT, RED, RIGHT, UP, WHITE, YELLOW, CapStyleType, Circle, Dot, FadeIn, Group,
                   ImageMobject, LineJointType, Line, Mobject, Rectangle, Rotate, Scene, Square, Text, Transform,
                   UpdateFromAlphaFunc, VGroup, VMobject)
from manim.camera.camera import Camera
from manim.utils.family import extract_mobject_family_members

import scenes.kit.chapter  # noqa: F401  (installs the kit, drawfast included, as a chapter does)
from scenes.kit import drawfast
from tests.test_redraw import shoot


def frames(story, fast: bool, media) -> list[np.ndarray]:
    (drawfast.install if fast else drawfast.uninstall)()
    try:
        return shoot(type("Story", (Scene,), {"construct": lambda self: story(self)}), media / str(fast))
    finally:
        drawfast.install()


def styles(scene):
    # fills and strokes of every kind: clear ones, gradients, background strokes, widths as
    # given, a sheen, joints and caps, a shared submobject, an empty VMobject, z-order
    square = Square(1.2, fill_opacity=0.5, color=RED).shift(3 * LEFT)
    circle = Circle(0.6, stroke_width=0).set_fill(BLUE, 1).shift(LEFT)
    clear_stroke = Line(LEFT, RIGHT, stroke_width=8).set_stroke(GREEN, opacity=0.0).shift(DOWN)
    clear_fill = Square(0.8).set_fill(YELLOW, 0.0).set_stroke(WHITE, 3).shift(RIGHT)
    gradient = Rectangle(width=2, height=0.6).set_fill(opacity=0.7).set_color_by_gradient(RED, BLUE).shift(2 * UP)
    outlined = Text("12 ab", font_size=30).set_stroke("#000000", 6, background=True).shift(2 * RIGHT + UP)
    sheen = Square(0.7, fill_opacity=1, color=GREEN).set_sheen(0.4, RIGHT).shift(3 * RIGHT + DOWN)
    capped = Line(2 * LEFT, LEFT, stroke_width=12).set_cap_style(CapStyleType.SQUARE).shift(2 * DOWN)
    capped.joint_type = LineJointType.BEVEL
    shared = Dot(color=YELLOW).shift(UP)
    group = VGroup(square, circle, VGroup(shared, VMobject()), shared.copy().shift(LEFT))
    front = Square(0.5, fill_opacity=1, color=WHITE).set_z_index(3).shift(LEFT)
    scene.add(group, clear_stroke, clear_fill, gradient, outlined, sheen, capped, front)
    scene.play(Rotate(square), circle.animate.shift(UP), FadeIn(Dot().set_z_index(2)),
               Transform(clear_fill, Circle(0.5, fill_opacity=0.3, color=RED).shift(RIGHT)), run_time=0.5)
    square.set_stroke(width="4")   # a width given as a string
    scene.wait(0.2)


def mixed(scene):
    # VMobjects around an image and a plain Mobject, so the camera's runs of one kind break
    image = ImageMobject(np.uint8([[0, 120, 255], [255, 60, 0]])).scale(2)
    scene.add(Square(1, fill_opacity=1, color=BLUE), Group(image, Mobject()), Circle(0.4, color=RED))
    scene.play(image.animate.shift(RIGHT), run_time=0.3)


def hidden(scene):
    # clear VMobjects (not painted, no path) between, over and after painted ones: a ticker's
    # hidden readings, a fill and stroke made clear over a background stroke that is not, a
    # stroke clear but wide, a clear gradient (two rows: painted as manim does), one clear
    # VMobject drawn last; the shown reading changes while the play runs
    readings = VGroup(*(Text(w, font_size=30) for w in ("10%", "45%", "97%"))).arrange(DOWN, buff=0.1)
    for r in readings[1:]:
        r.set_opacity(0)
    backed = Text("ab", font_size=40).set_stroke(RED, 6, background=True).shift(2 * LEFT)
    backed.set_fill(opacity=0).set_stroke(opacity=0)
    wide = Square(1).set_stroke(GREEN, 10, opacity=0).set_fill(BLUE, 0).shift(2 * RIGHT)
    under = Square(1.5, fill_opacity=1, color=YELLOW).shift(2 * RIGHT)
    ghost = Rectangle(width=2, height=0.5).set_fill([RED, BLUE], opacity=0.5).set_opacity(0)
    last = Circle(0.7, color=WHITE).set_opacity(0).shift(UP)
    scene.add(under, readings, backed, wide, ghost.shift(DOWN * 2), last)

    def flip(group, t):
        for k, r in enumerate(group):
            r.set_opacity(1.0 if k == min(int(t * 3), 2) else 0.0)
    scene.play(UpdateFromAlphaFunc(readings, flip), under.animate.shift(LEFT), run_time=0.6)
    scene.wait(0.1)


def test_clear_is_nothing_painted():
    visible_background = Square(1).set_stroke(RED, 6, background=True).set_fill(opacity=0).set_stroke(opacity=0)
    assert not drawfast._clear(visible_background)
    assert not drawfast._clear(Square(1).set_stroke(GREEN, 4, opacity=0.01).set_fill(opacity=0))
    assert not drawfast._clear(Square(1, fill_opacity=0.01))
    assert not drawfast._clear(Rectangle().set_fill([RED, BLUE], opacity=0.5).set_opacity(0))   # two rows
    assert drawfast._clear(Square(1).set_opacity(0))
    assert drawfast._clear(Text("7").set_opacity(0).set_stroke(width=0)[0])
    assert drawfast._clear(Square(1).set_fill(opacity=0).set_stroke(WHITE, 0, opacity=1))


def test_clear_ones_get_no_path(tmp_path, monkeypatch):
    # the story's clear VMobjects really are skipped (the frames above prove it changes no pixel)
    built = []
    path = Camera.set_cairo_context_path
    monkeypatch.setattr(Camera, "set_cairo_context_path",
                        lambda self, ctx, m: built.append(drawfast._clear(m)) or path(self, ctx, m))
    frames(hidden, True, tmp_path)
    assert built and not any(built)


@pytest.mark.parametrize("story", [styles, mixed, hidden])
def test_frames_are_manims(story, tmp_path):
    before, after = frames(story, False, tmp_path), frames(story, True, tmp_path)
    assert len(before) == len(after) > 2
    assert max(int(np.abs(a.astype(int) - b).max()) for a, b in zip(before, after)) == 0


def test_installed_by_the_kit():
    assert Camera.capture_mobjects is drawfast.capture_mobjects
    assert Camera.display_vectorized is drawfast.display_vectorized


def test_family_order_is_manims():
    # members shared between families and within one, a cycle, empty ones: the same list
    rng = np.random.default_rng(3)
    for _ in range(30):
        mobs = [VMobject() if rng.random() < 0.5 else Square(0.1) for _ in range(12)]
        for m in mobs:
            for child in rng.choice(len(mobs), size=rng.integers(0, 3), replace=False):
                if mobs[child] is not m:
                    m.submobjects.append(mobs[child])
        top = [mobs[i] for i in rng.choice(len(mobs), size=4)]
        for z in (False, True):
            for m in mobs:
                m.z_index = int(rng.integers(0, 3)) if z else 0
            want = extract_mobject_family_members(top, use_z_index=z, only_those_with_points=True)
            got = drawfast.family_with_points(top)
            if z:
                got.sort(key=lambda m: m.z_index)
            assert [id(m) for m in got] == [id(m) for m in want]


def test_a_class_of_its_own_is_drawn_by_manim(tmp_path):
    class Odd(Square):
        def get_fill_rgbas(self):
            return np.array([[0.0, 1.0, 0.0, 1.0]])

    def story(scene):
        scene.add(Odd(2, fill_opacity=1, color=RED))
        scene.wait(0.1)
    before, after = frames(story, False, tmp_path), frames(story, True, tmp_path)
    assert np.array_equal(before[0], after[0])
    assert after[0][54, 96, 1] > 200   # manim draws the overridden colour (green), so do we


def test_a_leaf_of_its_own_kind_anywhere_sends_the_frame_to_manim():
    # leaves are appended without a call; their classes must still be checked, however deep
    class Walks(VMobject):
        def get_family(self, recurse=True):
            return [self]

    deep = VGroup(VGroup(Square(0.1), VGroup(Walks())), Square(0.2))
    assert drawfast.family_with_points([deep]) is None
    plain = VGroup(VGroup(Square(0.1), VGroup(VMobject())), Square(0.2))
    want = extract_mobject_family_members([plain, plain[0]], only_those_with_points=True)
    assert [id(m) for m in drawfast.family_with_points([plain, plain[0]])] == [id(m) for m in want]


def dag(rng, size: int) -> list:
    """Random groups of groups without a cycle (a member may have several parents, or appear
    twice in one), some with points, some without."""
    mobs: list = []
    for _ in range(size):
        m = Square(0.1) if rng.random() < 0.4 else VMobject() if rng.random() < 0.3 else VGroup()
        if mobs and rng.random() < 0.7:
            m.submobjects = [mobs[i] for i in rng.integers(0, len(mobs), size=rng.integers(1, 5))]
        mobs.append(m)
    return mobs


drawfast_forwards = drawfast._forwards


def test_families_walked_backwards_are_manims(monkeypatch):
    # what the renderer hands the camera: every member of the moving families, parents before
    # children (Scene.get_moving_mobjects), and random picks in any order, with and without cycles
    forwards = []
    monkeypatch.setattr(drawfast, "_forwards", lambda tops: forwards.append(1) or drawfast_forwards(tops))
    rng = np.random.default_rng(7)
    cycles = 0
    for case in range(60):
        mobs = dag(rng, 40)
        roots = [mobs[i] for i in rng.choice(len(mobs), size=rng.integers(1, 6))]
        flat = extract_mobject_family_members(roots)
        tops = flat[int(rng.integers(0, len(flat))):] if case % 2 else roots + flat[::3]
        inside = [m for m in roots[0].get_family() if m.submobjects]
        if case % 4 == 3 and inside:    # a cycle: the frame is walked forwards, as manim walks it
            inside[-1].submobjects.append(roots[0])
            cycles += 1
        want = extract_mobject_family_members(tops, only_those_with_points=True)
        assert [id(m) for m in drawfast.family_with_points(tops)] == [id(m) for m in want], case
    assert 0 < len(forwards) <= cycles      # some cycles (and nothing else) were walked forwards
