"""What the chapters read from the history, as plain numbers and words: no manim here.

The example the story follows, how it is named and pictured, its forward pass, the
snapshots the training chapter replays, the decision map's answers, and percentages.
Tests and tools can use these without manim:

    >>> from scenes.kit.readings import class_of, percent
    >>> class_of([0.1, 0.7, 0.2]), class_of([0.8]), percent(0.874)
    (1, 1, '87%')

Every value comes from the history (or from a network rebuilt from its snapshots).
"""
from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from nncore.history import History, KeptMaps, Record
from nncore.network import classes_of
from nncore.presets import POINT_SETS
from nncore.train import round_order, shuffler

EXAMPLE = 0                 # the training example the story follows: the first, every time
STEP = 0                    # the random starting weights
SHOWN_SNAPSHOTS = 9         # step 0 and up to eight later ones: "a handful"
GRID_CELLS = 24             # the decision map is GRID_CELLS x GRID_CELLS cells
MAP_MARGIN = 0.08           # room around the points, as a share of their spread
CURVE_SIZE = (4.6, 1.9)     # the cost plot's width and height: shown_steps spaces by its drawn length
N_EXAMPLES = 8              # practice examples in the training chapter's row


# --- the data, as the story names it ---

def class_of(row: Sequence[float] | np.ndarray) -> int:
    """The class a target (or output) row names: its largest place, or 0/1 for a lone output."""
    return int(classes_of(np.asarray(row, dtype=float).reshape(1, -1))[0])


def label_of(history: History, index: int = EXAMPLE) -> str:
    """The class name of training example `index`."""
    _, y = history.split("train")
    return str(history.labels[class_of(y[index])])


def input_kind(history: History) -> str:
    """How an example is pictured: "image" (the digits' square of pixels), "point" (two
    numbers: a dot in a plot) or "numbers"."""
    n = history.config["sizes"][0]
    if history.config.get("dataset") == "digits" and math.isqrt(n) ** 2 == n:
        return "image"
    return "point" if n == 2 else "numbers"


def output_names(history: History) -> list[str]:
    """What each output neuron stands for: the class names, "<last class>?" for a lone
    yes/no output, or the outputs' numbers when the classes do not match them."""
    n_out, labels = history.config["sizes"][-1], [str(label) for label in history.labels]
    if n_out == len(labels):
        return labels
    return [f"{labels[-1]}?"] if n_out == 1 else [str(i) for i in range(n_out)]


def a_or_an(word: str) -> str:
    """The article before `word` as it is spoken: "an 8", "an 11", "an owl", "a 7", "a 1"."""
    word = word.strip()
    if word[:1].isdigit():
        digits = word.split(".")[0]
        # eight..., eleven, eighteen (and their thousands: eleven thousand, eighteen thousand)
        return "an" if digits.startswith("8") or (len(digits) % 3 == 2 and digits[:2] in ("11", "18")) else "a"
    return "an" if word[:1].lower() in "aeio" and word[:1] != "" else "a"


def example_words(history: History, cls: int) -> str:
    """The example in words: "a handwritten 0", "a point from the outer ring", "a blue point"."""
    label = str(history.labels[cls])
    dataset = history.config.get("dataset")
    if dataset == "digits":
        return f"a handwritten {label}"
    if dataset in POINT_SETS:
        return f"{a_or_an(label)} {label} point" if " " not in label else f"a point from the {label}"
    return f"an example of {label}"


def percent(value: float) -> str:
    """An accuracy as the screen shows it: 0.874 -> '87%'."""
    return f"{round(100 * value)}%"


# --- one example's pass ---

def forward_values(history: History, index: int = EXAMPLE, step: int = STEP) -> dict:
    """The forward pass of training example `index` at `step`: what the forward chapter shows."""
    x, y = history.split("train")
    result = history.network(step).forward(x[index:index + 1])
    return {
        "step": history.snapshot(step).step,
        "example": index,
        "activations": [a[0] for a in result.a],
        "guess": result.a[-1][0],
        "truth": y[index],
    }


# --- the run, replayed ---

def record_at(records: list[Record], step: int) -> Record:
    """The last record at or before `step` (every snapshot step has its own)."""
    before = [r for r in records if r.step <= step]
    return before[-1] if before else records[0]


def stop_step(history: History) -> int:
    """The step where training stopped: the stopping rule's, or the last record's if none fired."""
    return history.stopped.step if history.stopped else history.final.step


def stop_reason(history: History) -> str | None:
    """Why training stopped (converged, target_accuracy, max_epochs, diverged), if it says."""
    return history.stopped.reason if history.stopped else None


def chosen_example(kept: list[KeptMaps]) -> KeptMaps:
    """The first kept test example the convnet gets right (else the first one): the picture
    the convnet chapter works through and the recap shows it reading."""
    return next((e for e in kept if e.guess == e.label), kept[0])


def drawn_records(history: History) -> list[Record]:
    """The records the cost curve draws: all of them, up to where training stopped."""
    stop = stop_step(history)
    return [r for r in history.records if r.step <= stop]


def planned_steps(history: History) -> int:
    """How many steps the run would have taken had no rule stopped it early."""
    cfg = history.config
    n = len(history.split("train")[0])
    batch = cfg.get("batch_size") or n
    planned = cfg.get("epochs", 1) * math.ceil(n / batch)
    return max(planned, stop_step(history), history.final.step, 1)


def shown_steps(history: History, n: int = SHOWN_SNAPSHOTS) -> list[int]:
    """Snapshot steps to replay: 0, the last, and n - 2 between, evenly spaced in "progress".

    Progress mixes two clocks half and half: the share of steps on a log scale (the weights
    change fastest early on) and the share of the cost curve already drawn, by its length
    on screen (so the curve visibly grows in every stretch, not only at the end).
    """
    snaps = np.array([s.step for s in history.snapshots])
    records = drawn_records(history)
    steps = np.array([r.step for r in records], float)
    if snaps[-1] <= 0 or len(steps) < 2:
        return [int(snaps[-1])]
    x = steps / planned_steps(history) * CURVE_SIZE[0]
    costs = np.array([r.cost for r in records])
    y = costs / max(costs.max(), 1e-12) * CURVE_SIZE[1]
    drawn = np.concatenate([[0.0], np.cumsum(np.hypot(np.diff(x), np.diff(y)))])
    progress = 0.5 * drawn / max(drawn[-1], 1e-12) + 0.5 * np.log1p(steps) / np.log1p(steps[-1])
    targets = np.interp(np.linspace(0, 1, n), progress, steps)
    chosen = {int(snaps[0]), int(snaps[-1])}
    chosen |= {int(snaps[np.argmin(np.abs(snaps - t))]) for t in targets}
    return sorted(chosen)


def take_by_class(indices: Sequence[int], classes: Sequence[int], n: int) -> list[int]:
    """Up to n of `indices` (whose classes are `classes`), taking classes in turn, lowest
    class first: the first of each class, then the second of each, ..."""
    by_class: dict[int, list[int]] = {}
    for i, c in zip(indices, classes):
        by_class.setdefault(int(c), []).append(int(i))
    picked: list[int] = []
    for rank in range(max((len(v) for v in by_class.values()), default=0)):
        for c in sorted(by_class):
            if rank < len(by_class[c]) and len(picked) < n:
                picked.append(by_class[c][rank])
    return picked


def pick_by_class(y: np.ndarray, n: int = N_EXAMPLES) -> list[int]:
    """Up to n example indices, taking classes in turn (first of each class, then second...)."""
    classes = classes_of(y)
    return take_by_class(range(len(classes)), classes, n)


# --- the decision map ---

def plane_bounds(points: np.ndarray) -> tuple[tuple[float, float], tuple[float, float]]:
    """The (x, y) ranges a point map covers: the points' spread plus a margin."""
    lo, hi = points.min(axis=0), points.max(axis=0)
    pad = MAP_MARGIN * np.maximum(hi - lo, 1e-9)
    return (float(lo[0] - pad[0]), float(hi[0] + pad[0])), (float(lo[1] - pad[1]), float(hi[1] + pad[1]))


def grid_inputs(bounds, cells: int = GRID_CELLS) -> np.ndarray:
    """The centre of every map cell as a network input, row by row from the top left."""
    (x0, x1), (y0, y1) = bounds
    xs = x0 + (np.arange(cells) + 0.5) * (x1 - x0) / cells
    ys = y1 - (np.arange(cells) + 0.5) * (y1 - y0) / cells
    gx, gy = np.meshgrid(xs, ys)
    return np.stack([gx.ravel(), gy.ravel()], axis=1)


def class_and_sureness(outputs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row of outputs: the class guessed (as nncore guesses) and how sure, 0..1: the top
    score minus the next. A lone output p reads as the two scores (1 - p, p)."""
    outputs = np.atleast_2d(outputs)
    classes = classes_of(outputs)   # argmax, or p >= 0.5 for a lone output
    if outputs.shape[1] == 1:
        outputs = np.hstack([1.0 - outputs, outputs])
    top2 = np.sort(outputs, axis=1)[:, -2:]
    return classes, np.clip(top2[:, 1] - top2[:, 0], 0.0, 1.0)


def boundary_values(history: History, step: int, bounds) -> dict:
    """The network's answer at every map cell at `step`: what the map is coloured by."""
    classes, sure = class_and_sureness(history.network(step).predict(grid_inputs(bounds)))
    return {"step": step, "classes": classes, "sureness": np.round(sure, 3)}


# --- backprop on one hidden neuron (the backprop chapter's worked example) ---

BLAME_TERMS = 3             # the biggest "dial x blame" terms written out; the rest are summed


def worked_blame(history: History, index: int = EXAMPLE, step: int = STEP,
                 n_terms: int = BLAME_TERMS, max_drawn: int = 16, follow: bool = True) -> dict:
    """One example's backward pass told on one neuron of the last hidden layer.

    The outputs' misses (guess minus answer) and blames (nncore's delta); the hidden neuron
    `neuron`: the forward chapter's worked neuron when the network has one hidden layer
    (the story follows it), else the drawn one with the most blame; its blame gathered as
    sum over outputs k of dial[k, neuron] x blame[k] (the `n_terms` biggest terms among
    drawn outputs written out, `rest` the others' total), times `slope` (how easily the
    neuron can still move: its squashing curve's slope at its input `z`); then one dial into
    it, `dial` = (layer pair, neuron, input): the forward chapter's biggest drawn input when
    following its neuron, else the drawn input sending the most: nudge = blame x input value
    (nncore's own gradient). `follow=False`: the drawn one with the most blame even so.
    """
    from nncore import activations as acts
    x, y = history.split("train")
    net = history.network(step)
    one = net.backward(x[index:index + 1], y[index:index + 1])
    pair_out = len(net.layers) - 1          # weights from the last hidden layer to the outputs
    blame_out, blame_hidden = one.delta[-1][0], one.delta[-2][0]
    drawn_hidden = _drawn(len(blame_hidden), max_drawn)
    inputs = one.a[pair_out - 1][0]
    drawn_in = _drawn(len(inputs), max_drawn)
    forward = neuron_sum(history, index=index, step=step) if pair_out == 1 else None
    follows = follow and forward is not None and forward["neuron"] in drawn_hidden
    if follows:
        neuron = forward["neuron"]
        ranked = [k for k in forward["biggest"] if k in drawn_in]
        source = ranked[0] if ranked else int(drawn_in[np.abs(forward["products"][drawn_in]).argmax()])
    else:
        neuron = int(drawn_hidden[np.abs(blame_hidden[drawn_hidden]).argmax()])
        source = int(drawn_in[np.abs(inputs[drawn_in]).argmax()])
    dials_out = net.layers[pair_out].weights[:, neuron]
    products = dials_out * blame_out
    drawn_out = _drawn(len(products), max_drawn)
    terms = sorted(drawn_out, key=lambda k: -abs(products[k]))[:n_terms]
    layer = net.layers[pair_out - 1]
    slope = acts.backward(layer.activation, layer.z[:, [neuron]], np.ones((1, 1)), layer.a[:, [neuron]])
    return {
        "step": history.snapshot(step).step, "example": index,
        "misses": one.a[-1][0] - y[index], "blame_out": blame_out,
        "neuron": int(neuron), "terms": [int(k) for k in terms],
        "dials": dials_out[terms], "products": products[terms],
        "rest": float(products.sum() - products[terms].sum()), "n_rest": len(products) - len(terms),
        "total": float(products.sum()), "slope": float(slope[0, 0]), "blame": float(blame_hidden[neuron]),
        "activation": history.config["activations"][pair_out - 1],
        "z": float(layer.z[0, neuron]), "value": float(layer.a[0, neuron]),
        "dial": [pair_out - 1, int(neuron), int(source)], "input": float(inputs[source]),
        "nudge": float(one.grad_weights[pair_out - 1][neuron, source]),
        "follows_forward": follows, "first_input": follows and source == forward["biggest"][0],
    }


READABLE = 0.01   # a worked tilt below this needs more than two decimals


def story_blame(history: History) -> dict:
    """The example's backward pass told on one hidden neuron and one dial into it, the dial
    backprop works through and training's first pile then turns: the forward chapter's
    neuron, unless its tilt would need more than two decimals where the neuron with the most
    blame gives one that reads (the tiny run's followed neuron sends back through a
    dial of 0.0097: 'tilt 0.00081', five decimals, said a reviewer)."""
    work = worked_blame(history)
    if work["follows_forward"] and abs(work["nudge"]) < READABLE:
        other = worked_blame(history, follow=False)
        if abs(other["nudge"]) >= READABLE:
            return other
    return work


def slope_of(name: str, z: float) -> float:
    """The squashing curve's slope at z (nncore's own derivative): how easily a neuron moves."""
    from nncore.activations import get as activation
    act = activation(name)
    zz = np.array([[float(z)]])
    return float(act.derivative(zz, act(zz))[0, 0])


def _drawn(n: int, max_drawn: int) -> np.ndarray:
    """Indices a network diagram draws for a layer of n (as network_diagram.shown_indices)."""
    if n <= max_drawn:
        return np.arange(n)
    half = max_drawn // 2
    return np.r_[np.arange(half), np.arange(n - half, n)]


# --- one neuron's sum, written out (the forward chapter's worked example) ---

def neuron_sum(history: History, layer: int = 1, neuron: int | None = None, top: int = 4,
               index: int = EXAMPLE, step: int = STEP, among: Sequence[int] | None = None) -> dict:
    """How neuron `neuron` of `layer` (1 = the first hidden layer; default: its brightest, of
    those in `among` when given: a wide layer draws only some of its neurons)
    gets its value for training example `index` at `step`: each incoming brightness times
    its dial, the `top` biggest products by size, the rest summed, the bias (its "starting
    nudge"), their total, and the squashed result, read from nncore's own forward pass."""
    snap = history.snapshot(step)
    result = history.network(step).forward(history.split("train")[0][index:index + 1])
    before, after = result.a[layer - 1][0], result.a[layer][0]
    if neuron is None:
        neuron = int(max(range(len(after)) if among is None else among, key=lambda k: abs(after[k])))
    dials = np.asarray(snap.weights[layer - 1], dtype=float)[neuron]
    products = before * dials
    biggest = [int(i) for i in np.argsort(-np.abs(products), kind="stable")[:top]]
    rest = [i for i in range(len(products)) if i not in biggest]
    name = history.config["activations"][layer - 1]
    return {
        "layer": layer, "neuron": neuron, "activation": name,
        "inputs": before, "dials": dials, "products": products,
        "biggest": biggest, "rest_count": len(rest), "rest_sum": float(products[rest].sum()),
        "bias": float(np.asarray(snap.biases[layer - 1])[neuron]),
        "total": float(result.z[layer - 1][0][neuron]),
        "value": float(after[neuron]),
    }


def squashed(name: str, z: np.ndarray) -> np.ndarray:
    """Activation `name` (nncore's own) applied to each of the numbers z: the squashing curve."""
    from nncore.activations import get as activation
    return activation(name)(np.asarray(z, dtype=float).reshape(1, -1))[0]


def learned_patterns(history: History, count: int = 4) -> dict:
    """The `count` first-layer hidden neurons with the strongest incoming dials at the end of
    training, and those dials: the pattern each has learned to spot."""
    w = np.asarray(history.snapshots[-1].weights[0], dtype=float)
    neurons = sorted(int(i) for i in np.argsort(-np.abs(w).sum(axis=1), kind="stable")[:count])
    return {"step": history.snapshots[-1].step, "neurons": neurons, "dials": w[neurons]}


def trained_pass(history: History, index: int = EXAMPLE) -> dict:
    """Example `index` through the network at the end of training (the intro's peek ahead)."""
    return forward_values(history, index, history.snapshots[-1].step)


# --- the convnet, worked by hand (chapter "convnet") ---

def finding_stamp(feature_maps: np.ndarray) -> int:
    """Which stamp finds most in a picture: the one whose feature map (k, h, w) sums highest.
    The convnet chapter works this stamp, and the recap shows the same one."""
    return int(np.asarray(feature_maps).sum(axis=(1, 2)).argmax())


def stamp_spot(feature_map: np.ndarray) -> tuple[int, int]:
    """The (row, col) of the map's brightest spot: the worked example's stamp position."""
    return tuple(int(i) for i in np.unravel_index(int(np.argmax(feature_map)), feature_map.shape))


def worked_stamp(image: np.ndarray, kernel: np.ndarray, bias: float, spot: tuple[int, int]) -> dict:
    """One position of the stamp, multiply-and-add written out: the nine pixels under it, the
    nine dials, their nine products, the products' sum, the stamp's offset (bias), and the
    map's value there (the sum plus the offset, nothing below zero)."""
    r, c = spot
    kh, kw = kernel.shape
    patch = np.asarray(image, float)[r:r + kh, c:c + kw]
    products = patch * kernel
    total = float(products.sum())
    return {"spot": [r, c], "pixels": patch, "dials": np.asarray(kernel, float), "products": products,
            "sum": total, "bias": float(bias), "value": max(0.0, total + float(bias))}


def shift_picture(image: np.ndarray) -> tuple[np.ndarray, int]:
    """The picture moved one pixel sideways (right if its last column is empty, else left),
    and the shift (+1 right, -1 left): nothing drawn falls off when it can be helped."""
    right = moved_by(image, +1)
    if right is not None:
        return right, 1
    left = moved_by(image, -1)
    if left is not None:
        return left, -1
    return _moved(np.asarray(image, float), 1), 1


def shifted_map(image: np.ndarray, kernel: np.ndarray, bias: float) -> dict:
    """The same stamp on the picture and on the picture moved by one pixel, through nncore's
    own convolution layer: both maps, their brightest spots, and the shift."""
    moved, step = shift_picture(image)
    maps = stamp_maps([image, moved], kernel, bias)
    return {"moved": moved, "step": step, "map": maps[0], "moved_map": maps[1],
            "spot": stamp_spot(maps[0]), "moved_spot": stamp_spot(maps[1])}


def moved_by(image: np.ndarray, step: int) -> np.ndarray | None:
    """The picture moved one pixel right (step +1) or left (-1), the emptied column dark;
    None when the column that would leave the frame has ink in it."""
    image = np.asarray(image, float)
    if image[:, -1 if step > 0 else 0].any():
        return None
    return _moved(image, step)


def _moved(image: np.ndarray, step: int) -> np.ndarray:
    """`image` moved one column right (step +1) or left; the column moved off is dropped."""
    moved = np.zeros_like(image)
    if step > 0:
        moved[:, 1:] = image[:, :-1]
    else:
        moved[:, :-1] = image[:, 1:]
    return moved


def stamp_maps(pictures: Sequence[np.ndarray], kernel: np.ndarray, bias: float) -> np.ndarray:
    """One stamp's feature map of each picture, through nncore's own convolution layer."""
    from nncore.conv import Conv2D
    layer = Conv2D(np.asarray(kernel, float)[None], np.array([float(bias)]), "relu")
    return layer.forward(np.stack([np.asarray(p, float) for p in pictures]))[:, 0]


def moved_pictures(pictures: np.ndarray) -> np.ndarray:
    """Every picture moved one pixel sideways as `shift_picture` moves it."""
    return np.stack([shift_picture(p)[0] for p in pictures])


def moved_guesses(history: History) -> dict[str, np.ndarray]:
    """Every test picture moved one pixel sideways (`moved`), its digit (`truths`), and the
    guesses of our network and the convnet, both with their last weights (`dense`, `conv`).
    The run must have a convnet."""
    x_test, y_test = history.split("test")
    side = math.isqrt(x_test.shape[1])
    moved = moved_pictures(np.asarray(x_test, float).reshape(-1, side, side))
    return {"moved": moved, "truths": classes_of(y_test),
            "dense": history.network(history.snapshot().step).guesses(moved.reshape(len(x_test), -1)),
            "conv": history.convnet.network().guesses(moved)}


def moved_accuracies(history: History) -> tuple[float, float] | None:
    """Our network's and the convnet's share right on the moved test pictures; None when the
    run has no convnet."""
    if history.convnet is None:
        return None
    g = moved_guesses(history)
    return float((g["dense"] == g["truths"]).mean()), float((g["conv"] == g["truths"]).mean())


# --- why training stopped (chapter "recap") ---

def stop_story(history: History) -> dict:
    """Where and why training stopped, against where its cost was lowest and how many steps
    the rounds allowed: ran_out is True when the rounds simply ran out (max_epochs)."""
    records = drawn_records(history)
    lowest = min(records, key=lambda r: r.cost)
    reason = stop_reason(history)
    return {"reason": reason, "step": stop_step(history), "planned": planned_steps(history),
            "lowest_step": lowest.step, "lowest_cost": lowest.cost,
            "ran_out": reason in (None, "max_epochs")}


def epoch_ends(history: History) -> list[int]:
    """The step at which each trip through the practice examples (epoch) ended, up to the stop."""
    n = len(history.split("train")[0])
    per = math.ceil(n / (history.config.get("batch_size") or n))
    stop = stop_step(history)
    return [e * per for e in range(1, history.final.epoch + 1) if e * per <= stop]


def first_pile(history: History) -> np.ndarray:
    """The practice examples nncore's first step took, in its order: the first `batch_size`
    rows of the first round's order, drawn as nncore's Run.train draws it (full batch: every
    row). tests/test_training.py checks it against the rows nncore's own first step took;
    training draws this pile, the recap a few of its pictures."""
    n = len(history.split("train")[0])
    batch = min(history.config.get("batch_size") or n, n)
    return round_order(shuffler(history.config["seed"]), n, batch)[:batch]
