"""The cost landscape: a real map of the cost surface, a flat plane through the run itself."""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from nncore import landscape


def by_hand(history, dials: np.ndarray) -> float:
    """The training cost with every weight and bias set from `dials` (weights, then biases)."""
    snap, k = history.snapshots[0], 0
    ws, bs = [], []
    for w in snap.weights:
        ws.append(dials[k:k + w.size].reshape(w.shape))
        k += w.size
    for b in snap.biases:
        bs.append(dials[k:k + b.size])
        k += b.size
    acts = {"tanh": np.tanh, "sigmoid": lambda z: 1 / (1 + np.exp(-z))}
    x, y = history.split("train")
    out = x
    for w, b, act in zip(ws, bs, history.config["activations"]):
        out = acts[act](out @ w.T + b)
    return float(((out - y) ** 2).sum(1).mean())


def test_the_map_is_the_real_cost_with_every_dial_moved(tiny_history):
    h = tiny_history
    plane = landscape.plane_of(h)
    a, b = landscape.grid_around(landscape.path(h, plane), n=5)
    costs = landscape.cost_map(h, plane, a, b)
    start, end = landscape.flat(h.snapshots[0]), landscape.flat(h.snapshots[-1])
    for i, j in [(0, 0), (2, 3), (4, 1)]:
        dials = start + a[i] * (end - start) + b[j] * plane.across
        assert costs[i, j] == pytest.approx(by_hand(h, dials), rel=1e-12)


def test_the_map_goes_through_the_start_the_end_and_its_middle_snapshot(tiny_history):
    h = tiny_history
    plane = landscape.plane_of(h)
    points, off = landscape.path(h, plane), landscape.off_map(h, plane)
    x, y = h.split("train")
    assert points[0] == pytest.approx([0, 0], abs=1e-12) and points[-1] == pytest.approx([1, 0], abs=1e-9)
    for k in (0, plane.middle, -1):
        assert off[k] == pytest.approx(0, abs=1e-9)
        cost = landscape.cost_map(h, plane, [points[k, 0]], [points[k, 1]])[0, 0]
        assert cost == pytest.approx(h.network(h.snapshots[k].step).cost_of(x, y), rel=1e-9)
    # the middle is the snapshot furthest off the straight line from start to end
    assert 0 < plane.middle < len(h.snapshots) - 1 and points[plane.middle, 1] > 0
    # two directions at right angles, as long as each other: the map is not stretched
    assert plane.along @ plane.across == pytest.approx(0, abs=1e-9 * (plane.along @ plane.along))
    assert np.linalg.norm(plane.across) == pytest.approx(np.linalg.norm(plane.along), rel=1e-12)
    # every other snapshot is drawn where it is closest: what is left is at right angles
    k = len(h.snapshots) // 3
    rest = landscape.flat(h.snapshots[k]) - plane.dials(*points[k])
    assert rest @ plane.along == pytest.approx(0, abs=1e-9) and rest @ plane.across == pytest.approx(0, abs=1e-9)
    assert off[k] == pytest.approx(np.linalg.norm(rest) / np.linalg.norm(plane.along), rel=1e-9)


def test_the_slope_is_how_fast_the_map_rises_and_a_walk_follows_it(tiny_history):
    h = tiny_history
    plane = landscape.plane_of(h)
    here, eps = np.array([0.2, 0.1]), 1e-6
    slope = landscape.slope(h, plane, *here)
    for k in range(2):
        d = np.eye(2)[k] * eps
        up, down = (landscape.cost_map(h, plane, [p[0]], [p[1]])[0, 0] for p in (here + d, here - d))
        assert slope[k] == pytest.approx((up - down) / (2 * eps), rel=1e-4)
    points, costs = landscape.walk(h, plane, here, 0.01, 3)
    assert len(points) == len(costs) == 4
    for p, q in zip(points, points[1:]):
        np.testing.assert_allclose(q, p - 0.01 * landscape.slope(h, plane, *p))
    for p, c in zip(points, costs):
        assert c == pytest.approx(landscape.cost_map(h, plane, [p[0]], [p[1]])[0, 0], rel=1e-12)


def test_computing_the_map_leaves_the_history_untouched(tiny_history):
    before = tiny_history.to_json()
    plane = landscape.plane_of(tiny_history)
    a, b = landscape.grid_around(landscape.path(tiny_history, plane), n=4)
    landscape.cost_map(tiny_history, plane, a, b)
    landscape.walk(tiny_history, plane, [0, 0], 0.1, 2)
    assert tiny_history.to_json() == before


def run_of(*points):
    """A stand-in history (plane_of reads only its snapshots) through these flat points."""
    return SimpleNamespace(snapshots=[SimpleNamespace(weights=[np.array(p[:2], float).reshape(1, 2)],
                                                      biases=[np.array(p[2:], float)]) for p in points])


def test_the_plane_bends_toward_the_snapshot_furthest_off_the_line():
    run = run_of([0, 0, 0], [1, 0.1, 0], [2, 3, 0], [4, 0, 0])
    plane = landscape.plane_of(run)
    assert plane.middle == 2
    np.testing.assert_allclose(plane.along, [4, 0, 0])
    np.testing.assert_allclose(plane.across, [0, 4, 0])
    np.testing.assert_allclose(landscape.path(run, plane), [[0, 0], [0.25, 0.025], [0.5, 0.75], [1, 0]])
    # a list of snapshots (a learning-rate run's, say) reads as the run holding them
    np.testing.assert_allclose(landscape.path(run.snapshots[1:], plane), landscape.path(run, plane)[1:])
    np.testing.assert_allclose(landscape.off_map(run.snapshots, plane), landscape.off_map(run, plane))
    np.testing.assert_allclose(landscape.off_map(run, plane), [0, 0, 0, 0], atol=1e-12)
    assert landscape.path([], plane).shape == (0, 2)


def test_a_straight_or_still_run_still_gets_a_flat_map():
    straight = landscape.plane_of(run_of([0, 0, 0], [1, 1, 0], [2, 2, 0]))
    assert straight.along @ straight.across == pytest.approx(0)
    assert np.linalg.norm(straight.across) == pytest.approx(np.linalg.norm(straight.along))
    still = landscape.plane_of(run_of([1, 2, 3], [1, 2, 3]))
    assert np.linalg.norm(still.along) > 0 and still.along @ still.across == pytest.approx(0)


def test_the_grid_pads_the_path_by_three_tenths_of_its_span_or_a_quarter():
    a, b = landscape.grid_around(np.array([[0.0, 0.0], [1.0, 2.0], [0.5, 1.0]]), n=3)
    assert np.allclose(a, [-0.3, 0.5, 1.3]) and np.allclose(b, [-0.6, 1.0, 2.6])
    # a path that never moved gets a quarter either side; 25 values by default
    a, b = landscape.grid_around(np.array([[1.0, -2.0]]))
    assert len(a) == len(b) == 25
    assert (a[0], a[-1], b[0], b[-1]) == pytest.approx((0.75, 1.25, -2.25, -1.75))
    # square: the narrower direction is widened about its middle to the other's span
    a, b = landscape.grid_around(np.array([[0.0, 0.0], [1.0, 2.0]]), n=3, square=True)
    assert np.allclose(b, [-0.6, 1.0, 2.6]) and np.allclose(a, [-1.1, 0.5, 2.1])
