"""A Text made once per process for the same arguments; later ones are copies of it.

manim builds every `Text` from scratch: pango writes an SVG, svgelements parses it, every
glyph becomes a VMobject (about 0.1 s a Text at 480p; the init chapter built 118 of them in
12.9 of its 80.7 s of CPU). The same words in the same font, size and colour come back again
and again (axis ticks, "0", the same caption in several chapters a worker renders, a
counter's digits), so `install()` keeps a pristine copy of each Text built and fills a later
`Text(...)` with the same arguments from a copy of it (scenes/kit/fastcopy.py makes that
cheap).

The key is every argument as given (positional and keyword, each value with its type;
a value it cannot key, e.g. an object of another kind, builds the Text as manim does), what
the Text reads from outside its arguments (the default colour when none is given, the
pixel size and the renderer from manim's config) and the class: only `Text` itself is
cached, a subclass is built as manim does.
"""
from __future__ import annotations

import copy
from enum import Enum

import numpy as np
from manim import ManimColor, Text, VMobject, config

LIMIT = 2000                  # Texts remembered at most (about 0.1 MB each); then it starts again
_manims_init = Text.__init__
_known: dict[tuple, Text] = {}
stats = {"built": 0, "copied": 0}


class _Unkeyable(Exception):
    pass


def _frozen(value):
    """`value` as a hashable key that differs whenever the value or its type differs."""
    kind = type(value)
    if kind in (str, int, float, bool, type(None)):
        return kind.__name__, value
    if kind in (np.float64, np.float32, np.int64, np.int32, np.bool_):
        return kind.__name__, value.item()
    if kind is ManimColor:
        return "ManimColor", tuple(value._internal_value.tolist())
    if kind in (list, tuple):
        return kind.__name__, tuple(_frozen(v) for v in value)
    if kind is dict:
        return "dict", tuple((_frozen(k), _frozen(v)) for k, v in value.items())   # in order
    if kind is np.ndarray and value.dtype != object:
        return "ndarray", value.dtype.str, value.shape, value.tobytes()
    if isinstance(value, Enum):
        return kind.__qualname__, value.name
    raise _Unkeyable(kind)


def key(args: tuple, kwargs: dict) -> tuple | None:
    """Everything a Text built from (args, kwargs) depends on; None when it cannot be keyed."""
    try:
        given = _frozen(args), _frozen(dict(sorted(kwargs.items())))
    except _Unkeyable:
        return None
    colour = kwargs.get("color", args[3] if len(args) > 3 else None)
    default = None if colour else _frozen(VMobject().color)
    return given, default, config.pixel_width, config.pixel_height, str(config.renderer)


def text_init(self: Text, *args, **kwargs) -> None:
    """Text.__init__, or a copy of the Text built before from the same arguments."""
    k = key(args, kwargs) if type(self) is Text else None
    if k is None:
        _manims_init(self, *args, **kwargs)
        return
    found = _known.get(k)
    if found is None:
        _manims_init(self, *args, **kwargs)
        stats["built"] += 1
        if len(_known) >= LIMIT:
            _known.clear()
        kept = self.copy()
        if "original_id" not in self.__dict__:
            kept.__dict__.pop("original_id", None)
        _known[k] = kept
        return
    stats["copied"] += 1
    memo = {id(found): self}   # what refers to the kept Text refers to this one
    for name, value in found.__dict__.items():
        setattr(self, name, copy.deepcopy(value, memo))


def install() -> None:
    """Build Texts through the cache from now on (in this process)."""
    Text.__init__ = text_init


def uninstall() -> None:
    """manim's own Text again (tests compare the two)."""
    Text.__init__ = _manims_init
    forget()


def forget() -> None:
    _known.clear()
