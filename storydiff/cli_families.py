"""``storydiff families``: each piece of text the corpus reprints, every version of it, and
where it most likely came from."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from storydiff.output import UsageError, print_json, resolve_corpus, safe, safe_line

FIRST_WORDS = 12
"""Words of a family's base text shown in the table."""


def add_commands(commands: Any) -> None:
    families = commands.add_parser("families", help="reprint families: each shared text and all its versions")
    families.add_argument("path", nargs="?", help="a folder or file of articles (default: the samples)")
    families.add_argument("--json", action="store_true", help="print the families as JSON")
    families.add_argument(
        "--min-articles",
        type=_at_least_two,
        default=2,
        metavar="N",
        help="only families found in N articles or more (default 2)",
    )
    families.set_defaults(run=run_families)


def _at_least_two(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 2:
        raise argparse.ArgumentTypeError(f"a family spans two articles or more, not {value}")
    return number


@contextmanager
def _progress() -> Iterator[tuple[Callable[[int, int], None] | None, Callable[[int, int], None] | None]]:
    """Progress bars on stderr while a big corpus is read and compared (only on a terminal)."""
    if not sys.stderr.isatty():
        yield None, None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bars:
        reading = bars.add_task("reading", total=None)
        comparing = bars.add_task("finding families", total=None)
        yield (
            lambda done, total: bars.update(reading, completed=done, total=total),
            lambda done, total: bars.update(comparing, completed=done, total=total),
        )


def run_families(args: argparse.Namespace) -> int:
    from corpus.cache import Cache
    from corpus.ingest.files import CorpusError
    from corpus.ingest.load import load_corpus
    from corpus.passages import build_families

    root = resolve_corpus(args.path)
    cache = Cache.open()
    try:
        with _progress() as (reading, comparing):
            try:
                articles = load_corpus(root, cache=cache, progress=reading)
            except CorpusError as exc:
                raise UsageError(str(exc)) from exc
            found = build_families([a for a in articles if a.paragraphs], progress=comparing)
    finally:
        if cache is not None:
            cache.close()
    families = [f for f in found.families if len(f.articles) >= args.min_articles]
    if args.json:
        print_json({"articles": [a.name for a in articles], "families": [_family_json(f) for f in families]})
        return 0
    _print_table(len(articles), families)
    return 0


def _family_json(family: Any) -> dict[str, Any]:
    origin = family.origin
    return {
        "id": family.id,
        "articles": len(family.articles),
        "origin": None if origin is None else {"article": origin.article, "why": origin.why},
        "text": family.text,
        "members": [
            {"article": m.article, "start": m.start, "end": m.end, "tier": m.tier, "similarity": m.similarity}
            for m in family.members
        ],
    }


def _print_table(articles: int, families: list[Any]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"{articles} articles · {len(families)} reprint families", expand=True)
    table.add_column("id", justify="right")
    table.add_column("articles", justify="right")
    table.add_column("first words", overflow="fold", ratio=2)
    table.add_column("origin", overflow="fold", ratio=1)
    for family in families:
        words = family.text.split()
        first = " ".join(words[:FIRST_WORDS]) + (" …" if len(words) > FIRST_WORDS else "")
        origin = family.origin
        where = "—" if origin is None else safe_line(origin.article) + "\n" + safe_line(origin.why)
        table.add_row(str(family.id), str(len(family.articles)), Text(safe(first)), Text(where))
    Console().print(table)
