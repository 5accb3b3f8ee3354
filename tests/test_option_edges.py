"""Every training option at its exact bounds, with the whole message a user reads.

Written against the survivors of the mutation run (docs/testing.md): a bound off by one or a
message that lost its words passed the older tests.
"""
from __future__ import annotations

import re

import pytest

from nncore import options
from nncore.options import MOST_EPOCHS, MOST_LAYERS, MOST_NEURONS
from nncore.train import ConvConfig, lowest_cost_words
from nncore.history import Record


def fails(parse, value, message: str) -> None:
    with pytest.raises(ValueError) as e:
        parse(value)
    assert str(e.value) == message


def test_hidden_sizes_at_their_bounds():
    assert options.parse_hidden(f"1,{MOST_NEURONS}") == [1, MOST_NEURONS]
    assert options.parse_hidden([" 3", "+4"]) == [3, 4]
    assert options.parse_hidden(",".join(["2"] * MOST_LAYERS)) == [2] * MOST_LAYERS
    fails(options.parse_hidden, ",".join(["2"] * (MOST_LAYERS + 1)), f"at most {MOST_LAYERS} hidden layers; got 17")
    fails(options.parse_hidden, "", "give at least one hidden layer size, e.g. 16 or 16,16")
    fails(options.parse_hidden, [], "give at least one hidden layer size, e.g. 16 or 16,16")
    fails(options.parse_hidden, "0", "layer sizes must be at least 1; got 0")
    fails(options.parse_hidden, "4,x", "layer sizes must be whole numbers like 16,16; got 'x'")
    fails(options.parse_hidden, [True], "layer sizes must be whole numbers like 16,16; got 'True'")
    fails(options.parse_hidden, "²", "layer sizes must be whole numbers like 16,16; got '²'")
    fails(options.parse_hidden, str(MOST_NEURONS + 1),
          f"layer sizes must be at most {MOST_NEURONS} (more would not fit in memory or train in numpy in "
          f"reasonable time); got {MOST_NEURONS + 1}")


def test_whole_numbers_at_their_bounds():
    assert options.parse_epochs(1) == 1 and options.parse_epochs(str(MOST_EPOCHS)) == MOST_EPOCHS
    assert options.parse_epochs(" +7") == 7
    fails(options.parse_epochs, 0, "epochs must be at least 1; got 0")
    fails(options.parse_epochs, MOST_EPOCHS + 1,
          f"epochs must be at most {MOST_EPOCHS:,} (each is recorded in the history, and more would take days); "
          f"got {MOST_EPOCHS + 1}")
    fails(options.parse_epochs, 2.5, "epochs must be a whole number; got 2.5")
    fails(options.parse_epochs, True, "epochs must be a whole number; got True")
    fails(options.parse_epochs, "ten", "epochs must be a whole number; got 'ten'")
    assert options.parse_seed(0) == 0 and options.parse_seed("-0") == 0
    fails(options.parse_seed, -1, "the seed must be at least 0; got -1")
    fails(options.parse_seed, "1e3", "the seed must be a whole number; got '1e3'")
    assert options.parse_batch_size("ALL") is None and options.parse_batch_size(" full ") is None
    assert options.parse_batch_size(None) is None and options.parse_batch_size("1") == 1
    fails(options.parse_batch_size, 0, "the batch size (or 'all') must be at least 1; got 0")


def test_numbers_and_choices_say_what_was_given():
    fails(options.parse_lr, "fast", "the learning rate must be a number; got 'fast'")
    fails(options.parse_lr, None, "the learning rate must be a number; got None")
    fails(options.parse_lr, False, "the learning rate must be a number; got False")
    fails(options.parse_lr, 0, "the learning rate must be a finite number above 0, e.g. 0.5; got 0")
    fails(options.parse_lr, "inf", "the learning rate must be a finite number above 0, e.g. 0.5; got inf")
    assert options.parse_lr("1e-9") == 1e-9
    fails(options.parse_test_fraction, 1,
          "the test fraction must be between 0 and 1 (exclusive), e.g. 0.2; got 1")
    choose = options.PARSERS["activation"]
    assert choose("relu") == "relu"
    fails(choose, "swish", "'swish' is not one of sigmoid, tanh, relu")


def test_datasets_by_name_csv_or_existing_file(tmp_path):
    assert options.parse_dataset("moons") == "moons"
    assert options.parse_dataset("Mine.CSV") == "Mine.CSV"          # a CSV need not exist yet: loading says so
    data = tmp_path / "table.txt"
    data.write_text("a,b\n")
    assert options.parse_dataset(str(data)) == str(data)
    with pytest.raises(ValueError, match=r"^'moon' is neither a built-in \(xor, circles, moons, spiral, digits\) "
                                         r"nor a \.csv file$"):
        options.parse_dataset("moon")


def test_toml_keys_are_checked_and_named(tmp_path):
    good = tmp_path / "good.toml"
    good.write_text('hidden = [8, 4]\nbatch-size = "all"\nlr = 0.5\ntest_fraction = 0.25\nseed = 3\n')
    assert options.read_toml(good) == {"hidden": [8, 4], "batch_size": None, "lr": 0.5, "test_fraction": 0.25,
                                       "seed": 3}
    cases = {
        'colour = "red"': "unknown key 'colour'; known keys: preset, dataset, hidden, activation, init, cost, "
                          "lr, epochs, batch-size, seed, test-fraction",
        'lr = "0.5"': "key 'lr' must be a number, not text ('0.5')",
        'epochs = "5"': "key 'epochs' must be a number, not text ('5')",
        'seed = "1"': "key 'seed' must be a number, not text ('1')",
        'test-fraction = "0.2"': "key 'test-fraction' must be a number, not text ('0.2')",
        "epochs = 0": "key 'epochs': epochs must be at least 1; got 0",
    }
    for text, message in cases.items():
        bad = tmp_path / "bad.toml"
        bad.write_text(text + "\n")
        with pytest.raises(ValueError) as e:
            options.read_toml(bad)
        assert str(e.value) == f"{bad}: {message}"
    bad.write_text("lr = = 1\n")
    with pytest.raises(ValueError, match=rf"^{re.escape(str(bad))}: not valid TOML \("):
        options.read_toml(bad)
    with pytest.raises(ValueError, match=rf"^{re.escape(str(tmp_path / 'none.toml'))}: cannot read it \("):
        options.read_toml(tmp_path / "none.toml")


def test_a_convnet_takes_its_own_options_from_the_file_and_the_flags(tmp_path):
    file = tmp_path / "conv.toml"
    file.write_text("epochs = 3\nlr = 0.1\n")
    assert options.conv_config({"lr": 0.3, "batch_size": "all"}, file) == ConvConfig(epochs=3, lr=0.3, batch_size=None)
    file.write_text("hidden = [4]\n")
    takes = "--dataset, --init, --lr, --epochs, --batch-size, --seed, --test-fraction"
    with pytest.raises(ValueError) as e:
        options.conv_config({}, file)
    assert str(e.value) == f"{file}: key 'hidden' does not apply to --model conv (its layers are fixed); it takes {takes}"
    with pytest.raises(ValueError) as e:
        options.conv_config({"batch_size": 4, "test_fraction": 0.3, "cost": "cross_entropy"})
    assert str(e.value) == f"--cost does not apply to --model conv (its layers are fixed); it takes {takes}"


def test_the_lowest_cost_sentence():
    rec = lambda step, cost: Record(step, 0, cost, 0.5, 0.5)
    assert lowest_cost_words([rec(0, 1.0), rec(5, 0.25)]) == "It ended at the lowest cost it had reached, 0.25."
    assert lowest_cost_words([rec(0, 1.0), rec(5, 0.2), rec(9, 0.2099)]) == \
        "It ended close to the lowest cost it had reached, 0.2."
    assert lowest_cost_words([rec(0, 1.0), rec(5, 0.2), rec(9, 0.2101)]) == \
        "Its lowest cost, 0.2, came at step 5; it ended higher, at 0.21."
