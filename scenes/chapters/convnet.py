"""Chapter "convnet": a learned stamp slides over a real test digit and the net reads it.

Everything comes from the convnet trained beside the main run (`history.convnet`,
see nncore/companions.py): a test digit whose maps were kept at the final weights, our network's
dials lined up with its pixels, the stamp (kernel) of the final snapshot that finds the most in
it, its dials as colours, one spot worked in colours (nine pixels times nine dials, each product
a square as big as it is, each flying into one bar as a piece as long as it is, then the head
start; what is left, its match, lighting its square of the map), its feature map lighting up spot by spot (a sum below zero stays dark),
the 2x2 pooling (36 squares become 9, each block's brightest kept), a few stamps beside
their shrunk maps, each named by what its blue dials look for (`stamp_pattern`), all the shrunk
maps wired to the ten output neurons, how sure the net is of each output, and the convnet's
test accuracy against the dense network's on the same test set, as it is and with every
picture moved a pixel; the moved pictures the dense network got wrong and the convnet right;
last, why it copes better, on one such picture beside itself unmoved: each network's own output
neuron for its answer glowing before and after the move, our network's dials tied to pixels
(one square of the ink followed off a blue dial onto a red one, its glow falling), our stamp's map sliding one square over with the strokes,
its shrunk maps, the answer's output neuron's dials on them, one per block (plain blue and red,
the strong matches as bright squares in their blocks, how many land on a red dial, and the one
that loses the glow most: why it slips only a little), and how many moved pictures go each way.

    from scenes.output import studio
    studio.render_chapter("convnet", "out/history.json", "/tmp/out", index=9)

Data without pictures (the 2-D point presets) has no convnet: `Convnet.applies(history)`
is False, and if rendered anyway the chapter shows a short "this needs pictures" card.
"""
from __future__ import annotations

import math
from types import SimpleNamespace

import numpy as np
from manim import (DOWN, LEFT, RIGHT, UP, AnimationGroup, Arrow, Circle, Create, FadeIn, FadeOut,
                   GrowArrow, GrowFromCenter, GrowFromEdge, Indicate, LaggedStart, Line, ManimColor, Rectangle, ReplacementTransform,
                   Square, Succession, Transform, TransformFromCopy, VGroup, VMobject, config, interpolate_color)

from nncore.conv import MaxPool2
from nncore.history import History, KeptMaps
from scenes import screen
from scenes.kit.chapter import Chapter, and_list, base_facts, count_words, dataset_words
from scenes.kit.framing import FRAME_MARGIN, within_frame
from scenes.kit import theme
from scenes.kit.legend import wrong_mark
from scenes.kit.pictures import SHADES, ShadedGrid, ink, lit, luminance, shade, signed
from scenes.kit.numbers import written
from scenes.kit.readings import (a_or_an, chosen_example, finding_stamp, moved_guesses, stamp_maps, stamp_spot,
                                 take_by_class, worked_stamp)

POOL = 2
N_FIXED = 3                 # moved pictures the convnet put right (and the dense net not), each beside itself unmoved
NEURON_RADIUS, NEURON_GAP = 0.13, 0.33   # the ten answer neurons: a column as tall as the picture
SHARE_BAR = 3.0             # how sure of an answer, as a bar this long (100%) beside its neuron
PAIRS_X, NEURONS_X = -1.4, 1.8     # a few stamps, each beside its shrunk map, then the answer neurons
PAIRS_TOP = 2.55            # the top of those pairs: under the title and their heads
ZOOM_CELL, ZOOM_X = 1.0, 2.2     # the patch under the box at the start, large, its pixels written
PICTURE_SIDE = 3.5          # the test picture, as tall as the map beside it
DIGIT_X = -5.1              # its middle: a margin on the left (review: 3 px from the frame's edge)
DENSE_X = 1.2               # our network's neuron's dials beside it at the start
MAP_CELL = 0.75             # a cell of the map of matches and of the shrunk map
PAIR_BIG_CELL = 0.45        # a cell of those stamps and maps: 27 px at 480p, their colours readable
N_STAMPS_SHOWN = 3          # stamps drawn beside their maps: eight at 14 px could not be read
PAIR_CELL = 0.2             # the test picture and its moved copy, stacked right of the score bars
DIM_TOP, BRIGHT_BOTTOM = 0.38, 0.7   # a written map's square: dim enough for light numbers, or bright enough for dark ones
WEAKEST_DIAL = 0.4          # the output neuron's weakest dial per block still this share of its blue or red: seen as a dial
PLAIN_CELL = 0.45           # a dial of our network's neuron, one per pixel (8 x 8)
INK_INSET = 0.55            # the ink laid on a dial: a square this share of the dial's side
KEY_SIDE = 0.3              # an icon of the keys beside the boards of dials
COPE_PICTURE_CELL = 0.24    # why it copes: the moved picture, above itself unmoved, on the left
COPE_MAP_CELL = 0.54        # our stamp's map of matches there (6 x 6, no numbers: its colours move)
COPE_STAMP_CELL = 0.48      # our stamp beside it, its dials as colours (29 px: review s29, 151-160 s, the columns small)
SHRUNK_CELL = 1.1           # its shrunk map before and after the move, side by side, as large as the maps of matches were (review ab-k2 s26 r2: the ending's thumbnails)
BLOCK_BOARD_CELL = 1.15     # a dial of the convnet's output neuron, one per block (3 x 3), drawn once where our network's dials were (review s36)
WORDS_CLEAR = 0.12          # more room between a glow bar and its words, so they grow when pointed at without touching it
INK_ARROW_LIFT = 0.85       # our ink square's arrow this many dials above it: clear of the ring round where it lands
GHOST_OPACITY = 0.45        # the faint copy of a strong match left where it started on the convnet's board
BLOCK_BOARD_X = -1.0        # its middle: clear of our network's result under the pictures on its left
SHRUNK_X, SHRUNK_GAP = 1.35, 1.4  # the pair's middle (right of the pictures, the convnet's alone: our network down to its glow and guess) and the gap between
PAIR_MAP_CELL = 0.58        # the convnet's map of matches before and after the move, side by side, as colours (35 px): the ending's own full-size layout (review ab-k2 s26 r2, 171-195 s: five panels, 8 px labels)
N_TRACKED = 3               # the shrunk map's strong matches followed across the move in the ending, the best one with them
BRIGHT_SHARE = 0.5          # a map's square is "bright" (ringed in the ending) from this share of its best match up
END_GLOW_TOP = -2.15        # the top of the ending's bottom row: the convnet's output neuron glows and guess, under its maps
SUM_BAR = 5.0               # the worked spot's sum as a bar: its longest stretch (zero to the biggest sum so far)
GLOW_BAR = 2.2              # how brightly an output neuron glows, as a bar this long (glow 1)
COPE_XS = (-5.6, -1.5, 3.55)
FEEDER_CELL = 0.4           # a dial of that neuron, all 8 x 8 of them: 24 px at 480p, the grid 3.2 units (review g2 s20: a 3 x 3 patch was a riddle; s29: 20 px read as small)
FEEDER_BIG_CELL = 0.58      # the same dials large as the move is said: 35 px a dial (review h2 s21); room under them for two glows
FIRST_GLOWS_SCALE = 1.25    # the two output glows alone as "Its 0 neuron glows 0.99 in our network, 1.00 in the convnet" is said
MID_BAR = 1.6               # the middle neuron's glow under those dials, as a bar this long (glow 1)
BOARD_X = -1.3              # the middle of those dials, drawn once: right of the pictures, their key right of them
COPE_TOP = 2.75             # the top of its heads: clear of the title     # the middles of its three columns: pictures, our network, the convnet
FIXED_CELL = 0.22           # the moved pictures the convnet put right, each beside itself unmoved: 13 px pixels at 480p
WORKED_CELL = 0.96          # a cell of the worked example's grids: room for "0.87" at the label size (review: 11 px digits)


# --- values from the history ---

def banded(share: float) -> float:
    """A square's share of its full colour when a number is written on it: no square in the
    middle shades, where neither light nor dark numbers read (review: numbers on mid-yellow
    squares hard to read). A small value's square stays dim (up to DIM_TOP), a big one's is
    bright (from BRIGHT_BOTTOM); bigger is still brighter."""
    if share < 0.5:
        return DIM_TOP * share / 0.5
    return BRIGHT_BOTTOM + (1 - BRIGHT_BOTTOM) * (share - 0.5) / 0.5


def map_lit(top: float):
    """Colouring for a map: brighter = bigger, like a neuron's glow, in `banded` shades."""
    fill = theme.current().neuron_fill
    return lambda v: shade(banded(min(abs(float(v)) / top, 1.0) if top > 0 else 0.0), fill, SHADES)


def block_paint(dials: np.ndarray):
    """Colouring for the output neuron's dials, one per block: blue or red by sign, stronger =
    bigger against the median dial, never under WEAKEST_DIAL of the colour (review s33: the
    weak blue dial under 4.26, at its own share, read as black: "no dial")."""
    return signed(max(float(np.median(np.abs(dials))), 1e-9), floor=WEAKEST_DIAL)


def applies(history: History) -> bool:
    """True when the history carries a convnet run (image data such as the digits)."""
    return history.convnet is not None


def patch_path(spot: tuple[int, int] | list[int], spots: int) -> list[tuple[int, int]]:
    """The spots the "one small patch" box visits at the start: the worked spot (on ink), two
    steps across, one down, and back, inside the `spots` x `spots` places a 3x3 patch fits."""
    r, c = int(spot[0]), int(spot[1])
    across = 1 if c + 2 < spots else -1
    down = 1 if r + 1 < spots else -1
    return [(r, c), (r, c + across), (r, c + 2 * across), (r + down, c + 2 * across), (r + down, c + across), (r, c)]


def aligned_cells(image: np.ndarray, n: int = 3) -> list[tuple[int, int]]:
    """The squares joined at the start, pixel to dial: the first inked pixel in reading order,
    the brightest pixel of the bottom half, and the last inked pixel; at most `n`, no repeats."""
    image = np.asarray(image, float)
    inked = [divmod(int(k), image.shape[1]) for k in np.flatnonzero(image.reshape(-1) > 0)]
    if not inked:
        return [(0, 0)]
    half = image.shape[0] // 2
    low = max((rc for rc in inked if rc[0] >= half), key=lambda rc: image[rc], default=inked[-1])
    out = []
    for rc in (inked[0], low, inked[-1]):
        if rc not in out:
            out.append(rc)
    return out[:n]


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
    kernel = finding_stamp(maps)                                    # the stamp that finds most here
    x_test = history.split("test")[0]
    n_test = len(x_test)
    # every test picture moved once (our picture among them), with both networks' guesses:
    # the moved scores, the cards, our picture's move and its guesses all read this one array
    g = moved_guesses(history)
    conv_acc = float(run.final.test_accuracy)
    dense_acc = float(history.final.test_accuracy)
    values = {
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
        **moved_values(history, g, int(example.label)),
        **stamp_values(history, example, kernel, g),
    }
    last = values["last_card"]
    values["cope"] = None if last is None else \
        cope_values(history, last, kernels[kernel], float(run.snapshots[-1].kernel_biases[kernel]))
    if values["cope"] is not None:
        values["cope"].update(block_dials(run.network().weights, values["cope"], kernel))
    return values


def block_dials(weights: np.ndarray, c: dict, kernel: int) -> dict:
    """The convnet's side of "the ink lands on other dials" (review s32: its success was told
    only in words): the answer's output neuron's dials on our stamp's shrunk map, one per block
    (`weights`: the output layer, (classes, stamps x blocks)), and the strong matches followed
    across the move (`kept_best`, `tracked_matches`): each one's number as written, its blocks
    before and after, and the dials under it there; how many land on a red dial (below zero)."""
    dials = np.asarray(weights[c["label"]], float).reshape(-1, *c["pooled"].shape)[kernel]
    strong = [{"written": m["written"][0], "blocks": [list(b) for b in m["blocks"]],
               "dials": [float(dials[tuple(b)]) for b in m["blocks"]]} for m in [c["kept"]] + c["tracked"]]
    return {"out_dials": dials, "strong": strong, "strong_onto_red": sum(m["dials"][1] < 0 for m in strong)}


def dials_words(onto_red: int, n_strong: int = 3) -> str:
    """Said as the strong matches slide on the convnet's board, as "Follow one square of the
    picture's ink" was on ours (review s36): how many of them land on a red dial of the output
    neuron (review s32 r2: "0 matches" read as "the 0's matches")."""
    if n_strong == 1:
        return "Follow its best match: " + ("it lands on a red dial" if onto_red else "it does not land on a red dial")
    if onto_red == 0:
        return "Follow its strong matches: none lands on a red dial"
    return f"Follow its strong matches: {onto_red} of them {'lands' if onto_red == 1 else 'land'} on a red dial"


def red_count(n: int) -> str:
    """The count written beside the convnet's board as "none lands on a red dial" is said."""
    return "none" if n == 0 else str(n)


def slipping(strong: list[dict]) -> int | None:
    """Which strong match (`block_dials`) loses the output most: its number times the fall of
    its dial, the biggest; None when none lands on a weaker dial."""
    falls = [float(m["written"]) * (m["dials"][0] - m["dials"][1]) for m in strong]
    return None if not strong or max(falls) <= 0 else int(np.argmax(falls))


def slip_words(strong: list[dict], glows: tuple[float, float]) -> tuple[str, str]:
    """Why the output's glow moves as it does (review s32 r2: nothing said why it slips from 1.00
    to 0.98): the strong match that loses it most (`slipping`), where it lands, and how the glow
    goes ("slips only" when it keeps nine tenths or more)."""
    way = "slips only" if glows[1] < glows[0] <= glows[1] / 0.9 else "slips" if glows[1] < glows[0] else "goes"
    n = slipping(strong)
    if n is None:
        return "each lands on a dial as blue or bluer", way
    a, b = strong[n]["dials"]
    onto = "a red dial" if b < 0 <= a else "a weaker blue dial" if b >= 0 else "a stronger red dial"
    # named as the square pointed at on the board, not by its number (review s36)
    return f"{'One of them' if len(strong) > 1 else 'It'} lands on {onto}", way


def stamp_values(history: History, example: KeptMaps, kernel: int, g: dict) -> dict:
    """The stamp at its best spot worked by hand, the map's first 0, and our picture moved a pixel
    (its copy in `g`, `moved_guesses`) through our network and our stamp (`plain_values`: the
    start's neuron is the one our picture drives most)."""
    snap = history.convnet.snapshots[-1]
    side = math.isqrt(len(history.split("test")[0][example.index]))
    image = np.asarray(history.split("test")[0][example.index], float).reshape(side, side)
    bias = float(snap.kernel_biases[kernel])
    fmap = example.feature_maps[kernel]
    moved = np.asarray(g["moved"][example.index], float)
    return {"kernel_bias": bias, "image": image,
            "worked": worked_stamp(image, snap.kernels[kernel], bias, stamp_spot(fmap)),
            "zero": zero_spot(image, snap.kernels[kernel], bias, fmap),
            "plain": plain_values(history, image, moved, snap.kernels[kernel], bias)}


def cope_values(history: History, card: dict, kernel: np.ndarray, bias: float) -> dict:
    """Why the convnet copes better, on one moved test picture it gets right and our network
    wrong (`card`; review 11 09: our network's hidden sum was set against one map's share of the
    convnet's score, unlike numbers): each network's own output for the picture's answer, how
    brightly that neuron glows before and after the move (nncore's forward pass of both
    networks), our network's neuron that the picture drives most with its dials tied to pixels,
    and our stamp's map of matches of both pictures (`plain_values`)."""
    before, after = (np.asarray(card[k], float) for k in ("before", "picture"))
    both = np.stack([before, after.reshape(before.shape)])
    dense = history.network(history.snapshot().step).predict(both.reshape(2, -1))
    conv = history.convnet.network().predict(both)
    plain = plain_values(history, before, after.reshape(before.shape), kernel, bias)
    # our stamp's shrunk maps of both, through nncore's own pooling (review ab2 09: "still glows" asserted)
    pooled, moved_pooled = MaxPool2().forward(np.stack([plain["map"], plain["moved_map"]])[:, None])[:, 0]
    return {"label": card["truth"], "dense": dense[0], "dense_moved": dense[1], "conv": conv[0],
            "conv_moved": conv[1], **plain, "pooled": pooled, "moved_pooled": moved_pooled,
            "kept": kept_best(plain["map"], pooled, moved_pooled, plain["step"]),
            "tracked": tracked_matches(plain["map"], pooled, moved_pooled, plain["step"]),
            **feeder_values(history, before, after.reshape(before.shape), card["truth"])}


def ink_onto_red(dials: np.ndarray, image: np.ndarray, step: int) -> list[tuple[int, int]]:
    """The picture's inked pixels (row, column) that sit on a blue dial (above zero) and land on a
    red one (below zero) when the picture moves `step` pixels sideways: the few the chapter rings
    (review h2 s21: some 40 ink squares on 64 dials hid the change)."""
    rows, cols = image.shape
    return [(r, k) for r in range(rows) for k in range(cols)
            if image[r, k] > 0 and 0 <= k + step < cols and dials[r, k] > 0 and dials[r, k + step] < 0]


INKED = 0.5                 # a pixel at least this inked is inside the picture's outline on the dials


def ink_outline(image: np.ndarray, shift: int = 0) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The outline of the picture's ink (pixels at least INKED), `shift` columns over: each
    edge between an inked pixel and one that is not (or the picture's border), as its two
    corners (row, column) on the grid's corner points (review s34, 153-177 s: lay the ink over
    our network's dials, then move it, the dials staying put)."""
    inked = {(int(r), int(k)) for r, k in zip(*np.nonzero(np.asarray(image, float) >= INKED))}
    edges = []
    for r, k in sorted(inked):
        for (dr, dk), a, b in (((-1, 0), (r, k), (r, k + 1)), ((1, 0), (r + 1, k), (r + 1, k + 1)),
                               ((0, -1), (r, k), (r + 1, k)), ((0, 1), (r, k + 1), (r + 1, k + 1))):
            if (r + dr, k + dk) not in inked:
                edges.append(((a[0], a[1] + shift), (b[0], b[1] + shift)))
    return edges


def sliding_square(dials: np.ndarray, image: np.ndarray, step: int) -> tuple[int, int] | None:
    """The one square of the picture's ink the chapter follows as it moves `step` pixels sideways:
    of the inked pixels that sit on a blue dial and land on a red one (`ink_onto_red`), preferring
    those inside the outline (at least INKED), the one whose pull on the neuron falls most (its
    ink times the dial it leaves minus the dial it lands on). Review s35 (153-165 s): rings,
    outline, key and tally on two boards were too busy; one square tells it."""
    few = ink_onto_red(dials, image, step)
    few = [(r, k) for r, k in few if image[r, k] >= INKED] or few
    if not few:
        return None
    return max(few, key=lambda rk: float(image[rk] * (dials[rk] - dials[rk[0], rk[1] + step])))


def several_words(n_onto_red: int) -> str:
    """Said after "Follow one square of the picture's ink": that it is one of `n_onto_red` ink
    squares that slide off a blue dial onto a red one (`ink_onto_red`), so the fall is not read as
    that square's alone (review s35 r2); nothing when it is the only one."""
    return "" if n_onto_red < 2 else ", one of two that do this" if n_onto_red == 2 else ", one of several that do this"


def feeder_values(history: History, image: np.ndarray, moved: np.ndarray, label: int) -> dict:
    """Our network's middle neuron the picture drives most (ink times dial) among those that
    feed the answer's output neuron (a wire above zero into it), so "it feeds the 0 neuron" is
    true (review e2 s18: the glow shown, the output's, was never tied to the middle neuron): its
    dials and how brightly it glows before and after the move (nncore's forward pass)."""
    net = history.network(history.snapshot().step)
    weights, into = net.weights[0], net.weights[1][label]
    sums = weights @ image.reshape(-1)
    feeders = np.flatnonzero(into > 0)
    neuron = int(feeders[np.argmax(sums[feeders])])
    dials = weights[neuron].reshape(image.shape)
    glows = net.forward(np.stack([image.reshape(-1), moved.reshape(-1)])).a[1][:, neuron]
    return {"neuron": neuron, "dials": dials, "feeds": float(into[neuron]),
            "mid_glow": float(glows[0]), "mid_glow_moved": float(glows[1])}


def kept_best(fmap: np.ndarray, before: np.ndarray, after: np.ndarray, step: int) -> dict:
    """The map's best match found one square over on the moved picture (`best_shifted`), in the
    shrunk maps (`before`, `after`): the block that holds it before the move and the block that
    holds it after (one block over, or the same when the match moved inside its block), each
    block's number as written, and whether both are that match (`kept`: its block's biggest in
    both). Review ab-k2 s25: the ending's two grids of nine numbers, solid and dashed rings, were
    a hunt; the one match is followed, the maps as colours."""
    r, k = best_shifted(fmap, step)
    blocks = [(r // POOL, k // POOL), (r // POOL, (k + step) // POOL)]
    written_at = [map_number(m[b]) for m, b in zip((before, after), blocks)]
    return {"spot": (r, k), "blocks": blocks, "written": written_at,
            "kept": float(fmap[r, k]) > 0 and written_at[0] == written_at[1] == map_number(fmap[r, k])}


def tracked_matches(fmap: np.ndarray, before: np.ndarray, after: np.ndarray, step: int,
                    n: int = N_TRACKED) -> list[dict]:
    """Besides the best match (`kept_best`), the next strongest blocks of the shrunk map
    `before`, followed across the move (review ab-k2 s27 r1, its one change: the top middle
    bright before, dim after, while "it still finds those strokes" was said; only the best
    match was tracked): brightest first, the square that won each block (nncore's pooling, first
    biggest in reading order) goes `step` squares over, into its block of `after`; each block's
    number as written, before and after (a drop shown as it is). A block whose winner leaves the
    map, is 0, or lands in a block already followed is passed over; n in all with the best."""
    best = kept_best(fmap, before, after, step)
    starts, ends = [tuple(best["blocks"][0])], [tuple(best["blocks"][1])]
    winners = dict(zip(((r, k) for r in range(before.shape[0]) for k in range(before.shape[1])), pool_winners(fmap)))
    out = []
    for block in sorted(winners, key=lambda b: -float(before[b])):
        r, k = winners[block]
        end = (r // POOL, (k + step) // POOL)
        if len(out) + 1 >= n:
            break
        if block in starts or float(before[block]) <= 0 or not 0 <= k + step < fmap.shape[1] or end in ends:
            continue
        starts.append(block), ends.append(end)
        out.append({"spot": [r, k], "blocks": [list(block), list(end)],
                    "written": [map_number(before[block]), map_number(after[end])]})
    return out


def shrunk_words(kept: dict, tracked: list[dict]) -> tuple[str, str]:
    """After "each block keeps its brightest square": what happens to the strong matches followed
    across the move (the best, `kept_best`, and the next, `tracked_matches`), and where they are
    kept (review s30, both: "still glows 0.98" was asserted, never why). "Its strong matches"
    only when every one keeps its number as written; else the best alone, or the numbers change.
    No number said: the rings on the maps show them (review s36: 4.26, 4.05, 3.00 were a hunt)."""
    if not kept["kept"]:
        return "its numbers change,", "a little"
    every = [kept] + tracked
    if any(m["written"][0] != m["written"][1] for m in tracked):
        every, what = [kept], "so its best match stays as bright,"
    elif tracked:
        what = "so its strong matches stay as bright,"
    else:
        what = "so its best match stays as bright,"
    moved = {tuple(m["blocks"][0]) != tuple(m["blocks"][1]) for m in every}
    return what, ("in the same block or the next" if len(moved) == 2 else
                  "one block over" if moved == {True} else "in the same block")


def best_shifted(fmap: np.ndarray, step: int) -> tuple[int, int]:
    """The map's best match (row, column) among the squares that stay on the map when the
    picture moves `step` pixels sideways: the square the moved picture's map repeats one over."""
    rows, cols = fmap.shape
    spots = [(r, k) for r in range(rows) for k in range(cols) if 0 <= k + step < cols]
    return max(spots, key=lambda rk: fmap[rk])


def bright_spots(fmap: np.ndarray, step: int) -> list[tuple[int, int]]:
    """The map's bright squares (row, column): a match at least BRIGHT_SHARE of the best one
    (`best_shifted`), among the squares that stay on the map when the picture moves `step` pixels
    sideways, so each has its twin one square over on the moved picture's map (review ab-k2 s26
    r1: why a move one block over does not hurt the convnet was never shown)."""
    rows, cols = fmap.shape
    best = float(fmap[best_shifted(fmap, step)])
    return [(r, k) for r in range(rows) for k in range(cols)
            if 0 <= k + step < cols and best > 0 and float(fmap[r, k]) >= BRIGHT_SHARE * best]


def moved_step(before: np.ndarray, after: np.ndarray) -> int:
    """Which way a picture moved (readings.shift_picture): +1 right, -1 left."""
    before, after = np.asarray(before), np.asarray(after)
    return 1 if np.array_equal(after[:, 1:], before[:, :-1]) else -1


def plain_values(history: History, image: np.ndarray, moved: np.ndarray, kernel: np.ndarray, bias: float) -> dict:
    """Our picture and the same picture moved a pixel, as the earlier (plain) network reads
    them and as our stamp does (review: why the convnet copes better was said, never shown).
    The plain network's first layer ties each dial to one pixel: of its hidden neurons, the
    one our picture gives the biggest sum of ink times dial (its head start left out: it
    is the same before and after), its dials as a picture, and that sum before and after the
    move. Our stamp's map of matches of both pictures (nncore's convolution, `stamp_maps`)."""
    maps = stamp_maps([image, moved], kernel, bias)
    weights = history.network(history.snapshot().step).weights[0]      # (hidden, pixels)
    image = np.asarray(image, float)
    sums, moved_sums = weights @ image.reshape(-1), weights @ moved.reshape(-1)
    neuron = int(np.argmax(sums))
    dials = weights[neuron].reshape(image.shape)
    return {"neuron": neuron, "dials": dials, "sum": float(sums[neuron]), "moved_sum": float(moved_sums[neuron]),
            "step": moved_step(image, moved), "moved": moved, "map": maps[0], "moved_map": maps[1]}


def most_side(rights: int, n_test: int) -> str:
    """Which way the moved test pictures went (review 09: "one pixel" said no direction): the
    one side when all went one way, else "to the side", the example's own way shown and said
    next. The rule for which way (readings.shift_picture: right unless the ink touches the right
    edge) is not said: review s34 (123-132 s) found it a confusing aside, where reviews 11 09
    and 12 had asked why some went left of "most to the right"."""
    if rights == n_test:
        return "to the right"
    if rights == 0:
        return "to the left"
    return "to the side"


def zero_spot(image: np.ndarray, kernel: np.ndarray, bias: float, feature_map: np.ndarray) -> dict | None:
    """The map's first 0 in reading order, worked by hand: its sum (with the offset) came out
    below zero, and the map stays dark there. None when the map has no 0."""
    zeros = np.flatnonzero(np.asarray(feature_map).reshape(-1) == 0)
    if not len(zeros):
        return None
    spot = divmod(int(zeros[0]), feature_map.shape[1])
    worked = worked_stamp(image, kernel, bias, spot)
    return {"spot": list(spot), "below": worked["sum"] + worked["bias"], "value": worked["value"]}


def moved_values(history: History, g: dict, label: int) -> dict:
    """Both networks (final weights) on every test picture moved one pixel sideways (`g`,
    `moved_guesses`): their accuracies, the first moved picture the dense net gets wrong and
    the convnet right (None if there is none) with both guesses, a few more, how many go each
    way, and the one the chapter ends on (`last_index`)."""
    x_test = history.split("test")[0]
    side = math.isqrt(x_test.shape[1])
    moved, truths, dense, conv = g["moved"], g["truths"], g["dense"], g["conv"]
    kept = np.flatnonzero((conv == truths) & (dense != truths))
    rights = sum(moved_step(np.reshape(x, (side, side)), m) > 0 for x, m in zip(x_test, moved))
    # the first one (the score's example), then a few of different kinds
    shown = [int(kept[0])] + take_by_class(kept[1:], truths[kept[1:]], N_FIXED - 1) if len(kept) else []
    card = lambda i: {"index": i, "picture": moved[i], "before": np.asarray(x_test[i], float).reshape(side, side),
                      "truth": int(truths[i]), "dense_guess": int(dense[i]), "conv_guess": int(conv[i])}
    cards = [card(i) for i in shown]
    # both networks right on the picture before its move: the ending's "both call it a 0" holds
    both = (history.network(history.snapshot().step).guesses(x_test) == truths) \
        & (history.convnet.network().guesses(np.asarray(x_test, float).reshape(-1, side, side)) == truths)
    last = last_index(kept, truths, label, shown, both)
    return {"moved_card": cards[0] if cards else None, "fixed_cards": cards, "n_fixed": len(kept),
            "last_card": None if last is None else card(last),
            "n_reverse": int(((dense == truths) & (conv != truths)).sum()),
            "moved_rights": int(rights),
            "dense_moved_accuracy": float((dense == truths).mean()),
            "conv_moved_accuracy": float((conv == truths).mean()),
            "dense_moved_wrong": int((dense != truths).sum()), "conv_moved_wrong": int((conv != truths).sum())}


def last_index(kept: np.ndarray, truths: np.ndarray, label: int, shown: list[int],
               both: np.ndarray | None = None) -> int | None:
    """The moved picture the chapter ends on (review 10: it ended on our moved 0 fooling both
    networks): one our network gets wrong and the convnet right (`kept`), one both got right
    before its move (`both`, by test index) if there is one, of our picture's class if there is
    one, not one of the cards already shown if it can be; None when none."""
    if not len(kept):
        return None
    right = (lambda i: bool(both[i])) if both is not None else (lambda i: True)
    return int(min(kept, key=lambda i: (not right(i), truths[i] != label, int(i) in shown, int(i))))


def convnet_facts(history: History, v: dict | None = None) -> dict[str, object]:
    """The script's placeholders (from `v`, `convnet_values`, when given); neutral words when
    there is no convnet (only [no_pictures] is said then, but every line is filled)."""
    facts = base_facts(history)
    if not applies(history):
        return {**facts, "example_words": "a picture", "n_kernels": "several", "guess_label": "?",
                "label": "?", "label_article": "a", "conv_percent": 0, "dense_percent": 0,
                "conv_wrong": 0, "dense_wrong": 0, "offset_words": "",
                "moved_label": "one", "moved_way": "right",
                "dense_moved_percent": 0, "conv_moved_percent": 0, "drop_words": "",
                "fixed_here": "", "fixed_pictures": "", "dark_words": "", "most_side": "",
                "last_name": "one", "last_side": "right", "last_article": "a", "last_label": "?",
                "last_dense": "?", "fixed_count": "none go", "reverse_words": "",
                "dense_before": "0", "dense_after": "0", "conv_before": "0", "conv_after": "0",
                "mid_before": "0", "mid_after": "0", "dials_words": dials_words(0), "slip_words": "its matches move",
                "slip_way": "goes", "several_words": "",
                "shrunk_words": "its numbers change,", "kept_where": "a little", "stamp_pattern": "a pattern", "n_shown": "some",
                "map_cells": 0, "pooled_cells": 0, "map_side": 0, "picture_side": 0}
    v = v or convnet_values(history)
    labels = history.labels
    shown = shown_stamps(v["all_pooled"], v["kernel_index"], N_STAMPS_SHOWN)
    example = f"a handwritten {labels[v['label']]}" if history.config.get("dataset") == "digits" \
        else f"a picture of {labels[v['label']]}"
    return {
        **facts,
        "example_words": example,
        "n_kernels": count_words(len(v["kernels"])),
        "guess_label": labels[v["guess"]],
        "label": labels[v["label"]],
        "label_article": a_or_an(str(labels[v["label"]])),
        "conv_percent": round(100 * v["conv_test_accuracy"]),
        "dense_percent": round(100 * v["dense_test_accuracy"]),
        "conv_wrong": v["conv_wrong"],
        "dense_wrong": v["dense_wrong"],
        "offset_words": offset_words(v["worked"]["bias"]),
        "moved_label": labels[v["moved_card"]["truth"]] if v["moved_card"] else "one",
        # its own way, said after the rule (review 12 09: "... or to the left ..., like this 6"
        # named a picture that moved right)
        "moved_way": "right" if (moved_step(v["moved_card"]["before"], v["moved_card"]["picture"])
                                 if v["moved_card"] else v["plain"]["step"]) > 0 else "left",
        "dense_moved_percent": round(100 * v["dense_moved_accuracy"]),
        "conv_moved_percent": round(100 * v["conv_moved_accuracy"]),
        "drop_words": drop_words((v["dense_test_accuracy"], v["dense_moved_accuracy"]),
                                 (v["conv_test_accuracy"], v["conv_moved_accuracy"])),
        "dark_words": dark_words(v["all_pooled"], None if (d := dark_stamp(v["all_pooled"], shown)) is None else v["kernels"][d]),
        "stamp_pattern": stamp_pattern(v["kernel"])[0],
        "n_shown": count_words(len(shown)),
        **last_facts(v, labels),
        "most_side": most_side(v["moved_rights"], v["n_test"]),
        "map_cells": v["feature_map"].size,
        "map_side": v["feature_map"].shape[1],         # spots the stamp fits at across the picture
        "picture_side": v["image"].shape[1],
        "pooled_cells": v["pooled"].size,
        **fixed_facts(len(v["fixed_cards"])),
    }


def last_facts(v: dict, labels: list) -> dict[str, str]:
    """The last section's words: the moved picture it ends on (`last_card`), named by its class
    (review 11 09: "this other 0" read as brought in to save the point), which way it moved, the dense net's guess; how many moved
    pictures go this way and the other (`reverse_words`)."""
    card, n = v["last_card"], v["n_fixed"]
    # said as "97 of them": "97 go this way" was heard as the 97 percent said before it (review
    # ab-k2 s24), and "97 pictures" too (review s34 r2)
    facts = {"fixed_count": f"{n} of them go" if n != 1 else "1 of them goes", "reverse_words": reverse_words(v["n_reverse"], n),
             "last_name": "one", "last_side": "right", "last_article": "a", "last_label": "?", "last_dense": "?",
             "dense_before": "0", "dense_after": "0", "conv_before": "0", "conv_after": "0",
             "mid_before": "0", "mid_after": "0", "shrunk_words": "its numbers change,", "kept_where": "a little",
             "dials_words": dials_words(0), "slip_words": "its matches move", "slip_way": "goes", "several_words": ""}
    if card is None:
        return facts
    label = str(labels[card["truth"]])
    # each network's own output for the answer, as its glow is written (review 11 09: like with like)
    c = v["cope"]
    glows = {f"{net}_{when}": glow_number(c[net + moved][c["label"]])
             for net in ("dense", "conv") for when, moved in (("before", ""), ("after", "_moved"))}
    glows.update(mid_before=glow_number(c["mid_glow"]), mid_after=glow_number(c["mid_glow_moved"]),
                 dials_words=dials_words(int(c["strong_onto_red"]), len(c["strong"])))
    before = np.asarray(card["before"], float).reshape(c["dials"].shape)
    glows["several_words"] = several_words(len(ink_onto_red(c["dials"], before, c["step"])))
    glows["slip_words"], glows["slip_way"] = slip_words(c["strong"], (float(glows["conv_before"]), float(glows["conv_after"])))
    return {**facts, **glows, "last_name": label, **dict(zip(("shrunk_words", "kept_where"), shrunk_words(c["kept"], c["tracked"]))),
            "last_side": "right" if moved_step(card["before"], card["picture"]) > 0 else "left",
            "last_article": a_or_an(label), "last_label": label, "last_dense": str(labels[card["dense_guess"]])}


def glow_fill(t, value: float) -> ManimColor:
    """A neuron's fill glowing as brightly as `value` (0 to 1): from the background to the theme's lit fill."""
    return interpolate_color(ManimColor(t.background), ManimColor(t.neuron_fill), float(np.clip(value, 0, 1)))


def glow_number(value: float) -> str:
    """How brightly an output neuron glows (0 to 1), as written and said: two decimals."""
    return f"{float(value):.2f}"


def drop_words(dense: tuple[float, float], conv: tuple[float, float]) -> str:
    """After the moved scores, how each network's score changed with the move, as true of the
    percents said (accuracies before and after): the convnet's own drop (97 to 71 percent) went
    unsaid, so "copes better" read as oversold (review ab-k2 s24). Empty unless both drop."""
    (d0, d1), (c0, c1) = ([round(100 * a) for a in pair] for pair in (dense, conv))
    if not (d1 < d0 and c1 < c0):
        return ""
    if c0 - c1 == d0 - d1:
        return " Both do worse, by as much."
    return f" Both do worse, the convnet {'less' if c0 - c1 < d0 - d1 else 'more'}."


def reverse_words(reverse: int, fixed: int) -> str:
    """How many moved pictures go the other way (our network right, the convnet wrong, as drawn),
    said after how many go the convnet's way (`fixed`): "only" when fewer."""
    if reverse == 0:
        return "not one the other way"
    return f"{'only ' if reverse < fixed else ''}{reverse} the other way"


def offset_words(bias: float) -> str:
    """The stamp's own number said in the earlier chapters' word for a neuron's own number
    (forward: "head start"; review: "the stamp's bar" was a new word), as its part of the bar
    is drawn: taken off when below zero. No number (review s37: the \u22121.16 was one of about
    50 decimals; the bar shows how much)."""
    way = "takes some more off" if bias < 0 else "adds some more"
    return f"Its head start, as a neuron's, {way}."


# what a stamp looks for, from its strongest blue (positive) dials: (said, drawn) when they
# make exactly one line of three cells; else their places are named; (said, drawn) when it has
# no blue to speak of
LINES = {("column", 0): ("an upright stroke on the left", screen.mark("upright stroke, left")),
         ("column", 1): ("an upright stroke in the middle", screen.mark("upright stroke, middle")),
         ("column", 2): ("an upright stroke on the right", screen.mark("upright stroke, right")),
         ("row", 0): ("a flat stroke at the top", screen.mark("flat stroke, top")),
         ("row", 1): ("a flat stroke across the middle", screen.mark("flat stroke, middle")),
         ("row", 2): ("a flat stroke at the bottom", screen.mark("flat stroke, bottom")),
         ("slant", 0): ("a stroke slanting down to the right", screen.mark("stroke slanting down \u2198")),
         ("slant", 1): ("a stroke slanting up to the right", screen.mark("stroke slanting up \u2197"))}
LINE_CELLS = {**{("column", c): {(r, c) for r in range(3)} for c in range(3)},
              **{("row", r): {(r, c) for c in range(3)} for r in range(3)},
              ("slant", 0): {(i, i) for i in range(3)}, ("slant", 1): {(2 - i, i) for i in range(3)}}
# a cell of a 3x3 stamp by its place, as drawn (short: the names sit beside small grids)
PLACES = (("top left", "top", "top right"), ("left", "middle", "right"), ("bottom left", "bottom", "bottom right"))
INK_AT = "ink: "            # the start of a drawn name made of places
NO_INK = ("no ink: its dials are mostly red", screen.mark("no ink (mostly red)"))
FINDS_NOTHING = screen.mark("finds nothing here")
STRONG_BLUE = 0.5           # a dial from half the stamp's biggest blue dial is one of its strongest
MOST_PLACES = 3             # places named at most: the strongest
FAINT_BLUE = 0.25           # a stamp whose biggest blue dial is under a quarter of its biggest dial: no ink


def strong_cells(kernel: np.ndarray) -> list[tuple[int, int]]:
    """The (row, col) of a stamp's strongest blue dials (from STRONG_BLUE of its biggest), the
    strongest first, at most MOST_PLACES."""
    k = np.asarray(kernel, float)
    top = k.max()
    cells = [divmod(int(i), k.shape[1]) for i in np.argsort(-k.reshape(-1), kind="stable")]
    return [cell for cell in cells if top > 0 and k[cell] >= STRONG_BLUE * top][:MOST_PLACES]


def stamp_pattern(kernel: np.ndarray) -> tuple[str, str]:
    """What a 3x3 stamp looks for, (said, drawn), true of its real dials (review: "an upright
    stroke in the middle" named a stamp whose blue lay top, middle and bottom right): its
    strongest blue dials, named as a stroke when they are exactly one line of three cells,
    else by their places ("ink: top, middle, bottom right"); "no ink" when its blue is faint."""
    k = np.asarray(kernel, float)
    if k.max() <= 0 or k.max() < FAINT_BLUE * np.abs(k).max():
        return NO_INK
    cells = strong_cells(k)
    for line, members in LINE_CELLS.items():
        if set(cells) == members:
            return LINES[line]
    ordered = sorted(cells)         # reading order, as the eye meets them
    said = and_list([f"the {PLACES[r][c]}" for r, c in ordered])
    return f"ink at {said}", INK_AT + ", ".join(PLACES[r][c] for r, c in ordered)


def pair_name(kernel: np.ndarray, pooled: np.ndarray) -> str:
    """The drawn name beside a stamp and its shrunk map: what the stamp looks for, or, when
    its map of our picture is all 0, that it finds nothing here (review: "no ink (mostly red)"
    beside a dark map read as a stamp looking for empty space)."""
    return stamp_pattern(kernel)[1] if np.asarray(pooled).any() else FINDS_NOTHING


def shown_stamps(pooled: np.ndarray, kernel: int, n: int) -> list[int]:
    """The stamps drawn large beside their shrunk maps: ours first, then one that finds nothing
    in the picture (if one does), then those that find most; up to n."""
    found = np.asarray(pooled, float).sum(axis=(1, 2))
    dark = [i for i in range(len(found)) if i != kernel and found[i] == 0][:1]
    rest = [int(i) for i in np.argsort(-found, kind="stable") if i != kernel and i not in dark]
    return ([kernel] + dark + rest)[:n]


def spoken(value: float) -> str:
    """Two decimals as the narration says them: "minus 0.25", no "minus 0.00"."""
    text = f"{abs(value):.2f}"
    return f"minus {text}" if value < 0 and text != "0.00" else text


def red_words(dials: np.ndarray | None) -> str:
    """How many of a stamp's dials are red (below zero), in words, when most are: "all red",
    "nearly all red" (three in four), "mostly red"; "" when not most, or no stamp."""
    if dials is None:
        return ""
    d = np.asarray(dials, float).reshape(-1)
    red = int((d < 0).sum())
    if red == d.size:
        return "all red"
    return "nearly all red" if red >= 0.75 * d.size else "mostly red" if 2 * red > d.size else ""


def dark_words(pooled: np.ndarray, dials: np.ndarray | None = None) -> str:
    """A word for the stamps whose shrunk map of our picture is all 0 (they found nothing), and
    why for the one drawn with its dials written (`dials`, when most are red: `red_words`; review
    ab-k2 s27: its dials came up beside it and no word said what they showed)."""
    dark = int(sum(not np.asarray(p).any() for p in pooled))
    if not dark:
        return ""
    red = red_words(dials)
    if dark == 1:
        return f" One finds nothing here: its dials are {red}, so its map stays dark." if red else \
            " One finds nothing here: its map stays dark."
    return f" {count_words(dark).capitalize()} find nothing here: their maps stay dark." + \
        (f" This one's dials are {red}." if red else "")


def dark_stamp(pooled: np.ndarray, shown: list[int]) -> int | None:
    """The first stamp drawn (`shown`) whose shrunk map of our picture is all 0, if any."""
    return next((i for i in shown if not np.asarray(pooled[i]).any()), None)


def fixed_facts(shown: int) -> dict[str, str]:
    """The moved pictures the convnet put right (and our network not), said short as
    their cards come: how many are shown, in words that agree in number."""
    if shown == 1:
        return {"fixed_here": "Here is a", "fixed_pictures": "picture"}
    return {"fixed_here": f"Here are {count_words(shown)}", "fixed_pictures": "pictures"}


def fixed_words(shown: int) -> str:
    """[fixed] as said (`fixed_facts` in the built-in script): for tests and readers."""
    f = fixed_facts(shown)
    return f"{f['fixed_here']} moved {f['fixed_pictures']} our network got wrong and the convnet right."


def piece_colour(value: float) -> ManimColor:
    """A product of the worked spot, as its square and its piece of the bar: blue when it adds
    (above zero), red when it takes off."""
    t = theme.current()
    return ManimColor(t.positive if value > 0 else t.negative)


def map_number(value: float) -> str:
    """A map's square as written: two decimals, as the worked sum ("3.59" on the map, not "3.6"
    beside "best match: 3.59"; review: two squares both read 3.6, 3.59 and 3.58), and a plain 0
    where the map writes 0 (nothing found)."""
    text = written(value)
    return "0" if text == "0.00" else text


# --- the scene ---

class Convnet(Chapter):
    """A real stamp, its real map, pooling, the answer, and the test score against the dense net."""

    name, title = "convnet", "Convolutional nets"
    # 1.2 left 9.9% quiet at 480p (session 14; issue 11: 10% or more); session 16: each part's
    # picture now comes before its words, quiet of its own (12.5% at 1.3)
    # session 32: 1.2, the convnet's dials said in the ending left 9.8% quiet at 1.1
    pause_after_section = 1.2

    @classmethod
    def applies(cls, history: History) -> bool:
        """Whether this chapter belongs in the video of `history` (the lead skips it if not)."""
        return applies(history)

    def facts(self) -> dict[str, object]:
        super().facts()     # the base class's check that there is a history
        return convnet_facts(self.history, self.values() if applies(self.history) else None)

    def values(self) -> dict:
        """`convnet_values`, read once for the script and the pictures: it runs both networks
        on every moved test picture (review: built twice a render)."""
        if getattr(self, "_values", None) is None:
            self._values = convnet_values(self.history)
        return self._values

    def construct(self) -> None:
        if not applies(self.history):
            self.show_title()
            self.no_pictures()
            return
        v = self.values()
        # our picture, on screen from the first frame with the title (review: the chapter opened
        # on an empty frame), as the testing chapter drew it: an 8 x 8 grid (review 09: "one long
        # row of 64" contradicted it)
        digit = self.digit(v)
        self.add(digit)
        title = self.show_title()
        self.show(example=v["example"], label=v["label"], guess=v["guess"], output=v["output"],
                  kernel_index=v["kernel_index"], kernel=v["kernel"], kernel_bias=v["kernel_bias"],
                  feature_map=v["feature_map"],
                  pooled=v["pooled"], worked=v["worked"], zero=v["zero"],
                  shift={"step": v["plain"]["step"], "moved": v["plain"]["moved"]},
                  moved_card=v["moved_card"], n_fixed=v["n_fixed"], fixed=[c["index"] for c in v["fixed_cards"]],
                  conv_test_accuracy=v["conv_test_accuracy"], dense_test_accuracy=v["dense_test_accuracy"],
                  conv_moved_accuracy=v["conv_moved_accuracy"], dense_moved_accuracy=v["dense_moved_accuracy"],
                  conv_moved_wrong=v["conv_moved_wrong"], dense_moved_wrong=v["dense_moved_wrong"], cope=v["cope"],
                  last_card=v["last_card"], n_reverse=v["n_reverse"],
                  map_cells=v["feature_map"].size, pooled_cells=v["pooled"].size,
                  stamps_shown=(shown := shown_stamps(v["all_pooled"], v["kernel_index"], N_STAMPS_SHOWN)),
                  stamp_patterns=[pair_name(v["kernels"][i], v["all_pooled"][i]) for i in shown])
        self.map_top = float(v["maps"].max())            # one brightness scale for every map
        self.dial_top = float(np.abs(v["kernels"]).max())   # and one for every stamp
        self.introduce_digit(digit, v)
        stamp = self.introduce_stamp(v)
        window, match = self.work_one_spot(digit, stamp, v)
        fmap = self.slide(digit, window, match, v)
        pooled = self.pool(fmap, v)
        last = self.answer(digit, VGroup(fmap, pooled), v)
        # each part takes the last one's pictures off as it comes: no empty frame between them
        last = self.score(v, last)
        if v["fixed_cards"]:
            last = self.fixed(v, last)
        # why it copes better, on a moved picture the convnet gets right and our network wrong
        # (review 11 09: one picture, each network's own output for its answer), or the numbers
        last = self.cope(v, last) if v["cope"] else self.last_numbers(v, last)
        self.play(FadeOut(last), FadeOut(title), run_time=0.6)

    # --- steps of the story ---

    def no_pictures(self) -> None:
        card = VGroup(self.text("Convnets read pictures."),
                      self.text("These examples are {dataset}.", size="small", color=self.theme.text,
                                facts={"dataset": dataset_words(self.history.config.get("dataset"))}))
        card.arrange(DOWN, buff=0.3)
        with self.say("no_pictures") as tracker:
            self.play(FadeIn(card), run_time=min(1.0, tracker.duration))

    def digit(self, v: dict) -> VGroup:
        """Our test picture, one square per pixel (it can later move by a pixel, cell by cell),
        named under it, left of the frame's middle: room beside it for the worked spot's grids."""
        side = math.isqrt(len(v["pixels"]))
        grid = ShadedGrid(v["pixels"].reshape(side, side), PICTURE_SIDE / side, ink(), separate=True)
        label = self.text("test picture", size="small", color=self.theme.text)
        return VGroup(grid, label.next_to(grid, DOWN, buff=0.2)).move_to([DIGIT_X, -0.05, 0])

    def dense_dials(self, v: dict) -> ShadedGrid:
        """One neuron of our network: one dial per square of the picture, as a picture
        of its dials (blue above zero, red below), the neuron `plain_values` picks."""
        dials = v["plain"]["dials"]
        return ShadedGrid(dials, PLAIN_CELL, signed(float(np.abs(dials).max())), separate=True)

    def introduce_digit(self, digit: VGroup, v: dict) -> None:
        """Our network's way first: beside our picture, one neuron's dials fill in row by
        row as a box walks the picture's rows (a dial for each square); then the convnet's: one
        small patch walks the picture."""
        t = self.theme
        grid = digit[0]
        side = grid.values.shape[1]
        dials = self.dense_dials(v)
        head = self.text("our network: one neuron's dials", size="small", color=t.text)
        column = VGroup(head, dials).arrange(DOWN, buff=0.15)
        column.move_to([DENSE_X, 0, 0]).align_to(grid, DOWN)
        dials.cells.set_fill(opacity=0)
        row_box = Rectangle(width=grid.width, height=grid.cell, stroke_color=t.focus, stroke_width=3)
        row_box.move_to(grid.center_of(0.5, side / 2))
        dial_box = Rectangle(width=dials.width, height=dials.cell, stroke_color=t.focus, stroke_width=3)
        dial_box.move_to(dials.center_of(0.5, side / 2))
        path = patch_path(v["worked"]["spot"], side - 2)
        # the patch under the box, large beside the picture (review 09: a small picture and three
        # quarters of the frame empty for 9 s), its nine pixels as the picture's own shades, no
        # number on them (review s37 r1: 0.88, 1.00, 0.50 meant nothing to a newcomer)
        shown = np.asarray(grid.values, float)
        zooms = [ShadedGrid(shown[r:r + 3, c:c + 3], ZOOM_CELL, ink(), separate=True).move_to([ZOOM_X, -0.3, 0])
                 for r, c in path]
        zoom_head = self.text("the convnet reads one patch at a time: 9 pixels", size="small", color=t.text).next_to(zooms[0], UP, buff=0.2)
        # what a pixel's shade means (review ab-k2 s25, both: never said to be ink)
        zoom_key = self.text("pixels: black is no ink, white is full ink", size="small", color=t.text).next_to(zooms[0], DOWN, buff=0.2)
        with self.say("start") as tracker:
            self.play(FadeIn(column), Create(row_box), Create(dial_box), run_time=0.6)
            each = max(0.15, min(0.5, (tracker.time_until_bookmark("patch") - 2.6) / side))
            for r in range(side):
                self.play(row_box.animate.move_to(grid.center_of(r + 0.5, side / 2)),
                          dial_box.animate.move_to(dials.center_of(r + 0.5, side / 2)),
                          *(dials.cells[r * side + c].animate.set_fill(opacity=1) for c in range(side)),
                          run_time=each)
            # each dial sits where its pixel sits (review 11 09: never shown): a ring on a pixel and
            # one on its dial, joined, visiting a few inked pixels
            self.play(FadeOut(row_box), FadeOut(dial_box), run_time=0.2)
            self.pair_pixels_and_dials(grid, dials, v)
            self.wait_until_bookmark("patch")
            # one small patch on ink (the spot worked later), sliding a few spots while it is said
            # (review: a box on the empty top right corner, then still for 6 s)
            patch = Square(3 * grid.cell, stroke_color=t.focus, stroke_width=4)
            patch.move_to(grid.center_of(path[0][0] + 1.5, path[0][1] + 1.5))
            zoom = zooms[0]
            self.play(FadeOut(column), Create(patch), run_time=0.6)
            self.play(TransformFromCopy(patch, zoom.frame), FadeIn(zoom), FadeIn(zoom_head), FadeIn(zoom_key), run_time=0.6)
            self.show(zoom_key={"text": zoom_key.original_text, "px_y": round(float(zoom_key.get_y()), 3),
                                "zoom_bottom": round(float(zooms[0].frame.get_bottom()[1]), 3),
                                "at": round(float(self.renderer.time), 3)})
            each = max(0.4, min(0.9, (tracker.get_remaining_duration() - 0.2) / (len(path) - 1)))
            for (r, c), nxt in zip(path[1:], zooms[1:]):
                self.play(patch.animate.move_to(grid.center_of(r + 1.5, c + 1.5)), FadeOut(zoom), FadeIn(nxt),
                          run_time=each)
                zoom = nxt
        self.play(FadeOut(patch), FadeOut(zoom), FadeOut(zoom_head), FadeOut(zoom_key), run_time=0.4)

    def pair_pixels_and_dials(self, grid: ShadedGrid, dials: ShadedGrid, v: dict) -> None:
        """A ring on a pixel of the picture and one on the same square of our neuron's dials,
        joined by a line, moving together over three inked pixels (`aligned_cells`)."""
        t = self.theme
        cells = aligned_cells(np.asarray(grid.values, float))
        rings = lambda r, c: VGroup(Square(grid.cell, stroke_color=t.focus, stroke_width=4).move_to(grid.center_of(r + 0.5, c + 0.5)),
                                    Square(dials.cell, stroke_color=t.focus, stroke_width=4).move_to(dials.center_of(r + 0.5, c + 0.5)))
        join = lambda pair: Line(pair[0].get_right(), pair[1].get_left(), color=t.focus, stroke_width=2)
        pair = rings(*cells[0])
        line = join(pair)
        self.play(Create(pair), Create(line), run_time=0.5)
        for r, c in cells[1:]:
            nxt = rings(r, c)
            self.play(Transform(pair, nxt), Transform(line, join(nxt)), run_time=0.5)
        self.play(FadeOut(pair), FadeOut(line), run_time=0.2)
        self.show(pixel_dial_pairs=[list(rc) for rc in cells])

    def introduce_stamp(self, v: dict) -> VGroup:
        """The stamp's dials as colours (review s37 r1: -0.03, 1.33 meant nothing to a newcomer),
        the blue and the red ones ringed as they are named."""
        grid = self.dial_grid(v["kernel"])
        label = self.text("stamp", size="small", color=self.theme.text)
        stamp = VGroup(grid, label.next_to(grid, DOWN, buff=0.2)).move_to([0.3, 0.9, 0])
        # what its blue dials make, as said: under the stamp, said and drawn at once
        name = self.name_text(stamp_pattern(v["kernel"])[1], size="small", looks=True)
        name.next_to(label, DOWN, buff=0.15).align_to(grid, LEFT)
        stamp.add(name)
        # a key beside it, each line as its colour is said (review h2 s21, 18-24 s: "blue dials
        # like ink, red dials dislike it" was only spoken)
        paint = signed(self.dial_top)
        key = VGroup(*(VGroup(Square(0.3, stroke_width=0, fill_color=paint(sign * self.dial_top), fill_opacity=1),
                              self.text(words, size="small", color=self.theme.text)).arrange(RIGHT, buff=0.15)
                       for sign, words in ((1, screen.mark("likes ink")), (-1, screen.mark("dislikes ink")))))
        key.arrange(DOWN, aligned_edge=LEFT, buff=0.2).next_to(grid, RIGHT, buff=0.5).align_to(grid, UP)
        stamp.add(key)
        # the stamp whole as its words start (review 10: words ahead at scene changes)
        self.play(FadeIn(VGroup(grid, label), shift=0.2 * UP), run_time=0.8)
        with self.say("stamp") as tracker:
            # the dials named as they are said: the clearly blue ones ringed, then the clearly red
            # ones, each ring staying till the next words (a pulse was gone before a 3-s frame)
            values = np.asarray(v["kernel"]).reshape(-1)
            strong = 0.25 * float(np.abs(values).max())
            rings = VGroup()
            for mark, chosen, line in (("blue", values >= strong, key[0]), ("red", values <= -strong, key[1])):
                self.wait_until_bookmark(mark)
                new = self.dial_rings(grid, np.flatnonzero(chosen))
                self.play(FadeIn(line), FadeOut(rings), Create(new), run_time=0.8)
                self.show(**{f"ringed_{mark}": sorted(self.cell_of(grid, m.get_center()) for m in new)})
                rings = new
            self.wait_until_bookmark("name")
            self.play(FadeIn(name), FadeOut(rings), run_time=0.8)
            # the places named, each ringed in the order said and left ringed, over the rest of the
            # line (review 10: 5 s still at the section's end)
            cols = grid.values.shape[1]
            named = sorted(strong_cells(v["kernel"])) if stamp_pattern(v["kernel"])[1].startswith(INK_AT) else []
            slot = tracker.get_remaining_duration() / max(1, len(named))
            places = VGroup()
            for r, c in named:
                places.add(*self.dial_rings(grid, [r * cols + c]))
                self.play(Create(places[-1]), run_time=0.6)
                self.wait(max(0.0, slot - 0.6))
            self.show(ringed_places=[self.cell_of(grid, m.get_center()) for m in places])
        stamp.add(places)       # the rings go with the stamp
        self.show(stamp_drawn=self.dials_drawn(grid))
        return stamp

    def dial_grid(self, values: np.ndarray) -> ShadedGrid:
        """A stamp's nine dials as colours only, blue and red as strong as they are, no number."""
        return ShadedGrid(np.asarray(values, float), WORKED_CELL, signed(self.dial_top), separate=True)

    def dial_rings(self, grid: ShadedGrid, cells) -> VGroup:
        """White rings on `grid`'s cells (indices in reading order): "these dials"."""
        return VGroup(*(Square(grid.cell * 0.92, stroke_color=self.theme.focus, stroke_width=5).set_z_index(2)
                        .move_to(grid.cells[k]) for k in cells))

    @staticmethod
    def dials_drawn(grid: ShadedGrid) -> dict:
        """What a stamp drawn as colours shows (for the tests): each square's colour, and any text on it."""
        return {"colours": [c.get_fill_color().to_hex() for c in grid.cells], "numbers": len(grid.numbers)}

    def map_grid(self, values: np.ndarray, cell: float = MAP_CELL) -> ShadedGrid:
        """A map of matches (or a shrunk one), its squares lit on the one scale of every map: the
        brightness is the match, no numbers (review s37: 36 decimals here kept the eye off the
        sliding)."""
        return ShadedGrid(np.asarray(values, float), cell, map_lit(self.map_top), separate=True)

    def work_one_spot(self, digit: VGroup, stamp: VGroup, v: dict) -> tuple[ShadedGrid, VGroup]:
        """The stamp on its best spot, told in colours (review s37: about 50 decimals here):
        nine pixels (grey-white ink) times nine dials (blue, red); each product lights its own
        square, as big as it is, blue above zero and red below; each square then flies into one
        bar as a piece as long as it is, the blue ones building it up, the red ones taking their
        part off; the head start takes its part; what is left is this spot's match, the one
        number written (nncore's map at that spot). Returns the stamp on the picture, and the match's
        bar and number, left on screen to fly into their square of the map."""
        t, w = self.theme, v["worked"]
        picture = digit[0]
        r, c = w["spot"]
        window = self.window(v["kernel"], picture.cell).move_to(picture.center_of(r + 1.5, c + 1.5))
        # only the stamp's frame flies onto the picture (review n 09, 30 s: its squares shrinking
        # under its fading numbers were wrong colours under numbers)
        lift = Transform(stamp[0].frame.copy(), window.frame, replace_mobject_with_target_in_scene=True)
        pixels = self.colour_grid(w["pixels"], ink(), screen.mark("pixels under it"))
        dials = self.colour_grid(w["dials"], signed(self.dial_top), screen.mark("dials"))
        made = self.product_grid(w["products"])
        signs = [self.text(m, size="title") for m in ("\u00d7", "=")]
        row = VGroup(pixels, signs[0], dials, signs[1], made).arrange(RIGHT, buff=0.12)
        # a margin on the right too (review: the products 8 px from the frame's edge)
        row.move_to([0, 0.95, 0]).align_to([6.75, 0, 0], RIGHT)
        for sign in signs:
            sign.set_y(pixels[1].get_center()[1])
        bar = self.match_bar(w["products"], w["bias"], w["value"], row)
        rings = VGroup(*(Square(WORKED_CELL, stroke_color=t.focus, stroke_width=4).move_to(g[1].center_of(0.5, 0.5))
                         for g in (pixels, dials)))
        with self.say("worked") as tracker:
            # the stamp fades whole, numbers and all, as a copy of its frame lifts onto the picture
            # (review 09: its numbers went first, a frame of colours only)
            self.play(FadeOut(stamp), lift, run_time=0.8)
            # whole as "over nine pixels" is said (review ab2 09: caught faint, half faded in)
            self.wait_before(tracker, "pixels", 0.6)
            self.play(FadeIn(pixels), run_time=0.5)
            self.wait_until_bookmark("times")
            self.play(FadeIn(signs[0]), FadeIn(dials), FadeIn(signs[1]), FadeIn(made.head), FadeIn(made.frame),
                      FadeIn(rings), run_time=0.6)
            # each product lights its square in turn, a ring on its pixel and on its dial
            for k in range(9):
                cell = divmod(k, 3)
                self.play(rings[0].animate.move_to(pixels[1].center_of(cell[0] + 0.5, cell[1] + 0.5)),
                          rings[1].animate.move_to(dials[1].center_of(cell[0] + 0.5, cell[1] + 0.5)),
                          GrowFromCenter(made.squares[k]), run_time=0.3)
            self.play(FadeOut(rings), run_time=0.2)
            self.wait_before(tracker, "add", 0.3)
            # the blue products fly into the bar, each a piece as long as it is, end to end
            self.play(FadeIn(bar.head), FadeIn(bar.axis), run_time=0.3)
            self.fly_pieces(made, bar, bar.gains, max(1.0, tracker.time_until_bookmark("red") - 0.2))
            self.wait_until_bookmark("red")
            # then the red ones, each taking its part off the bar's end, under it
            self.fly_pieces(made, bar, bar.losses, 1.2)
            self.wait_until_bookmark("own")
            # the head start takes its part (red: below zero), named as it is said
            self.play(GrowFromEdge(bar.cut, RIGHT if w["bias"] < 0 else LEFT), FadeIn(bar.cut_words), run_time=0.6)
            self.show(match_pieces=bar.record)
            # the bar is this spot's match as "What is left is this spot's match" starts (review ab2
            # 09: the bar still read the products while the match was said)
            self.wait_before(tracker, "value", 0.7)
            self.show(value_at=round(float(self.renderer.time) + 0.6, 3))
            # what is left is one bar, in the map's colour for it, no number (review s37 r1: "3.59",
            # no scale given, is that a lot?): its length and colour are the match
            pieces = VGroup(*bar.pieces, bar.cut)
            self.play(ReplacementTransform(pieces, bar.result), FadeOut(bar.cut_words), FadeOut(bar.head), run_time=0.6)
            self.show(sum_named_to=None if bar.head in self.mobjects else round(float(self.renderer.time), 3))
            self.play(FadeIn(bar.value_words), run_time=0.4)
            # then the patch on the picture, as "how well this patch matches" goes on (review 10: still)
            self.wait(max(0.0, tracker.get_remaining_duration() / 2 - 0.4))
            self.play(Indicate(window.frame, color=t.focus), run_time=0.8)
        self.wait(0.3)   # the sum settles before the stamp moves on
        self.play(FadeOut(row), FadeOut(bar.axis), FadeOut(bar.value_words), run_time=0.5)
        return window, bar.result

    def colour_grid(self, values: np.ndarray, color_of, head: str) -> VGroup:
        """A 3x3 grid of the worked spot as colours only, its name above (review s37: the
        decimals crowded out the idea)."""
        grid = ShadedGrid(np.asarray(values, float), WORKED_CELL, color_of, separate=True)
        return VGroup(self.text(head, size="small", color=self.theme.text), grid).arrange(DOWN, buff=0.15)

    def fly_pieces(self, made: VGroup, bar: VGroup, order: list[int], run_time: float) -> None:
        """Copies of the products' squares `order` fly into their pieces of the bar, in turn."""
        if order:
            self.play(LaggedStart(*(ReplacementTransform(made.squares[k].copy(), bar.pieces[k]) for k in order),
                                  lag_ratio=0.6), run_time=run_time)

    def product_grid(self, products: np.ndarray) -> VGroup:
        """The nine products, each on a square as big as it is (its area against the biggest), in
        the dials' colours (blue above zero, red below), no number on it; `.frame`, `.squares`,
        `.head`."""
        t = self.theme
        p = np.asarray(products, float).reshape(-1)
        top = max(float(np.abs(p).max()), 1e-9)
        frame = VGroup(*(Square(WORKED_CELL, stroke_color=t.muted, stroke_width=1.5) for _ in p))
        frame.arrange_in_grid(3, 3, buff=0)
        squares = VGroup()
        for k, value in enumerate(p):
            # full blue or red: the size tells how much (shaded too, the small ones were lost as
            # pieces of the bar); a product of about 0 is a speck
            side = WORKED_CELL * 0.94 * max(0.06, math.sqrt(abs(value) / top))
            squares.add(Square(side, stroke_width=0, fill_color=piece_colour(value), fill_opacity=1).move_to(frame[k]))
        head = self.text("products", size="small", color=t.text)
        grid = VGroup(head, VGroup(frame, squares)).arrange(DOWN, buff=0.15)
        grid.frame, grid.squares, grid.head = frame, squares, head
        return grid

    def match_bar(self, products: np.ndarray, bias: float, value: float, row: VGroup) -> VGroup:
        """Under `row`, from a zero line: each product as a piece as long as it is (`.pieces`, in
        its square's colour); the blue ones end to end on the top lane (`.gains`), then the red
        ones back from that end on the lane under it (`.losses`), then the head start's part
        (`.cut`, named in `.cut_words`), and what is left: this spot's match (`.result`, in the
        map's colour for it, named in `.value_words`). `.record`: each piece's
        span in sums, for the tests."""
        t = self.theme
        p = np.asarray(products, float).reshape(-1)
        gains = [k for k in range(9) if p[k] > 0]
        losses = [k for k in range(9) if p[k] <= 0]
        spans, at = {}, 0.0
        for k in gains + losses:        # every piece starts where the one before it ended
            spans[k], at = (at, at + float(p[k])), at + float(p[k])
        ends = [0.0, value, at + bias] + [e for s in spans.values() for e in s]
        low, high = min(ends), max(max(ends), 1e-9)
        span, height = SUM_BAR, 0.36
        x0 = row.get_left()[0] + 1.6 + span * (-low) / (high - low)     # the zero line
        y = row.get_bottom()[1] - 1.0
        lane = lambda k: y if k in gains else y - height - 0.06
        x = lambda s: x0 + span * s / (high - low)
        rect = lambda a, b, color, yy: Rectangle(width=max(abs(x(b) - x(a)), 0.01), height=height, fill_color=color,
                                                 fill_opacity=1, stroke_width=0).move_to([(x(a) + x(b)) / 2, yy, 0])
        pieces = VGroup(*(rect(*spans[k], piece_colour(p[k]), lane(k)).set_stroke(t.background, 1.5) for k in range(9)))
        axis = Line([x0, y - height - 0.35, 0], [x0, y + 0.35, 0], color=t.muted, stroke_width=2)
        head = self.text("the products, added up", size="small", color=t.text).next_to(axis, UP, buff=0.1)
        head.align_to(axis, LEFT)
        # on the lane under the red products, from where they left off
        cut = rect(at, at + bias, t.negative if bias < 0 else t.positive, y - 2 * (height + 0.06))
        cut_words = self.text("the stamp's own head start", size="small", color=t.text).next_to(cut, DOWN, buff=0.12)
        within_frame(cut_words)
        result = rect(0.0, value, map_lit(self.map_top)(value), y)
        value_words = self.text("this spot's match", size="small", color=t.text).next_to(result, DOWN, buff=0.15)
        value_words.align_to(result, LEFT)
        out = VGroup(head, axis, pieces, cut, cut_words, result, value_words)
        out.head, out.axis, out.pieces, out.cut, out.cut_words = head, axis, pieces, cut, cut_words
        out.result, out.value_words, out.gains, out.losses = result, value_words, gains, losses
        out.record = {"spans": [list(spans[k]) for k in range(9)], "gains": gains, "losses": losses,
                      "cut": [at, at + bias], "value": float(value),
                      "ends": [[round(float(m.get_left()[0]), 3), round(float(m.get_right()[0]), 3)] for m in (*pieces, cut, result)],
                      "zero": round(float(x0), 3), "unit": span / (high - low)}
        return out

    def slide(self, digit: VGroup, window: ShadedGrid, worked_match: VGroup, v: dict) -> VGroup:
        """The worked spot's match (`worked_match`: its bar) flies into its square of the map, which
        lights as bright; then the stamp walks over the picture from the top left; each spot fills its cell."""
        t = self.theme
        picture, values = digit[0], v["feature_map"]
        empty = ShadedGrid(np.zeros_like(values), MAP_CELL, lit(self.map_top), separate=True)
        full = self.map_grid(values)
        label = self.text("map of matches", size="small", color=t.text)
        fmap = VGroup(empty, full, label.next_to(empty, DOWN, buff=0.2)).move_to([1.15, -0.4, 0])
        # its edge as bright as the words: unlit squares (0s, and those still to fill) ran into the
        # dark frame, and a column of 0s read as outside the map (review ab2-k2 s27, 60 s)
        empty.frame.set_stroke(color=t.text, width=2.5)
        self.show(map_edge={"light": luminance(empty.frame.get_stroke_color()), "width": float(empty.frame.get_stroke_width()),
                            "box": [round(float(x), 3) for x in (empty.frame.get_left()[0], empty.frame.get_right()[0],
                                                                 empty.frame.get_bottom()[1], empty.frame.get_top()[1])]})
        full.set_opacity(0)     # in the scene from the start: each step only raises one cell's opacity
        cursor = Square(empty.cell, stroke_color=t.focus, stroke_width=3)
        cursor.move_to(empty.center_of(0.5, 0.5))
        rows, cols = values.shape
        steps = [self.slide_step(window, cursor, full, picture, r, c)
                 for r in range(rows) for c in range(cols)]
        zero = v["zero"]
        # the first row, or on to the first 0 if it comes later: it is explained before the rest fill in
        first = max(cols, zero["spot"][0] * cols + zero["spot"][1] + 1) if zero else cols
        note = self.zero_note(full, zero) if zero else VGroup()
        # what "It fits 6 spots across 8 pixels" counts, over each (review: said, not pictured)
        across = VGroup(self.text("{n} pixels across", size="small", color=t.text, facts={"n": picture.values.shape[1]})
                        .next_to(picture, UP, buff=0.2),
                        self.text("{n} spots across", size="small", color=t.text, facts={"n": cols})
                        .next_to(empty, UP, buff=0.2))
        # the spot just worked out by hand is on the map from the start, lit and ringed,
        # before the stamp starts from the top left (review s33, 45-54 s: the map began with 0.70,
        # the 3.59 worked out was not seen to land on it)
        worked = v["worked"]["spot"][0] * cols + v["worked"]["spot"][1]
        worked_ring = Square(empty.cell, stroke_color=t.focus, stroke_width=5).set_z_index(3)   # yellow on its yellow square was lost
        worked_ring.move_to(full.cells[worked])
        with self.say("slide") as tracker:
            self.play(FadeIn(empty), FadeIn(label), run_time=0.5)
            self.add(full)      # over the empty map: FadeIn puts what it shows on top
            # lit while the stamp still stands on that spot, the bar shrinking into it (review s37:
            # the match faded out, then came back on the map), then the stamp goes to the top left
            self.play(full.cells[worked].animate.set_fill(opacity=1.0),
                      FadeOut(worked_match, target_position=full.cells[worked].get_center(), scale=0.2),
                      Create(worked_ring), run_time=0.8)
            self.show(worked_first={"at": round(float(self.renderer.time), 3),
                                    "ring": self.cell_of(empty, worked_ring.get_center()),
                                    "lit": [self.cell_of(empty, m.get_center()) for m in full.cells if m.get_fill_opacity() > 0.5],
                                    "colour": full.cells[worked].get_fill_color().to_hex()})
            self.play(window.animate.move_to(picture.center_of(1.5, 1.5)), run_time=0.4)
            self.play(FadeIn(across), run_time=0.4)
            self.add(cursor)
            # the first row fills while its width is said ("It fits 6 spots across 8 pixels"):
            # filled at once, the frame then stood still for six seconds
            pace = tracker.time_until_bookmark("zero") - 0.3
            self.play(Succession(*steps[:first], run_time=min(1.2 * first, max(0.45 * first, pace))))
            self.wait_until_bookmark("zero")
            self.play(FadeOut(across), run_time=0.3)     # the zero's words go where the map's count was
            if zero:
                self.play(Create(note[0]), FadeIn(note[1]), run_time=0.8)
                # its dark square pointed at as "stays dark" is said: the note stood still 4.7 s (480p) till "Each square"
                self.wait_before(tracker, "writes", 0.1)
                self.play(Indicate(note[0], color=t.text, scale_factor=1.2), run_time=0.6)
                self.show(zero_pointed_at=round(float(self.renderer.time), 3))
            self.wait_until_bookmark("rest")
            if zero:    # its ring and words are about that one 0: gone before the good matches are said
                self.play(FadeOut(note), run_time=0.4)
            rest = len(steps) - first
            left = tracker.get_remaining_duration() - 2.2
            if rest:
                self.play(Succession(*steps[first:], run_time=min(0.2 * rest, max(0.08 * rest, left))))
            # back to the spot worked by hand, pointed at on the map (review ab-k2 s25: the match
            # worked out was never pointed out on the map it fills)
            r, c = v["worked"]["spot"]
            self.play(window.animate.move_to(picture.center_of(r + 1.5, c + 1.5)),
                      cursor.animate.move_to(full.center_of(r + 0.5, c + 0.5)), run_time=0.6)
            self.play(Indicate(worked_ring, color=t.focus, scale_factor=1.2), run_time=0.6)
            self.show(worked_on_map={"window": self.cell_of(picture, window.frame.get_corner(UP + LEFT) + 0.5 * picture.cell * (RIGHT + DOWN)),
                                     "cursor": self.cell_of(full, cursor.get_center()),
                                     "at": round(float(self.renderer.time), 3)})
        self.play(FadeOut(window), FadeOut(cursor), FadeOut(worked_ring), run_time=0.5)
        return fmap

    def zero_note(self, full: ShadedGrid, zero: dict) -> VGroup:
        """A ring on the map's first 0 and, above the map, why it is 0: its sum was below zero."""
        t = self.theme
        ring = Square(full.cell, stroke_color=t.text, stroke_width=5).set_z_index(2)
        ring.move_to(full.center_of(zero["spot"][0] + 0.5, zero["spot"][1] + 0.5))
        lines = VGroup(self.text("the sum here is below zero", size="small"),
                       self.text("so the map stays dark: nothing found", size="small"))
        lines.arrange(DOWN, aligned_edge=LEFT, buff=0.1).next_to(full, UP, buff=0.15)
        return VGroup(ring, lines)

    def window(self, kernel: np.ndarray, cell: float) -> ShadedGrid:
        """The stamp as it sits on the picture: its frame only, the pixels showing through (review n
        09: its dials as squares inside, about 5 px at 480p, were unreadable: hidden)."""
        grid = ShadedGrid(kernel, cell, signed(self.dial_top), inset=0.5)
        grid.cells.set_fill(opacity=0).set_stroke(opacity=0)
        grid.frame.set_stroke(color=self.theme.focus, width=3)
        return grid

    @staticmethod
    def slide_step(window: ShadedGrid, cursor: Square, full: ShadedGrid, picture: ShadedGrid,
                   r: int, c: int) -> AnimationGroup:
        """The stamp moves to spot (r, c), and the map cell of that spot lights up as bright as its match."""
        k = r * full.values.shape[1] + c
        return AnimationGroup(window.animate.move_to(picture.center_of(r + 1.5, c + 1.5)),
                              cursor.animate.move_to(full.center_of(r + 0.5, c + 0.5)),
                              full.cells[k].animate.set_fill(opacity=1.0))

    def pool(self, fmap: VGroup, v: dict) -> VGroup:
        """Blocks of four are outlined, the others dim, and the biggest of each moves to the small map."""
        t = self.theme
        empty, full = fmap[0], fmap[1]
        slots = ShadedGrid(np.zeros_like(v["pooled"]), MAP_CELL, lit(self.map_top), separate=True)
        label = self.text("shrunk map", size="small", color=t.text)
        group = VGroup(slots, label.next_to(slots, DOWN, buff=0.2)).move_to([5.6, -0.4, 0])
        pooled = self.map_grid(v["pooled"])
        pooled.move_to(slots)
        arrow = Arrow(empty.get_right() + 0.1 * RIGHT, slots.get_left() + 0.1 * LEFT, buff=0.05,
                      color=t.muted, stroke_width=3, max_tip_length_to_length_ratio=0.3)
        prows, pcols = v["pooled"].shape
        blocks = VGroup(*(Square(POOL * empty.cell, stroke_color=t.text, stroke_width=2.5)
                          .move_to(empty.center_of(POOL * r + 1, POOL * c + 1))
                          for r in range(prows) for c in range(pcols)))
        winners = pool_winners(v["feature_map"])
        cols = v["feature_map"].shape[1]
        # each block's brightest square flies to its place on the shrunk map (colours only now:
        # no numbers to cover, review s37)
        moves = [ReplacementTransform(full.cells[r * cols + c].copy(), pooled.cells[k]) for k, (r, c) in enumerate(winners)]
        marks = VGroup(*(Square(empty.cell, stroke_color=t.focus, stroke_width=4)
                         .move_to(empty.center_of(r + 0.5, c + 0.5)) for r, c in winners))
        losers = [divmod(k, cols) for k in range(full.values.size) if divmod(k, cols) not in winners]
        # why it shrinks: fewer numbers go on, counted under each map
        counts = VGroup(*(self.text("{n} squares", size="small", color=t.text, facts={"n": grid.values.size})
                          .next_to(under, DOWN, buff=0.12) for grid, under in ((full, fmap[2]), (pooled, label))))
        # why, in one plain line (review: no reason given for shrinking); why it helps with a
        # shift is shown where the picture moves, not promised here (review s34, 81 s: "we will see
        # it at the end" pointed 100 s ahead)
        reason = VGroup(self.text("fewer squares for the next step to read", size="small"))
        reason.set_x(VGroup(fmap[0], slots).get_center()[0])
        reason.align_to([0, 2.9, 0], UP)        # above the maps: under the counts it reached the frame's bottom
        within_frame(reason)
        with self.say("pool") as tracker:
            self.play(FadeIn(group), GrowArrow(arrow),
                      LaggedStart(*(FadeIn(b) for b in blocks), lag_ratio=0.15),
                      run_time=min(2.0, tracker.duration / 3))
            self.wait_until_bookmark("keep")
            # each square on its own: a new group around them would stay in the scene; the others dim
            self.play(FadeIn(marks), *(full.cells[r * cols + c].animate.set_opacity(0.25) for r, c in losers),
                      run_time=0.8)
            self.play(LaggedStart(*moves, lag_ratio=0.2), run_time=2.0)
            self.wait_until_bookmark("count")
            self.play(FadeIn(counts[0]), run_time=0.5)
            self.play(FadeIn(counts[1]), run_time=0.5)
            self.play(FadeIn(reason[0]), run_time=0.5)
            # the ringed squares, each block's best match, pulse as "less to read" is said: only
            # they go on (the 3-fps test saw 6.3 s of a still frame here, s25); each about its own
            # square: pulsed as one group they spread out past the map's edge (review s33, 81 s)
            self.play(*(Indicate(m, color=t.highlight, scale_factor=1.15) for m in marks), run_time=1.0)
        self.play(FadeOut(blocks), FadeOut(marks), FadeOut(counts), FadeOut(reason), run_time=0.5)
        return VGroup(group, pooled, arrow)

    def answer(self, digit: VGroup, stage: VGroup, v: dict) -> VGroup:
        """A few stamps (ours first) large beside their shrunk maps, each with what it looks for;
        all the maps feed ten output neurons; the brightest is the guess; how sure of each beside
        each neuron; then guess against the answer. The picture steps aside to make room."""
        t = self.theme
        y = digit[0].get_center()[1]
        shown = shown_stamps(v["all_pooled"], v["kernel_index"], N_STAMPS_SHOWN)
        small, names = self.stamp_pairs(v, shown)
        small.move_to([PAIRS_X, 0, 0]).align_to([0, PAIRS_TOP, 0], UP)
        y = small.get_center()[1]
        for name, pair in zip(names, small):
            name.next_to(pair, LEFT, buff=0.3)
        heads = self.pair_heads(small)
        # over the names, on the line of "stamp" and "map": what each name is
        looks = self.text("looks for", size="small", color=t.text).next_to(names, UP, buff=0.1)
        heads.add(looks.align_to(names, RIGHT).set_y(heads[0].get_center()[1]))
        ours = Rectangle(width=small[0].width + 0.12, height=small[0].height + 0.12,
                         stroke_color=t.focus, stroke_width=3).move_to(small[0])
        small_label = self.text("{shown} of the {n} stamps, each with its shrunk map", size="small", color=t.text,
                                facts={"shown": len(shown), "n": len(v["kernels"])})
        layer = self.answer_layer(v["output"], v["guess"])
        layer.shift([NEURONS_X - layer.neurons.get_center()[0], y - layer.neurons.get_center()[1], 0])
        # the maps shown and the rest, as words under them, wired to every output neuron (review
        # 09: a column of all eight maps as 25 px thumbnails, its wires read as arrowheads)
        more = self.text("and {n} more maps", size="small", color=t.text, facts={"n": len(v["kernels"]) - len(shown)})
        more.next_to(small, DOWN, buff=0.2).align_to(small, RIGHT)
        small_label.next_to(more, DOWN, buff=0.2).set_x(small.get_center()[0])
        sources = [pair[1].get_right() for pair in small] + ([more.get_right()] if len(v["kernels"]) > len(shown) else [])
        wires = VGroup(*(Line(m + 0.08 * RIGHT, n.get_left(), stroke_width=1.5, stroke_opacity=0.6, color=t.muted)
                         for m in sources for n in layer.neurons)).set_z_index(-1)
        small.add(ours)
        others = [k for k, i in enumerate(shown) if k and np.asarray(v["all_pooled"][i]).any()]
        # the picture goes too: room for the stamps large enough to see what each looks for; all
        # before the words (review 10: "Here are three of the net's stamps" said as they came)
        self.play(FadeOut(stage), FadeOut(digit), run_time=0.4)
        self.play(LaggedStart(*(FadeIn(m) for m in small), lag_ratio=0.15), FadeIn(small_label),
                  FadeIn(heads), FadeIn(names[0]), run_time=1.0)
        with self.say("all_stamps"):
            self.wait_until_bookmark("others")
            if others:
                self.play(LaggedStart(*(FadeIn(names[k]) for k in others), lag_ratio=0.6),
                          run_time=0.8 * len(others))
            # the maps that found nothing, pointed at as they are named
            # (white rings, as on the big map: look here)
            darks = [k for k, i in enumerate(shown) if not np.asarray(v["all_pooled"][i]).any()]
            dark = VGroup(*(Rectangle(width=small[k][1].width + 0.1, height=small[k][1].height + 0.1,
                                      stroke_color=t.text, stroke_width=4).move_to(small[k][1]) for k in darks))
            # the stamp talked about, its real dials large beside it, in the empty right half, as it
            # is named (review ab-k2 s24), as colours: its red is what is said (review s37 r1: its
            # -0.60, -1.10 meant nothing to a newcomer)
            dials = VGroup()
            # only when the words say what they show (review ab-k2 s27: drawn, never said)
            if darks and red_words(v["kernels"][shown[darks[0]]]):
                k = darks[0]
                grid = self.dial_grid(v["kernels"][shown[k]])
                head = self.text("dials", size="small", color=t.text)
                dials = VGroup(head, grid).arrange(DOWN, buff=0.12)
                dials.next_to(small, RIGHT, buff=0.9).set_y(small[k].get_center()[1] + 0.5 * (head.height + 0.12))
                dials.add(Line(dark[0].get_right() + 0.05 * RIGHT, grid.get_left() + 0.1 * LEFT, stroke_width=2, color=t.muted))
            self.wait_until_bookmark("dark")
            if len(dark):
                self.play(Create(dark), *(FadeIn(names[k]) for k in darks), FadeIn(dials), run_time=0.8)
                if len(dials):
                    self.show(dark_dials={"stamp": int(shown[darks[0]]),
                                          **self.dials_drawn(dials[1]),
                                          "box": [round(float(x), 3) for x in (dials.get_left()[0], dials.get_right()[0])]})
            self.wait_until_bookmark("read")
            # the other maps, as words, then the wires from every map to the neurons
            self.play(FadeIn(more), *([FadeOut(dark), FadeOut(dials)] if len(dark) else []), run_time=0.6)
            self.play(Create(wires), FadeIn(layer.neurons), FadeIn(layer.names), FadeIn(layer.head), run_time=1.0)
            self.wait_until_bookmark("lit")
            self.play(*(n.animate.set_fill(c, 1) for n, c in zip(layer.neurons, layer.lit)), run_time=1.0)
            self.play(Indicate(layer.neurons[v["guess"]], color=t.highlight, scale_factor=1.5), run_time=0.8)
        right = v["guess"] == v["label"]
        verdict = self.verdict(v).next_to(layer, DOWN, buff=0.3).align_to(layer.names, LEFT)
        with self.say("right" if right else "wrong"):
            self.play(FadeIn(layer.sub), LaggedStart(*(GrowFromEdge(b, LEFT) for b in layer.bars), lag_ratio=0.08),
                      run_time=1.0)
            self.wait_until_bookmark("top")
            # the guess's bar pointed at, a little (review n 09: the percents beside the bars were
            # a new kind of number the point does not need: cut)
            self.play(Indicate(layer.bars[v["guess"]], color=t.highlight, scale_factor=1.15),
                      FadeIn(verdict[0]), run_time=0.8)
            self.wait_until_bookmark("truth")
            # yellow, the net's guess, until checked against the answer: then green, or grey and crossed
            self.play(FadeIn(verdict[1]), run_time=0.6)
            cross = VGroup() if right else self.cross(verdict[0])
            verdict.add(cross)
            self.play(verdict[0].animate.set_color(t.right if right else t.wrong), FadeIn(cross), run_time=0.5)
        # left on through the pause: the score takes it off as it comes (review 8 09: an empty
        # frame between them)
        return VGroup(small, names, small_label, heads, more, wires, layer, verdict)

    def pair_heads(self, small: VGroup) -> VGroup:
        """"stamp" and "map" above each column's top pair: which small square is which."""
        top = max(pair.get_top()[1] for pair in small)
        heads = VGroup()
        for pair in small:
            if abs(pair.get_top()[1] - top) < 1e-6:
                heads.add(*(self.text(word, size="small", color=self.theme.text).next_to(grid, UP, buff=0.1)
                            for word, grid in zip((screen.mark("stamp"), screen.mark("map")), pair)))
        return heads

    def stamp_pairs(self, v: dict, shown: list[int]) -> tuple[VGroup, VGroup]:
        """The stamps `shown`, each beside its shrunk map of the digit, in one column (no wire
        to the output neurons crosses another pair), and what each looks for (`stamp_pattern`)."""
        pairs = VGroup(*(VGroup(ShadedGrid(v["kernels"][i], PAIR_BIG_CELL, signed(self.dial_top)),
                                ShadedGrid(v["all_pooled"][i], PAIR_BIG_CELL, map_lit(self.map_top)))
                         .arrange(RIGHT, buff=0.12) for i in shown)).arrange(DOWN, buff=0.25)
        names = VGroup(*(self.name_text(pair_name(v["kernels"][i], v["all_pooled"][i]), size="small") for i in shown))
        return pairs, names

    def name_text(self, drawn: str, size: str = "label", looks: bool = False) -> VGroup:
        """A stamp's drawn name (`stamp_pattern`), after "looks for" when `looks`: its places as
        data after "ink:" (whole: a fact is cut at 28 characters), else the name's own words."""
        if drawn.startswith(INK_AT):
            places = {"places": drawn[len(INK_AT):]}
            if looks:
                return self.text("looks for ink: {places}", size=size, facts=places)
            return self.text("ink: {places}", size=size, facts=places)
        if looks:
            return self.text("looks for: {pattern}", size=size, facts={"pattern": drawn})
        return self.text(drawn, size=size)

    def answer_layer(self, output: np.ndarray, guess: int) -> VGroup:
        """Ten answer neurons in a column (dark; `.lit` their fills by how sure the net is of
        each answer, the glow of a lit neuron), each answer's name beside it, then a bar as long
        as how sure (100% the whole bar), no percent written (review n 09: a new kind of number)."""
        t = self.theme
        neurons, names, bars, lit_fills = VGroup(), VGroup(), VGroup(), []
        for i, p in enumerate(output):
            yy = -i * NEURON_GAP
            neurons.add(Circle(NEURON_RADIUS, stroke_color=t.neuron_stroke, stroke_width=2,
                               fill_color=t.background, fill_opacity=1).move_to([0, yy, 0]))
            lit_fills.append(interpolate_color(ManimColor(t.background), ManimColor(t.neuron_fill), float(p)))
            names.add(self.text("{answer}", size="small", facts={"answer": self.history.labels[i]})
                      .move_to([NEURON_RADIUS + 0.25, yy, 0]))
            color = t.highlight if i == guess else t.muted
            bar = Rectangle(width=max(SHARE_BAR * float(p), 0.02), height=0.6 * NEURON_GAP, fill_color=color,
                            fill_opacity=1, stroke_width=0)
            bars.add(bar.move_to([NEURON_RADIUS + 0.55, yy, 0], aligned_edge=LEFT))
        # the neurons' heading above them, the shares' under the bars (review 09: after it, it ran
        # off the frame's right edge)
        head = self.text("output neurons", size="small", color=t.text).next_to(neurons, UP, buff=0.25)
        head.align_to(neurons, LEFT).shift(0.3 * LEFT)
        sub = self.text("how sure of each one", size="small", color=t.text).next_to(bars, DOWN, buff=0.2)
        sub.align_to(bars, LEFT)
        layer = VGroup(neurons, names, bars, head, sub)
        layer.neurons, layer.names, layer.bars, layer.head, layer.sub = neurons, names, bars, head, sub
        layer.lit = lit_fills
        return layer

    def verdict(self, v: dict) -> VGroup:
        t = self.theme
        labels = self.history.labels
        # the net's guess in yellow until the answer is shown (`answer` colours it then)
        lines = VGroup(self.text("guess: {guess}", color=t.highlight, facts={"guess": labels[v["guess"]]}),
                       # plain colour: the truth is neither a right nor a wrong guess
                       self.text("answer: {label}", color=t.text, facts={"label": labels[v["label"]]}))
        return lines.arrange(DOWN, aligned_edge=LEFT, buff=0.15)

    def score(self, v: dict, last: VGroup) -> VGroup:
        """Bars on the same test set: the dense network of the earlier chapters and the convnet;
        one test picture and the same picture moved a pixel (columns lined up, so the move shows),
        then both networks on every picture moved one pixel."""
        t = self.theme
        n = v["n_test"]
        # the convnet's bars in the text colour: green says "a right guess" on the cards beside them
        rows = [(screen.mark("our network"), v["dense_test_accuracy"], v["dense_wrong"], t.muted, 2.05),
                ("convnet", v["conv_test_accuracy"], v["conv_wrong"], t.text, 1.05),
                (screen.mark("our network"), v["dense_moved_accuracy"], v["dense_moved_wrong"], t.muted, -0.85),
                ("convnet", v["conv_moved_accuracy"], v["conv_moved_wrong"], t.text, -1.85)]
        groups = [self.accuracy_row(name, acc, wrong, n, color, y) for name, acc, wrong, color, y in rows]
        heads = [self.text("right guesses on the same {n} test pictures", size="small", color=t.text,
                           facts={"n": n}).move_to([-0.3, 2.75, 0]),
                 self.text("the same {n} test pictures, each moved 1 pixel", size="small", color=t.text,
                           facts={"n": n}).move_to([-0.3, -0.15, 0])]
        # its top under the title's line: its guesses clear the frame's bottom (review 09: cut there)
        pair = self.moved_pair(v).move_to([5.6, 0, 0]).align_to([0, 2.85, 0], UP)
        pair.shift(min(0.0, 6.3 - pair.get_right()[0]) * RIGHT)      # "our network: 1 ✕" well inside the frame (review 9 09)
        grow = lambda g: (FadeIn(g[:2]), GrowFromEdge(g[2], LEFT))
        # each row whole a moment before it is said (review 8 09: the convnet's row and "71%"
        # faded in dim as 71 was said)
        # the last part goes and our network's row comes before the words (review 10)
        self.play(FadeOut(last), run_time=0.3)
        # both scores whole before the words: the convnet's bar stood off screen as its 97 percent
        # began to be said (review s34 r2, ~111 s)
        self.play(FadeIn(heads[0]), *grow(groups[0]), FadeIn(VGroup(*groups[0][3:])), run_time=0.4)
        self.play(*grow(groups[1]), FadeIn(VGroup(*groups[1][3:])), run_time=0.3)
        with self.say("score") as tracker:
            self.wait_before(tracker, "shift", 0.6)
            # the picture the rule is shown on; its moved copy comes as its move is said (review e2
            # s18: the copy came 9 s before "This 6 moves right")
            self.play(FadeIn(pair.before), run_time=0.3)
            side = pair.after.values.shape[1]
            # faded in below, not flown down (review: a copy crossing the picture, the words across both),
            # then moved its pixel as said, its column at the edge it leaves hidden (review 10: 5 s still)
            self.wait_before(tracker, "like", 0.8)
            self.show(moved_copy_at=round(float(self.renderer.time), 3),
                      like_said=round(float(tracker.bookmark_times["like"]), 3))
            self.play(FadeIn(pair.after), FadeIn(pair.truth), run_time=0.3)
            edge = side - 1 if pair.step > 0 else 0
            for r in range(side):
                pair.after.cells[r * side + edge].set_stroke(opacity=0).set_fill(opacity=0)
            self.play(pair.after.cells.animate.shift(pair.step * pair.after.cell * RIGHT), FadeIn(pair.note), run_time=0.5)
            self.wait_before(tracker, "moved", 1.0)
            self.play(FadeIn(heads[1]), *grow(groups[2]), FadeIn(VGroup(*groups[2][3:])), FadeIn(pair.dense),
                      run_time=0.3)
            self.wait_before(tracker, "conv_moved", 1.0)
            self.play(*grow(groups[3]), FadeIn(VGroup(*groups[3][3:])), FadeIn(pair.conv), run_time=0.3)
            if tracker.get_remaining_duration() > 2.5:
                # "Both do worse": each moved score pointed at, under its own score before the move
                self.wait(max(0.0, tracker.get_remaining_duration() - 1.8))
                self.play(*(Indicate(g[3], color=t.text, scale_factor=1.15) for g in groups[2:]), run_time=0.8)
        # the convnet's moved score whole a moment before the cards take it off (review 09: 71% a ghost)
        self.wait(1.0)
        return VGroup(*heads, *groups, pair)

    def moved_pair(self, v: dict) -> VGroup:
        """A test picture above the same picture moved one pixel (named so, which way), what it
        is, and the two networks' real guesses for the moved one (the first moved picture the
        dense net gets wrong and the convnet right; else our test digit, without guesses)."""
        t, labels = self.theme, self.history.labels
        card = v["moved_card"]
        before = card["before"] if card else v["image"]
        after = card["picture"] if card else v["plain"]["moved"]
        side = before.shape[0]
        step = moved_step(before, after)
        # the lower one is drawn as it was and moves its pixel on screen (`score`), like the cards
        # (both drawn alike: square by square)
        grids = [ShadedGrid(np.asarray(before, float).reshape(side, side), PAIR_CELL, ink(), separate=True)
                 for _ in range(2)]
        moved = self.text("moved 1 pixel {side}", size="small", color=t.text,
                          facts={"side": "right" if step > 0 else "left"})
        pair = VGroup(VGroup(self.text("a test picture", size="small", color=t.text), grids[0]).arrange(DOWN, buff=0.1),
                      VGroup(moved, grids[1]).arrange(DOWN, buff=0.1)).arrange(DOWN, buff=0.2)
        pair.before, pair.after, pair.note, pair.step = pair[0], grids[1], moved, step
        truth = card["truth"] if card else v["label"]
        # at the label size (review: ~8 px grey, "convnet: 6" read only zoomed in)
        pair.truth = self.text("answer: {label}", color=t.text, facts={"label": labels[truth]})
        pair.dense, pair.conv = VGroup(), VGroup()
        if card:
            dense = self.text("our network: {guess}", color=t.wrong, facts={"guess": labels[card["dense_guess"]]})
            pair.dense = VGroup(dense, self.cross(dense))        # a wrong guess: grey and crossed
            pair.conv = self.text("convnet: {guess}", color=t.right, facts={"guess": labels[card["conv_guess"]]})
        VGroup(pair.truth, pair.dense, pair.conv).arrange(DOWN, buff=0.08, aligned_edge=LEFT).next_to(pair, DOWN, buff=0.15)
        pair.add(pair.truth, pair.dense, pair.conv)
        return pair

    def fixed(self, v: dict, scores: VGroup) -> VGroup:
        """The moved test pictures the earlier network got wrong and the convnet right: a row
        of them, each first as it was, then moved its pixel (review: shown only moved, the move
        was invisible), then both real guesses."""
        t, labels = self.theme, self.history.labels
        cards, pictures, steps = VGroup(), [], []
        for card in v["fixed_cards"]:
            side = card["picture"].shape[0]
            before, after = (np.asarray(card[k], float).reshape(side, side) for k in ("before", "picture"))
            step = moved_step(before, after)
            # as it was, and beside it a copy that moves its pixel (review 11 09: shown only
            # moved, in one place, the move could not be seen)
            original = ShadedGrid(before, FIXED_CELL, ink(), separate=True)
            picture = ShadedGrid(before, FIXED_CELL, ink(), separate=True)
            arrow = Arrow(LEFT, RIGHT, color=t.muted, stroke_width=3, max_tip_length_to_length_ratio=0.35)
            arrow.set_length(0.4)
            both = VGroup(original, arrow, picture).arrange(RIGHT, buff=0.08)
            # at the label size (review 10: 14 px secondary labels read small)
            truth = self.text("answer: {label}", color=t.text, facts={"label": labels[card["truth"]]})
            dense = self.text("our network: {guess}", color=t.wrong, facts={"guess": labels[card["dense_guess"]]})
            dense = VGroup(dense, self.cross(dense))            # a wrong guess: grey and crossed
            conv = self.text("convnet: {guess}", color=t.right, facts={"guess": labels[card["conv_guess"]]})
            cards.add(VGroup(both, truth, dense, conv).arrange(DOWN, buff=0.1))
            pictures.append(picture)
            steps.append(step)
        cards.arrange(RIGHT, buff=0.45)
        head = self.text("each moved 1 pixel: our network wrong, the convnet right",
                         color=t.text).next_to(cards, UP, buff=0.4)
        VGroup(head, cards).move_to([0, -0.2, 0])     # the whole frame below the title
        # the score's pictures go first: the cards come where its words were, before the words
        self.play(FadeOut(scores), run_time=0.3)
        self.play(FadeIn(head), *(FadeIn(c[:2]) for c in cards), run_time=0.4)
        with self.say("fixed") as tracker:
            # each picture moves its pixel, its column at the edge it leaves hidden (empty there)
            moves = []
            for picture, step in zip(pictures, steps):
                side = picture.values.shape[1]
                edge = side - 1 if step > 0 else 0
                for r in range(side):
                    picture.cells[r * side + edge].set_stroke(opacity=0).set_fill(opacity=0)
                moves.append(picture.cells.animate.shift(step * picture.cell * RIGHT))
            self.play(*moves, run_time=0.5)
            # short fades, each whole as it is said: the guesses caught half-faded while said read
            # dim (review 8 09); the convnet's pointed at after (review 10: 3 s still at the end)
            self.wait_before(tracker, "dense", 0.5)
            self.play(*(FadeIn(c[2]) for c in cards), run_time=0.4)
            self.wait_before(tracker, "conv", 0.5)
            self.play(*(FadeIn(c[3]) for c in cards), run_time=0.4)
            self.play(*(Indicate(c[3], color=t.right, scale_factor=1.15) for c in cards), run_time=0.8)
        return VGroup(head, cards)

    def cope(self, v: dict, last: VGroup) -> VGroup:
        """Why the convnet copes better, on one moved test picture it gets right and our network
        wrong (review 11 09: our network's hidden sum against one map's share of the convnet's
        score compared unlike numbers): the picture as it was above a copy that moves its pixel;
        each network's own output for the picture's answer, glowing, before and after the move
        (`cope_values`, real); our network's dials tied to pixels, one square of the ink followed off
        a blue dial onto a red one; the convnet's stamp, the same dials at every spot, its map of matches sliding one
        square over with the strokes; last, how many moved pictures go each way."""
        t, c, labels, card = self.theme, v["cope"], self.history.labels, v["last_card"]
        label, step = labels[c["label"]], c["step"]
        side = card["before"].shape[0]
        before = np.asarray(card["before"], float).reshape(side, side)
        x_a, x_b, x_c = COPE_XS
        # the pictures: as it was, and a copy under it that moves its pixel
        pictures = [ShadedGrid(before, COPE_PICTURE_CELL, ink(), separate=True) for _ in range(2)]
        moved_note = self.text("moved 1 pixel {side}", size="small", color=t.text,
                               facts={"side": "right" if step > 0 else "left"})
        # not the 0 worked through at the start, when it is not (review g2 s19: its map's numbers
        # differed from the worked example's, and nothing said why)
        named = (self.text("a test picture", size="small", color=t.text) if card["index"] == v["example"] else
                 self.text("another test picture", size="small", color=t.text))
        pics = VGroup(VGroup(named, pictures[0]).arrange(DOWN, buff=0.12),
                      VGroup(moved_note, pictures[1]).arrange(DOWN, buff=0.12)).arrange(DOWN, buff=0.3)
        truth = self.text("answer: {label}", color=t.text, facts={"label": label})
        pics.add(truth.next_to(pics, DOWN, buff=0.2))
        pics.move_to([x_a, 0, 0]).align_to([0, COPE_TOP, 0], UP)
        # our network: all of one middle neuron's dials, large, the picture's ink on them, which
        # slides one square with the move (review g2 s20's one change); named a middle neuron's,
        # the glow under them an output neuron's (review ab2 09: the layout read as one neuron)
        feeder = self.feeder_grid(c, before, step)
        dense_head = self.text("our network: a middle neuron's dials", size="small", color=t.text)
        # over the small dials, from the first moment, whose they are and what that neuron feeds
        # (review ab2-k2 s27, its one change: "its 0 output neuron glows 0.99" stood under a grid
        # named only "our network", one neuron to the eye; the middle one's 1.00 then read as it)
        link_head = VGroup(self.text("our network: a middle neuron", size="small", color=t.text),
                           self.text("that feeds the {label} output neuron", size="small", color=t.text,
                                     facts={"label": label})).arrange(DOWN, buff=0.08)
        VGroup(link_head, feeder.body).arrange(DOWN, buff=0.15).move_to([x_b, 0, 0]).align_to([0, COPE_TOP, 0], UP)
        # the same dials once, large, as the move is said: the picture's ink outlined on them and
        # one square of it ringed, which slide one square over together, the dials staying put
        # (review s35, 153-165 s: two boards of rings, a key and a tally were too busy to follow)
        board = self.feeder_grid(c, before, step, FEEDER_BIG_CELL)
        big_head = dense_head.copy().move_to([BOARD_X, 0, 0]).align_to([0, COPE_TOP, 0], UP)
        board.body.shift([BOARD_X - board.grid.get_x(), big_head.get_bottom()[1] - 0.15 - board.grid.get_top()[1], 0])
        # under it, how brightly the middle neuron glows before the move, and a second bar that
        # starts as bright and falls as the ink slides (review ab-k2 s23's one change, kept)
        rows = [self.mid_glow(c["mid_glow"], board.grid).align_to(board.grid, LEFT) for _ in range(2)]
        rows[1].shift(0.45 * DOWN)
        dropped = self.mid_glow(c["mid_glow_moved"], board.grid).align_to(rows[1], LEFT).shift(0.45 * DOWN)
        # each bar named after its words: before the move, and moved (on their left they met "answer: 0")
        heads = [self.text("before the move", size="small", color=t.text),
                 self.text("moved 1 pixel {side}", size="small", color=t.text, facts={"side": "right" if step > 0 else "left"})]
        for head, row in zip(heads, rows):
            head.next_to(row, RIGHT, buff=0.3)
        # what the outline, the ringed square and the dials' colours are, beside the dials
        ink_key = self.ink_key(label, board.grid.cell).next_to(board.grid, RIGHT, buff=0.45)
        within_frame(ink_key)
        # the three columns again after it: the moved picture's rings on the small dials
        after = self.feeder_grid(c, before, step, moved=True)
        after.body.move_to(feeder.body)
        # the convnet: our stamp (its dials as colours) and its map of matches of the picture
        stamp = ShadedGrid(v["kernel"], COPE_STAMP_CELL, signed(self.dial_top))
        maps = [ShadedGrid(m, COPE_MAP_CELL, map_lit(self.map_top), separate=True) for m in (c["map"], c["moved_map"])]
        arrow = Arrow(LEFT, RIGHT, color=t.muted, stroke_width=3, max_tip_length_to_length_ratio=0.35).set_length(0.5)
        conv_head = self.text("convnet: our stamp and its map", size="small", color=t.text)
        conv_side = VGroup(conv_head, VGroup(stamp, arrow, maps[0]).arrange(RIGHT, buff=0.15)).arrange(DOWN, buff=0.15)
        conv_side.move_to([x_c, 0, 0]).align_to([0, COPE_TOP, 0], UP)
        maps[1].move_to(maps[0])
        over = self.text("one square over", size="small", color=t.text).next_to(maps[0], DOWN, buff=0.1)
        # each network's output for the answer, before the move, then after it
        # ours as far under its dials as the convnet's under its map: room for the wire from the
        # middle neuron to it (review ab2-k2 s27: the two neurons apart)
        glows = [self.glow(label, c[key][c["label"]], under, 0.45) for key, under in
                 (("dense", feeder.body), ("conv", maps[0]), ("dense_moved", feeder.body), ("conv_moved", maps[0]))]
        # the middle neuron itself, glowing, above the output neuron it feeds, joined by a wire
        # (review ab-k2 s23, 165 s: "It and others feed the 0 neuron" drew no link between them)
        out_circle = glows[0][0][0]
        mid_circle = Circle(0.16, stroke_color=t.neuron_stroke, stroke_width=2,
                            fill_color=glow_fill(t, c["mid_glow_moved"]), fill_opacity=1)
        mid_circle.move_to([out_circle.get_x(), after.glows[1].get_y(), 0])
        after.glows[1].next_to(mid_circle, RIGHT, buff=0.12)
        wire = Line(mid_circle.get_bottom(), out_circle.get_top(), color=t.muted, stroke_width=3)
        # as the two glows are said, only they stand beside the pictures, each named by the words
        # said with it; the panels come later, each as it is named (review s35 r2, 141-150 s: three
        # panels came at once while only the two glows were talked about)
        firsts = self.first_glows(glows[:2], feeder.body.get_left()[0])
        # the convnet's glow named the same way while our network's drop is told, till its stamp
        # and map come with their words (review ab-k2 s23: the right third empty at 165-171 s)
        conv_name = self.text("in the convnet", size="small", color=t.text).next_to(glows[1], UP, buff=0.12).align_to(glows[1], LEFT)
        guesses = []
        for name, key, under in (("our network: {guess}", "dense_guess", glows[2]), ("convnet: {guess}", "conv_guess", glows[3])):
            good = card[key] == card["truth"]
            line = self.text(name, color=t.right if good else t.wrong, facts={"guess": labels[card[key]]})
            line = VGroup(line) if good else VGroup(line, self.cross(line))
            guesses.append(line.next_to(under, DOWN, buff=0.12).align_to(under, LEFT))
        n = v["n_test"]
        # each count named a count of pictures: "97 like this one" read as the 97% of the score (review ab-k2 s24);
        # "97 of them", not "97 pictures", said and written (review s34 r2: mixed up with "97 percent")
        tally = VGroup(self.text("of the {n} moved test pictures:", color=t.text, facts={"n": n}),
                       self.text("{n} {pictures}: convnet right, our network wrong", color=t.text,
                                 facts={"n": v["n_fixed"], "pictures": "of them"}),
                       self.text("{n} {pictures}: our network right, convnet wrong", color=t.text,
                                 facts={"n": v["n_reverse"], "pictures": "of them"}))
        tally.arrange(DOWN, aligned_edge=LEFT, buff=0.12).align_to([0, -2.55, 0], UP).align_to([x_b - 1.5, 0, 0], LEFT)
        self.show(cope={"index": card["index"], "label": c["label"], "step": step, "neuron": c["neuron"],
                        "mid_glow": c["mid_glow"], "mid_glow_moved": c["mid_glow_moved"],
                        "feeds": c["feeds"], "dials_drawn": feeder.grid.values,
                        "dense": c["dense"], "dense_moved": c["dense_moved"], "conv": c["conv"],
                        "conv_moved": c["conv_moved"], "map": c["map"], "moved_map": c["moved_map"]})
        # the last part goes and the picture comes twice, before the words (review 10)
        self.play(FadeOut(last), run_time=0.4)
        before_part = list(self.mobjects)       # the title: stays on after this part
        self.play(FadeIn(pics[0]), FadeIn(pictures[1]), FadeIn(truth), run_time=0.5)
        # the copy under it moves its pixel and is named at once, before the words (review g2 s19:
        # two identical 0s, the lower unnamed and unmoved till "Move it one pixel right")
        edge = side - 1 if step > 0 else 0
        for r in range(side):
            pictures[1].cells[r * side + edge].set_stroke(opacity=0).set_fill(opacity=0)
        self.play(pictures[1].cells.animate.shift(step * pictures[1].cell * RIGHT), run_time=0.6)
        self.show(moved_copy_cope_at=round(float(self.renderer.time), 3))
        self.play(FadeIn(moved_note), run_time=0.3)
        with self.say("cope") as tracker:
            # the two output neurons' glows at once, as "Why does the convnet cope better?" starts
            # (review ab-k2 s27: two thirds of the frame empty for 5 s), and nothing else
            self.play(FadeIn(firsts), run_time=0.6)
            self.show(first_glows={"at": round(float(self.renderer.time), 3), "texts": self.texts_standing()})
            self.wait_before(tracker, "glow", 0.2)
            # each glow pointed at as it is said
            self.play(Indicate(firsts[0][1][1], color=t.text, scale_factor=1.1), run_time=0.6)
            self.wait_until_bookmark("conv_before")
            self.play(Indicate(firsts[1][1][1], color=t.text, scale_factor=1.1), run_time=0.6)
        # our network on the moved picture in a line of its own, after a pause (review s34)
        with self.say("cope_ours") as tracker:
            # "Move it one pixel right": the moved copy pointed at, the same pixels framed on it
            self.wait_before(tracker, "move", 0.2)
            self.play(Indicate(moved_note, color=t.focus, scale_factor=1.15), run_time=0.6)
            # "dials tied to pixels": the dials grow, side by side, before the move and moved, all
            # else but the pictures gone (review h2 s21, its one change); the ink on the first, with
            # its key, and its glow: all whole as "Our network's dials" starts (review s30: the 3 s
            # sheet caught the key half faded in under those words)
            self.wait_before(tracker, "ink", 1.6)
            # the heads and glows go first: the wide new head would stand over them, the bars'
            # words over the output's glow (tests/test_convnet_frames.py)
            self.play(FadeOut(firsts), run_time=0.3)
            dense_head.move_to(big_head)
            self.play(FadeIn(dense_head), FadeIn(board.grid), FadeIn(rows[0]), FadeIn(heads[0]), run_time=0.6)
            # any ink square already on screen before its key (read from the scene, for the tests)
            self.show(ink_before_key=[type(m).__name__ for m in self.standing(feeder.ink, board.ink, after.ink)])
            self.show(big_pair_at=round(float(self.renderer.time), 3))
            self.play(FadeIn(board.mark), FadeIn(ink_key), *(Create(ln) for ln in board.outline), run_time=0.3)
            self.show(ink_key_whole_at=round(float(self.renderer.time), 3))
            # "Follow one square of the picture's ink": that square pointed at
            self.wait_before(tracker, "one", 0.2)
            self.play(Indicate(board.mark, color=t.focus, scale_factor=1.3), run_time=0.8)
            # "it slides off a blue dial onto a red one": the ink's outline and the square slide one
            # square over with the picture, and the moved picture's bar, as bright at first, falls
            # as they go (review s35: the glow readout falling in step)
            self.wait_before(tracker, "slide", 0.3)
            self.play(FadeIn(heads[1]), FadeIn(VGroup(rows[1].circle, rows[1][1], rows[1].bar)), run_time=0.3)
            slide_at = round(float(self.renderer.time), 3)
            # the square and the outline as drawn, before and after: each outline line's ends as
            # (row, column) corner points of the dials
            corners = lambda line: sorted(tuple(round(float(x), 3) for x in self.corner_of(board.grid, p))
                                          for p in (line.get_start(), line.get_end()))
            square_at = [self.cell_of(board.grid, board.mark.get_center())]
            outline_at = [sorted(corners(ln) for ln in board.outline)]
            glow_drawn = [rows[0].bar.width / MID_BAR, rows[0].words.original_text]
            # a faint copy of the square stays where it started, an arrow to where it lands and a
            # ring round the red dial there, as the convnet's matches get later (review s36 r3: both
            # halves of "why does the convnet cope better?" shown the same way)
            moves = [[list(board.square), [board.square[0], board.square[1] + step]]] if board.square else []
            ink_ghost, ink_arrows = self.ghosts_and_arrows(board.grid, board.mark, moves, INK_ARROW_LIFT)
            self.add(ink_ghost)
            self.play(board.ink.animate.shift(step * board.grid.cell * RIGHT), Transform(rows[1].bar, dropped.bar),
                      rows[1].circle.animate.set_fill(dropped.circle.get_fill_color()), run_time=1.6)
            square_at.append(self.cell_of(board.grid, board.mark.get_center()))
            outline_at.append(sorted(corners(ln) for ln in board.outline))
            ink_ring = self.slip_ring(board.mark) if board.square else VGroup()
            self.play(FadeIn(dropped.words), *(GrowArrow(a) for a in ink_arrows),
                      *([Create(ink_ring)] if board.square else []), run_time=0.4)
            self.show(sliding={"square": list(board.square) if board.square else None, "at": square_at,
                               "slide_at": slide_at, "slid_at": round(float(self.renderer.time), 3),
                               "outline": outline_at, "inked": INKED,
                               "dials": board.grid.values, "cell": [FEEDER_CELL, board.grid.cell],
                               "before": glow_drawn, "after": [rows[1].bar.width / MID_BAR, dropped.words.original_text],
                               "key": [m.original_text for m in ink_key.words],
                               "ghosts_at": [self.cell_of(board.grid, m.get_center()) for m in ink_ghost],
                               # each arrow's ends, the lift taken off: the cells it goes between
                               "arrows": [[self.cell_of(board.grid, p + INK_ARROW_LIFT * board.grid.cell * DOWN)
                                           for p in (a.get_start(), a.get_end())] for a in ink_arrows],
                               "arrow_lift": [round(float(a.get_start()[1] - board.mark.get_y()) / board.grid.cell, 3)
                                              for a in ink_arrows],
                               "ring": self.cell_of(board.grid, ink_ring.get_center()) if board.square else None,
                               "words_clear": [self.words_clear(r) for r in (rows[0], dropped)]})
            # the middle neuron's glows pointed at as said, before and after
            self.wait_before(tracker, "mid", 0.2)
            self.play(Indicate(rows[0].words, color=t.text, scale_factor=1.15), run_time=0.6)
            self.wait_before(tracker, "to", 0.1)
            self.play(Indicate(dropped.words, color=t.text, scale_factor=1.15), run_time=0.6)
            # back to three columns as "it and others feed the 0 neuron" is said: the moved dials
            # shrink back where ours were, the output's glow under them
            # the board's words gone first: faded out as the column came in, they stood half-seen
            # under it, its glow's words over theirs (review s33, 171 s)
            self.wait_before(tracker, "feed", 1.0)     # whole, the wire drawn, as "It and others feed" starts
            self.play(FadeOut(VGroup(rows[0], *heads, ink_key, rows[1][1], rows[1].bar, ink_ghost, ink_arrows, ink_ring)),
                      FadeOut(dense_head), run_time=0.3)
            self.play(ReplacementTransform(board.grid, after.grid), ReplacementTransform(board.ink, after.ink),
                      ReplacementTransform(dropped.words, after.glows[1]),
                      ReplacementTransform(rows[1].circle, mid_circle), FadeIn(glows[0][0]), run_time=0.5)
            # the convnet's glow back, named, once our network's head has moved home (not crossing
            # it); its stamp and map wait for their words
            self.play(FadeIn(link_head), Create(wire), FadeIn(VGroup(conv_name, glows[1])), run_time=0.4)
            self.show(feeds_wire={"ends": [list(map(float, wire.get_start()[:2])), list(map(float, wire.get_end()[:2]))],
                                  "circles": [[float(m.get_x()), float(m.get_y()), float(m.width / 2),
                                               luminance(m.get_fill_color())] for m in (mid_circle, out_circle)],
                                  "at": round(float(self.renderer.time), 3)})
            # the output neuron dims as its drop is said, our network's guess comes as it is said,
            # and both stand till the convnet is named (review ab2-k2 s27: 0.07 and the guess stood
            # 1.2 s, seen by no frame of the sheet: the maps came 1.6 s before their words)
            self.wait_before(tracker, "dense", 0.8)     # its new words whole before "0.07" is said
            # its old words not back: "glows 0.99" stood as "drops to 0.07" was said (review s34 r2, ~162 s)
            self.show(out_glow_back={"at": round(float(self.renderer.time), 3),
                                     "texts": [m["text"] for m in self.texts_standing()]})
            self.swap_glow(glows[0], glows[2], words_on=False)
            dropped_at = round(float(self.renderer.time), 3)
            self.wait_before(tracker, "guess", 0.2)
            self.play(FadeIn(guesses[0]), run_time=0.4)
            guess_at = round(float(self.renderer.time), 3)
            # the convnet back, as it is named
            # "it finds the same strokes, one square over": the convnet's map of matches of the
            # picture before the move and of the moved one, side by side, large, their real numbers
            # (review s22, its one change: the map slid in place, the moved stroke lighting it was
            # not seen); our network's column makes room, as the convnet's did for its dials
            pair = self.map_pair(c, step, heads, pictures)
            # the ending's own full-size layout (review ab-k2 s26 r2, 171-195 s: five panels, 8 px
            # labels): our network's dials go, its output's glow and wrong guess step down to the
            # bottom row, left; the convnet's glow to the same row under its maps, right; the
            # convnet's maps of matches large between the pictures and the frame's edge
            # each map's own output glow under it (review s31: our network's 0.07 under "before the
            # move" and the convnet's unmoved 1.00 under "moved" read backwards): the convnet's glow
            # before the move under the first map; its glow after the move comes under the second
            # as it is said
            conv_end = glows[1].copy().align_to(pair.maps[0].frame, LEFT).align_to([0, END_GLOW_TOP, 0], UP)
            glows[3].align_to(pair.maps[1].frame, LEFT).align_to([0, END_GLOW_TOP, 0], UP)
            guesses[1].next_to(glows[3], DOWN, buff=0.12).align_to(glows[3], LEFT)
            # our network's result on the moved picture stays on, in a place of its own under the
            # test pictures, named (review s31 r2: off screen while the maps stood, the contrast
            # explained was gone; back at the end where the convnet's 1.00 had stood, it read as
            # "1.00 dropped to 0.07")
            ours_head = self.text("on the moved picture:", size="small", color=t.text)
            ours_end = VGroup(ours_head, guesses[0].copy(), glows[2][1].copy()).arrange(DOWN, buff=0.08, aligned_edge=LEFT)
            ours_end.next_to(truth, DOWN, buff=0.15).align_to(pics, LEFT)
        # the convnet in a line of its own, after a pause (review s34: 153-177 s too dense)
        with self.say("cope_conv") as tracker:
            # "The convnet's stamp is not tied to pixels: it slides with the ink": the stamp pointed at, then
            # the maps come, whole before "it finds the same strokes"
            self.wait_before(tracker, "map", 0.1)
            # its stamp and map come as "The convnet's stamp" is said, over its glow, in its name's place
            self.play(FadeOut(conv_name), FadeIn(VGroup(conv_head, stamp, maps[0])), GrowArrow(arrow), run_time=0.5)
            self.show(stamp_at=round(float(self.renderer.time), 3),
                      columns={name: [round(float(v), 3) for v in (g.frame.get_left()[0], g.frame.get_right()[0],
                                                                   g.frame.get_bottom()[1], g.frame.get_top()[1])]
                                     + [int(g.values.shape[1])]
                               for name, g in (("dials", after.grid), ("stamp", stamp), ("map", maps[0]))})
            # "it slides with the ink": the stamp itself, its real dials, laid on the picture where
            # it finds its best match, then on the moved picture one pixel over, with the ink
            # (review s34, 153-177 s: our dials stay put, the stamp moves)
            on_pictures = [ShadedGrid(v["kernel"], p.cell, signed(self.dial_top)).set_z_index(2).move_to(w)
                           for p, w in zip(pictures, pair.windows)]
            for g in on_pictures:
                g.cells.set_fill(opacity=0.85)
                g.frame.set_stroke(t.focus, 4)
            # on the moved picture first where it stood, then one pixel over, as the ink went
            on_pictures[1].shift(-step * pictures[1].cell * RIGHT)
            self.play(Indicate(stamp, color=t.focus, scale_factor=1.2), TransformFromCopy(stamp, on_pictures[0]), run_time=0.7)
            self.play(TransformFromCopy(on_pictures[0], on_pictures[1]), run_time=0.4)
            self.show(our_drop={"dropped_at": dropped_at, "guess_at": guess_at, "leaves_at": round(float(self.renderer.time), 3)})
            # our network's head goes first (the convnet's new head would stand over it); the
            # convnet's head swapped at once, never morphed (review ab-k2 s24, 171 s: caught half-way)
            # (ours fades at once into its own place: flown there, its guess crossed its words;
            # moved as the convnet's glow moves, that glow crossed it)
            self.play(FadeOut(VGroup(link_head, after.grid, after.ink, after.glows[1], mid_circle, wire, stamp, arrow)),
                      FadeOut(glows[2]), FadeOut(guesses[0]), FadeIn(ours_end),
                      on_pictures[1].animate.shift(step * pictures[1].cell * RIGHT), run_time=0.6)
            self.show(stamp_on_pictures={"dials": v["kernel"], "spot": pair.ring[0], "at": round(float(self.renderer.time), 3),
                                         "corners": [self.cell_of(p, g.frame.get_corner(UP + LEFT) + 0.5 * p.cell * (RIGHT + DOWN))
                                                     for p, g in zip(pictures, on_pictures)]})
            self.remove(conv_head)
            self.add(pair.head)
            self.play(Transform(glows[1], conv_end),
                      FadeIn(pair.heads), ReplacementTransform(maps[0], pair.maps[0]), run_time=0.6)
            self.play(FadeIn(pair.maps[1], shift=step * PAIR_MAP_CELL * RIGHT), run_time=0.4)
            self.show(map_pair_at=round(float(self.renderer.time), 3))
            # its best match, ringed in both, its real number written under the ring, and the stamp
            # on the picture where it finds that stroke, with every other bright square of the first
            # map ringed; as "it finds the same strokes, one square over" is said, each ring goes
            # one square over onto the moved picture's map and lands on a square as bright (review
            # ab-k2 s26 r1: why a move does not hurt the convnet, where the ink on red hurt ours)
            self.play(Create(pair.rings[0]), Create(pair.windows[0]), FadeIn(pair.tags[0]), Create(pair.lit_rings[0]),
                      run_time=0.5)
            found_at = [round(float(self.renderer.time), 3)]
            self.wait_before(tracker, "over", 0.2)
            self.play(TransformFromCopy(pair.rings[0], pair.rings[1]), TransformFromCopy(pair.windows[0], pair.windows[1]),
                      TransformFromCopy(pair.lit_rings[0], pair.lit_rings[1]),
                      FadeIn(pair.tags[1]), FadeIn(self.beside(over, pair.tags[1])), run_time=0.7)
            found_at.append(round(float(self.renderer.time), 3))
            self.show(map_pair={"before": c["map"], "after": c["moved_map"], "ring": pair.ring,
                                "grids": [[round(float(v), 3) for v in (g.frame.get_left()[0], g.frame.get_right()[0],
                                                                        g.frame.get_bottom()[1], g.frame.get_top()[1])]
                                          for g in pair.maps],
                                # each square's lightness as drawn, row by row (the tests read the map from it)
                                "light": [[luminance(cell.get_fill_color()) for cell in g.cells] for g in pair.maps],
                                "rings_at": [self.cell_of(g, r.get_center()) for g, r in zip(pair.maps, pair.rings)],
                                # the thin rings as drawn: the cells under them on each map
                                "lit_at": [sorted(self.cell_of(g, r.get_center()) for r in rings)
                                           for g, rings in zip(pair.maps, pair.lit_rings)],
                                # the stamp on each picture: the pixel under its top left corner, as drawn
                                "windows_at": [self.cell_of(p, w.get_corner(UP + LEFT) + 0.5 * p.cell * (RIGHT + DOWN))
                                               for p, w in zip(pictures, pair.windows)],
                                "window_side": [round(float(w.width / p.cell), 3) for p, w in zip(pictures, pair.windows)],
                                "tags": [[t.original_text, round(float(t.get_x()), 3)] for t in pair.tags],
                                "found_at": found_at,
                                "words": self.maps_and_words(pair.maps)})
            # its shrunk maps in the same place, as large: the picture's and the moved picture's side
            # by side, as colours only (review ab-k2 s25, both reviewers' one change: two grids of
            # nine numbers, solid and dashed rings, were a hunt); the strong matches ringed in each,
            # no number written (review s36: 4.26 / 4.05 / 3.00 followed by number were a hunt too)
            shrunk = self.shrunk_pair(c, step, heads)
            # why the shrunk maps keep the strong matches (review s30, both: "still glows 0.98", why?):
            # the blocks of four drawn on both maps of matches as "Shrunk, each block" is said, held
            # still till "keeps" (a frame of the 3 s sheet caught the shrinking half-way)
            blocks = VGroup(*(self.block_lines(g) for g in pair.maps))
            self.wait_before(tracker, "shrunk", 0.3)
            # the stamp's windows off the small pictures: boxes over them hid the ink (review s34 r2)
            self.play(FadeOut(over), FadeOut(VGroup(*on_pictures, *pair.windows)), Create(blocks), run_time=0.5)
            self.show(blocks={"at": round(float(self.renderer.time), 3),
                              "lines": [[[round(float(v), 3) for v in (*ln.get_start()[:2], *ln.get_end()[:2])] for ln in g]
                                        for g in blocks]})
            # "keeps its brightest square, whichever one it is": each block's four squares
            # become one, as bright as the biggest; the best match's ring grows to its block
            self.wait_before(tracker, "keeps", -0.15)    # on the word, not a frame before it (3 fps rounds)
            self.remove(pair.head)
            self.add(shrunk.head)
            self.play(*self.collapse(pair.maps[0], shrunk.grids[0]), *self.collapse(pair.maps[1], shrunk.grids[1]),
                      FadeOut(VGroup(blocks, *pair.lit_rings, *pair.tags)), ReplacementTransform(pair.heads, shrunk.names),
                      *(ReplacementTransform(a, b) for a, b in zip(pair.rings, shrunk.rings)), run_time=1.2)
            self.remove(*pair.maps)
            self.add(*shrunk.grids)
            ringed = [round(float(self.renderer.time), 3)]
            # "so its strong matches stay as bright, in the same block or the next": the next
            # strongest ringed too, on the first map, then where they are on the moved picture's,
            # faded in in place (a ring crossing the gap read as a box)
            self.wait_before(tracker, "kept", 0.3)
            self.play(*(FadeIn(f[0]) for f in shrunk.follow), run_time=0.5)
            ringed.append(round(float(self.renderer.time), 3))
            self.wait_before(tracker, "where", 0.2)
            self.play(*(FadeIn(f[1]) for f in shrunk.follow), Indicate(shrunk.rings[1], color=t.focus, scale_factor=1.1),
                      *(GrowArrow(a) for a in shrunk.arrows), run_time=0.6)
            self.show(tracked={"matches": c["tracked"], "at": ringed[1], "arrows_at": round(float(self.renderer.time), 3),
                               "rings_at": [[self.cell_of(g, r.get_center()) for g, r in zip(shrunk.grids, f)]
                                            for f in shrunk.follow],
                               # each arrow in the gap: the row of the first map it leaves, of the second it reaches
                               "arrows": [[self.cell_of(g, [g.frame.get_x(), y, 0])[0] for g, y in
                                           zip(shrunk.grids, (a.get_start()[1], a.get_end()[1]))] for a in shrunk.arrows]})
            box = lambda g: [round(float(v), 3) for v in (g.frame.get_left()[0], g.frame.get_right()[0],
                                                          g.frame.get_bottom()[1], g.frame.get_top()[1])]
            self.show(shrunk={"before": c["pooled"], "after": c["moved_pooled"], "ringed": ringed,
                              "grids": [box(g) for g in shrunk.grids],
                              # each square's lightness as drawn, row by row (the tests read the map from it)
                              "light": [[luminance(cell.get_fill_color()) for cell in g.cells] for g in shrunk.grids],
                              "rings_at": [self.cell_of(g, r.get_center()) for g, r in zip(shrunk.grids, shrunk.rings)]})
            # "The 0 neuron has one dial per block": one board again, as our network's was (review
            # s36, its one change): that output neuron's dials, drawn once where ours were, and the
            # strong matches' rings of the first shrunk map flown onto them as its bright squares
            board = self.block_board(c, label, heads)
            # (its head swapped with the board, not before it: review ab-convnet, 195 s, "dials" over the
            # maps: the maps go under their own head, then the heads swap at once, never crossing)
            self.wait_before(tracker, "dials", 0.0)    # the arrows stand whole till the line ends
            firsts_rings = [shrunk.rings[0], *(f[0] for f in shrunk.follow)]
            self.play(FadeOut(VGroup(shrunk.names, *shrunk.grids, shrunk.rings[1], *(f[1] for f in shrunk.follow),
                                     *shrunk.arrows, glows[1])), run_time=0.4)
            self.remove(shrunk.head)
            self.add(board.head)
            self.play(FadeIn(VGroup(board.grid, board.rows[0], board.heads[0], board.key)),
                      *(ReplacementTransform(a, b) for a, b in zip(firsts_rings, board.marks)), run_time=0.6)
            self.show(board_at=round(float(self.renderer.time), 3))
            # "Follow its strong matches: none lands on a red dial": the bright squares slide to
            # their blocks on the moved picture's shrunk map, the dials staying put, and a second
            # bar, as bright at first, falls to the glow after the move as they go
            self.wait_before(tracker, "onto", 0.3)
            self.play(FadeIn(board.heads[1]), FadeIn(VGroup(board.rows[1].circle, board.rows[1][1], board.rows[1].bar)),
                      run_time=0.3)
            slide_at = round(float(self.renderer.time), 3)
            marks_at = [[self.cell_of(board.grid, m.get_center()) for m in board.marks]]
            # a faint copy of each match stays where it started, so before and after are seen
            # together, not remembered (review ab-convnet, its one change)
            self.add(board.ghosts)
            self.play(*(m.animate.move_to(board.grid.center_of(r + 0.5, k + 0.5)) for m, (r, k) in zip(board.marks, board.ends)),
                      Transform(board.rows[1].bar, board.dropped.bar),
                      board.rows[1].circle.animate.set_fill(board.dropped.circle.get_fill_color()), run_time=1.6)
            marks_at.append([self.cell_of(board.grid, m.get_center()) for m in board.marks])
            self.play(FadeIn(board.dropped.words), *(GrowArrow(a) for a in board.arrows), FadeIn(board.on_red), run_time=0.4)
            self.show(board={"dials": board.grid.values, "at": marks_at, "slide_at": slide_at,
                             "slid_at": round(float(self.renderer.time), 3),
                             # each dial's colour as drawn, row by row (the tests read its sign and strength)
                             "fills": [cell.get_fill_color().to_hex() for cell in board.grid.cells],
                             # each bright square's lightness as drawn (the shrunk map's colour for its block)
                             "light": [luminance(m[1].get_fill_color()) for m in board.marks],
                             "glows": [[r.bar.width / MID_BAR, r.words.original_text] for r in (board.rows[0], board.dropped)],
                             "key": [m.original_text for m in board.key.words], "head": board.head.original_text,
                             "grid": box(board.grid),
                             "ghosts_at": [self.cell_of(board.grid, m.get_center()) for m in board.ghosts],
                             "arrows": [[self.cell_of(board.grid, a.get_start()), self.cell_of(board.grid, a.get_end())]
                                        for a in board.arrows],
                             "on_red": board.on_red.original_text,
                             "words_clear": [self.words_clear(r) for r in (board.rows[0], board.dropped)]})
            # "One of them lands on a weaker blue dial": that square pointed at where it landed
            self.wait_before(tracker, "still", -0.15)    # on the word, not a frame before it (3 fps rounds)
            slips = slipping(c["strong"])
            slip_ring = VGroup()
            if slips is not None:
                # ringed, and the ring stays, so the viewer sees which one (review ab-convnet, 204 s)
                slip_ring = self.slip_ring(board.marks[slips])
                self.show(slip={"at": round(float(self.renderer.time), 3),
                                "square": self.cell_of(board.grid, board.marks[slips].get_center()),
                                "ring": self.cell_of(board.grid, slip_ring.get_center())})
                self.play(Create(slip_ring), Indicate(board.marks[slips], color=t.focus, scale_factor=1.3), run_time=0.8)
            # "from 1.00 to 0.98": each bar's words pointed at as said
            self.wait_before(tracker, "from", 0.1)
            self.play(Indicate(board.rows[0].words, color=t.text, scale_factor=1.15), run_time=0.6)
            self.wait_before(tracker, "conv", 0.1)
            self.play(Indicate(board.dropped.words, color=t.text, scale_factor=1.15), run_time=0.6)
            self.play(FadeIn(guesses[1]), run_time=0.4)
            self.show(glows_moved=self.maps_and_words([board.grid]))
            # the count in the board's place, at the label size: the board has made its point
            tally.move_to([SHRUNK_X, 0.3, 0])
            self.wait_before(tracker, "count", 0.4)
            self.show(slip_ring_until=round(float(self.renderer.time), 3))
            self.play(FadeOut(VGroup(board.grid, board.marks, board.key, *board.heads, board.rows[0], board.rows[1].circle,
                                     board.rows[1][1], board.rows[1].bar, board.dropped.words, board.ghosts, *board.arrows,
                                     board.on_red, slip_ring)), run_time=0.3)
            # the convnet's result named as ours is, once its board has gone (review s32: "glows 0.98"
            # and "convnet: 0" stood under nothing, whose and on which picture unsaid)
            theirs_head = self.text("on the moved picture:", size="small", color=t.text)
            theirs_head.next_to(glows[3], UP, buff=0.15).align_to(glows[3], LEFT)
            self.play(FadeOut(board.head), FadeIn(tally[:2]), FadeIn(theirs_head), FadeIn(glows[3]),
                      Indicate(guesses[1], color=t.right, scale_factor=1.15), run_time=0.5)
            self.show(ending=self.maps_and_words(shrunk.grids))
            self.wait_before(tracker, "reverse", 0.4)
            self.play(FadeIn(tally[2]), run_time=0.4)
        return VGroup(*(m for m in self.mobjects if m not in before_part and isinstance(m, VMobject)))

    def first_glows(self, glows: list[VGroup], left: float) -> VGroup:
        """Each network's output glow for the answer (`glow`) on its own, a copy, under the words
        said with it ("in our network", "in the convnet"), one row over the other (side by side,
        their words ran together as one line), a little larger, their left edge at `left`, level
        with the pictures' middle."""
        t = self.theme
        names = (self.text("in our network", size="small", color=t.text), self.text("in the convnet", size="small", color=t.text))
        rows = VGroup(*(VGroup(name, g.copy()).arrange(DOWN, buff=0.15, aligned_edge=LEFT) for name, g in zip(names, glows)))
        rows.arrange(DOWN, buff=0.6, aligned_edge=LEFT).scale(FIRST_GLOWS_SCALE).move_to([0, 0.45, 0]).align_to([left, 0, 0], LEFT)
        return within_frame(rows)

    def maps_and_words(self, maps: list[ShadedGrid]) -> dict:
        """The two maps' bounds and every text standing now, as drawn (for the tests: which
        glow stands under which map)."""
        return {"maps": [[round(float(v), 3) for v in (g.frame.get_left()[0], g.frame.get_right()[0],
                                                      g.frame.get_bottom()[1], g.frame.get_top()[1])] for g in maps],
                "texts": self.texts_standing(), "at": round(float(self.renderer.time), 3)}

    def swap_glow(self, old: VGroup, new: VGroup, words_on: bool = True) -> None:
        """An output neuron's glow (`glow`) to its glow after the move: the neuron and bar turn
        into the new ones as the old words go at once (when `words_on`), then the new words come
        (review ab-k2 s24, 168 s: "glows 0.99" morphing into "glows 0.07" was caught half-way, unreadable)."""
        self.play(ReplacementTransform(old[0], new[0]),
                  *([FadeOut(old[1], rate_func=lambda a: min(1.0, 5 * a))] if words_on else []), run_time=0.8)
        self.play(FadeIn(new[1]), run_time=0.3)
        self.remove(new[0], new[1])
        self.add(new)

    def beside(self, words: VMobject, tag: VMobject) -> VMobject:
        """`words` on `tag`'s line, right of it, or left of it when the frame's edge is too near."""
        words.next_to(tag, RIGHT, buff=0.2)
        if words.get_right()[0] > config.frame_width / 2 - FRAME_MARGIN:
            words.next_to(tag, LEFT, buff=0.2)
        return within_frame(words)

    def map_pair(self, c: dict, step: int, heads: list, pictures: list) -> SimpleNamespace:
        """The convnet's map of matches of the picture before the move and of the moved picture,
        side by side in the convnet's column (our network's result off screen meanwhile), as colours, brighter
        = a better match, on the one scale of every map, under a `head` and the `heads` of the big
        dials ("before the move", "moved 1 pixel right"), and `rings` round its best match
        (`best_shifted`) in each: the same square, one over. Review ab-k2 s23: the two maps
        written in full (72 numbers) in place of our network were heavy, the story jumped."""
        t = self.theme
        maps = [ShadedGrid(m, PAIR_MAP_CELL, map_lit(self.map_top), separate=True) for m in (c["map"], c["moved_map"])]
        head = self.text("convnet: the stamp's map of matches", size="small", color=t.text)
        head.move_to([SHRUNK_X, 0, 0]).align_to([0, COPE_TOP, 0], UP)
        names = VGroup(*(h.copy() for h in heads))
        VGroup(*maps).arrange(RIGHT, buff=SHRUNK_GAP).move_to([SHRUNK_X, 0, 0])
        top = head.get_bottom()[1] - 0.15 - max(h.height for h in names) - 0.12
        for name, grid in zip(names, maps):
            grid.shift((top - grid.frame.get_top()[1]) * UP)
            name.next_to(grid, UP, buff=0.12)
        r, k = best_shifted(c["map"], step)
        rings = [Square(PAIR_MAP_CELL, stroke_color=t.focus, stroke_width=5).set_z_index(3).move_to(grid.center_of(r + 0.5, col + 0.5))
                 for grid, col in zip(maps, (k, k + step))]
        # every other bright square ringed thinly on the first map, and its twin one square over on
        # the second: each lands on a square as bright (review ab-k2 s26 r1, its one change)
        bright = [rk for rk in bright_spots(c["map"], step) if rk != (r, k)]
        lit_rings = [VGroup(*(Square(PAIR_MAP_CELL * 0.9, stroke_color=t.focus, stroke_width=3).set_z_index(3)
                              .move_to(grid.center_of(a + 0.5, b + shift + 0.5)) for a, b in bright))
                     for grid, shift in zip(maps, (0, step))]
        # the ringed match named under its ring, in words as the convnet's board names it (review
        # s37 r1: "4.26", no scale given, is that a lot?), and the stamp where it found it on each
        # picture: the moved picture's squares sit a cell over in its frame (`cope`), so one over there too
        tags = [within_frame(self.text("a strong match", size="small", color=t.text)
                .next_to(grid.frame, DOWN, buff=0.1).set_x(grid.center_of(r + 0.5, col + 0.5)[0]))
                for grid, col in zip(maps, (k, k + step))]
        windows = self.stamp_windows(c, pictures, (r, k), step)
        return SimpleNamespace(head=head, heads=names, maps=maps, rings=rings, ring=[[r, k], [r, k + step]],
                               bright=[[a, b] for a, b in bright],
                               tags=tags, windows=windows, lit_rings=lit_rings)

    def stamp_windows(self, c: dict, pictures: list, spot, step: int) -> list[Square]:
        """The stamp where it stands for the map's square `spot` (row, column): a square of the
        stamp's side on the picture there, and on the moved picture one pixel over (its squares sit
        a cell over in its frame, `cope`)."""
        r, k = spot
        side = pictures[0].values.shape[1] - c["map"].shape[1] + 1       # the stamp's side, in pixels
        return [Square(side * p.cell, stroke_color=self.theme.focus, stroke_width=4).set_z_index(3)
                .move_to(p.center_of(r + side / 2, col + side / 2)) for p, col in zip(pictures, (k, k + step))]

    def feeder_grid(self, c: dict, before: np.ndarray, step: int, cell: float = FEEDER_CELL, moved: bool = False):
        """All 64 dials of our middle neuron, one per pixel (colour = sign), and on them the
        picture's ink outlined and the one square of it the chapter follows (`sliding_square`),
        ringed: where they are before the move, or after it when `moved`. `glows` its glow
        before and after, under the dials; `ink` the outline and the square; `body` moves as one."""
        dials = np.asarray(c["dials"], float)
        # colour = sign: half of the dials at full colour, the rest by size (a faint dial still shows its side)
        grid = ShadedGrid(dials, cell, signed(float(np.median(np.abs(dials)))))
        square = sliding_square(dials, before, step)
        shift = step if moved else 0
        outline = self.outline_on(grid, before, shift)
        mark = self.ink_marks(grid, before, [square] if square else [], shift)
        ink = VGroup(outline, mark)
        glows = VGroup(*(self.text("glows {value}", size="small", color=self.theme.text, facts={"value": glow_number(g)})
                         for g in (c["mid_glow"], c["mid_glow_moved"])))
        glows[0].next_to(grid, DOWN, buff=0.12)
        glows[1].move_to(glows[0])
        return SimpleNamespace(grid=grid, ink=ink, outline=outline, mark=mark, square=square,
                               body=VGroup(grid, *glows, ink), glows=glows)

    def mid_glow(self, value: float, under: ShadedGrid) -> VGroup:
        """How brightly our middle neuron glows (0 to 1), under its dials `under`: a neuron lit as
        brightly, a bar as long (MID_BAR the whole) and "glows 0.48"; `.circle`, `.bar`, `.words`."""
        t = self.theme
        circle = Circle(0.16, stroke_color=t.neuron_stroke, stroke_width=2, fill_color=glow_fill(t, value), fill_opacity=1)
        track = Rectangle(width=MID_BAR, height=0.24, stroke_color=t.muted, stroke_width=1.5)
        words = self.text("glows {value}", size="small", color=t.text, facts={"value": glow_number(value)})
        # the words a little clear of the track: pointed at (Indicate, 1.15 times), a full bar's
        # "glows 1.00" ran into it (review s36 r3, 210 s)
        row = VGroup(circle, track, words).arrange(RIGHT, buff=0.15)
        words.shift(WORDS_CLEAR * RIGHT)
        bar = Rectangle(width=max(MID_BAR * float(value), 0.02), height=0.24, fill_color=t.neuron_fill, fill_opacity=1,
                        stroke_width=0).move_to(track.get_left(), aligned_edge=LEFT)
        row.add(bar)
        row.next_to(under, DOWN, buff=0.14).set_x(under.get_x())
        row.circle, row.bar, row.words = circle, bar, words
        return row

    def ink_key(self, label: str, cell: float) -> VGroup:
        """A column beside the big dials: the outline "the 0's ink, outlined", a ringed ink square
        "one square of that ink", a blue dial "likes ink", a red one "dislikes ink" (the stamp's
        words for its colours); `.words` its texts."""
        t = self.theme
        parts = [(Square(KEY_SIDE, stroke_color=t.text, stroke_width=3),
                  self.text("the {label}'s ink, outlined", size="small", color=t.text, facts={"label": label})),
                 (self.marked_square(KEY_SIDE / 0.86, t.text), self.text("one square of that ink", size="small", color=t.text))]
        return self.dial_key(parts, screen.mark("likes ink"), screen.mark("dislikes ink"))

    def dial_key(self, parts: list, likes: str, dislikes: str) -> VGroup:
        """A key column beside a board of dials: each (icon, words) of `parts`, then a blue dial
        named `likes` and a red one named `dislikes`, one under the other; `.words` its texts."""
        t, paint = self.theme, signed(1.0)
        parts = parts + [(Square(KEY_SIDE, stroke_width=0, fill_color=paint(sign), fill_opacity=1),
                          self.text(words, size="small", color=t.text)) for sign, words in ((1.0, likes), (-1.0, dislikes))]
        key = VGroup(*(VGroup(icon, words).arrange(RIGHT, buff=0.12) for icon, words in parts))
        key.arrange(DOWN, aligned_edge=LEFT, buff=0.22)
        key.words = [words for _, words in parts]
        return key

    def outline_on(self, grid: ShadedGrid, image: np.ndarray, shift: int = 0) -> VGroup:
        """The picture's ink outlined on `grid` (`ink_outline`), `shift` columns over: white
        lines along the cells' edges, the dials' colours showing inside."""
        return VGroup(*(Line(grid.center_of(*a), grid.center_of(*b), color=self.theme.text, stroke_width=5)
                        for a, b in ink_outline(image, shift))).set_z_index(2)

    def ink_marks(self, grid: ShadedGrid, image: np.ndarray, few: list, shift: int = 0) -> VGroup:
        """Each of the `few` pixels' ink as a square on its dial of `grid` (`shift` columns over),
        ringed: white, the ring round the whole dial, so the dial's colour shows between them."""
        return VGroup(*(self.marked_square(grid.cell, self.theme.text, 0.35 + 0.65 * float(image[r, k]))
                        .move_to(grid.center_of(r + 0.5, k + shift + 0.5)) for r, k in few))

    def shrunk_pair(self, c: dict, step: int, heads: list) -> SimpleNamespace:
        """Our stamp's shrunk map of the picture and of the moved picture, side by side in the
        convnet's column under a new `head`, each named as the big dials were (`heads`: "before
        the move", "moved 1 pixel right"), as colours only, brighter = a better match on the one
        scale of every map; `rings` round the block that keeps the map's best match in each
        (`kept_best`), and `follow`: the next strongest matches (`tracked_matches`; review ab-k2
        s27 r1), each ringed before and after the move. No number written (review s36)."""
        t = self.theme
        grids = [ShadedGrid(m, SHRUNK_CELL, map_lit(self.map_top), separate=True) for m in (c["pooled"], c["moved_pooled"])]
        head = self.text("convnet: the stamp's map, shrunk", size="small", color=t.text)
        head.move_to([SHRUNK_X, 0, 0]).align_to([0, COPE_TOP, 0], UP)
        names = VGroup(*(h.copy() for h in heads))
        VGroup(*grids).arrange(RIGHT, buff=SHRUNK_GAP).move_to([SHRUNK_X, 0, 0])
        top = head.get_bottom()[1] - 0.12 - max(n.height for n in names) - 0.1
        for name, grid in zip(names, grids):
            grid.shift((top - grid.frame.get_top()[1]) * UP)
            name.next_to(grid, UP, buff=0.1)
        ring = lambda g, r, col: Square(SHRUNK_CELL, stroke_color=t.focus, stroke_width=6).set_z_index(3).move_to(
            g.center_of(r + 0.5, col + 0.5))
        rings = [ring(g, r, col) for g, (r, col) in zip(grids, c["kept"]["blocks"])]
        follow = VGroup(*(VGroup(*(ring(g, r, col) for g, (r, col) in zip(grids, m["blocks"]))) for m in c["tracked"]))
        return SimpleNamespace(head=head, names=names, grids=grids, rings=rings, follow=follow,
                               arrows=self.gap_arrows(grids, [m["blocks"][0][0] for m in c["strong"]]))

    def gap_arrows(self, grids: list[ShadedGrid], rows: list[int]) -> VGroup:
        """An arrow in the gap between the two shrunk maps at each row a strong match is in: the
        picture moves sideways, so each match stays in its row (review ab-convnet, 192 s: "same
        block or the next" was easier seen with arrows between the maps)."""
        left, right = grids[0].frame.get_right()[0], grids[1].frame.get_left()[0]
        at = lambda r: grids[0].center_of(r + 0.5, 0.5)[1]
        return VGroup(*(Arrow([left, at(r), 0], [right, at(r), 0], buff=0.08, color=self.theme.text, stroke_width=4,
                              max_tip_length_to_length_ratio=0.3) for r in sorted(set(rows))))

    def block_board(self, c: dict, label: str, heads: list) -> SimpleNamespace:
        """The answer's output neuron's dials on our stamp's shrunk map (`block_dials`), one per
        block, drawn once, large, where our network's dials were (review s36, its one change: the
        one-board picture again), plain blue and red as ours were; on them each strong match
        followed (best first), as its block's bright square of the shrunk map (`marks`, where it
        is before the move; `ends`, the blocks it lands in after it); under them the output
        neuron's glow before the move (`rows[0]`) and a second bar as bright that falls to its
        glow after the move (`rows[1]`, `dropped`), each named (`heads`); a key beside them."""
        t, dials = self.theme, np.asarray(c["out_dials"], float)
        head = self.text("convnet: the {label} output neuron's dials, one per block", size="small", color=t.text,
                         facts={"label": label})
        head.move_to([BLOCK_BOARD_X, 0, 0]).align_to([0, COPE_TOP, 0], UP)
        grid = ShadedGrid(dials, BLOCK_BOARD_CELL, block_paint(dials), separate=True)
        grid.shift([BLOCK_BOARD_X - grid.frame.get_x(), head.get_bottom()[1] - 0.15 - grid.frame.get_top()[1], 0])
        head.align_to(grid.frame, LEFT)      # centred, it ran into the pictures' head on its left
        lit = map_lit(self.map_top)
        marks = VGroup(*(self.marked_square(grid.cell, lit(c["pooled"][tuple(m["blocks"][0])]))
                         .move_to(grid.center_of(m["blocks"][0][0] + 0.5, m["blocks"][0][1] + 0.5)) for m in c["strong"]))
        glow_of = lambda key: float(c[key][c["label"]])
        rows = [self.mid_glow(glow_of("conv"), grid.frame).align_to(grid.frame, LEFT) for _ in range(2)]
        rows[1].shift(0.45 * DOWN)
        dropped = self.mid_glow(glow_of("conv_moved"), grid.frame).align_to(rows[1], LEFT).shift(0.45 * DOWN)
        names = [h.copy().next_to(row, RIGHT, buff=0.3) for h, row in zip(heads, rows)]
        key = within_frame(self.match_key().next_to(grid.frame, RIGHT, buff=0.45))
        ghosts, arrows = self.ghosts_and_arrows(grid, marks, [m["blocks"] for m in c["strong"]])
        on_red = self.text("strong matches on a red dial: {count}", size="small", color=t.text,
                           facts={"count": red_count(c["strong_onto_red"])})
        on_red.next_to(key, DOWN, buff=0.3).align_to(key, LEFT)
        return SimpleNamespace(head=head, grid=grid, marks=marks, ends=[tuple(m["blocks"][1]) for m in c["strong"]],
                               rows=rows, dropped=dropped, heads=names, key=key, ghosts=ghosts, arrows=arrows,
                               on_red=within_frame(on_red))

    @staticmethod
    def words_clear(row: VGroup) -> list[float]:
        """A glow row's gap between its bar's track and its words, and the words' width (for the tests)."""
        return [float(row.words.get_left()[0] - row[1].get_right()[0]), float(row.words.width)]

    def ghosts_and_arrows(self, grid: ShadedGrid, marks: VGroup, moves: list, lift: float = 0.0) -> tuple[VGroup, VGroup]:
        """Before and after seen together, not remembered (review ab-convnet, its one change; the
        same for our network's ink, review s36 r3): a faint copy of each of `marks` where it
        starts, and an arrow on `grid` from each move's first cell (row, column) to its last, for
        those that do move, `lift` cells above them (over squares a cell apart, white on white, it
        was not seen)."""
        ghosts = marks.copy().set_opacity(GHOST_OPACITY).set_z_index(0.5)
        at = lambda b: grid.center_of(b[0] + 0.5 - lift, b[1] + 0.5)
        # a lifted arrow spans both dials edge to edge: centre to centre of dials side by side, it was
        # too short and thin to see
        reach = 0.5 * grid.cell if lift else 0.0
        way = lambda a, b: (at(b) - at(a)) / np.linalg.norm(at(b) - at(a))
        arrows = VGroup(*(Arrow(at(a) - reach * way(a, b), at(b) + reach * way(a, b), buff=0.1, color=self.theme.text,
                                stroke_width=6, max_tip_length_to_length_ratio=0.35).set_z_index(4)
                          for a, b in moves if tuple(a) != tuple(b)))
        return ghosts, arrows

    def slip_ring(self, mark: VMobject) -> Circle:
        """A ring round the strong match that lands on a weaker dial, staying on while that is said."""
        return Circle(mark.width * 0.75, stroke_color=self.theme.focus, stroke_width=7).move_to(mark).set_z_index(5)

    def marked_square(self, cell: float, fill, opacity: float = 1.0) -> VGroup:
        """A square laid on a dial of side `cell`: filled with `fill`, ringed, the dial's colour
        showing between them (the ink on our network's dials, a bright block on the convnet's)."""
        t = self.theme
        return VGroup(Square(cell * 0.86, stroke_color=t.focus, stroke_width=3),
                      Square(cell * INK_INSET, stroke_color=t.background, stroke_width=1.5, fill_color=fill,
                             fill_opacity=opacity)).set_z_index(1)

    def match_key(self) -> VGroup:
        """A column beside the convnet's board, as `ink_key` is beside ours: a bright square "a
        strong match", a blue dial "likes a match", a red one "dislikes a match"; `.words`."""
        icon = self.marked_square(KEY_SIDE / 0.86, map_lit(1.0)(1.0))
        return self.dial_key([(icon, self.text("a strong match", size="small", color=self.theme.text))],
                             screen.mark("likes a match"), screen.mark("dislikes a match"))

    def block_lines(self, grid: ShadedGrid) -> VGroup:
        """Thick lines on a map of matches between its blocks of POOL x POOL squares: the blocks
        its shrunk map keeps one number of (an odd last row or column belongs to none)."""
        rows, cols = (n // POOL * POOL for n in grid.values.shape)
        left, top, cell = grid.frame.get_left()[0], grid.frame.get_top()[1], grid.cell
        lines = [Line([left + k * cell, top, 0], [left + k * cell, top - rows * cell, 0]) for k in range(POOL, cols, POOL)]
        lines += [Line([left, top - r * cell, 0], [left + cols * cell, top - r * cell, 0]) for r in range(POOL, rows, POOL)]
        return VGroup(*lines).set_stroke(self.theme.text, width=5).set_z_index(2)

    @staticmethod
    def collapse(fine: ShadedGrid, coarse: ShadedGrid) -> list:
        """A map of matches shrinking into its shrunk map in place: each square turns into its
        block's square (as bright as the block's biggest), so the four become one; a square of an
        odd last row or column, in no block, fades."""
        cols, (rows_in, cols_in) = fine.values.shape[1], coarse.values.shape
        anims = [Transform(fine.frame, coarse.frame.copy())]
        for i, square in enumerate(fine.cells):
            r, k = divmod(i, cols)
            inside = r // POOL < rows_in and k // POOL < cols_in
            anims.append(Transform(square, coarse.cells[r // POOL * cols_in + k // POOL].copy()) if inside
                         else FadeOut(square))
        return anims

    def squares_on(self, grids: list[ShadedGrid]) -> list[float]:
        """The sizes of the squares standing on `grids` now, as shares of a cell's side (for the
        tests: what sits on the dials, read from the scene)."""
        def inside(m) -> bool:
            return any(g.frame.get_left()[0] < m.get_x() < g.frame.get_right()[0]
                       and g.frame.get_bottom()[1] < m.get_y() < g.frame.get_top()[1] for g in grids)
        return sorted({round(float(m.width) / grids[0].cell, 2) for top in self.mobjects for m in top.get_family()
                       if isinstance(m, Square) and inside(m)})

    @staticmethod
    def corner_of(grid: ShadedGrid, point: np.ndarray) -> list[float]:
        """Where `point` is on `grid` in cell units, (row, column) from its top-left corner."""
        corner = grid.frame.get_corner(UP + LEFT)
        return [float((corner[1] - point[1]) / grid.cell), float((point[0] - corner[0]) / grid.cell)]

    @staticmethod
    def cell_of(grid: ShadedGrid, point: np.ndarray) -> list[int]:
        """The [row, column] of `grid`'s cell under `point` (what is drawn, for the tests)."""
        left, top = grid.frame.get_left()[0], grid.frame.get_top()[1]
        return [int((top - point[1]) // grid.cell), int((point[0] - left) // grid.cell)]

    def glow(self, label: str, value: float, under: VMobject, buff: float = 0.45) -> VGroup:
        """An output neuron glowing as brightly as `value` (0 to 1), a bar as long, and the words
        "its 0 output neuron glows 0.99", under `under`."""
        t = self.theme
        circle = Circle(0.2, stroke_color=t.neuron_stroke, stroke_width=2, fill_color=glow_fill(t, value), fill_opacity=1)
        track = Rectangle(width=GLOW_BAR, height=0.28, stroke_color=t.muted, stroke_width=1.5)
        VGroup(circle, track).arrange(RIGHT, buff=0.2)
        bar = Rectangle(width=max(GLOW_BAR * float(value), 0.02), height=0.28, fill_color=t.neuron_fill,
                        fill_opacity=1, stroke_width=0).move_to(track.get_left(), aligned_edge=LEFT)
        words = self.text("its {label} output neuron glows {value}", size="small", color=t.text,
                          facts={"label": label, "value": glow_number(value)})
        row = VGroup(VGroup(circle, track, bar), words).arrange(DOWN, buff=0.12, aligned_edge=LEFT)
        return row.next_to(under, DOWN, buff=buff).align_to(under, LEFT)

    def last_numbers(self, v: dict, last: VGroup) -> VGroup:
        """When no moved picture is right for the convnet and wrong for our network: the chapter
        ends on both networks' scores on the moved pictures, said (review 10)."""
        n = v["n_test"]
        rows = [self.accuracy_row(screen.mark("our network"), v["dense_moved_accuracy"], v["dense_moved_wrong"], n,
                                  self.theme.muted, 0.4),
                self.accuracy_row("convnet", v["conv_moved_accuracy"], v["conv_moved_wrong"], n, self.theme.text, -0.6)]
        head = self.text("the same {n} test pictures, each moved 1 pixel", size="small", color=self.theme.text,
                         facts={"n": n}).move_to([-0.3, 1.3, 0])
        shown = VGroup(head, *rows)
        self.play(FadeOut(last), run_time=0.4)
        self.play(FadeIn(shown), run_time=0.5)
        with self.say("last_numbers"):
            self.play(*(Indicate(r[3], color=self.theme.text) for r in rows), run_time=0.8)
        return shown

    def cross(self, beside: VMobject) -> VGroup:
        """A wrong guess standing alone: grey, with a cross mark after it (red means a dial below zero)."""
        return wrong_mark(0.8 * beside.height, width=4).next_to(beside, RIGHT, buff=0.15)

    def accuracy_row(self, name: str, accuracy: float, wrong: int, n_test: int, color: str,
                     y: float) -> VGroup:
        """Name, a bar as long as the share of right answers, the percent, and the count of mistakes."""
        t = self.theme
        full = 4.6                  # room on the right for the moved picture's card and its guesses (review 9 09)
        track = Rectangle(width=full, height=0.5, stroke_color=t.muted, stroke_width=1.5)
        track.move_to([-2.6, y, 0], aligned_edge=LEFT)
        label = self.text(name).next_to(track, LEFT, buff=0.4)
        bar = Rectangle(width=full * accuracy, height=0.5, fill_color=color, fill_opacity=1, stroke_width=0)
        bar.move_to(track.get_left(), aligned_edge=LEFT)
        percent = self.text("{percent}%", facts={"percent": round(100 * accuracy)}).next_to(track, RIGHT, buff=0.3)
        mistakes = self.text("{wrong} wrong of {n_test}", size="small", color=t.text,
                             facts={"wrong": wrong, "n_test": n_test})
        mistakes.next_to(track, DOWN, buff=0.15).align_to(track, LEFT)
        return VGroup(label, track, bar, percent, mistakes)
