"""The convnet core: each layer's backward against centred finite differences (and torch when
installed), the training record, the accuracy target, determinism."""
from __future__ import annotations

import json

import numpy as np
import pytest
from sklearn.datasets import load_digits

from nncore.conv import Conv2D, ConvNet, Flatten, MaxPool2
from nncore.datasets import Dataset
from nncore.history import Snapshot, plain
from nncore.train import ConvConfig, train_conv

H = 1e-6
TOLERANCE = 1e-6


def numeric_grad(f, arr: np.ndarray) -> np.ndarray:
    """Centred finite differences of the scalar f() with respect to every entry of arr (in place)."""
    grad = np.zeros_like(arr)
    for i in np.ndindex(arr.shape):
        keep = arr[i]
        arr[i] = keep + H
        up = f()
        arr[i] = keep - H
        down = f()
        arr[i] = keep
        grad[i] = (up - down) / (2 * H)
    return grad


def rel_error(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a), np.linalg.norm(b), 1e-300))


@pytest.fixture(scope="module")
def digits():
    """sklearn's digits scaled to 0..1, one-hot targets, a seeded 80/20 split."""
    d = load_digits()
    x, y = d.data / 16.0, np.eye(10)[d.target]
    order = np.random.default_rng(0).permutation(len(x))
    n_test = int(round(0.2 * len(x)))
    test, train = order[:n_test], order[n_test:]
    return x[train], y[train], x[test], y[test]


def small_net(rng: np.random.Generator, k: int = 3) -> ConvNet:
    # biases away from zero so no relu input sits exactly on its kink
    return ConvNet(rng.normal(0, 0.5, (k, 3, 3)), rng.normal(0, 0.3, k),
                   rng.normal(0, 0.5, (10, k * 9)), rng.normal(0, 0.1, 10))


# --- layers against finite differences ---

@pytest.mark.parametrize("activation", ["relu", "tanh", "sigmoid"])
def test_conv2d_gradients(activation):
    rng = np.random.default_rng(1)
    x = rng.normal(size=(3, 6, 7))
    layer = Conv2D(rng.normal(size=(4, 3, 3)), rng.normal(size=4), activation)
    upstream = rng.normal(size=(3, 4, 4, 5))

    def f():
        return float((layer.forward(x) * upstream).sum())

    f()
    da_in = layer.backward(upstream)
    dK, db = layer.dK.copy(), layer.db.copy()
    assert rel_error(dK, numeric_grad(f, layer.kernels)) < TOLERANCE
    assert rel_error(db, numeric_grad(f, layer.biases)) < TOLERANCE
    assert rel_error(da_in, numeric_grad(f, x)) < TOLERANCE


def test_conv2d_is_a_sliding_weighted_sum():
    rng = np.random.default_rng(2)
    x = rng.normal(size=(1, 5, 5))
    kernels, biases = rng.normal(size=(2, 3, 3)), np.array([0.5, -0.25])
    z = Conv2D(kernels, biases, "relu").forward(x)
    assert z.shape == (1, 2, 3, 3)
    by_hand = (x[0, 1:4, 2:5] * kernels[1]).sum() + biases[1]
    assert z[0, 1, 1, 2] == pytest.approx(max(by_hand, 0.0))


@pytest.mark.parametrize("shape", [(2, 3, 6, 6), (2, 2, 5, 7)])
def test_maxpool_gradients(shape):
    rng = np.random.default_rng(3)
    x = rng.normal(size=shape)      # continuous values: no ties
    pool = MaxPool2()
    upstream = rng.normal(size=(*shape[:2], shape[2] // 2, shape[3] // 2))

    def f():
        return float((pool.forward(x) * upstream).sum())

    f()
    assert rel_error(pool.backward(upstream), numeric_grad(f, x)) < TOLERANCE


def test_maxpool_keeps_block_maxima_and_sends_ties_to_the_first_in_reading_order():
    x = np.array([[1.0, 5.0, 0.0, 3.0],
                  [3.0, 4.0, 3.0, 1.0]]).reshape(1, 1, 2, 4)
    pool = MaxPool2()
    assert pool.forward(x).tolist() == [[[[5.0, 3.0]]]]
    back = pool.backward(np.array([[[[1.0, 2.0]]]]))
    assert back.tolist() == [[[[0.0, 1.0, 0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]]]


def test_flatten_round_trips():
    x = np.arange(2 * 3 * 3 * 3, dtype=float).reshape(2, 3, 3, 3)
    flat = Flatten()
    out = flat.forward(x)
    assert out.shape == (2, 27) and out[1, 9] == x[1, 1, 0, 0]
    assert np.array_equal(flat.backward(out), x)


@pytest.mark.parametrize("images", ["noise", "digits"])
def test_convnet_gradients(images, digits):
    rng = np.random.default_rng(4)
    x = rng.normal(size=(5, 64)) if images == "noise" else digits[0][:5]
    y = np.eye(10)[rng.integers(0, 10, 5)]
    net = small_net(rng)
    seen = net.backward(x, y)
    assert np.abs(seen.z_maps).min() > 1e-4     # finite differences never cross a relu kink
    f = lambda: net.cost_of(x, y)  # noqa: E731
    assert rel_error(seen.grad_kernels, numeric_grad(f, net.conv.kernels)) < TOLERANCE
    assert rel_error(seen.grad_kernel_biases, numeric_grad(f, net.conv.biases)) < TOLERANCE
    assert rel_error(seen.grad_weights, numeric_grad(f, net.dense.weights)) < TOLERANCE
    assert rel_error(seen.grad_biases, numeric_grad(f, net.dense.biases)) < TOLERANCE


def test_convnet_shapes_and_outputs():
    rng = np.random.default_rng(5)
    net = ConvNet.start(8, 8, 10, "he", rng)
    x = rng.random((4, 64))
    seen = net.forward(x)
    assert seen.feature_maps.shape == (4, 8, 6, 6)
    assert seen.pooled.shape == (4, 8, 3, 3)
    assert seen.output.shape == (4, 10)
    assert np.allclose(seen.output.sum(axis=1), 1.0)
    assert (seen.feature_maps >= 0).all()
    assert np.array_equal(seen.images, x.reshape(4, 8, 8))
    assert np.array_equal(net.guesses(x), seen.output.argmax(axis=1))


def test_convnet_against_torch(digits):
    torch = pytest.importorskip("torch")
    F = torch.nn.functional
    rng = np.random.default_rng(6)
    x, y = digits[0][:7], digits[1][:7]
    net = small_net(rng, k=4)
    seen = net.backward(x, y)

    ours = {"K": net.kernels, "kb": net.kernel_biases, "W": net.weights, "b": net.biases}
    t = {name: torch.tensor(v, dtype=torch.float64, requires_grad=True) for name, v in ours.items()}
    images = torch.tensor(x.reshape(-1, 1, 8, 8), dtype=torch.float64)
    maps = F.relu(F.conv2d(images, t["K"][:, None], t["kb"]))
    pooled = F.max_pool2d(maps, 2)
    logits = F.linear(pooled.flatten(1), t["W"], t["b"])
    cost = F.cross_entropy(logits, torch.tensor(y.argmax(axis=1)))
    cost.backward()

    assert np.allclose(seen.feature_maps, maps.detach().numpy(), rtol=1e-12, atol=1e-12)
    assert np.allclose(seen.pooled, pooled.detach().numpy(), rtol=1e-12, atol=1e-12)
    assert net.cost_of(x, y) == pytest.approx(cost.item(), rel=1e-12)
    for ours, name in [(seen.grad_kernels, "K"), (seen.grad_kernel_biases, "kb"),
                       (seen.grad_weights, "W"), (seen.grad_biases, "b")]:
        assert rel_error(ours, t[name].grad.numpy()) < TOLERANCE


# --- training (the same loop as the dense network: nncore/train.py) ---

def fit(digits, **settings):
    return train_conv(ConvConfig(**settings), Dataset("digits", *digits, [str(d) for d in range(10)]))


@pytest.fixture(scope="module")
def trained(digits):
    return fit(digits)


def test_reaches_95_percent_on_the_digit_test_set(trained):
    assert trained.stopped.as_dict() == {"step": trained.final.step, "reason": "max_epochs"}
    assert trained.final.test_accuracy >= 0.95


def test_records_and_snapshots_replay_from_the_weights(trained, digits):
    x_train, y_train, x_test, y_test = digits
    records, snaps = trained.records, trained.snapshots
    assert records[0].step == 0 and snaps[0].step == 0
    assert snaps[-1].step == records[-1].step == trained.stopped.step
    assert len(records) <= 400 and len(snaps) <= 40
    assert records[-1].epoch == 20 and all(a.epoch <= b.epoch for a, b in zip(records, records[1:]))
    by_step = {r.step: r for r in records}
    for snap in (snaps[0], snaps[len(snaps) // 2], snaps[-1]):
        net = ConvNet.from_snapshot(snap)
        rec = by_step[snap.step]
        assert rec.cost == pytest.approx(net.cost_of(x_train, y_train), rel=1e-12)
        assert rec.test_accuracy == net.accuracy(x_test, y_test)
        full = net.backward(x_train, y_train)
        assert np.allclose(snap.grad_kernels, full.grad_kernels, rtol=1e-12, atol=1e-15)
        assert np.allclose(snap.grad_weights[0], full.grad_weights, rtol=1e-12, atol=1e-15)


def test_feature_maps_come_from_the_final_weights(trained, digits):
    x_test, y_test = digits[2], digits[3]
    maps = trained.extra["feature_maps"]
    assert [m["label"] for m in maps] == list(range(10))
    net = ConvNet.from_snapshot(trained.snapshots[-1])
    for m in maps:
        assert m["split"] == "test" and y_test[m["index"]].argmax() == m["label"]
        seen = net.forward(x_test[m["index"]])
        assert np.array_equal(m["feature_maps"], seen.feature_maps[0])
        assert np.array_equal(m["pooled"], seen.pooled[0])
        assert m["guess"] == seen.output[0].argmax()
        assert m["feature_maps"].shape == (8, 6, 6) and m["pooled"].shape == (8, 3, 3)


def test_same_seed_same_run_other_seed_other_run(digits):
    short = dict(kernels=3, epochs=1, batch_size=64)
    first, again = fit(digits, seed=3, **short), fit(digits, seed=3, **short)
    assert first.to_json() == again.to_json()
    assert fit(digits, seed=4, **short).to_json() != first.to_json()


def test_full_batch_steps_follow_the_gradient(digits):
    snaps = fit(digits, kernels=2, lr=0.5, epochs=3, batch_size=None).snapshots
    assert [s.step for s in snaps] == [0, 1, 2, 3]
    for before, after in zip(snaps, snaps[1:]):
        for key, grad in [("kernels", "grad_kernels"), ("kernel_biases", "grad_kernel_biases")]:
            assert np.allclose(getattr(after, key), getattr(before, key) - 0.5 * getattr(before, grad),
                               rtol=1e-13, atol=1e-15)
        for key, grad in [("weights", "grad_weights"), ("biases", "grad_biases")]:
            assert np.allclose(getattr(after, key)[0], getattr(before, key)[0] - 0.5 * getattr(before, grad)[0],
                               rtol=1e-13, atol=1e-15)


def test_a_huge_learning_rate_stops_as_diverged_without_nan(digits):
    run = fit(digits, kernels=2, lr=1e6, epochs=2, batch_size=64)
    assert run.stopped.reason == "diverged"
    assert run.records[-1].step == run.snapshots[-1].step == run.stopped.step < 2 * 23
    run.to_json()    # raises on NaN or inf


@pytest.mark.parametrize("init", ["he", "xavier", "random", "constant"])
def test_every_init_starts_the_kernels_its_own_way(init, digits):
    first = fit(digits, kernels=3, epochs=1, batch_size=64, init=init).snapshots[0]
    spread = np.ptp(first.kernels.reshape(3, -1), axis=0).max()
    assert (spread == 0) == (init == "constant")
    if init != "constant":
        scale = {"he": np.sqrt(2 / 9), "xavier": np.sqrt(2 / 12), "random": 1 / 3}[init]
        assert first.kernels.std() == pytest.approx(scale, rel=0.5)


def test_a_constant_start_keeps_every_kernel_equal(digits):
    """The symmetry lesson holds for stamps too: equal kernels get equal nudges (equal to the
    last bit on one CPU; on another, numpy's SIMD paths round a kernel's sum a bit differently
    by where it sits in memory: 6e-17 apart after an epoch on an AMD EPYC)."""
    last = fit(digits, kernels=3, epochs=1, batch_size=64, init="constant").snapshots[-1]
    assert last.step > 0 and np.ptp(last.kernels.reshape(3, -1), axis=0).max() < 1e-12


def test_a_snapshot_read_back_from_json_gives_the_same_network(trained, digits):
    snap = trained.snapshots[-1]
    again = ConvNet.from_snapshot(Snapshot.from_dict(json.loads(json.dumps(plain(snap.as_dict())))))
    assert np.array_equal(again.predict(digits[2]), ConvNet.from_snapshot(snap).predict(digits[2]))
