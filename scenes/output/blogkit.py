"""The blog kit: chapter timestamps, and a page that plays the video with captions,
jumps to chapters and hands out embed snippets for every clip."""
from __future__ import annotations

import html
import json
from pathlib import Path

VIDEO_NAME = "how-neural-nets-learn"


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


def index_html(entries: list[dict], video: str, mime: str, captions: str | None, poster: str | None,
               title: str = "How neural nets learn") -> str:
    """A self-contained page: the full video with its captions track, a clickable chapter
    list, and a copy-paste embed snippet per clip."""
    esc = html.escape
    track = f'\n    <track kind="captions" src="{esc(captions)}" srclang="en" label="English" default>' if captions else ""
    poster_attr = f' poster="{esc(poster)}"' if poster else ""
    items, snippets = [], []
    for t, e in zip(chapter_starts(entries), entries):
        items.append(f'    <li><a href="#t={t:.3f}" data-start="{t:.3f}">{esc(timestamp(t))} {esc(e["title"])}</a></li>')
        snippets.append(f"  <h3>{esc(e['title'])}</h3>\n  <textarea readonly rows=\"4\">{esc(embed_snippet(e))}</textarea>")
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<style>
  body {{ font-family: system-ui, sans-serif; max-width: 960px; margin: 2em auto; padding: 0 1em; line-height: 1.5; }}
  video {{ width: 100%; background: #000; }}
  textarea {{ width: 100%; font-family: monospace; font-size: 0.85em; }}
  ol {{ columns: 2; }}
</style>
</head>
<body>
<h1>{esc(title)}</h1>
<video id="player" controls preload="metadata" crossorigin="anonymous"{poster_attr}>
    <source src="{esc(video)}" type="{esc(mime)}">{track}
</video>
<h2>Chapters</h2>
<ol id="chapters">
{chr(10).join(items)}
</ol>
<h2>Embed a chapter</h2>
{chr(10).join(snippets)}
<script>
  const player = document.getElementById("player");
  for (const link of document.querySelectorAll("#chapters a")) {{
    link.addEventListener("click", (event) => {{
      event.preventDefault();
      player.currentTime = parseFloat(link.dataset.start);
      player.play().catch(() => {{}});
    }});
  }}
  const chapters = {json.dumps([{"title": e["title"], "file": e["file"]} for e in entries])};
</script>
</body>
</html>
"""


def embed_snippet(entry: dict) -> str:
    """HTML to paste into a blog post: the clip with its captions."""
    src = html.escape(entry["file"])
    mime = mime_type(entry["file"])
    if mime == "image/gif":
        return f'<img src="{src}" alt="{html.escape(entry["title"])}" loading="lazy">'
    vtt = entry.get("subtitles", {}).get("vtt")
    track = f'\n  <track kind="captions" src="{html.escape(vtt)}" srclang="en" label="English">' if vtt else ""
    return f'<video controls preload="metadata" width="640">\n  <source src="{src}" type="{mime}">{track}\n</video>'


def mime_type(name: str) -> str:
    return {".mp4": "video/mp4", ".webm": "video/webm", ".gif": "image/gif"}[Path(name).suffix]
