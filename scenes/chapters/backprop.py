"""Backpropagation: one real example's misses become blame, one hidden neuron gathers its
blame from the outputs, and one dial's nudge is worked out with the real numbers.

Everything shown is read from the history at snapshot step 0 (the random start):

- `worked_blame` (scenes/kit/readings.py): for training example `EXAMPLE`, each output's
  miss (guess minus answer) and blame (nncore's delta); the hidden neuron with the most
  blame, its blame as the sum of "outgoing dial x that output's blame" (the biggest terms
  written beside the outputs, the rest summed) times how easily it moves; one dial into it,
  whose nudge is that blame times its input (nncore's own gradient for the example);
- blame is a violet ring (`blame_ring`), "wants to turn up/down" a `turn_arrow` glyph: edge
  colours stay the dials' signs throughout;
- turn arrows on the edges around the neuron: first the example's own gradients, then the
  full-training-set ones (`grad_weights`), in the highlight colour, under a pile of cards;
- `dial`: for the worked dial, a few examples' own gradients and the average over every
  example (equal to the full-set one), with how many want it turned each way;
- the pile: the run's batch size as cards, all of them per step or a small pile per step.

    manim -ql scenes/chapters/backprop.py Backprop      # with NN_EXPLAINER_HISTORY=out/history.json
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from manim import (DOWN, LEFT, RIGHT, UP, Arrow, Create, FadeIn, FadeOut, LaggedStart, Line,
                   Mobject, Rectangle, VGroup, linear)

from nncore.history import History
from nncore.network import Pass
from scenes.kit.chapter import Chapter, count_words
from scenes.kit.legend import blame_legend, blame_ring, turn_arrow, turn_legend
from scenes.kit.motion import CrossFade
from scenes.kit.network_diagram import NetworkDiagram, shown_indices
from scenes.kit.pictures import example_picture
# the example's picture and words are the forward chapter's too: the story follows one example
from scenes.kit.readings import (EXAMPLE, STEP, class_of, example_words, input_kind, label_of, output_names,
                                 worked_blame)

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


def average_key(dial: Dial) -> str:
    """The script line for the averaging: all examples one way, most the way of the average, or not."""
    if min(dial.n_down, dial.n_up) == 0:
        return "average_agree"
    return "average" if dial.most_way == dial.average_way else "average_split"


def dial_story(history: History, weight: Weight) -> Dial:
    """The worked dial's nudge for every training example, a few of them, and their average."""
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
    and an arrow between them (as long as the miss; in the text colour: colours belong to
    the dials' signs).

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
                         color=theme.text, stroke_width=5,
                         tip_length=min(0.2, 0.6 * column), max_tip_length_to_length_ratio=0.4,
                         max_stroke_width_to_length_ratio=20))
        label = text(name, size="small")
        if label.width > 0.95 * column and n > 1:
            label.scale_to_fit_width(0.95 * column)
        labels.add(label.move_to([x, -0.25, 0]))
    return VGroup(bars, ticks, arrows, labels)




def figure(value: float) -> str:
    """A worked number with two significant digits, never in e-notation: -0.076, 0.88, 1.2."""
    if value == 0:
        return "0"
    digits = max(0, 1 - int(np.floor(np.log10(abs(value)))))
    text = f"{value:.{min(digits, 6)}f}"
    return "0" if float(text) == 0 else text


# --- the chapter ---

class Backprop(Chapter):
    name, title = "backprop", "Backpropagation"

    def facts(self) -> dict[str, object]:
        h = self.history
        _, y = h.split("train")
        truth = y[EXAMPLE]
        work = worked_blame(h)
        misses = work["misses"]
        worst = int(np.abs(misses).argmax())
        dial = dial_story(h, tuple(work["dial"]))
        return {**super().facts(), "n_shown": N_SHOWN,
                "n_most": max(dial.n_down, dial.n_up), "most_way": dial.most_way,
                "example": example_words(h, class_of(truth)),
                "worst": f"the output for {output_names(h)[worst]}",
                "worst_guess": people(truth[worst] + misses[worst]),
                "worst_target": people(truth[worst]), "worst_miss": figure(misses[worst]),
                "n_terms": count_words(len(work["terms"])), "n_rest": work["n_rest"],
                "rest": figure(work["rest"]), "total": figure(work["total"]), "blame": figure(work["blame"]),
                "input_word": "brightness" if input_kind(h) == "image" else "value",
                "input": figure(work["input"]), "nudge": figure(work["nudge"]),
                "nudge_sign": "below" if work["nudge"] < 0 else "above",
                "nudge_way": "up" if work["nudge"] < 0 else "down"}

    def construct(self) -> None:
        h, t = self.history, self.theme
        snap = h.snapshot(STEP)
        work = worked_blame(h)
        self.title_text = self.show_title()

        diagram = NetworkDiagram(snap.weights, snap.biases, labels=output_names(h),
                                 width=7.0, height=5.0).move_to([-1.1, -0.15, 0])
        with self.say("intro") as tracker:
            self.play(Create(diagram), run_time=min(3.0, tracker.duration))
            n_pairs = len(diagram.sizes) - 1
            dials = self.text(f"{sum(w.size for w in snap.weights)} dials", size="small",
                              color=self.theme.muted).next_to(diagram, RIGHT, buff=0.4)
            self.play(FadeIn(dials), run_time=0.6)
            # "we work backwards": a flash runs from the outputs back to the inputs
            self.wait(max(0.1, (tracker.duration - 3.6 - 2.0 * n_pairs) / 2))
            self.play(FadeOut(dials), run_time=0.6)
            self.wait(max(0.1, (tracker.duration - 3.6 - 2.0 * n_pairs) / 2 - 0.6))
            for pair in reversed(range(n_pairs)):
                self.play(diagram.pulse_layer(pair, reverse=True, rate_func=linear, time_width=0.35),
                          run_time=2.0)

        picture = picture_of(h, EXAMPLE, PICTURE_SIZE, self.text)
        picture.next_to(diagram, LEFT, buff=0.3)
        if picture.width > 1.6:   # a label, not a picture: keep it inside the frame
            picture.scale_to_fit_width(1.6).next_to(diagram, LEFT, buff=0.3)
        guess = work["misses"] + h.split("train")[1][EXAMPLE]
        panel = self.error_panel(h, guess).next_to(diagram, RIGHT, buff=0.6)
        worst = int(np.abs(work["misses"]).argmax())
        miss_words = self.miss_words(panel, worst, guess[worst], work["misses"][worst])
        with self.say("errors_many" if len(guess) > 1 else "errors_one") as tracker:
            self.play(FadeIn(picture), FadeIn(panel[0]), FadeIn(panel[3]), FadeIn(panel[1]), run_time=0.8)
            self.play(LaggedStart(*(Create(a) for a in panel[2]), lag_ratio=0.15), run_time=1.5)
            self.wait(max(0.1, tracker.duration * 0.45 - 2.3))
            self.play(FadeIn(miss_words), run_time=0.6)
        self.show(step=work["step"], example=EXAMPLE, output_errors=-work["misses"], misses=work["misses"])

        out_layer = len(diagram.sizes) - 1
        out_rings = self.rings(diagram, out_layer, work["blame_out"])
        legend = blame_legend().to_corner(UP + RIGHT, buff=0.35).shift(0.45 * DOWN)
        equal = h.config["cost"] == "cross_entropy" and h.config["activations"][-1] == "softmax"
        with self.say("blame_equal" if equal else "blame_scaled") as tracker:
            self.play(FadeIn(legend), run_time=0.6)     # the misses stay beside the rings they become
            self.play(LaggedStart(*(Create(r) for r in out_rings), lag_ratio=0.1),
                      run_time=min(2.0, tracker.duration / 2))
        self.show(blame_out=work["blame_out"])

        neuron = diagram.neuron_at(out_layer - 1, work["neuron"])
        ring = blame_ring(neuron.width / 2, 1.0).move_to(neuron)
        edges = VGroup(*(diagram.edge_line(out_layer - 1, k, work["neuron"]).set_stroke(opacity=1.0)
                         for k in work["terms"]))
        terms = self.term_texts(diagram, work, out_layer)
        with self.say("gather") as tracker:
            self.play(FadeOut(panel), FadeOut(miss_words), neuron.animate.set_stroke(t.highlight, width=4),
                      run_time=0.6)
            self.play(Create(edges), run_time=0.8)
            self.play(LaggedStart(*(FadeIn(x) for x in terms), lag_ratio=0.6),
                      run_time=min(2.5, max(0.6, tracker.duration - 1.6)))
        total = self.sum_block(work).next_to(terms, DOWN, buff=0.35, aligned_edge=LEFT)
        with self.say("sum_rest" if work["n_rest"] else "sum_one") as tracker:
            beat = max(0.4, (tracker.duration - 0.8) / len(total))
            for row in total:
                self.play(FadeIn(row), run_time=0.5)
                self.wait(beat - 0.5)
            self.play(Create(ring), run_time=0.8)
        self.wait(1.0)   # the worked sum, read before it goes
        self.show(worked_blame={k: work[k] for k in ("neuron", "terms", "dials", "products", "rest",
                                                    "n_rest", "total", "slope", "blame")})

        one = example_pass(h)
        with self.say("flow") as tracker:
            self.play(FadeOut(terms), FadeOut(total), FadeOut(edges), run_time=0.6)
            hidden_rings = self.play_blame_flow(diagram, one.delta, tracker.duration - 0.6)
        self.wait(1.0)   # the whole backward pass on screen: a breath before the dials
        self.show(blame=[d[0] for d in one.delta])

        dial = tuple(work["dial"])
        dial_edge = diagram.edge_line(*dial).set_stroke(t.highlight, width=6)
        turns = turn_legend().next_to(legend, DOWN, buff=0.25, aligned_edge=LEFT)
        nudge_rows = self.nudge_block(work).next_to(turns, DOWN, buff=0.4, aligned_edge=LEFT)
        glyph = turn_arrow(-np.sign(work["nudge"]) or 1, 0.3).next_to(dial_edge.get_center(), UP, buff=0.08)
        with self.say("nudge") as tracker:
            self.play(Create(dial_edge), FadeIn(turns), run_time=0.8)
            beat = max(0.4, (tracker.duration - 1.6) / (len(nudge_rows) + 1))
            for row in nudge_rows:
                self.play(FadeIn(row), run_time=0.4)
                self.wait(beat - 0.4)
            self.play(FadeIn(glyph, shift=0.1 * UP), run_time=0.8)
        self.show(nudge={"dial": work["dial"], "input": work["input"], "blame": work["blame"],
                         "nudge": work["nudge"]})

        around = self.edges_around(diagram, work["neuron"], work["dial"][0])
        mine = self.turn_glyphs(diagram, around, one.grad_weights)
        tag_one = self.which_tag(f"one example: {example_words(h, class_of(h.split('train')[1][EXAMPLE]))}",
                                 pile=False)
        with self.say("one_example") as tracker:
            self.play(FadeOut(nudge_rows), FadeOut(glyph), run_time=0.5)
            self.play(FadeIn(tag_one), LaggedStart(*(FadeIn(g) for g in mine), lag_ratio=0.05),
                      run_time=min(2.5, tracker.duration - 0.5))
        # the average's arrows in the highlight colour, as the averaged bar later: not one example's
        everyone = self.turn_glyphs(diagram, around, snap.grad_weights).set_color(t.highlight)
        tag_all = self.which_tag(f"all {len(h.split('train')[0])} examples, averaged", pile=True)
        with self.say("all_examples") as tracker:
            self.play(CrossFade(tag_one, tag_all), CrossFade(mine, everyone),
                      run_time=min(2.5, tracker.duration / 2))
        self.show(example_grad_weights=one.grad_weights, grad_weights=snap.grad_weights,
                  turned=[list(e) for e in around])

        story = dial_story(h, dial)
        with self.say(average_key(story)) as tracker:
            self.play(FadeOut(VGroup(picture, legend, turns, tag_all, everyone, out_rings, hidden_rings)),
                      VGroup(diagram, dial_edge, ring).animate.scale(0.55).move_to([-4.1, -0.2, 0]),
                      # shrunk, the labels would be too small to read
                      diagram.output_label_group.animate.set_opacity(0),
                      diagram.count_labels.animate.set_opacity(0), run_time=1.0)
            self.play_averaging(story, tracker.duration - 1.0)
        self.show(dial={"weight": list(story.weight), "examples": story.examples,
                        "gradients": story.gradients, "average": story.average,
                        "n_examples": story.n_examples, "n_down": story.n_down, "n_up": story.n_up})

        batch = h.config.get("batch_size")
        with self.say("pile_full" if batch is None else "pile_mini") as tracker:
            self.play_pile(batch, len(h.split("train")[0]), tracker.duration)

    # --- pieces of the story ---

    def miss_words(self, panel: VGroup, worst: int, said: float, miss: float) -> VGroup:
        """'miss = guess - answer = 0.76' under the panel, the worst output's arrow marked."""
        t = self.theme
        shown = shown_indices(len(self.history.split("train")[1][EXAMPLE]))
        answer = said - miss
        words = self.text(f"miss = {people(said)} - {people(answer)} = {figure(miss)}", size="small",
                          color=t.highlight).next_to(panel, DOWN, buff=0.3)
        group = VGroup(words)
        if worst in shown:
            arrow = panel[2][shown.index(worst)]
            group.add(Rectangle(width=0.42, height=abs(arrow.get_length()) + 0.3, color=t.highlight,
                                stroke_width=2).move_to(arrow))
        return group

    def rings(self, diagram: NetworkDiagram, layer: int, blame: np.ndarray) -> VGroup:
        """A blame ring on every drawn neuron of a layer, bold by |blame| over the layer's largest."""
        top = float(np.abs(blame).max()) or 1.0
        return VGroup(*(blame_ring(c.width / 2, abs(blame[i]) / top).move_to(c)
                        for i, c in zip(diagram.shown_indices(layer), diagram.neurons(layer))))

    def term_texts(self, diagram: NetworkDiagram, work: dict, out_layer: int) -> VGroup:
        """'dial x blame = product' beside each written-out output, right of its label."""
        t = self.theme
        texts = VGroup()
        for k, dial, product in zip(work["terms"], work["dials"], work["products"]):
            circle = diagram.neuron_at(out_layer, k)
            words = f"{figure(dial)} × {figure(work['blame_out'][k])} = {figure(product)}"
            beside = diagram.output_label(k) or circle    # right of the output's name, if it has one
            texts.add(self.text(words, size="small", color=t.text)
                      .next_to(beside, RIGHT, buff=0.3).set_y(circle.get_y()))
        return texts

    def sum_block(self, work: dict) -> VGroup:
        t = self.theme
        rows = []
        if work["n_rest"]:
            rows.append(f"{work['n_rest']} others: {figure(work['rest'])}")
        rows += [f"in all: {figure(work['total'])}",
                 f"× {figure(work['slope'])} (how easily it moves)",
                 f"= blame {figure(work['blame'])}"]
        colours = [t.text] * (len(rows) - 1) + [t.blame]
        return VGroup(*(self.text(r, size="small", color=c) for r, c in zip(rows, colours))).arrange(
            DOWN, aligned_edge=LEFT, buff=0.15)

    def nudge_block(self, work: dict) -> VGroup:
        t = self.theme
        word = "brightness" if input_kind(self.history) == "image" else "input"
        rows = [(f"blame {figure(work['blame'])}", t.blame), (f"× {word} {figure(work['input'])}", t.text),
                (f"= nudge {figure(work['nudge'])}", t.highlight)]
        return VGroup(*(self.text(r, size="small", color=c) for r, c in rows)).arrange(
            DOWN, aligned_edge=LEFT, buff=0.15)

    def play_blame_flow(self, diagram: NetworkDiagram, deltas: list[np.ndarray], duration: float) -> VGroup:
        """A flash runs back over each layer pair and the layer behind it gets its blame rings;
        the last flash reaches the inputs, which carry no blame. Returns the rings drawn."""
        n_pairs = len(diagram.sizes) - 1
        drawn = VGroup()
        beat = max(0.5, min(1.4, duration / (2 * n_pairs)))
        for pair in reversed(range(n_pairs)):
            self.play(diagram.pulse_layer(pair, reverse=True, rate_func=linear, time_width=0.35),
                      run_time=beat)
            if pair > 0:
                rings = self.rings(diagram, pair, deltas[pair - 1][0])
                self.play(LaggedStart(*(Create(r) for r in rings), lag_ratio=0.05), run_time=beat)
                drawn.add(rings)
        return drawn

    def edges_around(self, diagram: NetworkDiagram, neuron: int, pair: int) -> list[tuple[int, int, int]]:
        """The drawn edges into and out of one neuron, as (layer pair, row, col)."""
        into = [(pair, neuron, i) for i in diagram.shown_indices(pair)]
        out = [(pair + 1, k, neuron) for k in diagram.shown_indices(pair + 2)]
        return into + out

    def turn_glyphs(self, diagram: NetworkDiagram, edges, grads: list[np.ndarray]) -> VGroup:
        """A turn arrow on each edge, against its gradient's sign, as tall as its share of the
        largest nudge among the edges of its layer pair (none where the nudge is nil)."""
        glyphs = VGroup()
        tops = {p: max(abs(grads[q][r, c]) for q, r, c in edges if q == p) or 1.0 for p, _, _ in edges}
        for p, r, c in edges:
            g = grads[p][r, c]
            share = abs(g) / tops[p]
            if share < 0.05:
                continue
            line = diagram.edge_line(p, r, c)
            # near the far end of each edge, where the edges fan out and the arrows do not pile up
            at = 0.25 if p == edges[0][0] else 0.8
            glyphs.add(turn_arrow(-np.sign(g), 0.1 + 0.22 * share).move_to(line.point_from_proportion(at)))
        return glyphs

    def which_tag(self, words: str, pile: bool) -> VGroup:
        """Which examples the arrows are for: one card, or a pile of them, and the words."""
        t = self.theme
        colour = t.highlight if pile else t.text
        cards = VGroup(*(Rectangle(width=0.32, height=0.4, stroke_color=colour, stroke_width=1.5,
                                   fill_color=t.background, fill_opacity=1.0).shift(k * 0.07 * (RIGHT + UP))
                         for k in range(4 if pile else 1)))
        tag = VGroup(cards, self.text(words, size="small", color=colour)).arrange(RIGHT, buff=0.2)
        return tag.to_corner(DOWN + RIGHT, buff=0.3).shift(1.05 * UP)

    def error_panel(self, h: History, guess: np.ndarray) -> VGroup:
        """The answers for the drawn outputs, with a heading."""
        shown = shown_indices(len(guess))
        _, y = h.split("train")
        names = output_names(h)
        panel = error_panel([names[i] for i in shown], guess[shown], y[EXAMPLE][shown], self.theme, self.text)
        heading = self.text("its guesses, and the answers", size="small", color=self.theme.muted)
        heading.next_to(panel, UP, buff=0.25)
        panel[3].add(heading)
        return panel

    def play_averaging(self, dial: Dial, duration: float) -> None:
        """Rows of real examples with their own nudge for the dial (a bar and a turn arrow),
        then the average of all and how many want each way."""
        t = self.theme
        nudges = -dial.gradients
        average = -dial.average
        longest = float(max(np.abs(nudges).max(initial=0.0), abs(average))) or 1.0
        centre_x, half = 3.9, 2.3
        row_h = 0.55
        top = 2.3
        heading = VGroup(VGroup(turn_arrow(-1), self.text("turn down", size="small")).arrange(RIGHT, buff=0.1),
                         VGroup(turn_arrow(+1), self.text("turn up", size="small")).arrange(RIGHT, buff=0.1))
        heading[0].move_to([centre_x - half / 2, top + 0.45, 0])
        heading[1].move_to([centre_x + half / 2, top + 0.45, 0])
        rows = VGroup()
        for k, (index, nudge) in enumerate(zip(dial.examples, nudges)):
            y = top - k * row_h
            pic = picture_of(self.history, index, 0.45, self.text)
            if pic.width > 1.1:   # a long label
                pic.scale_to_fit_width(1.1)
            pic.move_to([centre_x - half - 0.6, y, 0])
            rows.add(VGroup(pic, self.nudge_bar(nudge, longest, centre_x, half, y, 0.3, t.muted)))
        avg_y = top - len(dial.examples) * row_h - 0.4
        rule = Line([centre_x - half - 1.1, avg_y + 0.38, 0], [centre_x + half, avg_y + 0.38, 0],
                    color=t.muted, stroke_width=1.5)
        label = VGroup(self.text(f"all {dial.n_examples}", size="small", color=t.highlight),
                       self.text("averaged", size="small", color=t.highlight)).arrange(DOWN, buff=0.06)
        label.move_to([centre_x - half - 0.6, avg_y, 0])
        avg_bar = self.nudge_bar(average, longest, centre_x, half, avg_y, 0.4, t.highlight)
        count = self.text(f"{dial.n_down} want down, {dial.n_up} want up", size="small",
                          color=t.text).move_to([centre_x - 0.3, avg_y - 0.55, 0])
        axis = Line([centre_x, top + 0.25, 0], [centre_x, avg_y - 0.25, 0], color=t.muted, stroke_width=1.5)
        beat = max(0.4, (duration - 1.0) / (len(rows) + 4))
        self.play(FadeIn(heading), Create(axis), run_time=beat)
        self.play(LaggedStart(*(FadeIn(r, shift=0.2 * RIGHT) for r in rows), lag_ratio=0.5),
                  run_time=beat * len(rows))
        self.play(FadeIn(count), run_time=beat)
        self.wait(beat)
        self.play(Create(rule), FadeIn(label), FadeIn(avg_bar, shift=0.2 * UP), run_time=beat)

    def nudge_bar(self, nudge: float, longest: float, centre_x: float, half: float, y: float,
                  height: float, colour: str) -> VGroup:
        """A bar from the axis, right to turn up, left to turn down, with a turn arrow at its end.
        One neutral colour: blue and red say a dial's sign, not which way it wants to turn."""
        width = max(abs(nudge) / longest * half, 0.02)
        way = np.sign(nudge or 1)
        bar = Rectangle(width=width, height=height, stroke_width=0, fill_color=colour, fill_opacity=0.9)
        bar.move_to([centre_x + way * width / 2, y, 0])
        glyph = turn_arrow(way, 0.2).next_to(bar, RIGHT if way > 0 else LEFT, buff=0.08)
        return VGroup(bar, glyph)

    def play_pile(self, batch: int | None, n_train: int, duration: float) -> None:
        """The training examples as a pile of cards: all of it per step, or shuffled and dealt
        out in small piles, one per step."""
        t = self.theme

        def card() -> Rectangle:
            return Rectangle(width=0.34, height=0.44, stroke_color=t.text, stroke_width=1.2,
                             fill_color=t.background, fill_opacity=1.0)
        pile = VGroup(*(card().move_to([1.2 + 0.05 * k, -2.2 + 0.045 * k, 0]) for k in range(14)))
        label = self.text(f"{n_train} examples", size="small", color=t.muted).next_to(pile, DOWN, buff=0.15)
        self.play(FadeOut(*[m for m in self.mobjects if m is not self.title_text]), run_time=0.6)
        self.play(FadeIn(pile), FadeIn(label), run_time=0.6)
        if batch is None:
            step = self.text("one step", size="small", color=t.highlight).move_to([4.6, -0.6, 0])
            self.play(pile.animate.shift(3.0 * RIGHT + 0.6 * UP), label.animate.shift(3.0 * RIGHT + 0.6 * UP),
                      FadeIn(step), run_time=min(2.0, duration / 3))
            return
        order = np.random.default_rng(0).permutation(len(pile))   # a picture of shuffling only
        self.play(*(c.animate.move_to(pile[o].get_center()) for c, o in zip(pile, order)), run_time=0.8)
        beat = max(0.8, (duration - 2.5) / 2)
        for s in (1, 2):
            hand = VGroup(*(card() for _ in range(min(batch, 10)))).arrange(RIGHT, buff=0.06)
            hand.move_to([4.3, -2.2 + 1.3 * (s - 1), 0])
            tag = self.text(f"step {s}: {batch} examples", size="small", color=t.highlight).next_to(hand, UP, buff=0.12)
            self.play(LaggedStart(*(FadeIn(c, shift=2.5 * RIGHT) for c in hand), lag_ratio=0.15),
                      FadeIn(tag), run_time=beat)
