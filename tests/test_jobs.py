"""A render job's cache key: every field counts, and nothing else does."""
from __future__ import annotations

import dataclasses

import pytest

from scenes.output.jobs import RenderJob, jobs_for

JOB = RenderJob(name="intro", index=1, history_key="h" * 16, code_key="c" * 16, quality="low",
                voice="none", pace="normal", theme="dark", fmt="mp4", size=None, fps=None, captions="srt")
OTHER = {"name": "cost", "index": 3, "history_key": "g" * 16, "code_key": "d" * 16, "quality": "high",
         "voice": "espeak", "pace": "slow", "theme": "light", "fmt": "webm", "size": (160, 90), "fps": 5, "captions": "off",
         "scripts": (("cost.txt", "[start]\nHola."),)}


@pytest.mark.parametrize("field", [f.name for f in dataclasses.fields(RenderJob)])
def test_every_field_changes_the_key(field):
    assert field in OTHER, f"give {field} another value in OTHER"
    assert dataclasses.replace(JOB, **{field: OTHER[field]}).key != JOB.key


def test_equal_jobs_have_equal_keys_and_jobs_are_frozen():
    assert dataclasses.replace(JOB).key == JOB.key
    with pytest.raises(dataclasses.FrozenInstanceError):
        JOB.voice = "festival"


def test_jobs_for_numbers_chapters_by_the_catalog():
    from scenes import catalog
    jobs = jobs_for(["intro", "cost"], "h", "c", quality="low", voice="none", pace="normal", theme="dark", fmt="mp4",
                    size=None, fps=None, captions="srt")
    assert [(j.name, j.index) for j in jobs] == [("intro", catalog.index("intro")), ("cost", catalog.index("cost"))]


SETTINGS = dict(quality="low", voice="none", pace="normal", theme="dark", fmt="mp4", size=None, fps=None,
                captions="srt")


def test_jobs_carry_the_keys_settings_and_the_authors_scripts(tmp_path):
    (tmp_path / "cost.txt").write_text("[start]\nHola.\n", encoding="utf-8")
    (tmp_path / "common.txt").write_text("[x]\ncaf\u00e9\n", encoding="utf-8")
    intro, cost = jobs_for(["intro", "cost"], "h" * 16, "c" * 16, tmp_path, **SETTINGS)
    assert cost == RenderJob(name="cost", index=cost.index, history_key="h" * 16, code_key="c" * 16,
                             scripts=(("cost.txt", "[start]\nHola.\n"), ("common.txt", "[x]\ncaf\u00e9\n")), **SETTINGS)
    assert intro.scripts == (("common.txt", "[x]\ncaf\u00e9\n"),)
    assert jobs_for(["intro"], "h", "c", **SETTINGS)[0].scripts == ()


def test_a_jobs_scripts_are_written_into_the_workers_folder(tmp_path):
    from scenes.output.jobs import write_scripts
    assert write_scripts(JOB, tmp_path / "none") is None and not (tmp_path / "none").exists()
    job = dataclasses.replace(JOB, scripts=(("intro.txt", "caf\u00e9"), ("common.txt", "b")))
    folder = write_scripts(job, tmp_path / "w" / "scripts")
    assert folder == tmp_path / "w" / "scripts"
    assert (folder / "intro.txt").read_bytes() == "caf\u00e9".encode("utf-8") and (folder / "common.txt").read_text() == "b"
    # a worker's folder is used again for its next job
    again = dataclasses.replace(job, scripts=(("intro.txt", "new"),))
    assert write_scripts(again, folder) == folder and (folder / "intro.txt").read_text() == "new"


def test_the_chapters_a_run_can_tell():
    from nncore.datasets import Dataset
    from scenes import catalog
    from scenes.output.jobs import chapters_for
    points, pictures = Dataset("xor", *[None] * 4, ["a", "b"]), Dataset("digits", *[None] * 4, list("0123456789"))
    assert chapters_for(pictures, None) == catalog.names() and "convnet" in catalog.names()
    assert chapters_for(points, None) == [n for n in catalog.names() if n != "convnet"]
    assert chapters_for(points, ["cost", "intro"]) == ["cost", "intro"]
    assert chapters_for(pictures, ["convnet"]) == ["convnet"]
    with pytest.raises(ValueError) as caught:
        chapters_for(points, ["intro", "convnet"])
    assert str(caught.value) == "the convnet chapter needs pictures: use --dataset digits"
