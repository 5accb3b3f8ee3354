"""No starting copy for an UpdateFromFunc / UpdateFromAlphaFunc whose mobject has no updaters.

`Animation.begin` copies the animated mobject as `starting_mobject` before every play; an
UpdateFromFunc never reads it (its update function gets the mobject itself), and all the play
does with the copy is call its updaters every frame (`Animation.update_mobjects`). Without
updaters in the copy's family that call does nothing, so the copy is only work: the training
chapter's tickers hand UpdateFromAlphaFunc a group of every reading (tens of Texts), copied at
every play (docs/performance.md, sessions 15-18).

`install()` hands such an animation an empty Mobject instead (what `Animation.__init__` puts
there before `begin`). Only the two classes themselves: a subclass may read its start. The one
reader of the copy in this project, `redraw._reach` (where a play's mobjects start, to choose
the stills), gets the boxes the copy would have had, taken at the same moment, as `start_boxes`.
"""
from __future__ import annotations

from manim import Mobject, UpdateFromAlphaFunc, UpdateFromFunc

from scenes.kit import redraw

_manims = UpdateFromFunc.create_starting_mobject
_CLASSES = (UpdateFromFunc, UpdateFromAlphaFunc)
stats = {"copied": 0, "skipped": 0}


def create_starting_mobject(self) -> Mobject:
    """manim's copy, or an empty Mobject when nothing would ever run on the copy."""
    family = self.mobject.get_family()
    if type(self) not in _CLASSES or any(m.updaters for m in family):
        stats["copied"] += 1
        return _manims(self)
    stats["skipped"] += 1
    # what redraw would read from the copy: the boxes of its members with points, as they are now
    self.start_boxes = [redraw.box(m) for m in family if m.has_points()]
    return Mobject()


def install() -> None:
    """Skip the unread starting copies from now on (in this process)."""
    UpdateFromFunc.create_starting_mobject = create_starting_mobject


def uninstall() -> None:
    """manim's own copies again (tests compare the two)."""
    UpdateFromFunc.create_starting_mobject = _manims
