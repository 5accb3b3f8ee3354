import numpy as np
import pytest

from nncore.init import METHODS, initial_parameters


@pytest.mark.parametrize("method", METHODS)
def test_shapes(method):
    w, b = initial_parameters([5, 3, 2], method, np.random.default_rng(0))
    assert [x.shape for x in w] == [(3, 5), (2, 3)]
    assert [x.shape for x in b] == [(3,), (2,)]


def test_constant_weights_are_all_equal_and_random_ones_differ():
    w, _ = initial_parameters([4, 6, 2], "constant", np.random.default_rng(0))
    assert all(np.unique(x).size == 1 for x in w)
    w, _ = initial_parameters([4, 6, 2], "random", np.random.default_rng(0))
    assert all(np.unique(x).size == x.size for x in w)


def test_same_seed_same_weights():
    a, _ = initial_parameters([3, 4], "he", np.random.default_rng(5))
    b, _ = initial_parameters([3, 4], "he", np.random.default_rng(5))
    assert np.array_equal(a[0], b[0])


def test_scales_differ_by_method():
    spread = {m: initial_parameters([400, 400], m, np.random.default_rng(0))[0][0].std()
              for m in ("random", "xavier", "he")}
    assert spread["he"] > spread["random"] * 1.3
    assert abs(spread["xavier"] - spread["random"]) < 0.01


@pytest.mark.parametrize("method,scale", [("random", 1 / np.sqrt(300)), ("xavier", np.sqrt(2 / 800)),
                                          ("he", np.sqrt(2 / 300))])
def test_each_method_draws_around_zero_with_its_textbook_spread(method, scale):
    # 300 inputs, 500 outputs: 150,000 draws pin the spread to about 0.2% and the mean to 0
    w = initial_parameters([300, 500], method, np.random.default_rng(1))[0][0]
    assert w.std() == pytest.approx(scale, rel=0.01)
    assert abs(w.mean()) < 0.01 * scale


def test_constant_weights_are_one_half_over_the_root_of_the_inputs():
    w, b = initial_parameters([4, 2, 1], "constant", np.random.default_rng(0))
    assert np.all(w[0] == 0.25) and np.all(w[1] == 0.5 / np.sqrt(2)) and not b[0].any()


def test_an_unknown_method_lists_the_choices():
    with pytest.raises(ValueError) as e:
        initial_parameters([2, 2], "ones", np.random.default_rng(0))
    assert str(e.value) == "unknown init 'ones'; choose one of random, xavier, he, constant"
