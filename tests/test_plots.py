"""scenes/kit/plots.py: the cost curve's axis covers what is said about it."""
from __future__ import annotations

from scenes.kit.plots import CostCurve


def ticks(curve: CostCurve) -> list[str]:
    return [m.text for m in curve.labels if hasattr(m, "text")]


def test_the_axis_reaches_the_highest_cost_and_names_a_lower_start():
    rose = CostCurve([0, 1, 2], [0.6, 1.2, 0.5], last_step=10, width=4, height=2)
    assert "1.20" in ticks(rose) and "0.60" in ticks(rose)      # top, and the start said first
    fell = CostCurve([0, 1, 2], [1.2, 1.0, 0.5], last_step=10, width=4, height=2)
    assert ticks(fell).count("1.20") == 1                       # the start is the top: one label
    assert rose.top >= max(rose.costs)
