"""The training loop: the step rule, symmetry, stopping rules, accuracy and determinism."""
from __future__ import annotations

import numpy as np
import pytest

from nncore import datasets
from nncore.presets import config_for
from nncore.train import CONV_RECORDS, CONV_SNAPSHOTS, MAX_RECORDS, MAX_SNAPSHOTS, Schedule, spaced_steps, train


def test_full_batch_snapshots_follow_the_step_rule():
    h = train(config_for("tiny", epochs=40))
    lr = h.config["lr"]
    pairs = [(a, b) for a, b in zip(h.snapshots, h.snapshots[1:]) if b.step == a.step + 1]
    assert len(pairs) >= 30
    for a, b in pairs:
        for w0, g0, w1 in zip(a.weights, a.grad_weights, b.weights):
            assert np.allclose(w1, w0 - lr * g0, rtol=0, atol=1e-12)
        for b0, g0, b1 in zip(a.biases, a.grad_biases, b.biases):
            assert np.allclose(b1, b0 - lr * g0, rtol=0, atol=1e-12)


def test_snapshot_gradients_are_of_the_full_training_set():
    h = train(config_for("digits", epochs=1))
    snap = h.snapshots[3]
    x, y = h.split("train")
    p = h.network(snap.step).backward(x, y)
    for g, mine in zip(snap.grad_weights, p.grad_weights):
        assert np.allclose(g, mine, rtol=1e-10, atol=1e-15)


def hidden_spread(h):
    """How different the hidden neurons' incoming weights are, at the last snapshot."""
    w = h.snapshot().weights[0]
    return np.abs(w - w[0]).max()


def test_constant_init_keeps_hidden_neurons_identical():
    h = train(config_for("tiny", init="constant", hidden=[4], epochs=100))
    assert hidden_spread(h) < 1e-12
    assert h.snapshot().weights[0][0, 0] != h.snapshots[0].weights[0][0, 0]  # it did learn


def test_random_init_lets_hidden_neurons_differ():
    h = train(config_for("tiny", init="random", hidden=[4], epochs=100))
    assert hidden_spread(h) > 0.1


def test_digits_preset_reaches_93_percent_on_unseen_digits(digits_history):
    assert digits_history.final.test_accuracy >= 0.93


def test_tiny_preset_reaches_95_percent(tiny_history):
    assert tiny_history.final.test_accuracy >= 0.95
    assert len(tiny_history.config["sizes"]) <= 4 and max(tiny_history.config["sizes"]) <= 8


def test_xor_with_three_hidden_neurons_learns_every_training_point():
    h = train(config_for("tiny", dataset="xor", hidden=[3]))
    assert h.final.train_accuracy == 1.0


def test_same_config_gives_byte_identical_history():
    a = train(config_for("tiny", epochs=50)).to_json()
    b = train(config_for("tiny", epochs=50)).to_json()
    assert a == b
    assert a != train(config_for("tiny", epochs=50, seed=1)).to_json()


def test_every_snapshot_has_its_record(digits_history):
    recorded = {r.step for r in digits_history.records}
    assert all(s.step in recorded for s in digits_history.snapshots)


def test_records_start_at_the_initial_weights_and_cost_is_the_full_training_cost(tiny_history):
    h = tiny_history
    assert h.records[0].step == 0 and h.snapshots[0].step == 0
    x, y = h.split("train")
    for snap in h.snapshots[::20]:
        rec = next(r for r in h.records if r.step == snap.step)
        assert rec.cost == pytest.approx(h.network(snap.step).cost_of(x, y), abs=1e-12)
    assert h.records[-1].step == h.stopped.step == h.snapshots[-1].step


def test_target_accuracy_stops_early():
    h = train(config_for("tiny", target_accuracy=0.9))
    assert h.stopped.reason == "target_accuracy"
    assert h.final.train_accuracy >= 0.9 and h.stopped.step < 800


def test_converged_stops_when_the_cost_stops_falling():
    h = train(config_for("tiny", epochs=5000, tolerance=1e-3, patience=20))
    assert h.stopped.reason == "converged" and h.stopped.step < 5000


@pytest.mark.parametrize("activation,cost", [("relu", "cross_entropy"), ("sigmoid", "squared_error")])
def test_a_huge_learning_rate_never_writes_nan(activation, cost):
    h = train(config_for("digits", activation=activation, cost=cost, lr=1e6, epochs=3, hidden=[16, 16]))
    text = h.to_json()  # allow_nan=False: raises if anything is not finite
    assert "NaN" not in text and "Infinity" not in text
    assert h.stopped.reason in ("diverged", "max_epochs", "converged")


def test_relu_with_an_absurd_learning_rate_reports_diverged():
    h = train(config_for("tiny", activation="relu", cost="cross_entropy", lr=1e12, hidden=[8]))
    assert h.stopped.reason == "diverged"


def test_the_history_stays_bounded_whatever_the_epochs():
    for total in (10, 500, 10_000, 10**7):
        assert len(spaced_steps(total, 200, MAX_RECORDS, even=True)) <= MAX_RECORDS
        steps = spaced_steps(total, 30, MAX_SNAPSHOTS, even=False)
        assert len(steps) <= MAX_SNAPSHOTS and 0 in steps and total in steps


def test_digits_history_file_is_under_20_mb(digits_history):
    assert len(digits_history.to_json()) < 20e6


def test_csv_data_trains(tmp_path):
    rng = np.random.default_rng(0)
    rows = ["a,b,kind"] + [f"{x:.3f},{y:.3f},{'cat' if x > y else 'dog'}" for x, y in rng.uniform(size=(60, 2))]
    path = tmp_path / "pets.csv"
    path.write_text("\n".join(rows))
    h = train(config_for("tiny", dataset=str(path)))
    assert h.labels == ["cat", "dog"] and h.final.train_accuracy > 0.9
    assert datasets.load(str(path)).x_train.max() <= 1.0


@pytest.mark.parametrize("overrides,after", [
    # stopping between step 30 and 100: every step recorded, but not snapshotted
    (dict(target_accuracy=0.8), 30),
    (dict(epochs=5000, tolerance=1e-3, patience=20), 30),
    (dict(activation="relu", cost="cross_entropy", lr=1e12, hidden=[8]), 0),
])
def test_the_stopping_step_always_has_a_record_and_a_snapshot(overrides, after, monkeypatch):
    # few snapshots, so the stopping step is recorded but not scheduled for a snapshot
    monkeypatch.setattr("nncore.train.MAX_SNAPSHOTS", 12)
    h = train(config_for("tiny", **overrides))
    assert h.records[-1].step == h.stopped.step == h.snapshots[-1].step
    assert h.stopped.step > after


@pytest.mark.parametrize("total", [5, 39, 40, 10_000])
def test_a_convnets_schedule_is_bounded_and_keeps_both_ends(total):
    s = Schedule.conv(total)
    assert {0, total} <= s.snapshots and len(s.snapshots) <= CONV_SNAPSHOTS
    assert {0, total} <= s.records and len(s.records | s.snapshots) <= CONV_RECORDS + CONV_SNAPSHOTS


# --- the stopping rule on constructed runs: a stand-in net whose cost and training accuracy
# at each epoch follow a script, trained by the real loop (full batch: one step per epoch) ---

class ScriptedNet:
    """Its one parameter counts the steps taken; the epoch's cost and accuracy are the script's."""

    def __init__(self, costs, accuracies, y_all):
        self.costs, self.accuracies, self.y_all = costs, accuracies, y_all
        self.p = np.zeros(1)

    def at(self, script):
        return script[min(int(self.p[0]), len(script) - 1)]

    def backward(self, x, y):
        pass

    def params(self):
        return [self.p]

    def grads(self):
        return [np.array([-1.0])]          # with lr 1 each step adds one

    def set_params(self, params):
        self.p = params[0]

    def predict(self, x):
        """Right on the first share of the rows the script's accuracy says, wrong on the rest."""
        y = self.y_all[:len(x)].copy()
        wrong = np.arange(len(x)) >= round(self.at(self.accuracies) * len(x))
        y[wrong] = np.roll(y[wrong], 1, axis=1)
        return y

    outputs = predict

    def cost(self, guess, y):
        return float(self.at(self.costs))

    def snapshot_fields(self, x, y):
        return {"weights": [self.p.copy()], "biases": [self.p.copy()]}


def scripted_run(costs, accuracies, **settings):
    """The real Run over a scripted net; returns its Stop."""
    from nncore.train import Run, TrainConfig
    eye = np.eye(3)
    data = datasets.Dataset("scripted", np.zeros((60, 2)), eye[np.arange(60) % 3],
                            np.zeros((12, 2)), eye[np.arange(12) % 3], ["a", "b", "c"])
    net = ScriptedNet(costs, accuracies, np.concatenate([data.y_train, data.y_test]))
    config = TrainConfig(lr=1.0, batch_size=None, **{"epochs": len(costs) - 1, **settings})
    run = Run(net, data, config, Schedule(set(), set()), np.random.default_rng(0))
    run.train()
    return run.stopped


def recipe_window():
    """The epochs and window the recipe gives a small table (iris-sized)."""
    from nncore.presets import recipe
    r = recipe(rows=150, features=4, classes=3)
    return r["epochs"], r["patience"]


def test_a_plateau_then_a_drop_is_not_stopped_on_the_plateau():
    epochs, window = recipe_window()
    plateau = window * 2 // 3              # flat a while, then falls, then flat for good
    drop_end = plateau + epochs // 4
    costs = np.concatenate([[1.0], np.full(plateau, 0.999), np.linspace(0.999, 0.1, drop_end - plateau),
                            np.full(epochs - drop_end, 0.1)])
    accuracies = np.concatenate([[0.33], np.full(plateau, 0.4), np.linspace(0.4, 0.97, drop_end - plateau),
                                 np.full(epochs - drop_end, 0.97)])
    stop = scripted_run(costs, accuracies, patience=window)
    assert stop.step > drop_end and stop.reason == "converged"
    # the old five-epoch window called the plateau convergence
    assert scripted_run(costs, accuracies, patience=5).step <= plateau


def test_never_converged_while_training_accuracy_is_far_below_its_best():
    # the cost settles while the accuracy falls away from its best: not "stopped getting better"
    costs = np.concatenate([np.linspace(1.0, 0.3, 20), np.full(60, 0.3)])
    accuracies = np.concatenate([np.linspace(0.3, 0.9, 20), np.full(60, 0.7)])
    assert scripted_run(costs, accuracies, patience=10).reason == "plateau"
    # within a few points of its best it is converged
    close = np.concatenate([np.linspace(0.3, 0.9, 20), np.full(60, 0.88)])
    assert scripted_run(costs, close, patience=10).reason == "converged"


def test_running_out_of_rounds_says_whether_it_was_still_learning():
    falling = np.linspace(1.0, 0.2, 50)
    assert scripted_run(falling, np.linspace(0.3, 0.9, 50), patience=10).reason == "max_epochs"
    # stuck above where it started the whole way: lost, never converged; out of rounds on a flat stretch
    stuck = np.concatenate([[0.5], np.full(49, 0.6)])
    assert scripted_run(stuck, np.full(50, 0.34), patience=10).reason == "plateau"


def test_converged_is_judged_on_the_lowest_cost_not_one_noisy_epoch():
    # mini-batch noise: one epoch's cost pops up above the one a window ago while the lowest keeps falling
    costs = np.array([1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.95, 0.45, 0.4, 0.35, 0.3, 0.25, 0.2])
    stop = scripted_run(costs, np.linspace(0.3, 0.9, len(costs)), patience=5)
    assert stop.reason == "max_epochs"
