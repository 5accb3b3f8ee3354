"""The layout holds: chapters are leaves, the kit never reaches into a chapter, and the
chapters' readings of the history load without manim."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHAPTERS = ROOT / "scenes" / "chapters"
KIT = ROOT / "scenes" / "kit"


def imported_modules(source: str, package: str) -> set[str]:
    """Every module `source` imports, anywhere in it (also inside functions), as dotted names;
    relative imports resolved against `package`, the one the source lives in."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(parent + ([base] if base else []))
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names}   # `from pkg import module`
    return found


def chapter_imports(path: Path, source: str | None = None) -> set[str]:
    """The chapter modules the file at `path` imports (scenes.chapters.<name>, a real file)."""
    package = ".".join(path.relative_to(ROOT).parts[:-1])
    source = path.read_text() if source is None else source
    names = {m.split(".")[2] for m in imported_modules(source, package)
             if m.startswith("scenes.chapters.") and len(m.split(".")) >= 3}
    return {n for n in names if (CHAPTERS / f"{n}.py").exists()}


def test_there_are_chapters_to_check():
    assert len(list(CHAPTERS.glob("*.py"))) >= 10


def test_no_chapter_imports_another_chapter():
    offences = {p.name: sorted(chapter_imports(p) - {p.stem}) for p in sorted(CHAPTERS.glob("*.py"))}
    assert {name: found for name, found in offences.items() if found} == {}


def test_the_kit_and_the_output_stage_import_no_chapter():
    # the output stage reaches chapters only through scenes.catalog, by name
    shared = [*KIT.glob("*.py"), *(ROOT / "scenes" / "output").glob("*.py")]
    offences = {p.name: sorted(chapter_imports(p)) for p in sorted(shared)}
    assert {name: found for name, found in offences.items() if found} == {}


def test_the_import_check_sees_every_spelling():
    """The checker itself: each way for a chapter to import another is caught."""
    planted = CHAPTERS / "recap.py"
    for line in ("from scenes.chapters.training import percent",
                 "from scenes.chapters import training",
                 "import scenes.chapters.training",
                 "from .training import percent",
                 "from . import training",
                 "def f():\n    from scenes.chapters.training import percent"):
        assert chapter_imports(planted, line) == {"training"}, line
    assert chapter_imports(planted, "from scenes.kit.readings import percent") == set()


def test_readings_load_without_manim():
    """scenes/kit/readings.py in a fresh interpreter where importing manim fails."""
    code = ("import sys; sys.modules['manim'] = None\n"
            "import scenes.kit.readings as r\n"
            "assert 'manim' not in {m.split('.')[0] for m in sys.modules if sys.modules[m] is not None}\n"
            "print(r.percent(0.5))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "50%"
