"""Join chapter clips into one video, and pull a still frame out of a clip.

Video packets are copied as they are (no re-encoding); the audio is decoded, cut or padded
to each clip's picture length, and encoded once, so sound and picture stay in step
across every join.
"""
from __future__ import annotations

import os
import queue
from concurrent.futures import ThreadPoolExecutor
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

AUDIO_RATE = 48000


def concatenate(clips: list[Path], out: Path) -> float:
    """Write `clips` one after another into `out` (same container as the clips); returns its length in s."""
    join = Join(out)
    try:
        for clip in clips:
            join.add(clip)
        return join.finish()
    finally:
        join.abandon()


class Join:
    """`concatenate`, fed one clip at a time: each clip's sound is decoded when it is added
    (on the caller's thread) and encoded on a second thread (PyAV lets go of the GIL inside
    the codecs) while the next is decoded; the picture is copied and both are muxed at
    `finish`. The encoder gets the same samples in the same order whenever the clips come,
    so the same packets: a run can join the first chapters while the last still render.

        join = Join(out); join.add(clip) ...; seconds = join.finish()   # join.abandon() on failure
    """

    def __init__(self, out: Path):
        self.out, self.part = out, out.with_name(f".{out.name}.part")
        self.clips: list[Path] = []
        self.durations: list[float] = []
        self.container = self.sound = self.video = self.encoder = None
        self.pieces: queue.SimpleQueue = queue.SimpleQueue()

    def add(self, clip: Path) -> None:
        duration = video_duration(clip)
        if self.container is None:
            fmt = "mp4" if self.out.suffix == ".mp4" else self.out.suffix.lstrip(".")
            self.container = av.open(str(self.part), "w", format=fmt, options=container_options(self.out))
            with av.open(str(clip)) as first:
                self.video = self.container.add_stream_from_template(template=first.streams.video[0])
            self.sound = self.container.add_stream("libopus" if fmt == "webm" else "aac", rate=AUDIO_RATE)
            self.sound.layout = "stereo"
            self.encoder = ThreadPoolExecutor(max_workers=1)
            self.packets = self.encoder.submit(lambda: list(_encode_pieces(_until_none(self.pieces), self.sound)))
        self.clips.append(clip)
        self.durations.append(duration)
        self.pieces.put(audio_samples(clip, duration))

    def finish(self) -> float:
        """Write the joined file (every clip added); returns its length in s."""
        self.pieces.put(None)
        packets = self.packets.result()
        video = _video_packets(self.clips, self.durations, self.video)
        try:
            _mux_interleaved(self.container, video, packets)
        finally:
            video.close()   # the clip it was reading, closed now even when the disk filled mid-way
        self.container.close()
        self.container = None
        os.replace(self.part, self.out)
        return sum(self.durations)

    def abandon(self) -> None:
        """Stop, and leave no part file (nothing after `finish`)."""
        if self.encoder is not None:
            while not self.pieces.empty():   # what waits is not encoded
                self.pieces.get_nowait()
            self.pieces.put(None)
            self.encoder.shutdown(wait=True)
        container, self.container = self.container, None
        if container is not None:
            try:
                container.close()
            except OSError:   # a full disk fails the close too: the part goes all the same
                pass
        self.part.unlink(missing_ok=True)


def transcode(src: Path, out: Path) -> Path:
    """Encode `src` again into `out`'s container (H.264 + AAC for .mp4, VP9 + Opus for .webm):
    the mp4 twin of a webm clip, for the browsers that play no webm."""
    part = out.with_name(f".{out.name}.part{out.suffix}")
    try:
        duration = video_duration(src)
        audio = audio_samples(src, duration)
        with av.open(str(part), "w", options=container_options(out)) as container:
            with av.open(str(src)) as inp:
                video = video_stream(container, inp.streams.video[0], out.suffix)
            sound = container.add_stream("libopus" if out.suffix == ".webm" else "aac", rate=AUDIO_RATE)
            sound.layout = "stereo"
            _mux_interleaved(container, _encoded_frames(src, video), _encode_audio(audio, sound))
        os.replace(part, out)
    finally:
        part.unlink(missing_ok=True)
    return out


def video_stream(container, like, suffix: str):
    """A new video stream in `container` shaped like the stream `like`: x264 at its veryfast
    preset for mp4, VP9 at its realtime speed for webm (both about as good as the render)."""
    stream = container.add_stream("libvpx-vp9" if suffix == ".webm" else "libx264", rate=like.average_rate)
    stream.width, stream.height, stream.pix_fmt = like.codec_context.width, like.codec_context.height, "yuv420p"
    stream.options = ({"crf": "32", "b": "0", "cpu-used": "8", "deadline": "realtime"} if suffix == ".webm"
                      else {"crf": "23", "preset": "veryfast"})
    return stream


def container_options(out: Path) -> dict:
    # the mp4 index up front, so a browser starts playing before the whole file has arrived
    return {"movflags": "faststart"} if out.suffix == ".mp4" else {}


def _encoded_frames(src: Path, stream):
    with av.open(str(src)) as inp:
        for frame in inp.decode(video=0):
            new = frame.reformat(format="yuv420p")
            new.pts, new.time_base = frame.pts, frame.time_base
            yield from stream.encode(new)
    yield from stream.encode(None)


def _mux_interleaved(container, video_packets, audio_packets) -> None:
    """Mux in time order, so players never wait on one stream while reading the other."""
    audio_packets = list(audio_packets)
    i = 0
    for packet in video_packets:
        t = float(packet.dts * packet.time_base)
        while i < len(audio_packets) and float(audio_packets[i].dts * audio_packets[i].time_base) <= t:
            container.mux(audio_packets[i])
            i += 1
        container.mux(packet)
    for packet in audio_packets[i:]:
        container.mux(packet)


def _until_none(pieces: queue.SimpleQueue):
    while (piece := pieces.get()) is not None:
        yield piece


def _video_packets(clips: list[Path], durations: list[float], stream):
    """Every clip's video packets, copied, each clip shifted to start where the last ended."""
    offset = 0.0
    for clip, duration in zip(clips, durations):
        with av.open(str(clip)) as inp:
            src = inp.streams.video[0]
            shift = round(offset / src.time_base)
            for packet in inp.demux(src):
                if packet.dts is None:
                    continue
                packet.pts += shift
                packet.dts += shift
                packet.stream = stream
                yield packet
        offset += duration


def _encode_audio(samples: np.ndarray, stream, chunk: int = AUDIO_RATE):
    """The encoded packets of `samples`, handed over a second at a time: PyAV cuts them into
    the encoder's frames (1,024 samples for AAC) itself, and makes the same packets as
    frame-sized pieces did at a quarter less CPU (docs/performance.md, session 10)."""
    return _encode_pieces([samples], stream, chunk)


def _encode_pieces(pieces, stream, chunk: int = AUDIO_RATE):
    """`_encode_audio` of the pieces (each (2, n) samples) one after another, each encoded as
    soon as it arrives: the same seconds at the same time stamps as the pieces joined."""
    start, held = 0, np.zeros((2, 0), dtype=np.float32)
    for samples in pieces:
        held = np.concatenate([held, samples], axis=1) if held.shape[1] else samples
        n = held.shape[1] - held.shape[1] % chunk
        for at in range(0, n, chunk):
            yield from _encode_second(held[:, at:at + chunk], start, stream)
            start += chunk
        held = held[:, n:]
    if held.shape[1]:
        yield from _encode_second(held, start, stream)
    yield from stream.encode(None)


def _encode_second(samples: np.ndarray, start: int, stream):
    piece = np.ascontiguousarray(samples, dtype=np.float32)
    frame = av.AudioFrame.from_ndarray(piece, format="fltp", layout="stereo")
    frame.sample_rate = AUDIO_RATE
    frame.pts = start
    frame.time_base = Fraction(1, AUDIO_RATE)
    yield from stream.encode(frame)


def audio_samples(clip: Path, duration: float) -> np.ndarray:
    """The clip's sound as (2, n) float samples at 48 kHz, cut or padded to `duration`."""
    n = round(duration * AUDIO_RATE)
    out = np.zeros((2, n), dtype=np.float32)
    with av.open(str(clip)) as inp:
        if not inp.streams.audio:
            return out
        resampler = av.AudioResampler(format="fltp", layout="stereo", rate=AUDIO_RATE)
        pieces = []
        for frame in inp.decode(inp.streams.audio[0]):
            pieces += [f.to_ndarray() for f in resampler.resample(frame)]
        pieces += [f.to_ndarray() for f in resampler.resample(None)]
    if pieces:
        sound = np.concatenate(pieces, axis=1)[:, :n]
        out[:, :sound.shape[1]] = sound
    return out


def video_duration(path: Path) -> float:
    """The length of a clip's picture in seconds (frames times frame length)."""
    with av.open(str(path)) as container:
        video = container.streams.video[0]
        if video.duration is not None:
            return float(video.duration * video.time_base)
        return float(container.duration or 0) / av.time_base


def still_frame(clip: Path, at_s: float, out: Path) -> Path:
    """Save the frame shown at `at_s` seconds of `clip` as a PNG."""
    with av.open(str(clip)) as container:
        stream = container.streams.video[0]
        container.seek(int(at_s / stream.time_base), stream=stream, backward=True)
        frame = next(f for f in container.decode(stream) if f.time is None or f.time >= at_s - 0.5 / float(stream.average_rate or 15))
        part = out.with_name(f".{out.name}.part.png")
        frame.to_image().save(part)
        os.replace(part, out)
    return out
