"""Chapter "training": the loop repeated, replayed from a handful of real snapshots.

The diagram's edges morph from snapshot to snapshot, the cost curve draws itself from the
records, the accuracy (practice and unseen examples) rises, and either the decision
boundary sharpens (2-D points) or a row of practice examples shows the guesses getting
better. Training stops where the history's stopping rule fired.

    from scenes.output import studio
    studio.render_chapter("training", "out/history.json", "/tmp/out", index=7)

The plots are scenes/kit/plots.py's, the values they show scenes/kit/readings.py's
(`shown_steps`, `drawn_records`, `boundary_values`, ...).
"""
from __future__ import annotations

import numpy as np
from manim import (DOWN, LEFT, RIGHT, UP, Circumscribe, Create, DashedLine, FadeIn, FadeOut, Group, LaggedStart,
                   Line, Mobject, Succession,
                   RoundedRectangle, Text, Transform, VGroup)

from nncore.history import Record
from nncore.network import classes_of
from scenes.kit.chapter import Chapter, count_words
from scenes.kit.motion import CrossFade, during
from scenes.kit.network_diagram import NetworkDiagram, largest_weight
from scenes.kit.pictures import card_picture, class_colors, guess_text
from scenes.kit.plots import BoundaryMap, CostCurve, class_legend
from scenes.kit.readings import (CURVE_SIZE, GRID_CELLS, boundary_values, drawn_records, epoch_ends, input_kind,
                                 output_names,
                                 percent, pick_by_class, planned_steps, plane_bounds, record_at, shown_steps,
                                 stop_reason, stop_step)

MAX_TICKS = 40              # epoch ticks on the step axis: more would blur into a bar
DRAWN_NEURONS = 10          # per layer: ten outputs in 3 units leave room for 14 px labels at 480p
STOP_LABELS = {             # the stopping rule on screen: a short label
    "converged": "no longer getting better",
    "target_accuracy": "reached its target",
    "max_epochs": "used up its practice rounds",
    "plateau": "stuck on a flat stretch",
    "diverged": "the cost blew up",
}


# --- the scene ---

def section_parts(n_segments: int, start: int, priority: tuple[int, ...] = (1, 2, 0, 3)) -> list[list[int]]:
    """Segments start..n-1 in order over the four panel lines; the extra ones go to the lines
    in `priority` order (the examples or map first: where the guesses visibly improve)."""
    sizes = sorted((len(p) for p in np.array_split(np.arange(start, max(n_segments, start)), len(priority))),
                   reverse=True)
    counts = [0] * len(priority)
    for line, size in zip(priority, sizes):
        counts[line] = size
    bounds = np.cumsum([start] + counts)
    return [list(range(a, b)) for a, b in zip(bounds[:-1], bounds[1:])]


class Training(Chapter):
    """The loop, replayed: real snapshots morph, the real cost curve grows, accuracy rises."""

    name, title = "training", "Training"

    # --- facts ---

    def facts(self) -> dict[str, object]:
        h = self.history
        n_train = len(h.split("train")[0])
        batch = h.config.get("batch_size")
        first, final = h.records[0], h.final
        epochs = final.epoch
        return {
            **super().facts(),
            "batch_words": (f"all {n_train} of its practice examples" if not batch or batch >= n_train
                            else f"a small pile of {batch} practice examples"),
            "n_examples": count_words(len(self.examples())),
            "cost_trend": ("it slides downhill" if final.cost < first.cost
                           else "it climbs instead of falling"),
            # headline numbers (examples, steps) are said once here: these words repeat neither
            "epoch_words": ("Each step was one trip through all its practice examples." if epochs == stop_step(h)
                            else f"That is {count_words(epochs)} {'trip' if epochs == 1 else 'trips'} "
                                 "through all its practice examples."),
        }

    def mode(self) -> str:
        """"points" (a boundary map) or "examples" (a row of practice examples)."""
        return "points" if input_kind(self.history) == "point" else "examples"

    def examples(self) -> list[int]:
        return pick_by_class(self.history.split("train")[1])

    # --- the story ---

    def construct(self) -> None:
        h = self.history
        steps = shown_steps(h)
        records = drawn_records(h)
        self.show_title()
        view = self.build_view(steps, records)
        texts = view["texts"]
        segments = list(zip(steps[:-1], steps[1:]))
        with self.say("loop") as tracker:
            # one top-level mobject each, still ones first: manim draws the still mobjects
            # before the first moving one once per play call, and the rest every frame
            self.play(*(FadeIn(m) for m in view["still"] + view["moving"]), run_time=min(2.0, tracker.duration))
            # the first real step plays while the loop is told, each part pointed at as it is
            # named, its numbers changing just as "one small step" is said; then the next stretch
            first = max((tracker.time_until_bookmark("step") + 0.8) / 0.8, 1.0)
            diagram, pairs = view["diagram"], range(len(view["diagram"].sizes) - 1)
            loop_cues = {"guess": lambda: Succession(*(diagram.pulse_layer(i) for i in pairs)),
                         "cost": view["curve"],
                         "blame": lambda: Succession(*(diagram.pulse_layer(i, reverse=True) for i in reversed(pairs))),
                         "step": "step"}
            self.told_replay(view, segments[:1], tracker, loop_cues, run_time=first)
            self.told_replay(view, segments[1:2], tracker, {})
        self.wait(0.8)   # the whole picture settles before the first panel is named
        keys = ["weights", "boundary" if self.mode() == "points" else "examples", "cost", "accuracy"]
        panels = [view["diagram"], view["panel"], view["curve"], view["accuracy"]]
        # what each line names, pointed at when it is said
        cues = {"examples": {"count": "count"}, "cost": {"now": "cost"},
                "accuracy": {"practice": "train", "unseen": "test"}}
        frame = None
        for key, panel, part in zip(keys, panels, section_parts(len(segments), start=2)):
            with self.say(key) as tracker:
                box = self.box_around(panel)
                pointer = Create(box) if frame is None else Transform(frame, box)
                frame = frame or box
                if not len(part):
                    self.play(pointer, run_time=0.5)
                self.told_replay(view, [segments[i] for i in part], tracker, cues.get(key, {}),
                                 pointer=pointer)
        self.finish(view, frame, records, steps)
        self.record_shown(steps, records)

    def told_replay(self, view: dict, segments: list[tuple[int, int]], tracker, cues: dict,
                    pointer=None, run_time: float | None = None) -> None:
        """Replay `segments` evenly over what is left of the line being said; at each bookmark
        in `cues`, point at its target (a mobject, or the key of a number, looked up when due:
        numbers are replaced as they change)."""
        if not segments:
            return
        due = {mark: tracker.time_until_bookmark(mark) for mark in cues}
        each, clock = run_time or max(tracker.get_remaining_duration() / len(segments), 1.0), 0.0
        for n, segment in enumerate(segments):
            extra = []
            for mark, at in due.items():
                if clock <= at < clock + each or (n == len(segments) - 1 and at >= clock + each):
                    target = cues[mark]
                    if callable(target):        # an animation of its own (a flash along the edges)
                        anim, lasting = target(), 1.6
                    else:
                        anim, lasting = self.point_at(view["texts"][target] if isinstance(target, str) else target), 0.8
                    start = min((at - clock) / each, 0.75)
                    extra.append(during(anim, start, min(start + lasting / each, 1.0)))
            self.replay(view, *segment, run_time=each, pointer=pointer if n == 0 else None, extra=extra)
            clock += each

    def box_around(self, panel: Mobject) -> RoundedRectangle:
        """The highlight box for the panel the narration is about, its labels included
        (a curve's labels are drawn apart from it, as still mobjects)."""
        whole = Group(panel, *getattr(panel, "labels", []))
        return RoundedRectangle(corner_radius=0.12, width=whole.width + 0.4, height=whole.height + 0.45,
                                stroke_color=self.theme.highlight, stroke_width=2.5).move_to(whole)

    def replay(self, view: dict, start: int, end: int, run_time: float, pointer=None, extra: tuple = ()) -> None:
        """One stretch of training, from the snapshot at `start` to the one at `end`, in one
        play call (manim hashes the whole scene per call, which costs more than the frames).

        The edges, curve and map move for the first 80%; then the numbers that changed swap.
        The `pointer` (the highlight box) moves during the first 15%; `extra` animations keep their own timing.
        """
        snap = self.history.snapshot(end)
        moving = [view["diagram"].morph_to(snap.weights, snap.biases),
                  view["curve"].draw_to(end)]
        if "map" in view:
            moving.append(view["map"].blend(view["answers"][start], view["answers"][end]))
        anims = [during(a, 0.0, 0.8) for a in moving] + [during(a, 0.0, 0.15) for a in [pointer] if a] + list(extra)
        anims += [during(a, 0.8, 1.0) for a in self.swaps(view, end)]
        self.play(*anims, run_time=run_time)

    def swaps(self, view: dict, step: int) -> list:
        """Text changes at snapshot `step`: step count, accuracies, example guesses."""
        record = record_at(self.history.records, step)
        new = {"step": f"after {step} steps" if step != 1 else "after 1 step",
               "train": percent(record.train_accuracy), "test": percent(record.test_accuracy),
               "cost": f"cost now: {record.cost:.2f}"}
        if "cards" in view:
            new["count"] = self.count_words(view["guesses"][step], view["truths"])
        anims = []
        for key, words in new.items():
            old = view["texts"][key]
            if old.original_text != words:
                anims += self.swap_text(view["texts"], key, words)
        if "cards" in view:
            anims += self.swap_guesses(view, step)
        return anims

    def epoch_ticks(self, curve: CostCurve) -> VGroup:
        """A short tick on the step axis where each trip through the practice examples ended,
        and what they are."""
        t = self.theme
        y = curve.axes[0].get_start()[1]
        ends = epoch_ends(self.history)
        every = -(-len(ends) // MAX_TICKS)     # many trips (one step each): a tick every few
        ticks = VGroup(*(Line([curve.step_x(s), y, 0], [curve.step_x(s), y + 0.14, 0], color=t.highlight,
                              stroke_width=2) for s in ends[every - 1::every]))
        words = "one trip" if every == 1 else f"{every} trips"
        key = self.text(f"| {words} through the practice examples", size="small", color=t.highlight)
        key.move_to(curve.labels[5])     # in place of the axis name "steps", between its end numbers
        return VGroup(*ticks, key)

    def point_at(self, target: Mobject):
        """A highlight line running once around what the narration names (the target itself is
        left alone: a number may be cross-fading to its next value meanwhile)."""
        return Circumscribe(target, color=self.theme.highlight, buff=0.12, stroke_width=3)

    @staticmethod
    def count_words(guesses: np.ndarray, truths: np.ndarray) -> str:
        return f"{int((np.asarray(guesses) == np.asarray(truths)).sum())} of {len(truths)} right"

    def swap_text(self, texts: dict, key: str, words: str) -> list:
        """Cross-fade a number to its new value (old one out, new one in)."""
        old = texts[key]
        new = Text(words, font=self.theme.font, font_size=old.font_size, color=old.color).move_to(old)
        texts[key] = new
        return [CrossFade(old, new)]

    def swap_guesses(self, view: dict, step: int) -> list:
        guesses = view["guesses"][step]
        anims = []
        for card, guess in zip(view["cards"], guesses):
            if card.guess == guess:
                continue
            old = card.label
            new = guess_text(self.history.labels[guess], guess == card.truth, card[0].width)
            new.move_to(old)
            card.guess, card.label = guess, new
            anims.append(CrossFade(old, new))
        return anims

    def finish(self, view: dict, frame: Mobject | None, records: list[Record], steps: list[int]) -> None:
        """Where training stopped: a marker on the curve, the reason in a short label."""
        stop = stop_step(self.history)
        curve = view["curve"]
        x = curve.step_x(stop)
        bottom, top = curve.axes[0].get_start()[1], curve.axes[1].get_end()[1]
        marker = DashedLine([x, bottom, 0], [x, top, 0], color=self.theme.highlight, stroke_width=2.5)
        reason = STOP_LABELS.get(stop_reason(self.history), "training ended")
        label = VGroup(self.text("stopped:", size="small", color=self.theme.highlight),
                       self.text(reason, size="small", color=self.theme.highlight)).arrange(DOWN, aligned_edge=RIGHT, buff=0.08)
        label.add_background_rectangle(color=self.theme.background, opacity=0.85, buff=0.05)
        side = LEFT if x > curve.get_center()[0] else RIGHT
        for share in (0.6, 0.85, 0.25):   # beside the marker, where the curve is not
            label.next_to([x, bottom + share * (top - bottom), 0], side, buff=0.1)
            if not curve.passes_under(label):
                break
        self.wait(0.6)
        ticks = self.epoch_ticks(curve)
        with self.say("stop") as tracker:
            anims = [Create(marker), FadeIn(label)]
            if frame is not None:
                anims.append(FadeOut(frame))
            if records[-1].step > steps[-1]:   # the curve may run past the last snapshot
                anims.append(curve.draw_to(records[-1].step))
                anims += self.swap_text(view["texts"], "cost", f"cost now: {records[-1].cost:.2f}")
            self.play(*anims, run_time=min(1.5, tracker.duration))
            self.wait_until_bookmark("steps")
            self.play(self.point_at(view["texts"]["step"]), run_time=1.0)
            self.wait_until_bookmark("trips")
            self.play(FadeOut(curve.labels[5]), LaggedStart(*(FadeIn(t) for t in ticks), lag_ratio=0.3),
                      run_time=1.5)
            self.wait_until_bookmark("cost")
            self.play(self.point_at(view["texts"]["cost"]), run_time=1.0)

    # --- building the picture ---

    def build_view(self, steps: list[int], records: list[Record]) -> dict:
        """Every panel at step 0, placed for this kind of data."""
        h = self.history
        snaps = [h.snapshot(s) for s in steps]
        diagram = NetworkDiagram(snaps[0].weights, snaps[0].biases, labels=output_names(h),
                                 weight_scale=largest_weight(*(s.weights for s in snaps)),
                                 width=5.6, height=1.8 if self.mode() == "points" else 3.0,
                                 max_drawn=DRAWN_NEURONS)
        size = CURVE_SIZE if self.mode() != "points" else (CURVE_SIZE[0], 0.75 * CURVE_SIZE[1])
        curve = CostCurve([r.step for r in records], [r.cost for r in records], planned_steps(h), *size)
        texts, accuracy = self.accuracy_panel(record_at(h.records, steps[0]))
        texts["cost"] = self.text(f"cost now: {record_at(h.records, steps[0]).cost:.2f}", size="small",
                                  color=self.theme.cost)
        view = {"diagram": diagram, "curve": curve, "accuracy": accuracy, "texts": texts,
                "accuracy_labels": self._accuracy_labels}
        if self.mode() == "points":
            self.add_map(view, steps)
        else:
            self.add_cards(view, steps)
        self.place(view)
        texts["cost"].next_to(curve.axes, UP, buff=0.12).align_to(curve.axes, RIGHT)
        view["still"] = [curve.axes, curve.labels, view["accuracy_labels"], *view["still_panel"]]
        view["moving"] = [diagram, curve.curve, *view["moving_panel"], texts["step"], texts["train"], texts["test"],
                          texts["cost"]]
        return view

    def accuracy_panel(self, record: Record) -> tuple[dict, VGroup]:
        """Two big percentages (practice, unseen) and the step count above them."""
        t = self.theme
        big = dict(size="title")
        texts = {"train": self.text(percent(record.train_accuracy), color=t.accuracy, **big),
                 "test": self.text(percent(record.test_accuracy), color=t.accuracy, **big),
                 "step": self.text("before any step", size="small", color=t.muted)}
        cols = VGroup(*(VGroup(texts[k], self.text(words, size="small", color=t.muted)).arrange(DOWN, buff=0.12)
                        for k, words in (("train", "right on practice"), ("test", "right on unseen"))))
        cols.arrange(RIGHT, buff=0.9)
        texts["step"].next_to(cols, UP, buff=0.18)
        self._accuracy_labels = VGroup(cols[0][1], cols[1][1])
        return texts, VGroup(texts["step"], cols)

    def add_map(self, view: dict, steps: list[int]) -> None:
        h = self.history
        x, y = h.split("train")
        everything = np.vstack([x, h.split("test")[0]])
        colors = class_colors(len(h.labels))
        bmap = BoundaryMap(x, classes_of(y), colors, bounds=plane_bounds(everything), side=5.2)
        answers = {}
        for s in steps:
            values = boundary_values(h, s, bmap.bounds)
            answers[s] = (values["classes"], values["sureness"])
        bmap.set_answers(*answers[steps[0]])
        legend = class_legend(h.labels, colors)
        view.update({"map": bmap, "answers": answers, "panel": bmap, "legend": legend,
                     "still_panel": [legend], "moving_panel": [bmap]})

    def add_cards(self, view: dict, steps: list[int]) -> None:
        h = self.history
        idx = self.examples()
        x, y = h.split("train")
        truth = classes_of(y[idx])
        view["guesses"] = {s: h.network(s).guesses(x[idx]) for s in steps}
        kind = input_kind(h)
        cards = [self.card(x[i], kind, int(c), int(g)) for i, c, g in zip(idx, truth, view["guesses"][steps[0]])]
        row = Group(*cards).arrange(RIGHT, buff=0.14)
        if row.width > 6.8:   # long class names: keep the row inside the left half
            row.scale_to_fit_width(6.8)
        caption = self.text("practice examples and the network's guesses", size="small", color=self.theme.muted)
        view["truths"] = truth
        count = self.text(self.count_words(view["guesses"][steps[0]], truth), size="small", color=self.theme.text)
        view["texts"]["count"] = count
        view.update({"cards": cards, "panel": Group(caption, row, count).arrange(DOWN, buff=0.2),
                     "still_panel": [caption, *(c[0] for c in cards)], "moving_panel": [*(c[1] for c in cards), count]})

    def card(self, x_row: np.ndarray, kind: str, truth: int, guess: int) -> Group:
        picture = card_picture(x_row, kind, 0.72)
        label = guess_text(self.history.labels[guess], guess == truth, 0.72).next_to(picture, DOWN, buff=0.1)
        card = Group(picture, label)
        card.truth, card.guess, card.label = truth, guess, label
        return card

    def place(self, view: dict) -> None:
        """Points: the map fills the left, the rest stacks on the right. Otherwise the diagram
        and the examples on the left, the curve and the numbers on the right."""
        if self.mode() == "points":
            view["panel"].move_to([-3.55, -0.25, 0])
            view["legend"].next_to(view["panel"], UP, buff=0.25)
            view["diagram"].move_to([3.4, 1.95, 0])
            view["curve"].move_to([3.6, -0.4, 0])
            view["accuracy"].move_to([3.4, -2.3, 0])
        else:
            view["diagram"].move_to([-3.4, 1.15, 0])
            view["panel"].move_to([-3.4, -2.0, 0])
            view["curve"].move_to([3.6, 1.2, 0])
            view["accuracy"].move_to([3.4, -1.75, 0])

    # --- the manifest ---

    def record_shown(self, steps: list[int], records: list[Record]) -> None:
        h = self.history
        at = [record_at(h.records, s) for s in steps]
        shown = {
            "snapshots": steps,
            "cost_steps": [r.step for r in records],
            "costs": [r.cost for r in records],
            "train_accuracy": [r.train_accuracy for r in at],
            "test_accuracy": [r.test_accuracy for r in at],
            "stopped": h.stopped.as_dict() if h.stopped else {},
        }
        if self.mode() == "points":
            bounds = plane_bounds(np.vstack([h.split("train")[0], h.split("test")[0]]))
            shown["boundary"] = {"cells": GRID_CELLS, "bounds": bounds,
                                 "answers": [boundary_values(h, s, bounds) for s in steps]}
        else:
            idx = self.examples()
            x, _ = h.split("train")
            shown["examples"] = idx
            shown["guesses"] = [h.network(s).guesses(x[idx]) for s in steps]
        self.show(**shown)
