"""The data every part of storydiff shares: articles, quotes, speakers, passages.

Plain dataclasses, no behaviour beyond small derived views. Every offset
(``start``/``end``) indexes ``Article.text``: ``article.text[start:end]`` is the
thing described. The articles are defined here; what the engine finds in them
(quotes, passages, families) in :mod:`corpus.findings`, imported from here the
first time one of them is asked for, so that start-up does not build them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeAlias

if TYPE_CHECKING:  # at run time they come from __getattr__ below, when first asked for
    from corpus.findings import ArticleReuse as ArticleReuse
    from corpus.findings import Edge as Edge
    from corpus.findings import Families as Families
    from corpus.findings import Family as Family
    from corpus.findings import FamilyMember as FamilyMember
    from corpus.findings import Graph as Graph
    from corpus.findings import Mention as Mention
    from corpus.findings import Origin as Origin
    from corpus.findings import Overlap as Overlap
    from corpus.findings import Passage as Passage
    from corpus.findings import Quote as Quote
    from corpus.findings import Speaker as Speaker
    from corpus.findings import WordOp as WordOp

BlockKind = Literal["title", "body", "boilerplate"]
QuoteKind = Literal["direct", "partial", "term"]
"""A quoted sentence, quoted words inside a sentence, or a term: one or two quoted words no cue gives
to anyone (a nickname, a scare quote, a title), never attributed nor counted as a statement."""
OpKind = Literal["equal", "replace", "insert", "delete"]
Tier = Literal["copied", "reworded"]

Progress: TypeAlias = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while long work (loading a corpus, building the graph) goes on."""


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph or a sentence: a span of ``Article.text`` and its kind."""

    start: int
    end: int
    kind: BlockKind
    paragraph: int = 0
    """Index of the paragraph that holds this block (a paragraph's own index)."""


@dataclass(slots=True)
class Article:
    """One file of the corpus, read and cleaned.

    ``text`` is the source every offset indexes: for .txt/.md the decoded file
    unchanged, for HTML the Markdown made from it. A file that could not be
    read well still becomes an Article, with ``problem`` saying why.
    """

    name: str
    path: Path
    text: str
    title: str | None = None
    source: str | None = None
    date: str | None = None
    author: str | None = None
    paragraphs: list[Block] = field(default_factory=list)
    sentences: list[Block] = field(default_factory=list)
    words: int = 0
    problem: str | None = None

    def body_paragraphs(self) -> list[Block]:
        """Paragraphs that are the article itself (title and boilerplate left out)."""
        return [p for p in self.paragraphs if p.kind == "body"]

    def kind_at(self, offset: int) -> BlockKind | None:
        """Kind of the paragraph holding ``offset``, or None between paragraphs."""
        lo, hi = 0, len(self.paragraphs)
        while lo < hi:
            mid = (lo + hi) // 2
            p = self.paragraphs[mid]
            if offset < p.start:
                hi = mid
            elif offset >= p.end:
                lo = mid + 1
            else:
                return p.kind
        return None


FINDINGS = frozenset(
    {
        "Mention", "Quote", "Speaker",
        "WordOp", "Passage", "Overlap", "Edge", "Graph",
        "FamilyMember", "Origin", "Family", "ArticleReuse", "Families",
    }
)  # fmt: skip
"""The classes of what the engine finds (quotes, passages, families), defined in corpus.findings."""


def __getattr__(name: str) -> type:
    """``from corpus.model import Quote`` works as for the classes above, but imports
    :mod:`corpus.findings` only then: painting the article list needs none of them (PEP 562)."""
    if name in FINDINGS:
        from corpus import findings

        found: type = getattr(findings, name)
        return found
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
