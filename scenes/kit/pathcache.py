"""A VMobject's subpaths, found once for the same points.

Before drawing a VMobject on every frame the cairo camera splits its points into subpaths
(`VMobject.get_subpath_split_indices_from_points`: a dozen numpy calls, about a fifth of
the training chapter's drawing). Most of what a frame draws has the same points as on the
frame before (labels, frames, the edges between two morphs), so `install()` remembers the
answer by the points' bytes (and the settings it depends on) and hands back a copy.
"""
from __future__ import annotations

from manim import VMobject

LIMIT_BYTES = 64 * 2 ** 20     # forget everything past this much remembered points
_manims_split = VMobject.get_subpath_split_indices_from_points
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


def install() -> None:
    """Split subpaths with `split_indices` from now on (in this process)."""
    VMobject.get_subpath_split_indices_from_points = split_indices


def uninstall() -> None:
    """manim's own splitting again (tests compare the two)."""
    VMobject.get_subpath_split_indices_from_points = _manims_split
