"""An article's sentences not made yet (:class:`LaterSentences`), as :class:`corpus.model.Article`
holds them until they are first read. Apart from :mod:`corpus.model`, which gives it under its name
too, to keep that file to its size."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:  # (corpus.model imports this module)
    from corpus.model import Blocks

__all__ = ["LaterSentences", "SentenceMaker"]

SentenceMaker: TypeAlias = Callable[["str", "Blocks", "frozenset[int]"], "Blocks"]
"""``make(text, paragraphs, relabelled)``: the sentences of ``paragraphs`` of ``text``, each with its
paragraph's kind and index, where the paragraphs of ``relabelled`` give every sentence of theirs
their kind (see :class:`LaterSentences`)."""


@dataclass(frozen=True, slots=True, eq=False)
class LaterSentences:
    """An article's sentences not made yet: made where they are first read, of the text and
    paragraphs they are for (the article's, as the parse made them or as relabelled since).

    ``storydiff quotes`` and ``list`` never read an article's sentences (the quote finder splits its
    own masked text; ``list`` shows word counts), and making them was a fifth of the parse (4 MB
    bench corpus: 44 of ~200 ms of CPU); the passages, ``show --json`` and the app make them then."""

    make: SentenceMaker
    text: str
    paragraphs: Blocks
    relabelled: frozenset[int] = frozenset()
    """Paragraphs given another kind since the parse (a web page's headline found, repeated chrome):
    every sentence of theirs takes their new kind, as the sentences made before were relabelled (a
    credit standing as a sentence of one, boilerplate in a body paragraph, included)."""

    def made(self) -> Blocks:
        return self.make(self.text, self.paragraphs, self.relabelled)

    def relabelled_as(self, paragraphs: Blocks, changed: Iterable[int]) -> LaterSentences:
        """These sentences, of ``paragraphs``: the same paragraphs, those of ``changed`` given
        another kind (:meth:`Blocks.with_kinds` of the sentences made, still to be made)."""
        return LaterSentences(self.make, self.text, paragraphs, self.relabelled.union(changed))

    def fit(self, text: str, paragraphs: Blocks) -> bool:
        """Whether they are to be made of this very text and these paragraphs (an article's now):
        then they can be kept as "not made" (and relabelled) and made again from those alone."""
        return (self.text is text or self.text == text) and (
            self.paragraphs is paragraphs or self.paragraphs == paragraphs
        )
