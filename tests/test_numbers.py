"""Numbers as the screen writes them: what is shown adds up when the viewer checks."""
from __future__ import annotations

from scenes.kit.numbers import adds_up, factor_places


def test_a_gap_is_written_so_that_its_square_is_the_square_shown():
    # 0.7563 squared is 0.572: written 0.76, a viewer would get 0.58
    places = factor_places(0.7563, 0.7563)
    assert places == 3
    assert f"{round(0.7563, places) ** 2:.2f}" == f"{0.7563 ** 2:.2f}"
    assert factor_places(0.5, 0.5) == 2 and factor_places(-0.81, 0.28) == 2


def test_parts_that_miss_their_total_by_a_rounding_are_told_apart():
    assert adds_up([0.23, 0.22, 0.20, -0.20, 0.58, 0.0], 1.03)
    assert not adds_up([0.004, 0.004, 0.004], 0.012)      # shown 0.00 + 0.00 + 0.00, total 0.01


def test_written_has_one_minus_and_the_zero_each_chapter_asks_for():
    """One function writes the screen's numbers for backprop, training and convnet (they had
    three copies with three zero rules): a real minus sign, never a minus zero, and a zero
    written bare only where the caller asks (rounded: backprop's chain; exact: training's
    tilts, where 0.00 means "a little" and 0 "no opinion"; never: convnet's grids)."""
    from scenes.kit.numbers import written
    assert written(-1.234) == "\u22121.23" and "-" not in written(-1.234)
    for tiny in (-0.004, 0.004, -0.0):
        assert written(tiny) == "0.00"
        assert written(tiny, plain_zero="rounded") == "0"
    assert written(0.004, plain_zero="exact") == "0.00"
    assert written(0.0, plain_zero="exact") == written(-0.0, plain_zero="exact") == "0"
    assert written(2.675, 3) == "2.675" and written(0.5, 0) == "0"
