"""scenes/kit/cairopath.py: the cairo path manim builds, remembered by what it is made from,
and handed to cairo in one call when long; the frames stay manim's pixel for pixel."""
import numpy as np
import pytest
from manim import (DOWN, LEFT, RIGHT, UP, Arrow, Circle, DashedLine, FadeIn, Line, NumberPlane, Square, Text,
                   VGroup, VMobject)
from manim.camera.camera import Camera

from scenes.kit import cairopath, chapter  # noqa: F401  (importing chapter installs it)
from tests import test_redraw as redraw_test


def shapes() -> list[VMobject]:
    apart = Square()
    apart.points[4:] += 5                      # two subpaths
    broken = Square()
    broken.points[2] = np.nan                  # the camera draws nothing for it
    short = Square()
    short.points = short.points[:-2]           # a last curve cut short
    open_curve = Circle()
    open_curve.points = open_curve.points[:-4]  # does not end where it began: not closed
    many = VMobject()                          # hundreds of subpaths: handed over in one call
    many.set_points(np.concatenate([p.points for p in NumberPlane().family_members_with_points()]))
    long_one = Circle(num_components=400)      # one long closed subpath
    mobs = [*Text("ab8 Hg@"), Square(), Circle(), Line(), DashedLine(LEFT, RIGHT), Arrow(LEFT, RIGHT),
            VGroup(Square(), Circle()).arrange(), apart, broken, short, open_curve, many, long_one]
    return [part for m in mobs for part in m.family_members_with_points()]


def context(camera: Camera):
    return camera.get_cairo_context(np.zeros((camera.pixel_height, camera.pixel_width, 4), dtype=np.uint8))


def manims_path(camera, ctx, mob) -> list:
    cairopath._manims_path(camera, ctx, mob)
    return list(ctx.copy_path())


def test_the_path_is_manims_when_built_remembered_and_handed_over_at_once():
    assert cairopath._cairo is not None, "libcairo not reached: every path is built call by call"
    cairopath.forget()
    camera = Camera()
    ctx = context(camera)
    parts = shapes()
    assert max(len(p.points) for p in parts) >= cairopath.AT_ONCE
    for part in parts:
        expected = manims_path(camera, ctx, part)
        for _ in range(2):                     # built, then remembered
            camera.set_cairo_context_path(ctx, part)
            assert list(ctx.copy_path()) == expected, part
        for build in (cairopath.build, cairopath.build_at_once):
            build(camera, ctx, part)
            assert list(ctx.copy_path()) == expected, (build.__name__, part)


def test_changed_points_and_another_frame_give_a_new_path():
    cairopath.forget()
    square = Circle().shift(0.1234 * RIGHT + 0.0567 * UP)   # off the pixel grid of both cameras
    small, large = Camera(), Camera(pixel_width=320, pixel_height=180)
    for camera in (small, large):              # the same points drawn by another camera
        ctx = context(camera)
        camera.set_cairo_context_path(ctx, square)
        assert list(ctx.copy_path()) == manims_path(camera, ctx, square)
    ctx = context(small)
    square.points[4:] += 1
    small.set_cairo_context_path(ctx, square)
    assert list(ctx.copy_path()) == manims_path(small, ctx, square)


def story(scene):
    plane = NumberPlane(x_range=(-8, 8, 0.5), y_range=(-5, 5, 0.5))
    labels = VGroup(*(Text(w, font_size=20) for w in ("one", "two", "one"))).arrange(RIGHT).to_edge(UP)
    scene.add(plane, labels)
    dot = Circle(0.3).move_to(DOWN)
    scene.play(FadeIn(dot), plane.animate.shift(0.3 * RIGHT), run_time=1)
    scene.play(dot.animate.shift(2 * RIGHT), labels.animate.shift(0.5 * DOWN), run_time=1)
    scene.wait(0.3)


def frames(installed: bool, media) -> list[np.ndarray]:
    (cairopath.install if installed else cairopath.uninstall)()
    try:
        return redraw_test.frames(story, False, media / str(installed))
    finally:
        cairopath.install()


def test_every_frame_is_manims(tmp_path):
    ours, manims = frames(True, tmp_path), frames(False, tmp_path)
    assert len(ours) == len(manims) > 20
    for a, b in zip(ours, manims):
        assert np.array_equal(a, b)


def test_chapters_draw_paths_this_way():
    assert Camera.set_cairo_context_path is cairopath.set_path


@pytest.mark.parametrize("points", [0, 3])
def test_too_few_points_are_left_to_manim(points):
    camera = Camera()
    ctx = context(camera)
    mob = VMobject()
    if points:
        mob.points = np.zeros((points, 3))
    ctx.move_to(1, 1)
    ctx.line_to(2, 2)
    camera.set_cairo_context_path(ctx, mob)
    ours = list(ctx.copy_path())
    ctx.new_path()
    ctx.move_to(1, 1)
    ctx.line_to(2, 2)
    assert ours == manims_path(camera, ctx, mob)


def joints() -> list[VMobject]:
    """Paths of six curves with one joint (or the closing point) moved by a gap around manim's
    tolerance: equal, signed zeros, inside atol, on it, past it, inside and past the relative
    tolerance of far-out points, and not finite."""
    atol = VMobject().tolerance_for_point_equality
    rng = np.random.default_rng(21)
    mobs = []
    for scale in (1.0, 3000.0):
        for gap in (0.0, 0.5 * atol, atol, 2 * atol, 0.5e-5 * scale, 2e-5 * scale, 1e-2, np.nan, np.inf):
            for joint in (4, 12, 20, 23):          # where two curves meet, and the last point
                points = rng.normal(size=(24, 3)) * scale
                points[4::4] = points[3:-1:4]       # one subpath: each curve starts where the last ended
                points[23] = points[0]              # and it ends where it began
                points[joint, int(rng.integers(2))] += gap
                mob = VMobject()
                mob.points = points
                mobs.append(mob)
    zeros = VMobject()
    zeros.points = np.zeros((8, 3))
    zeros.points[4, 0] = -0.0                      # -0.0 against 0.0: the same point
    return mobs + [zeros]


def test_subpaths_split_and_close_where_manims_do():
    """build finds the subpaths from the points as floats: the same cuts and closes as manim's
    numpy split, at every gap around the tolerance, and it does find cuts (not one subpath always)."""
    camera = Camera()
    ctx = context(camera)
    cuts = 0
    for mob in joints():
        expected = manims_path(camera, ctx, mob)
        cairopath.build(camera, ctx, mob)
        assert list(ctx.copy_path()) == expected, mob.points
        cuts += sum(kind == 0 for kind, _ in expected) - 1      # a move to for every subpath
    assert cuts > 20
