"""scenes/kit/repeats.py: a repeated frame converted once gives the very same video file."""
import hashlib
from fractions import Fraction

import av
import numpy as np
import pytest
from manim._config.video_encoder import VideoEncoderSpec
from manim.scene.video_segment_encoder import VideoSegmentEncoder

from scenes.kit import chapter, repeats  # noqa: F401  (importing chapter installs it)

SPEC = VideoEncoderSpec("mp4", "libx264", "yuv420p", 160, 90, Fraction(15), (("crf", "23"), ("preset", "veryfast")))
# 480p: a row of 854 RGBA pixels is padded (3,416 bytes in a 3,424-byte line)
SPEC_480 = VideoEncoderSpec("mp4", "libx264", "yuv420p", 854, 480, Fraction(15), (("crf", "23"), ("preset", "veryfast")))


def segment(path, write, spec=SPEC) -> tuple[str, int]:
    rng = np.random.default_rng(0)
    encoder = VideoSegmentEncoder(target=path, spec=spec)
    for i, n in enumerate((1, 7, 1, 1, 12, 3)):
        pixels = np.ascontiguousarray((rng.random((spec.height, spec.width, 4)) * 60 + 30 * i).astype(np.uint8))
        write(encoder, pixels, repeat=n)
    encoder.finish()
    return hashlib.sha256(path.read_bytes()).hexdigest(), encoder._next_pts


@pytest.mark.parametrize("spec", [SPEC, SPEC_480], ids=["160x90", "854x480"])
def test_the_same_bytes_as_manims_encoder(tmp_path, spec):
    ours = segment(tmp_path / "ours.mp4", repeats.write_frame, spec)
    manims = segment(tmp_path / "manims.mp4", repeats._manims_write, spec)
    assert ours == manims and ours[1] == 25


@pytest.mark.parametrize("size", [(90, 160), (480, 854), (97, 171), (1080, 1920)])
def test_a_frame_made_with_one_copy_is_pyavs_frame(size):
    pixels = np.random.default_rng(1).integers(0, 256, (*size, 4), dtype=np.uint8)
    ours, pyavs = repeats.rgba_frame(pixels), av.VideoFrame.from_ndarray(pixels, format="rgba")
    assert (ours.format.name, ours.width, ours.height) == (pyavs.format.name, pyavs.width, pyavs.height)
    assert ours.planes[0].line_size == pyavs.planes[0].line_size
    assert np.array_equal(ours.to_ndarray(), pixels)
    # what the encoder gets: the converted picture (its padding left out)
    for a, b in zip(ours.reformat(format="yuv420p").planes, pyavs.reformat(format="yuv420p").planes):
        assert np.array_equal(np.frombuffer(a, np.uint8).reshape(a.height, a.line_size)[:, :a.width],
                              np.frombuffer(b, np.uint8).reshape(b.height, b.line_size)[:, :b.width])


def test_every_frame_is_copied_in_once(tmp_path, monkeypatch):
    """PyAV's from_ndarray (two copies) is not used for a frame, held or not."""
    made = []
    to_frame = av.VideoFrame.from_ndarray
    monkeypatch.setattr(av.VideoFrame, "from_ndarray", lambda *a, **k: made.append(1) or to_frame(*a, **k))
    assert segment(tmp_path / "ours.mp4", repeats.write_frame)[1] == 25
    assert made == []


def test_a_bad_repeat_is_refused_as_manim_refuses_it(tmp_path):
    encoder = VideoSegmentEncoder(target=tmp_path / "x.mp4", spec=SPEC)
    for bad in (0, -2, True, 2.0):
        with pytest.raises(ValueError):
            repeats.write_frame(encoder, np.zeros((90, 160, 4), np.uint8), repeat=bad)
    encoder.abort()


def test_chapters_write_frames_this_way():
    assert VideoSegmentEncoder.write_frame is repeats.write_frame
