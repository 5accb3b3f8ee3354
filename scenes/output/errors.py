"""What the output stage reports to the CLI: one line each, with the exit code it means."""
from __future__ import annotations


class OutputError(Exception):
    """Something went wrong making the video (a chapter failed, the disk is full): exit 1."""

    exit_code = 1


class Refused(OutputError):
    """The user's request cannot be done as asked (an --out we may not write): exit 2."""

    exit_code = 2


def disk_full(error: OSError, where, needed: int | None = None) -> OutputError | None:
    """The one line for a full disk (or quota), or None when `error` is something else."""
    import errno
    if error.errno not in (errno.ENOSPC, errno.EDQUOT):
        return None
    amount = f": needed about {max(1, round(needed / 1e6))} MB" if needed else "; free some space and run again"
    return OutputError(f"no space left on the device holding {where}{amount}")
