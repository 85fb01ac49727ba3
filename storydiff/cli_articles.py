"""``storydiff list`` and ``storydiff show``: the articles of a corpus, and one article cleaned."""

from __future__ import annotations

import argparse
from typing import Any

from corpus.model import Article
from storydiff.output import find_article, load, print_json, safe, safe_line


def add_commands(commands: Any) -> None:
    listing = commands.add_parser("list", help="list the articles of a corpus")
    listing.add_argument("path", nargs="?", help="a folder or file of articles (default: the samples)")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(run=run_list)

    show = commands.add_parser("show", help="print one article, cleaned")
    show.add_argument("article", help="file name (or number in `list`) of the article")
    show.add_argument("--corpus", help="the corpus folder (default: the samples)")
    show.add_argument("--json", action="store_true", help="paragraphs and sentences with offsets")
    show.add_argument("--all", action="store_true", help="also print boilerplate paragraphs")
    show.set_defaults(run=run_show)


def article_row(article: Article) -> dict[str, Any]:
    return {
        "article": article.name,
        "path": str(article.path),
        "title": article.title,
        "source": article.source,
        "date": article.date,
        "words": article.words,
        "problem": article.problem,
    }


def run_list(args: argparse.Namespace) -> int:
    articles = load(args.path)
    if args.json:
        print_json([article_row(a) for a in articles])
        return 0
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"{len(articles)} articles", expand=True)
    table.add_column("#", justify="right")
    table.add_column("article", no_wrap=True, overflow="ellipsis", max_width=24)
    table.add_column("title", ratio=1, overflow="fold")
    table.add_column("source", max_width=16, overflow="ellipsis")
    table.add_column("date", no_wrap=True)
    table.add_column("words", justify="right")
    for number, article in enumerate(articles, start=1):
        title = Text(safe_line(article.title))
        if article.problem:
            title = Text("⚠ " + safe_line(article.problem), style="yellow")
        table.add_row(
            str(number),
            Text(safe_line(article.name)),
            title,
            Text(safe_line(article.source)),
            Text(safe_line(article.date)),
            str(article.words),
        )
    Console().print(table)
    return 0


def run_show(args: argparse.Namespace) -> int:
    articles = load(args.corpus)
    article = find_article(articles, args.article)
    if args.json:
        print_json(
            {
                **article_row(article),
                "author": article.author,
                "text": article.text,
                "paragraphs": [{"start": p.start, "end": p.end, "kind": p.kind} for p in article.paragraphs],
                "sentences": [
                    {"start": s.start, "end": s.end, "kind": s.kind, "paragraph": s.paragraph}
                    for s in article.sentences
                ],
            }
        )
        return 0
    from rich.console import Console
    from rich.text import Text

    console = Console()
    heading = Text(safe_line(article.title or article.name), style="bold")
    console.print(heading)
    byline = " · ".join(x for x in (article.source, article.date, f"{article.words} words") if x)
    console.print(Text(safe_line(byline), style="dim"))
    if article.problem:
        console.print(Text("⚠ " + safe_line(article.problem), style="yellow"))
    # Paragraphs are printed in batches: a print per paragraph costs too much on 100,000 short lines,
    # and one print of everything is quadratic inside rich (it splits the lines one by one).
    body, lines = Text(), 0
    for paragraph in article.paragraphs:
        if paragraph.kind == "title":
            continue
        if paragraph.kind == "boilerplate" and not args.all:
            continue
        style = "dim" if paragraph.kind == "boilerplate" else ""
        body.append("\n")
        body.append(safe(article.text[paragraph.start : paragraph.end]), style=style)
        body.append("\n")
        lines += 2
        if lines >= 400 or len(body) >= 100_000:
            console.print(body, end="")
            body, lines = Text(), 0
    console.print(body, end="")
    return 0
