"""The intro chapter: renders for both presets and a user's network, reads easily, and shows
the real example of the real data."""
from __future__ import annotations

import numpy as np
import pytest

from nncore import datasets
from nncore.companions import train_story
from nncore.history import History
from nncore.train import TrainConfig
from scenes import studio
from scenes.chapter import script_text
from scenes.intro import PixelGrid, PointPlot, class_of, intro_facts, task_kind

TINY = dict(pixel_size=(160, 90), frame_rate=5, voice="none")


def reading_ease(text: str) -> float:
    """Flesch reading ease with textstat's own syllable rules: its CMU dictionary is a
    download (nltk), which this machine cannot fetch."""
    import textstat
    from textstat.backend.counts import _count_syllables
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_count_syllables, "get_cmudict", lambda lang: None)
        return textstat.flesch_reading_ease(text)


@pytest.fixture(scope="module")
def user_story(tmp_path_factory) -> str:
    """A user's network: a CSV of three fruit by three numbers, two hidden layers of relu."""
    folder = tmp_path_factory.mktemp("fruit")
    rng = np.random.default_rng(3)
    rows = ["size,weight,height,kind"]
    for k, name in enumerate(["apple", "banana", "cherry"]):
        for v in rng.normal([k, 2 - k, k / 2], 0.4, size=(30, 3)):
            rows.append(",".join(f"{a:.3f}" for a in v) + f",{name}")
    (folder / "fruit.csv").write_text("\n".join(rows) + "\n")
    config = TrainConfig(dataset=str(folder / "fruit.csv"), hidden=[6, 5], activation="relu",
                         lr=0.1, epochs=15, batch_size=10)
    data = datasets.load(config.dataset, config.seed, config.test_fraction)
    return str(train_story(config, data).save(folder / "history.json"))


def render(path, out) -> dict:
    return studio.render_chapter("intro", path, out, 1, **TINY)


def expected_label(history: History, index: int) -> str:
    y = history.split("train")[1][index]
    hot = int(y.argmax()) if len(y) > 1 else int(round(float(y[0])))
    return history.labels[hot]


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_renders_and_shows_the_real_example(preset, story_file, tmp_path):
    path = story_file(preset)
    history = History.load(path)
    entry = render(path, tmp_path)
    assert (tmp_path / entry["file"]).stat().st_size > 0
    assert 30 < entry["duration_s"] < 120
    shown = entry["shown"]
    x, y = history.split("train")
    assert 0 <= shown["example"] < len(x)
    assert shown["label"] == expected_label(history, shown["example"])
    assert shown["sizes"] == [x.shape[1], *history.config["hidden"], y.shape[1]]
    assert shown["sizes"] == [history.network(0).sizes[0]] + [len(b) for b in history.network(0).biases]
    np.testing.assert_allclose(shown["inputs"], x[shown["example"]])
    said = " ".join(line["text"] for line in entry["narration"])
    assert shown["label"] in said and str(len(x)) in said


def test_the_presets_show_a_picture_and_a_plot(story_file):
    assert task_kind(History.load(story_file("digits"))) == "image"
    assert task_kind(History.load(story_file("tiny"))) == "points"


def test_a_users_network_renders_as_a_table(user_story, tmp_path):
    history = History.load(user_story)
    assert task_kind(history) == "table"
    entry = render(user_story, tmp_path)
    assert entry["shown"]["sizes"] == [3, 6, 5, 3]
    assert entry["shown"]["label"] == expected_label(history, entry["shown"]["example"])
    said = " ".join(line["text"] for line in entry["narration"])
    assert "apple, banana and cherry" in said and "two hidden layers of 6 and 5 neurons" in said


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_script_reads_easily(preset, story_file):
    text = script_text("intro", intro_facts(History.load(story_file(preset))))
    assert len(text.split()) >= 25
    assert reading_ease(text) >= 60


def test_facts_follow_the_run(story_file):
    facts = intro_facts(History.load(story_file("tiny")))
    assert facts["yes_class"] == "inner ring" and facts["no_class"] == "outer ring"
    assert facts["example_label"] in ("inner ring", "outer ring")


def test_class_of_reads_one_hot_rows_and_single_outputs():
    assert class_of([0, 0, 1, 0]) == 2
    assert class_of([1.0]) == 1 and class_of([0.0]) == 0


def test_pixel_grid_is_as_bright_as_the_pixels():
    grid = PixelGrid([0.0, 1.0, 0.5, 0.25], columns=2, side=2.0)
    brightness = [np.mean(sq.get_fill_color().to_rgb()) for sq in grid]
    assert brightness[0] < brightness[3] < brightness[2] < brightness[1]
    assert grid[1].get_center()[0] > grid[0].get_center()[0]      # second in the first row
    assert grid[2].get_center()[1] < grid[0].get_center()[1]      # third starts the next row


def test_point_plot_puts_points_where_they_are():
    points = np.array([[-1.0, -1.0], [1.0, 1.0], [1.0, -1.0]])
    plot = PointPlot(points, np.array([0, 1, 1]), ["a", "b"], side=4.0)
    low, high, right = (plot.locate(p) for p in points)
    assert low[0] < high[0] and low[1] < high[1] and right[0] > low[0] and right[1] == low[1]
    assert len(plot.dots[0].points) and len(plot.dots[1].points) > len(plot.dots[0].points)
