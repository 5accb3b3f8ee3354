"""Copying a mobject the way manim does, without its slowest parts.

Every FadeIn, FadeOut and Transform copies its mobject two or three times (its start, its
target, the target's copy), and manim copies with `copy.deepcopy` attribute by attribute.
Most of that time went to two things no frame ever reads again (the digits convnet
chapter at test size: 35 of 58 s of CPU in deepcopy, docs/performance.md):

- each glyph of a Text keeps the svgelements `Path` its points were made from (`path_obj`,
  read only when the glyph is made), copied down to every segment's point objects;
- numbers, colours and numpy arrays go through deepcopy's generic machinery one by one.

`install()` swaps in a `Mobject.__deepcopy__` that makes the same copy (every array and
colour a new object, shared references shared as before, through deepcopy's memo) but hands
immutable values over as they are and lets a glyph's copy share its finished `path_obj`.
"""
from __future__ import annotations

import copy
from enum import Enum

import numpy as np
from manim import ManimColor, Mobject

# values deepcopy itself hands back unchanged
_ATOMIC = frozenset({str, int, float, bool, complex, bytes, type(None), np.float64, np.int64, np.bool_})
# attributes read only while a mobject's points are made (VMobjectFromSVGPath.generate_points)
_SHARED = frozenset({"path_obj"})
_manims_deepcopy = Mobject.__deepcopy__


def _copy_value(value, memo: dict):
    kind = type(value)
    if kind in _ATOMIC or isinstance(value, Enum):
        return value
    if kind is np.ndarray and value.dtype != object:
        found = memo.get(id(value))
        if found is None:
            found = memo[id(value)] = value.copy(order="K")
        return found
    if kind is ManimColor:
        found = memo.get(id(value))
        if found is None:
            found = memo[id(value)] = ManimColor.__new__(ManimColor)
            found.__dict__.update({k: _copy_value(v, memo) for k, v in value.__dict__.items()})
        return found
    return copy.deepcopy(value, memo)


def mobject_deepcopy(self: Mobject, memo: dict) -> Mobject:
    """Mobject.__deepcopy__ as manim writes it, each attribute copied by `_copy_value`."""
    cls = self.__class__
    result = cls.__new__(cls)
    memo[id(self)] = result
    for key, value in self.__dict__.items():
        setattr(result, key, value if key in _SHARED else _copy_value(value, memo))
    result.original_id = str(id(self))
    return result


def install() -> None:
    """Copy mobjects with `mobject_deepcopy` from now on (in this process)."""
    Mobject.__deepcopy__ = mobject_deepcopy


def uninstall() -> None:
    """manim's own copying again (tests compare the two)."""
    Mobject.__deepcopy__ = _manims_deepcopy
