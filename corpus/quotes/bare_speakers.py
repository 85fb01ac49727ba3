"""A bare "another", "one" or "a third" after an inverted cue is the quote's speaker (issue 15).

"“Better watch out …,” tweeted another.", "“America is great!” read one.", "“…,” said a third.": the
word stands for one more of the people (or messages) the article has been quoting, someone other
than the last speaker. The rules read no phrase after the cue (a lone quantifier names no one) and
give the quote to the speaker before it ("another supporter", said of the previous quote) or to the
nearest name: the very person "another" is not. Read after the ranker, over its answer, with
:mod:`corpus.quotes.naming_agents`; the speaker has no name, only the mention.

Only right after the quote's closing mark, a cue of :data:`INVERTED_CUES` between, and the word
ending the clause (a period, comma or semicolon next): "said one New Hampshire Democrat" is a
description the rules read already.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.roles import Phrase

if TYPE_CHECKING:
    from corpus.quotes.spans import QuoteSpan

__all__ = ["BARE_SPEAKERS", "INVERTED_CUES", "bare_speaker", "bare_speakers"]

INVERTED_CUES = ("said", "says", "added", "adds", "tweeted", "wrote", "writes", "posted", "read", "reads")
"""Cues written before their subject after a quote ("“…,” tweeted another")."""
BARE_SPEAKERS = ("another", "one", "a second", "a third", "a fourth", "yet another", "still another")
"""Words that stand alone for one more person or message of those being quoted."""
_AFTER = compiled_on_first_use(
    r"[”\"’']?[ \t]*(" + "|".join(INVERTED_CUES) + r")[ \t]+(" + "|".join(BARE_SPEAKERS) + r")[ \t]*[.,;]"
)


def bare_speaker(masked: str, close_at: int) -> tuple[Phrase, tuple[int, int]] | None:
    """The bare "another" / "one" after an inverted cue right after the quote closing at
    ``close_at`` (the closing mark's offset in the masked text), and the cue; None where none."""
    found = _AFTER().match(masked, close_at)
    if found is None:
        return None
    speaker = Phrase(found.start(2), found.end(2), None, None, description=True)
    return speaker, found.span(1)


def bare_speakers(
    masked: str, spans: list[QuoteSpan], out: list[tuple[Phrase, tuple[int, int]] | None]
) -> None:
    """Fill ``out`` (one entry per quote, None where no one is known yet) with :func:`bare_speaker`
    for each quote (not a nested one): one anchored match at its close."""
    for k, span in enumerate(spans):
        if out[k] is None and not span.nested:
            out[k] = bare_speaker(masked, span.close_at)
