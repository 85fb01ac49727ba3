"""What the scale benches read from their command line: a request for help, corpus sizes.

Each bench prints its own module docstring as its usage; they share how, so that a size that is
no number gives the usage, never a traceback.
"""

from __future__ import annotations

import sys


def help_asked(doc: str | None, args: list[str]) -> bool:
    """Whether ``args`` ask for help; if so, ``doc`` (the bench's usage) is printed."""
    if {"-h", "--help"} & set(args):
        print(doc)
        return True
    return False


def sizes_asked(args: list[str], doc: str | None) -> list[int]:
    """The corpus sizes asked for, or the usage ``doc`` (and exit 2) when one is not a number."""
    try:
        return [int(x) for x in args]
    except ValueError:
        print(doc, file=sys.stderr)
        raise SystemExit(2) from None
