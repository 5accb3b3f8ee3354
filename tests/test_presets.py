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
