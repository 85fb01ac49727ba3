"""The command line's parser: each subcommand module adds its own commands to it.

Built only when a subcommand (or ``--help``, ``--version``) is given: opening the app needs none
of it, and every start of the app would pay for argparse and the subcommand modules.
"""

from __future__ import annotations

import argparse

from storydiff import cli_articles, cli_families, cli_passages, cli_quotes, cli_search

COMMAND_MODULES = (cli_articles, cli_passages, cli_quotes, cli_families, cli_search)


class Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one line on stderr (no usage dump) for a bad command line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"storydiff: {message} (try --help)\n")


class _Version(argparse.Action):
    """``--version``: the installed version is looked up only when asked (importlib.metadata is slow)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from storydiff import __version__

        print(f"storydiff {__version__}")
        parser.exit(0)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="storydiff",
        description="A terminal reader for many news articles about one story. "
        "With no command, opens the app on PATH (default: the sample corpus).",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in COMMAND_MODULES:
        module.add_commands(commands)
    return parser


def command_names(parser: argparse.ArgumentParser) -> set[str]:
    """The subcommands ``parser`` knows."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def app_parser() -> argparse.ArgumentParser:
    """The command line of the app itself: ``storydiff [PATH]``."""
    parser = Parser(prog="storydiff", description="Open the storydiff app on PATH.")
    parser.add_argument("path", nargs="?", help="a folder or file of articles (default: the samples)")
    return parser
