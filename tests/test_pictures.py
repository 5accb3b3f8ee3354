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
