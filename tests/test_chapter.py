"""scenes/kit/chapter.py: what the manifest says was drawn."""
from __future__ import annotations

import gc
import weakref
from types import SimpleNamespace

from manim import Text

from scenes.kit.chapter import Chapter


def test_a_text_made_again_with_the_same_words_is_noted_though_it_reuses_a_freed_texts_id():
    """Session 28: an intro test failed now and then, an output's name missing from `drawn` after
    "Last come". `drawn` skipped a text by (id, words); CPython hands a freed object's id to the
    next one made, so a new "3" could take an old "3"'s id and go unnoted. Made, noted and freed
    until an id comes back: every one of them is noted."""
    chapter = SimpleNamespace(drawn=[], _drawn_seen=weakref.WeakKeyDictionary())
    ids: set[int] = set()
    made = 0
    for k in range(200):
        text = Text("3")
        made += 1
        Chapter._note_drawn(chapter, float(k), [text])
        reused = id(text) in ids
        ids.add(id(text))
        del text
        gc.collect()
        if reused:
            break
    assert reused, "no id came back: the check did not run"
    assert len(chapter.drawn) == made


def test_a_text_still_standing_is_noted_once():
    chapter = SimpleNamespace(drawn=[], _drawn_seen=weakref.WeakKeyDictionary())
    text = Text("3")
    for k in range(3):
        Chapter._note_drawn(chapter, float(k), [text])
    assert [d["t"] for d in chapter.drawn] == [0.0]
