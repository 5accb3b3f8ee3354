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
