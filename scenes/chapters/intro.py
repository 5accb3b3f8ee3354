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
from manim import (DOWN, LEFT, RIGHT, UL, UP, AnimationGroup, Arrow, Brace, Circle, Create, DashedLine, FadeIn, FadeOut, Indicate, LaggedStart,
                   Line,
                   Mobject, Square, Text, TransformFromCopy, VGroup, VMobject)

from nncore.history import History
from scenes.kit.chapter import Chapter, and_list, base_facts
from scenes.narration import Markup
from scenes.kit.network_diagram import NetworkDiagram, layer_names, network_picture, shown_indices
from scenes.kit import theme
from scenes.kit.legend import sign_legend
from scenes.kit.pictures import ShadedGrid, cell_squares, class_colors, dot_cloud, input_names, shade, short, signed
from scenes.kit.readings import (EXAMPLE, a_or_an, class_of, forward_values, input_kind, label_of, learned_patterns,
                                 trained_pass)
from scenes.kit.theme import Theme
from scenes.screen import mark

MAX_ROW = 8             # a table example wraps its squares after this many
MAX_VALUES_SHOWN = 8    # a table example prints its numbers only when it has this few
TASK_FIRST_BOX = (7.0, 4.4)     # the most room the example takes when shown alone
TABLE_CELL = 0.8        # side of one square of a table example: room for "0.87" under it
TASK_WORDS = {"image": "image", "point": "points", "numbers": "table"}   # the script's [task_*] keys
DIAGRAM_BOX = dict(width=9.6, height=4.9)   # the network beside the task picture
DIAGRAM_SPOT = 1.65 * RIGHT + 0.35 * UP
TASK_SPOT = 4.95 * LEFT + 0.35 * UP          # where the task picture waits while the net is built
TASK_BOX = (3.2, 4.4)                       # the most room it takes there (width, height)
NOTE_GAP = 0.1          # between a layer's name and its count line under it
PATTERN = 0.95          # side of one learned pattern (and of the picture beside it): four rows fit the column
PATTERN_GAP = 0.9       # between a pattern and the practice picture that lights its neuron most: room
                        # for an arrow, and for the two column headings side by side


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
        holds = Markup(holds + " <bookmark mark='dots'/>That is too many to draw, so the dots stand in for the rest.")
    patterns = Markup("<bookmark mark='patterns'/>Here is a peek at the end of training: what four of "
                "them look for. <bookmark mark='key'/>Ink on a blue square makes the neuron glow, ink on a red one dims it. "
                "<bookmark mark='best'/>Beside each is the practice picture that makes it glow the most."
                + (" <bookmark mark='over'/>Drawn on its pattern, the top picture's ink lands mostly on blue."
                   if ink_on_blue(history) >= INK_ON_BLUE else "")
                if kind == "image" else "")
    facts.update(before_words=before_words(history),
                 example_label=label, example_article=a_or_an(str(label)), this_one="this picture" if kind == "image" else "this example",
                 input_words=input_words, input_holds=holds, patterns=patterns,
                 output_words=f"{n_out} of them, one for each answer: {and_list(labels)}.",
                 yes_class=labels[-1], no_class=labels[0])
    return facts


def untrained_pass(history: History) -> dict:
    """The example through the network before any step: what "knows nothing" looks like."""
    return forward_values(history, EXAMPLE, history.snapshots[0].step)


def before_words(history: History) -> str:
    """What the untrained network's brightest output says of the example, and whether that is
    right (by luck) or wrong; a single output is only shown, its reading is the cost chapter's."""
    if len(history.labels) != history.config["sizes"][-1]:
        return ""
    guess = history.labels[int(np.argmax(untrained_pass(history)["guess"]))]
    right = str(guess) == str(label_of(history, EXAMPLE))
    return (f"The brightest output says {guess}: right, but only by luck. " if right else
            f"The brightest output says {guess}: wrong. ")


def favourites(history: History, neurons: Sequence[int]) -> list[int]:
    """For each hidden neuron, the practice example that lights it the most at the end of
    training: what the pattern it learned looks like in the data."""
    x, _ = history.split("train")
    hidden = history.network(history.snapshots[-1].step).forward(x).a[1]
    return [int(np.argmax(hidden[:, n])) for n in neurons]


INK = 0.5               # a square of the picture counts as inked from half-full on
INK_ON_BLUE = 0.6       # the share of the top picture's ink on blue squares for "lands mostly on blue"


def ink_on_blue(history: History) -> float:
    """The first learned pattern's favourite picture laid on the pattern: the share of its
    inked squares that fall on blue (above-zero) dials."""
    learned = learned_patterns(history)
    picture = history.split("train")[0][favourites(history, learned["neurons"][:1])[0]]
    inked = picture >= INK
    return float((learned["dials"][0][inked] > 0).mean()) if inked.any() else 0.0


def layer_notes(history: History) -> list[tuple[str, dict]]:
    """Under each layer's name, how many it has and what they stand for: (template, facts)."""
    sizes, kind = history.config["sizes"], task_kind(history)
    first = {"image": "{n}: one per square", "points": "{n}: across and up",
             "table": "{n}: one per number"}[kind]
    last = "{n}: one per answer" if sizes[-1] == len(history.labels) else "{n}: bright or dark"
    return ([(first, {"n": sizes[0]})] + [("{n} neurons", {"n": n}) for n in sizes[1:-1]]
            + [(last, {"n": sizes[-1]})])


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


def wires(diagram: NetworkDiagram, pair: int, color: str, width: float = 1.0) -> VMobject:
    """Every drawn neuron of layer `pair` wired to every drawn one of the next, plain grey: the
    connections, before their dials get a colour (the next chapter's). One VMobject, one
    straight subpath per wire, so drawing it sweeps through them in order."""
    left, right = diagram.neurons(pair), diagram.neurons(pair + 1)
    radius = left[0].width / 2
    a = np.array([c.get_center() for c in left])[None, :, :].repeat(len(right), 0).reshape(-1, 3)
    b = np.array([c.get_center() for c in right])[:, None, :].repeat(len(left), 1).reshape(-1, 3)
    trim = (b - a) / np.linalg.norm(b - a, axis=1, keepdims=True) * radius
    a, b = a + trim, b - trim
    points = np.stack([a, a + (b - a) / 3, a + 2 * (b - a) / 3, b], axis=1).reshape(-1, 3)
    return VMobject(stroke_color=color, stroke_width=width, stroke_opacity=0.5).set_points(points)


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
        self.wait(1.5)   # the example settles before the network is built beside it
        diagram = network_picture(self.history, **DIAGRAM_BOX).move_to(DIAGRAM_SPOT)
        diagram.remove(diagram.edge_groups)   # the dials are the next chapter's: neurons only here
        parts, names = layer_parts(diagram), layer_names(diagram, self.theme)
        notes = self.layer_notes(names)
        self.build_inputs(diagram, parts[0], names[0], notes[0], VGroup(picture, caption), fed, inputs)
        self.build_rest(diagram, parts[1:], names[1:], notes[1:])
        with self.say("promise") as tracker:
            # "knows nothing", shown: the same example through the untrained network
            before = untrained_pass(self.history)
            self.show(before_step=before["step"], before_outputs=before["guess"])
            words = self.text("before training", size="small", color=self.theme.text).move_to(self.peek[1])
            self.play(FadeOut(self.peek), diagram.light_up(before["activations"]), FadeIn(words), run_time=1.5)
            if before_words(self.history):     # the brightest output ringed as it is named, like the peek's
                self.wait_until_bookmark("brightest")
                circle = diagram.neuron_at(len(diagram.sizes) - 1, int(np.argmax(before["guess"])))
                if circle is not None:
                    ring = Circle(circle.width / 2 + 0.1, stroke_color=self.theme.highlight, stroke_width=4)
                    self.play(Create(ring.move_to(circle)), run_time=0.6)
            self.wait_until_bookmark("real")
            # the promise takes the title's place: the last thing this chapter says
            promise = self.text("every number you will see is real", size="title",
                                color=self.theme.highlight).move_to(title)
            self.play(FadeOut(title, shift=0.3 * UP), run_time=0.4)
            self.play(FadeIn(promise, shift=0.3 * UP), run_time=0.6)
        self.wait(1.0)   # the promise stands a moment before the next chapter
        self.show(example=index, label=label, sizes=list(diagram.sizes), inputs=inputs)

    def present_task(self, kind: str, inputs: np.ndarray, label: str) -> tuple[VGroup, Mobject, list]:
        """Show the example; returns the picture, its caption and the pieces fed to the inputs."""
        picture, caption, fed = self.task_picture(kind, inputs, label)
        with self.say(f"task_{kind}") as tracker:
            if kind == "image":
                self.draw_digit(picture[0], inputs)
            elif kind == "points":
                self.draw_points(picture, inputs)
            else:
                self.play(FadeIn(picture), run_time=min(1.5, tracker.duration / 4))
                self.wait_until_bookmark("scaled")
                self.play(Indicate(picture[1] if len(picture) > 1 else picture, color=self.theme.highlight,
                                   scale_factor=1.05), run_time=1.2)
            self.wait_until_bookmark("label")
            self.play(FadeIn(caption), run_time=0.6)
            if kind == "points":
                self.play(Create(self.guides), FadeIn(self.numbers, shift=0.2 * LEFT), run_time=1.2)
        return picture, caption, fed

    def draw_points(self, picture: VGroup, inputs: np.ndarray) -> None:
        """The frame, then the points group by group (as the colours are named), then the
        example ringed; its two numbers are read off the frame's edges (shown at 'label')."""
        t = self.theme
        plot, ring, dot = picture
        self.play(FadeIn(plot.frame), run_time=0.5)
        for group, name in zip(plot.dots, plot.legend):
            self.play(FadeIn(group), FadeIn(name), run_time=1.0)
        self.play(FadeIn(dot), Create(ring), run_time=0.8)
        spot, frame = dot.get_center(), plot.frame
        self.guides = VGroup(DashedLine(spot, [spot[0], frame.get_bottom()[1], 0], color=t.highlight, stroke_width=2),
                             DashedLine(spot, [frame.get_left()[0], spot[1], 0], color=t.highlight, stroke_width=2))
        self.numbers = VGroup(*(self.text(words, size="title", facts={"value": v})
                                for words, v in zip(("across: {value:.2f}", "up: {value:.2f}"), inputs))).arrange(DOWN, aligned_edge=LEFT, buff=0.4)
        self.numbers.move_to([3.3, 0.3, 0])

    def draw_digit(self, grid: PixelGrid, inputs: np.ndarray) -> None:
        """The picture fills in square by square; its size is measured; beside it, the same
        squares as the numbers they hold; the darkest and the brightest are pointed out."""
        t = self.theme
        side = math.isqrt(len(inputs))
        numbers = ShadedGrid(inputs.reshape(side, side), grid.width / side, lambda v: shade(v, t.text),
                             numbers=True, separate=True).move_to(grid).shift(6.0 * RIGHT)
        # each square and its number grow in their own places (one group for both would scale
        # the number in from between them, across the other numbers)
        self.play(FadeIn(numbers.frame), LaggedStart(*(AnimationGroup(FadeIn(sq, scale=0.5), FadeIn(VGroup(c, n), scale=0.5))
                                                       for sq, c, n in zip(grid, numbers.cells, numbers.numbers)),
                                                     lag_ratio=0.05),
                  run_time=3.0)
        self.numbers = numbers
        self.wait_until_bookmark("size")
        side = math.isqrt(len(inputs))
        braces = VGroup(Brace(grid, UP, color=t.muted), Brace(grid, LEFT, color=t.muted))
        counts = VGroup(self.text("{side} squares", size="small", facts={"side": side}).next_to(braces[0], UP, buff=0.1),
                        self.text("{side} squares", size="small", facts={"side": side}).next_to(braces[1], LEFT, buff=0.1))
        self.play(Create(braces), FadeIn(counts), run_time=1.0)
        self.wait_until_bookmark("ink")
        notes = VGroup()
        for k in (int(np.argmin(inputs)), int(np.argmax(inputs))):
            ring = Square(grid[k].width, stroke_color=t.highlight, stroke_width=4).move_to(grid[k])
            # written as the grid of numbers writes it ("0", "1.0"), in the gap between the
            # picture and the numbers, level with its square: it covers no other square
            value = self.text("{value}", size="small", color=t.highlight, facts={"value": short(inputs[k])})
            twin = ring.copy().move_to(self.numbers.cells[k])     # the same square among the numbers
            notes.add(VGroup(ring, twin, value.next_to([grid.get_right()[0], ring.get_y(), 0], RIGHT, buff=0.2)))
        self.play(LaggedStart(*(FadeIn(n) for n in notes), lag_ratio=0.6), run_time=1.5)
        self.wait_until_bookmark("label")
        self.play(FadeOut(braces), FadeOut(counts), FadeOut(notes), run_time=0.5)

    def task_picture(self, kind: str, inputs: np.ndarray, label: str) -> tuple[VGroup, Mobject, list]:
        """The example as a digit picture, a ringed point among all the points, or squares."""
        t = self.theme
        if kind == "points":
            x, y = self.history.split("train")
            classes = np.array([class_of(row) for row in y])
            plot = PointPlot(x, classes, self.history.labels, side=4.0).move_to(0.3 * UP + 3.0 * LEFT)
            spot = plot.locate(inputs)
            ring = Circle(0.16, stroke_color=t.highlight, stroke_width=4).move_to(spot)
            caption = self.text("this one: {label}", size="label", facts={"label": label}).next_to(plot, DOWN, buff=0.25)
            dot = Circle(0.06, fill_color=class_colors(len(self.history.labels))[class_of(y[EXAMPLE])],
                         fill_opacity=1.0, stroke_width=0).move_to(spot)
            return VGroup(plot, ring, dot), caption, [dot, dot]
        n = len(inputs)
        names = input_names(self.history)
        if kind == "table" and names and n <= MAX_VALUES_SHOWN:
            return self.table_picture(names, inputs, label)
        columns = math.isqrt(n) if kind == "image" else min(n, max(MAX_ROW, math.ceil(math.sqrt(n))))
        grid = PixelGrid(inputs, columns, side=3.6 if kind == "image" else TABLE_CELL * columns)
        picture = VGroup(grid)
        if kind == "table" and len(inputs) <= MAX_VALUES_SHOWN:
            picture.add(VGroup(*(self.text("{value:.2f}", size="small", facts={"value": v}).next_to(sq, DOWN, buff=0.1)
                                 for v, sq in zip(inputs, grid))))
        picture.scale(min(1.0, TASK_FIRST_BOX[0] / picture.width, TASK_FIRST_BOX[1] / picture.height))
        picture.move_to(0.2 * UP + (3.0 * LEFT if kind == "image" else 0))
        words = "a handwritten {label}" if kind == "image" else "answer: {label}"
        caption = self.text(words, size="label", facts={"label": label}).next_to(picture, DOWN, buff=0.3)
        return picture, caption, list(grid)

    def table_picture(self, names: Sequence[str], inputs: np.ndarray, label: str) -> tuple[VGroup, Mobject, list]:
        """A short table row as a table: one line per column, its name, its square (as bright
        as its value) and its value (0..1, as the network gets it)."""
        t = self.theme
        grid = PixelGrid(inputs, columns=1, side=TABLE_CELL * 0.75)
        rows = VGroup()
        for name, v, square in zip(names, inputs, grid):
            rows.add(VGroup(self.text("{name}", size="small", color=t.muted, facts={"name": name})
                            .next_to(square, LEFT, buff=0.25),
                            self.text("{value:.2f}", size="small", facts={"value": v}).next_to(square, RIGHT, buff=0.2)))
        picture = VGroup(grid, rows).move_to(0.3 * UP)
        caption = self.text("answer: {label}", size="label", facts={"label": label}).next_to(picture, DOWN, buff=0.3)
        return picture, caption, list(grid)

    def layer_notes(self, names: VGroup) -> list[Text]:
        """Each layer's count and meaning, one small line under its name."""
        return [self.text(words, size="small", color=self.theme.muted, facts=facts)
                .next_to(name, DOWN, buff=NOTE_GAP)
                for (words, facts), name in zip(layer_notes(self.history), names)]

    def build_inputs(self, diagram: NetworkDiagram, part: VGroup, name: Text, note: Text, task: VGroup,
                     fed: list, inputs: np.ndarray) -> None:
        """The task moves aside; the input column appears; the example's squares fly into it
        ("one for each square") and light it ("as bright as its square"); the dots, if any."""
        with self.say("inputs") as tracker:
            beat = min(1.2, tracker.duration / 5)
            shrink = min(1.0, TASK_BOX[0] / task.width, TASK_BOX[1] / task.height)
            guides = getattr(self, "guides", None)   # the point's guide lines stay with the plot's old place
            self.play(task.animate.scale(shrink).move_to(TASK_SPOT),
                      *([FadeOut(guides)] if guides is not None else []), run_time=beat)
            self.play(FadeIn(part), FadeIn(name), run_time=beat)
            self.wait_until_bookmark("count")
            shown = diagram.shown_indices(0)
            circles = diagram.neurons(0)
            copies = [fed[i].copy() for i in shown]
            self.play(FadeIn(note), LaggedStart(*(c.animate.move_to(circle).scale_to_fit_height(circle.height)
                                                  for c, circle in zip(copies, circles)),
                                                lag_ratio=0.08), run_time=2.5)
            self.wait_until_bookmark("glow")
            # light the inputs under the copies, then let the copies fade into them
            diagram.set_activations([inputs] + [np.zeros(n) for n in diagram.sizes[1:]])
            self.play(*(FadeOut(c) for c in copies), run_time=1.0)
            pair = self.brightest_pair(diagram, fed, inputs)
            self.play(Create(pair), run_time=1.0)
            if len(shown) < diagram.sizes[0]:
                self.wait_until_bookmark("dots")
                self.play(FadeOut(pair), Indicate(VGroup(diagram.ellipses[0], diagram.count_labels[0]),
                                                  color=self.theme.highlight, scale_factor=1.5), run_time=1.2)
            else:
                self.play(FadeOut(pair), run_time=0.5)
        self.wait(1.0)

    def brightest_pair(self, diagram: NetworkDiagram, fed: list, inputs: np.ndarray) -> VGroup:
        """The brightest drawn input ringed, and the square (or dot) it came from ringed too,
        joined by a line: this square is that input."""
        t = self.theme
        shown = diagram.shown_indices(0)
        k = max(shown, key=lambda i: inputs[i])
        circle, source = diagram.neuron_at(0, k), fed[k]
        rings = VGroup(Circle(circle.width / 2 + 0.08, stroke_color=t.highlight, stroke_width=3).move_to(circle),
                       Square(source.width + 0.06, stroke_color=t.highlight, stroke_width=3).move_to(source))
        return VGroup(rings, Line(rings[1].get_right(), rings[0].get_left(), stroke_color=t.highlight,
                                  stroke_width=2))

    def build_rest(self, diagram: NetworkDiagram, parts: list[VGroup], names: VGroup, notes: list[Text]) -> None:
        """Hidden layers (and, for pictures, the patterns four of them learn, each beside the
        practice picture that lights it most), then the outputs, lit as the trained network
        lights them for this example: the brightest is the guess."""
        with self.say("hidden") as tracker:
            hidden = list(zip(parts[:-1], names[:-1], notes[:-1]))
            numbers = getattr(self, "numbers", None)   # the example's numbers make room
            if numbers is not None:
                self.play(FadeOut(numbers), run_time=0.5)
            self.play(LaggedStart(*(FadeIn(VGroup(*layer), shift=0.2 * RIGHT) for layer in hidden),
                                  lag_ratio=0.5), run_time=min(2.0, tracker.duration / 3))
            self.wait_until_bookmark("wires")
            self.wires = VGroup(*(wires(diagram, k, self.theme.muted) for k in range(len(hidden))))
            self.play(*(Create(w) for w in self.wires), run_time=2.0)
            # the wires go under the circles already shown (the outputs are not, yet)
            self.bring_to_front(diagram.neuron_groups[0], *parts[:-1])
            self.wait_until_bookmark("workers")
            self.play(*(Indicate(part, color=self.theme.highlight, scale_factor=1.05) for part, _, _ in hidden),
                      run_time=1.2)
            if task_kind(self.history) == "image":
                looks, liked = self.patterns(diagram)
                self.wait_until_bookmark("patterns")
                self.play(LaggedStart(*(FadeIn(p) for p in looks), lag_ratio=0.3), run_time=2.0)
                self.wait_until_bookmark("key")
                key = sign_legend(mark("blue: ink here makes it glow"), mark("red: ink here dims it"))
                key.next_to(looks, DOWN, buff=0.3).align_to(looks[1], LEFT).shift(0.3 * RIGHT)   # clear of the layer's note
                looks.add(key)
                self.play(FadeIn(key, shift=0.2 * UP), run_time=0.6)
                self.wait_until_bookmark("best")
                self.play(LaggedStart(*(FadeIn(p, shift=0.2 * RIGHT) for p in liked), lag_ratio=0.3), run_time=2.0)
                share = ink_on_blue(self.history)
                if share >= INK_ON_BLUE:
                    # the top picture's inked squares outlined on its pattern: ink falls on blue
                    self.wait_until_bookmark("over")
                    ink = self.ink_outline(looks[1], liked[1])
                    self.play(TransformFromCopy(liked[1], ink), run_time=1.2)
                    looks.add(ink)
                    self.show(ink_on_blue=share)
        if task_kind(self.history) == "image":
            self.wait(1.0)
            self.play(FadeOut(looks), FadeOut(liked), run_time=0.5)
        peek = trained_pass(self.history)
        self.show(peek_step=peek["step"], peek_outputs=peek["guess"])
        one_output = len(self.history.labels) != self.history.config["sizes"][-1]
        with self.say("output_one" if one_output else "outputs") as tracker:
            self.play(FadeIn(VGroup(parts[-1], names[-1], notes[-1]), shift=0.2 * RIGHT),
                      run_time=min(1.5, tracker.duration / 3))
            last = wires(diagram, len(diagram.sizes) - 2, self.theme.muted)
            self.play(Create(last), run_time=1.2)
            self.bring_to_front(diagram.neuron_groups[0], *parts)
            self.wait_until_bookmark("glow")
            top = int(np.argmax(peek["guess"]))
            circle = diagram.neuron_at(len(diagram.sizes) - 1, top) or diagram.neurons(-1)[0]
            ring = Circle(circle.width / 2 + 0.1, stroke_color=self.theme.highlight, stroke_width=4).move_to(circle)
            words = self.text("after training", size="small", color=self.theme.highlight)
            self.peek = VGroup(ring, words.next_to(diagram.neuron_groups[-1], UP, buff=0.2))
            self.play(diagram.light_up(peek["activations"]), run_time=1.5)
            self.play(Create(ring), FadeIn(words), run_time=0.6)
        self.wait(1.5)   # the lit network: a moment to look at the brightest output

    def ink_outline(self, pattern: ShadedGrid, picture: ShadedGrid) -> VGroup:
        """White outlines, on `pattern`, of the squares where `picture` has ink."""
        rows, cols = picture.values.shape
        corner, cell = pattern.frame.get_corner(UL), pattern.cell
        return VGroup(*(Square(cell * 0.9, stroke_color=self.theme.text, stroke_width=2.5)
                        .move_to(corner + ((c + 0.5) * cell) * RIGHT + ((r + 0.5) * cell) * DOWN)
                        for r in range(rows) for c in range(cols) if picture.values[r, c] >= INK))

    def patterns(self, diagram: NetworkDiagram) -> tuple[VGroup, VGroup]:
        """Four hidden neurons' learned dials from the last snapshot as 8x8 pictures (blue:
        ink there lights the neuron, red: dims it), one row each, tied to its neuron by a thin
        line; and beside each, the practice picture that lights that neuron the most."""
        t = self.theme
        learned = learned_patterns(self.history)
        best = favourites(self.history, learned["neurons"])
        x, _ = self.history.split("train")
        self.show(patterns={**learned, "favourites": best,
                            "favourite_labels": [label_of(self.history, i) for i in best]})
        side = math.isqrt(learned["dials"].shape[1])
        top = float(np.percentile(np.abs(learned["dials"]), 95))
        grey = lambda v: shade(v, t.text)
        rows = VGroup(*(VGroup(ShadedGrid(d.reshape(side, side), PATTERN / side, signed(top)),
                               ShadedGrid(x[i].reshape(side, side), PATTERN / side, grey))
                        .arrange(RIGHT, buff=PATTERN_GAP) for d, i in zip(learned["dials"], best)))
        rows.arrange(DOWN, buff=0.2)
        # right of the hidden column, where the outputs will stand later: room for them
        x_hidden, x_out = (diagram.neuron_groups[k].get_center()[0] for k in (1, -1))
        rows.move_to([(x_hidden + x_out) / 2 + 0.1, diagram.neuron_groups[1].get_y() - 0.15, 0])
        ties = VGroup(*(Line(row[0].get_left(), diagram.neuron_at(1, n).get_right(), stroke_color=t.muted,
                             stroke_width=1.5) for row, n in zip(rows, learned["neurons"])
                        if diagram.neuron_at(1, n) is not None))
        heads = VGroup(self.text("looks for", size="small", color=t.muted).next_to(rows[0][0], UP, buff=0.12),
                       self.text("glows most for", size="small", color=t.muted).next_to(rows[0][1], UP, buff=0.12))
        arrows = VGroup(*(Arrow(row[0].get_right(), row[1].get_left(), buff=0.12, color=t.muted, stroke_width=2,
                                max_tip_length_to_length_ratio=0.3) for row in rows))
        names = VGroup(*(self.text("{article} {label}", size="small",
                                             facts={"article": a_or_an(str(label_of(self.history, i))),
                                                    "label": label_of(self.history, i)})
                         .next_to(row[1], RIGHT, buff=0.15) for row, i in zip(rows, best)))
        looks = VGroup(ties, *(row[0] for row in rows), heads[0])
        liked = VGroup(arrows, *(row[1] for row in rows), names, heads[1])
        return looks, liked
