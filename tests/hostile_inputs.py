"""Hostile inputs: each one a command line, what it must give, and what it gives.

    python tests/hostile_inputs.py            # runs every row, writes docs/hostile-inputs.md

Every row must end with its exit code, one line naming what is wrong (or the help), no
traceback, and nothing written where the row says so. tests/test_hostile_inputs.py runs
the same rows under pytest. Rows are quick: each fails before training or rendering.
"""
from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from click.testing import CliRunner
from filelock import FileLock

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from render import cli  # noqa: E402

COST = (ROOT / "scenes" / "scripts" / "cost.txt").read_text(encoding="utf-8")   # ends in its [screen]
GOOD_CSV = "a,b,label\n" + "".join(f"{i},{i * 2},{'yes' if i % 2 else 'no'}\n" for i in range(20))


@dataclass
class Row:
    args: list[str]                   # {tmp} is the row's own scratch folder
    code: int
    words: str                        # must appear in the output
    files: dict[str, str] = field(default_factory=dict)   # made in {tmp} first (name -> text)
    untouched: tuple[str, ...] = ()   # must hold the same bytes afterwards
    one_line: bool = True
    busy: str | None = None           # a folder whose render lock another run holds


def train(*args, **kw) -> Row:
    return Row(["train", *args, "--save", "{tmp}/h.json"], **kw)


def video(*args, **kw) -> Row:
    return Row(["video", "--out", "{tmp}/out", "--cache-dir", "{tmp}/cache", *args], **kw)


def csv(text: str, words: str) -> Row:
    return train("--dataset", "{tmp}/d.csv", code=2, words=words, files={"d.csv": text})


def toml(text: str, words: str) -> Row:
    return train("--config", "{tmp}/c.toml", code=2, words=words, files={"c.toml": text})


ROWS = [
    # the training options, on the command line
    train("--hidden", "0", code=2, words="at least 1"),
    train("--hidden", "-4", code=2, words="at least 1"),
    train("--hidden", "", code=2, words="at least one hidden layer"),
    train("--hidden", "16,2.5", code=2, words="whole numbers"),
    train("--hidden", "16,,4", code=2, words="whole numbers"),
    train("--hidden", "²", code=2, words="whole numbers"),
    train("--hidden", "1000000000", code=2, words="at most 4096"),
    train("--hidden", "99999999999999999999999", code=2, words="at most 4096"),
    train("--hidden", ",".join(["2"] * 17), code=2, words="at most 16 hidden layers"),
    train("--lr", "-0.1", code=2, words="above 0"),
    train("--lr", "0", code=2, words="above 0"),
    train("--lr", "inf", code=2, words="finite"),
    train("--lr", "nan", code=2, words="finite"),
    train("--lr", "1e400", code=2, words="finite"),
    train("--lr", "fast", code=2, words="must be a number"),
    train("--epochs", "0", code=2, words="at least 1"),
    train("--epochs", "2.5", code=2, words="whole number"),
    train("--epochs", "²", code=2, words="whole number"),
    train("--epochs", "18446744073709551616", code=2, words="at most 100,000"),
    train("--batch-size", "0", code=2, words="at least 1"),
    train("--batch-size", "some", code=2, words="whole number"),
    train("--seed", "-1", code=2, words="at least 0"),
    train("--seed", "x", code=2, words="whole number"),
    train("--test-fraction", "0", code=2, words="between 0 and 1"),
    train("--test-fraction", "1", code=2, words="between 0 and 1"),
    train("--test-fraction", "1.5", code=2, words="between 0 and 1"),
    train("--dataset", "mnist", code=2, words="neither a built-in"),
    train("--dataset", "{tmp}/gone.csv", code=2, words="no such file"),
    train("--preset", "huge", code=2, words="not one of"),
    train("--activation", "swish", code=2, words="not one of"),
    train("--init", "zeros", code=2, words="not one of"),
    train("--cost", "hinge", code=2, words="not one of"),
    train("--model", "conv", "--preset", "tiny", code=2, words="--preset does not apply to --model conv"),
    train("--model", "conv", "--dataset", "moons", code=2, words="--dataset digits"),
    train("--unknown-flag", code=2, words="No such option"),
    # --save
    Row(["train", "--save", ""], code=2, words="give a file name"),
    Row(["train", "--save", "{tmp}/file/h.json"], code=2, words="is a file, not a folder", files={"file": ""}),
    Row(["train", "--save", "{tmp}"], code=2, words="directory"),
    # a CSV file
    csv("a,b,label\n1,2,x\n3\n" + GOOD_CSV.split("\n", 1)[1], "line 3 has 1 columns"),
    csv("a,label\n" + "".join(f"{i},x\n" for i in range(20)), "at least two classes"),
    csv("a,label\nq,x\n" + "".join(f"{i},{i % 2}\n" for i in range(20)), "not a number"),
    csv("a,label\n1,x\n2,y\n", "at least 10 rows"),
    csv(GOOD_CSV + "7,8, \n", "has an empty label"),
    csv(GOOD_CSV + "inf,1,yes\n", "finite"),
    csv("label\n" + "".join(f"{i % 2}\n" for i in range(20)), "at least one feature column"),
    csv("", "header row"),
    # a TOML file
    toml('colour = "red"\n', "unknown key 'colour'"),
    toml('epochs = "ten"\n', "key 'epochs'"),
    toml('hidden = ["a"]\n', "key 'hidden'"),
    toml('lr = -2\n', "key 'lr'"),
    toml('epochs = 2.5\n', "whole number"),
    toml('preset = 3\n', "key 'preset'"),
    toml('hidden = [16\n', "not valid TOML"),
    toml('epochs = 1_000_000\n', "at most 100,000"),
    Row(["train", "--config", "{tmp}/none.toml"], code=2, words="cannot read it"),
    # the video's own options
    video("--chapters", "intro,middle", code=2, words="unknown chapter middle"),
    video("--chapters", ",", code=2, words="unknown chapter"),
    video("--chapters", "convnet", "--preset", "tiny", code=2, words="needs pictures"),
    video("--hidden", "300", code=2, words="at most 128 neurons"),
    video("--hidden", "4,4,4,4,4", code=2, words="at most 4 hidden layers"),
    video("--quality", "8k", code=2, words="'8k' is not one of"),
    video("--voice", "alexa", code=2, words="unknown voice 'alexa'"),
    video("--voice", "piper:/nonexistent.onnx", code=2, words="--voice"),
    video("--pace", "fasst", code=2, words="--pace"),
    video("--format", "avi", code=2, words="'avi' is not one of"),
    video("--captions", "yes", code=2, words="'yes' is not one of"),
    video("--theme", "pink", code=2, words="'pink' is not one of"),
    video("--jobs", "0", code=2, words="--jobs"),
    video("--size", "15x9", code=2, words="even pixels"),
    video("--fps", "500", code=2, words="--fps"),
    video("--cache-limit", "-1", code=2, words="--cache-limit"),
    # folders that are not ours
    Row(["video", "--preset", "tiny", "--out", ""], code=2, words="give a folder name"),
    Row(["video", "--preset", "tiny", "--out", "{tmp}/file/out"], code=2, words="cannot write to --out",
        files={"file": ""}),
    video("--preset", "tiny", code=2, words="already holds index.html", files={"out/index.html": "my page"},
          untouched=("out/index.html",)),
    video("--preset", "tiny", "--no-cache", code=2, words="already holds chapters/01-intro.mp4",
          files={"out/chapters/01-intro.mp4": "mine"}, untouched=("out/chapters/01-intro.mp4",)),
    video("--preset", "tiny", code=2, words="not an nn-explainer cache", files={"cache/pip/wheel": "precious"},
          untouched=("cache/pip/wheel",)),
    video("--preset", "tiny", code=2, words="is busy", busy="out"),
    Row(["cache", "--size", "--cache-dir", "{tmp}/home"], code=2, words="not an nn-explainer cache",
        files={"home/.bashrc": "mine"}, untouched=("home/.bashrc",)),
    Row(["cache", "--clear", "--cache-dir", "{tmp}/home"], code=2, words="not an nn-explainer cache",
        files={"home/.bashrc": "mine"}, untouched=("home/.bashrc",)),
    # an author's scripts (--script-dir), checked before any training
    video("--script-dir", "{tmp}/nope", code=2, words="no such folder"),
    video("--script-dir", "{tmp}/w", code=2, words="cost.txt:1: unknown section [startt]",
          files={"w/cost.txt": "[startt]\nHola.\n"}),
    video("--script-dir", "{tmp}/w", code=2, words="unknown placeholder {nope}",
          files={"w/cost.txt": COST.replace("{truth_label}", "{nope}")}),
    video("--script-dir", "{tmp}/w", code=2, words="missing section [goal]",
          files={"w/cost.txt": COST.replace("[goal]", "# [goal]")}),
    video("--script-dir", "{tmp}/w", code=2, words="lacks <bookmark mark='average'/>",
          files={"w/cost.txt": COST.replace("<bookmark mark='average'/>", "")}),
    video("--script-dir", "{tmp}/w", code=2, words="unknown on-screen template 'zeroo'",
          files={"w/cost.txt": COST + "zeroo = cero\n"}),
    video("--script-dir", "{tmp}/w", code=2, words="{n} is not in the template 'glow'",
          files={"w/cost.txt": COST + "glow = {n} brillo\n"}),
    video("--script-dir", "{tmp}/w", code=2, words="no chapter is called 'costs'", files={"w/costs.txt": "[a]\nb\n"}),
    Row(["scripts", "--copy", "{tmp}/w"], code=2, words="cost.txt exists", files={"w/cost.txt": "mine"},
        untouched=("w/cost.txt",)),
    video("--voice", "espeak:ES", code=2, words="language code"),
    # no arguments: the help, not an error
    Row([], code=2, words="Usage: ", one_line=False),
]


def run(row: Row, tmp: Path) -> tuple[bool, str]:
    """(passed, what happened in a few words) for one row, in the scratch folder `tmp`."""
    for name, text in row.files.items():
        (tmp / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp / name).write_text(text)
    before = {name: (tmp / name).read_bytes() for name in row.untouched}
    args = [a.replace("{tmp}", str(tmp)) for a in row.args]
    if row.busy:
        (tmp / row.busy).mkdir(parents=True, exist_ok=True)
        from scenes.output.publish import LOCK
        with FileLock(tmp / row.busy / LOCK, timeout=0):
            result = CliRunner().invoke(cli, args)
    else:
        result = CliRunner().invoke(cli, args)
    lines = result.output.strip().splitlines()
    got = f"exit {result.exit_code}: {lines[-1] if row.one_line and lines else (lines or [''])[0]}"
    passed = (result.exit_code == row.code and row.words in result.output
              and isinstance(result.exception, (SystemExit, type(None))) and "Traceback" not in result.output
              and (not row.one_line or len(lines) == 1) and not (tmp / "h.json").exists()
              and all((tmp / name).read_bytes() == data for name, data in before.items()))
    return passed, got


def shown(row: Row) -> str:
    files = "".join(f" with {name} = `{_short(text)}`" for name, text in row.files.items())
    busy = f" (while another render holds {row.busy}/)" if row.busy else ""
    return "`render.py " + " ".join(a if a else '""' for a in row.args) + "`" + files + busy


def _short(text: str, most: int = 56) -> str:
    """A planted file's text for the table: escapes shown, long middles cut."""
    shown = repr(text)[1:-1].replace("`", "'")
    return shown if len(shown) <= most else f"{shown[:most - 24]} ... {shown[-18:]}"


def main() -> int:
    lines = ["# Hostile inputs", "",
             "Generated by `python tests/hostile_inputs.py` (tests/test_hostile_inputs.py runs the same rows).",
             "Each must exit with the code shown, with one line naming what is wrong and no traceback,",
             "and write nothing (no --save file; the files a row plants stay byte for byte).", "",
             "| # | input | expected | result |", "|---|---|---|---|"]
    failed = 0
    for i, row in enumerate(ROWS, start=1):
        with tempfile.TemporaryDirectory() as tmp:
            passed, got = run(row, Path(tmp))
        failed += not passed
        got = got.replace(tmp, "{tmp}").replace("|", "\\|")
        lines.append(f"| {i} | {shown(row).replace('|', chr(92) + '|')} | exit {row.code}, \"{row.words}\" | "
                     f"{'pass' if passed else 'FAIL'}: {got} |")
    (ROOT / "docs" / "hostile-inputs.md").write_text("\n".join(lines) + "\n")
    print(f"{len(ROWS) - failed} of {len(ROWS)} rows pass; docs/hostile-inputs.md written")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
