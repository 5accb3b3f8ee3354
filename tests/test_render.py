"""The CLI: summaries, saved histories, and one clear line with exit 2 for every bad value."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from render import cli


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_train_prints_a_summary_and_saves_the_history(tmp_path):
    path = tmp_path / "run.json"
    result = run("train", "--preset", "tiny", "--epochs", "60", "--save", path)
    assert result.exit_code == 0, result.output
    assert "2-4-1 network" in result.output and "test accuracy" in result.output
    assert "stopped because" in result.output
    doc = json.loads(path.read_text())
    assert doc["schema"] == "nn-explainer/history@1" and doc["config"]["epochs"] == 60


def test_point_sets_default_to_the_tiny_settings():
    result = run("train", "--dataset", "xor", "--hidden", "3")
    assert result.exit_code == 0 and "2-3-1 network (tanh)" in result.output
    assert "training accuracy 100.0%" in result.output


def test_flags_override_the_toml_file(tmp_path):
    cfg = tmp_path / "run.toml"
    cfg.write_text('preset = "tiny"\nhidden = [3, 2]\nepochs = 20\nbatch-size = "all"\n')
    save = tmp_path / "h.json"
    result = run("train", "--config", cfg, "--epochs", "10", "--save", save)
    assert result.exit_code == 0, result.output
    config = json.loads(save.read_text())["config"]
    assert config["sizes"] == [2, 3, 2, 1] and config["epochs"] == 10 and config["batch_size"] is None


BAD = [
    (["--hidden", "0"], "--hidden", "at least 1"),
    (["--hidden", "-4"], "--hidden", "at least 1"),
    (["--hidden", ""], "--hidden", "at least one hidden layer"),
    (["--hidden", "16,2.5"], "--hidden", "whole numbers"),
    (["--lr", "-0.1"], "--lr", "above 0"),
    (["--lr", "inf"], "--lr", "finite"),
    (["--lr", "fast"], "--lr", "must be a number"),
    (["--epochs", "0"], "--epochs", "at least 1"),
    (["--batch-size", "0"], "--batch-size", "at least 1"),
    (["--seed", "-1"], "--seed", "at least 0"),
    (["--test-fraction", "0"], "--test-fraction", "between 0 and 1"),
    (["--test-fraction", "1.5"], "--test-fraction", "between 0 and 1"),
    (["--dataset", "mnist"], "--dataset", "neither a built-in"),
    (["--preset", "huge"], "--preset", "not one of"),
    (["--activation", "swish"], "--activation", "not one of"),
    (["--init", "zeros"], "--init", "not one of"),
    # sizes and counts are bounded before numpy sees them (no MemoryError, no casting error)
    (["--hidden", "1000000000"], "--hidden", "at most 4096"),
    (["--hidden", "99999999999999999999999"], "--hidden", "at most 4096"),
    (["--hidden", ",".join(["2"] * 17)], "--hidden", "at most 16 hidden layers"),
    (["--epochs", "18446744073709551616"], "--epochs", "at most 100,000"),
    (["--hidden", "²"], "--hidden", "whole numbers"),
    (["--epochs", "²"], "--epochs", "whole number"),
]


@pytest.mark.parametrize("args,option,words", BAD)
def test_bad_values_exit_2_with_one_line(tmp_path, args, option, words):
    save = tmp_path / "h.json"
    result = run("train", *args, "--save", save)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and option in lines[0] and words in lines[0]
    assert "Traceback" not in result.output and not save.exists()


@pytest.mark.parametrize("csv,words", [
    ("a,b,label\n1,2,x\n3\n" + "\n".join(f"{i},{i},{i % 2}" for i in range(20)), "line 3 has 1 columns"),
    ("a,label\n" + "\n".join(f"{i},x" for i in range(20)), "at least two classes"),
    ("a,label\nq,x\n" + "\n".join(f"{i},{i % 2}" for i in range(20)), "not a number"),
    ("a,label\n1,x\n2,y\n", "at least 10 rows"),
    ("a,label\n" + "\n".join(f"{i},{i % 2}" for i in range(20)) + "\n7, \n", "line 22 has an empty label"),
])
def test_bad_csv_exits_2_naming_the_dataset_option(tmp_path, csv, words):
    data = tmp_path / "d.csv"
    data.write_text(csv)
    save = tmp_path / "h.json"
    result = run("train", "--dataset", data, "--save", save)
    assert result.exit_code == 2 and "--dataset" in result.output and words in result.output
    assert len(result.output.strip().splitlines()) == 1 and not save.exists()


def test_missing_csv_file(tmp_path):
    result = run("train", "--dataset", tmp_path / "gone.csv")
    assert result.exit_code == 2 and "no such file" in result.output


@pytest.mark.parametrize("toml,words", [
    ('colour = "red"\n', "unknown key 'colour'"),
    ('epochs = "ten"\n', "key 'epochs'"),
    ('hidden = ["a"]\n', "key 'hidden'"),
    ('lr = -2\n', "key 'lr'"),
    ('epochs = 2.5\n', "whole number"),
    ('preset = 3\n', "key 'preset'"),
    ('hidden = [16\n', "not valid TOML"),
])
def test_bad_toml_exits_2(tmp_path, toml, words):
    cfg = tmp_path / "c.toml"
    cfg.write_text(toml)
    result = run("train", "--config", cfg)
    assert result.exit_code == 2 and "--config" in result.output and words in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("save,words", [("{blocker}/h.json", "is a file, not a folder"),
                                         ("", "give a file name"), ("{tmp}", "directory")])
def test_an_unwritable_save_path_exits_2_before_training(tmp_path, save, words):
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = run("train", "--preset", "tiny", "--epochs", "5",
                 "--save", save.format(blocker=blocker, tmp=tmp_path))
    assert result.exit_code == 2 and "--save" in result.output and words in result.output
    assert len(result.output.strip().splitlines()) == 1 and "trained" not in result.output


def test_train_a_convnet_saves_its_kernels(tmp_path):
    save = tmp_path / "conv.json"
    result = run("train", "--model", "conv", "--save", save)
    assert result.exit_code == 0, result.output
    assert "convolutional network" in result.output
    doc = json.loads(save.read_text())
    assert doc["config"]["model"] == "conv" and len(doc["snapshots"][0]["kernels"]) == 8
    assert len(doc["feature_maps"]) == 10
    assert doc["records"][-1]["test_accuracy"] >= 0.95


def test_a_convnet_needs_pictures():
    result = run("train", "--model", "conv", "--dataset", "xor")
    assert result.exit_code == 2 and "--dataset digits" in result.output


def test_batch_size_all_on_the_command_line_overrides_the_file(tmp_path):
    cfg = tmp_path / "run.toml"
    cfg.write_text('preset = "tiny"\nbatch-size = 5\nepochs = 3\n')
    for flags, expected in (([], 5), (["--batch-size", "all"], None), (["--batch-size", "7"], 7)):
        save = tmp_path / "h.json"
        result = run("train", "--config", cfg, *flags, "--save", save)
        assert result.exit_code == 0, result.output
        assert json.loads(save.read_text())["config"]["batch_size"] == expected


def test_no_arguments_prints_the_groups_help_without_error():
    result = run()
    assert result.output.startswith("Usage:") and "Error" not in result.output
    assert "video" in result.output and "train" in result.output


def test_a_convnet_takes_the_training_options(tmp_path):
    save = tmp_path / "conv.json"
    result = run("train", "--model", "conv", "--epochs", "3", "--lr", "0.05", "--batch-size", "100",
                 "--seed", "2", "--init", "xavier", "--save", save)
    assert result.exit_code == 0, result.output
    doc = json.loads(save.read_text())
    assert {k: doc["config"][k] for k in ("epochs", "lr", "batch_size", "seed", "init")} == \
        {"epochs": 3, "lr": 0.05, "batch_size": 100, "seed": 2, "init": "xavier"}
    steps = 3 * 15                      # 1437 training digits in batches of 100
    assert doc["stopped"] == {"step": steps, "reason": "max_epochs"}
    assert len(doc["records"]) == steps + 1 and doc["records"][-1]["epoch"] == 3


@pytest.mark.parametrize("args", [["--hidden", "8"], ["--activation", "tanh"], ["--cost", "squared_error"],
                                  ["--preset", "digits"]])
def test_options_a_convnet_does_not_take_exit_2_with_one_line(tmp_path, args):
    save = tmp_path / "conv.json"
    result = run("train", "--model", "conv", *args, "--save", save)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and f"{args[0]} does not apply to --model conv" in lines[0]
    assert "Traceback" not in result.output and not save.exists()


def test_a_toml_key_a_convnet_does_not_take_exits_2(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text("hidden = [8]\n")
    result = run("train", "--model", "conv", "--config", cfg)
    assert result.exit_code == 2 and "key 'hidden' does not apply to --model conv" in result.output
    assert len(result.output.strip().splitlines()) == 1


# --- why it stopped: history.json, the summary line and the narration's facts agree ---

def runs_stopped_by_each_rule():
    from nncore.presets import config_for
    return {
        "converged": config_for("tiny", epochs=5000, tolerance=1e-3, patience=20),
        "target_accuracy": config_for("tiny", target_accuracy=0.9),
        "max_epochs": config_for("tiny", epochs=40),
        "plateau": config_for("tiny", lr=60.0),          # steps too big to settle, too small to blow up
        "diverged": config_for("tiny", activation="relu", cost="cross_entropy", lr=1e12, hidden=[8]),
    }


@pytest.mark.parametrize("reason", list(runs_stopped_by_each_rule()))
def test_the_stop_reason_reads_the_same_everywhere(reason, tmp_path):
    from nncore.history import History
    from nncore.train import STOP_WORDS, train
    from render import summary
    from scenes.kit.chapter import base_facts
    saved = train(runs_stopped_by_each_rule()[reason]).save(tmp_path / "history.json")
    history = History.load(saved)
    assert json.loads(saved.read_text())["stopped"]["reason"] == reason == history.stopped.reason
    facts = base_facts(history)
    line = summary(history).splitlines()[-1]
    assert line == f"stopped because {facts['stop_reason']} ({reason}). {facts['lowest_cost']}"
    # the words fit "It stopped because {stop_reason}." and name this rule, no other
    assert facts["stop_reason"] == STOP_WORDS[reason] and facts["stop_reason"].split()[0] in ("it", "its")
    assert not facts["stop_reason"].endswith(".") and len(set(STOP_WORDS.values())) == len(STOP_WORDS)


def test_a_csv_says_its_recipe_in_the_summary_and_the_facts(tmp_path):
    from nncore.history import History
    from scenes.kit.chapter import base_facts
    path = tmp_path / "table.csv"
    rows = [f"{i % 7},{(i * 3) % 5},{'ab'[i % 2]}" for i in range(40)]
    path.write_text("\n".join(["x1,x2,kind", *rows]) + "\n")
    save = tmp_path / "h.json"
    result = run("train", "--dataset", path, "--save", save)
    assert result.exit_code == 0, result.output
    facts = base_facts(History.load(save))
    recipe_line = result.output.splitlines()[1]
    assert recipe_line == f"recipe (chosen from the data: 40 rows, 2 features, 2 classes): {facts['recipe']}"
    assert "softmax output scored by cross-entropy" in facts["recipe"]
    # a preset's run says its settings too, without claiming they came from the data
    assert run("train", "--preset", "tiny", "--epochs", "5").output.splitlines()[1].startswith("recipe: ")
