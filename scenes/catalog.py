"""The chapters of the explainer, in the order they are told.

    >>> from scenes import catalog
    >>> catalog.names()[:3]
    ['intro', 'init', 'forward']
    >>> catalog.title("backprop")
    'Backpropagation'

Chapter modules are imported only when a chapter is asked for, so listing the
chapters never loads manim scenes (and never fails on one that is not written yet).
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    name: str
    title: str
    target: str        # "module:ClassName"

    def __repr__(self) -> str:
        return f"Entry({self.name!r}, {self.title!r}, {self.target!r})"


CHAPTERS: tuple[Entry, ...] = (
    Entry("intro", "A network that learns", "scenes.chapters.intro:Intro"),
    Entry("init", "Random start", "scenes.chapters.init:Init"),
    Entry("forward", "The forward pass", "scenes.chapters.forward:Forward"),
    Entry("cost", "The cost", "scenes.chapters.cost:Cost"),
    Entry("backprop", "Backpropagation", "scenes.chapters.backprop:Backprop"),
    Entry("descent", "Gradient descent", "scenes.chapters.descent:Descent"),
    Entry("training", "Training", "scenes.chapters.training:Training"),
    Entry("testing", "Testing", "scenes.chapters.testing:Testing"),
    Entry("convnet", "Convolutional nets", "scenes.chapters.convnet:Convnet"),
    Entry("recap", "Recap", "scenes.chapters.recap:Recap"),
)
_BY_NAME = {entry.name: entry for entry in CHAPTERS}


def names() -> list[str]:
    return [entry.name for entry in CHAPTERS]


def entry(name: str) -> Entry:
    """The catalog entry of chapter `name`; a ValueError names the known chapters."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ValueError(f"unknown chapter {name!r} (known: {', '.join(names())})") from None


def title(name: str) -> str:
    return entry(name).title


def index(name: str) -> int:
    """The chapter's place in the full video, from 1 (the NN of NN-name.mp4)."""
    return names().index(entry(name).name) + 1


def chapter_class(name: str) -> type:
    """The Chapter subclass that tells chapter `name` (its module is imported now)."""
    module_name, class_name = entry(name).target.split(":")
    return getattr(importlib.import_module(module_name), class_name)
