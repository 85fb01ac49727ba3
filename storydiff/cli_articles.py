"""``storydiff list`` and ``storydiff show``: the articles of a corpus, and one article cleaned."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from storydiff.output import (
    WIDTH_HELP,
    check_width,
    console,
    find_article,
    open_story,
    plural,
    print_json,
    print_rows,
    safe,
    safe_line,
    story_for,
    table_width,
    wrapped,
    write_lines,
)

if TYPE_CHECKING:
    from corpus.model import Article
    from corpus.story import Story


def add_commands(commands: Any) -> None:
    listing = commands.add_parser("list", help="list the articles of a corpus")
    listing.add_argument("path", nargs="?", help="a folder or file of articles (default: the samples)")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.add_argument("--width", type=int, metavar="N", help=WIDTH_HELP)
    listing.set_defaults(run=run_list)

    show = commands.add_parser("show", help="print one article, cleaned")
    show.add_argument("article", help="the article: its number in `list`, its file name, or a path")
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
    width = check_width(args.width)
    story = open_story(args.path)
    if args.json:
        print_json([article_row(a) for a in story.articles])
        return 0
    width = table_width(width)
    if width is None:
        print_rows([_list_row(story, a) for a in story.articles], right=(0, 3))
        return 0
    _print_list_table(story, width)
    return 0


def _list_title(article: Article) -> str:
    return "⚠ " + safe_line(article.problem) if article.problem else safe_line(article.title)


def _list_row(story: Story, article: Article) -> list[str]:
    return [
        str(story.number(article.name)),
        safe_line(article.name),
        safe_line(article.date, empty="-"),
        plural(article.words, "word"),
        safe_line(article.source, empty="-"),
        _list_title(article),
    ]


def _print_list_table(story: Story, width: int) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=plural(len(story.articles), "article"), expand=True)
    table.add_column("#", justify="right")
    table.add_column("article", no_wrap=True, overflow="ellipsis", max_width=24)
    table.add_column("title", ratio=1, overflow="fold")
    table.add_column("source", max_width=16, overflow="ellipsis")
    table.add_column("date", no_wrap=True)
    table.add_column("words", justify="right")
    for article in story.articles:
        title = Text(_list_title(article), style="yellow" if article.problem else "")
        table.add_row(
            str(story.number(article.name)),
            Text(safe_line(article.name)),
            title,
            Text(safe_line(article.source)),
            Text(safe_line(article.date)),
            str(article.words),
        )
    console(width=width).print(table)


def run_show(args: argparse.Namespace) -> int:
    article = find_article(story_for(args.article, args.corpus), args.article)
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
    if sys.stdout.isatty():
        _print_article_styled(article, args.all)
    else:
        write_lines(_article_lines(article, args.all))
    return 0


def _shown_paragraphs(article: Article, everything: bool) -> list[tuple[str, bool]]:
    """The paragraphs ``show`` prints, inert, each with whether it is boilerplate."""
    shown = []
    for paragraph in article.paragraphs:
        if paragraph.kind == "title" or (paragraph.kind == "boilerplate" and not everything):
            continue
        shown.append((safe(article.text[paragraph.start : paragraph.end]), paragraph.kind == "boilerplate"))
    return shown


def _byline(article: Article) -> str:
    parts = (article.source, article.date, plural(article.words, "word"))
    return safe_line(" · ".join(x for x in parts if x))


def _article_lines(article: Article, everything: bool) -> list[str]:
    """The article as plain lines for a pipe: a paragraph per line, a blank line between, no trailing
    spaces (the reader's program wraps them)."""
    lines = [safe_line(article.title or article.name), _byline(article)]
    if article.problem:
        lines.append("⚠ " + safe_line(article.problem))
    for text, _ in _shown_paragraphs(article, everything):
        lines.append("")
        lines.extend(line.rstrip() for line in text.split("\n"))
    return lines


def _print_article_styled(article: Article, everything: bool) -> None:
    """The article on a terminal: styled, wrapped at its width with no line ending in spaces."""
    from rich.text import Text

    terminal = console(soft_wrap=True)  # lines are wrapped here, so rich neither wraps nor pads them
    terminal.print(wrapped(terminal, Text(safe_line(article.title or article.name), style="bold")))
    terminal.print(wrapped(terminal, Text(_byline(article), style="dim")))
    if article.problem:
        terminal.print(wrapped(terminal, Text("⚠ " + safe_line(article.problem), style="yellow")))
    # Paragraphs are printed in batches: a print per paragraph costs too much on 100,000 short lines,
    # and one print of everything is quadratic inside rich (it splits the lines one by one).
    body, lines = Text(), 0
    for text, boilerplate in _shown_paragraphs(article, everything):
        body.append("\n")
        body.append_text(wrapped(terminal, Text(text, style="dim" if boilerplate else "")))
        body.append("\n")
        lines += 2
        if lines >= 400 or len(body) >= 100_000:
            terminal.print(body, end="")
            body, lines = Text(), 0
    terminal.print(body, end="")
