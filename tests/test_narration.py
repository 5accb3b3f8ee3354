"""Speech services, word timings, subtitles, scripts and the facts they are filled with."""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from nncore.train import TrainConfig, train
from scenes.kit import chapter
from scenes import narration

SENTENCE = "The network guesses, checks the cost, and then it learns a little. It tries again."
N_WORDS = len(SENTENCE.split())


@pytest.fixture(scope="module")
def history():
    return train(TrainConfig(dataset="xor", hidden=[3], activation="tanh", lr=1.0, epochs=5, batch_size=None))


def speak(voice: str, text: str, cache_dir, pace: str = "normal") -> tuple[dict, np.ndarray, int]:
    service = narration.service_for(voice, cache_dir, pace)
    data = service._wrap_generate_from_text(text)      # what VoiceoverScene calls
    samples, rate = narration.read_wav(service.cache_dir / data["original_audio"])
    return data, samples, rate


def check_boundaries(data: dict, seconds: float) -> None:
    offsets = [b["text_offset"] for b in data["word_boundaries"]]
    times = [b["audio_offset"] / 1e7 for b in data["word_boundaries"]]
    assert offsets == sorted(set(offsets)) and offsets[0] == 0
    assert times == sorted(times) and 0 <= times[0] and times[-1] <= seconds + 1e-6
    assert len([b for b in data["word_boundaries"] if b["text"]]) == N_WORDS


# --- voices ---

def test_silent_voice_lasts_as_long_as_the_word_count(tmp_path):
    data, samples, rate = speak("none", SENTENCE, tmp_path)
    seconds = len(samples) / rate
    assert seconds == pytest.approx(N_WORDS / narration.WORDS_PER_SECOND + narration.END_PAUSE_S, abs=1e-3)
    assert not samples.any()
    check_boundaries(data, seconds)


SPOKEN = [pytest.param(v, marks=pytest.mark.skipif(not narration.installed(v), reason=f"{v} not installed"))
          for v in ("piper", "festival", "espeak")]


@pytest.mark.parametrize("voice", SPOKEN)
def test_voices_speak_a_plausible_length(tmp_path, voice):
    data, samples, rate = speak(voice, SENTENCE, tmp_path)
    seconds = len(samples) / rate
    assert N_WORDS / 5 < seconds < N_WORDS / 1.2          # between a gabble and a crawl
    assert np.sqrt((samples ** 2).mean()) > 0.02           # not silence
    assert rate == narration.SAMPLE_RATE
    check_boundaries(data, seconds)


@pytest.mark.parametrize("voice", SPOKEN + ["none"])
def test_the_same_text_gives_the_same_bytes(tmp_path, voice):
    # fresh caches: the engine runs twice (Piper's noise is seeded, sox dithers repeatably)
    first, _, _ = speak(voice, SENTENCE, tmp_path / "a")
    again, _, _ = speak(voice, SENTENCE, tmp_path / "b")
    a, b = (tmp_path / d / first["original_audio"] for d in "ab")
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize("voice", SPOKEN + ["none"])
def test_pace_slow_normal_fast(tmp_path, voice):
    seconds = {}
    for pace in narration.PACES:
        _, samples, rate = speak(voice, SENTENCE, tmp_path / pace, pace)
        seconds[pace] = len(samples) / rate
    assert seconds["slow"] > seconds["normal"] * 1.05 and seconds["fast"] < seconds["normal"] / 1.05


def test_unknown_pace_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="unknown pace 'fasst' .choose from slow, normal, fast."):
        narration.service_for("none", tmp_path, "fasst")


@pytest.mark.skipif(not narration.espeak_installed(), reason="espeak-ng not installed")
def test_bookmarks_fall_on_the_pause_that_precedes_them(tmp_path):
    text = "Here is a picture of a digit. <bookmark mark='net'/>Now the network looks at it."
    data, samples, rate = speak("espeak", text, tmp_path)
    start, end, pauses = narration._speech_span(samples, rate)
    net = next(b for b in data["word_boundaries"] if b["text"] == "Now")["audio_offset"] / 1e7
    # the word after the full stop starts when the heard pause ends
    assert any(abs(net - p_end) < 0.05 for _, p_end in pauses)
    assert start < net < end


def test_spoken_lines_are_cached(tmp_path, monkeypatch):
    first, _, _ = speak("none", SENTENCE, tmp_path)
    monkeypatch.setattr(narration.SilentService, "make_wav",
                        lambda *a: pytest.fail("a cached line was synthesised again"))
    again, _, _ = speak("none", SENTENCE, tmp_path)
    assert again["original_audio"] == first["original_audio"]


def test_best_voice_prefers_piper_then_festival_then_espeak(monkeypatch):
    monkeypatch.setattr(narration, "piper_installed", lambda: True)
    monkeypatch.setattr(narration, "piper_model", lambda: Path("joe.onnx"))
    monkeypatch.setattr(narration, "festival_installed", lambda: True)
    assert narration.best_voice() == "piper"
    monkeypatch.setattr(narration, "piper_model", lambda: None)       # the engine without its voice
    assert narration.best_voice() == "festival"
    monkeypatch.setattr(narration, "piper_installed", lambda: False)
    monkeypatch.setattr(narration, "piper_model", lambda: Path("joe.onnx"))
    assert narration.best_voice() == "festival"
    monkeypatch.setattr(narration, "festival_installed", lambda: False)
    monkeypatch.setattr(narration, "espeak_installed", lambda: True)
    assert narration.best_voice() == "espeak"
    monkeypatch.setattr(narration, "espeak_installed", lambda: False)
    assert narration.best_voice() == "none"


@pytest.mark.parametrize("voice, engine", [("festival", "festival_installed"), ("piper", "piper_installed"),
                                           ("espeak", "espeak_installed")])
def test_missing_engine_warns_once_and_falls_back_to_captions(tmp_path, monkeypatch, capsys, voice, engine):
    monkeypatch.setattr(narration, engine, lambda: False)
    monkeypatch.setattr(narration, "_warned", set())
    assert narration.voice_used(voice) == "none"           # what the manifest and cache key record
    services = [narration.service_for(voice, tmp_path) for _ in range(3)]
    assert all(isinstance(s, narration.SilentService) for s in services)
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and voice in err


def test_voice_used_is_the_best_installed_when_none_is_asked(monkeypatch):
    monkeypatch.setattr(narration, "piper_installed", lambda: False)
    monkeypatch.setattr(narration, "festival_installed", lambda: True)
    assert narration.voice_used(None) == "festival"
    assert narration.voice_used("espeak") == ("espeak" if narration.espeak_installed() else "none")


def test_unknown_voice_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="unknown voice 'robot'"):
        narration.service_for("robot", tmp_path)


def piper_voice(folder: Path, model: bytes = b"onnx", config: str | None = '{"audio": {"sample_rate": 22050}}'):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "v.onnx").write_bytes(model)
    if config is not None:
        (folder / "v.onnx.json").write_text(config)
    return folder / "v.onnx"


@pytest.mark.parametrize("make, words", [
    (lambda d: d / "nonexistent.onnx", "no Piper voice at "),
    (lambda d: piper_voice(d).with_suffix(".bin"), "a Piper voice is a .onnx file"),
    (lambda d: piper_voice(d, config=None), "no Piper voice's config at .*v.onnx.json .it belongs beside v.onnx."),
    (lambda d: piper_voice(d, model=b""), "the Piper voice .*v.onnx is empty"),
    (lambda d: piper_voice(d, config="{not json"), "is not a Piper .onnx.json"),
    (lambda d: piper_voice(d, config='{"audio": {}}'), "is not a Piper .onnx.json"),
])
def test_unusable_piper_voices_are_one_clear_line(tmp_path, make, words):
    with pytest.raises(ValueError, match=words) as e:
        narration.check_voice(f"piper:{make(tmp_path)}")
    assert "\n" not in str(e.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_piper_voice_is_one_clear_line(tmp_path):
    model = piper_voice(tmp_path)
    model.chmod(0)
    with pytest.raises(ValueError, match="cannot read the Piper voice .*Permission denied"):
        narration.check_voice(f"piper:{model}")


def test_a_piper_voice_path_is_checked_and_made_absolute(tmp_path, monkeypatch):
    model = piper_voice(tmp_path / "voices")
    monkeypatch.chdir(tmp_path)
    assert narration.check_voice("piper:voices/v.onnx") == f"piper:{model}"
    assert narration.engine(narration.check_voice("piper:voices/v.onnx")) == "piper"
    assert narration.check_voice(None) is None and narration.check_voice("espeak") == "espeak"


def test_failing_engine_says_why(tmp_path, monkeypatch):
    monkeypatch.setattr(narration, "ESPEAK_GAP", ("--no-such-option",))
    monkeypatch.setattr(narration, "espeak_installed", lambda: True)
    if not narration.shutil.which("espeak-ng"):
        pytest.skip("espeak-ng not installed")
    with pytest.raises(RuntimeError, match="espeak-ng failed"):
        speak("espeak", SENTENCE, tmp_path)
    assert not list(tmp_path.glob("*.wav"))               # no half-made file left in the cache


# --- word timings from sound ---

def test_word_timings_follow_the_sound(tmp_path):
    # two bursts of noise with a pause between: "one two three." | "four five."
    rate, rng = 8000, np.random.default_rng(0)
    burst = lambda s: (rng.uniform(-0.5, 0.5, int(s * rate)) * 32767).astype(np.int16)
    quiet = lambda s: np.zeros(int(s * rate), dtype=np.int16)
    narration.write_wav(tmp_path / "a.wav", np.concatenate([quiet(0.3), burst(1.5), quiet(0.5),
                                                            burst(1.0), quiet(0.2)]), rate)
    bounds = narration.estimate_word_boundaries("one two three. four five.", tmp_path / "a.wav")
    times = {b["text"]: b["audio_offset"] / 1e7 for b in bounds}
    assert times["one"] == pytest.approx(0.3, abs=0.02)
    assert times["four"] == pytest.approx(2.3, abs=0.02)
    assert times[""] == pytest.approx(3.3, abs=0.02)      # the end sentinel: last sound


def test_match_pairs_in_order_within_tolerance():
    assert narration._match([1.0, 3.0], [1.1, 2.0, 3.2], tolerance=0.5) == [(0, 0), (1, 2)]
    assert narration._match([1.0], [5.0], tolerance=0.5) == []


# --- subtitles ---

def test_srt_and_vtt_files(tmp_path):
    lines = [{"text": "Hello there.", "start_s": 0.5, "end_s": 2.25},
             {"text": "An hour later.", "start_s": 3600.0, "end_s": 3601.5}]
    srt = narration.write_srt(lines, tmp_path / "a.srt").read_text()
    vtt = narration.write_vtt(lines, tmp_path / "a.vtt").read_text()
    assert srt == ("1\n00:00:00,500 --> 00:00:02,250\nHello there.\n\n"
                   "2\n01:00:00,000 --> 01:00:01,500\nAn hour later.\n")
    assert vtt.startswith("WEBVTT\n\n00:00:00.500 --> 00:00:02.250\nHello there.\n")
    assert not list(tmp_path.glob(".*part"))


def test_long_lines_become_several_timed_cues():
    text = ("The cost is one number for the whole network. Big means bad guesses, "
            "small means good ones, and training pushes it down step by step.")
    words = text.split()
    times = [0.4 * i for i in range(len(words))]
    cues = narration.caption_cues(text, 10.0, 20.0, times, max_chars=60)
    assert len(cues) > 1 and all(len(c["text"]) <= 60 for c in cues)
    assert " ".join(c["text"] for c in cues) == text
    assert cues[0]["text"].endswith("network.")             # broken after the full stop
    second_first_word = len(cues[0]["text"].split())
    assert cues[1]["start_s"] == pytest.approx(10.0 + times[second_first_word])
    assert cues[-1]["end_s"] == 20.0
    assert all(a["end_s"] <= b["start_s"] for a, b in zip(cues, cues[1:]))


# --- scripts and facts ---

def write_script(tmp_path, text: str):
    (tmp_path / "demo.txt").write_text(text)
    return tmp_path


def test_script_sections_and_placeholders(tmp_path):
    folder = write_script(tmp_path, "# comment\n[start]\nHello {who}.\nSecond line.\n\n"
                                    "[end]\nBye <bookmark mark='b'/>now.\n")
    lines = chapter.script_lines("demo", {"who": "you"}, folder)
    assert lines == {"start": "Hello you. Second line.", "end": "Bye <bookmark mark='b'/>now."}
    assert chapter.script_text("demo", {"who": "you"}, folder) == "Hello you. Second line. Bye now."


@pytest.mark.parametrize("text, message", [
    ("Hello.\n[a]\nx\n", "before the first"),
    ("[a]\nx\n[a]\ny\n", "appears twice"),
    ("[a]\n[b]\ny\n", r"\[a\] has no narration"),
    ("[a]\nHello {nobody}.\n", r"\{nobody\}, which is not a fact"),
])
def test_script_mistakes_are_named(tmp_path, text, message):
    with pytest.raises(ValueError, match=message):
        chapter.script_lines("demo", {}, write_script(tmp_path, text))


def test_base_facts_tell_the_run_in_words(history):
    facts = chapter.base_facts(history)
    assert facts["dataset"] == "points in four corners"
    assert facts["hidden_layers"] == "one hidden layer of 3 neurons"
    assert facts["n_inputs"] == 2 and facts["n_outputs"] == 1
    assert facts["n_weights"] == 2 * 3 + 3 * 1
    assert facts["test_percent"] == round(100 * history.final.test_accuracy)
    assert facts["stop_reason"] == chapter.STOP_WORDS[history.stopped.reason]
    assert facts["classes"] == chapter.and_list(history.labels)


def test_words_helpers():
    assert chapter.and_list([16]) == "16"
    assert chapter.and_list([16, 8, 4]) == "16, 8 and 4"
    assert chapter.hidden_words([16, 8]) == "two hidden layers of 16 and 8 neurons"
    assert chapter.hidden_words([]) == "no hidden layer"
    assert chapter.dataset_words("/data/my_flowers.csv") == "my flowers"


def test_shown_values_become_plain_json():
    value = chapter.jsonable({"a": np.arange(3), "b": (np.float64(0.5), [np.int64(2)])})
    assert value == {"a": [0, 1, 2], "b": [0.5, [2]]}
    assert type(value["b"][0]) is float
    with pytest.raises(TypeError):
        chapter.jsonable({"x": object()})


def test_a_piper_path_speaks_with_that_model(tmp_path, monkeypatch):
    model = piper_voice(tmp_path / "voices")
    monkeypatch.setattr(narration, "piper_installed", lambda: True)
    service = narration.service_for(f"piper:{model}", tmp_path, "slow")
    assert isinstance(service, narration.PiperService) and service.model == model
    args = service.command(tmp_path / "out.wav")
    assert args[args.index("-m") + 1] == str(model) and args[args.index("-c", 3) + 1] == f"{model}.json"
    assert float(args[args.index("--length-scale") + 1]) > narration.PIPER_LENGTH_SCALE


# --- the pure parts, exactly: plain text, word timings, cues and subtitle files (no voices,
# no renders; for bench/mutation.py) ---

def test_a_pace_is_one_of_three():
    assert [narration.check_pace(p) for p in ("slow", "normal", "fast")] == ["slow", "normal", "fast"]
    with pytest.raises(ValueError) as caught:
        narration.check_pace("brisk")
    assert str(caught.value) == "unknown pace 'brisk' (choose from slow, normal, fast)"


def test_a_fact_never_forms_a_tag_and_what_is_said_has_no_marks():
    j = narration.WORD_JOINER
    assert narration.as_plain("<bookmark mark='x'/> a<b") == f"<{j}bookmark mark='x'/> a<{j}b"
    mine = narration.Markup("said <bookmark mark='x'/>here")
    assert narration.as_plain(mine) is mine and narration.as_plain(3) == 3
    assert narration.spoken(f"Hi <bookmark mark='a'/>there <{j}b>") == "Hi there <b>"


def test_word_boundaries_have_a_sentinel_at_each_end():
    words = narration._words("  Hello big world ")
    assert words == [(2, "Hello"), (8, "big"), (12, "world")]
    got = narration._boundaries(words, [0.5, 1.25, 2.0], 18, 3.0)
    word = lambda t, offset, text: {"audio_offset": t, "text_offset": offset, "word_length": len(text),
                                    "text": text, "boundary_type": "Word"}
    assert got == [word(5_000_000, 0, ""), word(5_000_000, 2, "Hello"), word(12_500_000, 8, "big"),
                   word(20_000_000, 12, "world"), word(30_000_000, 18, "")]
    # a text that starts with a word needs no sentinel at 0; the end is never before the last word
    assert [b["text"] for b in narration._boundaries([(0, "Hi")], [0.25], 2, 1.0)] == ["Hi", ""]
    assert narration._boundaries([(0, "Hi")], [0.75], 3, 0.5)[-1]["audio_offset"] == 7_500_000
    assert narration._boundaries([], [], 0, 1.0) == [word(0, 0, "")]
    assert narration._boundaries([], [], 4, 1.0) == [word(0, 0, ""), word(10_000_000, 4, "")]


def test_match_prefers_more_pairs_then_the_closer_one():
    # both estimates can only pair with the one heard pause: the closer wins
    assert narration._match([1.0, 1.3], [1.25], tolerance=0.5) == [(1, 0)]
    assert narration._match([1.2, 1.6], [1.25], tolerance=0.5) == [(0, 0)]
    # two pairs beat one closer pair
    assert narration._match([1.0, 2.0], [1.4, 2.1], tolerance=0.5) == [(0, 0), (1, 1)]
    assert narration._match([2.0], [1.0, 2.5, 3.0], tolerance=0.5) == [(0, 1)]
    assert narration._match([1.0], [1.5], tolerance=0.5) == [(0, 0)]       # exactly the tolerance
    assert narration._match([], [1.0], tolerance=0.5) == [] and narration._match([1.0], [], 0.5) == []


def wav(tmp_path, *parts, rate=8000):
    """A WAV of loud (True) and quiet (False) stretches: [(seconds, loud), ...]."""
    rng = np.random.default_rng(0)
    samples = [(rng.uniform(-0.5, 0.5, round(s * rate)) * 32767 if loud else np.zeros(round(s * rate))).astype(np.int16)
               for s, loud in parts]
    path = tmp_path / "t.wav"
    narration.write_wav(path, np.concatenate(samples), rate)
    return path


def test_the_speech_span_and_its_pauses(tmp_path):
    samples, rate = narration.read_wav(wav(tmp_path, (0.2, False), (0.5, True), (0.3, False), (0.4, True),
                                           (0.1, False), (0.3, True), (0.25, False)))
    start, end, pauses = narration._speech_span(samples, rate)
    assert (start, end) == pytest.approx((0.2, 1.8), abs=1e-9)
    # the 0.3 s silence is a pause; the 0.1 s one is too short (0.12 s at least)
    assert len(pauses) == 1 and pauses[0] == pytest.approx((0.7, 1.0), abs=1e-9)
    both = narration._speech_span(samples, rate, min_pause_s=0.1)[2]
    assert np.allclose(both, [(0.7, 1.0), (1.4, 1.5)], rtol=0, atol=1e-9)
    # silence: all of it, no pauses; too short for one frame: its length
    assert narration._speech_span(np.zeros(800), 8000) == (0.0, pytest.approx(0.1), [])
    assert narration._speech_span(np.zeros(50), 8000) == (0.0, 50 / 8000, [])
    quiet = np.full(800, 1e-6)
    assert narration._speech_span(quiet, 8000)[2] == [] and narration._speech_span(quiet, 8000)[0] == 0.0


def test_word_times_share_the_speech_and_pin_each_sentence_to_its_pause(tmp_path):
    path = wav(tmp_path, (0.5, False), (1.0, True), (0.5, False), (1.0, True), (0.5, False))
    bounds = narration.estimate_word_boundaries("aaa bbb. ccc ddd", path)
    times = [round(b["audio_offset"] / 1e7, 3) for b in bounds]
    assert [b["text"] for b in bounds] == ["aaa", "bbb.", "ccc", "ddd", ""]
    # "bbb." ends where the pause begins (1.5 s) and "ccc" starts where it ends (2.0 s);
    # in between the letters share the time: "aaa " is 4 of the 9 letters up to the pause's start
    assert times == [0.5, pytest.approx(0.5 + 1.0 * 4 / 8, abs=1e-3), 2.0, pytest.approx(2.5, abs=1e-3), 3.0]
    assert narration.estimate_word_boundaries("  ", path) == narration._boundaries([], [], 2, 3.5)


def test_cues_without_word_times_share_the_line_by_letters():
    assert narration.caption_cues("   ", 1.0, 2.0) == []
    # "aaaa " and "bb. " and "c ": 5, 4 and 2 letters of 11, over 11 seconds
    cues = narration.caption_cues("aaaa bb. c", 0.0, 11.0, max_chars=6)
    assert cues == [{"text": "aaaa", "start_s": 0.0, "end_s": 5.0},
                    {"text": "bb. c", "start_s": 5.0, "end_s": 11.0}]
    # timings of another line's words (a count that does not match) are not used
    assert narration.caption_cues("aaaa bb. c", 0.0, 11.0, [0.0, 1.0], max_chars=6) == cues
    timed = narration.caption_cues("aaaa bb. c", 10.0, 20.0, [0.0, 1.0, 2.5], max_chars=6)
    assert timed == [{"text": "aaaa", "start_s": 10.0, "end_s": 11.0},
                     {"text": "bb. c", "start_s": 11.0, "end_s": 20.0}]
    assert narration.caption_cues("one line", 2.0, 3.0, [0.5, 0.75]) == \
        [{"text": "one line", "start_s": 2.5, "end_s": 3.0}]
    # a line that starts later: its own length shared, from its own start
    assert [(c["start_s"], c["end_s"]) for c in narration.caption_cues("aaaa bb. c", 10.0, 21.0, max_chars=4)] == \
        [(10.0, 15.0), (15.0, 19.0), (19.0, 21.0)]
    # 84 characters at most by default: 85 make two cues
    words = ["word"] * 17                                   # 17 * 5 - 1 = 84 characters
    assert len(narration.caption_cues(" ".join(words), 0.0, 1.0)) == 1
    assert len(narration.caption_cues(" ".join(words) + "s", 0.0, 1.0)) == 2


def test_cues_break_after_punctuation_unless_that_leaves_a_short_first_part():
    split = narration._split_words
    assert split("ab cd ef".split(), 5) == [["ab", "cd"], ["ef"]]          # "ab cd" fits exactly
    assert split("ab cd ef".split(), 4) == [["ab"], ["cd"], ["ef"]]
    assert split("one two, three four five".split(), 14) == [["one", "two,"], ["three", "four"], ["five"]]
    # the only comma is too early (before half the group): break where the words run out instead
    assert split("a, bb cc dd ee".split(), 11) == [["a,", "bb", "cc", "dd"], ["ee"]]
    assert split("a b, cc dd".split(), 7) == [["a", "b,"], ["cc", "dd"]]
    # a mark exactly half way along is not too early (four words, and five)
    assert split("a b, c d e".split(), 8) == [["a", "b,"], ["c", "d", "e"]]
    assert split("a b, c d e f".split(), 10) == [["a", "b,"], ["c", "d", "e", "f"]]
    for mark in ".,;:!?":
        assert split(f"xx yy{mark} zz ww".split(), 10)[0][-1] == f"yy{mark}"
    assert split(["word"], 2) == [["word"]] and split([], 10) == [[]]


@pytest.mark.parametrize("seconds,srt", [
    (0, "00:00:00,000"), (-1.0, "00:00:00,000"), (0.0004, "00:00:00,000"), (0.0006, "00:00:00,001"),
    (59.9996, "00:01:00,000"), (61.25, "00:01:01,250"), (3599.999, "00:59:59,999"), (3723.5, "01:02:03,500"),
    (36_000, "10:00:00,000"),
])
def test_subtitle_times(seconds, srt):
    assert narration._stamp(seconds, ",") == srt
    assert narration._stamp(seconds, ".") == srt.replace(",", ".")


def test_srt_and_vtt_exactly(tmp_path):
    lines = [{"text": "One.", "start_s": 61.0, "end_s": 62.5}, {"text": "Two &amp; three.", "start_s": 62.5, "end_s": 64.0}]
    srt = narration.write_srt(lines, tmp_path / "a.srt")
    vtt = narration.write_vtt(iter(lines), tmp_path / "a.vtt")
    assert srt == tmp_path / "a.srt" and vtt == tmp_path / "a.vtt"
    assert srt.read_bytes() == (b"1\n00:01:01,000 --> 00:01:02,500\nOne.\n\n"
                                b"2\n00:01:02,500 --> 00:01:04,000\nTwo &amp; three.\n")
    assert vtt.read_bytes() == (b"WEBVTT\n\n00:01:01.000 --> 00:01:02.500\nOne.\n\n"
                                b"00:01:02.500 --> 00:01:04.000\nTwo &amp; three.\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.srt", "a.vtt"]
    written = narration._write_text(str(tmp_path / "b.txt"), "caf\u00e9")
    assert written == tmp_path / "b.txt" and written.read_bytes() == "caf\u00e9".encode("utf-8")


def test_the_speech_span_at_its_thresholds():
    # a frame exactly at the loudness floor (5% of the loudest) is quiet
    floor = np.concatenate([np.full(1600, 1.0), np.full(2400, 20.0), np.zeros(1600), np.full(2400, 20.0)])
    start, end, pauses = narration._speech_span(floor, 8000)
    assert start == pytest.approx(0.2) and end == pytest.approx(1.0) and np.allclose(pauses, [(0.5, 0.7)])
    # a rate so low that a frame is one sample
    low = np.concatenate([np.zeros(20), np.full(30, 1000.0), np.zeros(50)])
    assert narration._speech_span(low, 100) == (pytest.approx(0.2), pytest.approx(0.5), [])


def test_match_walks_back_through_every_row():
    assert narration._match([1.0, 2.0, 3.0, 10.0], [1.0, 2.0, 3.0], tolerance=0.5) == [(0, 0), (1, 1), (2, 2)]
    assert narration._match([1.0, 2.0, 3.0], [0.0, 1.0, 2.0, 3.0, 9.0], tolerance=0.5) == [(0, 1), (1, 2), (2, 3)]


def test_a_sentinel_marks_the_start_when_the_text_starts_with_a_space():
    assert [(b["text_offset"], b["text"]) for b in narration._boundaries([(1, "Hi")], [0.5], 3, 1.0)] == \
        [(0, ""), (1, "Hi"), (3, "")]


def word_starts(tmp_path, text, *parts):
    bounds = narration.estimate_word_boundaries(text, wav(tmp_path, *parts))
    return {b["text"]: b["audio_offset"] / 1e7 for b in bounds if b["text"]}


def test_word_times_go_by_letters_and_the_pause_after_the_next_to_last_word(tmp_path):
    # "a " is 2 of the 9 letters before the pause (1.5 s); "cc" starts as the pause ends (2.0 s)
    times = word_starts(tmp_path, "a bbbbbb. cc", (0.5, False), (1.0, True), (0.5, False), (1.0, True), (0.5, False))
    assert times == {"a": 0.5, "bbbbbb.": pytest.approx(0.5 + 2 / 9, abs=1e-6), "cc": pytest.approx(2.0, abs=1e-6)}


@pytest.mark.parametrize("pause,matched", [
    # 10 s of speech from 5 s: the full stop is expected at 5 + 10 * 11/21 = 10.24 s, and a pause
    # heard within 15% of the speech (1.5 s) is taken as its
    ((10.9, 11.44), True),      # 1.2 s away: its pause
    ((11.4, 11.94), False),     # 1.7 s away: not
])
def test_a_pause_is_matched_within_15_percent_of_the_speech(tmp_path, pause, matched):
    a, b = pause
    times = word_starts(tmp_path, "aaaa bbbb. cccc dddd", (5.0, False), (a - 5.0, True), (b - a, False),
                        (15.0 - b, True), (0.5, False))
    assert (times["cccc"] == pytest.approx(b, abs=1e-6)) is matched
    if not matched:
        assert times["cccc"] == pytest.approx(5.0 + 10.0 * 11 / 21, abs=1e-6)


def test_a_pause_is_not_matched_more_than_a_second_from_a_short_lines_full_stop(tmp_path):
    # 2.5 s of speech: the full stop is expected at 0.5 + 2.5 * 10/13 = 2.42 s; heard 1.9 s: matched
    times = word_starts(tmp_path, "a bbbbbb. cc", (0.5, False), (0.9, True), (0.5, False), (1.1, True), (0.5, False))
    assert times["cc"] == pytest.approx(1.9, abs=1e-6)
    # heard 1.4 s, 1.02 s from it: too far
    times = word_starts(tmp_path, "a bbbbbb. cc", (0.5, False), (0.4, True), (0.5, False), (1.6, True), (0.5, False))
    assert times["cc"] == pytest.approx(0.5 + 2.5 * 10 / 13, abs=1e-6)
