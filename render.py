"""nn-explainer: turn a real training run into a narrated explainer video.

    python render.py list
    python render.py train --preset tiny --save run.json
    python render.py video
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import asdict
from multiprocessing import get_context
from pathlib import Path

import click

from nncore import activations, datasets, init, options, presets
from nncore.costs import COSTS
from nncore.history import History
from nncore.train import STOP_WORDS, TrainConfig, train


class OneLineErrors(click.Group):
    """Usage errors as one line and exit 2: no usage dump, no traceback."""

    def main(self, *args, **kwargs):
        kwargs["standalone_mode"] = False
        try:
            rv = super().main(*args, **kwargs)
        except click.UsageError as e:
            click.echo(f"Error: {e.format_message()}", err=True)
            sys.exit(2)
        except click.ClickException as e:
            click.echo(f"Error: {e.format_message()}", err=True)
            sys.exit(e.exit_code)
        except click.Abort:
            click.echo("Aborted.", err=True)
            sys.exit(130)
        sys.exit(rv if isinstance(rv, int) else 0)


def _checked(parse):
    """A click callback from one of nncore.options' parsers."""
    def callback(ctx, param, value):
        if value is None:
            return None
        try:
            parsed = parse(value)
        except ValueError as e:
            raise click.BadParameter(str(e), ctx=ctx, param=param) from None
        # keep 'all' visible so a flag's full batch is not mistaken for 'not given'
        return "all" if param.name == "batch_size" and parsed is None else parsed
    return callback


def training_options(fn):
    """The options every command that trains shares (DESIGN.md, CLI)."""
    p = options.PARSERS
    opts = [
        click.option("--preset", type=click.Choice(list(presets.PRESETS)), default=None,
                     help="Starting settings. Default: tiny for 2-D point sets, digits otherwise."),
        click.option("--dataset", default=None, callback=_checked(p["dataset"]),
                     help=f"Built-in data ({', '.join(datasets.BUILT_IN)}) or a CSV file: header row, "
                          "numeric features, the label last."),
        click.option("--hidden", default=None, callback=_checked(p["hidden"]),
                     help="Hidden layer sizes, comma separated, e.g. 16 or 16,16."),
        click.option("--activation", type=click.Choice(activations.HIDDEN), default=None,
                     help="The hidden layers' activation."),
        click.option("--init", "init_", type=click.Choice(init.METHODS), default=None,
                     help="How the weights start; constant makes every weight equal."),
        click.option("--cost", type=click.Choice(list(COSTS)), default=None,
                     help="How wrongness is measured; cross_entropy uses a softmax output."),
        click.option("--lr", default=None, callback=_checked(p["lr"]),
                     help="Learning rate: how big each downhill step is."),
        click.option("--epochs", default=None, callback=_checked(p["epochs"]),
                     help="Most passes over the training data."),
        click.option("--batch-size", default=None, callback=_checked(p["batch_size"]),
                     help="Examples per step, or 'all' for the whole training set."),
        click.option("--seed", default=None, callback=_checked(p["seed"]),
                     help="Seed for every random choice; the same seed gives the same run."),
        click.option("--test-fraction", default=None, callback=_checked(p["test_fraction"]),
                     help="Share of the data kept back for testing, between 0 and 1."),
        click.option("--config", "config_file", type=click.Path(path_type=Path), default=None,
                     help="A TOML file with the same keys; flags override it."),
    ]
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


def run_config(kw: dict) -> tuple[str, TrainConfig]:
    """The preset and config the training options describe; UsageError if they don't fit."""
    flags = {k: kw.pop(k) for k in list(kw) if k in options.PARSERS or k == "init_"}
    flags["init"] = flags.pop("init_", None)
    config_file = kw.pop("config_file")
    try:
        return options.resolve(flags, config_file)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="'--config'") from None


def load_data(config: TrainConfig) -> datasets.Dataset:
    try:
        return datasets.load(config.dataset, config.seed, config.test_fraction)
    except datasets.DatasetError as e:
        raise click.BadParameter(str(e), param_hint="'--dataset'") from None


def train_with_progress(config: TrainConfig, data: datasets.Dataset) -> History:
    """Train, with a progress bar over epochs when someone is watching a terminal."""
    if not sys.stderr.isatty():
        return train(config, data)
    with click.progressbar(length=config.epochs, label="training", file=sys.stderr) as bar:
        return train(config, data, on_epoch=lambda epoch: bar.update(1))


def summary(history: History) -> str:
    c, last, stop = history.config, history.final, history.stopped
    if c.get("model") == "conv":
        network = f"a convolutional network ({c['kernels']} kernels of 3x3, then 2x2 pooling)"
    else:
        network = f"a {'-'.join(map(str, c['sizes']))} network ({c['activation']})"
    return "\n".join([
        f"trained {c['dataset']}: {network}, "
        f"{stop['step']:,} steps over {last['epoch']} epochs",
        f"final cost {last['cost']:.4f}, training accuracy {last['train_accuracy']:.1%}, "
        f"test accuracy {last['test_accuracy']:.1%}",
        f"stopped because {STOP_WORDS[stop['reason']]} ({stop['reason']})",
    ])


@click.group(cls=OneLineErrors)
def cli():
    """Turn a real neural-network training run into a narrated explainer video."""


@cli.command("list")
def list_():
    """List the chapters and presets, one line each."""
    from scenes import catalog
    for entry in catalog.CHAPTERS:
        click.echo(f"chapter  {entry.name:<9} {entry.title}")
    for name, words in presets.DESCRIPTIONS.items():
        click.echo(f"preset   {name:<9} {words}")


@cli.command("train")
@training_options
@click.option("--save", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the history JSON to this file.")
@click.option("--model", type=click.Choice(["dense", "conv"]), default="dense", show_default=True,
              help="dense: the fully connected network; conv: a small convnet (needs --dataset digits).")
def train_cmd(save: Path | None, model: str, **kw):
    """Train the network only and print a summary."""
    from nncore import companions
    _, config = run_config(kw)
    data = load_data(config)
    if model == "conv":
        if not companions.is_image_data(data):
            raise click.BadParameter(f"the convnet reads 8x8 pictures: use --dataset digits, not {config.dataset}",
                                     param_hint="'--model conv'")
        history = companions.conv_history(config, data)
    else:
        history = train_with_progress(config, data)
    click.echo(summary(history))
    if save:
        try:
            history.save(save)
        except OSError as e:
            raise click.ClickException(f"cannot write --save {save}: {e.strerror}") from None
        click.echo(f"history saved to {save}")


# --- video ---

QUALITY_NAMES = ("low", "medium", "high", "4k")
# the largest network the video tells: beyond this the diagram is a blur and history.json heavy
DRAWABLE_LAYERS = 4
DRAWABLE_NEURONS = 128
ROOT = Path(__file__).resolve().parent


def _chapter_list(ctx, param, value):
    from scenes import catalog
    if value is None:
        return None
    names = [n.strip() for n in value.split(",") if n.strip()]
    unknown = [n for n in names if n not in catalog.names()]
    if not names or unknown:
        raise click.BadParameter(f"unknown chapter {', '.join(unknown) or repr(value)}; "
                                 f"choose from {', '.join(catalog.names())}", ctx=ctx, param=param)
    return sorted(set(names), key=catalog.names().index)


def _narration_check(name: str):
    """A click callback from narration.check_voice or check_pace: bad values stop before any work."""
    def callback(ctx, param, value):
        from scenes import narration
        try:
            return value if value is None else getattr(narration, name)(value)
        except ValueError as e:
            raise click.BadParameter(str(e), ctx=ctx, param=param) from None
    return callback


def _pixel_size(ctx, param, value):
    if value is None:
        return None
    try:
        w, h = (int(v) for v in value.lower().split("x"))
        if w >= 16 and h >= 16 and w % 2 == 0 and h % 2 == 0:
            return w, h
    except ValueError:
        pass
    raise click.BadParameter(f"give WIDTHxHEIGHT in even pixels of at least 16, e.g. 160x90; got {value!r}",
                             ctx=ctx, param=param)


def _fingerprint(*parts) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part if isinstance(part, bytes) else json.dumps(part, sort_keys=True).encode())
        h.update(b"\0")
    return h.hexdigest()[:16]


def _sources(folder: str) -> list[bytes]:
    """The code a cached result depends on: a change to it makes the cache miss."""
    base = ROOT / folder
    return [p.relative_to(ROOT).as_posix().encode() + p.read_bytes()
            for p in sorted(base.rglob("*")) if p.suffix in (".py", ".txt") and p.is_file()]


def history_key(config: TrainConfig) -> str:
    """Same training config, data and core code: same history, so no need to retrain."""
    dataset = Path(config.dataset)
    data = dataset.read_bytes() if dataset.suffix.lower() == ".csv" and dataset.is_file() else b""
    return _fingerprint(asdict(config), data, *_sources("nncore"))


def cached_story(key: str, config: TrainConfig, data, cache: Path) -> tuple[History, Path]:
    """The main run and its companions, from the cache when the same config (`key`) ran before."""
    from nncore.companions import train_story
    path = cache / "histories" / f"{key}.json"
    if path.is_file():
        return History.load(path), path
    click.echo("training the network ...", err=True)
    history = train_story(config, data)
    history.save(path)
    return history, path


def chapters_for(data: datasets.Dataset, asked: list[str] | None) -> list[str]:
    """The chapters to render: those asked for, or every chapter this data can tell."""
    from nncore.companions import is_image_data
    from scenes import catalog
    if asked is None:
        return [n for n in catalog.names() if n != "convnet" or is_image_data(data)]
    if "convnet" in asked and not is_image_data(data):
        raise click.BadParameter("the convnet chapter needs pictures: use --dataset digits",
                                 param_hint="'--chapters'")
    return asked


def cached_entry(job: dict) -> dict | None:
    """The manifest entry of a chapter rendered before with the same inputs, if any."""
    entry_file = Path(job["folder"]) / "entry.json"
    if entry_file.is_file():
        return json.loads(entry_file.read_text())
    return None


def _render_one(job: dict) -> dict:
    """Worker process: render one chapter into its own cache folder (own media, own voices)."""
    from scenes.output import studio
    folder = Path(job["folder"])
    entry_file = folder / "entry.json"
    clips = folder / "clip"
    shutil.rmtree(clips, ignore_errors=True)
    started = time.perf_counter()
    entry = studio.render_chapter(job["name"], job["history"], clips, job["index"], quality=job["quality"],
                                  voice=job["voice"], pace=job["pace"], theme=job["theme"],
                                  media_dir=folder / "media", captions=job["captions"], fmt=job["fmt"],
                                  pixel_size=job["size"], frame_rate=job["fps"], segment_cache=False)
    entry["render_s"] = round(time.perf_counter() - started, 2)
    entry["folder"] = str(clips)
    entry["voice"] = job["voice"]
    tmp = entry_file.with_suffix(".part")
    tmp.write_text(json.dumps(entry))
    os.replace(tmp, entry_file)
    return entry


def render_chapters(jobs: list[dict], n_jobs: int) -> list[dict]:
    """Render chapters in parallel processes with one progress bar; Ctrl-C stops them all.
    Chapters already in the cache are read from it without starting a process."""
    entries = {job["name"]: cached_entry(job) for job in jobs}
    todo = [job for job in jobs if entries[job["name"]] is None]
    if not todo:
        return [entries[job["name"]] for job in jobs]
    ctx = get_context("spawn")  # a fresh interpreter each: manim's global config is per process
    pool = ProcessPoolExecutor(max_workers=max(1, min(n_jobs, len(todo))), mp_context=ctx)
    try:
        with click.progressbar(length=len(todo), label="rendering chapters", file=sys.stderr,
                               show_pos=True) as bar:
            pending = {pool.submit(_render_one, job): job["name"] for job in todo}
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    name = pending.pop(future)
                    entries[name] = chapter_result(future, name)
                    bar.update(1)
    except BaseException:
        for proc in list(getattr(pool, "_processes", {}).values()):
            proc.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return [entries[job["name"]] for job in jobs]


def chapter_result(future, name: str) -> dict:
    """A finished worker's entry; a chapter that failed is one line, its traceback kept in a log."""
    try:
        return future.result()
    except Exception as e:  # noqa: BLE001 - any failure inside a worker
        import traceback
        log = Path(tempfile.gettempdir()) / f"nn-explainer-{name}.log"
        log.write_text("".join(traceback.format_exception(e)))
        raise click.ClickException(f"chapter {name} failed ({type(e).__name__}: {e}); details in {log}") from None


def chapter_jobs(names: list[str], history_path: Path, hkey: str, cache: Path, opts: dict) -> list[dict]:
    from scenes import catalog
    code = _fingerprint(*_sources("scenes"))
    jobs = []
    for name in names:
        job = {"name": name, "index": catalog.index(name), "history": str(history_path), **opts}
        key = _fingerprint(hkey, code, job["name"], job["index"], opts["quality"], opts["voice"], opts["pace"],
                           opts["theme"], opts["fmt"], opts["size"], opts["fps"], opts["captions"])
        job["folder"] = str(cache / "chapters" / f"{job['index']:02d}-{name}-{key}")
        jobs.append(job)
    return jobs


def assemble(entries: list[dict], history: History, stage: Path, fmt: str, captions: str) -> dict:
    """Everything out/ holds, written into `stage`: clips, full video, subtitles, kit, manifest."""
    from scenes.output import blogkit, stitch
    from scenes import narration
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


PUBLISHED = "published.json"


def publish(stage: Path, out: Path, run_key: str) -> None:
    """Move the finished files into out/: each appears whole, or not at all. A note in the
    cache says which run they came from, so an unchanged run need not write them again."""
    files = {}
    for src in sorted(stage.rglob("*")):
        if src.is_file():
            rel = src.relative_to(stage).as_posix()
            files[rel] = src.stat().st_size
            dst = out / rel
            dst.parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, dst)
    (out / ".cache" / PUBLISHED).write_text(json.dumps({"run": run_key, "files": files}))


def already_published(out: Path, run_key: str) -> dict | None:
    """The manifest in out/, if that run's files are all still there, unchanged in size."""
    note = out / ".cache" / PUBLISHED
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


def writable_out(out: Path) -> Path:
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = tempfile.NamedTemporaryFile(dir=out, prefix=".write-test-")
        probe.close()
    except OSError as e:
        raise click.ClickException(f"cannot write to --out {out}: {e.strerror or e}") from None
    return out


@cli.command("video")
@training_options
@click.option("--chapters", default=None, callback=_chapter_list,
              help="Comma-separated chapters to render (see `list`); default: all.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="Folder for the video, clips, subtitles and blog kit.")
@click.option("--quality", type=click.Choice(QUALITY_NAMES), default="low", show_default=True,
              help="low 480p15, medium 720p30, high 1080p60, 4k 2160p60.")
@click.option("--voice", default=None, callback=_narration_check("check_voice"),
              help="Narration voice: piper, festival, espeak, none (captions only), or "
                   "piper:PATH/TO/voice.onnx. Default: the best one installed, in that order.")
@click.option("--pace", default="normal", show_default=True, callback=_narration_check("check_pace"),
              help="How fast the narration speaks: slow, normal or fast.")
@click.option("--format", "fmt", type=click.Choice(["mp4", "webm", "gif"]), default="mp4", show_default=True,
              help="mp4 (H.264, AAC), webm (VP9, Opus), or gif: silent chapter loops with the subtitles "
                   "drawn in, beside mp4 clips and an mp4 full video that keep the sound.")
@click.option("--theme", type=click.Choice(["dark", "light"]), default="dark", show_default=True,
              help="Dark background, or light for white pages.")
@click.option("--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default=True,
              help="Chapters rendered at once, each in its own process.")
@click.option("--captions", type=click.Choice(["srt", "burn", "off"]), default="srt", show_default=True,
              help="srt: subtitle files (.srt, .vtt) beside every video; burn: also drawn into the "
                   "picture, for muted autoplay; off: none.")
@click.option("--no-cache", is_flag=True, help="Retrain and re-render everything.")
@click.option("--size", default=None, callback=_pixel_size, hidden=True,
              help="Frame size WIDTHxHEIGHT in pixels, overriding --quality (tests use 160x90).")
@click.option("--fps", type=click.IntRange(min=1, max=120), default=None, hidden=True,
              help="Frames per second, overriding --quality.")
def video_cmd(chapters, out, quality, voice, pace, fmt, theme, jobs, captions, no_cache, size, fps, **kw):
    """Train, render the chapters, stitch the full video and write the blog kit into --out."""
    from scenes import narration
    _, config = run_config(kw)
    if len(config.hidden) > DRAWABLE_LAYERS or max(config.hidden) > DRAWABLE_NEURONS:
        raise click.BadParameter(f"the video can draw at most {DRAWABLE_LAYERS} hidden layers of at most "
                                 f"{DRAWABLE_NEURONS} neurons each; got {','.join(map(str, config.hidden))}",
                                 param_hint="'--hidden'")
    data = load_data(config)
    chapters = chapters_for(data, chapters)
    out = writable_out(out)
    cache = out / ".cache"
    if no_cache:  # an empty cache misses everything: history, chapters and the published run
        shutil.rmtree(cache, ignore_errors=True)
    hkey = history_key(config)
    history, history_path = cached_story(hkey, config, data, cache)
    voice = narration.voice_used(voice)   # after any fallback: what the key, manifest and summary record
    opts = {"quality": quality, "voice": voice, "pace": pace, "theme": theme, "fmt": fmt,
            "size": size, "fps": fps, "captions": captions}
    chapter_list = chapter_jobs(chapters, history_path, hkey, cache, opts)
    entries = render_chapters(chapter_list, jobs)
    run_key = _fingerprint([job["folder"] for job in chapter_list], fmt, captions)
    manifest = already_published(out, run_key)
    if manifest is None:
        stage = Path(tempfile.mkdtemp(prefix=".staging-", dir=cache))
        try:
            manifest = assemble(entries, history, stage, fmt, captions)
            publish(stage, out, run_key)
        finally:
            shutil.rmtree(stage, ignore_errors=True)
    total = sum(c["duration_s"] for c in manifest["chapters"])
    click.echo(summary(history))
    click.echo(f"wrote {out / manifest['video']} ({total:.0f} s, {len(entries)} chapters, voice {voice}) "
               f"and the blog kit {out / 'index.html'}")


if __name__ == "__main__":
    cli()
