"""On-screen words: templates looked up in [screen] sections, harvested from the code, drawn
in another language; long labels shortened; a voice for that language."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from render import cli
from scenes import narration, screen, script_dir
from scenes.script_dir import read_sections

SPANISH = Path(__file__).parent.parent / "examples" / "es"


@pytest.fixture(autouse=True)
def english():
    """Every test starts and ends drawing the built-in words."""
    screen.use({})
    yield
    screen.use({})


# --- lookup ---

def test_a_template_is_looked_up_before_the_facts_go_in():
    screen.use({"right on practice: {percent}%": "acierto en la práctica: {percent} %"})
    assert screen.words("right on practice: {percent}%", {"percent": 93}) == "acierto en la práctica: 93 %"
    assert screen.words("not translated {n}", {"n": 2}) == "not translated 2"     # falls back to English
    assert screen.words("{cost:.2f}", {"cost": 0.123}) == "0.12"


def test_a_long_label_is_shortened_with_an_ellipsis():
    drawn = screen.words("{label}", {"label": "a" * 500})
    assert len(drawn) == screen.LABEL_MAX and drawn.endswith("\u2026")
    assert screen.shorten("short label") == "short label"
    assert screen.shorten("x\n" * 3) == "x x x"                                  # one line


def test_data_templates_need_no_translation():
    assert screen.is_data("{label}") and screen.is_data("{cost:.2f}") and screen.is_data("= {v}")
    assert not screen.is_data("gap {gap}") and not screen.is_data("cero")


def test_a_screen_line_may_hold_equals_signs(tmp_path):
    path = tmp_path / "backprop.txt"
    path.write_text("[screen]\nmiss = {said} - {answer} = {miss} = fallo = {said} - {answer} = {miss}\n")
    pairs = screen.screen_lines(read_sections(path)["screen"], ["miss = {said} - {answer} = {miss}"], path)
    assert pairs == {"miss = {said} - {answer} = {miss}": "fallo = {said} - {answer} = {miss}"}


def test_the_chapter_table_is_common_then_its_own(tmp_path):
    (tmp_path / "common.txt").write_text("[screen]\ncost = coste\nsteps = pasos\n")
    (tmp_path / "cost.txt").write_text((SPANISH / "cost.txt").read_text())
    table = screen.table("cost", tmp_path)
    assert table["cost"] == "coste" and table["The cost"] == "El coste"
    intro = screen.table("intro", tmp_path)                                  # built-in intro, author's common
    assert intro["cost"] == "coste" and intro["A network that learns"] == "A network that learns" and "inputs" not in intro


# --- the kit's words go through the table ---

def test_the_kit_draws_its_words_from_the_table():
    from scenes.kit import legend, plots
    from scenes.kit.network_diagram import NetworkDiagram, layer_names
    from scenes.kit.theme import current
    screen.use({"cost": "coste", "steps": "pasos", "inputs": "entradas", "hidden": "ocultas",
                "outputs": "salidas", "wants to turn up": "quiere subir"})
    curve = plots.CostCurve([0, 1], [1.0, 0.5], last_step=1)
    assert {t.original_text for t in curve.labels} >= {"coste", "pasos"}
    diagram = NetworkDiagram([np.zeros((3, 2)), np.zeros((1, 3))], [np.zeros(3), np.zeros(1)])
    assert [t.original_text for t in layer_names(diagram, current())] == ["entradas", "ocultas", "salidas"]
    assert [row[1].original_text for row in legend.turn_legend()] == ["quiere subir", "wants to turn down"]
    long = plots.class_legend(["x" * 500, "b"], ["#ffffff", "#000000"])
    assert long.width < 14 and long[0][1].original_text.endswith("\u2026")


# --- harvesting ---

def test_the_built_in_screen_sections_are_up_to_date():
    """Run `python -m scenes.screen --write` after changing a chapter's on-screen words."""
    assert screen.write(check_only=True) == []


def test_every_chapter_draws_templates_not_built_strings():
    """self.text("... {x} ...", facts={"x": ...}), never an f-string or words added up; a pure
    data label is the template "{name}"; words kept in a variable are written with mark()."""
    problems = [p for name in screen.chapter_names() for p in screen.chapter_templates(name)[1]]
    assert problems == [], f"{len(problems)} calls, e.g. {problems[:3]}"


def test_the_harvest_finds_constants_and_flags_the_rest(tmp_path, monkeypatch):
    (tmp_path / "demo.py").write_text(
        'class Demo:\n    name, title = "demo", "A demo"\n'
        '    def construct(self, x, words):\n'
        '        self.text("gap {gap}", facts={"gap": x})\n'
        '        self.text("{label}", facts={"label": x})\n'
        '        self.caption("a caption")\n'
        '        self.caption(None)\n'
        '        self.text(f"gap {x}")\n'
        '        self.text("gap " + x)\n'
        '        self.text(words)\n'
        '        self.text(mark("tiny steps") if x else screen.mark("huge steps"))\n')
    monkeypatch.setattr(screen, "CHAPTERS", tmp_path)
    templates, problems = screen.chapter_templates("demo")
    assert templates == ["A demo", "gap {gap}", "a caption", "tiny steps", "huge steps"]
    assert [p.split(":")[1] for p in problems] == ["8", "9"] and "f'gap {x}'" in problems[0]


def test_writing_is_idempotent_and_keeps_the_narration(tmp_path):
    text = (script_dir.BUILT_IN / "cost.txt").read_text()
    once = screen.updated(text, ["The cost", "zero"])
    assert screen.updated(once, ["The cost", "zero"]) == once
    assert once.split("[screen]")[0].rstrip() == text.split("[screen]")[0].rstrip()
    assert once.endswith("The cost = The cost\nzero = zero\n")


def test_the_kit_words_are_harvested():
    words = screen.kit_templates()
    assert {"cost", "steps", "inputs", "hidden", "outputs", "wants to turn up"} <= set(words)


def test_the_spanish_sample_translates_every_cost_template_it_knows():
    table = screen.table("cost", SPANISH)
    assert all(table[t] != t for t in screen.known("cost")), "examples/es/cost.txt: a template left in English"
    assert all(screen.table("intro", SPANISH)[t] != t for t in screen.known("common"))


# --- a voice for the language ---

@pytest.mark.parametrize("voice,words", [("espeak:ES", "language code"), ("espeak:", "language code"),
                                         ("espeak:es;rm", "language code"), ("espeaks", "unknown voice")])
def test_a_bad_espeak_language_is_one_line_exit_2(tmp_path, voice, words):
    result = CliRunner().invoke(cli, ["video", "--voice", voice, "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    assert "--voice" in result.output and words in result.output and not (tmp_path / "o").exists()


@pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng not installed")
def test_espeak_speaks_the_language_asked_for(tmp_path):
    assert narration.check_voice("espeak:es") == "espeak:es"
    with pytest.raises(ValueError, match="no voice for 'zz'"):
        narration.check_voice("espeak:zz")
    service = narration.service_for("espeak:es", tmp_path)
    assert service.settings()["args"][:2] == ["-v", "es"]
    data = service.generate_from_text("El coste de este ejemplo.")
    assert narration.wav_seconds(tmp_path / data["original_audio"]) > 0.5


# --- the Spanish sample, rendered ---

def test_the_spanish_sample_draws_spanish_words(story_file, tmp_path):
    from scenes import catalog
    from scenes.output import studio
    from tests.chapter_checks import TINY
    entry = studio.render_chapter("cost", story_file("digits"), tmp_path, catalog.index("cost"),
                                  script_dir=SPANISH, **TINY)
    drawn = {d["text"] for d in entry["drawn"]}
    for template in screen.known("cost"):
        assert template not in drawn, f"{template!r} drawn in English"
    assert {"El coste", "coste de este ejemplo", "el coste de la red:"} <= drawn
    # the average's band, its numbers the run's (review ab-x1 s25: "average of all 240 = the cost 0.26")
    assert any(d.startswith("media de los ") and " = el coste " in d for d in drawn), drawn
    assert entry["narration"][0]["text"].startswith("¿Cuánto se equivocó")
    assert (tmp_path / entry["file"]).stat().st_size > 0


def test_a_label_is_drawn_as_plain_text_and_shortened_in_the_diagram():
    from manim import Text
    from scenes.kit.network_diagram import NetworkDiagram
    evil = "<bookmark mark='x'/> <b>&"
    drawn = Text(screen.words("{label}", {"label": evil}))
    assert drawn.original_text == evil
    assert len(drawn.submobjects) == len(evil.replace(" ", ""))       # every sign drawn, none read as markup
    diagram = NetworkDiagram([np.zeros((1, 2))], [np.zeros(1)], labels=["x" * 500])
    assert diagram.output_labels[0].original_text.endswith("\u2026") and diagram.width < 14
