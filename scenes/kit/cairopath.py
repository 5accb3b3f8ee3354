"""A VMobject's cairo path, built once for the same points.

Before stroking and filling a VMobject the cairo camera builds its path in Python
(`Camera.set_cairo_context_path`: one `curve_to` call per curve, each with six numpy
scalars): about a fifth of a chapter's CPU time (the init chapter at 480p15: 17.7 of 80.7 s,
155,776 paths for 1,058 frames). Most of a frame has the same points as the frame before
(everything redrawn after the first moving mobject, the labels of a morphing diagram), so
`install()` keeps the finished path (`ctx.copy_path()`) by the points' bytes and the
settings the path depends on, and the next time only appends it (`ctx.append_path`, in C).

Cairo keeps a path in fixed-point device coordinates (1/256 pixel); a copied path handed
back through the same matrix lands on the same fixed points, so the pixels are the same.
A path not yet known is built as manim builds it, from Python floats instead of numpy
scalars (the same doubles reach cairo).
"""
from __future__ import annotations

import ctypes
import sys

import cairo
import numpy as np
from manim import VMobject
from manim.camera.camera import Camera

LIMIT_BYTES = 64 * 2 ** 20     # forget every path past this much remembered points
# from this many points a path is handed to cairo in one call (numpy's fixed cost, about
# 0.15 ms, is less than the Python loop's 0.7 us a curve; 1,632 points: 0.3 ms against 1.3)
AT_ONCE = 600
_manims_path = Camera.set_cairo_context_path
_manims_pre_display = Camera.transform_points_pre_display
_manims_equal = VMobject.consider_points_equals_2d
_known: dict[tuple, object] = {}
_size = 0


def set_path(self: Camera, ctx, vmobject: VMobject) -> Camera:
    """Camera.set_cairo_context_path, the path remembered by everything it is made from."""
    global _size
    points = vmobject.points
    if (len(points) == 0 or type(points) is not np.ndarray
            or type(self).transform_points_pre_display is not _manims_pre_display
            or type(vmobject).consider_points_equals_2d is not _manims_equal):
        return _manims_path(self, ctx, vmobject)   # empty: manim leaves the last path set
    data = points.tobytes()
    key = (data, points.shape, points.dtype.str, vmobject.n_points_per_cubic_curve,
           vmobject.tolerance_for_point_equality, tuple(ctx.get_matrix()))
    found = _known.get(key)
    if found is not None:
        ctx.new_path()
        ctx.append_path(found)
        return self
    (build_at_once if _cairo is not None and len(points) >= AT_ONCE else build)(self, ctx, vmobject)
    if _size > LIMIT_BYTES:
        _known.clear()
        _size = 0
    _known[key] = ctx.copy_path()
    _size += len(data)
    return self


def build(self: Camera, ctx, vmobject: VMobject) -> Camera:
    """manim's set_cairo_context_path (0.22) with the points read as Python floats.

    Where the subpaths split is found from the same floats too: manim's split (numpy,
    `get_subpath_split_indices_from_points(points, n_dims=2)`, a dozen numpy calls for every path
    not drawn before: 57,114 of them in the testing chapter) cuts where a curve's end and the next one's start are not close by the test that
    `consider_points_equals_2d` makes on two points (the same formula, element by element);
    here the two are compared as lists first (equal points are close: most joints), and only
    the others are tested. A class with its own split gets it."""
    points = self.transform_points_pre_display(vmobject, vmobject.points)
    count = len(points)
    if count == 0:
        return self
    nppcc = vmobject.n_points_per_cubic_curve
    ctx.new_path()
    xy = points[:, :2].tolist()
    equal = vmobject.consider_points_equals_2d
    if (not vmobject.tolerance_for_point_equality >= 0     # (equal points would not be close)
            or type(vmobject).get_subpath_split_indices_from_points
            is not VMobject.get_subpath_split_indices_from_points):
        split_indices = vmobject.get_subpath_split_indices_from_points(points, n_dims=2).tolist()
    else:
        bounds = [0, *(b for b in range(nppcc, count, nppcc) if xy[b - 1] != xy[b] and not equal(xy[b - 1], xy[b])),
                  count]
        split_indices = zip(bounds, bounds[1:])
    curve_to, move_to = ctx.curve_to, ctx.move_to
    new_sub_path, close_path = ctx.new_sub_path, ctx.close_path
    for start, end in split_indices:
        if end - start < nppcc:
            continue
        new_sub_path()
        move_to(*xy[start])
        for i in range(start, end - nppcc + 1, nppcc):
            (x1, y1), (x2, y2), (x3, y3) = xy[i + 1], xy[i + 2], xy[i + 3]
            curve_to(x1, y1, x2, y2, x3, y3)
        if equal(xy[start], xy[end - 1]):
            close_path()
    return self


# --- the same path handed to cairo at once: cairo_append_path from numpy-built path data ---

MOVE_TO, CURVE_TO, CLOSE_PATH = 0, 2, 3      # cairo_path_data_type_t


class _PathT(ctypes.Structure):
    _fields_ = [("status", ctypes.c_int), ("data", ctypes.c_void_p), ("num_data", ctypes.c_int)]


def _cairo_library():
    """libcairo as pycairo uses it, or None when its cairo_t cannot be reached safely (then
    paths are built call by call)."""
    if sys.implementation.name != "cpython" or ctypes.sizeof(ctypes.c_void_p) != 8:
        return None
    try:
        lib = ctypes.CDLL("libcairo.so.2")
    except OSError:
        return None
    lib.cairo_append_path.argtypes = [ctypes.c_void_p, ctypes.POINTER(_PathT)]
    lib.cairo_append_path.restype = None
    lib.cairo_get_line_width.argtypes = [ctypes.c_void_p]
    lib.cairo_get_line_width.restype = ctypes.c_double
    lib.cairo_get_reference_count.argtypes = [ctypes.c_void_p]
    lib.cairo_get_reference_count.restype = ctypes.c_uint
    # pycairo's Context is {PyObject_HEAD; cairo_t *ctx; ...}: check that it is, on a context of our own
    ctx = cairo.Context(cairo.ImageSurface(cairo.FORMAT_ARGB32, 4, 4))
    ctx.set_line_width(3.140625)
    pointer = _pointer(ctx)
    if not pointer or lib.cairo_get_reference_count(pointer) != 1 or lib.cairo_get_line_width(pointer) != 3.140625:
        return None
    return lib


def _pointer(ctx) -> int:
    """The cairo_t behind a pycairo Context (the field after the object's header)."""
    return ctypes.c_void_p.from_address(id(ctx) + object.__basicsize__).value or 0


def path_data(vmobject: VMobject, points: np.ndarray, split_indices) -> np.ndarray:
    """cairo_path_data_t records (16 bytes each: a header, or a point's x and y) for the
    path manim's set_cairo_context_path draws: per subpath a move to its first point, its
    curves, a close when it ends where it began (VMobject.consider_points_equals_2d)."""
    split = np.asarray(split_indices, dtype=np.int64).reshape(-1, 2)
    curves = (split[:, 1] - split[:, 0]) // 4          # as manim's range() counts them
    keep = curves > 0
    starts, ends, curves = split[keep, 0], split[keep, 1], curves[keep]
    xy = points[:, :2]
    first, last = xy[starts], xy[ends - 1]
    close = _close(first, last, vmobject.tolerance_for_point_equality)
    sizes = 2 + 4 * curves + close
    offsets = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    data = np.empty((int(sizes.sum()), 2))
    head = data.view(np.int32).reshape(-1, 4)
    data[offsets + 1] = first
    head[offsets, 0], head[offsets, 1] = MOVE_TO, 2
    owner = np.repeat(np.arange(len(curves)), curves)
    nth = np.arange(len(owner)) - np.repeat(np.cumsum(curves) - curves, curves)
    rows = offsets[owner] + 2 + 4 * nth
    source = starts[owner] + 4 * nth
    step = np.arange(1, 4)
    data[rows[:, None] + step] = xy[source[:, None] + step]
    head[rows, 0], head[rows, 1] = CURVE_TO, 4
    closing = (offsets + sizes - 1)[close.astype(bool)]
    head[closing, 0], head[closing, 1] = CLOSE_PATH, 1
    return data


def _close(p0: np.ndarray, p1: np.ndarray, atol: float) -> np.ndarray:
    """VMobject.consider_points_equals_2d for many pairs of points at once, as 0 or 1."""
    rtol = 1.0e-5
    with np.errstate(invalid="ignore"):
        diff = np.abs(p0 - p1)
        near = (p0 == p1) | ((diff <= atol + rtol * np.abs(p1)) & np.isfinite(diff))
    return near.all(axis=1).astype(np.int64)


def build_at_once(self: Camera, ctx, vmobject: VMobject) -> Camera:
    """`build`, handing cairo the whole path in one call (cairo_append_path makes the same
    move_to, curve_to and close_path calls in C)."""
    points = self.transform_points_pre_display(vmobject, vmobject.points)
    if len(points) == 0:
        return self
    if vmobject.n_points_per_cubic_curve != 4:
        return build(self, ctx, vmobject)
    ctx.new_path()
    split_indices = vmobject.get_subpath_split_indices_from_points(points, n_dims=2)
    if len(split_indices) == 0:
        return self
    data = np.ascontiguousarray(path_data(vmobject, points, split_indices))
    if len(data):
        path = _PathT(0, data.ctypes.data, len(data))
        _cairo.cairo_append_path(_pointer(ctx), ctypes.byref(path))
    return self


_cairo = _cairo_library()


def install() -> None:
    """Build cairo paths with `set_path` from now on (in this process)."""
    Camera.set_cairo_context_path = set_path


def uninstall() -> None:
    """manim's own path building again (tests compare the two)."""
    Camera.set_cairo_context_path = _manims_path
    forget()


def forget() -> None:
    global _size
    _known.clear()
    _size = 0
