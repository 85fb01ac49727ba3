"""What the engine finds about passages: shared passages and their word edits, the reuse graph,
reprint families. Split from :mod:`corpus.findings` (the quotes' classes), which gives these names
too, as :mod:`corpus.model` does: a command that finds only quotes (``storydiff quotes``) never
makes these ten dataclasses (~30 M instructions in each of its processes)."""

from __future__ import annotations

from dataclasses import dataclass, field

from corpus.model import OpKind, Tier


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
