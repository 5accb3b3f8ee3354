"""Chapter "testing": unseen test examples meet the final weights; the real test accuracy.

A grid of real test examples (digit images, rows of numbers) or every test point on the
final decision map is fed to the network as training left it; the guesses appear, are
checked against the right answers (a mistake light grey, with a cross), and then every test example is
counted into the real test accuracy.

    from scenes.output import studio
    studio.render_chapter("testing", "out/history.json", "/tmp/out", index=8)
"""
from __future__ import annotations

import numpy as np
from manim import (config, Animation, Arrow, GrowArrow, Mobject, DL, DOWN, DR, LEFT, RIGHT, UL, UP, UR, there_and_back, AnimationGroup, Circle, Create, DashedLine, DashedVMobject, Dot, FadeIn, FadeOut, Group,
                   Indicate, LaggedStart, Line, Rectangle, ShowPassingFlash, Square, Succession, SurroundingRectangle,
                   Transform, TransformFromCopy, Wait,
                   UpdateFromAlphaFunc, VGroup, Text, VMobject, smooth)

from nncore.history import History
from nncore.network import classes_of
from scenes import screen
from scenes.kit.chapter import Chapter, count_words
from scenes.kit.framing import within_frame
from scenes.kit.legend import right_mark, unequal_mark, wrong_mark
from scenes.narration import Markup, as_plain
from scenes.kit.motion import CrossFade
from scenes.kit.numbers import axis_ticks, written
from scenes.kit.pictures import box_points, card_picture, class_colors, guess_text, input_names
from scenes.kit.network_diagram import NetworkDiagram, pixels_to_neurons
from scenes.kit.plots import BoundaryMap, class_legend
from scenes.kit.readings import (boundary_values, input_kind, output_names, percent, pick_by_class,
                                 plane_bounds)

N_CARDS = 12                # test examples shown as pictures (two rows of six: big enough to read)
MISTAKES_SHOWN = 2          # at most this many of them are mistakes, when there are any
MAX_POINTS = 200            # test points drawn on the map
LIST_DRAWN = 600            # practice points drawn on the map as the memoriser's list (at most)
CLOSE_ENTRIES = 4           # the nearest practice points to the new one that pulse ("even when it looks alike")
BAR_WIDTH = 3.6             # the accuracy bars, unseen over practice, right of the grid
GRID_AREA = (6.6, 4.4)      # room for one square per test example (359 squares of 17 px at 480p)
GRID_CORNER = (-6.7, 2.0)   # its top left corner, under the title and the count (0.3 lower: less empty below)
# each score as 100 squares, right green and wrong grey, the two side by side (review e2 s18,
# its ONE change: the 96 % and 99 % bars looked the same, 4 against 1 was heard, not seen):
# the blocks' columns' centres (unseen, practice), their top, and a square's pitch (18 px at 480p)
HUNDRED_X, HUNDRED_TOP, HUNDRED_PITCH = (1.75, 5.15), 2.45, 0.3   # the practice name clear of the right edge
# a memoriser's two scores as blocks of their own, in a row under ours (reviews ab-x3 s24, both
# tiny reviewers' change: "memoriser: 0%" was a small label under our big figures), the four
# as one large table that fills the frame (review ab-k2-r1 s26, its ONE change: four small
# grids under tiny headers, the column easy to mix up): as it is said the counted grid goes,
# ours moves into the table's first row, and the memoriser's row stands under it, named, its
# unseen block all grey. The blocks' square pitch, their centres across (new, practice), the
# rows' tops, the headers' height, the row names' centre across, the lines' ends
TABLE_PITCH, TABLE_COLS, TABLE_ROWS = 0.2, (-2.3, 3.0), (2.0, -0.4)
TABLE_HEAD_Y, TABLE_NAME_X, TABLE_EDGES = 2.75, -5.15, (-6.85, 6.85)
# with few examples (real_counts) the practice score is one square per practice example: its
# centre across, its squares' pitch and how many a row (tiny's 240: 20 by 12, 12 px at 480p)
REAL_PRACTICE = (4.6, 0.2, 20)
TABLE_IDEA_Y = -2.72        # the general idea, under the table (above the subtitles' band)
CARD = 1.62                 # a test card's picture height (blocky 8x8, as in every chapter; 1.17 in rows
                            # of six was read as blobs: review ab_h2 s21): three rows above the subtitles
CARD_COLS = 4               # cards a row (three rows of four: big, and clear of the network on the right)
CARDS_WIDE = 8.4            # the cards' room across, their answers beside them, left of the inputs
LABEL_GAP = 0.12            # between a card and its answer (the guess under it)
MEMO_CARD = 1.25            # a practice drawing's height in the memoriser's list (the test cards are cleared for it)
MEMO_ROWS = 8               # the memoriser's list: two columns of four rows (drawing, arrow, answer)
MEMO_PITCH = 1.4            # between the list's rows (room for a drawing's swell)
MEMO_TOP = 2.1              # the list's first row's centre, under its heading
MEMO_LIST_X = -6.0          # the first column's drawings' centre across; the second MEMO_COLUMN right
MEMO_COLUMN = 3.4
MEMO_NEW = 2.0              # the new drawing's height, right of the list
MEMO_NEW_AT = (2.1, 0.3, 0)
MEMO_RIGHT_X = 4.0          # the by-heart words' centre across, over the new drawing
CARD_GAP = 0.2              # between cards and rows: room for their swell (RIPPLE)
RIPPLE = 1.07               # a test card's swell as the cards are gone over: two neighbours at their
                            # biggest keep half the gap (1.15 made their frames touch: review g2 s20)
ROW_GAP = CARD_GAP          # between the rows (the answers are beside the cards)
CARDS_TOP = 2.3             # the cards' top edge, under the title, the caption and the key
LEFT_EDGE = -6.8            # the cards move here when the network comes in on their right
# a square picture's inputs drawn as its own 8x8 grid, every one (review, session 11, its ONE
# change: 10 of 64 inputs and dots could not show "its squares light the inputs"): the grid's
# left edge and cell, the middle column's x, the outputs' x, and the columns' top and bottom
INPUT_GRID = {"left": 1.9, "cell": 0.27, "middle": 5.0, "out": 6.2, "top": 2.0, "bottom": -2.7}
NET_SIZE = {"cards": (3.8, 4.0), "points": (5.0, 2.4)}   # the trained network (no grid) while the examples go in
NAMED_OUTPUTS = 10          # outputs named on the network (the digits' 0-9: the guess can be read)
NET_DRAWN = 10              # neurons drawn per layer (the outputs of the digits all show)
NET_AT = {"cards": [5.0, 0.5, 0], "points": [3.6, -1.2, 0]}   # right of the cards; under the notes
PRACTICE, GENERAL = "<bookmark mark='practice'/>", "<bookmark mark='general'/>"   # in compare_words
MEMO = "<bookmark mark='memo'/>"   # in compare_words: a memoriser's two scores
MEMO_UNSEEN = "<bookmark mark='memounseen'/>"   # in compare_words: its unseen block fills as it is said
MISTAKES = "<bookmark mark='mistakes'/>"   # in compare_words, when it is "nearly as well": the mistakes in 100
BOTH = "<bookmark mark='both'/>"   # in compare_words: the two scores set side by side ("just as well")
HUNDRED = "<bookmark mark='hundred'/>"   # in hundred_words: why 100 squares, written as it is said
PICKED_COUNT = "<bookmark mark='picked_count'/>"   # in picked_words: the note comes as it is said
PICKED = "<bookmark mark='picked'/>"   # in mistake_words, when the cards are a sample with mistakes
ALIKE = "<bookmark mark='alike'/>"     # in new_words: the list's look-alike is framed
RIGHT_ANSWER = "<bookmark mark='rightanswer'/>"   # in mistake_words: the right answers come under the crosses
SWEEP = "<bookmark mark='sweep'/>"     # in check_words (points): the dots are checked one by one
GREEN = "<bookmark mark='green'/>"     # in check_words (cards): the right guesses pulse
ANSWERS, SAYS, JUDGED = (f"<bookmark mark='{m}'/>" for m in ("answers", "says", "judged"))   # in ours_words
FIRST, INPUTS, MIDDLE, OUT, UNDER, REST = (f"<bookmark mark='{m}'/>" for m in
                                           ("first", "inputs", "middle", "out", "under", "rest"))
CHECK_TIME = 1.0            # the guesses turn green or grey, in the quiet before the check is said
SLOW = 2                    # cards read one at a time, each with its words; the others quickly after
                            # (3 said "the next card ... it guesses" twice: one is enough, and paid
                            # for review s32 r2's sentence on the changed practice drawing)
QUICK = 0.9                 # seconds a card in the quick run: the frame, its lights, its guess
QUICK_SHOWN = 3             # cards in the quick run; the rest's guesses come together after it
SETTLE = 0.85               # the cards' size in the first frame, before they settle to full size
LIGHT_TIME = 1.9            # a slow card's frame, inputs and layers lit, before its guess (0.4 + 0.7 + 2 x 0.4)
FLASH_LINES = 100           # a pair of layers with more lines than this flashes lighter (the 16 x 10 into the outputs)
FLASH_THIN = 0.5            # its slivers' width and opacity, times the kit's
MINI_HEIGHT = 1.5           # the trained network, small, beside "our network:" in the memoriser's demo
OURS_Y = -2.25              # "our network:" and its answer: under the demo's line, in the lower third
OURS_ON_MAP = 0.7           # "our network: inner ring" on the network's map, beside the new point: its size
OURS_GAP = 0.4              # after "our network:" when it is drawn smaller under the map (its answer pulses 1.1)
LIKE_CARD = 1.6            # a mistaken drawing and its practice look-alikes, on the right of the cards
LIKE_X, LIKE_Y = 4.3, (1.2, -1.4)   # their rows' centre (x) and heights (y), one row a mistake
LIKE_SHOWN = 2              # practice drawings of the guessed class beside it
LIKE_CLEAR = 0.3            # between the cards' answers and a look-alike row
GRID_SWAP = (0.8, 1.0)      # after the check: the quiet before the cards give way to the grid, the swap's length
SWAP_QUIET = 0.6            # the quiet after the first words before the memoriser's cards come (then 1 s more)
POINT_GAP = 1.6             # between the network and the point going in: room for its two numbers
BIG_CARD = 1.2              # the card going through, under the network's inputs (its squares glide onto them)
HUG, BESIDE = "<bookmark mark='hug'/>", "<bookmark mark='beside'/>"   # in hug_words: the memoriser's map, its new point
# "fit too closely" on pictures (review g2 s20, its ONE change: 12 s of a still frame): a
# practice card it gets right beside the unseen card most like it, which it gets wrong
# (overfit_pair): their size, their centres across, and how high (left of the practice score's blocks).
# One place from the pair's first frame to the fair test's box (review s31, its ONE change: at
# 48-72 s the pair was drawn big, then wide, then small, jumping as each thing came): what
# comes later (its outputs, the practice score) takes room kept for it
PAIR_CARD, PAIR_X, PAIR_Y = 2.5, (-5.7, -1.9), 0.9   # "much like" between them; the new one clear of the unseen block later
# under each card only what it says, big: its guess, ticked or crossed (review s35: the pair's
# 10 output bars and their decimals buried the point; "says 1 ✓", then "says 3 ✗"): this far under
PAIR_VERDICT = 0.35
PAIR_NOTES = 0.3            # the pair's passing words ("2 squares differ", the bars' name): this far right of it
# "fit too closely" on the two pictures (review ab-k2-r2 s25, its ONE change: 48-57 s the pair
# stood still under the words): the squares whose brightness differs by at least DIFFER (0..1)
# between the practice drawing and the unseen one most like it, outlined on both as it is said
DIFFER = 0.3
# the practice drawing with those squares changed: under the difference's right, in the room
# the bars' name leaves as it comes (review s32 r2: it came silent, with the difference, gave the
# new drawing's wrong guess away 12 s early and looked like a fourth drawing of the 1): on a
# panel of its own, a plate under it (SWAP_PLATE's opacity) round a dashed line, as it is said
# (review s35: one big before/after) as big as the pair, level with it: a copy of the practice
# drawing glides there from it, and only its differing squares change
SWAP_CARD, SWAP_AT, SWAP_PLATE = PAIR_CARD, (5.25, PAIR_Y), 0.16
CHANGE, FLIP = "<bookmark mark='change'/>", "<bookmark mark='flip'/>"   # in hug_words: the panel, its guess
LEANS = "<bookmark mark='leans'/>"   # in hug_words: the outlined squares pulse
NOTE_BREAK = 0.3            # the extra room above the first note's line on the shading (a second thing named)
RING = 0.15                 # on the map, the green ring round a dot whose guess was right: its radius
VEIL = 0.78                 # over the squares that do not differ, as the two that do are said: its opacity
DIFFER_MARK = "<bookmark mark='differ'/>"   # in hug_words: the squares outlined
HUG_LEAD = 1.8              # the cards' pair: its fade starts this long before "Right on this practice" is said
# the memoriser's whole map beside the network's (review ab_w2 s21, its ONE change: five lines
# of text at 21-51 s; review v2 s20: grey and hatched where it has no answer, a disc of its
# answer's colour round each practice point): its side, its centre, a disc's largest radius
# (under half the new point's distance to the nearest: it lands in the grey), the hatch's lines
# (at the right edge: between the two maps a column for our network's answer and dials, review s22)
# (review ab-x2-r2 s26, its ONE change: the discs read as "it answers anywhere near", against
# "never quite the same": its list is drawn as the exact practice points, dots of MEMO_DOT,
# copied over from the network's map as "keeping a list" is said; the rest of its map is grey)
MEMO_MAP_SIDE, MEMO_MAP_AT, MEMO_DOT, HUG_HATCH = 4.2, (4.75, -0.2), 0.06, 14
PROBE_SWATCH = 0.1          # the class colour's dot before the probed point's guess and right answer
OURS_RING = 0.14            # the ring round the new point on the network's map (its radius)
# the memoriser's map close up round the new point and its nearest practice point (review
# ab-x2-r1 s25: 24-33 s a still picture): in the column between the two maps, the window's
# side and centre, the two points' distance apart in it, the hatch's lines
ZOOM_SIDE, ZOOM_AT, ZOOM_GAP, ZOOM_HATCH = 2.4, (0.85, 0.3), 1.25, 8
# the rings round the new point and its nearest listed point there, and its words' size (a share
# of the small size: 16 px at 480p, the most the column between the maps holds on one line)
ZOOM_RING, ZOOM_WORDS = 0.2, 20.5 / 18
# a mistaken card's right answer and guess, beside it, as the crosses come: this many times their
# size (28 px at 480p), the two named once on one of them (review ab2-k2 s27, its ONE change)
WRONG_DIGITS = 1.5
RIGHT_DIM = 0.65            # the veil over the cards it got right as the mistakes are named: its opacity
TOP_WORDS = 22 / 18         # the cards' caption, its picked note and key, over them: 17 px at 480p (small: 14)


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


def overfit_pair(history: History, results: dict) -> tuple[int, int] | None:
    """(practice index, unseen index): a practice example the final network gets right beside
    the unseen example most like it (nearest square by square) when that one is of the same
    class and the network gets it wrong; of all such pairs the closest. None when no practice
    example's nearest unseen one is such a miss (the real data decides; nothing is staged)."""
    x, y = history.split("train")
    x_test = history.split("test")[0]
    truths = classes_of(y)
    right = history.network(final_step(history)).guesses(x) == truths
    # squared distances by |a|^2 + |b|^2 - 2ab: every pair at once without a 3-d array
    d2 = (x * x).sum(1)[:, None] + (x_test * x_test).sum(1)[None, :] - 2 * x @ x_test.T
    nearest = d2.argmin(axis=1)
    fits = [j for j in np.flatnonzero(right) if truths[j] == results["truths"][nearest[j]]
            and not results["right"][nearest[j]]]
    if not fits:
        return None
    j = min(fits, key=lambda j: d2[j, nearest[j]])
    return int(j), int(nearest[j])


def pair_difference(history: History, pair: tuple[int, int]) -> np.ndarray:
    """How much overfit_pair's two drawings differ in each square (0..1, reading order)."""
    return np.abs(history.split("train")[0][pair[0]] - history.split("test")[0][pair[1]])


def differing_squares(history: History, pair: tuple[int, int]) -> list[int]:
    """The squares (reading order) where overfit_pair's practice drawing and its unseen look-alike
    differ in brightness by at least DIFFER: all that tells the two apart."""
    return [int(k) for k in np.flatnonzero(pair_difference(history, pair) >= DIFFER)]


def swapped_example(history: History, pair: tuple[int, int]) -> np.ndarray:
    """overfit_pair's practice drawing with only its differing_squares taken from the unseen one."""
    changed = history.split("train")[0][pair[0]].copy()
    apart = differing_squares(history, pair)
    changed[apart] = history.split("test")[0][pair[1]][apart]
    return changed


def swapped_guess(history: History, pair: tuple[int, int], guess: int) -> np.ndarray | None:
    """The final network's outputs for swapped_example when its highest is `guess` (the unseen
    drawing's wrong guess): those few squares alone turn the practice drawing into it. Else None."""
    if not differing_squares(history, pair):
        return None
    out = history.network(final_step(history)).forward(swapped_example(history, pair)[None, :]).a[-1][0]
    return out if int(np.argmax(out)) == guess else None


def no_match(listed: np.ndarray, new: np.ndarray) -> list[bool]:
    """For each listed example, whether it differs from the new one in any square: a
    memoriser answers only an exact copy (looking alike is not enough)."""
    return [not np.array_equal(row, new) for row in listed]


def search_rows(frame: Mobject, rows: list, crosses: list, misses: list[bool]) -> Animation:
    """The memoriser's search: `frame` steps down the list, row by row, and each row it has
    looked at and that does not match is crossed. One animation drives all (a Succession of
    moves on one frame left it on the last row from the start)."""
    for cross in crosses:
        cross.set_stroke(opacity=0)

    def look(_, alpha: float) -> None:
        at = alpha * len(rows)
        frame.move_to(rows[min(int(at), len(rows) - 1)]).set_stroke(opacity=1 if alpha < 1 else 0)
        for j, (cross, miss) in enumerate(zip(crosses, misses)):
            cross.set_stroke(opacity=1 if miss and at >= j + 0.6 else 0)
    return UpdateFromAlphaFunc(Group(frame, *crosses), look, rate_func=lambda a: a, run_time=3.0)


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

    pause_after_section = 1.8   # a breath after each worked number (1.3 left 9.2% quiet at 480p; 1.6, 9.9% after s23)
    name, title = "testing", "Testing"

    def facts(self) -> dict[str, object]:
        h = self.history
        results = test_results(h)
        shown = shown_examples(h, results)
        n_test, n_right = len(results["right"]), int(results["right"].sum())
        wrong_shown = int((~results["right"][shown]).sum())
        sample = len(shown) < n_test
        guessed = [h.labels[results["guesses"][i]] for i in shown]
        train_pct, test_pct = round(100 * h.final.train_accuracy), round(100 * results["accuracy"])
        return {
            **super().facts(),
            "test_percent": test_pct,   # from the final weights, as shown on screen
            # why a fair test needs unseen examples: the practice score, said and drawn beside
            # "unseen: ?" (review d2 s18: "tuned on practice, so the fair test..." rested on "so")
            # 100 said once (review 11c: the tiny run's 100% was said three times)
            # said as the reason a practice score is no fair test, never as a doubt about the
            # right answer just shown (review u2 s18: "all of them right, on new ones, unknown"
            # after "That is right." read as a contradiction)
            "train_score": "Every one right" if train_pct == 100 else f"{train_pct} percent right",
            "n_right": n_right,
            # "every one" when all are right: the count would repeat the number of test examples;
            # nothing when every example was shown and checked right already (review 11c: the
            # tiny run's 100% was said three times)
            # (with nothing to add, what the grid shows: "That is 100 percent." then has a caption
            # of its own, said as the block fills; review s22: "?" stood under "100 percent")
            "right_words": ("One square each: green right, grey wrong. " if n_right == n_test and not sample else
                            "It gets every one of them right. " if n_right == n_test else f"It gets {n_right} of them right. "),
            "picked_words": Markup(self.picked_words(len(shown), wrong_shown, n_test - n_right, sample)),   # its bookmark is ours
            # why the unseen score becomes 100 squares (review s34: the grid of 359 turned into a
            # block of 100 unsaid): the two counts differ, out of 100 they stand side by side
            "hundred_words": Markup("" if self.real_counts() else self.hundred_words(n_test, len(h.split("train")[1]))),   # its bookmark is ours
            "n_wrong": n_test - n_right,
            "which_ones": Markup(self.which_words(len(shown), sample, wrong_shown, input_kind(h))),   # its bookmark is ours
            "new_words": Markup(self.new_words(input_kind(h))),   # its bookmark is ours
            "ours_words": Markup(self.ours_words(*self.ours(results, shown))),   # its bookmarks are ours
            "each_one": "each point" if self.mode() == "points" else "each card",
            "examples_word": "points" if input_kind(h) == "point" else "examples",
            "hug_words": Markup(self.hug_words(self.mode(), self.pair_labels(results), *self.pair_differ(results),
                                               swapped=self.pair_swaps(results))),   # its bookmarks are ours
            "score_words": Markup(self.score_words(self.mode(), train_pct)),   # its bookmark is ours
            "feed_words": Markup(self.feed_words(input_kind(h), guessed, h.config["sizes"][-1] == 1)),   # its bookmarks are ours
            "check_words": Markup(self.check_words(self.mode())),   # its bookmark is ours
            "mistake_words": Markup(self.mistake_words(wrong_shown, not sample, self.misread(results, shown), self.mode() == "points")),   # its bookmarks are ours
            "compare_words": Markup(self.compare_words(train_pct, test_pct, self.on_the_list())),   # its bookmarks are ours
        }

    def pair_labels(self, results: dict) -> tuple[str, str] | None:
        """(the two's true class, the unseen one's wrong guess) of overfit_pair, else None."""
        pair = overfit_pair(self.history, results) if self.mode() == "cards" else None
        if pair is None:
            return None
        labels, unseen = self.history.labels, pair[1]
        return str(labels[results["truths"][unseen]]), str(labels[results["guesses"][unseen]])

    def pair_differ(self, results: dict) -> tuple[int, int]:
        """How many squares tell overfit_pair's two drawings apart, and how many others differ
        a little ((0, 0) without a pair)."""
        pair = overfit_pair(self.history, results) if self.mode() == "cards" else None
        if pair is None or input_kind(self.history) != "image":   # squares: a picture's
            return 0, 0
        apart = len(differing_squares(self.history, pair))
        return apart, int((pair_difference(self.history, pair) > 0).sum()) - apart

    def pair_swaps(self, results: dict) -> bool:
        """Whether the squares that tell overfit_pair's two drawings apart alone turn its
        practice drawing into the unseen one's wrong guess (swapped_guess)."""
        pair = overfit_pair(self.history, results) if self.mode() == "cards" else None
        if pair is None or input_kind(self.history) != "image":
            return False
        return swapped_guess(self.history, pair, int(results["guesses"][pair[1]])) is not None

    @staticmethod
    def hug_words(mode: str, pair: tuple[str, str] | None = None, differ: int = 0, slight: int = 0,
                  swapped: bool = False) -> str:
        """What fitting too closely looks like, said as it is drawn: on cards a practice card it
        gets right beside the unseen card most like it, which it gets wrong (overfit_pair;
        nothing more when the data has no such pair). On a map nothing: the reason is the same
        practice score as the memoriser's (score_words; review ab-x2 s24: the closest fit's map
        came without warning after "a memoriser has no answer", its purple never explained)."""
        if mode == "points":
            return "."
        if pair is None:
            return ", and can fit them too closely."
        truth = as_plain(pair[0])
        # its outputs drawn as bars as they are named (review s22: "tuned on practice" shown)
        # what tells the two apart, outlined as it is said (review ab-k2-r2 s25: "fit too closely"
        # was abstract until the reveal)
        # "most" when others differ a little (review s31 r2: "just two squares" was seen to be
        # untrue)
        squares = f"{count_words(differ)} {'square' if differ == 1 else 'squares'}"
        apart = ("" if not differ else
                 f"{DIFFER_MARK}These two {truth}s differ most in {squares}. " if slight
                 else f"{DIFFER_MARK}These two {truth}s differ in just {squares}. ")
        guess = as_plain(pair[1])
        pair_words = (f"{apart}{HUG}On this practice {truth}, it says {truth}: right. "
                      f"{BESIDE}On the new {truth} most like it, it says {guess}: wrong.")
        if not (swapped and differ):
            return f", and can fit them too closely. {pair_words}"
        # what "too closely" means, shown after the wrong guess and said once, there (review s32
        # r2: the panel came silent and early): those squares alone make the practice drawing a 3
        these = "this square" if differ == 1 else f"these {count_words(differ)} squares"
        # (review s37, its ONE change: "fits tiny details too closely" was abstract; the outlined
        # squares pulse as "these" is said: the network leans on them)
        return (f". {pair_words} {CHANGE}Change only {these} on the practice {truth}, {FLIP}and it says {guess}: "
                f"{LEANS}it leans on tiny details like these. It fits its practice too closely.")

    @staticmethod
    def score_words(mode: str, train_pct: int) -> str:
        """Why a practice score is no fair test. On a map (review ab-x2 s24, both reviewers'
        change): our network and the memoriser side by side with their practice scores, the
        memoriser's every one by its list: the same score, so practice cannot tell a learner
        from a memoriser. On cards: the practice score beside the unseen one unknown."""
        said = "Every one right" if train_pct == 100 else f"{train_pct} percent right"
        if mode != "points":
            # (not "how it does on new ones": the words paid for review s32 r2's changed drawing)
            # (review s34 r2: the two squares' demo was not tied to the score to come: it may
            # do worse on new ones, and the test says how much)
            return f"{said} on practice <bookmark mark='unseen'/>does not tell us about new ones, where it may do worse."
        if train_pct == 100:
            return ("On practice, our network gets every one right, and so does the memoriser: "
                    "<bookmark mark='unseen'/>the same score. Practice cannot tell a learner from a memoriser.")
        return (f"On practice, our network gets {train_pct} percent right, the memoriser every one: "
                "<bookmark mark='unseen'/>practice cannot tell a learner from a memoriser.")

    @staticmethod
    def new_words(kind: str) -> str:
        """Why a new example is not on the memoriser's list, even when one there looks like it
        (the new card may show a kind the list has: a new drawing of it)."""
        if kind == "image":
            return f"A new example is a new drawing, {ALIKE}never quite the same as one on the list, even when it looks alike."
        return f"A new example is {ALIKE}never quite the same as one on the list, even when it looks alike."

    def memo_at(self, shown: list[int]) -> int:
        """Which shown example is the memoriser's new one: the first card; on a map the point
        farthest from every practice point (the one most plainly between them, in the grey)."""
        if self.mode() == "cards":
            return 0
        x, _ = self.history.split("train")
        x_test, _ = self.history.split("test")
        pts = x_test[shown]
        gaps = np.sqrt(((pts[:, None, :] - x[None, :, :]) ** 2).sum(axis=2)).min(axis=1)
        return int(np.argmax(gaps))

    def ours(self, results: dict, shown: list[int]) -> tuple[str, str, bool]:
        """The network's real guess on the memoriser's new example (the first shown), its truth,
        and whether it is right."""
        first, labels = shown[self.memo_at(shown)], self.history.labels
        guess, truth = int(results["guesses"][first]), int(results["truths"][first])
        return str(labels[guess]), str(labels[truth]), guess == truth

    @staticmethod
    def ours_words(guess: str, truth: str, right: bool) -> str:
        """Our network beside the memoriser on the same new example (review, session 11, its ONE
        change): it has no list, and still guesses; its guess is checked. Data said plainly."""
        said = f"{ANSWERS}yet it guesses: {SAYS}{as_plain(guess)}."
        return f"{said} {JUDGED}That is right." if right else f"{said} {JUDGED}That is wrong: it is {as_plain(truth)}."

    @staticmethod
    def which_words(n_shown: int, sample: bool, wrong_shown: int, kind: str = "image") -> str:
        """Which examples are drawn. A sample with mistakes (pick_cards) is said to be picked
        as the cards come, before any guess is seen: its share of right ones is not the score
        (review session 10: "we picked these" came after the viewer had counted 10 of 12).
        Points are grey dots on the network's map, whose shading is said as it is written
        (review s34, tiny: "the shading: our network's guess there" stood unexplained)."""
        if not sample and kind == "point":
            return "Here they are, in grey. The shading is its guess."
        if not sample:
            return "Here they are."
        if wrong_shown:
            return f"Here are {count_words(n_shown)} of them, {PICKED}picked to show some of its mistakes."
        return f"Here are {count_words(n_shown)} of them."

    @staticmethod
    def feed_words(kind: str, guessed: list[object] = (), one_output: bool = False) -> str:
        """The first example goes through slowly, layer by layer, as the words name each layer;
        the next cards one at a time, each guess said as it appears under its card; then the
        others quickly, each with its own lights (review session 10's one change). The guesses
        are data: said as plain words (as_plain), never markup. A lone output's guess is its
        glow over one half, as the forward chapter put it (review t 08: "the brightest output"
        of one)."""
        what = "squares" if kind == "image" else "numbers"
        out = ("the output's glow is the network's guess: over one half means yes" if one_output else "the brightest output is the network's guess")
        # a point's two numbers are how far across and up it sits (review s34, tiny: "across
        # -0.29, up 0.04" beside it was never said)
        what = "two numbers, across and up," if kind == "point" else what
        first = (f"{FIRST}First this one: {INPUTS}its {what} light the inputs, {MIDDLE}they light the middle, "
                 f"{OUT}and {out}")
        if kind == "point":
            return f"{first}. {REST}Then every other point."
        words = [f"{first}, {UNDER}written beside its card."]   # under its right answer (build_cards)
        for k, label in list(enumerate(guessed))[1:SLOW]:
            mark, said = f"<bookmark mark='card{k}'/>", f"<bookmark mark='said{k}'/>"
            # each card's sentence long enough, with no stop inside, that a caption holds one
            # card's words (review 11b: "And the next: 2" shared a caption with "the other nine"
            # and read 3-6 s behind the cards)
            words.append(f"{mark}The next card lights it its own way: {said}it guesses {as_plain(str(label))}." if k == 1
                         else f"{mark}And the next card gets its own lights: {said}it guesses {as_plain(str(label))}.")
        if len(guessed) > SLOW:
            words.append(f"{REST}And the other {count_words(len(guessed) - SLOW)} go the same way.")
        return " ".join(words)

    @staticmethod
    def check_words(mode: str) -> str:
        """How a checked guess looks: green under a card; on the map each dot takes the colour of
        its right answer, as the note beside it says (review t 08: "Green means right" was said
        while the dots turned blue and orange)."""
        # (points: each right guess ringed green as it is checked, review ab-c s29: with no
        # mistake nothing changed colour and the check could not be seen)
        return (f"{GREEN}Green means right." if mode == "cards" else
                f"{SWEEP}Each dot takes the colour of its right answer, ringed green if its guess was right.")

    def misread(self, results: dict, shown: list[int]) -> list[tuple[str, str]]:
        """(truth, guess) of each mistaken card shown, in the cards' order (pictures only: a
        drawing that "looks like" another digit)."""
        if input_kind(self.history) != "image" or len(shown) == len(results["right"]):
            return []
        labels = self.history.labels
        return [(str(labels[results["truths"][i]]), str(labels[results["guesses"][i]])) for i in shown
                if not results["right"][i]]

    @staticmethod
    def mistake_words(wrong_shown: int, all_shown: bool, misread: list[tuple[str, str]] = (), dots: bool = False) -> str:
        """What the marks of a mistake are: a wrong guess is grey (red is a dial below zero),
        so a cross beside it says "wrong" where it stands alone. A sample's choice was said as
        it came (which_words). Each mistaken drawing then gets a phrase, drawn beside its
        nearest practice look-alike as it is named (lookalikes; review, session 11: the mistakes
        were marked, never explained): to the network it looks like the digit it guessed."""
        if wrong_shown == 0:
            # on a map, what the check looks like is said with its note (review s34 r2, tiny: the
            # note "every dot kept its colour: no mistakes" stood unsaid and the check unseen)
            return "Every dot kept its colour: it got every one right." if dots else "It got every one of these right."
        n = count_words(wrong_shown)
        one = wrong_shown == 1
        if all_shown:
            # a cross, as on a card: "ring" named the map's classes (inner and outer rings: review 11c)
            return "A cross marks its one mistake." if one else f"Crosses mark its {n} mistakes."
        # the right answer stands above each guess from the first frame (build_cards)
        marked = (f"A cross marks its mistake: {RIGHT_ANSWER}the wrong guess sits under the right answer it missed." if one else
                  f"Crosses mark its {n} mistakes: {RIGHT_ANSWER}each wrong guess sits under the right answer it missed.")
        if not misread:
            return marked
        why = [f"<bookmark mark='why{k}'/>this {as_plain(t)} looks more like a {as_plain(g)}" if k == 0 else
               f"<bookmark mark='why{k}'/>this {as_plain(t)} like a {as_plain(g)}" for k, (t, g) in enumerate(misread)]
        return f"{marked} To the network, {', and '.join(why)}."

    def on_the_list(self) -> int:
        """How many unseen examples are exactly a practice one: all a memoriser could answer."""
        x, _ = self.history.split("train")
        x_test, _ = self.history.split("test")
        known = {row.tobytes() for row in np.ascontiguousarray(x)}
        return sum(row.tobytes() in known for row in np.ascontiguousarray(x_test))

    @staticmethod
    def picked_words(n_shown: int, wrong_shown: int, n_wrong: int, sample: bool = True) -> str:
        """How the cards were picked, in the counts just made, said as its note comes (review
        s36: "the 12 cards we picked: 2 of its 13 mistakes" stood under the count unsaid,
        competing with the voice). Nothing when the cards are not a sample with mistakes."""
        if not sample or not wrong_shown:
            return ""
        them = "its mistake" if n_wrong == 1 else f"its {n_wrong} mistakes"
        return f"{PICKED_COUNT}The {n_shown} cards we picked held {wrong_shown} of {them}. "

    @staticmethod
    def hundred_words(n_test: int, n_train: int) -> str:
        more = "more" if n_train > n_test else "fewer" if n_train < n_test else "as many"
        return f"{HUNDRED}Practice had {more} examples, so we count each out of every 100. "

    @staticmethod
    def compare_words(train_pct: int, test_pct: int, known: int = 0) -> str:
        # a memoriser's two scores beside ours (review e2 s18): every practice example, and only
        # the unseen ones that are exactly on its list (counted: none, in both presets)
        memo = f"{MEMO}A memoriser knows every practice example, {MEMO_UNSEEN}and " + (
            "no unseen one. " if known == 0 else f"only {count_words(known)} unseen {'one' if known == 1 else 'ones'}. ")
        if test_pct == train_pct:   # the same number: not said again (headline numbers, twice at most)
            return (f"{PRACTICE}On its practice examples it scored exactly the same: {BOTH}it does just as well on new examples. "
                    f"{memo}{GENERAL}It learned the general idea, not just the examples it saw.")
        if test_pct >= train_pct:
            return (f"{PRACTICE}On its practice examples it scored {train_pct} percent: {BOTH}it does just as well on new examples. "
                    f"{memo}{GENERAL}It learned the general idea, not just the examples it saw.")
        if train_pct - test_pct <= 5:
            # review n (s14): "nearly as well" made concrete, as mistakes in 100 from the two
            # percents said (a viewer checks 100 - 96 = 4 and 100 - 99 = 1)
            against = f"against {100 - train_pct}" if train_pct < 100 else "against none"
            # (review s34: "nearly as well, about 4 mistakes against 1" read as a contradiction:
            # four times as many; said as what it is, a little harder)
            return (f"{PRACTICE}On practice examples it scored {train_pct} percent. {BOTH}New ones are a little harder: "
                    f"{MISTAKES}about {100 - test_pct} mistakes in 100 {against}. "
                    f"{memo}{GENERAL}It learned the general idea, not just its examples.")
        return (f"{PRACTICE}On its practice examples it scored {train_pct} percent: {BOTH}new examples are harder for it. "
                f"{memo}{GENERAL}Part of what it learned is memorised: it only fits the examples it practised on.")

    def ripple(self) -> float:
        """How much an example swells as the examples are gone over: a card RIPPLE, a map's
        small dot more (1.15: at RIPPLE the dots' swell was hard to see)."""
        return RIPPLE if self.mode() == "cards" else 1.15

    def real_counts(self) -> bool:
        """Whether each score is drawn as its real examples, one square each (tiny's few
        points), not as 100 squares (the digits' 359 and 1438 would be specks)."""
        return self.mode() == "points"

    def mode(self) -> str:
        return "points" if input_kind(self.history) == "point" else "cards"

    # --- the story ---

    def construct(self) -> None:
        results = test_results(self.history)
        shown = shown_examples(self.history, results)
        view = self.build_points(results, shown) if self.mode() == "points" else self.build_cards(results, shown)
        self.add(*view["first"])   # the first picture and its caption stand with the title from the first frame
        title = self.show_title()
        network = self.trained_network()
        # the memoriser's practice cards replace the test cards in the middle of the quiet after
        # these words, not at its end (review p 08, s14: the change was caught half done at 15 s,
        # as "Why not test it" began): SWAP_QUIET before it, a second after it
        pause, self.pause_after_section = self.pause_after_section, SWAP_QUIET
        with self.say("unseen") as tracker:
            # the cards settle, then each thing named is pointed at as it is said (review,
            # session 11: a still grid for the first 15 s; s16: 7.7 s with nothing moving):
            # the count kept aside framed, the network in, the examples gone over one by one,
            # the caption pulsing at "picked"
            self.play(view["intro"], run_time=2.0)
            self.show(opening_marks={m: round(float(tracker.bookmark_times[m]), 3) for m in ("kept", "network", "here")})
            self.wait_before(tracker, "kept", 0.2)
            pointer = SurroundingRectangle(view["caption"], color=self.theme.focus, buff=0.08, stroke_width=3)
            self.play(Create(pointer), run_time=0.5)
            self.wait_until_bookmark("network")
            self.play(FadeIn(network["all"]), FadeOut(pointer), run_time=0.8)
            self.wait_before(tracker, "here", 0.2)
            until = tracker.time_until_bookmark("picked") if "mark='picked'" in tracker.data["input_text"] else 2.0
            self.play(LaggedStart(*(m.animate(rate_func=there_and_back).scale(self.ripple()) for m in view["inputs"]),
                                  lag_ratio=0.15), run_time=float(np.clip(until - 0.1, 1.0, 2.4)))
            if view.get("picked") is not None:   # "picked": its words come under the cards as it is said
                self.wait_before(tracker, "picked", 0.3)
                self.show(pick_note_at=round(float(self.renderer.time), 3))
                self.play(FadeIn(view["pick_note"], shift=0.1 * UP), run_time=0.5)
        self.pause_after_section = pause
        self.honest(view, network, results, shown)
        # the guesses take their colours in the quiet before "Now we check": coloured as the
        # sentence naming the colours comes up, not after it (the network went at the end of the
        # feeding: its red lines are dials below zero). The quiet is as long as between sections.
        # (cards: their right answers come as "against the right answer" is said, their colours as
        # "Green means right" is: view["reveal"], view["judge"])
        early = view.get("truth") is not None
        pause, self.pause_after_section = self.pause_after_section, self.pause_after_section - CHECK_TIME * early
        self.feed_in(view, results, shown, network)
        self.pause_after_section = pause
        if early:
            self.play(view["truth"], run_time=CHECK_TIME)
        # the cards give way to the grid early in the quiet after this section, and quickly
        # (review s24: a frame every 3 s caught the whole screen cross-fading at 126 s)
        pause, self.pause_after_section = self.pause_after_section, GRID_SWAP[0]
        with self.say("truth") as tracker:
            if view.get("reveal") is not None:
                # "each guess against the right answer": each card's right answer above its guess, and
                # the key to the two, as it is said (review ab-k2 s24, its ONE change: written
                # with the guesses, the answers stood beside words about guesses only)
                self.show(truths_at=round(float(self.renderer.time), 3))
                self.play(view["reveal"], run_time=1.2)
            if view.get("check") is not None:   # the dots, checked one by one as it is said; then the verdict
                probed = view.get("probe") is not None and "mark='sweep'" in tracker.data["input_text"]
                if probed:
                    # "each guess against the right answer": the first point's, alone, then the others
                    # (whole at once, quickly: a frame caught its guess without its answer)
                    self.show(probe_at=round(float(self.renderer.time), 3))
                    self.play(view["probe"]["point"], view["probe"]["truth"], run_time=0.5)
                    self.wait_before(tracker, "sweep", 0.1)
                checking = max(1.0, tracker.time_until_bookmark("marks") - 0.1)
                if probed:
                    # it stays as the others' check begins (a frame caught the map still between
                    # the two), gone ~1 s in, before the check reaches it
                    hold, fade = 0.6 / checking, 0.3 / checking
                    view["check"] = AnimationGroup(view["check"], FadeOut(   # as long as the check: one clock
                        view["probe"]["all"], rate_func=lambda a: smooth(float(np.clip((a - hold) / fade, 0, 1))),
                        run_time=view["check"].run_time))
                self.show(dots_checked=[round(float(self.renderer.time), 3), round(float(self.renderer.time) + checking, 3)])
                self.shown["map_check"]["at"] = [round(float(self.renderer.time) + p * checking, 3)
                                                 for p in self.shown["map_check"]["peaks"]]
                self.play(view["check"], run_time=checking)
                self.wait_until_bookmark("marks")
                self.show(verdict_at=round(float(self.renderer.time), 3))
                self.play(FadeIn(view["verdict"], shift=0.2 * UP), run_time=0.5)
                self.play(Indicate(view["verdict"], color=self.theme.focus, scale_factor=1.3),
                          run_time=max(0.6, tracker.get_remaining_duration()))
            if "mark='green'" in tracker.data["input_text"]:   # the guesses turn green or grey as it is said
                self.wait_before(tracker, "green", 0.2)
                self.show(judged_at=round(float(self.renderer.time), 3))
                self.play(view["judge"], run_time=CHECK_TIME)
            if view.get("marks") is not None:   # a frame and a cross, then the right answer, as the words name them
                # done as "Crosses mark..." begins: its caption is up with "Green means right"
                # the mistakes' answers and guesses grow as their crosses come (review ab2-k2 s27)
                self.wait_before(tracker, "marks", 1.2)
                self.play(view["marks"], run_time=1.2)
                # the right answers under them as they are named (review s16: all at once, then
                # 5 s with nothing moving), and on one mistake the two named once, beside them
                tags = self.answer_tags(view)
                if "mark='rightanswer'" in tracker.data["input_text"]:
                    self.wait_before(tracker, "rightanswer", 0.4)
                self.shown["answer_tags"]["at"] = round(float(self.renderer.time), 3)
                self.play(view["answers"], FadeIn(tags, shift=0.2 * LEFT), run_time=0.6)
                # "To the network,": the mistaken drawings swell in turn until the first is named
                # (review g2 s20: 5 s of a still frame between the answers and "this 2 looks...");
                # the names go just before, where the first look-alike row comes
                if "mark='why0'" in tracker.data["input_text"] and view["wrong"]:
                    self.show(wrong_swell=[round(float(self.renderer.time), 3), round(float(tracker.bookmark_times["why0"]), 3)])
                    # the cards it got right dim under a veil of the background's colour (their own
                    # opacity turned their dark squares grey): the mistakes stand out as named
                    veil = VGroup(*(Rectangle(width=c.width + 0.1, height=c.height + 0.1, stroke_width=0,
                                              fill_color=self.theme.background, fill_opacity=RIGHT_DIM).move_to(c)
                                    for i, c in zip(shown, view["cards"]) if results["right"][i]))
                    dim = [FadeIn(veil)]
                    swell = max(0.6, tracker.time_until_bookmark("why0") - 0.45)
                    self.play(LaggedStart(*(p.animate(rate_func=there_and_back).scale(RIPPLE) for p in view["wrong"]),
                                          lag_ratio=0.5),
                              Succession(AnimationGroup(*dim, run_time=0.5), Wait(run_time=max(0.1, swell - 0.5))),
                              run_time=swell)
                    self.play(FadeOut(tags), run_time=0.3)
                    self.shown["answer_tags"]["gone"] = round(float(self.renderer.time), 3)
                # each mistaken drawing, as its phrase begins ("this 2 looks more like a 3"), is
                # drawn big on the right beside the practice example of its guess nearest to it;
                # its frame turns white and its two names pulse while its phrase is said (review
                # ab2-k2 s27: the mistakes named were not marked as they were said)
                rows = self.lookalikes(view, results, shown)
                lit = None
                for k, (picture, row, marked) in enumerate(zip(view["wrong"], rows, view["wrong_marks"])):
                    if f"mark='why{k}'" in tracker.data["input_text"]:
                        self.wait_until_bookmark(f"why{k}")
                        self.shown.setdefault("like_shown_at", []).append(round(float(self.renderer.time), 3))
                        self.shown.setdefault("why_lit", []).append({"card": view["wrong_at"][k],
                                                                      "at": round(float(self.renderer.time), 3),
                                                                      "said": round(float(tracker.bookmark_times[f"why{k}"]), 3)})
                        # its copy fades in where it stands, as the card pulses a little (review s22:
                        # a copy growing out of the card flew over its neighbours)
                        back = [lit["frame"].animate.set_stroke(color=self.theme.wrong, width=4)] if lit is not None else []
                        self.play(picture.animate(rate_func=there_and_back).scale(RIPPLE),
                                  marked["frame"].animate.set_stroke(color=self.theme.focus, width=7), *back,
                                  Indicate(marked["digits"], color=self.theme.focus, scale_factor=1.3),
                                  FadeIn(row["copy"], shift=0.3 * LEFT), FadeIn(row["rest"], shift=0.3 * LEFT),
                                  run_time=0.8)
                        lit = marked
        # the sample has done its work: every unseen example gets the screen, one square each,
        # in the quiet before the count is said (review s16: the words began over the old picture);
        # the unseen block empty with its "?", as before the fair test (review g2 s19): it fills
        # as its percent is said. The two overlap (review g2 s20: one after the other left a
        # frame with the title alone as "Now we count" began)
        score = self.score_panel(results)
        self.pause_after_section = pause
        self.play(LaggedStart(AnimationGroup(*(FadeOut(m) for m in list(self.mobjects) if m is not title)),
                              AnimationGroup(FadeIn(score["frame"]), FadeIn(score["empty"]),
                                             *(FadeIn(m) for m in score["unknown"] if m is not score["why"])),
                              lag_ratio=0.5), run_time=GRID_SWAP[1])
        self.wait(pause + 1.0 - GRID_SWAP[0] - GRID_SWAP[1])   # the quiet as long as before (1 s fade in it)
        # the colours over the dim squares, and the count's words after them: manim redraws
        # each frame only what comes after the first moving mobject (the count froze at 0 when
        # its words stood before the squares)
        self.bring_to_front(score["fills"], score["frame"])
        with self.say("count") as tracker:
            # the count runs while it is said, and the percent comes with its words (no still wait)
            # done before the result is said (review 11c: "it gets every one right" over "checked 0 of 60")
            picked = view.get("picked")
            self.show(result_said_at=round(float(tracker.bookmark_times["result"]), 3))
            self.play(score["count"], run_time=max(1.0, tracker.time_until_bookmark("result") - 0.2))
            if picked is not None:
                # how the cards were picked, in the counts just made (review 11b: written in the
                # opening, 90 s before 13 and 346 were counted, it was a spoiler meaning nothing yet)
                picked.next_to(score["frame"][2], DOWN, buff=0.2).align_to(score["frame"][2], LEFT)
                self.wait_before(tracker, "picked_count", 0.3)
                self.play(FadeIn(picked), run_time=0.4)
        with self.say("percent") as tracker:
            fill = [FadeOut(score["mark"]), LaggedStart(*(FadeIn(sq) for sq in score["unseen_squares"]), lag_ratio=0.01)]
            if score["why"] is not None:
                # why 100 squares, written as it is said, and the block counted out of 100 as
                # it is said: the "?" goes with its caption (review s22: "?" under "100 percent")
                self.show(why_said_at=round(float(tracker.bookmark_times["hundred"]), 3))
                self.wait_before(tracker, "hundred", 0.3)
                self.show(why_at=round(float(self.renderer.time), 3))
                self.play(FadeIn(score["why"]), fill[0], run_time=0.4)
                self.show(unknown_gone_at=round(float(self.renderer.time), 3))
                self.play(fill[1], run_time=1.2)
                fill = []
            # the "?" gone and the block full as its caption comes up (review s22: "?" under "100 percent")
            # (short and a little early: review s24 caught it half way at 132 s)
            self.wait_before(tracker, "percent", 0.7)
            self.play(*fill, FadeIn(score["big"], scale=1.3), FadeIn(score["counts"][0]), run_time=0.4)
            if fill:
                self.show(unknown_gone_at=round(float(self.renderer.time), 3))
            if self.real_counts():   # its squares stand over the grid's now, the same: the grid's go (no ghost as they pulse)
                self.remove(score["fills"], score["empty"])
        with self.say("compare") as tracker:
            # the practice score as 100 squares beside the unseen's: "nearly as well" is two
            # green blocks nearly alike, and 4 grey squares against 1 (review e2 s18)
            # its name and frame bright before the words (tiny s14: caught dim as they began)
            self.wait_before(tracker, "practice", 0.6)
            self.play(FadeIn(score["practice"]), *([FadeOut(score["why"])] if score["why"] is not None else []),
                      run_time=0.4)
            self.wait_until_bookmark("practice")
            # the block fills, then its percent (review, session 11: 99% stood by a half-filled bar)
            self.play(score["grow"], run_time=1.0)
            self.play(FadeIn(score["practice_value"], scale=1.2), FadeIn(score["counts"][1]), run_time=0.4)
            # no blink of the squares (reviews p/w, s14: white squares at 114 s, a white flash of
            # the whole tiny grid, meant nothing): what the words say is drawn as they say it
            # "just as well" / "nearly as well": the two scores framed together as the words set
            # them side by side (review tiny s17: 18 s of a still grid and two bars); before the
            # mistakes in 100, which are said after it
            both = SurroundingRectangle(VGroup(score["big"], score["practice_value"]), color=self.theme.focus,
                                        buff=0.1, stroke_width=3)
            if "mark='both'" in tracker.data["input_text"]:
                self.wait_before(tracker, "both", 0.3)
                self.show(both_framed=[round(float(self.renderer.time), 3), *map(float, both.get_corner(DOWN + LEFT)[:2]),
                                       *map(float, both.get_corner(UP + RIGHT)[:2])])
                self.play(Create(both), run_time=0.5)
            if "mark='mistakes'" in tracker.data["input_text"]:
                # "about 4 mistakes in 100 against 1": each block's own, under it, bright before
                # the words (from the two percents shown: 100 - 96, 100 - 99)
                self.wait_before(tracker, "mistakes", 0.6)
                self.show(mistakes_said_at=round(float(tracker.bookmark_times["mistakes"]), 3))
                self.play(FadeIn(score["misses"]), run_time=0.4)
            # the grey squares pulse while they are said (no still), then a memoriser's scores
            # come as blocks of their own under ours as they are said (review ab-x3 s24)
            memo = score["memo"]
            self.play(score["point"], run_time=max(1.0, tracker.time_until_bookmark("memo") - 1.4))
            # the grid has been counted and the two scores read: it goes, with the words round
            # the blocks, and ours moves into the first row of one large table (review ab-k2-r1
            # s26, its ONE change), whose names, lines and the memoriser's row stand hollow
            # under it before its words
            self.wait_before(tracker, "memo", 1.1)
            gone = [score["frame"], score["fills"], score["empty"], both, score["misses"], *score["counts"],
                    *score["names"], *([picked] if picked is not None else [])]
            if self.real_counts():
                # the counted grid is under ours (its squares): gone at once as they move off it (a
                # fade left a ghost of the grid under the moving squares)
                self.remove(score["fills"], score["empty"], score["frame"])
                self.add(*score["frame"][1:])   # its count and key fade as before
                gone += list(score["frame"][1:])
            family = self.get_mobject_family_members()
            self.play(*memo["shrink"], *(FadeOut(m) for m in gone if m in family), run_time=0.6)
            self.shown["score_counts"]["gone_at"] = round(float(self.renderer.time), 3)
            self.shown["table_at"] = round(float(self.renderer.time), 3)
            self.play(FadeIn(memo["frame"]), run_time=0.4)
            self.wait_until_bookmark("memo")
            self.show(memo_said_at=round(float(tracker.bookmark_times["memo"]), 3),
                      memo_unseen_said_at=round(float(tracker.bookmark_times["memounseen"]), 3))
            # "knows every practice example": its practice block fills; "and no unseen one": its
            # unseen block fills, grey where it has no answer
            self.play(memo["fills"][0], run_time=max(0.6, min(1.2, tracker.time_until_bookmark("memounseen") - 0.1)))
            self.wait_until_bookmark("memounseen")
            self.shown["memo_row"]["filled_at"] = [round(float(self.renderer.time), 3)]
            self.play(memo["fills"][1], run_time=1.0)
            self.play(Indicate(memo["values"][1], color=self.theme.focus, scale_factor=1.2),
                      run_time=max(0.3, tracker.time_until_bookmark("general") - 0.5))
            # (whole as "the general idea" is said: a frame caught its words half faded in,
            # review ab2-t2 s28, both reviewers at 117 s)
            self.wait_before(tracker, "general", 0.4)
            # "the general idea": the frame goes to the grid of unseen examples, what it was
            # learned on none of; through to the last word the unseen score shown once more
            # (review n, s14: a white wave over the grid's right squares meant nothing and hid
            # the grey ones; it is gone)
            # and the idea is written under the bars as it is said (review ab2 s17: "It learned
            # the general idea" had nothing on screen)
            # (the grid has gone into the table: our network's cell on new examples is framed)
            # (wider on the right, where its percent swells to the last word)
            cell = memo["cell"]
            grid = Rectangle(width=cell.width + 0.5, height=cell.height + 0.24, color=self.theme.focus, stroke_width=3)
            grid.move_to(cell.get_center() + 0.13 * RIGHT)
            idea = self.idea_tag(results["accuracy"], self.history.final.train_accuracy, len(results["right"]))
            # on one line under the table, at the label size
            idea.arrange(RIGHT, buff=0.15).move_to([0, TABLE_IDEA_Y, 0])
            within_frame(idea)
            self.show(idea_frame=[round(float(v), 3) for v in (*grid.get_corner(DL)[:2], *grid.get_corner(UR)[:2])])
            self.show(idea_at=round(float(self.renderer.time), 3))
            # the frame leaves the percents and comes round the grid in place (review ab-x2 s23: the
            # box flying from one to the other was caught half-way at 117 s)
            self.play(*([FadeOut(both)] if both in self.mobjects else []), FadeIn(grid), FadeIn(idea, shift=0.2 * UP),
                      run_time=0.35)
            rest = max(1.0, tracker.get_remaining_duration())
            self.play(Indicate(score["big"], color=self.theme.accuracy, scale_factor=1.15), run_time=rest)
        self.show(step=final_step(self.history), test_accuracy=results["accuracy"], examples=shown,
                  n_shown=len(shown),
                  guesses=results["guesses"][shown], truths=results["truths"][shown],
                  n_right=int(results["right"].sum()), n_test=len(results["right"]))

    # --- why unseen examples ---

    def honest(self, view: dict, network: dict, results: dict, shown: list[int]) -> None:
        """Practice examples it could know by heart (gone over one by one, as in practice),
        the word for it, what a memoriser does (a list of examples with their answers, the list
        searched, and no answer for a new one), our network's real answer on the same new
        example beside the memoriser's "?", checked; then the unseen ones boxed: the honest
        test. Last the trained network comes back beside them."""
        t = self.theme
        at = self.memo_at(shown)   # the memoriser's new example: its place among the shown
        memo = self.memoriser_cards(view) if self.mode() == "cards" else self.memoriser_points(view, at, shown[at])
        # the practice cards are in as "Why not test it..." starts (review n, s14: the heading
        # alone was caught at 15 s as a near-empty frame): cleared and shown in the quiet before
        cleared = [FadeOut(view["clear"])] if view.get("clear") is not None else []
        # short: review p 08 caught the heading over one faint card at 15 s (0.8 s of change)
        self.play(*cleared, FadeOut(network["all"]), run_time=0.25)
        self.add(memo["heading"])     # at once: no frame with the title alone between the two
        self.play(*memo["start"], run_time=0.3)
        self.wait(1.0)                # the practice cards stand full a second before the words
        # pictures: the practice drawing and the new one most like it come at the end of the quiet
        # after this section, whole as the next begins (review ab-k2 s23's ONE change: the pair at
        # once; faded in under its first words, it was caught half drawn at 48 s)
        pair = self.pair_cards(results) if self.mode() == "cards" else None
        swap = 0.8 if pair is not None else 0.0
        pause, self.pause_after_section = self.pause_after_section, self.pause_after_section - swap
        with self.say("honest") as tracker:
            guess, truth, right = self.ours(results, shown)
            ours = (self.ours_row(None, guess, truth, right, near=memo["new_here"], bmap=memo["target"])
                    if self.mode() == "points" else self.ours_row(memo["answer_at"], guess, truth, right))
            mini = self.mini_network(ours["name"])
            x_test, _ = self.history.split("test")
            first = x_test[shown[at]]
            acts = self.history.network(final_step(self.history)).forward(first[None, :]).a
            # the by-heart line full as its words come (review ab_h2 s21: still fading in at 18 s)
            self.wait_before(tracker, "heart", 0.5)
            self.show(heart_said_at=round(float(tracker.bookmark_times["heart"]), 3))
            self.play(*memo["heart"], run_time=2.4)
            self.wait_until_bookmark("memorise")
            self.play(FadeIn(memo["word"], scale=1.2), run_time=0.8)
            self.wait_until_bookmark("list")
            self.play(*memo["list"], run_time=1.2)
            # (on the map the close-up comes with it: a little ahead and quicker, whole as the
            # words go on; a frame caught it half faded in)
            lead, run = (0.3, 0.7) if "zoom" in memo else (0.0, 1.0)
            self.wait_before(tracker, "new", lead)
            self.show(memo_new_at=[round(float(self.renderer.time), 3), round(float(self.renderer.time) + run, 3)])
            self.play(*memo["new"], run_time=run)
            self.wait_until_bookmark("alike")
            self.show(alike_said_at=round(float(tracker.bookmark_times["alike"]), 3))
            if memo["search"]:
                self.play(*memo["search"], run_time=3.6 if self.mode() == "cards" else 1.2)
            zoom = memo.get("zoom")
            if zoom is not None:   # "never quite the same": the two rings pulse, the gap between them
                self.play(*(Indicate(m, color=m.get_stroke_color(), scale_factor=1.25) for m in zoom["rings"]),
                          run_time=max(0.6, tracker.time_until_bookmark("none") - 0.2))
            self.wait_until_bookmark("none")
            self.shown.setdefault("zoom_at", []).append(round(float(self.renderer.time), 3))
            self.play(*memo["none"], run_time=0.6)
            # "a memoriser has no guess": its "?" pulses through the words (review s16:
            # 5 s with nothing moving); the close-up goes just before our network comes in its place
            self.play(*(Indicate(m, color=t.focus, scale_factor=1.3) for m in memo.get("marks", [memo["mark"]])),
                      run_time=max(0.6, tracker.time_until_bookmark("ours") - (0.7 if zoom is not None else 0.2)))
            if zoom is not None:
                self.play(FadeOut(zoom["all"]), run_time=0.4)
                self.shown["zoom_at"].append(round(float(self.renderer.time), 3))
            # our network beside the memoriser, on the same new example (review, session 11, its
            # ONE change): the trained network, small, left of "our network:" under the "?"; the
            # new example goes through it as "Our network keeps no list" is said, and its real
            # answer stands big and yellow (a guess) BEFORE "yet it guesses" (review, session 12:
            # at 45 s the card was still flying in and no answer showed), then green and checked
            self.wait_until_bookmark("ours")
            self.play(FadeIn(mini), FadeIn(ours["name"], shift=0.2 * RIGHT), run_time=0.5)
            if mini.submobjects and input_kind(self.history) == "image" and self.mode() == "cards":
                self.play(pixels_to_neurons(mini, memo["card"], first),
                          lights(mini, [a[0] if j == 0 else np.zeros_like(a[0]) for j, a in enumerate(acts)],
                                        rate_func=lambda a: smooth(np.clip((a - 0.5) / 0.5, 0, 1))), run_time=0.7)
            if mini.submobjects:
                self.play(lights(mini, [a[0] for a in acts]), run_time=0.5)
            self.play(FadeIn(ours["guess"], scale=1.4), run_time=0.4)
            self.wait_until_bookmark("judged")
            self.play(ours["judge"], run_time=0.6)
            self.show(memo_example=shown[at], memo_guess=int(results["guesses"][shown[at]]))
        self.pause_after_section = pause
        if pair is not None:   # the answer and the "?" stood 1 s after "That is right."
            self.show(hug_at=round(float(self.renderer.time), 3))
            self.play(FadeOut(memo["all"]), FadeOut(ours["all"]), FadeOut(mini), run_time=0.35)
            # the practice card framed with the pair, whole as the line begins; its outputs come
            # later, as they are named (review ab-c s29, both reviewers: its bars stood 12 s
            # before "On this practice 1", unexplained, under talk of a fair test)
            pair["tuned"] = SurroundingRectangle(pair["practice"][0], color=self.theme.focus, buff=0.06, stroke_width=3)
            self.play(FadeIn(pair["practice"]), FadeIn(pair["like"]), FadeIn(pair["unseen"]),
                      Create(pair["tuned"]), run_time=0.45)
        # its own line after the section's quiet: the answer and the "?" stand ~2 s after
        # "That is right." (review, session 12: the demo faded at once, to a near-black frame)
        with self.say("honest_test") as tracker:
            # "look here" is white (yellow is a glow and a guess)
            # close round the cards: wider, it ran through their caption above
            box = SurroundingRectangle(memo["target"], color=t.focus, buff=0.07, stroke_width=3)
            tag = self.text("never seen: the fair test", size="small", color=t.text)
            tag.add_background_rectangle(color=t.background, opacity=0.9, buff=0.05)
            # right of the cards: under them is the subtitles' band
            tag.next_to(box, RIGHT, buff=0.15).align_to(box, DOWN) if self.mode() == "cards" else tag.move_to([3.6, -0.6, 0])
            points = self.mode() == "points"
            hug = "mark='hug'" in tracker.data["input_text"] and (points or pair is not None)
            if points:
                # our network's answer ringed as "Even our network" is said (its dials' count is
                # gone: review ab-x2 s23, jargon over a still map)
                words = VGroup(*ours["all"][1:])   # its name, answer and tick (not the line to the point)
                ring = SurroundingRectangle(words, color=t.focus, buff=0.08, stroke_width=3)
                self.play(Create(ring), run_time=0.4)
                self.wait_until_bookmark("dials")
                # "tuned on the practice points": they flash on its map (review s22: a still picture)
                self.show(practice_flash_at=round(float(self.renderer.time), 3))
                self.play(memo["dots"].animate(rate_func=there_and_back).set_fill(t.focus),
                          run_time=max(0.6, tracker.time_until_bookmark("hug" if hug else "score") - 0.5))
                # "the same score" (review ab-x2 s24, both reviewers' change): each map's practice
                # score under it, then the words over both
                fit = self.map_fit(memo, words, view["map"])
                self.play(FadeOut(ring), run_time=0.3)
                left_on = [memo["all"], ours["all"]]
            else:
                # the pair is up as the line begins (review ab-k2 s23, its ONE change: 12 s of
                # the demo standing still under "1184 dials and 26 head starts")
                left_on = []
                if pair is None:
                    self.play(FadeOut(memo["all"]), FadeOut(ours["all"]), FadeOut(mini), run_time=0.4)
                else:
                    # "its dials were tuned on the practice examples": the practice drawing framed
                    # (an Indicate turned its squares white)
                    # and its outputs rise (review s22: "tuned on practice" shown with the real
                    # outputs; s23: from "its dials", not 5 s later with "On this practice")
                    tuned = pair["tuned"]   # framed, its outputs up, with the pair
                    pair["all"].add(tuned)
                    left_on = [pair["all"]]
                    # "its dials were tuned on the practice examples": its frame pulses
                    self.wait_before(tracker, "dials", 0.0)
                    differ_said = "mark='differ'" in tracker.data["input_text"]
                    after = "differ" if differ_said else "hug" if hug else "score"
                    self.play(Indicate(tuned, color=t.focus, scale_factor=1.06),
                              run_time=max(0.6, tracker.time_until_bookmark(after) - 1.0))
                if pair is not None and "mark='differ'" in tracker.data["input_text"]:
                    # the squares that tell the two apart, lit alone on both (every other square
                    # veiled) and outlined, as it is said (whole as the words begin: a frame
                    # caught them half faded in); they stand still through the words (~3 s:
                    # pulsing, the two rings of neighbouring squares ran over each other)
                    self.wait_before(tracker, "differ", 0.6)
                    self.show(differ_at=[round(float(self.renderer.time), 3), round(float(tracker.bookmark_times["differ"]), 3)])
                    self.play(FadeIn(pair["veil"]), FadeIn(pair["differ"]), run_time=0.4)
                    # lit alone until the outputs are named (review ab-c-r2 s29: "hold it")
                    self.wait_before(tracker, "hug" if hug else "score", 0.2)
                    self.show(veil_off_at=[round(float(self.renderer.time), 3),   # and when what follows is said
                                           round(float(tracker.bookmark_times["hug" if hug else "score"]), 3)])
                    if not hug:
                        self.play(FadeOut(pair["veil"]), run_time=0.4)
                if hug:
                    # "On this practice 1, it says 1": what it says comes under it as it is named,
                    # the veil lifting, and pulses while it is said (in colour only)
                    self.wait_before(tracker, "hug", 0.2)
                    if pair["veil"] in self.mobjects:
                        self.play(FadeOut(pair["veil"]), run_time=0.4)
                    self.shown["pair_says_at"] = [round(float(self.renderer.time), 3)]
                    self.play(FadeIn(pair["verdicts"][0], scale=1.3), run_time=0.5)
                    self.play(Indicate(pair["verdicts"][0], color=t.focus, scale_factor=1.0),
                              run_time=max(0.6, tracker.time_until_bookmark("beside") - 0.3))
                    # quick, and mostly before its words: a frame caught its "3 x" half faded in
                    # (review ab2-d2 s28, both reviewers, at 66 s)
                    self.wait_before(tracker, "beside", 0.4)
                    self.shown["pair_says_at"].append(round(float(self.renderer.time), 3))
                    self.play(FadeIn(pair["verdicts"][1], scale=1.3), run_time=0.5)
                    if pair["swap"] is not None and "mark='change'" in tracker.data["input_text"]:
                        self.change_squares(tracker, pair)
                fit = self.fit_blocks()
            if pair is not None:
                # the pair stays where it is; its passing words leave the room the scores take
                # just before the practice score comes beside it
                self.wait_before(tracker, "score", 0.55)
                passing = (pair["differ"], *((pair["swap"]["panel"], pair["swap"]["guess"], pair["swap"]["glide"]) if pair["swap"] else ()))
                standing = [m for m in passing if m in self.mobjects]
                if standing:
                    self.play(*(FadeOut(m) for m in standing), run_time=0.4)
            self.wait_before(tracker, "score", 0.3)
            self.show(fit_at=round(float(self.renderer.time), 3))
            self.play(FadeIn(fit["score"]), *([FadeOut(fit["gone"])] if "gone" in fit else []), run_time=0.6)
            # full before its words (review e2 s18: caught dim at 57 s)
            self.wait_before(tracker, "unseen", 0.7)
            self.play(FadeIn(fit["unseen"], scale=1.2), run_time=0.4)
            # the answers on the new point pulse, each in its own colour, a little (a big pulse of
            # "inner ring" ran over "our network:" beside it)
            # (only when there is time for it before the box: review ab_h2 s21, the box was half
            # drawn as its words were said)
            until = tracker.time_until_bookmark("neversaw") - 1.6
            if until >= 0.3:
                self.play(*(Indicate(m, color=c, scale_factor=1.0 if fit.get("still") else 1.1)
                            for m, c in fit["point"]), run_time=until)
            # the box whole as "examples it never saw" is said (review ab_h2 s21: half drawn at 69 s)
            self.wait_before(tracker, "neversaw", 1.5)
            self.show(neversaw_said_at=round(float(tracker.bookmark_times["neversaw"]), 3))
            # the demo goes, then the test cards come back, and are boxed as "examples it never
            # saw" is said: one after the other (no ghost of one picture over the other)
            self.play(*(m.animate.set_opacity(0) for m in [*left_on, fit["all"]]), run_time=0.3)
            self.remove(*left_on, fit["all"])
            if cleared:
                self.play(FadeIn(view["clear"]), run_time=0.3)
            self.play(Create(box), FadeIn(tag), run_time=0.5)
            # one thing at a time: the box goes, then the network comes back for the feeding
            self.wait(max(0.0, tracker.get_remaining_duration() - 1.2))
            self.play(FadeOut(box), FadeOut(tag), run_time=0.4)
            self.play(FadeIn(network["all"]), run_time=0.8)

    def change_squares(self, tracker, pair: dict) -> None:
        """"Change only these two squares on the practice 1": a copy of the practice drawing
        glides onto its panel as the words begin (review s35, its ONE change: one big
        before/after of the same drawing), then only those squares change, outlined; "and it
        says 3": its guess, as it is said (review s32 r2: it stood from 57 s, before "the
        highest is 3: wrong")."""
        swap = pair["swap"]
        glide = pair["practice"][0].copy()
        swap["glide"] = glide
        self.wait_before(tracker, "change", 0.4)
        self.show(swap_at=[round(float(self.renderer.time), 3), round(float(tracker.bookmark_times["change"]), 3)])
        head = swap["panel"][:3]   # its plate, edge and name: the drawing comes onto it
        self.play(FadeIn(head), glide.animate.move_to(swap["card"]), run_time=0.8)
        self.show(swap_beside=self.texts_standing())   # what stands with it (nothing over its plate)
        # the changed squares: the new drawing's shades come in where the outlines are
        self.play(FadeIn(swap["card"]), FadeIn(swap["marks"]), run_time=0.6)
        self.remove(glide, head, swap["card"], swap["marks"])   # its pieces, now the one panel (it leaves whole)
        self.add(swap["panel"])
        self.show(swap_changed_at=round(float(self.renderer.time), 3))
        self.wait_before(tracker, "flip", 0.2)
        self.show(swap_said_at=[round(float(self.renderer.time), 3), round(float(tracker.bookmark_times["flip"]), 3)])
        self.play(FadeIn(swap["guess"], scale=1.3), run_time=0.4)
        # "it leans on tiny details like these": every outlined square, on the pair and on the
        # panel, pulses as it is said
        self.wait_before(tracker, "leans", 0.1)
        squares = [*pair["differ"][1], *swap["marks"]]
        self.show(leans_at=[round(float(self.renderer.time), 3), round(float(tracker.bookmark_times["leans"]), 3)],
                  leans_on=len(squares))
        # (each on its own: a new group round them would be added to the scene and keep them
        # drawn after the pair and panel fade)
        # each square about its own middle, grown, white ("look here", as their edges)
        self.play(*(Indicate(square, color=self.theme.focus, scale_factor=1.5)
                    for square in squares), run_time=1.2)

    def fit_blocks(self) -> dict:
        """The network's real score on its practice examples as 100 squares, full, and the
        unseen ones' 100 empty with "?" in them, where the score panel puts them later (the
        unseen block fills in there as its score is said). Recorded as `fit`."""
        t, h = self.theme, self.history
        train = h.final.train_accuracy
        practice = self.hundred_block(self.text("out of every 100 practice", size="small", color=t.text), train,
                                      HUNDRED_X[1])
        # only its name and empty squares are drawn: the score is not known yet
        unseen = self.hundred_block(self.text("out of every 100 unseen", size="small", color=t.text), train,
                                    HUNDRED_X[0])
        mark = self.text("?", size="title", color=t.text).scale(2).move_to(unseen["hollow"])
        self.show(fit={"percent": percent(train), "practice": [round(float(v), 3) for v in practice["value"].get_center()[:2]],
                       "unseen": [round(float(v), 3) for v in mark.get_center()[:2]]})
        score = Group(practice["name"], practice["squares"], practice["value"])
        empty = VGroup(unseen["name"], unseen["hollow"], mark)
        return {"score": score, "unseen": empty, "point": [(mark, t.text)], "all": Group(score, empty)}

    def map_fit(self, memo: dict, words: VGroup, bmap: BoundaryMap) -> dict:
        """The two real practice scores, big: our network's (nncore's) under its name and answer
        between the maps, the memoriser's under its map (each practice point on its list: every one, by
        construction); then between the maps under our network's answer, as said, "same score:
        practice cannot tell a learner from a memoriser" (review ab-x2 s24). Recorded as `fit`."""
        t, h = self.theme, self.history
        x, _ = h.split("train")
        known = {row.tobytes() for row in np.ascontiguousarray(x)}   # its list: each practice point on it
        listed = sum(row.tobytes() in known for row in np.ascontiguousarray(x)) / len(x)
        ours_pct, memo_pct = percent(h.final.train_accuracy), percent(listed)
        # ours under our network's name and answer (under its map is the subtitles' band)
        # (in the middle of the column between the maps: at 480p, by its answer, it touched the memoriser's)
        middle = (bmap.border.get_right()[0] + memo["frame"].get_left()[0]) / 2
        ours = self.text("practice: {pct}", color=t.highlight, facts={"pct": ours_pct}).scale(1.1)
        ours.next_to(words, DOWN, buff=0.3).set_x(middle)
        memo_score = self.text("practice: {pct}", color=t.text, facts={"pct": memo_pct}).scale(1.1)
        memo_score.next_to(memo["frame"], DOWN, buff=0.12)
        same = VGroup(self.text("same score:" if ours_pct == memo_pct else "the memoriser's is higher:", color=t.focus),
                      self.text("practice cannot tell", size="small", color=t.text),
                      self.text("a learner from", size="small", color=t.text),
                      self.text("a memoriser", size="small", color=t.text))
        same.arrange(DOWN, buff=0.1).next_to(ours, DOWN, buff=0.5).set_x(middle)
        self.show(fit={"percent": ours_pct, "memo": memo_pct, "same": ours_pct == memo_pct,
                       "ours_at": [round(float(v), 3) for v in ours.get_center()[:2]],
                       "memo_at": [round(float(v), 3) for v in memo_score.get_center()[:2]],
                       "words_at": [round(float(v), 3) for v in same.get_center()[:2]]},
                  dials_at=[round(float(v), 3) for v in (*same.get_corner(DL)[:2], *same.get_corner(UR)[:2])])
        score = VGroup(ours, memo_score)
        # they pulse in colour only (swelling, ours touched the memoriser's map)
        return {"score": score, "unseen": same, "point": [(ours, t.highlight), (memo_score, t.focus)], "still": True,
                "all": VGroup(score, same)}

    def pair_cards(self, results: dict) -> dict | None:
        """overfit_pair drawn side by side, big: the practice card and the unseen card most like
        it, under each only what the final network says for it (nncore's forward pass): its
        guess, green and ticked, or grey and crossed with the right answer (review s35, its ONE
        change: the 10 output bars and their decimals under each card buried the point).
        Recorded as `pair`. None when the data has no such pair."""
        h, t = self.history, self.theme
        pair = overfit_pair(h, results)
        if pair is None:
            return None
        j, i = pair
        x, y = h.split("train")
        x_test = h.split("test")[0]
        kind, labels = input_kind(h), h.labels
        net = h.network(final_step(h))
        outs = [net.forward(row[None, :]).a[-1][0] for row in (x[j], x_test[i])]
        truth, guess = int(results["truths"][i]), int(results["guesses"][i])
        what = {"kind": "drawing" if kind == "image" else "example"}
        parts = []
        for (row, out), at in zip(((x[j], outs[0]), (x_test[i], outs[1])), PAIR_X):
            picture = card_picture(row, kind, PAIR_CARD).move_to([at, PAIR_Y, 0])
            name = (self.text("new {kind}, never seen", size="small", color=t.text, facts=what) if parts
                    else self.text("practice {kind}", size="small", color=t.text, facts=what))
            name.next_to(picture, UP, buff=0.12)
            top = int(np.argmax(out))
            verdict = self.says(str(labels[top]), top == truth, labels[truth])
            verdict.next_to(picture, DOWN, buff=PAIR_VERDICT).set_x(at)
            parts.append({"card": Group(picture, name), "verdict": verdict, "top": top})
        drawn = [{"at": [round(float(v), 3) for v in p["card"][0].get_center()[:2]],
                  "outputs": [round(float(v), 4) for v in out], "top": p["top"]} for p, out in zip(parts, outs)]
        like = self.text("much like", size="small", color=t.text).move_to([sum(PAIR_X) / 2, PAIR_Y, 0])
        # the squares that tell the two apart, each outlined "look here" white round a dark
        # line (seen on a white square too), at the same place on both pictures, and their count
        apart = differing_squares(h, pair) if kind == "image" else []
        side = int(round(np.sqrt(x.shape[1])))
        # (review ab2-d2 s28, both: "two squares that differ are tiny outlines at 480p"): every
        # other square under a dark veil as it is said, so the two stand lit alone
        outlines, veil, centres = VGroup(), VGroup(), []
        # (no picture of the two drawings' difference beside them: drawn faint, a reviewer could
        # not read it, review s33; the count says how many others differ a little)
        swap = self.swapped_card(pair, guess) if kind == "image" else None
        # the two drawings veiled but where they differ; the changed practice drawing (on its own
        # panel, with its own outlines) never
        marked = [(parts[0]["card"][0], outlines, True), (parts[1]["card"][0], outlines, True),
                  *([] if swap is None else [(swap["card"], swap["marks"], False)])]
        for picture, marks, veiled in marked:
            frame = getattr(picture, "frame", None)
            spots = []
            cell = frame.width / side if frame is not None else 0.0
            for k in range(side * side) if frame is not None and apart else []:
                r, c = divmod(k, side)
                at = frame.get_corner(UL) + np.array([(c + 0.5) * cell, -(r + 0.5) * cell, 0])
                if k not in apart:
                    if veiled:
                        veil.add(Square(cell, stroke_width=0, fill_color=t.background, fill_opacity=VEIL).move_to(at))
                    continue
                marks.add(Square(cell, stroke_color=t.background, stroke_width=2).move_to(at),
                          Square(cell + 0.08, stroke_color=t.focus, stroke_width=4).move_to(at))
                spots.append([round(float(v), 3) for v in at[:2]])
            centres.append(spots)
        slight = int((pair_difference(h, pair) > 0).sum()) - len(apart) if kind == "image" else 0
        count = (self.text("1 square differs", size="small", color=t.text) if len(apart) == 1 else
                 self.text("{n} squares differ most", size="small", color=t.text, facts={"n": len(apart)}) if slight else
                 self.text("{n} squares differ", size="small", color=t.text, facts={"n": len(apart)}))
        # right of the new drawing, in the room the unseen score takes later (gone before it comes)
        count.next_to(parts[1]["card"][0], RIGHT, buff=PAIR_NOTES).set_y(PAIR_Y)
        differ = VGroup(count, outlines) if apart and outlines else VGroup()
        veil = veil if apart and outlines else VGroup()
        self.show(pair={"practice": j, "unseen": i, "truth": truth, "guess": guess,
                        "at": [d["at"] for d in drawn], "outputs": [d["outputs"] for d in drawn],
                        "tops": [d["top"] for d in drawn], "card": PAIR_CARD,
                        "verdicts": [[m.original_text for m in p["verdict"] if hasattr(m, "original_text")] for p in parts],
                        "differ": apart, "differ_at": centres,
                        "notes": [[round(float(v), 3) for v in (*m.get_corner(DL)[:2], *m.get_corner(UR)[:2])]
                                  for m in (count,)]})

        return {"practice": parts[0]["card"], "unseen": parts[1]["card"], "like": like, "differ": differ, "swap": swap,
                "veil": veil, "verdicts": [p["verdict"] for p in parts],
                "all": Group(like, *(Group(p["card"], p["verdict"]) for p in parts))}

    def says(self, label: str, right: bool, truth: str | None = None, now: bool = False) -> VGroup:
        """What the network says for a drawing, big: "it says: 1" ticked green, or "it says: 3"
        crossed grey over "right answer: 1" (the guess as big as our network's answer before)."""
        t = self.theme
        answer, sign = self.judged_guess(label, right)
        lead = self.text("now it says:", color=t.text) if now else self.text("it says:", color=t.text)
        line = VGroup(lead, answer, sign).arrange(RIGHT, buff=0.15)
        if right or truth is None:
            return line
        return VGroup(*line, self.right_answer(truth).next_to(line, DOWN, buff=0.1))

    def judged_guess(self, label: str, right: bool, size: float = 1.0) -> tuple[Mobject, Mobject]:
        """A judged guess, one look wherever the chapter judges one: the answer big (as the
        memoriser's "?"), green if right, grey if wrong, and its tick or cross; `size` scales
        both (smaller on a map)."""
        big = self.theme.title_size / self.theme.label_size
        answer = guess_text(label, right, 99).scale(big * size)
        sign = right_mark(0.36 * size, width=6) if right else wrong_mark(0.36 * size, width=6)
        return answer, sign

    def right_answer(self, truth: str) -> Text:
        """Under a wrong guess: what it should have said."""
        return self.text("right answer: {label}", size="small", color=self.theme.text, facts={"label": truth})

    def swapped_card(self, pair: tuple[int, int], guess: int) -> dict | None:
        """Why those few squares matter (review s32): the practice drawing with only the squares
        that differ most taken from the new one (swapped_example), and the trained network's
        guess for it (swapped_guess): those squares alone turn it into the new one's wrong
        guess. On a panel of its own, a plate round it with a dashed edge (review s32 r2: it was
        read as a fourth drawing of the 1), its guess apart: it comes as it is said. `marks`:
        its outlines, filled by pair_cards. Recorded as `swap`. None when the guess stays."""
        h, t = self.history, self.theme
        out = swapped_guess(h, pair, guess)
        if out is None:
            return None
        card = card_picture(swapped_example(h, pair), "image", SWAP_CARD).move_to([*SWAP_AT, 0])
        label = h.labels[int(classes_of(h.split("train")[1][pair[0]:pair[0] + 1])[0])]
        name = VGroup(self.text("the practice {label} with", size="small", color=t.text, facts={"label": label}),
                      self.text("just these squares changed:", size="small", color=t.text)).arrange(DOWN, buff=0.06)
        name.next_to(card, UP, buff=0.12)
        said = self.says(str(h.labels[guess]), False, now=True)
        said.next_to(card, DOWN, buff=PAIR_VERDICT).set_x(card.get_x())
        edge = SurroundingRectangle(VGroup(name, card, said), buff=0.15, corner_radius=0.12, stroke_width=0,
                                    fill_color=t.muted, fill_opacity=SWAP_PLATE)
        border = DashedVMobject(edge.copy().set_stroke(t.muted, width=2).set_fill(opacity=0), num_dashes=48)
        marks = VGroup()
        panel = VGroup(edge, border, name, card, marks)
        within_frame(VGroup(panel, said))
        self.show(swap={"squares": differing_squares(h, pair), "outputs": [round(float(v), 4) for v in out],
                        "top": guess, "at": [round(float(v), 3) for v in card.get_center()[:2]], "card": SWAP_CARD,
                        "plate": [round(float(v), 3) for v in (*edge.get_corner(DL)[:2], *edge.get_corner(UR)[:2])]})
        return {"card": card, "marks": marks, "panel": panel, "guess": said}

    def mini_network(self, name: Text):
        """The trained network small, unnamed outputs (its words would be under 14 px), left of
        "our network:": a picture's inputs as its grid, as the full one. Points: none (the map
        is the network's answer there)."""
        if not self.grid_side():
            return Group()
        step = final_step(self.history)
        snap = self.history.snapshot(step)
        mini = NetworkDiagram(snap.weights, snap.biases, max_drawn=max(self.history.config["sizes"]))
        lay_out_grid(mini, self.grid_side(), self.theme)
        mini.scale_to_fit_height(MINI_HEIGHT)
        return mini.next_to(name, LEFT, buff=0.3)

    def ours_row(self, above, guess: str, truth: str, right: bool, near=None, bmap=None) -> dict:
        """"our network:" and its guess under the memoriser's "?" (`above`), the guess in the
        "?"'s column: yellow as it is said, then green with a check, or grey with a cross.
        On a map (`near`, the new point on `bmap`): smaller, on a dark strip over the map just
        above or under the new point, inside the map."""
        t = self.theme
        # a card's at the label size (review ab2-k2 s27: small in the corner); between the maps small
        name = (self.text("our network:", color=t.text) if near is None else
                self.text("our network:", size="small", color=t.text))
        big = t.title_size / t.label_size   # as big as the memoriser's "?" beside it (review, session 12)
        said = guess_text(guess, None, 99).scale(big).set_color(t.highlight)
        row = VGroup(name, said).arrange(RIGHT, buff=0.2)
        size = 1.0
        if near is not None:   # the answer smaller (the name is the smallest readable size already)
            # in the column between the two maps, at the new point's height, a thin line to it
            # (review s22: on a dark strip over the map, beside the point, it covered the map)
            size = OURS_ON_MAP
            said.scale(size)
            row.arrange(DOWN, buff=0.1)
            border = bmap.border
            column = (border.get_right()[0] + MEMO_MAP_AT[0] - MEMO_MAP_SIDE / 2) / 2
            row.move_to([column, float(np.clip(near[1], -1.2, 1.2)), 0])
        elif above.get_center()[1] > OURS_Y + 0.5:   # a card's: in the lower third, room on its left for the network
            row.move_to([0, OURS_Y, 0])
        else:
            row.next_to(above, DOWN, buff=0.35)
        if near is None:
            row.shift((above.get_center()[0] - said.get_center()[0]) * RIGHT)
        judged, sign = self.judged_guess(guess, right, size)
        judged.move_to(said)
        sign.next_to(said, RIGHT, buff=0.2)   # clear of a "g" (review ab_w2 s21)
        marks = VGroup(sign)
        if not right:   # as on a mistaken card: the right answer under it
            marks.add(self.right_answer(truth).next_to(said, DOWN, buff=0.08))
        parts = VGroup(name, said, marks)
        if near is not None:   # a thin line from the new point's ring to its name
            start = np.array(near) + OURS_RING * RIGHT
            link = Line(start, row.get_left() + 0.1 * LEFT, stroke_color=t.focus, stroke_width=2, stroke_opacity=0.8)
            self.show(ours_at=[round(float(v), 3) for v in (*row.get_corner(DL)[:2], *row.get_corner(UR)[:2])])
            return {"name": VGroup(link, name), "guess": said, "right": right,
                    "judge": AnimationGroup(Transform(said, judged), FadeIn(marks, scale=1.2)),
                    "all": VGroup(link, name, said, marks)}
        return {"name": name, "guess": said, "right": right,
                "judge": AnimationGroup(Transform(said, judged), FadeIn(marks, scale=1.2)),
                "all": parts}

    def memoriser_cards(self, view: dict) -> dict:
        """The memoriser's list drawn as a list (review s36 r2, its ONE change: eight thumbnails
        in a row, the list never drawn as one): two columns of four rows, each a practice
        drawing, an arrow and its answer, on the left; the new test drawing big on the right.
        The list is searched row by row, each row crossed as it fails to match (no practice
        drawing is the new one pixel for pixel: `no_match`), the look-alike framed with the
        new one, then "memoriser: ? not on the list". Recorded as `memo_rows`."""
        t = self.theme
        x, y = self.history.split("train")
        kind, labels = input_kind(self.history), self.history.labels
        picked = pick_by_class(y, MEMO_ROWS)
        classes = [int(classes_of(y[i:i + 1])[0]) for i in picked]
        pictures = [card_picture(x[i], kind, MEMO_CARD) for i in picked]
        for k, p in enumerate(pictures):   # down the first column, then the second
            p.move_to([MEMO_LIST_X + (k // 4) * MEMO_COLUMN, MEMO_TOP - (k % 4) * MEMO_PITCH, 0])
        arrows = [Arrow(p.get_right() + 0.12 * RIGHT, p.get_right() + 0.72 * RIGHT, buff=0, stroke_width=3,
                        max_tip_length_to_length_ratio=0.3, color=t.muted) for p in pictures]
        answers = [self.text("{label}", color=t.text, facts={"label": labels[c]}).next_to(a, RIGHT, buff=0.15)
                   for c, a in zip(classes, arrows)]
        new_x = view["inputs"][0].copy()
        first = self.history.split("test")[0][view["first_example"]]
        misses = no_match(x[picked], first)
        # "no match": an is-not sign, not a cross (review s36: "0 x" read as "this answer is
        # wrong"; the cross means a wrong guess everywhere else)
        crosses = [unequal_mark(0.32, width=5).next_to(a, RIGHT, buff=0.3) for a in answers]
        # how many there really are: the 8 drawn are some of them (not the whole practice)
        heading = self.text("{shown} of the {n} practice examples", size="small", color=t.text,
                            facts={"shown": len(picked), "n": len(x)})
        heading.next_to(pictures[0], UP, buff=0.15).align_to(pictures[0], LEFT)
        # on the right, over the new drawing's place: the word, then the by-heart line in two
        # lines, in at once as it is said (review, session 11: faded in over 2.4 s, barely seen)
        word = self.text("learning by heart: memorising", color=t.text).move_to([MEMO_RIGHT_X, MEMO_TOP + 0.85, 0])
        note = VGroup(self.text("each seen {times} times:", color=t.text, facts={"times": self.history.final.epoch}),
                      self.text("it could learn them by heart", color=t.text)).arrange(DOWN, buff=0.08)
        note.next_to(word, DOWN, buff=0.25)
        new_head = self.text("new drawing, never seen" if kind == "image" else "new example, never seen",
                             size="small", color=t.text)
        placed = new_x.copy().scale_to_fit_height(MEMO_NEW).move_to(MEMO_NEW_AT)
        new_head.next_to(placed, UP, buff=0.12)
        # the memoriser's answer beside the new drawing, "?" under its name; our network's comes
        # under it later, in the "?"'s column (ours_row)
        who = self.text("memoriser:", color=t.text)
        mark = self.text("?", size="title", color=t.text)
        none = self.text("not on the list", color=t.text)
        VGroup(who, mark, none).arrange(DOWN, buff=0.1).next_to(placed, RIGHT, buff=0.45)
        # the list's drawing of the new one's kind, framed with it: alike, yet another drawing
        same = [p for c, p in zip(classes, pictures) if c == view["first_class"]]
        lookers = VGroup(*(SurroundingRectangle(m, color=t.focus, buff=0.06, stroke_width=3)
                           for m in (same[:1] and [same[0], placed])))
        seek = VGroup(self.text("looks alike,", size="small", color=t.text),
                      self.text("but another drawing", size="small", color=t.text)).arrange(DOWN, buff=0.06)
        seek.next_to(placed, DOWN, buff=0.12)
        rows = [Group(p, a, w) for p, a, w in zip(pictures, arrows, answers)]
        searched = search_rows(SurroundingRectangle(rows[0], color=t.focus, buff=0.06, stroke_width=3),
                               rows, crosses, misses)
        search = [Succession(searched, AnimationGroup(Create(lookers), FadeIn(seek), run_time=0.6))] if same else [searched]
        box = lambda m: [round(float(v), 3) for v in (*m.get_corner(DOWN + LEFT)[:2], *m.get_corner(UP + RIGHT)[:2])]
        self.show(memo_note=box(note), memo_who=box(VGroup(who, mark, none)),
                  memo_cards=[[round(float(v), 3) for v in p.get_center()[:2]] for p in pictures],
                  memo_card_side=round(float(pictures[0].height), 3),
                  memo_rows={"examples": [int(i) for i in picked], "answers": [str(labels[c]) for c in classes],
                             "new": view["first_example"], "crossed": [bool(m) for m in misses],
                             "rows": [box(r) for r in rows], "crosses": [box(c) for c in crosses],
                             "new_box": box(placed)})
        crossed = [c for c, m in zip(crosses, misses) if m]
        return {"heading": heading,   # the practice drawings come in one after another under it
                "start": [LaggedStart(*(FadeIn(p, shift=0.4 * RIGHT) for p in pictures), lag_ratio=0.04)],
                # each picture grows a moment, gone over one by one, in its own colours (no flash)
                "heart": [Succession(FadeIn(note, run_time=0.4),
                                     LaggedStart(*(c.animate(rate_func=there_and_back).scale(1.1) for c in pictures),
                                                 lag_ratio=0.3, run_time=2.0))],
                "word": word,
                # "a list of examples and their right answers": row by row, an arrow and its answer
                "list": [LaggedStart(*(AnimationGroup(GrowArrow(a), FadeIn(w, shift=0.1 * RIGHT))
                                       for a, w in zip(arrows, answers)), lag_ratio=0.15)],
                # in place: flying from its grid place it crossed the practice cards (review s22, 27 s)
                "new": [FadeIn(new_x.become(placed), shift=0.3 * LEFT), FadeIn(new_head)],
                "search": search,
                "none": [FadeIn(who), FadeIn(mark, scale=1.3), FadeIn(none)] + ([FadeOut(seek), FadeOut(lookers)] if same else []),
                "mark": mark,
                "all": Group(heading, *rows, *crossed, word, note, new_x, new_head, who, mark, none),
                # the fit: the practice score takes the note's place, "unseen: ?" the memoriser's
                "note": note, "gone": [note, who, mark, none], "unseen_at": mark,
                "answer_at": mark, "card": new_x, "target": view["cards"]}

    def memoriser_points(self, view: dict, k: int, first: int) -> dict:
        """The memoriser's map beside the network's (review ab_w2 s21, its ONE change: five
        lines of text stacked on the right): the same square, grey and hatched where it has no
        answer but on its list: each practice point, exactly, a dot in its answer's colour,
        copied over from the network's map as "keeping a list" is said (review ab-x2-r2 s26:
        discs round them read as answers anywhere near). The practice points come on the
        network's map first; the same new point then drops on both maps: "?" on the
        memoriser's, our network's real answer on its own. Recorded as `memo_map` (`radius`:
        a dot's, under half the new point's distance to the nearest practice point)."""
        t, h = self.theme, self.history
        x, y = h.split("train")
        bmap, colors = view["map"], class_colors(len(h.labels))
        truths = classes_of(y)
        kept = list(range(min(len(x), LIST_DRAWN)))
        where = bmap.to_frame(x[kept])
        centre = bmap.border.get_center()
        # the memoriser's map: the network's map's square, MEMO_MAP_SIDE wide, at MEMO_MAP_AT
        at, scale = np.array([*MEMO_MAP_AT, 0.0]), MEMO_MAP_SIDE / bmap.side
        there = at + scale * (where - centre)
        new = view["inputs"][k]   # the one our network answers (ours): shown[k], test example `first`
        new_here = new.get_center().copy()
        new_there = at + scale * (new_here - centre)
        gap = float(np.linalg.norm(there[:, :2] - new_there[:2], axis=1).min())
        radius = min(MEMO_DOT, 0.5 * gap)

        def cloud(points, r: float, opacity: float) -> VGroup:   # one shape a class: cheap to draw
            ring = Circle(r).get_points()
            return VGroup(*(VMobject(fill_color=colors[c], fill_opacity=opacity, stroke_width=0).set_points(
                np.concatenate([ring + points[k] for k in range(len(kept)) if truths[kept[k]] == c]))
                for c in sorted({int(truths[i]) for i in kept})))
        # the practice points on the network's map, each in its answer's colour
        dots = cloud(where, 0.05, 1.0)
        frame = Square(MEMO_MAP_SIDE, stroke_color=t.muted, stroke_width=1.5, fill_color=t.muted,
                       fill_opacity=0.3).move_to(at)
        a = MEMO_MAP_SIDE / 2
        hatch = VGroup(*(Line(at + [max(-a, c - a), max(-a, c - a) - c, 0], at + [min(a, c + a), min(a, c + a) - c, 0],
                              stroke_color=t.muted, stroke_width=1, stroke_opacity=0.7)
                         for c in np.linspace(-2 * a, 2 * a, HUG_HATCH + 2)[1:-1]))
        # its list: the practice points themselves, no bigger than on the network's map
        small = cloud(there, radius, 1.0)
        # over the map, its name and its key (under it come the dials and the scores)
        grey = self.text("grey: no guess", size="small", color=t.text).next_to(frame, UP, buff=0.1)
        only = self.text("it guesses only on these exact points", size="small", color=t.text).next_to(grey, UP, buff=0.08)
        word = self.text("learning by heart: memorising", size="small", color=t.text).next_to(only, UP, buff=0.08)
        # the new point on both maps, ringed; the nearest practice points on the memoriser's pulse
        ring_here = Circle(OURS_RING, stroke_color=t.focus, stroke_width=3).move_to(new_here)
        asked = VGroup(Circle(0.14, stroke_color=t.focus, stroke_width=3),
                       Dot(radius=0.06, color=t.muted)).move_to(new_there)
        near = np.argsort(np.linalg.norm(there[:, :2] - new_there[:2], axis=1))[:CLOSE_ENTRIES]
        nearest = VGroup(*(Circle(radius, stroke_width=0, fill_color=colors[truths[kept[k]]], fill_opacity=1.0).move_to(there[k])
                           for k in near))
        # "?" beside the new point, on the side farthest from the list's points
        mark = self.text("?", size="title", color=t.text)
        sides = [UR, UL, DR, DL, LEFT, RIGHT, UP, DOWN]

        def room(v) -> float:   # the mark's distance to the nearest disc there; none outside the map
            m = mark.copy().next_to(asked, v, buff=0.12)
            inside = np.all(np.abs(np.array([m.get_corner(c)[:2] for c in (UL, DR)]) - at[:2]) <= a)
            return float(np.linalg.norm(there[:, :2] - m.get_center()[:2], axis=1).min()) if inside else -1.0
        mark.next_to(asked, max(sides, key=room), buff=0.12)
        point = h.split("test")[0][first]
        zoom = self.zoom_in(there, new_there, radius, kept, truths, colors, point, x)
        self.show(memo_map={"side": MEMO_MAP_SIDE, "centre": [float(v) for v in at[:2]], "radius": round(radius, 4),
                            "gap": round(gap, 4), "new": [float(point[0]), float(point[1])],
                            "new_here": [round(float(v), 3) for v in new_here[:2]],
                            "new_there": [round(float(v), 3) for v in new_there[:2]],
                            "nearest": [int(kept[k]) for k in near], "drawn": len(kept)})
        # what the points on its map are, where the memoriser's map comes (review s22: 12-21 s
        # the right half was empty while "it could learn those by heart" was said)
        note = VGroup(self.text("the {n} practice points,", color=t.text, facts={"n": len(x)}),
                      self.text("each seen {times} times:", size="small", color=t.text, facts={"times": h.final.epoch}),
                      self.text("it could learn them by heart", size="small", color=t.text)).arrange(DOWN, buff=0.12)
        note.move_to(at)
        self.show(points_note={"n": len(x), "times": int(h.final.epoch)})
        return {"heading": VGroup(), "start": [FadeIn(dots)],
                # "it could learn those by heart": the practice points flash, each in its colour
                "heart": [Succession(FadeIn(note, shift=0.2 * UP, run_time=0.4),
                                     dots.animate(rate_func=there_and_back, run_time=2.0).set_fill(t.focus))],
                "word": word, "answer_at": None, "dots": dots,
                # the note gone before the map comes (review ab-x2 s23: at 21 s the two captions
                # stood one over the other, "grey: no guess" half faded)
                "list": [Succession(FadeOut(note, run_time=0.4),
                                    AnimationGroup(FadeIn(frame), FadeIn(hatch), FadeIn(grey), FadeIn(only), run_time=0.4),
                                    # each practice point copied onto it, exactly where it is
                                    TransformFromCopy(dots, small, run_time=0.8))],
                # the close-up comes with the new point: its numbers as "A new example" is said
                "new": [Create(ring_here), FadeIn(asked, shift=0.6 * DOWN), *zoom["show"]],
                # "even when it looks alike": its nearest practice points pulse, none of them it;
                # in the close-up the nearest one is written with its numbers and its answer
                "search": [LaggedStart(*(Indicate(d, color=d.get_fill_color(), scale_factor=1.6) for d in nearest),
                                       lag_ratio=0.2), *zoom["alike"]],
                "none": [FadeIn(mark, scale=1.3), FadeIn(zoom["differ"])], "mark": mark, "marks": [mark, asked],
                "zoom": zoom,
                "discs": small, "asked": asked, "grey": grey, "frame": frame, "new_here": new_here,
                "small": small, "ring_here": ring_here,
                "all": VGroup(dots, frame, hatch, small, nearest, word, only, grey, ring_here, asked, mark),
                "target": bmap}

    def zoom_in(self, there: np.ndarray, new_there: np.ndarray, radius: float, kept: list[int],
                truths: np.ndarray, colors: list, point: np.ndarray, x: np.ndarray) -> dict:
        """"Never quite the same as one on the list, even when it looks alike" watched, not told
        (review ab-x2-r1 s25, its ONE change: 24-33 s a still picture): the memoriser's map seen
        close up round the new point and the practice point nearest to it (nearest by distance
        in the data: nncore's numbers), in the column between the maps, placed as the data
        places them; magnified, each listed point is still a dot (its answer there and nowhere
        else: review ab-x2-r2 s26). Each of the two is named by words beside the window and a
        line to it ("the new point", "on the list: <its answer>"), no numbers (review ab2-x2 s27,
        its ONE change: two pairs of small coordinates told what the picture could show); a
        dashed line spans the gap between them as "never quite the same" is said ("close, but
        not the same:"), and "memoriser: no guess" comes with the "?". Recorded as `zoom`
        (`disc`: a listed dot's radius there)."""
        t = self.theme
        near = int(np.argmin(np.sqrt(((x[kept] - point) ** 2).sum(axis=1))))   # among the drawn list
        nearest = kept[near]
        mid = (new_there + there[near]) / 2
        mag = ZOOM_GAP / max(float(np.linalg.norm(new_there[:2] - there[near][:2])), 1e-6)
        half = ZOOM_SIDE / 2
        centre = np.array([*ZOOM_AT, 0.0])
        inset = lambda p: centre + mag * (np.asarray(p) - mid)   # noqa: E731  memo map -> close-up
        window = Square(ZOOM_SIDE, stroke_color=t.muted, stroke_width=2, fill_color=t.muted,
                        fill_opacity=0.3).move_to(centre)
        hatch = VGroup(*(Line(centre + [max(-half, c - half), max(-half, c - half) - c, 0],
                              centre + [min(half, c + half), min(half, c + half) - c, 0],
                              stroke_color=t.muted, stroke_width=1, stroke_opacity=0.7)
                         for c in np.linspace(-2 * half, 2 * half, ZOOM_HATCH + 2)[1:-1]))
        # every practice point in the close-up: a dot, ringed dark as the test points are
        big = 0.07
        dots, spot = VGroup(), None
        for k, at in enumerate(there):
            c = inset(at)
            if np.all(np.abs(c[:2] - centre[:2]) <= half - 0.08):
                dots.add(Dot(c, radius=big, color=colors[truths[kept[k]]], stroke_color=t.background,
                             stroke_width=1.5))
                if k == near:
                    spot = dots[-1]
        new_at, near_at = inset(new_there), inset(there[near])
        colour = colors[int(truths[nearest])]
        asked = VGroup(Circle(ZOOM_RING, stroke_color=t.focus, stroke_width=3), Dot(radius=0.09, color=t.muted)).move_to(new_at)
        # the listed one ringed in its answer's colour: which dot "on the list" means
        listed = Circle(ZOOM_RING, stroke_color=colour, stroke_width=3).move_to(near_at)
        lens = Square(ZOOM_SIDE / mag, stroke_color=t.focus, stroke_width=2).move_to(mid)
        links = VGroup(*(Line(lens.get_corner(a), window.get_corner(b), stroke_color=t.focus, stroke_width=1.5,
                              stroke_opacity=0.7) for a, b in ((UL, UR), (DL, DR))))
        label = self.history.labels[int(truths[nearest])]
        new_name = self.text("the new point", size="small").scale(ZOOM_WORDS)
        near_name = VGroup(self.text("on the list:", size="small").scale(ZOOM_WORDS),
                           self.text("{label}", size="small", color=colour, facts={"label": label}).scale(ZOOM_WORDS))
        near_name.arrange(RIGHT, buff=0.15)
        alike = self.text("close, but not the same", size="small", color=t.focus).scale(ZOOM_WORDS)
        differ = self.text("memoriser: no guess", size="small").scale(ZOOM_WORDS)
        # the higher of the two is named over the window, the other under it, and under that the
        # gap's words and the memoriser's (a line from each name to its point)
        upper, lower = (new_name, near_name) if new_at[1] >= near_at[1] else (near_name, new_name)
        upper.next_to(window, UP, buff=0.15)
        VGroup(lower, alike, differ).arrange(DOWN, buff=0.14).next_to(window, DOWN, buff=0.15)

        def leader(name, at) -> Line:   # from the name's edge by the window to the ring round `at`
            edge = name.get_bottom() if name is upper else name.get_top()
            towards = np.asarray(at) - edge
            start = edge + 0.06 * towards / np.linalg.norm(towards)
            end = np.asarray(at) - ZOOM_RING * towards / np.linalg.norm(towards)
            return Line(start, end, stroke_color=t.text, stroke_width=2, stroke_opacity=0.8)
        new_line, near_line = leader(new_name, new_at), leader(near_name, near_at)
        # the gap: a dashed line from ring to ring
        way = (near_at - new_at) / max(float(np.linalg.norm(near_at - new_at)), 1e-6)
        gap = DashedLine(new_at + ZOOM_RING * way, near_at - ZOOM_RING * way, dash_length=0.08,
                         stroke_color=t.focus, stroke_width=3)
        box = lambda m: [round(float(v), 3) for v in (*m.get_corner(DL)[:2], *m.get_corner(UR)[:2])]   # noqa: E731
        names = [m.original_text for m in (new_name, *near_name, alike, differ)]
        self.show(zoom={"nearest": int(nearest), "new": [float(v) for v in point[:2]],
                        "near": [float(v) for v in x[nearest][:2]], "label": str(label),
                        "words": names, "new_words": box(new_name), "near_words": box(near_name),
                        "lines": [[round(float(v), 3) for v in (*m.get_start()[:2], *m.get_end()[:2])]
                                  for m in (new_line, near_line)],
                        "new_at": [round(float(v), 3) for v in new_at[:2]],
                        "near_at": [round(float(v), 3) for v in near_at[:2]],
                        "gap": [round(float(v), 3) for v in (*gap.get_start()[:2], *gap.get_end()[:2])],
                        "ring": ZOOM_RING, "disc": round(float(big), 3), "window": box(window),
                        "all": box(VGroup(new_name, window, near_name, alike, differ))})
        return {"show": [Create(lens), Create(links), FadeIn(window), FadeIn(hatch), FadeIn(dots),
                         FadeIn(asked, shift=0.3 * DOWN), FadeIn(new_name), Create(new_line)],
                # the listed one named, ringed in its colour, as "even when it looks alike" is said;
                # then the gap between the two drawn, with its words
                "alike": [Succession(AnimationGroup(FadeIn(near_name), Create(near_line), Create(listed),
                                                    Indicate(spot if spot is not None else dots, color=colour,
                                                             scale_factor=1.8 if spot is not None else 1.05),
                                                    run_time=0.8),
                                     AnimationGroup(Create(gap), FadeIn(alike), run_time=0.4))],
                "rings": [asked[0], listed], "differ": differ,
                "all": VGroup(lens, links, window, hatch, dots, asked, listed, gap, new_name, new_line, near_name,
                              near_line, alike, differ)}

    # --- the examples go through the trained network ---

    def trained_network(self) -> dict:
        """The network as training left it, its outputs named, where it stands beside the
        examples (it comes in as "the network never saw them" is said, goes for the memoriser's
        demo, is back as "Our network keeps no list" is said, and the examples go through it). A square
        picture's inputs are drawn every one, as the picture's own grid."""
        h, mode = self.history, self.mode()
        step = final_step(h)
        labels = output_names(h) if h.config["sizes"][-1] <= NAMED_OUTPUTS else None
        grid = self.grid_side()
        if grid:
            diagram = NetworkDiagram(h.snapshot(step).weights, h.snapshot(step).biases, labels=labels,
                                     max_drawn=max(h.config["sizes"]))
            lay_out_grid(diagram, grid, self.theme)
            # two short lines under the grid's left edge, lowered clear of the wires that leave
            # its bottom row (review e2 s18: one line under the grid ran into them)
            note = VGroup(self.text("{n} inputs,", size="small", facts={"n": grid * grid}),
                          self.text("one per square", size="small")).arrange(DOWN, buff=0.06, aligned_edge=LEFT)
            note.next_to(VGroup(*diagram.neurons(0)), DOWN, buff=0.2).align_to(VGroup(*diagram.neurons(0)), LEFT)
            clear_of_wires(note, diagram)
            # the middle's count under its column, muted, as training writes each column's count
            # (review h 08 and note 4: "16 hidden nodes with no 16 label")
            middle = self.text("{n}", color=self.theme.muted, facts={"n": h.config["sizes"][1]})
            note = VGroup(note, middle.next_to(VGroup(*diagram.neurons(1)), DOWN, buff=0.12))
        else:
            diagram = NetworkDiagram(h.snapshot(step).weights, h.snapshot(step).biases, labels=labels,
                                     width=NET_SIZE[mode][0], height=NET_SIZE[mode][1], max_drawn=NET_DRAWN)
            diagram.move_to(NET_AT[mode])
            note = VGroup()
        # "our network", as every chapter calls it (p_common: not "the trained network")
        name = self.text("our network", size="small", color=self.theme.text).next_to(diagram, UP, buff=0.12)
        self.show(input_grid=grid, drawn_inputs=len(diagram.neurons(0)))
        if grid:   # the inputs' label and the lines it must stay clear of, as drawn
            self.show(inputs_note=[round(float(v), 3) for v in (*note[0].get_corner(DOWN + LEFT)[:2], *note[0].get_corner(UP + RIGHT)[:2])],
                      input_wires=[[round(float(v), 3) for v in (*p[:2], *q[:2])] for p, q in wires(diagram)])
        return {"diagram": diagram, "name": name, "note": note, "all": Group(diagram, name, note)}

    @staticmethod
    def pulse(diagram: NetworkDiagram, layer: int):
        """The flash along a layer's lines as it lights the next, lighter where the lines are
        many and short (review, session 11: 16 x 10 lines into the outputs flared into a solid
        yellow band, where the longer lines from the inputs did not): the slivers into the
        outputs are FLASH_THIN as wide and as bright when there are more than FLASH_LINES."""
        flash = diagram.pulse_layer(layer)
        lines = diagram.sizes[layer] * diagram.sizes[layer + 1]
        if layer + 2 == len(diagram.sizes) and lines > FLASH_LINES:
            for part in flash.mobject:
                part.set_stroke(width=part.get_stroke_width() * FLASH_THIN,
                                opacity=part.get_stroke_opacity() * FLASH_THIN)
        return flash

    def feed_numbers(self, diagram: NetworkDiagram, point: np.ndarray, output: np.ndarray) -> dict | None:
        """A point's numbers (as training used them, squeezed to 0..1) left of the inputs they
        light, and the output's value beside it (nncore's forward pass with the final weights),
        written as the screen writes numbers. None unless every input is drawn. Recorded as
        `fed_numbers` (with `at`: when each is full)."""
        t = self.theme
        circles = diagram.neurons(0)
        if len(circles) != len(point) or len(output) != 1:
            return None
        # each with its name ("across", "up": a number below zero is left of, or under, the middle)
        names = input_names(self.history) or [""] * len(point)
        inputs = VGroup(*(self.text("{name} {value}", size="small", color=t.text,
                                    facts={"name": n, "value": written(float(v))}).next_to(c, LEFT, buff=0.12)
                          for n, v, c in zip(names, point, circles)))
        last = diagram.neurons(len(diagram.sizes) - 1)[0]
        value = self.text("{value}", size="label", color=t.highlight, facts={"value": written(float(output[0]))})
        value.next_to(last, UP, buff=0.12)
        # "over one half means yes" written by the output as it is said (review s24: only told)
        half = self.text("over one half: yes", size="small", color=t.text).next_to(last, DR, buff=0.1)
        self.show(fed_numbers={"inputs": [m.original_text for m in inputs], "output": value.original_text,
                               "point": [float(v) for v in point], "value": float(output[0]),
                               "inputs_at": [[round(float(v), 3) for v in m.get_center()[:2]] for m in inputs],
                               "output_at": [round(float(v), 3) for v in value.get_center()[:2]]})
        return {"inputs": inputs, "output": value, "half": half}

    def point_guides(self, bmap: BoundaryMap, point: np.ndarray) -> dict:
        """Where a point's two numbers come from (review s34, tiny: "across -0.29, up 0.04" were
        decimals with nothing to read them against): rulers along the map's bottom and left
        edges, round values ticked, and dashed lines from the point down and across to them,
        its own two numbers written where they meet the rulers. Recorded as `guides`."""
        t = self.theme
        (x0, x1), (y0, y1) = bmap.bounds
        corner = bmap.to_frame(np.array([x0, y0]))[0]
        at = bmap.to_frame(point)[0]
        feet = [np.array([at[0], corner[1], 0]), np.array([corner[0], at[1], 0])]   # on the bottom, on the left
        lines = VGroup(*(DashedLine(at, foot, dash_length=0.08, stroke_color=t.focus, stroke_width=2) for foot in feet))
        values = VGroup(self.text("{value}", size="small", color=t.focus, facts={"value": written(float(point[0]))})
                        .next_to(feet[0], DOWN, buff=0.1),
                        self.text("{value}", size="small", color=t.focus, facts={"value": written(float(point[1]))})
                        .next_to(feet[1], LEFT, buff=0.1))
        ticks, numbers = VGroup(), VGroup()
        for axis, (lo, hi) in enumerate(((x0, x1), (y0, y1))):
            _, marks, places = axis_ticks(lo, hi)
            for v in marks:
                where = bmap.to_frame(np.array([v, y0] if axis == 0 else [x0, v]))[0]
                step = DOWN if axis == 0 else LEFT
                ticks.add(Line(where, where + 0.12 * step, stroke_color=t.muted, stroke_width=2))
                label = self.text("{value}", size="small", color=t.muted, facts={"value": written(v, places, "rounded")})
                label.next_to(where, step, buff=0.16)
                if np.linalg.norm(label.get_center() - values[axis].get_center()) > 0.55:   # the point's own number wins
                    numbers.add(label)
        within_frame(values, 0.05)
        self.show(guides={"point": [float(v) for v in point], "values": [m.original_text for m in values],
                          "feet": [[round(float(v), 3) for v in foot[:2]] for foot in feet],
                          "at": [round(float(v), 3) for v in at[:2]],
                          "corner": [round(float(v), 3) for v in corner[:2]], "side": float(bmap.side),
                          "ticks": [m.original_text for m in numbers]})
        return {"rulers": VGroup(ticks, numbers), "lines": lines, "values": values}

    def grid_side(self) -> int:
        """The side of a square picture's grid of inputs (8 for 64), else 0 (points, a table's numbers)."""
        n = int(self.history.config["sizes"][0])
        side = int(round(np.sqrt(n)))
        return side if input_kind(self.history) == "image" and side * side == n and self.mode() == "cards" else 0

    def feed_in(self, view: dict, results: dict, shown: list[int], network: dict) -> None:
        """The first example goes through slowly, as the words name each layer: a big copy
        under the inputs (a picture's squares glide onto their input circles), the middle, the
        brightest output, its guess under the card. The next cards one at a time, each guess
        said; then the others quickly. The frame jumps to each card as it is read (a sliding
        frame stood between two cards), the card's copy appears under the network in place (a
        flying one covered the other cards), and the network's lights are that card's own.
        (Points: each dot takes its guess's colour where it is.) A picture whose inputs are drawn
        as its own grid has no copy: the card's squares go straight onto the inputs. The network
        goes at the end."""
        h, t, mode = self.history, self.theme, self.mode()
        diagram = network["diagram"]
        x, _ = h.split("test")
        acts = h.network(final_step(h)).forward(x[shown]).a   # every shown example's own lights, layer by layer
        last = len(diagram.sizes) - 1

        def lit(k: int, upto: int = last) -> list[np.ndarray]:   # example k's lights, dark after layer upto
            return [a[k] if j <= upto else np.zeros_like(a[k]) for j, a in enumerate(acts)]

        def output(k: int):   # the name of example k's guess on the network, else its circle(s)
            guess = int(results["guesses"][shown[k]])
            index = guess if diagram.sizes[-1] > 1 else 0   # a lone yes/no output answers for both
            named = diagram.output_label(index) if diagram.sizes[-1] > 1 else None
            return named if named is not None else (diagram.neuron_at(last, index) or Group(*diagram.neurons(last)))

        grid = self.grid_side()

        def copy_of(k: int):   # example k's copy under the inputs (cards) or beside the network (points)
            if grid:           # the inputs are the picture's own grid: its squares go there from the card
                return VMobject()
            if mode == "cards":
                big = view["inputs"][k].copy().scale_to_fit_height(BIG_CARD)
                return big.next_to(diagram, DOWN, buff=0.3).align_to(diagram, LEFT)
            # left of the numbers it gives the inputs (feed_numbers)
            return view["inputs"][k].copy().scale(2.0).next_to(diagram, LEFT, buff=POINT_GAP)

        def behind_cards(k: int):   # example k's squares glide onto the inputs under the other cards
            # (review s22: the flying squares covered the neighbouring cards): those cards are
            # drawn over them, the squares over the rest; undone by cards_level() after the play
            flight = pixels_to_neurons(diagram, view["inputs"][k], x[shown[k]])
            for j, card in enumerate(view["cards"]):
                card.set_z_index(0 if j == k else 2)
            for move in flight.animations:
                move.mobject.set_z_index(1)
            return flight

        def cards_level() -> None:   # every card back on the one level (z above 0 redraws it every frame)
            view["cards"].set_z_index(0)

        # "look here" is white: yellow is a glow and a guess
        pointer = SurroundingRectangle(view["inputs"][0], color=t.focus, buff=0.06, stroke_width=3)
        state = {"copy": copy_of(0)}

        def take(k: int) -> list:   # the frame on card k at once; its copy comes under the network in place
            pointer.become(SurroundingRectangle(view["inputs"][k], color=t.focus, buff=0.06, stroke_width=3))
            old, state["copy"] = state["copy"], copy_of(k)
            return [FadeOut(old), FadeIn(state["copy"], scale=0.9)]

        def guess(k: int) -> list:   # its output's name pops and its guess appears under the card
            return [Indicate(output(k), color=t.highlight, scale_factor=1.4), view["answer"](k)]

        # the frame is on the first example before the words (review e2 s18: "First this one"
        # was read with no card framed for 3 s)
        self.play(Create(pointer), FadeIn(state["copy"], scale=0.9), run_time=0.6)
        self.show(first_framed_at=round(float(self.renderer.time), 3))
        with self.say("guess") as tracker:
            # "We feed each card into it": each example in turn swells a moment (review s16: 5 s
            # with nothing moving), then the framed first one again as "First this one" is said
            ripple = max(0.6, min(1.6, tracker.time_until_bookmark("first") - 0.9))
            self.play(LaggedStart(*(m.animate(rate_func=there_and_back).scale(self.ripple()) for m in view["inputs"]),
                                  lag_ratio=0.15), run_time=ripple)
            self.wait_before(tracker, "first", 0.3)
            self.play(Indicate(pointer, color=t.focus, scale_factor=1.15), run_time=0.6)
            guides = self.point_guides(view["map"], x[shown[0]]) if mode == "points" else None
            if guides is not None:   # "its two numbers, across and up": read off the map's rulers
                self.play(FadeIn(guides["rulers"]), run_time=0.4)
                self.play(Create(guides["lines"]), FadeIn(guides["values"]), run_time=0.8)
                self.shown["guides"]["drawn_at"] = round(float(self.renderer.time), 3)
            self.wait_until_bookmark("inputs")
            numbers = None   # a point's numbers going in, its output's value coming out
            if input_kind(h) == "image":   # the picture's drawn squares glide onto their inputs, which light
                self.show(first_flight=[round(float(self.renderer.time), 3), round(float(self.renderer.time) + 1.8, 3)])
                self.play(behind_cards(0) if grid else pixels_to_neurons(diagram, state["copy"], x[shown[0]]),
                          lights(diagram, lit(0, 0), rate_func=lambda a: smooth(np.clip((a - 0.6) / 0.4, 0, 1))),
                          run_time=1.8)
                if grid:
                    cards_level()
            else:
                # a point's two numbers go from it into the two inputs (review s22, its ONE change
                # on the map: 72-87 s showed no number going in or coming out)
                numbers = self.feed_numbers(diagram, x[shown[0]], acts[-1][0]) if mode == "points" else None
                # each from where it was read on its ruler
                starts = [m.get_center() for m in guides["values"]] if guides is not None else [state["copy"].get_center()] * 2
                self.play(lights(diagram, lit(0, 0)),
                          *([] if numbers is None else [FadeIn(n, target_position=start)
                                                        for n, start in zip(numbers["inputs"], starts)]), run_time=1.0)
                if numbers is not None:
                    self.shown["fed_numbers"]["at"] = [round(float(self.renderer.time), 3)]
            for layer, mark in zip(range(1, last + 1), ["middle"] * (last - 1) + ["out"]):
                self.wait_until_bookmark(mark)
                # its output's value comes out with the output's glow
                out = [FadeIn(numbers["output"], shift=0.2 * RIGHT)] if numbers is not None and layer == last else []
                self.play(self.pulse(diagram, layer - 1), lights(diagram, lit(0, layer)), *out, run_time=1.0)
                if out:
                    self.shown["fed_numbers"]["at"].append(round(float(self.renderer.time), 3))
            if mode == "points":   # the dots answer where they are
                # a breath after the output's glow, then the first answer and the note's change,
                # quick (review s24: the notes caught half cross-faded at 87 s)
                self.wait(0.6)
                self.play(*guess(0), *([] if numbers is None else [FadeIn(numbers["half"])]), run_time=0.6)
                self.wait_until_bookmark("rest")
                self.play(LaggedStart(*(view["answer"](k) for k in range(1, len(shown))), lag_ratio=0.08),
                          *([FadeOut(m) for m in guides.values()] if guides is not None else []),
                          run_time=max(1.0, min(2.0, tracker.get_remaining_duration())))
            else:
                self.play(guess(0)[0], run_time=0.8)
                self.wait_until_bookmark("under")
                self.play(view["answer"](0), run_time=0.6)
                said_at, lit_at = [], []   # when each slow card's guess is said, and when it starts to light
                cues = [c for c in self.cues if c["start_s"] >= tracker.start_t - 1e-3]   # this line's captions

                def caption_start(at: float) -> float:   # when the caption holding the word said at `at` comes up
                    return max((c["start_s"] for c in cues if c["start_s"] <= at + 1e-3), default=at)
                for k in range(1, min(SLOW, len(shown))):   # one at a time, layer by layer, as its words come
                    # the card is lit by the time its guess is said, and its guess is drawn as
                    # it is said (review, session 11: "it guesses 1" while the 0 was still lit;
                    # the 1 lit 3 s late): the lights start early enough, never before the card
                    # is named less a breath
                    # and never before the caption holding its words is up (review 11b: the
                    # third card lit while "it guesses 1" was still the caption)
                    mark, lead = max((f"card{k}", 0.6), (f"said{k}", LIGHT_TIME + 0.3),
                                     key=lambda m: tracker.time_until_bookmark(m[0]) - m[1])
                    start = max(tracker.bookmark_times[mark] - lead, caption_start(tracker.bookmark_times[f"card{k}"]))
                    if start - self.renderer.time > 1 / config.frame_rate:
                        self.wait(start - self.renderer.time)
                    lit_at.append(round(float(self.renderer.time), 3))
                    # one play (whole frames at any frame rate), quicker when its words come soon
                    # ("And the next: 2" is short): the frame, its squares onto the inputs, each layer
                    steps = [AnimationGroup(*take(k), run_time=0.4)]
                    if grid:    # its squares go onto the inputs, which light
                        steps.append(AnimationGroup(behind_cards(k),
                                                    lights(diagram, lit(k, 0), rate_func=lambda a: smooth(np.clip((a - 0.5) / 0.5, 0, 1))),
                                                    run_time=0.7))
                    else:
                        steps.append(lights(diagram, lit(k, 0), run_time=0.4))
                    steps += [AnimationGroup(self.pulse(diagram, layer - 1), lights(diagram, lit(k, layer)), run_time=0.4)
                              for layer in range(1, last + 1)]
                    self.play(Succession(*steps),
                              run_time=float(np.clip(tracker.time_until_bookmark(f"said{k}") - 0.3, 0.8, LIGHT_TIME)))
                    if grid:
                        cards_level()
                    self.wait_before(tracker, f"said{k}", 0.3)
                    said_at.append(round(float(tracker.bookmark_times[f"said{k}"]), 3))   # when the words say it
                    self.play(*guess(k), run_time=0.5)
                self.show(guess_said_at=said_at, card_lit_at=lit_at)
                if len(shown) > SLOW:
                    self.wait_until_bookmark("rest")
                # a few more the same way, slow enough to follow (review e2 s18: nine in a few
                # seconds), each its own lights; then the rest's guesses come under them together
                for k in range(SLOW, min(len(shown), SLOW + QUICK_SHOWN)):
                    self.play(Succession(AnimationGroup(*take(k), lights(diagram, lit(k))), AnimationGroup(*guess(k))),
                              run_time=QUICK)
                rest = range(SLOW + QUICK_SHOWN, len(shown))
                if len(rest):
                    self.play(FadeOut(pointer), lights(diagram, lit(rest[-1])),
                              LaggedStart(*(view["answer"](k) for k in rest), lag_ratio=0.2), run_time=1.2)
            # the network goes before the check: its red lines are dials below zero, not mistakes
            gone = Group(network["all"], state["copy"], pointer)
            if numbers is not None:
                gone.add(numbers["inputs"], numbers["output"], numbers["half"])
            self.play(FadeOut(gone), run_time=0.5)

    # --- cards: pictures with guesses ---

    def build_cards(self, results: dict, shown: list[int]) -> dict:
        x, _ = self.history.split("test")
        kind, labels = input_kind(self.history), self.history.labels
        cards, guesses, truths = Group(), VGroup(), VGroup()
        # beside each card its guess, as it is made, and its right answer above it, in the
        # text's colour, as the check is said (review ab-k2 s24: the two together at the guess
        # stood beside words about guesses only; review s22: the answers written from the first
        # frame gave the test away). One size for every name;
        # a long name narrows the cards so that four still fit beside the network.
        said = [str(labels[results["guesses"][i]]) for i in shown]
        real = [str(labels[results["truths"][i]]) for i in shown]
        widest = max(guess_text(n, None, 99).width for n in said + real)
        side = min(CARD, (CARDS_WIDE - CARD_COLS * (widest + LABEL_GAP) - (CARD_COLS - 1) * CARD_GAP) / CARD_COLS)
        for i, name, truth in zip(shown, said, real):
            picture = card_picture(x[i], kind, side)
            # a guess is yellow until it is checked (then green, or grey with a cross)
            label = guess_text(name, None, 99).set_color(self.theme.highlight)
            answer = guess_text(truth, None, 99).set_color(self.theme.text)
            # left-aligned in a column beside the card: the answer a little above its middle
            answer.move_to(picture.get_right() + (LABEL_GAP + answer.width / 2) * RIGHT + 0.25 * UP)
            label.next_to(answer, DOWN, buff=0.2).align_to(answer, LEFT)
            cards.add(Group(picture, label, answer))
            guesses.add(label)
            truths.add(answer)
        cards.arrange_in_grid(cols=min(len(shown), CARD_COLS), buff=(CARD_GAP, ROW_GAP))
        n_test = len(results["right"])
        # the number kept aside is on screen as it is said; the cards are some of them
        caption = (self.text("the {n} examples it never practised on", size="small", color=self.theme.text,
                             facts={"n": n_test}) if len(shown) == n_test else
                   self.text("{shown} of the {n} examples it never practised on", size="small",
                             color=self.theme.text, facts={"shown": len(shown), "n": n_test}))
        names = input_names(self.history) if kind == "numbers" else None
        # pictures: the caption and the key one at a time on one line over the cards, 17 px at
        # 480p (review ab2-k2 s27: small, top left; two lines that size ran into the title)
        one_line = not names
        grow = TOP_WORDS if one_line else 1.0
        caption.scale(grow)
        if names:   # bars of a table's row: say once which bar is which column, each name whole
            key = VGroup(self.text("each card's bars, left to right:", size="small", color=self.theme.text),
                         *(self.text("{name}", size="small", color=self.theme.text, facts={"name": n}) for n in names))
            key.arrange(RIGHT, buff=0.25)
            key.scale_to_fit_width(min(key.width, 13.4))
            caption = VGroup(caption, key).arrange(DOWN, buff=0.08)
        cards.move_to([0, 0, 0]).shift((CARDS_TOP - (0.15 if names else 0.0) - cards.get_top()[1]) * UP)
        # what the two beside each card are, once, over the cards (the colours tell them apart)
        key = self.text("beside each card: the right answer, then its guess", size="small",
                        color=self.theme.text).scale(grow)
        key.next_to(cards, UP, buff=0.1)
        caption.next_to(cards if one_line else key, UP, buff=0.1)
        # at the left edge from the first frame: the network comes in on their right as it is
        # named (review, session 11: it came in at 54 s)
        cards.shift((LEFT_EDGE - cards.get_left()[0]) * RIGHT)
        caption.shift((LEFT_EDGE - caption.get_left()[0]) * RIGHT)
        key.shift((LEFT_EDGE - key.get_left()[0]) * RIGHT)
        self.show(cards={"side": round(float(side), 3), "box": [round(float(v), 3) for v in
                                                            (*cards.get_corner(DL)[:2], *cards.get_corner(UR)[:2])],
                         "centres": [[round(float(v), 3) for v in c[0].get_center()[:2]] for c in cards]})
        judged = [self.judge_card(card, results["guesses"][i], results["truths"][i]) for i, card in zip(shown, cards)]
        marks = [m for _, m in judged if m is not None]
        wrong_at = [j for j, (_, m) in enumerate(judged) if m is not None]   # the mistakes' places among the cards
        # a sample with mistakes: said to be picked as it comes (which_words); how, in numbers,
        # under the grid once every unseen example is counted (construct)
        picked = pick_note = None
        if len(shown) < n_test and not results["right"][shown].all():
            # the label size: an honesty note (review h 08: small, it was easy to miss); how
            # they were picked, in numbers (review l 08: 2 wrong of 12 beside 13 of 359 misled)
            right = results["right"]
            shown_wrong = int((~right[shown]).sum())
            picked = VGroup(self.text("the {cards} cards we picked: {shown} of its {misses} mistakes,", color=self.theme.text,
                                      facts={"cards": len(shown), "shown": shown_wrong, "misses": int((~right).sum())}),
                            self.text("{shown} of its {hits} right guesses", color=self.theme.text,
                                      facts={"shown": len(shown) - shown_wrong, "hits": int(right.sum())}))
            picked.arrange(DOWN, aligned_edge=LEFT, buff=0.1)
            # and as it is said in the opening, in its own words, under the cards (review ab2
            # s17: "picked to show some of its mistakes" at 9 s had no caption until 114 s)
            pick_note = self.text("picked to show some of its mistakes", size="small", color=self.theme.text).scale(grow)
            # on the caption's line, after it (under the cards is the subtitles' band)
            pick_note.next_to(caption, RIGHT, buff=0.35)
        pictures = Group(*(c[0] for c in cards))
        moving = Group(pictures)   # the answers are not there yet: each comes with its guess
        def answer(k: int):   # the guess appears beside its card, in place (a guess flying there read as a stray label),
            # alone: its right answer comes above it at the check (review ab-k2 s24, its ONE change:
            # the two together stood beside "its guess, written beside its card", which was which
            # told only by a small key; s22: every right answer from the first frame gave the test away)
            return FadeIn(guesses[k], shift=0.1 * DOWN)
        # on screen from the first frame, a little small: they settle to full size as they are introduced
        for card in cards:
            card[0].scale(SETTLE)
        return {"first": [pictures, caption],   # the caption from the first frame (it came 3 s late)
                "caption": caption,
                "intro": LaggedStart(*(c[0].animate.scale(1 / SETTLE) for c in cards), lag_ratio=0.08),
                "picked": picked, "pick_note": pick_note,
                "inputs": [c[0] for c in cards], "answer": answer,
                "first_class": int(results["truths"][shown[0]]), "first_example": int(shown[0]),
                # the right answers and their key as the check is said, then the guesses' colours
                # (on one line: the caption, and its picked note, go, then the key comes)
                "truth": None, "reveal": AnimationGroup(LaggedStart(*(FadeIn(a, shift=0.1 * DOWN) for a in truths),
                                                                    lag_ratio=0.05),
                                                        Succession(FadeOut(Group(caption, *([pick_note] if pick_note else []))),
                                                                   FadeIn(key)) if one_line else FadeIn(key)),
                "judge": LaggedStart(*(t for t, _ in judged), lag_ratio=0.05),
                # the mistakes one at a time, then their right answers
                "marks": Succession(*(m["mark"] for m in marks)) if marks else None,
                "answers": AnimationGroup(*(m["pulse"] for m in marks)) if marks else None,
                "wrong_marks": marks, "wrong_at": wrong_at,
                "right_guesses": [c[1] for i, c in zip(shown, cards) if results["right"][i]],
                "cards": cards, "pictures": pictures,
                "wrong": [c[0] for i, c in zip(shown, cards) if not results["right"][i]],
                "clear": Group(caption, moving, *([pick_note] if pick_note is not None else []))}

    def answer_tags(self, view: dict) -> VGroup:
        """Which of a mistaken card's two names is which, said once beside them: "<- right
        answer" level with the answer, "<- its guess" with the guess under it (review ab2-k2 s27,
        its ONE change: "beside each card: the right answer, then its guess" was small print over
        the cards). On the first mistake at the end of a row (right of it only the empty frame),
        else on the first, right of every card, a line from each name to its tag. Recorded as
        `answer_tags` (the card's place, where each tag stands and the name it points at)."""
        t, cards, at = self.theme, view["cards"], view["wrong_at"]
        ends = [j for j in at if j % CARD_COLS == CARD_COLS - 1 or j == len(cards) - 1]
        j = (ends or at)[0]
        answer, guess = view["wrong_marks"][at.index(j)]["digits"]
        up = self.text("← right answer", color=t.text)
        down = self.text("← its guess", color=t.text)
        x = (VGroup(answer, guess).get_right()[0] if ends else cards.get_right()[0] + 0.2) + 0.15
        up.move_to([x + up.width / 2, answer.get_center()[1], 0])
        down.move_to([x + down.width / 2, guess.get_center()[1], 0])
        tags = VGroup(up, down)
        if not ends:   # a line from each name, over the cards on its right, to its tag
            tags.add(*(Line(name.get_right() + 0.05 * RIGHT, tag.get_left() + 0.05 * LEFT, stroke_color=t.text,
                            stroke_width=2) for name, tag in ((answer, up), (guess, down))))
        where = lambda m: [round(float(v), 3) for v in m.get_center()[:2]]   # noqa: E731
        self.show(answer_tags={"card": int(j), "answer": where(answer), "guess": where(guess),
                               "tags": [where(up), where(down)], "right": round(float(tags.get_right()[0]), 3)})
        return tags

    def lookalikes(self, view: dict, results: dict, shown: list[int]) -> list[dict]:
        """For each mistaken card (in the cards' order), a row on the right: the drawing big,
        "much like", and LIKE_SHOWN practice examples of the class it was taken for (the
        nearest to it, square by square: real ones), named "the practice 3s". No one practice
        card is named as its match (review d2 s18: "looks like a practice 3" read as the
        network looking new drawings up among stored ones, against "keeps no list").
        Recorded as `lookalikes` (each row's practice examples)."""
        h, t = self.history, self.theme
        x_test, _ = h.split("test")
        x_train, y_train = h.split("train")
        classes = classes_of(y_train)
        wrong = [i for i in shown if not results["right"][i]]
        rows, found = [], []
        for k, i in enumerate(wrong):
            guess = int(results["guesses"][i])
            of = np.flatnonzero(classes == guess)
            near = [int(j) for j in of[np.argsort(np.linalg.norm(x_train[of] - x_test[i], axis=1))[:LIKE_SHOWN]]]
            found.append(near)
            # the drawing and the practice ones at one size, as big as the room right of the cards
            # allows (review s22, its ONE change on pictures: the practice 3s were thumbnails, the
            # likeness could not be checked by eye)
            copy = card_picture(x_test[i], input_kind(h), LIKE_CARD)
            others = Group(*(card_picture(x_train[j], input_kind(h), LIKE_CARD) for j in near)).arrange(RIGHT, buff=0.1)
            row = Group(copy, others).arrange(RIGHT, buff=0.35).move_to([LIKE_X, LIKE_Y[k % len(LIKE_Y)], 0])
            # clear of every card and its answers (review s22: a copy flying out of its card
            # covered its neighbours): from LIKE_CLEAR right of them to the frame's edge
            left = view["cards"].get_right()[0] + LIKE_CLEAR
            room = config.frame_x_radius - 0.15 - left
            if row.width > room:
                row.scale(room / row.width)
            row.shift((left - row.get_left()[0]) * RIGHT)
            name = self.text("much like the practice {label}s", size="small", color=t.text, facts={"label": h.labels[guess]})
            name.next_to(others, DOWN, buff=0.1)
            rows.append({"copy": copy, "rest": Group(others, name)})
        box = lambda m: [round(float(v), 3) for v in (*m.get_corner(DL)[:2], *m.get_corner(UR)[:2])]
        self.show(lookalikes=found, like_rows=[box(Group(r["copy"], r["rest"])) for r in rows],
                  like_sides=[[round(float(m.height), 3) for m in (r["copy"], *r["rest"][0])] for r in rows],
                  cards_with_answers=box(view["cards"]))
        return rows

    def judge_card(self, card: Group, guess: int, truth: int):
        """The guess turns green or theme.wrong (light grey); for a mistake, then, a frame in
        that colour, its two names beside it drawn WRONG_DIGITS times bigger (review ab2-k2 s27:
        two small stacked digits were hard to pick out) and a cross under the guess (a colour
        alone does not say "wrong"), and the right answer above it pulses: (the turn, None or
        {"mark": the frame, names and cross, "pulse", "frame", "digits": (answer, guess) as
        they stand, "big": the two at their new size}). The two stay in the card's column,
        left-aligned, the answer over the guess."""
        picture, label, truth_label = card[0], card[1], card[2]
        right = guess == truth
        judged = guess_text(label.original_text, right, label.width + 0.01).move_to(label)
        if right:
            return Transform(label, judged), None
        frame = Rectangle(width=picture.width + 0.1, height=picture.height + 0.1,
                          stroke_color=self.theme.wrong, stroke_width=4).move_to(picture)
        left = truth_label.get_left()[0]
        big_truth = truth_label.copy().scale(WRONG_DIGITS)
        big_truth.move_to([left + big_truth.width / 2, picture.get_center()[1] + 0.3, 0])
        big_guess = guess_text(label.original_text, False, 99).scale(WRONG_DIGITS)
        big_guess.next_to(big_truth, DOWN, buff=0.15).align_to(big_truth, LEFT)
        # under the guess, in the card's own column (beside it, it reached the next card)
        cross = wrong_mark(0.24, width=6).next_to(big_guess, DOWN, buff=0.08).align_to(big_guess, LEFT)
        mark = AnimationGroup(Create(frame), Transform(truth_label, big_truth), Transform(label, big_guess),
                              FadeIn(cross, scale=1.5))
        return Transform(label, judged), {"mark": mark, "frame": frame, "digits": VGroup(truth_label, label),
                                          "big": (big_truth, big_guess), "cross": cross,
                                          "pulse": Indicate(truth_label, color=self.theme.focus, scale_factor=1.5)}

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
        n_wrong = int((~results["right"][shown]).sum())
        notes = self.stage_notes(len(shown), len(results["right"]), n_wrong)
        checked, tally = self.map_check(results, shown, dots, colors, notes[2])
        probe = self.probe(results, shown[0], dots[0], tally[2])
        # the dots' colours change meaning (the network's answer -> the true answer): the note
        # says so big, in the meaning's own colour, and a white box flashes round it (review w 08:
        # the switch was a small grey note on a picture that looked the same)
        flash = SurroundingRectangle(notes[2], color=self.theme.focus, buff=0.15, stroke_width=3)
        return {"first": [bmap, legend],   # the map stands with the title from the first frame
                "caption": notes[0],
                "intro": LaggedStart(FadeIn(notes[0]), LaggedStart(*(FadeIn(d, scale=2) for d in dots), lag_ratio=0.02),
                                     lag_ratio=0.4),
                "inputs": list(dots),
                # the first answer comes with the note (cross-faded: a Text morphed into three lines
                # would shrink as it went)
                "answer": lambda k: (AnimationGroup(CrossFade(notes[0], notes[1]),
                                                    dots[k].animate.set_fill(guesses[k])) if k == 0
                                     else dots[k].animate.set_fill(guesses[k])),
                # the verdict ("no mistakes") waits for the count: it stood over "checked 0 of 60"
                "truth": AnimationGroup(CrossFade(notes[1], VGroup(*notes[2][:2])), FadeIn(tally),
                                        ShowPassingFlash(flash, time_width=1.0)),
                "check": checked, "verdict": notes[2][2], "probe": probe,
                # the first note steps aside for the memoriser's demo (review t 08: seven lines of
                # text stacked on the right), back as the honest test is named
                "clear": notes[0],
                "map": bmap}

    def map_check(self, results: dict, shown: list[int], dots: VGroup, colors: list, note: VGroup):
        """Each dot checked in turn as "each dot takes the colour of its true answer" is said,
        left to right across the map: it pulses in its true colour (review w 08: the check
        changed nothing to be seen) and, at its pulse's peak, a tick comes beside it when the
        network's answer was right, or it takes its true colour and a cross comes when wrong,
        while a count under the note runs (review ab-x2-r1 s26, its ONE change: "It got every
        one of these right" over a still map, asserted, not shown). The ticks and crosses are
        one shape each, their points set as the count moves (cheap to draw). Returns (the
        check, the marks and the count's words). Recorded as `map_check`: the test examples in the order
        checked, where each mark stands, right or not, and when (a share of the check)."""
        t = self.theme
        centres = [d.get_center() for d in dots]
        order = sorted(range(len(shown)), key=lambda k: (round(float(centres[k][0]), 3), -float(centres[k][1])))
        right = [bool(results["right"][shown[k]]) for k in order]
        marks = []
        for k, ok in zip(order, right):
            # a right one ringed green round its dot (review ab-c-r1 s29: a pile of ticks hid the
            # map), a wrong one crossed beside it
            mark = Circle(radius=RING).move_to(dots[k]) if ok else wrong_mark(0.22).next_to(dots[k], UR, buff=0.02)
            marks.append(np.concatenate([m.points for m in mark.get_family() if len(m.points)]))
        ticks = VMobject(stroke_color=t.right, stroke_width=3.5, fill_opacity=0)
        crosses = VMobject(stroke_color=t.wrong, stroke_width=5, fill_opacity=0)
        n, lag = len(order), 0.05
        peaks = [(j * lag + 0.5) / (1 + (n - 1) * lag) for j in range(n)]   # each pulse's peak (LaggedStart)
        hits = np.concatenate([[0], np.cumsum(right)])
        tally = Tally(lambda words, facts: self.text(words, color=t.text, facts=facts),
                      screen.mark("checked {done} of {n}: {hits} right, {misses} wrong"),
                      {"done": n, "hits": n, "misses": n}, {"n": n})
        tally.text.next_to(note, DOWN, buff=0.4)
        within_frame(tally.text)
        tally.set(done=0, hits=0, misses=0)
        state = {"done": 0}

        def mark_to(_, alpha: float) -> None:
            done = int(np.searchsorted(peaks, alpha, side="right"))
            if done == state["done"]:
                return
            for shape, kind in ((ticks, True), (crosses, False)):
                drawn = [marks[j] for j in range(done) if right[j] == kind]
                shape.set_points(np.concatenate(drawn)) if drawn else shape.clear_points()
            tally.set(done=done, hits=int(hits[done]), misses=done - int(hits[done]))
            state["done"] = done
        # a little swell (1.8 times, every frame caught big blurred blobs: review ab2-t2 s28, both at 87 s)
        pulses = [Indicate(dots[k], scale_factor=1.3, color=colors[results["truths"][shown[k]]]) if ok
                  else dots[k].animate.set_fill(colors[results["truths"][shown[k]]]) for k, ok in zip(order, right)]
        self.show(map_check={"order": [int(shown[k]) for k in order], "right": right, "peaks": [round(p, 4) for p in peaks],
                             "marks": [[round(float(v), 3) for v in m[:, :2].mean(axis=0)] for m in marks],
                             "dots": [[round(float(v), 3) for v in centres[k][:2]] for k in order]})
        # the count in one group with the marks, which comes whole before the check: the group
        # moves, so the count is redrawn each frame (alone, standing before the first moving
        # mobject, it stayed at 0 through the check)
        group = VGroup(ticks, crosses, tally.text)
        pulsing = LaggedStart(*pulses, lag_ratio=lag)
        # as long as the pulses (a group's parts keep their own lengths within it)
        check = AnimationGroup(pulsing, UpdateFromAlphaFunc(group, mark_to, rate_func=lambda a: a, run_time=pulsing.run_time))
        return check, group

    def probe(self, results: dict, example: int, dot: Dot, above) -> dict:
        """The first point fed in, checked alone before the others (review ab-c-r1 s29, its ONE
        change: "make the check visible on one point first"): ringed white on the map, a line to
        its guess (yellow, nncore's) and its right answer, with a tick or a cross, under the
        count. Recorded as `probe`."""
        t, labels = self.theme, self.history.labels
        guess, truth = int(results["guesses"][example]), int(results["truths"][example])
        colors = class_colors(len(labels))
        # one check on the map (review s32): the dot's colour (its guess) beside its right
        # answer's colour, and the dot circled as every dot will be: green when they agree
        verdict = t.right if guess == truth else t.wrong
        ring = Circle(radius=RING + 0.04, stroke_color=verdict, stroke_width=4).move_to(dot)
        said = self.text("guess: {label}", color=t.highlight, facts={"label": labels[guess]})
        known = self.text("right answer: {label}", color=t.text, facts={"label": labels[truth]})
        swatches = [Dot(radius=PROBE_SWATCH, color=colors[c], stroke_color=t.focus, stroke_width=1.5)
                    for c in (guess, truth)]
        rows = VGroup(*(VGroup(swatch, words).arrange(RIGHT, buff=0.15) for swatch, words in zip(swatches, (said, known))))
        rows.arrange(DOWN, buff=0.15, aligned_edge=LEFT).next_to(above, DOWN, buff=0.5)
        sign = (right_mark(0.3, width=5) if guess == truth else wrong_mark(0.3, width=5)).next_to(known, RIGHT, buff=0.2)
        words = VGroup(rows, sign)
        within_frame(words, 0.2)
        line = Line(ring.get_right(), words.get_left() + 0.15 * LEFT, stroke_color=t.focus, stroke_width=2)
        self.show(probe={"example": int(example), "guess": guess, "truth": truth,
                         "at": [round(float(v), 3) for v in dot.get_center()[:2]],
                         "ring": verdict,
                         "swatches": [s.get_fill_color().to_hex() for s in swatches]})
        return {"point": AnimationGroup(Create(line), FadeIn(rows[0])),
                "truth": AnimationGroup(FadeIn(rows[1]), Create(ring), FadeIn(sign, scale=1.3)),
                "all": VGroup(ring, line, words)}

    def stage_notes(self, n_shown: int, n_test: int, n_wrong: int = 0) -> list[VGroup]:
        """What the dots mean at each stage, as a short note on the right (how many new points
        there are is on screen while it is said). The dots' meaning is big, in its colour:
        yellow the network's answer (a guess), green the true answer; with no mistake among
        them, the note says there is no cross (review w 08: "ring: a mistake" stood dim and no
        ring ever came; review 11c: "ring" named the classes, inner and outer rings)."""
        t = self.theme
        counted = (screen.mark("grey dots: the {n} new points,") if n_shown == n_test
                   else screen.mark("grey dots: {shown} of the {n} new points,"))
        # the map's shading named from the first frame (review ab-x2 s23: only the dots had a key)
        # each template in screen.mark: the harvest lists it in the [screen] section
        now = screen.mark("each dot's colour now:")
        words = [[(counted, "small", t.text), (screen.mark("never practised on"), "small", t.text),
                  (screen.mark("the shading: our network's guess there"), "small", t.text)],
                 [(now, "small", t.text), (screen.mark("the network's guess"), "label", t.highlight)],
                 [(now, "small", t.text), (screen.mark("the right answer"), "label", t.right),
                  (screen.mark("every dot kept its colour: no mistakes") if n_wrong == 0
                   else screen.mark("cross: a mistake"), "small", t.text)]]
        notes = []
        for lines in words:
            note = VGroup(*(self.text(w, size=size, color=color, facts={"n": n_test, "shown": n_shown})
                            for w, size, color in lines)).arrange(DOWN, buff=0.12)
            notes.append(note.move_to([3.6, 1.9, 0]))
        # the shading is a second thing named, apart from the dots' two lines (review s31: read
        # on as one sentence, "never practised on the shading: our network's guess there")
        notes[0][2].shift(NOTE_BREAK * DOWN)
        # the check's note in the middle of the right half: the network has gone from under it
        notes[2].move_to([3.6, 0.4, 0])
        return notes

    # --- the score over the whole test set ---

    def score_panel(self, results: dict) -> dict:
        """Every unseen example as a square in a grid that fills in order while a count runs
        (green right, theme.wrong wrong: each mistake big enough to count, and counted), then the real accuracy as a
        bar with its percent, and the practice accuracy as a bar under it, to compare."""
        t = self.theme
        right = results["right"]
        n = len(right)
        cols, pitch = grid_shape(n, *GRID_AREA)
        rows = -(-n // cols)
        left, top = GRID_CORNER[0], GRID_CORNER[1]
        outline = Rectangle(width=cols * pitch, height=rows * pitch, stroke_color=t.muted, stroke_width=1)
        outline.move_to([left + cols * pitch / 2, top - rows * pitch / 2, 0])
        hits = np.concatenate([[0], np.cumsum(right)])     # right among the first k squares
        tally = Tally(lambda words, facts: self.text(words, color=t.text, facts=facts),
                      # how many are checked so far, apart from how many are right (review l 08:
                      # "334 of 359 right, 13 wrong" read as a final score while the count ran)
                      screen.mark("checked {done} of {n}: {hits} right, {misses} wrong"),
                      {"done": n, "hits": n, "misses": n}, {"n": n})
        count = tally.text
        count.next_to(outline, UP, buff=0.15).align_to(outline, LEFT)
        tally.set(done=0, hits=0, misses=0)
        # the key draws a square of each colour beside its word, naming no colour: the wrong
        # one is the theme's (light grey on dark, nearly white: review s16 found "grey wrong"
        # under squares that looked white)
        swatches = [Square(pitch - 0.18 * pitch, stroke_width=0, fill_color=c, fill_opacity=1) for c in (t.right, t.wrong)]
        key = VGroup(self.text("one square per example:", size="small", color=t.text),
                     swatches[0], self.text("right,", size="small", color=t.text),
                     swatches[1], self.text("wrong", size="small", color=t.text)).arrange(RIGHT, buff=0.12)
        key.next_to(outline, DOWN, buff=0.15).align_to(outline, LEFT)
        self.show(key_squares={"right": [round(float(v), 3) for v in swatches[0].get_center()[:2]],
                               "wrong": [round(float(v), 3) for v in swatches[1].get_center()[:2]]})
        fills = VGroup(VMobject(fill_color=t.right, fill_opacity=1, stroke_width=0),
                       VMobject(fill_color=t.wrong, fill_opacity=1, stroke_width=0))
        state = {"shown": 0}
        gap = 0.18 * pitch

        def square(i: int) -> np.ndarray:
            row, col = divmod(i, cols)
            x0, y1 = left + col * pitch + gap / 2, top - row * pitch - gap / 2
            return box_points(x0, x0 + pitch - gap, y1 - (pitch - gap), y1)
        squares = np.array([square(i) for i in range(n)])   # built once: a frame only picks them
        # every square there, dim, before "Now we count" is said (review ab2 s17: at 108 s the
        # frame was nearly blank as the words began); the count colours them in over it
        # hollow: an outline, never a filled grey (review d2 s18: the light grey "wrong" read
        # like the dark grey unchecked squares; filled now means checked, right or wrong)
        empty = VMobject(fill_opacity=0, stroke_color=t.muted, stroke_width=1).set_points(squares.reshape(-1, 3))

        def fill_to(mob: VGroup, alpha: float) -> None:
            k = int(round(alpha * n))
            for kind, part in ((True, mob[0]), (False, mob[1])):
                which = np.flatnonzero(right[:k] == kind)
                if len(which):
                    part.set_points(squares[which].reshape(-1, 3))
                else:
                    part.clear_points()
            if k != state["shown"]:   # the count's glyphs move only when the numbers change
                tally.set(done=k, hits=int(hits[k]), misses=k - int(hits[k]))
                state["shown"] = k
        train_share = self.history.final.train_accuracy
        x_train, y_train = self.history.split("train")
        train_hits = self.history.network(final_step(self.history)).guesses(x_train) == classes_of(y_train)
        if self.real_counts():
            # a few examples (tiny: 60 unseen, 240 practice): each score is its real examples, one
            # square each (reviews ab-x2-r1/r2 s28, their ONE change: a block "out of every 100"
            # beside 60 squares made a viewer look for 40 more). The unseen score is the counted
            # grid itself (its squares over the grid's, in the same places and colours), its
            # percent beside it; the practice score one square per practice example on the right
            unseen = self.count_block(None, right, left + cols * pitch / 2, top, pitch, cols, results["accuracy"],
                                      side=1 - gap / pitch)
            practice = self.count_block(self.text("one square per practice example", size="small", color=t.text),
                                        train_hits, REAL_PRACTICE[0], HUNDRED_TOP, REAL_PRACTICE[1], REAL_PRACTICE[2],
                                        train_share)
            unseen["value"].move_to([(outline.get_right()[0] + practice["hollow"].get_left()[0]) / 2,
                                     practice["value"].get_center()[1], 0])
            mark = self.text("?", size="title", color=t.text).scale(2).move_to(unseen["value"])
            unknown = VGroup(mark)
        else:
            unseen = self.hundred_block(self.text("out of every 100 unseen", size="small", color=t.text),
                                        results["accuracy"], HUNDRED_X[0])
            practice = self.hundred_block(self.text("out of every 100 practice", size="small", color=t.text),
                                          train_share, HUNDRED_X[1])
            mark = self.text("?", size="title", color=t.text).scale(2).move_to(unseen["hollow"])
            # why 100 squares beside a grid of 359 (review s28: "if the block per 100 stays, say
            # why"): the two counts differ, 100 each lets them stand side by side
            # (where the practice block comes: it gives way to it)
            # at the label size, four short lines (review s31: small, it could not be read in
            # the 10 s it stands, while the count runs)
            why = VGroup(*(self.text(words, color=t.text, facts={"n": n, "m": len(x_train)})
                           for words in (screen.mark("100 squares each,"), screen.mark("so the two compare:"),
                                         screen.mark("{n} unseen and"), screen.mark("{m} practice"))))
            why.arrange(DOWN, buff=0.12, aligned_edge=LEFT)
            why.next_to(unseen["hollow"], RIGHT, buff=0.3)   # clear of the unseen block, in the practice one's room
            within_frame(why)
            unknown = VGroup(unseen["name"], unseen["hollow"], mark, why)
        # named "out of every 100 ...": a block is not one square per example, as the grid is
        # (tiny: 60 examples beside a block of 100; review s19 v2 read "in 100 unseen examples"
        # as a count of 100)
        # under each percent the real count it comes from (reviews ab-x2 s25: 60 squares counted,
        # then a block of 100 read as a second test; ab-k2-r1: "not said that they are the same"):
        # right ones of all the unseen, of all the practice examples (nncore's guesses)
        train_right = int(train_hits.sum())
        tallies = ((int(right.sum()), n), (train_right, len(x_train)))
        counts = [self.text("{hits} of {n} right", size="small", color=t.text, facts={"hits": a, "n": b})
                  .next_to(block["value"], DOWN, buff=0.18) for (a, b), block in zip(tallies, (unseen, practice))]
        self.show(score_counts={"unseen": list(tallies[0]), "practice": list(tallies[1]),
                                "at": [[round(float(v), 3) for v in c.get_center()[:2]] for c in counts]})
        # each block's mistakes in 100 under it, in words from the percent drawn above them
        misses = VGroup(*(self.mistakes_note(share).next_to(count, DOWN, buff=0.12)
                          for count, share in zip(counts, (results["accuracy"], train_share))))
        known = self.on_the_list()
        memo = self.memoriser_row(unseen, practice, known / len(right),
                                  (*tallies, (known, n), (len(x_train), len(x_train))))
        self.show(hundreds={key: {"wrong": len(block["wrong"]), "right": block["n"] - len(block["wrong"]),
                                  "n": block["n"], "side": round(float(block["squares"][0].width), 3),
                                  "centres": [[round(float(v), 3) for v in sq.get_center()[:2]] for sq in block["wrong"]]}
                            for key, block in (("unseen", unseen), ("practice", practice))})
        wrong = VGroup(*unseen["wrong"], *practice["wrong"])
        # from "about 4 mistakes" to "the general idea" the grey squares pulse, in their colour
        # (no white: reviews p/w s14), or with none the two blocks do
        point = (LaggedStart(*(Indicate(sq, color=t.wrong, scale_factor=1.5) for sq in wrong), lag_ratio=0.3) if len(wrong)
                 else LaggedStart(*(Indicate(b["squares"], color=t.right, scale_factor=1.05) for b in (unseen, practice)),
                                  lag_ratio=0.5))
        return {"frame": VGroup(outline, count, key), "empty": empty, "fills": fills, "count": UpdateFromAlphaFunc(fills, fill_to),
                "right": fills[0], "wrong": fills[1],
                "unseen": VGroup(*([unseen["name"]] if unseen["name"] is not None else []), unseen["squares"]),
                "big": unseen["value"], "unknown": unknown, "mark": mark, "unseen_squares": unseen["squares"],
                "names": [b["name"] for b in (unseen, practice) if b["name"] is not None],
                "why": unknown[3] if len(unknown) > 3 else None,
                "practice": VGroup(practice["name"], practice["hollow"]), "practice_value": practice["value"],
                "grow": LaggedStart(*(FadeIn(sq) for sq in practice["squares"]), lag_ratio=0.02),
                "point": point, "misses": misses, "memo": memo, "counts": counts}

    def memoriser_row(self, unseen: dict, practice: dict, unseen_share: float,
                      tallies: tuple[tuple[int, int], ...]) -> dict:
        """The ending as one large table (review ab-k2-r1 s26, its ONE change): columns "new
        examples" and "practice examples", rows "our network" and "a memoriser", in each cell
        a score as 100 squares, its percent big beside it and the real count under it. Ours
        moves into the first row from where it was counted (`shrink`: its blocks and percents;
        `frame`: the names, the lines, our counts and the memoriser's row hollow); a
        memoriser's two real scores fill its row as they are said (`fills`: practice, then
        unseen): its practice block full (every practice example is on its list), its unseen
        block green only for the unseen examples exactly on its list (nncore's data: none in
        both presets), the rest grey: no answer is no right answer. `tallies`: (right, of) for
        ours on unseen and practice, then the memoriser's. Recorded as `memo_row` (its blocks'
        wrong and right squares and where they stand, and where ours stand in the table) and
        `table` (the names and counts and where they stand)."""
        t = self.theme
        shrink, after, cells = [], {}, {}
        counts = {}
        wide, tall = 10 * TABLE_PITCH, 9.8 * TABLE_PITCH   # a cell's room: a block of 100, 10 by 10
        for key, block, x in (("unseen", unseen, TABLE_COLS[0]), ("practice", practice, TABLE_COLS[1])):
            squares = Group(block["squares"], block["hollow"])
            target = squares.copy().scale(wide / (block["cols"] * block["pitch"]))
            # in the middle of its row's room (a block of 100 fills it)
            target.move_to([x, TABLE_ROWS[0] - (tall - target.height) / 2 - target.height / 2, 0])
            value = block["value"].copy().next_to(target, RIGHT, buff=0.25).align_to(target, UP).shift(0.25 * DOWN)
            shrink += [Transform(squares, target), Transform(block["value"], value)]
            after[key] = {"first": [round(float(v), 3) for v in target[0][0].get_center()[:2]],
                          "centres": [[round(float(v), 3) for v in target[0][k].get_center()[:2]]
                                      for k in block["wrong_at"]],
                          "value_at": [round(float(v), 3) for v in value.get_center()[:2]]}
            cells[key] = [target, value]
        if self.real_counts():   # its real examples, one square each, as ours (unseen: those on its list)
            on_list, n_train = tallies[2], tallies[3][1]
            made = {"unseen": (np.arange(on_list[1]) < on_list[0], unseen), "practice": (np.ones(n_train, bool), practice)}
            blocks = {}
            for key, x in (("unseen", TABLE_COLS[0]), ("practice", TABLE_COLS[1])):
                flags, ours = made[key]
                pitch = wide / ours["cols"]   # as many a row as ours: the two rows' blocks alike
                height = -(-len(flags) // ours["cols"]) * pitch
                blocks[key] = self.count_block(None, flags, x, TABLE_ROWS[1] - tall / 2 + height / 2,
                                               pitch, ours["cols"], flags.mean(), color=t.text)
        else:
            blocks = {key: self.hundred_block(None, share, x, top=TABLE_ROWS[1], pitch=TABLE_PITCH, color=t.text)
                      for key, share, x in (("unseen", unseen_share, TABLE_COLS[0]), ("practice", 1.0, TABLE_COLS[1]))}
        for key, block in blocks.items():
            block["value"].next_to(block["hollow"], RIGHT, buff=0.25).align_to(block["hollow"], UP).shift(0.25 * DOWN)
        # the real count under each percent: ours now, the memoriser's with its block
        for row, (key, (hits, n)) in zip(("ours", "ours", "memo", "memo"),
                                         zip(("unseen", "practice") * 2, tallies)):
            value = cells[key][1] if row == "ours" else blocks[key]["value"]
            counts[(row, key)] = self.text("{hits} of {n} right", size="small", color=t.text,
                                           facts={"hits": hits, "n": n}).next_to(value, DOWN, buff=0.18).align_to(value, LEFT)
        # the columns' names over each cell, big, what a block counts under them; each row's name on its left
        heads = VGroup()
        for key, words in (("unseen", screen.mark("new examples")), ("practice", screen.mark("practice examples"))):
            span = Group(cells[key][0], counts[("ours", key)], cells[key][1])
            name = VGroup(self.text(words, color=t.text).scale(1.15),
                          self.text("one square per example" if self.real_counts() else "out of every 100",
                                    size="small", color=t.muted)).arrange(DOWN, buff=0.08)
            heads.add(name.move_to([span.get_center()[0], TABLE_HEAD_Y + name[0].height / 2 - name.height / 2, 0]))
        rows = VGroup(*(self.text(words, color=t.text).scale(1.25).move_to([TABLE_NAME_X, top - 5 * TABLE_PITCH, 0])
                        for words, top in (("our network", TABLE_ROWS[0]), ("a memoriser", TABLE_ROWS[1]))))
        # the table's lines: under the names of the columns, between the rows, between the columns
        low = TABLE_ROWS[1] - 10 * TABLE_PITCH - 0.05   # clear of the general idea under the table
        under = heads.get_bottom()[1] - 0.1
        between = (TABLE_ROWS[0] - 10 * TABLE_PITCH + TABLE_ROWS[1]) / 2
        split = (Group(*cells["unseen"], counts[("ours", "unseen")]).get_right()[0] + cells["practice"][0].get_left()[0]) / 2
        names_edge = (rows.get_right()[0] + cells["unseen"][0].get_left()[0]) / 2
        line = lambda a, b: Line(a, b, stroke_color=t.muted, stroke_width=1.5)   # noqa: E731
        lines = VGroup(line([TABLE_EDGES[0], under, 0], [TABLE_EDGES[1], under, 0]),
                       line([TABLE_EDGES[0], between, 0], [TABLE_EDGES[1], between, 0]),
                       line([split, heads.get_top()[1], 0], [split, low, 0]),
                       line([names_edge, heads.get_top()[1], 0], [names_edge, low, 0]))
        box = lambda m: [round(float(v), 3) for v in (*m.get_corner(DL)[:2], *m.get_corner(UR)[:2])]   # noqa: E731
        self.show(memo_row={key: {"wrong": len(b["wrong"]), "right": b["n"] - len(b["wrong"]), "n": b["n"],
                                  "side": round(float(b["squares"][0].width), 3),
                                  "first": [round(float(v), 3) for v in b["squares"][0].get_center()[:2]],
                                  "last": [round(float(v), 3) for v in b["squares"][-1].get_center()[:2]],
                                  "value_at": [round(float(v), 3) for v in b["value"].get_center()[:2]]}
                            for key, b in blocks.items()} | {"ours": after},
                  table={"columns": [h[0].original_text for h in heads], "rows": [r.original_text for r in rows],
                         "columns_at": [[round(float(v), 3) for v in h[0].get_center()[:2]] for h in heads],
                         "rows_at": [[round(float(v), 3) for v in r.get_center()[:2]] for r in rows],
                         "counts": {f"{row} {key}": [c.original_text, *[round(float(v), 3) for v in c.get_center()[:2]]]
                                    for (row, key), c in counts.items()},
                         "box": box(VGroup(heads, rows, lines, *(counts.values())))})
        ours_counts = VGroup(counts[("ours", "unseen")], counts[("ours", "practice")])
        return {"shrink": shrink, "heading": rows[1],
                "frame": VGroup(lines, heads, rows, ours_counts, *(b["hollow"] for b in blocks.values())),
                "fills": [AnimationGroup(LaggedStart(*(FadeIn(sq) for sq in blocks[key]["squares"]), lag_ratio=0.01),
                                         FadeIn(blocks[key]["value"], scale=1.2), FadeIn(counts[("memo", key)]))
                          for key in ("practice", "unseen")],
                "values": [blocks[key]["value"] for key in ("practice", "unseen")],
                # our network's cell on new examples: framed as "the general idea" is said
                "cell": Group(*cells["unseen"], counts[("ours", "unseen")]),
                "blocks": blocks, "all": Group(lines, heads, rows, *(Group(b["squares"], b["hollow"], b["value"])
                                                                   for b in blocks.values()))}

    def hundred_block(self, name: Text | None, share: float, x: float, top: float = HUNDRED_TOP,
                      pitch: float = HUNDRED_PITCH, color: str | None = None) -> dict:
        """A score as 100 squares, 10 by 10, filled in reading order: right ones green, then
        the wrong ones (100 minus the percent drawn) grey, last, so two blocks side by side
        show both how close they are and how many wrong, countable; its name above, its
        percent under it (in the accuracy's colour unless `color`)."""
        right = np.arange(100) < round(100 * share)
        return self.count_block(name, right, x, top, pitch, 10, share, color)

    def count_block(self, name: Text | None, right: np.ndarray, x: float, top: float, pitch: float, cols: int,
                    share: float, color: str | None = None, side: float = 0.8) -> dict:
        """A score as one square per entry of `right` (green where True, grey where False, in
        that order), `cols` a row, centred across on x, from `top` down; its name above, the
        percent of `share` under it; a square `side` of the pitch. `wrong`: its grey squares."""
        t = self.theme
        side = side * pitch
        spots = [np.array([x + (k % cols - (cols - 1) / 2) * pitch, top - (k // cols + 0.5) * pitch, 0])
                 for k in range(len(right))]
        squares = VGroup(*(Square(side, stroke_width=0, fill_color=t.right if ok else t.wrong, fill_opacity=1)
                           .move_to(at) for ok, at in zip(right, spots)))
        hollow = VGroup(*(Square(side, stroke_color=t.muted, stroke_width=1, fill_opacity=0).move_to(at) for at in spots))
        if name is not None:
            name.next_to(hollow, UP, buff=0.12)
        value = self.text("{percent}", size="title", color=color or t.accuracy, facts={"percent": percent(share)}).scale(1.3)
        value.next_to(hollow, DOWN, buff=0.3)   # room for the frame round both percents
        wrong_at = [k for k, ok in enumerate(right) if not ok]
        return {"name": name, "squares": squares, "hollow": hollow, "value": value,
                "wrong": VGroup(*(squares[k] for k in wrong_at)), "wrong_at": wrong_at, "n": len(right),
                "cols": cols, "pitch": pitch}

    def idea_tag(self, test_share: float, train_share: float, n_test: int) -> VGroup:
        """What "the general idea" means, in words under the bars, from the two percents said
        (compare_words: the same test)."""
        test_pct, train_pct = round(100 * test_share), round(100 * train_share)
        t = self.theme
        if test_pct < train_pct - 5:
            lines = (screen.mark("harder on new examples:"), screen.mark("part of it is memorised"))
        elif test_pct == 100:   # how many, not "every": a few dozen are no proof of all (review v2 s19)
            lines = (screen.mark("the general idea:"), screen.mark("right on all {n} new examples"))
        else:
            lines = (screen.mark("the general idea:"), screen.mark("right on most new examples"))
        # the label size: under the table it is the last word (review ab-k2-r1 s26: small at the bottom)
        return VGroup(*(self.text(w, size="label", color=t.text, facts={"n": n_test}) for w in lines)).arrange(
            DOWN, buff=0.08, aligned_edge=LEFT)

    def mistakes_note(self, share: float) -> Text:
        """A share right as mistakes in 100, as compare_words says it (100 minus the percent)."""
        wrong = 100 - round(100 * share)
        if wrong == 0:
            return self.text("none wrong", size="small", color=self.theme.text)
        # big (review s24), no wider than a block and its gap: the two notes stand side by side
        note = self.text("about {n} wrong in 100", size="label", color=self.theme.text, facts={"n": wrong})
        return note.scale(min(1.0, (HUNDRED_X[1] - HUNDRED_X[0] - 0.4) / note.width))


def lights(diagram: NetworkDiagram, activations, **kwargs):
    """diagram.light_up with only its circles as the moving part: the renderer draws what comes
    before the first moving part once a play, so its lines (1184 on the digits) are no longer
    redrawn every frame while only the circles change (the same pictures; the chapter's
    slowest plays were these)."""
    animation = diagram.light_up(activations, **kwargs)
    animation.mobject = diagram.neuron_groups
    return animation


def wires(diagram: NetworkDiagram) -> list[tuple[np.ndarray, np.ndarray]]:
    """The drawn lines from the inputs to the middle: (start, end) of each."""
    return [(a.get_center(), b.get_center()) for a in diagram.neurons(0) for b in diagram.neurons(1)]


def clear_of_wires(label, diagram: NetworkDiagram, margin: float = 0.08) -> None:
    """Lower `label` until no line from the inputs to the middle crosses it (each line's lowest
    point over the label's width is above the label's top)."""
    left, right = label.get_left()[0], label.get_right()[0]
    lowest = label.get_top()[1] + margin
    for p, q in wires(diagram):
        a, b = max(left, min(p[0], q[0])), min(right, max(p[0], q[0]))
        if a <= b and abs(q[0] - p[0]) > 1e-6:
            lowest = min(lowest, *(p[1] + (q[1] - p[1]) * (x - p[0]) / (q[0] - p[0]) for x in (a, b)))
    label.shift(min(0.0, lowest - margin - label.get_top()[1]) * UP)


def lay_out_grid(diagram: NetworkDiagram, side: int, t) -> NetworkDiagram:
    """Every input circle where its square is in the picture (a side x side grid at
    INPUT_GRID's left, centred on the columns), the other layers in columns at INPUT_GRID's
    x, top to bottom; the output names beside their circles at the label size; the lines
    redrawn between the circles' new places."""
    cell, top, bottom = INPUT_GRID["cell"], INPUT_GRID["top"], INPUT_GRID["bottom"]
    grid_top = (top + bottom) / 2 + side * cell / 2
    for k, circle in enumerate(diagram.neurons(0)):
        row, col = divmod(diagram.shown_indices(0)[k], side)
        circle.scale_to_fit_width(0.76 * cell).move_to(
            [INPUT_GRID["left"] + (col + 0.5) * cell, grid_top - (row + 0.5) * cell, 0])
    last = len(diagram.sizes) - 1
    for layer, x in zip(range(1, last + 1), np.linspace(INPUT_GRID["middle"], INPUT_GRID["out"], last)):
        circles = diagram.neurons(layer)
        pitch = (top - bottom) / max(len(circles), 1)
        radius = min(0.36 * pitch, 1.2 * t.neuron_radius)
        for k, circle in enumerate(circles):
            circle.scale_to_fit_width(2 * radius).move_to([x, top - (k + 0.5) * pitch, 0])
    # a plate of the background over the lines under the grid: they leave from its edge (over
    # the grid, the lines between its circles read as a mesh on the picture)
    inputs = VGroup(*diagram.neurons(0))
    plate = Rectangle(width=inputs.width + 0.04, height=inputs.height + 0.04, stroke_width=0,
                      fill_color=t.background, fill_opacity=1.0).move_to(inputs)
    diagram.submobjects.insert(diagram.submobjects.index(diagram.edge_groups) + 1, plate)
    labels = diagram.output_label_group
    for k, circle in enumerate(diagram.neurons(len(diagram.sizes) - 1)[:len(labels)]):
        labels.submobjects[k] = Text(labels[k].original_text, font=t.font, font_size=t.label_size,
                                     color=labels[k].get_color()).next_to(circle, RIGHT, buff=0.12)
    return diagram.set_weights(diagram.weights)


def grid_shape(n: int, width: float, height: float) -> tuple[int, float]:
    """(columns, square size) of the grid of n squares with the biggest squares in width x height."""
    best = (1, 0.0)
    for cols in range(1, n + 1):
        pitch = min(width / cols, height / -(-n // cols))
        if pitch > best[1]:
            best = (cols, pitch)
    return best


class Tally:
    """A count's words ("346 of 359 right, 13 wrong") redrawn every frame without a new Text.
    The words are drawn once with as many digits as each number will need, and each digit's
    glyph once; a frame only moves points. A digit's place takes that digit's glyph, an unused
    place draws nothing and the glyphs after it close up by a digit's width (the font's digits
    are all one width), so it looks as a Text of the words would. (A new Text each frame took
    0.2-0.4 s at 480p: about a minute for a count of 359.)"""

    def __init__(self, text, template: str, largest: dict[str, int], facts: dict[str, object]):
        """`text(words, facts)` draws words as the chapter does; `largest`: each number's
        largest value; `facts`: the words' other values."""
        self.template, self.facts = template, facts
        widths = {k: len(str(v)) for k, v in largest.items()}
        self.text = text(template, {**facts, **{k: "0" * w for k, w in widths.items()}})
        self.glyphs = text("{digits}", {"digits": "0123456789"})
        zeros = text("{digits}", {"digits": "00"})
        self.advance = zeros[1].get_left()[0] - zeros[0].get_left()[0]
        # which glyphs are which number's digits: the words with a mark in each digit's place
        marks = {k: chr(1 + i) for i, k in enumerate(widths)}
        placed = [c for c in screen.words(template, {**facts, **{k: marks[k] * w for k, w in widths.items()}})
                  if not c.isspace()]
        self.slots = {k: [i for i, c in enumerate(placed) if c == m] for k, m in marks.items()}
        self.base: list[np.ndarray] = []

    def set(self, **values: int) -> None:
        """Show these numbers (each no longer than its largest)."""
        if not self.base:      # the glyphs where the words stand now (placed after building)
            self.base = [g.points.copy() for g in self.text]
        zero = self.glyphs[0]
        close = np.zeros(len(self.base))   # how far each glyph moves left
        digit_at: dict[int, int | None] = {}
        for k, slots in self.slots.items():
            digits = str(values[k])
            unused = len(slots) - len(digits)
            for j, i in enumerate(slots):
                digit_at[i] = None if j < unused else int(digits[j - unused])
                if j < unused:
                    close[i + 1:] += self.advance
        for i, glyph in enumerate(self.text):
            d = digit_at.get(i, -1)
            if d is None:
                glyph.clear_points()
            elif d < 0:
                glyph.set_points(self.base[i] - [close[i], 0, 0])
            else:   # digit d where a 0 was: the 0's left edge, less d's offset in "0123456789"
                left, middle = self.base[i][:, 0].min(), (self.base[i][:, 1].min() + self.base[i][:, 1].max()) / 2
                shift = [left - zero.get_left()[0] - d * self.advance - close[i], middle - zero.get_center()[1], 0]
                glyph.set_points(self.glyphs[d].points + shift)
        words = screen.words(self.template, {**self.facts, **values})
        self.text.text, self.text.original_text = "".join(words.split()), words   # as a Text keeps them
