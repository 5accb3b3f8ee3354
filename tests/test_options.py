"""Option parsing shared by flags and TOML files."""
from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nncore import options
from nncore.train import ConvConfig


@given(st.lists(st.integers(min_value=1, max_value=options.MOST_NEURONS), min_size=1, max_size=6))
def test_any_hidden_sizes_round_trip_through_text_and_lists(sizes):
    assert options.parse_hidden(",".join(map(str, sizes))) == sizes
    assert options.parse_hidden(sizes) == sizes


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_a_learning_rate_is_accepted_exactly_when_finite_and_positive(lr):
    if math.isfinite(lr) and lr > 0:
        assert options.parse_lr(lr) == lr
    else:
        with pytest.raises(ValueError, match="learning rate"):
            options.parse_lr(lr)


@given(st.floats(allow_nan=False))
def test_test_fraction_must_lie_strictly_between_0_and_1(f):
    if 0 < f < 1:
        assert options.parse_test_fraction(f) == f
    else:
        with pytest.raises(ValueError, match="between 0 and 1"):
            options.parse_test_fraction(f)


def test_batch_size_all_means_full_batch():
    assert options.parse_batch_size("all") is None
    assert options.parse_batch_size(" 32 ") == 32


def test_flags_win_over_the_file_and_the_file_over_the_preset(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('lr = 0.25\nepochs = 7\nhidden = [5]\n')
    preset, config = options.resolve({"epochs": 3}, cfg)
    assert preset == "digits" and (config.lr, config.epochs, config.hidden) == (0.25, 3, [5])
    preset, config = options.resolve({"dataset": "moons"})
    assert preset == "tiny" and config.batch_size is None


def test_a_convnet_config_has_its_own_defaults_and_takes_the_flags_given():
    assert options.conv_config({}) == ConvConfig()
    # only the flags given are passed; a batch size of None is 'all', given
    assert options.conv_config({"lr": 0.05, "epochs": 3, "batch_size": None}) == \
        ConvConfig(lr=0.05, epochs=3, batch_size=None)
    with pytest.raises(ValueError, match="^--activation does not apply to --model conv"):
        options.conv_config({"activation": "tanh"})


def test_a_choice_is_taken_from_its_list_and_a_miss_names_the_list():
    choose = options._choice(("red", "green"))
    assert choose("green") == "green"
    with pytest.raises(ValueError) as e:
        choose("blue")
    assert str(e.value) == "'blue' is not one of red, green"


def test_a_test_fraction_that_is_not_a_number_says_so():
    with pytest.raises(ValueError) as e:
        options.parse_test_fraction("most")
    assert str(e.value) == "the test fraction must be a number; got 'most'"


def test_letters_before_the_digits_are_not_a_whole_number():
    # only a sign may come before the digits ("X5" must not reach int())
    with pytest.raises(ValueError) as e:
        options.parse_seed("X5")
    assert str(e.value) == "the seed must be a whole number; got 'X5'"


def test_a_csv_without_a_preset_gets_its_recipe_and_a_named_preset_wins(tmp_path):
    table = tmp_path / "t.csv"
    # 40 rows, 2 features, 3 classes: a recipe of 2 + 3 = 5 sigmoid neurons, softmax and cross-entropy
    table.write_text("a,b,kind\n" + "".join(f"{i},{i % 7},{'xyz'[i % 3]}\n" for i in range(40)))
    preset, config = options.resolve({"dataset": str(table), "epochs": 3, "test_fraction": 0.5})
    assert preset == "csv"
    assert (config.dataset, config.hidden, config.cost, config.epochs, config.test_fraction) == \
        (str(table), [5], "cross_entropy", 3, 0.5)
    preset, config = options.resolve({"preset": "tiny", "dataset": str(table)})
    assert preset == "tiny" and (config.dataset, config.hidden, config.epochs) == (str(table), [4], 800)
    # a named preset wins over the one a built-in set would choose
    preset, config = options.resolve({"preset": "digits", "dataset": "moons"})
    assert preset == "digits" and (config.dataset, config.hidden) == ("moons", [16])
