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
