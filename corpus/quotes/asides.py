"""Where an aside set off by commas right before a cue opens: "Jane Roe, clad in a cape that spelled
{Acme}, said", "One message, referring to … and {its allies}, said:". A mention ending such an aside
is the object of its preposition or participle, not the cue's subject. Shared by the name a reader
sees (:mod:`corpus.quotes.aside_subjects`) and whom a relayer quotes
(:mod:`corpus.quotes.relayed_guards`), each with its own test of how the aside opens.
"""

from __future__ import annotations

import re

__all__ = ["aside_comma"]

_SET_OFF_CUE = re.compile(r"\s*,\s*(?:[a-z]+ly\s+)?")
"""Between an aside's last word and the cue it is set off before ("…, said", "…, quickly said")."""


def aside_comma(
    text: str, start: int, end: int, cue_start: int, reach: int, breaks: re.Pattern[str]
) -> int | None:
    """The comma opening the aside that the mention ``text[start:end]`` ends, when a comma sets the
    mention off right before its cue, the aside opens within ``reach`` characters before the mention
    and nothing ``breaks`` matches (a sentence's end) stands between; else None."""
    if cue_start < end or _SET_OFF_CUE.fullmatch(text, end, cue_start) is None:
        return None
    comma = text.rfind(",", max(0, start - reach), start)
    if comma < 0 or breaks.search(text, comma, start):
        return None
    return comma
