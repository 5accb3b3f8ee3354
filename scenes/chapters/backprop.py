"""Backpropagation: one real example's error flows backwards as blame, and every weight
(a "dial") learns which way to turn.

Everything shown is read from the history at snapshot step 0 (the random start):

- `output_errors`: for training example `EXAMPLE`, truth minus guess per output
  (which way each output should move, and how far: the arrows);
- `blame`: nncore's per-neuron delta from `Network.backward` on that example, one list per
  layer after the input (the glow is its size, compared within the layer);
- `example_grad_weights`: that example's own gradients; `grad_weights`: the snapshot's
  full-training-set gradients. An edge's nudge is minus its gradient; edge widths compare
  nudges within one layer pair, since nudges near the outputs are many times larger;
- `dial`: for the weight with the largest full-set gradient among the drawn edges, a few
  examples' own gradients and the average over every example (equal to the full-set one).

    manim -ql scenes/chapters/backprop.py Backprop      # with NN_EXPLAINER_HISTORY=out/history.json
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from manim import (DOWN, LEFT, RIGHT, UP, Arrow, Create, FadeIn, FadeOut, Indicate, LaggedStart,
                   Line, Mobject, Rectangle, VGroup, linear)

from nncore.history import History
from nncore.network import Pass
from scenes.kit.chapter import Chapter
from scenes.kit.network_diagram import NetworkDiagram, shown_indices
from scenes.kit.pictures import example_picture
# the example's picture and words are the forward chapter's too: the story follows one example
from scenes.kit.readings import EXAMPLE, STEP, class_of, example_words, label_of, output_names

N_SHOWN = 6         # per-example nudges shown for the one dial
PICTURE_SIZE = 1.4  # the example's picture, as big as the forward chapter draws it
Weight = tuple[int, int, int]     # (layer pair, row, col)


# --- the numbers (no manim) ---

def example_pass(history: History, index: int = EXAMPLE, step: int = STEP) -> Pass:
    """Forward and backward pass of one training example at `step` (gradients of its own cost)."""
    x, y = history.split("train")
    return history.network(step).backward(x[index:index + 1], y[index:index + 1])


def output_errors(history: History, index: int = EXAMPLE, step: int = STEP) -> np.ndarray:
    """Truth minus guess per output: positive means that output should go up."""
    _, y = history.split("train")
    return y[index] - example_pass(history, index, step).a[-1][0]


def drawn_nudge_scale(grad: np.ndarray) -> float:
    """Largest |gradient| among the edges a diagram draws for this layer pair (1 if all are 0)."""
    rows, cols = shown_indices(grad.shape[0]), shown_indices(grad.shape[1])
    return float(np.abs(grad[np.ix_(rows, cols)]).max(initial=0.0)) or 1.0


def nudges_for_drawing(grads: list[np.ndarray], scale: float) -> list[np.ndarray]:
    """Minus each gradient, scaled per layer pair so its largest drawn nudge is `scale` wide."""
    return [-g / drawn_nudge_scale(g) * scale for g in grads]


def chosen_weight(grads: list[np.ndarray]) -> Weight:
    """The drawn edge whose full-set gradient is largest: the dial the averaging is shown for."""
    best = (-1.0, (0, 0, 0))
    for layer, g in enumerate(grads):
        rows, cols = shown_indices(g.shape[0]), shown_indices(g.shape[1])
        sub = np.abs(g[np.ix_(rows, cols)])
        r, c = np.unravel_index(sub.argmax(), sub.shape)
        best = max(best, (float(sub[r, c]), (layer, rows[r], cols[c])))
    return best[1]


def per_example_gradients(history: History, weight: Weight, step: int = STEP) -> np.ndarray:
    """Every training example's own gradient for one weight (their mean is the full-set one)."""
    layer, row, col = weight
    x, y = history.split("train")
    net = history.network(step)
    return np.array([net.backward(x[i:i + 1], y[i:i + 1]).grad_weights[layer][row, col]
                     for i in range(len(x))])


def pick_examples(gradients: np.ndarray, n: int = N_SHOWN) -> list[int]:
    """The first examples asking each way (half up, half down when both exist), in order."""
    up, down = np.flatnonzero(gradients < 0), np.flatnonzero(gradients > 0)
    half = n // 2
    take_up = min(len(up), max(half, n - len(down)))
    picked = list(up[:take_up]) + list(down[:n - take_up])
    return sorted(int(i) for i in picked)


def people(value: float) -> str:
    """A number as people read it: 0.69, 1, 0."""
    return f"{value:.2f}".rstrip("0").rstrip(".") if abs(value - round(value)) > 5e-3 else str(round(value))


@dataclass
class Dial:
    """One weight's nudges: a few examples' own, and the average over all of them."""

    weight: Weight
    examples: list[int]
    gradients: np.ndarray         # of the shown examples
    average: float                # mean over every training example
    n_examples: int
    n_down: int                   # how many examples ask to turn it down (a positive gradient)
    n_up: int

    @property
    def most_way(self) -> str:
        return "down" if self.n_down >= self.n_up else "up"

    @property
    def average_way(self) -> str:
        return "down" if self.average > 0 else "up"


def dial_story(history: History, grads: list[np.ndarray]) -> Dial:
    weight = chosen_weight(grads)
    every = per_example_gradients(history, weight)
    shown = pick_examples(every)
    return Dial(weight, shown, every[shown], float(every.mean()), len(every),
                int((every > 0).sum()), int((every < 0).sum()))


# --- pictures ---

def picture_of(history: History, index: int, size: float, text) -> Mobject:
    """The example as the forward chapter pictures it; its label when it has no picture."""
    picture = example_picture(history, index, PICTURE_SIZE)
    if picture is None:
        return text(label_of(history, index), size="small")
    return picture.scale(size / PICTURE_SIZE)   # built full size: its dots and ring shrink too


def error_panel(names: list[str], guess: np.ndarray, target: np.ndarray, theme, text,
                width: float = 3.2, height: float = 2.4) -> VGroup:
    """Per output, left to right: a faint bar up to what it said, a tick where it should be,
    and an arrow between them (up and blue, or down and red; as long as the miss).

    Submobjects: [bars, ticks, arrows, labels]; the bottom left corner sits at the origin.
    """
    n = len(names)
    column = min(0.5, width / n)
    bars, ticks, arrows, labels = VGroup(), VGroup(), VGroup(), VGroup()
    for k, (name, said, truth) in enumerate(zip(names, guess, target)):
        x = (k + 0.5) * column
        bars.add(Rectangle(width=0.7 * column, height=max(said * height, 1e-3), stroke_width=0,
                           fill_color=theme.muted, fill_opacity=0.35)
                 .move_to([x, max(said, 0) * height / 2, 0]))
        ticks.add(Line([x - 0.42 * column, truth * height, 0], [x + 0.42 * column, truth * height, 0],
                       color=theme.text, stroke_width=3))
        up = truth >= said
        end = said + (1 if up else -1) * max(abs(truth - said), 0.01)   # an arrow needs a length
        arrows.add(Arrow([x, said * height, 0], [x, end * height, 0], buff=0,
                         color=theme.positive if up else theme.negative, stroke_width=5,
                         tip_length=min(0.2, 0.6 * column), max_tip_length_to_length_ratio=0.4,
                         max_stroke_width_to_length_ratio=20))
        label = text(name, size="small")
        if label.width > 0.95 * column and n > 1:
            label.scale_to_fit_width(0.95 * column)
        labels.add(label.move_to([x, -0.25, 0]))
    return VGroup(bars, ticks, arrows, labels)


def blame_glow(sizes: list[int], deltas: list[np.ndarray], upto: int) -> list[np.ndarray]:
    """Brightness per layer: |blame| over the layer's largest, for layers >= `upto`; dark before."""
    glow = [np.zeros(n) for n in sizes]
    for layer in range(max(upto, 1), len(sizes)):
        d = np.abs(deltas[layer - 1])
        glow[layer] = d / (d.max() or 1.0)
    return glow


# --- the chapter ---

class Backprop(Chapter):
    name, title = "backprop", "Backpropagation"

    def facts(self) -> dict[str, object]:
        h = self.history
        _, y = h.split("train")
        truth = y[EXAMPLE]
        errors = output_errors(h)
        worst = int(np.abs(errors).argmax())
        dial = dial_story(h, h.snapshot(STEP).grad_weights)
        return {**super().facts(), "n_shown": N_SHOWN,
                "n_most": max(dial.n_down, dial.n_up), "most_way": dial.most_way,
                "example": example_words(h, class_of(truth)),
                "worst": f"the output for {output_names(h)[worst]}",
                "worst_guess": people(truth[worst] - errors[worst]),
                "worst_target": people(truth[worst])}

    def construct(self) -> None:
        h, t = self.history, self.theme
        snap = h.snapshot(STEP)
        one = example_pass(h)
        errors = output_errors(h)
        self.show_title()

        diagram = NetworkDiagram(snap.weights, snap.biases, labels=output_names(h),
                                 width=7.0, height=5.0).move_to([-1.1, -0.15, 0])
        with self.say("intro") as tracker:
            self.play(Create(diagram), run_time=min(3.0, tracker.duration))

        picture = picture_of(h, EXAMPLE, PICTURE_SIZE, self.text)
        picture.next_to(diagram, LEFT, buff=0.3)
        if picture.width > 1.6:   # a label, not a picture: keep it inside the frame
            picture.scale_to_fit_width(1.6).next_to(diagram, LEFT, buff=0.3)
        panel = self.error_panel(h, one.a[-1][0]).next_to(diagram, RIGHT, buff=0.6)
        with self.say("errors_many" if len(errors) > 1 else "errors_one") as tracker:
            self.play(FadeIn(picture), FadeIn(panel[0]), FadeIn(panel[3]), run_time=0.8)
            self.play(FadeIn(panel[1]), run_time=0.5)
            self.play(LaggedStart(*(Create(a) for a in panel[2]), lag_ratio=0.15),
                      run_time=min(2.5, max(tracker.duration - 2.0, 0.5)))
        self.show(step=snap.step, example=EXAMPLE, output_errors=errors)

        with self.say("flow") as tracker:
            self.play_blame_flow(diagram, one.delta, tracker.duration)
        self.show(blame=[d[0] for d in one.delta])

        legend = self.nudge_legend().next_to(diagram, UP, buff=0.1)
        scale = diagram.weight_scale
        with self.say("one_example") as tracker:
            self.play(FadeIn(legend), run_time=0.6)
            self.play(diagram.morph_to(nudges_for_drawing(one.grad_weights, scale)),
                      run_time=min(2.5, tracker.duration / 2))
        with self.say("all_examples") as tracker:
            self.play(diagram.morph_to(nudges_for_drawing(snap.grad_weights, scale)),
                      run_time=min(2.5, tracker.duration / 2))
        self.show(example_grad_weights=one.grad_weights, grad_weights=snap.grad_weights)

        dial = dial_story(h, snap.grad_weights)
        edge = diagram.edge_line(*dial.weight).set_stroke(t.highlight, width=7)
        with self.say("dial"):
            self.play(Create(edge), run_time=1.0)
            self.play(Indicate(edge, color=t.highlight, scale_factor=1.0), run_time=1.0)

        with self.say("average" if dial.most_way == dial.average_way else "average_split") as tracker:
            small = VGroup(diagram, edge).copy().scale(0.55).move_to([-4.1, -0.2, 0])
            tag = self.text("this dial", size="small", color=t.highlight).next_to(small, DOWN, buff=0.3)
            self.play(FadeOut(panel), FadeOut(picture), FadeOut(legend),
                      VGroup(diagram, edge).animate.scale(0.55).move_to(small), run_time=1.2)
            self.play(FadeIn(tag), run_time=0.4)
            self.play_averaging(dial, tracker.duration - 1.6)
        self.show(dial={"weight": list(dial.weight), "examples": dial.examples,
                        "gradients": dial.gradients, "average": dial.average,
                        "n_examples": dial.n_examples, "n_down": dial.n_down, "n_up": dial.n_up})

        full_batch = h.config.get("batch_size") is None
        with self.say("pile_full" if full_batch else "pile_mini"):
            pass

    # --- pieces of the story ---

    def play_blame_flow(self, diagram: NetworkDiagram, deltas: list[np.ndarray], duration: float) -> None:
        """Outputs glow with their blame, then a flash runs back over each layer pair and the
        layer behind it glows; the last flash reaches the inputs, which carry no blame."""
        sizes = diagram.sizes
        n_pairs = len(sizes) - 1
        beat = max(0.5, min(1.4, (duration - 0.2) / (2 * n_pairs + 1)))
        self.play(diagram.light_up(blame_glow(sizes, deltas, n_pairs)), run_time=beat)
        for pair in reversed(range(n_pairs)):
            self.play(diagram.pulse_layer(pair, reverse=True, rate_func=linear, time_width=0.35),
                      run_time=beat)
            if pair > 0:
                self.play(diagram.light_up(blame_glow(sizes, deltas, pair)), run_time=beat)

    def error_panel(self, h: History, guess: np.ndarray) -> VGroup:
        """The answers for the drawn outputs, with a heading."""
        shown = shown_indices(len(guess))
        _, y = h.split("train")
        names = output_names(h)
        panel = error_panel([names[i] for i in shown], guess[shown], y[EXAMPLE][shown], self.theme, self.text)
        heading = self.text("its answers", size="small", color=self.theme.muted)
        heading.next_to(panel, UP, buff=0.25)
        panel[3].add(heading)
        return panel

    def nudge_legend(self) -> VGroup:
        t = self.theme
        words = [("edges:", t.muted), ("turn up", t.positive), ("turn down", t.negative),
                 ("thicker: turn more", t.muted)]
        return VGroup(*(self.text(w, size="small", color=c) for w, c in words)).arrange(RIGHT, buff=0.35)

    def play_averaging(self, dial: Dial, duration: float) -> None:
        """Rows of real examples with their own nudge for the dial, then the average of all."""
        t = self.theme
        nudges = -dial.gradients
        average = -dial.average
        longest = float(max(np.abs(nudges).max(initial=0.0), abs(average))) or 1.0
        centre_x, half = 3.9, 2.3
        row_h = 0.62
        top = 2.2
        heading = VGroup(self.text("turn down", size="small", color=t.negative),
                         self.text("turn up", size="small", color=t.positive))
        heading[0].move_to([centre_x - half / 2, top + 0.45, 0])
        heading[1].move_to([centre_x + half / 2, top + 0.45, 0])
        rows = VGroup()
        for k, (index, nudge) in enumerate(zip(dial.examples, nudges)):
            y = top - k * row_h
            pic = picture_of(self.history, index, 0.5, self.text)
            if pic.width > 1.1:   # a long label
                pic.scale_to_fit_width(1.1)
            pic.move_to([centre_x - half - 0.6, y, 0])
            rows.add(VGroup(pic, self.nudge_bar(nudge, longest, centre_x, half, y, 0.34)))
        avg_y = top - len(dial.examples) * row_h - 0.45
        rule = Line([centre_x - half - 1.1, avg_y + 0.42, 0], [centre_x + half, avg_y + 0.42, 0],
                    color=t.muted, stroke_width=1.5)
        label = VGroup(self.text(f"all {dial.n_examples}", size="small", color=t.highlight),
                       self.text("averaged", size="small", color=t.highlight)).arrange(DOWN, buff=0.08)
        label.move_to([centre_x - half - 0.6, avg_y, 0])
        avg_bar = self.nudge_bar(average, longest, centre_x, half, avg_y, 0.42)
        avg_bar[0].set_stroke(t.highlight, width=3)
        axis = Line([centre_x, top + 0.3, 0], [centre_x, avg_y - 0.3, 0], color=t.muted, stroke_width=1.5)
        beat = max(0.4, (duration - 2.0) / (len(rows) + 3))
        self.play(FadeIn(heading), Create(axis), run_time=beat)
        self.play(LaggedStart(*(FadeIn(r, shift=0.2 * RIGHT) for r in rows), lag_ratio=0.5),
                  run_time=beat * len(rows))
        self.play(Create(rule), FadeIn(label), run_time=beat)
        self.play(FadeIn(avg_bar, shift=0.2 * UP), run_time=beat)

    def nudge_bar(self, nudge: float, longest: float, centre_x: float, half: float, y: float,
                  height: float) -> VGroup:
        """A bar from the axis: right and blue to turn up, left and red to turn down."""
        t = self.theme
        width = max(abs(nudge) / longest * half, 0.02)
        color = t.positive if nudge >= 0 else t.negative
        bar = Rectangle(width=width, height=height, stroke_width=0, fill_color=color, fill_opacity=0.9)
        bar.move_to([centre_x + np.sign(nudge or 1) * width / 2, y, 0])
        return VGroup(bar)
