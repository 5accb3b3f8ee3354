"""scenes/kit/repeats.py: a repeated frame converted once gives the very same video file."""
import hashlib
from fractions import Fraction

import numpy as np
import pytest
from manim._config.video_encoder import VideoEncoderSpec
from manim.scene.video_segment_encoder import VideoSegmentEncoder

from scenes.kit import chapter, repeats  # noqa: F401  (importing chapter installs it)

SPEC = VideoEncoderSpec("mp4", "libx264", "yuv420p", 160, 90, Fraction(15), (("crf", "23"), ("preset", "veryfast")))


def segment(path, write) -> tuple[str, int]:
    rng = np.random.default_rng(0)
    encoder = VideoSegmentEncoder(target=path, spec=SPEC)
    for i, n in enumerate((1, 7, 1, 1, 12, 3)):
        pixels = np.ascontiguousarray((rng.random((90, 160, 4)) * 60 + 30 * i).astype(np.uint8))
        write(encoder, pixels, repeat=n)
    encoder.finish()
    return hashlib.sha256(path.read_bytes()).hexdigest(), encoder._next_pts


def test_the_same_bytes_as_manims_encoder(tmp_path):
    ours = segment(tmp_path / "ours.mp4", repeats.write_frame)
    manims = segment(tmp_path / "manims.mp4", repeats._manims_write)
    assert ours == manims and ours[1] == 25


def test_a_bad_repeat_is_refused_as_manim_refuses_it(tmp_path):
    encoder = VideoSegmentEncoder(target=tmp_path / "x.mp4", spec=SPEC)
    for bad in (0, -2, True, 2.0):
        with pytest.raises(ValueError):
            repeats.write_frame(encoder, np.zeros((90, 160, 4), np.uint8), repeat=bad)
    encoder.abort()


def test_chapters_write_frames_this_way():
    assert VideoSegmentEncoder.write_frame is repeats.write_frame
