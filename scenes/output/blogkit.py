"""The blog kit: chapter timestamps, a page that plays the video, and the replay page.

    blogkit.write_kit(stage, entries, history, "how-neural-nets-learn.mp4", "how-neural-nets-learn.vtt")

writes into `stage` (beside the clips, which are already there):
- chapters/NN-name.png   a frame from each clip: its thumbnail and its poster
- index.html             the full video with captions, a chapter list with thumbnails, the
                         transcript (click a line to go there), embed snippets, a link to the replay
- replay.json            the run, compact (scenes/output/replay.py)
- replay.html            the replay page, with replay.json's data, its script and style inside

Both pages work opened from disk as well as served: no `crossorigin` on the video (it makes
a file:// load fail in Chromium) and the captions' cues are inlined as JSON, turned into
VTTCues when the page is a file (a <track> from file:// gives no cues); when served, the
<track> of the .vtt file is used. Colours follow the video's theme.
"""
from __future__ import annotations

import html
import json
import re
from collections import Counter
from pathlib import Path

from scenes.kit import theme as themes

VIDEO_NAME = "how-neural-nets-learn"
TITLE = "How neural nets learn"
STATIC = Path(__file__).parent / "static"
THUMBNAIL_AT = 0.6          # share of a clip's length where its thumbnail frame is taken
REPLAY_FRAME_HEIGHT = 1400  # the iframe snippet's height in pixels: the whole replay at blog widths


def timestamp(seconds: float) -> str:
    """YouTube-style 'M:SS' (or 'H:MM:SS')."""
    s = int(seconds)
    h, m = divmod(s // 60, 60)
    return f"{h}:{m:02d}:{s % 60:02d}" if h else f"{m}:{s % 60:02d}"


def chapter_starts(entries: list[dict]) -> list[float]:
    starts, t = [], 0.0
    for e in entries:
        starts.append(t)
        t += e["duration_s"]
    return starts


def chapters_txt(entries: list[dict]) -> str:
    return "".join(f"{timestamp(t)} {e['title']}\n" for t, e in zip(chapter_starts(entries), entries))


def shifted_cues(entries: list[dict]) -> list[dict]:
    """Every chapter's subtitle cues, moved to where the chapter starts in the full video."""
    cues = []
    for t, e in zip(chapter_starts(entries), entries):
        cues += [{**c, "start_s": c["start_s"] + t, "end_s": c["end_s"] + t} for c in e.get("cues", [])]
    return cues


def transcript(entries: list[dict]) -> list[dict]:
    """Per chapter its title, start and narration sections, each at its time in the full video."""
    return [{"title": e["title"], "start_s": t,
             "lines": [{"start_s": t + line["start_s"], "text": line["text"]} for line in e.get("narration", [])]}
            for t, e in zip(chapter_starts(entries), entries)]


# --- the kit ---

def write_kit(stage: Path, entries: list[dict], history, video: str, captions: str | None,
              poster: str = "poster.png") -> None:
    """Thumbnails, index.html, replay.json and replay.html, written into `stage`.
    `entries`' file names are relative to `stage`; `captions` is the full video's .vtt or None."""
    from scenes.output import replay
    thumbs = write_thumbnails(stage, entries)
    theme = video_theme(stage / thumbs[0]) if thumbs else themes.DARK
    doc = replay.replay_data(history)
    replay.write_json(doc, stage / "replay.json")
    (stage / "replay.html").write_text(replay_html(doc, theme))
    (stage / "index.html").write_text(index_html(
        entries, video, captions, poster, thumbs, theme, sources=twins(stage, video),
        clip_sources=[twins(stage, e["file"]) for e in entries]))


def write_thumbnails(stage: Path, entries: list[dict]) -> list[str]:
    """chapters/NN-name.png: a frame from each clip (its picture, from the clip that has sound)."""
    from scenes.output import stitch
    names = []
    for e in entries:
        name = str(Path(e["file"]).with_suffix(".png"))
        stitch.still_frame(stage / e["sound_file"], e["duration_s"] * THUMBNAIL_AT, stage / name)
        names.append(name)
    return names


def video_theme(png: Path) -> themes.Theme:
    """The theme a frame was drawn in: the one whose background its edge pixels mostly are.
    (The kit is handed finished clips, not --theme: the picture itself says which.)"""
    from PIL import Image
    with Image.open(png) as im:
        rgb = im.convert("RGB")
        w, h = rgb.size
        edge = [rgb.getpixel((x, y)) for x in range(0, w, max(1, w // 64)) for y in (0, h - 1)]
    common = Counter(edge).most_common(1)[0][0]
    return min(themes.THEMES.values(), key=lambda t: sum((a - b) ** 2 for a, b in zip(_rgb(t.background), common)))


def twins(stage: Path, file: str) -> list[str]:
    """The video `file` and its twins in other formats that are in `stage`: webm first
    (smaller), mp4 after (every browser plays it). A GIF stays alone."""
    path = Path(file)
    if path.suffix == ".gif":
        return [file]
    return [str(path.with_suffix(s)) for s in (".webm", ".mp4") if (stage / path.with_suffix(s)).is_file()] or [file]


def _rgb(hex_color: str) -> tuple[int, int, int]:
    v = int(hex_color.lstrip("#"), 16)
    return (v >> 16) & 255, (v >> 8) & 255, v & 255


def _mix(a: str, b: str, t: float) -> str:
    return "#" + "".join(f"{round(p + (q - p) * t):02X}" for p, q in zip(_rgb(a), _rgb(b)))


def theme_css(t: themes.Theme) -> str:
    """The theme's colours as the CSS variables page.css uses."""
    names = ("background", "text", "muted", "positive", "negative", "neuron_fill", "neuron_stroke",
             "highlight", "right", "wrong", "cost", "accuracy")
    lines = [f"  --{n.replace('_', '-')}: {getattr(t, n)};" for n in names]
    lines += [f"  --panel: {_mix(t.background, t.text, 0.035)};", f"  --line: {_mix(t.background, t.text, 0.2)};"]
    scheme = "dark" if t.name == "dark" else "light"
    return ":root {\n  color-scheme: " + scheme + ";\n" + "\n".join(lines) + "\n}"


def script_json(value) -> str:
    """JSON safe inside a <script> element: no '</' can close it early."""
    return json.dumps(value, separators=(",", ":"), allow_nan=False).replace("</", "<\\/")


def fill(template: str, values: dict[str, str]) -> str:
    """The template with each {{key}} replaced, in one pass (a value is never read again)."""
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], template)


def static(name: str) -> str:
    return (STATIC / name).read_text()


def page(template: str, title: str, theme: themes.Theme, values: dict[str, str]) -> str:
    """A kit page: the shared head (title, the theme's colours, page.css), then `template` filled."""
    head = fill(static("head.html"), {"title": html.escape(title), "theme_css": theme_css(theme),
                                      "page_css": static("page.css")})
    return fill(static(template), {"head": head, "title": html.escape(title), **values})


# --- replay.html ---

EXAMPLES_PANEL = {
    "point": """<section class="panel">
  <h2>Where it draws the line</h2>
  <div class="map-wrap">
    <canvas id="map" width="384" height="384" tabindex="0" aria-label="the network's answer all over the plane; arrow keys pick a point"></canvas>
    <div>
      <div id="legend"></div>
      <p class="muted">Every square is coloured by the network's answer there, at this step: the
      stronger the colour, the surer it is. The dots are its practice points. Click one (or use
      the arrow keys) to follow it through the network.</p>
      <p id="picked"></p>
    </div>
  </div>
</section>""",
    "row": """<section class="panel">
  <h2>Its guesses</h2>
  <div id="examples" class="examples"></div>
  <p class="muted">Under each practice example, the network's guess at this step: green when right,
  grey when wrong. Click one to follow it through the network.</p>
  <p id="picked"></p>
</section>""",
}


def replay_html(doc: dict, theme: themes.Theme, title: str = "Replay the training") -> str:
    """The replay page: its data, script and style all inside, so one file works anywhere."""
    network = "-".join(map(str, doc["sizes"]))
    subtitle = (f"The real run behind the video: a {network} network learning {doc['dataset']}. "
                "Move the slider through its saved steps, or press play.")
    return page("replay.html", title, theme, {
        "subtitle": html.escape(subtitle),
        "examples": EXAMPLES_PANEL["point" if doc["kind"] == "point" else "row"],
        "theme_json": script_json({"name": theme.name, "background": theme.background, "text": theme.text,
                                   "muted": theme.muted, "positive": theme.positive, "negative": theme.negative,
                                   "neuron_fill": theme.neuron_fill, "highlight": theme.highlight,
                                   "cost": theme.cost, "classes": list(theme.classes)}),
        "data_json": script_json(doc), "script": static("replay.js"),
    })


# --- index.html ---

def index_html(entries: list[dict], video: str, captions: str | None, poster: str | None,
               thumbs: list[str], theme: themes.Theme, sources: list[str] | None = None,
               clip_sources: list[list[str]] | None = None, title: str = TITLE) -> str:
    """The page: the full video with its captions, chapters with thumbnails, the transcript,
    embed snippets for every clip and for the replay."""
    esc = html.escape
    starts = chapter_starts(entries)
    clip_sources = clip_sources or [[e["file"]] for e in entries]
    chapters = "\n".join(
        f'  <li><a href="#t={t:.3f}" data-start="{t:.3f}"><img src="{esc(thumb)}" alt="" loading="lazy">'
        f'<span class="time">{timestamp(t)}</span>{esc(e["title"])}</a></li>'
        for t, e, thumb in zip(starts, entries, thumbs))
    lines = []
    for chapter in transcript(entries):
        lines.append(f'  <h3>{esc(chapter["title"])}</h3>')
        lines += [f'  <p data-start="{line["start_s"]:.3f}"><span class="time">{timestamp(line["start_s"])}</span>'
                  f'{esc(line["text"])}</p>' for line in chapter["lines"]]
    vtt = {"vtt": captions} if captions else {}
    snippets = [snippet_block("The whole video", video_tag(sources or [video], vtt, poster))]
    snippets += [snippet_block(e["title"], embed_snippet(e, thumb, srcs))
                 for e, thumb, srcs in zip(entries, thumbs, clip_sources)]
    snippets.append(snippet_block("The replay (readers step through the real run)", replay_iframe()))
    cues = [{"start": round(c["start_s"], 3), "end": round(c["end_s"], 3), "text": c["text"]}
            for c in shifted_cues(entries)] if captions else []
    return page("index.html", title, theme, {
        "video": video_tag(sources or [video], vtt, poster, element_id="player").replace("\n", "\n  "),
        "chapters": chapters, "transcript": "\n".join(lines), "snippets": "\n".join(snippets),
        "cues_json": script_json(cues), "script": static("index.js"),
    })


def snippet_block(heading: str, code: str) -> str:
    rows = max(code.count("\n") + 1, 2)
    return (f'  <div class="snippet"><h3>{html.escape(heading)}</h3>\n'
            f'  <textarea readonly wrap="off" rows="{rows}">{html.escape(code)}</textarea></div>')


def video_tag(sources: list[str], subtitles: dict, poster: str | None, element_id: str | None = None,
              width: int | None = None) -> str:
    """A <video> with its poster, every source (browsers take the first they can play), and captions."""
    esc = html.escape
    attrs = [f'id="{element_id}"'] if element_id else []
    attrs += ["controls", 'preload="metadata"', "playsinline"]
    if width:
        attrs.append(f'width="{width}"')
    if poster:
        attrs.append(f'poster="{esc(poster)}"')
    inner = [f'  <source src="{esc(s)}" type="{mime_type(s)}">' for s in sources]
    if subtitles.get("vtt"):
        inner.append(f'  <track kind="captions" src="{esc(subtitles["vtt"])}" srclang="en" label="English" default>')
    return f"<video {' '.join(attrs)}>\n" + "\n".join(inner) + "\n</video>"


def embed_snippet(entry: dict, poster: str | None = None, sources: list[str] | None = None) -> str:
    """HTML to paste into a blog post: the clip with its poster, sources and captions."""
    mime = mime_type(entry["file"])
    if mime == "image/gif":
        return f'<img src="{html.escape(entry["file"])}" alt="{html.escape(entry["title"])}" loading="lazy">'
    return video_tag(sources or [entry["file"]], entry.get("subtitles", {}), poster, width=640)


def replay_iframe() -> str:
    return (f'<iframe src="replay.html" title="Replay the training run" width="100%" '
            f'height="{REPLAY_FRAME_HEIGHT}" style="border:0" loading="lazy"></iframe>')


def mime_type(name: str) -> str:
    return {".mp4": "video/mp4", ".webm": "video/webm", ".gif": "image/gif"}[Path(name).suffix]
