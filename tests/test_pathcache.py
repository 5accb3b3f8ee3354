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
