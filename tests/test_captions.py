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
