"""End to end: `render.py video` makes a real mp4 with sound, subtitles, manifest and blog kit."""
from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import av
import numpy as np
import pytest
from click.testing import CliRunner

from nncore.history import History
from render import cli
from scenes import narration
from scenes.output import preview, stitch

CHAPTERS = ["intro", "cost"]
TINY = ["--size", "160x90", "--fps", "5"]


def video(*args):
    return CliRunner().invoke(cli, ["video", *map(str, args)])


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    voice = "espeak" if shutil.which("espeak-ng") else "none"
    result = video("--preset", "tiny", "--chapters", ",".join(CHAPTERS), "--out", out, "--voice", voice,
                   "--jobs", 2, *TINY)
    assert result.exit_code == 0, result.output
    return out


def test_the_full_video_has_picture_and_narration(out):
    full = out / "how-neural-nets-learn.mp4"
    with av.open(str(full)) as c:
        kinds = {s.type: float(s.duration * s.time_base) for s in c.streams}
    manifest = json.loads((out / "manifest.json").read_text())
    total = sum(ch["duration_s"] for ch in manifest["chapters"])
    assert kinds["video"] == pytest.approx(total, abs=0.05)
    assert abs(kinds["audio"] - kinds["video"]) < 0.05
    last_line_end = manifest["chapters"][-1]["narration"][-1]["end_s"] + total - manifest["chapters"][-1]["duration_s"]
    assert last_line_end <= kinds["video"] + 0.01


def test_every_chapter_has_its_clip_and_subtitles(out):
    manifest = json.loads((out / "manifest.json").read_text())
    assert [c["name"] for c in manifest["chapters"]] == CHAPTERS
    for ch in manifest["chapters"]:
        assert (out / ch["file"]).is_file() and ch["file"].startswith("chapters/")
        vtt = (out / ch["subtitles"]["vtt"]).read_text()
        assert vtt.startswith("WEBVTT")
        assert ch["narration"][0]["text"].split()[0] in vtt
        assert stitch.video_duration(out / ch["file"]) == pytest.approx(ch["duration_s"], abs=0.01)


def test_chapters_txt_poster_and_history(out):
    lines = (out / "chapters.txt").read_text().splitlines()
    assert lines[0] == "0:00 A network that learns" and lines[1].endswith("The cost")
    assert (out / "poster.png").read_bytes()[:4] == b"\x89PNG"
    history = History.load(out / "history.json")
    manifest = json.loads((out / "manifest.json").read_text())
    cost = next(c for c in manifest["chapters"] if c["name"] == "cost")
    x, y = history.split("train")
    assert cost["shown"]["cost"] == pytest.approx(history.network(cost["shown"]["step"]).cost_of(x, y))


def test_out_holds_no_half_written_files(out):
    leftovers = [p for p in out.rglob("*") if ".part" in p.name and ".cache" not in p.parts]
    assert leftovers == []


def test_an_unchanged_second_run_renders_nothing_again(out, render_cache):
    entries = sorted((render_cache / "chapters").glob("*/entry.json"))
    before = {p: p.stat().st_mtime_ns for p in entries}
    result = video("--preset", "tiny", "--chapters", ",".join(CHAPTERS), "--out", out, "--voice",
                   json.loads((out / "manifest.json").read_text())["voice"], *TINY)
    assert result.exit_code == 0, result.output
    assert "training the network" not in result.output
    assert {p: p.stat().st_mtime_ns for p in entries} == before
    assert "rendering chapters" not in result.output


def test_a_changed_option_retrains(out, tmp_path):
    result = video("--preset", "tiny", "--chapters", "intro", "--out", tmp_path, "--voice", "none",
                   "--epochs", 30, *TINY)
    assert result.exit_code == 0 and "training the network" in result.output
    assert History.load(tmp_path / "history.json").config["epochs"] == 30


@pytest.mark.parametrize("args,words", [
    (["--chapters", "intro,middle"], "unknown chapter middle"),
    (["--chapters", "convnet", "--preset", "tiny"], "needs pictures"),
    (["--hidden", "300"], "at most 128 neurons"),
    (["--quality", "8k"], "'8k' is not one of"),
])
def test_bad_video_options_exit_2_without_writing(tmp_path, args, words):
    result = video(*args, "--out", tmp_path / "o")
    assert result.exit_code == 2 and words in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not any((tmp_path / "o").glob("*.mp4"))


@pytest.mark.parametrize("args,words", [
    (["--voice", "piper:/nonexistent.onnx"], "Invalid value for '--voice': no Piper voice at /nonexistent.onnx"),
    (["--voice", "robot"], "unknown voice 'robot' (choose from piper, festival, espeak, none, piper:PATH/TO/voice.onnx or espeak:LANG"),
    (["--pace", "fasst"], "Invalid value for '--pace': unknown pace 'fasst' (choose from slow, normal, fast)"),
])
def test_bad_voice_and_pace_exit_2_before_any_work(tmp_path, args, words):
    result = video("--preset", "tiny", "--chapters", "intro", *args, "--out", tmp_path / "o", *TINY)
    assert result.exit_code == 2 and words in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "o").exists()              # not even the cache: nothing trained


def test_a_missing_voice_is_reported_as_the_captions_it_falls_back_to(tmp_path, monkeypatch):
    from scenes import narration
    monkeypatch.setattr(narration, "festival_installed", lambda: False)
    monkeypatch.setattr(narration, "_warned", set())
    result = video("--preset", "tiny", "--chapters", "intro", "--out", tmp_path, "--voice", "festival", *TINY)
    assert result.exit_code == 0, result.output
    assert "festival voice is not installed here" in result.output and "voice none)" in result.output
    assert json.loads((tmp_path / "manifest.json").read_text())["voice"] == "none"
    # cached under the voice really used: asking for captions only finds the same clips
    entries = sorted((tmp_path / ".cache" / "chapters").glob("*/entry.json"))
    before = {p: p.stat().st_mtime_ns for p in entries}
    result = video("--preset", "tiny", "--chapters", "intro", "--out", tmp_path, "--voice", "none", *TINY)
    assert result.exit_code == 0, result.output
    assert {p: p.stat().st_mtime_ns for p in sorted((tmp_path / ".cache" / "chapters").glob("*/entry.json"))} == before


@pytest.mark.parametrize("voice", [
    pytest.param(v, marks=pytest.mark.skipif(not narration.installed(v), reason=f"{v} not installed"))
    for v in ("piper", "espeak")])
def test_the_same_seed_and_voice_give_the_same_bytes(tmp_path, voice):
    outs = [tmp_path / "a", tmp_path / "b"]
    for out in outs:
        result = video("--preset", "tiny", "--seed", 3, "--chapters", "intro", "--out", out, "--voice", voice, *TINY)
        assert result.exit_code == 0, result.output
    made = lambda out: sorted(p.relative_to(out) for p in out.rglob("*") if p.suffix in (".mp4", ".srt", ".vtt")
                              and ".cache" not in p.parts)
    assert made(outs[0]) == made(outs[1]) and len(made(outs[0])) == 6
    for rel in made(outs[0]):
        assert (outs[0] / rel).read_bytes() == (outs[1] / rel).read_bytes(), rel


def test_an_unwritable_out_folder_is_one_clear_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = video("--preset", "tiny", "--chapters", "intro", "--out", blocker / "o", *TINY)
    assert result.exit_code == 2 and "cannot write to --out" in result.output


@pytest.fixture
def served(out):
    """out/ served by `render.py preview`'s server (byte ranges, as real web servers answer)."""
    server = preview.make_server(out, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield preview.address(server).rstrip("/")
    server.shutdown()
    server.server_close()


def test_index_html_plays_with_captions_and_chapter_links(out, served):
    playwright = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed (make setup installs it)")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--autoplay-policy=no-user-gesture-required"])
        page = browser.new_page()
        page.goto(f"{served}/index.html")
        page.wait_for_function("document.getElementById('player').readyState >= 1", timeout=20000)
        assert page.evaluate("document.getElementById('player').duration") > 1
        page.wait_for_function("document.querySelector('track').readyState === 2", timeout=20000)
        assert page.evaluate("document.getElementById('player').textTracks[0].cues.length") > 3
        start = json.loads((out / "manifest.json").read_text())["chapters"][0]["duration_s"]
        page.click("#chapters li:nth-child(2) a")
        page.wait_for_function(f"Math.abs(document.getElementById('player').currentTime - {start}) < 0.5",
                               timeout=10000)
        browser.close()


def test_a_file_removed_from_out_comes_back_on_the_next_run(out):
    (out / "poster.png").unlink()
    voice = json.loads((out / "manifest.json").read_text())["voice"]
    result = video("--preset", "tiny", "--chapters", ",".join(CHAPTERS), "--out", out, "--voice", voice, *TINY)
    assert result.exit_code == 0, result.output
    assert (out / "poster.png").is_file()


def first_frame_pixels(path):
    with av.open(str(path)) as c:
        return next(c.decode(video=0)).to_ndarray(format="rgb24")


def test_webm_is_vp9_with_opus(tmp_path):
    result = video("--preset", "tiny", "--chapters", "intro", "--out", tmp_path, "--voice", "none",
                   "--format", "webm", *TINY)
    assert result.exit_code == 0, result.output
    with av.open(str(tmp_path / "how-neural-nets-learn.webm")) as c:
        assert {s.type: s.codec_context.name for s in c.streams} == {"video": "vp9", "audio": "opus"}
    assert (tmp_path / "chapters" / "01-intro.webm").is_file()
    assert 'type="video/webm"' in (tmp_path / "index.html").read_text()


def test_webm_comes_with_mp4_twins_that_the_page_lists_second(tmp_path):
    result = video("--preset", "tiny", "--chapters", "intro,init", "--out", tmp_path, "--voice", "none",
                   "--format", "webm", *TINY)
    assert result.exit_code == 0, result.output
    for webm in ["how-neural-nets-learn.webm", "chapters/01-intro.webm", "chapters/02-init.webm"]:
        twin = (tmp_path / webm).with_suffix(".mp4")
        with av.open(str(twin)) as c:
            assert {s.type: s.codec_context.name for s in c.streams} == {"video": "h264", "audio": "aac"}
            frames = sum(1 for _ in c.decode(video=0))
        with av.open(str(tmp_path / webm)) as c:
            assert frames == sum(1 for _ in c.decode(video=0))     # the same picture, frame for frame
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert [c["twins"] for c in manifest["chapters"]] == [["chapters/01-intro.mp4"], ["chapters/02-init.mp4"]]
    page = (tmp_path / "index.html").read_text()
    webm, mp4 = page.index('src="how-neural-nets-learn.webm"'), page.index('src="how-neural-nets-learn.mp4"')
    assert webm < mp4
    assert 'chapters/02-init.mp4' in page      # the embed snippet offers the twin too


def test_gif_loops_have_the_subtitles_drawn_in_and_mp4_twins_keep_the_sound(tmp_path):
    result = video("--preset", "tiny", "--chapters", "intro", "--out", tmp_path, "--voice", "none",
                   "--format", "gif", *TINY)
    assert result.exit_code == 0, result.output
    from PIL import Image
    gif = Image.open(tmp_path / "chapters" / "01-intro.gif")
    assert gif.is_animated and gif.info.get("loop") == 0
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    cue = manifest["chapters"][0]["narration"][0]
    # a GIF keeps a still stretch as one longer frame (the title stands alone first): time is summed
    ends = []
    for k in range(gif.n_frames):
        gif.seek(k)
        ends.append((ends[-1] if ends else 0.0) + gif.info["duration"] / 1000)
    steps = np.diff([0.0, *ends])
    assert min(steps) == pytest.approx(0.2)         # the clip's own 5 frames a second, not faster
    assert ends[-1] == pytest.approx(manifest["chapters"][0]["duration_s"], abs=0.3)
    gif.seek(int(np.searchsorted(ends, (cue["start_s"] + cue["end_s"]) / 2)))
    band = np.asarray(gif.convert("RGB"))[-12:]
    assert (band.max(axis=2) > 200).any()          # white subtitle letters at the bottom
    with av.open(str(tmp_path / "how-neural-nets-learn.mp4")) as c:
        assert c.streams.audio


def test_burned_captions_put_letters_in_the_bottom_band(tmp_path):
    plain, burned = tmp_path / "plain", tmp_path / "burned"
    for out, captions in ((plain, "srt"), (burned, "burn")):
        result = video("--preset", "tiny", "--chapters", "intro", "--out", out, "--voice", "none",
                       "--captions", captions, "--size", "320x180", "--fps", "5")
        assert result.exit_code == 0, result.output
    manifest = json.loads((burned / "manifest.json").read_text())
    t = manifest["chapters"][0]["narration"][0]["end_s"] - 0.5
    stills = [stitch.still_frame(out / "chapters" / "01-intro.mp4", t, tmp_path / f"{out.name}.png")
              for out in (plain, burned)]
    from PIL import Image
    a, b = (np.asarray(Image.open(s).convert("RGB")).astype(int) for s in stills)
    assert np.abs(a[-40:] - b[-40:]).mean() > 5       # the band differs
    assert np.abs(a[:100] - b[:100]).mean() < 3       # the rest is the same picture


def test_light_theme_has_a_white_background(tmp_path):
    result = video("--preset", "tiny", "--chapters", "intro", "--out", tmp_path, "--voice", "none",
                   "--theme", "light", *TINY)
    assert result.exit_code == 0, result.output
    assert first_frame_pixels(tmp_path / "chapters" / "01-intro.mp4").mean() > 230


def test_an_empty_out_is_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = video("--preset", "tiny", "--chapters", "intro", "--out", "", *TINY)
    assert result.exit_code == 2 and "'--out'" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_files_in_out_that_are_not_ours_stay_unless_forced(tmp_path):
    (tmp_path / "index.html").write_text("my page")
    (tmp_path / ".cache" / "pip").mkdir(parents=True)
    (tmp_path / ".cache" / "pip" / "wheel").write_text("precious")
    args = ["--preset", "tiny", "--chapters", "intro", "--out", tmp_path, "--voice", "none", "--no-cache", *TINY]
    result = video(*args)
    assert result.exit_code == 2 and "index.html" in result.output and "--force" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [".cache", "index.html"]
    assert (tmp_path / "index.html").read_text() == "my page"
    result = video(*args, "--force")
    assert result.exit_code == 0, result.output
    assert "<video" in (tmp_path / "index.html").read_text()
    assert (tmp_path / ".cache" / "pip" / "wheel").read_text() == "precious"
