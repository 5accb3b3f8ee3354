"""A picture's ink is grey-white in every chapter: yellow is a neuron's glow and a guess only."""
from __future__ import annotations

import numpy as np
import pytest
from manim import ManimColor

from scenes.kit import theme
from scenes.kit.pictures import digit_image, ink


@pytest.mark.parametrize("name", ["dark", "light"])
def test_a_digit_is_drawn_in_the_text_colour_not_the_glow(name):
    t = theme.use(name)
    try:
        pixels = np.zeros(64)
        pixels[27] = 1.0                      # one fully inked square
        grid = digit_image(pixels, 1.0)
        colours = {ManimColor(m.get_fill_color()).to_hex().upper() for m in grid.cells.family_members_with_points()
                   if m.get_fill_opacity() > 0}
        assert ManimColor(t.text).to_hex().upper() in colours
        assert ManimColor(t.neuron_fill).to_hex().upper() not in colours
    finally:
        theme.use("dark")


def test_half_ink_is_halfway_from_the_paper_to_the_ink():
    t = theme.use("dark")
    half = np.array(ManimColor(ink(1.0, None)(0.5)).to_int_rgb())
    paper, full = (np.array(ManimColor(c).to_int_rgb()) for c in (t.background, t.text))
    assert np.abs(half - (paper + full) / 2).max() <= 1


def test_a_glow_below_zero_has_one_mark_shown_or_hidden_whole():
    """The video's one look for a glow below zero (intro, init, forward): the circle hollow, its
    middle the background's colour, a bar across it in the glow's own colour; a glow at 0.00 or
    above keeps the mark hidden whole, and turning it (a new example's glow) shows or hides
    both parts at once, the bar recoloured."""
    from manim import Circle
    from scenes.kit.pictures import HOLLOW, minus_mark, shade
    t = theme.current()
    circle = Circle(radius=0.5)
    mark = minus_mark(circle, -0.62)
    core, bar = mark
    assert mark.shown == 1.0 and core.get_fill_opacity() == 1.0 and bar.get_stroke_opacity() == 1.0
    assert core.get_fill_color().to_hex().lower() == ManimColor(t.background).to_hex().lower()
    assert core.width == pytest.approx(HOLLOW * circle.width) and 0 < HOLLOW < 1
    assert bar.get_stroke_color().to_hex() == shade(-0.62, t.neuron_fill).to_hex()
    assert np.allclose(core.get_center(), circle.get_center()) and bar.width < core.width
    for value in (0.3, -0.004, 0.0):            # -0.004 reads 0.00: no mark
        hidden = minus_mark(circle, value)
        assert hidden.shown == 0.0 and hidden[0].get_fill_opacity() == 0.0 and hidden[1].get_stroke_opacity() == 0.0
    mark.turn(False)
    assert core.get_fill_opacity() == 0.0 and bar.get_stroke_opacity() == 0.0
    mark.turn(True, shade(-0.9, t.neuron_fill))
    assert mark.shown == 1.0 and bar.get_stroke_color().to_hex() == shade(-0.9, t.neuron_fill).to_hex()


def test_signed_with_a_floor_draws_every_dial_at_least_that_far_toward_its_sign(digits_history):
    """`signed(top, floor)` (the convnet's dials per block, `block_paint`): a real run's dials
    (one middle neuron's) each at least `floor` of the way from the background to its sign's
    colour, the strongest all of it, a bigger dial of one sign never weaker; without a floor,
    every other caller's colours, the same as before (a dial's share = its size / top)."""
    from scenes.kit.pictures import SHADES, shade, signed
    t = theme.use("dark")
    dials = digits_history.network().weights[0][0]
    top = float(np.median(np.abs(dials)))
    rgb = lambda colour: np.asarray(ManimColor(colour).to_rgb())
    share = lambda v, fill: float(np.dot(rgb(fill) - rgb(t.background), rgb(t.positive if v >= 0 else t.negative) - rgb(t.background))
                                  / np.sum((rgb(t.positive if v >= 0 else t.negative) - rgb(t.background)) ** 2))
    floored, plain = signed(top, floor=0.4), signed(top)
    shares = [(v >= 0, abs(v), share(v, floored(v))) for v in dials]
    assert min(s for _, _, s in shares) >= 0.4 - 1 / SHADES
    assert max(s for _, _, s in shares) > 0.99
    for sign, size, s in shares:
        assert all(s <= o + 1e-9 for g, z, o in shares if g == sign and z > size)
    for v in dials:
        assert plain(v).to_hex() == shade(min(abs(v) / top, 1.0), t.positive if v >= 0 else t.negative, SHADES).to_hex()
