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

Lists, dicts and mobjects met inside a copy are copied by the same function, not through
`copy.deepcopy`'s dispatch (three or four Python calls per item: most of a glyph's lists are
empty, a Text carries a dict of about 77 groups), with deepcopy's memo, so sharing and
cycles come out as deepcopy's (session 20).
"""
from __future__ import annotations

import copy
import types
from enum import Enum

import numpy as np
from manim import ManimColor, Mobject

# values deepcopy itself hands back unchanged
_ATOMIC = frozenset({str, int, float, bool, complex, bytes, type(None), np.float64, np.int64, np.bool_,
                     types.FunctionType, types.BuiltinFunctionType, type})
# attributes read only while a mobject's points are made (VMobjectFromSVGPath.generate_points)
_SHARED = frozenset({"path_obj"})
_manims_deepcopy = Mobject.__deepcopy__


def _copy_value(value, memo: dict):
    kind = type(value)
    if kind in _ATOMIC:
        return value
    if kind is list:
        # deepcopy's _deepcopy_list without its calls per item: a new list, noted in the memo
        # before its items are copied (so a list inside itself, or met twice, is one copy)
        found = memo.get(id(value))
        if found is None:
            found = memo[id(value)] = []
            for item in value:
                found.append(_copy_value(item, memo))
        return found
    if kind is dict:
        # deepcopy's _deepcopy_dict, the same way (a Text's ~77 groups by name: id_to_vgroup_dict)
        found = memo.get(id(value))
        if found is None:
            found = memo[id(value)] = {}
            for key, item in value.items():
                found[_copy_value(key, memo)] = _copy_value(item, memo)
        return found
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
    if isinstance(value, Mobject) and kind.__deepcopy__ is mobject_deepcopy:
        found = memo.get(id(value))      # deepcopy's own memo look-up, then the same copy
        return mobject_deepcopy(value, memo) if found is None else found
    if isinstance(value, Enum):
        return value
    return copy.deepcopy(value, memo)


def mobject_deepcopy(self: Mobject, memo: dict) -> Mobject:
    """Mobject.__deepcopy__ as manim writes it, each attribute copied by `_copy_value` (an
    immutable one handed over without the call: about half of a glyph's attributes)."""
    cls = self.__class__
    result = cls.__new__(cls)
    memo[id(self)] = result
    atomic, shared = _ATOMIC, _SHARED
    for key, value in self.__dict__.items():
        setattr(result, key, value if type(value) in atomic or key in shared else _copy_value(value, memo))
    result.original_id = str(id(self))
    return result


def install() -> None:
    """Copy mobjects with `mobject_deepcopy` from now on (in this process)."""
    Mobject.__deepcopy__ = mobject_deepcopy


def uninstall() -> None:
    """manim's own copying again (tests compare the two)."""
    Mobject.__deepcopy__ = _manims_deepcopy
