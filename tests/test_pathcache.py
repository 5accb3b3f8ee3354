"""scenes/kit/pathcache.py: the subpaths manim finds, remembered by the points."""
import numpy as np
from manim import Circle, Square, Text, VGroup

from scenes.kit import chapter, pathcache  # noqa: F401  (importing chapter installs the cache)


def manims(mob, points, n_dims=2):
    return pathcache._manims_split(mob, points, n_dims)


def test_the_same_answer_as_manim_for_the_same_points_and_after_they_change():
    shapes = [*Text("ab8"), Square(), Circle(), VGroup(Square(), Circle()).arrange()]
    for mob in shapes:
        for part in mob.family_members_with_points():
            for _ in range(2):      # found, then remembered
                assert np.array_equal(part.get_subpath_split_indices_from_points(part.points, n_dims=2),
                                      manims(part, part.points))
    square = Square()
    square.get_subpath_split_indices_from_points(square.points, n_dims=2)
    square.points[4:] += 5          # the second side no longer meets the first: a new subpath
    assert np.array_equal(square.get_subpath_split_indices_from_points(square.points, n_dims=2),
                          manims(square, square.points))
    assert len(manims(square, square.points)) == 2


def test_a_caller_cannot_change_what_is_remembered():
    square = Square()
    first = square.get_subpath_split_indices_from_points(square.points, n_dims=2)
    first[:] = 0
    assert np.array_equal(square.get_subpath_split_indices_from_points(square.points, n_dims=2),
                          manims(square, square.points))


def same_subpaths(mob, points):
    ours, theirs = pathcache.subpaths(mob, points), pathcache._manims_subpaths(mob, points)
    return len(ours) == len(theirs) and all(np.array_equal(a, b, equal_nan=True) for a, b in zip(ours, theirs))


def test_subpaths_split_where_manim_splits_them():
    shapes = [*Text("ab8%"), Square(), Circle(), VGroup(Square(), Circle()).arrange()]
    for mob in shapes:
        for part in mob.family_members_with_points():
            assert same_subpaths(part, part.points)
    rng = np.random.default_rng(1)
    square = Square()
    tol = square.tolerance_for_point_equality
    for _ in range(200):    # curve ends a hair inside, on and outside the tolerance, and odd values
        points = rng.normal(size=(4 * 12, 3))
        for i in range(4, len(points), 4):
            step = rng.choice([0, tol * 0.5, tol, tol * (1 + 1e-5), tol * 2, np.nan, np.inf])
            points[i] = points[i - 1] + step * rng.choice([-1, 1], size=3)
        points[rng.integers(len(points))] = rng.choice([np.inf, -np.inf, np.nan, 1e300])
        assert same_subpaths(square, points)
    edge = np.zeros((12, 3))
    edge[3], edge[7, 0], edge[8, 0] = tol, np.inf, np.inf     # exactly the tolerance; inf meets inf
    assert same_subpaths(square, edge) and len(pathcache.subpaths(square, edge)) == 1
    assert same_subpaths(square, np.zeros((3, 3)))      # shorter than one curve: no subpath
    assert same_subpaths(square, np.zeros((0, 3)))


def test_morphs_use_the_fast_subpaths():
    assert Square().get_subpaths_from_points.__func__ is pathcache.subpaths
