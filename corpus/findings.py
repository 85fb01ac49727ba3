"""What the engine finds in a corpus: quotes and speakers, shared passages and the reuse graph,
reprint families. Part of the model: :mod:`corpus.model` gives every name here too, and everything
else in it holds for these (every offset indexes ``Article.text``).

Kept apart from the articles so that reading a corpus and painting the article list, which need
only :class:`~corpus.model.Article` and :class:`~corpus.model.Block`, do not build these dataclasses
at every start (Python 3.11 compiles each generated method: ~40 M instructions for the fourteen, a
fifth of what storydiff adds to a bare Textual app's start). ``corpus.model`` imports this module the
first time one of its names is asked for.

The quotes' four are made here; the passages' and families' ten in :mod:`corpus.passage_findings`,
made when one of them is first asked for (here too): ``storydiff quotes`` makes none of them, in
either of its processes (~30 M instructions each).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from corpus.model import QuoteKind


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


PASSAGE_FINDINGS = frozenset(
    {
        "WordOp", "Passage", "Overlap", "Edge", "Graph",
        "FamilyMember", "Origin", "Family", "ArticleReuse", "Families",
    }
)  # fmt: skip
"""The classes defined in :mod:`corpus.passage_findings`, given here too when first asked for."""


def __getattr__(name: str) -> Any:
    """A passage's or family's class (:data:`PASSAGE_FINDINGS`), importing its module only then."""
    if name in PASSAGE_FINDINGS:
        from corpus import passage_findings

        return getattr(passage_findings, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
