"""The forward chapter: renders for both presets and a user's network, reads easily, and
shows exactly nncore's forward pass of the first training example at step 0."""
from __future__ import annotations

import json

import numpy as np
import pytest

from nncore.history import History
from nncore.network import Network
from nncore.train import TrainConfig, train
from scenes import studio
from scenes.chapter import script_text
from scenes.forward import (Forward, class_of, example_words, input_kind, input_labels,
                            output_names)

TINY = dict(pixel_size=(160, 90), frame_rate=5, voice="none")


def reading_ease(text: str) -> float:
    """Flesch reading ease with textstat's own syllable rules (its CMU dictionary is a
    download this machine cannot fetch)."""
    import textstat
    from textstat.backend.counts import _count_syllables
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_count_syllables, "get_cmudict", lambda lang: None)
        return textstat.flesch_reading_ease(text)


def expected_pass(path, index: int) -> dict:
    """nncore's forward pass, rebuilt from the raw file: the step-0 snapshot's arrays."""
    doc = json.loads(open(path).read())
    snap = min(doc["snapshots"], key=lambda s: s["step"])
    net = Network(snap["weights"], snap["biases"], doc["config"]["activations"], doc["config"]["cost"])
    x = np.array(doc["data"]["train"]["x"])
    result = net.forward(x[index:index + 1])
    return {"step": snap["step"], "activations": [a[0] for a in result.a],
            "truth": np.array(doc["data"]["train"]["y"][index])}


def check_shown(shown: dict, path) -> None:
    expected = expected_pass(path, 0)
    assert shown["example"] == 0 and shown["step"] == expected["step"] == 0
    assert len(shown["activations"]) == len(expected["activations"])
    for got, want in zip(shown["activations"], expected["activations"]):
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(shown["guess"], expected["activations"][-1], rtol=1e-12)
    np.testing.assert_allclose(shown["truth"], expected["truth"])


def said(entry: dict) -> str:
    return " ".join(line["text"] for line in entry["narration"])


@pytest.fixture(scope="module")
def user_file(tmp_path_factory):
    """A user's network: a CSV of three kinds by four numbers, two hidden layers of relu."""
    folder = tmp_path_factory.mktemp("shapes")
    rng = np.random.default_rng(5)
    rows = ["a,b,c,d,kind"]
    for k, name in enumerate(["round", "square", "pointy"]):
        for v in rng.normal([k, 2 - k, k / 2, 1], 0.4, size=(20, 4)):
            rows.append(",".join(f"{a:.3f}" for a in v) + f",{name}")
    (folder / "shapes.csv").write_text("\n".join(rows) + "\n")
    config = TrainConfig(dataset=str(folder / "shapes.csv"), hidden=[6, 5], activation="relu",
                         lr=0.1, epochs=3, batch_size=10)
    return train(config).save(folder / "history.json")


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_renders_and_shows_nncores_forward_pass(preset, story_file, tmp_path):
    path = story_file(preset)
    entry = studio.render_chapter("forward", path, tmp_path, 3, **TINY)
    assert (tmp_path / entry["file"]).stat().st_size > 0
    assert 30 < entry["duration_s"] < 120
    check_shown(entry["shown"], path)
    assert reading_ease(said(entry)) >= 60
    # the verdict follows the real guess (digits' first guess is wrong, tiny's right by luck)
    history = History.load(path)
    guess = class_of(expected_pass(path, 0)["activations"][-1])
    truth = class_of(history.split("train")[1][0])
    assert ("Wrong!" in said(entry)) == (guess != truth)
    assert ("pure luck" in said(entry)) == (guess == truth)
    assert f"guessed {history.labels[guess]}" in said(entry)
    assert f"right answer: {history.labels[truth]}" in said(entry) or \
        f"right answer is {history.labels[truth]}" in said(entry)


def test_a_users_network_renders(user_file, tmp_path):
    history = History.load(user_file)
    assert input_kind(history) == "numbers"
    entry = studio.render_chapter("forward", user_file, tmp_path, 3, **TINY)
    check_shown(entry["shown"], user_file)
    assert [len(a) for a in entry["shown"]["activations"]] == [4, 6, 5, 3]
    assert "Each of the 4 input neurons" in said(entry)


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_the_script_reads_easily(preset, story_file):
    text = script_text("forward", Forward(history=History.load(story_file(preset))).facts())
    assert len(text.split()) >= 25
    assert reading_ease(text) >= 60


def test_pictures_and_names_follow_the_data(story_file):
    digits, tiny = History.load(story_file("digits")), History.load(story_file("tiny"))
    assert input_kind(digits) == "image" and input_kind(tiny) == "point"
    assert output_names(digits) == [str(i) for i in range(10)]
    assert output_names(tiny) == ["inner ring?"]
    assert example_words(digits, 3) == "a handwritten 3"
    assert example_words(tiny, 0) == "a point from the outer ring"
    assert input_labels(digits, np.zeros(64)) is None
    assert input_labels(tiny, np.array([0.5, -0.25])) == ["across 0.50", "up -0.25"]


def test_class_of_reads_several_outputs_and_one():
    assert class_of([0.2, 0.7, 0.1]) == 1
    assert class_of([0.51]) == 1 and class_of([0.49]) == 0
