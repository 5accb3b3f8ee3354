"""nn-explainer: turn a real training run into a narrated explainer video.

    python render.py list
    python render.py train --preset tiny --save run.json
    python render.py video
"""
from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import click
from click.core import ParameterSource

from nncore import activations, datasets, init, options, presets
from nncore.costs import COSTS
from nncore.history import History
from nncore.train import STOP_WORDS, ConvConfig, TrainConfig, lowest_cost_words, train, train_conv
from scenes.kit.theme import THEMES
from scenes.output import settings
from scenes.output.errors import OutputError


class Terminated(BaseException):
    """SIGTERM, raised where the program is, so it stops as on Ctrl-C: workers and partial files go."""


def _terminated(signum, frame):
    raise Terminated()


class OneLineErrors(click.Group):
    """Usage errors as one line and exit 2: no usage dump, no traceback."""

    def main(self, *args, **kwargs):
        kwargs["standalone_mode"] = False
        previous = signal.signal(signal.SIGTERM, _terminated)
        try:
            rv = super().main(*args, **kwargs)
        except click.exceptions.NoArgsIsHelpError as e:
            e.show()            # the group's help, as click shows it, without "Error:"
            sys.exit(e.exit_code)
        except click.UsageError as e:
            click.echo(f"Error: {e.format_message()}", err=True)
            sys.exit(2)
        except click.ClickException as e:
            click.echo(f"Error: {e.format_message()}", err=True)
            sys.exit(e.exit_code)
        except OutputError as e:
            click.echo(f"Error: {e}", err=True)
            sys.exit(e.exit_code)
        except click.Abort as e:
            if e.__context__ is not None and not isinstance(e.__context__, KeyboardInterrupt):
                # click turns any EOFError (a truncated video, say) into Abort: only Ctrl-C aborts
                click.echo(f"Error: {type(e.__context__).__name__}: {e.__context__}", err=True)
                sys.exit(1)
            click.echo("Aborted.", err=True)
            sys.exit(130)
        except Terminated:
            click.echo("Terminated.", err=True)
            sys.exit(143)
        finally:
            signal.signal(signal.SIGTERM, previous)   # a test calling main() keeps its own
        sys.exit(rv if isinstance(rv, int) else 0)


def _checked(parse):
    """A click callback from one of nncore.options' parsers."""
    def callback(ctx, param, value):
        if value is None:
            return None
        try:
            return parse(value)
        except ValueError as e:
            raise click.BadParameter(str(e), ctx=ctx, param=param) from None
    return callback


def training_options(fn):
    """The options every command that trains shares (docs/design.md)."""
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


def run_config(kw: dict, model: str = "dense") -> tuple[str, TrainConfig | ConvConfig]:
    """The preset and config the training options describe; UsageError if they don't fit.
    Only the flags given count: a batch size of 'all' is None, and given."""
    ctx = click.get_current_context()
    given = lambda name: ctx.get_parameter_source(name) not in (None, ParameterSource.DEFAULT)
    flags = {k.rstrip("_"): kw.pop(k) for k in list(kw) if k.rstrip("_") in options.PARSERS}
    flags = {k: v for k, v in flags.items() if given("init_" if k == "init" else k)}
    config_file = kw.pop("config_file")
    try:
        if model == "conv":
            return "conv", options.conv_config(flags, config_file)
        return options.resolve(flags, config_file)
    except ValueError as e:
        if model == "conv":
            raise click.UsageError(str(e)) from None
        raise click.BadParameter(str(e), param_hint="'--config'") from None


def load_data(config: TrainConfig) -> datasets.Dataset:
    try:
        return datasets.load(config.dataset, config.seed, config.test_fraction)
    except datasets.DatasetError as e:
        raise click.BadParameter(str(e), param_hint="'--dataset'") from None


def train_with_progress(config: TrainConfig | ConvConfig, data: datasets.Dataset) -> History:
    """Train, with a progress bar over epochs when someone is watching a terminal."""
    fit = train_conv if isinstance(config, ConvConfig) else train
    if not sys.stderr.isatty():
        return fit(config, data)
    with click.progressbar(length=config.epochs, label="training", file=sys.stderr) as bar:
        return fit(config, data, on_epoch=lambda epoch: bar.update(1))


def summary(history: History) -> str:
    c, last, stop = history.config, history.final, history.stopped
    if c.get("model") == "conv":
        network = f"a convolutional network ({c['kernels']} kernels of 3x3, then 2x2 pooling)"
    else:
        network = f"a {'-'.join(map(str, c['sizes']))} network ({c['activation']})"
    lines = [f"trained {c['dataset']}: {network}, {stop.step:,} steps over {last.epoch} epochs"]
    if c.get("model") != "conv":
        basis = presets.recipe_basis(c)
        chosen = f" (chosen from the data: {basis})" if basis else ""
        lines.append(f"recipe{chosen}: {presets.recipe_words(c)}")
    return "\n".join([
        *lines,
        f"final cost {last.cost:.4f}, training accuracy {last.train_accuracy:.1%}, "
        f"test accuracy {last.test_accuracy:.1%}",
        f"stopped because {STOP_WORDS[stop.reason]} ({stop.reason}). {lowest_cost_words(history.records)}",
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


def _save_path(ctx, param, value):
    """The --save file, checked before training: a run is not wasted on a path that cannot be written."""
    from scenes.output.publish import probe_writable
    if value is None:
        return None
    if not value.strip():
        raise click.BadParameter("give a file name, e.g. run.json", ctx=ctx, param=param)
    try:
        probe_writable(Path(value).parent)
    except OSError as e:
        raise click.BadParameter(f"cannot write {value}: {e.strerror or e}", ctx=ctx, param=param) from None
    return Path(value)


@cli.command("train")
@training_options
@click.option("--save", type=click.Path(dir_okay=False), default=None, callback=_save_path,
              help="Write the history JSON to this file.")
@click.option("--model", type=click.Choice(["dense", "conv"]), default="dense", show_default=True,
              help="dense: the fully connected network; conv: a small convnet (needs --dataset digits).")
def train_cmd(save: Path | None, model: str, **kw):
    """Train the network only and print a summary."""
    from nncore import companions
    _, config = run_config(kw, model)
    data = load_data(config)
    if model == "conv" and not companions.is_image_data(data):
        raise click.BadParameter(f"the convnet reads 8x8 pictures: use --dataset digits, not {config.dataset}",
                                 param_hint="'--model conv'")
    history = train_with_progress(config, data)
    click.echo(summary(history))
    if save:
        try:
            history.save(save)
        except OSError as e:
            raise click.BadParameter(f"cannot write {save}: {e.strerror or e}", param_hint="'--save'") from None
        click.echo(f"history saved to {save}")


# --- video ---

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
    """A click callback from narration.check_voice or check_pace: bad values stop before any
    work. narration imports manim, so it is loaded only when a video is asked for."""
    def check(value):
        from scenes import narration
        return getattr(narration, name)(value)
    return _checked(check)


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


def _script_dir(ctx, param, value):
    """An author's scripts, checked before any training: one line naming file, line and problem."""
    from scenes import script_dir
    if value is None:
        return None
    try:
        script_dir.check(Path(value))
    except script_dir.ScriptError as e:
        raise click.BadParameter(str(e), ctx=ctx, param=param) from None
    return Path(value)


def progress_bar(n: int):
    return click.progressbar(length=n, label="rendering chapters", file=sys.stderr, show_pos=True)


def _folder(ctx, param, value):
    if value is not None and not str(value).strip():
        raise click.BadParameter("give a folder name, e.g. out; an empty one would mean the current folder",
                                 ctx=ctx, param=param)
    return None if value is None else Path(value)


def _gigabytes(ctx, param, value):
    return None if value is None else int(value * 1024**3)


cache_dir_option = click.option(
    "--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None, callback=_folder,
    envvar="NN_EXPLAINER_CACHE_DIR", show_envvar=True,
    help="Where trained runs and rendered chapters are kept for reuse by every --out. "
         "Default: the user cache folder (~/.cache/nn-explainer on Linux).")


def open_cache(cache_dir: Path | None, **kwargs):
    from scenes.output.cache import Cache
    return Cache.open(cache_dir or Cache.default_root(), say=lambda line: click.echo(line, err=True), **kwargs)


def _scheduler_address(ctx, param, value):
    from scenes.output import cluster
    return _checked(cluster.check_address)(ctx, param, value)


scheduler_option = click.option(
    "--scheduler", default=None, callback=_scheduler_address, metavar="tcp://HOST:PORT",
    help="Render the chapters on a Dask cluster, through its scheduler at this address "
         "(docs/cluster.md). Default: local processes (--jobs).")


def open_cluster(address: str | None, voices: set[str]):
    """The Dask client for --scheduler, its workers checked (None without one); closed when
    the command ends. Before any work: a scheduler that cannot be used is one line, exit 2."""
    if address is None:
        return None
    from scenes.output import cluster
    client = cluster.connect(address)
    click.get_current_context().call_on_close(client.close)
    cluster.check_workers(client, voices)
    return client


def video_inputs(chapters: list[str] | None, kw: dict):
    """The training config, its data and the chapters to render, all checked (UsageError)."""
    from scenes.output.jobs import chapters_for
    _, config = run_config(kw)
    try:
        settings.check_drawable(config.hidden)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="'--hidden'") from None
    data = load_data(config)
    try:
        return config, data, chapters_for(data, chapters)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="'--chapters'") from None


@cli.command("video")
@training_options
@click.option("--chapters", default=None, callback=_chapter_list,
              help="Comma-separated chapters to render (see `list`); default: all.")
@click.option("--out", type=click.Path(file_okay=False), default="out", callback=_folder,
              show_default=True, help="Folder for the video, clips, subtitles and blog kit.")
@click.option("--force", is_flag=True, help="Replace files in --out that this program did not write.")
@click.option("--quality", type=click.Choice(list(settings.QUALITIES)), default="low", show_default=True,
              help=f"{settings.QUALITY_WORDS}.")
@click.option("--voice", default=None, callback=_narration_check("check_voice"),
              help="Narration voice: piper, festival, espeak, none (captions only), "
                   "piper:PATH/TO/voice.onnx, or espeak:LANG (e.g. espeak:es). "
                   "Default: the best one installed, in that order.")
@click.option("--pace", default="normal", show_default=True, callback=_narration_check("check_pace"),
              help="How fast the narration speaks: slow, normal or fast.")
@click.option("--script-dir", type=click.Path(file_okay=False), default=None, callback=_script_dir,
              help="Your own words: a folder of scripts made by `scripts --copy DIR` and rewritten, "
                   "narration and on-screen words; a chapter whose file is not there keeps the built-in words.")
@click.option("--format", "fmt", type=click.Choice(settings.VIDEO_FORMATS), default="mp4", show_default=True,
              help="mp4 (H.264, AAC), webm (VP9, Opus), or gif: silent chapter loops with the subtitles "
                   "drawn in, beside mp4 clips and an mp4 full video that keep the sound.")
@click.option("--theme", type=click.Choice(list(THEMES)), default="dark", show_default=True,
              help="Dark background, or light for white pages.")
@click.option("--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default=True,
              help="Chapters rendered at once, each in its own process.")
@click.option("--captions", type=click.Choice(settings.CAPTIONS), default="srt", show_default=True,
              help="srt: subtitle files (.srt, .vtt) beside every video; burn: also drawn into the "
                   "picture, for muted autoplay; off: none.")
@click.option("--no-cache", is_flag=True, help="Retrain and re-render everything (the cache entries are made again).")
@cache_dir_option
@click.option("--cache-limit", type=click.FloatRange(min=0), default=5, show_default=True, callback=_gigabytes,
              help="Most gigabytes the cache keeps; the least recently used entries go first.")
@click.option("--size", default=None, callback=_pixel_size, hidden=True,
              help="Frame size WIDTHxHEIGHT in pixels, overriding --quality (tests use 160x90).")
@click.option("--fps", type=click.IntRange(min=1, max=120), default=None, hidden=True,
              help="Frames per second, overriding --quality.")
@scheduler_option
def video_cmd(chapters, out, force, quality, voice, pace, script_dir, fmt, theme, jobs, captions, no_cache, cache_dir,
              cache_limit, size, fps, scheduler, **kw):
    """Train, render the chapters, stitch the full video and write the blog kit into --out."""
    from scenes import narration
    from scenes.output import cache as caching, publish, workers
    from scenes.output.jobs import jobs_for
    config, data, chapters = video_inputs(chapters, kw)
    client = open_cluster(scheduler, {narration.voice_used(voice)})
    out = publish.writable_out(out)
    publish.check_ours(out, force=force)   # before the lock file: a folder not ours gets nothing
    with publish.locked(out), workers.Warm(jobs) as warm:
        cache = open_cache(cache_dir, limit=cache_limit, fresh=no_cache)
        with cache.full_disk_is_one_line():
            # a run that trains starts its chapter workers first: they start up beside the training
            history, history_path, hkey = cache.story(config, data, say=lambda line: click.echo(line, err=True),
                                                       jobs=jobs, before_training=None if client else warm.start)
            voice = narration.voice_used(voice)   # after any fallback: what the key, manifest and summary record
            chapter_jobs = jobs_for(chapters, hkey, caching.code_key(), script_dir, quality=quality, voice=voice,
                                    pace=pace, theme=theme, fmt=fmt, size=size, fps=fps, captions=captions)
        with workers.early_join(cache, fmt) as joined:   # the sound joined while the last chapters render
            feed = joined and (lambda entry: joined.add(Path(entry["folder"]) / entry["sound_file"]))
            with cache.full_disk_is_one_line():
                entries = workers.render_chapters(chapter_jobs, cache, history_path, jobs, progress=progress_bar,
                                                  client=client, in_order=feed, pool=warm.pool)
            run_key = caching.fingerprint([job.key for job in chapter_jobs], caching.kit_key())
            manifest = publish.make(entries, history, out, run_key, force, say=lambda line: click.echo(line, err=True),
                                    joined=joined)
        cache.evict(keep={Path(e["folder"]) for e in entries} | {history_path.parent})
    total = sum(c["duration_s"] for c in manifest["chapters"])
    click.echo(summary(history))
    click.echo(f"wrote {out / manifest['video']} ({total:.0f} s, {len(entries)} chapters, voice {voice}) "
               f"and the blog kit {out / 'index.html'}")


# --- batch ---

@cli.command("batch")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default=True,
              help="Chapters rendered at once on this machine, each in its own process (without --scheduler).")
@click.option("--no-cache", is_flag=True, help="Retrain and re-render everything (the cache entries are made again).")
@cache_dir_option
@click.option("--cache-limit", type=click.FloatRange(min=0), default=5, show_default=True, callback=_gigabytes,
              help="Most gigabytes the cache keeps; the least recently used entries go first.")
@scheduler_option
def batch_cmd(file, jobs, no_cache, cache_dir, cache_limit, scheduler):
    """Render every [[variant]] of FILE, a TOML file with the keys of `video` (docs/cluster.md),
    each into its own out; a chapter two variants share is rendered once."""
    import time
    from contextlib import ExitStack

    from scenes import narration
    from scenes.output import batch, cache as caching, publish, workers
    from scenes.output.jobs import jobs_for
    started = time.perf_counter()
    try:
        variants = [batch_variant(file, i, keys) for i, keys in enumerate(batch.read(file), 1)]
    except batch.BatchError as e:
        raise click.UsageError(str(e)) from None
    twin = batch.duplicate_out([v.params["out"] for v in variants])
    if twin is not None:
        raise click.UsageError(f"{file}: variant {twin}, key 'out': {variants[twin - 1].params['out']} is an "
                               "earlier variant's out too; give each variant its own folder")
    client = open_cluster(scheduler, {narration.voice_used(v.params["voice"]) for v in variants})
    for v in variants:
        v.params["out"] = publish.writable_out(v.params["out"])
        publish.check_ours(v.params["out"], force=v.params["force"])
    say = lambda line: click.echo(line, err=True)
    with ExitStack() as held:
        for v in variants:
            held.enter_context(publish.locked(v.params["out"]))
        cache = open_cache(cache_dir, limit=cache_limit, fresh=no_cache)
        with cache.full_disk_is_one_line():
            for v in variants:
                v.history, v.history_path, hkey = cache.story(v.config, v.data, say=say, jobs=jobs)
                p = v.params
                v.jobs = jobs_for(v.chapters, hkey, caching.code_key(), p["script_dir"], quality=p["quality"],
                                  voice=narration.voice_used(p["voice"]), pace=p["pace"], theme=p["theme"],
                                  fmt=p["fmt"], size=p["size"], fps=p["fps"], captions=p["captions"])
            # one queue for every variant's chapters: each job key once
            found, todo = workers.look_up([job for v in variants for job in v.jobs], cache)
            histories = {v.jobs[0].history_key: v.history_path for v in variants}
            found.update(workers.render_missing(todo, cache, histories, jobs, progress_bar, client))
        fresh, rows, keep = {job.key for job in todo}, [], set()
        for v in variants:
            entries = workers.entries_of(v.jobs, found)
            run_key = caching.fingerprint([job.key for job in v.jobs], caching.kit_key())
            manifest = publish.make(entries, v.history, v.params["out"], run_key, v.params["force"], say=say)
            rendered = sum(job.key in fresh for job in v.jobs)
            fresh -= {job.key for job in v.jobs}
            keep |= {Path(e["folder"]) for e in entries} | {v.history_path.parent}
            rows.append({"variant": f"{v.index} {v.params['out']}", "rendered": rendered,
                         "reused": len(v.jobs) - rendered, "wall_s": time.perf_counter() - started,
                         "video_s": sum(c["duration_s"] for c in manifest["chapters"])})
        cache.evict(keep=keep)
    click.echo(batch.table(rows))


def batch_variant(file: Path, index: int, keys: dict):
    """One variant, checked by `video`'s own options: a bad value is one line naming the
    file, the variant and the key."""
    from scenes.output import batch
    flags = {opt[2:]: param.is_flag for param in video_cmd.params if isinstance(param, click.Option)
             for opt in param.opts if opt.startswith("--")}
    args = batch.arguments(keys, flags, file.parent, file, index)
    try:
        with video_cmd.make_context("video", args, parent=click.get_current_context()) as ctx:
            params = dict(ctx.params)
            config, data, chapters = video_inputs(params.pop("chapters"), params)
    except click.UsageError as e:
        param, hint = getattr(e, "param", None), getattr(e, "param_hint", None)
        key = param.opts[0] if param is not None else str(hint or "").strip("'\"")
        where = f"key {key.lstrip('-')!r}: " if key else ""
        raise click.UsageError(f"{file}: variant {index}, {where}{e.message}") from None
    return batch.Variant(index, params, config, data, chapters)


@cli.command("cache")
@cache_dir_option
@click.option("--size", "show_size", is_flag=True, help="Print how much the cache holds, and where.")
@click.option("--clear", is_flag=True, help="Empty the cache.")
def cache_cmd(cache_dir, show_size, clear):
    """See or empty the cache of trained runs and rendered chapters."""
    cache = open_cache(cache_dir)
    if clear:
        click.echo(f"freed {cache.clear() / 1e6:.1f} MB in {cache.root}")
    if show_size or not clear:
        click.echo(f"{cache.size() / 1e6:.1f} MB in {len(cache.entries())} entries at {cache.root}")

@cli.command("scripts")
@click.option("--copy", "dest", type=click.Path(file_okay=False, path_type=Path), default=None, callback=_folder,
              help="Copy the built-in scripts into this folder, to rewrite and render with --script-dir.")
@click.option("--force", is_flag=True, help="Replace scripts already in the --copy folder.")
def scripts_cmd(dest, force):
    """Where the narration scripts are, or (--copy DIR) a copy of them to rewrite."""
    from scenes import script_dir
    if dest is None:
        click.echo(f"the built-in scripts are in {script_dir.BUILT_IN}:")
        for name in script_dir.names():
            click.echo(f"  {name}.txt")
        click.echo("copy them with `render.py scripts --copy DIR`, rewrite any, render with --script-dir DIR")
        return
    try:
        copied = script_dir.copy(dest, force=force)
    except script_dir.ScriptError as e:
        raise click.BadParameter(str(e), param_hint="'--copy'") from None
    except OSError as e:
        raise click.BadParameter(f"cannot write {dest}: {e.strerror or e}", param_hint="'--copy'") from None
    click.echo(f"copied {len(copied)} scripts to {dest}; rewrite any (delete the ones you keep as they are), "
               f"then: render.py video --script-dir {dest}")


@cli.command("preview")
@click.argument("out", type=click.Path(file_okay=False, path_type=Path), default=Path("out"))
@click.option("--port", type=click.IntRange(0, 65535), default=0, help="Port to listen on; default: a free one.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on; only this machine by default.")
@click.option("--no-browser", is_flag=True, help="Only print the address; do not open a browser.")
def preview_cmd(out, port, host, no_browser):
    """Serve OUT (default out/) like a web site, with seeking, and open it in a browser."""
    from scenes.output import preview
    preview.run(out, host, port, open_browser=not no_browser)


if __name__ == "__main__":
    cli()
