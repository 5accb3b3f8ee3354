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
from manim import (DOWN, LEFT, RIGHT, UP, Animation, AnimationGroup, Circle, Create, DashedLine, Dot,
                   FadeIn, FadeOut, Indicate, LaggedStart, Line, ManimColor, Mobject,
                   ReplacementTransform, Square, Succession, SurroundingRectangle, Text, Transform,
                   TransformFromCopy, VGroup, VMobject, smooth)

from nncore.history import History
from scenes import screen
from scenes.kit import theme as themes
from scenes.kit.chapter import Chapter
from scenes.kit.network_diagram import NetworkDiagram, pixels_to_neurons
from scenes.kit.numbers import adds_up, factor_places
from scenes.kit.pictures import example_picture, input_names, shade
from scenes.kit.readings import (EXAMPLE, STEP, class_of, example_words, forward_values, input_kind,
                                 neuron_sum, output_names, squashed)

WORKED_KEYS = ("layer", "neuron", "activation", "inputs", "dials", "products", "biggest",
               "rest_count", "rest_sum", "bias", "total", "value")
PANEL_X = 3.45            # left edge of the worked example's column, right of the network
PANEL_RIGHT = 6.75        # its right edge: clear inside the frame (7.1), not at its edge
CURVE_BOX = (2.9, 1.7)    # the squashing curve's width and height
CURVE_WORDS = "label"     # the curve's numbers and names: about 15 px tall at 480p
TOTAL_ROOM = 0.85         # half the width of "total: 1.03" on the curve's floor: no tick number under it
CURVE_ORIGIN_Y = -1.4     # the curve's floor: its tick row and the total below stay above the subtitles
GAP_WIDTH = 8             # the guess bars' thickness (the orange "how far off" brackets are thin: another shape)

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
    """Rounded input values beside the input neurons, named ("across", a CSV's column
    names) when the inputs have names, unless the input is an image."""
    kind = input_kind(history)
    if kind == "image":
        return None
    names = input_names(history)
    if names is None:
        return [f"{v:.2f}" for v in values]
    return [f"{word} {v:.2f}" for word, v in zip(names, values)]


def signed_number(value: float) -> str:
    """+0.23 or \u22120.20 (a real minus sign): a product or a sum as the panel writes it."""
    return f"{value:+.2f}".replace("-", "\u2212")


def plain_number(value: float, places: int = 2) -> str:
    return f"{value:.{places}f}".replace("-", "\u2212")


def worked_panel(scene: Chapter, work: dict) -> dict[str, Mobject]:
    """The column right of the network: the biggest products, the rest, the head start, the
    total; at the label size, the sum is what the viewer reads."""
    t = scene.theme
    head = scene.text("one hidden neuron", color=t.highlight)
    what = "brightness" if input_kind(scene.history) == "image" else "input"
    header = scene.text("{what} \u00d7 dial", size="small", color=t.muted, facts={"what": what})
    rows = VGroup(*(product_row(scene, work["inputs"][k], work["dials"][k]) for k in work["biggest"]))
    more = "input" if work["rest_count"] == 1 else "inputs"
    rest = scene.text("+ {count} more {inputs}: {sum}",
                      facts={"count": work["rest_count"], "inputs": more, "sum": signed_number(work["rest_sum"])})
    if not work["rest_count"]:
        rest = scene.text("(no other inputs)", color=t.muted)
    # a head start of zero adds nothing and is neither drawn nor said (it cannot be shown)
    bias = (scene.text("+ head start: {head_start}", facts={"head_start": signed_number(work["bias"])})
            if work["bias"] else VGroup())
    sums = VGroup(*rows, rest, *([bias] if work["bias"] else []))
    # as big as the room right of the network allows (about 21 points), never over its labels
    sums.scale(min(1.0, (PANEL_RIGHT - PANEL_X) / sums.width))
    column = VGroup(head, header, *sums).arrange(DOWN, aligned_edge=LEFT, buff=0.17)
    column.move_to([PANEL_X, 2.75, 0], aligned_edge=UP + LEFT)
    rule = Line(LEFT * column.width / 2, RIGHT * column.width / 2, stroke_color=t.muted, stroke_width=2)
    rule.next_to(sums[-1], DOWN, buff=0.12, aligned_edge=LEFT)
    # the parts as shown may miss the total by a rounding: then the total says "about"
    parts = [*(work["products"][k] for k in work["biggest"]), work["rest_sum"], work["bias"]]
    template = screen.mark("total: {total}") if adds_up(parts, work["total"]) else screen.mark("total: about {total}")
    total = scene.text(template, color=t.highlight, facts={"total": plain_number(work["total"])})
    total.next_to(rule, DOWN, buff=0.15, aligned_edge=LEFT)
    return {"head": head, "header": header, "rows": rows, "rest": rest, "bias": bias,
            "rule": rule, "total": total}


def product_row(scene: Chapter, value: float, dial: float) -> Mobject:
    """"0.81 \u00d7 0.28 = +0.23", with as many places as it takes for the shown numbers to
    multiply to the shown product."""
    places = factor_places(value, dial)
    return scene.text("{input} \u00d7 {dial} = {product}",
                      facts={"input": plain_number(value, places), "dial": plain_number(dial, places),
                             "product": signed_number(value * dial)})


def squash_picture(scene: Chapter, work: dict) -> dict[str, Mobject]:
    """The real squashing curve of the neuron's activation, with its axes named in words and
    ticked (the total along the floor, the brightness up the side), the total on its floor
    and a dot that walks along the curve to it; the brightness read off on the left."""
    t = scene.theme
    reach = max(4.0, 1.25 * abs(work["total"]))
    xs = np.linspace(-reach, reach, 41)
    ys = squashed(work["activation"], xs)
    low, high = min(0.0, float(ys.min())), max(1.0, float(ys.max()))
    w, h = CURVE_BOX
    origin = np.array([PANEL_X + 0.45, CURVE_ORIGIN_Y, 0.0])   # its right tick clear of the frame edge

    def at(x: float, y: float) -> np.ndarray:
        return origin + np.array([(x + reach) / (2 * reach) * w, (y - low) / (high - low) * h, 0.0])

    axes = VGroup(Line(at(-reach, low), at(reach, low), stroke_color=t.muted, stroke_width=2),
                  Line(at(-reach, low), at(-reach, high), stroke_color=t.muted, stroke_width=2))
    curve = VMobject(stroke_color=t.text, stroke_width=3).set_points_smoothly([at(x, y) for x, y in zip(xs, ys)])
    z = work["total"]
    # as the words go: start at the total on the floor, go up to the curve
    dot = Dot(at(z, low), radius=0.09, color=t.highlight)
    rise = dot.copy().move_to(at(z, work["value"]))
    up = DashedLine(at(z, low), at(z, work["value"]), color=t.highlight, stroke_width=2)
    across = DashedLine(at(z, work["value"]), at(-reach, work["value"]), color=t.highlight, stroke_width=2)
    out = scene.text("{value}", size=CURVE_WORDS, color=t.highlight, facts={"value": plain_number(work["value"])})
    out.next_to(at(-reach, work["value"]), LEFT, buff=0.08)
    ticks = VGroup()
    # the floor: where the total goes, from the most negative drawn to the most positive
    # (a tick's number the total, written at its own place, would cover is left out)
    for x in (-reach, 0.0, reach):
        mark = Line(at(x, low), at(x, low) + 0.1 * DOWN, stroke_color=t.muted, stroke_width=2)
        word = scene.text("{x}", size=CURVE_WORDS, color=t.muted, facts={"x": tick_number(x)})
        ticks.add(mark)
        if abs(at(x, low)[0] - at(work["total"], low)[0]) > TOTAL_ROOM:
            ticks.add(word.next_to(mark, DOWN, buff=0.05))
    # the total's own place on the floor, marked where the walk up starts
    ticks.add(Line(at(z, low) + 0.1 * UP, at(z, low) + 0.15 * DOWN, stroke_color=t.highlight, stroke_width=3))
    # the side: dark to fully lit; a tick label the read-off value would cover is left out
    for y in (low, high):
        word = scene.text("{y}", size=CURVE_WORDS, color=t.muted, facts={"y": tick_number(y)})
        word.next_to(at(-reach, y), LEFT, buff=0.08)
        if abs(word.get_center()[1] - out.get_center()[1]) > 0.3:
            ticks.add(word)
    # both axes named in plain words: the total comes in along the floor, the brightness goes out up the side
    floor_name = scene.text("total coming in", size=CURVE_WORDS, color=t.muted)
    floor_name.next_to(at(0.0, low), DOWN, buff=0.75)
    # starting over the side axis and running right: clear of the network's output names on its left
    side_name = scene.text("brightness out", size=CURVE_WORDS, color=t.muted)
    side_name.next_to(at(-reach, high), UP, buff=0.12).align_to(axes, LEFT)
    names = VGroup(side_name,
                   ticks, floor_name)
    slot = at(z, low) + 0.42 * DOWN   # where the total stands: on the floor, under its own place
    return {"axes": axes, "curve": curve, "rise": rise, "dot": dot, "up": up, "across": across,
            "out": out, "names": names, "slot": slot, "reach": reach}


def tick_number(value: float) -> str:
    """An axis end as the tick says it: 4, \u22125.3 (whole numbers without decimals)."""
    return plain_number(value).replace(".00", "") if float(value).is_integer() else f"{value:.1f}".replace("-", "\u2212")


def spread_apart(labels: list[Mobject], gap: float = 0.04) -> None:
    """Push labels down, top to bottom, until none covers the one above it (two pixels
    side by side send their wires, and their products, to nearly the same place)."""
    ordered = sorted(labels, key=lambda m: -m.get_y())
    for above, below in zip(ordered, ordered[1:]):
        sideways = abs(above.get_x() - below.get_x()) < (above.width + below.width) / 2
        overlap = below.get_top()[1] + gap - above.get_bottom()[1]
        if sideways and overlap > 0:
            below.shift(overlap * DOWN)


def worked_gaps(guess: np.ndarray, truth: np.ndarray) -> list[int]:
    """The outputs whose "how far off" gap is drawn thick with its number: the right answer's,
    and one wrong one's (the guess, or if the guess is right, the brightest wrong output)."""
    right = int(np.argmax(truth))
    if len(guess) == 1:
        return [0]
    wrong = [k for k in np.argsort(-np.asarray(guess)) if k != right]
    return [right, int(wrong[0])]


def ok_color(t, right: bool) -> str:
    return t.right if right else t.wrong


def worked_facts(work: dict) -> dict[str, object]:
    """The worked example's numbers as the narration reads them."""
    k = work["biggest"][0]
    said = lambda v: f"minus {abs(v):.2f}" if v < 0 else f"{v:.2f}"
    return {"first_in": said(work["inputs"][k]), "first_dial": said(work["dials"][k]),
            "first_product": said(work["products"][k]),
            "rest_words": (f"The other {work['rest_count']} inputs add up to {said(work['rest_sum'])}."
                           if work["rest_count"] else "That is every input it has."),
            "head_start_words": (f"Then the neuron adds its own head start: a number it always adds, whatever "
                                 f"comes in. For now it is {said(work['bias'])}. " if work["bias"] else ""),
            "total": said(work["total"]), "value": said(work["value"]),
            # the sum needs it: a shown product below zero is taken away, not added
            "minus_words": ("A minus sign means it takes away from the total. "
                            if any(work["products"][k] < 0 for k in work["biggest"]) else "")}


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
            "top_percent": round(100 * float(values["guess"][top])),
            "named": ", written beside it with its name" if input_names(self.history) else "",
            # a pixel is bright or dark; a table's number (cm, years, ...) has no brightness
            "input_amount": "how bright the input is" if input_kind(self.history) == "image" else "the input's number",
            **worked_facts(neuron_sum(self.history)),
        }

    def construct(self) -> None:
        values = forward_values(self.history)
        self.show(**values)
        self.show_title()
        diagram = self.build_diagram(values)
        with self.say("start") as tracker:
            self.play(FadeIn(diagram), run_time=min(1.5, tracker.duration))
        picture = self.introduce_example(diagram)
        self.feed_inputs(diagram, picture, values)
        self.explain_neuron(diagram, values, picture)
        self.run_layers(diagram, values)
        self.read_guess(diagram, picture, values)

    # --- steps of the story ---

    def build_diagram(self, values: dict) -> NetworkDiagram:
        snap = self.history.snapshot(STEP)
        # no picture on the left (a table's row): the inputs' named values take that room
        bare = example_picture(self.history, EXAMPLE, 1.0) is None
        diagram = NetworkDiagram(snap.weights, snap.biases, labels=output_names(self.history),
                                 input_labels=input_labels(self.history, values["activations"][0]),
                                 width=9.7 if bare else 6.9, height=5.3)
        # its right edge stays put: the worked example and the guesses take the right-hand column
        return diagram.move_to([2.85 - diagram.width / 2 if bare else -0.6, -0.15, 0])

    def introduce_example(self, diagram: NetworkDiagram) -> Mobject:
        """The example appears on the left with its name; a row of numbers is the inputs'
        own labels (named and valued), so its caption stands over them."""
        picture = example_picture(self.history, EXAMPLE, 2.3)
        caption = self.text("first practice example", size="small", color=self.theme.muted)   # the intro's word
        panel = VGroup(*(m for m in (picture, caption) if m is not None))
        panel.arrange(DOWN, buff=0.2).move_to([-5.55, 1.0, 0])
        if picture is None and len(diagram.input_labels):
            panel.next_to(diagram.input_labels, UP, buff=0.3, aligned_edge=LEFT)
            panel.shift(max(0.0, -6.9 - panel.get_left()[0]) * RIGHT)
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
                         pixels_to_neurons(diagram, panel[0], values["activations"][0])]
            else:
                anims = [diagram.light_up(acts)]
            self.play(*anims, run_time=min(2.5, tracker.duration))

    def explain_neuron(self, diagram: NetworkDiagram, values: dict, picture: Mobject) -> None:
        """One hidden neuron, worked out with its real numbers: the biggest few products of
        brightness and dial, the rest summed, the head start, the total, then the squash."""
        work = neuron_sum(self.history)
        self.show(worked={k: work[k] for k in WORKED_KEYS})
        t = self.theme
        index = work["neuron"]
        circle = diagram.neuron_at(1, index)
        ring = Circle(circle.width / 2 + 0.08, stroke_color=t.highlight, stroke_width=3).move_to(circle)
        lines = VGroup(*(diagram.edge_line(0, index, k) for k in diagram.shown_indices(0)))
        panel = worked_panel(self, work)
        marks = self.input_marks(diagram, picture, index, work)
        labels = [m[-1] for m in marks]
        spread_apart(labels, gap=0.04)   # two neighbouring inputs: the lower label steps down
        with self.say("neuron") as tracker:
            self.play(Create(ring), FadeIn(panel["head"]), FadeIn(panel["header"]), run_time=0.8)
            self.play(Create(lines), run_time=min(1.5, tracker.duration / 4))
            self.wait_until_bookmark("times")
            self.play(FadeIn(marks[0]), FadeIn(panel["rows"][0], shift=0.2 * LEFT), run_time=0.8)
            self.wait_until_bookmark("more")
            # one at a time, each wire with its label and its row: which number is whose
            for m, r in zip(marks[1:], panel["rows"][1:]):
                self.play(FadeIn(m), FadeIn(r, shift=0.2 * LEFT), run_time=0.8)
            self.wait_until_bookmark("rest")
            # every incoming edge, thicker but in its own colour: the colour is the dial's sign
            self.play(FadeIn(panel["rest"], shift=0.2 * LEFT),
                      *(line.animate.set_stroke(width=line.get_stroke_width() + 2.5) for line in lines),
                      run_time=0.8)
        with self.say("sum") as tracker:
            if work["bias"]:
                self.play(FadeIn(panel["bias"], shift=0.2 * LEFT), run_time=0.8)
            self.wait_until_bookmark("total")
            self.play(Create(panel["rule"]), run_time=0.4)
            parts = VGroup(panel["rows"], panel["rest"], panel["bias"]).copy()
            self.play(ReplacementTransform(parts, panel["total"]), run_time=1.2)
        self.wait(0.8)
        curve = squash_picture(self, work)
        lit = self.partial(values["activations"], upto=0)
        lit[1] = np.where(np.arange(len(lit[1])) == index, values["activations"][1], 0.0)
        value = self.text("{value}", size="small", color=t.highlight, facts={"value": plain_number(work["value"])})
        value.add_background_rectangle(color=t.background, opacity=0.85, buff=0.05)
        value.next_to(ring, RIGHT, buff=0.06)   # over the edges going out, not over the neuron above
        self.show(squash_axis=[-curve["reach"], curve["reach"]])
        spot = panel["total"].copy().move_to(curve["slot"])
        spot.shift(max(0.0, spot.get_right()[0] - 6.9) * LEFT)
        with self.say("squash") as tracker:
            self.play(FadeOut(VGroup(panel["rows"], panel["rest"], panel["bias"], panel["rule"], panel["header"])),
                      panel["total"].animate.move_to(spot), run_time=0.8)
            self.play(Create(curve["axes"]), Create(curve["curve"]), FadeIn(curve["names"]), run_time=1.2)
            self.wait_until_bookmark("follow")
            self.play(FadeIn(curve["dot"]), run_time=0.3)
            self.play(Transform(curve["dot"], curve["rise"]), Create(curve["up"]), run_time=1.2)
            self.play(Create(curve["across"]), FadeIn(curve["out"]), run_time=0.8)
            self.wait_until_bookmark("glow")
            self.play(diagram.light_up(lit), TransformFromCopy(curve["out"], value), run_time=1.0)
        self.wait(1.0)
        drawn = (curve[k] for k in ("axes", "curve", "dot", "up", "across", "out", "names"))
        self.play(FadeOut(VGroup(lines, ring, value, marks, panel["head"], panel["total"], *drawn)),
                  run_time=0.6)

    def input_marks(self, diagram: NetworkDiagram, picture: Mobject, neuron: int, work: dict) -> VGroup:
        """Where each of the biggest products comes from, drawn the same way every time: its
        pixel ringed on the picture, a thin connector from the pixel to its input circle, the
        wire from that circle into the neuron, thicker in its dial's colour, and the product
        at the wire's end, beside the neuron. An input the column does not draw (it is among
        the dots) gets its own circle, pulled out of the dots beside the column."""
        t = self.theme
        image = picture[0] if input_kind(self.history) == "image" else None
        target = diagram.neuron_at(1, neuron)
        pulled = [k for k in work["biggest"] if diagram.neuron_at(0, k) is None]
        marks = []
        for k in work["biggest"]:
            mark = VGroup()
            circle = diagram.neuron_at(0, k)
            if circle is None:
                circle = self.pulled_out(diagram, pulled.index(k), len(pulled), work["inputs"][k])
                mark.add(circle)
            ring = Circle(circle.width / 2 + 0.05, stroke_color=t.highlight, stroke_width=2.5).move_to(circle)
            if image is not None:
                side = math.isqrt(len(work["inputs"]))
                row, col = divmod(k, side)
                # in the text colour: a yellow ring would vanish on a lit pixel
                square = Square(image.cell, stroke_color=t.text, stroke_width=3).move_to(image.center_of(row + 0.5, col + 0.5))
                mark.add(square, Line(square.get_center(), ring.get_center(), buff=ring.width / 2,
                                      stroke_color=t.text, stroke_width=1.2))
            sign = t.positive if work["dials"][k] >= 0 else t.negative
            line = Line(circle.get_center(), target.get_center(), stroke_color=sign, stroke_width=4.5,
                        buff=target.width / 2)
            label = self.text("{product}", size="small", color=t.highlight,
                              facts={"product": signed_number(work["products"][k])})
            label.add_background_rectangle(color=t.background, opacity=0.85, buff=0.04)
            # framed in its wire's colour, at the wire's start just right of its input circle: there
            # the wires are still apart (at the neuron end they meet and the labels piled up)
            label.add(SurroundingRectangle(label, color=sign, buff=0.03, stroke_width=2))
            x_at = circle.get_right()[0] + 0.12 + label.width / 2
            start, stop = line.get_start(), line.get_end()
            share = (x_at - start[0]) / max(stop[0] - start[0], 1e-6)
            spot = start + share * (stop - start)
            if share > 0.5:   # a wire too short for it (a small network's close columns): over its middle
                spot = (start + stop) / 2 + 0.22 * UP
            mark.add(ring, line, label.move_to(spot))
            marks.append(mark)
        return VGroup(*marks)

    def pulled_out(self, diagram: NetworkDiagram, place: int, count: int, value: float) -> Circle:
        """Input circle number `place` of `count` drawn beside the column's dots, which stand in
        for it: lit as bright as its input."""
        dots = diagram.ellipses[0]
        circle = diagram.neurons(0)[0]
        step = circle.width + 0.12
        # on the dots themselves, in the column: one of the inputs they stand for, not a new neuron
        spot = dots.get_center() + ((count - 1) / 2 - place) * step * UP
        return Circle(circle.width / 2, stroke_color=self.theme.neuron_stroke, stroke_width=1.5,
                      fill_color=lit_color(value), fill_opacity=1.0).move_to(spot)

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
        # under the picture; a row of numbers has none: under the inputs' names
        above = panel if example_picture(self.history, EXAMPLE, 1.0) is not None else diagram.input_labels
        verdict.next_to(above, DOWN, buff=0.45, aligned_edge=LEFT)
        verdict.shift(max(0.0, -6.8 - verdict.get_left()[0]) * RIGHT)
        how_far = self.text("orange: how far off", size="small", color=self.theme.cost)
        how_far.next_to(verdict, DOWN, buff=0.3, aligned_edge=LEFT)
        with self.say(self.guess_section(values)):
            self.play(FadeIn(table["guess"]), run_time=1.0)
            if self.guess_section(values) == "guess":
                self.wait_until_bookmark("own")
                self.play(FadeIn(table["together"]), run_time=0.6)
            self.wait_until_bookmark("top")
            self.play(Create(table["box"]), FadeIn(table["together"]), run_time=0.6)
            self.wait_until_bookmark("truth")
            self.play(FadeIn(table["truth"]), run_time=1.0)
        with self.say("wrong" if guess != truth else "lucky"):
            self.play(FadeIn(verdict), run_time=0.8)
            self.play(Indicate(table["box"], color=ok_color(self.theme, guess == truth)),
                      Indicate(verdict[0], color=ok_color(self.theme, guess == truth)), run_time=1.2)
        with self.say("next"):
            self.wait_until_bookmark("gaps")
            self.play(FadeIn(table["gaps"]), FadeIn(how_far), run_time=0.8)   # all there as the words name them

    # --- small pieces ---

    def guess_section(self, values: dict) -> str:
        """[guess_shares] for a softmax output (shares of one whole), [guess] for several
        sigmoid outputs, [guess_single] for one."""
        if len(values["guess"]) == 1:
            return "guess_single"
        return "guess_shares" if self.history.config["activations"][-1] == "softmax" else "guess"

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
        x_guess, x_truth = labels_right + 0.75, labels_right + 3.75   # room for a gap's number before it
        # a bar per guess, the differences at a glance; long enough that the orange gaps read at 480p
        bar_left, bar_room = x_guess + 0.45, 1.6
        top = int(np.argmax(values["guess"]))
        # the label size where the rows have room (a few outputs), else small (ten digits)
        spacing = abs(circles[0].get_center()[1] - circles[-1].get_center()[1]) / max(len(circles) - 1, 1)
        size = "label" if len(circles) == 1 or spacing > 0.5 else "small"
        guess_col, truth_col, box, gaps = VGroup(), VGroup(), VGroup(), VGroup()
        marked = worked_gaps(values["guess"], values["truth"])
        self.show(gaps_written={self.history.labels[k]: round(abs(float(values["truth"][k] - values["guess"][k])), 2)
                                for k in marked})
        for k, circle in zip(shown, circles):
            y = circle.get_center()[1]
            g = self.text("{guess}", size=size, facts={"guess": f"{values['guess'][k]:.2f}"})
            guess_col.add(g.move_to([x_guess, y, 0]))
            length = max(bar_room * float(np.clip(values["guess"][k], 0, 1)), 0.02)
            guess_col.add(Line([bar_left, y + 0.05, 0], [bar_left + length, y + 0.05, 0], stroke_width=GAP_WIDTH,
                               stroke_color=t.muted))   # grey: the orange gap under it stands apart
            # how far this guess is from its answer, just under its bar: the orange the cost chapter adds up,
            # a thin bracket (a line with ends), not a second bar
            want = bar_room * float(np.clip(values["truth"][k], 0, 1))
            # the right answer's gap and one wrong one: thick, their size written at their end
            thick = k in marked
            ends, stroke = [bar_left + length, bar_left + want], {"stroke_width": 9 if thick else 4, "stroke_color": t.cost}
            gap = VGroup(Line([ends[0], y - 0.1, 0], [ends[1], y - 0.1, 0], **stroke),
                         *(Line([e, y - 0.19, 0], [e, y - 0.01, 0], **stroke) for e in ends))
            if thick:
                gap.add(self.text("{gap}", size="small", color=t.cost,
                                  facts={"gap": f"{abs(float(values['truth'][k] - values['guess'][k])):.2f}"})
                        .next_to([max(ends), y - 0.1, 0], RIGHT, buff=0.08))
            gaps.add(gap)
            one = values["truth"][k] >= 0.5
            a = self.text("{answer}", size=size, color=t.right if one else t.muted,
                          facts={"answer": f"{values['truth'][k]:g}"})
            truth_col.add(a.move_to([x_truth, y, 0]))
            if k == top:
                box.add(SurroundingRectangle(g, color=t.highlight, buff=0.07, stroke_width=2.5))
        head_y = circles[0].get_top()[1] + 0.3
        # where 0 and 1 are on the bars, so a gap can be read against the answer's level
        rows_top, rows_bottom = circles[0].get_top()[1] + 0.05, circles[-1].get_bottom()[1] - 0.05
        for value in (0, 1):
            x = bar_left + bar_room * value
            gaps.add(DashedLine([x, rows_top, 0], [x, rows_bottom, 0], stroke_width=1.5, color=t.muted,
                                dash_length=0.06),
                     self.text("{value}", size="small", color=t.muted, facts={"value": value})
                     .next_to([x, rows_bottom, 0], DOWN, buff=0.06))   # under the rows: the headings sit above
        guess_col.add(self.text("guess", size="small", color=t.muted).move_to([x_guess, head_y, 0], aligned_edge=UP))
        truth_col.add(self.text("answer", size="small", color=t.muted).move_to([x_truth, head_y, 0], aligned_edge=UP))
        together = VGroup()
        if self.guess_section(values) == "guess":   # scores, each on its own: said not to be a sum
            together = self.text("each on its own", size="small", color=t.muted)
            together.next_to([x_guess - 0.3, circles[-1].get_bottom()[1], 0], DOWN, buff=0.5, aligned_edge=LEFT)
        if self.guess_section(values) == "guess_shares":   # shares of one whole: their sum, drawn
            self.show(guess_total=float(np.sum(values["guess"])))
            together = self.text("together: {sum}", size="small", color=t.muted,
                                 facts={"sum": f"{float(np.sum(values['guess'])):.2f}"})
            together.next_to([x_guess - 0.3, circles[-1].get_bottom()[1], 0], DOWN, buff=0.5, aligned_edge=LEFT)
        return {"guess": guess_col, "truth": truth_col, "box": box, "gaps": gaps, "together": together}

    def verdict(self, guess: int, truth: int) -> VGroup:
        """"guess: 2" in the wrong (or right) colour over "answer: 0"."""
        labels = self.history.labels
        ok = self.theme.right if guess == truth else self.theme.wrong
        lines = VGroup(self.text("guess: {label}", color=ok, facts={"label": labels[guess]}),
                       self.text("answer: {label}", color=self.theme.right, facts={"label": labels[truth]}))
        return lines.arrange(DOWN, aligned_edge=LEFT, buff=0.15)
