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


def copied_as_manim_copies(mob):
    """Our copy of `mob`, checked against manim's own (fastcopy uninstalled for it) and against `mob`."""
    fastcopy.uninstall()
    try:
        manims = mob.copy()
    finally:
        fastcopy.install()
    ours = mob.copy()
    assert_same_copy(manims, ours)
    assert_same_copy(mob, ours)
    return ours


@pytest.mark.parametrize("index", range(4))
def test_the_copy_is_manims_copy(index):
    copied_as_manim_copies(mobjects()[index])


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


def shared_lists():
    """Lists and dicts met more than once (two attributes naming one list, a mobject in two groups'
    submobjects, a list and a dict holding themselves) and an updater: what `_copy_value` copies without
    deepcopy's calls must keep deepcopy's sharing."""
    dot, square = Circle(radius=0.2), Square(0.3)
    left, right = VGroup(dot, square), VGroup(square)
    top = VGroup(left, right)
    marks = [dot, Text("m"), [square]]
    left.marks, right.marks = marks, marks
    loop: list = [1]
    loop.append(loop)
    top.loop = loop
    names = {"dot": dot, "marks": marks}
    names["names"] = names
    left.names, right.names = names, names
    top.add_updater(lambda m: None)
    return top


def test_shared_lists_and_members_stay_shared():
    top = shared_lists()
    ours = copied_as_manim_copies(top)
    left, right = ours.submobjects
    assert left.marks is right.marks and left.marks[0] is left[0] and left[1] is right[0]
    assert left.marks[2][0] is right[0] and ours.loop[1] is ours.loop
    assert left.names is right.names and left.names["names"] is left.names and left.names["dot"] is left[0]
    assert ours.updaters == top.updaters and ours.updaters is not top.updaters
