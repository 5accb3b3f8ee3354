"""The descent chapter: renders for both presets and a user's network, reads easily, and its
landscape, path, slopes and learning-rate runs are nncore's own."""
from __future__ import annotations

import re

import numpy as np
import pytest

from nncore import landscape
from nncore.history import History, Stop
from nncore.network import Network
from scenes.kit.chapter import script_text
from scenes.chapters.descent import (BANDS, OUR_STEP, RATE_WORDS, Chart, all_dials, dial_levels, dial_shape, Descent,
                                     MapView, RateCurve, bands, rate_styles, colour_cells, probe_spots, contour_segments,
                                     cost_landscape, inside_map, path_stops, people, smooth, too_big_story)
from tests.chapter_checks import check_readable, close, said, tiny_renders
from manim import RIGHT as RIGHT_, UP as UP_


@pytest.fixture(scope="module")
def rendered(story_file, xor_story, tmp_path_factory):
    """preset -> (history, manifest entry) of a tiny render, made once per module; "user" is
    a user's network: xor points, 2-3-1."""
    return tiny_renders("descent", story_file, tmp_path_factory, user=xor_story)


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_renders_a_clip_of_reasonable_length(preset, rendered):
    history, entry = rendered(preset)
    # tiny's is the longest (its huge steps land higher, so they are drawn on the map): 131 s
    # after the dial grid, the step-size strip and 1.5 s pauses (session 5)
    assert 40 < entry["duration_s"] < 140
    text = said(entry)
    assert "called the gradient" in text and "called gradient descent" in text
    # the number of steps and the first cost are other chapters' to say (shown is fine)
    facts = Descent(history=history).facts()
    # a step-size run's own figure may round to the same words (xor's too-big run ends at the
    # start cost, 0.28): that one is its own number, said once, not the headline repeated
    own = {str(facts[k]) for k in ("small_steps", "small_cost", "good_cost", "big_cost", "big_steps")}
    for headline in {str(facts["steps"]), facts["start_cost"]} - own:
        assert not re.search(rf"(?<![\d.]){re.escape(headline)}(?![\d]|\.\d)", text), headline


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_landscape_is_a_real_map_through_the_run(preset, rendered):
    history, entry = rendered(preset)
    shown = entry["shown"]["map"]
    plane = landscape.plane_of(history)
    points = landscape.path(history, plane)
    close(shown["path"], points)
    close(shown["off"], landscape.off_map(history, plane))
    values_a, values_b = landscape.grid_around(points, square=True)
    assert np.ptp(values_a) == pytest.approx(np.ptp(values_b))     # not stretched: downhill looks downhill
    close(shown["a"], values_a)
    close(shown["b"], values_b)
    close(shown["costs"], landscape.cost_map(history, plane, values_a, values_b))
    assert shown["middle"] == plane.middle


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_maps_start_middle_and_end_read_the_runs_real_costs(preset, rendered):
    """Review 3: the map's end read 2.81 beside "real cost 0.02" (a slice with the other dials
    held): now the map goes through the run, so its readings there are the run's own."""
    history, entry = rendered(preset)
    x, y = history.split("train")
    moments = entry["shown"]["moments"]
    assert [m["label"] for m in moments] == ["start", "middle", "end"]
    assert [m["snapshot"] for m in moments] == [0, landscape.plane_of(history).middle, len(history.snapshots) - 1]
    for m in moments:
        assert m["cost"] == pytest.approx(history.network(m["step"]).cost_of(x, y), rel=1e-9)
    assert moments[0]["cost"] == pytest.approx(history.records[0].cost, rel=1e-9)
    assert entry["shown"]["path_end_cost"] == pytest.approx(history.final.cost, rel=1e-9)
    drawn = " ".join(d["text"] for d in entry["drawn"])
    assert f"end: cost {history.final.cost:.2f}" in drawn and "before training" not in drawn


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_fog_arrows_are_the_real_downhill_and_as_long_as_the_step(preset, rendered):
    """Each arrow is minus the map's slope at the ball's spot and ends where the ball steps
    (review 3: the arrow was longer than the step taken); each step goes down on the map."""
    history, entry = rendered(preset)
    plane = landscape.plane_of(history)
    slopes = entry["shown"]["slopes"]
    assert len(slopes) >= 2
    close(slopes[0]["at"], [0.0, 0.0])
    for here, there in zip(slopes, slopes[1:]):
        close(there["at"], np.asarray(here["at"]) + entry["shown"]["fog_lr"] * np.asarray(here["nudge"]))
        assert there["cost"] < here["cost"]
    arrows = entry["shown"]["fog_arrows"]
    assert len(arrows) == len(slopes) - 1
    for (tail, tip), here, there in zip(arrows, slopes, slopes[1:]):
        close(tail, here["at"])
        close(tip, there["at"])
    for slope in slopes:
        close(slope["nudge"], -landscape.slope(history, plane, *slope["at"]))
        assert slope["cost"] == pytest.approx(landscape.cost_map(history, plane, [slope["at"][0]],
                                                                 [slope["at"][1]])[0, 0], rel=1e-12)
    # the ball first reads the run's real starting cost
    assert slopes[0]["cost"] == pytest.approx(history.records[0].cost, rel=1e-9)


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_no_leap_is_claimed_that_is_not_shown(preset, rendered):
    """Review 3: "every dial leaps at once" was said over a chart that showed no leap; only a
    run whose cost really jumps up (blows up or bounces) is said to leap."""
    _, entry = rendered(preset)
    assert ("leap" in said(entry)) == (entry["shown"]["too_big"] in ("big_blows", "big_bounces"))


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_learning_rate_runs_are_the_real_ones(preset, rendered):
    history, entry = rendered(preset)
    runs = history.learning_rates
    shown = entry["shown"]["learning_rates"]
    assert [r["label"] for r in shown] == [r.label for r in runs] == ["too small", "good", "too big"]
    for got, run in zip(shown, runs):
        assert got["lr"] == pytest.approx(run.lr)
        assert got["final_cost"] == pytest.approx(run.records[-1].cost)
    assert shown[1]["lr"] == pytest.approx(history.config["lr"])
    big = RateCurve("too big", runs[2].lr, np.array([r.step for r in runs[2].records]),
                    np.array([r.cost for r in runs[2].records]), runs[2].stopped)
    good = RateCurve("good", runs[1].lr, np.array([r.step for r in runs[1].records]),
                     np.array([r.cost for r in runs[1].records]), runs[1].stopped)
    assert entry["shown"]["too_big"] == too_big_story(big, good)
    assert people(runs[0].lr) in said(entry) and people(runs[2].lr) in said(entry)


def test_the_slice_leaves_the_history_untouched(story_file):
    history = History.load(story_file("tiny"))
    before = [w.copy() for w in history.snapshots[-1].weights]
    cost_landscape(history, n=5)
    for a, b in zip(before, history.snapshots[-1].weights):
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("preset", ["digits", "tiny"])
def test_script_reads_easily(preset, story_file):
    history = History.load(story_file(preset))
    check_readable(script_text("descent", Descent(history=history).facts()))


def run(costs, reason="max_epochs"):
    costs = np.asarray(costs, dtype=float)
    return RateCurve("x", 1.0, np.arange(len(costs)), costs, Stop(len(costs) - 1, reason))


def test_too_big_story_says_what_the_run_did():
    good = run([1.0, 0.5, 0.1])
    assert too_big_story(run([1.0, 3.0], "diverged"), good) == "big_blows"
    assert too_big_story(run([1.0, 0.6, 1.2, 0.7]), good) == "big_bounces"
    assert too_big_story(run([1.0, 0.5, 0.5, 0.5]), good) == "big_stuck"
    assert too_big_story(run([1.0, 0.3, 0.12]), good) == "big_fine"


def test_curves_stop_where_they_leave_the_chart():
    chart = Chart(np.zeros(3), 4.0, 2.0, x_max=4.0, y_max=1.0)
    pts = chart.curve_points(np.array([0.0, 1, 2, 3]), np.array([0.5, 0.5, 1.5, 0.2]))
    assert len(pts) == 3                       # two points inside, then the crossing
    np.testing.assert_allclose(pts[-1], [1.5, 2.0, 0.0])


def test_bands_follow_log_cost_and_smooth_keeps_the_grid_values():
    costs = np.array([[0.01, 0.1], [1.0, 10.0]])
    levels = bands(costs, 4)
    assert levels.min() == 0 and levels.max() == 3
    assert levels[0, 0] < levels[0, 1] < levels[1, 0] <= levels[1, 1]
    fine = smooth(np.array([[0.0, 1.0], [2.0, 3.0]]), factor=2)
    assert fine.shape == (4, 4)
    assert fine[0, 0] < fine[-1, -1] and fine.min() >= 0.0 and fine.max() <= 3.0
    assert bands(np.full((3, 3), 0.5), BANDS).max() == 0


def test_colour_cells_cover_each_cell_once():
    levels = np.array([[0, 0, 1], [1, 1, 0]])
    group = colour_cells(levels, ["#FF0000", "#00FF00"], cell=1.0)
    assert len(group) == 2
    # runs in a row become one rectangle: row 0 has 2 runs, row 1 has 2 runs
    assert sum(len(m.points) // 16 for m in group) == 4
    # three by two cells, each grown by a tenth of a cell against seams
    assert group.width == pytest.approx(3.2, abs=1e-6) and group.height == pytest.approx(2.2, abs=1e-6)


def test_numbers_are_rounded_for_people():
    said = [people(v) for v in (3.0198, 0.5004, 0.024204, 45.0, 0.0666)]
    assert said == ["3.02", "0.5", "0.024", "45", "0.067"]


def test_contour_lines_run_where_neighbouring_bands_differ():
    levels = np.array([[0, 0, 1],
                       [0, 1, 1]])
    segments = contour_segments(levels, cell=1.0)
    # three cell sides: right of (0,1), right of (1,0), and under (0,1)
    assert len(segments) == 3
    ends = {tuple(map(tuple, np.round(s[:, :2], 6))) for s in segments}
    assert ((2.0, 0.0), (2.0, -1.0)) in ends and ((1.0, -1.0), (1.0, -2.0)) in ends
    assert ((1.0, -1.0), (2.0, -1.0)) in ends
    assert len(contour_segments(np.zeros((3, 3), int), 1.0)) == 0     # one band: no line


def test_a_walk_stops_before_it_leaves_the_map():
    view = MapView(None, np.linspace(0, 1, 5), np.linspace(0, 1, 5), np.zeros((5, 5)), np.zeros((2, 2)), np.zeros(2))
    points = np.array([[0.5, 0.5], [0.9, 0.1], [1.5, 0.2], [0.5, 0.5]])
    kept, costs = inside_map(points, np.arange(4.0), view)
    assert len(kept) == 2 and costs.tolist() == [0.0, 1.0]
    kept, _ = inside_map(points[:2], np.arange(2.0), view)
    assert len(kept) == 2


def test_the_probes_read_the_real_cost_at_the_highest_and_lowest_ground_inside_the_edge():
    costs = np.add.outer(np.arange(9.0), np.arange(9.0))          # high at one corner
    view = MapView(None, np.linspace(0, 8, 9), np.linspace(10, 18, 9), costs, np.zeros((2, 2)), np.zeros(2))
    (high, high_cost), (low, low_cost) = probe_spots(view)
    assert high.tolist() == [6.0, 16.0] and high_cost == costs[6, 6] == 12.0
    assert low.tolist() == [2.0, 12.0] and low_cost == costs[2, 2] == 4.0


def test_the_dials_grid_is_redrawn_at_even_beats_from_first_to_last():
    assert path_stops(120, 6) == [0, 20, 40, 60, 79, 99, 119]
    assert path_stops(3, 6) == [0, 1, 2]


def test_each_step_size_has_plain_words_beside_its_number(story_file):
    history = History.load(story_file("digits"))
    assert {r.label for r in history.learning_rates} == set(RATE_WORDS)
    assert RATE_WORDS["good"].startswith("our step size") and "{lr}" in RATE_WORDS["too big"]


def test_end_labels_that_would_overlap_are_moved_apart():
    from manim import Square
    from scenes.chapters.descent import apart
    low, high, far = Square(0.3), Square(0.3).shift(0.1 * UP_), Square(0.3).shift(5 * RIGHT_)
    apart([high, low, far])
    assert high.get_bottom()[1] >= low.get_top()[1] + 0.08 - 1e-9
    assert far.get_center()[1] == pytest.approx(0.0)      # beside them, not over them: left alone


def test_dial_values_below_zero_keep_their_sign():
    from scenes.chapters.descent import people_signed
    assert [people_signed(v) for v in (-8.137, 1.997, -0.0532)] == ["-8.14", "2", "-0.053"]


def test_the_map_uses_no_colour_that_means_a_dials_sign():
    """Low ground grey, high ground orange: blue and red are a dial's sign everywhere else."""
    from scenes.chapters.descent import map_ramp, ramp
    from scenes.kit import theme
    t = theme.current()
    colours = [c.lower() for c in ramp(map_ramp(t), BANDS)]
    assert colours[-1] == t.cost.lower()
    assert t.positive.lower() not in colours and t.negative.lower() not in colours


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_term_is_the_title_only_once_it_is_named(preset, rendered):
    """Review 2: "Gradient descent" stood at the top from the start, the term explained 50 s later."""
    _, entry = rendered(preset)
    fog = next(line for line in entry["narration"] if "called gradient descent" in line["text"])
    titles = [d["t"] for d in entry["drawn"] if d["text"] == "Gradient descent"]
    assert titles and min(titles) >= fog["start_s"]


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_steps_are_drawn_as_the_slope_times_the_step_size(preset, rendered):
    history, entry = rendered(preset)
    lengths = entry["shown"]["step_lengths"]
    runs = {r.label: r.lr for r in history.learning_rates}
    assert lengths["good"] == pytest.approx(OUR_STEP)
    for label, lr in runs.items():     # all to one scale: the slope is drawn OUR_STEP / our size long
        assert lengths[label] == pytest.approx(lr * OUR_STEP / runs["good"])


def test_the_dials_grid_holds_every_weight_in_order(story_file):
    history = History.load(story_file("digits"))
    dials = all_dials(history, 0)
    assert len(dials) == sum(w.size for w in history.snapshots[0].weights)
    # the first of the plane's dials, in the same order (weights first)
    np.testing.assert_array_equal(dials, landscape.flat(history.snapshots[0])[:len(dials)])
    rows, cols = dial_shape(len(dials))
    assert rows * cols >= len(dials) > (rows - 1) * cols
    levels = dial_levels(np.array([-2.0, -0.1, 0.0, 0.5, 9.0]), scale=1.0, shades=3)
    # below zero: 0..2 (faint to strong); zero and above: 3..5; the grid's spare cells: -1
    assert levels.ravel()[:5].tolist() == [2, 0, 3, 4, 5] and (levels.ravel()[5:] == -1).all()


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_step_axis_is_plain_and_no_run_is_drawn_in_the_maps_colours(preset, rendered):
    """Review 3: the log step axis was hard; grey was low ground on the map and a run on the chart."""
    from scenes.kit import theme
    history, entry = rendered(preset)
    assert entry["shown"]["step_ticks"] == [0, max(r.records[-1].step for r in history.learning_rates)]
    t = theme.current()
    colours = {c.lower() for c, _ in rate_styles(t)}
    assert not colours & {t.muted.lower(), t.cost.lower()}


def test_a_label_beside_the_ball_keeps_off_its_arrow():
    from manim import DOWN as DOWN_, LEFT as LEFT_, Dot as Dot_, Square
    from scenes.chapters.descent import place_beside
    bounds, ball = Square(6.0), Dot_()
    label = Square(0.5)
    place_beside(label, ball, DOWN_ + 0.3 * LEFT_, bounds)
    assert label.get_y() > 0.3                      # the arrow goes down: the words go up
    place_beside(label, ball.shift(2.6 * UP_), DOWN_ + 0.3 * LEFT_, bounds)
    assert abs(label.get_y() - ball.get_y()) < 1e-9 and label.get_x() > 0     # no room above: beside


def test_a_label_beside_the_ball_can_stay_clear_of_the_fogs_hole():
    from manim import DOWN as DOWN_, LEFT as LEFT_, Dot as Dot_, Square
    from scenes.chapters.descent import FOG_HOLE, place_beside
    ball, label = Dot_(radius=0.13), Square(0.5)
    place_beside(label, ball, DOWN_ + 0.3 * LEFT_, Square(6.0), buff=FOG_HOLE - 0.13 + 0.05)
    assert label.get_bottom()[1] - ball.get_y() > FOG_HOLE     # above the hole, not cutting into it


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_arrow_is_named_as_pointing_down_the_slope_not_as_the_slope(preset, rendered):
    """Review (round 2): the arrow was "one step downhill" in the key and "the slope: the
    gradient" beside it, so the slope and the step at once; a step is the slope times a size."""
    _, entry = rendered(preset)
    drawn = {d["text"] for d in entry["drawn"]}
    assert "points down the slope (the gradient)" in drawn
    assert not any(words.startswith("the slope:") for words in drawn)


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_fogs_steps_are_called_giant_when_longer_than_trainings_own(preset, rendered):
    """Review (round 2): one fog step fell from 3.02 to 0.68 while training's first step reached
    1.14 and the real path took 463 steps: the key says the fog's steps are giant, when they are
    longer on the map than training's move to its first snapshot (one real step or more)."""
    history, entry = rendered(preset)
    slopes = entry["shown"]["slopes"]
    path = entry["shown"]["map"]["path"]
    giant = np.linalg.norm(np.subtract(slopes[1]["at"], slopes[0]["at"])) > np.linalg.norm(np.subtract(path[1], path[0]))
    assert entry["shown"]["fog_giant"] == giant
    drawn = {d["text"] for d in entry["drawn"]}
    assert ("one giant step downhill" in drawn) == giant
    assert ("one step downhill" in drawn) == (not giant)
    if preset == "digits":      # the run the review saw
        assert giant
    assert "in many small steps" in said(entry)


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_the_marker_slides_right_start_to_end_then_up_onto_the_middle_moment(preset, rendered):
    """Review (round 2): "up" on the map was a faint rotated label only; the marker slides up
    from under the middle moment onto its dot, the dials' grid showing every dial as it goes,
    as the words say it."""
    history, entry = rendered(preset)
    (right_from, right_to), (up_from, up_to) = entry["shown"]["slides"]
    close(right_from, [0.0, 0.0])
    close(right_to, [1.0, 0.0])
    middle = entry["shown"]["map"]["path"][entry["shown"]["map"]["middle"]]
    close(up_to, middle)
    close(up_from, [middle[0], 0.0])
    text = said(entry)
    steps = history.snapshots[entry["shown"]["map"]["middle"]].step
    assert f"going up, toward where it was after {steps} steps" in text
    assert "Watch the small grid of every dial" in text


@pytest.mark.parametrize("preset", ["digits", "tiny", "user"])
def test_a_step_too_long_for_the_frame_says_how_long_it_is(preset, rendered):
    """Review (round 2): the "huge steps" bar ran off the frame with no tip and no word: a step
    longer than the frame is labelled with its real size against ours."""
    history, entry = rendered(preset)
    lengths, off = entry["shown"]["step_lengths"], entry["shown"]["off_screen"]
    from manim import config
    edge = config.frame_width / 2 + 0.3          # the strip's steps start at x = -1
    assert off == [label for label, length in lengths.items() if length > edge + 1.0]
    runs = {r.label: r.lr for r in history.learning_rates}
    drawn = {d["text"] for d in entry["drawn"]}
    for label in off:
        assert f"{people(runs[label] / runs['good'])} times ours: too long to show" in drawn
    if preset == "digits":          # 45 against 1.5, the run the review saw
        assert off == ["too big"]


def test_a_reading_beside_the_marker_keeps_off_the_maps_dots():
    """Review (round 2): "cost 0.02" hid the end's dot: a side that covers a dot is passed over."""
    from manim import DOWN as DOWN_, LEFT as LEFT_, Dot as Dot_, Square
    from scenes.chapters.descent import covers, place_beside
    marker, label = Dot_(), Square(0.5)
    end = Dot_().move_to(0.45 * UP_)                  # just above the marker, where the words go first
    place_beside(label, marker, DOWN_, Square(6.0), buff=0.12, avoid=[end])
    assert not covers(label, end) and not covers(label, marker)
    place_beside(label, marker, DOWN_, Square(6.0), buff=0.12)
    assert covers(label, end)                        # without it, the first side: over the dot
    # by the map's right edge, with a dot on its left (the end's, under the lowest ground): a corner
    bounds = Square(6.0)
    marker = Dot_().move_to(bounds.get_right() + 0.2 * LEFT_)
    end = Dot_().move_to(marker.get_center() + 0.5 * LEFT_)
    place_beside(label, marker, DOWN_, bounds, buff=0.12, avoid=[end])
    assert not covers(label, end) and not covers(label, marker)
    assert bounds.get_left()[0] <= label.get_left()[0] and label.get_right()[0] <= bounds.get_right()[0]
