"""Motion helpers shared by the chapters: a cheap cross-fade, a copy landing on its twin, and
timing inside one play call.

    self.play(CrossFade(old_text, new_text), during(curve.draw_to(5), 0.0, 0.8))
    self.play(FadeIn(row), LandOn(small_circle, row_circle))
"""
from __future__ import annotations

from manim import Animation, Mobject, Transform, VGroup


class CrossFade(Animation):
    """`old` fades out where `new` fades in; `old` leaves the scene at the end.

    Unlike FadeTransform it copies nothing (a Text copy costs more than drawing it).
    """

    def __init__(self, old: Mobject, new: Mobject, **kwargs) -> None:
        self.old, self.new = old, new
        new.set_opacity(0)
        super().__init__(VGroup(old, new), **kwargs)

    def create_starting_mobject(self) -> Mobject:
        return Mobject()   # never read

    def interpolate_mobject(self, alpha: float) -> None:
        t = self.rate_func(alpha)
        self.old.set_opacity(1 - t)
        self.new.set_opacity(t)

    def clean_up_from_scene(self, scene) -> None:
        super().clean_up_from_scene(scene)
        scene.remove(self.old)


class LandOn(Transform):
    """A copy of `source` flies onto `target`, which stays unseen until the copy lands: one
    object is seen the whole way, never the copy and the target together (review s31 round 2:
    a row's own circle and wire stood under the flying ones, doubled). The target may already
    be on the scene (in a row faded in or added whole): listed after that fade, this hides it
    again each frame."""

    def __init__(self, source: Mobject, target: Mobject, **kwargs) -> None:
        self.hidden, self.look = target, target.copy()
        super().__init__(source.copy(), target.copy(), remover=True, **kwargs)

    def interpolate_mobject(self, alpha: float) -> None:
        super().interpolate_mobject(alpha)
        self.hidden.set_opacity(0)

    def clean_up_from_scene(self, scene) -> None:
        super().clean_up_from_scene(scene)
        self.hidden.become(self.look)   # landed: the copy goes in the frame the target shows


def during(animation, start: float, end: float):
    """The animation, set to move only between shares `start` and `end` of its play call."""
    inner = animation.rate_func
    animation.rate_func = lambda t: inner(min(max((t - start) / (end - start), 0.0), 1.0))
    return animation
