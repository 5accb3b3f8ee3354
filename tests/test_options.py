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
