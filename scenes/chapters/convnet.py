"""Chapter "convnet": a learned stamp slides over a real test digit and the net reads it.

Everything comes from the convnet trained beside the main run (`history.convnet`,
see nncore/companions.py): a test digit whose maps were kept at the final weights, the
stamp (kernel) of the final snapshot that finds the most in it, its feature map filling in
spot by spot, the 2x2 pooling, the net's answer, all the stamps' maps side by side, and the
convnet's test accuracy against the dense network's on the same test set.

    from scenes.output import studio
    studio.render_chapter("convnet", "out/history.json", "/tmp/out", index=9)

Data without pictures (the 2-D point presets) has no convnet: `Convnet.applies(history)`
is False, and if rendered anyway the chapter shows a short "this needs pictures" card.
"""
from __future__ import annotations

import math

import numpy as np
from manim import (DOWN, LEFT, RIGHT, UP, AnimationGroup, Arrow, FadeIn, FadeOut, GrowArrow, GrowFromEdge,
                   LaggedStart, Rectangle, Square, Succession, SurroundingRectangle, Transform, VGroup)

from nncore.history import History, KeptMaps
from scenes.kit.chapter import Chapter, base_facts, count_words, dataset_words
from scenes.kit.pictures import ShadedGrid, lit, signed

POOL = 2


# --- values from the history ---

def applies(history: History) -> bool:
    """True when the history carries a convnet run (image data such as the digits)."""
    return history.convnet is not None


def chosen_example(kept: list[KeptMaps]) -> KeptMaps:
    """The first kept test example the convnet gets right (else the first one)."""
    return next((e for e in kept if e.guess == e.label), kept[0])


def pool_winners(feature_map: np.ndarray) -> list[tuple[int, int]]:
    """The (row, col) of the largest cell of each 2x2 block, blocks in reading order; ties go to
    the first cell in reading order, as nncore's pooling does."""
    rows, cols = (s // POOL for s in feature_map.shape)
    winners = []
    for r in range(rows):
        for c in range(cols):
            block = feature_map[r * POOL:(r + 1) * POOL, c * POOL:(c + 1) * POOL]
            dr, dc = divmod(int(block.argmax()), POOL)
            winners.append((r * POOL + dr, c * POOL + dc))
    return winners


def convnet_values(history: History) -> dict:
    """Everything the chapter shows, read from the convnet run (final weights)."""
    run = history.convnet
    example = chosen_example(run.feature_maps)
    maps = example.feature_maps                                     # (k, 6, 6), after relu
    kernels = run.snapshots[-1].kernels
    kernel = int(maps.sum(axis=(1, 2)).argmax())                    # the stamp that finds most here
    x_test, y_test = history.split("test")
    n_test = len(x_test)
    conv_acc = float(run.final.test_accuracy)
    dense_acc = float(history.final.test_accuracy)
    return {
        "example": int(example.index),
        "label": int(example.label),
        "guess": int(example.guess),
        "output": example.output,
        "pixels": np.asarray(x_test[example.index], dtype=float),
        "kernel_index": kernel,
        "kernels": kernels,
        "kernel": kernels[kernel],
        "maps": maps,
        "feature_map": maps[kernel],
        "all_pooled": example.pooled,                                 # (k, 3, 3)
        "pooled": example.pooled[kernel],
        "n_test": n_test,
        "conv_test_accuracy": conv_acc,
        "dense_test_accuracy": dense_acc,
        "conv_wrong": int(round((1 - conv_acc) * n_test)),
        "dense_wrong": int(round((1 - dense_acc) * n_test)),
    }


def comparison(conv_accuracy: float, dense_accuracy: float) -> str:
    """better, same or worse: the convnet against the dense net, in whole percents."""
    conv, dense = round(100 * conv_accuracy), round(100 * dense_accuracy)
    return "better" if conv > dense else "worse" if conv < dense else "same"


def convnet_facts(history: History) -> dict[str, object]:
    """The script's placeholders; neutral words when there is no convnet (only
    [no_pictures] is said then, but every line is filled)."""
    facts = base_facts(history)
    if not applies(history):
        return {**facts, "example_words": "a picture", "n_kernels": "several", "guess_label": "?",
                "label": "?", "sure_percent": 0, "conv_percent": 0, "dense_percent": 0,
                "conv_wrong": 0, "dense_wrong": 0}
    v = convnet_values(history)
    labels = history.labels
    example = f"a handwritten {labels[v['label']]}" if history.config.get("dataset") == "digits" \
        else f"a picture of {labels[v['label']]}"
    return {
        **facts,
        "example_words": example,
        "n_kernels": count_words(len(v["kernels"])),
        "guess_label": labels[v["guess"]],
        "label": labels[v["label"]],
        "sure_percent": round(100 * v["output"][v["guess"]]),
        "conv_percent": round(100 * v["conv_test_accuracy"]),
        "dense_percent": round(100 * v["dense_test_accuracy"]),
        "conv_wrong": v["conv_wrong"],
        "dense_wrong": v["dense_wrong"],
    }


# --- the scene ---

class Convnet(Chapter):
    """A real stamp, its real map, pooling, the answer, and the test score against the dense net."""

    name, title = "convnet", "Convolutional nets"

    @classmethod
    def applies(cls, history: History) -> bool:
        """Whether this chapter belongs in the video of `history` (the lead skips it if not)."""
        return applies(history)

    def facts(self) -> dict[str, object]:
        super().facts()     # the base class's check that there is a history
        return convnet_facts(self.history)

    def construct(self) -> None:
        title = self.show_title()
        if not applies(self.history):
            self.no_pictures()
            return
        v = convnet_values(self.history)
        self.show(example=v["example"], label=v["label"], guess=v["guess"], kernel_index=v["kernel_index"],
                  kernel=v["kernel"], feature_map=v["feature_map"], pooled=v["pooled"],
                  conv_test_accuracy=v["conv_test_accuracy"], dense_test_accuracy=v["dense_test_accuracy"])
        self.map_top = float(v["maps"].max())            # one brightness scale for every map
        self.dial_top = float(np.abs(v["kernels"]).max())   # and one for every stamp
        digit = self.introduce_digit(v)
        stamp = self.introduce_stamp(v)
        fmap = self.slide(digit, stamp, v)
        pooled = self.pool(fmap, v)
        self.answer(digit, VGroup(stamp, fmap, pooled), v)
        self.all_kernels(digit, v)
        self.score(v)
        self.play(FadeOut(title), run_time=0.5)

    # --- steps of the story ---

    def no_pictures(self) -> None:
        card = VGroup(self.text("Convnets read pictures."),
                      self.text(f"These examples are {dataset_words(self.history.config.get('dataset'))}.",
                                size="small", color=self.theme.muted)).arrange(DOWN, buff=0.3)
        with self.say("no_pictures") as tracker:
            self.play(FadeIn(card), run_time=min(1.0, tracker.duration))

    def introduce_digit(self, v: dict) -> VGroup:
        """The picture as the dense net read it, one long row of pixels, folds into its square."""
        n = len(v["pixels"])
        side = math.isqrt(n)
        grid = ShadedGrid(v["pixels"].reshape(side, side), 3.2 / side, lit(1.0))
        label = self.text("test picture", size="small", color=self.theme.muted)
        digit = VGroup(grid, label.next_to(grid, DOWN, buff=0.2)).move_to([-4.7, -0.05, 0])
        row = ShadedGrid(v["pixels"].reshape(1, n), 12.8 / n, lit(1.0)).move_to([0, 0.6, 0])
        row_label = self.text(f"{n} numbers in a row", size="small", color=self.theme.muted)
        row_label.next_to(row, DOWN, buff=0.3)
        with self.say("start") as tracker:
            self.play(FadeIn(row), FadeIn(row_label), run_time=min(1.5, tracker.duration / 4))
            self.wait_until_bookmark("fold")
            # the row's shade groups match the square's one to one: the same pixels, same order
            self.play(Transform(row.cells, grid.cells), Transform(row.frame, grid.frame), FadeOut(row_label),
                      run_time=2.0)
        self.remove(row)
        self.add(grid)
        with self.say("digit") as tracker:
            self.play(FadeIn(label), run_time=min(1.0, tracker.duration))
        return digit

    def introduce_stamp(self, v: dict) -> VGroup:
        grid = ShadedGrid(v["kernel"], 0.6, signed(self.dial_top), numbers=True, font_size=16)
        label = self.text("stamp", size="small", color=self.theme.muted)
        stamp = VGroup(grid, label.next_to(grid, DOWN, buff=0.2)).move_to([-1.45, 0.9, 0])
        with self.say("stamp") as tracker:
            self.play(FadeIn(stamp, shift=0.2 * UP), run_time=min(1.2, tracker.duration))
        return stamp

    def slide(self, digit: VGroup, stamp: VGroup, v: dict) -> VGroup:
        """A copy of the stamp walks over the picture; each spot fills its cell of the map."""
        t = self.theme
        picture, values = digit[0], v["feature_map"]
        empty = ShadedGrid(np.zeros_like(values), 0.55, lit(self.map_top), separate=True)
        full = ShadedGrid(values, 0.55, lit(self.map_top), numbers=True, separate=True, font_size=16)
        label = self.text("map of matches", size="small", color=t.muted)
        fmap = VGroup(empty, full, label.next_to(empty, DOWN, buff=0.2)).move_to([1.75, -0.05, 0])
        full.set_opacity(0)     # in the scene from the start: each step only raises one cell's opacity
        window = self.window(v["kernel"], picture.cell).move_to(picture.center_of(1.5, 1.5))
        cursor = Square(empty.cell, stroke_color=t.highlight, stroke_width=3)
        cursor.move_to(empty.center_of(0.5, 0.5))
        rows, cols = values.shape
        steps = [self.slide_step(window, cursor, full, picture, r, c)
                 for r in range(rows) for c in range(cols)]
        # the stamp's shades and outline fly onto the picture (part for part, so they travel together)
        lift = Transform(VGroup(stamp[0].cells, stamp[0].frame).copy(), VGroup(window.cells, window.frame),
                         replace_mobject_with_target_in_scene=True)
        with self.say("slide") as tracker:
            self.play(FadeIn(empty), FadeIn(label), lift, run_time=1.2)
            self.add(window, full, cursor)
            # the first row slowly, while the question is asked; the rest faster
            each = min(0.7, max(0.3, (tracker.duration / 2 - 1.2) / cols))
            self.play(Succession(*steps[:cols], run_time=each * cols))
            self.wait_until_bookmark("rest")
            rest = len(steps) - cols
            left = tracker.get_remaining_duration() - 2
            self.play(Succession(*steps[cols:], run_time=min(0.25 * rest, max(0.1 * rest, left))))
        self.play(FadeOut(window), FadeOut(cursor), run_time=0.5)
        return fmap

    def window(self, kernel: np.ndarray, cell: float) -> ShadedGrid:
        """The stamp as it sits on the picture: its dials as small squares, the pixels showing around them."""
        grid = ShadedGrid(kernel, cell, signed(self.dial_top), inset=0.5)
        grid.frame.set_stroke(color=self.theme.highlight, width=3)
        return grid

    @staticmethod
    def slide_step(window: ShadedGrid, cursor: Square, full: ShadedGrid, picture: ShadedGrid,
                   r: int, c: int) -> AnimationGroup:
        """The stamp moves to spot (r, c), and the map cell of that spot lights up with its number."""
        k = r * full.values.shape[1] + c
        return AnimationGroup(window.animate.move_to(picture.center_of(r + 1.5, c + 1.5)),
                              cursor.animate.move_to(full.center_of(r + 0.5, c + 0.5)),
                              full.cells[k].animate.set_fill(opacity=1.0),
                              full.numbers[k].animate.set_opacity(1.0))

    def pool(self, fmap: VGroup, v: dict) -> VGroup:
        """Blocks of four are outlined, the others dim, and the biggest of each moves to the small map."""
        t = self.theme
        empty, full = fmap[0], fmap[1]
        slots = ShadedGrid(np.zeros_like(v["pooled"]), 0.55, lit(self.map_top), separate=True)
        label = self.text("shrunk map", size="small", color=t.muted)
        group = VGroup(slots, label.next_to(slots, DOWN, buff=0.2)).move_to([5.45, -0.05, 0])
        pooled = ShadedGrid(v["pooled"], 0.55, lit(self.map_top), numbers=True, separate=True, font_size=16)
        pooled.move_to(slots)
        arrow = Arrow(empty.get_right() + 0.1 * RIGHT, slots.get_left() + 0.1 * LEFT, buff=0.05,
                      color=t.muted, stroke_width=3, max_tip_length_to_length_ratio=0.3)
        prows, pcols = v["pooled"].shape
        blocks = VGroup(*(Square(POOL * empty.cell, stroke_color=t.text, stroke_width=2.5)
                          .move_to(empty.center_of(POOL * r + 1, POOL * c + 1))
                          for r in range(prows) for c in range(pcols)))
        winners = pool_winners(v["feature_map"])
        cols = v["feature_map"].shape[1]
        cell_of = lambda r, c: VGroup(full.cells[r * cols + c], full.numbers[r * cols + c])
        moves = [Transform(cell_of(r, c).copy(), VGroup(pooled.cells[k], pooled.numbers[k]),
                           replace_mobject_with_target_in_scene=True) for k, (r, c) in enumerate(winners)]
        marks = VGroup(*(Square(empty.cell, stroke_color=t.highlight, stroke_width=4)
                         .move_to(empty.center_of(r + 0.5, c + 0.5)) for r, c in winners))
        losers = [divmod(k, cols) for k in range(full.values.size) if divmod(k, cols) not in winners]
        with self.say("pool") as tracker:
            self.play(FadeIn(group), GrowArrow(arrow),
                      LaggedStart(*(FadeIn(b) for b in blocks), lag_ratio=0.15),
                      run_time=min(2.0, tracker.duration / 3))
            self.wait_until_bookmark("keep")
            # each square and number on its own: a new group around them would stay in the scene
            self.play(FadeIn(marks), *(m.animate.set_opacity(0.25) for r, c in losers for m in cell_of(r, c)),
                      run_time=0.8)
            self.play(LaggedStart(*moves, lag_ratio=0.2), run_time=2.0)
        self.play(FadeOut(blocks), FadeOut(marks), run_time=0.5)
        return VGroup(group, pooled, arrow)

    def answer(self, digit: VGroup, stage: VGroup, v: dict) -> None:
        """All stamps' small maps, then the ten scores with the winner, then guess vs answer."""
        t = self.theme
        y = digit[0].get_center()[1]
        small = self.small_pooled_maps(v)
        small.move_to([-0.6, y, 0])
        small_label = self.text(f"{len(v['kernels'])} shrunk maps", size="small", color=t.muted)
        small.add(small_label.next_to(small, DOWN, buff=0.2))
        bars = self.score_bars(v["output"], v["guess"])
        bars.shift([4.1 - bars.get_center()[0], y - bars[1].get_center()[1], 0])
        arrows = VGroup(*(Arrow([a, y, 0], [b, y, 0], buff=0.2, color=t.muted, stroke_width=3)
                          for a, b in ((digit[0].get_right()[0], small.get_left()[0]),
                                       (small.get_right()[0], bars.get_left()[0]))))
        with self.say("all_stamps") as tracker:
            self.play(FadeOut(stage), run_time=0.6)
            self.play(GrowArrow(arrows[0]), LaggedStart(*(FadeIn(m) for m in small), lag_ratio=0.15),
                      run_time=min(2.0, tracker.duration / 3))
            self.wait_until_bookmark("read")
            self.play(GrowArrow(arrows[1]), FadeIn(bars[0]), run_time=0.6)
            self.play(LaggedStart(*(GrowFromEdge(b, DOWN) for b in bars[1]), lag_ratio=0.1), run_time=1.5)
        right = v["guess"] == v["label"]
        verdict = self.verdict(v).next_to(bars, DOWN, buff=0.35)
        with self.say("right" if right else "wrong"):
            self.play(FadeIn(verdict[0]), run_time=0.6)
            self.wait_until_bookmark("truth")
            self.play(FadeIn(verdict[1]), run_time=0.6)
        self.play(FadeOut(VGroup(small, bars, arrows, verdict)), run_time=0.6)

    def small_pooled_maps(self, v: dict) -> VGroup:
        """Every stamp's shrunk map of the digit, as small grids in two columns (one for up to four)."""
        k = len(v["kernels"])
        maps = VGroup(*(ShadedGrid(p, 0.22, lit(self.map_top)) for p in v["all_pooled"]))
        return maps.arrange_in_grid(rows=min(k, 4) if k <= 4 else math.ceil(k / 2), buff=0.18)

    def score_bars(self, output: np.ndarray, guess: int) -> VGroup:
        """Ten bars (one per answer), height = how sure, the winner in the highlight colour."""
        t = self.theme
        labels, bars = VGroup(), VGroup()
        width, gap, tall = 0.3, 0.16, 2.2
        for i, p in enumerate(output):
            x = i * (width + gap)
            color = t.highlight if i == guess else t.muted
            bar = Rectangle(width=width, height=max(tall * float(p), 0.02), fill_color=color, fill_opacity=1,
                            stroke_width=0)
            bars.add(bar.move_to([x, 0, 0], aligned_edge=DOWN))
            labels.add(self.text(str(self.history.labels[i]), size="small").move_to([x, -0.25, 0]))
        head = self.text("scores", size="small", color=t.muted)
        head.move_to([(len(output) - 1) * (width + gap) / 2, tall + 0.3, 0])
        return VGroup(VGroup(labels, head), bars)

    def verdict(self, v: dict) -> VGroup:
        t = self.theme
        labels = self.history.labels
        ok = t.right if v["guess"] == v["label"] else t.wrong
        sure = round(100 * float(v["output"][v["guess"]]))
        lines = VGroup(self.text(f"guess: {labels[v['guess']]} ({sure}% sure)", color=ok),
                       self.text(f"answer: {labels[v['label']]}", color=t.right))
        return lines.arrange(DOWN, aligned_edge=LEFT, buff=0.15)

    def all_kernels(self, digit: VGroup, v: dict) -> None:
        """Each stamp above its map of the digit; the one followed so far is outlined."""
        t = self.theme
        pairs = VGroup()
        for i, kernel in enumerate(v["kernels"]):
            stamp = ShadedGrid(kernel, 0.3, signed(self.dial_top))
            fmap = ShadedGrid(v["maps"][i], 0.27, lit(self.map_top))
            pairs.add(VGroup(stamp, fmap).arrange(DOWN, buff=0.15))
        k = len(pairs)
        pairs.arrange_in_grid(rows=1 if k <= 4 else 2, buff=(0.55, 0.35))
        pairs.scale_to_fit_height(min(pairs.height, 5.6)).move_to([1.4, -0.05, 0])
        if pairs.width > 10.0:
            pairs.scale_to_fit_width(10.0)
        ring = SurroundingRectangle(pairs[v["kernel_index"]], color=t.highlight, buff=0.1, stroke_width=2.5)
        first = pairs[0]
        for part, words in zip(first, ("stamp", "its map")):
            pairs.add(self.text(words, size="small", color=t.muted).next_to(part, LEFT, buff=0.25))
        dark = [i for i, m in enumerate(v["maps"]) if float(m.max()) == 0.0]
        with self.say("kernels") as tracker:
            self.play(digit.animate.scale(0.7).move_to([-5.6, -0.05, 0]), run_time=0.8)
            self.play(LaggedStart(*(FadeIn(p) for p in pairs), lag_ratio=0.15),
                      run_time=min(3.0, tracker.duration / 3))
            self.play(FadeIn(ring), run_time=0.5)
        if dark:
            darks = VGroup(*(self.text("nothing", size="small", color=t.muted).move_to(pairs[i][1])
                             for i in dark))
            with self.say("dark"):
                self.play(FadeIn(darks), run_time=0.6)
            pairs.add(darks)
        self.play(FadeOut(VGroup(pairs, ring, digit)), run_time=0.6)

    def score(self, v: dict) -> None:
        """Two bars on the same test set: the dense network of the earlier chapters and the convnet."""
        t = self.theme
        rows = [("earlier network", v["dense_test_accuracy"], v["dense_wrong"], t.muted),
                ("convnet", v["conv_test_accuracy"], v["conv_wrong"], t.accuracy)]
        groups = [self.accuracy_row(name, acc, wrong, v["n_test"], color, y)
                  for (name, acc, wrong, color), y in zip(rows, (0.6, -1.2))]
        head = self.text(f"right answers on the same {v['n_test']} test pictures", color=t.muted)
        head.move_to([0, 2.1, 0])
        with self.say("score"):
            self.play(FadeIn(head), run_time=0.8)
            for key, row in zip(("dense", "conv"), groups):
                self.wait_until_bookmark(key)
                self.play(FadeIn(VGroup(row[0], row[1])), GrowFromEdge(row[2], LEFT), run_time=1.0)
                self.play(FadeIn(VGroup(*row[3:])), run_time=0.5)
        with self.say(comparison(v["conv_test_accuracy"], v["dense_test_accuracy"])):
            self.wait(0.1)
        with self.say("end"):
            self.wait(0.1)
        self.play(FadeOut(VGroup(head, *groups)), run_time=0.6)

    def accuracy_row(self, name: str, accuracy: float, wrong: int, n_test: int, color: str,
                     y: float) -> VGroup:
        """Name, a bar as long as the share of right answers, the percent, and the count of mistakes."""
        t = self.theme
        full = 6.0
        track = Rectangle(width=full, height=0.5, stroke_color=t.muted, stroke_width=1.5)
        track.move_to([-2.0, y, 0], aligned_edge=LEFT)
        label = self.text(name).next_to(track, LEFT, buff=0.4)
        bar = Rectangle(width=full * accuracy, height=0.5, fill_color=color, fill_opacity=1, stroke_width=0)
        bar.move_to(track.get_left(), aligned_edge=LEFT)
        percent = self.text(f"{round(100 * accuracy)}%").next_to(track, RIGHT, buff=0.3)
        mistakes = self.text(f"{wrong} wrong of {n_test}", size="small", color=t.muted)
        mistakes.next_to(track, DOWN, buff=0.15).align_to(track, LEFT)
        return VGroup(label, track, bar, percent, mistakes)
