"""The training chapter's tickers build a reading only when a frame first shows it.

`Training.ticker` used to build a Text for every reading up front (most fall between two
frames and are never seen); now only the last is built at once and the others, held in the
animated group by an empty stand-in, when the updater first shows them. The frames must be
the ones the readings built up front gave: a small story is rendered both ways (with the
chapters' redraw kit) and compared pixel for pixel, and the readings built are counted.
"""
from __future__ import annotations

import weakref

import numpy as np
import pytest
from manim import DOWN, LEFT, RIGHT, UP, Scene, Square, Text, Transform, VGroup

from scenes.chapters.training import Training
from scenes.kit import redraw, theme
from scenes.kit.chapter import Chapter
from tests.test_redraw import shoot

READINGS = [("after {n} steps", {"n": n}) for n in (1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233)]
# twelve readings in a second at 10 frames a second: some shares fall between two frames
SHARES = [0.02, 0.05, 0.07, 0.3, 0.33, 0.34, 0.5, 0.52, 0.71, 0.9, 0.93, 0.99]
COLOURS = ["#ffffff", "#aaffaa"] * 6


def eager_ticker(self, texts, key, readings, shares, colors=None, appear=0.0):
    """The ticker as it was before (every reading built up front): the reference."""
    old = texts[key]
    made = [self.text(template, size="small", facts=facts, color=color).scale(old.font_size / self.theme.small_size)
            .move_to(old).set_z_index(old.z_index)
            for (template, facts), color in zip(readings, colors or [old.color] * len(readings))]
    texts[key] = made[-1]
    return self.flip_through(old, made, shares, appear)


def story_class(ticker):
    """A Scene with the chapter's ticker, flip_through and text (no chapter run needed)."""
    def construct(self):
        self.theme, self.drawn, self._drawn_seen = theme.current(), [], weakref.WeakKeyDictionary()
        square = Square(0.6, fill_opacity=1).move_to(2 * LEFT + DOWN)
        old = self.text("before any step", size="small").move_to(UP).set_z_index(1)
        labels = VGroup(*(Text(w, font_size=20) for w in ("one", "two"))).arrange(RIGHT).to_edge(DOWN)
        self.add(square, old, labels)
        texts = {"step": old}
        for appear in (0.0, 0.4):
            anim = ticker(self, texts, "step", READINGS, SHARES, COLOURS, appear=appear)
            self.play(anim, Transform(square, square.copy().shift(RIGHT)), run_time=1)
            self.remove(anim.mobject)
            self.add(anim.mobject.submobjects[-1].set_opacity(1.0))    # as Training.settle
        self.wait(0.2)
    return type("Story", (redraw.StillsPaintedOnce, Scene),
                {"construct": construct, "text": Chapter.text, "flip_through": Training.flip_through,
                 "_note_drawn": lambda self, t, mobjects: None})


@pytest.fixture
def built(monkeypatch):
    """Every Text the chapter's `text` builds, by its words."""
    made: list[str] = []
    text = Chapter.text

    def counted(self, words, *args, **kwargs):
        t = text(self, words, *args, **kwargs)
        made.append(t.original_text)
        return t
    monkeypatch.setattr(Chapter, "text", counted)
    return made


def test_lazy_readings_draw_the_frames_of_readings_built_up_front(tmp_path):
    lazy = shoot(story_class(Training.ticker), tmp_path / "lazy")
    eager = shoot(story_class(eager_ticker), tmp_path / "eager")
    assert len(lazy) == len(eager) > 20
    different = [k for k, (a, b) in enumerate(zip(lazy, eager)) if not np.array_equal(a, b)]
    assert not different, f"frames {different} differ"


def test_only_the_last_reading_is_built_at_once_and_the_others_when_shown(built):
    chapter = Training.__new__(Training)
    chapter.theme, chapter.drawn, chapter._drawn_seen = theme.current(), [], weakref.WeakKeyDictionary()
    chapter.remove = lambda *mobjects: None
    chapter.renderer = type("Clock", (), {"time": 0.0})()
    old = chapter.text("before any step", size="small")
    texts = {"step": old}
    built.clear()
    anim = chapter.ticker(texts, "step", READINGS, SHARES)
    assert built == ["after 233 steps"] and texts["step"].original_text == "after 233 steps"
    shown = []
    for t in np.linspace(0, 1, 11):              # the alphas of a one-second play at 10 frames a second
        anim.interpolate_mobject(t)
        seen = [p for p in anim.mobject.submobjects if isinstance(p, Text) and p.get_fill_opacity() > 0.5]
        assert len(seen) == 1
        shown.append(seen[0].original_text)
        # a reading shown before leaves the group: only the old number, the shown one and the last are in it
        assert len([p for p in anim.mobject.submobjects if isinstance(p, Text)]) <= 3
    # each reading a frame shows, as the shares say (at the play's eased time), and nothing else was built
    expected = ["before any step" if k == 0 else "after {n} steps".format_map(READINGS[k - 1][1])
                for k in (sum(s <= anim.rate_func(t) for s in SHARES) for t in np.linspace(0, 1, 11))]
    assert shown == expected
    assert sorted(built) == sorted({w for w in expected if w != "before any step"})
    assert len(built) < len(READINGS) - 3
