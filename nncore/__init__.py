"""nn-explainer's training core: a small numpy network that records how it learns.

Never imports manim: the scenes read what this package records.
"""
