"""The data every part of storydiff shares: articles, quotes, speakers, passages.

Plain dataclasses, no behaviour beyond small derived views. Every offset
(``start``/``end``) indexes ``Article.text``: ``article.text[start:end]`` is the
thing described.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeAlias

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


@dataclass(frozen=True, slots=True)
class Mention:
    """The speaker as written nearest a quote (a name, a title or a pronoun)."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Quote:
    """One direct quotation; ``start``/``end`` exclude the quote marks."""

    article: str
    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None = None
    """Canonical speaker name (one per person across the corpus), or None."""
    mention: Mention | None = None
    cue: str | None = None
    """The reporting verb as written ("said", "told"), or None."""
    group: int = 0
    """Quotes of the same statement across articles share a group id."""


@dataclass(slots=True)
class Speaker:
    """A canonical speaker: one person (or organisation) across the corpus."""

    name: str
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    quotes: int = 0
    articles: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class WordOp:
    """One word-level edit between two aligned passages (offsets into each text)."""

    op: OpKind
    a_start: int
    a_end: int
    b_start: int
    b_end: int


@dataclass(slots=True)
class Passage:
    """A passage two articles share, aligned: A's span, B's span and their diff."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    a_text: str
    b_text: str
    similarity: float
    tier: Tier
    ops: list[WordOp] = field(default_factory=list)
    shared_words: int = 0
    """Words both sides have verbatim (the words of the ``equal`` ops)."""


@dataclass(slots=True)
class Overlap:
    """Everything articles ``a`` and ``b`` share, in A's order."""

    a: str
    b: str
    passages: list[Passage] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Edge:
    """Two articles of the reuse graph that share passages."""

    a: str
    b: str
    passages: int
    shared_words: int


@dataclass(slots=True)
class Graph:
    articles: list[str] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class FamilyMember:
    """One article's version of a family's text: its span in that article, how it was reused
    (``copied`` verbatim or ``reworded``) and its similarity to the family's base text."""

    article: str
    start: int
    end: int
    tier: Tier
    similarity: float


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a family's text most likely came from, and why ("earliest, 2018-07-15")."""

    article: str
    why: str


@dataclass(slots=True)
class Family:
    """One piece of text and every reprint of it across the corpus (a reprint family).

    ``text`` is the base text, the version the others were aligned with; ``members`` holds
    every version, the base's own included, in corpus order."""

    id: int
    text: str
    base: FamilyMember
    members: list[FamilyMember] = field(default_factory=list)
    origin: Origin | None = None

    @property
    def articles(self) -> list[str]:
        """The articles holding a version, each once, in member order."""
        return list(dict.fromkeys(m.article for m in self.members))


@dataclass(frozen=True, slots=True)
class ArticleReuse:
    """How much of one article is its own: the share of its body in no family with another
    article, and the wire service it reprints (None when it reprints none that is credited)."""

    article: str
    own_share: float
    wire: str | None = None


@dataclass(slots=True)
class Families:
    """The reprint families of a corpus, largest first, and each article's reuse."""

    articles: list[str] = field(default_factory=list)
    families: list[Family] = field(default_factory=list)
    reuse: dict[str, ArticleReuse] = field(default_factory=dict)
