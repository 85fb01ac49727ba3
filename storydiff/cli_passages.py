"""``storydiff overlaps`` and ``storydiff graph``: passages two articles share, and who shares with whom."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from corpus.cache import Cache
from corpus.ingest.files import CorpusError
from corpus.ingest.load import load_article, load_corpus
from corpus.model import Article, Overlap, Passage
from corpus.passages import WordWeights, align_articles, build_graph
from storydiff.output import UsageError, find_article, print_json, resolve_corpus, safe


def add_commands(commands: Any) -> None:
    overlaps = commands.add_parser("overlaps", help="passages two articles share, aligned, with word diffs")
    overlaps.add_argument("a", metavar="A", help="an article: file path, or name/number in the corpus")
    overlaps.add_argument("b", metavar="B", help="the other article")
    overlaps.add_argument(
        "--corpus", help="corpus for word rarity (default: the folder of A, or the samples)"
    )
    overlaps.add_argument("--json", action="store_true", help="print the passages as JSON")
    overlaps.add_argument("--width", type=_positive, help="width of the side-by-side view")
    overlaps.set_defaults(run=run_overlaps)

    graph = commands.add_parser("graph", help="which articles of a corpus share passages")
    graph.add_argument("path", nargs="?", help="a folder or file of articles (default: the samples)")
    graph.add_argument("--json", action="store_true", help="print articles and edges as JSON")
    graph.add_argument("--min-words", type=_positive, default=0, metavar="N", help="edges sharing N+ words")
    graph.set_defaults(run=run_graph)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {value}")
    return number


def _load_with_cache(root: Path) -> list[Article]:
    cache = Cache.open()
    try:
        return load_corpus(root, cache=cache)
    except CorpusError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        if cache is not None:
            cache.close()


def _pick(articles: list[Article], key: str) -> Article:
    """An article named on the command line: a file path (in the corpus or not), or a name."""
    path = Path(key).expanduser()
    if path.is_file():
        wanted = path.resolve()
        for article in articles:
            if article.path.resolve() == wanted:
                return article
        article = load_article(path)
        articles.append(article)  # its words count too
        return article
    return find_article(articles, key)


def run_overlaps(args: argparse.Namespace) -> int:
    if args.corpus is None and Path(args.a).expanduser().is_file():
        root = Path(args.a).expanduser().resolve().parent
    else:
        root = resolve_corpus(args.corpus)
    articles = _load_with_cache(root)
    a = _pick(articles, args.a)
    b = _pick(articles, args.b)
    overlap = align_articles(a, b, WordWeights.from_articles(articles))
    if args.json:
        print_json(overlap_json(overlap))
        return 0
    _print_overlap(a, b, overlap, args.width)
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


def _print_overlap(a: Article, b: Article, overlap: Overlap, width: int | None) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(width=width) if width else Console()
    copied = sum(1 for p in overlap.passages if p.tier == "copied")
    heading = Text(f"{len(overlap.passages)} shared passages · {copied} copied · ")
    heading.append(f"{len(overlap.passages) - copied} reworded")
    console.print(heading)
    table = Table(expand=True, show_lines=True)
    table.add_column(Text(safe(a.name) + " · " + safe(a.title)), ratio=1, overflow="fold")
    table.add_column(Text(safe(b.name) + " · " + safe(b.title)), ratio=1, overflow="fold")
    for number, passage in enumerate(overlap.passages, start=1):
        label = Text(f"{number}. {passage.tier} {passage.similarity:.2f}", style="bold")
        left, right = _marked(passage)
        table.add_row(Text.assemble(label, "\n", left), Text.assemble(label.copy(), "\n", right))
    if overlap.passages:
        console.print(table)
    else:
        console.print(Text("These two articles share no passage.", style="dim"))


def _marked(passage: Passage) -> tuple[Any, Any]:
    """Both sides of a passage as rich Text, the words that differ marked (never as markup)."""
    from rich.text import Text

    left, right = Text(), Text()
    for op in passage.ops:
        a_part = safe(passage.a_text[op.a_start - passage.a_start : op.a_end - passage.a_start], empty="")
        b_part = safe(passage.b_text[op.b_start - passage.b_start : op.b_end - passage.b_start], empty="")
        if op.op == "equal":
            left.append(a_part)
            right.append(b_part)
        else:
            left.append(a_part, style="bold red underline")
            right.append(b_part, style="bold green underline")
    return left, right


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
        comparing = bars.add_task("comparing", total=None)
        yield (
            lambda done, total: bars.update(reading, completed=done, total=total),
            lambda done, total: bars.update(comparing, completed=done, total=total),
        )


def _short(title: str | None, limit: int = 60) -> str | None:
    if title is None or len(title) <= limit:
        return title
    return title[: limit - 1].rstrip() + "…"


def run_graph(args: argparse.Namespace) -> int:
    root = resolve_corpus(args.path)
    cache = Cache.open()
    try:
        with _progress() as (reading, comparing):
            try:
                articles = load_corpus(root, cache=cache, progress=reading)
            except CorpusError as exc:
                raise UsageError(str(exc)) from exc
            graph = build_graph(articles, cache=cache, progress=comparing)
    finally:
        if cache is not None:
            cache.close()
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
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    titles = {a.name: _short(a.title) for a in articles}
    table = Table(title=f"{len(graph.articles)} articles · {len(edges)} pairs share passages", expand=True)
    table.add_column("article", overflow="fold", ratio=1)
    table.add_column("shares with", overflow="fold", ratio=1)
    table.add_column("passages", justify="right")
    table.add_column("shared words", justify="right")
    for edge in sorted(edges, key=lambda e: (-e.shared_words, e.a, e.b)):
        table.add_row(
            Text(safe(edge.a) + "\n" + safe(titles.get(edge.a)), overflow="fold"),
            Text(safe(edge.b) + "\n" + safe(titles.get(edge.b)), overflow="fold"),
            str(edge.passages),
            str(edge.shared_words),
        )
    Console().print(table)
    return 0
