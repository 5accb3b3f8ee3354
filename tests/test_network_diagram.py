"""NetworkDiagram: layout fits the frame, elision, edge styles from weights, animations."""
from __future__ import annotations

import numpy as np
import pytest
from manim import Create, Scene, Succession, Text, tempconfig

from nncore.init import initial_parameters
from scenes.kit import theme
from scenes.kit.network_diagram import NetworkDiagram, brightness, largest_weight

FRAME_HALF_W, FRAME_HALF_H = 14.22 / 2, 8.0 / 2


@pytest.fixture(autouse=True)
def dark_theme():
    before = theme.current().name
    theme.use("dark")
    yield theme.current()
    theme.use(before)


def params(sizes, seed=0):
    return initial_parameters(sizes, "random", np.random.default_rng(seed))


def diagram(sizes, **kwargs):
    w, b = params(sizes)
    return NetworkDiagram(w, b, labels=[str(i) for i in range(sizes[-1])], **kwargs)


def n_subpaths(mob):
    return len(mob.points) // 4


@pytest.mark.parametrize("sizes", [[1, 1, 1], [2, 4, 4, 1], [64, 16, 10], [64, 32, 16, 10]])
def test_fits_the_frame_with_room_for_title_and_captions(sizes):
    d = diagram(sizes)
    assert d.width <= 11 + 1e-6 and d.height <= 5.5 + 1e-6
    assert abs(d.get_left()[0]) <= FRAME_HALF_W and abs(d.get_right()[0]) <= FRAME_HALF_W
    assert d.get_top()[1] <= FRAME_HALF_H - 1.0 and d.get_bottom()[1] >= -FRAME_HALF_H + 1.0


def test_width_and_height_kwargs_shrink_it():
    d = diagram([64, 16, 10], width=6, height=3)
    assert d.width <= 6 + 1e-6 and d.height <= 3 + 1e-6


def test_big_layers_are_elided_to_8_dots_8_and_a_count():
    d = diagram([64, 16, 10])
    assert len(d.neurons(0)) == 16 and len(d.neurons(1)) == 16 and len(d.neurons(2)) == 10
    assert len(d.ellipses) == 1 and len(d.ellipses[0]) == 3
    assert [label.text for label in d.count_labels] == ["64"]
    assert d.shown_indices(0) == list(range(8)) + list(range(56, 64))


def test_elision_starts_just_above_what_fits_undrawn():
    assert len(diagram([16, 3]).ellipses) == 0
    d = diagram([17, 3])
    assert len(d.neurons(0)) == 16 and len(d.ellipses) == 1
    assert len(diagram([20, 3], max_drawn=12).neurons(0)) == 12


def test_real_index_maps_to_its_circle_or_none():
    d = diagram([64, 16, 10])
    assert d.neuron_at(0, 0) is d.neurons(0)[0]
    assert d.neuron_at(0, 63) is d.neurons(0)[-1]
    assert d.neuron_at(0, 30) is None
    assert d.output_label(3).text == "3"


def test_edges_are_drawn_only_between_drawn_neurons():
    d = diagram([64, 16, 10])
    assert sum(n_subpaths(m) for m in d.edges(0)) == 16 * 16
    assert sum(n_subpaths(m) for m in d.edges(1)) == 16 * 10
    assert d.edge_style(0, 0, 30) is None and d.edge_style(0, 0, 63) is not None


def test_edge_colours_follow_weight_signs(dark_theme):
    w = [np.array([[0.5, -0.5], [-1.0, 1.0]])]
    d = NetworkDiagram(w)
    assert d.edge_style(0, 0, 0)[0] == dark_theme.positive
    assert d.edge_style(0, 0, 1)[0] == dark_theme.negative
    assert d.edge_style(0, 1, 0)[0] == dark_theme.negative
    assert d.edge_style(0, 1, 1)[0] == dark_theme.positive


def test_edge_widths_grow_with_weight_size(dark_theme):
    sizes = np.linspace(0.01, 1.0, 12)
    d = NetworkDiagram([sizes[None, :] * np.where(np.arange(12) % 2, 1, -1)])
    widths = [d.edge_style(0, 0, i)[1] for i in range(12)]
    assert all(a <= b for a, b in zip(widths, widths[1:]))
    assert widths[0] < widths[-1] == pytest.approx(dark_theme.max_edge_width)


def test_weight_scale_makes_snapshots_comparable():
    w = [np.array([[0.1, 0.2]])]
    own, shared = NetworkDiagram(w), NetworkDiagram(w, weight_scale=1.0)
    assert shared.edge_style(0, 0, 1)[1] < own.edge_style(0, 0, 1)[1]
    assert largest_weight(w, [np.array([[-3.0]])]) == 3.0


def test_brightness_uses_size_and_scales_layers_past_one():
    assert brightness([-1.0, 0.0, 0.5]).tolist() == [1.0, 0.0, 0.5]
    assert brightness([0.0, 2.0, 4.0]).tolist() == [0.0, 0.5, 1.0]


def test_a_copy_draws_its_edges_at_its_own_place():
    d = diagram([4, 3, 2])
    twin = d.copy().shift([3.0, 0.0, 0.0])
    twin.set_weights(params([4, 3, 2], seed=2)[0])
    xs = np.concatenate([m.points[:, 0] for m in twin.edge_groups.family_members_with_points()])
    assert twin.neurons(0)[0].get_x() == pytest.approx(d.neurons(0)[0].get_x() + 3.0)
    assert twin.neurons(0)[0].get_x() < xs.min() and xs.max() < twin.neurons(2)[0].get_x()


def test_mismatched_shapes_are_refused():
    with pytest.raises(ValueError, match="chain"):
        NetworkDiagram([np.ones((3, 2)), np.ones((1, 4))])
    d = diagram([2, 3, 1])
    with pytest.raises(ValueError, match="activations"):
        d.light_up([np.ones(2), np.ones(3)])
    with pytest.raises(ValueError, match="sizes"):
        d.morph_to(params([2, 4, 1])[0])
    with pytest.raises(ValueError, match="labels"):
        NetworkDiagram(params([2, 3])[0], labels=["a", "b"])


def play_instantly(animation):
    animation.begin()
    animation.interpolate(0.5)
    animation.finish()


def test_morph_ends_looking_like_the_target_snapshot():
    w0, b0 = params([64, 16, 10], seed=0)
    w1, b1 = params([64, 16, 10], seed=1)
    scale = largest_weight(w0, w1)
    d = NetworkDiagram(w0, b0, weight_scale=scale)
    play_instantly(d.morph_to(w1, b1))
    fresh = NetworkDiagram(w1, b1, weight_scale=scale)
    for pair, rows, cols in [(0, 3, 60), (1, 9, 2), (1, 0, 0)]:
        assert d.edge_style(pair, rows, cols) == fresh.edge_style(pair, rows, cols)
    assert np.allclose(d.weights[1], w1[1]) and np.allclose(d.biases[0], b1[0])


def test_chained_morphs_start_from_the_look_at_play_time():
    ws = [params([5, 3, 2], seed=k)[0] for k in range(3)]
    d = NetworkDiagram(ws[0], weight_scale=largest_weight(*ws))
    chain = Succession(d.morph_to(ws[1]), d.morph_to(ws[2]))
    chain.scene = None   # what Succession reads from its scene setup
    chain.begin()
    chain.interpolate(0.75)   # halfway through the second morph (smooth(0.5) == 0.5)
    assert np.allclose(d.weights[0], (ws[1][0] + ws[2][0]) / 2)
    chain.finish()
    assert np.allclose(d.weights[0], ws[2][0])


def test_light_up_sets_brightness_between_background_and_fill(dark_theme):
    d = diagram([2, 3, 1])
    play_instantly(d.light_up([np.array([0.0, 1.0]), np.zeros(3), np.ones(1)]))
    fills = [c.get_fill_color().to_hex() for c in d.neurons(0)]
    assert fills == [dark_theme.background, dark_theme.neuron_fill]


def test_edges_follow_a_moved_diagram():
    d = diagram([4, 3, 2])
    d.shift([2.0, 1.0, 0.0]).scale(0.5)
    d.set_weights(params([4, 3, 2], seed=5)[0])
    left, right = d.neurons(0)[0].get_x(), d.neurons(2)[0].get_x()
    xs = np.concatenate([m.points[:, 0] for m in d.edge_groups.family_members_with_points()])
    assert left < xs.min() and xs.max() < right


def test_pulse_shows_slivers_of_the_edges_then_leaves():
    d = diagram([4, 3, 2])
    flash = d.pulse_layer(0)
    flash.begin()
    flash.interpolate(0.5)
    assert flash.is_remover()
    slivers = [m for m in flash.mobject if len(m.points)]
    assert slivers and sum(n_subpaths(m) for m in slivers) == 4 * 3


def test_a_reverse_pulse_runs_from_the_next_layer_back():
    d = diagram([4, 3, 2])
    left, right = d.neurons(0)[0].get_x(), d.neurons(1)[0].get_x()
    for reverse, start in ((False, left), (True, right)):
        flash = d.pulse_layer(0, reverse=reverse)
        flash.begin()
        flash.interpolate(0.1)      # early on, the slivers are still near where they start
        xs = np.concatenate([m.points[:, 0] for m in flash.mobject if len(m.points)])
        assert abs(xs.mean() - start) < (right - left) / 4


def test_crowded_labels_share_one_text_size(dark_theme):
    """Fitted one by one, "banana" was drawn bigger than "apple" (whose p's reach lower)."""
    names = ["apple", "banana"] * 5
    d = NetworkDiagram(params([64, 16, 10])[0], labels=names)
    scales = [d.output_label(i).height / Text(name, font=dark_theme.font, font_size=dark_theme.label_size).height
              for i, name in enumerate(names)]
    assert max(scales) < 1.0                      # crowded: the labels were shrunk...
    assert max(scales) == pytest.approx(min(scales), rel=1e-6)   # ...all by the same factor


def test_neuron_outlines_come_from_the_theme(dark_theme):
    assert diagram([2, 1]).neurons(0)[0].get_stroke_width() == dark_theme.neuron_stroke_width


def test_activations_given_at_construction_light_the_neurons(dark_theme):
    w, b = params([2, 1])
    d = NetworkDiagram(w, b, activations=[np.array([1.0, 0.0]), np.array([0.0])], name="net")
    assert d.neurons(0)[0].get_fill_color().to_hex() == dark_theme.neuron_fill
    assert d.name == "net"   # kwargs reach VGroup


def test_repr_names_the_sizes():
    assert repr(diagram([64, 16, 10])).startswith("NetworkDiagram(64-16-10, drawn 16-16-10")


class _Tiny(Scene):
    def construct(self):
        w0, b0 = params([6, 4, 2], seed=0)
        w1, b1 = params([6, 4, 2], seed=1)
        d = NetworkDiagram(w0, b0, labels=["a", "b"], weight_scale=largest_weight(w0, w1))
        self.play(Create(d), run_time=0.4)
        self.play(d.morph_to(w1, b1), run_time=0.4)
        self.play(d.pulse_layer(0), run_time=0.4)
        self.play(d.light_up([np.ones(6), np.ones(4) / 2, np.zeros(2)]), run_time=0.4)


def test_a_tiny_scene_renders(tmp_path):
    with tempconfig({"quality": "low_quality", "pixel_width": 160, "pixel_height": 90,
                     "frame_rate": 5, "format": "mp4", "media_dir": str(tmp_path),
                     "disable_caching": True, "verbosity": "ERROR", "progress_bar": "none"}):
        scene = _Tiny()
        scene.render()
        movie = scene.renderer.file_writer.movie_file_path
    assert movie.exists() and movie.stat().st_size > 0
