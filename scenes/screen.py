"""On-screen words, looked up in the scripts' `[screen]` sections before the run's numbers go in.

A chapter draws `self.text("right on practice: {percent}%", facts={"percent": 93})`: the
first argument is an English *template*. Its chapter's script (and `common.txt`, for the
kit's own words such as "cost" or "inputs") has a `[screen]` section of lines

    right on practice: {percent}% = acierto en la práctica: {percent} %

`English template = words to draw`; the built-in files have the same words on both sides,
and a template missing from a translation is drawn in English. A template that is only
placeholders (`"{label}"`, `"{cost:.2f}"`) is data, not words: it needs no line. Write a
line break inside a template as `\\n`.

    from scenes import screen
    screen.use(screen.table("cost", script_dir))   # what Chapter.setup does
    screen.words("cost")                           # the kit's words: 'coste' in Spanish
    screen.words("{label}", {"label": "x" * 80})   # data: shortened to LABEL_MAX with '…'

The templates are harvested from the code without running it, and the built-in [screen]
sections rewritten, by

    python -m scenes.screen --write      # idempotent; --check says what is out of date

(first arguments of `.text(`, `.caption(`, `.show_title(` in scenes/chapters/*.py and each
chapter's `title`; of `screen.words(` in scenes/kit/*.py, which go to common.txt).
"""
from __future__ import annotations

import argparse
import ast
import re
import sys
from collections.abc import Mapping
from pathlib import Path

from scenes.script_dir import BUILT_IN, COMMON, SCREEN, ScriptError, Section, placeholders, read_sections, shown

LABEL_MAX = 28         # characters of a data label drawn whole; a longer one ends in an ellipsis
ELLIPSIS = "\u2026"
SEP = " = "
CHAPTERS = Path(__file__).parent / "chapters"
KIT = Path(__file__).parent / "kit"
_CHAPTER_CALLS = ("text", "caption", "show_title")
_table: dict[str, str] = {}


# --- drawing ---

def use(words: Mapping[str, str]) -> None:
    """Draw with this table (template -> words) from now on, in this process."""
    global _table
    _table = dict(words)


def words(template: str, facts: Mapping[str, object] | None = None) -> str:
    """The words to draw for `template`: its translation (or itself), with `facts` filled in.
    Text facts are data (a class name from a CSV): shortened to LABEL_MAX characters."""
    drawn = _table.get(template, template)
    if facts is None:
        return drawn
    return drawn.format_map({k: shorten(v) if isinstance(v, str) else v for k, v in facts.items()})


def mark(template: str) -> str:
    """`template` as it is: marks words written away from their `.text(` call (a table of
    step-size names, the two words a condition picks between) so the harvest finds them, as
    gettext's N_() does. The lookup happens when they are drawn."""
    return template


def shorten(label: str, limit: int = LABEL_MAX) -> str:
    """`label` whole when it fits in `limit` characters, else its start and an ellipsis."""
    label = " ".join(str(label).split())
    return label if len(label) <= limit else label[: limit - 1].rstrip() + ELLIPSIS


def is_data(template: str) -> bool:
    """Only placeholders, numbers and signs: nothing to translate."""
    return not re.search(r"[^\W\d_]", re.sub(r"\{[^{}]*\}", "", template))


def table(name: str, script_dir: Path | None = None) -> dict[str, str]:
    """Chapter `name`'s on-screen words: common.txt's, then its own (its own win). Each file
    is the author's when their folder has it, else the built-in one (a scene with no script
    file at all, as in tests, draws its templates as written)."""
    from scenes.script_dir import script_file
    found: dict[str, str] = {}
    for part in (COMMON, name):
        path = script_file(part, script_dir)
        if path.is_file():
            built_in = path == BUILT_IN / path.name or not (BUILT_IN / path.name).is_file()
            found.update(screen_lines(read_sections(path).get(SCREEN), None if built_in else known(part), path))
    return found


def known(name: str) -> list[str]:
    """The templates of the built-in [screen] section of script `name`."""
    path = BUILT_IN / f"{name}.txt"
    return [template for template, _ in _pairs(read_sections(path).get(SCREEN), None, path)]


# --- reading a [screen] section ---

def screen_lines(section: Section | None, templates: list[str] | None, path: Path) -> dict[str, str]:
    """template -> words of a [screen] section; ScriptError for a line that is not
    `template = words`, a template not in `templates`, or words with a placeholder the
    template lacks."""
    return dict(_pairs(section, templates, path))


def _pairs(section: Section | None, templates: list[str] | None, path: Path):
    if section is None:
        return
    for number, line in section.lines:
        template, drawn = _split(line, templates)
        if template is None:
            what = line.split(SEP)[0] if SEP in line else line
            problem = (f"unknown on-screen template {what!r} (the [screen] lines of {shown(BUILT_IN / path.name)} "
                       "are the ones this chapter draws)" if SEP in line
                       else "a [screen] line is `English template = words to draw`")
            raise ScriptError(f"{path}:{number}: {problem}")
        try:
            extra = sorted(placeholders(drawn) - placeholders(template))
        except ValueError as e:
            raise ScriptError(f"{path}:{number}: {e} (write {{{{ and }}}} for a brace)") from None
        if extra:
            raise ScriptError(f"{path}:{number}: {{{extra[0]}}} is not in the template "
                              f"{template!r}, so there is no value to draw")
        yield template, drawn


def _split(line: str, templates: list[str] | None) -> tuple[str | None, str]:
    """(template, words) of one line. The built-in files (templates=None) have the same words
    on both sides; in an author's file the template is the known one before some ' = '
    (templates may hold ' = ' themselves)."""
    line = line.replace("\\n", "\n")
    cuts = [m.start() for m in re.finditer(re.escape(SEP), line)]
    for cut in cuts:
        left, right = line[:cut], line[cut + len(SEP):]
        if (left == right) if templates is None else (left in templates):
            return left, right
    return None, ""


def check_section(path: Path, mine: Section | None, built_in: Section | None) -> None:
    """An author's [screen] section fits its chapter (see screen_lines)."""
    templates = [t for t, _ in _pairs(built_in, None, BUILT_IN / path.name)]
    screen_lines(mine, templates, path)


# --- harvesting the templates from the code ---

def chapter_templates(name: str) -> tuple[list[str], list[str]]:
    """(templates, problems) of chapter module `name`: every constant first argument of its
    `.text(`, `.caption(` and `.show_title(` calls, of its `mark(` calls, and its `title`; a
    problem per call whose first argument builds its words (an f-string, `+`, `%`, `.format`):
    words no table can find. A variable passes: it holds words written with mark()."""
    path = CHAPTERS / f"{name}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    templates, problems = [], []
    for node in _in_order(tree):
        if isinstance(node, ast.ClassDef):
            templates += _title(node)
        if _is_mark(node):
            templates.append(node.args[0].value)
            continue
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in _CHAPTER_CALLS and node.args):
            continue
        first = node.args[0]
        if _choices(first):
            templates += _choices(first)
        elif _built(first):
            problems.append(f"{path}:{node.lineno}: .{node.func.attr}( takes a template, not "
                            f"{ast.unparse(first)!r}: write .{node.func.attr}(\"... {{x}} ...\", facts={{...}})")
    return _unique(t for t in templates if not is_data(t)), problems


def _is_mark(node: ast.AST) -> bool:
    if not (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)):
        return False
    func = node.func
    return (isinstance(func, ast.Name) and func.id == "mark") or (isinstance(func, ast.Attribute) and func.attr == "mark")


def _choices(node: ast.AST) -> list[str]:
    """The words a constant, or a condition between constants, can give."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, orelse = _choices(node.body), _choices(node.orelse)
        return body + orelse if body and orelse else []
    return []


def _built(node: ast.AST) -> bool:
    """Words put together in the call itself, which no [screen] line can match."""
    return (isinstance(node, (ast.JoinedStr, ast.BinOp))
            or (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"))


def _title(cls: ast.ClassDef) -> list[str]:
    for stmt in cls.body:
        if isinstance(stmt, ast.Assign):
            for target in stmt.targets:
                names = target.elts if isinstance(target, ast.Tuple) else [target]
                values = stmt.value.elts if isinstance(stmt.value, ast.Tuple) else [stmt.value]
                for n, v in zip(names, values):
                    if isinstance(n, ast.Name) and n.id == "title" and isinstance(v, ast.Constant):
                        return [v.value]
    return []


def kit_templates() -> list[str]:
    """Every constant argument of `screen.words(` in the kit, and the constant defaults of
    kit functions' `*_words` parameters (legend texts)."""
    found = []
    for path in sorted(KIT.glob("*.py")):
        for node in _in_order(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "words"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.append(node.args[0].value)
            if isinstance(node, ast.FunctionDef):
                args = node.args.args[len(node.args.args) - len(node.args.defaults):]
                found += [d.value for a, d in zip(args, node.args.defaults)
                          if a.arg.endswith("words") and isinstance(d, ast.Constant) and isinstance(d.value, str)]
    return _unique(t for t in found if not is_data(t))


def _in_order(tree: ast.AST) -> list[ast.AST]:
    """Every node, in source order: the [screen] lines follow the chapter's story."""
    nodes = [n for n in ast.walk(tree) if hasattr(n, "lineno")]
    return sorted(nodes, key=lambda n: (n.lineno, n.col_offset))


def chapter_names() -> list[str]:
    return sorted(p.stem for p in CHAPTERS.glob("*.py") if p.stem != "__init__")


def _unique(items) -> list[str]:
    return list(dict.fromkeys(items))


# --- writing the built-in [screen] sections ---

def wanted(name: str) -> list[str]:
    return kit_templates() if name == COMMON else chapter_templates(name)[0]


def section_text(templates: list[str]) -> str:
    lines = [f"{t}{SEP}{t}".replace("\n", "\\n") for t in templates]
    return "\n".join([f"[{SCREEN}]", "# on-screen words: English template = words to draw", *lines]) + "\n"


def updated(text: str, templates: list[str]) -> str:
    """`text` (a script) with its [screen] section replaced by one for `templates` (at the end)."""
    lines = text.splitlines()
    start = next((i for i, l in enumerate(lines) if l.strip() == f"[{SCREEN}]"), None)
    if start is not None:
        end = next((i for i in range(start + 1, len(lines)) if re.fullmatch(r"\[[A-Za-z0-9_-]+\]", lines[i].strip())),
                   len(lines))
        lines = lines[:start] + lines[end:]
    body = "\n".join(lines).rstrip("\n")
    return (body + "\n\n" if body else "") + section_text(templates)


def write(check_only: bool = False) -> list[Path]:
    """Rewrite the built-in scripts' [screen] sections from the code; the files that changed
    (or would change, with check_only)."""
    changed = []
    for name in [COMMON, *chapter_names()]:
        path = BUILT_IN / f"{name}.txt"
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        new = updated(old, wanted(name))
        if new != old:
            changed.append(path)
            if not check_only:
                part = path.with_name(f".{path.name}.part")
                part.write_text(new, encoding="utf-8")
                part.replace(path)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scenes.screen",
                                     description="Harvest on-screen templates into scenes/scripts/*.txt [screen].")
    parser.add_argument("--write", action="store_true", help="rewrite the [screen] sections")
    args = parser.parse_args(argv)
    problems = [p for name in chapter_names() for p in chapter_templates(name)[1]]
    for p in problems:
        print(p, file=sys.stderr)
    changed = write(check_only=not args.write)
    for path in changed:
        print(f"{'wrote' if args.write else 'out of date:'} {path}")
    return 1 if problems or (changed and not args.write) else 0


if __name__ == "__main__":
    sys.exit(main())
