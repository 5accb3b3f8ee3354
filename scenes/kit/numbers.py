"""Numbers as the screen writes them, so that what is shown adds up when the viewer checks.

    >>> factor_places(0.7563, 0.7563)     # 0.76 x 0.76 is 0.58, but 0.7563 x 0.7563 is 0.57
    3
    >>> factor_places(0.5, 0.5)
    2
"""
from __future__ import annotations

import math


def _shown(value: float, places: int) -> float:
    return float(f"{value:.{places}f}")


def factor_places(a: float, b: float, places: int = 2, most: int = 4) -> int:
    """The fewest decimals (from `places` to `most`) to write a and b with, so that the shown
    a times the shown b, rounded to `places`, is their real product rounded to `places`."""
    want = f"{abs(a * b):.{places}f}"
    for p in range(places, most + 1):
        if f"{abs(_shown(a, p) * _shown(b, p)):.{places}f}" == want:
            return p
    return most


def number_of(text: str) -> float:
    """A written number back as a float (its minus sign is the real one, U+2212)."""
    return float(text.replace("\u2212", "-"))


def multiplies_to(factors: list[str], result: str, times: float = 1.0, places: int | None = None) -> bool:
    """Whether the factors as written, multiplied by hand (and by a plain `times`: the 2 of
    "twice the gap"), give the result as written, to its last decimal (or to `places`, for a
    result written "0"): what a viewer checking with a pencil finds. Backprop's blame rows and
    board, forward's brightness x dial rows all choose their decimals by it.

    >>> multiplies_to(["0.98", "0.25"], "0.245"), multiplies_to(["0.035", "0.81"], "0.029")
    (True, False)
    >>> multiplies_to(["\u22120.29", "0.17"], "\u22120.049"), multiplies_to(["0.49", "0.25"], "0.245", times=2)
    (True, True)
    """
    if places is None:
        places = len(result.split(".")[1]) if "." in result else 0
    product = times
    for f in factors:
        product *= number_of(f)
    return _shown(product, places) == _shown(number_of(result), places)


def adds_up(parts: list[float], total: float, places: int = 2) -> bool:
    """Whether the parts as shown (rounded to `places`) add up to the total as shown."""
    return f"{sum(_shown(p, places) for p in parts):.{places}f}" == f"{total:.{places}f}"


def written(value: float, places: int = 2, plain_zero: str = "never") -> str:
    """`value` as the screen writes it: `places` decimals, a real minus sign, never "−0.00".
    A zero is written "0" when `plain_zero` is "rounded" (anything that rounds to zero),
    "exact" (only a true zero: a tilt of 0.001 still reads 0.00, not "no opinion"), else
    with its decimals ("0.00", beside other two-decimal numbers in a grid).

    >>> written(-0.004), written(-0.004, plain_zero="rounded"), written(0.0, 1, "exact")
    ('0.00', '0', '0')
    """
    text = f"{value + 0.0:.{places}f}"
    if float(text) == 0:
        bare = plain_zero == "rounded" or (plain_zero == "exact" and value == 0)
        return "0" if bare else f"{0:.{places}f}"
    return text.replace("-", "\u2212")


def people(value: float) -> str:
    """A cost or step size as people read it: 0.02, 3.02, 45, 0.067 (descent and recap say
    the same step size the same way)."""
    if value >= 10:
        return f"{value:.0f}"
    if value >= 0.1:
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{value:.2g}"


def axis_ticks(lo: float, hi: float, most: int = 4) -> tuple[float, list[float], int]:
    """Round values to number a line that runs from `lo` to `hi`: the step (1, 2 or 5 times a
    power of ten) that gives at most `most` of them, the values (multiples of it, zero exact)
    and the decimals they are written with.

    >>> axis_ticks(-1.3, 1.2)
    (1.0, [-1.0, 0.0, 1.0], 0)
    """
    span = hi - lo
    for e in range(-8, 12):
        for m in (1, 2, 5):
            step = m * 10.0 ** e
            if span / step <= most:
                first, last = math.ceil(lo / step - 1e-9), math.floor(hi / step + 1e-9)
                return step, [round(k * step, 12) + 0.0 for k in range(first, last + 1)], max(0, -e)
    raise ValueError(f"no ticks for {lo} to {hi}")
