"""The base of every chapter: its script, its voice, and what it shows.

A chapter is a manim-voiceover scene that reads its narration from
`scenes/scripts/<name>.txt` and plays the history it is given::

    from manim import Create, Circle
    from scenes.kit.chapter import Chapter

    class Intro(Chapter):
        name, title = "intro", "Intro"

        def construct(self):
            self.show_title()
            with self.say("hello") as tracker:           # the [hello] line of intro.txt
                self.play(Create(Circle()), run_time=tracker.duration)
            self.show(step=0, accuracy=self.history.final.test_accuracy)

The history is given as a constructor keyword (`Intro(history=h)`, what
`scenes.output.studio` does) or, for `manim -ql scenes/chapters/intro.py Intro`, read from the file
named by the environment variable `NN_EXPLAINER_HISTORY`.
"""
from __future__ import annotations

import logging
import math
import os
import weakref
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from manim import DEFAULT_WAIT_TIME, DOWN, UP, FadeIn, FadeOut, Indicate, ManimColor, Mobject, Text, config
from manim_voiceover import VoiceoverScene, VoiceoverTracker

from nncore.history import History
from nncore.presets import recipe_words
from nncore.train import STOP_WORDS, lowest_cost_words
from scenes import narration, screen
from scenes.kit import cairopath, drawfast, family, fastcopy, glyphcache, pathcache, redraw, repeats, rgbas, startcopy, textcache, theme
from scenes.kit.readings import stop_reason, stop_step
from scenes.script_dir import BUILT_IN, SCREEN, read_sections, script_file

class _KnownNoise(logging.Filter):
    """manim 0.22 hands ffmpeg-only options to PyAV's muxer, which warns about it on every clip."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "Some options were not used" not in record.getMessage()


logging.getLogger("av.container.output").addFilter(_KnownNoise())
# every Fade and Transform copies its mobject two or three times: copy without manim's
# slowest parts (a glyph's svgelements path, deepcopy's generic handling of arrays and colours)
fastcopy.install()
# most of a frame is drawn from the same points as the frame before: split them once
pathcache.install()
# and the cairo path built from them, once (docs/performance.md, session 10)
cairopath.install()
# the same words in the same font, size and colour: a copy of the Text built before
textcache.install()
# a new Text's glyphs placed where the same glyphs were placed before: copies of them
glyphcache.install()
# a still frame written n times is converted for the encoder once
repeats.install()
# each frame drawn by the same cairo calls with less of manim's Python around them
drawfast.install()
# an opacity set (set_opacity, set_stroke(width=...)) without making a new colour array first
rgbas.install()
# an UpdateFromFunc's starting copy is never read: not made when no updater would run on it
startcopy.install()
# families walked (get_family) and updated (update) with fewer Python calls, same answers
family.install()

SCRIPT_DIR = BUILT_IN
HISTORY_ENV = "NN_EXPLAINER_HISTORY"
SUBTITLE_BAND = 1.0     # the bottom of the frame kept free for burned-in subtitles (manim units)
# a Text's font size in manim points to its height in pixels in a 480-line frame: 'Hg' at
# font size 24 spans 0.3125 units (measured with DejaVu Sans), and 480p has 60 px a unit
PX_PER_POINT_480P = 0.3125 / 24 * 60
# a breath after every narration section: the new picture settles before the next idea
# (the review measured 1-4% silence with no pause of a second between sections)
PAUSE_AFTER_SECTION = 1.2

DATASET_WORDS = {
    "digits": "handwritten digits",
    "xor": "points in four corners",
    "circles": "points in two rings",
    "moons": "points in two half moons",
    "spiral": "points in two spirals",
}
_SMALL = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


# --- scripts ---

def script_lines(name: str, facts: Mapping[str, object] | None = None,
                 script_dir: str | os.PathLike | None = None) -> dict[str, str]:
    """The narration lines of script `name`, by key, with `{placeholders}` filled from `facts`.

    A script is plain text: a line `[key]`, then that line's narration (one or more text
    lines, joined with spaces). Blank lines and lines starting with `#` are ignored.
    Bookmarks (`<bookmark mark='x'/>`) stay in the text; a fact's text never makes one (a
    class name from a CSV is data, said as written). The `[screen]` section is not
    narration (scenes/screen.py). The file is `script_dir`'s when it has one, else the built-in.
    """
    path = script_file(name, Path(script_dir) if script_dir else None)
    sections = read_sections(path)
    plain = {k: narration.as_plain(v) for k, v in (facts or {}).items()}
    return {key: _fill(s.text, plain, path, key) for key, s in sections.items() if key != SCREEN}


def _fill(text: str, facts: Mapping[str, object], path: Path, key: str) -> str:
    if not text:
        raise ValueError(f"{path}: [{key}] has no narration")
    try:
        return text.format_map(facts)
    except KeyError as missing:
        raise ValueError(f"{path}: [{key}] uses {{{missing.args[0]}}}, which is not a fact") from None


def script_text(name: str, facts: Mapping[str, object] | None = None,
                script_dir: str | os.PathLike | None = None) -> str:
    """Everything script `name` says, as one plain text (bookmarks removed): for readability checks."""
    lines = script_lines(name, facts, script_dir).values()
    return " ".join(" ".join(narration.spoken(line).split()) for line in lines)


# --- facts: the run told in words ---

def count_words(n: int) -> str:
    """Small counts as words ("two"), larger ones as digits ("16")."""
    return _SMALL[n] if 0 <= n < len(_SMALL) else str(n)


def and_list(items: list[object]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    words = [str(i) for i in items]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def dataset_words(dataset: str | None) -> str:
    """A data set's name as a viewer would say it; a CSV file by its name."""
    if not dataset:
        return "examples"
    if dataset in DATASET_WORDS:
        return DATASET_WORDS[dataset]
    return Path(dataset).stem.replace("_", " ").replace("-", " ")


def hidden_words(hidden: list[int]) -> str:
    """'one hidden layer of 16 neurons', 'two hidden layers of 16 and 8 neurons'."""
    if not hidden:
        return "no hidden layer"
    layers = "layer" if len(hidden) == 1 else "layers"
    return f"{count_words(len(hidden))} hidden {layers} of {and_list(hidden)} neurons"


def base_facts(history: History) -> dict[str, object]:
    """What every script may say about the run: `{name}` placeholders and their values."""
    cfg, first, final = history.config, history.records[0], history.final
    sizes = list(cfg["sizes"])
    hidden = sizes[1:-1]
    x_train, _ = history.split("train")
    x_test, _ = history.split("test")
    batch = cfg.get("batch_size")
    return {
        "dataset": dataset_words(cfg.get("dataset")),
        "n_inputs": sizes[0],
        "n_outputs": sizes[-1],
        "hidden": and_list(hidden) if hidden else "no",
        "hidden_layers": hidden_words(hidden),
        "n_hidden_layers": count_words(len(hidden)),
        "n_neurons": sum(sizes[1:]),
        "n_weights": sum(a * b for a, b in zip(sizes[:-1], sizes[1:])),
        "n_train": len(x_train),
        "n_test": len(x_test),
        "classes": and_list(history.labels),
        "n_classes": count_words(len(history.labels)),
        "activation": cfg["activations"][0],
        "learning_rate": f"{cfg.get('lr', 0):g}",
        "batch": f"all {len(x_train)}" if batch is None else str(batch),
        "steps": stop_step(history),
        "epochs": final.epoch,
        "start_cost": f"{first.cost:.2f}",
        "final_cost": f"{final.cost:.2f}",
        "start_percent": round(100 * first.test_accuracy),
        "train_percent": round(100 * final.train_accuracy),
        "test_percent": round(100 * final.test_accuracy),
        "stop_reason": STOP_WORDS.get(stop_reason(history), "training ended"),
        "lowest_cost": lowest_cost_words(history.records),
        "recipe": recipe_words(cfg),
    }


def jsonable(value: object) -> object:
    """numpy arrays and numbers (also inside lists, tuples, dicts) as plain JSON values."""
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot record a {type(value).__name__} as a shown value")


def _frames_in(video: str | os.PathLike) -> int:
    import av   # manim's own encoder; imported here to keep `import scenes.kit.chapter` light

    with av.open(str(video)) as container:
        stream = container.streams.video[0]
        return stream.frames or sum(1 for p in container.demux(stream) if p.size)


def _leaves(animations) -> list:
    """The animations inside groups and successions too: a Transform's new words in an
    AnimationGroup are drawn as much as one played alone."""
    found = []
    for a in animations:
        inner = getattr(a, "animations", None)
        found += _leaves(inner) if inner else [a]
    return found


def _text_record(t: float, part: Text, words: str) -> dict:
    """One text as the manifest records it (drawn or lit): when, its words, its size in 480p
    pixels, where it stands and its extent, so a test can tell it stands inside the frame."""
    x, y = part.get_center()[:2]
    return {"t": round(float(t), 3), "text": words, "px": round(float(part.font_size) * PX_PER_POINT_480P, 1),
            "x": round(float(x), 2), "y": round(float(y), 2),
            "w": round(float(part.width), 2), "h": round(float(part.height), 2)}


def _visible(text: Text) -> bool:
    """Some glyph of `text` is painted (a faded-out or not yet faded-in text is not)."""
    return any(g.get_fill_opacity() > 0.05 for g in text.family_members_with_points())


# --- the scene ---

class Chapter(redraw.StillsPaintedOnce, VoiceoverScene):
    """One narrated chapter: subclass it, set `name` and `title`, write `construct`.

    Inside `construct`: `with self.say("key") as tracker:` speaks one script line while
    the block's animations play (use `tracker.duration`, `self.wait_until_bookmark(m)`);
    `self.show(**values)` records what is on screen for the manifest; `self.text(...)`,
    `self.show_title()` and `self.caption(...)` make themed labels.
    After rendering: `self.narration` (one {"text", "start_s", "end_s"} per line said),
    `self.cues` (the same, split into subtitle-sized pieces) and `self.shown`.
    """

    name: str = "intro"
    title: str = "Intro"
    # seconds of quiet after each narrated section; a chapter dense with numbers takes longer
    pause_after_section: float = PAUSE_AFTER_SECTION
    script_dir: Path = SCRIPT_DIR
    history: History | None = None

    def __init__(self, history: History | str | os.PathLike | None = None, voice: str | None = "none",
                 cache_dir: str | os.PathLike | None = None, pace: str = "normal",
                 script_dir: str | os.PathLike | None = None, **kwargs) -> None:
        """`history`: the run to tell (or its path); `voice`: one of narration.VOICES or
        piper:PATH (None = best installed); `cache_dir`: where spoken lines are kept (default
        media_dir/voiceovers); `pace`: slow|normal|fast; `script_dir`: an author's scripts
        (a chapter not there speaks the built-in words)."""
        super().__init__(**kwargs)
        if script_dir is not None:
            self.script_dir = Path(script_dir)
        if history is None and os.environ.get(HISTORY_ENV):
            history = os.environ[HISTORY_ENV]
        if isinstance(history, (str, os.PathLike)):
            history = History.load(history)
        if history is not None:
            self.history = history
        self.voice = voice
        self.pace = pace
        self.cache_dir = cache_dir
        self.narration: list[dict] = []
        self.cues: list[dict] = []
        self.shown: dict[str, object] = {}
        self.drawn: list[dict] = []
        self.lit: list[dict] = []   # texts at an Indicate's peak, grown (see _note_lit)
        # by the text itself, weakly: a text freed and a new one made with the same words could
        # share its id, and the new one went unnoted (a flaky intro test, session 28)
        self._drawn_seen: weakref.WeakKeyDictionary[Text, set[str]] = weakref.WeakKeyDictionary()
        self._caption: Text | None = None
        # quiet added by whole frames: every play lasts whole frames, and so does the breath
        # after a section (1.8 s is 2 s at 3 fps, exact at 15). Silence is measured without it.
        # While words are said, only what a play's frames add past their end counts: before
        # it, a longer play just shortens the wait for the words
        self.frame_rounding_s = 0.0
        self._asked: float | None = None   # a wait's own seconds, while Scene.wait plays it
        self._words_end: float | None = None   # when the words being said end

    # --- facts and script ---

    def facts(self) -> dict[str, object]:
        """Placeholder values for the script; extend with `{**super().facts(), ...}`.

        Reads only `self.history`, so it works on a chapter that is not rendering.
        """
        if self.history is None:
            raise RuntimeError(f"chapter {self.name!r} has no history: pass history=... "
                               f"or set {HISTORY_ENV}")
        return base_facts(self.history)

    def script(self) -> dict[str, str]:
        return script_lines(self.name, self.facts(), self.script_dir)

    # --- manim hooks ---

    def setup(self) -> None:
        super().setup()
        self.theme = theme.current()
        self.camera.background_color = ManimColor(self.theme.background)
        self.lines = self.script()
        screen.use(screen.table(self.name, self.script_dir))
        cache = self.cache_dir or Path(config.media_dir) / "voiceovers"
        self.set_speech_service(narration.service_for(self.voice, cache, self.pace), create_subcaption=False)

    def tear_down(self) -> None:
        """Make the sound track exactly as long as the picture (silence where nothing is said)."""
        from pydub import AudioSegment
        writer = self.renderer.file_writer
        if writer.includes_sound:
            self._wait_out(writer.audio_segment.duration_seconds - self.renderer.time)
        writer.add_audio_segment(AudioSegment.silent(0, frame_rate=narration.SAMPLE_RATE),
                                 time=self.renderer.time)
        super().tear_down()

    # --- frame-exact time, so manim's cache hits on an unchanged second run ---

    def play(self, *args, **kwargs) -> None:
        """Scene.play; after a segment replayed from manim's cache, the clock is set from the
        frames that segment really holds (manim adds the unrounded run time instead, which
        shifts every later narration wait and so misses the cache for the rest of the chapter)."""
        start = self.renderer.time
        self._note_drawn(start, [getattr(a, "target_mobject", None) for a in _leaves(args)])
        self._note_lit(start, _leaves(args))
        super().play(*args, **kwargs)
        self._note_drawn(start, self.mobjects)
        if self.renderer.skip_animations and not self.renderer._original_skipping_status:
            segment = (self.renderer.file_writer.partial_movie_files or [None])[-1]
            if segment is not None and Path(segment).exists():
                self.renderer.time = start + _frames_in(segment) * (1 / config.frame_rate)
        added = self.renderer.time - start - (self.duration if self._asked is None else self._asked)
        if self._words_end is not None:
            added = max(0.0, min(added, self.renderer.time - self._words_end))
        self.frame_rounding_s += added

    def wait(self, duration: float = DEFAULT_WAIT_TIME, stop_condition=None, frozen_frame: bool | None = None) -> None:
        """Scene.wait in whole frames (at least one): the same speech gives the same waits."""
        frames = max(1, round(duration * config.frame_rate))
        if frozen_frame is None:   # manim's own test (Scene.should_update_mobjects)
            frozen_frame = not (self.always_update_mobjects or self.updaters or stop_condition
                                or any(m.has_time_based_updater() for m in self.get_mobject_family_members()))
        # manim floors duration / frame time for a still frame and rounds it up for a moving
        # one: half a frame either way lands on `frames` despite float error
        self._note_drawn(self.renderer.time, self.mobjects)
        self._asked = duration
        try:
            super().wait((frames + (0.5 if frozen_frame else -0.5)) / config.frame_rate, stop_condition, frozen_frame)
        finally:
            self._asked = None

    def _wait_out(self, seconds: float) -> None:
        """Wait whole frames covering `seconds` (none when it is under a millisecond)."""
        if seconds > 1e-3:
            whole = math.ceil(seconds * config.frame_rate - 1e-6) / config.frame_rate
            self.wait(whole)
            self.frame_rounding_s += whole - seconds   # the wait counted itself from `whole`

    # --- narration ---

    @contextmanager
    def say(self, key: str, **kwargs) -> Iterator[VoiceoverTracker]:
        """Speak script line `key` while the `with` block's animations play.

        When the block ends early the scene waits for the speech to finish; when it runs
        longer, the next line starts after it.
        """
        if key not in self.lines:
            raise KeyError(f"{self.script_dir / (self.name + '.txt')} has no [{key}] line")
        with self.voiceover(text=self.lines[key], **kwargs) as tracker:
            self._record(tracker)
            self._words_end = float(tracker.end_t)
            try:
                yield tracker
            finally:
                self._words_end = None
        # manim-voiceover skips a wait shorter than a frame; at low frame rates that lets
        # the next line start over the end of this one
        self._wait_out(tracker.get_remaining_duration())
        self._wait_out(self.pause_after_section)

    def wait_before(self, tracker: VoiceoverTracker, mark: str, lead: float = 0.8) -> None:
        """Wait until `lead` seconds before bookmark `mark`, so what is drawn next is whole and
        full bright by the time its words start (review 8: labels faded in while they were said
        were caught dim). Nothing when that moment is less than a frame away."""
        wait = tracker.time_until_bookmark(mark) - lead
        if wait > 1 / config.frame_rate:
            self.wait(wait)

    def _record(self, tracker: VoiceoverTracker) -> None:
        text = " ".join(narration.spoken(tracker.data["input_text"]).split())
        start, end = float(tracker.start_t), float(tracker.end_t)
        self.narration.append({"text": text, "start_s": round(start, 3), "end_s": round(end, 3)})
        words = [b["audio_offset"] / 1e7 for b in tracker.data.get("word_boundaries", []) if b.get("text")]
        cues = narration.caption_cues(text, start, end, words or None)
        self.cues += [{**c, "start_s": round(c["start_s"], 3), "end_s": round(c["end_s"], 3)} for c in cues]

    # --- what the viewer sees ---

    def texts_seen(self):
        """Every text part the viewer can see now, in scene order (a part shared by two groups
        comes once for each)."""
        return (part for mob in self.mobjects for part in mob.get_family()
                if isinstance(part, Text) and part.text.strip() and _visible(part))

    def words_on_screen(self, where=None) -> list[str]:
        """The words a frame shows now, every visible text's (for the manifest: tests read which
        labels stand together); `where(text)`: only those it is true of."""
        return [getattr(part, "original_text", part.text) for part in self.texts_seen() if where is None or where(part)]

    def _note_drawn(self, t: float, mobjects) -> None:
        """Record each text the viewer can see, once, when it first appears: its words, its
        size in 480p pixels, where it stands and its extent (width, height). Tests check it against the run (what is
        drawn, not only what the chapter says it showed). A Transform's target is noted
        too: the mobject it morphs keeps its old `.text` while showing the new words."""
        for mob in mobjects:
            if mob is None:
                continue
            for part in mob.get_family():
                if not isinstance(part, Text) or not part.text.strip():
                    continue
                words = getattr(part, "original_text", part.text)
                if words in self._drawn_seen.get(part, ()) or not _visible(part):
                    continue
                self._drawn_seen.setdefault(part, set()).add(words)
                self.drawn.append(_text_record(t, part, words))

    def _note_lit(self, t: float, animations) -> None:
        """Record each text an Indicate grows, where it stands at the lit peak (s35 review, tiny
        144 s: a row lit in one group with a wire far right of it grew out past the frame's left
        edge, though it stood inside before and after, where `_note_drawn` sees it)."""
        for a in animations:
            if not isinstance(a, Indicate) or a.scale_factor == 1.0:
                continue
            for part in a.mobject.copy().scale(a.scale_factor).get_family():
                if isinstance(part, Text) and part.text.strip() and _visible(part):
                    self.lit.append(_text_record(t, part, getattr(part, "original_text", part.text)))

    def texts_standing(self) -> list[dict]:
        """Every text the viewer can see now: its words and its bounds (left, right, bottom, top),
        read from the scene, so a test can tell what stands under what at one moment."""
        seen: set[int] = set()
        found = []
        for part in self.texts_seen():
            if id(part) in seen:
                continue
            seen.add(id(part))
            found.append({"text": getattr(part, "original_text", part.text),
                          "box": [round(float(v), 3) for v in (part.get_left()[0], part.get_right()[0],
                                                               part.get_bottom()[1], part.get_top()[1])]})
        return found

    def standing(self, *groups: Mobject) -> list[Mobject]:
        """The parts of `groups` on screen now, each at its highest level there. Playing an
        animation on a part of a group splits that group in the scene (manim re-adds the part
        on its own), so the group itself is no longer among the scene's mobjects while its
        other parts still stand: a test 'is the group on screen' missed them and a fade left
        them up (review s20 g1: the close-up's labels stood over backprop's ending)."""
        seen = {id(p) for top in self.mobjects for p in top.get_family()}
        found: list[Mobject] = []

        def walk(mob: Mobject) -> None:
            if id(mob) in seen:
                found.append(mob)
            else:
                for part in mob.submobjects:
                    walk(part)
        for group in groups:
            walk(group)
        return found

    def show(self, **values: object) -> None:
        """Record values put on screen (for the manifest); numpy values become lists and numbers."""
        self.shown.update({k: jsonable(v) for k, v in values.items()})

    def text(self, words: str, size: str = "label", color: str | None = None,
             facts: Mapping[str, object] | None = None, **kwargs) -> Text:
        """A themed Text; `size` is title, label or small.

        `words` is a template: the on-screen words as written in English, with `{name}`
        placeholders filled from `facts` (never an f-string), so that the words are looked
        up in the script's [screen] section (scenes/screen.py) before the run's numbers go in.
        Text facts are data and are shortened with an ellipsis when too long to draw.
        """
        t = self.theme
        return Text(screen.words(words, facts), font=t.font, font_size=getattr(t, f"{size}_size"),
                    color=color or t.text, **kwargs)

    def show_title(self, words: str | None = None, facts: Mapping[str, object] | None = None) -> Text:
        """Put the chapter's title (or the template `words`) at the top edge; returns it.

        It stands there from the first frame: a fade from nothing left the chapter's opening
        frame blank (every blind reviewer's sheet began with an empty picture)."""
        title = self.text(words or self.title, size="title", facts=facts).to_edge(UP, buff=0.4)
        self.add(title)
        self.wait(0.6)
        return title

    def caption(self, words: str | None, facts: Mapping[str, object] | None = None) -> Text | None:
        """Replace the short caption near the bottom edge (None just removes it); it stands
        above the bottom unit, which stays free for subtitles burned into the picture."""
        old, new = self._caption, None
        anims = [FadeOut(old)] if old is not None else []
        if words:
            new = self.text(words, size="label", facts=facts).to_edge(DOWN, buff=SUBTITLE_BAND + 0.05)
            anims.append(FadeIn(new))
        if anims:
            self.play(*anims, run_time=0.4)
        self._caption = new
        return new
