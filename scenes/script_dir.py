"""An author's folder of scripts (`--script-dir DIR`): where each chapter's words come from.

    from scenes import script_dir
    script_dir.copy(Path("my-words"))             # the built-in scripts, to rewrite
    script_dir.check(Path("my-words"))            # ScriptError "my-words/cost.txt:12: ..." if wrong
    script_dir.script_file("cost", Path("my-words"))   # my-words/cost.txt, or the built-in one

A script is plain text: a line `[key]`, then that section's words. Every section but
`[screen]` is narration; `[screen]` holds the on-screen words (scenes/screen.py).
`common.txt` holds only a `[screen]` section: the kit's words, shared by every chapter.

A chapter whose file the author did not copy speaks and draws the built-in words: an
author may translate one chapter, or rewrite two, and leave the rest as they are.
The check compares each author's file with its built-in twin, which is the list of what
the scene needs: the same narration sections, no placeholder the chapter cannot fill,
every bookmark the scene waits for, and only on-screen templates the chapter draws.
Nothing here imports manim: the check runs before any training or rendering.
"""
from __future__ import annotations

import ast
import difflib
import re
import shutil
import string
from dataclasses import dataclass, field
from pathlib import Path

BUILT_IN = Path(__file__).parent / "scripts"
COMMON = "common"      # the kit's on-screen words, shared by every chapter
SCREEN = "screen"      # the section of on-screen words
_KEY_LINE = re.compile(r"\[([A-Za-z0-9_-]+)\]")
# manim-voiceover's own pattern (manim_voiceover.helper.remove_bookmarks)
BOOKMARK = re.compile(r"<bookmark\s*mark\s*=['\"](\w*)[\"']\s*/>")


class ScriptError(ValueError):
    """One line: `file:line: problem`."""


@dataclass
class Section:
    key: str
    line: int                                   # the [key] line's number
    lines: list[tuple[int, str]] = field(default_factory=list)   # (number, stripped text)

    @property
    def text(self) -> str:
        return " ".join(words for _, words in self.lines)


def read_sections(path: Path) -> dict[str, Section]:
    """The sections of script `path`, in order. Blank lines and `#` lines are skipped."""
    sections: dict[str, Section] = {}
    current = None
    try:
        raw_lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise ScriptError(f"{path}:1: not UTF-8 text") from None
    except OSError as e:
        raise ScriptError(f"{path}:1: cannot read it: {e.strerror or e}") from None
    for number, raw in enumerate(raw_lines, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _KEY_LINE.fullmatch(line)
        if match:
            key = match.group(1)
            if key in sections:
                raise ScriptError(f"{path}:{number}: [{key}] appears twice")
            current = sections[key] = Section(key, number)
        elif current is None:
            raise ScriptError(f"{path}:{number}: words before the first [key] line")
        else:
            current.lines.append((number, line))
    return sections


def shown(path: Path) -> str:
    """A built-in script's path as the project names it (scenes/scripts/cost.txt)."""
    try:
        return Path(path).relative_to(BUILT_IN.parent.parent).as_posix()
    except ValueError:
        return str(path)


def names() -> list[str]:
    """Every built-in script: the chapters' and common."""
    return sorted(p.stem for p in BUILT_IN.glob("*.txt"))


def script_file(name: str, script_dir: Path | None = None) -> Path:
    """The author's `name`.txt when their folder has it, else the built-in one."""
    if script_dir is not None:
        mine = Path(script_dir) / f"{name}.txt"
        if mine.is_file():
            return mine
    return BUILT_IN / f"{name}.txt"


def used_files(name: str, script_dir: Path | None) -> list[Path]:
    """The author's files a chapter reads (its own, and common.txt), those that exist."""
    if script_dir is None:
        return []
    return [p for p in (Path(script_dir) / f"{name}.txt", Path(script_dir) / f"{COMMON}.txt") if p.is_file()]


# --- placeholders and bookmarks ---

def placeholders(text: str) -> set[str]:
    """The `{name}` fields of a template ('{cost:.2f}' gives 'cost'); ValueError on a stray brace."""
    fields = set()
    for _, name, _, _ in string.Formatter().parse(text):
        if name is not None:
            fields.add(re.split(r"[.\[]", name, maxsplit=1)[0])
    return fields


def bookmarks(text: str) -> list[str]:
    return BOOKMARK.findall(text)


def base_fact_names() -> set[str]:
    """The facts every chapter has (scenes.kit.chapter.base_facts' keys), read from its source
    without importing manim."""
    tree = ast.parse((Path(__file__).parent / "kit" / "chapter.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "base_facts":
            for ret in ast.walk(node):
                if isinstance(ret, ast.Return) and isinstance(ret.value, ast.Dict):
                    return {k.value for k in ret.value.keys if isinstance(k, ast.Constant)}
    return set()


# --- checking an author's folder ---

def check(script_dir: Path) -> None:
    """Every script in `script_dir` fits the scenes; the first problem as ScriptError."""
    from scenes import screen
    script_dir = Path(script_dir)
    if not script_dir.is_dir():
        raise ScriptError(f"{script_dir}: no such folder (make one with `render.py scripts --copy {script_dir}`)")
    known = names()
    base = base_fact_names()
    for path in sorted(script_dir.glob("*.txt")):
        if path.stem not in known:
            raise ScriptError(f"{path}:1: no chapter is called {path.stem!r} "
                              f"(the scripts are {', '.join(n + '.txt' for n in known)})")
        mine, built_in = read_sections(path), read_sections(BUILT_IN / path.name)
        _check_narration(path, mine, built_in, base)
        screen.check_section(path, mine.get(SCREEN), built_in.get(SCREEN))


def _check_narration(path: Path, mine: dict[str, Section], built_in: dict[str, Section], base: set[str]) -> None:
    own = sorted({name for s in built_in.values() if s.key != SCREEN for name in placeholders(s.text)})
    facts = base | set(own)
    for key, section in mine.items():
        if key == SCREEN:
            continue
        if key not in built_in:
            raise ScriptError(f"{path}:{section.line}: unknown section [{key}] "
                              f"(this chapter says {', '.join(k for k in built_in if k != SCREEN)})")
        if not section.lines:
            raise ScriptError(f"{path}:{section.line}: [{key}] has no words")
        for number, line in section.lines:
            try:
                unknown = sorted(placeholders(line) - facts)
            except ValueError as e:
                raise ScriptError(f"{path}:{number}: {e} (write {{{{ and }}}} for a brace)") from None
            if unknown:
                near = difflib.get_close_matches(unknown[0], sorted(facts), n=1)
                hint = (f"did you mean {{{near[0]}}}?" if near else
                        f"its built-in script uses {', '.join('{' + f + '}' for f in own) or 'none'}")
                raise ScriptError(f"{path}:{number}: unknown placeholder {{{unknown[0]}}} ({hint})")
        lacking = [m for m in bookmarks(built_in[key].text) if m not in bookmarks(section.text)]
        if lacking:
            raise ScriptError(f"{path}:{section.line}: [{key}] lacks <bookmark mark='{lacking[0]}'/>, "
                              "which the scene waits for")
    missing = [key for key in built_in if key != SCREEN and key not in mine]
    if missing:
        raise ScriptError(f"{path}:1: missing section [{missing[0]}] (copy it from {shown(BUILT_IN / path.name)}; "
                          "a chapter you do not change needs no file)")


# --- copying and keys ---

def copy(dest: Path, force: bool = False) -> list[Path]:
    """Copy the built-in scripts into `dest`; an existing file there is replaced only with
    `force` (ScriptError naming it otherwise, before anything is copied)."""
    dest = Path(dest)
    if dest.exists() and not dest.is_dir():
        raise ScriptError(f"{dest} is a file, not a folder")
    sources = sorted(BUILT_IN.glob("*.txt"))
    if not force:
        there = [dest / p.name for p in sources if (dest / p.name).exists()]
        if there:
            raise ScriptError(f"{there[0]} exists; add --force to replace it with the built-in script")
    dest.mkdir(parents=True, exist_ok=True)
    for src in sources:
        part = dest / f".{src.name}.part"
        shutil.copyfile(src, part)
        part.replace(dest / src.name)
    return [dest / p.name for p in sources]
