"""Rendering one chapter to a clip with sound, subtitles and its manifest entry; the catalog."""
from __future__ import annotations

import json
import re
from pathlib import Path

import av
import numpy as np
import pytest
from manim import Circle, Create

from nncore.train import TrainConfig, train
from scenes import catalog, narration
from scenes.output import studio
from scenes.kit import chapter as chapter_module
from scenes.kit.chapter import Chapter

TINY = dict(pixel_size=(160, 90), frame_rate=5)
SCRIPT = """\
# the demo chapter's narration
[hello]
Here are {dataset}. <bookmark mark='dot'/>A dot appears in the middle.
[bye]
The network has {hidden_layers}, and it got {test_percent} percent right.
"""


@pytest.fixture(scope="module")
def history_path(tmp_path_factory):
    folder = tmp_path_factory.mktemp("run")
    (folder / "demo.txt").write_text(SCRIPT)
    history = train(TrainConfig(dataset="xor", hidden=[3], activation="tanh", lr=1.0, epochs=5, batch_size=None))
    return history.save(folder / "history.json")


@pytest.fixture(scope="module")
def demo(history_path):
    class Demo(Chapter):
        name, title = "demo", "Demo"
        script_dir = history_path.parent

        def construct(self):
            self.show_title()
            with self.say("hello"):
                self.wait_until_bookmark("dot")
                self.play(Create(Circle(color=self.theme.highlight)), run_time=0.6)
            with self.say("bye"):
                self.caption("a caption")
            self.wait(1)                      # a silent moment: the sound track must still last
            self.show(sizes=np.array(self.history.config["sizes"]), cost=np.float64(0.25))

    return Demo


def render(demo, history_path, out_dir, **kwargs):
    return studio.render_chapter("demo", history_path, out_dir, 3, scene_class=demo, **{**TINY, **kwargs})


def streams(path: Path) -> dict:
    """Duration of each stream (seconds) and the audio's loudness."""
    with av.open(str(path)) as c:
        video = c.streams.video[0]
        info = {"video_s": float(video.duration * video.time_base), "width": video.codec_context.width}
        if not c.streams.audio:
            return info
        audio = c.streams.audio[0]
        chunks = [f.to_ndarray().mean(axis=0) for f in c.decode(audio)]
    samples = np.concatenate(chunks)
    info.update(audio_s=len(samples) / audio.rate, rate=audio.rate, samples=samples)
    return info


def cue_times(text: str) -> list[tuple[float, float]]:
    stamp = r"(\d\d):(\d\d):(\d\d)[,.](\d\d\d)"
    to_s = lambda h, m, s, ms: int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000
    return [(to_s(*m[:4]), to_s(*m[4:])) for m in re.findall(stamp + " --> " + stamp, text)]


@pytest.fixture(scope="module")
def silent_clip(demo, history_path, tmp_path_factory):
    out, media = tmp_path_factory.mktemp("out"), tmp_path_factory.mktemp("media")
    return render(demo, history_path, out, voice="none", media_dir=media), out, media


def test_clip_has_picture_and_sound_for_the_whole_narration(silent_clip):
    entry, out, _ = silent_clip
    clip = out / "03-demo.mp4"
    assert entry["file"] == clip.name and clip.exists()
    info = streams(clip)
    assert info["width"] == 160
    assert info["video_s"] == pytest.approx(entry["duration_s"], abs=0.05)
    assert info["audio_s"] == pytest.approx(info["video_s"], abs=0.05)
    # the captions-only voice: each line lasts as long as its word count says
    for line in entry["narration"]:
        expected = len(line["text"].split()) / narration.WORDS_PER_SECOND + narration.END_PAUSE_S
        assert line["end_s"] - line["start_s"] == pytest.approx(expected, abs=0.01)
    pause = chapter_module.PAUSE_AFTER_SECTION   # the breath after every section
    assert entry["narration"][-1]["end_s"] == pytest.approx(entry["duration_s"] - 1 - pause, abs=0.3)
    assert not [p for p in out.iterdir() if p.name.startswith(".")]     # no temporary files left


def test_the_title_is_there_from_the_first_frame(silent_clip):
    """A chapter must not open on an empty picture (its title used to fade in from nothing)."""
    _, out, _ = silent_clip
    with av.open(str(out / "03-demo.mp4")) as c:
        first = next(c.decode(video=0)).to_ndarray(format="rgb24").astype(int)
    background = np.median(first.reshape(-1, 3), axis=0)
    assert (np.abs(first - background).max(axis=2) > 60).sum() > 20


def test_manifest_entry_is_json_with_the_filled_script(silent_clip, history_path):
    entry, _, _ = silent_clip
    assert json.loads(json.dumps(entry)) == entry
    assert entry["name"] == "demo" and entry["title"] == "Demo"
    texts = [line["text"] for line in entry["narration"]]
    assert texts[0] == "Here are points in four corners. A dot appears in the middle."
    assert texts[1].startswith("The network has one hidden layer of 3 neurons")
    assert entry["shown"] == {"sizes": [2, 3, 1], "cost": 0.25}


def test_subtitles_hold_the_lines_in_order_within_the_clip(silent_clip):
    entry, out, _ = silent_clip
    for suffix in ("srt", "vtt"):
        text = (out / entry["subtitles"][suffix]).read_text()
        positions = [text.index(line["text"]) for line in entry["narration"]]
        assert positions == sorted(positions)
        times = cue_times(text)
        assert len(times) == len(entry["narration"])
        assert all(0 <= a < b <= entry["duration_s"] + 1e-3 for a, b in times)
        assert all(b1 <= a2 for (_, b1), (a2, _) in zip(times, times[1:]))
    assert (out / entry["subtitles"]["vtt"]).read_text().startswith("WEBVTT")


def test_unchanged_second_render_replays_every_segment_from_the_cache(silent_clip, demo, history_path, tmp_path):
    entry, _, media = silent_clip
    segments = lambda: sorted(p.name for p in media.rglob("*.mp4") if "partial" in str(p.parent).lower())
    before = segments()
    again = render(demo, history_path, tmp_path, voice="none", media_dir=media)
    assert before and segments() == before        # a changed wait would have made a new segment
    assert again["duration_s"] == entry["duration_s"] and again["narration"] == entry["narration"]


def loudness(info: dict, start_s: float, end_s: float) -> float:
    a, b = (int(t * info["rate"]) for t in (start_s, end_s))
    return float(np.sqrt((info["samples"][a:b] ** 2).mean()))


@pytest.mark.parametrize("voice", [
    pytest.param(v, marks=pytest.mark.skipif(not narration.installed(v), reason=f"{v} not installed"))
    for v in narration.VOICES])
def test_every_voice_covers_the_speech_and_stops_with_the_video(demo, history_path, tmp_path, voice):
    entry = render(demo, history_path, tmp_path, voice=voice)
    info = streams(tmp_path / entry["file"])
    # decoded AAC carries the encoder's 1024 priming samples and pads its last frame of
    # 1024 samples: allow those two frames past the picture, nothing more
    assert info["audio_s"] <= info["video_s"] + 2 * 1024 / info["rate"] + 1e-3
    assert info["audio_s"] >= entry["narration"][-1]["end_s"] - 0.05
    # every subtitle cue lies inside a line being said, and with a voice someone is talking in it
    cues = cue_times((tmp_path / entry["subtitles"]["srt"]).read_text())
    assert len(cues) >= len(entry["narration"])
    for a, b in cues:
        assert any(line["start_s"] - 1e-3 <= a < b <= line["end_s"] + 1e-3 for line in entry["narration"])
        assert (loudness(info, a, b) > 0.01) == (voice != "none")
    gap = info["samples"][: int(entry["narration"][0]["start_s"] * info["rate"])]
    assert np.abs(gap).max() < 1e-3                    # and nobody before the first line


def test_captions_off_writes_no_subtitles_and_png_gives_a_frame(demo, history_path, tmp_path):
    entry = render(demo, history_path, tmp_path, captions="off", fmt="png")
    assert "subtitles" not in entry
    assert sorted(p.name for p in tmp_path.iterdir()) == ["03-demo.png"]


@pytest.mark.parametrize("option, value", [("quality", "ultra"), ("fmt", "avi"), ("captions", "loud")])
def test_bad_options_are_named(demo, history_path, tmp_path, option, value):
    with pytest.raises(ValueError, match=f"unknown {'format' if option == 'fmt' else option} '{value}'"):
        render(demo, history_path, tmp_path, **{option: value})
    assert not list(tmp_path.iterdir())


def test_catalog_order_titles_and_errors():
    assert catalog.names() == ["intro", "init", "forward", "cost", "backprop", "descent",
                               "training", "testing", "convnet", "recap"]
    assert catalog.title("init") == "Random start"
    assert catalog.index("intro") == 1 and catalog.index("recap") == 10
    assert all(re.fullmatch(r"scenes\.chapters\.\w+:[A-Z]\w+", e.target) for e in catalog.CHAPTERS)
    with pytest.raises(ValueError, match="unknown chapter 'outro' \\(known: intro, init"):
        catalog.chapter_class("outro")
