"""Manim scenes: one module per chapter, plus the shared pieces they are drawn with."""
