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


def scripted(costs, accuracies=None, **settings):
    """The real Run over a scripted net, not yet trained (accuracies: 0.5 throughout by default)."""
    from nncore.train import Run, TrainConfig
    eye = np.eye(3)
    data = datasets.Dataset("scripted", np.zeros((60, 2)), eye[np.arange(60) % 3],
                            np.zeros((12, 2)), eye[np.arange(12) % 3], ["a", "b", "c"])
    accuracies = np.full(len(costs), 0.5) if accuracies is None else accuracies
    net = ScriptedNet(costs, accuracies, np.concatenate([data.y_train, data.y_test]))
    config = TrainConfig(lr=1.0, batch_size=None, **{"epochs": len(costs) - 1, **settings})
    return Run(net, data, config, Schedule(set(), set()), np.random.default_rng(0))


def scripted_run(costs, accuracies, **settings):
    """The real Run over a scripted net, trained; returns its Stop."""
    run = scripted(costs, accuracies, **settings)
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


# --- fast checks of what train() and train_conv() pass on, on small data (for bench/mutation.py) ---

def test_the_output_layer_is_a_softmax_only_for_cross_entropy_over_several_outputs():
    from nncore.train import TrainConfig
    assert TrainConfig(cost="cross_entropy").output_activation(3) == "softmax"
    assert TrainConfig(cost="cross_entropy").output_activation(2) == "softmax"
    assert TrainConfig(cost="cross_entropy").output_activation(1) == "sigmoid"
    assert TrainConfig(cost="squared_error").output_activation(10) == "sigmoid"


def test_a_run_loads_its_data_as_the_config_says_and_writes_its_settings(monkeypatch):
    from nncore.train import TrainConfig
    asked, epochs = [], []
    real = datasets.load

    def load(*args):
        asked.append(args)
        return real(*args)
    monkeypatch.setattr("nncore.train.datasets.load", load)
    config = TrainConfig(dataset="xor", hidden=[2], activation="tanh", lr=0.5, epochs=3, batch_size=None,
                         seed=4, test_fraction=0.5, tolerance=0.01, patience=7)
    h = train(config, on_epoch=epochs.append)
    assert asked == [("xor", 4, 0.5)] and epochs == [1, 2, 3]
    assert len(h.split("test")[0]) == len(real("xor", 4, 0.5).x_test)
    assert h.config == {"sizes": [2, 2, 1], "activations": ["tanh", "sigmoid"], "dataset": "xor", "hidden": [2],
                        "activation": "tanh", "cost": "squared_error", "init": "random", "lr": 0.5, "epochs": 3,
                        "batch_size": None, "seed": 4, "test_fraction": 0.5, "tolerance": 0.01, "patience": 7,
                        "target_accuracy": None,
                        "stop": {"tolerance": 0.01, "patience": 7, "target_accuracy": None, "max_epochs": 3}}
    assert "recipe" not in h.config          # a preset's file stays as it was
    kept = train(TrainConfig(dataset="xor", hidden=[2], epochs=1, recipe={"rows": 1}))
    assert kept.config["recipe"] == {"rows": 1}


def test_mini_batches_follow_the_seeds_documented_draws():
    """The start is drawn from default_rng([seed, 1]) and the piles from default_rng([seed, 2]):
    the first epoch redone here by hand, step for step."""
    from nncore.init import initial_parameters
    from nncore.network import Network
    from nncore.train import TrainConfig
    config = TrainConfig(dataset="xor", hidden=[3], activation="tanh", lr=0.7, epochs=1, batch_size=50, seed=3)
    h = train(config)
    data = datasets.load("xor", 3, 0.2)
    weights, biases = initial_parameters([2, 3, 1], "random", np.random.default_rng([3, 1]))
    net = Network(weights, biases, ["tanh", "sigmoid"], "squared_error")
    order = np.random.default_rng([3, 2]).permutation(len(data.x_train))
    snaps = {s.step: s for s in h.snapshots}
    for step, start in enumerate(range(0, len(order), 50), start=1):
        rows = order[start:start + 50]
        p = net.backward(data.x_train[rows], data.y_train[rows])
        net = Network([w - 0.7 * g for w, g in zip(net.weights, p.grad_weights)],
                      [b - 0.7 * g for b, g in zip(net.biases, p.grad_biases)], ["tanh", "sigmoid"], "squared_error")
        assert np.allclose(snaps[step].weights[0], net.weights[0], rtol=0, atol=1e-12)
    assert step == h.stopped.step > 2


@pytest.mark.parametrize("total", [1000, 10_000])
def test_a_convnets_schedule_keeps_a_quarter_at_the_start_and_spaces_the_rest_evenly(total):
    s = Schedule.conv(total)
    for kept, most in ((s.records, CONV_RECORDS), (s.snapshots, CONV_SNAPSHOTS)):
        first = most // 4
        assert set(range(first)) <= kept
        later = sorted(k for k in kept if k >= first)
        gaps = np.diff(later)
        even = (total - first) / (most - first - 1)
        assert later[0] == first and later[-1] == total and len(kept) == most
        assert gaps.min() >= np.floor(even) and gaps.max() <= np.ceil(even)


def test_lowest_cost_words_say_where_the_lowest_was():
    from nncore.history import Record
    from nncore.train import lowest_cost_words

    def records(*costs):
        return [Record(i * 10, i, c, 0.5, 0.5) for i, c in enumerate(costs)]
    assert lowest_cost_words(records(0.9, 0.5, 0.123)) == "It ended at the lowest cost it had reached, 0.12."
    # within a twentieth of the lowest: close; the lowest's own figure is said
    assert lowest_cost_words(records(0.9, 0.2, 0.21)) == "It ended close to the lowest cost it had reached, 0.2."
    assert lowest_cost_words(records(0.9, 0.2, 0.2 * 1.05)) == "It ended close to the lowest cost it had reached, 0.2."
    assert lowest_cost_words(records(0.9, 0.2, 0.2101)) == \
        "Its lowest cost, 0.2, came at step 10; it ended higher, at 0.21."
    assert lowest_cost_words(records(0.2, 0.0456, 0.9)) == \
        "Its lowest cost, 0.046, came at step 10; it ended higher, at 0.9."
    # a tie with an earlier step: the first lowest is named, and the end is "close", not "at"
    assert lowest_cost_words(records(0.3, 0.3)) == "It ended close to the lowest cost it had reached, 0.3."


def small_pictures(classes=3, rows=40, test_rows=12):
    """Random 8x8 'pictures', a class each: enough for the convnet's loop, in milliseconds."""
    rng = np.random.default_rng(0)
    eye = np.eye(classes)
    y = lambda n: eye[np.arange(n) % classes] if classes > 2 else (np.arange(n) % 2)[:, None].astype(float)
    return datasets.Dataset("pictures", rng.uniform(size=(rows, 64)), y(rows), rng.uniform(size=(test_rows, 64)),
                            y(test_rows), [str(c) for c in range(classes)])


def test_a_convnet_run_on_small_pictures(monkeypatch):
    from nncore import conv
    from nncore.train import ConvConfig, train_conv
    asked, epochs = [], []
    monkeypatch.setattr("nncore.train.datasets.load", lambda *args: asked.append(args) or small_pictures(2))
    config = ConvConfig(dataset="mine", kernels=2, init="xavier", lr=0.3, epochs=2, batch_size=None, seed=5,
                        test_fraction=0.3)
    h = train_conv(config, on_epoch=epochs.append)
    assert asked == [("mine", 5, 0.3)] and epochs == [1, 2]
    assert h.split("train")[1].shape == (40, 2)          # two classes as two outputs, for the softmax
    assert h.config == {"model": "conv", "image_side": 8, "kernels": 2, "kernel_size": 3, "pool": 2,
                        "sizes": [64, 18, 2], "activations": ["relu", "softmax"], "cost": "cross_entropy",
                        "init": "xavier", "lr": 0.3, "batch_size": None, "epochs": 2, "seed": 5,
                        "dataset": "pictures"}
    start = conv.ConvNet.start(2, 8, 2, "xavier", np.random.default_rng(5))
    assert np.array_equal(h.snapshots[0].kernels, start.kernels)
    assert [s.step for s in h.snapshots] == [r.step for r in h.records] == [0, 1, 2]
    assert h.stopped.reason == "max_epochs" and h.stopped.step == 2
    a, b = h.snapshots[0], h.snapshots[1]           # full batch: the step rule exactly
    assert np.allclose(b.kernels, a.kernels - 0.3 * a.grad_kernels, rtol=0, atol=1e-12)
    kept = h.feature_maps
    assert [(k.split, k.index, k.label) for k in kept] == [("test", 0, 0), ("test", 1, 1)]
    assert kept[0].feature_maps.shape == (2, 6, 6)
    assert np.allclose(kept[1].output, h.network().predict(h.split("test")[0][1:2])[0])


def test_a_convnet_keeps_the_examples_asked_for_and_shuffles_its_piles():
    from nncore.train import ConvConfig, train_conv
    data = small_pictures(3)
    config = ConvConfig(kernels=2, epochs=1, batch_size=10, seed=1)
    h = train_conv(config, data, examples=[("train", 5), ("test", 2)])
    assert [(k.split, k.index, k.label) for k in h.feature_maps] == [("train", 5, 2), ("test", 2, 2)]
    assert h.config["dataset"] == "pictures" and h.stopped.step == 4
    assert h.to_json() == train_conv(config, data, examples=[("train", 5), ("test", 2)]).to_json()
    assert h.to_json() != train_conv(ConvConfig(kernels=2, epochs=1, batch_size=10, seed=2), data,
                                     examples=[("train", 5), ("test", 2)]).to_json()


def test_total_steps_counts_the_piles_of_every_epoch():
    from nncore.train import TrainConfig, total_steps
    data = small_pictures(rows=25)
    assert total_steps(TrainConfig(epochs=3, batch_size=10), data) == 9     # piles of 10, 10 and 5
    assert total_steps(TrainConfig(epochs=3, batch_size=None), data) == 3
    assert total_steps(TrainConfig(epochs=2, batch_size=25), data) == 2


def layers(*sizes):
    """A stand-in network with the weights and biases of `sizes` (all Schedule.dense reads)."""
    from types import SimpleNamespace
    return SimpleNamespace(weights=[np.zeros((b, a)) for a, b in zip(sizes, sizes[1:])],
                           biases=[np.zeros(b) for b in sizes[1:]])


@pytest.mark.parametrize("sizes,most", [
    ((2, 4, 1), MAX_SNAPSHOTS),        # 34 numbers a snapshot: the most snapshots
    ((64, 100, 10), 39),               # 15,020 numbers: 600,000 // 15,020
    ((64, 500, 10), 12),               # 75,020 numbers: 7 would fit, but never fewer than 12
])
def test_a_dense_schedule_gives_big_networks_fewer_snapshots(sizes, most):
    s = Schedule.dense(layers(*sizes), 10_000)
    assert len(s.snapshots) == most and {0, 10_000} <= s.snapshots
    first = min(30, most // 2)
    assert set(range(first + 1)) <= s.snapshots
    # geometric after the first ones: the gaps grow
    later = sorted(k for k in s.snapshots if k >= first)
    assert later[1] == round(first * (10_000 / first) ** (1 / (most - first - 1)))
    # the records: the first hundred steps, then evenly spaced up to the last
    assert set(range(100)) <= s.records and len(s.records) == MAX_RECORDS
    gaps = np.diff(sorted(k for k in s.records if k >= 100))
    assert gaps.min() >= 33 and gaps.max() <= 34


def test_spaced_steps_keeps_every_step_while_they_fit():
    assert spaced_steps(11, 5, 12, even=False) == set(range(12))
    assert spaced_steps(11, 5, 12, even=True) == set(range(12))
    assert len(spaced_steps(12, 5, 12, even=False)) <= 12 and 12 in spaced_steps(12, 5, 12, even=False)
    assert spaced_steps(1000, 10, 20, even=True) == set(range(10)) | {round(10 + 990 * i / 9) for i in range(10)}


def test_a_run_goes_through_every_epoch_once_from_step_zero():
    run = scripted(np.linspace(1.0, 0.5, 6), patience=10)
    assert run.stopped is None and run.step == run.epoch == 0
    run.train()
    assert run.stopped.reason == "max_epochs" and run.stopped.step == 5 == run.epoch
    assert [(r.step, r.epoch) for r in run.records] == [(0, 0), (5, 5)]


def test_a_step_that_would_leave_finite_numbers_is_not_taken():
    run = scripted(np.linspace(1.0, 0.5, 6), patience=10)
    run.net.grads = lambda: [np.array([np.inf if run.net.p[0] >= 3 else -1.0])]
    run.train()
    assert run.stopped.reason == "diverged" and run.stopped.step == 3 and run.net.p.tolist() == [3.0]
    assert run.records[-1].step == 3 and run.snapshots[-1].weights[0].tolist() == [3.0]


@pytest.mark.parametrize("costs,reason", [
    ([1.0, 0.9, 0.8, 20.0], "diverged"),      # the last epoch's cost is judged
    ([1.0, 10.0, 10.0, 10.0], "max_epochs"),   # ten times the start is not yet blown up
    ([2.0, 6.0, 6.0, 6.0], "max_epochs"),      # nor is three times
    ([0.5, 6.0, 6.0, 6.0], "diverged"),        # twelve times is
])
def test_diverged_means_ten_times_the_starting_cost(costs, reason):
    run = scripted(costs, patience=10)
    run.train()
    assert run.stopped.reason == reason


def test_flat_compares_the_lowest_cost_before_and_in_the_window():
    run = scripted([1.0], patience=3, tolerance=0.25)
    assert run.flat([1.0, 1.0, 1.0]) is False                      # not a window's worth yet
    assert run.flat([1.0, 1.0, 0.5, 1.0, 1.0]) is False            # the window's lowest is 0.5 lower
    assert run.flat([1.0, 1.0, 0.75, 1.0, 1.0]) is False           # exactly the tolerance: still moving
    assert run.flat([1.0, 1.0, 0.875, 1.0, 1.0]) is True


def test_converged_needs_a_cost_below_the_start_and_the_last_epochs_accuracy_near_its_best():
    from nncore.history import Stop
    rising = [0.3] + [0.9] * 20
    # flat at the starting cost from the first epoch: stuck, never converged
    assert scripted_run([0.5] * 21, rising, patience=5).reason == "plateau"
    # the accuracy judged is the last epoch's: a dip at epoch 4 delays convergence to epoch 5
    dip = [0.3, 0.9, 0.9, 0.9, 0.5] + [0.9] * 16
    assert scripted_run([1.0] + [0.5] * 20, dip, patience=3) == Stop(5, "converged")
    # exactly five points below its best is near enough (57 of 60 right against 60 of 60)
    near = [0.3, 1.0, 1.0, 1.0] + [0.95] * 17
    assert scripted_run([1.0] + [0.5] * 20, near, patience=3) == Stop(4, "converged")


def test_a_full_batch_keeps_the_datas_order_to_the_last_bit():
    from nncore.train import TrainConfig
    h = train(TrainConfig(dataset="xor", hidden=[3], activation="tanh", lr=0.5, epochs=2, batch_size=None))
    first, second = h.snapshots[0], h.snapshots[1]
    for w0, g0, w1 in zip(first.weights, first.grad_weights, second.weights):
        assert np.array_equal(w1, w0 - 0.5 * g0)


def test_every_scheduled_step_gets_its_record_not_only_the_snapshot_steps():
    from nncore.train import TrainConfig
    # 200 steps: all recorded (fewer than 400), snapshots geometric after the first 30
    h = train(TrainConfig(dataset="xor", hidden=[3], activation="tanh", lr=0.5, epochs=200, batch_size=None,
                          tolerance=0.0))
    assert [r.step for r in h.records] == list(range(h.stopped.step + 1))
    assert 30 < len(h.snapshots) < len(h.records) and h.stopped.step > 100


def test_a_step_that_overflows_prints_no_numpy_warning():
    # `render.py train --lr 1e308` printed numpy's "overflow encountered in reduce" around
    # the clean "diverged" summary; the stop reason already says it
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        h = train(config_for("digits", lr=1e308, epochs=2))
    assert h.stopped.reason == "diverged"
