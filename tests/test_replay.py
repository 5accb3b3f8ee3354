"""replay.json and the replay page: compact, exact, and the browser's forward pass is nncore's."""
from __future__ import annotations

import json

import numpy as np
import pytest

from scenes.kit import theme as themes
from scenes.output import blogkit, replay
from tests.browser import browser, open_page  # noqa: F401  (browser is a fixture)

TOLERANCE = 1e-9   # the honesty rule: the page's activations are nncore's to this


# --- replay.json ---

def test_the_default_runs_replay_is_small_and_keeps_every_snapshot(digits_history):
    doc = replay.replay_data(digits_history)
    size = len(replay.to_json(doc).encode())
    assert size < 2_000_000, f"replay.json is {size:,} bytes"
    assert doc["snapshots"]["steps"] == [s.step for s in digits_history.snapshots]


def test_packed_weights_are_the_historys_own_bits(tiny_history):
    doc = replay.replay_data(tiny_history)
    params = replay.unpacked(doc["snapshots"]["params"]).reshape(len(doc["snapshots"]["steps"]), -1)
    for row, step in zip(params, doc["snapshots"]["steps"]):
        snap = tiny_history.snapshot(step)
        assert snap.step == step
        at = 0
        for w, b in zip(snap.weights, snap.biases):
            assert np.array_equal(row[at:at + w.size].reshape(w.shape), w)
            at += w.size
            assert np.array_equal(row[at:at + b.size], b)
            at += b.size
        assert at == len(row)


def test_a_tight_budget_thins_snapshots_evenly_keeping_the_ends(digits_history):
    per = 8 * len(replay.flat_params(digits_history.snapshots[0]))
    kept = replay.kept_snapshots(digits_history.snapshots, budget=10 * per)
    steps = [s.step for s in kept]
    assert len(kept) == 10
    assert steps[0] == digits_history.snapshots[0].step and steps[-1] == digits_history.snapshots[-1].step
    assert steps == sorted(set(steps))


def test_every_snapshot_has_its_record_in_the_replay(tiny_history):
    doc = replay.replay_data(tiny_history)
    records = {r.step: r for r in tiny_history.records}
    for step in doc["snapshots"]["steps"]:
        k = doc["records"]["step"].index(step)
        assert doc["records"]["cost"][k] == records[step].cost
        assert doc["records"]["test_accuracy"][k] == records[step].test_accuracy


def test_a_convnet_history_is_refused(tiny_history):
    from nncore.history import History
    conv = History(config={**tiny_history.config, "model": "conv"}, data=tiny_history.data)
    with pytest.raises(ValueError, match="convnet"):
        replay.replay_data(conv)


# --- the page, from disk, in Chromium ---

def replay_page(browser, history, folder, theme="dark"):  # noqa: F811
    doc = replay.replay_data(history)
    path = folder / "replay.html"
    path.write_text(blogkit.replay_html(doc, themes.THEMES[theme]))
    page = open_page(browser, path.as_uri(), viewport={"width": 1100, "height": 900})
    page.wait_for_function("window.replay !== undefined")
    return page, doc


def move_slider(page, k: int) -> None:
    page.locator("#step").fill(str(k))


def shown_activations(page) -> dict[tuple[int, int], float]:
    """(layer, neuron) -> the activation each drawn neuron carries, read off the SVG."""
    cells = page.eval_on_selector_all("#network circle.neuron",
                                      "cs => cs.map(c => [+c.dataset.layer, +c.dataset.index, c.dataset.a])")
    return {(layer, i): float(a) for layer, i, a in cells}


def check_step(page, history, doc, k: int) -> None:
    """The page at slider position k shows that step's record, and nncore's activations."""
    step = doc["snapshots"]["steps"][k]
    record = next(r for r in history.records if r.step == step)
    assert page.evaluate("window.replay.state.step") == step
    assert page.inner_text("#cost") == f"{record.cost:.3f}"
    assert page.inner_text("#train-acc") == f"{100 * record.train_accuracy:.1f}%"
    assert page.inner_text("#test-acc") == f"{100 * record.test_accuracy:.1f}%"
    picked = doc["examples"]["index"][page.evaluate("window.replay.state.example")]
    x = history.split("train")[0][picked]
    expected = [a[0] for a in history.network(step).forward(x).a]
    drawn = shown_activations(page)
    assert len(drawn) == sum(len(s) for s in doc["shown"])
    for (layer, i), value in drawn.items():
        assert abs(value - expected[layer][i]) < TOLERANCE
    every = page.evaluate("window.replay.state.activations")
    for got, want in zip(every, expected):
        assert np.max(np.abs(np.array(got) - want)) < TOLERANCE


@pytest.fixture(scope="module")
def digits_page(browser, digits_history, tmp_path_factory):  # noqa: F811
    page, doc = replay_page(browser, digits_history, tmp_path_factory.mktemp("replay-digits"))
    yield page, doc
    assert page.errors == []
    page.close()


@pytest.fixture(scope="module")
def tiny_page(browser, tiny_history, tmp_path_factory):  # noqa: F811
    page, doc = replay_page(browser, tiny_history, tmp_path_factory.mktemp("replay-tiny"), theme="light")
    yield page, doc
    assert page.errors == []
    page.close()


def test_the_slider_shows_each_steps_record_and_nncores_activations(digits_page, digits_history):
    page, doc = digits_page
    for k in (0, 7, len(doc["snapshots"]["steps"]) // 2, len(doc["snapshots"]["steps"]) - 1):
        move_slider(page, k)
        check_step(page, digits_history, doc, k)


def test_picking_an_example_lights_the_neurons_by_its_activations(digits_page, digits_history):
    page, doc = digits_page
    move_slider(page, 40)
    page.click(".example[data-index='3']")
    assert page.evaluate("window.replay.state.example") == 3
    check_step(page, digits_history, doc, 40)
    assert "picked" in page.get_attribute(".example[data-index='3']", "class")


def test_the_row_shows_the_networks_guesses_at_that_step(digits_page, digits_history):
    page, doc = digits_page
    k = len(doc["snapshots"]["steps"]) - 1
    move_slider(page, k)
    x = digits_history.split("train")[0][doc["examples"]["index"]]
    guesses = digits_history.network(doc["snapshots"]["steps"][k]).guesses(x)
    shown = page.eval_on_selector_all(".example .guess", "gs => gs.map(g => g.textContent)")
    assert shown == [digits_history.labels[g] for g in guesses]


def test_the_play_button_steps_through_the_snapshots(digits_page):
    page, _ = digits_page
    move_slider(page, 0)
    page.click("#play")
    page.wait_for_function("window.replay.state.snapshot >= 2", timeout=5000)
    page.click("#play")     # pause
    held = page.evaluate("window.replay.state.snapshot")
    page.wait_for_timeout(800)
    assert page.evaluate("window.replay.state.snapshot") == held


def test_the_decision_map_is_nncores_answer_at_that_step(tiny_page, tiny_history):
    from scenes.kit.readings import class_and_sureness, grid_inputs
    page, doc = tiny_page
    k = 12
    move_slider(page, k)
    check_step(page, tiny_history, doc, k)
    state = page.evaluate("window.replay.state.map")
    inputs, outputs = np.array(state["inputs"]), np.array(state["outputs"])
    assert np.max(np.abs(inputs - grid_inputs(doc["map"]["bounds"], doc["map"]["cells"]))) < 1e-12
    net = tiny_history.network(doc["snapshots"]["steps"][k])
    assert np.max(np.abs(outputs - net.predict(inputs))) < TOLERANCE
    # and the colours drawn are those answers: cells clear of every dot show their class's shade
    classes, sure = class_and_sureness(net.predict(inputs))
    theme, cells = themes.LIGHT, doc["map"]["cells"]
    side = page.evaluate("document.getElementById('map').width")
    points = replay.unpacked(doc["examples"]["x"]).reshape(-1, 2)
    (x0, x1), (y0, y1) = doc["map"]["bounds"]
    dots = np.column_stack([(points[:, 0] - x0) / (x1 - x0) * side, (1 - (points[:, 1] - y0) / (y1 - y0)) * side])
    checked = 0
    for cell in range(0, cells * cells, 7):
        r, c = divmod(cell, cells)
        px, py = (c + 0.5) * side / cells, (r + 0.5) * side / cells
        if np.min(np.hypot(dots[:, 0] - px, dots[:, 1] - py)) < 12:
            continue
        level = min(int(sure[cell] * 5), 4)
        want = blogkit._rgb(blogkit._mix(theme.background, theme.classes[classes[cell]], 0.08 + 0.42 * (level + 1) / 5))
        got = page.evaluate(f"Array.from(document.getElementById('map').getContext('2d')"
                            f".getImageData({int(px)}, {int(py)}, 1, 1).data).slice(0, 3)")
        assert max(abs(a - b) for a, b in zip(got, want)) <= 2, (cell, got, want)
        checked += 1
    assert checked > 50


def test_clicking_a_point_on_the_map_follows_it(tiny_page, tiny_history):
    page, doc = tiny_page
    move_slider(page, 30)
    box = page.locator("#map").bounding_box()
    page.mouse.click(box["x"] + box["width"] * 0.5, box["y"] + box["height"] * 0.5)
    picked = page.evaluate("window.replay.state.example")
    assert picked != doc["examples"]["index"].index(doc["examples"]["story"])
    check_step(page, tiny_history, doc, 30)
    page.keyboard.press("ArrowRight")     # the map has the focus now: the next point
    assert page.evaluate("window.replay.state.example") == (picked + 1) % len(doc["examples"]["index"])
    check_step(page, tiny_history, doc, 30)


def test_the_page_carries_its_data_inline_and_needs_no_network(tiny_history, tmp_path):
    doc = replay.replay_data(tiny_history)
    page = blogkit.replay_html(doc, themes.DARK)
    inline = page.split('<script type="application/json" id="replay-data">')[1].split("</script>")[0]
    assert json.loads(inline) == json.loads(replay.to_json(doc))
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "") and "https://" not in page
