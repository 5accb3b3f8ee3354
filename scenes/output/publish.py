"""Assemble everything out/ holds, then move it in: each file appears whole, or not at all.

    with publish.locked(out):
        publish.check_ours(out, force=False)          # before any work: Refused if not ours
        manifest = publish.make(entries, history, out, run_key, force=False)

out/ gets: chapters/ (clips and subtitles), the full video with its .srt/.vtt, chapters.txt,
poster.png, history.json, manifest.json and index.html (the blog kit), and a note,
.nn-explainer.json, listing every file written with its sha256: a file in out/ not in the
note is not ours, and is replaced only with --force.
"""
from __future__ import annotations

import errno
import json
import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from nncore.history import History
from scenes.output.cache import file_sha256
from scenes.output.errors import Refused, disk_full

NOTE = ".nn-explainer.json"
LOCK = ".nn-explainer.lock"
STAGING = ".nn-explainer-staging-"
MANIFEST, INDEX, HISTORY, CHAPTERS_TXT, POSTER = "manifest.json", "index.html", "history.json", "chapters.txt", "poster.png"


def probe_writable(folder: Path) -> None:
    """OSError unless a file can be made in `folder`, or, when it is missing, in the nearest
    folder above it that exists (where it would be made); nothing is left behind."""
    folder = Path(folder).absolute()
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, f"{folder} is a file, not a folder")
    tempfile.TemporaryFile(dir=folder, prefix=".write-test-").close()


def writable_out(out: Path) -> Path:
    """`out`, made if missing; Refused when it cannot be written."""
    try:
        probe_writable(out)
        out.mkdir(parents=True, exist_ok=True)
        probe_writable(out)
    except OSError as e:
        raise Refused(f"cannot write to --out {out}: {e.strerror or e}") from None
    return out


@contextmanager
def locked(out: Path):
    """Hold out/'s lock: a second render into the same folder is refused, not interleaved."""
    from filelock import FileLock, Timeout
    lock = FileLock(out / LOCK, timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise Refused(f"--out {out} is busy: another render is writing there; wait for it "
                      "or choose another folder") from None
    try:
        yield
    finally:
        lock.release()


def _note(out: Path) -> dict | None:
    """What we wrote in out/ ({} before the first run), or None when the note is damaged."""
    try:
        note = json.loads((out / NOTE).read_text())
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return None
    ok = isinstance(note, dict) and isinstance(note.get("files"), dict) and isinstance(note.get("now"), list)
    return note if ok else None


def check_ours(out: Path, staged: dict[str, Path] | None = None, force: bool = False) -> None:
    """Refused naming the first file that exists in out/ but was not written by us, unless
    `force`. Before staging (`staged` None) the kit's files and chapters/ are checked; then
    every file about to be moved in, where one with the very same bytes is no loss either
    (what a damaged note leaves us to go by)."""
    if force:
        return
    note = _note(out)
    if note is None and staged is None:
        return
    ours = (note or {}).get("files", {})
    rels = staged or [MANIFEST, INDEX, HISTORY, CHAPTERS_TXT, POSTER,
                      *(p.relative_to(out).as_posix() for p in sorted((out / "chapters").glob("*")))]
    for rel in rels:
        path = out / rel
        if not (path.exists() or path.is_symlink()) or rel in ours:
            continue
        if staged and path.is_file() and not path.is_symlink() and file_sha256(path) == file_sha256(staged[rel]):
            continue
        raise Refused(f"--out {out} already holds {rel}, which this program did not write; "
                      "move it away, choose another --out, or pass --force to replace it")


def make(entries: list[dict], history: History, out: Path, run_key: str, force: bool = False,
         say=print, joined=None) -> dict:
    """The manifest of `out` after publishing this run there; nothing is written when out/
    already holds exactly this run. A full disk is one line, and leaves out/ as it was.
    `joined`: a stitch.Join fed while the chapters rendered (workers.early_join), used for
    the full video when it holds exactly these clips."""
    if _note(out) is None:
        say(f"{out / NOTE} is damaged; writing {out} again")
    manifest = already_published(out, run_key, say)
    if manifest is not None:
        return manifest
    stage = Path(tempfile.mkdtemp(prefix=STAGING, dir=out))
    try:
        manifest = assemble(entries, history, stage, _video_name(entries), joined)
        publish(stage, out, run_key, force)
    except OSError as e:
        full = disk_full(e, out, needed=2 * sum(_size(Path(entry["folder"])) for entry in entries))
        if full is None:
            raise
        raise full from None
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return manifest


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _video_name(entries: list[dict]) -> str:
    from scenes.output import blogkit
    # a GIF has no sound: the full video is the clips' mp4 twins, joined
    return f"{blogkit.VIDEO_NAME}{Path(entries[0]['sound_file']).suffix}"


def assemble(entries: list[dict], history: History, stage: Path, video: str, joined=None) -> dict:
    """Everything out/ holds, written into `stage`: clips, full video, subtitles, kit, manifest."""
    from scenes.output import blogkit, captions as subtitles, stitch
    chapters = stage / "chapters"
    chapters.mkdir(parents=True)
    for e in entries:
        for name in {e["file"], e["sound_file"], *e.get("twins", []), *e.get("subtitles", {}).values()}:
            shutil.copyfile(Path(e["folder"]) / name, chapters / name)
    rel = [{**e, "file": f"chapters/{e['file']}", "sound_file": f"chapters/{e['sound_file']}",
            "twins": [f"chapters/{t}" for t in e.get("twins", [])],
            "subtitles": {k: f"chapters/{v}" for k, v in e.get("subtitles", {}).items()}} for e in entries]
    # the full video is joined on a second thread (its sound's decoding and encoding let go of
    # the GIL) while the subtitles, chapters.txt, poster and history are written beside it
    with ThreadPoolExecutor(max_workers=1) as joiner:
        joining = joiner.submit(_join, rel, stage, video, joined)
        captions = "subtitles" in entries[0]
        if captions:
            subtitles.write_subtitles(blogkit.shifted_cues(entries), stage / video)
        (stage / CHAPTERS_TXT).write_text(blogkit.chapters_txt(entries))
        poster_clip = next((e for e in rel if e["name"] == "training"), rel[len(rel) // 2])
        stitch.still_frame(stage / poster_clip["sound_file"], poster_clip["duration_s"] * 0.6, stage / POSTER)
        history.save(stage / HISTORY)
        joining.result()
    keys = ("name", "title", "file", "sound_file", "twins", "duration_s", "render_s", "narration", "shown", "drawn", "lit", "subtitles")
    manifest = {"video": video, "voice": entries[0].get("voice"), "pace": entries[0].get("pace"),
                "chapters": [{k: e[k] for k in keys if k in e} for e in rel]}
    (stage / MANIFEST).write_text(json.dumps(manifest, indent=1))
    blogkit.write_kit(stage, rel, history, video, f"{blogkit.VIDEO_NAME}.vtt" if captions else None)
    return manifest


def _join(rel: list[dict], stage: Path, video: str, joined=None) -> None:
    """The full video from the clips in `stage`, and in the twins' formats too (webm's mp4);
    `joined` (a stitch.Join) finishes it when fed exactly these clips (their cache files)."""
    from scenes.output import stitch
    if joined is not None and joined.clips == [Path(e["folder"]) / Path(e["sound_file"]).name for e in rel] and \
            not rel[0]["twins"] and joined.out.suffix == Path(video).suffix:
        joined.finish()
        shutil.move(joined.out, stage / video)
    else:
        stitch.concatenate([stage / e["sound_file"] for e in rel], stage / video)
    for k, twin in enumerate(rel[0]["twins"]):
        stitch.concatenate([stage / e["twins"][k] for e in rel], (stage / video).with_suffix(Path(twin).suffix))


def publish(stage: Path, out: Path, run_key: str, force: bool = False) -> None:
    """Move the finished files into out/, then write the note that lists them. Files of
    ours from an earlier run stay listed until they are replaced."""
    files = {src.relative_to(stage).as_posix(): src for src in sorted(stage.rglob("*")) if src.is_file()}
    check_ours(out, files, force)
    note = (_note(out) or {}).get("files", {})
    note.update({rel: file_sha256(src) for rel, src in files.items()})
    part = stage / NOTE   # written before anything moves: a full disk stops us with out/ untouched
    part.write_text(json.dumps({"run": run_key, "now": sorted(files), "files": note}))
    for rel, src in files.items():
        dst = out / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        os.replace(src, dst)
    os.replace(part, out / NOTE)


def already_published(out: Path, run_key: str, say=print) -> dict | None:
    """The manifest in out/, if that run's files are all still there, byte for byte."""
    done = _note(out) or {}
    if done.get("run") != run_key:
        return None
    try:
        for rel in done["now"]:
            if file_sha256(out / rel) != done["files"][rel]:
                say(f"{out / rel} is not as written; writing {out} again")
                return None
        return json.loads((out / MANIFEST).read_text())
    except (OSError, ValueError, KeyError, TypeError):
        return None
