"""A frame written n times (a still Wait) is converted for the encoder once, not n times.

manim's `VideoSegmentEncoder.write_frame(pixels, repeat=n)` makes a new RGBA VideoFrame for
every repeat, and the encoder converts each to its pixel format (swscale, RGBA to yuv420p:
about 1.7 ms a frame at 854x480). A still Wait is one drawn frame written for as long as
it lasts (the init chapter: 1,058 drawn, 2,372 written). `install()` converts the frame
once and hands the encoder the same converted frame with each repeat's time stamp: the
encoder gets the same pictures at the same times, and writes the same bytes (a test
compares the files).

Every frame, held or not, is also copied into its VideoFrame once: PyAV's `from_ndarray`
copies an RGBA array twice (`tobytes()`, then row by row into the frame's plane, about
0.5 ms at 854x480); `rgba_frame` allocates the same frame (PyAV's own allocation, so the
same line size and alignment, which swscale's output depends on) and copies the rows in with
one numpy copy (about 0.2 ms). The codec converts it as before.
"""
from __future__ import annotations

from fractions import Fraction

import av
import numpy as np
from manim.scene.video_segment_encoder import VideoSegmentEncoder

_manims_write = VideoSegmentEncoder.write_frame


def rgba_frame(pixels: np.ndarray) -> av.VideoFrame:
    """`av.VideoFrame.from_ndarray(pixels, format="rgba")` (a C-contiguous (h, w, 4) uint8
    array), the same frame made with one copy instead of two."""
    height, width = pixels.shape[:2]
    frame = av.VideoFrame(width, height, "rgba")
    plane = frame.planes[0]
    rows = np.frombuffer(plane, np.uint8).reshape(height, plane.line_size)
    np.copyto(rows[:, :width * 4].reshape(height, width, 4), pixels)
    return frame


def write_frame(self: VideoSegmentEncoder, pixels, *, repeat: int = 1) -> None:
    """VideoSegmentEncoder.write_frame, a repeated frame converted once, every frame copied once."""
    if isinstance(repeat, bool) or not isinstance(repeat, int):
        return _manims_write(self, pixels, repeat=repeat)
    self._validate_frame(pixels, repeat)
    time_base = Fraction(self.spec.frame_rate.denominator, self.spec.frame_rate.numerator)
    stream = self._stream
    try:
        frame = rgba_frame(pixels)
        if repeat > 1:
            frame = frame.reformat(format=stream.pix_fmt, width=stream.width, height=stream.height)
        for _ in range(repeat):
            frame.pts = self._next_pts
            frame.time_base = time_base
            self._next_pts += 1
            for packet in stream.encode(frame):
                self._container.mux(packet)
    except BaseException as error:
        raise self._operation_error("encode", error) from error


def install() -> None:
    """Write repeated frames with `write_frame` from now on (in this process)."""
    VideoSegmentEncoder.write_frame = write_frame


def uninstall() -> None:
    """manim's own writing again (tests compare the two)."""
    VideoSegmentEncoder.write_frame = _manims_write
