"""The command line's parser: each subcommand module adds its own commands to it.

Built only when a subcommand (or ``--help``, ``--version``) is given: opening the app needs none
of it, and every start of the app would pay for argparse and the subcommand modules.
"""

from __future__ import annotations

import argparse

from storydiff import cli_articles, cli_families, cli_passages, cli_quotes, cli_search

COMMAND_MODULES = (cli_articles, cli_passages, cli_quotes, cli_families, cli_search)
MODULE_OF = {
    "list": cli_articles,
    "show": cli_articles,
    "overlaps": cli_passages,
    "graph": cli_passages,
    "quotes": cli_quotes,
    "speakers": cli_quotes,
    "families": cli_families,
    "search": cli_search,
}
"""The module that adds each subcommand (checked against the parser by the tests): a command line
naming one is parsed with that module's commands alone (:func:`build_parser`)."""


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


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; ``command``: the subcommand the command line names first, whose
    module alone adds its commands (each subcommand's parser is an argparse parser of its own, whose
    making looks its messages up in gettext's catalogues: the others' were some 6 M instructions of
    every command's start, before anything else could begin). Any other first argument (``--help``,
    ``--version``) gets every command."""
    parser = Parser(
        prog="storydiff",
        description="A terminal reader for many news articles about one story. "
        "With no command, opens the app on PATH (default: the sample corpus).",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in (MODULE_OF[command],) if command in MODULE_OF else COMMAND_MODULES:
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
