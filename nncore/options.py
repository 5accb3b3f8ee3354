"""Training options from flags and TOML files: checked once, the same way for both.

Each parser takes the raw value and returns the clean one, or raises ValueError with a
message that says what would be right. The CLI names the option; the TOML reader the key.
"""
from __future__ import annotations

import math
import tomllib
from pathlib import Path

from nncore import activations, datasets, init, presets
from nncore.costs import COSTS
from nncore.train import ConvConfig, TrainConfig

# bounds that keep a run inside a laptop's memory and an afternoon
MOST_NEURONS = 4096        # a 4096x4096 layer is 134 MB of weights, and its gradient as much again
MOST_LAYERS = 16
MOST_EPOCHS = 100_000      # every epoch is a line in history.json; the presets use 30 and 800


def parse_hidden(value) -> list[int]:
    """'16,16' (or a TOML list) -> [16, 16]; every size a whole number of at least 1."""
    parts = value if isinstance(value, list) else str(value).split(",")
    if not parts or parts == [""]:
        raise ValueError("give at least one hidden layer size, e.g. 16 or 16,16")
    if len(parts) > MOST_LAYERS:
        raise ValueError(f"at most {MOST_LAYERS} hidden layers; got {len(parts)}")
    sizes = []
    for part in parts:
        text = str(part).strip()
        if isinstance(part, bool) or not _is_whole(text):
            raise ValueError(f"layer sizes must be whole numbers like 16,16; got {text!r}")
        if int(text) < 1:
            raise ValueError(f"layer sizes must be at least 1; got {text}")
        if int(text) > MOST_NEURONS:
            raise ValueError(f"layer sizes must be at most {MOST_NEURONS} (more would not fit in memory "
                             f"or train in numpy in reasonable time); got {text}")
        sizes.append(int(text))
    return sizes


def parse_lr(value) -> float:
    lr = _number(value, "the learning rate")
    if not math.isfinite(lr) or lr <= 0:
        raise ValueError(f"the learning rate must be a finite number above 0, e.g. 0.5; got {value}")
    return lr


def parse_epochs(value) -> int:
    epochs = _whole(value, "epochs", least=1)
    if epochs > MOST_EPOCHS:
        raise ValueError(f"epochs must be at most {MOST_EPOCHS:,} (each is recorded in the history, and "
                         f"more would take days); got {value}")
    return epochs


def parse_seed(value) -> int:
    return _whole(value, "the seed", least=0)


def parse_batch_size(value) -> int | None:
    """A whole number of at least 1, or 'all' (full batch, stored as None)."""
    if value is None or str(value).strip().lower() in ("all", "full"):
        return None
    return _whole(value, "the batch size (or 'all')", least=1)


def parse_test_fraction(value) -> float:
    f = _number(value, "the test fraction")
    if not 0 < f < 1:
        raise ValueError(f"the test fraction must be between 0 and 1 (exclusive), e.g. 0.2; got {value}")
    return f


def _choice(choices):
    def parse(value) -> str:
        if value not in choices:
            raise ValueError(f"{value!r} is not one of {', '.join(choices)}")
        return value
    return parse


def parse_dataset(value) -> str:
    text = str(value)
    if text in datasets.BUILT_IN or text.lower().endswith(".csv") or Path(text).exists():
        return text
    raise ValueError(f"{text!r} is neither a built-in ({', '.join(datasets.BUILT_IN)}) nor a .csv file")


PARSERS = {
    "preset": _choice(tuple(presets.PRESETS)),
    "dataset": parse_dataset,
    "hidden": parse_hidden,
    "activation": _choice(activations.HIDDEN),
    "init": _choice(init.METHODS),
    "cost": _choice(tuple(COSTS)),
    "lr": parse_lr,
    "epochs": parse_epochs,
    "batch_size": parse_batch_size,
    "seed": parse_seed,
    "test_fraction": parse_test_fraction,
}


def load_toml(path: Path) -> dict:
    """A TOML file's tables; ValueError, naming the file, when it cannot be read or parsed."""
    try:
        return tomllib.loads(Path(path).read_text())
    except OSError as e:
        raise ValueError(f"{path}: cannot read it ({e.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ValueError(f"{path}: not valid TOML ({e})") from None


def read_toml(path: Path) -> dict:
    """The training options in a TOML file, checked; ValueError names the file and key."""
    doc = load_toml(path)
    out = {}
    for key, value in doc.items():
        name = key.replace("-", "_")
        if name not in PARSERS:
            raise ValueError(f"{path}: unknown key {key!r}; known keys: {', '.join(k.replace('_', '-') for k in PARSERS)}")
        if name in ("lr", "test_fraction", "epochs", "seed") and isinstance(value, str):
            raise ValueError(f"{path}: key {key!r} must be a number, not text ({value!r})")
        try:
            out[name] = PARSERS[name](value)
        except ValueError as e:
            raise ValueError(f"{path}: key {key!r}: {e}") from None
    return out


def resolve(flags: dict, config_file: Path | None = None) -> tuple[str, TrainConfig]:
    """Preset values, then the TOML file's, then the flags': the last one given wins. A CSV
    given without a preset starts from its recipe, chosen from the data (presets.recipe).

    `flags` holds the flags given, parsed (a batch size of None, from 'all', is full batch).
    """
    given = read_toml(config_file) if config_file else {}
    given.update(flags)
    preset = given.pop("preset", None)
    dataset = given.get("dataset")
    if preset is None and dataset not in datasets.BUILT_IN and dataset is not None:
        try:
            return "csv", presets.csv_config(dataset, **given)
        except datasets.DatasetError:
            pass     # loading the data says what is wrong with it, naming --dataset
    preset = preset or presets.preset_for_dataset(dataset)
    return preset, presets.config_for(preset, **given)


# what a convnet run (`--model conv`) takes: its layers are fixed (3x3 kernels, relu, 2x2
# pooling, a softmax output with the cross-entropy cost), so a preset, hidden sizes, an
# activation or a cost do not apply to it. Every init does: it sets the kernels' start.
CONV_OPTIONS = ("dataset", "init", "lr", "epochs", "batch_size", "seed", "test_fraction")


def conv_config(flags: dict, config_file: Path | None = None) -> ConvConfig:
    """A convnet run's settings: its own defaults, then the TOML file's, then the flags'.

    ValueError naming the first option given that does not apply to a convnet.
    """
    takes = ", ".join("--" + name.replace("_", "-") for name in CONV_OPTIONS)
    given = read_toml(config_file) if config_file else {}
    for name in given:
        if name not in CONV_OPTIONS:
            raise ValueError(f"{config_file}: key {name.replace('_', '-')!r} does not apply to --model conv "
                             f"(its layers are fixed); it takes {takes}")
    for name in flags:          # the flags given (a batch size of None is 'all', given)
        if name not in CONV_OPTIONS:
            raise ValueError(f"--{name.replace('_', '-')} does not apply to --model conv "
                             f"(its layers are fixed); it takes {takes}")
    given.update(flags)
    if given.get("batch_size") == "all":
        given["batch_size"] = None
    return ConvConfig(**given)


def _number(value, what: str) -> float:
    if isinstance(value, bool):
        raise ValueError(f"{what} must be a number; got {value}")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what} must be a number; got {value!r}") from None


def _whole(value, what: str, least: int) -> int:
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        raise ValueError(f"{what} must be a whole number; got {value}")
    text = str(value).strip()
    if not _is_whole(text):
        raise ValueError(f"{what} must be a whole number; got {value!r}")
    if int(text) < least:
        raise ValueError(f"{what} must be at least {least}; got {text}")
    return int(text)


def _is_whole(text: str) -> bool:
    """Digits 0-9 with an optional sign: str.isdigit() also takes '²', which int() refuses."""
    digits = text[1:] if text[:1] in "+-" else text
    return digits.isascii() and digits.isdigit()
