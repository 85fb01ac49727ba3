"""``storydiff search``: the articles whose text holds every word and "phrase" of a query, each
hit as offsets into the article's text and one shown in context."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from storydiff.output import UsageError, open_story, plural, print_json, print_rows, safe_line

if TYPE_CHECKING:
    from corpus.story import SearchResult, Story


def add_commands(commands: Any) -> None:
    search = commands.add_parser(
        "search",
        help='search the articles\' text: words and "phrases", case and accents ignored',
        description='Articles holding every word and "quoted phrase" of QUERY (case, accents and '
        "punctuation ignored; word* also matches longer words), in number order.",
    )
    search.add_argument("query", help='the words and "phrases" to find (quote the whole query in the shell)')
    search.add_argument("path", nargs="?", help="a folder or file of articles (default: the samples)")
    search.add_argument("--json", action="store_true", help="print a JSON array, with every hit's offsets")
    search.set_defaults(run=run_search)


def run_search(args: argparse.Namespace) -> int:
    if not args.query.strip():
        raise UsageError('search: the query is empty (give words or a "phrase")')
    story = open_story(args.path)
    results = story.search(args.query)
    if args.json:
        print_json([_result_json(story, r) for r in results])
        return 0
    rows = [_result_row(story, r) for r in results]
    print_rows([["#", "hits", "article", "found"], *rows] if rows else [], right=(0, 1))
    if not rows:
        print(f"storydiff: no article holds {safe_line(args.query)}", file=sys.stderr)
    return 0 if rows else 1


def _result_json(story: Story, result: SearchResult) -> dict[str, Any]:
    context = result.context
    return {
        "article": result.article,
        "number": story.number(result.article),
        "hits": [{"start": h.start, "end": h.end} for h in result.hits],
        "context": None
        if context is None
        else {"before": context.before, "match": context.match, "after": context.after},
    }


def _result_row(story: Story, result: SearchResult) -> list[str]:
    context = result.context
    shown = "" if context is None else f"{context.before}[{context.match}]{context.after}"
    return [
        str(story.number(result.article)),
        plural(len(result.hits), "hit"),
        safe_line(result.article),
        safe_line(shown.strip(), empty=""),
    ]
