"""Joining clips: the full video's length is the sum of the chapters', sound stays in step."""
from __future__ import annotations

import av
import numpy as np
import pytest

from scenes.output import blogkit, stitch
from tests.test_studio import TINY, demo, history_path  # noqa: F401  (fixtures)
from scenes.output import studio


@pytest.fixture(scope="module")
def clips(demo, history_path, tmp_path_factory):  # noqa: F811
    out = tmp_path_factory.mktemp("clips")
    a = studio.render_chapter("demo", history_path, out, 1, scene_class=demo, **TINY)
    b = studio.render_chapter("demo", history_path, out / "b", 2, scene_class=demo, voice="espeak", **TINY)
    return [out / a["file"], out / "b" / b["file"]], [a, b]


def stream_lengths(path):
    with av.open(str(path)) as c:
        return {s.type: float(s.duration * s.time_base) for s in c.streams}


def test_stitched_length_is_the_sum_of_the_clips(clips, tmp_path):
    files, _ = clips
    total = stitch.concatenate(files, tmp_path / "full.mp4")
    lengths = stream_lengths(tmp_path / "full.mp4")
    assert total == pytest.approx(sum(stitch.video_duration(f) for f in files))
    assert lengths["video"] == pytest.approx(total, abs=0.01)
    # AAC pads the last frame: at most one 1024-sample frame over
    assert total - 0.01 <= lengths["audio"] <= total + 1024 / 48000 + 0.01
    with av.open(str(tmp_path / "full.mp4")) as c:
        frames = sum(1 for _ in c.decode(video=0))
    assert frames == round(total * 5)


def test_the_second_clips_speech_starts_where_it_did_in_the_clip(clips, tmp_path):
    files, entries = clips
    stitch.concatenate(files, tmp_path / "full.mp4")
    d0 = stitch.video_duration(files[0])
    full = stitch.audio_samples(tmp_path / "full.mp4", stitch.video_duration(tmp_path / "full.mp4"))
    alone = stitch.audio_samples(files[1], stitch.video_duration(files[1]))
    loud = lambda s: np.flatnonzero(np.abs(s[0]) > 0.02)[0] / stitch.AUDIO_RATE
    assert loud(full[:, round(d0 * stitch.AUDIO_RATE):]) == pytest.approx(loud(alone), abs=0.03)


def test_cues_shift_by_the_chapters_before(clips):
    _, entries = clips
    cues = blogkit.shifted_cues(entries)
    first_of_second = len(entries[0]["cues"])
    assert cues[first_of_second]["start_s"] == pytest.approx(entries[0]["duration_s"] + entries[1]["cues"][0]["start_s"])
    assert blogkit.chapters_txt(entries).splitlines()[1].startswith(blogkit.timestamp(entries[0]["duration_s"]))


def test_still_frame_is_a_png(clips, tmp_path):
    files, _ = clips
    png = stitch.still_frame(files[0], 1.0, tmp_path / "poster.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_timestamps_read_like_video_chapters():
    assert [blogkit.timestamp(t) for t in (0, 59.9, 61, 3725)] == ["0:00", "0:59", "1:01", "1:02:05"]


def test_sound_handed_over_a_second_at_a_time_makes_the_same_file(clips, tmp_path, monkeypatch):
    # the encoder's own frame size (1,024 samples for AAC), all clips' sound joined first, was
    # how it was handed over before; now each clip's sound is encoded as it is decoded
    files, _ = clips
    files = [files[1], files[0], files[1]]     # lengths that are no whole number of seconds
    stitch.concatenate(files, tmp_path / "seconds.mp4")
    encode = stitch._encode_pieces
    monkeypatch.setattr(stitch, "_encode_pieces",
                        lambda pieces, stream: encode([np.concatenate(list(pieces), axis=1)], stream, chunk=1024))
    stitch.concatenate(files, tmp_path / "frames.mp4")
    assert (tmp_path / "seconds.mp4").read_bytes() == (tmp_path / "frames.mp4").read_bytes()


def test_a_join_fed_while_chapters_render_is_the_joined_file_and_publish_uses_it(clips, tmp_path):
    """workers.early_join: the clips added one at a time, a while apart, as the chapters
    finish; publish._join finishes that Join only when it holds exactly its clips (their
    cache files, in order), else joins them itself: the same bytes either way."""
    import shutil
    import time

    from scenes.output import publish
    files, entries = clips
    files, entries = [files[1], files[0], files[1]], [entries[1], entries[0], entries[1]]
    stitch.concatenate(files, tmp_path / "whole.mp4")
    rel = [{"folder": str(f.parent), "sound_file": f"chapters/{f.name}", "twins": []} for f in files]
    for n, fed in enumerate((files, files[:2], [files[0], files[1], files[1]])):
        stage = tmp_path / f"stage{n}"
        (stage / "chapters").mkdir(parents=True)
        for f in files:
            shutil.copyfile(f, stage / "chapters" / f.name)
        join = stitch.Join(tmp_path / f"early{n}.mp4")
        try:
            for f in fed:
                join.add(f)
                time.sleep(0.2)
            publish._join(rel, stage, "full.mp4", join)
            used = join.container is None                          # finished by _join
        finally:
            join.abandon()
        assert (stage / "full.mp4").read_bytes() == (tmp_path / "whole.mp4").read_bytes()
        assert not join.out.exists() and not join.part.exists()   # moved in when used, else left no file
        assert used == (n == 0)                                    # only the exact one
