"""The convnet chapter checked at every frame it draws (review 11 09): no two texts over each other
(at 186 s the totals cross-faded into a line beside another, "before the move: 5.22" drawn twice
and garbled), and every moved picture shown beside itself unmoved (at 129-135 s and 195-198 s
the moved pictures stood alone, so the move could not be seen)."""
from __future__ import annotations

import numpy as np
import pytest
from manim import Square, Text

from nncore.history import History
from scenes import catalog
from scenes.chapters.convnet import MAP_CELL, Convnet
from scenes.kit.chapter import _visible
from scenes.kit.pictures import ShadedGrid
from tests.chapter_checks import TINY


def box(m) -> tuple[float, float, float, float]:
    (x0, y0, _), (x1, y1, _) = m.get_corner(np.array([-1, -1, 0])), m.get_corner(np.array([1, 1, 0]))
    return x0, y0, x1, y1


def overlaps(a, b, slack: float = 0.02) -> bool:
    """Two boxes share more than a sliver (`slack` scene units each way)."""
    return min(a[2], b[2]) - max(a[0], b[0]) > slack and min(a[3], b[3]) - max(a[1], b[1]) > slack


def looks(scene) -> dict:
    """What a frame shows: the visible texts' words and boxes, and the visible pictures (grids) with
    their values, where their frame is and how far their squares sit from it."""
    texts, grids, rings = [], [], []
    for m in scene.mobjects:
        for part in m.get_family():
            if isinstance(part, Text) and part.text.strip() and _visible(part):
                texts.append((getattr(part, "original_text", part.text), box(part)))
            if isinstance(part, ShadedGrid) and any(c.get_fill_opacity() > 0.05 for c in part.cells):
                off = (part.cells.get_center() - part.frame.get_center())[0] / part.cell
                grids.append((part.values.copy(), part.frame.get_center()[:2].copy(), round(float(off), 2), box(part.frame)))
            # an outline alone (no fill): a ring marking a square
            if isinstance(part, Square) and part.get_stroke_opacity() > 0.05 and part.get_fill_opacity() < 0.05:
                rings.append(box(part))
    return {"t": float(scene.renderer.time), "texts": texts, "grids": grids, "rings": rings}


@pytest.fixture(scope="module")
def frames(story_file, tmp_path_factory):
    """The digits story rendered tiny, every drawn frame's texts and pictures kept."""
    from scenes.output import studio
    seen: list[dict] = []

    class Watched(Convnet):
        def update_to_time(self, t: float) -> None:
            super().update_to_time(t)
            seen.append(looks(self))

        def wait(self, *args, **kwargs) -> None:
            seen.append(looks(self))
            super().wait(*args, **kwargs)

    path = story_file("digits")
    out = tmp_path_factory.mktemp("convnet-frames")
    entry = studio.render_chapter("convnet", path, out, catalog.index("convnet"), scene_class=Watched, **TINY)
    return History.load(path), entry, seen


def test_no_two_texts_overlap_at_any_frame(frames):
    _, _, seen = frames
    bad = set()
    for f in seen:
        texts = f["texts"]
        for i in range(len(texts)):
            for j in range(i + 1, len(texts)):
                # words against anything (numbers of a grid flying together at the start are
                # one picture moving, not captions over each other)
                worded = any(c.isalpha() for c in texts[i][0] + texts[j][0])
                if worded and overlaps(texts[i][1], texts[j][1]):
                    bad.add((round(f["t"]), texts[i][0], texts[j][0]))
    assert not bad, sorted(bad)


def test_every_moved_picture_is_shown_beside_itself_unmoved(frames):
    """When the cards' and the ending's guesses are said, each of those pictures is drawn twice, on
    one row or one above the other: as it was (squares in their frame) and moved (squares one
    square over)."""
    history, entry, seen = frames
    shown = entry["shown"]
    x_test = history.split("test")[0]
    parts = [("moved pictures our network got wrong", shown["fixed"])]
    if shown.get("cope"):
        parts.append(("Why does the convnet cope better?", [shown["cope"]["index"]]))
    for line_has, indices in parts:
        line = next(n for n in entry["narration"] if line_has in n["text"])
        late = [f for f in seen if line["start_s"] + 0.5 * (line["end_s"] - line["start_s"]) <= f["t"] <= line["end_s"]]
        assert late, line_has
        f = late[-1]
        for i in indices:
            before = x_test[i].reshape(8, 8)
            mine = [g for g in f["grids"] if np.array_equal(g[0], before)]
            still = [g for g in mine if g[2] == 0]
            moved = [g for g in mine if abs(g[2]) == 1]
            assert still and moved, (line_has, i, [g[1:] for g in mine])
            # on one row, or one above the other with their frames lined up (the ending's column)
            assert any((abs(a[1][1] - b[1][1]) < 0.05 and abs(a[1][0] - b[1][0]) < 4)
                       or (abs(a[1][0] - b[1][0]) < 0.05 and abs(a[1][1] - b[1][1]) < 3) for a in still for b in moved)


def dense_guess_on_the_ending(history: History, entry: dict) -> str:
    """Our network's guess (nncore's) on the ending's picture moved a pixel (skips without one)."""
    from tests.test_convnet_chapter import a_pixel_over
    c = entry["shown"].get("cope")
    if not c:
        pytest.skip("no ending picture")
    moved = a_pixel_over(history.split("test")[0][c["index"]].reshape(8, 8)).reshape(1, -1)
    return history.labels[int(history.network(history.snapshot().step).guesses(moved)[0])]


def test_our_network_stays_beside_the_convnets_maps(frames):
    """Review ab-k2 s23 (171-174 s): our network left the screen while the convnet's maps of the
    picture before and after the move stood, then came back; the story jumped. Review ab-k2 s26
    r2: its dials beside them crowded the ending. At every frame that shows a convnet's map head,
    our network's real guess on the moved picture and its output neuron's real glow there
    (nncore's, recomputed here) are on screen too, and its dials' head is not."""
    history, entry, seen = frames
    guess = dense_guess_on_the_ending(history, entry)
    c = entry["shown"]["cope"]
    glow = f"its {history.labels[c['label']]} output neuron glows {float(c['dense_moved'][c['label']]):.2f}"
    heads = ("convnet: the stamp's map of matches", "convnet: the stamp's map, shrunk")
    with_maps = [f for f in seen if any(w in heads for w, _ in f["texts"])]
    assert with_maps
    for f in with_maps:
        words = {w for w, _ in f["texts"]}
        assert f"our network: {guess}" in words and glow in words, f["t"]
        assert "our network: a middle neuron's dials" not in words, f["t"]


def test_the_convnets_column_stands_while_our_networks_drop_is_told(frames):
    """Review ab-k2 s23 (165-171 s): after the big dials, our network's column stood alone, the
    right third of the frame empty till the convnet's maps came. At every frame that shows our
    network's wrong guess on the moved picture (nncore's, recomputed here), a convnet's column
    stands beside it: its glow, named, its stamp and map, its maps before and after the move, or
    the shrunk ones."""
    history, entry, seen = frames
    guess = dense_guess_on_the_ending(history, entry)
    heads = {"convnet: our stamp and its map", "convnet: the stamp's map of matches", "convnet: the stamp's map, shrunk",
             "convnet: the {} output neuron's dials, one per block".format(history.labels[entry["shown"]["cope"]["label"]]),
             # the count, in the maps' place once they have made their point
             f"of the {len(history.split('test')[0])} moved test pictures:",
             # its glow alone, named, till its stamp and map come with their words (review s35 r2)
             "in the convnet"}
    ours = [f for f in seen if any(w == f"our network: {guess}" for w, _ in f["texts"])]
    assert ours
    for f in ours:
        assert heads & {w for w, _ in f["texts"]}, f["t"]


def test_the_kept_squares_rings_stay_on_the_map_of_matches(frames):
    """Review s33 (81 s): as "a block's best match often survives" was said, the rings around the
    squares each block keeps pulsed as one group, spreading out past the map and over its
    caption. At every frame of that line, each ring one map square wide stands on the 6 x 6 map
    of matches (within a tenth of a square of its edge) and over none of the words under it."""
    _, entry, seen = frames
    line = next(n for n in entry["narration"] if "the map shrinks" in n["text"])
    during = [f for f in seen if line["start_s"] <= f["t"] <= line["end_s"]]
    assert during
    checked = 0
    for f in during:
        maps = [g[3] for g in f["grids"] if g[0].shape == (6, 6)]
        assert maps, f["t"]
        x0, y0, x1, y1 = maps[0]
        room = 0.1 * MAP_CELL
        for ring in f["rings"]:
            if not 0.9 * MAP_CELL <= ring[2] - ring[0] <= 1.3 * MAP_CELL:
                continue
            checked += 1
            assert x0 - room <= ring[0] and ring[2] <= x1 + room and y0 - room <= ring[1] and ring[3] <= y1 + room, (f["t"], ring, maps[0])
            # the caption under the map clear (the line over it wraps into two at the tests' 160 x 90
            # and reaches the map's top edge there, not at 480p)
            under = [w for w, b in f["texts"] if b[3] < y0 and overlaps(ring, b)]
            assert not under, (f["t"], ring, under)
    assert checked


def test_the_big_dials_words_are_gone_before_the_output_glow_comes_back(frames):
    """Review s33 (171 s): as "It and others feed the 0 neuron" began, the big dials' words (the
    ink tally under them, now their key) faded out while the output neuron's glow faded in over them: text from
    two layouts stood one over the other. No frame shows both."""
    _, entry, seen = frames
    if not entry["shown"].get("cope"):
        pytest.skip("no ending picture")
    big = lambda w: w == "one square of that ink" or w.endswith("'s ink, outlined")
    glow = lambda w: " output neuron glows " in w
    both = [f["t"] for f in seen if any(big(w) for w, _ in f["texts"]) and any(glow(w) for w, _ in f["texts"])]
    assert not both, both
