"""What the article list shows: its columns, each article's cells, which rows, in which order.

Plain functions of the story and of what the screen's workers have found so far (:class:`Found`);
the screen hands their answer to the :class:`~tui.widgets.article_list.ArticleList`. Nothing here
computes anything of the engine's: counts, shares, sources and search hits come from the story.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from corpus.ingest.inert import visible
from corpus.model import Article
from tui.labels import article_label, one_line
from tui.widgets.article_list import Column, Row

if TYPE_CHECKING:
    from corpus.story import SearchResult, Story

NOT_YET = "…"
UNAVAILABLE = "—"


# Found and SortColumn are plain classes, not dataclasses or NamedTuples: making either compiles methods
# from source (2-5 M instructions a dataclass, ~1 M a NamedTuple) at every start, before the first frame.
class Found:
    """What the screen's workers have found so far (None: not yet, or not asked)."""

    __slots__ = (
        "families_done", "families_error", "own", "quotes_ready", "search", "searched", "shares", "sources",
    )  # fmt: skip

    def __init__(self) -> None:
        self.quotes_ready = False
        self.families_done: tuple[int, int] = (0, 1)
        """How far the families have got (done, total): Shares and Own are read off them."""
        self.shares: dict[str, int] | None = None
        """Per article, how many passages it shares with the others (the reuse graph's count)."""
        self.own: dict[str, float] | None = None
        """Per article, the share of its body that is its own words (in no family with another)."""
        self.sources: dict[str, str] | None = None
        """Per article that reprints a wire service: "AP via yahoo.com"."""
        self.families_error: str | None = None
        self.search: dict[str, SearchResult] = {}
        """The text search's results for ``searched``, by article."""
        self.searched: str | None = None


class SortColumn:
    """How the rows sort by one column: the value of an article (None: unknown yet, listed last)
    and whether the first press sorts largest first."""

    __slots__ = ("largest_first", "value")

    def __init__(
        self, value: Callable[[Story, Found, Article], object], *, largest_first: bool = False
    ) -> None:
        self.value = value
        self.largest_first = largest_first


SORTS: dict[str, SortColumn] = {
    "number": SortColumn(lambda story, found, a: story.index_of(a.name)),
    "title": SortColumn(lambda story, found, a: article_label(a).casefold()),
    "source": SortColumn(lambda story, found, a: _source(found, a).casefold() or None),
    "folder": SortColumn(lambda story, found, a: story.folder(a.name).casefold()),
    "date": SortColumn(lambda story, found, a: a.date),
    "words": SortColumn(lambda story, found, a: a.words, largest_first=True),
    "quotes": SortColumn(
        lambda story, found, a: len(story.quotes_of(a.name)) if found.quotes_ready else None,
        largest_first=True,
    ),
    "shares": SortColumn(
        lambda story, found, a: found.shares.get(a.name, 0) if found.shares is not None else None,
        largest_first=True,
    ),
    "own": SortColumn(lambda story, found, a: found.own.get(a.name) if found.own is not None else None),
    "hits": SortColumn(lambda story, found, a: _hits(found, a), largest_first=True),
}
"""Every column the rows can be sorted by. Own words sort least first: reprints lead."""

SORT_KEYS = {
    "number": "N",
    "title": "T",
    "source": "S",
    "folder": "L",
    "date": "D",
    "words": "W",
    "quotes": "Q",
    "shares": "R",
    "own": "O",
    "hits": "H",
}
"""The key that sorts by each column (a capital: the small letters open screens)."""

SORT_NAMES = {"own": "own words", "shares": "shared passages"}
"""What a sort is called where the column's key does not say it (help, the header)."""


def sort_name(column: str) -> str:
    return SORT_NAMES.get(column, column)


def columns(*, folders: bool, searching: bool) -> list[Column]:
    """The columns of the list: a Folder column when the corpus has subfolders, the hits and the
    hit in context while a search is typed."""
    shown = [
        Column(" ", "mark", 1),
        Column("#", "number", 6, sort_key="N", fit=True),
        Column("Title", "title", sort_key="T"),
    ]
    if searching:
        shown.append(Column("Found", "found", flex=2))
    shown.append(Column("Source", "source", 22, sort_key="S", fit=True))
    if folders:
        shown.append(Column("Folder", "folder", 16, optional=5, sort_key="L", fit=True))
    shown += [
        Column("Date", "date", 10, optional=3, sort_key="D"),
        Column("Words", "words", 5, right=True, optional=4, sort_key="W"),
        Column("Quotes", "quotes", 6, right=True, optional=1, sort_key="Q"),
        Column("Shares", "shares", 6, right=True, optional=2, sort_key="R"),
        Column("Own", "own", 4, right=True, sort_key="O"),
    ]
    if searching:
        shown.insert(3, Column("Hits", "hits", 4, right=True, sort_key="H"))
    return shown


def has_folders(story: Story) -> bool:
    return any(story.folder(a.name) for a in story.articles)


def folders(story: Story) -> list[tuple[str, int]]:
    """Each folder of the corpus with how many articles it holds, in name order ("" = the top)."""
    counts: dict[str, int] = {}
    for article in story.articles:
        folder = story.folder(article.name)
        counts[folder] = counts.get(folder, 0) + 1
    return sorted(counts.items())


def listed(story: Story, found: Found, *, query: str, folder: str | None) -> list[Article]:
    """The articles listed: those in ``folder`` (all when None) that match the query, if any: by
    their title, source or file name (as typed), or their text (the story's search)."""
    articles = [a for a in story.articles if folder is None or story.folder(a.name) == folder]
    needle = query.casefold().strip()
    if not needle:
        return articles
    in_text = found.search  # the last results until the query just typed has its own: no flicker
    return [
        a
        for a in articles
        if a.name in in_text
        or needle in (a.title or "").casefold()
        or needle in (a.source or "").casefold()
        or needle in a.name.casefold()
    ]


def in_order(story: Story, found: Found, articles: list[Article], sort: tuple[str, bool]) -> list[Article]:
    """``articles`` sorted by column ``sort[0]`` (descending when ``sort[1]``); ties in number order,
    unknown values last either way."""
    column, descending = sort
    value = SORTS[column].value
    keyed = [(value(story, found, a), a) for a in articles]
    known = [(v, a) for v, a in keyed if v is not None]
    known.sort(key=lambda pair: pair[0], reverse=descending)  # type: ignore[arg-type, return-value]
    return [a for _, a in known] + [a for v, a in keyed if v is None]


def rows(story: Story, found: Found, articles: list[Article], marked: list[str]) -> list[Row]:
    return [_row(story, found, a, marked) for a in articles]


def _row(story: Story, found: Found, article: Article, marked: list[str]) -> Row:
    cells = cells_of(story, found, article, marked)
    row = Row(article.name, cells, problem=bool(article.problem), marked=article.name in marked)
    result = found.search.get(article.name)
    if result is not None and result.context is not None:
        # One line already (the engine made each run of spaces one); made inert, spaces kept.
        before, match = visible(result.context.before), visible(result.context.match)
        cells["found"] = before + match + visible(result.context.after)
        cells["hits"] = str(len(result.hits))
        row.found["found"] = (len(before), len(before) + len(match))
    elif found.searched is not None:
        cells["found"], cells["hits"] = "", "0"
    return row


def cells_of(story: Story, found: Found, article: Article, marked: list[str]) -> dict[str, str]:
    if article.problem:
        # The name first: a long problem would otherwise push the file it is about out of view.
        title = f"{article_label(article)} — ⚠ {one_line(article.problem)}"
    else:
        title = article_label(article)
    return {
        "mark": "◆" if article.name in marked else "",
        "number": story.tag(article.name),
        "title": title,
        "source": one_line(_source(found, article)) or UNAVAILABLE,
        "folder": one_line(story.folder(article.name)),
        "date": article.date or UNAVAILABLE,
        "words": str(article.words),
        "quotes": str(len(story.quotes_of(article.name))) if found.quotes_ready else NOT_YET,
        "shares": _count(found.shares, article.name, found.families_error),
        "own": _own(found, article.name),
    }


def _source(found: Found, article: Article) -> str:
    reprint = found.sources.get(article.name) if found.sources is not None else None
    return reprint or article.source or ""


def _count(counts: dict[str, int] | None, name: str, error: str | None) -> str:
    if counts is not None:
        return str(counts.get(name, 0))
    return UNAVAILABLE if error is not None else NOT_YET


def _own(found: Found, name: str) -> str:
    if found.own is None:
        return UNAVAILABLE if found.families_error is not None else NOT_YET
    share = found.own.get(name)
    return UNAVAILABLE if share is None else f"{round(100 * share)}%"


def _hits(found: Found, article: Article) -> int | None:
    if found.searched is None:
        return None
    result = found.search.get(article.name)
    return 0 if result is None else len(result.hits)
