"""scenes/kit/redraw.py: a still mobject is painted once only when nothing that moves
reaches it during the play; otherwise manim's layering is kept."""
from types import SimpleNamespace

import numpy as np
from manim import LEFT, PI, RIGHT, Square, Succession, Text, Transform

from scenes.kit import redraw


def begun(animation):
    animation.begin()
    return animation


def scene(*foreground):
    return SimpleNamespace(foreground_mobjects=list(foreground))


def test_only_what_the_moving_square_reaches_is_redrawn():
    square = Square(0.5).move_to(3 * LEFT)
    # the square swings to the right along a half circle: its start and end boxes miss the top
    swing = begun(Transform(square, square.copy().move_to(3 * RIGHT), path_arc=PI))
    swing.interpolate(0.5)
    top = square.get_center()
    swing.interpolate(0.0)
    on_its_way = Square(0.3).move_to(top)           # drawn after the square, where it passes
    far = Text("far").move_to(5 * RIGHT - top)
    kept = redraw.moving_mobjects(scene(), [swing], [square, on_its_way, far, *far.submobjects])
    assert abs(top[1]) > 2      # really off the straight line
    assert kept == [square, on_its_way]


def test_sampling_puts_the_animation_back_where_it_started():
    square = Square(0.5)
    start = square.points.copy()
    slide = begun(Transform(square, square.copy().shift(2 * RIGHT)))
    redraw.moving_mobjects(scene(), [slide], [square])
    assert np.allclose(square.points, start)


def test_a_still_mobject_under_something_drawn_earlier_in_the_moving_layer_stays_in_it():
    # a still mobject kept for the moving layer reaches others in turn: the one over it stays above it
    square = Square(0.5).move_to(2 * RIGHT)
    over_square = Square(1.0).move_to(2 * RIGHT)
    over_that = Square(0.4).move_to(2.9 * RIGHT)    # meets over_square's box, not the moving one's
    pulse = begun(Transform(square, square.copy().scale(1.1)))
    kept = redraw.moving_mobjects(scene(), [pulse], [square, over_square, over_that])
    assert kept == [square, over_square, over_that]


def test_updaters_and_successions_keep_manims_answer():
    square, label = Square(0.5), Text("far").shift(5 * RIGHT)
    label.add_updater(lambda m: m)
    slide = begun(Transform(square, square.copy().shift(RIGHT)))
    assert redraw.moving_mobjects(scene(), [slide], [square, label]) == [square, label]
    label.clear_updaters()
    chain = Succession(Transform(square, square.copy().shift(RIGHT)))   # never sampled: not begun
    assert redraw.moving_mobjects(scene(), [chain], [square, label]) == [square, label]
