"""What the output stage reports to the CLI: one line each, with the exit code it means."""
from __future__ import annotations


class OutputError(Exception):
    """Something went wrong making the video (a chapter failed, the disk is full): exit 1."""

    exit_code = 1


class Refused(OutputError):
    """The user's request cannot be done as asked (an --out we may not write): exit 2."""

    exit_code = 2
