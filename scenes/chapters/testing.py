"""Chapter "testing": unseen test examples meet the final weights; the real test accuracy.

A grid of real test examples (digit images, rows of numbers) or every test point on the
final decision map is fed to the network as training left it; the guesses appear, are
checked against the truth (mistakes in red), and then every test example is counted into
the real test accuracy.

    from scenes.output import studio
    studio.render_chapter("testing", "out/history.json", "/tmp/out", index=8)
"""
from __future__ import annotations

import numpy as np
from manim import (DOWN, LEFT, RIGHT, UP, UR, there_and_back, AnimationGroup, Circle, Create, Dot, FadeIn, FadeOut, Group,
                   Indicate, LaggedStart, Rectangle, Succession, SurroundingRectangle, Transform, UpdateFromAlphaFunc, VGroup,
                   VMobject)

from nncore.history import History
from nncore.network import classes_of
from scenes.kit.chapter import Chapter, count_words
from scenes.narration import Markup
from scenes.kit.motion import CrossFade
from scenes.kit.pictures import box_points, card_picture, class_colors, guess_text, input_names
from scenes.kit.network_diagram import NetworkDiagram
from scenes.kit.plots import BoundaryMap, class_legend
from scenes.kit.readings import boundary_values, input_kind, output_names, percent, pick_by_class, plane_bounds

N_CARDS = 12                # test examples shown as pictures (two rows of six: big enough to read)
MISTAKES_SHOWN = 2          # at most this many of them are mistakes, when there are any
MAX_POINTS = 200            # test points drawn on the map
BAR_WIDTH = 8.0
CARD = 1.25                 # a test card's picture height (blocky 8x8, as in every chapter: just bigger)
MEMO_CARD = 1.0             # a practice card's height in the memoriser's demo (the test cards are cleared for it)
CARD_GAP = 0.3              # between cards: "answer: 8" under a mistake fits at the small size
ROW_GAP = 0.45              # between the rows: room for an "answer: 8" under the first
CARDS_TOP = 2.5             # the cards' top edge, under the title and the caption
LEFT_EDGE = -6.8            # the cards move here when the network comes in on their right
NET_SIZE = {"cards": (3.8, 4.0), "points": (5.0, 2.4)}   # the trained network while the examples go in
NAMED_OUTPUTS = 10          # outputs named on the network (the digits' 0-9: the guess can be read)
NET_DRAWN = 10              # neurons drawn per layer (the outputs of the digits all show)
NET_AT = {"cards": [5.0, 0.5, 0], "points": [3.6, -1.2, 0]}   # right of the cards; under the notes
PRACTICE, GENERAL = "<bookmark mark='practice'/>", "<bookmark mark='general'/>"   # in compare_words
PICKED = "<bookmark mark='picked'/>"   # in mistake_words, when the cards are a sample with mistakes
ALIKE = "<bookmark mark='alike'/>"     # in new_words: the list's look-alike is framed


# --- values from the history ---

def final_step(history: History) -> int:
    """The step of the final weights: the last snapshot."""
    return int(history.snapshot().step)


def test_results(history: History) -> dict:
    """Every test example's guess and truth with the final weights, and the accuracy."""
    x, y = history.split("test")
    guesses = history.network(final_step(history)).guesses(x)
    truths = classes_of(y)
    return {"guesses": guesses, "truths": truths, "right": guesses == truths,
            "accuracy": float((guesses == truths).mean())}


def pick_cards(right: np.ndarray, truths: np.ndarray, n: int = N_CARDS,
               mistakes: int = MISTAKES_SHOWN) -> list[int]:
    """n test indices: the first mistakes (up to `mistakes`), then right ones taking the classes
    in turn (for variety), ordered by true class. The sample shows what a mistake looks like;
    the narration says how the cards were chosen."""
    wrong = [int(i) for i in np.flatnonzero(~right)[:mistakes]]
    good = [int(i) for i in np.flatnonzero(right)]
    by_class = [[i for i in good if truths[i] == c] for c in range(int(truths.max()) + 1)]
    picked = list(wrong)
    for rank in range(max(map(len, by_class))):
        for members in by_class:
            if rank < len(members) and len(picked) < min(n, len(right)):
                picked.append(members[rank])
    return sorted(picked, key=lambda i: (int(truths[i]), i))


def shown_examples(history: History, results: dict) -> list[int]:
    """Which test examples are drawn: every point (up to MAX_POINTS), else a card sample."""
    if input_kind(history) == "point":
        return list(range(min(len(results["right"]), MAX_POINTS)))
    return pick_cards(results["right"], results["truths"])


# --- the scene ---

class Testing(Chapter):
    """The final network on examples it never practised on: guess, truth, the real score."""

    pause_after_section = 1.6   # a breath after each worked number (10% quiet or more)
    name, title = "testing", "Testing"

    def facts(self) -> dict[str, object]:
        h = self.history
        results = test_results(h)
        shown = shown_examples(h, results)
        n_test, n_right = len(results["right"]), int(results["right"].sum())
        wrong_shown = int((~results["right"][shown]).sum())
        train_pct, test_pct = round(100 * h.final.train_accuracy), round(100 * results["accuracy"])
        return {
            **super().facts(),
            "test_percent": test_pct,   # from the final weights, as shown on screen
            "n_right": n_right,
            # "every one" when all are right: the count would repeat the number of test examples
            "right_words": "every one of them" if n_right == n_test else f"{n_right} of them",
            "n_wrong": n_test - n_right,
            "which_ones": "Here they are." if len(shown) == n_test else f"Here are {count_words(len(shown))} of them.",
            "new_words": Markup(self.new_words(input_kind(h))),   # its bookmark is ours
            "mistake_words": Markup(self.mistake_words(wrong_shown, len(shown) == n_test)),   # its bookmark is ours
            "compare_words": Markup(self.compare_words(train_pct, test_pct)),   # its bookmarks are ours
        }

    @staticmethod
    def new_words(kind: str) -> str:
        """Why a new example is not on the memoriser's list, even when one there looks like it
        (the new card may show a kind the list has: a new drawing of it)."""
        if kind == "image":
            return f"A new example is a new drawing, {ALIKE}never quite the same as one on the list, even when it looks alike."
        return f"A new example is {ALIKE}never quite the same as one on the list, even when it looks alike."

    @staticmethod
    def mistake_words(wrong_shown: int, all_shown: bool) -> str:
        """What the red marks are and, for a sample of cards, that it was picked to show mistakes
        (pick_cards), so its share of red is not the score: that is counted next."""
        if wrong_shown == 0:
            return "It got every one of these right."
        n = count_words(wrong_shown)
        one = wrong_shown == 1
        if all_shown:
            return "A red ring marks its one mistake." if one else f"Red rings mark its {n} mistakes."
        marks = ("A red frame marks a mistake, with the right answer under it." if one else
                 f"Red frames mark {n} mistakes, with the right answer under each.")
        # the real score is counted right after, once: told here too, it was seen twice
        return f"{marks} {PICKED}We picked these cards to show its mistakes."

    @staticmethod
    def compare_words(train_pct: int, test_pct: int) -> str:
        if test_pct == train_pct:   # the same number: not said again (headline numbers, twice at most)
            return (f"{PRACTICE}On its practice examples it scored exactly the same, so it does just as well on new examples. "
                    f"{GENERAL}It learned the general idea, not just the examples it saw.")
        if test_pct >= train_pct:
            return (f"{PRACTICE}On its practice examples it scored {train_pct} percent, so it does just as well on new examples. "
                    f"{GENERAL}It learned the general idea, not just the examples it saw.")
        if train_pct - test_pct <= 5:
            return (f"{PRACTICE}On its practice examples it scored {train_pct} percent, so it does nearly as well on new examples. "
                    f"{GENERAL}It learned the general idea, not just the examples it saw.")
        return (f"{PRACTICE}On its practice examples it scored {train_pct} percent, so new examples are harder for it. "
                f"{GENERAL}Part of what it learned is memorised: it only fits the examples it practised on.")

    def mode(self) -> str:
        return "points" if input_kind(self.history) == "point" else "cards"

    # --- the story ---

    def construct(self) -> None:
        results = test_results(self.history)
        shown = shown_examples(self.history, results)
        self.show_title()
        view = self.build_points(results, shown) if self.mode() == "points" else self.build_cards(results, shown)
        with self.say("unseen") as tracker:
            self.play(view["intro"], run_time=max(2.5, 0.6 * tracker.duration))
        boxed = self.honest(view)
        network = self.feed_in(view, results, shown, boxed)
        sample = len(shown) < len(results["right"]) and not results["right"][shown].all()   # mistake_words' PICKED
        picked = self.picked_note(view) if sample and self.mode() == "cards" else None
        with self.say("truth") as tracker:
            # the guesses take their colours as the check is said: coloured by "Green means right"
            self.wait_until_bookmark("check")
            self.play(view["truth"], run_time=1.2)
            if view.get("marks") is not None:   # a frame, then the right answer, as the words name them
                self.wait_until_bookmark("marks")
                self.play(view["marks"], run_time=1.6)
            if picked is not None:
                self.wait_until_bookmark("picked")
                self.play(FadeIn(picked), run_time=0.6)
        score = self.score_panel(results)
        with self.say("count") as tracker:
            self.play(FadeOut(network), *([FadeOut(picked)] if picked is not None else []), run_time=0.5)
            self.play(FadeIn(score["frame"]), run_time=0.5)
            # the count runs while it is said, and the percent comes with its words (no still wait)
            self.play(score["count"], run_time=max(1.0, min(6.0, tracker.time_until_bookmark("percent") - 0.3)))
            self.wait_until_bookmark("percent")
            self.play(FadeIn(score["big"], scale=1.3), run_time=0.6)
        # full size: the comparison is the point of the chapter's last words
        practice = self.text("{percent} on practice examples", color=self.theme.text,
                             facts={"percent": percent(self.history.final.train_accuracy)})
        practice.next_to(score["big"], DOWN, buff=0.2)
        with self.say("compare") as tracker:
            self.wait_until_bookmark("practice")
            self.play(FadeIn(practice), run_time=0.8)
            self.wait_until_bookmark("general")
            # the idea, not the list: the new examples it got right, gone over one by one
            # (a Circumscribe here left a stray yellow tick by the percent in a frame)
            # through to the last word: the ending moves while it is said
            self.play(view["general"](results["right"][shown]), run_time=max(2.0, tracker.get_remaining_duration()))
        self.show(step=final_step(self.history), test_accuracy=results["accuracy"], examples=shown,
                  n_shown=len(shown),
                  guesses=results["guesses"][shown], truths=results["truths"][shown],
                  n_right=int(results["right"].sum()), n_test=len(results["right"]))

    def picked_note(self, view: dict) -> VGroup:
        """Under the cards: they were picked to show mistakes (their own share of red is not
        the score: the count over every unseen example comes next, and only there)."""
        note = VGroup(self.text("these cards: picked to show its mistakes", size="small", color=self.theme.muted))
        note.next_to(view["cards"], DOWN, buff=0.45)   # below any "answer: 8"
        return note

    # --- why unseen examples ---

    def honest(self, view: dict) -> Group:
        """Practice examples it could know by heart (gone over one by one, as in practice),
        the word for it, what a memoriser does (a list of examples with their answers, and
        no answer for a new one), then the unseen ones boxed: the honest test."""
        t = self.theme
        with self.say("honest"):
            memo = self.memoriser_cards(view) if self.mode() == "cards" else self.memoriser_points(view)
            # the test cards go while the demo plays: it fills the screen, big enough to read
            cleared = [FadeOut(view["clear"])] if view.get("clear") is not None else []
            if cleared:
                self.play(*cleared, run_time=0.5)
            self.play(*(FadeIn(m, shift=0.2 * UP) for m in memo["start"]), run_time=0.8)
            self.wait_until_bookmark("heart")
            self.play(*memo["heart"], run_time=2.4)
            self.wait_until_bookmark("memorise")
            self.play(FadeIn(memo["word"], scale=1.2), run_time=0.8)
            self.wait_until_bookmark("list")
            self.play(*memo["list"], run_time=1.2)
            self.wait_until_bookmark("new")
            self.play(*memo["new"], run_time=1.0)
            self.wait_until_bookmark("alike")
            if memo["search"]:
                self.play(*memo["search"], run_time=1.2)
            self.wait_until_bookmark("none")
            self.play(*memo["none"], run_time=0.6)
            self.wait_until_bookmark("unseen")
            box = SurroundingRectangle(memo["target"], color=t.highlight, buff=0.15, stroke_width=3)
            tag = self.text("never seen: the honest test", size="small", color=t.highlight)
            tag.add_background_rectangle(color=t.background, opacity=0.9, buff=0.05)
            tag.next_to(box, DOWN, buff=0.1) if self.mode() == "cards" else tag.move_to([3.6, -0.6, 0])
            self.play(FadeOut(memo["all"]), run_time=0.5)
            if cleared:   # the test cards come back, to be boxed
                self.play(FadeIn(view["clear"]), run_time=0.5)
            self.play(Create(box), FadeIn(tag), run_time=0.8)
        return Group(box, tag)   # stays while "only the real idea helps there" is said: gone as the network comes in

    def memoriser_cards(self, view: dict) -> dict:
        """A row of practice cards, their answers under them (the memoriser's list), and one new
        test card beside it; the list's card that looks alike framed with it (a different
        drawing), so the new one is not on the list: "?"."""
        t = self.theme
        x, y = self.history.split("train")
        kind, labels = input_kind(self.history), self.history.labels
        picked = pick_by_class(y, 8)
        pictures = [card_picture(x[i], kind, MEMO_CARD) for i in picked]
        answers = [self.text("{label}", size="small", color=t.muted, facts={"label": labels[classes_of(y[i:i + 1])[0]]})
                   for i in picked]
        row = Group(*(Group(p, a) for p, a in zip(pictures, answers)))
        for card in row:
            card[1].next_to(card[0], DOWN, buff=0.08)
        row.arrange(RIGHT, buff=0.2, aligned_edge=UP)
        # how many there really are: the 8 drawn are some of them (not the whole practice)
        heading = self.text("{shown} of the {n} practice examples", size="small", color=t.muted,
                            facts={"shown": len(picked), "n": len(x)})
        note = self.text("each seen {times} times: it could learn them by heart", size="small",
                         color=t.muted, facts={"times": self.history.final.epoch})
        practice = Group(heading, row, note).arrange(DOWN, buff=0.15)
        word = self.text("learning by heart: memorising", size="label", color=t.highlight)
        word.next_to(practice, UP, buff=0.4)
        # the test cards are cleared meanwhile: the demo fills the screen (the new card on the right)
        Group(word, practice).move_to([-1.4, 0.3, 0])
        new = view["inputs"][0].copy()
        new_head = self.text("new drawing, never seen" if kind == "image" else "new example, never seen",
                             size="small", color=t.muted)
        slot = [row.get_right()[0] + 1.5, row.get_center()[1] + 0.1, 0]
        mark = self.text("?", size="title", color=t.muted)
        none = self.text("not on the list", size="small", color=t.muted)
        def settle(mob) -> None:
            new_head.next_to(mob, UP, buff=0.12)
            mark.next_to(mob, DOWN, buff=0.1)
            none.next_to(mark, DOWN, buff=0.05)
        placed = new.copy().scale_to_fit_height(pictures[0].height).move_to(slot)
        settle(placed)
        # the list's card of the new one's kind, framed with it: alike, yet another drawing
        # (a frame sliding along the list read as the new 0 matched to the 7 it stopped on)
        same = [p for i, p in zip(picked, pictures) if classes_of(y[i:i + 1])[0] == view["first_class"]]
        lookers = VGroup(*(SurroundingRectangle(m, color=t.highlight, buff=0.06, stroke_width=3)
                           for m in (same[:1] and [same[0], placed])))
        seek = VGroup(self.text("looks alike,", size="small", color=t.highlight),
                      self.text("but another drawing", size="small", color=t.highlight)).arrange(DOWN, buff=0.06)
        seek.next_to(placed, DOWN, buff=0.1)
        search = [Create(lookers), FadeIn(seek)] if same else []
        return {"start": [heading, Group(*pictures)],
                # each picture grows a moment, gone over one by one, in its own colours (no flash)
                "heart": [FadeIn(note), LaggedStart(*(c.animate(rate_func=there_and_back).scale(1.15)
                                                      for c in pictures), lag_ratio=0.3)],
                "word": word,
                "list": [LaggedStart(*(FadeIn(a, shift=0.1 * DOWN) for a in answers), lag_ratio=0.1)],
                "new": [Transform(new, placed), FadeIn(new_head)],
                "search": search,
                "none": [FadeIn(mark, scale=1.3), FadeIn(none)] + ([FadeOut(seek), FadeOut(lookers)] if same else []),
                "all": Group(practice, word, new, new_head, mark, none),
                "target": view["pictures"]}

    def memoriser_points(self, view: dict) -> dict:
        """The practice points on the map in their true colours (the memoriser's list), and one
        new test point, between them and not on the list: "?"."""
        t, h = self.theme, self.history
        x, y = h.split("train")
        bmap, colors = view["map"], class_colors(len(h.labels))
        kept = list(range(min(len(x), MAX_POINTS)))
        truths = classes_of(y[kept])
        dots = VGroup(*(Dot(c, radius=0.05, color=colors[k], stroke_width=0)
                        for c, k in zip(bmap.to_frame(x[kept]), truths)))
        heading = self.text("practice points:", size="small", color=t.muted)
        note = VGroup(*(self.text(w, size="small", color=t.muted, facts={"times": h.final.epoch})
                        for w in ("each seen {times} times,", "it could learn", "them by heart")))
        note.arrange(DOWN, buff=0.1)
        practice = VGroup(heading, note).arrange(DOWN, buff=0.1).move_to([3.6, -0.2, 0])
        word = self.text("learning by heart: memorising", size="small", color=t.highlight)
        word.next_to(practice, DOWN, buff=0.3)
        listed = self.text("its list: each point with its answer", size="small", color=t.muted)
        listed.next_to(word, DOWN, buff=0.2)
        new = view["inputs"][0]
        ring = Circle(0.2, stroke_color=t.highlight, stroke_width=3).move_to(new)
        mark = self.text("?", size="title", color=t.highlight).next_to(ring, UR, buff=0.02)
        none = self.text("new point: not on the list", size="small", color=t.muted).next_to(listed, DOWN, buff=0.2)
        return {"start": [heading], "heart": [FadeIn(note)], "word": word,
                "list": [LaggedStart(*(FadeIn(d) for d in dots), lag_ratio=0.01), FadeIn(listed)],
                "new": [Create(ring), FadeIn(none)],
                "search": [Indicate(new, color=t.highlight, scale_factor=2)],
                "none": [FadeIn(mark, scale=1.3)],
                "all": VGroup(practice, word, listed, dots, ring, mark, none),
                "target": bmap}

    # --- the examples go through the trained network ---

    def feed_in(self, view: dict, results: dict, shown: list[int], boxed: Group) -> Group:
        """The network as training left it, its outputs named; the first example goes in, its
        neurons light, its guess comes out of the output named by it; then each other example
        goes in, in turn, and its guess comes out of its output. The network stays while the
        guesses are checked (returned, for the count to clear)."""
        h, t, mode = self.history, self.theme, self.mode()
        step, first = final_step(h), shown[0]
        x, _ = h.split("test")
        diagram = NetworkDiagram(h.snapshot(step).weights, h.snapshot(step).biases,
                                 labels=output_names(h) if h.config["sizes"][-1] <= NAMED_OUTPUTS else None,
                                 width=NET_SIZE[mode][0], height=NET_SIZE[mode][1], max_drawn=NET_DRAWN)
        diagram.move_to(NET_AT[mode])
        name = self.text("the trained network", size="small", color=t.muted).next_to(diagram, UP, buff=0.12)
        lit = [a[0] for a in h.network(step).forward(x[first:first + 1]).a]
        last = len(diagram.sizes) - 1

        def output(k: int):   # the output neuron of example k's guess (a lone yes/no one answers for both)
            guess = int(results["guesses"][k])
            return diagram.neuron_at(last, guess if diagram.sizes[-1] > 1 else 0) or Group(*diagram.neurons(last))

        with self.say("guess") as tracker:
            # the cards make room on the left; the "honest test" box goes as the network comes in
            self.play(FadeIn(diagram), FadeIn(name), FadeOut(boxed), *view["make_room"](), run_time=0.8)
            traveller = view["inputs"][0].copy()
            spot = (traveller.copy().scale_to_fit_height(0.5) if mode == "cards" else traveller.copy().scale(0.7))
            spot.next_to(diagram, LEFT, buff=0.12 if mode == "cards" else 0.3)
            # the example waits at the inputs while it goes through, so the frames show it going in
            self.play(Indicate(view["inputs"][0], color=t.highlight), run_time=0.6)
            self.play(traveller.animate.become(spot), run_time=1.0)
            self.play(*(diagram.pulse_layer(i) for i in range(last)), diagram.light_up(lit), run_time=1.2)
            self.wait_until_bookmark("answer")
            out = output(first)
            self.play(Indicate(out, color=t.highlight), view["answer"](0, out.get_center()), run_time=1.0)
            self.pops = []
            rest = [self.goes_in(view, k, spot, output(i)) for k, i in enumerate(shown) if k > 0]
            if rest and mode == "cards":   # one by one, each seen going in (a card a beat)
                self.play(FadeOut(traveller), run_time=0.3)
                traveller = VGroup()   # gone: not faded out again with the network
                self.play(LaggedStart(*rest, lag_ratio=0.3), run_time=max(2.5, min(5.0, 0.4 * len(rest))))
                self.remove(*self.pops)
            elif rest:   # the dots answer where they are
                self.play(LaggedStart(*rest, lag_ratio=0.08), run_time=max(1.0, min(2.0, tracker.get_remaining_duration())))
        return Group(diagram, name, traveller)

    def goes_in(self, view: dict, k: int, spot, out):
        """Example k flies to the network's inputs and fades into it; its guess comes out of its
        output (points: the dot takes the guess's colour where it is)."""
        source = view["inputs"][k]
        if not view.get("cards"):
            return view["answer"](k, None)
        copy = source.copy()
        # the output answers with a yellow pop of its own copy, unseen before and after (it is
        # in the scene from the start of the run); Indicates on one neuron that overlap (two
        # examples with one guess) could leave it yellow
        pop = out.copy().set_stroke(self.theme.highlight).set_fill(self.theme.highlight, opacity=1.0).set_opacity(0)
        self.pops.append(pop)
        return Succession(AnimationGroup(copy.animate.become(spot.copy()), run_time=0.6),
                          AnimationGroup(FadeOut(copy), view["answer"](k, out.get_center()),
                                         pop.animate(rate_func=there_and_back).set_opacity(1).scale(1.5), run_time=0.6))

    # --- cards: pictures with guesses ---

    def build_cards(self, results: dict, shown: list[int]) -> dict:
        x, _ = self.history.split("test")
        kind, labels = input_kind(self.history), self.history.labels
        cards, guesses, truths = Group(), VGroup(), []
        # one size for every answer: the longest name that fits under a card sets it
        said = [str(labels[results["guesses"][i]]) for i in shown]
        size = min(guess_text(n, None, CARD + 0.1).height / guess_text(n, None, 99).height for n in said)
        for i, name in zip(shown, said):
            picture = card_picture(x[i], kind, CARD)
            label = guess_text(name, None, 99).scale(size).next_to(picture, DOWN, buff=0.1)
            cards.add(Group(picture, label))
            guesses.add(label)
        cards.arrange_in_grid(rows=2 if len(shown) > 6 else 1, buff=(CARD_GAP, ROW_GAP))
        n_test = len(results["right"])
        # the number kept aside is on screen as it is said; the cards are some of them
        caption = (self.text("the {n} examples it never practised on", size="small", color=self.theme.muted,
                             facts={"n": n_test}) if len(shown) == n_test else
                   self.text("{shown} of the {n} examples it never practised on", size="small",
                             color=self.theme.muted, facts={"shown": len(shown), "n": n_test}))
        names = input_names(self.history) if kind == "numbers" else None
        if names:   # bars of a table's row: say once which bar is which column, each name whole
            key = VGroup(self.text("each card's bars, left to right:", size="small", color=self.theme.muted),
                         *(self.text("{name}", size="small", color=self.theme.muted, facts={"name": n}) for n in names))
            key.arrange(RIGHT, buff=0.25)
            key.scale_to_fit_width(min(key.width, 13.4))
            caption = VGroup(caption, key).arrange(DOWN, buff=0.08)
        cards.move_to([0, 0, 0]).shift((CARDS_TOP - (0.15 if names else 0.0) - cards.get_top()[1]) * UP)
        caption.next_to(cards, UP, buff=0.15)
        # built where they end, at the left edge (the guesses and the marks are placed from the
        # cards), then the pictures and caption centred until the network comes in
        room = (LEFT_EDGE - cards.get_left()[0]) * RIGHT, (LEFT_EDGE - caption.get_left()[0]) * RIGHT
        cards.shift(room[0])
        judged = [self.judge_card(card, results["guesses"][i], results["truths"][i]) for i, card in zip(shown, cards)]
        marks = [m for _, m in judged if m is not None]
        pictures = Group(*(c[0] for c in cards)).shift(-room[0])
        def answer(k: int, source):   # the guess appears under its card (from the network's output, if given)
            return FadeIn(guesses[k], target_position=source) if source is not None else FadeIn(guesses[k], shift=0.1 * DOWN)
        def make_room() -> list:   # the pictures and their caption to the left edge: the network comes in on the right
            return [pictures.animate.shift(room[0]), caption.animate.shift(room[1])]
        def general(right: np.ndarray):   # the cards it got right, each growing a moment in turn
            return LaggedStart(*(c[0].animate(rate_func=there_and_back).scale(1.12)
                                 for c, ok in zip(cards, right) if ok), lag_ratio=0.25)
        return {"intro": LaggedStart(FadeIn(caption), *(FadeIn(c[0]) for c in cards), lag_ratio=0.08),
                "inputs": [c[0] for c in cards], "answer": answer, "make_room": make_room, "general": general,
                "first_class": int(results["truths"][shown[0]]),
                "truth": LaggedStart(*(t for t, _ in judged), lag_ratio=0.05),
                # the mistakes one at a time, each frame before its right answer
                "marks": Succession(*marks) if marks else None, "cards": cards, "pictures": pictures,
                "clear": Group(caption, pictures)}

    def judge_card(self, card: Group, guess: int, truth: int):
        """The guess turns green or red; for a mistake, then, a red frame and the right answer
        under it: (the turn, the marks or None)."""
        picture, label = card[0], card[1]
        right = guess == truth
        judged = guess_text(label.original_text, right, label.width + 0.01).move_to(label)
        if right:
            return Transform(label, judged), None
        frame = Rectangle(width=picture.width + 0.1, height=picture.height + 0.1,
                          stroke_color=self.theme.wrong, stroke_width=4).move_to(picture)
        # plain colour: green under a red frame would read as "right"
        answer = self.text("answer: {label}", size="small", color=self.theme.text,
                           facts={"label": self.history.labels[truth]})
        # never shrunk (small words are the smallest readable size): a long class name may
        # reach under the next card, in the gap between the rows ("answer: banana" was 11 px)
        answer.next_to(label, DOWN, buff=0.06)
        return Transform(label, judged), Succession(Create(frame), FadeIn(answer))

    # --- points on the final map ---

    def build_points(self, results: dict, shown: list[int]) -> dict:
        h = self.history
        x_test, _ = h.split("test")
        bounds = plane_bounds(np.vstack([h.split("train")[0], x_test]))
        colors = class_colors(len(h.labels))
        bmap = BoundaryMap(np.zeros((0, 2)), np.zeros(0, dtype=int), colors, bounds=bounds, side=5.2)
        values = boundary_values(h, final_step(h), bounds)
        bmap.set_answers(values["classes"], values["sureness"])
        bmap.move_to([-3.55, -0.25, 0])
        legend = class_legend(h.labels, colors).next_to(bmap, UP, buff=0.25)
        centres = bmap.to_frame(x_test[shown])
        dots = VGroup(*(Dot(c, radius=0.075, color=self.theme.muted, stroke_color=self.theme.background,
                            stroke_width=1.5) for c in centres))
        guesses = [colors[results["guesses"][i]] for i in shown]
        judged = []
        for i, dot in zip(shown, dots):
            judged.append(dot.animate.set_fill(colors[results["truths"][i]]))
            if not results["right"][i]:
                judged.append(Create(Circle(0.16, stroke_color=self.theme.wrong, stroke_width=3.5).move_to(dot)))
        notes = self.stage_notes(len(shown), len(results["right"]))
        return {"intro": LaggedStart(FadeIn(Group(bmap, legend)), FadeIn(notes[0]),
                                     LaggedStart(*(FadeIn(d, scale=2) for d in dots), lag_ratio=0.02),
                                     lag_ratio=0.4),
                "inputs": list(dots),
                # the first answer comes with the note (cross-faded: a Text morphed into three lines
                # would shrink as it went)
                "answer": lambda k, source: (AnimationGroup(CrossFade(notes[0], notes[1]),
                                                            dots[k].animate.set_fill(guesses[k])) if k == 0
                                             else dots[k].animate.set_fill(guesses[k])),
                "truth": AnimationGroup(CrossFade(notes[1], notes[2]), LaggedStart(*judged, lag_ratio=0.01)),
                "make_room": lambda: [],
                # the points it got right, each growing a moment in turn
                "general": lambda right: LaggedStart(*(d.animate(rate_func=there_and_back).scale(1.8)
                                                       for d, ok in zip(dots, right) if ok), lag_ratio=0.02),
                "map": bmap}

    def stage_notes(self, n_shown: int, n_test: int) -> list[VGroup]:
        """What the dots mean at each stage, as a short note on the right (how many new points
        there are is on screen while it is said)."""
        t = self.theme
        counted = ("grey dots: the {n} new points," if n_shown == n_test else "grey dots: {shown} of the {n} new points,")
        words = [[counted, "never practised on"],
                 ["each dot takes the colour", "of the network's answer"],
                 ["each dot takes the colour", "of the true answer",
                  "red ring: a mistake"]]
        notes = []
        for lines in words:
            note = VGroup(*(self.text(w, size="small", color=t.muted, facts={"n": n_test, "shown": n_shown})
                            for w in lines)).arrange(DOWN, buff=0.1)
            if len(lines) == 3:
                note[2].set_color(t.wrong)
            notes.append(note.move_to([3.6, 1.9, 0]))
        return notes

    # --- the score over the whole test set ---

    def score_panel(self, results: dict) -> dict:
        """A bar that fills with every test example (green right, red wrong) while a count
        runs, then the accuracy in big."""
        t = self.theme
        right = results["right"]
        n = len(right)
        width = BAR_WIDTH if self.mode() == "cards" else 5.0
        frame = Rectangle(width=width, height=0.4, stroke_color=t.muted, stroke_width=1.5)
        count = self.text("{hits} of {n} right", color=t.text, facts={"hits": 0, "n": n})
        big = self.text("{percent}", size="title", color=t.accuracy,
                        facts={"percent": percent(results["accuracy"])}).scale(1.6)
        note = self.text("right on unseen examples", size="small", color=t.muted)
        if self.mode() == "cards":
            frame.move_to([-1.6, -2.3, 0])
            count.next_to(frame, UP, buff=0.15).align_to(frame, LEFT)
            VGroup(big, note).arrange(DOWN, buff=0.1).next_to(frame, RIGHT, buff=0.6)
        else:
            frame.move_to([3.6, -0.2, 0])
            count.next_to(frame, UP, buff=0.2)
            VGroup(big, note).arrange(DOWN, buff=0.1).next_to(frame, DOWN, buff=0.75)
        key = self.text("one thin line per example: green right, red wrong", size="small", color=t.muted)
        if key.width > width:   # two lines rather than text too small to read
            key = VGroup(*(self.text(w, size="small", color=t.muted)
                           for w in ("one thin line per example:", "green right, red wrong")))
            key.arrange(DOWN, aligned_edge=LEFT, buff=0.06)
        key.next_to(frame, DOWN, buff=0.15).align_to(frame, LEFT)
        fills = VGroup(VMobject(fill_color=t.right, fill_opacity=1, stroke_width=0),
                       VMobject(fill_color=t.wrong, fill_opacity=1, stroke_width=0))
        state = {"count": count, "shown": 0}
        left, bottom, top = frame.get_left()[0], frame.get_bottom()[1], frame.get_top()[1]

        def fill_to(mob: VGroup, alpha: float) -> None:
            k = int(round(alpha * n))
            for kind, part in ((True, mob[0]), (False, mob[1])):
                runs = _runs(right[:k] == kind)
                if runs:
                    part.set_points(np.concatenate([box_points(left + a * width / n, left + b * width / n,
                                                                 bottom, top) for a, b in runs]))
                else:
                    part.clear_points()
            hits = int(right[:k].sum())
            if hits != state["shown"]:   # a new Text only when the number changes
                new = self.text("{hits} of {n} right", color=t.text,
                                facts={"hits": hits, "n": n}).move_to(state["count"], aligned_edge=LEFT)
                state["count"].become(new)
                state["shown"] = hits
        self.add(fills)
        return {"frame": VGroup(frame, count, key), "count": UpdateFromAlphaFunc(fills, fill_to),
                "big": VGroup(big, note)}


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of every run of True in mask: one rectangle per run, not per example."""
    edges = np.diff(np.concatenate([[0], mask.astype(int), [0]]))
    return list(zip(np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)))
