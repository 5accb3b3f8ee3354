"""scenes/kit/family.py: get_family and update give manim's answers, in manim's order."""
import random

import pytest
from manim import Mobject, Text, VGroup, VMobject

from scenes.kit import family


@pytest.fixture
def restore():
    kept = Mobject.get_family, Mobject.update
    family.uninstall()
    yield
    Mobject.get_family, Mobject.update = kept


def tree(seed: int, calls: list) -> list[Mobject]:
    """Random groups of groups and leaves, some members shared by two parents, some updaters
    (with and without dt), some suspended, one class with its own update."""
    rng = random.Random(seed)

    class Own(VMobject):
        def update(self, dt=0, recursive=True):
            calls.append(("own", self.name, dt))
            return super().update(dt, recursive)

    made: list[Mobject] = []
    for k in range(60):
        kind = rng.random()
        m = Own() if kind < 0.05 else VGroup() if kind < 0.5 else VMobject()
        m.name = k
        if made and isinstance(m, VGroup):
            for sub in rng.sample(made, rng.randint(1, min(4, len(made)))):
                m.add(sub)
        if rng.random() < 0.2:
            if rng.random() < 0.5:
                m.add_updater(lambda mob, dt: calls.append(("dt", mob.name, dt)))
            else:
                m.add_updater(lambda mob: calls.append(("plain", mob.name)))
        if rng.random() < 0.05:
            m.suspend_updating(recursive=False)
        made.append(m)
    return made


def answers(seed: int) -> tuple[list, list]:
    calls: list = []
    made = tree(seed, calls)
    families = [[x.name for x in m.get_family()] for m in made]
    for m in made[-10:]:
        m.update(0.25)
    return families, calls


@pytest.mark.parametrize("seed", range(8))
def test_same_families_and_updates(restore, seed):
    manims = answers(seed)
    family.install()
    ours = answers(seed)
    assert ours == manims
    assert manims[1]                                               # updaters did run


def test_shared_members_keep_the_last_place_and_a_cycle_ends(restore):
    a, b, c = VMobject(), VMobject(), VMobject()
    shared = VGroup(c)
    top = VGroup(a, shared, b, shared)
    manims = top.get_family()
    assert len(manims) == 5                 # shared and c kept once, at their last place
    shared.add(top)                         # a cycle: manim stops on the path
    manims_cycle = top.get_family()
    family.install()
    shared.remove(top)
    assert top.get_family() == manims
    shared.add(top)
    assert top.get_family() == manims_cycle


def test_a_text(restore):
    words = VGroup(Text("after 3 steps", font_size=24), Text("0.42", font_size=24))
    manims = words.get_family()
    family.install()
    assert words.get_family() == manims
