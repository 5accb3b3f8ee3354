"""An opacity set without remaking a colour array: `set_opacity` and `set_stroke(width=...)`.

`VMobject.set_fill`, `set_stroke` and so `set_opacity` (three of them) end in
`update_rgbas_array(name, color, opacity)` for every member of the family. manim makes a new
colour array first (`generate_rgbas_array`: `tuplify`, a `ManimColor` of BLACK when no colour
is given, `make_even`, `to_rgba_with_alpha` through `np.fromiter`, `np.array`) and then copies
only the columns asked for into the array the mobject has. With no colour given, that new
array is BLACK with the opacity (or 0) in every row, one row (two with a sheen), so what
manim does comes down to:

- no colour, no opacity (`set_stroke(width=2)`): nothing, when the array has at least as many
  rows as the new one (else manim stretches it);
- no colour, an opacity `o` (a Python or numpy number): the array's alpha column becomes
  `float64(o)` (what `np.fromiter(..., float64)` makes of it), in place, every row (with a
  sheen, manim clips its second row to 0..1, alpha included: only an `o` in 0..1 is done here).

`install()` does exactly that in those two cases and hands everything else (a colour, a
tuple of opacities, an array too short, a mobject without the array yet, a class that
changes any of the methods involved) to manim's own code. The training chapter's tickers
show one reading at a time by setting the opacity of every reading's glyphs on every frame:
about 730,000 calls in one render, a fifth of its profiled time.
tests/test_rgbas.py compares both ways on many mobjects, arguments and array shapes.
"""
from __future__ import annotations

import numbers

import numpy as np
from manim import VMobject

_manims_update = VMobject.update_rgbas_array
_manims_generate = VMobject.generate_rgbas_array
_manims_sheen = VMobject.get_sheen_factor
stats = {"fast": 0, "manim": 0}


def _plain(cls) -> bool:
    return (cls.generate_rgbas_array is _manims_generate and cls.get_sheen_factor is _manims_sheen
            and cls.update_rgbas_array is update_rgbas_array)


_checked: dict[type, bool] = {}


def update_rgbas_array(self: VMobject, array_name: str, color=None, opacity=None):
    """VMobject.update_rgbas_array: the same array afterwards, made without a new one when
    no colour is given."""
    if color is None:
        cls = type(self)
        plain = _checked.get(cls)
        if plain is None:
            plain = _checked[cls] = _plain(cls)
        if plain and (opacity is None or (isinstance(opacity, numbers.Real) and not isinstance(opacity, bool)
                                          and np.ndim(opacity) == 0)):
            current = self.__dict__.get(array_name)
            sheen = self.get_sheen_factor() != 0
            # with a sheen manim's second row is clipped to 0..1, alpha too
            if isinstance(current, np.ndarray) and current.ndim == 2 and current.shape[1] == 4 \
                    and len(current) >= 1 + sheen and (not sheen or opacity is None or 0 <= opacity <= 1):
                if opacity is not None:
                    current[:, 3] = np.float64(opacity)
                stats["fast"] += 1
                return self
    stats["manim"] += 1
    return _manims_update(self, array_name, color, opacity)


def install() -> None:
    """Update colour arrays with `update_rgbas_array` from now on (in this process)."""
    _checked.clear()
    VMobject.update_rgbas_array = update_rgbas_array


def uninstall() -> None:
    """manim's own again (tests compare the two)."""
    _checked.clear()
    VMobject.update_rgbas_array = _manims_update
