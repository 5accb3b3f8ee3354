"""scenes/kit/textcache.py: a Text built again from the same arguments is a copy of the
first, and the same Text manim builds; any argument that changes the Text changes the key."""
import numpy as np
import pytest
from manim import BLUE, ITALIC, RED, BOLD, Text, VMobject, WHITE, tempconfig

from scenes.kit import chapter, textcache  # noqa: F401  (importing chapter installs the cache)
from tests.test_fastcopy import assert_same_copy


def manims(*args, **kwargs) -> Text:
    textcache.uninstall()
    try:
        return Text(*args, **kwargs)
    finally:
        textcache.install()


def drawn(text: Text) -> list:
    """Everything the camera reads from a Text's glyphs, and its own place and size."""
    return [text.width, text.height, *text.get_center(), text.font_size, text.text, text.original_text,
            *[(m.points.tobytes(), m.fill_rgbas.tobytes(), m.stroke_rgbas.tobytes(), m.stroke_width)
              for m in text.family_members_with_points()]]


BASE = dict(font="DejaVu Sans", font_size=24, color=WHITE)
VARIANTS = [
    ("seven", {}),
    ("seven", {"color": RED}),
    ("seven", {"color": BLUE}),
    ("seven", {"font_size": 30}),
    ("seven", {"font_size": 24.5}),
    ("seven", {"font": "DejaVu Serif"}),
    ("seven", {"weight": BOLD}),
    ("seven", {"slant": ITALIC}),
    ("seven", {"fill_opacity": 0.5}),
    ("seven", {"stroke_width": 2}),
    ("seven", {"t2c": {"ven": RED}}),
    ("seven", {"line_spacing": 2}),
    ("seven", {"disable_ligatures": True}),
    ("seven", {"height": 1.0}),
    ("sevenn", {}),
    ("seven\nseven", {}),
]


@pytest.mark.parametrize("index", range(len(VARIANTS)))
def test_every_argument_that_changes_a_text_changes_it_through_the_cache(index):
    # every variant built once, in order, through the cache: each must still be manim's own
    for words, change in VARIANTS[:index + 1]:
        ours = Text(words, **{**BASE, **change})
    words, change = VARIANTS[index]
    assert drawn(ours) == drawn(manims(words, **{**BASE, **change}))


def test_a_second_text_is_a_copy_of_the_same_text_manim_builds():
    reference = manims("copied", **BASE)     # (manim's own Text: the cache is emptied)
    first = Text("copied", **BASE)
    built = textcache.stats["copied"]
    second = Text("copied", **BASE)
    assert textcache.stats["copied"] == built + 1
    assert second is not first and second[0] is not first[0]
    assert_same_copy(reference, second)
    assert drawn(second) == drawn(first)
    # changing one changes neither the other nor the next copy
    second.shift(np.array([1.0, 0, 0])).set_color(RED)
    third = Text("copied", **BASE)
    assert drawn(third) == drawn(first)
    assert third.chars[0] is third[0]           # the copy's own family, not the kept one's


def test_the_default_colour_and_the_frame_size_are_part_of_the_key():
    textcache.forget()
    plain = Text("plain")
    VMobject.set_default(color=RED)
    try:
        red = Text("plain")
        assert drawn(red) == drawn(manims("plain"))
    finally:
        VMobject.set_default()
    assert drawn(red) != drawn(plain)
    with tempconfig({"pixel_width": 160, "pixel_height": 90}):
        assert drawn(Text("plain")) == drawn(manims("plain"))


def test_a_subclass_and_arguments_it_cannot_key_are_built_as_manim_builds_them():
    class Labelled(Text):
        pass

    textcache.forget()
    sub = Labelled("sub", **BASE)
    assert not textcache._known and type(sub) is Labelled
    assert drawn(sub) == drawn(manims("sub", **BASE))
    assert textcache.key(("odd",), {"font": object()}) is None
    assert textcache.key(("odd",), {"color": RED}) != textcache.key(("odd",), {"color": BLUE})


def test_chapters_build_texts_through_the_cache():
    assert Text.__init__ is textcache.text_init
