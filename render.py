"""nn-explainer: turn a real training run into a narrated explainer video.

    python render.py list
    python render.py train --preset tiny --save run.json
    python render.py video
"""
from __future__ import annotations

import functools
import sys
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
    shape = "-".join(map(str, c["sizes"]))
    return "\n".join([
        f"trained {c['dataset']}: a {shape} network ({c['activation']}), "
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
    for name, title in catalog.titles().items():
        click.echo(f"chapter  {name:<9} {title}")
    for name, words in presets.DESCRIPTIONS.items():
        click.echo(f"preset   {name:<9} {words}")


@cli.command("train")
@training_options
@click.option("--save", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the history JSON to this file.")
def train_cmd(save: Path | None, **kw):
    """Train the network only and print a summary."""
    _, config = run_config(kw)
    data = load_data(config)
    history = train_with_progress(config, data)
    click.echo(summary(history))
    if save:
        try:
            history.save(save)
        except OSError as e:
            raise click.ClickException(f"cannot write --save {save}: {e.strerror}") from None
        click.echo(f"history saved to {save}")


if __name__ == "__main__":
    cli()
