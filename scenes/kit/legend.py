"""The video's one visual language, and the legend that teaches it when first used.

Meanings never change between chapters:
- an edge's colour is the sign of its dial: `positive` (blue) pushes the next neuron up,
  `negative` (red) pushes it down; its width is the dial's size;
- a neuron's yellow glow is how strongly it fires;
- "wants to turn up / down" is a small arrow glyph (`turn_arrow`), never an edge colour;
- blame is its own colour (`theme.blame`), never the firing glow;
- a right answer gets a tick (`right_mark`, green), a wrong one a cross (`wrong_mark`, grey):
  red is a dial's sign, so a wrong guess is never marked red.

    from scenes.kit.legend import sign_legend, turn_arrow
    legend = sign_legend().to_corner(UR)          # in a Chapter: self.play(FadeIn(legend))
    arrow = turn_arrow(+1).next_to(edge_midpoint, UP)
"""
from __future__ import annotations

import numpy as np
from manim import DL, DOWN, DR, LEFT, RIGHT, UL, UR, Line, Triangle, VGroup, VMobject

from scenes import screen
from scenes.kit import theme

SWATCH = 0.5          # length of the edge sample beside each legend line (manim units)
GLYPH = 0.16          # height of a turn arrow: reads at 480p without hiding the edge under it


def _label(words: str, color: str) -> VMobject:
    from manim import Text
    t = theme.current()
    return Text(screen.words(words), font=t.font, font_size=t.small_size, color=color)


def _row(mark: VMobject, words: str, two_lines: bool = False) -> VGroup:
    if not two_lines:
        return VGroup(mark, _label(words, theme.current().text)).arrange(RIGHT, buff=0.15)
    return VGroup(mark, _two_lines(words)).arrange(RIGHT, buff=0.15)


def _two_lines(words: str) -> VGroup:
    """The label's words (translated as one) broken after their first colon: "dial above zero:"
    over "pushes up"; words with no colon stay on one line."""
    from manim import Text
    t = theme.current()
    head, sep, tail = screen.words(words).partition(": ")
    parts = [head + sep.rstrip(), tail] if sep else [head]
    return VGroup(*(Text(p, font=t.font, font_size=t.small_size, color=t.text) for p in parts)).arrange(
        DOWN, aligned_edge=LEFT, buff=0.06)


def sign_legend(up_words: str = "dial above zero: pushes up",
                down_words: str = "dial below zero: pushes down", sizes: bool = False,
                size_words: str = "thicker line: bigger dial", two_lines: bool = False) -> VGroup:
    """Two rows: a blue edge sample and a red one, with what each colour means; with `sizes`,
    a third: a thin and a thick grey sample, a line's width being its dial's size. `two_lines`:
    each row's words broken after their colon, for a narrow corner (the rows further apart)."""
    t = theme.current()
    rows = [_row(Line(LEFT * SWATCH / 2, RIGHT * SWATCH / 2, color=t.positive, stroke_width=t.max_edge_width),
                 up_words, two_lines),
            _row(Line(LEFT * SWATCH / 2, RIGHT * SWATCH / 2, color=t.negative, stroke_width=t.max_edge_width),
                 down_words, two_lines)]
    if sizes:
        widths = VGroup(*(Line(LEFT * SWATCH / 4, RIGHT * SWATCH / 4, color=t.muted, stroke_width=w)
                          for w in (1.0, t.max_edge_width))).arrange(RIGHT, buff=0.06)
        rows.append(_row(widths, size_words, two_lines))
    return VGroup(*rows).arrange(DOWN, aligned_edge=LEFT, buff=0.2 if two_lines else 0.12)


def turn_arrow(direction: float, height: float = GLYPH) -> VMobject:
    """A small solid triangle pointing up (direction > 0) or down: "wants to turn this way".
    Drawn in the text colour, so it never reads as an edge's sign."""
    t = theme.current()
    glyph = Triangle(color=t.text, fill_opacity=1.0, stroke_width=0).scale_to_fit_height(height)
    return glyph if direction > 0 else glyph.rotate(np.pi)


def turn_legend(up_words: str = "wants to turn up", down_words: str = "wants to turn down") -> VGroup:
    """Two rows explaining the turn arrows."""
    return VGroup(_row(turn_arrow(+1), up_words), _row(turn_arrow(-1), down_words)).arrange(
        DOWN, aligned_edge=LEFT, buff=0.12)


def right_mark(height: float, color: str | None = None, width: float = 5.0) -> VMobject:
    """A tick `height` tall: "right", in the right-answer colour unless told otherwise."""
    glyph = VMobject(stroke_color=color or theme.current().right, stroke_width=width)
    glyph.set_points_as_corners([[-0.5, 0.05, 0], [-0.15, -0.35, 0], [0.5, 0.45, 0]])
    return glyph.scale_to_fit_height(height)


def unequal_mark(height: float, color: str | None = None, width: float = 5.0) -> VGroup:
    """An "is not" sign `height` tall: two bars struck through, in the muted colour unless told
    otherwise ("no match", kept apart from the cross, which means a wrong guess)."""
    glyph = VGroup(Line([-0.5, 0.18, 0], [0.5, 0.18, 0]), Line([-0.5, -0.18, 0], [0.5, -0.18, 0]),
                   Line([-0.2, -0.5, 0], [0.2, 0.5, 0]))
    return glyph.set_stroke(color or theme.current().muted, width).scale_to_fit_height(height)


def wrong_mark(height: float, color: str | None = None, width: float = 5.0) -> VGroup:
    """A cross `height` tall: "wrong", in the wrong-answer grey unless told otherwise."""
    glyph = VGroup(Line(UL, DR), Line(UR, DL))
    return glyph.set_stroke(color or theme.current().wrong, width).scale_to_fit_height(height)
