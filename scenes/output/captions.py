"""Subtitle files, subtitles drawn into the picture (for muted autoplay), and GIF loops of a clip.

The files (.srt, .vtt) hold the cues as plain text: a label such as "<b>" or "R&D" from a
user's CSV is escaped, never read as markup by a player. Drawing works on a finished clip, so every chapter gets it the same way: frames are decoded, the
cue showing at each frame's time is drawn on a dark band at the bottom, and the frames are
encoded again; the sound is copied untouched.
"""
from __future__ import annotations

import html
import os
import textwrap
from functools import lru_cache
from pathlib import Path

import av
from PIL import Image, ImageDraw, ImageFont

from scenes.output import stitch

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
GIF_WIDTH = 480
GIF_FPS = 10


def write_subtitles(cues: list[dict], video: Path) -> dict:
    """`video`'s .srt and .vtt beside it, the cue texts escaped; {"srt": name, "vtt": name}."""
    from scenes import narration
    plain = [{**c, "text": plain_text(c["text"])} for c in cues]
    return {"srt": narration.write_srt(plain, video.with_suffix(".srt")).name,
            "vtt": narration.write_vtt(plain, video.with_suffix(".vtt")).name}


def plain_text(text: str) -> str:
    """A cue's text as subtitle files show it literally: &, < and > escaped, on one line
    (a blank line would end the cue early)."""
    return html.escape(" ".join(text.split()), quote=False)


@lru_cache(maxsize=8)
def _font(size: int):
    try:
        return ImageFont.truetype(FONT, size)
    except OSError:  # no DejaVu: Pillow's own scalable font
        return ImageFont.load_default(size)


def active_cue(cues: list[dict], t: float) -> str | None:
    for cue in cues:
        if cue["start_s"] <= t < cue["end_s"]:
            return cue["text"]
    return None


def draw_subtitle(image: Image.Image, text: str | None) -> Image.Image:
    """`image` with `text` on a translucent band along its bottom edge."""
    if not text:
        return image
    w, h = image.size
    size = max(9, h // 22)
    font = _font(size)
    chars = max(12, int(w * 0.9 / (size * 0.55)))
    lines = textwrap.wrap(text, chars)[:3]
    line_h = int(size * 1.25)
    band = line_h * len(lines) + size // 2
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    top = h - band - size // 3
    draw.rectangle([0, top, w, top + band], fill=(0, 0, 0, 170))
    for i, line in enumerate(lines):
        draw.text((w / 2, top + size // 4 + i * line_h), line, font=font, fill=(255, 255, 255, 255), anchor="ma")
    return Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")


def burn(src: Path, dst: Path, cues: list[dict]) -> Path:
    """Re-encode `src` into `dst` with the subtitles drawn in; sound copied as is."""
    part = dst.with_name(f".{dst.name}.part{dst.suffix}")
    try:
        with av.open(str(src)) as inp, av.open(str(part), "w", options=stitch.container_options(dst)) as out:
            vin = inp.streams.video[0]
            vout = stitch.video_stream(out, vin, dst.suffix)
            ain = inp.streams.audio[0] if inp.streams.audio else None
            aout = out.add_stream_from_template(template=ain) if ain is not None else None
            for packet in inp.demux(*[s for s in (vin, ain) if s is not None]):
                if packet.stream is vin:
                    for frame in packet.decode():
                        img = draw_subtitle(frame.to_image(), active_cue(cues, float(frame.time or 0)))
                        new = av.VideoFrame.from_image(img).reformat(format="yuv420p")
                        new.pts, new.time_base = frame.pts, frame.time_base
                        out.mux(vout.encode(new))
                elif packet.dts is not None:
                    packet.stream = aout
                    out.mux(packet)
            out.mux(vout.encode(None))
        os.replace(part, dst)
    finally:
        part.unlink(missing_ok=True)
    return dst


def to_gif(src: Path, dst: Path, cues: list[dict], width: int = GIF_WIDTH, fps: int = GIF_FPS) -> Path:
    """A looping GIF of `src`, smaller and slower, with the subtitles drawn in (a GIF has no sound)."""
    frames, next_t = [], 0.0
    with av.open(str(src)) as inp:
        # never faster than the clip itself: a GIF frame then lasts one clip frame
        fps = min(fps, float(inp.streams.video[0].average_rate or fps))
        step = 1.0 / fps
        for frame in inp.decode(video=0):
            t = float(frame.time or 0)
            if t + 1e-6 < next_t:
                continue
            next_t += step
            img = frame.to_image()
            img = img.resize((width, round(img.height * width / img.width / 2) * 2), Image.LANCZOS)
            frames.append(draw_subtitle(img, active_cue(cues, t)).quantize(colors=128, dither=Image.Dither.NONE))
    part = dst.with_name(f".{dst.name}.part.gif")
    try:
        frames[0].save(part, save_all=True, append_images=frames[1:], duration=round(1000 * step), loop=0,
                       optimize=False, disposal=1)
        os.replace(part, dst)
    finally:
        part.unlink(missing_ok=True)
    return dst
