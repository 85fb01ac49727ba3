"""The ``storydiff`` command: open the app, or print what its screens show (as JSON too).

Each subcommand lives in a module of its own that adds its parser here; this
file only builds the parser, handles errors the same way for all of them,
and opens the app when no subcommand is given.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from storydiff import __version__, cli_articles, cli_families, cli_passages, cli_quotes
from storydiff.output import UsageError, safe_line


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one line on stderr (no usage dump) for a bad command line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"storydiff: {message} (try --help)\n")


COMMAND_MODULES = (cli_articles, cli_passages, cli_quotes, cli_families)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="storydiff",
        description="A terminal reader for many news articles about one story. "
        "With no command, opens the app on PATH (default: the sample corpus).",
    )
    parser.add_argument("--version", action="version", version=f"storydiff {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.add_commands(commands)
    return parser


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    # "storydiff PATH" opens the app: a first argument that is not a command is a path.
    known = _command_names(parser)
    if not args_list or (args_list[0] not in known and not args_list[0].startswith("-")):
        return _open_app(args_list)
    args = parser.parse_args(args_list)
    if args.command is None:
        return _open_app([])
    try:
        return int(args.run(args) or 0)
    except UsageError as exc:
        print(f"storydiff: {safe_line(str(exc))}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `storydiff list | head` closing the pipe early is fine
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130


def _open_app(args_list: list[str]) -> int:
    parser = _Parser(prog="storydiff", description="Open the storydiff app on PATH.")
    parser.add_argument("path", nargs="?", help="a folder or file of articles (default: the samples)")
    args = parser.parse_args(args_list)
    from storydiff.output import resolve_corpus

    try:
        root = resolve_corpus(args.path)
    except UsageError as exc:
        print(f"storydiff: {safe_line(str(exc))}", file=sys.stderr)
        return 2
    from tui.app import run_app

    return run_app(root)


if __name__ == "__main__":
    sys.exit(main())
