"""What the engine finds in a corpus: quotes and speakers, shared passages and the reuse graph,
reprint families. Part of the model: :mod:`corpus.model` gives every name here too, and everything
else in it holds for these (every offset indexes ``Article.text``).

Kept apart from the articles so that reading a corpus and painting the article list, which need
only :class:`~corpus.model.Article` and :class:`~corpus.model.Block`, do not build these fourteen
dataclasses at every start (Python 3.11 compiles each generated method: ~40 M instructions, a fifth
of what storydiff adds to a bare Textual app's start). ``corpus.model`` imports this module the
first time one of its names is asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from corpus.model import OpKind, QuoteKind, Tier


@dataclass(frozen=True, slots=True)
class Mention:
    """The speaker as written nearest a quote (a name, a title or a pronoun)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Quoting:
    """Whom a quote's speaker quotes: where the article has the words from a relayer (`“…,” Roe said,
    according to Frankel`: the speaker is Frankel, who vouches for them), the person the sentence
    says first spoke them (Roe), as it writes them (``mention``) and as a reader knows them
    (``name``: the canonical speaker's name when the corpus quotes them too, else the name as the
    article gives it; None where the mention stands for no name, "the bishop")."""

    name: str | None
    mention: Mention


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
    quoting: Quoting | None = None
    """Whom ``speaker`` quotes, where ``speaker`` relays the words (:class:`Quoting`), or None."""


@dataclass(slots=True)
class Speaker:
    """A canonical speaker: one person (or organisation) across the corpus."""

    name: str
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    quotes: int = 0
    articles: list[str] = field(default_factory=list)
    relayed: int = 0
    """Quotes of others that relay this speaker's words ("…,” Roe said, according to Frankel": one of
    Roe's, Frankel's quote), counted apart from ``quotes``: the article vouches only that the relayer
    reported them."""


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
