"""NetworkDiagram's shortcuts (docs/performance.md, session 11): the same state as manim's way.

- `_centers` gives every circle's get_center() at once;
- `_restyle` skips a pool VMobject's set_stroke only when it would write what is there.
"""
from __future__ import annotations

import numpy as np
import pytest
from manim import Circle, Dot, Square, VGroup

from nncore.init import initial_parameters
from scenes.kit import theme
from scenes.kit.network_diagram import NetworkDiagram, _centers


@pytest.fixture(autouse=True)
def dark_theme():
    before = theme.current().name
    theme.use("dark")
    yield
    theme.use(before)


def weights(sizes, seed):
    return initial_parameters(sizes, "random", np.random.default_rng(seed))[0]


def stroke_state(d: NetworkDiagram) -> list:
    """How every drawn pool VMobject looks (an emptied one is not drawn: it keeps any style)."""
    return [(m.stroke_rgbas.tolist(), float(m.stroke_width), m.stroke_opacity, m.points.tobytes())
            for pool in d.edge_groups for m in pool if m.has_points()]


def test_centers_are_manims():
    rng = np.random.default_rng(0)
    circles = [Circle(radius=r).rotate(a).shift(3 * rng.normal(size=3))
               for r, a in zip(rng.random(40) + 0.01, 7 * rng.random(40))]
    assert np.array_equal(_centers(circles), np.array([c.get_center() for c in circles]))
    mixed = [Circle(), Square(), Dot(), VGroup(Circle(), Dot().shift(2))]
    assert np.array_equal(_centers(mixed), np.array([m.get_center() for m in mixed]))


def test_a_restyled_pool_is_what_a_fresh_diagram_draws():
    # styles of the same width and opacity differ only by colour (the weight's sign): a pool
    # VMobject that goes from one to the other must change colour
    sizes = [6, 5, 3]
    first, second = weights(sizes, 1), weights(sizes, 2)
    scale = max(np.abs(w).max() for w in first + second)
    d = NetworkDiagram(first, weight_scale=scale)
    d.set_weights([-w for w in first])
    d.set_weights(second)
    fresh = NetworkDiagram(second, weight_scale=scale)
    assert stroke_state(d) == stroke_state(fresh)


def test_a_stroke_changed_from_outside_is_set_again():
    sizes = [6, 5, 3]
    w = weights(sizes, 1)
    d = NetworkDiagram(w)
    want = stroke_state(d)
    changes = [lambda: d.edge_groups.set_stroke(opacity=0.1),          # e.g. a fade of the whole diagram
               lambda: d.edge_groups[0][0].set_stroke(width=30),        # the width alone
               lambda: setattr(d.edge_groups[0][0], "stroke_opacity", 0.3)]   # the attribute alone
    for change in changes:
        change()
        assert stroke_state(d) != want
        d.set_weights(w)
        assert stroke_state(d) == want
