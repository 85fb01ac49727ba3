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

from corpus.quotes.roles import Phrase

if TYPE_CHECKING:
    from corpus.quotes.spans import QuoteSpan

__all__ = ["BARE_SPEAKERS", "INVERTED_CUES", "bare_speaker", "bare_speakers"]

INVERTED_CUES = ("said", "says", "added", "adds", "tweeted", "wrote", "writes", "posted", "read", "reads")
"""Cues written before their subject after a quote ("“…,” tweeted another")."""
BARE_SPEAKERS = ("another", "one", "a second", "a third", "a fourth", "yet another", "still another")
"""Words that stand alone for one more person or message of those being quoted."""
_CUES = frozenset(INVERTED_CUES)
_MARKS = "”\"’'"
_GAP = " \t"


def bare_speaker(masked: str, close_at: int) -> tuple[Phrase, tuple[int, int]] | None:
    """The bare "another" / "one" after an inverted cue right after the quote closing at
    ``close_at`` (the closing mark's offset in the masked text), and the cue; None where none.
    (Read with string operations, no pattern: compiling one costs a cold run more than it saves.)"""
    n = len(masked)
    i = close_at + 1 if close_at < n and masked[close_at] in _MARKS else close_at
    while i < n and masked[i] in _GAP:
        i += 1
    cue_end = masked.find(" ", i, i + 9)
    if cue_end < 0 or masked[i:cue_end] not in _CUES:
        return None
    at = cue_end + 1
    for bare in BARE_SPEAKERS:
        if masked.startswith(bare, at):
            end = at + len(bare)
            if end < n and masked[end] in ".,;":
                return Phrase(at, end, None, None, description=True), (i, cue_end)
    return None


def bare_speakers(
    masked: str, spans: list[QuoteSpan], out: list[tuple[Phrase, tuple[int, int]] | None]
) -> None:
    """Fill ``out`` (one entry per quote, None where no one is known yet) with :func:`bare_speaker`
    for each quote (not a nested one) a cue of :data:`INVERTED_CUES` follows (one C call a quote)."""
    starts = masked.startswith
    for k in [k for k, span in enumerate(spans) if starts(_CUE_STARTS, span.close_at)]:
        if out[k] is None and not spans[k].nested:
            out[k] = bare_speaker(masked, spans[k].close_at)


_CUE_STARTS = tuple(f" {cue} " for cue in INVERTED_CUES)
"""What follows a quote's close (the offset past its mark) where an inverted cue does."""
