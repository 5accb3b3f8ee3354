"""A VMobject's subpaths, found once for the same points.

Before drawing a VMobject on every frame the cairo camera splits its points into subpaths
(`VMobject.get_subpath_split_indices_from_points`: a dozen numpy calls, about a fifth of
the training chapter's drawing). Most of what a frame draws has the same points as on the
frame before (labels, frames, the edges between two morphs), so `install()` remembers the
answer by the points' bytes (and the settings it depends on) and hands back a copy.

Before a Transform morphs one VMobject into another, manim splits both into subpaths again
(`VMobject.get_subpaths_from_points`), with one `np.allclose` per curve: about 7% of the
init chapter's CPU. `subpaths` makes the same comparison for every curve in one numpy call.
"""
from __future__ import annotations

import numpy as np
from manim import VMobject

LIMIT_BYTES = 64 * 2 ** 20     # forget everything past this much remembered points
_manims_split = VMobject.get_subpath_split_indices_from_points
_manims_subpaths = VMobject.get_subpaths_from_points
RTOL = 1e-5                    # np.allclose's default, which manim's consider_points_equals keeps
_known: dict[tuple, object] = {}
_size = 0


def split_indices(self: VMobject, points, n_dims: int = 3):
    """VMobject.get_subpath_split_indices_from_points, remembered by its inputs."""
    global _size
    try:
        data = points.tobytes()
    except AttributeError:        # not an array: as manim does it
        return _manims_split(self, points, n_dims)
    key = (data, points.shape, points.dtype.str, n_dims, self.n_points_per_cubic_curve,
           self.tolerance_for_point_equality)
    found = _known.get(key)
    if found is None:
        if _size > LIMIT_BYTES:
            _known.clear()
            _size = 0
        found = _known[key] = _manims_split(self, points, n_dims)
        _size += len(data)
    return found.copy()


def subpaths(self: VMobject, points) -> list:
    """VMobject.get_subpaths_from_points: a curve starts a new subpath where its first point is
    not np.allclose to the last point of the curve before (numpy's own formula, for all at once)."""
    if not isinstance(points, np.ndarray) or points.ndim != 2:
        return _manims_subpaths(self, points)
    n = self.n_points_per_cubic_curve
    starts = np.arange(n, len(points), n)
    before, first = points[starts - 1], points[starts]
    with np.errstate(invalid="ignore"):
        close = ((np.abs(before - first) <= self.tolerance_for_point_equality + RTOL * np.abs(first))
                 & np.isfinite(first)) | (before == first)
    cuts = [0, *starts[~close.all(axis=1)].tolist(), len(points)]
    return [points[a:b] for a, b in zip(cuts, cuts[1:]) if b - a >= n]


def install() -> None:
    """Split subpaths with `split_indices` and `subpaths` from now on (in this process)."""
    VMobject.get_subpath_split_indices_from_points = split_indices
    VMobject.get_subpaths_from_points = subpaths


def uninstall() -> None:
    """manim's own splitting again (tests compare the two)."""
    VMobject.get_subpath_split_indices_from_points = _manims_split
    VMobject.get_subpaths_from_points = _manims_subpaths
