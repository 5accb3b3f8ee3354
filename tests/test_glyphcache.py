"""scenes/kit/glyphcache.py: a Text whose glyphs come from the cache is the Text manim builds.

Texts are built in an order where most glyphs were placed before (a counter, the same words
in other sizes and colours), with the whole-Text cache off so every Text goes through the
glyphs; each is compared with manim's own build (glyph cache off too): the points, colours
and strokes of every glyph, every attribute (as the fastcopy test compares copies), and the
groups manim keeps by element name, member by member."""
from pathlib import Path

import numpy as np
import pytest
from manim import BLUE, BOLD, ITALIC, RED, Text, WHITE
from manim.mobject.svg.svg_mobject import VMobjectFromSVGPath

from scenes.kit import chapter, glyphcache, textcache  # noqa: F401  (importing chapter installs both)
from tests.test_fastcopy import assert_same_copy
from tests.test_textcache import drawn

COUNTER = [f"{n} of 359 right" for n in (0, 1, 2, 3, 9, 10, 11, 12, 13, 21, 31, 100, 101, 110, 359)]
WORDS = ["the cost", "the cost falls", "cost", "a b  c", "two\nlines", "0.5", "0.25", "-0.25", "12%", "12 %"]
STYLES = [
    dict(font_size=24),
    dict(font_size=24, color=RED),
    dict(font_size=30),
    dict(font_size=24.5),
    dict(font_size=24, weight=BOLD),
    dict(font_size=24, slant=ITALIC),
    dict(font_size=24, font="DejaVu Serif"),
    dict(font_size=24, t2c={"cost": BLUE}),
    dict(font_size=24, line_spacing=2),
    dict(font_size=24, disable_ligatures=True, color=WHITE),
]


@pytest.fixture
def glyphs_only():
    """The whole-Text cache off (every Text goes through the glyphs), an empty glyph cache."""
    textcache.uninstall()
    glyphcache.forget()
    yield
    glyphcache.forget()
    textcache.install()


def manims(words: str, **style) -> Text:
    glyphcache.uninstall(keep=True)
    try:
        return Text(words, **style)
    finally:
        glyphcache.install()


def groups(text: Text) -> list:
    """id_to_vgroup_dict as names with their members' places among the Text's glyphs."""
    place = {id(m): i for i, m in enumerate(text.submobjects)}
    return [(name, [place.get(id(m)) for m in group.submobjects]) for name, group in text.id_to_vgroup_dict.items()]


def assert_manims(words: str, style: dict) -> Text:
    ours = Text(words, **style)
    theirs = manims(words, **style)
    assert drawn(ours) == drawn(theirs), (words, style)
    assert groups(ours) == groups(theirs), (words, style)
    # every attribute of every glyph (a Text with disable_ligatures also holds manim's Dots for
    # spaces, which share manim's constant arrays between any two builds: not compared here)
    assert ours.__dict__.keys() == theirs.__dict__.keys()
    glyphs = [(a, b) for a, b in zip(theirs.family_members_with_points(), ours.family_members_with_points())
              if isinstance(a, VMobjectFromSVGPath)]
    assert glyphs and all(type(b) is type(a) for a, b in zip(theirs.family_members_with_points(),
                                                            ours.family_members_with_points()))
    for a, b in glyphs:
        assert_same_copy(a, b)
    return ours


def test_a_counter_made_again_every_frame_is_copied_glyph_by_glyph_and_is_manims(glyphs_only):
    before = dict(glyphcache.stats)
    for words in COUNTER + COUNTER[:5]:
        assert_manims(words, dict(font_size=24))
    # "12 of 359 right" after "10 ..." and "2 ...", the first five again (a Text with a
    # glyph at a new place counts as placed: that glyph is made from its symbol)
    gone = sum(glyphcache.stats[k] - before[k] for k in ("copied", "placed"))
    assert gone >= 5 + 2 and glyphcache.stats["copied"] > before["copied"]
    assert glyphcache.stats["fallback"] == before["fallback"] and glyphcache.state["on"]


@pytest.mark.parametrize("index", range(len(STYLES)))
def test_every_style_through_the_glyphs_is_manims(glyphs_only, index):
    # the same words in every style before this one: their glyphs are kept, and must not
    # stand in for this style's
    for style in STYLES[:index]:
        for words in WORDS[:3]:
            Text(words, **style)
    copied = glyphcache.stats["copied"]
    for words in WORDS + WORDS:
        assert_manims(words, STYLES[index])
    assert glyphcache.stats["copied"] > copied and glyphcache.state["on"]


def test_a_glyph_changed_after_it_was_made_does_not_change_the_next(glyphs_only):
    first = Text("7 of 9", font_size=24)
    first[0].shift([1, 0, 0]).set_color(RED)
    first.scale(3)
    assert_manims("7 of 9", dict(font_size=24))
    second = Text("7 of 9", font_size=24)
    assert second[0] is not first[0] and second[0].path_obj is first[0].path_obj


def test_anything_else_is_made_by_manims_code(glyphs_only):
    class Labelled(Text):
        pass

    Text("sub", font_size=24)
    made = dict(glyphcache.stats)
    sub = Labelled("sub", font_size=24)
    assert glyphcache.stats == made and drawn(sub) == drawn(manims("sub", font_size=24))


def test_chapters_make_texts_through_the_glyph_cache():
    assert Text.generate_mobject is glyphcache.generate_mobject


# Words whose every letter was seen before in other words, at other places: their glyphs are
# made from the symbols (scenes/kit/glyphcache.py `_placed`), not copied from a placed glyph.
SEEN = ["the cost falls", "weights learn 0123456789", "Each step, a guess: right or wrong?", "a b  c"]
NEW = ["cost the falls", "learn weights", "wrong guess, right step", "fast cats", "98 of 17",
       "ease: 3,5", "a  b c", "Each Each", "or?", "o", "0.25 -0.25 12%"]


@pytest.mark.parametrize("style", [dict(font_size=24), dict(font_size=24.5, color=RED),
                                   dict(font_size=30, weight=BOLD), dict(font_size=24, slant=ITALIC),
                                   dict(font_size=24, t2c={"cost": BLUE}), dict(font_size=24, line_spacing=2)])
def test_new_words_from_known_letters_are_placed_and_are_manims(glyphs_only, style):
    for words in SEEN:
        Text(words, **style)
    placed = glyphcache.stats["placed"]
    for words in NEW:
        assert_manims(words, style)
    assert glyphcache.stats["placed"] - placed >= len(NEW) - 2
    assert glyphcache.state["on"] and glyphcache.state["place"]


def test_a_placed_glyph_unlike_manims_turns_placing_off(glyphs_only, monkeypatch):
    # the check made on every Text manim builds: a program one ulp off is caught there
    Text("the cost", font_size=24)
    made = glyphcache._placed_points
    monkeypatch.setattr(glyphcache, "_placed_points", lambda *a: np.nextafter(made(*a), np.inf))
    Text("the falls", font_size=24)       # built by manim ("f", "a", "l" new): checked, off
    assert not glyphcache.state["place"]
    placed = glyphcache.stats["placed"]
    assert_manims("cost the", dict(font_size=24))
    assert glyphcache.stats["placed"] == placed


def test_closing_lines_are_added_where_manim_adds_them():
    # a subpath ending on its start gets no closing line, one ending elsewhere does; decided
    # from the symbol's own points, and left to manim within 1e-7 of manim's limit
    square = glyphcache._program("M 0 0 L 1 0 L 1 1 L 0 1 Z")           # ends away: closed
    ring = glyphcache._program("M 0 0 L 1 0 L 1 1 L 0 0 Z")             # ends on its start
    assert square[3] == 4 * 4 and ring[3] == 3 * 4
    assert glyphcache._program("M 0 0 L 1 0 L 0 0.0001 Z") is None        # on the limit
    assert glyphcache._program("M 0 0 L 1 0 L 0 0.00005 Z")[3] == 2 * 4   # under it: no line


LONG = ["after 12 steps, the cost is 0.32", "Every gap here is under one", "87% of the practice right",
        "the network guesses: jumpy, vexed, quiz"]


@pytest.mark.parametrize("style", [dict(font_size=24), dict(font_size=30, weight=BOLD, color=RED),
                                   dict(font_size=24, t2c={"cost": BLUE}), dict(font_size=24, line_spacing=2)])
def test_a_long_text_with_a_new_letter_builds_only_that_letter_and_is_manims(glyphs_only, style):
    # manim builds a file holding only the uses not known (session 19); the Text is then made
    # from the cache as if all had been known, and must be the one manim builds whole
    parts = glyphcache.stats["parts"]
    for words in LONG:
        ours = assert_manims(words, style)
        assert_same_copy(manims(words, **style), ours)   # the Text's own attributes too (its sheen direction)
    assert glyphcache.stats["parts"] - parts >= len(LONG) - 1
    assert glyphcache.state["on"] and glyphcache.state["place"]
    assert not list(Path(Text("x").get_file_path()).parent.glob("*_part*"))   # no file left behind
