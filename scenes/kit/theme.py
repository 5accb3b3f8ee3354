"""Every colour and size the scenes use, so dark and light themes are one switch.

    >>> from scenes.kit import theme
    >>> theme.use("light").background
    '#FFFFFF'
    >>> theme.use("dark").classes[:2]      # sky and pink: the first two classes
    ('#5FD0FF', '#FFB3FF')
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    text: str            # labels and captions
    muted: str           # secondary labels, outlines
    positive: str        # positive weights, nudges up
    negative: str        # negative weights, nudges down
    neuron_fill: str     # a fully lit neuron; brightness scales toward background
    neuron_stroke: str
    highlight: str       # yellow, as the glow: a neuron's brightness and the network's guess
    focus: str           # "look here": the ring or box round what the narration names (white,
                         # so yellow keeps one meaning: glow and guesses)
    right: str           # a correct guess
    wrong: str           # a wrong guess: light grey (with a cross where it stands alone), never
                         # red, which means a dial below zero everywhere in the video; as bright
                         # as `right` at least, so the cross reads as strongly as the tick
                         # (review o, s14: the grey cross was weaker than the green tick)
    cost: str            # the cost curve and cost bars
    accuracy: str        # the accuracy curve
    blame: str           # how much a neuron is to blame (backprop): never the activation glow
    gap: str             # how far a guess is from its answer: the cost chapter's gaps and the
                         # backprop chapter's, one colour (violet as blame: the blame starts
                         # from the gap; orange beside the yellow guess hardly showed, review 11a)
    turn_up: str         # a dial's change, turned up (lime): not the dials' own blue, which
    turn_down: str       # means above zero (magenta: not red, below zero); review 11a
    huge: str            # the too-big step size's run (descent): teal, no other meaning
    tiny: str            # the too-small step size's run (descent): pink, no other meaning (white
                         # was also the "look here" rings)
    classes: tuple[str, ...]   # one colour per class (points, tags), repeated past the last;
    # the first two (the tiny preset's rings) a sky and a pink, no other meaning in the video
    # (review w, s14: orange was the inner ring's colour, the gap's and high cost's; blue is a
    # dial above zero), and far from every shade of the yellow glow: the sands before them were
    # two tans hard to tell apart, and the darker read as a half-lit neuron (review s32, tiny)
    # sizes, in manim units unless said otherwise
    font: str = "DejaVu Sans"
    title_size: int = 40
    label_size: int = 24
    small_size: int = 18
    neuron_radius: float = 0.16
    neuron_stroke_width: float = 1.5
    max_edge_width: float = 5.0  # stroke width of the largest weight
    min_edge_width: float = 0.4


DARK = Theme(
    name="dark", background="#111418", text="#F2F2F2", muted="#8A9099",
    positive="#4A90E2", negative="#E2574A", neuron_fill="#FFD54F", neuron_stroke="#C9CED6",
    highlight="#FFD54F", focus="#FFFFFF", right="#5BC46A", wrong="#D0D5DC", cost="#FF9F43", accuracy="#5BC46A",
    blame="#C77DFF", gap="#C77DFF", turn_up="#A4D65E", turn_down="#E05BB8",
    huge="#3CC9C0", tiny="#F48FB1", classes=("#5FD0FF", "#FFB3FF", "#5BC46A", "#E2574A", "#FFD54F", "#8A9099"),
)

LIGHT = Theme(
    name="light", background="#FFFFFF", text="#1B1F24", muted="#6B717A",
    positive="#1F6FD1", negative="#D1402F", neuron_fill="#F2A900", neuron_stroke="#3A4048",
    highlight="#D98E00", focus="#1B1F24", right="#2E9B3F", wrong="#3A4048", cost="#E07B00", accuracy="#2E9B3F",
    blame="#8E44AD", gap="#8E44AD", turn_up="#5E8F12", turn_down="#B3278C",
    huge="#0E8A82", tiny="#C2185B", classes=("#17A9E0", "#D455C8", "#2E9B3F", "#D1402F", "#D98E00", "#6B717A"),
)

THEMES = {t.name: t for t in (DARK, LIGHT)}
_current = DARK


def use(name: str) -> Theme:
    """Switch every scene drawn after this call to the theme called `name`."""
    global _current
    _current = THEMES[name]
    return _current


def current() -> Theme:
    return _current
