"""``storydiff quotes`` and ``storydiff speakers``: every quotation with its speaker, and the speakers."""

from __future__ import annotations

import argparse
from typing import Any

from corpus.model import Quote, Speaker
from corpus.quotes import find_quotes
from storydiff.output import load, print_json, safe


def add_commands(commands: Any) -> None:
    quotes = commands.add_parser("quotes", help="list every quotation and who said it")
    quotes.add_argument("path", nargs="?", help="a folder or file of articles (default: the samples)")
    quotes.add_argument("--json", action="store_true", help="print a JSON array, one object per quote")
    quotes.set_defaults(run=run_quotes)

    speakers = commands.add_parser("speakers", help="list the speakers quoted across the corpus")
    speakers.add_argument("path", nargs="?", help="a folder or file of articles (default: the samples)")
    speakers.add_argument("--json", action="store_true", help="print a JSON array, one object per speaker")
    speakers.set_defaults(run=run_speakers)


def quote_row(quote: Quote) -> dict[str, Any]:
    mention = quote.mention
    return {
        "article": quote.article,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "kind": quote.kind,
        "speaker": quote.speaker,
        "mention": {"start": mention.start, "end": mention.end, "text": mention.text} if mention else None,
        "cue": quote.cue,
        "group": quote.group,
    }


def speaker_row(speaker: Speaker) -> dict[str, Any]:
    return {
        "name": speaker.name,
        "role": speaker.role,
        "aliases": list(speaker.aliases),
        "quotes": speaker.quotes,
        "articles": list(speaker.articles),
    }


def run_quotes(args: argparse.Namespace) -> int:
    quotes, _ = find_quotes(load(args.path))
    if args.json:
        print_json([quote_row(q) for q in quotes])
        return 0
    from rich.console import Console
    from rich.text import Text

    console = Console()
    console.print(Text(f"{len(quotes)} quotes", style="bold"))
    article = None
    for quote in quotes:
        if quote.article != article:
            article = quote.article
            console.print()
            console.print(Text(safe(article), style="bold underline"))
        line = Text("  ")
        line.append(safe(quote.speaker, empty="(unknown)"), style="bold cyan" if quote.speaker else "dim")
        if quote.cue:
            line.append(" " + safe(quote.cue), style="dim")
        line.append(f"  #{quote.group} {quote.kind}", style="dim")
        console.print(line)
        body = Text("    “")
        body.append(safe(quote.text.replace("\n", " ")))
        body.append("”")
        console.print(body)
    return 0


def run_speakers(args: argparse.Namespace) -> int:
    _, speakers = find_quotes(load(args.path))
    if args.json:
        print_json([speaker_row(s) for s in speakers])
        return 0
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"{len(speakers)} speakers", expand=True)
    table.add_column("speaker", ratio=1, overflow="fold")
    table.add_column("role", ratio=1, overflow="fold")
    table.add_column("also written", ratio=1, overflow="fold")
    table.add_column("quotes", justify="right")
    table.add_column("articles", justify="right")
    for speaker in speakers:
        others = [a for a in speaker.aliases if a != speaker.name]
        table.add_row(
            Text(safe(speaker.name)),
            Text(safe(speaker.role)),
            Text(safe(", ".join(others), empty="")),
            str(speaker.quotes),
            str(len(speaker.articles)),
        )
    Console().print(table)
    return 0
