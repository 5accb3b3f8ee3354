"""Chapter 2, random start: the real starting weights, then the twin whose weights all start
equal, trained side by side with ours.

    from scenes.chapters.init import Init, init_facts, compared_steps, hidden_spread
    main_step, twin_step = compared_steps(history)    # the two snapshots set side by side
    hidden_spread(history.snapshot(main_step).weights)     # > 0: the neurons differ

The twin is `history.twin` (nncore.companions.twin_run): the same network and data
with every weight starting at one value. Its hidden neurons get the same blame at every
step, so they stay copies of each other; the picture shows each hidden neuron's incoming
weights as a patch (an 8x8 picture for the digits, a strip otherwise), so copies look alike.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np
from manim import (DOWN, LEFT, ORIGIN, RIGHT, UP, Animation, AnimationGroup, Arrow, Circle,
                   Create, Dot, FadeIn, FadeOut, GrowArrow, Group, Indicate, Line, ManimColor, Mobject, ReplacementTransform,
                   TransformFromCopy,
                   Polygon, Rectangle, ShowPassingFlash, Square, Succession, SurroundingRectangle, Transform,
                   Text, VGroup, VMobject, linear)
from manim.utils.rate_functions import smooth, there_and_back

from nncore.history import History, Snapshot, Twin
from nncore.network import Network, classes_of
from scenes.kit.chapter import Chapter, base_facts
from scenes.screen import mark
from scenes.kit.network_diagram import (NetworkDiagram, brightness, largest_weight, layer_names, lit_colours,
                                        network_picture, on_baseline, shown_indices)
from scenes.kit import theme
from scenes.kit.legend import right_mark, sign_legend, turn_arrow, wrong_mark
from scenes.kit.pictures import (PLANE_POINTS, below_zero, card_picture, class_colors, digit_image, dot_cloud,
                                 input_names, MinusMark, minus_mark, rect_points, shade)
from scenes.kit.plots import SURENESS_LEVELS, BoundaryMap, _polyline_squares
from scenes.kit.readings import first_pile, grid_inputs, input_kind, plane_bounds
from scenes.kit.framing import within_frame
from scenes.kit.theme import Theme

KEYFRAMES = 8                    # real snapshots the side-by-side training passes through
FULL_BOX = dict(width=8.6, height=4.9)         # the network alone, legend at its right
FULL_SPOT = 2.2 * LEFT + 0.2 * UP
PANEL_X = 3.55                   # the two networks side by side: centres at -x and +x
PANEL_BOX = dict(width=5.3, height=2.9)   # the gap between the two holds the example both look at
PANEL_Y, PATCHES_Y, ROWS_Y = 0.75, -1.45, -2.7   # middles: network, patches, glow rows (clear of the
                                                 # bottom 0.9 units a player's controls cover)
PATCH_BOX = (6.0, 1.35)          # room for one network's patches (width, height)
KEPT_BOX = dict(width=4.6, height=1.25)   # a picture's networks, kept small over their big patches
KEPT_Y = 1.45                    # (review s20 g1, its single change: with the networks gone, "the dials into
                                 # one hidden neuron" lost its wires and "says 9" had no output to point at)
KEPT_PATCHES = (5.9, 2.7)        # the dial patches' room then: under the small networks (keep_small),
ALONE_TOP = 0.72                 # from here to over their caption (~52 px a patch at 480p; review s28 d1:
                                 # at ~46 px "the twin's 16 patches can't be checked by eye")
ALONE_GAP = 1.0                  # each side this far from the middle: the example and its words stand there
BIG_PATCH = (1.6, 1.6)           # one patch drawn big in the gap between the networks (~100 px at 480p)
RINGS_SIDE, RING_DOT = 2.4, 0.03   # the practice points drawn as "it learns from the same points" is said
RINGS_MARGIN = 0.12              # (review s27 x1: no rings on screen), at most this big (~144 px at 480p),
                                 # in the gap between ours' output and the twin's inputs, this far from each
BIG_MARGIN = 0.2                 # between the big patch (with its words) and either network
LAID_Y = -0.55                   # one neuron's patch drawn big under the picture, in the gap (review s21 h1)
LAID_SIZE = 2.3                  # that patch and the picture then (~138 px at 480p), side by side where the
LAID_GAP = 0.5                   # twin's patches stand (review s28 k1 r1, x1 r1: at ~84 px in the gap the
                                 # patch idea could not be read); this far apart
LAID_DROP = 0.15                 # the pair this much under the patches' middle: its words clear of the network
PAYOFF_SIDE = 2.0               # a picture's payoff: each patch and square of patches this big (~120 px at
PAYOFF_GAP, PAYOFF_Y = 0.4, 1.32   # 480p: review s26 k1 r2), this far apart side by side, their middles here
PAYOFF_PIC = 1.3                # each example this big (~78 px), PAYOFF_DROP under its patch
PAYOFF_DROP = 0.12
PAYOFF_LOOKS = 2                # ours: this many patches, each over the example that lights it most
INK_SHARE = 0.5                 # a picture's payoff: its example's strokes, its pixels this lit of its brightest
MAPS_TOP, MAPS_BUFF = 2.3, 0.15
TOGETHER_WORDS = 0.85            # the payoff's pictures (tiny) end this far over the moral: room for their words
TOGETHER_HOLD = 0.8              # and stand whole this long after the last word
HEMMED = 0.3                     # the region our edges enclose there: the inner ring's colour, this opaque
ONE_MAP = 3.6                    # the one map drawn big first (tiny), at most this big (~216 px at 480p)  # the maps big at the end (tiny): from under the headings down to the key
BIG_Y = 0.9                      # its middle: the gap's, under the headings, over the patches
PATCH_STEPS = 8                  # colour steps per sign in a patch
GAP_CELLS = 0.5                  # space between patches, in weights
SPLIT_CELLS = 0.3                # a strip patch (a few inputs, not a picture): space between its squares,
SPLIT_GAP_CELLS = 1.2            # and between patches (review 8, tiny: the twin's 2 equal squares read
                                 # as one flat rectangle)
SEAM = 0.02                      # share of a cell each square overlaps its neighbours
SCALE_PERCENTILE = 95            # weights this big or bigger get a patch's strongest colour
LOOK_GLOW = 0.5                  # the twin's even glow on the example both look at: plainly lit
NUMBER_LINE = 3.2                # width of the number line that places the dial left or right of zero
DIAL_REACH = 2                   # the number line runs from minus this to plus it at least, arrow tips
                                 # at both ends: dials are not capped at 1 (backprop turns one to 1.28)
OVERHANG = 0.2                   # how far the number line's arrow tips run past its last mark
TIE_AT = 0.75                    # where along the pointed-at wire the dial's tie lands
SAMPLED_DIALS = 5                # starting dials read out as "every dial is set at random" is said
SAMPLE_SHARES = (0.98, 0.3, 0.02, 0.7, 0.5)   # the sampled dials: where in the spread, band by band
LOOK_SIZE = 1.4                  # height of the example both networks look at (~84 px at 480p)
LOOK_Y = 1.55                    # its middle: in the gap between the two networks, under the headings
MAP_SIDE, MAP_CELLS = 1.0, 12    # a hidden neuron's glow map over the plane (tiny), its side (~60 px at 480p:
                                 # review s19 v1, at 45 px its pattern was not seen) and cells a side
FLAT_SPREAD = 0.1                # a map whose glow changes less than this over the whole plane is flat: that
                                 # neuron has found no pattern (review s19 v1: one such map was called its own)
PAINT_NEURON = 0.3               # the one map's neuron beside it (~36 px across at 480p)
MAP_DOT = 0.012                  # the practice points drawn faintly on every map, so the rings are seen
MAP_RISE = 0.1                   # the maps stand this much over their patches' middles: room for their key
RING_CLEAR = 0.06                # a written dial keeps this far from every neuron's rim (~4 px at 480p)
HALO = 2.6                       # a sampled wire's halo, this many times its own width (its width still reads)
VEIL = 0.75                      # how much the veil over the network hides while a few dials are read out
DIMMED = 0.3                     # the other sign's lines while one sign's are pointed out: dim, still seen
LOOKS = 3                        # examples that light both networks to show the twin's glows stay alike
HEAD_CLEAR = 0.15                # the headings keep this far from the example's words between them
KEY_SWATCH = 0.24                # a swatch of the maps' key, and of the first change's
KEY_Y = -2.75                    # the change key's middle: one row under the patches' words, over the controls
KEY_SWATCH_BIG = 0.34            # the change key's swatches (~20 px at 480p), beside label-sized words
PAIR_SIDE, PAIR_GAP = 2.2, 1.2   # one neuron's dials and its first change, each at most this big (~130 px at
                                 # 480p), this far apart, an arrow between them
MARKED_WIDTH = 3.0               # a strip's one neuron big, its first change marked on it, at most this wide
INK_GAP = 0.5                    # a picture's turn: its practice example this far left of the dials
PAIR_HEAD, PAIR_FOOT = 0.5, 0.45  # room over them for their names (under the networks), under them for the key
GRID_RADIUS = 0.15               # a glow dot over a change patch, at most this big
CLOSE_WIDTH = 6.4                # "so all turn alike", up close: each side's first change this wide at most,
CLOSE_TOP = 2.3                  # from under the headings down to over its words and the key (the networks
CLOSE_ROOM = 0.42                # out of the way), a row of this much over each row of patches for the
CLOSE_WORDS = 0.55               # glows, written (review s29, all four: the 25 px strips could not be read),
CLOSE_LEAD, CLOSE_MOVE = 0.7, 0.5     # it comes in this long after the words, in one move this long
CLOSE_DOT, CLOSE_NUMBER = 0.07, 0.85   # a picture's glow dots this big, each number label-sized times this
                                 # (~16 px at 480p): the two clear of the next patch's
LITTLE_STEPS = 12                # "a little at a time": the patches pass through this many first real changes
DOT_ROW_GAP = 0.45               # a picture's first change: room over each row of patches for its glows, in patch sides
GLOW_COLUMNS = 8                 # the hidden neurons' glows as dots alone, at most this many a row, each
GLOW_DOT = 0.24                  # this big (~29 px across at 480p) and this far apart (review s37, its single
GLOW_BUFF = (0.16, 0.16)         # change: 32 written glows were scanned, not seen; big dots, big words a side)
GLOW_DROP = 0.2                  # the dots' top this far under their network; their big words this far
GLOW_WORDS_BUFF = 0.06           # under their label (tiny: clear of the glow key under them)
GLOW_WORD = "title"              # those words ("all the same" / "not all the same"): the title's size (~31 px)
GRID_BOX_BUFF = 0.12             # the box round a row of glows as they are said: this far round them
PAIR_BIG = 2.4                   # the boxed two a side drawn big as "ours each their own way" is said (~144
PAIR_BIG_GAP = 0.6               # px at 480p, review s35 d), this far apart, a glow dot over each
PAIR_BIG_DOT = 0.22              # this big, no number (the grid's 32 decimals were the busiest frame)
CLOSE_FEW = 4                    # a picture's first change up close: at most this many a side, big (review
CLOSE_BOTTOM = KEY_Y + KEY_SWATCH_BIG / 2 + 0.2   # the close-up's room, its words in, from over the key
CLOSE_SEEN = 0.5                 # a turn this share of its side's colour scale or more is seen up close
CLOSE_NOTE = 0.5                 # over them, room for "4 of its 16 hidden neurons"
CLOSE_FEW_DOT = 0.15             # s36 init2: 32 patches with ~7 px glows were too small and busy), each
                                 # glow dot this big, its number label-sized
PAIR_BOX_BUFF = 0.03             # a box round one change patch and its glow: clear of the next row's
MARK_LOW, MARK_HIGH = 0.3, 0.75   # a strip's first change: a turn arrow on each dial's square, this share of
                                 # the square high for the smallest turn and for the biggest (review s27 x1:
                                 # recoloured green and pink, the dials seemed to become new dials)
VERDICT_SCALE = 2.0              # a verdict's guess this many times the title's size (~62 px at 480p: the biggest words)
VERDICT_WIDTH = 4.8              # a verdict's line at most this wide ("says inner ring"): 2.3 apart in the middle
COUNT_SCALE = 1.3                # the scoreboard's count, this many times the title's size
SCORE_BAR, SCORE_BAR_HIGH = 4.4, 0.3   # each scoreboard's bar: all the new examples, this long and high
SCORE_Y, SCORE_HALF = -2.15, 0.5  # the scoreboard's middle (under the verdicts, over a player's controls), half its height
GUESS_TICK = 0.1                 # what guessing gets: its tick this far past the bar's edges
FADE = 0.4                       # a label's fade at most this long (review 8: faded in as it was said,
                                 # it was caught dim: Chapter.wait_before brings it in ahead)
SWAP = 1.0                       # the big patch folding away and the twin's back (or, tiny, the twin's big
                                 # patch in): in the pause after "laid out like ..." (this much of it)


# --- what the chapter tells: read from the history only ---

def twin_of(history: History) -> Twin:
    """The constant-start companion run; a clear error when the history was made without it."""
    twin = history.twin
    if not twin or not twin.snapshots:
        raise ValueError("this history has no twin run: make it with nncore.companions.train_story")
    return twin


def hidden_spread(weights: Sequence[np.ndarray | list]) -> float:
    """How far apart a layer's hidden neurons are: the largest difference, over hidden layers
    and inputs, between two neurons' weights from the same input (0 for exact copies)."""
    hidden = [np.asarray(w, dtype=float) for w in weights[:-1]]
    return max((float(np.ptp(w, axis=0).max()) for w in hidden), default=0.0)


def compared_steps(history: History) -> tuple[int, int]:
    """(main run's step, twin's step) shown after training: each run's last snapshot, where
    its own training stopped, so the step counters end on the real number of steps."""
    return history.snapshots[-1].step, twin_of(history).snapshots[-1].step


def keyframes(snapshots: Sequence[Snapshot], count: int = KEYFRAMES) -> list[Snapshot]:
    """count + 1 snapshots spread over a run (dense early, as its snapshots are), from its
    first to its last; both sides get as many, so they replay in step."""
    picks = np.linspace(0, len(snapshots) - 1, count + 1).round().astype(int)
    return [snapshots[i] for i in picks]


def network_at(history: History, snapshot: Snapshot) -> Network:
    """The story's network with a snapshot's weights and biases, as nncore computes it."""
    config = history.config
    return Network(snapshot.weights, snapshot.biases, config["activations"], config["cost"])


def same_look(history: History, main: Snapshot, twin: Snapshot) -> dict:
    """One test example fed into both trained networks: its index, its answer, each network's
    guess and its layers' activations (input first). The twin's hidden neurons all glow alike;
    ours each their own way. Review s11 (its ONE change): the example was one both got right,
    which undercut "the twin got 26%". It is one ours gets right and the twin wrong (the first
    whose twin glow is plainly visible: an even glow near dark would look like no glow at all,
    else the one of those it glows most for); where there is none, as before, the first plainly
    lit one.

    {"example": i, "answer": class, "guess": {"main": class, "twin": class}, "main": [...], "twin": [...]}"""
    x_test, y_test = history.split("test")
    nets = {name: network_at(history, s) for name, s in (("main", main), ("twin", twin))}
    glow = brightness(nets["twin"].forward(x_test).a[1][:, 0])
    truth = classes_of(y_test)
    telling = (nets["main"].guesses(x_test) == truth) & (nets["twin"].guesses(x_test) != truth)
    pool = np.flatnonzero(telling) if telling.any() else np.arange(len(glow))
    visible = pool[glow[pool] >= LOOK_GLOW]
    index = int(visible[0]) if len(visible) else int(pool[glow[pool].argmax()])
    row = x_test[index:index + 1]
    return {"example": index, "answer": int(truth[index]),
            "guess": {name: int(net.guesses(row)[0]) for name, net in nets.items()},
            **{name: [a[0] for a in net.forward(row).a] for name, net in nets.items()}}


def look_verdict(history: History, look: dict) -> tuple[str, str]:
    """What each network says of the example both look at, and whether it is right: ours,
    then the twin's (each said as its mark is drawn)."""
    names = history.labels
    ours, theirs = (f"{who} says {names[look['guess'][side]]}: "
                    f"{'right' if look['guess'][side] == look['answer'] else 'wrong'}."
                    for who, side in (("Ours", "main"), ("The twin", "twin")))
    return ours, theirs


def practice_round(records: Sequence, step: int) -> int:
    """The practice round (epoch) a step is in: its last record's at or before that step."""
    return [r for r in records if r.step <= step][-1].epoch


def right_counts(history: History) -> dict[str, int]:
    """How many new examples each trained network gets right ("main", "twin"), and how many
    there are ("of"): the one example shown is not luck (review s19 g1, 114-117 s), and each
    network's own score is written, not a count only one of them makes (review s27 k1: "only
    ours right: 252 of all 359" read as our score)."""
    x_test, y_test = history.split("test")
    truth = classes_of(y_test)
    runs = (("main", history.snapshots[-1]), ("twin", twin_of(history).snapshots[-1]))
    return {**{side: int((network_at(history, s).guesses(x_test) == truth).sum()) for side, s in runs},
            "of": len(truth)}


def commonest_answer(history: History) -> dict:
    """What guessing gets on the new examples, to judge the counts by (review: "only 35 of 60"
    had nothing to compare it with): the answer the most new examples have (the first, where
    several tie), and how many have it: always giving that one answer gets exactly that many
    right, the most any one answer given every time gets. {"label", "count", "of"}"""
    truth = classes_of(history.split("test")[1])
    counts = np.bincount(truth, minlength=len(history.labels))
    best = int(np.argmax(counts))
    return {"label": history.labels[best], "count": int(counts[best]), "of": len(truth)}


def count_notes(history: History) -> dict[str, str]:
    """Each network's count of new examples right, said as its scoreboard comes (the number of
    new examples is said twice already elsewhere: written only; all of them is "every one")."""
    counts, guessing = right_counts(history), guessing_told(history)
    return {"our_count": "every one" if counts["main"] == counts["of"] else str(counts["main"]),
            "twin_count": "every one too" if counts["twin"] == counts["of"] else f"only {counts['twin']}",
            "guessing_words": (f"Always saying {guessing['label']} gets {guessing['count']}."
                               if guessing is not None else "")}


def guessing_told(history: History) -> dict | None:
    """What guessing gets (commonest_answer), where it is said and marked: where the twin's count
    is near it (at most half as many again), so "only" needs that baseline beside it (review s34
    r2, tiny: 35 of 60 against 33); None far above it (digits: 95 against 42, the baseline was an
    unexplained side point). Decided here once, for the words and the scoreboard."""
    guessing = commonest_answer(history)
    return guessing if right_counts(history)["twin"] <= 1.5 * guessing["count"] else None


def first_step(history: History) -> dict:
    """Each run's first step, as its history kept it: the change to the dials into the first
    hidden layer between its first two snapshots (steps 0 and 1), one row per hidden neuron.
    The twin's rows are all the same change (its neurons are copies); ours each their own.

    {"from": 0, "to": 1, "main": (hidden, inputs) array, "twin": the same for the twin}"""
    runs = {"main": history.snapshots, "twin": twin_of(history).snapshots}
    found = {"from": runs["main"][0].step, "to": runs["main"][1].step}
    for side, snaps in runs.items():
        assert (snaps[0].step, snaps[1].step) == (found["from"], found["to"]), "both runs keep the same steps"
        found[side] = np.asarray(snaps[1].weights[0], dtype=float) - np.asarray(snaps[0].weights[0], dtype=float)
    return found


def example_turn(history: History, run: Sequence[Snapshot]) -> np.ndarray:
    """The first practice example's own share of a run's first change to the dials into the
    first hidden layer, one row per hidden neuron: minus the step size times the gradient of
    the cost on it alone (nncore's backprop, at the starting dials), over the batch's size (the
    first batch's shares add up to first_step's change). Where the example is blank (an input
    of 0) the dial's share is exactly 0: no ink, no turn."""
    x, y = history.split("train")
    i = practice_examples(history)[0]
    batch = min(history.config.get("batch_size") or len(x), len(x))
    grad = network_at(history, run[0]).backward(x[i:i + 1], y[i:i + 1]).grad_weights[0]
    return -history.config["lr"] * np.asarray(grad, dtype=float) / batch


def first_turns(history: History) -> dict:
    """The first change the demo draws (first_step's form): a picture's, the practice example's
    own turn (example_turn; review s30: "a dial only turns where the example has ink" was to be
    seen, and the whole first bit of practice, ten examples, inks nearly every square); else the
    run's whole first change, as its history kept it."""
    found = first_step(history)
    if input_kind(history) == "image":
        runs = {"main": history.snapshots, "twin": twin_of(history).snapshots}
        found.update({side: example_turn(history, run) for side, run in runs.items()})
    return found


def opposite_pair(history: History) -> tuple[int, int] | None:
    """Review s34 (digits 99-102 s: "ours each their own way" was said while 11 of our 16 change
    patches looked the same pink): a picture's two of ours whose first turns (first_turns, as
    drawn) differ most, the one turned up most and the one turned down most (one example turns a
    neuron's dials all one way: its inputs are never below 0), boxed beside the twin's two at the
    same places. None for a strip (its turn arrows differ on every patch) or where ours all turn
    one way."""
    if marked_turns(history):
        return None
    net = np.asarray(first_turns(history)["main"], dtype=float).sum(axis=1)
    shown = shown_indices(len(net))
    up, down = max(shown, key=lambda k: net[k]), min(shown, key=lambda k: net[k])
    return (int(up), int(down)) if net[up] > 0 > net[down] else None


def pair_neuron(history: History, change: np.ndarray) -> int:
    """The hidden neuron drawn big with its first change: a strip's turns the most dials each
    way (turned_most); one example's turn of a picture's neuron is all one way (the inputs are
    never below 0), so the one it turns up most (green, as "green up" is said)."""
    if marked_turns(history):
        return turned_most(change)
    return int(np.argmax(np.asarray(change, dtype=float).sum(axis=1)))


def close_neurons(history: History) -> list[int]:
    """The hidden neurons whose first change stands up close (close_up), the same a side, in
    order: every one drawn where there are CLOSE_FEW or fewer (tiny's strips); a picture's
    CLOSE_FEW (review s36 init2, digits 99-102 s: 16 a side were too small to read): the one
    drawn big before (pair_neuron), the two turning opposite ways (opposite_pair), and then the
    dimmest and brightest of ours left on the practice example whose turn is seen (CLOSE_SEEN: a
    blank patch read as "no turn", review s32), so ours' glows span their range."""
    shown = shown_indices(history.config["sizes"][1])
    if len(shown) <= CLOSE_FEW:
        return shown
    change = np.asarray(first_turns(history)["main"], dtype=float)
    chosen = list(dict.fromkeys([pair_neuron(history, change), *(opposite_pair(history) or ())]))
    lit = brightness(practice_start_glows(history)["main"])
    seen = np.abs(change).max(axis=1) >= CLOSE_SEEN * shared_top(change)
    rest = sorted((k for k in shown if k not in chosen and seen[k]), key=lambda k: lit[k])
    while len(chosen) < CLOSE_FEW and rest:
        chosen.append(rest.pop(0))      # the dimmest left, then the brightest left, ...
        rest.reverse()
    return sorted(chosen)


def turned_most(change: np.ndarray) -> int:
    """The hidden neuron whose first change (one row a neuron) turns the most dials each way:
    the most of whichever way it turns fewer (the first, where several tie), so both the
    key's colours are seen on it."""
    change = np.asarray(change, dtype=float)
    both = np.minimum((change > 0).sum(axis=1), (change < 0).sum(axis=1))
    return int(np.argmax(both))


def turn_colours(t: Theme) -> tuple[str, str]:
    """The change's colours for "turned up" and "turned down" in theme `t` (not the dials' signs:
    the legend's turn colours, as the backprop chapter draws a turn)."""
    return t.turn_up, t.turn_down


def marked_turns(history: History) -> bool:
    """Whether a first change is drawn as turn arrows on the dial patches themselves (a strip
    of a few inputs: each square ~40 px at 480p) rather than as patches of its own in the turn
    colours (a picture's 8x8 squares are too small for an arrow on each)."""
    return patch_shape(history)[0] == 1


def turn_heights(change: np.ndarray, top: float, cell: float) -> np.ndarray:
    """Each turn arrow's height: bigger for a bigger turn, by the square root of its share of
    `top` (as the patches brighten), from MARK_LOW to MARK_HIGH of a square `cell` wide."""
    share = np.sqrt(np.clip(np.abs(np.asarray(change, dtype=float)) / max(top, 1e-12), 0.0, 1.0))
    return cell * (MARK_LOW + (MARK_HIGH - MARK_LOW) * share)


def patches_alone(history: History) -> bool:
    """Whether the side-by-side networks give way to their patches once a patch is tied to its
    wires: a picture's network (64 inputs, 1184 wires) at panel size is unreadable specks, and
    the patches carry the argument (review s19 g1, its single change: postage stamps beside
    unreadable networks). A few inputs' networks stay: their wires and glows read."""
    return input_kind(history) == "image"


def text_boxes(*mobjects: Mobject) -> list[list]:
    """Every text in `mobjects` with its box (words, left, bottom, right, top): what a test needs
    to check that words drawn together do not run into each other."""
    return [[getattr(m, "original_text", m.text), *map(float, m.get_corner(DOWN + LEFT)[:2]),
             *map(float, m.get_corner(UP + RIGHT)[:2])]
            for mob in mobjects for m in mob.get_family() if isinstance(m, Text) and m.text.strip()]


def sign_bars(circles: Sequence[Mobject], values: Sequence[float], t: Theme) -> VGroup:
    """The video's one mark of a glow below zero (the kit's minus_mark: hollow, a lit bar across
    its dark middle, as the forward chapter draws it) on each lit circle whose glow is below
    zero, hidden whole on the rest (so a new example only turns marks on or off): a glow's
    brightness is its size only (review s17, tiny: trained neurons at -0.62 glowed like +0.75,
    so their red wires into a bright output seemed to break "red pushes down")."""
    return VGroup(*(minus_mark(c, v) for c, v in zip(circles, values)))


def bars_to(bars: VGroup, values: Sequence[float]) -> list[Animation]:
    """`bars` (sign_bars) turned on or off, their bars recoloured, for a new example's glows."""
    fill = theme.current().neuron_fill
    return [b.animate.turn(below_zero(v), shade(v, fill)) for b, v in zip(bars, values)]


def marks_shown(marks: Sequence[MinusMark]) -> list[float]:
    """Each sign mark as drawn: 1.0 shown whole (dark middle and bar), 0.0 hidden (the tests
    read the sign marks by it)."""
    return [m.shown for m in marks]


def twin_snapshot(history: History, step: int) -> Snapshot:
    """The twin's snapshot at `step` (or the latest before it)."""
    snaps = twin_of(history).snapshots
    return [s for s in snaps if s.step <= step][-1] if step >= snaps[0].step else snaps[0]


def minus_sign(value: float, places: int = 2) -> str:
    """A number as the screen writes it: a true minus sign, `places` decimals; never "-0.00"
    (review 11c: a negative zero puzzles a lay viewer): what rounds to zero is written 0."""
    value = 0.0 if round(value, places) == 0 else value
    return f"{value:.{places}f}".replace("-", "\u2212")


def alike_word(glows: Sequence[float]) -> str:
    """The big words under a side's glow dots: "all the same" where every glow writes the
    same (minus_sign's two decimals), else "not all the same" (review s37: read in a second,
    where 16 written numbers had to be scanned; not "each different": a trained network's
    dots can look alike two by two, tiny's three full ones)."""
    return mark("all the same") if len({minus_sign(float(g)) for g in glows}) == 1 else mark("not all the same")


def dial_words(value: float) -> str:
    """A dial written in its sign's colour: decimals enough (up to 4) to show its sign (review
    s17: a starting dial of -0.002 was written "0.00" in red, and red means below zero)."""
    places = next((k for k in (2, 3, 4) if round(value, k) != 0), 2)
    return minus_sign(value, places)


def init_facts(history: History) -> dict[str, object]:
    """The base facts and this chapter's: the twin's verdict on one new example (its score
    and ours are the testing chapter's: review s12, trained results before training)."""
    facts = base_facts(history)
    twin = twin_of(history)
    main_step, _ = compared_steps(history)
    hidden = history.config["sizes"][1:-1]
    copies = (f"its {hidden[0]} hidden neurons act like just one." if len(hidden) == 1 else
              "each of its hidden layers acts like just one neuron.")
    look = same_look(history, history.snapshots[-1], twin.snapshots[-1])
    pair = opposite_pair(history)
    facts.update(
        n_patches=history.config["sizes"][1],
        # both ran all their rounds: the same practice (the twin does not stop sooner); no step
        # numbers here (review s13: steps are the training chapter's)
        # the rounds' count is on screen under each heading (its number is said twice already
        # where a round is one step: test_clarity)
        practice=("Both get exactly the same practice." if main_step == twin.snapshots[-1].step
                  else "Each one practises until its own training stops."),
        twin_copies=copies,
        **dict(zip(("our_verdict", "twin_verdict"), look_verdict(history, look))),
        # each count said, the total written (the test set's size is said twice already: test_clarity)
        **count_notes(history),
        patch_layout=("like the picture's squares" if input_kind(history) == "image" else "one square per input"),
        # what a glow is, said as the key to it is drawn (review s26 x1: "glow", and a glow
        # below zero, were used here before the forward chapter explains them)
        glow_words=glow_words(history),
        # the two of ours boxed turning opposite ways, said while they stand boxed (review s34)
        pair_words=(" Two of ours turn opposite ways; the twin's two turn the same."
                    if pair is not None else ""),
        # a picture's first turn is the practice example's own: where it is blank, nothing turns
        ink_words=(" Inked squares' dials turn; blank ones stay put."
                   if input_kind(history) == "image" else ""),
        # points on a plane: each hidden neuron's glow over it is drawn at the end (Init.neuron_maps)
        **maps_notes(history))
    return facts


def practice_start_glows(history: History) -> dict[str, np.ndarray]:
    """Each run's hidden glows on the first practice example with its starting dials (the
    glows step_one draws): {"main": ..., "twin": ...}."""
    x_train = history.split("train")[0]
    row = x_train[practice_examples(history)[0]]
    return {name: activations(history, run[0], row)[1]
            for name, run in (("main", history.snapshots), ("twin", twin_of(history).snapshots))}


def glows_below_zero(history: History) -> bool:
    """Whether a glow the practice example lights (as drawn: shown neurons, two decimals) is
    below zero: then the glow key has its bar, and the bar is said."""
    return any(below_zero(g[i]) for g in practice_start_glows(history).values() for i in shown_indices(len(g)))


def glow_words(history: History) -> str:
    """What a glow is, in plain words, as its key is drawn: 0 dark to 1 full; where a glow below
    zero is drawn, what its hollow and bar mean, said with the rest of the key (review s31: said
    only after "ours each glow their own way", the glows below zero stood ~13 s unexplained)."""
    words = "Each hidden neuron lights up by it: that is its glow, from 0, dark, to 1, full."
    if glows_below_zero(history):
        # plain words: "pushing" is the dials' word (review s31)
        words += " Hollow, with a bar, means below zero: as strong, but the other way."
    return words


def map_glows(history: History, snapshot: Snapshot) -> np.ndarray:
    """(cells, hidden) glow of the first hidden layer over the map's grid of the plane."""
    grid = grid_inputs(plane_bounds(history.split("train")[0]), MAP_CELLS)
    return network_at(history, snapshot).forward(grid).a[1]


def flat_maps(history: History) -> list[int]:
    """Our hidden neurons (of those drawn) whose glow hardly changes over the plane after the
    practice: found nothing yet, and said so (review s19 v1: "its own pattern" over a flat map)."""
    glow = map_glows(history, history.snapshots[-1])
    return [i for i in shown_indices(glow.shape[1]) if np.ptp(glow[:, i]) < FLAT_SPREAD]


def edge_segment(w: np.ndarray, b: float, bounds) -> tuple[np.ndarray, np.ndarray] | None:
    """Where a first-layer neuron's glow crosses zero (w . x + b = 0: a straight line in the plane
    of two inputs) inside `bounds`, as its two ends (data coordinates); None if it misses."""
    (x0, x1), (y0, y1) = bounds
    w = np.asarray(w, dtype=float)
    hits = []
    if abs(w[1]) > 1e-12:
        hits += [np.array([x, -(b + w[0] * x) / w[1]]) for x in (x0, x1)]
    if abs(w[0]) > 1e-12:
        hits += [np.array([-(b + w[1] * y) / w[0], y]) for y in (y0, y1)]
    eps = 1e-9
    inside = [p for p in hits if x0 - eps <= p[0] <= x1 + eps and y0 - eps <= p[1] <= y1 + eps]
    if len(inside) < 2:
        return None
    far = max(((a, c) for a in inside for c in inside), key=lambda pair: np.linalg.norm(pair[0] - pair[1]))
    return (far[0], far[1]) if np.linalg.norm(far[0] - far[1]) > eps else None


def together_edges(history: History) -> dict[str, list]:
    """Per side ("main", "twin"): the edges of its drawn hidden neurons after the practice (last
    snapshots), each once (the twin's copies are one edge), ours' flat ones left out (they found
    no edge: flat_maps)."""
    bounds = plane_bounds(history.split("train")[0])
    flat = set(flat_maps(history))
    out = {}
    for side, snap in (("main", history.snapshots[-1]), ("twin", twin_of(history).snapshots[-1])):
        w, b = np.asarray(snap.weights[0], dtype=float), np.asarray(snap.biases[0], dtype=float)
        segs = []
        for i in shown_indices(len(b)):
            if side == "main" and i in flat:
                continue
            seg = edge_segment(w[i], float(b[i]), bounds)
            if seg is not None and not any(np.allclose(seg[0], s[0]) and np.allclose(seg[1], s[1]) for s in segs):
                segs.append(seg)
        out[side] = segs
    return out


def inner_class(history: History) -> int:
    """The inner ring's class: the one whose practice points lie nearest the middle of the plane."""
    x, y = history.split("train")
    truth = classes_of(y)
    middle = np.mean(plane_bounds(x), axis=1)
    return int(min(np.unique(truth), key=lambda k: np.linalg.norm(x[truth == k] - middle, axis=1).mean()))


def cut_by(corners: list[np.ndarray], side: Callable[[np.ndarray], float]) -> list[np.ndarray]:
    """A convex region (its corners in order) cut by a line: the part where `side` is 0 or more."""
    out = []
    for k, p in enumerate(corners):
        q = corners[(k + 1) % len(corners)]
        at_p, at_q = side(p), side(q)
        if at_p >= 0:
            out.append(p)
        if at_p * at_q < 0:        # the line crosses this side of the region: where, kept
            out.append(p + (q - p) * at_p / (at_p - at_q))
    return out


def hemmed_in(history: History, segs: Sequence[tuple]) -> np.ndarray:
    """Review s35 (tiny 192-198 s: "ours hem in most of the inner ring" was said over three bare
    lines): the region ours' edges (`segs`, together_edges') enclose, corners in the points'
    plane: the plane's box cut by each edge's line, on the side most of the inner ring's points
    are (inner_class). Empty where nothing is left."""
    x, y = history.split("train")
    ring = x[classes_of(y) == inner_class(history)]
    (x0, x1), (y0, y1) = plane_bounds(x)
    corners = [np.array(c, dtype=float) for c in ((x0, y0), (x1, y0), (x1, y1), (x0, y1))]
    for a, b in segs:
        a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
        normal = np.array([a[1] - b[1], b[0] - a[0]])
        way = 1.0 if np.mean((ring - a) @ normal >= 0) >= 0.5 else -1.0
        corners = cut_by(corners, lambda p, a=a, normal=normal, way=way: way * float((p - a) @ normal))
        if not corners:
            break
    return np.array(corners).reshape(-1, 2)


def count_words(n: int) -> str:
    """A small count as said: "one" to "twelve", else its digits."""
    words = "zero one two three four five six seven eight nine ten eleven twelve".split()
    return words[n] if n < len(words) else str(n)


def looks_for(history: History) -> dict:
    """A picture's payoff (review s23 k1, its single change: "each neuron can learn its own
    pattern" rested on patches that still looked like noise): after all of the practice, our
    hidden neuron whose glow varies most over the new examples (the choosiest) and the new
    example it glows most for (the first, where several tie); the twin's first hidden neuron
    (all of its are alike) and the new example it glows most for.

    {"neuron", "example", "answer", "glow", "twin_example", "twin_answer", "twin_glow"}"""
    x_test, y_test = history.split("test")
    truth = classes_of(y_test)
    ours = network_at(history, history.snapshots[-1]).forward(x_test).a[1]
    twin = network_at(history, twin_of(history).snapshots[-1]).forward(x_test).a[1]
    neuron = int(ours.std(axis=0).argmax())
    mine, theirs = int(ours[:, neuron].argmax()), int(twin[:, 0].argmax())
    return {"neuron": neuron, "example": mine, "answer": int(truth[mine]), "glow": float(ours[mine, neuron]),
            "twin_example": theirs, "twin_answer": int(truth[theirs]), "twin_glow": float(twin[theirs, 0])}


def ink_cells(pixels: np.ndarray) -> list[int]:
    """The example's strokes: its pixels (row-major) at least INK_SHARE as lit as its brightest."""
    p = np.asarray(pixels, dtype=float).ravel()
    return [int(i) for i in np.flatnonzero(p >= INK_SHARE * p.max())] if p.max() > 0 else []


def ink_edges(cells: Sequence[int], side: int) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The example's strokes as one line round them: every side of an inked cell (row-major in
    a side x side picture) with no inked cell across it, as ((x, y), (x, y)) in cell units
    from the top-left corner, y down."""
    inked = set(int(i) for i in cells)
    out = []
    for i in sorted(inked):
        r, c = divmod(i, side)
        for (dr, dc), a, b in (((-1, 0), (c, r), (c + 1, r)), ((1, 0), (c, r + 1), (c + 1, r + 1)),
                               ((0, -1), (c, r), (c, r + 1)), ((0, 1), (c + 1, r), (c + 1, r + 1))):
            rr, cc = r + dr, c + dc
            if not (0 <= rr < side and 0 <= cc < side) or rr * side + cc not in inked:
                out.append((a, b))
    return out


def ink_outline(big: WeightPatches, edges: Sequence[tuple], color: str) -> VMobject:
    """The example's strokes laid over one big patch: the line round them (ink_edges)."""
    corner = big.frames.points[0]                 # the first patch's top-left corner, where it is now
    at = lambda p: corner + big.cell * np.array([p[0], -p[1], 0.0])
    a = np.array([at(e[0]) for e in edges])
    b = np.array([at(e[1]) for e in edges])
    points = np.stack([a, a + (b - a) / 3, a + 2 * (b - a) / 3, b], axis=1).reshape(-1, 3)
    # thick, on a dark rim (review s26 k1 r2: a thin line on red and blue squares was hard to see)
    line = VMobject(stroke_color=color, stroke_width=5, fill_opacity=0).set_points(points)
    return line.set_stroke(theme.current().background, 9, background=True)


def our_looks(history: History, count: int = PAYOFF_LOOKS) -> list[dict]:
    """A picture's payoff (review s25 k1, both reviewers' single change: one neuron of ours was
    not "each its own pattern"): `count` of our hidden neurons after all of the practice, each
    with the new example it glows most for: first the one whose example's strokes (ink_cells)
    land most on its blue dials (review s26 k1 r2: the choosiest one's 3 lay on red as much as
    on blue, under "blue: ink here lights it up"), then the next such whose example is another
    digit (ties: the choosiest first). [{"neuron", "example", "answer", "glow"}]"""
    x_test, y_test = history.split("test")
    truth = classes_of(y_test)
    ours = network_at(history, history.snapshots[-1]).forward(x_test).a[1]
    weights = np.asarray(history.snapshots[-1].weights[0], dtype=float)
    best = {i: int(ours[:, i].argmax()) for i in range(ours.shape[1])}
    on_blue = {i: float(np.mean(weights[i][ink_cells(x_test[e])] > 0)) if ink_cells(x_test[e]) else 0.0
               for i, e in best.items()}
    spread = ours.std(axis=0)
    order = sorted(best, key=lambda i: (-round(on_blue[i], 6), -spread[i], i))
    picked: list[int] = []
    for distinct in (True, False):
        for i in order:
            if len(picked) < count and i not in picked and (
                    not distinct or all(truth[best[i]] != truth[best[j]] for j in picked)):
                picked.append(i)
    return [{"neuron": i, "example": best[i], "answer": int(truth[best[i]]), "glow": float(ours[best[i], i])}
            for i in picked]


def maps_notes(history: History) -> dict[str, str]:
    """The words on the neuron maps (points on a plane only: else all empty): what a map is,
    ours (each its own edge, and honestly, how many found nothing), the twin's (copies)."""
    if input_kind(history) == "image":
        # a picture's payoff, drawn by Init.payoff: one of ours big beside the new example it
        # glows most for; the twin's big beside its copies
        # (the first said at "edge", the others at "own": its bookmarks, the maps' words empty)
        # "looks for this:" as the patch is pointed at, "glows most for this 3" as the example
        # comes (review s26 k1 r2: the example came before the words about the patch)
        first, *more = (history.labels[look["answer"]] for look in our_looks(history))
        others = " and ".join(f"this {label}" for label in more)
        return {"maps_note": "", "paint_note": "", "edge_note": " One of ours now looks for this:",
                "most_note": f" it glows most for this {first}.",
                "own_note": (" Another looks for " if len(more) == 1 else
                             f" {count_words(len(more)).capitalize()} others look for ") + f"{others}." if more else "",
                "twins_note": " The twin's all look for one and the same thing.", "together_note": ""}
    if input_kind(history) != "point":
        return {"maps_note": "", "paint_note": "", "edge_note": "", "most_note": "", "own_note": "", "twins_note": "",
                "together_note": ""}
    flat = len(flat_maps(history))
    found = len(shown_indices(history.config["sizes"][1])) - flat
    own = " Ours each found their own edge." if not flat else (
        f" {count_words(found).capitalize()} of ours found their own edge;"
        f" {count_words(flat)} {'has' if flat == 1 else 'have'} hardly found anything yet.")
    # the points' picture again, not "the plane" (review s23, tiny: never named); one map
    # first, big, with the new example, and its edge said (review s23 x1, its single change)
    # (the four a side come in as "found their own edge" is said)
    # the map built as it is said (review s26 x1 r1, its single change: it was only narrated): a
    # point moves over the picture, one neuron beside it lights as it goes, and each spot it
    # passes is painted by that glow
    return {"maps_note": " Here is the picture of the points again.",
            "paint_note": " Move a point all over it and watch one of our neurons: where it glows,"
                          " the spot turns gold; below zero, grey. Here is the new example.",
            "edge_note": " Its edge is the line where it switches from grey to gold.", "most_note": "",
            "own_note": own, "twins_note": " The twin's are all alike.",
            # the payoff seen, not told (review s30 n r1+r2, both single changes): our edges laid on
            # one picture of the points close round the inner ring; the twin's one edge cannot.
            # Review s32 (tiny 186 s): "nearly fence in" was said over "60 of 60 right": the edges
            # hem in most of the ring (one cuts into it), and the score under them is said as it is
            "together_note": f" Together, ours hem in most of the inner ring: {new_points_right(history)}."
                             " The twin's one edge cannot."}


def new_points_right(history: History) -> str:
    """Our score on the new points as the together picture writes it under ours, in words."""
    counts = right_counts(history)
    return ("every new point right" if counts["main"] == counts["of"]
            else f"{counts['main']} of the {counts['of']} new points right")


def practice_examples(history: History, count: int = LOOKS) -> list[int]:
    """The first `count` practice examples the run's first step took (the kit's first_pile)."""
    return [int(i) for i in first_pile(history)[:count]]


def activations(history: History, snapshot: Snapshot, x_row: np.ndarray) -> list[np.ndarray]:
    """One example's activations through the story's network at a snapshot, input first."""
    return [a[0] for a in network_at(history, snapshot).forward(np.asarray(x_row)[None]).a]


def more_looks(history: History, twin: Snapshot, chosen: int, count: int = LOOKS - 1) -> list[int]:
    """Test examples shown before the chosen one (same_look) to show the trained twin's glows
    alike on more than one: plainly lit ones (a quarter or more), each at another level than
    those before it, in the test set's order; where too few differ, the next ones."""
    x_test = history.split("test")[0]
    glow = brightness(network_at(history, twin).forward(x_test).a[1][:, 0])
    picked: list[int] = []
    for strict in (True, False):
        for i in range(len(glow)):
            if len(picked) == count:
                return picked
            levels = [glow[j] for j in (*picked, chosen)]
            if i != chosen and i not in picked and (not strict or (
                    glow[i] >= 0.25 and all(abs(glow[i] - g) >= 0.15 for g in levels))):
                picked.append(i)
    return picked


def shared_top(*weights: np.ndarray) -> float:
    """One colour scale for patches drawn side by side (review s12: each set scaled to its own
    largest, the twin's 0.06 was as bright as our 0.40): a high percentile of them all."""
    return float(np.percentile(np.abs(np.concatenate([np.ravel(w) for w in weights])), SCALE_PERCENTILE))


# --- pictures ---

def patch_shape(history: History) -> tuple[int, int]:
    """(rows, columns) of weights in one hidden neuron's patch: 8x8 for digit pictures."""
    n_in = history.config["sizes"][0]
    side = math.isqrt(n_in)
    return (side, side) if input_kind(history) == "image" else (1, n_in)


def split_of(shape: tuple[int, int]) -> float:
    """Space between a patch's squares, in weights: a strip of a few inputs has its squares
    drawn apart, so two equal ones read as two (a picture's squares touch, as its pixels)."""
    return SPLIT_CELLS if shape[0] == 1 and shape[1] > 1 else 0.0


def patch_span(shape: tuple[int, int]) -> tuple[float, float, float]:
    """(height, width, gap to the next patch) of one patch, in weights."""
    split = split_of(shape)
    return shape[0], shape[1] + (shape[1] - 1) * split, SPLIT_GAP_CELLS if split else GAP_CELLS


def patch_grid(n_patches: int, shape: tuple[int, int], box: tuple[float, float],
               row_gap: float | None = None) -> tuple[int, int]:
    """(rows, columns) of patches that lets them be drawn biggest inside `box`; `row_gap` (in
    weights): room over every row, the first too (for a dot over each patch), not the gap."""
    return patch_fit(n_patches, shape, box, row_gap)[:2]


def patch_fit(n_patches: int, shape: tuple[int, int], box: tuple[float, float],
              row_gap: float | None = None) -> tuple[int, int, float]:
    """(rows, columns, one weight's side) of the biggest patches inside `box` (patch_grid)."""
    tall_one, wide_one, gap = patch_span(shape)

    def cell(cols: int) -> float:
        rows = -(-n_patches // cols)
        high = rows * tall_one + (rows - 1) * gap if row_gap is None else rows * (tall_one + row_gap)
        return min(box[0] / (cols * wide_one + (cols - 1) * gap), box[1] / high)
    cols = max(range(1, n_patches + 1), key=cell)
    return -(-n_patches // cols), cols, cell(cols)


class WeightPatches(VGroup):
    """Each hidden neuron's incoming weights as a patch of coloured squares: blue positive,
    red negative, stronger colour for bigger by the square root of the size (the biggest few
    percent all in the strongest): one meaning, the dials' values, from start to end.

    Squares of one colour step share one VMobject, so a 16-neuron, 64-input layer is about a
    dozen mobjects, not a thousand.

        >>> WeightPatches(np.ones((4, 2)), shape=(1, 2))
        WeightPatches(4 neurons, 1x2 weights each)
    """

    def __init__(self, weights: np.ndarray, shape: tuple[int, int],
                 box: tuple[float, float] = PATCH_BOX, top: float | None = None,
                 colours: tuple[str, str] | None = None, row_gap: float | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        t = theme.current()
        self.shape, self.top, self.row_gap = shape, top, row_gap
        w = np.asarray(weights, dtype=float)
        rows, cols, self.cell = patch_fit(len(w), shape, box, row_gap)
        self._corners = self._layout(len(w), shape, cols)
        self.fills = VGroup(*(VMobject(fill_color=shade(step / PATCH_STEPS, color), fill_opacity=1.0,
                                       stroke_width=0)
                              for color in (colours or (t.negative, t.positive))
                              for step in range(1, PATCH_STEPS + 1)))
        self.frames = VMobject(stroke_color=t.muted, stroke_width=1.0).set_points(
            rect_points(*self._frame_corners(len(w), shape, cols)))
        self.add(self.fills, self.frames)
        self.set_weights(w)
        self.center()

    def _layout(self, n: int, shape: tuple[int, int], cols: int) -> np.ndarray:
        """Top-left corner of every weight's square, neuron by neuron, row-major."""
        h, wd = shape
        tall_one, wide_one, gap = patch_span(shape)
        k, r, c = np.meshgrid(np.arange(n), np.arange(h), np.arange(wd), indexing="ij")
        patch_row, patch_col = np.divmod(k, cols)
        x = patch_col * (wide_one + gap) + c * (1 + split_of(shape))
        y = -(patch_row * (tall_one + (gap if self.row_gap is None else self.row_gap)) + r)
        return np.stack([x, y, np.zeros_like(x)], axis=-1).reshape(n, h * wd, 3) * self.cell

    def _frame_corners(self, n: int, shape: tuple[int, int], cols: int) -> tuple[np.ndarray, np.ndarray]:
        """One outline per patch; a strip's squares, drawn apart, each their own."""
        if split_of(shape):
            top_left = self._corners.reshape(-1, 3)
            return top_left, top_left + np.array([1.0, -1.0, 0.0]) * self.cell
        top_left = self._corners[:, 0]
        size = np.array([shape[1], -shape[0], 0.0]) * self.cell
        return top_left, top_left + size

    def set_weights(self, weights: np.ndarray) -> WeightPatches:
        """Recolour every square for these weights at once."""
        w = np.asarray(weights, dtype=float)
        self.weights = w
        # scaled by a high percentile, not the largest: one big weight would wash out the rest
        # (or by a given `top`, so patches drawn apart share one scale)
        top = self.top or float(np.percentile(np.abs(w), SCALE_PERCENTILE))
        share = np.clip(w.reshape(len(w), -1) / max(top, 1e-12), -1.0, 1.0)
        # brighter by the square root of the size (review s13: on one scale with ours, the
        # twin's smaller dials drew near black, its copies hard to see; order kept)
        share = np.sign(share) * np.sqrt(np.abs(share))
        step = np.minimum(np.rint(np.abs(share) * PATCH_STEPS).astype(int), PATCH_STEPS)
        style = np.where(share >= 0, PATCH_STEPS, 0) + step - 1    # -1: too small to colour
        shift = self.frames.points[0] - self._corners[0, 0]        # the corners move with us
        for s, mob in enumerate(self.fills):
            chosen = self._corners[(style == s) & (step > 0)] + shift
            if len(chosen):
                # a hair bigger than a cell, so neighbours of one colour show no seam
                pad = np.array([-1, 1, 0]) * SEAM * self.cell
                mob.set_points(rect_points(chosen + pad, chosen + np.array([self.cell, -self.cell, 0]) - pad))
            else:
                mob.clear_points()
        return self

    def __repr__(self) -> str:
        return f"WeightPatches({len(self.weights)} neurons, {self.shape[0]}x{self.shape[1]} weights each)"


def square_centres(patches: WeightPatches) -> np.ndarray:
    """Where the middle of each weight's square stands now: (neurons, weights, 3)."""
    shift = patches.frames.points[0] - patches._corners[0, 0]
    return patches._corners + shift + patches.cell * np.array([0.5, -0.5, 0.0])


def turn_marks(patches: WeightPatches, change: np.ndarray, top: float, t: Theme) -> VGroup:
    """The legend's turn arrow on each square of `patches` (one row of `change` a neuron): up in
    the turn-up colour where its dial is turned up, else down in the turn-down colour, bigger
    for a bigger turn (turn_heights, on the scale `top`), with a rim of the background so it
    reads on blue and on red. One VGroup a neuron, one arrow a square."""
    change = np.asarray(change, dtype=float)
    heights, spots = turn_heights(change, top, patches.cell), square_centres(patches)
    return VGroup(*(VGroup(*(turn_arrow(c, height).set_fill(t.turn_up if c > 0 else t.turn_down, 1.0)
                             .set_stroke(t.background, 3, background=True).move_to(spot)
                             for c, height, spot in zip(row, tall, at)))
                    for row, tall, at in zip(change, heights, spots)))


def marks_drawn(marks: VGroup) -> list[list[list[float]]]:
    """Each turn arrow as drawn, a neuron's row at a time: [way (+1 up, -1 down), height, x, y]
    (the way read off its tip, its first corner: over its middle, it points up)."""
    return [[[1.0 if a.get_vertices()[0][1] > a.get_center()[1] else -1.0, float(a.height),
              *map(float, a.get_center()[:2])] for a in row] for row in marks]


def neuron_box(patches: WeightPatches, dots: VGroup, k: int, t: Theme, buff: float) -> SurroundingRectangle:
    """A box round one neuron's change patch (of `patches`) and its glow dot over it (`dots`,
    glow_dots' row), `buff` clear of them."""
    return SurroundingRectangle(VGroup(patch_frames(patches, t.focus)[k], dots[k]), color=t.focus, buff=buff)


def patch_frames(patches: WeightPatches, color: str) -> VGroup:
    """One outline per patch, in reading order (where `patches` is drawn now)."""
    shift = patches.frames.points[0] - patches._corners[0, 0]
    tall_one, wide_one, _ = patch_span(patches.shape)
    size = np.array([wide_one, -tall_one, 0.0]) * patches.cell
    return VGroup(*(VMobject(stroke_color=color, stroke_width=3).set_points(
        rect_points(top_left + shift, top_left + shift + size)) for top_left in patches._corners[:, 0]))


class Replay(Animation):
    """Networks (diagram and patches) pass through their real snapshots, each stretch between
    two snapshots taking an equal share of the time; `on_step(side, step)` is called when a
    side's nearest snapshot changes, to relabel it. A side's "wires_from" (weights), when
    given, is where its wires start instead of its first frame's (they stood at step 0 while
    its patches took the first change).

    One animation for the whole run: each play call costs manim a hash of every mobject.
    """

    def __init__(self, sides: list[dict], on_step: Callable[[dict, int], None], **kwargs) -> None:
        self.sides, self.on_step = sides, on_step
        self.stretches = len(sides[0]["frames"]) - 1
        group = Group(*(m for s in sides for m in ((s["patches"], s["head"]) if s.get("alone")
                                                   else (s["diagram"], s["patches"], s["head"]))))
        super().__init__(group, rate_func=linear, **kwargs)

    def create_starting_mobject(self) -> Mobject:
        return Mobject()   # never read: skip deep-copying the diagrams

    def interpolate_mobject(self, alpha: float) -> None:
        k = min(int(alpha * self.stretches), self.stretches - 1)
        share = alpha * self.stretches - k
        def mix(start, end):
            return [(1 - share) * np.asarray(x, dtype=float) + share * np.asarray(y, dtype=float)
                    for x, y in zip(start, end)]
        mixes = [mix(side["frames"][k].weights, side["frames"][k + 1].weights) for side in self.sides]
        top = shared_top(*(m[0] for m in mixes))     # one colour scale for both sides' patches
        for side, m in zip(self.sides, mixes):
            a, b = side["frames"][k], side["frames"][k + 1]
            wires = mix(side["wires_from"], b.weights) if k == 0 and "wires_from" in side else m
            if not side.get("alone"):
                side["diagram"].set_weights(wires)
            side["patches"].top = top
            side["patches"].set_weights(m[0])
            # the label follows the drawn weights: the nearer snapshot's step
            nearest = b.step if share >= 0.5 else a.step
            if side.get("step") != nearest:
                side["step"] = nearest
                self.on_step(side, nearest)


def paint_order(cells: int) -> np.ndarray:
    """The map's cells (row-major, row 0 at the top) in the order a point passes them: row by
    row from the top, left to right, then back right to left, so it never jumps across."""
    order = np.arange(cells * cells).reshape(cells, cells)
    order[1::2] = order[1::2, ::-1]
    return order.ravel()


def paint_cells(m: BoundaryMap, glow: np.ndarray, shown: np.ndarray) -> None:
    """A neuron's map coloured as BoundaryMap.set_answers colours it (gold above zero, grey
    below, stronger the bigger), only the cells in `shown` (the rest stay unpainted)."""
    level = np.minimum((np.abs(glow) * SURENESS_LEVELS).astype(int), SURENESS_LEVELS - 1)
    shade = (np.asarray(glow) > 0).astype(int) * SURENESS_LEVELS + level
    half = 0.51 * m.border.width / m.cells
    centres = m._cell_centres - m._cell_centres.mean(axis=0) + m.border.get_center()
    for k, mob in enumerate(m.shades):
        mine = centres[(shade == k) & shown]
        if len(mine):
            mob.set_points(_polyline_squares(mine, half))
        else:
            mob.clear_points()


class Paint(Animation):
    """One neuron's map painted as a point moves over it (review s26 x1 r1, its single change:
    the map was described, not built): the point passes the cells in paint_order, the neuron
    beside the map is lit by its real glow where the point is (its bar below zero), and every
    cell the point has passed keeps that glow's colour. One animation, a few pools recoloured
    a frame."""

    def __init__(self, m: BoundaryMap, glow: np.ndarray, probe: Mobject, neuron: VGroup, t: Theme,
                 **kwargs) -> None:
        self.map, self.glow, self.probe, self.neuron = m, np.asarray(glow, dtype=float), probe, neuron
        self.order = paint_order(m.cells)
        self.centres = m._cell_centres - m._cell_centres.mean(axis=0) + m.border.get_center()
        self.fills = lit_colours(t, list(brightness(np.clip(self.glow, -1.0, 1.0))))
        super().__init__(Group(m, probe, neuron), rate_func=linear, **kwargs)

    def create_starting_mobject(self) -> Mobject:
        return Mobject()   # never read: skip deep-copying the map

    def interpolate_mobject(self, alpha: float) -> None:
        n = len(self.order)
        k = min(int(alpha * n) + 1, n)
        shown = np.zeros(n, dtype=bool)
        shown[self.order[:k]] = True
        paint_cells(self.map, self.glow, shown)
        cell = self.order[k - 1]
        self.probe.move_to(self.centres[cell])
        self.neuron[0].set_fill(self.fills[cell])
        self.neuron[1].turn(below_zero(self.glow[cell]), self.fills[cell])


def sample_counts(wires: Sequence[int], count: int = SAMPLED_DIALS) -> list[int]:
    """How many of the `count` sampled dials each layer pair gets, given its drawn wires: a
    pair as many as a sixth of its wires allows (at least one), the last pair, whose wires fan
    into the outputs apart, half of its own; in order, until `count` are given (a picture's
    first pair takes all five; tiny's crossing 8 first wires one, its output's 4 two).

        >>> sample_counts([256, 160]), sample_counts([8, 4])
        ([5, 0], [1, 2])
    """
    counts, left = [], count
    for k, n in enumerate(wires):
        share = 2 if k == len(wires) - 1 else 6
        counts.append(min(left, max(1, n // share)) if n else 0)
        left -= counts[-1]
    return counts


def sampled_edges(ins: Sequence[int], outs: Sequence[int], weights: np.ndarray | None = None,
                  count: int = SAMPLED_DIALS, shares: Sequence[float] = SAMPLE_SHARES) -> list[tuple[int, int]]:
    """(from, to) of `count` drawn wires between two columns, one in each of `count` bands from
    top to bottom, each joining neurons at about the same height, so their middles (where their
    values are written) stand one under another. With `weights` (to, from), each band takes its
    wire nearest one of SAMPLE_SHARES of the drawn dials' spread: strong and weak, both signs,
    so the widths differ as the legend beside them says (all five drawn alike, review s10)."""
    if weights is None:
        places = (np.arange(count) + 0.5) / count
        return [(ins[int(p * len(ins))], outs[min(int(p * len(outs)) + 1, len(outs) - 1)]) for p in places]
    w = np.asarray(weights, dtype=float)
    targets = np.quantile(w[np.ix_(outs, ins)], list(shares)[:count])
    # each wire's ends and middle as a share of its column's height, top 0 to bottom 1
    rise_in, rise_out = np.linspace(0, 1, len(ins)), np.linspace(0, 1, len(outs))
    picked = []
    for k, target in enumerate(targets):
        middle = (k + 0.5) / count
        # middles within a third of a band of the band's centre, and wires not too steep
        off = {(i, o): abs((rise_in[a] + rise_out[b]) / 2 - middle) + max(0.0, abs(rise_in[a] - rise_out[b]) - 0.3)
               for a, i in enumerate(ins) for b, o in enumerate(outs) if (i, o) not in picked}
        if not off:
            break
        # a few columns (a small network): the wires nearest the band's centre
        pairs = [pair for pair, d in off.items() if d <= max(0.34 / count, min(off.values()))]
        picked.append(min(pairs, key=lambda pair: abs(w[pair[1], pair[0]] - target)))
    return picked


def drawn_wires(diagram: NetworkDiagram) -> list[tuple[int, int, int, str]]:
    """(layer pair, to, from, colour) of every drawn wire, read off the diagram."""
    return [(p, to, frm, diagram.edge_style(p, to, frm)[0])
            for p in range(len(diagram.sizes) - 1)
            for to in diagram.shown_indices(p + 1) for frm in diagram.shown_indices(p)
            if diagram.edge_style(p, to, frm) is not None]


def to_segment(point: np.ndarray, a: np.ndarray, b: np.ndarray) -> float:
    """How far `point` is from the segment a-b (in the plane)."""
    point, a, b = (np.asarray(v, dtype=float)[:2] for v in (point, a, b))
    share = np.clip(np.dot(point - a, b - a) / max(np.dot(b - a, b - a), 1e-12), 0.0, 1.0)
    return float(np.linalg.norm(point - (a + share * (b - a))))


def box_room(centre: np.ndarray, size: Sequence[float], a: np.ndarray, b: np.ndarray) -> float:
    """How far the segment a-b keeps from a box of `size` (width, height) at `centre`, in
    half-sizes of the box: above 1, the segment runs clear of it."""
    points = np.linspace(np.asarray(a, dtype=float)[:2], np.asarray(b, dtype=float)[:2], 60)
    off = np.abs(points - np.asarray(centre, dtype=float)[:2]) / (np.asarray(size, dtype=float) / 2)
    return float(off.max(axis=1).min())


def label_spot(line: Line, size: Sequence[float], others: Sequence[tuple],
               taken: Sequence[np.ndarray], rings: Sequence[tuple] = ()) -> np.ndarray:
    """The point along `line` (its middle part) where a label of `size` keeps farthest from
    every other wire and the labels already placed: written there, a value sits on its own
    wire alone (review s18, tiny: at the middle, "-0.73" covered the crossing of two wires).
    `rings`: (centre, radius) of the neurons, which no label may touch (review s24 x1: "1.39"
    sat on tiny's "up" neuron)."""
    def room(share: float) -> float:
        p = line.point_from_proportion(share)
        # on a neuron (within RING_CLEAR of its rim): worse than anything else
        if any(circle_gap(p, size, centre, radius) < RING_CLEAR for centre, radius in rings):
            return -9.0
        near = [box_room(p, size, a, b) for a, b in others]
        # on a label already placed: worse than any wire nearby
        apart = [max(np.abs((p - q)[:2]) / np.asarray(size, dtype=float)) for q in taken]
        near += [a if a >= 1 else a - 1 for a in apart]
        return min(near, default=9.0)
    best = max(np.linspace(0.25, 0.75, 21), key=lambda share: (round(min(room(share), 1.5), 1), -abs(share - 0.5)))
    return line.point_from_proportion(best)


def circle_gap(centre: np.ndarray, size: Sequence[float], ring: np.ndarray, radius: float) -> float:
    """How far a box of `size` (width, height) at `centre` stands from a circle's rim (below
    zero: they overlap)."""
    half = np.asarray(size, dtype=float) / 2
    off = np.abs(np.asarray(ring, dtype=float)[:2] - np.asarray(centre, dtype=float)[:2])
    return float(np.linalg.norm(np.maximum(off - half, 0.0)) - radius)


def glowing(line: Line, t: Theme) -> VGroup:
    """A line pointed at: a soft "look here" (focus, white) halo behind it, the line itself in
    its own colour (its colour is its sign: review s11, a yellow-orange halo hid the red of a
    dial below zero), a little thicker."""
    glow = line.copy().set_stroke(t.focus, width=line.get_stroke_width() + 10, opacity=0.3)
    return VGroup(glow, line.set_stroke(width=line.get_stroke_width() + 2))


def clear(label: Mobject, t: Theme) -> Mobject:
    """A label on a solid background patch, a little wider than it: readable over wires."""
    return label.add_background_rectangle(color=t.background, opacity=1.0, buff=0.08)


def layer_ranges(weights: Sequence[np.ndarray | list]) -> dict[str, np.ndarray]:
    """The dials into the (first) hidden layer and into the output layer, by that name."""
    return {"hidden": np.asarray(weights[0], dtype=float), "output": np.asarray(weights[-1], dtype=float)}


# --- the chapter ---

class Init(Chapter):
    """The random start and the symmetry demonstration.

        manim -ql scenes/chapters/init.py Init      # with NN_EXPLAINER_HISTORY=out/history.json
    """

    name, title = "init", "Random start"

    def facts(self) -> dict[str, object]:
        super().facts()   # the base class's check that there is a history
        return init_facts(self.history)

    def construct(self) -> None:
        h = self.history
        opening = self.opening()      # on screen with the title from the first frame
        self.heading = self.show_title()
        big = self.random_dials(*opening)
        main, twin = self.side_by_side(big)
        self.train_both(main, twin)
        main_step, twin_step = compared_steps(h)
        self.show(step=0, weights=h.snapshot(0).weights,
                  main_step=main_step, twin_step=twin_step,
                  twin_spread=hidden_spread(twin_snapshot(h, twin_step).weights),
                  random_spread=hidden_spread(h.snapshot(main_step).weights))

    # --- part 1: the real random start ---

    def opening(self) -> tuple[NetworkDiagram, VGroup, VGroup]:
        """The network's neurons and layer names, added at once: they stand with the title from
        the chapter's first frame (review 9: a title alone read as a blank screen). Its edges
        are taken out, to be drawn in as the wires are named. It stands in the middle (review
        s16: at the left, the frame was half empty) until the dial and legend need the right."""
        diagram = network_picture(self.history, **FULL_BOX).move_to([0, FULL_SPOT[1], 0])
        names = layer_names(diagram, self.theme)
        edges = diagram.edge_groups
        diagram.remove(edges)
        self.add(diagram, names)
        return diagram, names, edges

    def random_dials(self, diagram: NetworkDiagram, names: VGroup, edges: VGroup) -> NetworkDiagram:
        """The real starting edges drawn layer pair by layer pair over the standing neurons;
        one edge and its two neurons pointed out ("every line joins two neurons"), a signal
        running along it ("listens"); the legend when its colours are named, with the blue
        edges and then the red ones flashing; a few real starting dials and the count ("all of
        them"). Review s12: the strongest dial at work ("glow 0.50 halfway") taught squashing
        before the forward chapter; it is gone."""
        t = self.theme
        key = self.legend().to_edge(RIGHT, buff=0.3).set_y(diagram.get_y())
        n = base_facts(self.history)["n_weights"]
        count = self.text("{n} dials, all set at random", size="small", color=t.text,
                          facts={"n": n}).next_to(key, DOWN, buff=0.35).align_to(key, LEFT)
        # where the count comes from: each layer pair's wires, its two columns' real sizes
        # multiplied (review s23, digits: "out of all 1184" and nothing showed where from)
        tally = self.wire_tally().next_to(key, DOWN, buff=0.35).align_to(key, LEFT)
        count.next_to(tally, DOWN, buff=0.2).align_to(key, LEFT)
        # where they stand (tests: whole inside the frame)
        self.show(n_weights=n, tally_boxes=text_boxes(tally, count))
        with self.say("dials") as tracker:
            for group in edges:
                self.play(Create(group), run_time=min(1.0, tracker.duration / (3 * len(edges) + 3)))
            self.remove(edges)
            diagram.add_to_back(edges)
            # aside, wires and all, to make room for the dial
            self.play(VGroup(diagram, names).animate.shift(FULL_SPOT - diagram.get_center()), run_time=0.6)
            self.wait_until_bookmark("pair")
            pair = self.one_pair(diagram)
            self.play(Create(pair[0]), FadeIn(pair[1]), run_time=0.8)
            # "each line has a weight ... think of it as a dial": that wire's real starting dial
            # drawn, tied to it, then its needle turns from upright (zero) to its reading as the
            # dial is named (review s10: no dial was drawn)
            dial = self.pair_dial(diagram, key)
            self.wait(0.6)
            self.play(FadeIn(dial[0]), Create(dial[1]), run_time=0.6)
            self.wait_until_bookmark("dial")
            self.play(dial[0].dot.animate.move_to(dial[0].spot), FadeIn(dial[2]),
                      ShowPassingFlash(pair[0][1].copy().set_stroke(t.focus, width=8), time_width=0.5),
                      run_time=1.2)
            self.wait_until_bookmark("legend")
            # the key comes when its colours are named (review 9: drawn before, it was unread)
            self.play(FadeOut(pair), FadeOut(dial), FadeIn(key, shift=0.2 * LEFT), run_time=0.5)
            # "blue lines push up", "red lines push down": each sign's lines stand out as it is
            # named (review s11: the red flash followed the blue one at once, before its words)
            # each held while its words are said (review s19 g1: a 2 s red flash, held under a
            # second, was in no frame of a review's every 3 s while "red lines push it down" was said)
            self.flash_edges(edges, t.positive, run_time=max(2.0, tracker.time_until_bookmark("red") - 0.1))
            self.wait_until_bookmark("red")
            self.flash_edges(edges, t.negative, run_time=max(2.0, tracker.time_until_bookmark("random") - 0.2))
            # "set at random": a few real starting dials read out, one after another, of both signs
            self.wait_until_bookmark("random")
            samples = self.sampled_dials(diagram)
            # the rest of the network dims under a veil, so each value is seen on its own wire
            # (review 11a/11c: the values sat among hundreds of wires, whose was unclear)
            veil = Rectangle(width=diagram.width + 0.4, height=diagram.height + 0.4, stroke_width=0,
                             fill_color=t.background, fill_opacity=VEIL).move_to(diagram)
            # one after another, quickly, then they stay while the count is said (review s12:
            # two were out at 24 s, all gone by 27 s)
            self.play(FadeIn(veil), run_time=0.3)
            self.play(Succession(*(FadeIn(sample, scale=0.8, run_time=0.4) for sample in samples)),
                      run_time=min(2.5, 0.4 * len(samples)))
            self.wait_until_bookmark("all")
            # a flash along each sampled wire as the count names them among all the others
            self.play(Succession(*(FadeIn(row, shift=0.2 * UP, run_time=0.5) for row in tally)),
                      *(ShowPassingFlash(sample[1].copy().set_stroke(t.focus, width=6), time_width=0.5)
                        for sample in samples), run_time=0.5 * len(tally))
            self.play(FadeIn(count, shift=0.2 * UP), run_time=0.6)
        # the samples, the tally and the count stand a moment (read at 480p, every 3 s): the
        # chapter's silence stays at 10% or more
        self.wait(2.0)
        # the network stays: it moves aside for its twin (review s13: a title-only frame)
        # its own labels out too: the panel's network has none (at that size they are specks)
        labels = VGroup(diagram.input_label_group, diagram.output_label_group)
        self.play(FadeOut(VGroup(names, key, tally, count, samples, veil)), labels.animate.set_opacity(0), run_time=0.4)
        return diagram

    def wire_tally(self) -> VGroup:
        """One row per layer pair: its two columns' sizes, and under them the wires between them
        (each neuron of one joined to each of the next), from the run's starting dials' shapes;
        their sum is the count written under them. Two lines a row (review s23, digits: on one,
        "64 inputs, each to 16 hidden: 1024 wires" ran off the frame's right edge)."""
        sizes = [(w.shape[1], w.shape[0]) for w in map(np.asarray, self.history.snapshot(0).weights)]
        last = len(sizes) - 1
        rows = VGroup()
        for k, (a, b) in enumerate(sizes):
            if k == 0 and k == last:
                words = mark("{a} inputs, each to {b} outputs:")
            elif k == 0:
                words = mark("{a} inputs, each to {b} hidden:")
            elif k < last:
                words = mark("{a} hidden, each to {b} hidden:")
            elif b == 1:
                words = mark("{a} hidden, each to {b} output:")
            else:
                words = mark("{a} hidden, each to {b} outputs:")
            pair = self.text(words, size="small", facts={"a": a, "b": b})
            count = self.text("{n} wires", size="small", facts={"n": a * b})
            rows.add(VGroup(pair, count.next_to(pair, DOWN, buff=0.08).align_to(pair, LEFT).shift(0.3 * RIGHT)))
        self.show(wire_tally=[[a, b, a * b] for a, b in sizes])
        return rows.arrange(DOWN, aligned_edge=LEFT, buff=0.14)

    def sampled_dials(self, diagram: NetworkDiagram) -> VGroup:
        """A few drawn wires, spread down the columns and over the dials' spread (sampled_edges),
        each drawn in its own colour and width on a soft "look here" halo (the rest is veiled
        as they come in), its real starting value written on it, in that colour, where it keeps
        clear of the other wires and values (label_spot). From the first layer pair; where that
        has few wires (sample_counts: tiny's 8), the next pair's take the rest (review s24 x1,
        24-33 s: five values on tiny's 8 short first wires crowded each other and the inputs)."""
        t, weights = self.theme, self.history.snapshot(0).weights
        counts = sample_counts([len(diagram.shown_indices(p)) * len(diagram.shown_indices(p + 1))
                                for p in range(len(weights))])
        picked, used = [], 0
        for p, count in enumerate(counts):
            if count:
                shares = SAMPLE_SHARES[used:used + count]
                picked += [(p, frm, to) for frm, to in sampled_edges(diagram.shown_indices(p), diagram.shown_indices(p + 1),
                                                                     weights[p], count, shares)]
                used += count
        samples, taken = VGroup(), []
        wires = [(p, frm, to, *diagram.edge_line(p, to, frm).get_start_and_end()) for p, to, frm, _ in drawn_wires(diagram)]
        rings = [(c.get_center(), c.width / 2) for column in diagram.neuron_groups for c in column]
        for pair, frm, to in picked:
            line = diagram.edge_line(pair, to, frm).set_stroke(opacity=1.0)
            # a soft "look here" halo in proportion to the wire (review s18: a fixed +8 halo drew
            # 0.07 as thick as 1.39, against "thicker lines push harder")
            margin = line.copy().set_stroke(t.focus, width=HALO * line.get_stroke_width(), opacity=0.3)
            value = self.text("{value}", color=line.get_stroke_color(),
                              facts={"value": dial_words(float(weights[pair][to, frm]))})
            others = [(a, b) for q, f, o, a, b in wires if (q, f, o) != (pair, frm, to)]
            clear(value.move_to(label_spot(line, (value.width + 0.16, value.height + 0.16), others, taken, rings)), t)
            taken.append(value.get_center())
            samples.add(VGroup(margin, line, value))
        self.show(sampled_dials=[{"pair": pair, "to": to, "from": frm, "weight": float(weights[pair][to, frm]),
                                  "width": float(sample[1].get_stroke_width()),
                                  "halo": float(sample[0].get_stroke_width()),
                                  "at": [round(float(c), 3) for c in sample[2].get_center()[:2]],
                                  "size": [round(float(sample[2].width), 3), round(float(sample[2].height), 3)]}
                                 for (pair, frm, to), sample in zip(picked, samples)],
                  drawn_wires_at=[[q, f, o, *(round(float(c), 3) for c in (*a[:2], *b[:2]))] for q, f, o, a, b in wires],
                  neuron_rings=[[*(round(float(v), 3) for v in centre[:2]), round(float(radius), 3)] for centre, radius in rings])
        return samples

    def pair_dial(self, diagram: NetworkDiagram, key: VGroup) -> VGroup:
        """The pointed-at wire's (one_pair) real starting dial, drawn where the legend will
        stand as the chapter's one picture of a dial (review s11: a half-ring gauge here and a
        slider later read as two things): a slider from minus to plus one, its knob at zero,
        `.dot` to be moved to `.spot`, its reading. Tied to the wire's right end; `.value`."""
        t = self.theme
        frm, to = self.pair_ends(diagram)
        value = float(self.history.snapshot(0).weights[0][to, frm])
        self.show(pair_dial={"to": to, "from": frm, "weight": value})
        axis = self.number_line(value)
        dot = Dot(axis.zero.get_center(), radius=0.1, color=t.focus)
        dial = VGroup(axis, dot).move_to(key.get_center() + 0.3 * UP)
        dial.dot, dial.spot = dot, axis.zero.get_center() + axis.unit * value * RIGHT
        reading = self.text("dial: {value}", size="small", facts={"value": minus_sign(value)})
        reading.next_to(dial, DOWN, buff=0.2)
        # from the dial to the pointed-at wire itself, a dot where it lands (review s11: tied
        # to its right end, the hidden neuron, it read as the dial of the wires out of it)
        wire = diagram.edge_line(0, to, frm)
        spot = wire.point_from_proportion(TIE_AT)
        # the dial (its reading with it) rises until its tie runs clear of the output column and
        # its names (review s18 e1, digits: the tie cut across outputs 3 and 4)
        column = VGroup(diagram.neuron_groups[-1], diagram.output_label_group)
        size = np.array([column.width, column.height]) + 0.1
        rise = next((k * 0.1 for k in range(31)
                     if box_room(column.get_center(), size, dial.get_left() + (0.1 * k * UP + 0.15 * LEFT), spot) > 1),
                    0.0)
        dial.shift(rise * UP)
        dial.spot = dial.spot + rise * UP
        reading.next_to(dial, DOWN, buff=0.2)
        tie = VGroup(Line(dial.get_left() + 0.15 * LEFT, spot, color=t.text, stroke_width=2),
                     Dot(spot, radius=0.06, color=t.text))
        group = VGroup(dial, tie, reading)
        group.value = value
        return group

    def pair_ends(self, diagram: NetworkDiagram) -> tuple[int, int]:
        """(from, to) of the wire one_pair points at: a middle drawn edge of the first pair."""
        ins, outs = diagram.shown_indices(0), diagram.shown_indices(1)
        return ins[len(ins) // 2], outs[len(outs) // 2]

    def one_pair(self, diagram: NetworkDiagram) -> VGroup:
        """A middle drawn edge of the first layer pair, haloed (glowing), and rings on the two
        neurons it joins."""
        t = self.theme
        frm, to = self.pair_ends(diagram)
        line = glowing(diagram.edge_line(0, to, frm), t)
        rings = VGroup(*(Circle(c.width / 2 + 0.07, stroke_color=t.focus, stroke_width=3).move_to(c)
                         for c in (diagram.neuron_at(0, frm), diagram.neuron_at(1, to))))
        return VGroup(line, rings)

    def flash_edges(self, edges: VGroup, color: str, run_time: float) -> None:
        """The drawn edges of this colour (one sign) stand out, fully lit and a little thicker
        (each keeps its own width), while the others dim but stay in sight, and back (review
        s11: one overlay at the thickest width turned the whole network blue, the red lines
        gone, as if every dial were positive). The pools hold a few dozen VMobjects in all."""
        want = ManimColor(color).to_hex().lower()
        drawn = [mob for group in edges for mob in group if mob.has_points()]
        chosen = [m for m in drawn if m.get_stroke_color().to_hex().lower() == want]
        if not chosen:
            return
        # up in a third of a second (a third of a short flash), held, and back as quickly
        ramp = min(1 / 3, 0.3 / run_time)

        def held(alpha: float) -> float:
            return smooth(min(1.0, alpha / ramp, (1 - alpha) / ramp))
        self.play(*(m.animate(rate_func=held).set_stroke(width=m.get_stroke_width() + 1.0, opacity=1.0)
                    for m in chosen),
                  *(m.animate(rate_func=held).set_stroke(opacity=DIMMED)
                    for m in drawn if m not in chosen), run_time=run_time)

    def legend(self) -> VGroup:
        """The video's sign legend (blue pushes up, red pushes down), and thicker is stronger."""
        t = self.theme
        widths = VGroup(*(Line(0.25 * LEFT, 0.25 * RIGHT, stroke_color=t.muted, stroke_width=w)
                          for w in (t.min_edge_width + 0.6, t.max_edge_width))).arrange(DOWN, buff=0.12)
        stronger = VGroup(widths, self.text("thicker: pushes harder", size="small")).arrange(RIGHT, buff=0.15)
        return VGroup(sign_legend(), stronger).arrange(DOWN, aligned_edge=LEFT, buff=0.25)

    def number_line(self, value: float) -> VGroup:
        """A line from minus to plus DIAL_REACH (or the next whole number past `value`), arrow
        tips at both ends (it goes on: review s11, a -1..1 scale read as a cap): red left of
        zero, blue right of it, every whole number marked; `.zero` is its zero tick and `.unit`
        how long one is."""
        t = self.theme
        reach = max(DIAL_REACH, math.ceil(abs(value)))
        unit = (NUMBER_LINE - 2 * OVERHANG) / (2 * reach)
        tip = dict(stroke_width=4, buff=0, max_tip_length_to_length_ratio=0.12, tip_length=0.16)
        left, right = Arrow(ORIGIN, (reach * unit + OVERHANG) * LEFT, color=t.negative, **tip), \
            Arrow(ORIGIN, (reach * unit + OVERHANG) * RIGHT, color=t.positive, **tip)
        ticks = VGroup(*(Line(0.1 * DOWN, 0.1 * UP, color=t.muted, stroke_width=2).shift(k * unit * RIGHT)
                         for k in range(-reach, reach + 1)))
        marks = VGroup(*(self.text("{n}", size="small", color=t.muted, facts={"n": minus_sign(k, 0)})
                         .next_to(k * unit * RIGHT, UP, buff=0.15) for k in range(-reach, reach + 1)))
        axis = VGroup(left, right, ticks, marks)
        axis.zero, axis.unit = ticks[reach], unit
        return axis

    # --- part 2: the twin ---

    def fold_into_one(self, neurons: VGroup, words: Mobject) -> tuple[Succession, Mobject]:
        """A row of neurons folding into one neuron, named as one in the place of `words` (the
        caller fades those out first: review 9, morphed, they read scrambled): copies act like
        a single neuron; the animation and the new name."""
        one = neurons[0].copy().move_to(neurons)
        name = self.text("acts like one neuron", size="small", color=self.theme.text).move_to(words)
        # the name first, quickly, in full (review 8: fading in with the fold, it was caught
        # dim as it was said); `words` are already gone
        return Succession(FadeIn(name, run_time=0.3),
                          AnimationGroup(*(Transform(n, one.copy()) for n in neurons))), name

    def lit_by(self, sides: Sequence[dict], rows: dict[str, np.ndarray], label: str) -> tuple[list, VGroup]:
        """One example lights both networks (their real activations, `rows` by side: input
        first) and each one's hidden neurons as big dots (glow_grid), `label` under them, under
        its network (the patches made room). The animations, and the rows (twin's second), each
        VGroup(dots, label, big word)."""
        grids = [self.place_glows(self.glow_grid(rows[side["name"]][1], label), side) for side in sides]
        glows = VGroup(*(VGroup(grid[0], grid[1], grid.summary) for grid in grids))
        # a bar on each glow below zero, row and network (review s17); relight turns them on or off
        self.bars = {side["name"]: VGroup(grid.bars, self.diagram_bars(side, rows[side["name"]][1]))
                     for side, grid in zip(sides, grids)}
        # the rows' words in quickly, in full, as the neurons light (review 8: caught dim); their
        # big words: the caller brings them in
        return [AnimationGroup(FadeIn(VGroup(*(VGroup(g[0], g[1]) for g in glows)), run_time=FADE),
                               FadeIn(VGroup(*self.bars.values()), run_time=2 * FADE),
                               *self.light_up(sides, rows, run_time=2 * FADE))], glows

    def light_up(self, sides: Sequence[dict], rows: dict[str, list[np.ndarray]], **kwargs) -> list[Animation]:
        """Each side's diagram lit by its activations (`rows` by side, input first); none where
        the diagrams are gone (played, a gone diagram would come back)."""
        return [side["diagram"].light_up(rows[side["name"]], **kwargs) for side in sides if not side.get("alone")]

    def diagram_bars(self, side: dict, hidden: np.ndarray) -> VGroup:
        """sign_bars on a side's diagram's hidden circles for the hidden layer's glows `hidden`
        (none where the diagrams are gone)."""
        diagram = side["diagram"]
        if side.get("alone"):
            return VGroup()
        return sign_bars(diagram.neurons(1), np.asarray(hidden)[diagram.shown_indices(1)], self.theme)

    def shown_example(self, x_row: np.ndarray, words: str, answer: str | None = None) -> Group:
        """The example both networks look at, big in the gap between them, its words over it
        and its true answer under it, in plain white, as "true answer:" and the answer on two
        short lines (review 11a: "answer: 9" over it, in green, read as the network's answer;
        one long line ran into the networks, tiny preset)."""
        t = self.theme
        picture = self.example_picture(x_row).move_to([0, LOOK_Y, 0])
        label = self.text(words, size="small", color=t.text).next_to(picture, UP, buff=0.12)
        if answer is None:
            return Group(picture, label)
        truth = VGroup(self.text(mark("true answer:"), size="small", color=t.text),
                       self.text("{label}", size="small", color=t.text, facts={"label": answer}))
        truth.arrange(DOWN, buff=0.08).next_to(picture, DOWN, buff=0.12)
        return Group(picture, VGroup(label, truth))

    def relight(self, sides: Sequence[dict], rows: VGroup, acts: dict[str, list[np.ndarray]]) -> list[Animation]:
        """Both networks and their big glow rows lit anew by another example's activations
        (`acts` by side, input first)."""
        moves = []
        for side, row in zip(sides, rows):
            values = acts[side["name"]]
            moves += self.light_up([side], acts)
            moves += [c.animate.set_fill(colour) for c, colour in zip(row[0], self.row_fills(values[1]))]
            row_bars, diagram_bars = self.bars[side["name"]]
            moves += bars_to(row_bars, [values[1][i] for i in shown_indices(len(values[1]))])
            moves += bars_to(diagram_bars, np.asarray(values[1])[side["diagram"].shown_indices(1)])
        return moves

    def row_fills(self, values: np.ndarray) -> list[ManimColor]:
        """A glow grid's fills for a layer's activations, as glow_grid lights them."""
        lit, shown = brightness(values), shown_indices(len(values))
        return lit_colours(self.theme, [lit[i] for i in shown])

    def next_example(self, old: Group, new: Group, sides: Sequence[dict], rows: VGroup,
                     acts: dict[str, list[np.ndarray]]) -> None:
        """The example both look at gives way to another, and both light up for it."""
        self.play(FadeOut(old), run_time=0.2)
        self.play(FadeIn(new), *self.relight(sides, rows, acts), run_time=FADE)

    def step_one(self, main: dict, twin: dict, tracker) -> Group:
        """Review 11a (its single change): one direct demo in place of ~45 s of argument. One
        practice example lights both networks; under each, its hidden neurons as big dots lit by
        their real glows, and as they are said big words a side: the twin's "all the same",
        ours "not all the same" (review s37, its single change: it was 32 written glows). The dial
        patches come back, as they started, for the practice (review s23, tiny: the first
        change drawn in green and pink gave the patches a second meaning, and asked for
        trust in what the next chapters show)."""
        t, h = self.theme, self.history
        sides = (main, twin)
        index, x_train = practice_examples(h)[0], h.split("train")[0]
        start = {side["name"]: activations(h, side["run"][0], x_train[index]) for side in sides}
        self.show(practice_look={"example": index, "main_hidden": start["main"][1], "twin_hidden": start["twin"][1]})
        example = self.shown_example(x_train[index], mark("practice example"))
        # big dots alone under each network, in the dial patches' place
        grids = [self.place_glows(self.glow_grid(start[side["name"]][1]), side) for side in sides]
        # the glows lit, and again over the first change (first_change)
        self.first_glows = {side["name"]: start[side["name"]][1] for side in sides}
        self.show(glow_grid_values={side["name"]: [float(start[side["name"]][1][i])
                                                   for i in shown_indices(len(start[side["name"]][1]))]
                                    for side in sides})
        self.show(glow_dots={side["name"]: self.dots_drawn(grid[0]) for side, grid in zip(sides, grids)})
        later = self.text(mark("how each change is chosen: the next chapters"), color=t.text).move_to([0, ROWS_Y, 0])
        # review s16: the big patches stood 7 s from "In ours" into this line: they go as it
        # starts, and as "learning changes the dials" is said the patches take their first changes
        self.play(*(FadeOut(side["big"]) for side in sides), run_time=FADE)
        self.wait_until_bookmark("learn")
        self.little_at_a_time(sides, tracker)
        self.wait_before(tracker, "later", 0.4)
        self.play(*(FadeOut(side["caption"]) for side in sides), *self.ink_out(), FadeIn(later, shift=0.2 * UP),
                  run_time=FADE)
        # "give both the same example": the dial patches make room for the glows
        self.wait_before(tracker, "look", 0.6)
        self.play(FadeOut(later), *(FadeOut(side["patches"]) for side in sides), FadeIn(example, shift=0.2 * DOWN),
                  run_time=FADE)
        self.wait_until_bookmark("look")
        # a bar on each glow below zero, in the networks and in the big rows (review s17)
        look_bars = VGroup(*(self.diagram_bars(side, start[side["name"]][1]) for side in sides))
        # a picture's small networks: the example runs along the wires into the hidden layer
        # (review s20 g1: the glows floated, nothing feeding them)
        feeds = [ShowPassingFlash(side["diagram"].edge_groups[0].copy().set_stroke(t.focus, width=3), time_width=0.5)
                 for side in sides if side.get("kept")]
        self.play(*self.light_up(sides, start, run_time=1.0), *feeds,
                  *(FadeIn(grid, run_time=1.0) for grid in grids), FadeIn(look_bars, run_time=1.0))
        self.show(look_bars={side["name"]: {"diagram": marks_shown(bars), "row": marks_shown(grid.bars)}
                             for side, bars, grid in zip(sides, look_bars, grids)})
        # "the twin's ... all the same", then "ours each their own way": each side's dots ringed,
        # faded in, not drawn (review s18 e1, 72 s: a box half drawn read as a stray underline)
        boxes = [SurroundingRectangle(grid[0], color=t.focus, buff=GRID_BOX_BUFF) for grid in grids]
        # what a glow is, as it is said: a key under both rows (review s26 x1 r1, its single change)
        key = self.glow_key(glows_below_zero(h)).move_to([0, KEY_Y, 0])
        # the whole key as it is said (glow_words), below zero with it (review s31)
        self.wait_before(tracker, "key", 0.3)
        self.play(FadeIn(key, shift=0.15 * UP), run_time=FADE)
        self.show(glow_key={"samples": key.samples, "t": self.renderer.time - FADE,
                            "boxes": text_boxes(key, *grids)})
        self.wait_until_bookmark("glow")
        # each side's big word in with its box, as its glows are said (no Indicate: it would
        # paint the dots one colour, and their brightness is the point)
        summaries = [grid.summary for grid in grids]
        self.play(FadeIn(boxes[1]), FadeIn(summaries[1]), run_time=FADE)
        self.wait_until_bookmark("ours_glow")
        self.play(FadeIn(boxes[0]), FadeIn(summaries[0]), run_time=FADE)
        self.show(glow_summaries={side["name"]: getattr(s, "original_text", s.text) for side, s in zip(sides, summaries)},
                  glow_words_at={side["name"]: text_boxes(s) for side, s in zip(sides, summaries)})
        # what goes before the first change is shown: the glows, their words and boxes,
        # the example, the networks' light
        return Group(*(VGroup(g[0], g[1], g.bars, g.summary) for g in grids), *boxes, look_bars, example, key)

    def glow_key(self, minus: bool) -> VGroup:
        """The key to a neuron's glow, as the intro draws it: a dark neuron, "0 dark", a fully lit
        one, "1 full", and where a glow below zero is drawn, a neuron drawn hollow with its lit bar,
        "hollow + bar: below zero"; on one line. `.samples`: the glows drawn."""
        t = self.theme
        samples = [0.0, 1.0, -1.0] if minus else [0.0, 1.0]

        def neuron(glow: float) -> VGroup:
            dot = Circle(radius=KEY_SWATCH_BIG / 2, stroke_color=t.neuron_stroke, stroke_width=1.5,
                         fill_color=lit_colours(t, [abs(glow)])[0], fill_opacity=1.0)
            return VGroup(dot, sign_bars([dot], [glow], t))
        words = [mark("0 dark"), mark("1 full"), mark("hollow + bar: below zero")]
        parts = [self.text(mark("glow:"), color=t.text)]
        for glow, said in zip(samples, words):
            parts += [neuron(glow), self.text(said, color=t.text)]
        key = VGroup(*parts).arrange(RIGHT, buff=0.15)
        for k in range(1, len(parts) - 1, 2):          # a wider gap before each neuron than after it
            VGroup(*parts[k:]).shift(0.2 * RIGHT)
        for k in range(1, len(parts), 2):              # each neuron level with its words' letters
            parts[k].set_y(parts[k + 1].get_y())
        key.samples = samples
        return key

    def first_change(self, main: dict, twin: dict, lit: Group) -> tuple[list, list, float]:
        """The cause, shown (review s23 A/B, both presets: "glow alike, so change alike" was only
        said): the run's real first change (read from the histories) as each hidden neuron's
        patch in the legend's turn colours, the twin's all one, ours each its own. Review s24
        (digits 78-88 s: the green/pink code arrived mid-morph, glows flying into half-faded
        patches under a half-faded key; its one change: show one patch before and after): one
        thing at a time on a settled frame. The glows go; one of our neurons' dials stand big
        (pair_neuron); as "turns the dials" is said an arrow runs to that neuron's first change
        beside them; the key's two rows come in alone, each as its colour is named; a picture's
        first change is its practice example's own (first_turns), the example beside the dials and
        its ink outlined on the turn as "inked squares' dials turn" is said; only after the words do all the change patches come in,
        up close (close_up: the networks make room), each under its glow, written. Each side is
        scaled to its own biggest change, so the twin's are seen, not dim. The change patches,
        their words (the key's with them) and when they came. A strip's first change
        (marked_turns) is drawn on its starting dials: each square keeps its dial's colour and
        gets a turn arrow; `marks` then holds the arrows, one VGroup a side (else it is empty)."""
        t, h = self.theme, self.history
        sides = (main, twin)
        step = first_step(h)
        self.show(first_step={"from": step["from"], "to": step["to"],
                              "main": step["main"].tolist(), "twin": step["twin"].tolist()})
        found = first_turns(h)
        marked = marked_turns(h)
        tops = [shared_top(found[side["name"]]) for side in sides]
        # every neuron's first change up close, its glow written over it (close_up), in the
        # networks' room and the patches': the twin's all one glow over all one turn
        close = self.close_up(sides, found)
        changes = [c[0] for c in close]
        marks = VGroup(*(c[1] for c in close)) if marked else VGroup()
        dots = VGroup(*(c[2] for c in close))
        words = [c[3] for c in close]
        key = self.change_key(marked).move_to([0, KEY_Y, 0])
        pair = self.before_after(main, found, tops[0])
        dark = [np.zeros(k) for k in h.config["sizes"]]
        # the glows out, the networks dark; then one neuron's dials, big: a settled frame
        self.play(FadeOut(lit), *self.light_up(sides, {side["name"]: dark for side in sides}), run_time=0.4)
        cleared = self.renderer.time
        times = {"cleared": cleared, "dials": self.renderer.time}
        self.play(FadeIn(pair.dials), *([FadeIn(pair.example)] if pair.example is not None else []), run_time=FADE)
        with self.say("turn") as tracker:
            # "turns the dials": the arrow to its first change, then that change beside them
            self.wait_before(tracker, "turns", 0.3)
            if pair.arrow is not None:
                self.play(GrowArrow(pair.arrow), run_time=0.5)
            times["turned"] = self.renderer.time
            self.play(FadeIn(pair.turned, scale=0.5 if marked else 1.0), run_time=FADE)
            for way, row, mark_ in zip((1, -1), key, ("up", "down")):
                self.wait_before(tracker, mark_, FADE + 0.1)
                times[mark_] = self.renderer.time
                # the arrows on the dials that turn this way pointed at as their colour is named
                same = [a for a in pair.turned.family_members_with_points()
                        if marked and (a.get_vertices()[0][1] > a.get_center()[1]) == (way > 0)]
                self.play(FadeIn(row, shift=0.15 * UP, run_time=FADE),
                          *(Indicate(a, scale_factor=1.4, color=a.get_fill_color(), run_time=0.8) for a in same))
            if pair.ink is not None:
                # "only the dials where it has ink": the example's ink outlined on its turn
                self.wait_before(tracker, "ink", 0.3)
                times["ink"] = self.renderer.time
                self.play(Create(pair.ink), Indicate(pair.example[0], scale_factor=1.05, color=t.highlight),
                          run_time=1.0)
            # the change up close early in the pause, in one short move, then held (a frame
            # caught half-way through it is the least likely; the pause keeps its length)
            self.wait(tracker.get_remaining_duration() + CLOSE_LEAD)
            pause, self.pause_after_section = self.pause_after_section, 0.0
        self.pause_after_section = pause
        # the one neuron gives way to all of them, after the words (one thing at a time): its
        # change goes to its place among ours as the rest come in round it, the networks making room
        spot = patch_frames(changes[0], t.focus)[close.neurons.index(pair.neuron)]
        if marked:
            # the big dials, turn arrows and all, shrink into their own place among ours
            moving, going = VGroup(pair.dials[0], pair.turned), pair.dials[1]
        else:
            moving, going = pair.turned[0], VGroup(pair.dials, pair.arrow, pair.turned[1], pair.example, pair.ink)
        rows_in = self.renderer.time
        self.play(FadeOut(going), *(FadeOut(side["diagram"]) for side in sides),
                  moving.animate.scale(spot.width / moving[0].width if marked else spot.width / moving.width)
                  .move_to(spot),
                  *(FadeIn(c) for c in changes), *(FadeIn(w) for w in words), FadeIn(dots), FadeIn(key[2]),
                  FadeIn(marks), run_time=CLOSE_MOVE)
        self.remove(moving)
        self.show(close_up_in=self.renderer.time)
        # not held: the words start as it settles (review s32 B: "our brightest barely turns" and
        # why are said over it, its caption held after them, in the stretch's length limit)
        if pause > CLOSE_LEAD + CLOSE_MOVE:
            self.wait(pause - CLOSE_LEAD - CLOSE_MOVE)
        strongest = ([ManimColor(c).to_hex().lower() for c in (t.turn_down, t.turn_up)] if marked else
                     [changes[1].fills[k].get_fill_color().to_hex().lower() for k in (PATCH_STEPS - 1, -1)])
        self.show(code_key={**times, "changes_in": rows_in, "boxes": text_boxes(key, *words) + pair.boxes,
                            "pair_boxes": pair.places},
                  first_change_overlay={"tops": tops, "down_up": strongest, "marked": marked,
                                        **{side["name"]: found[side["name"]].tolist() for side in sides}},
                  turn_marks={"cell": [float(c.cell) for c in changes],
                              **{side["name"]: {"marks": marks_drawn(m), "dials": np.asarray(c.weights).tolist(),
                                                "squares": square_centres(c)[:, :, :2].tolist()}
                                 for side, m, c in zip(sides, marks if marked else (VGroup(), VGroup()), changes)}},
                  change_dots={side["name"]: {"neurons": list(close.neurons), "fills": [d[0].get_fill_color().to_hex().lower() for d in row],
                                              "at": [[float(v) for v in d[0].get_center()[:2]] for d in row],
                                              "radius": float(row[0][0].width / 2),
                                              "numbers": [getattr(d[2], "original_text", d[2].text) for d in row
                                                          if len(d) > 2],
                                              "patches": [[float(v) for v in (*f.get_corner(DOWN + LEFT)[:2],
                                                                              *f.get_corner(UP + RIGHT)[:2])]
                                                          for f in patch_frames(c, t.focus)]}
                               for side, row, c in zip(sides, dots, changes)})
        return changes, [key, *words, dots], rows_in, marks

    def glow_dots(self, patches: WeightPatches, glows: np.ndarray, written: bool = False,
                  size: str = "small", most: float = GRID_RADIUS, shrink: float = 1.0) -> VGroup:
        """Each hidden neuron's glow (`glows`, one a neuron) as a dot lit as the diagram lights
        it, right over its patch in `patches` (its bar where the glow is below zero); with
        `written`, its value beside it (review s27 x1: the twin's 0.35 four times against ours'
        four different ones, read off dots alone); one VGroup(dot, bar[, number]) a neuron."""
        t = self.theme
        frames = patch_frames(patches, t.focus)
        room = (patches.row_gap * patches.cell) if patches.row_gap else 2 * GRID_RADIUS + 0.1
        radius = min(most, 0.4 * room)
        fills = lit_colours(t, list(brightness(np.asarray(glows, dtype=float))))
        out = VGroup()
        for frame, colour, value in zip(frames, fills, glows):
            dot = Circle(radius=radius, stroke_color=t.neuron_stroke, stroke_width=1.5, fill_color=colour,
                         fill_opacity=1.0).next_to(frame, UP, buff=max(0.03, (room - 2 * radius) / 2))
            one = VGroup(dot, sign_bars([dot], [value], t))
            if written:
                number = self.text("{value}", size=size, color=t.text, facts={"value": minus_sign(float(value))})
                number.scale(shrink).next_to(dot, RIGHT, buff=0.08 * shrink ** 2)
                offset = (frame.get_x() - VGroup(dot, number).get_x()) * RIGHT    # the two centred over it
                one.add(number).shift(offset)
            out.add(one)
        return out

    def before_after(self, main: dict, found: dict, top: float) -> VGroup:
        """One of our hidden neurons (pair_neuron), big, in the middle under the networks: its
        starting dials in blue and red (on our patches' colour scale), an arrow, and its first
        change in green and pink (on our change patches' scale `top`), each named over it; a
        picture's practice example at their left, its ink's outline ready for the turn;
        `.dials`, `.arrow`, `.turned`, `.example`, `.ink`."""
        t, h = self.theme, self.history
        neuron, shape = pair_neuron(h, found["main"]), patch_shape(h)
        floor = max(side["diagram"].get_bottom()[1] for side in (main,)) - PAIR_HEAD
        high = min(PAIR_SIDE, floor - (KEY_Y + PAIR_FOOT))
        start = np.asarray(h.snapshots[0].weights[0], dtype=float)[neuron:neuron + 1]
        self.show(before_after={"neuron": int(neuron), "dials": start[0].tolist(),
                                "change": found["main"][neuron].tolist(), "top": float(top)})
        if marked_turns(h):
            return self.turned_in_place(main, found, top, neuron, start, (MARKED_WIDTH, high), floor)
        dials = WeightPatches(start, shape, box=(PAIR_SIDE, high), top=main["patches"].top)
        turned = WeightPatches(found["main"][neuron:neuron + 1], shape, box=(PAIR_SIDE, high), top=top,
                               colours=turn_colours(t)[::-1])
        # the practice example whose own turn it is, at their left (review s30: its ink beside
        # the turn, and outlined on it, shows a dial turns only where the example has ink)
        x_row = h.split("train")[0][practice_examples(h)[0]]
        example = digit_image(x_row, dials.height)
        middle = floor - dials.height / 2
        dials.move_to([-(PAIR_GAP + dials.width) / 2 + (INK_GAP + example.width) / 2, middle, 0])
        turned.move_to([(PAIR_GAP + turned.width) / 2 + (INK_GAP + example.width) / 2, middle, 0])
        example.next_to(dials, LEFT, buff=INK_GAP)
        arrow = Arrow(dials.get_right(), turned.get_left(), color=t.text, buff=0.12, stroke_width=4,
                      max_tip_length_to_length_ratio=0.3)
        # the names on one baseline (centred, the first's descender would lift it)
        names = [on_baseline(self.text(w, size="small", color=t.text).set_x(m.get_x()), dials.get_top()[1] + 0.15)
                 for w, m in ((mark("one of ours: its dials"), dials), (mark("its turn from this example"), turned),
                              (mark("practice example"), example))]
        inked = [int(i) for i in np.flatnonzero(np.asarray(x_row) > 0)]
        pair = VGroup(VGroup(dials, names[0]), arrow, VGroup(turned, names[1]), VGroup(example, names[2]))
        pair.dials, pair.arrow, pair.turned, pair.neuron = pair[0], arrow, pair[2], neuron
        pair.example, pair.ink = pair[3], ink_outline(turned, ink_edges(inked, shape[1]), t.highlight)
        self.show(ink_turn={"inked": inked, "turn": np.asarray(turned.weights).tolist(),
                            "outline": [[list(a), list(b)] for a, b in ink_edges(inked, shape[1])]})
        # where they stand (tests), before the change goes to its place among ours
        pair.boxes = text_boxes(pair)
        pair.places = [[float(v) for v in (*m.get_corner(DOWN + LEFT)[:2], *m.get_corner(UP + RIGHT)[:2])]
                       for m in (pair.dials, pair.turned)]
        return pair

    def turned_in_place(self, main: dict, found: dict, top: float, neuron: int, start: np.ndarray,
                        box: tuple[float, float], floor: float) -> VGroup:
        """before_after for a strip (marked_turns; review s27 x1, its single change: the first
        change recoloured in green and pink read as new dials): that neuron's dials big, in
        their own blue and red, named over them; `.turned` its first change as a turn arrow on
        each square (turn_marks, on the scale `top`), to come in as "turns the dials" is said;
        no arrow, no second patch: the dials stay, and are turned."""
        t, shape = self.theme, patch_shape(self.history)
        dials = WeightPatches(start, shape, box=box, top=main["patches"].top)
        dials.move_to([0, floor - dials.height / 2, 0])
        name = on_baseline(self.text(mark("one of ours: its dials"), size="small", color=t.text).set_x(0),
                           dials.get_top()[1] + 0.15)
        marks = turn_marks(dials, found["main"][neuron:neuron + 1], top, t)
        pair = VGroup(VGroup(dials, name), marks)
        pair.dials, pair.arrow, pair.turned, pair.neuron = pair[0], None, marks, neuron
        pair.example = pair.ink = None
        pair.boxes = text_boxes(pair)
        pair.places = [[float(v) for v in (*dials.get_corner(DOWN + LEFT)[:2], *dials.get_corner(UP + RIGHT)[:2])]]
        self.show(turned_in_place={"marks": marks_drawn(marks), "cell": float(dials.cell),
                                   "squares": square_centres(dials)[0, :, :2].tolist()})
        return pair

    def close_up(self, sides: Sequence[dict], found: dict) -> VGroup:
        """Every hidden neuron's first change up close, each side in its half from under the
        headings to over the key (review s29, all four reviewers: "glowed alike, so all turn
        alike" was drawn as ~25 px strips, not seen): the change patches (a strip's: its
        starting dials with a turn arrow on each square), each with its glow on the practice
        example written over it at label size; the side's words under them. One VGroup a side,
        (patches, marks, dots, words)."""
        t, h = self.theme, self.history
        marked, shape = marked_turns(h), patch_shape(h)
        ks = close_neurons(h)
        few = len(ks) < h.config["sizes"][1]       # a picture's CLOSE_FEW, big: "4 of its 16" over them
        bottom = CLOSE_BOTTOM
        box = (CLOSE_WIDTH, CLOSE_TOP - bottom - CLOSE_WORDS - (CLOSE_NOTE if few else 0.0))
        out = VGroup()
        for side in sides:
            # each side's colours on its own whole first change's scale (pair_big's too)
            change, top = np.asarray(found[side["name"]], dtype=float)[ks], shared_top(found[side["name"]])
            weights = np.asarray(side["run"][0].weights[0], dtype=float)[ks] if marked else change

            def drawn(gap: float) -> WeightPatches:
                if marked:
                    return WeightPatches(weights, shape, box=box, top=side["patches"].top, row_gap=gap)
                return WeightPatches(weights, shape, box=box, top=top, colours=turn_colours(t)[::-1], row_gap=gap)
            # the room over each row the glows' (CLOSE_ROOM), in the patches' own cells
            patches = drawn(DOT_ROW_GAP * shape[0])
            patches = drawn(CLOSE_ROOM / patches.cell)
            patches.move_to([side["x"], bottom + CLOSE_WORDS + box[1] / 2 - CLOSE_ROOM / 2, 0])
            marks = turn_marks(patches, change, top, t) if marked else VGroup()
            glows = np.asarray(self.first_glows[side["name"]], dtype=float)[ks]
            dots = (self.glow_dots(patches, glows, written=True, size="label", most=CLOSE_FEW_DOT) if few else
                    self.glow_dots(patches, glows, written=True, size="label",
                                   most=CLOSE_DOT if shape[0] > 1 else GRID_RADIUS, shrink=CLOSE_NUMBER))
            words = VGroup(self.text(mark("twin: all glow alike, so all turn alike") if side["name"] == "twin"
                                     else mark("ours: each its own glow, its own turn"), size="label", color=t.text))
            # clear of the box round the patches; the four's where the whole grid's stood (the
            # two drawn big after them, pair_big, stand over it)
            words.next_to(patches if not few else np.array([side["x"], bottom + CLOSE_WORDS, 0]), DOWN, buff=0.22)
            if few:
                # the words say "all 16": these are 4 of them (the twin's 12 others turn the same)
                note = self.text("{n} of its {total} hidden neurons", size="label", color=t.text,
                                 facts={"n": len(ks), "total": h.config["sizes"][1]})
                words.add(note.next_to(dots, UP, buff=0.2).set_x(side["x"]))
            out.add(VGroup(patches, marks, dots, words))
        out.neurons = ks
        return out

    def alike(self, main: dict, twin: dict, shown: tuple, tracker) -> None:
        """"The twin's ... all turn alike": every neuron's first change up close (close_up),
        the networks and the small strips out of the way, a box round the twin's; "ours each
        their own way": a box round ours (a picture's: two a side, pair_boxes); then the networks and the dial patches back, at
        their values after that change, as the close-up goes."""
        t, sides = self.theme, (main, twin)
        changes, words, rows_in, marks = shown
        found = first_step(self.history)
        pair = opposite_pair(self.history)
        box, ours_box = self.pair_boxes(changes, words[-1], pair)
        # round the twin's patches and the glows over them (glowed alike, so turn alike): every
        # time the same glow over the same turns, boxed together; then ours
        self.wait_until_bookmark("copies")
        self.play(FadeIn(box), run_time=FADE)
        boxed = {"twin": self.renderer.time - FADE}
        self.wait_until_bookmark("ours")
        self.play(FadeIn(ours_box), run_time=FADE)
        self.show(boxed_at={**boxed, "main": self.renderer.time - FADE})
        # "4 of its 16" goes with the four (close_up's words: caption, then that line)
        notes = VGroup(*(w[1] for w in words[1:-1] if len(w) > 1))
        big = self.pair_big(sides, changes, words[-1], (ours_box, box), pair, notes)
        if len(big):
            # the close-up (its glows written) gives way to the boxed two a side, big: only
            # what stands on screen goes on to fade out (a FadeOut would bring the rest back)
            words = [words[0], *(w[0] for w in words[1:-1])]
            box, ours_box, changes = VGroup(), VGroup(), [big]
        # the dial patches back, at their values after that change (the wires move on from
        # step 0 as the practice starts: review s16)
        after = {side["name"]: next(f for f in side["run"] if f.step == found["to"]) for side in sides}
        for side in sides:
            if not len(marks):      # turn arrows on the dials: they keep the start until the arrows go
                side["patches"].set_weights(after[side["name"]].weights[0])
            side["wires_from"] = side["run"][0].weights
        # the wires, as drawn through the first change: still at step 0 (tests read them)
        self.show(still_wires={side["name"]: drawn_wires(side["diagram"]) for side in sides})
        self.wait_before(tracker, "watch", 0.6)
        # the turns made: the close-up goes, the networks and the dial patches come back, now at
        # their values after that change, crossed in one fade (review s20 g1: one after the other,
        # the frame went almost black while words went on)
        for side in sides:
            side["patches"].set_weights(after[side["name"]].weights[0])
        self.play(FadeOut(VGroup(box, ours_box, *changes, *words, marks)),
                  *(FadeIn(side[key]) for side in sides for key in ("diagram", "patches", "caption")),
                  *self.ink_in(), run_time=FADE)
        self.show(first_change_rows={"in": rows_in, "out": self.renderer.time - FADE})
        # the dials the patches show as the practice starts (tests: the dials after the first step)
        self.show(patches_back={side["name"]: np.asarray(side["patches"].weights).tolist() for side in sides})

    def pair_big(self, sides: Sequence[dict], changes: Sequence[WeightPatches], dots: VGroup,
                 boxes: Sequence[VGroup], pair: tuple[int, int] | None, notes: VGroup) -> VGroup:
        """Review s35 (digits 99-108 s, its single change: "same glow, same turn" was to be read
        off a grid of 32 small patches, each with a decimal): as soon as ours are boxed ("ours
        each their own way"), the grid goes and the two boxed a side (opposite_pair) come up big
        out of their boxes, held while "two of ours turn opposite ways" is said; each its real first turn (first_turns, on its side's scale) under a dot
        lit by its glow on the practice example, no number: ours one green, one pink, under two
        glows; the twin's two alike under two alike; `notes` ("4 of its 16") go with the grid.
        Empty (nothing played) where there is no pair. Recorded as "pair_big"."""
        if pair is None:
            return VGroup()
        t, shape = self.theme, patch_shape(self.history)
        found, ks = first_turns(self.history), list(pair)
        room = 2 * PAIR_BIG_DOT + 0.1
        middle = (CLOSE_BOTTOM + CLOSE_WORDS + CLOSE_TOP - CLOSE_ROOM) / 2     # the close-up's room's middle
        out, moves, record = VGroup(), [], {"neurons": ks, "t": 0.0}
        for side, grid, row, side_boxes in zip(sides, changes, dots, boxes):
            glows = self.first_glows[side["name"]]
            one = VGroup()
            for j, k in enumerate(ks):
                patch = WeightPatches(np.asarray(found[side["name"]], dtype=float)[k:k + 1], shape,
                                      box=(PAIR_BIG, PAIR_BIG + room), top=grid.top,
                                      colours=turn_colours(t)[::-1], row_gap=room * shape[1] / PAIR_BIG)
                patch.move_to([side["x"] + (j - 0.5) * (PAIR_BIG + PAIR_BIG_GAP), middle - room / 2, 0])
                dot = self.glow_dots(patch, [glows[k]], most=PAIR_BIG_DOT)
                one.add(VGroup(patch, dot))
                # each comes out of its box in the grid, growing
                moves.append(FadeIn(one[-1], target_position=side_boxes[j].get_center(),
                                    scale=side_boxes[j].width / one[-1].width))
            out.add(one)
            record[side["name"]] = {
                "turns": [np.asarray(p[0].weights[0]).tolist() for p in one],
                "top": float(grid.top),
                "dots": [d[1][0][0].get_fill_color().to_hex().lower() for d in one],
                "glows": [float(glows[k]) for k in ks],
                "patches": [[float(v) for v in (*p[0].get_corner(DOWN + LEFT)[:2], *p[0].get_corner(UP + RIGHT)[:2])]
                            for p in one]}
        self.play(FadeOut(VGroup(*changes, dots, *boxes, notes)), *moves, run_time=2 * FADE)
        record["t"] = self.renderer.time - 2 * FADE
        self.show(pair_big=record)
        return out

    def pair_boxes(self, changes: Sequence[WeightPatches], dots: VGroup,
                   pair: tuple[int, int] | None) -> tuple[VGroup, VGroup]:
        """The twin's boxes and ours, each round its change patches and the glows over them: all of
        a side; or, with `pair` (opposite_pair), the two of those neurons a side, so ours are seen
        to turn opposite ways where the twin's two turn the same (review s34). Recorded."""
        t = self.theme
        if pair is None:
            return tuple(VGroup(SurroundingRectangle(VGroup(c, d), color=t.focus, buff=0.1))
                         for c, d in zip(changes[::-1], dots[::-1]))
        # each neuron's place among those up close (close_neurons: the pair is among them)
        places = [close_neurons(self.history).index(k) for k in pair]
        boxes = [VGroup(*(neuron_box(c, d, k, t, PAIR_BOX_BUFF) for k in places)) for c, d in zip(changes, dots)]
        self.show(opposite_pair={"neurons": list(pair), **{
            name: [[float(v) for v in (*b.get_corner(DOWN + LEFT)[:2], *b.get_corner(UP + RIGHT)[:2])] for b in side]
            for name, side in zip(("main", "twin"), boxes)}})
        return boxes[1], boxes[0]

    def little_at_a_time(self, sides: Sequence[dict], tracker) -> None:
        """"Learning changes the dials a little at a time", seen (review s25 k1, both: it played
        over still patches): both sides' patches pass through their runs' first LITTLE_STEPS
        real changes, one after another, a "look here" pulse along their outlines at each. The
        networks' wires stay at the start (the first change is shown from them next)."""
        t = self.theme
        steps = min(LITTLE_STEPS, *(len(side["run"]) - 1 for side in sides))
        if steps < 1:
            return
        run_time = max(2.5, min(4.0, tracker.time_until_bookmark("later") - 0.5))
        copies = [{"name": side["name"], "patches": side["patches"], "head": VGroup(), "alone": True,
                   "frames": list(side["run"][:steps + 1])} for side in sides]
        # each change a pulse: the outlines brighten and fade back whole (a passing flash along
        # them was caught half way, an L on one patch, as a half-drawn box)
        glints = [[side["patches"].frames.copy().set_stroke(t.focus, width=2.5, opacity=0.0) for _ in range(steps)]
                  for side in sides]
        pulses = [Succession(*(glint.animate(rate_func=there_and_back, run_time=run_time / steps).set_stroke(opacity=0.9)
                               for glint in row)) for row in glints]
        begun = self.renderer.time
        self.play(Replay(copies, lambda side, step: None), *pulses, run_time=run_time)
        self.remove(*(glint for row in glints for glint in row))
        self.show(little_at_a_time={"steps": [[s.step for s in c["frames"]] for c in copies],
                                    "from": begun, "to": self.renderer.time,
                                    **{c["name"]: np.asarray(c["patches"].weights).tolist() for c in copies}})

    def glow_grid(self, values: np.ndarray, label: str = mark("its hidden neurons, lit by it")) -> VGroup:
        """A layer's neurons as big dots alone, at most GLOW_COLUMNS a row, each lit by its real
        glow as the diagram lights it (its bar where the glow is below zero), `label` under them:
        VGroup(dots, label, bars); `.bars`; `.summary`, the side's big words (alike_word),
        not drawn with the grid: it comes as its glows are said (review s37, its single change:
        the 32 glows written beside their dots had to be scanned; before that, s28 d1 r2, 16
        small dots alone "differ only in slight shading": these are ~29 px, big words a side)."""
        t, shown = self.theme, shown_indices(len(values))
        dots = VGroup(*(Circle(radius=GLOW_DOT, stroke_color=t.neuron_stroke, stroke_width=1.5, fill_color=colour,
                               fill_opacity=1.0) for colour in self.row_fills(values)))
        dots.arrange_in_grid(cols=min(GLOW_COLUMNS, len(dots)), buff=GLOW_BUFF)
        # the words clear of the box step_one draws round the dots (GRID_BOX_BUFF)
        label = self.text(label, size="small", color=t.text).next_to(dots, DOWN, buff=GRID_BOX_BUFF + 0.1)
        bars = sign_bars(dots, [values[i] for i in shown], t)
        grid = VGroup(dots, label, bars)
        grid.bars = bars
        grid.summary = self.text(alike_word([values[i] for i in shown]), size=GLOW_WORD, color=t.text)
        return grid

    def place_glows(self, grid: VGroup, side: dict) -> VGroup:
        """`grid` (glow_grid) under its side's network, its dots' top GLOW_DROP under it, its
        big word under its label, inside the frame."""
        grid.shift((side["diagram"].get_bottom()[1] - GLOW_DROP - grid[0].get_top()[1]) * UP).set_x(side["x"])
        within_frame(grid.summary.next_to(grid[1], DOWN, buff=GLOW_WORDS_BUFF).set_x(side["x"]), 0.1)
        return grid

    def dots_drawn(self, dots: VGroup) -> dict:
        """What a row of glow dots shows, for the manifest: each dot's fill (hex), its radius."""
        return {"fills": [d.get_fill_color().to_hex().lower() for d in dots], "radius": float(dots[0].width / 2)}

    def change_key(self, marked: bool = False) -> VGroup:
        """The key to the first change, in the legend's language (kit/legend.py): a square in
        the change's colour with a turn arrow on it, "dial turned up", then "dial turned down"
        (turn_colours: not the dials' blue and red), side by side on one line, label-sized
        (review s24: at the small size, tucked between the headings, it was read late); third,
        a lit neuron, "its glow on the example" (the dots over the change patches). `marked`
        (marked_turns): the swatches are the turn arrows themselves, as drawn on the dials."""
        t = self.theme
        up, down = turn_colours(t)

        def swatch(colour: str, way: int) -> VMobject:      # the turn arrow on the square, or alone
            if marked:
                return turn_arrow(way, KEY_SWATCH_BIG).set_fill(colour, 1.0)
            square = Square(KEY_SWATCH_BIG, stroke_width=0, fill_color=colour, fill_opacity=1.0)
            return VGroup(square, turn_arrow(way, 0.6 * KEY_SWATCH_BIG).move_to(square))
        glow = Circle(radius=KEY_SWATCH_BIG / 2, stroke_color=t.neuron_stroke, stroke_width=1.5,
                      fill_color=lit_colours(t, [0.8])[0], fill_opacity=1.0)
        rows = VGroup(*(VGroup(swatch, self.text(words, color=t.text)).arrange(RIGHT, buff=0.15)
                        for swatch, words in ((swatch(up, +1), mark("dial turned up")),
                                              (swatch(down, -1), mark("dial turned down")),
                                              (glow, mark("its glow on the example"))))
                      ).arrange(RIGHT, buff=0.7)
        for row in rows:      # the two on one baseline, each swatch level with its first letter
            on_baseline(row[1], rows[0][1][0].get_bottom()[1])
            row[0].set_y(row[1][0].get_y())
        return rows

    def side_by_side(self, big: NetworkDiagram) -> tuple[dict, dict]:
        """Ours on the left (the `big` network of part 1 moving into its place), the twin on
        the right, each with its hidden neurons' patches, both drawn on one scale (review s12:
        each was scaled to its own largest dial)."""
        h, t = self.history, self.theme
        twin_frames = keyframes(twin_of(h).snapshots)
        main_frames = keyframes(h.snapshots)
        scale = largest_weight(*(f.weights for f in (*main_frames, *twin_frames)))
        top = shared_top(main_frames[0].weights[0], twin_frames[0].weights[0])
        main = self.panel(main_frames, "ours: random dials", -PANEL_X, scale, top)
        # one caption for both (review 11a: "colours on the same scale as ours" was jargon)
        twin = self.panel(twin_frames, "twin: equal dials in each layer", PANEL_X, scale, top)
        main["name"], twin["name"] = "main", "twin"
        main["run"], twin["run"] = h.snapshots, twin_of(h).snapshots
        main["records"], twin["records"] = h.records, twin_of(h).records
        self.show(weight_scale=scale, patch_top=top)
        # what each starts with, where the patches will come: the twin's one value per layer;
        # ours "all different" (review s13: our ranges, "-0.40 to 0.40", were never said)
        ours, theirs = layer_ranges(main_frames[0].weights), layer_ranges(twin_frames[0].weights)
        self.show(main_all_different=all(np.unique(w).size == w.size for w in ours.values()),
                  twin_start_dial=float(theirs["hidden"].flat[0]),
                  twin_output_dial=float(theirs["output"].flat[0]))
        words = {"hidden": (mark("into the hidden layer: {low} to {high}"), mark("into the hidden layer: all {value}"),
                            mark("into the hidden layer: all different")),
                 "output": (mark("into the output layer: {low} to {high}"), mark("into the output layer: all {value}"),
                            mark("into the output layer: all different"))}
        starts = VGroup()
        for row, layer in enumerate(("hidden", "output")):
            y = PATCHES_Y + 0.3 - 0.6 * row
            different = np.unique(ours[layer]).size == ours[layer].size
            starts.add(self.text(words[layer][2] if different else words[layer][0],
                                 facts={"low": minus_sign(ours[layer].min()), "high": minus_sign(ours[layer].max())})
                       .move_to([-PANEL_X, y, 0]))
            # the twin's dials all start at one value: said as one, or as its range if not
            same = np.ptp(theirs[layer]) == 0
            starts.add(self.text(words[layer][1] if same else words[layer][0],
                                 facts={"value": minus_sign(theirs[layer].flat[0]),
                                        "low": minus_sign(theirs[layer].min()), "high": minus_sign(theirs[layer].max())})
                       .move_to([PANEL_X, y, 0]))
        beat = 1.2
        # headings only (the practice labels come with the practice); our network moves into
        # its place before the words start (review s16: "Here is a twin" came ~3 s ahead of it)
        self.play(FadeIn(main["head"][0]), ReplacementTransform(big, main["diagram"]), FadeIn(starts[0::2]),
                  run_time=beat)
        points = self.practice_points((main, twin)) if input_kind(h) == "point" else VGroup()
        with self.say("twin") as tracker:
            self.wait_until_bookmark("same")
            self.play(FadeIn(twin["head"][0]), FadeIn(twin["diagram"]), run_time=beat)
            if len(points):
                # "it learns from the same points in two rings": the rings themselves, between the two
                self.wait_before(tracker, "data", 0.3)
                self.play(FadeIn(points), run_time=FADE)
                self.show(practice_points_in=self.renderer.time - FADE)
            # "all start equal": its one value per layer written, a flash along its wires
            self.wait_until_bookmark("equal")
            self.play(FadeIn(starts[1::2], shift=0.2 * UP),
                      ShowPassingFlash(twin["diagram"].edge_groups.copy().set_stroke(t.focus), time_width=0.6),
                      run_time=1.5)
        self.play(FadeOut(starts), FadeOut(points), run_time=0.4)
        self.show(practice_points_out=self.renderer.time)
        # a picture's networks shrink over their patches, drawn big (patches_alone)
        kept = self.keep_small((main, twin)) if patches_alone(self.history) else []
        # both networks' patches at once, in before "each small patch" is said (review s14: "in
        # the twin, the patches are all alike" was said before the twin's appeared)
        self.play(*kept, *(FadeIn(side[key]) for side in (main, twin) for key in ("patches", "caption")),
                  run_time=beat)
        with self.say("fingerprint") as tracker:
            # one neuron's wires fold down into its patch: a patch is those dials, laid out
            self.wait_until_bookmark("one")
            wires, frame = self.one_neurons_wires(main)
            # a picture's: the twin's patches make room for that neuron's patch, drawn big (they
            # come back in the pause before "in the twin, the patches are all alike")
            room = (FadeOut(twin["patches"]), FadeOut(twin["caption"])) if kept else ()
            self.play(Create(wires), *room, run_time=0.8)
            if kept:
                self.show(twin_patches_out=self.renderer.time)
                # review s21 h1 (its single change): "patch" and "laid out like the picture's
                # squares" were taken on trust. That neuron's patch, big (review s28 k1 r1, x1
                # r1: at ~84 px in the gap it could not be read), the picture beside it: its
                # wires land each on its own square of the patch, which fills with their
                # colours, one line kept to the neuron; then one square of the picture and the
                # same square of the patch are ringed; then the big patch's outline folds into
                # its small one
                laid = self.laid_out(main, twin, wires)
                self.play(FadeIn(laid["patch"].frames), FadeIn(laid["picture"]), FadeIn(laid["words"]),
                          run_time=0.4)
                self.play(Create(laid["fan"]), run_time=0.8)
                # the patches' colours said in words as the first patch fills with them, and kept
                # while the dial patches stand (review s27 k1 r2, its single change: blue and red
                # went unexplained from here to the chapter's end)
                self.ink, self.ink_times = self.ink_key().move_to([0, KEY_Y, 0]), []
                self.play(FadeOut(laid["fan"]), FadeIn(laid["tie"]), FadeIn(laid["patch"].fills), *self.ink_in(0.6),
                          run_time=0.6)
                if "laid" in getattr(tracker, "bookmark_times", {}):
                    self.wait_until_bookmark("laid")
                self.play(Create(laid["marks"]), run_time=0.6)
                # held big to the words' end (review s28 k1 r1: "hold about 3 s"), then, in the
                # pause, its outline folds into its small one and the twin's patches come back
                lit = VGroup(wires, frame, laid["patch"], laid["picture"], laid["marks"], laid["tie"], laid["words"])
            else:
                # review s28 x1 r1, r2: the wires' morph into the patch's outline was caught as a
                # stray scribble, and nothing tied the patch to its neuron: the wires stay lit, the
                # outline comes on the patch and a line runs from the neuron down to it
                # (to its outline's right side: its top has the inputs' names over it)
                ring, end = wires[1].get_center(), frame.get_right()
                start = ring + (end - ring) / np.linalg.norm(end - ring) * wires[1].width / 2
                tie = Line(start, end, stroke_color=t.focus, stroke_width=2)
                self.wait(0.5)
                self.play(FadeIn(frame), Create(tie), run_time=0.8)
                self.show(first_patch_tie={"ends": [[float(v) for v in p_[:2]] for p_ in (tie.get_start(), tie.get_end())],
                                           "ring": [float(v) for v in wires[1].get_center()[:2]],
                                           "patch": [float(v) for v in (*frame.get_corner(DOWN + LEFT)[:2],
                                                                        *frame.get_corner(UP + RIGHT)[:2])],
                                           "t": self.renderer.time})
                frame = VGroup(wires, tie, frame)
                # review s14: 30 px patches carry the proof: one of each, big, over its network, in
                # full before its words (review 8, tiny: "one of ours, big" was caught small and dim)
                bigs = self.big_patches((main, twin), "big_patches")
            pause = self.pause_after_section
            self.pause_after_section = pause - SWAP
        self.pause_after_section = pause
        if kept:
            # at once, short, late in the pause: a frame caught half-way through is the least likely
            self.wait(0.3)
            self.play(TransformFromCopy(laid["patch"].frames, frame), FadeOut(VGroup(*(m for m in lit if m is not frame))),
                      FadeIn(twin["patches"]), FadeIn(twin["caption"]), run_time=SWAP - 0.3 - FADE / 2)
            self.show(twin_patches_in=self.renderer.time)
            self.play(FadeOut(frame), run_time=FADE / 2)
        else:
            self.play(FadeOut(frame), FadeIn(bigs[1]), run_time=FADE)
            self.wait(SWAP - FADE)
        # "in the twin, the patches are all alike. In ours, each one is different": a "look
        # here" outline hops along each side's patches in turn
        with self.say("compare") as tracker:
            self.wait_until_bookmark("alike")
            self.play(Succession(*(ShowPassingFlash(f, time_width=1.0, run_time=0.15)
                                   for f in patch_frames(twin["patches"], t.focus))), run_time=1.5)
            if kept:
                self.wait_before(tracker, "ours", 0.2)
            else:
                self.wait_before(tracker, "ours", 0.6)
                self.play(FadeOut(bigs[1]), FadeIn(bigs[0]), run_time=FADE)
                self.wait_until_bookmark("ours")
            self.play(Succession(*(ShowPassingFlash(f, time_width=1.0, run_time=0.15)
                                   for f in patch_frames(main["patches"], t.focus))), run_time=1.5)
        if kept:
            return main, twin
        main["big"], twin["big"] = bigs[0], VGroup()
        return main, twin

    def practice_points(self, sides: Sequence[dict]) -> VGroup:
        """Points on a plane: every practice point, in its answer's colour (as the intro drew
        them), in a square in the gap between our output and the twin's inputs, "practice
        points" over it; recorded as drawn (each dot's middle read off the drawing, the
        square's box)."""
        t, h = self.theme, self.history
        x, y = h.split("train")
        classes = classes_of(y)
        ours, theirs = (side["diagram"] for side in sides)
        last = len(ours.sizes) - 1
        left = max(ours.neuron_at(last, i).get_right()[0] for i in ours.shown_indices(last))
        right = min(theirs.neuron_at(0, i).get_left()[0] for i in theirs.shown_indices(0))
        side = min(RINGS_SIDE, right - left - 2 * RINGS_MARGIN)
        span = max(float(np.abs(x).max()), 1e-9)
        place = lambda p: np.array([p[0], p[1], 0.0]) / span * side / 2 * 0.92
        colours = class_colors(len(h.labels))
        frame = Square(side, stroke_color=t.muted, stroke_width=1.5)
        dots = VGroup(*(dot_cloud([place(p) for p in x[classes == c]], RING_DOT, colours[c], 0.9)
                        for c in range(len(colours))))
        VGroup(frame, dots).move_to([(left + right) / 2, PANEL_Y, 0])
        words = self.text(mark("practice points"), size="small", color=t.text).next_to(frame, UP, buff=0.08)
        drawn = VGroup(frame, dots, words)
        per_dot = len(Circle(RING_DOT).points)
        self.show(practice_points={
            "box": [float(v) for v in (*frame.get_corner(DOWN + LEFT)[:2], *frame.get_corner(UP + RIGHT)[:2])],
            "colours": [ManimColor(c).to_hex().lower() for c in colours],
            "dots": [m.points.reshape(-1, per_dot, 3).mean(axis=1)[:, :2].tolist() if len(m.points) else []
                     for m in dots],
            "fills": [m.get_fill_color().to_hex().lower() for m in dots]})
        return drawn

    def keep_small(self, sides: Sequence[dict]) -> list[Animation]:
        """patches_alone: each network shrinks into KEPT_BOX under its heading and its patches
        are made big under it (review s20 g1, its single change: the networks had gone, so "the
        dials into one hidden neuron" lost its wires and "says 9" had no output); the moves
        (played with the patches' fade in). The diagrams stay still from here: no per-frame
        redrawing of their wires."""
        shape, moves = patch_shape(self.history), []
        for side in sides:
            diagram, small = side["diagram"], side["patches"]
            fit = min(KEPT_BOX["width"] / diagram.width, KEPT_BOX["height"] / diagram.height)
            moves.append(diagram.animate.scale(fit).move_to([side["x"], KEPT_Y, 0]))
            big = WeightPatches(small.weights, shape, box=KEPT_PATCHES, top=small.top)
            big.move_to([np.sign(side["x"]) * (ALONE_GAP + big.width / 2), ALONE_TOP - big.height / 2, 0])
            side["caption"].next_to(big, DOWN, buff=0.15)
            side["patches"], side["alone"], side["kept"], side["big"] = big, True, True, VGroup()
            side["kept_box"] = [side["x"] - fit * diagram.width / 2, KEPT_Y - fit * diagram.height / 2,
                                side["x"] + fit * diagram.width / 2, KEPT_Y + fit * diagram.height / 2]
        boxes = {side["name"]: [float(v) for v in (*side["patches"].get_corner(DOWN + LEFT)[:2],
                                                   *side["patches"].get_corner(UP + RIGHT)[:2])] for side in sides}
        net_boxes = {side["name"]: [float(v) for v in side["kept_box"]] for side in sides}
        self.show(alone_patches=boxes, kept_networks=net_boxes)
        return moves

    def big_patches(self, sides: Sequence[dict], key: str) -> list[Mobject]:
        """One hidden neuron's patch of each side, drawn big (about 100 px at 480p) in the gap
        between the networks (review 11a/11c: drawn over its network it covered what it
        described), one side's at a time: the patch nearest the gap (ours' top right, the
        twin's top left), as its patches show it now (same colour scale), its outline in "look
        here" white, a line from it to that small patch, and words over it."""
        t, shape = self.theme, patch_shape(self.history)
        bigs, chosen = [], {}
        for side, words in zip(sides, (mark("ours, big"), mark("twin's, big"))):
            small = side["patches"]
            cols = patch_grid(len(small.weights), shape, PATCH_BOX)[1]
            neuron = min(cols, len(small.weights)) - 1 if side["x"] < 0 else 0
            chosen[side["name"]] = neuron
            pic = WeightPatches(small.weights[neuron:neuron + 1], shape, box=BIG_PATCH, top=small.top)
            pic.frames.set_stroke(t.focus, 2.0)
            # the patch no wider than the gap between the networks, a margin each side; its words
            # never scaled with it (the small size is 14 px at 480p: scaled, they fell to 12.7)
            gap = sides[1]["diagram"].get_left()[0] - sides[0]["diagram"].get_right()[0] - 2 * BIG_MARGIN
            pic.scale(min(1.0, gap / pic.width))
            label = self.text(words, size="small", color=t.text).next_to(pic, UP, buff=0.1)
            group = clear(VGroup(pic, label).move_to([0, BIG_Y, 0]), t)
            frame = patch_frames(small, t.focus)[neuron]
            corner = pic.get_corner(DOWN + (LEFT if side["x"] < 0 else RIGHT))
            tie = Line(corner, frame.get_top(), color=t.focus, stroke_width=2)
            bigs.append(VGroup(tie, frame, group))
        self.show(**{key: {"neuron": chosen, **{side["name"]: side["patches"].weights[chosen[side["name"]]].tolist()
                                                  for side in sides},
                           "networks": {side["name"]: [float(v) for v in (*side["diagram"].get_corner(DOWN + LEFT)[:2],
                                                                          *side["diagram"].get_corner(UP + RIGHT)[:2])]
                                        for side in sides},
                           "boxes": {side["name"]: [float(v) for v in (*big[2].get_corner(DOWN + LEFT)[:2],
                                                                       *big[2].get_corner(UP + RIGHT)[:2])]
                                     for side, big in zip(sides, bigs)}}})
        return bigs

    def laid_out(self, side: dict, room: dict, wires: VGroup) -> dict:
        """The first hidden neuron's patch drawn big (LAID_SIZE) where the `room` side's (the
        twin's) patches stand, the first practice example's picture beside it at the same size,
        each named over it; one wire from that neuron's ring to each square of the patch (in
        the picture's order: a square's dial comes from the pixel at the same place), then one
        line kept from the ring to the patch; the picture's most inked pixel and the patch's
        square at the same place, to be ringed."""
        t, h = self.theme, self.history
        first = side["diagram"].shown_indices(1)[0]
        small, shape = side["patches"], patch_shape(h)
        patch = WeightPatches(small.weights[first:first + 1], shape, box=(LAID_SIZE, LAID_SIZE), top=small.top)
        patch.frames.set_stroke(t.focus, 2.0)
        index = practice_examples(h)[0]
        x_row = h.split("train")[0][index]
        picture = self.example_picture(x_row)
        picture.scale(patch.height / picture.height)
        # the patch nearer its network, the picture beyond it, both in the middle of the room
        sign = np.sign(room["x"]) or 1.0
        pair = Group(patch, picture).arrange(RIGHT if sign > 0 else LEFT, buff=LAID_GAP)
        pair.move_to(room["patches"].get_center() + LAID_DROP * DOWN)
        words = VGroup(self.text(mark("ours, big"), size="small", color=t.text).next_to(patch, UP, buff=0.1),
                       self.text(mark("practice example"), size="small", color=t.text).next_to(picture, UP, buff=0.1))
        for w in words:
            w.align_to(words[0], DOWN)
        shift = patch.frames.points[0] - patch._corners[0, 0]
        cells = patch._corners[0] + shift + patch.cell * np.array([0.5, -0.5, 0.0])
        ring = wires[1].get_center()
        fan = VGroup(*(Line(ring, c, stroke_color=t.focus, stroke_width=1.2, stroke_opacity=0.8) for c in cells))
        tie = Line(ring, patch.get_corner(UP + LEFT * sign), stroke_color=t.focus, stroke_width=2, buff=0.08)
        inked = int(np.argmax(x_row))
        row, col = divmod(inked, shape[1])
        pic_cell = picture.height / shape[0]
        at = picture.get_corner(UP + LEFT) + pic_cell * np.array([col + 0.5, -row - 0.5, 0.0])
        # a dark rim under the white ring: on the picture's white ink a white ring alone did not show
        marks = VGroup(*(Square(size, stroke_color=t.focus, stroke_width=3).set_stroke(t.background, 7, background=True)
                         .move_to(spot) for size, spot in ((pic_cell, at), (patch.cell, cells[inked]))))
        self.show(laid_out={"neuron": int(first), "example": index, "weights": small.weights[first].tolist(),
                            "fan_ends": [[float(v) for v in c[:2]] for c in cells],
                            "patch_box": [float(v) for v in (*patch.get_corner(DOWN + LEFT)[:2], *patch.get_corner(UP + RIGHT)[:2])],
                            "picture_box": [float(v) for v in (*picture.get_corner(DOWN + LEFT)[:2],
                                                               *picture.get_corner(UP + RIGHT)[:2])],
                            "marks": [[float(v) for v in m.get_center()[:2]] for m in marks], "inked": inked,
                            "tie": [[float(v) for v in p[:2]] for p in (tie.get_start(), tie.get_end())],
                            "ring": [float(v) for v in ring[:2]], "t": self.renderer.time})
        return {"patch": patch, "picture": picture, "fan": fan, "marks": marks, "tie": tie, "words": words}

    def one_neurons_wires(self, side: dict) -> tuple[VGroup, VMobject]:
        """The drawn wires into the first hidden neuron, in the focus colour ("look here"), and
        the outline of that neuron's patch they fold into."""
        t, diagram = self.theme, side["diagram"]
        first = diagram.shown_indices(1)[0]
        lines = (diagram.edge_line(0, first, i) for i in diagram.shown_indices(0))
        wires = VGroup(*(line.copy().set_stroke(t.focus, 3, 1.0) for line in lines if line is not None))
        ring = diagram.neuron_at(1, first).copy().set_fill(opacity=0).set_stroke(t.focus, 3)
        return VGroup(wires, ring), patch_frames(side["patches"], t.focus)[first]

    def panel(self, frames: list[Snapshot], heading: str, x: float, scale: float | None = None,
              top: float | None = None, caption: str = mark("each patch: the dials into one hidden neuron")) -> dict:
        """One network's column: heading, step counter, diagram, patches, their caption; its
        wires drawn on the weight `scale`, its patches on the colour scale `top`, both shared.
        Its counter and caption in the text colour (review s12: small and grey, and grey is
        "wrong")."""
        t, shape = self.theme, patch_shape(self.history)
        # no class names here: at this size they would be specks
        diagram = network_picture(self.history, frames[0], named=False, weight_scale=scale, **PANEL_BOX)
        diagram.move_to([x, PANEL_Y, 0])
        head = VGroup(on_baseline(self.text(heading, size="label").set_x(x), 2.65),
                      on_baseline(self.text(mark("practising"), size="small", color=t.text).set_x(x), 2.3))
        pics = WeightPatches(frames[0].weights[0], shape, top=top).move_to([x, PATCHES_Y, 0])
        words = self.text(caption, size="small", color=t.text).next_to(pics, DOWN, buff=0.15)
        names = input_names(self.history)
        if names and shape[0] == 1 and len(names) <= 3:
            # a strip's squares named by their inputs over the first patch (review s20 v1: nothing
            # said which square was across and which up); they come and go with the caption
            # on one baseline; the first name ends at its square's right edge, the others centred
            # over theirs, so "across" and "up" stand apart
            shift = pics.frames.points[0] - pics._corners[0, 0]
            labels = [on_baseline(self.text("{name}", size="small", color=t.text, facts={"name": name}),
                                  pics.get_top()[1] + 0.1) for name in names]
            for k, (label, corner) in enumerate(zip(labels, pics._corners[0] + shift)):
                if k == 0:
                    label.align_to(corner + pics.cell * RIGHT, RIGHT)
                else:
                    label.set_x(corner[0] + 0.5 * pics.cell)
            words = VGroup(words, *labels)
        return {"frames": frames, "diagram": diagram, "head": head, "patches": pics, "caption": words, "x": x}

    def example_picture(self, x_row: np.ndarray) -> Mobject:
        """An example both networks look at: a digit in grey squares as chapter 1 drew it
        (review s10: a 30 px thumbnail tinted gold), LOOK_SIZE tall; a point as a white dot
        in a square among the faint practice points (review s12, tiny: bars drew an empty
        square); other data as bars."""
        kind = input_kind(self.history)
        if kind == "image":
            return digit_image(x_row, LOOK_SIZE)
        if kind == "point":
            t, x = self.theme, self.history.split("train")[0]
            span = max(float(np.abs(x).max()), 1e-9)
            place = lambda p: np.array([p[0], p[1], 0.0]) / span * LOOK_SIZE / 2 * 0.9
            return VGroup(Rectangle(width=LOOK_SIZE, height=LOOK_SIZE, stroke_color=t.muted, stroke_width=1.5),
                          dot_cloud([place(p) for p in x[:PLANE_POINTS]], 0.02, t.muted, opacity=0.6),
                          Dot(place(x_row), radius=0.08, color=t.focus))
        picture = card_picture(x_row, kind, 0.75)
        return picture.scale_to_fit_width(min(picture.width, 1.0))

    def neuron_maps(self, sides: Sequence[dict]) -> VGroup:
        """Per side, one small map per hidden neuron, under its patch: the plane tinted by that
        neuron's real glow after all of the practice (its last snapshot), yellow where it glows
        above zero, grey below, brighter the stronger. Recorded: each map's glow per cell."""
        t, h = self.theme, self.history
        x_train = h.split("train")[0]
        bounds = plane_bounds(x_train)
        maps, shown = VGroup(), {}
        for side in sides:
            glow = map_glows(h, side["frames"][-1])     # (cells, hidden)
            frames = patch_frames(side["patches"], t.focus)
            row = VGroup()
            for i, frame in zip(side["diagram"].shown_indices(1), frames):
                m = BoundaryMap(np.zeros((0, 2)), np.zeros(0, dtype=int), [t.muted, t.highlight], bounds=bounds,
                                side=MAP_SIDE, cells=MAP_CELLS)
                m.set_answers((glow[:, i] > 0).astype(int), np.abs(glow[:, i]))
                m.move_to(frame.get_center() + MAP_RISE * UP)     # in its patch's place (the patches go as the maps come)
                # the practice points, faint, on every map: the rings are seen (review s19 v1)
                m.add(dot_cloud(list(m.to_frame(x_train[:PLANE_POINTS])), MAP_DOT, t.text, opacity=0.55))
                row.add(m)
            maps.add(row)
            shown[side["name"]] = [glow[:, i].round(4).tolist() for i in side["diagram"].shown_indices(1)]
        self.show(neuron_maps={"cells": MAP_CELLS, "flat": flat_maps(h), **shown},
                  maps_side=float(maps[0][0].border.width), maps_dots=len(maps[0][0][-1].points) // len(Circle().points))
        return maps

    def one_map(self, lit: dict, key: Mobject) -> dict:
        """One of our hidden neurons' maps, big, under our heading, before the four a side (review
        s23 x1, its single change): the first of ours that found an edge, its glow over the points
        after the practice (the last snapshot), the practice points faint on it, the new example
        both networks were shown as a white dot, named; its edge, where the glow changes sign
        between two neighbouring cells, as a white line, named. `at`: its place among the maps."""
        t, h = self.theme, self.history
        x_train, x_test = h.split("train")[0], h.split("test")[0]
        shown, flat = shown_indices(h.config["sizes"][1]), set(flat_maps(h))
        neuron = next((i for i in shown if i not in flat), shown[0])
        glow = map_glows(h, h.snapshots[-1])[:, neuron]
        top = MAPS_TOP + 0.05
        side = min(ONE_MAP, top - key.get_top()[1] - 0.3)
        m = BoundaryMap(np.zeros((0, 2)), np.zeros(0, dtype=int), [t.muted, t.highlight], bounds=plane_bounds(x_train),
                        side=side, cells=MAP_CELLS)
        m.move_to([-PANEL_X, top - side / 2, 0])
        # unpainted at first: the cells' lines only, faint (Paint colours them as it is said)
        corner0, cell = m.border.get_corner(UP + LEFT), side / MAP_CELLS
        ruled = [(corner0 + k * cell * RIGHT, corner0 + k * cell * RIGHT + side * DOWN) for k in range(1, MAP_CELLS)]
        ruled += [(corner0 + k * cell * DOWN, corner0 + k * cell * DOWN + side * RIGHT) for k in range(1, MAP_CELLS)]
        lines = np.concatenate([np.stack([a, a + (b - a) / 3, a + 2 * (b - a) / 3, b]) for a, b in ruled])
        m.add_to_back(VMobject(stroke_color=t.muted, stroke_width=1.0, stroke_opacity=0.35).set_points(lines))
        m.add(dot_cloud(list(m.to_frame(x_train[:PLANE_POINTS])), 0.02, t.text, opacity=0.55))
        spot = m.to_frame(x_test[lit["example"]])[0]
        dot = VGroup(Dot(spot, radius=0.09, color=t.focus),
                     Circle(radius=0.17, stroke_color=t.focus, stroke_width=3).move_to(spot))
        # the edge: a side between two neighbouring cells, one lit (glow above zero), one not
        cells, size = MAP_CELLS, side / MAP_CELLS
        lit_cells = (glow > 0).reshape(cells, cells)          # row 0 at the top
        corner = m.border.get_corner(UP + LEFT)
        pieces = []
        for r in range(cells):
            for c in range(cells):
                if c + 1 < cells and lit_cells[r, c] != lit_cells[r, c + 1]:
                    pieces.append(((c + 1, r), (c + 1, r + 1)))
                if r + 1 < cells and lit_cells[r, c] != lit_cells[r + 1, c]:
                    pieces.append(((c, r + 1), (c + 1, r + 1)))
        at = lambda p: corner + size * np.array([p[0], -p[1], 0.0])
        edge = VGroup(*(Line(at(a), at(b), color=t.focus, stroke_width=5) for a, b in pieces))
        left = m.get_right()[0] + 0.5
        # the neuron itself beside its map, dark until the point moves (Paint lights it)
        circle = Circle(radius=PAINT_NEURON, stroke_color=t.neuron_stroke, stroke_width=2,
                        fill_color=lit_colours(t, [0.0])[0], fill_opacity=1.0)
        lamp = VGroup(circle, minus_mark(circle, 0.0))    # its mark hidden until a glow below zero
        name = self.text(mark("one of ours, after the practice"), size="small", color=t.text)
        example = self.text(mark("new example"), size="small", color=t.text)
        words = VGroup(name, example).arrange(DOWN, aligned_edge=LEFT, buff=0.5)
        words.move_to([left + 2 * PAINT_NEURON + 0.2, m.get_top()[1] - PAINT_NEURON + 0.1, 0], aligned_edge=UP + LEFT)
        lamp.move_to([left + PAINT_NEURON, name.get_y(), 0])
        probe = Dot(m.to_frame(np.array([0.0, 0.0]))[0], radius=0.1, color=t.focus).set_stroke(t.background, 3,
                                                                                              background=True)
        leader = Line(example.get_left() + 0.1 * LEFT, spot + 0.2 * RIGHT, color=t.focus, stroke_width=2)
        sample = Line(ORIGIN, 0.45 * RIGHT, color=t.focus, stroke_width=5)
        edge_words = VGroup(sample, self.text(mark("its edge: where it switches from grey to gold"), size="small",
                                              color=t.text)).arrange(RIGHT, buff=0.15)
        edge_words.next_to(words, DOWN, buff=0.5, aligned_edge=LEFT)
        self.show(one_map={"neuron": int(neuron), "example": int(lit["example"]), "glow": glow.round(4).tolist(),
                           "edge": [[list(a), list(b)] for a, b in pieces], "side": float(side),
                           "dot": [float(v) for v in spot[:2]],
                           "corner": [float(v) for v in corner[:2]],
                           "boxes": text_boxes(words, edge_words, key),
                           "map_box": [float(v) for v in (*m.border.get_corner(DOWN + LEFT)[:2],
                                                          *m.border.get_corner(UP + RIGHT)[:2])]})
        return {"map": m, "words": VGroup(words, dot, leader), "edge": edge, "edge_words": edge_words,
                "at": shown.index(neuron), "glow": glow, "neuron": lamp, "name": name, "probe": probe,
                "example": VGroup(example, dot, leader),
                "example_glow": float(activations(h, h.snapshots[-1], x_test[lit["example"]])[1][neuron])}

    def maps_big(self, maps: VGroup, sides: Sequence[dict], key: Mobject) -> None:
        """Each side's maps in a square grid (2 x 2 for four), as big as the room between its
        heading and the key allows, centred under the heading; recorded for the tests."""
        top, bottom = MAPS_TOP, key.get_top()[1] + 0.2
        for row, side in zip(maps, sides):
            cols = math.ceil(math.sqrt(len(row)))
            rows = math.ceil(len(row) / cols)
            cell = min((top - bottom - (rows - 1) * MAPS_BUFF) / rows,
                       (2 * abs(side["x"]) - 2 * MAPS_BUFF - (cols - 1) * MAPS_BUFF) / cols)
            for m in row:
                m.scale(cell / m.border.width)
            row.arrange_in_grid(rows=rows, cols=cols, buff=MAPS_BUFF).move_to([side["x"], (top + bottom) / 2, 0])
        self.show(maps_big={side["name"]: [[float(v) for v in (*m.border.get_corner(DOWN + LEFT)[:2],
                                                                *m.border.get_corner(UP + RIGHT)[:2])] for m in row]
                            for row, side in zip(maps, sides)})

    def payoff(self, sides: Sequence[dict], moral: VGroup, ours: Mobject, tracker) -> None:
        """A picture's payoff (review s23 k1; s25 k1, both reviewers' single change: one neuron of
        ours shown, "each its own pattern" rested on it; s26 k1 r2, its single change: three
        100 px patches with a thin outline read as noise): all but the headings and the moral goes;
        under our heading two of our trained patches, big (~120 px at 480p), side by side
        (our_looks); as "looks for this" is said the first one's strokes are outlined on it,
        thick, then as "it glows most for this 3" is said the new example that lights it most
        comes under it, with its real glow; under the twin's, one of its patches beside all 16
        alike, with its one example. A key under them all: what blue and red mean here. Real last
        snapshots."""
        t, h = self.theme, self.history
        looks, found, shape = our_looks(h), looks_for(h), patch_shape(h)
        x_test = h.split("test")[0]
        side_px = math.isqrt(x_test.shape[1])
        last = {side["name"]: np.asarray(side["frames"][-1].weights[0]) for side in sides}
        top = shared_top(*last.values())
        size, pitch = PAYOFF_SIDE, PAYOFF_SIDE + PAYOFF_GAP

        def column(weights: np.ndarray, neuron: int, example: int, glow: float, x: float) -> dict:
            big = WeightPatches(weights[neuron:neuron + 1], shape, box=(size, size), top=top)
            big.frames.set_stroke(t.focus, 2.0)
            big.move_to([x, PAYOFF_Y, 0])
            pic = digit_image(x_test[example], PAYOFF_PIC).next_to(big, DOWN, buff=PAYOFF_DROP)
            under = VGroup(self.text(mark("lights it most"), size="small", color=t.text),
                           self.text("it glows {value}", size="small", color=t.text,
                                     facts={"value": minus_sign(glow)})).arrange(DOWN, buff=0.06)
            under.next_to(pic, DOWN, buff=0.08)
            edges = ink_edges(ink_cells(x_test[example]), side_px)
            return {"big": big, "pic": pic, "under": under, "edges": edges,
                    "strokes": ink_outline(big, edges, t.highlight)}

        main_x = sides[0]["x"]
        cols = [column(last["main"], look["neuron"], look["example"], look["glow"],
                       main_x + (k - (len(looks) - 1) / 2) * pitch) for k, look in enumerate(looks)]
        twin_x = sides[1]["x"]
        twin = column(last["twin"], 0, found["twin_example"], found["twin_glow"], twin_x - pitch / 2)
        square = WeightPatches(last["twin"], shape, box=(size, size), top=top).move_to([twin_x + pitch / 2, PAYOFF_Y, 0])
        alike = self.text("all {n} alike", size="small", color=t.text,
                          facts={"n": len(last["twin"])}).next_to(square, DOWN, buff=0.1)
        marker = SurroundingRectangle(square, color=t.focus, buff=0.06)
        # what a patch's colours mean for a picture, as the intro says it (blue: ink there lights
        # the neuron), under all the columns, over the moral
        key = self.ink_key().move_to([0, (min(c["under"].get_bottom()[1] for c in (*cols, twin))
                                          + moral[0].get_top()[1]) / 2, 0])
        box = lambda m: [float(v) for v in (*m.get_corner(DOWN + LEFT)[:2], *m.get_corner(UP + RIGHT)[:2])]
        self.show(payoff={**found, "top": top, "looks": looks,
                          "main": {"bigs": [c["big"].weights.tolist() for c in cols]},
                          "twin": {"square": square.weights.tolist(), "big": twin["big"].weights.tolist(), "neuron": 0},
                          "boxes": text_boxes(*(c["under"] for c in (*cols, twin)), alike, key, moral),
                          "pictures": {"main": [box(m) for c in cols for m in (c["big"], c["pic"])],
                                       "twin": [box(m) for m in (twin["big"], twin["pic"], square)]},
                          "strokes": [{"edges": [list(map(list, e)) for e in c["edges"]],
                                       "corner": [float(v) for v in c["big"].frames.points[0][:2]],
                                       "first": [float(v) for v in c["strokes"].points[0][:2]],
                                       "cell": float(c["big"].cell)} for c in (*cols, twin)]})
        keep = [self.heading, *(side["head"][0] for side in sides), moral[0], ours]
        # the moral's last line in full before its words (tests: a label before its words); the
        # patches in at once, so the frame never stands empty (review s25 k1 r1, 135 s)
        self.play(*(FadeOut(m) for m in self.all_but(keep)), *(FadeIn(c["big"]) for c in cols),
                  FadeIn(twin["big"]), FadeIn(square), FadeIn(key),
                  FadeIn(moral[1], shift=0.2 * UP), FadeOut(ours), run_time=0.8)
        times = {}
        # the first: its strokes outlined as "looks for this" is said (the shape it looks for),
        # its example as "it glows most for this" is; the others (own) and the twin's (twins)
        # each outline and example together
        for mark_, shown, what in (("edge", cols[:1], "strokes"), ("most", cols[:1], "pic"),
                                   ("own", cols[1:], "both"), ("twins", [twin], "both")):
            if not shown:
                continue
            self.wait_before(tracker, mark_, 0.6)
            times[mark_] = self.renderer.time
            extra = [FadeIn(marker), FadeIn(alike)] if mark_ == "twins" else []
            if what != "strokes":
                self.play(*(FadeIn(VGroup(c["pic"], c["under"]), shift=0.1 * DOWN) for c in shown), *extra,
                          run_time=FADE)
            if what != "pic":
                self.play(*(Create(c["strokes"]) for c in shown), run_time=0.6)
        self.show(payoff_times=times)
        self.wait(max(0.5, tracker.get_remaining_duration()))

    def together(self, sides: Sequence[dict], moral: VGroup, tracker) -> None:
        """The payoff seen (review s30 n r1 + r2, both single changes: it was one 3 s frame at the
        end): as "together" is said the maps give way to one picture of the points a side, the
        rings in their colours; on ours the edges of our neurons that found one, on the twin's its
        one edge (its copies share it), white, straight where each neuron's glow turns sign
        (together_edges); each side's real score under its picture; held to the chapter's end."""
        t, h = self.theme, self.history
        x_train, y_train = h.split("train")[0][:PLANE_POINTS], classes_of(h.split("train")[1][:PLANE_POINTS])
        bounds = plane_bounds(h.split("train")[0])
        edges, counts = together_edges(h), right_counts(h)
        top = MAPS_TOP
        size = top - moral[0].get_top()[1] - TOGETHER_WORDS
        colours = class_colors(len(h.labels))
        pictures, record = [], {}
        for side in sides:
            (x0, x1), (y0, y1) = bounds
            centre = np.array([side["x"], top - size / 2, 0.0])
            at = lambda p: centre + size * np.array([(p[0] - x0) / (x1 - x0) - 0.5, (p[1] - y0) / (y1 - y0) - 0.5, 0.0])
            border = Square(size, stroke_color=t.muted, stroke_width=1.5).move_to(centre)
            dots = VGroup(*(dot_cloud([at(p) for p in x_train[y_train == k]], 0.03, colour, opacity=0.9)
                            for k, colour in enumerate(colours)))
            segs = edges[side["name"]]
            lines = VGroup(*(Line(at(a), at(b), color=t.focus, stroke_width=5) for a, b in segs))
            # "ours hem in most of the inner ring": what ours enclose, shaded in the ring's colour
            # under the points, in with them as "together" is said
            inside = hemmed_in(h, segs) if side["name"] == "main" and len(segs) > 1 else np.zeros((0, 2))
            shaded = VGroup(*([Polygon(*(at(p) for p in inside), stroke_width=0, fill_color=colours[inner_class(h)],
                                       fill_opacity=HEMMED)] if len(inside) >= 3 else []))
            n = len(shown_indices(h.config["sizes"][1]))
            words = (self.text("{n} edges, one from each of ours", size="small", color=t.text, facts={"n": len(segs)})
                     if side["name"] == "main" else
                     self.text("one edge: the same for all {n}", size="small", color=t.text, facts={"n": n}))
            score = self.text("{n} of {total} right", size="small", color=t.text,
                              facts={"n": counts[side["name"]], "total": counts["of"]})
            under = VGroup(words, score).arrange(DOWN, buff=0.08).next_to(border, DOWN, buff=0.1)
            pictures.append({"picture": VGroup(border, shaded, dots), "lines": lines, "under": under})
            record[side["name"]] = {"edges": [[list(map(float, a)), list(map(float, b))] for a, b in segs],
                                    "ends": [[[float(v) for v in l.get_start()[:2]], [float(v) for v in l.get_end()[:2]]]
                                             for l in lines],
                                    "box": [float(v) for v in (*border.get_corner(DOWN + LEFT)[:2],
                                                               *border.get_corner(UP + RIGHT)[:2])],
                                    "score": counts[side["name"]], "of": counts["of"],
                                    "hemmed": inside.tolist() if len(shaded) else None,
                                    "shade": shaded[0].get_fill_color().to_hex().lower() if len(shaded) else None}
        keep = [self.heading, *(side["head"][0] for side in sides), *moral]
        self.wait_before(tracker, "together", 0.8)
        begun = self.renderer.time
        self.play(*(FadeOut(m) for m in self.all_but(keep)), *(FadeIn(p["picture"]) for p in pictures), run_time=FADE)
        self.play(*(Create(p["lines"]) for p in pictures), run_time=0.8)
        self.play(*(FadeIn(p["under"]) for p in pictures), run_time=FADE)
        self.show(together={**record, "from": begun, "t": self.renderer.time,
                            "boxes": text_boxes(*(p["under"] for p in pictures), moral)})
        # held whole to the end: the payoff stands still and readable (>= TOGETHER_HOLD s)
        self.wait(max(TOGETHER_HOLD, tracker.get_remaining_duration() + TOGETHER_HOLD))

    def ink_in(self, run_time: float = FADE) -> list[Animation]:
        """The patches' colour key in under them (a picture's patches only), its time whole and
        its words' boxes recorded (tests: it stands while the dial patches do)."""
        if getattr(self, "ink", None) is None:
            return []
        self.ink_times.append({"way": "in", "t": self.renderer.time + run_time, "boxes": text_boxes(self.ink)})
        self.show(ink_key_times=self.ink_times)
        return [FadeIn(self.ink, run_time=run_time)]

    def ink_out(self) -> list[Animation]:
        """The patches' colour key away, its fade begun now recorded."""
        if getattr(self, "ink", None) is None:
            return []
        self.ink_times.append({"way": "out", "t": self.renderer.time})
        self.show(ink_key_times=self.ink_times)
        return [FadeOut(self.ink)]

    def ink_key(self) -> VGroup:
        """A patch's colours for a picture's neuron, on one line: a blue square, "blue: ink here
        lights it up", a red one, "red: ink here dims it" (not "makes it glow": what a glow is
        is said only as the practice example lights them; review s33)."""
        t = self.theme
        rows = [VGroup(Square(KEY_SWATCH_BIG, stroke_width=0, fill_color=colour, fill_opacity=1.0),
                       self.text(words, size="small", color=t.text)).arrange(RIGHT, buff=0.12)
                for colour, words in ((t.positive, mark("blue: ink here lights it up")),
                                      (t.negative, mark("red: ink here dims it")))]
        return VGroup(*rows).arrange(RIGHT, buff=0.6)

    def all_but(self, keep: Sequence[Mobject]) -> list[Mobject]:
        """What is on screen now, in the largest pieces that hold none of `keep`."""
        kept = {id(m) for m in keep}
        out: list[Mobject] = []

        def walk(mob: Mobject) -> None:
            if id(mob) in kept:
                return
            if any(id(p) in kept for p in mob.get_family()):
                for part in mob.submobjects:
                    walk(part)
            else:
                out.append(mob)
        for mob in self.mobjects:
            walk(mob)
        return out

    def maps_key(self, a_map: BoundaryMap) -> VGroup:
        """One line under the maps: what a map is, its two colours as it draws them (lit: glows;
        grey: below zero) and the faint dots (review s19 v1: no key, the grey was unexplained)."""
        t = self.theme

        def swatch(mob: Mobject) -> Mobject:
            return mob.scale_to_fit_height(KEY_SWATCH)
        glows = swatch(Square(1, stroke_width=0, fill_color=a_map._shade(2 * SURENESS_LEVELS - 1), fill_opacity=1.0))
        below = swatch(Square(1, stroke_width=0, fill_color=a_map._shade(SURENESS_LEVELS - 1), fill_opacity=1.0))
        dots = Dot(radius=0.04, color=t.text).set_opacity(0.8)
        parts = [self.text(mark("each map: one hidden neuron, over the points"), size="small", color=t.text),
                 glows, self.text(mark("glows"), size="small", color=t.text),
                 below, self.text(mark("below zero"), size="small", color=t.text),
                 dots, self.text(mark("practice points"), size="small", color=t.text)]
        key = VGroup(*parts).arrange(RIGHT, buff=0.12)
        for k in (1, 3, 5):          # a wider gap before each swatch than after it
            VGroup(*parts[k:]).shift(0.18 * RIGHT)
        return key.move_to(ORIGIN)

    def guess_mark(self, side: dict, guess: int, answer: int, glow: float | None = None) -> VGroup:
        """A ring round the output neuron that gives a network's guess (a network kept small: its
        name beside it), and the verdict big under the network, in its patches' place (review s25
        k3 r2, its single change: the result the chapter builds to was ~10 px text under the
        headings; x1 r1: the one-half cut-off, the forward chapter's, dropped here): "says", the
        guess in large type with a tick (right: green) or a cross (wrong: grey). `.output` the ringed output, `.right` whether the guess is
        the answer, `.says` the big guess, `.words` the verdict under the network."""
        t, diagram = self.theme, side["diagram"]
        right = guess == answer
        colour = t.right if right else t.wrong
        # one output (two answers: below or above halfway) or one output per answer
        output = guess if diagram.sizes[-1] > 1 else 0
        circle = diagram.neuron_at(len(diagram.sizes) - 1, output)
        # a network kept small (patches_alone): its output specks close together, the ring bigger
        ring = Circle(circle.width / 2 + (0.12 if side.get("kept") else 0.09), stroke_color=colour,
                      stroke_width=4).move_to(circle)
        label = self.history.labels[guess]
        says = self.text("{label}", size="title", color=colour, facts={"label": label}).scale(VERDICT_SCALE)
        lead = self.text(mark("says"), color=t.text)
        # the whole line no wider than VERDICT_WIDTH: the two verdicts stand well apart (tiny's
        # "inner ring" and "outer ring" ran into each other); the glyph as tall as a capital
        room = VERDICT_WIDTH - lead.width - 0.4
        if says.width + 0.8 * says.height > room:
            says.scale(room / (says.width + 0.8 * says.height))
        glyph = (right_mark if right else wrong_mark)(0.8 * says.height, width=8.0)
        line = VGroup(lead, says, glyph).arrange(RIGHT, buff=0.2)
        on_baseline(lead, says.get_bottom()[1])
        # in the patches' place, midway between the network and the scoreboard (they go as it comes)
        words = line.move_to([side["x"], (diagram.get_bottom()[1] + SCORE_Y + SCORE_HALF) / 2, 0])
        mark_ = VGroup(ring)
        if side.get("kept") or diagram.sizes[-1] > 1:     # review s14: which output is the 9? named by its ring
            mark_.add(clear(self.text("{label}", size="small", color=colour, facts={"label": label})
                            .next_to(ring, RIGHT, buff=0.06), t))
        mark_.add(words)
        mark_.output, mark_.right, mark_.says, mark_.words = output, right, says, words
        return mark_

    def scoreboard(self, side: dict, right: int, total: int) -> VGroup:
        """One network's score on all the new examples, under it (review s27 k1, its single change:
        one count across both, "only ours right: 252 of all 359", read as our score): "ours:" or
        "twin:", its count big in the right answers' green, "of 359 right"; under them a bar for
        all the new examples, the share it got right filled green."""
        t = self.theme
        count = self.text("{count}", size="title", color=t.right, facts={"count": right}).scale(COUNT_SCALE)
        head = self.text(mark("ours:") if side["name"] == "main" else mark("twin:"), color=t.text)
        tail = self.text("of {total} right", color=t.text, facts={"total": total})
        row = VGroup(head, count, tail).arrange(RIGHT, buff=0.2)
        for words in (head, tail):
            on_baseline(words, count.get_bottom()[1])
        whole = Rectangle(width=SCORE_BAR, height=SCORE_BAR_HIGH, stroke_color=t.muted, stroke_width=2,
                          fill_opacity=0)
        share = Rectangle(width=max(SCORE_BAR * right / total, 1e-3), height=SCORE_BAR_HIGH, stroke_width=0,
                          fill_color=t.right, fill_opacity=1.0 if right else 0.0)
        bar = VGroup(share.align_to(whole, LEFT), whole)
        board = VGroup(row, bar.next_to(row, DOWN, buff=0.15)).move_to([side["x"], SCORE_Y, 0])
        board.record = {"count": right, "of": total, "bar": float(whole.width), "filled": float(share.width) if right else 0.0,
                        "row": text_boxes(row), "box": [float(v) for v in (*board.get_corner(DOWN + LEFT)[:2],
                                                                           *board.get_corner(UP + RIGHT)[:2])]}
        return board

    def guessing_mark(self, board: VGroup, guessing: dict) -> VGroup:
        """What guessing gets (commonest_answer), on a scoreboard's bar: a tick across it at that
        share of all the new examples, and under the bar "always saying {label}: {count}",
        by the tick (inside the bar's span). `.record`."""
        t, bar = self.theme, board[1][1]
        x = bar.get_left()[0] + bar.width * guessing["count"] / guessing["of"]
        tick = Line([x, bar.get_bottom()[1] - GUESS_TICK, 0], [x, bar.get_top()[1] + GUESS_TICK, 0],
                    color=t.text, stroke_width=4)
        words = self.text("always saying {label}: {count}", size="small", color=t.text,
                          facts={"label": guessing["label"], "count": guessing["count"]})
        words.next_to(tick, DOWN, buff=0.06)
        words.shift((np.clip(words.get_x(), bar.get_left()[0] + words.width / 2,
                             bar.get_right()[0] - words.width / 2) - words.get_x()) * RIGHT)
        mark_ = VGroup(tick, words)
        mark_.record = {**guessing, "tick_x": float(x), "bar": [float(bar.get_left()[0]), float(bar.get_right()[0])],
                        "words": text_boxes(words)}
        return mark_

    def practice_label(self, side: dict, step: int) -> None:
        """Under the side's heading: "practising: round 3 of 30" while it practises, "after all
        30 practice rounds" at its last snapshot (review s13: no step numbers: the training
        chapter defines steps; a round is one pass through every practice example)."""
        label, records = side["head"][1], side["records"]
        # its size in practice rounds (review s19 g1: "after all of their practice" had none)
        facts = {"round": practice_round(records, step), "rounds": records[-1].epoch}
        words = mark("after all {rounds} practice rounds") if step == side["frames"][-1].step else \
            mark("practising: round {round} of {rounds}")
        new = self.text(words, size="small", color=self.theme.text, facts=facts)
        side.setdefault("labels", []).append((step, getattr(new, "original_text", new.text)))   # for the tests
        if getattr(label, "original_text", label.text) == getattr(new, "original_text", new.text):
            return
        label.become(new.move_to([side["x"], label.get_y(), 0]))
        # become() keeps the old words' record: carry the new ones, so the manifest's drawn
        # texts hold what the label says
        label.text, label.original_text = new.text, getattr(new, "original_text", new.text)
        label.initial_height = new.initial_height

    def train_both(self, main: dict, twin: dict) -> None:
        """The first step, cause and effect; then both networks pass through their real
        snapshots; then the copies on new examples, and each network's verdict on the last."""
        with self.say("train") as tracker:
            lit = self.step_one(main, twin, tracker)
        shown = self.first_change(main, twin, lit)
        with self.say("alike") as tracker:
            self.alike(main, twin, shown, tracker)
            self.wait_until_bookmark("watch")
            self.wait(0.4)   # the patches stand a moment before the headings change (no fade into a fade)
            # "practising" under each heading as the practice starts; the twin's heading says
            # it *started* equal (review 8: its wires vary from here, "equal dials" stood 10 s)
            # (review 9: ours kept "random dials" under its trained wires; now both say "started")
            started = [self.text(words, size="label").move_to(side["head"][0]) for words, side in
                       ((mark("ours: random start"), main), (mark("twin: equal start"), twin))]
            # each kept clear of the example's words in the gap between them (review 11a: "ours:
            # started with random dials" ran into "new example")
            words = [self.text(mark("new example"), size="small")]
            words += [self.text(mark("true answer:"), size="small")]
            words += [self.text("{label}", size="small", facts={"label": name}) for name in self.history.labels]
            gap = max(w.width for w in words) / 2 + HEAD_CLEAR
            started[0].shift(min(0.0, -gap - started[0].get_right()[0]) * RIGHT)
            started[1].shift(max(0.0, gap - started[1].get_left()[0]) * RIGHT)
            # a picture's small networks are veiled while the patches practise: their wires are
            # not redrawn frame by frame (render time); they come back at their trained dials
            kept = [side for side in (main, twin) if side.get("kept")]
            veils = VGroup(*(Rectangle(width=side["diagram"].width + 0.2, height=side["diagram"].height + 0.2,
                                       stroke_width=0, fill_color=self.theme.background, fill_opacity=VEIL)
                             .move_to(side["diagram"]) for side in kept))
            self.play(FadeIn(VGroup(main["head"][1], twin["head"][1]), shift=0.1 * DOWN), FadeIn(veils),
                      *(Transform(side["head"][0], words) for side, words in zip((main, twin), started)), run_time=FADE)
            for side in (main, twin):      # from step 1 on, where the first step left them
                side["frames"] = keyframes(side["run"][1:])
            # 7.5 seconds at least, even if the line is short: this is the moment to watch
            self.play(Replay([main, twin], self.practice_label,
                             run_time=max(7.5, 0.9 * tracker.get_remaining_duration())))
            self.show(practice_labels={side["name"]: side["labels"] for side in (main, twin)})
        for side in kept:
            side["diagram"].set_weights(side["frames"][-1].weights)
        self.show(kept_wires={side["name"]: drawn_wires(side["diagram"]) for side in kept})
        # the trained patches settle before the copies are pointed out
        self.play(FadeOut(veils), run_time=0.4)
        h, t = self.history, self.theme
        lit = same_look(h, main["frames"][-1], twin["frames"][-1])
        # review 8: the trained twin's glows alike on more than one new example, the chosen
        # one (ours right, the twin wrong where there is one) last
        x_test = h.split("test")[0]
        order = [*more_looks(h, twin["frames"][-1], lit["example"]), lit["example"]]
        looks = [{side["name"]: activations(h, side["frames"][-1], x_test[i]) for side in (main, twin)} for i in order]
        self.show(new_looks={"examples": order, **{side: [look[side][1] for look in looks] for side in ("main", "twin")}})
        # review s12: the title bar is no caption; the example's own words over it
        answers = classes_of(h.split("test")[1])
        pictures = [self.shown_example(x_test[i], mark("new example"), h.labels[int(answers[i])]) for i in order]
        with self.say("copies") as tracker:
            # a frame hops along the twin's patches: each one the same picture
            hops = patch_frames(twin["patches"], t.focus)
            self.play(Succession(*(FadeIn(f, run_time=0.25) for f in hops)),
                      run_time=min(4.0, 0.3 * tracker.duration))
            box = SurroundingRectangle(twin["patches"], color=t.focus, buff=0.08)
            # the twin's, big again (review s14), as it is after the practice: the gap holds one
            bigs = [] if twin.get("alone") else self.big_patches((main, twin), "big_patches_trained")[1:]
            self.play(FadeOut(hops), FadeIn(box), *(FadeIn(b, scale=0.5) for b in bigs), run_time=0.8)
            self.wait_before(tracker, "look", 0.6)
            # the patches, their captions and the box round the twin's make room for the glow
            # dots (their story is told): the dots stand in their place, as on the practice example
            making_room = [main["patches"], twin["patches"], box]
            self.play(*(FadeOut(side["caption"]) for side in (main, twin)), FadeOut(VGroup(*bigs)), *self.ink_out(),
                      *(FadeOut(m) for m in making_room), FadeIn(pictures[0]), run_time=FADE)
            lighting, rows = self.lit_by((main, twin), looks[0], mark("its hidden neurons, lit by it"))
            # each side's big word with its dots, whole before "still all glow the same" is said
            self.play(*lighting, FadeIn(VGroup(rows[0][2], rows[1][2])), run_time=0.8)
            self.show(new_look_words={side["name"]: {"text": getattr(row[2], "original_text", row[2].text),
                                                     "t": self.renderer.time - 0.8, "boxes": text_boxes(row[2])}
                                      for side, row in zip((main, twin), rows)})
            lit_dots = [{side["name"]: self.dots_drawn(row[0]) for side, row in zip((main, twin), rows)}]
            # "still all glow the same": the twin's dots boxed
            self.wait_until_bookmark("glow")
            row_box = SurroundingRectangle(rows[1][0], color=t.focus, buff=GRID_BOX_BUFF)
            self.play(FadeIn(row_box), run_time=0.5)
            for k, mark_ in enumerate(("ex2", "ex3")[:len(order) - 1], start=1):
                self.wait_before(tracker, mark_, 0.4)
                self.next_example(pictures[k - 1], pictures[k], (main, twin), rows, looks[k])
                lit_dots.append({side["name"]: self.dots_drawn(row[0]) for side, row in zip((main, twin), rows)})
            self.show(new_look_dots=lit_dots)
            # "act like just one": the twin's row of neurons folds into one neuron, its name in
            # full before the words (review 8: it faded in as they were said)
            self.wait_before(tracker, "one", 0.9)
            self.show(last_bars={name: {"row": marks_shown(bars[0]), "diagram": marks_shown(bars[1])}
                                 for name, bars in self.bars.items()})
            self.play(FadeOut(row_box), FadeOut(rows[1][1]), FadeOut(rows[1][2]), FadeOut(self.bars["twin"][0]),
                      run_time=0.3)
            fold, one_name = self.fold_into_one(rows[1][0], rows[1][1])
            self.play(fold, run_time=1.5)
            # each network's guess on its output column: right in green with a tick, wrong in
            # grey with a cross, each in as it is said (review s13: both at once, then 7 s still)
            verdicts = [self.guess_mark(side, lit["guess"][name], lit["answer"], float(lit[name][-1][0]))
                        for name, side in (("main", main), ("twin", twin))]
            self.show(verdict_boxes={name: [float(v) for v in (*v.words.get_corner(DOWN + LEFT)[:2],
                                                               *v.words.get_corner(UP + RIGHT)[:2])]
                                     for name, v in zip(("main", "twin"), verdicts)},
                      verdict_says_px={name: float(v.says.font_size) for name, v in zip(("main", "twin"), verdicts)},
                      verdict_networks={side["name"]: [float(c) for c in (*side["diagram"].get_corner(DOWN + LEFT)[:2],
                                                                          *side["diagram"].get_corner(UP + RIGHT)[:2])]
                                        for side in (main, twin)},
                      verdict_wires={side["name"]: [[float(c) for c in (*line.get_start()[:2], *line.get_end()[:2])]
                                                    for p, to, frm, _ in drawn_wires(side["diagram"])
                                                    if (line := side["diagram"].edge_line(p, to, frm)) is not None]
                                     for side in (main, twin)})
            # the patches, their box and the glow rows make way for the verdicts: right against
            # wrong is all that changes under the networks (review s25 x1 r1)
            below = Group(*(m for m in (main["patches"], twin["patches"], box) if m not in making_room),
                          rows[0], rows[1][0], one_name, self.bars["main"][0])
            for k, (mark_, verdict, side) in enumerate(zip(("guess", "twin_guess"), verdicts, (main, twin))):
                # whole as it is said (review s18 e1: "says 0" caught faded as it was said)
                self.wait_before(tracker, mark_, 0.75)
                self.play(*((FadeOut(below),) if k == 0 else ()), Create(verdict[0]), FadeIn(VGroup(*verdict[1:])),
                          run_time=FADE)
            # "on all the new examples, ours gets 346 right; the twin gets only 95": each network's
            # scoreboard under it, as its count is said
            counts = right_counts(h)
            boards = [self.scoreboard(side, counts[side["name"]], counts["of"]) for side in (main, twin)]
            self.show(scoreboards={side["name"]: board.record for side, board in zip((main, twin), boards)})
            for board, mark_ in zip(boards, ("count", "twin_count")):
                self.wait_before(tracker, mark_, 0.5)
                self.play(FadeIn(board, shift=0.1 * UP), run_time=FADE)
            count, commonest = VGroup(*boards), guessing_told(h)
            if commonest is not None:
                # "always saying ... gets ...": what guessing gets, marked on the twin's bar
                guessing = self.guessing_mark(boards[1], commonest)
                self.wait_before(tracker, "guessing", 0.3)
                self.play(Create(guessing[0]), FadeIn(guessing[1]), run_time=FADE)
                self.show(guessing={**guessing.record, "t": self.renderer.time - FADE})
                count.add(guessing)
        self.wait(1.0)   # the verdicts stand a moment: the chapter's silence stays at 10% or more
        self.show(same_look={"example": lit["example"], "main_hidden": lit["main"][1], "twin_hidden": lit["twin"][1],
                             "answer": lit["answer"], "guess": lit["guess"],
                             "marks": [{"output": int(v.output), "right": bool(v.right),
                                        "colour": v.says.get_fill_color().to_hex().lower()} for v in verdicts]})
        # the end moves with its words (review s13: a 9 s text-only card): the glow rows give
        # way to the moral, and as its reason is said a "look here" outline runs along our
        # patches, each neuron's own pattern
        moral = VGroup(self.text("random dials at the start", color=t.text),
                       self.text("so each hidden neuron can learn its own pattern", size="small", color=t.text)
                       ).arrange(DOWN, buff=0.12).move_to([0, ROWS_Y, 0])
        # the moral's first line in before its words (review s16: words ahead of the picture)
        # not the twin's row words, faded out before the fold (review 11a: a FadeOut puts its
        # mobject back as it was, so they came back over "acts like one neuron" here)
        # the verdicts stay under the networks while "every network starts with its dials set at
        # random" is said (the frame's lower half stood empty); the scoreboard makes way
        leaving = Group(*([count] if count is not None else []))
        self.show(heads_with_example={"heads": text_boxes(main["head"], twin["head"]),
                                      "example": text_boxes(pictures[-1][1])})
        # one after the other (crossed, the moral's line stood over the count's, a picture's, where
        # the two share the bottom; review s20 v1, tiny: ghosts of the glow row under it)
        boxes = {"leaving": text_boxes(leaving), "moral": text_boxes(moral[0])}
        self.play(FadeOut(leaving), run_time=0.4)
        gone = self.renderer.time
        self.play(FadeIn(moral[0], shift=0.2 * UP), run_time=0.4)
        # the times read off the renderer: the leaving words gone, the moral's fade begun
        self.show(moral_in={**boxes, "gone": gone, "moral_from": self.renderer.time - 0.4})
        with self.say("moral") as tracker:
            # "every network starts with its dials set at random": ours is the one that did (a
            # box: the heading is white already, an Indicate in white did not show)
            ours = SurroundingRectangle(main["head"][0], color=t.focus, buff=0.08)
            self.play(FadeIn(ours), run_time=0.8)   # faded: half drawn, a box read as a stray underline (review s18 e1)
            maps = self.neuron_maps((main, twin)) if input_kind(h) == "point" else None
            self.wait_before(tracker, "why", 0.8)
            if maps is not None:
                # "its own pattern", seen: each hidden neuron's glow over the points after the
                # practice (review s18, tiny: no pattern was ever shown), with a one-line key
                # (review s18 u1). Review s23 x1 (its single change): a new kind of picture in
                # the last 15 s was not decoded: first ONE map, big, with the new example on it
                # and its edge drawn as it is said; then it takes its place among the four a
                # side (review s21 w1: big, a square of them under each heading)
                key = self.maps_key(maps[0][0]).next_to(moral[0], UP, buff=0.2)
                self.maps_big(maps, (main, twin), key)
                one = self.one_map(lit, key)
                keep = [self.heading, main["head"][0], twin["head"][0], moral[0], ours]
                self.play(*(FadeOut(m) for m in self.all_but(keep)), FadeIn(moral[1], shift=0.2 * UP),
                          FadeOut(ours), run_time=0.8)
                # the one map at once, one neuron's own pattern (review s24 x1, 135 s: the frame
                # stood empty but for the words until the map was named); its words as it is
                self.play(FadeIn(one["map"]), FadeIn(one["neuron"]), FadeIn(one["name"]), run_time=0.6)
                # "the picture of the points again": its points flash
                self.wait_until_bookmark("map")
                self.play(Indicate(one["map"][-1], scale_factor=1.0, color=t.focus), run_time=1.0)
                # "move a point all over it ... gold ... grey": the map painted as it is said, the
                # key with it; then the new example on it
                self.wait_before(tracker, "paint", 0.3)
                self.play(FadeIn(one["probe"]), FadeIn(key), run_time=0.3)
                begun = self.renderer.time
                self.play(Paint(one["map"], one["glow"], one["probe"], one["neuron"], t,
                                run_time=max(4.0, tracker.time_until_bookmark("edge") - 2.6)))
                # each pool's cells as painted (16 points a square): grey (below zero) then gold, by strength
                self.show(paint={"from": begun, "to": self.renderer.time, "order": paint_order(MAP_CELLS).tolist(),
                                 "painted": [len(mob.points) // 16 for mob in one["map"].shades],
                                 "neuron_box": [float(v) for v in (*one["neuron"].get_corner(DOWN + LEFT)[:2],
                                                                   *one["neuron"].get_corner(UP + RIGHT)[:2])]})
                # the neuron lit by the new example, as it comes on the map
                lamp, ex_glow = one["neuron"], one["example_glow"]
                self.play(FadeOut(one["probe"]), FadeIn(one["example"]),
                          lamp[0].animate.set_fill(lit_colours(t, [min(1.0, abs(ex_glow))])[0]),
                          lamp[1].animate.turn(below_zero(ex_glow), lit_colours(t, [min(1.0, abs(ex_glow))])[0]),
                          run_time=0.4)
                self.show(paint_example={"glow": ex_glow, "fill": lamp[0].get_fill_color().to_hex().lower(),
                                         "bar": lamp[1].shown})
                self.wait_before(tracker, "edge", 0.3)
                self.play(Create(one["edge"]), FadeIn(one["edge_words"]), run_time=1.0)
                # the one map shrinks into its place only once its edge is said, as "found their
                # own edge" starts, the others coming in round it (review s30: it shrank while
                # "its edge is the line ..." still talked about it)
                self.wait_until_bookmark("own")
                small = maps[0][one["at"]]
                self.show(map_shrink=self.renderer.time)
                self.play(FadeOut(VGroup(one["edge"], one["words"], one["edge_words"], one["neuron"]), run_time=0.3),
                          one["map"].animate.scale(small.border.width / one["map"].border.width).move_to(small),
                          FadeIn(VGroup(*(m for m in maps[0] if m is not small))), FadeIn(maps[1]), run_time=0.8)
                self.remove(one["map"])
                self.add(small)
                self.show(maps_in=self.renderer.time - 0.8)
                self.show(maps_key=text_boxes(key, moral, maps), maps_at=[float(m.get_y()) for m in maps[0]])
            elif patches_alone(h):
                self.payoff((main, twin), moral, ours, tracker)
                return
            else:
                # the patches back (they made way for the verdicts) for the outline to run along
                self.play(FadeIn(moral[1], shift=0.2 * UP), FadeOut(ours), *(FadeOut(v.words) for v in verdicts),
                          *(FadeIn(side["patches"]) for side in (main, twin)), run_time=FADE)
                hops = patch_frames(main["patches"], t.focus)
                self.play(Succession(*(FadeIn(f, run_time=0.2) for f in hops)),
                          run_time=max(1.5, tracker.get_remaining_duration()))
                return
            # "ours have each found their own edge": a frame on each of ours in turn, a grey one
            # on a flat map as "hardly found anything" is said; "the twin's are all alike": a box
            self.wait_before(tracker, "own", 0.3)
            flat = set(flat_maps(h))
            hops = VGroup(*(SurroundingRectangle(m, color=t.muted if i in flat else t.focus, buff=0.04)
                            for i, m in zip(main["diagram"].shown_indices(1), maps[0])))
            self.play(Succession(*(FadeIn(f, run_time=0.3) for f in hops)),
                      run_time=max(1.5, 0.8 * tracker.time_until_bookmark("twins")))
            self.wait_before(tracker, "twins", 0.3)
            self.play(FadeIn(SurroundingRectangle(maps[1], color=t.focus, buff=0.08)), run_time=FADE)
            self.together((main, twin), moral, tracker)
