"""scenes/kit/rgbas.py: colour arrays updated without a new array, the same as manim's."""
import copy

import numpy as np
import pytest
from manim import BLUE, RED, Circle, DashedLine, Dot, Line, ManimColor, Square, Text, VGroup, VMobject

from scenes.kit import chapter, rgbas  # noqa: F401  (importing chapter installs it)

NAMES = ("fill_rgbas", "stroke_rgbas", "background_stroke_rgbas")


def shapes():
    """Mobjects with one-row, many-row, sheened and odd colour arrays."""
    made = [Square(), Circle(color=RED, fill_opacity=0.5), Text("ab8"), Dot(), DashedLine(),
            VGroup(Square(), Line()).set_color([RED, BLUE]),
            Square().set_fill([RED, BLUE], opacity=[0.2, 0.9]),
            Circle().set_sheen(0.3), Square().set_sheen(-0.2).set_fill(BLUE, 0.4)]
    many = Square()
    many.stroke_rgbas = np.random.default_rng(0).random((5, 4))
    made.append(many)
    one_sheen = Circle().set_sheen(0.5)     # a sheen with a one-row array: manim stretches it
    one_sheen.stroke_rgbas = one_sheen.stroke_rgbas[:1].copy()
    made.append(one_sheen)
    bare = VMobject()
    del bare.__dict__["background_stroke_rgbas"]     # not there yet: manim sets it
    made.append(bare)
    return made


CALLS = [("set_opacity", (0.0,), {}), ("set_opacity", (1,), {}), ("set_opacity", (0.37,), {}),
         ("set_opacity", (np.float32(0.3),), {}), ("set_opacity", (np.float64(0.71),), {}),
         ("set_opacity", (np.int64(1),), {}), ("set_opacity", (True,), {}), ("set_opacity", (-0.5,), {}),
         ("set_opacity", (2.5,), {}), ("set_opacity", (float("nan"),), {}), ("set_opacity", (np.array(0.4),), {}),
         ("set_stroke", (), {"width": 3}), ("set_stroke", (), {"width": 0, "opacity": 0.25}),
         ("set_stroke", (), {"opacity": 0.6, "background": True}), ("set_stroke", (RED,), {"opacity": 0.5}),
         ("set_fill", (), {"opacity": 0.8}), ("set_fill", (), {}), ("set_fill", (BLUE,), {}),
         ("set_fill", (), {"opacity": (0.1, 0.9)}), ("set_fill", ([RED, BLUE],), {"opacity": 0.3}),
         ("set_color", (ManimColor("#123456"),), {}), ("fade", (0.4,), {})]


def state(mob):
    out = []
    for part in mob.get_family():
        for name in NAMES:
            value = part.__dict__.get(name)
            out.append((name, None if value is None else (value.shape, value.dtype.str, value.tobytes())))
        out.append((part.fill_opacity, part.stroke_opacity, part.stroke_width,
                    getattr(part, "background_stroke_opacity", None)))
    return out


def run(mob, calls):
    """The state after the calls, or the error they raise."""
    try:
        for name, args, kwargs in calls:
            getattr(mob, name)(*args, **kwargs)
    except Exception as error:    # manim's own refusals (a 0-d array is no opacity) must stay
        return type(error).__name__
    return state(mob)


def both_ways(mob, calls):
    """(manim's state, ours) after the calls, each on its own copy."""
    ours, theirs = copy.deepcopy(mob), copy.deepcopy(mob)
    rgbas.uninstall()
    try:
        manims = run(theirs, calls)
    finally:
        rgbas.install()
    return manims, run(ours, calls)


@pytest.mark.parametrize("call", CALLS, ids=lambda c: f"{c[0]}{c[1]}{c[2]}")
def test_each_call_leaves_the_arrays_manim_leaves(call):
    for mob in shapes():
        theirs, ours = both_ways(mob, [call])
        assert ours == theirs


def test_many_calls_in_a_row_and_the_fast_path_is_taken():
    rng = np.random.default_rng(3)
    before = rgbas.stats["fast"]
    for _ in range(40):
        calls = [CALLS[i] for i in rng.integers(len(CALLS), size=6)]
        for mob in shapes():
            theirs, ours = both_ways(mob, calls)
            assert ours == theirs
    assert rgbas.stats["fast"] > before


def test_the_array_is_changed_in_place_as_manim_does():
    square = Square()
    fill = square.fill_rgbas
    square.set_opacity(0.5)
    assert square.fill_rgbas is fill and fill[0, 3] == 0.5


def test_a_class_that_changes_the_colours_goes_to_manims_code():
    class Odd(Square):
        def generate_rgbas_array(self, color, opacity):
            return np.array([[1.0, 0.0, 0.0, 0.25]])

    odd = Odd()
    odd.set_opacity(0.9)
    assert odd.fill_rgbas[0, 3] == 0.25
