"""``storydiff families``: each piece of text the corpus reprints, every version of it, and
where it most likely came from."""

from __future__ import annotations

import argparse
from typing import Any

from storydiff.output import open_story, print_json, progress_bars, safe, safe_line, whole_number

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


_at_least_two = whole_number(2, "is too few: a family spans two articles or more")


def run_families(args: argparse.Namespace) -> int:
    with progress_bars("finding families") as (reading, comparing):
        story = open_story(args.path, progress=reading)
        found = story.families(progress=comparing)
    families = [f for f in found.families if len(f.articles) >= args.min_articles]
    if args.json:
        names = [a.name for a in story.articles]
        print_json({"articles": names, "families": [_family_json(f) for f in families]})
        return 0
    _print_table(len(story.articles), families)
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
