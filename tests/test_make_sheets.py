"""docs/frames/make_sheets.py: the words printed under each review frame are the subtitle cues
said around that moment, every cue reaches some frame, and no line is cut mid-section."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("make_sheets", ROOT / "docs" / "frames" / "make_sheets.py")
make_sheets = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_sheets)

SRT = """1
00:00:00,600 --> 00:00:05,800
The cost says how wrong
the network was.

2
00:00:06,200 --> 00:00:06,900
Which ones?

3
00:00:09,000 --> 00:00:11,000
Backwards.
"""


def test_cues_are_read_from_the_chapters_srt(tmp_path):
    (tmp_path / "chapters").mkdir()
    (tmp_path / "chapters" / "05-x.srt").write_text(SRT)
    chapter = {"subtitles": {"srt": "chapters/05-x.srt"}, "narration": [{"start_s": 0, "end_s": 11, "text": "all"}]}
    cues = make_sheets.words_of(chapter, tmp_path)
    assert [c["text"] for c in cues] == ["The cost says how wrong the network was.", "Which ones?", "Backwards."]
    assert cues[1]["start_s"] == 6.2 and cues[2]["end_s"] == 11.0


def test_without_subtitles_the_sections_are_used(tmp_path):
    chapter = {"narration": [{"start_s": 0, "end_s": 11, "text": "all"}]}
    assert make_sheets.words_of(chapter, tmp_path) == chapter["narration"]


def test_every_cue_is_printed_under_some_frame(tmp_path):
    (tmp_path / "a.srt").write_text(SRT)
    cues = make_sheets.words_of({"subtitles": {"srt": "a.srt"}}, tmp_path)
    printed = " ".join(make_sheets.spoken_at(cues, t, 3.0) for t in (0.0, 3.0, 6.0, 9.0, 12.0))
    assert all(c["text"] in printed for c in cues)   # the short cue at 6.2-6.9 s, between two frames, too
    assert make_sheets.spoken_at(cues, 8.0, 1.0) == "(pause)"


def test_a_cue_not_said_at_the_frames_moment_says_when_it_is(tmp_path):
    """Session 23: words said 1.2 s after a frame were read as said over it."""
    (tmp_path / "a.srt").write_text(SRT)
    cues = make_sheets.words_of({"subtitles": {"srt": "a.srt"}}, tmp_path)
    assert make_sheets.spoken_at(cues, 6.0, 3.0) == "[until 5.8s] The cost says how wrong the network was. / [from 6.2s] Which ones?"
    assert make_sheets.spoken_at(cues, 8.0, 3.0) == "[until 6.9s] Which ones? / [from 9.0s] Backwards."
    assert make_sheets.spoken_at(cues, 10.0, 3.0) == "Backwards."
