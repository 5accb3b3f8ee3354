"""scenes/kit/fastcopy.py: the same copy as manim's deepcopy, made faster."""
import numpy as np
import pytest
from manim import RIGHT, Arrow, Circle, ManimColor, Mobject, Square, Text, VGroup

from scenes.kit import chapter, fastcopy  # noqa: F401  (importing chapter installs fastcopy)
from scenes.kit.pictures import ShadedGrid, lit


def assert_same_copy(a, b, seen=None, path="copy"):
    """b is a copy of the same thing as a: same types, values and sharing, no array or colour
    or mobject in common (a glyph's finished svgelements path may be shared)."""
    seen = {} if seen is None else seen
    if id(a) in seen:
        assert seen[id(a)] is b, f"{path}: sharing differs"
        return
    seen[id(a)] = b
    assert type(a) is type(b), path
    if isinstance(a, Mobject):
        assert a is not b, path
        # a copy notes where it came from (manim's own copy does too)
        assert a.__dict__.keys() - {"original_id"} == b.__dict__.keys() - {"original_id"}, path
        for key in a.__dict__.keys() - {"original_id"}:
            if key != "path_obj":
                assert_same_copy(a.__dict__[key], b.__dict__[key], seen, f"{path}.{key}")
    elif isinstance(a, np.ndarray):
        assert a is not b and a.dtype == b.dtype and np.array_equal(a, b), path
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b)):
            assert_same_copy(x, y, seen, f"{path}[{i}]")
    elif isinstance(a, dict):
        assert a.keys() == b.keys(), path
        for key in a:
            assert_same_copy(a[key], b[key], seen, f"{path}[{key!r}]")
    elif isinstance(a, ManimColor):
        assert a is not b and a == b, path
    elif not callable(a):
        assert a == b, (path, a, b)


def mobjects():
    group = VGroup(Circle(), Square(), Text("x")).arrange(RIGHT)
    group.first = group[0]          # an attribute that refers into the family stays shared
    return [Text("hello world", font_size=24), group, Arrow(2 * RIGHT, RIGHT),
            ShadedGrid(np.eye(3), 0.5, lit(1.0), numbers=True, separate=True)]


@pytest.mark.parametrize("index", range(4))
def test_the_copy_is_manims_copy(index):
    mob = mobjects()[index]
    fastcopy.uninstall()
    try:
        manims = mob.copy()
    finally:
        fastcopy.install()
    ours = mob.copy()
    assert_same_copy(manims, ours)
    assert_same_copy(mob, ours)


def test_references_inside_a_family_stay_inside_the_copy():
    group = mobjects()[1]
    copied = group.copy()
    assert copied.first is copied[0] and copied.first is not group[0]
    copied[0].shift(RIGHT)
    assert not np.array_equal(copied[0].points, group[0].points)


def test_a_glyph_shares_its_finished_path_and_chapters_copy_this_way():
    text = Text("ab")
    assert text.copy()[0].path_obj is text[0].path_obj
    assert Mobject.__deepcopy__ is fastcopy.mobject_deepcopy
