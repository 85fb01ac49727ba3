"""Quotes that are a thing's name: a participle right after a description names it by the quote
("a group called the “We The People Foundation.”", "a regular series, called “Quick Question”",
"The candidate labeled “a leader who …” continues"). The rules read the participle as a cue and the
description as its speaker; it is the thing named, and the quote is its name, no one's words
(issue 15: a title or a name is a ``term``), whatever its length or its closing full stop.

Measured on PolNeAR train (h-term24): of the 9 matched quotes whose rules' mention is so followed,
4 are marked with no Source (a group's, a culture's, a series' name; a poll's wording), 3 were wrong
either way (an inflation formula "called the “chained CPI”", whose Source is the clause's subject),
2 a work whose maker PolNeAR marks ("writing a book called “…”"); and 5 of the quotes PolNeAR marks
no attribution for at all were given such a description as speaker ("a popular play called “…”",
"an account called “…”"). ``train/no_speaker.py --c 3 --margins 0`` (asked beyond 80, cued terms):
CV / dev 0.9195 / 0.9344 -> 0.9196 / 0.9357, unmatched quotes given a speaker 217 / 23 -> 215 / 23.
"""

from __future__ import annotations

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.lexicon import DESCRIPTION_OPENERS

__all__ = ["NAME_GAP", "names_the_quote"]

_NAMING_AFTER = compiled_on_first_use(
    r",?\s+(?:the\s+)?(?:so[- ]called|called|titled|entitled|dubbed|nicknamed|named|labell?ed"
    r"|known\s+as|billed\s+as)\s+(?:(?:the|a|an)\s+)?[“\"‘']"
)
"""A participle naming the thing before it, the quote its name: "a book called “…”", "the spot
titled “…”", "a group called the “…”", "a box labeled “…”" (an article may stand between the
participle and the mark: the name's own)."""
NAME_GAP = range(len(" named “") - 1, len(", so-called known as the “") + 8)
"""The characters from the description's end to the quote's mark the pattern allows (the
participle, an article, spaces): a cheap test before the pattern's, asked of every quote."""
_STARTS = frozenset(", ")
"""What may follow the description right away: a space or the comma setting the participle off."""


def names_the_quote(text: str, start: int, end: int, quote_at: int) -> bool:
    """Whether the mention ``text[start:end]`` is a description ("a group", "the ad") that a
    participle right after it names by the quote whose opening mark is at ``quote_at``: the thing
    named, not who said it (it may say the next quote: "The ad, titled “…”, concludes")."""
    if quote_at - end not in NAME_GAP:  # most mentions: far from the quote, or after it
        return False
    if text[end : end + 1] not in _STARTS or not _a_description(text[start:end]):
        return False
    named = _NAMING_AFTER().match(text, end)
    return named is not None and named.end() - 1 == quote_at


def _a_description(written: str) -> bool:
    """Whether a mention is a description: it opens with a determiner ("a book", "the spot")."""
    first = written.split(None, 1)[0].lower() if written.strip() else ""
    return first in DESCRIPTION_OPENERS
