"""The network diagram every chapter draws: neurons lit by activation, edges by weight.

Example (renders nothing, just builds the picture of a 2-4-4-1 network):

    >>> import numpy as np
    >>> from nncore.init import initial_parameters
    >>> from scenes.kit.network_diagram import NetworkDiagram
    >>> weights, biases = initial_parameters([2, 4, 4, 1], "random", np.random.default_rng(0))
    >>> diagram = NetworkDiagram(weights, biases, labels=["blue?"])
    >>> diagram
    NetworkDiagram(2-4-4-1, drawn 2-4-4-1, weight_scale=1.16)
    >>> # in a Scene: self.play(Create(diagram)); self.play(diagram.pulse_layer(0))

`network_picture(history)` builds the story's network from a snapshot, its outputs named by
class; `layer_names` writes "inputs", "hidden", "outputs" under its columns.

Choices a chapter author may want to know:
- Brightness is |activation| clipped to 0..1, so a tanh neuron at -0.9 is as lit as one at
  +0.9 (brightness says "how strongly it fires", the sign is not shown). A layer whose
  values go past 1 (relu) is scaled by its own largest value instead of clipped.
- Biases are kept (and morphed) but not drawn.
- Edge widths come in a few fixed steps (`N_BUCKETS` per colour). Edges of one step share
  VMobjects of `EDGE_CHUNK` straight subpaths each: few mobjects, and fast for cairo.
  `edges(i)` is a fixed pool of such VMobjects (some empty); which edge sits in which one
  changes with the weights, so highlight single edges with `edge_line`, not by index.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from manim import (DOWN, LEFT, RIGHT, UP, Animation, Circle, Dot, LaggedStart, Line, ManimColor, Mobject,
                   Square, Text, Transform, VGroup, VMobject, smooth)

from nncore.history import History, Snapshot
from scenes.kit import theme
from scenes import screen
from scenes.kit.pictures import input_names, shade
from scenes.kit.readings import output_names
from scenes.kit.theme import Theme

N_BUCKETS = 6               # width steps per colour: enough to read, and one stroke style each
EDGE_CHUNK = 4              # edges per VMobject: cairo strokes one path of many crossing lines
                            # slowly; 4 per VMobject drew 1.6x (480p) to 1.9x (1080p) faster
                            # than one VMobject per width step, and beat one per edge
MAX_DRAWN = 16              # a layer with more neurons is drawn as 8, an ellipsis and 8
RADIUS_OF_SPACING = 0.36    # neuron radius as a share of the gap between neuron centres
MAX_RADIUS_GROWTH = 1.75    # small networks may draw neurons up to this times the theme radius
MAX_LAYER_GAP = 4.0         # tiny networks are not stretched across the whole width
LABEL_BUFF = 0.15


def largest_weight(*weight_lists: Sequence[np.ndarray]) -> float:
    """The largest |weight| over several snapshots: pass it as `weight_scale` so they compare."""
    return max(float(np.abs(w).max(initial=0.0)) for ws in weight_lists for w in ws)


def brightness(values: np.ndarray | Sequence[float]) -> np.ndarray:
    """0..1 per neuron: |activation|, scaled by the layer's largest when that is past 1."""
    v = np.abs(np.asarray(values, dtype=float).reshape(-1))
    top = v.max(initial=0.0)
    return v / top if top > 1.0 else v


def lit_colours(t, levels: Sequence[float]) -> list[ManimColor]:
    """Neurons' fills at brightness `levels` (0..1): from the background to the lit colour."""
    dark, bright = (np.array(ManimColor(c).to_int_rgb()) for c in (t.background, t.neuron_fill))
    return [ManimColor.from_rgb(np.rint(dark + (bright - dark) * level).astype(int)) for level in levels]


def shown_indices(n: int, max_drawn: int = MAX_DRAWN) -> list[int]:
    """Real indices of the neurons drawn for a layer of n: all, or the first and last halves."""
    if n <= max_drawn:
        return list(range(n))
    half = max_drawn // 2
    return list(range(half)) + list(range(n - half, n))


class NetworkDiagram(VGroup):
    """Circles for neurons, coloured lines for weights, built from a snapshot's arrays.

    Submobjects, back to front: edge groups (one per layer pair), neuron groups (one per
    layer), ellipses, count labels, input labels, output labels.
    """

    def __init__(
        self,
        weights: Sequence[np.ndarray],
        biases: Sequence[np.ndarray] | None = None,
        activations: Sequence[np.ndarray] | None = None,
        labels: Sequence[str] | None = None,
        input_labels: Sequence[str] | None = None,
        weight_scale: float | None = None,
        width: float = 11.0,
        height: float = 5.5,
        max_drawn: int = MAX_DRAWN,
        drawn: Sequence[Sequence[int] | None] | None = None,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self._theme = theme.current()
        self._weights = _check_weights(weights)
        self.sizes = [self._weights[0].shape[1]] + [w.shape[0] for w in self._weights]
        self._biases = ([np.zeros(n) for n in self.sizes[1:]] if biases is None
                        else [np.asarray(b, dtype=float).copy() for b in biases])
        self.weight_scale = float(weight_scale or largest_weight(self._weights) or 1.0)
        # `drawn`: per layer, the neurons to draw in order (None: shown_indices), two halves
        # either side of the ellipsis (the intro's input column: the picture's rows with ink)
        picked = list(drawn or []) + [None] * (len(self.sizes) - len(drawn or []))
        self._shown = [shown_indices(n, max_drawn) if mine is None else [int(i) for i in mine]
                       for n, mine in zip(self.sizes, picked)]
        self._lit = [np.zeros(n) for n in self.sizes]
        self._build(labels, input_labels, width, height)
        if activations is not None:
            self.set_activations(activations)
        self.set_weights(self._weights)

    # ---- building ------------------------------------------------------------------------

    def _build(self, labels, input_labels, width: float, height: float) -> None:
        t = self._theme
        self.input_label_group = _texts(input_labels, self._shown[0], t.text, t.label_size)
        self.output_label_group = _texts(labels, self._shown[-1], t.text, t.label_size)
        elided = [len(s) < n for s, n in zip(self._shown, self.sizes)]
        count_h = _text("0", t.muted, t.label_size).height + LABEL_BUFF if any(elided) else 0
        slots = max(len(s) + e for s, e in zip(self._shown, elided))
        spacing = min(1.2, (height - count_h) / max(slots - 1 + 2 * RADIUS_OF_SPACING, 1e-9))
        self._radius = min(RADIUS_OF_SPACING * spacing, MAX_RADIUS_GROWTH * t.neuron_radius)
        self._fit_label_heights(0.8 * spacing)
        xs = self._column_xs(width)
        self.neuron_groups = VGroup(*(self._column(x, shown, e, spacing)
                                      for x, shown, e in zip(xs, self._shown, elided)))
        self.ellipses = VGroup(*(self._ellipsis(k, spacing) for k, e in enumerate(elided) if e))
        self.count_labels = VGroup(*(self._count_label(k) for k, e in enumerate(elided) if e))
        self._place_labels()
        self._build_edges()
        self.add(self.edge_groups, self.neuron_groups, self.ellipses, self.count_labels,
                 self.input_label_group, self.output_label_group)
        self.center()
        if self.width > width or self.height > height:   # only long labels get us here
            self.scale(min(width / self.width, height / self.height))

    def _fit_label_heights(self, max_height: float) -> None:
        # one scale per column of labels: each label fitted alone would draw "banana" bigger
        # than "apple" (whose p's reach lower)
        for group in (self.input_label_group, self.output_label_group):
            tallest = max((label.height for label in group), default=0.0)
            if tallest > max_height:
                for label in group:
                    label.scale(max_height / tallest)

    def _column_xs(self, width: float) -> np.ndarray:
        left = max((m.width for m in self.input_label_group), default=0.0)
        right = max((m.width for m in self.output_label_group), default=0.0)
        span = width - left - right - 2 * (self._radius + LABEL_BUFF)
        n = len(self.sizes)
        gap = min(MAX_LAYER_GAP, span / max(n - 1, 1))
        return (np.arange(n) - (n - 1) / 2) * gap

    def _column(self, x: float, shown: list[int], elided: bool, spacing: float) -> VGroup:
        t = self._theme
        slots = len(shown) + elided
        ys = ((slots - 1) / 2 - np.arange(slots)) * spacing
        if elided:   # the middle slot holds the ellipsis
            ys = np.delete(ys, len(shown) // 2)
        return VGroup(*(Circle(self._radius, stroke_color=t.neuron_stroke,
                               stroke_width=t.neuron_stroke_width, fill_color=t.background,
                               fill_opacity=1.0).move_to([x, y, 0]) for y in ys))

    def _ellipsis(self, layer: int, spacing: float) -> VGroup:
        column = self.neuron_groups[layer]
        half = len(self._shown[layer]) // 2
        middle = (column[half - 1].get_center() + column[half].get_center()) / 2
        free = 2 * (spacing - self._radius)   # between the rims around the ellipsis slot
        return VGroup(*(Dot(middle + k * 0.28 * free * UP, radius=0.08 * free,
                            color=self._theme.muted) for k in (-1, 0, 1)))

    def _count_label(self, layer: int) -> Text:
        label = _text(str(self.sizes[layer]), self._theme.muted, self._theme.label_size)
        return label.next_to(self.neuron_groups[layer][0], UP, buff=LABEL_BUFF)

    def _place_labels(self) -> None:
        for label, circle in zip(self.input_label_group, self.neuron_groups[0]):
            label.next_to(circle, LEFT, buff=LABEL_BUFF)
        for label, circle in zip(self.output_label_group, self.neuron_groups[-1]):
            label.next_to(circle, RIGHT, buff=LABEL_BUFF)

    def _build_edges(self) -> None:
        """Per layer pair: which drawn circles each edge joins, which weight it shows, a pool."""
        self._edge_index, self._edge_circles, self._edge_slot = [], [], []
        for p in range(len(self._weights)):
            n_in, n_out = len(self._shown[p]), len(self._shown[p + 1])
            out_pos, in_pos = np.divmod(np.arange(n_out * n_in), n_in)
            self._edge_circles.append((in_pos, out_pos))
            self._edge_index.append((np.array(self._shown[p + 1])[out_pos],
                                     np.array(self._shown[p])[in_pos]))
            self._edge_slot.append(np.zeros(n_out * n_in, dtype=int))
        # enough VMobjects for any spread of the edges over the styles
        self.edge_groups = VGroup(*(
            VGroup(*(VMobject() for _ in range(-(-len(slot) // EDGE_CHUNK) + 2 * N_BUCKETS)))
            for slot in self._edge_slot))
        self._styles = [self._edge_style(s) for s in range(2 * N_BUCKETS)]
        # what set_stroke writes for each style (a pool VMobject that has it already is left as is)
        self._style_rgbas = [VMobject().set_stroke(*style).stroke_rgbas.tolist() for style in self._styles]

    def _edge_style(self, style: int) -> tuple[ManimColor, float, float]:
        """Colour, width, opacity of style 2 * width_step + (0 negative, 1 positive)."""
        t = self._theme
        share = (style // 2 + 1) / N_BUCKETS
        color = ManimColor(t.negative if style % 2 == 0 else t.positive)
        return color, t.min_edge_width + (t.max_edge_width - t.min_edge_width) * share, \
            0.4 + 0.6 * share

    def _edge_ends(self, p: int) -> tuple[np.ndarray, np.ndarray]:
        """Start and end of every drawn edge of pair p, trimmed to the circles' rims.

        Read from the circles each time, so the diagram may be moved or scaled freely.
        """
        in_pos, out_pos = self._edge_circles[p]
        a = _centers(self.neuron_groups[p])[in_pos]
        b = _centers(self.neuron_groups[p + 1])[out_pos]
        radius = self.neuron_groups[p][0].width / 2
        trim = (b - a) / np.linalg.norm(b - a, axis=1, keepdims=True) * radius
        return a + trim, b - trim

    # ---- state ---------------------------------------------------------------------------

    def set_weights(self, weights: Sequence[np.ndarray],
                    biases: Sequence[np.ndarray] | None = None) -> NetworkDiagram:
        """Redraw the edges for these weights at once (no animation)."""
        biases = None if biases is None else [np.asarray(b, dtype=float).copy() for b in biases]
        self._show_weights(_check_weights(weights, self.sizes), biases)
        return self

    def _show_weights(self, weights: list[np.ndarray], biases: list[np.ndarray] | None,
                      ends: list[tuple[np.ndarray, np.ndarray]] | None = None) -> None:
        """Store and draw without checks; `ends` lets a morph skip re-reading the circles."""
        self._weights = weights
        if biases is not None:
            self._biases = biases
        for p, w in enumerate(weights):
            starts, stops = ends[p] if ends else self._edge_ends(p)
            self._fill_pool(p, self._style_of(p, w), starts, stops)

    def _fill_pool(self, p: int, style: np.ndarray, starts: np.ndarray,
                   stops: np.ndarray) -> None:
        """Deal the edges of pair p, grouped by style (thin ones first, so drawn underneath),
        into the pool's VMobjects, EDGE_CHUNK edges each."""
        order = np.argsort(style, kind="stable")
        points = _line_points(starts[order], stops[order]).reshape(-1, 4, 3)
        pool, slot, used = self.edge_groups[p], self._edge_slot[p], 0
        bounds = np.searchsorted(style[order], np.arange(2 * N_BUCKETS + 1))
        for s, (lo, hi) in enumerate(zip(bounds[:-1], bounds[1:])):
            for first in range(lo, hi, EDGE_CHUNK):
                last = min(first + EDGE_CHUNK, hi)
                pool[used].set_points(points[first:last].reshape(-1, 3))
                _restyle(pool[used], self._styles[s], self._style_rgbas[s])
                slot[order[first:last]] = used
                used += 1
        for mob in pool[used:]:
            mob.clear_points()

    def _style_of(self, p: int, w: np.ndarray) -> np.ndarray:
        """Style of each drawn edge: 2 * width step + (0 if the weight is negative else 1)."""
        rows, cols = self._edge_index[p]
        shown = w[rows, cols]
        share = np.minimum(np.abs(shown) / self.weight_scale, 1.0)
        step = np.minimum((share * N_BUCKETS).astype(int), N_BUCKETS - 1)
        return 2 * step + (shown >= 0)

    def set_activations(self, activations: Sequence[np.ndarray]) -> NetworkDiagram:
        """Light every neuron by its activation at once (input layer first)."""
        self._set_lit([brightness(a) for a in _check_activations(activations, self.sizes)])
        return self

    def _set_lit(self, lit: list[np.ndarray]) -> None:
        self._lit = lit
        for layer, shown, column in zip(lit, self._shown, self.neuron_groups):
            for colour, circle in zip(lit_colours(self._theme, [layer[i] for i in shown]), column):
                circle.set_fill(colour, 1.0)

    # ---- animations ----------------------------------------------------------------------

    def morph_to(self, weights: Sequence[np.ndarray], biases: Sequence[np.ndarray] | None = None,
                 activations: Sequence[np.ndarray] | None = None, **kwargs) -> Animation:
        """Edges (and neurons, if activations are given) glide to another snapshot's look.

        Edge positions are read when the morph starts: move the diagram before or after it,
        not during it.
        """
        weights = _check_weights(weights, self.sizes)
        lit = (None if activations is None
               else [brightness(a) for a in _check_activations(activations, self.sizes)])
        return _DiagramMorph(self, weights, biases, lit, **kwargs)

    def light_up(self, activations: Sequence[np.ndarray], **kwargs) -> Animation:
        """Neurons brighten or dim to these activations; edges stay."""
        lit = [brightness(a) for a in _check_activations(activations, self.sizes)]
        return _DiagramMorph(self, None, None, lit, **kwargs)

    def pulse_layer(self, i: int, time_width: float = 0.2, reverse: bool = False,
                    color: str | None = None, **kwargs) -> Animation:
        """A flash in the highlight colour (or `color`: the blame colour for blame flowing
        backwards) runs along every drawn edge from layer i to i+1 (from i+1 back to i when
        `reverse`)."""
        if reverse:   # the same flash played backwards in time
            rate = kwargs.get("rate_func", smooth)
            kwargs["rate_func"] = lambda a: 1 - rate(a)
        starts, stops = self._edge_ends(i)
        style = self._style_of(i, self._weights[i])
        # Flashes as wide and faint as their edges, so strong weights glow more and a dense
        # pair does not turn into a solid band; a sparse pair's flashes get bolder to be seen.
        boost = min(1.0, 32 / len(style))
        flashes = VGroup()
        for s in np.unique(style):
            edges = np.flatnonzero(style == s)
            _, width, opacity = self._styles[s]
            width += boost * 0.6 * self._theme.max_edge_width
            opacity += boost * (1.0 - opacity)
            for first in range(0, len(edges), EDGE_CHUNK):
                chunk = edges[first:first + EDGE_CHUNK]
                flashes.add(_Flash(starts[chunk], stops[chunk], color or self._theme.highlight, width,
                                   opacity))
        return _EdgeFlash(flashes, time_width=time_width, **kwargs)

    # ---- accessors -----------------------------------------------------------------------

    def neurons(self, layer: int) -> list[Circle]:
        """The drawn circles of a layer, top to bottom."""
        return list(self.neuron_groups[layer])

    def neuron_at(self, layer: int, index: int) -> Circle | None:
        """The circle drawing real neuron `index` of `layer`, or None when it is elided."""
        shown = self._shown[layer]
        return self.neuron_groups[layer][shown.index(index)] if index in shown else None

    def shown_indices(self, layer: int) -> list[int]:
        """Real neuron indices of the drawn circles of a layer, in drawing order."""
        return list(self._shown[layer])

    def edges(self, layer_pair: int) -> VGroup:
        """The pool of edge VMobjects between layer `layer_pair` and the next (some empty)."""
        return self.edge_groups[layer_pair]

    def edge_style(self, layer_pair: int, out_index: int,
                   in_index: int) -> tuple[str, float] | None:
        """(colour hex, stroke width) the edge of weight[out_index, in_index] is drawn with."""
        k = self._edge_number(layer_pair, out_index, in_index)
        if k is None:
            return None
        mob = self.edge_groups[layer_pair][self._edge_slot[layer_pair][k]]
        return mob.get_stroke_color().to_hex(), float(mob.get_stroke_width())

    def _edge_number(self, layer_pair: int, out_index: int, in_index: int) -> int | None:
        rows, cols = self._edge_index[layer_pair]
        hit = np.flatnonzero((rows == out_index) & (cols == in_index))
        return int(hit[0]) if hit.size else None

    def edge_line(self, layer_pair: int, out_index: int, in_index: int) -> Line | None:
        """A separate Line over one drawn edge, styled like it, for highlighting it."""
        style = self.edge_style(layer_pair, out_index, in_index)
        if style is None:
            return None
        k = self._edge_number(layer_pair, out_index, in_index)
        starts, ends = self._edge_ends(layer_pair)
        return Line(starts[k], ends[k], stroke_color=style[0], stroke_width=style[1])

    @property
    def output_labels(self) -> VGroup:
        """The class-name Texts beside the drawn output neurons (empty without labels)."""
        return self.output_label_group

    @property
    def input_labels(self) -> VGroup:
        return self.input_label_group

    def output_label(self, index: int) -> Text | None:
        """The label of real output neuron `index`, or None when elided or unlabelled."""
        shown = self._shown[-1]
        if index not in shown or len(self.output_label_group) == 0:
            return None
        return self.output_label_group[shown.index(index)]

    @property
    def weights(self) -> list[np.ndarray]:
        return [w.copy() for w in self._weights]

    @property
    def biases(self) -> list[np.ndarray]:
        return [b.copy() for b in self._biases]

    def __repr__(self) -> str:
        drawn = "-".join(str(len(s)) for s in self._shown)
        return (f"NetworkDiagram({'-'.join(map(str, self.sizes))}, drawn {drawn}, "
                f"weight_scale={self.weight_scale:.3g})")

    __str__ = __repr__   # VGroup's own __str__ would hide the sizes


# --- the story's network, named ---

def network_picture(history: History, snapshot: Snapshot | None = None, named: bool = True,
                    **kwargs) -> NetworkDiagram:
    """The story's network at `snapshot` (default: step 0); `named`: outputs labelled by
    class, the inputs of 2-D points by direction and a table's by its column names
    (kwargs: NetworkDiagram's)."""
    snap = history.snapshot(0) if snapshot is None else snapshot
    inputs = input_names(history)
    return NetworkDiagram(snap.weights, snap.biases, labels=output_names(history) if named else None,
                          input_labels=inputs if named else None, **kwargs)


def spread_outputs(diagram: NetworkDiagram, most: float) -> None:
    """The outputs (circles and names) spread over the tallest column's height, at most `most`
    apart, about their middle: at the hidden layer's pitch the digits' label-sized names 0-9
    touched (review s20 g1), and a glow written beside each needs a row of its own. The wires
    are redrawn from the circles where they now stand."""
    circles = diagram.neurons(-1)
    if len(circles) < 2:
        return
    tallest = max(group[0].get_y() - group[-1].get_y() for group in diagram.neuron_groups)
    pitch = min(most, tallest / (len(circles) - 1))
    middle = (circles[0].get_y() + circles[-1].get_y()) / 2
    names = list(diagram.output_labels)
    names += [None] * (len(circles) - len(names))
    for k, (circle, name) in enumerate(zip(circles, names)):
        step = (middle + ((len(circles) - 1) / 2 - k) * pitch - circle.get_y()) * UP
        circle.shift(step)
        if name is not None:
            name.shift(step)
    diagram.set_weights(diagram.weights)


def layer_names(diagram: NetworkDiagram, t: Theme) -> VGroup:
    """'inputs', 'hidden', 'outputs' under the columns, on one line."""
    last = len(diagram.sizes) - 1
    bottom = min(group.get_bottom()[1] for group in diagram.neuron_groups)
    names = VGroup()
    for k, column in enumerate(diagram.neuron_groups):
        word = screen.words("inputs") if k == 0 else screen.words("outputs") if k == last else screen.words("hidden")
        label = Text(word, font=t.font, font_size=t.small_size, color=t.muted)
        names.add(on_baseline(label.set_x(column.get_center()[0]), bottom - 0.4))
    return names


def on_baseline(label: Text, y: float) -> Text:
    """Move a one-line label up or down so its letters stand on the line y.

    Text's box includes descenders ('p', 'q'), so centring labels side by side leaves them
    at different heights; the first letter's bottom is the baseline for every word here.
    """
    return label.shift((y - label[0].get_bottom()[1]) * UP)


def pixels_to_neurons(diagram: NetworkDiagram, image: Mobject, pixels: np.ndarray, ink: str | None = None) -> Animation:
    """Copies of the drawn inputs' pixels glide from a square picture onto their neurons, then
    vanish (forward's first example; testing's first test card). `ink`: the picture's ink
    colour, which each copy starts in and turns into the neuron's glow on the way (default:
    the glow's colour throughout)."""
    t = theme.current()
    side = int(np.sqrt(len(pixels)))
    cell = image.height / side
    corner = image.get_corner(UP + LEFT)
    moves = []
    for k, circle in zip(diagram.shown_indices(0), diagram.neurons(0)):
        row, col = divmod(k, side)
        square = Square(cell, stroke_color=t.highlight if ink is None else t.focus, stroke_width=1.5,
                        fill_color=shade(pixels[k], ink or t.neuron_fill), fill_opacity=1.0)
        square.move_to(corner + (col + 0.5) * cell * RIGHT + (row + 0.5) * cell * DOWN)
        # the square becomes the neuron, in the neuron's own colour: then it is removed
        target = Circle(circle.width / 2, stroke_width=0, fill_color=shade(pixels[k], t.neuron_fill),
                        fill_opacity=1.0).move_to(circle)
        moves.append(Transform(square, target, remover=True))
    return LaggedStart(*moves, lag_ratio=0.04)


class _DiagramMorph(Animation):
    """Interpolates the weights and brightness themselves, so every edge changes in place.

    A Transform between two diagrams would pair up subpaths of the width buckets by order,
    and edges would fly across the picture whenever one changes bucket.
    """

    def __init__(self, diagram: NetworkDiagram, weights, biases, lit, **kwargs) -> None:
        self._target = (weights, biases, lit)
        self._diagram = diagram
        # only the edges move when no brightness changes: the circles and labels stay out of
        # the moving set, so the renderer draws them once per play, not once per frame
        super().__init__(diagram.edge_groups if lit is None else diagram, **kwargs)

    def begin(self) -> None:
        # start from the look at play time, so morphs can be chained in a Succession
        d = self._diagram
        self._start = (d.weights, d.biases, [v.copy() for v in d._lit])
        self._ends = [d._edge_ends(p) for p in range(len(d.sizes) - 1)]
        super().begin()

    def create_starting_mobject(self) -> Mobject:
        return Mobject()   # never read: skip deep-copying the whole diagram

    def interpolate_mobject(self, alpha: float) -> None:
        t = self.rate_func(alpha)
        (w0, b0, lit0), (w1, b1, lit1) = self._start, self._target
        d = self._diagram
        if w1 is not None:
            d._show_weights(_mix(w0, w1, t), None if b1 is None else _mix(b0, b1, t), self._ends)
        if lit1 is not None:
            d._set_lit(_mix(lit0, lit1, t))


class _Flash(VMobject):
    """Straight edges as one VMobject, showing only a sliver of each."""

    def __init__(self, starts: np.ndarray, ends: np.ndarray, color: str, width: float,
                 opacity: float) -> None:
        super().__init__(stroke_color=color, stroke_width=width, stroke_opacity=opacity)
        self.starts, self.ends = starts, ends

    def show_between(self, lower: float, upper: float) -> None:
        d = self.ends - self.starts
        self.set_points(_line_points(self.starts + lower * d, self.starts + upper * d))


class _EdgeFlash(Animation):
    """ShowPassingFlash for many edges at once: the sliver runs along every edge together.

    (ShowPassingFlash on one multi-edge VMobject would run along the edges one after another.)
    """

    def __init__(self, flashes: VGroup, time_width: float, **kwargs) -> None:
        self.time_width = time_width
        super().__init__(flashes, remover=True, introducer=True, **kwargs)

    def create_starting_mobject(self) -> Mobject:
        return Mobject()

    def interpolate_mobject(self, alpha: float) -> None:
        upper = self.rate_func(alpha) * (1 + self.time_width)
        lower, upper = max(upper - self.time_width, 0.0), min(upper, 1.0)
        for flash in self.mobject:
            flash.show_between(lower, upper)


_PLAIN_CENTRE = ("get_center", "get_critical_point", "get_extremum_along_dim", "get_points_defining_boundary",
                 "get_anchors", "get_start_anchors", "get_end_anchors")


def _centers(mobs) -> np.ndarray:
    """np.array([m.get_center() for m in mobs]): the same numbers (the middle of the box around
    each one's anchors), for circles of one shape at once instead of manim's walk per circle
    and per dimension (a set_weights per frame read every circle's centre)."""
    mobs = list(mobs)
    points = [m.points for m in mobs]
    if (mobs and all(isinstance(m, VMobject) and not m.submobjects and m.n_points_per_cubic_curve == 4
                     and all(getattr(type(m), n) is getattr(VMobject, n) for n in _PLAIN_CENTRE) for m in mobs)
            and len({p.shape for p in points}) == 1 and len(points[0]) >= 4 and len(points[0]) % 4 == 0
            and points[0].shape[1] == 3):
        stacked = np.stack(points)
        anchors = np.concatenate([stacked[:, 0::4], stacked[:, 3::4]], axis=1)
        return (anchors.min(axis=1) + anchors.max(axis=1)) / 2
    return np.array([m.get_center() for m in mobs])


def _restyle(mob: VMobject, style: tuple, rgbas: list) -> None:
    """mob.set_stroke(*style), skipped when it would write the values mob already has (a
    morph re-deals every edge on every frame; parsing the colour was about a twentieth of
    the init chapter's CPU)."""
    _, width, opacity = style
    if (mob.submobjects or mob.sheen_factor != 0 or mob.stroke_width != width or mob.stroke_opacity != opacity
            or mob.stroke_rgbas.tolist() != rgbas):
        mob.set_stroke(*style)


def _line_points(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Cubic Bezier control points of straight segments, one subpath each."""
    if len(starts) == 0:
        return np.zeros((0, 3))
    d = ends - starts
    return np.stack([starts, starts + d / 3, starts + 2 * d / 3, ends], axis=1).reshape(-1, 3)


def _mix(a: list[np.ndarray], b: list[np.ndarray], t: float) -> list[np.ndarray]:
    return [(1 - t) * x + t * y for x, y in zip(a, b)]


def _text(s: str, color: str, size: int) -> Text:
    return Text(s, font=theme.current().font, font_size=size, color=color)


def _texts(names: Sequence[str] | None, shown: list[int], color: str, size: int) -> VGroup:
    if names is None:
        return VGroup()
    if len(names) != shown[-1] + 1:
        raise ValueError(f"{len(names)} labels for a layer of {shown[-1] + 1} neurons")
    return VGroup(*(_text(screen.shorten(str(names[i])), color, size) for i in shown))


def _check_weights(weights: Sequence[np.ndarray],
                   sizes: list[int] | None = None) -> list[np.ndarray]:
    ws = [np.asarray(w, dtype=float).copy() for w in weights]
    if not ws or any(w.ndim != 2 for w in ws):
        raise ValueError("weights must be a non-empty list of (n_out, n_in) arrays")
    for a, b in zip(ws, ws[1:]):
        if b.shape[1] != a.shape[0]:
            raise ValueError(f"weights do not chain: {a.shape} then {b.shape}")
    got = [ws[0].shape[1]] + [w.shape[0] for w in ws]
    if sizes is not None and got != sizes:
        raise ValueError(f"weights are for sizes {got}, the diagram has {sizes}")
    return ws


def _check_activations(activations: Sequence[np.ndarray], sizes: list[int]) -> list[np.ndarray]:
    acts = [np.asarray(a, dtype=float).reshape(-1) for a in activations]
    if [len(a) for a in acts] != sizes:
        raise ValueError(f"activations have sizes {[len(a) for a in acts]}, expected {sizes} "
                         "(one per layer, input included)")
    return acts
