"""``storydiff overlaps`` and ``storydiff graph``: passages two articles share, and who shares with whom."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
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
    progress_bars,
    resolve_corpus,
    safe,
    safe_line,
    table_width,
    whole_number,
)

if TYPE_CHECKING:
    from rich.text import Text

    from corpus.model import Article, Overlap, Passage

MIN_OVERLAP_WIDTH = 40
"""The narrowest side-by-side view: two columns of about 16 characters inside their borders."""
DELETED = ("[-", "-]")
INSERTED = ("{+", "+}")
"""How differing words are marked without colour, as ``git diff --word-diff`` marks them."""


def add_commands(commands: Any) -> None:
    overlaps = commands.add_parser("overlaps", help="passages two articles share, aligned, with word diffs")
    overlaps.add_argument("a", metavar="A", help="an article: file path, or name/number in the corpus")
    overlaps.add_argument("b", metavar="B", help="the other article")
    overlaps.add_argument(
        "--corpus", help="corpus for word rarity (default: the folder of A, or the samples)"
    )
    overlaps.add_argument("--json", action="store_true", help="print the passages as JSON")
    overlaps.add_argument("--width", type=_positive, help="width of the side-by-side view")
    overlaps.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="mark differing words in colour (auto: on a terminal) or as [-old-]{+new+}",
    )
    overlaps.set_defaults(run=run_overlaps)

    graph = commands.add_parser("graph", help="which articles of a corpus share passages")
    graph.add_argument("path", nargs="?", help="a folder or file of articles (default: the samples)")
    graph.add_argument("--json", action="store_true", help="print articles and edges as JSON")
    graph.add_argument("--min-words", type=_positive, default=0, metavar="N", help="edges sharing N+ words")
    graph.add_argument("--width", type=int, metavar="N", help=WIDTH_HELP)
    graph.set_defaults(run=run_graph)


_positive = whole_number(0, "must not be negative")


def run_overlaps(args: argparse.Namespace) -> int:
    width = check_width(args.width, MIN_OVERLAP_WIDTH)
    if args.corpus is None and Path(args.a).expanduser().is_file():
        root = Path(args.a).expanduser().resolve().parent
    else:
        root = resolve_corpus(args.corpus)
    story = open_story(root)
    a = find_article(story, args.a)
    b = find_article(story, args.b)
    overlap = story.overlap(a.name, b.name)
    if args.json:
        print_json(overlap_json(overlap))
        return 0
    colour = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    _print_overlap(a, b, overlap, width, colour)
    return 0


def overlap_json(overlap: Overlap) -> dict[str, Any]:
    return {
        "a": overlap.a,
        "b": overlap.b,
        "passages": [
            {
                "a_start": p.a_start,
                "a_end": p.a_end,
                "b_start": p.b_start,
                "b_end": p.b_end,
                "a_text": p.a_text,
                "b_text": p.b_text,
                "similarity": p.similarity,
                "tier": p.tier,
                "ops": [
                    {
                        "op": o.op,
                        "a_start": o.a_start,
                        "a_end": o.a_end,
                        "b_start": o.b_start,
                        "b_end": o.b_end,
                    }
                    for o in p.ops
                ],
            }
            for p in overlap.passages
        ],
    }


def _print_overlap(a: Article, b: Article, overlap: Overlap, width: int | None, colour: bool) -> None:
    from rich.table import Table
    from rich.text import Text

    terminal = console(width=width, color_system="auto" if colour else None, force_terminal=colour or None)
    copied = sum(1 for p in overlap.passages if p.tier == "copied")
    heading = f"{plural(len(overlap.passages), 'shared passage')} · {copied} copied · "
    terminal.print(Text(heading + f"{len(overlap.passages) - copied} reworded"))
    table = Table(expand=True, show_lines=True)
    table.add_column(Text(safe_line(a.name) + " · " + safe_line(a.title)), ratio=1, overflow="fold")
    table.add_column(Text(safe_line(b.name) + " · " + safe_line(b.title)), ratio=1, overflow="fold")
    for number, passage in enumerate(overlap.passages, start=1):
        label = Text(f"{number}. {passage.tier} {passage.similarity:.2f}", style="bold")
        left, right = _marked(passage, colour)
        table.add_row(Text.assemble(label, "\n", left), Text.assemble(label.copy(), "\n", right))
    if overlap.passages:
        terminal.print(table)
    else:
        terminal.print(Text("These two articles share no passage.", style="dim"))


def _marked(passage: Passage, colour: bool) -> tuple[Text, Text]:
    """Both sides of a passage as rich Text (never markup), the words that differ marked: in colour,
    or between DELETED and INSERTED marks, which survive a pipe."""
    from rich.text import Text

    left, right = Text(), Text()
    for op in passage.ops:
        a_part = safe(passage.a_text[op.a_start - passage.a_start : op.a_end - passage.a_start], empty="")
        b_part = safe(passage.b_text[op.b_start - passage.b_start : op.b_end - passage.b_start], empty="")
        if op.op == "equal":
            left.append(a_part)
            right.append(b_part)
        elif colour:
            left.append(a_part, style="bold red underline")
            right.append(b_part, style="bold green underline")
        else:
            _mark(left, a_part, DELETED)
            _mark(right, b_part, INSERTED)
    return left, right


def _mark(side: Text, words: str, marks: tuple[str, str]) -> None:
    """``words`` between ``marks``, the spaces around them left outside (``[-old-] ``, as git does)."""
    core = words.strip()
    if not core:
        side.append(words)
        return
    before = words[: len(words) - len(words.lstrip())]
    after = words[len(words.rstrip()) :]
    side.append(before + marks[0] + core + marks[1] + after)


def _short(title: str | None, limit: int = 60) -> str | None:
    if title is None or len(title) <= limit:
        return title
    return title[: limit - 1].rstrip() + "…"


def run_graph(args: argparse.Namespace) -> int:
    width = check_width(args.width)
    with progress_bars("comparing") as (reading, comparing):
        story = open_story(args.path, progress=reading)
        graph = story.graph(progress=comparing)
    edges = [e for e in graph.edges if e.shared_words >= args.min_words]
    if args.json:
        print_json(
            {
                "articles": graph.articles,
                "edges": [
                    {"a": e.a, "b": e.b, "passages": e.passages, "shared_words": e.shared_words}
                    for e in edges
                ],
            }
        )
        return 0
    edges.sort(key=lambda e: (-e.shared_words, e.a, e.b))
    width = table_width(width)
    if width is None:
        rows = [
            [safe_line(e.a), safe_line(e.b), plural(e.passages, "passage"), plural(e.shared_words, "word")]
            for e in edges
        ]
        print_rows(rows, right=(2, 3))
        return 0
    from rich.table import Table
    from rich.text import Text

    titles = {a.name: _short(a.title) for a in story.articles}
    share = "shares" if len(edges) == 1 else "share"
    heading = f"{plural(len(graph.articles), 'article')} · {plural(len(edges), 'pair')} {share} passages"
    table = Table(title=heading, expand=True)
    table.add_column("article", overflow="fold", ratio=1)
    table.add_column("shares with", overflow="fold", ratio=1)
    table.add_column("passages", justify="right")
    table.add_column("shared words", justify="right")
    for edge in edges:
        table.add_row(
            Text(safe_line(edge.a) + "\n" + safe_line(titles.get(edge.a)), overflow="fold"),
            Text(safe_line(edge.b) + "\n" + safe_line(titles.get(edge.b)), overflow="fold"),
            str(edge.passages),
            str(edge.shared_words),
        )
    console(width=width).print(table)
    return 0
