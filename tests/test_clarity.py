"""What a newcomer needs from every chapter, checked from what was rendered: breathing room
between ideas, headline numbers said at most twice in the whole video, and no text too small
to read at 480p. Both presets' full stories, rendered tiny once for the module."""
from __future__ import annotations

import re

import pytest

from nncore.history import History
from scenes import catalog
from scenes.kit.chapter import base_facts
from tests.chapter_checks import render_tiny

MIN_SILENCE = 0.10        # share of every chapter with nothing said
MIN_PAUSE_S = 1.0         # between consecutive narration sections
MIN_TEXT_PX = 14.0        # a text's height (ascender to descender) in a 480-line frame
MAX_SAYINGS = 2           # how often a headline number may be said in the whole video


@pytest.fixture(scope="module", params=["digits", "tiny"])
def story(request, story_file, tmp_path_factory):
    """(history, manifest entries of every chapter the preset's video tells, their folder)."""
    path = story_file(request.param)
    history = History.load(path)
    names = [n for n in catalog.names() if n != "convnet" or history.convnet]
    out = tmp_path_factory.mktemp(f"clarity-{request.param}")
    return history, [render_tiny(name, path, out) for name in names], out


def test_every_chapter_leaves_room_to_breathe(story):
    _, entries, _ = story
    for entry in entries:
        lines = entry["narration"]
        spoken = sum(line["end_s"] - line["start_s"] for line in lines)
        # without the quiet that whole frames add at 3 fps (a chapter at 12 % here was 9.9 % at
        # 480p; measured so, all 19 chapters read at most 0.8 points above their 480p silence)
        asked = entry["duration_s"] - entry["frame_rounding_s"]
        assert 1 - spoken / asked >= MIN_SILENCE, (entry["name"], spoken, asked)
        gaps = [b["start_s"] - a["end_s"] for a, b in zip(lines, lines[1:])]
        assert all(g >= MIN_PAUSE_S - 1e-6 for g in gaps), (entry["name"], gaps)


def headline_numbers(history: History) -> dict[str, str]:
    """The numbers a viewer hears as headlines, formatted as the scripts say them."""
    facts = base_facts(history)
    return {key: str(facts[key]) for key in ("n_train", "n_test", "steps", "start_cost", "test_percent")}


def test_headline_numbers_are_said_at_most_twice(story):
    history, entries, _ = story
    words = " ".join(line["text"] for entry in entries for line in entry["narration"])
    for key, value in headline_numbers(history).items():
        # "steps of 60" is a step size (descent's learning rates), whatever else is 60
        said = len(re.findall(rf"(?<![\d.])(?<!steps of ){re.escape(value)}(?![\d]|\.\d)", words))
        assert said <= MAX_SAYINGS, f"{key} = {value} is said {said} times"


def test_no_text_is_too_small_to_read(story):
    _, entries, _ = story
    for entry in entries:
        small = [(d["text"], d["px"]) for d in entry["drawn"] if d["px"] < MIN_TEXT_PX]
        assert not small, (entry["name"], small[:8])


def test_every_text_stands_inside_the_frame(story):
    """Where each text stood when it first showed, and its extent: none reaches past the
    frame's edge (s24 reviews: backprop's '0.223' read '.223' at the left edge, tiny cost's
    scale name lost 2 px), checked in every chapter, not only where a chapter thought of it."""
    from manim import config
    _, entries, _ = story
    half_w, half_h = 16 / 9 * 4.0, 4.0   # manim's frame: 8 high, 16:9 at 480p and in the tests
    assert config.frame_height == 2 * half_h
    def one_line(d: dict) -> bool:
        # manim lays a Text out on a canvas as wide as the frame in pixels: at the tests' 160
        # px a long line wraps (and stands taller, lower) where at 480p it is one line; its
        # height is checked only when it is one line, as it is at 480p (width never grows)
        return "\n" not in d["text"] and d["h"] <= 1.5 * d["px"] * 2 * half_h / 480
    for entry in entries:
        # (and as an Indicate grows it: s35, tiny 144 s, a row lit with a wire far right of it
        # grew past the left edge, inside before and after)
        out = [(d["text"], d["t"], d["x"], d["y"]) for d in entry["drawn"] + entry.get("lit", [])
               if abs(d["x"]) + d["w"] / 2 > half_w + 0.01
               or (one_line(d) and abs(d["y"]) + d["h"] / 2 > half_h + 0.01)]
        assert not out, (entry["name"], out[:6])


def test_every_chapter_opens_on_a_picture_not_a_title_alone(story):
    """Every blind review: a chapter whose first frame was its title alone read as a blank
    screen while the first words were said (session 10: backprop still drew its network in
    from nothing). Below the title, the first frame is not all background."""
    import av
    import numpy as np
    _, entries, out = story
    for entry in entries:
        with av.open(str(out / entry["file"])) as c:
            first = next(c.decode(c.streams.video[0])).to_ndarray(format="gray").astype(int)
        below_title = first[int(first.shape[0] * 0.22):]
        lit = (np.abs(below_title - np.median(below_title)) > 12).mean()
        assert lit > 0.002, (entry["name"], lit)
