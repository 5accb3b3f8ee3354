"""The right / wrong marks: one shape each for the whole video, in the answer colours (a wrong
guess is never drawn in red, the colour of a dial below zero)."""
import numpy as np
import pytest
from manim import color_to_rgb

from scenes.kit import theme
from scenes.kit.legend import right_mark, wrong_mark


def _rgb(colour) -> np.ndarray:
    return np.round(color_to_rgb(colour), 3)


@pytest.mark.parametrize("make, role", [(right_mark, "right"), (wrong_mark, "wrong")])
def test_marks_take_the_answer_colours_and_the_height_asked(make, role):
    t = theme.current()
    mark = make(0.3)
    assert mark.height == pytest.approx(0.3)
    strokes = [m for m in mark.family_members_with_points()]
    assert strokes and all((_rgb(m.get_stroke_color()) == _rgb(getattr(t, role))).all() for m in strokes)
    assert not any((_rgb(m.get_stroke_color()) == _rgb(t.negative)).all() for m in strokes)


def test_a_cross_is_two_strokes_crossing_at_its_middle():
    cross = wrong_mark(1.0).move_to([2, 1, 0])
    (a0, a1), (b0, b1) = [(line.get_start(), line.get_end()) for line in cross]
    # each stroke runs corner to opposite corner, through the centre
    assert np.allclose((a0 + a1) / 2, [2, 1, 0]) and np.allclose((b0 + b1) / 2, [2, 1, 0])
    d1, d2 = (a1 - a0)[:2], (b1 - b0)[:2]
    # and they cross near square on: not one line drawn twice
    assert abs(d1[0] * d2[1] - d1[1] * d2[0]) > 0.9 * np.linalg.norm(d1) * np.linalg.norm(d2)


def test_a_tick_dips_left_of_middle_then_rises_higher_on_the_right():
    tick = right_mark(1.0)
    corners = tick.get_anchors()
    left, low, right = corners[0], min(corners, key=lambda p: p[1]), corners[-1]
    assert left[0] < low[0] < tick.get_center()[0] < right[0]
    assert right[1] > left[1] > low[1]
