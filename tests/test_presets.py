"""Presets and a CSV's recipe: settings chosen from the data alone, as docs/design.md says."""
from __future__ import annotations

import math

import pytest

from nncore import datasets, options, presets
from nncore.train import train


@pytest.mark.parametrize("rows,features,classes", [(12, 1, 2), (150, 4, 3), (178, 13, 3), (1797, 64, 10),
                                                   (60_000, 20, 5)])
def test_the_recipe_follows_its_documented_rules(rows, features, classes):
    r = presets.recipe(rows, features, classes)
    assert r["cost"] == "cross_entropy" and r["activation"] == "sigmoid" and r["init"] == "xavier"
    assert 4 <= r["hidden"][0] <= 16 and (r["hidden"][0] == features + classes or not 4 < features + classes < 16)
    assert 8 <= r["batch_size"] <= 32 and (r["batch_size"] == round(rows / presets.RECIPE_BATCH_SHARE)
                                      or not 8 < rows / presets.RECIPE_BATCH_SHARE < 32)
    train_rows = rows - round(rows * 0.2)
    per_epoch = math.ceil(train_rows / r["batch_size"])
    lo, hi = presets.RECIPE_EPOCHS
    # about RECIPE_STEPS steps in all: the fewest whole epochs that reach it, within the bounds
    assert r["epochs"] == min(max(math.ceil(presets.RECIPE_STEPS / per_epoch), lo), hi)
    # convergence is judged over the last fifth of the run
    assert r["patience"] == max(5, r["epochs"] // 5)
    assert r["recipe"] == {"rows": rows, "features": features, "classes": classes}


def write_table(path, rows=45, classes="abc"):
    lines = [f"{i % 7},{(i * 3) % 5},{i % 4},{classes[i % len(classes)]}" for i in range(rows)]
    path.write_text("\n".join(["x1,x2,x3,kind", *lines]) + "\n")
    return str(path)


def test_a_csv_without_a_preset_gets_its_recipe_and_flags_still_win(tmp_path):
    table = write_table(tmp_path / "t.csv")
    preset, config = options.resolve({"dataset": table})
    assert preset == "csv" and config.cost == "cross_entropy"
    assert config.recipe == {"rows": 45, "features": 3, "classes": 3}
    assert config.batch_size == presets.recipe(45, 3, 3)["batch_size"]
    _, mine = options.resolve({"dataset": table, "lr": 0.1, "cost": "squared_error"})
    assert mine.lr == 0.1 and mine.cost == "squared_error"
    preset, digits = options.resolve({"dataset": table, "preset": "digits"})
    assert preset == "digits" and digits.recipe is None and digits.lr == presets.PRESETS["digits"]["lr"]


def test_a_csv_that_cannot_be_read_is_reported_by_loading_it(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,x\n")
    _, config = options.resolve({"dataset": str(bad)})     # no recipe, no exception here
    with pytest.raises(datasets.DatasetError):
        datasets.load(config.dataset)


def test_the_recipe_is_kept_in_a_csv_history_and_absent_from_a_presets(tmp_path):
    _, config = options.resolve({"dataset": write_table(tmp_path / "t.csv"), "epochs": 3})
    assert train(config).config["recipe"] == {"rows": 45, "features": 3, "classes": 3}
    assert "recipe" not in train(presets.config_for("tiny", epochs=3)).config


@pytest.mark.parametrize("rows,features,classes,test_fraction,batch,epochs,hidden,patience", [
    # 17 training rows in piles of 8: 3 steps an epoch, 667 epochs for about 2,000 steps
    (18, 2, 2, 0.01, 8, 667, 4, 133),
    # half kept for the test: 500 rows in piles of 32 (the most), 16 steps an epoch
    (1000, 30, 10, 0.5, 32, 125, 16, 25),
    # 48 training rows, piles of a fifth of the table (12): 4 steps an epoch
    (60, 1, 2, 0.2, 12, 500, 4, 100),
    # a big table: 2,500 steps an epoch, so the fewest epochs (20) and the shortest window (5)
    (100_000, 3, 2, 0.2, 32, 20, 5, 5),
])
def test_the_recipe_by_hand(rows, features, classes, test_fraction, batch, epochs, hidden, patience):
    assert presets.recipe(rows, features, classes, test_fraction) == dict(
        hidden=[hidden], activation="sigmoid", cost="cross_entropy", init="xavier", lr=1.0,
        batch_size=batch, epochs=epochs, patience=patience,
        recipe={"rows": rows, "features": features, "classes": classes})
    r = presets.recipe(rows, features, classes, test_fraction)
    assert type(r["batch_size"]) is int and type(r["epochs"]) is int and type(r["hidden"][0]) is int


def test_a_csv_config_counts_the_table_and_passes_the_test_fraction_on(tmp_path):
    table = write_table(tmp_path / "t.csv", rows=45)
    # the dataset is the caller's to name (options.resolve passes it)
    assert presets.csv_config(table, dataset=table) == presets.TrainConfig(**presets.recipe(45, 3, 3), dataset=table)
    mine = presets.csv_config(table, dataset=table, test_fraction=0.6, lr=0.3)
    assert mine == presets.TrainConfig(**{**presets.recipe(45, 3, 3, 0.6), "lr": 0.3}, dataset=table,
                                       test_fraction=0.6)
    assert mine.epochs != presets.recipe(45, 3, 3)["epochs"]     # 18 training rows, not 36


def test_presets_by_name_and_by_dataset():
    assert [presets.preset_for_dataset(d) for d in ("xor", "circles", "moons", "spiral")] == ["tiny"] * 4
    assert [presets.preset_for_dataset(d) for d in ("digits", None, "my.csv")] == ["digits"] * 3
    tiny = presets.config_for("tiny", lr=0.5)
    assert tiny.lr == 0.5 and tiny.dataset == "circles" and tiny.patience == 50 and tiny.batch_size is None


def test_the_recipe_in_words():
    config = {"sizes": [2, 5, 3, 1], "activations": ["tanh", "tanh", "sigmoid"], "activation": "tanh",
              "cost": "squared_error", "lr": 1.5, "batch_size": None, "epochs": 1200}
    assert presets.recipe_words(config) == (
        "5 then 3 hidden tanh neurons, a sigmoid output scored by squared error, step size 1.5, "
        "every example in every step, at most 1,200 practice rounds")
    flat = {**config, "sizes": [4, 3], "activations": ["softmax"], "cost": "cross_entropy", "lr": 0.25,
            "batch_size": 16, "epochs": 30}
    assert presets.recipe_words(flat) == ("no hidden layer, a softmax output scored by cross-entropy, "
                                          "step size 0.25, batches of 16, at most 30 practice rounds")
    assert "scored by hinge," in presets.recipe_words({**flat, "cost": "hinge"})
    assert presets.recipe_basis(config) is None and presets.recipe_basis({**config, "recipe": None}) is None
    assert presets.recipe_basis({"recipe": {"rows": 150, "features": 4, "classes": 3}}) == \
        "150 rows, 4 features, 3 classes"
