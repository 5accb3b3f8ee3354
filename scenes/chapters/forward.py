"""Chapter "forward": one real training example flows through the untrained network.

The first training example enters the network at step 0 (the random starting weights);
each layer lights up in turn with its real activations, and the outputs, the first
guess, are read off next to the right answer.

    from scenes.output import studio
    studio.render_chapter("forward", "out/history.json", "/tmp/out", index=3)

The values (`forward_values`, the example and its names) are scenes/kit/readings.py's, the
example's picture scenes/kit/pictures.py's.
"""
from __future__ import annotations

import math

import numpy as np
from manim import (DOWN, LEFT, RIGHT, UP, Animation, Circle, Create, FadeIn, FadeOut,
                   LaggedStart, ManimColor, Mobject, Square, Succession, SurroundingRectangle,
                   Transform, VGroup, smooth)

from nncore.history import History
from scenes.kit import theme as themes
from scenes.kit.chapter import Chapter
from scenes.kit.network_diagram import NetworkDiagram
from scenes.kit.pictures import POINT_INPUTS, example_picture, shade
from scenes.kit.readings import (EXAMPLE, STEP, class_of, example_words, forward_values, input_kind,
                                 output_names)

SQUASH_WORDS = {
    "sigmoid": "a brightness between zero and one",
    "tanh": "a number between minus one and one, shown as brightness",
    "relu": "a brightness that is never below zero",
}


# --- pictures of an example ---

def lit_color(value: float) -> ManimColor:
    """The colour a neuron (or pixel) of this activation gets: background to fully lit."""
    return shade(value, themes.current().neuron_fill)


def input_labels(history: History, values: np.ndarray) -> list[str] | None:
    """Rounded input values beside the input neurons, unless the input is an image."""
    kind = input_kind(history)
    if kind == "image":
        return None
    if kind == "point":
        return [f"{word} {v:.2f}" for word, v in zip(POINT_INPUTS, values)]
    return [f"{v:.2f}" for v in values]


# --- the scene ---

class Forward(Chapter):
    """One example in, one (mostly wrong) guess out, every brightness from the real pass."""

    name, title = "forward", "The forward pass"

    def facts(self) -> dict[str, object]:
        values = forward_values(self.history)
        guess, truth = class_of(values["guess"]), class_of(values["truth"])
        names = output_names(self.history)
        top = int(np.argmax(values["guess"]))
        return {
            **super().facts(),
            "example_words": example_words(self.history, truth),
            "truth_label": self.history.labels[truth],
            "guess_label": self.history.labels[guess],
            "top_output": names[top],
            "top_value": f"{values['guess'][top]:.2f}",
            "yes_label": self.history.labels[-1],
            "squash": SQUASH_WORDS.get(self.history.config["activations"][0], "a brightness"),
        }

    def construct(self) -> None:
        values = forward_values(self.history)
        self.show(**values)
        self.show_title()
        diagram = self.build_diagram(values)
        with self.say("start") as tracker:
            self.play(FadeIn(diagram), run_time=min(1.5, tracker.duration))
        picture = self.introduce_example(values)
        self.feed_inputs(diagram, picture, values)
        self.explain_neuron(diagram, values)
        self.run_layers(diagram, values)
        self.read_guess(diagram, picture, values)

    # --- steps of the story ---

    def build_diagram(self, values: dict) -> NetworkDiagram:
        snap = self.history.snapshot(STEP)
        diagram = NetworkDiagram(snap.weights, snap.biases, labels=output_names(self.history),
                                 input_labels=input_labels(self.history, values["activations"][0]),
                                 width=7.6, height=5.3)
        return diagram.move_to([0.0, -0.15, 0])

    def introduce_example(self, values: dict) -> Mobject:
        """The example appears on the left with its name."""
        picture = example_picture(self.history, EXAMPLE, 2.3)
        caption = self.text("first training example", size="small", color=self.theme.muted)
        panel = VGroup(*(m for m in (picture, caption) if m is not None))
        panel.arrange(DOWN, buff=0.2).move_to([-5.55, 1.0, 0])
        with self.say("example") as tracker:
            self.play(FadeIn(panel), run_time=min(1.2, tracker.duration))
        return panel

    def feed_inputs(self, diagram: NetworkDiagram, panel: Mobject, values: dict) -> None:
        """Each input neuron takes one number of the example: pixels fly into their neurons."""
        kind = input_kind(self.history)
        acts = self.partial(values["activations"], upto=0)
        with self.say(f"inputs_{kind}") as tracker:
            if kind == "image":
                # the neurons light as their pixels land (the first land after about 60%)
                anims = [diagram.light_up(acts, rate_func=lambda t: smooth(np.clip((t - 0.6) / 0.4, 0, 1))),
                         self.pixels_to_neurons(diagram, panel[0], values["activations"][0])]
            else:
                anims = [diagram.light_up(acts)]
            self.play(*anims, run_time=min(2.5, tracker.duration))

    def pixels_to_neurons(self, diagram: NetworkDiagram, image: Mobject, pixels: np.ndarray) -> Animation:
        """Copies of the drawn inputs' pixels glide onto their neurons, then vanish."""
        side = math.isqrt(len(pixels))
        cell = image.height / side
        corner = image.get_corner(UP + LEFT)
        moves = []
        for k, circle in zip(diagram.shown_indices(0), diagram.neurons(0)):
            row, col = divmod(k, side)
            square = Square(cell, stroke_color=self.theme.highlight, stroke_width=1.5,
                            fill_color=lit_color(pixels[k]), fill_opacity=1.0)
            square.move_to(corner + (col + 0.5) * cell * RIGHT + (row + 0.5) * cell * DOWN)
            # the square becomes the neuron, in the neuron's own colour: then it is removed
            target = Circle(circle.width / 2, stroke_width=0, fill_color=lit_color(pixels[k]),
                            fill_opacity=1.0).move_to(circle)
            moves.append(Transform(square, target, remover=True))
        return LaggedStart(*moves, lag_ratio=0.04)

    def explain_neuron(self, diagram: NetworkDiagram, values: dict) -> None:
        """One hidden neuron: its incoming edges glow, and it lights up to its real value."""
        layer = 1
        acts = values["activations"][layer]
        shown = diagram.shown_indices(layer)
        index = max(shown, key=lambda i: abs(acts[i]))
        circle = diagram.neuron_at(layer, index)
        lines = VGroup(*(diagram.edge_line(0, index, k) for k in diagram.shown_indices(0)))
        lines.set_stroke(color=self.theme.highlight)
        ring = Circle(circle.width / 2 + 0.08, stroke_color=self.theme.highlight,
                      stroke_width=3).move_to(circle)
        value = self.text(f"{acts[index]:.2f}", size="small", color=self.theme.highlight)
        value.next_to(ring, UP, buff=0.08)
        value.add_background_rectangle(color=self.theme.background, opacity=0.85, buff=0.05)
        lit = self.partial(values["activations"], upto=0)
        lit[layer] = np.where(np.arange(len(acts)) == index, acts, 0.0)
        with self.say("neuron") as tracker:
            self.play(Create(lines), Create(ring), run_time=min(1.5, tracker.duration / 3))
            self.wait_until_bookmark("squash")
            self.play(diagram.light_up(lit), FadeIn(value), run_time=0.8)
        self.play(FadeOut(lines), FadeOut(ring), FadeOut(value), run_time=0.5)

    def run_layers(self, diagram: NetworkDiagram, values: dict) -> None:
        """A pulse runs along each layer's edges, and the next layer lights up."""
        pairs = len(values["activations"]) - 1
        with self.say("layers") as tracker:
            each = max(1.0, min(2.5, (tracker.duration - 0.5) / pairs))
            for p in range(pairs):
                self.play(Succession(diagram.pulse_layer(p, run_time=0.6 * each),
                                     diagram.light_up(self.partial(values["activations"], upto=p + 1),
                                                      run_time=0.4 * each)))

    def read_guess(self, diagram: NetworkDiagram, panel: Mobject, values: dict) -> None:
        """Numbers beside the outputs, the biggest boxed, the one-hot truth beside them."""
        table = self.guess_table(diagram, values)
        guess, truth = class_of(values["guess"]), class_of(values["truth"])
        verdict = self.verdict(guess, truth)
        if verdict.width > 2.6:   # long class names: stay inside the frame
            verdict.scale_to_fit_width(2.6)
        verdict.next_to(panel, DOWN, buff=0.45)
        verdict.shift(max(0.0, -6.8 - verdict.get_left()[0]) * RIGHT)
        key = "guess" if len(values["guess"]) > 1 else "guess_single"
        with self.say(key):
            self.play(FadeIn(table["guess"]), run_time=1.0)
            self.wait_until_bookmark("top")
            self.play(Create(table["box"]), run_time=0.6)
            self.wait_until_bookmark("truth")
            self.play(FadeIn(table["truth"]), run_time=1.0)
        with self.say("wrong" if guess != truth else "lucky"):
            self.play(FadeIn(verdict), run_time=0.8)
        with self.say("next"):
            self.wait(0.1)

    # --- small pieces ---

    @staticmethod
    def partial(activations: list[np.ndarray], upto: int) -> list[np.ndarray]:
        """Real activations for layers up to `upto`, dark (zero) after it."""
        return [a if k <= upto else np.zeros_like(a) for k, a in enumerate(activations)]

    def guess_table(self, diagram: NetworkDiagram, values: dict) -> dict[str, Mobject]:
        """Columns "guess" and "answer" beside the output labels, one row per drawn output."""
        t = self.theme
        shown = diagram.shown_indices(-1)
        circles = diagram.neurons(-1)
        labels_right = max((m.get_right()[0] for m in diagram.output_labels),
                           default=circles[0].get_right()[0])
        x_guess, x_truth = labels_right + 0.75, labels_right + 1.85
        top = int(np.argmax(values["guess"]))
        guess_col, truth_col, box = VGroup(), VGroup(), VGroup()
        for k, circle in zip(shown, circles):
            y = circle.get_center()[1]
            g = self.text(f"{values['guess'][k]:.2f}", size="small")
            guess_col.add(g.move_to([x_guess, y, 0]))
            one = values["truth"][k] >= 0.5
            a = self.text(f"{values['truth'][k]:g}", size="small", color=t.right if one else t.muted)
            truth_col.add(a.move_to([x_truth, y, 0]))
            if k == top:
                box.add(SurroundingRectangle(g, color=t.highlight, buff=0.07, stroke_width=2.5))
        head_y = circles[0].get_top()[1] + 0.3
        guess_col.add(self.text("guess", size="small", color=t.muted).move_to([x_guess, head_y, 0], aligned_edge=UP))
        truth_col.add(self.text("answer", size="small", color=t.muted).move_to([x_truth, head_y, 0], aligned_edge=UP))
        return {"guess": guess_col, "truth": truth_col, "box": box}

    def verdict(self, guess: int, truth: int) -> VGroup:
        """"guess: 2" in the wrong (or right) colour over "answer: 0"."""
        labels = self.history.labels
        ok = self.theme.right if guess == truth else self.theme.wrong
        lines = VGroup(self.text(f"guess: {labels[guess]}", color=ok),
                       self.text(f"answer: {labels[truth]}", color=self.theme.right))
        return lines.arrange(DOWN, aligned_edge=LEFT, buff=0.15)
