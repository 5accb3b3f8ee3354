"""The output's named settings, listed once: the CLI offers them, studio checks them.

Plain data, no manim: `render.py` reads these names when it starts. The voices' names
live with the voices, in `scenes.narration.VOICES`; the themes' in `scenes.kit.theme.THEMES`.
"""
from __future__ import annotations

# name -> manim's quality preset
QUALITIES = {"low": "low_quality", "medium": "medium_quality", "high": "high_quality", "4k": "fourk_quality"}
QUALITY_WORDS = "low 480p15, medium 720p30, high 1080p60, 4k 2160p60"
# what a video is made as; studio also makes a single still (png) for tests
VIDEO_FORMATS = ("mp4", "webm", "gif")
FORMATS = (*VIDEO_FORMATS, "png")
CAPTIONS = ("srt", "burn", "off")


def check(quality: str, fmt: str, captions: str) -> None:
    """ValueError naming the setting when a value is not one of its names."""
    for value, allowed, what in ((quality, QUALITIES, "quality"), (fmt, FORMATS, "format"),
                                 (captions, CAPTIONS, "captions")):
        if value not in allowed:
            raise ValueError(f"unknown {what} {value!r} (choose from {', '.join(allowed)})")


# the largest network the video tells: beyond this the diagram is a blur and history.json heavy
DRAWABLE_LAYERS = 4
DRAWABLE_NEURONS = 128


def check_drawable(hidden: list[int]) -> None:
    """ValueError when the video could not draw a network with these hidden layers."""
    if len(hidden) > DRAWABLE_LAYERS or max(hidden) > DRAWABLE_NEURONS:
        raise ValueError(f"the video can draw at most {DRAWABLE_LAYERS} hidden layers of at most "
                         f"{DRAWABLE_NEURONS} neurons each; got {','.join(map(str, hidden))}")
