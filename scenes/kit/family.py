"""A mobject's family and its updates walked with less of Python's call machinery.

Two walks over every mobject's family run many times a frame and a play (the training
chapter's profile, session 18: about 8 % of its time):

- `Mobject.get_family` (the camera, `Scene.add` / `remove` for every mobject on screen,
  redraw, animations) chains one generator per level (`yield from`), so every member is
  handed up through every generator above it, then removes repeats keeping the last;
- `Mobject.update`, called for every mobject on screen on every frame (`Scene.update_mobjects`)
  and for every animation's copies, calls itself for every member, though most members
  (a Text's glyphs) have neither updaters nor submobjects.

`install()` gives both the same answers in the same order: the family by one recursive
function filling one list (the same pre-order, the same guard against a mobject inside its own
family, repeats removed keeping the last, only when there are any); updates without the call for
a member that has no updaters and no submobjects (manim's call would do nothing there). A class
with its own `update` is still called.
"""
from __future__ import annotations

from manim import Mobject
from manim.utils.iterables import remove_list_redundancies

_manims_get_family = Mobject.get_family
_manims_update = Mobject.update


def _collect(m: Mobject, out: list, active: set) -> None:
    """manim's `_iter_family`: m, then each submobject's family, skipping what is on the path."""
    active.add(m)
    out.append(m)
    for sub in m.submobjects:
        if not sub.submobjects:     # a leaf (most members: a Text's glyphs) needs no call, and
            out.append(sub)         # is never on the path (everything on it has submobjects)
        elif sub not in active:
            _collect(sub, out, active)
    active.discard(m)


def get_family(self: Mobject, recurse: bool = True) -> list[Mobject]:
    """Mobject.get_family (which also ignores `recurse`)."""
    out: list[Mobject] = []
    _collect(self, out, set())
    return out if len(set(out)) == len(out) else remove_list_redundancies(out)


def update(self: Mobject, dt: float = 0, recursive: bool = True) -> Mobject:
    """Mobject.update: this mobject's updaters (by manim's own code), then each submobject's update."""
    if self.updating_suspended:
        return self
    if self.updaters:
        _manims_update(self, dt, recursive=False)
    if recursive:
        for sub in self.submobjects:
            if sub.submobjects or sub.updaters or type(sub).update is not update:
                sub.update(dt, recursive)
    return self


def install() -> None:
    """Walk families this way from now on (in this process)."""
    Mobject.get_family = get_family
    Mobject.update = update


def uninstall() -> None:
    """manim's own walks again (tests compare the two)."""
    Mobject.get_family = _manims_get_family
    Mobject.update = _manims_update
