"""The ``storydiff`` command: open the app, or print what its screens show (as JSON too).

Each subcommand lives in a module of its own that adds its parser (see :mod:`storydiff.cli_parser`);
this file handles errors the same way for all of them, and opens the app when no subcommand is
given. It imports nothing heavy: the parser, a command's engine part or the app are imported once
the command line says which is needed.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from contextlib import suppress
from typing import NoReturn

COMMANDS = frozenset({"list", "show", "quotes", "speakers", "overlaps", "graph", "families", "search"})
"""The subcommands (checked against the parser by the tests): any other first argument is a PATH."""
UNCOLLECTED = frozenset({"quotes", "speakers"})
"""Subcommands the console script runs with the cyclic garbage collector off from start to end (see
:func:`run`)."""


def main(argv: Sequence[str] | None = None, kept: list[object] | None = None) -> int:
    """Run the command line ``argv`` (default: this process's); its status. ``kept``: the command's
    parsed arguments are put there, and what the command made with them (``made``: see :func:`run`)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    # "storydiff PATH" opens the app: a first argument that is not a command is a path.
    if not args_list or (args_list[0] not in COMMANDS and not args_list[0].startswith("-")):
        return _open_app(args_list)
    from storydiff.cli_parser import build_parser
    from storydiff.output import UsageError, quiet_closed_pipe, safe_line

    args = build_parser(args_list[0]).parse_args(args_list)
    if args.command is None:
        return _open_app([])
    if kept is not None:
        kept.append(args)
    try:
        status = int(args.run(args) or 0)
        sys.stdout.flush()  # here, where a closed pipe is caught, not at exit where it is not
        return status
    except UsageError as exc:
        print(f"storydiff: {safe_line(str(exc))}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `storydiff list | head` closing the pipe early is fine
        quiet_closed_pipe()
        return 0
    except KeyboardInterrupt:
        return 130


def run() -> NoReturn:
    """The console script: :func:`main`, then, after a subcommand, the process ends at once, its
    output flushed. Python's own exit would first free every object the command made and wait for
    the quote finder's helper to finish the run of articles it was reading (the command has what it
    needs): on the 4 MB bench corpus ``storydiff quotes`` spent 50-110 ms there, 10-17 ms without.

    The quote commands run with the cyclic collector off: the quote finder pauses it (its objects
    make no cycles), and turned back on it walked at once every object the finder had made (one
    young collection of 16 ms on the bench corpus, after the readings, with nothing else left to
    run beside it); loading and the imports before it had 13 ms more of collections, freeing next to
    nothing (the parsed articles make no cycles). The process ends at once: nothing piles up.

    What a quote command made (its story, quotes, rows: ``args.made``) is kept here until then:
    freeing it cost 4-5 ms of the one core's tail on the bench corpus, for a process about to end.

    The engine's regex patterns come compiled from the file kept beside the bytecode
    (:mod:`corpus.pattern_codes`), filled before anything compiles one; the file is written at the
    end, once the output is out, when the command compiled patterns of a module that it lacked."""
    from corpus.pattern_codes import fill, keep

    known = fill()
    if sys.argv[1:2] and sys.argv[1] in UNCOLLECTED:
        gc.disable()
    kept: list[object] = []
    status = main(kept=kept)
    if sys.argv[1:2] and sys.argv[1] in COMMANDS:
        for stream in (sys.stdout, sys.stderr):
            with suppress(OSError, ValueError):  # a pipe closed by the reader: nothing left to say
                stream.flush()
        keep(known)
        os._exit(status)
    keep(known)
    sys.exit(status)


def _open_app(args_list: list[str]) -> int:
    from storydiff.output import UsageError, resolve_corpus, safe_line

    if len(args_list) > 1:  # only argparse's message for it: a PATH is one argument
        from storydiff.cli_parser import app_parser

        app_parser().parse_args(args_list)
    try:
        root = resolve_corpus(args_list[0] if args_list else None)
    except UsageError as exc:
        print(f"storydiff: {safe_line(str(exc))}", file=sys.stderr)
        return 2
    from tui.app import run_app

    return run_app(root)


if __name__ == "__main__":
    run()
