"""Render one chapter to a finished clip, its subtitles and its manifest entry.

    from scenes.output import studio
    entry = studio.render_chapter("intro", "out/history.json", "out/chapters", index=1,
                                  quality="medium", voice="festival")
    entry["file"], entry["duration_s"]        # ('01-intro.mp4', 42.4)

Everything happens in the calling process, inside manim's `tempconfig`, with its own
media folder and voiceover cache, so several processes can render chapters side by side.
Files appear in `out_dir` only when complete (written under a temporary name, then renamed).
"""
from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

import av
from manim import tempconfig

from nncore.history import History
from scenes.output import captions as captions_module, stitch
from scenes.output.settings import QUALITIES, check
from scenes import catalog
from scenes.kit import theme
from scenes.kit.chapter import Chapter

X264_PRESET = "veryfast"


def render_chapter(name: str, history_path: str | os.PathLike, out_dir: str | os.PathLike, index: int,
                   quality: str = "low", voice: str | None = "none", theme: str = "dark",
                   media_dir: str | os.PathLike | None = None, pixel_size: tuple[int, int] | None = None,
                   frame_rate: float | None = None, captions: str = "srt", fmt: str = "mp4",
                   scene_class: type[Chapter] | None = None, segment_cache: bool = True,
                   pace: str = "normal", script_dir: str | os.PathLike | None = None) -> dict:
    """Render chapter `name` to `out_dir/NN-name.<fmt>` (+ .srt, .vtt) and return its manifest entry.

    `quality` low|medium|high|4k (480p15, 720p30, 1080p60, 2160p60); `pixel_size` (width,
    height) and `frame_rate` override it. `voice` narration.VOICES or piper:PATH (None = the best
    installed). `media_dir` keeps manim's partial movies and the spoken lines between runs
    (a temporary folder, removed afterwards, when None). `scene_class` renders that Chapter
    subclass instead of the catalog's (tests use it). `segment_cache=False` skips manim's
    per-animation cache: hashing every play costs about as much as drawing it, and a caller
    that caches whole chapters gains nothing from it. The entry:
    {"name", "title", "file" (relative to out_dir), "duration_s", "narration", "shown",
    "subtitles": {"srt", "vtt"} (relative to out_dir; absent with captions="off"), "twins" (the
    same clip in other formats: a webm's mp4)}.
    `captions="burn"` also draws the subtitles into the frames; a GIF always has them drawn in.
    `pace` slow|normal|fast: how fast the voice speaks. `script_dir`: an author's scripts
    (scenes/script_dir.py); the built-in ones when None or when it lacks this chapter's.
    """
    check(quality, fmt, captions)
    cls = scene_class or catalog.chapter_class(name)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    final = out_dir / f"{index:02d}-{name}.{fmt}"
    history = History.load(history_path)
    with _media_folder(media_dir) as media:
        # a GIF is made from the mp4: manim's own GIF drops the sound we measure time by
        settings = _settings(quality, pixel_size, frame_rate, theme, media, "mp4" if fmt == "gif" else fmt)
        settings["disable_caching"] = not segment_cache
        if fmt in ("mp4", "gif"):
            # x264's veryfast preset: about a fifth less render time at 1080p60 for the same
            # look (43.8 dB between the two on a recap frame; docs/performance.md)
            settings["video_encoder_options"] = {"preset": X264_PRESET}
        scene = _render(cls, history, voice, pace, media, settings, script_dir)
        produced = Path(scene.renderer.file_writer.output_plan.primary_artifact)
        if fmt == "gif":
            # the loop for muted autoplay, and the same clip with its sound beside it
            captions_module.to_gif(produced, final, scene.cues)
            _publish(produced, final.with_suffix(".mp4"), "mp4")
        elif captions == "burn" and fmt in ("mp4", "webm"):
            captions_module.burn(produced, final, scene.cues)
        else:
            _publish(produced, final, fmt)
        if fmt == "webm":
            # the same clip as mp4 beside it: the blog kit lists both, and plays mp4 where webm won't
            stitch.transcode(final, final.with_suffix(".mp4"))
        duration = media_duration(produced) if fmt != "png" else scene.renderer.time
    entry = {
        "name": name,
        "title": cls.title,
        "file": final.name,
        "duration_s": round(duration, 3),
        # of which whole frames added: the clip as its animations asked is duration_s minus this
        "frame_rounding_s": round(scene.frame_rounding_s, 3),
        "narration": scene.narration,
        "shown": scene.shown,
        "drawn": scene.drawn,   # every text the viewer saw: words, 480p pixel size, time, place
        "lit": scene.lit,       # the same for texts as an Indicate grows them, at its peak
        "sound_file": final.with_suffix(".mp4").name if fmt == "gif" else final.name,
        "twins": [final.with_suffix(".mp4").name] if fmt == "webm" else [],
        "cues": scene.cues,   # the subtitle cues; the stitcher shifts them into the full video
    }
    if captions != "off":
        entry["subtitles"] = captions_module.write_subtitles(scene.cues, final)
    return entry


def _settings(quality: str, pixel_size, frame_rate, theme_name: str, media: Path, fmt: str) -> dict:
    """manim config keys, in the order they must be applied (quality first: it sets the rest)."""
    settings = {"quality": QUALITIES[quality]}
    if pixel_size is not None:
        settings["pixel_width"], settings["pixel_height"] = int(pixel_size[0]), int(pixel_size[1])
    if frame_rate is not None:
        settings["frame_rate"] = frame_rate
    settings.update({
        "media_dir": str(media),
        "format": fmt,
        "background_color": theme.use(theme_name).background,
        "verbosity": "WARNING",
        "progress_bar": "none",
        "disable_caching": False,
    })
    return settings


def _render(cls: type[Chapter], history: History, voice: str | None, pace: str, media: Path,
            settings: dict, script_dir=None) -> Chapter:
    # the Scene must be made inside tempconfig: its camera reads the config when created
    with tempconfig(settings):
        scene = cls(history=history, voice=voice, cache_dir=media / "voiceovers", pace=pace, script_dir=script_dir)
        scene.render()
    return scene


@contextmanager
def _media_folder(media_dir):
    if media_dir is not None:
        Path(media_dir).mkdir(parents=True, exist_ok=True)
        yield Path(media_dir).resolve()
        return
    temp = Path(tempfile.mkdtemp(prefix="nn-explainer-media-"))
    try:
        yield temp
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def _publish(produced: Path, final: Path, fmt: str) -> None:
    """Copy the render to `final` atomically; MP4s are remuxed with the index up front
    (faststart), so a browser starts playing before the whole clip has arrived."""
    part = final.with_name(f".{final.name}.part")
    try:
        if fmt == "mp4":
            _faststart(produced, part)
        else:
            shutil.copyfile(produced, part)
        os.replace(part, final)
    finally:
        part.unlink(missing_ok=True)


def _faststart(src: Path, dst: Path) -> None:
    with av.open(str(src)) as inp, av.open(str(dst), "w", format="mp4",
                                           options={"movflags": "faststart"}) as out:
        streams = {s.index: out.add_stream_from_template(template=s) for s in inp.streams
                   if s.type in ("video", "audio")}
        for packet in inp.demux(*[s for s in inp.streams if s.index in streams]):
            if packet.dts is None:
                continue
            packet.stream = streams[packet.stream.index]
            out.mux(packet)


def media_duration(path: str | os.PathLike) -> float:
    """A clip's length in seconds: its video stream's, else the container's."""
    with av.open(str(path)) as container:
        video = container.streams.video[0] if container.streams.video else None
        if video is not None and video.duration is not None:
            return float(video.duration * video.time_base)
        return float(container.duration or 0) / av.time_base
