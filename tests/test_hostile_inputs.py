"""Every row of the hostile-input table (docs/hostile-inputs.md) passes."""
from __future__ import annotations

import pytest

from tests.hostile_inputs import ROWS, run, shown


@pytest.mark.parametrize("row", ROWS, ids=[shown(r)[:60] for r in ROWS])
def test_a_hostile_input_gets_its_exit_code_and_one_line(row, tmp_path):
    passed, got = run(row, tmp_path)
    assert passed, got
