"""Subtitle files hold the cues as plain text: a user's label is never markup to a player."""
from __future__ import annotations

from scenes.output.captions import write_subtitles

HOSTILE = "<script>alert(1)</script> R&D\n\nlabel"


def test_labels_are_escaped_in_srt_and_vtt(tmp_path):
    cues = [{"text": f"This is class {HOSTILE}.", "start_s": 0.0, "end_s": 2.0},
            {"text": "Next line.", "start_s": 2.0, "end_s": 3.0}]
    names = write_subtitles(cues, tmp_path / "01-intro.mp4")
    assert names == {"srt": "01-intro.srt", "vtt": "01-intro.vtt"}
    for name in names.values():
        text = (tmp_path / name).read_text()
        assert "<" not in text.replace("-->", "") and "R&D" not in text
        assert "&lt;script&gt;alert(1)&lt;/script&gt; R&amp;D label." in text
    srt_blocks = (tmp_path / names["srt"]).read_text().strip().split("\n\n")
    assert len(srt_blocks) == 2          # the label's blank line did not split a cue


def test_plain_text_is_one_line_with_only_markup_escaped():
    from scenes.output.captions import plain_text
    assert plain_text("  a <b>\n\n & \"c\"\t'd'  ") == "a &lt;b&gt; &amp; \"c\" 'd'"


def test_the_cue_showing_at_a_time():
    from scenes.output.captions import active_cue
    cues = [{"text": "one", "start_s": 1.0, "end_s": 2.0}, {"text": "two", "start_s": 2.0, "end_s": 3.5}]
    assert [active_cue(cues, t) for t in (0.5, 1.0, 1.99, 2.0, 3.49, 3.5, 9.0)] == \
        [None, "one", "one", "two", "two", None, None]
    assert active_cue([], 1.0) is None


def test_srt_and_vtt_keep_the_cues_times(tmp_path):
    cues = [{"text": "a <i>", "start_s": 61.0, "end_s": 62.5, "chapter": 3}]
    (tmp_path / "sub").mkdir()
    names = write_subtitles(cues, tmp_path / "sub" / "03-cost.webm")
    assert names == {"srt": "03-cost.srt", "vtt": "03-cost.vtt"}
    assert (tmp_path / "sub" / "03-cost.srt").read_text() == "1\n00:01:01,000 --> 00:01:02,500\na &lt;i&gt;\n"
    assert (tmp_path / "sub" / "03-cost.vtt").read_text() == "WEBVTT\n\n00:01:01.000 --> 00:01:02.500\na &lt;i&gt;\n"
    assert cues[0]["text"] == "a <i>"                      # the caller's cues are left as they were
