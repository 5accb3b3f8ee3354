"""Contact sheets: every chapter of a rendered run as frames every few seconds, with the words
spoken at each moment. What reviewers read instead of watching.

    .venv/bin/python docs/frames/make_sheets.py out/ docs/frames/            # every chapter
    .venv/bin/python docs/frames/make_sheets.py out/ /tmp/sheets --chapters forward,cost --every 3

Writes <dest>/NN-name.png (a grid of 480p frames shrunk to thumbnails, each stamped with its
time) and <dest>/NN-name.txt (the time of each frame and the subtitle cues said around it, so
every cue is printed beside some frame; a run without subtitles gives whole sections).
"""
from __future__ import annotations

import argparse
import json
import math
import textwrap
from pathlib import Path

import av
from PIL import Image, ImageDraw, ImageFont

THUMB_W = 427          # px: half the 854-wide frame, still readable; a 90 s chapter fits one sheet
COLUMNS = 4


def frames_every(clip: Path, every: float) -> list[tuple[float, Image.Image]]:
    """(time, picture) every `every` seconds, decoding the clip once."""
    wanted, got = 0.0, []
    with av.open(str(clip)) as container:
        for frame in container.decode(video=0):
            if frame.time is not None and frame.time + 1e-6 >= wanted:
                got.append((wanted, frame.to_image()))
                wanted += every
    return got


def spoken_at(lines: list[dict], t: float, every: float = 3.0) -> str:
    """The words said around `t`: every subtitle cue overlapping the `every` seconds centred on
    the frame, so that frames taken every `every` seconds show the whole narration once. A cue
    not yet begun at the frame's moment says when it starts, one already over says when it
    ended: a reviewer reading "Back to our 0" beside a frame of the 4 (session 23) took words
    said 1.2 s after the frame for words said over it."""
    lo, hi = t - every / 2, t + every / 2
    said = [when(line, t) + line["text"] for line in lines if line["start_s"] < hi and line["end_s"] > lo]
    return " / ".join(said) if said else "(pause)"


def when(line: dict, t: float) -> str:
    """"[from 9.2s] " for a cue that starts after `t`, "[until 7.9s] " for one over by then."""
    if line["start_s"] > t + 0.05:
        return f"[from {line['start_s']:.1f}s] "
    if line["end_s"] < t - 0.05:
        return f"[until {line['end_s']:.1f}s] "
    return ""


def srt_seconds(stamp: str) -> float:
    hms, ms = stamp.strip().split(",")
    h, m, s = (int(part) for part in hms.split(":"))
    return 3600 * h + 60 * m + s + int(ms) / 1000


def words_of(chapter: dict, out: Path) -> list[dict]:
    """The chapter's subtitle cues (a few words each, timed as the viewer reads them), else its
    whole narration sections (a run written without subtitles)."""
    srt = out / chapter.get("subtitles", {}).get("srt", "-")
    if not srt.is_file():
        return chapter["narration"]
    cues = []
    for block in srt.read_text().strip().split("\n\n"):
        lines = block.splitlines()
        if len(lines) >= 3 and "-->" in lines[1]:
            start, end = lines[1].split("-->")
            cues.append({"start_s": srt_seconds(start), "end_s": srt_seconds(end),
                         "text": " ".join(lines[2:])})
    return cues


def sheet(frames: list[tuple[float, Image.Image]]) -> Image.Image:
    w = THUMB_W
    h = round(w * frames[0][1].height / frames[0][1].width)
    rows = math.ceil(len(frames) / COLUMNS)
    out = Image.new("RGB", (COLUMNS * w, rows * h), "black")
    draw = ImageDraw.Draw(out)
    for i, (t, picture) in enumerate(frames):
        x, y = (i % COLUMNS) * w, (i // COLUMNS) * h
        out.paste(picture.resize((w, h)), (x, y))
        draw.rectangle([x, y, x + 44, y + 14], fill="black")
        draw.text((x + 2, y + 1), f"{t:5.1f}s", fill="white")
    return out


def review_pages(frames, narration: list[dict], every: float, per_page: int = 4) -> list[Image.Image]:
    """Full-size frames, two by two, each with the words spoken at its moment printed under
    it: what a reviewer reads, where a contact sheet's thumbnails are too small for labels."""
    w, h = frames[0][1].size
    band = 58          # three lines of words under each frame
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 14)
    except OSError:
        font = ImageFont.load_default()
    pages = []
    for start in range(0, len(frames), per_page):
        chunk = frames[start:start + per_page]
        page = Image.new("RGB", (2 * w, 2 * (h + band)), "white")
        draw = ImageDraw.Draw(page)
        for i, (t, picture) in enumerate(chunk):
            x, y = (i % 2) * w, (i // 2) * (h + band)
            page.paste(picture, (x, y))
            words = f"{t:5.1f}s  {spoken_at(narration, t, every)}"
            for row, line in enumerate(textwrap.wrap(words, 100)[:3]):
                draw.text((x + 4, y + h + 2 + 18 * row), line, fill="black", font=font)
        pages.append(page)
    return pages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="a folder written by render.py video")
    ap.add_argument("dest", type=Path)
    ap.add_argument("--every", type=float, default=3.0, help="seconds between frames")
    ap.add_argument("--chapters", default=None, help="comma-separated names; default: all")
    ap.add_argument("--pages", action="store_true",
                    help="also write NN-name-pK.png: full-size frames, four a page, with their words")
    args = ap.parse_args()
    manifest = json.loads((args.out / "manifest.json").read_text())
    wanted = set(args.chapters.split(",")) if args.chapters else None
    args.dest.mkdir(parents=True, exist_ok=True)
    for chapter in manifest["chapters"]:
        if wanted and chapter["name"] not in wanted:
            continue
        clip = args.out / chapter["sound_file"]
        frames = frames_every(clip, args.every)
        stem = Path(chapter["file"]).stem
        # 256 colours: a whole chapter's sheet stays a few hundred KB in the repository (full
        # colour was over 1 MB), and flat-coloured frames lose nothing a reader sees
        sheet(frames).quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(args.dest / f"{stem}.png", optimize=True)
        said = words_of(chapter, args.out)
        lines = [f"{t:6.1f}s  {spoken_at(said, t, args.every)}" for t, _ in frames]
        (args.dest / f"{stem}.txt").write_text("\n".join(lines) + "\n")
        if args.pages:
            for k, page in enumerate(review_pages(frames, said, args.every), 1):
                page.save(args.dest / f"{stem}-p{k}.png", optimize=True)
        print(f"{stem}: {len(frames)} frames")


if __name__ == "__main__":
    main()
