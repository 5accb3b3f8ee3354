"""Subtitle cues keep time with the speech: each starts within one frame of its first word,
cues never overlap, never outlast their clip, and the files say the same times.

Checked on every chapter's tiny render (the memoized renders test_honesty.py makes, so this
costs no rendering in `make test`) against the captions-only voice's own word timing (one
word every 1 / words_per_second seconds), and on a made-up spoken WAV whose sentence starts
are known, against the word timing estimated from the sound.
"""
from __future__ import annotations

import re

import numpy as np
import pytest

from scenes import narration
from scenes.output.blogkit import shifted_cues
from tests.chapter_checks import TINY, every_chapter

FRAME_S = 1 / TINY["frame_rate"]
LOW_FRAME_S = 1 / 15                    # --quality low, 480p15
STAMP = r"(\d\d):(\d\d):(\d\d)[,.](\d\d\d)"


@pytest.fixture(scope="module", params=["digits", "tiny"])
def story(request, story_file, tmp_path_factory):
    _, out, entries = every_chapter(request.param, story_file, tmp_path_factory, "cues")
    return out, entries


def line_of(entry: dict, cue: dict) -> dict:
    """The narration line a cue is part of: the one it starts in."""
    lines = [n for n in entry["narration"] if n["start_s"] - 1e-3 <= cue["start_s"] < n["end_s"]]
    assert len(lines) == 1, (entry["name"], cue)
    return lines[0]


def test_each_cue_starts_within_a_frame_of_its_first_word(story):
    _, entries = story
    per_word = 1 / narration.WORDS_PER_SECOND     # the captions-only voice at pace normal, as rendered
    for entry in entries:
        said_so_far: dict[float, int] = {}          # line start -> words already in its cues
        for cue in entry["cues"]:
            line = line_of(entry, cue)
            first_word = said_so_far.get(line["start_s"], 0)
            assert cue["start_s"] == pytest.approx(line["start_s"] + first_word * per_word, abs=FRAME_S)
            said_so_far[line["start_s"]] = first_word + len(cue["text"].split())
        # every word of every line is in exactly one cue, in order
        for line in entry["narration"]:
            texts = [c["text"] for c in entry["cues"] if line_of(entry, c) is line]
            assert " ".join(texts) == line["text"], entry["name"]


def test_cues_never_overlap_and_never_outlast_the_clip(story):
    _, entries = story
    for entry in entries:
        cues = entry["cues"]
        assert cues and all(0 <= c["start_s"] < c["end_s"] <= entry["duration_s"] for c in cues), entry["name"]
        assert all(a["end_s"] <= b["start_s"] for a, b in zip(cues, cues[1:])), entry["name"]
        # a cue ends when its line is done being said, never later
        assert all(c["end_s"] <= line_of(entry, c)["end_s"] + 1e-3 for c in cues), entry["name"]
    # and in the full video, each chapter's cues inside its own stretch
    whole = shifted_cues(entries)
    assert all(a["end_s"] <= b["start_s"] for a, b in zip(whole, whole[1:]))
    assert whole[-1]["end_s"] <= sum(e["duration_s"] for e in entries)


def test_the_subtitle_files_say_the_cues_times_to_the_millisecond(story):
    out, entries = story
    for entry in entries:
        for kind in ("srt", "vtt"):
            text = (out / entry["subtitles"][kind]).read_text()
            stamps = re.findall(STAMP + " --> " + STAMP, text)
            seconds = [(_s(*m[:4]), _s(*m[4:])) for m in stamps]
            expected = [(round(c["start_s"], 3), round(c["end_s"], 3)) for c in entry["cues"]]
            flat = [t for pair in seconds for t in pair]
            assert flat == pytest.approx([t for pair in expected for t in pair], abs=1.5e-3), (entry["name"], kind)


def _s(h, m, s, ms) -> float:
    return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000


# --- a voice's word timing, estimated from the sound ---

RATE = narration.SAMPLE_RATE


def spoken(sentences: list[list[str]], word_gap_s=0.04, sentence_gap_s=0.35, lead_s=0.2):
    """A WAV's samples with a burst of noise per word (length by its letters), short gaps
    between words and longer ones between sentences; and each word's true start."""
    rng = np.random.default_rng(0)
    parts, starts, t = [np.zeros(int(lead_s * RATE))], [], lead_s
    for sentence in sentences:
        for k, word in enumerate(sentence):
            starts.append(t)
            length = 0.06 * (len(word) + 1)
            parts.append(rng.normal(0, 3000, int(length * RATE)))
            gap = sentence_gap_s if k == len(sentence) - 1 else word_gap_s
            parts.append(np.zeros(int(gap * RATE)))
            t += length + gap
    return np.concatenate(parts).astype(np.int16), starts


@pytest.mark.parametrize("sentence_gap_s", [0.25, 0.5])
def test_cues_start_within_a_frame_of_their_first_spoken_word(tmp_path, sentence_gap_s):
    sentences = [["The", "cost", "fell."], ["Then", "it", "stopped", "falling", "at", "all."],
                 ["Good."], ["It", "learned", "from", "its", "practice", "examples."]]
    samples, starts = spoken(sentences, sentence_gap_s=sentence_gap_s)
    wav = tmp_path / "line.wav"
    narration.write_wav(wav, samples)
    text = " ".join(" ".join(s) for s in sentences)
    words = [b["audio_offset"] / 1e7 for b in narration.estimate_word_boundaries(text, wav) if b["text"]]
    end = len(samples) / RATE
    cues = narration.caption_cues(text, 0.0, end, words, max_chars=12)   # about one sentence a cue
    assert len(cues) >= len(sentences)
    first_word = 0
    for cue in cues:
        assert cue["start_s"] == pytest.approx(starts[first_word], abs=LOW_FRAME_S), cue["text"]
        first_word += len(cue["text"].split())
    assert all(a["end_s"] <= b["start_s"] for a, b in zip(cues, cues[1:])) and cues[-1]["end_s"] <= end
