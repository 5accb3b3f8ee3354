"""Chapter 1, intro: the task, shown with one real training example, then the network built
layer by layer.

    from scenes.chapters.intro import Intro, intro_facts
    intro_facts(history)["example_label"]      # '0': the class of the example shown

The task is drawn the way the data looks: a digit as 8x8 grey squares, 2-D points as
coloured dots in a square plot, any other table as a row of grey squares.
"""
from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from manim import DOWN, LEFT, RIGHT, UP, Circle, FadeIn, FadeOut, LaggedStart, Mobject, Square, Text, VGroup

from nncore.history import History
from scenes.kit.chapter import Chapter, and_list, base_facts
from scenes.kit.network_diagram import NetworkDiagram, layer_names, network_picture, shown_indices
from scenes.kit import theme
from scenes.kit.pictures import cell_squares, class_colors, dot_cloud, shade
from scenes.kit.readings import EXAMPLE, class_of, input_kind, label_of
from scenes.kit.theme import Theme

MAX_ROW = 8             # a table example wraps its squares after this many
MAX_VALUES_SHOWN = 8    # a table example prints its numbers only when it has this few
TASK_FIRST_BOX = (7.0, 4.4)     # the most room the example takes when shown alone
TABLE_CELL = 0.8        # side of one square of a table example: room for "0.87" under it
TASK_WORDS = {"image": "image", "point": "points", "numbers": "table"}   # the script's [task_*] keys
DIAGRAM_BOX = dict(width=9.6, height=4.9)   # the network beside the task picture
DIAGRAM_SPOT = 1.65 * RIGHT + 0.35 * UP
TASK_SPOT = 4.95 * LEFT + 0.35 * UP          # where the task picture waits while the net is built
TASK_BOX = (3.2, 4.4)                       # the most room it takes there (width, height)


# --- what the chapter tells: read from the history only ---

def task_kind(history: History) -> str:
    """'image' (the digits: square pictures), 'points' (two numbers: a plot) or 'table'."""
    return TASK_WORDS[input_kind(history)]


def example(history: History) -> tuple[int, np.ndarray, str]:
    """(index into data.train, its inputs, its class name): the example the story shows."""
    x, _ = history.split("train")
    return EXAMPLE, x[EXAMPLE], label_of(history, EXAMPLE)


def intro_facts(history: History) -> dict[str, object]:
    """The base facts and the intro's own: the example's class, what inputs and outputs hold."""
    facts = base_facts(history)
    _, _, label = example(history)
    kind, labels, n_out = task_kind(history), history.labels, history.config["sizes"][-1]
    input_words = {"image": "one for each square of the picture",
                   "points": "one for how far across the point sits and one for how high",
                   "table": "one for each number"}[kind]
    holds = {"image": "Each one glows as bright as its square.",
             "points": "Each one holds one of the point's two numbers.",
             "table": "Each one holds one number of the example."}[kind]
    n_in = history.config["sizes"][0]
    if len(shown_indices(n_in)) < n_in:
        holds += " That is too many to draw, so the dots stand in for the rest."
    facts.update(example_label=label, input_words=input_words, input_holds=holds,
                 output_words=f"{n_out} of them, one for each answer: {and_list(labels)}.",
                 yes_class=labels[-1], no_class=labels[0])
    return facts


# --- pictures of the task ---

class PixelGrid(VGroup):
    """Grey squares, one per value (0 dark .. 1 bright), in rows of `columns`.

        >>> PixelGrid([0.0, 0.5, 1.0, 0.25], columns=2, side=1.0)
        PixelGrid(4 squares, 2 a row)
    """

    def __init__(self, values: Sequence[float] | np.ndarray, columns: int, side: float,
                 **kwargs) -> None:
        super().__init__(**kwargs)
        self.values = np.clip(np.asarray(values, dtype=float).reshape(-1), 0.0, 1.0)
        self.columns = columns
        grey = theme.current().text
        self.add(*cell_squares([shade(v, grey) for v in self.values], columns, side / columns, stroke_width=1.0))
        self.center()

    def __repr__(self) -> str:
        return f"PixelGrid({len(self.values)} squares, {self.columns} a row)"


class PointPlot(VGroup):
    """Real 2-D points as dots in a square frame, one colour per class, and a legend below.

        >>> PointPlot(np.array([[0.0, 0.0], [1.0, 1.0]]), np.array([0, 1]), ["a", "b"], side=3)
        PointPlot(2 points, 2 classes)
    """

    def __init__(self, points: np.ndarray, classes: np.ndarray, labels: Sequence[str],
                 side: float, dot_radius: float = 0.045, **kwargs) -> None:
        super().__init__(**kwargs)
        t = theme.current()
        self.side = side
        self._middle = (points.min(axis=0) + points.max(axis=0)) / 2
        self._span = max(float(np.ptp(points, axis=0).max()), 1e-9)
        self.frame = Square(side, stroke_color=t.muted, stroke_width=1.5)
        colors = class_colors(len(labels))
        # one VMobject per class: hundreds of dots as a few mobjects
        self.dots = VGroup(*(dot_cloud([self.locate(p) for p in points[classes == c]], dot_radius,
                                       colors[c], opacity=0.9) for c in range(len(labels))))
        self.legend = _legend(labels, colors, t).next_to(self.frame, DOWN, buff=0.2)
        self.n_points = len(points)
        self.add(self.frame, self.dots, self.legend)

    def locate(self, point: Sequence[float]) -> np.ndarray:
        """Where a data point sits in the plot (a 5% margin inside the frame)."""
        xy = (np.asarray(point, dtype=float) - self._middle) / self._span * 0.9 * self.side
        return self.frame.get_center() + np.array([xy[0], xy[1], 0.0])

    def __repr__(self) -> str:
        return f"PointPlot({self.n_points} points, {len(self.dots)} classes)"


def _legend(labels: Sequence[str], colors: list[str], t: Theme) -> VGroup:
    items = [VGroup(Circle(0.07, fill_color=c, fill_opacity=1.0, stroke_width=0),
                    Text(str(name), font=t.font, font_size=t.small_size, color=t.text))
             .arrange(RIGHT, buff=0.1) for name, c in zip(labels, colors)]
    return VGroup(*items).arrange(RIGHT, buff=0.35)


def layer_parts(diagram: NetworkDiagram) -> list[VGroup]:
    """Per layer, everything drawn for it: circles, ellipsis, count, its input or output names."""
    elided = [k for k in range(len(diagram.sizes))
              if len(diagram.shown_indices(k)) < diagram.sizes[k]]
    parts = [VGroup(diagram.neuron_groups[k]) for k in range(len(diagram.sizes))]
    for k, dots, count in zip(elided, diagram.ellipses, diagram.count_labels):
        parts[k].add(dots, count)
    parts[0].add(diagram.input_labels)
    parts[-1].add(diagram.output_labels)
    return parts


# --- the chapter ---

class Intro(Chapter):
    """The task and the network.

        manim -ql scenes/chapters/intro.py Intro      # with NN_EXPLAINER_HISTORY=out/history.json
    """

    name, title = "intro", "Intro"

    def facts(self) -> dict[str, object]:
        super().facts()   # the base class's check that there is a history
        return intro_facts(self.history)

    def construct(self) -> None:
        index, inputs, label = example(self.history)
        kind = task_kind(self.history)
        title = self.show_title()
        picture, caption, fed = self.present_task(kind, inputs, label)
        diagram = network_picture(self.history, **DIAGRAM_BOX).move_to(DIAGRAM_SPOT)
        parts, names = layer_parts(diagram), layer_names(diagram, self.theme)
        self.build_inputs(diagram, parts[0], names[0], VGroup(picture, caption), fed, inputs)
        self.build_rest(parts[1:], names[1:])
        with self.say("promise") as tracker:
            # the promise takes the title's place: the last thing this chapter says
            promise = self.text("every number you will see is real", size="title",
                                color=self.theme.highlight).move_to(title)
            self.play(FadeOut(title, shift=0.3 * UP), FadeIn(promise, shift=0.3 * UP),
                      run_time=min(1.5, tracker.duration / 3))
        self.show(example=index, label=label, sizes=list(diagram.sizes), inputs=inputs)

    def present_task(self, kind: str, inputs: np.ndarray, label: str) -> tuple[VGroup, Mobject, list]:
        """Show the example; returns the picture, its caption and the pieces fed to the inputs."""
        picture, caption, fed = self.task_picture(kind, inputs, label)
        with self.say(f"task_{kind}") as tracker:
            self.play(FadeIn(picture), run_time=min(1.5, tracker.duration / 4))
            self.wait_until_bookmark("label")
            self.play(FadeIn(caption), run_time=0.6)
        return picture, caption, fed

    def task_picture(self, kind: str, inputs: np.ndarray, label: str) -> tuple[VGroup, Mobject, list]:
        """The example as a digit picture, a ringed point among all the points, or squares."""
        t = self.theme
        if kind == "points":
            x, y = self.history.split("train")
            classes = np.array([class_of(row) for row in y])
            plot = PointPlot(x, classes, self.history.labels, side=4.0).move_to(0.3 * UP)
            spot = plot.locate(inputs)
            ring = Circle(0.16, stroke_color=t.highlight, stroke_width=4).move_to(spot)
            caption = self.text(f"this one: {label}", size="label").next_to(plot, DOWN, buff=0.25)
            dot = Circle(0.06, fill_color=class_colors(len(self.history.labels))[class_of(y[EXAMPLE])],
                         fill_opacity=1.0, stroke_width=0).move_to(spot)
            return VGroup(plot, ring, dot), caption, [dot, dot]
        n = len(inputs)
        columns = math.isqrt(n) if kind == "image" else min(n, max(MAX_ROW, math.ceil(math.sqrt(n))))
        grid = PixelGrid(inputs, columns, side=3.6 if kind == "image" else TABLE_CELL * columns)
        picture = VGroup(grid)
        if kind == "table" and len(inputs) <= MAX_VALUES_SHOWN:
            picture.add(VGroup(*(self.text(f"{v:.2f}", size="small").next_to(sq, DOWN, buff=0.1)
                                 for v, sq in zip(inputs, grid))))
        picture.scale(min(1.0, TASK_FIRST_BOX[0] / picture.width, TASK_FIRST_BOX[1] / picture.height))
        picture.move_to(0.2 * UP)
        words = f"a handwritten {label}" if kind == "image" else f"answer: {label}"
        caption = self.text(words, size="label").next_to(picture, DOWN, buff=0.3)
        return picture, caption, list(grid)

    def build_inputs(self, diagram: NetworkDiagram, part: VGroup, name: Text, task: VGroup,
                     fed: list, inputs: np.ndarray) -> None:
        """The task moves aside; the input column appears and the example's values flow in."""
        with self.say("inputs") as tracker:
            beat = min(1.2, tracker.duration / 5)
            shrink = min(1.0, TASK_BOX[0] / task.width, TASK_BOX[1] / task.height)
            self.play(task.animate.scale(shrink).move_to(TASK_SPOT), run_time=beat)
            self.play(FadeIn(part), FadeIn(name), run_time=beat)
            shown = diagram.shown_indices(0)
            circles = diagram.neurons(0)
            copies = [fed[i].copy() for i in shown]
            self.play(LaggedStart(*(c.animate.move_to(circle).scale_to_fit_height(circle.height)
                                    for c, circle in zip(copies, circles)),
                                  lag_ratio=0.08), run_time=2 * beat)
            # light the inputs under the copies, then let the copies fade into them
            diagram.set_activations([inputs] + [np.zeros(n) for n in diagram.sizes[1:]])
            self.play(*(FadeOut(c) for c in copies), run_time=beat)

    def build_rest(self, parts: list[VGroup], names: VGroup) -> None:
        """Hidden layers, then the outputs with their class names."""
        with self.say("hidden") as tracker:
            hidden = list(zip(parts[:-1], names[:-1]))
            self.play(LaggedStart(*(FadeIn(VGroup(p, n), shift=0.2 * RIGHT) for p, n in hidden),
                                  lag_ratio=0.5), run_time=min(2.0, tracker.duration / 3))
        one_output = len(self.history.labels) != self.history.config["sizes"][-1]
        with self.say("output_one" if one_output else "outputs") as tracker:
            self.play(FadeIn(VGroup(parts[-1], names[-1]), shift=0.2 * RIGHT),
                      run_time=min(1.5, tracker.duration / 3))
