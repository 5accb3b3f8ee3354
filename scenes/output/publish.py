"""Assemble everything out/ holds, then move it in: each file appears whole, or not at all.

    manifest = publish.make(entries, history, out, cache, fmt="mp4", captions="srt", run_key=key)

out/ gets: chapters/ (clips and subtitles), the full video with its .srt/.vtt, chapters.txt,
poster.png, history.json, manifest.json and index.html (the blog kit).
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from nncore.history import History
from scenes.output.cache import Cache
from scenes.output.errors import OutputError

PUBLISHED = "published.json"   # in the cache: which run out/ holds, file by file


def writable_out(out: Path) -> Path:
    """`out`, made if missing; OutputError when it cannot be written."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = tempfile.NamedTemporaryFile(dir=out, prefix=".write-test-")
        probe.close()
    except OSError as e:
        raise OutputError(f"cannot write to --out {out}: {e.strerror or e}") from None
    return out


def make(entries: list[dict], history: History, out: Path, cache: Cache, fmt: str, captions: str,
         run_key: str) -> dict:
    """The manifest of `out` after publishing this run there; nothing is written when out/
    already holds exactly this run."""
    manifest = already_published(out, cache, run_key)
    if manifest is not None:
        return manifest
    cache.root.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=".staging-", dir=cache.root))
    try:
        manifest = assemble(entries, history, stage, fmt, captions)
        publish(stage, out, cache, run_key)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return manifest


def assemble(entries: list[dict], history: History, stage: Path, fmt: str, captions: str) -> dict:
    """Everything out/ holds, written into `stage`: clips, full video, subtitles, kit, manifest."""
    from scenes import narration
    from scenes.output import blogkit, stitch
    chapters = stage / "chapters"
    chapters.mkdir(parents=True)
    for e in entries:
        for name in {e["file"], e["sound_file"], *e.get("subtitles", {}).values()}:
            shutil.copyfile(Path(e["folder"]) / name, chapters / name)
    rel = [{**e, "file": f"chapters/{e['file']}", "sound_file": f"chapters/{e['sound_file']}",
            "subtitles": {k: f"chapters/{v}" for k, v in e.get("subtitles", {}).items()}} for e in entries]
    # a GIF has no sound: the full video is the clips' mp4 twins, joined
    video = f"{blogkit.VIDEO_NAME}.{'mp4' if fmt == 'gif' else fmt}"
    stitch.concatenate([stage / e["sound_file"] for e in rel], stage / video)
    if captions != "off":
        cues = blogkit.shifted_cues(entries)
        narration.write_srt(cues, stage / f"{blogkit.VIDEO_NAME}.srt")
        narration.write_vtt(cues, stage / f"{blogkit.VIDEO_NAME}.vtt")
    (stage / "chapters.txt").write_text(blogkit.chapters_txt(entries))
    poster_clip = next((e for e in rel if e["name"] == "training"), rel[len(rel) // 2])
    stitch.still_frame(stage / poster_clip["sound_file"], poster_clip["duration_s"] * 0.6, stage / "poster.png")
    history.save(stage / "history.json")
    keys = ("name", "title", "file", "sound_file", "duration_s", "render_s", "narration", "shown", "subtitles")
    manifest = {"video": video, "voice": entries[0].get("voice"),
                "chapters": [{k: e[k] for k in keys if k in e} for e in rel]}
    (stage / "manifest.json").write_text(json.dumps(manifest, indent=1))
    (stage / "index.html").write_text(blogkit.index_html(
        rel, video, blogkit.mime_type(video), f"{blogkit.VIDEO_NAME}.vtt" if captions != "off" else None,
        "poster.png"))
    return manifest


def publish(stage: Path, out: Path, cache: Cache, run_key: str) -> None:
    """Move the finished files into out/. A note in the cache says which run they came
    from, so an unchanged run need not write them again."""
    files = {}
    for src in sorted(stage.rglob("*")):
        if src.is_file():
            rel = src.relative_to(stage).as_posix()
            files[rel] = src.stat().st_size
            dst = out / rel
            dst.parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, dst)
    (cache.root / PUBLISHED).write_text(json.dumps({"run": run_key, "files": files}))


def already_published(out: Path, cache: Cache, run_key: str) -> dict | None:
    """The manifest in out/, if that run's files are all still there, unchanged in size."""
    note = cache.root / PUBLISHED
    if not note.is_file():
        return None
    done = json.loads(note.read_text())
    if done["run"] != run_key:
        return None
    for rel, size in done["files"].items():
        path = out / rel
        if not path.is_file() or path.stat().st_size != size:
            return None
    return json.loads((out / "manifest.json").read_text())
